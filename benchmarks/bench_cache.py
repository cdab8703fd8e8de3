"""A rerun over an already-cached batch: how fast are cache hits?

    .venv/bin/python benchmarks/bench_cache.py [--articles 1000] [--concurrency 1 4]

First pass: 1,000 synthetic articles through the openai backend against a loopback stub
server with no latency, filling a fresh cache folder. Second pass (timed): the same batch
again with the same settings, so every article is a cache hit and no request is sent
(the script checks the server saw none). The rerun is the whole `extract_many` call --
loading and cleaning the articles, the cache look-up, and writing the JSONL -- and the
same stages are then timed apart so a slow one is easy to spot.
Goal: over 1,000 articles/s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from common import add_repo_to_path, console, print_header, print_table, verdict, write_synthetic

GOAL_RATE = 1000.0


def config_for(base_url: str, cache_dir: Path, concurrency: int):
    from summariser import load_config

    return load_config(backend="openai", base_url=base_url, api_key="sk-bench", model="stub-model",
                       mode="llamacpp", concurrency=concurrency, use_cache=True, cache_dir=str(cache_dir),
                       max_retries=0)


def one_pass(path: Path, config, out: Path) -> tuple[float, int, int]:
    from summariser import Extraction
    from summariser.pipeline import extract_many

    ok = failed = 0
    t0 = time.perf_counter()
    for outcome in extract_many([str(path)], config=config, out=str(out)):
        if isinstance(outcome, Extraction):
            ok += 1
        else:
            failed += 1
    return time.perf_counter() - t0, ok, failed


def stages(path: Path, config) -> list[list]:
    """Time the rerun's stages apart: load + clean, cache key, cache read, JSONL line."""
    from summariser.articles import Article, load_articles
    from summariser.pipeline import Extractor

    t0 = time.perf_counter()
    articles = [a for a in load_articles([str(path)]) if isinstance(a, Article)]
    t_load = time.perf_counter() - t0
    ex = Extractor(config)
    t0 = time.perf_counter()
    keys = [ex._key(a) for a in articles]
    t_key = time.perf_counter() - t0
    t0 = time.perf_counter()
    hits = [ex.cache.get(k) for k in keys]
    t_get = time.perf_counter() - t0
    t0 = time.perf_counter()
    lines = [h.model_dump_json() for h in hits if h is not None]
    t_dump = time.perf_counter() - t0
    n = len(articles)
    return [[name, t, 1000 * t / n, n / t if t else float("inf")] for name, t in (
        ("load + clean articles", t_load), ("cache key (sha256 of identity+text)", t_key),
        ("cache read + validate (Extraction.model_validate_json)", t_get),
        (f"JSONL serialisation ({len(lines)} lines)", t_dump))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 4],
                    help="concurrency settings for the rerun (4 is the default setting)")
    args = ap.parse_args()

    print_header("bench_cache: rerun over an already-cached batch")
    add_repo_to_path()
    import bench_openai  # the forked stub server and its honest answers

    import summariser.backends.openai_compat  # noqa: F401  (import cost is not rerun cost)

    work = Path(tempfile.mkdtemp(prefix="bench_cache_"))
    path = write_synthetic(work, args.articles)
    cache_dir = work / "cache"
    rows = []
    with bench_openai.ServerProcess(0.0) as server:
        base_url = server.base_url
        first_s, ok, failed = one_pass(path, config_for(base_url, cache_dir, 8), work / "first.jsonl")
        after_first = server.served
        entries = sum(1 for _ in cache_dir.rglob("*.json"))
        console().print(f"first pass (stub server, no latency, concurrency 8): {ok} ok, {failed} failed, "
                        f"{first_s:.1f} s; {entries} cache entries in {cache_dir}")
        for c in args.concurrency:
            s, ok2, failed2 = one_pass(path, config_for(base_url, cache_dir, c), work / f"rerun_c{c}.jsonl")
            rate = ok2 / s
            rows.append([f"rerun, concurrency {c}", args.articles, ok2, failed2, s, rate,
                         f"> {GOAL_RATE:.0f}", verdict(rate > GOAL_RATE)])
        reruns_sent = server.served - after_first
        stage_rows = stages(path, config_for(base_url, cache_dir, 1))  # same endpoint: same cache keys
    print_table("rerun from cache", ["pass", "articles", "ok", "failed", "wall s", "articles/s", "goal", "met"], rows)
    console().print(f"requests the server answered: {after_first} in the first pass, {reruns_sent} during the "
                    f"reruns (must be 0)")
    print_table("rerun stages, timed apart", ["stage", "total s", "ms/article", "articles/s"], stage_rows)


if __name__ == "__main__":
    sys.exit(main())
