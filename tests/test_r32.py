"""Round 32 (5 December 2026): a person inside a listed toll, a list that runs past its speaker, an air
force's tally told with the participle of its downing, and a day told from another across a paragraph (the
LLM path); match reports that borrow war's verbs, a ministry's night told beside its airports, a region's
share beside its governor's nil, an apposition with its age, a relative clause's own time, villages told as
the subject of the fire they came under, ministers at the door of a meeting, a plural demonym that brokered,
a package under a bold heading and the later gathering a meeting prepares (the rules). Fresh sentences,
written for these tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomacy_probes import diplomacy_of
from probes import AttackProbe, count_value, draft_records, place_names
from summariser.records import DiplomacyKind, DiplomacyStatus, WeaponType

_PUBLISHED = "2026-06-10"  # a Wednesday
_DAY = dt.date(2026, 6, 10)
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _diplomacy(text: str, published: str = _PUBLISHED):
    """(kind, sorted participants, location name, status) of each grounded diplomacy record."""
    return [(d.kind, sorted(d.participants), d.location.name if d.location else None, d.status)
            for d in diplomacy_of(text, published, grounded=True)]


def _draft_attack(text: str, **fields):
    """The LLM path's one attack record drafted with `fields`, the whole text as its evidence."""
    record = {"attacker": "Russia", "target_country": "Ukraine", "kind": "shelling_artillery", "evidence": [text], **fields}
    return draft_records(text, _DAY, attacks=[record])


# --------------------------------------------------------------------------- the LLM path
@pytest.mark.parametrize("text", [
    "Artillery hit a street in Nikopol on Monday, killing a pensioner and wounding a man of 35 and his 10-year-old son.",
    "Rockets fell on Kupiansk on Monday, killing a courier and injuring a woman, 44, and her 9-year-old niece.",
])
def test_a_child_inside_a_listed_toll_is_counted_with_the_list(text):
    got = _draft_attack(text, places=[text.split(" on ")[0].split()[-1]], when="on Monday",
                        killed=1, injured=2, children_injured=1)
    assert [count_value(a.children_injured) for a in got.attacks] == [1]
    assert not [r for r in got.rejected if "children" in r.field]


def test_an_adult_kin_inside_a_listed_toll_is_no_child():
    text = "Artillery hit a street in Nikopol on Monday, killing a pensioner and wounding a man of 35 and his 40-year-old brother."
    got = _draft_attack(text, places=["Nikopol"], when="on Monday", killed=1, injured=2, children_injured=1)
    assert [r for r in got.rejected if "children_injured" in r.field]


def test_grandchildren_in_a_list_count_as_people_but_not_as_children():
    text = "Shells struck a house in Marhanets on Monday, killing an old man and wounding his wife and their two grandchildren."
    got = _draft_attack(text, places=["Marhanets"], when="on Monday", killed=1, injured=3, children_injured=2)
    assert [count_value(a.injured) for a in got.attacks] == [3]
    assert [r.field for r in got.rejected if "injured" in r.field] == ["attacks[0].children_injured"]  # no age told


@pytest.mark.parametrize("text", [
    "Russia fired 80 drones overnight, the air force said, and three cruise missiles.",
    "Russia sent 120 Shaheds at the country overnight, according to the air force, and four Kalibr cruise missiles.",
])
def test_a_list_of_weapons_runs_past_its_speaker(text):
    got = draft_records(text, _DAY, attacks=[{
        "attacker": "Russia", "target_country": "Ukraine", "kind": "drone_and_missile", "places": ["Ukraine"],
        "when": "overnight", "weapons": [{"type": "cruise_missile", "launched": 3 if "three" in text else 4}],
        "evidence": [text]}])
    assert [count_value(w.launched) for a in got.attacks for w in a.weapons] == [3 if "three" in text else 4]


@pytest.mark.parametrize("text,downed", [
    ("Its morning summary records 61 drones shot down or jammed, mostly over the north.", True),
    ("The air force counted 44 Shaheds downed over the central regions.", True),
    ("The air force counted 44 Shaheds over the central regions.", False),
])
def test_an_air_force_tally_with_a_downing_participle_is_the_interception(text, downed):
    from summariser.grounding.counts import _context

    roles = {x.m.value: x.role for x in _context(text).mentions}
    assert roles[61 if "61" in text else 44] == ("intercepted" if downed else "launched")


def test_a_day_told_from_another_across_a_paragraph_skips_a_month_recalled_in_passing():
    text = ("Kyiv and Moscow traded 60 captives each on Tuesday, with help from Qatar.\n\n"
            "The swap before it was carried out in early April.\n\n"
            "A day earlier, in Geneva, the Red Cross president met Russia's ombudswoman.")
    from summariser.grounding.reference import anchored_date

    at = text.index("A day earlier")
    got = anchored_date("A day earlier", _DAY, text, (at, at + 13))
    assert got is not None and got.start == got.end == dt.date(2026, 6, 8)


def test_a_day_told_from_a_month_in_its_own_paragraph_stays_within_that_month():
    text = "He spoke at a forum in Vienna in early April. A day later he was in Prague for talks."
    from summariser.grounding.reference import anchored_date

    at = text.index("A day later")
    got = anchored_date("A day later", _DAY, text, (at, at + 11))
    assert got is not None and (got.start, got.end) == (dt.date(2026, 4, 1), dt.date(2026, 4, 30))


# --------------------------------------------------------------------------- the rules: attacks
def test_a_match_report_that_borrows_war_s_verbs_tells_no_strike():
    text = ("In Lviv on Friday the home side's attack came alive: their forwards shelled the opposing goalie "
            "with 39 shots in a 6-1 win, squaring the playoff series.")
    assert _attacks(text) == []


def test_a_side_at_war_shelling_a_stadium_is_still_a_strike():
    assert place_names(_attacks("Russian troops shelled a football stadium in Kherson on Friday.")) == {"Kherson"}


def test_a_ministry_night_told_beside_its_airports_keeps_its_tally():
    text = ("Russia's air defences downed 25 Ukrainian drones overnight, Moscow's defence ministry reported on Tuesday. "
            "On the night to May 30 the ministry said 96 drones were shot down over nine regions, and flights at "
            "three airports were halted.")
    downed = sorted(count_value(w.intercepted) for a in _attacks(text) for w in a.weapons if w.intercepted)
    assert downed == [25, 96]


def test_an_airport_halt_alone_tells_no_strike():
    assert _attacks("Flights at Sochi airport were halted for three hours on Monday, the aviation agency said.") == []


def test_a_region_s_share_joins_the_record_its_governor_s_nil_opened():
    text = ("Russian air defence units brought down 35 Ukrainian drones overnight, Moscow's defence ministry reported. "
            "Of those, 19 were shot down over the Bryansk region and 16 over the Oryol region, its statement added. "
            "The governor of the Bryansk region said nobody was hurt.")
    bryansk = next(a for a in _attacks(text) if "Bryansk Oblast" in {p.name for p in a.locations})
    assert [count_value(w.intercepted) for w in bryansk.weapons] == [19]
    assert count_value(bryansk.injured) == 0


@pytest.mark.parametrize("text", [
    "On Sunday a drone dropped a grenade on a tractor near Sudzha, killing its driver, a man aged 47, the governor said.",
    "On Sunday a drone hit a tractor near Sudzha, killing the driver, a man of 47.",
])
def test_a_person_told_again_in_apposition_with_an_age_is_one(text):
    assert count_value(_attacks.one(text).killed) == 1


def test_a_list_after_an_apposition_still_counts_every_item():
    text = "On Sunday a drone hit a tractor near Sudzha, killing the driver, a man and a woman."
    assert count_value(_attacks.one(text).killed) == 3


@pytest.mark.parametrize("text", [
    "A glide bomb hit Kyselivka, destroying a barn whose owner had moved away in the winter.",
    "A drone struck the house of a teacher in Kherson who had returned in May, on Tuesday.",
])
def test_the_time_of_a_relative_clause_in_the_past_perfect_is_not_the_strike_s(text):
    assert len(_attacks(text)) == 1


def test_a_strike_told_in_a_past_month_is_still_background():
    assert _attacks("Kyselivka was hit by a glide bomb in the winter.") == []


def test_villages_told_as_the_subject_of_the_fire_they_came_under_are_places():
    text = "Chornobaivka and Kyselivka came under mortar fire on Monday; two sheds burned; nobody was hurt."
    assert place_names(_attacks(text)) == {"Chornobaivka", "Kyselivka"}


def test_a_town_that_only_locates_another_is_no_place_hit():
    for text in ("A glide bomb hit Kyselivka, near Kherson, destroying a barn.",
                 "A glide bomb hit Kyselivka, downstream from Kherson, destroying a barn."):
        assert place_names(_attacks(text)) == {"Kyselivka"}


def test_a_tally_verb_counts_weapons_downed_told_by_their_participle():
    text = "Russia fired 70 drones at Ukraine overnight. The air force recorded 58 drones shot down or jammed."
    weapons = [w for a in _attacks(text) for w in a.weapons if w.type is WeaponType.drone]
    assert [(count_value(w.launched), count_value(w.intercepted)) for w in weapons] == [(70, 58)]


def test_a_rules_list_of_weapons_runs_past_its_speaker():
    text = "Russia launched 88 drones at Ukraine overnight, the air force reports, and two Kinzhal missiles."
    launched = sorted(count_value(w.launched) for a in _attacks(text) for w in a.weapons if w.launched)
    assert launched == [2, 88]


# --------------------------------------------------------------------------- the rules: diplomacy
@pytest.mark.parametrize("text", [
    "Several ministers arriving in Luxembourg urged tougher steps against Moscow.",
    "Diplomats arriving at the Brussels meeting said they expected no breakthrough.",
])
def test_people_at_the_door_of_a_meeting_pay_no_visit(text):
    assert not [r for r in _diplomacy(text) if r[0] is DiplomacyKind.visit]


@pytest.mark.parametrize("text", [
    "The Irish premier, arriving in Kyiv on Tuesday, pledged more aid.",
    "Sweden's foreign minister came into Odesa aboard a night train on Tuesday.",
])
def test_an_arrival_of_an_office_holder_is_still_a_visit(text):
    assert [r[0] for r in _diplomacy(text)] == [DiplomacyKind.visit]


@pytest.mark.parametrize("text", [
    "On Monday, Russia and Ukraine swapped 90 prisoners each in a deal the Qataris brokered.",
    "On Monday, Russia and Ukraine swapped 90 prisoners each in a deal mediated by the Emiratis.",
])
def test_a_people_named_by_its_plural_demonym_that_brokered_is_its_state(text):
    [(kind, sides, _, _)] = _diplomacy(text)
    assert kind is DiplomacyKind.prisoner_exchange and len(sides) == 3


def test_a_package_adopted_under_a_bold_sanctions_heading_is_sanctions():
    text = "**Sanctions.** On Tuesday, the bloc's governments approved their latest package, freezing two more Russian lenders."
    assert [(r[0], r[3]) for r in _diplomacy(text)] == [(DiplomacyKind.sanctions, DiplomacyStatus.held)]


def test_the_gathering_a_meeting_prepares_names_no_side_or_venue_of_it():
    text = "EU foreign ministers met in Brussels on Monday to prepare the leaders' summit that Spain will host in Madrid."
    [(kind, sides, place, _)] = _diplomacy(text)
    assert "Spain" not in sides and place == "Brussels"


def test_the_gathering_a_meeting_prepares_with_a_day_of_its_own_is_planned():
    text = ("EU foreign ministers met in Brussels on Monday to prepare the leaders' summit that Spain will host in "
            "Madrid on 25 June, with energy high on the agenda.")
    got = {r.kind: r for r in diplomacy_of(text, _PUBLISHED, grounded=True)}
    assert got[DiplomacyKind.meeting].status is DiplomacyStatus.held
    summit = got[DiplomacyKind.summit]
    assert summit.status is DiplomacyStatus.planned and summit.date.start == dt.date(2026, 6, 25)
    assert sorted(summit.participants) == ["European Union", "Spain"]


def test_an_eventual_gathering_a_meeting_prepares_is_no_event_yet():
    text = "EU foreign ministers met in Prague on Monday to lay the groundwork for an eventual summit."
    assert [r[0] for r in _diplomacy(text)] == [DiplomacyKind.meeting]


def test_an_organisation_s_officer_named_by_the_title_alone_is_that_body():
    text = ("The UN's secretary general met Turkey's foreign minister in Ankara on Monday. "
            "The secretary general is expected in Kyiv on Friday for talks with Ukraine's prime minister.")
    assert ["Ukraine", "United Nations"] in [r[1] for r in _diplomacy(text)]


def test_a_title_alone_with_no_body_told_names_no_side():
    assert [r[1] for r in _diplomacy("The secretary general is expected in Kyiv on Friday for talks with the premier.")] \
        in ([], [["Ukraine"]])


def test_talks_of_a_body_with_a_state_in_a_third_state_s_city_are_hosted_by_it():
    text = "The IAEA's director general held talks with Russia's energy minister in Istanbul on Monday."
    assert [r[1] for r in _diplomacy(text)] == [["IAEA", "Russia", "Turkey"]]


def test_talks_of_a_body_in_its_own_seat_city_take_no_host():
    text = "The EU's foreign policy chief held talks with Ukraine's foreign minister in Brussels on Monday."
    assert [r[1] for r in _diplomacy(text)] == [["European Union", "Ukraine"]]


def test_a_region_s_share_joins_a_record_of_the_region_that_names_no_town():
    text = ("Russian air defence units brought down 35 Ukrainian drones overnight, Moscow's defence ministry reported. "
            "Of those, 19 were shot down over the Bryansk region and 16 over the Oryol region, its statement added. "
            "Falling debris set fire to a barn in the Bryansk region, its governor wrote; nobody was hurt.")
    bryansk = [a for a in _attacks(text) if "Bryansk Oblast" in {p.name for p in a.locations}]
    assert [[count_value(w.intercepted) for w in a.weapons] for a in bryansk] == [[19]]


def test_a_strike_on_a_district_keeps_the_region_s_share_apart():
    text = ("Russian air defence units brought down 35 Ukrainian drones overnight, Moscow's defence ministry reported. "
            "Of those, 19 were shot down over the Bryansk region and 16 over the Oryol region, its statement added. "
            "Kyiv's military claimed a strike on an ammunition depot in the Pogar district of the Bryansk "
            "region overnight.")
    bryansk = [a for a in _attacks(text) if "Bryansk Oblast" in {p.name for p in a.locations}]
    assert bryansk and not any(w.intercepted for a in bryansk for w in a.weapons)
