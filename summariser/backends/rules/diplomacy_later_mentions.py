"""A gathering named again later in the article (r13, dev23 class C1): analysis copy comes back to a
summit, meeting or talks already told, by its city ("the Vilnius summit delivered less than
promised", "the talks in Ankara ended in deadlock") or through its host ("Nauseda, hosting a summit
for the second time, called it a turning point"). Such a mention has no day of its own and names no
side but the gathering's own sides and its host: it is the event told before, one record (codebook
13/14), never a second gathering with the host alone. A mention with a day of its own, one still to
come, or one naming another side is another event and stays apart.

r34 (dev56): a measure told again by the day it takes effect ("Seoul froze the assets of ... . The Korean
listings come into force on 1 May") is the measure adopted before, not a second one planned for that day
(`measure_taking_effect`; codebook: the day a measure takes effect is not coded)."""

from __future__ import annotations

import datetime as dt
import re

from ...calendar_days import WD_NAMES
from ...knowledge import cues
from ...dates import DateMention, find_dates
from ...records import DateSpan, Diplomacy, DiplomacyKind, DiplomacyStatus

# What a gathering may be called again: a summit is often named "the meeting", talks "the meeting".
_GATHERINGS = {DiplomacyKind.summit, DiplomacyKind.meeting, DiplomacyKind.talks}
# A mention that judges or reports the outcome of what was held; a plan is a new event.
_TOLD_AS = {DiplomacyStatus.held, DiplomacyStatus.stalled}


def gathering_named_again(found: list[tuple[int, Diplomacy]], rec: Diplomacy) -> int | None:
    """The index in `found` of the gathering `rec` names again, or None."""
    trip = trip_named_again(found, rec)
    if trip is not None:
        return trip
    invited = invited_to_it(found, rec)
    if invited is not None:
        return invited
    by_city = by_its_city(found, rec)
    if by_city is not None:
        return by_city
    if rec.kind not in _GATHERINGS or rec.status not in _TOLD_AS or rec.date is not None or not rec.participants:
        return None
    for i in sorted(range(len(found)), key=lambda k: found[k][0], reverse=True):  # the latest told first
        old = found[i][1]
        if old.kind in _GATHERINGS and old.location is not None and _names_it(rec, old):
            return i
    return None


# The gathering named as one already known: "the Vilnius summit", "the talks in Ankara", "that meeting",
# "hosting the summit"; a new event is told by its verb ("officials met in Riyadh"), never so.
_NOUNS = cues.alternation("diplomacy_statements", "gathering_nouns")
_DEFINITE = re.compile(rf"\b(?:the|this|that|its|their|(?-i:[A-Z])[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_NOUNS})\b"
                       rf"|\bhost(?:s|ed|ing)\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_NOUNS})\b", re.I)


def _names_it(rec: Diplomacy, old: Diplomacy) -> bool:
    """Same city, or no city but the host alone; no side beyond the gathering's sides and host; the
    gathering named as one already known."""
    if old.location is None or not any(_DEFINITE.search(e.text) for e in rec.evidence):
        return False
    host = old.location.country
    if rec.location is not None:
        return rec.location.name == old.location.name and set(rec.participants) <= set(old.participants) | {host}
    return host is not None and set(rec.participants) == {host}  # "Nauseda, hosting the summit, said…"


# Round 15 (dev28 C3): a trip named again by its traveller's possessive and set in time ("The
# minister's visit to Kyiv came two days after a strike on the city", "Her stay in Odesa followed…"):
# the visit told before (codebook 13-14), not a new visit dated by what it came after.
_TRIP_AGAIN = re.compile(
    r"\b(?:[\w-]+['’]s|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:visit|trip|stay|tour|journey)\s+(?:to|in)\s+"
    r"(?:[A-Z][\w'’-]+\s+){1,2}(?:\w+\s+)?(?:came|comes|followed|follows|took\s+place|was\s+preceded)\b", re.I)
_TRIP_TOLD = {DiplomacyKind.visit, DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.summit}


def trip_named_again(found: list[tuple[int, Diplomacy]], rec: Diplomacy) -> int | None:
    """The index in `found` of the visit (or what was held on it) that `rec` names again, or None."""
    if rec.kind is not DiplomacyKind.visit or rec.status is not DiplomacyStatus.held or rec.location is None \
            or not any(_TRIP_AGAIN.search(e.text) for e in rec.evidence):
        return None
    for i in sorted(range(len(found)), key=lambda k: found[k][0], reverse=True):
        old = found[i][1]
        if old.kind in _TRIP_TOLD and old.status is DiplomacyStatus.held and old.location is not None \
                and old.location.name == rec.location.name \
                and set(rec.participants) <= set(old.participants) | {old.location.country}:
            return i
    return None


# Round 17 (dev31 D5): guests counted for the gathering just told ("Some 40 states were invited to
# the summit", "Two dozen leaders have been asked to the conference"): its roster, no proposal of
# another gathering (codebook 13).
_INVITED_TO_IT = re.compile(
    rf"\b(?:have|has|had)\s+been\s+(?:invited|asked)\s+to\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_NOUNS})\b"
    rf"|\b(?:were|was|are|is)\s+(?:\w+ly\s+)?(?:invited|asked)\s+to\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_NOUNS})\b",
    re.I)


def invited_to_it(found: list[tuple[int, Diplomacy]], rec: Diplomacy) -> int | None:
    """The index in `found` of the gathering told before whose guests `rec` counts (the latest of
    several sides first: guests are counted for a multilateral gathering), or None."""
    if rec.kind not in _GATHERINGS or rec.location is not None or not any(_INVITED_TO_IT.search(e.text) for e in rec.evidence):
        return None
    told = [i for i in range(len(found)) if found[i][1].kind in _GATHERINGS and found[i][1].status is not DiplomacyStatus.proposed]
    return max(told, key=lambda k: (len(found[k][1].participants) >= _SEVERAL, found[k][0]), default=None)


_SEVERAL = 3


# Round 17 (dev32 B3): a gathering named by its city as one already known ("nobody expects much from the
# Doha meeting", "the Geneva session ended without a deal"), in a sentence that tells no day of its
# own: the gathering told before in that city, whatever the sentence's own day (a live blog's entry
# time dates the remark, not the gathering). Its kind stays the first mention's.
_EXPLICIT_DAY = re.compile(r"\b(?:" + WD_NAMES + r"|yesterday|today|tomorrow|tonight"
                           r"|(?:next|last|this)\s+(?:week|month))\b|\b\d{1,2}\s+(?-i:[A-Z])[a-z]+\b|\b(?-i:[A-Z])[a-z]+\s+\d{1,2}\b", re.I)


# a day told as another event's possessor ("after last week's call", "since Friday's vote"): it dates that event
_OTHER_EVENT_DAY = re.compile(r"\b(?:(?:last|next|this)\s+(?:week|month)|" + WD_NAMES + r"|yesterday|today)['’]s\s+"
                              rf"(?!(?:[\w'’-]+\s+)?(?:{_NOUNS}|session|round)\b)[\w'’-]+", re.I)


def by_its_city(found: list[tuple[int, Diplomacy]], rec: Diplomacy) -> int | None:
    """The index in `found` of the gathering in the same city that `rec` names as "the <city>
    <gathering>", or None."""
    if rec.kind not in _GATHERINGS or rec.status not in _TOLD_AS or rec.location is None or not rec.evidence:
        return None
    said = _OTHER_EVENT_DAY.sub(" ", rec.evidence[0].text)  # "after last week's call": the call's day (r29)
    city = re.escape(rec.location.name)
    if _EXPLICIT_DAY.search(said) or not re.search(rf"\b(?:the|this|that)\s+{city}\s+(?:{_NOUNS}|session|round)\b", said, re.I):
        return None
    for i in sorted(range(len(found)), key=lambda k: found[k][0], reverse=True):
        old = found[i][1]
        if old.kind in _GATHERINGS and old.location is not None and old.location.name == rec.location.name \
                and set(rec.participants) <= set(old.participants) | {old.location.country}:
            return i
    return None


# Round 17 (dev32 B1): "at the G7 summit", "after the NATO meeting" name a gathering told before only
# when one was: after a swap or an aid pledge alone, "the premier is expected at the NATO summit in June" tells a
# new gathering. A bare "after the meeting" stays the event told (a sanctions decision taken at it).
_ANTECEDENTS = _GATHERINGS | {DiplomacyKind.visit}
_NAMED = re.compile(r"\bthe\s+(?-i:[A-Z])[\w-]+\s+$", re.I)


def gathering_told_before(found: list[tuple[int, Diplomacy]], kind: DiplomacyKind, anaphor: str,
                          text: str = "", cue_end: int = 0, published: dt.date | None = None) -> bool:
    """A gathering named with the definite article and its name has an antecedent among the records
    told; one whose noun phrase gives it a day no gathering told has ("the bloc's summit in Oslo
    on 4-5 June", r29) is a gathering of its own."""
    own = _own_day(text, cue_end, published) if text else None
    if own is not None and kind in _ANTECEDENTS and not any(
            rec.kind in _ANTECEDENTS and rec.date is not None and _same_days(rec.date, own) for _, rec in found):
        return False
    if kind not in _ANTECEDENTS:  # "that exchange", "the package": an antecedent of its own kind (r36: never
        return any(rec.kind is kind for _, rec in found)  # the aid told before "…came home; X brokered that exchange")
    if not _NAMED.search(anaphor):
        return True
    return any(rec.kind in _ANTECEDENTS for _, rec in found)


# the gathering's own venue and day right after its noun: "summit in Oslo on 4-5 June", "meeting on 3 June"
_PHRASE_TO_DAY = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?\s+(?:(?:on|for)\s+)?$", re.I)


def _own_day(text: str, cue_end: int, published: dt.date | None) -> DateSpan | None:
    days = _phrase_days(text, cue_end, published, _PHRASE_TO_DAY)
    return days[0].span if days else None


def _phrase_days(text: str, cue_end: int, published: dt.date | None, pattern: re.Pattern[str]) -> list[DateMention]:
    """The dated mentions right after the gathering's noun, its venue (`pattern`) between."""
    return [d for d in find_dates(text, cue_end, min(len(text), cue_end + 60), published)
            if d.span.start is not None and d.kind not in ("vague", "vague_past") and pattern.fullmatch(text, cue_end, d.start)]


def dated_in_own_phrase(text: str, cue_end: int, placed: bool = False) -> bool:
    """The gathering's noun phrase names its own day, maybe after its venue ("the summit in Oslo
    on 4-5 June"; `placed`: the venue told too, "talks in Riyadh next week"): an event of its own
    wherever the sentence names it (a topic, a prospect, what officials prepared for)."""
    pattern = _PLACED_TO_DAY if placed else _PHRASE_TO_DAY
    ahead = (m.start() for m in _AHEAD.finditer(text, cue_end, min(len(text), cue_end + 60)))
    return any(pattern.fullmatch(text, cue_end, at) for at in ahead) or bool(_phrase_days(text, cue_end, _ANY_DAY, pattern))


_ANY_DAY = dt.date(2001, 1, 3)  # a reference day for the date words: only whether they date it counts
# the days ahead the date reader leaves to the plan readers ("next week", "later this month", "tomorrow")
_AHEAD = re.compile(r"\b(?:(?:next|later\s+this|this|the\s+coming)\s+(?:week|month|weekend)|tomorrow)\b", re.I)


_PLACED_TO_DAY = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:\s+capital)?"
                            r"\s+(?:(?:on|for)\s+)?", re.I)  # ("in the Saudi capital next week")


def _same_days(a: DateSpan, b: DateSpan) -> bool:
    if a.start is None or b.start is None:
        return False
    return a.start <= (b.end or b.start) and b.start <= (a.end or a.start)


_TAKES_EFFECT = re.compile(r"\b(?:takes?|taking|took)\s+effect\b|\b(?:comes?|came|enters?|entered|goes|went)\s+into\s+force\b", re.I)
# the measure by a definite name, then a modal and what it will do ("these listings could dent the exporters' income")
_EFFECT_AHEAD = re.compile(rf"\b(?:the|these|those|its|their|this)\s+(?:[\w-]+\s+){{0,3}}?"
                           rf"(?:{cues.alternation('diplomacy_aftermath', 'measure_nouns')})\b(?:\s+of\s+(?:[\w'’-]+\s+){{1,4}}?)?\s*"
                           rf"(?:would|will|could|may|might|should|(?:is|are)\s+(?:expected|likely|set)\s+to)\s+(?:[\w-]+ly\s+)?"
                           rf"(?:{cues.alternation('diplomacy_aftermath', 'effect_verbs')})\b", re.I)


def measure_taking_effect(found: list[tuple[int, Diplomacy]], rec: Diplomacy) -> int | None:
    """The index of the measure told before that `rec` names by its taking effect, or None."""
    if rec.kind is not DiplomacyKind.sanctions or rec.status is not DiplomacyStatus.planned or not rec.participants \
            or not any(_TAKES_EFFECT.search(e.text) or _EFFECT_AHEAD.search(e.text) for e in rec.evidence):
        return None
    return next((i for i in range(len(found) - 1, -1, -1) if found[i][1].kind is rec.kind
                 and found[i][1].status is DiplomacyStatus.held and rec.participants[0] in found[i][1].participants), None)
