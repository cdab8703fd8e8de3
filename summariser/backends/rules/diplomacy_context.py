"""Diplomacy facts read around a sentence, from the events told before it: a day told relative to
the event just told ("later that day", "the day before"), the weekend before the article, the
parties behind "we" and "our" in a joint statement, the recipient of aid told without one, and the
two sides and seat of a summons (not the state where the strike it protests happened)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache

from ... import lexicon as lx
from ...dates import find_dates
from ...knowledge import views as _kv
from ...records import DatePrecision, DateSpan, Diplomacy, DiplomacyKind, DiplomacyStatus, Location, LocationLevel
from ...sentences import Sentence
from .article_actors import ArticleActors
from .common import city_location
from ...grounding.reference import not_proximal
from .diplomacy_elaboration import anchor_day
from .diplomacy_merge import PRONOUN_SUBJECT
from .diplomacy_modality import clause_start
from .diplomacy_report_day import said_day


def relative_day(text: str, s: Sentence, found: list[tuple[int, Diplomacy]],
                 published: dt.date | None = None) -> DateSpan | None:
    """"Later that day he spoke with…": the day of the latest dated event told before, moved by
    the offset the words give ("the day before": one day earlier); with no event told before, from
    the day the words were said, else the story's day told before (r33), else the publication day."""
    for offset, rx in lx.RELATIVE_DAY:
        m = rx.search(text, s.start, s.end)
        if m is None:
            continue
        dated = [(j, r.date) for j, r in found if r.date and r.date.start and r.date.precision is DatePrecision.day]
        said = said_day(text, s, published) if not dated else None
        day = max(dated, key=lambda x: x[0])[1].start if dated else (
            (said.start if said else None) or _story_day_before(text, s, published) or published)
        if day is None:
            return None  # no event told before, no day the words were said on
        d = day + dt.timedelta(days=offset)
        return DateSpan(start=d, end=d, text=m.group(0), precision=DatePrecision.day)
    return anchor_day(text, s, found)  # "The visit came one day after X and Y spoke by phone" (dev20 C2)


def _story_day_before(text: str, s: Sentence, published: dt.date | None) -> dt.date | None:
    """r33: the day of the event told last before the sentence in its paragraph, for "the same day" with no
    diplomatic event told before ("drones hit the river port on Tuesday … Moldova summoned the Russian envoy the
    same day"): a night's last day."""
    told = [d.span for d in find_dates(text, text.rfind("\n\n", 0, s.start) + 1, s.start, published)
            if d.role == "event" and d.span.start is not None]
    if not told:  # r47 (dev70): a paragraph opening on "that day": the last day the article told before it,
        # never the writer's "tonight" (`grounding.reference.not_proximal`)
        told = [d.span for d in not_proximal(find_dates(text, 0, s.start, published), text) if d.role == "event"
                and d.span.start is not None and d.span.end is not None and (d.span.end - d.span.start).days <= 1]
    return (told[-1].end or told[-1].start) if told else None


def weekend_before(text: str, lo: int, hi: int, published: dt.date | None) -> DateSpan | None:
    """"Announced over the weekend": the Saturday and Sunday before the article (or the
    weekend it was published on)."""
    m = lx.WEEKEND.search(text, lo, hi)
    if m is None or published is None:
        return None
    back = (published.weekday() - 5) % 7  # days since the last Saturday
    if back < 2 and m.group(0).lower().startswith("last"):
        back += 7  # "last weekend", said on a Saturday or Sunday: the one before
    sat = published - dt.timedelta(days=back)
    end = min(sat + dt.timedelta(days=1), published)  # an event done is not dated after the article
    return DateSpan(start=sat, end=end, text=m.group(0), precision=DatePrecision.range)


# How far back the speakers of "we" are looked for, in sentences; how close "we" stands to the cue.
_WE_REACH, _WE_NEAR = 4, 40


def speakers_of_we(text: str, cue: re.Match[str], sents: list[Sentence], idx: int,
                   parties_of: Callable[[Sentence], list[str]]) -> list[str]:
    """"We will hold our next meeting in Vilnius", in a sentence that names no side: the states
    of the nearest sentence before it that names two or more (the signatories of the statement).
    "We" must be the event's own subject, just before the cue in its clause ("we have been here
    before, recalling talks…" is someone else's memory)."""
    lo = clause_start(text, max(sents[idx].start, cue.start() - _WE_NEAR), cue.start())
    if not lx.FIRST_PERSON_PLURAL.search(text, lo, cue.start()):
        return []
    for j in range(idx - 1, max(-1, idx - 1 - _WE_REACH), -1):
        parties = parties_of(sents[j])
        if len(parties) >= 2:
            return parties
    return []


def with_recipient(kind: DiplomacyKind, participants: list[str], war: bool, text: str) -> list[str]:
    """Aid told without its recipient in an article about the war on Ukraine ("Sweden has
    delivered the first batch of howitzers"): Ukraine receives it. Aid that names either warring
    side already keeps what it says."""
    if kind is not DiplomacyKind.military_aid or not war or not participants or not _UKRAINE.search(text):
        return participants
    if any(p in lx.WAR_SIDES or p in lx.RUSSIA_SUPPLIERS for p in participants):
        return participants  # "North Korea has shipped more shells": not to Ukraine
    return [*participants, "Ukraine"]


_UKRAINE = re.compile(r"\bUkrain(?:e|ian)\b")


def with_target(kind: DiplomacyKind, participants: list[str], war: bool, text: str) -> list[str]:
    """Sanctions told without their target in an article about the war on Ukraine ("London added
    25 tankers to its sanctions list"): they are aimed at Russia, as aid told without its
    recipient goes to Ukraine (class C2). Sanctions naming either warring side keep what they say."""
    if kind is not DiplomacyKind.sanctions or not war or not participants or not _UKRAINE.search(text) \
            or not _RUSSIA.search(text):
        return participants
    if any(p in lx.WAR_SIDES or p in lx.RUSSIA_SUPPLIERS for p in participants):
        return participants
    return [*participants, "Russia"]


_RUSSIA = re.compile(r"\bRussian?\b|\bMoscow\b|\bKremlin\b")


def summons_sides(text: str, s: Sentence, cue: re.Match[str], participants: list[str],
                  named_after: dict[str, int]) -> list[str]:
    """A summons names the summoning state and the envoy's; a state named only in what it was
    over ("over a drone strike on Ukraine's Lviv") is no side. `named_after` gives each
    participant's first mention in the sentence."""
    ctx = lx.SUMMONS_CONTEXT.search(text, cue.end(), s.end)
    if ctx is None:
        return participants
    return [p for p in participants if named_after.get(p, -1) < ctx.start()]


def envoy_state(text: str, cue: re.Match[str], mentions: list[tuple[int, str]]) -> str | None:
    """The envoy's state: the state named closest before the envoy's title inside the summons
    ("summoned the Russian ambassador", "Hungary's envoy was summoned")."""
    title = _ENVOY.search(text, cue.start(), cue.end())
    if title is None:
        return None
    before = [(pos, name) for pos, name in mentions if title.start() - 40 <= pos < title.start()]
    return max(before)[1] if before else None


_ENVOY = re.compile(r"\b(?:ambassador|envoy|charg[eé]|diplomats?|consuls?|attach[eé]s?)\b", re.I)


def summons_seat(participants: list[str], envoy: str | None) -> Location | None:
    """Where a summons took place when the sentence names no seat: the capital of the summoning
    state (the one side that is not the envoy's)."""
    hosts = [p for p in participants if p != envoy]
    if envoy is None or len(hosts) != 1:
        return None
    return _capitals().get(hosts[0])


def capital_of(state: str) -> Location | None:
    """The capital of a state, as a venue."""
    return _capitals().get(state)


@cache
def _capitals() -> dict[str, Location]:
    """State -> its capital, the first of its written forms the gazetteer knows as a city there."""
    out: dict[str, Location] = {}
    for form, state in _kv.country_forms().items():
        place = lx.lookup(form) if state not in out else None
        if place and place.level is LocationLevel.city and place.country == state:
            out[state] = city_location(place)
    return out


def pronoun_antecedent(actors: ArticleActors, sents: list[Sentence], idx: int) -> str | None:
    """"Starmer said Europe stood united. He spoke with Trump…": "he" is the person the sentence
    before names first (their state); None when it names no person."""
    for back in range(1, _PRONOUN_CHAIN + 2):
        if idx - back < 0:
            return None
        prev = sents[idx - back]
        if (office := _office_subject(actors, prev)) is not None:
            return office  # the sentence's subject, before a person named after it
        people = [a for a in actors.within(prev.start, prev.end) if a.via == "person"]
        if people:
            return people[0].actor.name
        if not PRONOUN_SUBJECT.match(prev.text):
            return None  # (a sentence of no person and no pronoun breaks the chain)
    return None  # "Z addressed X. On Monday he speaks at A, and on Tuesday he is due in B": Z (r21)


# the words that may open a sentence before its subject ("On Monday,", "Last week the")
_SUBJECT_REACH = 4


def _office_subject(actors: ArticleActors, prev: Sentence) -> str | None:
    """The state of an office that opens the sentence as its subject, no person named ("Sweden's
    prime minister arrived in Kyiv. He announced …": Sweden; r35, dev57 R3)."""
    for a in actors.within(prev.start, prev.end):
        if len(prev.text[:a.start - prev.start].split()) > _SUBJECT_REACH:
            return None
        if a.actor.kind == "state" and lx.OFFICE_AFTER_STATE_RE.match(prev.text, a.end - prev.start):
            return a.actor.name
    return None


# how many sentences (or clauses) with a pronoun subject and no person may stand between "he" and the
# person it names
_PRONOUN_CHAIN = 2


# Acts done during a trip, and how many sentences after the trip's sentence they may be told.
_DURING_TRIP = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.military_aid, DiplomacyKind.agreement}
_TRIP_REACH = 1
_ON_THE_TRIP = re.compile(r"\s*(?:[Tt]here\b|[Ww]hile\s+there\b|[Ii]n\s+[A-Z][\w'’-]+\s*,|[Dd]uring\s+(?:the|his|her|their)\s+"
                          r"(?:visit|trip|stay|stop)\b|(?:[Hh]e|[Ss]he)\s)")


def trip_day(text: str, s: Sentence, found: list[tuple[int, Diplomacy]], idx: int, kind: DiplomacyKind) -> DateSpan | None:
    """"On Wednesday the minister arrived in Odesa. There she held talks with…": talks, a meeting or
    aid told right after a dated trip, in a sentence that opens on the trip ("There", "In Odesa,",
    "During the visit", "She"), with no day of their own, are of the trip's day."""
    if kind not in _DURING_TRIP or not found or not _ON_THE_TRIP.match(text, s.start, s.end):
        return None
    j, latest = max(found, key=lambda x: x[0])
    if latest.kind is DiplomacyKind.visit and 0 < idx - j <= _TRIP_REACH and latest.date \
            and latest.date.precision is DatePrecision.day:
        return latest.date
    return None


# r30 (dev52): "Several donors unveiled packages during the session. Norway said it would send ...":
# the occasion named in the sentence or the one before it, the gathering told before
_OCCASION = re.compile(r"\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the|this|that|their|its)\s+"
                       r"(?:[\w'’-]+\s+){0,2}?(?:meeting|summit|talks|session|conference|visit|gathering)\b", re.I)
_GATHERINGS = {DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.talks, DiplomacyKind.visit}


def occasion_day(text: str, s: Sentence, found: list[tuple[int, Diplomacy]]) -> DateSpan | None:
    """The day of the gathering told before, when the sentence or the one before it in its paragraph
    names it as the occasion ("at the meeting", "during the visit"); None otherwise."""
    para = text.rfind("\n\n", 0, s.start)
    lo = max(para + 2 if para >= 0 else 0, text.rfind(". ", 0, max(0, s.start - 2)) + 2)
    if not _OCCASION.search(text, lo, s.end):
        return None
    dated = [r.date for _, r in found if r.kind in _GATHERINGS and r.date and r.date.start
             and r.date.precision is DatePrecision.day and r.status is DiplomacyStatus.held]
    return dated[-1] if dated else None
