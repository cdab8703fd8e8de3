"""A nil interception told after the verb (issue 13, LLM path): "could not bring down either of
them", "failed to stop any of them", "did not manage to down a single one", "none of the five
rockets were shot down". intercepted = 0 is grounded on the weapon entry; "none of them were hurt"
and "could not confirm" are no nil of the wave. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft


def _weapons(text: str, weapons: list[dict]):
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "missile_strike", "places": ["Sumy"],
                                                      "weapons": weapons, "evidence": [text]}]})
    got = draft_to_records(draft, text, published=dt.date(2027, 3, 9))
    assert got.attacks, got.rejected
    return got.attacks[0].weapons


NILS = [
    ("Two cruise missiles flew at Sumy at dawn and the defenders could not bring down either of them.",
     "cruise_missile", 2),
    ("Three ballistic missiles were fired at Sumy; the air force failed to stop any of them.", "ballistic_missile", 3),
    ("Russia launched 4 Iskander missiles at Sumy and air defences did not manage to down a single one.",
     "ballistic_missile", 4),
    ("Russia launched five rockets at Sumy, and none of the five rockets were shot down, the mayor said.", "missile", 5),
    ("Seven attack drones struck Sumy after the crews were unable to intercept any of them.", "drone", 7),
    ("Russia fired two ballistic missiles at Sumy; the batteries couldn't intercept either one.",
     "ballistic_missile", 2),
    ("Russia fired 3 cruise missiles at Sumy and not a single one of them was intercepted.", "cruise_missile", 3),
    ("Russia sent six drones towards Sumy overnight, and the defenders did not succeed in downing any of them.",
     "drone", 6),
    ("Two ballistic missiles flew at Sumy; neither could be shot down.", "ballistic_missile", 2),
    ("Three cruise missiles were launched at Sumy and none were intercepted.", "cruise_missile", 3),
    ("Sumy was hit by three cruise missiles, none of which were intercepted.", "cruise_missile", 3),
    ("Three cruise missiles were launched at Sumy; none of them got shot down.", "cruise_missile", 3),
    ("Three ballistic missiles were fired at Sumy, and the crews were unable to shoot any of them down.",
     "ballistic_missile", 3),
]


@pytest.mark.parametrize("text, kind, launched", NILS)
def test_a_nil_told_after_the_verb_grounds_intercepted_zero(text, kind, launched):
    [weapon] = _weapons(text, [{"type": kind, "launched": launched, "intercepted": 0}])
    assert weapon.intercepted is not None and weapon.intercepted.value == 0


NO_NIL = [
    ("Russia fired four cruise missiles at Sumy. None of them were hurt, the guards said.", "cruise_missile", 4),
    ("Russia fired four cruise missiles at Sumy; the air force could not confirm any of them.", "cruise_missile", 4),
    ("Russia fired four cruise missiles at Sumy; the defenders could not stop all of them.", "cruise_missile", 4),
    ("Russia fired four cruise missiles at Sumy, and three of them were shot down.", "cruise_missile", 4),
    ("Russia fired four cruise missiles at Sumy; none of the staff were injured.", "cruise_missile", 4),
]


@pytest.mark.parametrize("text, kind, launched", NO_NIL)
def test_no_nil_of_the_wave_grounds_no_zero(text, kind, launched):
    [weapon] = _weapons(text, [{"type": kind, "launched": launched, "intercepted": 0}])
    assert weapon.intercepted is None or weapon.intercepted.value != 0
