"""Who a toll counted, told as a list after a colon: "shelling injured four residents overnight:
three women and a 9-year-old girl". The list's children (a child's noun, or an age under 18) are
the toll's children; the adults in it change nothing (the toll before the colon says how many)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...numbers import find_numbers
from ...records import Count
from .common import CountHit, span_of

_AGE = r"(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
# one phrase of the list that is a child: "a 9-year-old girl", "two boys", "a teenager", "her baby son"
_CHILD_PHRASE = re.compile(
    rf"\b(?P<num>a|an|one|two|three|four|five|\d)\s+(?:(?:young|little|teenage|small)\s+)?"
    rf"(?:{_AGE}-(?:year|month)-old(?:\s+(?!and\b|or\b)[a-z]+)?|(?:{lx.CHILD_NOUN_ALT}))\b", re.I)
_SEPARATOR = re.compile(r"\s*:\s+")


def colon_list_children(text: str, end: int, hits: list[tuple[int, CountHit]],
                        fields: set[str]) -> list[tuple[int, CountHit]]:
    """(position, hit) of the children of a list after a colon that follows the sentence's toll."""
    out: list[tuple[int, CountHit]] = []
    for pos, hit in sorted(hits, key=lambda h: h[0]):
        if hit.field.startswith("children_") or f"children_{hit.field}" in fields:
            continue
        colon = text.find(":", pos, end)
        if colon < 0 or re.search(r"[;.]", text[pos:colon]):
            continue
        sep = _SEPARATOR.match(text, colon)
        stop = re.search(r"[;.(]", text[colon:end])
        l1 = colon + stop.start() if stop else end
        if not sep:
            continue
        kids = 0
        for m in _CHILD_PHRASE.finditer(text, sep.end(), l1):
            num = m.group("num").lower()
            nums = find_numbers(text, m.start("num"), m.end("num")) if num not in ("a", "an") else []
            kids += int(nums[0].value) if nums else 1
        if kids and (hit.count.value is None or kids <= hit.count.value):
            name = f"children_{hit.field}"
            fields.add(name)
            out.append((sep.end(), CountHit(name, Count(value=kids, evidence=span_of(text, sep.end(), l1)), True)))
    return out
