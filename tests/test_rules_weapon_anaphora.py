"""A weapon told again (dev20 B11): a later sentence naming "a/the <precise type>" refines its
record's generic missiles, and "a second / another / a further <weapon noun>" takes its
antecedent's type. "Another drone attack came a week later" is another event, and a precise type
told after a record that already has one changes nothing. Sentences written for these tests;
published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend

PUBLISHED = "2026-03-04"


def _records(text: str) -> list[tuple[list[str], str, list[str]]]:
    article = make_article(text, published=PUBLISHED)
    attacks = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    return [([p.name for p in a.locations], a.kind.value, [w.type.value for w in a.weapons]) for a in attacks]


@pytest.mark.parametrize("text, wtype", [
    ("Missiles hit Lutsk overnight on Tuesday, the mayor said. A ballistic missile struck a depot near the station.",
     "ballistic_missile"),
    ("Missiles hit Lutsk overnight on Tuesday, the mayor said. Officials said the weapon was a ballistic missile.",
     "ballistic_missile"),
    ("Russian missiles struck Vinnytsia on Tuesday morning, the governor wrote. The cruise missile came in low "
     "over the river.", "cruise_missile"),
    ("Rivne came under missile fire overnight on Tuesday, officials said. According to the air force, a cruise "
     "missile was used.", "cruise_missile"),
    ("A missile slammed into Poltava on Tuesday, the regional head said. It was a ballistic missile, he added.",
     "ballistic_missile"),
    ("Missiles targeted Kryvyi Rih overnight on Tuesday. The ballistic missile left a deep crater in a field.",
     "ballistic_missile"),
])
def test_a_later_precise_type_refines_the_generic_missile(text: str, wtype: str) -> None:
    (record,) = _records(text)
    assert record[2] == [wtype]


@pytest.mark.parametrize("text, wtype, kind", [
    ("A guided bomb hit Kupiansk on Tuesday, injuring two. A second bomb hit a house in Izium an hour later, "
     "injuring a man.", "glide_bomb", "glide_bomb"),
    ("A glide bomb struck Kostiantynivka on Tuesday, killing one. Another bomb fell on Druzhkivka, wounding three.",
     "glide_bomb", "glide_bomb"),
    ("A cruise missile hit Odesa on Tuesday, injuring five. A further missile struck Izmail, damaging the port.",
     "cruise_missile", "missile_strike"),
    ("A ballistic missile hit Kharkiv on Tuesday, injuring six. One more missile struck Chuhuiv, wounding two.",
     "ballistic_missile", "missile_strike"),
    ("Russian aircraft dropped a glide bomb on Orikhiv on Tuesday, injuring four. A third bomb hit Huliaipole, "
     "killing a man.", "glide_bomb", "glide_bomb"),
])
def test_a_second_weapon_takes_its_antecedents_type(text: str, wtype: str, kind: str) -> None:
    second = _records(text)[1]
    assert second[2] == [wtype] and second[1] == kind


@pytest.mark.parametrize("text", [
    "Russian drones hit Sumy on Tuesday, injuring four. Another drone attack came a week later.",
    "A guided bomb hit Kupiansk on Tuesday, injuring two. Another bomb attack hit Izium a week later, injuring a man.",
])
def test_another_attack_is_another_event_not_one_more_weapon(text: str) -> None:
    records = _records(text)
    assert records[0][2] in (["drone"], ["glide_bomb"])
    assert all(r[2] != ["glide_bomb"] for r in records[1:])


def test_a_precise_type_told_later_about_another_place_is_its_own_record() -> None:
    text = "Missiles hit Lutsk overnight on Tuesday, the mayor said.\n\nA ballistic missile was fired at Kyiv a week later."
    records = _records(text)
    assert records[0] == (["Lutsk"], "missile_strike", ["missile"])
