"""`collect`: download each finished batch's results, turn every answer into the draft the
online path would have parsed, ground it with the same code, and append one Extraction per
article to the records JSONL.

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
from typing import TYPE_CHECKING, Callable

from ..articles import make_article
from ..backends.answers import ChunkAnswer, request_hash
from ..backends.llm import ArticleDraft, Meter, answer_text, stated_numbers
from ..output import ids_in
from ..pipeline import build
from .manifest import Manifest, Part, write_atomic
from .requests import BATCH_DISCOUNT, split_custom_id

if TYPE_CHECKING:
    from ..backends.openai_compat import OpenAIBackend
    from .client import BatchClient

@dataclass
class Collected:
    written: int = 0
    skipped: int = 0  # already in the records file
    pending: int = 0  # parts whose batch has not finished
    failures: list[dict] = field(default_factory=list)


class DraftError(ValueError):
    """A result line that gives no usable draft."""


def collect(manifest: Manifest, client: "BatchClient", backend: "OpenAIBackend",
            advance: Callable[[int], None] = lambda n: None) -> Collected:
    done = ids_in(manifest.out)
    report = Collected()
    config = _batch_priced(backend.config)
    with open(manifest.out, "a", encoding="utf-8") as sink:
        for part in manifest.parts:
            if not part.terminal:
                report.pending += 1
                continue
            if not part.collected:
                _collect_part(manifest, part, client, backend, config, done, sink, report)
                part.collected = True
                manifest.save()  # only after its records are flushed: a crash re-collects it
            advance(part.count)
    report.failures = [f for p in manifest.parts for f in p.failures if f["article_id"] not in done]
    _write_failed(manifest, report.failures)
    return report


def _batch_priced(config):
    half = lambda price: None if price is None else price * BATCH_DISCOUNT  # noqa: E731
    return replace(config, price_in=half(config.price_in), price_out=half(config.price_out))


def _collect_part(manifest, part: Part, client, backend, config, done: set, sink, report) -> None:
    results, failures = _results(manifest, part, client)
    part.failures = []
    for row in _rows(manifest.file(part.articles)):
        article = make_article(row["text"], path=row.get("path"), source=row.get("source"),
                               title=row.get("title"), url=row.get("url"), published=row.get("published"))
        if article.id in done:
            report.skipped += 1
            continue
        try:
            ext = _extraction(article, manifest.articles[article.id], results, failures, backend, config, part)
        except DraftError as exc:
            part.failures.append({"article_id": article.id, "path": article.path, "reason": str(exc),
                                  "row": row})
            continue
        sink.write(ext.model_dump_json() + "\n")
        done.add(article.id)
        report.written += 1
    sink.flush()
    part.failures += [{"article_id": None, "path": None, "reason": reason}
                      for key, reason in failures.items() if key.startswith("malformed:")]


def _extraction(article, custom_ids, results, failures, backend, config, part):
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


def _results(manifest, part: Part, client) -> tuple[dict, dict]:
    """custom_id -> response body, and custom_id -> failure reason, for one part."""
    results, failures = {}, {}
    for kind, file_id in (("output", part.output_file_id), ("errors", part.error_file_id)):
        if not file_id:
            continue
        local = manifest.file(part.requests.replace(".requests.", f".{kind}."))
        if not local.exists():
            client.download(file_id, local)
        for n, line in enumerate(_lines(local), 1):
            _read_line(line, n, local.name, results, failures)
    return results, failures


def _read_line(line: str, n: int, name: str, results: dict, failures: dict) -> None:
    try:
        obj = json.loads(line)
        cid = obj["custom_id"]
    except (ValueError, KeyError, TypeError):
        # no custom_id to pin it on: the affected article shows up as "no result"
        failures[f"malformed:{name}:{n}"] = f"malformed result line {n} in {name}"
        return
    response, error = obj.get("response") or {}, obj.get("error")
    if error or response.get("status_code") != 200:
        message = (error or {}).get("message") or (response.get("body") or {}).get("error", {}).get("message")
        failures[cid] = f"request {cid} failed: {message or response.get('status_code')}"
        return
    results[cid] = response.get("body")


def _draft(body, text: str, meter: Meter, cid: str) -> ArticleDraft:
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


def _lines(path: Path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield line


def _rows(path: Path):
    for line in _lines(path):
        yield json.loads(line)


def _write_failed(manifest: Manifest, failures: list[dict]) -> Path:
    path = manifest.folder / "failed.jsonl"
    rows = [json.dumps({k: v for k, v in f["row"].items() if k != "id"}, ensure_ascii=False)
            for f in failures if f.get("row")]
    write_atomic(path, "".join(r + "\n" for r in rows))
    return path
