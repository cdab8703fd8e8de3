"""Pass 2 of an archive run: the events of one share of the clusters, built and spooled.

Every process reads all the lines again, but reads into rows (`rows.py`) and builds (`build.py`)
only the records of its clusters (cluster number modulo the number of parts), so two cores
build the events at once. A record is held only until the last member of its event has been
read; then the event's line goes to this part's spool file, and its sort key and place in the
spool to the part's index. `archive.py` merges the parts' indexes and copies the spools into
the output in order. The share given to another process travels as files in a folder:
`rank`, `owner`, `sizes` (arrays of machine ints), `skipped` (JSON), and comes back as the
spool and `index-<part>` (marshal).
"""

from __future__ import annotations

import json
import marshal
import sys
from array import array
from pathlib import Path
from typing import Optional, Sequence

from .build import Member, SortKey, event_line
from .items import gc_paused
from .lines import Progress, quiet, raw_lines, validated
from .fastread import Unusual
from .rows import Meta, Row, line_raw, row, rows_of

Entry = tuple[SortKey, int, int]  # (sort key, offset in the spool, length)
Skipped = set[tuple[int, str, int]]  # (line number, kind, index) of records given twice


class Share:
    """What every part needs: each record's position, each position's cluster, clusters' sizes."""

    def __init__(self, rank: array[int], owner: array[int], sizes: array[int], skipped: Skipped) -> None:
        self.rank, self.owner, self.sizes, self.skipped = rank, owner, sizes, skipped

    def save(self, folder: Path) -> None:
        for name in ("rank", "owner", "sizes"):
            with open(folder / name, "wb") as fh:
                getattr(self, name).tofile(fh)
        (folder / "skipped").write_text(json.dumps(sorted(self.skipped)), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "Share":
        arrays = []
        for name in ("rank", "owner", "sizes"):
            a = array("l")
            a.frombytes((folder / name).read_bytes())
            arrays.append(a)
        skipped = {(n, k, i) for n, k, i in json.loads((folder / "skipped").read_text(encoding="utf-8"))}
        return cls(arrays[0], arrays[1], arrays[2], skipped)


def _first(x: tuple[int, Member]) -> int:
    return x[0]


def _fallback(where: str, raw: bytes) -> tuple[Meta, dict[tuple[str, int], Row]]:
    """The rows of a line not in the usual form, read by pydantic (or its InputError)."""
    meta, found = rows_of(validated(where, raw))
    return meta, {(kind, i): r for kind, i, r in found}


def build_part(files: Sequence[Path], share: Share, part: int, parts: int, spool_path: Path,
               note: Progress = quiet) -> list[Entry]:
    """Spool the events of clusters numbered `part` modulo `parts`; their index entries."""
    rank, owner, sizes, skipped = share.rank, share.owner, share.sizes, share.skipped
    index: list[Entry] = []
    pending: dict[int, list[tuple[int, Member]]] = {}
    p, offset = 0, 0
    with open(spool_path, "wb") as spool, gc_paused():
        for where, number, raw in raw_lines(files, "building events", note):
            odd: Optional[dict[tuple[str, int], Row]] = None
            try:
                meta, attacks, diplomacy = line_raw(raw)
            except Unusual:  # not in the form `summarise extract` writes: pydantic reads the line
                meta, odd = _fallback(where, raw)
                attacks = [None] * sum(1 for k, _ in odd if k == "attack")
                diplomacy = [None] * sum(1 for k, _ in odd if k == "diplomacy")
            for kind, recs in (("attack", attacks), ("diplomacy", diplomacy)):
                for i, rec in enumerate(recs):
                    if skipped and (number, kind, i) in skipped:
                        continue
                    idx = rank[p]
                    p += 1
                    c = owner[idx]
                    if c % parts != part:
                        continue
                    if odd is None:
                        try:
                            r = row(kind, rec)
                        except Unusual:
                            odd = _fallback(where, raw)[1]
                    if odd is not None:
                        r = odd[(kind, i)]
                    group = pending.setdefault(c, [])
                    group.append((idx, (meta, kind, i, r)))
                    if len(group) == sizes[c]:
                        del pending[c]
                        group.sort(key=_first)
                        key, line = event_line([m for _, m in group])
                        index.append((key, offset, len(line)))
                        spool.write(line)
                        offset += len(line)
    return index


def _main(argv: list[str]) -> None:
    """`python -m summariser.reconciler.spool FOLDER PART PARTS FILE...`: one part, into FOLDER."""
    folder, part, parts, files = Path(argv[0]), int(argv[1]), int(argv[2]), [Path(f) for f in argv[3:]]
    index = build_part(files, Share.load(folder), part, parts, folder / f"spool-{part}")
    (folder / f"index-{part}").write_bytes(marshal.dumps(index))


if __name__ == "__main__":
    _main(sys.argv[1:])
