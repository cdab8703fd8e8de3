"""A later find added to a toll already told (r13atk, dev23 B3): "In the X district, crews recovered
three more bodies", "another two victims were pulled from the ruins". Whatever place phrase opens
it (a district, a side of the city, a street), it updates the strike told before: no record of its
own, and the record keeps its first figure (codebook 6: a later update is evidence, not a count).
"N more people were killed when ..." tells a strike; "the bodies of four people" after a strike is
that strike's toll. (A find with no place phrase, or in a named town, is read as before.) Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.records import Attack

LEAD = ("The war has now entered its fifth year. A Russian missile hit a five-storey block in Lviv on Monday, "
        "killing four people, the regional governor said. ")


_attacks = AttackProbe("2026-03-04", grounded=True, lead=LEAD)


def _records(text: str) -> dict[str, Attack]:
    return {(a.locations[0].name if a.locations else ""): a for a in _attacks(text)}


@pytest.mark.parametrize("text", [
    "In the Sykhiv district, rescuers recovered three more bodies from the ruins on Tuesday.",
    "Under the collapsed stairwell on the western side of the city, crews found two more bodies.",
    "Near the ruined stairwell in the Frankivskyi district, crews found another two bodies on Tuesday.",
    "By evening rescuers had pulled another two victims from the ruins.",
    "Searching the wreckage of the block, rescuers found one more body.",
    "In the Zaliznychnyi district, emergency workers recovered 3 more bodies overnight.",
    "On the city's southern edge, where the missile landed, the bodies of two more residents were recovered.",
])
def test_a_further_find_updates_the_strike_told(text: str) -> None:
    attacks = _attacks(text)
    assert [[p.name for p in a.locations] for a in attacks] == [["Lviv"]]
    assert attacks[0].killed is not None and attacks[0].killed.value == 4


@pytest.mark.parametrize("text, place, killed", [
    ("Rescuers found the bodies of four people after drones hit Izium overnight.", "Izium", None),
    ("On Tuesday, two more people were killed when shells hit Kherson.", "Kherson", 2),
    ("In Odesa, a drone attack on Tuesday killed two more civilians.", "Odesa", 2),
])
def test_a_strike_of_its_own_keeps_its_record(text: str, place: str, killed: int | None) -> None:
    records = _records(text)
    assert place in records and records["Lviv"].killed.value == 4
    if killed is not None:
        assert records[place].killed is not None and records[place].killed.value == killed
