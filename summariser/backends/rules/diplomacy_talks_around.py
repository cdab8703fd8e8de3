"""The talks around an act told in the act's sentence (dev29 class D2): "the two ministers signed a
production accord in Vilnius on Monday after talks at the ministry", "Following their talks in Rome,
the premiers initialled a memorandum". The signing and the talks are two events (codebook 13/14);
the talks take the act's day and place. A gathering told by its verb in a clause of time ("…, Macron
announced, after the coalition had met at the palace"; "Once the ministers had gathered in Rome, …")
is one too, beside a commitment, a package or a deal (r22, dev42 D3). Talks told failing ("after talks collapsed, no deal was
signed"), earlier talks ("last year's talks") and a deal that is only the talks' topic are not."""

from __future__ import annotations

import re
from functools import partial

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence

Cue = tuple[DiplomacyKind, re.Match[str]]
_alt = partial(cues.alternation, "diplomacy_record_guards")

_ACTS = {DiplomacyKind.agreement}
# what a gathering told as a clause ("…, Macron announced, after the coalition had met at the palace")
# is the occasion of: a commitment, a package or a deal decided there (r22, dev42 D3)
_DECIDED = {DiplomacyKind.agreement, DiplomacyKind.peacekeeping, DiplomacyKind.military_aid}
_AROUND = {DiplomacyKind.talks, DiplomacyKind.meeting}
# "after the leaders, as they style themselves, had met at", "once the ministers had gathered in":
# a clause whose subject the gathering verb follows (the verb cue itself: "met at", "gathered in")
_CLAUSE_BEFORE = re.compile(rf"\b(?:{_alt('talks_around_before')}|{_alt('gathering_clause_openers')})\s+"
                            rf"(?:the|their|its|(?-i:[A-Z]))[^.;:!?]{{0,80}}?\s(?:had|have|has)\s+$", re.I)
_VERB_CUE = re.compile(rf"(?:{_alt('gathering_clause_verbs')})\b", re.I)
_BEFORE = re.compile(rf"\b(?:{_alt('talks_around_before')})\s+(?:their|the|his|her|its|a\s+round\s+of|(?:two|three|several)\s+days\s+of)?\s*"
                     rf"(?:(?:bilateral|direct|closed-door|lengthy|face-to-face|private)\s+)?$", re.I)
_FAILED = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_alt('talks_failed_after')})\b", re.I)
_EARLIER = re.compile(r"\b(?:last|previous|earlier|past|former|years|months|decades|long)\b|\b\d{4}\b", re.I)
_CLAUSE_REST = 40  # a clause's own time after its verb: "after the two had met in Kyiv in 2019"
_NEGATED = re.compile(r"\b(?:no|not|never|without|n['’]t)\b", re.I)


def talks_around_act(text: str, s: Sentence, cues_: list[Cue], primary: Cue) -> Cue | None:
    """The talks cue governed by "after/following/at the end of" in a signing's sentence, when the
    talks are neither failed nor earlier and the signing is not negated."""
    if primary[0] in _AROUND:  # the talks read first: the signing is the act
        act_cue = next(((k, c) for k, c in cues_ if k in _ACTS), None)
        return primary if act_cue is not None and talks_around_act(text, s, cues_, act_cue) else None
    if primary[0] not in _DECIDED:
        return None
    act = primary[1]
    for kind, c in cues_:
        if kind not in _AROUND or c is act or (c.start() < act.end() and act.start() < c.end()):
            continue
        lead = _BEFORE.search(text, max(s.start, c.start() - 40), c.start()) if primary[0] in _ACTS else None
        if lead is None and _VERB_CUE.match(c.group(0)):  # "…, after the group had met at the palace" (r22, dev42 D3)
            lead = _CLAUSE_BEFORE.search(text, max(s.start, c.start() - 100), c.start())
        if lead is None or _EARLIER.search(text, max(s.start, lead.start() - 20), c.start()) \
                or (lead.re is _CLAUSE_BEFORE and _EARLIER.search(text, c.end(), min(s.end, c.end() + _CLAUSE_REST))) \
                or _FAILED.match(text, c.end(), s.end) or _NEGATED.search(text, s.start, s.end) \
                or lx.AGGREGATE_SINCE.search(text, s.start, s.end):
            continue
        return (DiplomacyKind.talks, c)
    return None
