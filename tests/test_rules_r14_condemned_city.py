"""Round 14: an undated statement that condemns an attack on one named city, followed by the dated
figures and toll told of the country (or of the city by a periphrasis the engine reads as the country):
one record, on the city, dated by the figures' night (codebook rules 1 and 3). Sentences written for
these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED, grounded=True)


@pytest.mark.parametrize("text, city, killed, day", [
    ("The Ministry of Foreign Affairs of Latvia strongly condemns Russia's massive missile and drone strike on Kyiv.\n\n"
     "On the night of 3 March, Russia launched 40 drones and 6 missiles at the capital of Ukraine. "
     "Two people died and 11 were injured.", "Kyiv", 2, dt.date(2026, 3, 3)),
    ("Press release of the Foreign Ministry\n\nThe Foreign Ministry denounces the latest Russian bombardment of Kyiv.\n\n"
     "Overnight on 3 March, Russia targeted the capital of Ukraine with 52 drones and 4 missiles. "
     "As a result, three people were killed.", "Kyiv", 3, dt.date(2026, 3, 3)),
    ("Lithuania condemns the Russian drone and missile attack on Kyiv in the strongest terms.\n\n"
     "On 2 March Russia fired 61 drones and 7 missiles at the capital of Ukraine; one person was killed.",
     "Kyiv", 1, dt.date(2026, 3, 2)),
])
def test_the_condemned_city_takes_the_dated_toll(text: str, city: str, killed: int, day: dt.date) -> None:
    records = _attacks(text)
    assert [a.locations[0].name for a in records] == [city]
    assert records[0].killed is not None and records[0].killed.value == killed
    assert records[0].date is not None and records[0].date.end == day


def test_two_cities_named_keep_the_country_record() -> None:
    """Two localities: the country's toll is no one city's."""
    records = _attacks(
        "The ministry condemns the Russian attacks on Kyiv and Kharkiv.\n\n"
        "On the night of 3 March, Russia launched 90 drones and 8 missiles at Ukraine. Four people were killed.\n\n"
        "In Kharkiv, a drone hit a school.")
    assert "Ukraine" in {a.locations[0].name for a in records}


def test_a_dated_city_record_is_not_folded() -> None:
    """The city's own dated strike: the country's barrage stays apart (rule 3)."""
    records = _attacks(
        "Drones hit Kyiv on the night of 3 March, damaging a house.\n\n"
        "Across Ukraine that night, Russia launched 140 drones; four people were killed in several regions.")
    assert {a.locations[0].name for a in records} >= {"Kyiv"}
    assert all(a.date is not None for a in records)


def test_a_country_record_without_a_toll_is_not_folded() -> None:
    records = _attacks(
        "The ministry condemns the Russian attack on Odesa.\n\n"
        "On the night of 3 March, Russia launched 70 drones at Ukraine, of which 60 were shot down.")
    assert "Ukraine" in {a.locations[0].name for a in records}
