"""A draft record's date: the model's date words, grounded against the article (or the article's
own date a calendar date falls on), else the date the record's evidence sentence gives, or a live
blog's time stamp (for a diplomatic event only when the model's words are a present perfect, "has just
spoken": the update's own time). Part of `drafts_to_records`."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from .. import grounding
from ..grounding.evidence_date import evidence_date
from ..grounding.live_blog import entry_day, update_date
from ..grounding.when_forms import strike_after_strike
from ..grounding.words_at import words_at
from ..knowledge import find_places
from ..records import Attack, DatePrecision, DateSpan, Origin, Span, Support
from ..grounding.paragraph import own_sentences

if TYPE_CHECKING:
    from .drafts_to_records import _Grounder

# r17 (dev32-B7): a `when` that is a present perfect ("has just spoken", "have met") or "just now": the
# time of the live-blog update that tells it, no date words of its own
_NOW_DONE = re.compile(r"(?:(?:he|she|they|it|we|i)\s+)?(?:has|have)\s+(?:just\s+|now\s+|recently\s+)?[a-z]+(?:\s+[\w-]+){0,4}"
                       r"|just\s+now", re.I)


def ground_date(g: "_Grounder", when: str | None, spans: list[Span], fields: dict[str, Any],
                src: dict[str, Origin], sup: dict[str, Support], path: str, **kind: bool) -> None:
    """The record's date into `fields` (with its origin and support), when one holds."""
    date = g.when(when, spans[0].start, f"{path}.when", grounding.evidence_windows(spans, g.text),
                  own=own_sentences(spans, g.text), **kind)
    support = Support.stated
    # an attack the model left undated, or dated with words grounding refused: its evidence
    # sentence may date it (as the rules read it; a refused date is never kept); not a diplomatic
    # event, whose sentence often dates another one ("after the exchange on Tuesday")
    if date is None and not kind.get("diplomacy"):
        date, support = evidence_date(g.text, spans[0].start, g.published), Support.inferred if when else Support.stated
        if date is None and not when and (date := update_date(g.text, spans[0].start, g.published)) is not None:
            support = Support.implied  # a live blog's update with no date words: its time stamp dates it
    if (date is None or date.start is None) and kind.get("diplomacy") and when and g.published is not None \
            and _NOW_DONE.fullmatch(" ".join(when.split())) and (day := entry_day(g.text, spans[0].start, g.published)):
        # "14:55 - The president says he has just spoken with ...": the update's day
        date, support = DateSpan(start=day, end=day, text=when, precision=DatePrecision.day), Support.implied
    if date is not None:
        fields["date"], src["date"], sup["date"] = date, Origin.llm, support





def day_before_named_strike(attacks: list[Attack], text: str, published: dt.date | None) -> list[Attack]:
    """r45 (dev67 L5): a record left undated by bare "a day after" whose sentence's main clause tells a
    strike on a place another record dates to one day ("the raid on Rivne followed a day after the
    shelling of Nikopol"): the day before that record's (the one told last before the sentence, where several
    are); every other record as it is."""
    return [_dated_by_later(a, attacks, text, published) for a in attacks]


def _dated_by_later(a: Attack, attacks: list[Attack], text: str, published: dt.date | None) -> Attack:
    if published is None or a.date is None or a.date.start is not None or not a.date.text or not a.evidence:
        return a
    at = words_at(a.date.text, text, (a.evidence[0].start, a.evidence[-1].end))
    main = strike_after_strike(a.date.text, text, at, published) if at is not None else None
    if main is None:
        return a
    names = {p.place.name for p in find_places(text[main[0]:main[1]])}
    told = [b for b in attacks if b is not a and b.date is not None and b.date.start is not None and b.evidence
            and b.date.start == b.date.end and names & {loc.name for loc in b.locations}]
    if not told:
        return a
    # "the raid on X": the one told last before the sentence (else first after it), not an older one told later
    before = [b for b in told if b.evidence[0].start < main[0]]
    later = max(before, key=lambda b: b.evidence[0].start) if before else min(told, key=lambda b: b.evidence[0].start)
    assert later.date is not None and later.date.start is not None
    day = later.date.start - dt.timedelta(days=1)
    date = DateSpan(start=day, end=day, text=a.date.text, precision=DatePrecision.day)
    return a.model_copy(update={"date": date, "support": {**a.support, "date": Support.inferred}})
