"""Round 19 (dev35 A1): a place's history told in an aside on it ("X, recaptured by Ukraine in
September, was shelled") names neither the strike's attacker nor its date. Sentences written for
these tests, in several phrasings, with near misses; published Monday 2 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, count_value
from summariser.articles.place_history import place_history_asides

_attacks = AttackProbe()
SUNDAY = dt.date(2026, 3, 1)


def _asides(text: str) -> list[str]:
    return [text[a:b] for a, b in place_history_asides(text, 0, len(text))]


@pytest.mark.parametrize("text, aside", [
    ("Izium, recaptured by Ukraine in September, was shelled again on Sunday.", ", recaptured by Ukraine in September,"),
    ("The town, which Russian troops left on 2 April, came under mortar fire.", ", which Russian troops left on 2 April,"),
    ("Lyman, liberated by Kyiv's forces last month, was hit by rockets.", ", liberated by Kyiv's forces last month,"),
    ("Vovchansk, retaken in the spring, lost power.", ", retaken in the spring,"),
    ("Balakliia, abandoned by Russian units in early September, was hit.", ", abandoned by Russian units in early September,"),
    ("Snihurivka, which Ukraine took back in the autumn, came under fire.", ", which Ukraine took back in the autumn,"),
])
def test_history_asides_are_read(text: str, aside: str) -> None:
    assert _asides(text) == [aside]


@pytest.mark.parametrize("text", [
    "Kherson, shelled by Russian forces on Monday, lost power again.",  # the aside is the strike
    "Officials in Kyiv, which left the talks early, said nothing.",  # no troops leaving a place
    "Odesa, which took part in the exercise, reported no damage.",
    "Drones hit Sumy, where residents left their homes, on Monday.",
    "Mykolaiv, struck in November by missiles, was dark on Sunday.",
])
def test_asides_that_tell_no_history_are_left(text: str) -> None:
    assert _asides(text) == []


@pytest.mark.parametrize("text, place, killed, injured", [
    ("Izium, recaptured by Ukraine in September, was shelled again on Sunday, killing two people.", "Izium", 2, None),
    ("The town of Lyman, liberated by Ukrainian forces last month, was hit by Russian rockets on Sunday, the governor "
     "said. Three people were killed.", "Lyman", 3, None),
    ("The southern city of Mykolaiv, freed from Russian occupation on 11 November, came under shelling on Sunday. "
     "Two people were killed.", "Mykolaiv", 2, None),
    ("Kupiansk, which Ukrainian troops took back in September, came under Russian mortar fire on Sunday, "
     "wounding four.", "Kupiansk", None, 4),
])
def test_the_strike_keeps_its_own_day_and_attacker(text: str, place: str, killed: int | None,
                                                   injured: int | None) -> None:
    a = _attacks.one(text)
    assert [p.name for p in a.locations] == [place]
    assert a.attacker == "Russia"
    assert a.date is not None and a.date.start == SUNDAY
    assert count_value(a.killed) == killed and count_value(a.injured) == injured


def test_a_strike_told_in_the_aside_keeps_its_day() -> None:
    a = _attacks.one("Kherson, shelled by Russian forces on Sunday, lost power again. Two people were killed.")
    assert a.date is not None and a.date.start == SUNDAY and a.attacker == "Russia"
