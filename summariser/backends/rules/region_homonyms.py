"""A town name the gazetteer gives first to a bigger namesake elsewhere is the town of that name
in the one region its sentence names (dev24 class A1):

    "In the Dnipropetrovsk region, a drone hit Samar" -> Samar (Ukraine), not the Russian Samara
    whose alias it also spells; "Dubno" in the Rivne region is not the Russian Dubna.

The whole gazetteer is asked, not the rules' scope of big towns: the region vouches for the town.
"""

from __future__ import annotations

from ... import lexicon as lx
from ...knowledge import gazetteer
from ...records import LocationLevel
from .common import Facts, PlaceHit


def homonyms_into_region(text: str, towns: list[PlaceHit], admin1: str) -> None:
    """Each town read as a place outside `admin1` that has a namesake spelt so in `admin1`
    becomes that namesake."""
    for t in towns:
        if t.place.admin1 in (None, admin1):
            continue
        found = gazetteer.lookup(f"{text[t.start:t.end]}, {admin1}")
        if found is not None and found.admin1 == admin1 and found.level == "city":
            t.place = lx.Place(found.name, found.admin1, found.country, LocationLevel.city)


def homonyms_into_main_region(text: str, facts: list[Facts], region: lx.Place | None) -> None:
    """r51 (dev78): a town read as a bigger namesake in another country, in an article whose places
    lie mostly in one region that has a town of that name, is that region's town ("Kryvyi Rih ... a
    school in Zelenodolsk was shelled": the Dnipropetrovsk town, not Tatarstan's city)."""
    if region is None or region.admin1 is None:
        return
    for f in facts:
        homonyms_into_region(text, [p for p in f.places if p.place.country != region.country], region.admin1)
