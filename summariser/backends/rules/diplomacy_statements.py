"""Diplomacy event-hood: statements about an event that tell no event of their own. A standing
offer or readiness ("stands ready to host talks"), a failure or lack of progress told as
background, a refusal, an unknown ("did not specify when the talks would resume", "did not
say where it would be held"), an intention to raise a topic at a gathering, a count of the
visit just told ("It is her fourth trip there"), a condemnation, and a meeting named only as
where a statement came from. The words live in `cues/diplomacy_statements.yaml`; this module
keeps where they must stand."""

from __future__ import annotations

import re
from functools import partial

from ... import lexicon as lx
from ...dates import find_dates
from ...knowledge import cues
from ...records import DiplomacyKind, Location
from ...sentences import Sentence
from .diplomacy_modality import clause_start
from .diplomacy_preparing import preparing_status
from .diplomacy_scope import own_schedule


_rx = partial(cues.regex, "diplomacy_statements")


_OFFER = _rx("standing_offer")
_ADVOCACY = _rx("standing_advocacy")
# a stance governing the cue from its own clause, a few words before it ("is ready to meet Putin")
_STANCE = re.compile(rf"\b(?:{cues.alternation('diplomacy_statements', 'stance')})\s+(?:[\w'’-]+,?\s+){{0,5}}?$", re.I)
# one adjective of a list right before the cue, after a comma: "serious, substantive negotiations"
_LISTED_ADJECTIVE = re.compile(r"\s*[a-z][\w-]*\s+")
_STANCE_AFTER = re.compile(
    rf"\s+(?:[\w'’-]+\s+){{0,6}}?(?:{cues.alternation('diplomacy_statements', 'stance_after')})\b", re.I)
# "a summit, which Kyiv hopes to hold before winter": a hope in a relative clause right after the cue
_STANCE_RELATIVE = re.compile(cues.alternation('diplomacy_statements', 'stance_relative'), re.I)
_FAILURE = _rx("failure")
_REFUSAL = _rx("refusal")
_UNKNOWN = _rx("unknown")
_CONDEMNED = _rx("condemnation")
_SCHEDULED = _rx("scheduled")
# "accused Kyiv of trying to derail the talks": the spoiling verb, its article, up to three words
_SPOILED = _rx("spoiled_before", r"\s+(?:the\s+|any\s+|all\s+|these\s+|those\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?$")
_SPOILED_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{cues.alternation('diplomacy_statements', 'spoiled_after')})\b", re.I)
_REACTION = _rx("measure_reaction", r"\s+(?:the|these|those|this|its|their|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?$")
_MEASURES = {DiplomacyKind.sanctions, DiplomacyKind.military_aid}
_EXACT_DAY = _rx("exact_day", flags=0)
# "expected to discuss the plan at their summit": the intention, then the gathering right after "at"
_DISCUSS_AT = _rx("discuss_intent", r"(?:[\s\w'’,-]{0,80}?)\b(?:at|during|on\s+the\s+sidelines\s+of)\s+"
                  r"(?:the\s+|their\s+|its\s+|a\s+|an\s+|next\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?$")
_VISIT_COUNT = re.compile(
    rf"\s*(?:{cues.alternation('diplomacy_statements', 'visit_count_subject')})\s+(?:\w+['’]?s?\s+)?"
    rf"(?:{cues.alternation('diplomacy_statements', 'ordinals')})\s+(?:[\w-]+\s+){{0,2}}?$", re.I)
_STATEMENT_AFTER = _rx("statement_after", r"\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?$")

# How far before the cue a standing offer, refusal or condemnation may govern it.
_REACH = 120
_OCCASION_KINDS = {DiplomacyKind.summit, DiplomacyKind.meeting, DiplomacyKind.talks}


def statement_not_event(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """True when the cue's sentence speaks about the event without telling it happened, is
    planned or was proposed on a day of its own."""
    lo = clause_start(text, max(s.start, cue.start() - _REACH), cue.start())
    near = max(s.start, cue.start() - _REACH)
    if (_OFFER.search(text, near, cue.start()) and not own_schedule(text, s, cue)) or _REFUSAL.search(text, near, cue.end()):
        return True  # "has long offered to mediate", "does not want a summit for its own sake"
    if kind is DiplomacyKind.proposal and _ADVOCACY.search(text, lo, cue.start()) and not _EXACT_DAY.search(text, s.start, s.end):
        return True  # "have been championing their own ceasefire plan": a standing campaign (r21, dev40 D7)
    if _CONDEMNED.search(text, lo, cue.start()) or _UNKNOWN.search(text, s.start, cue.start()):
        return True  # "condemned the visit", "did not say when the talks would resume"
    if kind in _MEASURES and _REACTION.search(text, lo, cue.start()):
        return True  # "Beijing brushed aside the fresh penalties", "Moscow rejected the new sanctions"
    if kind in _OCCASION_KINDS and _spoiled(text, s, cue):
        return True  # "accused Kyiv of trying to derail the talks": an accusation about talks (dev23 C6)
    if _FAILURE.search(text, s.start, s.end) and not _EXACT_DAY.search(text, s.start, s.end):
        return True  # "earlier rounds failed to yield a truce": background with no day of its own
    if _DOORSTEP.search(text, max(s.start, cue.start() - 60), cue.start()):
        return True  # "said on arriving at the summit": where a remark was made (class D15)
    if _process_or_background(text, s, cue, kind):
        return True  # "accession negotiations frozen for months", "India, which has raised tariffs since spring, …"
    if kind in _OCCASION_KINDS and _DISCUSS_AT.search(text, s.start, cue.start()) \
            and not _SCHEDULED.search(text, s.start, s.end):
        return True  # "plan to take up the idea at next month's summit"
    if kind is DiplomacyKind.phone_call and _remote_address(text, s, cue):
        return True  # "EU leaders, who listened to Zelensky via video link, …": a speaker heard, no call (r22)
    if kind in _SOFT_FUTURE_KINDS and vague_future(text, s, cue):
        return True  # "said he would sit down with Erdogan", "expects to talk to Scholz again soon" (r22)
    return kind is DiplomacyKind.visit and bool(_VISIT_COUNT.match(text, s.start, cue.start()))


_SOFT_FUTURE = re.compile(rf"\b(?:{cues.alternation('diplomacy_statements', 'soft_future')})\s+(?:[\w'’-]+\s+){{0,2}}?$", re.I)
_VAGUE_TIME = _rx("vague_time")
_TOLD_TIME = _rx("told_time")
# a place named after the event verb: "would meet in Istanbul", "expected to travel to Warsaw"
_PLACE_AFTER = re.compile(r"\b(?:in|to|at)\s+(?:the\s+)?(?-i:[A-Z])")
# events whose firm intent needs a day or a place (rule 16); measures ("would provide aid") are decisions
_SOFT_FUTURE_KINDS = _OCCASION_KINDS | {DiplomacyKind.phone_call, DiplomacyKind.visit}


def _remote_address(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The call words are the video link over which a gathering heard a speaker ("heard Zelensky by
    video link", "was addressed by the Ukrainian president via video"): no call of its own."""
    return any(r.start() <= cue.start() < r.end() + 1 for r in lx.REMOTE_ADDRESS.finditer(text, s.start, s.end))


def vague_future(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """A soft future ("would meet", "is expected to speak", "expects to talk") with no day and no
    place, with no time or only a vague one ("in the coming days", "soon"): a stance, not a plan
    (codebook 13, 16: an expectation is firm intent only with a day or a place named)."""
    lo = clause_start(text, max(s.start, cue.start() - 60), cue.start())
    to = cue.start() + 3 if cue.group(0)[:3].lower() == "to " else cue.start()  # the cue may begin "to speak with"
    if not _SOFT_FUTURE.search(text, lo, to):
        return False
    if _EXACT_DAY.search(text, s.start, s.end) or find_dates(text, s.start, s.end):
        return False  # "would meet on Friday", "expected to visit in August"
    if _PLACE_AFTER.search(text, cue.start(), s.end):
        return False  # "expects to sit down with Xi in Vienna within weeks": a place named (rule 16)
    return bool(_VAGUE_TIME.search(text, s.start, s.end)) or not _TOLD_TIME.search(text, s.start, s.end)


def _spoiled(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """Talks named only as what a side spoils or uses as a cover, with no day of their own."""
    spoiled = _SPOILED.search(text, max(s.start, cue.start() - 60), cue.start()) or _SPOILED_AFTER.match(text, cue.end(), s.end)
    return bool(spoiled) and not _EXACT_DAY.search(text, s.start, s.end)


_DOORSTEP = _rx("doorstep_before", r"\s+(?:the|a|an|this|today['’]s|their|its)\s+(?:[\w'’-]+\s+){0,3}?$")
_PROCESS_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy_statements', 'process_before')})\s+$", re.I)
_PROCESS_AFTER = re.compile(rf"\s+(?:{cues.alternation('diplomacy_statements', 'process_after')})\b", re.I)
# ", which has raised tariffs since spring,": a relative clause set off by commas
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;()]*,")


def _process_or_background(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """A standing process ("accession talks", "the peace process") or a trade measure inside a
    relative clause ("India, which has raised tariffs since spring, declined to comment"), with no
    day of its own: background, no event (class D13)."""
    if kind is DiplomacyKind.talks and (_PROCESS_BEFORE.search(text, max(s.start, cue.start() - 30), cue.start())
                                        or _PROCESS_AFTER.match(text, cue.end(), s.end)):
        return not _EXACT_DAY.search(text, s.start, s.end)
    if kind is not DiplomacyKind.sanctions:
        return False  # ("Turkey, which helped broker the exchange, said 90 prisoners were freed": the exchange told)
    rel = next((r for r in _RELATIVE.finditer(text, s.start, s.end) if r.start() < cue.start() < r.end()), None)
    return rel is not None and not _EXACT_DAY.search(text, rel.start(), rel.end())


_PROSPECT = re.compile(rf"\b(?:{cues.alternation('diplomacy_statements', 'prospect_before')})(?:[\w'’-]+\s+){{0,1}}?$", re.I)


_ATTRIBUTION = _rx("attribution_before", r"\s+(?:the\s+|these\s+|those\s+)?(?:[\w'’-]+\s+){0,3}?$")


def attribution_only(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"Officials familiar with the negotiations said", "diplomats close to the talks": the event
    noun only says who the source is, no event of its own (class C2)."""
    return bool(_ATTRIBUTION.search(text, max(s.start, cue.start() - 60), cue.start()))


def prospect_only(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"Discussed the prospects of resuming negotiations in Istanbul", "talked about a possible
    summit": talks or a summit named only as a prospect the sides talked about, the topic of the
    event told, not an event of its own (class D14)."""
    lo = clause_start(text, max(s.start, cue.start() - 150), cue.start())
    spoke = list(lx.DISCUSSED_BEFORE.finditer(text, lo, cue.start()))
    return bool(spoke) and bool(_PROSPECT.search(text, spoke[-1].end(), cue.start()))


def stance(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """A stance on the event (readiness, openness, hope, not ruling it out, a bare possibility)
    puts nothing to the other side: no event (codebook rule 13)."""
    if preparing_status(text, s, cue):
        return False  # "came as Baltic leaders got ready for a summit": an act of preparing, no stance (dev18 C5)
    if own_schedule(text, s, cue):
        return False  # "ready to receive a new round of talks, scheduled for 4 May": the round is set (r37)
    lo = clause_start(text, max(s.start, cue.start() - _REACH), cue.start())
    if lo > s.start and text[lo - 1] == "," and _LISTED_ADJECTIVE.fullmatch(text, lo, cue.start()):
        lo = clause_start(text, max(s.start, cue.start() - _REACH), lo - 1)  # the list's comma is no clause mark
    return bool(_STANCE.search(text, lo, cue.start()) or _STANCE_AFTER.match(text, cue.end(), s.end)
                or _STANCE_RELATIVE.match(text, cue.end(), s.end))


def statement_venue_only(text: str, s: Sentence, cue: re.Match[str], participants: list[str],
                         location: Location | None) -> bool:
    """"A joint statement released after a meeting in Norway": the meeting is only where the
    statement came from; with no side but the venue's country it is no record of its own."""
    if not _STATEMENT_AFTER.search(text, max(s.start, cue.start() - 80), cue.start()):
        return False
    venues = {location.country} if location and location.country else set()
    named = _VENUE_AFTER.match(text, cue.end(), s.end)
    if named:  # "after a meeting in Norway": the country the sentence names as the venue
        name = named.group("name")
        venues |= {name} | ({lx.HOST_CAPITALS[name]} if name in lx.HOST_CAPITALS else set())
    return all(p in venues for p in participants)


_VENUE_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


_EARLIER_SCHEDULE = _rx("earlier_schedule")


def earlier_schedule(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"He was originally due to travel there at the end of October": the first schedule of an
    event already told (the caller checks one was), not a second event."""
    return bool(_EARLIER_SCHEDULE.search(text, s.start, cue.start()))
