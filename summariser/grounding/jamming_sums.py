"""Separate figures of one wave for weapons shot down and weapons jammed or suppressed by electronic
warfare, summed into `intercepted` (codebook rule 3, ruling of 2 December 2026, afternoon):
"Of the 90 drones, 47 were shot down and 26 were suppressed by electronic warfare" is 73; "air
defence downed 23 and electronic warfare diverted 14 more" is 37. One combined figure ("downed or
jammed 58") stays itself (read elsewhere); a figure only lost from radar or that did not reach its
target, with no defender named, is no part of the sum. Vocabulary: cues/jamming_sums.yaml.
Read by the rules path (`rules/weapons.py`) and by grounding (`derived.py`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..knowledge import cues
from ..numbers import find_numbers, is_count_like

_KILL = cues.pattern("jamming_sums", "kill_verbs")
_JAM = cues.pattern("jamming_sums", "jam_verbs")
_EW = cues.pattern("jamming_sums", "ew_means")
_STEER = cues.pattern("jamming_sums", "steer_verbs")
_LOST = cues.pattern("jamming_sums", "not_stopped")
_LOST_TO = cues.pattern("jamming_sums", "lost_to_means")
# what joins the two figures: "and", ", and", ", while", "; another" (a short bridge, no clause break)
_JOIN = re.compile(r"^[^.;:\d]{0,60}?\b(?:and|while|with)\b[^.;:\d]{0,50}$", re.I)
# r16 (dev30 A2): a gloss of the figure's fate, in brackets or after a dash
_GLOSS = re.compile(r"\([^()]*\)|\s[-–—]\s.*$|—.*$", re.S)
# between the word of loss and its cause: a few words, no clause break ("did not reach their targets due to")
_CAUSE_GAP = re.compile(r"\s*(?:[\w'-]+\s+){0,3}")
_ANY = re.compile(r"\b(?:jam|suppress|electronic|EW\b|radio-electronic)", re.I)


@dataclass(frozen=True)
class JamPair:
    start: int  # the first figure's start
    end: int  # the second figure's end
    shot: int  # the figure destroyed
    jammed: int  # the figure jammed or suppressed

    @property
    def total(self) -> int:
        return self.shot + self.jammed


def _side(words: str) -> str | None:
    """'shot' or 'jammed' for the words that tell one figure's fate, None when neither or lost. A
    gloss in brackets or after a dash is no part of the figure's own words ("suppressed by EW
    (lost from radar)" is jammed; "were 'lost', a term for drones diverted by jamming" stays lost).
    Lost *to* a named electronic defender ("lost to electronic warfare", "lost as a result of
    jamming") is jammed: the defender is named (dev31-N1)."""
    words = _GLOSS.sub(" ", words)
    lost = _LOST.search(words)
    if lost:
        cause = _LOST_TO.search(words, lost.end())
        return "jammed" if cause and _CAUSE_GAP.fullmatch(words, lost.end(), cause.start()) else None
    if _JAM.search(words) or (_EW.search(words) and (_STEER.search(words) or _KILL.search(words))):
        return "jammed"
    return "shot" if _KILL.search(words) else None


def jam_pairs(text: str, start: int, end: int) -> list[JamPair]:
    """Each pair of figures in text[start:end] (one sentence) told as shot down and as jammed."""
    if not _ANY.search(text, start, end):
        return []  # most sentences: no jamming named
    nums = [n for n in find_numbers(text, start, end) if is_count_like(text, n) and n.value > 0]
    out = []
    for a, b in zip(nums, nums[1:]):
        bridge = text[a.end:b.start]
        if not _JOIN.match(bridge):
            continue
        j = re.search(r"\b(?:and|while|with)\b", bridge, re.I)
        if j is None:
            continue
        prev_end = max([n.end for n in nums if n.end <= a.start], default=start)
        # each figure's words: the first's from the previous figure up to the joining word; the second's
        # from the joining word to the clause's end
        first = text[prev_end:a.start] + " " + bridge[:j.start()]
        stop = re.search(r"[.;:]|\d|$", text[b.end:end])
        second_end = (stop.start() if stop else end - b.end) + b.end
        second = bridge[j.end():] + " " + text[b.end:second_end]
        sides = (_side(first), _side(second))
        if sides == ("shot", "jammed"):
            out.append(JamPair(a.start, b.end, a.value, b.value))
        elif sides == ("jammed", "shot"):
            out.append(JamPair(a.start, b.end, b.value, a.value))
    return out
