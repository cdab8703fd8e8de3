"""A milestone apposition that measures the event against an earlier one (r19, classes_dev36.md D3):
", their first talks since the minister's stop in Oslo in May" — the day and place after "since" are
the earlier event's, not the event told, and the apposition's head ("her first visit") still names
the event told. Near-miss: a bare "have not met since" is no apposition and changes nothing.
Every sentence is written fresh; published in July so that a March or winter day would be background."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of

JULY = "2026-07-15"


def _recs(text):
    return [(r.kind.value, sorted(r.participants), r.location.name if r.location else None,
             str(r.date.start) if r.date else None) for r in diplomacy_of(text, JULY)]


@pytest.mark.parametrize("text, kind", [
    ("On the sidelines of the conference, Nauseda held talks with Tusk, their first meeting since a summit in "
     "Vilnius in January.", "talks"),
    ("The Polish president spoke to the German chancellor by phone, the first call between them since their "
     "talks in Berlin in March.", "phone_call"),
    ("In Geneva, the Polish and Lithuanian foreign ministers met, their first meeting in person since the "
     "Polish minister's trip to Ankara in May.", "meeting"),
])
def test_the_earlier_events_day_and_place_are_not_the_events(text, kind):
    recs = _recs(text)
    assert len(recs) == 1, recs
    k, _, place, day = recs[0]
    assert k == kind
    assert place not in ("Vilnius", "Berlin", "Ankara")
    assert day is None or not day.startswith(("2026-01", "2026-03", "2026-05"))


@pytest.mark.parametrize("text, place", [
    ("The Dutch premier reached Vilnius on Monday after an overnight flight, her first visit to the Lithuanian "
     "capital since the winter.", "Vilnius"),
    ("The Polish president arrived in Vilnius on Monday, his first trip abroad since the election in May.", "Vilnius"),
])
def test_the_apposition_head_still_names_the_event_told(text, place):
    recs = _recs(text)
    assert [(r[0], r[2], r[3]) for r in recs] == [("visit", place, "2026-07-13")]


def test_a_dated_event_with_a_bare_since_keeps_its_own_day():
    recs = _recs("Nauseda held talks with Tusk in Warsaw on Tuesday, their first meeting since March.")
    assert [(r[0], r[2], r[3]) for r in recs] == [("talks", "Warsaw", "2026-07-14")]


def test_a_since_that_is_no_milestone_apposition_is_read_as_before():
    recs = _recs("Tusk and Nauseda held talks in Warsaw on Monday and have not met since.")
    assert [(r[0], r[2], r[3]) for r in recs] == [("talks", "Warsaw", "2026-07-13")]


def test_a_milestone_aside_followed_by_a_clause_reads_on():
    recs = _recs("The Dutch premier paid a one-day visit to Vilnius on Monday, her first trip abroad since the election, "
                 "and later held talks with Nauseda on energy links.")
    assert "talks" in [r[0] for r in recs], recs
