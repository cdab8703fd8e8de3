"""A region's daily tally of attacks counted across counted localities is a statistic, no record
(dev21 B5): "recorded 97 shellings in the past day, hitting 23 communities", "carried out 418
strikes on 14 settlements over the day", in any order and with any attack noun. A handful of
strikes told one by one, a tally with a toll of its own, and a digest told by a verb ("shelled
12 settlements ... 280 times": tests/test_rules_strike_tallies.py) stay records.
Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

CONTEXT = "The war has now entered its fifth year. "


def _attacks(text: str) -> list[Attack]:
    article = make_article(CONTEXT + text, published="2026-03-04")
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


@pytest.mark.parametrize("text", [
    "Over the past day, Russian forces carried out 418 attacks on 14 settlements of the Zaporizhzhia region, "
    "governor Ivan Fedorov said.",
    "The Sumy region recorded 97 shellings in the past day, hitting 23 communities.",
    "Over the day, Russian forces carried out 418 strikes on 14 settlements of the Kherson region.",
    "Belgorod officials counted 60 attacks across nine villages since midnight.",
    "Russian troops launched 612 strikes on 11 localities in the Zaporizhzhia region over the last 24 hours, "
    "the regional administration reported.",
    "In the last 24 hours the enemy made 38 artillery attacks on 7 towns and villages of the Donetsk region.",
    "Across 16 communities of the Kharkiv region, 121 bombardments were recorded during the day.",
    "The Dnipropetrovsk region saw 25 drone attacks on five settlements over the past day, the governor wrote.",
])
def test_a_days_attack_tally_across_localities_opens_no_record(text: str) -> None:
    assert _attacks(text) == []


@pytest.mark.parametrize("text, place", [
    ("Russia carried out two strikes on Nikopol on Tuesday, killing a man.", "Nikopol"),
    ("Over the past day, Russian drones carried out 12 attacks on Kherson, wounding four people.", "Kherson"),
    ("Artillery hit three villages of the Sumy region on Tuesday, damaging 14 houses.", "Sumy Oblast"),
])
def test_strikes_told_one_by_one_or_with_a_toll_stay(text: str, place: str) -> None:
    assert [a.locations[0].name for a in _attacks(text)] == [place]
