"""A diplomacy quote of several sentences that fails as a whole (dev33 class R1): a model copies three
sentences as one string across a paragraph break, or changes a token in one of them ("Forty-2" for
"Forty-two"), and the whole neither aligns exactly nor fuzzily (a fuzzy window holds at most two
sentences). Each of its sentences that aligns on its own (exact, normalised or fuzzy) is evidence,
as the pieces of a quote cut with "…" are (`quote_pieces`).

Guards: a sentence shorter than `MIN_PIECE_WORDS` words could align anywhere and is not tried; at
least half the sentences tried must align (an invented sentence beside one real one is no quote of
the article; the sentences that fail are returned for the grounder to list as refused); and the
sentences that align must lie in one paragraph or in paragraphs next to each other, in the order
the quote gives them (sentences of far-apart paragraphs tell different events). Attacks never use
this: their quotes ground numbers.
"""

from __future__ import annotations

import re

from ..records import Span
from ..sentences import split_sentences
from .align import _PARAGRAPH, align
from .quote_pieces import MIN_PIECE_WORDS

# The paragraphs the aligned sentences may move on by, from one to the next.
MAX_PARAGRAPH_STEP = 1


def _paragraph(text: str, pos: int) -> int:
    return sum(1 for _ in _PARAGRAPH.finditer(text, 0, pos))


def quote_sentences(quote: str) -> list[str]:
    """The quote's sentences long enough to tell (`MIN_PIECE_WORDS`)."""
    out = [s.text.strip() for s in split_sentences(quote)]
    return [s for s in out if len(re.findall(r"[\w'’-]+", s)) >= MIN_PIECE_WORDS]


def sentence_pieces(quote: str, text: str, near: int | None = None) -> tuple[list[Span], list[str]]:
    """The spans of the quote's sentences that align on their own, and the sentences that do not;
    ([], []) for a quote of fewer than two sentences, or one whose aligned sentences fail the
    guards (too few, paragraphs apart, out of order)."""
    sentences = quote_sentences(quote)
    if len(sentences) < 2:
        return [], []
    spans: list[Span] = []
    refused: list[str] = []
    for s in sentences:
        span = align(s, text, near=spans[-1].end if spans else near)
        if span is None:
            refused.append(s)
        elif span not in spans:
            spans.append(span)
    if not spans or 2 * len(refused) > len(sentences):
        return [], []
    for prev, nxt in zip(spans, spans[1:]):
        step = _paragraph(text, nxt.start) - _paragraph(text, prev.start)
        if nxt.start < prev.start or step > MAX_PARAGRAPH_STEP:
            return [], []
    return spans, refused
