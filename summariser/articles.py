"""Articles in: text, Markdown (with YAML front matter), JSON, JSON Lines, directories, stdin.

`load_articles` yields an `Article` for every readable article and an `InputError` (not
raised) for each one that is not, so a batch keeps going and reports the failures.
A `seeds.jsonl`-style sidecar (objects with `file`, `source`, `published`, `title`,
`url`) next to the articles supplies metadata for the files it names.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Union

from .cleaning import clean
from .errors import InputError
from .records import ArticleMeta, RemovedSpan

MAX_BYTES = 20 * 1024 * 1024  # an article larger than this is not an article
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SIDECAR_NAMES = ("seeds.jsonl", "metadata.jsonl", "articles.meta.jsonl")
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


def make_article(raw: str, *, path: str | None = None, **meta) -> Article:
    """Clean raw text and wrap it as an Article; raises InputError if nothing is left."""
    if not raw.strip():
        raise InputError(path, "the article is empty")
    text, removed = clean(raw)
    if not text.strip():
        raise InputError(path, "nothing is left after removing boilerplate")
    published = _parse_date(meta.get("published"), path)
    return Article(
        text=text, raw=raw, path=path, source=meta.get("source") or None, published=published,
        title=meta.get("title") or None, url=meta.get("url") or None, removed=tuple(removed),
    )


def load_articles(
    paths: Union[str, Path, Iterable[Union[str, Path]]], *, published: str | dt.date | None = None
) -> Iterator[LoadResult]:
    """Yield an Article (or an InputError) for every article under `paths`.

    `published` applies to every article that has no date of its own (meant for a
    single article given on the command line). "-" reads standard input.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for p in paths:
        for result in _load_path(str(p)):
            if isinstance(result, Article) and published and result.published is None:
                result = _with_published(result, published)
            yield result


def _with_published(article: Article, published: str | dt.date) -> Article:
    from dataclasses import replace

    return replace(article, published=_parse_date(published, article.path))


def _load_path(p: str) -> Iterator[LoadResult]:
    if p == "-":
        yield from _guard("<stdin>", lambda: _from_text(sys.stdin.read(), "<stdin>", {}))
        return
    path = Path(p)
    if not path.exists():
        yield InputError(p, "no such file or directory")
    elif path.is_dir():
        yield from _load_dir(path)
    else:
        yield from _load_file(path, _sidecar(path.parent).get(path.name, {}))


def _load_dir(directory: Path) -> Iterator[LoadResult]:
    sidecar = _sidecar(directory)
    files = sorted(
        f for f in directory.rglob("*")
        if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
        and f.name not in SIDECAR_NAMES and not any(part.startswith(".") for part in f.relative_to(directory).parts)
    )
    if not files:
        yield InputError(str(directory), "the directory holds no articles (.txt, .md, .json, .jsonl)")
        return
    for f in files:
        meta = sidecar.get(f.name) or _sidecar(f.parent).get(f.name, {})
        yield from _load_file(f, meta)


def _sidecar(directory: Path) -> dict[str, dict]:
    """Metadata by file name from a seeds.jsonl-style file in `directory`."""
    for name in SIDECAR_NAMES:
        f = directory / name
        if f.is_file():
            out = {}
            for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(obj, dict) and obj.get("file"):
                    out[str(obj["file"])] = obj
            return out
    return {}


def _load_file(path: Path, meta: dict) -> Iterator[LoadResult]:
    name = str(path)
    try:
        data = _read_bytes(path)
        text = _decode(data, name)
    except InputError as exc:
        yield exc
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _from_jsonl(text, name)
    elif suffix in JSON_SUFFIXES:
        yield from _guard(name, lambda: _from_json(text, name))
    else:
        yield from _guard(name, lambda: _from_text(text, name, meta))


def _guard(name: str, make) -> Iterator[LoadResult]:
    try:
        result = make()
    except InputError as exc:
        yield exc
        return
    if isinstance(result, list):
        yield from result
    else:
        yield result


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(str(path), f"the file is {size / 1e6:.0f} MB; articles over {MAX_BYTES // 2**20} MiB are refused")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from exc


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(name, "the file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(name, "looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"is not valid UTF-8 (byte {exc.start}); re-save it as UTF-8") from exc


def _from_text(text: str, name: str, meta: dict) -> Article:
    front, body = _front_matter(text, name)
    merged = {k: meta.get(k) for k in META_KEYS if meta.get(k)}
    merged.update({k: front[k] for k in META_KEYS if front.get(k)})
    return make_article(body, path=name, **merged)


def _front_matter(text: str, name: str) -> tuple[dict, str]:
    """YAML front matter between '---' lines at the top of a Markdown/text file."""
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        return {}, text
    block = text[3:end]
    body = text[end + 4 :].lstrip("\n")
    try:
        import yaml

        data = yaml.safe_load(block) or {}
    except Exception as exc:  # yaml's errors vary by version
        raise InputError(name, f"front matter is not valid YAML ({str(exc).splitlines()[0]})") from exc
    if not isinstance(data, dict):
        raise InputError(name, "front matter must be a mapping of keys to values")
    return {k: str(v) for k, v in data.items() if v is not None}, body


def _from_object(obj, name: str) -> Article:
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


def _from_jsonl(text: str, name: str) -> Iterator[LoadResult]:
    seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen = True
        label = f"{name}:{lineno}"
        try:
            yield _from_object(json.loads(line), label)
        except json.JSONDecodeError as exc:
            yield InputError(label, f"malformed JSON Lines record ({exc.msg})")
        except InputError as exc:
            yield exc
    if not seen:
        yield InputError(name, "the JSON Lines file holds no records")


def _parse_date(value, name: str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise InputError(name, f"publication date {value!r} is not YYYY-MM-DD") from exc
