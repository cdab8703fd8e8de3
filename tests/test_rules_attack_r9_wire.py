"""National totals and dates in common wire styles (r9, after the A1-A10 classes): paragraphs
written for these tests (none from seeds/ or evals/), several phrasings each, with negatives that
must not change. Published Wednesday 4 March 2026."""

from __future__ import annotations


import pytest

from probes import AttackProbe
from summariser.records import Attack, WeaponType

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED)


def _country(text: str) -> Attack:
    return next(a for a in _attacks(text) if a.locations and a.locations[0].level.value == "country")


def _weapons(attack: Attack) -> dict[WeaponType, tuple[int | None, int | None]]:
    return {w.type: (getattr(w.launched, "value", None), getattr(w.intercepted, "value", None)) for w in attack.weapons}


# --------------------------------------------------------------------------- national totals


@pytest.mark.parametrize("text, drones", [
    ("Russia launched 142 drones and 12 missiles overnight, the air force said, of which 118 drones were shot down.",
     (142, 118)),
    ("Russia attacked Ukraine overnight with 142 drones and 12 missiles, the air force said. Air defences downed "
     "118 drones and nine missiles.", (142, 118)),
    ("Of the 142 drones launched by Russia overnight, 118 were shot down, the air force said.", (142, 118)),
    ("Ukraine's air force said it had downed 118 of 142 drones launched by Russia overnight.", (142, 118)),
    ("Russia launched 142 drones at Ukraine overnight. The air force said 118 were shot down and 20 were lost "
     "from radar.", (142, 118)),
    ("Russia attacked Ukraine overnight with drones. In total, 142 drones were detected over the country; "
     "118 were shot down.", (142, 118)),
])
def test_a_national_drone_total_and_its_downed_part(text: str, drones: tuple[int, int]) -> None:
    assert _weapons(_country(text))[WeaponType.drone] == drones


def test_an_aggregate_recorded_by_the_air_force_is_a_launch_and_its_part_downed() -> None:
    text = ("Russia attacked Ukraine overnight. In total, 154 air attack assets were recorded: 142 drones and "
            "12 missiles. 127 of them were neutralised. In Kyiv, two people were injured.")
    assert _weapons(_country(text))[WeaponType.other] == (154, 127)


def test_a_missile_total_with_two_model_parts_keeps_the_downed_figure_on_the_total() -> None:
    text = ("Russia fired 12 missiles and 142 drones at Ukraine overnight, including 6 Iskander-M ballistic "
            "missiles and 6 Kh-101 cruise missiles. Ukrainian forces shot down 118 drones and 8 missiles.")
    weapons = _weapons(_country(text))
    assert weapons[WeaponType.other] == (12, 8)
    assert weapons[WeaponType.ballistic_missile] == (6, None) and weapons[WeaponType.cruise_missile] == (6, None)
    assert WeaponType.missile not in weapons


@pytest.mark.parametrize("text", [
    "Russian drones struck Kharkiv overnight. Twelve explosions were recorded in the city.",
    "Russia launched 142 drones at Ukraine overnight. The air force said 20 were lost from radar.",
])
def test_explosions_recorded_and_drones_lost_from_radar_are_no_weapon_figures(text: str) -> None:
    for attack in _attacks(text):
        assert all(w.intercepted is None for w in attack.weapons)
        assert all(getattr(w.launched, "value", None) in (None, 142) for w in attack.weapons)


@pytest.mark.parametrize("text, drones", [
    ("Russia fired 142 drones at Ukraine overnight, with 118 downed, the air force said.", (142, 118)),
    ("Russia launched 142 drones at Ukraine overnight; 118 shot down, 20 lost from radar.", (142, 118)),
    ("Russia attacked Ukraine overnight. The air force said 118 out of 142 drones and 9 out of 12 missiles had "
     "been shot down.", (142, 118)),
])
def test_a_downed_figure_told_without_its_auxiliary(text: str, drones: tuple[int, int]) -> None:
    assert _weapons(_country(text))[WeaponType.drone] == drones


def test_a_total_of_aerial_weapons_is_a_combined_total_with_its_list() -> None:
    text = ("Russia attacked Ukraine overnight. Russia launched a total of 154 aerial weapons: 142 drones and "
            "12 missiles. Air defence destroyed 127 targets.")
    weapons = _weapons(_country(text))
    assert weapons[WeaponType.other] == (154, 127)
    assert weapons[WeaponType.drone][0] == 142 and weapons[WeaponType.missile][0] == 12


def test_downed_as_an_adjective_is_no_interception() -> None:
    text = "Russia launched 142 drones at Ukraine overnight. Debris of 12 downed drones fell on houses in Kyiv."
    assert _weapons(_country(text))[WeaponType.drone] == (142, None)


@pytest.mark.parametrize("text", [
    "Russia launched 300 drones at Ukraine overnight; in Lviv, a warehouse burned.",
    "Russia launched 300 drones at Ukraine overnight, damaging a warehouse in Lviv.",
])
def test_a_barrage_and_the_city_it_damaged_in_one_sentence_are_two_records(text: str) -> None:
    attacks = _attacks(text)
    places = {p.name: a for a in attacks for p in a.locations}
    assert set(places) == {"Ukraine", "Lviv"}
    assert _weapons(places["Ukraine"])[WeaponType.drone] == (300, None)
    assert all(w.launched is None for w in places["Lviv"].weapons)


def test_a_barrage_aimed_at_one_city_stays_on_that_city() -> None:
    (attack,) = _attacks("Russia attacked Kharkiv with 17 drones overnight, damaging a warehouse.")
    assert [p.name for p in attack.locations] == ["Kharkiv"]


@pytest.mark.parametrize("labels, expected", [
    ("Drones: 142 launched, 118 downed. Missiles: 12 launched, 9 downed.",
     {WeaponType.drone: (142, 118), WeaponType.missile: (12, 9)}),
    ("Shahed drones: 142 launched, 118 shot down.", {WeaponType.drone: (142, 118)}),
    ("Cruise missiles: 12 launched.", {WeaponType.cruise_missile: (12, None)}),
])
def test_weapon_figures_written_as_labels(labels: str, expected: dict[WeaponType, tuple[int, int | None]]) -> None:
    weapons = _weapons(_country("Russia attacked Ukraine overnight, the air force said. " + labels))
    for kind, figures in expected.items():
        assert weapons[kind] == figures


def test_a_place_as_a_label_is_no_weapon() -> None:
    text = "Russia attacked Ukraine overnight, the air force said. Kharkiv: 3 launched, 2 downed."
    assert all(not a.weapons or all(w.launched is None for w in a.weapons) for a in _attacks(text))


@pytest.mark.parametrize("text, expected", [
    ("Russia attacked Ukraine overnight, the air force said. It launched 142 drones (118 shot down) and "
     "12 missiles (9 shot down).", {WeaponType.drone: (142, 118), WeaponType.missile: (12, 9)}),
    ("Russia launched 142 Shahed drones (118 were downed) at Ukraine overnight.", {WeaponType.drone: (142, 118)}),
])
def test_a_downed_figure_in_brackets_after_its_weapon(text: str, expected: dict[WeaponType, tuple[int, int]]) -> None:
    weapons = _weapons(_country(text))
    for kind, figures in expected.items():
        assert weapons[kind] == figures


def test_a_bracket_in_a_sentence_that_launches_nothing_adds_no_figure() -> None:
    text = "Russia launched 50 drones at Ukraine overnight. Kyiv has seen 142 drones (118 shot down) this month."
    assert _weapons(_country(text))[WeaponType.drone] == (50, None)
