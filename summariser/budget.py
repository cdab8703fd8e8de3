"""A time budget per article, so one hostile or huge file cannot stall a batch.

`run_with_budget(fn, seconds, label)` calls `fn()` and raises `ArticleTimeout` when it runs
past `seconds`:

- in the main thread on POSIX it arms SIGALRM (`setitimer`), whose handler raises inside
  the running Python code, so a CPU-bound backend really stops;
- elsewhere it runs `fn` in a daemon thread and stops waiting for it (Python cannot kill
  a thread: the work is abandoned, the batch goes on).

The async path uses `asyncio.wait_for` instead (`pipeline.Extractor.aextract_within_budget`,
which `streaming._run_async` runs).
"""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import Callable, NoReturn, TypeVar

from .errors import ArticleTimeout

T = TypeVar("T")


def timeout_message(seconds: float) -> str:
    return (f"took longer than --article-timeout {seconds:g} s and was stopped; the batch went on "
            "(raise --article-timeout, or split the article)")


def run_with_budget(fn: Callable[[], T], seconds: float | None) -> T:
    if not seconds:
        return fn()
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        return _with_alarm(fn, seconds)
    return _with_thread(fn, seconds)


def _with_alarm(fn: Callable[[], T], seconds: float) -> T:
    def expired(_signum: int, _frame: FrameType | None) -> NoReturn:
        raise ArticleTimeout(timeout_message(seconds))

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _with_thread(fn: Callable[[], T], seconds: float) -> T:
    box: dict[str, T] = {}
    errors: list[BaseException] = []

    def work() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the caller's thread below
            errors.append(exc)

    worker = threading.Thread(target=work, daemon=True, name="summariser-article")
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise ArticleTimeout(timeout_message(seconds))
    if errors:
        raise errors[0]
    return box["value"]
