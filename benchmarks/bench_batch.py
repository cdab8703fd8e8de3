"""`summarise batch submit` and `collect` for N generated articles against the loopback
batch server (tests/batch_server.py).

    .venv/bin/python benchmarks/bench_batch.py [--articles 10000 100000] [--submit-only] [--keep DIR]

The server runs in its own process (background mode: a batch is in_progress while the
server answers its lines, with the draft an honest model would return for each synthetic
article, common.draft_for); submit and collect each run as the real CLI in a child process,
so the time, the CPU time and the peak resident memory (VmHWM from /proc, sampled every 0.5 s
until it exits) are exactly theirs.
Printed per N: submit time (write the request files, upload, create the batches), the
server's own time to answer them (not ours), collect time (download, parse, ground, write
records), peak memory of each, and the size of the request files.

Flat memory is shown by a second table: each command's peak RSS so far (VmHWM, from /proc)
when 10 %, 50 % and 100 % of the articles are done (submit: rows in the part articles files;
collect: records in --out, counted as the files grow), and at its end (submit's end includes
the upload). Flat means the 10 % and 100 % columns are about the same.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

from common import REPO, draft_for, print_header, print_table, process_tree, write_synthetic

sys.path.insert(0, str(REPO / "tests"))

SUMMARISE = [sys.executable, "-m", "summariser"]


def serve() -> None:
    """The server process: answers every request line with the honest draft."""
    from batch_server import article_of, completion, serve as run

    # terminate() ends the server through its context manager, which removes its files
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    run(lambda body: completion(json.dumps(draft_for(article_of(body)))))


MILESTONES = (0.1, 0.5, 1.0)


class LineCounter:
    """Lines in the files matching `pattern` under `folder`, counted as they grow (only the
    new bytes are read at each call)."""

    def __init__(self, folder: Path, pattern: str):
        self.folder, self.pattern = folder, pattern
        self.seen: dict[Path, int] = {}
        self.lines = 0

    def __call__(self) -> int:
        for path in self.folder.glob(self.pattern) if self.folder.exists() else ():
            start = self.seen.get(path, 0)
            try:
                with open(path, "rb") as fh:
                    fh.seek(start)
                    chunk = fh.read()
            except OSError:
                continue
            self.seen[path] = start + len(chunk)
            self.lines += chunk.count(b"\n")
        return self.lines


def peak_mib(pid: int) -> float | None:
    """The process's peak resident memory so far (VmHWM), or None once it has exited."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def timed(cmd: list[str], progress: Callable[[], int] | None = None,
          total: int = 0) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MiB) and CPU seconds (user + system) of one child process and
    its worker processes: the CPU of the whole process tree is sampled from /proc every
    0.5 s (the forkserver's workers are not the command's own children, so wait4's rusage
    would miss them); the peak is the command's own (VmHWM, sampled), the workers' beside it.
    With `progress` (articles done so far, out of `total`), the command's peak so far is
    recorded in AT_MILESTONE when it first reaches each of MILESTONES."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen: dict[int, float] = {}
    tree_peak, own_peak = [0.0], [0.0]
    ended = threading.Event()
    marks: dict[float, float] = {}

    def sample() -> None:  # never polls the process: only wait4 below may reap it
        while not ended.wait(0.5):
            tree = process_tree(proc.pid)
            seen.update({pid: cpu for pid, (cpu, _) in tree.items() if pid != proc.pid})
            tree_peak[0] = max(tree_peak[0], sum(rss for _, rss in tree.values()))
            peak = peak_mib(proc.pid)
            own_peak[0] = max(own_peak[0], peak or 0.0)
            if progress is not None and total:
                done = progress() / total
                for mark in MILESTONES:
                    if done >= mark and mark not in marks and peak is not None:
                        marks[mark] = peak

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    ended.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd[2:5])} failed: {err[-2000:]}")
    TREE_PEAK.append(tree_peak[0])
    AT_MILESTONE.append(marks)
    # the peak is the last VmHWM sampled, not wait4's ru_maxrss: the child is started by vfork
    # and Linux carries the parent's peak RSS across exec into ru_maxrss, so at 100k that
    # figure was this benchmark's own ~320 MiB (the synthetic articles' drafts), not the command's
    peak = own_peak[0] or usage.ru_maxrss / 1024
    return time.perf_counter() - t0, peak, usage.ru_utime + usage.ru_stime + sum(seen.values())


TREE_PEAK: list[float] = []  # the largest sum of RSS over the command and its workers, per command
AT_MILESTONE: list[dict[float, float]] = []  # per command: fraction done -> its peak RSS so far (MiB)
FLAT: list[list[object]] = []  # rows of the memory-as-it-goes table


def flat_row(n: int, command: str, end_mib: float) -> None:
    marks = AT_MILESTONE[-1]
    FLAT.append([n, command, *(f"{marks[m]:.0f}" if m in marks else "-" for m in MILESTONES), f"{end_mib:.0f}"])


def wait_done(out: Path, timeout: float = 3600) -> float:
    t0 = time.perf_counter()
    manifest = Path(f"{out}.batch.json")
    while time.perf_counter() - t0 < timeout:
        subprocess.run(SUMMARISE + ["batch", "status", "--out", str(out)], cwd=REPO,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        parts = json.loads(manifest.read_text())["parts"]
        if all(p["status"] in ("completed", "expired", "failed") for p in parts):
            return time.perf_counter() - t0
        time.sleep(1.0)
    raise SystemExit("the server did not finish in time")


def run(n: int, folder: Path, base_url: str, submit_only: bool = False, workers: int | None = None) -> list:
    src = write_synthetic(folder / "in", n)
    out = folder / f"records_{n}.jsonl"
    submit_s, submit_mb, submit_cpu = timed(SUMMARISE + [
        "batch", "submit", str(src), "-m", "gpt-4o-mini", "--mode", "tools", "--base-url", base_url,
        "--api-key", "sk-bench", "--out", str(out), "-q"], LineCounter(folder, f"{out.name}.batch/*.articles.jsonl"), n)
    flat_row(n, "submit", submit_mb)
    manifest = json.loads(Path(f"{out}.batch.json").read_text())
    request_mb = sum(p["bytes"] for p in manifest["parts"]) / 2**20
    if submit_only:  # collect grounds every article (the online path's CPU): long on 2 cores
        return [n, len(manifest["parts"]), f"{request_mb:.0f}", f"{submit_s:.1f}", f"{n / submit_s:.0f}",
                f"{submit_mb:.0f}", f"{1000 * submit_cpu / n:.1f}", "-", "-", "-", "-", "-", "-"]
    served_s = wait_done(out)
    extra = [] if workers is None else ["--workers", str(workers)]
    collect_s, collect_mb, collect_cpu = timed(SUMMARISE + ["batch", "collect", "--out", str(out), "-q", *extra],
                                               LineCounter(folder, out.name), n)
    flat_row(n, "collect", collect_mb)
    written = sum(1 for _ in out.open())
    return [n, len(manifest["parts"]), f"{request_mb:.0f}", f"{submit_s:.1f}", f"{n / submit_s:.0f}",
            f"{submit_mb:.0f}", f"{1000 * submit_cpu / n:.1f}", f"{served_s:.1f}", f"{collect_s:.1f}",
            f"{n / collect_s:.0f}", f"{collect_mb:.0f} / {TREE_PEAK[-1]:.0f}", f"{1000 * collect_cpu / n:.1f}", written]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, nargs="+", default=[10_000])
    ap.add_argument("--submit-only", action="store_true", help="measure submit alone")
    ap.add_argument("--workers", type=int, help="collect's --workers (default: its own, the cores)")
    ap.add_argument("--keep", type=Path, help="work folder to keep (default: a temporary one)")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        return serve()
    print_header("summarise batch: submit and collect against the loopback batch server")
    server = subprocess.Popen([sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True,
                              cwd=REPO / "benchmarks")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-batch-"))
    try:
        base_url = server.stdout.readline().strip()
        rows = [run(n, folder / str(n), base_url, args.submit_only, args.workers) for n in args.articles]
    finally:
        server.terminate()
        server.wait()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)  # ~1.5 GB at 100k
    print_table("batch run (times in s, memory = peak RSS of that command in MiB)",
                ["articles", "parts", "request MB", "submit s", "submit art/s", "submit MiB", "submit CPU ms/art",
                 "server s (not ours)", "collect s", "collect art/s", "collect MiB (own / with workers)", "collect CPU ms/art",
                 "records"], rows)
    print_table("memory as the run goes: the command's peak RSS so far (MiB) when this share of the articles "
                "is done (workers not included)",
                ["articles", "command", *(f"{m:.0%}" for m in MILESTONES), "end"], FLAT)


if __name__ == "__main__":
    main()
