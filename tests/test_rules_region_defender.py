"""Interceptions "over the region" after a strike are the air defence of the side whose region it
is, whatever side the dateline or the sentences before name (dev21 B2): "N other drones were
downed over the region" in a wire datelined in the attacker's capital never opens a record with
the attacker reversed. A region tally beside two localities, a locality of another region, or
none keeps the region's own record. (Joining a named region's tally to its one struck locality,
ruling D1, lowered dev3's recall and was withdrawn this round.)
Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe


_attacks = AttackProbe("2026-03-04", grounded=True)


def _records(text: str) -> list[tuple[str | None, list[str], list[int]]]:
    """Each record's attacker, places and interceptions."""
    return [(a.attacker, [p.name for p in a.locations], [w.intercepted.value for w in a.weapons if w.intercepted])
            for a in _attacks(text)]


@pytest.mark.parametrize("text, attacker, place, downed", [
    ("MOSCOW, March 3 (Reuters) - The Russian military claimed on Tuesday that its troops had hit a military "
     "airfield near Mykolaiv with missiles. Mykolaiv governor Vitaliy Kim said a missile hit the city overnight, "
     "injuring one person. Kim added that air defence units destroyed nine other UAVs above the region.",
     "Russia", "Mykolaiv", 9),
    ("MOSCOW, March 3 (Reuters) - The Russian military claimed its troops hit energy sites in the Mykolaiv "
     "region. Local officials reported that air defence units destroyed nine other UAVs above the region.",
     "Russia", "Mykolaiv Oblast", 9),
])
def test_over_the_region_is_the_defence_of_the_regions_side(text: str, attacker: str, place: str, downed: int) -> None:
    assert _records(text) == [(attacker, [place], [downed])]


@pytest.mark.parametrize("text, records", [
    ("Russian drones hit Kremenchuk and Myrhorod overnight, wounding four. Air defence shot down 25 drones over "
     "the Poltava region.",
     [("Russia", ["Kremenchuk", "Myrhorod"], []), ("Russia", ["Poltava Oblast"], [25])]),
    ("A drone hit a house in Sumy, injuring two. Air defence shot down 17 drones over the Chernihiv region.",
     [("Russia", ["Sumy"], []), ("Russia", ["Chernihiv Oblast"], [17])]),
    ("Air defence shot down 16 drones over the Kharkiv region overnight.", [("Russia", ["Kharkiv Oblast"], [16])]),
])
def test_two_localities_none_or_another_region_keep_the_region_record(
        text: str, records: list[tuple[str, list[str], list[int]]]) -> None:
    assert _records(text) == records
