"""Eval reports: results.json, report.md and report.html, and the figure formatting they share
(a figure with its 95 % interval and its counts, never three bare decimals)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional, Sequence

from .gates import public
from .gold import TYPES
from .matching import MODES
from .scores import ArticleScore

Results = dict[str, Any]  # results.json's dict (with `_scores` while in memory)


def write_report(results: Results, directory: str | Path) -> list[Path]:
    """results.json, report.md, and report.html when summariser.report can render it."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    written = [d / "results.json", d / "report.md"]
    written[0].write_text(json.dumps(public(results), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written[1].write_text(markdown(results), encoding="utf-8")
    html = _html(results)
    if html is not None:
        (d / "report.html").write_text(html, encoding="utf-8")
        written.append(d / "report.html")
    return written


def html_items(results: Results) -> list[dict[str, Any]]:
    """The per-article view `summariser.report.render_eval_html` takes (strict matches)."""
    items = []
    scores: list[ArticleScore] = results.get("_scores", [])
    for s in scores:
        g = s.gold
        items.append({
            "article": {"id": g.article.id, "path": g.doc.article.path, "title": g.doc.article.title},
            "text": g.article.text,
            "gold": {"attacks": [r.model_dump(mode="json") for r in g.doc.attacks],
                     "diplomacy": [r.model_dump(mode="json") for r in g.doc.diplomacy]},
            "predicted": ({"attacks": [r.model_dump(mode="json") for r in s.predicted.attacks],
                           "diplomacy": [r.model_dump(mode="json") for r in s.predicted.diplomacy]}
                          if s.predicted else {"attacks": [], "diplomacy": []}),
            "matches": [{"type": t, "gold": m.gold, "pred": m.pred, "score": m.score}
                        for t in TYPES for m in s.alignments[t].matches],
            "backend": results["backend"],
        })
    return items


def _html(results: Results) -> Optional[str]:
    try:
        from ..report import render_eval_html
    except ImportError:
        return None
    return render_eval_html(html_items(results))


def fmt(v: object) -> str:
    if v is None:
        return "–"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def with_interval(value: object, interval: Optional[Sequence[float]]) -> str:
    """'0.881 [0.802–0.947]'; the bare value when there is no interval."""
    return fmt(value) + (f" [{interval[0]:.3f}–{interval[1]:.3f}]" if interval else "")


def record_rows(m: dict[str, Any], mode: Optional[str] = None, sep: str = " ") -> list[list[str]]:
    """One row per mode and type (or per type of one `mode`): P, R, F1 with intervals, recall with
    optional records as required, counts. `sep` goes between a value and its interval."""
    rows = []
    for mo in ([mode] if mode else MODES):
        for rtype, r in m["records"][mo].items():
            iv = r.get("intervals", {})

            def cell(k: str) -> str:  # called within this iteration only
                return with_interval(r[k], iv.get(k)).replace(" [", sep + "[")
            rows.append(([] if mode else [mo]) + [rtype, cell("precision"), cell("recall"), cell("f1"),
                         cell("recall_all"), str(r["tp"]), str(r["fp"]), str(r["fn"]),
                         f"{r['optional_tp']}/{r['optional_tp'] + r['optional_fn']}"])
    return rows


RECORD_COLUMNS = ("matching", "type", "precision", "recall", "F1", "recall, optional as required",
                  "TP", "FP", "FN", "optional found")
SHORT_COLUMNS = ("matching", "type", "P", "R", "F1", "R, optional as required", "TP", "FP", "FN", "optional found")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header), *("| " + " | ".join(r) + " |" for r in rows)]


def markdown(results: Results) -> str:
    m = results["metrics"]
    lines = [f"# Eval: backend `{results['backend']}`", "",
             f"model `{results.get('model')}` · prompt `{results.get('prompt_hash')}` · "
             f"git `{results.get('git_revision')}` · gold `{results.get('gold_dir')}`"
             + (f" · controls `{results['controls_dir']}`" if results.get("controls_dir") else ""), "",
             "Intervals are 95 % bootstrap intervals over articles. Strict matching is the headline.", "",
             "## Records", "", *_table(RECORD_COLUMNS, record_rows(m))]
    iv = m.get("intervals", {})
    lines += ["", "## Headline (gated by --check, with the field scores)", "",
              *_table(("metric", "value"), [[k, with_interval(v, iv.get(k))] for k, v in m["headline"].items()])]
    lines += ["", "## Fields (on strictly matched pairs)", "",
              *_table(("type", "field", "score", "n"),
                      [[t, k, fmt(v["score"]), str(v["n"])] for t, fs in m["fields"].items() for k, v in fs.items()])]
    lines += _safety_lines(m)
    if m.get("clusters"):
        lines += ["", "## Reconciler clusters", "", "```", json.dumps(m["clusters"], indent=2), "```"]
    lines += ["", "## Items (strict)", "",
              *_table(("item", "verdict", "status", "lenient match", "wrong fields"),
                      [[it["key"], it["verdict"], it["status"], fmt(it.get("lenient_match")), _wrong(it)]
                       for it in results["items"]])]
    lines += _usage_lines(results)
    return "\n".join(lines) + "\n"


def _wrong(it: dict[str, Any]) -> str:
    return ", ".join(k for k, v in it["fields"].items() if v is not None and v < 1 and k != "evidence_iou")


def _safety_lines(m: dict[str, Any]) -> list[str]:
    s = m["safety"]
    lines = ["", "## Safety", "", f"- numbers not stated in the sentence of their evidence: {s['unsupported_numbers']}"]
    lines += [f"  - {x}" for x in s["unsupported_detail"]]
    lines += [f"- records on gold articles with none: {s['records_on_empty_articles']} ({s['empty_articles']} such articles)"]
    c = s.get("controls")
    if c:
        lines += [f"- attack records on control articles (`{c.get('dir')}`): {c['attack_records']} "
                  f"over {c['articles']} articles"]
        lines += [f"  - {x}" for x in c["detail"]]
    return lines


def _usage_lines(results: Results) -> list[str]:
    if not results.get("articles"):
        return []
    lines = ["", "## Usage and time per article", "",
             "| article | s | calls | prompt tok | completion tok | error |", "|---|---|---|---|---|---|"]
    for a in results["articles"] + results.get("control_articles", []):
        u = a["usage"] or {}
        lines.append(f"| {a['article']} | {a['elapsed_s']} | {u.get('calls', 0)} | {u.get('prompt_tokens', 0)} | "
                     f"{u.get('completion_tokens', 0)} | {a['error'] or ''} |")
    return lines
