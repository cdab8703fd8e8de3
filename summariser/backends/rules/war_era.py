"""Records of this war only. An article may retell history in the war's words (an exhibition on a
raid of 1944, a conference of 1943, a treaty of 1994): a strike or a meeting dated before the war
began (`anchoring.yaml` war_began) is background, never a record; so is an undated meeting whose
evidence tells its time only in years before then ("met at a conference in Yalta in early 1945")."""

from __future__ import annotations

import datetime as dt
import re

from ...calendar_days import MON
from ...knowledge import cues
from ...records import Attack, DateSpan, Diplomacy

_BEGAN = dt.date.fromisoformat(cues.phrases("anchoring", "war_began")[0])
# a year told as the event's time ("in late 1943", "in the spring of 1945", "of June 1944"), never a
# topic's ("a memorandum on the victims of the 1943-45 massacres")
_YEAR = re.compile(rf"\b(?:in|of|during)\s+(?:(?:late|early|mid-?|the\s+\w+\s+of)\s*)?(?:{MON}\s+)?"
                   r"(1[89]\d\d|20\d\d)\b(?![-\u2013]\d)", re.I)


def of_this_war(text: str, attacks: list[Attack], diplomacy: list[Diplomacy]) -> tuple[list[Attack], list[Diplomacy]]:
    """The records dated (or, for an undated meeting, told) within the war."""
    return ([a for a in attacks if not _before(a.date)],
            [d for d in diplomacy if not _before(d.date) and not (d.date is None and _years_before(text, d))])


def _before(date: DateSpan | None) -> bool:
    end = (date.end or date.start) if date is not None else None
    return end is not None and end < _BEGAN


def _years_before(text: str, record: Diplomacy) -> bool:
    """The record's evidence names the years of its time, every one of them before the war."""
    years = [int(y) for e in record.evidence for y in _YEAR.findall(text[e.start:e.end] if e.end else e.text)]
    return bool(years) and max(years) < _BEGAN.year
