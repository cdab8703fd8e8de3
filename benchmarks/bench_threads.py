"""Where the client's CPU goes at N requests in flight: per thread of the main process, per worker
process, and (with --profile) cProfile's top functions on the event loop's thread.

    .venv/bin/python benchmarks/bench_threads.py [--concurrency 128] [--articles 1024] [--workers 2]
                                                 [--profile 30] [--no-cross-check]

The stub server of bench_openai (a child process, --latency, default 0.5 s) and the real pipeline,
`extract_many(..., backend="openai", workers=W, out=...)`, cache off, after a warm-up batch of 5.
Threads are read from /proc/self/task while the batch runs (a thread that ends is kept at its last
reading) and named from `threading`: the event loop's thread is the batch runner's `worker`, the
ProcessPoolExecutor's result thread an unnamed `Thread-N` (it unpickles each Extraction), its
`QueueFeederThread` pickles each job, `MainThread` is the caller writing the JSONL. The worker
processes' CPU is read at 75 % of the batch (they exit with it), their start-up included.
cProfile measures with thread CPU time and slows what it profiles ~2-3x: read its shares, not
its milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from common import add_repo_to_path, console, print_header, process_tree, write_synthetic


def thread_cpu() -> dict[int, float]:
    """Native thread id -> CPU seconds (user + system) of this process's live threads."""
    out = {}
    tick = os.sysconf("SC_CLK_TCK")
    for tid in os.listdir("/proc/self/task"):
        try:
            fields = Path(f"/proc/self/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended meanwhile
            continue
        out[int(tid)] = (int(fields[11]) + int(fields[12])) / tick
    return out


class ThreadSampler:
    """Reads every thread's CPU and name every 50 ms until stopped (threads come and go)."""

    def __init__(self) -> None:
        self.cpu: dict[int, float] = {}
        self.names: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sampler", daemon=True)

    def _read(self) -> None:
        for th in threading.enumerate():
            if th.native_id is not None:
                self.names[th.native_id] = th.name
        self.cpu.update(thread_cpu())

    def _run(self) -> None:
        while not self._stop.is_set():
            self._read()
            time.sleep(0.05)

    def __enter__(self) -> "ThreadSampler":
        self._read()
        self.before = dict(self.cpu)
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join()
        self._read()


def profiled_asyncio_run(profile: cProfile.Profile) -> Any:
    """`asyncio.run` with `profile` on in the thread that runs the loop (the batch runner's)."""
    original = asyncio.run

    def run(coro: Any, **kwargs: Any) -> Any:
        profile.enable()
        try:
            return original(coro, **kwargs)
        finally:
            profile.disable()

    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--concurrency", type=int, default=128)
    ap.add_argument("--articles", type=int, default=1024)
    ap.add_argument("--workers", type=int, default=None, help="--workers (default: the cores)")
    ap.add_argument("--latency", type=float, default=0.5)
    ap.add_argument("--profile", type=int, default=0, help="print cProfile's top N of the event loop's thread")
    ap.add_argument("--no-cross-check", dest="cross_check", action="store_false")
    args = ap.parse_args()
    print_header(f"bench_threads: client CPU per thread and process, {args.concurrency} in flight")
    add_repo_to_path()
    from bench_openai import ServerProcess

    import summariser
    from summariser import extract_many

    console().print(f"summariser from {Path(summariser.__file__).parent}, cross-check {'on' if args.cross_check else 'off'}")
    work = Path(tempfile.mkdtemp(prefix="bench_threads_"))
    path, warm = write_synthetic(work, args.articles), write_synthetic(work, 5, start=90000)
    extra: dict[str, Any] = {} if args.cross_check else {"cross_check": False}
    if args.workers is not None:
        extra["workers"] = args.workers
    profile = cProfile.Profile(time.thread_time) if args.profile else None
    with ServerProcess(args.latency) as srv:
        options = dict(backend="openai", base_url=srv.base_url, api_key="sk-bench", model="stub", mode="llamacpp",
                       concurrency=args.concurrency, use_cache=False, **extra)
        list(extract_many([str(warm)], **options))
        original_run = asyncio.run
        if profile is not None:
            asyncio.run = profiled_asyncio_run(profile)  # type: ignore[assignment]
        workers: dict[int, tuple[float, float]] = {}
        try:
            with ThreadSampler() as sampler:
                t0, c0, done = time.perf_counter(), time.process_time(), 0
                for _ in extract_many([str(path)], out=str(work / "out.jsonl"), **options):
                    done += 1
                    if done == args.articles * 3 // 4:
                        workers = {pid: v for pid, v in process_tree(exclude={srv.proc.pid}).items()
                                   if pid != os.getpid()}
                wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        finally:
            asyncio.run = original_run  # type: ignore[assignment]
    ideal = args.concurrency / args.latency
    console().print(f"{done} articles in {wall:.1f} s: {done / wall:.1f}/s = {100 * done / wall / ideal:.1f} % of ideal; "
                    f"main process {1000 * cpu / done:.2f} ms of CPU an article", highlight=False)
    sampler.names[threading.main_thread().native_id or 0] = "MainThread (caller, JSONL)"
    rows = sorted(((c - sampler.before.get(tid, 0.0), tid) for tid, c in sampler.cpu.items()), reverse=True)
    console().print("main process, per thread (ms of CPU an article):")
    for used, tid in rows:
        if used > 0.005:
            console().print(f"  {sampler.names.get(tid, '?'):32s} {1000 * used / done:7.2f}", highlight=False)
    console().print("worker processes at 75 % of the batch (CPU s, start-up included; "
                    f"{args.articles * 3 // 4} articles): "
                    + ", ".join(f"{pid}: {cpu_s:.2f}" for pid, (cpu_s, _) in sorted(workers.items())), highlight=False)
    if profile is not None:
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    sys.exit(main())
