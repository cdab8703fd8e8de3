"""Round 14: a regional administration's summary heads each paragraph with a district ("X district.")
and then names the struck town; the toll and damage sentences after the strike name no place. They
tell of that town's strike, not of the head district: one record, on the town, with the toll.
Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value as _value
from summariser.records import Attack

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED, grounded=True)


def _by_place(text: str) -> dict[str, Attack]:
    return {a.locations[0].name: a for a in _attacks(text)}


@pytest.mark.parametrize("text, town, district, killed, injured", [
    ("The regional administration reported on the past day.\n\nNikopol district. Drones attacked Marhanets in "
     "the afternoon. Two people were injured.", "Marhanets", "Nikopol district", None, 2),
    ("Evening summary of the regional administration.\n\nBerdychiv district. After midnight a guided bomb landed "
     "in the village of Hryshkivtsi. Nobody was hurt; a barn burned down.", "Hryshkivtsi", "Berdychiv district", None, 0),
    ("The administration's daily update.\n\nKupiansk district. Shelling struck the village of Kivsharivka "
     "in the morning. A 61-year-old woman was wounded. Three houses were damaged.",
     "Kivsharivka", "Kupiansk district", None, 1),
    ("Summary for the day, regional military administration.\n\nKramatorsk district. At around 14:30 "
     "Russian troops shelled Sloviansk. Two men were killed. A kindergarten was damaged.",
     "Sloviansk", "Kramatorsk district", 2, None),
    ("Regional administration, evening report.\n\nPavlohrad district. The enemy struck Pavlohrad with a "
     "missile overnight. Four people were hurt and a warehouse caught fire.", "Pavlohrad", "Pavlohrad district", None, 4),
    ("The head of the regional administration said:\n\nKonotop district. An FPV drone hit a lorry in the "
     "village of Shapovalivka. The driver, 47, was injured. The vehicle burned out.",
     "Shapovalivka", "Konotop district", None, 1),
    ("Update from the oblast administration.\n\nSynelnykove district. A kamikaze drone struck a farm in the "
     "village of Raivka. One person died.", "Raivka", "Synelnykove district", 1, None),
])
def test_a_toll_after_the_struck_town_stays_on_the_town(
        text: str, town: str, district: str, killed: int | None, injured: int | None) -> None:
    records = _by_place(text)
    assert district not in records
    assert town in records
    assert _value(records[town].killed) == killed and _value(records[town].injured) == injured


def test_two_towns_in_one_section_keep_their_own_tolls() -> None:
    records = _by_place(
        "Regional administration summary.\n\nKupiansk district. Shelling hit the village of Kivsharivka. "
        "A man was wounded. Later, a drone set a car ablaze in Petropavlivka village. Two women were injured.")
    assert "Kupiansk district" not in records
    assert _value(records["Kivsharivka"].injured) == 1
    assert _value(records["Petropavlivka"].injured) == 2


def test_each_paragraph_has_its_own_head_and_town() -> None:
    records = _by_place(
        "Regional administration summary.\n\nNikopol district. Drones attacked Marhanets. A man was hurt.\n\n"
        "Kryvyi Rih district. Artillery shelled the village of Zelenodolsk. Two houses were damaged.")
    assert set(records) == {"Marhanets", "Zelenodolsk"}
    assert _value(records["Marhanets"].injured) == 1


@pytest.mark.parametrize("text, place", [
    # no town named: the district stays the place of the toll
    ("Regional administration summary.\n\nKupiansk district. Russian artillery shelled border communities "
     "of the district all day. A man was injured.", "Kupiansk district"),
    ("Regional administration summary.\n\nNikopol district. Drones attacked the district twice overnight. "
     "Two people were injured.", "Nikopol district"),
])
def test_a_section_that_names_no_town_keeps_its_head(text: str, place: str) -> None:
    records = _by_place(text)
    assert place in records and len(records) == 1


def test_a_head_without_a_strike_makes_nothing() -> None:
    assert _attacks("Regional administration summary.\n\nEvacuation. Forty people left the Kupiansk district today.") == []


def test_a_heading_over_several_paragraphs_is_not_given_up() -> None:
    """A toll in the next paragraph is not the town's of the paragraph before (its own head frames it)."""
    records = _by_place(
        "Regional administration summary.\n\nNikopol district. Drones attacked Marhanets. A man was hurt.\n\n"
        "Pavlohrad district. Two people were injured by shelling.")
    assert _value(records["Marhanets"].injured) == 1
    assert _value(records["Pavlohrad district"].injured) == 2
