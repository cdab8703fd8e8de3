"""A sanctions package put forward in a relative or participial clause (dev13 class C8): "Slovakia
vowed to veto the 25th package, which Brussels tabled on Tuesday", "the 19th package, presented by
the Commission on Wednesday". The record is the proposal that clause tells — its status and day are
read from the clause, never from the main clause's threat (a threat is no event, codebook 13); the
threatening state is no side (`diplomacy_nonparties`). Verbs in `cues/diplomacy.yaml`."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import DiplomacyKind, DiplomacyStatus

# the package noun, then the clause that puts it forward up to its verb
_PACKAGE_NOUN = re.compile(r"\b(?:package|round|tranche|penalties|measures)\b,?", re.I)
# what may stand between the package and its clause: "…package against Russia, which…", "…package of sanctions that…"
_PACKAGE_TAIL = re.compile(r"(?:\s+(?:of|against|on|targeting|for)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s*,|\s+(?:which|that)\b))?")
_PROPOSAL_VERBS = cues.alternation("diplomacy", "relative_proposal_verbs")
_ADOPTION_VERBS = cues.alternation("diplomacy", "relative_adoption_verbs")
_RELATIVE_PROPOSAL = re.compile(
    rf"\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:(?P<proposed>{_PROPOSAL_VERBS})|(?P<adopted>{_ADOPTION_VERBS}))\b",
    re.I)


def relative_proposal(kind: DiplomacyKind, cue: re.Match[str]) -> re.Match[str] | None:
    """The clause after a sanctions cue's package (in the cue or right after it: "new sanctions
    package that…") that tells its proposal or adoption, as the cue to read; not when the main
    clause adopts the package itself ("approved the 19th package, which the Commission tabled in June")."""
    if kind is not DiplomacyKind.sanctions:
        return None
    text = cue.string
    noun = _PACKAGE_NOUN.search(text, cue.start(), cue.end() + _NOUN_REACH)
    if noun is None or _ADOPTED_BEFORE.search(text, max(0, cue.start() - 40), cue.start() + 1):
        return None
    tail = _PACKAGE_TAIL.match(text, noun.end())
    return _RELATIVE_PROPOSAL.match(text, tail.end() if tail else noun.end())


# How far after the cue its package noun may stand ("new sanctions | package").
_NOUN_REACH = 12
# the main clause adopting the package: "approved the 19th package", "adopted its new package"
_ADOPTED_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'measure_adopted')})\s+(?:[\w'’-]+\s+){{0,2}}?\S?", re.I)


def relative_status(cue: re.Match[str]) -> DiplomacyStatus | None:
    """The cue is such a clause: the measure is proposed or adopted by its verb, whatever the main
    clause's modality; None for any other cue."""
    told = _RELATIVE_PROPOSAL.fullmatch(cue.group(0))
    if told is None:
        return None
    return DiplomacyStatus.proposed if told.group("proposed") else DiplomacyStatus.held
