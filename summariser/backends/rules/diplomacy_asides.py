"""The asides right after a diplomatic event's noun, which tell no status of the event: a relative clause
in commas ("The package, which names forty vessels, is due to be adopted", r30), and after a short tail of
the noun a bracket and a relative clause with a subject of its own (r46). Read by `diplomacy_modality`."""

from __future__ import annotations

import re

_REL_ASIDE = re.compile(r",\s+(?:which|that|who)\s[^,;:()]{1,150},")
# r46 (dev68): a bracket after the noun, and a relative aside with a subject of its own after them ("The bloc's
# meeting of ministers (the second this year), which Rome was to host, has been put off"); "which were called off"
# (the event's own predicate) keeps its status
_BRACKET_ASIDE = re.compile(r"\s*\([^()]{1,120}\)")
_NOUN_TAIL = re.compile(r"\s+(?:at|of|on|in)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?(?=\s*[(,])")
_OWN_SUBJECT = re.compile(r",\s+(?:which|that|who)\s+(?!(?:was|were|is|are|has|have|had|will|would|could|should|may|might"
                          r"|must|can|did|does|do|now|then|also|later|not)\b)(?![a-z]+ed\b)", re.I)


def asides_after(text: str, pos: int, hi: int) -> list[tuple[int, int]]:
    """The asides right after the event's noun: a relative clause in commas (r30), or, after a short tail
    of the noun, a bracket and a relative clause with a subject of its own. They are no status of the
    event, and their length no reach."""
    rel = _REL_ASIDE.match(text, pos, hi)
    if rel is not None:
        return [rel.span()]
    tail = _NOUN_TAIL.match(text, pos, hi)
    at = tail.end() if tail else pos
    out = [bracket.span()] if (bracket := _BRACKET_ASIDE.match(text, at, hi)) is not None else []
    at = out[-1][1] if out else at
    rel = _REL_ASIDE.match(text, at, hi)
    if rel is not None and _OWN_SUBJECT.match(text, rel.start(), hi):
        out.append(rel.span())
    return out
