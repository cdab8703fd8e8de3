"""Completing grounded values the way the rules backend does: a place resolved through the
gazetteer to its region, country and level; date words resolved against the publication date
with the same date code (`summariser.dates`); an actor named as its state or organisation.

Used by the LLM path (`backends.drafts_to_records`) and by `grounding.enforce` for any record
that arrives without them.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lexicon
from ..dates import find_date, resolve
from ..records import DateSpan, Location, LocationLevel
from .names import canonical_actor, split_country

_REGION_WORD = re.compile(r"\b(?:region|oblast|province|krai|governorate)\b", re.I)
_DROP_WORDS = re.compile(r"\b(?:the|region|oblast|province|krai|governorate|city\s+of|town\s+of|village\s+of"
                         r"|city|town|village)\b", re.I)
_STATES = set(lexicon.COUNTRY_NAMES.values())


def resolve_location(written: str, level: LocationLevel | None = None) -> tuple[Location, bool]:
    """The gazetteer's place for a name as a model writes it ("Kyiv, Ukraine", "Sumy Oblast",
    "the Sumy region"); False with the name kept (and the level as given) when it knows none."""
    name, country = split_country(written.strip())
    region = bool(_REGION_WORD.search(name)) or level is LocationLevel.region
    stem = re.sub(r"\s+", " ", _DROP_WORDS.sub(" ", name)).strip(" ,'’") or name
    hit = lexicon.lookup(stem, "region") if region else lexicon.lookup(stem) or lexicon.lookup(name)
    if hit is None and region:
        hit = lexicon.lookup(stem)
    if hit is not None and (country is None or hit.country == country):
        return Location(name=hit.name, admin1=hit.admin1, country=hit.country, level=hit.level), True
    if stem in lexicon.WORLD_CITIES:
        return Location(name=stem, country=lexicon.WORLD_CITIES[stem], level=LocationLevel.city), True
    state = canonical_actor(stem)
    if state in _STATES and state.lower() == stem.lower():
        return Location(name=state, country=state, level=LocationLevel.country), True
    return Location(name=name, country=country, level=level or
                    (LocationLevel.region if region else LocationLevel.city)), False


def resolve_when(words: str, published: dt.date | None, text: str = "", around: tuple[int, int] | None = None
                 ) -> DateSpan:
    """Date words resolved against the publication date; with `around` (the span the words were
    read at), a report day next to them counts too ("overnight, officials said Wednesday")."""
    if around is not None and text:
        lo, hi = around
        found = find_date(text, max(0, lo - 80), min(len(text), hi + 80), published)
        if found is not None and found.start is not None and (found.text or "") and \
                (found.text.lower() in words.lower() or words.lower() in found.text.lower()):
            return found.model_copy(update={"text": words})
    return resolve(words, published)
