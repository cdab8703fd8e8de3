"""Where an article's wall time goes in an openai batch: one level of requests in flight against
bench_openai's loopback server (500 ms), with per-article timestamps.

    .venv/bin/python benchmarks/bench_stages.py [--concurrency 32] [--seconds 8] [--no-cross-check] [--workers N]
    PYTHONPATH=/path/to/other/checkout .venv/bin/python benchmarks/bench_stages.py   # an A/B

A fresh process per run (imports and the workers' start-up included, as a CLI batch pays them).
Reported: efficiency; when the first request left, the first answer came and the first and
64th records reached the caller; and per article the median / p90 / mean of request -> answer
(the network part, `aanswers`), answer -> grounded (the worker pool or this process) and
grounded -> yielded (the results queue and the JSONL line), over all articles and over those
sent after the first 3 s (the steady state). An article holds its slot from its request until
it is grounded; what comes after does not delay the next request.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import add_repo_to_path, write_synthetic


def _stat(name: str, xs: list[float]) -> None:
    xs = sorted(xs)
    if xs:
        print(f"  {name:20s} median {1000 * statistics.median(xs):7.1f} ms   p90 {1000 * xs[int(len(xs) * .9)]:7.1f}"
              f"   mean {1000 * statistics.mean(xs):7.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=8.0, help="ideal seconds of work")
    ap.add_argument("--no-cross-check", action="store_true")
    ap.add_argument("--workers", type=int, default=None)
    args = ap.parse_args()
    add_repo_to_path()
    for entry in reversed([p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]):
        sys.path.insert(0, entry)  # an A/B: the checkout named in PYTHONPATH first
    from bench_openai import ServerProcess

    import summariser.workers as workers
    from summariser.backends.openai_compat import OpenAIBackend
    from summariser.pipeline import extract_many

    now, marks = time.perf_counter, {}
    answers, ground = OpenAIBackend.aanswers, workers.GroundingPool.ground

    async def timed_answers(self, article):
        mark = marks[article.id] = {"sent": now()}
        result = await answers(self, article)
        mark["answered"] = mark["grounded"] = now()  # grounded here unless the pool does it
        return result

    async def timed_ground(self, backend, config, article, answers_, waited):
        ext = await ground(self, backend, config, article, answers_, waited)
        marks[article.id]["grounded"] = now()
        return ext

    OpenAIBackend.aanswers, workers.GroundingPool.ground = timed_answers, timed_ground
    n = max(40, int(args.concurrency / 0.5 * args.seconds))
    options = {"cross_check": False} if args.no_cross_check else {}
    if args.workers is not None:
        options["workers"] = args.workers
    yielded = {}
    with tempfile.TemporaryDirectory() as folder, ServerProcess(0.5) as server:
        path = write_synthetic(Path(folder), n)
        t0 = now()
        for outcome in extract_many([str(path)], backend="openai", base_url=server.base_url, api_key="sk-bench",
                                    model="stub-model", concurrency=args.concurrency, use_cache=False, max_retries=0,
                                    out=str(Path(folder) / "out.jsonl"), **options):
            if hasattr(outcome, "article"):
                yielded[outcome.article.id] = now()
            else:
                print("failed:", outcome.error)
        wall = now() - t0
    print(f"{n} articles, {args.concurrency} in flight, wall {wall:.2f} s, efficiency "
          f"{n / wall / (args.concurrency / 0.5):.1%}, load {os.getloadavg()[0]:.2f}")
    ends = sorted(yielded.values())
    print(f"first request {min(m['sent'] for m in marks.values()) - t0:.2f} s, first answer "
          f"{min(m['answered'] for m in marks.values()) - t0:.2f} s, first record {ends[0] - t0:.2f} s, "
          f"64th record {ends[min(63, len(ends) - 1)] - t0:.2f} s")
    for label, ids in (("all", list(marks)), ("sent after 3 s", [k for k, m in marks.items() if m["sent"] - t0 > 3])):
        print(f"{label} ({len(ids)} articles)")
        _stat("request -> answer", [marks[k]["answered"] - marks[k]["sent"] for k in ids])
        _stat("answer -> grounded", [marks[k]["grounded"] - marks[k]["answered"] for k in ids])
        _stat("grounded -> yielded", [yielded[k] - marks[k]["grounded"] for k in ids if k in yielded])


if __name__ == "__main__":
    sys.exit(main())
