"""Round 47 (7 December 2026). Fresh sentences, written for these tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.dates import find_date
from summariser.grounding.counts import count_support

from probes import AttackProbe, by_place, count_value, day_span, diplomacy_of

_PUBLISHED = "2024-05-20"  # a Monday
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _grounds(value: int, field: str, text: str) -> bool:
    return bool(count_support(value, field, text, (0, len(text))))


def _weapons(text: str, published: str = _PUBLISHED) -> list[tuple[str, int | None, int | None]]:
    (rec,) = _attacks(text, published)
    return [(w.type.value, count_value(w.launched), count_value(w.intercepted)) for w in rec.weapons]


# --------------------------------------------------------------------------- the whole after its downed part, both under one cue
@pytest.mark.parametrize("text, wholes", [
    ("Air defence reported 40 targets downed: 31 of the 35 attack drones and nine of the 12 missiles.", (35, 12)),
    ("Russia launched 60 weapons overnight, of which 45 were destroyed: 31 of the 40 drones and 14 of the 20 missiles.",
     (40, 20)),
])
def test_the_whole_after_a_downed_part_is_launched(text: str, wholes: tuple[int, int]) -> None:
    assert all(_grounds(n, "weapons[0].launched", text) for n in wholes)


def test_the_downed_part_is_never_the_launch() -> None:
    text = "Air defence reported 40 targets downed: 31 of the 35 attack drones and nine of the 12 missiles."
    assert not _grounds(31, "weapons[0].launched", text)


# --------------------------------------------------------------------------- "all N" sent and downed
@pytest.mark.parametrize("text, n", [
    ("Overnight air defence brought down all 31 missiles fired at the capital.", 31),
    ("All 12 drones launched at the port were shot down, the navy said.", 12),
    ("Russia fired 20 missiles, and all 20 missiles launched were destroyed.", 20),
])
def test_all_sent_and_downed_grounds_the_interception(text: str, n: int) -> None:
    assert _grounds(n, "weapons[0].intercepted", text)


@pytest.mark.parametrize("text", [
    "The army said all 14 rockets fired at the town hit homes.",
    "Air defence destroyed 30 drones; all 14 rockets fired at the town fell on homes.",
])
def test_all_sent_that_landed_is_no_interception(text: str) -> None:
    assert not _grounds(14, "weapons[0].intercepted", text)


@pytest.mark.parametrize("text", [
    "On Thursday morning Russia fired 40 drones at Kyiv; air defence destroyed all of them.",
    "On Thursday morning Russia fired 40 drones at Kyiv. Gunners shot down all of them.",
])
def test_a_wave_downed_whole_in_the_active_grounds_it(text: str) -> None:
    assert _grounds(40, "weapons[0].intercepted", text)


def test_a_wave_not_downed_whole_grounds_nothing() -> None:
    text = "On Thursday morning Russia fired 40 drones at Kyiv. Air defence did not destroy all of them."
    assert not _grounds(40, "weapons[0].intercepted", text)


@pytest.mark.parametrize("text", [
    "On Thursday morning air defence brought down all 31 missiles fired at Kyiv, the city's military administration said.",
    "On Thursday morning all 31 missiles fired at Kyiv were shot down, the city's military administration said.",
    "On Thursday morning air defence shot down all 31 missiles over Kyiv, the city's military administration said.",
])
def test_all_n_downed_is_launched_and_intercepted_in_rules(text: str) -> None:
    assert _weapons(text) == [("missile", 31, 31)]


@pytest.mark.parametrize("text, weapons", [
    ("Air defences destroyed all of the eight cruise missiles that Russia fired at Lviv overnight.",
     [("cruise_missile", 8, 8)]),
    ("Overnight both ballistic missiles were shot down over Odesa, the navy said.", [("ballistic_missile", 2, 2)]),
    ("Overnight both ballistic missiles fired at Odesa were shot down, the navy said.", [("ballistic_missile", 2, 2)]),
    ("Overnight both missiles hit the port of Odesa, the navy said.", [("missile", 2, None)]),
])
def test_all_of_the_and_both_tell_the_whole_wave(text: str, weapons: list[tuple[str, int, int | None]]) -> None:
    assert _weapons(text) == weapons


def test_all_n_that_hit_is_launched_only_in_rules() -> None:
    text = "On Thursday morning all 31 Russian missiles fired at Kyiv hit the city's outskirts, officials said."
    assert _weapons(text) == [("missile", 31, None)]


# --------------------------------------------------------------------------- a toll told as the object of a report
@pytest.mark.parametrize("verb", ["reported", "confirmed", "left"])
def test_one_person_told_dead_as_the_object_of_a_verb_is_killed(verb: str) -> None:
    who = "The strike" if verb == "left" else "The regional military administration"
    rec = _attacks.one(f"In Kherson, a drone struck a bus stop early on Tuesday. {who} {verb} one man dead and eight "
                       "people injured.")
    assert (count_value(rec.killed), count_value(rec.injured)) == (1, 8)


def test_one_person_reported_missing_is_no_death() -> None:
    rec = _attacks.one("In Kherson, a drone struck a bus stop early on Tuesday. The regional military administration "
                       "reported one man missing and eight people injured.")
    assert rec.killed is None


# --------------------------------------------------------------------------- a day told beside "earlier this month"
@pytest.mark.parametrize("published", ["2024-04-01", "2024-04-02"])
def test_a_calendar_day_beside_earlier_this_month_dates_the_strike(published: str) -> None:
    rec = _attacks.one("Four of the houses on the list were already hit earlier this month: on 2 March a Russian drone "
                       "struck a block of flats in the same district of Odesa, killing 12 people.", published)
    assert day_span(rec) == (dt.date(2024, 3, 2), dt.date(2024, 3, 2))


def test_earlier_this_month_alone_stays_a_span_of_the_month() -> None:
    span = find_date("Four of the houses were hit earlier this month.", published=dt.date(2024, 4, 20))
    assert span is not None and span.start == dt.date(2024, 4, 1)


# --------------------------------------------------------------------------- a lead naming towns, each told after it
def test_a_lead_naming_towns_each_told_after_is_no_record() -> None:
    recs = _attacks("Early on Tuesday, drones attacked two plants in the Samara region: a refinery in Syzran and a "
                    "fuel depot near Novokuibyshevsk. In Syzran, a drone set fire to a distillation column. In "
                    "Novokuibyshevsk, two workers were injured, the governor said.")
    assert len(recs) == 2 and all(len(r.locations) == 1 for r in recs)


def test_a_lead_with_a_town_told_nowhere_else_keeps_its_record() -> None:
    recs = _attacks("Early on Tuesday, drones attacked a refinery in Syzran and a fuel depot near Novokuibyshevsk. "
                    "In Syzran, a drone set fire to a distillation column.")
    assert any(len(r.locations) == 2 for r in recs)


# --------------------------------------------------------------------------- one weapon counted as the subject of its hit
@pytest.mark.parametrize("subject, launched", [
    ("one drone", 1), ("only one drone", 1), ("a drone", None), ("a Russian drone", None),
])
def test_one_counted_weapon_that_hit_is_launched(subject: str, launched: int | None) -> None:
    text = f"Drones attacked the Nizhnekamsk refinery early on Tuesday. At the plant, {subject} hit the distillation unit."
    assert _weapons(text, "2024-04-03") == [("drone", launched, None)]


def test_one_weapon_of_a_wave_counted_in_its_sentence_is_a_hit() -> None:
    text = ("Drones attacked Poltava early on Tuesday. The governor said one drone struck a bakery and another a garage, "
            "while air defence destroyed most of the 15 drones sent against the region.")
    assert _weapons(text, "2024-04-03") == [("drone", 15, None)]


# --------------------------------------------------------------------------- talks put off, opened by a fronted phrase
@pytest.mark.parametrize("opener", ["Closer to home, ", "Meanwhile, ", "In the west of the country, "])
def test_talks_put_off_after_a_fronted_phrase_are_stalled_at_their_venue(opener: str) -> None:
    (rec,) = diplomacy_of(f"{opener}talks between Ukraine's and Poland's deputy ministers on rebuilding schools, which "
                          "were to be held in Lviv on 12 May, were postponed after the shelling; no new date has been set.",
                          _PUBLISHED)
    assert (rec.kind.value, rec.status.value) == ("talks", "stalled")
    assert rec.location is not None and rec.location.name == "Lviv"


def test_talks_that_went_ahead_after_a_fronted_phrase_are_held() -> None:
    (rec,) = diplomacy_of("Closer to home, talks between Ukraine's and Poland's deputy ministers, which had been "
                          "postponed twice, were held in Lviv on 12 May.", _PUBLISHED)
    assert rec.status.value == "held"


@pytest.mark.parametrize("text, city", [
    ("A meeting of the two countries' energy ministers that will take place in Odesa next week was confirmed on Monday.",
     "Odesa"),
    ("Talks between the Ukrainian and Moldovan governments, which will be held in Chernihiv on 30 May, are to cover "
     "border crossings.", "Chernihiv"),
])
def test_the_venue_told_in_the_events_relative_clause(text: str, city: str) -> None:
    (rec,) = diplomacy_of(text, _PUBLISHED)
    assert rec.location is not None and rec.location.name == city


def test_a_town_a_relative_clause_tells_of_a_person_is_no_venue() -> None:
    (rec,) = diplomacy_of("Zelensky held talks on Monday with the new Polish envoy, who was born in Lviv.", _PUBLISHED)
    assert rec.location is None or rec.location.name != "Lviv"


# --------------------------------------------------------------------------- a site the gazetteer knows, "at the" resort
@pytest.mark.parametrize("text", [
    "Switzerland will host a summit on peace in Ukraine at the Bürgenstock resort on 15-16 June.",
    "Switzerland is to host a summit on peace in Ukraine at heads-of-state level at the Burgenstock resort on 15-16 June.",
])
def test_a_gazetteer_site_told_at_the_is_the_venue(text: str) -> None:
    (rec,) = diplomacy_of(text, "2024-04-26")
    assert rec.location is not None and rec.location.name == "Bürgenstock" and rec.location.country == "Switzerland"


def test_an_unknown_hotel_is_no_venue() -> None:
    (rec,) = diplomacy_of("Austria will host a conference of donors and a summit on demining at the Grand Hotel on "
                          "3-4 July.", "2024-04-26")
    assert rec.location is None


# --------------------------------------------------------------------------- what a counterpart told reporters
@pytest.mark.parametrize("speech", [
    "who told reporters Poland was ready to host a summit with Belarus",
    "who said Poland would one day host talks with Belarus",
])
def test_states_in_a_counterparts_reported_speech_are_no_side(speech: str) -> None:
    (rec,) = diplomacy_of(f"On 2 May President Zelensky was in Warsaw for talks with President Duda, {speech}.",
                          _PUBLISHED)
    assert set(rec.participants) == {"Ukraine", "Poland"}


def test_a_state_met_is_a_side_beside_a_relative_clause() -> None:
    (rec,) = diplomacy_of("On 2 May Zelensky held talks in Warsaw with Duda and with the Lithuanian president, who "
                          "flew in for the day.", _PUBLISHED)
    assert {"Ukraine", "Poland", "Lithuania"} <= set(rec.participants)


# --------------------------------------------------------------------------- the next sentence's own event put off
def test_a_plan_keeps_its_status_when_the_next_sentence_puts_off_another_event() -> None:
    recs = diplomacy_of("Austria is to host a summit on demining in Vienna on 3-4 July. Closer to home, talks between "
                        "Ukraine's and Poland's deputy ministers, which were to be held in Lviv on 5 May, were postponed; "
                        "no new date has been set.", "2024-04-26")
    status = {r.kind.value: r.status.value for r in recs}
    assert status == {"summit": "planned", "talks": "stalled"}


def test_the_event_named_again_and_put_off_is_stalled() -> None:
    recs = diplomacy_of("Austria is to host a summit on demining in Vienna on 3 July. The summit was later postponed; "
                        "no new date has been set.", "2024-04-26")
    assert [r.status.value for r in recs] == ["stalled"]


# --------------------------------------------------------------------------- a joint body's sitting by video
@pytest.mark.parametrize("text", [
    "We can say only this: the NATO-Ukraine Council is to meet at the level of foreign ministers on Thursday, by video "
    "link, to discuss shells for Ukraine.",
    "The NATO-Ukraine Council will convene on Thursday by video link.",
])
def test_a_joint_bodys_sitting_by_video_is_a_meeting_of_both(text: str) -> None:
    (rec,) = diplomacy_of(text, _PUBLISHED)
    assert rec.kind.value == "meeting" and set(rec.participants) == {"NATO", "Ukraine"}


def test_two_leaders_by_video_link_are_a_call() -> None:
    (rec,) = diplomacy_of("Zelensky and the Dutch prime minister spoke by video link on Thursday.", _PUBLISHED)
    assert rec.kind.value == "phone_call"


# --------------------------------------------------------------------------- a plan set for the day just told
def test_a_visit_planned_for_that_day_takes_the_day_told_before() -> None:
    (rec,) = diplomacy_of("The closures announced for Wednesday 24 April no longer apply. The visit to the castle "
                          "planned for that day by the foreign ministers of Austria and Ukraine was called off at short "
                          "notice.", "2024-04-26")
    assert rec.status.value == "cancelled" and rec.date is not None and rec.date.start == dt.date(2024, 4, 24)


# --------------------------------------------------------------------------- weapons shown, not used
@pytest.mark.parametrize("shown", ["an exhibition of drones", "a display of captured Russian drones"])
def test_weapons_on_show_are_not_the_strikes(shown: str) -> None:
    rec = _attacks.one(f"On Sunday a missile hit the square in Lutsk, where people had come to see {shown}, killing seven.")
    assert [w.type.value for w in rec.weapons] == ["missile"]


def test_drones_that_hit_an_exhibition_are_the_strikes() -> None:
    rec = _attacks.one("On Sunday drones hit an exhibition of paintings in Lutsk, injuring seven.")
    assert [w.type.value for w in rec.weapons] == ["drone"]


# --------------------------------------------------------------------------- a site taken up by its noun
def test_the_resort_named_before_is_the_visits_venue() -> None:
    recs = diplomacy_of("Switzerland will host a summit on peace at the Bürgenstock resort on 15-16 June. The closures "
                        "announced for Wednesday 24 April no longer apply. The visit to the resort planned for that day "
                        "by the foreign ministers of Switzerland and Ukraine was called off at short notice.", "2024-04-26")
    visit = next(r for r in recs if r.kind.value == "visit")
    assert visit.location is not None and visit.location.name == "Bürgenstock"


def test_a_resort_never_named_is_no_venue() -> None:
    (rec,) = diplomacy_of("The closures announced for Wednesday 24 April no longer apply. The visit to the resort "
                          "planned for that day by the foreign ministers of Austria and Ukraine was called off.",
                          "2024-04-26")
    assert rec.location is None
