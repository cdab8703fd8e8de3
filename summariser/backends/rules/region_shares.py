"""A region's share of a tally on its one struck locality (codebook 3, dev25 D2b): "air defences
downed 64 drones, 27 of them over the X region ... In <town of X>, a drone hit a car park" puts
the 27 on the town's record, the region being the town's frame. With two or more struck
localities of the region, or none, the share stays with the tally (nothing moves here)."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...numbers import find_numbers
from ...records import Attack, Count, LocationLevel, Span, Weapon

# "27 of them over the X region", "19 of these above the X oblast", "of which 12 were downed over X region"
_SHARE = re.compile(
    r"(?:\b(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|these|those|which)|\bof\s+(?:them|these|which),?\s+"
    r"(?P<n2>\d[\d,]*|[a-z]+(?:-[a-z]+)?))"
    rf"(?:\s+(?:were|was)\s+(?:{cues.alternation('strike', 'intercept')}))?"
    r"\s+(?:over|above|in)\s+(?:the\s+)?(?P<region>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:region|oblast|province)\b")


def put_region_shares(attacks: list[Attack], text: str) -> None:
    """Each share of a country-level tally goes on the one city record of its region, when that
    record holds the weapon type without an interception figure of its own."""
    for tally in [a for a in attacks if any(loc.level is LocationLevel.country for loc in a.locations)]:
        for w in tally.weapons:
            if w.intercepted is None or w.intercepted.evidence is None:
                continue
            for m in _shares_after(text, w.intercepted.evidence.end):
                _put(m, w, tally, attacks, text)


def _shares_after(text: str, pos: int) -> list[re.Match[str]]:
    end = text.find(".", pos)  # the tally's own sentence
    return list(_SHARE.finditer(text, pos, len(text) if end < 0 else end))


def _put(m: re.Match[str], w: Weapon, tally: Attack, attacks: list[Attack], text: str) -> None:
    g = "n" if m.group("n") else "n2"
    number = next(iter(find_numbers(text, m.start(g), m.end(g))), None)
    if number is None or number.value <= 0 or number.value >= w.intercepted.value:  # type: ignore[union-attr]
        return
    region = m.group("region").lower()
    towns = [(a, loc) for a in attacks if a is not tally and a.date == tally.date for loc in a.locations
             if loc.level is LocationLevel.city and (loc.admin1 or "").lower().startswith(region)]
    if len(towns) != 1 or len(towns[0][0].locations) != 1:
        return  # two struck towns of the region, or none: the region's own share, not a town's
    town = towns[0][0]
    own = [x for x in town.weapons if x.type is w.type]
    if len(own) != 1 or own[0].intercepted is not None:
        return
    own[0].intercepted = Count(value=number.value, qualifier=number.qualifier,
                               evidence=Span(text=text[m.start(g):m.end(g)], start=m.start(g), end=m.end(g)))
    town.evidence.append(Span(text=text[m.start():m.end()], start=m.start(), end=m.end()))
