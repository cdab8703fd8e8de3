"""Holidays as days: the one table of `data/holidays.yaml`, read by the date reader (`date_patterns`
and `dates`, for the rules and grounding alike: "on Christmas Day", "a Christmas Day salvo", "the
Easter Sunday strike") and by grounding's reading of a model's date words (`grounding/spoken.py`).
Fixed holidays by month and day; Easter and the days counted from it by the western (Gregorian)
or the Orthodox (Julian) computus."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from ._data import load


def _table() -> dict[str, Any]:
    table: dict[str, Any] = load("holidays.yaml")
    return table


def names() -> list[str]:
    """Every holiday's name, lower case, longest first."""
    return sorted([*_table()["fixed"], *_table()["movable"]], key=len, reverse=True)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]?") for h in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def pattern() -> str:
    """Every holiday's name as a regex alternation (any case is the caller's flag)."""
    return _alternation(names())


@lru_cache(maxsize=1)
def day_pattern() -> str:
    """The names that are a day wherever they stand ("Christmas Day", "Easter Sunday"), not those that
    also name a season ("Christmas", "Easter": `period` in the table)."""
    periods = set(_table()["period"])
    return _alternation([n for n in names() if n not in periods])


def _key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


def easter(year: int, church: str = "western") -> dt.date:
    """Easter Sunday of `year`: the Gregorian computus (western), or the Julian one moved to the
    Gregorian calendar (orthodox)."""
    if church == "orthodox":
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return dt.date(year, month, day + 1) + dt.timedelta(days=13)  # Julian to Gregorian (1900-2099)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def in_year(name: str, year: int) -> dt.date | None:
    """The day a holiday falls on in `year`, or None when the name is no holiday."""
    key = _key(name)
    if (fixed := _table()["fixed"].get(key)) is not None:
        return dt.date(year, int(fixed[0]), int(fixed[1]))
    if (movable := _table()["movable"].get(key)) is not None:
        return easter(year, str(movable[0])) + dt.timedelta(days=int(movable[1]))
    return None


def holiday_day(name: str, published: dt.date, *, ahead: bool = False) -> dt.date | None:
    """The holiday's most recent day on or before publication, or (`ahead`) the coming one on or
    after it; None when the name is no holiday."""
    day = in_year(name, published.year)
    if day is None:
        return None
    if ahead and day < published:
        return in_year(name, published.year + 1)
    if not ahead and day > published:
        return in_year(name, published.year - 1)
    return day
