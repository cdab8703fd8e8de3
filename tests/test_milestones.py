"""lexicon/milestones: one reader of a milestone head before "since" or "so far", over one list
with two named parts (fresh sentences)."""

from __future__ import annotations

import pytest

from summariser.knowledge import cues
from summariser.lexicon.milestones import head_before


def _before(text: str, word: str, **kw: object) -> bool:
    return head_before(text, 0, text.index(word), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "It was the seventh drone raid on the depot since New Year",
    "the port's 12th bombardment since the harvest began",
    "their first face-to-face talks since the ceasefire collapsed",
])
def test_an_ordinal_heads_the_since(text):
    assert _before(text, "since", heads="ordinals")


@pytest.mark.parametrize("text", [
    "among the heaviest bombardments of the city since the spring",
    "the most senior Chinese envoy to visit since the invasion",
])
def test_a_superlative_is_a_head_of_diplomacy_not_of_event_hood(text):
    assert _before(text, "since") and not _before(text, "since", heads="ordinals")


@pytest.mark.parametrize("text", [
    # more than ten words between the head and "since"
    "the first of the aid convoys that the agency had planned to send to the eastern towns since",
    # a comma ends the stretch unless the caller cut the clause itself
    "It was his first, and officials said talks have stalled since",
    # no head at all
    "Shelling of the suburb has continued almost daily since",
])
def test_no_head_within_the_stretch(text):
    assert not _before(text, "since")


def test_across_punctuation_is_for_readers_that_cut_the_clause():
    text = "the largest, most ambitious package so far"
    assert not _before(text, "so far") and _before(text, "so far", across_punctuation=True)


def test_heads_are_the_two_parts_together():
    parts = cues.phrases("milestones", "ordinals") + cues.phrases("milestones", "superlatives")
    assert cues.phrases("milestones", "heads") == parts
