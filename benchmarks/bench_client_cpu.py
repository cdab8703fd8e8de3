"""CPU per article of the openai path's client, with no latency: the cost this code adds per answer.

    .venv/bin/python benchmarks/bench_client_cpu.py [--articles 200] [--concurrency 1 8] [--workers 0]
    PYTHONPATH=/path/to/other/checkout .venv/bin/python benchmarks/bench_client_cpu.py   # an A/B

The stub server of bench_openai (a child process, answering at once with the honest draft) and
the real pipeline, `extract_many(..., backend="openai", workers=W)`, cache off. Reported per
concurrency: the main process's CPU time per article (`time.process_time`), and with
`--profile`, cProfile's top functions; the stub server's own CPU per article is printed beside
it, since on 2 cores it shares the client's cores (one process, concurrency 1). A warm-up batch of 5
articles runs first. Run two checkouts back to back for an A/B: other work on the machine
inflates both alike. Use `--workers 0` for an A/B: worker processes import the checkout the
virtual environment has installed, whatever PYTHONPATH says.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from common import add_repo_to_path, console, print_header, process_tree, write_synthetic


def _cpu(pid: int) -> float:
    """CPU seconds of `pid` (all its threads)."""
    return process_tree(pid).get(pid, (0.0, 0.0))[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 8])
    ap.add_argument("--workers", type=int, default=0, help="--workers (0: ground in the main process)")
    ap.add_argument("--profile", type=int, default=0, help="print cProfile's top N (cumulative), concurrency 1")
    ap.add_argument("--no-cross-check", dest="cross_check", action="store_false",
                    help="--no-cross-check: the rules do not run to mark agreeing values")
    args = ap.parse_args()
    print_header("bench_client_cpu: openai path, client CPU per article at zero latency")
    add_repo_to_path()
    # an A/B: the checkout named in PYTHONPATH goes before this one (add_repo_to_path put this first)
    for entry in reversed([p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]):
        sys.path.insert(0, entry)
    from bench_openai import ServerProcess

    import summariser
    from summariser import Extraction, extract_many

    console().print(f"summariser from {Path(summariser.__file__).parent}, cross-check {'on' if args.cross_check else 'off'}")
    work = Path(tempfile.mkdtemp(prefix="bench_cpu_"))
    path, warm = write_synthetic(work, args.articles), write_synthetic(work, 5, start=90000)
    extra = {"workers": args.workers, **({} if args.cross_check else {"cross_check": False})}
    with ServerProcess(0.0) as srv:
        def run(p: Path, c: int) -> list:
            try:
                return list(extract_many([str(p)], backend="openai", base_url=srv.base_url, api_key="sk-bench",
                                         model="stub", mode="llamacpp", concurrency=c, use_cache=False,
                                         max_retries=0, **extra))
            except Exception:  # an older checkout without --workers
                extra.clear()
                return run(p, c)

        for c in args.concurrency:
            run(warm, c)
            c0, s0, t0 = time.process_time(), _cpu(srv.proc.pid), time.perf_counter()
            outs = run(path, c)
            cpu, served = time.process_time() - c0, _cpu(srv.proc.pid) - s0
            ok = sum(isinstance(o, Extraction) for o in outs)
            console().print(f"concurrency {c}: {ok}/{args.articles} ok, main process CPU "
                            f"{1000 * cpu / args.articles:.2f} ms/article, wall {time.perf_counter() - t0:.1f} s "
                            f"(the stub server: {1000 * served / args.articles:.2f} ms/article)")
        if args.profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.enable()
            run(path, 1)
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    sys.exit(main())
