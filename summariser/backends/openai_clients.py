"""The clients the `openai` backend talks through: the request shape (`--mode`) and instructor's
mode for it, the response model instructor is handed, the async HTTP stack, and the sync and
async instructor clients with their lifetimes (an async client belongs to its event loop)."""

from __future__ import annotations

import asyncio
import os
from typing import TYPE_CHECKING, Any, AsyncGenerator
from urllib.parse import urlparse

from ..errors import ConfigError
from .instructor_prep import skip_message_transform
from .llm import ArticleDraft

if TYPE_CHECKING:
    import httpx2
    from instructor import AsyncInstructor, Instructor, Mode
    from openai import AsyncOpenAI

    from ..config import Config

OPENAI_HOSTS = ("api.openai.com",)


def resolve_mode(mode: str, base_url: str | None) -> str:
    if mode != "auto":
        return mode
    host = urlparse(base_url).hostname if base_url else None
    return "tools" if host is None or host in OPENAI_HOSTS else "llamacpp"


def instructor_mode(mode: str) -> "Mode":
    from instructor import Mode

    return {"tools": Mode.TOOLS, "json": Mode.JSON, "json_schema": Mode.JSON_SCHEMA,
            "md_json": Mode.MD_JSON, "llamacpp": Mode.JSON}[mode]


def response_model() -> type[ArticleDraft]:
    """ArticleDraft as instructor's request code wants it, built once per process.

    Given a plain pydantic model, instructor wraps it in a new `ResponseSchema` subclass on
    every request (pydantic's `create_model`, ~3 ms); given the wrapped class it uses it as
    is. Its check for async validators and its JSON-mode schema message are done once
    (`instructor_prep`).
    """
    global _RESPONSE_MODEL
    if _RESPONSE_MODEL is None:
        from instructor.v2.core.function_calls import response_schema

        from .instructor_prep import remember_async_validator_checks, reuse_json_mode_preparation

        remember_async_validator_checks()
        _RESPONSE_MODEL = response_schema(ArticleDraft)
        reuse_json_mode_preparation((_RESPONSE_MODEL,))
    return _RESPONSE_MODEL


_RESPONSE_MODEL: type[ArticleDraft] | None = None

HTTP_CLIENTS = ("aiohttp", "httpx")


def http_client_name() -> str:
    """The async HTTP stack: `SUMMARISER_HTTP_CLIENT` (aiohttp or httpx), else aiohttp when it
    is installed. aiohttp's transport costs about half the CPU per request of httpx's at 128
    in flight (docs/performance.md); both go through the openai client, whose timeouts,
    errors and status mapping are the same either way."""
    import importlib.util

    chosen = os.environ.get("SUMMARISER_HTTP_CLIENT", "").strip().lower()
    if chosen and chosen not in HTTP_CLIENTS:
        raise ConfigError(f"SUMMARISER_HTTP_CLIENT={chosen!r}: use one of {', '.join(HTTP_CLIENTS)}")
    if chosen:
        return chosen
    return "aiohttp" if importlib.util.find_spec("aiohttp") is not None else "httpx"


async def _closed_with_the_loop(client: "AsyncOpenAI") -> AsyncGenerator[None, None]:
    """Closes `client` when closed: by `OpenAIBackend.aclose`, or by the event loop's own
    `shutdown_asyncgens` at the end of `asyncio.run`, while the loop still runs (aiohttp's
    session must be closed on its loop, or it complains once collected)."""
    try:
        yield
    finally:
        await client.close()


def async_http_client() -> "httpx2.AsyncClient":
    """A fresh pooled async HTTP client for the openai client, of `http_client_name()`'s kind."""
    from openai import DefaultAioHttpClient, DefaultAsyncHttpxClient

    return DefaultAioHttpClient() if http_client_name() == "aiohttp" else DefaultAsyncHttpxClient()


class InstructorClients:
    """The backend's sync instructor client, made on first use, and its async one per event loop."""

    def __init__(self, config: "Config", mode: str):
        self.config = config
        self.mode = mode
        self._sync: Instructor | None = None
        self._async: tuple[asyncio.AbstractEventLoop, AsyncInstructor, AsyncGenerator[None, None]] | None = None

    def _client_kwargs(self) -> dict[str, Any]:
        # a key is required by the client even for servers that ignore it
        return {"base_url": self.config.base_url, "api_key": self.config.api_key or "not-needed",
                "timeout": self.config.timeout, "max_retries": 0}

    def sync(self) -> "Instructor":
        if self._sync is None:
            import instructor
            from openai import OpenAI

            client = OpenAI(**self._client_kwargs())
            skip_message_transform(client)
            self._sync = instructor.from_openai(client, mode=instructor_mode(self.mode))
        return self._sync

    async def running_loop(self) -> "AsyncInstructor":
        # an async client belongs to the event loop it first ran on: one per loop, so a
        # backend reused across several batches (several asyncio.run) keeps working
        loop = asyncio.get_running_loop()
        if self._async is None or self._async[0] is not loop:
            import instructor
            from openai import AsyncOpenAI

            # a plain pooled client: the SDK's default one schedules its own close on whatever
            # loop runs when it is collected, which fails once its loop is gone
            client = AsyncOpenAI(**self._client_kwargs(), http_client=async_http_client())
            skip_message_transform(client)
            closer = _closed_with_the_loop(client)
            await closer.__anext__()  # runs to its `yield` at once: no other task starts meanwhile
            self._async = (loop, instructor.from_openai(client, mode=instructor_mode(self.mode)), closer)
        return self._async[1]

    async def aclose(self) -> None:
        """Close this loop's HTTP client (its connections belong to the loop)."""
        if self._async is not None and self._async[0] is asyncio.get_running_loop():
            closer = self._async[2]
            self._async = None
            await closer.aclose()
