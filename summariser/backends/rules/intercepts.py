"""Downed figures and the launch they belong to: "attacked Odesa with 20 drones. 15 of them were
shot down" is Odesa's part; "70 drones were downed across Russia" after "attacked X with 20 drones"
is larger than that launch, so it is the country's own interception tally (r9, A7)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from ...knowledge import cues
from .common import Facts, weapon_class

if TYPE_CHECKING:
    from .strike_event import Event

# a body that speaks for a whole side ("the defence ministry", "the air force", "the General Staff")
# and a scope wider than a place ("over the region", "across the country"): a tally, not a place's defence
_NATIONAL_BODY = cues.pattern("strike", "own_claim")
_WIDE_SCOPE = re.compile(rf"(?:{cues.alternation('place_roles', 'country_scope')})"
                         r"|\b(?:regions?|oblasts?|provinces?|country|territory|peninsula)\b", re.I)


def part_of_launch(f: Facts, told: Iterable[Facts]) -> bool:
    """Whether every downed figure of `f` fits inside a launch figure of the sentences told."""
    told = list(told)
    launched = [w.launched.value for g in told for w in g.counted_weapons if w.launched]
    downed = [w.intercepted.value for w in f.counted_weapons if w.intercepted]
    if downed and not any(downed):  # "No missiles were intercepted" after "a missile hit X" (dev20 B9)
        classes = {weapon_class(w.type) for w in f.counted_weapons if w.intercepted}
        return any(weapon_class(w.type) in classes for g in told for w in [*g.weapon_types, *g.counted_weapons])
    return bool(launched) and all(d <= max(launched) for d in downed)


def defended_by(f: Facts, side: str) -> None:
    """dev21 B2: "air defences downed nine other drones over the region" after a strike on a place
    of `side`: the defence is that side's, whatever side the dateline or the sentences before name."""
    f.target_hint = side
    f.attacker = None if f.attacker == side else f.attacker


def local_defence(f: Facts, last: "Event") -> bool:
    """r22 (dev41 C4): downed figures told right after a strike on a place whose weapons were named
    without a figure ("naval drones tried to hit X before dawn. Marines on the pier sank
    two of the boats off the harbour, she added"; "Drones attacked the plant. Guards shot down
    two of them"): the place's own defence, not the country's tally. Only downed figures, of a class
    of weapon the strike named, with no national body and no regional or country-wide scope in the
    sentence ("Air defences downed 40 drones over the region, the air force said" stays a tally)."""
    downed = [w for w in f.counted_weapons if w.intercepted]
    if not downed or any(w.launched for w in f.counted_weapons) or not last.places or last.country_level is not None:
        return False
    told = [w for g in last.facts for w in (*g.weapon_types, *g.counted_weapons)]
    if any(w.launched for w in told):
        return False  # a launch figure told: `part_of_launch` decides
    classes = {weapon_class(w.type) for w in told}
    return all(weapon_class(w.type) in classes for w in downed) and not _NATIONAL_BODY.search(f.sent.text) \
        and not _WIDE_SCOPE.search(f.sent.text)
