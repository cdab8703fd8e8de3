"""Round 14 date forms, on both paths (`dates.resolve`, read by the rules, and grounding's
`resolve_when`): "overnight on <weekday>" is the night ending on it; "last <Month>" is the latest
month of that name before the publication's month; a weekday printed beside a day and month only
confirms them, however long ago ("on Friday, 30 October" a month back stays 30 October).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import attacks_of
from summariser.dates import resolve
from summariser.grounding.complete import resolve_when
from summariser.records import DatePrecision

D = dt.date


def _both(words: str, published: dt.date) -> list[tuple[dt.date | None, dt.date | None, DatePrecision]]:
    return [(r.start, r.end, r.precision) for r in (resolve(words, published), resolve_when(words, published))]


# ---------------------------------------------------------------- overnight on a weekday (Thu 10 Sep 2026)
@pytest.mark.parametrize(("words", "start", "end"), [
    ("overnight on Tuesday", D(2026, 9, 7), D(2026, 9, 8)),
    ("Overnight on Sunday", D(2026, 9, 5), D(2026, 9, 6)),
    ("in an overnight attack on Saturday", D(2026, 9, 4), D(2026, 9, 5)),
    ("during an overnight drone attack on Wednesday", D(2026, 9, 8), D(2026, 9, 9)),
    ("in massive overnight strikes on Monday", D(2026, 9, 6), D(2026, 9, 7)),
    ("overnight missile barrage on Thursday", D(2026, 9, 9), D(2026, 9, 10)),
])
def test_overnight_on_weekday_is_the_night_ending_on_it(words: str, start: dt.date, end: dt.date) -> None:
    assert _both(words, D(2026, 9, 10)) == [(start, end, DatePrecision.range)] * 2


@pytest.mark.parametrize(("words", "start", "end", "precision"), [
    ("on Sunday", D(2026, 9, 6), D(2026, 9, 6), DatePrecision.day),
    ("on Sunday night", D(2026, 9, 6), D(2026, 9, 7), DatePrecision.range),
    ("overnight into Sunday", D(2026, 9, 5), D(2026, 9, 6), DatePrecision.range),
])
def test_other_weekday_forms_unchanged(words: str, start: dt.date, end: dt.date, precision: DatePrecision) -> None:
    assert _both(words, D(2026, 9, 10)) == [(start, end, precision)] * 2


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Russian drones struck Chernihiv overnight on Tuesday, wounding five people, the mayor said.",
     D(2026, 9, 7), D(2026, 9, 8)),
    ("Russian drones killed two people in Zaporizhzhia in an overnight attack on Saturday, the governor said.",
     D(2026, 9, 4), D(2026, 9, 5)),
])
def test_rules_overnight_on_weekday_in_a_sentence(text: str, start: dt.date, end: dt.date) -> None:
    [a] = attacks_of(text, "2026-09-10")
    assert a.date is not None and (a.date.start, a.date.end) == (start, end)


# ---------------------------------------------------------------- last <Month> (Thu 12 Nov 2026), grounding
@pytest.mark.parametrize(("words", "year", "month"), [
    ("Last November", 2025, 11),
    ("last November", 2025, 11),
    ("last March", 2026, 3),
    ("in last October", 2025, 10),  # published the month after: the year before (CODEBOOK 11, ruling of 3 Dec 2026)
    ("last Dec.", 2025, 12),
    ("during last August", 2026, 8),
])
def test_last_month_name(words: str, year: int, month: int) -> None:
    got = resolve_when(words, D(2026, 11, 12))
    assert (got.start, got.precision) == (D(year, month, 1), DatePrecision.month)


@pytest.mark.parametrize(("words", "start"), [
    ("last month", D(2026, 10, 1)),
    ("in November", D(2026, 11, 1)),
    ("late last year", D(2025, 1, 1)),
])
def test_near_month_forms_unchanged(words: str, start: dt.date) -> None:
    assert [g[0] for g in _both(words, D(2026, 11, 12))] == [start, start]


def test_since_last_month_name_is_no_month() -> None:
    assert resolve_when("since last November", D(2026, 11, 12)).precision is not DatePrecision.month


def test_rules_read_last_month_name_as_grounding_does() -> None:
    # r20: the shared reader reads it (CODEBOOK 11, ruling of 3 December 2026): published in the month named
    assert resolve("last November", D(2026, 11, 12)).start == D(2025, 11, 1)


def test_may_as_a_verb_is_no_month() -> None:
    assert resolve("the last may come", D(2026, 11, 12)).start is None


# ---------------------------------------------------------------- a weekday beside its date
@pytest.mark.parametrize(("words", "published", "day"), [
    ("on Friday, 30 October", D(2026, 11, 12), D(2026, 10, 30)),
    ("on Friday, 30 October", D(2026, 12, 1), D(2026, 10, 30)),
    ("on Monday, 2 March", D(2026, 3, 20), D(2026, 3, 2)),
    ("Tuesday 14 April", D(2026, 4, 30), D(2026, 4, 14)),
    ("Sunday, April 12, 2026", D(2026, 5, 30), D(2026, 4, 12)),
    ("on Wednesday, the 7th of January", D(2026, 2, 2), D(2026, 1, 7)),
    ("Saturday, Feb. 14", D(2026, 3, 1), D(2026, 2, 14)),
])
def test_weekday_beside_a_date_keeps_the_printed_day(words: str, published: dt.date, day: dt.date) -> None:
    assert _both(words, published) == [(day, day, DatePrecision.day)] * 2


@pytest.mark.parametrize(("words", "published", "day"), [
    ("on Friday", D(2026, 11, 12), D(2026, 11, 6)),
    ("30 October", D(2026, 11, 12), D(2026, 10, 30)),
    ("on Friday, 30 drones", D(2026, 11, 12), D(2026, 11, 6)),
])
def test_weekday_or_date_alone_unchanged(words: str, published: dt.date, day: dt.date) -> None:
    assert resolve(words, published).start == day


def test_rules_weekday_with_date_far_back() -> None:
    text = "On Friday, 30 October, a missile hit a school in Sumy, killing two teachers, officials said."
    [a] = attacks_of(text, "2026-12-01")
    assert a.date is not None and (a.date.start, a.date.end) == (D(2026, 10, 30), D(2026, 10, 30))
