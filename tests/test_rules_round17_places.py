"""Round 17 place families of the rules engine (dev31 A3, A9, A10; dev32 A4, B1, B5), tested with
sentences written for these tests (none from seeds/ or evals/), several phrasings each, with
near-misses that must not fire. Published Wednesday 4 March 2026.

- a village told with its kind in apposition and where it lies ("X, a village just outside Y") is X;
  Y only locates it, and a heading naming Y is the same strike;
- a small town told as the object of a strike verb or after "dropped / fired ... on" is that town;
- a region in a relative clause of the speaker ("who governs the Y region") is the speaker's seat;
- "shelled A and the B community", then each one's details: two records, each the strike's kind;
- a fronted "Outside Y," orients the reader: Y is not hit;
- a newsletter's bold topic label ("**Energy:**") is no place;
- "X, where drones struck the port": the strike fell at X.
"""

from __future__ import annotations

import pytest

from probes import AttackProbe, by_place, count_value, place_names as _places
from summariser.records import AttackKind

_attacks = AttackProbe("2026-03-04")


# ------------------------------------------------------------------ dev31 A3: apposition to a reference city
@pytest.mark.parametrize("text, town, region, reference", [
    ("On Tuesday a drone struck a van close to Razumnoye, a hamlet right outside Belgorod, killing a man.",
     "Razumnoye", "Belgorod Oblast", "Belgorod"),
    ("A missile struck a barn near Razumnoye, a small village outside Belgorod, on Monday, wounding two.",
     "Razumnoye", "Belgorod Oblast", "Belgorod"),
    ("Shelling hit Dubove, a village north of Kupiansk, on Tuesday, injuring two pensioners.",
     "Dubove", "Kharkiv Oblast", "Kupiansk"),
    ("A guided bomb wrecked a clinic in Velykyi Burluk, a town 20 km from Kupiansk, on Monday.",
     "Velykyi Burluk", "Kharkiv Oblast", "Kupiansk"),
])
def test_a_village_in_apposition_is_the_place_hit(text: str, town: str, region: str, reference: str) -> None:
    attacks = _attacks(text)
    assert {(p.name, p.admin1) for a in attacks for p in a.locations} == {(town, region)}, [a.locations for a in attacks]
    assert reference not in _places(attacks)


@pytest.mark.parametrize("text, place", [
    ("A drone hit a bus in Belgorod, a city of 300,000, on Tuesday, injuring three.", "Belgorod"),  # the city itself
])
def test_a_city_in_apposition_to_itself_stays(text: str, place: str) -> None:
    assert _places(_attacks(text)) == {place}


@pytest.mark.parametrize("text", [
    "Shelling hit Dubove, a village Russian forces claimed to have captured, on Monday, injuring two.",
    "He grew up in Dubove, a village near Kupiansk, and moved to Kyiv in 2010.",
])
def test_an_apposition_without_a_strike_on_it_is_no_place(text: str) -> None:
    assert "Dubove" not in _places(_attacks(text))


def test_a_heading_naming_the_reference_city_is_the_same_strike() -> None:
    text = ("Strike near Belgorod\n\nThe border area came under fire again. On Tuesday a drone hit a van close to "
            "Razumnoye, a settlement right outside Belgorod, killing its driver, officials said.")
    attacks = _attacks(text)
    assert [[p.name for p in a.locations] for a in attacks] == [["Razumnoye"]]


# ------------------------------------------------------------------ dev32 A4: a small town as the strike's object
@pytest.mark.parametrize("text, town, region", [
    ("Russian drones hit Bilopillia overnight, injuring two.", "Bilopillia", "Sumy Oblast"),
    ("Glide bombs rained on Velykyi Burluk twice on Tuesday, wrecking a clinic.", "Velykyi Burluk", "Kharkiv Oblast"),
    ("Artillery pounded Kozacha Lopan for an hour on Monday, wounding a woman.", "Kozacha Lopan", "Kharkiv Oblast"),
    ("Russian aircraft dropped two guided bombs on Vilniansk on Monday, wounding four.", "Vilnyansk", "Zaporizhzhia Oblast"),
    ("Drones struck Huliaipole before dawn on Tuesday, damaging a shop.", "Huliaipole", "Zaporizhzhia Oblast"),
])
def test_a_small_town_struck_directly_is_that_town(text: str, town: str, region: str) -> None:
    assert (town, region) in {(p.name, p.admin1) for a in _attacks(text) for p in a.locations}, \
        [a.locations for a in _attacks(text)]


@pytest.mark.parametrize("text, absent", [
    ("Russian forces attacked Kozacha Lopan on Monday, the general staff said.", "Kozacha Lopan"),  # a front report
    ("The sanctions put pressure on Bilopillia traders, the minister said after the strike.", "Bilopillia"),
])
def test_a_town_not_struck_directly_is_no_place(text: str, absent: str) -> None:
    assert absent not in _places(_attacks(text))


# ------------------------------------------------------------------ dev31 A9: the region a speaker governs
@pytest.mark.parametrize("lead, speaker, city, region", [
    ("On Sunday night drones attacked Taganrog. ", "Ivan Petrov, who governs the Rostov region,", "Taganrog", "Rostov Oblast"),
    ("Drones struck Kursk overnight. ", "Petr Sidorov, who heads the Kursk region,", "Kursk", "Kursk Oblast"),
    ("A missile hit Izmail on Monday. ", "The official, who runs the Odesa region,", "Izmail", "Odesa Oblast"),
])
def test_a_governed_region_is_the_speakers_seat(lead: str, speaker: str, city: str, region: str) -> None:
    attack = _attacks.one(f"{lead}{speaker} said two people were hurt in the city.")
    assert [p.name for p in attack.locations] == [city]
    assert count_value(attack.injured) == 2


def test_a_region_in_the_reported_clause_is_hit() -> None:
    attacks = _attacks("Drones hit Taganrog overnight. The governor said drones also hit the Rostov region, injuring two.")
    assert "Rostov Oblast" in _places(attacks)


# ------------------------------------------------------------------ dev31 A10: a community listed with a town
def test_a_listed_community_with_its_own_details_is_a_record_of_the_strike() -> None:
    attacks = _attacks("Russian artillery shelled Nikopol and the Marhanets community on Monday morning. "
                       "A man was wounded in Marhanets, while in Nikopol a shop, a shed and two houses were damaged.")
    places = by_place(attacks)
    assert sorted(places) == ["Marhanets", "Nikopol"] and len(attacks) == 2
    assert all(a.kind is AttackKind.shelling_artillery for a in attacks)
    assert count_value(places["Marhanets"].injured) == 1


def test_a_listed_strike_without_details_of_each_stays_one_record() -> None:
    attacks = _attacks("Drones struck Sumy and Okhtyrka overnight, injuring two people and damaging a shop.")
    assert [sorted(p.name for p in a.locations) for a in attacks] == [["Okhtyrka", "Sumy"]]


@pytest.mark.parametrize("text, hit, orienting", [
    ("Outside Kyiv, two drones burned a storage hangar in Brovary, some 20 km east, officials said.", "Brovary", "Kyiv"),
    ("Outside Kharkiv, a missile hit a depot in Chuhuiv on Monday, injuring three.", "Chuhuiv", "Kharkiv"),
    ("Beyond Odesa, a missile damaged a grain terminal in Izmail on Monday.", "Izmail", "Odesa"),
])
def test_a_fronted_outside_orients(text: str, hit: str, orienting: str) -> None:
    assert _places(_attacks(text)) == {hit}


def test_a_fronted_outside_alone_is_the_nearest_place() -> None:
    assert _places(_attacks("Outside Kharkiv, drones hit a village on Monday, injuring two.")) == {"Kharkiv"}


# ------------------------------------------------------------------ dev32 B1: a bold topic label
_BRIEFING = ("Morning briefing, Tuesday.\n\n- **Kharkiv:** A drone hit a warehouse overnight, injuring two, the mayor said.\n"
             "- **{label}:** {line}\n- **Odesa:** A missile hit a port building, injuring one.\n")


@pytest.mark.parametrize("label, line", [
    ("Grid", "Drones knocked out power in Sumy overnight, the governor said."),
    ("Energy", "Russian strikes damaged two substations near Poltava overnight."),
    ("Rail", "A drone hit a train depot in Konotop overnight, injuring a worker."),
])
def test_a_bold_topic_label_is_no_place(label: str, line: str) -> None:
    assert label not in _places(_attacks(_BRIEFING.format(label=label, line=line)))


def test_a_bold_place_label_stays_a_place() -> None:
    assert {"Kharkiv", "Odesa"} <= _places(_attacks(_BRIEFING.format(label="Grid", line="Power was restored in Sumy.")))


# ------------------------------------------------------------------ dev32 B5: a strike in a "where" clause
@pytest.mark.parametrize("text, town, region", [
    ("Oil buyers fretted over Primorsk, where tanker loadings were paused after a Ukrainian drone raid struck its Baltic oil port late on Sunday.",
     "Primorsk", "Leningrad Oblast"),
    ("Shipments from Tuapse, where drones hit the oil terminal on Saturday, were suspended.", "Tuapse", "Krasnodar Krai"),
    ("Work at Syzran, where a Ukrainian drone strike set the refinery on fire on Monday, has stopped.", "Syzran", "Samara Oblast"),
])
def test_a_strike_in_a_where_clause_falls_at_the_place(text: str, town: str, region: str) -> None:
    assert (town, region) in {(p.name, p.admin1) for a in _attacks(text) for p in a.locations}


@pytest.mark.parametrize("text", [
    "The factory in Tula, where 300 people work, was not hit.",
    "Buyers avoided Primorsk, where the port was not hit by the drones.",
    "A delegation arrived from Tuapse, where the port hosts a trade fair.",
])
def test_a_where_clause_without_a_strike_is_no_place(text: str) -> None:
    assert _attacks(text) == []


@pytest.mark.parametrize("text, split", [
    ("On Monday two people were injured in Sumy by a drone, while in Okhtyrka a shop was damaged.", True),
    ("The minister took the night train to Kyiv on Monday, hours after a missile killed three people in Sumy.", False),
])
def test_damage_told_in_a_clause_of_its_own_place_is_its_record(text: str, split: bool) -> None:
    attacks = _attacks(text)
    assert (len(attacks) == 2) is split, [[p.name for p in a.locations] for a in attacks]
