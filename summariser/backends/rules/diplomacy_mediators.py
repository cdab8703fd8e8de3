"""A third party that brokered the event just told, named in the next sentence (dev12 class C4):
"The swap was brokered by the UAE", "Qatar mediated the return", "Saudi Arabia brokered the
meeting" — it is a party of that event (codebook rule 15)."""

from __future__ import annotations

from typing import Any

from ... import lexicon as lx
from ...records import Diplomacy, DiplomacyKind
from ...sentences import Sentence
from .common import span_of
from .diplomacy_merge import join_latest
from .participants import participants_of


def mediator_told_later(ctx: Any, s: Sentence, idx: int, found: list[tuple[int, Diplomacy]]) -> None:
    """"The ICRC acted as an intermediary", "The swap was brokered by the UAE", "Qatar mediated the
    return", right after an exchange or talks: the organisation or state that mediated it is a party
    of that event (codebook rule 15; class C4)."""
    j, latest = max(found, key=lambda x: x[0])
    if latest.kind not in _MEDIATED or idx - j > 2 or not lx.MEDIATION.search(ctx.text, s.start, s.end):
        return
    parties = participants_of(ctx.text, s, ctx.people, ctx.actors())
    mediators = parties if latest.kind is DiplomacyKind.prisoner_exchange else [p for p in parties if p not in ctx.sides]
    if mediators:
        join_latest(found, idx, mediators, span_of(ctx.text, s.start, s.end))


# Events a third party brokers: an exchange, and talks between the sides.
_MEDIATED = {DiplomacyKind.prisoner_exchange, DiplomacyKind.talks}
