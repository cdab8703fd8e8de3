"""A place's earlier strike told in a relative clause (r43, dev65): "In X, which a drone had
struck on 8 May, officials said a depot burned that night". The clause's day is that
earlier strike's, never the sentence's (`owned_dates`, place_roles.yaml relative_pluperfect); with a
strike verb and a day of its own it tells one strike at the place it follows, a record of its own
(codebook 5: a past strike with a place and a day is a background record), with the weapons it names
and none of the sentence's figures."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ...dates import DateMention, find_dates
from ...knowledge import cues
from ...records import DateSpan
from .common import Facts, weapons_named

_HAD_HIT = re.compile(rf"\s*,\s+which\s+(?P<by>(?:[\w'’-]+\s+){{1,3}}?)had\s+(?:(?:already|also|previously|earlier|twice|once)\s+)*"
                      rf"(?:{cues.alternation('strike', 'remembered_hit_verbs')})\b(?P<when>[^,;.]*)", re.I)


def remembered_hit(text: str, f: Facts, published: dt.date | None,
                   event_date: Callable[[list[DateMention]], DateSpan | None]) -> Facts | None:
    """The earlier strike a relative clause after one of the sentence's places tells, with its day; None
    where no place is followed by one."""
    for p in f.places:
        m = _HAD_HIT.match(text, p.end, f.sent.end)
        if m is None:
            continue
        day = event_date([d for d in find_dates(text, m.start("when"), m.end("when"), published) if d.role == "event"])
        if day is None or day.start is None:
            return None
        weapons = weapons_named(text, m.start("by"), m.end("by"))
        return Facts(**{**f.__dict__, "places": [p], "counts": [], "superseded": [], "counted_weapons": [], "damage": [],
                        "date": day, "weapon_types": weapons or f.weapon_types, "attack_vocab": True,
                        "update": False, "hospitalised": False, "again": False})
    return None
