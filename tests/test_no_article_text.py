"""No sentence of a seed or evaluation article in the package, the prompts or the tests.

Code keyed to the articles it is scored on would flatter every figure, and a test that quotes an
evaluation article tunes the code on it. The check is the one the project's stop hook makes: a
run of seven words (lowercased, punctuation dropped, digits kept) that a file under `summariser/`
or `prompts/` shares with a seed or evaluation article, or a test shares with an evaluation
article (tests may quote the seeds, which are the worked examples). A failure prints only the
shared run and the two file names, never more of an article.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN = 7
ARTICLE_SUFFIXES = {".txt", ".md", ".jsonl", ".json"}
SKIP_SUFFIXES = {".pyc", ".gguf", ".bin", ".png", ".ico"}


def _runs(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return [" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1)]


def _table(files: list[Path]) -> dict[str, Path]:
    return {run: f for f in files for run in _runs(f.read_text(encoding="utf-8", errors="ignore"))}


def _eval_articles() -> list[Path]:
    return [f for f in (ROOT / "evals").rglob("*")
            if f.is_file() and "articles" in f.relative_to(ROOT).parts and f.suffix in ARTICLE_SUFFIXES]


def _shared(folder: str, table: dict[str, Path]) -> list[str]:
    hits = []
    for f in sorted((ROOT / folder).rglob("*")):
        if not f.is_file() or f.suffix in SKIP_SUFFIXES or "__pycache__" in f.parts:
            continue
        for run in dict.fromkeys(_runs(f.read_text(encoding="utf-8", errors="ignore"))):
            if run in table:
                hits.append(f"{f.relative_to(ROOT)}: '{run}' (from {table[run].relative_to(ROOT)})")
    return hits


def test_no_article_run_in_the_package_prompts_or_tests() -> None:
    evals = _table(_eval_articles())
    everything = {**_table(sorted((ROOT / "seeds").glob("*.txt"))), **evals}
    hits = _shared("summariser", everything) + _shared("prompts", everything) + _shared("tests", evals)
    assert not hits, "article text copied into code, prompts or tests:\n" + "\n".join(hits[:40])
