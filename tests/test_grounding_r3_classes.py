"""Classes of war-reporting language the LLM path refused (round 3 of unseen-set classes), each in
fresh sentences written for this file, several phrasings each, with negatives that must not change:
a value an ideal model answers is KEPT, an invented variant or a non-event is REFUSED.
Diplomacy and places through `draft_to_records`, counts through `count_support`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import count_support

PUBLISHED = dt.date(2026, 11, 12)


def _diplomacy(text: str, participants: tuple[str, ...], kind: str = "talks"):
    record = {"kind": kind, "status": "held", "participants": list(participants), "evidence": [text]}
    return draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


# ==================================================== A1: a talk named by a singular noun

SINGULAR_TALKS = [
    ("During her talk with the Portuguese premier, Sandu raised the question of grain corridors.",
     ("Moldova", "Portugal")),
    ("The chancellor's talk with Erdogan on Thursday centred on the Bosporus transit fees.",
     ("Germany", "Turkey")),
    ("Their talk to each other lasted forty minutes, a Latvian aide to Macron told reporters.",
     ("Latvia", "France")),
    ("In a brief talk with Mark Carney, the Finnish president thanked Canada for its steady help.",
     ("Finland", "Canada")),
    ("Orban's chat with the Slovak prime minister touched on gas transit through Ukraine.",
     ("Hungary", "Slovakia")),
]


@pytest.mark.parametrize("text,participants", SINGULAR_TALKS)
def test_a_talk_named_by_a_singular_noun_is_a_diplomatic_event(text, participants):
    got = _diplomacy(text, participants)
    assert len(got.diplomacy) == 1, got.rejected


@pytest.mark.parametrize("text", [
    "There is loose talk in Vilnius of a winter pause between France and Estonia.",
    "The Estonian minister dismissed the French idea as idle talk.",
    "Small talk about the weather filled the pause before France and Estonia took questions.",
    "He will give a talk to students in Tartu about French and Estonian history.",
    "The Estonian premier's talk to reporters was cut short by an air-raid alert.",
])
def test_talk_that_is_no_meeting_is_still_no_event(text):
    got = _diplomacy(text, ("Estonia", "France"))
    assert not got.diplomacy
