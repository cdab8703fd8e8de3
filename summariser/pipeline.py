"""The pipeline: article -> backend -> grounding -> Extraction, one at a time or in batches.

Every backend's answer goes through `grounding.enforce` before it becomes an
Extraction, so no number or span reaches the output unless the article supports it.
Batches write each article's JSONL line as soon as it is done (through
`output.RecordSink`: a locked temporary file renamed into place, or appended with
`resume`), give each article a time budget, and report failed articles without losing
the others. A `BatchReport` tells the caller what was skipped, cached and written.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Union

from . import grounding
from .articles import ARTICLE_SUFFIXES, Article, LoadReport, load_articles, make_article
from .backends import Backend, BackendResult, get_backend
from .budget import run_with_budget, timeout_message
from .cache import ResponseCache
from .config import Config, load_config
from .errors import ArticleTimeout, InputError, one_line
from .language import language_warning
from .output import RecordSink
from .records import Extraction, Origin, Usage


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


@dataclass
class BatchReport:
    """What a batch did besides its outcomes: filled in while `extract_many` runs."""

    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why) of files not read
    cached: int = 0  # extractions answered from the response cache
    written: int = 0  # records written to `out`
    notes: list[str] = field(default_factory=list)  # what the output repair did


Outcome = Union[Extraction, Failure]


def failure_of(article: Article, exc: BaseException) -> Failure:
    """The Failure for an article whose extraction raised `exc`."""
    return Failure(article.path or article.id, one_line(exc))


def build(article: Article, result: BackendResult, backend: Backend, elapsed: float, config: Config) -> Extraction:
    """Assemble the Extraction from a grounded backend result."""
    result = grounding.enforce(result, article)
    if backend.name == "rules":  # no model was asked: whatever grounding refused came from rules
        result.rejected = [r.model_copy(update={"origin": Origin.rules}) if r.origin == Origin.llm else r
                           for r in result.rejected]
    usage = _priced(result.usage, config)
    foreign = language_warning(article.text)  # whatever the backend, a non-English article is said so
    warnings = result.warnings + ([foreign] if foreign and foreign not in result.warnings else [])
    return Extraction(
        article=article.meta(), summary=result.summary, attacks=result.attacks,
        diplomacy=result.diplomacy, backend=backend.name, model=backend.model,
        prompt_version=backend.prompt_version, prompt_hash=backend.prompt_hash, usage=usage,
        elapsed_s=round(elapsed, 3), warnings=warnings, rejected=result.rejected,
        removed=list(article.removed), text=article.text,
    )


def _priced(usage: Usage, config: Config) -> Usage:
    if config.price_in is None and config.price_out is None:
        return usage
    cost = (usage.prompt_tokens * (config.price_in or 0) + usage.completion_tokens * (config.price_out or 0)) / 1e6
    return usage.model_copy(update={"cost_usd": round(cost, 6)})


class Extractor:
    """A configured backend plus its cache; reuse one for many articles."""

    def __init__(self, config: Config | None = None, backend: Backend | None = None):
        self.config = config or load_config()
        self.backend = backend or get_backend(self.config)
        self.cache = ResponseCache(self.config.cache_dir) if self.config.use_cache else None
        self.hits = 0  # answers taken from the cache

    def _key(self, article: Article) -> str | None:
        if self.cache is None or self.backend.name == "rules":
            return None  # rules is cheaper to rerun than to look up
        return self.cache.key(self.backend.identity(), article.text, str(article.published))

    def _cached(self, article: Article) -> Extraction | None:
        if self.config.record_dir:
            return None  # --record needs the raw answer: the backend re-grounds it from its cache
        key = self._key(article)
        hit = self.cache.get(key) if key else None
        if hit is None:
            return None
        self.hits += 1
        # metadata may differ between runs of the same text (path, source): refresh it
        return hit.model_copy(update={"article": article.meta(), "removed": list(article.removed)})

    def _store(self, article: Article, ext: Extraction) -> None:
        key = self._key(article)
        if key:
            self.cache.put(key, ext)

    def extract(self, article: Article) -> Extraction:
        hit = self._cached(article)
        if hit is not None:
            return hit
        t0 = time.perf_counter()
        result = self.backend.extract(article)
        ext = build(article, result, self.backend, time.perf_counter() - t0, self.config)
        self._store(article, ext)
        return ext

    def extract_within_budget(self, article: Article) -> Extraction:
        """`extract` stopped after `config.article_timeout` seconds (batches use this; a single
        call or an evaluation does not, so its result never depends on the machine's load)."""
        return run_with_budget(lambda: self.extract(article), self.config.article_timeout)

    async def aextract(self, article: Article) -> Extraction:
        hit = self._cached(article)
        if hit is not None:
            return hit
        t0 = time.perf_counter()
        if hasattr(self.backend, "aextract"):
            result = await self.backend.aextract(article)
        else:
            result = await asyncio.to_thread(self.backend.extract, article)
        ext = await asyncio.to_thread(build, article, result, self.backend, time.perf_counter() - t0, self.config)
        self._store(article, ext)
        return ext

    async def aextract_within_budget(self, article: Article) -> Extraction:
        budget = self.config.article_timeout or None
        try:
            return await asyncio.wait_for(self.aextract(article), budget)
        except asyncio.TimeoutError:
            raise ArticleTimeout(timeout_message(budget or 0)) from None


def _as_article(text_or_path: Union[str, Path, Article], published) -> Article:
    if isinstance(text_or_path, Article):
        return text_or_path
    candidate = str(text_or_path)
    if isinstance(text_or_path, Path) or _looks_like_path(candidate):
        results = list(load_articles(candidate, published=published))
        if len(results) != 1:
            raise InputError(candidate, f"holds {len(results)} articles; use extract_many for several")
        if isinstance(results[0], InputError):
            raise results[0]
        return results[0]
    return make_article(candidate, path=None, published=published)


def _looks_like_path(candidate: str) -> bool:
    """A short single line that exists, or names an article file, is a path, not text."""
    if "\n" in candidate or len(candidate) > 4096:
        return False
    if Path(candidate).exists():
        return True
    return " " not in candidate.strip() and Path(candidate).suffix.lower() in ARTICLE_SUFFIXES


def _split_backend(backend, options: dict):
    """`backend` may name a backend (as on the command line) or be a Backend object."""
    if isinstance(backend, str):
        return None, {**options, "backend": backend}
    return backend, options


def extract(text_or_path: Union[str, Path, Article], *, config: Config | None = None,
            backend: Backend | str | None = None, **options) -> Extraction:
    """Extract one article given as text, a file path or an Article.

    `options` are Config settings (backend="rules", model=..., base_url=..., published=...).
    """
    backend, options = _split_backend(backend, options)
    config = config or load_config(**options)
    article = _as_article(text_or_path, config.published)
    return Extractor(config, backend).extract(article)


def extract_many(paths: Iterable[Union[str, Path]] | str | Path, *, config: Config | None = None,
                 backend: Backend | str | None = None, out: Union[str, Path, None] = None,
                 resume: bool = False, progress: bool = False, report: BatchReport | None = None,
                 **options) -> Iterator[Outcome]:
    """Extract every article under `paths`, yielding an Extraction or a Failure for each.

    With `out`, each Extraction is written to that JSONL file as soon as it is done (see
    `output.RecordSink`: nothing replaces `out` until the batch ends); with `resume`,
    articles whose id is already in `out` are skipped and new ones appended. Options and
    `out` are checked, and `out` locked, before any article is read. `report` (a
    BatchReport) is filled in with skipped files, cache hits and records written.
    """
    backend, options = _split_backend(backend, options)
    config = config or load_config(**options)
    report = report if report is not None else BatchReport()
    paths = [str(paths)] if isinstance(paths, (str, Path)) else [str(p) for p in paths]
    sink = RecordSink(out, resume=resume) if out else None
    if sink is not None:
        from .output import refuse_overwriting_inputs

        refuse_overwriting_inputs(out, paths)
    extractor = Extractor(config, backend)
    done = sink.open() if sink is not None else set()
    complete = False
    try:
        loads = LoadReport(exclude=sink.reserved() if sink is not None else set())
        loaded = list(load_articles(paths, published=config.published, report=loads))
        report.skipped += loads.skipped
        articles = [a for a in loaded if isinstance(a, Article) and a.id not in done]
        yield from (Failure(e.path, e.problem) for e in loaded if isinstance(e, InputError))
        with _progress(progress, len(articles)) as advance:
            for outcome in _run(extractor, articles):
                if sink is not None and isinstance(outcome, Extraction):
                    sink.write(outcome.model_dump_json())
                    report.written = sink.written
                report.cached = extractor.hits
                advance()
                yield outcome
        complete = True
    finally:
        if sink is not None:
            sink.close(complete)
            report.notes += [n for n in sink.notes if n not in report.notes]


def _run(extractor: Extractor, articles: list[Article]) -> Iterator[Outcome]:
    if extractor.config.concurrency > 1 and hasattr(extractor.backend, "aextract"):
        yield from _run_async(extractor, articles)
        return
    for article in articles:
        yield _safely(extractor.extract_within_budget, article)


def _safely(fn, article: Article) -> Outcome:
    try:
        return fn(article)
    except Exception as exc:  # one bad article must not sink the batch
        return failure_of(article, exc)


def _run_async(extractor: Extractor, articles: list[Article]) -> Iterator[Outcome]:
    """Run up to `concurrency` articles at once on an event loop in a worker thread;
    yield outcomes in completion order as they arrive."""
    import queue
    import threading

    results: "queue.Queue[Outcome | None]" = queue.Queue(maxsize=extractor.config.concurrency * 2)

    async def one(sem: asyncio.Semaphore, article: Article) -> None:
        try:
            outcome: Outcome = await extractor.aextract_within_budget(article)
        except Exception as exc:
            outcome = failure_of(article, exc)
        finally:
            sem.release()
        await asyncio.to_thread(results.put, outcome)

    async def main() -> None:
        # acquire before creating each task, so at most `concurrency` exist at once and
        # memory stays flat however large the batch
        sem = asyncio.Semaphore(extractor.config.concurrency)
        tasks: set[asyncio.Task] = set()
        for article in articles:
            await sem.acquire()
            task = asyncio.create_task(one(sem, article))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.gather(*tasks)

    def worker() -> None:
        try:
            asyncio.run(main())
        finally:
            results.put(None)

    thread = threading.Thread(target=worker, daemon=True)
    thread.start()
    while (item := results.get()) is not None:
        yield item
    thread.join()


class _progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, enabled: bool, total: int):
        self.enabled, self.total = enabled, total

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                             TimeElapsedColumn(), console=Console(stderr=True), transient=False)
        self._bar.start()
        task = self._bar.add_task("extract", total=self.total)
        return lambda: self._bar.advance(task)

    def __exit__(self, *exc):
        if self.enabled:
            self._bar.stop()
        return False
