"""The per-article analysis every grounding check reads, computed once and cached by text.

Sentences, instruction-like sentences blanked out of the text, number mentions with their
cues, and per-sentence tokens: grounding a record then costs a few dictionary look-ups.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from ..blanking import blank_spans
from ..sentences import Sentence, split_sentences
from .cue_gaps import WORD as _WORD
from .cues import _Mention, _analyse_mentions
from .injection import _addresses_model, comment_spans

Window = tuple[int, int]

# --------------------------------------------------------------------------- per-article analysis


@dataclass(frozen=True)
class _Context:
    text: str
    grounded: str  # text with instruction-like sentences blanked: only this can ground values
    lower: str  # grounded, lower-cased
    sentences: tuple[Sentence, ...]
    blocked: tuple[Window, ...]
    mentions: tuple[_Mention, ...]
    sent_tokens: tuple[tuple[tuple[str, int, int], ...], ...]  # per sentence: (token, start, end)
    title: str = ""  # r37: the article's own title, which names what the body may not (a log's city)


@lru_cache(maxsize=64)
def _blocked(text: str) -> tuple[tuple[Sentence, ...], tuple[Window, ...]]:
    """The sentences, and those addressing a model (or reader comments): the part of the
    context the draft validator needs before a request, without the number analysis."""
    sentences = tuple(split_sentences(text))
    blocked = tuple(sorted({(s.start, s.end) for s in sentences if _addresses_model(s.text)} | set(comment_spans(text))))
    return sentences, blocked


@lru_cache(maxsize=64)
def _context(text: str) -> _Context:
    sentences, blocked = _blocked(text)
    grounded = blank_spans(text, blocked)
    sent_tokens = tuple(tuple((t.group(0).lower(), t.start(), t.end()) for t in _WORD.finditer(text, s.start, s.end))
                        for s in sentences)
    mentions = tuple(_analyse_mentions(grounded, sentences)) if sentences else ()
    return _Context(text, grounded, grounded.lower(), sentences, blocked, mentions, sent_tokens)


def instruction_like_sentences(text: str) -> list[Window]:
    """(start, end) of sentences that address a model rather than report news."""
    return list(_blocked(text)[1])


class _Ranged(Protocol):
    """Anything with half-open character offsets: a `Span`, a `CountHit`."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def _in_blocked(span: _Ranged, ctx: _Context) -> bool:
    return any(span.start < b and a < span.end for a, b in ctx.blocked)
