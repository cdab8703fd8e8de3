"""Explicit casualty zeros a model leaves out: "no casualties were reported", "nobody was hurt"
state a count of 0 (CODEBOOK rule 6, ruling of 1 December 2026), yet models often write nothing
for a count that is nil. When the answer leaves killed or injured null and the record's OWN
evidence sentences (never a neighbour's: that nil is another strike's) tell the nil for that
role, the count is 0 with support `implied`. The same backstop for a weapon's interception is
`nil_backstop.nil_interception` (dev13 A5a); `told_zero` reads that role too, for one weapon.

Which role a nil covers: "no casualties", "no one was killed or injured", "nobody was harmed"
cover killed and injured; "nobody was hurt", "no injuries" only the injured; "no deaths", "no one
was killed" only the killed. A nil limited to a group ("no casualties among the soldiers") or a
sentence that states a number for the same role ("no soldiers died; two civilians were killed")
fills nothing; a nil limited to the struck site's own people ("no casualties among staff" at a plant,
"none of the crew") is the strike's zero (codebook rule 6, ruling of 3 December 2026).
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from ..articles.site_people import site_group_after
from ..lexicon.eventhood import AFTER_EVENT
from ..records import Count, Origin, Span, Support, Weapon, WeaponType
from ..sentences import sentence_at
from .context import Window, _context
from .counts import FIELD_ROLE, CountHit, count_support

# Words that put a nil on the dead ("no casualties", "nobody was killed"); a nil with none of them
# ("nobody was hurt", "no injuries") says nothing of the dead here.
_DEATH_WORDS = re.compile(r"\b(?:kill\w*|dead|died|deaths?|fatalit\w*|casualt\w*|victims?|harm\w*|loss\s+of\s+life"
                          r"|lives)\b", re.I)
# A nil limited to a group: "no casualties among the troops", "no one in the garrison was hurt"
_GROUP_LIMIT = re.compile(r"\W*(?:[\w-]+\s+){0,3}?(?:among|in\s+the\s+ranks|on\s+board)\b", re.I)
# The weapon family a nil names: "none of the missiles", "no drones"
_FAMILY = {
    WeaponType.drone: r"drones?|shaheds?|uavs?|gerans?", WeaponType.decoy_drone: r"drones?|decoys?|gerberas?",
    WeaponType.cruise_missile: r"missiles?|kalibrs?|kh-\d+s?", WeaponType.ballistic_missile: r"missiles?|iskanders?",
    WeaponType.missile: r"missiles?", WeaponType.glide_bomb: r"bombs?", WeaponType.artillery: r"shells?|rockets?",
}
# "there were no reports of casualties": nothing reported (yet), no nil the article states (codebook
# 6: a figure the article does not give stays null), so neither the rules nor the backstop fill it
_NO_REPORTS = re.compile(r"(?:no|without(?:\s+any)?)\s+(?:\w+\s+)?reports?\s+of\b", re.I)
_ANY_WEAPON = re.compile(r"\b(?:missiles?|drones?|rockets?|bombs?|shells?|shaheds?|projectiles?)\b", re.I)


def own_sentences(spans: Sequence[Span], text: str) -> list[Window]:
    """The sentences the record's evidence quotes lie in, without neighbours."""
    sents = _context(text).sentences
    if not sents:
        return []
    out = []
    for sp in spans:
        a = sents[sentence_at(list(sents), sp.start)]
        b = sents[sentence_at(list(sents), max(sp.start, sp.end - 1))]
        if (a.start, b.end) not in out:
            out.append((a.start, b.end))
    return out


def told_zero(field: str, text: str, spans: Sequence[Span], weapon: Weapon | None = None,
              weapons: int = 1) -> Count | None:
    """0 for `field` when the record's own sentences tell its nil, else None. `weapon` is the
    weapon an intercepted count belongs to, `weapons` how many the record has."""
    role = FIELD_ROLE.get(field)
    windows = own_sentences(spans, text)
    if role is None or not windows:
        return None
    for hit in count_support(0, field, text, windows):
        if _NO_REPORTS.match(text, hit.start, hit.end):
            continue  # r13 (dev24 D5): "no reports of casualties" grounds a model's 0, but states none
        if _fits(hit, role, text, weapon, weapons) and not _role_counted(role, text, hit, windows):
            return Count(value=0, support=Support.implied,
                         evidence=Span(text=text[hit.start:hit.end], start=hit.start, end=hit.end))
    return None


def _role_counted(role: str, text: str, hit: CountHit, windows: list[Window]) -> bool:
    """A number for the same role in the record's sentences (for a weapon, in the nil's clause:
    "while 35 drones were downed" is another weapon's), outside the nil itself ("none of the
    three missiles"): the nil is someone else's."""
    if role == "intercepted":
        windows = [(hit.start, _clause_end(text, hit.end))]
    earlier = _earlier_clauses(text, windows)
    return any(x.role == role and x.m.value > 0 and any(a <= x.m.start < b for a, b in windows)
               and not any(a <= x.m.start < b for a, b in earlier)
               and not hit.start <= x.m.start < _verb_end(text, hit.end) for x in _context(text).mentions)


# where a clause about an earlier event ends ("..., hours after a previous wave killed one; ...")
_EARLIER_END = re.compile(r"[,;:\u2014\u2013]|\s-\s|[.!?](?:\s|$)")


def _earlier_clauses(text: str, windows: list[Window]) -> list[Window]:
    """Round 13 (dev23 A2): the clauses of the windows that tell an earlier event ("a day after a
    previous wave killed two"): their toll is that event's, so it does not make this record's
    stated nil someone else's ("... left three dead. Nobody died on this occasion")."""
    out = []
    for a, b in windows:
        for m in AFTER_EVENT.finditer(text, a, b):
            end = _EARLIER_END.search(text, m.end(), b)
            out.append((m.start(), end.start() if end else b))
    return out


def _verb_end(text: str, pos: int) -> int:
    """The end of the nil's words up to its verb ("none of the three missiles aimed at Kyiv was")."""
    m = re.compile(r"\b(?:was|were|had|has|have)\b|[,.;]").search(text, pos)
    return m.end() if m else pos


def _fits(hit: CountHit, role: str, text: str, weapon: Weapon | None, weapons: int) -> bool:
    """The nil covers the role, is no group's, and names this weapon (or the record has one)."""
    rest = text[hit.start:_clause_end(text, hit.end)]
    if _GROUP_LIMIT.match(text, hit.end, hit.end + 40) and not site_group_after(text, hit.end):
        # ... save the people of the struck site or vehicle itself (ruling of 3 December)
        return False
    if role == "killed":
        return _DEATH_WORDS.search(rest) is not None
    if role != "intercepted" or weapon is None:
        return True
    family = _FAMILY.get(weapon.type)
    if family is not None and re.search(rf"\b(?:{family})\b", rest, re.I):
        return True
    return weapons == 1 and not _ANY_WEAPON.search(rest)  # "none of them", "neither was"


def _clause_end(text: str, pos: int) -> int:
    # r37: a headline's clause ends with its line ("...; no one hurt, governor says" and no stop):
    # the next paragraph's "killing four" is another clause
    m = re.compile(r"[.;!?]|,\s*(?:but|while|whereas)\b|\n[ \t]*\n").search(text, pos)
    return m.start() if m else len(text)


def fill_told_zeros(fields: dict[str, Any], sources: dict[str, Origin], text: str, spans: Sequence[Span]) -> list[str]:
    """Fill, in a record's fields, each null killed and injured count whose nil the record's own
    sentences tell (its source is the answer's: the model read the sentence);
    the names of the fields filled."""
    filled = []
    for name in ("killed", "injured"):
        if fields.get(name) is None and (zero := told_zero(name, text, spans)) is not None:
            fields[name] = zero
            filled.append(name)
    for name in filled:
        sources.setdefault(name.split("[")[0], Origin.llm)
    return filled
