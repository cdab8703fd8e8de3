"""Round 15 (2 December, evening): the LLM path's losses and shared count reading.

- apposition: "the baker, a man of 52, and his nephew" are two people, not three (codebook 6);
Fresh sentences, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import count_value as _v
from summariser import grounding
from summariser.articles import make_article
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.backends.rules import RulesBackend


def _rules(text: str) -> list:
    article = make_article(text, published="2026-05-20")
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


def _grounded(text: str, **fields):
    base = {"kind": "other", "places": [], "weapons": [], "evidence": [text]}
    base.update(fields)
    draft = ArticleDraft.model_validate({"attacks": [base]})
    return draft_to_records(draft, text, published=dt.date(2026, 5, 20)).attacks[0]


# --------------------------------------------------------------------------- apposition (dev27 A1)

_APPOSED = [
    ("A shell hit a bakery in Nikopol on Sunday; the baker, a man of 52, and his nephew were injured.", "injured"),
    ("A drone struck a garage in Sumy overnight. Its owner, a woman aged 66, and her neighbour were wounded.",
     "injured"),
    ("The watchman, a local man, and a passer-by were killed when a missile hit a depot in Kharkiv.", "killed"),
    ("A glide bomb hit Kostiantynivka on Friday; the shopkeeper, a pensioner of 71, and his wife died.", "killed"),
    ("Shelling hit Beryslav on Friday. The tractor driver, a teenager, and a farmer were hurt.", "injured"),
    ("In Kherson on Tuesday the cyclist, a woman of 35, and her son were wounded by a drone.", "injured"),
    ("A missile hit Odesa port at night, and his driver, an elderly man, and a docker were injured.", "injured"),
    # the second person's age before the noun is no count of its own ("his 12-year-old daughter")
    ("A drone hit a van near Vovchansk on Monday; the driver, a man of 47, and his 12-year-old daughter were "
     "wounded.", "injured"),
    ("Shelling struck a farm outside Huliaipole. The farmer, a man of 60, and his eight-year-old grandson were "
     "hurt.", "injured"),
]


@pytest.mark.parametrize("text,field", _APPOSED)
def test_grounding_keeps_two_for_a_role_and_its_apposition(text, field):
    a = _grounded(text, places=["Kharkiv"], **{field: 2})
    assert _v(getattr(a, field)) == 2


@pytest.mark.parametrize("text,field", _APPOSED)
def test_rules_count_a_role_and_its_apposition_as_one(text, field):
    assert [_v(getattr(a, field)) for a in _rules(text)] == [2]


@pytest.mark.parametrize("text,field,n", [
    ("A drone hit Sumy on Monday; the driver, a medic and a passer-by were injured.", "injured", 3),
    ("A shell hit Kherson on Monday; a man of 51, a woman of 47 and their son were injured.", "injured", 3),
    ("A missile hit Dnipro on Monday; the driver, a guard, a nurse and a medic were wounded.", "injured", 4),
])
def test_a_list_of_roles_is_still_a_list(text, field, n):
    a = _grounded(text, places=["Sumy"], **{field: n})
    assert _v(getattr(a, field)) == n
    assert [_v(getattr(r, field)) for r in _rules(text)] == [n]


# --------------------------------------------------------------------------- diplomacy drafts

def _dip(text: str, published: str = "2026-05-20", **fields):
    base = {"kind": "visit", "status": "planned", "participants": [], "evidence": [text]}
    base.update(fields)
    draft = ArticleDraft.model_validate({"diplomacy": [base]})
    out = draft_to_records(draft, text, published=dt.date.fromisoformat(published))
    return (out.diplomacy or [None])[0], out.rejected


# "X is due in <city>": a planned visit (dev27 A2)
@pytest.mark.parametrize("text,who,host", [
    ("The Austrian chancellor is due in Chisinau on Thursday, his office said.", "Austria", "Moldova"),
    ("Finland's prime minister is expected in Tbilisi next week for a two-day programme.", "Finland", "Georgia"),
    ("Croatia's foreign minister is set to arrive in Kyiv on Monday, a spokesman said.", "Croatia", "Ukraine"),
    ("Latvia's president is due to travel to Yerevan on 3 June.", "Latvia", "Armenia"),
    ("Belgian ministers are due in Warsaw on Friday to discuss air defence.", "Belgium", "Poland"),
    ("Irish President Michael D. Higgins is due in Vilnius on Tuesday. Higgins is expected to meet the speaker.",
     "Ireland", "Lithuania"),
])
def test_a_visit_told_as_a_schedule_is_an_event(text, who, host):
    rec, rejected = _dip(text, participants=[who, host])
    assert rec is not None, rejected
    assert rec.kind.value == "visit"


@pytest.mark.parametrize("text", [
    "The census results are due in March, officials in Kyiv said.",
    "A court verdict is due in Vienna on Friday.",
    "Heavy snow is expected in Lviv on Monday.",
])
def test_a_schedule_with_no_visitor_is_no_event(text):
    rec, _ = _dip(text, participants=["Ukraine"])
    assert rec is None


# a stalled round's planned day, just ahead of publication, is this year's (dev28 A1)
@pytest.mark.parametrize("text,published,when,day", [
    ("Ankara was to have hosted the next round on Dec. 4; it has now been shelved.", "2026-11-29", "Dec. 4",
     "2026-12-04"),
    ("Talks scheduled for 11 March in Jeddah have been pushed back, with no fresh date offered.", "2026-03-06",
     "11 March", "2026-03-11"),
    ("A ministers' meeting set for January 16 was postponed indefinitely, Rome said.", "2026-01-12", "January 16",
     "2026-01-16"),
    ("The Oslo session pencilled in for the 23rd of October is off for now.", "2026-10-19", "23rd of October",
     "2026-10-23"),
    ("Delegates had been expected in Geneva on Feb. 5; that session is on hold.", "2026-01-31", "Feb. 5",
     "2026-02-05"),
    ("The round of talks due in Baku on 2 January has stalled, both sides said.", "2025-12-20", "2 January", "2026-01-02"),
])
def test_a_stalled_rounds_planned_day_is_ahead(text, published, when, day):
    rec, rejected = _dip(text, published, kind="talks", status="stalled", when=when, participants=[])
    assert rec is not None and rec.date is not None, rejected
    assert rec.date.start.isoformat() == day


@pytest.mark.parametrize("text,published,when,day", [
    ("Talks held in Geneva on Feb. 2 broke down and have stalled since.", "2026-03-20", "Feb. 2", "2026-02-02"),
    ("The talks have stalled since the round of 14 November last year.", "2026-03-20", "14 November last year",
     "2025-11-14"),
    ("Negotiations begun in Riyadh on 9 June stalled in the summer.", "2026-10-01", "9 June", "2026-06-09"),
])
def test_a_stall_since_a_past_day_keeps_that_day(text, published, when, day):
    rec, rejected = _dip(text, published, kind="talks", status="stalled", when=when, participants=[])
    assert rec is not None and rec.date is not None, rejected
    assert rec.date.start.isoformat() == day


# the host state through a named city (dev27 A3)
@pytest.mark.parametrize("text,guest,host", [
    ("Dutch ministers visited Zaporizhzhia's children's hospital on Tuesday.", "Netherlands", "Ukraine"),
    ("Japan's foreign minister visited Odesa port on Friday and pledged help.", "Japan", "Ukraine"),
    ("The Swedish envoy visited Chernihiv on Monday, meeting the governor.", "Sweden", "Ukraine"),
    ("Poltava's mayor on the war: \"Their trade minister came to us on Tuesday and we signed a deal.\" "
     "The Danish minister toured the city.", "Denmark", "Ukraine"),
    ("Kharkiv mayor speaks.\n\nThe Czech minister came here last week and we agreed to rebuild two schools.",
     "Czech Republic", "Ukraine"),
    ("Estonia's premier toured Bucha on Saturday during his visit and laid flowers.", "Estonia", "Ukraine"),
])
def test_the_host_state_of_a_visited_city_takes_part(text, guest, host):
    rec, rejected = _dip(text, kind="visit", status="held", participants=[guest, host])
    assert rec is not None, rejected
    assert rec.participants == [guest, host], rejected


@pytest.mark.parametrize("text,guest,other", [
    ("The Austrian minister, who was born in Lviv, met the Moldovan president in Chisinau.", "Austria", "Ukraine"),
    ("The envoy flew to Chisinau with a stop in Iasi and visited the parliament.", "Ukraine", "Romania"),
    ("Japan's foreign minister visited Warsaw on Friday; Odesa was shelled overnight.", "Japan", "Ukraine"),
])
def test_a_city_that_is_no_venue_gives_no_host(text, guest, other):
    rec, _ = _dip(text, kind="visit", status="held", participants=[guest, other])
    assert rec is None or other not in rec.participants


# "N days later" told from the day of the strike before, not its part of day (dev28 A2)
@pytest.mark.parametrize("text,when,place,day", [
    ("On 2 May shells hit Nikopol in the evening. Two days later a drone struck its water plant.",
     "Two days later", "Nikopol", "2026-05-04"),
    ("Shells hit Kupiansk on Saturday morning, killing one. Three days later, drones struck Izium.",
     "Three days later", "Izium", "2026-05-19"),
    ("Glide bombs hit Vovchansk on 11 May in the afternoon. A day later, artillery shelled Kupiansk.",
     "A day later", "Kupiansk", "2026-05-12"),
    ("The depot in Lozova burned on 9 May at dawn. Six days later, drones returned to it.",
     "Six days later", "Lozova", "2026-05-15"),
    ("Drones hit Kremenchuk on 6 May around midnight. Five days later a missile struck the refinery.",
     "Five days later", "Kremenchuk", "2026-05-11"),
    ("Missiles struck Reni on 3 May shortly before dawn. Four days later, drones hit the port of Izmail.",
     "Four days later", "Izmail", "2026-05-07"),
])
def test_days_later_counts_from_the_strike_before(text, when, place, day):
    a = _grounded(text, places=[place], when=when, evidence=[text.split(". ")[-1]])
    assert a.date is not None and a.date.start.isoformat() == day


# Changed in round 28 (dev50): a bare part of the day in a later sentence continues the day told before it ("on 14
# May ... in the evening" is that 14 May's evening, as a reader takes it), so "two days later" counts from 14 May;
# round 15 had read it as the publication day's evening (2026-05-22).
def test_days_later_after_a_bare_part_of_day_counts_from_the_day_told_before():
    text = "Drones struck Sumy on 14 May. Shells fell on Konotop in the evening. Two days later, missiles hit Romny."
    a = _grounded(text, places=["Romny"], when="Two days later", evidence=[text.split(". ")[-1]])
    assert a.date is not None and a.date.start.isoformat() == "2026-05-16"


# --------------------------------------------------------------------------- counts (dev28 D1, A3)

def _weapons(text: str) -> list[list[tuple]]:
    return [[(w.type.value, _v(w.launched), _v(w.intercepted)) for w in a.weapons] for a in _rules(text)]


_DROPPED = [
    ("Russian aircraft dropped five glide bombs on Kostiantynivka on Sunday.", 5),
    ("Su-34 jets released three guided aerial bombs on Kupiansk overnight, the governor said.", 3),
    ("Warplanes let loose four KAB bombs on Huliaipole on Monday.", 4),
    ("On Tuesday Russian jets dropped six aerial bombs on Orikhiv, wounding two residents.", 6),
    ("Seven guided bombs were dropped on Vovchansk on Wednesday, the regional head said.", 7),
    ("Aircraft released two glide bombs over Kherson's Dnipro district on Friday.", 2),
]


@pytest.mark.parametrize("text,n", _DROPPED)
def test_grounding_keeps_bombs_dropped_as_launched(text, n):
    a = _grounded(text, places=["Kupiansk"], kind="air_drone_strike",
                  weapons=[{"type": "glide_bomb", "launched": n}])
    assert [(w.type.value, _v(w.launched)) for w in a.weapons] == [("glide_bomb", n)]


@pytest.mark.parametrize("text,n", _DROPPED)
def test_rules_read_bombs_dropped_as_launched(text, n):
    assert [[w[1] for w in ws if w[0] == "glide_bomb"] for ws in _weapons(text)] == [[n]]


@pytest.mark.parametrize("text", [
    "Leaflets dropped on Kupiansk on Sunday told residents to leave.",
    "Russian forces dropped 12 glide bombs along the front line over the day.",
])
def test_dropped_with_no_bombs_or_front_wide_is_no_launch_here(text):
    assert all(w[1] is None for ws in _weapons(text) for w in ws)


@pytest.mark.parametrize("text,injured,children", [
    ("A drone hit a yard in Sumy on Monday, injuring three people. A boy of nine was among the injured.", 3, 1),
    ("Shells hit Nikopol on Sunday, wounding four. One of the wounded, a girl of eleven, is in hospital.", 4, 1),
    ("A missile struck Zaporizhzhia on Friday. An 80-year-old woman sheltering in her cellar was hurt.", 1, None),
    ("A glide bomb hit Kupiansk on Tuesday; a 67-year-old man walking his dog was wounded.", 1, None),
    ("Missiles struck Dnipro overnight. Fourteen people are now listed as injured, the governor said.", 14, None),
    ("Drones struck Kharkiv on Monday. Nine residents were registered as wounded.", 9, None),
])
def test_people_told_one_by_one_or_listed_are_counted(text, injured, children):
    assert [(_v(a.injured), _v(a.children_injured)) for a in _rules(text)] == [(injured, children)]


@pytest.mark.parametrize("text", [
    "A drone hit Sumy on Monday. A man of 40 was evacuated from the building.",
    "A missile struck a 12-storey block in Kyiv on Friday; no one was hurt.",
    "Shells hit Kherson on Sunday. A woman of 70 living nearby was listed as a witness.",
])
def test_no_casualty_from_an_age_alone(text):
    assert all(_v(a.injured) in (None, 0) for a in _rules(text))


# --------------------------------------------------------------------------- "City, City Oblast" (dev27 A5)

@pytest.mark.parametrize("text,raw", [
    ("Zelensky spoke in Kyiv on Monday. Last month, a missile struck the capital and killed four people.",
     "Kyiv, Kyiv Oblast, Ukraine"),
    ("Kyiv's mayor opened a shelter on Friday. In March, drones hit the capital, injuring six.",
     "Kyiv (Kyiv Oblast, Ukraine)"),
    ("Officials in Kyiv said the grid held. The capital was last struck on 4 May, when two died.",
     "Kyiv, Kyiv Oblast"),
])
def test_a_city_qualified_by_its_own_region_is_the_city(text, raw):
    a = _grounded(text, places=[raw])
    assert [(l.name, l.level.value) for l in a.locations] == [("Kyiv", "city")]


@pytest.mark.parametrize("raw,name,level", [
    ("Kyiv, Kyiv Oblast, Ukraine", "Kyiv", "city"),
    ("Kharkiv, Kharkiv Oblast, Ukraine", "Kharkiv", "city"),
    ("Odesa, Odesa region", "Odesa", "city"),
    ("Kyiv Oblast", "Kyiv Oblast", "region"),
    ("Bucha, Kyiv Oblast, Ukraine", "Bucha", "city"),
    ("Sumy Oblast, Ukraine", "Sumy Oblast", "region"),
])
def test_resolving_city_and_region_forms(raw, name, level):
    from summariser.grounding.complete import resolve_location
    loc, known = resolve_location(raw)
    assert known and (loc.name, loc.level.value) == (name, level)


# --------------------------------------------------------------------------- "the K Territory" (dev27 D4)

def _places(text: str) -> list[list[str]]:
    return [[l.name for l in a.locations] for a in _rules(text)]


@pytest.mark.parametrize("text,places", [
    ("In Russia's Krasnodar Territory, drones struck an oil depot in Tuapse overnight.", [["Tuapse"]]),
    ("A drone struck an oil terminal in Tuapse in the Krasnodar Territory on Sunday.", [["Tuapse"]]),
    ("In the Perm Territory, drones struck a plant in Berezniki overnight.", [["Berezniki"]]),
    ("In the Perm Krai, a drone hit a depot in Berezniki on Monday.", [["Berezniki"]]),
    ("In the Stavropol Territory a drone hit a substation on Monday, the governor said.", [["Stavropol Krai"]]),
    ("Two drones hit a refinery in Tuapse, Krasnodar Territory, on Friday.", [["Tuapse"]]),
])
def test_a_territory_is_its_krai_not_its_capital(text, places):
    assert _places(text) == places


@pytest.mark.parametrize("text,places", [
    ("Drones hit an oil depot in Krasnodar on Monday.", [["Krasnodar"]]),
    ("Drones struck deep into Russian territory overnight, hitting a depot in Bryansk.", [["Bryansk"]]),
    ("A drone hit a warehouse in the city of Perm on Monday.", [["Perm"]]),
])
def test_a_city_named_as_a_city_stays_the_city(text, places):
    assert _places(text) == places


@pytest.mark.parametrize("raw,name", [
    ("Krasnodar Territory", "Krasnodar Krai"), ("the Perm Territory", "Perm Krai"),
    ("Stavropol Territory, Russia", "Stavropol Krai"), ("Krasnodar", "Krasnodar"),
])
def test_grounding_reads_a_models_territory_as_its_krai(raw, name):
    from summariser.grounding.complete import resolve_location
    loc, known = resolve_location(raw)
    assert known and loc.name == name


def test_a_territory_that_is_no_krai_is_unknown():
    from summariser.grounding.complete import resolve_location
    assert not resolve_location("Kharkiv territory")[1] or resolve_location("Kharkiv territory")[0].name != "Kharkiv Oblast"


@pytest.mark.parametrize("text,guest", [
    ("Dutch ministers toured Zaporizhzhia's children's hospital on Tuesday.", "Netherlands"),
    ("Estonia's premier toured Bucha on Saturday and laid flowers.", "Estonia"),
    ("The Irish foreign minister was touring Kharkiv's rebuilt school on Monday.", "Ireland"),
])
def test_an_officeholders_tour_of_a_named_place_is_a_visit(text, guest):
    rec, rejected = _dip(text, kind="visit", status="held", participants=[guest, "Ukraine"])
    assert rec is not None and rec.participants == [guest, "Ukraine"], rejected


@pytest.mark.parametrize("text", [
    "The orchestra toured Poland in the spring before the war.",
    "Reporters toured the damaged Kharkiv school on Monday.",
])
def test_a_tour_with_no_officeholder_is_no_visit(text):
    rec, _ = _dip(text, kind="visit", status="held", participants=["Ukraine"])
    assert rec is None
