"""Batch request lines: exactly what the online `openai` backend sends, one line per chunk.

The body comes from the backend's own `_request` kwargs turned into OpenAI request kwargs by
instructor's `handle_response_model` (the same call instructor makes online), so prompts,
schema and request shape (`--mode`) cannot drift between the online and the batch path.
instructor's own `BatchRequest` is not used: it always asks for `json_schema` output, which
is not the shape the online path sends in `tools` or `llamacpp` mode.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Iterable, Iterator

from ..backends.llm import ArticleDraft, Meter

if TYPE_CHECKING:
    from ..articles import Article
    from ..backends.openai_compat import OpenAIBackend

ENDPOINT: Final = "/v1/chat/completions"  # Final: the literal type the openai client expects
MAX_REQUESTS = 50_000  # per batch input file (OpenAI's limit)
MAX_BYTES = 200 * 1024 * 1024  # per batch input file (OpenAI's limit)
BATCH_DISCOUNT = 0.5  # the Batch API's price against the online one
SEP = "@"  # custom_id = <article id>@<chunk start>


@dataclass
class ArticleRequests:
    """The request lines of one article (one per chunk), kept together in one file."""

    article: "Article"
    lines: list[bytes]
    custom_ids: list[str]

    @property
    def size(self) -> int:
        return sum(len(line) for line in self.lines)


def custom_id(article_id: str, start: int) -> str:
    return f"{article_id}{SEP}{start}"


def split_custom_id(value: str) -> tuple[str, int]:
    article_id, _, start = value.rpartition(SEP)
    return article_id, int(start)


def request_body(backend: "OpenAIBackend", text: str) -> dict[str, Any]:
    """The chat-completions body the online backend would send for `text`."""
    from instructor.processing import handle_response_model

    from ..backends.openai_clients import instructor_mode

    kwargs = backend._request(text, Meter())
    for online_only in ("hooks", "max_retries", "response_model"):
        kwargs.pop(online_only, None)
    extra = kwargs.pop("extra_body", None) or {}
    _, body = handle_response_model(ArticleDraft, mode=instructor_mode(backend.mode), **kwargs)
    body.update(extra)  # llamacpp mode: the schema-constrained response_format
    return {k: v for k, v in body.items() if v is not None}


PLACEHOLDER = "@@summariser-article-text-7f3a@@"  # survives JSON escaping unchanged


class LineTemplate:
    """One request line as JSON with a placeholder for the text: building the schema and the
    prompt once instead of per request makes writing 100k lines ~20x faster. Only the article
    text varies between requests (tests/test_batch.py checks the lines equal `request_body`)."""

    def __init__(self, backend: "OpenAIBackend"):
        line = {"custom_id": PLACEHOLDER + "id", "method": "POST", "url": ENDPOINT,
                "body": request_body(backend, PLACEHOLDER)}
        self.head, _, rest = json.dumps(line, ensure_ascii=False).partition(PLACEHOLDER + "id")
        self.pieces = rest.split(PLACEHOLDER)

    def line(self, cid: str, text: str) -> bytes:
        escaped = json.dumps(text, ensure_ascii=False)[1:-1]
        return (self.head + cid + escaped.join(self.pieces) + "\n").encode("utf-8")


def article_requests(backend: "OpenAIBackend", article: "Article",
                     template: LineTemplate | None = None) -> ArticleRequests:
    template = template or LineTemplate(backend)
    lines, ids = [], []
    for start, end in backend._chunks(article):
        cid = custom_id(article.id, start)
        lines.append(template.line(cid, article.text[start:end]))
        ids.append(cid)
    return ArticleRequests(article, lines, ids)


def parts(requests: Iterable[ArticleRequests], max_requests: int = MAX_REQUESTS,
          max_bytes: int = MAX_BYTES) -> Iterator[tuple[int, ArticleRequests]]:
    """(part index, article) for every article: a new part starts when the next article
    would pass either limit, and an article is never split. A stream: nothing is held, so
    writing a part of 200 MB keeps memory flat."""
    index = count = size = 0
    for req in requests:
        n, b = len(req.lines), req.size
        if n > max_requests or b > max_bytes:
            raise ValueError(f"article {req.article.id} alone exceeds the batch file limits")
        if count and (count + n > max_requests or size + b > max_bytes):
            index, count, size = index + 1, 0, 0
        count, size = count + n, size + b
        yield index, req
