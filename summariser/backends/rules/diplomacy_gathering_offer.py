"""An offer a gathering puts to the other side (round 15, dev27 C1): "Five leaders met Zelensky in
Kyiv on Saturday and tabled a pause in strikes on ports, which the Kremlin rejected" is a summit held
and a proposal of its own, cancelled when rejected (codebook 13, 16). The gathering's status is read
before the offer's link (`diplomacy_primary.before_outcome`); the proposal is read from the whole
sentence, its sides those of the gathering plus whoever the offer was put to or rejected it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence

_GATHERINGS = {DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.talks}
_OFFER_LINK = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'offer_links')})\b", re.I)

# "…, but Moscow rejected it", "; the Kremlin turned the offer down": the offer's rejection in a later clause
_REJECTED = re.compile(rf"(?:,\s*(?:but|which|though)\b|;)[^.;]{{0,60}}?\b(?:{cues.alternation('diplomacy', 'offer_rejections')})\b", re.I)

Cue = tuple[DiplomacyKind, re.Match[str]]


def rejected_later(text: str, s: Sentence, kind: DiplomacyKind, m: re.Match[str]) -> bool:
    """A proposal whose rejection the sentence tells in a later clause: cancelled (codebook 16)."""
    return kind is DiplomacyKind.proposal and _REJECTED.search(text, m.end(), s.end) is not None


def offer_cue(text: str, kind: DiplomacyKind, m: re.Match[str], cues_: list[Cue]) -> tuple[int, re.Match[str]] | None:
    """Where the link starts and the proposal cue a gathering's verb links to by "and (jointly)
    tabled/offered…", else None."""
    if kind not in _GATHERINGS:
        return None
    for k2, m2 in cues_:
        if k2 is DiplomacyKind.proposal and m2.start() > m.end():
            link = _OFFER_LINK.search(text, m.end(), m2.end())
            if link is not None and link.start() <= m2.start():
                return link.start(), m2
    return None


def before_offer(text: str, s: Sentence, offer: tuple[int, re.Match[str]] | None) -> Sentence:
    """The clause the gathering is read from: up to the offer's link (its rejection is the offer's)."""
    return s if offer is None else Sentence(s.start, offer[0], text[s.start:offer[0]])


def offer_record(ctx: Any, s: Sentence, offer: re.Match[str], gathering: Diplomacy | None,
                 found: list[tuple[int, Diplomacy]],
                 record: Callable[..., Diplomacy | None]) -> Diplomacy | None:
    """The proposal read from the whole sentence; the gathering's sides lead its sides and its day
    stands when the offer's own words give none ("rejected the same day")."""
    rec = record(ctx, s, DiplomacyKind.proposal, offer, found)
    if rec is None or gathering is None:
        return rec
    sides = gathering.participants + [p for p in rec.participants if p not in gathering.participants]
    return rec.model_copy(update={"participants": sides, "date": rec.date or gathering.date})


def roster_joined(found: list[tuple[int, Diplomacy]], idx: int, parties: list[str], several_leaders: bool) -> None:
    """After a roster sentence joined the gathering told last ("Macron, Merz and Tusk took part in the
    meeting"): leaders of several states make the meeting a summit (codebook 14), and an offer the
    gathering's sentence put forward gains the same proposers."""
    i = next((k for k, (j, r) in enumerate(found) if j == idx), None)
    if i is None:
        return
    gathering = found[i][1]
    if several_leaders and gathering.kind is DiplomacyKind.meeting:
        found[i] = (idx, gathering.model_copy(update={"kind": DiplomacyKind.summit}))
    for k, (j, rec) in enumerate(found):
        if rec.kind is DiplomacyKind.proposal and rec.evidence and gathering.evidence \
                and rec.evidence[0].start == gathering.evidence[0].start:
            sides = [p for p in gathering.participants if p not in rec.participants]
            found[k] = (j, rec.model_copy(update={"participants": sides + rec.participants}))


_AT_THE = re.compile(r"\b(?:at|to)\s+the\s+$", re.I)


def roster_at_gathering(text: str, kind: DiplomacyKind, m: re.Match[str]) -> bool:
    """"Zelensky hosted Macron, Merz and Tusk at the meeting", "was joined at the meeting by A and B": the
    gathering named again "at the <gathering>"; the caller joins the sentence's parties to the one just told."""
    return kind in _GATHERINGS and _AT_THE.search(text, max(0, m.start() - 10), m.start()) is not None


def offers_follow_gatherings(found: list[tuple[int, Diplomacy]]) -> None:
    """A proposal opened beside a gathering gains the sides the gathering gained from later sentences;
    one tabled by a side's delegation a few sentences after talks it took part in, with no venue nor
    day of its own, was tabled there: the talks' venue, day and other sides, less the host (dev35 D9)."""
    for k, (j, rec) in enumerate(found):
        if rec.kind is not DiplomacyKind.proposal or not rec.evidence:
            continue
        tabled_at = _talks_tabled_at(found, j, rec)
        if tabled_at is not None:
            host = tabled_at.location.country if tabled_at.location else None
            sides = [p for p in tabled_at.participants if p not in rec.participants and p != host]
            rec = rec.model_copy(update={"location": tabled_at.location, "date": tabled_at.date,
                                         "participants": rec.participants + sides})
            found[k] = (j, rec)
        gathering = next((r for _, r in found if r.kind in _GATHERINGS and r.evidence and r.evidence[0].start == rec.evidence[0].start), None)
        if gathering is not None:  # (the venue's host is the gathering's side, not the proposal's: r21, dev39 D2)
            host = gathering.location.country if gathering.location else None
            sides = [p for p in gathering.participants if p not in rec.participants and p != host]
            found[k] = (j, rec.model_copy(update={"participants": sides + rec.participants}))


_BY_DELEGATION = re.compile(rf"(?:{cues.alternation('diplomacy', 'proposal_by_delegation')})")
_TABLED_REACH = 4  # sentences between the talks and the plan tabled there


def _talks_tabled_at(found: list[tuple[int, Diplomacy]], j: int, rec: Diplomacy) -> Diplomacy | None:
    """The held talks, told at most a few sentences before, at which the proposal `rec` (told at `j`)
    was tabled: it opens with a delegation, has no venue nor day, and its proposer took part."""
    if rec.location is not None or rec.date is not None or not rec.participants \
            or not _BY_DELEGATION.match(rec.evidence[0].text):
        return None
    before = [(i, r) for i, r in found if j - _TABLED_REACH <= i < j and r.kind in _GATHERINGS
              and r.status is DiplomacyStatus.held]
    if not before:
        return None
    talks = max(before, key=lambda x: x[0])[1]
    return talks if rec.participants[0] in talks.participants else None
