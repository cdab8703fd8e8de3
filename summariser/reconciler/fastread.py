"""Matcher features straight from an extraction JSONL line, without building pydantic records.

Pass 1 of an archive run needs a dozen fields per record, and building pydantic models costs
several times reading them. So the line is read by pydantic-core into plain dicts in canonical
form (`strict.py`: every field of the line checked with the models' rules, strict types,
defaults filled in, in Rust) and the features are computed from those; that read is also the
line's full validation. A line with any value not in the form `summarise extract` writes (a
float count, a timestamp, a date range that ends before it starts, an impossible date), or
one a model's check rejects, raises `Unusual`, and the caller validates that line with
pydantic instead (which reads it or names it), so the features are always those
`items.features` computes from the validated records (`tests/test_reconcile_scale.py` holds
the two to the same values).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from .recs import WEAPON_BITS, Rec, RecRow, attack_row, diplomacy_row, rec_from
from .shape import Unusual
from .strict import whole

__all__ = ["Unusual", "line_features", "line_feature_rows"]

_day = dt.date.fromisoformat
_ORDINALS: dict[str, int] = {}


def _ordinal(day: str) -> int:
    """The day ordinal of an ISO date, once per distinct date (raises ValueError for 2025-02-30)."""
    found = _ORDINALS.get(day)
    if found is None:
        if len(_ORDINALS) > 100_000:  # bounded: distinct dates only, but never a leak
            _ORDINALS.clear()
        found = _ORDINALS[day] = _day(day).toordinal()
    return found


def _span(date: Optional[dict[str, Any]]) -> tuple[Optional[int], Optional[int], bool]:
    """(first, last, overnight?) as `recs._span` gives them: one end stands for both."""
    if date is None:
        return None, None, False
    start, end = date["start"], date["end"]
    first, last = (_ordinal(start) if start else None), (_ordinal(end) if end else None)
    if first and last and last < first:
        raise Unusual  # DateSpan rejects it: pydantic names the line
    return first or last, last or first, date["precision"] == "range"


def _attack(rec: dict[str, Any], published: int) -> RecRow:
    start, end, night = _span(rec["date"])
    launched, mask = 0, 0
    for w in rec["weapons"]:  # one walk: the launches' total and the classes' bit mask
        if w["launched"]:
            launched += w["launched"]["value"]
        mask |= WEAPON_BITS.get(w["type"], 0)
    killed, injured = rec["killed"], rec["injured"]
    return attack_row(start, end, published,
                      tuple([(loc["name"], loc["admin1"], loc["country"], loc["level"]) for loc in rec["locations"]]),
                      rec["attacker"], rec["kind"], mask, killed["value"] if killed else None,
                      injured["value"] if injured else None, launched or None, night)


def _diplomacy(rec: dict[str, Any], published: int) -> RecRow:
    start, end, _ = _span(rec["date"])
    place = rec["location"]
    return diplomacy_row(start, end, published, tuple(rec["participants"]), rec["kind"],
                         place["name"] if place is not None else None)


def line_features(raw: bytes, arts: dict[str, int]) -> tuple[str, list[tuple[str, int, Rec]]]:
    """(article id, [(kind, index, features)]) of one valid line; raises Unusual when pydantic
    must read it. Every date of the line goes through `_ordinal` (the calendar check `whole`
    leaves to it)."""
    aid, found = line_feature_rows(raw)
    art = arts.setdefault(aid, len(arts))
    return aid, [(kind, i, rec_from(art, row)) for kind, i, row in found]


def line_feature_rows(raw: bytes) -> tuple[str, list[tuple[str, int, RecRow]]]:
    """`line_features` as the plain tuples `recs.rec_row` gives, without making the objects:
    what the first pass's helper sends (the receiving process numbers the articles)."""
    doc = whole(raw)
    article = doc["article"]
    try:
        published = _ordinal(article["published"]) if article["published"] else 0
        out = [("attack", i, _attack(r, published)) for i, r in enumerate(doc["attacks"])]
        out += [("diplomacy", i, _diplomacy(r, published)) for i, r in enumerate(doc["diplomacy"])]
    except ValueError as exc:  # a well-formed but impossible date (2025-02-30)
        raise Unusual from exc
    return article["id"], out
