"""Round 14 dates given by reference (rules): a diplomatic event told from a strike's moment ("Hours
after the attack, ...") takes the strike's day, moved by the days the words count; a live blog's
entry opened by its clock time alone ("**11:30** ...") takes the blog's day; an undated sentence
opened by a change of scene ("Elsewhere, ...") after a recalled older strike goes back to the
story's own date. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack, Diplomacy

D = dt.date


def _extract(text: str, published: str = "2026-06-05"):
    return RulesBackend(None).extract(make_article(text, published=published))


def _dip(text: str, published: str = "2026-06-05") -> Diplomacy:
    [d] = _extract(text, published).diplomacy
    return d


def _day(d: Diplomacy | Attack) -> dt.date | None:
    return d.date.start if d.date is not None and d.date.start == d.date.end else None


# ---------------------------------------------------------------- a diplomatic event told from a strike (Fri 5 June)
@pytest.mark.parametrize(("text", "day"), [
    ("A Russian missile struck a hospital in Dnipro on Tuesday, killing nine people. Hours after the attack, "
     "the Dutch foreign minister arrived in Kyiv for talks with Andrii Sybiha.", D(2026, 6, 2)),
    ("Russian drones hit Odesa overnight on Tuesday, killing three. A day after the attack, Macron phoned "
     "Zelensky to offer condolences.", D(2026, 6, 3)),
    ("Russian shelling killed four in Kherson on Monday. Minutes after the shelling, Kyiv summoned the "
     "Hungarian envoy.", D(2026, 6, 1)),
    ("A missile killed 11 in Sumy on 1 June. Two days after the strike, the Czech premier visited Kyiv.",
     D(2026, 6, 3)),
    ("Russian missiles killed 14 in Kyiv on 2 June. The day after the bombardment, Friedrich Merz spoke "
     "with Zelensky by phone.", D(2026, 6, 3)),
    ("A glide bomb hit Zaporizhzhia on Wednesday. Shortly after that strike, Zelensky held a call with "
     "Keir Starmer.", D(2026, 6, 3)),
])
def test_diplomacy_told_from_a_strike_takes_its_day(text: str, day: dt.date) -> None:
    assert _day(_dip(text)) == day


@pytest.mark.parametrize("text", [
    "Years after the occupation, the Polish foreign minister came back to Kyiv.",
    "Drones hit Lviv on Monday. Days after the attack, Maia Sandu spoke with Zelensky by phone.",
    "Hours after the attack, the Dutch foreign minister arrived in Kyiv for talks with Andrii Sybiha.",
])
def test_vague_or_undated_strike_gives_no_day(text: str) -> None:
    assert all(d.date is None or d.date.start is None for d in _extract(text).diplomacy)


# ---------------------------------------------------------------- a live blog's entry with a clock time only
@pytest.mark.parametrize(("text", "day"), [
    ("Live: Russia's war in Ukraine\n\nWednesday 3 June\n\n**11:30** Finland's president arrives in Kyiv on an "
     "unannounced visit.\n\n**09:15** Ukraine's air force says it downed 40 drones overnight.", D(2026, 6, 3)),
    ("Ukraine war live\n\n10:05 Finland's president arrives in Kyiv on an unannounced visit.\n\n08:40 Drones "
     "damaged a school in Sumy overnight, the governor said.", D(2026, 6, 5)),
    ("Ukraine war live\n\nTuesday, 2 June\n\n__16:20__ Zelensky talked by phone to Danish Prime Minister Mette "
     "Frederiksen.", D(2026, 6, 2)),
])
def test_clock_time_entry_takes_the_blogs_day(text: str, day: dt.date) -> None:
    assert _day(_dip(text)) == day


def test_clock_time_entry_with_its_own_day_keeps_it() -> None:
    text = ("Ukraine war live\n\nWednesday 3 June\n\n**11:30** Finland's president held talks in Kyiv with "
            "Zelensky on Monday, his office said.")
    assert _day(_dip(text)) == D(2026, 6, 1)


# ---------------------------------------------------------------- a change of scene after a recalled strike (Thu 10 Sep)
SCENES = [
    ("Kyiv came under Russian drone and missile fire overnight, and four people died, officials said.\n\nThe capital was "
     "last hit on a large scale on 28 August, when a strike on a residential block killed 23 people.\n\n"
     "Elsewhere, a guided bomb struck a school in Kostiantynivka, killing at least one person.",
     "Kostiantynivka", (D(2026, 9, 9), D(2026, 9, 10))),
    ("A Russian missile hit Odesa on Wednesday, wounding six, the governor said.\n\nThe port had been attacked on "
     "2 August, when drones set a grain terminal on fire and killed a guard.\n\nIn other attacks, artillery "
     "killed a pensioner in Kherson, the regional governor reported.", "Kherson", (D(2026, 9, 9), D(2026, 9, 9))),
    ("Russian drones struck Lviv overnight, injuring two people.\n\nOn 19 June, a drone attack on the city's "
     "outskirts killed a watchman.\n\nMeanwhile a missile wrecked a warehouse in Kryvyi Rih, injuring three.",
     "Kryvyi Rih", (D(2026, 9, 9), D(2026, 9, 10))),
    ("Russian drones struck Lviv overnight, injuring two people.\n\nOn 19 June, a drone attack on the city's "
     "outskirts killed a watchman.\n\nElsewhere in Ukraine, shelling killed two women in Nikopol.",
     "Nikopol", (D(2026, 9, 9), D(2026, 9, 10))),
    ("Shells hit Kupiansk on Tuesday, killing a man.\n\nThe town was struck on 30 July, too, when a "
     "market burned.\n\nSeparately, a drone hit a bus in Izium, wounding five.", "Izium",
     (D(2026, 9, 8), D(2026, 9, 8))),
    ("Drones hit Chernihiv overnight, wounding a boy.\n\nIn March, the city's power plant was hit.\n\nIn separate "
     "attacks, shelling wounded three in Sumy.", "Sumy", (D(2026, 9, 9), D(2026, 9, 10))),
    ("Russian drones struck Rivne overnight, injuring two people.\n\nOn 2 July, a drone attack on the city killed a "
     "watchman. Power was restored today, the mayor said.\n\nElsewhere, a missile hit a warehouse in Kryvyi Rih.",
     "Kryvyi Rih", (D(2026, 9, 9), D(2026, 9, 10))),
]


@pytest.mark.parametrize(("text", "place", "span"), SCENES)
def test_change_of_scene_goes_back_to_the_storys_date(text: str, place: str, span: tuple[dt.date, dt.date]) -> None:
    a = next(a for a in _extract(text, "2026-09-10").attacks if any(p.name == place for p in a.locations))
    assert a.date is not None and (a.date.start, a.date.end) == span


@pytest.mark.parametrize(("text", "place", "day"), [
    ("On 3 May drones hit Izium. Later that day shells killed two in Kupiansk.", "Kupiansk", D(2026, 5, 3)),
    ("Drones hit Kharkiv on 4 September. Elsewhere, a drone hit a bus in Izium.", "Izium", D(2026, 9, 4)),
    ("Drones hit Kharkiv overnight. On 2 June, shells hit Izium, killing two.", "Izium", D(2026, 6, 2)),
])
def test_no_change_of_scene_or_no_look_back_unchanged(text: str, place: str, day: dt.date) -> None:
    a = next(a for a in _extract(text, "2026-09-10").attacks if any(p.name == place for p in a.locations))
    assert a.date is not None and a.date.start == day
