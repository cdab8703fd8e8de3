"""A deadline told by the end of a period: "by the end of the month", "before the end of
November", "until the end of the year", "by month's end", "by year-end", "before the week is
out", "no later than the end of this week". The event is planned within that period, so its date
is the period (month, week or year precision), as "at the end of November" is read (`spoken`).

`deadline_period` rewrites such words as the period's plain phrase ("at the end of November",
"at the end of this month", "in 2026"); anything else (the end of the war, of the talks) is
None: no period, no date.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import MON

_BY = r"(?:by|before|until|till|til|through|no\s+later\s+than|not\s+later\s+than|ahead\s+of|in\s+time\s+for)"
_PART = r"(?:end|close|middle|start|beginning|turn)"
_WHICH = r"(?:this|the|the\s+current|next)"
# "by the end of the month", "before the end of November", "until the close of this year"
_END_OF = re.compile(rf"^{_BY}\s+(?:the\s+)?{_PART}\s+of\s+(?:(?P<which>{_WHICH})\s+(?P<unit>month|week|year)"
                     rf"|(?P<month>{MON}))$", re.I)
# "by month's end", "by year-end", "before year end", "by the year's end"
_UNIT_END = re.compile(rf"^{_BY}\s+(?:the\s+)?(?:(?P<which>this|next)\s+)?(?P<unit>month|week|year)(?:['’]s\s+|[- ]|\s+)end$", re.I)
# "before the week is out", "before the month is over"
_IS_OUT = re.compile(rf"^{_BY}\s+(?:the|this)\s+(?P<unit>month|week|year)\s+is\s+(?:out|over|done|through)$", re.I)


def deadline_period(words: str, published: dt.date) -> str | None:
    """The period a deadline names, as plain date words, or None when the words are no deadline."""
    low = " ".join(words.lower().strip(" .,").replace("’", "'").split())
    m = _END_OF.match(low) or _UNIT_END.match(low) or _IS_OUT.match(low)
    if m is None:
        return None
    if m.groupdict().get("month"):
        return f"at the end of {m.group('month')}"
    which = (m.groupdict().get("which") or "this").replace("the current", "this")
    which = "this" if which == "the" else which
    unit = m.group("unit")
    if unit == "year":  # the date code reads a year by its number
        return f"in {published.year + (which == 'next')}"
    if which == "next":
        return f"next {unit}"
    return f"at the end of this {unit}"
