"""Evidence alignment: a quoted span must reproduce the article text.

Exact, then case/space/quote-insensitive ("normalised"), then a quote cut with "..." aligned as
its pieces in order ("elided"), then a fuzzy difflib alignment for small paraphrases (as
langextract does). The kind of match is recorded on the span (`Span.alignment`).
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Any

from ..records import Alignment, Span
from .context import _Context, _context
from .cue_gaps import WORD as _WORD

# --------------------------------------------------------------------------- alignment

# A fuzzy match must cover this share of the quote's words, in order ...
MIN_FUZZY_COVERAGE = 0.75
# ... and the matched words may spread over at most this many times the quote's length (+2):
# scattered matches are not a paraphrase.
MAX_FUZZY_SPREAD = 1.5
# An elided quote: "first words ... last words". Each piece needs this many characters, and
# consecutive pieces lie at most this far apart in the text, in one paragraph (a model elides
# within a paragraph).
MIN_PIECE_CHARS = 8
MAX_ELISION_GAP = 600
# "...", "…", "[...]", "(...)", "[…]": the marks models use for a cut.
_ELLIPSIS = re.compile(r"\s*(?:[\[(]\s*(?:(?:\.\s*){3}|…)\s*[\])]|\.\s?\.\s?\.|…)\s*")
# A paragraph break: an elision never skips one (a quote joined from two paragraphs would let
# the numbers between them ground the record's counts).
_PARAGRAPH = re.compile(r"\n\s*\n")
# r16 (dev30 A7): a list's header ("the enemy attacked with:") and its bullet items are one
# paragraph for an elision, blank lines between them or not ("attacked with: ... 6 guided bombs.")
_BULLET_LINE = re.compile(r"[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])[ \t]+")

_CHAR_FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
                            "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
                            "–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-", "\u00a0": " "})


def _normalise(text: str) -> tuple[str, list[int]]:
    """Lower-case, fold quote and dash characters, collapse whitespace; keep a map to offsets."""
    folded = text.translate(_CHAR_FOLD)
    low = folded.lower()
    if len(low) != len(folded):  # a rare character whose lower case is longer: keep its case
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    parts: list[str] = []
    index: list[int] = []
    pos = 0
    for ws in re.finditer(r"\s+", low):
        parts += [low[pos:ws.start()], " "]
        index += range(pos, ws.start() + 1)  # the run of spaces maps to its first character
        pos = ws.end()
    parts.append(low[pos:])
    index += range(pos, len(low))
    return "".join(parts), index


@lru_cache(maxsize=16)
def _normal_form(text: str) -> tuple[str, list[int]]:
    return _normalise(text)


def align(quote: str, text: str, *, near: int | None = None) -> Span | None:
    """A Span of `text` for `quote`: exact, normalised, elided, then fuzzy; None if unalignable.
    The span's `alignment` says which."""
    if not quote or not quote.strip() or not text:
        return None
    span = _plain(quote, text, near)
    if span is not None:
        return span
    inner = _unwrapped(quote)
    if inner is not None:  # “Smoke rose over a depot near the port.”: the model's marks, not the article's
        return align(inner, text, near=near)
    pieces = [p for p in _ELLIPSIS.split(quote.strip()) if p.strip(" .,;:…")]
    if len(pieces) > 1 or (pieces and pieces[0].strip() != quote.strip()):
        return _elided(pieces, text, near)
    return _fuzzy(quote, _context(text), near)


# One pair of quotation marks a model may wrap a whole quote in: straight, curly, guillemets, „“.
_WRAPPED = re.compile(r"""\s*(?:"(?P<a>.+)"|'(?P<b>.+)'|“(?P<c>.+)[”“]|‘(?P<d>.+)’|«(?P<e>.+)»|„(?P<f>.+)[“”])\s*""", re.S)


def _unwrapped(quote: str) -> str | None:
    """The quote inside one pair of quotation marks that wraps all of it; None when unwrapped."""
    m = _WRAPPED.fullmatch(quote)
    inner = next((g for g in m.groups() if g), None) if m else None
    return inner if inner and inner.strip() else None


def _plain(quote: str, text: str, near: int | None) -> Span | None:
    """Exact, then normalised (case, spaces, quote and dash characters folded)."""
    hits = _all_occurrences(text, quote)
    if hits:
        start = _nearest(hits, near)
        return Span(text=quote, start=start, end=start + len(quote), alignment=Alignment.exact)
    norm, norm_map = _normal_form(text)
    q = _normalise(quote.strip())[0].strip()
    hits = _all_occurrences(norm, q) if q else []
    if hits:
        i = _nearest([norm_map[h] for h in hits], near)
        j = hits[[norm_map[h] for h in hits].index(i)]
        start, end = norm_map[j], norm_map[j + len(q) - 1] + 1
        return Span(text=text[start:end], start=start, end=end, alignment=Alignment.normalised)
    return None


def _elided(pieces: list[str], text: str, near: int | None) -> Span | None:
    """Each piece aligns (exactly, normalised or fuzzily) after the previous one, close by."""
    pieces = [p.strip(" ,;:") for p in pieces]
    if not pieces or any(len(p) < MIN_PIECE_CHARS for p in pieces):
        return None
    first = _piece(pieces[0], text, near)
    if first is None:
        return None
    start, end = first.start, first.end
    for piece in pieces[1:]:
        nxt = _piece(piece, text, end, after=end)
        if nxt is None or nxt.start - end > MAX_ELISION_GAP or _leaves_paragraph(text, end, nxt.start):
            return None
        end = nxt.end
    if len(pieces) == 1:
        return first
    return Span(text=text[start:end], start=start, end=end, alignment=Alignment.elided)


def _leaves_paragraph(text: str, start: int, end: int) -> bool:
    """A paragraph break in text[start:end] that is not one inside a list: a break after a header
    line ending in a colon or after an item, before an item, is none."""
    for m in _PARAGRAPH.finditer(text, start, end):
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if not (before.rstrip().endswith(":") or _BULLET_LINE.match(before)) or not _BULLET_LINE.match(text, m.end()):
            return True
    return False


def _piece(piece: str, text: str, near: int | None, after: int = 0) -> Span | None:
    """The piece's first alignment at or after `after` (nearest `near` for the first piece)."""
    if after == 0:
        return _plain(piece, text, near) or _fuzzy(piece, _context(text), near)
    tail = text[after:]
    span = _plain(piece, tail, None)
    if span is not None:
        return Span(text=span.text, start=span.start + after, end=span.end + after, alignment=span.alignment)
    return _fuzzy(piece, _context(text), after, after=after)


def _all_occurrences(hay: str, needle: str) -> list[int]:
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def _nearest(positions: list[int], near: int | None) -> int:
    return positions[0] if near is None else min(positions, key=lambda p: (abs(p - near), p))


def _fuzzy(quote: str, ctx: _Context, near: int | None, min_coverage: float = MIN_FUZZY_COVERAGE,
           after: int = 0) -> Span | None:
    """difflib blocks of the quote's tokens within a one- or two-sentence window (from `after`)."""
    q = [t.lower() for t in _WORD.findall(quote)]
    if len(q) < 2:
        return None
    qset = set(q)
    # Shortlist windows by shared tokens so a long article costs only a few SequenceMatchers.
    windows = []
    for i in range(len(ctx.sent_tokens)):
        for width in (1, 2):
            toks = [t for k in range(i, min(i + width, len(ctx.sent_tokens))) for t in ctx.sent_tokens[k]
                    if t[1] >= after]
            if not toks:
                continue
            overlap = len(qset & {t[0] for t in toks})
            if overlap / len(qset) >= min_coverage * 0.8:
                windows.append((overlap, -width, toks))
    best: tuple[float, int, int, int] | None = None
    for _, _, toks in sorted(windows, key=lambda w: w[:2], reverse=True)[:6]:
        words = [t[0] for t in toks]
        sm = difflib.SequenceMatcher(None, q, words, autojunk=False)
        blocks = [b for b in sm.get_matching_blocks() if b.size]
        matched = sum(b.size for b in blocks)
        coverage = matched / len(q)
        if coverage < min_coverage:
            continue
        first, last = blocks[0].b, blocks[-1].b + blocks[-1].size - 1
        if last - first + 1 > MAX_FUZZY_SPREAD * len(q) + 2:
            continue
        start, end = toks[first][1], toks[last][2]
        dist = abs(start - near) if near is not None else 0
        key = (-coverage, dist, start, end)
        if best is None or key < best:
            best = key
    if best is None:
        return None
    start, end = best[2], best[3]
    return Span(text=ctx.text[start:end], start=start, end=end, alignment=Alignment.fuzzy)


def _realign(span: Any, text: str) -> Span | None:
    """A span that reproduces the text: as given, or re-aligned from its quoted text."""
    if isinstance(span, Span):
        span = span.model_dump()
    if not isinstance(span, dict) or not isinstance(span.get("text"), str):
        return None
    q, start, end = span["text"], span.get("start"), span.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end and text[start:end] == q and q.strip():
        return Span(text=q, start=start, end=end, alignment=span.get("alignment") or Alignment.exact)
    return align(q, text, near=start if isinstance(start, int) else None)
