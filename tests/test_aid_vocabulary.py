"""One vocabulary of giving aid (`knowledge/data/cues/aid_giving.yaml`), read by both sides: grounding
accepts a model's aid record told by a giving verb with a sum and a foreign recipient, and the rules
find the same sentence's military aid, for every giving verb of the one list. Fresh sentences of our
own; published 2 March 2026."""

from __future__ import annotations

import pytest
from diplomacy_probes import one_record

from summariser import lexicon as lx
from summariser.grounding.events import describes_event
from summariser.grounding.given_aid import tells_given_aid
from summariser.knowledge import cues
from summariser.records import DiplomacyKind as K, DiplomacyStatus as S, Span

_AID_CUE = dict(lx.DIPLOMACY_CUES)[K.military_aid]


def _verb(phrase: str) -> str:
    return phrase.replace(r"\s+", " ")


@pytest.mark.parametrize("verb", [_verb(p) for p in cues.phrases("aid_giving", "giving_verbs")])
def test_every_giving_verb_is_read_by_grounding_and_the_rules(verb: str) -> None:
    text = f"Ireland {verb} Moldova EUR 12 million for its power grid."
    assert tells_given_aid(text)
    assert _AID_CUE.search(text), verb


@pytest.mark.parametrize("text, donor, recipient", [
    ("Ireland has awarded Moldova EUR 12 million for its power grid, Dublin said on Friday.", "Ireland", "Moldova"),
    ("Belgium handed Ukraine 25 million euros for mobile boilers last week, the Belgian government said.", "Belgium",
     "Ukraine"),
    ("Portugal will assign EUR 30 million to Ukraine for generators, Lisbon said on Monday.", "Portugal", "Ukraine"),
])
def test_a_fresh_giving_sentence_is_aid_on_both_sides(text: str, donor: str, recipient: str) -> None:
    assert tells_given_aid(text)
    assert describes_event([Span(start=0, end=len(text), text=text)], text)
    rec = one_record(text)
    assert rec.kind is K.military_aid and rec.status is S.held
    assert set(rec.participants) == {donor, recipient}


def test_the_pledge_after_a_plain_future_reads_the_giving_verbs() -> None:
    # "will assign" is a giving verb of aid_giving.yaml: a pledge made now, not a plan
    assert lx.AID_PLEDGE.search("Portugal will assign EUR 30 million to Ukraine")
    assert lx.AID_PLEDGE.search("Portugal would invest EUR 30 million in Ukraine's grid")  # pledge_verbs_more
