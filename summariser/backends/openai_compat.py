"""The `openai` backend: instructor over any OpenAI-compatible endpoint (OpenAI, Ollama,
vLLM, LM Studio, llama.cpp's server), sync and async.

Request shape (`--mode`):
  tools        forced tool call (OpenAI, most hosted APIs)
  json_schema  OpenAI structured outputs (`response_format={"type": "json_schema"}`)
  json         JSON mode, schema in the system message
  md_json      JSON in a Markdown code block (models without JSON mode)
  llamacpp     JSON mode plus `response_format={"type": "json_object", "schema": ...}`:
               the shape llama.cpp's server turns into schema-constrained decoding
  auto         tools for api.openai.com (or no base URL), llamacpp for any other endpoint —
               JSON mode works everywhere, and servers that do not know the `schema` key
               ignore it.

Two retry loops, both bounded by `--max-retries`: tenacity here for transient transport
errors (timeouts, connection errors, 429 honouring Retry-After, 5xx; the openai client's
own retries are off so the counts are ours), and instructor's re-ask for answers that fail
validation (schema errors, numbers the article states in no form).

Each call's raw answer (the draft, before grounding) is kept in the response cache under
its request hash, without summariser's code version: after an upgrade the article is
re-grounded from the paid answer instead of asked again. `--record DIR` also writes it as an
answer file (`answers.py`) that the `replay` backend reads.
"""

from __future__ import annotations

import asyncio
import os
from typing import TYPE_CHECKING, Any, AsyncGenerator, TypeVar
from urllib.parse import urlparse

from ..cache import ResponseCache
from ..errors import BackendError, BackendUnavailable, ConfigError, scrub
from ..prompts import PROMPT_VERSION, language_instruction, load_prompts
from ..records import Usage
from ..sentences import chunk
from .answers import ChunkAnswer, answer_record, public_endpoint, request_fields, request_hash, write_answer
from .base import BackendResult
from .instructor_prep import skip_message_transform
from .llm import ArticleDraft, Meter, article_messages, cross_check_identity, ground_drafts, salvage, stated_numbers
from .openai_errors import backoff, describe, fix_hint, is_transient, refusal, root_error

if TYPE_CHECKING:
    import httpx2
    from instructor import AsyncInstructor, Instructor, Mode
    from openai import AsyncOpenAI
    from tenacity import AsyncRetrying, RetryCallState, Retrying

    from ..articles import Article
    from ..config import Config

RetryT = TypeVar("RetryT", "Retrying", "AsyncRetrying")

OPENAI_HOSTS = ("api.openai.com",)


def resolve_mode(mode: str, base_url: str | None) -> str:
    if mode != "auto":
        return mode
    host = urlparse(base_url).hostname if base_url else None
    return "tools" if host is None or host in OPENAI_HOSTS else "llamacpp"


def _instructor_mode(mode: str) -> "Mode":
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


class OpenAIBackend:
    name = "openai"

    def __init__(self, config: "Config"):
        try:
            import instructor  # noqa: F401
            import openai  # noqa: F401
        except ImportError as exc:
            raise BackendUnavailable(f"{exc.name} is not installed: pip install 'openai>=1.55' "
                                     "'instructor>=1.17,<2'", provider=self.name, cause=exc) from exc
        if not config.model:
            raise ConfigError("the openai backend needs a model: pass --model or set SUMMARISER_MODEL")
        self.config = config
        self.model = config.model
        self.mode = resolve_mode(config.mode, config.base_url)
        self.prompts = load_prompts(PROMPT_VERSION)
        self.prompt_version = PROMPT_VERSION
        self.prompt_hash = self.prompts.hash(ArticleDraft.model_json_schema())
        self._schema = ArticleDraft.model_json_schema()  # sent with every llamacpp request
        self._sync: Instructor | None = None
        self._async: tuple[asyncio.AbstractEventLoop, AsyncInstructor, AsyncGenerator[None, None]] | None = None

    # ------------------------------------------------------------------ clients

    def _client_kwargs(self) -> dict[str, Any]:
        # a key is required by the client even for servers that ignore it
        return {"base_url": self.config.base_url, "api_key": self.config.api_key or "not-needed",
                "timeout": self.config.timeout, "max_retries": 0}

    def _client(self) -> "Instructor":
        if self._sync is None:
            import instructor
            from openai import OpenAI

            client = OpenAI(**self._client_kwargs())
            skip_message_transform(client)
            self._sync = instructor.from_openai(client, mode=_instructor_mode(self.mode))
        return self._sync

    async def _aclient(self) -> "AsyncInstructor":
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
            self._async = (loop, instructor.from_openai(client, mode=_instructor_mode(self.mode)), closer)
        return self._async[1]

    async def aclose(self) -> None:
        """Close this loop's HTTP client (its connections belong to the loop). The batch runner
        calls it before its loop ends; a caller's own `asyncio.run` closes it at the end anyway."""
        if self._async is not None and self._async[0] is asyncio.get_running_loop():
            closer = self._async[2]
            self._async = None
            await closer.aclose()

    def identity(self) -> dict[str, Any]:
        c = self.config
        return {"backend": self.name, "model": self.model, "base_url": c.base_url, "mode": self.mode,
                "prompt_version": self.prompt_version, "prompt_hash": self.prompt_hash,
                "temperature": c.temperature, "seed": c.seed, "max_tokens": c.max_tokens,
                "chunk_chars": c.chunk_chars, "max_retries": c.max_retries, **cross_check_identity(c)}

    # ------------------------------------------------------------------ requests

    def _request(self, text: str, meter: Meter) -> dict[str, Any]:
        messages = article_messages(self.prompts, text)
        note = language_instruction(self.prompts, text)  # Ukrainian/Russian: answer in English, quote verbatim
        if note:
            messages[0] = {**messages[0], "content": messages[0]["content"] + "\n\n" + note}
        kwargs: dict[str, Any] = {
            "model": self.model, "messages": messages,
            "response_model": response_model(), "max_retries": self.config.max_retries,
            "hooks": meter.hooks(),
            "temperature": self.config.temperature, "max_tokens": self.config.max_tokens,
            "seed": self.config.seed,
        }
        if self.mode == "llamacpp":
            kwargs["extra_body"] = {"response_format": {"type": "json_object", "schema": self._schema}}
        return kwargs

    def _retrying(self, meter: Meter, cls: type[RetryT]) -> RetryT:
        from tenacity import retry_if_exception, stop_after_attempt

        def wait(state: "RetryCallState") -> float:
            exc = state.outcome.exception() if state.outcome is not None else None
            return backoff(exc or Exception(), state.attempt_number - 1)  # tenacity waits only after a failure

        def count(_state: "RetryCallState") -> None:
            meter.retries += 1

        return cls(stop=stop_after_attempt(self.config.max_retries + 1), wait=wait, reraise=True,
                   retry=retry_if_exception(lambda e: is_transient(root_error(e))), before_sleep=count)

    def _call(self, text: str, meter: Meter) -> ArticleDraft:
        from tenacity import Retrying

        try:
            with stated_numbers(text):
                for attempt in self._retrying(meter, Retrying):
                    with attempt:
                        draft: ArticleDraft = self._client().chat.completions.create(**self._request(text, meter))
                        return draft
        except Exception as exc:
            return self._salvaged(exc, meter)
        raise AssertionError("tenacity re-raises the last error")

    async def _acall(self, text: str, meter: Meter) -> ArticleDraft:
        from tenacity import AsyncRetrying

        try:
            with stated_numbers(text):
                async for attempt in self._retrying(meter, AsyncRetrying):
                    with attempt:
                        draft: ArticleDraft = await (await self._aclient()).chat.completions.create(
                            **self._request(text, meter))
                        return draft
        except Exception as exc:
            return self._salvaged(exc, meter)
        raise AssertionError("tenacity re-raises the last error")

    def _salvaged(self, exc: Exception, meter: Meter) -> ArticleDraft:
        from instructor.core import InstructorRetryException

        kept = salvage(exc) if isinstance(exc, InstructorRetryException) else None
        if kept is None:
            raise self._error(exc, meter) from exc
        meter.notes.append(f"kept the last answer after {self.config.max_retries} re-ask(s): "
                           f"{describe(root_error(exc))[:200]}")
        return kept

    def _error(self, exc: Exception, meter: Meter | None = None) -> BackendError:
        """The BackendError for a failed call: its kind as fields, its message scrubbed of keys."""
        reason, msg, attempts = self._explain(exc, meter)
        cause = root_error(exc)
        return BackendError(scrub(msg, self.config.api_key), provider=f"{self.name}:{self.model}", cause=exc,
                            reason=reason, status_code=getattr(cause, "status_code", None), attempts=attempts,
                            endpoint=self.config.base_url or "the OpenAI API")

    def _explain(self, exc: Exception, meter: Meter | None) -> tuple[str, str, int]:
        """(reason, message, requests made) for a failed call."""
        from instructor.core import IncompleteOutputException

        cause = root_error(exc)
        asked = max(getattr(exc, "n_attempts", 1) or 1, 1)  # requests instructor made (1 + re-asks)
        if isinstance(exc, IncompleteOutputException) or isinstance(cause, IncompleteOutputException):
            return "truncated", (f"the answer was cut off at --max-tokens {self.config.max_tokens} "
                                 "(finish_reason=length); raise --max-tokens or lower --chunk-chars"), asked
        if (refused := refusal(exc)) is not None:
            return "refused", f"the model refused to answer: {refused[:200]}", asked
        if is_transient(cause):
            tries = (meter.retries if meter else self.config.max_retries) + 1
            return "transient", f"gave up after {tries} attempt{'s' if tries != 1 else ''}: {describe(cause)}", tries
        status = getattr(cause, "status_code", None)
        if status is not None:
            return "http_status", f"the endpoint answered HTTP {status}: {describe(cause)}{fix_hint(cause)}", asked
        if asked > 1:
            return "invalid_answer", f"no valid answer after {asked - 1} re-ask(s): {describe(cause)}", asked
        return "invalid_answer", f"the answer could not be used: {describe(cause)}", asked

    # ------------------------------------------------------------------ answers

    def request_fields(self) -> dict[str, Any]:
        return request_fields(self.config, self.model, self.mode, self.prompt_version, self.prompt_hash)

    def _raw_key(self, req_hash: str) -> str:
        # the same request to another server, or with another re-ask budget, is another answer
        return ResponseCache.raw_key(req_hash, public_endpoint(self.config.base_url), self.config.max_retries)

    def _cached_answer(self, start: int, end: int, text: str) -> tuple[str, ChunkAnswer | None]:
        req = request_hash(self.request_fields(), text)
        if not self.config.use_cache:
            return req, None
        data = ResponseCache(self.config.cache_dir).get_raw(self._raw_key(req))
        if data is None:
            return req, None
        try:
            ArticleDraft.model_validate(data["draft"])
        except (KeyError, TypeError, ValueError):
            return req, None  # from an older draft schema: ask again
        return req, ChunkAnswer(start, end, req, data["draft"], data.get("usage") or {},
                                list(data.get("notes") or []), cached=True)

    def _keep(self, answer: ChunkAnswer) -> None:
        if self.config.use_cache:
            ResponseCache(self.config.cache_dir).put_raw(self._raw_key(answer.request_hash), {
                "request_hash": answer.request_hash, "model": self.model, "draft": answer.draft,
                "usage": answer.usage, "notes": answer.notes})

    def _answer(self, article: "Article", start: int, end: int) -> ChunkAnswer:
        text = article.text[start:end]
        req, hit = self._cached_answer(start, end, text)
        if hit is not None:
            return hit
        meter = Meter()
        draft = self._call(text, meter)
        return self._answered(start, end, req, draft, meter)

    async def _aanswer(self, article: "Article", start: int, end: int) -> ChunkAnswer:
        text = article.text[start:end]
        # the response cache reads and writes files: off the event loop; without it the
        # same calls are a hash and a dump, cheaper inline than a thread hand-off each
        disk = self.config.use_cache
        req, hit = (await asyncio.to_thread(self._cached_answer, start, end, text) if disk
                    else self._cached_answer(start, end, text))
        if hit is not None:
            return hit
        meter = Meter()
        draft = await self._acall(text, meter)
        if disk:
            return await asyncio.to_thread(self._answered, start, end, req, draft, meter)
        return self._answered(start, end, req, draft, meter)

    def _answered(self, start: int, end: int, req: str, draft: ArticleDraft, meter: Meter) -> ChunkAnswer:
        answer = ChunkAnswer(start, end, req, draft.model_dump(mode="json", exclude_none=True),
                             meter.usage().model_dump(exclude_none=True), list(meter.notes))
        self._keep(answer)
        return answer

    # ------------------------------------------------------------------ articles

    def _chunks(self, article: "Article") -> list[tuple[int, int]]:
        return chunk(article.text, self.config.chunk_chars)

    def extract(self, article: "Article") -> BackendResult:
        answers = [self._answer(article, s, e) for s, e in self._chunks(article)]
        return self._result(article, answers)

    async def aanswers(self, article: "Article") -> list[ChunkAnswer]:
        """Every chunk's answer, asked concurrently (the network part of `aextract`)."""
        return list(await asyncio.gather(*(self._aanswer(article, s, e) for s, e in self._chunks(article))))

    async def aextract(self, article: "Article") -> BackendResult:
        answers = await self.aanswers(article)
        # grounding and the rules cross-check are CPU work: off the event loop, so the other
        # requests in flight keep flowing (the pipeline sends it to worker processes instead
        # when --workers allows: `ground_answers` is what they run)
        return await asyncio.to_thread(self.ground_answers, article, answers)

    def ground_answers(self, article: "Article", answers: list[ChunkAnswer]) -> BackendResult:
        """The grounded result for the answers of an article's chunks (CPU only, no request)."""
        return self._result(article, answers)

    def _result(self, article: "Article", answers: list[ChunkAnswer]) -> BackendResult:
        if self.config.record_dir:
            write_answer(self.config.record_dir, answer_record(article, answers, self._record_meta()))
        usage, notes = Usage(), []
        for a in answers:
            if a.cached:  # nothing was paid this time
                notes.append("answer re-grounded from the response cache (no request)")
            else:
                usage = usage.add(Usage(**a.usage))
                notes += a.notes
        drafts = [(a.start, ArticleDraft.model_validate(a.draft)) for a in answers]
        return ground_drafts(self.config, article, drafts, usage, notes)

    def _record_meta(self) -> dict[str, Any]:
        return {"backend": self.name, "model": self.model, "mode": self.mode,
                "endpoint": public_endpoint(self.config.base_url), "prompt_version": self.prompt_version,
                "prompt_hash": self.prompt_hash, "max_retries": self.config.max_retries}


# --------------------------------------------------------------------------- errors
