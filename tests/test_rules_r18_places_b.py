"""Round 18 classes of the rules engine (dev33 A1, A2, A8 kind; dev34 B5), tested with sentences
written for these tests (none from seeds/ or evals/), several phrasings each, with near-misses that
must not fire. Published Wednesday 4 March 2026.

- where the weapons were launched from or flew over is no place hit and never decides the target;
- a report that gives no news of strikes ("gave no details of new attacks") tells no strike;
- a place told as out of the weapons' reach ("moved to X, beyond the range of drones") is no strike;
- artillery together with another weapon family is kind `other` (codebook 8).
"""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value, place_names as _places

_attacks = AttackProbe("2026-03-04")


# ------------------------------------------------------------------ dev33 A1: launch origin and flight path
@pytest.mark.parametrize("text, gone", [
    ("The bombers released their missiles from above the Sea of Azov before dawn, and one of them wrecked a "
     "warehouse in Zaporizhzhia.", None),
    ("Russia fired four S-300 missiles from positions near Belgorod at Kharkiv on Tuesday, wounding six.", "Belgorod"),
    ("Moscow launched two Iskander missiles from mobile launchers over the border in the Kursk region at Sumy, "
     "injuring a woman.", "Kursk Oblast"),
    ("The Shaheds approached from the sea via the Mykolaiv region towards Kyiv, where debris wounded a man.",
     "Mykolaiv Oblast"),
    ("Dozens of drones were launched from the Bryansk and Oryol regions and hit Chernihiv, wounding three.",
     "Bryansk Oblast"),
])
def test_a_launch_origin_is_no_place_hit(text: str, gone: str | None) -> None:
    places = _places(_attacks(text))
    assert places, "the place hit stays"
    if gone:
        assert gone not in places, places


@pytest.mark.parametrize("text, gone", [
    ("Kherson came under drone attack overnight, wounding two. The drones flew in from the south-east, over the "
     "Dnipro and occupied Crimea.", "Crimea"),
    ("Kherson came under drone attack overnight, wounding two. The drones came in from the north, across the "
     "Kursk region.", "Kursk Oblast"),
])
def test_a_flight_path_in_a_sentence_of_its_own_is_no_record(text: str, gone: str) -> None:
    attacks = _attacks(text)
    assert gone not in _places(attacks) and "Kherson" in _places(attacks)
    assert len(attacks) == 1


def test_a_launch_origin_does_not_turn_the_target_country() -> None:
    a = _attacks.one("Overnight the enemy sent 62 Shahed drones at Ukraine and fired four ballistic missiles from "
                     "launch sites across the border in the Bryansk region, Ukraine's air force said.")
    assert a.target_country == "Ukraine" and a.attacker == "Russia"


@pytest.mark.parametrize("text, place", [
    ("Drones struck a fuel depot in Crimea on Tuesday.", "Crimea"),
    ("Ukraine fired missiles at an airfield in the Kursk region on Tuesday.", "Kursk Oblast"),
    ("Missiles fired from the Black Sea hit Odesa on Tuesday, wounding three.", "Odesa"),
    ("Drones launched from the north slammed into a school in Sumy on Tuesday.", "Sumy"),
])
def test_a_place_hit_after_the_origin_stays(text: str, place: str) -> None:
    assert place in _places(_attacks(text))


# ------------------------------------------------------------------ dev33 A2: no news of strikes
_TALLY = ("Russian air defences downed 37 Ukrainian drones overnight, the Defence Ministry said on Wednesday, "
          "including 15 over the Kursk region and seven over the Belgorod region. ")


@pytest.mark.parametrize("tail", [
    "In the Belgorod region, the governor said the border area stayed tense but gave no details of fresh strikes.",
    "Officials in the Belgorod region offered no information on any new drone raids.",
    "The Belgorod governor made no mention of damage from the latest attacks.",
    "In the Belgorod region, the governor did not report any new strikes on Wednesday.",
    "In the Belgorod region, no word on new attacks was given by the governor on Wednesday.",
])
def test_a_report_of_no_news_keeps_the_regions_tally(tail: str) -> None:
    attacks = _attacks(_TALLY + tail)
    belgorod = [a for a in attacks if any(p.name.startswith("Belgorod") for p in a.locations)]
    assert len(belgorod) == 1, [[p.name for p in a.locations] for a in attacks]
    assert [count_value(w.intercepted) for w in belgorod[0].weapons] == [7]


@pytest.mark.parametrize("text, place", [
    ("The governor gave details of two new drone attacks on Shebekino on Tuesday, in which a woman was wounded.", "Shebekino"),
    ("No details of casualties were given after drones hit Belgorod on Tuesday.", "Belgorod"),
    ("The mayor gave no details of the damage, but said a drone hit a shop in Shebekino on Tuesday.", "Shebekino"),
])
def test_news_of_a_strike_stays(text: str, place: str) -> None:
    assert place in _places(_attacks(text))


# ------------------------------------------------------------------ dev34 B5: out of the weapons' reach
@pytest.mark.parametrize("text", [
    "The fleet has sheltered in Novorossiysk since spring, beyond the range of Ukrainian drones.",
    "Most strategic bombers were moved to Olenya, out of reach of Ukraine's long-range drones.",
    "Warships now stay in the port of Novorossiysk, safe from sea drones.",
    "The navy keeps its submarines in Novorossiysk, well out of the reach of Ukrainian missiles.",
])
def test_a_place_beyond_reach_is_no_strike(text: str) -> None:
    assert _attacks(text) == []


@pytest.mark.parametrize("text", [
    "Drones reached Novorossiysk and hit a tanker on Tuesday.",
    "A drone hit a tanker in Novorossiysk, a port once thought beyond the range of Ukrainian drones, on Tuesday.",
])
def test_a_strike_beside_a_reach_clause_stays(text: str) -> None:
    assert _places(_attacks(text)) == {"Novorossiysk"}


# ------------------------------------------------------------------ dev33 A8: artillery with drones is other
@pytest.mark.parametrize("text", [
    "The village of Bilopillia was pounded with mortars and FPV drones all afternoon, wounding two.",
    "Russian troops hit Nikopol with artillery and kamikaze drones on Tuesday, wounding two.",
    "Russian forces attacked Kherson with drones and howitzers on Monday, wounding two women.",
    "Russian forces shelled Kupiansk and dropped a guided bomb on it on Monday, wounding a man.",
])
def test_artillery_with_another_family_is_other(text: str) -> None:
    assert _attacks.one(text).kind.value == "other"


@pytest.mark.parametrize("text, kind", [
    ("Russian forces shelled Nikopol with artillery on Tuesday, wounding two.", "shelling_artillery"),
    ("Russia attacked Kharkiv with drones and missiles overnight, wounding five.", "drone_and_missile"),
    ("A drone hit a car in Kherson on Monday, wounding the driver.", "air_drone_strike"),
])
def test_one_family_or_the_drone_and_missile_pair_keeps_its_kind(text: str, kind: str) -> None:
    assert _attacks.one(text).kind.value == kind


def test_guns_and_drones_told_in_separate_sentences_keep_the_first_named_kind() -> None:
    # a drone borrowed from another sentence of the record is often another strike's: the guns decide
    a = _attacks.one("Shelling hit the village of Bilopillia on Tuesday, wounding two. Later a drone dropped a "
                     "grenade in the same village, the local chief said.")
    assert a.kind.value == "shelling_artillery"


def test_an_air_defence_tally_of_drones_and_rockets_is_no_mixed_strike() -> None:
    a = _attacks.one("Crews of the air defence brought down 33 drones during the night, and three HIMARS rockets over the "
                     "Kursk region, the ministry said on Wednesday.")
    assert a.kind.value == "air_drone_strike"
