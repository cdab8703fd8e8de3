"""The one reader of ages told with people (`articles.told_ages`), which the rules'
described children and grounding's kin ages both call. Fresh sentences of our own."""

from __future__ import annotations

import pytest

from summariser.articles.told_ages import ADULT_AGE, ages_after, ages_list, children_among, parse_age


def _after(text: str, people: str):
    return ages_after(text, text.index(people) + len(people))


@pytest.mark.parametrize("text,people,ages,aged", [
    ("The blast hurt a farmer and his grandson, aged 63 and 11, near the barn.", "his grandson", (63, 11), True),
    ("Rescuers found a nurse and her niece, 29 and 6, under the stairs.", "her niece", (29, 6), False),
    ("Two pupils (ages 8 and 10) were taken to hospital.", "Two pupils", (8, 10), True),
    ("Her three cousins, aged 4, 9 and 16, were hurt.", "three cousins", (4, 9, 16), True),
    ("A pair of twins aged eleven were treated for cuts.", "twins", (11,), True),
    ("A cousin and a nephew of the baker, 15 and 17, were pulled out alive.", "a nephew", (15, 17), False),
    ("Two brothers aged 7 and 12 years old were sheltering in the cellar.", "Two brothers", (7, 12), True),
])
def test_ages_told_after_people_are_read_in_order(text, people, ages, aged):
    told = _after(text, people)
    assert told is not None and told.ages == ages and told.aged is aged


@pytest.mark.parametrize("text,people", [
    ("A son and a daughter, one of whom was asleep, were hurt.", "a daughter"),  # a number word alone is no age
    ("The father and son left 5 and 8 years ago for the coast.", "son left"),  # a time, not ages
    ("Two sisters, 12-storey block residents, were hurt.", "Two sisters"),  # a number run on by a hyphen
    ("Her brother and sister were hurt in the yard.", "sister"),  # no ages at all
])
def test_numbers_that_are_no_ages_are_not_read(text, people):
    assert _after(text, people) is None


def test_a_bare_single_age_is_read_but_not_marked_as_aged():
    told = _after("Among those hurt was a boy, 9, from the village.", "a boy")
    assert told is not None and told.ages == (9,) and not told.aged


@pytest.mark.parametrize("sizes,text,people,children", [
    ([1, 1], "a mother and her son, aged 38 and 12", "her son", 1),
    ([1, 1, 1], "a grandfather and two grandsons, aged 71, 10 and 3", "two grandsons", 2),
    ([2], "twin sisters aged 6", "twin sisters", 2),  # one item, one age: the twins share it
    ([2], "twin sisters aged 19", "twin sisters", 0),
    ([1, 1], "a father and a son aged 9", "a son", None),  # one age for two people: no match
    ([1, 1], "a cook and a driver, 41, 44 and 50", "a driver", None),  # more ages than people
])
def test_children_are_matched_to_people_in_order(sizes, text, people, children):
    told = _after(text, people)
    assert told is not None
    assert children_among(sizes, told) == children


def test_ages_are_human_ages_and_children_are_under_the_adult_age():
    assert parse_age("seventeen") == 17 and parse_age("0") is None and parse_age("150") is None
    assert ages_list("3, 8 and 14") == (3, 8, 14) and ages_list("3 and many") is None
    told = _after("two girls, aged 17 and 18, from the school", "two girls")
    assert told is not None and told.children == 1 and ADULT_AGE == 18


def test_the_rules_and_grounding_read_the_one_age_aside():
    """One spelling of an age aside: the rules' lists of people and grounding's transparent asides
    take theirs from `articles.told_ages`."""
    from summariser.articles import told_ages
    from summariser.grounding import age_asides
    from summariser.lexicon import casualties

    assert casualties.AGE_ASIDE == told_ages.AGE_ASIDE
    assert age_asides.INTRODUCED_ASIDE is told_ages.INTRODUCED_ASIDE
    assert age_asides.BARE_ASIDE is told_ages.BARE_ASIDE


@pytest.mark.parametrize("text,aside", [
    (", aged 7, 9, and 15, were", ", aged 7, 9, and 15,"),  # a serial comma inside a closed aside
    (" (ages 4, 6, and 12) hid", " (ages 4, 6, and 12)"),
    (", 70 and 8.", ", 70 and 8"),
    (", aged twenty-one and nineteen, were", ", aged twenty-one and nineteen,"),
    (", aged 5, and two adults were", ", aged 5,"),  # the serial comma joins people, not ages
    (", 30 drones", None),
])
def test_a_closed_aside_ends_on_a_comma_a_bracket_or_the_sentence(text, aside):
    import re

    from summariser.articles.told_ages import AGE_ASIDE
    m = re.match(AGE_ASIDE, text, re.I)
    assert (m.group(0) if m else None) == aside


def test_an_age_told_in_months_is_an_infant_and_a_serial_comma_never_joins_people():
    told = _after("Shrapnel hurt a toddler, 20 months old, in the hallway.", "a toddler")
    assert told is not None and told.ages == (1,) and told.children == 1
    from summariser.grounding.age_asides import without_age_asides
    assert "two" in without_age_asides("a boy aged 5, and two adults were")
