"""Correct values a perfect model's answer used to lose on the LLM path (measured by replaying
hand-written answers to unseen articles, evals/answers/README.md), each with fresh sentences:
a grouping of states named after one of them, ..."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.names import canonical_actor, ground_actor


def _diplomacy(participants: list[str], evidence: str, text: str):
    draft = ArticleDraft.model_validate({"diplomacy": [{
        "kind": "meeting", "participants": participants, "status": "held", "evidence": [evidence]}]})
    return draft_to_records(draft, text, published=dt.date(2025, 9, 3))


# --------------------------------------------------------------------------- groupings of states


@pytest.mark.parametrize("name", [
    "Ukraine Defense Contact Group", "the European Political Community", "Moldova Support Platform",
    "German-Polish Forum", "Ukrainian Grain Coalition", "Turkish Mediation Initiative",
])
def test_a_grouping_named_after_a_state_is_its_own_participant(name):
    assert canonical_actor(name) == name.removeprefix("the ")


@pytest.mark.parametrize("name,actor", [
    ("the NATO alliance", "NATO"), ("Russian forces", "Russia"), ("European Union", "European Union"),
    ("Ukraine", "Ukraine"), ("Polish government", "Poland"),
])
def test_a_state_or_organisation_with_a_descriptor_stays_itself(name, actor):
    assert canonical_actor(name) == actor


def test_a_grouping_the_article_names_is_kept_beside_the_state():
    text = ("Defence chiefs of the Ukraine Defense Contact Group will meet in Oslo next month, "
            "and Ukraine will bring a list of needs.")
    out = _diplomacy(["Ukraine Defense Contact Group", "Ukraine"], text, text)
    assert out.diplomacy[0].participants == ["Ukraine Defense Contact Group", "Ukraine"]


def test_a_grouping_the_article_never_names_is_refused():
    text = "Ukraine and Moldova held a meeting on border crossings in Chisinau."
    assert ground_actor("Danube Security Group", text) is None
    out = _diplomacy(["Danube Security Group", "Ukraine"], text, text)
    assert out.diplomacy[0].participants == ["Ukraine"]
