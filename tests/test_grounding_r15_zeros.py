"""Round-15 class A9: an explicit zero the answer leaves out. A nil the record's own sentence tells
("no casualties", "nobody was hurt", "none of the missiles was shot down") fills the null count
with 0 (`implied`); a nil limited to a group, a neighbour's nil, a sentence that counts the same
role, or no nil at all fills nothing. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import count_value as _value
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.records import Support

PUBLISHED = dt.date(2026, 3, 4)


def _attack(text: str, evidence: str | None = None, **extra):
    record = {"kind": "air_drone_strike", "places": [], "evidence": [evidence or text], **extra}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=PUBLISHED)
    assert got.attacks, got.rejected
    return got.attacks[0]


BOTH_NIL = [
    "A drone damaged a pumping station near Pavlohrad; no casualties were reported.",
    "Two missiles struck a grain terminal in Izmail overnight, causing no casualties, the governor said.",
    "Shelling set fire to a warehouse in Kupiansk. No casualties, according to police.",
    "A guided bomb fell on a stadium in Kostiantynivka without casualties.",
    "Debris from a downed drone hit a garage in Brovary; nobody was killed or injured.",
    "Rockets hit the outskirts of Nikopol at dawn and no one was harmed, the regional head wrote.",
    "• Sumy: a Shahed hit a school gym, no victims.",
    "Q: Was anyone hurt in the Zaporizhzhia strike? A: No, there were no casualties.",
    "Zero casualties were reported after a drone struck a depot in Kremenchuk.",
]


@pytest.mark.parametrize("sentence", BOTH_NIL)
def test_a_nil_for_casualties_fills_killed_and_injured(sentence):
    rec = _attack(sentence)
    assert (_value(rec.killed), _value(rec.injured)) == (0, 0)
    assert rec.injured.support is Support.implied


INJURED_ONLY = [
    "Shells hit two farms outside Vovchansk. Nobody was hurt, the district head said.",
    "A drone crashed into a block of flats in Chernihiv; no one was injured.",
    "Missile fragments broke windows at a hospital in Mykolaiv, but no injuries were reported.",
    "No one was wounded when a glide bomb hit an empty market hall in Huliaipole.",
    "KHERSON (Reuters) - A shell struck a bus stop in the city centre; nobody was hurt.",
]


@pytest.mark.parametrize("sentence", INJURED_ONLY)
def test_a_nil_for_the_hurt_fills_injured_only(sentence):
    evidence = sentence.split(". ")[0] if sentence.startswith("Shells") else None
    rec = _attack(sentence, evidence=evidence or sentence) if evidence is None else _attack(sentence)
    assert _value(rec.injured) == 0
    assert rec.killed is None


def test_a_nil_for_the_dead_fills_killed_only():
    rec = _attack("A drone hit a tractor near Bilopillia; no one was killed, and the driver is in hospital.")
    assert _value(rec.killed) == 0


NO_FILL = [
    "Casualties are still being counted in Izium after the drone strike.",
    "No casualties among soldiers were reported; two civilians died when a drone hit Siversk.",
    "A drone hit a depot in Bucha and two people were injured.",
    "Air defences worked over Kyiv region during the night, a drone hit a shed.",
]


@pytest.mark.parametrize("sentence", NO_FILL)
def test_no_nil_or_a_limited_nil_fills_nothing(sentence):
    rec = _attack(sentence)
    assert _value(rec.killed) in (None,) and _value(rec.injured) in (None, 2)


def test_a_count_the_answer_gives_is_kept():
    text = "A drone hit a depot in Bucha, injuring three workers; no one was killed."
    rec = _attack(text, injured=3)
    assert (_value(rec.injured), _value(rec.killed)) == (3, 0)


def test_a_neighbours_nil_fills_nothing():
    text = ("A drone hit a depot in Bucha, causing no casualties. In Irpin a shop burned after a shell landed "
            "on its roof. Rescuers worked through the night in Hostomel.")
    rec = _attack(text, evidence="In Irpin a shop burned after a shell landed on its roof.")
    assert rec.killed is None and rec.injured is None


# the interception nil itself is `nil_backstop` (dev13 A5a): these check the two fills agree
INTERCEPTED_NIL = [
    ("Of the five cruise missiles fired at Lviv region, none of them was shot down.", "cruise_missile", 5),
    ("Russia launched two Iskander-M ballistic missiles at Dnipro; neither was intercepted.", "ballistic_missile", 2),
    ("Russia fired three ballistic missiles at Kyiv; none of them was intercepted, the air force said.", "ballistic_missile", 3),
    ("Russia launched four drones at Okhtyrka; the drones were not shot down and hit a substation.", "drone", 4),
]


@pytest.mark.parametrize("sentence, kind, launched", INTERCEPTED_NIL)
def test_a_weapon_nil_fills_its_intercepted_count(sentence, kind, launched):
    rec = _attack(sentence, weapons=[{"type": kind, "launched": launched}])
    assert _value(rec.weapons[0].intercepted) == 0


def test_a_weapon_nil_names_its_weapon():
    text = ("Russia fired 40 drones and three ballistic missiles at Kharkiv; none of the missiles was shot down, "
            "while 35 drones were downed.")
    rec = _attack(text, weapons=[{"type": "drone", "launched": 40}, {"type": "ballistic_missile", "launched": 3}])
    assert rec.weapons[0].intercepted is None
    assert _value(rec.weapons[1].intercepted) == 0
