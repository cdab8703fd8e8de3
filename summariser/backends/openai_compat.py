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
validation (schema errors, numbers the article states in no form). The clients, the mode
and the response model are made in `openai_clients.py`; a failed call is read in
`openai_errors.py`.

Each call's raw answer (the draft, before grounding) is kept in the response cache under
its request hash, without summariser's code version (`answer_cache.py`): after an upgrade the
article is re-grounded from the paid answer instead of asked again. `--record DIR` also writes
it as an answer file (`answers.py`) that the `replay` backend reads.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import BackendError, BackendUnavailable, ConfigError
from ..prompts import PROMPT_VERSION, language_instruction, load_prompts
from ..records import Usage
from ..sentences import chunk
from .answer_cache import cached_answer, keep_answer
from .answers import ChunkAnswer, answer_record, public_endpoint, request_fields, write_answer
from .base import BackendResult
from .llm import ArticleDraft, Meter, article_messages, cross_check_identity, ground_drafts, salvage, stated_numbers
from .openai_clients import InstructorClients, resolve_mode, response_model
from .openai_errors import backoff, call_error, describe, is_transient, root_error

if TYPE_CHECKING:
    from tenacity import AsyncRetrying, RetryCallState, Retrying

    from ..articles import Article
    from ..config import Config

RetryT = TypeVar("RetryT", "Retrying", "AsyncRetrying")


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
        self._clients = InstructorClients(config, self.mode)

    async def aclose(self) -> None:
        """Close this loop's HTTP client (its connections belong to the loop). The batch runner
        calls it before its loop ends; a caller's own `asyncio.run` closes it at the end anyway."""
        await self._clients.aclose()

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
                        draft: ArticleDraft = self._clients.sync().chat.completions.create(**self._request(text, meter))
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
                        draft: ArticleDraft = await (await self._clients.running_loop()).chat.completions.create(
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
        return call_error(exc, meter, self.config, provider=f"{self.name}:{self.model}")

    # ------------------------------------------------------------------ answers

    def request_fields(self) -> dict[str, Any]:
        return request_fields(self.config, self.model, self.mode, self.prompt_version, self.prompt_hash)

    def _cached_answer(self, start: int, end: int, text: str) -> tuple[str, ChunkAnswer | None]:
        return cached_answer(self.config, self.request_fields(), start, end, text)

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
        keep_answer(self.config, self.model, answer)
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
