"""Round 14: sentences that tell no strike of their own make no attack record: a region's day total
that sums the towns told above it, deminers' tallies, the rarity of strikes on a place, a venture to
produce "strike drones", and drones that only flew over a neighbouring state. The strikes told beside
them keep their records. Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value as _value
from summariser.records import Attack

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED, grounded=True)


def _by_place(text: str) -> dict[str, Attack]:
    return {a.locations[0].name if a.locations else "": a for a in _attacks(text)}


_TWO_TOWNS = ("Regional administration, evening summary.\n\nA drone hit a house in Chuhuiv. A woman was injured.\n\n"
              "A missile struck a warehouse in Izium. Two men were wounded.\n\n")


# --- a region's day total after its towns: their sum, no record and no toll lent -----------------

@pytest.mark.parametrize("closing", [
    "Altogether today 3 people were wounded and 1 killed in the oblast.",
    "In total, three residents were injured across the Kharkiv region over the day.",
    "Across the oblast one man died and 3 people were wounded today in total.",
    "Over the past 24 hours two residents died in the region.",
    "In all, one person died and three were wounded in the Kharkiv oblast today.",
    "Overall, two people were killed in the region during the day.",
])
def test_a_day_total_after_two_towns_is_their_sum(closing: str) -> None:
    records = _by_place(_TWO_TOWNS + closing)
    assert set(records) == {"Chuhuiv", "Izium"}
    assert _value(records["Chuhuiv"].injured) == 1 and _value(records["Izium"].injured) == 2
    assert records["Izium"].killed is None


def test_a_strike_in_the_region_told_after_the_towns_keeps_its_record() -> None:
    records = _by_place(_TWO_TOWNS + "In the region, a drone killed a man in Lozova today.")
    assert _value(records["Lozova"].killed) == 1


def test_a_total_after_a_single_town_stays_that_towns_toll() -> None:
    records = _by_place("Regional administration summary.\n\nA drone hit a house in Chuhuiv.\n\n"
                        "In total, two people were injured in the oblast today.")
    assert _value(records["Chuhuiv"].injured) == 2


# --- deminers' tallies ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Sappers neutralised 34 explosive items over the day.",
    "Deminers destroyed 27 explosive objects and 3 aerial bombs in the Kharkiv region.",
    "Pyrotechnicians of the emergency service defused 12 pieces of unexploded ordnance.",
    "Over the day, bomb disposal teams removed nineteen shells and two rockets near Izium.",
    "Demining teams cleared 120 anti-tank mines from fields outside Balakliia.",
    "Emergency workers disposed of 48 explosive remnants of war in the oblast.",
])
def test_a_demining_tally_is_no_attack(line: str) -> None:
    records = _by_place(_TWO_TOWNS + line)
    assert set(records) == {"Chuhuiv", "Izium"}
    assert all(not (w.intercepted or w.launched) for a in records.values() for w in a.weapons)


@pytest.mark.parametrize("text, place", [
    ("A Russian drone hit a team of deminers near Balakliia, wounding two sappers.", "Balakliia"),
    ("Shelling struck a demining crew's vehicle in Izium, injuring one of the deminers.", "Izium"),
    ("A guided bomb hit Kupiansk while sappers were clearing mines nearby, destroying a shop.", "Kupiansk"),
])
def test_a_strike_on_deminers_is_still_an_attack(text: str, place: str) -> None:
    assert place in _by_place(text)


# --- a place rarely hit --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Uzhhorod, near the Slovak border, has rarely been hit since the invasion began.",
    "Lutsk has seldom been targeted by Russian missiles.",
    "The port of Izmail has only occasionally come under attack.",
    "Chernivtsi is rarely shelled or bombed, officials say.",
    "Ivano-Frankivsk has been hit only a handful of times since 2022.",
    "Hardly ever struck by drones, Rivne was long seen as a safe haven.",
])
def test_a_place_rarely_hit_has_no_record(text: str) -> None:
    assert _attacks(text) == []


def test_a_strike_on_a_rarely_hit_city_keeps_its_record() -> None:
    records = _by_place("Drones struck Uzhhorod, a city seldom hit since the invasion began, on Tuesday night, "
                        "injuring two people.")
    assert _value(records["Uzhhorod"].injured) == 2
    records = _by_place("Drones hit Lviv overnight. The western city has rarely been struck during the war.")
    assert list(records) == ["Lviv"]


# --- producing strike drones ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Talks between Kyiv and Copenhagen on jointly producing strike drones have stalled.",
    "Negotiations between Berlin and Kyiv over a joint venture to manufacture long-range strike drones are stuck.",
    "Kyiv and Oslo have not agreed on a plant to build attack drones in Norway, officials said.",
    "The talks with London on co-production of strike UAVs made no progress, Kyiv said.",
    "Ukraine wants to assemble attack drones in Lithuania, its ambassador in Vilnius said.",
    "A factory near Kyiv turns out 200 strike drones a month, the minister said.",
])
def test_producing_strike_drones_is_no_attack(text: str) -> None:
    assert _attacks(text) == []


@pytest.mark.parametrize("text, place", [
    ("Ukrainian attack drones struck a plant producing Shahed drones in Yelabuga overnight.", "Yelabuga"),
    ("A missile hit a factory that manufactures drones in Kyiv, injuring three workers.", "Kyiv"),
    ("Russia's drone production site in Kursk was attacked by Ukrainian strike drones overnight.", "Kursk"),
])
def test_a_strike_on_a_drone_plant_is_still_an_attack(text: str, place: str) -> None:
    assert place in _by_place(text)


# --- drones over a neighbouring state's territory --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Warsaw summoned the Russian charge d'affaires after three Russian drones flew over the Lublin province on Tuesday.",
    "A Russian drone spent ten minutes over Suwałki county before returning to Belarus, the Polish army said.",
    "Latvia says a drone violated its airspace near Rēzekne overnight.",
    "Bucharest summoned the Russian ambassador after a drone entered the airspace over Tulcea county for 40 minutes.",
    "Vilnius protested after two Russian drones were tracked over Lithuanian territory near Varėna.",
    "Helsinki summoned Moscow's envoy after a Russian drone flew over Finnish territory near Kotka.",
])
def test_an_overflight_of_a_neighbour_is_no_attack(text: str) -> None:
    assert _attacks(text) == []


@pytest.mark.parametrize("text, place", [
    ("Russian drones flew over Kyiv for hours and hit a warehouse in the Darnytskyi district.", "Kyiv"),
    ("A drone flew over Kharkiv and struck a school, injuring two.", "Kharkiv"),
    ("Drones circling over Odesa hit the port overnight, damaging a grain terminal.", "Odesa"),
])
def test_drones_over_a_city_at_war_that_hit_it_are_an_attack(text: str, place: str) -> None:
    assert place in _by_place(text)
