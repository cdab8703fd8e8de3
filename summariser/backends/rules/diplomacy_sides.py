"""Diplomacy sides told without a name of their own: the states of a chain before one plural office
("the Chinese and Indian premiers", "Dutch and Danish defence chiefs", "our Greek partners"),
the speaker's own state behind "we", "us" and "our", an organisation named by its common noun
("the alliance") and its headquarters as the venue, and "there" as the place the sentences before
named."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ... import lexicon as lx
from ...knowledge import cues
from ...records import Location, LocationLevel
from ...sentences import Sentence
from .article_actors import ArticleActors
from .common import city_location
from .diplomacy_context import capital_of
from .diplomacy_modality import clause_start
from .diplomacy_readout import acting_first_person

_COUNTRY = "|".join(lx.COUNTRY_NAMES)
_OFFICES = cues.alternation("diplomacy", "office_plurals")
_HEADS = cues.pattern("diplomacy", "heads_of_state")
# "the Chinese and Indian premiers", "British, French and German defence chiefs", "Polish ministers":
# a chain of states before one plural office.
_CHAIN_OFFICE = re.compile(
    rf"\b(?P<chain>(?:{_COUNTRY})(?:\s*(?:,\s*and|,|and|&)\s*(?:{_COUNTRY}))*)(?:['’]s?)?\s+"
    rf"(?:(?:top|senior|chief|deputy|national|defen[cs]e|foreign|military)\s+)*(?P<office>{_OFFICES})\b")
# "the presidents of Finland and Ukraine": the same chain after the office (probedip, issue 13).
_OFFICE_OF_CHAIN = re.compile(
    rf"\b(?P<office>(?i:{_OFFICES}))\s+of\s+(?:the\s+)?(?P<chain>(?:{_COUNTRY})(?:\s*(?:,\s*and|,|and|&)\s*(?:the\s+)?(?:{_COUNTRY}))+)")
# "our Greek partners", "his French counterparts": one state before the office.
_ONE_OFFICE = re.compile(rf"\b(?:our|my|his|her|their|its)\s+(?P<chain>{_COUNTRY})\s+(?P<office>{_OFFICES})\b")
# "the Dutch cabinet", "Japanese lawmakers": a body acting for one state.
_BODY = re.compile(rf"\b(?P<chain>{_COUNTRY})\s+(?P<office>{cues.alternation('diplomacy', 'state_bodies')})\b")
# Groups that meet in a member's capital (the host is no side of its own).
REGIONAL_GROUPS = frozenset(cues.phrases("diplomacy", "regional_groups"))
_CHAIN_SPLIT = re.compile(r"\s*(?:,\s*and\b|,|\band\b|&)\s*")


def office_chain_sides(text: str, s: Sentence) -> list[str]:
    """The states of every chain before a plural office in the sentence, in order."""
    out: list[str] = []
    for rx in (_CHAIN_OFFICE, _ONE_OFFICE, _BODY):
        for m in rx.finditer(text, s.start, s.end):
            for part in _CHAIN_SPLIT.split(m.group("chain")):
                state = lx.canonical_country(part)
                if state and state not in out:
                    out.append(state)
    return out


def heads_of_state_meet(text: str, s: Sentence) -> bool:
    """The sentence names the sides of its meeting as heads of state of two or more states ("talks
    of the Mexican and Argentine presidents"): a summit."""
    return any(_HEADS.fullmatch(m.group("office").lower()) and len(_CHAIN_SPLIT.split(m.group("chain"))) >= 2
               for rx in (_CHAIN_OFFICE, _OFFICE_OF_CHAIN) for m in rx.finditer(text, s.start, s.end))


def leaders_of_several_states(actors: ArticleActors, s: Sentence, sides: Sequence[str]) -> bool:
    """The sentence names heads of state or government of three or more states by name ("Tusk hosted
    Fiala, Fico and Orbán"): their meeting is a summit (codebook 14, ruling of 1 December 2026); two
    leaders meeting stay a meeting. Only the event's `sides` count (not "a day after Merz and Trump spoke")."""
    states = {a.actor.name for a in actors.within(s.start, s.end)
              if a.actor.via == "person" and a.actor.role and _HEAD_ROLE.fullmatch(a.actor.role) and a.actor.name in sides}
    return len(states) >= _SEVERAL


_SEVERAL = 3
_HEAD_ROLE = re.compile(cues.alternation("diplomacy", "head_roles"), re.I)


def group_video_call(text: str, cue: re.Match[str]) -> bool:
    """A video conference told as a group's ("a leaders' video conference", "a video call of
    European leaders"): talks among the group (codebook rule 14), not a two-sided call."""
    if not _VIDEO.search(cue.group(0)):
        return False
    return bool(_GROUP_BEFORE.search(text, max(0, cue.start() - 30), cue.start())
                or _GROUP_AFTER.match(text, cue.end())
                or _GROUP_SUBJECT.search(text, max(0, cue.start() - _SUBJECT_REACH), cue.start()))


_VIDEO = re.compile(r"video", re.I)
_GROUP_BEFORE = re.compile(rf"(?:{cues.alternation('diplomacy', 'group_call_near')})\s*$", re.I)
_GROUP_AFTER = re.compile(rf"\s+(?:{cues.alternation('diplomacy', 'group_call_near')})", re.I)
# the group's leaders as the subject of the clause that holds the video conference (r19, dev35 D5):
# the subject opens the clause (sentence start, or after a colon, semicolon or list number) and no
# clause boundary lies between it and the medium
_GROUP_SUBJECT = re.compile(rf"(?:^|[.;:!?]\s+|\n\s*(?:\d+[.)]\s+)?)(?:the\s+)?(?:{cues.alternation('diplomacy', 'group_call_subject')})"
                            r"(?:(?!\b(?:that|said|says|told|tells|announced|reported|added|whether)\b)[^.;:!?,\n])*$", re.I)
_SUBJECT_REACH = 120


# How far back the speaker of a quote is looked for, in sentences.
_SPEAKER_REACH = 6
# ("told us", "asked me": the reporter spoken to, not a side)
_WE = re.compile(r"(?<!\btold\s)(?<!\btell\s)(?<!\basked\s)(?<!\bshowed\s)\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y|me)\b")
_SPEAKER_ROLE = re.compile(
    rf"\b(?P<land>{_COUNTRY})(?:['’]s)?\s+(?i:(?:top|chief|deputy|first\s+deputy)\s+)?"
    r"(?i:president|prime\s+minister|premier|chancellor|(?:foreign|defen[cs]e)\s+minister|minister|"
    r"foreign\s+ministry|defen[cs]e\s+ministry|ministry|government|leader|envoy|ambassador|spokes\w+|"
    r"negotiator|diplomat|official)\b"
    # "Maia Rusu, foreign minister of Moldova": a digest heading naming the poster's office (class D16)
    rf"|\b(?i:president|prime\s+minister|(?:foreign|defen[cs]e)\s+minister|minister)\s+of\s+(?P<land2>{_COUNTRY})\b")


def speaker_state(text: str, sents: list[Sentence], idx: int, persons: Sequence[tuple[int, str]]) -> str | None:
    """The one state the speaker of a quote speaks for: a titled person or an office of one state
    in the sentence ("…, Ukraine's defence minister said") or the closest sentence before that
    names one. `persons` are (offset, state) of the people the actor dictionary found."""
    opened = quote_opened(text, sents[idx]) if sents else None
    for j in range(idx, max(-1, idx - 1 - _SPEAKER_REACH), -1):
        s = sents[j]
        if opened is not None and s.start >= opened:
            continue  # inside the speaker's own quote: the names there are whom they speak of (r16, dev29 D8)
        states = {st for pos, st in persons if s.start <= pos < s.end}
        states |= {st for m in _SPEAKER_ROLE.finditer(text, s.start, s.end)
                   if (st := lx.canonical_country(m.group("land") or m.group("land2")))}
        if len(states) == 1:
            return states.pop()
        if states:
            return None  # two speakers: no telling which one says "we"
    return None


_OPEN_QUOTE = re.compile(r"[\"“]")
_CLOSE_QUOTE = re.compile(r"[\"”]")


def quote_opened(text: str, s: Sentence) -> int | None:
    """Where the quotation the sentence stands in opened, in its paragraph, when the sentence is
    inside one still open (straight quotes paired in order, curly ones by their side); else None."""
    para = text.rfind("\n", 0, s.start) + 1
    opened = None
    for m in re.finditer(r"[\"“”]", text[para:s.start]):
        mark = m.group(0)
        if opened is None and mark in "\"“":
            opened = para + m.start()
        elif opened is not None and mark in "\"”":
            opened = None
    return opened


def first_person_in_event(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"We", "us", "our" (or "I", "my") is a side of the event: in the cue's clause before it ("We held talks
    with…", "we have proposed a summit"), or just after its verb ("agreed to send us…", "talks
    with our colleagues")."""
    lo = clause_start(text, max(s.start, cue.start() - 60), cue.start())
    return bool(acting_first_person(text, lo, cue.start(), _WE) or _WE.search(text, cue.start(), min(s.end, cue.end() + 25))
                or subjectless_post(text, s))


def subjectless_post(text: str, s: Sentence) -> bool:
    """A post quoted with no subject ("Had a good call today with the President of Finland"): the
    poster, named before it (a digest's heading), speaks; the names in it are the counterparts."""
    return bool(_SUBJECTLESS.match(text, s.start, s.end))


# A post quoted with no subject: "Had a good call today with…", "Just spoke with…" (the poster speaks).
_SUBJECTLESS = re.compile(r"\s*[\"“]\s*(?:(?:Just|Today|Earlier|Also|Yesterday)\s+)?(?:Had|Held|Spoke|Met|Talked|Discussed|Will)\b")


# "the alliance's headquarters", "NATO headquarters", "the headquarters of the bloc".
_HQ = cues.alternation("diplomacy", "headquarters")


@cache
def _org_refs() -> list[tuple[re.Pattern[str], str]]:
    table = cues._file("diplomacy")["org_references"]
    office_of = cues.alternation("diplomacy", "office_of_org")  # "defence ministers of the alliance"
    acts = cues.alternation("diplomacy", "org_subject_verbs")  # "the bloc adopted its package" (r33)
    return [(re.compile(rf"\b(?:{'|'.join(forms)})(?=['’]s?\s|\s+(?:{_OFFICES}|members|member\s+states|{_HQ}|{acts})\b)"
                        rf"|(?i:\b(?:{office_of}))(?:{'|'.join(forms)})\b"), org)
            for org, forms in table.items()]


@cache
def _seats() -> dict[str, str]:
    return {org: cities[0] for org, cities in cues._file("diplomacy")["org_seats"].items()}


def org_by_noun(text: str, s: Sentence) -> list[str]:
    """Organisations the sentence names by their common noun as the body of people or a seat
    ("the alliance's defence ministers", "bloc leaders"); "the alliance between Moscow and
    Pyongyang" is none."""
    return [org for rx, org in _org_refs() if rx.search(text, s.start, s.end)]


def headquarters_venue(text: str, s: Sentence, cue: re.Match[str]) -> tuple[str, Location] | None:
    """"ministers meet at the alliance's headquarters next week", "met at NATO HQ": the organisation (a side)
    and the city of its seat (the venue)."""
    # r46 (dev68): the seat's city may stand before the noun ("at the alliance's Brussels headquarters")
    for m in re.finditer(rf"\b(?:at|in|to|inside)\s+(?:the\s+)?(?P<org>[\w'’ .-]{{2,40}}?)(?:['’]s?)?\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?:{_HQ})\b"
                         rf"|\b(?:{_HQ})\s+of\s+(?:the\s+)?(?P<org2>[\w'’ .-]{{2,40}}?)(?=[\s,.;]|$)", text[s.start:s.end]):
        name = (m.group("org") or m.group("org2") or "").strip()
        org = lx.canonical_org(name) or next((o for rx, o in _org_refs() if rx.match(name + "'s ")), None)
        city = _seats().get(org or "")
        place = lx.lookup(city) if city else None
        if org and place:
            return org, city_location(place)
    return None


# "held talks there", "we met them there last week": the place named just before.
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|seems?|appears?)\b)")
_PLACE_IN = re.compile(r"\b(?:in|to|at|from|visit(?:ed|ing|s)?)\s+(?:the\s+)?(?P<n>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)")
_THERE_REACH = 2


def there_venue(text: str, sents: list[Sentence], idx: int, cue: re.Match[str]) -> Location | None:
    """"We held talks with them there": the city the sentence before (or the one before it) names
    last, when the gazetteer knows it as a city."""
    s = sents[idx]
    if not _THERE.search(text, cue.end(), min(s.end, cue.end() + 80)):
        return None
    for j in range(idx - 1, max(-1, idx - 1 - _THERE_REACH), -1):
        for m in reversed(list(_PLACE_IN.finditer(text, sents[j].start, sents[j].end))):
            place = lx.lookup(m.group("n"))
            if place and place.level is LocationLevel.city:
                return city_location(place)
    return None


# "in the Latvian capital", "travelled to the Finnish capital": the capital of that state.
# r46 (dev68): the possessive ("a visit to Germany's capital", "arrived in Poland's capital")
_CAPITAL_OF = re.compile(rf"\b(?:in|to|at|into)\s+(?:the\s+(?P<land>{_COUNTRY})|(?P<owner>{_COUNTRY})['’]s)\s+capital\b"
                         r"(?!\s+(?:city\s+)?of\b)")


def capital_named(text: str, s: Sentence) -> Location | None:
    """The venue told as a state's capital without its name."""
    m = _CAPITAL_OF.search(text, s.start, s.end)
    state = lx.canonical_country(m.group("land") or m.group("owner")) if m else None
    return capital_of(state) if state else None


# "Latvia hosted the NB8 ministers", "hosted by Lithuania": the state named as host.
_HOST_STATE = re.compile(rf"\b(?P<a>{_COUNTRY})(?:['’]s\s+[\w\s]{{0,30}}?)?\s+(?:hosted|hosts|is\s+hosting|was\s+hosting)\b"
                         rf"|\bhosted\s+by\s+(?:the\s+)?(?P<b>{_COUNTRY})\b")


def group_hosts(text: str, s: Sentence) -> set[str]:
    """States the sentence names as the host of the gathering (a member of the group that meets)."""
    return {st for m in _HOST_STATE.finditer(text, s.start, s.end)
            if (st := lx.canonical_country(m.group("a") or m.group("b")))}
