"""An aside that singles people out of a toll ("injuring six, a boy of 15 among them", "wounding
nine, two teenagers among them", "a pensioner, 80, among them") is about the people just counted
(dev33-A6), as is one told after it ("wounding 9, among them a boy of 12", r33). Its "among them" is no place named as one of a barrage's many targets ("Lutsk among
them"): the sentence keeps its weapons and its place together."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues

_NOUN = rf"(?:{lx.PERSON_NOUN_ALT}|{cues.alternation('casualties', 'single_person_nouns')})"
# the people before "among them": an optional count or article, an optional word (young, elderly,
# 16-year-old), the person noun, an optional age ("of 15", "aged 9", ", 80,")
_PEOPLE_BEFORE = re.compile(
    rf"(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\s+)?(?:[\w-]+\s+)?\b{_NOUN}"
    rf"(?:\s+(?:of|aged)\s+\d{{1,2}}|\s*,\s*\d{{1,2}}\s*,?)?\s*,?\s*$"
    r"|\b\d{1,2}-year-olds?\s*,?\s*$", re.I)


# r33: ... or the people right after it ("wounding 9, among them a boy of 12", "among them two
# teenagers", "among them a 15-year-old")
_PEOPLE_AFTER = re.compile(
    rf"\s*,?\s*(?:(?:were|was)\s+)?(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\s+)?"
    rf"(?:[\w-]+\s+)?\b{_NOUN}\b|\s*,?\s*(?:an?\s+)?\d{{1,2}}-year-olds?\b", re.I)


def people_aside(text: str, at: int, end: int | None = None) -> bool:
    """Whether the "among them" at `at` (ending at `end`) singles out the people before or after it."""
    return _PEOPLE_BEFORE.search(text, max(0, at - 50), at) is not None \
        or (end is not None and _PEOPLE_AFTER.match(text, end) is not None)
