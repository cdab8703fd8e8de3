"""What the rules backend codes as diplomacy in one probe text (shared by the diplomacy probe tests)."""

from __future__ import annotations

import datetime as dt

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Diplomacy, DiplomacyKind


def diplomacy_of(text: str, published: str = "2026-03-02", *, grounded: bool = False) -> list[Diplomacy]:
    """The rules' diplomacy records of one article; `grounded` keeps only what grounding keeps, as the
    pipeline does."""
    article = make_article(text, published=published)
    result = RulesBackend(None).extract(article)
    return (grounding.enforce(result, article) if grounded else result).diplomacy


def one_record(text: str, published: str = "2026-03-02") -> Diplomacy:
    recs = diplomacy_of(text, published)
    assert len(recs) == 1, [(r.kind, r.participants, r.status) for r in recs]
    return recs[0]


def start_day(rec: Diplomacy) -> dt.date | None:
    """The first day of a record's date, or None when it has none."""
    return rec.date.start if rec.date else None


# The rounds' probes are published on Wednesday 4 March 2026: "on Tuesday" gone by is 3 March,
# ahead it is 10 March.
WEDNESDAY = "2026-03-04"


def wednesday_records(text: str) -> list[Diplomacy]:
    return diplomacy_of(text, published=WEDNESDAY)


def wednesday_record(text: str) -> Diplomacy:
    return one_record(text, WEDNESDAY)


def day_2026(month: int, day: int) -> dt.date:
    return dt.date(2026, month, day)


def record_summaries(text: str, published: str) -> list[tuple]:
    """(kind, status, sorted participants, start day) of each grounded diplomacy record."""
    return [(d.kind, d.status, sorted(d.participants), d.date.start if d.date else None)
            for d in diplomacy_of(text, published, grounded=True)]


def records_of_kind(text: str, kind: DiplomacyKind, published: str) -> list[Diplomacy]:
    """The grounded diplomacy records of one kind."""
    return [r for r in diplomacy_of(text, published, grounded=True) if r.kind is kind]
