"""Arrivals that are nobody's visit (dev21 class C1). The visit cues take the whole arrival family
("landed in", "got off the train in", "pulled into", "was greeted in", "arrives in"); an arrival is
a state's visit only when its traveller could be one: "the Irish premier got off the night train in
Odesa" is, "refugees got off the train in Przemysl", "aid convoys arrived in Sumy" and "a drone
landed in a yard in Lviv" are not. The traveller is the clause's subject before the cue."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...knowledge import cues, find_actors
from ...records import DatePrecision, DateSpan, Diplomacy, DiplomacyKind, Location, LocationLevel
from ...sentences import Sentence
from .diplomacy_modality import clause_start


def no_visitor(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str]) -> bool:
    """A visit cue whose subject names travellers of no state ("refugees", "the cargo", "a drone")
    and no office or person that could stand for one."""
    if kind is not DiplomacyKind.visit:
        return False
    if (after := _VISITOR_AFTER.match(text, cue.end())) is not None and not _NOT_VISITOR.match(text, after.end()):
        return False  # r48: "the students return after the visit of the Dutch premier": the visitor follows the noun
    if _BODY_AT_ITS_SEAT.search(text, s.start, cue.start()) and _MEETING_AFTER.match(text, cue.end(), s.end):
        return True  # "NATO's envoys are expected at the alliance's seat for a session": its own meeting (r30)
    if _DOORSTEP.match(cue.group(0)) and _PEOPLE_BEFORE.search(text, s.start, cue.start()):
        return True  # "envoys arriving in Vienna asked for calm": who spoke at the door, no visit (r32)
    said = list(_SAID_THAT.finditer(text, s.start, cue.start()))
    if said and _REPORTED_SUBJECT.match(text, said[-1].end(), s.end):
        return True  # "the minister said the children travelled to Doha, … before flying on": the children travel (dev34 C1)
    subject = text[clause_start(text, s.start, cue.start()):cue.start()]
    if _FACILITY_ARRIVAL.fullmatch(cue.group(0)) and facility_reached(text, s, cue) is not None:
        # "the agency's chief reached the nuclear plant": only an officeholder or a named person (r21); a
        # subject set off by an appositive ("Grossi, the agency's head, reached …") is read whole
        subject = subject if subject.strip() else text[s.start:cue.start()]
        return not (_DIGNITARY.search(subject) or _named_person(subject) or _ORGANISATION_OFFICER.search(subject)) \
            or bool(_NOT_VISITOR.search(subject))
    if _PRESENCE.fullmatch(cue.group(0)):  # r51: an appositive subject read whole ("the premier, X, was in Kyiv")
        return idle_presence(subject if subject.strip() else text[s.start:cue.start()])
    return bool(_NOT_VISITOR.search(subject)) and not (_DIGNITARY.search(subject) or _named_person(subject))


# r32: a restrictive participle of arrival right after the people it picks out ("several ministers arriving in
# Brussels", "leaders arriving for the summit"), the main verb after it: no comma, no auxiliary before it
_DOORSTEP = re.compile(r"arriving\b", re.I)
_PEOPLE_BEFORE = re.compile(r"\b(?!(?:is|was|has|does)\b)[A-Za-z]+[^s\W]s\s+$")


# a body's own people ("the bloc's finance ministers", "NATO defence chiefs"), then "in <city> for a meeting"
_BODY_AT_ITS_SEAT = re.compile(r"\b(?:EU|NATO|European\s+Union|G7|G20|OSCE|UN|bloc|alliance)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:ministers|leaders|ambassadors|envoys|heads\s+of\s+(?:state|government)|chiefs)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_MEETING_AFTER = re.compile(r"(?-i:[A-Z])[\w'’-]+\s+for\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|session|gathering)\b", re.I)


def idle_presence(subject: str) -> bool:
    """Plain presence ("is in Odesa") is a visit only when its subject is a leader or minister, or a
    short run of names ("Orpo is in Kyiv"): "our reporter is in Lviv", "the ambassador is in Kyiv"
    and "the talks were in Geneva" are not (round 14)."""
    if _PRESENT_VISITOR.search(subject):
        return False
    words = subject.split()
    if any(w.lower() in _PRONOUNS for w in words):
        return True  # "he was in Kyiv when the sirens sounded": whose visit is not told here
    if len(words) == 1 and not find_actors(subject):
        return True  # r49: a bare name no actor holds ("Olena was in X visiting her parents"): a private person
    return not (0 < len(words) <= 3 and _named_person(subject) and not _NOT_VISITOR.search(subject)
                and all(w[:1].isupper() for w in words))


def presence_day(kind: DiplomacyKind, cue: re.Match[str], day: dt.date | None) -> DateSpan | None:
    """"The Dutch premier is in Odesa": a visit told in the present is under way on the day of the
    report (its `day`: the publication day or a live blog's heading)."""
    if kind is not DiplomacyKind.visit or day is None or not _PRESENCE_NOW.match(cue.group(0)):
        return None
    return DateSpan(start=day, end=day, text=cue.group(0).strip(), precision=DatePrecision.day)


def _named_person(subject: str) -> bool:
    """A capitalised name in the subject that is no state, demonym or place ("the train carrying
    Sanchez", "Sanchez's convoy"): a person travelling in it."""
    return any(not (w in _NOT_NAMES or _NOT_VISITOR.fullmatch(w) or _of_state_or_place(w))
               for w in _NAME.findall(subject))


def _of_state_or_place(word: str) -> bool:
    """A state or place, alone or as the first half of a compound ("Panama-flagged", "Kyiv-based"; r31)."""
    return any(lx.canonical_country(w) or lx.lookup(w) for w in {word, re.split(r"[-‑]", word)[0]})


# a reporting verb before the traveller: what follows is the reported clause, with its own subject
_SAID_THAT = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists)|added|announced|reported|wrote)\s+(?:that\s+)?", re.I)
# the visitor named after the visit's noun ("the visit of the Dutch premier", "a visit by two ministers")
_VISITOR_AFTER = re.compile(r"\s+(?:of|by)\s+(?:the\s+|a\s+|an\s+)?", re.I)
_NOT_VISITOR = re.compile(rf"\b(?:{cues.alternation('diplomacy_visits', 'not_visitors')}|{cues.alternation('diplomacy', 'aid_weapons')})\b", re.I)
# the reported clause's subject is travellers of no state: "(said) the seven children (had) travelled"
_REPORTED_SUBJECT = re.compile(rf"(?:the|some|all|several|many|[\d,]+|[a-z]+)?\s*(?:[a-z][\w-]*\s+){{0,2}}?"
                               rf"(?:{cues.alternation('diplomacy_visits', 'not_visitors')})\s+(?:had\s+|have\s+|were\s+|was\s+)?[a-z]+ed\b", re.I)
_DIGNITARY = cues.pattern("diplomacy_visits", "dignitaries")
_PRESENT_VISITOR = cues.regex("diplomacy_visits", "present_visitors")
_PRESENCE_NOW = re.compile(r"(?:is|are)\s", re.I)
_PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}
_PRESENCE = re.compile(rf"(?:{cues.alternation('diplomacy_visits', 'presence_cue')})", re.I)
_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*")
# capitalised words that name no one: openers, days and months ("On Monday, the first trucks…")
_NOT_NAMES = {"The", "A", "An", "On", "In", "At", "By", "Our", "Its", "His", "Her", "Their", "This", "That", "These",
              "Those", "Two", "Three", "Four", "Five", "Ten", "All", "Both", "Late", "Early", "Some", "Several", "Dozens", "Hundreds",
              "More", "Many", "Most", "First", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
              "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"}


# r21 (classes_dev39 D4): an arrival at a facility ("reached the Rivne nuclear power station", "arrived at
# the Kakhovka dam"), the cue of diplomacy_kinds_more.yaml more_kinds_r21 visit; the facility is named
# by a place of the gazetteer before its noun, and that place's state is the one visited.
_FACILITY_ARRIVAL = re.compile(lx.FACILITY_ARRIVAL, re.I)
_FACILITY = re.compile(r"\s+(?:the\s+)?(?P<n>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+"
                       rf"(?P<f>{lx.FACILITIES})\b", re.I)


# an organisation's officer or team: its name (an acronym or a capitalised word, possessive or not)
# before one of `facility_visitors` ("the IAEA chief", "the agency's director general" after a named body)
_ORGANISATION_OFFICER = re.compile(rf"(?:\b(?-i:[A-Z]{{2,}})|\bagency['’]s|\b(?-i:[A-Z])[\w-]+['’]s)\s+(?:[\w-]+\s+)?"
                                   rf"(?:{cues.alternation('diplomacy_visits', 'facility_visitors')})\b", re.I)


def facility_reached(text: str, s: Sentence, cue: re.Match[str]) -> Location | None:
    """The facility an arrival cue reaches, as a site in the state of the gazetteer place that names it
    ("reached the Khmelnytskyi nuclear power station": a site in Ukraine); None for any other cue."""
    if not _FACILITY_ARRIVAL.fullmatch(cue.group(0)):
        return None
    m = _FACILITY.match(text, cue.end(), s.end)
    place = lx.lookup(m.group("n")) if m else None
    if m is None or place is None or not place.country:
        return None
    name = re.sub(r"\s+", " ", f"{m.group('n')} {m.group('f')}")
    return Location(name=name, admin1=place.admin1, country=place.country, level=LocationLevel.site)


# r21 (classes_dev39 D1): a discussion ahead told beside a trip of the same sentence ("will travel to Kyiv,
# where he will discuss air defence with Zelensky on Monday", "is due to discuss it with Tusk during a
# visit to Warsaw"): what the visit will be about, not talks of their own; the trip stays the event.
_DISCUSSION = re.compile(lx.DISCUSSION_AHEAD, re.I)
_VISIT = dict(lx.DIPLOMACY_CUES)[DiplomacyKind.visit]


def discussion_on_trip(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str]) -> bool:
    """The talks cue is a discussion ahead (lexicon DISCUSSION_AHEAD) and the sentence tells a trip."""
    if kind is not DiplomacyKind.talks or not _DISCUSSION.match(text, cue.start(), s.end):
        return False
    return any(v.end() <= cue.start() or v.start() >= cue.end() for v in _VISIT.finditer(text, s.start, s.end))


# r43 (dev64): a negotiating team as the arrival's subject, before any comma ("The delegation of Ukraine,
# led by its defence minister, came to Istanbul"); an officeholder beside it makes the trip theirs
_TEAM = cues.pattern("diplomacy_visits", "negotiating_teams")


def delegation_trip(rec: Diplomacy) -> bool:
    """A held visit whose traveller is a delegation ("Our delegation arrived in Geneva with a short
    mandate"): the journey to talks, which are the event (codebook 14: talks at a venue name no visit)."""
    if rec.kind is not DiplomacyKind.visit or not rec.evidence:
        return False
    text = rec.evidence[0].text
    cue = _VISIT.search(text)
    core = text[:cue.start()].split(",")[0] if cue else ""
    return bool(_TEAM.search(core)) and not _DIGNITARY.search(_TEAM.sub(" ", core))
