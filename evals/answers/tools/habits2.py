"""A second set of model writing habits: `evals/answers/habits2/<stem>.json`.

`habits.py` simulates elided quotes, "Kyiv, Ukraine", "Sumy Oblast", "US" and leaders for
states. This generator rewrites every ideal answer with *other* forms that GPT-4o-mini, Llama,
Qwen and Mistral commonly produce, so grounding is measured against habits it was not tuned
on. Every habit keeps the fact the article implies and changes only its form; one function per
habit (documented in `evals/answers/README.md`, section "habits2"):

- `translit_place`: Russian-style transliteration of Ukrainian names (Kiev, Kharkov, Odessa,
  Zaporozhye, Nikolaev, Lvov, Dnepr ...), on alternate places;
- `region_form`: a region as "Kharkivska oblast", "Kharkiv province", "Kharkiv Oblast, Ukraine";
  a city as "city of Kharkiv", "Kharkiv city" or "Odesa, Odesa Oblast, Ukraine";
- `state_form`: states and organisations in other names: "Russian Federation", "USA", "U.S.",
  "the United States", "Great Britain", "Britain", "North Atlantic Treaty Organization";
  a side of a strike as an armed force or ministry ("Russian Armed Forces", "Ukrainian Air Force")
  or a demonym ("Ukrainian");
- `when_form`: the date words as a calendar date: ISO ("2026-07-14"), "the night of 13-14 July",
  "13/14 July", "Tuesday, 14 July" (resolved with the project's own date code from the ideal
  words; words it cannot resolve to a day are kept); or the words with extra words around them
  ("early on Tuesday morning");
- quotes (`quote_form`): two adjacent quotes of a record merged into one; a quote starting
  mid-sentence (its first clause dropped) or ending mid-sentence; "[...]" or "(...)" elisions;
  whitespace, dashes and apostrophes normalised; a number word written as digits or digits as a
  word; British spelling made American;
- counts (`count_form`): a count given as a string ("5"), an explicit zero left out;
- weapons (`model_form`): the model named in another common form ("Shahed-136" for "Shahed",
  "Iskander" for "Iskander-M", "Kh-101 missile" for "Kh-101").

Deterministic: every choice is keyed on the record and quote index, so rerunning it
reproduces the committed files.  Run from the repository root:
    python evals/answers/tools/habits2.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml  # noqa: E402
from check import ANSWERS, ROOT, answered_articles  # noqa: E402

from summariser.grounding import align  # noqa: E402
from summariser.grounding.complete import resolve_when  # noqa: E402
from summariser.records import DatePrecision  # noqa: E402

# Russian-style (or older) spellings the press and models still use.
TRANSLIT = {"Kyiv": "Kiev", "Kharkiv": "Kharkov", "Odesa": "Odessa", "Zaporizhzhia": "Zaporozhye",
            "Mykolaiv": "Nikolaev", "Lviv": "Lvov", "Dnipro": "Dnepr", "Chernihiv": "Chernigov",
            "Rivne": "Rovno", "Zhytomyr": "Zhitomir", "Vinnytsia": "Vinnitsa", "Ternopil": "Ternopol",
            "Kryvyi Rih": "Krivoy Rog", "Sloviansk": "Slavyansk", "Kostiantynivka": "Konstantinovka",
            "Khmelnytskyi": "Khmelnitsky", "Ivano-Frankivsk": "Ivano-Frankovsk", "Chernivtsi": "Chernovtsy",
            "Kropyvnytskyi": "Kirovograd", "Bilhorod-Dnistrovskyi": "Belgorod-Dnestrovsky",
            "Huliaipole": "Gulyaipole", "Nikopol": "Nikopol", "Izmail": "Izmail"}
STATES = {"Russia": ["Russian Federation", "the Russian Federation"],
          "United States": ["USA", "U.S.", "the United States", "United States of America"],
          "United Kingdom": ["Great Britain", "Britain", "U.K."],
          "NATO": ["North Atlantic Treaty Organization"],
          "EU": ["European Union", "the EU"], "European Union": ["the EU", "E.U."],
          "UN": ["United Nations"], "United Nations": ["the UN"]}
# A side of a strike as its armed force or ministry, or its demonym.
FORCES = {"Russia": ["Russian Armed Forces", "Russian forces", "Russian Defence Ministry"],
          "Ukraine": ["Ukrainian Air Force", "Ukrainian forces", "Ukrainian"]}
MODELS = {"Shahed": "Shahed-136", "Shahed-136": "Geran-2", "Iskander-M": "Iskander",
          "Kh-101": "Kh-101 missile", "Kinzhal": "Kh-47M2 Kinzhal", "Kalibr": "Kalibr cruise missile"}
NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}
DIGITS = {v: k for k, v in NUMBER_WORDS.items()}
AMERICAN = {"defence": "defense", "Defence": "Defense", "kilometres": "kilometers", "centre": "center",
            "neighbouring": "neighboring", "organisation": "organization", "programme": "program",
            "labour": "labor", "harbour": "harbor", "storey": "story", "metres": "meters",
            "honour": "honor", "favour": "favor", "armour": "armor", "civilisation": "civilization"}
# Ukrainian adjectival region names ("Kharkivska oblast"), from the gazetteer's own stems.
ADJECTIVAL = {stems[0]: next(s for s in stems if s.endswith("ska"))
              for stems in (r.get("stems") or [] for r in
                            yaml.safe_load((ROOT / "summariser/knowledge/data/places_extra.yaml").read_text())["regions"])
              if any(s.endswith("ska") for s in stems)}
CURLY = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'", "—": "-", "–": "-"})


# --------------------------------------------------------------------------- places


def translit_place(place: str) -> str:
    """"Kharkiv" -> "Kharkov" (also inside "Kharkiv Oblast")."""
    for modern, old in TRANSLIT.items():
        if re.search(rf"\b{re.escape(modern)}\b", place):
            return re.sub(rf"\b{re.escape(modern)}\b", old, place)
    return place


def _is_region(place: str, evidence: str) -> bool:
    return bool(re.search(rf"\b{re.escape(place)}(?:\s+border)?\s+(?:region|Oblast|oblast)\b", evidence)) and \
        not re.search(rf"\b(?:city|town) of {re.escape(place)}\b", evidence)


def region_form(place: str, record: dict, key: int) -> str:
    """A region as "Xska oblast" / "X province" / "X Oblast, Ukraine"; a city as "city of X",
    "X city" or "X, X Oblast, Ukraine"."""
    country = record.get("target_country")
    if country not in ("Ukraine", "Russia") or place in ("Ukraine", "Russia") or " " in place:
        return place
    evidence = " ".join(record.get("evidence", []))
    if re.search(rf"\b{re.escape(place)}\s+(?:district|raion|community|hromada)\b", evidence):
        return place
    if _is_region(place, evidence):
        forms = ([f"{place} province", f"{place} Oblast, {country}"] if country == "Russia" else
                 [f"{place} province", f"{place} Oblast, Ukraine", f"{ADJECTIVAL.get(place, place)} oblast"])
        return forms[key % len(forms)]
    forms = [f"city of {place}", f"{place} city", f"{place}, {place} Oblast, {country}" if country == "Ukraine"
             else f"{place}, {country}"]
    return forms[key % len(forms)]


def place_form(place: str, record: dict, key: int) -> str:
    return translit_place(place) if key % 2 == 0 and translit_place(place) != place else region_form(place, record, key)


# --------------------------------------------------------------------------- actors


def state_form(actor: str | None, key: int, side: bool = False) -> str | None:
    """Another common name of the state or organisation; a side of a strike may be its force."""
    if not actor:
        return actor
    if side and actor in FORCES and key % 2 == 1:
        return FORCES[actor][key // 2 % len(FORCES[actor])]
    names = STATES.get(actor)
    return names[key % len(names)] if names else actor


# --------------------------------------------------------------------------- dates


def _day(d: dt.date) -> str:
    return f"{d.day} {d:%B}"


def when_form(when: str | None, text: str, published: dt.date | None, key: int, **kind: bool) -> str | None:
    """The date words as a calendar date (read as grounding reads them), or with extra words."""
    if not when or published is None:
        return when
    span = align(when, text)
    found = resolve_when(when, published, text, (span.start, span.end) if span else None, **kind)
    if found.start is None:
        return when
    if found.precision is DatePrecision.day:
        weekday = re.fullmatch(r"(?:[Oo]n )?([A-Z][a-z]+day)", when)
        forms = [found.start.isoformat(), f"{found.start:%A}, {_day(found.start)}", f"on {_day(found.start)} {found.start.year}",
                 f"early on {weekday.group(1)} morning" if weekday else found.start.isoformat()]
        return forms[key % len(forms)]
    if found.end and (found.end - found.start).days == 1:
        a, b = found.start, found.end
        forms = [f"the night of {a.day}-{b.day} {b:%B}" if a.month == b.month else f"the night of {_day(a)} to {_day(b)}",
                 f"{a.day}/{b.day} {b:%B}" if a.month == b.month else f"{a.isoformat()}/{b.isoformat()}",
                 f"{a.isoformat()} to {b.isoformat()}"]
        return forms[key % len(forms)]
    return when


# --------------------------------------------------------------------------- quotes


def start_mid(quote: str) -> str:
    """Drop the first clause (up to the first comma) when enough is left."""
    head, sep, rest = quote.partition(", ")
    return rest if sep and len(rest.split()) >= 8 and len(head.split()) <= 8 else quote


def end_mid(quote: str) -> str:
    """Drop the last clause (from the last comma), e.g. the attribution."""
    head, sep, _ = quote.rpartition(", ")
    return head if sep and len(head.split()) >= 8 else quote


def bracket_elide(quote: str, key: int) -> str:
    words = quote.split()
    if len(words) < 18:
        return quote
    return " ".join(words[:7]) + (" [...] " if key % 2 == 0 else " (...) ") + " ".join(words[-6:])


def normalise_marks(quote: str) -> str:
    """Straight quotes and apostrophes, hyphens for dashes, spaces doubled after commas."""
    return quote.translate(CURLY).replace(", ", ",  ")


def swap_number_form(quote: str) -> str:
    """The first number word as digits, or else the first small number as a word."""
    m = re.search(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", quote)
    if m:
        return quote[:m.start()] + NUMBER_WORDS[m.group(1)] + quote[m.end():]
    m = re.search(r"(?<![\d.,:/-])\b([2-9]|1[0-2])\b(?![\d.,:/-])", quote)
    return quote[:m.start()] + DIGITS[m.group(1)] + quote[m.end():] if m else quote


def american(quote: str) -> str:
    for uk, us in AMERICAN.items():
        quote = re.sub(rf"\b{uk}\b", us, quote)
    return quote


def quote_form(quote: str, key: int) -> str:
    habits = [start_mid, end_mid, lambda q: bracket_elide(q, key), normalise_marks, swap_number_form, american]
    return habits[key % len(habits)](quote)


def merge_adjacent(quotes: list[str], text: str) -> list[str]:
    """Two quotes of a record that follow each other in the article become one quote."""
    out: list[str] = []
    for q in quotes:
        if out:
            joined = f"{out[-1]} {q}"
            if len(joined) <= 400 and " ".join(joined.split()) in " ".join(text.split()):
                out[-1] = joined
                continue
        out.append(q)
    return out


# --------------------------------------------------------------------------- counts, weapons


def count_form(rec: dict, key: int) -> None:
    """Zeros left out; on alternate records a count as a string."""
    for holder in [rec] + rec.get("weapons", []):
        for name in ("killed", "injured", "children_killed", "children_injured", "launched", "intercepted"):
            value = holder.get(name)
            if value == 0:
                holder.pop(name)
            elif isinstance(value, int) and key % 2 == 1:
                holder[name] = str(value)


def model_form(weapon: dict) -> None:
    if weapon.get("model") in MODELS:
        weapon["model"] = MODELS[weapon["model"]]


# --------------------------------------------------------------------------- drafts


def habit2_draft(draft: dict, text: str, published: dt.date | None) -> dict:
    out = json.loads(json.dumps(draft))
    key = 0
    for rec in out.get("attacks", []):
        rec["places"] = [place_form(p, rec, key + j) for j, p in enumerate(rec.get("places", []))]
        rec["attacker"] = state_form(rec.get("attacker"), key, side=True)
        rec["target_country"] = state_form(rec.get("target_country"), key + 1)
        rec["when"] = when_form(rec.get("when"), text, published, key)
        count_form(rec, key)
        for w in rec.get("weapons", []):
            model_form(w)
        key += 1
    for i, rec in enumerate(out.get("diplomacy", [])):
        rec["participants"] = [state_form(p, i + j) for j, p in enumerate(rec.get("participants", []))]
        rec["place"] = translit_place(rec["place"]) if rec.get("place") else rec.get("place")
        rec["when"] = when_form(rec.get("when"), text, published, key, diplomacy=True,
                                planned=rec.get("status") == "planned")
        key += 1
    for n, rec in enumerate(out.get("attacks", []) + out.get("diplomacy", [])):
        quotes = merge_adjacent(rec.get("evidence", []), text) if n % 2 == 0 else rec.get("evidence", [])
        rec["evidence"] = [quote_form(q, n + j) for j, q in enumerate(quotes)]
        if rec.get("when") is None:
            rec.pop("when", None)
    return out


def articles() -> dict[str, tuple[str, dt.date | None]]:
    return {stem: (art.text, art.published) for stem, art in answered_articles()}


def main() -> int:
    texts = articles()
    target = ANSWERS / "habits2"
    target.mkdir(exist_ok=True)
    for path in sorted((ANSWERS / "ideal").glob("*.json")):
        draft = json.loads(path.read_text(encoding="utf-8"))
        text, published = texts[path.stem]
        habit = habit2_draft(draft, text, published)
        (target / path.name).write_text(json.dumps(habit, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(list(target.glob('*.json')))} files to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
