"""r19 (dev36 D6b): a gathering told by who chairs or hosts it, also in the group's hyphenated
attributive form ("a coalition-of-the-willing call"), and told in a relative clause after the person
named ("…, who will chair a … session on Friday"): its own planned event. Fresh sentences only."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.lexicon import canonical_org
from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


@pytest.mark.parametrize("text, chair", [
    ("The French president will co-chair a coalition-of-the-willing call on Thursday.", "France"),
    ("Spain's prime minister is set to co-chair a coalition-of-the-willing gathering on Tuesday, with troop pledges on the agenda.",
     "Spain"),
    ("The Dutch premier is to host a virtual coalition-of-the-willing meeting next week.", "Netherlands"),
])
def test_chairing_a_groups_session_is_its_gathering(text, chair):
    rec = one_record(text)
    assert rec.kind in (K.meeting, K.summit) and rec.status is S.planned
    assert {chair, "coalition of the willing"} <= set(rec.participants)


def test_a_relative_clause_tells_the_persons_own_gathering():
    text = ("The Finnish premier signed a memorandum on drone production with Zelensky in Kyiv on Monday.\n\n"
            "Both premiers were joined remotely from Paris by French President Emmanuel Macron, who will co-chair "
            "a coalition-of-the-willing call on Thursday for states ready to back a truce.")
    recs = diplomacy_of(text)
    planned = [r for r in recs if r.status is S.planned]
    assert len(planned) == 1 and {"France", "coalition of the willing"} <= set(planned[0].participants)
    assert any(r.kind is K.agreement for r in recs)


@pytest.mark.parametrize("text", [
    "The speaker will chair a session of parliament on Tuesday.",
    "The general will host a training session for gunners on Monday.",
    "French President Emmanuel Macron will host a training session for soldiers on Friday.",
])
def test_sessions_that_are_no_gathering_of_states(text):
    assert diplomacy_of(text) == []


def test_the_group_name_reads_hyphenated():
    assert canonical_org("coalition-of-the-willing") == "coalition of the willing"
    assert canonical_org("coalition-building") is None
