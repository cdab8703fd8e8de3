"""What the rules backend codes as diplomacy in one probe text (shared by the diplomacy probe tests)."""

from __future__ import annotations

import datetime as dt

from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Diplomacy


def diplomacy_of(text: str, published: str = "2026-03-02") -> list[Diplomacy]:
    return RulesBackend(None).extract(make_article(text, published=published)).diplomacy


def one_record(text: str, published: str = "2026-03-02") -> Diplomacy:
    recs = diplomacy_of(text, published)
    assert len(recs) == 1, [(r.kind, r.participants, r.status) for r in recs]
    return recs[0]


def start_day(rec: Diplomacy) -> dt.date | None:
    """The first day of a record's date, or None when it has none."""
    return rec.date.start if rec.date else None
