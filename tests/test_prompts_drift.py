"""The article prompt and the schema spell their values alike.

A model answers with the words its prompt uses: a value the prompt names that the schema lacks
(or spells otherwise) is either refused by the schema or read as something else. So every kind,
status and weapon type the system prompt lists must be the schema's value (`summariser.records`
enums, which the draft models use), each list names every value but the ones left out on purpose,
every snake_case word in the article prompts is a schema value or a draft field, and the worked
answers use the exact spelling (the draft accepts "Phone call" for `phone_call`; an example must
not teach it). The system prompt stays short enough for small local models.
"""

from __future__ import annotations

import json
import re
from enum import Enum

import pytest

from summariser.backends.llm import ArticleDraft, AttackDraft, DiplomacyDraft, WeaponDraft
from summariser.prompts import PROMPT_VERSION, load_prompts
from summariser.records import AttackKind, DiplomacyKind, DiplomacyStatus, WeaponType

# Values the prompt leaves unnamed on purpose: the codebook (rule 13) codes no statement, and
# the weapon list names `other` in its own sentence (a mixed total), not in the list.
UNNAMED = {DiplomacyKind: {"statement"}, WeaponType: {"other"}}
# (section of the system prompt, field whose list it gives, the enum the list must spell)
LISTS = [("Attacks", "kind", AttackKind), ("Attacks", "weapons", WeaponType),
         ("Diplomacy", "kind", DiplomacyKind), ("Diplomacy", "status", DiplomacyStatus)]
MAX_SYSTEM_CHARS = 4000  # small local models read it on every call


def system_prompt() -> str:
    return load_prompts(PROMPT_VERSION).get("article_system")


def section(text: str, title: str) -> str:
    """The lines of the prompt under `title:` up to the next title (a line ending with a colon)."""
    found = re.search(rf"^{title}:\n(.*?)(?=^\w[^\n]*:\n|\Z)", text, re.M | re.S)
    assert found, f"the system prompt has no {title!r} section"
    return found.group(1)


def listed(text: str, field: str) -> list[str]:
    """The values a `- field: a (why), b, c.` line lists: the first word of each item outside
    brackets, up to the first full stop outside brackets ("one entry per type:" is skipped)."""
    line = re.search(rf"^- {field}:(.*)$", text, re.M)
    assert line, f"no '- {field}:' line"
    flat = re.sub(r"\([^)]*\)", "", line.group(1))
    flat = flat.split(":", 1)[1] if ":" in flat.split(".")[0] else flat
    return [item.split()[0] for item in flat.split(".")[0].split(",") if item.strip()]


def test_the_listing_reader_takes_the_first_word_of_each_item():
    assert listed("- kind: talks (also x, y), phone_call, visit. Not z, w.", "kind") == ["talks", "phone_call", "visit"]
    assert listed("- weapons: one entry per type: drone (a, b), missile. More, here.", "weapons") == ["drone", "missile"]


@pytest.mark.parametrize("title,field,enum", LISTS, ids=[f"{t}.{f}" for t, f, _ in LISTS])
def test_each_list_in_the_prompt_spells_the_schema_values(title, field, enum: type[Enum]):
    values = listed(section(system_prompt(), title), field)
    allowed = {e.value for e in enum}
    assert [v for v in values if v not in allowed] == []
    assert len(values) == len(set(values))
    assert allowed - set(values) == UNNAMED.get(enum, set())


def _snake_words(text: str) -> set[str]:
    return set(re.findall(r"\b[a-z]+(?:_[a-z]+)+\b", text))


def test_every_snake_case_word_of_the_article_prompts_is_a_schema_value_or_a_draft_field():
    prompts = load_prompts(PROMPT_VERSION)
    known = {e.value for enum in (AttackKind, DiplomacyKind, DiplomacyStatus, WeaponType) for e in enum}
    known |= {f for model in (ArticleDraft, AttackDraft, DiplomacyDraft, WeaponDraft) for f in model.model_fields}
    words = set().union(*(_snake_words(prompts.get(name)) for name in ("article_system", "article_examples")))
    assert words - known == set()


def test_the_worked_answers_spell_every_value_as_the_schema_does():
    source = load_prompts(PROMPT_VERSION).get("article_examples")
    answers = [json.loads(a) for a in re.findall(r"^Answer: (\{.*\})$", source, re.M)]
    assert answers
    spelled = [(AttackKind, a["kind"]) for ans in answers for a in ans["attacks"]]
    spelled += [(WeaponType, w["type"]) for ans in answers for a in ans["attacks"] for w in a["weapons"]]
    spelled += [(DiplomacyKind, d["kind"]) for ans in answers for d in ans["diplomacy"]]
    spelled += [(DiplomacyStatus, d["status"]) for ans in answers for d in ans["diplomacy"]]
    assert [(enum.__name__, v) for enum, v in spelled if v not in {e.value for e in enum}] == []


def test_a_value_the_schema_lacks_is_caught():
    """The check itself can fail: a misspelt kind in a list is reported."""
    text = "Diplomacy:\n- kind: talks, phone call, summit.\n"
    values = listed(section(text, "Diplomacy"), "kind")
    assert [v for v in values if v not in {e.value for e in DiplomacyKind}] == ["phone"]


def test_the_system_prompt_stays_short_for_small_models():
    assert len(system_prompt()) < MAX_SYSTEM_CHARS
