"""A part of a day or a month told with a modifier the date code does not read, rewritten as the
plain phrase it reads: "in the early afternoon", "late morning", "mid-afternoon" are "in the
afternoon"; "at dusk", "towards evening" are "in the evening"; "(set for) the end of July", "the
beginning of August", "July's end" are "in July" (month precision). `complete.resolve_when` tries
the plain phrase when the words themselves resolve to no date; the record keeps the words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PARTS = r"(?:morning|afternoon|evening|night)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    modifier = vocabulary.pattern("day_part_modifiers")
    day_part = re.compile(rf"^(?:(?:in|during|by|around|towards?|until)\s+)?(?:the\s+)?(?:{modifier})\s*(?P<part>{_PARTS})$", re.I)
    light = re.compile(rf"^(?:(?:at|around|by|towards?|after|before|shortly\s+(?:after|before))\s+)?(?:the\s+)?"
                       rf"(?:(?P<evening>{vocabulary.pattern('evening_light_words')})"
                       rf"|(?P<morning>{vocabulary.pattern('morning_light_words')}))$", re.I)
    month_part = re.compile(rf"^(?:(?:for|at|by|around|towards?|before|until|in|from|during)\s+)?(?:the\s+)?"
                            rf"(?:very\s+)?(?:{vocabulary.pattern('month_part_nouns')})\s+of\s+(?:the\s+month\s+of\s+)?"
                            rf"(?P<month>{_MONTHS})(?P<year>\s+\d{{4}})?$", re.I)
    month_end = re.compile(rf"^(?:(?:for|at|by|around|towards?|before|until|in)\s+)?(?P<month>{_MONTHS})['’]s\s+"
                           rf"(?:end|start|beginning|close|middle)$", re.I)
    return day_part, light, month_part, month_end


def plain_period(words: str) -> str | None:
    """The plain phrase for a modified day or month part ("in the afternoon", "in July"), or None."""
    day_part, light, month_part, month_end = _patterns()
    low = " ".join(words.strip(" .,").split())
    if (m := day_part.match(low)) is not None:
        return f"in the {m.group('part').lower()}" if m.group("part").lower() != "night" else "overnight"
    if (m := light.match(low)) is not None:
        return "in the evening" if m.group("evening") else "in the morning"
    if (m := month_part.match(low) or month_end.match(low)) is not None:
        return f"in {m.group('month')}" + (m.groupdict().get("year") or "")
    return None
