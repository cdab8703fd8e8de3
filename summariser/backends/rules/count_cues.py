"""Which figure a count is: the launch or interception verb nearest it in its clause ("launched 80
drones", "64 of the 80 were intercepted"), and the part of an "N of M" total written before it."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...articles.clause_asides import aside_before
from ...knowledge import cues
from ...grounding.hit_counts import SUBJECT_HIT, hits_told_before, of_family, passive_hit_before
from ...grounding import vocabulary
from ...grounding.measure_frames import measure_frame_pattern, weapon_tally_pattern
from ...grounding.role_cues import ITEM_WORDS, LIST_REST
from ...numbers import NumberMention, find_numbers, is_count_like
from ...records import WeaponType
from .common import WeaponHit

# dev16 B6: a wave told by a measure of its size ("put the raid at 212 drones", "the barrage
# totalled 55 drones"): the weapons counted after it are the ones launched. The same frame the
# grounding reads (grounding/measure_frames.py, vocabulary in grounding/data/vocabulary.yaml).
_MEASURE_FRAME = re.compile(measure_frame_pattern(), re.I)
# r22 (dev41 L3): a tally naming its weapons, the figure after it the launch ("the rocket count was
# 52, of which 40 were stopped", "Total drones: 90"): the frame grounding reads (`measure_frames`)
_WEAPON_TALLY = re.compile(rf"\b(?:{weapon_tally_pattern()})", re.I)
# "shot 14 Shaheds down", "brought six of the missiles down": the verb before the count, its
# particle after the counted words (strike.yaml `split_downing`)
_SPLIT_VERB = re.compile(rf"\b(?:{cues.alternation('strike', 'split_downing')})\s+(?:[\w'’-]+\s+){{0,2}}$", re.I)
_SPLIT_PARTICLE = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+down\b(?!\s+(?:the|a|to)\b)", re.I)

# r32: an air force's tally verb, and a downing participle right after the weapons it counts (the grounding's
# `role_cues._downed_participle` reads the same)
_TALLY_VERB = re.compile(rf"(?:{vocabulary.pattern('launch_tally_verbs')})", re.I)
# (r48: past the rest of the list the participle closes, "the air force counts 12 missiles and 30 drones shot down")
_DOWNED_AFTER_NOUN = re.compile(rf"{LIST_REST}(?:{ITEM_WORDS})?\s+(?:shot\s+down|brought\s+down|downed|intercepted|destroyed|neutrali[sz]ed)\b",
                                re.I)  # (r50: or right after the figure, "the air force counted 45 downed")

_OF_TOTAL_BEFORE = re.compile(r"^\s+(?:out\s+)?of\s+(?:the\s+)?$", re.I)


_TALLY_WEAPON = re.compile(rf"\b(?:{vocabulary.pattern('part_weapon_nouns')})\b", re.I)


def weapon_tally_before(text: str, c0: int, m: NumberMention) -> int | None:
    """Where the weapon words begin when the number at `m` is the figure of a tally naming them,
    right before it ("the rocket count was 52", "the number of Shaheds reached 96", "Total
    drones: 90"); None otherwise."""
    for t in _WEAPON_TALLY.finditer(text, c0, m.end):
        if not text[t.end():m.start].strip() and (w := _TALLY_WEAPON.search(text, t.start(), t.end())):
            return w.start()
    return None


def part_before(text: str, numbers: list[NumberMention], m: NumberMention) -> NumberMention | None:
    """The N of 'N of M drones', when the number M is written right after it."""
    prev = [n for n in numbers if n.end <= m.start]
    if prev and _OF_TOTAL_BEFORE.match(text[prev[-1].end:m.start]) and is_count_like(text, prev[-1]) \
            and not lx.UNIVERSAL_ONE_BEFORE.search(text, max(0, prev[-1].start - 20), prev[-1].start):
        return prev[-1]  # (r51: "every one of the 20 drones" is all 20, no part of one)
    return None


_VERB_END = re.compile(rf"\b(?:{lx.INTERCEPT_CUES.pattern}|{lx.LAUNCH_CUES.pattern})\s*$", re.I)


def verb_across_aside(text: str, s_start: int, c0: int) -> int:
    """r22 (dev42 L3): where a count's clause starts when an attribution aside splits it from the
    launch or interception verb before it ("air defences downed, the ministry said on Monday, three
    missiles", "crews shot down, according to the army, 14 drones"): before the verb's clause, so the
    verb governs the count (the aside is the shared reader's, articles/clause_asides). `c0` otherwise.
    A clause with a subject of its own after the aside ("..., the army said, 30 drones were downed")
    keeps its start: only a verb right before the aside reaches across it."""
    a = aside_before(text, max(s_start, c0 - 160), c0)
    if a is None or not _VERB_END.search(text, max(s_start, a - 40), a):
        return c0
    comma = text.rfind(",", s_start, a)
    semi = max(text.rfind(";", s_start, a), text.rfind(":", s_start, a))
    return max(s_start, comma + 1, semi + 1)


# an ellipsis that repeats the verb before it: "..., as were 50 of the drones", "and so were three missiles"
_ELLIPTIC_VERB = re.compile(r"\W*(?:as|and\s+so|so)\s+(?:were|was|had\s+been|did)\s+$", re.I)


def verb_across_ellipsis(text: str, s_start: int, c0: int, pos: int) -> int:
    """Where a count's clause starts when its verb is an ellipsis of the clause before ("Every one
    of the Kalibrs was shot down, as were 50 of the drones"): the clause before, whose verb the count
    takes (its cue is the nearest before the count). `c0` otherwise."""
    if not _ELLIPTIC_VERB.fullmatch(text, c0, pos):
        return c0
    stop = max(text.rfind(";", s_start, c0), text.rfind(":", s_start, c0), text.rfind(",", s_start, max(s_start, c0 - 1)))
    return max(s_start, stop + 1)


def intercept_in(text: str, c0: int, c1: int) -> bool:
    return bool(lx.INTERCEPT_CUES.search(text, c0, c1)) and not lx.NOT_INTERCEPTED.search(text, c0, c1)


def cue_before(text: str, c0: int, m: NumberMention) -> bool:
    return bool(lx.LAUNCH_CUES.search(text, c0, m.start) or lx.INTERCEPT_CUES.search(text, c0, m.start)
                or _MEASURE_FRAME.search(text, c0, m.start) or _WEAPON_TALLY.search(text, c0, m.start))


# r46 (dev68): the object a weapon counted before its verb destroyed ("one destroyed the shopping centre",
# "two destroyed a warehouse"): the weapon's hit, never its downing ("four destroyed over the city", "destroyed by")
_WRECKED_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|this|that|these|those|part\s+of|much\s+of|most\s+of)\s", re.I)


# r46 (dev67): a sum told right before its figure ("together 130 missiles and drones", "that makes 130
# in all", "altogether 130 weapons"), with no verb of its own
_SUM_BEFORE = re.compile(r"\b(?:together|altogether|all\s+told|(?:that\s+|which\s+)?mak(?:es|ing)|made)\s+(?:(?:a\s+total\s+of|some|about)\s+)?$",
                         re.I)


def cue_for(text: str, c0: int, c1: int, m: NumberMention) -> str | None:
    """'launched' or 'intercepted' from the nearest cue in the clause (before the number first)."""
    if _SPLIT_VERB.search(text[c0:m.start]) and _SPLIT_PARTICLE.match(text, m.end, c1):
        return "intercepted"
    best = None
    for rx, name in ((lx.LAUNCH_CUES, "launched"), (_MEASURE_FRAME, "launched"), (_WEAPON_TALLY, "launched"),
                     (lx.INTERCEPT_CUES, "intercepted")):
        for cm in rx.finditer(text, c0, m.start):
            if best is None or cm.start() > best[0]:
                best = (cm.start(), name, cm)
    if best is None:
        for rx, name in ((lx.LAUNCH_CUES, "launched"), (lx.INTERCEPT_CUES, "intercepted")):
            after = rx.search(text, m.end, c1)
            if after and name == "intercepted" and _WRECKED_OBJECT.match(text, after.end(), c1):
                continue  # r46: "One destroyed the shopping centre": the weapon wrecked something, none was downed
            if after and (best is None or after.start() < best[0]):
                best = (after.start(), name, after)
        if best is not None and best[1] == "launched" and re.match(r"\s+(?:by|from)\s", text[best[2].end():c1]) \
                and (ic := lx.INTERCEPT_CUES.search(text, best[2].end(), c1)):
            best = (ic.start(), "intercepted", ic)  # atk8: "missiles fired by X had been intercepted": the verb is the interception
    if best is None:  # r46: "together 130 missiles and drones": the sum of the parts launched, when no verb tells it
        return "launched" if _SUM_BEFORE.search(text, max(c0, m.start - 30), m.start) else None
    if best[1] == "launched" and _TALLY_VERB.fullmatch(best[2].group(0)) and _DOWNED_AFTER_NOUN.match(text, m.end, c1):
        return "intercepted"  # r32: "the air force counts 74 drones shot down": the tally reports, the participle tells
    lo, hi = sorted((best[0], m.start))
    if best[1] == "intercepted" and lx.NOT_INTERCEPTED.search(text, lo, max(hi, best[2].end())):
        return None
    return best[1]


# one weapon counted, not told by the indefinite article: "one drone", "only one missile", "a single drone"
_COUNTED_ONE = re.compile(r"(?:(?:only|just)\s+)?one\b|(?:a\s+)?single\b", re.I)


# what makes "one drone struck X" one of several told apart or of a wave counted elsewhere in its sentence
_ONE_OF_MORE = re.compile(r"\b(?:another|a\s+second|the\s+other|the\s+rest|others)\b|\b(?:two|three|four|five|six|seven|"
                          r"eight|nine|ten|eleven|twelve|dozens?|scores|hundreds)\b", re.I)


def _alone(text: str, weapon_end: int) -> bool:
    """The one weapon is the wave: its sentence counts no other ("one drone hit a bakery and another a garage
    as gunners downed most of the 15 sent": hits of a wave, no launch of one)."""
    end = text.find(".", weapon_end)
    end = end if end >= 0 else len(text)
    return _ONE_OF_MORE.search(text, weapon_end, end) is None and not any(  # "surgery 2" names a room (r49)
        text[n.num_start:n.end][:1].isdigit() and is_count_like(text, n) for n in find_numbers(text, weapon_end, end))


def hit_as_subject(text: str, weapon_end: int, m: NumberMention) -> bool:
    """Whether the weapons counted at `m` (their phrase ending at `weapon_end`) are the subject of a
    hit ("two bombs hit the town", "some 40 drones hit Sumy", "the depot was hit by three missiles"):
    the count is the launch (codebook 9, ruling of 2 December, afternoon; r15: exact counts too, the
    older gold relabelled to it). A larger figure for the same wave makes it hits again
    (`grounding/hit_counts.drop_hits_under_totals`). "A missile hit X" counts nothing."""
    if m.value < 2 and not (m.value == 1 and _COUNTED_ONE.match(m.text) and _alone(text, weapon_end)):
        return False  # "a missile hit X" counts nothing; "one drone hit X" counts one (codebook 9, r47)
    return SUBJECT_HIT.match(text, weapon_end) is not None or passive_hit_before(text, m.start)


def larger_told(hits: list[WeaponHit], wtype: WeaponType, value: int) -> bool:
    """Whether a figure of the family larger than `value` was read before in the sentence ("downed
    118 of the drones; 21 drones struck targets": the 21 hit, no launch of its own); a combined total
    counts for drones and missiles (r15, as `grounding/hit_counts.drop_hits_under_totals`)."""
    return any(c is not None and c.value > value for h in of_family([(h.type, h) for h in hits], wtype)
               for c in (h.launched, h.intercepted))


def told_as_hits(text: str, c0: int, m: NumberMention) -> bool:
    """Whether the weapons counted at `m` are told by their hits ("hits by 25 drones were recorded")."""
    return hits_told_before(text, c0, m.start)
