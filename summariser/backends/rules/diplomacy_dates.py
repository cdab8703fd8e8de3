"""Diplomacy dates: a diplomatic event is a day; a planned event's weekday or day-month is the
next one ("next Tuesday" too, whatever the status); a decision is dated by its announcement and a
pledge by the day it was made; a wire dateline's day is the filing day, not the event's; a live
blog's or digest's date heading dates the undated events under it; an event done weeks before is
background."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re

from ...calendar_days import WD_NAMES
from ... import lexicon as lx
from ...dates import DateMention, find_dates, looking_ahead
from ...knowledge import cues
from ...records import DatePrecision, DateSpan, DiplomacyKind, DiplomacyStatus
from .diplomacy_month_parts import month_half_ahead, month_part_ahead
from .diplomacy_seasons import season_ahead
from .diplomacy_report_day import donor_next_day, perfect_return_day, said_day_of_pluperfect

# A day-month date without a year: news tells an event of ten months ago with its year or "last
# June", so such a date two months ahead at most is this year's, still to come.
_LAST_YEAR, _SOON = dt.timedelta(days=300), dt.timedelta(days=62)
_NEXT_SEASON = dt.timedelta(days=200)  # how far ahead a plan's yearless day may lie
_NEXT = re.compile(r"\b(?:next\s+(?P<unit>week|month|year)|(?P<tomorrow>tomorrow))\b", re.I)
_NIGHT_KINDS = {"overnight", "night_into", "between", "night_of", "wd_night", "previous_night"}
# "for next Tuesday", "this coming Friday": a weekday ahead of publication, whatever the status.
_AHEAD_BEFORE = re.compile(r"\b(?:next|this\s+coming|coming)\s+$", re.I)
# What closes a dateline after its date: "KYIV/TALLINN, Oct 13 (Agency) - ".
# (dev34 C4: an agency's capitals in brackets end a dateline with no dash, "Kyiv/Vienna, Feb 19 (BNI) The …")
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*[-\u2014\u2013]+\s|\s*\((?=[^()\n]*[A-Z]{2})[^()\n]{1,40}\)\s+(?=[A-Z])")
_DATELINE_REACH = 60
_CALL_REACH = 25  # "told Macron by phone on Monday": the day right after the call's words  # a dateline's date stands this close to the start of its sentence

# Decisions whose announcement is the event: "Germany announced on Tuesday a new aid package".
# events set for a season ("will meet again in the autumn"); aid "for the winter" is its purpose, no date
_GATHERINGS = {DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.summit, DiplomacyKind.visit}
_ANNOUNCED = {DiplomacyKind.military_aid, DiplomacyKind.sanctions, DiplomacyKind.statement,
              DiplomacyKind.proposal, DiplomacyKind.diplomatic_protest}


def diplomacy_date(text: str, lo: int, hi: int, published: dt.date | None, status: DiplomacyStatus,
                   kind: DiplomacyKind | None = None, pledge: bool = False,
                   cue: tuple[int, int] | None = None) -> DateSpan | None:
    """A diplomatic event is a day: a night range ("shortly after the overnight attacks") gives
    the day it ends; a weekday of a planned event is the next such day, not the last one; a
    decision is dated by its announcement; a pledge ("will send…, the minister said on Monday")
    by the day it was made, not by the delivery date ahead; a call told by its words ("told
    Macron by phone on Monday") by the day of those words."""
    half = month_half_ahead(text, lo, hi, published) if status in _AHEAD and published else None
    if half is not None:
        return half  # "will reconvene in the second half of May": 16-31 May (round 14)
    found = [d for d in find_dates(text, lo, hi, published) if not _in_dateline(text, lo, d) and not _journey(text, d)]
    mentions = [d for d in found if d.role == "event"]
    if status in _AHEAD or status is DiplomacyStatus.proposed:
        mentions = [d for d in mentions if not _dates_a_gathering_over(text, lo, d)]
    mentions, ahead = _beside_history_asides(text, lo, hi, mentions, status, published, cue)
    if ahead is not None:
        return ahead  # "a round next week, agreed on Monday, was called off": next week
    if pledge and published:
        mentions = [d for d in mentions if d.span.start is None or d.span.start <= published]
    if not mentions and kind in _ANNOUNCED and status is DiplomacyStatus.held:
        mentions = [d for d in found if d.role == "report" and d.span.start]
    if not mentions and kind is DiplomacyKind.phone_call and cue:
        mentions = [d for d in found if d.role == "report" and cue[0] <= d.start <= cue[1] + _CALL_REACH]
    if not mentions and status is DiplomacyStatus.held and cue:  # "said on Monday he had spoken with Erdogan"
        mentions = said_day_of_pluperfect(found, text, cue)
    if not mentions and status is DiplomacyStatus.held and kind in _ANNOUNCED:  # "Its minister said on Tuesday…"
        told = donor_next_day(text, hi, kind, published)
        if told is not None:
            return told
    if not mentions and status is DiplomacyStatus.held and kind is DiplomacyKind.prisoner_exchange:
        returned = perfect_return_day(text, lo, hi, published)  # "have come back, the ministry reported on Saturday"
        if returned is not None:
            return returned
    if not mentions and status is not DiplomacyStatus.planned and published:
        back = _days_ago(text, lo, hi, published) or _this_month(text, lo, hi, published)  # "agreed this month to send us…"
        if back or status not in _TO_COME:
            return back
    if not mentions:
        return (_relative_ahead(text, lo, hi, published) or month_part_ahead(text, lo, hi, published)
                or (season_ahead(text, lo, hi, published) if kind in _GATHERINGS else None)) \
            if status in _TO_COME and published else None  # "next week"; "at the end of the month" (dev20 C6); "in the autumn" (dev33 D5)
    return _resolved(text, _two_days(text, _sharpest(mentions), mentions), published, status)


def _beside_history_asides(text: str, lo: int, hi: int, mentions: list[DateMention], status: DiplomacyStatus,
                           published: dt.date | None,
                           cue: tuple[int, int] | None = None) -> tuple[list[DateMention], DateSpan | None]:
    """The mentions outside asides about the event's history; when every mention is inside one, a plan's
    relative day ("next week") told in the sentence instead, else the mentions unchanged."""
    own = [d for d in mentions if not _in_history_aside(text, lo, d) and not _in_person_aside(text, lo, d, cue)]
    if mentions and not own and status in _AHEAD and published:
        return mentions, _relative_ahead(text, lo, hi, published)
    return own or mentions, None


def _in_history_aside(text: str, lo: int, d: DateMention) -> bool:
    """A day inside an aside between commas that tells the event's history, not its own day (round
    13, dev24 C2): "The talks, postponed last month, will now open on 3 June"; "a round next week,
    provisionally agreed on Monday, was called off"; or a person's tenure (r20, dev37 D5): "Kallas,
    who became foreign policy chief on 1 December, will host ... next month". Used only when another
    day is told (or, for a plan, its relative day: "next week")."""
    opened = text.rfind(",", lo, d.start)
    closed = text.find(",", d.end, d.end + 60)
    return opened >= 0 and closed >= 0 and bool(_HISTORY_ASIDE.match(text, opened, d.start)
                                                 or _TENURE_ASIDE.match(text, opened, d.start)) \
        and not re.search(r"[.;:]", text[d.end:closed])


# r22 (dev42 D8): a relative clause on a person between commas (", who said after Monday that …,",
# ", who since Tuesday has urged a truce,", ", who met Macron on Monday,"): its day is the person's
_PERSON_ASIDE = re.compile(r",\s+(?:who|whom|whose)\b[^,.;:]*$", re.I)


def _in_person_aside(text: str, lo: int, d: DateMention, cue: tuple[int, int] | None) -> bool:
    """A day inside a relative clause on a person, set off by commas, when the event's cue is outside
    it ("Tusk, who said after Friday that aid must go on, is to call Trump on Monday"): the clause's
    day, not the event's (used only when another day is told)."""
    opened = text.rfind(",", max(0, lo - 150), d.start)  # (lo may stand past "who said": the decision's end)
    closed = text.find(",", d.end, d.end + 90)
    if opened < 0 or closed < 0 or re.search(r"[.;:]", text[d.end:closed]) or not _PERSON_ASIDE.match(text, opened, d.start):
        return False
    return cue is None or not opened <= cue[0] < closed  # (the event told inside the clause keeps its day)


def _dates_a_gathering_over(text: str, lo: int, d: DateMention) -> bool:
    """A day in an aside right before a gathering's verb of being over ("The previous sitting, in Malta
    in October, broke up with envoys saying Malta would host leaders"): that gathering's day, not the
    day of a plan told after it (r20, dev37 D7)."""
    opened = text.rfind(",", lo, d.start)
    closed = text.find(",", d.end, d.end + 60)
    return opened >= 0 and closed >= 0 and not re.search(r"[.;:]", text[opened:closed]) \
        and bool(_PAST_GATHERING_AFTER.match(text, closed))


# ", postponed last month,", ", provisionally agreed on Monday,", ", announced with fanfare days earlier,"
_HISTORY_ASIDE = re.compile(r",\s+(?:(?:provisionally|originally|initially|first|only|already|hastily)\s+)?"
                            r"(?:postponed|delayed|agreed|announced|arranged|planned|proposed|put\s+off|pushed\s+back)\b[^,.;:]*$", re.I)
# r20 (dev37 D5): ", who became chief diplomat on 1 December,", ", appointed in March,": a person's
# tenure told beside the event (knowledge/data/cues/anchoring.yaml `tenure_asides`)
# r20 (dev37 D7): the aside dates a gathering that is over, its verb right after it: "A second session,
# in Doha in March, closed with a pledge that Qatar would host leaders": March is the session's,
# never a plan's told inside it (knowledge/data/cues/anchoring.yaml `gathering_over_verbs`)
_PAST_GATHERING_AFTER = re.compile(rf",\s+(?:{cues.alternation('anchoring', 'gathering_over_verbs')})\b", re.I)
_TENURE_ASIDE = re.compile(rf",\s+(?:{cues.alternation('anchoring', 'tenure_asides')})\b[^,.;:]*$", re.I)


# Statuses whose relative date ("next week") is still to come: a plan, and a cancelled or postponed
# plan ("the talks it was due to host next week were scrapped"; codebook 11: dated by the day it was
# planned for, round 13 dev23 C3).
_AHEAD = {DiplomacyStatus.planned, DiplomacyStatus.cancelled, DiplomacyStatus.stalled}
# a proposal's time is ahead of it too: "proposed a meeting before the end of August" (r43, dev64)
_TO_COME = _AHEAD | {DiplomacyStatus.proposed}
_THIS_MONTH = re.compile(r"\bthis\s+month\b", re.I)
_DAYS_AGO = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+ago\b", re.I)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _days_ago(text: str, lo: int, hi: int, published: dt.date) -> DateSpan | None:
    """"Spoke with Macron two days ago": that many days before publication (a week or more ago is
    left vague)."""
    m = _DAYS_AGO.search(text, lo, hi)
    if m is None:
        return None
    n = m.group("n").lower()
    day = published - dt.timedelta(days=int(n) if n.isdigit() else _COUNTS[n])
    return DateSpan(start=day, end=day, text=m.group(0), precision=DatePrecision.day)


def _this_month(text: str, lo: int, hi: int, published: dt.date) -> DateSpan | None:
    """"This month" of an event done: the month of publication up to that day."""
    m = _THIS_MONTH.search(text, lo, hi)
    if m is None:
        return None
    return DateSpan(start=published.replace(day=1), end=published, text=m.group(0), precision=DatePrecision.month)


_VAGUE = {DatePrecision.week, DatePrecision.month, DatePrecision.range}


_DAY_JOINT = re.compile(r"\s+(?:and|to|through|until)\s+$", re.I)


def _two_days(text: str, first: DateMention, mentions: list[DateMention]) -> DateMention:
    """r33: two consecutive days joined to one event ("met in Vilnius on Wednesday and Thursday", "talks on
    Thursday and Friday"): the range of both."""
    nxt = next((d for d in mentions if d.start > first.end), None)
    if nxt is None or first.span.precision is not DatePrecision.day or nxt.span.precision is not DatePrecision.day \
            or first.span.start is None or nxt.span.start is None or not _DAY_JOINT.fullmatch(text, first.end, nxt.start) \
            or (nxt.span.start - first.span.start).days != 1:
        return first
    span = DateSpan(start=first.span.start, end=nxt.span.start, text=text[first.start:nxt.end], precision=DatePrecision.range)
    return dataclasses.replace(first, span=span, end=nxt.end)


def _sharpest(mentions: list[DateMention]) -> DateMention:
    """The first mention, unless it is a vague span ("earlier in the week") that a later day of
    the same sentence falls in ("…, on Wednesday"): the explicit day wins."""
    first = mentions[0]
    if first.span.precision not in _VAGUE or not (first.span.start and first.span.end):
        return first
    for d in mentions[1:]:
        if d.span.precision is DatePrecision.day and d.span.start and first.span.start <= d.span.start <= first.span.end:
            return d
    return first


def rescheduled_date(text: str, lo: int, hi: int, published: dt.date | None, new_only: bool = False) -> DateSpan | None:
    """"moved back by ten days, to 21 May", "postponed until Friday": the new day of an event moved
    to it (planned at that day); None when the sentence gives no new day."""
    m = _RESCHEDULED.search(text, lo, hi)
    if m is None:
        return None
    later = [d for d in find_dates(text, m.start(), hi, published)
             if d.start >= (m.end() if new_only else m.start()) and d.span.start
             and not _OLD_DAY.search(text, max(m.start(), d.start - 70), d.start)]
    if later:  # (not "that had been planned for Wednesday", "from Tuesday": the old day, r22)
        return _resolved(text, later[0], published, DiplomacyStatus.planned)
    if new_only:
        return None
    return _relative_ahead(text, m.end(), hi, published) if published else None  # "put off until next week"


def new_day_told(text: str, lo: int, hi: int, published: dt.date | None) -> DateSpan | None:
    """The new day of a put-off event told after the postponement ("…; it will now take place on 20
    June", "He would now travel to Doha on 10 March", "The new date is 14 May"): planned at that day
    (codebook 16); None when no new day is told (stalled stays)."""
    for d in find_dates(text, lo, hi, published):
        if d.span.start and _NEW_DAY.search(text, max(lo, d.start - 80), d.start):
            return _resolved(text, d, published, DiplomacyStatus.planned)
    return None


_OLD_DAY = re.compile(rf"\b(?:{cues.alternation('diplomacy_called_off', 'old_day_before')})\s*$", re.I)
_NEW_DAY = re.compile(rf"\b(?:{cues.alternation('diplomacy_called_off', 'new_day_before')})\s*$", re.I)


_RESCHEDULED = cues.pattern("diplomacy", "rescheduled")


def _journey(text: str, d: DateMention) -> bool:
    """"by overnight train", "a night flight": the night word describes the journey, not a day."""
    return d.kind in _NIGHT_KINDS and bool(lx.NIGHT_AS_MODIFIER_AFTER.match(text, d.end))


def _in_dateline(text: str, lo: int, d: DateMention) -> bool:
    """'KYIV, Oct 13 (Agency) - ': the day the story was filed, not the day of the event."""
    return d.start - lo <= _DATELINE_REACH and bool(_DATELINE_END.match(text, d.end))


def _relative_ahead(text: str, lo: int, hi: int, published: dt.date) -> DateSpan | None:
    """"tomorrow", "next week", "next month", "next year" for an event still to come."""
    m = _NEXT.search(text, lo, hi)
    if m is None:
        return None
    if m.group("tomorrow"):
        d = published + dt.timedelta(days=1)
        return DateSpan(start=d, end=d, text=m.group(0), precision=DatePrecision.day)
    unit = m.group("unit").lower()
    if unit == "week":
        monday = published + dt.timedelta(days=7 - published.weekday())
        return DateSpan(start=monday, end=monday + dt.timedelta(days=6), text=m.group(0), precision=DatePrecision.week)
    if unit == "year":
        y = published.year + 1
        return DateSpan(start=dt.date(y, 1, 1), end=dt.date(y, 12, 31), text=m.group(0), precision=DatePrecision.year)
    first = dt.date(published.year + (published.month == 12), published.month % 12 + 1, 1)
    last = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1) - dt.timedelta(days=1)
    return DateSpan(start=first, end=last, text=m.group(0), precision=DatePrecision.month)


def _resolved(text: str, first: DateMention, published: dt.date | None, status: DiplomacyStatus) -> DateSpan:
    """The event's day from its first date mention, turned ahead where the event is still to come."""
    span = first.span
    planned = status is DiplomacyStatus.planned
    no_year = not re.search(r"\d{4}", span.text or "")
    if not (published and span.start and span.end):
        return span
    if first.kind == "wd" and span.start <= published and _AHEAD_BEFORE.search(text, max(0, first.start - 20), first.start):
        nxt = span.start + dt.timedelta(days=7)  # "scheduled for next Tuesday", even if it will not go ahead
        return DateSpan(start=nxt, end=nxt, text=span.text, precision=span.precision)
    to_come = planned or status is DiplomacyStatus.proposed
    if to_come and first.kind == "this_week":  # "is to speak with Macron this week": the rest of the week
        sunday = published + dt.timedelta(days=6 - published.weekday())
        return DateSpan(start=published, end=sunday, text=span.text, precision=DatePrecision.week)
    if to_come and first.kind == "month" and span.end < published:  # "will meet in April", said in March: next April
        return _month_a_year_on(span)
    if to_come and first.kind == "week_of_month":  # r28: "in the first week of February", said in January: this
        return looking_ahead(span, span.text or "", published)  # coming February's (grounding's one reader)
    if planned and first.kind in _DAY_KINDS and span.start < published and no_year:
        # "meet in Brussels on 23 October" or "on 2-3 December", said before; r48: "postponed to 18 January",
        # said in December, is next January's
        for ahead in (_in_year(span, published.year), _in_year(span, published.year + 1)):
            if ahead is not None and ahead.start is not None and published <= ahead.start <= published + _NEXT_SEASON:
                return ahead
    if not planned and first.kind in _DAY_KINDS and no_year and span.start < published - _LAST_YEAR:
        ahead = _in_year(span, published.year)  # "travels to Berlin on 12 June", said on 10 May
        if ahead is not None and ahead.start is not None and published <= ahead.start <= published + _SOON:
            return ahead
    if first.kind in _EVENING_KINDS:  # "spoke on Friday night", "met on the night of 5 March": that evening
        return DateSpan(start=span.start, end=span.start, text=span.text, precision=DatePrecision.day)
    if first.kind in _NIGHT_KINDS:
        return DateSpan(start=span.end, end=span.end, text=span.text, precision=DatePrecision.day)
    called_off = status in _CALLED_OFF and _called_off_ahead(text, first, span.start, published)
    if (planned or called_off) and first.kind == "wd" and span.start < published \
            and not re.match(r"last\b", span.text or "", re.I):
        nxt = span.start + dt.timedelta(days=7)
        return DateSpan(start=nxt, end=nxt, text=span.text, precision=span.precision)
    return span


def _called_off_ahead(text: str, first: DateMention, day: dt.date, published: dt.date) -> bool:
    """A plan's weekday later in the report's week, called off in the present or present perfect
    ("talks set for Thursday have been called off", said on Monday): that Thursday is still ahead
    (dev16 class C2); "was cancelled last week" keeps the weekday gone by."""
    if day.weekday() <= published.weekday() and not _PLAN_WORD_BEFORE.search(text, max(0, first.start - 60), first.start):
        return False  # a weekday of this week gone by, unless a plan word sets it ("had been scheduled ... on Monday")
    stop = _SENTENCE_END.search(text, first.end)
    hi = stop.start() if stop else len(text)
    return bool(_CALLED_OFF_NOW.search(text, first.end, hi)) and not _CALLED_OFF_PAST.search(text, first.end, hi)


# a plan's own word before its weekday, in its clause ("had been scheduled to open on Monday")
_PLAN_WORD_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy_wire_families', 'plan_words')})\b[^,.;:]*$", re.I)
_CALLED_OFF = {DiplomacyStatus.cancelled, DiplomacyStatus.stalled}  # "postponed": called off (codebook 16)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_CALLED_OFF_NOW = cues.regex("diplomacy_wire_families", "called_off_now")
_CALLED_OFF_PAST = cues.regex("diplomacy_wire_families", "called_off_past")
_DAY_KINDS = ("dmy", "mdy", "day_range")  # a day or days of a month, "2-3 December" too
# A night named by its evening: a talk or a call "on Friday night" happened on Friday (an overnight
# attack a diplomatic event is dated after ends on the next morning: the other night kinds).
_EVENING_KINDS = ("wd_night", "night_of")


def _month_a_year_on(span: DateSpan) -> DateSpan:
    """The same month or months a year on; the end is that year's last day of its month (a February
    told in a leap year ends on the 28th the year after)."""
    assert span.start is not None and span.end is not None
    start = dt.date(span.start.year + 1, span.start.month, 1)
    end = dt.date(span.end.year + 1, span.end.month, calendar.monthrange(span.end.year + 1, span.end.month)[1])
    return DateSpan(start=start, end=end, text=span.text, precision=span.precision)


def _in_year(span: DateSpan, year: int) -> DateSpan | None:
    """The same day or days of the month in `year` (a range keeps its length)."""
    assert span.start is not None and span.end is not None
    try:
        start = span.start.replace(year=year)
    except ValueError:  # 29 February
        return None
    return DateSpan(start=start, end=start + (span.end - span.start), text=span.text, precision=span.precision)


def is_background(date: DateSpan | None, published: dt.date | None, status: DiplomacyStatus) -> bool:
    """An event done weeks before the article ("talks in Istanbul in 2022", "the summit in
    August"): scene-setting, not news (codebook rule 17 codes it only as optional)."""
    return bool(status is DiplomacyStatus.held and date and date.end and published
                and date.end < published - _BACKGROUND_AGE)


_BACKGROUND_AGE = dt.timedelta(days=28)


_DAY_AFTER_VERB = re.compile(r"\s+(?:on\s+)?(?:" + WD_NAMES + r"|today|yesterday)\b")


_ANNOUNCING_NOUN = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'announcing_nouns')})(?=\s+(?:on|last|this|early|late)\b)", re.I)
# "before the peace summit on Ukraine", "ahead of next week's talks": the gathering as another clause's time
_GATHERING_AS_TIME = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'gathering_as_time')})\s+(?:the|a|this|next\s+\w+['’]s?)\s+"
                                r"(?:[\w'’-]+\s+){0,3}$", re.I)


def decision_day_end(text: str, lo: int, cue: int) -> int:
    """Where the event's own words start after the verb that announced or agreed it and a day told
    right after that verb ("On Friday, Germany announced it would send…", "agreed on Sunday to
    sign… next month"): those days are the announcement's, not the event's."""
    said = [v.end() for rx in (lx.ANNOUNCING, _ANNOUNCING_NOUN) for v in rx.finditer(text, lo, cue)]
    timed = _GATHERING_AS_TIME.search(text, max(lo, cue - 60), cue)
    if timed is not None:  # "traffic in mid-June, before the summit …": mid-June is the traffic's (r50)
        return max([timed.start(), *said])
    if not said:
        return lo
    day = _DAY_AFTER_VERB.match(text, said[-1])
    return day.end() if day else said[-1]
