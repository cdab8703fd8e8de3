"""Ground combat near a town is no strike on it (dev20 B3; codebook rule 5): "Russian forces
continued assaults near Kupiansk and Pokrovsk", "troops pressed attacks toward Siversk",
"advanced in the Lyman direction". An assessment's or a staff summary's fighting is told by a
combat noun or verb right before where it is (near, toward, in the direction of); with no weapon
of a strike (drones, missiles, bombs, artillery) and no toll, the sentence opens no record. "Drone
attacks near Kharkiv" name a weapon and stay strikes. Vocabulary: cues/eventhood.yaml
(ground_combat, ground_combat_places)."""

from __future__ import annotations

import re

from ...knowledge import cues
from .common import Facts

_COMBAT_NEAR = re.compile(
    rf"\b(?:{cues.alternation('eventhood', 'ground_combat')})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{cues.alternation('eventhood', 'ground_combat_places')})\b", re.I)


def drop_ground_combat(text: str, f: Facts) -> None:
    """Mark ground combat near a town, with no strike weapon and no toll, as no strike."""
    s = f.sent
    if f.counts or f.weapon_types or f.damage or not _COMBAT_NEAR.search(text, s.start, s.end):
        return
    f.cumulative = True
