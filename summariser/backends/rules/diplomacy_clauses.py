"""Two events of different forms told in one sentence by one subject (issue 13, concept 4):
"X met Y in Warsaw on Thursday, and spoke with Z by phone a day later" is a meeting and a call,
each with its own counterpart and day. The sentence is cut where the second act's verb begins;
the second clause shares the first one's subject."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ... import lexicon as lx
from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind
from ...sentences import Sentence
from .common import span_of

Cue = tuple[DiplomacyKind, re.Match[str]]

# Forms of an event one person takes part in, each with a counterpart of its own.
_ACTS = {DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.phone_call}
# "…, and spoke", "and later held a call": a coordinated second verb phrase, with no subject of its own.
_LINK = re.compile(r"(?:,\s*)?\band\s+(?:then\s+|later\s+|also\s+|afterwards\s+|subsequently\s+)*$")
# r14 (dev26 C3): "saw X on Monday, and is set to fly to Vilnius next week": a trip still to come of the
# same subject, its own event (the subject elided; the destination's state and the subject its sides)
TRIP_LINK = re.compile(r"(?:,\s*)?\band\s+(?:then\s+|later\s+|also\s+)*(?:(?:is|are)\s+(?:due|set|expected|scheduled)\s+to"
                        r"|(?:is|are)\s+to|will(?:\s+then|\s+also|\s+later)?)\s+$", re.I)


# r50 (dev76): "X is in Kyiv today, his first visit since …, and tomorrow the allies' ministers meet at Y": a
# coordinate clause with a day and a subject of its own, its own event
_OWN_TIME_LINK = re.compile(rf"(?:,\s*)?\band\s+(?:{cues.alternation('diplomacy', 'own_time_openers')})\s*,?\s+"
                            r"(?:the\s+)?(?:[\w'’.-]+\s+){1,8}?$", re.I)


# r21 (dev39 D2): "delegations met in Doha on Friday, and Kyiv put forward a plan": a proposal told at a
# gathering by a named subject of its own in a coordinate clause is its own record beside the gathering
_GATHERINGS = {*_ACTS, DiplomacyKind.summit}
# "and <a named subject of its own>" opening the next clause ("and Kyiv", "and the United States")
_NAMED_SUBJECT = r"\band\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]+\s+){1,3}"
_OWN_SUBJECT_LINK = re.compile(rf"(?:,\s*)?{_NAMED_SUBJECT}(?:also\s+|then\s+|later\s+|in\s+turn\s+)?$")


# "travelled to Brussels, where he is due to meet…": a trip made, and a meeting still to come there
# (a trip and a meeting told as done, "travelled to Kyiv and met X", stay one record: diplomacy_acts).
_WHERE_AHEAD = re.compile(r",\s*where\s+(?:he|she|they|the\s+\w+)\s+(?:(?:is|are)\s+(?:due|set|expected|scheduled)\s+to"
                          r"|(?:is|are)\s+to|will(?:\s+also)?)\s+$", re.I)


# r29: "visited X on Friday, and went on to Y on Saturday for talks with Z": the journey onward to
# another city and another day, where the second act is held (its own record, the visitor's side)
_ONWARD = re.compile(rf"(?:,\s*)?\band\s+(?:then\s+|later\s+)?(?:{cues.alternation('anchoring', 'onward_verbs')})\s+on\s+to\s+"
                     r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:on\s+\w+\s+|the\s+next\s+day\s+|a\s+day\s+later\s+)?"
                     r"(?:for|to\s+hold|to\s+meet)\s+(?:[\w'’-]+\s+){0,2}?$", re.I)


def two_acts(text: str, cues: list[Cue]) -> tuple[Cue, Cue, int] | None:
    """The first act of the sentence, a second act of another form and where its clause starts,
    when the second follows the first after "and" as a verb phrase of the same subject, or after a
    trip in a clause of what is still to come where it leads; or a gathering and a proposal a subject
    of its own puts forward in the next clause."""
    offered = _offer_at_gathering(text, cues)
    if offered is not None:
        return offered  # "…met in Doha on Friday, and Kyiv put forward a plan" (r21)
    acts = sorted(((k, c) for k, c in cues if k in _ACTS or k is DiplomacyKind.visit), key=lambda x: x[1].start())
    if not acts:
        return None
    first = acts[0]
    links = (_WHERE_AHEAD, _ONWARD, _OWN_TIME_LINK) if first[0] is DiplomacyKind.visit else (_LINK, _OWN_TIME_LINK)
    for k2, c2 in acts[1:]:
        if k2 in _ACTS and k2 is not first[0] and c2.start() > first[1].end():
            link = next((m for rx in links if (m := rx.search(text, first[1].end(), c2.start()))), None)
            if link and not lx.DISCUSSED_BEFORE.search(text, first[1].end(), c2.start()):
                return first, (k2, c2), link.start()
        if k2 is DiplomacyKind.visit and first[0] in _ACTS and c2.start() > first[1].end():
            link = TRIP_LINK.search(text, first[1].end(), c2.start())
            if link and not lx.DISCUSSED_BEFORE.search(text, first[1].end(), c2.start()):
                return first, (k2, c2), link.start()  # "spoke with X on Tuesday, and will visit Kyiv next month"
    return None


def _offer_at_gathering(text: str, cues: list[Cue]) -> tuple[Cue, Cue, int] | None:
    """The sentence's first gathering, a proposal after it and where the proposal's clause starts, when
    the proposal follows "and <a named subject of its own>"; else None."""
    gathering = min(((k, c) for k, c in cues if k in _GATHERINGS), key=lambda x: x[1].start(), default=None)
    if gathering is None:
        return None
    offer = next(((k, c) for k, c in cues if k is DiplomacyKind.proposal and c.start() > gathering[1].end()), None)
    measure = next(((k, c) for k, c in cues if k in _MEASURES and c.start() > gathering[1].end()), None)
    if offer is None and measure is not None and not lx.DISCUSSED_BEFORE.search(text, gathering[1].end(), measure[1].start()) \
            and (link := _OWN_SUBJECT_MEASURE.search(text, gathering[1].end(), measure[1].start())) is not None:
        return gathering, measure, link.start()  # "met X, and Canada pledged a fresh package" (r47)
    if offer is None:
        return None
    if lx.DISCUSSED_BEFORE.search(text, gathering[1].end(), offer[1].start()):
        return None
    if _OUTCOME_OF_GATHERING.match(offer[1].group(0)) and not CLAUSE_END.search(text, gathering[1].end(), offer[1].start()):
        return gathering, offer, offer[1].start()  # "the talks, which …, produced a written Kyiv plan" (r22)
    link = _OWN_SUBJECT_LINK.search(text, gathering[1].end(), offer[1].start())
    if link is None:
        return None
    return gathering, offer, link.start()


# r22 (classes_dev42 D1): the gathering as the subject of its outcome ("the round ended with a draft Moldovan
# plan", "the talks, which lasted three hours, yielded a written Ukrainian offer"): the proposal is a record
# of its own, its owner the proposer; the gathering's clause may hold commas but no sentence break
_OUTCOME_OF_GATHERING = re.compile(r"(?:produced|yielded|brought|resulted|ended|closed|concluded|led|came|saw)\b", re.I)
CLAUSE_END = re.compile(r"[;:]")
# r47 (dev70): a measure its own subject puts out in the next clause, after the gathering ("met Carney in Ottawa on
# Monday, and Canada pledged a fresh air defence package worth $200 million the same day"): a record of its own
_MEASURES = {DiplomacyKind.military_aid, DiplomacyKind.sanctions}
_OWN_SUBJECT_MEASURE = re.compile(
    rf",\s*{_NAMED_SUBJECT}(?:also\s+|then\s+|later\s+)?"
    rf"(?:(?:{cues.alternation('diplomacy', 'measure_announcing_verbs')})\s+(?:(?:a|an|new|further|fresh|another|its|their)\s+)*"
    r"(?:[\w$€£.,-]+\s+){0,3}?)?$", re.I)  # (the cue may hold the verb: "pledged a fresh air defence package")


def _clause(text: str, start: int, end: int) -> Sentence:
    return Sentence(start, end, text[start:end])


Found = list[tuple[int, Diplomacy]]


def acts_records(ctx: Any, s: Sentence, acts: tuple[Cue | None, Cue, int], found: Found,
                 record: Callable[[Any, Sentence, DiplomacyKind, re.Match[str], Found], Diplomacy | None]) -> Iterator[Diplomacy]:
    """Each act read from its own clause by `record` (the diplomacy module's record builder), the
    second with the subject of the first and, when it names none, its day. `ctx` is the article
    context of `diplomacy` (text, index, actors()). Each record is yielded before the next clause
    is read, so the caller's merge lets the second count "a day later" from the first."""
    first, second, cut = acts
    ctx.index.setdefault(cut, ctx.index.get(s.start, 0))
    subject = next((a.actor.name for a in ctx.actors().within(s.start, first[1].start() if first else cut)), None)
    own = _OWN_TIME_LINK.search(ctx.text, cut, second[1].start())
    own_subject = own is not None and own.start() == cut  # "…, and tomorrow the allies' ministers meet": its own (r50)
    day, held = None, None
    for act, part in ((first, _clause(ctx.text, s.start, cut)), (second, _clause(ctx.text, cut, s.end))):
        if act is None:
            continue  # "took part remotely, then met X in person": the first clause tells no event
        rec = record(ctx, part, act[0], act[1], found)
        if rec is None and act is second and act[0] is DiplomacyKind.proposal and held is not None:
            rec = record(ctx, s, act[0], act[1], found)  # "…, produced a written Moldovan plan": the owner is no noun side (r22)
        if rec is None:
            continue
        subject = subject or (rec.participants[0] if rec.participants else None)
        sides = rec.participants if subject in (None, *rec.participants) or (act is second and own_subject) \
            else [subject, *rec.participants]
        if act is second and act[0] is DiplomacyKind.proposal and held is not None:
            sides = _offer_sides(ctx, cut, act[1].end(), held, [p for p in sides if p])
        if act is second and act[0] is DiplomacyKind.military_aid and held is not None and len(sides) == 1:
            sides = [*sides, *(p for p in held.participants if p not in sides)]  # the giver's aid to the side it met (r47)
        held = held or rec
        day = rec.date or day  # "met X on Sunday and later spoke with Y": the day the sentence told
        yield rec.model_copy(update={"participants": sides, "date": day, "description": s.text[:240],
                                     "evidence": [span_of(ctx.text, s.start, s.end)]})


def _offer_sides(ctx: Any, cut: int, verb: int, gathering: Diplomacy, sides: list[str]) -> list[str]:
    """A proposal put forward at a gathering: the proposer and the gathering's sides, the host of the
    venue apart unless it is the proposer ("met in Geneva, and Kyiv put forward a plan": Kyiv's to Moscow;
    "the talks produced a written Moldovan plan": the owner inside the cue is the proposer, r22)."""
    host = gathering.location.country if gathering.location else None
    own = ctx.actors().states_within(cut, verb)
    parties = [*own, *gathering.participants, *sides]
    return list(dict.fromkeys(p for p in parties if p != host or p in own))
