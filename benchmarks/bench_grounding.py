"""Fidelity of grounding: replay hand-written answers (ArticleDraft JSON per article stem)
through `draft_to_records` and the pipeline's final grounding, and score them against gold.

    .venv/bin/python benchmarks/grounding_fidelity.py evals/answers/ideal
    .venv/bin/python benchmarks/grounding_fidelity.py evals/answers/habits --json out.json

No model and no network: the answers stand in for a model. Prints the headline metrics for
seed and held-out gold, and every rejected value (an ideal answer should lose none).
"""

from __future__ import annotations

import argparse
import json
import sys
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("answers")
    ap.add_argument("--json")
    args = ap.parse_args()
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
