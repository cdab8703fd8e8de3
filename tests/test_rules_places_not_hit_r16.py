"""Round 16 (dev30 B2, B4, B5, B12; dev29 A5): places and strikes the rules must not read as hit.

- where weapons were launched from, in a bracketed list or under a "launch area:" label (B4);
- where a struck bus, train or ferry was going (B5);
- the region of an official told in the possessive before the title (B12);
- a strike a fact-check refutes, one called untrue in its own sentence, one denied by its
  subject (B2);
- the bureaus of a joint wire dateline "CITY/CITY, date (agency) -" (dev29 A5).

Sentences written for these tests; published Tuesday 10 June 2025."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack


def _records(text: str) -> list[Attack]:
    article = make_article(text, published="2025-06-10")
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


def _places(text: str) -> list[list[str]]:
    return [[p.name for p in a.locations] for a in _records(text)]


def _all(text: str) -> set[str]:
    return {name for record in _places(text) for name in record}


# --------------------------------------------------------------------------- B4 launch origins

@pytest.mark.parametrize("text", [
    "Russia attacked Ukraine overnight with 40 Shahed drones, launched from the areas of Kursk, Dzhankoi "
    "(occupied Crimea) and Millerovo. Air defence shot down 31.",
    "Overnight the enemy sent 52 attack drones against Ukraine from the directions of Oryol, Hvardiiske "
    "(temporarily occupied Crimea) and Bryansk. Forty were downed.",
    "The drones, 25 in all, were launched from Dzhankoi (Crimea) and Kursk on Sunday night, the air force said.",
])
def test_a_bracketed_member_of_a_launch_list_is_no_place_hit(text: str) -> None:
    assert not _all(text) & {"Crimea", "Dzhankoi", "Millerovo", "Hvardiiske"}


def test_a_launch_area_label_names_no_place_hit() -> None:
    places = _all("Overnight the enemy hit Ukraine with 30 drones (launch areas: Kursk, Hvardiiske). "
                  "A drone hit a house in Kharkiv.")
    assert "Kharkiv" in places and "Kursk" not in places


@pytest.mark.parametrize("text", [
    "Russian drones were launched at Kherson overnight, wounding two people, the governor said.",
    "Russian drones launched from Kursk hit a depot in Sumy overnight, the governor said.",
])
def test_the_place_a_weapon_was_aimed_at_stays(text: str) -> None:
    places = _all(text)
    assert places & {"Kherson", "Sumy"} and "Kursk" not in places


# --------------------------------------------------------------------------- B5 vehicle destinations

@pytest.mark.parametrize("text, hit, bound", [
    ("The bus, heading for Dnipro, was hit by a Russian drone near Pokrov on Monday, injuring four passengers.",
     "Pokrov", "Dnipro"),
    ("A Lviv-bound freight train was struck by a Russian drone at Fastiv on Tuesday.", "Fastiv", "Lviv"),
    ("A Russian drone struck a minibus en route to Kherson near Bilozerka on Friday, killing the driver.",
     "Bilozerka", "Kherson"),
    ("The ferry, on its way to Izmail, came under Russian drone fire near Reni on Sunday, injuring a sailor.",
     "Reni", "Izmail"),
])
def test_a_carrier_destination_is_no_place_hit(text: str, hit: str, bound: str) -> None:
    places = _all(text)
    assert hit in places and bound not in places


def test_a_destination_alone_is_no_place_either() -> None:
    text = ("Russian drones struck a rail line in the Kharkiv region overnight, officials said. In a separate "
            "attack on Sunday, a Russian drone hit a passenger train bound for Odesa, wounding two.")
    assert "Odesa" not in _all(text)


def test_a_weapon_heading_somewhere_is_not_a_vehicle() -> None:
    assert "Brovary" in _all("Russian drones heading for Kyiv hit a house in Brovary overnight, injuring one.")


# --------------------------------------------------------------------------- B12 a possessive title

@pytest.mark.parametrize("text, town, region", [
    ("Russian artillery shelled Marhanets through Friday, killing a man and wounding two neighbours of his, "
     "the Dnipropetrovsk region's military governor wrote on Telegram.", "Marhanets", "Dnipropetrovsk Oblast"),
    ("A Russian drone hit a shop in Kupiansk on Friday, wounding two, the Kharkiv region's acting head said.",
     "Kupiansk", "Kharkiv Oblast"),
])
def test_the_region_of_a_possessive_title_is_the_speaker_seat(text: str, town: str, region: str) -> None:
    places = _all(text)
    assert town in places and region not in places


def test_a_region_body_building_hit_stays_a_place() -> None:
    text = "A Russian guided bomb hit the Zaporizhzhia region's military administration building on Friday, injuring four."
    assert "Zaporizhzhia Oblast" in _all(text)


# --------------------------------------------------------------------------- B2 refuted claims

FACT_CHECK = """Three viral strike stories, checked

Claim: A Russian missile levelled a kindergarten in Uman on 3 May.

Verdict: Misleading.

The photo that spread online shows a building in Uman damaged by a storm in 2021. The city council told us no kindergarten in Uman had been struck this spring.

Claim 2: Russian drones hit a fuel depot in Lutsk on 6 May.

Verdict: True.

A Russian drone struck the depot on the night of 6 May, injuring two workers, the regional administration said.
"""


def test_a_claim_rated_false_is_no_strike_and_a_true_one_stays() -> None:
    places = _all(FACT_CHECK)
    assert "Uman" not in places and "Lutsk" in places


LEAD = "Russian drones attacked Lviv overnight, officials said. "


@pytest.mark.parametrize("text", [
    "Posts saying Russian drones set fire to the Lutsk bus depot on Monday are false, the city council said.",
    "A video claiming that a Russian missile hit a hospital in Kovel on Sunday has been debunked by local officials.",
    "The regional administration said on Monday that no school in Rivne had been struck by Russian drones this week.",
    "None of the substations in Kovel was hit by the Russian missiles on Sunday, the grid operator said.",
])
def test_a_strike_called_untrue_or_denied_is_no_record(text: str) -> None:
    places = _places(LEAD + text)
    assert places == [["Lviv"]]


@pytest.mark.parametrize("text, place", [
    ("A Russian drone hit a school in Sumy on Friday; no one was hurt, the mayor said.", "Sumy"),
    ("A Russian missile hit Odesa's port on Tuesday, injuring three. Not a single window in the terminal "
     "survived, the operator said.", "Odesa"),
    ("A Russian missile hit a mall in Kremenchuk on Monday, killing 12. Russia's defence ministry said reports "
     "of a strike on the mall were fake.", "Kremenchuk"),
])
def test_a_nil_toll_or_an_attacker_denial_keeps_the_strike(text: str, place: str) -> None:
    assert place in _all(text)


# --------------------------------------------------------------------------- dev29 A5 joint datelines

def test_the_bureaus_of_a_joint_dateline_are_no_places() -> None:
    places = _all("MOSCOW/KYIV, June 3 (Wire) - Russian drones hit a depot in Lutsk overnight, injuring two, "
                  "the regional governor said.")
    assert places == {"Lutsk"}


def test_a_dateline_city_the_body_names_as_hit_stays() -> None:
    assert "Kyiv" in _all("KYIV/LONDON, June 3 (Wire) - Russian missiles struck Kyiv overnight, killing three, "
                          "the city's mayor said.")
