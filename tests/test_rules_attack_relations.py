"""Casualties named through people, not counted: a role ("its driver"), a pair ("a couple"), kin
("a woman and her two sons"), a list of roles ("the bus driver and two passengers"), "a family of
four". Each phrase counts one person, a pair two, or its own number; children only where the noun
or its age says so. Near misses: a plural without a number, a list that is not harmed, a plural
toll told in the same sentence. Sentences written for these tests; published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, attacks_of, count_value as _v
from summariser.evaluate.safety import numbers_in, unsupported_numbers


_one = AttackProbe().one


@pytest.mark.parametrize(("text", "killed", "children"), [
    # wire
    ("A Russian drone hit a car near Nikopol on Sunday. Its driver was killed, the regional governor said.", 1, None),
    ("A Russian missile struck a house in Dnipro on Sunday, killing a couple in their seventies.", 2, None),
    ("A Russian drone strike on Kherson on Sunday killed a woman and her two sons.", 3, None),
    ("A guided bomb dropped by Russian aircraft hit a house in Kramatorsk on Sunday. A man and his wife were killed.", 2, None),
    # governor post
    ("Sunday morning the occupiers hit Beryslav with a drone. An elderly couple died, the head of the regional "
     "administration wrote.", 2, None),
    ("Russian shelling of Kherson on Sunday killed a woman and her 9-year-old son, the governor wrote on Telegram.", 2, 1),
    # ministry statement
    ("The ministry said a Russian missile struck a residential building in Zaporizhzhia on Sunday, killing a "
     "family of four.", 4, None),
    # live blog
    ("11:40 A Russian glide bomb hit Sloviansk on Sunday, killing a mother and her two young daughters.", 3, 2),
    ("A Russian drone attack on Sumy on Sunday killed a couple and their baby, officials said.", 3, 1),
])
def test_killed_counted_from_the_people_named(text: str, killed: int, children: int | None) -> None:
    a = _one(text)
    assert (_v(a.killed), _v(a.children_killed)) == (killed, children)
    assert a.killed is not None and a.killed.evidence is not None


@pytest.mark.parametrize(("text", "injured"), [
    ("A Russian drone hit a bus in Kherson on Sunday, injuring the bus driver and two passengers.", 3),
    ("Russian shelling of Nikopol on Sunday wounded a mother and her daughter, the governor said.", 2),
    ("A Russian drone hit a car in Rylsk on Sunday, wounding its driver, the Kursk governor said.", 1),
    ("After a Russian missile hit Odesa on Sunday, the driver and three passengers of a minibus were injured.", 4),
    ("Ukrainian drones struck Belgorod on Sunday. A man and his neighbour were hurt, the governor said.", 2),
])
def test_injured_counted_from_the_people_named(text: str, injured: int) -> None:
    assert _v(_one(text).injured) == injured


@pytest.mark.parametrize("text", [
    "A Russian drone strike on Sumy on Sunday killed a woman and her children.",  # how many children: not said
    "A Russian drone hit Sumy on Sunday; several passengers of a bus were hurt.",
    "A Russian missile struck Dnipro on Sunday; residents and volunteers cleared the rubble.",
])
def test_a_plural_without_a_number_gives_no_count(text: str) -> None:
    a = _one(text)
    assert (a.killed, a.injured) == (None, None)


@pytest.mark.parametrize("text", [
    "A couple and their son were evacuated after a Russian drone hit a house in Sumy on Sunday.",
    "A Russian drone hit a house in Sumy on Sunday; the driver and two passengers escaped unhurt.",
    "The bus driver and two passengers saw a Russian drone hit a depot in Sumy on Sunday.",
])
def test_people_named_but_not_harmed_are_no_count(text: str) -> None:
    """Named people are no number of victims; "escaped unhurt" may be read as the nil it tells
    (injured 0, codebook rule 6), never as three."""
    a = _one(text)
    assert a.killed is None and (a.injured is None or a.injured.value == 0)


@pytest.mark.parametrize("text", [
    "Three people were killed when a Russian missile hit Dnipro on Sunday: a man, his wife and their neighbour.",
    "A Russian missile killed three people in Dnipro on Sunday, a woman and her two sons among them.",
])
def test_the_plural_toll_wins_over_the_people_listed(text: str) -> None:
    assert _v(_one(text).killed) == 3


@pytest.mark.parametrize(("sentence", "value"), [
    ("A Russian drone strike killed a woman and her two sons.", 3),
    ("The bus driver and two passengers were injured.", 3),
    ("Its driver was killed.", 1),
    ("The strike killed a couple in their seventies.", 2),
])
def test_the_safety_scorer_reads_the_people_listed(sentence: str, value: int) -> None:
    assert value in numbers_in(sentence)


def test_a_count_from_people_named_is_supported() -> None:
    text = "A Russian drone strike on Kherson on Sunday killed a woman and her two sons."
    attacks = attacks_of(text)
    assert unsupported_numbers(attacks, text) == []


@pytest.mark.parametrize("sentence", ["Her children were hurt.", "The passengers were evacuated."])
def test_the_safety_scorer_reads_no_total_from_a_plural(sentence: str) -> None:
    assert not numbers_in(sentence) - {0}
