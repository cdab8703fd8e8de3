"""A wire dateline's city is where the story was filed: an attack place named only there is
refused, while a strike on the filing city told as "the capital" or named again in the body is
kept. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.dateline import dateline_span


def _places(text: str, places: list[str]) -> tuple[list[str], list[str]]:
    draft = ArticleDraft.model_validate({"attacks": [{
        "kind": "air_drone_strike", "places": places, "injured": 2, "evidence": [text.split(" — ", 1)[1]]}]})
    got = draft_to_records(draft, text, published=dt.date(2027, 9, 2))
    return [loc.name for loc in got.attacks[0].locations], [r.field for r in got.rejected]


ELSEWHERE = ("KYIV, Ukraine (AP) — Russian drones hit a fuel depot in Bila Tserkva overnight, injuring two "
             "workers, the regional governor said.")
CAPITAL = ("KYIV, Ukraine (AP) — Russian drones struck the capital overnight, injuring two residents, the "
           "city's military administration said.")
NAMED_AGAIN = ("KYIV, Ukraine (AP) — Russian drones struck Kyiv's Darnytskyi district overnight, injuring two "
               "residents, the city's military administration said.")


def test_the_filing_city_is_no_place_of_a_strike_elsewhere():
    places, rejected = _places(ELSEWHERE, ["Bila Tserkva", "Kyiv"])
    assert places == ["Bila Tserkva"] and "attacks[0].places[1]" in rejected


@pytest.mark.parametrize("text", [CAPITAL, NAMED_AGAIN])
def test_a_strike_on_the_filing_city_keeps_it(text):
    places, rejected = _places(text, ["Kyiv"])
    assert places == ["Kyiv"] and not rejected


@pytest.mark.parametrize("text,found", [
    (ELSEWHERE, True), ("ODESA, March 3 (Reuters) - A missile hit the port.", True),
    ("Drones hit Odesa overnight — the port was closed.", False), ("March 3 (Reuters) - A missile hit the port.", False),
])
def test_a_dateline_is_read_at_the_start_of_the_body(text, found):
    assert (dateline_span(text) is not None) is found
