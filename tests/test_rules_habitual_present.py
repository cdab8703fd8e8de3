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


# r13atk (dev23 B5): the present perfect with a comparative or a rising adverb is the town's recent
# history, no event: "X has been shelled more heavily as the front nears"; a day or a toll keeps one.
@pytest.mark.parametrize("text", [
    "Nikopol, across the reservoir, has been shelled more heavily since the summer as troops have moved closer.",
    "Pokrovsk has been bombed ever more heavily as the front has crept closer.",
    "Border villages in the Sumy region have come under increasing fire in recent weeks.",
    "Kherson's riverside districts have been shelled more often since the bridge was lost.",
    "Sloviansk, 15 km further from the front, has been increasingly targeted by glide bombs.",
    "Zaporizhzhia has been hit with growing frequency as Russian forces advance.",
    "The town of Orikhiv has come under heavier shelling as troops have pushed north.",
    "Glide bombs have struck Kostiantynivka more and more often as troops approach.",
    "Russia has been targeting Zaporizhzhia more heavily since the spring.",
])
def test_a_present_perfect_habit_with_a_comparative_opens_no_record(text: str) -> None:
    assert _records(text) == [(["Kherson"], ["artillery"])]


@pytest.mark.parametrize("text, place", [
    ("Nikopol has been shelled again this morning, wounding two.", "Nikopol"),
    ("Kramatorsk has been hit more heavily than ever overnight, with four people killed.", "Kramatorsk"),
    ("Kharkiv was shelled overnight and two people were wounded, the governor said.", "Kharkiv"),
    ("Glide bombs have struck Kostiantynivka again this morning, killing two.", "Kostiantynivka"),
])
def test_a_strike_with_its_own_day_or_toll_stays(text: str, place: str) -> None:
    assert any(place in places for places, _ in _records(text))
