"""Round 13 (dev23 A1 + D1, dev24 D2): "all but K" naming its weapon whose whole is in the sentence
before, where that sentence launched two weapons and the exception's own sentence counts another
part. The exception's noun names its family, so its whole is that family's launch (codebook 6,
ruling of 2 December): the rules read whole - K, and the grounding accepts a model's whole - K
(no re-ask). With no noun over two weapons nothing is guessed. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft, reask_problems, stated_values

PUBLISHED = "2026-05-12"


_attacks = AttackProbe(PUBLISHED, grounded=True)


def _figures(text: str) -> dict[str, tuple[int | None, int | None]]:
    """(launched, intercepted) by weapon type, over every record of the text."""
    out = {}
    for a in _attacks(text):
        for w in a.weapons:
            out[w.type.value] = (getattr(w.launched, "value", None), getattr(w.intercepted, "value", None))
    return out


# (text, weapon type, launched, intercepted)
POSITIVES = [
    ("Russia launched 92 drones and nine cruise missiles at Ukraine overnight, the air force said. "
     "Crews destroyed all but two of the cruise missiles and 75 drones.", "cruise_missile", 9, 7),
    ("The enemy sent 64 Shaheds and six Kalibrs against Ukraine on Sunday night. "
     "Air defence shot down all but one of the Kalibrs and 51 of the Shaheds.", "cruise_missile", 6, 5),
    ("Some 140 drones and 14 ballistic missiles were launched at Ukraine overnight. "
     "Air defence downed all but four of the missiles, the air force said.", "ballistic_missile", 14, 10),
    ("Russia launched 380 drones and 42 missiles at Ukraine overnight. "
     "Air defences destroyed all but 29 of the drones and 33 of the missiles.", "drone", 380, 351),
    ("Russia attacked Ukraine overnight with 210 drones and eleven missiles. "
     "Mobile fire groups downed 170 of the drones, and all except three of the missiles were intercepted.",
     "missile", 11, 8),
    ("On Friday night Russia fired 58 drones and five Iskanders at Ukraine. "
     "Gunners shot down 49 of the drones; all but two of the Iskanders were shot down too.", "ballistic_missile", 5, 3),
    ("Russia sent seventy drones and eight cruise missiles towards Ukraine overnight. "
     "All but two of the cruise missiles were brought down, and 61 drones were destroyed.", "cruise_missile", 8, 6),
]


@pytest.mark.parametrize("text,wtype,launched,intercepted", POSITIVES)
def test_rules_take_the_whole_of_the_named_family(text, wtype, launched, intercepted):
    assert _figures(text)[wtype] == (launched, intercepted)


NEAR_MISSES = [
    # no noun of its own over two weapons: which weapon? not guessed
    ("Russia fired 48 drones and seven missiles at Ukraine overnight. All but three were brought down.",
     {"drone": (48, None), "missile": (7, None)}),
    ("Russia fired 48 drones and seven missiles at Ukraine overnight. Air defences destroyed all but three.",
     {"drone": (48, None), "missile": (7, None)}),
    # the noun names a family launched twice before (two missile types): not guessed
    ("Russia fired 48 drones, six cruise missiles and four ballistic missiles at Ukraine overnight. "
     "All but two of the missiles got shot down.",
     {"drone": (48, None), "cruise_missile": (6, None), "ballistic_missile": (4, None)}),
]


@pytest.mark.parametrize("text,expected", NEAR_MISSES)
def test_no_noun_or_two_of_its_family_is_not_guessed(text, expected):
    assert _figures(text) == expected


def _grounded(text: str, weapons: list[dict]) -> tuple[dict[str, int | None], list[str]]:
    """The intercepted figures a model's answer keeps after grounding, and its re-ask problems."""
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "combined_strike", "places": ["Ukraine"],
                                                      "weapons": weapons, "evidence": [text]}]})
    kept = draft_to_records(draft, text, published=dt.date(2026, 5, 12)).attacks[0].weapons
    return {w.type.value: getattr(w.intercepted, "value", None) for w in kept}, reask_problems(draft, stated_values(text))


@pytest.mark.parametrize("text,wtype,launched,intercepted", POSITIVES[:6])
def test_grounding_accepts_the_difference_with_the_named_family(text, wtype, launched, intercepted):
    got, problems = _grounded(text, [{"type": wtype, "launched": launched, "intercepted": intercepted}])
    assert got[wtype] == intercepted
    assert not [p for p in problems if str(intercepted) in p]


@pytest.mark.parametrize("text,wtype,launched,wrong", [
    # the drones' part minus the exception is no reading: the exception is of the missiles
    (POSITIVES[5][0], "ballistic_missile", 5, 48),
    # the other family's whole minus the exception
    (POSITIVES[3][0], "missile", 42, 11),
])
def test_grounding_refuses_another_family_or_no_noun(text, wtype, launched, wrong):
    got, _ = _grounded(text, [{"type": wtype, "launched": launched, "intercepted": wrong}])
    assert got[wtype] is None
