"""Whose enemy, and whose own forces: "the enemy", "the occupiers", "the aggressor" name the other side of whoever
speaks. A Ukrainian official's enemy is Russia, a Russian official's is Ukraine. The speaker is
read from the sentence through the actor dictionary (`knowledge/data/actors.yaml`: people,
institutions, demonyms, capitals) or from a regional body or title named after a place in the
gazetteer ("the Sumy regional administration", "the Kursk governor")."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge.actors import find_actors
from ...knowledge.sides import SIDES
from ...sentences import Sentence

# r3: "a Russian missile hit X", "Russian forces shelled Y": the side that strikes, not one that speaks
_SIDE_AS_WEAPON = re.compile(r"\s+(?:(?:ballistic|cruise|guided|attack|kamikaze|strike|combat|hypersonic|aerial|heavy"
                             r"|long-range|FPV)\s+)?(?:missiles?|drones?|shells?|shelling|strikes?|airstrikes?|attacks?"
                             r"|bombs?|rockets?|forces|troops|aircraft|jets|artillery|UAVs?|Shaheds?|barrage|raids?)\b", re.I)

_SIDE_STRIKES = re.compile(r"\s+(?:\w+ly\s+|also\s+|again\s+)?(?:shelled|struck|hit|attacked|launched|fired|targeted"
                           r"|bombed|pounded|hammered|shot|dropped|sent)\b", re.I)


def _strikes(text: str, pos: int, end: int) -> bool:
    """The side named as the one striking right after its name ("Russian missiles", "Russian forces shelled")."""
    return bool(_SIDE_AS_WEAPON.match(text, pos, end) or _SIDE_STRIKES.match(text, pos, end))


def speaker_side(text: str, s: Sentence) -> str | None:
    """The one side (Ukraine or Russia) whose people or bodies speak in the sentence, else None."""
    sides = {SIDES[a.actor.code] for a in find_actors(text[s.start:s.end])
             if a.actor.code in SIDES and not _strikes(text, s.start + a.end, s.end)}
    for m in lx.GAZETTEER_RE.finditer(text, s.start, s.end):
        end = m.end("name")
        if lx.ADMIN_BODY_AFTER.match(text, end) or lx.PLACE_TITLE_AFTER.match(text, end):
            place = lx.lookup(m.group("name") or "")
            if place is not None and place.country in lx.OPPONENT:
                sides.add(place.country)
    return sides.pop() if len(sides) == 1 else None


def own_side(text: str, s: Sentence, at: int) -> str | None:
    """Whose forces "our forces" / "its forces" at `at` are: the side that speaks before them ("the
    General Staff said its forces hit a refinery in Russia's X region": Ukraine), else the one
    side speaking anywhere in the sentence."""
    before = {SIDES[a.actor.code] for a in find_actors(text[s.start:at]) if a.actor.code in SIDES}
    if len(before) == 1:
        return before.pop()
    return speaker_side(text, s)


def article_voice(text: str, sents: list[Sentence]) -> str | None:
    """The side whose people and bodies speak in most sentences of the article: the outlet's
    perspective, from which an unattributed "the enemy's previous attack" is the other side's (r9, A4)."""
    counts: dict[str, int] = {}
    for s in sents:
        side = speaker_side(text, s)
        if side is not None:
            counts[side] = counts.get(side, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=lambda c: counts[c])
    return best if len(ranked) == 1 or ranked[0] >= 2 * ranked[1] else None  # a clear majority only


def home_country(places: list[lx.Place]) -> str | None:
    """The country most attack places of the article lie in (Ukraine or Russia): the target of a
    report that names none ("the enemy attacked with 145 drones and missiles")."""
    seen: dict[str, int] = {}
    for place in places:
        if place.country in lx.OPPONENT:
            seen[place.country] = seen.get(place.country, 0) + 1
    return max(seen, key=lambda c: seen[c]) if seen else None


# r21 (dev39 A5): the object of a strike noun or verb: "a naval drone raid against its Baltic Fleet",
# "sea drones struck the Russian navy's landing ships", "a strike on the headquarters of the fleet"
_STRUCK_OBJECT = re.compile(
    r"\b(?:(?:attacks?|strikes?|raids?|airstrikes?)\s+(?:on|against)|(?:struck|hit|attacked|targeted|targeting|hitting"
    r"|striking|raided|raiding))\s+(?!(?:by|with|from|back|out|at|in|on|hard|again)\b)", re.I)
_OBJECT_END = re.compile(r"[,;:.!?()\u2014\u2013]|\s(?:in|near|at|off|outside|on|with|by|from|and|while|as|after|before"
                         r"|killing|injuring|wounding|said|says)\b")


def struck_forces_side(text: str, s: Sentence) -> str | None:
    """The side whose own forces or ships a strike hit, named as an institution of that side in the
    strike's object ("a raid against its fleet's flagship", "struck the Russian navy's ships"): the
    target, not the attacker (codebook 12). None when the object names no side's forces."""
    for m in _STRUCK_OBJECT.finditer(text, s.start, s.end):
        stop = _OBJECT_END.search(text, m.end(), s.end)
        end = stop.start() if stop else s.end
        for a in find_actors(text[m.end():end]):
            if a.via == "institution" and a.actor.name in lx.OPPONENT:
                return a.actor.name
        if _OWN_FORCES_OBJECT.match(text, m.end(), end):
            # "Moscow blamed a raid against its fleet's flagship": the side the sentence names before it
            sides = [a.actor.name for a in find_actors(text[s.start:m.start()]) if a.actor.name in lx.OPPONENT]
            if len(set(sides)) == 1:
                return sides[0]
    return None


# "its fleet's flagship", "their air base", "its warships": the forces of the side named before
_OWN_FORCES_OBJECT = re.compile(r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:fleet|navy|warships?|flagship|naval\s+base"
                                r"|air\s*base|airfields?|military\s+bases?|troops|forces|army)\b", re.I)
