"""The openai backend's throughput against a loopback server with a fixed latency.

    .venv/bin/python benchmarks/bench_openai.py [--latency 0.5] [--concurrency 1 8 32 128]
                                                [--articles 1000] [--articles-c1 40] [--mode llamacpp]

A stub OpenAI-compatible server (tests/stub_server.py, in a child process so its threads
do not share the client's GIL or memory) answers every chat completion after `--latency`
seconds with the draft an honest model would return for the synthetic article it was sent
(procedural war-news text from common.synthetic_article, never seed text). The client is
the real pipeline: `summariser.extract_many(..., backend="openai", concurrency=N)` with
instructor, validation, grounding and JSONL output; the cache is off.

Reported per concurrency: articles/s, the ideal (concurrency / latency), efficiency, calls
per article, and the client's resident memory after 25/50/75/100 % of the batch.
Concurrency 1 at 500 ms needs 0.5 s per article, so it runs `--articles-c1` (default 40).
Goal: >= 90 % of ideal up to 128 in flight, and memory flat as the batch grows.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path

from common import (REPO, add_repo_to_path, console, current_rss_mb, draft_for, peak_rss_mb,
                    print_header, print_table, verdict, write_synthetic)

GOAL_EFFICIENCY = 0.90


# --------------------------------------------------------------------------- the server


SERVED = None  # a shared counter of answered requests, set in the server process


def answer_for(request: dict, n: int):
    """A chat completion carrying the honest draft for the article in the request, shaped
    for the request's mode (a forced tool call, or JSON message content)."""
    import json

    from stub_server import completion, ok

    if SERVED is not None:
        with SERVED.get_lock():
            SERVED.value += 1
    user = next((m.get("content") or "" for m in reversed(request.get("messages", []))
                 if m.get("role") == "user"), "")
    if isinstance(user, list):  # content parts
        user = " ".join(p.get("text", "") for p in user if isinstance(p, dict))
    body = json.dumps(draft_for(user))
    usage = {"prompt_tokens": len(json.dumps(request)) // 4, "completion_tokens": len(body) // 4}
    tools = request.get("tools")
    if tools:
        name = tools[0]["function"]["name"]
        return ok(completion(None, tool_call={"name": name, "arguments": body}, finish_reason="tool_calls", **usage))
    if request.get("_md"):
        body = f"```json\n{body}\n```"
    return ok(completion(body, **usage))


class _Discard(list):
    def append(self, _item) -> None:  # keep the server's memory flat: do not log requests
        pass


def _serve(latency: float, conn, stop, served) -> None:
    global SERVED
    SERVED = served
    add_repo_to_path()
    from http.server import ThreadingHTTPServer

    import stub_server
    from stub_server import StubServer

    # socketserver's default listen backlog is 5: 128 clients connecting at once would see
    # dropped SYNs and 1 s retransmits, a stub artefact, not the pipeline's cost
    ThreadingHTTPServer.request_queue_size = 1024
    # http.server sends headers and body in two writes; with Nagle on, the body waits for
    # the client's delayed ACK (~40 ms per request on Linux). TCP_NODELAY removes that stall.
    make_handler = stub_server._handler

    def fast_handler(server):
        handler = make_handler(server)
        handler.disable_nagle_algorithm = True
        return handler

    stub_server._handler = fast_handler
    with StubServer(answer_for, latency=latency, strict=False) as srv:
        srv.requests = _Discard()
        conn.send(srv.base_url)
        stop.wait()


class ServerProcess:
    """The stub server in a forked child (it inherits the synthetic drafts)."""

    def __init__(self, latency: float):
        self.latency = latency

    def __enter__(self) -> "ServerProcess":
        ctx = mp.get_context("fork")
        parent, child = ctx.Pipe()
        self.stop = ctx.Event()
        self._served = ctx.Value("l", 0)
        self.proc = ctx.Process(target=_serve, args=(self.latency, child, self.stop, self._served), daemon=True)
        self.proc.start()
        if not parent.poll(30):
            raise SystemExit("the stub server did not start within 30 s")
        self.base_url = parent.recv()
        return self

    @property
    def served(self) -> int:
        """Chat completions answered so far."""
        return self._served.value

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.proc.join(10)
        if self.proc.is_alive():
            self.proc.terminate()


# --------------------------------------------------------------------------- the client


def run_batch(path: Path, n: int, base_url: str, concurrency: int, mode: str, out: Path) -> dict:
    from summariser import Extraction, extract_many


    marks = {max(1, round(n * f)): None for f in (0.25, 0.5, 0.75, 1.0)}
    done = failed = calls = 0
    first_error = None
    t0, cpu0 = time.perf_counter(), time.process_time()
    for outcome in extract_many([str(path)], backend="openai", base_url=base_url, api_key="sk-bench",
                                model="stub-model", mode=mode, concurrency=concurrency, use_cache=False,
                                max_retries=0, out=str(out)):
        if isinstance(outcome, Extraction):
            done += 1
            calls += outcome.usage.calls
        else:
            failed += 1
            first_error = first_error or outcome.error
        if done + failed in marks:
            marks[done + failed] = current_rss_mb()
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    return {"n": n, "done": done, "failed": failed, "wall": wall, "cpu": cpu, "calls": calls, "marks": marks,
            "error": first_error, "lines": sum(1 for _ in out.open(encoding="utf-8"))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--latency", type=float, default=0.5, help="server latency per request, seconds")
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32, 128])
    ap.add_argument("--articles", type=int, default=1000, help="articles per batch (concurrency > 1)")
    ap.add_argument("--articles-c1", type=int, default=40,
                    help="articles at concurrency 1 (1,000 at 500 ms would take 500 s)")
    ap.add_argument("--mode", default="llamacpp", help="request shape (see `summarise extract --help`)")
    args = ap.parse_args()

    print_header(f"bench_openai: openai backend vs a loopback server answering after {args.latency * 1000:.0f} ms")
    add_repo_to_path()
    # import the client stack before timing: its import cost is start-up, not throughput
    import instructor  # noqa: F401
    import openai  # noqa: F401
    import summariser.backends.openai_compat  # noqa: F401
    import summariser.pipeline  # noqa: F401

    work = Path(tempfile.mkdtemp(prefix="bench_openai_"))
    biggest = max([args.articles] + ([args.articles_c1] if 1 in args.concurrency else []))
    path_for = {}
    for n in {args.articles, args.articles_c1}:
        path_for[n] = write_synthetic(work, n)  # also fills the drafts the server forks with
    rows, memory_rows = [], []
    with ServerProcess(args.latency) as server:
        base_url = server.base_url
        console().print(f"server {base_url} (child process), mode {args.mode}, client RSS before: "
                        f"{current_rss_mb():.0f} MiB; articles in {work}")
        for c in args.concurrency:
            n = args.articles_c1 if c == 1 else args.articles
            r = run_batch(path_for[n], n, base_url, c, args.mode, work / f"out_c{c}.jsonl")
            rate = r["done"] / r["wall"]
            ideal = c / args.latency
            eff = rate / ideal
            cpu_ms = 1000 * r["cpu"] / max(1, n)
            rows.append([c, n, r["done"], r["failed"], r["wall"], rate, ideal, f"{eff:.1%}",
                         f"{r['calls'] / max(1, r['done']):.2f}", r["lines"], cpu_ms, 1000 / cpu_ms,
                         verdict(eff >= GOAL_EFFICIENCY)])
            memory_rows.append([c] + [f"{v:.0f}" if v else "-" for v in r["marks"].values()]
                               + [f"{peak_rss_mb():.0f}"])
            if r["error"]:
                console().print(f"[red]c={c}: first failure[/red]: {r['error']}")
    print_table(f"throughput (latency {args.latency * 1000:.0f} ms; ideal = concurrency / latency)",
                ["concurrency", "articles", "ok", "failed", "wall s", "articles/s", "ideal/s",
                 "efficiency", "calls/article", "JSONL lines", "client CPU ms/article", "CPU ceiling/s",
                 f">= {GOAL_EFFICIENCY:.0%}"], rows)
    console().print("CPU ceiling = 1,000 / client CPU ms per article: the most articles/s one client "
                    "process can reach however many requests are in flight (the client's Python code "
                    "holds the GIL, so one core at most; the server child uses the other).")
    print_table("client resident memory (MiB) after 25 / 50 / 75 / 100 % of each batch",
                ["concurrency", "25 %", "50 %", "75 %", "100 %", "peak so far"], memory_rows)
    console().print(f"batch size for the memory check: {biggest} articles; flat = the 25 % and 100 % "
                    "columns agree within a few MiB")


if __name__ == "__main__":
    sys.exit(main())
