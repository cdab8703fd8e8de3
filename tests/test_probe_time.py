"""Metamorphic probes of time (issue 13): one strike dated in many phrasings relative to the
publication day (Monday 2 March 2026): a night is a range of two days however it is told
("overnight", "last night", "on Sunday night", "on the night of 1-2 March"); a part of a named
day is that day; a clock time or "in the early hours" with no day is the day of the report; an
afternoon strike after an overnight one keeps its own day; two consecutive nights are two
events. Sentences written for these tests (none from seeds/ or evals/)."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, day_span as _days
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend

CONTEXT = "The war has now entered its fifth year. "  # passes the article's war gate, tells no strike
SUN, MON = dt.date(2026, 3, 1), dt.date(2026, 3, 2)


_attacks = AttackProbe(lead=CONTEXT)


@pytest.mark.parametrize("when", [
    "overnight", "last night", "on Sunday night", "overnight on 1-2 March", "during the night", "tonight",
])
def test_a_night_is_the_two_days_it_spans(when: str) -> None:
    [a] = _attacks(f"Russian drones struck an apartment block in Poltava {when}, injuring three people.")
    assert _days(a) == (SUN, MON)


def test_a_night_told_first_is_the_same_night() -> None:
    [a] = _attacks("On the night of March 1 to 2, Russian drones struck an apartment block in Poltava, injuring three.")
    assert _days(a) == (SUN, MON)


@pytest.mark.parametrize("when, day", [
    ("early on Sunday", SUN), ("late on Sunday", SUN), ("on Sunday afternoon", SUN), ("early on Monday", MON),
    ("in the afternoon", MON), ("at around 3 a.m.", MON), ("at 14:20", MON), ("in the early hours", MON),
    ("in the early hours of Sunday", SUN), ("at 3 a.m. on Sunday", SUN),
])
def test_a_part_of_a_day_is_that_day(when: str, day: dt.date) -> None:
    [a] = _attacks(f"Russian drones struck an apartment block in Poltava {when}, injuring three people.")
    assert _days(a) == (day, day)


def test_an_afternoon_strike_after_a_night_keeps_its_own_day() -> None:
    attacks = _attacks("Russian drones struck Poltava overnight, injuring three people. In the afternoon, a guided "
                       "bomb hit a school in Kharkiv, killing one teacher.")
    by_place = {a.locations[0].name: _days(a) for a in attacks}
    assert by_place == {"Poltava": (SUN, MON), "Kharkiv": (MON, MON)}


@pytest.mark.parametrize("text", [
    "Russian drones attacked Odesa on the night of 27-28 February, injuring three people. The next night, 28 February "
    "to 1 March, drones struck Odesa again, killing one man.",
    "Russian drones struck Odesa overnight, injuring three people. A day earlier, on Saturday night, drones hit the "
    "city's port, killing one man.",
])
def test_two_consecutive_nights_are_two_events(text: str) -> None:
    attacks = _attacks(text)
    assert len(attacks) == 2 and len({_days(a) for a in attacks}) == 2


@pytest.mark.parametrize("stamp", ["15:40", "15:40 GMT -", "Update 15:40 \u2014", "Updated at 15:40:", "Posted 15:40 |"])
def test_a_stamped_update_never_takes_the_night_of_the_update_before(stamp: str) -> None:
    attacks = RulesBackend(None).extract(make_article(
        "Russia-Ukraine war live\n\n09:05 Russian drones struck Odesa last night, injuring three people, the governor "
        f"said.\n\n{stamp} A Russian missile hit a shopping centre in Kharkiv, killing two people, the mayor said.",
        published="2026-03-02")).attacks
    by_place = {a.locations[0].name: _days(a) for a in attacks}
    assert by_place == {"Odesa": (SUN, MON), "Kharkiv": (MON, MON)}


def test_a_governor_post_opening_on_tonight_dates_its_night() -> None:
    attacks = _attacks("Tonight the enemy attacked our region with drones. In Pavlohrad, a private house was damaged "
                       "and a 54-year-old woman was injured.")
    assert [(a.locations[0].name, _days(a)) for a in attacks] == [("Pavlohrad", (SUN, MON))]
