"""Round 28 (5 December 2026): one clock-hour reader for rules and grounding; a hit's wave read
through the gazetteer's places; word lists moved from code to the cue files. Fresh sentences,
written for these tests."""

from __future__ import annotations

import pytest

from summariser.grounding.hit_counts import drop_hits_under_totals
from summariser.knowledge import cues
from summariser.knowledge.day_parts import clock_hour, hour_on_dial
from summariser.records import Attack, Count, Location, LocationLevel, Span, Weapon, WeaponType


# --------------------------------------------------------------------------- one clock-hour reader
@pytest.mark.parametrize("words,hour", [
    ("at 14:30 local time", 14),
    ("shortly after 3 p.m.", 15),
    ("around 11 pm", 23),
    ("at 12 a.m.", 0),
    ("at 12 p.m.", 12),
    ("by 9:15 am on Friday", 9),
    ("at 6.45 a.m.", 6),
    ("from 22:10 to 23:40", 22),  # the first time told
])
def test_a_clock_time_reads_as_its_hour_on_the_dial(words, hour):
    assert clock_hour(words) == hour
    assert clock_hour(words, dotted=False) == hour


@pytest.mark.parametrize("words", [
    "a girl of 12 among the injured",      # "am" inside a word is no a.m.
    "on 3 March",
    "the 40 drones it fired",
    "7 miles from the front",
])
def test_a_bare_number_is_no_clock_time(words):
    assert clock_hour(words) is None


def test_a_dotted_time_in_running_prose_needs_its_am_or_pm():
    assert clock_hour("at 6.45") == 6  # date words: a time
    assert clock_hour("the grid lost 2.50 gigawatts", dotted=False) is None  # prose: a figure
    assert clock_hour("at 6.45 pm the sirens sounded", dotted=False) == 18


def test_a_clock_time_is_read_inside_its_bounds():
    text = "At 10:00 the mayor spoke. At 19:20 drones struck again."
    assert clock_hour(text, text.index("At 19"), len(text)) == 19


@pytest.mark.parametrize("hour,ampm,dial", [(3, "p", 15), (3, "P", 15), (12, "a", 0), (12, "p", 12), (9, None, 9), (21, None, 21)])
def test_an_hour_goes_on_the_24_hour_dial(hour, ampm, dial):
    assert hour_on_dial(hour, ampm) == dial


# --------------------------------------------------------------------------- a hit's wave through the gazetteer
def _count(text: str, figure: str) -> Count:
    """The figure's number, its evidence the number alone, as grounding keeps a count."""
    number = figure.split()[0]
    start = text.index(figure)
    return Count(value=int(number), evidence=Span(text=number, start=start, end=start + len(number)))


def _hit_and_total(total_place: Location, hit_place: Location):
    text = "Russia launched 30 drones at the capital overnight; 3 drones hit a depot on the left bank."
    total = Attack(attacker="Russia", locations=[total_place],
                   weapons=[Weapon(type=WeaponType.drone, launched=_count(text, "30 drones"))])
    hit = Attack(attacker="Russia", locations=[hit_place],
                 weapons=[Weapon(type=WeaponType.drone, launched=_count(text, "3 drones"))])
    return text, [total, hit]


@pytest.mark.parametrize("total_place,hit_place", [
    (Location(name="Kiev"), Location(name="Kyiv")),                                     # one city, two spellings
    (Location(name="Kharkiv Oblast", level=LocationLevel.region), Location(name="Chuhuiv")),  # a town of the region
    (Location(name="Odesa"), Location(name="Odesa")),
])
def test_a_hit_under_a_total_of_its_own_place_is_no_launch(total_place, hit_place):
    text, attacks = _hit_and_total(total_place, hit_place)
    dropped = drop_hits_under_totals(attacks, text)
    assert [path for path, _ in dropped] == ["attacks[1].weapons[0].launched"]
    assert attacks[1].weapons[0].launched is None and attacks[0].weapons[0].launched is not None


@pytest.mark.parametrize("total_place,hit_place", [
    (Location(name="Lviv"), Location(name="Kyiv")),
    (Location(name="Kharkiv Oblast", level=LocationLevel.region), Location(name="Poltava")),
])
def test_a_hit_beside_another_places_total_keeps_its_launch(total_place, hit_place):
    text, attacks = _hit_and_total(total_place, hit_place)
    assert drop_hits_under_totals(attacks, text) == []
    assert attacks[1].weapons[0].launched is not None and attacks[1].weapons[0].launched.value == 3


# --------------------------------------------------------------------------- plain word lists in the cue files
def test_a_plain_word_list_is_escaped_and_tried_longest_first():
    alternation = cues.plain_alternation("anchoring", "anchor_attack_nouns")
    words = alternation.split("|")
    assert words == sorted(words, key=len, reverse=True)
    assert r"air\s+strike" in words  # a space matches any run of spaces


@pytest.mark.parametrize("group,name,word", [
    ("eventhood", "strike_names", "bombardment"),
    ("places_extra", "named_district_nouns", "microdistrict"),
    ("anchoring", "speech_after_part_of_day", "announced"),
])
def test_the_moved_word_lists_are_read_from_their_files(group, name, word):
    assert word in cues.phrases(group, name)


# --------------------------------------------------------------------------- "including all N" after a downing (r28)
def _ground(text: str, weapons: list[dict]):
    import datetime as dt

    from summariser.backends.drafts_to_records import draft_to_records
    from summariser.backends.llm import ArticleDraft

    draft = ArticleDraft.model_validate({"attacks": [{"attacker": "Russia", "kind": "missile_strike", "weapons": weapons,
                                                      "evidence": [text]}]})
    (attack,) = draft_to_records(draft, text, published=dt.date(2026, 5, 12)).attacks
    return [(w.type, w.launched and w.launched.value, w.intercepted and w.intercepted.value) for w in attack.weapons]


@pytest.mark.parametrize("text", [
    "Ukrainian air defences shot down 31 of the 38 missiles, including all five Kinzhals, in the night over Ukraine.",
    "In the night, 31 of 38 missiles fired at Ukraine were brought down, among them all five Kinzhals.",
    "Air defence units destroyed 31 missiles out of 38 overnight across Ukraine, including all five Kinzhal missiles.",
])
def test_all_n_of_a_model_after_a_downed_count_were_launched(text):
    weapons = [{"type": "missile", "launched": 38, "intercepted": 31},
               {"type": "ballistic_missile", "model": "Kinzhal", "launched": 5, "intercepted": 5}]
    assert _ground(text, weapons)[1] == (WeaponType.ballistic_missile, 5, 5)


def test_all_n_of_a_launch_without_a_downing_downs_nothing():
    text = "Russia fired 38 missiles at Ukraine overnight, including all five of its Kinzhals, and 31 were shot down."
    weapons = [{"type": "missile", "launched": 38, "intercepted": 31},
               {"type": "ballistic_missile", "model": "Kinzhal", "launched": 5, "intercepted": 5}]
    assert _ground(text, weapons)[1] == (WeaponType.ballistic_missile, 5, None)


# --------------------------------------------------------------------------- a participle after the whole (r28)
@pytest.mark.parametrize("text", [
    "Overnight, 31 of 38 missiles fired at Ukraine were shot down, the air force said.",
    "The air force said 31 of the 38 missiles launched by Russia overnight had been destroyed.",
    "Overnight 31 of 38 missiles that were launched at Ukraine were brought down.",
    "Air defence units said 31 of the 38 cruise missiles sent against the capital region were destroyed.",
])
def test_a_participle_after_the_whole_launches_the_whole_not_the_part(text):
    weapons = [{"type": "missile", "launched": 38, "intercepted": 31}]
    assert _ground(text, weapons) == [(WeaponType.missile, 38, 31)]


def test_an_including_aside_after_a_part_and_its_whole_is_of_the_part():
    text = "Overnight, 31 of 38 missiles fired at Ukraine were brought down, among them all five Kinzhals."
    weapons = [{"type": "missile", "launched": 38, "intercepted": 31},
               {"type": "ballistic_missile", "model": "Kinzhal", "launched": 5, "intercepted": 5}]
    assert _ground(text, weapons) == [(WeaponType.missile, 38, 31), (WeaponType.ballistic_missile, 5, 5)]
