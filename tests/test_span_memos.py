"""The per-span memos that let grounding and the rules cross-check share work (dates, places,
actors, sentences of one article) give what the plain scan gives, and a fresh list each call:
a caller that edits its list cannot change what the next caller reads. The relation-list
prefilter in the rules skips only sentences where the list patterns cannot match."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from summariser import lexicon as lx
from summariser.backends.rules import relations
from summariser.dates import _dates_in, find_dates
from summariser.knowledge.actors import _actors_in, find_actors
from summariser.knowledge.gazetteer import _places_in, find_places
from summariser.sentences import _sentences_of, split_sentences

DAY = dt.date(2024, 3, 14)
TEXT = ("Shelling hit a market in Kharkiv on Tuesday night, the regional governor said on Wednesday. "
        "Two days earlier a drone struck a depot near Odesa. "
        "The foreign minister of Poland met his Ukrainian counterpart in Warsaw on March 2. "
        "Nothing else was reported.")


def _spans(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in split_sentences(text)] + [(0, len(text)), (10, 60)]


def test_find_dates_matches_the_uncached_scan_on_every_span() -> None:
    for start, end in _spans(TEXT):
        assert find_dates(TEXT, start, end, DAY) == list(_dates_in.__wrapped__(TEXT, start, end, DAY))
    assert find_dates(TEXT, published=DAY)  # the text holds dates: the comparison is not empty


def test_find_dates_depends_on_the_publication_day() -> None:
    later = dt.date(2024, 3, 21)
    first, second = find_dates(TEXT, 0, 90, DAY), find_dates(TEXT, 0, 90, later)
    assert [m.span.start for m in first] != [m.span.start for m in second]


@pytest.mark.parametrize("scan", [
    lambda: find_dates(TEXT, 0, len(TEXT), DAY),
    lambda: find_places(TEXT),
    lambda: find_actors(TEXT, DAY),
    lambda: split_sentences(TEXT),
])
def test_each_call_gets_a_list_of_its_own(scan: "object") -> None:
    first = scan()  # type: ignore[operator]
    assert first
    first.clear()
    assert scan()  # type: ignore[operator]


def test_find_places_matches_the_uncached_scan() -> None:
    for start, end in _spans(TEXT):
        part = TEXT[start:end]
        assert find_places(part) == list(_places_in.__wrapped__(part))
    assert {m.place.name for m in find_places(TEXT)} >= {"Kharkiv", "Warsaw"}


def test_find_actors_matches_the_uncached_scan() -> None:
    for on in (None, DAY):
        for strict in (True, False):
            assert find_actors(TEXT, on, strict=strict) == list(_actors_in.__wrapped__(TEXT, on, strict))
    assert find_actors(TEXT, DAY)


def test_split_sentences_matches_the_uncached_split() -> None:
    assert split_sentences(TEXT) == list(_sentences_of.__wrapped__(TEXT))
    assert len(split_sentences(TEXT)) == 4


# --------------------------------------------------------------------------- relation prefilter

RELATION_SENTENCES = [
    "A rocket hit the bakery, killing its owner and two customers.",
    "An elderly couple in their eighties were wounded when the shell landed.",
    "The truck driver and a passenger died at the scene.",
    "A mother and her three daughters were injured in the blast.",
    "A family of five was hurt when debris fell on the house.",
    "The strike killed a nurse, according to the hospital.",
    # negatives: no person named through a relation or a role
    "Air defence units downed nine drones over the southern coast.",
    "Many Germans watched the manager's statement on television.",
    "Debris damaged a warehouse and three cars in the industrial zone.",
    "Twelve people were killed and forty injured in the attack.",
]


def _all_lists(text: str) -> list[tuple[int, int, object]]:
    """relation_casualties with the prefilter letting every sentence through."""
    saved = lx.RELATION_NOUN_WORD
    lx.RELATION_NOUN_WORD = re.compile("")
    try:
        return [hit for s in split_sentences(text) for hit in relations.relation_casualties(text, s)]
    finally:
        lx.RELATION_NOUN_WORD = saved


@pytest.mark.parametrize("sentence", RELATION_SENTENCES)
def test_the_relation_prefilter_changes_no_reading(sentence: str) -> None:
    found = [hit for s in split_sentences(sentence) for hit in relations.relation_casualties(sentence, s)]
    assert found == _all_lists(sentence)


def test_the_relation_prefilter_skips_sentences_without_a_list_noun() -> None:
    assert lx.RELATION_NOUN_WORD.search("Air defence units downed nine drones over the southern coast.") is None
    assert lx.RELATION_NOUN_WORD.search("Many Germans watched the manager's statement.") is None
    # (r31: every trade is a list noun now, so "killing its owner and two customers" is read as three, no longer skipped)
    assert lx.RELATION_NOUN_WORD.search("A rocket hit the bakery and set its ovens on fire.") is None
    assert lx.RELATION_NOUN_WORD.search("A rocket hit the bakery, killing its owner and two customers.") is not None
    assert lx.RELATION_NOUN_WORD.search("The truck driver and a passenger died.") is not None
    # a sentence the patterns read is never skipped
    assert any(relations.relation_casualties(t, s) for t in ["The truck driver and a passenger died at the scene."]
               for s in split_sentences(t))
