"""dev22 A4 and A5 on the LLM path: a weapon nil is read whatever its noun phrase holds — a number,
weapon adjectives and a model name before the noun ("not one of the five ballistic missiles"),
then a reduced relative before the verb ("fired at the capital's western districts overnight") —
and a nil that names no weapon takes the family a fronted topic names ("Of the missiles, none was
downed", "As for the cruise missiles, none", "The Kinzhals were another matter: none of them").
A nil with no downing verb, of houses, or under a topic of the other family fills nothing. Fresh
sentences of our own."""

from __future__ import annotations

import pytest

from summariser.grounding.counts import count_support
from summariser.grounding.nil_backstop import nil_interception
from summariser.records import WeaponType


def _nil(text: str) -> bool:
    return bool(count_support(0, "weapons[0].intercepted", text, (0, len(text))))


LONG_NILS = [
    "Air defences downed 40 of 45 drones, but not one of the five ballistic missiles aimed at the capital's "
    "western districts overnight was shot down.",
    "Not a single one of the two hypersonic Kinzhals launched towards the capital could be intercepted.",
    "Sixty of 75 drones were destroyed, but none of the six Kh-101 cruise missiles aimed at the western "
    "border regions before dawn was stopped.",
    "Mobile groups downed 31 drones; none of the three Iranian-made jet-powered Shaheds sent against the "
    "port of Izmail late on Monday was brought down.",
    "Not one of the five North Korean ballistic missiles launched at Kharkiv from across the border was "
    "intercepted, the governor said.",
    "Neither of the two Zircon anti-ship missiles fired at Odesa's southern docks overnight was downed.",
]


@pytest.mark.parametrize("text", LONG_NILS)
def test_a_nil_with_a_long_noun_phrase_and_a_reduced_relative_is_read(text):
    assert _nil(text)


NOT_NILS = [
    "Not one of the three ballistic missiles missed its target.",
    "None of the four houses hit by the missiles was destroyed.",
    "None of the six apartment blocks struck by Russian drones overnight was destroyed.",
]


@pytest.mark.parametrize("text", NOT_NILS)
def test_a_nil_without_a_downing_verb_or_of_houses_is_none(text):
    assert not _nil(text)


WAVE = "Russia launched 50 drones and 3 missiles at the south. "
TOPICS = [
    "Air defences downed 50 of the drones. As for the cruise missiles, none was stopped.",
    "The Kinzhals were another matter: none of them was intercepted, the command admitted.",
    "Among the ballistic missiles, not one was shot down, the spokesman said.",
    "Of the missiles, none was downed.",
    "For the Iskanders, none could be intercepted, the air force said.",
    "Regarding the missiles — none was brought down.",
]


@pytest.mark.parametrize("text", TOPICS)
def test_a_fronted_topic_names_the_nils_weapon(text):
    text = WAVE + text
    assert nil_interception(text, [(0, len(text))], WeaponType.ballistic_missile, False, 3) is not None
    assert nil_interception(text, [(0, len(text))], WeaponType.drone, False, 50) is None


@pytest.mark.parametrize("text", [
    "Of the drones, none reached Kyiv.",
    "Of the drones, none was downed over the capital.",
])
def test_a_topic_of_the_other_family_or_no_downing_fills_no_missile_nil(text):
    text = WAVE + text
    assert nil_interception(text, [(0, len(text))], WeaponType.ballistic_missile, False, 3) is None
