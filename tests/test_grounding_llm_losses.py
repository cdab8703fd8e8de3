"""Correct values a perfect model's answer used to lose on the LLM path (measured by replaying
hand-written answers to unseen articles, evals/answers/README.md), each with fresh sentences:
a grouping of states named after one of them, a child named by an age under 18, a weapon
"not intercepted" (an explicit nil)."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import count_support
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


# --------------------------------------------------------------------------- a child by age


@pytest.mark.parametrize("text", [
    "A shell hit a farmhouse near Nikopol on Sunday, killing a farmer and his 12-year-old daughter.",
    "The blast killed a bus driver and a 16-year-old passenger, the mayor said.",
    "Their nine-year-old son was killed when the roof collapsed, neighbours said.",
])
def test_a_person_under_18_is_a_child(text):
    hits = count_support(1, "children_killed", text, (0, len(text)))
    assert hits and hits[0].value == 1


@pytest.mark.parametrize("text", [
    "A shell hit a farmhouse near Nikopol on Sunday, killing a farmer and his 42-year-old wife.",
    "The blast killed an 18-year-old conscript and injured two others.",
    "A 70-year-old man was killed, and his grandson was unhurt.",
])
def test_an_adult_is_no_child(text):
    assert not count_support(1, "children_killed", text, (0, len(text)))


# --------------------------------------------------------------------------- "not intercepted"


@pytest.mark.parametrize("text", [
    "Of the 40 drones, 31 were shot down; the missiles were not intercepted, officials said.",
    "Both cruise missiles weren't shot down and struck a fuel depot.",
    "The two ballistic missiles were not destroyed by air defence, the command said.",
])
def test_weapons_not_intercepted_are_an_explicit_nil(text):
    hits = count_support(0, "weapons[1].intercepted", text, (0, len(text)))
    assert hits and hits[0].value == 0


@pytest.mark.parametrize("text", [
    "The drones were not all intercepted: seven got through.",
    "The missiles were not only intercepted but also jammed.",
    "The missiles were not launched from Crimea, and 12 were intercepted over the sea.",
    "The drones flew low; 12 were intercepted.",
])
def test_no_nil_where_the_text_states_none(text):
    assert not count_support(0, "weapons[1].intercepted", text, (0, len(text)))
