"""Sentences next to a day's strike that tell no strike of their own (round 19, dev35 A3/A4, dev36
A1/A4): earlier strikes in the plural and undated, invoked as precedent; a share of output lost to
strikes over a period; a journey, convoy or mission held up by fire; and, the other way round, a
strike measured as "the Nth such attack since the start of the year", which stays a strike.
Near-misses: a dated earlier strike with a toll, fire that hit the convoy or names its target, and a
"since the start of the war" with no ordinal head. Sentences written for these tests; published
Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding, lexicon as lx
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

PUBLISHED = "2026-03-04"
_LEAD = "Russian drones struck Kharkiv overnight on Tuesday, injuring five people, the mayor said.\n\n"


def _attacks(text: str) -> list[Attack]:
    article = make_article(text, published=PUBLISHED)
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


def _places(text: str) -> set[str]:
    return {p.name for a in _attacks(text) for p in a.locations}


@pytest.mark.parametrize("line", [
    "Kyiv said the denial echoed Moscow's line after previous attacks on hospitals in Kherson.",
    "Past strikes on grain terminals in Odesa drew the same response from the Kremlin.",
    "As with prior raids on Sumy, no warning was given.",
    "The ministry gave the same answer after earlier missile strikes on schools in Zaporizhzhia.",
    "Officials compared the damage with that of previous Russian attacks on the port of Izmail.",
])
def test_undated_plural_earlier_strikes_open_no_record(line: str) -> None:
    assert _places(_LEAD + line) == {"Kharkiv"}


@pytest.mark.parametrize("line, town", [
    ("An earlier strike on Tuesday killed two people on the same street in Sumy.", "Sumy"),
    ("Earlier strikes on Monday killed two people in Sumy.", "Sumy"),
    ("Previous attacks that killed three in Kherson on Monday were blamed on the same unit.", "Kherson"),
])
def test_a_dated_earlier_strike_stays_a_record(line: str, town: str) -> None:
    assert town in _places(_LEAD + line)


@pytest.mark.parametrize("line", [
    "Analysts at a Lviv-based think tank estimate that Ukraine has lost a third of its coal output to strikes.",
    "A Dnipro-based consultancy says refineries have lost 40 percent of their capacity to drone attacks.",
    "Strikes have cost the Odesa-based operator 30 percent of its throughput, analysts say.",
    "The Poltava grid operator has lost roughly half of its generation to shelling, the ministry said.",
])
def test_a_share_lost_to_strikes_opens_no_record(line: str) -> None:
    assert _places(_LEAD + line) == {"Kharkiv"}


@pytest.mark.parametrize("line", [
    "The aid convoy reached Sumy on Tuesday after a route slowed for hours by shelling.",
    "Evacuation buses got to Kherson on Tuesday, having been held up by artillery fire near the bridge.",
    "The inspectors reached the Zaporizhzhia plant on Tuesday after a journey delayed by shelling.",
    "The mission to the dam near Nova Kakhovka was postponed because of heavy shelling, the agency said.",
    "The UN convoy turned back from Vovchansk on Tuesday, forced to turn back by shelling.",
])
def test_a_journey_held_up_by_fire_opens_no_record(line: str) -> None:
    assert _places(_LEAD + line) == {"Kharkiv"}


@pytest.mark.parametrize("line, town", [
    ("Shelling hit the convoy near Vasylivka on Tuesday, wounding a driver and delaying the mission.", "Vasylivka"),
    ("Trains were delayed on Tuesday by a drone attack on the railway station in Sloviansk.", "Sloviansk"),
    ("Shells struck the bus in Beryslav on Tuesday, injuring two, and the evacuation was halted.", "Beryslav"),
])
def test_fire_that_hits_or_names_its_target_stays_a_record(line: str, town: str) -> None:
    assert town in _places(_LEAD + line)


@pytest.mark.parametrize("text, town", [
    ("Drones hit the Sumy substation overnight on Tuesday, the third strike on the site since the beginning of the month.",
     "Sumy"),
    ("Russian missiles and drones damaged gas wells in the Kharkiv region overnight into Tuesday, the fifth such attack "
     "on its wells there since the beginning of the year.", "Kharkiv Oblast"),
    ("Missiles struck the refinery in Kremenchuk on Tuesday, its fourth hit since the start of the summer, the operator said.",
     "Kremenchuk"),
])
def test_an_ordinal_since_the_start_keeps_the_strike(text: str, town: str) -> None:
    assert town in _places(text)


@pytest.mark.parametrize("text", [
    "Since the start of the war, Odesa's port has been hit more than 40 times.",
    "Kherson has been shelled repeatedly since the start of the year, officials said.",
])
def test_since_the_start_without_an_ordinal_stays_background(text: str) -> None:
    assert _places(_LEAD + text) == {"Kharkiv"}


def test_is_background_reads_the_milestone() -> None:
    text = "Drones hit the port overnight, the second such attack on it since the start of the year."
    assert not lx.is_background(text, 0, len(text))
    # r26: a sentence that only counts the strike told before it among others is background
    text = "It was the second such attack on the port since the start of the year."
    assert lx.is_background(text, 0, len(text))
    text = "Since the beginning of the year, the harbour has been attacked on most nights."
    assert lx.is_background(text, 0, len(text))
