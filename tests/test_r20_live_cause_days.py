"""Round 20 (dev37 A4): a strike told as the cause of a diplomatic event, in a clause after it
("envoys met on Tuesday ... after Russia fired a missile at X last week"), does not take the
meeting's day: it keeps the clause's own day, or none, and joins its dated retelling. Sentences
written for these tests, in several phrasings, with near misses; published Monday 2 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe
from summariser.records import Attack

_attacks = AttackProbe()

_RETOLD = " The missile struck a depot in Lviv on 24 February, wounding three workers, officials said."


def _lviv(attacks: list[Attack]) -> list[Attack]:
    return [a for a in attacks if [p.name for p in a.locations] == ["Lviv"]]


@pytest.mark.parametrize("meeting", [
    "Ministers met in Vienna on Friday, a week after Russia fired a hypersonic missile at Lviv.",
    "Envoys met in Brussels on Friday for talks Ukraine sought following a missile strike on Lviv last week.",
    "The council convened on Friday at Ukraine's request, days after a missile hit a depot in Lviv.",
    "Allied ambassadors held an emergency meeting on Friday in response to the missile strike on Lviv.",
])
def test_a_strike_told_as_the_meetings_cause_joins_its_dated_retelling(meeting: str) -> None:
    lviv = _lviv(_attacks(meeting + _RETOLD))
    assert len(lviv) == 1
    assert lviv[0].date is not None and lviv[0].date.start == dt.date(2026, 2, 24)


def test_the_causes_own_day_is_kept() -> None:
    lviv = _lviv(_attacks("Ministers met in Vienna on Friday after Russia fired a missile at Lviv on 24 February."))
    assert len(lviv) == 1 and lviv[0].date is not None and lviv[0].date.start == dt.date(2026, 2, 24)


def test_a_strike_sentence_with_an_after_clause_is_not_a_meeting() -> None:
    # near miss: the words before "after" tell a strike, not a meeting: the day stays the strike's
    lviv = _lviv(_attacks("A missile hit a depot in Lviv on Friday after talks in Vienna collapsed."))
    assert len(lviv) == 1 and lviv[0].date is not None and lviv[0].date.start == dt.date(2026, 2, 27)


@pytest.mark.parametrize("meeting", [
    "Ministers met in Vienna on Friday, a week after a Kinzhal came down on a depot in Lviv.",
    "Envoys gathered in Brussels on Friday, days after glide bombs fell on a depot in Lviv.",
    "The council convened on Friday, a week after howitzers pounded a depot in Lviv.",
])
def test_a_cause_told_by_its_weapon_alone_joins_its_dated_retelling(meeting: str) -> None:
    # the cause clause is known by any weapon the lexicon names (lexicon.WEAPON_WORD), not by a
    # short list of its own: a model name, glide bombs and guns tell a strike as well as "missile"
    lviv = _lviv(_attacks(meeting + _RETOLD))
    assert len(lviv) == 1
    assert lviv[0].date is not None and lviv[0].date.start == dt.date(2026, 2, 24)
