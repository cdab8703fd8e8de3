"""Merging the LLM's diplomacy records (`backends/merging.merge_diplomacy`): a later record whose
quote overlaps an earlier one of the same kind is a duplicate only when one side set contains
the other (a chunk that adds the host is the same talks); a second track of the same sentence
with another counterpart stays its own record, and every merge is told in the warnings.
Fresh sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.backends.merging import merge_diplomacy

MONDAY = dt.date(2026, 5, 4)


def _merged(text: str, records: list[dict]) -> tuple[list, list[str]]:
    draft = ArticleDraft.model_validate({"diplomacy": records})
    notes: list[str] = []
    grounded = draft_to_records(draft, text, published=MONDAY).diplomacy
    return merge_diplomacy(grounded, notes), notes


@pytest.mark.parametrize("text, first, second", [
    ("Kenyan and Polish negotiators will meet in Turkey on Thursday, the minister said; Polish envoys will "
     "also hold separate talks with a Hungarian delegation there.",
     ["Kenya", "Poland", "Turkey"], ["Poland", "Hungary", "Turkey"]),
    ("Delegations from Japan and Brazil are due to sit down in Qatar on Friday, while the Brazilians will "
     "see Argentine officials separately in the same city.",
     ["Japan", "Brazil", "Qatar"], ["Brazil", "Argentina", "Qatar"]),
    ("Egypt's and Spain's envoys will hold talks in Oman on Sunday; the Spaniards plan their own talks "
     "with a Moroccan team there the same day.",
     ["Egypt", "Spain", "Oman"], ["Spain", "Morocco", "Oman"]),
])
def test_a_second_track_with_another_counterpart_stays_apart(text, first, second):
    tail = text.split(";")[-1].split(", while ")[-1].strip()
    recs, notes = _merged(text, [
        {"kind": "talks", "participants": first, "status": "planned", "evidence": [text]},
        {"kind": "talks", "participants": second, "status": "planned", "evidence": [tail]},
    ])
    assert len(recs) == 2
    assert notes == []


@pytest.mark.parametrize("extra", [["Turkey"], []])
def test_the_same_talks_with_the_host_added_still_merge_and_are_logged(extra):
    text = "Kenyan and Polish negotiators will meet in Turkey on Thursday to discuss grain, the minister said."
    recs, notes = _merged(text, [
        {"kind": "talks", "participants": ["Kenya", "Poland"], "status": "planned", "evidence": [text]},
        {"kind": "talks", "participants": ["Kenya", "Poland", *extra], "status": "planned", "evidence": [text]},
    ])
    assert len(recs) == 1
    assert len(notes) == 1 and "merged a duplicate talks record" in notes[0]


def test_the_smaller_side_set_second_also_merges():
    text = "The Kenyan and Polish foreign ministers held talks in Ankara on Sunday with their Turkish host."
    recs, notes = _merged(text, [
        {"kind": "talks", "participants": ["Kenya", "Poland", "Turkey"], "evidence": [text]},
        {"kind": "talks", "participants": ["kenya", "Poland"], "evidence": [text]},
    ])
    assert len(recs) == 1 and len(notes) == 1


def test_another_kind_in_the_same_sentence_is_not_a_duplicate():
    text = "Kenya and Poland signed a grain memorandum on Sunday after talks in Ankara."
    recs, notes = _merged(text, [
        {"kind": "talks", "participants": ["Kenya", "Poland"], "evidence": [text]},
        {"kind": "agreement", "participants": ["Kenya", "Poland"], "evidence": [text]},
    ])
    assert len(recs) == 2 and notes == []
