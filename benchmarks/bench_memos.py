"""What the per-span memos save: grounding an answer (`ground_drafts` + `build`, what a `--workers`
process does) with the memos of dates, places, actors and sentences and the rules' relation-list
prefilter, against the plain scans, alternating in one process.

    .venv/bin/python benchmarks/bench_memos.py [--articles 100] [--rounds 10]

One process, so both sides share the machine's moment: each round grounds a batch of fresh
synthetic articles (never seed text, never an earlier round's, since a memo must not answer from
an earlier pass) once with the plain scans and once with the memos, each memo emptied first.
The fastest and the median round of each side are printed, with and without the cross-check.
The records of both sides must be equal (checked on every round).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from typing import Any, Callable

from common import add_repo_to_path, draft_for, median, print_header, print_table, synthetic_article


def _switch() -> Callable[[bool], None]:
    """A function that puts the memos (True) or the plain scans (False) in place."""
    from summariser import dates, lexicon, sentences
    from summariser.knowledge import actors, gazetteer

    memos: list[tuple[Any, str]] = [(dates, "_dates_in"), (sentences, "_sentences_of"),
                                    (gazetteer, "_places_in"), (actors, "_actors_in")]
    cached = {(module, name): getattr(module, name) for module, name in memos}
    prefilter = lexicon.RELATION_NOUN_WORD

    def use(on: bool) -> None:
        for (module, name), fn in cached.items():
            fn.cache_clear()
            setattr(module, name, fn if on else fn.__wrapped__)
        lexicon.RELATION_NOUN_WORD = prefilter if on else re.compile("")  # every sentence let through

    return use


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    print_header("bench_memos: the per-span memos on and off, one process")
    add_repo_to_path()
    from summariser.articles import Article
    from summariser.backends.llm import ArticleDraft, ground_drafts
    from summariser.backends.openai_compat import OpenAIBackend
    from summariser.config import load_config
    from summariser.pipeline import build
    from summariser.records import Usage

    use = _switch()
    base = load_config(backend="openai", base_url="http://127.0.0.1:9/v1", api_key="sk-bench", model="stub",
                       use_cache=False)
    batches = [[(Article(text=t, source="Synthetic Wire", published=dt.date(2025, 5, 1)),
                 ArticleDraft.model_validate(draft_for(t)))
                for t in (synthetic_article(i) for i in range(k * args.articles, (k + 1) * args.articles))]
               for k in range(2 * args.rounds + 1)]
    rows = []
    for label, config in (("with the cross-check", base), ("--no-cross-check", base.with_(cross_check=False))):
        backend = OpenAIBackend(config)

        def ground(items: list[tuple[Article, ArticleDraft]]) -> list[str]:
            return [build(a, ground_drafts(config, a, [(0, d)], Usage(), []), backend, 0.0, config)
                    .model_dump_json(exclude={"elapsed_s"}) for a, d in items]

        ground(batches[0])  # loads the data grounding reads
        times: dict[bool, list[float]] = {False: [], True: []}
        for k in range(args.rounds):
            items = batches[1 + k]
            records = {}
            for on in (False, True):
                use(on)
                t0 = time.process_time()
                records[on] = ground(items)
                times[on].append(1000 * (time.process_time() - t0) / len(items))
            if records[True] != records[False]:
                raise SystemExit(f"round {k}: the memos changed a record")
        use(True)
        for on in (False, True):
            rows.append([label, "memos" if on else "plain", f"{min(times[on]):.2f}", f"{median(times[on]):.2f}"])
    print_table(f"ground_drafts + build, {args.rounds} rounds of {args.articles} fresh synthetic articles",
                ["", "scans", "fastest ms/article", "median ms/article"], rows)


if __name__ == "__main__":
    sys.exit(main())
