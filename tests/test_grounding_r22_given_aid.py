"""dev22 class A1 on the LLM path: aid told by a giving verb (every inflection) with a sum or
equipment and a foreign recipient is a diplomatic event, with no aid noun; a giving verb with no sum,
no equipment or no other state stays no event. Fresh sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.events import describes_event
from summariser.records import Span


def _describes(text: str) -> bool:
    return describes_event([Span(start=0, end=len(text), text=text)], text)


GIVEN = [
    "Norway said on Friday it would give Kyiv NOK 750 million to rebuild substations hit this winter.",
    "The Dutch cabinet is allocating 300 million euros to Ukraine for generators and cable.",
    "Ottawa will make CAD 80 million available to Ukraine for mobile boiler plants, the minister said.",
    "Some 2 billion kroner has been earmarked by Copenhagen for Ukrainian power repairs.",
    "Stockholm is to provide Kyiv with SEK 450 million for transformers, its cabinet said.",
    "Austria donated €15m to Moldova for its winter heating, Vienna said on Tuesday.",
    "Berlin contributes a further $40 million to Kyiv for heating repairs, the chancellery said.",
    "Japan has committed 25 billion yen to Ukraine for grid equipment.",
    "The Czech government handed Ukraine 60 mobile generators last month.",
    "Tokyo set aside 4 billion yen for Ukrainian substations in its autumn budget.",
]


@pytest.mark.parametrize("text", GIVEN)
def test_aid_told_by_a_giving_verb_is_an_event(text):
    assert _describes(text)


NOT_AID = [
    "The ministry will provide an update on the grid on Monday.",
    "Finland allocated EUR 40 million to its own border guard.",
    "Officials gave no figure for the damage.",
    "The regional council allocated seats for the evacuees on three trains.",
    "Witnesses gave evidence to the inquiry in Kharkiv for six hours.",
    "Poland set aside 2 billion zlotys for its own air defences.",
    "He handed the keys of the shelter to the mayor.",
    "The storm gave the city 40 millimetres of rain overnight.",
]


@pytest.mark.parametrize("text", NOT_AID)
def test_a_giving_verb_without_a_sum_or_a_foreign_recipient_is_no_event(text):
    assert not _describes(text)


def test_a_grant_told_by_a_giving_verb_keeps_its_aid_record():
    text = "Oslo, 6 Nov — Norway will provide Ukraine with NOK 900 million for power equipment, the ministry said on Thursday."
    record = {"kind": "military_aid", "status": "held", "participants": ["Norway", "Ukraine"], "evidence": [text],
              "when": "on Thursday", "description": "energy grant"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=dt.date(2026, 11, 6))
    assert [d.participants for d in got.diplomacy] == [["Norway", "Ukraine"]], got.rejected
