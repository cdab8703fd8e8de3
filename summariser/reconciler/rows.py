"""Records as plain rows for building events: what the second pass of an archive run reads.

`line_rows` turns one extraction JSON line into the article's (id, source, published, path)
and its records as plain dicts in one canonical form (every field the event copies, defaults
filled in, dates as ISO strings, counts as (value, qualifier) pairs), without building
pydantic models. It accepts a value only in the form `summarise extract` writes (the form a
validated model dumps to); anything else, a float count or a timestamp, raises `Unusual`, and
the caller validates that line with pydantic and takes `rows_of(extraction)` instead: the
validated model dumped to JSON form and read by the same code, so both routes give the same
rows. The line's validity as a whole is checked once by `validate.py`, beside the run.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator, Optional, Union

from pydantic_core import from_json

from ..records import (AttackKind, DatePrecision, DiplomacyKind, DiplomacyStatus, Extraction, LocationLevel,
                       Qualifier, WeaponType)
from .fastread import _DAY, Unusual, _list, _name, _text

Pair = tuple[int, str]  # a count: (value, qualifier)
Row = dict[str, Any]  # one record in canonical form (see the module docstring)
Meta = tuple[str, Optional[str], Optional[str], Optional[str]]  # article (id, source, published, path)

_ATTACK_KINDS = frozenset(k.value for k in AttackKind)
_DIPLOMACY_KINDS = frozenset(k.value for k in DiplomacyKind)
_STATUSES = frozenset(k.value for k in DiplomacyStatus)
_PRECISIONS = frozenset(k.value for k in DatePrecision)
_LEVELS = frozenset(k.value for k in LocationLevel)
_QUALIFIERS = frozenset(k.value for k in Qualifier)
_WEAPONS = frozenset(k.value for k in WeaponType)
COUNTS = ("killed", "injured", "children_killed", "children_injured")


def _enum(value: Any, allowed: frozenset[str]) -> str:
    if type(value) is str and value in allowed:
        return value
    raise Unusual


def _day(value: Any) -> Optional[str]:
    if value is None:
        return None
    if type(value) is str and _DAY.match(value):
        return value
    raise Unusual


def _names(value: Any) -> list[str]:
    if type(value) is list and all(type(v) is str for v in value):
        return value
    raise Unusual


def _count(value: Any) -> Optional[Pair]:
    if value is None:
        return None
    n = value["value"]
    if type(n) is int and n >= 0:
        return n, _enum(value.get("qualifier", "exact"), _QUALIFIERS)
    raise Unusual


def _date(value: Any) -> Optional[Row]:
    if value is None:
        return None
    return {"start": _day(value.get("start")), "end": _day(value.get("end")), "text": _text(value.get("text")),
            "precision": _enum(value.get("precision", "unknown"), _PRECISIONS)}


def _location(value: Any) -> Optional[Row]:
    if value is None:
        return None
    return {"name": _name(value["name"]), "admin1": _text(value.get("admin1")), "country": _text(value.get("country")),
            "level": _enum(value.get("level", "city"), _LEVELS)}


def _weapon(value: Any) -> Row:
    return {"type": _enum(value["type"], _WEAPONS), "model": _text(value.get("model")),
            "launched": _count(value.get("launched")), "intercepted": _count(value.get("intercepted"))}


def _flag(value: Any) -> Optional[bool]:
    if value is None or type(value) is bool:
        return value
    raise Unusual


def attack_row(rec: Row) -> Row:
    row: Row = {"attacker": _text(rec.get("attacker")), "target_country": _text(rec.get("target_country")),
                "kind": _enum(rec.get("kind", "other"), _ATTACK_KINDS),
                "locations": [_location(loc) for loc in _list(rec.get("locations", []))],
                "date": _date(rec.get("date")), "weapons": [_weapon(w) for w in _list(rec.get("weapons", []))],
                "damage": _names(rec.get("damage", [])), "reported_by": _names(rec.get("reported_by", [])),
                "civilian_targeting": _flag(rec.get("civilian_targeting"))}
    for name in COUNTS:
        row[name] = _count(rec.get(name))
    return row


def diplomacy_row(rec: Row) -> Row:
    return {"kind": _enum(rec.get("kind", "other"), _DIPLOMACY_KINDS),
            "participants": _names(rec.get("participants", [])), "location": _location(rec.get("location")),
            "date": _date(rec.get("date")), "status": _enum(rec.get("status", "held"), _STATUSES),
            "outcome": _text(rec.get("outcome")), "description": _name(rec.get("description", ""))}


Raw = tuple[Meta, list[Any], list[Any]]  # a line as parsed: meta, its attacks and its diplomacy as plain JSON


def _raw(doc: Any) -> Raw:
    article = doc["article"]
    meta = (_name(article["id"]), _text(article.get("source")), _day(article.get("published")),
            _text(article.get("path")))
    return meta, _list(doc.get("attacks", [])), _list(doc.get("diplomacy", []))


def _rows(doc: Any) -> tuple[Meta, list[tuple[str, int, Row]]]:
    meta, attacks, diplomacy = _raw(doc)
    out = [("attack", i, attack_row(r)) for i, r in enumerate(attacks)]
    out += [("diplomacy", i, diplomacy_row(r)) for i, r in enumerate(diplomacy)]
    return meta, out


@contextmanager
def _unusual_on_odd_shape() -> Iterator[None]:
    """A line whose shape the fast readers do not expect raises Unusual: pydantic reads it."""
    try:
        yield
    except Unusual:
        raise
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise Unusual from exc


def line_raw(raw: Union[bytes, str]) -> Raw:
    """A line parsed but not yet read into rows (`row` reads one record, when it is needed)."""
    with _unusual_on_odd_shape():
        return _raw(from_json(raw))


def row(kind: str, rec: Any) -> Row:
    """One record of `line_raw` as a row; raises Unusual when pydantic must read its line."""
    with _unusual_on_odd_shape():
        return attack_row(rec) if kind == "attack" else diplomacy_row(rec)


def line_rows(raw: Union[bytes, str]) -> tuple[Meta, list[tuple[str, int, Row]]]:
    """(article meta, [(kind, index, row)]) of one line; raises Unusual when pydantic must read it."""
    with _unusual_on_odd_shape():
        return _rows(from_json(raw))


def rows_of(ext: Extraction) -> tuple[Meta, list[tuple[str, int, Row]]]:
    """The rows of a validated Extraction: its JSON form read by the same code as a line."""
    doc = ext.model_dump(mode="json", include={"article", "attacks", "diplomacy"})
    return _rows(doc)
