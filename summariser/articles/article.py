"""One article: its cleaned text, metadata and stable id, and the publication-date reader.

Every reader in this package ends in `make_article`, so cleaning, the empty/NUL checks
and the date formats are the same for text, Markdown, JSON, JSON Lines and HTML.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Union

from ..errors import InputError
from ..records import ArticleMeta, RemovedSpan
from .cleaning import clean

# The longest news articles are ~100 KB of text; a file 200 times that is a dump or a
# mistake, and reading it whole would only stall the batch.
MAX_BYTES = 20 * 1024 * 1024
META_KEYS = ("title", "source", "published", "url")


@dataclass(frozen=True)
class Article:
    """One cleaned article, ready for extraction."""

    text: str  # cleaned text: every evidence span points into this
    raw: str = ""
    path: str | None = None
    source: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    removed: tuple[RemovedSpan, ...] = field(default_factory=tuple)

    @property
    def id(self) -> str:
        return article_id(self.text)

    def meta(self) -> ArticleMeta:
        return ArticleMeta(
            id=self.id, path=self.path, source=self.source, published=self.published,
            title=self.title, url=self.url,
        )


LoadResult = Union[Article, InputError]


def article_id(text: str) -> str:
    """Stable id: a short hash of the cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_article(raw: str, *, path: str | None = None, **meta: Any) -> Article:
    """Clean raw text and wrap it as an Article; raises InputError if nothing is left."""
    if not raw.strip():
        raise InputError(path, "the article is empty")
    if "\x00" in raw:
        raise InputError(path, f"contains a NUL character (at {raw.index(chr(0))}); it is binary or corrupted, "
                         "not an article")
    text, removed = clean(raw)
    if not text.strip():
        raise InputError(path, "nothing is left after removing boilerplate")
    published = parse_date(meta.get("published"), path)
    return Article(
        text=text, raw=raw, path=path, source=meta.get("source") or None, published=published,
        title=meta.get("title") or None, url=meta.get("url") or None, removed=tuple(removed),
    )


_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%Y/%m/%d")


def parse_date(value: object, name: str | None) -> dt.date | None:
    """ISO dates (a time part is ignored) and the common written forms ("4 April 2025")."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    candidates = [text[:10], text] if len(text) > 10 and text[4:5] == "-" else [text]
    for candidate in candidates:
        for fmt in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(candidate, fmt).date()
            except ValueError:
                continue
    raise InputError(name, f"publication date {value!r} is not a valid date; write it as YYYY-MM-DD")
