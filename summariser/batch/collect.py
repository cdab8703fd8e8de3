"""`collect`: download each finished batch's results, turn every answer into the draft the
online path would have parsed, ground it with the same code, and append one Extraction per
article to the records JSONL.

Streamed: each result file is read line by line and an article is grounded and written as
soon as all its chunks have an answer, so memory does not grow with a part's results. The
grounding (the online path's CPU) runs in `--workers` processes, the pool `summarise extract`
uses (`batch.ground`); records are written in the same order whatever the number of workers.
Nothing that grows with the number of articles is held in memory: each article's part, row
offset and custom_ids, the ids already written and the failures are looked up in and added
to the run's database (`state.py`); memory holds the answers of articles still waiting for a
chunk and the bounded window of articles being grounded.

Idempotent: articles already in the records file are skipped, parts already collected are
not downloaded again, and failures are kept in the database. Failures (expired or failed
batches, failed request lines, malformed result lines, answers that do not fit the schema)
are written as `<out>.batch/failed.jsonl`, an input file for a normal re-run:
`summarise extract <out>.batch/failed.jsonl --resume --out <out>`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterator

from ..workers import GroundingPool, cores
from .ground import Grounder, Job, Outcome
from .manifest import Manifest, Part, write_lines_atomic
from .requests import BATCH_DISCOUNT, split_custom_id
from .state import Failure, Located, RunState

if TYPE_CHECKING:
    from ..backends.openai_compat import OpenAIBackend
    from ..config import Config
    from .client import BatchClient

# with --workers unset, below this many articles to collect the pool's start (~1 s a worker)
# costs more than it saves
POOL_FROM = 200
SHOWN = 50  # failures kept in memory for the table; all of them are in failed.jsonl


@dataclass
class Collected:
    written: int = 0
    skipped: int = 0  # already in the records file
    pending: int = 0  # parts whose batch has not finished
    failed: int = 0  # articles with no record (in failed.jsonl), not counting malformed lines
    malformed: int = 0  # result lines that could not be read (listed, pinned on no article)
    shown: list[Failure] = field(default_factory=list)  # the first SHOWN failures of either kind

    @property
    def failures(self) -> int:
        return self.failed + self.malformed


def collect(manifest: Manifest, client: "BatchClient", backend: "OpenAIBackend",
            advance: Callable[[int], None] = lambda n: None, workers: int | None = None) -> Collected:
    """Collect every finished part; `workers`: grounding processes (None: the cores, for runs
    of at least POOL_FROM articles; 0: ground in this process)."""
    out, state = Path(manifest.out), manifest.state
    _end_line(out)
    state.sync_written(out)
    report = Collected()
    config = _batch_priced(backend.config)
    pool = _pool(manifest, workers)
    try:
        with open(out, "a", encoding="utf-8") as sink:
            for part in manifest.parts:
                if not part.terminal:
                    report.pending += 1
                    continue
                if not part.collected:
                    _Part(manifest, part, backend, config, pool, sink, report).collect(client)
                    part.collected = True
                    manifest.save()  # only after its records and state are committed
                advance(part.count)
    finally:
        if pool is not None:
            pool.close()
    _write_failed(manifest, report)
    return report


def _end_line(out: Path) -> None:
    """A records file cut short in the middle of a line (a crash) gets its newline, so the
    next record is not glued to the torn one (which stays, skipped, as an unreadable line)."""
    if not out.exists() or out.stat().st_size == 0:
        return
    with open(out, "rb+") as fh:
        fh.seek(-1, os.SEEK_END)
        if fh.read(1) != b"\n":
            fh.write(b"\n")


def _pool(manifest: Manifest, workers: int | None) -> GroundingPool | None:
    to_collect = sum(p.count for p in manifest.parts if p.terminal and not p.collected)
    if workers is None:
        workers = cores() if to_collect >= POOL_FROM else 0
    return GroundingPool(workers) if workers > 0 and to_collect else None


def _batch_priced(config: "Config") -> "Config":
    def half(price: float | None) -> float | None:
        return None if price is None else price * BATCH_DISCOUNT

    return replace(config, price_in=half(config.price_in), price_out=half(config.price_out))


class _Part:
    """One finished part, collected as a stream: the result files are read line by line and
    an article is sent to be grounded as soon as all its chunks have an answer. Memory holds
    the answers of articles still waiting for a chunk and the articles being grounded (a
    bounded window); where each article is, its custom_ids, which articles are done and which
    requests failed are in the run's database, in this part's transaction."""

    def __init__(self, manifest: Manifest, part: Part, backend: "OpenAIBackend", config: "Config",
                 pool: GroundingPool | None, sink: IO[str], report: Collected):
        self.manifest, self.part, self.state = manifest, part, manifest.state
        self.sink, self.report = sink, report
        self.grounder = Grounder(backend, config, pool, self._write)
        self.waiting: dict[str, dict[str, Any]] = {}  # article id -> {custom_id: body}

    def collect(self, client: "BatchClient") -> None:
        self.state.begin_part(self.part.index)
        articles = self.manifest.file(self.part.articles)
        with open(articles, "rb") as rows:
            self.rows = rows
            # failed lines first (few), so an article with a failed chunk fails at once
            for kind in ("errors", "output"):
                local = self._download(client, kind)
                if local is None:
                    continue
                for n, line in enumerate(_lines(local), 1):
                    self._read_line(line, n, local.name)
            with open(articles, "rb") as every:  # articles with a chunk never answered
                for row in every:
                    if row.strip():
                        self._finish(json.loads(row)["id"])
            self.grounder.drain()
        self.sink.flush()
        os.fsync(self.sink.fileno())
        self.state.account(Path(self.manifest.out))
        self.state.commit()

    def _download(self, client: "BatchClient", kind: str) -> Path | None:
        file_id = self.part.output_file_id if kind == "output" else self.part.error_file_id
        if not file_id:
            return None
        local = self.manifest.file(self.part.requests.replace(".requests.", f".{kind}."))
        if not local.exists():
            client.download(file_id, local)
        return local

    def _read_line(self, line: str, n: int, name: str) -> None:
        """One result line: an answer waits for its article's other chunks; a failed request
        finishes its article at once; a line with no custom_id is listed as malformed (the
        affected article shows up as "no result")."""
        cid, body, failure = parse_result(line)
        if cid is None:
            self._malformed(f"malformed result line {n} in {name}")
        elif failure is not None:
            self.state.fail_request(cid, failure)
            self._finish(split_custom_id(cid)[0])
        else:
            self._answer(cid, body)

    def _malformed(self, reason: str) -> None:
        self.state.add_failure(self.part.index, Failure(None, None, reason, None))

    def _locate(self, article_id: str) -> Located | None:
        """Where the article is, when it is one of this part's (else None)."""
        found = self.state.locate(article_id)
        return found if found is not None and found.part == self.part.index else None

    def _answer(self, cid: str, body: Any) -> None:
        article_id = split_custom_id(cid)[0]
        found = self._locate(article_id)
        if found is None or article_id not in self.waiting and self.state.is_finished(article_id):
            return  # not an article of this part, or already finished: nothing to ground
        self.waiting.setdefault(article_id, {})[cid] = body
        if len(self.waiting[article_id]) == len(found.custom_ids):
            self._finish(article_id, found)

    def _finish(self, article_id: str, found: Located | None = None) -> None:
        """Send the article to be grounded with the answers it has (no more come for it)."""
        found = found or self._locate(article_id)
        if found is None or not self.state.finish(article_id):
            return
        results = self.waiting.pop(article_id, {})
        if self.state.is_written(article_id):
            self.report.skipped += 1
            return
        self.rows.seek(found.offset)
        row = json.loads(self.rows.readline())
        self.grounder.send(Job(row, found.custom_ids, results, self.state.failed_requests(found.custom_ids),
                               f"{self.part.batch_id} {self.part.status}"))

    def _write(self, job: Job, outcome: Outcome) -> None:
        """An article's outcome, in the order the articles were sent."""
        if self.state.is_written(outcome.article_id):
            self.report.skipped += 1
        elif outcome.line is None:
            self.state.add_failure(self.part.index, Failure(outcome.article_id, job.row.get("path"),
                                                            outcome.error or "no record", job.row))
        else:
            self.sink.write(outcome.line + "\n")
            self.state.mark_written(outcome.article_id)
            self.report.written += 1


def parse_result(line: str) -> tuple[str | None, Any, str | None]:
    """(custom_id, response body, why the request failed) of one result line; custom_id None
    for a line that cannot be read."""
    try:
        obj = json.loads(line)
        cid = obj["custom_id"]
        if not isinstance(cid, str):
            raise TypeError(cid)
    except (ValueError, KeyError, TypeError):
        return None, None, None
    response, error = obj.get("response") or {}, obj.get("error")
    if error or response.get("status_code") != 200:
        message = (error or {}).get("message") or (response.get("body") or {}).get("error", {}).get("message")
        return cid, None, f"request {cid} failed: {message or response.get('status_code')}"
    return cid, response.get("body"), None


def _lines(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield line


def _write_failed(manifest: Manifest, report: Collected) -> Path:
    """`failed.jsonl`, streamed from the database: the input row of every article that has
    no record; counts and the first SHOWN failures go into `report`."""
    path = manifest.folder / "failed.jsonl"
    write_lines_atomic(path, _failed_rows(manifest.state, report))
    return path


def _failed_rows(state: RunState, report: Collected) -> Iterator[str]:
    for failure in state.failures():
        if failure.article_id is None:
            report.malformed += 1
        else:
            report.failed += 1
        if len(report.shown) < SHOWN:
            report.shown.append(failure)
        if failure.row:
            yield json.dumps({k: v for k, v in failure.row.items() if k != "id"}, ensure_ascii=False) + "\n"
