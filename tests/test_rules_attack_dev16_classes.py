"""Attack rules for the failure classes an analyst found on the unseen set dev16 (issue 13,
section B), written as concepts of war reporting (word families, both orders, other formats) and
tested with sentences written for these tests (none from seeds/ or evals/), several phrasings
each, with negatives that must not change. Published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

PUBLISHED = "2026-03-04"


def _attacks(text: str, published: str = PUBLISHED) -> list[Attack]:
    """The rules' records after grounding, as the pipeline keeps them."""
    article = make_article(text, published=published)
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


def _value(count: object) -> int | None:
    return getattr(count, "value", None)


def _toll(attack: Attack) -> tuple[int | None, int | None]:
    return _value(attack.killed), _value(attack.injured)


# --------------------------------------------------------------------------- B5: explicit zeros


@pytest.mark.parametrize("text, toll", [
    ("A drone hit a shed in Brovary overnight. Nobody was injured there, the mayor added.", (None, 0)),
    ("Shells fell on Kupiansk at dawn, the administration said, adding that no one had been killed or hurt.", (0, 0)),
    ('A missile struck a warehouse in Pavlohrad on Tuesday. "There were no casualties," the governor wrote.', (0, 0)),
    ("Drones attacked a substation near Shostka overnight; no injuries were reported.", (None, 0)),
    ("A glide bomb damaged a school in Kostiantynivka on Monday. No one was killed, officials said.", (0, None)),
    ("Russian drones set a grain silo ablaze in Izmail before dawn.\n\nThere were no immediate reports of "
     "casualties, but the fire burned for hours, the port authority said.", (None, None)),
    ("A Ukrainian drone crashed into a garage in Kursk on Sunday. Nobody was hurt, the governor wrote on Telegram.",
     (None, 0)),
    ("Missiles hit an energy facility near Sarny overnight. The roof caught fire. No one was harmed, the operator said.",
     (0, 0)),
])
def test_a_nil_in_or_right_after_the_strike_is_a_zero(text: str, toll: tuple[int | None, int | None]) -> None:
    (attack,) = _attacks(text)
    assert _toll(attack) == toll


@pytest.mark.parametrize("text, toll", [
    ("A drone hit a house in Irpin overnight, injuring two. No one was killed, the mayor said.", (0, 2)),
    ("Shelling wounded three people in Nikopol on Monday; nobody died, the governor said.", (0, 3)),
])
def test_a_nil_of_one_role_keeps_the_other_count(text: str, toll: tuple[int | None, int | None]) -> None:
    (attack,) = _attacks(text)
    assert _toll(attack) == toll


def test_a_nil_after_another_place_is_that_place_s() -> None:
    attacks = _attacks("A drone hit a warehouse in Brovary overnight. In Bucha, nobody was hurt when debris fell on a road.")
    by_place = {a.locations[0].name: _toll(a) for a in attacks}
    assert by_place["Brovary"] == (None, None)


def test_a_nil_limited_to_a_group_is_no_zero() -> None:
    (attack,) = _attacks("A missile hit a railway depot in Myrhorod overnight, damaging tracks. There were no casualties among the rail crews.")
    assert _toll(attack) == (None, None)


def test_a_nil_after_a_second_strike_is_not_the_first_s() -> None:
    text = ("Drones struck a depot in Uman overnight, injuring four. Separately, a missile hit a bridge near Zolotonosha; "
            "no one was hurt there.")
    by_place = {a.locations[0].name: _toll(a) for a in _attacks(text)}
    assert by_place["Uman"] == (None, 4)
