"""Round 13 (dev24 D5, codebook 6): "there were no reports of casualties" says nothing was reported
(yet), no nil the article states: neither the rules nor the grounding's nil backstop fill 0 from
it (a model's own 0 is still grounded: tests/test_grounding_language_sweep.py). A stated nil ("no
casualties were reported", "nobody was hurt") still fills 0. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.backends.rules import RulesBackend


def _rules(text: str) -> tuple[int | None, int | None]:
    article = make_article(text, published="2026-10-02")
    [a] = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    return getattr(a.killed, "value", None), getattr(a.injured, "value", None)


def _backstop(text: str) -> tuple[int | None, int | None]:
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "drone_strike", "places": ["Ternopil"],
                                                      "weapons": [{"type": "drone"}], "evidence": [text]}]})
    a = draft_to_records(draft, text, published=dt.date(2026, 10, 2)).attacks[0]
    return getattr(a.killed, "value", None), getattr(a.injured, "value", None)


NOT_NIL = [
    "A drone hit a grain store in Ternopil overnight. There were no reports of casualties.",
    "A drone hit a grain store in Ternopil overnight, with no reports of injuries so far.",
    "Drones struck a fuel depot in Ternopil on Sunday; there have been no official reports of deaths or injuries.",
]
NIL = [
    ("A drone hit a grain store in Ternopil overnight; no casualties were reported.", (0, 0)),
    ("A drone hit a grain store in Ternopil overnight. Nobody was hurt, the mayor said.", (None, 0)),
    ("Drones struck a fuel depot in Ternopil on Sunday; no one was killed or injured.", (0, 0)),
]


@pytest.mark.parametrize("text", NOT_NIL)
def test_no_reports_is_no_nil_in_rules(text):
    assert _rules(text) == (None, None)


@pytest.mark.parametrize("text", NOT_NIL)
def test_no_reports_is_no_nil_in_the_backstop(text):
    assert _backstop(text) == (None, None)


@pytest.mark.parametrize("text,expected", NIL)
def test_a_stated_nil_still_fills_zero(text, expected):
    assert _rules(text) == expected and _backstop(text) == expected
