"""A place's history told in an aside on it, as war reporting retells it beside a new strike:
"Izium, recaptured by Ukraine in September, was shelled again", "the town, which Russian troops
left on 2 April, came under mortar fire", "Lyman, liberated by Kyiv's forces last month, was hit".

Who took, freed or left the place and when is the place's history, not the strike's attacker or
date: the rules read a sentence's facts with the aside blanked (`backends/rules/facts.py`). One
reader of the concept for every path. An aside that tells a strike ("X, shelled by Russian forces
on Monday, lost power") is never history: its verb is no verb of control, and an aside holding a
strike word is left as it is. A "where" clause on the place ("X, where the river flooded in June, ...")
describes it the same way (r27). Vocabulary: knowledge/data/cues/place_roles.yaml `history_verbs`.
"""

from __future__ import annotations

import re

from ..calendar_days import MON
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
# r27: the place described by a "where" clause of its own ("Nikopol, where the reservoir drained in June,
# was shelled overnight"): its days are the place's, not the strike's
_WHERE_ASIDE = re.compile(rf"{_ON}(?P<comma>,)\s+(?P<aside>where\b[^,;:.!?()\u2014]{{0,120}}?),")
# ... only when it holds a month or a year of its own (a clause that goes on past its comma, "where about 600
# people, many of them families, had been shopping", is left whole)
_WHERE_DATED = re.compile(rf"\b(?:{MON}|(?:19|20)\d\d)\b", re.I)
_STRIKE = re.compile(r"\b(?:shell(?:s|ed|ing)?|struck|strikes?|hit|bomb(?:s|ed|ing)?|attack(?:s|ed)?|missiles?|drones?"
                     r"|rockets?|killed|killing|injured|wounded|fire)\b", re.I)


def place_history_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans (commas included) of the history asides between `start` and `end`."""
    out: list[tuple[int, int]] = []
    dated_where = [m for m in _WHERE_ASIDE.finditer(text, start, end) if _WHERE_DATED.search(m.group("aside"))]
    for m in [*_ASIDE.finditer(text, start, end), *dated_where]:
        if _STRIKE.search(m.group("aside")):
            continue
        out.append((m.start("comma"), m.end()))
    return out
