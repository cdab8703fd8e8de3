"""A third set of model writing habits: `evals/answers/habits3/<stem>.json`.

`habits.py` and `habits2.py` cover elided quotes, "Kyiv, Ukraine", "Sumy Oblast", leaders for
states, transliterations, calendar dates, state names and forces, joined and cut quotes, counts
as strings and other weapon names. This generator rewrites every ideal answer with forms neither
covers, written before grounding was changed for them, so the first replay measures habits
grounding was not tuned on. Every habit renders the *same* value in another form (never "a
dozen" for 12, never a rounder figure); one function per habit (`evals/answers/README.md`,
section "habits3"):

- `count_form`: a count as a string with the qualifier the text gives ("at least 5", "about 40"),
  a trailing plus ("5+") or in words ("five");
- `summary_numbers`: the summary's numbers in words (or words as digits);
- `quote_marks`: a quote wrapped in curly quotes, cut with a leading or trailing "…", its first
  letter's case changed, or its final punctuation dropped or changed;
- `place_form`: a city with its first-level region from the gazetteer ("Dnipro,
  Dnipropetrovsk Oblast", "Odesa (Odesa Oblast, Ukraine)"), a region as "X region, Ukraine" or
  "the X region";
- `actor_form`: a participant (and on alternate records an attacker) as its capital or seat
  ("the Kremlin", "Washington", "Kyiv", "Brussels" for the EU); an organisation as its acronym or
  long form ("North Atlantic Treaty Organization", "IAEA", "UN Security Council" → "UNSC");
- `when_form`: a day as an ISO datetime ("2026-11-28T00:00:00", "2026-11-28T00:00Z") or, when
  unambiguous (day above 12), in US order ("11/28/2026"); a night as ISO datetimes
  ("2026-11-27T22:00/2026-11-28T06:00" is not written: no hour the article lacks is invented;
  the night's morning is given as "2026-11-28 (overnight)");
- `model_form`: the model named with its class ("Kalibr cruise missiles", "Iskander-M ballistic
  missile"), Geran-2 for Shahed (the alias is in the knowledge data).

Deterministic: every choice is keyed on record and quote position. Answers of the `j` prefix
(the dev5 set) are skipped. Run from the repository root:
    python evals/answers/tools/habits3.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check import ANSWERS, answered_articles  # noqa: E402

from summariser.grounding import align  # noqa: E402
from summariser.grounding.complete import resolve_when  # noqa: E402
from summariser.knowledge import gazetteer  # noqa: E402
from summariser.records import DatePrecision  # noqa: E402

SKIP_PREFIXES = ("j",)  # dev5: a set nobody but its writer opens
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
QUALIFIERS = ("at least", "more than", "over", "about", "around", "some", "nearly", "almost", "up to")
# capitals and seats for states and organisations (true of every article: the same actor)
METONYMS = {"Russia": ["the Kremlin", "Moscow"], "United States": ["Washington", "the White House"],
            "US": ["Washington"], "Ukraine": ["Kyiv"], "EU": ["Brussels"], "European Union": ["Brussels"],
            "United Kingdom": ["London", "Downing Street"], "UK": ["London"], "France": ["Paris", "the Elysee"],
            "Germany": ["Berlin"], "Turkey": ["Ankara"], "China": ["Beijing"], "Poland": ["Warsaw"],
            "Belarus": ["Minsk"], "Japan": ["Tokyo"], "India": ["New Delhi"], "Italy": ["Rome"]}
ORGS = {"NATO": "North Atlantic Treaty Organization", "EU": "European Union", "UN": "United Nations",
        "IAEA": "International Atomic Energy Agency", "International Atomic Energy Agency": "IAEA",
        "OSCE": "Organization for Security and Co-operation in Europe", "G7": "Group of Seven",
        "UN Security Council": "UNSC", "European Union": "EU", "United Nations": "UN"}
MODELS = {"Kalibr": "Kalibr cruise missiles", "Iskander-M": "Iskander-M ballistic missile",
          "Shahed": "Geran-2", "Shahed-136": "Geran-2", "Kh-101": "Kh-101 cruise missiles",
          "Kinzhal": "Kinzhal hypersonic missile", "Kh-22": "Kh-22 cruise missile"}
CURLY = [("“", "”"), ("‘", "’"), ('"', '"')]


# --------------------------------------------------------------------------- counts


def _qualifier(value: int, evidence: str) -> str | None:
    """The qualifier the evidence writes before this value ("at least five" -> "at least")."""
    forms = [str(value), f"{value:,}"] + ([WORDS[value]] if value < len(WORDS) else [])
    for q in QUALIFIERS:
        if any(re.search(rf"\b{q}\s+{re.escape(f)}\b", evidence, re.I) for f in forms):
            return q
    return None


def count_form(rec: dict, key: int) -> None:
    """A count as "at least 5" (the text's qualifier), "5+" or "five"; zeros stay numbers."""
    evidence = " ".join(rec.get("evidence", []))
    for n, holder in enumerate([rec] + rec.get("weapons", [])):
        for name in ("killed", "injured", "children_killed", "children_injured", "launched", "intercepted"):
            value = holder.get(name)
            if not isinstance(value, int) or value == 0:
                continue
            q = _qualifier(value, evidence)
            pick = (key + n) % 3
            if q is not None:
                holder[name] = f"{q} {value}"
            elif pick == 1:
                holder[name] = f"{value}+"
            elif pick == 2 and value < len(WORDS):
                holder[name] = WORDS[value]


# --------------------------------------------------------------------------- free text


def summary_numbers(summary: str) -> str:
    """Small numbers in words, words as digits (the same values)."""
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.isdigit():
            return WORDS[int(word)] if int(word) < len(WORDS) else word
        return str(WORDS.index(word.lower()))
    return re.sub(r"(?<![\w.,:/-])(?:\d{1,2}|" + "|".join(WORDS[2:13]) + r")(?![\w.,:/-]\d)\b", swap, summary)


# --------------------------------------------------------------------------- quotes


def quote_marks(quote: str, key: int) -> str:
    """Curly quotes around it, a leading or trailing "…", first letter's case changed, final
    punctuation dropped or changed."""
    pick = key % 5
    if pick == 0:
        left, right = CURLY[key // 5 % len(CURLY)]
        return f"{left}{quote}{right}"
    if pick == 1:
        words = quote.split()
        return "…" + " ".join(words[2:]) if len(words) >= 10 else quote
    if pick == 2:
        words = quote.rstrip(".").split()
        return " ".join(words[:-2]) + "…" if len(words) >= 10 else quote
    if pick == 3:
        return quote[:1].swapcase() + quote[1:]
    return quote.rstrip(".") + ("" if key // 5 % 2 == 0 else ";")


# --------------------------------------------------------------------------- places


def _every_mention_a_region(place: str, evidence: str) -> bool:
    """Every mention of the name in the record's quotes is a region's ("the X region")."""
    mentions = list(re.finditer(rf"\b{re.escape(place)}\b", evidence))
    return bool(mentions) and all(
        re.match(r"(?:\s+border)?\s+(?:region|Oblast|oblast|province)\b", evidence[m.end():]) for m in mentions)


def place_form(place: str, rec: dict, key: int) -> str:
    """A city with its region from the gazetteer; a region as "X region, Ukraine"."""
    country = rec.get("target_country")
    if country not in ("Ukraine", "Russia") or place in ("Ukraine", "Russia") or "," in place:
        return place
    evidence = " ".join(rec.get("evidence", []))
    if " " not in place and _every_mention_a_region(place, evidence):
        forms = [f"{place} region, {country}", f"the {place} region"]
        return forms[key % 2]
    found = gazetteer.lookup(place)
    if found is not None and found.level == "city" and found.admin1 and found.country == country:
        admin = gazetteer.region(found.admin1)
        region = admin.name if admin is not None else found.admin1
        forms = [f"{place}, {region}", f"{place} ({region}, {country})"]
        return forms[key % 2]
    return place


# --------------------------------------------------------------------------- actors


def actor_form(actor: str | None, key: int) -> str | None:
    """A state as its capital or seat; an organisation as its acronym or long form."""
    if not actor:
        return actor
    if actor in ORGS:
        return ORGS[actor]
    names = METONYMS.get(actor)
    return names[key // 2 % len(names)] if names and key % 2 == 0 else actor


# --------------------------------------------------------------------------- dates


def when_form(when: str | None, text: str, published: dt.date | None, key: int, **kind: bool) -> str | None:
    """A day as an ISO datetime or (day above 12) in US order; a night as its morning's date."""
    if not when or published is None:
        return when
    span = align(when, text)
    found = resolve_when(when, published, text, (span.start, span.end) if span else None, **kind)
    if found.start is None:
        return when
    day = found.start
    if found.precision is DatePrecision.day:
        forms = [f"{day.isoformat()}T00:00:00", f"{day.isoformat()}T00:00Z"]
        if day.day > 12:
            forms.append(f"{day.month}/{day.day}/{day.year}")
        return forms[key % len(forms)]
    if found.end and (found.end - found.start).days == 1:
        return f"{found.end.isoformat()} (overnight)"
    return when


def model_form(weapon: dict) -> None:
    if weapon.get("model") in MODELS:
        weapon["model"] = MODELS[weapon["model"]]


# --------------------------------------------------------------------------- drafts


def habit3_draft(draft: dict, text: str, published: dt.date | None) -> dict:
    out = json.loads(json.dumps(draft))
    out["summary"] = summary_numbers(out.get("summary", ""))
    key = 0
    for rec in out.get("attacks", []):
        rec["places"] = [place_form(p, rec, key + j) for j, p in enumerate(rec.get("places", []))]
        if key % 4 == 0:
            rec["attacker"] = actor_form(rec.get("attacker"), 0)
        rec["when"] = when_form(rec.get("when"), text, published, key)
        count_form(rec, key)
        for w in rec.get("weapons", []):
            model_form(w)
        key += 1
    for i, rec in enumerate(out.get("diplomacy", [])):
        rec["participants"] = [actor_form(p, i + j) for j, p in enumerate(rec.get("participants", []))]
        rec["when"] = when_form(rec.get("when"), text, published, key, diplomacy=True,
                                planned=rec.get("status") == "planned")
        key += 1
    for n, rec in enumerate(out.get("attacks", []) + out.get("diplomacy", [])):
        rec["evidence"] = [quote_marks(q, n + j) for j, q in enumerate(rec.get("evidence", []))]
        if rec.get("when") is None:
            rec.pop("when", None)
    return out


def articles() -> dict[str, tuple[str, dt.date | None]]:
    """Cleaned text and publication date by stem, of every answered set but dev5 (not read)."""
    return {stem: (art.text, art.published) for stem, art in answered_articles(("dev5",))}


def main() -> int:
    texts = articles()
    target = ANSWERS / "habits3"
    target.mkdir(exist_ok=True)
    for path in sorted((ANSWERS / "ideal").glob("*.json")):
        if path.stem.startswith(SKIP_PREFIXES):
            continue
        draft = json.loads(path.read_text(encoding="utf-8"))
        text, published = texts[path.stem]
        habit = habit3_draft(draft, text, published)
        (target / path.name).write_text(json.dumps(habit, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(list(target.glob('*.json')))} files to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
