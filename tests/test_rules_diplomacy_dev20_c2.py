"""Diplomacy failure classes of dev20 (classes_dev20.md, C2: two events in one sentence, or an anchor
clause), in general terms, with near-misses that must not change. Every sentence is written fresh."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of

from summariser.records import DiplomacyKind as K


def _told(text):
    return sorted((r.kind.value, str(r.date.start) if r.date else None, tuple(sorted(r.participants)))
                  for r in diplomacy_of(text, "2026-03-07"))


# ---------------------------------------------------------------- the event told, as the anchor of another
# "<the visit> came <time> after <A and B spoke by phone>": the anchor lends neither kind nor sides; the
# clause tells its own event, dated from the anchor's day.

@pytest.mark.parametrize("text, second", [
    ("Frederiksen arrived in Kyiv on Tuesday. The visit came one day after Stubb and Zelensky spoke by phone.",
     ("phone_call", "2026-03-02", ("Finland", "Ukraine"))),
    ("Frederiksen arrived in Kyiv on Tuesday. Her visit came hours after Tusk and Zelensky talked by phone.",
     ("phone_call", "2026-03-03", ("Poland", "Ukraine"))),
    ("Frederiksen arrived in Kyiv on Tuesday. The visit followed by two days a phone call between Stubb and Zelensky.",
     ("phone_call", "2026-03-01", ("Finland", "Ukraine"))),
    ("Rutte flew into Vilnius on Thursday. The trip came two days after Nauseda spoke with Merz by phone.",
     ("phone_call", "2026-03-03", ("Germany", "Lithuania"))),
    ("Tajani visited Belgrade on Friday. His visit came just hours after Vucic and Orban spoke by phone.",
     ("phone_call", "2026-03-06", ("Hungary", "Serbia"))),
])
def test_an_anchor_sentence_tells_the_other_event_with_its_own_kind(text, second):
    told = _told(text)
    assert second in told and len(told) == 2 and sum(k == "visit" for k, _, _ in told) == 1


@pytest.mark.parametrize("text", [
    # no gathering after the anchor: read as before (one visit)
    "Frederiksen arrived in Kyiv on Tuesday. The trip came one day after the strike on Odesa.",
    "Frederiksen arrived in Kyiv on Tuesday. The visit came as Russian drones hit Kharkiv again.",
])
def test_an_anchor_on_a_strike_adds_nothing(text):
    assert [k for k, _, _ in _told(text)] == ["visit"]


def test_a_first_sentence_that_opens_on_came_after_is_read_as_usual():
    kinds = {r.kind for r in diplomacy_of("The call came a day after Macron met Zelensky in Paris.", "2026-03-07")}
    assert K.meeting in kinds


# ---------------------------------------------------------------- a participle clause with its own plan
# "<leader> arrived in Kyiv on <day>, pledging that <state> would deliver …": the visit and the aid, each
# its own record; a state named only in a background clause of time (", as Russia steps up …") is no side.

@pytest.mark.parametrize("text, giver", [
    ("Frederiksen arrived in Kyiv on Tuesday on a surprise visit, pledging that Denmark would deliver more F-16 jets, "
     "as Russia steps up its air campaign.", "Denmark"),
    ("Merz visited Kyiv on Friday, announcing that Germany will hand over four more Patriot systems by the summer.",
     "Germany"),
    ("Petr Pavel visited Kyiv on Thursday, vowing that Czechia would send another batch of artillery shells.",
     "Czech Republic"),
])
def test_a_visit_and_the_aid_pledged_in_a_participle_clause_are_two_records(text, giver):
    recs = diplomacy_of(text + " Russia's war on Ukraine goes on.", "2026-03-07")
    kinds = {r.kind: r for r in recs}
    assert set(kinds) == {K.visit, K.military_aid}
    assert giver in kinds[K.military_aid].participants and "Russia" not in kinds[K.military_aid].participants


def test_a_participle_clause_of_content_is_no_second_event():
    recs = diplomacy_of("Sanchez met Zelensky in Kyiv on Monday, saying the talks had been useful.", "2026-03-07")
    assert len(recs) == 1
