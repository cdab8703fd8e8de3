"""Round 22 (r22places): palaces and resorts where talks and summits are held, named without their
city, are gazetteer sites of their country (knowledge/data/places_extra.yaml `venues`, `level: site`;
places.json rows added by hand as tools/build_places.py writes them). Fresh sentences."""

from __future__ import annotations

import pytest

from summariser.grounding.complete import resolve_location
from summariser.knowledge import find_places, lookup


@pytest.mark.parametrize("name, country, admin1", [
    ("Dolmabahçe Palace", "Turkey", "Istanbul"),
    ("Dolmabahce palace", "Turkey", "Istanbul"),
    ("Schloss Elmau", "Germany", "Bavaria"),
])
def test_venue_is_a_site_of_its_country(name: str, country: str, admin1: str) -> None:
    place = lookup(name)
    assert place is not None and place.level == "site" and place.country == country and place.admin1 == admin1
    loc, known = resolve_location(name)
    assert known and loc.country == country


def test_venues_found_in_running_text() -> None:
    text = ("The foreign ministers sat down in the Dolmabahce palace on the Bosphorus, weeks after the leaders "
            "had gathered at Schloss Elmau in the Alps.")
    assert [m.place.name for m in find_places(text)] == ["Dolmabahçe Palace", "Schloss Elmau"]


def test_venue_names_need_the_whole_name() -> None:
    assert lookup("Palace") is None and lookup("Schloss") is None
