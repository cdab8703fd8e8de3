"""'N people, <who they were>': an apposition after a toll tells who the N were, not more people
("killing two people, a man and a woman" is two dead, not four)."""

from __future__ import annotations

import pytest

from probes import attacks_of


def _toll(text: str) -> tuple[int | None, int | None, int | None, int | None]:
    attacks = attacks_of(text, "2026-03-04")
    assert len(attacks) == 1, attacks
    a = attacks[0]
    return tuple(getattr(c, "value", None) for c in (a.killed, a.injured, a.children_killed, a.children_injured))  # type: ignore[return-value]


@pytest.mark.parametrize("text, toll", [
    ("A Russian missile hit Mykolaiv overnight, killing two people, a man and a woman, the governor said.",
     (2, None, None, None)),
    ("Artillery fire on Nikopol on Monday killed three people, two men and a woman, local officials said.",
     (3, None, None, None)),
    ("A drone struck a car near Kherson, killing two people, a woman and her 8-year-old son.",
     (2, None, 1, None)),
    ("A Russian drone hit a bus in Kherson, injuring four people, a man, two women and a child.",
     (None, 4, None, 1)),
    ("Shelling of Beryslav wounded two civilians, a pensioner and his wife, the regional administration said.",
     (None, 2, None, None)),
])
def test_an_apposition_restates_the_toll(text: str, toll: tuple[int | None, ...]) -> None:
    assert _toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("A glide bomb hit Kupiansk, killing a man and his son.", (2, None, None, None)),
    ("A drone struck Kherson, killing a woman, her husband and their neighbour.", (3, None, None, None)),
])
def test_a_list_without_a_toll_still_adds_up(text: str, toll: tuple[int | None, ...]) -> None:
    assert _toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("Russian shelling killed a woman and injured her two children in Kherson.", (1, 2, None, 2)),
    ("A drone hit a house near Sumy, killing a farmer and wounding his three children.", (1, 3, None, 3)),
])
def test_a_counted_kin_noun_after_a_possessive_is_a_toll(text: str, toll: tuple[int | None, ...]) -> None:
    assert _toll(text) == toll
