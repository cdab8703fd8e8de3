"""`collect`: download each finished batch's results, turn every answer into the draft the
online path would have parsed, ground it with the same code, and append one Extraction per
article to the records JSONL.

Streamed: each result file is read line by line and an article is grounded and written as
soon as all its chunks have an answer, so memory does not grow with a part's results. The
grounding (the online path's CPU) runs in `--workers` processes, the pool `summarise extract`
uses (`batch.ground`); records are written in the same order whatever the number of workers.

Idempotent: articles already in the records file are skipped, parts already collected are
not downloaded again, and failures are kept in the manifest. Failures (expired or failed
batches, failed request lines, malformed result lines, answers that do not fit the schema)
are written as `<out>.batch/failed.jsonl`, an input file for a normal re-run:
`summarise extract <out>.batch/failed.jsonl --resume --out <out>`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterator

from ..workers import GroundingPool, cores
from .ground import Grounder, Job, Outcome
from .manifest import Manifest, Part, write_atomic
from .requests import BATCH_DISCOUNT, split_custom_id

if TYPE_CHECKING:
    from ..backends.openai_compat import OpenAIBackend
    from ..config import Config
    from .client import BatchClient

# with --workers unset, below this many articles to collect the pool's start (~1 s a worker)
# costs more than it saves
POOL_FROM = 200


@dataclass
class Collected:
    written: int = 0
    skipped: int = 0  # already in the records file
    pending: int = 0  # parts whose batch has not finished
    failures: list[dict[str, Any]] = field(default_factory=list)


def collect(manifest: Manifest, client: "BatchClient", backend: "OpenAIBackend",
            advance: Callable[[int], None] = lambda n: None, workers: int | None = None) -> Collected:
    """Collect every finished part; `workers`: grounding processes (None: the cores, for runs
    of at least POOL_FROM articles; 0: ground in this process)."""
    done = _ids_in(Path(manifest.out))
    report = Collected()
    config = _batch_priced(backend.config)
    pool = _pool(manifest, workers)
    try:
        with open(manifest.out, "a", encoding="utf-8") as sink:
            for part in manifest.parts:
                if not part.terminal:
                    report.pending += 1
                    continue
                if not part.collected:
                    _Part(manifest, part, backend, config, pool, done, sink, report).collect(client)
                    part.collected = True
                    manifest.save()  # only after its records are flushed: a crash re-collects it
                advance(part.count)
    finally:
        if pool is not None:
            pool.close()
    report.failures = [f for p in manifest.parts for f in p.failures if f["article_id"] not in done]
    _write_failed(manifest, report.failures)
    return report


def _pool(manifest: Manifest, workers: int | None) -> GroundingPool | None:
    to_collect = sum(p.count for p in manifest.parts if p.terminal and not p.collected)
    if workers is None:
        workers = cores() if to_collect >= POOL_FROM else 0
    return GroundingPool(workers) if workers > 0 and to_collect else None


def _batch_priced(config: "Config") -> "Config":
    def half(price: float | None) -> float | None:
        return None if price is None else price * BATCH_DISCOUNT

    return replace(config, price_in=half(config.price_in), price_out=half(config.price_out))


def _ids_in(path: Path) -> set[str]:
    """Article ids already in the records file, read line by line (the file can hold 100k
    records of a few kB each); torn or undecodable lines are skipped."""
    ids: set[str] = set()
    for line in _lines(path) if path.exists() else ():
        try:
            value = json.loads(line)["article"]["id"]
        except (ValueError, KeyError, TypeError):
            continue
        if isinstance(value, str):
            ids.add(value)
    return ids


class _Part:
    """One finished part, collected as a stream: the result files are read line by line and
    an article is sent to be grounded as soon as all its chunks have an answer, so memory
    holds the answers of articles still waiting for a chunk, the articles being grounded
    (a bounded window) and the part's article index (id -> byte offset), not its results."""

    def __init__(self, manifest: Manifest, part: Part, backend: "OpenAIBackend", config: "Config",
                 pool: GroundingPool | None, done: set[str], sink: IO[str], report: Collected):
        self.manifest, self.part = manifest, part
        self.done, self.sink, self.report = done, sink, report
        self.grounder = Grounder(backend, config, pool, self._write)
        self.waiting: dict[str, dict[str, Any]] = {}  # article id -> {custom_id: body}
        self.failures: dict[str, str] = {}  # custom_id (or "malformed:...") -> reason
        self.offsets: dict[str, int] = {}  # article id -> its row's offset in the articles file

    def collect(self, client: "BatchClient") -> None:
        self.part.failures = []
        articles = self.manifest.file(self.part.articles)
        with open(articles, "rb") as rows:
            self.offsets = _offsets(rows)
            self.rows = rows
            # failed lines first (few), so an article with a failed chunk fails at once
            for kind in ("errors", "output"):
                local = self._download(client, kind)
                if local is None:
                    continue
                for n, line in enumerate(_lines(local), 1):
                    cid = _read_line(line, n, local.name, self.failures, self._answer)
                    if cid is not None and cid in self.failures:
                        self._finish(split_custom_id(cid)[0])
            for article_id in list(self.offsets):  # articles with a chunk never answered
                self._finish(article_id)
            self.grounder.drain()
        self.sink.flush()
        self.part.failures += [{"article_id": None, "path": None, "reason": reason}
                               for key, reason in self.failures.items() if key.startswith("malformed:")]

    def _download(self, client: "BatchClient", kind: str) -> Path | None:
        file_id = self.part.output_file_id if kind == "output" else self.part.error_file_id
        if not file_id:
            return None
        local = self.manifest.file(self.part.requests.replace(".requests.", f".{kind}."))
        if not local.exists():
            client.download(file_id, local)
        return local

    def _answer(self, cid: str, body: Any) -> None:
        article_id = split_custom_id(cid)[0]
        if article_id not in self.offsets:
            return  # not an article of this part (or already finished): nothing to ground
        self.waiting.setdefault(article_id, {})[cid] = body
        if len(self.waiting[article_id]) == len(self.manifest.articles.get(article_id, ())):
            self._finish(article_id)

    def _finish(self, article_id: str) -> None:
        """Send the article to be grounded with the answers it has (no more come for it)."""
        offset = self.offsets.pop(article_id, None)
        if offset is None:
            return
        results = self.waiting.pop(article_id, {})
        if article_id in self.done:
            self.report.skipped += 1
            return
        self.rows.seek(offset)
        row = json.loads(self.rows.readline())
        custom_ids = self.manifest.articles[article_id]
        self.grounder.send(Job(row, custom_ids, results, {c: self.failures[c] for c in custom_ids
                                                           if c in self.failures},
                               f"{self.part.batch_id} {self.part.status}"))

    def _write(self, job: Job, outcome: Outcome) -> None:
        """An article's outcome, in the order the articles were sent."""
        if outcome.article_id in self.done:
            self.report.skipped += 1
        elif outcome.line is None:
            self.part.failures.append({"article_id": outcome.article_id, "path": job.row.get("path"),
                                       "reason": outcome.error, "row": job.row})
        else:
            self.sink.write(outcome.line + "\n")
            self.done.add(outcome.article_id)
            self.report.written += 1


def _offsets(rows: IO[bytes]) -> dict[str, int]:
    """Article id -> byte offset of its row in a part's articles file."""
    offsets: dict[str, int] = {}
    position = rows.tell()
    for line in iter(rows.readline, b""):
        if line.strip():
            offsets[json.loads(line)["id"]] = position
        position += len(line)
    return offsets


def _read_line(line: str, n: int, name: str, failures: dict[str, str],
               answer: Callable[[str, Any], None]) -> str | None:
    """One result line: its answer goes to `answer`, a failure into `failures`; the custom_id."""
    try:
        obj = json.loads(line)
        cid = obj["custom_id"]
        if not isinstance(cid, str):
            raise TypeError(cid)
    except (ValueError, KeyError, TypeError):
        # no custom_id to pin it on: the affected article shows up as "no result"
        failures[f"malformed:{name}:{n}"] = f"malformed result line {n} in {name}"
        return None
    response, error = obj.get("response") or {}, obj.get("error")
    if error or response.get("status_code") != 200:
        message = (error or {}).get("message") or (response.get("body") or {}).get("error", {}).get("message")
        failures[cid] = f"request {cid} failed: {message or response.get('status_code')}"
        return cid
    answer(cid, response.get("body"))
    return cid


def _lines(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield line


def _write_failed(manifest: Manifest, failures: list[dict[str, Any]]) -> Path:
    path = manifest.folder / "failed.jsonl"
    rows = [json.dumps({k: v for k, v in f["row"].items() if k != "id"}, ensure_ascii=False)
            for f in failures if f.get("row")]
    write_atomic(path, "".join(r + "\n" for r in rows))
    return path
