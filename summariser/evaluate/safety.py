"""Safety scorers: numbers a record states that its own sentence does not, and records on controls.

An **unsupported number** is a count whose value is not stated in the sentence of its evidence
(the count's own evidence span, else the record's evidence) or whose sentence holds no cue
word for its field (`data/cues.json`: "killed" needs a word like killed/dead/died, a weapon's
`intercepted` a word like intercepted/shot down). A year, an age or a distance elsewhere in
the article no longer vouches for a count.

The scorer reads numerals and splits sentences with its own small readers on purpose: the
backends and grounding use `summariser.numbers` and `summariser.sentences`, and a scorer that
shared their code would grade its own bugs as right. A number the text gives without a numeral
(a person named by a trade or an age, "both missiles hit their targets" as none intercepted) is
read as grounding reads it (`_implied`: its `implied` readings only), not by a second copy. Its
own readers cover the general forms grounding keeps, written again here: a bulleted list item takes the cue of its list's header
("struck with the following:" / "- 37 drones"), "all but K" of N states N - K, a nil told of one
person ("was not hurt", "escaped unharmed") states 0, one person named through a possessive
("their 14-year-old son") states 1.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, TypedDict

from ..records import Attack, Count, Diplomacy, Span, iter_counts

# --------------------------------------------------------------------------- numbers

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_SPELLED = re.compile(rf"\b(?:(?P<lead>a|an|{_WORD})(?:[\s-](?P<unit>{_WORD}))?\s+)?(?P<scale>hundred|thousand)\b"
                      # "a hundred and twenty": the rest after "and" belongs to the scale
                      rf"(?:\s+and\s+(?P<rest>{_WORD})(?:[\s-](?P<rest2>{_WORD}))?\b)?"
                      rf"|\b(?P<n>{_WORD})(?:[\s-](?P<u2>{_WORD}))?\b", re.I)
# thousands grouped by commas, spaces (a no-break or thin one too) or points: "1,200", "1 200", "1.200"
_DIGITS = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.])"
                     r"|(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![\d,.])(?!\s*(?:million|billion|bn|m\b))"
                     r"|(?<![\w.,])\d+(?![\d,]\d)(?!-year-old)")  # an age is no count: "a 13-year-old"
# "a dozen", "two dozen", "half a dozen" (6); never "several dozen", "a few dozen" (no number)
_DOZEN = re.compile(rf"(?<!\bseveral )(?<!\bfew )(?<!\bmany )\b(?P<half>half\s+)?(?:(?P<k>a|{_WORD})\s+)?dozen\b", re.I)
_SCALED = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{1,2})?)\s+(thousand|hundred)\b", re.I)
_A_PAIR = re.compile(r"\ba\s+(?:pair|couple)\s+of\b", re.I)
_NEGATION = re.compile(r"\b(?:no|not)[\s-]+$", re.I)
_NIL = re.compile(r"\b(?:no|no-one|nobody|none|neither|not\s+(?:a\s+single|one)|without|zero)\b"
                  # a nil told of one person or group: "was not hurt", "escaped unharmed"
                  r"|\b(?:not|n['’]t)\s+(?:been\s+)?(?:hurt|injured|harmed|wounded|killed)\b"
                  r"|\b(?:unharmed|unhurt|uninjured|unscathed)\b", re.I)
# "all but two", "all except three", "every one except for one": the whole before it less K
_ALL_BUT = re.compile(rf"\b(?:all|every\s+one|each)\s+(?:but|except(?:\s+for)?|save)\s+(?P<k>{_WORD}|\d+)\b", re.I)


def _word_value(*words: Optional[str]) -> int:
    total = 0
    for w in words:
        if w:
            w = w.lower()
            total += _UNITS.get(w, _TENS.get(w, 1 if w in ("a", "an") else 0))
    return total


def numbers_in(sentence: str) -> set[int]:
    """Every value a sentence states: digits, number words, "a dozen", "two hundred", and 1 for
    "a man" / "an elderly resident" (a person named in the singular)."""
    found = {int(re.sub(r"[^\d]", "", m.group())) for m in _DIGITS.finditer(sentence)}
    for m in _SPELLED.finditer(sentence):
        if m.group("scale"):
            lead = _word_value(m.group("lead"), m.group("unit")) or 1
            found.add(lead * (100 if m.group("scale").lower() == "hundred" else 1000)
                      + _word_value(m.group("rest"), m.group("rest2")))
        elif not (m.group("n").lower() == "one" and _NEGATION.search(sentence[:m.start()])):
            found.add(_word_value(m.group("n"), m.group("u2")))
    for m in _DOZEN.finditer(sentence):
        found.add(6 if m.group("half") else 12 * (_word_value(m.group("k")) or 1))
    if _A_PAIR.search(sentence):  # "a pair of cruise missiles", "a couple of drones"
        found.add(2)
    for m in _SCALED.finditer(sentence):  # "1.5 thousand", "3 thousand"
        found.add(round(float(m.group(1).replace(",", ".")) * (1000 if m.group(2).lower() == "thousand" else 100)))
    if _one_person().search(sentence):
        found.add(1)
    found |= _people_listed(sentence)
    if _NIL.search(sentence):  # "nobody was hurt", "neither missile was intercepted": a stated zero
        found.add(0)
    found |= _all_but(sentence)
    return found


def _all_but(sentence: str) -> set[int]:
    """"of the 30 drones, all but two were downed" states 28: each number before the exception,
    less the exception (only numbers larger than it)."""
    out: set[int] = set()
    for m in _ALL_BUT.finditer(sentence):
        k = next(iter(numbers_in(m.group("k"))), None)
        if k is not None:
            out |= {n - k for n in numbers_in(sentence[:m.start()]) if n > k}
    return out


_PAIR = {"couple": 2, "parents": 2}


def _people_listed(sentence: str) -> set[int]:
    """The people a list names without a total: "its driver" (1), "a couple" (2), "a woman and her
    two sons" (3), "the driver and two passengers" (3). Each phrase is one person, two for a pair,
    or its own number; a list with a plural and no number states no total."""
    out: set[int] = set()
    for m in _people_list().finditer(sentence):
        total = 0
        for np in _person_phrase().finditer(m.group(0)):
            noun = (np.group("noun") or np.group("noun2")).lower()
            num = np.group("num") or np.group("num2")
            if num:
                total += next(iter(numbers_in(num)), 0)
            elif noun in _PAIR:
                total += _PAIR[noun]
            elif np.group("plural"):
                total = 0
                break
            else:
                total += 1
        if total:
            out.add(total)
    return out


@lru_cache(maxsize=1)
def _person_phrase() -> re.Pattern[str]:
    nouns = "|".join(sorted([*_cues()["person_nouns"], *_PAIR], key=len, reverse=True))
    return re.compile(rf"\b(?:a|an|the|its|his|her|their|one)\s+(?:(?P<num>{_WORD}|\d+)\s+)?(?:[\w-]+\s+){{0,2}}?"
                      rf"(?P<noun>{nouns})(?P<plural>s|es)?\b|\b(?P<num2>{_WORD}|\d+)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?P<noun2>{nouns})s?\b", re.I)


@lru_cache(maxsize=1)
def _people_list() -> re.Pattern[str]:
    one = _person_phrase().pattern.replace("?P<num2>", "?:").replace("?P<noun2>", "?:").replace(
        "?P<num>", "?:").replace("?P<noun>", "?:").replace("?P<plural>", "?:")
    return re.compile(rf"(?:{one})(?:\s*(?:,|,?\s+and)\s+(?:{one}))*", re.I)


# --------------------------------------------------------------------------- cues


class Cues(TypedDict):
    """data/cues.json: the nouns for one person, and the words that cue each count field."""

    person_nouns: list[str]
    fields: dict[str, list[str]]


@lru_cache(maxsize=1)
def _cues() -> Cues:
    cues: Cues = json.loads((Path(__file__).parent / "data" / "cues.json").read_text(encoding="utf-8"))
    return cues


@lru_cache(maxsize=1)
def _one_person() -> re.Pattern[str]:
    nouns = "|".join(sorted(_cues()["person_nouns"], key=len, reverse=True))
    # "a man", "another resident", and one named through a possessive: "their 14-year-old son"
    return re.compile(rf"(?<!\bno )\b(?:a|an|another|its|his|her|their|our|my|your)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b(?!s\b)", re.I)


@lru_cache(maxsize=16)
def _cue(field: str) -> re.Pattern[str]:
    words = sorted(_cues()["fields"][field], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.I)


def cue_fields(name: str) -> tuple[str, ...]:
    """The cue lists a count field needs: 'children_killed' -> (children, killed)."""
    last = name.rsplit(".", 1)[-1]
    if last.startswith("children_"):
        return ("children", last.removeprefix("children_"))
    return (last,)


_HARM = ("killed", "injured")


# r49: a child told by an age under 18 in an aside after a person or a name ("our youngest member, Maksym, 17,",
# "a boy (9)"): the children cue of a sentence that writes no child word
_MINOR_AGE_ASIDE = re.compile(r"(?:,\s*|\(\s*)(?:[1-9]|1[0-7])\s*(?:,|\)|\s+years?\s+old)")


def has_cue(name: str, sentence: str, value: Optional[int] = None) -> bool:
    """Every cue list the field needs is matched. A stated zero of harm ("no one was hurt")
    covers both killed and injured, so either cue list will do for a 0."""
    def matched(f: str) -> bool:
        if value == 0 and f in _HARM:
            return any(_cue(h).search(sentence) for h in _HARM)
        if f == "children" and _MINOR_AGE_ASIDE.search(sentence):
            return True
        return bool(_cue(f).search(sentence))
    return all(matched(f) for f in cue_fields(name))


# --------------------------------------------------------------------------- sentences

_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|No|Gov|Sen|Rep|approx|vs|Jan|Feb|Aug"
                     r"|Sept?|Oct|Nov|Dec))\.$")
_END = re.compile(r"[.!?][\"'”’)]*(?=\s)|\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of the sentence(s) covering text[start:end]; a line break always ends one."""
    lo = 0
    for m in _END.finditer(text, 0, max(start, 0)):
        if m.group() == "\n" or not _ABBREV.search(text, 0, m.start() + 1):
            lo = m.end()
    hi = len(text)
    for m in _END.finditer(text, max(end, start)):
        if m.group() == "\n" or not _ABBREV.search(text, 0, m.start() + 1):
            hi = m.end()
            break
    return lo, hi


# a list item's bullet: "- ", "• ", "3. ", "2) "
_BULLET = re.compile(r"[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])[ \t]+")


def list_header(text: str, lo: int) -> str:
    """The header of the bulleted list whose item starts at `lo` ("struck with the following:"
    above "- 14 missiles;"), skipping blank lines and the items above it; "" when the sentence is
    no list item or the line above the items does not end in a colon. The header's cue words
    carry to its items (the item's own number must still be stated in the item)."""
    if not _BULLET.match(text, lo):
        return ""
    end = lo - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _BULLET.match(line):
            return line if line.rstrip().endswith(":") else ""
        end = start - 1
    return ""


def _evidence_sentences(count: Count, record: Attack | Diplomacy, text: str) -> list[tuple[str, str]]:
    """(sentence, the words its cues may come from: the sentence, after its list header if any)."""
    spans: list[Span] = [count.evidence] if count.evidence else list(record.evidence)
    out = []
    for s in spans:
        if s.end <= len(text):
            lo, hi = sentence_bounds(text, s.start, s.end)
            out.append((text[lo:hi], f"{list_header(text, lo)} {text[lo:hi]}"))
    return out


def _implied(name: str, value: int, text: str, sentence: str) -> bool:
    """Grounding reads `value` for `name` in the sentence as `implied`: a number the text gives
    without a numeral ("a 13-year-old pupil was injured" is 1, "both missiles hit their targets"
    is none intercepted). The scorer takes grounding's reading for these forms rather than
    keeping a second copy of them; every numeral it still reads with its own reader above."""
    from ..grounding import count_support
    from ..records import Support

    lo = text.find(sentence)
    if lo < 0:
        return False
    return any(h.support is Support.implied and h.value == value
               for h in count_support(value, name, text, (lo, lo + len(sentence))))


def why_unsupported(name: str, count: Count, record: Attack | Diplomacy, text: str) -> Optional[str]:
    """None when the count is supported; otherwise the reason, in words."""
    sentences = _evidence_sentences(count, record, text)
    if not sentences:
        return "no evidence to read it from"
    if any(_implied(name, count.value, text, s) for s, _ in sentences):
        return None
    if not any(count.value in numbers_in(s) for s, _ in sentences):
        return "value not in the sentence of its evidence"
    if not any(count.value in numbers_in(s) and has_cue(name, cued, count.value) for s, cued in sentences):
        return f"no cue for {'+'.join(cue_fields(name))} in its sentence"
    return None


def unsupported_numbers(records: Iterable[Attack | Diplomacy], text: str) -> list[tuple[str, int, str]]:
    """(field, value, reason) for every count the article does not support where it says so."""
    bad = []
    for rec in records:
        for name, count in iter_counts(rec):
            reason = why_unsupported(name, count, rec, text)
            if reason:
                bad.append((name, count.value, reason))
    return bad
