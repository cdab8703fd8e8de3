"""Aid announced without its recipient, who is named in the next sentence by the delivery (dev20
class C3; the aid families of dev13 C3, dev16 C3, dev17 C8 read the recipient in the aid sentence):
"Belgium and Luxembourg unveiled 300 million euros in energy assistance. The first generators will
arrive in Ukraine next month." The aid sentence names a donor, a giving verb and an aid noun (an
amount "in <adjectives> support", a package, a tranche); the next sentence names the recipient
after a delivery verb ("arrive in", "reach", "be sent to", "bound for", "in Ukrainian hands").
Money kept at home ("for its own grid") names no recipient after a delivery and stays no record."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DiplomacyKind, Location
from ...sentences import Sentence

Cue = tuple[DiplomacyKind, re.Match[str]]


_alt = partial(cues.alternation, "diplomacy_nonevents")


# "unveiled 300 million euros in energy assistance", "announced a joint package worth …"
_AID_GIVEN = re.compile(
    rf"\b(?:{_alt('aid_giving_verbs')})\s+(?:[\w$€£.,'’-]+\s+){{0,8}}?(?:{_alt('aid_nouns')})\b", re.I)
_DELIVERY = re.compile(rf"\b(?:{_alt('aid_delivery_before_recipient')})\s+", re.I)
# the aid named again before the delivery ("the first generators will arrive"; not "Scholz will go to")
_AID_THING = re.compile(rf"\b(?:{_alt('aid_things')})\b", re.I)
# the recipient within a few words of the delivery ("reach front-line units in Ukraine")
_RECIPIENT_REACH = 50


def aid_recipient_next(text: str, sents: list[Sentence], idx: int,
                       states_of: Callable[[Sentence], list[str]]) -> tuple[list[Cue], list[str]]:
    """The aid cue of sentence `idx` and its recipient from the next sentence; nothing when the
    sentence names no donor or giving verb, or the next names no recipient after a delivery."""
    if idx + 1 >= len(sents):
        return [], []
    s, nxt = sents[idx], sents[idx + 1]
    given = _AID_GIVEN.search(text, s.start, s.end)
    donors = states_of(s) if given else []
    if given is None or not donors:
        return [], []
    recipients = [x for x in _recipients(text, nxt, states_of) if x not in donors]
    return ([(DiplomacyKind.military_aid, given)], recipients[:1]) if recipients else ([], [])


def _recipients(text: str, nxt: Sentence, states_of: Callable[[Sentence], list[str]]) -> list[str]:
    out: list[str] = []
    for d in _DELIVERY.finditer(text, nxt.start, nxt.end):
        if not _AID_THING.search(text, nxt.start, d.start()):
            continue
        hi = min(nxt.end, d.end() + _RECIPIENT_REACH)
        out += [x for x in states_of(Sentence(d.end(), hi, text[d.end():hi])) if x not in out]
    return out


# Round 15 (dev27 C2): aid to repair or rebuild what a city of a state owns ("€12 million to repair
# Kharkiv's power grid", "to rebuild two schools in Sumy") names the recipient through the city: the
# city's state receives it (codebook 14-15), unless the sentence names a warring side already.
_REPAIRED_IN = re.compile(
    r"\b(?:repair(?:s|ing)?|rebuild(?:ing)?|restor(?:e|ing|ation)|reconstruct(?:ing|ion)?)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:(?P<owner>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)['’]s\b|(?:[\w'’-]+\s+){0,4}?in\s+(?P<town>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\b)")
# "will donate 15 heating units to Kharkiv", r51 "sent Kherson four excavators": the city the kit is
# sent to, in the cue itself
_SENT_TO = re.compile(rf"\b(?:(?:to|for)\s+(?:the\s+)?|(?:{cues.words_alternation('aid_giving', 'receiver_first_verbs')})\s+)"
                      r"(?P<dest>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\b")


def city_recipient(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str], participants: list[str],
                   location: Location | None) -> tuple[list[str], Location | None]:
    """The participants of an aid record with the state of the city whose repairs it pays for; that
    city is what is repaired, no venue."""
    if kind is not DiplomacyKind.military_aid:
        return participants, location
    m = _REPAIRED_IN.search(text, cue.start(), s.end)
    to = _SENT_TO.search(text, cue.start(), min(s.end, cue.end() + 1))
    name = (m.group("owner") or m.group("town")) if m else to.group("dest") if to else None
    if name is None:
        return participants, location
    location = None if location is not None and location.name == name else location
    place = lx.lookup(name)
    if place is None or place.country not in lx.WAR_SIDES or any(p in lx.WAR_SIDES for p in participants):
        return participants, location
    return [*participants, place.country], location
