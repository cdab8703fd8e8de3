"""r21 (dev40 D9): participants and venue through anaphor and reference — a person named again by a
family name that comes first ("Wang Yi" … "Wang"), "the two" as a subject, a state that "has not
commented" on the event (no side), a city taken up as "the southern city", and Guangzhou in the gazetteer.
Fresh sentences; near-misses must not fire."""

from __future__ import annotations

import pytest
from diplomacy_probes import wednesday_record as _one, wednesday_records as _recs

from summariser import knowledge
from summariser.records import DiplomacyKind as K


def test_guangzhou_is_a_chinese_city():
    place = knowledge.lookup("Guangzhou")
    assert place is not None and place.country == "China" and place.admin1 == "Guangdong"


@pytest.mark.parametrize("text, sides", [
    ("Chinese Foreign Minister Wang Yi met Brazil's foreign minister in Beijing on Monday. Later, Wang spoke by "
     "phone with Sergei Lavrov on Tuesday.", {"China", "Russia"}),
    ("Premier Li Qiang toured a fair in Shanghai on Sunday. On Monday Li held a phone call with Germany's Scholz.",
     {"China", "Germany"}),
])
def test_a_family_name_first_is_found_alone_after_the_full_name(text, sides):
    calls = [r for r in _recs(text) if r.kind is K.phone_call]
    assert len(calls) == 1 and set(calls[0].participants) == sides


def test_near_miss_a_family_name_never_introduced_is_no_one():
    rec = _one("Wang spoke by phone with Sergei Lavrov on Tuesday.")
    assert "China" not in rec.participants


@pytest.mark.parametrize("text, sides", [
    ("Lammy spoke by phone with Ukraine's Sybiha on Monday. The two will meet again in Oslo on 3 April.",
     {"United Kingdom", "Ukraine"}),
    ("Rubio called Fidan on Monday. Both will attend talks in Geneva next week.", {"United States", "Turkey"}),
])
def test_the_two_as_a_subject_are_the_sides_of_the_event_just_told(text, sides):
    later = [r for r in _recs(text) if r.status.value == "planned"]
    assert later and set(later[0].participants) >= sides


def test_near_miss_the_two_before_a_noun_of_no_side_adds_no_one():
    recs = _recs("Lammy spoke by phone with Ukraine's Sybiha on Monday. The two drones were shot down over Kharkiv.")
    assert len(recs) == 1


@pytest.mark.parametrize("text, sides", [
    ("Lavrov and Fidan talked by telephone on Sunday about shipping. Budapest has so far not commented on the "
     "latest call.", {"Russia", "Turkey"}),
    ("Macron spoke by phone with Erdogan on Monday. Moscow has yet to react to the call.", {"France", "Turkey"}),
    ("Macron spoke by phone with Erdogan on Monday. Kyiv offered no comment on the conversation.", {"France", "Turkey"}),
])
def test_a_state_silent_on_the_event_is_no_side(text, sides):
    rec = _one(text)
    assert set(rec.participants) == sides


def test_near_miss_a_new_call_after_the_first_is_its_own():
    recs = _recs("Macron spoke by phone with Erdogan on Monday. Zelensky spoke on the phone with Macron on Tuesday.")
    assert [set(r.participants) for r in recs] == [{"France", "Turkey"}, {"Ukraine", "France"}]


@pytest.mark.parametrize("text, city", [
    ("Sybiha held talks with Wang Yi in Guangzhou on Wednesday. Sybiha arrived in the southern city late on "
     "Monday for a two-day visit.", "Guangzhou"),
    ("The ministers met in Odesa on Friday. Baerbock arrived in the port city on Thursday for a visit.", "Odesa"),
])
def test_a_city_taken_up_by_its_epithet_is_the_venue(text, city):
    visits = [r for r in _recs(text) if r.kind is K.visit]
    assert visits and visits[0].location is not None and visits[0].location.name == city


def test_near_miss_a_capitalised_epithet_is_a_name_not_an_anaphor():
    visits = [r for r in _recs("The ministers met in Odesa on Friday. Baerbock arrived in the Polish capital on "
                                "Thursday for a visit.") if r.kind is K.visit]
    assert not visits or visits[0].location is None or visits[0].location.name != "Odesa"
