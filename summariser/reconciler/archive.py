"""Reconciling an archive end to end: extraction JSONL in, events JSONL out, never all in memory.

    summary = reconcile_files(["records.jsonl"], "events.jsonl", threshold=4.0)

Pass 1 reads every line and keeps, per record, only its member key and its matcher features
(`Rec`, a few slots of ints and shared sets), read from plain dicts that pydantic-core fills
in (`strict.py`, `fastread.py`); that read validates the whole line with the models' rules,
and a line in an unusual form is validated with pydantic instead, so a line that is not a
valid Extraction stops the run, named, before anything is matched. The article and its text
are never copied. For a large archive on two cores a helper process reads the second half of
the lines meanwhile and sends their features back as plain tuples (`firstpass.py`). Blocking, scoring and clustering run on the features (the Python engine,
or blocking and scoring as SQL in DuckDB: `engine.py`). Pass 2 (`spool.py`) reads the files
again, as plain rows (`rows.py`); a record is held only until the last member of its event has
been read, then the event's JSON line is built from the rows (`build.py`) and appended to a
spool file with its sort key; with two cores and enough records a second process builds the
events whose first report is in the second half of the lines at the same time, and each
process parses only the lines that hold its records. The spools are finally copied to the output in `reconcile()`'s
order (date, place, event id), so the file is byte for byte the one
`write_events(reconcile(load_extractions(files)))` writes.

Memory: the features and keys of every record (about 0.5 KiB each), the records of events not
yet complete, and one sort key per event; the helper processes hold a few ints per record.
`--explain` needs every pair's features and the events together, so it stays on the
in-memory path.
"""

from __future__ import annotations

import heapq
import marshal
import os
import shutil
import tempfile
import time
from array import array
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Iterator, Optional, Sequence, Union

import numpy as np

from ..errors import InputError, UserError
from ..records import Attack, Diplomacy, Extraction
from .clustering import cluster_edges
from .engine import scored_edges
from .fastread import Unusual, line_features
from .firstpass import FirstPass, Found, cores, line_base, split_point
from .items import features, gc_paused
from .lines import Mark, Progress, quiet, raw_lines, run_module, validated
from .recs import Rec, rec_from
from .settings import DEFAULT_THRESHOLD
from .spool import Entry, Share, Skipped, build_part

PARALLEL_RECORDS = 50_000  # from here on, events are built by two processes when there are two cores
_Record = Union[Attack, Diplomacy]


@dataclass
class Summary:
    """What one archive run read and wrote."""

    records: int
    articles: int
    events: int
    engine: str
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage, per process (the benchmark's)


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
    note = progress or quiet
    split = split_point(files)
    # for a large archive a helper process reads the second half of the lines (firstpass.py)
    helper = FirstPass(files, split, Path(out).parent) if split else None
    try:
        return _run(files, Path(out), threshold, engine, note, helper)
    finally:
        if helper is not None:
            helper.close()


def _run(files: list[Path], out: Path, threshold: float, engine: str, note: Progress,
         helper: Optional[FirstPass]) -> Summary:
    cpu = _Clock()
    with gc_paused():
        keys, recs, skipped, articles, first = _read_features(files, note, helper)
        if helper is not None:
            helper.finish()  # its features are all read: only its CPU figures are left
        cpu.lap("reading")
        perm = array("l", sorted(range(len(keys)), key=keys.__getitem__))  # reconcile()'s order: by member key
        del keys
        rank = array("l", bytes(8 * len(perm)))
        for pos, p in enumerate(perm):
            rank[p] = pos
        ordered = [recs[p] for p in perm]
        del recs
        for pos, r in enumerate(ordered):
            r.idx = pos
        cpu.lap("ordering")
        used, edges = scored_edges(ordered, threshold, engine)
        cpu.lap("scoring")
        clusters = cluster_edges(ordered, edges, threshold)
        del ordered, edges
        cpu.lap("clustering")
    parts = _parts(len(rank))
    owner, sizes, part_of = _cluster_arrays(clusters, perm, parts)
    del clusters, perm
    cpu.lap("sharing")
    written = _write_events(files, out, Share(rank, owner, sizes, part_of, first, skipped), parts, note, cpu)
    helped = helper.cpu if helper is not None else {}
    return Summary(records=len(rank), articles=articles, events=written, engine=used,
                   cpu={**cpu.stages, **{"helper: " + k: v for k, v in helped.items()}})


def _cluster_arrays(clusters: list[list[int]], perm: array[int], parts: int) -> tuple[array[int], array[int], array[int]]:
    """Each position's cluster, each cluster's size and part, with numpy over the clusters
    flattened (every position is in exactly one), not a Python loop over every record. A
    cluster's part is that of its first line: events of nearby lines share lines, and each part
    parses only the lines holding one of its records."""
    if not clusters:
        return array("l"), array("l"), array("b")
    n = len(perm)
    sizes = np.fromiter(map(len, clusters), dtype="l", count=len(clusters))
    flat = np.fromiter(chain.from_iterable(clusters), dtype="l", count=n)
    owner = np.empty(n, dtype="l")
    owner[flat] = np.repeat(np.arange(len(clusters), dtype="l"), sizes)
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    first = np.minimum.reduceat(np.frombuffer(perm, dtype="l")[flat], starts)  # each cluster's first line
    part_of = (first * parts // n).astype("b")
    return array("l", owner.tobytes()), array("l", sizes.tobytes()), array("b", part_of.tobytes())


def read_features(paths: Sequence[Union[str, Path]]) -> list[Rec]:
    """Pass 1 alone: every record's features in `reconcile()`'s order (idx = position), e.g. to
    hand the SQL plan's `recs` table to another engine (`sql.write_features`)."""
    keys, recs, _, _, _ = _read_features([Path(p) for p in paths], quiet)
    ordered = [recs[p] for p in sorted(range(len(keys)), key=keys.__getitem__)]
    for pos, r in enumerate(ordered):
        r.idx = pos
    return ordered


def _records(ext: Extraction) -> Iterator[tuple[str, int, _Record]]:
    for i, a in enumerate(ext.attacks):
        yield "attack", i, a
    for i, d in enumerate(ext.diplomacy):
        yield "diplomacy", i, d


def _read_features(files: list[Path], note: Progress, helper: Optional[FirstPass] = None,
                   ) -> tuple[list[str], list[Rec], Skipped, int, array[int]]:
    """Pass 1: member keys and features in reading order; records given twice (an article
    repeated) are kept once, at their first appearance, as `reconcile()` does. `first[n - 1]`
    is the reading position of the first record kept from line n (`first[-1]`: all of them).
    With a `FirstPass` helper, this process reads the first half of the lines and takes the
    features of the rest from the helper, in order, as if it had read them itself."""
    reader = _Reader()
    split = helper.split if helper is not None else None
    for path, n, _, raw in raw_lines(files, "reading", note, stop=split):
        reader.line(path, n, raw)
    shares = helper.shares() if helper is not None else None
    if split is not None and shares is None:  # the helper failed: read its half here
        for path, n, _, raw in raw_lines(files, "reading", note, start=split):
            reader.line(path, n + (reader.base(path, split) if path is files[split[0]] else 0), raw)
    elif split is not None and shares is not None:
        for sent in shares:
            if isinstance(sent[0], str):
                reader.sent(sent[0], sent[1])
            else:
                path = files[sent[0]]
                reader.line(path, sent[1] + (reader.base(path, split) if sent[0] == split[0] else 0), sent[2])
        note("reading", 1, 1)
    reader.first.append(len(reader.keys))
    return reader.keys, reader.recs, reader.skipped, len(reader.arts), reader.first


class _Reader:
    """Pass 1's state: what every line read so far has added, in reading order."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.recs: list[Rec] = []
        # per article number: how many attacks and meetings its lines gave so far (a repeat's
        # records are those below these counts; two machine ints an article, not a set of keys)
        self.attacks = array("l")
        self.meetings = array("l")
        self.skipped: Skipped = set()
        self.arts: dict[str, int] = {}
        self.first = array("l")
        self._base: Optional[int] = None

    def line(self, path: Path, n: int, raw: bytes) -> None:
        """A line read here (line `n` of `path`)."""
        try:
            aid, found = line_features(raw, self.arts)
        except Unusual:  # not in the form `summarise extract` writes: pydantic reads it (or says why not)
            ext = validated(path, n, raw)
            aid, art = ext.article.id, self.arts.setdefault(ext.article.id, len(self.arts))
            found = [(kind, i, features(-1, record, ext.article, art)) for kind, i, record in _records(ext)]
        self._add(aid, found)

    def sent(self, aid: str, rows: Found) -> None:
        """A line the helper read: its records' features as plain tuples."""
        art = self.arts.setdefault(aid, len(self.arts))
        self._add(aid, [(kind, i, rec_from(art, row)) for kind, i, row in rows])

    def _add(self, aid: str, found: list[tuple[str, int, Rec]]) -> None:
        number = len(self.first) + 1
        self.first.append(len(self.keys))
        if not found:
            return
        art = found[0][2].art
        attacks, meetings, keys, recs = self.attacks, self.meetings, self.keys, self.recs
        if art >= len(attacks):  # the article's first records: none can be a repeat
            while len(attacks) <= art:
                attacks.append(0)
                meetings.append(0)
            for kind, i, rec in found:
                keys.append(f"{aid}/{kind}/{i}")  # model.member_key, inlined: once per record
                recs.append(rec)
        else:  # the article again: a record it gave before (same kind, same index) is kept once
            for kind, i, rec in found:
                if i < (attacks[art] if kind == "attack" else meetings[art]):
                    self.skipped.add((number, kind, i))
                    continue
                keys.append(f"{aid}/{kind}/{i}")
                recs.append(rec)
        # a line's records come attacks first, each list indexed from 0: the last index of each
        # kind + 1 is how many it gave
        given = 0
        for kind, i, _ in found:
            if kind != "attack":
                break
            given = i + 1
        if given > attacks[art]:
            attacks[art] = given
        if len(found) - given > meetings[art]:
            meetings[art] = len(found) - given

    def base(self, path: Path, split: Mark) -> int:
        """Line numbers in the file the helper starts in count from its start: add this."""
        if self._base is None:
            self._base = line_base(path, split[1])
        return self._base


class _Clock:
    """CPU seconds of this process per stage (`time.process_time`), for the benchmark."""

    def __init__(self) -> None:
        self.stages: dict[str, float] = {}
        self.last = time.process_time()

    def lap(self, stage: str) -> None:
        now = time.process_time()
        self.stages[stage] = self.stages.get(stage, 0.0) + now - self.last
        self.last = now


def _write_events(files: list[Path], out: Path, share: Share, parts: int, note: Progress, cpu: _Clock) -> int:
    """Pass 2: spool every event (in parts, on as many cores), then copy the spools into `out`
    in order."""
    folder = Path(tempfile.mkdtemp(prefix=out.name + ".", dir=out.parent))  # spools: next to the output
    try:
        indexes = _build(files, share, parts, folder, note, cpu)
        # each part's index comes sorted (the other part sorted its own, on its core): merge them
        merged = list(heapq.merge(*[[(key, part, offset, length) for key, offset, length in index]
                                    for part, index in enumerate(indexes)]))
        spools = [os.open(folder / f"spool-{part}", os.O_RDONLY) for part in range(parts)]
        try:
            with open(out, "wb", buffering=1 << 20) as fh:
                for k, (_, part, offset, length) in enumerate(merged):
                    fh.write(_read_at(spools[part], length, offset))
                    if k % 65536 == 0:
                        note("writing", k, len(merged))
        finally:
            for spool in spools:
                os.close(spool)
        note("writing", len(merged), len(merged))
        cpu.lap("writing")
        return len(merged)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _read_at(fd: int, length: int, offset: int) -> bytes:
    """`length` bytes at `offset`: one pread (half the cost of a seek and a buffered read)."""
    if hasattr(os, "pread"):
        return os.pread(fd, length, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # pragma: no cover - no pread (Windows)
    return os.read(fd, length)  # pragma: no cover


def _parts(records: int) -> int:
    """Two parts (this process and one more) when there are cores to spare and enough records
    to pay for starting a second interpreter."""
    return 2 if cores() >= 2 and records >= PARALLEL_RECORDS else 1


def _build(files: list[Path], share: Share, parts: int, folder: Path, note: Progress, cpu: _Clock) -> list[list[Entry]]:
    """Every part's index: part 0 here, the others in their own processes."""
    others = []
    if parts > 1:
        share.save(folder)
        args = [str(folder), "", str(parts)] + [str(f) for f in files]
        for part in range(1, parts):
            args[1] = str(part)
            others.append(run_module("summariser.reconciler.spool", args))
    try:
        indexes = [build_part(files, share, 0, parts, folder / "spool-0", note)]
        cpu.lap("building")
        for part, proc in enumerate(others, 1):
            _, err = proc.communicate()
            if proc.returncode:
                raise RuntimeError(f"building events (part {part}) failed: {err.decode(errors='replace')[-2000:]}")
            index, spent = marshal.loads((folder / f"index-{part}").read_bytes())
            indexes.append(index)
            cpu.stages[f"part {part}: building"] = spent
        cpu.lap("waiting for the other builders")
        return indexes
    finally:
        for proc in others:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
