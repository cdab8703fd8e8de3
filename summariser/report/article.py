"""One article: highlighted text beside its record cards, warnings, rejections, removed text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ..records import Extraction
from .highlight import Highlight, highlight_text, locate, record_spans
from .safe import escape, mapping
from .values import ATTACK_FIELDS, DIPLOMACY_FIELDS, RECORD_TYPES, as_dict, colour, field_origin, fmt_value


@dataclass
class _Rec:
    key: str
    kind: str  # "attack" | "diplomacy"
    label: str  # "Attack 1"
    index: int
    data: dict[str, Any]
    colour_i: int


def _records(prefix: str, groups: Mapping[str, Sequence[Any]]) -> list[_Rec]:
    recs: list[_Rec] = []
    for plural, kind, title, _ in RECORD_TYPES:
        for i, rec in enumerate(groups.get(plural) or []):
            recs.append(_Rec(f"{prefix}{kind[0]}{i}", kind, f"{title} {i + 1}", i, as_dict(rec), len(recs)))
    return recs


def _highlights(text: str, recs: Sequence[_Rec], layer: str, misplaced: list[str]) -> list[Highlight]:
    out: list[Highlight] = []
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
    sources = mapping(d.get("sources"))
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
