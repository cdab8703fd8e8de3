"""One reader of a foreign body in a body part (`articles/lodged_injuries`), which the rules
(`backends/rules/hospital_injuries`) and grounding (`grounding/role_cues`) both call: a word that
only one path's list held before (pellets, ball bearings, an ear, a forehead, an elbow) is read
by both now. Sentences written for these tests (none from seeds/ or evals/)."""

from __future__ import annotations

import re

import pytest

from summariser import grounding
from summariser.articles.lodged_injuries import IN_BODY
from summariser.backends.rules.hospital_injuries import hospital_injuries
from summariser.numbers import find_numbers
from summariser.sentences import Sentence

BOTH = [
    "A shepherd, 66, is in hospital with pellets lodged in his forehead.",
    "The night nurse remains in hospital with ball bearings in her elbow.",
    "A plumber lies in hospital with a shard stuck in one ear.",
    "The ferryman remains in hospital with splinters lodged in both knees.",
]


def _rules_injured(sentence: str) -> int | None:
    s = Sentence(start=0, end=len(sentence), text=sentence)
    got = {h.field: h.count.value for _, h in hospital_injuries(sentence, s, find_numbers(sentence), set())}
    return got.get("injured")


@pytest.mark.parametrize("text", BOTH)
def test_both_paths_read_the_same_foreign_body(text: str) -> None:
    assert re.search(IN_BODY, text, re.I)
    assert _rules_injured(text) == 1
    assert grounding.count_support(1, "injured", text, (0, len(text)))


@pytest.mark.parametrize("text", [
    "A courier is in hospital with shrapnel in the boot of his car.",  # a place: "the boot of"
    "Pellets in the yard were swept up by the caretaker.",
    "The baker is in hospital with a fever in his second week of work.",
])
def test_no_foreign_body_in_a_body_part_reads_nothing(text: str) -> None:
    assert not re.search(IN_BODY, text, re.I)
    assert _rules_injured(text) is None
