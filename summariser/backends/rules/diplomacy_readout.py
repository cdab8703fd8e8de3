"""A state body's own readout (class C3): a foreign ministry's release speaks of "the Minister",
"the Ministry", "the Deputy Foreign Minister" and "our ambassador" and never names its own
state. When the article's source is a state's institution and a sentence's actor is such a bare
institutional role, that state is a side of the event; the counterpart still comes from the text."""

from __future__ import annotations

import datetime as dt
import re

from ...knowledge import cues
from ...knowledge.actors import find_actors
from ...sentences import Sentence

# "the Minister", "the Deputy Foreign Minister", "the Ministry", "our ambassador": a role with no
# state or name of its own ("the Minister of Georgia", "the Polish Minister" name theirs).
_ROLE = rf"(?:{cues.alternation('diplomacy', 'readout_roles')})\b(?!\s+of\s+(?:the\s+)?[A-Z])(?!\s+[A-Z])"
_BARE_ROLE = re.compile(rf"(?:\b[Tt]he|\b[Oo]ur)\s+{_ROLE}")
# r38: a release's house style names its head by title alone, with no article, at the sentence's start
# ("Director General met the envoy", "Secretary General will travel"; not "President Zelensky met")
_ROLE_OPENS = re.compile(rf"\W*{_ROLE}(?!['’])")


def readout_state(source: str | None, published: dt.date | None) -> str | None:
    """The state whose institution published the article ("Ministry of Foreign Affairs of
    Lithuania", "Office of the President of Ukraine"); None for a newspaper or an agency."""
    if not source:
        return None
    mentions = find_actors(source, published)
    body = next((a.actor.name for a in mentions if a.via == "institution"), None)
    if body is not None:
        return body
    # "President of Ukraine", "Government of Latvia": an office named with its state (dev12 class C4)
    states = {a.actor.name for a in mentions if a.actor.kind == "state" and a.via == "name"}
    if len(states) == 1 and _OFFICE.search(source):
        return next(iter(states))
    # r38: an organisation's own release ("International Atomic Energy Agency, press release"): its
    # "Director General" is the organisation's
    bodies = {a.actor.name for a in mentions if a.actor.kind == "organisation"}
    return bodies.pop() if len(bodies) == 1 and not states and _RELEASE.search(source) else None


def author_state(source: str | None, published: dt.date | None) -> str | None:
    """The state of the one office-holder the source line names as its author ("Andrii Sybiha, post on
    X"): a post or an op-ed written in the first person speaks for that state."""
    if not source:
        return None
    states = {a.actor.name for a in find_actors(source, published) if a.actor.kind == "state" and a.via == "person"}
    return states.pop() if len(states) == 1 else None


# the first person outside a quotation: the author's own acts ("I held talks", "we signed")
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b")
# r37: "we expect the Council to adopt the package", "we hope Berlin will send": the speaker waits on
# another's act, no side of it
_EXPECTING = re.compile(rf"\s+(?:\w+ly\s+)?(?:{cues.alternation('diplomacy', 'expecting_verbs')})\b", re.I)


def acting_first_person(text: str, lo: int, hi: int, words: re.Pattern[str] = FIRST_PERSON) -> re.Match[str] | None:
    """The first "we", "our", "I" (as `words` reads them) between `lo` and `hi` that is no speaker
    waiting on another's act."""
    return next((m for m in words.finditer(text, lo, hi) if not _EXPECTING.match(text, m.end(), hi)), None)


_RELEASE = re.compile(r"\b(?:press|news|media)\s+release|\bstatement\b|\bcommuniqu|\breadout\b|\bupdate\b", re.I)
# (r39: a state's mission abroad speaks for it too: "Embassy of Latvia in Vienna", "Mission of Georgia to the OSCE")
_OFFICE = re.compile(r"\b(?:President|Presidency|Prime\s+Minister|Government|Ministry|Office|Cabinet|Chancellery"
                     r"|Mission|Embassy|Consulate|Permanent\s+Representation)\b")


def speaks_as_institution(text: str, s: Sentence) -> bool:
    """The sentence's actor is a bare institutional role: "On Thursday the Minister received…",
    "The Ministry handed the envoy a note", "our ambassador delivered"."""
    return _BARE_ROLE.search(text, s.start, s.end) is not None or _ROLE_OPENS.match(text, s.start, s.end) is not None

