"""Streaming articles through an Extractor: one at a time, or up to `concurrency` at once on an
event loop in a worker thread, each outcome (an Extraction, or a Failure that names the article)
yielded as soon as it is done. One bad article never sinks the batch; closing the stream early
(Ctrl-C, a caller that stops reading) cancels what is in flight and waits for the loop to end."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator, Union

from .articles import Article
from .errors import one_line
from .records import Extraction

if TYPE_CHECKING:
    from .pipeline import Extractor


@dataclass(frozen=True)
class Failure:
    """An article (or input) that produced no Extraction, and why.

    `path` names the article (a file, `file.jsonl:LINE`, `file.json[i]` or `<stdin>`);
    `error` is one line that does not repeat it; `line` is both, as printed.
    """

    path: str
    error: str

    @property
    def line(self) -> str:
        return f"{self.path}: {self.error}"


Outcome = Union[Extraction, Failure]


def failure_of(article: Article, exc: BaseException) -> Failure:
    """The Failure for an article whose extraction raised `exc`."""
    return Failure(article.path or article.id, one_line(exc))


def run(extractor: Extractor, items: Iterator[Article | Failure]) -> Iterator[Outcome]:
    """The outcome of each item: a Failure passes through, an article is extracted within its
    budget; concurrently when the config allows and the backend has `aextract`."""
    if extractor.config.concurrency > 1 and hasattr(extractor.backend, "aextract"):
        yield from _run_async(extractor, items)
        return
    for item in items:
        yield item if isinstance(item, Failure) else _safely(extractor.extract_within_budget, item)


def _safely(fn: Callable[[Article], Extraction], article: Article) -> Outcome:
    try:
        return fn(article)
    except Exception as exc:  # one bad article must not sink the batch
        return failure_of(article, exc)


def _run_async(extractor: Extractor, items: Iterator[Article | Failure]) -> Iterator[Outcome]:
    """Run up to `concurrency` articles at once on an event loop in a worker thread; yield
    outcomes in completion order as they arrive. Closing this generator early (Ctrl-C, a
    caller that stops reading) cancels what is in flight and waits for the loop to end."""
    import queue
    import threading

    results: "queue.Queue[Outcome | None]" = queue.Queue(maxsize=extractor.config.concurrency * 2)
    stopping = threading.Event()
    running: dict[str, Any] = {}

    async def one(sem: asyncio.Semaphore, article: Article) -> None:
        try:
            outcome: Outcome = await extractor.aextract_within_budget(article)
        except Exception as exc:
            outcome = failure_of(article, exc)
        finally:
            sem.release()
        try:  # a thread hand-off only when the reader is behind and the queue is full
            results.put_nowait(outcome)
        except queue.Full:
            await asyncio.to_thread(results.put, outcome)

    async def main() -> None:
        # acquire before creating each task, so at most `concurrency` exist at once and
        # memory stays flat however large the batch
        sem = asyncio.Semaphore(extractor.config.concurrency)
        tasks: set[asyncio.Task[None]] = set()
        for item in items:
            if stopping.is_set():
                break
            if isinstance(item, Failure):
                await asyncio.to_thread(results.put, item)
                continue
            await sem.acquire()
            task = asyncio.create_task(one(sem, item))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.gather(*tasks)

    async def guarded() -> None:
        running["loop"], running["main"] = asyncio.get_running_loop(), asyncio.current_task()
        try:
            if not stopping.is_set():
                await main()
        finally:  # the backend's connections belong to this loop: close them before it ends
            aclose = getattr(extractor.backend, "aclose", None)
            if callable(aclose):
                await aclose()

    def worker() -> None:
        try:
            asyncio.run(guarded())
        except asyncio.CancelledError:
            pass  # closed early: _cancel cancelled the batch
        finally:
            results.put(None)

    thread = threading.Thread(target=worker, daemon=True)
    thread.start()
    finished = False
    try:
        while (item := results.get()) is not None:
            yield item
        finished = True
    finally:
        if not finished:
            _cancel(stopping, running, results)
        thread.join(10)


def _cancel(stopping: Any, running: dict[str, Any], results: Any) -> None:
    """Stop the loop's work and drain the queue so no putter stays blocked."""
    import queue

    stopping.set()
    loop, main = running.get("loop"), running.get("main")
    if loop is not None and main is not None and not loop.is_closed():
        try:
            loop.call_soon_threadsafe(main.cancel)
        except RuntimeError:  # the loop closed meanwhile
            pass
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if results.get(timeout=0.1) is None:
                return
        except queue.Empty:
            continue
