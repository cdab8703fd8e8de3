"""A count the article states for a record's event in a sentence the model did not quote: a
draft holds three quotes, an event told over a longer paragraph has its numbers further on.

`paragraph_windows` widens the record's windows to the paragraphs its quotes lie in;
`same_event` accepts a sentence of those paragraphs only when it names no town or region other
than the record's own places (a paragraph of a digest tells several strikes). The count must
still sit beside a cue for its field; the sentence is then added to the record's evidence.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..records import Alignment, Span
from ..sentences import Sentence, sentence_at
from .context import Window, _context

_PARAGRAPH_BREAK = re.compile(r"\n\s*")
# At most this many sentences either side of a quote: a long paragraph tells more than one event.
REACH = 3


def paragraph_windows(spans: Sequence[Span], text: str) -> list[Window]:
    """The paragraph (text between line breaks) holding each span, cut to REACH sentences
    either side of it."""
    sents = _context(text).sentences
    out: list[Window] = []
    for sp in spans:
        a = max((m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, sp.start)), default=0)
        nxt = _PARAGRAPH_BREAK.search(text, sp.end)
        b = nxt.start() if nxt else len(text)
        if sents:
            first, last = _sentences_of(sents, sp, REACH)
            a, b = max(a, first), min(b, last)
        if (a, b) not in out:
            out.append((a, b))
    return out


def own_sentences(spans: Sequence[Span], text: str) -> list[Window]:
    """The sentences each span lies in, from the first one's start to the last one's end."""
    sents = _context(text).sentences
    if not sents:
        return [(sp.start, sp.end) for sp in spans]
    return [(min(sp.start, a), max(sp.end, b)) for sp in spans for a, b in [_sentences_of(sents, sp, 0)]]


def _sentences_of(sents: Sequence[Sentence], sp: Span, reach: int) -> Window:
    """From the start of the sentence `reach` before the span's first to the end of the one `reach`
    after its last."""
    first = max(0, sentence_at(sents, sp.start) - reach)
    last = min(len(sents) - 1, sentence_at(sents, max(sp.start, sp.end - 1)) + reach)
    return sents[first].start, sents[last].end


def sentence_span(pos: int, text: str) -> Span:
    """The article sentence holding `pos`, as an evidence span."""
    sents = _context(text).sentences
    s = sents[sentence_at(sents, pos)]
    return Span(text=s.text, start=s.start, end=s.end, alignment=Alignment.exact)


def same_event(pos: int, text: str, places: Sequence[str]) -> bool:
    """Does the sentence at `pos` name no town or region other than `places`?"""
    from ..knowledge import find_places, same_place

    s = sentence_span(pos, text)
    for m in find_places(_context(text).grounded[s.start:s.end]):
        if m.place.level in ("city", "region") and not any(same_place(p.split(",")[0], m.place) or
                                                           same_place(p, m.place) for p in places):
            return False
    return True
