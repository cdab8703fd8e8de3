"""A strike told after the event it came before, the event as the subject (round 17, classes_dev32.md
B7): "her visit followed by just a couple of hours a raid on X", "her visit came hours after a missile
strike", "the summit was preceded by a night of drone attacks". The strike is on the event's day or
the night before (a range). Every sentence is written fresh."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.articles import make_article
from summariser.backends.rules import RulesBackend


def _attacks(text: str, published: str = "2026-03-04"):
    return RulesBackend(None).extract(make_article(text, published=published)).attacks


@pytest.mark.parametrize("text, place", [
    ("The envoy began a visit to Kyiv on Tuesday. Her visit came hours after a missile strike on Dnipro killed two people.",
     "Dnipro"),
    ("The summit opened in Vilnius on Tuesday. The summit was preceded by a night of drone attacks on Kyiv that injured four.",
     "Kyiv"),
    ("The minister's trip to Odesa began on Tuesday. The trip came on the heels of a drone strike on Izmail that damaged a port.",
     "Izmail"),
    ("The chancellor's trip to Kharkiv began on Tuesday. The trip followed by barely two hours a drone raid on Sumy that "
     "injured three.", "Sumy"),
])
def test_a_strike_before_the_event_told_after_it_is_the_events_day_or_the_night_before(text, place):
    recs = [r for r in _attacks(text) if any(loc.name == place for loc in r.locations)]
    assert recs and recs[0].date is not None
    assert (recs[0].date.start, recs[0].date.end) == (dt.date(2026, 3, 2), dt.date(2026, 3, 3))


def test_months_of_talks_are_no_strike_moment():
    assert _attacks("The minister arrived in Odesa on Tuesday. The visit followed months of talks on grain.") == []
