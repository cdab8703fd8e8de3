"""Each giver its own measure (dev14 class C1): a sentence that tells one state's aid or sanctions
and then, in a clause of its own, another state as subject ("Norway sent 12 howitzers to Ukraine;
Iceland paid for 40 drones", "Germany pledged two systems, while Belgium said its jets had been
delivered") tells two decisions. The sentence is cut where the second subject's clause begins;
each clause is read on its own, and a clause with no measure of its own adds no side to the other."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ... import lexicon as lx
from ...records import Diplomacy, DiplomacyKind
from ...sentences import Sentence
from .common import span_of
from .diplomacy_primary import primary_cue
from .article_actors import ArticleActors

_MEASURES = {DiplomacyKind.military_aid, DiplomacyKind.sanctions}
# A clause of its own: a semicolon, or a contrastive or parallel link after a comma.
_CLAUSE_BREAK = re.compile(r";\s*|,\s*(?:while|whereas|and\s+meanwhile|meanwhile|but)\s+|,\s+and\s+(?=(?:the\s+)?[A-Z])", re.I)
# Words that may stand before the second subject ("the", "neighbouring", "fellow member").
_BEFORE_SUBJECT = re.compile(r"(?:(?:the|neighbouring|neighboring|fellow|nearby)\s+)*")


def second_giver_cut(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str], actors: ArticleActors) -> int | None:
    """Where the clause of a second giver begins, or None."""
    if kind not in _MEASURES:
        return None
    for b in _CLAUSE_BREAK.finditer(text, cue.end(), s.end):
        lead = _BEFORE_SUBJECT.match(text, b.end())
        pos = lead.end() if lead else b.end()
        subject = next((a for a in actors.within(pos, min(s.end, pos + 30)) if a.start == pos), None)
        if subject is None or subject.actor.name in lx.WAR_SIDES:  # the recipient or target of aid and sanctions
            # is a side of both clauses, never a second giver
            continue
        earlier = {a.actor.name for a in actors.within(s.start, b.start())}
        if subject.actor.name not in earlier:
            return b.start()
    return None


def clauses_at(text: str, s: Sentence, cut: int) -> list[Sentence]:
    """The sentence's two clauses, the break's punctuation and link left out of the second."""
    rest = _CLAUSE_BREAK.match(text, cut)
    start = rest.end() if rest else cut
    return [Sentence(s.start, cut, text[s.start:cut]), Sentence(start, s.end, text[start:s.end])]


_SEMICOLON = re.compile(r";\s*")


def later_clauses(text: str, s: Sentence) -> list[Sentence]:
    """The clauses after each semicolon of the sentence, each read as a sentence of its own where an
    event told after the first one may start ("met in Cairo; a second round is planned in Amman next
    month": a planned round, dev14 class C3)."""
    return [Sentence(m.end(), s.end, text[m.end():s.end]) for m in _SEMICOLON.finditer(text, s.start, s.end)]


Cue = tuple[DiplomacyKind, re.Match[str]]
Found = list[tuple[int, Diplomacy]]


def giver_records(ctx: Any, s: Sentence, cut: int, found: Found, cues_of: Callable[[str, Sentence], list[Cue]],
                  record: Callable[[Any, Sentence, DiplomacyKind, re.Match[str], Found], Diplomacy | None]) -> Iterator[Diplomacy]:
    """The measure of each giver's clause, read on its own by the diplomacy module's `cues_of` and
    `record` (`ctx` its article context), with the whole sentence as evidence."""
    for part in clauses_at(ctx.text, s, cut):
        ctx.index.setdefault(part.start, ctx.index.get(s.start, 0))
        part_cues = cues_of(ctx.text, part)
        if not part_cues:
            continue  # "…; Iceland paid for fuel": no measure, and no side of the other
        kind, m = primary_cue(ctx.text, part_cues)
        rec = record(ctx, part, kind, m, found)
        if rec is not None:
            yield rec.model_copy(update={"description": s.text[:240], "evidence": [span_of(ctx.text, s.start, s.end)]})
