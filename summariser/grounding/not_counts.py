"""Number mentions that are no count: ages, times, dates, model designations, money and
percentages, plurals that count nothing ("dozens of"), the exception of "all but two", and years.
`cues` drops them before giving roles."""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import NumberMention, is_day_of_month
from .age_asides import in_age_aside
from .child_ages import is_age_number
from .exceptions import EXCEPTION_BEFORE

# "dozens of", "scores of", "hundreds of", "several dozen": many, but no number (a model that
# writes 24 for "dozens" invents it).
_UNCOUNTED = re.compile(r"(?:a\s+)?(?:dozens|scores|hundreds)(?:\s+of)?", re.I)
_UNCOUNTED_BEFORE = re.compile(r"\b(?:several|a\s+few|few|many|some|multiple)\s+$", re.I)


def _not_a_count(text: str, m: NumberMention) -> bool:
    """Ages, times, dates, model designations, money and percentages are never counts; nor are
    plurals that count nothing ("dozens of", "several dozen")."""
    before, after = text[max(0, m.num_start - 12):m.num_start], text[m.end:m.end + 14]
    number = text[m.num_start:m.end]
    if _UNCOUNTED.fullmatch(number) or (number.lower().startswith("dozen") and _UNCOUNTED_BEFORE.search(before)):
        return True
    if re.match(r"-[A-Za-z]", after) and not _compound_wave().match(text, m.end) \
            or re.match(r"\s*(?:%|per\s*cent|percent)", after, re.I):
        return True  # "88-year-old", "1,000-kilometre", "nine-storey", "40%"; never "a 90-drone attack"
    if re.search(r"[A-Za-z]-$|[$€£₴]$|\d[:.]$|\bno\.\s*$", before, re.I):
        return True  # "Kh-101", "S-300", "$5", "10:30"
    if re.match(r"(?::\d|\s*(?:a\.m|p\.m|am\b|pm\b|o'clock|gmt|utc|local\s+time|h\b))", after, re.I):
        return True
    if EXCEPTION_BEFORE.search(text, max(0, m.num_start - 40), m.num_start):
        return True  # "all but two were downed": the two were not (`derived` reads the rest)
    if m.value == 1 and re.search(r"\b(?:every|each|any)\s+$", before, re.I):
        return True  # "every one of the 12 drones": the 12 are the count
    if m.value == 1 and re.match(r"\s+of\s+(?:\w+\s+){0,2}?(?:most|many|several|\w+est)\b",
                                 text[m.end:m.end + 40], re.I):
        return True  # "one of its largest attacks"
    if is_age_number(text, m):  # "aged 40", "40 years old", "a girl of 12", "under 18"
        return True
    if in_age_aside(text, m):  # "a woman and her two sons, aged 9 and 13, were hurt": the 13
        return True
    if is_day_of_month(text, m):
        return True  # "March 12", "12 March" (never "On 3 May two missiles": the two is a count)
    return False


def _is_year(m: NumberMention) -> bool:
    num = m.text[m.num_start - m.start:]
    return bool(re.fullmatch(r"(?:19|20)\d\d", num))


@lru_cache(maxsize=1)
def _compound_wave() -> re.Pattern[str]:
    from .measure_frames import compound_wave_pattern

    return re.compile(compound_wave_pattern(), re.I)
