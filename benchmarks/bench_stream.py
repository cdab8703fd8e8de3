"""Streaming input: time to the first record and memory while `summarise extract` reads a
1M-article JSON Lines file.

    .venv/bin/python benchmarks/bench_stream.py [--articles 1000000] [--seconds 60]
                                                [--backends rules null] [--file /tmp/...]

The file is generated once (procedural war-news articles from common.synthetic_article,
never seed text: 1,000 generated articles, each line one of them with its own report number,
so every article is distinct; ~1 GB under /tmp, reused when it is already there).
For each backend the real CLI runs in its own process,
`summarise extract FILE -b BACKEND -f jsonl -q --no-cache`, records going to standard
output, which this script reads line by line: time to the first record is when the first
line arrives. The child's resident memory (VmRSS) is sampled every second and its peak
(VmHWM) read at the end; after `--seconds` it gets Ctrl-C (SIGINT), as a user would send.

Backends: `rules` (the deterministic backend: reading, cleaning, the rules and grounding,
~10 ms an article) and `null` (`benchmarks/null_backend.py`, a plugin that finds nothing:
what is left is the stream itself: read, clean, build, write). Neither gets through 1M
articles in a minute on 2 cores; what matters is that the first record comes at once and
memory stays flat while the file is read. Also printed: how long the progress bar's
total takes to count (it runs in a background thread, so it never delays the first record).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from common import REPO, console, print_header, print_table, synthetic_article

VARIANTS = 1000  # distinct generated articles; every line gets its own report number
GOAL_TTFR_S = 2.0  # the first record within two seconds, whatever the file's size


def generate(path: Path, n: int) -> float:
    """Write n synthetic articles as JSON Lines (or reuse the file); seconds spent.

    `VARIANTS` articles are generated (common.synthetic_article) and each line is one of them
    with its own report number, so every article is distinct (its own id) and the file is
    written at disk speed, not at the generator's."""
    stamp = path.with_suffix(".count")
    if path.exists() and stamp.exists() and stamp.read_text().strip() == str(n):
        return 0.0
    t0 = time.perf_counter()
    templates = [json.dumps({"id": "s-@@", "text": synthetic_article(i).replace(f"(Report {i:05d}.)", "(Report @@.)"),
                             "published": "2025-05-01", "source": "Synthetic Wire"}) + "\n" for i in range(VARIANTS)]
    with path.open("w", encoding="utf-8") as f:
        for start in range(0, n, VARIANTS):
            f.write("".join(templates[i - start].replace("@@", str(i)) for i in range(start, min(n, start + VARIANTS))))
    stamp.write_text(str(n))
    return time.perf_counter() - t0


def _status(pid: int, key: str) -> float | None:
    """A memory figure of /proc/PID/status in MiB (VmRSS now, VmHWM the peak)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return None


def run(path: Path, backend: str, seconds: float) -> dict:
    """Run `summarise extract` on the file for `seconds`; time to first record and memory."""
    exe = Path(sys.executable).parent / "summarise"
    env = {**os.environ, "PYTHONPATH": str(REPO / "benchmarks")}
    name = "null_backend:NullBackend" if backend == "null" else backend
    cmd = [str(exe), "extract", str(path), "-b", name, "-f", "jsonl", "-q", "--no-cache"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    state = {"lines": 0, "first": None}
    samples: list[tuple[float, int, float]] = []
    peak = [0.0]

    def read() -> None:
        assert proc.stdout is not None
        for _ in proc.stdout:
            if state["first"] is None:
                state["first"] = time.perf_counter() - t0
            state["lines"] += 1

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    while proc.poll() is None and time.perf_counter() - t0 < seconds:
        time.sleep(1.0)
        rss = _status(proc.pid, "VmRSS")
        peak[0] = max(peak[0], _status(proc.pid, "VmHWM") or 0.0)
        if rss is not None:
            samples.append((time.perf_counter() - t0, state["lines"], rss))
    if proc.poll() is None:
        peak[0] = max(peak[0], _status(proc.pid, "VmHWM") or 0.0)
        proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    reader.join(10)
    return {"backend": backend, "first": state["first"], "lines": state["lines"], "samples": samples,
            "peak": peak[0], "rc": proc.returncode, "wall": time.perf_counter() - t0,
            "stderr": err.decode("utf-8", "replace").strip().splitlines()[-3:]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=float, default=60.0, help="how long each backend runs before Ctrl-C")
    ap.add_argument("--backends", nargs="+", default=["rules", "null"], choices=["rules", "null"])
    ap.add_argument("--file", type=Path, default=None, help="the JSON Lines file [default: /tmp/bench_stream_N.jsonl]")
    args = ap.parse_args()
    print_header(f"bench_stream: summarise extract on {args.articles:,} articles in one JSON Lines file")
    path = args.file or Path(f"/tmp/bench_stream_{args.articles}.jsonl")
    spent = generate(path, args.articles)
    size = path.stat().st_size / 2**20
    console().print(f"input {path}: {size:,.0f} MiB" + (f" (generated in {spent:.0f} s)" if spent else " (reused)"))
    sys.path.insert(0, str(REPO))
    from summariser.progress import count_articles

    t0 = time.perf_counter()
    total = count_articles([str(path)])
    console().print(f"progress bar total: {total:,} articles, counted in {time.perf_counter() - t0:.1f} s "
                    "(a background thread; the bar shows a rate until then)")
    rows, memory_rows = [], []
    for backend in args.backends:
        r = run(path, backend, args.seconds)
        first = r["first"]
        rate = r["lines"] / max(r["wall"], 1e-9)
        rss = [s[2] for s in r["samples"]]
        rows.append([backend, f"{first:.2f}" if first is not None else "none", r["lines"], f"{rate:,.0f}",
                     f"{min(rss):.0f}" if rss else "-", f"{max(rss):.0f}" if rss else "-", f"{r['peak']:.0f}",
                     r["rc"], "yes" if first is not None and first <= GOAL_TTFR_S else "NO"])
        picks = r["samples"][:: max(1, len(r["samples"]) // 6)] + r["samples"][-1:]
        memory_rows += [[backend, f"{t:.0f}", n, f"{m:.0f}"] for t, n, m in picks]
        if first is None:
            console().print(f"[red]{backend}: no record; last lines of stderr[/red]: {r['stderr']}")
    print_table("time to first record (TTFR) and memory, records to standard output",
                ["backend", "TTFR s", "records", "records/s", "RSS min MiB", "RSS max MiB", "peak (VmHWM) MiB",
                 "exit (130 = stopped by Ctrl-C)", f"TTFR <= {GOAL_TTFR_S:.0f} s"], rows)
    print_table("resident memory as the run goes (flat = it does not grow with the records done)",
                ["backend", "seconds", "records", "RSS MiB"], memory_rows)


if __name__ == "__main__":
    sys.exit(main())
