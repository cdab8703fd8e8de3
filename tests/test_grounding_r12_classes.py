"""Round-12 loss classes, each in general form with fresh sentences: a visit told as a trip, a
stay, a stop, time spent or travel on to a place; a return of bodies or people; an interception
told with a bare "down", and a nil interception told as every weapon getting through; a called-off
event's weekday; a place with an admin qualifier the article does not give. Each kept value has a
refused one beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import count_support

PUBLISHED = dt.date(2026, 11, 21)  # a Saturday


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


def _diplomacy(text: str, kind: str = "visit", participants=("Germany",), **extra):
    record = {"kind": kind, "participants": list(participants), "evidence": [text], "description": "an event", **extra}
    return draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)


def _no_event(got) -> bool:
    return any("describes no diplomatic event" in r.reason for r in got.rejected)


# --------------------------------------------------------------------------- G1: visits without "visit"

VISIT_AS_JOURNEY = [
    "The Dutch defence minister spent Wednesday in Kyiv, his second trip there this year.",
    "The German chancellor's stop in Warsaw lasted barely four hours.",
    "During his two-day stay in Kyiv, the German president toured a children's hospital.",
    "From Kyiv the German foreign minister travelled on to Chisinau.",
    "The German defence minister spent two days in Vilnius with troops stationed there.",
    "A brief stopover in Riga ended the German chancellor's tour of the Baltics.",
    "The German minister's trip to Odesa had not been announced in advance.",
]


@pytest.mark.parametrize("sentence", VISIT_AS_JOURNEY)
def test_a_visit_told_as_a_journey_is_a_diplomatic_event(sentence):
    got = _diplomacy(sentence)
    assert got.diplomacy, got.rejected


NO_JOURNEY = [
    "German refugees spent the night in the metro as the sirens wailed.",
    "A German soldier stepped on a trip wire near the river.",
    "The power stayed off in the German quarter of the city all day.",
    "A stop in production hit German factories after the strike.",  # "stop" before no place
    "Passengers on German trains spent hours in the cold at the border.",
]


@pytest.mark.parametrize("sentence", NO_JOURNEY)
def test_a_night_a_trip_wire_or_a_stay_of_power_is_no_event(sentence):
    assert _no_event(_diplomacy(sentence))


# --------------------------------------------------------------------------- G2: returns of people

RETURNS = [
    ("Kyiv took back the bodies of 757 soldiers and gave Russia 45 in return, officials said.", "prisoner_exchange"),
    ("The remains of 800 Ukrainian servicemen were repatriated from Russia on Friday.", "prisoner_exchange"),
    ("Russia returned 20 Ukrainian civilians in the latest swap.", "prisoner_exchange"),
    ("Kyiv said 150 Ukrainian prisoners of war had been brought home from Russia.", "prisoner_exchange"),
    ("Seventeen Ukrainian children were reunited with their families under an arrangement brokered by Qatar.", "other"),
]


@pytest.mark.parametrize("sentence, kind", RETURNS)
def test_a_return_of_bodies_or_people_is_a_diplomatic_event(sentence, kind):
    got = _diplomacy(sentence, kind=kind, participants=("Ukraine",))
    assert got.diplomacy, got.rejected


@pytest.mark.parametrize("sentence", [
    "Bodies were pulled from the rubble of the block in Ukraine.",
    "Ukrainian children returned to school on Monday after the holidays.",
    "Ukrainian troops took back the village after a week of fighting.",
    "Ukrainian soldiers returned fire at the Russian positions.",
])
def test_bodies_in_rubble_or_children_back_at_school_are_no_event(sentence):
    assert _no_event(_diplomacy(sentence, kind="prisoner_exchange", participants=("Ukraine",)))


# --------------------------------------------------------------------------- G3: "down" and nil

DOWNED = [
    ("The air force said Russia launched 90 drones and three missiles. Defenders managed to down 58 drones.", 58),
    ("Russia fired 50 drones at the region, and air defences were able to down 41 of them.", 41),
    ("Air defence units could down 12 drones over the city.", 12),
    ("Russia sent 80 drones, with crews downing 36 of them.", 36),
]


@pytest.mark.parametrize("text, value", DOWNED)
def test_a_bare_down_with_a_weapon_object_is_an_interception(text, value):
    assert _kept(value, "intercepted", text)
    assert not _kept(value + 3, "intercepted", text)


@pytest.mark.parametrize("text, value", [
    ("The plant was shut down 63 days ago, the operator said.", 63),
    ("Exports were down 10 % on the year.", 10),
    ("The power company expects to shut down 14 substations for repairs.", 14),
])
def test_down_without_a_weapon_object_is_no_interception(text, value):
    assert not _kept(value, "intercepted", text)


@pytest.mark.parametrize("text", [
    "Russia launched four Iskander-M ballistic missiles at the city; the ballistic missiles all got through.",
    "Russia launched four Iskander-M ballistic missiles. None of the missiles was stopped.",
    "Russia fired three cruise missiles at the port, and not one of them was intercepted.",
])
def test_every_weapon_getting_through_is_an_implied_nil_interception(text):
    assert _kept(0, "intercepted", text)


@pytest.mark.parametrize("text", [
    "Russia launched four Iskander-M ballistic missiles at the city.",
    "Russia launched four missiles; not all got through.",
    "Russia launched four missiles. None of the residents was hurt.",
    "Russia launched four missiles. None of the buildings was destroyed.",  # "destroyed" is no stop of a weapon here
])
def test_a_nil_interception_nothing_implies_is_refused(text):
    assert not _kept(0, "intercepted", text)


# --------------------------------------------------------------------------- G4: called-off weekdays


def _diplomacy_date(text: str, when: str, status: str = "cancelled"):
    got = _diplomacy(text, kind="visit", participants=("Hungary", "Russia"), when=when, status=status)
    assert got.diplomacy, got.rejected
    return got.diplomacy[0].date


# called off now (perfect, present, future); told in the past it may be told after the day
# (tests/test_grounding_called_off_tense.py, dev13 class A3)
CALLED_OFF = [
    ("A Moscow visit by the Hungarian foreign minister scheduled for Monday has been cancelled, Budapest said.",
     "Monday", dt.date(2026, 11, 23)),
    ("A Moscow visit by the Hungarian foreign minister scheduled for Monday has been cancelled, Budapest said.",
     "scheduled for Monday", dt.date(2026, 11, 23)),
    ("Talks between Hungary and Russia due on Tuesday in Moscow have been postponed.", "Tuesday", dt.date(2026, 11, 24)),
    ("Hungary's talks with Russia set for Thursday in Moscow are off.", "Thursday", dt.date(2026, 11, 26)),
    ("A meeting of Hungary and Russia, slated for Friday, will not take place.", "Friday", dt.date(2026, 11, 27)),
]


@pytest.mark.parametrize("text, when, day", CALLED_OFF)
def test_a_called_off_events_set_weekday_is_the_coming_one(text, when, day):
    date = _diplomacy_date(text, when)
    assert (date.start, date.end) == (day, day)


TOLD_IN_THE_PAST = [
    ("Talks between Hungary and Russia were to have taken place last Monday but were cancelled.", "last Monday", "cancelled"),
    ("On Monday, talks between Hungary and Russia scheduled for that day were cancelled.", "Monday", "cancelled"),
    ("Hungary and Russia held talks in Moscow on Monday, as scheduled.", "Monday", "held"),
    ("Hungary said on Monday that its talks with Russia were called off.", "Monday", "cancelled"),
]


@pytest.mark.parametrize("text, when, status", TOLD_IN_THE_PAST)
def test_a_weekday_told_in_the_past_stays_the_past_one(text, when, status):
    date = _diplomacy_date(text, when, status)
    assert date.start == dt.date(2026, 11, 16)


# --------------------------------------------------------------------------- G5: model qualifiers

VILLAGE = ("A Ukrainian drone struck a fuel depot in the village of Nikolskoye in the Belgorod region "
           "overnight, the governor said.")


def _attack_places(text: str, place: str):
    record = {"attacker": "Ukraine", "target_country": "Russia", "kind": "air_drone_strike",
              "places": [place], "evidence": [text]}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=PUBLISHED)
    assert got.attacks, got.rejected
    return got.attacks[0].locations


@pytest.mark.parametrize("place", ["Nikolskoye (Moscow, Russia)", "Nikolskoye, Moscow Oblast", "Nikolskoye (Tula Oblast)"])
def test_a_qualifier_the_article_does_not_give_yields_to_the_articles_region(place):
    locations = _attack_places(VILLAGE, place)
    assert [(loc.name, loc.admin1) for loc in locations] == [("Nikolskoye", "Belgorod Oblast")]


def test_the_region_may_be_told_before_the_place():
    text = "In Russia's Kursk region, a drone hit a barn in the village of Nikolskoye, the governor said."
    locations = _attack_places(text, "Nikolskoye, Moscow Oblast")
    assert [(loc.name, loc.admin1) for loc in locations] == [("Nikolskoye", "Kursk Oblast")]


@pytest.mark.parametrize("place", ["Petrovka, Moscow Oblast", "Ivanovka (Belgorod, Russia)"])
def test_a_head_name_the_article_never_gives_is_still_refused(place):
    record = {"attacker": "Ukraine", "target_country": "Russia", "kind": "air_drone_strike",
              "places": [place], "evidence": [VILLAGE]}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), VILLAGE, published=PUBLISHED)
    assert not any(loc.name.startswith(place.split(",")[0].split(" (")[0]) for a in got.attacks for loc in a.locations)
    assert any(r.reason.startswith("place not named") for r in got.rejected)


def test_a_wrong_oblast_after_a_named_town_gives_way_to_the_articles_oblast():
    text = "A drone hit a school in Pavlohrad, Dnipropetrovsk region, the governor said."
    record = {"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike",
              "places": ["Pavlohrad, Kharkiv Oblast"], "evidence": [text]}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=PUBLISHED)
    assert [(loc.name, loc.admin1) for loc in got.attacks[0].locations] == [("Pavlohrad", "Dnipropetrovsk Oblast")]
