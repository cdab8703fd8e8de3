"""Where a record's date words stand in the article: inside the span the record was read at when
they are there, else where they are written nearest to it within 200 characters (an elided quote,
"spoke ... since May", leaves its "on Friday" in the gap). Readers that look at the words' neighbours (a plan set for
a weekday, a calling-off, a report day) read the record's own sentence, not another one that
happens to name the same weekday nearby (r25)."""

from __future__ import annotations

import re

_NEAR = 200


def within(words: str, text: str, start: int, end: int) -> int | None:
    """The offset of `words` (spaces flattened) written as whole words inside text[start:end]."""
    flat = " ".join(words.split())
    at = re.compile(rf"(?<!\w){re.escape(flat)}(?!\w)", re.I).search(text, start, end) if flat else None
    return at.start() if at else None


def words_at(words: str, text: str, around: tuple[int, int] | None) -> int | None:
    """The offset of `words` in `text` near `around` (see the module docstring); None when there is
    no text to look in or they are not there."""
    if not text or around is None:
        return None
    flat = " ".join(words.split())
    if not flat:
        return None
    own = within(flat, text, *around)
    if own is not None:
        return own
    lo, hi = max(0, around[0] - _NEAR), around[1] + _NEAR
    found = [m.start() for m in re.compile(re.escape(flat), re.I).finditer(text, lo, hi)]
    # the nearest to the span: an elided quote's words stand in its gap, not a sentence away
    return min(found, key=lambda at: max(around[0] - at, at - around[1], 0)) if found else None
