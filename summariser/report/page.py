"""Whole pages: one self-contained HTML file with inline CSS, one inline script and inline SVG.

The stylesheet and the script are package files (`assets/`), read once. A
Content-Security-Policy admits only that script, by hash, so even a rendering bug could not run
anything an article carries.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping, Sequence

from ..records import Extraction
from .article import article_section, article_title
from .evalview import eval_section
from .map import map_section
from .nightly import nightly_section
from .safe import escape, mapping
from .timeline import events_section


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets").joinpath(name).read_text(encoding="utf-8")


def css() -> str:
    return asset("report.css")


def js() -> str:
    return asset("report.js")


def csp() -> str:
    digest = base64.b64encode(hashlib.sha256(js().encode("utf-8")).digest()).decode()
    return (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{csp()}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{css()}</style></head>"
        f'<body><div class="smr">{body}</div><script>{js()}</script></body></html>\n'
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
    nightly = nightly_section(exts, list(events) if events is not None else None)
    return _page(title, head + toc + map_section(exts) + nightly + evs + articles)


def render_eval_html(items: Sequence[Mapping[str, Any]], title: str = "summariser eval report") -> str:
    """Eval results, one section per article: gold and predicted side by side."""
    items = [i for i in items if isinstance(i, Mapping)]
    arts = [(i, article_title(mapping(it.get("article"))),
             str(it.get("backend") or "")) for i, it in enumerate(items)]
    head = (f"<h1>{escape(title)}</h1><p class=\"muted\">{len(items)} article(s). Matched pairs share a colour; "
            "<span class=\"tag miss\">missed</span> gold records and <span class=\"tag fp\">false positive</span> "
            "predictions are marked.</p>")
    return _page(title, head + _toc(arts) + "".join(eval_section(it, i) for i, it in enumerate(items)))


def render_extraction_fragment(ext: Extraction) -> str:
    """One article for a notebook cell: its own styles and script, no page around it."""
    return f'<div class="smr"><style>{css()}</style>{article_section(ext)}<script>{js()}</script></div>'
