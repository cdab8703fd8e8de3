"""A pool of CPU worker processes that ground answers, so the event loop only waits on the network.

With many requests in flight, the CPU work after each answer (validating the drafts,
grounding them against the article, the rules cross-check, building the Extraction) is
what limits one Python process. `GroundingPool` runs that work in `--workers` processes
(`concurrent.futures.ProcessPoolExecutor`); the event loop awaits the result as it awaits
a response. The outcome is the same Extraction the in-process path builds (a test holds
them equal): each worker builds its own backend from the same Config, once, and calls the
same code.

Workers are started with `forkserver` where it exists (a clean process that imported the
grounding code once; forking the client itself, which runs threads, is not safe), else
`spawn`. An exception in a worker is the article's Failure; a worker that dies (killed,
out of memory) breaks only the jobs it held: the pool is replaced and the article is
tried once more before it fails.
"""

from __future__ import annotations

import asyncio
import dataclasses
import multiprocessing
import os
import pickle
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, Callable, Protocol, TypeVar

if TYPE_CHECKING:
    from .articles import Article
    from .backends.answers import ChunkAnswer
    from .backends.base import BackendResult
    from .config import Config
    from .records import Extraction

T = TypeVar("T")

# modules a fresh worker imports before its first job (forkserver: once, for every worker);
# `grounding.warm` also loads the data grounding reads, so a forked worker's first article is
# not ~0.1 s slower than the rest (each batch starts its own workers)
PRELOAD = ["summariser.pipeline", "summariser.backends.openai_compat", "summariser.backends.rules",
           "summariser.batch.ground", "instructor", "openai", "summariser.grounding.warm"]


class Groundable(Protocol):
    """A backend whose CPU work after the answers can run in another process."""

    name: str
    config: "Config"

    async def aanswers(self, article: "Article") -> "list[ChunkAnswer]": ...

    def ground_answers(self, article: "Article", answers: "list[ChunkAnswer]") -> "BackendResult": ...


def cores() -> int:
    """CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def resolved_workers(config: "Config") -> int:
    """`--workers`, or the cores available when it is not set; 0 = ground in this process."""
    return cores() if config.workers is None else config.workers


def poolable(backend: object, config: "Config") -> bool:
    """Whether this backend's grounding may run in worker processes for this batch: one of
    summariser's own backends (a worker must import its class by name), split into answers
    and grounding, with no --record (answer files are written from one process)."""
    return (resolved_workers(config) > 0 and not config.record_dir
            and callable(getattr(backend, "aanswers", None)) and callable(getattr(backend, "ground_answers", None))
            and type(backend).__module__.startswith("summariser."))


# --------------------------------------------------------------------------- in the worker

_BACKENDS: dict[bytes, Any] = {}  # pickled (class, backend config, config) -> (backend, config)


def ground_job(settings: bytes, article: "Article", answers: "list[ChunkAnswer]", waited: float) -> "Extraction":
    """In a worker: the Extraction for `answers`, exactly as the in-process path builds it.
    `settings` is the pickled (backend class, the Config that builds it, the Config that prices
    the usage): pickled once by the client and unpickled once per worker, not per article."""
    from .pipeline import build

    entry = _BACKENDS.get(settings)
    if entry is None:
        cls, backend_config, config = pickle.loads(settings)
        entry = _BACKENDS[settings] = (cls(backend_config), config)
    backend, config = entry
    t0 = time.perf_counter()
    result = backend.ground_answers(article, answers)
    return build(article, result, backend, waited + time.perf_counter() - t0, config)


def _warm() -> int:
    """A first job for each worker: import the grounding code and load its data before the
    first real answer arrives."""
    from . import grounding  # noqa: F401
    from .backends import rules  # noqa: F401
    from .grounding import warm  # noqa: F401  (imported already where the forkserver preloaded it)
    from .pipeline import build  # noqa: F401

    return os.getpid()


# --------------------------------------------------------------------------- in the client


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        ctx.set_forkserver_preload(PRELOAD)
    return ctx


class GroundingPool:
    """`workers` processes that turn answers into Extractions; started on first use."""

    def __init__(self, workers: int):
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None
        self._warming: list[Future[int]] = []  # each worker's first job, for `ready`
        self._starter: threading.Thread | None = None
        self._lock = threading.Lock()
        self._pickled: tuple[tuple[type, "Config", "Config"], bytes] | None = None

    def _pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                executor = ProcessPoolExecutor(self.workers, mp_context=_context())
                # the first submit returns once the forkserver has forked a worker (~1.5 s)
                self._warming = [executor.submit(_warm) for _ in range(self.workers)]
                self._executor = executor  # after `_warming`: `ready` reads them without the lock
            return self._executor

    def start(self) -> None:
        """Start the workers in a thread of their own: the first submit waits until the
        forkserver has imported the grounding code (~1.5 s), which on the event loop would
        stall every request in flight."""
        with self._lock:
            if self._executor is not None or self._starter is not None:
                return
            self._starter = threading.Thread(target=self._start, name="grounding-pool-start", daemon=True)
            self._starter.start()

    def _start(self) -> None:
        try:
            self._pool()
            wait(self._warming)
        except Exception:  # noqa: BLE001 - `ground` starts the pool again and reports the error
            pass

    def wait_started(self) -> None:
        """Block until `start` has started the workers (or given up)."""
        if self._starter is not None:
            self._starter.join()

    def ready(self) -> bool:
        """Whether every worker has started and finished its first job; until then the caller
        grounds in its own process rather than hold an article's slot while they start."""
        executor, warming = self._executor, self._warming  # no lock: `_pool` holds it while starting
        return executor is not None and bool(warming) and all(f.done() for f in warming)

    def _settings(self, backend: Groundable, config: "Config") -> bytes:
        """The pickled settings a worker builds its backend from, pickled once per batch."""
        key = (type(backend), backend.config, config)
        if self._pickled is None or self._pickled[0] != key:
            # a worker sends no request: it never needs the key
            settings = (type(backend), dataclasses.replace(backend.config, api_key=None),
                        dataclasses.replace(config, api_key=None))
            self._pickled = (key, pickle.dumps(settings))
        return self._pickled[1]

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is broken:
                broken.shutdown(wait=False, cancel_futures=True)
                self._executor = None

    async def ground(self, backend: Groundable, config: "Config", article: "Article",
                     answers: "list[ChunkAnswer]", waited: float) -> "Extraction":
        """The Extraction, built in a worker; a dead worker's job is tried once more."""
        settings = self._settings(backend, config)
        # the worker reads the cleaned text only: the raw text need not travel too
        article = dataclasses.replace(article, raw="")
        loop = asyncio.get_running_loop()
        for attempt in (1, 2):
            pool = self._pool()
            try:
                return await loop.run_in_executor(pool, ground_job, settings, article, answers, waited)
            except BrokenProcessPool:
                self._replace(pool)
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def submit(self, fn: Callable[..., T], /, *args: Any) -> "Future[T]":
        """`fn(*args)` in a worker, for a caller without an event loop (`batch collect`)."""
        return self._pool().submit(fn, *args)

    def close(self) -> None:
        self.wait_started()  # a pool still starting must not outlive the batch
        with self._lock:
            if self._executor is not None:
                self._executor.shutdown(wait=True, cancel_futures=True)
                self._executor = None
