"""The rows of a line checked and filled in by pydantic-core (Rust), not by Python code.

Both passes of an archive run need each record as a plain dict in one canonical form: every
field the matcher or the event copies, defaults filled in, values exactly as `summarise
extract` writes them (ISO dates, non-negative integer counts, strings, enum values). `LINE`
is a pydantic-core validator built for that: strict types (a count written `3.0`, a timestamp
for a date or a number for a name fails it), the models' defaults for missing fields, and
every other field (evidence, sources, the article text) ignored, not copied. A line it
rejects is not necessarily invalid, only unusual: the caller reads it with pydantic instead
(`Unusual`). Whether a line is a valid Extraction as a whole is checked in the first pass
(`strict.py`, the same schema grown to every field).

The schema mirrors `records.py` field by field (`tests/test_reconcile_shape.py` holds the
two to the same rows on valid records of every shape the generators make).
"""

from __future__ import annotations

from typing import Any, Union

from pydantic_core import SchemaValidator, ValidationError, core_schema as cs

from ..records import (AttackKind, DatePrecision, DiplomacyKind, DiplomacyStatus, LocationLevel, Qualifier,
                       WeaponType)

Doc = dict[str, Any]  # a line: {"article": {...}, "attacks": [...], "diplomacy": [...]}

_DAY_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def _opt(schema: cs.CoreSchema, default: Any = None) -> cs.TypedDictField:
    """A field that may be missing (then `default`) or null."""
    return cs.typed_dict_field(cs.with_default_schema(cs.nullable_schema(schema), default=default), required=False)


def _with(schema: cs.CoreSchema, default: Any) -> cs.TypedDictField:
    """A field that may be missing (then `default`) but not null."""
    return cs.typed_dict_field(cs.with_default_schema(schema, default=default), required=False)


def _enum(values: Any) -> cs.CoreSchema:
    return cs.literal_schema([v.value for v in values])


def _obj(fields: dict[str, cs.TypedDictField]) -> cs.CoreSchema:
    return cs.typed_dict_schema(fields, extra_behavior="ignore", strict=True)


def _list_of(schema: cs.CoreSchema) -> cs.TypedDictField:
    listed = cs.list_schema(schema, strict=True)
    return cs.typed_dict_field(cs.with_default_schema(listed, default_factory=list), required=False)


_TEXT = cs.str_schema(strict=True)
_DAY = cs.str_schema(pattern=_DAY_PATTERN, strict=True)
_COUNT = _obj({"value": cs.typed_dict_field(cs.int_schema(ge=0, strict=True)),
               "qualifier": _with(_enum(Qualifier), "exact")})
_DATE = _obj({"start": _opt(_DAY), "end": _opt(_DAY), "text": _opt(_TEXT),
              "precision": _with(_enum(DatePrecision), "unknown")})
_LOCATION = _obj({"name": cs.typed_dict_field(_TEXT), "admin1": _opt(_TEXT), "country": _opt(_TEXT),
                  "level": _with(_enum(LocationLevel), "city")})
_WEAPON = _obj({"type": cs.typed_dict_field(_enum(WeaponType)), "model": _opt(_TEXT), "launched": _opt(_COUNT),
                "intercepted": _opt(_COUNT)})
_ATTACK = _obj({"attacker": _opt(_TEXT), "target_country": _opt(_TEXT), "kind": _with(_enum(AttackKind), "other"),
                "locations": _list_of(_LOCATION), "date": _opt(_DATE), "weapons": _list_of(_WEAPON),
                "killed": _opt(_COUNT), "injured": _opt(_COUNT), "children_killed": _opt(_COUNT),
                "children_injured": _opt(_COUNT), "damage": _list_of(_TEXT), "reported_by": _list_of(_TEXT),
                "civilian_targeting": _opt(cs.bool_schema(strict=True))})
_DIPLOMACY = _obj({"kind": _with(_enum(DiplomacyKind), "other"), "participants": _list_of(_TEXT),
                   "location": _opt(_LOCATION), "date": _opt(_DATE), "status": _with(_enum(DiplomacyStatus), "held"),
                   "outcome": _opt(_TEXT), "description": _with(_TEXT, "")})
_ARTICLE = _obj({"id": cs.typed_dict_field(_TEXT), "source": _opt(_TEXT), "published": _opt(_DAY),
                 "path": _opt(_TEXT)})
LINE = SchemaValidator(_obj({"article": cs.typed_dict_field(_ARTICLE), "attacks": _list_of(_ATTACK),
                             "diplomacy": _list_of(_DIPLOMACY)}))


class Unusual(Exception):
    """A value not in the form `summarise extract` writes: let pydantic read the line."""


def shaped(raw: Union[bytes, str]) -> Doc:
    """The line's article and records in canonical form; raises Unusual when pydantic must read it."""
    try:
        doc: Doc = LINE.validate_json(raw)
    except ValidationError as exc:
        raise Unusual from exc
    return doc
