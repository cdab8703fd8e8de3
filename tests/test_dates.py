"""Date expressions resolved against the publication date (and kept as words without one)."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.dates import find_date, find_dates, resolve
from summariser.records import DatePrecision

FRIDAY = dt.date(2025, 7, 4)  # a Friday


@pytest.mark.parametrize("phrase, start, end, precision", [
    ("overnight into Friday", dt.date(2025, 7, 3), dt.date(2025, 7, 4), DatePrecision.range),
    ("the night to Tuesday", dt.date(2025, 6, 30), dt.date(2025, 7, 1), DatePrecision.range),
    ("between Wednesday and Thursday", dt.date(2025, 7, 2), dt.date(2025, 7, 3), DatePrecision.range),
    ("on Tuesday", dt.date(2025, 7, 1), dt.date(2025, 7, 1), DatePrecision.day),
    ("Wednesday", dt.date(2025, 7, 2), dt.date(2025, 7, 2), DatePrecision.day),
    ("Friday", FRIDAY, FRIDAY, DatePrecision.day),  # on the day itself
    ("Saturday", dt.date(2025, 6, 28), dt.date(2025, 6, 28), DatePrecision.day),  # never after publication
    ("in the early hours of Wednesday", dt.date(2025, 7, 2), dt.date(2025, 7, 2), DatePrecision.day),
    ("overnight", dt.date(2025, 7, 3), FRIDAY, DatePrecision.range),
    ("last night", dt.date(2025, 7, 3), FRIDAY, DatePrecision.range),
    ("the previous night", dt.date(2025, 7, 2), dt.date(2025, 7, 3), DatePrecision.range),
    ("yesterday", dt.date(2025, 7, 3), dt.date(2025, 7, 3), DatePrecision.day),
    ("earlier in the week", dt.date(2025, 6, 30), dt.date(2025, 7, 3), DatePrecision.week),
    ("June 10", dt.date(2025, 6, 10), dt.date(2025, 6, 10), DatePrecision.day),
    ("10 June 2024", dt.date(2024, 6, 10), dt.date(2024, 6, 10), DatePrecision.day),
    ("December 30", dt.date(2024, 12, 30), dt.date(2024, 12, 30), DatePrecision.day),  # last year's
    ("in March", dt.date(2025, 3, 1), dt.date(2025, 3, 31), DatePrecision.month),
    ("February 2022", dt.date(2022, 2, 1), dt.date(2022, 2, 28), DatePrecision.month),
])
def test_resolve(phrase, start, end, precision):
    span = resolve(phrase, FRIDAY)
    assert (span.start, span.end, span.precision) == (start, end, precision)
    assert span.text == phrase


@pytest.mark.parametrize("phrase", ["overnight into Friday", "on Tuesday", "last night", "yesterday",
                                    "earlier in the week", "June 10"])
def test_without_publication_date_words_are_kept(phrase):
    span = resolve(phrase, None)
    assert span.start is None and span.end is None
    assert span.text == phrase
    assert span.precision is DatePrecision.unknown


def test_explicit_year_resolves_without_publication():
    assert resolve("10 June 2025", None).start == dt.date(2025, 6, 10)


def test_unrecognised_phrase_keeps_words():
    span = resolve("at some point", FRIDAY)
    assert span.start is None and span.text == "at some point"


def test_vague_past_is_not_resolved():
    span = resolve("just days after", FRIDAY)
    assert span.start is None and span.text == "just days after"


def test_may_is_a_month_only_when_capitalised():
    assert find_date("Drones may strike again.", published=FRIDAY) is None
    assert find_date("It happened in May.", published=FRIDAY).start == dt.date(2025, 5, 1)


def test_report_day_is_a_fallback():
    text = "Drones hit the city on Tuesday, the governor said on Friday."
    assert find_date(text, 0, len(text), FRIDAY).start == dt.date(2025, 7, 1)
    roles = {d.span.text: d.role for d in find_dates(text, 0, len(text), FRIDAY)}
    assert roles["on Tuesday"] == "event" and roles["on Friday"] == "report"


def test_overnight_with_report_day_is_that_night():
    text = "Drones struck Kharkiv overnight, officials said Wednesday."
    span = find_date(text, 0, len(text), dt.date(2025, 6, 11))
    assert (span.start, span.end) == (dt.date(2025, 6, 10), dt.date(2025, 6, 11))
    assert text[text.index(span.text[:9]):].startswith(span.text)


def test_find_date_window():
    text = "Earlier: on Monday talks. Later: overnight into Friday drones."
    cut = text.index("Later")
    span = find_date(text, cut, len(text), FRIDAY)
    assert span.text == "overnight into Friday"



# The shared reader reads a date without its year as the last one on or before publication (an
# attack is reported after it happens); a coming diplomatic event is turned ahead by the rules'
# diplomacy dates (tests/test_rules_diplomacy_r9_classes.py) and grounding's `looking_ahead`.
@pytest.mark.parametrize("sentence, published, start", [
    ("A drone hit the depot on March 5, the governor recalled.", dt.date(2026, 11, 20), dt.date(2026, 3, 5)),
    ("The strike of December 28 killed four.", dt.date(2027, 1, 5), dt.date(2026, 12, 28)),
    ("Shelling on December 2 wounded two.", dt.date(2026, 11, 20), dt.date(2025, 12, 2)),
])
def test_a_date_without_its_year_is_the_last_one_before_publication(sentence, published, start):
    [found] = find_dates(sentence, published=published)
    assert found.span.start == start
