"""A city's share of a downed total (r50, dev75): "the air force counted 45 downed, 14 of them over
Lviv", "downed 40 drones, including 12 over Odesa". As a region's share goes on the region's one struck
locality (codebook 3, `regional_shares`), a city's share goes on the city's own record of that night:
the record the article already tells of the city, or one of its own. The total stays on the country
record. A share over a city the gazetteer does not know as a city, or one of a weapon ("including 12
Shaheds"), is none."""

from __future__ import annotations

import dataclasses
import re

from ... import lexicon as lx
from ...records import LocationLevel
from .common import Facts, WeaponHit
from .regional_shares import AIR_OVER, SHARE_NUMBER, downed_totals, share_facts
from .strike_event import Event, dates_compatible

# "…, 14 of them over Lviv", "including 12 above Odesa" — the city's name ends its clause (never "over the
# Kyiv region", `regional_shares`)
_CITY_SHARE = re.compile(
    r"(?:\b(?:including|among\s+them|of\s+which|of\s+these)|,)\s+(?P<n>" + SHARE_NUMBER + r")"
    r"(?:\s+of\s+(?:them|which|these|those))?(?:\s+(?:were|was|had\s+been)\s+(?:shot\s+down|downed|destroyed|intercepted))?"
    r"\s+(?i:" + AIR_OVER + r")\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*(?:[,.;:]|\s(?:and|but|while|where)\b))")


def split_city_shares(events: list[Event], text: str) -> list[Event]:
    """Give each city's share of a country record's downed total to that city's record of the night."""
    out = list(events)
    for host, f, total in downed_totals(events):
        for m in _CITY_SHARE.finditer(text, f.sent.start, f.sent.end):
            share = _share(text, f, total, m)
            if share is not None:
                _place_share(out, host, share)
    return out


def _share(text: str, f: Facts, total: WeaponHit, m: re.Match[str]) -> Facts | None:
    city = lx.lookup(m.group("name"))
    return share_facts(text, f, total, m, city) if city is not None and city.level is LocationLevel.city else None


def _place_share(events: list[Event], host: Event, share: Facts) -> None:
    city = share.places[0].place
    own = [e for e in events if e is not host and e.country_level is None and any(p.name == city.name for p in e.places)]
    tonight = [e for e in own if e.date is None or dates_compatible(e.date, host.date)]
    if own and not tonight:
        return  # the city struck on another day only: the share stays in the country's total
    if tonight:
        if not any(w.intercepted for g in tonight[0].facts for w in g.counted_weapons):
            tonight[0].facts.append(dataclasses.replace(share, places=[]))
        return
    events.append(Event(places=[city], date=share.date or host.date, attacker=host.attacker,
                        target=host.target or host.country_level or city.country, facts=[share], last_idx=share.idx))
