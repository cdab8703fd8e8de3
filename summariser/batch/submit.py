"""`submit`: write the part files, upload them and start one batch per part.

Each step is recorded in the manifest as soon as it is done, so running `submit` again
after a crash carries on where it stopped (parts already uploaded are not uploaded again,
batches already created are not created again).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from .manifest import SETTINGS, Manifest, Part
from .state import RunState
from .requests import MAX_BYTES, MAX_REQUESTS, ArticleRequests, LineTemplate, article_requests, parts

if TYPE_CHECKING:
    from ..articles import Article
    from ..backends.openai_compat import OpenAIBackend
    from ..config import Config
    from .client import BatchClient


def new_manifest(out: str | Path, config: "Config") -> Manifest:
    settings = {name: getattr(config, name) for name in SETTINGS}
    path = Manifest.path_for(out)
    return Manifest(path=path, out=str(out), settings=settings)


def write_parts(manifest: Manifest, backend: "OpenAIBackend", articles: Iterable["Article"],
                max_requests: int = MAX_REQUESTS, max_bytes: int = MAX_BYTES,
                advance: Callable[[int], None] = lambda n: None) -> Manifest:
    """Write `<out>.batch/part-NNN.requests.jsonl` (+ `.articles.jsonl`) for every article,
    streamed; an article seen twice (same cleaned text) is requested once. A part enters the
    manifest once both its files are complete."""
    manifest.folder.mkdir(parents=True, exist_ok=True)
    template = LineTemplate(backend)
    requests = (article_requests(backend, a, template) for a in _unique(articles, manifest.state))
    first, writer = len(manifest.parts), None
    for offset, req in parts(requests, max_requests, max_bytes):
        if writer is None or writer.part.index != first + offset:
            if writer is not None:
                writer.close(manifest)
            writer = _PartWriter(manifest, first + offset)
        writer.add(req)
        advance(len(req.lines))
    if writer is not None:
        writer.close(manifest)
    manifest.complete = True
    manifest.save()
    return manifest


def _unique(articles: Iterable["Article"], state: RunState) -> Iterable["Article"]:
    """Articles not yet in the run: the check is a lookup in the run's database, where each
    article is added as soon as it is written (so a repeat within one input is seen too)."""
    for article in articles:
        if not state.has_article(article.id):
            yield article


class _PartWriter:
    """The two files of one part, written line by line, and its articles in the run's
    database, in one transaction committed just before the manifest lists the part."""

    def __init__(self, manifest: Manifest, index: int):
        stem = manifest.folder.name
        self.part = Part(index=index, requests=f"{stem}/part-{index:03d}.requests.jsonl",
                         articles=f"{stem}/part-{index:03d}.articles.jsonl", count=0, bytes=0)
        self.state = manifest.state
        self.state.begin()
        self._requests = open(manifest.file(self.part.requests), "wb")
        self._articles = open(manifest.file(self.part.articles), "wb")
        self._offset = 0  # of the next row in the articles file

    def add(self, req: ArticleRequests) -> None:
        self._requests.writelines(req.lines)
        row = (json.dumps(article_row(req.article), ensure_ascii=False) + "\n").encode("utf-8")
        self._articles.write(row)
        self.state.add_article(req.article.id, self.part.index, self._offset, req.custom_ids)
        self._offset += len(row)
        self.part.count += len(req.lines)
        self.part.bytes += req.size

    def close(self, manifest: Manifest) -> None:
        for fh in (self._requests, self._articles):
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
        self.state.commit()  # a crash before the save below: the part's rows are dropped on open
        manifest.parts.append(self.part)
        manifest.save()


def article_row(article: "Article") -> dict[str, Any]:
    """The article as an input line `summarise extract` reads back (raw text + metadata):
    cleaning it again gives the same text, id and removed spans."""
    return {"id": article.id, "text": article.raw or article.text, "path": article.path,
            "source": article.source, "title": article.title, "url": article.url,
            "published": article.published.isoformat() if article.published else None}


def start_batches(manifest: Manifest, client: "BatchClient",
                  advance: Callable[[int], None] = lambda n: None) -> Manifest:
    """Upload every part not yet uploaded and create every batch not yet created."""
    for part in manifest.parts:
        if part.file_id is None:
            part.file_id = client.upload(manifest.file(part.requests))
            part.status = "uploaded"
            manifest.save()
        if part.batch_id is None:
            state = client.create(part.file_id, metadata={"summariser_part": str(part.index)})
            apply_state(part, state)
            manifest.save()
        advance(part.count)
    return manifest


def apply_state(part: Part, state: dict[str, Any]) -> None:
    part.batch_id = state["id"]
    part.status = state["status"]
    part.counts = state["counts"]
    part.output_file_id = state["output_file_id"] or part.output_file_id
    part.error_file_id = state["error_file_id"] or part.error_file_id


def refresh(manifest: Manifest, client: "BatchClient") -> Manifest:
    """The provider's current state of every batch not yet finished."""
    for part in manifest.parts:
        if part.batch_id and not part.terminal:
            apply_state(part, client.retrieve(part.batch_id))
    manifest.save()
    return manifest
