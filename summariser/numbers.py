"""Numbers as war reporting writes them: digits, words, and the qualifier before them.

"at least five" -> (5, at_least); "more than 30" -> (30, more_than); "a dozen" -> 12;
"nearly 500" -> (500, about); "1,000" -> 1000; "two" -> 2.
Used by the rules backend and by grounding, so both read numbers the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .knowledge import cues
from .records import Qualifier
from .regex_guard import guarded

_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "dozen": 12}
_COLLECTIVE = {"dozen": 12, "dozens": 24, "couple": 2, "pair": 2, "hundreds": 200, "scores": 40}

# Words we accept as a number on their own ("a"/"an" only inside phrases like "a dozen").
# "no" is never a number: "no one was hurt" states no count at all.
_STANDALONE = {k: v for k, v in _UNITS.items() if k not in {"a", "an", "single"}}
# "no one", "no-one", "not one": a negation, not the number one.
_NEGATED_ONE = re.compile(r"\b(?:no|not)[\s-]+$", re.I)
# "a man", "an 88-year-old woman", "an elderly resident": a count of one without a numeral.
ONE_PERSON = re.compile(
    r"\b(?:a|an)\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\s+|young\s+|elderly\s+|little\s+|local\s+|teenage\s+"
    r"|civilian\s+)?(?:man|woman|person|civilian|resident|child|boy|girl|teenager|baby|infant|minor|toddler"
    r"|soldier|driver|pensioner|volunteer|firefighter|rescuer|worker|police\s+officer)\b", re.I)

_SMALL_WORD = (
    r"(?:(?:" + "|".join(sorted(_TENS, key=len, reverse=True)) + r")(?:[- ](?:"
    + "|".join(k for k in _STANDALONE if _STANDALONE[k] < 10 and _STANDALONE[k] > 0)
    + r"))?|" + "|".join(sorted(_STANDALONE, key=len, reverse=True)) + r")"
)
# "two hundred and fifty", "a hundred and twenty": the rest after "and" is one number with it
_AND_REST = rf"(?:\s+and\s+{_SMALL_WORD}\b)?"
NUMBER_WORD = (
    _SMALL_WORD + r"(?:\s+(?:hundred|thousand)" + _AND_REST + ")?"
    # "a hundred", "a thousand" ("more than a hundred drones"): one of the scale, never "a" alone
    + r"|an?\s+(?:hundred|thousand)" + _AND_REST + r"(?!\s+(?:of|and)\b)"
)
# Thousands grouped by commas ("1,200"), by spaces as many wires and translations write them
# ("1 200", with a no-break or thin space too), or by points as continental sources do ("1.200";
# never before a scale word: "2.125 million" is a decimal).
DIGITS = (r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.-])"
          r"|\d{1,3}(?:\.\d{3})+(?![\d,.-])(?!\s*(?:million|billion|trillion|bn|mln|m\b|%|per))|\d+")
# "half a dozen" (6), "two dozen" (24): a dozen counted; before the number words, which would read "two"
_DOZENS = rf"(?:half\s+a\s+dozen|(?:{_SMALL_WORD}|\d{{1,2}})\s+dozen)\b(?!s)(?:\s+of)?"
COLLECTIVE = r"(?:a\s+)?(?:couple\s+of|dozens?(?:\s+of)?|hundreds\s+of|scores\s+of|a\s+pair\s+of)"
# "3 thousand", "1.5 thousand" (translations of Ukrainian and Russian tallies write thousands so)
_SCALED_DIGITS = r"\d{1,3}(?:[.,]\d{1,2})?\s+(?:thousand|hundred)\b(?!\s+(?:of|and)\b)"
NUMBER = rf"(?:{_DOZENS}|{_SCALED_DIGITS}|{DIGITS}|{NUMBER_WORD}|{COLLECTIVE})"

_QUALIFIER_WORDS: list[tuple[str, Qualifier]] = [
    (r"at\s+least", Qualifier.at_least),
    (r"no\s+(?:fewer|less)\s+than", Qualifier.at_least),
    (r"a\s+minimum\s+of", Qualifier.at_least),
    (r"more\s+than|over|in\s+excess\s+of|upwards\s+of|above", Qualifier.more_than),
    (r"about|around|approximately|roughly|some|nearly|almost|close\s+to|an\s+estimated"
     r"|estimated|up\s+to\s+about", Qualifier.about),
    (r"up\s+to|as\s+many\s+as|at\s+most|no\s+more\s+than|fewer\s+than|less\s+than|under",
     Qualifier.up_to),
]
QUALIFIER = "|".join(f"(?:{p})" for p, _ in _QUALIFIER_WORDS)

# "120-odd drones", "some 40-odd": about that many
COUNT_PATTERN = rf"\b(?:(?P<qual>{QUALIFIER})\s+)?(?P<num>{NUMBER})\b(?P<plus>\+|-odd\b)?"
# the same matches, ~2x sooner: a word that cannot begin one fails at its first letter (regex_guard)
COUNT_RE = re.compile(guarded(COUNT_PATTERN, re.I), re.I)


def parse_number(words: str) -> int | None:
    """'five' -> 5, '1,000' -> 1000, 'twenty-one' -> 21, 'a dozen' -> 12, 'two hundred' -> 200."""
    w = words.strip().lower().replace(",", "")
    grouped = re.sub(r"[ .\u00a0\u202f\u2009]", "", w)  # "1 200", "1.200"
    if grouped.isdigit():
        return int(grouped)
    if re.fullmatch(r"half\s+a\s+dozen(?:\s+of)?", w):
        return 6
    if scaled := re.fullmatch(r"(\d+(?:\.\d+)?)\s+(thousand|hundred)", words.strip().lower().replace(",", ".")):
        return round(float(scaled.group(1)) * _SCALES[scaled.group(2)])
    w = re.sub(r"\s+of$", "", w)
    if len(w.split()) > 1:
        w = re.sub(r"^an?\s+", "", w)  # "a dozen", "a couple", "a hundred"
    if w in _COLLECTIVE:
        return _COLLECTIVE[w]
    total, current = 0, 0
    for token in re.split(r"[\s-]+", w):
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token in _SCALES:
            current = max(current, 1) * _SCALES[token]
            if _SCALES[token] >= 1000:
                total, current = total + current, 0
        elif token == "and":
            continue
        else:
            return None
    return total + current


def qualifier_of(text: str | None) -> Qualifier:
    if not text:
        return Qualifier.exact
    t = re.sub(r"\s+", " ", text.strip().lower())
    for pattern, qual in _QUALIFIER_WORDS:
        if re.fullmatch(pattern, t):
            return qual
    return Qualifier.exact


@dataclass(frozen=True)
class NumberMention:
    value: int
    qualifier: Qualifier
    start: int  # of the whole mention, qualifier included
    end: int
    num_start: int  # of the number itself
    text: str


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Every number mention in text[start:end], with its qualifier."""
    return list(_numbers_in(text, start, len(text) if end is None else end))


# Grounding's count analysis and the rules' cross-check read the numbers of the same sentences
# of the same article: a span's numbers are found once while it is among the last few hundred
# (keyed by the whole text: a qualifier is read from the words just before the span).
@lru_cache(maxsize=512)
def _numbers_in(text: str, start: int, end: int) -> tuple[NumberMention, ...]:
    out = []
    for m in COUNT_RE.finditer(text, start, end):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        if not m.group("qual") and m.group("num").lower() == "one" and \
                _NEGATED_ONE.search(text[max(0, m.start() - 6):m.start()]):
            continue
        qual = qualifier_of(m.group("qual"))
        if m.group("plus") and qual is Qualifier.exact:
            qual = Qualifier.about if m.group("plus").lower() == "-odd" else Qualifier.at_least
        if re.match(rf"{COLLECTIVE}|{_DOZENS}", m.group("num"), re.I) and qual is Qualifier.exact:
            # "a pair of" is two exactly (dev31-N3, dev32-A5), like "a couple of" here; "dozens" is vague
            exact = re.search(r"\b(?:couple|pair)\b", m.group("num"), re.I)
            qual = Qualifier.exact if exact else Qualifier.about
        out.append(NumberMention(value, qual, m.start(), m.end(), m.start("num"), m.group(0)))
    return tuple(out)


# What follows a number that makes it a measure, not a head count: "1,000-kilometre",
# "88-year-old", "five-story", "10-hour", "12:30", "50 kilometers", "30%".
_NOT_A_COUNT_AFTER = re.compile(
    r"(?:-(?!(?:one|two|three|four|five|six|seven|eight|nine)\b)[a-z]|:\d|\.\d|\s*%|\s*(?:percent|per\s+cent)\b"
    r"|\s+(?:a\.m\.|p\.m\.|am\b|pm\b|hours?\b|minutes?\b|seconds?\b|days?\b|weeks?\b|months?\b"
    r"|years?\b|km\b|kilomet(?:er|re)s?\b|miles?\b|met(?:er|re)s?\b|tons?\b|tonnes?\b|kg\b"
    r"|square\b|hectares?\b|storeys?\b|stor(?:y|ies)\b|floors?\b|degrees?\b|times\b|rounds?\b))",
    re.I,
)
# Case-sensitive: "five may have died" is not a date.
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_MONTH_AFTER = re.compile(rf"\s*{_MONTH}\b")
# A month just before a number makes it a day ("March 12", "Nov. 12"); a dot is an abbreviation's
# only: after a whole month name ("LVIV, 4 March. 8 people died") it ends the dateline's sentence.
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s*$|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s*$")
# a whole day-month date just before ("On 3 May 12 drones hit ..."): the date is complete
_DAY_MONTH_BEFORE = re.compile(rf"\b\d{{1,2}}\s+{_MONTH}\.?\s*$")


def is_day_of_month(text: str, mention: NumberMention) -> bool:
    """Whether the number is the day of a date: "12 March", "March 12", "Nov. 12". Days are written
    in digits: a number word after a month is a count ("On 3 May two missiles hit ...", "In May three
    drones ..."), and so is a figure after a whole day-month date ("On 3 May 12 drones ...")."""
    number = text[mention.num_start:mention.end]
    if not number.isdigit() or not 1 <= int(number) <= 31:
        return False
    if _MONTH_AFTER.match(text, mention.end):
        return True
    before = text[max(0, mention.num_start - 16):mention.num_start]
    return _MONTH_BEFORE.search(before) is not None and _DAY_MONTH_BEFORE.search(before) is None


_BEFORE_NOT_A_COUNT = re.compile(r"(?:\d[:.]|[$€£]|No\.\s*|#|[A-Za-z]-)$")  # "Geran-2", "Kh-101"


# the noun a label number follows ("surgery 2", "Building 12"), with one space between
_LABEL_BEFORE = cues.regex("numbers", "label_nouns", r"\s$")


def is_count_like(text: str, mention: NumberMention) -> bool:
    """False for numbers that measure something other than a head count: ages, distances,
    durations, times of day, days of a date, years, percentages, building heights, ordinals of rounds."""
    after = text[mention.end:mention.end + 24]
    if _NOT_A_COUNT_AFTER.match(after):
        return False
    if is_day_of_month(text, mention):
        return False  # "On 3 May two missiles hit ...": the 3 is the day
    if _BEFORE_NOT_A_COUNT.search(text[max(0, mention.start - 4):mention.start]):
        return False
    if text[mention.num_start:mention.end].isdigit() and _LABEL_BEFORE.search(text[max(0, mention.start - 24):mention.start]):
        return False  # "the windows of surgery 2", "Ward 4": a label, no count (r49)
    digits = text[mention.num_start:mention.end].replace(",", "")
    if re.fullmatch(r"(?:19|20)\d{2}", digits) and "," not in text[mention.num_start:mention.end]:
        return False  # a year: "in 2022"
    return True


def number_forms(value: int) -> set[str]:
    """Ways a value can be written, lower-case: {'5', 'five'}; used to ground LLM numbers."""
    forms = {str(value), f"{value:,}"}
    for word, v in {**_STANDALONE, **_TENS}.items():
        if v == value:
            forms.add(word)
    for word, v in _COLLECTIVE.items():
        if v == value:
            forms.add(word)
    if 20 < value < 100 and value % 10:
        tens = next(k for k, v in _TENS.items() if v == value - value % 10)
        unit = next(k for k, v in _STANDALONE.items() if v == value % 10)
        forms |= {f"{tens}-{unit}", f"{tens} {unit}"}
    for scale, size in _SCALES.items():  # "two hundred", "a hundred", "one thousand"
        if value % size == 0 and 0 < value // size < 10:
            head = next(k for k, v in _STANDALONE.items() if v == value // size)
            forms |= {f"{head} {scale}"} | ({f"a {scale}"} if value == size else set())
    return forms
