"""A strike told by its moment relative to another event: "Shortly before the summit opened,
drones struck a depot in X", "Hours after the talks ended, a rocket hit a school", "On the eve of
the exchange, shells landed on a market". The sentence has no date of its own; the event it names
does, in another sentence ("Delegations met in Geneva on Sunday"). The strike takes that day (the
day before for "on the eve of"). The event's noun is matched by family ("the negotiations" is
dated by a sentence about "talks"); a sentence that names an earlier or later one of its kind
("the previous round") is never the anchor. The grounding side reads the same concept for the
LLM path (grounding/event_anchor.py). Words: knowledge/data/cues/anchoring.yaml (event_moment_*,
anchor_event_nouns)."""

from __future__ import annotations

import datetime as dt
import re

from ...dates import find_dates
from ...grounding.event_anchor import day_after_event, inverted_anchor
from ...knowledge import cues
from ...records import DatePrecision, DateSpan
from .common import Facts

_FAMILIES = {name: cues.phrases("anchoring", "anchor_event_nouns", name)
             for name, _ in cues.patterns("anchoring", "anchor_event_nouns")}
_NOUN = "|".join(sorted({n for ns in _FAMILIES.values() for n in ns}, key=lambda n: (-len(n), n)))
_MOMENT = re.compile(
    rf"\b(?:(?P<eve>{cues.alternation('anchoring', 'event_moment_eve')})"
    rf"|{cues.alternation('anchoring', 'event_moment_before')}|{cues.alternation('anchoring', 'event_moment_after')})"
    rf"\s+(?:the|this|that|these|those|[A-Z][\w'’-]+['’]s?)\s+(?:[\w'’-]+\s+){{0,3}}?(?:(?P<noun>{_NOUN})\b"
    # r19 (dev35 A9): the people who gather and their verb, "hours before the delegations gathered"
    rf"|(?P<people>{cues.alternation('anchoring', 'anchor_gathering_people')})\s+"
    rf"(?:{cues.alternation('anchoring', 'anchor_gathering_verbs')})\b)", re.I)
_RECENT = dt.timedelta(days=7)  # the gathering a "hours before the delegations met" names: this week's
_STEM_LETTERS = 6  # "delegations" is dated by a sentence naming "delegates" or "Delegations" (as grounding reads it)
_ANOTHER = re.compile(r"\b(?:previous|preceding|prior|earlier|last|former|next|another|upcoming|(?:19|20)\d\d)\s+"
                      r"(?:[\w'’-]+\s+){0,2}?$", re.I)


_ATTACK_NOUNS = cues.plain_alternation("anchoring", "anchor_attack_nouns")
# "Her visit followed by just a couple of hours a raid on X": the event as subject, the strike after (r17, dev32 B7)
_INVERTED = re.compile(
    rf"\b(?:the|this|that|his|her|their|[A-Z][\w'’-]+['’]s?)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{_NOUN})\s+"
    rf"(?:{cues.alternation('anchoring', 'event_moment_inverted')})\s+(?:(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_ATTACK_NOUNS})\b"
    # r22 (dev41 D7/A3): the strike as a clause, its subject and past verb ("came hours after Moscow's drones struck the city")
    rf"|(?:[\w'’-]+\s+){{1,3}}?(?:{cues.alternation('anchoring', 'anchor_attack_verbs')})\b)", re.I)


def _family(noun: str) -> list[str]:
    return next((ns for ns in _FAMILIES.values() if noun.lower() in ns), [noun.lower()])


def _event_day(text: str, facts: list[Facts], f: Facts, nouns: list[str], published: dt.date | None,
               people: bool = False) -> dt.date | None:
    """The day a sentence other than `f` dates an event of this family: the nearest before it,
    else the nearest after it."""
    word = re.compile(rf"\b(?:{'|'.join(nouns)})\w{{0,3}}\b", re.I)  # "swapped", "negotiating"
    others = sorted((g for g in facts if g.sent is not f.sent), key=lambda g: (g.idx > f.idx, abs(g.idx - f.idx)))
    for g in others:
        hit = word.search(g.sent.text)
        if hit is None or _ANOTHER.search(g.sent.text[:hit.start()]):
            continue
        days = [d.span.end or d.span.start for d in find_dates(text, g.sent.start, g.sent.end, published)
                if d.role == "event" and d.span.start is not None]
        if people:  # "agreed to meet again on 2 May": the gathering told is the story's, within its week (r19)
            days = [d for d in days if published is None or dt.timedelta(0) <= published - d <= _RECENT]
        if days:
            return days[0]
    return None


def date_by_named_event(text: str, facts: list[Facts], published: dt.date | None) -> None:
    """Date each undated strike sentence told from a named event by that event's day."""
    for f in facts:
        if not f.attack_vocab or f.background:
            continue
        # r21 (dev39 A4): "the night after the truce lapsed": from the day told of its end (a date read
        # only from the phrase's own words, "In the night", gives way to it)
        after = day_after_event(text, f.sent.start, f.sent.end, published)
        if after is not None and _places_in_anchor(text, f):
            after = None  # r27: "The barrage came three days after Saturday's raid on X": X's is the anchor's day
        if after is not None and (f.date is None or (f.date.text or "").lower() in (after.text or "").lower()):
            f.date = after
            continue
        if f.date is not None and f.date.start is not None:
            continue  # an unresolved "a day after" gives way to the event's day (r22)
        m = _MOMENT.search(f.sent.text)
        if m is None:
            _date_by_inverted(text, facts, f, published)
            continue
        nouns = _family(m.group("noun")) if m.group("noun") else [re.escape(m.group("people").lower()[:_STEM_LETTERS]) + r"\w*"]
        day = _event_day(text, facts, f, nouns, published, people=not m.group("noun"))
        if day is None:
            if not m.group("noun"):
                _date_by_inverted(text, facts, f, published)
            continue
        if m.group("eve"):
            day -= dt.timedelta(days=1)
        f.date = DateSpan(start=day, end=day, text=m.group(0), precision=DatePrecision.day)


_ANCHOR_WORD = re.compile(r"\b(?:after|before|since)\b", re.I)


def _places_in_anchor(text: str, f: Facts) -> bool:
    """Every place of the sentence's facts stands in the clause its "after" opens (the strike the
    days are counted from), none outside it (the strike counted; "The night after the truce
    lapsed, drones hit X" names X after the clause)."""
    m = _ANCHOR_WORD.search(text, f.sent.start, f.sent.end)
    return m is not None and bool(f.places) and all(
        p.start > m.start() and not re.search(r"[,;:]", text[m.end():p.start]) for p in f.places)


def _date_by_inverted(text: str, facts: list[Facts], f: Facts, published: dt.date | None) -> None:
    """"The envoy's arrival came hours after a missile strike on X": the strike happened within the hours
    before the event, on its day or the night before (a range of the two days)."""
    m = _INVERTED.search(f.sent.text)
    if m is None:  # r22 (dev42 L5): any event as the subject, by its words or its verb ("The decision came hours after")
        f.date = inverted_anchor(text, f.sent.start, f.sent.end, published) or f.date
        return
    day = _event_day(text, facts, f, _family(m.group("noun")), published)
    if day is None:
        return
    if (n := _days_counted(m.group(0))) > 0:  # "came a day after missiles hit": the days counted back (r22)
        f.date = DateSpan(start=day - dt.timedelta(days=n), end=day - dt.timedelta(days=n), text=m.group(0),
                          precision=DatePrecision.day)
        return
    f.date = DateSpan(start=day - dt.timedelta(days=1), end=day, text=m.group(0), precision=DatePrecision.range)


# r14 (dev25 C5): a diplomatic event told from a strike's moment ("Hours after the attack, the
# Dutch minister arrived"): the strike's day, the days the words count on or back.
_ATTACK_MOMENT = re.compile(rf"\b(?:{cues.alternation('anchoring', 'attack_moment_days')})\s+(?:the|this|that|"
                            rf"these|those|yesterday['’]s|[A-Z][\w'’-]+['’]s?)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ATTACK_NOUNS})\b", re.I)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
_DAYS = re.compile(r"\b(?P<n>a|one|two|three|\d)\s+days?\s+(?P<dir>after|following|before)|\bthe\s+day\s+after", re.I)


def _days_counted(words: str) -> int:
    """The days a strike's moment counts: "two days after" +2, "a day before" -1, "the day after"
    +1, "hours after" 0."""
    m = _DAYS.search(words)
    if m is None:
        return 0
    if m.group("n") is None:
        return 1
    n = _COUNTS.get(m.group("n").lower()) or int(m.group("n"))
    return -n if m.group("dir").lower() == "before" else n


def attack_moment_day(text: str, lo: int, hi: int, published: dt.date | None) -> DateSpan | None:
    """The day of a diplomatic event told from a strike's moment in text[lo:hi]: the day of the
    story's strike told before it (a night: the day it ends; a recalled older day passed over,
    `night_anaphors.story_date`), moved by the days the words count ("a day after": +1)."""
    from ...night_anaphors import story_date

    m = _ATTACK_MOMENT.search(text, lo, hi)
    if m is None:
        return None
    span = story_date([d.span for d in find_dates(text, 0, lo, published) if d.role == "event"])
    if span is None or span.start is None:
        return None
    days = _days_counted(m.group(0))
    day = (span.end or span.start) + dt.timedelta(days=days)
    if published is not None and day > published:
        return None  # the words tell a moment still to come: no held event's day
    return DateSpan(start=day, end=day, text=m.group(0), precision=DatePrecision.day)
