"""The day of a proposal told in the sentence after it (dev29 class D10): "Vienna was offered by
Austria for talks between the two ministers. Its chancellor said on Friday that the offer had gone
to both capitals." The undated proposed event just told takes the day
the proposal is said to have been made or passed on."""

from __future__ import annotations

import datetime as dt
import re

from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence
from .diplomacy_dates import diplomacy_date

_PROPOSAL = re.compile(r"\b(?:the|this|that|its|their|Bern['’]s|[A-Z]\w+['’]s)\s+(?:[\w-]+\s+)?(?:proposal|offer|suggestion|invitation|initiative)\b")


def proposal_day_told_later(text: str, s: Sentence, idx: int, published: dt.date | None,
                            found: list[tuple[int, Diplomacy]]) -> None:
    """Give the sentence's day to the proposed event told in the sentence just before, when the
    sentence names the proposal again and the event has no day of its own."""
    if not found or not _PROPOSAL.search(text, s.start, s.end):
        return
    k = max(range(len(found)), key=lambda i: found[i][0])
    j, rec = found[k]
    if idx - j != 1 or rec.status is not DiplomacyStatus.proposed or rec.date is not None:
        return
    date = diplomacy_date(text, s.start, s.end, published, DiplomacyStatus.held, DiplomacyKind.proposal)  # (the saying's day)
    if date is not None and date.start is not None and (published is None or date.start <= published):
        found[k] = (j, rec.model_copy(update={"date": date}))
