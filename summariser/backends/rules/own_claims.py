"""A side's own claim of a strike the article has already told from the struck side: "Drones hit a
depot in X overnight, the governor said. Later, Kyiv's General Staff said its drones had struck the
depot." (dev16 B2). The claim is evidence of the strike told before, not a second record: it takes
that strike's place (a city for the claim's region, "hits on sites in the X region") and its night
(the statement's day, "later on Tuesday", dates the statement, not the strike).
Vocabulary: knowledge/data/cues/strike.yaml (own_claim, own_claim_verbs)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DateSpan, LocationLevel
from .common import Facts, PlaceHit

_VERB = cues.alternation('strike', 'own_claim_verbs')
_CLAIM = re.compile(
    rf"\b(?:{cues.alternation('strike', 'own_claim')})\b[^.;!?]{{0,40}}?\b(?:{_VERB})\b"
    rf"|\b(?:{_VERB})\s+(?:on\s+\w+\s+)?(?:{cues.alternation('strike', 'own_claim_tail')})\b"
    rf"|\b(?:{cues.alternation('strike', 'own_claim_sources')})\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{cues.alternation('strike', 'own_claim')})\b[^.;!?]{{0,20}}?,\s+(?:{cues.alternation('strike', 'own_claim_tail')})\b",
    re.I)
_REACH = 6  # sentences back a claim may refer to whatever its own date: a wire tells it a few paragraphs after


def _is_claim(text: str, f: Facts) -> bool:
    """A side's statement of a strike with no figure of its own (a figure would be news of its own)."""
    return f.attack_vocab and not f.has_numbers and not f.cumulative and bool(f.places) \
        and _CLAIM.search(text, f.sent.start, f.sent.end) is not None


def _same_place(claim: PlaceHit, told: PlaceHit) -> bool:
    """The place told, or the region that contains it."""
    c, t = claim.place, told.place
    if c.name == t.name:
        return True
    return c.level is LocationLevel.region and c.admin1 is not None and c.admin1 == t.admin1


def _told_strike(facts: list[Facts], f: Facts) -> Facts | None:
    """The latest strike told before the claim by the same side on the claim's places. Further
    back than a few sentences (dev18 B2: an exile outlet's claim after paragraphs of background),
    only when the claim tells no other day than that strike's."""
    text = f.sent.text
    for e in reversed([e for e in facts if e.idx < f.idx]):
        if not e.attack_vocab or e.cumulative or not e.places or e.date is None:
            continue
        if e.idx < f.idx - _REACH and not (_same_time(f.date, e.date) or _statement_day(text, f, e.date)):
            continue
        if e.attacker and f.attacker and e.attacker != f.attacker:
            continue
        if all(any(_same_place(c, t) for t in e.places) for c in f.places):
            return e
    return None


def _same_time(claim: DateSpan | None, told: DateSpan) -> bool:
    """The claim is undated, or its days overlap the strike's."""
    if claim is None or claim.start is None or claim.end is None or told.start is None or told.end is None:
        return claim is None or claim.start is None
    return claim.start <= told.end and told.start <= claim.end


def _statement_day(sentence: str, f: Facts, told: DateSpan) -> bool:
    """'On Monday, the General Staff said its forces hit ...', 'said on Monday that ...': the day
    told before or right after the verb of claiming dates the statement, a day or two after the
    strike, not the strike itself."""
    d = f.date
    if d is None or d.start is None or told.end is None or not d.text or not 0 <= (d.start - told.end).days <= 2:
        return False
    claim, at = _CLAIM.search(sentence), sentence.find(d.text)
    return claim is not None and 0 <= at <= claim.end() + 4


def join_own_claims(text: str, facts: list[Facts]) -> None:
    """Give each claim of a strike told before that strike's places and night."""
    for f in facts:
        if not _is_claim(text, f):
            continue
        told = _told_strike(facts, f)
        if told is None:
            continue
        f.places = [PlaceHit(place=_told_place(c, told), start=c.start, end=c.end, title=c.title) for c in f.places]
        f.date = told.date


def _told_place(claim: PlaceHit, told: Facts) -> lx.Place:
    return next(t.place for t in told.places if _same_place(claim, t))
