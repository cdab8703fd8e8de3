"""The lines of extraction JSONL files, as both passes of an archive run read them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence

from ..errors import InputError
from ..records import Extraction

Progress = Callable[[str, int, int], None]  # (stage, done, total): bytes read, or events written


def quiet(stage: str, done: int, total: int) -> None:
    """A progress callback that shows nothing."""


Mark = tuple[int, int]  # (file index, byte offset of a line's start): where a share of the lines begins


def raw_lines(files: Sequence[Path], stage: str, note: Progress, start: Mark = (0, 0),
              stop: Optional[Mark] = None) -> Iterator[tuple[Path, int, int, bytes]]:
    """(file, line in it, global line number, raw line) for every non-empty line of `files`
    from `start` up to `stop` (the global number counts non-empty lines only, from 1 at
    `start`; a line number in the file `start` names counts from there too)."""
    sizes = [p.stat().st_size for p in files]
    total = sum(sizes)
    done, number = sum(sizes[:start[0]]) + start[1], 0
    for f in range(start[0], len(files)):
        if stop is not None and f > stop[0]:
            break
        limit = stop[1] if stop is not None and f == stop[0] else None
        with open(files[f], "rb") as fh:
            pos = start[1] if f == start[0] else 0
            if pos:
                fh.seek(pos)
            for n, raw in enumerate(fh, 1):
                if limit is not None and pos >= limit:
                    break
                pos += len(raw)
                done += len(raw)
                if not raw.strip():
                    continue
                number += 1
                if number % 4096 == 0:
                    note(stage, done, total)
                yield files[f], n, number, raw
    note(stage, done, total)


def validated(path: Path, n: int, raw: bytes) -> Extraction:
    """Line `n` of `path` as an Extraction, or the InputError naming it."""
    try:
        return Extraction.model_validate_json(raw)
    except ValueError as exc:
        first = str(exc).splitlines()[0]
        raise InputError(f"{path}:{n}", f"is not an Extraction ({first}); "
                                "reconcile reads the JSONL written by `summarise extract`") from exc


def run_module(module: str, args: Sequence[str], stdout: int = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    """Start `python -m module args` in a fresh interpreter that imports this package (not
    multiprocessing: it would run the caller's script again in the child)."""
    root = str(Path(__file__).resolve().parents[2])  # the folder holding the package
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen([sys.executable, "-m", module, *args], env=env, stdin=subprocess.DEVNULL,
                            stdout=stdout, stderr=subprocess.PIPE)
