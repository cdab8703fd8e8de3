"""The extractive summary and headline detection."""

from __future__ import annotations

import re

from ...sentences import Sentence
from .common import QUOTE_START


def lead_summary(sents: list[Sentence], limit: int = 400) -> str:
    """The lead: the first one or two full sentences, as written (bullets unmarked)."""
    picked: list[str] = []
    for s in sents:
        t = re.sub(r"^[-•*]\s+", "", s.text).strip()
        if len(t) < 40 or not re.search(r"[.!?…\"”]$", t) or QUOTE_START.match(t):
            continue
        if picked and len(picked[0]) + len(t) + 1 > limit:
            break
        picked.append(t)
        if len(picked) == 2 or sum(map(len, picked)) > limit // 2:
            break
    if not picked and sents:
        picked = [sents[0].text.strip()]
    out = " ".join(picked)
    return out if len(out) <= limit else out[:limit - 1].rsplit(" ", 1)[0] + "…"


# a line that opens a list (ends in a colon) or is one of its items (ends in a semicolon or comma)
_OPENS_OR_CONTINUES_LIST = re.compile(r"[:;,]\s*$")


def title_lines(text: str, sents: list[Sentence]) -> set[int]:
    """Headline lines at the top of the article: whole lines without terminal punctuation
    ("Drones hit A, missiles strike B as C targets D"). A headline squeezes several events into
    one line, so it makes no attack record; the body tells each event in full."""
    out: set[int] = set()
    for i, s in enumerate(sents[:3]):
        line_start = not text[:s.start].strip(" \t") or text[:s.start].rstrip(" \t").endswith("\n")
        line_end = re.match(r"[ \t]*(?:\n|$)", text[s.end:]) is not None
        if not (line_start and line_end) or re.search(r"[.!?…][\"'”’)\]]*$", s.text) or i + 1 >= len(sents):
            break
        if _OPENS_OR_CONTINUES_LIST.search(s.text):
            break  # "the enemy used 70 means of air attack, namely:", "- 60 drones;": a tally's lines (dev19 B10)
        out.add(i)
    return out
