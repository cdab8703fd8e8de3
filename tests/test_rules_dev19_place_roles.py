"""dev19's extra attack records of the same families as dev18 B1/B3 (broadened): an air force's
region label with a nil or a pending line ("Sumy region: no hits recorded", "information on
casualties is being clarified"), a distribution sentence ("most of the drones were aimed at the A
and B regions"), the "regional Gov." title, and a birth year read as the strike's date. Sentences
written for these tests; published Monday 2 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe

_LEAD = "Russian drones struck a warehouse in Rivne overnight, the governor said. "


_attacks = AttackProbe()


def _places(text: str) -> set[str]:
    return {p.name for a in _attacks(text) for p in a.locations}


@pytest.mark.parametrize("line", [
    "Sumy region: no hits recorded.",
    "Odesa region: no damage reported.",
    "Poltava region: no strikes were recorded overnight.",
    "Dnipropetrovsk region: information on casualties is being clarified.",
    "Kherson region: details about the damage are being established.",
    "Chernihiv region: casualty figures are still being clarified.",
    "Most of the drones were aimed at the Kharkiv and Poltava regions.",
    "The bulk of the drones targeted the Sumy, Chernihiv and Kharkiv regions.",
    "The majority of the missiles were directed at the Kyiv and Lviv regions.",
    "Half of the attack drones headed for the Odesa region.",
    "Much of the barrage was concentrated on the Dnipropetrovsk region.",
])
def test_a_label_line_with_a_nil_or_a_distribution_opens_no_record(line: str) -> None:
    assert _places(_LEAD + line) == {"Rivne"}


@pytest.mark.parametrize("line, hit", [
    ("Sumy region: a drone hit a gas pipeline in Konotop.", "Konotop"),
    ("Kharkiv region: casualty figures are still being clarified after a strike on Chuhuiv.", "Chuhuiv"),
    ("The main targets were substations in the Sumy and Poltava regions.", "Sumy Oblast"),
    ("Most of the missiles hit Kharkiv, the mayor said.", "Kharkiv"),
])
def test_a_label_line_with_a_hit_keeps_its_place(line: str, hit: str) -> None:
    assert hit in _places(_LEAD + line)


@pytest.mark.parametrize("text, hit", [
    ("Dnipropetrovsk regional Gov. Serhiy Lysak said shelling wounded two in Nikopol on Sunday.", "Nikopol"),
    ("Kharkiv regional Gov. Oleh Syniehubov said a drone struck a house in Chuhuiv on Sunday.", "Chuhuiv"),
    ("Zaporizhzhia Regional Gov Ivan Fedorov said a guided bomb struck Orikhiv on Sunday.", "Orikhiv"),
    ("Sumy oblast Gov. Oleh Hryhorov said drones hit Konotop overnight.", "Konotop"),
])
def test_a_regional_gov_title_is_no_place_hit(text: str, hit: str) -> None:
    assert _places(text) == {hit}


@pytest.mark.parametrize("text, town, day", [
    ("In Belgorod, shrapnel from a drone wounded a man born in 1974 on Sunday.", "Belgorod", dt.date(2026, 3, 1)),
    ("A woman born in 1958 was killed when a drone hit her house in Sumy on Sunday.", "Sumy", dt.date(2026, 3, 1)),
    ("Shelling of Kherson on Saturday injured a man born in 1969.", "Kherson", dt.date(2026, 2, 28)),
    ("A drone attack on Kupiansk on Saturday wounded a pensioner born in 1947.", "Kupiansk", dt.date(2026, 2, 28)),
])
def test_a_birth_year_is_no_date_of_the_strike(text: str, town: str, day: dt.date) -> None:
    (attack,) = [a for a in _attacks(text) if any(p.name == town for p in a.locations)]
    assert attack.date is not None and attack.date.start == day


def test_a_year_of_an_earlier_strike_still_dates_it() -> None:
    assert _attacks("In 2014 the plant in Donetsk was shelled for the first time, Russian troops said.") == []


@pytest.mark.parametrize("text, village, seat, region", [
    ("In the Beryslav community, a drone hit a house in the village of Tiahynka on Sunday.", "Tiahynka", "Beryslav",
     "Kherson Oblast"),
    ("In the Kupiansk community, shelling damaged a barn in the village of Petropavlivka.", "Petropavlivka",
     "Kupiansk", "Kharkiv Oblast"),
    ("A drone hit the village of Tiahynka in the Beryslav community.", "Tiahynka", "Beryslav", "Kherson Oblast"),
    ("In the Orikhiv hromada, artillery wounded a man in the village of Mala Tokmachka.", "Mala Tokmachka", "Orikhiv",
     "Zaporizhzhia Oblast"),
    ("In the Bilozerka community, a drone hit a house in the village of Tomyna Balka on Sunday.", "Tomyna Balka",
     "Bilozerka", None),
])
def test_a_community_frames_its_village_and_is_no_place_hit(text: str, village: str, seat: str, region: str | None) -> None:
    places = {p.name: p for a in _attacks(_LEAD + text) for p in a.locations}
    assert village in places and seat not in places
    if region is not None:
        assert places[village].admin1 == region


def test_a_community_hit_by_itself_stays() -> None:
    assert "Beryslav" in _places(_LEAD + "Shelling hit the Beryslav community on Sunday, damaging two houses.")
