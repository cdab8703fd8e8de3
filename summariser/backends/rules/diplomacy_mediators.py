"""A third party that brokered an event told earlier, named in a later sentence of its own
(dev12 class C4, broadened by dev16 class C8): "The swap was brokered by the UAE", "Qatar mediated
the return", "Saudi Arabia served as go-between, the coordination centre added" two paragraphs on
— it is a party of the exchange or talks just told, or of the article's only one (codebook rule 15). A mediation told as
a habit or of earlier events ("Qatar has mediated several earlier swaps") joins none."""

from __future__ import annotations

import re
from typing import Any

from ... import lexicon as lx
from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence
from .common import span_of
from .participants import participants_of


def mediator_told_later(ctx: Any, s: Sentence, idx: int, found: list[tuple[int, Diplomacy]]) -> None:
    """"The ICRC acted as an intermediary", "The swap was brokered by the UAE", "Thanks to Turkey's
    good offices, 48 captives went home", anywhere after an exchange or talks: the organisation or
    state that mediated it joins the event just told, or, paragraphs later, the article's only such
    event (codebook rule 15)."""
    if not lx.MEDIATION.search(ctx.text, s.start, s.end) or _EARLIER_MEDIATIONS.search(ctx.text, s.start, s.end):
        return
    mediated = [k for k in range(len(found)) if found[k][1].kind in _MEDIATED and found[k][0] < idx]
    i = max(range(len(found)), key=lambda k: found[k][0])
    at = idx  # the event joined is now the one told last
    if i in mediated and idx - found[i][0] <= 2:
        pass  # right after the event it brokered
    elif len(mediated) == 1 and (_TOLD_FAR.search(ctx.text, s.start, s.end) or _THANKED_FAR.search(ctx.text, s.start, s.end)):
        i = mediated[0]  # paragraphs later: the article's only exchange or talks, still where it was told
        at = found[i][0]
    else:
        return
    if found[i][1].kind is not DiplomacyKind.prisoner_exchange and _OF_EXCHANGE.search(ctx.text, s.start, s.end):
        return  # "the swap had been mediated by the UAE": the exchange's broker, not the talks' (r16, dev29 D3)
    latest = found[i][1]
    parties = participants_of(ctx.text, s, ctx.people, ctx.actors())
    mediators = parties if latest.kind is DiplomacyKind.prisoner_exchange else [p for p in parties if p not in ctx.sides]
    if mediators:  # the sentence is evidence of the event even when it names a side already there
        found[i] = (at, latest.model_copy(update={
            "participants": latest.participants + [p for p in mediators if p not in latest.participants],
            "evidence": latest.evidence + [span_of(ctx.text, s.start, s.end)]}))


# Events a third party brokers: an exchange, and talks between the sides.
_MEDIATED = {DiplomacyKind.prisoner_exchange, DiplomacyKind.talks}
# a mediation sentence about a swap: it brokers an exchange, never the talks told before it
_OF_EXCHANGE = re.compile(r"\b(?:swaps?|(?<!stock\s)exchanges?(?!\s+of\s+(?:views|fire|letters|notes|messages))|prisoners?|POWs|captives|detainees)\b", re.I)
_TOLD_FAR = cues.regex("diplomacy_wire_families", "mediation_told_far")
_EARLIER_MEDIATIONS = cues.regex("diplomacy_wire_families", "earlier_mediations")
# thanks or credit for the mediation: as plain a role as "acted as mediator" (r17, dev31 D12, dev32 B8)
_THANKED_FAR = cues.regex("diplomacy", "mediation_thanked_far")


_THANKED = re.compile(rf"(?:{cues.alternation('diplomacy_wire_families', 'mediator_thanked')})", re.I)
_THANKS_REACH = 2  # sentences before the exchange


def mediator_thanked_before(ctx: Any, found: list[tuple[int, Diplomacy]]) -> None:
    """"'We are grateful to our Emirati partners for their mediation,' Zelensky wrote. Ukraine and
    Russia swapped 150 each": a state thanked for its mediation in the two sentences before an exchange
    (in a sentence that tells no event of its own) is a side of it (dev25 C7a, codebook 15)."""
    told = {j for j, _ in found}
    for i, (idx, rec) in enumerate(found):
        if rec.kind is not DiplomacyKind.prisoner_exchange:
            continue
        for k in range(max(0, idx - _THANKS_REACH), idx):
            s = ctx.sents[k]
            if k in told or not _THANKED.search(ctx.text, s.start, s.end):
                continue
            thanked = [p for p in ctx.actors().states_within(s.start, s.end) if p not in ctx.sides and p not in rec.participants]
            if thanked:
                rec = rec.model_copy(update={"participants": rec.participants + thanked,
                                             "evidence": [span_of(ctx.text, s.start, s.end), *rec.evidence]})
                found[i] = (idx, rec)


_CHAIRS = re.compile(rf"(?:{cues.alternation('diplomacy_wire_families', 'chairs_told_later')})", re.I)
_CHAIRED = {DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.summit}


def chairs_told_later(ctx: Any, s: Sentence, idx: int, found: list[tuple[int, Diplomacy]]) -> None:
    """"The Contact Group met in Brussels on Tuesday. Healey co-chairs it with Germany's Pistorius":
    the chairs' states are sides of the meeting told in the sentence before (dev25 C7c)."""
    if not found or not _CHAIRS.search(ctx.text, s.start, s.end):
        return
    i = max(range(len(found)), key=lambda k: found[k][0])
    j, latest = found[i]
    if latest.kind not in _CHAIRED or idx - j > 1:
        return
    chairs = [p for p in participants_of(ctx.text, s, ctx.people, ctx.actors()) if p not in latest.participants]
    if chairs:
        found[i] = (j, latest.model_copy(update={"participants": latest.participants + chairs,
                                                 "evidence": latest.evidence + [span_of(ctx.text, s.start, s.end)]}))


# Round 15 (dev28 C5): two states told as mediating together ("Qatar, which mediates alongside Egypt,
# said the round was moved", "Oman, mediating with Switzerland, …"): both broker the talks, both are
# sides of them (codebook 15), though the sentence tells the move, not the mediation.
_CO_MEDIATING = re.compile(
    r"(?P<a>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:which\s+|who\s+)?(?:co-?)?mediat(?:es|ed|ing|e)\s+"
    r"(?:(?:the\s+)?(?:talks|negotiations|process|contacts)\s+)?(?:alongside|with|together\s+with|jointly\s+with)\s+"
    r"(?P<b>(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def co_mediators(text: str, s: Sentence, kind: DiplomacyKind, participants: list[str], actors: Any) -> list[str]:
    """The participants of talks or an exchange with both states of a co-mediation the sentence tells."""
    if kind not in _MEDIATED:
        return participants
    m = _CO_MEDIATING.search(text, s.start, s.end)
    if m is None:
        return participants
    both = actors.states_within(m.start("a"), m.end("a")) + actors.states_within(m.start("b"), m.end("b"))
    return participants + [p for p in both if p not in participants]


# Round 17 (dev31 D6): the host state's readiness told after the gathering planned in its city.
_READY = re.compile(rf"(?:{cues.alternation('diplomacy', 'host_readiness')})", re.I)
_HOSTED_GATHERINGS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit}
_READY_REACH = 2


def host_ready(ctx: Any, s: Sentence, idx: int, found: list[tuple[int, Diplomacy]]) -> bool:
    """"Ministers will meet in Abu Dhabi next week. The UAE said it was ready to receive them": the state
    ready to receive a gathering planned in its city, told in the sentences just before, is its host (a
    side, codebook 15), and the sentence tells no event of its own. True when it joined one."""
    if not found or not _READY.search(ctx.text, s.start, s.end):
        return False
    states = ctx.actors().states_within(s.start, s.end)
    for i in sorted(range(len(found)), key=lambda k: -found[k][0]):
        j, rec = found[i]
        if idx - j > _READY_REACH:
            break
        if rec.kind in _HOSTED_GATHERINGS and rec.status is not DiplomacyStatus.held and rec.location \
                and rec.location.country in states:
            found[i] = (j, rec.model_copy(update={
                "participants": rec.participants + [p for p in [rec.location.country] if p not in rec.participants],
                "evidence": rec.evidence + [span_of(ctx.text, s.start, s.end)]}))
            return True
    return False
