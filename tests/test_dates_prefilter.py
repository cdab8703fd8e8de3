"""`find_dates` skips the patterns that need a weekday, a month name or a digit when the span has
none: it must find exactly what running every pattern finds (the reference below), on phrases
of every kind, on words glued to month names, and on many random phrases built from the pieces
date expressions are made of."""

from __future__ import annotations

import datetime as dt
import random

import pytest

import summariser.date_patterns as date_patterns
import summariser.dates as dates

PUBLISHED = dt.date(2026, 4, 15)

# fresh phrases, one or more per kind of pattern, and near misses
PHRASES = [
    "Drones hit the port overnight into Thursday, officials said.",
    "Shelling went on between Monday and Tuesday in the district.",
    "On the night from Saturday to Sunday the city lost power.",
    "On the night of 3 to 4 February two depots burned.",
    "During the night of Mar. 9-10, 2025 the bridge was struck.",
    "Explosions were heard overnight on Oct. 2 to 3 near the plant.",
    "A strike came overnight of 12-13 November, the mayor said.",
    "Air raid alerts sounded the night to 21 June across the region.",
    "Late on Friday night a missile hit a school.",
    "In the early hours of Wednesday morning the grid failed.",
    "Attacks from 30 November to 2 December killed six people.",
    "Talks ran Jan. 30-Feb. 1 in the capital.",
    "Fighting on Aug 14 and 15, the army reported, was heavy.",
    "Repairs lasted 7 and 8 of September.",
    "The decree of 05.03.2026 and the order of 2026-03-07 were cited.",
    "On the 9th, a convoy was hit; on the 3rd floor nobody was hurt.",
    "The summit is set for May 20, 2026, in the city.",
    "In March 2025 and in March last year the plant was hit.",
    "Two days earlier, a strike hit the station; the previous night was calm.",
    "Over the past 24 hours, the day before yesterday and today, at 14:30 and around 9 p.m.",
    "Later this week, earlier this month and last year the ministry said in 2024.",
    "The mayor may visit; a separate Marchers' rally and Mayday parade; Mondays are quiet.",
    "The agreement signed Marto 3 and in Sept. and Decembers past.",
    "Officials met on Thursday evening after a strike on Sunday, said Monday.",
    "A drone hit the depot on 14 April, the governor said.",
    "No date words at all here, only a convoy and 40 trucks.",
    "Yesterday the depot burned again, as it had earlier in the week.",
    "Losses grew last week and this week; later in the month and last month the toll was revised.",
    "A second round is due later this year, a few weeks after the first.",
    "Tonight the sirens sounded; in the evening the mayor spoke; three days ago it was quiet.",
    "The weekday market and the monthly fair reopened; Daybreak Street and the Hoursley estate were calm.",
    "Last October the mill burned; overnight on Friday and on Friday, 3 April, and Sunday, Jan. 4, it burned again.",
    "The last may come in an overnight drone attack on Sunday, in last Dec. or last week.",
    "A delegation is expected during the third week of May; the last week of Jan. 2025 was quiet.",
]

PIECES = ["on", "the", "night", "of", "week", "first", "overnight", "into", "to", "between", "and", "from", "-", "–", "/", ",", ".",
          "in", "early", "late", "last", "this", "next", "mid-", "morning", "evening", "hours", "Monday", "friday",
          "Sunday", "May", "may", "March", "mar", "Sept", "sep", "Dec.", "December", "June", "3", "03", "21st", "30",
          "2025", "1999", "12:30", "ago", "days", "week", "month", "year", "yesterday", "today", "previous", "Mayor",
          "Marchers", "separately", "Mondays", "tonight", "weeks", "afternoon", "past", "later", "earlier",
          "before", "a", "few", "24", "9", "p.m.", "Weekday", "monthly", "yearly", "Daybreak", "nightly"]


def every_pattern(text: str, start: int, end: int) -> list[dates.DateMention]:
    """`find_dates` with no pattern skipped: the reference."""
    saved = date_patterns.NEEDS
    date_patterns.NEEDS = [() for _ in saved]
    try:  # past the memo: it would answer with what find_dates found for the same span
        return list(dates._dates_in.__wrapped__(text, start, end, PUBLISHED))
    finally:
        date_patterns.NEEDS = saved


def random_phrases(n: int) -> list[str]:
    rng = random.Random(1504)
    joiners = [" ", " ", " ", "", ", "]
    return ["".join(rng.choice(PIECES) + rng.choice(joiners) for _ in range(rng.randint(2, 9))) for _ in range(n)]


@pytest.mark.parametrize("text", PHRASES)
def test_the_same_mentions_as_every_pattern(text: str) -> None:
    assert dates.find_dates(text, 0, len(text), PUBLISHED) == every_pattern(text, 0, len(text))


def test_the_phrases_exercise_every_kind_that_is_skipped() -> None:
    found = {m.kind for text in PHRASES for m in dates.find_dates(text, 0, len(text), PUBLISHED)}
    skippable = {kind for (kind, _), needs in zip(date_patterns.PATTERNS, date_patterns.NEEDS) if needs}
    assert skippable <= found


def test_random_phrases_and_inner_spans_give_the_same_mentions() -> None:
    phrases = random_phrases(3000)
    for text in phrases:
        assert dates.find_dates(text, 0, len(text), PUBLISHED) == every_pattern(text, 0, len(text)), text
    joined = " ".join(phrases[:300])
    for start in range(0, len(joined) - 60, 37):  # spans that cut words: boundaries at pos and endpos
        assert dates.find_dates(joined, start, start + 60, PUBLISHED) == every_pattern(joined, start, start + 60)


def test_some_spans_are_skipped() -> None:
    text = "A convoy of trucks reached the town."
    present = {need: rx.search(text) is not None for need, rx in date_patterns.PRESENT.items()}
    assert not any(present.values())
