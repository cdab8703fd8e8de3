"""Heading lines that open a section running over several paragraphs: a wire factbox heads its
sections "KHERSON", "Zaporizhzhia", "BELGOROD REGION", a digest or a live page "## Odesa",
"**Mykolaiv region**", "• Sumy", "Sumy:", and then tells what happened there without naming it
again, until the next heading.

One reader for both paths: the rules lend a heading's place to the sentences below it
(`backends/rules/sections.py`) and grounding accepts a model's place when it heads the section
of the record's evidence (`grounding/section_place.py`). What a heading names (a place, or no
place, which ends the section's place) is for each path to look up.

A heading is a line of its own of at most `MAX_HEADING_WORDS` words, opening with a letter or a
digit, with no sentence end inside it; markdown marks (`#`, bold), a bullet and a final colon are
allowed around its words. (The rules once took 4 words on a line alone in its paragraph, grounding
5 words on any line with markdown: this is what either accepted.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MAX_HEADING_WORDS = 5
# a line alone: markdown marks, bold, a bullet and a final colon allowed; no sentence inside it
_HEADING_LINE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*|[•·▪►*\-–—][ \t]+)?(?:\*\*|__)?(?P<words>[^\n.!?;]{2,48}?)"
                           r"(?:\*\*|__)?[ \t]*:?[ \t]*$", re.M)
_MARKS = re.compile(r"^[ \t]*#{1,6}|\*\*|__")
_CAPITALS = re.compile(r"[A-Z][A-Z'’ -]{2,40}")
_ADMIN = {"district", "region", "oblast", "community", "hromada", "municipality"}


@dataclass(frozen=True)
class Heading:
    """A heading line: its span in the text and its words without marks."""

    start: int
    end: int
    words: str


@lru_cache(maxsize=64)
def headings(text: str) -> tuple[Heading, ...]:
    """Every heading line of the text, in order."""
    out = []
    for m in _HEADING_LINE.finditer(text):
        words = m.group("words").strip()
        if words and len(words.split()) <= MAX_HEADING_WORDS and words[0].isalnum():
            out.append(Heading(m.start(), m.end(), words))
    return tuple(out)


def is_heading(line: str) -> bool:
    """Whether a sentence is a heading line alone ("**What was launched**", "## Odesa")."""
    found = headings(line.strip())
    return len(found) == 1 and found[0].end - found[0].start == len(line.strip())


def heading_above(text: str, at: int) -> Heading | None:
    """The last heading ending at or before position `at`: the one whose section `at` lies in."""
    above = [h for h in headings(text) if h.end <= at]
    return above[-1] if above else None


def heading_of(text: str, start: int, end: int) -> Heading | None:
    """The heading whose line holds the span, when the span is part of a heading line."""
    return next((h for h in headings(text) if h.start <= start and end <= h.end), None)


def plain_heading(line: str) -> str:
    """The line with its markdown marks blanked and, when written in capitals, in title case
    ("## BELGOROD REGION" -> "   Belgorod region"), so that the gazetteer knows its words; the
    same length as the line, so that offsets into it are offsets into the line."""
    blanked = _MARKS.sub(lambda m: " " * len(m.group(0)), line)
    stripped = blanked.strip()
    if not _CAPITALS.fullmatch(stripped.rstrip(":")):
        return blanked
    words = blanked.split(" ")
    return " ".join(w.capitalize() if i == 0 or not w.isupper() or w.lower() not in _ADMIN else w.lower()
                    for i, w in enumerate(words))
