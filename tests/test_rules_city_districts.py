"""A city's own district is no raion of another town: city districts share their names across cities
("Dniprovskyi" in Kyiv, Kherson and Zaporizhzhia, after the river), so a name the gazetteer holds as a
district stays on the city in focus even where a town of that stem is named around it."""

from __future__ import annotations

import pytest

from summariser.articles import make_article
from summariser.backends.rules import RulesBackend

PUBLISHED = "2026-02-10"


def _place_names(text: str) -> list[list[str]]:
    ext = RulesBackend().extract(make_article(text, published=PUBLISHED))
    return [[loc.name for loc in a.locations] for a in ext.attacks]


@pytest.mark.parametrize("text, city", [
    ("Kherson, on the western bank of the Dnipro, came under fire again. A drone dropped a grenade on a "
     "minibus in the Dniprovskyi district on Monday, wounding four people, the city administration said.", "Kherson"),
    ("On Sunday night a guided bomb hit a warehouse in Zaporizhzhia's Shevchenkivskyi district, killing one "
     "worker, the mayor said. The city straddles the Dnipro and has been struck almost daily since autumn.",
     "Zaporizhzhia"),
    ("Barges on the Dnipro no longer call at Kherson. Russian artillery shelled Kherson on Saturday morning, "
     "injuring two men in the Dniprovskyi district, the city's military governor posted.",
     "Kherson"),
])
def test_a_city_district_stays_on_its_city(text: str, city: str) -> None:
    names = _place_names(text)
    assert names and all("district" not in n for places in names for n in places), names
    assert any(city in places for places in names), names
