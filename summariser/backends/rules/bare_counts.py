"""Weapon counts written without their weapon, the weapon counted just before: "took out 62",
"62 were shot down", "36 of them", "shot down 62 out of 80 launched"."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...grounding import vocabulary
from ...numbers import NUMBER, NumberMention
from ...records import WeaponType
from ...sentences import Sentence
from .anaphora import anaphoric_hit
from .common import WeaponHit, count_of
from .count_cues import cue_for, weapon_tally_before
from .weapon_phrases import combine_weapons, weapon_phrase


# A number that stands alone, its weapon understood ("destroyed 62.", "62 were downed", "took out
# 62 over the sea"): no noun follows it, only punctuation, a verb or a preposition.
_BARE_AFTER = re.compile(
    r"\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?:of\s+(?:them|these|those|which)|more|others|over|above|in|across|on|near"
    r"|and|were|was|had|have|by|during|overnight|while|before|after|as|with|from|at|within)\b", re.I)
_INTERCEPT_JUST_BEFORE = re.compile(rf"(?:{lx.INTERCEPT_CUES.pattern})\s+(?:a\s+further\s+|another\s+|all\s+)?$", re.I)
_LAUNCHED_PART = re.compile(rf"^(?:\s+(?:were|had\s+been|have\s+been|was))?\s+(?:{lx.LAUNCH_CUES.pattern})", re.I)
_OUT_OF_BEFORE = re.compile(r"\b(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?$", re.I)
# r22: "wreckage of one crashed into a yard": the wreckage of a weapon counted, no total launched
_WRECKAGE_OF = re.compile(rf"\b(?:{vocabulary.pattern('wreckage_nouns')})\s+of\s+(?:the\s+)?$", re.I)
# Verbs of interception that also mean destroying anything else: with a bare number they count
# weapons only where air defence is named.
_DESTROY = re.compile(r"destroy|eliminat|t(?:ook|ake|akes|aking|aken)\s+out|knock", re.I)
_AIR_DEFENCE = re.compile(r"\bair[- ]defen[cs]es?|\banti-aircraft|\bair\s+force|\bmobile\s+fire|\binterceptors?\b"
                          r"|\b(?:shot|shoot|brought|bring)\s+down|\bintercept", re.I)
_TOTAL_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|altogether)\b", re.I)
_OF_A_NUMBER_AFTER = re.compile(rf"\s+(?:out\s+)?of\s+(?:the\s+)?(?=(?:{NUMBER})\b|a\s+total)", re.I)
# The total of "N of the M" written without its weapon: "40 of the 52," "40 of the 52 launched",
# "forty of the fifty-two were shot down".
_BARE_TOTAL = re.compile(rf"(?:a\s+total\s+of\s+)?(?:{NUMBER})(?:\s*[,.;:)\u2014\u2013]|\s*$|\s+(?:launched|fired|sent|that|"
                         r"which|it|Russia|Ukraine|were|was|had|have)\b)", re.I)


def _bare_total_after(text: str, pos: int, end: int) -> bool:
    return _BARE_TOTAL.match(text[:end], pos) is not None


def bare_count(text: str, s: Sentence, c0: int, c1: int, m: NumberMention, hits: list[WeaponHit],
                numbers: list[NumberMention]) -> WeaponHit | None:
    """A count written without its weapon, the weapon counted just before (in the sentence, or
    the sentence before: `resolve_anaphora`): "took out 62", "62 were shot down", "36 of them",
    "shot down 62 out of 80 launched". None when the number is not such a part."""
    if (tally := weapon_tally_before(text, c0, m)) is not None:  # r22: "the rocket count was 52"
        found, _ = weapon_phrase(text, tally, m.start)
        if found:
            kind, model, classes = combine_weapons(found)
            return WeaponHit(kind, model, launched=count_of(text, m), classes=classes)
    if (named := _fronted_weapon(text, s, m, hits)) is not None and (cue := cue_for(text, c0, c1, m)):
        kind, model, classes = named  # r22 (dev41 C3): "Of the rockets, 12 were downed": the rockets
        hit = WeaponHit(kind, model, classes=classes)
        setattr(hit, cue, count_of(text, m))
        return hit
    if (of_total := _OF_A_NUMBER_AFTER.match(text, m.end, c1)) is not None:
        if not _bare_total_after(text, of_total.end(), c1):
            return None  # "62 out of 80 drones": the total after it carries both figures
        return _part_of_total(text, c1, m, hits, numbers) if cue_for(text, c0, c1, m) == "intercepted" else None
    if lx.NOT_INTERCEPTED.search(text, *_own_stretch(text, c0, c1, m)):
        return None  # "118 were shot down and 20 were lost from radar": only the 20 were lost
    after_ok = _BARE_AFTER.match(text, m.end, s.end) is not None
    verb = _INTERCEPT_JUST_BEFORE.search(text[c0:m.start])
    if verb and _DESTROY.match(verb.group(0)) and not _AIR_DEFENCE.search(text, s.start, s.end):
        verb = None  # "strikes destroyed 12": houses, not drones, unless air defence is the subject
    own = lx.OF_THEM_INTERCEPTED.match(text[m.end:c1])
    if own or (after_ok and (lx.OF_WHICH_BEFORE.search(text[c0:m.start]) or verb)):
        # "Of these, 36 were downed"; "..., claiming 45 were shot down": the number's own verb
        # of downing (never "destroyed", said of houses too) makes it an interception
        if hits or cue_for(text, s.start, s.end, m) == "intercepted" or (own and not _DESTROY.search(own.group(0))):
            return anaphoric_hit(hits, count_of(text, m))
    if _part_of_them(text, c0, c1, m):  # a breakdown by place ("12 of them over X") adds no figure
        return anaphoric_hit(hits, count_of(text, m))
    if _TOTAL_AFTER.match(text, m.end, c1) and (cue := cue_for(text, s.start, s.end, m)):
        return anaphoric_hit(hits, count_of(text, m), cue)  # "drones were downed over A and B, 37 in all"
    if hits and _OUT_OF_BEFORE.search(text[c0:m.start]) and _LAUNCHED_PART.match(text[m.end:c1]) \
            and not _WRECKAGE_OF.search(text[c0:m.start]):
        last = hits[-1]  # "62 drones were shot down out of 80 launched": the total of the weapon just counted
        if last.launched is None:
            return WeaponHit(last.type, last.model, launched=count_of(text, m), classes=last.classes)
    return None


# r22 (dev41 C3): a sentence opened by the whole its figures are parts of, named by its weapon ("Of the
# rockets, 12 were downed", "Of the cruise missiles launched, 20 were destroyed")
_FRONTED_OF = re.compile(r"\s*[\"“‘']?(?:Of|Out\s+of|Among)\s+(?:the|these|those|its|their)\s+", re.I)


def _fronted_weapon(text: str, s: Sentence, m: NumberMention,
                    hits: list[WeaponHit]) -> tuple[WeaponType, str | None, frozenset[str]] | None:
    """The weapon named by a fronted "Of the <weapons>," before the number at `m`, or None: at
    the sentence's start or after a semicolon ("downed 97 of the drones; of the Kinzhals, two out
    of four were stopped"), with no weapon counted between the opener and the number."""
    start = max(s.start, text.rfind(";", s.start, m.start) + 1)
    fo = _FRONTED_OF.match(text, start, m.start)
    if fo is None or any(_counted_after(h, start) for h in hits):
        return None
    found, pend = weapon_phrase(text, fo.end(), m.start)
    if not found or not re.match(r"(?:\s+(?:launched|fired|sent|used|that\s+\w+|\w+ed))?\s*,", text[pend:m.start]):
        return None
    return combine_weapons(found)


def _counted_after(hit: WeaponHit, pos: int) -> bool:
    return any(c is not None and c.evidence is not None and c.evidence.start >= pos for c in (hit.launched, hit.intercepted))


def _part_of_total(text: str, c1: int, m: NumberMention, hits: list[WeaponHit],
                   numbers: list[NumberMention]) -> WeaponHit:
    """'downed 40 of the 52': the part was downed, the total is the weapons counted before;
    'shot down 40 out of 52 launched (drones)': the total is told here as launched."""
    hit = anaphoric_hit(hits, count_of(text, m))
    total = next((n for n in numbers if n.start > m.end), None)
    launch = _LAUNCHED_PART.match(text[total.end:c1]) if total is not None else None
    if total is None or launch is None:
        return hit
    hit.launched = count_of(text, total)
    found, _ = weapon_phrase(text, total.end + launch.end(), c1)
    if found:  # "40 out of 52 launched drones"
        hit.type, hit.model, hit.classes = combine_weapons(found)
        hit.anaphoric = False
    return hit


# r9: "118 were shot down and 20 were lost from radar": two figures, each with its own verb
_NEXT_FIGURE = re.compile(r"\s+(?:and|while|but|whereas)\s+(?=(?:another\s+)?\d)", re.I)


def _own_stretch(text: str, c0: int, c1: int, m: NumberMention) -> tuple[int, int]:
    """The part of the clause that belongs to the figure at `m`: up to the next "and <figure>",
    from the last one before it."""
    before = [b.end() for b in _NEXT_FIGURE.finditer(text, c0, m.start)]
    after = _NEXT_FIGURE.search(text, m.end, c1)
    return (before[-1] if before else c0), (after.start() if after else c1)


def _part_of_them(text: str, c0: int, c1: int, m: NumberMention) -> bool | None:
    """'shot down 36 of them', '36 of these were intercepted': True for an intercepted part of
    weapons counted before; False for a breakdown by place ('12 of them over the X region', a part
    of a total already given); None when the number is not such a part."""
    om = lx.OF_THEM.match(text, m.end, c1)
    if om is None or lx.NOT_INTERCEPTED.search(text, c0, c1):
        return None
    if lx.BREAKDOWN_AFTER.match(text, om.end(), c1):
        return False
    return True if cue_for(text, c0, c1, m) == "intercepted" else None
