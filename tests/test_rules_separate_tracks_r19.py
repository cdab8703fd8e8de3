"""Two parallel tracks told in one sentence (r19, classes_dev36.md D5): a later clause marked as a
track of its own ("separate talks", "separately", "their own talks") with a counterpart the first
clause does not name is a second event, held "there" when it says so; a bare "team" after a state's
name is a side ("a Russian team"). Near-misses: the same talks told again with the host, a separate
topic, a sports team. Every sentence is written fresh."""

from __future__ import annotations

import pytest
from diplomacy_probes import WEDNESDAY, diplomacy_of


def _recs(text):
    return sorted((r.kind.value, r.status.value, tuple(sorted(r.participants)), r.location.name if r.location else None,
                   str(r.date.start) if r.date else None) for r in diplomacy_of(text, WEDNESDAY))


@pytest.mark.parametrize("text, second", [
    ("Polish and Lithuanian negotiators will meet in Ankara on Thursday; Polish envoys will also hold separate "
     "talks with a Hungarian team there.", ("Hungary", "Poland", "Turkey")),
    ("Polish and Lithuanian delegations are due to sit down in Ankara on Thursday, while the Polish side will "
     "see Hungarian officials separately in the same city.", ("Hungary", "Poland", "Turkey")),
    ("Polish and Lithuanian envoys will hold talks in Ankara on Thursday; Polish diplomats plan their own talks "
     "with a Hungarian delegation there.", ("Hungary", "Poland", "Turkey")),
])
def test_a_separate_track_with_a_new_counterpart_is_its_own_event(text, second):
    recs = _recs(text)
    assert len(recs) == 2, recs
    sides = [r[2] for r in recs]
    assert second in sides
    assert ("Lithuania", "Poland", "Turkey") in sides
    assert all(r[3] == "Ankara" and r[4] == "2026-03-05" and r[1] == "planned" for r in recs)


@pytest.mark.parametrize("text", [
    "Polish and Lithuanian delegations will meet in Ankara on Thursday; the teams will first sit down "
    "separately with their Turkish hosts.",
    "Polish and Lithuanian negotiators will meet in Ankara on Thursday; they will also hold separate talks on trade.",
    "Polish and Lithuanian negotiators will meet in Ankara on Thursday; a Hungarian team will join them there.",
])
def test_the_same_talks_told_on_stay_one_event(text):
    assert len(_recs(text)) == 1


@pytest.mark.parametrize("text", [
    "American diplomats will sit down with a Russian team in Ankara on Monday.",
    "A Russian team will hold talks with American diplomats in Ankara on Monday.",
])
def test_a_bare_team_after_a_state_is_a_side(text):
    recs = _recs(text)
    assert len(recs) == 1 and {"Russia", "United States"} <= set(recs[0][2])


def test_a_sports_team_is_no_event():
    assert _recs("A Russian team won the relay in Doha on Monday.") == []
