"""A place written with words for where in or around it ("outskirts of Okhtyrka", "near Izium",
"northern Sumy region") is the place after them, kept where the article names it near the
evidence and refused where it does not; a name the gazetteer knows whole keeps its words.
Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.locative import without_locative

TEXT = ("A drone hit a farm building on the edge of Okhtyrka in the Sumy region on Friday night, "
        "injuring a tractor driver, regional officials said.")


def _places(places: list[str]) -> list[tuple[str, str | None]]:
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "air_drone_strike", "places": places, "evidence": [TEXT]}]})
    got = draft_to_records(draft, TEXT, published=dt.date(2027, 12, 4))
    return [(loc.name, loc.country) for loc in got.attacks[0].locations]


@pytest.mark.parametrize("written", ["outskirts of Okhtyrka", "near Okhtyrka", "the edge of Okhtyrka", "Outskirts of Okhtyrka"])
def test_a_place_with_a_locative_is_the_place(written):
    assert _places([written]) == [("Okhtyrka", "Ukraine")]


def test_a_region_with_a_direction_is_the_region():
    assert _places(["northern Sumy region"]) == [("Sumy Oblast", "Ukraine")]


@pytest.mark.parametrize("written", ["near Romny", "outskirts of Lebedyn"])
def test_a_place_the_article_does_not_name_is_refused_with_or_without_a_locative(written):
    assert _places([written]) == []


@pytest.mark.parametrize("written", ["Central African Republic", "North Korea", "near the border", "Okhtyrka"])
def test_names_without_a_locative_before_a_place_are_left_whole(written):
    assert without_locative(written) is None
