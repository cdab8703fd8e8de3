"""Classes of wire language grounding refused or misread, each in fresh sentences written for this
file, several phrasings each: the value an ideal model answers is KEPT, an invented variant is
REFUSED. Dates and diplomacy through the LLM path (`draft_to_records`), counts through
`count_support`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import count_support

PUBLISHED = dt.date(2026, 12, 3)  # a Thursday
D = dt.date


def _diplomacy(text: str, kind: str = "phone_call", participants=("Ukraine", "France"), **fields):
    record = {"kind": kind, "status": fields.pop("status", "held"), "participants": list(participants),
              "evidence": [fields.pop("evidence", text)], **fields}
    return draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


# =========================================================================== calls with no call noun

CALLS_TOLD_BY_MEANS = [
    "President Volodymyr Zelensky said he had talked to French President Emmanuel Macron by telephone on Monday.",
    "Zelensky talked with Macron late on Tuesday about air defence, his office said.",
    "Macron telephoned Zelensky on Wednesday to discuss the reconstruction conference.",
    "Zelensky and Macron conferred by video link on Monday evening, both offices said.",
]


@pytest.mark.parametrize("text", CALLS_TOLD_BY_MEANS)
def test_a_call_told_by_its_means_is_a_diplomatic_event(text):
    got = _diplomacy(text, participants=("Zelensky", "Macron"))
    assert len(got.diplomacy) == 1, got.rejected


@pytest.mark.parametrize("text", [
    "Zelensky said Macron's remarks were unhelpful and that Kyiv would not change course.",
    "Zelensky talked about the front line at length in an interview with French television.",
])
def test_a_remark_is_still_no_call(text):
    got = _diplomacy(text, participants=("Zelensky", "Macron"))
    assert not got.diplomacy


# =========================================================================== aid told as its arrival

AID_TOLD_AS_ARRIVAL = [
    "Two more Dutch air defence systems had reached Ukraine in recent weeks, the minister said.",
    "The first batch of Dutch launchers arrived in Ukraine last month, Kyiv confirmed.",
    "Ukraine said the Dutch interceptors were handed over at the border on Friday.",
    "The Dutch generators for the grid had been delivered, the embassy said.",
]


@pytest.mark.parametrize("text", AID_TOLD_AS_ARRIVAL)
def test_aid_told_as_its_arrival_is_a_diplomatic_event(text):
    got = _diplomacy(text, kind="military_aid", participants=("Netherlands", "Ukraine"))
    assert len(got.diplomacy) == 1, got.rejected


@pytest.mark.parametrize("text", [
    "The Dutch ambassador said the fire had reached the upper floors of the Ukrainian consulate.",
    "A Russian missile reached the Dutch consulate district in Ukraine before it could be stopped.",
])
def test_an_arrival_with_no_materiel_is_no_aid(text):
    got = _diplomacy(text, kind="military_aid", participants=("Netherlands", "Ukraine"))
    assert not got.diplomacy
