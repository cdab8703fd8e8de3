"""Acts during a visit folded into the visit (r19, classes_dev35.md D7, codebook 14): talks told in
one list with the visitor's ceremonial steps ("laid a wreath …, toured a power station and held talks
with the president") are steps of the visit; a bare "had spoken with" the host (no phone, call or
video word, no day or place of its own) after a visit made by the same two sides is a talk of that
visit. Near-misses: a call by phone, on another day or with another counterpart stays a call; talks
told on their own after a visit stay talks. Every sentence is written fresh."""

from __future__ import annotations

import pytest
from diplomacy_probes import WEDNESDAY, diplomacy_of

_VISIT = "Irish Taoiseach Micheal Martin made a surprise visit to Vilnius on Tuesday. "


def _kinds(text):
    return sorted((r.kind.value, tuple(sorted(r.participants))) for r in diplomacy_of(text, WEDNESDAY))


@pytest.mark.parametrize("programme", [
    "The Taoiseach laid a wreath at the memorial, toured a power station and held talks with President Nauseda.",
    "The premier placed flowers at the wall of remembrance and held talks with the Lithuanian president.",
    "During the day the taoiseach visited a damaged school, paid his respects at the cemetery and held talks with Nauseda.",
])
def test_talks_listed_with_the_visitors_ceremonial_steps_are_the_visit(programme):
    kinds = _kinds(_VISIT + programme)
    assert [k for k, _ in kinds] == ["visit"], kinds


@pytest.mark.parametrize("later", [
    "His office said Martin had also spoken with Nauseda about energy links.",
    "Aides said Martin spoke with Nauseda about the Baltic grid as well.",
    "Dublin said the taoiseach had talked with Nauseda about refugees.",
])
def test_a_bare_spoke_with_the_host_after_the_visit_is_the_visit(later):
    kinds = _kinds(_VISIT + "He said Ireland stood with Lithuania. Officials praised the trip. " + later)
    assert [k for k, _ in kinds] == ["visit"], kinds


@pytest.mark.parametrize("later", [
    "Back in Dublin on Friday, Martin spoke by phone with Nauseda about energy links.",
    "His office said Martin had also spoken with Macron about energy links.",
    "Martin had a video call with Nauseda on Friday about the grid.",
])
def test_a_real_call_stays_a_call(later):
    kinds = _kinds(_VISIT + "He said Ireland stood with Lithuania. Officials praised the trip. " + later)
    assert "phone_call" in [k for k, _ in kinds], kinds


def test_talks_told_on_their_own_after_a_visit_stay_talks():
    kinds = _kinds(_VISIT + "Martin held talks with President Nauseda on energy links.")
    assert "talks" in [k for k, _ in kinds], kinds
