"""Round 19 (dev35 L2): a capital a record's sentence tells as "the capital" (or "the Ukrainian
capital") stays the city, though another evidence sentence names the region of the same name (a
later, wider toll). A region told alone stays the region. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from summariser.grounding.complete import region_as_written
from summariser.records import Location, LocationLevel

_KYIV = Location(name="Kyiv", admin1="Kyiv City", country="Ukraine", level=LocationLevel.city)


def _windows(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]


@pytest.mark.parametrize("text", [
    "In the capital, a drone struck a dormitory, killing two. By evening nine were dead across the Kyiv region.",
    "Missiles hit the capital overnight, killing four. Officials later counted six dead in the Kyiv region.",
    "The Ukrainian capital was struck by drones, injuring five. Damage was reported across the Kyiv region.",
])
def test_the_capital_told_in_the_hit_sentence_stays_the_city(text: str) -> None:
    assert region_as_written("Kyiv", _KYIV, text, _windows(text)).level is LocationLevel.city


@pytest.mark.parametrize("text", [
    "Drones hit villages across the Kyiv region overnight; the capital itself was spared.",
    "Debris fell on houses in the Kyiv region, injuring two.",
])
def test_a_region_told_alone_is_the_region(text: str) -> None:
    assert region_as_written("Kyiv", _KYIV, text, _windows(text)).level is LocationLevel.region


def test_another_capital_alone_does_not_keep_a_city_as_written() -> None:
    text = "In the capital, sirens sounded. Drones struck the Kharkiv region, injuring two."
    loc = Location(name="Kharkiv", admin1="Kharkiv Oblast", country="Ukraine", level=LocationLevel.city)
    assert region_as_written("Kharkiv", loc, text, _windows(text)).level is LocationLevel.region
