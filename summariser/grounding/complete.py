"""Completing grounded values the way the rules backend does: a place resolved through the
gazetteer to its region, country and level; date words resolved against the publication date
with the same date code (`summariser.dates`), plus the words it does not read ("in the night",
"over the past 24 hours", "the same day"), and "overnight" told under a digest's day heading
from that day; an actor named as its state or organisation.

Used by the LLM path (`backends.drafts_to_records`) and by `grounding.enforce` for any record
that arrives without them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Callable, Optional

from .anaphoric_year import anaphoric_when
from ..date_patterns import PART_OF_DAY_OF
from ..dates import FORWARD_GRACE_DAYS, DateMention, find_date, find_dates, looking_ahead, resolve
from ..night_anaphors import is_night_anaphor, night_antecedent
from ..knowledge import day_parts
from ..records import DatePrecision, DateSpan, Location, LocationLevel
from .names import split_country, unbracket
from .reference import eve_of, weekday_after_told_day
from .districts import district_as_written
from .day_words import day_words_date
from .spoken import spoken_date
from .days_ago import days_ago_around
from .event_anchor import day_after_words, during_event, named_anchor
from .live_blog import stamp_date
from .dated_items import item_day, names_calendar_day, one_of_listed_days
from .words_at import words_at
from ..sentences import sentence_around
from ..calendar_days import MON, MONTHS
from .when_forms import month_date, night_owned, put_off_weekday, scheduled_ahead, wire_when
from .called_off import called_off_weekday, called_off_weekend
from .period_parts import plain_period

if TYPE_CHECKING:
    from ..knowledge import Place


def resolve_location(written: str, level: LocationLevel | None = None) -> tuple[Location, bool]:
    """The gazetteer's place (`knowledge.lookup`) for a name as a model writes it ("Kyiv,
    Ukraine", "Sumy Oblast", "the Sumy region", "Kharkov"); False with the name kept (and the
    level as given) when it knows none."""
    from ..knowledge import lookup

    written = unbracket(written)
    if (district := district_as_written(written, lookup)) is not None:
        return district  # "the Belorechensky district": the district, not the town it is named after
    place = _city_of_its_region(written.strip(), lookup) or lookup(written.strip()) or _seat_city(written.strip()) \
        or _krai_as_territory(written.strip(), lookup)
    if place is not None:
        return Location(name=place.name, admin1=place.admin1, country=place.country,
                        level=LocationLevel(place.level)), True
    name, country = split_country(written.strip())
    region = bool(re.search(r"\b(?:region|oblast|province|krai)\b", name, re.I))
    return Location(name=name, country=country, level=level or
                    (LocationLevel.region if region else LocationLevel.city)), False


# r15 (dev27 A5): "Kyiv, Kyiv Oblast, Ukraine": a city qualified by the region named after it is the
# city, even where the gazetteer keeps the city out of that region (a capital of special status)
_CITY_THEN_ITS_REGION = re.compile(r"(?P<head>[^,]+),\s*(?P=head)\s+(?:region|oblast|province|krai)\b(?:\s*,\s*[^,]+)?", re.I)


def _city_of_its_region(written: str, lookup: Callable[[str], Optional[Place]]) -> Optional[Place]:
    """The city a "<City>, <City> Oblast[, Country]" form names; None for any other form."""
    m = _CITY_THEN_ITS_REGION.fullmatch(written)
    place = lookup(m.group("head").strip()) if m else None
    return place if place is not None and place.level == "city" else None


# r15 (dev27 D4): a model's "Krasnodar Territory" is the krai (its English name), never the city
_TERRITORY = re.compile(r"(?:the\s+)?(?P<stem>[^,]+?)\s+territory(?P<rest>\s*,.*)?", re.I)


def _krai_as_territory(written: str, lookup: Callable[[str], Optional[Place]]) -> Optional[Place]:
    """The krai a "<Stem> Territory[, Country]" form names; None for any other form."""
    m = _TERRITORY.fullmatch(written)
    place = lookup(f"{m.group('stem')} Krai{m.group('rest') or ''}") if m else None
    return place if place is not None and place.level == "region" and place.name.endswith(" Krai") else None


_REGION_WORD = r"(?:region|oblast|province|krai)"
# one of a list of names before a plural region word: "the Bryansk, Kursk and Oryol regions"
_REGION_LIST_REST = re.compile(r"(?:\s*,?\s*(?:and\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,8}\s+(?:regions|oblasts|provinces)\b")


def region_as_written(written: str, loc: Location, text: str, windows: list[tuple[int, int]]) -> Location:
    """A bare name the gazetteer reads as a city ("Voronezh") that the record's sentences name
    only as a region ("over the Voronezh region", "in Voronezh Oblast", "the region of
    Voronezh", "the Bryansk, Kursk and Voronezh regions") is that region: a region's share is not its same-named city's strike. One bare
    mention ("in the city of Voronezh", "Voronezh was hit") keeps the city."""
    from ..knowledge import lookup

    name = written.strip()
    if loc.level is not LocationLevel.city or not windows or re.search(rf"\b{_REGION_WORD}\b", name, re.I):
        return loc
    if _capital_told(name, text, windows):
        return loc  # "In the capital, a missile hit ...": the city, whatever a later sentence says of its region
    as_region = False
    for a, b in windows:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[a:b], re.I):
            before, after = text[max(a, a + m.start() - 14):a + m.start()], text[a + m.end():a + m.end() + 12]
            if not (re.match(rf"(?:['’]s)?\s+{_REGION_WORD}\b", after, re.I)
                    or re.search(rf"\b{_REGION_WORD}\s+of\s+$", before, re.I)
                    or _REGION_LIST_REST.match(text[:b], a + m.end())):
                return loc  # named bare once: the city
            as_region = True
    place = lookup(f"{name} region") if as_region else None
    if place is None or place.level != "region":
        return loc
    return Location(name=place.name, admin1=place.admin1, country=place.country, level=LocationLevel.region)


def _capital_told(name: str, text: str, windows: list[tuple[int, int]]) -> bool:
    """Is `name` a war country's capital that a record's sentence tells as "the capital" alone
    ("In the capital, ...", "struck the capital") or by its state ("the Ukrainian capital")? Then a
    region of its name in another evidence sentence ("later, seven across the X region") is a wider
    figure, not the record's place (r19 dev35 L2)."""
    from ..lexicon import BARE_CAPITAL, capital_aliases_of

    aliases = capital_aliases_of(name)
    if not aliases:
        return False
    return any(BARE_CAPITAL.search(text, a, b) or any(re.search(pat, text[a:b]) for pat in aliases) for a, b in windows)


def _seat_city(name: str) -> Place | None:
    """A seat of government written as a place ("the White House", "the Kremlin") is in the
    state's capital: the first of its `capitals` in the actor dictionary."""
    from ..knowledge import lookup, resolve_actor
    from ..knowledge._data import load  # the dictionary's rows: knowledge has no capital_of() yet

    actor = resolve_actor(name)
    if actor is None or actor.via != "capital" or actor.kind != "state":
        return None
    row = next((r for r in load("actors.yaml")["states"] if r["code"] == actor.code), None)
    capitals = (row or {}).get("capitals") or []
    return lookup(capitals[0]) if capitals and capitals[0].lower() != name.lower() else None


def resolve_when(words: str, published: dt.date | None, text: str = "", around: tuple[int, int] | None = None,
                 *, planned: bool = False, diplomacy: bool = False, forward: bool = False) -> DateSpan:
    """Date words resolved against the publication date; with `around` (the span the words were
    read at), a report day next to them counts too ("overnight, officials said Wednesday").
    A `planned` event's weekday is the next one ("talks on Friday"), "next week" the coming
    week; a diplomatic event on a night is the day it ends (as the rules read them). A `forward`
    event (proposed, called off) dated far in the past without a year is the coming one
    (`dates.looking_ahead`)."""
    if (anaphoric := anaphoric_when(words, text, around)) is not None:
        return anaphoric  # "in August of that year", "later that year": the year named before, never this one
    if published is not None and (ahead := _ahead(words, published)) is not None:
        return ahead  # "next ..." and "tomorrow" look ahead whatever the status ("talks set for next Tuesday were called off")
    if text and around is not None and (stamped := stamp_date(words, published, text, around)) is not None:
        return stamped  # a live blog's time stamp as the words: its update's day (`live_blog`)
    if text and around is not None and published is not None \
            and (ago := days_ago_around(words, text, around, published)) is not None:
        return ago  # "Sunday night" copied out of "nineteen days ago, on a Sunday night" (`days_ago`)
    # a section's day heading, or a dated item's stamp (a caption's "KHARKIV – October 9, 2026:"), anchors the words
    # (relative words only: "July 23" under a "May 16" stamp names its own day)
    published = _section_day(words, published, text, around) \
        or (None if names_calendar_day(words) else item_day(text, around, published)) or published
    if published is not None and diplomacy and not planned \
            and (weekend := called_off_weekend(words, published, text, around, told_off=forward)) is not None:
        return weekend  # "a visit to Ankara this weekend was shelved": the weekend it was set for
    if published is not None and (spoken := spoken_date(words, published, planned=planned, forward=forward)) is not None:
        return spoken  # "on Christmas Day", "three days ago", "since Saturday", "before dawn"
    if published is not None and (part := day_words_date(words, published, text, around, planned=planned)) is not None:
        return part  # "shortly before 6 a.m.", "the first half of March", "last autumn"
    if published is not None and (wired := wire_when(words, published, text, around)) is not None:
        return wired  # "earlier this year", "a day after" a dated report, "between 9 pm on Friday and 6 am on Saturday"
    found = None
    if around is not None and text and published is not None:
        from .reference import previous_night  # "on Tuesday ... the night before": Monday to Tuesday

        found = previous_night(words, published, text, around)
    if found is None and around is not None and text:
        lo, hi = _near_window(words, text, around)
        near = find_date(text, lo, hi, published)
        if near is not None and near.start is not None and near.text and \
                (near.text.lower() in words.lower() or words.lower() in near.text.lower()) \
                and not one_of_listed_days(words, near.text):
            found = near.model_copy(update={"text": words})
    found = _calendar_first(words, published, found or resolve(words, published))
    found = eve_of(words, found)
    if found.start is None and published is not None and (month := month_date(words, published, text, around)):
        found = month  # "moved to December", "pencilled in for mid-March"
    if published is not None:
        found = scheduled_ahead(found, words, published, text, around)  # "set for late March": the coming one
    if found.start is None and published is not None:
        found = _unread(words, published, text, around) or found
    if found.start is None and published is not None and (owned := _POSSESSIVE_PART.match(words.strip())):
        found = _with_preposition(f"the {owned['part']} of the {owned['whole']}", published, text, around) or found
        found = found.model_copy(update={"text": words})
    if found.start is None and published is not None and _BARE_NOUN_PHRASE.match(words.strip()):
        found = _with_preposition(words, published, text, around) or found
    if found.start is None and published is not None and _BARE_DAY_PART.fullmatch(words.strip(" .,")):
        # r21 (dev39 L6): "Morning" copied from "Morning shelling hit ...": the morning of the report's day
        found = (_with_preposition(f"the {words.strip(' .,')}", published, text, around) or found).model_copy(update={"text": words})
    if found.start is None and (plain := plain_period(words)) is not None:  # "in the early afternoon", "the end of July"
        found = resolve_when(plain, published, text, around, planned=planned, diplomacy=diplomacy,
                             forward=forward).model_copy(update={"text": words})
    if found.start is None and (night := night_owned(words)) is not None:  # "the night's figures": "the night"
        found = resolve_when(night, published, text, around, planned=planned, diplomacy=diplomacy,
                             forward=forward).model_copy(update={"text": words})
    if found.start is None and _COURSE_OF.search(words):  # "over the course of Tuesday night": "over Tuesday night"
        found = resolve_when(_COURSE_OF.sub(" ", words), published, text, around, planned=planned, diplomacy=diplomacy,
                             forward=forward).model_copy(update={"text": words})
    found = _last_year(words, published, found)
    if found.start and diplomacy and found.precision is DatePrecision.range and found.end and _NIGHT_WORD.search(words):
        # a call "overnight" or "late on Tuesday night" is on the night's last day; a summit "on July 14-15",
        # talks "on Thursday and Friday" or a visit "over the weekend" keep their days (r33)
        found = DateSpan(start=found.end, end=found.end, text=found.text, precision=DatePrecision.day)
    if planned and published and found.start and found.start < published and re.search(r"\d", words) \
            and not re.search(r"(?:19|20)\d\d", words) \
            and (published - found.start).days > FORWARD_GRACE_DAYS:  # "on 23 October" ahead, not last year;
        # a day just past stays (the day a plan was announced), as `looking_ahead` reads it
        try:
            later = found.start.replace(year=found.start.year + 1)
            end = found.end.replace(year=found.end.year + 1) if found.end else later  # a range keeps its days (r33)
            found = DateSpan(start=later, end=end, text=found.text, precision=found.precision)
        except ValueError:
            pass
    if planned and published and found.start and found.end and found.end < published \
            and found.precision is DatePrecision.month and not re.search(r"\b(?:19|20)\d\d\b|\blast\b", words):
        found = _a_year_on(found)  # "in July", planned in April: the coming July, not the last one
    if planned and published and found.precision is DatePrecision.week:  # r28: "in the first week of March",
        found = looking_ahead(found, words, published)  # planned in February: the coming March's week
    if planned and published and found.start and found.start < published and found.precision is DatePrecision.day \
            and re.search(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", words, re.I) \
            and not re.search(r"\blast\b", words, re.I):
        later = found.start + dt.timedelta(days=7)
        found = DateSpan(start=later, end=later, text=found.text, precision=found.precision)
    if forward and published:
        found = looking_ahead(found, words, published)
    if published and (forward or diplomacy and not planned):  # "scheduled for Monday, was called off"
        found = called_off_weekday(found, words, published, text, around, told_off=forward)
    if published and found.start and found.start < published and not planned:
        found = put_off_weekday(found, words, text, around)  # "set for Monday, has been postponed": ahead
    if published and text and around is not None and not planned:
        found = weekday_after_told_day(words, found, published, text, around)  # "last Friday …, and on Saturday" (r29)
    return found


# A heading line that is a day alone ("Wednesday", "Wednesday, 26 August", "26 August"): a digest's
# section, whose relative words ("overnight", "this morning") are told from that day.
_DAY_HEADING = re.compile(r"^[ \t]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,?[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+)?"
                          r"|\d{1,2}[ \t]+(?:January|February|March|April|May|June|July|August|September|October"
                          r"|November|December))[ \t]*$", re.I | re.M)
# Words told from the day of writing: they follow a section's day, not the publication's.
_DEICTIC = re.compile(r"^(?:(?:in|over|during|on|at)\s+)?(?:overnight|last\s+night|tonight|this\s+(?:morning|afternoon"
                      r"|evening)|today|yesterday|the\s+(?:past|last)\s+(?:24\s+hours|day|night)|the\s+night)$", re.I)


def _near_window(words: str, text: str, around: tuple[int, int]) -> tuple[int, int]:
    """Where to look for the full date the words are part of: 80 characters either side of
    `around`, or, when the words are found (`words_at`: inside the record's quote or nearest to it),
    their own sentence only, so "by next Friday" a line before never lends itself to "on Friday" (r25)."""
    lo, hi = around
    at = words_at(words, text, around)
    if at is None:
        return max(0, lo - 80), min(len(text), hi + 80)
    return sentence_around(text, at, at + len(words), reach=80)


def _section_day(words: str, published: dt.date | None, text: str, around: tuple[int, int] | None) -> dt.date | None:
    """The day of the section `around` sits in, when the words are told from the day of writing
    and a day heading opens the section (a weekly digest's "Wednesday"); None otherwise."""
    if published is None or around is None or not text or not _DEICTIC.match(" ".join(words.lower().split())):
        return None
    heading = None
    for heading in _DAY_HEADING.finditer(text, 0, around[0]):
        pass
    if heading is None:  # the last heading before the words opens their section
        return None
    day = resolve(heading.group(0).strip(), published)
    return day.start if day.start is not None and day.precision is DatePrecision.day and day.start <= published else None


def _calendar_first(words: str, published: dt.date | None, found: DateSpan) -> DateSpan:
    """A weekday outside the month the words also name gives way to the month ("on Palm Sunday
    in April")."""
    months = [d.span for d in find_dates(words, 0, len(words), published)
              if d.kind in ("month", "month_year") and d.span.start]
    first = months[0] if months else None
    if found.start and first is not None and first.start and first.end and not (first.start <= found.start <= first.end):
        return first.model_copy(update={"text": words})
    return found


def _a_year_on(found: DateSpan) -> DateSpan:
    """The same month a year later (its last day computed again: February in a leap year)."""
    start = found.start
    assert start is not None
    first = dt.date(start.year + 1, start.month, 1)
    last = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1) - dt.timedelta(days=1)
    return DateSpan(start=first, end=last, text=found.text, precision=found.precision)


# A span of clock times across midnight ("between 11 pm and 7 am"): the night.
_CLOCK_NIGHT = re.compile(r"\bbetween\s+\d{1,2}(?:[:.]\d\d)?\s*(?:pm|p\.m\.)\s+and\s+\d{1,2}(?:[:.]\d\d)?\s*"
                          r"(?:am|a\.m\.)", re.I)


# The official register's "in the course of" a period ("in the course of the past night", "over the
# course of Tuesday"): the period itself, read as its words without it.
_NIGHT_WORD = re.compile(r"\b(?:night|nights|overnight|small\s+hours)\b", re.I)
_COURSE_OF = re.compile(r"(?<=\w)\s+(?:the\s+)?course\s+of\s+|^\s*(?:the\s+)?course\s+of\s+", re.I)


# A time phrase a model copied without its preposition ("the past night", "the early hours"):
# read as the article's phrase would be ("over the past night", "in the early hours").
_BARE_NOUN_PHRASE = re.compile(r"the\s+(?:past|last|previous|preceding|early|small|pre-?dawn)\s+"
                               r"(?:night|hours|day|24\s+hours|twenty-four\s+hours)$"
                               r"|the\s+(?:morning|afternoon|evening)$"  # r17 (dev31-N4): "in the morning"
                               r"|the\s+(?:end|start|beginning|middle)\s+of\s+(?:the|this|next)\s+(?:month|week)$", re.I)
# r21 (dev39 L6): a part of the day named alone, as a strike's attribute gives it ("Evening strikes ...");
# the parts' names are the day-part table's (the night, first there, is read by the date reader)
_BARE_DAY_PART = re.compile("|".join(p for p in day_parts.PARTS if p != "night"), re.I)
# "the month's end", "at the week's start": the part of the month or week, as "the end of the month"
_POSSESSIVE_PART = re.compile(r"^(?:(?:at|by|towards?)\s+)?the\s+(?P<whole>month|week)['’]s\s+"
                              r"(?P<part>end|start|beginning|middle)$", re.I)


def _with_preposition(words: str, published: dt.date, text: str, around: tuple[int, int] | None) -> DateSpan | None:
    """Bare date words read with the preposition a model left out ("the past night": "over the past
    night"; "the end of the month": "at the end of the month")."""
    for preposition in ("in", "over", "during", "at"):
        found = resolve_when(f"{preposition} {words.strip()}", published, text, around)
        if found.start is not None:
            return found.model_copy(update={"text": words})
    return None


def _unread(words: str, published: dt.date, text: str, around: tuple[int, int] | None) -> DateSpan | None:
    """Date words the date code does not read: a night or the past 24 hours (the night ending
    on the publication day, as "overnight" is read), or an event "the same day" / "on the
    sidelines" of one dated just before (the last date the text gives before the words)."""
    low = " ".join(words.lower().strip(" .,").split())
    if _WEEKEND.fullmatch(low):  # the weekend before the publication day (or the one it falls in)
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        return DateSpan(start=saturday, end=min(published, saturday + dt.timedelta(days=1)), text=words,
                        precision=DatePrecision.range)
    if _whole(low, "night_phrases") or _CLOCK_NIGHT.search(low):
        return resolve("overnight", published).model_copy(update={"text": words})
    if text and around is not None and (after := day_after_words(words, published, text, around)) is not None:
        return after  # r21 (dev39 A4): "the night after the deal expired": from the day told of its end
    if text and around is not None and (named := named_anchor(words, published, text, around)) is not None:
        return named  # "hours before the exchange": the exchange's day, not a previous one's
    if text and around is not None and (during := during_event(words, published, text, around)) is not None:
        return during  # r49: "during the summit": the summit's own days, told before
    part = _DAY_PART_OF.match(low)  # r46: "the early hours of that same day": a part of the day named
    if text and around is not None and (_whole(low, "same_day_phrases") or part and _whole(low[part.end():], "same_day_phrases")):
        told = [m for m in find_dates(text, 0, around[0], published) if m.span.start and m.role == "event"]
        before = [m.span for m in told]
        if is_night_anaphor(low) and (night := night_antecedent(before)) is not None:
            return night.model_copy(update={"text": words})  # r14: the main night, never a recalled day
        if _DISTAL.search(low):  # r47 (dev70): "that day" names a day told, never the writer's "tonight" or "today"
            from .reference import not_proximal

            told = not_proximal(told, text)
        antecedent = _same_day_antecedent(told, text, around[0])
        if antecedent is not None:
            day = antecedent.end or antecedent.start
            return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)
    if text and around is not None:
        from .reference import anchored_date  # "the next morning", "earlier that week"

        return anchored_date(words, published, text, around)
    return None


_DISTAL = re.compile(r"\bthat\b")
# r46 (dev68): a part of a day told before the words that name the day ("on the evening of", "in the small hours of")
_DAY_PART_OF = re.compile(rf"(?:(?:in|on|during|at)\s+)?{PART_OF_DAY_OF}")
# r20 (dev38 L1): a span longer than this is no day "the same day" can name (a month, a season, a year)
_SAME_DAY_MAX = dt.timedelta(days=2)
_STOP = re.compile(r"[.!?](?:\s|$)")


def _same_day_antecedent(told: list[DateMention], text: str, at: int) -> DateSpan | None:
    """The day "the same day" names: the last date told before `at` that is a day or a night, passing
    over a month or longer told since ("On 4 May ... The pact, signed in Vienna in March, ... On the
    same day ..."); None when such a span is told in the anaphor's own sentence ("In June they signed
    it; the same day, ...": no day to give)."""
    for m in reversed(told):
        start, end = m.span.start, m.span.end or m.span.start
        if start is not None and end is not None and end - start <= _SAME_DAY_MAX:
            return m.span
        if not _STOP.search(text, m.end, at):
            return None
    return None


_WEEKEND = re.compile(r"(?:(?:over|during|at|on|across)\s+)?(?:the|this|last|this\s+past|the\s+past)\s+weekend")
_MONTH_LAST_YEAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:of\s+)?last\s+year\b", re.I)


def _last_year(words: str, published: dt.date | None, found: DateSpan) -> DateSpan:
    """"In March last year", "in May of last year": that month of the year before the
    publication's, wherever the month alone would have put it."""
    if published is None or not found.start or not _MONTH_LAST_YEAR.search(words):
        return found
    year = published.year - 1
    if found.start.year == year:
        return found
    try:
        start = dt.date(year, found.start.month, 1 if found.precision is DatePrecision.month else found.start.day)
    except ValueError:  # 29 February
        return found
    if found.precision is DatePrecision.month:
        end = dt.date(year + (start.month == 12), start.month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        end = start + ((found.end or found.start) - found.start)
    return DateSpan(start=start, end=end, text=found.text, precision=found.precision)


def _whole(words: str, name: str) -> bool:
    """The words are one phrase of the vocabulary list `name`, a preposition before it or not."""
    from . import vocabulary

    return re.fullmatch(rf"(?:(?:in|over|during|within|at|on|for)\s+)?(?:{vocabulary.pattern(name)})", words) is not None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NEXT = re.compile(r"\b(?:next\s+(?P<unit>week|month|year)|next\s+(?P<weekday>" + "|".join(_WEEKDAYS) + r")"
                   r"|(?P<tomorrow>tomorrow)|within\s+(?P<n>\w+)\s+(?P<span>days?|weeks?))\b", re.I)


# "next July", "in July next year", "next year in July" (r25): a named month ahead
_NEXT_MONTH = re.compile(rf"\bnext\s+(?P<m1>{MON})\b"
                         rf"|\b(?P<m2>{MON})\s+(?:of\s+)?next\s+year\b|\bnext\s+year\s+in\s+(?P<m3>{MON})\b", re.I)


def _next_named_month(words: str, published: dt.date) -> DateSpan | None:
    """The month "next July" names: the first July after the publication month ("of next year":
    the next year's)."""
    m = _NEXT_MONTH.search(words)
    if m is None:
        return None
    month = MONTHS[(m.group("m1") or m.group("m2") or m.group("m3")).lower()]
    year = published.year + 1 if m.group("m1") is None or month <= published.month else published.year
    first = dt.date(year, month, 1)
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return DateSpan(start=first, end=last, text=words, precision=DatePrecision.month)


def _ahead(words: str, published: dt.date) -> DateSpan | None:
    """Future phrases: "tomorrow", "next Tuesday" (the first Tuesday after the publication
    day), "next week", "next month", "next year", "within two weeks"."""
    if (month := _next_named_month(words, published)) is not None:
        return month
    m = _NEXT.search(words)
    if m is None:
        return None
    one = dt.timedelta(days=1)
    if m.group("weekday"):
        ahead = (_WEEKDAYS.index(m.group("weekday").lower()) - published.weekday() - 1) % 7 + 1
        day = published + ahead * one
        return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)
    if m.group("unit") and m.group("unit").lower() == "year":
        year = published.year + 1
        return DateSpan(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), text=words, precision=DatePrecision.year)
    if m.group("tomorrow"):
        later = 2 * one if re.search(r"\bday\s+after\s+tomorrow\b", words, re.I) else one
        return DateSpan(start=published + later, end=published + later, text=words, precision=DatePrecision.day)
    if m.group("unit") and m.group("unit").lower() == "week":
        monday = published + dt.timedelta(days=7 - published.weekday())
        return DateSpan(start=monday, end=monday + 6 * one, text=words, precision=DatePrecision.week)
    if m.group("unit"):
        first = dt.date(published.year + (published.month == 12), published.month % 12 + 1, 1)
        last = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1) - one
        return DateSpan(start=first, end=last, text=words, precision=DatePrecision.month)
    from ..numbers import parse_number

    n = parse_number(m.group("n"))
    if not n:
        return None
    days = n * (7 if m.group("span").lower().startswith("week") else 1)
    return DateSpan(start=published, end=published + (days - 1) * one, text=words, precision=DatePrecision.range)
