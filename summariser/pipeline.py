"""The pipeline: article -> backend -> grounding -> Extraction, one at a time or in batches.

Every backend's answer goes through `grounding.enforce` before it becomes an
Extraction, so no number or span reaches the output unless the article supports it.
Batches write each article's JSONL line as soon as it is done (append + flush) and
report failed articles without losing the others.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator, Union

from . import grounding
from .articles import JSON_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, Article, load_articles, make_article
from .backends import Backend, BackendResult, get_backend
from .cache import ResponseCache
from .config import Config, load_config
from .errors import InputError, one_line
from .language import language_warning
from .records import Extraction, Usage


@dataclass(frozen=True)
class Failure:
    """An article (or input) that produced no Extraction, and why."""

    path: str
    error: str


Outcome = Union[Extraction, Failure]
ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES


def build(article: Article, result: BackendResult, backend: Backend, elapsed: float, config: Config) -> Extraction:
    """Assemble the Extraction from a grounded backend result."""
    result = grounding.enforce(result, article)
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

    async def aextract(self, article: Article) -> Extraction:
        hit = self._cached(article)
        if hit is not None:
            return hit
        t0 = time.perf_counter()
        if hasattr(self.backend, "aextract"):
            result = await self.backend.aextract(article)
        else:
            result = await asyncio.to_thread(self.backend.extract, article)
        ext = build(article, result, self.backend, time.perf_counter() - t0, self.config)
        self._store(article, ext)
        return ext


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
                 resume: bool = False, progress: bool = False, **options) -> Iterator[Outcome]:
    """Extract every article under `paths`, yielding an Extraction or a Failure for each.

    With `out`, each Extraction is appended to that JSONL file as soon as it is done;
    with `resume`, articles whose id is already in `out` are skipped.
    """
    backend, options = _split_backend(backend, options)
    config = config or load_config(**options)
    extractor = Extractor(config, backend)
    done = _ids_in(out) if (resume and out) else set()
    loaded = list(load_articles(paths, published=config.published))
    articles = [a for a in loaded if isinstance(a, Article) and a.id not in done]
    failures = [Failure(e.path, str(e)) for e in loaded if isinstance(e, InputError)]
    yield from failures
    sink = open(out, "a", encoding="utf-8") if out else None
    try:
        with _progress(progress, len(articles)) as advance:
            for outcome in _run(extractor, articles):
                if sink is not None and isinstance(outcome, Extraction):
                    _append(sink, outcome)
                advance()
                yield outcome
    finally:
        if sink is not None:
            sink.close()


def _run(extractor: Extractor, articles: list[Article]) -> Iterator[Outcome]:
    if extractor.config.concurrency > 1 and hasattr(extractor.backend, "aextract"):
        yield from _run_async(extractor, articles)
        return
    for article in articles:
        yield _safely(extractor.extract, article)


def _safely(fn, article: Article) -> Outcome:
    try:
        return fn(article)
    except Exception as exc:  # one bad article must not sink the batch
        return Failure(article.path or article.id, one_line(exc))


def _run_async(extractor: Extractor, articles: list[Article]) -> Iterator[Outcome]:
    """Run up to `concurrency` articles at once on an event loop in a worker thread;
    yield outcomes in completion order as they arrive."""
    import queue
    import threading

    results: "queue.Queue[Outcome | None]" = queue.Queue(maxsize=extractor.config.concurrency * 2)

    async def one(sem: asyncio.Semaphore, article: Article) -> None:
        try:
            outcome: Outcome = await extractor.aextract(article)
        except Exception as exc:
            outcome = Failure(article.path or article.id, one_line(exc))
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


def _append(sink: IO[str], ext: Extraction) -> None:
    sink.write(ext.model_dump_json() + "\n")
    sink.flush()


def _ids_in(path: Union[str, Path]) -> set[str]:
    p = Path(path)
    if not p.exists():
        return set()
    ids = set()
    for line in p.read_text(encoding="utf-8").splitlines():
        try:
            ids.add(json.loads(line)["article"]["id"])
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by an interruption
    return ids


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
