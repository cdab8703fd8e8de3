"""Metamorphic probes of counts (issue 13): one barrage told in many phrasings must give the
same launched / intercepted figures, whatever the order of part and total ("N of them", "N of
the M", "all but K of the M", numbers in words, a bare total), a nil told as "none of them";
one toll with its children told in any construction. Sentences written for these tests (none
from seeds/ or evals/); published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.records import Attack, LocationLevel, WeaponType


_one = AttackProbe().one


def _country(attacks: list[Attack]) -> Attack:
    """The country record of a night's total (codebook 3: a region's own share is its own record)."""
    [a] = [a for a in attacks if [p.level for p in a.locations] == [LocationLevel.country]]
    return a


def _figures(a: Attack, wtype: WeaponType) -> tuple[int | None, int | None]:
    w = next(w for w in a.weapons if w.type is wtype)
    return (w.launched.value if w.launched else None, w.intercepted.value if w.intercepted else None)


@pytest.mark.parametrize("text", [
    "Russia launched 52 drones at Ukraine overnight, and air defences shot down 40 of them, the air force said.",
    "Russia attacked Ukraine overnight with 52 drones. Ukrainian forces downed 40 of the 52, the air force said.",
    "Russia attacked Ukraine overnight with 52 drones. Air defence crews brought down 40 of the 52 launched.",
    "Air defences destroyed 40 of the 52 drones Russia launched at Ukraine overnight, the air force said.",
    "Ukraine's air force said it shot down all but 12 of the 52 drones Russia fired overnight.",
    "Russia fired fifty-two drones at Ukraine overnight, forty of which were shot down, the air force said.",
    "Of the 52 drones Russia launched overnight, 40 were shot down and 9 were lost from radar.",  # lost, no means: not stopped (codebook 3)
    "Russia launched 52 drones overnight. Ukrainian air defence shot down all but 12.",
    "Russia launched 52 drones at Ukraine overnight. Air defence units downed 40 of them, including 11 over the Kyiv region.",
    "Russia launched 52 drones overnight. Forty of the fifty-two were shot down.",
    "Russia launched 52 drones overnight. 40 of the 52 were shot down over the Kyiv region.",
    "Overnight, Russia hit Ukraine with 52 drones, 40 of which air defences managed to shoot down.",
    "Russia attacked Ukraine overnight. Air defences shot down 40 out of 52 launched drones.",
    "Russia launched 52 drones overnight. Air defences shot down 40 out of 52 launched.",
    "Russia launched a total of 52 drones at Ukraine overnight; 40 drones out of 52 were shot down.",
    "Russia attacked Ukraine overnight with 52 drones, with 40 downed, the air force said.",
    "Ukraine's air force intercepted 40 drones overnight, while nine others vanished from radar. "
    "Russia had launched 52 drones in total.",
])
def test_launched_and_intercepted_in_any_order(text: str) -> None:
    attacks = AttackProbe()(text)
    a = _country(attacks) if len(attacks) > 1 else attacks[0]
    assert _figures(a, WeaponType.drone) == (52, 40)
    assert [w.type for w in a.weapons] == [WeaponType.drone]  # the total is no second weapon


def test_a_jammed_figure_beside_the_downed_one_is_summed() -> None:
    # codebook 3, ruling of 2 December 2026 afternoon: separate figures shot down and jammed are summed
    a = _one("Russia launched 52 drones overnight. Forty were shot down, and nine more were jammed, the air force said.")
    assert _figures(a, WeaponType.drone) == (52, 49)


@pytest.mark.parametrize("text", [
    "Russia launched two ballistic missiles at Kharkiv on Tuesday. None of them was intercepted.",
    "Russia fired two ballistic missiles at Kharkiv on Tuesday; none of the missiles was shot down.",
    "Russia struck Kharkiv on Tuesday with two ballistic missiles, not one of which was intercepted.",
    "Russia fired two ballistic missiles at Kharkiv on Tuesday. Not a single one of them was downed.",
])
def test_a_nil_interception_is_a_zero(text: str) -> None:
    assert _figures(_one(text), WeaponType.ballistic_missile) == (2, 0)


def test_a_nil_names_which_weapon_of_two() -> None:
    a = _one("Russia struck Ukraine overnight with 52 drones and three ballistic missiles. "
             "Air defences destroyed 40 drones; none of the missiles was intercepted.")
    assert _figures(a, WeaponType.drone) == (52, 40) and _figures(a, WeaponType.ballistic_missile) == (3, 0)


@pytest.mark.parametrize("text", [
    "Russia fired two ballistic missiles at Kharkiv on Tuesday. None of them hit the city centre.",
    "Russia fired two ballistic missiles at Kharkiv on Tuesday. None of the residents was hurt.",
])
def test_none_that_is_no_interception_gives_no_zero(text: str) -> None:
    assert _figures(_one(text), WeaponType.ballistic_missile) == (2, None)


@pytest.mark.parametrize("text", [
    "A Russian missile struck a nine-storey block of flats in Dnipro on Tuesday, killing five people, among them two children.",
    "A Russian missile struck a nine-storey block of flats in Dnipro on Tuesday, killing five people, two of whom were children.",
    "A Russian missile struck a nine-storey block of flats in Dnipro on Tuesday. Five people were killed, two of them children.",
    "A Russian missile struck a nine-storey block of flats in Dnipro on Tuesday, killing five, including two children.",
    "A Russian missile struck Dnipro on Tuesday, leaving five people dead, two of them children.",
    "A Russian missile struck Dnipro on Tuesday. Among the five dead were two children.",
    "A Russian missile struck Dnipro on Tuesday, killing five people. Two children were among the dead.",
    "A Russian missile struck Dnipro on Tuesday, killing five people, the governor said. Two of those killed were children.",
    "A Russian missile struck Dnipro on Tuesday. The dead included two children; five people were killed in all.",
])
def test_children_among_the_dead_in_any_construction(text: str) -> None:
    a = _one(text)
    assert a.killed is not None and a.killed.value == 5
    assert a.children_killed is not None and a.children_killed.value == 2


@pytest.mark.parametrize("text", [
    "A Russian missile struck a nine-storey block of flats in Dnipro on Tuesday, injuring 14 people, including three children.",
    "A Russian missile struck a nine-storey block of flats in Dnipro on Tuesday, injuring 14. Among the injured were three children.",
    "A Russian missile struck a nine-storey block of flats in Dnipro on Tuesday, wounding 14 people, three of them children.",
    "A Russian missile struck Dnipro on Tuesday. Fourteen people, three of them children, were injured.",
    "A Russian missile struck Dnipro on Tuesday, injuring 14 people. Three of the injured are children.",
])
def test_children_among_the_injured_in_any_construction(text: str) -> None:
    a = _one(text)
    assert a.injured is not None and a.injured.value == 14
    assert a.children_injured is not None and a.children_injured.value == 3


@pytest.mark.parametrize("text", [
    "A Russian missile struck Dnipro on Tuesday, killing five people. Two of those killed were soldiers.",
    "A Russian missile struck Dnipro on Tuesday, injuring 14 people. Three of the injured remain in intensive care.",
    "A Russian missile struck Dnipro on Tuesday. Fourteen people, three of them firefighters, were injured.",
])
def test_a_part_of_the_toll_that_is_not_children_counts_no_children(text: str) -> None:
    a = _one(text)
    assert a.children_killed is None and a.children_injured is None
    assert (a.killed or a.injured) is not None


@pytest.mark.parametrize("update", [
    "The death toll has since risen to seven, the governor said.",
    "By evening, rescuers had found four more bodies, bringing the death toll to seven.",
    "The death toll rose to seven on Wednesday.",
])
def test_a_rising_toll_keeps_the_first_figure_as_the_codebook_says(update: str) -> None:
    # evals/CODEBOOK.md rule 6: the first figure the article gives for the event
    a = _one("A Russian missile struck Dnipro on Tuesday, killing three people. " + update)
    assert a.killed is not None and a.killed.value == 3


@pytest.mark.parametrize("text", [
    "Russia launched 52 drones and 3 missiles at Ukraine overnight. Air defences shot down 40 and 2, respectively.",
    "Russia launched 52 drones and 3 missiles at Ukraine overnight, of which 40 and 2 respectively were shot down.",
    "Russia launched 52 drones and 3 missiles at Ukraine overnight. Forty drones and two missiles were shot down.",
    "Russia launched 52 drones and 3 missiles at Ukraine overnight; air defences downed 40 drones and 2 missiles.",
])
def test_figures_in_the_order_of_their_weapons(text: str) -> None:
    a = _one(text)
    assert _figures(a, WeaponType.drone) == (52, 40) and _figures(a, WeaponType.missile) == (3, 2)


@pytest.mark.parametrize("text", [
    "Russia launched 52 drones and 3 missiles at Ukraine overnight. Air defences shot down 40 and 2 and 1, respectively.",
    "Russia launched 52 drones and 3 missiles at the Kharkiv and Sumy regions, killing 4 and 2, respectively.",
])
def test_figures_that_do_not_fit_their_weapons_are_no_interceptions(text: str) -> None:
    a = _one(text)
    assert all(w.intercepted is None for w in a.weapons)


@pytest.mark.parametrize("text", [
    "Russia launched two missiles at Kharkiv on Tuesday. Both hit their targets.",
    "Russia launched two missiles at Kharkiv on Tuesday; both of them struck their intended targets.",
    "Russia launched two missiles at Kharkiv on Tuesday. None of them was intercepted.",
])
def test_every_weapon_reaching_its_target_is_a_nil_interception(text: str) -> None:
    assert _figures(_one(text), WeaponType.missile) == (2, 0)


@pytest.mark.parametrize("text", [
    "Russia launched two missiles at Kharkiv on Tuesday, and air defences intercepted both.",
    "Russia launched two missiles at Kharkiv on Tuesday, both of which were shot down.",
    "Russia launched two missiles at Kharkiv on Tuesday, all of which were shot down.",
])
def test_both_downed_is_the_whole_launch(text: str) -> None:
    assert _figures(_one(text), WeaponType.missile) == (2, 2)


def test_not_all_reaching_their_targets_is_no_nil() -> None:
    a = _one("Russia launched two missiles at Kharkiv on Tuesday. Not all hit their targets.")
    assert _figures(a, WeaponType.missile) == (2, None)


@pytest.mark.parametrize("text", [
    "Russia sent 52 drones at Ukraine overnight. Ukrainian mobile fire groups and electronic warfare units neutralised 40.",
    "Russia sent 52 drones at Ukraine overnight. Electronic warfare units neutralised 40 of them.",
])
def test_electronic_warfare_units_that_stop_drones_intercept_them(text: str) -> None:
    assert _figures(_one(text), WeaponType.drone) == (52, 40)


def test_drones_lost_to_electronic_warfare_are_no_interception() -> None:
    a = _one("Russia sent 52 drones at Ukraine overnight. Nine were lost to electronic warfare.")
    assert _figures(a, WeaponType.drone) == (52, None)
