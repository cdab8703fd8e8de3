"""The worked examples of the article prompt (`prompts/<PROMPT_VERSION>/article_examples.md`).

A real model copies its examples, so each one must be an answer the project would keep: valid for
the draft schema, coded as `evals/CODEBOOK.md` codes it, and grounded whole. Each example answer is
fed through the replay backend (the path a recorded model answer takes) on the example's own text,
and every record and every value it states must come out the other side.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from summariser.articles import make_article
from summariser.backends.llm import ArticleDraft
from summariser.config import load_config
from summariser.pipeline import extract
from summariser.prompts import PROMPT_VERSION, load_prompts
from summariser.records import COUNT_FIELDS, Attack, Diplomacy, Extraction

EXAMPLE = re.compile(r'^Text: "(?P<text>.*)"\nAnswer: (?P<answer>\{.*\})$', re.M)
PUBLISHED = "2026-11-30"  # a Monday, so that weekday words resolve


def examples() -> list[tuple[str, dict[str, Any]]]:
    """(text, answer JSON) of every worked example, in order."""
    source = load_prompts(PROMPT_VERSION).get("article_examples")
    return [(m["text"], json.loads(m["answer"])) for m in EXAMPLE.finditer(source)]


def replayed(text: str, answer: dict[str, Any], tmp_path: Path) -> Extraction:
    """The records the replay backend keeps from `answer` on `text`."""
    answers = tmp_path / "answers"
    answers.mkdir()
    (answers / "example.json").write_text(json.dumps(answer), encoding="utf-8")
    article = make_article(text, path="example.txt", published=PUBLISHED)
    return extract(article, config=load_config(backend="replay", answers_dir=str(answers), use_cache=False))


def test_the_prompt_carries_two_worked_examples():
    assert len(examples()) == 2


@pytest.mark.parametrize("index", [0, 1])
def test_each_example_answer_fits_the_draft_schema(index):
    _, answer = examples()[index]
    draft = ArticleDraft.model_validate(answer)
    assert len(draft.attacks) == len(answer["attacks"]) and len(draft.diplomacy) == len(answer["diplomacy"])


def _attack_kept(draft: dict[str, Any], record: Attack) -> list[str]:
    """What of an attack draft the record lost."""
    lost = [f"{name}={draft[name]}" for name in COUNT_FIELDS
            if draft.get(name) is not None and (getattr(record, name) is None or getattr(record, name).value != draft[name])]
    lost += [f"{name}={draft[name]}" for name in ("attacker", "target_country", "kind")
             if draft.get(name) and str(getattr(record, name).value if name == "kind" else getattr(record, name)) != draft[name]]
    if draft.get("when") and record.date is None:
        lost.append(f"when={draft['when']}")
    for name, kept in (("places", record.locations), ("damage", record.damage), ("reported_by", record.reported_by)):
        if len(kept) != len(draft.get(name, [])):
            lost.append(f"{name}={draft.get(name)}")
    weapons = draft.get("weapons", [])
    if len(record.weapons) != len(weapons):
        return lost + [f"weapons={weapons}"]
    for asked, kept_weapon in zip(weapons, record.weapons):
        for name in ("launched", "intercepted"):
            got = getattr(kept_weapon, name)
            if asked.get(name) is not None and (got is None or got.value != asked[name]):
                lost.append(f"{asked['type']}.{name}={asked[name]}")
        if asked.get("model") and kept_weapon.model != asked["model"]:
            lost.append(f"{asked['type']}.model={asked['model']}")
    return lost


def _diplomacy_kept(draft: dict[str, Any], record: Diplomacy) -> list[str]:
    """What of a diplomacy draft the record lost."""
    lost = [f"{name}={draft[name]}" for name in ("kind", "status") if getattr(record, name).value != draft[name]]
    if record.participants != draft.get("participants", []):
        lost.append(f"participants={draft.get('participants')} (kept {record.participants})")
    if draft.get("place") and record.location is None:
        lost.append(f"place={draft['place']}")
    if draft.get("when") and record.date is None:
        lost.append(f"when={draft['when']}")
    if draft.get("description") and not record.description:
        lost.append("description")
    return lost


def _by_places(records: list[Attack]) -> dict[tuple[str, ...], Attack]:
    return {tuple(loc.name for loc in r.locations): r for r in records}


@pytest.mark.parametrize("index", [0, 1])
def test_each_example_answer_survives_grounding_whole(index, tmp_path):
    text, answer = examples()[index]
    ext = replayed(text, answer, tmp_path)
    assert ext.rejected == [], [f"{r.field}: {r.reason}" for r in ext.rejected]
    assert (len(ext.attacks), len(ext.diplomacy)) == (len(answer["attacks"]), len(answer["diplomacy"]))
    attacks = _by_places(ext.attacks)
    lost = [f"attack {a['places']}: {what}" for a in answer["attacks"]
            for what in _attack_kept(a, attacks[tuple(a["places"])])]
    lost += [f"diplomacy {d['kind']}: {what}" for d, r in zip(answer["diplomacy"], ext.diplomacy)
             for what in _diplomacy_kept(d, r)]
    assert lost == []


def test_the_first_example_codes_two_ministers_meeting_as_talks():
    """Rule 14: a meeting of states' ministers is talks; `meeting` is an organisation's meeting."""
    text, answer = examples()[0]
    assert "ministers" in text and "met" in text
    assert [d["kind"] for d in answer["diplomacy"]] == ["talks"]


def test_the_second_example_puts_the_nationwide_total_on_a_country_record_beside_the_city():
    """Rule 3: the barrage's figures go on a country-level record; the city keeps its casualties."""
    _, answer = examples()[1]
    country = [a for a in answer["attacks"] if a["places"] == [a["target_country"]]]
    cities = [a for a in answer["attacks"] if a["places"] != [a["target_country"]]]
    assert len(country) == 1 and len(cities) == 1
    assert any(w.get("launched") for w in country[0]["weapons"]) and country[0].get("killed") is None
    assert cities[0]["killed"] and cities[0]["injured"] and not any(w.get("launched") for w in cities[0]["weapons"])


def test_the_second_example_codes_a_mixed_total_as_one_other_weapon_and_an_explicit_zero():
    """Rule 9: a total of mixed types is one `other` weapon with the article's words as model;
    rule 6: "none of the missiles was intercepted" is 0, not empty."""
    _, answer = examples()[1]
    weapons = [w for a in answer["attacks"] for w in a["weapons"]]
    mixed = [w for w in weapons if w["type"] == "other"]
    assert len(mixed) == 1 and mixed[0]["model"] and mixed[0]["intercepted"]
    assert any(w.get("intercepted") == 0 for w in weapons)


def test_the_second_example_leaves_a_stance_out_and_codes_a_postponement_stalled():
    """Rule 13: "is ready to meet" is a stance, no event; rule 16: postponed with no new date is stalled."""
    text, answer = examples()[1]
    stance = next(s for s in re.split(r"(?<=\.) ", text) if "ready to meet" in s)
    quoted = [q for d in answer["diplomacy"] for q in d["evidence"]]
    assert not any(stance in q or q in stance for q in quoted)
    postponed = [d for d in answer["diplomacy"] if any("postponed" in q for q in d["evidence"])]
    assert [d["status"] for d in postponed] == ["stalled"] and postponed[0]["when"]


def test_the_previous_prompt_version_stays_on_disk_for_old_cache_entries():
    assert PROMPT_VERSION != "v2" and load_prompts("v2").get("article_system")
