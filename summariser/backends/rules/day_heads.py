"""Day headings of a timeline or a digest (atk8): "Monday, 3 November", "3 November:", "Nov. 4 —",
"November 4, 2025" opening a line (markdown "## 3 November" or "**3 November**" alike). The events
under such a heading happened on its day. The heading is read by `articles.day_stamps` (the reader
grounding's dated items use too) and its day with the shared date reader (`find_date`), so the
year and the forms are the ones the rest of the package reads. A weekday alone ("Tuesday") stays
with `sections._WEEKDAY_HEAD`."""

from __future__ import annotations

import datetime as dt

from ...articles.day_stamps import day_stamp
from ...dates import DateMention, find_date
from ...records import DatePrecision, DateSpan
from ...sentences import Sentence


def day_head(sentence: str, published: dt.date | None) -> tuple[dt.date, bool, DateSpan | None] | None:
    """The day a paragraph's opening sentence heads, whether the heading stands alone (the
    sentence holds nothing else) rather than opening the paragraph's first sentence ("Nov. 4 —
    Drones hit ..."), and the night when the head names one ("Kherson, night of 4/5 May": its
    morning is the day). None when the sentence opens with no day stamp, or with a timeline item's
inline head, which governs no section."""
    words = sentence.lstrip()
    stamp = day_stamp(words)
    if stamp is None or stamp.inline:
        return None  # an inline head ("- **3 March.** Talks ...") dates its own item only (diplomacy_item_heads)
    span = find_date(stamp.date, published=published)
    if span is not None and span.precision is DatePrecision.range and span.start and span.end \
            and (span.end - span.start).days == 1:
        return span.end, not words[stamp.end:].strip(), span  # "Kherson, night of 4/5 May"
    if span is None or span.start is None or span.precision is not DatePrecision.day:
        return None
    return span.start, not words[stamp.end:].strip(), None


def inline_head_day(sentence: str, published: dt.date | None) -> dt.date | None:
    """The day of an inline item head opening a paragraph ("**Card 3 - Odesa, Monday 5 May.** Before
    dawn ... during the night"): the day its own paragraph's relative words are told from (r44,
    dev66), as grounding's `dated_items.item_day` reads it; it governs no paragraph below."""
    stamp = day_stamp(sentence.lstrip())
    if stamp is None or not stamp.inline:
        return None
    span = find_date(stamp.date, published=published)
    if span is None or span.start is None or span.precision is not DatePrecision.day:
        return None
    return span.start if published is None or span.start <= published else None


def night_under_head(dates: list[DateMention], text: str, s: Sentence) -> DateSpan | None:
    """A timeline item opened by its day, whose own words name the night that ends on it ("- 14
    April: On the night of 14 April, drones hit X", "**3 May** — Overnight into 3 May ..."): the
    night (CODEBOOK rule 11: the night of D is D-1..D); the head is the item's label, read first
    only because it stands first (r15, dev28 G2). None when the sentence opens no item or its words
    name no night holding the head's day."""
    stamp = day_stamp(text, text.rfind("\n", 0, s.start) + 1)
    if stamp is None or not s.start < stamp.end < s.end:
        return None  # the sentence opens no item, or is the head alone
    head = next((d for d in dates if d.start < stamp.end and d.span.start is not None
                 and d.span.precision is DatePrecision.day), None)
    day = head.span.start if head is not None else None
    return next((d.span for d in dates if day is not None and d.start >= stamp.end and d.role == "event"
                 and d.span.precision is DatePrecision.range and d.span.start is not None
                 and d.span.end is not None and (d.span.end - d.span.start).days == 1
                 and d.span.start <= day <= d.span.end), None)
