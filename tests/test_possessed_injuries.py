"""A child singled out of a group whose injury is told as what they have (r18, dev34-A3): "Four
residents have shrapnel wounds; one of them is a schoolboy of 13". The verb of having and the injury
noun are the group's injured cue (one reader, `articles/injuries_had`, which grounding and the rules both call), and the
part singled out takes its role: children_injured (grounding `cues`, rules
`partitive_casualties.children_of_group`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value
from summariser.grounding import count_support

_attacks = AttackProbe("2026-03-04", grounded=True, lead="Russian artillery shelled Vovchansk on Tuesday afternoon. ")


def _grounds(value: int, field: str, text: str) -> bool:
    return bool(count_support(value, field, text, (0, len(text))))


@pytest.mark.parametrize("value, text", [
    (1, "Four residents have shrapnel wounds; one of them is a schoolboy of 13."),
    (1, "Three villagers have burns, and one of them is a girl of 11."),
    (2, "Six people have cuts from flying glass; two of them are teenagers aged 14 and 17."),
    (1, "Two passers-by have burns, among them a schoolgirl of 12."),
])
def test_grounding_reads_a_child_of_a_group_with_injuries(value: int, text: str) -> None:
    assert _grounds(value, "children_injured", text)


@pytest.mark.parametrize("value, field, text", [
    (4, "injured", "Four residents have shrapnel wounds, the governor said."),
    (2, "injured", "Two pensioners have fractures after the blast."),
])
def test_grounding_reads_the_group_with_injuries(value: int, field: str, text: str) -> None:
    assert _grounds(value, field, text)


@pytest.mark.parametrize("value, field, text", [
    (1, "children_injured", "Three people have left the village; one of them is a lad of 9."),
    (1, "children_injured", "Two men have wounds; the eldest is a man of 40."),
    (3, "injured", "Three soldiers have medals for the defence of the town."),
])
def test_grounding_refuses_a_group_without_injury_or_child(value: int, field: str, text: str) -> None:
    assert not _grounds(value, field, text)


@pytest.mark.parametrize("text, injured, children", [
    ("Four residents have shrapnel wounds; one of them is a schoolboy of 13.", 4, 1),
    ("Five people have wounds; a girl of 12 is one of them.", 5, 1),
    ("Six people have cuts from flying glass; two of them are teenagers aged 14 and 17.", 6, 2),
])
def test_rules_read_a_child_of_a_group_with_injuries(text: str, injured: int, children: int) -> None:
    a = _attacks.one(text)
    assert (count_value(a.injured), count_value(a.children_injured)) == (injured, children)


@pytest.mark.parametrize("text", [
    "Three people have left the town; one of them is a lad of 9.",
    "Two men have wounds; the eldest is a man of 40.",
])
def test_rules_read_no_child_without_an_injured_group_or_a_child(text: str) -> None:
    assert all(a.children_injured is None for a in _attacks(text))
