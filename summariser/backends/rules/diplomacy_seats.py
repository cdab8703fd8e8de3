"""A gathering at an organisation's seat of that organisation's own people is the organisation's
(r25): "European leaders will meet at a summit in Brussels", "Leaders reached a deal at their summit
in Brussels" (after sentences on the bloc's sanctions) are the European Union's summit, not one
hosted by Belgium (CODEBOOK rule 15 makes a host state a party of an event between others). The
seats are `diplomacy.yaml` `org_seats`; the organisation must be named (by name, alias, demonym or
common noun: "the bloc") in the sentence or, failing that, in the four before it, and be the only
one of that seat so named. A record that names any state other than the host keeps its parties."""

from __future__ import annotations

import re
from functools import cache

from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind
from .diplomacy_article import Article
from .diplomacy_sides import org_by_noun

_GATHERINGS = {DiplomacyKind.summit, DiplomacyKind.meeting}
_SOURCE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:officials?|diplomats?|spokes(?:man|woman|person)|sources?)\b", re.I)
_LOOK_BACK = 4


@cache
def _seated() -> dict[str, tuple[str, ...]]:
    """City -> the organisations seated there."""
    out: dict[str, list[str]] = {}
    for org, cities in cues._file("diplomacy")["org_seats"].items():
        for city in cities:
            out.setdefault(city, []).append(org)
    return {city: tuple(orgs) for city, orgs in out.items()}


def seat_gathering(ctx: Article, idx: int, rec: Diplomacy) -> Diplomacy:
    """`rec` as the organisation's own gathering when it is one (see the module docstring)."""
    if rec.kind not in _GATHERINGS or rec.location is None:
        return rec
    orgs = _seated().get(rec.location.name, ())
    if not orgs or any(p != rec.location.country for p in rec.participants):
        return rec
    for j in range(idx, max(-1, idx - 1 - _LOOK_BACK), -1):
        named = [org for org in orgs if org in _orgs_named(ctx, j)]
        if len(named) == 1:
            return rec.model_copy(update={"participants": named})
        if named:
            return rec
    return rec


@cache
def _common_nouns() -> list[tuple[re.Pattern[str], str]]:
    """`org_references`' noun forms, named anywhere in a sentence ("the bloc agreed ...")."""
    table = cues._file("diplomacy")["org_references"]
    return [(re.compile(rf"\bthe\s+(?:{'|'.join(forms)})\b", re.I), org) for org, forms in table.items()]


def _orgs_named(ctx: Article, j: int) -> set[str]:
    s = ctx.sents[j]
    nouns = {org for rx, org in _common_nouns() if rx.search(ctx.text, s.start, s.end)}
    # (named, not read from its seat: "in Brussels" alone names no organisation; nor as the source's
    # employer: "a NATO official said")
    return {a.actor.name for a in ctx.actors().within(s.start, s.end)
            if a.actor.kind != "state" and a.via != "capital" and not _SOURCE_AFTER.match(ctx.text, a.end)} \
        | set(org_by_noun(ctx.text, s)) | nouns
