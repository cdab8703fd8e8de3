"""Diplomacy failure classes found on an unseen set (dev14, issue 13, section C), by concept: how
far a stance, a request or a negated idiom reaches, and the other classes below. Every sentence
is written fresh for these tests, in several phrasings, with negatives that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- C2: stances, negated idioms, a request's forum

@pytest.mark.parametrize("text", [
    "The Kremlin is still ready to continue contacts with Washington, including talks on Ukraine, Peskov said.",
    "Moscow is still ready to continue the contacts begun at the talks in Riyadh, the Kremlin said.",
    "Beijing says it remains willing to continue talks with the Europeans.",
    "Turkey stands ready to host another round of talks, Erdogan said on Sunday.",
    "Russia remains ready to continue the Istanbul negotiations with the Ukrainian side, the ministry said on Monday.",
    "The Kremlin remains committed to the dialogue with Washington, including the talks in Jeddah, its spokesman said.",
    "Kyiv's sovereignty is not up for negotiation, the president told parliament.",
    "Ukraine's territory is not up for negotiations, Zelensky told reporters in Kyiv.",
    "Moldova's neutrality is no longer up for talks with Moscow, the premier said.",
    "Slovakia once more sought guarantees before any summit decision.",
    "Poland again asked for security guarantees to be discussed at the NATO summit.",
    "Poland wants the issue raised at the summit in The Hague, a Polish diplomat said.",
    "Finland sought assurances ahead of the Vilnius summit.",
    "Romania will push for air-defence guarantees at next month's summit, its president said.",
])
def test_stance_idiom_or_forum_of_a_request_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, kind, status", [
    ("Russian and Ukrainian delegations held talks in Istanbul on Friday.", K.talks, S.held),
    ("The Kremlin said it was ready, and Russian and US envoys met in Riyadh on Tuesday.", K.talks, S.held),
    ("Zelensky will push for more air defence at the NATO summit in The Hague on 24 June.", K.summit, S.planned),
])
def test_event_told_beside_a_stance_or_request_stays(text, kind, status):
    rec = one_record(text)
    assert rec.kind is kind and rec.status is status
