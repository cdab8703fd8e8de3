"""One sentence, several localities: "two were killed in A, and three injured in the village of B"
is two records, each with its own toll, damage and (when told in its own strike clause) weapons."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...sentences import Sentence
from ...articles.clause_asides import PAIRED
from .common import CountHit, Facts, PlaceHit, clause_at, weapons_named


# From a count to the place its own phrase names: "killed a man in the village of A", "injured
# three people in B": a few words (no other number, no new clause) then a locative preposition.
_COUNT_THEN_PLACE = re.compile(
    r"(?:\s+[A-Za-z'’-]+){0,5}?\s+(?:in|at|near|outside|on)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|frontline|front-line)\s+)?"
    r"(?:(?:village|town|city|settlement|community|district|suburb|port\s+city|regional\s+capital)\s+of\s+)?$", re.I)


def fact_owner(places: list[PlaceHit], text: str, s: Sentence, pos: int, end: int | None = None) -> PlaceHit:
    """The place a fact at `pos` (ending at `end`) belongs to: the place its own phrase names
    right after it, else the one in its clause, else the last named before it."""
    nxt = next((p for p in places if p.start >= (end or pos)), None)
    if end is not None and nxt is not None and _COUNT_THEN_PLACE.fullmatch(text, end, nxt.start):
        return nxt
    c0, c1 = clause_at(text, s, pos)
    same = [p for p in places if c0 <= p.start < c1]
    if same:
        return min(same, key=lambda p: abs(p.start - pos))
    # r22 (dev42 C3): a place told inside a bracket or dash aside the fact is not in ("the station, where
    # crowds (who had fled the fighting in X) waited, ... at 52") is no owner of a fact after the aside
    asides = [a.span() for a in PAIRED.finditer(text, s.start, s.end) if not a.start() <= pos < a.end()]
    before = [p for p in places if p.start < pos and not any(a <= p.start < b for a, b in asides)] \
        or [p for p in places if p.start < pos]
    return before[-1] if before else places[0]


def split_by_place(text: str, f: Facts) -> list[Facts]:
    """'Two were killed in A, and three injured in the village of B': two localities, two records."""
    if len(f.places) < 2:
        return [f]
    if _is_list(text, f):
        return _split_list_by_named_toll(text, f)
    owners = [fact_owner(f.places, text, f.sent, *count_span(h)) for h in f.counts]
    # "..., while a missile hit an industrial site in X": X has its own strike clause
    own = [p for a, p in zip(f.places, f.places[1:]) if _separate_gap(text, a.end, p.start, f.sent.end)]
    distinct = list(dict.fromkeys([id(o) for o in owners] + ([id(f.places[0])] if own and not owners else [])
                                  + [id(p) for p in own] + ([id(p) for p in _damage_owners(text, f)] if owners else [])))
    if len(distinct) < 2:
        return [f]
    parts: dict[int, Facts] = {}
    for p in f.places:
        if id(p) in distinct:
            parts[id(p)] = Facts(**{**f.__dict__, "places": [p], "counts": [], "damage": []})
    for p in f.places:
        if id(p) not in parts:  # a place without its own toll goes with the one told just before it
            host = next((q for q in reversed(f.places) if q.start < p.start and id(q) in parts), None) \
                or next(q for q in f.places if id(q) in parts)
            parts[id(host)].places.append(p)
    for h, o in zip(f.counts, owners):
        parts[id(o)].counts.append(h)
    for m in lx.DAMAGE_RE.finditer(text, f.sent.start, f.sent.end):
        term = re.sub(r"\s+", " ", m.group(0).lower())
        part = parts[id(fact_owner([q for q in f.places if id(q) in parts], text, f.sent, m.start()))]
        if term in f.damage and term not in part.damage:
            part.damage.append(term)
    out = list(parts.values())
    for extra in out[1:]:
        extra.counted_weapons = []  # barrage figures stay on one part only
    if own:
        _weapons_by_clause(text, f, out)
    return out


# r21 (dev40 A2): each place with its own "where" clause of a strike: "blows fell on A, where drones
# set a block on fire, and on the B region, where a missile struck a depot near C" (the gap after A
# opens its where-clause, and the next conjunct opens a where-clause of its own)
_WHERE_OPEN = re.compile(r",\s+where\s+", re.I)
_WHERE_NEXT = re.compile(r",\s+(?:and|while|whereas)\s+(?:also\s+)?(?:on|in|at|over|near|across)\s+(?:the\s+)?"
                         r"[^,;.]{1,60}?,\s+where\s+", re.I)


def _separate_gap(text: str, a: int, b: int, end: int) -> int | None:
    """Where the second of two places' own strike clauses begins in the gap text[a:b] (None when
    the gap tells no second strike): "..., while a missile hit B", or "A, where ..., and on B, where ..."."""
    if (gap := lx.SEPARATE_STRIKE_GAP.search(text, a, b)) is not None:
        return gap.start()
    if _WHERE_OPEN.match(text, a, b) and lx.ATTACK_WORDS.search(text, a, b) is not None:
        nxt = _WHERE_NEXT.search(text, a, b)
        if nxt is not None and lx.ATTACK_WORDS.search(text, nxt.end(), end) is not None:
            return nxt.start()
    return None


def _damage_owners(text: str, f: Facts) -> list[PlaceHit]:
    """dev31 A10: "a man was wounded in A, while in B two houses were damaged": damage told in a clause
    that names one place of its own (and no count) is that place's, a locality of its own."""
    out = []
    for m in lx.DAMAGE_RE.finditer(text, f.sent.start, f.sent.end):
        c0, c1 = clause_at(text, f.sent, m.start())
        same = [p for p in f.places if c0 <= p.start < c1]
        upto = min((p.start for p in f.places if p.start >= c1), default=f.sent.end)  # "a garage, a shed ... were damaged"
        if len(same) == 1 and not any(c0 <= count_span(h)[0] < c1 for h in f.counts) \
                and lx.DAMAGE_CUES.search(text, c0, upto) is not None:  # damage done, not a mere noun ("the night train")
            out.append(same[0])
    return out


def _weapons_by_clause(text: str, f: Facts, parts: list[Facts]) -> None:
    """Each part told in its own strike clause names its own weapons: "drones struck A, while a
    missile hit B" is drones on A and a missile on B."""
    cuts = [f.sent.start]
    for part in parts[1:]:
        first = part.places[0]
        prev = max((q.end for q in f.places if q.end <= first.start), default=f.sent.start)
        gap = _separate_gap(text, prev, first.start, f.sent.end)
        cuts.append(gap if gap is not None else first.start)
    cuts.append(f.sent.end)
    for part, a, b in zip(parts, cuts, cuts[1:]):
        found = weapons_named(text, a, b)
        if found:
            part.weapon_types = found


# "..., killing four people in A itself": the toll's own phrase names one listed place again
_TOLL_NAMES_PLACE = re.compile(r"(?:\s+[A-Za-z'’-]+){0,5}?\s+in\s+(?:the\s+(?:city|town|village)\s+of\s+)?(?P<name>[A-Z][\w'’-]+)")


def _split_list_by_named_toll(text: str, f: Facts) -> list[Facts]:
    """Round 15 (dev27 B6): "Drones struck A and B, killing four in A itself and cutting power in B":
    a list of towns is one record (codebook 2) unless each toll names its own town again; then each
    town is a record of its own, the toll on the town it names (codebook 1)."""
    owners = []
    for h in f.counts:
        m = _TOLL_NAMES_PLACE.match(text, count_span(h)[1], f.sent.end)
        owner = next((p for p in f.places if m and text.startswith(text[p.start:p.end], m.start("name"))), None)
        if owner is None:
            return [f]
        owners.append(owner)
    if not owners:
        return [f]
    parts = {id(p): Facts(**{**f.__dict__, "places": [p], "counts": [], "damage": []}) for p in f.places}
    for h, o in zip(f.counts, owners):
        parts[id(o)].counts.append(h)
    out = list(parts.values())
    for extra in out[1:]:
        extra.counted_weapons = []  # barrage figures stay on one part only
    return out


def count_span(h: CountHit) -> tuple[int, int]:
    ev = h.count.evidence
    assert ev is not None  # the rules always keep the words of a count
    return ev.start, ev.end


def _is_list(text: str, f: Facts) -> bool:
    """'the Kharkiv, Sumy and Donetsk regions': places listed together are one record."""
    return all(re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|,?\s+and\s+)(?:the\s+)?(?:\w+\s+)?",
                            text[a.end:b.start]) for a, b in zip(f.places, f.places[1:]))
