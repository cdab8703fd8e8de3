"""A moment told from an event the words name ("Hours before the exchange, a drone hit a bus";
"minutes after the vote"; "hours before the delegates sat down"; "mere hours after a swarm of
drones had struck the depot"; "within hours of the announcement") is dated by THAT event: the last date the
text gave before the words in a sentence naming it, by its noun's family (the rules' shared cue
file `anchoring.yaml`: "the negotiations" is dated by a sentence about talks) or by a content word
of the phrase ("the delegates sat down" by a dated sentence about the delegations). A sentence that
names it as an earlier one of its kind ("the previous exchange, in late August") is never the
anchor.

The inverted form names the anchor event as the subject and the moment as a bare span of hours
("The visit followed by barely two hours a missile strike on X", "The summit came just hours after
missiles hit Y", "The trip was preceded by a few hours by a strike": r17, dev32-B7): words that are
only the span ("by only a few hours", "hours earlier") are dated by the subject's event, found as above.

Failing that, the moment's own sentence dates it when it carries a date outside the words ("by
dawn on Wednesday, ... mere hours after a barrage": that Wednesday, within a day of the night
before), and else the last event date before the words, as "hours later" is read (dev21 A2).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..dates import DateMention, find_dates
from ..knowledge import cues
from ..numbers import parse_number
from ..records import DatePrecision, DateSpan
from ..sentences import Sentence, sentence_at
from .context import _context

# "the previous exchange", "an earlier round", "last month's vote": another event of that kind
_ANOTHER = r"(?:previous|preceding|prior|earlier|last|first|former|latest|next|another|(?:19|20)\d\d)"
_STEM_LETTERS = 6  # "exchange" / "exchanged" / "exchanges"; "delegates" / "delegations"
# words of the phrase that name no event: determiners, auxiliaries, pronouns, places' common nouns
_NOT_EVENT_WORDS = frozenset("""the this that these those a an its their his her our had has have was were been being
would could city city's town village region which who what when where while there them they some other more most
about after before ahead hours minutes moments""".split())


@lru_cache(maxsize=1)
def _moment() -> re.Pattern[str]:
    # the shared moments, less the bare conjunctions ("as", "when", "during", "before"): a moment needs its time
    timed = "|".join(p for name in ("event_moment_before", "event_moment_after")
                     for p in cues.phrases("anchoring", name) if "hours?" in p)
    return re.compile(rf"(?:(?:in|on)\s+)?(?P<moment>{timed}|within\s+(?:hours|minutes|moments)\s+of)\s+"
                      rf"(?:(?:a|an|the|this|that|its|their|his|her)\s+)?(?P<rest>[\w'’ -]+)$", re.I)


@lru_cache(maxsize=1)
def _families() -> list[list[str]]:
    return [cues.phrases("anchoring", "anchor_event_nouns", name)
            for name, _ in cues.patterns("anchoring", "anchor_event_nouns")]


def _stems(rest: str) -> list[str]:
    """The phrase's event words as stems, the head noun's family first: "the negotiations" is
    "negoti" and the talks family; "the delegates sat down" is "delega"."""
    words = [w for w in re.findall(r"[a-z][\w'’-]{3,}", rest.lower()) if w not in _NOT_EVENT_WORDS]
    stems: list[str] = []
    for w in words:
        family = next((f for f in _families() if any(w.startswith(n[:_STEM_LETTERS]) for n in f)), [])
        for n in [w, *family]:
            if (stem := n[:_STEM_LETTERS]) not in stems:
                stems.append(stem)
    return stems


# r17 (dev32-B7): a bare span of hours ("by only a few hours", "just hours", "hours earlier") ...
_SPAN_ONLY = re.compile(r"(?:by\s+)?(?:(?:only|just|mere|merely|barely|some)\s+)?(?:a\s+(?:few|couple\s+of)\s+|several\s+|a\s+|an\s+"
                        r"|(?:two|three|four|five|six|\d{1,2})\s+)?(?:hours?|minutes?|moments?)"
                        r"(?:\s+(?:earlier|before|later|after))?", re.I)
# ... right after the verb whose subject is the event it counts from: "The trip followed (by)",
# "the summit came", "the visit was preceded by"
_SUBJECT_VERB = re.compile(r"(?:^|[.;:!?]\s+|,\s+)(?P<subject>(?:the|a|an|his|her|its|their|this|that)\s+[\w'’ -]{3,60}?)\s+"
                           r"(?:followed|came|arrived|began|started|opened|was\s+preceded|were\s+preceded)"
                           r"(?:\s+(?:just|only|mere|merely|barely|by|some))*\s*$", re.I)


def _inverted_stems(words: str, text: str, around: tuple[int, int]) -> list[str] | None:
    """The event words of the subject the span of hours is told from ("The trip followed by barely two
    hours a drone raid": the trip), or None when the words are no such span in such a clause."""
    low = " ".join(words.strip(" .,").split())
    if not _SPAN_ONLY.fullmatch(low):
        return None
    pattern = r"\s+".join(re.escape(w) for w in low.split())
    at = re.compile(pattern, re.I).search(text, max(0, around[0] - 200), min(len(text), around[1] + 200))
    if at is None:
        return None
    head = text[max(0, at.start() - 120):at.start()]
    if (verb := _SUBJECT_VERB.search(head)) is None:
        return None
    return _stems(verb.group("subject")) or None


def named_anchor(words: str, published: dt.date, text: str, around: tuple[int, int]) -> DateSpan | None:
    """The day of the event these words name, or None (see the module doc)."""
    m = _moment().match(" ".join(words.strip(" .,").split()))
    inverted = _inverted_stems(words, text, around) if m is None else None
    if m is None and inverted is None:
        return None
    stems = _stems(m.group("rest")) if m is not None else inverted or []
    ctx = _context(text)
    sents = list(ctx.sentences)
    before = [d for d in find_dates(text, 0, around[0], published) if d.span.start and d.role == "event"]
    for found in reversed(before):
        s = sents[sentence_at(sents, found.start)]
        if s.start <= around[0] < s.end + 1:
            continue  # the moment's own sentence: read below
        sentence = ctx.grounded[s.start:s.end]
        hits = [stem for stem in stems if re.search(rf"\b{re.escape(stem)}", sentence, re.I)]
        if not hits or all(re.search(rf"\b{_ANOTHER}\s+(?:[\w'’]+\s+)?{re.escape(h)}", sentence, re.I) for h in hits):
            continue
        return _day(found, words)
    if m is None:
        return None  # the inverted form: only the subject's event dates it
    own = _own_sentence_day(text, around, published, sents)
    if own is not None:  # "by dawn on Wednesday, ... mere hours after a barrage": that day
        return _day(own, words)
    # "hours after ...": within the day of the last date told; "shortly after the war began" may be years back
    counted = re.search(r"hours?|minutes?|moments?", m.group("moment"), re.I) is not None
    return _day(before[-1], words) if before and counted else None


def _day(found: DateMention, words: str) -> DateSpan:
    day = found.span.end or found.span.start
    return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)


def _own_sentence_day(text: str, around: tuple[int, int], published: dt.date,
                      sents: list[Sentence]) -> DateMention | None:
    """A date of the moment's own sentence outside the words ("On Thursday morning, ... hours after
    a barrage"), the first one; None when the sentence has none."""
    s = sents[sentence_at(sents, around[0])]
    for found in find_dates(text, s.start, s.end, published):
        if found.span.start and found.role in ("event", "report") and not (around[0] <= found.start < around[1]):
            return found
    return None


# r21 (dev39 A4): a night or a day counted from an event its clause names ("On the night after the truce
# lapsed", "Two days after the talks broke down", "the day after the summit"): the day a sentence before
# it tells that event (a day, never a month: "the night after" needs one), moved on by the nights or
# days it counts. An event told by its end ("the deal expired", "the ceasefire collapsed") is found by the
# words of an end (`anchor_event_ends`: "the Kremlin's veto on Sunday of any renewal"); any other by its
# event words, as `named_anchor` reads them. Shared by the rules (`backends/rules/event_moments.py`).
@lru_cache(maxsize=1)
def _day_after() -> re.Pattern[str]:
    moments = cues.alternation("anchoring", "event_moment_days_after")
    return re.compile(rf"\b(?P<moment>{moments})\s+after\s+(?P<rest>(?:the|this|that|its|their|[A-Z][\w'’-]+['’]s)\s+"
                      r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*(?:[,;:.!?)]|$))", re.I)


@lru_cache(maxsize=1)
def _ends() -> re.Pattern[str]:
    words = (re.escape(p).replace(r"\ ", r"\s+") for p in cues.phrases("anchoring", "anchor_event_ends"))
    return re.compile(rf"\b(?:{'|'.join(words)})", re.I)


def day_after_event(text: str, lo: int, hi: int, published: dt.date | None) -> DateSpan | None:
    """The date of a night or day told in text[lo:hi] as counted from an event its clause names, or
    None when the words are no such phrase or no sentence before them tells that event on a day."""
    m = _day_after().search(text, lo, hi)
    if m is None:
        return None
    return _counted_from(m, _named_event_day(text, m.start(), m.group("rest"), published), m.group(0))


def day_after_words(words: str, published: dt.date | None, text: str, around: tuple[int, int]) -> DateSpan | None:
    """`day_after_event` for an answer's date words ("the night after the deal expired"), found in
    the text near `around` (or read at `around`)."""
    m = _day_after().fullmatch(" ".join(words.strip(" .,").split()))
    if m is None:
        return None
    pattern = r"\s+".join(re.escape(w) for w in m.group(0).split())
    at = re.compile(pattern, re.I).search(text, max(0, around[0] - 200), min(len(text), around[1] + 200))
    return _counted_from(m, _named_event_day(text, at.start() if at else around[0], m.group("rest"), published), words)


def days_after_events(text: str, end: int, published: dt.date | None) -> list[tuple[int, DateSpan]]:
    """Every such night or day told before `end`, with where it stands (a chain's "a night later"
    counts from it)."""
    found = []
    for m in _day_after().finditer(text, 0, end):
        span = _counted_from(m, _named_event_day(text, m.start(), m.group("rest"), published), m.group(0))
        if span is not None:
            found.append((m.start(), span))
    return found


def _counted_from(m: re.Match[str], day: dt.date | None, words: str) -> DateSpan | None:
    """"The night after" a day: that night (the day to the next); "two days after": the day two on."""
    if day is None:
        return None
    moment = m.group("moment").lower().split()
    n = next((v for w in moment if (v := parse_number(w)) is not None), 1)  # "two days", "a night"; "the night": one
    one = dt.timedelta(days=1)
    if moment[-1].startswith("night"):
        start = day + (n - 1) * one
        return DateSpan(start=start, end=start + one, text=words, precision=DatePrecision.range)
    return DateSpan(start=day + n * one, end=day + n * one, text=words, precision=DatePrecision.day)


def _named_event_day(text: str, at: int, rest: str, published: dt.date | None) -> dt.date | None:
    """The day the nearest sentence before `at` tells the event `rest` names (see `_day_after`)."""
    ended = _ends().search(rest) is not None
    stems = [] if ended else _stems(rest)
    if not ended and not stems:
        return None
    ctx = _context(text)
    sents = list(ctx.sentences)
    if not sents:
        return None
    own = sents[sentence_at(sents, at)].start
    for found in reversed(find_dates(text, 0, at, published)):
        start, end = found.span.start, found.span.end
        if found.role != "event" or start is None or end is None or (end - start).days > 1:
            continue  # a day or a night; a month tells no night after it
        s = sents[sentence_at(sents, found.start)]
        if s.start == own:
            continue
        sentence = ctx.grounded[s.start:s.end]
        if ended:
            hits = [h.group(0) for h in _ends().finditer(sentence)]
        else:
            hits = [stem for stem in stems if re.search(rf"\b{re.escape(stem)}", sentence, re.I)]
        if not hits or all(re.search(rf"\b{_ANOTHER}\s+(?:[\w'’]+\s+)?{re.escape(h)}", sentence, re.I) for h in hits):
            continue
        return end if end != start and (end - start).days == 1 and found.kind != "wd" else start
    return None
