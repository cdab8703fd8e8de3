"""Matcher features straight from an extraction JSONL line, without building pydantic records.

Pass 1 of an archive run needs a dozen fields per record, and validating the whole Extraction
costs about nine times parsing its JSON. So the line is parsed as plain JSON and the features
are read from it when every value used is in the form `summarise extract` writes (ISO dates,
non-negative integer counts, strings, the models' defaults for missing fields). Anything else
raises `Unusual`, and the caller validates that line with pydantic instead, so the features
are always those `items.features` computes from the validated records
(`tests/test_reconcile_scale.py` holds the two to the same values). Every line is still
validated in full by the second pass, which builds the events.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Optional

from pydantic_core import from_json

from .recs import Rec, make_attack_rec, make_diplomacy_rec

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


class Unusual(Exception):
    """A value not in the form `summarise extract` writes: let pydantic read the line."""


def _date(value: Any) -> Optional[dt.date]:
    if value is None:
        return None
    if type(value) is str and _DAY.match(value):
        return dt.date.fromisoformat(value)
    raise Unusual


def _text(value: Any) -> Optional[str]:
    if value is None or type(value) is str:
        return value
    raise Unusual


def _name(value: Any) -> str:
    if type(value) is str:
        return value
    raise Unusual


def _count(value: Any) -> Optional[int]:
    if value is None:
        return None
    n = value["value"]
    if type(n) is int and n >= 0:
        return n
    raise Unusual


def _list(value: Any) -> list[Any]:
    if type(value) is list:
        return value
    raise Unusual


def _span(rec: dict[str, Any]) -> tuple[Optional[dt.date], Optional[dt.date], bool]:
    date = rec.get("date")
    if date is None:
        return None, None, False
    start, end = _date(date.get("start")), _date(date.get("end"))
    if start and end and end < start:
        raise Unusual
    return start, end, _name(date.get("precision", "unknown")) == "range"


def _attack(rec: dict[str, Any], art: int, published: Optional[dt.date]) -> Rec:
    start, end, night = _span(rec)
    weapons = [w for w in _list(rec.get("weapons", []))]
    launched = [_count(w.get("launched")) for w in weapons]
    locations = [(_name(loc["name"]), _text(loc.get("admin1")), _text(loc.get("country")),
                  _name(loc.get("level", "city"))) for loc in _list(rec.get("locations", []))]
    return make_attack_rec(-1, art, start=start, end=end, published=published, attacker=_text(rec.get("attacker")),
                           kind=_name(rec.get("kind", "other")), locations=locations,
                           weapons=[_name(w["type"]) for w in weapons], killed=_count(rec.get("killed")),
                           injured=_count(rec.get("injured")), launched=sum(n for n in launched if n) or None,
                           night=night)


def _diplomacy(rec: dict[str, Any], art: int, published: Optional[dt.date]) -> Rec:
    start, end, _ = _span(rec)
    place = rec.get("location")
    return make_diplomacy_rec(-1, art, start=start, end=end, published=published,
                              participants=[_name(p) for p in _list(rec.get("participants", []))],
                              kind=_name(rec.get("kind", "other")),
                              place=_name(place["name"]) if place is not None else None)


def line_features(raw: bytes, arts: dict[str, int]) -> tuple[str, list[tuple[str, int, Rec]]]:
    """(article id, [(kind, index, features)]) of one line; raises Unusual when pydantic must read it."""
    try:
        doc = from_json(raw)
        article = doc["article"]
        aid = _name(article["id"])
        published = _date(article.get("published"))
        art = arts.setdefault(aid, len(arts))
        out = [("attack", i, _attack(r, art, published)) for i, r in enumerate(_list(doc.get("attacks", [])))]
        out += [("diplomacy", i, _diplomacy(r, art, published)) for i, r in enumerate(_list(doc.get("diplomacy", [])))]
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise Unusual from exc
    return aid, out
