"""A visit told by its day and city, then as an ordinal milestone trip to the country ("on his
third trip to Poland since the war began"): one visit, venue the city. Two places that cannot be
one (two cities, two countries, a city of another country) stay two events. Fresh sentences."""

from __future__ import annotations

import pytest
from diplomacy_probes import wednesday_records

from summariser.records import DiplomacyKind as K


@pytest.mark.parametrize("text", [
    "Austria's chancellor arrived in Lviv on Tuesday morning. The chancellor, on his third journey into "
    "Ukraine since the full-scale invasion, placed a wreath at the cemetery before talks with the mayor.",
    "Spain's prime minister flew into Odesa on Tuesday. It was his second visit to Ukraine since "
    "Russia's full-scale invasion, and he toured the damaged port.",
])
def test_the_milestone_trip_is_the_visit_told(text):
    visits = [r for r in wednesday_records(text) if r.kind is K.visit]
    assert len(visits) == 1, [(r.participants, r.location) for r in visits]
    assert visits[0].location is not None and visits[0].location.name in {"Lviv", "Odesa"}


def test_talks_in_two_countries_stay_two():
    text = ("Envoys of the two sides held talks in Turkey on Tuesday. The same envoys held talks in "
            "Qatar on Tuesday as well, officials said.")
    talks = [r for r in wednesday_records(text) if r.kind is K.talks]
    assert len(talks) == 2, [(r.participants, r.location) for r in talks]


def test_a_city_of_another_country_stays_apart():
    text = ("Ukrainian and Russian negotiators held talks in Saudi Arabia on Tuesday. Ukrainian and "
            "Russian negotiators held talks in Istanbul on Tuesday too.")
    talks = [r for r in wednesday_records(text) if r.kind is K.talks]
    assert len(talks) == 2, [(r.participants, r.location) for r in talks]

