"""A draft record's date: the model's date words, grounded against the article (or the article's
own date a calendar date falls on), else the date the record's evidence sentence gives, or a live
blog's time stamp. Part of `drafts_to_records`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import grounding
from ..grounding.evidence_date import evidence_date
from ..grounding.live_blog import update_date
from ..records import Origin, Span, Support

if TYPE_CHECKING:
    from .drafts_to_records import _Grounder


def ground_date(g: "_Grounder", when: str | None, spans: list[Span], fields: dict[str, Any],
                src: dict[str, Origin], sup: dict[str, Support], path: str, **kind: bool) -> None:
    """The record's date into `fields` (with its origin and support), when one holds."""
    date = g.when(when, spans[0].start, f"{path}.when", grounding.evidence_windows(spans, g.text), **kind)
    support = Support.stated
    # an attack the model left undated, or dated with words grounding refused: its evidence
    # sentence may date it (as the rules read it; a refused date is never kept); not a diplomatic
    # event, whose sentence often dates another one ("after the exchange on Tuesday")
    if date is None and not kind.get("diplomacy"):
        date, support = evidence_date(g.text, spans[0].start, g.published), Support.inferred if when else Support.stated
        if date is None and not when and (date := update_date(g.text, spans[0].start, g.published)) is not None:
            support = Support.implied  # a live blog's update with no date words: its time stamp dates it
    if date is not None:
        fields["date"], src["date"], sup["date"] = date, Origin.llm, support
