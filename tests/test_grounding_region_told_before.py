""""Over the region" in a record's evidence refers back to the region the sentences before it
named (dev24 class A3): a model's region record keeps its place instead of being refused and
scored unplaced. Only one region, alone in its sentence, and none other in the evidence.
Sentences invented for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft

PUBLISHED = dt.date(2026, 7, 3)
LEAD = ("Russia attacked Ukraine overnight with 85 drones and three missiles, the air force said. "
        "In Odesa, a port warehouse burned, and two people were hurt in the Odesa region.\n\n")


def _places(text: str, place: str, evidence: str):
    record = {"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike", "places": [place],
              "evidence": [evidence]}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=PUBLISHED)
    return [loc.name for a in got.attacks for loc in a.locations]


TOLD_BEFORE = [
    (LEAD + "Kupiansk, in the Kharkiv region, was hit by 20 drones, and a woman was hurt. A school lost its windows. "
     "The governor said 11 drones were shot down over the region.",
     "Kharkiv region", "11 drones were shot down over the region", "Kharkiv Oblast"),
    (LEAD + "A drone hit a depot in Lozova in the Kharkiv region at dawn. Firefighters worked for hours. "
     "Over the region as a whole, sixteen drones were destroyed.",
     "Kharkiv Oblast", "Over the region as a whole, sixteen drones were destroyed", "Kharkiv Oblast"),
    (LEAD + "In the Sumy region, Shostka lost power after a strike on a substation. Repairs began at noon.\n\n"
     "\"Across the oblast, air defence destroyed nine drones,\" the regional head wrote.",
     "Sumy region", "Across the oblast, air defence destroyed nine drones", "Sumy Oblast"),
    (LEAD + "Debris fell on a garage in Pavlohrad, Dnipropetrovsk region. Nobody was hurt there. "
     "Air defence downed 14 drones throughout the region, officials said.",
     "Dnipropetrovsk region", "Air defence downed 14 drones throughout the region", "Dnipropetrovsk Oblast"),
    (LEAD + "The Poltava region was attacked again after midnight. A gas pipe was damaged in one village. "
     "Seven drones were intercepted over the region, the head of the military administration said.",
     "Poltava region", "Seven drones were intercepted over the region", "Poltava Oblast"),
    (LEAD + "Explosions shook Kremenchuk in the Poltava region. Two houses burned down. "
     "In total, 12 UAVs were destroyed over our region, the governor added.",
     "Poltava region", "12 UAVs were destroyed over our region", "Poltava Oblast"),
]


@pytest.mark.parametrize("text, place, evidence, want", TOLD_BEFORE)
def test_over_the_region_keeps_the_region_named_before(text, place, evidence, want):
    assert _places(text, place, evidence) == [want]


NOT_TOLD = [  # two regions before, "the region" not where it happened, another region in the evidence
    (LEAD + "Drones hit the Kharkiv and Sumy regions overnight. A school was damaged in one town. "
     "The governor said 11 drones were shot down over the region.",
     "Kharkiv region", "11 drones were shot down over the region"),
    (LEAD + "Kupiansk in the Kharkiv region was hit by 20 drones. A school was damaged. "
     "Tensions are high across the region, the governor said, and 11 drones were shot down.",
     "Kharkiv region", "11 drones were shot down"),
    (LEAD + "Kupiansk in the Kharkiv region was hit by 20 drones. A school was damaged. "
     "Over the region and in the Sumy region, 11 drones were shot down.",
     "Kharkiv region", "Over the region and in the Sumy region, 11 drones were shot down"),
    (LEAD + "Kupiansk in the Kharkiv region was hit by 20 drones. A school was damaged. "
     "The governor said 11 drones were shot down over the region.",
     "Sumy region", "11 drones were shot down over the region"),
]


@pytest.mark.parametrize("text, place, evidence", NOT_TOLD)
def test_an_ambiguous_or_other_region_is_still_refused(text, place, evidence):
    assert _places(text, place, evidence) == []
