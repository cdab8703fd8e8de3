"""Pass 1 on two cores: a helper process reads the second half of the lines.

For a large archive (`PARALLEL_BYTES` and up, with two cores) `FirstPass` starts one helper
process. The helper computes the features of the lines from `split_point` (about half the
bytes) to the end, exactly as the main process computes those of the first half
(`fastread.line_feature_rows`, which validates each line in full as it reads it: `strict.py`),
and writes them to a file as plain tuples, never making the objects (`recs.attack_row`, the
slots `recs.rec_row` would give, in marshal chunks, each after its length: each record's
slots, its article id); it signals with one
byte on its standard output that the file is complete, and prints its CPU seconds. A line not
certainly valid in the form `summarise extract` writes is sent back raw, with its file and
line number, and the main process reads it with pydantic (or raises the InputError naming it),
so the features, the record order and the errors are those of one process reading every line.

If the helper cannot start or dies before its features are complete, the main process reads
those lines itself.
"""

from __future__ import annotations

import json
import marshal
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import BinaryIO, Iterator, Optional, Sequence, Union

from .fastread import Unusual, line_feature_rows
from .items import gc_paused
from .lines import Mark, quiet, raw_lines, run_module
from .recs import RecRow

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


class FirstPass:
    """The helper: features of the lines from `split`, computed in another process."""

    def __init__(self, files: Sequence[Path], split: Mark, folder: Path) -> None:
        self.split = split
        self.folder = Path(tempfile.mkdtemp(prefix="pass1.", dir=folder))
        self.cpu: dict[str, float] = {}  # the helper's CPU seconds per stage, once it has answered
        self.proc: Optional[subprocess.Popen[bytes]] = None
        try:
            self.proc = run_module(__name__, [str(self.folder), str(split[0]), str(split[1]), *map(str, files)],
                                   stdout=subprocess.PIPE)
        except OSError:  # no processes here (a sandbox): shares() says so and this process reads every line
            self.proc = None

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

    def finish(self) -> None:
        """Wait for the helper's CPU figures (it has nothing else left to say)."""
        if self.proc is not None:
            try:
                out, _ = self.proc.communicate()
                if self.proc.returncode == 0:
                    self.cpu = {str(k): float(v) for k, v in json.loads(out.lstrip(b"R")).items()}
            except (OSError, ValueError, AttributeError):
                pass
        self.close()

    def close(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait()
            for stream in (self.proc.stdout, self.proc.stderr):
                if stream:
                    stream.close()
            self.proc = None
        shutil.rmtree(self.folder, ignore_errors=True)


def _share(files: list[Path], start: Mark, out: Path) -> None:
    """Write the features of the lines from `start` on, in chunks of `CHUNK` lines."""
    index = {id(f): k for k, f in enumerate(files)}  # by object: a file given twice is two files
    chunk: list[Sent] = []
    with open(out, "wb") as fh, gc_paused():
        for path, n, _, raw in raw_lines(files, "", quiet, start=start):
            try:
                chunk.append(line_feature_rows(raw))  # the articles are numbered by the main process
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
    sys.stdout.buffer.write(b"R")
    sys.stdout.buffer.flush()
    print(json.dumps({"helper reading": time.process_time()}))


if __name__ == "__main__":
    _main(sys.argv[1:])
