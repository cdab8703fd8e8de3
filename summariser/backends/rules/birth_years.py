"""A year that is a person's age is no date of a strike (dev19 B4): "shrapnel wounded a man born in
1974", "a woman, born 1958,", "a 1990-born volunteer". Read as a date, the year made the strike a
past event of that year (background, dropped) or dated its record in it.
Vocabulary: knowledge/data/cues/place_roles.yaml (birth_year_before, birth_year_after)."""

from __future__ import annotations

import re

from ...dates import DateMention
from ...knowledge import cues

_BEFORE = re.compile(rf"\b(?:{cues.alternation('place_roles', 'birth_year_before')})$", re.I)
_AFTER = re.compile(rf"\s*(?:{cues.alternation('place_roles', 'birth_year_after')})\b", re.I)


def without_birth_years(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The date mentions less the years that say when a person was born."""
    return [d for d in dates if not (d.kind == "year" or d.kind == "month_year") or not _birth_year(text, d)]


def _birth_year(text: str, d: DateMention) -> bool:
    return bool(_BEFORE.search(text[max(0, d.start - 12):d.start])) or _AFTER.match(text, d.end) is not None
