"""Gates on the LLM path, measured with no model: the hand-written answer fixtures of
`evals/answers/` are replayed through grounding (`--backend replay`) and scored.

- `ideal/` (what a perfect model returns), `habits/` (the same facts written as real
  models write them), `habits2/` (other habits: calendar dates, transliterations, state
  names and forces, bracket cuts and joined quotes, counts as strings) and `habits3/` (counts
  in words or with qualifiers, curly quotes and "…" cuts, places with their region in brackets,
  capitals for states, acronyms, ISO datetimes and US-order dates, weapon classes) over seed, held-out,
  hard-negative control, second development set (`evals/dev2/`, answers written after grounding was tuned) and third development set
  (`evals/dev3/`, answers written with the articles; grounding was then fixed on its losses, so
  it is in-sample now) and fourth development set (`evals/dev4/`, likewise: first replayed unseen,
  then fixed on its loss classes described in general terms) gold, each against a committed baseline
  (`evals/baselines/replay-<set>[-heldout].json`, tolerance 0) with `summarise eval --check`,
  with no re-ask the draft validator would have asked for;
- `planted/` (ideal answers with errors planted, listed in `manifest.json`): every planted
  value is rejected, and every other value of the ideal answer is kept.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser import grounding
from summariser.articles import load_articles
from summariser.cli import main
from summariser.evaluate import gates
from summariser.config import load_config
from summariser.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = ROOT / "evals" / "answers"
BASELINES = ROOT / "evals" / "baselines"
GOLDS = {"seeds": "evals/gold", "heldout": "evals/heldout/gold", "controls": "evals/controls/gold",
         "dev2": "evals/dev2/gold", "dev3": "evals/dev3/gold", "dev4": "evals/dev4/gold"}
GATES = [(s, g) for s in ("ideal", "habits", "habits2", "habits3") for g in GOLDS]


def baseline(answer_set: str, gold: str) -> Path:
    return BASELINES / f"replay-{answer_set}{'' if gold == 'seeds' else '-' + gold}.json"


# Counts grounding keeps and the scorer's own number reader (`evaluate/safety.py`) would call
# unsupported, by gate: `--check` fails on any unsupported number, so such gates compare with the
# baseline here and allow exactly these. None is left: the scorer reads (with readers of its own,
# `tests/test_grounding_scorer_reads.py`) a list item under a header carrying the cue, "all but K"
# of N, a nil told of one person or group, and one person named through a possessive.
SCORER_ALARMS: dict[tuple[str, str], int] = {}


@pytest.mark.parametrize("answer_set,gold", GATES, ids=[f"{s}-{g}" for s, g in GATES])
def test_replayed_answers_hold_their_baseline(answer_set, gold, tmp_path):
    report = tmp_path / "report"
    alarms = SCORER_ALARMS.get((answer_set, gold))
    check = [] if alarms else ["--check", str(baseline(answer_set, gold))]
    result = CliRunner().invoke(main, [
        "eval", "--backend", "replay", "--answers", str(ANSWERS / answer_set), "--gold", str(ROOT / GOLDS[gold]),
        "--no-cache", *check, "--report", str(report), "-q"])
    assert result.exit_code == 0, result.output
    results = json.loads((report / "results.json").read_text(encoding="utf-8"))
    if alarms:
        failures = gates.check(results, gates.load_json(baseline(answer_set, gold)))
        assert failures == [f"safety.unsupported_numbers: {alarms} (must be 0)"], failures
    assert results["metrics"]["headline"]["failed_articles"] == 0
    # one call per article, and no answer the draft validator would have sent back
    assert results["totals"]["retries"] == 0
    assert results["totals"]["calls"] == len(results["articles"])


GOAL = 0.98  # issue 11: every headline rate of a replayed perfect answer
COUNTS_MUST_BE_ZERO = ("safety.unsupported_numbers", "safety.records_on_empty_articles",
                       "safety.control_attack_records", "failed_articles")
# The reconciler run on *gold* records does not depend on the answers: not part of this goal. Nor is
# recall with optional records counted as required: the answers code what the codebook asks, and
# optional records are debatable by definition (both figures stay gated by the baselines above).
NOT_OF_THE_ANSWERS = ("clusters.gold_input.",)
NOT_THE_GOAL = (".recall_all",)

# Gates whose goal grounding has not reached yet (figures in docs/backends.md). They are
# strict xfails: one that reaches the goal fails until it is taken off this list.
# dev2, all sets: "Moscow region" resolves to Moscow Oblast, which the gold's "Moscow" does not
# match (evals/answers/README.md, dev2; the scorer now reads the possessive "their ... son" as 1).
# ideal also, since a region's share is kept apart from its same-named city: "the Moscow region"
# is Moscow Oblast there too (precision).
# dev3 reached the goal once the digest's day headings dated their sections' "overnight".
# habits2 (the second set of writing habits) loses nothing the ideal answers keep: dev2 as above.
# dev4: two explicit nils in a wording grounding does not read, one launch count, one place
# (attack precision 0.958, counts exact 0.974 ideal; habits and habits2 lose more counts).
# habits3 (a third set of writing habits) loses nothing the ideal answers keep after the fixes of
# its first replay: dev2 and dev4 as the ideal answers.
GOAL_NOT_YET: set[tuple[str, str]] = {("ideal", "dev2"), ("habits", "dev2"), ("habits2", "dev2"),
                                      ("habits3", "dev2"), ("habits3", "dev4"),
                                      ("ideal", "dev4"), ("habits", "dev4"), ("habits2", "dev4")}


def below_goal(answer_set: str, gold: str) -> dict:
    """Headline metrics of the committed baseline that miss the goal (the gate above holds
    every run to its baseline, so a baseline at the goal means the replay is at the goal)."""
    head = json.loads(baseline(answer_set, gold).read_text(encoding="utf-8"))["metrics"]["headline"]
    return {k: v for k, v in head.items() if not k.startswith(NOT_OF_THE_ANSWERS) and not k.endswith(NOT_THE_GOAL)
            and (v != 0 if k in COUNTS_MUST_BE_ZERO else v < GOAL)}


@pytest.mark.parametrize("answer_set,gold", [
    pytest.param(s, g, id=f"{s}-{g}", marks=[pytest.mark.xfail(strict=True, reason="goal not reached yet")]
                 if (s, g) in GOAL_NOT_YET else []) for s, g in GATES])
def test_replayed_answers_reach_the_goal(answer_set, gold):
    assert not below_goal(answer_set, gold)


# --------------------------------------------------------------------------- planted errors

MANIFEST = json.loads((ANSWERS / "planted" / "manifest.json").read_text(encoding="utf-8"))
ARTICLE_DIRS = ("seeds", "evals/heldout/articles", "evals/answers/planted/articles")
INJECTED_COPY_OF = {"h06i_odesa_toll_injected": "h06_odesa_toll_brief"}  # see evals/answers/README.md
FIELD_OF = {"places": "locations", "participants": "participants", "place": "location"}


def _article(stem: str):
    for folder in ARTICLE_DIRS:
        for path in sorted((ROOT / folder).glob(f"{stem}.*")):
            if path.suffix in (".txt", ".md"):
                return next(iter(load_articles(path)))
    raise FileNotFoundError(stem)


def _replay(answer_file: Path, stem: str, tmp: Path):
    """The final Extraction (pipeline grounding included) of one answer file, replayed."""
    folder = tmp / answer_file.parent.name / stem
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(answer_file, folder / f"{stem}.json")
    config = load_config(backend="replay", answers_dir=str(folder), use_cache=False)
    return extract(_article(stem), config=config)


def _norm(value) -> str:
    return str(value).casefold().strip()


def facts(ext) -> set[tuple]:
    """Every value of every record, keyed by where the record's first evidence starts."""
    out = set()
    for a in ext.attacks:
        key = ("attack", a.evidence[0].start if a.evidence else None)
        out |= {(*key, "kind", a.kind.value), (*key, "attacker", _norm(a.attacker)),
                (*key, "target_country", _norm(a.target_country))}
        out |= {(*key, "locations", _norm(loc.name)) for loc in a.locations}
        if a.date is not None and a.date.start is not None:  # the day a `when` resolves to
            out.add((*key, "when", _norm(a.date.start.isoformat())))
        for name in ("killed", "injured", "children_killed", "children_injured"):
            if getattr(a, name) is not None:
                out.add((*key, name, _norm(getattr(a, name).value)))
        for w in a.weapons:
            for name in ("launched", "intercepted"):
                if getattr(w, name) is not None:
                    out.add((*key, "weapons", f"{w.type.value}.{name}={getattr(w, name).value}"))
    for d in ext.diplomacy:
        key = ("diplomacy", d.evidence[0].start if d.evidence else None)
        out |= {(*key, "kind", d.kind.value), (*key, "status", d.status.value)}
        out |= {(*key, "participants", _norm(p)) for p in d.participants}
        if d.location is not None:
            out.add((*key, "location", _norm(d.location.name)))
        if d.date is not None and d.date.start is not None:
            out.add((*key, "when", _norm(d.date.start.isoformat())))
    return out


def _path_parts(path: str) -> tuple[str, int | None, str | None]:
    """"attacks[2].places[0]" -> ("attack", 2, "locations"); "diplomacy[0]" -> ("diplomacy", 0, None)."""
    m = re.match(r"(attacks|diplomacy)\[(\d+)\](?:\.(\w+))?", path)
    if m is None:
        return path, None, None
    rtype = "attack" if m.group(1) == "attacks" else "diplomacy"
    field = m.group(3)
    return rtype, int(m.group(2)), FIELD_OF.get(field, field) if field else None


def _record_key(draft: dict, rtype: str, index: int, text: str):
    quotes = draft["attacks" if rtype == "attack" else "diplomacy"][index].get("evidence") or []
    span = grounding.align(quotes[0], text) if quotes else None
    return span.start if span is not None else None


def _planted_articles() -> list[str]:
    return sorted({item["article"] for item in MANIFEST["planted"]})


@pytest.fixture(scope="module")
def replays(tmp_path_factory):
    """(planted Extraction, ideal Extraction, planted draft) per planted article."""
    tmp = tmp_path_factory.mktemp("planted")
    out = {}
    for stem in _planted_articles():
        ideal_file = ANSWERS / "ideal" / f"{INJECTED_COPY_OF.get(stem, stem)}.json"
        planted_file = ANSWERS / "planted" / f"{stem}.json"
        out[stem] = (_replay(planted_file, stem, tmp), _replay(ideal_file, stem, tmp),
                     json.loads(planted_file.read_text(encoding="utf-8")))
    return out


def survives(item: dict, planted, ideal, draft: dict) -> bool:
    """Does this planted value reach the final output?"""
    value, path = item["value"], item["path"]
    if path == "summary":
        return _norm(value) in _norm(planted.summary)
    if ".evidence" in path:
        quoted = _norm(value)[:40]
        return any(quoted in _norm(s.text) for r in [*planted.attacks, *planted.diplomacy] for s in r.evidence)
    rtype, index, field = _path_parts(path)
    new = facts(planted) - facts(ideal)
    if field is None:  # a whole invented record: any value of its type the ideal answer lacks
        return any(f[0] == rtype for f in new)
    return any(f[0] == rtype and f[2] == field and f[3] == _norm(value) for f in new)


def _item_id(item: dict) -> str:
    return f"{item['article'].split('_')[0]}-{item['path']}-{item['kind']}"


# Planted values current grounding still lets through, and articles where a plant costs a
# correct value (strict xfails: each fails once fixed, until taken off these lists).
SURVIVES_NOW: set[str] = set()
LOSES_NOW: set[str] = set()


def _known(ids: set, value: str) -> list:
    return [pytest.mark.xfail(strict=True, reason="grounding does not yet")] if value in ids else []


@pytest.mark.parametrize("item", [pytest.param(i, id=_item_id(i), marks=_known(SURVIVES_NOW, _item_id(i)))
                                  for i in MANIFEST["planted"]])
def test_every_planted_value_is_rejected(item, replays):
    planted, ideal, draft = replays[item["article"]]
    assert not survives(item, planted, ideal, draft), f"{item['kind']}: {item['note']}"


@pytest.mark.parametrize("stem", [pytest.param(s, id=s, marks=_known(LOSES_NOW, s)) for s in _planted_articles()])
def test_everything_else_of_the_ideal_answer_is_kept(stem, replays):
    planted, ideal, draft = replays[stem]
    text = _article(stem).text
    touched = {}  # (record type, evidence start) -> fields a plant changed or removed
    for item in [*MANIFEST["planted"], *MANIFEST.get("removed", [])]:
        if item["article"] != stem or item["path"] == "summary":
            continue
        rtype, index, field = _path_parts(item["path"])
        if index is not None and field != "evidence":
            touched.setdefault((rtype, _record_key(draft, rtype, index, text)), set()).add(field)
    lost = {f for f in facts(ideal) - facts(planted)
            if not ({f[2], None} & touched.get((f[0], f[1]), set()))}
    assert not lost, f"ideal values lost next to the planted errors: {sorted(lost, key=str)}"
