"""Which figure a count is: the launch or interception verb nearest it in its clause ("launched 80
drones", "64 of the 80 were intercepted"), and the part of an "N of M" total written before it."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...grounding.measure_frames import measure_frame_pattern
from ...numbers import NumberMention, is_count_like
from ...records import Qualifier

# dev16 B6: a wave told by a measure of its size ("put the raid at 212 drones", "the barrage
# totalled 55 drones"): the weapons counted after it are the ones launched. The same frame the
# grounding reads (grounding/measure_frames.py, vocabulary in grounding/data/vocabulary.yaml).
_MEASURE_FRAME = re.compile(measure_frame_pattern(), re.I)

_OF_TOTAL_BEFORE = re.compile(r"^\s+(?:out\s+)?of\s+(?:the\s+)?$", re.I)
# dev20 B1: "Hits by three missiles and 25 attack UAVs were registered at nine sites", "strikes of
# 12 drones were recorded": weapons that hit, counted by their hits, are no launch (codebook 9)
_HITS_BEFORE = re.compile(rf"\b(?:{cues.alternation('weapons', 'hits_by')})\s+(?:by|of|from)\s+(?:[\w-]+\s+){{0,8}}?$", re.I)


def part_before(text: str, numbers: list[NumberMention], m: NumberMention) -> NumberMention | None:
    """The N of 'N of M drones', when the number M is written right after it."""
    prev = [n for n in numbers if n.end <= m.start]
    if prev and _OF_TOTAL_BEFORE.match(text[prev[-1].end:m.start]) and is_count_like(text, prev[-1]):
        return prev[-1]
    return None


def intercept_in(text: str, c0: int, c1: int) -> bool:
    return bool(lx.INTERCEPT_CUES.search(text, c0, c1)) and not lx.NOT_INTERCEPTED.search(text, c0, c1)


def cue_before(text: str, c0: int, m: NumberMention) -> bool:
    return bool(lx.LAUNCH_CUES.search(text, c0, m.start) or lx.INTERCEPT_CUES.search(text, c0, m.start)
                or _MEASURE_FRAME.search(text, c0, m.start))


def cue_for(text: str, c0: int, c1: int, m: NumberMention) -> str | None:
    """'launched' or 'intercepted' from the nearest cue in the clause (before the number first)."""
    best = None
    for rx, name in ((lx.LAUNCH_CUES, "launched"), (_MEASURE_FRAME, "launched"), (lx.INTERCEPT_CUES, "intercepted")):
        for cm in rx.finditer(text, c0, m.start):
            if best is None or cm.start() > best[0]:
                best = (cm.start(), name, cm)
    if best is None:
        for rx, name in ((lx.LAUNCH_CUES, "launched"), (lx.INTERCEPT_CUES, "intercepted")):
            after = rx.search(text, m.end, c1)
            if after and (best is None or after.start() < best[0]):
                best = (after.start(), name, after)
        if best is not None and best[1] == "launched" and re.match(r"\s+(?:by|from)\s", text[best[2].end():c1]) \
                and (ic := lx.INTERCEPT_CUES.search(text, best[2].end(), c1)):
            best = (ic.start(), "intercepted", ic)  # atk8: "missiles fired by X had been intercepted": the verb is the interception
    if best is None:
        return None
    lo, hi = sorted((best[0], m.start))
    if best[1] == "intercepted" and lx.NOT_INTERCEPTED.search(text, lo, max(hi, best[2].end())):
        return None
    return best[1]


# r14 (dev26 D1a): "<N> <weapons> struck X": the weapons counted as the subject of their hit, the
# verb right after the weapon phrase (an adverb or "reportedly" between)
_SUBJECT_HIT = re.compile(rf"\s+(?:(?:reportedly|also|then|later|again|overnight|all)\s+)?"
                          rf"(?:{cues.alternation('strike', 'subject_hits')})\b", re.I)


def hit_as_subject(text: str, weapon_end: int, m: NumberMention | None = None) -> bool:
    """Whether the weapon phrase ending at `weapon_end` is the subject of a hit by a wave told by its
    approximate size ("some 40 drones hit Sumy", "up to 15 missiles struck the port"). An exact
    count that hit ("two bombs hit the town", "21 drones struck the plant") is hits, as the older gold
    sets (dev4, dev6, dev11, dev16) code it; the size estimate is the wave (codebook 9, ruling of
    2 December, afternoon, as dev26 codes it)."""
    if m is not None and (m.value < 2 or m.qualifier is Qualifier.exact):
        return False
    return _SUBJECT_HIT.match(text, weapon_end) is not None


def told_as_hits(text: str, c0: int, m: NumberMention) -> bool:
    """Whether the weapons counted at `m` are told by their hits ("hits by 25 drones were recorded")."""
    return _HITS_BEFORE.search(text, c0, m.start) is not None
