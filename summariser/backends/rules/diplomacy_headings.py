"""A live blog's entry headings (class C6): "**09:45 – Tusk calls Zelensky after overnight
strikes**", "18:20 | Finnish president speaks with Sandu". Like an article's title, such a line
squeezes the entry into a few words and is told in full by the paragraph under it, so it is no
event sentence of its own (the caller treats it as a title line)."""

from __future__ import annotations

import re

from ...sentences import Sentence

# A clock stamp and its separator at the head of a line: "09:45 –", "**14:10** |", "18.20 -".
_STAMP = re.compile(r"^\**\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?\**\s*[-–—|:]\s*", re.I)
# A heading is short and ends without a sentence's final stop.
_MAX_WORDS = 16
_FINAL_STOP = re.compile(r"[.!?…]['’\"”)]*$")


def entry_headings(text: str, sents: list[Sentence]) -> frozenset[int]:
    """The sentences that are entry headings: a short line, bold or led by a clock stamp, with
    no final stop, and a paragraph after it."""
    spans = _heading_lines(text)
    return frozenset(i for i, s in enumerate(sents) if any(lo <= s.start and s.end <= hi for lo, hi in spans))


def _heading_lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        body = line.strip()
        after = next((x.strip() for x in lines[n + 1:] if x.strip()), "")
        if not body or not after or _STAMP.match(after) or (after.startswith("**") and after.endswith("**")):
            continue  # a heading has a body paragraph after it (not the next entry's stamp or heading)
        bold = body.startswith("**") and body.endswith("**") and len(body) > 4
        stamp = _STAMP.match(body)
        words = (body[stamp.end():] if stamp else body).strip("* ")
        if (bold or stamp) and words and not _FINAL_STOP.search(words) and len(words.split()) <= _MAX_WORDS:
            out.append((start, start + len(line) + 1))
    return out
