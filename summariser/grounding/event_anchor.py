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

from .. import lexicon as lx
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


@lru_cache(maxsize=1)
def _verb_endings() -> list[tuple[str, str]]:
    return [(noun, verb) for pair in cues.phrases("anchoring", "event_noun_verb_endings")
            for noun, _, verb in [pair.partition(" ")]]


def _verb_forms(word: str) -> list[str]:
    """The verb an event noun comes from ("decision": "decide"; "arrival": "arrive"; "withdrawal":
    "withdraw"), by the endings of `anchor_event_nouns`' file; none for a word with no such ending."""
    return [word[:-len(noun)] + verb.strip("-") for noun, verb in _verb_endings()
            if word.endswith(noun) and len(word) - len(noun) >= 3]


def _stems(rest: str) -> list[str]:
    """The phrase's event words as stems, the head noun's family first: "the negotiations" is
    "negoti" and the talks family; "the delegates sat down" is "delega"; "the decision" is "decisi"
    and its verb's "decide" (r22)."""
    words = [w for w in re.findall(r"[a-z][\w'’-]{3,}", rest.lower()) if w not in _NOT_EVENT_WORDS]
    stems: list[str] = []
    for w in words:
        family = next((f for f in _families() if any(w.startswith(n[:_STEM_LETTERS]) for n in f)), [])
        for n in [w, *family, *_verb_forms(w)]:
            if (stem := n[:_STEM_LETTERS]) not in stems:
                stems.append(stem)
    return stems


# r17 (dev32-B7): a bare span of hours ("by only a few hours", "just hours", "hours earlier") ...
# (r22, dev42 L5: or of days, "The decision came a day after a missile hit X": the day before the subject's)
_SPAN_WORDS = (r"(?:by\s+)?(?:(?:only|just|mere|merely|barely|some)\s+)?(?:a\s+(?:few|couple\s+of)\s+|several\s+|a\s+|an\s+"
               r"|(?:one|two|three|four|five|six|\d{1,2})\s+)?(?P<unit>hours?|minutes?|moments?|days?)")
_SPAN_ONLY = re.compile(rf"{_SPAN_WORDS}(?:\s+(?P<dir>earlier|before|later|after))?", re.I)
# ... right after the verb whose subject is the event it counts from: "The trip followed (by)",
# "the summit came", "the visit was preceded by"
# (r22, dev42 L5: any event as the subject, "The decision came", "Tokyo's announcement was made", "Her resignation
# followed": its event words, or the verb they come from, date it: "decided on Friday")
_SUBJECT_VERBS = (r"(?:followed|follows|came|comes|arrived|began|started|opened|took\s+place"
                  r"|(?:was|were)\s+(?:preceded|made|taken|announced|held|signed|adopted|approved|published|issued))")
_SUBJECT = r"(?P<subject>(?:the|a|an|his|her|its|their|this|that|[A-Z][\w'’-]+['’]s?)\s+[\w'’ -]{3,60}?)"
_SUBJECT_VERB = re.compile(rf"(?:^|[.;:!?]\s+|,\s+){_SUBJECT}\s+{_SUBJECT_VERBS}"
                           r"(?:\s+(?:just|only|mere|merely|barely|by|some))*\s*$", re.I)
# the whole clause in a sentence, for the rules: "The ruling followed within hours a drone hit on X", "The vote came hours after shells hit Y"
_INVERTED_CLAUSE = re.compile(rf"(?:^|(?<=[.;:!?\n])\s*|(?<=[.;:!?][\s\"”’])|(?<=,)\s+){_SUBJECT}\s+{_SUBJECT_VERBS}"
                              rf"(?:\s+(?:just|only|mere|merely|barely|by|some))*\s+(?P<span>{_SPAN_WORDS}\s+(?:after|before))\b",
                              re.I)


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
    found = _anchor_mention(text, around[0], stems, published)
    if found is not None:
        return _day(found, words, _span_days(words) if m is None else 0)
    if m is None:
        return None  # the inverted form: only the subject's event dates it
    own = _own_sentence_day(text, around, published, sents)
    if own is not None:  # "by dawn on Wednesday, ... mere hours after a barrage": that day
        return _day(own, words)
    told = _first_told_as_kind(text, around[0], m.group("rest"), published)
    if told is not None:  # "Hours after the exchange": the lead's "released 90 captives each on Monday" (r29)
        return _day(told, words)
    # "hours after ...": within the day of the last date told; "shortly after the war began" may be years back
    counted = re.search(r"hours?|minutes?|moments?", m.group("moment"), re.I) is not None
    return _day(before[-1], words) if before and counted else None


# r49: a record told as taking place during a gathering the article dated before ("During the summit the
# government announced new aid", "on the sidelines of the talks"): the gathering's own days
_DURING = re.compile(r"(?:during|at|throughout|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins|fringes)\s+of)\s+"
                     r"(?:the|this|that|its|their)\s+(?P<rest>[\w'’ -]+)$", re.I)
_JOINED_DAYS = re.compile(r"\s*(?:and|to|through|until|,|-|–|—)\s*(?:on\s+)?$", re.I)


def during_event(words: str, published: dt.date, text: str, around: tuple[int, int]) -> DateSpan | None:
    """The days of the gathering "during the summit" names: the dates of the last sentence before the
    words that names it by its noun's family ("the summit, held here on Monday and Tuesday": both
    days). Only an event noun's family counts ("during the night" is none)."""
    m = _DURING.match(" ".join(words.strip(" .,").split()))
    if m is None:
        return None
    head = m.group("rest").split()[-1].lower()
    if not any(head.startswith(n[:_STEM_LETTERS]) for family in _families() for n in family):
        return None
    # the noun itself first ("the summit"), its family only failing that ("the press conference" is no summit)
    found = _anchor_mention(text, around[0], [head[:_STEM_LETTERS]], published) \
        or _anchor_mention(text, around[0], _stems(m.group("rest")), published)
    if found is None or found.span.start is None:
        return None
    ctx = _context(text)
    s = ctx.sentences[sentence_at(list(ctx.sentences), found.start)]
    days = [d for d in find_dates(text, s.start, s.end, published) if d.span.start and d.role == "event"]
    i = next((k for k, d in enumerate(days) if d.start == found.start), None)
    if i is None:  # the sentence read on its own segments its dates otherwise: the anchor's own day
        return _day(found, words)
    lo = hi = i
    while lo > 0 and _JOINED_DAYS.fullmatch(text, days[lo - 1].end, days[lo].start):
        lo -= 1
    while hi + 1 < len(days) and _JOINED_DAYS.fullmatch(text, days[hi].end, days[hi + 1].start):
        hi += 1
    start, end = days[lo].span.start, days[hi].span.end or days[hi].span.start
    precision = DatePrecision.day if start == end else DatePrecision.range
    return DateSpan(start=start, end=end, text=words, precision=precision)


def _day(found: DateMention, words: str, shift: int = 0) -> DateSpan:
    told = found.span.end or found.span.start
    assert told is not None  # an anchor is a dated mention
    day = told + dt.timedelta(days=shift)
    return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)


def _anchor_mention(text: str, at: int, stems: list[str], published: dt.date | None) -> DateMention | None:
    """The last event date before `at`, outside `at`'s own sentence, of a sentence naming the event by
    one of `stems` (never as an earlier or later one of its kind)."""
    if not stems:
        return None
    ctx = _context(text)
    sents = list(ctx.sentences)
    for found in reversed(find_dates(text, 0, at, published)):
        if not found.span.start or found.role != "event":
            continue
        s = sents[sentence_at(sents, found.start)]
        if s.start <= at < s.end + 1:
            continue  # the moment's own sentence
        sentence = ctx.grounded[s.start:s.end]
        hits = [stem for stem in stems if re.search(rf"\b{re.escape(stem)}", sentence, re.I)]
        if _names_another(sentence, stems, hits):
            continue
        # the sentence's day over a part of it ("decided on Friday ... told reporters in the evening": Friday)
        own = [d for d in find_dates(text, s.start, min(s.end, at), published)
               if d.span.start and d.role == "event" and d.kind not in _GENERIC_KINDS]
        return own[-1] if own and found.kind in _GENERIC_KINDS else found
    return None


@lru_cache(maxsize=1)
def _family_kinds() -> dict[str, str]:
    return dict(pair.split(" ", 1) for pair in cues.phrases("anchoring", "anchor_event_kinds"))


def _first_told_as_kind(text: str, at: int, rest: str, published: dt.date | None) -> DateMention | None:
    """The first event date before `at` of a sentence that tells an event of the kind the phrase's
    noun names, in other words than the noun ("released 90 captives each on Monday" for "the
    exchange"): the story's own event, which a bare "the exchange" later names again. A sentence
    naming it as another of its kind ("an earlier swap, in May") is never it."""
    words = [w for w in re.findall(r"[a-z][\w'’-]{3,}", rest.lower()) if w not in _NOT_EVENT_WORDS]
    family = next((name for name, _ in cues.patterns("anchoring", "anchor_event_nouns")
                   if any(w.startswith(n[:_STEM_LETTERS]) for w in words[:1]
                          for n in cues.phrases("anchoring", "anchor_event_nouns", name))), None)
    kind = _family_kinds().get(family or "")
    told_as = next((rx for k, rx in lx.DIPLOMACY_CUES if k.value == kind), None)
    if told_as is None:
        return None
    ctx = _context(text)
    sents = list(ctx.sentences)
    for found in find_dates(text, 0, at, published):
        if not found.span.start or found.role != "event":
            continue
        s = sents[sentence_at(sents, found.start)]
        nouns = [n[:_STEM_LETTERS] for n in cues.phrases("anchoring", "anchor_event_nouns", family or "")]
        if told_as.search(text, s.start, s.end) and not any(_another(ctx.grounded[s.start:s.end], n) for n in nouns):
            return found
    return None


def _names_another(sentence: str, stems: list[str], hits: list[str]) -> bool:
    """No hit, or the sentence names the event only as another of its kind: every hit, or the
    phrase's own noun ("An earlier swap, in May, freed 90 prisoners" shares "prisoners" with the
    swap's family but is another swap, r29)."""
    own = stems[0] if stems else None
    return not hits or all(_another(sentence, h) for h in hits) or (own in hits and _another(sentence, own))


def _another(sentence: str, stem: str) -> bool:
    """The sentence names the event's word only as an earlier or later one of its kind."""
    return re.search(rf"\b{_ANOTHER}\s+(?:[\w'’]+\s+)?{re.escape(stem)}", sentence, re.I) is not None


_GENERIC_KINDS = {"overnight", "today", "this_week", "part_of_day"}  # as `dates.find_date` ranks them


def _span_days(words: str) -> int:
    """The days an inverted span moves the strike from the subject's day: "a day after" -1, "two days
    before" +2; hours and minutes 0."""
    m = _SPAN_ONLY.search(words)
    if m is None or not m.group("unit").lower().startswith("day"):
        return 0
    n = next((v for w in words.lower().split() if (v := parse_number(w)) is not None), 1)
    return n if (m.group("dir") or "").lower() in ("before", "later") else -n


def inverted_anchor(text: str, lo: int, hi: int, published: dt.date | None) -> DateSpan | None:
    """The date of a strike told in text[lo:hi] after an event as the clause's subject ("The decision
    came only hours after shells hit X", "Her visit came a day after drones hit Y"): the day a
    sentence before tells the subject's event (by its words or the verb they come from), moved by the
    days the span counts; None when the sentence is no such clause or no sentence dates the event.
    Shared by the rules (`backends/rules/event_moments.py`)."""
    m = _INVERTED_CLAUSE.search(text, lo, hi)
    if m is None:
        return None
    found = _anchor_mention(text, m.start(), _stems(m.group("subject")), published)
    if found is None:
        return None
    return _day(found, m.group("span"), _span_days(m.group("span")))


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
        if _names_another(sentence, stems, hits):
            continue
        return end if end != start and (end - start).days == 1 and found.kind != "wd" else start
    return None
