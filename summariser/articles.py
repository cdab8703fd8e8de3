"""Articles in: text, Markdown (with YAML front matter), JSON, JSON Lines, HTML, directories, stdin.

`load_articles` yields an `Article` for every readable article and an `InputError` (not
raised) for each one that is not, so a batch keeps going and reports the failures.
A `seeds.jsonl`-style sidecar (objects with `file`, `source`, `published`, `title`,
`url`) next to the articles supplies metadata for the files it names; metadata in the
article itself (front matter, JSON fields) wins over the sidecar. HTML (by suffix, or
any file or stdin that starts like a web page) is read by `webpage` — never as text.
Folders are walked following symlinks (each real folder once); files that are not read
(other suffixes, hidden, summariser's own outputs) are listed in a `LoadReport`.
NUL characters anywhere refuse the article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Union

from .cleaning import clean
from .errors import ConfigError, InputError
from .folders import (ARTICLE_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, SIDECAR_NAMES, TEXT_SUFFIXES, LoadReport,
                      Sidecars, walk_articles)
from .records import ArticleMeta, RemovedSpan
from .webpage import HTML_SUFFIXES, looks_like_html, read_html

if TYPE_CHECKING:
    import yaml

__all__ = ["ARTICLE_SUFFIXES", "HTML_SUFFIXES", "JSON_SUFFIXES", "JSONL_SUFFIXES", "SIDECAR_NAMES", "TEXT_SUFFIXES",
           "Article", "LoadReport", "LoadResult", "article_id", "load_articles", "make_article"]

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
    published = _parse_date(meta.get("published"), path)
    return Article(
        text=text, raw=raw, path=path, source=meta.get("source") or None, published=published,
        title=meta.get("title") or None, url=meta.get("url") or None, removed=tuple(removed),
    )


def load_articles(
    paths: Union[str, Path, Iterable[Union[str, Path]]], *, published: str | dt.date | None = None,
    report: LoadReport | None = None,
) -> Iterator[LoadResult]:
    """Yield an Article (or an InputError) for every article under `paths`.

    `published` applies to every article that has no date of its own (meant for a
    single article given on the command line). "-" reads standard input. A bad
    `published` raises ConfigError at once; a bad file becomes an InputError in the stream.
    `report` collects the files a folder walk skipped, and names files never to read.
    """
    default_date = _option_date(published)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return _load_all([str(p) for p in paths], default_date, report or LoadReport())


def _load_all(paths: list[str], default_date: dt.date | None, report: LoadReport) -> Iterator[LoadResult]:
    for p in paths:
        for result in _load_path(p, report):
            if isinstance(result, Article) and default_date and result.published is None:
                result = replace(result, published=default_date)
            yield result


def _option_date(value: str | dt.date | None) -> dt.date | None:
    try:
        return _parse_date(value, "--published")
    except InputError as exc:
        raise ConfigError(f"--published {value!r} is not a date; give it as YYYY-MM-DD") from exc


def _load_path(p: str, report: LoadReport) -> Iterator[LoadResult]:
    if p == "-":
        yield from _load_stdin()
        return
    path = Path(p)
    if not path.exists():
        yield InputError(p, "no such file or directory")
    elif path.is_dir():
        yield from _load_dir(path, report)
    else:
        yield from _load_file(path, Sidecars().meta_for(path, path.parent))


def _load_stdin() -> Iterator[LoadResult]:
    """Standard input: text or Markdown, or JSON / JSON Lines when it looks like them."""
    name = "<stdin>"
    if sys.stdin is None:
        yield InputError(name, "standard input is closed; pass file paths instead of -")
        return
    stream = getattr(sys.stdin, "buffer", None)
    try:
        text = _decode(stream.read(), name) if stream is not None else sys.stdin.read()
    except InputError as exc:
        yield exc
        return
    head = text.lstrip()
    if looks_like_html(text):
        yield from _guard(name, lambda: _from_html(text, name, {}))
    elif head.startswith("["):
        yield from _guard(name, lambda: _from_json(text, name))
    elif head.startswith("{"):
        first = head.split("\n", 1)[0]
        if _is_json_object(first) and not _is_json_object(head):
            yield from _from_jsonl(text, name)
        else:
            yield from _guard(name, lambda: _from_json(text, name))
    else:
        yield from _guard(name, lambda: _from_text(text, name, {}))


def _is_json_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def _load_dir(directory: Path, report: LoadReport) -> Iterator[LoadResult]:
    files = walk_articles(directory, report)
    if not files:
        kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
        yield InputError(str(directory), f"the directory holds no articles (looked for {kinds}, recursively)")
        return
    sidecars = Sidecars()
    for f in files:
        yield from _load_file(f, sidecars.meta_for(f, directory))


def _load_file(path: Path, meta: dict[str, Any]) -> Iterator[LoadResult]:
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _stream_jsonl(path)
        return
    try:
        text = _decode(_read_bytes(path), name)
    except InputError as exc:
        yield exc
        return
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        yield from _guard(name, lambda: _from_html(text, name, meta))
    elif suffix in JSON_SUFFIXES:
        yield from _guard(name, lambda: _from_json(text, name))
    else:
        yield from _guard(name, lambda: _from_text(text, name, meta))


def _guard(name: str, make: Callable[[], Article | list[LoadResult]]) -> Iterator[LoadResult]:
    try:
        result = make()
    except InputError as exc:
        yield exc
        return
    if isinstance(result, list):
        yield from result
    else:
        yield result


def _too_big(size: int) -> str:
    return (f"the file is {size / 2**20:.1f} MiB, over the {MAX_BYTES // 2**20} MiB limit for one article; "
            "split it into articles (JSON Lines has no overall limit)")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(str(path), _too_big(size))
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from exc


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(name, "the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(name, f"is not valid UTF-16 (byte {exc.start}); re-save it as UTF-8") from exc
    if b"\x00" in data:
        raise InputError(name, "looks like a binary file, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"is not valid UTF-8 (byte {exc.start}); re-save it as UTF-8") from exc


def _from_html(html: str, name: str, meta: dict[str, Any]) -> Article:
    text, page = read_html(html, name)
    merged = {k: meta.get(k) for k in META_KEYS if meta.get(k)}
    merged.update({k: page[k] for k in META_KEYS if page.get(k)})
    return make_article(text, path=name, **merged)


def _from_text(text: str, name: str, meta: dict[str, Any]) -> Article:
    front, body = _front_matter(text, name)
    merged = {k: meta.get(k) for k in META_KEYS if meta.get(k)}
    merged.update({k: front[k] for k in META_KEYS if front.get(k)})
    return make_article(body, path=name, **merged)


_FRONT_OPEN = ("---\n", "---\r\n")


def _front_matter(text: str, name: str) -> tuple[dict[str, str], str]:
    """YAML front matter: a first line '---', then YAML, then a line '---' (or '...')."""
    if not text.startswith(_FRONT_OPEN):
        return {}, text
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines[1:], 1):
        if line.rstrip("\r\n") in ("---", "..."):
            block, body = "".join(lines[1:i]), "".join(lines[i + 1 :])
            return _parse_front(block, name), body.lstrip("\r\n")
    raise InputError(name, "front matter starts with '---' but has no closing '---' line")


def _parse_front(block: str, name: str) -> dict[str, str]:
    import yaml

    try:
        data = yaml.load(block, Loader=_front_loader()) or {}
    except yaml.YAMLError as exc:
        raise InputError(name, f"front matter is not valid YAML ({str(exc).splitlines()[0]})") from exc
    if not isinstance(data, dict):
        raise InputError(name, "front matter must be a mapping of keys to values (title: ..., published: ...)")
    return {str(k): str(v) for k, v in data.items() if v is not None}


def _front_loader() -> type["yaml.SafeLoader"]:
    """A safe YAML loader that leaves dates as text, so a bad date gets our message."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def _from_object(obj: object, name: str) -> Article:
    if not isinstance(obj, dict):
        raise InputError(name, "expected a JSON object with a 'text' field")
    text = obj.get("text") or obj.get("body") or obj.get("content")
    if not isinstance(text, str):
        raise InputError(name, "the JSON object has no 'text' string")
    meta = {k: str(obj[k]) for k in META_KEYS if obj.get(k)}
    return make_article(text, path=name, **meta)


def _from_json(text: str, name: str) -> list[LoadResult]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    items = data if isinstance(data, list) else [data]
    if not items:
        raise InputError(name, "the JSON list holds no articles")
    out: list[LoadResult] = []
    for i, obj in enumerate(items):
        label = f"{name}[{i}]" if isinstance(data, list) else name
        try:
            out.append(_from_object(obj, label))
        except InputError as exc:
            out.append(exc)
    return out


def _stream_jsonl(path: Path) -> Iterator[LoadResult]:
    """A JSON Lines file, read line by line so that its size is not limited, only each record's."""
    name = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(name, f"cannot be read ({exc.strerror or exc})")
        return
    with handle:
        head = handle.read(8192)
        if b"\x00" in head:
            yield InputError(name, "looks like a binary file, not text (it contains NUL bytes)")
            return
        handle.seek(0)
        seen = False
        for lineno, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            seen = True
            label = f"{name}:{lineno}"
            if len(raw) > MAX_BYTES:
                yield InputError(label, _too_big(len(raw)))
                continue
            if b"\x00" in raw:
                yield InputError(label, "contains NUL bytes; the line is binary or corrupted, not a record")
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield InputError(label, f"is not valid UTF-8 (byte {exc.start} of the line); re-save the file as UTF-8")
                continue
            yield from _jsonl_record(line, label)
    if not seen:
        yield InputError(name, "the file is empty (no JSON Lines records)")


def _from_jsonl(text: str, name: str) -> Iterator[LoadResult]:
    seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            seen = True
            yield from _jsonl_record(line, f"{name}:{lineno}")
    if not seen:
        yield InputError(name, "the JSON Lines input holds no records")


def _jsonl_record(line: str, label: str) -> Iterator[LoadResult]:
    try:
        yield _from_object(json.loads(line), label)
    except json.JSONDecodeError as exc:
        yield InputError(label, f"malformed JSON Lines record ({exc.msg} at column {exc.colno})")
    except InputError as exc:
        yield exc


_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%Y/%m/%d")


def _parse_date(value: object, name: str | None) -> dt.date | None:
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
