"""Eval results for one article: gold beside predicted, matched pairs sharing a colour."""

from __future__ import annotations

from typing import Any, Mapping

from .article import _article_header, _highlights, _record_card, _records, _Rec
from .highlight import highlight_text
from .safe import escape, mapping
from .values import colour


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
    art = mapping(item.get("article"))
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


def _eval_row(g: _Rec | None, p: _Rec | None, verdict: str, cls: str, colours: Mapping[str, str]) -> str:
    def cell(r: _Rec | None) -> str:
        return f"<td>{_record_card(r, colours, r is p, False)}</td>" if r else '<td class="muted">—</td>'

    keys = " ".join(r.key for r in (g, p) if r)
    return f'<tr class="verdict-{cls}" data-record="{keys}">{cell(g)}{cell(p)}<td><span class="tag {cls}">{escape(verdict)}</span></td></tr>'
