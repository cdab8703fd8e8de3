"""Pass 1 on two cores: a helper process reads the second half of the lines, then validates.

The first pass (features of every record) ran on one core while the other only validated.
For a large archive (`PARALLEL_BYTES` and up, with two cores) `FirstPass` starts one helper
process instead of the plain validator. The helper computes the features of the lines from
`split_point` (about half the bytes) to the end, exactly as the main process computes those
of the first half (`fastread.line_features`), and writes them to a file as plain tuples
(`recs.rec_row`, in marshal chunks, each after its length: each record's slots, its article id, never an object of
a class); it signals with one byte on its standard output that the file is complete, then
validates every line of the files in full (`validate.first_problem`), while the main process
scores and clusters, and prints the validator's JSON answer. A line not in the form `summarise
extract` writes is sent back raw, with its file and line number, and the main process reads
it as before (pydantic, or the InputError naming it), so the features, the record order and
the errors are those of one process reading every line.

If the helper cannot start or dies before its features are complete, the main process reads
those lines itself, and `Validator.result()` validates in-process as before.
"""

from __future__ import annotations

import marshal
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import BinaryIO, Iterator, Optional, Sequence, Union

from .fastread import Unusual, line_features
from .items import gc_paused
from .lines import Mark, quiet, raw_lines
from .recs import RecRow, rec_row
from .validate import Validator, answer, first_problem

PARALLEL_BYTES = 16 << 20  # from here on (about 48,000 records of the benchmark) the first pass is split over two cores
CHUNK = 4096  # lines per marshal chunk: bounds what either process holds of the other's share
Found = list[tuple[str, int, RecRow]]  # a line's records: (kind, index, features)
Sent = Union[tuple[str, Found], tuple[int, int, bytes]]  # (article id, found), or (file, line, raw) of an unusual line


def cores() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def split_point(files: Sequence[Path], least: Optional[int] = None) -> Optional[Mark]:
    """Where the second half of the lines begins (the start of the first line past half the
    bytes), or None when the files are too small to pay for a helper or there is one core."""
    sizes = [f.stat().st_size for f in files]
    if cores() < 2 or sum(sizes) < (PARALLEL_BYTES if least is None else least):
        return None
    half = sum(sizes) // 2
    for f, size in enumerate(sizes):
        if half >= size:
            half -= size
            continue
        with open(files[f], "rb") as fh:
            if half:
                fh.seek(half - 1)
                fh.readline()  # to the start of the next line (or stay: half - 1 ended a line)
            pos = fh.tell()
        if pos < size:
            return f, pos
        return (f + 1, 0) if f + 1 < len(files) else None
    return None


def line_base(path: Path, offset: int) -> int:
    """How many lines of `path` lie before byte `offset` (a line's start)."""
    with open(path, "rb") as fh:
        return fh.read(offset).count(b"\n")


class FirstPass(Validator):
    """The helper: features of the lines from `split` on, then every line validated."""

    def __init__(self, files: Sequence[Path], split: Mark, folder: Path) -> None:
        self.split = split
        self.folder = Path(tempfile.mkdtemp(prefix="pass1.", dir=folder))
        super().__init__(files, __name__, [str(self.folder), str(split[0]), str(split[1])])

    def shares(self) -> Optional[Iterator[Sent]]:
        """The helper's lines in order, once it has read them all; None when it failed (then
        the caller reads those lines itself)."""
        if self.proc is None or self.proc.stdout is None:
            return None
        if os.read(self.proc.stdout.fileno(), 1) != b"R":  # unbuffered: result() reads the rest
            return None
        return self._chunks()

    def _chunks(self) -> Iterator[Sent]:
        with open(self.folder / "features", "rb") as fh:
            while head := fh.read(8):
                chunk: list[Sent] = marshal.loads(fh.read(int.from_bytes(head, "little")))
                yield from chunk

    def close(self) -> None:
        super().close()
        shutil.rmtree(self.folder, ignore_errors=True)


def _share(files: list[Path], start: Mark, out: Path) -> None:
    """Write the features of the lines from `start` on, in chunks of `CHUNK` lines."""
    index = {id(f): k for k, f in enumerate(files)}  # by object: a file given twice is two files
    arts: dict[str, int] = {}  # numbered by the main process, not here
    chunk: list[Sent] = []
    with open(out, "wb") as fh, gc_paused():
        for path, n, _, raw in raw_lines(files, "", quiet, start=start):
            try:
                aid, found = line_features(raw, arts)
                chunk.append((aid, [(kind, i, rec_row(r)) for kind, i, r in found]))
            except Unusual:
                chunk.append((index[id(path)], n, raw))
            if len(chunk) >= CHUNK:
                _dump(chunk, fh)
                chunk = []
        if chunk:
            _dump(chunk, fh)


def _dump(chunk: list[Sent], fh: BinaryIO) -> None:
    """One chunk, its length first: `marshal.loads` of bytes is many times `marshal.load` of a file."""
    data = marshal.dumps(chunk)
    fh.write(len(data).to_bytes(8, "little"))
    fh.write(data)


def _main(argv: list[str]) -> None:
    """`python -m summariser.reconciler.firstpass FOLDER FILE-INDEX OFFSET FILE...`"""
    folder, start, files = Path(argv[0]), (int(argv[1]), int(argv[2])), [Path(f) for f in argv[3:]]
    _share(files, start, folder / "features")
    reading = time.process_time()
    sys.stdout.buffer.write(b"R")
    sys.stdout.buffer.flush()
    found = first_problem([str(f) for f in files])
    print(answer(found, {"helper reading": reading, "validating": time.process_time() - reading}))


if __name__ == "__main__":
    _main(sys.argv[1:])
