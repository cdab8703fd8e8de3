"""Reconciled events: a timeline (date × place, area by casualties) and a table of events with
their claims, linked back to the records they merge."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ..render import QUALIFIER_SIGNS
from .safe import attrs as _attrs, escape, mapping, unique as _unique
from .values import TYPE_COLOURS, fmt_value


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
    data: dict[str, Any]
    type: str
    date: dt.date | None
    place: str
    casualties: float


def _event(i: int, ev: Mapping[str, Any]) -> _Event:
    rec = mapping(ev.get("record"))
    members = [m for m in ev.get("members") or [] if isinstance(m, Mapping)]
    when = mapping(rec.get("date"))
    date = _date(when.get("start")) or _date(when.get("end"))
    if date is None:  # fall back to the earliest publication date among its articles
        pubs = sorted(d for d in (_date(m.get("published")) for m in members) if d)
        date = pubs[0] if pubs else None
    places = rec.get("locations") or ([rec["location"]] if isinstance(rec.get("location"), Mapping) else [])
    place = next((str(p.get("name")) for p in places if isinstance(p, Mapping) and p.get("name")), "unknown place")
    return _Event(f"event-{i}", dict(ev), str(ev.get("type") or ("attack" if "killed" in rec else "other")),
                  date, place, _casualties(ev, rec))


def _casualties(ev: Mapping[str, Any], rec: Mapping[str, Any]) -> float:
    ranges = mapping(ev.get("ranges"))
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
    ranges = mapping(ev.get("ranges"))
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
    rec = mapping(ev.get("record"))
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
