"""Verbless tally items under a role (dev19 A3, B10): the items of a list whose header or opener
tells what they count ("Air defence shot down or jammed 78 targets:" / "- 68 Shahed drones;" /
"- every one except three of the 11 Kh-555s;" / "- not a single one of the Kinzhals"),
inline ("downed 40 targets: 30 drones, every one except one of the nine Kalibrs and no
Kinzhals") or on list lines. A plain item takes the role as it stands (`list_items`,
`inline_lists`); an exception item over a whole told inside it counts the whole as launched and
the whole less K as stopped; a nil item counts its whole (if told) as launched and 0 as stopped.
The item has no verb of its own: with one ("all but two were downed", "none of them was
intercepted") the readers of `whole_counts` read it. Vocabulary: cues/weapons.yaml (item_*)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...numbers import NumberMention
from ...records import Count
from ...sentences import Sentence
from .common import WeaponHit, span_of, weapon_class
from .inline_lists import opener_role
from .list_items import header_role

# "all but <K> of the <M> ...": the words before K (the item opens at a list marker, a separator or the opener)
_EXCEPTION_BEFORE = re.compile(
    rf"(?:{cues.alternation('weapons', 'item_exception_openers')})\s+(?:of\s+them\s+)?"
    rf"(?:{cues.alternation('weapons', 'item_exception_words')})\s+$", re.I)
# "not one of the <M> ...", "none of the ...", "no ...": the words that open a nil item
_NIL_OPENER = rf"(?:{cues.alternation('weapons', 'item_nil_openers')})(?:\s+(?:the|its|their|these|those))?"
_NIL_BEFORE = re.compile(rf"\b{_NIL_OPENER}\s+$", re.I)
_NIL_ITEM = re.compile(rf"(?:^|(?<=[:;,\-–—•*·▪])|(?<=\band))\s*(?P<nil>{_NIL_OPENER})\s+(?P<rest>[^;:,.\n]+?)"
                       r"\s*(?=[;,.]|\band\b|$)", re.I | re.M)
# A verb after the weapons makes the item a clause ("none of the 12 reached their targets": all
# stopped; "all but two were downed"): not a verbless item
_ITEM_VERB = re.compile(rf"\b(?:was|were|is|are|had|have|has|been|could|got|made|reached|hit|struck|landed|fell)\b"
                        rf"|{lx.INTERCEPT_CUES.pattern}|{lx.LAUNCH_CUES.pattern}", re.I)
_ITEM_END = re.compile(r"[;,.\n]|\band\b|$", re.I | re.M)


def _verbless_after(text: str, pos: int, end: int) -> bool:
    """Whether the item's words after `pos` (to its separator) hold no verb."""
    stop = _ITEM_END.search(text, pos, end)
    return _ITEM_VERB.search(text, pos, stop.start() if stop else end) is None


def item_role(text: str, s: Sentence, pos: int) -> str | None:
    """The role (launched / intercepted) a list's header or opener gives the item at `pos`."""
    return header_role(text, s) or opener_role(text, s, pos)


def excepted_part(text: str, c0: int, part: NumberMention, pend: int, end: int) -> bool:
    """Whether the part K of "K of the M <weapons>" (the weapons end at `pend`) is a verbless
    exception: "all but K of the M" (M - K stopped)."""
    return _EXCEPTION_BEFORE.search(text, max(c0, part.start - 40), part.start) is not None \
        and _verbless_after(text, pend, end)


def nil_whole(text: str, c0: int, m: NumberMention, pend: int, end: int) -> bool:
    """Whether `m` is the whole of a verbless nil item: "not one of the 3 Iskander-M missiles"."""
    return _NIL_BEFORE.search(text, max(c0, m.start - 40), m.start) is not None and _verbless_after(text, pend, end)


def nil_items(text: str, s: Sentence, hits: list[WeaponHit]) -> None:
    """Nil items that count no whole ("- none of the Kinzhals;", "no Kalibrs"):
    the weapon named was not stopped, 0 intercepted, when the list counts interceptions. A
    weapon already counted in the sentence takes the 0 where it has no interception figure."""
    for m in _NIL_ITEM.finditer(text, s.start, s.end):
        named = list(lx.iter_weapons(text, m.start("rest"), m.end("rest")))
        if not named or re.search(r"\d", m.group("rest")) or _ITEM_VERB.search(m.group("rest")) \
                or item_role(text, s, m.start("nil")) != "intercepted":
            continue
        _, wtype, model = named[0]
        zero = Count(value=0, evidence=span_of(text, m.start("nil"), m.end("rest")))
        same = [h for h in hits if h.type is wtype and h.intercepted is None]
        if same:
            same[0].intercepted = zero
        elif not any(h.type is wtype for h in hits):
            hits.append(WeaponHit(wtype, model, intercepted=zero, classes=frozenset({weapon_class(wtype)})))
