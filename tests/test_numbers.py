"""Numbers as war reporting writes them, and the numbers that are not head counts."""

from __future__ import annotations

import pytest

from summariser.numbers import find_numbers, is_count_like, number_forms, parse_number
from summariser.records import Qualifier


@pytest.mark.parametrize("words, value", [
    ("five", 5), ("Five", 5), ("twenty-one", 21), ("thirty two", 32), ("1,000", 1000), ("12,345", 12345),
    ("a dozen", 12), ("two hundred", 200), ("three thousand", 3000), ("17", 17), ("eleven", 11),
])
def test_parse_number(words, value):
    assert parse_number(words) == value


def test_parse_number_rejects_words():
    assert parse_number("several") is None


@pytest.mark.parametrize("text, value, qualifier", [
    ("at least five people", 5, Qualifier.at_least),
    ("more than 30 were hurt", 30, Qualifier.more_than),
    ("over 60 wounded", 60, Qualifier.more_than),
    ("nearly 500 drones", 500, Qualifier.about),
    ("about 300 drones", 300, Qualifier.about),
    ("up to 40 missiles", 40, Qualifier.up_to),
    ("as many as 12 people", 12, Qualifier.up_to),
    ("no fewer than 7 civilians", 7, Qualifier.at_least),
    ("1,200 drones", 1200, Qualifier.exact),
    ("20+ drones", 20, Qualifier.at_least),
])
def test_qualifiers(text, value, qualifier):
    first = find_numbers(text)[0]
    assert (first.value, first.qualifier) == (value, qualifier)
    assert text[first.start:first.end] == first.text  # the span covers the qualifier too
    assert first.start == 0


@pytest.mark.parametrize("text, number", [
    ("an 88-year-old man", "88"),
    ("the 1,000-kilometre front line", "1,000"),
    ("sirens sounded at 12:30 a.m. in the city", "12"),
    ("sirens sounded at 12:30 a.m. in the city", "30"),
    ("just 50 kilometers from the border", "50"),
    ("a five-story building", "five"),
    ("during the 10-hour barrage", "10"),
    ("troops entered in 2022", "2022"),
    ("Russian-made Geran-2 drones", "2"),
    ("the Kh-101 missile", "101"),
    ("30% of the grid", "30"),
])
def test_traps_are_not_counts(text, number):
    mention = next(m for m in find_numbers(text) if text[m.num_start:m.end] == number)
    assert not is_count_like(text, mention)


@pytest.mark.parametrize("text", ["17 drone strikes", "killed at least seven people", "2,000 drones"])
def test_real_counts_stay_counts(text):
    assert all(is_count_like(text, m) for m in find_numbers(text))


def test_number_forms():
    assert {"5", "five"} <= number_forms(5)
    assert {"1,000", "1000"} <= number_forms(1000)
    assert "twenty-one" in number_forms(21)


@pytest.mark.parametrize("text", [
    "No one was hurt in the attack.", "no-one was injured", "Not one person was killed.", "There were no casualties.",
])
def test_negations_are_not_numbers(text):
    assert find_numbers(text) == []


def test_no_is_never_a_number_but_one_still_is():
    assert parse_number("no") is None and parse_number("no one") is None
    assert [m.value for m in find_numbers("One man was killed and no fewer than one drone fell.")] == [1, 1]
    assert find_numbers("no fewer than one")[0].qualifier is Qualifier.at_least


@pytest.mark.parametrize("text, hit", [
    ("A man was killed", True), ("a 64-year-old woman was injured", True), ("An elderly resident died", True),
    ("a seventy-year-old pensioner", True), ("a house was damaged", False), ("an attack on the city", False),
])
def test_one_person(text, hit):
    from summariser.numbers import ONE_PERSON

    assert bool(ONE_PERSON.search(text)) is hit
