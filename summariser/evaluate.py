"""The eval harness: run a backend on the gold articles, score it, and gate CI on a baseline.

    results = run_eval("evals/gold", config)        # extraction + scoring
    write_report(results, "eval-report/")           # results.json, report.md, report.html
    failures = check(results, load_json("evals/baselines/rules.json"))

Gold files (`evals/gold/<stem>.json`) hold an article's metadata and its hand-coded attacks
and diplomacy in the project's own record format; `evals/gold/clusters.json` says which
records in different articles are the same real-world event. Scoring lives in
`summariser.scoring` (pure functions); this module reads files, runs the extractor, and
turns verdicts into metrics, reports and exit decisions.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field

from . import scoring
from .articles import Article, load_articles
from .errors import GoldError, UserError, one_line
from .records import COUNT_FIELDS, Attack, ArticleMeta, Diplomacy, Extraction, iter_counts

RESULTS_SCHEMA_VERSION = "1"
GOLD_SCHEMA_VERSION = "1"
DETERMINISTIC_BACKENDS = ("rules", "local")  # tolerance 0 by default
DEFAULT_TOLERANCE = 0.02  # for backends whose decoding is not reproducible
TYPES = ("attack", "diplomacy")
FIELD_OF = {"attack": "attacks", "diplomacy": "diplomacy"}

# Headline metrics gate CI. Lower is better for these; higher for every other one.
LOWER_IS_BETTER = ("safety.unsupported_numbers", "safety.records_on_empty_articles", "failed_articles")


# --------------------------------------------------------------------------- gold files


class GoldDoc(BaseModel):
    """One gold file: the article and every record a careful analyst codes in it."""

    model_config = ConfigDict(extra="forbid")
    schema_version: str = GOLD_SCHEMA_VERSION
    article: ArticleMeta
    notes: str = ""
    attacks: list[Attack] = Field(default_factory=list)
    diplomacy: list[Diplomacy] = Field(default_factory=list)


@dataclass
class GoldArticle:
    stem: str
    doc: GoldDoc
    article: Article

    def records(self, rtype: str) -> list:
        return getattr(self.doc, FIELD_OF[rtype])

    def as_extraction(self) -> Extraction:
        """The gold labels as an Extraction (for the reconciler and the HTML page)."""
        return Extraction(article=self.article.meta(), attacks=self.doc.attacks, diplomacy=self.doc.diplomacy,
                          backend="gold", text=self.article.text)


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


def load_gold(gold_dir: str | Path) -> list[GoldArticle]:
    """Every gold file in `gold_dir`, validated, with its article loaded and cleaned.

    Raises GoldError when a file does not validate, its article is missing, or an
    evidence span does not reproduce its text in the current cleaned article.
    """
    gold_dir = Path(gold_dir)
    files = sorted(p for p in gold_dir.glob("*.json") if p.name != "clusters.json")
    if not files:
        raise GoldError(f"{gold_dir}: no gold files (*.json); pass --gold with the folder that holds them")
    return [_load_one(p) for p in files]


def _load_one(path: Path) -> GoldArticle:
    try:
        doc = GoldDoc.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise GoldError(f"{path}: not a valid gold file ({one_line(exc)})") from exc
    article = _gold_article(doc, path)
    try:
        Extraction(article=article.meta(), attacks=doc.attacks, diplomacy=doc.diplomacy, backend="gold",
                   text=article.text)
    except ValueError as exc:
        raise GoldError(f"{path}: {one_line(exc)}; run `python evals/tools/locate_spans.py` to re-anchor "
                        "the quotes after a change to cleaning") from exc
    if doc.article.id and doc.article.id != article.id:
        raise GoldError(f"{path}: article id {doc.article.id} differs from the cleaned text's {article.id}; "
                        "run `python evals/tools/locate_spans.py`")
    return GoldArticle(stem=path.stem, doc=doc, article=article)


def _gold_article(doc: GoldDoc, path: Path) -> Article:
    if not doc.article.path:
        raise GoldError(f"{path}: article.path is empty; give the article file relative to the repository")
    candidates = [Path(doc.article.path), repo_root() / doc.article.path, path.parent / doc.article.path]
    target = next((c for c in candidates if c.exists()), None)
    if target is None:
        raise GoldError(f"{path}: article {doc.article.path!r} not found")
    loaded = list(load_articles(target))
    if len(loaded) != 1 or not isinstance(loaded[0], Article):
        raise GoldError(f"{path}: article {doc.article.path!r} does not load as one article ({loaded[0]})")
    return loaded[0]


def load_clusters(gold_dir: str | Path) -> Optional[list[set[tuple[str, str, int]]]]:
    """Gold clusters as sets of (article stem, type, index); None when there is no clusters.json."""
    path = Path(gold_dir) / "clusters.json"
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [{(m["article"], m["type"], int(m["index"])) for m in c["members"]} for c in data["clusters"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise GoldError(f"{path}: expected {{\"clusters\": [{{\"members\": [{{\"article\", \"type\", \"index\"}}]}}]}} "
                        f"({one_line(exc)})") from exc


# --------------------------------------------------------------------------- scoring one article


@dataclass
class ArticleScore:
    stem: str
    gold: GoldArticle
    predicted: Optional[Extraction]
    error: Optional[str]
    alignments: dict[str, scoring.Alignment] = field(default_factory=dict)
    verdicts: dict[str, list[dict]] = field(default_factory=dict)  # type -> field verdicts per match
    unsupported: list[tuple[str, int]] = field(default_factory=list)

    def pred_records(self, rtype: str) -> list:
        return getattr(self.predicted, FIELD_OF[rtype]) if self.predicted else []


def score_article(gold: GoldArticle, predicted: Optional[Extraction], error: Optional[str] = None) -> ArticleScore:
    out = ArticleScore(gold.stem, gold, predicted, error)
    for rtype, aligner, fields in (("attack", scoring.align_attacks, scoring.attack_fields),
                                   ("diplomacy", scoring.align_diplomacy, scoring.diplomacy_fields)):
        g, p = gold.records(rtype), out.pred_records(rtype)
        alignment = aligner(g, p)
        out.alignments[rtype] = alignment
        out.verdicts[rtype] = [fields(g[m.gold], p[m.pred]) for m in alignment.matches]
    if predicted is not None:
        out.unsupported = scoring.unsupported_numbers([*predicted.attacks, *predicted.diplomacy], gold.article.text)
    return out


def _status(verdict: dict) -> str:
    strict = {k: v for k, v in verdict.items() if k != "evidence_iou" and v is not None}
    return "pass" if all(v == 1.0 for v in strict.values()) else "partial"


def _fp_key(stem: str, rtype: str, rec, seen: dict) -> str:
    if rtype == "attack":
        place = scoring.norm_place(rec.locations[0].name) if rec.locations else "?"
    else:
        place = "+".join(sorted(scoring.participants(rec))) or "?"
    when = rec.date.start.isoformat() if rec.date and rec.date.start else "?"
    base = f"{stem}/{rtype}/fp:{rec.kind.value}:{place}:{when}"
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}#{seen[base]}"


def item_verdicts(s: ArticleScore) -> list[dict]:
    """One entry per gold record and per unmatched prediction, with a stable key for --compare."""
    items, seen = [], {}
    for rtype in TYPES:
        a = s.alignments[rtype]
        by_gold = {m.gold: (m, v) for m, v in zip(a.matches, s.verdicts[rtype])}
        for i, rec in enumerate(s.gold.records(rtype)):
            m, v = by_gold.get(i, (None, None))
            optional = i in a.optional
            if m is None:
                verdict, status = ("optional_missed", "ignored") if optional else ("fn", "fail")
            else:
                verdict = "optional_matched" if optional else "tp"
                status = "ignored" if optional else _status(v)
            items.append({"key": f"{s.stem}/{rtype}/g{i}", "article": s.stem, "type": rtype, "gold": i,
                          "pred": m.pred if m else None, "score": m.score if m else None, "optional": optional,
                          "verdict": verdict, "status": status,
                          "fields": {k: (round(x, 4) if x is not None else None) for k, x in (v or {}).items()}})
        preds = s.pred_records(rtype)
        for j in a.unmatched_pred:
            items.append({"key": _fp_key(s.stem, rtype, preds[j], seen), "article": s.stem, "type": rtype,
                          "gold": None, "pred": j, "score": None, "optional": False, "verdict": "fp",
                          "status": "fail", "fields": {}})
    return items


# --------------------------------------------------------------------------- metrics


def _gold_count_recall(scores: list[ArticleScore]) -> dict[str, float]:
    """Share of the gold counts (in required records) that the matched prediction reproduces,
    exactly and within tolerance. An unmatched gold record loses all its counts, so this
    never rises when matching gets worse (unlike accuracy on matched pairs alone)."""
    total = exact = relaxed = 0
    for s in scores:
        a = s.alignments["attack"]
        preds = {m.gold: s.pred_records("attack")[m.pred] for m in a.matches}
        for i, rec in enumerate(s.gold.doc.attacks):
            if i in a.optional:
                continue
            pred_counts = dict(iter_counts(preds[i])) if i in preds else {}
            pred_by_type = _counts_by_weapon_type(preds.get(i))
            for name, gc in _gold_counts_by_key(rec):
                pc = pred_by_type.get(name) if name.startswith("weapons.") else pred_counts.get(name)
                total += 1
                exact += bool(scoring.count_exact(gc, pc))
                relaxed += bool(scoring.count_relaxed(gc, pc))
    if not total:
        return {"counts.exact": 1.0, "counts.relaxed": 1.0}
    return {"counts.exact": round(exact / total, 4), "counts.relaxed": round(relaxed / total, 4)}


def _gold_counts_by_key(rec: Attack):
    for name in COUNT_FIELDS:
        if getattr(rec, name) is not None:
            yield name, getattr(rec, name)
    yield from _counts_by_weapon_type(rec).items()


def _counts_by_weapon_type(rec: Optional[Attack]) -> dict:
    out = {}
    for w in (rec.weapons if rec else []):
        for name in ("launched", "intercepted"):
            c = getattr(w, name)
            if c is not None:
                out.setdefault(f"weapons.{w.type.value}.{name}", c)
    return out


def metrics(scores: list[ArticleScore], clusters: Optional[dict]) -> dict[str, Any]:
    out: dict[str, Any] = {"records": {}, "fields": {}}
    headline: dict[str, float] = {}
    for rtype in TYPES:
        prf = scoring.record_prf(s.alignments[rtype] for s in scores)
        out["records"][rtype] = prf.as_dict()
        for k in ("precision", "recall", "f1"):
            headline[f"{rtype}.{k}"] = round(getattr(prf, k), 4)
        tallies = scoring.tally_fields(v for s in scores for v in s.verdicts[rtype])
        out["fields"][rtype] = {k: {"n": t.n, "score": None if t.score is None else round(t.score, 4)}
                                for k, t in sorted(tallies.items())}
    headline.update(_gold_count_recall(scores))
    evidence = scoring.tally_fields({"hit": v.get("evidence_hit")} for s in scores for r in TYPES for v in s.verdicts[r])
    headline["evidence.hit"] = round(evidence["hit"].score, 4) if evidence.get("hit") and evidence["hit"].n else 1.0
    empty = [s for s in scores if not any(_required(s, r) for r in TYPES)]
    safety = {
        "unsupported_numbers": sum(len(s.unsupported) for s in scores),
        "unsupported_detail": [f"{s.stem}: {name}={value}" for s in scores for name, value in s.unsupported],
        "records_on_empty_articles": sum(len(s.pred_records(r)) for s in empty for r in TYPES),
        "empty_articles": len(empty),
    }
    out["safety"] = safety
    headline["safety.unsupported_numbers"] = safety["unsupported_numbers"]
    headline["safety.records_on_empty_articles"] = safety["records_on_empty_articles"]
    headline["failed_articles"] = sum(1 for s in scores if s.error)
    if clusters:
        out["clusters"] = clusters
        for mode, res in clusters.items():
            if isinstance(res, dict) and "pairwise" in res:
                headline[f"clusters.{mode}.pairwise_f1"] = res["pairwise"]["f1"]
                headline[f"clusters.{mode}.b3_f1"] = res["b3"]["f1"]
    out["headline"] = headline
    return out


def _required(s: ArticleScore, rtype: str) -> list:
    return [r for r in s.gold.records(rtype) if not r.optional]


# --------------------------------------------------------------------------- clusters


def _reconcile_fn():
    import importlib

    try:
        module = importlib.import_module(f"{__package__}.reconciler")
    except ImportError:
        return None
    return getattr(module, "reconcile", None)


def _member(m) -> tuple[str, str, int]:
    get = m.get if isinstance(m, dict) else (lambda k: getattr(m, k, None))
    rtype = str(get("type") or "")
    rtype = {"attacks": "attack"}.get(rtype, rtype)
    return str(get("article_id")), rtype, int(get("index"))


def _events_members(events) -> list[list[tuple[str, str, int]]]:
    out = []
    for e in events:
        members = e.get("members") if isinstance(e, dict) else getattr(e, "members", [])
        out.append([_member(m) for m in members or []])
    return out


def score_clusters(golds: list[GoldArticle], scores: list[ArticleScore],
                   gold_clusters: Optional[list[set]]) -> Optional[dict]:
    """Reconciler quality, when `summariser.reconcile` exists: on the gold records
    (`gold_input`) and on the predicted records mapped to gold through the alignment
    (`predicted_input`, over the gold records that were matched)."""
    if gold_clusters is None:
        return None
    fn = _reconcile_fn()
    if fn is None:
        return {"skipped": "summariser.reconcile is not available"}
    by_id = {g.article.id: g.stem for g in golds}
    universe = [(g.stem, t, i) for g in golds for t in TYPES for i in range(len(g.records(t)))]
    gold_parts = _partition(universe, gold_clusters)
    out: dict[str, Any] = {}
    try:
        events = _events_members(fn([g.as_extraction() for g in golds]))
        pred_parts = [[(by_id.get(a, a), t, i) for a, t, i in ev] for ev in events]
        out["gold_input"] = _cluster_scores(gold_parts, pred_parts)
        preds = [s.predicted for s in scores if s.predicted is not None]
        if preds:
            to_gold = {(s.predicted.article.id, t, m.pred): (s.stem, t, m.gold)
                       for s in scores if s.predicted is not None for t in TYPES for m in s.alignments[t].matches}
            mapped = [[to_gold[x] for x in ev if x in to_gold] for ev in _events_members(fn(preds))]
            matched = set(to_gold.values())
            sub_gold = [[x for x in c if x in matched] for c in gold_parts]
            if matched:  # no matched record, nothing to cluster: leave the score out rather than a vacuous 1.0
                out["predicted_input"] = _cluster_scores([c for c in sub_gold if c], [c for c in mapped if c])
    except Exception as exc:  # the reconciler is another module's code: report, do not crash the eval
        out["error"] = one_line(exc)
    return out


def _partition(universe: list, clusters: list[set]) -> list[list]:
    clustered = {x for c in clusters for x in c}
    return [sorted(c) for c in clusters] + [[x] for x in universe if x not in clustered]


def _cluster_scores(gold_parts: list[list], pred_parts: list[list]) -> dict:
    return {"pairwise": scoring.pairwise_prf(gold_parts, pred_parts).as_dict(),
            "b3": scoring.b_cubed(gold_parts, pred_parts).as_dict(),
            "events": len(pred_parts), "gold_events": len(gold_parts)}


# --------------------------------------------------------------------------- running


def run_eval(gold_dir: str | Path = "evals/gold", config=None, backend=None) -> dict[str, Any]:
    """Extract every gold article with the configured backend and score it. Returns results.json's dict."""
    from .config import load_config
    from .pipeline import Extractor

    config = config or load_config()
    golds = load_gold(gold_dir)
    extractor = Extractor(config, backend)
    scores, articles = [], []
    for g in golds:
        t0 = time.perf_counter()
        predicted, error = None, None
        try:
            predicted = extractor.extract(g.article)
        except Exception as exc:  # a failed article scores as empty output, and is reported
            error = one_line(exc)
        wall = time.perf_counter() - t0
        scores.append(score_article(g, predicted, error))
        articles.append({
            "article": g.stem, "id": g.article.id, "path": g.doc.article.path, "error": error,
            "elapsed_s": predicted.elapsed_s if predicted else round(wall, 3), "wall_s": round(wall, 3),
            "usage": predicted.usage.model_dump() if predicted else None,
            "predicted": {t: len(s_recs) for t, s_recs in (("attack", predicted.attacks if predicted else []),
                                                          ("diplomacy", predicted.diplomacy if predicted else []))},
            "gold": {t: len(g.records(t)) for t in TYPES},
        })
    clusters = score_clusters(golds, scores, load_clusters(gold_dir))
    b = extractor.backend
    return {
        "schema_version": RESULTS_SCHEMA_VERSION,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "git_revision": git_revision(),
        "backend": b.name, "model": b.model, "prompt_version": b.prompt_version, "prompt_hash": b.prompt_hash,
        "gold_dir": str(gold_dir),
        "metrics": metrics(scores, clusters),
        "items": [it for s in scores for it in item_verdicts(s)],
        "articles": articles,
        "totals": _totals(articles),
        "_scores": scores,  # in-memory only: for the HTML page; dropped when written
    }


def _totals(articles: list[dict]) -> dict:
    usage = {"prompt_tokens": 0, "completion_tokens": 0, "calls": 0, "retries": 0}
    for a in articles:
        for k in usage:
            usage[k] += (a["usage"] or {}).get(k) or 0
    elapsed = sum(a["elapsed_s"] for a in articles)
    return {**usage, "elapsed_s": round(elapsed, 3),
            "elapsed_per_article_s": round(elapsed / len(articles), 3) if articles else 0.0}


def git_revision() -> Optional[str]:
    try:
        out = subprocess.run(["git", "describe", "--always", "--dirty", "--abbrev=12"], cwd=repo_root(),
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


# --------------------------------------------------------------------------- baselines, check, compare


def load_json(path: str | Path) -> dict:
    p = Path(path)
    if not p.exists():
        raise UserError(f"{p}: no such file; create it with `summarise eval --backend NAME --check {p} --bless`")
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise UserError(f"{p}: not valid JSON ({one_line(exc)})") from exc


def public(results: dict) -> dict:
    """results without the in-memory scoring objects."""
    return {k: v for k, v in results.items() if not k.startswith("_")}


def baseline_of(results: dict, tolerance: Optional[float] = None) -> dict:
    """What a baseline keeps: metrics and item verdicts, without timings (they vary run to run)."""
    keep = public(results)
    keep.pop("articles", None)
    keep.pop("totals", None)
    keep.pop("created", None)
    keep["tolerance"] = default_tolerance(results["backend"]) if tolerance is None else tolerance
    return keep


def default_tolerance(backend: str) -> float:
    return 0.0 if backend in DETERMINISTIC_BACKENDS else DEFAULT_TOLERANCE


def check(results: dict, baseline: dict, tolerance: Optional[float] = None) -> list[str]:
    """Headline metrics that fell below the baseline (beyond the tolerance); empty when all hold."""
    tol = baseline.get("tolerance", default_tolerance(results["backend"])) if tolerance is None else tolerance
    new, old = results["metrics"]["headline"], baseline.get("metrics", {}).get("headline", {})
    failures = []
    for name, base in sorted(old.items()):
        if name not in new:
            continue  # e.g. clusters before the reconciler exists: nothing to compare
        value = new[name]
        worse = value > base + tol if name in LOWER_IS_BETTER else value < base - tol
        if worse:
            failures.append(f"{name}: {value} vs baseline {base} (tolerance {tol})")
    if new.get("safety.unsupported_numbers", 0) > 0 and not any(f.startswith("safety.unsupported") for f in failures):
        failures.append(f"safety.unsupported_numbers: {new['safety.unsupported_numbers']} (must be 0)")
    return failures


_RANK = {"pass": 2, "partial": 1, "fail": 0}


def compare(old: dict, new: dict) -> dict:
    """Metric deltas and per-item changes between two results (or baseline) files."""
    oh, nh = old.get("metrics", {}).get("headline", {}), new.get("metrics", {}).get("headline", {})
    deltas = {k: {"old": oh.get(k), "new": nh.get(k),
                  "delta": None if oh.get(k) is None or nh.get(k) is None else round(nh[k] - oh[k], 4)}
              for k in sorted(set(oh) | set(nh))}
    oi = {i["key"]: i for i in old.get("items", []) if i["status"] != "ignored"}
    ni = {i["key"]: i for i in new.get("items", []) if i["status"] != "ignored"}
    changes: dict[str, list[dict]] = {"fixed": [], "regressed": [], "still_failing": []}
    for key in sorted(set(oi) | set(ni)):
        o, n = oi.get(key), ni.get(key)
        if n is None:  # a spurious record that went away, or a gold record no longer scored
            if o["status"] != "pass":
                changes["fixed"].append(_change(key, o, None))
            continue
        if o is None:
            if n["status"] != "pass":
                changes["regressed"].append(_change(key, None, n))
            continue
        ro, rn = _RANK[o["status"]], _RANK[n["status"]]
        if rn > ro:
            changes["fixed"].append(_change(key, o, n))
        elif rn < ro:
            changes["regressed"].append(_change(key, o, n))
        elif rn < 2:
            changes["still_failing"].append(_change(key, o, n))
    return {"metrics": deltas, "items": changes,
            "old": {k: old.get(k) for k in ("backend", "model", "git_revision", "prompt_hash")},
            "new": {k: new.get(k) for k in ("backend", "model", "git_revision", "prompt_hash")}}


def _change(key: str, o: Optional[dict], n: Optional[dict]) -> dict:
    def brief(i):
        if i is None:
            return "absent"
        wrong = [k for k, v in i.get("fields", {}).items() if v is not None and v < 1 and k != "evidence_iou"]
        return i["verdict"] + (f" (wrong: {', '.join(wrong)})" if wrong else "")
    return {"key": key, "old": brief(o), "new": brief(n)}


# --------------------------------------------------------------------------- reports


def write_report(results: dict, directory: str | Path) -> list[Path]:
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


def html_items(results: dict) -> list[dict]:
    """The per-article view `summariser.report.render_eval_html` takes."""
    items = []
    for s in results.get("_scores", []):
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


def _html(results: dict) -> Optional[str]:
    try:
        from .report import render_eval_html
    except ImportError:
        return None
    return render_eval_html(html_items(results))


def _fmt(v) -> str:
    if v is None:
        return "–"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def markdown(results: dict) -> str:
    m = results["metrics"]
    lines = [f"# Eval: backend `{results['backend']}`", "",
             f"model `{results.get('model')}` · prompt `{results.get('prompt_hash')}` · "
             f"git `{results.get('git_revision')}` · gold `{results.get('gold_dir')}`", "",
             "## Headline", "", "| metric | value |", "|---|---|"]
    lines += [f"| {k} | {_fmt(v)} |" for k, v in m["headline"].items()]
    lines += ["", "## Records", "", "| type | precision | recall | F1 | TP | FP | FN |", "|---|---|---|---|---|---|---|"]
    for t, r in m["records"].items():
        lines.append(f"| {t} | {_fmt(r['precision'])} | {_fmt(r['recall'])} | {_fmt(r['f1'])} | {r['tp']} | {r['fp']} | {r['fn']} |")
    lines += ["", "## Fields (on matched pairs)", "", "| type | field | score | n |", "|---|---|---|---|"]
    for t, fs in m["fields"].items():
        lines += [f"| {t} | {k} | {_fmt(v['score'])} | {v['n']} |" for k, v in fs.items()]
    lines += ["", "## Safety", "", f"- numbers not in the article: {m['safety']['unsupported_numbers']}"]
    lines += [f"  - {x}" for x in m["safety"]["unsupported_detail"]]
    lines += [f"- records on articles with none: {m['safety']['records_on_empty_articles']} "
              f"({m['safety']['empty_articles']} such articles)"]
    if m.get("clusters"):
        lines += ["", "## Reconciler clusters", "", "```", json.dumps(m["clusters"], indent=2), "```"]
    lines += ["", "## Items", "", "| item | verdict | status | wrong fields |", "|---|---|---|---|"]
    for it in results["items"]:
        wrong = ", ".join(k for k, v in it["fields"].items() if v is not None and v < 1 and k != "evidence_iou")
        lines.append(f"| {it['key']} | {it['verdict']} | {it['status']} | {wrong} |")
    if results.get("articles"):
        lines += ["", "## Usage and time per article", "", "| article | s | calls | prompt tok | completion tok | error |",
                  "|---|---|---|---|---|---|"]
        for a in results["articles"]:
            u = a["usage"] or {}
            lines.append(f"| {a['article']} | {a['elapsed_s']} | {u.get('calls', 0)} | {u.get('prompt_tokens', 0)} | "
                         f"{u.get('completion_tokens', 0)} | {a['error'] or ''} |")
    return "\n".join(lines) + "\n"
