"""A diplomacy quote a model joined across a paragraph break with "…" ("X met Y in Ankara on 14
April … The ministers discussed ..."): elided alignment never crosses a paragraph (the numbers
between two paragraphs would ground counts), so the quote as a whole fails. A diplomacy record
has no counts to ground, so each piece that aligns on its own is its evidence. Pieces must be a
real stretch of text (`MIN_PIECE_WORDS` words); a record none of whose pieces aligns is refused
as before. Attacks never use this: their quotes ground numbers.
"""

from __future__ import annotations

from .align import _ELLIPSIS, align
from ..records import Span

# A piece shorter than this could align anywhere ("the ministry said").
MIN_PIECE_WORDS = 6


def aligned_pieces(quote: str, text: str, near: int | None = None) -> list[Span]:
    """The spans of the quote's "…"-separated pieces that align to the text on their own; [] for a
    quote with no cut or with any piece too short to tell."""
    pieces = [p.strip(" .,;:") for p in _ELLIPSIS.split(quote.strip()) if p.strip(" .,;:…")]
    if len(pieces) < 2 or any(len(p.split()) < MIN_PIECE_WORDS for p in pieces):
        return []
    out: list[Span] = []
    for piece in pieces:
        span = align(piece, text, near=near)
        if span is not None and span not in out:
            out.append(span)
    return out
