"""Event-hood, time and place anchoring, in several phrasings each: background and statistics are no
attacks, a speaker is no place, a time stamp or part of the day beats an earlier night, nights are
ranges, places keep their level. Sentences written for these tests; published Monday 2 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe
from summariser.records import Attack, DatePrecision, LocationLevel


_attacks = AttackProbe()


def _names(attack: Attack) -> list[str]:
    return [p.name for p in attack.locations]


@pytest.mark.parametrize("text", [
    "Russian strikes have hit the plant in Zaporizhzhia repeatedly since the invasion began.",
    "The refinery in Syzran has been struck several times since the full-scale war started.",
    "Kharkiv's thermal power plant was hit last year, when a missile destroyed its turbine hall.",
    "The port of Izmail was damaged by Russian drones in November, the regional governor recalled.",
    "Energy facilities in the Odesa region have been targeted again and again over the winter.",
])
def test_background_strikes_are_no_attack(text: str) -> None:
    text = "Russia launched a new wave of drones at Ukraine. " + text  # a war article, no event of its own
    assert [a for a in _attacks(text) if a.locations and a.locations[0].level is not LocationLevel.country] == []


@pytest.mark.parametrize("text", [
    "UN monitors said 140 civilians were killed and 600 injured across Ukraine in January.",
    "At least 140 civilians were killed in Ukraine last month, the UN human rights mission said.",
    "Over the past week, Russia launched more than 1,200 drones and 40 missiles at Ukraine, Zelensky said.",
    "Since the start of the year, Russian strikes have killed 300 civilians in the Kharkiv region.",
    "In total, Russia has fired more than 30,000 drones at Ukraine during the war.",
    "In February alone, Russian drones and missiles killed 160 civilians and wounded 700, according to the UN.",
])
def test_statistics_over_a_period_are_no_attack(text: str) -> None:
    assert _attacks("Russian troops pressed on along the front. " + text) == []


@pytest.mark.parametrize("text", [
    "Moscow says its air defences shot down 30 Ukrainian drones over the Bryansk region overnight.",
    "The defence ministry in Moscow said 30 Ukrainian drones were destroyed over the Bryansk region overnight.",
    "Officials in Kyiv said a Russian missile hit a hospital in Kharkiv on Sunday.",
    "The ministry in Kyiv said Russian drones struck an energy facility in Odesa overnight.",
    "Kyiv accused Moscow of striking the port of Odesa with drones overnight, injuring three dockers.",
])
def test_a_speaker_is_not_a_place_attacked(text: str) -> None:
    places = {p for a in _attacks(text) for p in _names(a)}
    assert not places & {"Moscow", "Kyiv"}
    assert places


@pytest.mark.parametrize("text", [
    "Russian drones attacked Odesa last night, injuring two people.\n\n14:20 A missile hit Dnipro, killing one person.",
    "Russian drones attacked Odesa last night, injuring two people. In the afternoon, a missile hit Dnipro, "
    "killing one person.",
    "Russian drones attacked Odesa last night, injuring two people. This morning a missile hit Dnipro, killing "
    "one person.",
    "Russian drones attacked Odesa last night, injuring two people.\n\n09.45 - Dnipro: a missile struck a market "
    "this morning, killing one person.",
])
def test_a_later_update_in_the_day_is_not_dated_last_night(text: str) -> None:
    by_place = {_names(a)[0]: a.date for a in _attacks(text)}
    assert by_place["Odesa"] is not None and by_place["Odesa"].precision is DatePrecision.range
    dnipro = by_place["Dnipro"]
    assert dnipro is not None and (dnipro.start, dnipro.end) == (dt.date(2026, 3, 2), dt.date(2026, 3, 2))


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Russian drones attacked Kharkiv overnight into Sunday, injuring five.", "2026-02-28", "2026-03-01"),
    # "the night of D" is the night to D (CODEBOOK rule 11); "the night of D to D+1" names both days
    ("Russian drones attacked Kharkiv on the night of 16 February, injuring five.", "2026-02-15", "2026-02-16"),
    ("Russian drones attacked Kharkiv on the night of February 16, injuring five.", "2026-02-15", "2026-02-16"),
    ("Russian drones attacked Kharkiv on the night of 16 to 17 February, injuring five.", "2026-02-16", "2026-02-17"),
    ("Russian drones attacked Kharkiv on the night of February 16-17, injuring five.", "2026-02-16", "2026-02-17"),
    ("Russian drones attacked Kharkiv on Saturday night, injuring five.", "2026-02-28", "2026-03-01"),
    ("Russian drones attacked Kharkiv yesterday, injuring five.", "2026-03-01", "2026-03-01"),
    ("Russian drones attacked Kharkiv on Saturday, injuring five.", "2026-02-28", "2026-02-28"),
])
def test_nights_are_ranges_and_days_resolve_against_publication(text: str, start: str, end: str) -> None:
    [a] = _attacks(text)
    assert a.date is not None and (str(a.date.start), str(a.date.end)) == (start, end)


@pytest.mark.parametrize(("text", "name", "level"), [
    ("A Russian drone hit a house in the Kharkiv region on Sunday, injuring two.", "Kharkiv", LocationLevel.region),
    ("A Russian drone hit a house in Kharkiv on Sunday, injuring two.", "Kharkiv", LocationLevel.city),
    ("A Russian drone hit a house in Kharkiv Oblast on Sunday, injuring two.", "Kharkiv", LocationLevel.region),
    ("A Russian drone hit a house in the Kharkov region on Sunday, injuring two.", "Kharkiv", LocationLevel.region),
    ("A Russian drone hit a house in Kharkov on Sunday, injuring two.", "Kharkiv", LocationLevel.city),
])
def test_city_and_region_keep_their_level(text: str, name: str, level: LocationLevel) -> None:
    [a] = _attacks(text)
    [loc] = a.locations
    assert loc.level is level and loc.country == "Ukraine"
    assert name in (loc.name, loc.admin1) or loc.name.startswith(name[:5])


@pytest.mark.parametrize(("spelling", "admin1"), [
    ("Kiev", "Kyiv"), ("Kharkov", "Kharkiv"), ("Zaporozhye", "Zaporizhzhia"), ("Odessa", "Odesa"),
])
def test_old_spellings_resolve_through_the_alias_table(spelling: str, admin1: str) -> None:
    [a] = _attacks(f"A Russian missile hit {spelling} on Sunday, killing two people.")
    [loc] = a.locations
    assert loc.country == "Ukraine" and loc.level is LocationLevel.city
    assert (loc.admin1 or "").startswith(admin1[:4])


@pytest.mark.parametrize("text", [
    "Russia launched 120 drones at Ukraine overnight, the air force said, and 90 were shot down.",
    "Overnight, Russia attacked Ukraine with 120 drones; 90 of them were downed across the country.",
    "According to the Ukrainian air force, Russia had fired 120 drones overnight, of which 90 were intercepted.",
    "Russian forces sent 120 drones toward Ukraine overnight, according to the military. Air defences "
    "intercepted 90.",
])
def test_a_nationwide_figure_keeps_the_country(text: str) -> None:
    [a] = _attacks(text)
    assert [(p.name, p.level) for p in a.locations] == [("Ukraine", LocationLevel.country)]


@pytest.mark.parametrize("text", [
    "A Russian missile struck Odesa overnight, killing two people. The strike also damaged a warehouse in the "
    "port of Odesa.",
    "Russian drones attacked Kharkiv overnight, injuring five people. In Kharkiv's Kyivskyi district, a drone "
    "hit a high-rise building.",
    "Russian drones attacked Kharkiv overnight, injuring five people, the governor said. He said the attack on "
    "the city damaged a school and three cars.",
    "Russian drones attacked Kharkiv overnight, injuring five people. The Kharkiv region's governor said debris "
    "fell on a kindergarten in the city.",
    "Russian drones attacked the city of Kharkiv overnight, injuring five people. Three of the injured were "
    "taken to hospital, Kharkiv's mayor said.",
])
def test_parts_of_one_strike_told_twice_are_one_record(text: str) -> None:
    [a] = _attacks(text)
    assert a.locations[0].level is LocationLevel.city


@pytest.mark.parametrize("text", [
    "Moscow on Sunday said its air defences had downed 30 Ukrainian drones over the Bryansk region.",
    "In Moscow, the defence ministry said 30 Ukrainian drones were downed over the Bryansk region overnight.",
    "Kyiv, for its part, said Russian drones had hit Odesa overnight, injuring three.",
    "A total of 37 Ukrainian drones were intercepted overnight above the regions of Bryansk, Kursk and Oryol, "
    "Moscow said.",
])
def test_a_speaker_with_an_aside_or_a_seat_is_not_a_place(text: str) -> None:
    places = {p for a in _attacks(text) for p in _names(a)}
    assert not places & {"Moscow", "Kyiv", "Moscow Oblast"} and places


def test_a_capital_hit_in_a_lead_clause_stays_a_place() -> None:
    [a] = _attacks("In Kyiv, a drone hit a house overnight, injuring three.")
    assert _names(a) == ["Kyiv"]
