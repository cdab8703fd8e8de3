"""A summary list at the top of an assessment or a live page repeats the body's events (dev19
B3a): "Key takeaways:" / "Main points" followed by bullet items ("- Russian forces struck X and Y
on Sunday."). Its items open no record of their own; the body tells each event with its details,
and an item read as a record would be a duplicate with the places of several events merged.
Vocabulary: knowledge/data/cues/eventhood.yaml (summary_list_heads)."""

from __future__ import annotations

import re

from ...knowledge import cues
from .common import Facts

_HEAD = re.compile(rf"^[ \t]*(?:#+[ \t]*|\*\*)?(?:{cues.alternation('eventhood', 'summary_list_heads')})"
                   r"[ \t]*(?:\*\*)?[ \t]*:?[ \t]*(?:\*\*)?[ \t]*$", re.I | re.M)
# the list under the head: blank lines and items ("- ", "• ", "1. ") to the first line of prose
_ITEM_LINE = re.compile(r"[ \t]*(?:[-•*·▪►–—]|\d{1,2}[.)])[ \t]+[^\n]*\n?|[ \t]*\n")


def drop_summary_lists(text: str, facts: list[Facts]) -> None:
    """Mark the facts of a summary list's items as no event, when the body follows the list."""
    for span in _list_spans(text):
        if not any(f.sent.start >= span[1] and f.attack_vocab for f in facts):
            continue  # the list is the whole story: its items are the only telling of each event
        for f in facts:
            if span[0] <= f.sent.start < span[1]:
                f.places, f.cumulative = [], True


def _list_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for head in _HEAD.finditer(text):
        pos = head.end() + 1 if text[head.end():head.end() + 1] == "\n" else head.end()
        start, items = pos, 0
        while pos < len(text) and (m := _ITEM_LINE.match(text, pos)) is not None and m.end() > pos:
            items += bool(m.group(0).strip())
            pos = m.end()
        if items:
            spans.append((start, pos))
    return spans
