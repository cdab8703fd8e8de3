"""Record and replay: `--record DIR` keeps each raw model answer; the `replay` backend grounds
recorded or hand-written answers again with no network; the response cache keeps raw answers
so that a code change re-grounds them instead of paying again."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from summariser import cache as cache_module
from summariser.articles import make_article
from summariser.backends.answers import AnswerStore, article_stem, public_endpoint
from summariser.backends.replay import ReplayBackend
from summariser.prompts import PROMPT_VERSION
from summariser.cli import main
from summariser.config import load_config
from summariser.errors import BackendError, ConfigError
from summariser.pipeline import extract

from stub_server import StubServer, completion, ok, script

SECRET = "sk-replay-5ecret-never-written"

TEXT = ("Artillery shells hit a bakery in the town of Kupiansk on Tuesday morning, killing two "
        "customers and wounding nine, local police said. Nobody was hurt in a second strike on a "
        "depot nearby. Russian and Ukrainian envoys are due to meet in Riyadh on Friday.")
BAKERY = ("Artillery shells hit a bakery in the town of Kupiansk on Tuesday morning, killing two "
          "customers and wounding nine, local police said.")
DEPOT = "Nobody was hurt in a second strike on a depot nearby."
ENVOYS = "Russian and Ukrainian envoys are due to meet in Riyadh on Friday."


def draft(killed=2, injured=9) -> dict:
    return {"summary": "Shelling of a bakery in Kupiansk.",
            "attacks": [{"kind": "shelling_artillery", "places": ["Kupiansk"], "killed": killed,
                         "injured": injured, "evidence": [BAKERY]},
                        {"kind": "shelling_artillery", "killed": 0, "injured": 0, "evidence": [DEPOT]}],
            "diplomacy": [{"kind": "talks", "participants": ["Russia", "Ukraine"], "place": "Riyadh", "status": "planned",
                           "evidence": [ENVOYS]}]}


def answer(body: dict, **kw):
    return ok(completion(content=json.dumps(body), **kw))


def live_config(srv, tmp_path, **opts):
    return load_config(backend="openai", base_url=srv.base_url, model="stub-model", mode="json",
                       api_key=SECRET, cache_dir=tmp_path / "cache", **opts)


def counts(ext) -> list:
    return [(a.killed.value if a.killed else None, a.injured.value if a.injured else None) for a in ext.attacks]


def test_record_keeps_the_raw_answer_without_the_key(tmp_path):
    rec = tmp_path / "answers"
    with StubServer(script([answer(draft(), prompt_tokens=321, completion_tokens=45)])) as srv:
        ext = extract(make_article(TEXT, path="in/kupiansk_bakery.txt"),
                      config=live_config(srv, tmp_path, record_dir=str(rec)))
    (path,) = rec.glob("*.json")
    assert path.name == "kupiansk_bakery.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["article"] == {"id": ext.article.id, "path": "in/kupiansk_bakery.txt", "title": None}
    assert (data["model"], data["prompt_version"], data["prompt_hash"]) == ("stub-model", PROMPT_VERSION, ext.prompt_hash)
    assert data["usage"]["prompt_tokens"] == 321 and data["usage"]["calls"] == 1
    assert len(data["request_hash"]) == 64 and data["chunks"][0]["request_hash"] == data["request_hash"]
    assert data["chunks"][0]["draft"]["attacks"][0]["killed"] == 2  # before grounding: the model's own words
    assert SECRET not in path.read_text(encoding="utf-8")
    assert counts(ext)[0] == (2, 9)


def test_replay_reproduces_the_live_records_with_no_network(tmp_path):
    rec = tmp_path / "answers"
    article = make_article(TEXT, path="in/kupiansk_bakery.txt")
    with StubServer(script([answer(draft())])) as srv:
        live = extract(article, config=live_config(srv, tmp_path, record_dir=str(rec), use_cache=False))
    replayed = extract(article, config=load_config(backend="replay", answers_dir=str(rec), use_cache=False))
    assert replayed.backend == "replay"
    assert replayed.attacks == live.attacks and replayed.diplomacy == live.diplomacy
    assert (replayed.usage.calls, replayed.usage.retries, replayed.usage.prompt_tokens) == (1, 0, 0)


def test_replay_looks_up_by_request_hash_then_id_then_stem(tmp_path):
    rec = tmp_path / "answers"
    article = make_article(TEXT, path="in/kupiansk_bakery.txt")
    with StubServer(script([answer(draft())])) as srv:
        extract(article, config=live_config(srv, tmp_path, record_dir=str(rec), use_cache=False))
    same_request = ReplayBackend(load_config(backend="replay", answers_dir=str(rec), model="stub-model",
                                             mode="json"))
    assert same_request.find(article).matched_by == "request_hash"
    other_model = ReplayBackend(load_config(backend="replay", answers_dir=str(rec), model="another"))
    assert other_model.find(article).matched_by == "id"
    edited = make_article(TEXT + " Repairs began at once.", path="elsewhere/kupiansk_bakery.md")
    assert other_model.find(edited).matched_by == "stem"
    with pytest.raises(BackendError, match="no recorded answer for x/unknown.txt"):
        other_model.find(make_article("A quiet day passed in the hills.", path="x/unknown.txt"))


@pytest.mark.parametrize("wrap", [lambda d: d, lambda d: {"draft": d}], ids=["bare", "draft-key"])
def test_hand_written_fixture_replays_by_stem(tmp_path, wrap):
    (tmp_path / "kupiansk_bakery.json").write_text(json.dumps(wrap(draft())), encoding="utf-8")
    ext = extract(make_article(TEXT, path="articles/kupiansk_bakery.txt"),
                  config=load_config(backend="replay", answers_dir=str(tmp_path), use_cache=False))
    assert counts(ext)[0] == (2, 9)
    assert [d.location.name for d in ext.diplomacy] == ["Riyadh"]
    assert ext.usage.retries == 0 and not [w for w in ext.warnings if "re-ask" in w]


def test_replay_reports_the_reask_a_live_call_would_have_made(tmp_path):
    (tmp_path / "kupiansk_bakery.json").write_text(json.dumps(draft(killed=40)), encoding="utf-8")
    ext = extract(make_article(TEXT, path="kupiansk_bakery.txt"),
                  config=load_config(backend="replay", answers_dir=str(tmp_path), use_cache=False))
    assert (ext.usage.calls, ext.usage.retries) == (2, 1)
    assert any("would have re-asked" in w and "killed=40" in w for w in ext.warnings)
    assert ext.attacks[0].killed is None and any(r.value == "40" for r in ext.rejected)


def test_replay_refuses_an_answer_outside_the_schema(tmp_path):
    bad = draft()
    bad["attacks"][0]["kind"] = "catapult"
    (tmp_path / "kupiansk_bakery.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(BackendError, match="does not fit the draft schema"):
        extract(make_article(TEXT, path="kupiansk_bakery.txt"),
                config=load_config(backend="replay", answers_dir=str(tmp_path), use_cache=False))


def test_record_is_refused_for_a_backend_without_raw_answers(tmp_path):
    with pytest.raises(ConfigError, match="--record keeps the openai backend"):
        load_config(backend="rules", record_dir=str(tmp_path))


def test_replay_needs_a_folder(tmp_path):
    with pytest.raises(ConfigError, match="--answers"):
        ReplayBackend(load_config(backend="replay"))
    with pytest.raises(ConfigError, match="no such folder"):
        ReplayBackend(load_config(backend="replay", answers_dir=str(tmp_path / "missing")))


def test_an_edited_fixture_is_not_served_from_the_cache(tmp_path):
    answers = tmp_path / "answers"
    answers.mkdir()
    fixture = answers / "kupiansk_bakery.json"
    cfg = load_config(backend="replay", answers_dir=str(answers), cache_dir=tmp_path / "cache")
    article = make_article(TEXT, path="kupiansk_bakery.txt")
    fixture.write_text(json.dumps(draft()), encoding="utf-8")
    assert counts(extract(article, config=cfg))[0] == (2, 9)
    fixture.write_text(json.dumps(draft(killed=None)), encoding="utf-8")
    assert counts(extract(article, config=cfg))[0] == (None, 9)


def test_code_change_regrounds_the_cached_answer_without_a_request(tmp_path, monkeypatch):
    article = make_article(TEXT, path="kupiansk_bakery.txt")
    with StubServer(script([answer(draft())])) as srv:  # one answer: a second request would fail
        cfg = live_config(srv, tmp_path)
        first = extract(article, config=cfg)
        monkeypatch.setattr(cache_module, "code_version", lambda: "after-an-upgrade")
        second = extract(article, config=cfg)
    assert len(srv.requests) == 1
    assert second.attacks == first.attacks
    assert second.usage.calls == 0 and first.usage.calls == 1
    assert any("re-grounded from the response cache" in w for w in second.warnings)
    raw = list((tmp_path / "cache" / "raw").rglob("*.json"))
    assert len(raw) == 1 and SECRET not in raw[0].read_text(encoding="utf-8")


def test_record_writes_even_when_the_result_is_cached(tmp_path):
    article = make_article(TEXT, path="kupiansk_bakery.txt")
    with StubServer(script([answer(draft())])) as srv:
        extract(article, config=live_config(srv, tmp_path))
        extract(article, config=live_config(srv, tmp_path, record_dir=str(tmp_path / "rec")))
    assert len(srv.requests) == 1 and (tmp_path / "rec" / "kupiansk_bakery.json").exists()


def test_two_articles_with_one_stem_get_two_files(tmp_path):
    rec = tmp_path / "rec"

    def responder(body, n):
        return answer(draft())

    with StubServer(responder) as srv:
        cfg = live_config(srv, tmp_path, record_dir=str(rec), use_cache=False)
        extract(make_article(TEXT, path="a/report.txt"), config=cfg)
        extract(make_article(TEXT + " Power was restored by noon.", path="b/report.txt"), config=cfg)
    assert len(list(rec.glob("*.json"))) == 2
    store = AnswerStore(rec)
    assert store.find(None, "nope", "c/report.txt") is None  # an ambiguous stem matches nothing


def test_endpoint_and_stem_helpers():
    assert public_endpoint("https://user:tok@host.example:8443/v1?key=abc") == "https://host.example:8443/v1"
    assert article_stem("feeds/wire.jsonl:12") == "wire" and article_stem(None) is None


def test_eval_cli_scores_replayed_answers_and_checks_a_baseline(tmp_path):
    """`summarise eval -b replay --answers DIR` end to end on a gold set made here."""
    art_dir, gold, answers = tmp_path / "articles", tmp_path / "gold", tmp_path / "answers"
    for d in (art_dir, gold, answers):
        d.mkdir()
    (art_dir / "kupiansk_bakery.txt").write_text(TEXT, encoding="utf-8")
    (answers / "kupiansk_bakery.json").write_text(json.dumps({"draft": draft()}), encoding="utf-8")
    article = make_article(TEXT, path=str(art_dir / "kupiansk_bakery.txt"))
    ext = extract(article, config=load_config(backend="replay", answers_dir=str(answers), use_cache=False))
    (gold / "kupiansk_bakery.json").write_text(json.dumps({
        "article": {"id": ext.article.id, "path": str(art_dir / "kupiansk_bakery.txt")},
        "attacks": [a.model_dump(mode="json") for a in ext.attacks[:1]],
        "diplomacy": [d.model_dump(mode="json") for d in ext.diplomacy]}), encoding="utf-8")
    base = tmp_path / "replay.json"
    args = ["eval", "-b", "replay", "--answers", str(answers), "--gold", str(gold), "--no-cache",
            "--check", str(base)]
    runner = CliRunner()
    blessed = runner.invoke(main, [*args, "--bless", "--tolerance", "0"])
    assert blessed.exit_code == 0, blessed.output
    headline = json.loads(base.read_text(encoding="utf-8"))["metrics"]["headline"]
    assert headline["attack.recall"] == 1.0 and headline["diplomacy.f1"] == 1.0
    assert headline["attack.precision"] == 0.5  # the depot strike is not in this gold: an FP
    checked = runner.invoke(main, args)
    assert checked.exit_code == 0, checked.output
    (answers / "kupiansk_bakery.json").write_text(json.dumps({"draft": {**draft(), "diplomacy": []}}),
                                                  encoding="utf-8")
    regressed = runner.invoke(main, args)
    assert regressed.exit_code == 1 and "diplomacy.recall" in regressed.output
