"""Round 17 (dev31 A2, A4, A5, A10, N5; dev32 A6): where a night's tallies and recalled strikes
go. Sentences written for these tests, in several phrasings, with near misses; published Monday 2
March 2026 unless a test says otherwise."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.records import Attack, LocationLevel

_attacks = AttackProbe()


def _levels(a: Attack) -> list[str]:
    return [p.level.value for p in a.locations]


def _names(a: Attack) -> list[str]:
    return [p.name for p in a.locations]


def _downed(a: Attack) -> list[int | None]:
    return [w.intercepted.value if w.intercepted else None for w in a.weapons]


# ------------------------------------------------ dev32 A6: a tally in the skies of several regions

@pytest.mark.parametrize("text", [
    "Russia's defence ministry said 18 drones launched by Kyiv were shot down in the skies of the Tver, Pskov and "
    "Novgorod regions before noon.",
    "Air defences destroyed 31 drones in the airspace of the Bryansk and Smolensk regions overnight, Moscow said.",
    "The ministry said 40 drones were destroyed in the skies over the Belgorod, Voronezh and Rostov regions overnight.",
    "Russian air defences downed 12 UAVs above the Lipetsk, Tambov and Kursk regions, the ministry said.",
])
def test_a_tally_over_several_regions_in_any_words_is_the_country_record(text: str) -> None:
    [a] = _attacks(text)
    assert _levels(a) == ["country"] and _names(a) == ["Russia"]


@pytest.mark.parametrize("text, name", [
    ("Russian air defences downed 12 drones in the skies of the Kursk region overnight, the ministry said.", "Kursk"),
    ("Ukrainian drones struck the Bryansk and Oryol regions overnight, the governors said.", "Bryansk"),
])
def test_one_region_or_a_strike_on_regions_keeps_its_regions(text: str, name: str) -> None:
    [a] = _attacks(text)
    assert "region" in _levels(a) and any(name in n for n in _names(a))


# ------------------------------------------------ dev31 N5: a region's share in a sentence of its own

def test_a_share_told_after_the_total_goes_on_the_regions_one_struck_town() -> None:
    attacks = _attacks("The Russian defence ministry reported its units destroyed 127 Ukrainian drones over 11 regions "
                       "overnight. Twenty-one of these were brought down above the Saratov region, officials added. In "
                       "Saratov, debris damaged a refinery, killing a guard.")
    by = {tuple(_names(a)): a for a in attacks}
    assert _downed(by[("Saratov",)]) == [21] and _downed(by[("Russia",)]) == [127]


@pytest.mark.parametrize("text, shares", [
    ("The Russian defence ministry reported its units destroyed 90 Ukrainian drones overnight. Of these, 22 were "
     "destroyed above the Tula region, the ministry said.", {"Tula": 22}),
    ("The Russian defence ministry reported its units destroyed 90 Ukrainian drones overnight. Of them, 22 were downed "
     "over the Tula region and 14 over the Kaluga region.", {"Tula": 22, "Kaluga": 14}),
    ("Moscow's air defences intercepted 52 UAVs in the night, officials reported. Per the statement, 19 of the UAVs "
     "were brought down above the Lipetsk region, 15 over the Tambov region and 11 above the Tver region.",
     {"Lipetsk": 19, "Tambov": 15, "Tver": 11}),
])
def test_shares_with_no_struck_town_are_the_regions_records(text: str, shares: dict[str, int]) -> None:
    attacks = _attacks(text)
    regions = {a.locations[0].name.split()[0]: _downed(a)[0] for a in attacks if _levels(a) == ["region"]}
    assert regions == shares
    assert [a for a in attacks if _levels(a) == ["country"]]


def test_a_share_with_no_anaphor_and_a_recalled_strike_change_nothing() -> None:
    attacks = _attacks("The Russian defence ministry reported its units destroyed 90 Ukrainian drones overnight. 22 were "
                       "destroyed above the Tula region, the ministry said.")
    assert [_levels(a) for a in attacks] == [["country"]]


# ------------------------------------------------ dev31 A4: hits in regions each told by a struck town

def test_hits_recorded_in_regions_told_town_by_town_stay_on_the_barrage() -> None:
    attacks = _attacks("In Odesa, a drone hit a block of flats overnight, wounding four people, the mayor said. In "
                       "the Mykolaiv region, a drone struck a farm near the town of Voznesensk overnight. The air force "
                       "put the night's Russian launches at 80 drones. Defenders downed 61 of them; impacts were "
                       "registered in the Odesa and Mykolaiv regions.")
    assert not [a for a in attacks if _levels(a) and set(_levels(a)) == {"region"}]
    [country] = [a for a in attacks if _levels(a) == ["country"]]
    assert country.weapons[0].launched is not None and country.weapons[0].launched.value == 80
    assert _downed(country) == [61]


def test_hits_in_regions_with_no_town_told_keep_their_record() -> None:
    attacks = _attacks("Russia launched 97 drones at Ukraine overnight, the air force said, adding that 80 were shot "
                       "down. Hits were recorded in the Poltava and Cherkasy regions.")
    assert [a for a in attacks if _levels(a) == ["region", "region"]]


# ------------------------------------------------ dev31 A5: a regional body is no attacker's claim

@pytest.mark.parametrize("speaker", ["the regional military administration said",
                                     "the city military administration reported", "the military administration wrote"])
def test_a_regions_day_tally_told_by_its_administration_stays_apart_from_the_city(speaker: str) -> None:
    attacks = _attacks(f"In Kherson, a drone hit a block of flats in the early hours of Monday, killing a woman. In the "
                       f"Kherson region, Russian forces carried out 95 attacks on 22 settlements over the day, {speaker}, "
                       f"with artillery, mortars and guided bombs.")
    city = [a for a in attacks if _names(a) == ["Kherson"] and _levels(a) == ["city"]]
    assert len(city) == 1 and {w.type.value for w in city[0].weapons} == {"drone"}


# ------------------------------------------------ dev31 A10: a place hit beside the night's barrage

@pytest.mark.parametrize("text, kinds", [
    ("Russian drones and cruise missiles targeted the west of Ukraine. In the Volyn region, a substation near the town "
     "of Kovel was hit, the governor said. Overnight, Russia launched 150 drones and 10 missiles, the air force said.",
     {"drone", "cruise_missile"}),
    ("Russian drones and missiles pounded western Ukraine. A grain silo outside Izmail was struck, officials said. "
     "Overnight, Russia launched 150 drones and 10 missiles, the air force said.", {"drone", "missile"}),
])
def test_a_weaponless_place_after_the_waves_lead_takes_its_weapons_and_night(text: str, kinds: set[str]) -> None:
    [town] = [a for a in _attacks(text) if _levels(a) == ["city"]]
    assert {w.type.value for w in town.weapons} == kinds
    assert town.date is not None and str(town.date.start) == "2026-03-01" and str(town.date.end) == "2026-03-02"


@pytest.mark.parametrize("text", [
    "On Sunday a depot near Uman was hit, the regional governor said. Overnight, Russia launched 90 drones at Ukraine.",
    "A depot near Uman was hit by artillery, the governor said. Overnight, Russia launched 90 drones at Ukraine.",
])
def test_a_place_with_a_day_or_weapon_of_its_own_keeps_it(text: str) -> None:
    [town] = [a for a in _attacks(text) if _levels(a) == ["city"]]
    assert not (town.date is not None and str(town.date.start) == "2026-03-01" and str(town.date.end) == "2026-03-02"
                and {w.type.value for w in town.weapons} == {"drone"})


# ------------------------------------------------ dev31 A2: the story's site recalled in two months

_RECALLS = AttackProbe("2026-09-20")


@pytest.mark.parametrize("text, months", [
    ("Drones hit the oil refinery in Ryazan overnight, killing a guard, the governor said. In March, drones set the "
     "refinery's tanks alight, and in June a strike there wounded two workers.", {"2026-03-01", "2026-06-01"}),
    ("A missile struck the fuel depot in Kstovo overnight, the governor said. In February, drones set fire to the "
     "depot; in May a drone attack there killed a guard.", {"2026-02-01", "2026-05-01"}),
    ("Drones hit the oil refinery in Ryazan overnight, killing a guard, the governor said. The plant had been hit "
     "before. In May, Ukrainian drones started a fire at the refinery.", {"2026-05-01"}),
])
def test_a_recalled_strike_on_the_storys_site_is_a_record_of_its_month(text: str, months: set[str]) -> None:
    attacks = _RECALLS(text)
    recalled = {str(a.date.start) for a in attacks if a.date is not None and a.date.precision.value == "month"}
    assert recalled == months
    assert all(_levels(a) == ["city"] for a in attacks)


@pytest.mark.parametrize("text", [
    "Drones hit a school in Ryazan overnight, killing a guard. In May, Ukrainian drones started a fire at the plant.",
    "Drones hit a depot in Ryazan overnight. Since January, drones have hit the depot 12 times.",
    "Drones hit a depot in Ryazan overnight. In May there were no strikes on the city.",
])
def test_no_site_told_before_or_a_span_adds_no_record(text: str) -> None:
    assert len(_RECALLS(text)) == 1


# ------------------------------------------------ shares told by where they fell (debts17b)

@pytest.mark.parametrize("text, shares", [
    ("Russian air defences brought down 38 Ukrainian drones in the night, Moscow reported. Fourteen fell over the "
     "Lipetsk region, while six were hit above the Oryol region.", {"Lipetsk": 14, "Oryol": 6}),
    ("Air defences knocked out 29 drones in the night, the ministry said; 9 crashed over the Tver region and 5 over "
     "the Pskov region.", {"Tver": 9, "Pskov": 5}),
    ("Air defences destroyed 40 drones in the night, Moscow said. Twelve came down over the Smolensk region.",
     {"Smolensk": 12}),
])
def test_shares_told_by_where_they_fell_are_the_regions_records(text: str, shares: dict[str, int]) -> None:
    attacks = _attacks(text)
    regions = {a.locations[0].name.split()[0]: _downed(a)[0] for a in attacks if _levels(a) == ["region"]}
    assert regions == shares


def test_a_debris_sentence_is_no_lead_and_the_regions_keep_the_barrages_kinds() -> None:
    attacks = _attacks("Russia fired 400 drones and 12 missiles at Ukraine overnight, the air force said. Debris of "
                       "downed drones fell at 20 sites. The Poltava and Cherkasy regions also reported damage.")
    regions = [a for a in attacks if _levels(a) == ["region", "region"]]
    assert regions and {w.type.value for w in regions[0].weapons} == {"drone", "missile"}


def test_a_night_share_never_goes_on_a_town_struck_in_the_morning_after() -> None:
    attacks = _attacks("Russian air defences downed 44 Ukrainian drones overnight, the ministry said: 21 above the "
                       "territory of the Pskov Region and 12 over the Tula Region. On Monday morning a drone hit a "
                       "lorry near Aleksin, the Tula governor said, injuring its driver.")
    town = [a for a in attacks if _names(a) == ["Aleksin"]]
    assert town and _downed(town[0]) == [None]
    assert {a.locations[0].name for a in attacks if _levels(a) == ["region"]} == {"Pskov Oblast"}
