"""Round 19 (fixer r19counts), counts of people, dev36 C1-C4: a descriptive apposition between a counted
group and its verb, the blast's medical injury nouns, a further person told with an "of NN" age, and a
group figure plus people "also" hurt (codebook 6). Every sentence is written fresh for the test, in
several phrasings, with near-misses that must not fire. Both paths are checked: the rules' record and
grounding's support for the value."""

from __future__ import annotations

import pytest

from summariser.grounding.counts import count_support
from summariser.pipeline import extract

_LEAD = "Shelling hit Kupiansk on Monday. "


def _rules(text: str, field: str) -> int | None:
    attacks = extract(_LEAD + text + "\n", backend="rules", published="2025-05-14").attacks
    counts = [getattr(a, field) for a in attacks if getattr(a, field) is not None]
    return counts[0].value if counts else None


def _grounds(text: str, field: str, value: int) -> bool:
    return bool(count_support(value, field, text, (0, len(text))))


# --------------------------------------------------------------- C1: a descriptive apposition

@pytest.mark.parametrize("text,value", [
    ("Two cyclists, women aged 52 and 67, were injured.", 2),
    ("Three passengers, citizens of Chile and Peru, were injured.", 3),
    ("Three crew members, nationals of Ghana, Togo and Benin, were hurt.", 3),
    ("Two guards, both employees of the port, were wounded.", 2),
    ("Three soldiers, men in their twenties, were killed.", 3),
    ("Four workers, two of them women, were hurt.", 4),
    ("Three sailors, Egyptian nationals, were hurt.", 3),
])
def test_an_apposition_between_group_and_verb_keeps_the_group(text: str, value: int) -> None:
    field = "killed" if "killed" in text else "injured"
    assert _rules(text, field) == value
    assert _grounds(text, field, value)


def test_a_list_is_no_apposition() -> None:
    # "two passengers, a driver and a conductor": three items, no closing comma before the verb
    assert _rules("Two passengers, a driver and a conductor were injured.", "injured") != 2


# --------------------------------------------------------------- C2: the blast's medical nouns

@pytest.mark.parametrize("text,value", [
    ("A man received a barotrauma.", 1),
    ("A guard sustained a contusion when the window blew in.", 1),
    ("Two sailors received barotraumas from the blast.", 2),
    ("An old man suffered blast trauma and was treated at home.", 1),
    ("A nurse suffered a severe concussion.", 1),
    ("A driver got an acoustic trauma near the crater.", 1),
])
def test_an_injury_noun_of_the_blast_is_an_injury(text: str, value: int) -> None:
    assert _rules(text, "injured") == value
    assert _grounds(_LEAD + text, "injured", value)


@pytest.mark.parametrize("text", [
    "A man suffered a heart attack.",
    "A woman suffered shock.",
    "The building sustained damage.",
    "An old man received medical help.",
])
def test_no_bodily_injury_is_no_injured(text: str) -> None:
    assert _rules(text, "injured") is None
    assert not _grounds(_LEAD + text, "injured", 1)


# --------------------------------------------------------------- C3: a further person with an "of NN" age

@pytest.mark.parametrize("text", [
    "A woman of 40 was wounded in the street; a man of 70 suffered concussion.",
    "A girl of 12 was hurt in the yard; a man of 70 suffered concussion.",
    "A woman of 40 was wounded in the street; a man of 70 was hurt when a shell struck his house.",
    "A nurse was hurt in the yard; a man, 64, received a barotrauma.",
    "A pensioner of 81 sustained burns, and a boy of 9 was injured.",
])
def test_a_further_person_told_with_an_age_is_counted(text: str) -> None:
    assert _rules(text, "injured") == 2
    assert _grounds(_LEAD + text, "injured", 2)


def test_a_parent_of_three_is_no_further_injured() -> None:
    text = "A woman was wounded; a mother of three had lived there since the war."
    assert _rules(text, "injured") == 1
    assert not _grounds(_LEAD + text, "injured", 2)


# --------------------------------------------------------------- C4: a group plus people "also" hurt

@pytest.mark.parametrize("text,value", [
    ("Five soldiers were wounded; a medic was also hurt.", 6),
    ("Two firefighters were injured, and one more rescuer was cut by glass.", 3),
    ("Six people were hurt in the market, and a security guard as well.", 7),
    ("Three crew members, citizens of Chile and Peru, were injured and taken to hospital; a dock worker was also hurt.", 4),
])
def test_a_group_and_a_person_also_hurt_are_summed(text: str, value: int) -> None:
    assert _rules(text, "injured") == value
    assert _grounds(_LEAD + text, "injured", value)


@pytest.mark.parametrize("text,value", [
    ("Three soldiers were hurt; a civilian was also hurt in a separate strike.", 3),  # another event
    ("Four were hurt, among them a girl; the girl was also burned.", 4),  # the same person
    ("Five soldiers were wounded; a medic was hurt.", 5),  # not told as added
])
def test_a_person_not_added_to_the_group_is_not_summed(text: str, value: int) -> None:
    assert _rules(text, "injured") == value
    assert not _grounds(_LEAD + text, "injured", value + 1)


def test_a_person_of_another_town_is_not_summed_in_grounding() -> None:
    text = _LEAD + "Three soldiers were hurt; a civilian was also hurt in Izium."
    assert not _grounds(text, "injured", 4)


def test_a_single_person_and_one_told_by_ellipsis_are_two() -> None:
    text = "A woman was hurt in the yard, and her son as well."
    assert _rules(text, "injured") == 2
    assert _grounds(_LEAD + text, "injured", 2)
