"""The openai backend's throughput against a loopback server with a fixed latency.

    .venv/bin/python benchmarks/bench_openai.py [--latency 0.5] [--concurrency 1 2 4 ... 256]
                                                [--seconds 8] [--workers N] [--mode llamacpp]
                                                [--bare aiohttp httpx aiohttp-lean] [--no-pipeline]

A stub OpenAI-compatible server (tests/stub_server.py, in a child process so its threads
do not share the client's GIL or memory) answers every chat completion after `--latency`
seconds with the draft an honest model would return for the synthetic article it was sent
(procedural war-news text from common.synthetic_article, never seed text). The client is
the real pipeline: `summariser.extract_many(..., backend="openai", concurrency=N, workers=W)`
with instructor, validation, grounding (in W worker processes) and JSONL output; the cache is off.

Reported per level of requests in flight (1 to 256): articles/s, the ideal (in flight /
latency), efficiency, calls per article, CPU per article (the client process, and the
client with its worker processes), and the resident memory after 25/50/75/100 % of the
batch. Each level runs about `--seconds` of ideal time (at least 40 articles).
Goal: >= 90 % of ideal up to 128 in flight, and memory flat as the batch grows.

`--bare aiohttp httpx aiohttp-lean` first measures the floor: the openai client alone on each
HTTP stack, sending the pipeline's own request and parsing the answer's JSON, with its CPU per
request and the server's (the most any path through that client can reach on these cores);
`aiohttp-lean` sends the messages past the client's request transform, as the backend does.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import tempfile
import time
from pathlib import Path

from common import (add_repo_to_path, console, current_rss_mb, draft_for, peak_rss_mb, print_header,
                    print_table, process_tree, verdict, write_synthetic)

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


def _tree_cpu(server_pid: int) -> dict[int, float]:
    return {pid: cpu for pid, (cpu, _) in process_tree(exclude={server_pid}).items()}


def _tree_rss(server_pid: int) -> tuple[float, float]:
    """(this process, this process + its worker processes) resident MiB."""
    tree = process_tree(exclude={server_pid})
    return current_rss_mb(), sum(rss for _, rss in tree.values())


def run_batch(path: Path, n: int, base_url: str, concurrency: int, mode: str, out: Path,
              workers: int | None, server_pid: int, cross_check: bool = True) -> dict:
    from summariser import Extraction, extract_many

    marks = {max(1, round(n * f)): None for f in (0.25, 0.5, 0.75, 1.0)}
    done = failed = calls = 0
    first_error = None
    cpu_before = _tree_cpu(server_pid)
    cpu_after: dict[int, float] = {}
    t0 = time.perf_counter()
    for outcome in extract_many([str(path)], backend="openai", base_url=base_url, api_key="sk-bench",
                                model="stub-model", mode=mode, concurrency=concurrency, use_cache=False,
                                max_retries=0, out=str(out), workers=workers,
                                **({} if cross_check else {"cross_check": False})):  # an older checkout lacks it
        if isinstance(outcome, Extraction):
            done += 1
            calls += outcome.usage.calls
        else:
            failed += 1
            first_error = first_error or outcome.error
        if done + failed in marks:
            marks[done + failed] = _tree_rss(server_pid)
        if done + failed == n:  # the workers are still alive: read their CPU now
            cpu_after = _tree_cpu(server_pid)
    wall = time.perf_counter() - t0
    cpu = sum(c - cpu_before.get(pid, 0.0) for pid, c in cpu_after.items())
    main_cpu = cpu_after.get(os.getpid(), 0.0) - cpu_before.get(os.getpid(), 0.0)
    return {"n": n, "done": done, "failed": failed, "wall": wall, "cpu": cpu, "main_cpu": main_cpu,
            "calls": calls, "marks": marks, "error": first_error,
            "lines": sum(1 for _ in out.open(encoding="utf-8"))}


# --------------------------------------------------------------------------- the floor: the bare client


def bare_batch(texts: list[str], base_url: str, concurrency: int, stack: str, server_pid: int) -> dict:
    """The openai client alone (no instructor, validation, grounding or output), sending the
    pipeline's own request (its messages and llamacpp-mode schema) for every text and parsing
    the JSON answer: the CPU floor of any request through this client on `stack`."""
    import asyncio
    import json

    import openai

    from summariser.backends.llm import ArticleDraft, article_messages
    from summariser.prompts import PROMPT_VERSION, load_prompts

    prompts, schema = load_prompts(PROMPT_VERSION), ArticleDraft.model_json_schema()

    async def run() -> tuple[int, float, float, float]:
        http = openai.DefaultAsyncHttpxClient() if stack == "httpx" else openai.DefaultAioHttpClient()
        client = openai.AsyncOpenAI(base_url=base_url, api_key="sk-bench", max_retries=0, http_client=http)
        if stack == "aiohttp-lean":  # as the openai backend sends it: messages past the client's transform
            from summariser.backends.instructor_prep import skip_message_transform

            skip_message_transform(client)
        sem = asyncio.Semaphore(concurrency)

        async def one(text: str) -> bool:
            async with sem:
                r = await client.chat.completions.create(
                    model="stub-model", messages=article_messages(prompts, text), temperature=0.0,
                    max_tokens=2048, seed=0, extra_body={"response_format": {"type": "json_object", "schema": schema}})
                return isinstance(json.loads(r.choices[0].message.content or "null"), dict)

        await asyncio.gather(*(one(t) for t in texts[:min(len(texts), concurrency, 16)]))  # connections up
        served0, c0, t0 = _server_cpu(server_pid), time.process_time(), time.perf_counter()
        ok = sum(await asyncio.gather(*(one(t) for t in texts)))
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        await client.close()
        return ok, wall, cpu, _server_cpu(server_pid) - served0

    ok, wall, cpu, served = asyncio.run(run())
    return {"ok": ok, "wall": wall, "cpu": cpu, "served": served}


def _server_cpu(pid: int) -> float:
    return process_tree(pid).get(pid, (0.0, 0.0))[0]


def bare_rows(args: argparse.Namespace, sizes: dict[int, int], path_for: dict[int, Path], base_url: str,
              server_pid: int) -> list[list]:
    import json

    rows = []
    for stack in args.bare:
        for c in args.concurrency:
            texts = [json.loads(line)["text"] for line in path_for[sizes[c]].open(encoding="utf-8")]
            r = bare_batch(texts, base_url, c, stack, server_pid)
            rate, ideal = r["ok"] / r["wall"], c / args.latency
            cpu_ms, served_ms = 1000 * r["cpu"] / len(texts), 1000 * r["served"] / len(texts)
            rows.append([stack, c, len(texts), r["ok"], rate, ideal, f"{rate / ideal:.1%}", cpu_ms, served_ms,
                         f"{1000 * 2 / (cpu_ms + served_ms):.0f}" if cpu_ms + served_ms else "-"])
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--latency", type=float, default=0.5, help="server latency per request, seconds")
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 2, 4, 8, 16, 32, 64, 128, 256])
    ap.add_argument("--seconds", type=float, default=8.0,
                    help="ideal run time per level: articles = max(40, concurrency / latency * seconds)")
    ap.add_argument("--articles", type=int, default=None, help="articles per level (overrides --seconds)")
    ap.add_argument("--workers", type=int, default=None,
                    help="--workers for the client (grounding processes) [default: the cores available]")
    ap.add_argument("--mode", default="llamacpp", help="request shape (see `summarise extract --help`)")
    ap.add_argument("--bare", nargs="*", choices=["aiohttp", "httpx", "aiohttp-lean"], default=None,
                    help="also (or with --no-pipeline, only) the bare openai client on these HTTP stacks: the floor")
    ap.add_argument("--no-pipeline", action="store_true", help="skip the pipeline curve (with --bare)")
    ap.add_argument("--no-cross-check", dest="cross_check", action="store_false",
                    help="the pipeline with --no-cross-check (the rules do not run to mark agreeing values)")
    args = ap.parse_args()

    print_header(f"bench_openai: openai backend vs a loopback server answering after {args.latency * 1000:.0f} ms")
    add_repo_to_path()
    # import the client stack before timing: its import cost is start-up, not throughput
    import instructor  # noqa: F401
    import openai  # noqa: F401
    import summariser.backends.openai_compat  # noqa: F401
    import summariser.pipeline  # noqa: F401
    from summariser.workers import cores

    workers = cores() if args.workers is None else args.workers
    work = Path(tempfile.mkdtemp(prefix="bench_openai_"))
    sizes = {c: args.articles or max(40, round(c / args.latency * args.seconds)) for c in args.concurrency}
    path_for = {n: write_synthetic(work, n) for n in sorted(set(sizes.values()))}  # fills the drafts the server forks with
    rows, memory_rows = [], []
    with ServerProcess(args.latency) as server:
        base_url = server.base_url
        console().print(f"server {base_url} (child process), mode {args.mode}, --workers {workers}, "
                        f"cross-check {'on' if args.cross_check else 'off'}, "
                        f"client RSS before: {current_rss_mb():.0f} MiB; articles in {work}")
        bare = bare_rows(args, sizes, path_for, base_url, server.proc.pid) if args.bare else []
        for c in [] if args.no_pipeline else args.concurrency:
            n = sizes[c]
            r = run_batch(path_for[n], n, base_url, c, args.mode, work / f"out_c{c}.jsonl", workers, server.proc.pid,
                          args.cross_check)
            rate = r["done"] / r["wall"]
            ideal = c / args.latency
            eff = rate / ideal
            cpu_ms = 1000 * r["cpu"] / max(1, n)
            rows.append([c, n, r["done"], r["failed"], r["wall"], rate, ideal, f"{eff:.1%}",
                         f"{r['calls'] / max(1, r['done']):.2f}", r["lines"], 1000 * r["main_cpu"] / max(1, n),
                         cpu_ms, verdict(eff >= GOAL_EFFICIENCY)])
            memory_rows.append([c] + [f"{v[0]:.0f} / {v[1]:.0f}" if v else "-" for v in r["marks"].values()]
                               + [f"{peak_rss_mb():.0f}"])
            if r["error"]:
                console().print(f"[red]c={c}: first failure[/red]: {r['error']}")
    if bare:
        print_table(f"the floor: the bare openai client, the pipeline's request, no instructor/grounding "
                    f"(latency {args.latency * 1000:.0f} ms)",
                    ["HTTP stack", "in flight", "requests", "ok", "requests/s", "ideal/s", "efficiency",
                     "client CPU ms/request", "server CPU ms/request", "2 cores / (client + server) = max/s"], bare)
        console().print("The last column is the most any path through this client could reach on 2 cores with "
                        "this server: 2,000 ms of CPU a second over the CPU of one request, client and server.")
    if args.no_pipeline:
        return
    print_table(f"throughput (latency {args.latency * 1000:.0f} ms; ideal = concurrency / latency)",
                ["in flight", "articles", "ok", "failed", "wall s", "articles/s", "ideal/s",
                 "efficiency", "calls/article", "JSONL lines", "main process CPU ms/article",
                 "all client processes CPU ms/article", f">= {GOAL_EFFICIENCY:.0%}"], rows)
    console().print("CPU per article: the client process alone, and with its grounding workers (--workers; "
                    "their start-up included). The loopback server's CPU is not counted. On 2 cores the "
                    "server, the client and its workers share the same two cores.")
    print_table("client resident memory (MiB, main process / with workers) after 25 / 50 / 75 / 100 % of each batch",
                ["in flight", "25 %", "50 %", "75 %", "100 %", "main peak so far"], memory_rows)
    console().print("flat = the 25 % and 100 % columns agree within a few MiB")


if __name__ == "__main__":
    sys.exit(main())
