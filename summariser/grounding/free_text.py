"""Free text a model writes (`summary`, `damage`, `outcome`, `description`) is checked like any
value: each sentence or item must state only numbers the article states, name only places the
article names, and carry no words from a masked (injected or reader-comment) span. What fails is
dropped and listed; a summary left empty falls back to the article's first sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Iterable

from ..calendar_days import MONTHS
from ..numbers import find_numbers
from ..sentences import split_sentences
from .context import _context
from .derived import implied_values
from .enemy import enemy_named
from .listed_counts import listed_count  # "five states" where one sentence names five
from .names import canonical_actor, ground_place

# A run of this many words shared with a masked span means the text came from it.
INJECTED_RUN_WORDS = 4
EXTRACTIVE_CHARS = 400
_WORDS = re.compile(r"[\w'’]+")


@lru_cache(maxsize=64)
def _stated_numbers(text: str) -> frozenset[int]:
    ctx = _context(text)
    return frozenset({m.value for m in find_numbers(ctx.grounded)} | {x.m.value for x in ctx.mentions}) | implied_values(text)


@lru_cache(maxsize=64)
def _masked_runs(text: str) -> frozenset[tuple[str, ...]]:
    ctx = _context(text)
    runs = set()
    for a, b in ctx.blocked:
        words = [w.lower() for w in _WORDS.findall(text[a:b])]
        runs |= {tuple(words[i:i + INJECTED_RUN_WORDS]) for i in range(len(words) - INJECTED_RUN_WORDS + 1)}
    return frozenset(runs)


def problem(piece: str, text: str, days: Iterable[dt.date] = (), title: str = "") -> str | None:
    """Why `piece` of free text is not supported by the article text, or None when it is. `days`
    are the days the grounded records were dated to: a summary may write them as calendar dates;
    a place may be named by the article's `title` alone (r37: a city's alert log)."""
    stated = _stated_numbers(text)
    for m in find_numbers(piece):
        if m.value not in stated and not _is_year_in(m.text, text) and not listed_count(m, piece, text) \
                and not _day_of_month(m.start, m.end, m.value, piece, days):
            return f"the article never states {m.text!r}"
    for name in _places(piece):
        if not ground_place(name, text) and not ground_place(name, title) and not enemy_named(canonical_actor(name), text):
            return f"the article never names {name!r}"
    words = [w.lower() for w in _WORDS.findall(piece)]
    runs = _masked_runs(text)
    if any(tuple(words[i:i + INJECTED_RUN_WORDS]) in runs for i in range(len(words) - INJECTED_RUN_WORDS + 1)):
        return "repeats an injected or reader-comment passage"
    return None


# r35 (dev57 L1): a day the article tells by its own words ("the night into Friday two weeks
# ago", "on Monday") is a calendar date in a summary ("on the night of 4-5 June"): the day is
# implied, not invented, when a record was dated to it and the summary names its month beside it
_DAY_MONTH_GAP = re.compile(r"(?:\s*[-–/]\s*\d{1,2})?\s*(?:(?:st|nd|rd|th)\b)?\s*(?:of\s+)?(?P<mon>[A-Z][a-z]+)")
_MONTH_DAY_GAP = re.compile(r"(?P<mon>[A-Z][a-z]+)\.?\s+(?:\d{1,2}\s*[-–]\s*)?$")


def _day_of_month(start: int, end: int, value: int, piece: str, days: Iterable[dt.date]) -> bool:
    """Is the number a day of the month some record was dated to, told with that month's name?"""
    months = {d.month for d in days if d.day == value}
    if not months:
        return False
    after = _DAY_MONTH_GAP.match(piece, end)
    before = _MONTH_DAY_GAP.search(piece[max(0, start - 16):start])
    named = {MONTHS.get(m.group("mon").lower()) for m in (after, before) if m is not None}
    return bool(months & named)


def _is_year_in(number: str, text: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", number.strip())) and number.strip() in text


@lru_cache(maxsize=4096)
def _places(piece: str) -> tuple[str, ...]:
    """Names in the piece that the gazetteer knows as places (`knowledge.find_places`)."""
    from ..knowledge import find_places

    return tuple(m.text for m in find_places(piece))


def check(value: str, text: str, days: Iterable[dt.date] = (), title: str = "") -> tuple[str, list[tuple[str, str]]]:
    """(the supported sentences of `value`, [(dropped sentence, reason)]); `days`, `title` as in `problem`."""
    kept, dropped = [], []
    for s in split_sentences(value) or []:
        reason = problem(s.text, text, days, title)
        (dropped.append((s.text, reason)) if reason else kept.append(s.text))
    return " ".join(kept), dropped


def extractive_summary(text: str, limit: int = EXTRACTIVE_CHARS) -> str:
    """The article's first sentences outside masked spans, up to `limit` characters."""
    ctx = _context(text)
    out = ""
    for s in ctx.sentences:
        if any(s.start < b and a < s.end for a, b in ctx.blocked) or len(s.text.split()) < 4:
            continue
        if out and len(out) + len(s.text) > limit:
            break
        out = f"{out} {s.text}".strip()
    return out[:limit]
