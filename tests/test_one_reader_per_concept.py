"""One reader per concept (debts18a): a town named in a span, the weekday names, the injury had,
the body found before the person, and the word lists the rules and grounding shared under two
names. Each merged reader is asked on both paths with the same fresh sentences."""

from __future__ import annotations

import re

import pytest
from probes import AttackProbe, count_value

from summariser import calendar_days
from summariser.articles.found_bodies import BODY_OF, one_body_of
from summariser.articles.injuries_had import injury_had_at
from summariser.backends.rules import city_heads, place_frame_carry, same_site
from summariser.grounding import vocabulary
from summariser.grounding.counts import count_support
from summariser.knowledge import cues

_one = AttackProbe().one


def _grounded(text: str, field: str, value: int) -> bool:
    return bool(count_support(value, field, text, (0, len(text))))


# --- a town named in a span ----------------------------------------------------------------------

def test_any_city_is_one_reader() -> None:
    assert same_site.any_city is city_heads.any_city is place_frame_carry.any_city


@pytest.mark.parametrize("text, named", [
    ("Late at night the depot outside Kharkiv burned for hours.", True),
    ("Crews in Zaporizhzhia worked until dawn.", True),
    ("The depot burned for hours after the strike.", False),
])
def test_any_city_reads_a_town_named(text: str, named: bool) -> None:
    assert city_heads.any_city(text, 0, len(text)) is named


# --- the weekday names ---------------------------------------------------------------------------

def test_the_weekday_names_are_the_calendars() -> None:
    assert calendar_days.WD_NAMES.split("|") == [w.capitalize() for w in calendar_days.WEEKDAYS]
    assert re.fullmatch(calendar_days.WD, calendar_days.WD_NAMES.split("|")[3].lower())


# --- the injury had ------------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "got second-degree burns on both hands",
    "was left with a fractured collarbone",
    "sustained multiple and deep lacerations",
    "suffered shrapnel injuries",
])
def test_the_injury_had_is_read(words: str) -> None:
    assert injury_had_at(words, 0) is not None


@pytest.mark.parametrize("words", ["suffered heavy damage", "received medals", "had been wounded in 2022", "sustained cracks"])
def test_no_injury_had_without_a_bodily_injury(words: str) -> None:
    assert injury_had_at(words, 0) is None


@pytest.mark.parametrize("text, injured", [
    ("Rockets hit a market in Kramatorsk on Friday. A baker got second-degree burns on both hands.", 1),
    ("Rockets hit a market in Kramatorsk on Friday. Two vendors sustained deep lacerations.", 2),
    ("Rockets hit a market in Kramatorsk on Friday. A shopper was left with a fractured collarbone.", 1),
])
def test_both_paths_read_the_injury_had(text: str, injured: int) -> None:
    assert count_value(_one(text).injured) == injured
    assert _grounded(text, "injured", injured)


def test_an_injury_had_by_a_building_is_no_injured_on_either_path() -> None:
    text = "Rockets hit a market in Kramatorsk on Friday. The market hall suffered heavy damage."
    assert _one(text).injured is None
    assert not _grounded(text, "injured", 1)


# --- the body found before the person ------------------------------------------------------------

@pytest.mark.parametrize("text, killed", [
    ("A drone hit a farm near Sumy on Sunday. The remains of a shepherd were found in the ruins of the barn.", 1),
    ("A drone hit a farm near Sumy on Sunday. Searchers recovered the corpse of an elderly tractor driver.", 1),
    ("A drone hit a farm near Sumy on Sunday. The bodies of two labourers were pulled from the ruins.", 2),
])
def test_both_paths_read_the_body_before_the_person(text: str, killed: int) -> None:
    assert count_value(_one(text).killed) == killed
    assert _grounded(text, "killed", killed)


def test_the_body_before_the_person_is_one_reader() -> None:
    single = one_body_of("shepherd|farmer")
    assert single.search("the remains of a young shepherd were found")
    assert not single.search("the body of a farmer's truck was crushed")
    assert re.fullmatch(BODY_OF, "corpses  of", re.I)


# --- word lists held once ------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["one_person_nouns", "child_person_words", "unhurt_words", "none_stopped_verbs"])
def test_grounding_holds_no_second_copy(name: str) -> None:
    with pytest.raises(Exception):
        vocabulary.words(name)


def test_one_list_of_one_persons_nouns_holds_both_paths_words() -> None:
    nouns = re.compile(rf"(?:{cues.words_alternation('casualties', 'single_person_nouns')})", re.I)
    for word in ("villager", "tenant", "nephew", "welder", "security guard", "third-grader"):
        assert nouns.fullmatch(word), word


@pytest.mark.parametrize("text", [
    "Shelling hit a block of flats in Kherson on Tuesday. A tenant was injured.",
    "Shelling hit a block of flats in Kherson on Tuesday. A villager was injured.",
])
def test_one_person_named_alone_on_both_paths(text: str) -> None:
    assert count_value(_one(text).injured) == 1
    assert _grounded(text, "injured", 1)


def test_the_unhurt_words_are_one_list() -> None:
    after = cues.phrases("casualties", "unhurt_after")
    assert set(cues.phrases("casualties", "unhurt_words")) <= set(after) and "unscathed" in after


def test_destroyed_stays_out_of_groundings_none_downed_verbs() -> None:
    assert "destroyed" not in cues.phrases("weapons", "none_downed_verbs")
    assert cues.phrases("weapons", "none_downed_verbs_counted") == ["destroyed"]
