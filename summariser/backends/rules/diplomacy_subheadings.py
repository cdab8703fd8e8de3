"""A subheading over the paragraph that tells the event is no event sentence of its own (round 17,
dev31 D9): "Envoy meets president" on a line alone, then "The envoy arrived in Kyiv on Monday. He
met the president and the prime minister." Like a title, the line squeezes the paragraph under it
into a few words; the paragraph tells the event in full, and the visitor's meetings there belong to
the visit it tells (codebook 14). A line alone of a few words with no sentence end
(`articles.section_headings`), not a bullet of a list, with a longer paragraph after it."""

from __future__ import annotations

import re

from ...articles.section_headings import headings
from ...sentences import Sentence

_BULLET = re.compile(r"^[ \t]*[•·▪►*\-–—][ \t]+")
_PARAGRAPH_WORDS = 15  # the paragraph a subheading announces is longer than a line of a list


def subheadings(text: str, sents: list[Sentence]) -> frozenset[int]:
    """The sentences that are subheading lines over a paragraph."""
    spans = [(h.start, h.end) for h in headings(text) if not _BULLET.match(text, h.start) and _paragraph_after(text, h.end)]
    return frozenset(i for i, s in enumerate(sents) if any(lo <= s.start and s.end <= hi for lo, hi in spans))


def _paragraph_after(text: str, end: int) -> bool:
    rest = text[end:].lstrip("\n \t")
    para = rest.split("\n", 1)[0]
    return len(para.split()) >= _PARAGRAPH_WORDS
