"""Round 16 (dev29 A1-A3, C1): the city of the paragraph before, weapons given as aid, a paragraph's
placeless lead day, a toll told as a subject. Fresh sentences."""

from __future__ import annotations

import pytest

from probes import attacks_of, by_place, count_value

SATURDAY = "2026-03-07"


def _places(text: str) -> list[list[str]]:
    return [[p.name for p in a.locations] for a in attacks_of(text, SATURDAY, grounded=True)]


# A1: "the city" of a paragraph that names no city: the city of the paragraph before, told by its head
@pytest.mark.parametrize("text, city", [
    ("The minister flew to Odesa from Kyiv on Friday. In Odesa she met Mayor Ivan Petrenko and saw a school.\n\n"
     "Early on Friday, before she landed, a Russian drone crashed onto a depot in the city's Prymorskyi district, "
     "wounding two people, Petrenko said.\n\nOn Tuesday night a missile hit Dnipro, injuring four people, officials said.",
     "Odesa"),
    ("The envoy toured Mykolaiv's shipyards with the region's governor.\n\nOn Friday morning a missile struck a "
     "warehouse in the city's north, the mayor said.\n\nOn Tuesday night a missile hit Dnipro, injuring four people.",
     "Mykolaiv"),
])
def test_the_city_of_the_paragraph_before(text: str, city: str) -> None:
    assert [city] in _places(text)


@pytest.mark.parametrize("text", [
    # the paragraph before names a city abroad only
    "The ministers held talks in Berlin on Friday.\n\nOn Friday morning a missile struck a warehouse in the city's "
    "north, the mayor said.\n\nOn Tuesday night a missile hit Dnipro, injuring four people, officials said.",
    # two towns of the war named before, and no head of either speaks
    "The envoy came to Zaporizhzhia by train from Lviv and met students.\n\nOn Friday morning a glide bomb hit a "
    "school in the city's north, injuring three, the governor wrote.\n\nOn Tuesday night a missile hit Dnipro.",
])
def test_no_city_carried_when_none_or_two(text: str) -> None:
    places = _places(text)
    assert not any(p in places for p in (["Berlin"], ["Zaporizhzhia"], ["Lviv"]))


# A2: weapons named as the goods of a donation tell no strike
@pytest.mark.parametrize("text", [
    "Prague will send 50,000 shells for Ukrainian howitzers to the Kherson front.",
    "The package includes interceptors for Kyiv's air defence and spare barrels for artillery, officials in Odesa said.",
    "Berlin pledged mortar rounds and drones for the brigades defending Pokrovsk.",
    "Finland is supplying 155mm rounds for the Ukrainian guns dug in near Kupiansk, the minister said on Friday.",
    "Norway's latest tranche includes Patriot interceptors for the air defence of Dnipro.",
    "Vilnius said it would hand over a package of support to Sumy: 40 generators, tyres and ammunition for Ukrainian artillery.",
])
def test_weapons_given_as_aid_are_no_strike(text: str) -> None:
    assert attacks_of(text, SATURDAY, grounded=True) == []


@pytest.mark.parametrize("text, place", [
    ("Russian artillery shelled Kherson on Tuesday.", "Kherson"),
    ("Ukrainian artillery struck a Russian depot near Donetsk on Sunday.", "Donetsk"),
    ("Denmark will deliver shells to Ukraine after Russian artillery shelled Kherson on Sunday.", "Kherson"),
    ("Russia will send more drones against Kyiv, officials warned after artillery fire on Kupiansk on Sunday.", "Kupiansk"),
])
def test_strikes_beside_aid_words_stay(text: str, place: str) -> None:
    assert place in {n for ps in _places(text) for n in ps}


# the lead paragraphs above the story (a paragraph lead at the very top is lead_day's)
_OPENING = ("Officials urged residents to stay close to shelters. Schools moved their lessons online.\n\n"
            "Power engineers worked through the night. Trains ran late.\n\n")


# A3: a placeless paragraph lead dates its paragraph's strikes, not a strike remembered before it
@pytest.mark.parametrize("text, town, start", [
    (_OPENING + "A missile killed three people in Sumy on Friday evening, the governor said. It was the worst strike on Sumy "
     "since 4 January, when a bomb killed six people.\n\nThe region came under fire again overnight. In Shostka a "
     "drone hit a barn and wounded a farmer, officials said.", "Shostka", "2026-03-06"),
    (_OPENING + "Shelling killed two people in Kherson on Thursday, the mayor said. It was the deadliest day there since 2 "
     "February, when a missile killed five.\n\nThe district was attacked once more on Friday. In Bilozerka a drone "
     "struck a car and injured a man.", "Bilozerka", "2026-03-06"),
])
def test_a_paragraph_lead_dates_its_strikes(text: str, town: str, start: str) -> None:
    a = by_place(attacks_of(text, SATURDAY, grounded=True))[town]
    assert a.date is not None and str(a.date.start) == start


def test_a_day_of_its_own_stays() -> None:
    text = (_OPENING + "A missile killed three people in Sumy on Friday, the governor said. It was the worst strike since 4 "
            "January, when a bomb killed six.\n\nThe region came under fire again overnight. On Wednesday a drone "
            "hit a barn in Shostka, officials said.")
    a = by_place(attacks_of(text, SATURDAY, grounded=True))["Shostka"]
    assert a.date is not None and str(a.date.start) == "2026-03-04"


# C1: a toll told as the subject of a verb of measure, its number after the verb
@pytest.mark.parametrize("text, killed, injured", [
    ("The number of civilians killed when a Russian missile struck a market in the Saltivskyi district of Kharkiv "
     "on the evening of 3 March has risen to 12, officials said.", 12, None),
    ("The number of those wounded in the drone attack on Sumy on Monday now stands at 22.", None, 22),
    ("The number killed in the Russian missile strike on Odesa on Friday rose to eight.", 8, None),
])
def test_a_subject_toll(text: str, killed: int | None, injured: int | None) -> None:
    a = attacks_of(text, SATURDAY, grounded=True)[0]
    assert (count_value(a.killed), count_value(a.injured)) == (killed, injured)


def test_no_toll_from_a_weapon_number() -> None:
    attacks = attacks_of("The number of drones launched at Odesa on Friday has risen to 400 a night.", SATURDAY)
    assert all(a.killed is None for a in attacks)


def test_a_toll_put_later_updates_the_strike_told() -> None:
    text = ("A Russian missile hit an apartment block in Zaporizhzhia on Friday evening, killing at least five people, "
            "the governor said. Rescuers were still digging through the ruins at dawn, and by Saturday morning the "
            "mayor put the number of dead at eight.\n\nOvernight Russia launched 90 drones at Ukraine, the air force said, "
            "and 70 of them were shot down.")
    attacks = attacks_of(text, SATURDAY, grounded=True)
    assert count_value(by_place(attacks)["Zaporizhzhia"].killed) == 5
    assert all(a.killed is None for a in attacks if a.locations[0].name == "Ukraine")
