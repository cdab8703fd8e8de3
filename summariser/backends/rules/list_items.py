"""Tally lists: a header line that ends in a colon and the numbered or bulleted lines under it
("Shot down by 08:00 (97 in all):" / "– 90 drones;" / "– 7 cruise missiles."). Every item
counts what its header says it counts: an item that names no verb of its own takes the header's
role (launched or intercepted)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...sentences import Sentence
from .common import Facts

# "– 90 drones;", "• 14 glide bombs", "1) 55 attack UAVs", "2. 7 guided missiles": the marker that
# opens a list line (a number before ")" or "." is the item's place in the list, not a count)
_ITEM_MARK = re.compile(r"[ \t]*(?:[-–—•*·▪]|\d{1,2}[).](?=\s))[ \t]*")
# A numeral alone on its line ("1.") is split off as a sentence of its own by the splitter.
_NUMERAL_LINE = re.compile(r"[ \t]*\d{1,2}[).]?[ \t]*")
# The header: a line that ends in a colon, perhaps after a bracketed total ("(97 in all):").
_HEADER_END = re.compile(r":\s*$")


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _is_item(line: str) -> bool:
    mark = _ITEM_MARK.match(line)
    return mark is not None and bool(line[mark.end():].strip())


def is_list_item(text: str, s: Sentence) -> bool:
    """Whether `s` stands on a list line (its marker may have been split off as "1.")."""
    start, end = _line_at(text, s.start)
    line = text[start:end]
    return _is_item(line) or bool(_NUMERAL_LINE.fullmatch(text, *_line_at(text, max(0, start - 1)))
                                  and start > 0 and line.strip())


def header_role(text: str, s: Sentence) -> str | None:
    """The role ("launched" or "intercepted") the header of the list `s` stands in gives its
    items: the last launch or interception verb of the header line. None when `s` is no list
    item, or the header names neither. One blank line may stand between the header and its first
    item, or between two items ("attacked with:" / "" / "- 12 drones;"); two end the list."""
    if not is_list_item(text, s):
        return None
    start, _ = _line_at(text, s.start)
    blank = False
    while start > 0:
        start, end = _line_at(text, start - 1)
        line = text[start:end]
        if not line.strip():
            if blank:
                return None  # two blank lines in a row end the list before any header
            blank = True  # one blank line may part a header or an item from the next item
            continue
        blank = False
        if _is_item(line) or _NUMERAL_LINE.fullmatch(line):
            continue  # an earlier item of the same list, or the numeral of the next one
        return _role_of(line) if _HEADER_END.search(line) else None
    return None


def _role_of(header: str) -> str | None:
    cues = [(m.start(), "launched") for m in lx.LAUNCH_CUES.finditer(header)]
    cues += [(m.start(), "intercepted") for m in lx.INTERCEPT_CUES.finditer(header)
             if not lx.NOT_INTERCEPTED.search(header)]
    return max(cues)[1] if cues else None


def list_header_before(facts: list[Facts], i: int) -> Facts | None:
    """The header of the list whose last item is the sentence right before `facts[i]` ("... used
    70 means of air attack, namely:" / "- 62 drones;" / "- 8 missiles." / "Air defence downed 60
    of them"): "them" after a list is the list's whole, not its last item (dev19 B10). None when
    the sentence before is no list item, or the list has no header sentence."""
    k = i - 1
    if k < 0 or facts[i].idx - facts[k].idx != 1 or not _is_item(facts[k].sent.text):
        return None
    while k > 0 and facts[k - 1].idx == facts[k].idx - 1 and _is_item(facts[k - 1].sent.text):
        k -= 1
    header = facts[k - 1] if k > 0 and facts[k - 1].idx == facts[k].idx - 1 else None
    return header if header is not None and _HEADER_END.search(header.sent.text) else None
