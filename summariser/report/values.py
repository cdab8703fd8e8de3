"""Record values as short display text, field lists per record type, and record colours."""

from __future__ import annotations

from typing import Any, Mapping

from ..records import COUNT_FIELDS
from ..render import QUALIFIER_SIGNS
from .safe import unique as _unique

ATTACK_FIELDS = ("kind", "date", "locations", "attacker", "target_country", "weapons", *COUNT_FIELDS,
                 "damage", "civilian_targeting", "reported_by")
DIPLOMACY_FIELDS = ("kind", "status", "date", "participants", "location", "outcome", "description")
RECORD_TYPES = (("attacks", "attack", "Attack", ATTACK_FIELDS), ("diplomacy", "diplomacy", "Diplomacy", DIPLOMACY_FIELDS))


def fmt_value(field: str, v: Any) -> str:
    """A record value as short plain text (callers escape it)."""
    if v is None or v == [] or v == "":
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, list):
        return "; ".join(x for x in (fmt_value(field, i) for i in v) if x)
    if isinstance(v, Mapping):
        return _fmt_mapping(field, v)
    return str(v).replace("_", " ") if field in ("kind", "status", "type") else str(v)


def _fmt_mapping(field: str, v: Mapping[str, Any]) -> str:
    if "value" in v:  # a Count
        return f"{QUALIFIER_SIGNS.get(str(v.get('qualifier') or 'exact'), '')}{v.get('value')}"
    if "name" in v:  # a Location
        rest = ", ".join(str(x) for x in (v.get("admin1"), v.get("country")) if x)
        return f"{v['name']} ({rest})" if rest else str(v["name"])
    if field == "weapons" or "type" in v:
        label = v.get("model") or str(v.get("type") or "").replace("_", " ")
        counts = "/".join(fmt_value("n", v.get(k)) for k in ("launched", "intercepted") if v.get(k))
        return f"{label} {counts}".strip()
    if field == "date" or "start" in v or "text" in v:
        start, end, words = v.get("start"), v.get("end"), v.get("text")
        when = f"{start}–{end}" if start and end and end != start else str(start or end or "")
        return f"{when} “{words}”" if when and words else when or str(words or "")
    return ", ".join(f"{k}={fmt_value(k, x)}" for k, x in v.items())


def field_origin(sources: Mapping[str, Any], field: str) -> str:
    """Where a field's value came from: its own entry, or the entries of its parts."""
    if field in sources:
        return str(sources[field])
    parts = _unique(str(o) for k, o in sources.items() if k.startswith((field + "[", field + ".")))
    if not parts:
        return ""
    return parts[0] if len(parts) == 1 else "mixed"


def as_dict(rec: object) -> dict[str, Any]:
    """Records arrive as pydantic models or as plain dicts (JSONL, gold files)."""
    if hasattr(rec, "model_dump"):
        dumped: dict[str, Any] = rec.model_dump(mode="json")
        return dumped
    return dict(rec) if isinstance(rec, Mapping) else {}


# --------------------------------------------------------------------------- colours

def colour(i: int, alpha: float = 0.45) -> str:
    """The i-th record colour: golden-angle hues stay distinct for many records."""
    hue = (i * 137.508 + 15) % 360
    return f"hsla({hue:.0f},85%,55%,{alpha})"


def solid(i: int) -> str:
    return f"hsl({(i * 137.508 + 15) % 360:.0f},70%,40%)"


TYPE_COLOURS = {"attack": "#d0342c", "diplomacy": "#2b6cb0"}
