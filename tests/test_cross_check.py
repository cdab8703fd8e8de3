"""The rules cross-check is the user's choice (`Config.cross_check`, `--cross-check/--no-cross-check`,
SUMMARISER_CROSS_CHECK): on, a value the rules also find is marked `both`; off, the rules never run
and no value is `both`. Its setting is part of the cache identity only when off."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from summariser.articles import make_article
from summariser.backends.llm import ArticleDraft, ground_drafts
from summariser.backends.openai_compat import OpenAIBackend
from summariser.config import load_config
from summariser.errors import ConfigError
from summariser.pipeline import extract_many
from summariser.records import Extraction, Origin, Usage

from stub_server import StubServer, completion, ok
from test_streaming import pool_grounds_everything

# fresh text: one strike the rules read the same way as the draft below
TEXT = ("Russian drones hit an apartment block in the city of Zaporizhzhia on Monday night, killing "
        "four people and wounding 15 others, the regional governor said on Tuesday. Firefighters worked "
        "through the morning to clear the rubble.")
DRAFT = {"attacks": [{"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike",
                      "places": ["Zaporizhzhia"], "weapons": [{"type": "drone"}], "killed": 4, "injured": 15,
                      "evidence": [TEXT.split(" Firefighters")[0]]}]}


def grounded(cross_check: bool):
    config = load_config(backend="openai", base_url="http://127.0.0.1:9/v1", api_key="sk-x",
                         cross_check=cross_check)
    article = make_article(TEXT, published=dt.date(2026, 3, 3))
    return ground_drafts(config, article, [(0, ArticleDraft.model_validate(DRAFT))], Usage(), [])


def test_on_marks_the_values_the_rules_agree_on_as_both() -> None:
    attack, = grounded(True).attacks
    assert attack.sources.get("killed") is Origin.both
    assert attack.sources.get("injured") is Origin.both


def test_off_runs_no_rules_and_marks_nothing_both(monkeypatch) -> None:
    def refuse(*_a, **_k):
        raise AssertionError("the rules ran with the cross-check off")

    monkeypatch.setattr("summariser.backends.rules.RulesBackend.attacks", refuse)
    attack, = grounded(False).attacks
    assert Origin.both not in attack.sources.values()
    assert attack.sources.get("killed") is Origin.llm
    assert (attack.killed.value, attack.injured.value) == (4, 15)  # grounding itself unchanged


def test_the_default_is_on_and_the_variable_turns_it_off(monkeypatch) -> None:
    assert load_config().cross_check is True
    for word, expected in (("0", False), ("off", False), ("False", False), ("yes", True), ("1", True)):
        monkeypatch.setenv("SUMMARISER_CROSS_CHECK", word)
        assert load_config().cross_check is expected
    assert load_config(cross_check=True).cross_check is True  # an explicit setting beats the variable


def test_a_variable_that_is_no_boolean_is_refused(monkeypatch) -> None:
    monkeypatch.setenv("SUMMARISER_CROSS_CHECK", "sometimes")
    with pytest.raises(ConfigError, match="SUMMARISER_CROSS_CHECK"):
        load_config()


def test_only_turning_it_off_changes_the_cache_identity() -> None:
    def identity(**kw):
        return OpenAIBackend(load_config(backend="openai", base_url="http://127.0.0.1:9/v1", api_key="sk-x",
                                         model="m", **kw)).identity()

    assert identity() == identity(cross_check=True)  # answers cached before the setting still hit
    assert "cross_check" not in identity()
    assert identity(cross_check=False) != identity()


def test_the_extract_flag_reaches_the_config() -> None:
    from summariser.cli.options import config_from

    assert config_from(cross_check=False).cross_check is False
    assert config_from(cross_check=None).cross_check is True


def test_the_setting_reaches_the_worker_processes(tmp_path, monkeypatch) -> None:
    pooled = pool_grounds_everything(monkeypatch)  # not grounded in this process while they start
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"text": f"{TEXT} (Bulletin {i}.)", "published": "2026-03-03"}) + "\n"
                            for i in range(3)), encoding="utf-8")
    marks = {}
    with StubServer(lambda body, n: ok(completion(json.dumps(DRAFT))), strict=False) as srv:
        for cross_check in (True, False):
            config = load_config(backend="openai", base_url=srv.base_url, model="stub", mode="json", api_key="sk-x",
                                 concurrency=2, workers=1, use_cache=False, cross_check=cross_check)
            outs = [o for o in extract_many([path], config=config) if isinstance(o, Extraction)]
            assert len(outs) == 3
            marks[cross_check] = [a.sources.get("killed") for o in outs for a in o.attacks]
    assert marks[True] == [Origin.both] * 3
    assert marks[False] == [Origin.llm] * 3
    assert len(pooled) == 6
