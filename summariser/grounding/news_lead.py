"""The lead of an article: its first news sentences. A broadcast script or a transcript opens with
a stage direction ("[STUDIO]", "ANCHOR:"), a greeting ("Good evening and welcome") or both before
the first sentence that tells anything; those openers are no part of the count of lead sentences,
so the place the script is about ("We begin in Nikopol") is in its lead as a wire story's
dateline is in its own (`names.place_from_context`). The opener lines stay inside the lead window:
"Good evening from Kherson" names the place too. Greetings live in `data/script_lines.yaml`."""

from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary
from .context import Window, _context

# a stage direction or a speaker label before the words: "[PRESENTER]", "(LIVE)", "ANCHOR:"
_LABELS = re.compile(r"^(?:\s*(?:\[[^\]\n]*\]|\([A-Z][A-Z .'/-]*\)|[A-Z][A-Z .'/-]{1,30}:)\s*)+")
# how many words a greeting sentence may have ("Good evening from Kherson, I'm Anna Petrenko")
_GREETING_WORDS = 10


@lru_cache(maxsize=1)
def _greeting() -> re.Pattern[str]:
    return re.compile(rf"(?:{vocabulary.pattern('greetings', 'script_lines')})\b", re.I)


def opener(sentence: str) -> bool:
    """A sentence that tells no news: labels alone, or labels and a short greeting or sign-off."""
    rest = _LABELS.sub("", sentence.strip()).strip(" \t\n.!,-–—*_#")
    return not rest or (_greeting().match(rest) is not None and len(rest.split()) <= _GREETING_WORDS)


def news_lead(text: str, sentences: int) -> Window | None:
    """From the article's start to the end of its `sentences`-th news sentence (openers skipped in
    the count, kept in the window); None for an empty text."""
    sents = _context(text).sentences
    if not sents:
        return None
    told = 0
    for s in sents:
        if not opener(s.text):
            told += 1
        if told >= sentences:
            return sents[0].start, s.end
    return sents[0].start, sents[-1].end
