"""Round 27, on fresh sentences in several phrasings, with near-misses that must not fire:

- a weapon model's plural is the model ("four Kh-101s", "two S-300s", "three Neptunes"), on the rules'
  path and in grounding's reading of a nil "not one of which" (`lexicon.weapons.WEAPON_TERMS`);
- strikes named in general as the cause or subject of a diplomatic event ("met ... to discuss rebuilding
  schools damaged by Russian missile strikes") make no attack record, while a strike told with a day or a
  figure of its own does, on that day (`talk_of_strikes._strikes_in_general`, `clause_days.topic_clause`);
- bombs released or dropped "over" a town hit it: the town is no launch area (`anchoring.yaml`
  launch_area_before), while cruise missiles released over a sea are still launched there;
- weapons that "fell to air defence" are downed on both paths, from one list (`strike.yaml` fall_to_defence).
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.backends.rules import RulesBackend
from summariser.records import WeaponType

TUESDAY = "2025-03-11"


def _extract(text: str, published: str = TUESDAY):
    article = make_article(text, published=published)
    return grounding.enforce(RulesBackend(None).extract(article), article)


def _weapons(text: str):
    (attack,) = _extract(text).attacks
    return [(w.type, w.model, w.launched and w.launched.value, w.intercepted and w.intercepted.value)
            for w in attack.weapons]


@pytest.mark.parametrize("text,expected", [
    ("Russian bombers fired four Kh-101s at Lviv overnight; air defences shot down three of the missiles.",
     (WeaponType.cruise_missile, "Kh-101", 4, 3)),
    ("Russia launched two S-300s at Kharkiv before dawn on Tuesday, injuring five people.",
     (WeaponType.missile, "S-300", 2, None)),
    ("Ukraine fired three Neptunes at Crimea on Monday night, and Russia said its air defences downed all three.",
     (WeaponType.cruise_missile, "Neptune", 3, 3)),
    ("Russian forces fired two KN-23s at Zaporizhzhia on Tuesday morning, wounding a guard.",
     (WeaponType.ballistic_missile, "KN-23", 2, None)),
])
def test_a_model_plural_is_the_model(text, expected):
    assert _weapons(text) == [expected]


def test_a_model_singular_still_reads_and_keeps_its_name():
    # one weapon told with "a" is not counted (CODEBOOK rule 9); the model is still named
    assert _weapons("Russia fired a Kh-22 missile at Odesa on Tuesday morning, damaging a warehouse.") == \
        [(WeaponType.missile, "Kh-22", None, None)]


def _ground(text: str, **fields):
    record = {"attacker": "Russia", "target_country": "Ukraine", "kind": "missile_strike", "places": ["Lviv"],
              "evidence": [text], **fields}
    return draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text,
                            published=dt.date(2025, 3, 11))


def test_grounding_reads_a_nil_after_a_model_plural():
    got = _ground("Russia fired four Kh-101s at Lviv overnight, not one of which was shot down.",
                  weapons=[{"type": "cruise_missile", "model": "Kh-101", "launched": 4, "intercepted": 0}])
    weapon = got.attacks[0].weapons[0]
    assert weapon.launched is not None and weapon.launched.value == 4
    assert weapon.intercepted is not None and weapon.intercepted.value == 0


@pytest.mark.parametrize("text", [
    "Nine of them fell to air defence, the air force said after Russia sent 20 drones at Lviv overnight.",
    "Russia sent 20 drones at Lviv overnight; nine of them fell to Ukrainian air defences.",
    "Russia sent 20 drones at Lviv overnight, and nine were felled by mobile fire groups.",
])
def test_a_fall_to_air_defence_is_a_downing_on_both_paths(text):
    grounded = _ground(text, kind="air_drone_strike", weapons=[{"type": "drone", "launched": 20, "intercepted": 9}])
    weapon = grounded.attacks[0].weapons[0]
    assert weapon.intercepted is not None and weapon.intercepted.value == 9
    assert [(w.type, w.intercepted and w.intercepted.value) for w in _extract(text).attacks[0].weapons] == \
        [(WeaponType.drone, 9)]


@pytest.mark.parametrize("text", [
    "The mayor of Sumy met a Latvian delegation on Tuesday to discuss rebuilding clinics damaged by Russian drone strikes.",
    "Sumy's mayor hosted a Latvian delegation on Tuesday to talk about repairs after repeated drone and missile attacks.",
    "A Latvian delegation visited Sumy on Tuesday to plan the reconstruction of homes destroyed in Russian shelling.",
    "Envoys from Latvia met the governor in Sumy on Tuesday after months of relentless Russian strikes.",
])
def test_strikes_in_general_behind_a_meeting_make_no_attack(text):
    result = _extract(text)
    assert result.attacks == []
    assert result.diplomacy, "the meeting itself is still read"


@pytest.mark.parametrize("text,day", [
    ("The mayor of Sumy met a Latvian delegation on Tuesday to discuss rebuilding a clinic damaged by a Russian "
     "drone strike on Sunday.", dt.date(2025, 3, 9)),
    ("Latvian officials met the mayor of Sumy on Tuesday to discuss repairs after Russian drone strikes on the city "
     "on Saturday night.", dt.date(2025, 3, 8)),
])
def test_a_strike_with_a_day_of_its_own_behind_a_meeting_is_kept_on_its_day(text, day):
    (attack,) = _extract(text).attacks
    assert attack.date is not None and attack.date.start == day


def test_a_strike_with_a_toll_behind_a_meeting_is_kept():
    attacks = _extract("Latvian officials met the mayor of Sumy on Tuesday after Russian drone strikes killed "
                       "two people in the city.").attacks
    assert [a.killed and a.killed.value for a in attacks] == [2]


@pytest.mark.parametrize("text,place", [
    ("Russian aircraft released glide bombs over Kostiantynivka on Monday afternoon, killing two civilians.",
     "Kostiantynivka"),
    ("On Monday, warplanes released a pair of guided bombs over Kupiansk, injuring four people.", "Kupiansk"),
    ("Su-34 jets dropped two KABs over Huliaipole on Monday evening, wounding a farmer.", "Huliaipole"),
])
def test_bombs_released_over_a_town_hit_it(text, place):
    (attack,) = _extract(text).attacks
    assert [loc.name for loc in attack.locations] == [place]


def test_missiles_released_over_a_sea_are_still_launched_there():
    (attack,) = _extract("Tu-95 bombers released 12 cruise missiles over the Caspian Sea on Monday night; "
                         "eight of them hit Kyiv.").attacks
    assert [loc.name for loc in attack.locations] == ["Kyiv"]


# Aid given to a city or region: the city's state receives it (CODEBOOK rule 14), on the rules' path and
# when a model names that state; relief cargo (ambulances, medical supplies) is aid of any cargo too.
@pytest.mark.parametrize("text", [
    "Estonia delivered humanitarian aid to Sumy on Tuesday.",
    "The Estonian government handed over nine ambulances to the Chernihiv region on Tuesday.",
    "Estonia sent medical supplies and two fire engines to Kherson on Tuesday.",
])
def test_aid_to_a_city_has_its_state_as_recipient(text):
    (record,) = _extract(text).diplomacy
    assert record.kind.value == "military_aid" and set(record.participants) == {"Estonia", "Ukraine"}
    grounded = draft_to_records(ArticleDraft.model_validate({"diplomacy": [
        {"kind": "military_aid", "participants": ["Estonia", "Ukraine"], "status": "held", "evidence": [text]}]}),
        text, published=dt.date(2025, 3, 11))
    assert grounded.diplomacy and grounded.diplomacy[0].participants == ["Estonia", "Ukraine"]


def test_aid_to_a_city_grounds_only_that_citys_state():
    text = "Estonia delivered humanitarian aid to Sumy on Tuesday."
    grounded = draft_to_records(ArticleDraft.model_validate({"diplomacy": [
        {"kind": "military_aid", "participants": ["Estonia", "Ukraine", "Russia"], "status": "held",
         "evidence": [text]}]}), text, published=dt.date(2025, 3, 11))
    assert grounded.diplomacy[0].participants == ["Estonia", "Ukraine"]
    assert [r.value for r in grounded.rejected] == ["Russia"]


def test_volunteers_relief_is_no_states_aid():
    assert _extract("Local volunteers delivered medical supplies to Kherson on Tuesday.").diplomacy == []


# --------------------------------------------------------------------------- the LLM path's counts (r27)
def _drone_and_missile(text: str, weapons: list[dict]):
    got = _ground(text, kind="drone_and_missile", places=["Ukraine"], weapons=weapons)
    return [(w.type, w.launched and w.launched.value, w.intercepted and w.intercepted.value)
            for w in got.attacks[0].weapons]


@pytest.mark.parametrize("text", [
    "Ukraine's air force tracked 12 cruise missiles of two types and 40 attack drones overnight.",
    "Overnight the air force registered 12 cruise missiles and, from the east, 40 attack drones.",
])
def test_a_tally_verb_launches_each_count_of_its_clause(text):
    assert _drone_and_missile(text, [{"type": "cruise_missile", "launched": 12}, {"type": "drone", "launched": 40}]) == \
        [(WeaponType.cruise_missile, 12, None), (WeaponType.drone, 40, None)]


@pytest.mark.parametrize("text", [
    "Crews downed 30 of the drones and nine of the rockets, including both Tochkas launched from the coast.",
    "Crews destroyed 30 of the drones and nine of the rockets, including two Tochkas fired from the south.",
])
def test_a_participle_inside_an_open_aside_launches_no_count_before_it(text):
    assert _drone_and_missile(text, [{"type": "drone", "intercepted": 30}, {"type": "missile", "intercepted": 9}]) == \
        [(WeaponType.drone, None, 30), (WeaponType.missile, None, 9)]


def test_an_aside_closed_before_its_verb_is_still_read_through():
    got = _ground("Five people, including two children, were killed.", killed=5, children_killed=2)
    assert got.attacks[0].killed.value == 5 and got.attacks[0].children_killed.value == 2


@pytest.mark.parametrize("text,launched,downed", [
    ("Of the 75 drones and missiles, 61 were stopped, the commander said.", 75, 61),
    ("Out of the 44 drones it sent, 39 were shot down over the south.", 44, 39),
])
def test_a_fronted_whole_is_the_wave_launched(text, launched, downed):
    assert _drone_and_missile(text, [{"type": "drone", "launched": launched, "intercepted": downed}]) == \
        [(WeaponType.drone, launched, downed)]


def test_a_fronted_whole_of_people_launches_nothing():
    assert _drone_and_missile("Of the 12 people hurt, five were children; 30 drones were shot down.",
                              [{"type": "drone", "launched": 12, "intercepted": 30}]) == [(WeaponType.drone, None, 30)]


# --------------------------------------------------------------------------- hits under another wave (r27)
def test_a_hit_keeps_its_launch_beside_another_places_larger_figure():
    text = ("Russia sent 25 drones at Izmail overnight, and air defences downed 20. Separately, two Ukrainian drones "
            "crashed into an office block in Kursk before dawn.")
    attacks = _extract(text).attacks
    kursk = [a for a in attacks if [loc.name for loc in a.locations] == ["Kursk"]]
    assert kursk and [(w.type, w.launched and w.launched.value) for w in kursk[0].weapons] == [(WeaponType.drone, 2)]


def test_a_hit_under_its_own_nights_total_is_no_launch():
    attacks = _extract("Russia launched 40 drones at the Odesa region overnight. Three drones hit a warehouse in Odesa.").attacks
    odesa = [a for a in attacks if [loc.name for loc in a.locations] == ["Odesa"]]
    assert odesa and all(w.launched is None or w.launched.value != 3 for w in odesa[0].weapons)


# --------------------------------------------------------------------------- two times of one day (r27)
def test_an_evening_strike_is_apart_from_the_night_that_ended_that_morning():
    text = ("Two guided bombs hit Sumy on Monday evening, killing two people. The city was also attacked by drones "
            "on Sunday night, when a substation was damaged.")
    attacks = _extract(text, published="2025-03-11").attacks
    assert sorted((a.date.start, a.date.end) for a in attacks) == \
        [(dt.date(2025, 3, 9), dt.date(2025, 3, 10)), (dt.date(2025, 3, 10), dt.date(2025, 3, 10))]


def test_a_night_and_the_evening_it_began_on_stay_one_strike():
    attacks = _extract("Drones attacked Sumy on Sunday night, the governor said. The attack began on Sunday evening "
                       "and a substation was damaged.", published="2025-03-11").attacks
    assert len(attacks) == 1


# --------------------------------------------------------------------------- "last <weekday>" (r27)
@pytest.mark.parametrize("published,words,day", [
    (dt.date(2025, 3, 15), "last Friday", dt.date(2025, 3, 7)),     # a Saturday's paper: the week before
    (dt.date(2025, 3, 17), "last Friday", dt.date(2025, 3, 14)),    # a Monday's: three days back
    (dt.date(2025, 3, 15), "this past Friday", dt.date(2025, 3, 14)),
    (dt.date(2025, 3, 15), "on Friday", dt.date(2025, 3, 14)),
])
def test_last_weekday_never_names_the_day_before(published, words, day):
    from summariser.calendar_days import weekday_day

    assert weekday_day("Friday", words, published) == day


# --------------------------------------------------------------------------- the rules' days (r27)
@pytest.mark.parametrize("text", [
    "In the river town of Nikopol, where the reservoir drained in June, artillery shelled a market last night.",
    "Artillery shelled Nikopol, where a dam burst in June, last night, damaging a market.",
])
def test_a_where_clause_on_the_place_dates_nothing(text):
    (attack,) = _extract(text).attacks
    assert (attack.date.start, attack.date.end) == (dt.date(2025, 3, 10), dt.date(2025, 3, 11))


def test_a_where_clause_that_tells_a_strike_is_kept():
    attacks = _extract("Artillery shelled Nikopol last night. In Marhanets, where a drone hit a bus on Sunday, "
                       "two people were wounded.").attacks
    assert any(a.date and a.date.start == dt.date(2025, 3, 9) for a in attacks)


@pytest.mark.parametrize("second", [
    "Shortly after 3 p.m., troops shelled Nikopol again, wounding a man.",
    "At 15:20 artillery shelled Nikopol once more and a man was wounded.",
])
def test_a_repeat_at_a_clock_time_of_the_day_is_its_own_strike_on_that_day(second):
    attacks = _extract("Artillery shelled Nikopol overnight, damaging a school. " + second).attacks
    assert sorted((a.date.start, a.date.end) for a in attacks) == \
        [(dt.date(2025, 3, 10), dt.date(2025, 3, 11)), (dt.date(2025, 3, 11), dt.date(2025, 3, 11))]


def test_a_later_figure_at_a_clock_time_stays_with_the_night():
    attacks = _extract("Artillery shelled Nikopol overnight, damaging a school. At 3 p.m. the mayor said two people "
                       "had been wounded in that attack.").attacks
    assert len(attacks) == 1 and attacks[0].injured.value == 2


@pytest.mark.parametrize("text,day,attacker", [
    ("The ministry called its strikes a response to Saturday's Ukrainian drone attack on the port of Tuapse.",
     dt.date(2025, 3, 8), "Ukraine"),
    ("Moscow described the barrage as retaliation for Sunday's shelling of Belgorod.", dt.date(2025, 3, 9), "Ukraine"),
])
def test_a_dated_strike_named_as_the_reason_is_a_strike(text, day, attacker):
    (attack,) = _extract(text).attacks
    assert attack.date.start == day and attack.attacker == attacker


@pytest.mark.parametrize("text", [
    "Russia said its missile strikes were retaliation for attacks on Crimea.",
    "In response to Saturday's shelling of Belgorod, Russian forces struck Kharkiv with missiles overnight.",
    "Moscow called the barrage its answer to Saturday's blast at the bridge near Kerch.",
])
def test_strikes_in_general_as_the_reason_or_a_fronted_reason_add_no_place(text):
    assert all({"Belgorod", "Crimea", "Kerch"}.isdisjoint(loc.name for loc in a.locations) for a in _extract(text).attacks)


@pytest.mark.parametrize("text,day", [
    ("Missiles hit Kyiv overnight. The barrage came three days after Saturday's drone raid on Reni, which burned "
     "a grain silo.", dt.date(2025, 3, 8)),
    ("Missiles hit Kyiv overnight, two days after a drone raid on Reni on Sunday that burned a grain silo.",
     dt.date(2025, 3, 9)),
])
def test_the_strike_days_are_counted_from_keeps_its_own_day(text, day):
    reni = [a for a in _extract(text).attacks if [loc.name for loc in a.locations] == ["Reni"]]
    assert reni and reni[0].date.start == day


def test_a_strike_after_the_anchor_clause_is_counted_from_it():
    (attack,) = _extract("The truce lapsed on Friday. The night after the truce lapsed, drones hit Odesa.").attacks
    assert (attack.date.start, attack.date.end) == (dt.date(2025, 3, 7), dt.date(2025, 3, 8))


# --------------------------------------------------------------------------- an organisation as a topic (r27)
@pytest.mark.parametrize("text,sides", [
    ("Zelenskiy held talks in Oslo on Tuesday with Norway's prime minister on air defence and Ukraine's NATO hopes.",
     {"Norway", "Ukraine"}),
    ("Moldova's president met the Romanian prime minister in Bucharest on Tuesday to discuss her country's EU "
     "membership bid.", {"Moldova", "Romania"}),
])
def test_an_organisation_a_state_hopes_to_join_is_no_side(text, sides):
    (record,) = _extract(text).diplomacy
    assert set(record.participants) == sides


def test_an_organisation_that_meets_is_still_a_side():
    (record,) = _extract("NATO's secretary general met Zelenskiy in Kyiv on Tuesday to talk over Kyiv's road "
                         "to joining.").diplomacy
    assert "NATO" in record.participants


# --------------------------------------------------------------------------- a day's strike after a night's (r27)
@pytest.mark.parametrize("second", [
    "Sumy, afternoon: at about 15:10 three guided bombs hit the city's Zarichnyi district, killing a man.",
    "In the afternoon, at 16:30, two guided bombs struck a market in Sumy and a man was killed.",
])
def test_a_days_strike_with_other_weapons_is_apart_from_the_nights(second):
    text = "Sumy, overnight: drones hit a school and houses in the city, injuring five. " + second
    attacks = sorted(_extract(text).attacks, key=lambda a: a.date.start)
    assert [(a.date.start, a.date.end, [w.type for w in a.weapons]) for a in attacks] == [
        (dt.date(2025, 3, 10), dt.date(2025, 3, 11), [WeaponType.drone]),
        (dt.date(2025, 3, 11), dt.date(2025, 3, 11), [WeaponType.glide_bomb])]


@pytest.mark.parametrize("text", [
    "The governor said in the evening that three people had been hurt.",
    "At 6 p.m. the governor said three people had been hurt.",
])
def test_a_part_of_the_day_beside_a_verb_of_saying_is_the_reports(text):
    from summariser.dates import find_dates

    assert [d.role for d in find_dates(text, 0, len(text), dt.date(2025, 3, 11))] == ["report"]


def test_a_part_of_the_day_of_the_strike_stays_the_events():
    from summariser.dates import find_dates

    text = "Drones hit the city in the evening, the governor said."
    assert [d.role for d in find_dates(text, 0, len(text), dt.date(2025, 3, 11))] == ["event"]


def test_the_two_leaders_are_the_sentences_own_pair():
    text = ("Kyiv said its drones had hit a depot in Crimea overnight. Erdogan spent Sunday with Hungarian Prime Minister "
            "Viktor Orban, holding talks with him in Istanbul, where the two leaders later visited a mosque.")
    (record,) = _extract(text).diplomacy
    assert set(record.participants) == {"Turkey", "Hungary"}


# --------------------------------------------------------------------------- no state's talks (r27)
@pytest.mark.parametrize("text", [
    "At a steel mill in Romania, management reopened talks with the union on Thursday over overtime pay.",
    "Thousands of founders and investors meet at a fintech summit in Lisbon from Monday.",
    "Executives of two carmakers held talks in Bratislava on Thursday about a merger.",
])
def test_talks_of_companies_or_unions_at_a_venue_are_no_diplomacy(text):
    assert _extract(text, published="2025-11-06").diplomacy == []


@pytest.mark.parametrize("text,sides", [
    ("Talks were held in Istanbul on Thursday.", {"Turkey"}),
    ("Hungary hosted talks between company executives and Ukrainian officials in Budapest on Thursday.",
     {"Hungary", "Ukraine"}),
])
def test_a_states_talks_with_business_words_are_still_read(text, sides):
    (record,) = _extract(text, published="2025-11-06").diplomacy
    assert set(record.participants) == sides


@pytest.mark.parametrize("text", [
    "According to the Kremlin, a summit between Putin and Trump remained possible, though no date was set.",
    "Officials in Ankara said a new round of talks was still conceivable before winter.",
    "A summit between the two leaders is not ruled out, an aide said.",
])
def test_an_event_told_as_possible_is_a_stance(text):
    assert _extract(text, published="2025-11-06").diplomacy == []


def test_an_event_likely_to_be_held_on_a_day_is_planned():
    (record,) = _extract("A summit between the two presidents is likely to be held in Budapest on Friday, officials "
                         "said.", published="2025-11-06").diplomacy
    assert record.status.value == "planned"
