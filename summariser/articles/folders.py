"""Folders of articles: which files a walk reads, which it skips (and says why), and the
seeds.jsonl-style sidecars that carry metadata for the files they name.

The walk follows symlinked folders but visits each real folder once (a link cycle cannot
hang it). It skips hidden files, files of other types, the batch's own output and
JSON Lines files written by summariser itself, and lists each in a `LoadReport`.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from .webpage import HTML_SUFFIXES

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
SIDECAR_NAMES = ("seeds.jsonl", "metadata.jsonl", "articles.meta.jsonl")
# the first bytes of a line written by `summarise extract` (an Extraction) or `reconcile` (an event)
_OUR_OUTPUT = re.compile(rb'^\s*\{\s*(?:"schema_version"\s*:\s*"[^"]*"\s*,\s*)?"(?:article"\s*:\s*\{\s*"id"|event_id")')


@dataclass
class LoadReport:
    """Files a folder walk did not read, and files it must not read (the batch's own output)."""

    exclude: set[Path] = field(default_factory=set)  # resolved paths
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why)

    def summary(self) -> str:
        """One line: how many files were skipped, grouped by why, with the first of each."""
        groups: dict[str, list[str]] = {}
        for path, why in self.skipped:
            groups.setdefault(why, []).append(path)
        parts = [f"{len(v)} {why} (e.g. {v[0]})" for why, v in groups.items()]
        return f"skipped {len(self.skipped)} file(s): " + "; ".join(parts) if parts else ""


def walk_articles(directory: Path, report: LoadReport) -> list[Path]:
    """The article files under `directory`, sorted; the others go to `report.skipped`."""
    files = []
    for f in sorted(_walk(directory)):
        why = _why_skipped(f, directory, report)
        if why is None:
            files.append(f)
        elif why:
            report.skipped.append((str(f), why))
    return files


def _walk(root: Path) -> Iterator[Path]:
    """Every file under `root`, following symlinked folders but visiting each real folder once."""
    seen: set[str] = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in files:
            yield Path(folder) / name


def _why_skipped(f: Path, root: Path, report: LoadReport) -> str | None:
    """None for an article file to read; otherwise why the walk passes it by."""
    if f.name in SIDECAR_NAMES:
        return ""  # metadata, read with its folder: not worth a mention
    if f.resolve() in report.exclude:
        return "this run's output"
    if any(part.startswith(".") for part in f.relative_to(root).parts):
        return "hidden"
    suffix = f.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        return f"not an article type ({suffix or 'no suffix'})"
    if not f.is_file():
        return "not a regular file"
    if suffix in JSONL_SUFFIXES and _is_our_output(f):
        return "summariser output"
    return None


def _is_our_output(f: Path) -> bool:
    try:
        with f.open("rb") as handle:
            return bool(_OUR_OUTPUT.match(handle.read(256)))
    except OSError:
        return False


# One article's metadata line from a sidecar file, as JSON gives it ("file", "title", "source", ...).
Meta = dict[str, Any]


class Sidecars:
    """seeds.jsonl-style metadata files, read once per directory.

    A file's metadata comes from the sidecar in its own directory (keyed by file name)
    or, failing that, from one in the directory given on the command line (keyed by
    the path relative to it, or by the bare file name).
    """

    def __init__(self) -> None:
        self._by_dir: dict[Path, dict[str, Meta]] = {}

    def _read(self, directory: Path) -> dict[str, Meta]:
        if directory not in self._by_dir:
            self._by_dir[directory] = _read_sidecar(directory)
        return self._by_dir[directory]

    def meta_for(self, f: Path, root: Path) -> Meta:
        own = self._read(f.parent).get(f.name)
        if own is not None:
            return own
        top = self._read(root)
        rel = f.relative_to(root).as_posix() if f.is_relative_to(root) else f.name
        return top.get(rel) or top.get(f.name) or {}


def _read_sidecar(directory: Path) -> dict[str, Meta]:
    """Metadata by file name from a seeds.jsonl-style file in `directory`."""
    for name in SIDECAR_NAMES:
        f = directory / name
        if f.is_file():
            out = {}
            for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue  # metadata is optional: a bad line costs only its metadata
                if isinstance(obj, dict) and obj.get("file"):
                    out[str(obj["file"]).replace("\\", "/")] = obj
            return out
    return {}


