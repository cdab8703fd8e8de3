"""Parts of a day: a place hit at night and again in the evening of the same day is two strikes,
though both dates cover that day ("the night to the 4th" and "the evening of the 4th"). A
sentence's part of day comes from its own words, else from a live-blog stamp's clock time."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...knowledge.day_parts import first_in_sentence, named_in_date_words, part_of_hour
from ...records import DatePrecision, DateSpan
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
    clock = _CLOCK.match(text, s.start, s.end) if stamped and repeated(text, s) else None
    if clock is None:
        return None
    hour = int(clock.group("h"))
    if clock.group("ampm"):
        hour = hour % 12 + (12 if clock.group("ampm") in ("p", "P") else 0)
    return part_of_hour(hour)


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


def another_part(told: str | None, f: Facts) -> bool:
    """Whether `f` tells a strike at another part of the day than the event told at `told`."""
    return parts_apart(told, strike_part(f), f.again)


def daytime_after_night(night: DateSpan | None, f: Facts) -> bool:
    """'On Monday afternoon, a bomb hit the X district' after a night's strike: another time (atk7)."""
    return bool(night is not None and night.precision is DatePrecision.range and night.start and night.end
                and (night.end - night.start).days == 1 and f.date is not None and f.date.precision is DatePrecision.day
                and bool({"morning", "afternoon"} & set(named_in_date_words(f.date.text or ""))))
