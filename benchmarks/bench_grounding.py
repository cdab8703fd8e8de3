"""CPU per article of grounding an answer (what a `--workers` process does), with and without the
rules cross-check, and a digest of the records for an A/B that must not change them.

    .venv/bin/python benchmarks/bench_grounding.py [--articles 100] [--runs 3]
    PYTHONPATH=/path/to/other/checkout .venv/bin/python benchmarks/bench_grounding.py   # an A/B

The synthetic articles and honest drafts of bench_openai (never seed text), one process, no HTTP:
`ground_drafts` (drafts -> grounded records, merging, the cross-check) + `pipeline.build`
(enforce, the Extraction). Each figure is the fastest of --runs passes over the articles (a busy
machine's pauses only ever add time); each pass reads articles of its own (the first --articles are
for the digest), so no memo answers from an earlier pass. The digest hashes every Extraction (but its elapsed time)
and the rules backend's own records on the same articles: two checkouts that differ only in
speed print the same digests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import sys
import time
from pathlib import Path

from common import add_repo_to_path, console, draft_for, print_header, print_table, synthetic_article


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print_header("bench_grounding: grounding an answer, CPU per article, one process")
    add_repo_to_path()
    for entry in reversed([p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]):
        sys.path.insert(0, entry)  # an A/B: the checkout named in PYTHONPATH first
    import summariser
    from summariser.articles import Article
    from summariser.backends.llm import ArticleDraft, ground_drafts
    from summariser.backends.openai_compat import OpenAIBackend
    from summariser.backends.rules import RulesBackend
    from summariser.config import load_config
    from summariser.pipeline import build
    from summariser.records import Usage

    console().print(f"summariser from {Path(summariser.__file__).parent}")
    def batch(first: int) -> list[tuple[Article, ArticleDraft]]:
        texts = [synthetic_article(i) for i in range(first, first + args.articles)]
        return [(Article(text=text, source="Synthetic Wire", published=dt.date(2025, 5, 1)),
                 ArticleDraft.model_validate(draft_for(text))) for text in texts]

    items = batch(0)
    # each timed pass reads articles of its own: the per-span memos (dates, places, numbers...)
    # must not answer from an earlier pass over the same articles, which no real batch repeats
    passes = [batch((run + 1) * args.articles) for run in range(args.runs)]
    base = load_config(backend="openai", base_url="http://127.0.0.1:9/v1", api_key="sk-bench", model="stub",
                       use_cache=False)
    rows = []
    for label, overrides in (("with the cross-check", {}), ("--no-cross-check", {"cross_check": False})):
        try:
            config = base.with_(**overrides)
        except TypeError:  # an older checkout without the setting
            continue
        backend = OpenAIBackend(config)

        def one_pass(articles: list[tuple[Article, ArticleDraft]], digest: "hashlib._Hash | None" = None) -> None:
            for article, draft in articles:
                ext = build(article, ground_drafts(config, article, [(0, draft)], Usage(), []), backend, 0.0, config)
                if digest is not None:
                    digest.update(ext.model_dump_json(exclude={"elapsed_s"}).encode())

        digest = hashlib.sha256()
        one_pass(items, digest)  # also loads the data grounding reads on first use
        best = float("inf")
        for articles in passes:
            t0 = time.process_time()
            one_pass(articles)
            best = min(best, time.process_time() - t0)
        rows.append([label, f"{1000 * best / len(items):.2f}", digest.hexdigest()[:16]])
    rules = hashlib.sha256()
    for article, _ in items:
        found = RulesBackend(base).extract(article)
        rules.update(repr((found.attacks, found.diplomacy, found.summary)).encode())
    print_table(f"ground_drafts + build, {len(items)} synthetic articles (fastest of {args.runs})",
                ["", "CPU ms/article", "records digest"], rows)
    console().print(f"the rules backend's records on the same articles: digest {rules.hexdigest()[:16]}")


if __name__ == "__main__":
    sys.exit(main())
