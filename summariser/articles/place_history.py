"""A place's history told in an aside on it, as war reporting retells it beside a new strike:
"Izium, recaptured by Ukraine in September, was shelled again", "the town, which Russian troops
left on 2 April, came under mortar fire", "Lyman, liberated by Kyiv's forces last month, was hit".

Who took, freed or left the place and when is the place's history, not the strike's attacker or
date: the rules read a sentence's facts with the aside blanked (`backends/rules/facts.py`). One
reader of the concept for every path. An aside that tells a strike ("X, shelled by Russian forces
on Monday, lost power") is never history: its verb is no verb of control, and an aside holding a
strike word is left as it is. Vocabulary: knowledge/data/cues/place_roles.yaml `history_verbs`.
"""

from __future__ import annotations

import re

from ..knowledge import cues

_VERBS = cues.alternation("place_roles", "history_verbs")
# what the aside stands on: a capitalised name ("Kherson,") or a place noun ("the town,")
_ON = r"(?:\b[A-Z][\w'’-]+|\b(?:city|town|village|settlement|port|capital|region|area|district|suburb))"
# ", recaptured by Ukraine in September," / ", which Russian troops left on 2 April," /
# ", freed by the army in late autumn,": the aside runs to the next comma, and at most
# four words (its subject) stand between a relative pronoun and the verb
_ASIDE = re.compile(
    rf"{_ON}(?P<comma>,)\s+(?P<aside>(?i:(?:(?:which|that)\s+(?:[\w'’-]+\s+){{0,4}}?)?"
    rf"(?:(?:was|were|had\s+been|has\s+been|had|have|only|just|first)\s+)*(?:{_VERBS}))\b[^,;:.!?()\u2014]{{0,90}}?),",
)
_STRIKE = re.compile(r"\b(?:shell(?:s|ed|ing)?|struck|strikes?|hit|bomb(?:s|ed|ing)?|attack(?:s|ed)?|missiles?|drones?"
                     r"|rockets?|killed|killing|injured|wounded|fire)\b", re.I)


def place_history_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans (commas included) of the history asides between `start` and `end`."""
    out = []
    for m in _ASIDE.finditer(text, start, end):
        if _STRIKE.search(m.group("aside")):
            continue
        out.append((m.start("comma"), m.end()))
    return out
