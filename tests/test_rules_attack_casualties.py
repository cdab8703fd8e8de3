"""Casualty counts in several phrasings each: children among a toll, conditions, updates, number
words, qualifiers. Sentences written for these tests; published on Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value as _v
from summariser.records import Qualifier


_one = AttackProbe().one


@pytest.mark.parametrize("text", [
    "A Russian drone strike on Sumy on Sunday killed six people, four of them children.",
    "Six people were killed in a Russian drone strike on Sumy on Sunday, including four children.",
    "A Russian drone strike on Sumy on Sunday killed six people. Among the dead were four children.",
    "Four children were among the six people killed when a Russian drone hit Sumy on Sunday.",
    "Russian drones struck Sumy on Sunday, killing six people; four of the dead were children.",
])
def test_children_among_the_dead(text: str) -> None:
    a = _one(text)
    assert (_v(a.killed), _v(a.children_killed)) == (6, 4)


@pytest.mark.parametrize("text", [
    "A Russian missile hit Dnipro on Sunday, killing three people. Among the dead was a 10-year-old boy.",
    "Three people, including a child, were killed when a Russian missile hit Dnipro on Sunday.",
    "A Russian missile strike on Dnipro on Sunday killed three people, one of them a child.",
    "A child was among three people killed by a Russian missile in Dnipro on Sunday.",
])
def test_one_child_among_the_dead(text: str) -> None:
    a = _one(text)
    assert (_v(a.killed), _v(a.children_killed)) == (3, 1)


@pytest.mark.parametrize("text", [
    "Russian shelling of Kherson on Sunday wounded nine people. Two of the wounded remain in serious condition.",
    "Nine people were injured in Russian shelling of Kherson on Sunday, two of them seriously.",
    "Russian shelling of Kherson on Sunday injured nine people, two of whom are in a critical condition.",
    "Nine people were hurt when Russian shells hit Kherson on Sunday; doctors said three of the wounded were "
    "in grave condition.",
])
def test_a_part_in_serious_condition_is_not_more_injured(text: str) -> None:
    a = _one(text)
    assert (_v(a.injured), _v(a.killed)) == (9, None)


@pytest.mark.parametrize("text", [
    "A Russian missile strike on Odesa on Sunday killed four people. By Monday the death toll rose to seven.",
    "A Russian missile strike on Odesa on Sunday killed four people, officials said. The death toll has since "
    "risen to seven.",
    "Four people were killed in a Russian missile strike on Odesa on Sunday. Rescuers later said the number of "
    "dead had climbed to seven.",
    "A Russian missile strike on Odesa on Sunday killed four people. The toll later increased to seven as "
    "rescuers pulled more bodies from the rubble.",
])
def test_a_later_toll_updates_the_first_figure_and_is_not_added(text: str) -> None:
    a = _one(text)
    assert _v(a.killed) == 4  # codebook rule 6: the first figure; the update goes to evidence


@pytest.mark.parametrize(("text", "value"), [
    ("Eleven people were hurt in a Russian drone attack on Kharkiv on Sunday.", 11),
    ("A Russian drone attack on Kharkiv on Sunday left eleven people wounded.", 11),
    ("A Russian drone attack on Kharkiv on Sunday injured 11 people, the mayor said.", 11),
    ("Twenty-three people were wounded in a Russian drone attack on Kharkiv on Sunday.", 23),
    ("Twenty three people were injured in a Russian drone attack on Kharkiv on Sunday.", 23),
    ("The number of wounded in Sunday's Russian drone attack on Kharkiv reached 17, the mayor said.", 17),
    ("Russian drones attacked Kharkiv on Sunday; 14 residents sustained injuries.", 14),
])
def test_injured_in_any_wording(text: str, value: int) -> None:
    assert _v(_one(text).injured) == value


@pytest.mark.parametrize("text", [
    "At least 12 people were killed in a Russian missile strike on Zaporizhzhia on Sunday.",
    "A Russian missile strike on Zaporizhzhia on Sunday killed at least 12 people.",
    "No fewer than 12 people died after a Russian missile struck Zaporizhzhia on Sunday.",
    "A Russian missile attack on Zaporizhzhia on Sunday claimed the lives of at least 12 people.",
])
def test_at_least_keeps_its_qualifier(text: str) -> None:
    a = _one(text)
    assert a.killed is not None and (a.killed.value, a.killed.qualifier) == (12, Qualifier.at_least)


@pytest.mark.parametrize("text", [
    "Dozens of people were injured in a Russian drone attack on Kharkiv on Sunday.",
    "A Russian drone attack on Kharkiv on Sunday wounded dozens of residents.",
    "A Russian drone attack on Kharkiv on Sunday injured scores of people.",
    "Hundreds of people were left without power and dozens were hurt after Russian drones hit Kharkiv on Sunday.",
])
def test_dozens_is_no_number(text: str) -> None:
    assert _one(text).injured is None


# People named through relations ("a couple and their son", "a mother and her two daughters") are
# counted from the people named: see tests/test_rules_attack_relations.py.
