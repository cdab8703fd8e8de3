"""Round 14 (2 December, afternoon), codebook 14: a minister's or envoy's trip told by its purpose of
meeting is talks, unless the article calls that trip a visit in its sentence or the next; then it is
the visit, planned or held by its tense. Fresh sentences, written for these tests."""

from __future__ import annotations

import pytest

from diplomacy_probes import diplomacy_of
from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


@pytest.mark.parametrize("text,status,sides", [
    ("Finland's foreign minister is due in Kyiv on Thursday to meet her Ukrainian counterpart. It will be her "
     "second visit to the city this year.", S.planned, {"Finland", "Ukraine"}),
    ("The Dutch defence minister will travel to Bucharest next week to meet Romanian officials, his third visit "
     "to Romania since March.", S.planned, {"Netherlands", "Romania"}),
    ("The Dutch defence minister travelled to Bucharest on Monday to meet Romanian officials. It was his third "
     "visit to Romania since March.", S.held, {"Netherlands", "Romania"}),
    ("Norway's foreign minister will be in Tallinn on Friday to meet his Estonian counterpart. This will be his "
     "first visit to Estonia.", S.planned, {"Norway", "Estonia"}),
    ("Britain's foreign secretary arrived in Chisinau on Tuesday to meet Moldova's president, her first visit "
     "to the country.", S.held, {"United Kingdom", "Moldova"}),
    ("Japan's special envoy is expected in Warsaw on Wednesday to meet Polish officials. The trip will be "
     "the envoy's first official visit to Poland.", S.planned, {"Japan", "Poland"}),
])
def test_a_trip_called_a_visit_is_the_visit(text, status, sides):
    recs = diplomacy_of(text)
    assert [(r.kind, r.status) for r in recs] == [(K.visit, status)]
    assert sides <= set(recs[0].participants)


@pytest.mark.parametrize("text", [
    # no visit named: the trip's purpose makes it talks
    "Finland's foreign minister is due in Kyiv on Thursday to meet her Ukrainian counterpart.",
    # a trip, not a visit
    "The US envoy is expected in Ankara on Thursday to meet Turkish officials; it will be his second trip there.",
    # someone else's visit
    "Finland's foreign minister is due in Kyiv on Thursday to meet her Ukrainian counterpart. It follows a visit "
    "by the Finnish president in May.",
    # the visit named two sentences later: too far to be the same trip's name
    "Finland's foreign minister is due in Kyiv on Thursday to meet her Ukrainian counterpart. Officials said the "
    "talks would focus on energy. It will be her second visit.",
])
def test_a_trip_not_called_a_visit_stays_talks(text):
    assert [r.kind for r in diplomacy_of(text)] == [K.talks]
