"""The day of a proposal told in the sentence after it (dev29 class D10): "Vienna was offered by
Austria for talks between the two ministers. Its chancellor said on Friday that the offer had gone
to both capitals." The undated proposed event just told takes the day
the proposal is said to have been made or passed on. An "initiative" or "offer" that someone leads,
chairs, runs or joins (r17, dev31 D5: "Ms X, who co-chairs the initiative with Y, said on Monday…") is
a standing group or programme, not the proposal named again: it dates nothing."""

from __future__ import annotations

import datetime as dt
import re

from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence
from .diplomacy_dates import diplomacy_date

_PROPOSAL = re.compile(r"\b(?:the|this|that|its|their|Bern['’]s|[A-Z]\w+['’]s)\s+(?:[\w-]+\s+)?(?:proposal|offer|suggestion|invitation|initiative)\b")

# The noun as the object of a verb of running or belonging: a standing body, not an offer passed on.
_RUN_BY = re.compile(r"\b(?:(?:co-?)?(?:lead|chair|head|run|direct|coordinate|spearhead)(?:s|ed|ing)?|led|ran|join(?:s|ed|ing)?"
                     r"|belong(?:s|ed|ing)?\s+to|member\s+of|part\s+of)\s+$", re.I)


def _named_again(text: str, s: Sentence) -> bool:
    """The sentence names a proposal again, not a body or programme someone runs or joins."""
    return any(not _RUN_BY.search(text, max(s.start, m.start() - 40), m.start())
               for m in _PROPOSAL.finditer(text, s.start, s.end))


def proposal_day_told_later(text: str, s: Sentence, idx: int, published: dt.date | None,
                            found: list[tuple[int, Diplomacy]]) -> None:
    """Give the sentence's day to the proposed event told in the sentence just before, when the
    sentence names the proposal again and the event has no day of its own."""
    if not found or not _named_again(text, s):
        return
    k = max(range(len(found)), key=lambda i: found[i][0])
    j, rec = found[k]
    if idx - j != 1 or rec.status is not DiplomacyStatus.proposed or rec.date is not None:
        return
    date = diplomacy_date(text, s.start, s.end, published, DiplomacyStatus.held, DiplomacyKind.proposal)  # (the saying's day)
    if date is not None and date.start is not None and (published is None or date.start <= published):
        found[k] = (j, rec.model_copy(update={"date": date}))
