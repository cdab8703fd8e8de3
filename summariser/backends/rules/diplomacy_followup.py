"""A later sentence that changes the status of the event just told: "The summit was called off on
Friday", "It is now delayed by a fortnight, to 4 June", "But the talks remain stalled" — the
event told before is cancelled, moved or stalled; no new event. And the next round of the talks
just told ("The next round is due in Geneva on 12 March"): a planned event of the same sides. And
the sides of the talks just told, named by who led their teams ("Kyiv's team was led by A;
Moscow's by B"). And the day of the event just told, given by a second source ("the call took
place on Tuesday")."""

from __future__ import annotations

import datetime as dt
import re

from ...blanking import blank_spans
from ...calendar_days import WD_NAMES
from ... import lexicon as lx
from ...knowledge import cues
from ...records import DateSpan, Diplomacy, DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence
from .common import span_of
from .diplomacy_called_off import called_off_day
from .diplomacy_dates import diplomacy_date, rescheduled_date
from .diplomacy_merge import date_latest
from .diplomacy_modality import others_acts
from .article_actors import ArticleActors
from .participants import diplomacy_location, participants_of

_SUBJECT = re.compile(rf"\s*(?:{cues.alternation('diplomacy', 'followup_subject')})\b", re.I)
_CHANGES = [(st, rx) for st, rx in lx.STATUS_CUES if st in (DiplomacyStatus.cancelled, DiplomacyStatus.stalled)]
# Events whose status a later sentence changes, and how close the event must have been told.
_GATHERINGS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.visit,
               DiplomacyKind.phone_call}
_REACH = 2
# dev18 class C4: a report frame before the event named again ("Turkey's foreign ministry said on
# Thursday the meeting had been called off", "Kyiv confirmed that the talks were postponed")
_REPORT_FRAME = re.compile(r"[^.;:\n]{0,80}?\b(?:said|says|announced|confirmed|stated|told\s+(?:reporters|journalists))"
                           r"(?:\s+(?:late\s+|early\s+)?on\s+[A-Z]\w+day)?(?:\s+that)?(?=\s+(?:the|that|this|its|their)\b)"
                           # dev19 class C5: a leading time before the anaphor ("On Thursday it was called off")
                           r"|\s*(?:(?:late|early)\s+)?(?:on\s+)?(?:" + WD_NAMES + r"|"
                           r"yesterday|today|later|afterwards|then)(?:\s+(?:morning|afternoon|evening|night))?,?(?=\s+(?:it|they|the)\b)", re.I)
_SUMMIT = re.compile(r"\bsummit\b", re.I)


def status_told_later(text: str, s: Sentence, idx: int, published: dt.date | None,
                      found: list[tuple[int, Diplomacy]], people: dict[str, str | None], actors: ArticleActors) -> bool:
    """Change the latest gathering's status when the sentence opens on it and tells it called off,
    moved to a new day or stalled, naming no side it lacks. True when the sentence was read so."""
    frame = _REPORT_FRAME.match(text, s.start, s.end) if found else None  # "Ankara said on Thursday (that) the talks…"
    subject = (_SUBJECT.match(text, s.start, s.end) or (frame and _SUBJECT.match(text, frame.end(), s.end))) if found else None
    if subject is None:
        return False
    sides = _sides_named(text, s, people, actors)
    i = max(range(len(found)), key=lambda k: found[k][0])
    j, latest = found[i]
    if latest.kind not in _GATHERINGS or idx - j > _REACH or not set(sides) <= set(latest.participants):
        return False
    moved = rescheduled_date(text, s.start, s.end, published)
    status = DiplomacyStatus.planned if moved else next((st for st, rx in _CHANGES if rx.search(text, s.start, s.end)), None)
    own = blank_spans(text, others_acts(text, s.start, s.end))  # "…, who cancelled his trip,": another's act (r21)
    told = status if status is None or moved or any(st is status and rx.search(own, s.start, s.end) for st, rx in _CHANGES) else None
    if status is None and _called_talks(text, s, subject, latest, published):
        found[i] = (idx, latest.model_copy(update={"kind": DiplomacyKind.talks,
                                                   "evidence": latest.evidence + [span_of(text, s.start, s.end)]}))
        return True  # "X met Y on Monday. The talks lasted three hours": the meeting is talks (codebook 14)
    if status is None or (status is not DiplomacyStatus.stalled and latest.status is DiplomacyStatus.held
                          and not _moved_ahead(moved, published)):
        return False  # an event held is not called off or moved afterwards; its talks may stall (r48: one moved
        # to a day still to come was never held: "... a meeting there on Saturday. The meeting has been put off to 18 May")
    if told is None:  # "The talks … were a stage for its claim that sanctions had failed": the event told
        found[i] = (idx, latest.model_copy(update={"evidence": latest.evidence + [span_of(text, s.start, s.end)]}))
        return True  # again, the status word in another's act or claim, not the event's (r21, dev40 D8)
    update: dict[str, object] = {"status": status, "evidence": latest.evidence + [span_of(text, s.start, s.end)]}
    if moved:
        update["date"] = moved
    elif status in (DiplomacyStatus.cancelled, DiplomacyStatus.stalled):
        update["date"] = called_off_day(text, s, latest.date, published)  # "On Thursday it was called off" (dev19 C5)
    if latest.kind is DiplomacyKind.meeting and _SUMMIT.search(subject.group(0)):
        update["kind"] = DiplomacyKind.summit  # "Trump and Putin were to meet… The summit was called off"
    found[i] = (idx, latest.model_copy(update=update))
    return True


def _moved_ahead(moved: DateSpan | None, published: dt.date | None) -> bool:
    return bool(moved and moved.start and published and moved.start > published)


_TALKS = re.compile(r"\b(?:talks|negotiations)\b", re.I)


def _called_talks(text: str, s: Sentence, subject: re.Match[str], latest: Diplomacy, published: dt.date | None) -> bool:
    """The sentence names the meeting of two or more states just told "the talks", with no day of
    its own (an organisation's meeting stays a meeting)."""
    states = [p for p in latest.participants if not lx.canonical_org(p)]
    return latest.kind is DiplomacyKind.meeting and len(states) >= 2 and bool(_TALKS.search(subject.group(0))) \
        and diplomacy_date(text, s.start, s.end, published, DiplomacyStatus.held) is None


def _sides_named(text: str, s: Sentence, people: dict[str, str | None], actors: ArticleActors) -> list[str]:
    """The sides a sentence names before its trailing attribution (", Turkey's foreign ministry
    announced."): the announcer of a change is no side of the event."""
    tail = _ATTRIBUTION_TAIL.search(text, s.start, s.end)
    end = tail.start() if tail else s.end
    return participants_of(text, Sentence(s.start, end, text[s.start:end]), people, actors)


_ATTRIBUTION_TAIL = re.compile(r",\s*[^,;]{2,80}?\s+(?:said|says|announced|confirmed|reported|told\s+\w+)\b[^,;]{0,40}$")


_NEXT_ROUND = re.compile(rf"\s*(?:{cues.alternation('diplomacy', 'next_round')})\b", re.I)
_ROUNDS = {DiplomacyKind.talks, DiplomacyKind.meeting}


def next_round(text: str, s: Sentence, idx: int, published: dt.date | None,
               found: list[tuple[int, Diplomacy]]) -> Diplomacy | None:
    """"The next round is due in Geneva on 12 March", right after talks were told: a planned round
    of the same sides, at the day and place the sentence gives."""
    m = _NEXT_ROUND.match(text, s.start, s.end)
    if m is None or not found:
        return None
    j, latest = max(found, key=lambda x: x[0])
    if latest.kind not in _ROUNDS or idx - j > _REACH:
        return None
    date = rescheduled_date(text, s.start, s.end, published) \
        or diplomacy_date(text, s.start, s.end, published, DiplomacyStatus.planned, latest.kind)
    if date is None:
        return None
    venue = diplomacy_location(text, s, m, visited=False)
    return Diplomacy(kind=latest.kind, participants=list(latest.participants), location=venue, date=date,
                     status=DiplomacyStatus.planned, description=s.text[:240], evidence=[span_of(text, s.start, s.end)])


# "Kyiv's team was led by A", "Russia's delegation is headed by B", "Moscow's by C": a side of the talks.
_TEAM_LED = re.compile(r"\b(?P<land>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)['’]s?\s+(?:team|delegation|side|negotiators|"
                       r"negotiating\s+team)\s+(?:was\s+|were\s+|is\s+|are\s+|will\s+be\s+)?(?:led|headed)\s+by\b"
                       r"|[;,]\s*(?:and\s+)?(?P<other>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)['’]s\s+by\s+(?=[A-Z])")


def sides_told_later(text: str, s: Sentence, idx: int, found: list[tuple[int, Diplomacy]]) -> None:
    """"The talks in Antalya were opened by the Turkish minister. Kyiv's team was led by A; Moscow's
    by B": the states whose teams the sentence names are sides of the talks just told."""
    j, latest = max(found, key=lambda x: x[0])
    if latest.kind not in _ROUNDS or idx - j > 1:
        return
    states = [st for m in _TEAM_LED.finditer(text, s.start, s.end)
              if (st := lx.canonical_country(m.group("land") or m.group("other")))]
    new = [st for st in dict.fromkeys(states) if st not in latest.participants]
    if new:
        i = next(k for k, x in enumerate(found) if x[1] is latest)
        found[i] = (idx, latest.model_copy(update={"participants": latest.participants + new,
                                                   "evidence": latest.evidence + [span_of(text, s.start, s.end)]}))


def date_told_later(text: str, s: Sentence, published: dt.date | None, found: list[tuple[int, Diplomacy]]) -> None:
    """"Berlin later confirmed the conversation happened on Friday": the day of the
    latest undated event of that kind, told by a second source."""
    m = lx.EVENT_TOOK_PLACE.search(text, s.start, s.end)
    if m is None:
        return
    kinds = lx.ANAPHOR_KINDS.get(m.group("noun").lower(), frozenset())
    date = diplomacy_date(text, s.start, s.end, published, DiplomacyStatus.held)
    if date is not None and date.start is not None:
        date_latest(found, kinds, date)
