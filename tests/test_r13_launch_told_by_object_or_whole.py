"""Round 13 (dev24 A2/D1): two launch forms the rules and the grounding refused.
(a) "<strike verb> <an object of up to ten words> with N <weapon>": N launched, also when a store
    (depot, warehouse) is what was struck; never a store that holds the weapons ("a warehouse with
    300 drones inside").
(b) "All N <weapon> struck their targets" / "each of the N missiles struck its target" / "all N
    got through": N launched, none intercepted, on the record the wave was told on (codebook 9).
Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.backends.rules import RulesBackend


def _records(text: str) -> list[tuple[list[str], dict[str, tuple[int | None, int | None]]]]:
    article = make_article(text, published="2026-08-20")
    attacks = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    return [([p.name for p in a.locations],
             {w.type.value: (getattr(w.launched, "value", None), getattr(w.intercepted, "value", None)) for w in a.weapons})
            for a in attacks]


@pytest.mark.parametrize("text,place,wtype,launched", [
    ("Overnight Russian forces targeted the tram depot in Kovel with 11 Shahed drones, the mayor said.",
     "Kovel", "drone", 11),
    ("Russian troops targeted the rail yard and two sheds in Uman with at least eight Shahed drones on Friday night.",
     "Uman", "drone", 8),
    ("Drones hit the port's terminal and a fuel store in Izmail with 16 Shaheds overnight, the governor said.",
     "Izmail", "drone", 16),
    ("Russia struck a substation and the water works of Sloviansk with three Iskander missiles on Tuesday.",
     "Sloviansk", "ballistic_missile", 3),
    ("The enemy shelled the market and a school on the edge of Kherson with 25 rockets on Sunday.",
     "Kherson", "artillery", 25),
])
def test_a_long_object_before_with_is_a_launch(text, place, wtype, launched):
    got = _records(text)
    assert len(got) == 1 and got[0][0] == [place]
    assert got[0][1][wtype][0] == launched


@pytest.mark.parametrize("text,place,wtype,launched", [
    ("Russian warships fired Kalibr missiles at Mykolaiv overnight. All five Kalibrs struck their targets, "
     "a navy officer told reporters.", "Mykolaiv", "cruise_missile", 5),
    ("Russia attacked Zaporizhzhia with ballistic missiles on Monday. Each of the three ballistic missiles "
     "hit its target, the regional head said.", "Zaporizhzhia", "ballistic_missile", 3),
    ("Russia attacked Chernihiv with Iskanders on Wednesday. All four Iskanders got through, officials said.",
     "Chernihiv", "ballistic_missile", 4),
    ("Kalibr missiles were fired at Odesa before dawn. All seven Kalibrs struck their targets, the city council said.",
     "Odesa", "cruise_missile", 7),
    ("Russia struck Odesa with three Kalibr missiles overnight. All three Kalibrs hit their targets, "
     "the governor said.", "Odesa", "cruise_missile", 3),
    ("Russia attacked Poltava with two ballistic missiles overnight. Both ballistic missiles hit their targets, "
     "the mayor said.", "Poltava", "ballistic_missile", 2),
])
def test_all_n_reached_their_targets_is_the_wave_launched(text, place, wtype, launched):
    assert _records(text) == [([place], {wtype: (launched, 0)})]


@pytest.mark.parametrize("text", [
    # a store that holds the weapons: no launch
    "Ukrainian drones hit a warehouse with 300 Shaheds stored inside near Kursk, a Russian official said.",
    # hits and targets are no launches
    "Russia attacked Kharkiv on Monday. All five strikes hit apartment blocks, the mayor said.",
    "Russia attacked Kharkiv on Monday. All 12 targets were hit, the Russian defence ministry claimed.",
])
def test_no_launch_from_stores_strikes_or_targets(text):
    for _, weapons in _records(text):
        assert all(lau is None or lau not in (300, 5, 12) for lau, _ in weapons.values())


def _kept_launched(text: str, wtype: str, launched: int) -> int | None:
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "drone_strike", "places": ["Kovel"],
                                                      "weapons": [{"type": wtype, "launched": launched}],
                                                      "evidence": [text]}]})
    w = draft_to_records(draft, text, published=dt.date(2026, 8, 20)).attacks[0].weapons[0]
    return getattr(w.launched, "value", None)


@pytest.mark.parametrize("text,wtype,launched", [
    ("On Tuesday night Russian units targeted a freight depot and two sheds in Kovel with nine Shahed drones.",
     "drone", 9),
    ("Overnight Russian forces targeted the bus depot in Kovel with 12 Shahed drones, the mayor said.", "drone", 12),
    ("Russia hit the water works and a clinic in north Kovel with 14 drones overnight.", "drone", 14),
    ("Missiles were fired at Kovel overnight. All three Kalibrs hit their targets, the governor said.",
     "cruise_missile", 3),
    ("Missiles were fired at Kovel overnight. Each of the four ballistic missiles struck its target.",
     "ballistic_missile", 4),
    ("Missiles were fired at Kovel overnight. All three Iskanders got through, officials said.", "ballistic_missile", 3),
])
def test_grounding_accepts_these_launches(text, wtype, launched):
    assert _kept_launched(text, wtype, launched) == launched


@pytest.mark.parametrize("text,wtype,launched", [
    ("Ukrainian drones hit a warehouse with 300 Shaheds stored inside near Kovel, officials said.", "drone", 300),
    ("A launcher loaded with four missiles was destroyed near Kovel.", "missile", 4),
    ("Russia attacked Kovel overnight. All 12 targets were hit, Moscow claimed.", "missile", 12),
])
def test_grounding_refuses_stores_carriers_and_targets(text, wtype, launched):
    assert _kept_launched(text, wtype, launched) is None
