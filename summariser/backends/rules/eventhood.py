"""Event-hood: whether a sentence reports a strike at all, before anything is extracted from it.

Not a strike: tallies over a period ("since 2022", a month's civilian toll), a strike anchored in
a past month or year without a toll of its own ("the plant was hit in April"), capabilities and
threats ("could strike"), quoted claims, and alerts ("an air raid alert").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ... import lexicon as lx
from ...knowledge import cues
from ...dates import find_dates
from ...records import Count, DateSpan, LocationLevel
from ...sentences import Sentence
from .same_site import told_same_site
from .common import Facts, clause_at
from .remembered_strikes import one_strike_when, remembered_strike, remembered_when
from .justification_scope import JUSTIFICATION, drop_justification_weapons, fronted_justification_end


def _clause_has(text: str, s: Sentence, pos: int, marks: list[re.Match[str]]) -> bool:
    c0, c1 = clause_at(text, s, pos)
    return any(c0 <= m.start() < c1 for m in marks)


def _lead_clause_mark(text: str, s: Sentence, pos: int, marks: list[re.Match[str]]) -> bool:
    """'Since the start of the invasion, 12,000 ...': a mark in the opening clause covers what follows."""
    c0, c1 = clause_at(text, s, s.start)
    return any(c0 <= m.start() < c1 and m.start() < pos for m in marks)


def _weapon_shares_only(text: str, f: Facts) -> bool:
    """r20 (dev38 A2): "downed 40 drones; the A region accounted for 25 of them": every "accounted
    for" of the sentence is a region's share of the downed total it tells, no statistic of a toll."""
    s = f.sent
    shares = [m.span() for m in lx.PLACE_SHARE.finditer(text, s.start, s.end)]
    return bool(shares) and any(w.intercepted or w.launched for w in f.counted_weapons) and not f.counts and all(
        any(a <= m.start() < b for a, b in shares) for m in lx.STATISTIC.finditer(text, s.start, s.end))


def drop_tallies(text: str, f: Facts) -> None:
    """Counts told over a period ("since 2022", "so far this month") are statistics, not an event."""
    s = f.sent
    marks = [m for m in lx.CUMULATIVE.finditer(text, s.start, s.end)
             if not lx.SUPERLATIVE_BEFORE.search(text[max(s.start, m.start() - 80):m.start()])
             and not remembered_when(text, m.end())]  # "since January 2023, when a missile killed 46" (r13atk)
    day_dated = f.date is not None and f.date.precision.value in ("day", "range")
    if not day_dated:
        marks += list(lx.UN_MONITORS.finditer(text, s.start, s.end))
        marks += list(_TOLL_MONITORS.finditer(text, s.start, s.end))  # r17: "the UN's rights monitors"
    if _PERIOD_SPAN.search(text, s.start, s.end):
        marks += list(_NATIONWIDE.finditer(text, s.start, s.end))  # r17: "killed 90 across the country in May"
    if lx.STATISTIC.search(text, s.start, s.end) and not _weapon_shares_only(text, f):
        f.cumulative = True  # "A, B and C regions accounted for half of the toll": a statistic
        return
    if not f.counts and lx.AGGREGATE_TOLL.search(text, s.start, s.end):
        f.cumulative = True  # "most casualties occurred in the A and B oblasts": where a toll fell
        return
    if not marks:
        return
    if not day_dated and _lead_clause_mark(text, s, s.end, marks):
        f.cumulative = True  # "Over the past week, forces carried out 18 strikes": the whole sentence is a tally
        return

    def tallied(c: Count | None) -> bool:
        if c is None or c.evidence is None:
            return False
        pos = c.evidence.start
        return _clause_has(text, s, pos, marks) or _lead_clause_mark(text, s, pos, marks)

    had = f.has_numbers
    f.counts = [h for h in f.counts if not tallied(h.count)]
    f.counted_weapons = [w for w in f.counted_weapons
                         if not ((w.launched or w.intercepted) and tallied(w.launched or w.intercepted))]
    if had and not f.has_numbers or not had and any(_clause_has(text, s, p.start, marks) for p in f.places):
        f.cumulative = True


def drop_statistics(text: str, f: Facts) -> None:
    """Production figures ("the plant makes 300 drones a day"), counts of fighting on a front
    ("150 assaults over the past day") and shares ("85% of the drones") are no strike: the
    sentence adds no record. A strike told with them keeps its casualties."""
    s = f.sent
    if lx.NOT_A_TOLL.search(text, s.start, s.end):
        # "the bodies of 900 soldiers killed in action were returned": deaths, but no strike's toll
        f.counts, f.cumulative = [], True
    if lx.PRODUCTION.search(text, s.start, s.end) and not _strike_beyond_weapon_names(text, s):
        f.cumulative = True
    elif lx.FRONT_TALLY.search(text, s.start, s.end) and not f.counts:
        f.cumulative = True
    # r22 (dev42 A6): "was shelled over and over since April, when a raid set a depot there on fire": the habit's
    # "when"-clause tells one strike of that month (remembered_strikes), a background record of its own
    remembered = bool(f.places) and one_strike_when(text, s.start, s.end)
    if not f.counts and f.date is None and _habitual_present(text, s) and not remembered:
        f.cumulative = True  # "residents live under near-constant fire; drones hunt cars" (dev22 B2)
    if not f.counts and (not _day_dated(f) or _since_dated(text, f)) and _CAMPAIGN_VERB.search(text, s.start, s.end) \
            and _CAMPAIGN_FREQUENCY.search(text, s.start, s.end) and not remembered:
        f.cumulative = True  # r14: "drones have struck oil depots scores of times since spring": a campaign
    if not f.places and not f.has_numbers and not f.counts and not _day_dated(f) and _GENERIC_TARGETS.search(text, s.start, s.end) \
            and _GENERIC_ASIDE.search(text, s.start, s.end):
        # r17 (dev31 A6): "its forces, meanwhile, hit military-industrial facilities", told by the way: a ministry's
        # formula; a night of its own ("Last night, the army struck ...", dev5) or the statement itself keeps its record
        f.cumulative = True
    if _war_sized(f):
        f.counts = []  # r15: "the UN has verified 15,100 civilian deaths, 730 of them children": the war's tally
        f.cumulative = f.cumulative or not f.counted_weapons
    for m in lx.SHARE_OF.finditer(text, s.start, s.end):
        f.counted_weapons = [w for w in f.counted_weapons if not any(
            c is not None and c.evidence is not None and m.start() <= c.evidence.start < m.end()
            for c in (w.launched, w.intercepted))]


# round 15 (dev28 B4): no single strike of this war has killed or wounded a thousand people; a
# casualty figure that large is a humanitarian agency's cumulative or period toll, never a record's
_WAR_SIZED_TOLL = 1000


def _war_sized(f: Facts) -> bool:
    """A casualty figure of a war's or a month's scale: the sentence's tolls are a tally (the
    children among them included)."""
    return any(c.count.value is not None and c.count.value >= _WAR_SIZED_TOLL for c in f.counts)


_CAMPAIGN_VERB = cues.pattern("eventhood", "campaign_perfect")
_CAMPAIGN_FREQUENCY = cues.pattern("eventhood", "campaign_frequency")
_NOMINAL_STRIKE = cues.pattern("eventhood", "nominal_strike")
_SINGLE_DAY = cues.pattern("eventhood", "single_day")
_ONE_PAST_STRIKE = cues.pattern("eventhood", "one_past_strike")
_WEAPONS_TOLL = cues.pattern("eventhood", "weapons_toll")
_GENERIC_TARGETS = cues.pattern("eventhood", "generic_targets")
_GENERIC_ASIDE = cues.pattern("eventhood", "generic_target_asides")
_TOLL_MONITORS = cues.pattern("eventhood", "toll_monitors")
_NATIONWIDE = cues.pattern("eventhood", "nationwide_scope")
_PERIOD_SPAN = cues.pattern("eventhood", "period_span")


def _day_dated(f: Facts) -> bool:
    return f.date is not None and f.date.precision.value in ("day", "range")


def _since_dated(text: str, f: Facts) -> bool:
    """r21 (dev39 A7): the sentence's day is where a period starts ("have been shelled almost every
    week since the truce ended on 3 May"), not a strike's day: its words follow a "since" in the
    same clause."""
    d, s = f.date, f.sent
    if d is None or not d.text:
        return False
    at = text.find(d.text, s.start, s.end)
    return at >= 0 and bool(_SINCE_BEFORE.search(text[max(s.start, at - 120):at]))


_SINCE_BEFORE = re.compile(r"\bsince\b[^,;:.!?()]*$", re.I)
_HABIT_VERB = cues.pattern("eventhood", "habitual_present_verbs")
_HABIT_FREQUENCY = cues.pattern("eventhood", "habitual_frequency")


def _habitual_present(text: str, s: Sentence) -> bool:
    """A strike verb in the generic present beside a word of frequency: a habit, not an event."""
    return bool(_HABIT_VERB.search(text, s.start, s.end) and _HABIT_FREQUENCY.search(text, s.start, s.end))


_QUESTION_END = re.compile(r"\?[\"”’']?\s*$")
_FIRST_WORD = re.compile(r"\S")


def _one_day_told(text: str, start: int, end: int) -> bool:
    """The words name a strike of one day or night of their own ("Friday's drone attack", "the strike on
    3 May"): a strike told, not strikes in general (nor "Saturday's explosion": no side's strike named)."""
    return bool(STRIKE_NAMED.search(text, start, end)) and any(
        d.role == "event" and d.kind not in ("month", "year", "last_week", "week") for d in find_dates(text, start, end, None))


STRIKE_NAMED = re.compile(rf"{lx.WEAPON_WORD.pattern}|\b(?:{cues.plain_alternation('eventhood', 'strike_names')})\b", re.I)


def drop_hypothetical_places(text: str, f: Facts) -> None:
    """'missiles that put Moscow within reach', 'threatened to hit Kyiv', 'would step up attacks on
    X', 'asked whether Russia had hit Y', a sentence that is a question: no strike on that place."""
    s = f.sent
    marks = [*lx.HYPOTHETICAL.finditer(text, s.start, s.end), *lx.QUESTION.finditer(text, s.start, s.end),
             *lx.INFINITIVE_ITEM.finditer(text, s.start, s.end)]
    if _QUESTION_END.search(text[s.start:s.end]) and (first := _FIRST_WORD.search(text, s.start, s.end)):
        marks.append(first)  # "Did the drones hit X?": the whole sentence asks
    if (why := JUSTIFICATION.search(text, s.start, s.end)) is not None:
        end = fronted_justification_end(text, f, why)  # "In response to ..., the army struck X": X stands (dev24 B1)
        outside = [p for p in f.places if p.start < why.start() or p.start >= end]  # "in retaliation for strikes on X" (dev22 B3)
        if outside or not _one_day_told(text, why.end(), end):  # r27: "its strikes were a response to Friday's
            f.places = outside  # drone attack on X", no place of its own: the strike on X is the one told
            drop_justification_weapons(text, f, why.start(), end)
    if not marks:
        return
    after_ok = bool(f.counts)  # a real toll in the sentence: places outside the mark's clause stand
    f.places = [p for p in f.places if not (_clause_has(text, s, p.start, marks)
                                            or (not after_ok and any(m.start() < p.start for m in marks)))]
    if not f.counts:
        f.hypothetical = True


def drop_quoted_places(text: str, f: Facts, quotes: Sequence[tuple[int, int]]) -> None:
    """A place named in quoted speech is a place hit only when the quote reports a strike."""
    inside = [q for q in quotes if q[0] < f.sent.end and f.sent.start < q[1]]
    if not inside:
        return
    f.quote = f.quote or any(q[0] <= f.sent.start + 2 for q in inside)
    keep, told = [], False
    for p in f.places:
        q = next((q for q in inside if q[0] <= p.start < q[1]), None)
        reported = q is not None and lx.STRIKE_REPORTED.search(text, max(q[0], f.sent.start), min(q[1], f.sent.end))
        if q is None or f.has_numbers or reported:
            keep.append(p)
        told = told or bool(reported)
    f.places = keep
    if told:
        f.quote = False  # '"Our forces struck airfields in X with Kh-101 missiles," the ministry said': its weapons count (dev24 B1)


# r14: "strike drones", "attack UAVs": the strike word names a class of weapon, not a strike
_WEAPON_CLASS_AFTER = re.compile(r"\s+(?:drones?|UAVs?|missiles?|helicopters?|aircraft|weapons?)\b", re.I)


def _strike_beyond_weapon_names(text: str, s: Sentence) -> bool:
    """A strike word that names an event and is no weapon's class name ("jointly producing strike
    drones" tells production only, dev25 B5)."""
    return any(not lx.NOT_A_STRIKE_AFTER.match(text, m.end(), s.end) and not _WEAPON_CLASS_AFTER.match(text, m.end(), s.end)
               for m in lx.ATTACK_WORDS.finditer(text, s.start, s.end))


def strike_event(text: str, s: Sentence) -> bool:
    """A strike word that names an event: "an air raid alert" or "sirens" name none."""
    return any(not lx.NOT_A_STRIKE_AFTER.match(text, m.end(), s.end) and not lx.political_attack(text, m.start(), s.end)
               for m in lx.ATTACK_WORDS.finditer(text, s.start, s.end))  # "critics attacked the plan" (r20)


def drop_past_background(text: str, f: Facts, published: dt.date | None) -> None:
    """A sentence anchored only in a month or year that ended before publication ("in April",
    "last year") tells the past. Without a toll of its own it is background, not a strike to code
    ("the plant was struck in April"); with a toll it is a separate past event (codebook rule 5)
    unless nothing singular was struck, which makes the toll a tally ("attacks killed 95 civilians
    in the region in January", "180 civilians were killed in Ukraine in February")."""
    if remembered_strike(text, f, published):
        return  # "recall May 2024, when bombs killed 19" (r13atk, dev23 B4); "since April, when a raid ..." (r22)
    remembered = False
    d = f.date
    singular = remembered or lx.SINGLE_STRIKE.search(text, f.sent.start, f.sent.end) or (
        not f.background and any(p.place.level is LocationLevel.city for p in f.places)
        and lx.STRUCK_THEN_TOLL.search(text, f.sent.start, f.sent.end)) or _WEAPONS_TOLL.search(text, f.sent.start, f.sent.end)
    # (a town struck, not a region's month; r28: counted weapons that killed, "two missiles killed 35 in X")
    # (r29: "earlier this month shelling killed two in X": a point in the month, one strike on one town)
    point = d is not None and d.text is not None and _POINT_IN_MONTH.fullmatch(d.text.strip()) is not None
    one_strike = bool(singular) or (point and _toll_clause_told(text, f)
                                    and any(p.place.level is LocationLevel.city for p in f.places))
    if d is not None and d.precision.value in ("month", "year") and f.counts and not one_strike:
        f.cumulative = True  # "95 civilians were killed in the region in August": a tally, ended or not
        return
    if d is None or d.end is None or published is None or not _ended_before(d, published):
        return
    if not f.counts and d.precision.value == "month" and (_nominal_strike_on_town(text, f) or f.counted_weapons
                                                          and _SINGLE_DAY.search(text, f.sent.start, f.sent.end)):
        return  # r14: "In February, a missile strike on the substation in X knocked out power": X, February
    if not f.counts and d.precision.value == "month" and _ONE_PAST_STRIKE.search(text, f.sent.start, f.sent.end) \
            and not f.background and (any(p.place.level is LocationLevel.city for p in f.places)
                                      or not f.places and lx.CITY_ANAPHOR.search(text, f.sent.start, f.sent.end)
                                      and lx.SINGLE_STRIKE.search(text, f.sent.start, f.sent.end)):
        return  # r28: "the X refinery was last hit in late January", "has been idle since a drone attack in February"
        # (r33: "a missile strike wrecked the fleet's headquarters in the city centre": the city told before)
    if not f.counts and d.precision.value == "month" and f.places and not f.background \
            and one_strike_when(text, f.sent.start, f.sent.end):
        return  # r47 (dev70): "Except in early June, when a piece of a downed drone cracked a roof in X": one strike, May
    if not f.counts and d.precision.value == "month" and told_same_site(text, f.sent.start, f.sent.end):
        return  # dev30 B9: "It was hit in August, when drones set fire to the same plant": the story's site, August
    if not f.counts or not one_strike:
        f.cumulative = True


# "earlier this month", "earlier in the month": a narrative's point in the month, not its span ("this
# month", "in November", "so far this month" sum a period)
_POINT_IN_MONTH = re.compile(r"earlier\s+(?:this|in\s+the)\s+month", re.I)


def _toll_clause_told(text: str, f: Facts) -> bool:
    """The toll's own clause is no background ("…killed two in X, officials said; guns have hit the
    town nearly every day since…": the background is the next clause's)."""
    told = [c.count.evidence.start for c in f.counts if c.count is not None and c.count.evidence is not None]
    return bool(told) and not lx.is_background(text, *clause_at(text, f.sent, told[0]))


def _nominal_strike_on_town(text: str, f: Facts) -> bool:
    """One strike told as a noun with its target, a town named after it ("a drone attack on the
    depot in X", "shelling of X"): a background strike with a place (codebook 5)."""
    s = f.sent
    marks = list(_NOMINAL_STRIKE.finditer(text, s.start, s.end))
    return not f.background and any(p.place.level is LocationLevel.city and p.place.country is not None
                                     and any(m.start() < p.start for m in marks) for p in f.places)


def _ended_before(d: DateSpan, published: dt.date) -> bool:
    if d.end is None:
        return False
    if d.precision.value == "month":
        return d.end < published.replace(day=1)
    if d.precision.value == "year":
        return d.end.year < published.year
    return False
