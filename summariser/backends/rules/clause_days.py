"""A wire lead that sums up the night and ends on another city's strike of the day (atk7):
"Russia attacked Ukraine with 450 drones overnight, killing six people in the capital, and hitting
Lutsk on Sunday afternoon". The place told in a participle clause with a day of its own is a strike
apart, on that day, with only the figures of its clause; the rest keeps the night."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ...blanking import blank_spans
from ...knowledge import cues
from ...dates import DateMention, find_dates
from ...records import DateSpan
from ...sentences import Sentence
from ... import lexicon as lx
from ...records import LocationLevel
from .common import Facts, PlaceHit, weapons_named
from .people_asides import people_aside
from .remembered_hits import remembered_hit

# ", and hitting X", ", also striking X": a strike verb opening a clause of its own
_PARTICIPLE_GAP = re.compile(
    r"^\s*,\s*(?:and\s+)?(?:also\s+|later\s+)?(?:hitting|striking|targeting|attacking|pounding|shelling|bombing)\b", re.I)
_OWN_DAY_KINDS = ("overnight",)  # a clause dated only "overnight" shares the night


def split_by_own_day(text: str, parts: list[Facts], dates: list[DateMention],
                     event_date: Callable[[list[DateMention]], DateSpan | None], published: dt.date | None = None) -> list[Facts]:
    """Each part, split where a place follows with a day of its own; a place's earlier strike told in a
    relative clause ("X, which drones had hit on 8 May, ...") after it, apart (r43, `remembered_hits`)."""
    out: list[Facts] = []
    for f in parts:
        out += _split(text, f, dates, event_date)
        earlier = remembered_hit(text, f, published, event_date)
        out += [earlier] if earlier is not None else []
    return out


def _split(text: str, f: Facts, dates: list[DateMention],
           event_date: Callable[[list[DateMention]], DateSpan | None]) -> list[Facts]:
    for i, p in enumerate(f.places[1:], start=1):
        prev = f.places[i - 1]
        gap = _PARTICIPLE_GAP.match(text[prev.end:p.start])
        if gap is None:
            continue
        cut = prev.end
        own = [d for d in dates if d.start >= cut and d.role == "event" and d.kind not in _OWN_DAY_KINDS]
        rest = [d for d in dates if d.start < cut]
        day = event_date(own)
        if day is None or day.start is None:
            continue
        later = Facts(**{**f.__dict__, "places": f.places[i:], "counts": [h for h in f.counts if _at(h) >= cut],
                         "counted_weapons": [], "damage": [], "date": day,
                         "weapon_types": weapons_named(text, cut, f.sent.end)})
        f.places = f.places[:i]
        f.counts = [h for h in f.counts if _at(h) < cut]
        f.date = event_date(rest) or f.date
        return [f, later]
    return [f]


def _at(h: object) -> int:
    ev = getattr(getattr(h, "count", None), "evidence", None)
    return ev.start if ev is not None else 0


# "Russia attacked Ukraine with 450 drones": the barrage aimed at a whole country
_AT_COUNTRY = re.compile(r"\b(?:attacked|struck|pounded|bombarded|targeted|hit)\s+(?:Ukraine|Russia)\b(?!['’])")
_COUNTRYWIDE_TOLL = re.compile(r"\b(?:across|nationwide|countrywide|throughout|in\s+total|in\s+all|altogether)\b", re.I)


def split_barrage_from_toll(text: str, parts: list[Facts]) -> list[Facts]:
    """'Russia launched 100 drones at Ukraine overnight, killing two in Kharkiv': the barrage's
    figures are the country's record, the toll the city's (a wire lead that sums up the night); so is
    the damage ("...; in Lviv, a warehouse burned", r9)."""
    out: list[Facts] = []
    for f in parts:
        s = f.sent
        counted = any(w.launched or w.intercepted for w in f.counted_weapons)
        # "Lutsk among them": one of many; "a boy of 15 among them" is one of the people counted (dev33-A6)
        among = any(_singles_out_a_place(text, m, f.places) for m in lx.AMONG_TARGETS.finditer(text, s.start, s.end))
        aimed = f.nationwide or _AT_COUNTRY.search(text, s.start, s.end) or among
        if not (counted and aimed and (f.counts or f.damage or among) and f.places) \
                or (_COUNTRYWIDE_TOLL.search(text, s.start, s.end) and not among) \
                or (any(p.place.level is not LocationLevel.city for p in f.places) and not among):
            out.append(f)
            continue
        barrage = Facts(**{**f.__dict__, "places": [], "counts": [], "damage": [], "nationwide": True,
                           "target_hint": f.target_hint or _country_of(f)})
        # one of many places hit keeps none of the barrage's weapons: its own are told of it alone
        toll = Facts(**{**f.__dict__, "counted_weapons": [], "nationwide": False,
                        "weapon_types": [] if among else f.weapon_types})
        out += [barrage, toll]
    return out


def _singles_out_a_place(text: str, m: re.Match[str], places: list[PlaceHit]) -> bool:
    """An "among" that names a place as one of many hit: one with its own targets noun ("among a dozen
    cities struck"), or a bare "among them" beside a place ("Lutsk among them", "among them Lviv"); not
    one that singles out people or a thing damaged ("a boy of 15 among them", "among them an office
    block", r48)."""
    if people_aside(text, m.start(), m.end()):
        return False
    if not _BARE_AMONG.fullmatch(m.group()):
        return True
    return any(0 <= m.start() - p.end <= 3 or 0 <= p.start - m.end() <= 20 and _TO_PLACE.fullmatch(text, m.end(), p.start)
               for p in places)


_BARE_AMONG = re.compile(r"among\s+them", re.I)
_TO_PLACE = re.compile(r"\s*(?:,\s*)?(?:(?:were|was)\s+)?(?:the\s+(?:city|town|village|port|region)s?\s+of\s+)?", re.I)


def _country_of(f: Facts) -> str | None:
    countries = {p.place.country for p in f.places if p.place.country}
    return countries.pop() if len(countries) == 1 else None


# r17 (dev31 A2): "In January, drones set the plant alight, and in August a strike there killed a
# worker": two clauses, each opened by a month of its own, joined by ", and" or ";"
_MONTH_JOINT = re.compile(r"(?:,\s*(?:and\s+|while\s+)?(?:then\s+)?|;\s*(?:and\s+)?|\s+and\s+then\s+)$", re.I)


def month_clauses(text: str, s: Sentence, published: dt.date | None) -> list[tuple[str, Sentence]] | None:
    """The sentence as one reading per clause when two clauses each open on a month of their own
    (each clause's figures go with its month), or None."""
    dates = [d for d in find_dates(text, s.start, s.end, published) if d.role == "event"]
    for first, second in zip(dates, dates[1:]):
        if first.kind != "month" or second.kind != "month" or first.span.start == second.span.start:
            continue
        joint = _MONTH_JOINT.search(text, first.end, second.start)
        if joint is None or not text[first.end:joint.start()].strip():
            continue  # "in January and in August": one clause told of two months
        readings = (blank_spans(text, [(joint.start(), s.end)]), blank_spans(text, [(s.start, joint.end())]))
        return [(t, Sentence(start=s.start, end=s.end, text=t[s.start:s.end])) for t in readings]
    return None


# r20 (dev37 A4): "envoys met on Tuesday after Russia fired a missile at X last week": the strike
# told as the cause of a diplomatic event in the clause after it
_CAUSE_OPENER = re.compile(rf"(?:,\s*|\s+)(?:{cues.alternation('eventhood', 'cause_clause_opener')})\s+", re.I)
_DIPLOMACY = cues.regex("eventhood", "diplomatic_aside_words")


def cause_clause(text: str, s: Sentence) -> int | None:
    """Where the clause of a strike told as the cause of the sentence's diplomatic event opens
    ("ambassadors met on Tuesday ... after Russia fired a new missile at X last week"), when the
    words before it tell the diplomatic event and no strike; else None."""
    return _strike_clause_after(text, s, _CAUSE_OPENER, _DIPLOMACY)


# r27: "a delegation met the mayor on Friday to discuss rebuilding homes damaged by drone attacks": the
# strikes told as the subject of a diplomatic event
_TOPIC_OPENER = re.compile(rf"(?:,\s*|\s+)(?:{cues.alternation('nonstrike', 'topic_clause_opener')})\s+", re.I)


def topic_clause(text: str, s: Sentence) -> int | None:
    """Where the clause that tells the subject of the sentence's diplomatic event opens, when strike
    words stand in it and none before it; else None."""
    return _strike_clause_after(text, s, _TOPIC_OPENER, _DIPLOMACY)


# r26: "mourners met on Sunday to bury two teachers who died when a missile hit their school on Tuesday":
# the strike told in the clause that says how the mourned died
_MOURNING = cues.regex("eventhood", "mourning_words")
_VICTIMS_OPENER = re.compile(rf"\s+(?:{cues.alternation('eventhood', 'victims_clause_opener')})\s+", re.I)


def mourning_clause(text: str, s: Sentence) -> int | None:
    """Where the strike clause of a sentence that tells a funeral first opens, or None."""
    return _strike_clause_after(text, s, _VICTIMS_OPENER, _MOURNING)


def _strike_clause_after(text: str, s: Sentence, opener: re.Pattern[str], head_words: re.Pattern[str]) -> int | None:
    """Where a strike clause opens after an `opener`, when the words before it tell another event
    (`head_words`) and no strike; else None."""
    for m in opener.finditer(text, s.start, s.end):
        head = text[s.start:m.start()]
        if not head_words.search(head) or lx.ATTACK_WORDS.search(head) or lx.WEAPON_WORD.search(head):
            continue
        if lx.ATTACK_WORDS.search(text, m.end(), s.end) or lx.WEAPON_WORD.search(text, m.end(), s.end):
            return m.end()
    return None


def cause_clause_date(text: str, s: Sentence, dates: list[DateMention],
                      event_date: Callable[[list[DateMention]], DateSpan | None], date: DateSpan | None) -> DateSpan | None:
    """The strike's day when the sentence tells it as the cause of a diplomatic event: the clause's
    own day ("on 3 May", "overnight"); none when the clause tells none or only a week or a month
    ("last week"), so that the strike joins its dated retelling; the meeting's day is not the
    strike's. Any other sentence keeps `date`."""
    at = cause_clause(text, s) or mourning_clause(text, s) or topic_clause(text, s)
    if at is None:
        return date
    own = event_date([d for d in dates if d.start >= at])
    return None if own is None or own.precision.value in ("week", "month", "year") else own
