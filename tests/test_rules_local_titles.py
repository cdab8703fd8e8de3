"""An official's title below the region names no place hit (dev20 B4, the family of dev18 B3 and
dev19 B5): "<Town> district chief <Name> said", "the <Town> community head", "<City> city military
administration head", "the village head". The official speaks for where the strike was; the
district is no second record. A district's own building hit stays a place. Sentences written for
these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED, grounded=True)


def _places(text: str) -> list[list[str]]:
    return [[p.name for p in a.locations] for a in _attacks(text)]


@pytest.mark.parametrize("text, town", [
    ("Russian artillery shelled Nikopol on Tuesday, killing a woman.\n\n"
     "Shells fell on a residential street, Nikopol district chief Yevhen Kovalenko said.", "Nikopol"),
    ("Russian drones hit Kupiansk on Tuesday, wounding two, Kupiansk district chief Andriy Marchenko said.", "Kupiansk"),
    ("A guided bomb struck a shop in Izium on Tuesday. Two people were hurt, the Izium district head told reporters.",
     "Izium"),
    ("Drones attacked Konotop overnight, Konotop district military administration head Oleh Savchuk wrote. "
     "A garage burned.", "Konotop"),
    ("A missile hit a warehouse in Pavlohrad on Tuesday; three workers were injured, "
     "Pavlohrad district administration chief Mykola Lytvyn said.", "Pavlohrad"),
    ("Shelling damaged a school in Marhanets on Tuesday, Marhanets community head Hanna Bondar said.", "Marhanets"),
    ("Drones hit an oil depot in Rylsk overnight, Rylsk district head Alexei Smirnov said on Telegram.", "Rylsk"),
    ("A drone struck a house in Shebekino on Tuesday; Shebekino district chief Vladimir Zhdanov said nobody was hurt.",
     "Shebekino"),
])
def test_a_district_or_community_officials_title_is_no_place_hit(text: str, town: str) -> None:
    assert _places(text) == [[town]]


@pytest.mark.parametrize("text, district", [
    ("A shell hit the Nikopol district hospital on Tuesday, wounding a nurse.", "Nikopol district"),
    ("Drones struck the Kupiansk district on Tuesday, damaging power lines.", "Kupiansk district"),
])
def test_a_district_hit_stays_a_place(text: str, district: str) -> None:
    assert [district] in _places(text)
