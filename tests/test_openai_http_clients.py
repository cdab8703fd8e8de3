"""The async openai path over both HTTP stacks (`SUMMARISER_HTTP_CLIENT`: aiohttp, the default
where it is installed, and httpx): the same retries, timeouts and error reasons either way,
against a scripted loopback server."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from summariser.articles import make_article
from summariser.backends.openai_clients import http_client_name
from summariser.backends.openai_compat import OpenAIBackend
from summariser.config import load_config
from summariser.errors import BackendError, ConfigError
from summariser.pipeline import Failure, extract_many
from summariser.records import Extraction

from stub_server import SLEEP, StubServer, completion, error, ok, script

TEXT = ("A missile hit a grain terminal in Izmail on Tuesday night, killing two dock workers and "
        "injuring nine, the port authority said.")
QUOTE = TEXT


def answer(killed: int = 2) -> tuple:
    body = {"summary": "Missile strike on a port.",
            "attacks": [{"attacker": "Russia", "kind": "missile_strike", "places": ["Izmail"],
                         "killed": killed, "injured": 9, "evidence": [QUOTE]}]}
    return ok(completion(tool_call={"name": "ArticleDraft", "arguments": json.dumps(body)}))


@pytest.fixture(params=["aiohttp", "httpx"])
def stack(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SUMMARISER_HTTP_CLIENT", request.param)
    return str(request.param)


def arun(answers: list, **opts: object) -> tuple:
    async def go(b: OpenAIBackend) -> object:
        try:
            return await b.aextract(make_article(TEXT))
        finally:
            await b.aclose()

    with StubServer(script(answers)) as srv:
        cfg = load_config(backend="openai", base_url=srv.base_url, model="stub-model", mode="tools",
                          api_key="sk-test", timeout=1.0, use_cache=False, **opts)
        result = asyncio.run(go(OpenAIBackend(cfg)))
    return result, srv


def test_the_choice_is_read_from_the_environment(stack: str) -> None:
    assert http_client_name() == stack


def test_an_unknown_http_client_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARISER_HTTP_CLIENT", "curl")
    with pytest.raises(ConfigError, match="aiohttp, httpx"):
        http_client_name()


def test_aiohttp_is_the_default_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUMMARISER_HTTP_CLIENT", raising=False)
    assert http_client_name() == "aiohttp"


def test_success(stack: str) -> None:
    result, _ = arun([answer()])
    assert result.attacks[0].killed.value == 2 and result.usage.calls == 1


def test_timeout_then_success(stack: str) -> None:
    result, srv = arun([(SLEEP(3), {}, ""), answer()])
    assert result.attacks[0].killed.value == 2
    assert result.usage.retries == 1 and len(srv.requests) == 2


def test_429_waits_as_told_then_succeeds(stack: str, monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []

    async def no_wait(seconds: float) -> None:
        waits.append(seconds)

    from tenacity import AsyncRetrying

    original = AsyncRetrying.__init__

    def patched(self: AsyncRetrying, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("sleep", no_wait)  # tenacity binds its default sleep at import
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(AsyncRetrying, "__init__", patched)
    result, _ = arun([error(429, "slow down", {"Retry-After": "7"}), answer()])
    assert waits == [7.0] and result.usage.retries == 1


def test_500s_are_retried_then_bounded(stack: str) -> None:
    result, srv = arun([error(500), error(503), answer()])
    assert result.usage.retries == 2 and len(srv.requests) == 3
    with pytest.raises(BackendError, match="gave up after 2 attempts") as info:
        arun([error(500), error(500)], max_retries=1)
    assert info.value.reason == "transient"


def test_malformed_json_body_is_an_error_with_reason(stack: str) -> None:
    with pytest.raises(BackendError) as info:
        arun([ok("{not json"), ok("{not json"), ok("{not json")])
    assert "openai:stub-model" in str(info.value)


def test_a_batch_runs_on_either_stack(stack: str, tmp_path: Path) -> None:
    names = []
    for i, text in enumerate([TEXT, TEXT + " Repairs began at dawn.", TEXT + " More follows."]):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
        names.append(str(tmp_path / f"a{i}.txt"))
    with StubServer(script([answer(), answer(), answer()])) as srv:
        outcomes = list(extract_many(names,
                                     backend="openai", base_url=srv.base_url, model="stub-model",
                                     mode="tools", api_key="sk-test", concurrency=3, workers=0,
                                     use_cache=False, max_retries=0))
    assert [type(o) for o in outcomes] == [Extraction] * 3, [o for o in outcomes if isinstance(o, Failure)]
