"""The night a date-only lead tells: "On the night of 9 May, Russia launched another combined attack
on the grid." names no place and no figure, so it makes no record of its own; the sentences that
follow it (the figures, the places hit) are that night's until another date is told (r9, A2)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts
from .sections import _paragraph_of, paragraph_starts

# "two days earlier", "the previous night": a day told relative to another event, not the lead's own
_FOLLOWING = 2  # the sentences right after the lead (its figures, its places)
_LEAD_SENTENCES = 3  # the headline and the first sentences (0-based index)
_RELATIVE = re.compile(r"\b(?:ago|earlier|before|after|previous)\b", re.I)


def lead_day(f: Facts, first_strike: bool = False) -> Facts | None:
    """The sentence itself when it tells a day or night and makes no record of its own, else None.
    `first_strike`: no strike was told before it, so it leads wherever it lies (a map note's or a
    hearing's preamble before the first strike, r43)."""
    d = f.date
    if f.idx > _LEAD_SENTENCES and not (first_strike and f.attack_vocab):
        return None  # the top of the article only: a dated aside further down is no lead
    if d is None or d.start is None or f.background or _RELATIVE.search(d.text or ""):
        return None
    return f if d.precision.value in ("day", "range") else None


# "the previous attack", "a strike last week", "had hit it before": a sentence about another time
_OTHER_TIME = re.compile(r"\b(?:previous|earlier|last\s+(?:week|month|year|time|summer|winter|spring|autumn)|ago"
                         r"|recent(?:ly)?|since|before|had\s+(?:been\s+)?(?:hit|struck|attacked|targeted|shelled))\b", re.I)


def takes_lead_day(f: Facts, lead: Facts, headings: int = 0) -> bool:
    """Whether an undated sentence after a date-only lead is that night's: not one about another
    time, nor a strike by the other side or on another country. The `headings` between them (a fact
    box's "**What was launched**", r28) are no sentences apart."""
    if f.idx - lead.idx - headings > _FOLLOWING or not _undated_or_same(f, lead) or f.timestamp or f.background \
            or _OTHER_TIME.search(f.sent.text):
        return False
    if f.attacker and lead.attacker and f.attacker != lead.attacker:
        return False
    told, own = _countries(lead), _countries(f)
    return not (told and own and told != own)


def _undated_or_same(f: Facts, lead: Facts) -> bool:
    """The sentence tells no day, or the lead's own day or night again ("The air force tracked 160
    drones overnight" after "Overnight the enemy attacked the country")."""
    d, ld = f.date, lead.date
    return d is None or (ld is not None and (d.start, d.end, d.precision) == (ld.start, ld.end, ld.precision))


def _countries(f: Facts) -> set[str]:
    return {p.place.country for p in f.places if p.place.country} or ({f.target_hint} if f.target_hint else set())


# "The depot is located in the town of X": a sentence that only says where the lead's target lies
# (a definite subject: the lead's facility; "an airbase lies close to X" is an aside that names no hit)
_LOCATES = re.compile(r"\b(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:(?:is|was|are|were)\s+(?:located|situated|based)"
                      r"|lies|lay)\s+(?:in|near|at|outside)\b", re.I)


def locates_lead(f: Facts, lead: Facts | None) -> bool:
    """'Drones hit a depot somewhere in southern Russia. The depot is located in X': X is where the
    lead's strike fell (r9, A3)."""
    return lead is not None and bool(f.places) and f.idx - lead.idx <= _FOLLOWING \
        and bool(lead.weapon_types) and bool(_LOCATES.search(f.sent.text))


def follow_lead(f: Facts, lead: Facts) -> None:
    """The lead's night, attacker and weapons for a sentence that tells its detail without them:
    "Ukrainian drones set a refinery in southern Russia on fire overnight. The plant at X burned"."""
    f.date = lead.date
    f.attacker = f.attacker or lead.attacker
    f.target_hint = f.target_hint or lead.target_hint or lx.OPPONENT.get(f.attacker or "")
    if not f.weapon_types and not f.counted_weapons:  # codebook 8: the weapon of the sentence just before
        f.weapon_types = [w for w in lead.weapon_types if not (w.launched or w.intercepted)]


def region_aftermath(f: Facts) -> bool:
    """A region told with damage and no weapon or figure of its own: the lead's wave reached it."""
    return bool(f.places) and all(p.place.level is LocationLevel.region for p in f.places) and not (
        f.weapon_types or f.counted_weapons or f.counts)


def date_under_paragraph_leads(text: str, facts: list[Facts]) -> None:
    """Round 16 (dev29 A3): a paragraph opened by a placeless dated strike sentence ("The oblast
    came under attack once more at night.", "The district was shelled again on Sunday.") dates the
    undated strikes its paragraph then places ("In X, a drone hit a house"), rather than the day of
    the strike told last, which may be one remembered from months before ("the worst since a night
    in January when a bomb killed six")."""
    starts = paragraph_starts(text)
    lead: Facts | None = None
    for f in facts:
        par = _paragraph_of(starts, f.sent.start)
        if lead is not None and _paragraph_of(starts, lead.sent.start) != par:
            lead = None
        if f.sent.start == starts[par] or not text[starts[par]:f.sent.start].strip():
            lead = f if _placeless_lead(f) else None
            continue
        if lead is None:
            continue
        if f.date is not None:
            lead = None  # a day of its own: the lead's day holds no further
        elif (f.places or f.districts or f.counted_weapons) and (f.attack_vocab or f.weapon_types or f.counts or f.counted_weapons) \
                and f.idx > _LEAD_SENTENCES \
                and _same_story(f, lead):
            f.date = lead.date  # the article's top is the date-only lead's (lead_day), with its attacker


def _same_story(f: Facts, lead: Facts) -> bool:
    """Not a sentence about another time, nor a strike by the other side or on another country."""
    if f.background or _OTHER_TIME.search(f.sent.text) or f.attacker and lead.attacker and f.attacker != lead.attacker:
        return False
    told, own = _countries(lead), _countries(f)
    return not (told and own and told != own)


def _placeless_lead(f: Facts) -> bool:
    d = f.date
    return not (f.places or f.districts or f.background or f.cumulative or f.hypothetical or f.quote or f.counts
                or f.counted_weapons) and (f.attack_vocab or _HARD_DAY.search(f.sent.text) is not None) \
        and d is not None and d.start is not None and d.precision.value in ("day", "range") and not _RELATIVE.search(d.text or "")


_HARD_DAY = cues.pattern("paragraph_carry", "hard_day_frames")  # "a heavy day for the villages" (r26)
