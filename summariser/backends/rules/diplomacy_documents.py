"""Two documents signed at one meeting are two agreements (r35, dev57 R7): "a protocol on
river shipping was signed. The two sides further put their names to a treaty on joint arms
production". The second is told with a marker of another document ("also signed", "a further
memorandum"), or both sentences give titles that share no subject word. Read by `diplomacy_merge`."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind

_ANOTHER = cues.regex("diplomacy_sequence", "another_document_markers")
# the title after the document's noun, up to the clause's end ("on Cooperation in the Field of X")
_TITLE = re.compile(rf"\b(?:{cues.alternation('diplomacy_sequence', 'document_nouns')})\s+(?:on|of|for|in|between)\s+"
                    r"(?P<title>[^,.;:()]{3,200})", re.I)
_COMMON = frozenset(w.replace("\\", "") for w in cues.phrases("diplomacy_sequence", "title_common_words"))


def other_document(old: Diplomacy, rec: Diplomacy) -> bool:
    """Is `rec` a second agreement signed beside `old`, not `old` told again?"""
    if old.kind is not DiplomacyKind.agreement or rec.kind is not DiplomacyKind.agreement:
        return False
    if any(_ANOTHER.search(e.text) for e in rec.evidence):
        return True
    a, b = _subject_words(old), _subject_words(rec)
    return bool(a) and bool(b) and not a & b


def _subject_words(rec: Diplomacy) -> set[str]:
    """The subject words of the titles its evidence gives to the documents it names."""
    words: set[str] = set()
    for e in rec.evidence:
        for m in _TITLE.finditer(e.text):
            words |= {w for w in re.findall(r"[a-z][\w-]+", m.group("title").lower()) if w not in _COMMON}
    return words
