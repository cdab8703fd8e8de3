"""Round 21 attack classes (dev39 A5, A6, A7; dev40 A2, A7), on sentences written for these tests:

- a strike told at a rate in the perfect ("have been shelled almost every week since the truce
  ended on 3 May") is a campaign, even when its only day is where the period starts;
- a toll told in a list of a city's parts alone goes to the city's record (codebook 1);
- a strike whose object names a side's own forces ("an attack on its Black Sea Fleet") targets
  that side, in occupied Crimea too (codebook 12);
- small towns told as a strike noun's object ("fire on A and B") are places of their own record;
- two places each with its own "where" strike clause are two records, and "injured there" stays on
  the place told before;
- a bare "a bomb" in a glide-bomb story is a glide bomb, and a dated strike after a history sentence
  that opens on a city is that city's.
"""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

_LEAD = "Russian drones struck Kharkiv overnight on Tuesday, injuring five people, the mayor said.\n\n"


def _attacks(text: str, published: str = "2026-03-04") -> list[Attack]:
    article = make_article(text, published=published)
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


def _places(text: str, published: str = "2026-03-04") -> set[str]:
    return {p.name for a in _attacks(text, published) for p in a.locations}


# --- dev39 A7: a campaign told at a rate ------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Ever since the ceasefire collapsed on 3 January, the docks of Kherson and Mykolaiv have been shelled nearly every week.",
    "Since the corridor opened on 12 February, Izmail and Reni have been attacked nearly every night.",
    "Since the truce lapsed on 9 January, the villages around Sumy have come under fire on a daily basis.",
    "After talks broke down on 2 February, Nikopol has been hit by drones day after day.",
])
def test_a_rate_since_a_day_is_a_campaign(line: str) -> None:
    assert _places(_LEAD + line) == {"Kharkiv"}


@pytest.mark.parametrize("line, town", [
    ("Kherson has been shelled every night this week, most recently on Monday, when two people were hurt.", "Kherson"),
    ("Since the truce ended on 3 January, Mykolaiv has been hit twice; on Monday a drone killed a guard there.", "Mykolaiv"),
])
def test_a_dated_strike_beside_the_rate_stays(line: str, town: str) -> None:
    assert town in _places(_LEAD + line)


# --- dev39 A5: a toll in a list of the city's parts ------------------------------------------

@pytest.mark.parametrize("text", [
    "Russian shelling hit Kharkiv on Monday. Two pensioners were wounded across the Saltivka and Piatykhatky districts, the mayor said.",
    "Russian drones struck Kharkiv overnight. A woman died in the Piatykhatky and Saltivka neighbourhoods, the governor said.",
    "Officials said Russian guns had fired on Kharkiv some 40 times over the past day. Four residents lost their lives in "
    "the Saltivka and Piatykhatky districts, they added.",
])
def test_a_toll_in_listed_districts_stays_on_the_city(text: str) -> None:
    attacks = _attacks(text, "2022-03-29")
    assert [[p.name for p in a.locations] for a in attacks] == [["Kharkiv"]]
    assert (attacks[0].killed or attacks[0].injured) is not None


def test_a_strike_told_on_listed_districts_keeps_its_reading() -> None:
    # near-miss: the sentence tells a strike of its own; nothing is moved
    assert _places("Shelling damaged homes in the Saltivka and Piatykhatky districts on Monday.", "2022-03-29")


# --- dev39 A5: a strike on a side's own forces ---------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("In late September 2022 the Kremlin froze the shipping pact, blaming a drone raid against its fleet's flagship in Sevastopol.",
     "Sevastopol"),
    ("Sea drones struck the Russian navy's landing ships in Sevastopol on Monday.", "Sevastopol"),
    ("Unmanned boats hit the Black Sea Fleet's piers in Novorossiysk overnight, the ministry in Moscow said.", "Novorossiysk"),
])
def test_a_strike_on_a_sides_forces_targets_that_side(text: str, place: str) -> None:
    a = next(a for a in _attacks(text, "2022-11-20") if place in {p.name for p in a.locations})
    assert (a.attacker, a.target_country) == ("Ukraine", "Russia")


@pytest.mark.parametrize("text, place", [
    ("Russian forces struck Ukrainian troops near Kherson on Monday.", "Kherson"),
    ("Kherson was hit by Russian troops on Monday, killing two.", "Kherson"),
    ("A Russian missile hit a port in Odesa used by the Ukrainian navy on Monday.", "Odesa"),
    ("A drone hit its fuel depot in Kherson on Monday, the company said.", "Kherson"),
])
def test_near_misses_keep_their_sides(text: str, place: str) -> None:
    # "its" owned by no side named before, or a side's forces as the attacker
    a = next(a for a in _attacks(text, "2022-11-20") if place in {p.name for p in a.locations})
    assert (a.attacker, a.target_country) == ("Russia", "Ukraine")


# --- dev39 A6: small towns as a strike noun's object ---------------------------------------------

_CITY_DRONES = ("Zaporizhzhia was struck by Shahed drones overnight, the governor said; two of the five were shot down. "
                "A security guard at a warehouse was hurt.\n\n")


@pytest.mark.parametrize("line, towns", [
    ("Separately on Wednesday, Russian gunners opened fire on Stepnohirsk and Mala Tokmachka, killing a farmer aged 61.",
     ["Stepnohirsk", "Mala Tokmachka"]),
    ("Further south, mortar fire on Balabyne and Prymorske killed a tractor driver on Wednesday.", ["Balabyne", "Prymorske"]),
    ("On Wednesday, shelling of Balabyne wounded two women, the regional administration said.", ["Balabyne"]),
    ("Mortar attacks on Prymorske killed a pensioner on Wednesday.", ["Prymorske"]),
])
def test_shelled_villages_are_a_record_of_their_own(line: str, towns: list[str]) -> None:
    attacks = _attacks(_CITY_DRONES + line, "2023-06-15")
    assert any([p.name for p in a.locations] == towns for a in attacks)
    city = next(a for a in attacks if [p.name for p in a.locations] == ["Zaporizhzhia"])
    assert city.killed is None  # the villages' toll is not folded into the city's drone record


def test_fire_on_unnamed_villages_adds_no_town() -> None:
    # near-miss: no town named after "fire on"
    assert _places(_CITY_DRONES + "Mortar fire on the border villages wounded two on Wednesday.", "2023-06-15") <= {
        "Zaporizhzhia", "Zaporizhzhia Oblast"}


# --- dev40 A2: two places each with its own "where" clause ---------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("Overnight the heaviest damage was in Kharkiv, where drones set fire to a block of flats, and in the Sumy region, "
     "where an Iskander hit a depot outside the town of Shostka.", "Kharkiv", "Shostka"),
    ("Strikes landed on Dnipro, where a drone hit a warehouse, and in the Poltava region, where a missile damaged a "
     "plant near the town of Kremenchuk on Monday.", "Dnipro", "Kremenchuk"),
])
def test_two_where_clauses_are_two_records(text: str, first: str, second: str) -> None:
    by_place = {a.locations[0].name: a for a in _attacks(text, "2024-12-03") if a.locations}
    assert {first, second} <= set(by_place)
    assert {w.type.value for w in by_place[first].weapons} == {"drone"}
    assert "drone" not in {w.type.value for w in by_place[second].weapons}


def test_a_second_where_clause_of_no_strike_makes_no_second_record() -> None:
    # near-miss: the second where-clause tells no strike; the sentence is not split
    text = "Blows fell on Kharkiv, where drones hit a block of flats, and on Poltava, where the mayor said power was back, on Monday."
    assert len(_attacks(text, "2024-12-03")) == 1


@pytest.mark.parametrize("follow", [
    "Officials in Sumy said a driver was wounded there.",
    "Police in Sumy said two people were hurt there.",
    # round 22: every casualty word of the lexicon, not a short list of its own
    "Officials in Sumy said a woman was treated for injuries there.",
])
def test_injured_there_stays_on_the_place_told_before(follow: str) -> None:
    text = "A Russian drone hit a depot near Shostka on Monday. " + follow
    attacks = _attacks(text, "2024-12-03")
    assert [[p.name for p in a.locations] for a in attacks] == [["Shostka"]]
    assert attacks[0].injured is not None


def test_officials_elsewhere_telling_a_strike_keep_their_town() -> None:
    # near-miss: no "there": the speakers' town is also hit
    text = "Drones hit Kharkiv on Monday. Officials in Sumy said a drone also hit a school in Sumy."
    assert "Sumy" in _places(text, "2024-12-03")


# --- dev40 A7: a bare bomb in a glide-bomb story; the history sentence's city ----------------------

_BOMBS = ("Russian glide bombs fell on Kherson on Saturday, killing two people.\n\n"
          "Kherson, just across the river from Russian guns, has been hit by glide bombs nearly every day since "
          "the autumn. ")


@pytest.mark.parametrize("line", [
    "In mid-January, a bomb destroyed a school gym, wounding four people.",
    "In late January a bomb wrecked the bus station, injuring three.",
    "On 3 February a heavy bomb destroyed a shop, killing its owner.",
])
def test_a_bare_bomb_after_the_citys_history_is_a_glide_bomb_there(line: str) -> None:
    attacks = _attacks(_BOMBS + line, "2025-02-16")
    assert len(attacks) == 2
    assert all([p.name for p in a.locations] == ["Kherson"] for a in attacks)
    assert all(a.kind.value == "glide_bomb" for a in attacks)


def test_a_bomb_in_a_story_without_glide_bombs_gets_no_type() -> None:
    # near-miss: no glide bomb told before: "a bomb" names no type
    text = ("Russian drones struck Kherson on Saturday, killing two people. Back in January, a bomb ripped through a "
            "school in Kherson, wounding four people.")
    assert all("glide_bomb" not in {w.type.value for w in a.weapons} for a in _attacks(text, "2025-02-16"))


def test_a_bomb_shelter_is_no_weapon() -> None:
    text = _BOMBS + "On 3 February, shelling wrecked a bomb shelter in Mykolaiv, wounding four people."
    assert all("glide_bomb" not in {w.type.value for w in a.weapons}
               for a in _attacks(text, "2025-02-16") if "Mykolaiv" in {p.name for p in a.locations})
