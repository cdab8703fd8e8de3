"""Sentence and paragraph segmentation with character offsets into the cleaned text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# Abbreviations that end with a period but do not end a sentence.
_ABBREV = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "u.s", "u.k",
           "u.n", "e.g", "i.e", "approx", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
           "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "pres", "prof", "inc", "co"}
# A clock's "a.m." / "p.m." before its time zone ("8 p.m. Moscow time", "6 a.m. GMT") ends no
# sentence (dev20 A6): the zone belongs to the clock, and the figure told before it to its sentence.
_CLOCK_ZONE = re.compile(r"\b[ap]\.m\.\s+(?:[A-Z][a-z]+\s+time\b|(?:GMT|UTC|CET|EET|EEST|MSK)\b)", re.I)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9–—-])|\n+")
# A sentence's end as a look-back counts it (a sentence or two before a position), without the
# abbreviation care of a full split: a mark and its closing quote, or a run of line breaks.
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+|\n+")
# No written sentence comes near this; a longer run (a file with no sentence ends, a hostile
# input) is cut into pieces of at most this size, at a clause mark or a space, so that every
# per-sentence step stays bounded and an article's time grows linearly with its size.
MAX_SENTENCE = 2000
# a list item's bullet at a line's start: "- ", "• ", "3. ", "2) "
LIST_BULLET = re.compile(r"[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])[ \t]+")


# a sentence's end for `sentence_around`: a mark before a space, or a line break
_STOP = re.compile(r"[.!?](?=\s)|\n")


def sentence_around(text: str, lo: int, hi: int, reach: int | None = None) -> tuple[int, int]:
    """Where the sentence around text[lo:hi] starts and ends, by its marks alone (no abbreviation
    care: a reader that needs only the words' own clause); with `reach`, no further than that many
    characters either side."""
    floor = 0 if reach is None else max(0, lo - reach)
    ceil = len(text) if reach is None else min(len(text), hi + reach)
    start = max([floor] + [m.end() for m in _STOP.finditer(text, floor, lo)])
    stop = _STOP.search(text, hi, ceil)
    return start, stop.start() if stop else ceil


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int  # half-open
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences; every line break also ends a sentence (headlines, bullets)."""
    return list(_sentences_of(text))


# Grounding, the draft validator and the rules' cross-check split the same article text: a
# text is split once while it is among the last few dozen (a Sentence is frozen).
@lru_cache(maxsize=64)
def _sentences_of(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == "." and (_is_abbrev(text, m.start()) or _CLOCK_ZONE.match(text, m.start() - 3)):
            continue
        _emit(text, pos, m.end() if m.group(0)[0] != "\n" else m.start(), out)
        pos = m.end()
    _emit(text, pos, len(text), out)
    return tuple(out)


def _is_abbrev(text: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 6):dot])
    return word is not None and (word.group(1).lower().strip(".") in _ABBREV or len(word.group(1)) == 1)


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while end - start > MAX_SENTENCE:
        cut = _cut(text, start, start + MAX_SENTENCE)
        _emit_one(text, start, cut, out)
        start = cut
    _emit_one(text, start, end, out)


def _cut(text: str, start: int, limit: int) -> int:
    """The last clause mark (else space) in the second half of [start, limit), else `limit`."""
    half = start + MAX_SENTENCE // 2
    mark = text.rfind("; ", half, limit)
    mark = mark if mark >= 0 else text.rfind(", ", half, limit)
    mark = mark if mark >= 0 else text.rfind(" ", half, limit)
    return mark + 1 if mark >= 0 else limit


def _emit_one(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def opens_list_item(text: str, lo: int, hi: int) -> bool:
    """A new bulleted line starts between `lo` and `hi` (the gap between two sentences): a list
    item is a unit of its own, as a paragraph is."""
    line = text.rfind("\n", lo, hi)
    return line >= 0 and LIST_BULLET.match(text, line + 1) is not None


def sentence_at(sentences: Sequence[Sentence], offset: int) -> int:
    """Index of the sentence containing `offset` (or the last one before it)."""
    lo, hi = 0, len(sentences) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sentences[mid].start <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def chunk(text: str, max_chars: int = 6000, overlap: int = 1) -> list[tuple[int, int]]:
    """Sentence-aligned chunks [(start, end)] of at most ~max_chars, overlapping by
    `overlap` sentences so an event told across a boundary is seen whole once."""
    sents = split_sentences(text)
    if not sents or len(text) <= max_chars:
        return [(0, len(text))]
    chunks, i = [], 0
    while i < len(sents):
        j = i
        while j + 1 < len(sents) and sents[j + 1].end - sents[i].start <= max_chars:
            j += 1
        chunks.append((sents[i].start, sents[j].end))
        if j + 1 >= len(sents):
            break
        i = max(j + 1 - overlap, i + 1)
    return chunks
