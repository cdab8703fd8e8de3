"""A town's or region's own office holder as a party (r26): "The mayor of Kharkiv and Sweden's aid
minister signed a memorandum", "Kharkiv's governor and the visiting minister opened a shelter". The
office speaks for the state the town or region lies in (the gazetteer's), as a named mayor already did
through the people the article introduces. An office told as the source of what is said ("the mayor of
X said", "X's governor wrote on Telegram") is no party. Read by the rules' diplomacy sides and by
grounding's actor check (one reader). Offices: `cues/diplomacy.yaml` `local_offices`."""

from __future__ import annotations

import re

from . import cues, gazetteer

_OFFICE = cues.alternation("diplomacy", "local_offices")
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
_OFFICE_OF = re.compile(rf"\b(?i:the\s+)?(?i:{_OFFICE})\s+of\s+(?i:the\s+)?{_NAME}(?:\s+(?i:region|oblast))?")
_NAMES_OFFICE = re.compile(rf"\b{_NAME}(?:['’]s)?\s+(?i:{_OFFICE})\b")
_SPEAKS_AFTER = re.compile(r"\s*,?\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,3}(?:said|says|told|wrote|writes|added|stated|announced|reported|posted)\b", re.I)


def local_office_states(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The states whose towns' or regions' office holders text[start:end] names as doers, not sources."""
    out: list[str] = []
    for rx in (_OFFICE_OF, _NAMES_OFFICE):
        for m in rx.finditer(text, start, len(text) if end is None else end):
            if _SPEAKS_AFTER.match(text, m.end()):
                continue
            place = gazetteer.lookup(m.group("name"))
            if place is not None and place.level in ("city", "region") and place.country and place.country not in out:
                out.append(place.country)
    return out
