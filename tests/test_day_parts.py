"""The one part-of-day table (`knowledge/data/day_parts.yaml`, `knowledge/day_parts.py`) as both
paths read it: the rules from a running sentence, grounding from a record's date words; and the
decisions where the two former lists disagreed (dawn is night, "late on" names no part, 22:00
starts the night, 18:00 the evening). Fresh sentences of our own, with negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import attacks_of
from summariser.backends.rules.day_parts import day_part
from summariser.grounding.day_parts import apart_in_the_day, day_slot
from summariser.knowledge.day_parts import first_in_sentence, named_in_date_words, part_of_hour
from summariser.records import DatePrecision, DateSpan
from summariser.sentences import Sentence

SUNDAY = dt.date(2026, 6, 14)


def _sentence_part(text: str, stamped: bool = False) -> str | None:
    return day_part(text, Sentence(0, len(text), text), stamped)


# ------------------------------------------------------------------ the rules: a running sentence

@pytest.mark.parametrize(("text", "part"), [
    ("Drones circled over the harbour overnight and two warehouses burned.", "night"),
    ("Shelling went on through the night in the border villages.", "night"),
    ("In the small hours a rocket landed near the depot.", "night"),
    ("The barrage began just before daybreak, the garrison reported.", "night"),
    ("Sirens sounded at dawn as a missile crossed the district.", "night"),  # dawn: the night's tail
    ("Saturday night saw a further wave of drones over the plain.", "night"),
    ("A shell hit the market in the morning while it was busy.", "morning"),
    ("The Tuesday morning strike damaged a bakery.", "morning"),
    ("Around noon a drone struck a bus stop on the ring road.", "afternoon"),
    ("During the day the town came under mortar fire twice.", "afternoon"),
    ("The depot was hit this afternoon, the governor wrote.", "afternoon"),
    ("At nightfall artillery opened up on the river crossing.", "evening"),
    ("An evening raid left the station without power.", "evening"),
    ("Late in the day a glide bomb fell on the quarry.", "evening"),
])
def test_a_sentence_names_its_part_of_day(text: str, part: str) -> None:
    assert _sentence_part(text) == part


@pytest.mark.parametrize("text", [
    "The night flight to the capital was cancelled after the alert.",  # a bare noun outside a frame
    "The mayor spoke at the morning briefing about repairs.",
    "Officials said the evening news bulletin had misreported the toll.",
    "Late on in the negotiations the envoy raised prisoner swaps.",  # 'late on' names no part
    "A drone hit a grain silo near the village, officials said.",
])
def test_a_sentence_without_a_time_frame_names_no_part(text: str) -> None:
    assert _sentence_part(text) is None


def test_the_first_part_a_sentence_names_wins() -> None:
    assert first_in_sentence("In the evening they counted the damage from the overnight raid.") == "evening"
    assert first_in_sentence("After the overnight raid, crews worked into the evening.") == "night"


@pytest.mark.parametrize(("stamp", "part"), [
    ("04:50", "night"), ("05:10", "morning"), ("11:59", "morning"), ("12:00", "afternoon"),
    ("17:30", "afternoon"), ("18:05", "evening"), ("21:59", "evening"), ("22:15", "night"),
])
def test_a_live_blog_stamp_of_a_new_strike_falls_in_the_part_of_its_hour(stamp: str, part: str) -> None:
    assert _sentence_part(f"{stamp} New explosions were heard over the industrial zone.", stamped=True) == part


def test_a_stamp_alone_is_when_the_post_went_up_not_a_part() -> None:
    assert _sentence_part("19:10 The regional council published its weekly budget figures.", stamped=True) is None


@pytest.mark.parametrize(("hour", "part"), [(0, "night"), (4, "night"), (5, "morning"), (12, "afternoon"),
                                           (17, "afternoon"), (18, "evening"), (21, "evening"), (22, "night")])
def test_each_hour_has_one_part(hour: int, part: str) -> None:
    assert part_of_hour(hour) == part


# ------------------------------------------------------------------ grounding: a record's date words

@pytest.mark.parametrize(("words", "parts"), [
    ("Sunday evening", ["evening"]),
    ("at dawn on Sunday", ["night"]),
    ("before sunrise", ["night"]),
    ("Sunday lunchtime", ["afternoon"]),
    ("during the day on Sunday", ["afternoon"]),
    ("late on Sunday", []),
    ("on Sunday", []),
])
def test_date_words_name_their_parts(words: str, parts: list[str]) -> None:
    assert named_in_date_words(words) == parts


def _day(day: dt.date, text: str) -> DateSpan:
    return DateSpan(start=day, end=day, text=text, precision=DatePrecision.day)


def _night(end: dt.date, text: str = "overnight") -> DateSpan:
    return DateSpan(start=end - dt.timedelta(days=1), end=end, text=text, precision=DatePrecision.range)


@pytest.mark.parametrize(("a", "b"), [
    (_night(SUNDAY), _day(SUNDAY, "at dawn on Sunday")),  # dawn ends the night's wave: one event
    (_night(SUNDAY, "overnight into Sunday"), _day(SUNDAY, "early on Sunday morning")),  # a night runs into its morning
    (_night(SUNDAY), _day(SUNDAY - dt.timedelta(days=1), "at 23:10 on Saturday")),  # 23:10 starts the night
    (_day(SUNDAY, "Sunday evening"), _day(SUNDAY, "late on Sunday")),  # 'late on' names no part
])
def test_date_words_in_one_stretch_of_the_day_are_not_apart(a: DateSpan, b: DateSpan) -> None:
    assert not apart_in_the_day(a, b)


@pytest.mark.parametrize(("a", "b"), [
    (_night(SUNDAY), _day(SUNDAY, "during the day on Sunday")),
    (_day(SUNDAY, "at dawn on Sunday"), _day(SUNDAY, "Sunday afternoon")),
    (_day(SUNDAY, "at 09:20 on Sunday"), _day(SUNDAY, "at 19:45 on Sunday")),
    (_night(SUNDAY, "overnight into Sunday"), _day(SUNDAY, "around sunset on Sunday")),
])
def test_date_words_in_different_parts_of_a_day_are_apart(a: DateSpan, b: DateSpan) -> None:
    assert apart_in_the_day(a, b)


def test_a_late_hour_is_the_night_that_follows() -> None:
    saturday = SUNDAY - dt.timedelta(days=1)
    assert day_slot(_day(saturday, "at 23:10 on Saturday")) == day_slot(_night(SUNDAY))
    assert day_slot(_day(saturday, "at 21:40 on Saturday")) != day_slot(_night(SUNDAY))


# ------------------------------------------------------------------ the rules end to end

def _attacks(text: str) -> int:
    return len(attacks_of(text, "2026-06-14"))


@pytest.mark.parametrize("text", [
    "Drones struck Uman overnight, injuring two. At dawn a further drone hit Uman again, damaging a school.",
    "Shelling hit Vovchansk in the early hours, wounding a man. At daybreak Vovchansk came under fire once more.",
])
def test_a_repeat_at_dawn_stays_the_nights_strike(text: str) -> None:
    assert _attacks(text) == 1


@pytest.mark.parametrize("text", [
    "Drones struck Uman overnight, injuring two. During the day a missile hit Uman again, killing a driver.",
    "Shelling hit Vovchansk at dawn, wounding a man. At nightfall Vovchansk came under fire once more, killing two.",
])
def test_a_repeat_in_another_part_of_the_day_is_another_strike(text: str) -> None:
    assert _attacks(text) == 2
