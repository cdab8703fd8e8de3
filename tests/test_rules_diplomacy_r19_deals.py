"""Diplomacy of round 19 (classes_dev35.md D1, D2, D9; classes_dev36.md D2, D8): a signing told with
plural or generic document nouns, commentary over an agreement already told as done and dated,
the terms of a proposal, a "since YEAR" in a clause that describes a thing, and an earlier deal
named inside a noun phrase. Every sentence is written fresh, with near-misses that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import WEDNESDAY, diplomacy_of


def _recs(text, published=WEDNESDAY):
    return [(r.kind.value, r.status.value, sorted(r.participants)) for r in diplomacy_of(text, published)]


def _kinds(text, published=WEDNESDAY):
    return sorted(r.kind.value for r in diplomacy_of(text, published))


# ---------------------------------------------------------------- dev35 D1: plural or generic documents signed

@pytest.mark.parametrize("text, sides", [
    ("Ankara and Kyiv on Monday signed two agreements on joint drone production.", ["Turkey", "Ukraine"]),
    ("Britain and Ukraine signed treaties on defence and trade in Kyiv on Monday.", ["Ukraine", "United Kingdom"]),
    ("Warsaw and Vilnius on Tuesday inked memoranda on rail freight and power lines.", ["Lithuania", "Poland"]),
    ("Romania's minister put her name to a document with Moldova on Monday, and the Bulgarian minister "
     "signed a mirror document an hour later.", ["Bulgaria", "Moldova", "Romania"]),
    ("Slovakia and Hungary signed parallel texts with the European Commission on Tuesday.",
     ["European Union", "Hungary", "Slovakia"]),
])
def test_a_signing_of_several_or_generic_documents_is_an_agreement(text, sides):
    recs = _recs(text)
    assert [r[:2] for r in recs] == [("agreement", "held")]
    assert set(sides) <= set(recs[0][2])


@pytest.mark.parametrize("text", [
    "The mayor of Kharkiv signed a document ordering the evacuation of two districts on Sunday.",
    "Police seized signed documents at the party's offices in Kyiv on Sunday.",
    "Zelensky signed documents on Monday dismissing two generals.",
    "The governor of Odesa signed a document on curfew hours on Friday.",
])
def test_a_decree_or_seized_papers_are_no_agreement(text):
    assert "agreement" not in _kinds(text)


# ---------------------------------------------------------------- dev35 D2: commentary over a deal told as done

@pytest.mark.parametrize("text, sides", [
    ("The new barrage cast doubt over the truce agreed in Cairo between Israel and Egypt on Sunday.",
     ["Egypt", "Israel"]),
    ("The shelling raised fears about the memorandum Poland and Ukraine signed on Monday in Rzeszow.",
     ["Poland", "Ukraine"]),
    ("Fresh raids raised questions over the deal signed by Turkey and Ukraine in Ankara on Sunday.",
     ["Turkey", "Ukraine"]),
])
def test_commentary_over_an_agreement_done_and_dated_keeps_it(text, sides):
    assert _recs(text) == [("agreement", "held", sides)]


@pytest.mark.parametrize("text", [
    "Diplomats voiced doubts over whether a deal between Turkey and Ukraine could be signed by Friday.",
    "Officials voiced concern over the deal Poland and Ukraine signed.",
    "Analysts raised questions about a deal Poland and Ukraine are to sign on Monday.",
])
def test_commentary_over_a_prospect_or_an_undated_deal_stays_no_event(text):
    assert _kinds(text) == []
