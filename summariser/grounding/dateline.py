"""A wire dateline ("KYIV, Ukraine (AP) — ", "ODESA, March 3 (Agency) - ") says where the story
was filed, not where anything happened: a city named only there is no attack's place. A strike
in the filing city told as "the capital" or "the city" is still read, from the article's lead
(`names.place_from_context`, support `inferred`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..lexicon.anchoring import DATELINE
from .context import Window

# The body starts within the first few paragraphs (a title and a byline may come first).
_FIRST_PARAGRAPHS = 3


@lru_cache(maxsize=64)
def dateline_span(text: str) -> Window | None:
    """(start, end) of the dateline that opens the article's body, or None."""
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n?", text)][: _FIRST_PARAGRAPHS - 1]
    for pos in starts:
        m = DATELINE.match(text, pos)
        if m is not None and re.search(r"[A-Z]{3}", m.group(0)):  # a place in capitals, not only a day
            return m.start(), m.end()
    return None


def outside_dateline(windows: Sequence[Window], text: str) -> list[Window]:
    """The windows with the dateline cut out of them."""
    span = dateline_span(text)
    if span is None:
        return list(windows)
    out: list[Window] = []
    for a, b in windows:
        out += [w for w in ((a, min(b, span[0])), (max(a, span[1]), b)) if w[0] < w[1]]
    return out
