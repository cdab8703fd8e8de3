"""r45: places told each with a day of its own, in turn, in one sentence: "drones hit A on 3 May, and a
missile struck B on 9 May"; "the strike on A on 4 April, ahead of the strike on B on Palm Sunday". Two
days are two events (codebook 1): each place is a strike of its own, on its own day, with the weapons
of its own words and the figures its own phrases tell."""

from __future__ import annotations

import re
from collections.abc import Callable

from ... import lexicon as lx
from ...blanking import blank_spans
from ...dates import DateMention
from ...records import DateSpan
from .common import Facts, PlaceHit, weapons_named
from .place_split import count_span, fact_owner


def split_days_in_turn(text: str, parts: list[Facts], dates: list[DateMention],
                       event_date: Callable[[list[DateMention]], DateSpan | None]) -> list[Facts]:
    """The sentence's parts, one per place, when it tells as many days as places and the days and
    the places alternate (each day after the place before it and before the place after it), and the
    words of each part tell a strike (or share the first one's verb); else `parts` as they are."""
    places = sorted((p for f in parts for p in f.places), key=lambda p: p.start)
    days = [d for d in dates if d.role == "event"]
    if not _alternate(places, days):
        return parts
    s = parts[0].sent
    cuts = [s.start] + [_cut(text, a, b, d, n) for a, b, d, n in zip(places, places[1:], days, days[1:])] + [s.end]
    told = [_strike_told(text, a, b) for a, b in zip(cuts, cuts[1:])]
    elided = [i > 0 and _elided(text, cuts[i], p.start, days) for i, p in enumerate(places)]
    if not all(t or e for t, e in zip(told, elided)):
        return parts  # "the toll of Friday's strike ... stood at 12 on Saturday": one strike, a later count
    counts = list({id(h): h for f in parts for h in f.counts}.values())
    owners = [id(fact_owner(places, text, s, *count_span(h))) for h in counts]
    host = parts[0]
    out = []
    for i, (p, d) in enumerate(zip(places, days)):
        part = Facts(**{**host.__dict__, "places": [p], "date": event_date([d]) or host.date,
                        "counts": [h for h, o in zip(counts, owners) if o == id(p)],
                        "counted_weapons": host.counted_weapons if i == 0 else [],  # a barrage's figures stay on one
                        "damage": _own_damage(text, host.damage, cuts[i], cuts[i + 1])})
        # a strike told in its own words has the weapons they name, or none; an elided one, the sentence's
        part.weapon_types = host.weapon_types if elided[i] and not told[i] else weapons_named(text, cuts[i], cuts[i + 1])
        out.append(part)
    return out


def _alternate(places: list[PlaceHit], days: list[DateMention]) -> bool:
    """As many distinct, dated days as places (two or more), each between its neighbours' places."""
    if len(places) < 2 or len(days) != len(places) or any(d.span.start is None for d in days) \
            or len({(d.span.start, d.span.end) for d in days}) != len(days):
        return False
    after_previous = all(places[i - 1].end <= d.start for i, d in enumerate(days) if i)
    before_next = all(d.end <= places[i + 1].start for i, d in enumerate(days[:-1]))
    return after_previous and before_next


def _cut(text: str, place: PlaceHit, nxt: PlaceHit, day: DateMention, next_day: DateMention) -> int:
    """Where the words of the next place's strike begin, between `place` and `nxt`: after the clause
    of a day told after its place ("A on 3 May, and ..."), else at the clause mark before the next
    place's fronted day (", and on 9 May a missile struck B")."""
    if place.end <= day.start < nxt.start:
        mark = lx.CLAUSE_MARK.search(text, day.end, nxt.start)
        return mark.start() if mark else day.end
    upto = next_day.start if place.end <= next_day.start < nxt.start else nxt.start
    marks = [m.start() for m in lx.CLAUSE_MARK.finditer(text, place.end, upto)]
    return marks[-1] if marks else place.end


def _strike_told(text: str, a: int, b: int) -> bool:
    """Whether the words text[a:b] tell a strike or name its weapon."""
    return lx.ATTACK_WORDS.search(text, a, b) is not None or lx.WEAPON_WORD.search(text, a, b) is not None


# ", and B on 9 May", "and on 9 May B": no words of its own between the clause mark and the place
_ELIDED = re.compile(r"[\s,;]*(?:(?:and|while|then|also|again|later|on|in|at|the)\s+)*", re.I)


def _elided(text: str, a: int, b: int, days: list[DateMention]) -> bool:
    """Whether the words text[a:b] before a place, its day left out, are only joints: the verb of the
    strike before it serves this place too ("drones hit A on 3 May, and B on 9 May")."""
    words = blank_spans(text, [(d.start, d.end) for d in days if a <= d.start < b])[a:b]
    return _ELIDED.fullmatch(words) is not None


def _own_damage(text: str, damage: list[str], a: int, b: int) -> list[str]:
    """The damage terms the words text[a:b] tell."""
    told = {" ".join(m.group(0).lower().split()) for m in lx.DAMAGE_RE.finditer(text, a, b)}
    return [t for t in damage if t in told]
