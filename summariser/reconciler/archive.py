"""Reconciling an archive end to end: extraction JSONL in, events JSONL out, never all in memory.

    summary = reconcile_files(["records.jsonl"], "events.jsonl", threshold=4.0)

Pass 1 reads every line and keeps, per record, only its member key and its matcher features
(`Rec`, a few slots of ints and shared sets), read from the plain JSON (`fastread.py`; a line
in an unusual form is validated with pydantic instead); the article and its text are dropped
at once. Blocking, scoring and clustering run on the features (the Python engine,
or blocking and scoring as SQL in DuckDB: `engine.py`). Pass 2 reads the files again; a record
is held only until the last member of its event has been read, then the event is built,
serialised and appended to a spool file next to the output, with its sort key. Every line is
validated in full here (an invalid line stops the run before the output is replaced). The spool is
finally copied to the output in `reconcile()`'s order (date, place, event id), so the file is
byte for byte the one `write_events(reconcile(load_extractions(files)))` writes.

Memory: the features and keys of every record (about 0.5 KiB each), the records of events not
yet complete, and one sort key per event. `--explain` needs every pair's features and the
events together, so it stays on the in-memory path.
"""

from __future__ import annotations

import datetime as dt
import os
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence, Union

from ..errors import InputError, UserError
from ..records import Attack, Diplomacy, Extraction
from .clustering import cluster_edges
from .engine import scored_edges
from .events import _event
from .fastread import Unusual, line_features
from .items import _Item, features, gc_paused
from .model import Event, member_key
from .recs import Rec
from .settings import DEFAULT_THRESHOLD

Progress = Callable[[str, int, int], None]  # (stage, done, total): bytes read, or events written
_Record = Union[Attack, Diplomacy]


@dataclass
class Summary:
    """What one archive run read and wrote."""

    records: int
    articles: int
    events: int
    engine: str


def reconcile_files(paths: Sequence[Union[str, Path]], out: Union[str, Path], *,
                    threshold: float = DEFAULT_THRESHOLD, engine: str = "python",
                    progress: Optional[Progress] = None) -> Summary:
    """Reconcile extraction JSONL `paths` into events JSONL `out` in two streamed passes."""
    if not threshold > 0:
        raise UserError(f"threshold must be a positive number, got {threshold!r}; the default is {DEFAULT_THRESHOLD}")
    files = [Path(p) for p in paths]
    for f in files:
        if not f.is_file():
            raise InputError(str(f), "no such file; pass the JSONL written by `summarise extract --out`")
    note = progress or (lambda stage, done, total: None)
    with gc_paused():
        keys, recs, skipped, articles = _read_features(files, note)
        perm = sorted(range(len(keys)), key=keys.__getitem__)  # reconcile()'s order: by member key
        del keys
        rank = array("l", bytes(8 * len(perm)))
        for pos, p in enumerate(perm):
            rank[p] = pos
        ordered = [recs[p] for p in perm]
        del recs, perm
        for pos, r in enumerate(ordered):
            r.idx = pos
        used, edges = scored_edges(ordered, threshold, engine)
        clusters = cluster_edges(ordered, edges, threshold)
        del ordered, edges
    owner = array("l", bytes(8 * len(rank)))
    sizes = array("l", bytes(8 * len(clusters)))
    for c, members in enumerate(clusters):
        sizes[c] = len(members)
        for k in members:
            owner[k] = c
    del clusters
    written = _write_events(files, Path(out), rank, owner, sizes, skipped, note)
    return Summary(records=len(rank), articles=articles, events=written, engine=used)


def read_features(paths: Sequence[Union[str, Path]]) -> list[Rec]:
    """Pass 1 alone: every record's features in `reconcile()`'s order (idx = position), e.g. to
    hand the SQL plan's `recs` table to another engine (`sql.write_features`)."""
    keys, recs, _, _ = _read_features([Path(p) for p in paths], lambda stage, done, total: None)
    ordered = [recs[p] for p in sorted(range(len(keys)), key=keys.__getitem__)]
    for pos, r in enumerate(ordered):
        r.idx = pos
    return ordered


def _raw_lines(files: list[Path], stage: str, note: Progress) -> Iterator[tuple[str, int, bytes]]:
    """(where, global line number, raw line) for every non-empty line of `files`."""
    total = sum(p.stat().st_size for p in files)
    done, number = 0, 0
    for p in files:
        with open(p, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                done += len(raw)
                if not raw.strip():
                    continue
                number += 1
                if number % 4096 == 0:
                    note(stage, done, total)
                yield f"{p}:{n}", number, raw
    note(stage, total, total)


def _validated(where: str, raw: bytes) -> Extraction:
    try:
        return Extraction.model_validate_json(raw)
    except ValueError as exc:
        first = str(exc).splitlines()[0]
        raise InputError(where, f"is not an Extraction ({first}); "
                                "reconcile reads the JSONL written by `summarise extract`") from exc


def _lines(files: list[Path], stage: str, note: Progress) -> Iterator[tuple[str, int, Extraction]]:
    """(where, global line number, Extraction) for every non-empty line of `files`."""
    for where, number, raw in _raw_lines(files, stage, note):
        yield where, number, _validated(where, raw)


def _records(ext: Extraction) -> Iterator[tuple[str, int, _Record]]:
    for i, a in enumerate(ext.attacks):
        yield "attack", i, a
    for i, d in enumerate(ext.diplomacy):
        yield "diplomacy", i, d


def _read_features(files: list[Path], note: Progress) -> tuple[list[str], list[Rec], set[tuple[int, str, int]], int]:
    """Pass 1: member keys and features in reading order; records given twice (an article
    repeated) are kept once, at their first appearance, as `reconcile()` does."""
    keys: list[str] = []
    recs: list[Rec] = []
    seen: set[str] = set()
    skipped: set[tuple[int, str, int]] = set()
    arts: dict[str, int] = {}
    for where, number, raw in _raw_lines(files, "reading", note):
        try:
            aid, found = line_features(raw, arts)
        except Unusual:  # not in the form `summarise extract` writes: pydantic reads it (or says why not)
            ext = _validated(where, raw)
            aid, art = ext.article.id, arts.setdefault(ext.article.id, len(arts))
            found = [(kind, i, features(-1, record, ext.article, art)) for kind, i, record in _records(ext)]
        for kind, i, rec in found:
            key = member_key(aid, kind, i)
            if key in seen:
                skipped.add((number, kind, i))
                continue
            seen.add(key)
            keys.append(key)
            recs.append(rec)
    return keys, recs, skipped, len(arts)


def _write_events(files: list[Path], out: Path, rank: array[int], owner: array[int], sizes: array[int],
                  skipped: set[tuple[int, str, int]], note: Progress) -> int:
    """Pass 2: build each event as soon as its last member is read; spool, then sort into `out`."""
    spool_path = out.with_name(out.name + ".spool")
    index: list[tuple[bool, int, str, str, int, int]] = []
    pending: dict[int, list[tuple[int, _Item[_Record]]]] = {}
    p = 0
    try:
        with open(spool_path, "wb") as spool, gc_paused():
            for _, number, ext in _lines(files, "building events", note):
                meta = ext.article  # not the Extraction: its text goes with the line
                for kind, i, record in _records(ext):
                    if skipped and (number, kind, i) in skipped:
                        continue
                    idx = rank[p]
                    p += 1
                    c = owner[idx]
                    group = pending.setdefault(c, [])
                    group.append((idx, _Item(meta, kind, i, record)))
                    if len(group) == sizes[c]:
                        del pending[c]
                        group.sort(key=lambda x: x[0])
                        event = _event([it for _, it in group])
                        line = event.model_dump_json(exclude={"merges", "near_misses"}).encode("utf-8") + b"\n"
                        index.append(_sort_key(event) + (spool.tell(), len(line)))
                        spool.write(line)
        index.sort()
        with open(spool_path, "rb") as spool, open(out, "wb") as fh:
            for k, (*_, offset, length) in enumerate(index):
                spool.seek(offset)
                fh.write(spool.read(length))
                if k % 65536 == 0:
                    note("writing", k, len(index))
        note("writing", len(index), len(index))
    finally:
        if spool_path.exists():
            os.unlink(spool_path)
    return len(index)


def _sort_key(e: Event) -> tuple[bool, int, str, str]:
    """`reconcile()`'s event order as plain values: (undated, day, place, event id)."""
    d = e.record.date
    when: Optional[dt.date] = (d.start or d.end) if d else None
    if isinstance(e.record, Attack):
        where = ", ".join(loc.name for loc in e.record.locations)
    else:
        where = e.record.location.name if e.record.location else ""
    return when is None, (when or dt.date.min).toordinal(), where, e.event_id
