"""One more person told by an ordinal after a count: "the shell killed three firefighters and
wounded a fourth" (injured 1), "a drone killed one volunteer and left a second in intensive
care" (injured 1), "four people were wounded; a fifth was killed" (killed 1).

The ordinal ("a fourth", `vocabulary.yaml` `ordinal_words`) counts one person only when a person
count of one less stands before it in its sentence, and a casualty cue of the field governs it:
the verb just before it ("wounded a fourth"), the verb just after ("a fifth was killed"), or, for
the injured, what the person was left in ("a second in intensive care"). "A third of the
district", "a third missile" and "for the third time" count no one. Each reading is `implied`
(`derived.derived_hits` calls it when no cue reading holds).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import cues
from ..records import Qualifier
from . import vocabulary
from .context import Window, _Context
from .role_cues import _BACK, _FWD

_PEOPLE = ("person", "child", None)


@lru_cache(maxsize=1)
def _ordinal() -> re.Pattern[str]:
    # "a fourth", "a fifth person", never "a third of", "a third time"; "a third missile hit the
    # depot" has no casualty cue beside it (`_governed`)
    return re.compile(rf"\b(?:a|an)\s+(?P<ord>{vocabulary.pattern('ordinal_words')})\b"
                      rf"(?!\s+(?:of|time|day|night|week|attack|strike|wave)\b)"
                      rf"(?:\s+(?:{cues.words_alternation('casualties', 'single_person_nouns')})\b)?", re.I)


def _value(word: str) -> int:
    return vocabulary.words("ordinal_words").index(word.lower()) + 2


def _governed(role: str, ctx: _Context, m: re.Match[str]) -> bool:
    """A casualty cue of the role just before the ordinal, just after it, or (injured) a state."""
    before = " ".join(ctx.grounded[max(0, m.start() - 40):m.start()].split()[-2:])
    after = " ".join(ctx.grounded[m.end():m.end() + 50].split()[:4])
    if re.search(rf"\b(?:{_FWD[role]})\s*$", before, re.I):
        return True
    if re.match(rf"(?:was|had\s+been|has\s+been|later|also|\s)*\s*(?:{_BACK[role]})\b", after, re.I):
        return True
    return role == "injured" and re.match(rf"(?:{vocabulary.pattern('ordinal_injury_phrases')})\b", after, re.I) is not None


def ordinal_hits(role: str, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of each ordinal in the windows that counts one person for `role`."""
    out = []
    for a, b in windows:
        for m in _ordinal().finditer(ctx.grounded, a, b):
            count = _value(m.group("ord")) - 1
            sentence = next((s for s in ctx.sentences if s.start <= m.start() < s.end), None)
            if sentence is None or not _governed(role, ctx, m):
                continue
            if any(x.m.value == count and x.noun in _PEOPLE and x.role in ("killed", "injured")
                   and sentence.start <= x.m.start < m.start() for x in ctx.mentions):
                out.append((m.start(), m.end(), Qualifier.exact))
    return out
