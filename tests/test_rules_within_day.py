"""A within-the-day phrase is no summary's reporting period (dev18 B4): in a news story with no
"as of" header, "throughout the day", "during the day", "all day long", "over the course of the
day" say the strike happened on the day told just before (a same-day anaphor), not on the day up
to publication. Only "the past day / the last 24 hours" or a headed summary gives D-1 to D.
Sentences written for these tests; published Monday 2 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, by_place as _by_place
from summariser.records import Attack

_SAT, _SUN, _MON = dt.date(2026, 2, 28), dt.date(2026, 3, 1), dt.date(2026, 3, 2)


_attacks = AttackProbe()


def _span(a: Attack) -> tuple[dt.date | None, dt.date | None]:
    return (a.date.start, a.date.end) if a.date is not None else (None, None)


@pytest.mark.parametrize("text, day", [
    ("Artillery pounded Huliaipole on Saturday. All day long, 14 shells landed in the town centre.", _SAT),
    ("Russian artillery shelled Nikopol on Sunday, wounding two. Throughout the day, the town was hit 12 times, "
     "the governor said.", _SUN),
    ("A glide bomb hit Kupiansk on Saturday. Over the course of the day, Russian forces struck the town's outskirts "
     "nine times.", _SAT),
    ("A drone hit a bus in Sumy on Sunday, injuring five. Throughout the day, drones kept attacking Sumy, the mayor "
     "said.", _SUN),
    ("Russian artillery shelled Nikopol on Sunday, wounding two, the governor said. Over the course of the day, "
     "the town was hit more than 20 times with drones and artillery, he added.", _SUN),
])
def test_a_within_the_day_phrase_keeps_the_day_told_before(text: str, day: dt.date) -> None:
    attacks = _attacks(text)
    assert len(attacks) == 1
    assert _span(attacks[0]) == (day, day)


@pytest.mark.parametrize("text, town, day", [
    ("Russian artillery shelled Nikopol on Sunday, wounding two. During the day, shelling also hit Marhanets, the "
     "governor said.", "Marhanets", _SUN),
    ("Russian forces shelled Beryslav on Saturday. Over the day, shelling wounded three people in Kherson.",
     "Kherson", _SAT),
    ("Drones hit Kharkiv on Sunday morning. In the daytime, a guided bomb struck a warehouse in Chuhuiv.",
     "Chuhuiv", _SUN),
    ("Russian missiles hit Odesa on Saturday. During the day, artillery also shelled Ochakiv, the regional governor "
     "said.", "Ochakiv", _SAT),
    ("Russian missiles hit Odesa on Saturday. Over the course of the day, drones also struck Izmail, the governor "
     "said.", "Izmail", _SAT),
    ("Shelling killed one person in Kherson on Saturday. Over the day, Russian drones injured two in Beryslav.",
     "Beryslav", _SAT),
])
def test_another_towns_strike_of_the_day_takes_that_day(text: str, town: str, day: dt.date) -> None:
    attack = _by_place(_attacks(text))[town]
    assert _span(attack) == (day, day)


@pytest.mark.parametrize("text, published, span", [
    ("Situation as of 08:00, 5 May. In the last 24 hours, the enemy struck Marhanets with artillery 11 times.", "2026-05-05",
     (dt.date(2026, 5, 4), dt.date(2026, 5, 5))),
    ("Update as of 08:00 on 2 March. Over the course of the day, artillery hit Nikopol 14 times.", "2026-03-02",
     (_SUN, _MON)),
    ("Over the past day, Russian forces shelled Nikopol 14 times, the governor said.", "2026-03-02", (_SUN, _MON)),
])
def test_a_summarys_period_stays_the_day_up_to_its_date(text: str, published: str, span: tuple[dt.date, dt.date]) -> None:
    (attack,) = _attacks(text, published)
    assert _span(attack) == span
