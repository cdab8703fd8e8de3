"""Round 19 (fixer r19counts), dev35 C1-C3: one person with a long "of <place>" postmodifier, weapons
told one by one, and a partitive of weapons carried across "along with". Every sentence is written fresh
for the test, in several phrasings, with near-misses that must not fire. Both paths are checked: the
rules' record and grounding's support for the value."""

from __future__ import annotations

import pytest

from summariser.grounding.counts import count_support
from summariser.pipeline import extract


def _rules(text: str, field: str) -> list[int]:
    attacks = extract(text + "\n", backend="rules", published="2025-05-14").attacks
    return [getattr(a, field).value for a in attacks if getattr(a, field) is not None]


def _grounds(text: str, field: str, value: int) -> bool:
    return bool(count_support(value, field, text, (0, len(text))))


# --------------------------------------------------------------- C1: a person "of <place ...>"

@pytest.mark.parametrize("text,field", [
    ("A pensioner from the frontline town of Orikhiv in the Zaporizhzhia region was killed by Russian shelling on Monday.",
     "killed"),
    ("A woman of the village of Kozacha Lopan near the border died of her wounds after Russian shelling on Monday.",
     "killed"),
    ("A farmer in the hamlet of Stepove outside Avdiivka was wounded by Russian shelling on Monday.", "injured"),
    ("A resident of Kupiansk was killed by Russian shelling on Monday.", "killed"),
])
def test_a_person_of_a_place_is_one(text: str, field: str) -> None:
    assert _rules(text, field) == [1]
    assert _grounds(text, field, 1)


def test_a_person_of_a_place_who_speaks_is_no_victim() -> None:
    text = "Russian shelling hit Kupiansk on Monday. A resident of the village said two soldiers were killed."
    assert 1 not in _rules(text, "killed")
    assert not _grounds(text, "killed", 1)


def test_a_relative_of_someone_is_no_place() -> None:
    assert not _grounds("Russian shelling hit Kupiansk on Monday. A relative of the victim said he was scared.", "killed", 1)


# --------------------------------------------------------------- C2: weapons told one by one

@pytest.mark.parametrize("text,value", [
    ("In Kupiansk, one drone struck a warehouse and a second slammed into a petrol station on Monday.", 2),
    ("In Kupiansk, a rocket landed in the market on Monday; another hit the bus depot minutes later.", 2),
    ("In Kupiansk, one shell fell on the school on Monday, a second on the clinic and a third on a block of flats.", 3),
    ("In Kupiansk, one missile demolished a house on Monday and another hit a school, killing two people.", 2),
])
def test_weapons_told_one_by_one_are_launched(text: str, value: int) -> None:
    assert _grounds(text, "weapons[0].launched", value)


@pytest.mark.parametrize("text", [
    "In Kupiansk, one drone hit a plant on Monday; another wave followed at dawn.",  # another event
    "In Kupiansk, one missile was shot down on Monday and another fell in a field.",  # first told as downed
    "In Kupiansk, a missile hit a school on Monday; another school was damaged.",  # another target
])
def test_no_weapons_one_by_one(text: str) -> None:
    attacks = extract(text + "\n", backend="rules", published="2025-05-14").attacks
    assert not [w.launched.value for a in attacks for w in a.weapons if w.launched is not None and w.launched.value >= 2]
    assert not _grounds(text, "weapons[0].launched", 2)


# --------------------------------------------------------------- C3: a partitive across "along with"

@pytest.mark.parametrize("text,value", [
    ("Russia fired 36 missiles at the west overnight, of which 28 were downed, along with seven of the attack drones it launched.", 7),
    ("Air defence downed 30 of the missiles, as well as nine of the strike drones Russia sent.", 9),
    ("Of the 40 missiles, 22 were intercepted, together with all six of the kamikaze drones it fired.", 6),
    ("Air defence shot down eleven of the drones the enemy launched.", 11),
])
def test_a_part_of_weapons_described_by_its_launcher_keeps_the_downing(text: str, value: int) -> None:
    assert _grounds(text, "weapons[1].intercepted", value)


@pytest.mark.parametrize("text,field,value", [
    ("Russia fired 40 missiles, of which 30 were destroyed, along with a power substation.", "weapons[0].intercepted", 1),
    ("Russia fired 40 missiles, of which 30 were destroyed, along with five civilians.", "weapons[0].intercepted", 5),
])
def test_along_with_no_weapon_is_no_downing(text: str, field: str, value: int) -> None:
    assert not _grounds(text, field, value)


def test_weapons_launched_as_their_own_clause_stay_launched() -> None:
    assert _grounds("Russia launched five of the drones it had left.", "weapons[0].launched", 5)
