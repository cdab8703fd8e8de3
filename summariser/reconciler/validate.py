"""Validating every line of an archive in full, in a second process beside the run.

An archive run reads its lines as plain JSON (`fastread.py`, `rows.py`): pydantic's full
validation of every `Extraction` costs about as much as the whole matching. It still runs, on
the other core: `Validator` starts a process that validates every line of the files while the
run reads, matches and builds events, and `Validator.result()` (called before the output is
replaced) gives the first line that is not a valid Extraction, so a bad line still stops the
run with its file and line number, never silently dropped. If the process cannot start or
dies, the lines are validated in this process instead.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional, Sequence

from ..errors import InputError
from ..records import Extraction
from .lines import run_module

Problem = Optional[tuple[str, str]]  # (where: "file:line", why), or None when every line is valid


def _problem(where: str, raw: bytes) -> Problem:
    try:
        Extraction.model_validate_json(raw)
    except ValueError as exc:
        return where, f"is not an Extraction ({str(exc).splitlines()[0]}); " \
                      "reconcile reads the JSONL written by `summarise extract`"
    return None


def first_problem(paths: Sequence[str]) -> Problem:
    """The first line of `paths` that is not a valid Extraction (empty lines are skipped)."""
    for path in paths:
        with open(path, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                if raw.strip():
                    found = _problem(f"{path}:{n}", raw)
                    if found:
                        return found
    return None


def check(where: str, raw: bytes) -> None:
    """Raise the InputError of one line that is not a valid Extraction."""
    found = _problem(where, raw)
    if found:
        raise InputError(*found)


class Validator:
    """`first_problem(paths)` computed in another process (`lines.run_module`): by default this
    module's; `firstpass.FirstPass` starts one that computes features before it validates.
    The process prints one JSON object, {"problem": [where, why] or null, "cpu": {stage: s}}."""

    def __init__(self, paths: Sequence[Path], module: str = __name__, args: Sequence[str] = ()) -> None:
        self.paths = [str(p) for p in paths]
        self.cpu: dict[str, float] = {}  # the process's CPU seconds per stage, once it has answered
        self.proc: Optional[subprocess.Popen[bytes]] = None
        try:
            self.proc = run_module(module, [*args, *self.paths], stdout=subprocess.PIPE)
        except OSError:  # no processes here (a sandbox): result() validates in this one
            self.proc = None

    def result(self) -> Problem:
        """Wait for the check; validate here when the process could not run or died."""
        if self.proc is not None:
            try:
                out, _ = self.proc.communicate()
                if self.proc.returncode == 0:
                    answer = json.loads(out.lstrip(b"R"))  # FirstPass's ready byte, if nobody read it
                    self.cpu = {str(k): float(v) for k, v in answer["cpu"].items()}
                    found = answer["problem"]
                    return (str(found[0]), str(found[1])) if found else None
            except (OSError, ValueError, IndexError, TypeError, KeyError, AttributeError):
                pass
            finally:
                self.close()
        return first_problem(self.paths)

    def close(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait()
            for stream in (self.proc.stdout, self.proc.stderr):
                if stream:
                    stream.close()
            self.proc = None


def answer(problem: Problem, cpu: dict[str, float]) -> str:
    """The JSON line a validating process prints."""
    return json.dumps({"problem": problem, "cpu": cpu})


if __name__ == "__main__":
    found = first_problem(sys.argv[1:])
    print(answer(found, {"validating": time.process_time()}))
