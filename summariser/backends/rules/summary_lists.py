"""A summary list at the top of an assessment or a live page repeats the body's events (dev19
B3a): "Key takeaways:" / "Main points" followed by bullet items ("- Russian forces struck X and Y
on Sunday."). Its items open no record of their own; the body tells each event with its details,
and an item read as a record would be a duplicate with the places of several events merged.
Vocabulary: knowledge/data/cues/eventhood.yaml (summary_list_heads)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from .common import Facts

_HEAD = re.compile(rf"^[ \t]*(?:#+[ \t]*|\*\*)?(?:{cues.alternation('eventhood', 'summary_list_heads')})"
                   r"[ \t]*(?:\*\*)?[ \t]*:?[ \t]*(?:\*\*)?[ \t]*$", re.I | re.M)
# the list under the head: blank lines and items ("- ", "• ", "1. ") to the first line of prose
_ITEM_LINE = re.compile(r"[ \t]*(?:[-•*·▪►–—]|\d{1,2}[.)])[ \t]+[^\n]*\n?|[ \t]*\n")


def drop_summary_lists(text: str, facts: list[Facts]) -> None:
    """Mark the facts of a summary list's items as no event, when the body follows the list. A dated item
    whose places the body never tells a strike at keeps its facts (r30, dev52: "- Ukrainian forces struck X
    overnight on 15 to 16 April" with no paragraph on X below): the item is that strike's only telling (an
    undated item, "- Drones struck the X refinery.", stays an index of the body); so does a dated item with a figure
    the body never gives (r34, dev56: the toll of a city the body names only in passing)."""
    for span, items in _list_spans(text):
        body = [f for f in facts if f.sent.start >= span[1] and f.attack_vocab]
        if not body:
            continue  # the list is the whole story: its items are the only telling of each event
        # (r34: a place the body names only in passing, undated and with no figure, "the refinery at X has been
        # a recurring target", tells no strike there)
        told = {n for f in body if f.date is not None or f.has_numbers for p in f.places for n in _areas(p.place)}
        for lo, hi in items:
            own = [f for f in facts if lo <= f.sent.start < hi]
            names = _own_names([p.place for f in own for p in f.places])
            if any(f.date is not None for f in own) and (names and not names & told or _figures(own) - _figures(body)):
                continue  # (r34: an item with a toll or tally the body never gives is that figure's only telling)
            for f in own:
                f.places, f.cumulative = [], True


def _own_names(places: list[lx.Place]) -> set[str]:
    """The item's places and their regions, less a region one of its towns lies in (r34: "drones hit X
    in the Y region. Y officials said ...": the body's tally over Y tells no strike on X)."""
    names = {n for p in places for n in _areas(p)}
    return names - {p.admin1 for p in places if p.admin1 and p.name != p.admin1}


def _figures(facts: list[Facts]) -> set[int]:
    """The tolls and weapon figures the facts tell."""
    return {h.count.value for f in facts for h in f.counts} | {
        c.value for f in facts for w in f.counted_weapons for c in (w.launched, w.intercepted) if c is not None}


def _areas(place: lx.Place) -> set[str]:
    """A place's name and its region's: an item's "Samara Oblast" is told by the body's town in it."""
    return {place.name} | ({place.admin1} if place.admin1 else set())


def _list_spans(text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """Each summary list's span and its items' spans."""
    spans = []
    for head in _HEAD.finditer(text):
        pos = head.end() + 1 if text[head.end():head.end() + 1] == "\n" else head.end()
        start, items = pos, []
        while pos < len(text) and (m := _ITEM_LINE.match(text, pos)) is not None and m.end() > pos:
            if m.group(0).strip():
                items.append((m.start(), m.end()))
            pos = m.end()
        if items:
            spans.append(((start, pos), items))
    return spans
