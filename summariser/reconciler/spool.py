"""Pass 2 of an archive run: the events of one share of the clusters, built and spooled.

Every process reads all the lines again, but parses (`rows.py`) only the lines that hold a
record of its clusters and builds (`build.py`) only those events, so two cores build the
events at once. A cluster belongs to the part of its first record in reading order (the first
half of the records, or the second): reports of one event sit near each other in an archive,
so each part parses little more than its half of the lines (which lines: numpy over the
share's arrays, once). An event of one report is built as soon as it is read. A record is held only until the
last member of its event has been read; then the event's line goes to this part's spool file,
and its sort key and place in the spool to the part's index. `archive.py` merges the parts'
indexes and copies the spools into the output in order. The share given to another process
travels as files in a folder: `rank`, `owner`, `sizes`, `part_of`, `first` (arrays of machine
ints), `skipped` (JSON), and comes back as the spool and `index-<part>` (marshal: the index and the part's CPU seconds).
"""

from __future__ import annotations

import json
import marshal
import sys
import time
from array import array
from pathlib import Path
from typing import Sequence

import numpy as np

from .build import Member, SortKey, event_line
from .items import gc_paused
from .lines import Progress, quiet, raw_lines, validated
from .rows import Rows, line_rows, rows_of
from .shape import Unusual

Entry = tuple[SortKey, int, int]  # (sort key, offset in the spool, length)
Skipped = set[tuple[int, str, int]]  # (line number, kind, index) of records given twice
_ARRAYS = (("rank", "l"), ("owner", "l"), ("sizes", "l"), ("part_of", "b"), ("first", "l"))


class Share:
    """What every part needs: each record's position (`rank`, by reading position), each
    position's cluster (`owner`), clusters' sizes and parts, and each line's first record."""

    def __init__(self, rank: array[int], owner: array[int], sizes: array[int], part_of: array[int],
                 first: array[int], skipped: Skipped) -> None:
        self.rank, self.owner, self.sizes, self.part_of, self.first = rank, owner, sizes, part_of, first
        self.skipped = skipped

    def save(self, folder: Path) -> None:
        for name, _ in _ARRAYS:
            with open(folder / name, "wb") as fh:
                getattr(self, name).tofile(fh)
        (folder / "skipped").write_text(json.dumps(sorted(self.skipped)), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "Share":
        arrays = []
        for name, code in _ARRAYS:
            a = array(code)
            a.frombytes((folder / name).read_bytes())
            arrays.append(a)
        skipped = {(n, k, i) for n, k, i in json.loads((folder / "skipped").read_text(encoding="utf-8"))}
        return cls(arrays[0], arrays[1], arrays[2], arrays[3], arrays[4], skipped)


def _first(x: tuple[int, Member]) -> int:
    return x[0]


def _rows(path: Path, n: int, raw: bytes) -> Rows:
    """The rows of a line; one not in the usual form is read by pydantic (or its InputError)."""
    try:
        return line_rows(raw)
    except Unusual:
        return rows_of(validated(path, n, raw))


def _lines_of_part(share: Share, part: int) -> bytes:
    """Per line (by number, from 0): 1 when it holds a record of a cluster of `part`. Computed
    with numpy over every record at once, not record by record in the loop."""
    first, rank, owner, part_of = (np.asarray(a) for a in (share.first, share.rank, share.owner, share.part_of))
    mine = part_of[owner[rank]] == part  # by reading position (arrays read through the buffer protocol)
    counted = np.concatenate(([0], np.cumsum(mine, dtype=np.int64)))
    held: bytes = (counted[first[1:]] - counted[first[:-1]] > 0).astype(np.uint8).tobytes()
    return held


def build_part(files: Sequence[Path], share: Share, part: int, parts: int, spool_path: Path,
               note: Progress = quiet) -> list[Entry]:
    """Spool the events of the clusters of part `part`; their index entries, sorted by key.
    Only the lines holding a record of this part are parsed."""
    rank, owner, sizes, part_of, first, skipped = share.rank, share.owner, share.sizes, share.part_of, \
        share.first, share.skipped
    need = _lines_of_part(share, part)
    index: list[Entry] = []
    pending: dict[int, list[tuple[int, Member]]] = {}
    offset = 0
    with open(spool_path, "wb", buffering=1 << 20) as spool, gc_paused():
        for path, n, number, raw in raw_lines(files, "building events", note):
            if not need[number - 1]:
                continue
            meta, attacks, diplomacy = _rows(path, n, raw)
            p = first[number - 1]
            for kind, recs in (("attack", attacks), ("diplomacy", diplomacy)):
                for i, r in enumerate(recs):
                    if skipped and (number, kind, i) in skipped:
                        continue
                    idx = rank[p]
                    p += 1
                    c = owner[idx]
                    if part_of[c] != part:
                        continue
                    if sizes[c] == 1:  # an event of one report (the commonest): nothing to wait for
                        key, line = event_line([(meta, kind, i, r)])
                    else:
                        group = pending.setdefault(c, [])
                        group.append((idx, (meta, kind, i, r)))
                        if len(group) < sizes[c]:
                            continue
                        del pending[c]
                        group.sort(key=_first)
                        key, line = event_line([m for _, m in group])
                    index.append((key, offset, len(line)))
                    spool.write(line)
                    offset += len(line)
    index.sort()  # in the output's order: the main process merges the parts' indexes
    return index


def _main(argv: list[str]) -> None:
    """`python -m summariser.reconciler.spool FOLDER PART PARTS FILE...`: one part, into FOLDER."""
    folder, part, parts, files = Path(argv[0]), int(argv[1]), int(argv[2]), [Path(f) for f in argv[3:]]
    index = build_part(files, Share.load(folder), part, parts, folder / f"spool-{part}")
    (folder / f"index-{part}").write_bytes(marshal.dumps((index, time.process_time())))


if __name__ == "__main__":
    _main(sys.argv[1:])
