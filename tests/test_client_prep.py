"""The openai path's per-request savings change nothing that is sent or checked: instructor's
JSON-mode preparation done once per model gives instructor's own request, and the draft
validator still refuses a number the article does not state (it only finds the article's
numbers when a draft has one to check)."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from summariser.articles import make_article
from summariser.backends.llm import ARTICLE_NUMBERS, ArticleDraft, Meter, stated_numbers
from summariser.backends.openai_clients import response_model
from summariser.backends.openai_compat import OpenAIBackend
from summariser.config import load_config

from stub_server import StubServer, completion, ok, script

# fresh example text, several phrasings
TEXT = ("Artillery fire hit a water pumping station outside Orikhiv on Thursday, wounding 6 workers, "
        "the district head wrote. Repair crews restored pressure by evening.")
QUOTE = TEXT.split(". ")[0] + "."


def body(**attack) -> str:
    return json.dumps({"summary": "Shelling near Orikhiv.", "attacks": [
        {"kind": "shelling_artillery", "places": ["Orikhiv"], "evidence": [QUOTE], **attack}]})


def json_handler():
    from instructor import Mode
    from instructor.v2.core.providers import Provider
    from instructor.v2.core.registry import mode_registry

    response_model()  # registers the reusing handler
    return mode_registry.get_handlers(Provider.OPENAI, Mode.JSON).request_handler


@pytest.mark.parametrize("mode", ["json", "llamacpp"])
def test_json_mode_request_is_what_instructor_itself_prepares(mode):
    with StubServer(script([ok(completion(body(injured=6)))])) as srv:
        cfg = load_config(backend="openai", base_url=srv.base_url, model="stub-model", mode=mode,
                          api_key="sk-test", use_cache=False)
        backend = OpenAIBackend(cfg)
        result = backend.extract(make_article(TEXT))
    (sent,) = srv.requests
    handler = json_handler()
    assert response_model() in handler._suffix  # the reusing path was taken
    kwargs = {k: v for k, v in backend._request(make_article(TEXT).text, Meter()).items() if k != "hooks"}
    _, expected = handler.original(response_model(), kwargs)
    assert sent["messages"] == expected["messages"]
    assert sent["messages"][0]["content"].count("match the following json_schema") == 1  # the schema once
    assert sent.get("response_format") == (
        {"type": "json_object"} if mode == "json" else {"type": "json_object", "schema": backend._schema})
    assert result.attacks[0].injured.value == 6


def test_other_shapes_and_models_go_to_instructors_handler():
    handler = json_handler()
    three = {"messages": [{"role": "system", "content": "a"}, {"role": "user", "content": "b"},
                          {"role": "user", "content": "c"}]}
    parts = {"messages": [{"role": "system", "content": "a"},
                          {"role": "user", "content": [{"type": "text", "text": "b"}]}]}
    for kwargs in (three, parts):
        assert handler(response_model(), kwargs) == handler.original(response_model(), kwargs)
    pair = {"messages": [{"role": "system", "content": "a"}, {"role": "user", "content": "b"}]}
    assert handler(ArticleDraft, pair) == handler.original(ArticleDraft, pair)


def test_validator_finds_the_numbers_only_for_a_draft_with_one_and_still_refuses_unstated_ones():
    with stated_numbers(TEXT):
        ArticleDraft.model_validate_json(body())  # no number: nothing to look up
        stated = ARTICLE_NUMBERS.get()
        assert stated is not None and stated._plain is None and stated._told is None
        ArticleDraft.model_validate_json(body(injured=6))
        assert stated._plain is not None and 6 in stated._plain
        assert stated._told is None  # 6 is written as a number: family relations were not read
        with pytest.raises(ValidationError, match=r"injured=14 does not appear in the article"):
            ArticleDraft.model_validate_json(body(injured=14))
