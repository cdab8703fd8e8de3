"""Dates that belong to someone or something in the sentence, not to its strike:

- a year that is a person's age (dev19 B4): "shrapnel wounded a man born in 1974", "a woman, born
  1958,", "a 1990-born volunteer";
- (r32) a date inside a relative clause in the past perfect: "burning a shed whose tenants had
  gone abroad in the autumn", "hit the flat of a pensioner who had returned in May".

Read as the strike's date, either made the strike a past event (background, dropped) or dated it.
Vocabulary: knowledge/data/cues/place_roles.yaml (birth_year_before, birth_year_after,
relative_pluperfect)."""

from __future__ import annotations

import re

from ...dates import DateMention
from ...knowledge import cues
from ...lexicon.eventhood import RELATIVE_PAST_BEFORE

_BEFORE = re.compile(rf"\b(?:{cues.alternation('place_roles', 'birth_year_before')})$", re.I)
_AFTER = re.compile(rf"\s*(?:{cues.alternation('place_roles', 'birth_year_after')})\b", re.I)


def without_owned_dates(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The date mentions less the years that say when a person was born and the dates of a relative
    clause in the past perfect before them, in their clause."""
    return [d for d in dates if not ((d.kind == "year" or d.kind == "month_year") and _birth_year(text, d))
            and not RELATIVE_PAST_BEFORE.search(text, max(0, d.start - 80), d.start)]


def _birth_year(text: str, d: DateMention) -> bool:
    return bool(_BEFORE.search(text[max(0, d.start - 12):d.start])) or _AFTER.match(text, d.end) is not None
