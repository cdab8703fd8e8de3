"""Rules count readings of round 17 (dev32-A2, A7, A8; dev31-N5): injuries had or received, a
person left hurt, the body of a person recovered, debris after a downed tally, downed figures
before their noun, a nil "without being intercepted", an aside inside a weapons list. Sentences written for these tests."""

from __future__ import annotations

import pytest
from probes import AttackProbe, count_value

_one = AttackProbe().one


def _launched(text: str) -> list[tuple[str, int | None]]:
    return [(w.type.value, count_value(w.launched)) for w in _one(text).weapons]


def _intercepted(text: str) -> list[tuple[str, int | None]]:
    return [(w.type.value, count_value(w.intercepted)) for w in _one(text).weapons]


# --- dev32-A2: injuries had or received; a person left hurt -------------------------------------

@pytest.mark.parametrize("text, injured", [
    ("A drone hit a shop in Kherson on Monday, leaving a 61-year-old woman hurt.", 1),
    ("A glide bomb struck Kostiantynivka on Monday, leaving an elderly man badly wounded.", 1),
    ("A drone hit a shop in Kherson on Monday. A courier, 37, has burn wounds.", 1),
    ("A drone hit a shop in Kherson on Monday. A pensioner suffered cuts to her face.", 1),
    ("Shelling hit Nikopol on Monday. Three residents received fractures and bruises.", 3),
    ("Shelling hit Nikopol on Monday. A young nurse was left with a concussion.", 1),
])
def test_injury_told_as_had_or_left(text: str, injured: int) -> None:
    assert count_value(_one(text).injured) == injured


@pytest.mark.parametrize("text", [
    "A drone hit a shop in Kherson on Monday, leaving the owner's car damaged.",
    "A drone hit a shop in Kherson on Monday. The building suffered damage and the roof sustained cracks.",
    "A drone hit a shop in Kherson on Monday. Soldiers received medals.",
    "A drone hit a shop in Kherson on Monday. The city has suffered heavy losses.",
])
def test_no_injury_without_a_person_hurt(text: str) -> None:
    assert _one(text).injured is None


# --- dev32-A8: the body of a person recovered ---------------------------------------------------

@pytest.mark.parametrize("text, killed, children", [
    ("Russian drones hit Poltava on Monday. Rescuers pulled the body of a man from the rubble of a house.", 1, None),
    ("A missile struck a warehouse in Dnipro on Monday. The body of a teenage girl was recovered from the rubble.", 1, 1),
    ("A missile struck a warehouse in Dnipro on Monday. Searchers found the bodies of two pensioners in the basement.", 2, None),
    ("Shelling hit Kherson on Monday. The remains of an elderly man were removed from the ruins of his home.", 1, None),
])
def test_the_body_of_a_person_is_a_death(text: str, killed: int, children: int | None) -> None:
    a = _one(text)
    assert (count_value(a.killed), count_value(a.children_killed)) == (killed, children)


@pytest.mark.parametrize("text", [
    "A drone hit a house in Sumy on Monday. Police found the body of the drone in a field.",
    "A drone hit a house in Sumy on Monday. Police found a body of water had been polluted.",
    "A drone hit a house in Sumy on Monday. The governing body of the hospital found no damage.",
])
def test_a_body_of_a_thing_is_no_death(text: str) -> None:
    assert _one(text).killed is None


# --- dev31-N5: downed before the noun, a nil after "without", an aside inside a list ------------

@pytest.mark.parametrize("text, downed", [
    ("Drones attacked Sumy on Monday. Officials counted 14 downed drones over the city.", 14),
    ("Drones attacked Sumy on Monday. The governor said he had listed seven destroyed drones.", 7),
])
def test_downed_told_before_the_noun(text: str, downed: int) -> None:
    assert _intercepted(text) == [("drone", downed)]


def test_destroyed_houses_are_no_downed_weapons() -> None:
    assert _intercepted("Drones attacked Sumy on Monday; 14 destroyed houses were counted.") == [("drone", None)]


@pytest.mark.parametrize("text, wtype, launched", [
    ("Russia launched 80 drones and three missiles at Odesa on Monday. Crews downed 50 drones, while the three "
     "missiles reached the port without being shot down.", "missile", 3),
    ("Russia fired two missiles at Odesa on Monday; both missiles reached their targets unintercepted.", "missile", 2),
])
def test_got_through_without_being_stopped_is_a_nil(text: str, wtype: str, launched: int) -> None:
    w = next(w for w in _one(text).weapons if w.type.value == wtype)
    assert (count_value(w.launched), count_value(w.intercepted)) == (launched, 0)


def test_a_downing_without_being_detected_stays() -> None:
    text = "Russia launched 80 drones at Odesa on Monday. Crews shot down 50 of them without being detected."
    assert _intercepted(text) == [("drone", 50)]


@pytest.mark.parametrize("text, last", [
    ("Russia fired 40 drones, two ballistic missiles and, on top of that, six cruise missiles at Kyiv on Monday.",
     ("cruise_missile", 6)),
    ("Moscow sent 75 Shaheds, four Kinzhals and, in addition, nine Kh-101 missiles against Lviv on Monday.",
     ("cruise_missile", 9)),
])
def test_an_aside_inside_a_weapons_list(text: str, last: tuple[str, int]) -> None:
    assert _launched(text)[-1] == last


# --- dev32-A7: falling debris after a downed tally takes the tally's weapon -------------------

_TALLY = "Air defence crews brought down 30 Ukrainian drones over western Russia on Monday night, officials said.\n\n"


@pytest.mark.parametrize("debris", [
    "In Bryansk, the governor said, falling debris damaged a garage.",
    "Falling fragments caught fire on the roof of a warehouse in Bryansk, the governor said.",
])
def test_debris_after_a_tally_is_the_tally_weapon(debris: str) -> None:
    from probes import by_place, attacks_of
    rec = by_place(attacks_of(_TALLY + debris))["Bryansk"]
    assert (rec.kind.value, [w.type.value for w in rec.weapons]) == ("air_drone_strike", ["drone"])


def test_debris_found_is_still_no_strike() -> None:
    from probes import attacks_of, place_names
    assert "Bryansk" not in place_names(attacks_of(_TALLY + "In Bryansk, the governor said, police found debris in a field."))


def test_debris_with_no_tally_before_gets_no_weapon() -> None:
    from probes import attacks_of
    assert all(not a.weapons for a in attacks_of("Shelling was heard at night. Falling debris damaged a house in Kursk on Monday."))
