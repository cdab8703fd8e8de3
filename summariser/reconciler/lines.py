"""The lines of extraction JSONL files, as both passes of an archive run read them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Callable, Iterator, Sequence

from ..errors import InputError
from ..records import Extraction

Progress = Callable[[str, int, int], None]  # (stage, done, total): bytes read, or events written


def quiet(stage: str, done: int, total: int) -> None:
    """A progress callback that shows nothing."""


def raw_lines(files: Sequence[Path], stage: str, note: Progress) -> Iterator[tuple[Path, int, int, bytes]]:
    """(file, line in it, global line number, raw line) for every non-empty line of `files`
    (the global number counts non-empty lines only, from 1)."""
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
                yield p, n, number, raw
    note(stage, total, total)


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
