"""An explicit nil interception the model left null (dev13 class A5a): when a weapon entry has a
launched count and its evidence says none of that wave was stopped ("none of the four was
intercepted", "not one of them was shot down", "neither missile was downed", "air defences could
not stop the two missiles"), intercepted is 0, support `implied` (the codebook: an explicit zero
is 0). A nil of people, of another weapon, or "none reached" (no word of stopping) fills nothing,
and a value the model gave is never replaced. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.records import Support


def _weapons(text: str, weapons: list[dict]):
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "missile_strike", "places": ["Dnipro"],
                                                      "weapons": weapons, "evidence": [text]}]})
    got = draft_to_records(draft, text, published=dt.date(2027, 6, 2))
    assert got.attacks, got.rejected
    return got.attacks[0].weapons


NILS = [
    ("Four Kinzhal missiles were fired at Dnipro; none of the four was stopped.", "missile", 4),
    ("None of the three Iskanders launched at Dnipro was intercepted, the air force admitted.", "ballistic_missile", 3),
    ("Russia fired two cruise missiles at Dnipro, and neither was shot down.", "cruise_missile", 2),
    ("Russia fired two ballistic missiles at Dnipro; not one of them was intercepted.", "ballistic_missile", 2),
    ("Air defences could not stop the five ballistic missiles Russia fired at Dnipro before dawn.", "ballistic_missile", 5),
    ("Russia launched three Iskander-M missiles at Dnipro. None of the missiles was downed, officials said.",
     "ballistic_missile", 3),
    ("Six attack drones flew at Dnipro overnight and all six hit their targets, the mayor said.", "drone", 6),
    ("Russia fired two ballistic missiles at Dnipro, and both missiles hit their targets.", "ballistic_missile", 2),
]


@pytest.mark.parametrize("text, kind, launched", NILS)
def test_an_explicit_nil_interception_fills_a_null_intercepted(text, kind, launched):
    [weapon] = _weapons(text, [{"type": kind, "launched": launched}])
    assert weapon.intercepted is not None and weapon.intercepted.value == 0
    assert weapon.intercepted.support is Support.implied


NO_NIL = [
    ("Russia fired four missiles at Dnipro. None of the residents was hurt.", "cruise_missile", 4),
    ("Russia sent four drones towards Dnipro; none of the drones reached the city.", "drone", 4),
    ("Russia fired four cruise missiles at Dnipro, and three were shot down.", "cruise_missile", 4),
    ("Russia fired four cruise missiles at Dnipro; not all of them were intercepted.", "cruise_missile", 4),
]


@pytest.mark.parametrize("text, kind, launched", NO_NIL)
def test_no_nil_of_the_wave_fills_nothing(text, kind, launched):
    [weapon] = _weapons(text, [{"type": kind, "launched": launched}])
    assert weapon.intercepted is None


def test_a_nil_of_another_weapon_fills_nothing():
    text = "Russia fired 40 drones and two ballistic missiles at Dnipro; neither missile was intercepted."
    drones, missiles = _weapons(text, [{"type": "drone", "launched": 40}, {"type": "ballistic_missile", "launched": 2}])
    assert drones.intercepted is None
    assert missiles.intercepted is not None and missiles.intercepted.value == 0


def test_no_launched_count_fills_nothing():
    text = "Russia fired missiles at Dnipro; none of them was intercepted."
    [weapon] = _weapons(text, [{"type": "cruise_missile"}])
    assert weapon.intercepted is None
