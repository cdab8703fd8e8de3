"""The pipeline: article -> backend -> grounding -> Extraction, one at a time or in batches.

Every backend's answer goes through `grounding.enforce` before it becomes an
Extraction, so no number or span reaches the output unless the article supports it.
Batches write each article's JSONL line as soon as it is done (through
`output.RecordSink`: a locked temporary file renamed into place, or appended with
`resume`), give each article a time budget, and report failed articles without losing
the others (`streaming.py` runs them, one at a time or concurrently). A `BatchReport` tells
the caller what was skipped, cached and written.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Generator, Iterable, Iterator, Union, cast

from . import grounding
from .articles import ARTICLE_SUFFIXES, Article, LoadReport, load_articles, make_article
from .backends import Backend, BackendResult, get_backend
from .budget import run_with_budget, timeout_message
from .cache import ResponseCache
from .config import Config, load_config
from .errors import ArticleTimeout, InputError
from .language import language_warning
from .output import RecordSink
from .progress import Progress
from .records import Extraction, Origin, Usage
# Failure is part of this module's public API (docs/inputs.md): named here for type checkers too
from .streaming import Failure as Failure
from .streaming import Outcome, run
from .workers import Groundable, GroundingPool, poolable, resolved_workers


@dataclass
class BatchReport:
    """What a batch did besides its outcomes: filled in while `extract_many` runs."""

    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why) of files not read
    cached: int = 0  # extractions answered from the response cache
    written: int = 0  # records written to `out`
    notes: list[str] = field(default_factory=list)  # what the output repair did


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
        self._pool: GroundingPool | None = None  # worker processes, started on first use

    def _key(self, article: Article) -> str | None:
        if self.cache is None or self.backend.name == "rules":
            return None  # rules is cheaper to rerun than to look up
        return self.cache.key(self.backend.identity(), article.text, str(article.published))

    def _cached(self, article: Article) -> Extraction | None:
        if self.config.record_dir:
            return None  # --record needs the raw answer: the backend re-grounds it from its cache
        key = self._key(article)
        hit = self.cache.get(key) if key and self.cache is not None else None
        if hit is None:
            return None
        self.hits += 1
        # metadata may differ between runs of the same text (path, source): refresh it
        return hit.model_copy(update={"article": article.meta(), "removed": list(article.removed)})

    def _store(self, article: Article, ext: Extraction) -> None:
        key = self._key(article)
        if key and self.cache is not None:
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
        if poolable(self.backend, self.config):  # answers here, grounding in a worker process
            backend = cast(Groundable, self.backend)
            pool = self._grounding_pool()  # starts the workers while the first requests are out
            answers = await backend.aanswers(article)
            if pool.ready():
                ext = await pool.ground(backend, self.config, article, answers, time.perf_counter() - t0)
                self._store(article, ext)
                return ext
            # the workers are still starting (~1.5 s): ground here, as --workers 0 does, rather
            # than hold the article's slot (the same Extraction: a test holds the two equal)
            result = await asyncio.to_thread(backend.ground_answers, article, answers)
        elif hasattr(self.backend, "aextract"):
            result = await self.backend.aextract(article)
        else:
            result = await asyncio.to_thread(self.backend.extract, article)
        ext = await asyncio.to_thread(build, article, result, self.backend, time.perf_counter() - t0, self.config)
        self._store(article, ext)
        return ext

    def _grounding_pool(self) -> GroundingPool:
        if self._pool is None:
            self._pool = GroundingPool(resolved_workers(self.config))
            self._pool.start()
        return self._pool

    def close(self) -> None:
        """Stop the worker processes, if any were started."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    async def aextract_within_budget(self, article: Article) -> Extraction:
        budget = self.config.article_timeout or None
        try:
            return await asyncio.wait_for(self.aextract(article), budget)
        except asyncio.TimeoutError:
            raise ArticleTimeout(timeout_message(budget or 0)) from None


def _as_article(text_or_path: Union[str, Path, Article], published: str | None) -> Article:
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


def _split_backend(backend: Backend | str | None, options: dict[str, Any]) -> tuple[Backend | None, dict[str, Any]]:
    """`backend` may name a backend (as on the command line) or be a Backend object."""
    if isinstance(backend, str):
        return None, {**options, "backend": backend}
    return backend, options


def extract(text_or_path: Union[str, Path, Article], *, config: Config | None = None,
            backend: Backend | str | None = None, **options: Any) -> Extraction:
    """Extract one article given as text, a file path or an Article.

    `options` are Config settings (backend="rules", model=..., base_url=..., published=...).
    """
    chosen, options = _split_backend(backend, options)
    config = config or load_config(**options)
    article = _as_article(text_or_path, config.published)
    return Extractor(config, chosen).extract(article)


def extract_many(paths: Iterable[Union[str, Path]] | str | Path, *, config: Config | None = None,
                 backend: Backend | str | None = None, out: Union[str, Path, None] = None,
                 resume: bool = False, progress: bool = False, report: BatchReport | None = None,
                 **options: Any) -> Generator[Outcome, None, None]:
    """Extract every article under `paths`, yielding an Extraction or a Failure for each.

    Articles are read, extracted and written as a stream: memory does not grow with the
    number of articles, and the first result comes as soon as the first article is done.
    With `out`, each Extraction is written to that JSONL file as soon as it is done (see
    `output.RecordSink`: nothing replaces `out` until the batch ends); with `resume`,
    articles whose id is already in `out` are skipped and new ones appended. Options and
    `out` are checked, and `out` locked, before any article is read. `report` (a
    BatchReport) is filled in with skipped files, cache hits and records written.
    """
    chosen, options = _split_backend(backend, options)
    config = config or load_config(**options)
    report = report if report is not None else BatchReport()
    names = [str(paths)] if isinstance(paths, (str, Path)) else [str(p) for p in paths]
    sink = RecordSink(out, resume=resume) if out else None
    if sink is not None and out is not None:
        from .output import refuse_overwriting_inputs

        refuse_overwriting_inputs(out, names)
    extractor = Extractor(config, chosen)
    done = sink.open() if sink is not None else set()
    complete = False
    loads = LoadReport(exclude=sink.reserved() if sink is not None else set())
    try:
        with Progress(progress, names, loads.exclude) as bar:
            inputs = _inputs(names, config, loads, done, bar.advance)
            for outcome in run(extractor, inputs):
                if sink is not None and isinstance(outcome, Extraction):
                    sink.write(outcome.model_dump_json())
                    report.written = sink.written
                report.cached = extractor.hits
                bar.advance()
                yield outcome
        complete = True
    finally:
        report.skipped += loads.skipped
        extractor.close()
        if sink is not None:
            sink.close(complete)
            report.notes += [n for n in sink.notes if n not in report.notes]


def _inputs(names: list[str], config: Config, loads: LoadReport, done: set[str],
            resumed: Callable[[], None]) -> Iterator[Article | Failure]:
    """The articles still to do, and a Failure for each input that could not be read, in
    input order, read lazily (one article in memory at a time)."""
    for item in load_articles(names, published=config.published, report=loads):
        if isinstance(item, InputError):
            yield Failure(item.path or "?", item.problem)
        elif item.id in done:
            resumed()  # already in --out: counts as done on the progress bar
        else:
            yield item
