"""Non-English articles on the openai path: the answer-in-English instruction reaches the request
for a Ukrainian or Russian article (and only then), and grounding accepts English values whose
evidence is quoted verbatim in Cyrillic. The sentences are written for these tests."""

from __future__ import annotations

import json

import pytest

from summariser.articles import make_article
from summariser.backends.openai_compat import OpenAIBackend
from summariser.config import load_config
from summariser.grounding import ground_count, ground_place
from summariser.language import cyrillic_names, foreign_language, transliterate
from summariser.prompts import PROMPT_VERSION, language_instruction, load_prompts

from stub_server import StubServer, completion, ok, script

UK_QUOTE = ("Уночі російські ударні дрони атакували Полтаву: загинули 3 людини, ще 12 поранено, "
            "повідомив очільник обласної адміністрації.")
UK_TEXT = UK_QUOTE + " Рятувальники працювали на місці до ранку, пожежу вдалося загасити."
RU_QUOTE = "В Белгороде после обстрела погибли 2 человека и 9 получили ранения, сообщил губернатор области."
RU_TEXT = RU_QUOTE + " Местные власти открыли пункт временного размещения для жителей пострадавших домов."
EN_TEXT = ("Russian drones struck the city of Poltava overnight, killing three people and wounding 12, "
           "the regional governor said on Sunday morning.")


def _draft(place: str, killed: int, injured: int, quote: str) -> dict:
    return {"summary": f"Strike on {place}.", "diplomacy": [],
            "attacks": [{"attacker": "Russia", "kind": "air_drone_strike", "places": [place], "killed": killed,
                         "injured": injured, "evidence": [quote]}]}


def _run(text: str, body: dict, **opts):
    answer = ok(completion(tool_call={"name": "ArticleDraft", "arguments": json.dumps(body)}))
    with StubServer(script([answer])) as srv:
        cfg = load_config(backend="openai", base_url=srv.base_url, model="stub-model", mode="tools",
                          api_key="k", timeout=5.0, use_cache=False, **opts)
        result = OpenAIBackend(cfg).extract(make_article(text))
    return result, srv.requests[0]


def _system(request: dict) -> str:
    return next(m["content"] for m in request["messages"] if m["role"] == "system")


def test_the_instruction_reaches_the_request_for_a_ukrainian_article_with_its_quote_grounded():
    result, request = _run(UK_TEXT, _draft("Poltava", 3, 12, UK_QUOTE))
    system = _system(request)
    assert "written in Ukrainian" in system and "Answer in English" in system
    assert "word for word" in system and "Never translate" in system
    (a,) = result.attacks
    assert (a.killed.value, a.injured.value) == (3, 12)
    assert [loc.name for loc in a.locations] == ["Poltava"]
    assert UK_TEXT[a.killed.evidence.start:a.killed.evidence.end] == "3"
    assert a.evidence[0].text == UK_QUOTE


def test_a_russian_article_gets_the_instruction_naming_russian():
    result, request = _run(RU_TEXT, _draft("Belgorod", 2, 9, RU_QUOTE))
    assert "written in Russian" in _system(request)
    (a,) = result.attacks
    assert (a.killed.value, a.injured.value, a.locations[0].name) == (2, 9, "Belgorod")


def test_an_english_article_gets_no_language_instruction():
    result, request = _run(EN_TEXT, _draft("Poltava", 3, 12, EN_TEXT))
    system = _system(request)
    assert "Answer in English" not in system and "not in English" not in system
    assert result.attacks[0].killed.value == 3


def test_values_the_cyrillic_quote_does_not_state_are_rejected():
    # an invented toll, a count moved to the other field, and a city the quote never names
    result, _ = _run(UK_TEXT, _draft("Kharkiv", 7, 3, UK_QUOTE), max_retries=0)
    values = [(a.killed and a.killed.value, a.injured and a.injured.value, [x.name for x in a.locations])
              for a in result.attacks]
    assert all(k != 7 and i != 3 and "Kharkiv" not in names for k, i, names in values)
    assert {r.field.split(".")[-1] for r in result.rejected} >= {"killed", "injured"}


@pytest.mark.parametrize("text, place, killed, injured", [
    ("У Харкові внаслідок обстрілу поранено 5 людей, ще 1 людина загинула.", "Kharkiv", 1, 5),
    ("Під час атаки на Миколаїв загинули 4 цивільних, 17 людей постраждали.", "Mykolaiv", 4, 17),
    ("В Курской области при атаке беспилотника погиб 1 человек, ранены 6.", "Kursk", 1, 6),
    ("Удар по Запоріжжю: 2 людини загинули, 8 отримали поранення.", "Zaporizhzhia", 2, 8),
])
def test_cyrillic_evidence_grounds_english_places_and_counts(text, place, killed, injured):
    window = (0, len(text))
    assert ground_place(place, text, window)
    assert ground_count(killed, "killed", text, window) is not None
    assert ground_count(injured, "injured", text, window) is not None
    assert ground_count(injured, "killed", text, window) is None  # a count keeps its own cue
    assert not ground_place("Odesa", text, window)


def test_transliteration_gives_english_spellings_and_case_endings_still_match():
    assert transliterate("Харків, Київ, Одеса, Запоріжжя") == "kharkiv, kyiv, odesa, zaporizhzhia"
    assert transliterate("Брянск", "ru") == "bryansk"
    assert cyrillic_names("Dnipro", "над Дніпром") and cyrillic_names("Belgorod", "в Белгороде")
    assert not cyrillic_names("Dnipro", "Dnipro in Latin letters") and not cyrillic_names("Lviv", "у Луцьку")


def test_the_language_template_is_versioned_and_rendered_only_for_non_english_text():
    prompts = load_prompts(PROMPT_VERSION)
    assert "article_language" in prompts.templates
    assert foreign_language(EN_TEXT) is None and language_instruction(prompts, EN_TEXT) is None
    assert foreign_language(UK_TEXT) == "Ukrainian" and foreign_language(RU_TEXT) == "Russian"
    note = language_instruction(prompts, RU_TEXT)
    assert note is not None and "{language}" not in note
    assert "written in Russian" in note and "word for word in Russian" in note
