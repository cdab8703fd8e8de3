"""The side an article names only as "the enemy" ("the occupiers", "the aggressor"): the other
side of whoever speaks (`knowledge.sides`). A Ukrainian air force's "enemy drones" were Russia's,
so a model that writes the attacker or a summary sentence with "Russia" states what the text
implies (`inferred`); a third state, or a side the speaker is not opposed to, stays refused.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary
from .context import _context


@lru_cache(maxsize=64)
def _enemy(text: str) -> str | None:
    from ..knowledge.sides import implied_enemy

    grounded = _context(text).grounded
    if not re.search(rf"\b(?:{vocabulary.pattern('enemy_words')})\b", grounded, re.I):
        return None
    return implied_enemy(grounded)


def enemy_named(actor: str | None, text: str) -> bool:
    """Is `actor` (a canonical state name) the side the text calls only "the enemy"?"""
    return actor is not None and actor == _enemy(text)
