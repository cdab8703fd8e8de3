"""Ground combat near a town is no strike on it (dev20 B3; codebook rule 5): "Russian forces
continued assaults near Kupiansk and Pokrovsk", "troops pressed attacks toward Siversk",
"advanced in the Lyman direction". An assessment's or a staff summary's fighting is told by a
combat noun or verb right before where it is (near, toward, in the direction of); with no weapon
of a strike (drones, missiles, bombs, artillery) and no toll, the sentence opens no record. "Drone
attacks near Kharkiv" name a weapon and stay strikes. Vocabulary: cues/eventhood.yaml
(ground_combat, ground_combat_places).

r22 (dev42 A2): in a sentence that does tell a strike, the towns where a side's forces or operations
are, or whence they withdraw ("pledging to scale down operations around A and B, while a missile
strike on C killed 12"), are no places hit when another place of the sentence is: they go, and the
strike's place stays (cues/eventhood.yaml troop_posture, troop_posture_places)."""

from __future__ import annotations

import re

from ...knowledge import cues
from .common import Facts, PlaceHit

_COMBAT_NEAR = re.compile(
    rf"\b(?:{cues.alternation('eventhood', 'ground_combat')})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{cues.alternation('eventhood', 'ground_combat_places')})\b", re.I)


_POSTURE_AT = re.compile(
    rf"\b(?:{cues.alternation('eventhood', 'troop_posture')})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{cues.alternation('eventhood', 'troop_posture_places')})\s+(?:the\s+)?$", re.I)
# between two places of one list: "A and B", "A, B and C", "A as well as the B region"
_LIST_GAP = re.compile(r"(?:\s+(?:region|oblast|area|regions|oblasts))?\s*(?:,\s*(?:and\s+)?|,?\s+(?:and|or|as\s+well\s+as)\s+)(?:the\s+)?",
                       re.I)


def drop_ground_combat(text: str, f: Facts) -> None:
    """Mark ground combat near a town, with no strike weapon and no toll, as no strike."""
    s = f.sent
    if f.counts or f.weapon_types or f.damage or not _COMBAT_NEAR.search(text, s.start, s.end):
        drop_posture_places(text, f)
        return
    f.cumulative = True


def drop_posture_places(text: str, f: Facts) -> None:
    """Drop the places where a side's forces or operations are (or whence they withdraw) when
    another place of the sentence is left: that one is the place hit."""
    posture: list[PlaceHit] = []
    for p in sorted(f.places, key=lambda q: q.start):
        before = posture[-1] if posture else None
        # the place right after "operations around", or the next of the same list
        if before is not None and _LIST_GAP.fullmatch(text, before.end, p.start) or _POSTURE_AT.search(
                text[max(f.sent.start, p.start - 120):p.start]):
            posture.append(p)
    if posture and len(posture) < len(f.places):
        f.places = [p for p in f.places if p not in posture]
