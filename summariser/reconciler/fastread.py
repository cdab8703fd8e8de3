"""Matcher features straight from an extraction JSONL line, without building pydantic records.

Pass 1 of an archive run needs a dozen fields per record, and validating the whole Extraction
costs several times reading them. So the line is read by pydantic-core into plain dicts in
canonical form (`shape.py`: strict types, defaults filled in, in Rust) and the features are
computed from those. A line with any value not in the form `summarise extract` writes (a
float count, a timestamp, a date range that ends before it starts) raises `Unusual`, and
the caller validates that line with pydantic instead, so the features are always those
`items.features` computes from the validated records (`tests/test_reconcile_scale.py` holds
the two to the same values). Every line is still validated in full beside the run
(`validate.py`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from .recs import Rec, make_attack_rec, make_diplomacy_rec
from .shape import Unusual, shaped

__all__ = ["Unusual", "line_features"]

_day = dt.date.fromisoformat


def _span(date: Optional[dict[str, Any]]) -> tuple[Optional[dt.date], Optional[dt.date], bool]:
    if date is None:
        return None, None, False
    start, end = date["start"], date["end"]
    first, last = (_day(start) if start else None), (_day(end) if end else None)
    if first and last and last < first:
        raise Unusual  # DateSpan rejects it: pydantic names the line
    return first, last, date["precision"] == "range"


def _attack(rec: dict[str, Any], art: int, published: Optional[dt.date]) -> Rec:
    start, end, night = _span(rec["date"])
    weapons = rec["weapons"]
    launched = sum(w["launched"]["value"] for w in weapons if w["launched"]) if weapons else 0
    killed, injured = rec["killed"], rec["injured"]
    return make_attack_rec(-1, art, start=start, end=end, published=published, attacker=rec["attacker"],
                           kind=rec["kind"], locations=[(loc["name"], loc["admin1"], loc["country"], loc["level"])
                                                        for loc in rec["locations"]],
                           weapons=[w["type"] for w in weapons], killed=killed["value"] if killed else None,
                           injured=injured["value"] if injured else None, launched=launched or None, night=night)


def _diplomacy(rec: dict[str, Any], art: int, published: Optional[dt.date]) -> Rec:
    start, end, _ = _span(rec["date"])
    place = rec["location"]
    return make_diplomacy_rec(-1, art, start=start, end=end, published=published, participants=rec["participants"],
                              kind=rec["kind"], place=place["name"] if place is not None else None)


def line_features(raw: bytes, arts: dict[str, int]) -> tuple[str, list[tuple[str, int, Rec]]]:
    """(article id, [(kind, index, features)]) of one line; raises Unusual when pydantic must read it."""
    doc = shaped(raw)
    article = doc["article"]
    aid = article["id"]
    try:
        published = _day(article["published"]) if article["published"] else None
        art = arts.setdefault(aid, len(arts))
        out = [("attack", i, _attack(r, art, published)) for i, r in enumerate(doc["attacks"])]
        out += [("diplomacy", i, _diplomacy(r, art, published)) for i, r in enumerate(doc["diplomacy"])]
    except ValueError as exc:  # a well-formed but impossible date (2025-02-30)
        raise Unusual from exc
    return aid, out
