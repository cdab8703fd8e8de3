"""A locality told as "the X community of (the) Y district" (hromada with its raion): X is the
place hit, at level city in Y's region; the district named after its centre town Y is only the
frame (dev23 class B2, codebook rules 1 and 10). Sentences invented for this file."""

from __future__ import annotations

import pytest

from probes import attacks_of


def _places(text: str) -> list[list[tuple[str, str | None]]]:
    got = attacks_of(text, "2026-05-12")
    return [[(loc.name, loc.admin1) for loc in a.locations] for a in got]


POSITIVES = [
    ("Also overnight, a barn in the Talne community of Uman district was struck by a drone.",
     [("Talne", "Cherkasy Oblast")]),
    ("In the Khrystynivka hromada of the Uman raion, a Russian drone damaged a warehouse overnight.",
     [("Khrystynivka", "Cherkasy Oblast")]),
    ("A shell hit a school in the Vilniansk community, Zaporizhzhia district, wounding a teacher.",
     [("Vilnyansk", "Zaporizhzhia Oblast")]),
    ("Two houses in the Kobeliaky community of the Poltava district were damaged by Russian drones overnight.",
     [("Kobelyaky", "Poltava Oblast")]),
    ("Russian troops shelled the Zorianivka territorial community of the Nikopol district on Sunday, wounding three people.",
     [("Zorianivka", "Dnipropetrovsk Oblast")]),
    ("The enemy attacked the Karlivka hromada of Poltava raion with two drones; a garage burned down.",
     [("Karlivka", "Poltava Oblast")]),
]


@pytest.mark.parametrize("text, want", POSITIVES)
def test_the_community_is_the_place_and_its_district_the_frame(text, want):
    assert _places(text) == [want]


def test_the_community_is_a_record_apart_from_its_district_centre():
    text = ("Overnight a Russian drone hit a warehouse in Uman, wounding two guards. Later, a barn in the "
            "Talne community of Uman district was struck by another drone. No one was hurt there.")
    assert _places(text) == [[("Uman", "Cherkasy Oblast")], [("Talne", "Cherkasy Oblast")]]


NEAR_MISSES = [  # (sentence, records wanted)
    ("In the Uman community, drones hit the village of Talne overnight.", [[("Talne", "Cherkasy Oblast")]]),
    ("The Uman district council handed out plywood to families on Tuesday.", []),
    ("Residents of the Talne community are asked to heed air raid alerts.", []),
    ("A drone hit a farm in the village of Pokrovske in the Nikopol district.", [[("Pokrovske", "Dnipropetrovsk Oblast")]]),
    ("Russian artillery shelled the Nikopol district overnight, damaging a gas pipe.",
     [[("Nikopol district", "Dnipropetrovsk Oblast")]]),
]


@pytest.mark.parametrize("text, want", NEAR_MISSES)
def test_no_community_frame_no_change(text, want):
    assert _places(text) == want
