"""A diplomacy draft grounded: its evidence must describe a diplomatic event; participants are
states the article names (or the host of a venue, CODEBOOK rule 15); place, date (a planned,
proposed or called-off event's own day), outcome and description keep what the article supports.
Part of `drafts_to_records`."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from ..dates import YEAR_TOLD
from ..grounding.align import align
from ..grounding.events import describes_event
from ..grounding.exit_dates import past_exit, told_past
from ..grounding.hosts import implied_participant
from ..grounding.names import ground_actor
from ..records import DateSpan, Diplomacy, DiplomacyKind, DiplomacyStatus, Origin, Span, Support
from .draft_dates import ground_date

if TYPE_CHECKING:
    from .drafts_to_records import _Grounder
    from .llm import DiplomacyDraft


def _participant(g: "_Grounder", raw: str, spans: list[Span], path: str, kind: DiplomacyKind) -> tuple[str, Support] | None:
    """A participant the article names, or else the state a venue of the record lies in: the
    host of an event between others takes part in it (CODEBOOK rule 15); or the other warring
    side of a swap of captives (r46)."""
    if raw and ground_actor(raw, g.text, g.published) is None and (host := implied_participant(raw, g.text, spans, kind)):
        return host, Support.inferred
    return g.actor(raw, path)


def ground_diplomacy(g: "_Grounder", d: "DiplomacyDraft", path: str) -> Diplomacy | None:
    """The diplomatic event a draft tells, grounded, or None with the reasons in `g.rejected`."""
    names = [*d.participants, d.place or ""]
    spans = g.spans(d.evidence, path)
    if spans:  # r16 (dev29 R1): a quote elided across paragraphs beside one that aligns: its pieces too
        spans += [sp for sp in g.pieces(_unaligned(g, d.evidence), path) if sp not in spans]
    spans = spans or g.pieces(d.evidence, path) or g.reground(names, [], path)
    if not spans:
        g.reject(path, d.description or d.kind.value, "no evidence quote aligns to the article, "
                 "and no sentence names its participants")
        return None
    if not describes_event(spans, g.text):
        g.reject(path, d.description or d.kind.value, "the evidence describes no diplomatic event "
                 "(no word for talks, a call, a visit, an agreement, aid, sanctions ...)")
        return None
    src = {"kind": Origin.llm, "status": Origin.llm}
    sup: dict[str, Support] = {}
    fields: dict[str, Any] = {"kind": d.kind, "status": d.status, "evidence": spans}
    people: list[str] = []
    for j, raw in enumerate(d.participants):
        if (found := _participant(g, raw, spans, f"{path}.participants[{j}]", d.kind)) and found[0] not in people:
            sup[f"participants[{len(people)}]"] = found[1]
            people.append(found[0])
    if people:
        fields["participants"], src["participants"] = people, Origin.llm
    if where := g.place(d.place, f"{path}.place"):
        fields["location"], src["location"], sup["location"] = where[0], Origin.llm, where[1]
    # a called-off event's day is looked ahead; an agreement a party left is dated by the exit (`exit_dates`);
    # a proposal's day by its clause's tense: "tabled the plan on 4 February" is that day gone by, "a truce
    # from 1 May" a coming one (r22, classes_dev41 L1: `exit_dates.told_past`)
    forward = d.status is DiplomacyStatus.proposed and not told_past(d.when, spans, g.text) \
        or d.status is DiplomacyStatus.cancelled and not past_exit(d.when, spans, g.text)
    ground_date(g, d.when, spans, fields, src, sup, path, planned=d.status is DiplomacyStatus.planned,
                diplomacy=True, forward=forward)
    if d.status is DiplomacyStatus.stalled and g.published and fields.get("date"):
        # the article's own date words decide (r49: a model's "2023-06-20" for the article's "20 June" names a
        # year the article does not)
        fields["date"] = _stalled_ahead(fields["date"], fields["date"].text or d.when or "", g.published)
    if (outcome := g.free(d.outcome, f"{path}.outcome")):
        fields["outcome"], src["outcome"] = outcome, Origin.llm
    if (description := g.free(d.description, f"{path}.description")):
        fields["description"], src["description"] = description, Origin.llm
    return g.valid(path, lambda: Diplomacy(**fields, sources=src, support=sup))


def _unaligned(g: "_Grounder", quotes: list[str]) -> list[str]:
    """The quotes that align nowhere as a whole (`_Grounder.spans` has listed them as refused)."""
    return [q for q in quotes if align(q, g.text, near=g.offset) is None]


# r15 (dev28 A1): a stalled event's day told without a year, that falls within this many days
# after publication once moved a year on, is the day it was due ("the round due on Dec. 4 is off",
# published 29 Nov): not the last year's. A day long past stays ("talks of 2 Feb. have stalled since").
_STALLED_SOON_DAYS = 60


def _stalled_ahead(date: DateSpan, words: str, published: dt.date) -> DateSpan:
    """A stalled event's planned day just after publication, where the words name no year."""
    if date.start is None or date.end is None or re.search(YEAR_TOLD, words, re.I):
        return date
    try:
        start, end = date.start.replace(year=date.start.year + 1), date.end.replace(year=date.end.year + 1)
    except ValueError:  # 29 February
        return date
    if not published < start <= published + dt.timedelta(days=_STALLED_SOON_DAYS):
        return date
    return date.model_copy(update={"start": start, "end": end})
