"""A country-wide toll told after a town's paragraph ("Across Ukraine, N were killed", "Nationwide,
...") is no part of that town's record (codebook 3: country figures go to a country record).
Fresh sentences."""

from __future__ import annotations

import pytest

from probes import AttackProbe, by_place, count_value

_attacks = AttackProbe("2026-05-09")


@pytest.mark.parametrize("text, town, killed", [
    ("A Russian glide bomb struck a clinic in Kostiantynivka on Friday, killing four people.\n\n"
     "Across Ukraine, 15 were killed and 52 were hurt in Russian strikes over the past day.", "Kostiantynivka", 4),
    ("Russian shelling killed a man in Kherson on Friday. Throughout the country, 7 civilians died and 31 were "
     "injured in the day's attacks, the prosecutor general said.", "Kherson", 1),
    ("Drones hit a bus depot in Sumy overnight, killing two drivers.\n\nNationwide, Russian attacks killed 11 "
     "people and wounded 26 more over the past 24 hours.", "Sumy", 2),
])
def test_a_country_wide_toll_is_not_the_towns(text: str, town: str, killed: int) -> None:
    a = by_place(_attacks(text))[town]
    assert count_value(a.killed) == killed and a.injured is None


def test_the_towns_own_later_toll_still_joins() -> None:
    text = ("A Russian missile hit a school in Zhytomyr overnight, killing one guard. Later, officials said "
            "5 more were injured at the school.")
    a = by_place(_attacks(text))["Zhytomyr"]
    assert count_value(a.injured) == 5
