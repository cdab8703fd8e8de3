"""r15 (dev28 A2/B2): a strike told "N days later" / "a week later" after a dated one takes that
day plus N ("three days earlier": minus N), not the earlier strike's day (rules). Near-misses: a toll update told days later opens
nothing; "N days after <event>" dates the event named after it (told before); "a few days later"
counts nothing. Fresh sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, day_span

_attacks = AttackProbe("2026-06-09")


def _day_of(text: str, place: str) -> tuple[dt.date | None, dt.date | None]:
    [hit] = [a for a in _attacks(text) if any(p.name == place for p in a.locations)]
    return day_span(hit)


@pytest.mark.parametrize("text, place, day", [
    ("Artillery pounded Kherson's port on the evening of 1 June, wounding a man. Two days later a drone "
     "struck a pumping station in Bilozerka.", "Bilozerka", dt.date(2026, 6, 3)),
    ("A missile strike on Chernihiv last Tuesday at dawn killed two people. Four days later, rockets hit "
     "Pryluky, injuring five.", "Pryluky", dt.date(2026, 6, 6)),
    ("Drones set a fuel depot in Ryazan ablaze on 19 May. A week later they hit a refinery in Tuapse.",
     "Tuapse", dt.date(2026, 5, 26)),
    ("Russian troops shelled Kherson on 30 May. 3 days later, a glide bomb fell on Beryslav, killing a farmer.",
     "Beryslav", dt.date(2026, 6, 2)),
    ("Glide bombs were dropped on Kupiansk on 25 May. Just two weeks later, the same bombs hit Izium.",
     "Izium", dt.date(2026, 6, 8)),
    ("On 28 May a drone damaged a school in Chernihiv. Five days later, debris of another drone injured a "
     "woman in Nizhyn.", "Nizhyn", dt.date(2026, 6, 2)),
])
def test_a_strike_n_days_later_is_dated_n_days_on(text: str, place: str, day: dt.date) -> None:
    assert _day_of(text, place) == (day, day)


@pytest.mark.parametrize("text, place, day", [
    ("Missiles struck Lviv on 6 June. Three days earlier, a drone had hit a warehouse in Lutsk.",
     "Lutsk", dt.date(2026, 6, 3)),
    ("Ukraine said it hit a refinery in Syzran on 5 June. A day earlier, drones had set an oil depot in "
     "Bryansk on fire.", "Bryansk", dt.date(2026, 6, 4)),
])
def test_a_strike_n_days_earlier_is_counted_back(text: str, place: str, day: dt.date) -> None:
    assert _day_of(text, place) == (day, day)


def test_a_night_n_nights_later_moves_the_whole_night() -> None:
    text = ("Overnight into 1 June drones attacked Odesa, injuring four. Three nights later, drones hit the port "
            "of Izmail, wounding a docker.")
    assert _day_of(text, "Izmail") == (dt.date(2026, 6, 3), dt.date(2026, 6, 4))


def test_a_toll_update_days_later_opens_no_record() -> None:
    text = "Shelling killed two people in Kherson on 1 June. Three days later, the toll rose to five."
    assert len(_attacks(text)) == 1


def test_days_after_an_event_named_after_the_words_is_not_counted_on() -> None:
    text = "A missile hit Zaporizhzhia on 5 June. The strike came two days after a drone hit Dnipro."
    assert _day_of(text, "Zaporizhzhia") == (dt.date(2026, 6, 5), dt.date(2026, 6, 5))


def test_a_few_days_later_counts_nothing() -> None:
    text = "Drones hit Kharkiv on 2 June. A few days later, missiles struck a plant in Pavlohrad."
    assert _day_of(text, "Pavlohrad") != (dt.date(2026, 6, 4), dt.date(2026, 6, 4))
