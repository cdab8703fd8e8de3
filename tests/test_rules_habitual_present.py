"""A strike told in the generic present beside a word of frequency is a habit, no event (dev22 B2,
broadening dev20 B3's habit frames): "people live under near-constant fire", "small drones
routinely hunt buses near the river", "villages come under daily shelling"; it opens no record and
lends no weapon to the day's strike told before it. A dated strike, or one with its own toll, stays.
Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

LEAD = ("The war has now entered its fifth year. Russian artillery shelled Kherson on Tuesday, killing one man "
        "and wounding three, the regional governor said.\n\n")


def _records(text: str) -> list[tuple[list[str], list[str]]]:
    article = make_article(LEAD + text, published="2026-03-04")
    attacks: list[Attack] = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    return [([p.name for p in a.locations], [w.type.value for w in a.weapons]) for a in attacks]


@pytest.mark.parametrize("text", [
    "People in the riverside districts live under near-constant fire, and small drones chase cars close to the "
    "Dnipro.",
    "Residents of Nikopol's riverside streets live under daily shelling from across the Dnipro.",
    "Small FPV drones routinely hunt buses along the embankment road near the Dnipro.",
    "Villages along the Oskil come under near-constant drone fire.",
    "In Kherson's Korabelnyi district, homes are shelled almost every day and quadcopters stalk anyone outside.",
    "Drones regularly target cars on the bridge out of Beryslav.",
    "Russian drones hunt civilians in Beryslav every day, local officials say.",
    "Guided bombs pound Vovchansk day and night, volunteers say.",
])
def test_a_habit_in_the_present_opens_no_record(text: str) -> None:
    assert _records(text) == [(["Kherson"], ["artillery"])]


@pytest.mark.parametrize("text, records", [
    ("On Wednesday a Russian drone hit a bus near the Dnipro embankment in Kherson, wounding two.",
     [(["Kherson"], ["artillery"]), (["Kherson"], ["drone"])]),
    ("Drones attack Beryslav almost daily, and one killed a cyclist there this morning.",
     [(["Kherson"], ["artillery"]), (["Beryslav"], ["drone"])]),
])
def test_a_dated_strike_or_a_toll_beside_a_habit_stays(text: str, records: list[tuple[list[str], list[str]]]) -> None:
    assert _records(text) == records
