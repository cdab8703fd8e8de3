"""A country venue right after a gathering's "in" (r19, classes_dev36.md D10f): "will meet in Turkey
on Monday", "held talks in Saudi Arabia" give the location at country level when no city is named.
Near-misses: a seat named for its state ("in the Kremlin"), a country named as the talks' subject ("on the war in Ukraine"), a city venue, and a
call (no venue). Every sentence is written fresh."""

from __future__ import annotations

import pytest
from diplomacy_probes import WEDNESDAY, diplomacy_of


def _where(text):
    return [(r.kind.value, r.location.name if r.location else None, r.location.level.value if r.location else None)
            for r in diplomacy_of(text, WEDNESDAY)]


@pytest.mark.parametrize("text, land", [
    ("Polish and Lithuanian delegations will meet in Turkey on Monday.", "Turkey"),
    ("Polish and Lithuanian envoys held talks in Saudi Arabia on Monday.", "Saudi Arabia"),
    ("Polish and Lithuanian foreign ministers will hold talks in Norway on Friday.", "Norway"),
])
def test_a_country_venue_is_the_location_at_country_level(text, land):
    assert _where(text) == [("talks", land, "country")]


@pytest.mark.parametrize("text, expected", [
    ("Polish and Lithuanian envoys held talks on Monday on the war in Ukraine.", [("talks", None, None)]),
    ("Polish and Lithuanian envoys held talks in Oslo on Monday.", [("talks", "Oslo", "city")]),
    ("The Polish president held talks in the Kremlin on Monday with Putin.", [("talks", "Moscow", "city")]),
])
def test_a_subject_country_or_a_city_is_read_as_before(text, expected):
    assert _where(text) == expected
