"""Recompute the offsets of every evidence quote in the gold files against the current cleaned text.

Gold labels are authored as quotes; offsets are derived. Run this whenever cleaning changes:

    .venv/bin/python evals/tools/locate_spans.py            # rewrite evals/gold/*.json
    .venv/bin/python evals/tools/locate_spans.py --check    # exit 1 if any file would change

For each span the exact quote is searched first (the occurrence nearest its previous start
wins); failing that, a pattern that tolerates whitespace and quote-mark differences, in which
case the span's text is updated to what the cleaned text now says. Count evidence is searched
inside its record's evidence first, so a short quote ("two") lands on the right mention. The
article id (hash of the cleaned text) is rewritten too. A quote that cannot be found is an
error naming the file and the quote: fix the gold file by hand.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from summariser.articles import Article, load_articles  # noqa: E402

COUNT_FIELDS = ("killed", "injured", "children_killed", "children_injured")
_QUOTE_CLASSES = {"'": "['‘’`]", "‘": "['‘’`]", "’": "['‘’`]", '"': "[\"“”]", "“": "[\"“”]", "”": "[\"“”]",
                  "-": "[-–—]", "–": "[-–—]", "—": "[-–—]"}


class NotFound(Exception):
    pass


def _pattern(quote: str) -> re.Pattern:
    parts = []
    for ch in quote.strip():
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        else:
            parts.append(_QUOTE_CLASSES.get(ch, re.escape(ch)))
    body = "".join(parts)
    # a short quote ("60", "one") must not land inside a longer word or number
    left = r"(?<!\w)" if quote.strip()[:1].isalnum() else ""
    right = r"(?!\w)" if quote.strip()[-1:].isalnum() else ""
    return re.compile(left + body + right)


def locate(text: str, quote: str, hint: int | None = None, within: list[tuple[int, int]] = ()) -> tuple[int, int]:
    """(start, end) of `quote` in `text`: inside `within` windows first, nearest `hint` next."""
    pat = _pattern(quote)
    windows = [*within, (0, len(text))]
    for lo, hi in windows:
        hits = [(m.start(), m.end()) for m in pat.finditer(text, lo, hi)]
        if hits:
            if hint is not None:
                hits.sort(key=lambda h: abs(h[0] - hint))
            return hits[0]
    raise NotFound(quote)


def _fix_span(span: dict, text: str, within=()) -> tuple[int, int]:
    start, end = locate(text, span["text"], span.get("start"), within)
    span["start"], span["end"], span["text"] = start, end, text[start:end]
    return start, end


def _counts(record: dict):
    for name in COUNT_FIELDS:
        if record.get(name):
            yield record[name]
    for weapon in record.get("weapons", []):
        for name in ("launched", "intercepted"):
            if weapon.get(name):
                yield weapon[name]


def relocate(gold: dict, article: Article) -> list[str]:
    """Fix every span of one gold document in place; return the quotes that were not found."""
    text, missing = article.text, []
    gold["article"]["id"] = article.id
    for key in ("source", "published"):  # from the article's own metadata (seeds.jsonl, front matter)
        value = getattr(article, key)
        if value is not None:
            gold["article"][key] = str(value)
    for rtype in ("attacks", "diplomacy"):
        for i, record in enumerate(gold.get(rtype, [])):
            windows = []
            for span in record.get("evidence", []):
                try:
                    windows.append(_fix_span(span, text))
                except NotFound:
                    missing.append(f"{rtype}[{i}] evidence {span['text']!r}")
            for count in _counts(record):
                if count.get("evidence"):
                    try:
                        _fix_span(count["evidence"], text, windows)
                    except NotFound:
                        missing.append(f"{rtype}[{i}] count evidence {count['evidence']['text']!r}")
    return missing


def load_article(gold: dict, gold_path: Path) -> Article:
    path = ROOT / gold["article"]["path"]
    results = list(load_articles(path))
    if len(results) != 1 or not isinstance(results[0], Article):
        raise SystemExit(f"{gold_path}: article.path {gold['article']['path']!r} does not load as one article: {results}")
    return results[0]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path, help="gold files (default: evals/gold/*.json)")
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if any file would change")
    args = ap.parse_args(argv)
    files = args.gold or sorted((ROOT / "evals" / "gold").glob("*.json"))
    changed, failed = [], False
    for gp in files:
        if gp.name == "clusters.json":
            continue
        before = gp.read_text(encoding="utf-8")
        gold = json.loads(before)
        article = load_article(gold, gp)
        for miss in relocate(gold, article):
            failed = True
            print(f"{gp}: {miss} is not in the cleaned text of {gold['article']['path']}; edit the quote", file=sys.stderr)
        after = json.dumps(gold, indent=2, ensure_ascii=False) + "\n"
        if after != before:
            changed.append(gp)
            if not args.check:
                gp.write_text(after, encoding="utf-8")
    verb = "would change" if args.check else "rewrote"
    for gp in changed:
        print(f"{verb} {gp.relative_to(ROOT) if gp.is_absolute() else gp}")
    return 1 if failed or (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
