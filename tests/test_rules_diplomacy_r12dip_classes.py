"""Diplomacy non-events, kinds, status and dates of dev21 and dev22 (classes_dev21.md C2, C3, C5, C7;
classes_dev22.md C1, C6, C7), each read as a whole family. Every sentence is written fresh for these
tests, in several phrasings; each class has near-misses from ordinary wire copy that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


def _kinds(text: str) -> list[tuple[K, S]]:
    return [(r.kind, r.status) for r in diplomacy_of(text)]


# ---------------------------------------------------------------- dev21 C2: deliberation and aggregates
# A side weighing, mulling, studying or undecided on a measure or trip decides nothing (rule 13); a
# quantified plural of events ("a handful of swaps", "dozens of calls") is no one event (rule 17).

@pytest.mark.parametrize("text", [
    "Japan is weighing fresh sanctions on Russian oil traders but has yet to decide.",
    "Australia is looking into further sanctions on Moscow, its foreign minister said.",
    "The Swiss government was deliberating over new sanctions against Russia on Tuesday.",
    "Ottawa is mulling over a new package of sanctions against Russian shipping firms.",
    "Tokyo has yet to decide on new sanctions against Russian banks, officials said.",
    "Fresh sanctions against Belarusian potash exporters are being weighed in London, a source said.",
    "A visit by Orban to Kyiv is under consideration, his office said.",
    "Erdogan is considering a trip to Moscow next month, Turkish media reported.",
    "Rome has not yet decided whether to send more artillery shells to Ukraine.",
    "Seoul is contemplating sanctions against Russian shipping firms.",
    "Years of mediation yielded only a few prisoner swaps between Russia and Ukraine.",
    "Russia and Ukraine have carried out dozens of prisoner swaps since 2022.",
    "Several rounds of talks between Russia and Ukraine in Istanbul have produced little.",
    "Three rounds of talks between Kyiv and Moscow this year ended without a deal.",
    "Macron and Putin have held numerous phone calls since the invasion.",
    "Repeated visits by Hungarian officials to Moscow have irritated Brussels.",
    "A handful of prisoner exchanges between Kyiv and Moscow have taken place, but no round has brought peace.",
])
def test_dev21_c2_deliberation_and_aggregates_are_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, kind, status", [
    ("Japan on Tuesday decided to impose fresh sanctions on Russian oil traders.", K.sanctions, S.held),
    ("Having considered the request, Germany approved the delivery of two Patriot systems to Ukraine on Monday.",
     K.military_aid, S.held),
    ("Several European leaders held talks with Zelensky in Paris on Monday.", K.talks, S.held),
    ("Ukraine and Russia swapped 150 prisoners each on Friday, the ombudsman said.", K.prisoner_exchange, S.held),
    ("The two presidents held talks in Ankara on Tuesday.", K.talks, S.held),
    ("Russia and Ukraine held two rounds of talks in Istanbul on Monday.", K.talks, S.held),
    ("The EU adopted new sanctions against Russia on Friday after weeks of debate.", K.sanctions, S.held),
])
def test_dev21_c2_an_event_beside_those_words_stays(text, kind, status):
    assert (kind, status) in _kinds(text)
