"""Round 35 (6 December 2026). The LLM path: a whole downed told as a second object of the verb that downed
a part, aid handed to "the city" or "us", two documents signed under one dateline, a summary's calendar
date for a day the article tells by weekday. The rules: an exchange by a return from captivity "in return
for" the other side's people, a minister's trip "for a meeting with" a counterpart in the calendar's present,
a sum announced during a visit by the office-holder told before, "the capital's" toll, an interview with a
named outlet, a wish or talk about talks, a relative clause on what goods will do, a joint statement's
documents, parties, next round and dateline, a talk beside a visit, a quoted claim in a fact-check, a region
in an aside on a struck site, a zero told at an occupied place, a verb of force. Fresh sentences, written for
these tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from diplomacy_probes import diplomacy_of, records_of_kind
from probes import AttackProbe, attacks_of, count_value, draft_records, place_names
from summariser import grounding
from summariser.articles import Article
from summariser.backends.base import BackendResult
from summariser.backends.merging import merge_diplomacy
from summariser.grounding import free_text
from summariser.records import DateSpan, DatePrecision, Diplomacy, DiplomacyKind, DiplomacyStatus, Span

_PUBLISHED = "2026-09-08"  # a Tuesday
_DAY = dt.date(2026, 9, 8)
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _of_kind(text: str, kind: DiplomacyKind, published: str = _PUBLISHED) -> list[Diplomacy]:
    return records_of_kind(text, kind, published)


def _draft(text: str, published: dt.date = _DAY, **draft: object):
    return draft_records(text, published, **draft)


# --------------------------------------------------------------------------- LLM path: a whole downed beside a part
@pytest.mark.parametrize("tail", ["every one of the Kalibrs", "all the Kalibrs", "all of the Kalibrs"])
def test_a_whole_class_downed_beside_a_counted_part_is_implied(tail):
    text = ("Russia launched 120 drones and four Kalibr cruise missiles at Ukraine overnight. "
            f"Air defences brought down 97 of the drones and {tail}.")
    got = _draft(text, attacks=[{"kind": "drone_and_missile", "attacker": "Russia", "target_country": "Ukraine",
                                 "places": ["Ukraine"], "when": "overnight",
                                 "weapons": [{"type": "drone", "launched": 120, "intercepted": 97},
                                             {"type": "cruise_missile", "model": "Kalibr", "launched": 4,
                                              "intercepted": 4}],
                                 "evidence": text.split(". ")}])
    missiles = [w for a in got.attacks for w in a.weapons if w.type.value == "cruise_missile"]
    assert [count_value(w.intercepted) for w in missiles] == [4], [r.reason for r in got.rejected]


def test_a_whole_class_hit_beside_a_downed_part_is_no_interception():
    text = ("Russia launched 120 drones and four Kalibr cruise missiles at Ukraine overnight. "
            "Air defences brought down 97 of the drones, and all the Kalibrs hit the port.")
    got = _draft(text, attacks=[{"kind": "drone_and_missile", "attacker": "Russia", "target_country": "Ukraine",
                                 "places": ["Ukraine"], "when": "overnight",
                                 "weapons": [{"type": "cruise_missile", "model": "Kalibr", "launched": 4,
                                              "intercepted": 4}],
                                 "evidence": text.split(". ")}])
    assert [count_value(w.intercepted) for a in got.attacks for w in a.weapons] == [None]


# --------------------------------------------------------------------------- LLM path: aid to "the city"
@pytest.mark.parametrize("sentence, aid", [
    ("Last month the Danish government handed over 18 mobile boilers to the city, the mayor of Kharkiv said.", True),
    ("\"Sweden sent us 30 generators in June,\" the mayor of Kherson said.", True),
    ("The Dutch government gave the region 40 transformers on Friday, Odesa's governor said.", True),
    ("The mayor handed over 18 mobile boilers to the city's hospitals.", False),  # no state gives
    ("Finland allocated EUR 40 million to its own border guard.", False),  # the giver keeps it
])
def test_aid_handed_to_the_speaker_s_place_is_an_event(sentence, aid):
    from summariser.grounding.given_aid import tells_given_aid

    assert tells_given_aid(sentence) is aid


# --------------------------------------------------------------------------- LLM path: two documents, one dateline
def _agreement(start: int, sentence: str, text: str) -> Diplomacy:
    spans = [Span(text=text[:24], start=0, end=24), Span(text=sentence, start=start, end=start + len(sentence))]
    return Diplomacy(kind=DiplomacyKind.agreement, status=DiplomacyStatus.held, participants=["Ukraine", "Latvia"],
                     date=DateSpan(start=dt.date(2026, 9, 3), end=dt.date(2026, 9, 3), text="3 September 2026",
                                   precision=DatePrecision.day), evidence=spans)


def test_two_documents_quoting_one_dateline_stay_two():
    first = "The Parties signed a protocol on cyber defence."
    second = "They also signed a memorandum on rail freight."
    text = f"Riga, 3 September 2026\n\n{first} {second}"
    a = _agreement(text.index(first), first, text)
    b = _agreement(text.index(second), second, text)
    assert len(merge_diplomacy([a, b])) == 2


def test_one_document_quoted_twice_is_merged():
    first = "The Parties signed a protocol on cyber defence."
    text = f"Riga, 3 September 2026\n\n{first} It enters into force in October."
    a = _agreement(text.index(first), first, text)
    assert len(merge_diplomacy([a, a.model_copy()])) == 1


# --------------------------------------------------------------------------- LLM path: a summary's calendar dates
_NIGHT = [dt.date(2026, 9, 2), dt.date(2026, 9, 3)]


@pytest.mark.parametrize("summary", ["Six died on the night of 2-3 September.", "Six died on 3 September.",
                                     "Six died on September 2."])
def test_a_summary_may_write_a_record_s_day_as_a_date(summary):
    text = "Drones launched by Russia struck Sumy on the night into Thursday, killing six people."
    assert free_text.problem(summary, text, _NIGHT) is None


@pytest.mark.parametrize("summary", ["Six died on 4 September.", "Six died on 2 October.", "Two died in Sumy."])
def test_a_summary_s_other_numbers_stay_refused(summary):
    text = "Drones launched by Russia struck Sumy on the night into Thursday, killing six people."
    assert free_text.problem(summary, text, _NIGHT) is not None


def test_enforce_keeps_a_summary_dated_like_its_records():
    text = "Drones launched by Russia struck Sumy on the night into Thursday last week, killing six people."
    result = BackendResult(summary="Drones killed six in Sumy on the night of 2-3 September.")
    out = grounding.enforce(result, Article(text=text, published=_DAY))
    assert [r.field for r in out.rejected] == ["summary"]  # no record dated those days: refused
    rec = attacks_of(text, _PUBLISHED)
    result = BackendResult(summary="Drones killed six in Sumy on the night of 2-3 September.", attacks=rec)
    out = grounding.enforce(result, Article(text=text, published=_DAY))
    assert out.summary == "Drones killed six in Sumy on the night of 2-3 September."


# --------------------------------------------------------------------------- rules: an exchange "in return for"
@pytest.mark.parametrize("text", [
    "On Sunday 64 Ukrainian soldiers crossed back into Ukraine from captivity in return for 64 Russian servicemen.",
    "On Sunday 64 Ukrainian marines were freed in exchange for an equal number of Russian troops.",
    "On Sunday 64 Ukrainian defenders walked free from captivity, Kyiv said.",
])
def test_an_exchange_told_by_a_return_in_return_for_others(text):
    recs = _of_kind(text, DiplomacyKind.prisoner_exchange)
    assert [(r.status, r.date.start if r.date else None) for r in recs] == [(DiplomacyStatus.held, dt.date(2026, 9, 6))]


@pytest.mark.parametrize("text", ["The ministry sold the land in exchange for 40 million dollars on Sunday.",
                                  "He was released on Sunday in exchange for a promise of silence."])
def test_a_trade_of_no_people_is_no_exchange(text):
    assert not _of_kind(text, DiplomacyKind.prisoner_exchange)


# --------------------------------------------------------------------------- rules: a trip in the calendar's present
@pytest.mark.parametrize("text", [
    "On Thursday the Czech foreign minister travels to Kyiv for a meeting with his Ukrainian counterpart.",
    "The Czech foreign minister flies to Kyiv on Thursday for a working meeting with his Ukrainian counterpart.",
])
def test_a_minister_s_trip_for_a_meeting_ahead_is_planned_talks(text):
    recs = diplomacy_of(text, _PUBLISHED, grounded=True)
    assert [(r.kind, r.status, r.date.start if r.date else None) for r in recs] == [
        (DiplomacyKind.talks, DiplomacyStatus.planned, dt.date(2026, 9, 10))]


def test_a_trip_made_for_a_meeting_was_held():
    text = "Last Thursday the Czech foreign minister travelled to Kyiv for a meeting with his Ukrainian counterpart."
    recs = diplomacy_of(text, _PUBLISHED, grounded=True)
    assert [(r.kind, r.status) for r in recs] == [(DiplomacyKind.talks, DiplomacyStatus.held)]


def test_visits_as_a_noun_are_no_present_tense():
    text = "The envoy paid two visits last week, to Kyiv on Monday and Warsaw on Thursday."
    assert all(r.status is DiplomacyStatus.held for r in diplomacy_of(text, _PUBLISHED, grounded=True))


# --------------------------------------------------------------------------- rules: a sum announced on a visit
@pytest.mark.parametrize("text", [
    "Denmark's prime minister visited Kyiv on Monday. She announced DKK 2 billion to rebuild Ukraine's power grid.",
    "The Dutch prime minister toured a substation in Kyiv on Monday with President Volodymyr Zelensky. During the "
    "visit he announced EUR 200 million for Ukraine's air defence.",
    "Sweden's prime minister arrived in Kyiv on Monday. He pledged SEK 3 billion for Ukraine's air defence.",
])
def test_a_sum_announced_by_the_visitor_is_aid_from_the_visitor_s_state(text):
    aid = _of_kind(text, DiplomacyKind.military_aid)
    assert len(aid) == 1 and "Ukraine" in aid[0].participants and len(aid[0].participants) == 2, aid


def test_a_sum_announced_for_no_recipient_is_no_aid():
    text = "The finance ministry announced a $3 billion budget deficit on Monday."
    assert not _of_kind(text, DiplomacyKind.military_aid)


# --------------------------------------------------------------------------- rules: interviews, wishes and talk of talks
@pytest.mark.parametrize("text", [
    "*Odesa's governor spoke to Harbour Radio Weekly by phone on Monday afternoon.*",
    "Kharkiv's mayor talked with the Evening Courier in his office on Monday.",
])
def test_an_interview_with_a_named_outlet_is_no_call(text):
    assert not diplomacy_of(text, _PUBLISHED, grounded=True)


def test_a_call_between_officials_stays():
    text = "The Polish foreign minister spoke to Ukraine's foreign minister on Monday."
    assert [r.kind for r in diplomacy_of(text, _PUBLISHED, grounded=True)] == [DiplomacyKind.phone_call]


@pytest.mark.parametrize("text", ["I want the talks to succeed, the mayor said on Monday.",
                                  "Kyiv wants a summit before winter, an aide said.",
                                  "Many are talking about a fresh round in Geneva.",
                                  "There is speculation of a summit in Vienna."])
def test_a_wish_or_talk_about_talks_is_no_event(text):
    assert not diplomacy_of(text, _PUBLISHED, grounded=True)


def test_talks_held_about_another_round_stay():
    text = "Zelensky and Erdogan held talks in Ankara on Monday about another round in Istanbul."
    assert [(r.kind, r.status) for r in diplomacy_of(text, _PUBLISHED, grounded=True)] == [
        (DiplomacyKind.talks, DiplomacyStatus.held)]


def test_what_goods_will_make_possible_is_no_status_of_their_delivery():
    text = "Last week Sweden delivered 30 boilers to Ukraine, which will let engineers restore heat faster."
    assert [r.status for r in _of_kind(text, DiplomacyKind.military_aid)] == [DiplomacyStatus.held]


# --------------------------------------------------------------------------- rules: a joint statement
_STATEMENT = ("Vilnius, 2 September 2026\n\n"
              "Invited by the Lithuanian head of state, the President of Ukraine made a state visit to Lithuania.\n\n"
              "1. With both presidents watching, the Protocol between the Cabinets of Ukraine and Lithuania "
              "concerning Cyber Security was signed.\n\n"
              "2. The Parties also signed a treaty on joint production of energy storage units.\n\n"
              "3. Ukraine thanked Lithuania for hosting talks with Belarusian opposition figures. The Parties agreed "
              "that a fifth round of those consultations will take place in Vilnius in October 2026.")


def test_a_joint_statement_s_acts_take_its_dateline():
    recs = diplomacy_of(_STATEMENT, "2026-09-02", grounded=True)
    held = sorted((r.kind.value, r.location.name if r.location else None, r.date.start if r.date else None)
                  for r in recs if r.status is DiplomacyStatus.held)
    assert held == [("agreement", "Vilnius", dt.date(2026, 9, 2)), ("agreement", "Vilnius", dt.date(2026, 9, 2)),
                    ("visit", "Vilnius", dt.date(2026, 9, 2))]


def test_a_joint_statement_s_next_round_is_planned():
    recs = [r for r in diplomacy_of(_STATEMENT, "2026-09-02", grounded=True) if r.status is DiplomacyStatus.planned]
    assert [(r.kind, r.date.start if r.date else None) for r in recs] == [(DiplomacyKind.talks, dt.date(2026, 10, 1))]


def test_one_document_told_twice_is_one_agreement():
    text = ("Ukraine and Latvia signed a memorandum on rail freight on Monday. The memorandum on rail freight "
            "was signed by the two transport ministers.")
    assert len(_of_kind(text, DiplomacyKind.agreement)) == 1


def test_a_wire_dateline_places_a_visit_told_with_no_place():
    text = ("VILNIUS - The Ukrainian president landed on a short visit on Monday morning and was received by "
            "the President of Lithuania.")
    visits = _of_kind(text, DiplomacyKind.visit)
    assert [v.location.name if v.location else None for v in visits] == ["Vilnius"]


# --------------------------------------------------------------------------- rules: a talk beside a visit
def test_leaders_speaking_during_a_visit_is_no_call():
    text = "Macron arrived on a short visit to Kyiv on Monday, and the presidents then spoke for an hour at the palace."
    assert [r.kind for r in diplomacy_of(text, _PUBLISHED, grounded=True)] == [DiplomacyKind.visit]


@pytest.mark.parametrize("text", [
    "Macron arrived on a short visit to Kyiv on Monday, and later spoke by phone with Erdogan.",
    "Zelensky spoke this morning with the US secretary of state, and our delegations will meet in Riyadh next week.",
])
def test_a_call_told_by_its_line_or_before_a_meeting_stays(text):
    assert DiplomacyKind.phone_call in [r.kind for r in diplomacy_of(text, _PUBLISHED, grounded=True)]


# --------------------------------------------------------------------------- rules: attacks
def test_a_refuted_claim_quoted_from_its_posts_is_no_strike():
    text = ("**Claim:** A Russian missile destroyed a school in Poltava on Monday, killing 30 children.\n\n"
            "**Verdict: False.** Officials report no deaths.\n\n"
            "**What is being shared**\n\n"
            "\"Poltava today. 30 children dead,\" reads the caption under the video.")
    assert not [a for a in attacks_of(text, _PUBLISHED, grounded=True) if count_value(a.killed) == 30]


def test_a_quoted_post_outside_a_fact_check_keeps_its_strike():
    text = "\"Drones hit Poltava tonight, two people were injured,\" reads the governor's post."
    assert place_names(attacks_of(text, _PUBLISHED)) == {"Poltava"}


def test_a_region_named_in_an_aside_on_a_struck_site_is_the_same_strike():
    text = ("Russian drones struck a grain terminal in Izmail late on Sunday, injuring two workers. Work at the "
            "depot, among the busiest in the Odesa region, stopped until engineers checked it.")
    assert place_names(attacks_of(text, _PUBLISHED)) == {"Izmail"}


def test_elsewhere_in_the_region_is_another_strike():
    text = ("Russian drones struck a grain terminal in Izmail late on Sunday, injuring two workers. Elsewhere in the "
            "Odesa region, debris damaged houses.")
    assert "Odesa Oblast" in place_names(attacks_of(text, _PUBLISHED))


def test_a_zero_told_at_an_occupied_place_joins_its_strike():
    text = ("In Sevastopol, the Russian-installed governor said a Ukrainian attack with sea drones was repelled this "
            "morning. \"Five boats were destroyed. Nobody was injured,\" he said, urging Sevastopol residents to "
            "stay indoors.")
    got = attacks_of(text, _PUBLISHED)
    assert [(a.attacker, count_value(a.injured)) for a in got] == [("Ukraine", 0)]


@pytest.mark.parametrize("verb", ["tore through", "ripped into", "ploughed into"])
def test_a_weapon_s_force_verb_tells_a_strike(verb):
    text = f"On Monday a Russian missile {verb} a school in Sumy."
    assert place_names(attacks_of(text, _PUBLISHED)) == {"Sumy"}


def test_a_force_verb_of_no_weapon_is_no_strike():
    assert not attacks_of("The new law tore through parliament on Monday.", _PUBLISHED)


def test_the_capital_s_toll_is_the_capital_s_strike():
    text = ("Russian drones hit Izmail late on Sunday, injuring three workers. The capital's toll from the attack "
            "on the night of 2-3 September climbed to nine, Kyiv's military administration said.")
    assert "Kyiv" in place_names(attacks_of(text, _PUBLISHED))


# --------------------------------------------------------------------------- source hygiene
def test_no_source_file_holds_a_control_character():
    """A regex written in a non-raw string turns "\\b" into a backspace, a pattern that silently never
    matches (two had slipped in); source and data files hold printable text only."""
    root = Path(__file__).resolve().parents[1] / "summariser"
    bad = [str(p.relative_to(root)) for p in sorted(root.rglob("*")) if p.suffix in (".py", ".yaml")
           and re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", p.read_text(encoding="utf-8"))]
    assert bad == []
