"""A wave told by its exception: "all but two were downed", "every drone save three", "all
except nine". The exception is no count of its own (`not_counts`); `derived` reads the rest of
the wave (whole minus exception) as the count the verb after the exception gives."""

from __future__ import annotations

import re

from ..numbers import NUMBER
from . import vocabulary

# "all but", "all except (for)", "every one save", "each but", and with the counted noun between:
# "every drone save", "all the missiles except"
_QUANTIFIER = r"(?:all|every|each)(?:\s+one|\s+(?:of\s+)?(?:the\s+)?[\w-]+)?"
EXCEPT_WORDS = r"(?:but|except(?:\s+for)?|save)"  # also read by whole_wave
EXCEPTION_BEFORE = re.compile(rf"\b{_QUANTIFIER}\s+{EXCEPT_WORDS}\s+$", re.I)
ALL_BUT = re.compile(rf"\b(?P<all>{_QUANTIFIER})\s+{EXCEPT_WORDS}\s+(?P<k>{NUMBER})\b", re.I)
# the exception's own noun ("all but 12 of the drones"), then any further exceptions coordinated
# with it under one verb ("... and four of the missiles were downed", "... and both of the cruise
# missiles were intercepted"): the verb after them still governs the first
_OWN_NOUN = re.compile(r"\s+of\s+(?:the|them|these|those)(?P<noun>(?:\s+(?!(?:and|were|was|had|have)\b)[\w-]+){0,3})", re.I)
_COORDINATED = re.compile(rf"(?:\s*,?\s*(?:and|,)\s+(?:{NUMBER}|both|all|none|neither)\s+of\s+(?:the|them|these|those)"
                          r"(?:\s+[\w-]+){0,3}?(?=\s+(?:were|was|had|have|been|could)\b))+", re.I)


def after_exception(text: str, end: int) -> tuple[int, str | None]:
    """Where the verb of an exception ending at `end` is looked for, past its own noun and the
    parts coordinated with it; and that own noun ("drones"), or None when it names none."""
    noun = None
    own = _OWN_NOUN.match(text, end)
    if own is not None:
        noun, end = own.group("noun").strip() or None, own.end()
    more = _COORDINATED.match(text, end)
    return (more.end() if more else end), noun


def same_weapon(a: str | None, b: str | None) -> bool:
    """Two weapon nouns name one kind ("drones" and "drone", "Shaheds" and "drones"), or one is unsaid."""
    if not a or not b:
        return True
    kind = {w: k for k in ("drone", "missile") for w in vocabulary.words(f"{k}_kind_words")}
    ka = next((kind[w] for w in a.lower().split() if w in kind), None)
    kb = next((kind[w] for w in b.lower().split() if w in kind), None)
    return ka is None or kb is None or ka == kb


# the act told before the exception, in the active voice: "crews downed all but two", "shot down
# or jammed every drone save three"; at most this many words before the quantifier, no number
# between ("intercepted 20 drones and all but two missiles hit" is no exception of the downing)
_ACTIVE_REACH = 6


def active_cue_before(text: str, start: int, at: int, cue: re.Pattern[str]) -> bool:
    """Does the cue's verb govern the exception at `at` from before it ("destroyed all but
    three of them"), within its sentence (from `start`)?"""
    words = list(re.finditer(r"[\w'’-]+", text[start:at]))[-_ACTIVE_REACH:]
    if not words:
        return False
    near = text[start + words[0].start():at]
    found = list(cue.finditer(near))
    return bool(found) and not re.search(rf"\b{NUMBER}\b", near[found[-1].end():], re.I)
