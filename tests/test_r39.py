"""Round 39 (6 December 2026, midday). The LLM path: a visit told by its host ("welcomed the minister of X in
Kyiv"), an aid convoy, "that same day", a count whose verb follows a part of it ("two people, one of them a
medic, were killed"), a list item opened by "all", a nil of a school's or a hospital's people. The rules: a
week-ahead diary (capital day heads, a bare weekday under a dated one, a weekday with its date read in the year
it fits, a city heading the line, a day still to come planned), a day anaphor read before grouping, a region's
tally in the next paragraph and the strike's nil, a firm named after its home town, "reported this morning",
an exchange with no side, an act told by the day it was taken ("Norway's sanctions of 3 March"), aid of any
cargo given to Ukraine, a state's mission abroad as the publisher. Fresh sentences,
written for these tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, count_value, draft_records, place_names
from summariser import grounding
from summariser.articles import make_article
from summariser.articles.day_stamps import day_stamp
from summariser.backends.rules import RulesBackend
from summariser.backends.rules.diplomacy_readout import readout_state
from summariser.dates import find_date
from summariser.grounding.journeys import arrival_visit
from summariser.grounding.told_zeros import told_zero
from summariser.records import DiplomacyKind, DiplomacyStatus, Qualifier, Span

_DAY = dt.date(2026, 3, 8)  # a Sunday
_PUBLISHED = _DAY.isoformat()
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _diplomacy(text: str, published: str = _PUBLISHED, **meta: str):
    article = make_article(text, published=published, **meta)
    return grounding.enforce(RulesBackend(None).extract(article), article).diplomacy


# --------------------------------------------------------------------------- LLM path: a visit told by its host
@pytest.mark.parametrize(("sentence", "visit"), [
    ("On Thursday the President welcomed the Prime Minister of Portugal in Kyiv.", True),
    ("The foreign minister greeted her Estonian counterpart in Odesa on Friday.", True),
    ("Zelensky received the Danish defence minister at Mariinskyi Palace on Friday.", True),
    ("On Thursday the ministers welcomed the decision in Brussels.", False),
    ("The city welcomed 300 evacuees in Lviv on Friday.", False),
])
def test_a_visit_told_by_its_host_describes_a_visit(sentence: str, visit: bool) -> None:
    assert arrival_visit(sentence) is visit


def test_the_llm_path_keeps_a_visit_its_host_tells() -> None:
    text = "The war goes on. On Thursday we welcomed the Prime Minister of Portugal in Kyiv."
    got = draft_records(text, _DAY, diplomacy=[{"kind": "visit", "status": "held",
                                                "participants": ["Portugal", "Ukraine"], "place": "Kyiv",
                                                "when": "On Thursday", "evidence": [text.split(". ")[1]]}])
    assert [d.kind for d in got.diplomacy] == [DiplomacyKind.visit], [r.reason for r in got.rejected]


# --------------------------------------------------------------------------- LLM path: an aid convoy
def test_an_aid_convoy_is_an_event() -> None:
    text = "The charity's sixth convoy reached Sumy on Friday with 30 generators and 900 blankets."
    got = draft_records(text, _DAY, diplomacy=[{"kind": "military_aid", "status": "held",
                                                "participants": ["Ukraine"], "when": "on Friday",
                                                "evidence": [text]}])
    assert len(got.diplomacy) == 1, [r.reason for r in got.rejected]


# --------------------------------------------------------------------------- LLM path: "that same day"
@pytest.mark.parametrize("when", ["Later that same day", "That same evening", "Earlier that same day"])
def test_that_same_day_is_the_day_told_before(when: str) -> None:
    text = (f"On 3 March, drones hit Kharkiv's power station. {when}, a Russian guided bomb struck a market in "
            "Kupiansk, killing two people.")
    got = draft_records(text, _DAY, attacks=[{"kind": "glide_bomb", "attacker": "Russia", "target_country": "Ukraine",
                                              "places": ["Kupiansk"], "when": when, "killed": 2,
                                              "weapons": [{"type": "glide_bomb"}],
                                              "evidence": [text.split(". ")[1]]}])
    (attack,) = got.attacks
    assert attack.date is not None and attack.date.start == attack.date.end == dt.date(2026, 3, 3)


# --------------------------------------------------------------------------- LLM path: a count, a part, its verb
@pytest.mark.parametrize("sentence", [
    "At least three people, one of them a paramedic, were killed and 9 were injured in Sumy on Friday, the mayor said.",
    "At least three people, one of them a firefighter, died and 9 were hurt in Sumy on Friday, the mayor said.",
    "At least three people, two of them paramedics, were killed and 9 were injured in Sumy on Friday, the mayor said.",
])
def test_a_toll_whose_verb_follows_a_part_of_it_keeps_its_qualifier(sentence: str) -> None:
    got = draft_records(sentence, _DAY, attacks=[{"kind": "other", "attacker": "Russia", "target_country": "Ukraine",
                                                  "places": ["Sumy"], "when": "on Friday", "killed": 3, "injured": 9,
                                                  "evidence": [sentence]}])
    (attack,) = got.attacks
    assert attack.killed is not None and (attack.killed.value, attack.killed.qualifier) == (3, Qualifier.at_least)


# --------------------------------------------------------------------------- LLM path: "and all seven"
@pytest.mark.parametrize("tail", ["and all 7 cruise missiles", "and all seven cruise missiles"])
def test_a_list_item_opened_by_all_takes_the_lists_downing(tail: str) -> None:
    text = ("Russia launched 90 drones, six Iskander-M ballistic missiles and 7 Kh-101 cruise missiles at Ukraine "
            "overnight, the air force said, adding that its crews destroyed 70 of the drones, three of the ballistic "
            f"missiles {tail}.")
    got = draft_records(text, _DAY, attacks=[{"kind": "drone_and_missile", "attacker": "Russia",
                                              "target_country": "Ukraine", "places": ["Ukraine"], "when": "overnight",
                                              "weapons": [{"type": "drone", "launched": 90, "intercepted": 70},
                                                          {"type": "ballistic_missile", "launched": 6, "intercepted": 3},
                                                          {"type": "cruise_missile", "launched": 7, "intercepted": 7}],
                                              "evidence": [text]}])
    cruise = [w for a in got.attacks for w in a.weapons if w.type.value == "cruise_missile"]
    assert [count_value(w.intercepted) for w in cruise] == [7], [r.reason for r in got.rejected]


# --------------------------------------------------------------------------- both paths: a school's people
@pytest.mark.parametrize(("text", "nil"), [
    ("No pupils or teachers were hurt.", True),
    ("No patients or staff were injured, the hospital said.", True),
    ("None of the hotel's guests was injured.", True),
    ("No soldiers or pensioners were injured.", False),  # a part of those a strike could hurt
])
def test_a_nil_of_a_schools_or_a_hospitals_people_is_the_strikes_zero(text: str, nil: bool) -> None:
    zero = told_zero("injured", text, [Span(text=text, start=0, end=len(text))])
    assert (zero is not None and zero.value == 0) is nil


def test_the_rules_keep_a_strikes_nil_when_the_next_paragraph_lends_its_tally() -> None:
    text = ("Overnight, a Russian drone damaged School No. 3 in Fastiv. The blast shattered the windows of the gym "
            "and the canteen. The building was empty. No pupils or teachers were hurt.\n\n"
            "The regional administration said 27 drones had been shot down over Kyiv Oblast that night.")
    attack = _attacks.one(text)
    assert count_value(attack.injured) == 0


# --------------------------------------------------------------------------- rules: a week-ahead diary
_DIARY = ("Programme for the coming days, issued Sunday 8 March 2026\n\n"
          "MONDAY 9 MARCH\n"
          "Vilnius. The Minister flies to the Lithuanian capital for talks with his Lithuanian counterpart.\n\n"
          "TUESDAY\n"
          "Kyiv. Official visit of Finland's foreign minister, with a wreath-laying at noon.\n\n"
          "WEDNESDAY 11 MARCH\n"
          "Geneva. Ukrainian and Russian negotiators resume their talks, hosted by Switzerland.\n\n"
          "THURSDAY\n"
          "Brussels. The Minister attends the NATO-Ukraine Council, which meets on air defence.\n")


def test_a_diarys_days_are_still_to_come_and_its_lines_are_placed_by_their_heads() -> None:
    got = {(d.kind, d.date.start if d.date else None, d.location.name if d.location else None, d.status)
           for d in _diplomacy(_DIARY, source="Foreign Ministry of Ukraine, weekly programme")}
    planned = DiplomacyStatus.planned
    assert got == {(DiplomacyKind.talks, dt.date(2026, 3, 9), "Vilnius", planned),
                   (DiplomacyKind.visit, dt.date(2026, 3, 10), "Kyiv", planned),
                   (DiplomacyKind.talks, dt.date(2026, 3, 11), "Geneva", planned),
                   (DiplomacyKind.meeting, dt.date(2026, 3, 12), "Brussels", planned)}


@pytest.mark.parametrize(("words", "day"), [
    ("Monday 9 March", dt.date(2026, 3, 9)),
    ("on Monday, March 9", dt.date(2026, 3, 9)),
    ("MONDAY 9 MARCH", dt.date(2026, 3, 9)),
    ("on 9 March", dt.date(2025, 3, 9)),  # no weekday: the latest by publication
    ("Sunday 9 March", dt.date(2025, 3, 9)),  # the weekday of last year's
])
def test_a_date_with_its_weekday_is_read_in_the_year_it_fits(words: str, day: dt.date) -> None:
    found = find_date(words, published=_DAY)
    assert found is not None and found.start == day


@pytest.mark.parametrize(("line", "stamped"), [
    ("WEDNESDAY 11 MARCH", True), ("11 MARCH:", True), ("Mar 11 - drones", True), ("Mug 11: cake", False),
])
def test_a_capital_day_head_is_a_day_stamp(line: str, stamped: bool) -> None:
    assert (day_stamp(line) is not None) is stamped


def test_a_digest_of_past_weekdays_keeps_them_past() -> None:
    text = ("FRIDAY\nKyiv. Zelensky held talks with the Prime Minister of Belgium.\n\n"
            "THURSDAY\nWarsaw. The Foreign Minister held talks with his Polish counterpart.\n")
    got = {d.date.start for d in _diplomacy(text) if d.date}
    assert got == {dt.date(2026, 3, 6), dt.date(2026, 3, 5)}


# --------------------------------------------------------------------------- rules: "that afternoon" before grouping
def test_that_afternoon_dates_its_strike_before_an_older_one_of_the_town_is_told() -> None:
    text = ("Ihor Melnyk, who has died aged 38, worked as a paramedic in Kramatorsk for twelve years. He was killed on "
            "Tuesday 3 March. That afternoon a Russian guided bomb tore into a depot in the city's eastern district. "
            "Two people died there and nine were injured.\n\n"
            "His colleagues recall his work after a missile strike on Kramatorsk on 12 February killed four people and "
            "injured 15.")
    days = sorted((a.date.start, count_value(a.killed)) for a in _attacks(text) if a.date and a.date.start)
    assert days == [(dt.date(2026, 2, 12), 4), (dt.date(2026, 3, 3), 2)]


# --------------------------------------------------------------------------- rules: a firm named after its town
@pytest.mark.parametrize("firm", ["Kharkiv Heat Holding JSC", "Odesa Grid Services S.A.", "Poltava Power PLC"])
def test_a_firm_named_after_its_town_names_no_place_hit(firm: str) -> None:
    text = f"{firm} said its plant in Izium was struck by Russian drones overnight."
    assert place_names(_attacks(text)) == {"Izium"}


# --------------------------------------------------------------------------- rules: "reported this morning"
def test_a_report_this_morning_leaves_the_night_to_the_tally() -> None:
    text = ("Moscow's defence ministry announced this morning that air defences downed 52 Ukrainian drones overnight "
            "over six Russian regions.")
    attack = _attacks.one(text)
    assert attack.date is not None and (attack.date.start, attack.date.end) == (_DAY - dt.timedelta(days=1), _DAY)


# --------------------------------------------------------------------------- rules: an exchange with no side
def test_an_exchange_nobody_takes_part_in_is_no_record() -> None:
    text = ("Review: a strategy game. Players may host a summit, slap on sanctions or trade captives via a "
            "go-between, and the computer agrees to almost everything.")
    assert _diplomacy(text) == []


# --------------------------------------------------------------------------- rules: an act told by its day, aid of any cargo
@pytest.mark.parametrize(("sentence", "kind", "giver"), [
    ("Norway's sanctions of 3 March on 40 shadow-fleet tankers show what firm action looks like.",
     DiplomacyKind.sanctions, "Norway"),
    ("Denmark's decision of 2 March to provide 60 million euros for Ukraine's power grid will keep hospitals lit.",
     DiplomacyKind.military_aid, "Denmark"),
    ("The boilers were paid for from Finland's emergency grant of 4 March.", DiplomacyKind.military_aid, "Finland"),
    ("Norway announced new aid for Ukraine on 3 March.", DiplomacyKind.military_aid, "Norway"),
    ("Sweden allocated further assistance to Ukraine on 2 March.", DiplomacyKind.military_aid, "Sweden"),
    ("The generators were bought with the reconstruction grant that Austria announced on 3 March.",
     DiplomacyKind.military_aid, "Austria"),
])
def test_an_act_told_by_its_day_or_aid_of_any_cargo_is_held(sentence: str, kind: DiplomacyKind, giver: str) -> None:
    (record,) = _diplomacy(sentence)
    assert (record.kind, record.status, giver in record.participants) == (kind, DiplomacyStatus.held, True)
    assert record.date is not None and record.date.start is not None and record.date.start.month == 3


@pytest.mark.parametrize("sentence", [
    "Medics provided first aid to Ukrainian soldiers on 3 March.",
    "The charity sent aid workers to Kharkiv on Monday.",
    "Norway's position on sanctions has not changed since March.",
])
def test_first_aid_aid_workers_and_a_stance_are_no_aid_or_sanctions(sentence: str) -> None:
    assert _diplomacy(sentence) == []


# --------------------------------------------------------------------------- rules: a mission's "our"
@pytest.mark.parametrize(("source", "state"), [
    ("Embassy of Latvia in Vienna, press release", "Latvia"),
    ("Permanent Representation of Estonia to the EU, statement", "Estonia"),
    ("Consulate General of Poland in Lviv, notice", "Poland"),
    ("The Baltic Times, news", None),
])
def test_a_states_mission_abroad_speaks_for_it(source: str, state: str | None) -> None:
    assert readout_state(source, _DAY) == state


# --------------------------------------------------------------------------- rules: regions named after their count
@pytest.mark.parametrize("sentence", [
    "Air defences downed 52 Ukrainian drones overnight over six regions of Russia, the Bryansk Region among them, "
    "the defence ministry in Moscow said.",
    "Russian air defences destroyed 52 Ukrainian drones overnight across five regions, Bryansk and Kursk included, "
    "Moscow said.",
])
def test_regions_named_after_their_count_are_examples_of_the_countrys_tally(sentence: str) -> None:
    assert place_names(_attacks(sentence)) == {"Russia"}
