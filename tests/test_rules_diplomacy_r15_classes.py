"""Diplomacy classes of round 15 (classes_dev27.md C1, C3; classes_dev28.md C1, C4), in general terms.
Every sentence is written fresh for these tests, in several phrasings; each class has near-misses
that must not fire."""

from __future__ import annotations

import pytest
from diplomacy_probes import WEDNESDAY, day_2026, start_day, wednesday_records

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S

_EURO5 = {"France", "Germany", "Italy", "Poland", "United Kingdom"}


def _of_kind(recs, kind):
    return [r for r in recs if r.kind is kind]


# ---------------------------------------------------------------- dev27 C1: a gathering's offer, rejected
# "<leaders> met <host> in <city> on <day> and tabled <a halt>, which <the other side> rejected": the
# gathering held, and a proposal of its own (cancelled when rejected), dated by the day put forward.

@pytest.mark.parametrize("text, status", [
    ("The leaders of France, Germany, Italy, Poland and Britain met Zelensky in Kyiv on Saturday and put forward "
     "a 30-day halt to strikes on ports, which the Kremlin rejected the same day.", S.cancelled),
    ("Macron, Merz, Meloni, Tusk and Starmer met Zelensky in Kyiv on Saturday and proposed a month-long halt to "
     "strikes on energy sites, which Moscow rejected hours later.", S.cancelled),
    ("On Saturday the French, German, Italian, Polish and British leaders met Zelensky in Kyiv and jointly tabled "
     "a pause in air strikes, which the Kremlin refused the same evening.", S.cancelled),
    ("The heads of government of France, Germany, Italy, Poland and Britain met Zelensky in Kyiv on Saturday "
     "and offered a truce at sea, but Moscow rebuffed it.", S.cancelled),
    ("Leaders of France, Germany, Italy, Poland and Britain met Zelensky in Kyiv on Saturday and floated a "
     "moratorium on strikes against power plants.", S.proposed),
    ("The leaders of France, Germany, Italy, Poland and Britain met Zelensky in Kyiv on Saturday and put "
     "forward a ceasefire plan, which Russia turned down.", S.cancelled),
])
def test_dev27_c1_a_gathering_and_its_offer_are_two_events(text, status):
    recs = wednesday_records(text)
    summit, offer = _of_kind(recs, K.summit), _of_kind(recs, K.proposal)
    assert len(summit) == 1 and summit[0].status is S.held
    assert set(summit[0].participants) == _EURO5 | {"Ukraine"} and summit[0].location.name == "Kyiv"
    assert len(offer) == 1 and offer[0].status is status
    assert _EURO5 <= set(offer[0].participants)
    assert start_day(offer[0]) == start_day(summit[0]) == day_2026(2, 28)


def test_dev27_c1_a_roster_told_next_names_the_summit_and_the_proposers():
    recs = wednesday_records("Five European leaders met Zelensky in Kyiv on Saturday and tabled a pause in strikes "
                             "on ports. Zelensky, Macron, Merz, Meloni, Tusk and Starmer took part in the meeting.")
    summit, offer = _of_kind(recs, K.summit), _of_kind(recs, K.proposal)
    assert len(summit) == 1 and set(summit[0].participants) == _EURO5 | {"Ukraine"}
    assert len(offer) == 1 and _EURO5 <= set(offer[0].participants)


@pytest.mark.parametrize("text", [
    "Ministers met in Paris on Monday and discussed a possible pause in strikes.",
    "The leaders met in Rome on Friday and agreed a package of aid for Ukraine.",
    "Macron met Zelensky in Kyiv on Saturday; a truce offer first made in May was repeated.",
])
def test_dev27_c1_no_offer_no_proposal(text):
    assert _of_kind(wednesday_records(text), K.proposal) == []


@pytest.mark.parametrize("text, target", [
    ("EU ambassadors signed off on the 21st package at a meeting in Brussels on Friday.", None),
    ("EU foreign ministers agreed new restrictive measures against Russia's shadow fleet at their meeting in "
     "Luxembourg on Monday.", "Russia"),
    ("The Union's envoys approved a 15th package of measures against Moscow at their Brussels session on "
     "Wednesday.", "Russia"),
    ("At their session in Brussels on Thursday, EU envoys endorsed the twentieth package.", None),
    ("EU ministers adopted a fresh round of sanctions on Russia at a meeting in Luxembourg on Monday.", "Russia"),
    ("Meeting in Brussels on Tuesday, the bloc's ambassadors rubber-stamped the 22nd package.", None),
])
def test_dev27_c1_sanctions_adopted_at_a_meeting_are_sanctions(text, target):
    recs = wednesday_records(text)
    assert [r.kind for r in recs] == [K.sanctions] and recs[0].status is S.held
    assert "European Union" in recs[0].participants
    assert target is None or target in recs[0].participants


@pytest.mark.parametrize("text", [
    "Defence ministers approved the 12th package for Ukraine at their meeting in Ramstein on Monday.",
    "The ministers met in Brussels on Monday to discuss the 21st package.",
    "EU envoys will meet in Brussels on Friday; the 21st package is not on the agenda.",
])
def test_dev27_c1_a_package_that_is_no_adopted_sanction(text):
    assert _of_kind(wednesday_records(text), K.sanctions) == []
