"""A round of calls or meetings told in one sentence as coordinated counterparts, each with its own
day (round 14, dev26 C3): "Fidan spoke by phone with France's Barrot on Monday and with Germany's
Wadephul on Tuesday", "He called Meloni on Monday and Tusk on Wednesday" are two events, each of the
subject with one counterpart on its own day (codebook 13, 14). "with Lavrov and Sybiha at the same
table" (one day, or none) stays one event. A same-day sequence word before the second counterpart
(r21, dev40 D1: "met A on Friday night, and earlier that day with B", "spoke to A first and
afterwards to B", "and, hours later, with B") makes two events of one day (or none): the words are
`round_same_day` in cues/diplomacy_sequence.yaml."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ... import lexicon as lx
from ...dates import find_dates
from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus, Location, LocationLevel
from ...sentences import Sentence
from .common import city_location, span_of
from .diplomacy_clauses import TRIP_LINK
from .diplomacy_context import pronoun_antecedent
from .diplomacy_dates import diplomacy_date
from .diplomacy_merge import PRONOUN_SUBJECT

# Forms of an event one person holds with one counterpart at a time; a visit, one host at a time
# ("called on Vilnius on Tuesday and on Riga on Thursday": two visits, r31).
_ROUNDS = {DiplomacyKind.phone_call, DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.visit}
# right after the first day: ", and with <B>", "and <B>", "and, a day later, with <B>"
# (r31: a round of visits goes on to its next host, "and on to Warsaw on Wednesday")
_AND_NEXT = re.compile(r"\s*,?\s+and\s+(?:then\s+|later\s+|also\s+)?(?:,\s*[^,.;]{1,30},\s*)?(?:with\s+|(?:on\s+)?to\s+)?(?=[A-Z]|his\s|her\s|the\s)")

# the second conjunct is a counterpart and nothing more: "Germany's Wadephul", "the Emirati side", "Merz"
_COUNTERPART_ONLY = re.compile(r"(?!the\s+two\b|both\b)(?:(?:the|his|her|their|(?-i:[A-Z])[\w'’.-]*|side|counterpart|"
                               r"foreign|defence|defense|prime|minister|president|chancellor|envoy|delegation|of)\s+){1,6}", re.I)

# ", and earlier that day, <B>": "…, and earlier that day with <B>", "and, hours later, with <B>", "and afterwards to <B>",
# the preposition left out: "will call A on Sunday and then B" (r22, dev41 D2)
_SAME_DAY_NEXT = re.compile(rf"\s*,?\s+and\s*,?\s+(?:{cues.alternation('diplomacy_sequence', 'round_same_day')})\s*,?\s+"
                            rf"(?:(?:with|to|{cues.alternation('diplomacy_sequence', 'round_second_verbs')})\s+)?(?=[A-Z]|his\s|her\s|the\s)")
# where the second counterpart ends: a clause break, a day, a place or a topic
_COUNTERPART_END = re.compile(r"\s*(?:[,;.:(]|\s(?:on|in|at|about|over|for|to|who|which)\b|$)")

# where a round of visits' second conjunct ends: its host and day, not the trip's aim after a comma
_CLAUSE_STOP = re.compile(r"[,;:(]")

Found = list[tuple[int, Diplomacy]]


def round_cut(ctx: Any, s: Sentence, kind: DiplomacyKind, cue: re.Match[str]) -> int | None:
    """Where the second conjunct starts when the cue's counterpart and day are followed by "and
    (with) <another counterpart> <another day>"; else None."""
    if kind not in _ROUNDS:
        return None
    days = [d for d in find_dates(ctx.text, cue.end(), s.end, ctx.published) if d.role == "event" and d.span.start]
    if len(days) < 2 or days[0].span.start == days[1].span.start:
        # (a trip on to another host on no day of its own, "flew to Oslo and then Helsinki last spring", stays one)
        return _same_day_cut(ctx, s, cue) if kind is not DiplomacyKind.visit else None
    link = _AND_NEXT.match(ctx.text, days[0].end)
    if link is None or link.end() >= days[1].start or not _COUNTERPART_ONLY.fullmatch(ctx.text, link.end(), days[1].start):
        return None  # "…, and the two agreed to meet in Vienna on 12 March": a clause of its own
    before = ctx.actors().states_within(cue.start(), days[0].start)
    after = ctx.actors().states_within(link.end(), days[1].start)
    if not before or not after or set(after) <= set(before):
        return None  # the second conjunct names a counterpart of its own
    return days[0].end


def _same_day_cut(ctx: Any, s: Sentence, cue: re.Match[str]) -> int | None:
    """Where the second conjunct starts when a same-day sequence word introduces another counterpart
    ("…, and earlier that day with <B>"); else None."""
    link = _SAME_DAY_NEXT.search(ctx.text, cue.end(), s.end)
    if link is None:
        return None
    stop = _COUNTERPART_END.search(ctx.text, link.end(), s.end)
    bound = stop.start() if stop else s.end
    if bound <= link.end() or not _COUNTERPART_ONLY.fullmatch(ctx.text[link.end():bound] + " "):
        return None  # "and later with reporters": no counterpart
    before = _first_counterparts(ctx, s, cue, link.start())
    after = ctx.actors().states_within(link.end(), bound)
    if not before or not after or set(after) <= set(before):
        return None
    return link.start()


def _first_counterparts(ctx: Any, s: Sentence, cue: re.Match[str], end: int) -> list[str]:
    """The first conjunct's counterparts: named after the cue, or before it when the cue follows
    them ("is to ring Lavrov by phone in the evening, and afterwards Sybiha"), never the
    sentence's named subject (its first state) alone."""
    named: list[str] = ctx.actors().states_within(cue.start(), end)
    if named:
        return named
    told: list[str] = ctx.actors().states_within(s.start, end)
    return told if PRONOUN_SUBJECT.match(ctx.text, s.start, cue.start()) else told[1:]


def round_records(ctx: Any, s: Sentence, kind: DiplomacyKind, cue: re.Match[str], cut: int, found: Found,
                  record: Callable[[Any, Sentence, DiplomacyKind, re.Match[str], Found], Diplomacy | None],
                  cues: list[tuple[DiplomacyKind, re.Match[str]]]) -> Iterator[Diplomacy]:
    """The first event read from the sentence up to `cut` by `record`; the second the subject's with
    the counterpart of the rest, on its own day; a trip of the same subject told after them (", and is
    set to fly on to Riga next week") a visit of its own."""
    first = record(ctx, Sentence(s.start, cut, ctx.text[s.start:cut]), kind, cue, found)
    if first is None:
        return
    evidence = [span_of(ctx.text, s.start, s.end)]
    subject = _subject(ctx, s, cue) or [p for p in first.participants if p not in ctx.actors().states_within(cue.start(), cut)]
    if not ctx.actors().states_within(cue.start(), cut):
        subject = subject[:1]  # "Rubio would ring Lavrov by phone that evening, and afterwards X": the counterpart came before the cue
    yield first.model_copy(update={"participants": list(dict.fromkeys([*subject, *first.participants])),
                                   "evidence": evidence, "description": s.text[:240]})
    trip = next(((c, link) for k, c in cues if k is DiplomacyKind.visit and c.start() > cut
                 and (link := TRIP_LINK.search(ctx.text, cut, c.start()))), None)
    end = trip[1].start() if trip else s.end
    if kind is DiplomacyKind.visit and (stop := _CLAUSE_STOP.search(ctx.text, cut, end)):
        end = stop.start()  # "…and on to Riga on Thursday, bearing a letter for Latvian officials": the trip's aim is no host
    sides = list(dict.fromkeys([*subject, *ctx.actors().states_within(cut, end)]))
    day = diplomacy_date(ctx.text, cut, end, ctx.published, first.status, kind) or first.date
    status = DiplomacyStatus.planned if day and day.start and ctx.published and day.start > ctx.published else first.status
    where = _destination(ctx, cut, end) if kind is DiplomacyKind.visit else first.location
    yield first.model_copy(update={"participants": sides, "date": day, "status": status, "location": where,
                                   "description": s.text[:240], "evidence": evidence})
    if trip is not None:
        visit = record(ctx, Sentence(trip[1].start(), s.end, ctx.text[trip[1].start():s.end]), DiplomacyKind.visit, trip[0], found)
        if visit is not None:
            yield visit.model_copy(update={"participants": list(dict.fromkeys([*subject, *visit.participants])),
                                           "description": s.text[:240], "evidence": evidence})


def _destination(ctx: Any, lo: int, hi: int) -> Location | None:
    """The first city the second conjunct of a round of visits names ("and to Moscow on Wednesday")."""
    for w in re.finditer(r"[A-Z][\w'’-]+", ctx.text[lo:hi]):
        place = lx.lookup(w.group(0))
        if place is not None and place.level is LocationLevel.city:
            return city_location(place)
    return None


def _subject(ctx: Any, s: Sentence, cue: re.Match[str]) -> list[str]:
    """The state of the sentence's subject: named before the cue, or the person the sentence before
    names when the subject is "he" or "she"."""
    named: list[str] = ctx.actors().states_within(s.start, cue.start())
    if named or not PRONOUN_SUBJECT.match(ctx.text, s.start, cue.start()):
        return named
    person = pronoun_antecedent(ctx.actors(), ctx.sents, ctx.index.get(s.start, 0))
    return [person] if person else []
