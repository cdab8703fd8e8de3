"""dev34-B3: sea drones are drones (codebook 9), and a Ukrainian strike on occupied Crimea targets
Russia (codebook 12, lead's ruling on dev34 Q3); dev34-B6: fire opened on a town, and a quote right
after a weaponless strike saying the place "was shelled", give artillery.
Sentences written for these tests (none from seeds/ or evals/)."""

from __future__ import annotations

import pytest

from probes import attacks_of

PUBLISHED = "2026-03-04"
LEAD = "Russian missiles struck Poltava overnight, the governor said. "


def _one(text: str) -> tuple[str | None, str | None, str, list[str], list[str]]:
    attacks = [a for a in attacks_of(LEAD + text, PUBLISHED) if all(p.name != "Poltava" for p in a.locations)]
    assert len(attacks) == 1, attacks
    a = attacks[0]
    return a.attacker, a.target_country, a.kind.value, [w.type.value for w in a.weapons], [p.name for p in a.locations]


@pytest.mark.parametrize("text", [
    "Ukrainian naval drones struck a landing ship moored at Feodosia on Wednesday.",
    "A Ukrainian drone boat attack damaged a ferry off Kerch on Tuesday, the navy said.",
    "Ukrainian sea drones hit a patrol ship near Yevpatoria on Monday night, the navy said.",
])
def test_sea_drones_on_crimea_are_a_drone_strike_on_russia(text: str) -> None:
    attacker, target, kind, weapons, _ = _one(text)
    assert (attacker, target, kind, weapons) == ("Ukraine", "Russia", "air_drone_strike", ["drone"])


@pytest.mark.parametrize("text", [
    "Ukrainian drones struck an airfield in Crimea on Tuesday, a Russian-installed official said.",
    "Ukrainian missiles hit an air-defence battery near Yevpatoria on Sunday.",
    "Ukraine's navy said its drones struck a patrol boat near Sevastopol on Tuesday night.",
])
def test_a_strike_on_occupied_crimea_targets_russia(text: str) -> None:
    attacker, target, *_ = _one(text)
    assert (attacker, target) == ("Ukraine", "Russia")


@pytest.mark.parametrize("text, place, sides", [
    ("Russian missiles hit Kherson on Monday, killing two.", "Kherson", ("Russia", "Ukraine")),
    ("Russian drones slammed into Zaporizhzhia late on Tuesday, injuring four.", "Zaporizhzhia", ("Russia", "Ukraine")),
    # only Crimea is listed: gold codes places occupied since 2022 as Ukraine
    ("Ukrainian shelling hit Donetsk on Monday, killing two, the Russian-installed mayor said.", "Donetsk",
     ("Ukraine", "Ukraine")),
])
def test_other_places_keep_their_country(text: str, place: str, sides: tuple[str, str]) -> None:
    attacker, target, _, _, places = _one(text)
    assert (attacker, target) == sides and place in places


def test_a_sea_drone_named_only_as_what_a_plant_makes_is_no_weapon() -> None:
    _, _, kind, weapons, _ = _one("Russian missiles struck a sea drone workshop in Odesa on Monday.")
    assert (kind, weapons) == ("missile_strike", ["missile"])


def test_sea_drones_as_a_capability_make_no_record() -> None:
    assert _other_records("Ukraine's sea drones have pushed the fleet east over the past year.") == []


def _other_records(text: str) -> list[object]:
    return [a for a in attacks_of(LEAD + text, PUBLISHED) if all(p.name != "Poltava" for p in a.locations)]


@pytest.mark.parametrize("text, place", [
    ("Ukrainian units opened fire on Shebekino on Sunday, wounding a man.", "Shebekino"),
    ("Russian forces fired on Nikopol from across the river on Tuesday, injuring two.", "Nikopol"),
    ("The Russian army opened fire on the village of Bilozerka on Monday, wounding a pensioner.", "Bilozerka"),
    ("Russian troops opened fire on Kherson's Dniprovskyi district on Monday morning, killing a woman.", "Kherson"),
])
def test_fire_opened_on_a_town_is_shelling(text: str, place: str) -> None:
    _, _, kind, weapons, places = _one(text)
    assert (kind, weapons) == ("shelling_artillery", ["artillery"]) and place in places


@pytest.mark.parametrize("text", [
    "Gunners opened fire on Shaheds over Kyiv on Monday.",
    "Mobile fire groups opened fire on the Geran drones over Kyiv on Monday.",
    "Air defence units opened fire on a drone over Kyiv on Monday.",
])
def test_fire_opened_on_drones_is_no_artillery(text: str) -> None:
    assert all("artillery" not in [w.type.value for w in a.weapons] for a in _other_records(text))


@pytest.mark.parametrize("text", [
    "Ukrainian troops opened fire on Russian positions near Bakhmut on Monday.",
    "Soldiers opened fire on the assault group near Pokrovsk on Monday.",
])
def test_fire_opened_in_ground_combat_makes_no_record(text: str) -> None:
    assert _other_records(text) == []


@pytest.mark.parametrize("text", [
    "Russian troops attacked Vovchansk on Monday, wounding two. \"The town was shelled from the other bank,\" the head wrote.",
    "Russian forces struck Nikopol on Tuesday morning, injuring a woman. \"Our community came under heavy mortar fire "
    "at dawn,\" the mayor said.",
    "Russian forces attacked Kupiansk on Friday, killing one. \"The centre was heavily shelled again,\" the governor posted.",
])
def test_a_quote_right_after_says_the_strike_was_shelling(text: str) -> None:
    _, _, kind, weapons, _ = _one(text)
    assert (kind, weapons) == ("shelling_artillery", ["artillery"])


@pytest.mark.parametrize("text", [
    "Russian troops attacked Vovchansk on Monday, wounding two. \"They shell us every day,\" a resident said.",
    "Russian drones attacked Vovchansk on Monday, wounding two. \"The town was shelled from the other bank,\" the head wrote.",
])
def test_a_habit_quote_or_a_record_with_its_own_weapon_takes_no_artillery(text: str) -> None:
    _, _, kind, weapons, _ = _one(text)
    assert "artillery" not in weapons


def test_a_quote_about_another_town_lends_nothing() -> None:
    attacks = _other_records("Russian troops attacked Vovchansk on Monday, wounding two. \"Kupiansk was shelled too,\" "
                             "the head wrote.")
    vov = [a for a in attacks if [p.name for p in a.locations] == ["Vovchansk"]]
    assert vov and [w.type.value for w in vov[0].weapons] == []


def test_a_crimean_town_told_after_the_attacker_is_the_records_target() -> None:
    text = ("Ukrainian naval drones sank a Russian minesweeper off Crimea overnight, the navy said. The ship was hit "
            "near Chornomorske by three of them, a spokesman told reporters.")
    attacks = [a for a in attacks_of(text, PUBLISHED) if a.locations]
    assert attacks and all((a.attacker, a.target_country) == ("Ukraine", "Russia") for a in attacks)
