"""Time anchoring across formats: nights are nights, live-blog updates anchor their own sentences,
and the reconciler keeps two consecutive nights apart (fresh sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from probes import AttackProbe
from summariser.records import ArticleMeta, Attack, DateSpan, Extraction, Location, Weapon
from summariser.reconciler import reconcile

D27, D28, D29 = dt.date(2026, 2, 27), dt.date(2026, 2, 28), dt.date(2026, 3, 1)


def _interceptions(aid: str, start: dt.date, end: dt.date) -> Extraction:
    attack = Attack(attacker="Ukraine", kind="air_drone_strike", target_country="Russia",
                    date=DateSpan(start=start, end=end, precision="range" if start != end else "day"),
                    locations=[Location(name="Russia", level="country")], weapons=[Weapon(type="drone")])
    return Extraction(article=ArticleMeta(id=aid, published=end, path=f"{aid}.txt"), attacks=[attack], backend="test")


def test_two_consecutive_nights_are_two_events():
    assert len(reconcile([_interceptions("a", D27, D28), _interceptions("b", D28, D29)])) == 2


def test_one_night_told_twice_is_one_event():
    assert len(reconcile([_interceptions("a", D27, D28), _interceptions("b", D27, D28)])) == 1


def test_a_night_and_a_day_inside_it_may_still_merge():
    assert len(reconcile([_interceptions("a", D27, D28), _interceptions("b", D28, D28)])) == 1


_attacks = AttackProbe()


def test_a_timestamped_update_with_a_clock_time_anchors_its_own_sentence():
    text = ("08:10 - Russia attacked Kyiv with drones last night, killing two people, the mayor said.\n\n"
            "14:45 - A missile hit a warehouse in Lviv shortly after 14:00, injuring three workers, the governor said.")
    by_place = {a.locations[0].name: a.date for a in _attacks(text)}
    assert (by_place["Kyiv"].start, by_place["Kyiv"].end) == (dt.date(2026, 3, 1), dt.date(2026, 3, 2))
    assert (by_place["Lviv"].start, by_place["Lviv"].end) == (dt.date(2026, 3, 2), dt.date(2026, 3, 2))


def test_an_update_that_only_reports_keeps_the_night_it_reports_on():
    # a live-blog stamp is when the update was written, not when the strike happened
    text = ("08:10 - Russian drones attacked Kyiv last night, killing two people, the mayor said.\n\n"
            "10:05 - Lviv\nA man died after drones hit the outskirts of Lviv, according to the mayor.")
    [lviv] = [a for a in _attacks(text) if a.locations[0].name == "Lviv"]
    assert (lviv.date.start, lviv.date.end) == (dt.date(2026, 3, 1), dt.date(2026, 3, 2))


def test_the_evening_of_a_named_day_stays_on_that_day():
    text = ("Russian forces shelled Kherson on Friday, killing two people. "
            "A third resident died in hospital in the evening, the governor said.")
    [kherson] = _attacks(text)
    assert kherson.date.start == kherson.date.end == dt.date(2026, 2, 27)


def test_in_the_afternoon_beats_an_earlier_last_night():
    text = ("Russian drones hit Odesa last night, injuring four people, the governor said. "
            "In the afternoon, a guided bomb struck Kharkiv, killing one man.")
    by_place = {a.locations[0].name: a.date for a in _attacks(text)}
    assert by_place["Odesa"].precision.value == "range"
    assert (by_place["Kharkiv"].start, by_place["Kharkiv"].precision.value) == (dt.date(2026, 3, 2), "day")
