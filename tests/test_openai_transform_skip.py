"""Plain string messages skip the openai client's request transform (they travel in
`extra_body`), and the request the server receives is the same, key order included: in every
request shape, sync and async, on a re-ask too."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from summariser.articles import make_article
from summariser.backends import instructor_prep
from summariser.backends.instructor_prep import plain_messages, skip_message_transform
from summariser.backends.openai_compat import OpenAIBackend
from summariser.config import load_config

from stub_server import StubServer, completion, ok, script

# fresh example text
TEXT = ("A glide bomb fell on a bakery in Kupiansk on Sunday afternoon, killing 4 customers, the "
        "regional police said. Volunteers later cleared the street.")
QUOTE = TEXT.split(". ")[0] + "."


def good(killed: int = 4) -> str:
    return json.dumps({"summary": "Glide bomb on a bakery.", "attacks": [
        {"kind": "glide_bomb", "places": ["Kupiansk"], "killed": killed, "evidence": [QUOTE]}]})


def reply(mode: str, body: str) -> tuple:
    if mode == "tools":
        return ok(completion(tool_call={"name": "ArticleDraft", "arguments": body}))
    return ok(completion(body))


def requests_sent(mode: str, skip: bool, monkeypatch: pytest.MonkeyPatch, sync: bool) -> list[dict[str, Any]]:
    """The request bodies one article costs (an unstated number forces one re-ask)."""
    if not skip:
        monkeypatch.setattr("summariser.backends.openai_clients.skip_message_transform", lambda client: None)
    with StubServer(script([reply(mode, good(killed=40)), reply(mode, good())])) as srv:
        cfg = load_config(backend="openai", base_url=srv.base_url, model="stub-model", mode=mode,
                          api_key="sk-test", use_cache=False, max_retries=1)
        backend = OpenAIBackend(cfg)
        if sync:
            result = backend.extract(make_article(TEXT))
        else:
            async def go() -> Any:
                try:
                    return await backend.aextract(make_article(TEXT))
                finally:
                    await backend.aclose()

            result = asyncio.run(go())
    assert result.attacks[0].killed.value == 4 and result.usage.retries == 1
    return [json.loads(json.dumps(r)) for r in srv.requests]


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize("mode", ["tools", "json", "json_schema", "md_json", "llamacpp"])
def test_the_requests_sent_are_unchanged(mode: str, sync: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    lean = requests_sent(mode, True, monkeypatch, sync)
    with monkeypatch.context() as m:
        full = requests_sent(mode, False, m, sync)
    assert len(lean) == len(full) == 2
    for a, b in zip(lean, full):
        assert list(a) == list(b)  # the same keys in the same order
        assert a == b


def test_the_transform_is_skipped_for_plain_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    from openai import OpenAI

    client = OpenAI(base_url="http://127.0.0.1:9/v1", api_key="k", max_retries=0)
    seen: list[dict[str, Any]] = []
    monkeypatch.setattr(client.chat.completions, "create", lambda **kw: seen.append(kw))
    skip_message_transform(client)
    skip_message_transform(client)  # twice: wrapped once
    plain = [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}]
    client.chat.completions.create(model="m", messages=plain, extra_body={"seed": 1})
    parts = [{"role": "user", "content": [{"type": "text", "text": "u"}]}]
    client.chat.completions.create(model="m", messages=parts)
    assert seen[0] == {"model": "m", "messages": [], "extra_body": {"seed": 1, "messages": plain}}
    assert seen[1] == {"model": "m", "messages": parts}  # content parts: the transform runs


@pytest.mark.parametrize("messages, plain", [
    ([{"role": "user", "content": "x"}], True),
    ([{"role": "assistant", "content": None}], False),
    ([{"role": "assistant", "content": "", "tool_calls": []}], False),
    ((m for m in [{"role": "user", "content": "x"}]), False),  # an iterator: left to the client
])
def test_what_counts_as_plain(messages: Any, plain: bool) -> None:
    assert plain_messages(messages) is plain
    assert instructor_prep.PLAIN_MESSAGE_KEYS == {"role", "content", "name"}
