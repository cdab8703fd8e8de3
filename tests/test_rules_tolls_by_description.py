"""Casualty and children counts told by description (dev21 A4/B6): a toll by its role noun and a
verb of measure ("the dead numbered seven"), a verbless part ("two of them children"), and every
aged person of a list counted ("among them a 6-year-old girl and a boy of 15"; "Among them were a
boy of 4 and his sister, aged nine" after the toll's sentence). Sentences written for these tests;
published on Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value as _v

Tolls = tuple[int | None, int | None, int | None, int | None]


def _tolls(text: str) -> Tolls:
    attack = _one(text)
    return (_v(attack.killed), _v(attack.injured), _v(attack.children_killed), _v(attack.children_injured))


_one = AttackProbe().one


@pytest.mark.parametrize("text, tolls", [
    ("A Russian missile struck Kramatorsk on Sunday. The dead numbered eight, three of them children.",
     (8, None, 3, None)),
    ("Russian drones hit Sumy overnight. The injured numbered 12, three of them children.", (None, 12, None, 3)),
    ("A missile hit Izium on Sunday. The dead totalled five, one of them a teenager.", (5, None, 1, None)),
    ("Russian shelling hit Kherson on Sunday; the wounded totalled 14, four of them minors.", (None, 14, None, 4)),
    ("A Russian glide bomb hit Zaporizhzhia on Sunday. By evening the injured had risen to 23, the governor said.",
     (None, 23, None, None)),
    ("A drone strike on Nikopol on Sunday: fatalities stood at four, the mayor said.", (4, None, None, None)),
])
def test_toll_by_role_noun_and_measure_verb(text: str, tolls: Tolls) -> None:
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text, tolls", [
    ("A Russian missile strike on Nikopol on Sunday killed nine people, among them a 6-year-old girl and a boy "
     "of 15.", (9, None, 2, None)),
    ("A Russian missile strike on Kherson on Sunday wounded eight people, among them a 5-year-old girl and her "
     "9-year-old brother.", (None, 8, None, 2)),
    ("Seven people were wounded in Kramatorsk by a Russian drone on Sunday. Among them were a boy of 4 and his "
     "sister, aged nine.", (None, 7, None, 2)),
    ("Nine civilians were hurt when Russian missiles hit Uman on Sunday. They include a teenager, 15, and a woman "
     "of 60.", (None, 9, None, 1)),
    ("Russian drones hit Sloviansk on Sunday, injuring six, including a girl (11), her mother and a cousin who was "
     "seven.", (None, 6, None, 2)),
    ("Two people died when a Russian missile hit Chernihiv on Sunday. Among the dead were a man of 70 and his "
     "grandson, 12.", (2, None, 1, None)),    # ages told together after the list ("aged 7 and 11"): every listed person has one of them
    ("Russian artillery hit Beryslav on Sunday, wounding three people, among them a grandson and a "
     "granddaughter, aged 7 and 11.", (None, 3, None, 2)),
    ("A drone hit a car in Nikopol on Sunday, killing two, including a brother and a sister, 9 and 14.",
     (2, None, 2, None)),
])
def test_every_aged_person_of_a_list_is_counted(text: str, tolls: Tolls) -> None:
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text, tolls", [
    # soldiers, no children
    ("Shelling of Kherson on Sunday injured six people. The dead numbered five, all of them soldiers.",
     (5, 6, None, None)),
    # adults only
    ("A Russian missile hit Odesa on Sunday, wounding four. Among them were a nurse of 34 and her husband, 38.",
     (None, 4, None, None)),
    # one person told twice (an apposition), not two
    ("A Russian missile hit Sumy on Sunday, killing four. Among the dead was a teenager, a 16-year-old girl.",
     (4, None, 1, None)),
    ("Russian drones hit Poltava on Sunday, killing three, among them a pupil, an 11-year-old boy.",
     (3, None, 1, None)),
    # no ages: no figure from the list
    ("A Russian drone hit Sumy on Sunday, injuring five. Among them were several local officials.",
     (None, 5, None, None)),
])
def test_lists_without_children(text: str, tolls: Tolls) -> None:
    assert _tolls(text) == tolls


def test_vague_measure_is_no_toll() -> None:
    attack = _one("Casualties numbered in the dozens after Russian missiles hit Dnipro on Sunday.")
    assert (attack.killed, attack.injured) == (None, None)
