"""A weapon's model told by a forensic find right after the strike (round 19, dev35 A8):
"investigators recovered fragments of an Iskander-M missile", "debris of a Kh-101 was found at the
scene" refine a strike told with a generic missile. Near-misses: a find with a place of its own
lends nothing, and a find with no model changes nothing. Sentences written for these tests;
published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack, WeaponType

PUBLISHED = "2026-03-04"
_LEAD = "A Russian missile hit a school in Izium on Monday, wounding three.\n\n"


def _weapons(text: str) -> list[tuple[WeaponType, str | None]]:
    article = make_article(text, published=PUBLISHED)
    attacks: list[Attack] = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    izium = [a for a in attacks if any(p.name == "Izium" for p in a.locations)]
    assert len(izium) == 1
    return [(w.type, w.model) for w in izium[0].weapons]


@pytest.mark.parametrize("line, kind", [
    ("Police said late on Monday that investigators had recovered fragments of an Iskander-M missile, with a "
     "slogan scrawled on its body.", WeaponType.ballistic_missile),
    ("Debris of a Kh-101 cruise missile was later found at the scene, police said.", WeaponType.cruise_missile),
    ("Experts found debris of a Kalibr missile in the school yard.", WeaponType.cruise_missile),
    ("Prosecutors said parts of a Tochka-U rocket had been recovered from the rubble.", WeaponType.ballistic_missile),
])
def test_a_find_naming_the_model_refines_the_missile(line: str, kind: WeaponType) -> None:
    assert [t for t, _ in _weapons(_LEAD + line)] == [kind]


@pytest.mark.parametrize("line", [
    "Fragments of an Iskander missile were found in a field near Balakliia on Tuesday.",
    "Investigators recovered fragments of the missile from the roof.",
])
def test_a_find_with_its_own_place_or_no_model_lends_nothing(line: str) -> None:
    assert [t for t, _ in _weapons(_LEAD + line)] == [WeaponType.missile]
