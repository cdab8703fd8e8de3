"""Reading one file's bytes into articles: decoding, HTML, Markdown front matter, JSON, JSON Lines.

Each reader raises (or, for the streamed formats, yields) an `InputError` naming the file,
or the file and line, so the loader can report it and go on with the batch.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from ..errors import InputError
from .article import MAX_BYTES, META_KEYS, Article, LoadResult, make_article
from .webpage import read_html

if TYPE_CHECKING:
    import yaml

def _too_big(size: int) -> str:
    return (f"the file is {size / 2**20:.1f} MiB, over the {MAX_BYTES // 2**20} MiB limit for one article; "
            "split it into articles (JSON Lines has no overall limit)")


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(str(path), _too_big(size))
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from exc


def decode(data: bytes, name: str) -> str:
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


def from_html(html: str, name: str, meta: dict[str, Any]) -> Article:
    text, page = read_html(html, name)
    merged = {k: meta.get(k) for k in META_KEYS if meta.get(k)}
    merged.update({k: page[k] for k in META_KEYS if page.get(k)})
    return make_article(text, path=name, **merged)


def from_text(text: str, name: str, meta: dict[str, Any]) -> Article:
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


def from_json(text: str, name: str) -> list[LoadResult]:
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


def stream_jsonl(path: Path) -> Iterator[LoadResult]:
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


def from_jsonl(text: str, name: str) -> Iterator[LoadResult]:
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


