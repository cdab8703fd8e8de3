"""Rewrite the ideal answers the way real models write them: `evals/answers/habits/<stem>.json`.

Deterministic (no randomness: every choice is keyed on the record and quote index), so
running it twice gives the same files. Each habit keeps the facts of the ideal answer and
changes only their form; the transformations (documented in `evals/answers/README.md`):

- evidence quotes: long ones elided in the middle ("first words … last words", alternating
  "…" and "..."); short ones lightly paraphrased (curly and straight quotes swapped, one
  article word dropped, the final full stop dropped);
- places: a city with its country ("Kyiv, Ukraine"), a region with "Oblast" (Ukraine) or
  "region" (Russia) ("Sumy Oblast", "Kursk region"); countries, districts and sites unchanged;
- participants: a state as the leader the article names, on alternate records and slots
  ("Zelensky" for Ukraine, "Trump" for United States), else as its abbreviation (US, UK, EU);
- `when`: a leading preposition dropped or its case changed, only where the rest still
  occurs in the article.

Run from the repository root:  python evals/answers/tools/habits.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check import ANSWERS, article_texts  # noqa: E402

# How models commonly abbreviate states and organisations.
ABBREVIATIONS = {"United States": "US", "United Kingdom": "UK", "European Union": "EU",
                 "United Arab Emirates": "UAE", "United Nations": "UN"}
# Leaders (or ministers) by state, in the spellings articles use; a leader is used for a
# state only when the article names that leader.
LEADERS = {
    "Ukraine": ["Zelensky", "Zelenskiy", "Zelenskyy"],
    "United States": ["Trump"],
    "Russia": ["Putin"],
    "United Kingdom": ["Starmer"],
    "France": ["Macron"],
    "Hungary": ["Orban"],
    "Germany": ["Pistorius", "Merz"],
    "Turkey": ["Erdogan"],
    "Poland": ["Nawrocki"],
    "Armenia": ["Pashinyan"],
    "Denmark": ["Frederiksen"],
    "India": ["Jaishankar"],
    "Canada": ["Anand"],
    "Sweden": ["Jonson"],
    "Greece": ["Mitsotakis"],
    "Japan": ["Motegi"],
    "Estonia": ["Tsahkna"],
    "Moldova": ["Sandu"],
    "Bulgaria": ["Radev"],
    "Croatia": ["Plenkovic"],
    "Albania": ["Rama"],
    "Montenegro": ["Milatovic"],
    "Azerbaijan": ["Aliyev"],
    "Norway": ["Sandvik"],
    "Finland": ["Stubb"],
}
COUNTRY_LEVEL = {"Ukraine", "Russia"}
REGION_WORD = {"Ukraine": "Oblast", "Russia": "region"}
ARTICLE_WORD = re.compile(r" (?:the|a|an) ", re.I)
CURLY = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'"})
LEADING_PREPOSITIONS = {"on", "in", "at", "during", "throughout", "over"}
CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "palm"}


# --------------------------------------------------------------------------- quotes


def elide(quote: str, mark: str) -> str:
    """The first six and last five words, the middle replaced by `mark`."""
    words = quote.split()
    return " ".join(words[:6]) + f" {mark} " + " ".join(words[-5:])


def swap_quotes(quote: str) -> str:
    """Curly quotes and apostrophes become straight; straight ones become curly."""
    if any(c in quote for c in "“”’‘"):
        return quote.translate(CURLY)
    out = re.sub(r'(^|[\s(])"', "\\1“", quote)
    return out.replace('"', "”").replace("'", "’")


def paraphrase(quote: str) -> str:
    """Swap curly/straight quotes, drop the first article word, drop the final full stop."""
    out = swap_quotes(quote)
    out = ARTICLE_WORD.sub(" ", out, count=1)
    return out[:-1] if out.endswith(".") else out


def habit_quote(quote: str, key: int) -> str:
    if len(quote.split()) >= 16:
        return elide(quote, "…" if key % 2 == 0 else "...")
    return paraphrase(quote)


# --------------------------------------------------------------------------- places


def is_region(place: str, evidence: str) -> bool:
    """Every mention of `place` in the record's evidence is in a region context:
    "the X region", "the X border region", "the regions of A, X and C", "the A and X regions"."""
    name = re.escape(place)
    mentions = list(re.finditer(rf"\b{name}\b", evidence))
    if not mentions:
        return False
    listed = r"(?:(?:,|,? and)\s+(?:the\s+)?[A-Z][\w-]*)*"
    for m in mentions:
        after, before = evidence[m.end():], evidence[:m.start()]
        if re.match(r"(?:\s+border)?\s+(?:region|Oblast)\b", after) or re.match(rf"{listed}\s+regions\b", after):
            continue
        if re.search(r"regions? of\s+(?:[A-Z][\w-]*,?\s+(?:and\s+)?)*$", before):
            continue
        return False
    return True


def habit_place(place: str, record: dict) -> str:
    country = record.get("target_country")
    if place in COUNTRY_LEVEL or country not in REGION_WORD:
        return place
    evidence = " ".join(record.get("evidence", []))
    if re.search(rf"\b{re.escape(place)}\s+(?:district|raion)\b", evidence):
        return place
    if is_region(place, evidence):
        return f"{place} {REGION_WORD[country]}"
    return f"{place}, {country}"


# --------------------------------------------------------------------------- participants


def leader_in(state: str, text: str) -> str | None:
    return next((n for n in LEADERS.get(state, []) if re.search(rf"\b{n}\b", text)), None)


def habit_participant(state: str, key: int, text: str) -> str:
    leader = leader_in(state, text)
    if leader and key % 2 == 0:
        return leader
    return ABBREVIATIONS.get(state, state)


# --------------------------------------------------------------------------- dates


def habit_when(when: str | None, text: str) -> str | None:
    """Drop a leading preposition, or lower a capital first letter, when the rest still
    occurs in the text; otherwise keep the words."""
    if not when:
        return when
    head, _, rest = when.partition(" ")
    if head.lower() in LEADING_PREPOSITIONS and rest and rest in text:
        return rest
    lower = when[0].isupper() and head.lower() not in CALENDAR
    return when[0].lower() + when[1:] if lower else when


# --------------------------------------------------------------------------- drafts


def habit_draft(draft: dict, text: str) -> dict:
    out = json.loads(json.dumps(draft))
    key = 0
    for rec in out.get("attacks", []):
        rec["places"] = [habit_place(p, rec) for p in rec.get("places", [])]
        rec["when"] = habit_when(rec.get("when"), text)
        rec["evidence"] = [habit_quote(q, key + j) for j, q in enumerate(rec.get("evidence", []))]
        key += 1
    for i, rec in enumerate(out.get("diplomacy", [])):
        rec["participants"] = [habit_participant(p, i + j, text) for j, p in enumerate(rec.get("participants", []))]
        if rec.get("place"):
            rec["place"] = ABBREVIATIONS.get(rec["place"], rec["place"])
        rec["when"] = habit_when(rec.get("when"), text)
        rec["evidence"] = [habit_quote(q, key + j) for j, q in enumerate(rec.get("evidence", []))]
        key += 1
    for rec in out.get("attacks", []) + out.get("diplomacy", []):
        if rec.get("when") is None:
            rec.pop("when", None)
    return out


def main() -> int:
    texts = article_texts()
    target = ANSWERS / "habits"
    target.mkdir(exist_ok=True)
    for path in sorted((ANSWERS / "ideal").glob("*.json")):
        draft = json.loads(path.read_text(encoding="utf-8"))
        habit = habit_draft(draft, texts[path.stem])
        (target / path.name).write_text(json.dumps(habit, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(list(target.glob('*.json')))} files to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
