"""Lines that open with the day they tell of: a timeline's or a digest's day heads ("Monday, 3
November", "3 November:", "Nov. 4 —", "## 3 November", "**3 November**"), a timeline's list items
("- **Tuesday, 3 March.** Sandu phoned ...", "1. **Friday:** ..."), and a gallery's or a
briefing's dated items ("KHARKIV, Ukraine – October 9, 2026: ...", "Photo 5 · DNIPRO, 2 April
2026: ...").

One reader for both paths: the rules date the sentences under a day head
(`backends/rules/day_heads.py`, `backends/rules/diplomacy_item_heads.py`) and grounding tells an
item's relative words from its stamp (`grounding/dated_items.py`). The reader gives the words of
the day; each path resolves them with its date reader and decides how far a stamp reaches.

A stamp opens its line (after markdown marks, a bullet, an item number or a caption's number, and
a dateline's place) and is closed by a mark (":", a dash) or by the end of the line, or, in bold,
by the end of the bold ("**Tuesday, 3 March.** ...": `inline`, a timeline item's head that
dates its own line; a head with a mark or alone on its line may govern the lines below it,
which is for each path to say). A weekday alone is a stamp only in bold
("**Friday:**"): a bare "Friday" opening a line is a sentence's subject as often as a head.
A form's field that names the incident's day ("Date and time: 2 May 2025, from 03:20 to 03:55",
r45) is a stamp too, closed by a comma after its day as well.
(This is what any of the three readers it replaces accepted; an inline head governing the lines
below it, as a day head does, cost dev13's attack dates on both paths, so the paths that read
sections leave inline heads out.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from ..calendar_days import WD_NAMES

# r39: a diary's or a bulletin's capitals too ("MONDAY 2 FEBRUARY"); a capital first letter either way
_MONTH_NAMES = ("January February March April May June July August September October November December "
                "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
_WEEKDAY_NAMES = [*WD_NAMES.split("|"), *"Mon Tue Tues Wed Thu Thurs Fri Sat Sun".split()]
_MONTHS = r"(?:" + "|".join(f"{n}|{n.upper()}" for n in _MONTH_NAMES) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(f"{n}|{n.upper()}" for n in _WEEKDAY_NAMES) + r")\.?"
_DAY_OF_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTHS}|{_MONTHS}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)"
# r36: a night told by its two dates ("night of 4/5 May", "the night of 4-5 May"; r37: a heading's
# capital "Night of 4 to 5 May", "the night from 4 to 5 May")
_NIGHT_OF = r"(?:(?:[Tt]he[ \t]+)?[Nn]ight[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]*(?:/|-|–|to|into)[ \t]*)?"
_YEAR = r"(?:,?[ \t]+(?:19|20)\d{2})"
# what may open the line: a markdown heading, a bullet, "3.", "Photo 5 ·", "Slide 2:"
# (r44: a worksheet's or a dossier's numbered card, item or entry, "**Card 3 - Odesa, Monday 5 May.**", its
# opening bold kept, so that the bold closing after the day makes an inline head of its paragraph)
_LEAD = (r"(?:(?P<lead_bold>\*\*|__)(?=(?i:card|item|entry)\b)|[*_#]+[ \t]*)?"
         r"(?:[•·▪►‣◦][ \t]*|[-*–—][ \t]+|(?P<num>\d{1,2}(?:\.\d{1,2})*[.)]?)[ \t]+|\d{1,2}[.)][ \t]*"
         r"|(?i:photo|picture|image|slide|caption|card|item|entry)[ \t]*\d+[ \t]*[·•|:.)\-–—]?[ \t]*)?(?:[*_]+[ \t]*)?")
# a dateline's place: "KHARKIV, Ukraine", "Sloviansk", "NEW YORK", then a comma or a dash
_PLACE = rf"(?!{_WEEKDAY}\b)[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}}(?:,[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?)?"
_MARK = r"(?::|[—–]|[ \t]-(?=[ \t]|$))"
# r45 (dev67): a form's or a register's field that names the incident's day ("Date and time: 2 May
# 2025, from 03:20 to 03:55", "Date of incident: 3 May"); never "Date of entry:" or "Date of report:"
_LABEL = (r"(?P<label>(?:[*_]{1,2})?(?:Date(?:[ \t]+and[ \t]+time)?|Time[ \t]+and[ \t]+date"
          r"|Date[ \t]+of[ \t]+(?:the[ \t]+)?(?:incident|attack|strike|event|shelling))(?:[*_]{1,2})?[ \t]*:(?:[*_]{1,2})?[ \t]*)?")
_STAMP = re.compile(
    rf"^[ \t]*{_LEAD}{_LABEL}(?P<bold>\*\*|__)?(?:\*|_)?(?:(?P<place>{_PLACE})[ \t]*(?:[,–—]|[ \t]-)[ \t]*)?"
    rf"(?P<date>(?:{_WEEKDAY},?[ \t]+)?{_NIGHT_OF}{_DAY_OF_MONTH}{_YEAR}?|(?(bold){_WEEKDAY}(?=[.:]?(?:\*\*|__))|(?!)))"
    rf"[ \t]*\.?(?::(?=\*\*|__))?(?:\*\*|__|\*|_)?"
    rf"(?:[ \t]*{_MARK}[ \t]*(?:\*\*|__|\*|_)?|[ \t]*$|(?P<inline>(?(bold)(?<=\*\*|__)|(?(lead_bold)(?<=\*\*|__)|(?!))))"
    # r36: a numbered item's place and day closed by a full stop ("4.2 Kherson, 3 May. Around 14:05 shells ...")
    rf"|(?(num)(?(place)(?<=\.)(?=[ \t]+[A-Z])|(?!))|(?!))"
    rf"|(?(label)(?=[ \t]*[,;(])|(?!)))", re.M)  # a field's day, then its hours: "2 May 2025, from 03:20 ..."


@dataclass(frozen=True)
class DayStamp:
    """A line opened by a day: where the line and its stamp lie, the day's words, whether the
    stamp is all the line holds."""

    start: int
    end: int  # the end of the stamp, its mark included
    line_end: int
    date: str
    alone: bool
    inline: bool  # a bold day glued to its item's text, no mark: it dates its own line only
    place: tuple[int, int] | None = None  # a dateline's or an item's place before the day ("4.2 Kherson, 3 May.")
    numbered: bool = False  # opened by an item's number ("4.2 ", "3. "): a report's incident, not a dateline


def day_stamp(text: str, pos: int = 0) -> DayStamp | None:
    """The stamp opening the line that starts at `pos`, or None."""
    m = _STAMP.match(text, pos)
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    return DayStamp(m.start(), m.end(), line_end, m.group("date").rstrip("."), not text[m.end():line_end].strip(),
                    m.group("inline") is not None, m.span("place") if m.group("place") else None, m.group("num") is not None)


@lru_cache(maxsize=64)
def day_stamps(text: str) -> tuple[DayStamp, ...]:
    """Every line of the text opened by a day, in order."""
    starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    return tuple(stamp for pos in starts if (stamp := day_stamp(text, pos)) is not None)
