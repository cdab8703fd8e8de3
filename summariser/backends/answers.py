"""Raw model answers on disk: the request hash that names one, the answer file that
`--record DIR` writes, and the store the `replay` backend reads.

An answer file holds what a model returned for one article *before grounding* (the draft
JSON of each chunk), so grounding can be re-run on it later without a network or a key:

    {"format": "summariser.answer/1", "request_hash": "…", "article": {"id", "path", "title"},
     "backend": "openai", "model": "…", "mode": "…", "endpoint": "http://host:port/v1",
     "prompt_version": "v1", "prompt_hash": "…", "usage": {…},
     "chunks": [{"start": 0, "end": 1234, "request_hash": "…", "usage": {…}, "notes": [],
                 "draft": {…}}]}

Hand-written fixtures may be shorter: `{"draft": {…}}`, or a bare draft object, in a file
named after the article's stem (`evals/answers/<set>/<stem>.json`). Nothing here ever holds
an API key or a request header: the request hash covers the model, the request shape, the
prompt hash and decoding options, and the text.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional
from urllib.parse import urlparse

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..articles import Article
    from ..config import Config

ANSWER_FORMAT = "summariser.answer/1"
# A JSON object as an answer file holds it (drafts, usage, metadata): read back as JSON gives it.
Json = dict[str, Any]
REQUEST_FIELDS = ("model", "mode", "prompt_version", "prompt_hash", "temperature", "seed", "max_tokens")


def request_fields(config: Config, model: Optional[str], mode: str, prompt_version: str,
                   prompt_hash: str) -> Json:
    """What one call's answer depends on besides the text (never a key or header)."""
    return {"model": model, "mode": mode, "prompt_version": prompt_version, "prompt_hash": prompt_hash,
            "temperature": config.temperature, "seed": config.seed, "max_tokens": config.max_tokens}


def request_hash(request: Json, text: str) -> str:
    """Names one model call: the fields of `request` in REQUEST_FIELDS and the text sent.
    Headers and keys are not among them, so the hash can be written anywhere."""
    blob = json.dumps({"request": {k: request.get(k) for k in REQUEST_FIELDS}, "text": text},
                      sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def article_hash(chunk_hashes: list[str]) -> str:
    """One article's request hash: its only call's, or a hash over every chunk's."""
    if len(chunk_hashes) == 1:
        return chunk_hashes[0]
    return hashlib.sha256("\n".join(chunk_hashes).encode()).hexdigest()


def public_endpoint(base_url: Optional[str]) -> Optional[str]:
    """The endpoint without credentials or query string (either can carry a token)."""
    if not base_url:
        return None
    u = urlparse(base_url)
    host = u.hostname or ""
    return f"{u.scheme}://{host}{f':{u.port}' if u.port else ''}{u.path}"


@dataclass
class ChunkAnswer:
    """One call's answer: the draft (as JSON), where its chunk lies, and what it cost."""

    start: int
    end: int
    request_hash: str
    draft: Json
    usage: Json = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    cached: bool = False  # read back from the response cache: nothing paid this time

    def as_json(self) -> Json:
        return {"start": self.start, "end": self.end, "request_hash": self.request_hash,
                "usage": self.usage, "notes": self.notes, "draft": self.draft}


def answer_record(article: Article, chunks: list[ChunkAnswer], meta: Json) -> Json:
    """The answer file's content for one article; `meta` holds backend, model, mode,
    endpoint, prompt_version and prompt_hash (never a key)."""
    usage: dict[str, int] = {}
    for c in chunks:
        for k, v in c.usage.items():
            if isinstance(v, int):
                usage[k] = usage.get(k, 0) + v
    return {"format": ANSWER_FORMAT, "request_hash": article_hash([c.request_hash for c in chunks]),
            "article": {"id": article.id, "path": article.path, "title": getattr(article, "title", None)},
            **meta, "usage": usage, "chunks": [c.as_json() for c in chunks]}


def article_stem(path: Optional[str]) -> Optional[str]:
    """The file stem of an article path ("seeds/001_x.txt" -> "001_x"; "a.jsonl:3" -> "a")."""
    if not path:
        return None
    return Path(re.sub(r":\d+$", "", path)).stem or None


def write_answer(directory: str | Path, record: Json) -> Path:
    """Write `record` as `<stem>.json` (or `<stem>-<id>.json` when another article holds
    that name), atomically, so an interrupted run leaves no half-written file."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    art = record["article"]
    stem = _safe(article_stem(art.get("path")) or art["id"])
    path = d / f"{stem}.json"
    if path.exists() and _stored_id(path) not in (None, art["id"]):
        path = d / f"{stem}-{art['id']}.json"
    fd, tmp = tempfile.mkstemp(dir=d, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(json.dumps(record, indent=1, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name)[:120]


def _stored_id(path: Path) -> Optional[str]:
    try:
        found: Optional[str] = (json.loads(path.read_text(encoding="utf-8")).get("article") or {}).get("id")
        return found
    except (OSError, ValueError, AttributeError):
        return None


# --------------------------------------------------------------------------- reading


@dataclass
class Recorded:
    """An answer found in the store: where it came from and its chunks' drafts."""

    path: Path
    data: Json
    matched_by: str

    def chunks(self, text: str) -> list[tuple[int, int, Any]]:
        """(start, end, draft JSON) per chunk; a fixture without chunks covers the whole text."""
        if isinstance(self.data.get("chunks"), list):
            return [(int(c.get("start", 0)), int(c.get("end", len(text))), c.get("draft") or {})
                    for c in self.data["chunks"]]
        draft = self.data["draft"] if isinstance(self.data.get("draft"), dict) else self.data
        return [(0, len(text), draft)]


class AnswerStore:
    """Every answer file in a folder, indexed by request hash, article id and article stem."""

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)
        if not self.directory.is_dir():
            raise ConfigError(f"--answers {directory}: no such folder")
        self.files = sorted(p for p in self.directory.glob("*.json") if p.is_file())
        self._by: dict[str, dict[str, list[Path]]] = {"request_hash": {}, "id": {}, "stem": {}}
        digest = hashlib.sha256()
        for p in self.files:
            raw = p.read_bytes()
            digest.update(p.name.encode() + b"\0" + raw)
            self._index(p, raw)
        self.digest = digest.hexdigest()[:16]  # changes when any answer changes: part of the cache key

    def _index(self, path: Path, raw: bytes) -> None:
        try:
            data = json.loads(raw)
        except ValueError:
            return  # not an answer; reported only if an article would need it
        if not isinstance(data, dict):
            return
        art = data.get("article")
        if not isinstance(art, dict):
            art = {}
        keys = {"request_hash": data.get("request_hash"), "id": art.get("id"),
                "stem": article_stem(art.get("path")) or path.stem}
        for kind, key in keys.items():
            if key:
                self._by[kind].setdefault(str(key), []).append(path)

    def find(self, req_hash: Optional[str], article_id: str, path: Optional[str]) -> Optional[Recorded]:
        """The answer for an article: by request hash, then article id, then the stem of its
        path (only when exactly one file has that stem)."""
        for kind, key in (("request_hash", req_hash), ("id", article_id), ("stem", article_stem(path))):
            hits = self._by[kind].get(key or "", [])
            if len(hits) == 1 or (hits and kind != "stem"):
                file = hits[0]
                return Recorded(file, json.loads(file.read_text(encoding="utf-8")), kind)
        return None
