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


def _dict_of(values: cs.CoreSchema) -> cs.TypedDictField:
    mapping = cs.dict_schema(_TEXT, values, strict=True)
    return cs.typed_dict_field(cs.with_default_schema(mapping, default_factory=dict), required=False)


_INT = cs.int_schema(strict=True)
_NATURAL = cs.int_schema(ge=0, strict=True)
_FALSE = _with(cs.bool_schema(strict=True), False)
_SPAN = _obj({"text": _need(_TEXT), "start": _need(_NATURAL), "end": _need(_NATURAL),
              "alignment": _opt(_enum(Alignment))})
_COUNT = _obj({"value": _need(_NATURAL), "qualifier": _with(_enum(Qualifier), "exact"), "evidence": _opt(_SPAN),
               "support": _with(_enum(Support), "stated")})
_DATE = _obj({"start": _opt(_DAY), "end": _opt(_DAY), "text": _opt(_TEXT),
              "precision": _with(_enum(DatePrecision), "unknown")})
_LOCATION = _obj({"name": _need(_TEXT), "admin1": _opt(_TEXT), "country": _opt(_TEXT),
                  "level": _with(_enum(LocationLevel), "city")})
_WEAPON = _obj({"type": _need(_enum(WeaponType)), "model": _opt(_TEXT), "launched": _opt(_COUNT),
                "intercepted": _opt(_COUNT)})
_GROUNDING = {"evidence": _list_of(_SPAN), "sources": _dict_of(_enum(Origin)), "support": _dict_of(_enum(Support)),
              "optional": _FALSE}
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
                 "title": _opt(_TEXT), "url": _opt(_TEXT)})
_REMOVED = _obj({"text": _need(_TEXT), "start": _need(_INT), "end": _need(_INT), "reason": _need(_TEXT)})
_REJECTION = _obj({"field": _need(_TEXT), "value": _need(_TEXT), "reason": _need(_TEXT),
                   "origin": _with(_enum(Origin), "llm")})
_USAGE = _obj({"prompt_tokens": _with(_INT, 0), "completion_tokens": _with(_INT, 0), "calls": _with(_INT, 0),
               "retries": _with(_INT, 0), "cost_usd": _opt(cs.float_schema(strict=True, allow_inf_nan=False))})
WHOLE = SchemaValidator(_obj({
    "schema_version": _with(_TEXT, ""), "article": _need(_ARTICLE), "summary": _with(_TEXT, ""),
    "attacks": _list_of(_ATTACK), "diplomacy": _list_of(_DIPLOMACY), "backend": _need(_TEXT),
    "model": _opt(_TEXT), "prompt_version": _opt(_TEXT), "prompt_hash": _opt(_TEXT), "usage": _opt(_USAGE),
    "elapsed_s": _with(cs.float_schema(strict=True, allow_inf_nan=False), 0.0), "warnings": _list_of(_TEXT),
    "rejected": _list_of(_REJECTION), "removed": _list_of(_REMOVED), "text": _with(_TEXT, "")}))


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
    start, end = span["start"], span["end"]
    return end >= start and end - start == len(span["text"]) and text[start:end] == span["text"]


def _count_ok(count: Any, text: str) -> bool:
    return count is None or count["evidence"] is None or _span_ok(count["evidence"], text)


def _check(doc: Doc) -> bool:
    """The models' after-validators, on the dicts (the date order is `fastread._span`'s)."""
    text = doc["text"]
    for a in doc["attacks"]:
        for name, whole_name in (("children_killed", "killed"), ("children_injured", "injured")):
            part, total = a[name], a[whole_name]
            if part is not None and total is not None and part["value"] > total["value"] \
                    and total["qualifier"] == "exact":
                return False
        for w in a["weapons"]:
            launched, intercepted = w["launched"], w["intercepted"]
            if launched is not None and intercepted is not None and intercepted["value"] > launched["value"]:
                return False
            if not (_count_ok(launched, text) and _count_ok(intercepted, text)):
                return False
        if not all(_count_ok(a[name], text) for name in ("killed", "injured", "children_killed", "children_injured")):
            return False
        if a["evidence"] and not all(_span_ok(s, text) for s in a["evidence"]):
            return False
    for d in doc["diplomacy"]:
        if d["evidence"] and not all(_span_ok(s, text) for s in d["evidence"]):
            return False
    return True
