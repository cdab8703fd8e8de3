"""Walking the inputs: paths, folders (with sidecar metadata), standard input.

`load_articles` is lazy: it yields an `Article` or an `InputError` per article as it reads,
so the first record can be written before the last file is opened.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Union

from ..errors import ConfigError, InputError
from .article import Article, LoadResult, parse_date
from .folders import ARTICLE_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, LoadReport, Sidecars, walk_articles
from .formats import decode, from_html, from_json, from_jsonl, from_text, read_bytes, stream_jsonl
from .webpage import HTML_SUFFIXES, looks_like_html

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
        return parse_date(value, "--published")
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
        text = decode(stream.read(), name) if stream is not None else sys.stdin.read()
    except InputError as exc:
        yield exc
        return
    head = text.lstrip()
    if looks_like_html(text):
        yield from _guard(name, lambda: from_html(text, name, {}))
    elif head.startswith("["):
        yield from _guard(name, lambda: from_json(text, name))
    elif head.startswith("{"):
        first = head.split("\n", 1)[0]
        if _is_json_object(first) and not _is_json_object(head):
            yield from from_jsonl(text, name)
        else:
            yield from _guard(name, lambda: from_json(text, name))
    else:
        yield from _guard(name, lambda: from_text(text, name, {}))


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
        yield from stream_jsonl(path)
        return
    try:
        text = decode(read_bytes(path), name)
    except InputError as exc:
        yield exc
        return
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        yield from _guard(name, lambda: from_html(text, name, meta))
    elif suffix in JSON_SUFFIXES:
        yield from _guard(name, lambda: from_json(text, name))
    else:
        yield from _guard(name, lambda: from_text(text, name, meta))


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


