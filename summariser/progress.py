"""The batch's progress bar: it starts at once, with a rate, and gains a total when one is cheap.

Counting the articles must not delay the first one, so it runs in a background thread
while the batch starts: JSON Lines files are counted by their non-blank lines (read in
large binary blocks, ~1 s per GB), folders by the article files a walk finds. Standard
input and `.json` files (which may hold a list) have no cheap count: the bar then shows
articles done and the rate only.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Iterable

from .articles.folders import JSON_SUFFIXES, JSONL_SUFFIXES, LoadReport, walk_articles

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress
    from rich.progress import Task

BLOCK = 1 << 20  # bytes read at a time when counting lines
_BLANK = re.compile(rb"\n(?=\n)")


def count_articles(paths: Iterable[str], exclude: set[Path] | None = None) -> int | None:
    """How many articles `paths` hold, or None when that costs a parse (stdin, `.json`)."""
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        files = walk_articles(path, LoadReport(exclude=set(exclude or ()))) if path.is_dir() else [path]
        for f in files:
            n = _count_file(f)
            if n is None:
                return None
            total += n
    return total


def _count_file(path: Path) -> int | None:
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        return None
    if suffix not in JSONL_SUFFIXES:
        return 1
    try:
        return _count_lines(path)
    except OSError:
        return 1  # unreadable: the batch reports it as one failure


def _count_lines(path: Path) -> int:
    """Lines holding anything but a newline (a line of spaces counts: it is rare)."""
    lines, prev = 0, b"\n"  # the start of the file counts as just after a newline
    with path.open("rb") as handle:
        while block := handle.read(BLOCK):
            blank = block.count(b"\n\n") and len(_BLANK.findall(block))  # overlapping runs
            if prev == b"\n" and block[:1] == b"\n":  # a blank line across blocks, or first
                blank += 1
            lines += block.count(b"\n") - blank
            prev = block[-1:]
    return lines + (prev != b"\n")


class Progress:
    """A rich progress bar on standard error (or nothing when disabled); `advance()` is
    thread-safe. The total is filled in by a counting thread when it finishes."""

    def __init__(self, enabled: bool, paths: list[str], exclude: set[Path] | None = None):
        self.enabled, self.paths, self.exclude = enabled, paths, exclude
        self._bar: RichProgress | None = None
        self._task: Any = None

    def __enter__(self) -> "Progress":
        if not self.enabled:
            return self
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress

        self._bar = RichProgress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), _rate_column(),
                                 TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True),
                                 transient=False)
        self._bar.start()
        self._task = self._bar.add_task("extract", total=None)
        threading.Thread(target=self._count, name="count-articles", daemon=True).start()
        return self

    def _count(self) -> None:
        try:
            total = count_articles(self.paths, self.exclude)
        except Exception:  # a count is a nicety: never fail the batch over it
            return
        bar = self._bar
        if total is not None and bar is not None:
            bar.update(self._task, total=total)

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def _rate_column() -> Any:
    """A rich column that shows articles per second (rich is imported only when a bar is shown)."""
    from rich.progress import ProgressColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: "Task") -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.1f}/s" if speed else "-/s", style="progress.data.speed")

    return Rate()
