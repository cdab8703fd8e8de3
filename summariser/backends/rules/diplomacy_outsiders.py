"""More names a diplomacy sentence gives that are no side of its event (dev29 class D8), read beside
`diplomacy_nonparties`: a member withholding its approval of the bloc's measure ("after Slovakia
withheld its approval"), the state a topic on the agenda is for ("with energy aid for Moldova at the
top of the agenda"), a state's own security council named in its secretary's title ("Security council
secretary <Name>", not the United Nations), and the war named in a milestone ("the first leader to
visit since Russia's full-scale invasion"), and the attacker of a strike told as the gathering's
context ("The summit followed a barrage: Russia fired 400 drones"). Words in `cues/diplomacy_record_guards.yaml`."""

from __future__ import annotations

import re
from functools import partial

from ...knowledge import cues
from ...knowledge.actors import ActorMention, find_actors
from ...sentences import Sentence

_alt = partial(cues.alternation, "diplomacy_record_guards")

_WITHHELD_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_alt('withholding_after')})", re.I)
_BENEFICIARY_BEFORE = re.compile(rf"\b(?:{_alt('agenda_beneficiary_before')})\s+(?:the\s+)?$", re.I)
_AGENDA_AFTER = re.compile(rf"(?:['’]s?)?[^.;:,]{{0,30}}?\b(?:{cues.alternation('diplomacy_nonevents', 'agenda_after')})\b", re.I)
_TITLE_AFTER = re.compile(rf"\s+(?:{_alt('security_council_title_after')})", re.I)
_COUNCIL = re.compile(r"(?:national\s+)?security\s+(?:and\s+defen[cs]e\s+)?council$", re.I)
_UN_BEFORE = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)\s+(?=(?:national\s+)?security\s)", re.I)
_COUNCIL_TITLE_BEFORE = re.compile(
    rf"\b(?:national\s+)?security\s+(?:and\s+defen[cs]e\s+)?council\s+(?:{_alt('security_council_title_after')})\s*,?\s*$", re.I)
# "since Russia's full-scale invasion": the war, named in a milestone or a running total
_WAR_AFTER = re.compile(r"['’]s\s+(?:full-scale\s+|all-out\s+|\d{4}\s+)?(?:invasion|war)\b", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
# "Moscow launched some 250 drones at Kharkiv": the attacker of a strike told as the gathering's context
_FIRED_AFTER = re.compile(
    rf"(?:['’]s\s+(?:forces|army|military|troops))?\s+(?:\w+ly\s+)?(?:{_alt('striker_verbs')})\s+"
    rf"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+|another\s+|a\s+(?:barrage|wave|salvo)\s+of\s+)?"
    rf"(?:\d[\d,]*|dozens|hundreds|[\w-]+\s+(?:drones|missiles|rockets|shells)|drones|missiles|rockets|shells|bombs)\b", re.I)

# "Russia hit Kyiv with ballistic missiles overnight": the same attacker told by a strike verb (r17, dev31 D1)
_STRUCK_AFTER = re.compile(cues.alternation("diplomacy", "strike_clause_after"), re.I)


def outsider(text: str, s: Sentence, a: ActorMention) -> bool:
    """The mention is no side of the sentence's event, for one of the reasons above."""
    title = _COUNCIL_TITLE_BEFORE.search(text, max(s.start, a.start - 60), a.start) if a.via == "person" else None
    if title and not _UN_BEFORE.search(text, max(s.start, a.start - 80), a.start):
        return _council_bound(title.group(0), a)  # the secretary bound to the council's reading, not a state of their own
    if _WITHHELD_AFTER.match(text, a.end, s.end):
        return True
    if _BENEFICIARY_BEFORE.search(text, max(s.start, a.start - 12), a.start) and _AGENDA_AFTER.match(text, a.end, s.end):
        return True
    if _FIRED_AFTER.match(text, a.end, s.end) or _STRUCK_AFTER.match(text, a.end, s.end):
        return True
    if _SINCE_BEFORE.search(text, max(s.start, a.start - 8), a.start) and _WAR_AFTER.match(text, a.end, s.end):
        return True
    return bool(_COUNCIL.search(text[a.start:a.end])
                and _TITLE_AFTER.match(text, a.end, s.end) and not _UN_BEFORE.search(text, max(s.start, a.start - 16), a.start))


def _council_bound(title: str, a: ActorMention) -> bool:
    """The person was bound to a side only by the council in their title ("Security council
    secretary <Name>" read as the UN's): the dictionary's own people keep their state."""
    return any(c.actor.name == a.actor.name for c in find_actors(title))
