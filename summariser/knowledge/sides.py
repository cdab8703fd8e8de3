"""Whose side speaks in a text of the war: Ukraine or Russia, read from the actors it names
(people, institutions, demonyms, capitals: `actors.find_actors`) and, failing those, from the
war's places it names. "The enemy" in such a text is the other side (as the rules read it in
`backends/rules/enemy.py`, one sentence at a time; here the whole text, for the LLM path).
"""

from __future__ import annotations

from .actors import find_actors
from .gazetteer import find_places

# the war's two sides by actor code, and each side's opponent: shared by the rules and grounding
SIDES = {"UA": "Ukraine", "RU": "Russia"}
OPPONENT = {"Ukraine": "Russia", "Russia": "Ukraine"}
# the warring sides by name: the recipient or target of a measure, never its giver (the rules' diplomacy)
WAR_SIDES = frozenset(SIDES.values())


def speaking_side(text: str) -> str | None:
    """The one side whose people or bodies the text names; with neither named, the one side
    whose places it names; None when both or neither."""
    sides = {SIDES[a.actor.code] for a in find_actors(text) if a.actor.code in SIDES}
    if not sides:
        sides = {SIDES[m.place.country_code] for m in find_places(text) if m.place.country_code in SIDES}
    return sides.pop() if len(sides) == 1 else None


def implied_enemy(text: str) -> str | None:
    """The other side of the one that speaks, or None when the speaker is not one side."""
    side = speaking_side(text)
    return OPPONENT.get(side) if side else None
