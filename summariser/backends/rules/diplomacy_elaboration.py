"""A sentence that tells more of the event just told, not an event of its own (dev19 class C2, the
family of dev13 C1 and dev18 C2): its sides named again as the subject of a verb of topics ("The two
discussed resuming the talks", "During the call, both ministers touched on a summit") — the topic is
what the event was about; and the next step of an act announced by one of its sides with no day of its
own ("Romania summoned Russia's ambassador. Bucharest said it would deliver a protest note")."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...calendar_days import WD
from ...knowledge import cues
from ...numbers import NUMBER_WORD, parse_number
from ...records import DatePrecision, DateSpan, Diplomacy, DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence
from .diplomacy_dates import diplomacy_date
from .participants import diplomacy_location

_SIDES_TOPIC = re.compile(
    rf"\W*(?:(?:but|and|however|yet|meanwhile)\W+)?(?:(?:{cues.alternation('diplomacy_elaboration', 'lead_in')})\s+)?"
    rf"(?:{cues.alternation('diplomacy_elaboration', 'sides_subject')})\s+"
    rf"(?:(?:{cues.alternation('diplomacy_elaboration', 'adverbs')})\s+){{0,3}}"
    rf"(?:{cues.alternation('diplomacy_elaboration', 'topic_verbs')})\b", re.I)
# A form word of its own: "The two discussed the war by phone" after a meeting is a call of its own.
_OWN_FORM = re.compile(r"\bby\s+(?:tele)?phone\b|\bby\s+video\b|\bin\s+a\s+(?:phone\s+|video\s+)?call\b", re.I)
_GATHERINGS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.visit,
               DiplomacyKind.phone_call}
_PROCESS_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('diplomacy_elaboration', 'process_before')})\s+(?:[\w'’-]+\s+){{0,3}}$", re.I)
_REACH = 2  # the event must have been told in the two sentences before
_NEXT_STEP_KINDS = frozenset(DiplomacyKind(k) for k in cues.phrases("diplomacy_elaboration", "next_step_kinds"))


def _latest(found: list[tuple[int, Diplomacy]], idx: int) -> int | None:
    """The index in `found` of the event told last, when it was told close enough before `idx`."""
    if not found:
        return None
    i = max(range(len(found)), key=lambda k: found[k][0])
    return i if idx - found[i][0] <= _REACH else None


def sides_discuss(text: str, s: Sentence, idx: int, found: list[tuple[int, Diplomacy]],
                  cues: list[tuple[DiplomacyKind, re.Match[str]]], published: dt.date | None) -> bool:
    """The sentence tells what the sides of the event just told talked about: True (the gatherings
    named in its topic are no events). A topic that is a measure
    (peacekeepers, aid) or a gathering with a venue or day of its own ("discussed a meeting of their
    teams in Geneva") is still read as the plan it is."""
    i = _latest(found, idx)
    if i is None or not cues or not _SIDES_TOPIC.match(text, s.start, s.end) \
            or any(_own_plan(text, s, k, c, published) for k, c in cues):  # (no event noun: read as before)
        return False
    j, latest = found[i]
    if latest.kind is not DiplomacyKind.phone_call and _OWN_FORM.search(text, s.start, s.end):
        return False
    return True  # (its evidence stays the event's own sentence, as for "The talks had also covered…")


def _own_plan(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str], published: dt.date | None) -> bool:
    """The topic is an event of its own: not a gathering, or one with its own venue or day (the
    course of the talks, "resuming the talks in Istanbul", is none)."""
    if kind in _GATHERINGS and _PROCESS_BEFORE.search(text, max(s.start, cue.start() - 40), cue.start()):
        return False
    return kind not in _GATHERINGS or diplomacy_location(text, s, cue, kind is DiplomacyKind.visit) is not None \
        or diplomacy_date(text, s.start, s.end, published, DiplomacyStatus.planned, kind) is not None


def next_step_of_latest(found: list[tuple[int, Diplomacy]], idx: int, rec: Diplomacy) -> bool:
    """`rec` is the announced next step of the act just told (same kind, only its sides, still to
    come, no day of its own): True, and its evidence joins that act."""
    i = _latest(found, idx)
    if i is None or rec.kind not in _NEXT_STEP_KINDS or rec.date is not None:
        return False
    j, latest = found[i]
    if latest.kind is not rec.kind or latest.status is not DiplomacyStatus.held \
            or rec.status not in (DiplomacyStatus.planned, DiplomacyStatus.proposed) \
            or not set(rec.participants) <= set(latest.participants):
        return False
    found[i] = (idx, latest.model_copy(update={"evidence": latest.evidence + rec.evidence}))
    return True


# r26: the measure just told, referred to as the subject ("It would also bar Russian LNG cargoes", "The
# package also lists 40 tankers"): what it holds, no measure of its own
_MEASURE_SUBJECT = re.compile(
    r"(?:[^,.;]{0,40},\s*)?(?:it|they|the\s+(?:(?:new|proposed|draft|latest|next|fresh)\s+)?(?:package|proposal|measures?|sanctions|restrictions|listings?))"
    r"\s+(?:also\s+|further\s+)?(?:would|will|could|includes?|included|bans?|banned|targets?|targeted|adds?|added|lists?|listed|extends?|extended|covers?|covered)\b",
    re.I)


def contents_of_latest(text: str, s: Sentence, found: list[tuple[int, Diplomacy]], idx: int, rec: Diplomacy) -> bool:
    """`rec` is a sanctions measure whose sentence tells the contents of the sanctions just told, by
    naming them as its subject: True, and its evidence joins them."""
    i = _latest(found, idx)
    if i is None or rec.kind is not DiplomacyKind.sanctions or not _MEASURE_SUBJECT.match(text, s.start, s.end):
        return False
    j, latest = found[i]
    if latest.kind is not DiplomacyKind.sanctions:
        return False
    found[i] = (idx, latest.model_copy(update={"evidence": latest.evidence + rec.evidence}))
    return True


_QUESTION = re.compile(rf"\b(?:{cues.alternation('diplomacy_elaboration', 'embedded_question')})\s+(?:[\w'’-]+\s+){{0,6}}?$", re.I)
_MODAL_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:{cues.alternation('diplomacy_elaboration', 'embedded_modal')})\b", re.I)
_MODAL_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy_elaboration', 'embedded_modal')})\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)
_TOPIC_WORDS = cues.regex("diplomacy_elaboration", "topic_words")


# "asked what the talks between the two foreign ministers could bring": the asking verb, a
# question word, up to eight words to the cue, then the modal within eight words (a clause break ends it)
_ASKED = re.compile(rf"\b(?:{cues.alternation('diplomacy_elaboration', 'question_verbs')})\s+(?:[\w'’-]+\s+){{0,2}}?"
                    rf"(?:{cues.alternation('diplomacy_elaboration', 'question_words')})\s+(?:[^\s,;:]+\s+){{0,8}}?$", re.I)
_MODAL_LATER = re.compile(rf"\s*(?:[^\s,;:]+\s+){{0,8}}?(?:{cues.alternation('diplomacy_elaboration', 'embedded_modal')})\b", re.I)
_DAY_WORD = re.compile(rf"\b(?:{WD}|yesterday|today|tomorrow|tonight|next\s+week|this\s+week)\b"
                       r"|\b\d{1,2}\s+(?-i:[A-Z])[a-z]+\b|\b(?-i:[A-Z])[a-z]+\s+\d{1,2}\b", re.I)


def questioned(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The cue stands in a question put about an undated event's meaning or fate ("ministers asked what
    the talks between two ministers could bring", "wondered whether a summit could still happen"):
    a question, no event (r30, dev51 yy03)."""
    return bool(_ASKED.search(text, max(s.start, cue.start() - 90), cue.start()) and _MODAL_LATER.match(text, cue.end(), s.end)) \
        and not _DAY_WORD.search(text, s.start, s.end)


def asked_about(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The cue stands in an embedded question with a modal ("…, as well as whether another swap could
    be arranged", "how a new round might be organised") after a word of topics: what the event told
    was about, not an event (dev19 C6)."""
    q = _QUESTION.search(text, max(s.start, cue.start() - 60), cue.start())
    if q is None or not _TOPIC_WORDS.search(text, s.start, q.start() + 1):
        return False
    return bool(_MODAL_AFTER.match(text, cue.end(), s.end) or _MODAL_BEFORE.search(text, q.end(), cue.start()))


_ANCHOR = re.compile(
    rf"\W*(?:{cues.alternation('diplomacy', 'topic_sentence', 'subject')}|{cues.alternation('diplomacy_elaboration', 'anchor_subjects')})"
    rf"\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{cues.alternation('diplomacy_elaboration', 'anchor_verbs')})\s+(?:{cues.alternation('diplomacy_elaboration', 'anchor_links')})\b",
    re.I)


_TRIP_SUBJECT = re.compile(cues.alternation("diplomacy_elaboration", "anchor_subjects"), re.I)
_OFFSET = re.compile(rf"\b(?:(?P<n>an?|{NUMBER_WORD}|\d+)\s+(?P<unit>days?|weeks?)|(?P<hours>hours))\s+"
                     rf"(?P<way>after|before|following|on\s+from)\b|\bfollowed\s+by\s+(?P<n2>an?|{NUMBER_WORD}|\d+)\s+"
                     r"(?P<unit2>days?|weeks?)", re.I)


def anchor_day(text: str, s: Sentence, found: list[tuple[int, Diplomacy]]) -> DateSpan | None:
    """The day of the event told in an anchor sentence, counted from the anchor's day: "The visit came
    one day after X and Y spoke" (the call: the day before the visit), "followed by two days a call"."""
    m = _ANCHOR.match(text, s.start, s.end) if found else None
    off = _OFFSET.search(text, s.start, m.end() + 40) if m else None
    if off is None or m is None:
        return None
    named = kinds_named(text, m.start(), m.end())
    named |= {DiplomacyKind.visit} if _TRIP_SUBJECT.search(text, m.start(), m.end()) else set()
    told = latest_day(found, named)  # "The visit came two days after …": from the visit, not a plan told later (r21)
    if told is None:
        return None
    n = parse_number(off.group("n") or off.group("n2") or "0") or 0
    days = 0 if off.group("hours") else n * (7 if (off.group("unit") or off.group("unit2")).lower().startswith("week") else 1)
    sign = 1 if (off.group("way") or "").lower() == "before" else -1
    day = told + dt.timedelta(days=sign * days)
    return DateSpan(start=day, end=day, text=off.group(0), precision=DatePrecision.day)


def kinds_named(text: str, lo: int, hi: int) -> set[DiplomacyKind]:
    """The kinds of event a stretch of text names by its cues ("after the ministers met": a meeting)."""
    return {k for k, rx in lx.DIPLOMACY_CUES if rx.search(text, lo, hi)}


def latest_day(found: list[tuple[int, Diplomacy]], kinds: set[DiplomacyKind]) -> dt.date | None:
    """The day of the latest event told before whose kind is one of `kinds`, else of the latest one dated to the day;
    None when none is."""
    dated = [(j, r.kind, r.date.start) for j, r in found
             if r.date and r.date.start and r.date.precision is DatePrecision.day]
    pool = [x for x in dated if x[1] in kinds] or dated
    return max(pool, key=lambda x: x[0])[2] if pool else None


def anchored_cues(text: str, s: Sentence, found: list[tuple[int, Diplomacy]],
                  cues: list[tuple[DiplomacyKind, re.Match[str]]]) -> list[tuple[DiplomacyKind, re.Match[str]]]:
    """"The visit came one day after Stubb and Zelensky spoke by phone": the event told before, as the
    anchor, names no event; only the cues after the anchor are read (dev20 C2), when they name a
    gathering of their own (else the sentence is read as before: measured on dev7, an anchor clause
    with no gathering keeps an optional background record)."""
    m = _ANCHOR.match(text, s.start, s.end) if found else None
    after = [c for c in cues if m is not None and c[1].start() >= m.end()]
    return after if any(k in _GATHERINGS or k is DiplomacyKind.agreement for k, _ in after) else cues  # a gathering
    # of its own after the anchor, or an agreement told done there ("came a day after the deal was renewed", r21)
