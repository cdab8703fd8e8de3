"""The `openai` backend's paid answers in the response cache: each chunk's raw answer (the
draft before grounding) kept under its request hash, where it was sent and the re-ask budget,
without summariser's code version, so that after an upgrade the article is re-grounded from the
paid answer instead of asked again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..cache import ResponseCache
from .answers import ChunkAnswer, Json, public_endpoint, request_hash
from .llm import ArticleDraft

if TYPE_CHECKING:
    from ..config import Config


def raw_key(config: "Config", req_hash: str) -> str:
    # the same request to another server, or with another re-ask budget, is another answer
    return ResponseCache.raw_key(req_hash, public_endpoint(config.base_url), config.max_retries)


def cached_answer(config: "Config", request: Json, start: int, end: int,
                  text: str) -> tuple[str, ChunkAnswer | None]:
    """The request hash of `text`, and its paid answer when the cache holds a usable one."""
    req = request_hash(request, text)
    if not config.use_cache:
        return req, None
    data = ResponseCache(config.cache_dir).get_raw(raw_key(config, req))
    if data is None:
        return req, None
    try:
        ArticleDraft.model_validate(data["draft"])
    except (KeyError, TypeError, ValueError):
        return req, None  # from an older draft schema: ask again
    return req, ChunkAnswer(start, end, req, data["draft"], data.get("usage") or {},
                            list(data.get("notes") or []), cached=True)


def keep_answer(config: "Config", model: str | None, answer: ChunkAnswer) -> None:
    if config.use_cache:
        ResponseCache(config.cache_dir).put_raw(raw_key(config, answer.request_hash), {
            "request_hash": answer.request_hash, "model": model, "draft": answer.draft,
            "usage": answer.usage, "notes": answer.notes})
