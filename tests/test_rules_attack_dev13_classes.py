"""Attack rules for the failure classes an analyst found on a third unseen set (issue 13, dev13
section B), written as concepts of war reporting (whole word families, any order, other formats)
and tested with sentences written for these tests (none from seeds/ or evals/), with negatives
that must not change. Published Wednesday 4 March 2026 unless a test says otherwise."""

from __future__ import annotations

import pytest

from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

PUBLISHED = "2026-03-04"


def _attacks(text: str, published: str = PUBLISHED) -> list[Attack]:
    return RulesBackend(None).extract(make_article(text, published=published)).attacks


def _only(text: str, published: str = PUBLISHED) -> Attack:
    attacks = _attacks(text, published)
    assert len(attacks) == 1, [(a.kind, [p.name for p in a.locations]) for a in attacks]
    return attacks[0]


def _value(count: object) -> int | None:
    return getattr(count, "value", None)


# --------------------------------------------------------------------------- B8: the rocket family


@pytest.mark.parametrize("text", [
    "Russian forces pounded Nikopol with artillery and rocket fire on Tuesday, wounding two residents.",
    "The enemy fired rockets at Marhanets from multiple launchers on Monday, damaging a school.",
    "Rocket artillery struck Kupiansk on Monday, killing one man.",
    "Two rocket salvos landed in Kherson's Dniprovskyi district overnight, injuring three.",
    "Nikopol came under mortar and rocket attack on Monday; one man was wounded.",
    "Russian troops shelled Beryslav with rockets and mortars on Friday, wounding a woman.",
    "Howitzers and rockets hit Huliaipole on Sunday, wounding an elderly woman.",
    "A rocket volley from Grad launchers hit Kherson on Tuesday, injuring a bus driver.",
    "Orikhiv was under rocket shelling for two hours on Monday, and a pensioner was hurt.",
])
def test_rocket_fire_of_a_shelling_is_artillery(text: str) -> None:
    attack = _only(text)
    assert attack.kind.value == "shelling_artillery"
    assert {w.type.value for w in attack.weapons} == {"artillery"}


@pytest.mark.parametrize("text, kind", [
    ("Russia hit Odesa with a rocket on Monday, injuring five people.", "missile_strike"),
    ("An anti-ship rocket hit the port of Izmail on Monday, injuring two.", "missile_strike"),
    ("A ballistic missile hit Dnipro on Tuesday, killing three.", "missile_strike"),
    ("Drones and a rocket struck Zaporizhzhia overnight, wounding four.", "drone_and_missile"),
])
def test_a_rocket_with_no_shelling_stays_a_missile(text: str, kind: str) -> None:
    assert _only(text).kind.value == kind
