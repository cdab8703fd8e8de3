"""A later, wider toll of the same wave for the region of the city just told (round 19, dev35 A5):
an update, no record of its own; the city keeps its record and first figure (codebook 6).
Near-misses: a region sentence with a hit of its own, and a later toll for a region in which no
city just told lies, stay records. Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend

PUBLISHED = "2026-03-04"


def _places(text: str) -> dict[str, int | None]:
    article = make_article(text, published=PUBLISHED)
    attacks = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    return {p.name: (a.killed.value if a.killed else None) for a in attacks for p in a.locations}


@pytest.mark.parametrize("text, city, killed", [
    ("Russian missiles hit Kyiv on Tuesday, killing three people in the Sviatoshynskyi district, the mayor said. "
     "The city administration said later that seven had died across the Kyiv region, and that falling wreckage "
     "also damaged a pumping station.", "Kyiv", 3),
    ("A missile struck a hotel in Odesa on Tuesday, killing two, the governor said. By evening the regional "
     "administration put the death toll across the Odesa region at nine.", "Odesa", 2),
    ("A missile hit a warehouse in Kharkiv on Tuesday, killing one. Throughout the Kharkiv region, eleven people "
     "died in the wave, officials said later.", "Kharkiv", 1),
    ("Drones struck a bakery in Dnipro on Tuesday, killing two.\n\nThe governor later said six people had been "
     "killed in the whole of the Dnipropetrovsk region.", "Dnipro", 2),
])
def test_a_later_wider_regional_toll_makes_no_record(text: str, city: str, killed: int) -> None:
    assert _places(text) == {city: killed}


@pytest.mark.parametrize("text, region", [
    ("Drones hit a depot in Kharkiv on Tuesday, wounding four. Across the Kharkiv region, drones later hit four "
     "villages, killing two.", "Kharkiv Oblast"),
    ("Drones hit a depot in Kharkiv on Tuesday, wounding four. The governor reported later that two residents "
     "died across the Sumy region.", "Sumy Oblast"),
    ("Russian missiles struck targets across the Odesa region on Tuesday, killing seven, officials said later.",
     "Odesa Oblast"),
])
def test_a_region_with_its_own_hit_or_no_city_told_stays_a_record(text: str, region: str) -> None:
    assert region in _places(text)
