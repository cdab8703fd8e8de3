"""Launch and nil figures told by relation, not by a verb of their own (dev22 A2-A5/B5, dev21 A3/B7):
parts of a launch total ("Forty of the weapons were missiles", "drones made up 180 of them", "The
missiles included six Zircons", "Of the 60 drones, ..."), tally verbs in the present ("the air force
registers 58 drones"), nils with a long noun phrase or a fronted topic ("As for the cruise missiles,
none was stopped"), and a missile total split by a later subset typed `other` (codebook 9).
Sentences written for these tests; published on Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.records import Attack

Figures = dict[str, tuple[int | None, int | None]]


_attacks = AttackProbe()


def _figures(attack: Attack) -> Figures:
    return {w.type.value: (w.launched.value if w.launched else None, w.intercepted.value if w.intercepted else None)
            for w in attack.weapons}


def _one(text: str) -> Figures:
    [attack] = _attacks(text)
    return _figures(attack)


# --- a part of a launch total told by a copula, a share verb, a subset verb or a fronted whole

@pytest.mark.parametrize("text, kind, figures", [
    ("Russia fired a combined 130 missiles and drones at Ukraine overnight. Thirty-seven of the projectiles were "
     "missiles; air defences downed all but five of them.", "missile", (37, 32)),
    ("Moscow sent 140 drones and missiles against the grid in Lviv overnight. Twenty-two of the projectiles were "
     "cruise missiles, and 19 of those were downed.", "cruise_missile", (22, 19)),
    ("Russia launched 212 aerial weapons at Ukraine on Sunday night; drones made up 180 of them, the air force said.",
     "drone", (180, None)),
    ("The enemy used 96 drones and missiles against Kharkiv overnight. Ballistic missiles made up 14 of them.",
     "ballistic_missile", (14, None)),
    ("Moscow launched 52 missiles at Kyiv overnight. The missiles included six Zircon cruise missiles, two of which "
     "were downed.", "cruise_missile", (6, 2)),
    ("Russia fired 75 drones and missiles at Odesa overnight. Of the 61 drones, 40 were shot down.",
     "drone", (61, 40)),
    ("Of the 160 drones that crossed into the Chernihiv region overnight, all but 11 were destroyed.",
     "drone", (160, 149)),
    ("Russian forces attacked Zaporizhzhia with 120 drones and missiles overnight. Of these, 26 were Iskander-M "
     "ballistic missiles.", "ballistic_missile", (26, None)),
    ("Russia fired 12 missiles at Kharkiv on Sunday; they included five Iskanders, none of which were shot down.",
     "ballistic_missile", (5, 0)),
    ("Out of the 88 Shahed drones heading for Odesa overnight, 79 were downed, the navy said.",
     "drone", (88, 79)),
])
def test_part_of_a_launch_total_is_launched(text: str, kind: str, figures: tuple[int | None, int | None]) -> None:
    assert _one(text)[kind] == figures


@pytest.mark.parametrize("text, kind, figures", [
    # a whole told as downed or by where it fell: no launch figure of its own
    ("Of the 30 drones shot down overnight, 12 fell over the Kyiv region.", "drone", (None, 30)),
    # people, not weapons
    ("A Russian missile hit Poltava on Sunday. Of the 40 people injured, 12 were children.", "missile", (None, None)),
    # a part downed, not launched
    ("Russia launched 80 drones at Ukraine overnight. Sixty of the drones were shot down.", "drone", (80, 60)),
])
def test_parts_that_are_no_launch_figure(text: str, kind: str, figures: tuple[int | None, int | None]) -> None:
    assert _figures(_attacks(text)[0])[kind] == figures


def test_targets_included_are_no_weapon_part() -> None:
    figures = _one("Russia launched 40 drones at Kharkiv overnight. The list of targets included four power plants.")
    assert figures == {"drone": (40, None)}


def test_parts_stay_on_the_total_record() -> None:
    attacks = _attacks("Moscow sent 140 drones and missiles against the grid in Lviv overnight. Twenty-two of the "
                       "projectiles were cruise missiles.")
    assert [[loc.name for loc in a.locations] for a in attacks] == [["Lviv"]]


# --- a missile total split by a later subset is a combined total (codebook 9)

@pytest.mark.parametrize("text", [
    "Moscow launched 52 missiles at Kyiv overnight. The missiles included six Zircon cruise missiles.",
    "Russia fired 41 missiles at the Dnipro region overnight. They included eight Iskander-M ballistic missiles.",
])
def test_missile_total_split_by_a_later_subset_is_other(text: str) -> None:
    [attack] = _attacks(text)
    assert [w.type.value for w in attack.weapons if w.launched and w.launched.value in (52, 41)] == ["other"]


# --- tally verbs in the present

@pytest.mark.parametrize("text, figures", [
    ("Update 07:10 — Ukraine's air force registers 58 Shahed drones overnight over Kharkiv, 49 of them downed.",
     (58, 49)),
    ("Our monitors detect 120 drones over Kharkiv right now.", (120, None)),
    ("Radar crews log 33 drones heading for Sumy overnight, and air defences downed 30.", (33, 30)),
    ("The air force tracks 64 Russian drones over Odesa this morning.", (64, None)),
    ("Ukraine's air force counts 91 Shaheds overnight over Poltava, 85 of them shot down.", (91, 85)),
    ("A total of 47 drones are recorded over Vinnytsia overnight, the command says.", (47, None)),
])
def test_tally_verb_in_the_present_is_a_launch(text: str, figures: tuple[int | None, int | None]) -> None:
    assert _one(text)["drone"] == figures


@pytest.mark.parametrize("text", [
    "The city of Kherson counts 40 people displaced by Russian shelling on Sunday.",
    "Police records show 12 people were injured in Russian shelling of Kherson on Sunday.",
])
def test_present_tally_verb_counts_no_people_as_weapons(text: str) -> None:
    [attack] = _attacks(text)
    assert all(w.launched is None for w in attack.weapons)


# --- nils with a long noun phrase or a fronted topic

@pytest.mark.parametrize("text, kind, figures", [
    ("Air defences downed 40 of 45 drones over Kyiv overnight, but none of the five ballistic missiles launched "
     "towards the capital could be intercepted.", "ballistic_missile", (5, 0)),
    ("Sixty of 75 drones were destroyed over Lviv, but none of the six Kh-101 cruise missiles aimed at the city was "
     "stopped.", "cruise_missile", (6, 0)),
    ("Air defences stopped most drones over Odesa; not one of the three Iskander-M missiles sent against the port was "
     "downed.", "ballistic_missile", (3, 0)),
    ("Russia attacked Poltava overnight with 20 drones and three ballistic missiles. As for the ballistic missiles, "
     "none was stopped.", "ballistic_missile", (3, 0)),
    ("Russia struck Dnipro overnight with 30 drones and two Kinzhal missiles. Of the Kinzhals, not one was shot "
     "down.", "ballistic_missile", (2, 0)),
    ("Russia sent 25 drones and four cruise missiles against Rivne overnight. Among the cruise missiles, none was "
     "intercepted, the command said.", "cruise_missile", (4, 0)),
])
def test_nil_of_a_named_weapon(text: str, kind: str, figures: tuple[int | None, int | None]) -> None:
    assert _one(text)[kind] == figures


@pytest.mark.parametrize("text, kind, figures", [
    # no verb of downing: no nil
    ("Russia fired three ballistic missiles at Sumy overnight. Not one of the three ballistic missiles missed its "
     "target.", "ballistic_missile", (3, None)),
    ("Russia sent 40 drones at Kharkiv overnight. Of the drones, none reached the city centre.", "drone", (40, None)),
])
def test_no_nil_without_a_downing_verb(text: str, kind: str, figures: tuple[int | None, int | None]) -> None:
    assert _one(text)[kind] == figures
