"""Round 36 (6 December 2026). The LLM path: sanctions told by the listing verb and what it lists. The rules:
a list item is a unit of its own for a nil, "every one of" a class downed (in its sentence or the one after a
launch), a fronted "of the <weapons>," after a semicolon, an ellipsis that repeats the downing verb, a past
strike told by a verb of impact, thanks for hosting talks, a document's own date line, a day inside the
clause "told X that", backing for negotiations, a clause with a long subject of its own, two sides' working
groups, a facility named after a small town and a region after it, a first-person post or statement, a
numbered item's place and day, capitalised factbox labels, soldiers exchanged in the passive, an aside inside
a weapons list, an anaphor of another kind, an agenda, and a governor's tally over one district of the town
struck. Fresh sentences, written for these tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomacy_probes import diplomacy_of, records_of_kind
from probes import AttackProbe, count_value, draft_records, place_names
from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import DiplomacyKind, DiplomacyStatus

_PUBLISHED = "2026-11-10"  # a Tuesday
_DAY = dt.date(2026, 11, 10)
_attacks = AttackProbe(_PUBLISHED, grounded=True)
_HANSARD = "House of Commons, Official Report (synthetic)"


def _weapons(text: str) -> dict[str, tuple[int | None, int | None]]:
    (attack,) = _attacks(text)
    return {(w.model or w.type.value): (count_value(w.launched), count_value(w.intercepted)) for w in attack.weapons}


def _diplomacy(text: str, source: str | None = None, published: str = _PUBLISHED):
    article = make_article(text, published=published, **({"source": source} if source else {}))
    return grounding.enforce(RulesBackend(None).extract(article), article).diplomacy


# --------------------------------------------------------------------------- LLM path: a listing verb is sanctions
@pytest.mark.parametrize("sentence", [
    "On Monday the Treasury designated 31 further vessels of the shadow fleet and two insurers in Dubai.",
    "On Monday Canada blacklisted four more Chinese suppliers of drone engines.",
])
def test_sanctions_told_by_the_listing_verb_are_an_event(sentence):
    got = draft_records(sentence, _DAY, diplomacy=[{"kind": "sanctions", "participants": ["Canada", "Russia"],
                                                    "when": "On Monday", "status": "held", "evidence": [sentence]}])
    assert [d.kind for d in got.diplomacy] == [DiplomacyKind.sanctions], [r.reason for r in got.rejected]


def test_a_designated_area_is_no_sanctions():
    sentence = "On Monday the city designated four new shelters in the metro."
    got = draft_records(sentence, _DAY, diplomacy=[{"kind": "sanctions", "participants": ["Ukraine"],
                                                    "when": "On Monday", "status": "held", "evidence": [sentence]}])
    assert not got.diplomacy


# --------------------------------------------------------------------------- rules: a list item is its own unit
def test_a_nil_in_a_bullet_is_not_undone_by_the_next_bullet():
    text = ("- Overnight, a drone hit a pumping station outside Chernihiv. Nobody was killed or hurt, officials said.\n"
            "- In the afternoon the remains of 500 fallen soldiers were returned to Ukraine.\n")
    attack = _attacks.one(text)
    assert (count_value(attack.killed), count_value(attack.injured)) == (0, 0)


def test_a_toll_in_the_same_bullet_still_stands():
    text = "- Overnight, a drone hit a pumping station outside Chernihiv. Two workers were killed.\n"
    assert count_value(_attacks.one(text).killed) == 2


# --------------------------------------------------------------------------- rules: a whole class downed
@pytest.mark.parametrize("second", [
    "Gunners shot down 71 drones and every one of the Kalibrs.",
    "Every single one of the Kalibrs was shot down, as were 71 of the drones.",
])
def test_a_class_downed_whole_a_sentence_after_its_launch(second):
    text = f"Russia sent 90 drones and five Kalibr cruise missiles against Mykolaiv overnight. {second}"
    assert _weapons(text) == {"drone": (90, 71), "Kalibr": (5, 5)}


def test_every_one_of_a_class_is_no_count_of_one():
    text = ("Russia sent 90 drones, three Kinzhal missiles and five Kalibr cruise missiles against Mykolaiv overnight. "
            "Gunners destroyed every one of the Kalibrs.")
    got = _weapons(text)
    assert got["Kalibr"] == (5, 5) and got["Kinzhal"] == (3, None)


def test_a_family_named_by_its_short_name():
    text = ("Russia sent 40 drones and four Iskander-M missiles against Poltava overnight; "
            "air defence downed all of the Iskanders.")
    assert _weapons(text)["Iskander-M"] == (4, 4)


def test_missiles_of_two_kinds_named_together_stay_unread():
    text = ("Russia sent 40 drones, two Kalibr and three Kinzhal missiles against Poltava overnight. "
            "Every one of the missiles was downed.")
    got = _weapons(text)
    assert got["Kalibr"][1] is None and got["Kinzhal"][1] is None


@pytest.mark.parametrize("clause", ["of the Kinzhals, three out of four were intercepted",
                                    "of the Kinzhals, three were shot down"])
def test_a_fronted_partitive_after_a_semicolon(clause):
    text = (f"Russia sent 90 drones and four Kinzhal missiles against Mykolaiv overnight. "
            f"Gunners destroyed 71 of the drones; {clause}.")
    assert _weapons(text) == {"drone": (90, 71), "Kinzhal": (4, 3)}


def test_an_ellipsis_of_another_verb_is_no_interception():
    text = ("Russia sent 90 drones against Mykolaiv overnight. Most of them were aimed at the port, "
            "as were 12 of the drones launched on Sunday.")
    assert _weapons(text)["drone"][1] is None


# --------------------------------------------------------------------------- rules: a past strike by a verb of impact
@pytest.mark.parametrize("verb", ["smashed into", "tore through", "ripped into"])
def test_a_past_strike_told_by_a_verb_of_impact(verb):
    text = f"The photograph was taken in May 2024, after a Russian missile {verb} a shopping centre in Kharkiv."
    attack = _attacks.one(text)
    assert place_names([attack]) == {"Kharkiv"} and attack.date is not None and attack.date.start == dt.date(2024, 5, 1)


def test_a_past_month_of_plural_targets_is_no_strike():
    text = "In May 2024 Russian missiles tore through shopping centres across Kharkiv."
    assert not _attacks(text)


# --------------------------------------------------------------------------- rules: thanks for hosting
@pytest.mark.parametrize("text", [
    "Kyiv thanked Saudi Arabia for its role in hosting the talks between the warring sides in Jeddah.",
    "The minister was grateful to Qatar for arranging negotiations between Ukraine and Russia in Doha.",
])
def test_thanks_for_hosting_talks_is_no_event(text):
    assert not records_of_kind(text, DiplomacyKind.talks, _PUBLISHED)


def test_thanks_to_the_host_of_talks_told_in_their_own_clause_keeps_them():
    text = "Kyiv thanked Saudi Arabia, which hosted talks between Ukraine and Russia in Jeddah on Monday."
    assert [r.status for r in records_of_kind(text, DiplomacyKind.talks, _PUBLISHED)] == [DiplomacyStatus.held]


# --------------------------------------------------------------------------- rules: a document's date line
def test_a_document_s_own_date_line_heads_no_section():
    text = ("PRESS RELEASE 112/26\n\n10 November 2026\n\n"
            "Drones and missiles struck Zhytomyr during the night of 7 to 8 November, the agency's envoy told reporters. "
            "Officials later counted five dead and 17 injured.\n")
    attack = _attacks.one(text)
    assert (count_value(attack.killed), count_value(attack.injured)) == (5, 17)
    assert attack.date is not None and attack.date.start == dt.date(2026, 11, 7)


def test_a_timeline_s_day_heads_still_date_their_lines():
    text = "**9 November**\n\nDrones struck Zhytomyr, the governor said.\n\n**10 November**\n\nShelling hit Nikopol.\n"
    got = {a.locations[0].name: a.date.start for a in _attacks(text) if a.date}
    assert got == {"Zhytomyr": dt.date(2026, 11, 9), "Nikopol": dt.date(2026, 11, 10)}


# --------------------------------------------------------------------------- rules: "told X that on <day>"
def test_a_day_inside_the_reported_clause_is_the_strike_s():
    text = ("In the early hours of Monday, Russian drones went after the river port of Izmail; two sailors were hurt.\n\n"
            "The envoy told the assembly that on Sunday a drone had struck a minibus near Shebekino, killing three.")
    got = {a.locations[0].name: a.date.start for a in _attacks(text) if a.date}
    assert got == {"Izmail": dt.date(2026, 11, 9), "Shebekino": dt.date(2026, 11, 8)}


# --------------------------------------------------------------------------- rules: stances on talks
@pytest.mark.parametrize("text", [
    "Berlin still supports direct negotiations between Kyiv and Moscow, the German envoy said.",
    "Norway strongly backs dialogue between Kyiv and Moscow, its minister said on Monday.",
])
def test_backing_for_negotiations_is_a_stance(text):
    assert not diplomacy_of(text, _PUBLISHED, grounded=True)


def test_backing_for_measures_is_no_stance_on_talks():
    text = "Ottawa backed fresh sanctions on Moscow on Monday."
    assert [r.kind for r in diplomacy_of(text, _PUBLISHED, grounded=True)] == [DiplomacyKind.sanctions]


def test_talks_held_with_a_backer_stay():
    text = "Norway hosted direct talks between Ukraine and Russia in Oslo on Monday."
    assert [r.kind for r in diplomacy_of(text, _PUBLISHED, grounded=True)] == [DiplomacyKind.talks]


# --------------------------------------------------------------------------- rules: two events in one sentence
def test_a_second_clause_with_a_long_subject_keeps_its_own_status_and_event():
    text = ("Erdogan had raised the detainees with Putin by telephone on Saturday, an aide said, and the Russian "
            "and Ukrainian ombudsmen's working groups would gather in Istanbul on Thursday, 12 November.")
    got = {(r.kind, r.status) for r in diplomacy_of(text, _PUBLISHED, grounded=True)}
    assert got == {(DiplomacyKind.phone_call, DiplomacyStatus.held), (DiplomacyKind.talks, DiplomacyStatus.planned)}


def test_two_sides_working_groups_meeting_are_talks_between_them():
    text = "The Russian and Ukrainian humanitarian working groups are to meet in Geneva next week."
    (rec,) = diplomacy_of(text, _PUBLISHED, grounded=True)
    assert rec.kind is DiplomacyKind.talks and {"Russia", "Ukraine"} <= set(rec.participants)


# --------------------------------------------------------------------------- rules: a facility and its town
@pytest.mark.parametrize("text", [
    "Ukrainian drones struck the Morozovsk air base overnight, the Rostov governor said.",
    "Ukrainian drones set fire to fuel tanks at the Millerovo air base, in Russia's Rostov region, overnight.",
    "Ukrainian drones hit the Engels air base overnight.",
])
def test_a_facility_named_after_its_town_places_the_strike_there(text):
    assert place_names(_attacks(text)) <= {"Morozovsk", "Millerovo", "Engels"} and _attacks(text)


def test_a_region_s_tally_over_the_district_of_the_town_struck_is_the_town_s():
    text = ("Ukrainian drones struck the Morozovsk air base overnight. The Rostov governor reported 14 drones "
            "destroyed above his region, nine of those above the Morozovsk district; no one was hurt, he added.")
    (attack,) = _attacks(text)
    assert place_names([attack]) == {"Morozovsk"} and count_value(attack.injured) == 0


# --------------------------------------------------------------------------- rules: the first person
@pytest.mark.parametrize("source, sides", [("Andrii Sybiha, post on X (synthetic)", ["Lithuania", "Ukraine"]),
                                           ("The Baltic Ledger (synthetic)", ["Lithuania"])])
def test_a_minister_s_post_in_the_first_person_speaks_for_the_minister_s_state(source, sides):
    text = "Today in Vilnius I held talks with my Lithuanian counterpart. Ukraine needs more air defence before winter."
    recs = _diplomacy(text, source=source)
    assert [(r.kind, sorted(r.participants)) for r in recs] == [(DiplomacyKind.talks, sides)]


def test_praise_after_an_exchange_is_no_side_of_it():
    text = ("On Friday 90 Ukrainian marines and 90 Russian soldiers were exchanged; Qatar mediated that swap, "
            "and I am grateful to our Qatari friends.")
    (rec,) = [r for r in _diplomacy(text, source=_HANSARD) if r.kind is DiplomacyKind.prisoner_exchange]
    assert "Qatar" in rec.participants and "United Kingdom" not in rec.participants


@pytest.mark.parametrize("source, sides", [(_HANSARD, ["Russia", "United Kingdom"]),
                                           ("The Harbour Gazette (synthetic)", ["Russia"])])
def test_a_parliament_s_record_of_a_government_act_speaks_for_its_state(source, sides):
    text = ("Earlier today the Government designated 31 more vessels belonging to Russia's oil trade. "
            "They may no longer call at British ports.")
    assert [sorted(r.participants) for r in _diplomacy(text, source=source)] == [sides]


# --------------------------------------------------------------------------- rules: numbered items and labels
def test_a_numbered_item_s_place_and_day_date_its_clock_time():
    text = ("3.1 Mykolaiv, 4 November. At about 22:40 local time a Russian missile hit a warehouse at the port.\n\n"
            "3.2 Ochakiv, night of 6/7 November. Debris of a downed Russian drone fell on a fishing boat.\n")
    got = {a.locations[0].name: (a.date.start, a.date.end) for a in _attacks(text) if a.date}
    assert got == {"Mykolaiv": (dt.date(2026, 11, 4), dt.date(2026, 11, 4)),
                   "Ochakiv": (dt.date(2026, 11, 6), dt.date(2026, 11, 7))}


def test_a_factbox_label_in_capitals_is_no_place():
    text = ("* TOLL: A drone hit a school in Sumy, killing a guard.\n"
            "* NORTH: The same night a missile damaged a substation in the Chernihiv region.\n")
    assert "NORTH" not in place_names(_attacks(text)) and "TOLL" not in place_names(_attacks(text))


def test_a_weapons_list_with_an_aside_of_origin():
    text = "Russia fired 60 drones at Dnipro, 3 Kalibr missiles and, from occupied Crimea, two Kinzhal missiles."
    got = _weapons(text)
    assert got["Kinzhal"] == (2, None) and got["Kalibr"] == (3, None)


# --------------------------------------------------------------------------- rules: exchanges
def test_soldiers_exchanged_in_the_passive_are_an_exchange():
    text = "On Friday, 90 Ukrainian soldiers and 90 Russian servicemen were exchanged at the Belarusian border."
    recs = records_of_kind(text, DiplomacyKind.prisoner_exchange, _PUBLISHED)
    assert [r.date.start for r in recs if r.date] == [dt.date(2026, 11, 6)]


def test_soldiers_wounded_in_the_passive_are_no_exchange():
    text = "On Friday, four soldiers were wounded when their trench was shelled."
    assert not records_of_kind(text, DiplomacyKind.prisoner_exchange, _PUBLISHED)


def test_an_anaphor_of_another_kind_than_the_event_before():
    text = ("Today we are committing 80 million pounds to Ukraine's gas storage. "
            "On Friday 90 Ukrainian marines and 90 Russian soldiers were exchanged; Qatar brokered that swap.")
    recs = _diplomacy(text, source=_HANSARD)
    assert {r.kind for r in recs} == {DiplomacyKind.military_aid, DiplomacyKind.prisoner_exchange}


def test_an_agenda_names_no_event():
    text = ("The minister flies to Riga tomorrow for talks with his Latvian counterpart. "
            "On the agenda: drone production and the next prisoner swap.")
    assert [r.kind for r in diplomacy_of(text, _PUBLISHED, grounded=True)] == [DiplomacyKind.talks]



def test_the_next_session_of_a_council_is_never_held():
    text = ("Vilnius, 9 November 2026\n\nThe President of Lithuania received the President of Ukraine on an official "
            "visit on 9 November 2026.\n\nThe Presidents asked their foreign ministers to get the next session of the "
            "Joint Council ready.\n")
    recs = diplomacy_of(text, _PUBLISHED, grounded=True)
    assert [r.kind for r in recs] == [DiplomacyKind.visit]
