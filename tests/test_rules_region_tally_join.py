"""A region's interception tally with exactly one struck locality of that region goes on that
locality's record (dev21 B2; codebook rule 3, ruling D1 of 2 December 2026), in whatever order the
two are told and whatever side the dateline is; two or more localities, none, or a locality of
another region: the region's own record. "Over the region" is the air defence of the side whose
region it is. Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack


def _attacks(text: str) -> list[Attack]:
    article = make_article(text, published="2026-03-04")
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


def _records(text: str) -> list[tuple[str | None, list[str], list[int]]]:
    """Each record's attacker, places and interceptions."""
    return [(a.attacker, [p.name for p in a.locations], [w.intercepted.value for w in a.weapons if w.intercepted])
            for a in _attacks(text)]


@pytest.mark.parametrize("text, attacker, place, downed", [
    ("Russian drones struck Kryvyi Rih overnight, wounding two people. Air defence destroyed 19 drones over the "
     "Dnipropetrovsk region, the Air Force command said.", "Russia", "Kryvyi Rih", 19),
    ("ODESA, March 3 - A Russian drone hit a port warehouse in Odesa overnight, injuring three. The navy's "
     "southern command reported 23 UAVs destroyed above the Odesa region in the night.", "Russia", "Odesa", 23),
    ("Ukrainian drones hit a substation in Belgorod overnight, cutting power. Russian air defences downed seven "
     "more drones over the Belgorod region.", "Ukraine", "Belgorod", 7),
    ("Air defence destroyed 14 drones over the Sumy region overnight, the governor said. One drone hit a house in "
     "Konotop, injuring a woman.", "Russia", "Konotop", 14),
    ("A Ukrainian drone hit a garage in Rylsk overnight, the governor wrote. Air defences destroyed 12 UAVs above "
     "the Kursk region during the night.", "Ukraine", "Rylsk", 12),
    ("Eleven drones were shot down over the Zaporizhzhia region overnight. A drone struck an industrial site in "
     "Zaporizhzhia, wounding two.", "Russia", "Zaporizhzhia", 11),
    ("MOSCOW, March 3 (Reuters) - The Russian military claimed on Tuesday that its troops had hit a military "
     "airfield near Mykolaiv with missiles. Mykolaiv governor Vitaliy Kim said a missile hit the city overnight, "
     "injuring one person. Kim added that air defence units destroyed nine other UAVs above the region.",
     "Russia", "Mykolaiv", 9),
    ("MOSCOW, March 3 (Reuters) - The Russian military claimed its troops hit energy sites in the Mykolaiv "
     "region. Local officials reported that air defence units destroyed nine other UAVs above the region.",
     "Russia", "Mykolaiv Oblast", 9),
])
def test_a_region_tally_goes_on_its_one_struck_locality(text: str, attacker: str, place: str, downed: int) -> None:
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
