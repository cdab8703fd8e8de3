"""Sentences that name weapons and places but tell no strike on them (atk7).

Air traffic halted at airports because drones were about; soldiers training with a drone; a
side's own guns firing at the other side's positions near a town; a drone strayed into a
neighbouring country's airspace; blasts only felt or heard ("windows shook in the village across
the border", round 15); weapons given as aid ("shells for the army's howitzers", round 16). A sentence that also tells a hit ("a drone struck the airport")
or a toll keeps its strike. The words live in knowledge/data/cues/nonstrike.yaml."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...blanking import blank_spans
from ...knowledge import cues
from .common import Facts
from .weapons import find_weapon_types

_AIRPORT = cues.pattern("nonstrike", "airport_operations")
_TRAINING = cues.pattern("nonstrike", "training")
_COMBAT_FIRE = cues.pattern("nonstrike", "combat_fire")
_THIRD_COUNTRY = cues.pattern("nonstrike", "third_country")
_INCURSION = cues.pattern("nonstrike", "incursion")
_OVERFLIGHT = cues.pattern("nonstrike", "overflight")
_THIRD_CAPITAL = cues.pattern("nonstrike", "third_capitals")
_DEMINING = cues.pattern("nonstrike", "demining")
_FELT = cues.pattern("nonstrike", "felt_only")
_SUPPLIED = cues.pattern("nonstrike", "supplied_goods")
_SUPPLY_STRIKE = cues.pattern("nonstrike", "supply_strike_words")
_DEAL_STRUCK = cues.pattern("nonstrike", "deal_struck")
_NO_NEWS = cues.pattern("nonstrike", "no_news_of_strikes")
_DELAYED = cues.pattern("nonstrike", "delayed_by_fire")  # r19: "a journey held up for hours by shelling"
_AID_CUES = [rx for kind, rx in lx.DIPLOMACY_CUES if kind.value == "military_aid"]
_STRUCK = cues.regex("anchoring", "separate_strike")
# "... positions near the town of X": the few words between the positions and the town they lie by
_POSITIONS_NEAR = re.compile(r"\s+(?:(?:near|in|around|outside|close\s+to|on\s+the\s+outskirts\s+of|of)\s+)"
                             r"(?:(?:the\s+)?(?:town|city|village|settlement)\s+of\s+|the\s+)?$", re.I)


def drop_non_strikes(text: str, f: Facts) -> None:
    """Mark the sentence as no event (or drop the positions' town) when it tells no strike."""
    s = f.sent
    if _demining(text, f):
        f.cumulative = True  # r14: "sappers neutralised 34 explosive items": ordnance cleared, no strike
        return
    if _only_deals(text, f):
        f.places, f.districts, f.cumulative = [], [], True  # r17: "the deal struck in X": an agreement, no strike
        return
    if not f.counts and _only_no_news(text, f):
        f.places, f.districts, f.cumulative = [], [], True  # r18: "gave no details of new attacks": no strike told
        return
    if not f.counts and _only_in(text, f, _DELAYED):
        f.places, f.districts, f.cumulative = [], [], True  # r19: "arrived after a trip held up by shelling": no strike told
        return
    if f.counts or _STRUCK.search(text, s.start, s.end):
        return  # a toll or a hit: a strike is told, whatever else the sentence says
    if _incursion(text, f):
        f.cumulative = True
        return
    if _supplied_only(text, f):
        f.places, f.districts, f.cumulative = [], [], True  # r16: "shells for Ukrainian howitzers": goods given, no strike
        return
    if not f.counted_weapons and _FELT.search(text, s.start, s.end):
        f.places, f.districts, f.cumulative = [], [], True  # r15: "windows shook across the border": felt, not hit
        return
    for cue in (_AIRPORT, _TRAINING):
        _drop_clause_places(text, f, cue)
    _drop_positions(text, f)


def _drop_clause_places(text: str, f: Facts, cue: re.Pattern[str]) -> None:
    """Airports' towns ("flights were halted at X and Y airports", "the airports of A, B and C")
    and a training ground's town are no places hit; a sentence that tells nothing else, no strike
    and no launch, is no event ("drones were launched at Russia, forcing its airports to close"
    keeps its strike)."""
    s = f.sent
    marks = list(cue.finditer(text, s.start, s.end))
    if not marks:
        return
    f.places = [p for p in f.places if not _AIRPORT_TOWN_BEFORE.search(text, s.start, p.start)
                and not _AIRPORT_TOWN_AFTER.match(text, p.end, s.end) and not _TRAINING_AT.search(text, s.start, p.start)]
    near = [(m.start(), m.end()) for m in marks]
    told = [m for rx in (lx.ATTACK_WORDS, _LAUNCHED) for m in rx.finditer(text, s.start, s.end)
            if not any(a <= m.start() < b for a, b in near)]
    if not f.places and not told and not f.counted_weapons:
        f.cumulative = True  # r32: "70 fell to air defences over six regions, and two airports closed" keeps its tally


_LAUNCHED = re.compile(rf"\b(?:{cues.alternation('strike', 'launch')})\b|\bdamaging\b", re.I)
_NAMES = r"(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?(?:\s*,\s*|\s+(?:and|or)\s+))*"
# "the airports of A, B and C", "airports in A and B", "at the airport of A": a list after the word
_AIRPORT_TOWN_BEFORE = re.compile(
    rf"\b(?i:airports?\s+(?:of|in|at|near|serving)\s+(?:the\s+(?:city|cities|town)\s+of\s+)?){_NAMES}$")
# "at A and B airports", "A's airport": a list before the word
_AIRPORT_TOWN_AFTER = re.compile(rf"(?:['’]s)?(?:(?:\s*,\s*|\s+(?:and|or)\s+){_NAMES}[A-Z][\w'’.-]+)?(?:['’]s)?\s+"
                                 r"(?i:(?:international\s+)?airports?)\b")
# "during training near X", "at a training ground outside Y"
_TRAINING_AT = re.compile(r"\b(?:training|exercises?|drills?)(?:\s+(?:ground|range|area|site))?\s+(?:near|in|outside|at|around)"
                          r"\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$", re.I)


def _incursion(text: str, f: Facts) -> bool:
    """A drone downed over, or fallen in, a neighbour not at war; no place of the war's sides named
    and no barrage aimed at one of them ("100 drones at Ukraine, one of which strayed into ...")."""
    s = f.sent
    named = _THIRD_COUNTRY.search(text, s.start, s.end) is not None
    if not (named and _INCURSION.search(text, s.start, s.end) or _OVERFLIGHT.search(text, s.start, s.end)
            and (named or _all_in_third(f) or _THIRD_CAPITAL.search(text, s.start, s.end))):
        return False  # r14: "drones flew over the Lublin province": a third country's place, only overflown
    if lx.AIMED_AT_COUNTRY.search(text, s.start, s.end):
        return False
    return not any(p.place.country in lx.OPPONENT for p in f.places if not _named_in_third(text, p.start))


def _supplied_only(text: str, f: Facts) -> bool:
    """Weapons told only as the goods of a donation ("will hand over ammunition for Ukrainian
    artillery", "pledged mortar rounds for the brigades"): no strike word besides them (dev29 A2)."""
    s = f.sent
    if _SUPPLY_STRIKE.search(text, s.start, s.end):
        return False
    return bool(_SUPPLIED.search(text, s.start, s.end) or lx.AID_PLEDGE.search(text, s.start, s.end)
                or any(rx.search(text, s.start, s.end) for rx in _AID_CUES))


def _demining(text: str, f: Facts) -> bool:
    """Deminers' work and no toll or hit besides it ("destroyed 27 explosive objects" is theirs)."""
    s = f.sent
    marks = [(m.start(), m.end()) for m in _DEMINING.finditer(text, s.start, s.end)]
    if not marks or f.counts:
        return False
    return not any(not any(a <= m.start() < b for a, b in marks) for m in _STRUCK.finditer(text, s.start, s.end))


def _all_in_third(f: Facts) -> bool:
    """Every place the sentence names lies in a country outside the war (the gazetteer knows it)."""
    return bool(f.places) and all(p.place.country and p.place.country not in lx.OPPONENT for p in f.places)


def _named_in_third(text: str, pos: int) -> bool:
    """'over Poland's Lublin province': a place told as the neighbour's."""
    return bool(_THIRD_COUNTRY.search(text, max(0, pos - 25), pos))


def _drop_positions(text: str, f: Facts) -> None:
    """'fire a howitzer toward Russian positions near X': X is where the front runs, not a town hit."""
    s = f.sent
    marks = list(_COMBAT_FIRE.finditer(text, s.start, s.end))
    if not marks:
        return
    kept = [p for p in f.places if not any(m.end() <= p.start and _POSITIONS_NEAR.search(text[m.end():p.start])
                                           for m in marks)]
    if len(kept) < len(f.places):
        f.places = kept
        if not kept:
            f.cumulative = True


def _only_no_news(text: str, f: Facts) -> bool:
    """Every strike word and weapon of the sentence lies in a report of no news ("the governor gave
    no details of new attacks", "offered no information on drone raids"; dev33 A2)."""
    return _only_in(text, f, _NO_NEWS)


def _only_in(text: str, f: Facts, phrase: re.Pattern[str]) -> bool:
    """Every strike word and weapon of the sentence lies in one of `phrase`'s matches: a report of no
    news (dev33 A2), a journey held up by fire (r19, dev35 A3)."""
    s = f.sent
    spans = [(m.start(), m.end()) for m in phrase.finditer(text, s.start, s.end)]
    if not spans or f.counted_weapons:
        return False
    rest = blank_spans(text[:s.end], spans)
    return not (lx.ATTACK_WORDS.search(rest, s.start, s.end) or _STRUCK.search(rest, s.start, s.end)
                or find_weapon_types(rest, s))


def _only_deals(text: str, f: Facts) -> bool:
    """Every strike word of the sentence strikes a deal ("the accord struck in X holds")."""
    s = f.sent
    deals = [(m.start(), m.end()) for m in _DEAL_STRUCK.finditer(text, s.start, s.end)]
    words = list(lx.ATTACK_WORDS.finditer(text, s.start, s.end))
    return bool(deals) and bool(words) and not f.counts and not f.counted_weapons and all(
        any(a <= m.start() < b for a, b in deals) for m in words)
