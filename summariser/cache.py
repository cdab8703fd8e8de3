"""A response cache on disk: reruns over the same articles with the same settings are free.

The key hashes the backend's identity (model, endpoint, prompt/schema hash, decoding
options), the version of summariser's own code (entries are finished Extractions: rules,
grounding and merging are baked into them), the cleaned article text and its publication
date. The API key is never part
of the identity and never written. One small JSON file per entry, sharded by prefix,
written atomically so an interrupted run leaves no half-written entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from .records import Extraction

CACHE_FORMAT = 1


class ResponseCache:
    def __init__(self, directory: str | Path):
        self.directory = Path(directory)

    @staticmethod
    def key(identity: dict, text: str, *extra: str) -> str:
        blob = json.dumps({"v": CACHE_FORMAT, "code": code_version(), "id": identity, "text": text,
                           "extra": extra}, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> Extraction | None:
        try:
            data = self._path(key).read_text(encoding="utf-8")
            return Extraction.model_validate_json(data)
        except (OSError, ValueError):
            return None  # missing or from an older schema: recompute

    def put(self, key: str, extraction: Extraction) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(extraction.model_dump_json())
        os.replace(tmp, path)


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the package's source: any change to rules, grounding or merging makes old
    entries unreachable instead of serving records the current code would not produce."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]

