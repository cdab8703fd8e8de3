"""`summarise batch submit|status|collect` and `--dry-run` against a loopback server that
implements the OpenAI files and batches endpoints (tests/batch_server.py): a completed, an
expired and a partially failed batch, a malformed result line, collect run twice, and a
crash between submit and collect recovered from the manifest."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from summariser.articles import make_article
from summariser.backends.openai_compat import OpenAIBackend
from summariser.batch.manifest import Manifest
from summariser.batch.requests import parts, request_body
from summariser.cli import main
from summariser.config import load_config

from batch_server import BatchServer, article_of, completion

SECRET = "sk-batch-5ecret-never-written"

# fresh example sentences (not from seeds/ or evals/), several phrasings
ARTICLES = {
    "izmail": "A missile hit a grain terminal near Izmail on Tuesday morning, killing 4 dock workers, "
              "port officials said. Cranes and two warehouses were damaged.",
    "kupiansk": "Two guided bombs fell on an apartment block in Kupiansk late on Sunday and wounded 9 "
                "civilians, according to the district prosecutor.",
    "vilnius": "The foreign ministers of Poland and Lithuania met in Vilnius on Monday to discuss "
               "deliveries of air defence systems, a ministry statement said.",
    "nikopol": "Shelling of a bus stop in Nikopol left 3 people dead on Friday, the regional "
               "administration reported. Rescuers worked at the scene until dusk.",
    "bryansk": "Drone debris set a fuel depot in Bryansk region on fire overnight, the local governor "
               "claimed, adding that nobody was hurt.",
    "istanbul": "Envoys from Turkey and Qatar will hold talks in Istanbul next month on another "
                "exchange of prisoners, diplomats familiar with the plans said.",
}


def first(text: str) -> str:
    return text.split(". ")[0].rstrip(".") + "."


def draft_for(text: str) -> dict:
    """What a good model would answer for each example article."""
    quote = first(text)
    attack = {"kind": "other", "places": [], "evidence": [quote]}
    if "Izmail" in text:
        attack.update(kind="missile_strike", places=["Izmail"], killed=4)
    elif "Kupiansk" in text:
        attack.update(kind="glide_bomb", places=["Kupiansk"], injured=9)
    elif "Nikopol" in text:
        attack.update(kind="shelling_artillery", places=["Nikopol"], killed=3)
    elif "Bryansk" in text:
        attack.update(kind="air_drone_strike", places=["Bryansk region"])
    else:
        kind, status = ("talks", "planned") if "talks" in text else ("meeting", "held")
        return {"summary": quote[:200], "attacks": [], "diplomacy": [
            {"kind": kind, "status": status, "evidence": [quote]}]}
    return {"summary": quote[:200], "attacks": [attack], "diplomacy": []}


def answer(body: dict) -> dict:
    return completion(json.dumps(draft_for(article_of(body))))


@pytest.fixture
def inputs(tmp_path):
    path = tmp_path / "archive.jsonl"
    rows = [{"text": t, "source": f"outlet-{k}", "published": "2026-03-02"} for k, t in ARTICLES.items()]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def cli(*args):
    # wide, so rich does not wrap the messages the tests look for
    result = CliRunner(env={"COLUMNS": "400"}).invoke(main, list(args), catch_exceptions=False)
    return result


def submit(srv, inputs, out, *extra):
    return cli("batch", "submit", str(inputs), "-m", "gpt-4o-mini", "--base-url", srv.base_url,
               "--api-key", SECRET, "--mode", "tools", "--out", str(out), "-q", *extra)


def collect(out, *extra):
    return cli("batch", "collect", "--out", str(out), "--api-key", SECRET, "-q", *extra)


def records(out) -> list[dict]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def by_source(out) -> dict:
    return {r["article"]["source"]: r for r in records(out)}


# --------------------------------------------------------------------------- requests


def test_request_body_is_the_online_request(tmp_path):
    """The batch line's body is what the online backend sends (tools mode): same messages,
    same tool schema, same sampling settings."""
    from stub_server import StubServer, ok, script
    from stub_server import completion as online_completion

    text = ARTICLES["izmail"]
    tool = {"name": "ArticleDraft", "arguments": json.dumps(draft_for(text))}
    with StubServer(script([ok(online_completion(tool_call=tool))])) as srv:
        cfg = load_config(backend="openai", base_url=srv.base_url, model="gpt-4o-mini", mode="tools", api_key=SECRET)
        backend = OpenAIBackend(cfg)
        backend.extract(make_article(text))
        sent = srv.requests[0]
    body = request_body(backend, make_article(text).text)
    for key in ("model", "messages", "tools", "tool_choice", "temperature", "max_tokens", "seed"):
        assert body[key] == sent[key], key


@pytest.mark.parametrize("mode", ["tools", "json", "json_schema", "md_json", "llamacpp"])
def test_template_lines_equal_the_request_body_in_every_mode(mode):
    from summariser.batch.requests import LineTemplate, article_requests

    cfg = load_config(backend="openai", base_url="http://127.0.0.1:9/v1", model="m", mode=mode, chunk_chars=150)
    backend = OpenAIBackend(cfg)
    tricky = 'Quotes "like this", a back\\slash, {braces}, a tab\tand Ukrainian: Київ. ' + ARTICLES["nikopol"]
    for text in (*ARTICLES.values(), tricky):
        article = make_article(text)
        reqs = article_requests(backend, article, LineTemplate(backend))
        for line, (start, end) in zip(reqs.lines, backend._chunks(article)):
            row = json.loads(line)
            assert row["body"] == request_body(backend, article.text[start:end])
            assert row["custom_id"] == f"{article.id}@{start}" and row["url"] == "/v1/chat/completions"


def test_llamacpp_mode_keeps_the_schema_response_format():
    cfg = load_config(backend="openai", base_url="http://127.0.0.1:9/v1", model="m", mode="llamacpp")
    body = request_body(OpenAIBackend(cfg), ARTICLES["vilnius"])
    assert body["response_format"]["type"] == "json_object"
    assert "attacks" in body["response_format"]["schema"]["properties"]


def test_parts_respect_both_limits_and_never_split_an_article():
    from summariser.batch.requests import article_requests

    cfg = load_config(backend="openai", model="gpt-4o-mini", mode="tools", chunk_chars=120)
    backend = OpenAIBackend(cfg)
    reqs = [article_requests(backend, make_article(t)) for t in ARTICLES.values()]
    assert any(len(r.lines) > 1 for r in reqs)  # chunked articles exist
    size = max(r.size for r in reqs)
    from itertools import groupby

    groups = [[r for _, r in g] for _, g in groupby(parts(iter(reqs), max_requests=3, max_bytes=2 * size),
                                                    key=lambda pair: pair[0])]
    assert [r.article.id for g in groups for r in g] == [r.article.id for r in reqs]
    for g in groups:
        assert sum(len(r.lines) for r in g) <= 3 or len(g) == 1
        assert sum(r.size for r in g) <= 2 * size
    assert len(groups) > 1


# --------------------------------------------------------------------------- end to end


def test_submit_status_collect_grounds_every_answer(tmp_path, inputs):
    out = tmp_path / "records.jsonl"
    with BatchServer(answer) as srv:
        res = submit(srv, inputs, out)
        assert res.exit_code == 0, res.output
        manifest = Manifest.load(Manifest.path_for(out))
        assert [p.status for p in manifest.parts] == ["completed"]
        assert manifest.state.articles() == len(ARTICLES)
        manifest.close()
        status = cli("batch", "status", "--out", str(out), "--api-key", SECRET)
        assert status.exit_code == 0 and "completed" in status.output
        res = collect(out)
        assert res.exit_code == 0, res.output
    got = by_source(out)
    assert len(got) == len(ARTICLES)
    izmail = got["outlet-izmail"]
    assert izmail["attacks"][0]["killed"]["value"] == 4
    ev = izmail["attacks"][0]["evidence"][0]
    assert izmail["text"][ev["start"]:ev["end"]] == first(ARTICLES["izmail"])
    assert got["outlet-kupiansk"]["attacks"][0]["injured"]["value"] == 9
    assert got["outlet-istanbul"]["diplomacy"][0]["status"] == "planned"
    assert izmail["backend"] == "openai" and izmail["usage"]["prompt_tokens"] == 900
    for path in [out, Manifest.path_for(out), *Manifest.path_for(out).with_suffix("").iterdir(),
                 Manifest.path_for(out).with_suffix(".sqlite")]:
        assert SECRET.encode() not in path.read_bytes()


def test_collect_twice_writes_no_duplicates(tmp_path, inputs):
    out = tmp_path / "records.jsonl"
    with BatchServer(answer) as srv:
        submit(srv, inputs, out)
        assert collect(out).exit_code == 0
        before = out.read_text()
        again = collect(out)
        assert again.exit_code == 0
        # even a manifest that forgot it had collected does not duplicate
        manifest = Manifest.load(Manifest.path_for(out))
        manifest.parts[0].collected = False
        manifest.save()
        assert collect(out).exit_code == 0
    assert out.read_text() == before
    ids = [r["article"]["id"] for r in records(out)]
    assert len(ids) == len(set(ids)) == len(ARTICLES)


def test_collect_streams_results_in_any_order_and_joins_an_articles_chunks(tmp_path, inputs):
    """collect reads the result file as a stream: an article is written once all its chunks
    have arrived, wherever they are in the file (here: the articles of two sentences in two chunks, the
    output file reversed, so each article's chunks come last-first)."""
    out = tmp_path / "records.jsonl"
    with BatchServer(answer) as srv:
        assert submit(srv, inputs, out, "--chunk-chars", "80").exit_code == 0
        manifest = Manifest.load(Manifest.path_for(out))
        chunks = dict(manifest.state.chunks())
        manifest.close()
        assert sum(n > 1 for n in chunks.values()) >= 2
        output = srv.files[srv.batches[manifest.parts[0].batch_id]["output_file_id"]]["path"]
        lines = output.read_text().splitlines(keepends=True)
        output.write_text("".join(reversed(lines)))
        res = collect(out)
        assert res.exit_code == 0, res.output
    got = by_source(out)
    assert len(got) == len(ARTICLES) == len(records(out))
    assert all(r["usage"]["calls"] == chunks[r["article"]["id"]] for r in got.values())
    assert got["outlet-izmail"]["attacks"][0]["killed"]["value"] == 4
    assert got["outlet-istanbul"]["diplomacy"][0]["status"] == "planned"


def test_expired_partial_and_malformed_batches_list_failures_for_a_rerun(tmp_path, inputs):
    out = tmp_path / "records.jsonl"
    with BatchServer(answer, scenarios=["expired", "partial", "malformed"]) as srv:
        res = submit(srv, inputs, out, "--max-requests", "2")
        assert res.exit_code == 0, res.output
        manifest = Manifest.load(Manifest.path_for(out))
        assert [p.status for p in manifest.parts] == ["expired", "completed", "completed"]
        res = collect(out)
    assert res.exit_code == 1, res.output
    assert "could not be executed before the completion window expired" in res.output
    assert "The model is overloaded" in res.output
    assert "malformed result line 1 in part-002.output.jsonl" in res.output
    got = by_source(out)
    # two articles per part; part 0: the second expired; part 1: the second failed;
    # part 2: the first result line is cut short, the second is fine
    assert set(got) == {"outlet-izmail", "outlet-vilnius", "outlet-istanbul"}
    failed = Manifest.path_for(out).with_suffix("") / "failed.jsonl"
    rows = [json.loads(line) for line in failed.read_text().splitlines()]
    assert {r["source"] for r in rows} == {"outlet-kupiansk", "outlet-nikopol", "outlet-bryansk"}
    # the failed file is a normal input: an online re-run of exactly those articles
    from summariser.articles import load_articles

    texts = {a.text for a in load_articles(str(failed))}
    assert texts == {make_article(ARTICLES[k]).text for k in ("kupiansk", "nikopol", "bryansk")}
    # once the re-run has put them in the records, collect is satisfied (and writes nothing)
    with open(out, "a") as sink:
        for article in load_articles(str(failed)):
            ext = records(out)[0]
            ext["article"] = {**ext["article"], "id": article.id}
            sink.write(json.dumps(ext) + "\n")
    before = out.read_text()
    res = collect(out)
    assert res.exit_code == 0, res.output
    assert out.read_text() == before


def test_collect_in_worker_processes_writes_the_same_records_and_failures(tmp_path, inputs):
    """--workers 2 grounds in the extract path's process pool: the same records file byte for
    byte as --workers 0 (chunked articles, the output file reversed, failed and malformed lines),
    the same failures, and a second collect writes nothing."""
    runs = {}
    for workers in ("0", "2"):
        out = tmp_path / workers / "records.jsonl"
        out.parent.mkdir()
        with BatchServer(answer, scenarios=["expired", "partial", "malformed"]) as srv:
            assert submit(srv, inputs, out, "--max-requests", "3", "--chunk-chars", "80").exit_code == 0
            for part in Manifest.load(Manifest.path_for(out)).parts:
                file_id = srv.batches[part.batch_id].get("output_file_id")
                if file_id:
                    output = srv.files[file_id]["path"]
                    output.write_text("".join(reversed(output.read_text().splitlines(keepends=True))))
            res = collect(out, "--workers", workers)
            assert res.exit_code == 1, res.output
            failed = (Manifest.path_for(out).with_suffix("") / "failed.jsonl").read_text()
            before = out.read_text()
            assert collect(out, "--workers", workers).exit_code == 1
            assert out.read_text() == before
        runs[workers] = (before, failed)
    assert runs["0"] == runs["2"]
    assert 0 < len(runs["2"][0].splitlines()) < len(ARTICLES) and runs["2"][1]


def test_crash_between_submit_and_collect_recovers_from_the_manifest(tmp_path, inputs):
    """The process dies after submit (nothing in memory survives); a new process finds the
    batches by the manifest alone, and a re-run submit uploads nothing twice."""
    out = tmp_path / "records.jsonl"
    with BatchServer(answer, scenarios=["running"]) as srv:
        assert submit(srv, inputs, out).exit_code == 0
        uploads = srv.uploads
        assert submit(srv, inputs, out).exit_code == 0  # a re-run after a crash
        assert srv.uploads == uploads and len(srv.batches) == 1
        pending = collect(out)
        assert pending.exit_code == 0 and "1 batch(es) still running" in pending.output
        assert not out.exists() or out.read_text() == ""
        srv.finish("batch-1")
        assert collect(out).exit_code == 0
    assert len(records(out)) == len(ARTICLES)


def test_submit_crash_after_upload_creates_the_batch_on_rerun(tmp_path, inputs):
    out = tmp_path / "records.jsonl"
    with BatchServer(answer) as srv:
        assert submit(srv, inputs, out).exit_code == 0
        manifest = Manifest.load(Manifest.path_for(out))
        manifest.parts[0].batch_id, manifest.parts[0].status = None, "uploaded"  # died before create
        manifest.save()
        assert submit(srv, inputs, out).exit_code == 0
        assert srv.uploads == 1 and len(srv.batches) == 2
        assert collect(out).exit_code == 0
    assert len(records(out)) == len(ARTICLES)


def test_manifest_writes_are_atomic(tmp_path, monkeypatch):
    m = Manifest(path=tmp_path / "r.jsonl.batch.json", out="r.jsonl", settings={})
    m.save()
    before = m.path.read_text()

    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    m.settings["model"] = "another"
    with pytest.raises(OSError):
        m.save()
    assert m.path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.jsonl.batch.json"]


# --------------------------------------------------------------------------- dry run


def test_dry_run_prices_online_and_batch(tmp_path, inputs):
    res = cli("extract", str(inputs), "-b", "openai", "-m", "gpt-4o-mini", "--dry-run", "-q",
              "--out", str(tmp_path / "r.jsonl"))
    assert res.exit_code == 0, res.output
    assert "6 articles" in res.output and "batch" in res.output
    assert "gpt-4o-mini" in res.output and "list price" in res.output
    assert not (tmp_path / "r.jsonl").exists()  # nothing sent, nothing written


def test_dry_run_figures_are_the_token_count_times_the_price(inputs):
    from summariser.articles import load_articles
    from summariser.batch.cost import estimate

    cfg = load_config(backend="openai", model="gpt-4.1-nano", mode="tools")
    est = estimate(OpenAIBackend(cfg), load_articles(str(inputs)))
    assert est.requests == 6 and est.prompt_tokens > 6 * 500  # the schema and examples are paid too
    assert (est.price_in, est.price_out) == (0.10, 0.40)
    online = est.cost(300)
    assert online == pytest.approx((est.prompt_tokens * 0.10 + 6 * 300 * 0.40) / 1e6)
    assert est.cost(300, 0.5) == pytest.approx(online / 2)
    cfg = load_config(backend="openai", model="my-own-model", mode="tools", price_in=1.0, price_out=2.0)
    assert estimate(OpenAIBackend(cfg), load_articles(str(inputs))).price_in == 1.0
    cfg = load_config(backend="openai", model="my-own-model", mode="tools")
    assert estimate(OpenAIBackend(cfg), load_articles(str(inputs))).cost(300) is None


def test_batch_dry_run_sends_nothing(tmp_path, inputs):
    out = tmp_path / "records.jsonl"
    with BatchServer(answer) as srv:
        res = submit(srv, inputs, out, "--dry-run")
        assert res.exit_code == 0, res.output
        assert srv.uploads == 0 and not srv.batches
    assert not Manifest.path_for(out).exists()


def test_status_and_collect_without_a_run_say_what_to_do(tmp_path):
    for cmd in ("status", "collect"):
        res = cli("batch", cmd, "--out", str(tmp_path / "none.jsonl"))
        assert res.exit_code == 1
        assert "does not exist (run `summarise batch submit`)" in res.output


def test_an_unreachable_endpoint_is_one_line_and_keeps_the_written_parts(tmp_path, inputs):
    out = tmp_path / "records.jsonl"
    res = cli("batch", "submit", str(inputs), "-m", "gpt-4o-mini", "--base-url", "http://127.0.0.1:9/v1",
              "--api-key", SECRET, "--timeout", "1", "--out", str(out), "-q")
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert "Error" in res.output and SECRET not in res.output
    manifest = Manifest.load(Manifest.path_for(out))
    assert manifest.complete and manifest.parts[0].file_id is None  # ready for a re-run


def test_submit_refuses_to_mix_a_model_into_another_run(tmp_path, inputs):
    out = tmp_path / "records.jsonl"
    with BatchServer(answer) as srv:
        assert submit(srv, inputs, out).exit_code == 0
        res = cli("batch", "submit", str(inputs), "-m", "gpt-4.1-nano", "--base-url", srv.base_url,
                  "--api-key", SECRET, "--out", str(out), "-q")
        assert res.exit_code == 1 and "is a run for gpt-4o-mini" in res.output
        assert len(srv.batches) == 1
