"""Metamorphic probes of places and speakers (issue 13): a capital, a state or a ministry that
speaks is the side speaking, never an attacked place, whether it opens the sentence, closes it
or accuses the other side; a side that says it shot weapons down is the side attacked; one city
told through transliteration variants, "City, Country", oblast or district is the same place.
Sentences written for these tests (none from seeds/ or evals/); published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.records import Attack

CONTEXT = "The war has now entered its fifth year. "  # passes the article's war gate, tells no strike


_attacks = AttackProbe(lead=CONTEXT)
_one = _attacks.one


def _places(a: Attack) -> list[str]:
    return [p.name for p in a.locations]


@pytest.mark.parametrize("text", [
    "Kyiv accused Russia of striking a hospital in Kherson on Tuesday, killing two medics.",
    "Ukraine accused Russia of striking a hospital in Kherson on Tuesday, killing two medics.",
    "Kyiv said Russia struck a hospital in Kherson on Tuesday, killing two medics.",
    "Russia struck a hospital in Kherson on Tuesday, killing two medics, Kyiv said.",
    "Ukraine's foreign ministry said Russia struck a hospital in Kherson on Tuesday, killing two medics.",
    "Russia was accused of striking a hospital in Kherson on Tuesday, killing two medics.",
])
def test_a_speaking_capital_is_no_place_hit(text: str) -> None:
    a = _one(text)
    assert _places(a) == ["Kherson"] and a.attacker == "Russia"
    assert a.killed is not None and a.killed.value == 2


@pytest.mark.parametrize("text, side", [
    ("Ukraine said it shot down 36 of the 52 drones launched overnight.", "Ukraine"),
    ("Ukraine said its air defences shot down 36 drones overnight.", "Ukraine"),
    ("Kyiv said it had downed 36 drones overnight.", "Ukraine"),
    ("Ukraine's air force said it shot down 36 drones overnight.", "Ukraine"),
    ("Moscow said it shot down 36 drones overnight.", "Russia"),
    ("Russia says its forces intercepted 36 drones overnight.", "Russia"),
    ("The Kremlin said its air defences destroyed 36 drones overnight.", "Russia"),
    ("Russian air defences shot down 36 drones overnight, the defence ministry said.", "Russia"),
])
def test_the_side_that_says_it_shot_down_is_the_side_attacked(text: str, side: str) -> None:
    a = _one(text)
    assert a.target_country == side and a.attacker != side
    assert [w.intercepted.value for w in a.weapons if w.intercepted] == [36]


def test_a_speaker_that_only_claims_a_strike_is_not_the_defender() -> None:
    # no interception: "said it" alone makes no side the target
    assert _attacks("Moscow said it would respond to any attack on its territory.") == []


@pytest.mark.parametrize("text, place", [
    ("A Russian drone hit a house in the Kiev region on Tuesday, injuring two people.", "Kyiv Oblast"),
    ("A Russian drone hit a house in the Kyiv region on Tuesday, injuring two people.", "Kyiv Oblast"),
    ("A Russian drone hit a house in Kharkov on Tuesday, injuring two people.", "Kharkiv"),
    ("A Russian drone hit a house in Kharkiv on Tuesday, injuring two people.", "Kharkiv"),
    ("A Russian drone hit a house in Zaporozhye on Tuesday, injuring two people.", "Zaporizhzhia"),
    ("A Russian missile hit Kyiv, Ukraine, on Tuesday, injuring two people.", "Kyiv"),
    ("A Russian drone struck the Shevchenkivskyi district of Kyiv on Tuesday, injuring two people.", "Kyiv"),
])
def test_one_place_in_any_spelling(text: str, place: str) -> None:
    a = _one(text)
    assert _places(a)[0] == place and a.injured is not None and a.injured.value == 2


@pytest.mark.parametrize("text, attacker", [
    ("Moscow accused Kyiv of striking a market in Donetsk on Tuesday with HIMARS rockets, killing three people.", "Ukraine"),
    ("Russia accused Ukraine of shelling a market in Donetsk on Tuesday, killing three people.", "Ukraine"),
    ("Russian officials blamed Ukraine for the strike on a market in Donetsk on Tuesday, which killed three people.",
     "Ukraine"),
    ("Kyiv accused Russia of striking a market in Kherson on Tuesday, killing three people.", "Russia"),
    ("Ukraine blamed Russia for a missile attack on a market in Kherson on Tuesday that killed three people.", "Russia"),
])
def test_the_side_accused_is_the_attacker_and_the_accuser_no_place(text: str, attacker: str) -> None:
    a = _one(text)
    assert a.attacker == attacker and len(a.locations) == 1
    assert a.locations[0].name in ("Donetsk", "Kherson") and a.killed is not None and a.killed.value == 3


@pytest.mark.parametrize("text", [
    "A Russian missile struck Dnipro overnight, killing two people. In the city's Shevchenkivskyi district, a "
    "five-storey building was damaged.",
    "Russian drones attacked Kharkiv overnight, killing two people. The attack on Kharkiv also damaged a school and a "
    "power substation, the governor said.",
    "Russian missiles struck Kyiv early on Tuesday, killing two people. The mayor said debris fell in the Darnytskyi "
    "and Dniprovskyi districts.",
])
def test_parts_of_one_city_strike_are_one_record(text: str) -> None:
    a = _one(text)
    assert len(a.locations) == 1 and a.killed is not None and a.killed.value == 2


def test_a_village_of_the_region_is_its_own_record_beside_the_city() -> None:
    attacks = _attacks("Russian drones attacked Kharkiv overnight, injuring five people. In the Kharkiv region, a drone "
                       "also hit a house in the village of Bezruky, injuring a woman.")
    assert sorted(a.locations[0].name for a in attacks) == ["Bezruky", "Kharkiv"]
