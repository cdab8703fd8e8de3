"""Round 20 (fixer r20attacks): sentences that name a weapon or the word "attack" but tell no strike.
dev38 A3: a warning of a weapon ("a missile alarm sounded over X") is no strike on X; dev37 A6:
"attack" in words ("critics attacked the plan") is no strike. Every sentence is written fresh for the
test, in several phrasings, with near-misses that must still make a record."""

from __future__ import annotations

import pytest

from summariser.pipeline import extract


def _attacks(text: str) -> list[tuple[str, list[str]]]:
    out = extract(text + "\n", backend="rules", published="2025-05-14").attacks
    return [(a.kind.value, [loc.name for loc in a.locations]) for a in out]


# --------------------------------------------------------------- dev38 A3: alerts

@pytest.mark.parametrize("text", [
    "The council met on Tuesday. Soon after two, a missile alarm sounded across the Chernihiv region.",
    "A drone-attack alert was declared in Mykolaiv on Tuesday morning.",
    "Ballistic missile sirens wailed over Zaporizhzhia for an hour on Tuesday.",
    "A missile warning went out for the Sumy region just before dawn on Tuesday.",
])
def test_a_warning_of_a_weapon_is_no_strike(text: str) -> None:
    assert _attacks(text) == []


@pytest.mark.parametrize("text", [
    "Shortly after the missile alarm sounded on Tuesday, a missile hit a depot in Kharkiv.",
    "A missile struck a warehouse in Zaporizhzhia on Tuesday, an hour after an alert was declared.",
    "Drones hit a garage in Mykolaiv on Tuesday during a two-hour alert.",
])
def test_a_strike_told_beside_the_alert_stays(text: str) -> None:
    assert len(_attacks(text)) == 1


# --------------------------------------------------------------- dev37 A6: attack in words

_AID = "Berlin has sent howitzers, air-defence systems and drones to Ukraine. "


@pytest.mark.parametrize("text", [
    _AID + "Its budget for next year sets aside a billion euros for Kyiv, a cut that opposition lawmakers have attacked.",
    _AID + "The plan, which Green lawmakers have sharply attacked as timid, goes to a vote in Kyiv on Friday.",
    _AID + "Critics attacked the minister in Kyiv over the slow deliveries.",
    _AID + "Opposition MPs in Kyiv attacked the government's decision to halve aid.",
    _AID + "Commentators in Kyiv have repeatedly attacked Berlin's spending cuts.",
])
def test_an_attack_in_words_is_no_strike(text: str) -> None:
    assert _attacks(text) == []


@pytest.mark.parametrize("text", [
    "Lawmakers' offices in Kyiv were attacked by drones overnight, the mayor said.",
    "Russian troops attacked the plant in Zaporizhzhia on Tuesday.",
    "Drones attacked the budget office of the city council in Sumy on Tuesday.",
    "Russian drones attacked the regional administration building in Sumy on Tuesday.",
])
def test_a_strike_on_a_political_site_stays(text: str) -> None:
    assert len(_attacks(text)) == 1
