"""Round 13 (dev23 B1, the tally part): an air force's or ministry's tally told by a measure with no
wave noun and no launch verb ("put the night's total at 180 drones", "gave the total as 66 drones",
"the day's total was 48 drones and two missiles"): the weapons counted after it were launched
(codebook 9), in the rules (`cues/strike.yaml: launch`) and in the grounding
(`grounding/measure_frames.py`). What is measured must be the tally: "put the damage at 70
homes", "put the price of a drone at $40,000" count nothing. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.backends.rules import RulesBackend


def _launched(text: str) -> dict[str, int | None]:
    article = make_article(text, published="2026-11-14")
    out: dict[str, int | None] = {}
    for a in grounding.enforce(RulesBackend(None).extract(article), article).attacks:
        out.update({w.type.value: getattr(w.launched, "value", None) for w in a.weapons})
    return out


_LEAD = "Russia attacked Ukraine overnight with drones and missiles. "


@pytest.mark.parametrize("text,expected", [
    (_LEAD + "The air force put the night's total at 146 drones and four Kalibr missiles.",
     {"drone": 146, "cruise_missile": 4}),
    (_LEAD + "The Ukrainian air command put the total at 88 Shahed drones, the military said.", {"drone": 88}),
    (_LEAD + "The general staff gave the total as 57 drones and three ballistic missiles.",
     {"drone": 57, "ballistic_missile": 3}),
    (_LEAD + "Officials said the night's total was 73 drones and two Iskander missiles.",
     {"drone": 73, "ballistic_missile": 2}),
    (_LEAD + "Kyiv's air force puts the tally at 120 drones.", {"drone": 120}),
    (_LEAD + "The air force put their count at 39 drones, of which 31 were shot down.", {"drone": 39}),
])
def test_a_tally_measured_is_a_launch(text, expected):
    assert _launched(text) == expected


@pytest.mark.parametrize("text,value", [
    (_LEAD + "The mayor put the damage at 70 homes.", 70),
    (_LEAD + "Economists put the price of one Geran drone at 40,000 dollars.", 40000),
    (_LEAD + "The ministry put the toll at nine people.", 9),
])
def test_another_measure_is_no_launch(text, value):
    assert value not in _launched(text).values()


def _grounded(text: str, launched: int) -> int | None:
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "drone_strike", "places": ["Ukraine"],
                                                      "weapons": [{"type": "drone", "launched": launched}],
                                                      "evidence": [text]}]})
    w = draft_to_records(draft, text, published=dt.date(2026, 11, 14)).attacks[0].weapons[0]
    return getattr(w.launched, "value", None)


@pytest.mark.parametrize("text,launched", [
    ("The air force put the night's total at 146 drones and four missiles.", 146),
    ("The general staff gave the total as 57 drones.", 57),
    ("Officials said the night's total was 73 drones.", 73),
])
def test_grounding_accepts_the_tally(text, launched):
    assert _grounded(text, launched) == launched


@pytest.mark.parametrize("text,launched", [
    ("Economists put the price of each drone at 40,000 dollars.", 40000),
    ("The mayor put the damage at 70 homes hit by drones.", 70),
])
def test_grounding_refuses_another_measure(text, launched):
    assert _grounded(text, launched) is None
