"""Grounding a batch article's answers: the online path's own steps, in `--workers` processes.

`ground_article` is the whole CPU side of one article at `collect` (parse each chunk's result
as the online path parses it, ground with `backend._result`, build the Extraction, serialise
its JSONL line); it runs in the same process pool `summarise extract` grounds in
(`workers.GroundingPool`), or in this process with `--workers 0`. `Grounder` keeps a bounded
window of articles in the pool and hands their outcomes back in the order they were sent, so
the records file is the same whatever the number of workers, and memory stays flat.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

from ..articles import make_article
from ..backends.answers import ChunkAnswer, request_hash
from ..backends.llm import ArticleDraft, Meter, answer_text, stated_numbers
from ..pipeline import build
from .requests import split_custom_id

if TYPE_CHECKING:
    from ..backends.openai_compat import OpenAIBackend
    from ..config import Config
    from ..workers import GroundingPool


class DraftError(ValueError):
    """A result line that gives no usable draft."""


class Job(NamedTuple):
    """What one article needs to be grounded (all picklable, no key)."""

    row: dict[str, Any]  # the part's articles-file row: raw text and metadata
    custom_ids: list[str]
    results: dict[str, Any]  # custom_id -> response body
    failures: dict[str, str]  # custom_id -> why its request failed (this article's only)
    batch: str  # "<batch id> <status>", for the message when a chunk has no result


class Outcome(NamedTuple):
    article_id: str
    line: str | None  # the record's JSONL line (no newline), or None
    error: str | None  # why there is no record


_BACKENDS: dict["Config", "OpenAIBackend"] = {}


def ground_article(backend_config: "Config", config: "Config", job: Job) -> Outcome:
    """The record (or the reason there is none) for one article; runs in a worker or here."""
    from ..backends.openai_compat import OpenAIBackend

    backend = _BACKENDS.get(backend_config)
    if backend is None:
        backend = _BACKENDS[backend_config] = OpenAIBackend(backend_config)
    row = job.row
    article = make_article(row["text"], path=row.get("path"), source=row.get("source"), title=row.get("title"),
                           url=row.get("url"), published=row.get("published"))
    ends = dict(backend._chunks(article))
    try:
        answers = [_answer(article.text, ends, cid, job, backend) for cid in job.custom_ids]
    except DraftError as exc:
        return Outcome(article.id, None, str(exc))
    ext = build(article, backend._result(article, answers), backend, 0.0, config)
    return Outcome(article.id, ext.model_dump_json(), None)


def _answer(text: str, ends: dict[int, int], cid: str, job: Job, backend: "OpenAIBackend") -> ChunkAnswer:
    """One chunk's answer as the online path keeps it."""
    if cid in job.failures:
        raise DraftError(job.failures[cid])
    if cid not in job.results:
        raise DraftError(f"no result for {cid} (batch {job.batch})")
    start = split_custom_id(cid)[1]
    chunk = text[start:ends.get(start)]
    meter = Meter()
    draft = parse_draft(job.results[cid], chunk, meter, cid)
    return ChunkAnswer(start, start + len(chunk), request_hash(backend.request_fields(), chunk),
                       draft.model_dump(mode="json", exclude_none=True),
                       meter.usage().model_dump(exclude_none=True), list(meter.notes))


def parse_draft(body: Any, text: str, meter: Meter, cid: str) -> ArticleDraft:
    """The answer as the online path parses it; when only the number check fails, the answer
    is kept as the online path's salvage keeps it (grounding drops unstated numbers)."""
    from openai.types.chat import ChatCompletion

    try:
        completion = ChatCompletion.model_validate(body)
    except ValueError as exc:
        raise DraftError(f"result {cid} is not a chat completion: {str(exc)[:200]}") from exc
    if completion.choices and completion.choices[0].finish_reason == "length":
        raise DraftError(f"result {cid} was cut off at max_tokens (finish_reason=length)")
    meter.on_response(completion)
    raw = answer_text(completion) or ""
    try:
        with stated_numbers(text):
            return ArticleDraft.model_validate_json(raw)
    except ValueError as first:
        try:
            draft = ArticleDraft.model_validate_json(raw)
        except ValueError:
            raise DraftError(f"result {cid} does not fit the schema: {' '.join(str(first).split())[:200]}") from first
        meter.notes.append(f"kept the batch answer without a re-ask: {' '.join(str(first).split())[:200]}")
        return draft


class Grounder:
    """Grounds jobs in the pool (or here when `pool` is None), at most `window` at a time, and
    gives each outcome to `done` in the order the jobs were sent."""

    def __init__(self, backend: "OpenAIBackend", config: "Config", pool: "GroundingPool | None",
                 done: Callable[[Job, Outcome], None]):
        # a worker sends no request: it never needs the key
        self.backend_config = dataclasses.replace(backend.config, api_key=None)
        self.config = dataclasses.replace(config, api_key=None)
        _BACKENDS.setdefault(self.backend_config, backend)  # --workers 0 grounds with this one
        self.pool, self.done = pool, done
        self.window = 8 * pool.workers if pool is not None else 0
        self.pending: deque[tuple[Job, Future[Outcome]]] = deque()

    def send(self, job: Job) -> None:
        if self.pool is None:
            self.done(job, ground_article(self.backend_config, self.config, job))
            return
        self.pending.append((job, self.pool.submit(ground_article, self.backend_config, self.config, job)))
        while len(self.pending) > self.window:
            self._take()

    def drain(self) -> None:
        """Wait for every job sent so far."""
        while self.pending:
            self._take()

    def _take(self) -> None:
        job, future = self.pending.popleft()
        self.done(job, future.result())
