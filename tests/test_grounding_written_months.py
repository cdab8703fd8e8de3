"""A month a model writes as a calendar month ("May 2027", "2027-05") where the article says "in
May": the article's own month, kept; another month, or a day more precise than the month the
article gives, is refused. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft

TEXT = ("The defence ministers of Latvia and Ukraine agreed to hold a second round of talks on drone "
        "production in Riga in September, the Latvian ministry said on Thursday.")


def _date(when: str):
    draft = ArticleDraft.model_validate({"diplomacy": [{
        "kind": "talks", "participants": ["Latvia", "Ukraine"], "status": "planned", "when": when,
        "evidence": [TEXT]}]})
    got = draft_to_records(draft, TEXT, published=dt.date(2027, 7, 9))
    return got.diplomacy[0].date, [r.field for r in got.rejected]


@pytest.mark.parametrize("when", ["September 2027", "2027-09", "Sept 2027", "in September"])
def test_the_articles_month_written_as_a_calendar_month_is_kept(when):
    date, rejected = _date(when)
    assert (date.start, date.end) == (dt.date(2027, 9, 1), dt.date(2027, 9, 30)) and not rejected


@pytest.mark.parametrize("when", ["October 2027", "2027-10", "2027-09-15", "2026-09", "2027-13"])
def test_another_month_or_a_day_inside_it_is_refused(when):
    date, rejected = _date(when)
    assert date is None and "diplomacy[0].when" in rejected


@pytest.mark.parametrize("when,start", [("overnight Wednesday into Thursday", dt.date(2027, 7, 7)),
                                        ("Wednesday-Thursday night", dt.date(2027, 7, 7))])
def test_a_night_told_by_its_two_weekdays_is_that_night(when, start):
    from summariser.grounding.calendar import written_date

    got = written_date(when, dt.date(2027, 7, 9))
    assert (got.start, got.end) == (start, start + dt.timedelta(days=1))


def test_two_weekdays_not_in_a_row_are_no_night():
    from summariser.grounding.calendar import written_date

    got = written_date("Wednesday into Friday", dt.date(2027, 7, 9))
    assert got is None or got.start == got.end
