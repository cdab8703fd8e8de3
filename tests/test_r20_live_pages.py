"""Round 20 (dev37 C1): a live page whose first entry tells the night's wave and the first toll of a
city. Two readers: a live entry's heading "First reports from X:" names the place reported on, and a
barrage counted by a side's own air force or defence ministry, with no attacker in the sentence, is
aimed at that side. Sentences written for these tests, in several phrasings, with near misses;
published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value
from summariser.records import Attack

_attacks = AttackProbe()


def _names(a: Attack) -> list[str]:
    return [p.name for p in a.locations]


def _launched(a: Attack) -> list[int | None]:
    return [w.launched.value if w.launched else None for w in a.weapons]


# ------------------------------------------------ "First reports from X:": X is the place reported on

@pytest.mark.parametrize("text, place, killed", [
    ("First reports from Sumy: a missile struck a school; the mayor says three people are dead.", "Sumy", 3),
    ("Latest from Kharkiv: a guided bomb fell on a warehouse, and two workers were killed.", "Kharkiv", 2),
    ("Early reports from Odesa: drones hit the port overnight, killing four, the governor says.", "Odesa", 4),
    ("An update from Zaporizhzhia: shelling killed five residents of a suburb, officials said.", "Zaporizhzhia", 5),
])
def test_a_report_heading_names_the_place_hit(text: str, place: str, killed: int) -> None:
    a = _attacks.one(text)
    assert _names(a) == [place] and count_value(a.killed) == killed


def test_a_report_from_a_city_about_another_city_keeps_the_source_out() -> None:
    # no colon after the place: Kyiv is where the report comes from, Lviv the place hit
    attacks = _attacks("Reports from Kyiv said a missile hit a depot in Lviv, killing two.")
    assert all("Kyiv" not in _names(a) for a in attacks)
    assert any(_names(a) == ["Lviv"] for a in attacks)


def test_an_origin_is_still_no_place_hit() -> None:
    attacks = _attacks("Drones launched from Kursk hit a substation in Sumy overnight.")
    assert all("Kursk" not in _names(a) for a in attacks)


# ------------------------------------------------ a side's air force counting a barrage: aimed at that side

@pytest.mark.parametrize("text, side, launched", [
    ("Ukraine's air force reports that the night's mixed barrage involved 18 missiles and 44 drones.", "Ukraine", [18, 44]),
    ("The massed attack during the night comprised 30 missiles and 51 drones, Ukraine's air force reported.",
     "Ukraine", [30, 51]),
    ("According to Russia's defence ministry, the overnight raid involved 64 drones.", "Russia", [64]),
])
def test_a_barrage_counted_by_a_sides_air_force_targets_that_side(text: str, side: str, launched: list[int]) -> None:
    a = _attacks.one(text)
    assert _names(a) == [side] and a.target_country == side
    assert a.attacker == {"Ukraine": "Russia", "Russia": "Ukraine"}[side]
    assert sorted(v for v in _launched(a) if v is not None) == sorted(launched)


def test_a_barrage_with_its_attacker_named_keeps_it() -> None:
    # the attacker is told: the air force's side is not read over it
    a = _attacks.one("Ukraine's air force said its drones and 12 missiles struck targets in Russia overnight.")
    assert a.target_country == "Russia"


def test_a_live_page_newest_first_keeps_wave_city_and_tally_apart() -> None:
    text = ("**15:10** — Sumy update: the death toll has risen to five, the mayor says. Earlier he put it at three.\n\n"
            "**10:05** — Moscow claims its air defences downed 30 Ukrainian drones over five regions overnight.\n\n"
            "**08:00** — Good morning. Ukraine's air force says the night's barrage involved 15 missiles and "
            "40 drones. First reports from Sumy: a missile hit a school; the mayor says three are dead.\n")
    attacks = _attacks(text)
    wave = next(a for a in attacks if _names(a) == ["Ukraine"])
    assert wave.attacker == "Russia" and sorted(v for v in _launched(wave) if v) == [15, 40]
    assert count_value(wave.killed) is None
    sumy = next(a for a in attacks if _names(a) == ["Sumy"])
    assert sumy.attacker == "Russia" and count_value(sumy.killed) == 3
    russia = next(a for a in attacks if _names(a) == ["Russia"])
    assert russia.attacker == "Ukraine" and [w.intercepted.value for w in russia.weapons if w.intercepted] == [30]
