"""The batch run's state, `<out>.batch.json`, next to the records it will fill.

It names every part (its local request and article files, the uploaded file id, the batch
id, the last status seen, whether it was collected): small, one entry per part. What grows
with the number of articles (each article's part and custom_ids, the ids already written,
the failures) lives in `<out>.batch.sqlite` (`state.RunState`), opened on first use. Every
change to the manifest is written at once and atomically (a temporary file in the same
folder, fsync, rename), so a crash, a killed process or a closed laptop at any point leaves
either the previous or the next state, never half of one; `submit`, `status` and `collect`
all pick up from it. It never holds the API key.

A manifest of version 1 (the article map and the failures inside the JSON) is migrated on
first use: its articles and failures move into the database, then the manifest is rewritten
as version 2 (a crash half-way migrates again from the untouched version 1).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .state import Failure, RunState

VERSION = 2
TERMINAL = ("completed", "expired", "failed", "cancelled")
# the settings that shape a request or a record; the key is never stored
SETTINGS = ("model", "base_url", "mode", "chunk_chars", "max_tokens", "temperature", "seed",
            "price_in", "price_out", "cross_check")


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

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL


@dataclass
class Manifest:
    path: Path
    out: str
    settings: dict[str, Any]
    parts: list[Part] = field(default_factory=list)
    complete: bool = False  # every part written (submit got past reading the inputs)
    _state: RunState | None = field(default=None, repr=False, compare=False)

    @staticmethod
    def path_for(out: str | Path) -> Path:
        return Path(f"{out}.batch.json")

    @property
    def folder(self) -> Path:
        """Where the part files live: `<out>.batch/`."""
        return self.path.with_suffix("")

    @property
    def db_path(self) -> Path:
        """The per-article state: `<out>.batch.sqlite`."""
        return self.path.with_suffix(".sqlite")

    def file(self, relative: str) -> Path:
        return self.path.parent / relative

    @property
    def state(self) -> RunState:
        """The run's per-article state, opened on first use (see state.py)."""
        if self._state is None:
            if self.parts and not self.db_path.exists():
                raise ValueError(f"{self.db_path} is missing: the run's per-article state is lost; "
                                 f"start a new run with `summarise batch submit` and another --out")
            self._state = RunState(self.db_path, len(self.parts))
        return self._state

    def close(self) -> None:
        if self._state is not None:
            self._state.close()
            self._state = None

    @classmethod
    def load(cls, path: Path) -> "Manifest":
        data = json.loads(path.read_text(encoding="utf-8"))
        version = data.get("version")
        if version == 1:
            return _migrate(path, data)
        if version != VERSION:
            raise ValueError(f"{path}: manifest version {version}, expected {VERSION} "
                             "(written by a newer summariser? upgrade it to carry on this run)")
        return cls(path=path, out=data["out"], settings=data["settings"],
                   parts=[Part(**p) for p in data["parts"]], complete=data["complete"])

    def save(self) -> None:
        data = {"version": VERSION, "out": self.out, "settings": self.settings,
                "complete": self.complete, "parts": [asdict(p) for p in self.parts]}
        write_atomic(self.path, json.dumps(data, indent=1, ensure_ascii=False))


def _migrate(path: Path, data: dict[str, Any]) -> Manifest:
    """A version-1 manifest (read whole, once) into the database and a version-2 manifest."""
    old = [dict(p) for p in data["parts"]]
    failures = [p.pop("failures", []) for p in old]
    manifest = Manifest(path=path, out=data["out"], settings=data["settings"],
                        parts=[Part(**p) for p in old], complete=data["complete"])
    for stale in (manifest.db_path, *_sidecars(manifest.db_path)):  # a migration cut short
        stale.unlink(missing_ok=True)
    articles: dict[str, list[str]] = data["articles"]
    state = manifest._state = RunState(manifest.db_path, len(manifest.parts))
    with state.transaction():
        for part, listed in zip(manifest.parts, failures):
            for article_id, offset in _offsets(manifest.file(part.articles)):
                state.add_article(article_id, part.index, offset, articles[article_id])
            for f in listed:
                state.add_failure(part.index, Failure(f["article_id"], f["path"], f["reason"], f.get("row")))
    manifest.save()
    return manifest


def _sidecars(db: Path) -> list[Path]:
    return [db.with_name(db.name + suffix) for suffix in ("-wal", "-shm")]


def _offsets(path: Path) -> Iterable[tuple[str, int]]:
    """(article id, byte offset of its row) for every row of a part's articles file."""
    position = 0
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)["id"], position
            position += len(line)


def write_atomic(path: Path, text: str) -> None:
    write_lines_atomic(path, (text,))


def write_lines_atomic(path: Path, lines: Iterable[str]) -> None:
    """Write `lines` (streamed) to a temporary file beside `path`, fsync, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.writelines(lines)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
