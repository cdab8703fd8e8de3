"""Attack rules for the failure classes of ordinary news copy (atk8), written as concepts of war
reporting and tested with sentences written for these tests (none from seeds/ or evals/), several
phrasings each, with negatives that must not fire: a month's running tally; a market figure that
"hit a record"; a stretch of strikes told as the cause of something else; talk about a strike
told elsewhere. Published Wednesday 4 March 2026 unless a test says otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, count_value as _v, place_names as _places
from summariser.records import Attack

PUBLISHED = "2026-03-04"
LEAD = "Russian missiles hit an apartment block in Chernihiv overnight, killing five people. "


_attacks = AttackProbe(PUBLISHED)


def _launched(attacks: list[Attack]) -> set[int]:
    return {w.launched.value for a in attacks for w in a.weapons if w.launched is not None}


# --------------------------------------------------------------------------- running tallies


@pytest.mark.parametrize("tally", [
    "In March so far, Moscow has sent more than 1,400 drones and 60 missiles against Ukrainian cities.",
    "In March to date, Russian forces have launched over 1,250 attack drones, the president wrote.",
    "Month to date, Russia has fired roughly 1,300 drones at Ukraine, the air force says.",
])
def test_a_months_running_tally_is_no_attack(tally: str) -> None:
    attacks = _attacks(LEAD + tally, "2026-03-20")
    assert _places(attacks) == {"Chernihiv"}
    assert not _launched(attacks) & {1400, 1250, 1300}


def test_a_nights_barrage_beside_the_tally_stays() -> None:
    text = ("Russia launched 140 drones at Ukraine overnight, the air force said. "
            "In March so far, Moscow has launched more than 1,500 drones against Ukrainian targets.")
    assert _launched(_attacks(text, "2026-03-20")) == {140}


# --------------------------------------------------------------------------- market figures


@pytest.mark.parametrize("market", [
    "Corn futures hit a record on the Odesa grain exchange last week.",
    "The price of buckwheat hit an all-time high in Kharkiv on Monday, traders said.",
    "Steel prices in Dnipro hit their highest level since 2021 on Friday.",
])
def test_a_price_that_hit_a_record_is_no_strike_on_the_city(market: str) -> None:
    assert _places(_attacks(LEAD + market)) == {"Chernihiv"}


def test_a_drone_that_hit_a_market_is_a_strike() -> None:
    assert "Kharkiv" in _places(_attacks(LEAD + "A drone hit a market in Kharkiv on Monday, wounding two people."))


# --------------------------------------------------------------------------- strikes as the cause


@pytest.mark.parametrize("cause", [
    "The concert was called off after a week of relentless Russian strikes on Kyiv.",
    "The talks were postponed following days of intense shelling of Zaporizhzhia.",
    "Schools moved online amid weeks of drone attacks on Sumy.",
])
def test_a_stretch_of_strikes_told_as_a_cause_is_no_new_strike(cause: str) -> None:
    assert _places(_attacks(LEAD + cause)) == {"Chernihiv"}


def test_a_night_of_strikes_told_in_a_lead_stays_a_strike() -> None:
    text = "Power was cut in Kyiv after a night of heavy Russian missile strikes on the capital, the mayor said."
    assert "Kyiv" in _places(_attacks(text))


# --------------------------------------------------------------------------- talk about a strike


@pytest.mark.parametrize("talk", [
    "The president discussed the strike on Sumy in a call with the French leader on Tuesday.",
    "The foreign ministry condemned the attack on Dnipro.",
    "A UN envoy denounced the shelling of Kherson as a breach of international law.",
    "The ambassador expressed condolences over the missile strike in Odesa.",
])
def test_talk_about_a_strike_is_no_new_strike(talk: str) -> None:
    assert _places(_attacks(LEAD + talk)) == {"Chernihiv"}


@pytest.mark.parametrize("told", [
    "A Russian drone attack on Dnipro on Tuesday damaged a school, the governor said.",
    "Russian forces shelled Kherson on Tuesday, wounding three people.",
])
def test_a_strike_told_with_its_own_facts_stays(told: str) -> None:
    assert len(_places(_attacks(LEAD + told))) == 2


def test_condemning_a_strike_that_killed_people_keeps_its_toll() -> None:
    attacks = _attacks(LEAD + "The mayor condemned the strike on Odesa, which killed two people on Tuesday.")
    assert "Odesa" in _places(attacks)


# --------------------------------------------------------------------------- day headings

_SUMY = "Russian drones struck an energy facility in Sumy overnight, injuring two people."
_ODESA = "A missile hit a warehouse in Odesa overnight, killing one person."


def _days(text: str) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {a.locations[0].name: (a.date.start, a.date.end) for a in _attacks(text, "2026-03-06")}


@pytest.mark.parametrize("first, second", [
    ("Monday, 2 March", "Tuesday, 3 March"),
    ("2 March:", "3 March:"),
    ("March 2, 2026", "March 3, 2026"),
])
def test_a_day_heading_on_its_own_line_dates_the_events_under_it(first: str, second: str) -> None:
    days = _days(f"{first}\n\n{_SUMY}\n\n{second}\n\n{_ODESA}")
    assert days["Sumy"][1] == dt.date(2026, 3, 2)
    assert days["Odesa"][1] == dt.date(2026, 3, 3)


@pytest.mark.parametrize("mark", ["—", ":", "–"])
def test_a_day_heading_opening_a_paragraph_dates_its_later_sentences(mark: str) -> None:
    text = (f"Mar. 2 {mark} Air defence worked through the night in the north, officials said. {_SUMY}\n\n"
            f"Mar. 3 {mark} Sirens sounded across the south. {_ODESA}")
    days = _days(text)
    assert days["Sumy"][1] == dt.date(2026, 3, 2)
    assert days["Odesa"][1] == dt.date(2026, 3, 3)


@pytest.mark.parametrize("opening", [
    "2 March 2026 was the coldest night of the winter. ",
    "In March, officials said, the attacks intensified. ",
])
def test_a_date_inside_a_sentence_is_no_heading(opening: str) -> None:
    days = _days(opening + _ODESA)
    assert days["Odesa"][1] == dt.date(2026, 3, 6)


@pytest.mark.parametrize("first, second", [
    ("Monday, 2 March\n", "Tuesday, 3 March\n"),
    ("**Monday, 2 March**\n\n", "**Tuesday, 3 March**\n\n"),
    ("## 2 March\n\n", "## 3 March\n\n"),
])
def test_day_headings_as_lines_of_one_paragraph_or_in_markdown_date_what_follows(first: str, second: str) -> None:
    days = _days(f"{first}{_SUMY}\n{second}{_ODESA}")
    assert days["Sumy"][1] == dt.date(2026, 3, 2)
    assert days["Odesa"][1] == dt.date(2026, 3, 3)


def test_a_later_lines_own_day_is_not_read_against_the_earlier_heading() -> None:
    days = _days(f"2 March: {_SUMY}\n3 March: {_ODESA}")
    # its own "overnight" under the 3 March head is the night ending that day (codebook 11; r15 reads
    # a night named under a timeline head), never the 2 March head's day alone
    assert days["Odesa"] == (dt.date(2026, 3, 2), dt.date(2026, 3, 3))


# --------------------------------------------------------------------------- occupied territory


@pytest.mark.parametrize("report", [
    "Oleshky was shelled on Tuesday, wounding two people, according to the town's Moscow-appointed administration.",
    "The Kremlin-backed head of the occupied part of Zaporizhzhia region said shelling hit Enerhodar on Tuesday, "
    "injuring three.",
    "A drone attack on a bus in Horlivka killed one person on Tuesday, the Russia-installed mayor said.",
    "Occupation authorities said a drone struck a school in Enerhodar on Tuesday, wounding two.",
])
def test_an_installed_officials_report_of_a_strike_on_his_town_is_ukraines_attack(report: str) -> None:
    attacks = _attacks(report)
    assert attacks and all(a.attacker == "Ukraine" for a in attacks)


@pytest.mark.parametrize("report", [
    "Russian shelling of Kherson wounded two people on Tuesday, the regional governor said.",
    "Shelling of Nikopol wounded two people on Tuesday, the Ukrainian governor said.",
    "A Russian drone hit a bus in Kherson on Tuesday, killing one person, the head of Kherson's military administration said.",
])
def test_a_ukrainian_officials_report_keeps_russia_as_attacker(report: str) -> None:
    attacks = _attacks(report)
    assert attacks and all(a.attacker == "Russia" for a in attacks)


# --------------------------------------------------------------------------- counts


def _counts(text: str) -> list[tuple[int | None, int | None, int | None, int | None]]:
    return [(_v(a.killed), _v(a.injured), _v(a.children_killed), _v(a.children_injured)) for a in _attacks(text)]


@pytest.mark.parametrize("earlier", [
    "Initially, officials reported five dead.",
    "An earlier toll had put the number of dead at five.",
    "At first, the mayor said five people had died.",
])
def test_an_earlier_figure_does_not_replace_the_risen_toll(earlier: str) -> None:
    lead = ("The death toll from a Russian missile strike on Sumy on Tuesday has risen to 11, including three "
            "children, officials said. ")
    assert _counts(lead + earlier) == [(11, None, 3, None)]


def test_a_figure_the_official_gave_first_stands_when_no_other_is_told() -> None:
    assert _counts("A Russian drone hit a bus in Sumy on Tuesday, killing two people, the governor initially said.") \
        == [(2, None, None, None)]


@pytest.mark.parametrize("wounds", [
    "A man sustained shrapnel wounds, the governor said.",
    "An elderly woman suffered shrapnel injuries.",
    "One resident received burns, according to rescuers.",
])
def test_one_person_who_sustained_wounds_is_one_injured(wounds: str) -> None:
    assert _counts("A Russian drone struck a house in Nikopol on Tuesday. " + wounds) == [(None, 1, None, None)]


def test_fatal_wounds_are_no_injury() -> None:
    assert _counts("A Russian drone struck a house in Nikopol on Tuesday. A man suffered fatal wounds.")[0][1] is None


@pytest.mark.parametrize("among", [
    "Among the 27 people injured were three children, the governor said.",
    "Among those hurt were three teenagers.",
    "Among the wounded civilians were three children.",
])
def test_children_among_a_numbered_group_of_injured(among: str) -> None:
    counts = _counts("A Russian missile struck Zaporizhzhia on Tuesday, injuring 27 people. " + among)
    assert counts == [(None, 27, None, 3)]


# --------------------------------------------------------------------------- weapons


def _weapons(text: str) -> dict[str, int | None]:
    return {w.type.value: _v(w.launched) for a in _attacks(text) for w in a.weapons}


@pytest.mark.parametrize("split", [
    "Russia launched 52 missiles at Ukraine overnight - 40 of them cruise missiles and 12 ballistic, the air force said.",
    "Russia launched 52 missiles at Ukraine overnight: 40 cruise and 12 ballistic missiles, the air force said.",
    "Russia launched 52 missiles at Ukraine overnight, 40 of them cruise and twelve ballistic.",
])
def test_a_missile_total_split_by_kind_counts_each_kind(split: str) -> None:
    weapons = _weapons(split)
    assert weapons.get("cruise_missile") == 40 and weapons.get("ballistic_missile") == 12


def test_a_total_with_an_intercepted_part_is_no_split_by_kind() -> None:
    weapons = _weapons("Russia launched 52 missiles at Ukraine overnight - 40 were shot down, the air force said.")
    assert "cruise_missile" not in weapons and "ballistic_missile" not in weapons


def _stopped(text: str) -> dict[str, int | None]:
    return {w.type.value: _v(w.intercepted) for a in _attacks(text) for w in a.weapons}


@pytest.mark.parametrize("jammed", [
    "Russia launched 210 drones at Ukraine overnight, the air force said, adding that 180 were shot down or jammed.",
    "Russia launched 210 drones at Ukraine overnight. Air defence said 180 of them had been downed or suppressed by "
    "electronic warfare.",
])
def test_shot_down_or_jammed_is_one_intercepted_figure(jammed: str) -> None:
    assert _stopped(jammed)["drone"] == 180


def test_jammed_figure_beside_a_downing_is_summed() -> None:
    # codebook 3, ruling of 2 December 2026 afternoon: separate figures shot down and jammed are summed
    text = "Russia launched 210 drones at Ukraine overnight. Air defence shot down 150, and 40 were jammed."
    assert _stopped(text)["drone"] == 190


@pytest.mark.parametrize("foreign", [
    "Russia's defence ministry said six U.S.-made ATACMS missiles fired by Ukraine had been intercepted over the "
    "Belgorod region.",
    "Air defences intercepted six American ATACMS missiles over the Kursk region, the Russian defence ministry said.",
    "Six drones launched from Ukraine were shot down over the Bryansk region overnight, the ministry said.",
])
def test_foreign_made_weapons_fired_by_a_side_and_intercepted(foreign: str) -> None:
    assert 6 in _stopped(foreign).values()
    assert not any(_weapons(foreign).values())


# --------------------------------------------------------------------------- attacker


@pytest.mark.parametrize("text", [
    "Drones struck an oil refinery in Ryazan overnight, causing a fire, the regional governor said.",
    "A drone attack set fire to a fuel depot in the Bryansk region overnight, the governor said.",
])
def test_a_strike_on_russian_soil_in_an_article_naming_no_side_is_ukraines(text: str) -> None:
    attacks = _attacks(text)
    assert attacks and all(a.attacker == "Ukraine" for a in attacks)


def test_the_target_s_opponent_even_when_the_article_names_russia_attacking() -> None:
    """CODEBOOK rule 12 (ruling of 2 December 2026): with no attacker named, the attacker is the
    target's opponent, whatever sides the rest of the article names (this test said None before)."""
    text = ("Russian missiles hit Kharkiv overnight. Drones struck an oil refinery in Ryazan overnight, causing a fire, "
            "the regional governor said.")
    ryazan = [a for a in _attacks(text) if a.target_country == "Russia"]
    assert ryazan and all(a.attacker == "Ukraine" for a in ryazan)


# --------------------------------------------------------------------------- districts named after their town


@pytest.mark.parametrize("text", [
    "Russian drones struck the Kremenchuk district overnight, damaging an infrastructure facility, the governor said.",
    "Russian drones attacked an energy facility in Kremenchuk district overnight, the governor said.",
    "An energy facility in the Kremenchuk raion was damaged by Russian drones overnight.",
])
def test_a_district_named_after_its_town_is_a_district_record(text: str) -> None:
    places = [p for a in _attacks(text) for p in a.locations]
    assert [(p.name, p.level.value) for p in places] == [("Kremenchuk district", "district")]


def test_the_district_a_village_lies_in_is_no_second_place() -> None:
    text = "Russian shelling hit the village of Marhanets in the Nikopol district on Tuesday, injuring one."
    assert "Nikopol district" not in _places(_attacks(text))


def test_a_citys_own_district_stays_the_city() -> None:
    text = "A Russian drone hit a house in the Shevchenkivskyi district of Kyiv overnight, injuring two."
    assert _places(_attacks(text)) == {"Kyiv"}


# --------------------------------------------------------------------------- where the barrage did damage


@pytest.mark.parametrize("text, kinds", [
    ("Russia attacked Ukraine overnight with 97 strike UAVs and four missiles, the air force said. Air defences "
     "downed 80 drones. Damage is reported in the Kharkiv and Sumy regions.", {"drone", "missile"}),
    ("Russia launched 97 drones at Ukraine overnight, the air force said, adding that 80 were shot down. Hits were "
     "recorded in the Dnipropetrovsk and Odesa regions.", {"drone"}),
])
def test_damage_in_regions_after_the_nights_figures_takes_the_barrages_weapons(text: str, kinds: set[str]) -> None:
    regional = [a for a in _attacks(text) if a.locations and a.locations[0].level.value == "region"]
    assert regional and {w.type.value for w in regional[0].weapons} == kinds
    assert all(w.launched is None and w.intercepted is None for w in regional[0].weapons)


def test_damage_on_another_day_takes_no_weapons() -> None:
    text = ("Russia launched 97 drones at Ukraine overnight, the air force said. Last Friday, damage was reported "
            "in the Odesa region.")
    regional = [a for a in _attacks(text) if a.locations and a.locations[0].level.value == "region"]
    assert all(not a.weapons for a in regional)
