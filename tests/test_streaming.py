"""Large runs: articles are read, extracted and written as a stream; the progress bar's total
is counted cheaply; grounding in worker processes (--workers) gives the very same records,
and a failing or dying worker costs one article, never the batch."""

from __future__ import annotations

import asyncio
import json
import os
import re
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from summariser import pipeline
from summariser.articles import make_article
from summariser.backends.answers import ChunkAnswer
from summariser.backends.base import BackendResult
from summariser.config import load_config
from summariser.pipeline import Failure, extract_many
from summariser.progress import count_articles
from summariser.records import Extraction
from summariser.workers import GroundingPool, poolable

from stub_server import StubServer, completion, ok

# Fresh example sentences, written for these tests.
STRIKE = ("Shelling hit the town of Nikopol on {day}, killing {killed} people and wounding {hurt}, "
          "the district administration said.")
FILLER = "Repair crews restored water to most homes by the evening."
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article_text(i: int) -> str:
    return STRIKE.format(day=DAYS[i % 5], killed=2 + i % 4, hurt=10 + i) + " " + FILLER + f" (Note {i}.)"


def write_jsonl(path: Path, n: int, bad_at: tuple[int, ...] = ()) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write("{not json\n" if i in bad_at else json.dumps({"text": article_text(i)}) + "\n")
    return path


# --------------------------------------------------------------------------- streaming


class _Counting:
    """Wraps load_articles and counts the items the pipeline has pulled from it."""

    def __init__(self, real):
        self.real, self.pulled = real, 0

    def __call__(self, *args, **kwargs):
        for item in self.real(*args, **kwargs):
            self.pulled += 1
            yield item


@pytest.mark.parametrize("concurrency", [1, 4])
def test_first_record_comes_before_the_input_is_read(tmp_path, monkeypatch, concurrency):
    path = write_jsonl(tmp_path / "big.jsonl", 300)
    counting = _Counting(pipeline.load_articles)
    monkeypatch.setattr(pipeline, "load_articles", counting)
    config = load_config(backend="rules", concurrency=concurrency, use_cache=False)
    outcomes = extract_many([path], config=config)
    first = next(outcomes)
    assert isinstance(first, Extraction)
    assert counting.pulled <= 2 * concurrency + 2, counting.pulled  # not the whole file
    rest = list(outcomes)
    assert counting.pulled == 300 and len(rest) == 299


def test_bad_lines_fail_in_place_and_resume_skips_done(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", 6, bad_at=(2,))
    out = tmp_path / "out.jsonl"
    config = load_config(backend="rules", use_cache=False)
    first = list(extract_many([path], config=config, out=out))
    assert [type(o).__name__ for o in first] == ["Extraction"] * 2 + ["Failure"] + ["Extraction"] * 3
    assert first[2].path.endswith("in.jsonl:3") and "malformed" in first[2].error
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"text": article_text(99)}) + "\n")
    again = list(extract_many([path], config=config, out=out, resume=True))
    assert [type(o).__name__ for o in again] == ["Failure", "Extraction"]  # only the bad line and the new one
    assert len(out.read_text(encoding="utf-8").splitlines()) == 6


def test_closing_early_stops_the_async_batch(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", 50)
    config = load_config(backend="rules", concurrency=4, use_cache=False)

    class Slow(pipeline.get_backend(config).__class__):
        async def aextract(self, article):
            await asyncio.sleep(0.01)
            return self.extract(article)

    outcomes = extract_many([path], config=config, backend=Slow(config), out=tmp_path / "out.jsonl")
    next(outcomes)
    outcomes.close()  # as Ctrl-C does: the loop's thread ends, the output lock is released
    assert list(extract_many([path], config=config, out=tmp_path / "out.jsonl"))


# --------------------------------------------------------------------------- progress total


def test_count_articles_is_cheap_where_it_can_be(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(b'{"text": "x"}\n\n  \n{"text": "y"}\n{"text": "z"}')
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "one.txt").write_text("one", encoding="utf-8")
    (folder / "two.md").write_text("two", encoding="utf-8")
    (folder / "skip.pdf").write_text("no", encoding="utf-8")
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    assert count_articles([str(tmp_path / "a.jsonl")]) == 4  # a line of spaces counts; rare
    assert count_articles([str(folder), str(tmp_path / "a.jsonl")]) == 6
    assert count_articles([str(tmp_path / "list.json")]) is None  # a list: only a parse knows
    assert count_articles(["-"]) is None


# --------------------------------------------------------------------------- worker processes


def _draft_for(text: str) -> dict:
    i = int(re.search(r"\(Note (\d+)\.\)", text).group(1))
    quote = STRIKE.format(day=DAYS[i % 5], killed=2 + i % 4, hurt=10 + i)
    return {"summary": "Shelling in Nikopol.", "attacks": [{
        "attacker": "Russia", "target_country": "Ukraine", "kind": "shelling_artillery", "places": ["Nikopol"],
        "when": DAYS[i % 5], "killed": 2 + i % 4, "injured": 10 + i, "evidence": [quote]}]}


def _responder(body: dict, n: int):
    user = body["messages"][-1]["content"]
    return ok(completion(json.dumps(_draft_for(user))))


def _records(outcomes) -> list[dict]:
    rows = [o.model_dump(mode="json", exclude={"elapsed_s"}) for o in outcomes if isinstance(o, Extraction)]
    return sorted(rows, key=lambda r: r["article"]["id"])


def pool_grounds_everything(monkeypatch) -> list[str]:
    """Make a batch wait for its workers to start instead of grounding in its own process
    meanwhile; returns the list of articles the pool grounded, filled in as they are."""
    pooled: list[str] = []
    ready, ground = GroundingPool.ready, GroundingPool.ground

    def waiting_ready(self):
        self.wait_started()
        return ready(self)

    async def counted_ground(self, backend, config, article, answers, waited):
        pooled.append(article.id)
        return await ground(self, backend, config, article, answers, waited)

    monkeypatch.setattr(GroundingPool, "ready", waiting_ready)
    monkeypatch.setattr(GroundingPool, "ground", counted_ground)
    return pooled


def test_workers_give_the_same_records_as_one_process(tmp_path, monkeypatch):
    path = write_jsonl(tmp_path / "in.jsonl", 12)
    runs = {}
    with StubServer(_responder, strict=False) as srv:
        def run(workers: int) -> list[dict]:
            config = load_config(backend="openai", base_url=srv.base_url, model="stub", mode="json",
                                 api_key="sk-test", concurrency=4, use_cache=False, workers=workers)
            return _records(extract_many([path], config=config))

        runs["one process"] = run(0)
        runs["while the workers start"] = run(2)  # grounded here until they are up
        pooled = pool_grounds_everything(monkeypatch)
        runs["workers"] = run(2)
    assert len(runs["one process"]) == 12 and runs["one process"][0]["attacks"][0]["killed"]["value"] >= 2
    assert len(pooled) == 12
    assert runs["one process"] == runs["workers"] == runs["while the workers start"]


def test_a_batch_does_not_wait_for_its_workers_to_start():
    pool = GroundingPool(1)
    try:
        assert not pool.ready()
        pool.start()
        started = time.perf_counter()
        pool.ready()
        assert time.perf_counter() - started < 0.1  # asked while the forkserver imports
        pool.wait_started()
        assert pool.ready()
    finally:
        pool.close()


def test_pool_is_used_only_where_it_can_be(tmp_path):
    config = load_config(backend="openai", model="m", base_url="http://127.0.0.1:9/v1", workers=2)
    backend = pipeline.get_backend(config)
    assert poolable(backend, config)
    assert not poolable(backend, config.with_(workers=0))
    assert not poolable(pipeline.get_backend(load_config(backend="rules")), config)


class Exploding:
    """A groundable backend whose grounding fails (raises, or kills its worker process)."""

    name, model, prompt_version, prompt_hash = "exploding", None, None, None

    def __init__(self, config):
        self.config = config

    def ground_answers(self, article, answers):
        if "die" in article.text:
            os._exit(3)  # the worker process dies mid-job
        if "raise" in article.text:
            raise ValueError("grounding went wrong")
        return BackendResult(summary="fine")


def test_a_failing_or_dying_worker_costs_one_article():
    config = load_config(backend="rules", workers=1)
    backend = Exploding(config)
    pool = GroundingPool(1)
    answer = [ChunkAnswer(0, 5, "req", {}, {}, [])]

    async def ground(text: str):
        return await pool.ground(backend, config, make_article(text), answer, 0.0)

    try:
        assert asyncio.run(ground("All was fine here today.")).summary == "fine"
        with pytest.raises(ValueError, match="grounding went wrong"):
            asyncio.run(ground("This one will raise an error."))
        with pytest.raises(BrokenProcessPool):
            asyncio.run(ground("This one will die in its worker."))
        assert asyncio.run(ground("The next article is fine again.")).summary == "fine"  # a new pool
    finally:
        pool.close()
