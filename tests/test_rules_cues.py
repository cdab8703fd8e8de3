"""The cue vocabularies are data: every file loads, every phrase compiles, and the rules read them."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from summariser import lexicon as lx
from summariser.knowledge import cues

GROUPS = ["strike", "casualties", "eventhood", "diplomacy", "damage", "anchoring"]


def _vocabularies(node, path=()):
    if isinstance(node, list) or (isinstance(node, dict) and "phrases" in node):
        yield path
    elif isinstance(node, dict):
        for key, sub in node.items():
            yield from _vocabularies(sub, (*path, key))


@pytest.mark.parametrize("group", GROUPS)
def test_every_phrase_compiles_alone_and_has_no_capturing_group(group):
    vocabularies = list(_vocabularies(cues._file(group)))
    assert vocabularies
    for path in vocabularies:
        for phrase in cues.phrases(group, *path):
            assert re.compile(phrase).groups == 0, (group, path, phrase)


def test_the_folder_has_its_readme():
    folder = resources.files("summariser.knowledge").joinpath("data", "cues")
    assert "How to add a cue" in folder.joinpath("README.md").read_text(encoding="utf-8")


def test_the_rules_read_the_vocabularies_from_the_files():
    assert lx.INTERCEPT_CUES.pattern == cues.pattern("strike", "intercept").pattern
    assert [k.value for k, _ in lx.DIPLOMACY_CUES] == list(cues._file("diplomacy")["kinds"])
    assert lx.STATUS_CUES[-1][1].search("talks are under way")  # ongoing, read from diplomacy.yaml
    assert "toddlers" in lx.CHILD_NOUNS and lx.CHILD_RE.match("toddlers")


def test_case_sensitive_vocabularies_stay_case_sensitive():
    meeting = dict(cues.patterns("diplomacy", "kinds"))["meeting"]
    assert meeting.search("met with Macron") and not meeting.search("met with officials")


def test_regex_is_the_vocabulary_in_the_readers_grammar() -> None:
    words = cues.alternation("diplomacy", "denial_verbs")
    assert cues.regex("diplomacy", "denial_verbs") == re.compile(rf"\b(?:{words})\b", re.I)
    assert cues.regex("diplomacy", "denial_verbs", r"\s+$", word_end=False, flags=0) == \
        re.compile(rf"\b(?:{words})\s+$")
    assert cues.regex("diplomacy", "denial_verbs").search("The ministry DENIED it") is not None
