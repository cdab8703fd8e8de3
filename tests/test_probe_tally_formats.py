"""Metamorphic probes of report formats (issue 13): the same night told as an air force tally
with labelled lines ("Launched: 47 ...", "Shot down/suppressed: 39"), as prose, or as a defence
ministry release broken down by region gives one nationwide record with the same figures; a
roundup of separate strikes by oblast and a live blog of stamped updates give one record per
strike. Sentences written for these tests (none from seeds/ or evals/); published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.records import Attack, LocationLevel, WeaponType


_attacks = AttackProbe()
_one = _attacks.one


def _country(attacks: list[Attack]) -> Attack:
    """The country record of a night's total (codebook 3: a region's own share is its own record)."""
    [a] = [a for a in attacks if [p.level for p in a.locations] == [LocationLevel.country]]
    return a


def _drones(a: Attack) -> tuple[int | None, int | None]:
    w = next(w for w in a.weapons if w.type is WeaponType.drone)
    return (w.launched.value if w.launched else None, w.intercepted.value if w.intercepted else None)


@pytest.mark.parametrize("text", [
    "Overnight, the enemy attacked Ukraine with strike UAVs.\nLaunched: 47 Shahed-type drones.\nShot down/suppressed: 39.",
    "Overnight, the enemy attacked Ukraine with strike UAVs.\nLaunched: 47 Shahed-type drones\nShot down/suppressed: 39\n"
    "Hits: 5 locations",
    "Overnight, the enemy attacked Ukraine with 47 drones. Shot down/suppressed: 39.",
    "Overnight, the enemy attacked Ukraine with 47 drones. Downed: 39.",
    "Russia's overnight attack on Ukraine, according to the air force \u2014 launched: 47 drones; shot down or suppressed: 39.",
    "Air force: 39 of 47 drones downed\n\nRussia attacked Ukraine with drones on the night of 1-2 March, the air force said.\n"
    "Drones launched: 47\nDrones shot down: 39",
    "Russia launched 47 drones at Ukraine overnight, with air defence crews downing or suppressing 39, the air force said.",
])
def test_a_tally_in_labels_or_prose_gives_the_same_figures(text: str) -> None:
    a = _one(text)
    assert _drones(a) == (47, 39) and a.target_country == "Ukraine"


def test_labelled_interceptions_of_two_weapons_go_to_each() -> None:
    a = _one("Overnight, the enemy attacked Ukraine with 47 drones and 4 missiles.\nShot down: 39 drones and 2 missiles.")
    w = {x.type: (x.launched and x.launched.value, x.intercepted and x.intercepted.value) for x in a.weapons}
    assert w[WeaponType.drone] == (47, 39) and w[WeaponType.missile] == (4, 2)


def test_a_label_that_is_no_weapon_verb_adds_no_figure() -> None:
    a = _one("Overnight, the enemy attacked Ukraine with 47 drones.\nHits: 5 locations.\nDebris fell: 3 districts.")
    assert _drones(a) == (47, None)


@pytest.mark.parametrize("text", [
    "Air defence systems destroyed 31 Ukrainian UAVs overnight, the Russian Defence Ministry said: 12 over the Bryansk "
    "region, 9 over the Kursk region, 6 over the Belgorod region and 4 over the Moscow region.",
    "The Russian Defence Ministry said its air defence units had shot down and destroyed 31 Ukrainian drones "
    "overnight, including 12 over Bryansk region and 9 over Kursk region.",
    "Russia's Defence Ministry said its forces destroyed 31 drones over seven regions overnight. Twelve were downed "
    "over the Bryansk region and nine over the Kursk region.",
])
def test_a_ministry_release_by_region_keeps_a_nationwide_record(text: str) -> None:
    a = _country(_attacks(text))
    assert [w.intercepted.value for w in a.weapons if w.intercepted] == [31] and a.target_country == "Russia"


def test_a_roundup_of_separate_strikes_by_oblast_gives_one_record_each() -> None:
    attacks = _attacks("Russia attacked several regions of Ukraine overnight. In the Odesa region, drones damaged port "
                       "infrastructure and injured two people. In the Kharkiv region, a guided bomb killed one man. "
                       "In the Sumy region, shelling damaged houses.")
    assert sorted(p.name for a in attacks for p in a.locations) == ["Kharkiv Oblast", "Odesa Oblast", "Sumy Oblast"]


def test_a_live_blog_update_keeps_its_own_time_and_place() -> None:
    attacks = _attacks("08:15 \u2014 Russian drones hit an energy facility in Odesa overnight, the governor said. "
                       "Two people were injured.\n10:40 \u2014 A Russian guided bomb struck Kharkiv in the morning, "
                       "injuring four people, the mayor said.")
    by_place = {a.locations[0].name: a for a in attacks}
    assert set(by_place) == {"Odesa", "Kharkiv"}
    odesa, kharkiv = by_place["Odesa"].date, by_place["Kharkiv"].date
    assert odesa is not None and kharkiv is not None
    assert str(odesa.start) == "2026-03-01" and str(kharkiv.start) == str(kharkiv.end) == "2026-03-02"


@pytest.mark.parametrize("where", [
    "Drones were shot down over the Kyiv, Chernihiv and Sumy regions.",
    "Air defences intercepted drones over the Kyiv, Chernihiv and Sumy regions.",
    "The drones were downed over the Kyiv and Chernihiv regions, the air force said.",
])
def test_where_a_nationwide_tally_was_downed_adds_no_record(where: str) -> None:
    a = _one("Russia struck Ukraine with 80 drones overnight, 64 of which were downed, the air force said. " + where)
    assert _drones(a) == (80, 64) and [p.name for p in a.locations] == ["Ukraine"]


def test_regions_hit_after_a_nationwide_tally_keep_their_record() -> None:
    attacks = _attacks("Russia launched 80 drones at Ukraine overnight. Drones hit energy facilities in the Kharkiv, "
                       "Sumy and Odesa regions, the air force said.")
    assert len(attacks) == 2  # codebook rules 2-3: the country's figures, the regions' damage


@pytest.mark.parametrize("text", [
    "Ukrainian drones attacked the Belgorod, Kursk and Voronezh regions overnight, Russia's Defence Ministry said, "
    "claiming 45 were shot down.",
    "Ukrainian drones attacked the Belgorod, Kursk and Voronezh regions overnight; 45 were shot down, Moscow said.",
    "Russia's Defence Ministry said 45 Ukrainian drones were shot down over the Belgorod, Kursk and Voronezh regions overnight.",
])
def test_a_bare_figure_with_its_own_verb_of_downing_is_intercepted(text: str) -> None:
    a = _one(text)
    assert [w.intercepted.value for w in a.weapons if w.intercepted] == [45] and a.attacker == "Ukraine"
