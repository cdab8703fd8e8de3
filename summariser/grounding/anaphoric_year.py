"""A year told by an anaphor is the year named just before it, never the publication year:

    "... hit many times since 2023; in August of that year a Kalibr destroyed a shed." -> 2023-08
    "The bridge was first damaged in 2022. Later that year, a second strike closed it." -> 2022
    "... after its liberation in 2022, and in December of the same year ..."           -> 2022-12
    "... in 2023. That year's first strike came in January."                            -> 2023-01
    "... in 2022. That summer, the port was shelled."                                   -> 2022-06..08
    "... in 2022. The following year, the depot was hit again."                         -> 2023

Every word order of the same anaphor is read: "<month> of that year", "that <month>", "that
year's <month>", "later/earlier that year", "(that) same year", "the following/next year" (+1),
"the year before / the previous year" (-1). The antecedent is the last explicit year (four
digits) in the words' own sentence before them or in the sentence before; with none, the words
resolve to no date (unknown), never to the publication year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from importlib import resources

from ..records import DatePrecision, DateSpan

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_SAME = r"(?:that|the\s+same|that\s+same|this\s+same)"
# the year offset each anaphor names
_ANAPHORS = (
    (re.compile(rf"\b{_SAME}\s+year\b|\b(?:that|that\s+same)\s+(?:{_MONTH}|(?P<season>spring|summer|autumn|fall|winter))\b",
                re.I), 0),
    (re.compile(r"\bthe\s+(?:following|next|subsequent)\s+year\b|\ba\s+year\s+later\b", re.I), 1),
    (re.compile(r"\bthe\s+(?:previous|preceding|prior)\s+year\b|\bthe\s+year\s+before\b|\ba\s+year\s+earlier\b", re.I), -1),
)
_MONTH_ANYWHERE = re.compile(rf"\b{_MONTH}(?!\w)", re.I)
_SEASON_ANYWHERE = re.compile(r"\b(?P<season>spring|summer|autumn|fall|winter)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a sentence end: where the antecedent's reach stops (the sentence before the words' own)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+|\n")


def anaphoric_when(words: str, text: str, around: tuple[int, int] | None) -> DateSpan | None:
    """The date `words` name through an anaphoric year, resolved on the antecedent year before
    `around`; DateSpan(unknown) when the words hold such an anaphor and no year comes before;
    None when the words hold no anaphoric year."""
    offset = next((k for pattern, k in _ANAPHORS if pattern.search(words)), None)
    if offset is None:
        return None
    year = _antecedent(text, around[0]) if text and around is not None else None
    if year is None:
        return DateSpan(text=words)
    year += offset
    if (m := _MONTH_ANYWHERE.search(words)) is not None:
        month = _MONTHS[m.group("month").lower()]
        last = calendar.monthrange(year, month)[1]
        return DateSpan(start=dt.date(year, month, 1), end=dt.date(year, month, last), text=words,
                        precision=DatePrecision.month)
    if (s := _SEASON_ANYWHERE.search(words)) is not None:
        return _season(year, s.group("season").lower(), words)
    return DateSpan(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), text=words, precision=DatePrecision.year)


def _antecedent(text: str, at: int) -> int | None:
    """The last four-digit year before `at`, in its sentence or the sentence before."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    lo = ends[-2] if len(ends) >= 2 else 0
    years = _YEAR.findall(text, lo, at)
    return int(years[-1]) if years else None


def _season(year: int, season: str, words: str) -> DateSpan:
    first = _season_starts()[season]
    start = dt.date(year, first, 1)
    last_month = (first + 1) % 12 + 1
    end_year = year + 1 if last_month < first else year
    end = dt.date(end_year, last_month, calendar.monthrange(end_year, last_month)[1])
    return DateSpan(start=start, end=end, text=words, precision=DatePrecision.range)


def _season_starts() -> dict[str, int]:
    text = (resources.files(__package__) / "data" / "seasons.yaml").read_text(encoding="utf-8")
    return {k.strip(): int(v) for k, v in (line.split(":", 1) for line in text.splitlines()
                                            if line.strip() and not line.startswith("#"))}
