"""A count of many strikes over a day or over an area is a tally, not a strike (dev19 B3, the
family of dev18 B2's trends): it sums up the strikes the article tells in its region and opens no
record of its own, unless it tells a toll or damage of its own or is all the article says of that
region; a city hit N times in one night, and a handful of strikes, stay records. Sentences written for these
tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED, grounded=True)


@pytest.mark.parametrize("strike, tally", [
    ("In Zaporizhzhia, a drone hit a shop on Tuesday, wounding two.",
     "Orikhiv was shelled 45 times in 24 hours, the regional head said."),
    ("On Tuesday a drone struck a bus in Nikopol, injuring three.",
     "The Marhanets community was under fire 33 times or more during the day."),
    ("A guided bomb hit a shop in Huliaipole on Tuesday, killing one man.",
     "Russian troops carried out more than 40 shellings of Orikhiv over the past 24 hours."),
    ("On Tuesday, shelling killed a woman in Huliaipole.",
     "The Russians shelled 12 settlements of the Polohy district 280 times over the day."),
    ("A drone hit a car in Kherson on Tuesday, wounding the driver.",
     "The Beryslav community was struck by enemy artillery 52 times since the morning."),
    ("A guided bomb hit a school in Kramatorsk on Tuesday, injuring four.",
     "Over the past day, the enemy launched nineteen airstrikes on the Pokrovsk district."),
    ("On Tuesday a drone hit a truck in Konotop, injuring its driver.",
     "In the Shostka district, the enemy shelled 31 settlements 96 times during the day."),
    ("A drone struck a minibus in Kherson on Tuesday, killing one man.",
     "Beryslav was bombarded dozens of times within 24 hours, the regional administration said."),
])
def test_a_count_of_many_strikes_over_a_day_or_an_area_sums_up_the_strikes_told(strike: str, tally: str) -> None:
    [a] = _attacks(strike + " " + tally)
    assert a.locations[0].name in strike


@pytest.mark.parametrize("text, town", [
    # a city hit many times in one night: that night's strike on it
    ("Kharkiv was hit 17 times overnight by Shahed drones, the mayor said.", "Kharkiv"),
    # a handful of strikes: the strikes themselves
    ("Drones struck Sumy twice overnight, damaging a school.", "Sumy"),
    ("The enemy shelled Nikopol three times on Tuesday, damaging a gas pipe.", "Nikopol"),
])
def test_a_nights_count_or_a_handful_of_strikes_stays_a_record(text: str, town: str) -> None:
    assert [a.locations[0].name for a in _attacks(text)] == [town]


@pytest.mark.parametrize("text, town, injured", [
    ("The enemy shelled Marhanets 20 times over the day; two people were wounded.", "Marhanets", 2),
    ("Kupiansk was shelled 17 times in 24 hours, and one man was injured.", "Kupiansk", 1),
])
def test_a_tally_with_a_toll_of_its_own_stays_a_record(text: str, town: str, injured: int) -> None:
    [a] = _attacks(text)
    assert a.locations[0].name == town and a.injured is not None and a.injured.value == injured


def test_a_tally_that_is_all_the_article_says_of_its_region_stays_a_record() -> None:
    # nothing else told in the region: the tally is the region's only strike the article gives
    text = ("Drones hit an oil depot in Bryansk overnight, the governor said.\n\n"
            "In the Kharkiv region, the Velykyi Burluk community was shelled 35 times during the day.")
    assert any(a.locations[0].admin1 == "Kharkiv Oblast" for a in _attacks(text))


@pytest.mark.parametrize("strike, digest, region", [
    ("On Tuesday, shelling killed a woman in Huliaipole.",
     "The Russians shelled 12 settlements of the Zaporizhzhia region 280 times over the day.", "Zaporizhzhia Oblast"),
    ("On Tuesday a drone hit a truck in Konotop, injuring its driver.",
     "In the Sumy region, the enemy shelled 31 settlements 96 times during the day.", "Sumy Oblast"),
    ("A guided bomb hit a shop in Kupiansk on Tuesday, injuring two.",
     "Over the past day the Kharkiv region came under fire 140 times, in 19 localities.", "Kharkiv Oblast"),
])
def test_a_regions_own_digest_stays_the_regions_record_beside_the_town(strike: str, digest: str, region: str) -> None:
    # codebook rule 1: a region is the record of the strikes on its unnamed localities
    names = sorted(a.locations[0].name for a in _attacks(strike + " " + digest))
    assert len(names) == 2 and any(region.split()[0] in n for n in names)


def test_a_tally_after_a_strike_leaves_that_strike_alone() -> None:
    text = ("Russian forces struck Kherson with guided bombs on Tuesday, killing two people. "
            "The Dniprovskyi district alone was shelled more than 30 times during the day.")
    [a] = _attacks(text)
    assert a.locations[0].name == "Kherson" and a.killed is not None and a.killed.value == 2
