"""A journey told with the purpose of meeting someone (dev16 class C7): "will fly to Tokyo on 3 May
to confer with his counterpart", "is expected in Ankara on Thursday to meet the president",
"travels to Warsaw to walk officials through the plan". When the traveller is an envoy, minister
or official, the event is the talks the trip is for (codebook 14: a meeting of states' envoys or
officials is talks); a leader's trip to meet the hosts, a state or official visit, or a trip told
with no meeting ("travelled to Kyiv to see the damage") stays a visit (ruling of 2 December 2026:
the visitor's meetings with the hosts are part of the visit)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...grounding import vocabulary
from ...knowledge import cues
from ...knowledge.actors import resolve_actor
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_working_level import working_role


def trip_kind(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str]) -> DiplomacyKind:
    """`talks` for a trip cue whose clause goes on with a purpose of meeting; else `kind`."""
    if kind is DiplomacyKind.meeting:
        return _presence_to_meet(text, s, cue) or kind
    if kind is not DiplomacyKind.visit or "visit" in cue.group(0).lower():
        return kind  # "visited Kyiv to meet Zelensky": the article calls it a visit
    end = _CLAUSE_END.search(text, cue.end(), s.end)
    hi = end.start() if end else s.end
    if (session := _session_attended(text, cue.end(), hi)) is not None:
        return session  # r45: "went to Riga to take part in the coalition's session": that meeting
    purpose = _PURPOSE.search(text, cue.end(), hi)
    if purpose is None or _NAMED_VISIT.search(text, s.start, hi) or not _working_level(text, s, cue):
        return kind  # a leader's trip to meet the hosts is the visit, the meetings part of it
    return kind if called_visit(text, s) else DiplomacyKind.talks


# r45 (dev67): a trip for taking part in a gathering of a body or of leaders ("went to Riga to
# take part in the Weimar Triangle's session", "flew to Brussels to attend the summit")
_TO_TAKE_PART = re.compile(rf"\bto\s+(?:{vocabulary.pattern('participation_verbs')})\s+(?:in\s+)?", re.I)  # grounding's words
_SUMMIT = re.compile(r"\bsummit\b", re.I)


def _session_attended(text: str, lo: int, hi: int) -> DiplomacyKind | None:
    """`summit` or `meeting` when the trip's clause goes on to take part in a summit or in a body's
    gathering named a few words after; else None."""
    part = _TO_TAKE_PART.search(text, lo, hi)
    if part is None:
        return None
    after = text[part.end():min(hi, part.end() + 80)]
    if _SUMMIT.search(after):
        return DiplomacyKind.summit
    return DiplomacyKind.meeting if lx.ORG_RE.search(after) else None


def called_visit(text: str, s: Sentence) -> bool:
    """Whether the article calls the trip a visit in its sentence or the next ("It will be her second
    visit to the city", ", his third visit to Romania"): then the trip is the visit, its meeting part
    of it (codebook 14, ruling of 2 December 2026, afternoon). A visit by someone else is not it."""
    nxt = _SENTENCE_END.search(text, min(s.end + 1, len(text)))
    return _CALLED_VISIT.search(text, s.start, nxt.end() if nxt else len(text)) is not None


def _presence_to_meet(text: str, s: Sentence, cue: re.Match[str]) -> DiplomacyKind | None:
    """"Sybiha will be in Washington on Monday to meet Rubio": the "to meet" cue after a traveller
    told to be in a place, the traveller working-level (dev22 C6): talks."""
    if not _TO_MEET.match(text, max(s.start, cue.start() - 3), cue.end()):
        return None
    end = None
    for end in _PRESENCE.finditer(text, s.start, cue.start()):
        pass
    if end is None or _CLAUSE_END.search(text, end.end(), cue.start()) or not _working_level(text, s, end):
        return None
    return DiplomacyKind.visit if called_visit(text, s) else DiplomacyKind.talks


def _working_level(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The traveller is an envoy, minister or official: by a title before the trip ("the US envoy
    will travel"), or by the title the article gives the named traveller anywhere ("Witkoff will
    travel …" after "US special envoy Steve Witkoff" or "Witkoff, Trump's envoy,")."""
    if _TRAVELLER.search(text, s.start, cue.start()):
        return True
    name = _SUBJECT_NAME.search(text, s.start, cue.start())
    if name is None:
        return False
    if working_role(getattr(resolve_actor(name.group("name")), "role", None)):
        return True  # "Witkoff is due in Moscow": a special envoy by the actor dictionary (dev22 C6)
    surname = re.escape(name.group("name"))
    titled = re.compile(rf"\b(?:{_TRAVELLER.pattern})\s+(?:[A-Z][\w'’.-]+\s+){{0,3}}{surname}\b"
                        rf"|\b{surname}\b,\s+(?:[\w'’.-]+\s+){{0,5}}?(?:{_TRAVELLER.pattern})", re.I)
    return titled.search(text) is not None


_PURPOSE = re.compile(rf"\b(?:{cues.alternation('diplomacy_wire_families', 'trip_purpose_meeting')}"
                      rf"|{cues.alternation('diplomacy_framing', 'trip_purpose_seeing')})", re.I)  # "to see Turkey's X" (r18)
_TRAVELLER = cues.regex("diplomacy_wire_families", "trip_purpose_travellers")
# the traveller named right before the trip: "Witkoff will travel", "Sybiha is expected in"
_SUBJECT_NAME = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)\s+(?:(?:will|is|are|was|were|to|also|then|now|due|set|expected|"
                           r"scheduled|going|plans?|planned|later|soon)\s+){0,3}$")
_PRESENCE = re.compile(rf"\b(?:{cues.alternation('diplomacy_wire_families', 'trip_presence')})", re.I)
_TO_MEET = re.compile(r"to\s+meet", re.I)
# r14: the trip called a visit by the article, in its sentence or the next
_CALLED_VISIT = re.compile(rf"\b(?:{cues.alternation('diplomacy_wire_families', 'trip_called_visit')})", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|$")
_NAMED_VISIT = re.compile(rf"\b(?:{cues.alternation('diplomacy_wire_families', 'trip_purpose_kept_visit')})", re.I)
# The trip's clause ends at a semicolon, a dash, or a second verb joined by "and" ("flew to Kyiv and
# met Zelensky" stays one visit: gold read so on the sets measured).
_CLAUSE_END = re.compile(r"[;\u2014\u2013]|\s-\s|\band\s+(?!(?:[A-Z]|(?:his|her|their)\b))")
