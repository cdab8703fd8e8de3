"""The batch run's state, `<out>.batch.json`, next to the records it will fill.

It names every part (its local request and article files, the uploaded file id, the batch
id, the last status seen, what was collected and what failed) and maps each article to its
custom_ids. Every change is written at once and atomically (a temporary file in the same
folder, fsync, rename), so a crash, a killed process or a closed laptop at any point leaves
either the previous or the next state, never half of one; `submit`, `status` and `collect`
all pick up from it. It never holds the API key.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

VERSION = 1
TERMINAL = ("completed", "expired", "failed", "cancelled")
# the settings that shape a request or a record; the key is never stored
SETTINGS = ("model", "base_url", "mode", "chunk_chars", "max_tokens", "temperature", "seed",
            "price_in", "price_out")


@dataclass
class Part:
    """One batch input file and the batch made from it."""

    index: int
    requests: str  # local request JSONL, relative to the manifest's folder
    articles: str  # local article JSONL (raw text + metadata) for grounding at collect
    count: int  # request lines
    bytes: int
    file_id: str | None = None
    batch_id: str | None = None
    status: str = "written"  # written | uploaded | <the provider's batch status>
    counts: dict[str, int] = field(default_factory=dict)
    output_file_id: str | None = None
    error_file_id: str | None = None
    collected: bool = False
    failures: list[dict[str, Any]] = field(default_factory=list)  # [{"article_id", "path", "reason"}]

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL


@dataclass
class Manifest:
    path: Path
    out: str
    settings: dict[str, Any]
    parts: list[Part] = field(default_factory=list)
    articles: dict[str, list[str]] = field(default_factory=dict)  # article id -> custom_ids
    complete: bool = False  # every part written (submit got past reading the inputs)

    @staticmethod
    def path_for(out: str | Path) -> Path:
        return Path(f"{out}.batch.json")

    @property
    def folder(self) -> Path:
        """Where the part files live: `<out>.batch/`."""
        return self.path.with_suffix("")

    def file(self, relative: str) -> Path:
        return self.path.parent / relative

    @classmethod
    def load(cls, path: Path) -> "Manifest":
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != VERSION:
            raise ValueError(f"{path}: manifest version {data.get('version')}, expected {VERSION}")
        return cls(path=path, out=data["out"], settings=data["settings"],
                   parts=[Part(**p) for p in data["parts"]], articles=data["articles"],
                   complete=data["complete"])

    def save(self) -> None:
        data = {"version": VERSION, "out": self.out, "settings": self.settings,
                "complete": self.complete, "parts": [asdict(p) for p in self.parts],
                "articles": self.articles}
        write_atomic(self.path, json.dumps(data, indent=1, ensure_ascii=False))


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
