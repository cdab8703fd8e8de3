"""Round 33 (5 December 2026). The LLM path: a diplomatic event's range of days keeps its days, a part's verb
inside its aside leaves the list's verb to the items after it, and a breakdown told as a labelled list. The rules: an exchange agreed is still to come; a time
clause counting from an event told before; an organisation by its noun deciding; a list joined past its
parts' aside or before its verb; a class whose noun the next item carries; a harbour as its city; labelled
regional shares; a site told by "it"; a child singled out after "among them"; a day's strike and the night
after it; one past strike told by what it wrecked; a halt to strikes that is no strike; a truce put to two
capitals; "the same day" after a strike; a measure decided at a gathering; a grant; sanctions kept in place;
a gathering named as an earlier one; a pronoun's person; jamming; two days joined; an organisation's summit
abroad; a hyphenated glide bomb. Fresh sentences, written for these tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomacy_probes import diplomacy_of, record_summaries, records_of_kind
from probes import AttackProbe, count_value, draft_records, place_names
from summariser.records import DiplomacyKind, DiplomacyStatus, WeaponType

_PUBLISHED = "2026-06-20"  # a Saturday
_DAY = dt.date(2026, 6, 20)
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _records(text: str, published: str = _PUBLISHED):
    return record_summaries(text, published)


def _of_kind(text: str, kind: DiplomacyKind, published: str = _PUBLISHED):
    return records_of_kind(text, kind, published)


def _weapons(text: str) -> dict[WeaponType, tuple[int | None, int | None]]:
    """Each weapon type of the probe's records -> (launched, intercepted)."""
    return {w.type: (count_value(w.launched), count_value(w.intercepted)) for a in _attacks(text) for w in a.weapons}


def _draft_weapons(text: str, weapons: list[dict], place: str = "Ukraine") -> tuple[list, list[str]]:
    """The LLM path's weapons of one drafted record, and the fields it refused."""
    record = {"attacker": "Russia", "target_country": "Ukraine", "kind": "drone_and_missile", "places": [place],
              "when": "overnight", "weapons": weapons, "evidence": [text]}
    got = draft_records("Russia attacked Ukraine overnight. " + text, _DAY, attacks=[record])
    return [w for a in got.attacks for w in a.weapons], [r.field for r in got.rejected]


# --------------------------------------------------------------------------- LLM path
@pytest.mark.parametrize("when", ["on July 14-15", "on 14-16 July", "over the weekend"])
def test_a_held_gathering_over_several_days_keeps_its_days(when):
    text = f"Leaders of the Nordic states held their summit in Bergen {when}, discussing air defence."
    got = draft_records(text, dt.date(2026, 7, 20), diplomacy=[
        {"kind": "summit", "participants": ["Norway"], "when": when, "status": "held", "evidence": [text]}])
    assert [d.date.start < d.date.end for d in got.diplomacy if d.date] == [True]


def test_a_call_overnight_is_still_the_night_s_last_day():
    text = "Zelensky spoke with the Finnish president by phone overnight, his office said."
    got = draft_records(text, dt.date(2026, 7, 20), diplomacy=[
        {"kind": "phone_call", "participants": ["Ukraine", "Finland"], "when": "overnight", "status": "held",
         "evidence": [text]}])
    assert [(d.date.start, d.date.end) for d in got.diplomacy] == [(dt.date(2026, 7, 20), dt.date(2026, 7, 20))]


@pytest.mark.parametrize("text", [
    "The air force said 120 Russian drones had been sent overnight, 90 of them downed, along with four cruise missiles.",
    "Russia launched 120 drones overnight, 90 of which were downed or suppressed, and four cruise missiles.",
])
def test_a_list_goes_on_past_its_parts_aside(text):
    weapons, refused = _draft_weapons(text, [{"type": "drone", "launched": 120, "intercepted": 90},
                                             {"type": "cruise_missile", "launched": 4}])
    assert [count_value(w.launched) for w in weapons] == [120, 4] and not refused


def test_a_count_that_is_downed_after_the_list_stays_refused_as_launched():
    text = "Russia launched 120 drones overnight, and four cruise missiles were shot down over the south."
    _, refused = _draft_weapons(text, [{"type": "drone", "launched": 120}, {"type": "cruise_missile", "launched": 4}])
    assert refused == ["attacks[0].weapons[1].launched"]


@pytest.mark.parametrize("n", [31, 12, 9])
def test_a_labelled_breakdown_list_gives_each_region_its_share(n):
    text = ("The defence ministry said 52 Ukrainian drones were destroyed overnight. Its tally by region ran: "
            "Oryol region, 31; Tula region, 12; Kaluga region, 9.")
    got = draft_records(text, _DAY, attacks=[{"attacker": "Ukraine", "target_country": "Russia", "kind": "air_drone_strike",
                                              "places": ["Russia"], "when": "overnight",
                                              "weapons": [{"type": "drone", "intercepted": n}], "evidence": [text]}])
    assert [count_value(w.intercepted) for a in got.attacks for w in a.weapons] == [n]


def test_a_labelled_list_of_people_is_no_share():
    text = "The defence ministry said 52 Ukrainian drones were destroyed overnight. Casualties by region: Oryol region, 3."
    got = draft_records(text, _DAY, attacks=[{"attacker": "Ukraine", "target_country": "Russia", "kind": "air_drone_strike",
                                              "places": ["Russia"], "when": "overnight",
                                              "weapons": [{"type": "drone", "intercepted": 3}], "evidence": [text]}])
    assert [r.field for r in got.rejected if "intercepted" in r.field]


# --------------------------------------------------------------------------- rules: an exchange agreed
@pytest.mark.parametrize("text", [
    "Moscow and Kyiv agreed on Thursday to swap 250 prisoners of war each, the Qatari mediator said.",
    "Negotiators for Russia and Ukraine agreed to trade 600 captives apiece, a Turkish official said on Friday.",
    "The two delegations agreed in Geneva to trade 800 prisoners of war from each side.",
])
def test_an_exchange_agreed_is_planned_not_held(text):
    swaps = [r for r in _records(text) if r[0] is DiplomacyKind.prisoner_exchange]
    assert swaps and all(r[1] is DiplomacyStatus.planned for r in swaps)


@pytest.mark.parametrize("text", [
    "Moscow and Kyiv swapped 250 prisoners of war each on Thursday, the Qatari mediator said.",
    "Russia and Ukraine exchanged 600 captives apiece on Friday after weeks of delay.",
])
def test_an_exchange_carried_out_stays_held(text):
    swaps = [r for r in _records(text) if r[0] is DiplomacyKind.prisoner_exchange]
    assert swaps and all(r[1] is DiplomacyStatus.held for r in swaps)


# --------------------------------------------------------------------------- a time clause counting from an event
@pytest.mark.parametrize("text, kind, day", [
    ("G7 leaders held a summit in Rome on June 15. After the summit, Canada announced new sanctions on Russia's "
     "shadow fleet.", DiplomacyKind.sanctions, dt.date(2026, 6, 15)),
    ("G7 leaders held a summit in Rome on June 15. The day after the summit, Canada announced new sanctions on "
     "Russia's shadow fleet.", DiplomacyKind.sanctions, dt.date(2026, 6, 16)),
    ("Zelensky spoke with Macron by phone on Tuesday. Two days after the call, France pledged 12 more Mirage jets "
     "to Ukraine.", DiplomacyKind.military_aid, dt.date(2026, 6, 18)),
    ("G7 leaders held a summit in Rome on June 15. A week after the summit, Japan imposed sanctions on three "
     "Russian banks.", DiplomacyKind.sanctions, dt.date(2026, 6, 22)),
])
def test_the_event_after_a_counting_clause_is_its_own_and_dated_from_the_earlier(text, kind, day):
    got = _records(text)
    assert [r for r in got if r[0] is kind and r[3] == day], got
    assert [r[0] for r in got].count(kind) == 1


def test_a_counting_clause_names_the_earlier_event_not_a_new_one():
    text = "G7 leaders held a summit in Rome on June 15. Two days after the summit, Japan imposed sanctions on Russian banks."
    assert [r[0] for r in _records(text)].count(DiplomacyKind.summit) == 1


def test_a_day_of_its_own_beats_the_count():
    text = ("G7 leaders held a summit in Rome on June 15. Days after the summit, Canada on Thursday announced "
            "sanctions on Russian tankers.")
    assert [r[3] for r in _records(text) if r[0] is DiplomacyKind.sanctions] == [dt.date(2026, 6, 18)]


# --------------------------------------------------------------------------- an organisation by its noun, deciding
@pytest.mark.parametrize("text", [
    "The European Union has argued over new measures for weeks. On Tuesday the bloc adopted its 21st sanctions "
    "package against Russia.",
    "EU envoys met again on Monday. The 27-member bloc formally imposed sanctions on 40 more tankers on Friday.",
])
def test_an_organisation_by_its_noun_deciding_a_measure_is_a_side(text):
    measures = [r for r in _records(text) if r[0] is DiplomacyKind.sanctions]
    assert measures and all("European Union" in r[2] for r in measures)


def test_the_noun_in_another_role_is_no_side():
    text = "Japan imposed sanctions on Russian banks on Tuesday, weeks after the bloc's gas imports fell."
    measures = [r for r in _records(text) if r[0] is DiplomacyKind.sanctions]
    assert measures and all("European Union" not in r[2] for r in measures)


# --------------------------------------------------------------------------- lists of weapons
@pytest.mark.parametrize("text", [
    "The air force said 120 Russian drones had been sent at Ukraine overnight, 90 of them downed, along with four "
    "cruise missiles.",
    "The air force said Russia launched 120 drones at Ukraine overnight, 90 of which were destroyed, together with "
    "four cruise missiles.",
])
def test_a_comitative_after_the_list_s_verb_takes_its_role(text):
    assert _weapons(text)[WeaponType.cruise_missile] == (4, None)


def test_a_comitative_after_a_downing_verb_is_downed_too():
    text = "The air force said 60 Russian drones were shot down over Ukraine overnight, along with three cruise missiles."
    assert _weapons(text)[WeaponType.cruise_missile] == (None, 3)


@pytest.mark.parametrize("text", [
    "Russia fired 150 drones, 10 cruise missiles and 6 ballistic missiles at Ukraine overnight. Of these, 120 "
    "drones, two ballistic and eight cruise missiles were shot down.",
    "Russia fired 150 drones, 10 cruise missiles and 6 ballistic missiles at Ukraine overnight. Air defence "
    "destroyed 120 drones, two ballistic and eight cruise missiles.",
])
def test_a_class_whose_noun_the_next_item_carries(text):
    got = _weapons(text)
    assert got[WeaponType.ballistic_missile] == (6, 2) and got[WeaponType.cruise_missile] == (10, 8)


def test_the_first_item_of_a_list_before_its_verb_shares_the_verb():
    text = ("Russia fired 150 drones and 10 cruise missiles at Ukraine overnight. Of these, 120 drones, eight "
            "cruise missiles were shot down.")
    assert _weapons(text)[WeaponType.drone] == (150, 120)


@pytest.mark.parametrize("text", [
    "Russia sent 80 drones at Ukraine overnight; 61 of them were downed or electronically jammed.",
    "Russia sent 80 drones at Ukraine overnight; 61 of them were jammed.",
])
def test_jamming_is_a_stop_whatever_adverb_it_takes(text):
    assert _weapons(text)[WeaponType.drone] == (80, 61)


def test_a_drone_lost_from_radar_is_still_not_stopped():
    text = "Russia sent 80 drones at Ukraine overnight; 61 of them were lost from radar."
    assert _weapons(text)[WeaponType.drone] == (80, None)


# --------------------------------------------------------------------------- places of strikes told before
def test_a_harbour_names_the_port_city_told_before():
    text = ("Russian drones hit the port of Reni early on Thursday, injuring a crane operator. It was not the first "
            "raid. On June 2, a drone set fire to a diesel tank at the edge of the harbour.")
    assert {str(a.date.start) for a in _attacks(text) if "Reni" in place_names([a])} == {"2026-06-18", "2026-06-02"}


def test_a_remark_on_the_port_adds_nothing_to_the_strike():
    text = ("Russian drones hit the port of Reni early on Thursday, injuring a crane operator. \"Each raid on the port "
            "costs farmers money,\" a trader said.")
    attack = _attacks.one(text)
    assert all("trader" not in e.text for e in attack.evidence)


def test_a_harbour_with_its_own_name_is_no_anaphor():
    text = ("Russian drones hit the port of Reni early on Thursday, injuring a crane operator. On June 2, a drone set "
            "fire to a diesel tank in the harbour of Odesa.")
    assert "Odesa" in place_names(_attacks(text))


def test_it_as_the_site_told_before_dates_its_last_hit():
    text = ("Ukrainian drones struck Saratov overnight, the governor said; debris set fire to the oil refinery. The "
            "plant supplies fuel to the Volga region. It was last hit in March, when a drone strike halted two units.")
    assert {(a.date.start.month if a.date and a.date.start else None) for a in _attacks(text)} == {6, 3}


def test_a_pronoun_that_is_no_hit_adds_no_record():
    text = ("Ukrainian drones struck Saratov overnight, the governor said; debris set fire to the oil refinery. It was "
            "first built in March 1960.")
    assert len(_attacks(text)) == 1


# --------------------------------------------------------------------------- a toll's aside, times of day
@pytest.mark.parametrize("aside", ["among them a boy of 12", "among them two teenagers", "among them a 9-year-old"])
def test_people_singled_out_after_among_them_keep_the_strike_whole(aside):
    text = f"On Monday evening, two Russian missiles hit Chernihiv, killing one person and injuring 9, {aside}, the governor said."
    attack = _attacks.one(text)
    assert [p.name for p in attack.locations] == ["Chernihiv"] and attack.weapons


def test_a_town_among_many_targets_stays_apart_from_the_barrage():
    text = "Russia launched 300 drones at Ukraine overnight, hitting several cities, among them Lutsk, where two people were hurt."
    assert {"Ukraine", "Lutsk"} <= place_names(_attacks(text))


def test_a_daytime_strike_and_the_night_after_it_are_two_strikes():
    text = ("Missiles hit Mykolaiv on Monday morning, killing two. Overnight into Tuesday, drones struck a substation "
            "in the Inhulskyi district of Mykolaiv. No one was hurt.")
    assert len(_attacks(text)) == 2


def test_an_evening_strike_and_the_night_it_opened_stay_one():
    text = ("Drones attacked Mykolaiv on Monday evening, killing two. Overnight into Tuesday, more drones struck "
            "Mykolaiv, the mayor said.")
    assert len(_attacks(text)) == 1


# --------------------------------------------------------------------------- a past strike, a halt to strikes
@pytest.mark.parametrize("text", [
    "Ukrainian drones attacked Sevastopol overnight, the Russian-installed governor said. In April 2024, a missile "
    "strike wrecked a naval repair yard in the city.",
    "In April 2024, a Ukrainian missile strike wrecked a naval repair yard in Sevastopol.",
])
def test_one_past_strike_told_by_what_it_wrecked_is_a_record(text):
    assert any(a.date and a.date.start == dt.date(2024, 4, 1) for a in _attacks(text, "2026-07-04"))


def test_strikes_of_a_past_month_on_many_targets_stay_a_tally():
    text = "In April 2024, Ukrainian drones struck refineries across southern Russia."
    assert _attacks(text, "2026-07-04") == []


@pytest.mark.parametrize("text", [
    "On Thursday, the Swiss foreign ministry said it had put to both capitals a proposal for a pause in strikes on "
    "power plants.",
    "Ankara wants a ban on attacks against merchant ships in the Black Sea, its foreign minister said on Thursday.",
])
def test_a_halt_to_strikes_names_no_strike(text):
    lead = "Russian drones hit Odesa overnight, injuring two. "
    assert place_names(_attacks(lead + text, "2026-07-04")) == {"Odesa"}


def test_a_truce_put_to_two_capitals_is_a_proposal():
    text = ("On Thursday, the Swiss foreign ministry said Bern had put to the Kremlin and to Kyiv a proposal for a "
            "pause in strikes on power plants.")
    proposals = _of_kind(text, DiplomacyKind.proposal, "2026-07-04")
    assert [(p.status, sorted(p.participants)) for p in proposals] == [
        (DiplomacyStatus.proposed, ["Russia", "Switzerland", "Ukraine"])]


# --------------------------------------------------------------------------- days of diplomatic events
def test_the_same_day_after_a_strike_is_the_strike_s_day():
    text = ("On Tuesday, drones hit the river port of Reni, injuring a crane operator. Moldova found debris near the "
            "border and summoned Russia's ambassador the same day.")
    protests = _of_kind(text, DiplomacyKind.diplomatic_protest)
    assert [p.date.start for p in protests if p.date] == [dt.date(2026, 6, 16)]


def test_the_previous_day_after_a_report_day_still_counts_from_the_report():
    text = "Zelensky said on Friday he had spoken with the Dutch prime minister the previous day."
    assert [d.date.start for d in _of_kind(text, DiplomacyKind.phone_call) if d.date] == [dt.date(2026, 6, 18)]


@pytest.mark.parametrize("text", [
    "At their summit on June 11-12, G7 leaders argued mostly about trade, while on Friday they further agreed to extend "
    "sanctions on Russian oil.",
    "G7 leaders agreed on Friday to extend sanctions on Russian oil, closing a two-day summit in Kananaskis.",
])
def test_a_measure_decided_at_a_gathering_is_a_record_beside_it(text):
    kinds = [r[0] for r in _records(text)]
    assert DiplomacyKind.summit in kinds and DiplomacyKind.sanctions in kinds


def test_the_gathering_opening_the_sentence_keeps_its_own_days():
    text = ("At their summit on June 11-12, G7 leaders argued mostly about trade, while on Friday they further agreed to "
            "extend sanctions on Russian oil.")
    summit = _of_kind(text, DiplomacyKind.summit)[0]
    assert (summit.date.start, summit.date.end) == (dt.date(2026, 6, 11), dt.date(2026, 6, 12))


def test_a_gathering_that_only_discussed_stays_one_record():
    text = "At the summit on June 11-12, G7 leaders argued mostly about trade."
    assert [r[0] for r in _records(text)] == [DiplomacyKind.summit]


@pytest.mark.parametrize("text", [
    "On 16 June, the Government of Canada approved a grant of CAD 30 million for the purchase of transformers and "
    "cable for Ukraine's grid operator.",
    "On 16 June, Canada awarded a CAD 30 million grant for repairs to substations for Ukraine.",
])
def test_a_grant_told_by_its_sum_is_aid(text):
    aid = _of_kind(text, DiplomacyKind.military_aid)
    assert [sorted(a.participants) for a in aid] == [["Canada", "Ukraine"]]


@pytest.mark.parametrize("text", [
    "EU leaders agreed on Thursday to keep the bloc's sanctions against Moscow in place for a further six months.",
    "Britain decided on Thursday to keep its sanctions on Russian banks in force until 2028.",
])
def test_sanctions_kept_in_place_for_a_term_are_a_decision(text):
    assert [r[1] for r in _records(text) if r[0] is DiplomacyKind.sanctions] == [DiplomacyStatus.held]


def test_sanctions_that_should_stay_in_place_are_a_stance():
    text = "Lithuania's president said the sanctions on Russia should stay in place as long as the war goes on."
    assert [r for r in _records(text) if r[0] is DiplomacyKind.sanctions] == []


def test_a_gathering_named_as_an_earlier_one_is_no_plan():
    text = ("The alliance's previous summit, in March, had backed a scheme to buy more interceptors and asked for "
            "contracts to be signed by June.")
    assert all(r[1] is not DiplomacyStatus.planned for r in _records(text, "2026-06-27"))


def test_a_pronoun_subject_takes_the_person_named_just_before():
    text = "President Zelensky stayed in Kyiv this week. On Thursday evening he spoke by phone with Portugal's prime minister."
    assert [r[2] for r in _records(text) if r[0] is DiplomacyKind.phone_call] == [["Portugal", "Ukraine"]]


def test_the_european_commissioner_is_the_union():
    text = "On Thursday, Ukraine's energy minister held a video call with the European Commissioner for Energy."
    calls = [r for r in _records(text) if r[0] in (DiplomacyKind.phone_call, DiplomacyKind.talks)]
    assert calls and all("European Union" in r[2] for r in calls)


def test_two_days_joined_are_the_gathering_s_range():
    text = "NATO leaders, who met in Vilnius on Wednesday and Thursday, adopted a joint statement."
    summit = _records(text, "2026-06-27")
    assert [(r[3]) for r in summit] == [dt.date(2026, 6, 24)]
    rec = diplomacy_of(text, "2026-06-27", grounded=True)[0]
    assert rec.date.end == dt.date(2026, 6, 25)


def test_two_days_apart_are_not_joined():
    text = "NATO leaders, who met in Vilnius on Monday and again on Thursday, adopted a joint statement."
    rec = diplomacy_of(text, "2026-06-27", grounded=True)[0]
    assert rec.date.start == rec.date.end


def test_an_organisation_s_summit_in_a_member_s_city_is_hosted_by_that_state():
    text = "NATO leaders, who met in Vilnius on Wednesday and Thursday, adopted a joint statement."
    assert [r[2] for r in _records(text, "2026-06-27")] == [["Lithuania", "NATO"]]


def test_an_organisation_s_summit_at_its_seat_has_no_host():
    text = "EU leaders, who met in Brussels on Wednesday and Thursday, adopted a joint statement."
    assert [r[2] for r in _records(text, "2026-06-27")] == [["European Union"]]


@pytest.mark.parametrize("word", ["glide-bomb", "glide bomb"])
def test_a_glide_bomb_with_or_without_its_hyphen(word):
    text = f"A {word} attack on Kupiansk on June 2 killed four people, the governor said."
    attack = _attacks.one(text)
    assert [w.type for w in attack.weapons] == [WeaponType.glide_bomb]
