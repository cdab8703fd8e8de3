"""Regions in forms a model or an article writes them: names listed before one plural region
word ("the Bryansk, Kursk and Oryol regions") are each that region, also when the quote is cut
before the region word; a Russian region in its adjectival form ("Belgorodskaya oblast") is that
region. A name the record's sentence also gives bare stays the city. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.adjectival_regions import region_name

LISTED = ("Air defences shot down 21 drones over the Belgorod, Voronezh and Lipetsk regions before dawn, the "
          "ministry said.")
MIXED = ("Air defences shot down 21 drones over Belgorod and the Voronezh region before dawn, the ministry said.")


def _places(text: str, places: list[str], quote: str | None = None) -> list[tuple[str, str]]:
    draft = ArticleDraft.model_validate({"attacks": [{
        "kind": "air_drone_strike", "places": places, "evidence": [quote or text]}]})
    got = draft_to_records(draft, text, published=dt.date(2027, 10, 2))
    return [(loc.name, loc.level.value) for loc in got.attacks[0].locations]


@pytest.mark.parametrize("quote", [None, "Air defences shot down 21 drones over the Belgorod"])
def test_names_listed_before_a_plural_region_word_are_regions(quote):
    assert _places(LISTED, ["Belgorod", "Voronezh", "Lipetsk"], quote) == [
        ("Belgorod Oblast", "region"), ("Voronezh Oblast", "region"), ("Lipetsk Oblast", "region")]


def test_a_name_given_bare_stays_the_city():
    assert _places(MIXED, ["Belgorod", "Voronezh"]) == [("Belgorod", "city"), ("Voronezh Oblast", "region")]


@pytest.mark.parametrize("written,name", [("Belgorodskaya oblast", "Belgorod Oblast"), ("Voronezhskaya Oblast", "Voronezh Oblast"),
                                          ("Lipetskaya oblast", "Lipetsk Oblast"), ("Kurskaya obl.", "Kursk Oblast")])
def test_a_russian_adjectival_region_is_that_region(written, name):
    assert region_name(written) == name


def test_an_adjectival_region_the_article_names_is_kept_and_one_it_does_not_is_refused():
    assert _places(LISTED, ["Lipetskaya oblast", "Tambovskaya oblast"]) == [("Lipetsk Oblast", "region")]


@pytest.mark.parametrize("written", ["Kyivska oblast", "Belgorod", "Moscow region", "Novaya oblast"])
def test_other_forms_are_left_to_the_gazetteer(written):
    assert region_name(written) is None
