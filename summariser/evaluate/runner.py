"""Running an evaluation: get predictions for every gold (and control) article, score them,
and assemble results.json's dict.

Predictions come from a backend (`run_eval(gold_dir, config)`) or from Extractions already
written as JSONL (`run_eval(gold_dir, records="preds.jsonl")`, no backend run), matched to
gold articles by article id. Adding another source means adding one `Predictor`.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Protocol

from ..errors import UserError, one_line
from ..records import Extraction
from .clusters import score_clusters
from .gold import TYPES, GoldArticle, load_clusters, load_gold, repo_root
from .intervals import RESAMPLES
from .metrics import control_summary, metrics
from .scores import ArticleScore, item_verdicts, score_article

if TYPE_CHECKING:  # the pipeline is imported only when a backend runs
    from ..backends.base import Backend
    from ..config import Config

RESULTS_SCHEMA_VERSION = "2"  # 2: strict and lenient records, field gates, intervals, controls


class BackendPredictor:
    """Extract each article with the configured backend."""

    def __init__(self, config: Optional[Config] = None, backend: Optional[Backend] = None) -> None:
        from ..config import load_config
        from ..pipeline import Extractor

        self.extractor = Extractor(config or load_config(), backend)
        b = self.extractor.backend
        self.identity = {"backend": b.name, "model": b.model, "prompt_version": b.prompt_version,
                         "prompt_hash": b.prompt_hash}

    def __call__(self, g: GoldArticle) -> Extraction:
        return self.extractor.extract(g.article)


class RecordsPredictor:
    """Extractions already written (one JSON object per line), looked up by article id."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.by_id = read_records(self.path)
        first = next(iter(self.by_id.values()), None)
        self.identity = {"backend": first.backend if first else "records", "model": first.model if first else None,
                         "prompt_version": first.prompt_version if first else None,
                         "prompt_hash": first.prompt_hash if first else None, "records": str(self.path)}

    def __call__(self, g: GoldArticle) -> Extraction:
        found = self.by_id.get(g.article.id)
        if found is None:
            raise LookupError(f"no Extraction for article id {g.article.id} ({g.doc.article.path}) in {self.path}")
        if found.text and found.text != g.article.text:
            raise LookupError(f"{self.path}: the Extraction for {g.stem} was made from another cleaned text "
                              "(its evidence offsets would point elsewhere); re-extract it")
        return found


def read_records(path: Path) -> dict[str, Extraction]:
    if not path.is_file():
        raise UserError(f"{path}: no such file; pass --records with a JSONL file `summarise extract` wrote")
    out: dict[str, Extraction] = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                ext = Extraction.model_validate_json(line)
            except ValueError as exc:
                raise UserError(f"{path}:{n}: not an Extraction ({one_line(exc)})") from exc
            if ext.article.id in out:
                raise UserError(f"{path}:{n}: a second Extraction for article {ext.article.id}; keep one per article")
            out[ext.article.id] = ext
    return out


Progress = Callable[[str], None]
Row = dict[str, Any]  # one article's row of results.json


class Predictor(Protocol):
    """Where predictions come from: an Extraction per gold article, and who made them."""

    identity: dict[str, Optional[str]]

    def __call__(self, g: GoldArticle) -> Extraction: ...


def _score_all(golds: list[GoldArticle], predict: Predictor,
               progress: Optional[Progress]) -> tuple[list[ArticleScore], list[Row]]:
    scores: list[ArticleScore] = []
    articles: list[Row] = []
    for g in golds:
        t0 = time.perf_counter()
        predicted, error = None, None
        try:
            predicted = predict(g)
        except Exception as exc:  # noqa: BLE001 - a failed article scores as empty output, and is reported
            error = one_line(exc)
        wall = time.perf_counter() - t0
        scores.append(score_article(g, predicted, error))
        articles.append(_article_row(g, predicted, error, wall))
        if progress:
            progress(g.stem)
    return scores, articles


def _article_row(g: GoldArticle, predicted: Optional[Extraction], error: Optional[str], wall: float) -> Row:
    return {
        "article": g.stem, "id": g.article.id, "path": g.doc.article.path, "error": error,
        "elapsed_s": predicted.elapsed_s if predicted else round(wall, 3), "wall_s": round(wall, 3),
        "usage": predicted.usage.model_dump() if predicted else None,
        "predicted": {"attack": len(predicted.attacks) if predicted else 0,
                      "diplomacy": len(predicted.diplomacy) if predicted else 0},
        "gold": {t: len(g.records(t)) for t in TYPES},
    }


def run_eval(gold_dir: str | Path = "evals/gold", config: Optional[Config] = None,
             backend: Optional[Backend] = None, *, records: Optional[str | Path] = None,
             controls_dir: Optional[str | Path] = None, resamples: int = RESAMPLES,
             progress: Optional[Progress] = None, on_start: Optional[Callable[[int], None]] = None) -> dict[str, Any]:
    """Score a backend (or a JSONL of saved Extractions) on a gold folder and, when given, a
    controls folder. Returns results.json's dict."""
    golds = load_gold(gold_dir)
    controls = load_gold(controls_dir) if controls_dir else []
    predict: Predictor = RecordsPredictor(records) if records else BackendPredictor(config, backend)
    if on_start:
        on_start(len(golds) + len(controls))
    scores, articles = _score_all(golds, predict, progress)
    control_scores, control_rows = _score_all(controls, predict, progress)
    clusters = score_clusters(golds, scores, load_clusters(gold_dir))
    summary = control_summary(control_scores) if controls_dir else None
    if summary is not None:
        summary["dir"] = str(controls_dir)
    return {
        "schema_version": RESULTS_SCHEMA_VERSION,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "git_revision": git_revision(),
        **predict.identity,
        "gold_dir": str(gold_dir), "controls_dir": str(controls_dir) if controls_dir else None,
        "metrics": metrics(scores, clusters, summary, resamples),
        "items": [it for s in scores for it in item_verdicts(s)],
        "articles": articles, "control_articles": control_rows,
        "totals": _totals(articles), "control_totals": _totals(control_rows),
        "_scores": scores,  # in-memory only: for the HTML page; dropped when written
    }


def score_saved(golds: list[GoldArticle], predictions: list[Optional[Extraction]]) -> list[ArticleScore]:
    """Score Extractions in hand (same order as `golds`); for notebooks and tests."""
    return [score_article(g, p) for g, p in zip(golds, predictions)]


def _totals(articles: list[Row]) -> dict[str, float]:
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
