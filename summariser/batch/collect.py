"""`collect`: download each finished batch's results, turn every answer into the draft the
online path would have parsed, ground it with the same code, and append one Extraction per
article to the records JSONL.

Streamed: each result file is read line by line and an article is grounded and written as
soon as all its chunks have an answer, so memory does not grow with a part's results.

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

from ..articles import make_article
from ..backends.answers import ChunkAnswer, request_hash
from ..backends.llm import ArticleDraft, Meter, answer_text, stated_numbers
from ..pipeline import build
from .manifest import Manifest, Part, write_atomic
from .requests import BATCH_DISCOUNT, split_custom_id

if TYPE_CHECKING:
    from ..articles import Article
    from ..backends.openai_compat import OpenAIBackend
    from ..config import Config
    from ..records import Extraction
    from .client import BatchClient


@dataclass
class Collected:
    written: int = 0
    skipped: int = 0  # already in the records file
    pending: int = 0  # parts whose batch has not finished
    failures: list[dict[str, Any]] = field(default_factory=list)


class DraftError(ValueError):
    """A result line that gives no usable draft."""


def collect(manifest: Manifest, client: "BatchClient", backend: "OpenAIBackend",
            advance: Callable[[int], None] = lambda n: None) -> Collected:
    done = _ids_in(Path(manifest.out))
    report = Collected()
    config = _batch_priced(backend.config)
    with open(manifest.out, "a", encoding="utf-8") as sink:
        for part in manifest.parts:
            if not part.terminal:
                report.pending += 1
                continue
            if not part.collected:
                _Part(manifest, part, backend, config, done, sink, report).collect(client)
                part.collected = True
                manifest.save()  # only after its records are flushed: a crash re-collects it
            advance(part.count)
    report.failures = [f for p in manifest.parts for f in p.failures if f["article_id"] not in done]
    _write_failed(manifest, report.failures)
    return report


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
    an article is grounded and written as soon as all its chunks have an answer, so memory
    holds the answers of articles still waiting for a chunk (and the part's article index:
    id -> byte offset), not the part's results."""

    def __init__(self, manifest: Manifest, part: Part, backend: "OpenAIBackend", config: "Config",
                 done: set[str], sink: IO[str], report: Collected):
        self.manifest, self.part, self.backend, self.config = manifest, part, backend, config
        self.done, self.sink, self.report = done, sink, report
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
                self._finish(article_id, final=True)
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

    def _finish(self, article_id: str, final: bool = False) -> None:
        """Ground and write the article, or list it as failed; `final`: no more answers come."""
        offset = self.offsets.pop(article_id, None)
        if offset is None:
            return
        results = self.waiting.pop(article_id, {})
        self.rows.seek(offset)
        row = json.loads(self.rows.readline())
        article = make_article(row["text"], path=row.get("path"), source=row.get("source"),
                               title=row.get("title"), url=row.get("url"), published=row.get("published"))
        if article.id in self.done:
            self.report.skipped += 1
            return
        try:
            ext = _extraction(article, self.manifest.articles[article.id], results, self.failures,
                              self.backend, self.config, self.part)
        except DraftError as exc:
            self.part.failures.append({"article_id": article.id, "path": article.path, "reason": str(exc),
                                       "row": row})
            return
        self.sink.write(ext.model_dump_json() + "\n")
        self.done.add(article.id)
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


def _extraction(article: "Article", custom_ids: list[str], results: dict[str, Any], failures: dict[str, str],
                backend: "OpenAIBackend", config: "Config", part: Part) -> "Extraction":
    """The online path's own steps from here: its per-chunk answers, `_result` (grounding,
    the rules cross-check, --record) and `build`."""
    answers = []
    ends = dict(backend._chunks(article))
    for cid in custom_ids:
        if cid in failures:
            raise DraftError(failures[cid])
        if cid not in results:
            raise DraftError(f"no result for {cid} (batch {part.batch_id} {part.status})")
        start = split_custom_id(cid)[1]
        text = article.text[start:ends.get(start)]
        meter = Meter()
        draft = _draft(results[cid], text, meter, cid)
        answers.append(ChunkAnswer(start, start + len(text), request_hash(backend.request_fields(), text),
                                   draft.model_dump(mode="json", exclude_none=True),
                                   meter.usage().model_dump(exclude_none=True), list(meter.notes)))
    return build(article, backend._result(article, answers), backend, 0.0, config)


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


def _draft(body: Any, text: str, meter: Meter, cid: str) -> ArticleDraft:
    """The answer as the online path parses it; when only the number check fails, the answer
    is kept as the online path's salvage keeps it (grounding drops unstated numbers)."""
    from openai.types.chat import ChatCompletion

    try:
        completion = ChatCompletion.model_validate(body)
    except ValueError as exc:
        raise DraftError(f"result {cid} is not a chat completion: {str(exc)[:200]}") from exc
    if completion.choices and completion.choices[0].finish_reason == "length":
        raise DraftError(f"result {cid} was cut off at max_tokens (finish_reason=length)")
    meter.on_response(completion)
    raw = answer_text(completion) or ""
    try:
        with stated_numbers(text):
            return ArticleDraft.model_validate_json(raw)
    except ValueError as first:
        try:
            draft = ArticleDraft.model_validate_json(raw)
        except ValueError:
            raise DraftError(f"result {cid} does not fit the schema: {' '.join(str(first).split())[:200]}") from first
        meter.notes.append(f"kept the batch answer without a re-ask: {' '.join(str(first).split())[:200]}")
        return draft


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
