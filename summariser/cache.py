"""A response cache on disk: reruns over the same articles with the same settings are free,
and paid model answers survive an upgrade of summariser.

Two kinds of entry, one small JSON file each, sharded by prefix, written atomically so an
interrupted run leaves no half-written entry:

- **Extractions** (`<key[:2]>/<key>.json`): finished results. The key hashes the backend's
  identity (model, endpoint, prompt/schema hash, decoding options), the version of
  summariser's own code (rules, grounding and merging are baked into them), the cleaned
  article text and its publication date.
- **Raw answers** (`raw/<key[:2]>/<key>.json`): what the model returned for one call (the
  draft, before grounding), keyed by the call's request hash, the endpoint and the re-ask
  budget — *not* the code version. After an upgrade the Extraction misses, and the backend
  re-grounds the raw answer with the new code instead of paying for the call again.

The API key is never part of either key and never written.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional

from .records import Extraction

CACHE_FORMAT = 1
RAW_FORMAT = 1


class ResponseCache:
    def __init__(self, directory: str | Path):
        self.directory = Path(directory)

    @staticmethod
    def key(identity: Mapping[str, object], text: str, *extra: str) -> str:
        blob = json.dumps({"v": CACHE_FORMAT, "code": code_version(), "id": identity, "text": text,
                           "extra": extra}, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    @staticmethod
    def raw_key(request_hash: str, endpoint: Optional[str], max_retries: int) -> str:
        """A raw answer's key: the request (model, prompt, decoding, text — see
        `backends.answers.request_hash`), where it was sent and the re-ask budget."""
        blob = json.dumps({"v": RAW_FORMAT, "request": request_hash, "endpoint": endpoint,
                           "max_retries": max_retries}, sort_keys=True)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def _path(self, key: str, kind: str = "") -> Path:
        base = self.directory / kind if kind else self.directory
        return base / key[:2] / f"{key}.json"

    def get(self, key: str) -> Extraction | None:
        try:
            data = self._path(key).read_text(encoding="utf-8")
            return Extraction.model_validate_json(data)
        except (OSError, ValueError):
            return None  # missing or from an older schema: recompute

    def put(self, key: str, extraction: Extraction) -> None:
        self._write(self._path(key), extraction.model_dump_json())

    def get_raw(self, key: str) -> dict[str, Any] | None:
        try:
            data = json.loads(self._path(key, "raw").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def put_raw(self, key: str, answer: Mapping[str, object]) -> None:
        self._write(self._path(key, "raw"), json.dumps(answer, ensure_ascii=False))

    @staticmethod
    def _write(path: Path, data: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, path)


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the package's source: any change to rules, grounding or merging makes old
    Extractions unreachable instead of serving records the current code would not produce
    (raw answers do not depend on it)."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
