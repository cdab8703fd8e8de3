"""Parts of a day: a place hit at night and again in the evening of the same day is two strikes,
though both dates cover that day ("the night to the 4th" and "the evening of the 4th"). A
sentence's part of day comes from its own words, else from a live-blog stamp's clock time."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...knowledge.day_parts import clock_hour, first_in_sentence, hour_on_dial, named_in_date_words, part_of_hour
from ...records import DatePrecision, DateSpan, WeaponType
from ...sentences import Sentence
from .common import Facts

_REPEATED = cues.pattern("anchoring", "repeated_strike")
_CLOCK = re.compile(r"\s*(?:\*\*|__)?(?:[A-Za-z]+\s+(?:at\s+)?)?(?P<h>\d{1,2})[:.]\d{2}\s*(?P<ampm>[ap])?")


def day_part(text: str, s: Sentence, stamped: bool) -> str | None:
    """'night', 'morning', 'afternoon' or 'evening': the first the sentence names, else the part
    its live-blog stamp's clock time falls in when the update tells a new strike ("19:40 - New
    explosions in X"; a stamp alone is when the update was posted, not when the strike was);
    None when neither tells."""
    named = first_in_sentence(text, s.start, s.end)
    if named is not None:
        return named
    if not repeated(text, s):
        return None
    # a stamp's clock time, or (r27) one the sentence tells of its repeat ("Shortly after 2 p.m., troops
    # shelled the city again")
    if not stamped:
        told = clock_hour(text, s.start, s.end, dotted=False)
        return None if told is None else part_of_hour(told)
    stamp = _CLOCK.match(text, s.start, s.end)
    return None if stamp is None else part_of_hour(hour_on_dial(int(stamp.group("h")), stamp.group("ampm")))


def repeated(text: str, s: Sentence) -> bool:
    """'hit the town again', 'came under fire once more', 'new explosions': told as a repeat."""
    return _REPEATED.search(text, s.start, s.end) is not None


def parts_apart(told: str | None, new: str | None, again: bool) -> bool:
    """Whether a strike told at part `new` is another than one told at `told` on the same place and
    day: at another part, and told as a repeat (a later part alone is often the same strike's
    aftermath or a later report of it)."""
    return again and told is not None and new is not None and told != new


def strike_part(f: Facts) -> str | None:
    """The part of day `f` tells a strike at (none for a toll update or a sentence without strike words)."""
    return f.day_part if f.attack_vocab and not f.update else None


def another_part(told: str | None, f: Facts, told_weapons: frozenset[WeaponType] = frozenset()) -> bool:
    """Whether `f` tells a strike at another part of the day than the event told at `told`: told as a
    repeat, or (r27) with weapons of its own that the event's never named ("overnight: drones hit X"
    then "afternoon: four guided bombs hit X")."""
    new = strike_part(f)
    if parts_apart(told, new, f.again):
        return True
    own = {w.type for w in f.weapon_types}
    return bool(told_weapons) and bool(own) and told is not None and new is not None and told != new \
        and not own & told_weapons


def daytime_after_night(night: DateSpan | None, f: Facts) -> bool:
    """'On Monday afternoon, a bomb hit the X district' after a night's strike: another time (atk7)."""
    return bool(night is not None and _a_night(night) and f.date is not None and f.date.precision is DatePrecision.day
                and bool({"morning", "afternoon"} & set(named_in_date_words(f.date.text or ""))))


def _a_night(d: DateSpan) -> bool:
    return bool(d.precision is DatePrecision.range and d.start and d.end and (d.end - d.start).days == 1)


def evening_after_night(a: DateSpan, b: DateSpan) -> bool:
    """r27: one date is a day's afternoon or evening, the other the night that ended that morning
    ("on Tuesday evening" and "on Monday night", "at about 15:40" and "overnight"), in either order: two
    times, though both cover the day."""
    return any(_a_night(night) and day.precision is DatePrecision.day and day.start == night.end
               and bool({"afternoon", "evening"} & _parts_told(day.text or ""))
               for night, day in ((a, b), (b, a)))


def night_before_night(a: DateSpan, b: DateSpan) -> bool:
    """r31: one date is the small hours of a day ("in the early hours of Wednesday": the night that ended that
    morning), the other the night that began that evening ("overnight" into Thursday): two nights, though
    both cover the day."""
    return any(_a_night(night) and day.precision is DatePrecision.day and day.start == night.start
               and "night" in _parts_told(day.text or "") for night, day in ((a, b), (b, a)))


def daytime_before_night(a: DateSpan, b: DateSpan) -> bool:
    """r33: one date is a day's morning or afternoon, the other the night that began that evening ("On Monday
    afternoon" and "overnight into Tuesday"), in either order: two times, though both cover the day. (An
    evening may open the night's raid, so it is left out.)"""
    return any(_a_night(night) and day.precision is DatePrecision.day and day.start == night.start
               and bool({"morning", "afternoon"} & _parts_told(day.text or "")) for night, day in ((a, b), (b, a)))


def _parts_told(words: str) -> set[str]:
    """The parts of the day date words name, or the part their clock time falls in."""
    parts = set(named_in_date_words(words))
    if not parts and (told := clock_hour(words, dotted=False)) is not None:
        parts.add(part_of_hour(told))
    return parts


def day_after_night(date: DateSpan | None, f: Facts) -> DateSpan | None:
    """The date of a strike told again at a clock time of the day after a night's ("Shortly after 2
    p.m., troops shelled X again", r27): the day that night ended on, not the night."""
    if date is None or not _a_night(date) or not f.clock or strike_part(f) not in ("morning", "afternoon", "evening"):
        return date
    return DateSpan(start=date.end, end=date.end, text=None, precision=DatePrecision.day)
