"""The rules path of codebook rule 3's sum (ruling of 2 December 2026, afternoon): a sentence that
tells one wave's weapons as shot down and, apart, as jammed or suppressed by electronic warfare
("47 were shot down and 26 were suppressed by electronic warfare") gives the wave's intercepted
as the sum. The pairs are read by `grounding/jamming_sums.py`, which grounding reads too."""

from __future__ import annotations

from ...grounding.jamming_sums import jam_pairs
from ...records import Count, Qualifier
from ...sentences import Sentence
from .common import WeaponHit, span_of


def add_jammed(text: str, s: Sentence, hits: list[WeaponHit]) -> None:
    """Set the wave's intercepted to the sum of each shot-down / jammed pair of the sentence."""
    for pair in jam_pairs(text, s.start, s.end):
        told = [h for h in hits if h.intercepted is not None and h.launched is None
                and h.intercepted.evidence is not None and pair.start <= h.intercepted.evidence.start < pair.end]
        for extra in told[1:]:
            hits.remove(extra)  # each figure read as a wave of its own: one wave, one sum
        target = told[0] if told else _open_wave(pair.total, hits)
        if target is not None:
            target.intercepted = Count(value=pair.total, qualifier=Qualifier.exact,
                                       evidence=span_of(text, pair.start, pair.end))


def _open_wave(total: int, hits: list[WeaponHit]) -> WeaponHit | None:
    """The one wave launched in the sentence with no interception read yet and room for the sum."""
    waves = [h for h in hits if h.launched is not None and h.launched.value >= total]
    if len(waves) != 1 or waves[0].intercepted is not None and waves[0].intercepted.value > total:
        return None
    return waves[0]
