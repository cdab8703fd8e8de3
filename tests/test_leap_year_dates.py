"""A month or day told without a year and turned a year on must not fail on 29 February: a plan for
"February" written late in a leap year is next February, which ends on the 28th."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.articles import make_article
from summariser.backends.rules import RulesBackend


@pytest.mark.parametrize("text", [
    "Ankara and Kyiv will hold a new round of talks in February, the two foreign ministers said.",
    "The defence ministers are to meet in Brussels in February, an official in Warsaw said.",
    "Poland's president will travel to Vilnius in February for talks with his Lithuanian counterpart.",
])
def test_a_plan_for_february_told_in_a_leap_year(text: str) -> None:
    records = RulesBackend(None).extract(make_article(text, published="2024-12-17")).diplomacy
    dated = [r.date for r in records if r.date is not None and r.date.start is not None]
    assert dated, records
    for d in dated:
        assert d.start == dt.date(2025, 2, 1) and d.end == dt.date(2025, 2, 28)
