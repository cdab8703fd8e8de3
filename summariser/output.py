"""Writing a JSON Lines output without ever losing what is already there.

`RecordSink` is how a batch writes `--out`:

- it refuses an output that is also one of the inputs, and takes an advisory lock
  (`fcntl.flock` on a hidden `.<name>.lock` beside it) so a second run on the same file
  stops at once with a clear message instead of interleaving or wiping records;
- without `--resume` every record goes to `<out>.part` in the same folder, which is
  renamed over `<out>` only when the batch finishes with at least one record: an
  interrupted or failed run leaves the old file as it was;
- with `--resume` records are appended to `<out>` itself, after `repair` has moved a
  torn last line (a run cut off mid-write) to `<out>.torn`, folded in the records of an
  interrupted run's `<out>.part`, and read the ids already done (undecodable bytes are
  replaced, never a crash).

`refuse_overwriting_inputs` and `written_atomically` (lock, write a temporary file,
rename) serve `reconcile` and `report` too.
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from .errors import OutputError


def same_file(a: str | Path, b: str | Path) -> bool:
    """True when `a` and `b` name one file (through links and relative paths too)."""
    pa, pb = Path(a), Path(b)
    try:
        if pa.exists() and pb.exists():
            return os.path.samefile(pa, pb)
    except OSError:
        pass
    return pa.resolve() == pb.resolve()


def refuse_overwriting_inputs(out: str | Path, inputs: Iterable[str | Path], option: str = "--out") -> None:
    """Raise OutputError when `out` is one of `inputs` (writing it would destroy the input)."""
    for given in inputs:
        if str(given) != "-" and Path(given).is_file() and same_file(given, out):
            raise OutputError(f"{option} {out} is also an input ({given}); writing it would replace "
                              f"what it is read from: choose another {option}")


class _Lock:
    """An exclusive advisory lock on a hidden file beside `path`, or nothing where fcntl is missing."""

    def __init__(self, path: Path):
        self.file = path.parent / f".{path.name}.lock"
        self.fd: int | None = None

    def acquire(self, target: Path) -> None:
        try:
            import fcntl
        except ImportError:  # not POSIX: no advisory locks, nothing to refuse
            return
        while True:
            fd = os.open(self.file, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise OutputError(f"{target} is being written by another summarise run (lock {self.file}); "
                                  "wait for it to finish or choose another --out") from None
            # the holder before us may have removed the file after we opened it: lock the live one
            try:
                if os.fstat(fd).st_ino == os.stat(self.file).st_ino:
                    self.fd = fd
                    return
            except FileNotFoundError:
                pass
            os.close(fd)

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            self.file.unlink()
        except OSError:
            pass
        os.close(self.fd)
        self.fd = None


def _unwritable(path: Path, exc: OSError) -> OutputError:
    return OutputError(f"cannot write --out {path} ({exc.strerror or exc}); choose a folder you can write to")


def _article_id(line: str) -> str | None:
    try:
        value = json.loads(line)["article"]["id"]
    except (ValueError, KeyError, TypeError):
        return None
    return value if isinstance(value, str) else None


def ids_in(path: str | Path) -> set[str]:
    """Article ids already written to a records file; torn or undecodable lines are skipped."""
    return {i for line in _read_lines(Path(path)) if (i := _article_id(line))}


def _read_lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return path.read_bytes().decode("utf-8", errors="replace").splitlines()


class RecordSink:
    """One JSON Lines output file, locked for the life of the batch; see the module docstring."""

    def __init__(self, out: str | Path, *, resume: bool = False):
        self.out = Path(out)
        self.part = self.out.with_name(self.out.name + ".part")
        self.torn = self.out.with_name(self.out.name + ".torn")
        self.resume = resume
        self.written = 0
        self.notes: list[str] = []  # what repair did, for the user
        self._lock = _Lock(self.out)
        self._handle: TextIO | None = None

    def reserved(self) -> set[Path]:
        """Files this sink owns, which an input folder must not feed back in."""
        return {p.resolve() for p in (self.out, self.part, self.torn, self._lock.file)}

    def open(self) -> set[str]:
        """Lock, prepare the file and return the article ids already done (with --resume)."""
        if self.out.is_dir():
            raise OutputError(f"--out {self.out} is a folder; give a file name such as {self.out / 'records.jsonl'}")
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire(self.out)
        except OSError as exc:
            raise _unwritable(self.out, exc) from exc
        try:
            done = self._prepare()
        except OSError as exc:
            self._lock.release()
            raise _unwritable(self.out, exc) from exc
        except BaseException:
            self._lock.release()
            raise
        return done

    def _prepare(self) -> set[str]:
        if not self.resume:
            if self.part.exists():
                self.notes.append(f"replaced {self.part} left by an interrupted run (use --resume to keep such records)")
            self._handle = open(self.part, "w", encoding="utf-8")
            return set()
        self.repair()
        self._handle = open(self.out, "a", encoding="utf-8")
        return {i for i in map(_article_id, _read_lines(self.out)) if i}

    def repair(self) -> None:
        """Make `out` whole before appending: move a torn last line out, fold in a `.part`."""
        if self.out.exists():
            self._move_torn_tail()
        if self.part.exists():
            self._fold_part()

    def _move_torn_tail(self) -> None:
        data = self.out.read_bytes()
        if not data or data.endswith(b"\n") and _article_id(data.rsplit(b"\n", 2)[-2].decode("utf-8", "replace")):
            return
        cut = data.rfind(b"\n", 0, len(data) - 1 if data.endswith(b"\n") else len(data)) + 1
        tail = data[cut:]
        if _article_id(tail.decode("utf-8", "replace")) is not None:
            with open(self.out, "ab") as f:  # a whole record that only lacks its newline
                f.write(b"\n")
            return
        with open(self.torn, "ab") as f:
            f.write(tail.rstrip(b"\n") + b"\n")
        with open(self.out, "r+b") as f:
            f.truncate(cut)
        self.notes.append(f"moved a torn last line ({len(tail)} bytes) of {self.out} to {self.torn}")

    def _fold_part(self) -> None:
        """Records of an interrupted run (newer) replace the same articles' old lines."""
        new = [line for line in _read_lines(self.part) if _article_id(line)]
        new_ids = {_article_id(line) for line in new}
        kept = [line for line in _read_lines(self.out) if _article_id(line) not in new_ids]
        tmp = self.out.with_name(self.out.name + ".fold")
        tmp.write_text("".join(line + "\n" for line in kept + new), encoding="utf-8")
        os.replace(tmp, self.out)
        self.part.unlink()
        self.notes.append(f"kept {len(new)} record(s) of an interrupted run from {self.part}")

    def write(self, line: str) -> None:
        assert self._handle is not None, "open() the sink first"
        self._handle.write(line + "\n")
        self._handle.flush()
        self.written += 1

    def close(self, complete: bool) -> None:
        """Finish: a complete non-resume run with records replaces `out`; anything else keeps it."""
        try:
            if self._handle is not None:
                self._handle.close()
                self._handle = None
                if not self.resume:
                    self._settle(complete)
        finally:
            self._lock.release()

    def _settle(self, complete: bool) -> None:
        if complete and self.written:
            os.replace(self.part, self.out)
        elif not self.written:
            self.part.unlink(missing_ok=True)
            if self.out.exists():
                self.notes.append(f"nothing was written; {self.out} was left as it was")


@contextmanager
def written_atomically(out: str | Path) -> Iterator[Path]:
    """Lock `out`, yield a temporary path beside it to write, then rename it over `out`.

    If the body raises, `out` is left as it was and the temporary file removed.
    """
    target = Path(out)
    if target.is_dir():
        raise OutputError(f"--out {target} is a folder; give a file name")
    lock = _Lock(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire(target)
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        lock.release()
