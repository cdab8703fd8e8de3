"""Fidelity of grounding: replay hand-written answers (ArticleDraft JSON per article stem)
through `draft_to_records` and the pipeline's final grounding, and score them against gold.

    .venv/bin/python benchmarks/bench_grounding.py evals/answers/ideal
    .venv/bin/python benchmarks/bench_grounding.py evals/answers/habits --json out.json
    .venv/bin/python benchmarks/bench_grounding.py evals/answers/planted --planted

No model and no network: the answers stand in for a model. Prints the headline metrics for
seed and held-out gold, and every rejected value (an ideal answer should lose none). With
`--planted`, checks every value of `planted/manifest.json` against the final Extraction
(records and summary, after the pipeline's own grounding pass) and prints which were rejected.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summariser.backends.base import BackendResult  # noqa: E402
from summariser.backends.drafts_to_records import draft_to_records  # noqa: E402
from summariser.backends.llm import ArticleDraft, merge_attacks, merge_diplomacy  # noqa: E402
from summariser.config import load_config  # noqa: E402
from summariser.evaluate import run_eval  # noqa: E402


class AnswerBackend:
    """Answers read from a folder instead of a model."""

    name, model, prompt_version, prompt_hash = "answers", None, None, None

    def __init__(self, folder: Path):
        self.folder = folder
        self.rejected: dict[str, list] = {}

    def identity(self) -> dict:
        return {"answers": str(self.folder)}

    def extract(self, article) -> BackendResult:
        stem = Path(article.path or "").stem
        path = self.folder / f"{stem}.json"
        if not path.exists():
            return BackendResult()
        draft = ArticleDraft.model_validate_json(path.read_text(encoding="utf-8"))
        g = draft_to_records(draft, article.text, published=article.published)
        self.rejected[stem] = g.rejected
        return BackendResult(summary=draft.summary, attacks=merge_attacks(g.attacks),
                             diplomacy=merge_diplomacy(g.diplomacy), rejected=list(g.rejected),
                             warnings=list(g.warnings))


ARTICLE_DIRS = ("seeds", "evals/heldout/articles", "evals/answers/planted/articles", "evals/controls/articles")


def _article(stem: str):
    from summariser.articles import load_articles

    for folder in ARTICLE_DIRS:
        for path in (ROOT / folder).glob(f"{stem}.*"):
            if path.suffix in (".txt", ".md"):
                return next(iter(load_articles(path)))
    raise FileNotFoundError(stem)


def extraction(folder: Path, stem: str):
    from summariser.pipeline import build

    backend = AnswerBackend(folder)
    article = _article(stem)
    return build(article, backend.extract(article), backend, 0.0, load_config(use_cache=False))


def planted_survives(item: dict, ext, ideal) -> bool:
    """Does the planted value reach the final output (where the ideal answer's output lacks it)?"""
    value, path = item["value"], item["path"]
    if path == "summary":
        return str(value).lower() in ext.summary.lower()
    if item["record"] == "diplomacy" and path.count(".") == 0:  # a whole invented record
        return len(ext.diplomacy) > len(ideal.diplomacy)
    if ".participants" in path:
        return any(value in r.participants for r in ext.diplomacy)
    if ".evidence" in path:
        return any(value[:40] in s.text for r in [*ext.attacks, *ext.diplomacy] for s in r.evidence)
    field = "locations" if ".places" in path else path.rsplit(".", 1)[-1]
    return _values(ext, field)[value] > _values(ideal, field)[value]


def _values(ext, field: str) -> Counter:
    """How many attack records hold each value of `field` (a place name for "locations")."""
    out: Counter = Counter()
    for r in ext.attacks:
        if field == "locations":
            out.update(loc.name for loc in r.locations)
            continue
        v = getattr(r, field, None)
        out[v.value if hasattr(v, "qualifier") else v] += 1
    return out


def planted(folder: Path) -> int:
    from rich.console import Console
    from rich.table import Table

    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    table = Table("article", "path", "kind", "value", "rejected")
    missed = 0
    for item in manifest["planted"]:
        ext = extraction(folder, item["article"])
        ideal_stem = "h06_odesa_toll_brief" if item["article"].startswith("h06i") else item["article"]
        ideal = extraction(folder.parent / "ideal", ideal_stem) if ideal_stem == item["article"] else \
            _ideal_on(folder, item["article"], ideal_stem)
        survived = planted_survives(item, ext, ideal)
        missed += survived
        table.add_row(item["article"], item["path"], item["kind"], str(item["value"])[:40], "no" if survived else "yes")
    Console().print(table)
    print(f"{len(manifest['planted']) - missed} of {len(manifest['planted'])} planted values rejected")
    return 1 if missed else 0


def _ideal_on(folder: Path, stem: str, ideal_stem: str):
    """The ideal answer of `ideal_stem` replayed on article `stem` (the injected copy)."""
    from summariser.pipeline import build

    backend = AnswerBackend(folder.parent / "ideal")
    article = _article(stem)
    draft = ArticleDraft.model_validate_json((folder.parent / "ideal" / f"{ideal_stem}.json").read_text())
    g = draft_to_records(draft, article.text, published=article.published)
    result = BackendResult(summary=draft.summary, attacks=merge_attacks(g.attacks), diplomacy=g.diplomacy)
    return build(article, result, backend, 0.0, load_config(use_cache=False))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("answers")
    ap.add_argument("--json")
    ap.add_argument("--planted", action="store_true", help="check planted/manifest.json")
    args = ap.parse_args()
    if args.planted:
        return planted(Path(args.answers))
    config = load_config(use_cache=False)
    out = {}
    for gold in ("evals/gold", "evals/heldout/gold"):
        backend = AnswerBackend(Path(args.answers))
        res = run_eval(ROOT / gold, config, backend)
        out[gold] = res["metrics"]["headline"]
        print(f"== {gold}")
        for k, v in res["metrics"]["headline"].items():
            print(f"  {k:45s} {v}")
        for stem, rej in backend.rejected.items():
            for r in rej:
                print(f"  rejected {stem}: {r.field} = {r.value!r}: {r.reason}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
