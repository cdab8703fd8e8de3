"""Evidence spans drawn over the article text.

Spans may overlap or cross, so the text is cut at every span boundary into segments, and each
segment is one `<mark>` listing every record and span that covers it. Offsets are half-open
character offsets into the cleaned text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from ..records import COUNT_FIELDS
from .safe import attrs as _attrs, escape, unique as _unique


@dataclass(frozen=True)
class Highlight:
    """One evidence span to draw: [start, end) of the text, owned by one record."""

    start: int
    end: int
    record: str  # record key, e.g. "r0a1"; safe characters only
    span: str  # span id, unique in the page
    label: str  # tooltip text, e.g. "Attack 2 · killed"
    layer: str = "pred"  # "pred" (background) or "gold" (underline)


@dataclass(frozen=True)
class Segment:
    """A run of text covered by the same set of highlights (possibly none)."""

    start: int
    end: int
    highlights: tuple[Highlight, ...]


def segments(length: int, highlights: Iterable[Highlight]) -> list[Segment]:
    """Cut [0, length) at every span boundary; each piece knows which spans cover it.

    Spans that cross or nest come out right because no segment straddles a boundary.
    Empty spans cover no segment (they are drawn as point markers by `highlight_text`).
    """
    hs = [h for h in highlights if 0 <= h.start < h.end <= length]
    bounds = sorted({0, length, *(h.start for h in hs), *(h.end for h in hs)})
    out = []
    for a, b in zip(bounds, bounds[1:]):
        out.append(Segment(a, b, tuple(h for h in hs if h.start < b and h.end > a)))
    return out


def highlight_text(text: str, highlights: Sequence[Highlight], colours: Mapping[str, str]) -> str:
    """The text as escaped HTML, with one <mark> per covered segment."""
    points: dict[int, list[Highlight]] = {}
    for h in highlights:
        if h.start == h.end and 0 <= h.start <= len(text):
            points.setdefault(h.start, []).append(h)
    parts = []
    for seg in segments(len(text), highlights):
        parts += [_mark(p, "", colours, point=True) for p in points.pop(seg.start, [])]
        piece = escape(text[seg.start:seg.end], quote=False)
        parts.append(_mark(seg.highlights, piece, colours, seg) if seg.highlights else piece)
    parts += [_mark([p], "", colours, point=True) for ps in points.values() for p in ps]
    return "".join(parts)


def _mark(hs: Highlight | Iterable[Highlight], inner: str, colours: Mapping[str, str], seg: Segment | None = None,
          point: bool = False) -> str:
    hs = list(hs) if not isinstance(hs, Highlight) else [hs]
    records = _unique(h.record for h in hs)
    layers = _unique(h.layer for h in hs)
    fills = [colours.get(h.record, "#ddd") for h in hs if h.layer == "pred"]
    lines = [colours.get(h.record, "#999") for h in hs if h.layer == "gold"]
    style = []
    if fills:  # overlapping records show as horizontal stripes, one per record
        fills = _unique(fills)
        step = 100 / len(fills)
        stops = ", ".join(f"{c} {i * step:.0f}% {(i + 1) * step:.0f}%" for i, c in enumerate(fills))
        style.append(f"background:linear-gradient({stops})")
    if lines:
        style.append(f"border-bottom:3px solid {_unique(lines)[0]}")
    cls = "ev" + (" point" if point else "") + "".join(f" {layer}" for layer in layers)
    attrs = {
        "class": cls, "data-records": " ".join(records), "data-spans": " ".join(_unique(h.span for h in hs)),
        "title": "\n".join(_unique(h.label for h in hs)), "style": ";".join(style),
    }
    if seg is not None:
        attrs.update({"data-start": str(seg.start), "data-end": str(seg.end)})
    return f"<mark{_attrs(attrs)}>{inner}</mark>"



def locate(text: str, span: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where a span dict lies in the text: its own offsets if they reproduce its text,
    else the first occurrence of its text (gold files may carry text only), else None."""
    start, end, words = span.get("start"), span.get("end"), span.get("text")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
        if words is None or text[start:end] == words:
            return start, end
    if isinstance(words, str) and words:
        at = text.find(words)
        if at >= 0:
            return at, at + len(words)
    return None




def record_spans(rec: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    """(field, span dict) for a record's evidence and for every count's evidence."""
    out = [("evidence", s) for s in rec.get("evidence") or [] if isinstance(s, Mapping)]
    for name in COUNT_FIELDS:
        c = rec.get(name)
        if isinstance(c, Mapping) and isinstance(c.get("evidence"), Mapping):
            out.append((name, c["evidence"]))
    for i, w in enumerate(rec.get("weapons") or []):
        for name in ("launched", "intercepted"):
            c = w.get(name) if isinstance(w, Mapping) else None
            if isinstance(c, Mapping) and isinstance(c.get("evidence"), Mapping):
                out.append((f"weapons[{i}].{name}", c["evidence"]))
    return out
