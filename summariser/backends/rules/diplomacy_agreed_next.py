"""A second event inside the report of one held (dev12 class C5): "Macron phoned Tokayev on
Friday, and they agreed to meet in Astana in early March", "after an hour on the line the two
settled on a fresh Geneva round for 14 May". The call is held; the meeting or round agreed on is a
planned record of its own, between the same sides (and the host's state where it has a capital).
So is (r32) the later gathering a meeting prepares, told with a day of its own: "ministers met on Thursday to
prepare the summit that X will host in Y on 7-8 July" is the meeting held and that summit planned."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ... import lexicon as lx
from ...dates import find_dates
from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence
from .common import span_of
from .diplomacy_exchange import war_sides
from .diplomacy_open_ended import open_ended_agreement
from .participants import prepared_spans

# The verb of agreement, then what is agreed on: "to meet", "on a fresh Geneva round", "another
# session of talks", "to hold a summit".
AGREED_NEXT = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'agreed_next_verbs')})\s+"
    # "agreed that their advisers would hold talks", "decided the teams should meet" (r16, dev29 D2)
    r"(?:(?:that\s+)?(?:our|their|the\s+two|both|the)\s+(?:[\w'’-]+\s+){0,2}?(?:will|would|should|shall|are\s+to|were\s+to)\s+)?"
    r"(?:on\s+|to\s+|upon\s+)?"
    r"(?:(?:hold|have|convene|organi[sz]e|stage|carry\s+out)\s+)?"
    rf"(?:(?P<exchange>{cues.alternation('diplomacy', 'agreed_next_exchanges')})|"
    r"(?P<what>sit\s+down\b|(?:re)?convene\b|meet(?:ing)?\b(?!\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w'’-]+\s+){0,3}?(?:demands?|targets?|needs?"
    r"|conditions?|obligations?|deadlines?|requirements?|costs?|goals?|criteria|standards?|commitments?)\b)"
    r"|(?:an?|another|the\s+next|their\s+next)\s+(?:(?:new|fresh|further|second|third|follow-up|next|in-person)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:round|session|meeting|summit|talks|negotiations)\b))", re.I)
# Forms of an event held during which a further one may be agreed.
_HELD_FORMS = {DiplomacyKind.phone_call, DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.visit}

Found = list[tuple[int, Diplomacy]]
Builder = Callable[..., Diplomacy | None]


def agreed_next(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str]) -> re.Match[str] | None:
    """The agreement on a further event told after the cue of an event of a held form."""
    if kind not in _HELD_FORMS:
        return None
    agreed = AGREED_NEXT.search(text, cue.end(), s.end)
    return agreed if agreed is None or _agreed_to(agreed) else None


def _agreed_to(agreed: re.Match[str]) -> bool:
    """An exchange is agreed only after "to", "on" or "upon" ("agreed to swap 300", "settled on a new
    exchange"); "covered ... a planned exchange of prisoners" names a topic (r29)."""
    if not agreed.group("exchange"):
        return True
    return re.search(r"\b(?:to|on|upon)\s+(?:(?:hold|have|carry\s+out)\s+)?$", agreed.string[agreed.start():agreed.start("exchange")]) is not None


def exchange_agreed_at(text: str, cues: list[tuple[DiplomacyKind, re.Match[str]]], kind: DiplomacyKind,
                       m: re.Match[str]) -> tuple[DiplomacyKind, re.Match[str]] | None:
    """The event held that an exchange cue was agreed at ("held talks in Abu Dhabi on Monday, agreeing
    to trade 150 prisoners each"): the talks name the sentence's event, the exchange is the planned
    event agreed on in it (`planned_record`), r29."""
    if kind is not DiplomacyKind.prisoner_exchange:
        return None
    for k2, m2 in cues:
        if k2 in _HELD_FORMS and m2.end() <= m.start():
            agreed = AGREED_NEXT.search(text, m2.end(), m.end())
            if agreed is not None and agreed.group("exchange") and _agreed_to(agreed) and agreed.start() <= m.start() < agreed.end():
                return k2, m2
    return None


def exchange_proposed_at(text: str, cues: list[tuple[DiplomacyKind, re.Match[str]]], kind: DiplomacyKind,
                         m: re.Match[str]) -> tuple[DiplomacyKind, re.Match[str]] | None:
    """The event held that an exchange was put forward at ("spoke to X by phone and put forward a truce
    and a swap of prisoners"): the call names the sentence's event; the exchange was only proposed
    there (codebook 13), r49."""
    if kind is not DiplomacyKind.prisoner_exchange:
        return None
    return next(((k2, m2) for k2, m2 in cues if k2 in _HELD_FORMS and _put_forward(text, m2, m) is not None), None)


def held_before_proposal(text: str, s: Sentence, kind: DiplomacyKind, m: re.Match[str],
                         cues_: list[tuple[DiplomacyKind, re.Match[str]]]) -> Sentence:
    """The clause of the event held, up to the verb that put an exchange forward at it: its sides,
    status and day are read there ("; Kyiv turned the idea down" is no side of the call)."""
    if kind not in _HELD_FORMS:
        return s
    for k2, m2 in cues_:
        if k2 is DiplomacyKind.prisoner_exchange and (verb := _put_forward(text, m, m2)) is not None:
            return Sentence(s.start, verb, text[s.start:verb])
    return s


def _put_forward(text: str, held: re.Match[str], exchange: re.Match[str]) -> int | None:
    """Where the verb that put the exchange forward at the held event starts, when one stands between them."""
    if held.end() > exchange.start():
        return None
    put = _PROPOSED_AT.search(text, held.end(), exchange.start())
    return None if put is None else put.start()


_PROPOSED_AT = cues.regex("diplomacy", "proposed_at_held", word_end=False)


def next_kind(agreed: re.Match[str]) -> DiplomacyKind:
    if agreed.group("exchange"):
        return DiplomacyKind.prisoner_exchange  # "agreeing to swap 300 soldiers each next week" (r29)
    what = agreed.group("what").lower()
    if "summit" in what:
        return DiplomacyKind.summit
    return DiplomacyKind.meeting if what.startswith("meet") else DiplomacyKind.talks


def planned_record(ctx: Any, s: Sentence, held: Diplomacy, agreed: re.Match[str], found: Found,
                   record: Builder) -> Diplomacy | None:
    """The event agreed on, read from its own clause by `record`, with the held event's sides; none
    when the agreement fixes nothing ("settled on another round, with no day fixed yet", r17 dev31 D7)."""
    if open_ended_agreement(ctx.text, agreed.start(), s.end):
        return None
    further = _FURTHER_INFINITIVE.search(ctx.text, agreed.end(), s.end)  # "… in May and to meet again in June"
    end = s.end if further is None else further.start()
    part = Sentence(agreed.start(), end, ctx.text[agreed.start():end])
    kind = next_kind(agreed)
    held_sides = _own_sides(ctx.text, kind, held)
    ctx.borrowed[part.start] = held_sides  # "and they agreed to meet": the sides just named
    rec = record(ctx, part, kind, agreed, found, agreed=True)
    if rec is None:
        rec = Diplomacy(kind=kind, participants=[], status=DiplomacyStatus.planned,
                        description=held.description, evidence=held.evidence)
    sides = held_sides + [p for p in rec.participants if p not in held_sides]
    return rec.model_copy(update={"participants": sides, "status": DiplomacyStatus.planned,
                                  "description": held.description, "evidence": held.evidence})


# a second thing agreed, coordinated after the first: "settling on a swap of 80 each in May and to
# meet again in Doha in June" (each its own day and place; the first event's clause ends before it)
_FURTHER_INFINITIVE = re.compile(r",?\s+and\s+(?:also\s+)?to\s+(?=[a-z])", re.I)


def _own_sides(text: str, kind: DiplomacyKind, held: Diplomacy) -> list[str]:
    """The sides the agreed event is between: for an exchange of people, the warring states among the
    held event's sides (the talks' host and the envoys at the table trade no one, codebook 14); for a
    further meeting, all of them."""
    if kind is not DiplomacyKind.prisoner_exchange:
        return held.participants
    host = held.location.country if held.location is not None else None
    sides = [p for p in held.participants if p != host]
    warring = [p for p in sides if p in war_sides(text)]
    return warring if len(warring) == 2 else sides


def held_and_agreed(ctx: Any, s: Sentence, kind: DiplomacyKind, cue: re.Match[str],
                    found: Found, record: Builder) -> tuple[Diplomacy | None, re.Match[str] | None]:
    """The sentence's event and, when it was held and a further event was agreed on in it
    ("spoke on Friday and agreed to meet in Astana"), that agreement: the held event read from the
    clause before the agreement (whose modality is the further event's), class C5."""
    agreed = agreed_next(ctx.text, s, kind, cue)
    if agreed is not None:
        own = Sentence(s.start, agreed.start(), ctx.text[s.start:agreed.start()])
        rec = record(ctx, own, kind, cue, found)
        if rec is not None and rec.status is DiplomacyStatus.held:
            whole = span_of(ctx.text, s.start, s.end)
            desc = s.text if len(s.text) <= 240 else s.text[:237].rsplit(" ", 1)[0] + "…"
            return rec.model_copy(update={"evidence": [whole], "description": desc}), agreed
    return record(ctx, s, kind, cue, found), None


# "They agreed to meet again", "the sides will reconvene", "a further round": the talks just held, again
_AGAIN = re.compile(r"\b(?:again|reconven\w*|resum\w*|(?:next|new|another|further|fresh)\s+round)\b", re.I)


def next_round_kind(found: Found, idx: int, rec: Diplomacy) -> Diplomacy:
    """A planned meeting "again" of the sides of talks held just before (two sentences at most) is their
    next round: talks between the same sides, and the host of its city when it is another state
    (codebook 14, 15; round 14, class C4)."""
    if rec.kind is not DiplomacyKind.meeting or rec.status is not DiplomacyStatus.planned or not rec.evidence \
            or not _AGAIN.search(rec.evidence[0].text):
        return rec
    held = next((old for j, old in reversed(found) if 0 < idx - j <= 2 and old.kind is DiplomacyKind.talks
                 and old.status is DiplomacyStatus.held), None)
    if held is None or not set(rec.participants) <= set(held.participants):
        return rec
    host = rec.location.country if rec.location and rec.location.country else None
    old_host = held.location.country if held.location is not None else None
    moved = host is not None and held.location is not None and old_host != host
    sides = [p for p in held.participants if not moved or p != old_host]  # the old venue's host
    sides += [host] if host and host not in sides else []
    return rec.model_copy(update={"kind": DiplomacyKind.talks, "participants": sides})


# r32: the noun of the later gathering a held meeting prepares, and the determiner its phrase opens with
_GATHERING_NOUN = re.compile(r"\b(?P<noun>summit|meeting|conference|gathering)\b", re.I)
_DETERMINER = re.compile(r"\b(?:a|an|the|their|its|next)\s", re.I)


def prepared_record(ctx: Any, s: Sentence, held: Diplomacy, found: Found, record: Builder) -> Diplomacy | None:
    """The gathering the held meeting prepares, planned, when its clause gives it a day of its own; the
    organisations of the meeting are its sides too (a bloc's ministers prepare the bloc's summit)."""
    aims = prepared_spans(ctx.text, s.start, s.end)
    if not aims or held.kind not in (DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.summit):
        return None
    aim, end = aims[0]
    noun = _GATHERING_NOUN.search(ctx.text, aim, end)
    if noun is None or not any(d.span.start for d in find_dates(ctx.text, noun.end(), end, ctx.published)):
        return None  # "to lay the groundwork for an eventual summit": an aim, no event yet
    kind = DiplomacyKind.summit if noun.group("noun").lower() == "summit" else DiplomacyKind.meeting
    start = ([d.start() for d in _DETERMINER.finditer(ctx.text, aim, noun.start())] or [aim])[-1]
    rec = record(ctx, Sentence(start, end, ctx.text[start:end]), kind, noun, found, agreed=True)  # (the object, not "to prepare")
    if rec is None or rec.date is None:
        return None
    orgs = [p for p in held.participants if lx.canonical_org(p)]
    return rec.model_copy(update={"participants": orgs + [p for p in rec.participants if p not in orgs],
                                  "status": DiplomacyStatus.planned, "evidence": held.evidence})
