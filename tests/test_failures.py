"""Honest failure lines and exit codes (issue 12 defects 5 and 7, issue 16 item 7).

Every failure line names the article and, for model errors, the endpoint; nothing in it
is read as rich markup or emoji; error bodies are scrubbed of keys; "re-ask" is said only
when re-asks happened; backend errors carry `reason`, `status_code` and `attempts`.
Exit codes: 0 ok, 1 some articles failed, 2 usage/configuration, 130 interrupted.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from stub_server import StubServer, error, script

from summariser import pipeline, streaming
from summariser.articles import make_article
from summariser.backends import BackendResult, register_backend
from summariser.backends.openai_compat import OpenAIBackend
from summariser.config import load_config
from summariser.errors import BackendError
from summariser.records import Origin

KEY = "sk-live-0123456789abcdefghijklmnop"
BODY = "Shelling damaged two houses in the village of Velyka Novosilka on Sunday, local officials said.\n"
SLOW_MARK = "slowpoke"


def run(*args, input=None):
    return CliRunner().invoke(main_cli(), [str(a) for a in args], input=input, catch_exceptions=False)


def main_cli():
    from summariser.cli import main

    return main


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error ")]


@pytest.fixture
def article_file(tmp_path) -> Path:
    f = tmp_path / "village[1].txt"
    f.write_text(BODY, encoding="utf-8")
    return f


def openai_args(srv, *extra):
    return ["-b", "openai", "--base-url", srv.base_url, "-m", "stub-model", "--api-key", KEY, "--no-cache", *extra]


# ------------------------------------------------------------------ failure lines


def test_a_401_names_article_and_endpoint_scrubs_the_key_and_says_no_reask(tmp_path, article_file):
    with StubServer(script([error(401, f"Incorrect API key provided: {KEY}. :x: [red]bad[/red]")])) as srv:
        result = run("extract", article_file, *openai_args(srv, "--max-retries", "2"), "-o", tmp_path / "o.jsonl",
                     "-f", "none")
    assert result.exit_code == 1
    (line,) = error_lines(result)
    assert str(article_file) in line and srv.base_url in line and "HTTP 401" in line
    assert "re-ask" not in line
    assert ":x:" in line and "[red]bad[/red]" in line  # shown as sent, not as an emoji or markup
    assert KEY not in result.output and "[redacted]" in line
    assert "1 failed" in result.stderr


def test_backend_errors_carry_their_kind_as_fields():
    article = make_article(BODY, path="a.txt")
    with StubServer(script([error(401, f"bad key {KEY}")])) as srv:
        backend = OpenAIBackend(load_config(backend="openai", base_url=srv.base_url, model="stub-model",
                                            api_key=KEY, max_retries=2, use_cache=False))
        with pytest.raises(BackendError) as info:
            backend.extract(article)
    exc = info.value
    assert (exc.reason, exc.status_code, exc.attempts) == ("http_status", 401, 1)
    assert exc.endpoint == srv.base_url and KEY not in str(exc)


def test_transient_errors_report_attempts_as_fields(tmp_path, monkeypatch):
    import summariser.backends.openai_compat as oc

    monkeypatch.setattr(oc, "backoff", lambda exc, attempt: 0.0)
    article = make_article(BODY, path="a.txt")
    with StubServer(script([error(503, "overloaded")] * 3)) as srv:
        backend = OpenAIBackend(load_config(backend="openai", base_url=srv.base_url, model="stub-model",
                                            max_retries=2, use_cache=False))
        with pytest.raises(BackendError) as info:
            backend.extract(article)
    exc = info.value
    assert (exc.reason, exc.status_code, exc.attempts) == ("transient", 503, 3)


def test_a_context_overflow_says_how_to_fix_it():
    article = make_article(BODY, path="a.txt")
    too_long = error(400, "Requested tokens (3012) exceed context window of 2048")
    with StubServer(script([too_long])) as srv:
        backend = OpenAIBackend(load_config(backend="openai", base_url=srv.base_url, model="stub-model",
                                            use_cache=False))
        with pytest.raises(BackendError) as info:
            backend.extract(article)
    assert info.value.status_code == 400 and "--n_ctx" in str(info.value) and "--chunk-chars" in str(info.value)


def test_a_jsonl_failure_names_file_and_line(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text('{"text": "x"}\n{"text": ""}\n', encoding="utf-8")
    result = run("extract", f, "-b", "rules", "-o", tmp_path / "o.jsonl", "-f", "none")
    assert result.exit_code == 1
    assert any(f"{f}:2" in line for line in error_lines(result))


@pytest.mark.parametrize("text", ["Bearer abcdefghijklmnopqrstuvwxyz0123", 'api_key="hunter2hunter2"', KEY,
                                  "token=0123456789abcdef0123456789abcdef0123"])
def test_scrub_removes_key_like_text(text):
    from summariser.errors import scrub

    out = scrub(f"the server said: {text} is wrong")
    assert "[redacted]" in out and "hunter2" not in out and KEY not in out


def test_scrub_keeps_ordinary_words_and_paths():
    from summariser.errors import scrub

    text = "seeds/2025-06-02_kharkiv_missile_strike_overnight.txt: the file is empty"
    assert scrub(text) == text


def test_rules_rejections_are_labelled_rules():
    from summariser.backends.rules import RulesBackend
    from summariser.records import Attack

    config = load_config(backend="rules")
    article = make_article(BODY, path="a.txt")
    backend = RulesBackend(config)
    made_up = Attack.model_validate({"kind": "shelling_artillery", "evidence": [{"text": "no such words here", "start": 0,
                                                                       "end": 18}]})
    ext = pipeline.build(article, BackendResult(attacks=[made_up]), backend, 0.0, config)
    assert ext.rejected and all(r.origin == Origin.rules for r in ext.rejected)


# ------------------------------------------------------------------ exit codes


def test_exit_0_when_every_article_succeeds(tmp_path, article_file):
    assert run("extract", article_file, "-b", "rules", "-o", tmp_path / "o.jsonl", "-f", "none").exit_code == 0


def test_exit_2_for_usage_and_configuration(tmp_path, article_file):
    assert run("extract", article_file, "--no-such-option").exit_code == 2
    assert run("extract", article_file, "-b", "openai", "-o", tmp_path / "o.jsonl").exit_code == 2  # no --model
    bad = run("extract", article_file, "-b", "rules", "--published", "someday", "-o", tmp_path / "o.jsonl")
    assert bad.exit_code == 2 and "--published" in bad.stderr


def test_exit_130_on_interrupt_says_how_many_were_written(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(BODY.replace("two", ["two", "three", "four"][i]), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    real = pipeline.Extractor.extract
    calls = []

    def interrupted(self, article):
        calls.append(article)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(self, article)

    monkeypatch.setattr(pipeline.Extractor, "extract", interrupted)
    result = run("extract", folder, "-b", "rules", "-o", out, "-f", "json")
    assert result.exit_code == 130
    assert "1 written, resume with --resume" in result.stderr
    assert len(json.loads(result.stdout)) == 1  # -f json still printed one whole array
    assert not out.exists() and len((tmp_path / "o.jsonl.part").read_text().splitlines()) == 1
    monkeypatch.setattr(pipeline.Extractor, "extract", real)
    again = run("extract", folder, "-b", "rules", "-o", out, "-f", "none", "--resume")
    assert again.exit_code == 0 and len(out.read_text().splitlines()) == 3


# ------------------------------------------------------------------ per-article time budget


# Released when each test ends: a stuck article's worker is a daemon thread the budget abandons, and one left
# spinning would hold the GIL against every later test and the interpreter's exit.
_RELEASE_SLOW = threading.Event()


@pytest.fixture(autouse=True)
def _release_slow_backends():
    _RELEASE_SLOW.clear()
    yield
    _RELEASE_SLOW.set()


class SlowBackend:
    """A backend that never finishes an article holding SLOW_MARK within its test (CPU-bound, like a quadratic
    scan)."""

    name, model, prompt_version, prompt_hash = "slow", None, None, None

    def __init__(self, config):
        self.config = config

    def identity(self) -> dict:
        return {"backend": "slow"}

    def extract(self, article) -> BackendResult:
        while SLOW_MARK in article.text and not _RELEASE_SLOW.is_set():
            sum(range(1000))
        return BackendResult(summary="done")


class SlowAsyncBackend(SlowBackend):
    async def aextract(self, article) -> BackendResult:
        if SLOW_MARK in article.text:
            await asyncio.sleep(60)
        return BackendResult(summary="done")


@pytest.mark.parametrize("target", ["SlowBackend", "SlowAsyncBackend"])
def test_article_timeout_fails_one_article_and_the_batch_goes_on(tmp_path, target):
    register_backend("slowpoke-test", f"{__name__}:{target}")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-stuck.txt").write_text(f"This one is a {SLOW_MARK} article about nothing at all.\n")
    (folder / "b-fine.txt").write_text(BODY)
    out = tmp_path / "o.jsonl"
    t0 = time.monotonic()
    result = run("extract", folder, "-b", "slowpoke-test", "--article-timeout", "0.5", "-o", out, "-f", "none")
    assert time.monotonic() - t0 < 20
    assert result.exit_code == 1
    (line,) = error_lines(result)
    assert "a-stuck.txt" in line and "--article-timeout 0.5" in line
    assert len(out.read_text().splitlines()) == 1


def test_article_timeout_off_the_main_thread():
    import threading

    register_backend("slowpoke-test", f"{__name__}:SlowBackend")
    config = load_config(backend="slowpoke-test", article_timeout=0.3, use_cache=False)
    box = {}

    def work():
        box["out"] = list(pipeline.extract_many([], config=config)) + [
            streaming._safely(pipeline.Extractor(config).extract_within_budget, make_article(f"a {SLOW_MARK} text", path="s.txt"))]

    t = threading.Thread(target=work)
    t.start()
    t.join(10)
    (failure,) = box["out"]
    assert isinstance(failure, pipeline.Failure) and "--article-timeout" in failure.error


# ------------------------------------------------------------------ choosing a backend (issue 16 item 7)


class EchoBackend(SlowBackend):
    name = "echo-plugin"


def test_a_registered_backend_can_be_selected_from_the_cli(tmp_path, article_file):
    register_backend("echo-plugin", f"{__name__}:EchoBackend")
    out = tmp_path / "o.jsonl"
    result = run("extract", article_file, "-b", "echo-plugin", "-o", out, "-f", "none")
    assert result.exit_code == 0, result.output
    assert '"backend":"echo-plugin"' in out.read_text()


def test_an_entry_point_backend_can_be_selected(tmp_path, article_file, monkeypatch):
    dist = tmp_path / "site" / "echo_plugin-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: echo-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(f"[summariser.backends]\nechoed = {__name__}:EchoBackend\n")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    from summariser.backends.base import available_backends

    assert "echoed" in available_backends()
    result = run("extract", article_file, "-b", "echoed", "-o", tmp_path / "o.jsonl", "-f", "none")
    assert result.exit_code == 0, result.output


def test_a_backend_that_does_not_import_is_one_clear_line(tmp_path, article_file):
    result = run("extract", article_file, "-b", "module:Missing", "-o", tmp_path / "o.jsonl")
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "ModuleNotFoundError" not in result.output
    (line,) = [x for x in result.stderr.splitlines() if x.strip()]
    assert "cannot import module 'module'" in line


class NapBackend(SlowBackend):
    def extract(self, article) -> BackendResult:
        time.sleep(1.0)
        return BackendResult(summary="done")


def test_a_single_call_and_eval_have_no_budget():
    """Only batches are timed: an evaluation's result never depends on the machine's load."""
    register_backend("nap-test", f"{__name__}:NapBackend")
    config = load_config(backend="nap-test", article_timeout=0.2, use_cache=False)
    ext = pipeline.Extractor(config).extract(make_article(BODY, path="a.txt"))
    assert ext.summary == "done"
