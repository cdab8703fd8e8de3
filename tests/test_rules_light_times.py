"""r15 (D2): a strike told by the day's light ("at daybreak", "soon after dusk") and no day word is
dated like "in the morning": the story's day (the publication day, or the day told before it);
before the morning's light ("just before first light") it is the night that ends on that day. "The dawn of" a new era, a "daylight" raid or "light" damage date nothing.
Fresh sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, day_span
from summariser.dates import find_date

_attacks = AttackProbe("2026-06-09")
TUESDAY, SATURDAY = dt.date(2026, 6, 9), dt.date(2026, 6, 6)


@pytest.mark.parametrize("text", [
    "Just before first light, a Russian missile slammed into a grain silo in Izmail, injuring three workers.",
    "Shortly before dawn two drones struck a fuel depot near Rivne, the regional governor said.",
    "A guided missile hit a school in Zolochiv before daybreak, wounding a caretaker.",
])
def test_before_the_mornings_light_is_the_night_that_ends_on_the_story_day(text: str) -> None:
    # the tail of a night's waves (knowledge/data/day_parts.yaml: "before dawn" is night)
    assert day_span(_attacks.one(text)) == (TUESDAY - dt.timedelta(days=1), TUESDAY)


@pytest.mark.parametrize("text", [
    "At daybreak a drone struck a nine-storey block in Sumy, killing an elderly man.",
    "Shortly after dawn, Russian shells hit the central market of Nikopol, wounding five people.",
    "A guided bomb was dropped on a school in Kupiansk at dusk, the regional governor said.",
    "Drones attacked a boiler house in Chernihiv around sunrise, leaving 4,000 homes without heating.",
    "Soon after nightfall, two missiles hit a warehouse on the outskirts of Poltava.",
    "Just before dusk a glide bomb hit the bus station of Kostiantynivka, killing a woman.",
    "Kharkiv's Saltivskyi district was shelled just after sunset; two women were hurt.",
])
def test_a_light_time_dates_the_strike_on_the_story_day(text: str) -> None:
    assert day_span(_attacks.one(text)) == (TUESDAY, TUESDAY)


def test_a_light_time_after_a_named_day_keeps_that_day() -> None:
    text = ("On Saturday, Russian artillery shelled Kherson, killing one man. "
            "Soon after dawn, a drone hit a bus in Bilozerka, injuring its driver.")
    days = {a.locations[0].name: day_span(a) for a in _attacks(text)}
    assert days.get("Bilozerka") == (SATURDAY, SATURDAY)


@pytest.mark.parametrize("words", [
    "the dawn of a new era in air defence",
    "a daylight raid",
    "light damage to a roof",
    "the first light armoured vehicles",
])
def test_light_words_that_tell_no_time_date_nothing(words: str) -> None:
    assert find_date(words, published=TUESDAY) is None


@pytest.mark.parametrize("words, day", [
    ("before dawn on Saturday", SATURDAY),
    ("at daybreak on 6 June", SATURDAY),
    ("shortly after dawn, 6 June,", SATURDAY),
])
def test_a_light_time_with_its_own_day_is_that_day(words: str, day: dt.date) -> None:
    span = find_date(f"A drone hit a garage in Sumy {words} the governor said.", published=TUESDAY)
    assert span is not None and (span.start, span.end) == (day, day)
