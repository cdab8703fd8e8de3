"""Round 22 (classes_dev42 L2/C3, L3/C6, C1, C4): clause asides between a cue and its count, read by one
shared reader (`articles/clause_asides`) for the rules and grounding alike.

- an attribution set off by commas between a verb and its object ("shot down, the navy said, six drones");
- a toll noun set apart from its verb by a non-restrictive clause with commas and numbers ("the toll from the
  strike on the depot, where some 200 drivers, most of them on night shift, worked, rose to 9"), and a day
  between the toll verb and its "at" ("stood on Tuesday evening at 14");
- a toll given "as" its figure ("put the number of victims as seven");
- a relative clause on the people counted after a bare number ("injured 17 who were waiting for a bus").

Sentences written for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from summariser.articles.clause_asides import aside_before, without_asides
from summariser.grounding.context import _context
from summariser.grounding.cue_gaps import fwd_distance
from summariser.lexicon.casualties import AFTER_VERB_NUMBER_OK
from summariser.pipeline import extract


def _roles(text: str) -> dict[int, str | None]:
    return {x.m.value: x.role for x in _context(text).mentions}


def _attacks(text: str):  # type: ignore[no-untyped-def]
    return extract(text + "\n", backend="rules", published="2025-06-12").attacks


def _killed(text: str) -> list[int | None]:
    return [a.killed.value if a.killed else None for a in _attacks(text)]


def _injured(text: str) -> list[int | None]:
    return [a.injured.value if a.injured else None for a in _attacks(text)]


def _intercepted(text: str) -> list[int]:
    return [w.intercepted.value for a in _attacks(text) for w in a.weapons if w.intercepted]


# --------------------------------------------------------------------------- the shared reader

@pytest.mark.parametrize("words", [
    ", the navy said, ",
    ", officials in Odesa claimed on Sunday, ",
    ", according to a spokesman for the southern command, ",
    ", the governor told reporters late on Friday, ",
    " – the air force wrote on Telegram – ",
    " (the ministry confirmed) ",
])
def test_an_attribution_aside_is_taken_out(words: str) -> None:
    assert without_asides(words).strip() == ""


@pytest.mark.parametrize("words", [
    ", the ministry said 40 drones were launched, ",  # a reported clause, not an aside
    ", and the navy said ",  # no closing comma
    ", which officials called a record, ",  # a relative clause: only where asked for
])
def test_what_is_no_attribution_aside_stays(words: str) -> None:
    assert without_asides(words).strip() != ""


def test_a_relative_clause_runs_to_the_last_comma_only_when_asked_for() -> None:
    words = " from the strike on the depot, where some 200 drivers, most of them on night shift, worked, rose to "
    assert without_asides(words, relative=True) == " from the strike on the depot rose to "
    assert without_asides(words) == words


def test_the_aside_before_a_position() -> None:
    text = "Crews destroyed, the army said on Monday, nine drones."
    pos = text.index("nine")
    assert aside_before(text, 0, pos) == text.index(", the army")
    assert aside_before(text, 0, text.index("drones")) is None


# --------------------------------------------------------------------------- L3/C6: verb, aside, count

@pytest.mark.parametrize("text, value", [
    ("Air defence units over Sevastopol shot down, the Russian-installed governor said, six sea drones launched from Odesa.", 6),
    ("Gunners near Kharkiv destroyed, according to the oblast administration, 14 Shahed drones sent by Russia overnight.", 14),
    ("The navy intercepted, officials in Novorossiysk claimed on Sunday, two unmanned boats fired at the port.", 2),
    ("Mobile fire groups downed, the air force wrote on Telegram, 23 of the 31 drones Russia launched at the west.", 23),
])
def test_an_attribution_between_a_downing_verb_and_its_count(text: str, value: int) -> None:
    assert _roles(text)[value] == "intercepted"
    assert value in _intercepted(text)


def test_a_clause_with_its_own_subject_after_the_aside_keeps_its_verb() -> None:
    # near-miss: the aside closes the first clause; "12 drones were launched" is its own clause
    text = "Troops destroyed a bridge near Kupiansk, the governor said, and 12 drones were launched at Izium."
    assert _roles(text)[12] != "intercepted"
    assert 12 not in _intercepted(text)


def test_an_aside_between_a_casualty_verb_and_its_count() -> None:
    text = "A Russian glide bomb on the market in Kupiansk killed, the regional governor said, five people on Tuesday."
    assert _roles(text)[5] == "killed"
    assert _killed(text) == [5]


def test_a_reported_clause_is_no_aside() -> None:
    assert fwd_distance(", the ministry said 40 drones were launched and ") is None


# --------------------------------------------------------------------------- L2/C3: toll, relative clause, verb

@pytest.mark.parametrize("text, value", [
    ("The death toll from Tuesday's missile strike on the shopping centre in Dnipro, where about 600 people, many "
     "of them families, had been shopping, climbed by Wednesday evening to 19.", 19),
    ("The toll from the drone attack on the student hostel in Odesa, which housed some 250 students, stood on "
     "Friday at eleven.", 11),
    ("A Russian glide bomb struck a cinema in Zaporizhzhia on Saturday. The number of dead from the bombing of the cinema, where "
     "roughly 400 people had sheltered, had risen to 27, local officials said.", 27),
    ("A missile struck a clinic in Sumy on Saturday. The death toll, the emergency service said on Sunday, has "
     "reached 16.", 16),
])
def test_a_toll_across_a_relative_clause_or_an_attribution(text: str, value: int) -> None:
    assert _roles(text)[value] == "killed"
    assert _killed(text) == [value]


@pytest.mark.parametrize("gap", [
    " stood on Tuesday evening at ",
    " had risen by 9 May to ",
    " from the shelling of the bus station in the city centre of Kherson rose overnight to ",
])
def test_a_toll_verb_with_its_day_or_a_long_complement(gap: str) -> None:
    assert fwd_distance(gap, toll=True) is not None


def test_a_number_inside_the_relative_clause_is_no_toll() -> None:
    # near-miss: the clause's own count stays the clause's; the toll verb must follow the clause
    text = ("The toll from last spring's strike on the ferry terminal, which killed 43, is still disputed; on Monday a "
            "drone killed three people in the port.")
    roles = _roles(text)
    assert roles[3] == "killed"
    assert fwd_distance(" from last spring's strike on the ferry terminal, which killed ", toll=True) is None
    assert fwd_distance(" from last spring's strike on the ferry terminal, which killed 43, is still disputed; on Monday "
                        "a drone killed ", toll=True) is None


def test_a_verb_with_no_toll_before_it_reads_no_toll() -> None:
    # near-miss: a relative clause between a plain noun and "rose to" is no toll
    assert _roles("The price of bread in the city, where some 300 bakeries closed, rose to 40 hryvnias.").get(40) is None


# --------------------------------------------------------------------------- C1: a toll given "as" its figure

@pytest.mark.parametrize("text, value", [
    ("A missile struck a grain warehouse in Izmail on Sunday. The mayor at first gave the number of dead as seven.", 7),
    ("A drone hit a bus in Nikopol on Monday. Police put the death toll as 11 by the evening.", 11),
    ("Shelling hit the market in Kherson on Friday. The ministry listed the number of victims as at least nine.", 9),
])
def test_a_toll_given_as_its_figure(text: str, value: int) -> None:
    assert _killed(text) == [value]


def test_as_in_an_aside_after_a_toll_is_no_figure() -> None:
    # near-miss: "as the mayor said" is an attribution, the toll's figure follows its verb
    text = "A drone hit a bus in Nikopol on Monday. The number of dead, as the mayor said, rose to 6."
    assert _killed(text) == [6]
    assert _killed("A drone hit a bus in Nikopol on Monday, killing two. Officials gave the drivers as 4 hours.") == [2]


# --------------------------------------------------------------------------- C4: a relative clause after a bare number

@pytest.mark.parametrize("text, value", [
    ("Russian shelling of Kherson killed two people and wounded 17 who were waiting for a bus on Tuesday.", 17),
    ("A guided bomb hit the square in Kostiantynivka, injuring 12 who had gathered for an aid handout.", 12),
    ("A drone struck the ferry crossing in Kherson, wounding nine that were queueing for the boat.", 9),
])
def test_a_relative_clause_after_a_bare_count(text: str, value: int) -> None:
    assert _injured(text) == [value]


def test_that_before_a_time_is_no_relative_clause() -> None:
    # near-miss: "killed 3 that day": "that" opens a clause only before its verb
    assert AFTER_VERB_NUMBER_OK.match(" that day, the governor said") is None
    assert AFTER_VERB_NUMBER_OK.match(" that were sheltering there") is not None
    assert AFTER_VERB_NUMBER_OK.match(" whom rescuers pulled out") is not None
