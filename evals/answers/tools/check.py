"""Self-check of the answer fixtures under `evals/answers/`.

Every `*.json` answer in `ideal/`, `habits/` and `planted/` must parse as the LLM backend's
`ArticleDraft`, and must belong to an article this script can find (seeds, held-out set, controls, the
second to seventy-eighth development sets `evals/dev2/` - `evals/dev78/`, or `planted/articles/`). For the `ideal/` set every evidence quote and every `when` must also be a
verbatim substring of the cleaned article text (`load_articles(...).text`), the way a perfect
model copies them. `planted/manifest.json` must name answers and fields that exist, and each
planted value must sit at its path. `habits/` must be what `habits.py` makes of `ideal/` today.

Run from the repository root:  python evals/answers/tools/check.py   (exit 1 on any problem)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from summariser.articles import load_articles  # noqa: E402
from summariser.backends.llm import ArticleDraft  # noqa: E402

ANSWERS = ROOT / "evals" / "answers"
ARTICLE_DIRS = [ROOT / "seeds", ROOT / "evals" / "articles", ROOT / "evals" / "heldout" / "articles",
                ROOT / "evals" / "controls" / "articles", ROOT / "evals" / "dev2" / "articles",
                ROOT / "evals" / "dev3" / "articles", ROOT / "evals" / "dev4" / "articles",
                ROOT / "evals" / "dev5" / "articles", ROOT / "evals" / "dev6" / "articles",
                ROOT / "evals" / "dev7" / "articles", ROOT / "evals" / "dev8" / "articles",
                ROOT / "evals" / "dev9" / "articles", ROOT / "evals" / "dev10" / "articles",
                ROOT / "evals" / "dev11" / "articles",
                ROOT / "evals" / "dev12" / "articles",
                ROOT / "evals" / "dev13" / "articles",
                ROOT / "evals" / "dev14" / "articles",
                ROOT / "evals" / "dev15" / "articles",
                ROOT / "evals" / "dev16" / "articles",
                ROOT / "evals" / "dev17" / "articles",
                ROOT / "evals" / "dev18" / "articles",
                ROOT / "evals" / "dev19" / "articles",
                ROOT / "evals" / "dev20" / "articles",
                ROOT / "evals" / "dev21" / "articles",
                ROOT / "evals" / "dev22" / "articles",
                ROOT / "evals" / "dev23" / "articles",
                ROOT / "evals" / "dev24" / "articles",
                ROOT / "evals" / "dev25" / "articles",
                ROOT / "evals" / "dev26" / "articles",
                ROOT / "evals" / "dev27" / "articles",
                ROOT / "evals" / "dev28" / "articles",
                ROOT / "evals" / "dev29" / "articles",
                ROOT / "evals" / "dev30" / "articles",
                ROOT / "evals" / "dev31" / "articles",
                ROOT / "evals" / "dev32" / "articles",
                ROOT / "evals" / "dev33" / "articles",
                ROOT / "evals" / "dev34" / "articles",
                ROOT / "evals" / "dev35" / "articles",
                ROOT / "evals" / "dev36" / "articles",
                ROOT / "evals" / "dev37" / "articles",
                ROOT / "evals" / "dev38" / "articles",
                ROOT / "evals" / "dev39" / "articles",
                ROOT / "evals" / "dev40" / "articles",
                ROOT / "evals" / "dev41" / "articles",
                ROOT / "evals" / "dev42" / "articles",
                ROOT / "evals" / "dev43" / "articles",
                ROOT / "evals" / "dev44" / "articles",
                ROOT / "evals" / "dev45" / "articles",
                ROOT / "evals" / "dev46" / "articles",
                ROOT / "evals" / "dev47" / "articles",
                ROOT / "evals" / "dev48" / "articles",
                ROOT / "evals" / "dev49" / "articles",
                ROOT / "evals" / "dev50" / "articles",
                ROOT / "evals" / "dev51" / "articles",
                ROOT / "evals" / "dev52" / "articles",
                ROOT / "evals" / "dev53" / "articles",
                ROOT / "evals" / "dev54" / "articles",
                ROOT / "evals" / "dev55" / "articles",
                ROOT / "evals" / "dev56" / "articles",
                ROOT / "evals" / "dev57" / "articles",
                ROOT / "evals" / "dev58" / "articles",
                ROOT / "evals" / "dev59" / "articles",
                ROOT / "evals" / "dev60" / "articles",
                ROOT / "evals" / "dev61" / "articles",
                ROOT / "evals" / "dev62" / "articles",
                ROOT / "evals" / "dev63" / "articles",
                ROOT / "evals" / "dev64" / "articles",
                ROOT / "evals" / "dev65" / "articles",
                ROOT / "evals" / "dev66" / "articles",
                ROOT / "evals" / "dev67" / "articles",
                ROOT / "evals" / "dev68" / "articles",
                ROOT / "evals" / "dev69" / "articles",
                ROOT / "evals" / "dev70" / "articles",
                ROOT / "evals" / "dev71" / "articles",
                ROOT / "evals" / "dev72" / "articles",
                ROOT / "evals" / "dev73" / "articles",
                ROOT / "evals" / "dev74" / "articles",
                ROOT / "evals" / "dev75" / "articles",
                ROOT / "evals" / "dev76" / "articles",
                ROOT / "evals" / "dev77" / "articles",
                ROOT / "evals" / "dev78" / "articles",
                ANSWERS / "planted" / "articles"]
SETS = ("ideal", "habits", "planted")


def answered_articles(skip: tuple[str, ...] = ()):
    """(stem, cleaned Article) of every answered article, but those under a folder named in skip."""
    for folder in ARTICLE_DIRS:
        if set(skip) & set(folder.parts):
            continue
        for path in sorted(folder.glob("*")):
            if path.suffix in (".txt", ".md"):
                for art in load_articles(path):
                    yield path.stem, art


def article_texts() -> dict[str, str]:
    """Cleaned article text by file stem."""
    return {stem: art.text for stem, art in answered_articles()}


def quotes(draft: ArticleDraft):
    """(path, text) of every evidence quote and `when` of a draft."""
    for kind, records in (("attacks", draft.attacks), ("diplomacy", draft.diplomacy)):
        for i, rec in enumerate(records):
            for j, q in enumerate(rec.evidence):
                yield f"{kind}[{i}].evidence[{j}]", q
            if rec.when:
                yield f"{kind}[{i}].when", rec.when


def check_file(path: Path, texts: dict[str, str], verbatim: bool) -> list[str]:
    problems = []
    if path.stem not in texts:
        return [f"{path}: no article with stem {path.stem!r}"]
    try:
        draft = ArticleDraft.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"{path}: not an ArticleDraft: {exc}"]
    if verbatim:
        text = texts[path.stem]
        problems += [f"{path}: {where} not verbatim in the article: {q!r}"
                     for where, q in quotes(draft) if q not in text]
    return problems


def get_path(obj, dotted: str):
    """The value at a path like `attacks[0].weapons[1].launched` of a JSON object."""
    for part in dotted.replace("]", "").split("."):
        name, _, index = part.partition("[")
        obj = obj[name] if name else obj
        if index:
            obj = obj[int(index)]
    return obj


def check_manifest() -> list[str]:
    path = ANSWERS / "planted" / "manifest.json"
    if not path.exists():
        return []
    problems = []
    for n, entry in enumerate(json.loads(path.read_text(encoding="utf-8"))["planted"]):
        answer = ANSWERS / "planted" / f"{entry['article']}.json"
        if not answer.exists():
            problems.append(f"manifest[{n}]: no answer {answer.name}")
            continue
        draft = json.loads(answer.read_text(encoding="utf-8"))
        try:
            value = get_path(draft, entry["path"])
        except (KeyError, IndexError, TypeError):
            problems.append(f"manifest[{n}]: {entry['path']} not in {answer.name}")
            continue
        if not _holds(value, entry["value"]):
            problems.append(f"manifest[{n}]: {answer.name} {entry['path']} is {value!r}, "
                            f"not the planted {entry['value']!r}")
    return problems


def check_habits_fresh(texts: dict[str, str]) -> list[str]:
    """habits/ is what tools/habits.py makes of ideal/ today (rerun it after editing ideal/)."""
    from habits import habit_draft

    problems = []
    for ideal in sorted((ANSWERS / "ideal").glob("*.json")):
        habit = ANSWERS / "habits" / ideal.name
        want = habit_draft(json.loads(ideal.read_text(encoding="utf-8")), texts[ideal.stem])
        if not habit.exists() or json.loads(habit.read_text(encoding="utf-8")) != want:
            problems.append(f"{habit}: stale or missing; run python evals/answers/tools/habits.py")
    return problems


def _holds(actual, planted) -> bool:
    """A planted string may be part of a longer field (a summary); anything else is equal."""
    if isinstance(planted, str) and isinstance(actual, str):
        return planted in actual
    return actual == planted


def main() -> int:
    texts = article_texts()
    problems: list[str] = []
    counts = {}
    for name in SETS:
        files = sorted((ANSWERS / name).glob("*.json"))
        files = [f for f in files if f.name != "manifest.json"]
        counts[name] = len(files)
        for f in files:
            problems += check_file(f, texts, verbatim=name == "ideal")
    problems += check_manifest()
    problems += check_habits_fresh(texts)
    for p in problems:
        print(p)
    print("checked " + ", ".join(f"{n}: {c} files" for n, c in counts.items())
          + f"; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
