"""A whole extraction line validated in the first pass: pydantic-core plus the models' checks.

An archive run used to parse every line twice before building events: once for the matcher
features (`shape.LINE`, only the fields the reconciler reads) and once more, in full, by
`Extraction.model_validate_json` in another process, only to say whether the line is valid
(about 11 µs a line, a seventh of the run's CPU). `WHOLE` is `shape.LINE` grown to every field
of `Extraction` with the models' own rules (`extra="forbid"`, required fields, `ge=0`, enum
values) in strict mode, so it accepts a *subset* of what `Extraction` accepts; `whole()` then
applies the models' after-validators to the plain dicts (`_check`: span lengths and text, date
order, interceptions, children). A line both accept is a valid Extraction, and the first pass
reads its features from the same dicts: one parse instead of two, and no validator process.
A line either rejects is not necessarily invalid, only unusual (`Unusual`): the caller
validates it with pydantic, which reads it or names it, as before. The calendar check of the
dates (2025-02-30) is `fastread._ordinal`'s, which reads every date of a line.

The schema mirrors `records.py` field by field; `tests/test_reconcile_strict.py` holds the two
to the same verdict on valid lines and on lines broken in each way a model's rule forbids.
"""

from __future__ import annotations

from typing import Any, Union

from pydantic_core import SchemaValidator, ValidationError, core_schema as cs

from ..records import (Alignment, AttackKind, DatePrecision, DiplomacyKind, DiplomacyStatus, LocationLevel, Origin,
                       Qualifier, Support, WeaponType)
from .shape import _DAY, _TEXT, Doc, Unusual, _enum, _list_of, _opt, _with


def _obj(fields: dict[str, cs.TypedDictField]) -> cs.CoreSchema:
    """A model as a plain dict: strict, and no key the model does not have (`extra="forbid"`)."""
    return cs.typed_dict_schema(fields, extra_behavior="forbid", strict=True)


def _need(schema: cs.CoreSchema) -> cs.TypedDictField:
    return cs.typed_dict_field(schema)


def _may(schema: cs.CoreSchema) -> cs.TypedDictField:
    """A field only checked, never read: it may be missing, and then stays missing (filling in a
    default the run never reads costs as much as checking it)."""
    return cs.typed_dict_field(schema, required=False)


def _may_be_null(schema: cs.CoreSchema) -> cs.TypedDictField:
    return _may(cs.nullable_schema(schema))


def _dict_of(values: cs.CoreSchema) -> cs.TypedDictField:
    return _may(cs.dict_schema(_TEXT, values, strict=True))


def _list(schema: cs.CoreSchema) -> cs.TypedDictField:
    return _may(cs.list_schema(schema, strict=True))


_INT = cs.int_schema(strict=True)
_NATURAL = cs.int_schema(ge=0, strict=True)
_FLOAT = cs.float_schema(strict=True, allow_inf_nan=False)
_SPAN = _obj({"text": _need(_TEXT), "start": _need(_NATURAL), "end": _need(_NATURAL),
              "alignment": _may_be_null(_enum(Alignment))})
_COUNT = _obj({"value": _need(_NATURAL), "qualifier": _with(_enum(Qualifier), "exact"),
               "evidence": _may_be_null(_SPAN), "support": _may(_enum(Support))})
_DATE = _obj({"start": _opt(_DAY), "end": _opt(_DAY), "text": _opt(_TEXT),
              "precision": _with(_enum(DatePrecision), "unknown")})
_LOCATION = _obj({"name": _need(_TEXT), "admin1": _opt(_TEXT), "country": _opt(_TEXT),
                  "level": _with(_enum(LocationLevel), "city")})
_WEAPON = _obj({"type": _need(_enum(WeaponType)), "model": _opt(_TEXT), "launched": _opt(_COUNT),
                "intercepted": _opt(_COUNT)})
_GROUNDING = {"evidence": _list(_SPAN), "sources": _dict_of(_enum(Origin)), "support": _dict_of(_enum(Support)),
              "optional": _may(cs.bool_schema(strict=True))}
_ATTACK = _obj({"attacker": _opt(_TEXT), "target_country": _opt(_TEXT), "kind": _with(_enum(AttackKind), "other"),
                "locations": _list_of(_LOCATION), "date": _opt(_DATE), "weapons": _list_of(_WEAPON),
                "killed": _opt(_COUNT), "injured": _opt(_COUNT), "children_killed": _opt(_COUNT),
                "children_injured": _opt(_COUNT), "damage": _list_of(_TEXT),
                "civilian_targeting": _opt(cs.bool_schema(strict=True)), "reported_by": _list_of(_TEXT),
                **_GROUNDING})
_DIPLOMACY = _obj({"kind": _with(_enum(DiplomacyKind), "other"), "participants": _list_of(_TEXT),
                   "location": _opt(_LOCATION), "date": _opt(_DATE), "status": _with(_enum(DiplomacyStatus), "held"),
                   "outcome": _opt(_TEXT), "description": _with(_TEXT, ""), **_GROUNDING})
_ARTICLE = _obj({"id": _need(_TEXT), "path": _opt(_TEXT), "source": _opt(_TEXT), "published": _opt(_DAY),
                 "title": _may_be_null(_TEXT), "url": _may_be_null(_TEXT)})
_REMOVED = _obj({"text": _need(_TEXT), "start": _need(_INT), "end": _need(_INT), "reason": _need(_TEXT)})
_REJECTION = _obj({"field": _need(_TEXT), "value": _need(_TEXT), "reason": _need(_TEXT),
                   "origin": _may(_enum(Origin))})
_USAGE = _obj({"prompt_tokens": _may(_INT), "completion_tokens": _may(_INT), "calls": _may(_INT),
               "retries": _may(_INT), "cost_usd": _may_be_null(_FLOAT)})
# the fields pass 1 reads (article, attacks, diplomacy, text) get the models' defaults; the rest
# are only checked
WHOLE = SchemaValidator(_obj({
    "schema_version": _may(_TEXT), "article": _need(_ARTICLE), "summary": _may(_TEXT),
    "attacks": _list_of(_ATTACK), "diplomacy": _list_of(_DIPLOMACY), "backend": _need(_TEXT),
    "model": _may_be_null(_TEXT), "prompt_version": _may_be_null(_TEXT), "prompt_hash": _may_be_null(_TEXT),
    "usage": _may(_USAGE), "elapsed_s": _may(_FLOAT), "warnings": _list(_TEXT), "rejected": _list(_REJECTION),
    "removed": _list(_REMOVED), "text": _with(_TEXT, "")}))


def whole(raw: Union[bytes, str]) -> Doc:
    """The line as plain dicts when it is certainly a valid Extraction (but for its dates'
    calendar, which the caller reads); raises Unusual when pydantic must decide."""
    try:
        doc: Doc = WHOLE.validate_json(raw)
    except ValidationError as exc:
        raise Unusual from exc
    if not _check(doc):
        raise Unusual
    return doc


def _span_ok(span: dict[str, Any], text: str) -> bool:
    """`Span._consistent` and `Extraction._spans_reproduce_text`."""
    start: int = span["start"]
    end: int = span["end"]
    quoted: str = span["text"]
    return end >= start and end - start == len(quoted) and text[start:end] == quoted


def _spans_ok(counts: tuple[Any, ...], spans: Any, text: str) -> bool:
    """Every evidence span of a record (its own, and its counts') reproduces the text."""
    for c in counts:
        if c is not None:
            span = c.get("evidence")
            if span is not None and not _span_ok(span, text):
                return False
    return not spans or all(_span_ok(s, text) for s in spans)


def _over(part: Any, total: Any) -> bool:
    """`Attack._children_le_total`: children above an exact total."""
    return part is not None and total is not None and part["value"] > total["value"] and total["qualifier"] == "exact"


def _check(doc: Doc) -> bool:
    """The models' after-validators, on the dicts (the date order is `fastread._span`'s)."""
    text = doc["text"]
    for a in doc["attacks"]:
        killed, injured, children_killed, children_injured = a["killed"], a["injured"], a["children_killed"], \
            a["children_injured"]
        if _over(children_killed, killed) or _over(children_injured, injured):
            return False
        counts: tuple[Any, ...] = (killed, injured, children_killed, children_injured)
        for w in a["weapons"]:
            launched, intercepted = w["launched"], w["intercepted"]
            if launched is not None and intercepted is not None and intercepted["value"] > launched["value"]:
                return False
            counts += (launched, intercepted)
        if not _spans_ok(counts, a.get("evidence"), text):
            return False
    for d in doc["diplomacy"]:
        spans = d.get("evidence")
        if spans and not all(_span_ok(s, text) for s in spans):
            return False
    return True
