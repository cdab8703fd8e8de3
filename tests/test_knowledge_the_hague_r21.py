"""Round 21: The Hague, a venue of talks, summits and the international courts, is a place as the press
writes it ("The Hague", "Den Haag"), found in running text and held by the Netherlands: `lookup` keeps the
article of a name that begins with one, and still drops it before others ("the Odesa region"); a
person named Hague is no place. Fresh sentences."""

from __future__ import annotations

import pytest

from summariser.knowledge.gazetteer import find_places
from summariser.lexicon import lookup


@pytest.mark.parametrize("written", ["The Hague", "the Hague", "Den Haag", "The Hague, Netherlands"])
def test_the_hague_is_a_dutch_city(written: str) -> None:
    place = lookup(written)
    assert place is not None and (place.name, place.admin1, place.country) == ("The Hague", "South Holland", "Netherlands")


@pytest.mark.parametrize("text", [
    "Foreign ministers of the alliance met in The Hague on Tuesday.",
    "The envoys will gather in The Hague next week for a second round.",
    "Ahead of the summit in Den Haag, the two leaders spoke by phone.",
])
def test_the_hague_is_found_in_text(text: str) -> None:
    assert "The Hague" in [m.place.name for m in find_places(text)]


@pytest.mark.parametrize("written,name", [("the Odesa region", "Odesa Oblast"), ("the city of Kherson", "Kherson")])
def test_the_article_before_other_names_is_still_dropped(written: str, name: str) -> None:
    place = lookup(written)
    assert place is not None and place.name == name


def test_a_person_named_hague_is_no_place() -> None:
    # near miss: a surname, not the city
    assert find_places("Mr Hague, a former minister, said the talks had stalled.") == []
