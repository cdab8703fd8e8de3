"""Round 16 debts: a call or visit awaited is planned, a planned event moved is dated by its new day,
"the Commission" is the EU where the EU is named, and a state's soldiers, units, brigades and
positions are its own forces as its troops are. Fresh invented sentences, published on a Wednesday
(4 March 2026), with near-misses that must not change."""

from __future__ import annotations

import pytest
from diplomacy_probes import day_2026 as _d, start_day as _day, wednesday_record as _one, wednesday_records as _recs

from summariser.knowledge.actors import find_actors
from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- 3: expectation and schedule wording

@pytest.mark.parametrize("text, day", [
    ("Macron is expecting a call with Erdogan this morning.", _d(3, 4)),
    ("Sikorski is awaiting a phone call from Rubio on Thursday.", _d(3, 5)),
    ("Meloni expects a telephone conversation with Modi on Friday, her office said.", _d(3, 6)),
    ("Macron and Erdogan are expected to speak later today.", _d(3, 4)),
    ("Meloni and Modi are due to talk by phone on Friday.", _d(3, 6)),
    ("Starmer and Carney are set to speak tomorrow, Downing Street said.", _d(3, 5)),
    ("A call between Scholz and Biden is scheduled for Friday.", _d(3, 6)),
])
def test_a_call_awaited_or_due_is_planned_on_its_day_ahead(text, day):
    rec = _one(text)
    assert rec.kind is K.phone_call and rec.status is S.planned and _day(rec) == day


@pytest.mark.parametrize("text", [
    "Macron held a call with Erdogan on Monday.",
    "Macron and Erdogan spoke on Monday.",
    "Macron, who had expected little from it, spoke with Erdogan on Monday.",
])
def test_a_call_told_as_done_stays_held(text):
    assert _one(text).status is S.held


def test_an_awaited_adjective_is_no_plan():
    rec = _one("The long-awaited summit between Macron and Erdogan opened in Paris on Monday.")
    assert rec.status is S.held and _day(rec) == _d(3, 2)


def test_due_to_speak_needs_a_time_or_the_phone():
    assert not [r for r in _recs("Macron and Erdogan are expected to speak at the conference.")
                if r.kind is K.phone_call]


# ---------------------------------------------------------------- 4: a planned event moved to a new day

@pytest.mark.parametrize("text, day", [
    ("The Rome talks between Ukraine and Russia, scheduled for 6 March, were moved to 14 March.", _d(3, 14)),
    ("The summit of Macron and Erdogan, set for 9 March, has been delayed by a week to 16 March.", _d(3, 16)),
    ("A meeting between Sybiha and Wadephul planned for Tuesday has been pushed back to Thursday.", _d(3, 5)),
    ("Orban's visit to Moscow was delayed by a week, to 11 March.", _d(3, 11)),
    ("Talks between Ukraine and Russia were postponed until 20 March.", _d(3, 20)),
    ("Ukraine and Russia had planned talks on 6 March but they were pushed back to 16 March.", _d(3, 16)),
    ("Kyiv and Warsaw had scheduled a meeting for Friday, but it has been moved to 13 March.", _d(3, 13)),
])
def test_a_moved_event_is_planned_at_its_new_day(text, day):
    rec = _one(text)
    assert rec.status is S.planned and _day(rec) == day


def test_a_plan_not_moved_keeps_its_day():
    rec = _one("Sikorski and Lammy will meet in Warsaw on 9 March.")
    assert rec.status is S.planned and _day(rec) == _d(3, 9)


def test_a_plan_told_done_is_held():
    rec = _one("The talks Ukraine and Russia had planned went ahead in Riyadh on Monday.")
    assert rec.status is S.held and _day(rec) == _d(3, 2)


def test_postponed_with_no_new_day_is_stalled():
    assert _one("Talks between Ukraine and Russia were postponed indefinitely.").status is S.stalled


# ---------------------------------------------------------------- 5: "the Commission" in an EU context

@pytest.mark.parametrize("text", [
    "The European Commission proposed new sanctions on Monday. The Commission also met Ukraine's foreign "
    "minister Sybiha in Brussels on Tuesday.",
    "EU leaders gathered in Brussels on Monday. On Tuesday the Commission held talks with Sybiha in Kyiv.",
])
def test_the_commission_after_the_eu_is_the_eu(text):
    recs = [r for r in _recs(text) if _day(r) == _d(3, 3)]
    assert recs and "European Union" in recs[0].participants


@pytest.mark.parametrize("text", [
    "The Commission held talks with Sybiha in Kyiv on Tuesday.",
    "EU ministers met in Brussels on Monday. The Commission of Inquiry held talks with Sybiha in Kyiv on Tuesday.",
    "EU ministers met in Brussels on Monday. On Tuesday the Central Election Commission met Sybiha in Kyiv.",
])
def test_the_commission_alone_or_another_body_is_not_the_eu(text):
    recs = [r for r in _recs(text) if _day(r) == _d(3, 3)]
    assert recs and "European Union" not in recs[0].participants


def test_the_commission_mention_is_read_only_with_the_eu_named():
    with_eu = find_actors("Brussels and the EU agreed. Later the Commission said so.")
    assert [m.actor.code for m in with_eu if m.text == "Commission"] == ["EU"]
    assert not [m for m in find_actors("Later the Commission said so.") if m.text == "Commission"]


# ---------------------------------------------------------------- 6: a side's military units as a class

@pytest.mark.parametrize("phrase, code", [
    ("Ukrainian troops in Kupiansk", "UA"),
    ("Ukrainian soldiers in Kupiansk", "UA"),
    ("Ukrainian units in Kupiansk", "UA"),
    ("Russia's brigades near Vovchansk", "RU"),
    ("Russian positions around Tetkino", "RU"),
    ("the Ukrainian servicemen near Siversk", "UA"),
    ("Russian battalions outside Lyman", "RU"),
])
def test_a_sides_units_are_its_own_forces(phrase, code):
    first = find_actors(phrase)[0]
    assert first.actor.code == code and first.via == "institution" and first.text.split()[-1] in phrase.split()[:4]


@pytest.mark.parametrize("phrase", ["Ukrainian companies in Kupiansk", "Ukrainian unity", "Russian artillery near Lyman"])
def test_other_nouns_after_a_demonym_stay_a_demonym(phrase):
    assert find_actors(phrase)[0].via == "demonym"
