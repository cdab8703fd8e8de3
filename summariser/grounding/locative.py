"""A place a model writes with words for where in or around it: "outskirts of Shebekino", "near
Izium", "northern Kharkiv region", "central Ukraine". The place is the name after those words; it
must still be named in the article near the record's evidence, as any place. Without this the
phrase is kept whole as an unknown place with no region or country (`data/vocabulary.yaml`,
`locative_prefixes`).
"""

from __future__ import annotations

import re

from . import vocabulary

_PREFIX = re.compile(rf"^\s*(?:{vocabulary.pattern('locative_prefixes')})\s+(?-i:(?=[A-Z]))", re.I)


def without_locative(raw: str) -> str | None:
    """The place name after a locative phrase ("Shebekino" for "outskirts of Shebekino"); None when
    the raw name has none, or is a place the gazetteer knows whole ("Central African Republic")."""
    from ..knowledge import lookup

    m = _PREFIX.match(raw)
    if m is None or lookup(raw.strip()) is not None:
        return None
    return raw[m.end():].strip()
