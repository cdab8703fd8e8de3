"""HTML reports: the article with its evidence highlighted, records with their sources,
events on a timeline, and eval results with gold and predicted side by side.

Everything is one self-contained page: inline CSS, one inline script, inline SVG; no
network. A Content-Security-Policy admits only that script (by hash), so even a
rendering bug could not run anything an article carries. Every piece of article text,
record value, title and source passes through `html.escape` before it reaches the page.

Evidence spans are half-open character offsets into the cleaned text. Spans may
overlap or cross, so the text is cut at every span boundary into segments, and each
segment is one `<mark>` listing every record and span that covers it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import math
import re
from dataclasses import dataclass
from html import escape
from typing import Any, Iterable, Mapping, Sequence

from .records import COUNT_FIELDS, Extraction
from .render import QUALIFIER_SIGNS

# --------------------------------------------------------------------------- spans and segments


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


def _mark(hs, inner: str, colours, seg: Segment | None = None, point: bool = False) -> str:
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


def _unique(xs: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(xs))


def _attrs(attrs: Mapping[str, Any]) -> str:
    return "".join(f' {k}="{escape(str(v), quote=True)}"' for k, v in attrs.items() if v not in (None, ""))


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


# --------------------------------------------------------------------------- formatting values

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


def as_dict(rec: Any) -> dict:
    """Records arrive as pydantic models or as plain dicts (JSONL, gold files)."""
    if hasattr(rec, "model_dump"):
        return rec.model_dump(mode="json")
    return dict(rec) if isinstance(rec, Mapping) else {}


# --------------------------------------------------------------------------- colours

def colour(i: int, alpha: float = 0.45) -> str:
    """The i-th record colour: golden-angle hues stay distinct for many records."""
    hue = (i * 137.508 + 15) % 360
    return f"hsla({hue:.0f},85%,55%,{alpha})"


def solid(i: int) -> str:
    return f"hsl({(i * 137.508 + 15) % 360:.0f},70%,40%)"


TYPE_COLOURS = {"attack": "#d0342c", "diplomacy": "#2b6cb0"}


# --------------------------------------------------------------------------- one article

@dataclass
class _Rec:
    key: str
    kind: str  # "attack" | "diplomacy"
    label: str  # "Attack 1"
    index: int
    data: dict
    colour_i: int


def _records(prefix: str, groups: Mapping[str, Sequence[Any]]) -> list[_Rec]:
    recs = []
    for plural, kind, title, _ in RECORD_TYPES:
        for i, rec in enumerate(groups.get(plural) or []):
            recs.append(_Rec(f"{prefix}{kind[0]}{i}", kind, f"{title} {i + 1}", i, as_dict(rec), len(recs)))
    return recs


def _highlights(text: str, recs: Sequence[_Rec], layer: str, misplaced: list[str]) -> list[Highlight]:
    out = []
    for rec in recs:
        for field, span in record_spans(rec.data):
            where = locate(text, span)
            if where is None:
                misplaced.append(f"{rec.label} · {field}: {span.get('text')!r}")
                continue
            label = f"{rec.label} · {field}" + (" (gold)" if layer == "gold" else "")
            out.append(Highlight(where[0], where[1], rec.key, f"{rec.key}s{len(out)}", label, layer))
    return out


def _record_card(rec: _Rec, colours: Mapping[str, str], show_sources: bool = True, interactive: bool = True) -> str:
    d = rec.data
    fields = ATTACK_FIELDS if rec.kind == "attack" else DIPLOMACY_FIELDS
    sources = d.get("sources") if isinstance(d.get("sources"), Mapping) else {}
    rows = []
    for f in fields:
        value = fmt_value(f, d.get(f))
        if not value:
            continue
        origin = field_origin(sources, f)
        badge = f'<span class="src src-{escape(origin)}">{escape(origin)}</span>' if origin else '<span class="src">—</span>'
        rows.append(f"<tr><th>{escape(f.replace('_', ' '))}</th><td>{escape(value)}</td>"
                    + (f"<td>{badge}</td>" if show_sources else "") + "</tr>")
    n = len(record_spans(d))
    flag = ' <span class="tag">optional</span>' if d.get("optional") else ""
    head = (f'<div class="card-head"><span class="swatch" style="background:{colours[rec.key]}"></span>'
            f"<b>{escape(rec.label)}</b>{flag} <span class=\"muted\">{n} span{'s' if n != 1 else ''}</span></div>")
    table = f'<table class="fields">{"".join(rows)}</table>' if rows else '<p class="muted">no values</p>'
    hook = f' data-record="{rec.key}" tabindex="0"' if interactive else ""  # eval rows carry the pair instead
    return f'<div class="card" id="{rec.key}"{hook}>{head}{table}</div>'


def article_title(meta: Mapping[str, Any]) -> str:
    """A title for display: the article's own, else its file name, else its id."""
    path = str(meta.get("path") or "")
    return str(meta.get("title") or path.replace("\\", "/").rsplit("/", 1)[-1] or meta.get("id") or "article")


def _article_header(meta: Mapping[str, Any], backend: str = "", model: str = "") -> str:
    title = article_title(meta)
    bits = [meta.get("source"), meta.get("published"), " ".join(x for x in (backend, model) if x),
            meta.get("path"), f"id {meta['id']}" if meta.get("id") else None]
    line = " · ".join(escape(str(b)) for b in bits if b)
    url = meta.get("url")
    link = ""
    if isinstance(url, str) and re.match(r"https?://", url):
        link = f' · <a href="{escape(url)}" rel="noreferrer noopener">source link</a>'
    return f"<header><h2>{escape(str(title))}</h2><div class=\"meta\">{line}{link}</div></header>"


def article_section(ext: Extraction, idx: int = 0) -> str:
    """One article: highlighted text beside its record cards, then warnings, rejections
    and the removed boilerplate folded away."""
    prefix = f"r{idx}"
    recs = _records(prefix, {"attacks": ext.attacks, "diplomacy": ext.diplomacy})
    colours = {r.key: colour(r.colour_i) for r in recs}
    misplaced: list[str] = []
    hs = _highlights(ext.text, recs, "pred", misplaced)
    cards = "".join(_record_card(r, colours) for r in recs) or '<p class="muted">No records.</p>'
    summary = f'<p class="summary">{escape(ext.summary)}</p>' if ext.summary else ""
    body = highlight_text(ext.text, hs, colours)
    return (
        f'<section class="article smr-scope" id="article-{idx}" data-article-id="{escape(ext.article.id)}">'
        f"{_article_header(ext.article.model_dump(mode='json'), ext.backend, ext.model or '')}{summary}"
        f'<div class="cols"><div class="text">{body}</div><div class="records">'
        f'<p class="hint">{len(recs)} record(s), {len(hs)} evidence span(s). Hover or click a record.</p>{cards}</div></div>'
        f"{_issues(ext, misplaced)}{_removed(ext)}</section>"
    )


def _issues(ext: Extraction, misplaced: Sequence[str]) -> str:
    parts = []
    warnings = [*ext.warnings, *(f"span not found in the text: {m}" for m in misplaced)]
    if warnings:
        items = "".join(f"<li>{escape(w)}</li>" for w in warnings)
        parts.append(f'<div class="warnings"><h3>Warnings ({len(warnings)})</h3><ul>{items}</ul></div>')
    if ext.rejected:
        rows = "".join(
            f"<tr><td>{escape(r.field)}</td><td>{escape(r.value)}</td><td>{escape(r.reason)}</td>"
            f'<td><span class="src src-{r.origin.value}">{r.origin.value}</span></td></tr>' for r in ext.rejected)
        parts.append(f'<div class="rejected"><h3>Rejected by grounding ({len(ext.rejected)})</h3>'
                     f"<table><thead><tr><th>field</th><th>value</th><th>reason</th><th>from</th></tr></thead>"
                     f"<tbody>{rows}</tbody></table></div>")
    return "".join(parts)


def _removed(ext: Extraction) -> str:
    if not ext.removed:
        return ""
    items = "".join(f'<li><span class="muted">[{r.start}, {r.end}) {escape(r.reason)}</span>'
                    f'<pre>{escape(r.text)}</pre></li>' for r in ext.removed)
    return f'<details class="removed"><summary>Removed boilerplate ({len(ext.removed)})</summary><ul>{items}</ul></details>'


# --------------------------------------------------------------------------- events


def _date(v: Any) -> dt.date | None:
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except (TypeError, ValueError):
        return None


@dataclass
class _Event:
    anchor: str
    data: dict
    type: str
    date: dt.date | None
    place: str
    casualties: float


def _event(i: int, ev: Mapping[str, Any]) -> _Event:
    rec = ev.get("record") if isinstance(ev.get("record"), Mapping) else {}
    members = [m for m in ev.get("members") or [] if isinstance(m, Mapping)]
    when = rec.get("date") if isinstance(rec.get("date"), Mapping) else {}
    date = _date(when.get("start")) or _date(when.get("end"))
    if date is None:  # fall back to the earliest publication date among its articles
        pubs = sorted(d for d in (_date(m.get("published")) for m in members) if d)
        date = pubs[0] if pubs else None
    places = rec.get("locations") or ([rec["location"]] if isinstance(rec.get("location"), Mapping) else [])
    place = next((str(p.get("name")) for p in places if isinstance(p, Mapping) and p.get("name")), "unknown place")
    return _Event(f"event-{i}", dict(ev), str(ev.get("type") or ("attack" if "killed" in rec else "other")),
                  date, place, _casualties(ev, rec))


def _casualties(ev: Mapping[str, Any], rec: Mapping[str, Any]) -> float:
    ranges = ev.get("ranges") if isinstance(ev.get("ranges"), Mapping) else {}
    total = 0.0
    for name in ("killed", "injured"):
        r = ranges.get(name)
        value = r.get("best") if isinstance(r, Mapping) else None
        if value is None and isinstance(rec.get(name), Mapping):
            value = rec[name].get("value")
        if isinstance(value, (int, float)) and value > 0:
            total += value
    return total


def timeline_svg(events: Sequence[_Event], width: int = 960) -> str:
    """Date on x, place on y, area by casualties (killed + injured), colour by type."""
    places = _unique(e.place for e in sorted(events, key=lambda e: (e.date or dt.date.max, e.place)))
    dates = [e.date for e in events if e.date]
    lo, hi = (min(dates), max(dates)) if dates else (dt.date.today(), dt.date.today())
    left, right, top, lane = 210, 60, 30, 34
    undated = any(e.date is None for e in events)
    plot_w = width - left - right - (70 if undated else 0)
    height = top + lane * max(len(places), 1) + 40
    span_days = max((hi - lo).days, 1)

    def x(d: dt.date | None) -> float:
        if d is None:
            return left + plot_w + 45
        return left + plot_w / 2 if lo == hi else left + plot_w * (d - lo).days / span_days

    def y(place: str) -> float:
        return top + lane * places.index(place) + lane / 2

    out = [f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img" aria-label="Timeline of reconciled events">']
    for p in places:
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y(p):.1f}" y2="{y(p):.1f}" class="lane"/>'
                   f'<text x="{left - 8}" y="{y(p) + 4:.1f}" text-anchor="end" class="place">{escape(_clip(p, 28))}</text>')
    for d in _ticks(lo, hi):
        out.append(f'<line x1="{x(d):.1f}" x2="{x(d):.1f}" y1="{top - 6}" y2="{height - 34}" class="tick"/>'
                   f'<text x="{x(d):.1f}" y="{height - 18}" text-anchor="middle" class="date">{d.isoformat()}</text>')
    if undated:
        out.append(f'<text x="{x(None):.1f}" y="{height - 18}" text-anchor="middle" class="date">undated</text>')
    for e in sorted(events, key=lambda e: -e.casualties):  # big circles first, small ones stay clickable
        r = 5 + 3 * math.sqrt(e.casualties)
        r = min(r, lane * 0.9)
        tip = f"{e.data.get('event_id', e.anchor)} · {e.type} · {e.date or 'undated'} · {e.place} · killed+injured {e.casualties:g}"
        out.append(f'<a href="#{e.anchor}"><circle cx="{x(e.date):.1f}" cy="{y(e.place):.1f}" r="{r:.1f}" '
                   f'fill="{TYPE_COLOURS.get(e.type, "#777")}" class="dot" data-event="{e.anchor}">'
                   f"<title>{escape(tip)}</title></circle></a>")
    out.append("</svg>")
    legend = "".join(f'<span class="legend"><span class="swatch" style="background:{c}"></span>{t}</span>'
                     for t, c in TYPE_COLOURS.items())
    return f'<div class="timeline-wrap">{"".join(out)}<div class="muted">{legend} circle area ∝ killed + injured (best estimate)</div></div>'


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _ticks(lo: dt.date, hi: dt.date, n: int = 6) -> list[dt.date]:
    days = (hi - lo).days
    if days <= 0:
        return [lo]
    step = max(1, math.ceil(days / (n - 1)))
    return [lo + dt.timedelta(days=k) for k in range(0, days + 1, step)]


def events_section(raw: Sequence[Mapping[str, Any]], article_index: Mapping[str, tuple[int, str]]) -> str:
    """The timeline and the table of merged events; article_index maps an article id to
    (its section number, its title) so members link back to their records."""
    events = [_event(i, ev) for i, ev in enumerate(raw) if isinstance(ev, Mapping)]
    if not events:
        return '<section class="events"><h2>Events</h2><p class="muted">No reconciled events.</p></section>'
    rows = "".join(_event_row(e, article_index) for e in sorted(events, key=lambda e: (e.date or dt.date.max, e.place)))
    return (f'<section class="events"><h2>Events ({len(events)})</h2>{timeline_svg(events)}'
            f'<table class="event-table"><thead><tr><th>event</th><th>type</th><th>date</th><th>place</th>'
            f"<th>ranges (low / best / high) and claims</th><th>sources</th><th>reported in</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></section>")


def _event_row(e: _Event, article_index: Mapping[str, tuple[int, str]]) -> str:
    ev = e.data
    ranges = ev.get("ranges") if isinstance(ev.get("ranges"), Mapping) else {}
    disputed = {str(f) for f in ev.get("disputed") or []}
    claims = []
    for field, r in ranges.items():
        if not isinstance(r, Mapping):
            continue
        lo, best, hi = (r.get(k) for k in ("low", "best", "high"))
        span = f"{_n(lo)} / <b>{_n(best)}</b> / {_n(hi)}" if lo != hi else f"<b>{_n(best)}</b>"
        flag = ' <span class="tag disputed">disputed</span>' if str(field) in disputed else ""
        claims.append(f"<div>{escape(str(field).replace('_', ' '))}: {span}{flag}</div>")
    for field in sorted(disputed - {str(f) for f in ranges}):
        claims.append(f'<div>{escape(field)} <span class="tag disputed">disputed</span></div>')
    claims.append(_claims_table(ev.get("claims")))
    links, keys = [], []
    for m in ev.get("members") or []:
        if not isinstance(m, Mapping):
            continue
        idx, name = article_index.get(str(m.get("article_id")), (None, str(m.get("article_id"))))
        kind = str(m.get("type") or e.type)
        index = m.get("index")
        label = escape(" · ".join(str(x) for x in (name, m.get("source"), m.get("published")) if x))
        if idx is None:
            links.append(f'<div class="muted">{label}</div>')
            continue
        key = f"r{idx}{kind[:1]}{index}" if isinstance(index, int) else ""
        keys.append(key)
        links.append(f'<div><a href="#{key or f"article-{idx}"}">{label}</a></div>')
    n_src, n_art = ev.get("num_sources"), ev.get("num_articles")
    sources = " · ".join(x for x in (f"{_n(n_src)} source(s)" if n_src is not None else "",
                                     f"{_n(n_art)} article(s)" if n_art is not None else "") if x)
    rec = ev.get("record") if isinstance(ev.get("record"), Mapping) else {}
    kind = fmt_value("kind", rec.get("kind"))
    return (f'<tr id="{e.anchor}"{_attrs({"data-record": " ".join(k for k in keys if k)})}>'
            f"<td>{escape(str(ev.get('event_id', e.anchor)))}</td>"
            f'<td><span class="swatch" style="background:{TYPE_COLOURS.get(e.type, "#777")}"></span>'
            f"{escape(e.type)}{'<br><span class=muted>' + escape(kind) + '</span>' if kind else ''}</td>"
            f"<td class=\"nowrap\">{e.date or 'undated'}</td><td>{escape(e.place)}</td><td>{''.join(claims) or '—'}</td>"
            f"<td>{escape(sources) or '—'}</td><td>{''.join(links) or '—'}</td></tr>")


def _claims_table(claims: Any) -> str:
    """Every source's claim per field, folded away: the evidence behind the ranges."""
    if not isinstance(claims, Mapping):
        return ""
    rows = []
    for field, items in claims.items():
        for c in items if isinstance(items, list) else []:
            if not isinstance(c, Mapping):
                continue
            value = f"{QUALIFIER_SIGNS.get(str(c.get('qualifier') or 'exact'), '')}{fmt_value(str(field), c.get('value'))}"
            who = " · ".join(str(x) for x in (c.get("source"), c.get("published")) if x) or str(c.get("article_id") or "")
            rows.append(f"<tr><td>{escape(str(field))}</td><td>{escape(value)}</td><td>{escape(who)}</td></tr>")
    if not rows:
        return ""
    return (f'<details class="claims"><summary>{len(rows)} claim(s)</summary><table><tbody>{"".join(rows)}'
            "</tbody></table></details>")


def _n(v: Any) -> str:
    return "?" if v is None else escape(f"{v:g}" if isinstance(v, float) else str(v))


# --------------------------------------------------------------------------- eval view


def eval_section(item: Mapping[str, Any], idx: int) -> str:
    """Gold beside predicted for one article: matched pairs share a colour; misses and
    false positives are marked; gold evidence is underlined, predicted evidence filled."""
    text = str(item.get("text") or "")
    gold = _records(f"g{idx}", item.get("gold") or {})
    pred = _records(f"p{idx}", item.get("predicted") or {})
    by_key = {(r.kind, r.index): r for r in gold}, {(r.kind, r.index): r for r in pred}
    pairs, used_g, used_p = [], set(), set()
    for m in item.get("matches") or []:
        kind = str(m.get("type") or "attack")
        g, p = by_key[0].get((kind, m.get("gold"))), by_key[1].get((kind, m.get("pred")))
        if g and p:
            pairs.append((g, p, m.get("score")))
            used_g.add(g.key)
            used_p.add(p.key)
    misses = [g for g in gold if g.key not in used_g]
    false_pos = [p for p in pred if p.key not in used_p]
    colours: dict[str, str] = {}
    for i, (g, p, _) in enumerate(pairs):
        colours[g.key] = colours[p.key] = colour(i)
    for i, r in enumerate([*misses, *false_pos], start=len(pairs)):
        colours[r.key] = colour(i)
    misplaced: list[str] = []
    hs = _highlights(text, gold, "gold", misplaced) + _highlights(text, pred, "pred", misplaced)
    rows = [_eval_row(g, p, f"matched {score:.2f}" if isinstance(score, (int, float)) else "matched", "ok", colours)
            for g, p, score in pairs]
    rows += [_eval_row(g, None, "missed", "miss", colours) for g in misses]
    rows += [_eval_row(None, p, "false positive", "fp", colours) for p in false_pos]
    art = item.get("article") if isinstance(item.get("article"), Mapping) else {}
    counts = f"{len(pairs)} matched · {len(misses)} missed · {len(false_pos)} false positive(s)"
    warn = "".join(f"<li>span not found in the text: {escape(m)}</li>" for m in misplaced)
    return (
        f'<section class="article smr-scope" id="article-{idx}">{_article_header(art, str(item.get("backend") or ""))}'
        f'<p class="summary">{escape(counts)}. Gold evidence is underlined, predicted evidence filled.</p>'
        f'<div class="cols eval-cols"><div class="text">{highlight_text(text, hs, colours)}</div><div class="records">'
        f'<table class="eval"><thead><tr><th>gold</th><th>predicted</th><th>verdict</th></tr></thead>'
        f'<tbody>{"".join(rows) or "<tr><td colspan=3 class=muted>no records</td></tr>"}</tbody></table></div></div>'
        f'{f"<div class=warnings><ul>{warn}</ul></div>" if warn else ""}</section>'
    )


def _eval_row(g: _Rec | None, p: _Rec | None, verdict: str, cls: str, colours) -> str:
    cell = lambda r: f"<td>{_record_card(r, colours, r is p, False)}</td>" if r else '<td class="muted">—</td>'  # noqa: E731
    keys = " ".join(r.key for r in (g, p) if r)
    return f'<tr class="verdict-{cls}" data-record="{keys}">{cell(g)}{cell(p)}<td><span class="tag {cls}">{escape(verdict)}</span></td></tr>'


# --------------------------------------------------------------------------- pages

CSS = """
.smr{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;max-width:1500px;margin:0 auto;padding:0 16px 40px}
.smr h1{font-size:22px;margin:18px 0 4px}.smr h2{font-size:18px;margin:0 0 2px}.smr h3{font-size:14px;margin:10px 0 4px}
.smr .muted,.smr .meta,.smr .hint{color:#666;font-size:12px}
.smr nav ol{columns:2;font-size:13px;margin:6px 0 14px}
.smr section.article,.smr section.events{border:1px solid #ddd;border-radius:8px;padding:14px 16px;margin:16px 0;background:#fff}
.smr .summary{margin:6px 0 10px;font-style:italic;color:#333}
.smr .cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(320px,2fr);gap:18px;align-items:start}
.smr .cols.eval-cols{grid-template-columns:minmax(0,1fr) minmax(520px,1.3fr)}
.smr .text{white-space:pre-wrap;font:15px/1.7 Georgia,"Times New Roman",serif;max-height:80vh;overflow:auto;padding-right:6px}
.smr mark.ev{color:inherit;background:none;border-radius:2px;padding:1px 0;cursor:pointer;transition:opacity .15s}
.smr mark.ev.point{display:inline-block;width:3px;height:1em;background:#888;vertical-align:middle}
.smr-focus mark.ev:not(.on):not(.hover){opacity:.3}
.smr mark.ev.on,.smr mark.ev.hover{outline:1.5px solid #111;outline-offset:0}
.smr .card{border:1px solid #ddd;border-radius:6px;padding:6px 8px;margin:0 0 8px;cursor:pointer;background:#fafafa}
.smr .card.on,.smr .card.hover,.smr tr.on .card,.smr tr.hover .card{border-color:#111;box-shadow:0 0 0 1px #111;background:#fff}
.smr .card:target{box-shadow:0 0 0 3px #f5b700}
.smr .card-head{margin-bottom:4px}
.smr .swatch{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:6px;vertical-align:-1px;border:1px solid rgba(0,0,0,.25)}
.smr table{border-collapse:collapse;width:100%}
.smr td,.smr th{text-align:left;vertical-align:top;padding:2px 6px;border-bottom:1px solid #eee}
.smr table.fields th{width:30%;color:#555;font-weight:500}
.smr .src{font-size:11px;padding:0 5px;border-radius:8px;background:#eee;color:#555;white-space:nowrap}
.smr .src-llm{background:#e3ecff;color:#1f4fbf}.smr .src-rules{background:#fff1d6;color:#8a5a00}
.smr .src-both{background:#dcf5e3;color:#17703a}.smr .src-mixed{background:#f0e3ff;color:#6b2fb3}
.smr .tag{font-size:11px;padding:0 6px;border-radius:8px;background:#eee;white-space:nowrap}
.smr .tag.ok{background:#dcf5e3;color:#17703a}.smr .tag.miss{background:#ffe0e0;color:#a40000}
.smr .tag.fp{background:#fff1d6;color:#8a5a00}.smr .tag.disputed{background:#ffe0e0;color:#a40000}
.smr tr.verdict-miss>td:first-child .card{border-left:4px solid #c00}
.smr tr.verdict-fp>td:nth-child(2) .card{border-left:4px solid #e69500}
.smr .warnings{background:#fff8e1;border-left:4px solid #e6a700;padding:4px 10px;margin-top:10px}
.smr .rejected{background:#fdecec;border-left:4px solid #c62828;padding:4px 10px;margin-top:10px}
.smr details.removed{margin-top:10px;color:#555}.smr details pre{white-space:pre-wrap;margin:2px 0 6px;font-size:12px}
.smr svg.timeline{max-width:100%;height:auto;font:12px system-ui,sans-serif}
.smr svg .lane{stroke:#eee}.smr svg .tick{stroke:#ddd;stroke-dasharray:3 3}.smr svg .place{fill:#333}.smr svg .date{fill:#666}
.smr svg .dot{fill-opacity:.55;stroke:#222;stroke-width:1}.smr svg a:hover .dot{fill-opacity:.9}
.smr .legend{margin-right:14px}
.smr details.claims summary{color:#555;font-size:12px;cursor:pointer}.smr details.claims td{font-size:12px;padding:0 4px}
.smr .event-table tr:target{background:#fff6cc}
.smr tr[data-record]{cursor:pointer}
.smr .nowrap{white-space:nowrap}
@media (max-width:900px){.smr .cols{grid-template-columns:1fr}}
"""

# Event delegation: hovering or clicking anything carrying data-record lights up the
# marks and cards of those records inside the nearest article (or the whole page for
# events); clicking pins, clicking again unpins. Marks work the same way in reverse.
JS = """(function(){
if(window.__smrReport)return;window.__smrReport=true;
function scope(el){return el.closest('.smr-scope')||el.closest('.smr')||document;}
function keys(el){return(el.getAttribute('data-record')||el.getAttribute('data-records')||'').split(/\\s+/).filter(Boolean);}
function set(sc,ks,cls,on){ks.forEach(function(k){sc.querySelectorAll('[data-records~="'+k+'"],[data-record~="'+k+'"]').forEach(function(el){el.classList.toggle(cls,on);});});
var root=sc.classList?sc:document.body;root.classList.toggle('smr-focus',!!sc.querySelector('.on,.hover'));}
function target(e){return e.target.closest&&e.target.closest('[data-record],mark.ev');}
document.addEventListener('mouseover',function(e){var t=target(e);if(t)set(scope(t),keys(t),'hover',true);});
document.addEventListener('mouseout',function(e){var t=target(e);if(t)set(scope(t),keys(t),'hover',false);});
document.addEventListener('click',function(e){var t=target(e);if(!t||e.target.closest('a'))return;var sc=scope(t),ks=keys(t);
var was=t.classList.contains('on');
sc.querySelectorAll('.on').forEach(function(el){el.classList.remove('on');});if(!was)set(sc,ks,'on',true);else set(sc,[],'on',false);});
})();"""

_JS_HASH = base64.b64encode(hashlib.sha256(JS.encode("utf-8")).digest()).decode()
CSP = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_JS_HASH}'; "
       "img-src data:; base-uri 'none'; form-action 'none'")


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head>"
        f'<body><div class="smr">{body}</div><script>{JS}</script></body></html>\n'
    )


def _toc(entries: Sequence[tuple[int, str, str]]) -> str:
    items = "".join(f'<li><a href="#article-{i}">{escape(t)}</a> <span class="muted">{escape(n)}</span></li>'
                    for i, t, n in entries)
    return f"<nav><ol>{items}</ol></nav>" if items else ""


def render_extractions_html(extractions: Sequence[Extraction], events: Sequence[Mapping[str, Any]] | None = None,
                            title: str = "summariser report") -> str:
    """A whole self-contained page: events (when given) then every article."""
    exts = list(extractions)
    index: dict[str, tuple[int, str]] = {}
    for i, ext in enumerate(exts):
        index.setdefault(ext.article.id, (i, article_title(ext.article.model_dump(mode="json"))))
    n_rec = sum(len(e.attacks) + len(e.diplomacy) for e in exts)
    head = (f"<h1>{escape(title)}</h1><p class=\"muted\">{len(exts)} article(s), {n_rec} record(s)"
            f"{f', {len(events)} event(s)' if events is not None else ''}. Evidence spans are coloured by record; "
            "value sources: <span class=\"src src-llm\">llm</span> <span class=\"src src-rules\">rules</span> "
            "<span class=\"src src-both\">both</span>.</p>")
    toc = _toc([(i, article_title(e.article.model_dump(mode="json")),
                 f"{len(e.attacks)} attack(s), {len(e.diplomacy)} diplomacy") for i, e in enumerate(exts)])
    evs = events_section(list(events), index) if events is not None else ""
    articles = "".join(article_section(e, i) for i, e in enumerate(exts))
    return _page(title, head + toc + evs + articles)


def render_eval_html(items: Sequence[Mapping[str, Any]], title: str = "summariser eval report") -> str:
    """Eval results, one section per article: gold and predicted side by side."""
    items = [i for i in items if isinstance(i, Mapping)]
    arts = [(i, article_title(it.get("article") if isinstance(it.get("article"), Mapping) else {}),
             str(it.get("backend") or "")) for i, it in enumerate(items)]
    head = (f"<h1>{escape(title)}</h1><p class=\"muted\">{len(items)} article(s). Matched pairs share a colour; "
            "<span class=\"tag miss\">missed</span> gold records and <span class=\"tag fp\">false positive</span> "
            "predictions are marked.</p>")
    return _page(title, head + _toc(arts) + "".join(eval_section(it, i) for i, it in enumerate(items)))


def render_extraction_fragment(ext: Extraction) -> str:
    """One article for a notebook cell: its own styles and script, no page around it."""
    return f'<div class="smr"><style>{CSS}</style>{article_section(ext)}<script>{JS}</script></div>'
