"""Parts of a launch total told by relation, with no launch verb of their own (dev22 A2/B5, dev21
A3/B7): "Russia fired 150 missiles and drones. Forty of the weapons were missiles", "drones made up
180 of them", "The missiles included six Zircons", "Of the 60 drones, 41 were jammed", "Of the 160
drones that crossed into the region, all but 11 were downed". Each part is a launch figure of the
kind it names, read before the sentence's other counts so that "25 of those were downed" and "all
but six" after it take it as their whole. Vocabulary: knowledge/data/cues/launch_parts.yaml."""

from __future__ import annotations

import re
from functools import partial

from ... import lexicon as lx
from ...knowledge import cues
from ...numbers import NUMBER, NumberMention
from ...records import WeaponType
from ...sentences import SENTENCE_END, Sentence
from .common import Facts, WeaponHit, count_of, span_of, weapon_class


_alt = partial(cues.alternation, "launch_parts")


_OF_WHOLE = rf"of\s+(?:(?:them|those|these|which)|(?:the|its|their|those|these)\s+(?:[\w-]+\s+){{0,2}}?(?:{_alt('whole_nouns')}))"
# "Forty of the weapons were missiles", "32 of them were cruise missiles", "of which 91 were missiles"
_COPULA_PART = re.compile(
    rf"\b(?:(?P<n>{NUMBER})\s+{_OF_WHOLE}|(?:of\s+(?:which|them|those|these)|among\s+(?:them|those|these))\s*,?\s+(?P<n2>{NUMBER}))"
    rf"\s+(?:{_alt('part_copulas')})\s+(?P<kind>)", re.I)
# "drones made up 180 of them", "the cruise missiles numbered 12"
_SHARE = re.compile(rf"\s+(?:{_alt('share_verbs')})\s+(?P<n>{NUMBER})\b", re.I)
# "The missiles included six Zircons", "they include 12 Iskanders", "among them were four Kinzhals"
_SUBSET = re.compile(rf"\b(?:{_alt('subset_verbs')})\s+(?P<n>{NUMBER})\s+(?P<kind>)", re.I)
# "Of the 60 drones, ...", "Out of the 95 UAVs that crossed the border, ..."
_FRONTED = re.compile(
    rf"\W*(?:{_alt('fronted_openers')})\s+(?:the|its|their|those|these|all)\s+(?:(?:some|about|around)\s+)?"
    rf"(?P<n>{NUMBER})\s+(?P<kind>)(?P<rest>[^,;:]{{0,90}}?)\s*,", re.I)
# "launched 212 aerial weapons": a counted whole of any noun of a wave
_COUNTED_WHOLE = re.compile(rf"\s+(?:a\s+(?:combined|total\s+of)\s+)?(?:{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:{_alt('whole_nouns')})\b", re.I)
_FLIGHT = re.compile(rf"\b(?:{_alt('flight_words')})\b", re.I)
# a whole told by where its weapons hit or how they were stopped is no launch total
_NOT_LAUNCH = re.compile(r"\b(?:hit|struck|landed|fell|exploded|reached|got\s+through)\b", re.I)
_SKIP = re.compile(r"(?:Russian|Ukrainian|enemy|attack|strike|kamikaze|long-range|unmanned|Iranian-made)\s+", re.I)
# a model name the lexicon does not know, before the weapon noun it is a kind of
_MODEL_NAME = re.compile(r"(?P<model>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?)\s+")


def _kind_at(text: str, pos: int, end: int) -> tuple[WeaponType, str | None, int] | None:
    """The weapon kind written at `pos` (after an origin or role word): type, model, end."""
    while (m := _SKIP.match(text, pos, end)) is not None:
        pos = m.end()
    w = lx.weapon_at(text, pos, end)
    model = None
    if w is None and (name := _MODEL_NAME.match(text, pos, end)) is not None:
        w, model = lx.weapon_at(text, name.end(), end), name.group("model")  # "six Zircon cruise missiles"
    if w is None or w[1] is None or lx.WEAPON_AS_MODIFIER.match(text, w[0].end(), end):
        return None
    return w[1], w[2] or model, w[0].end()


def _kind_before(text: str, start: int, pos: int) -> tuple[WeaponType, str | None, int] | None:
    """The weapon kind whose words end right before `pos` ("drones made up ...")."""
    last = None
    for m, wtype, model in lx.iter_weapons(text, max(start, pos - 60), pos):
        last = (m, wtype, model)
    if last is None or text[last[0].end():pos].strip():
        return None
    return last[1], last[2], last[0].start()


def _window_before(text: str, s: Sentence, pos: int) -> tuple[int, int]:
    """The two sentences before this one and this one up to `pos`: where a launch total is told."""
    back = max(0, s.start - 700)
    ends = [m.end() for m in SENTENCE_END.finditer(text, back, s.start) if m.end() < s.start]
    return (ends[-3] if len(ends) >= 3 else back), pos


def _launch_told(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells a launch total: a launch verb and a weapon word after it."""
    for cue in lx.LAUNCH_CUES.finditer(text, start, end):
        if _COUNTED_WHOLE.match(text, cue.end(), end) or any(True for _ in lx.iter_weapons(text, cue.end(), min(end, cue.end() + 120))) or \
                any(True for _ in lx.iter_weapons(text, max(start, cue.start() - 80), cue.start())):
            return True
    return False


def _mention(text: str, m: re.Match[str], group: str, numbers: list[NumberMention]) -> NumberMention | None:
    return next((n for n in numbers if n.start == m.start(group)), None)


def _parts(text: str, s: Sentence, numbers: list[NumberMention]) -> list[tuple[NumberMention, WeaponType, str | None, int]]:
    """(number, type, model, end of its words) of every part told in the sentence."""
    out = []
    for m in _COPULA_PART.finditer(text, s.start, s.end):
        group = "n" if m.group("n") else "n2"
        kind, n = _kind_at(text, m.end(), s.end), _mention(text, m, group, numbers)
        if kind and n and _launch_told(text, *_window_before(text, s, m.start())):
            out.append((n, *kind))
    for m in _SHARE.finditer(text, s.start, s.end):
        kind, n = _kind_before(text, s.start, m.start()), _mention(text, m, "n", numbers)
        if kind and n and _launch_told(text, *_window_before(text, s, kind[2])):
            out.append((n, kind[0], kind[1], m.end()))
    for m in _SUBSET.finditer(text, s.start, s.end):
        kind, n = _kind_at(text, m.end(), s.end), _mention(text, m, "n", numbers)
        if kind and n and not lx.INTERCEPT_CUES.search(text, max(s.start, m.start() - 60), m.start()) \
                and _launch_told(text, *_window_before(text, s, m.start())):
            out.append((n, *kind))
    if (fm := _FRONTED.match(text, s.start, s.end)) is not None:
        out += _fronted(text, s, fm, numbers)
    return out


def _fronted(text: str, s: Sentence, m: re.Match[str], numbers: list[NumberMention]) -> list[tuple[NumberMention, WeaponType, str | None, int]]:
    """"Of the 60 drones, ...": launched, unless its own words say how they were stopped or where they hit."""
    kind, n = _kind_at(text, m.end("kind"), s.end), _mention(text, m, "n", numbers)
    if kind is None or n is None:
        return []
    rest = text[kind[2]:m.end("rest")]
    if lx.INTERCEPT_CUES.search(rest) or _NOT_LAUNCH.search(rest) or lx.NOT_INTERCEPTED.search(rest):
        return []
    if rest.strip() and not (_FLIGHT.search(rest) or lx.LAUNCH_CUES.search(rest)):
        return []  # "Of the 30 drones over the capital, ...": a share, not the wave
    return [(n, *kind)]


def launch_parts(text: str, s: Sentence, numbers: list[NumberMention]) -> list[WeaponHit]:
    """The launch figures of the parts a sentence tells of a total (one per kind)."""
    hits: list[WeaponHit] = []
    for n, wtype, model, end in sorted(_parts(text, s, numbers), key=lambda p: p[0].start):
        if n.value <= 0 or any(h.type is wtype and h.model == model for h in hits):
            continue
        launched = count_of(text, n).model_copy(update={"evidence": span_of(text, n.start, end)})
        hits.append(WeaponHit(wtype, model, launched=launched, classes=frozenset({weapon_class(wtype)}), part=True))
    return hits


def parts_of_told_total(f: Facts, told: list[Facts]) -> bool:
    """Whether the launch figures of `f` are parts of a launch total told in `told` (then `f`
    refines that record, not a new barrage): every figure a part, together within the total."""
    launched = [w for w in f.counted_weapons if w.launched]
    if launched and all(w.told_whole for w in launched):
        return all(_restates(w, told) for w in launched)
    totals = [w.launched.value for g in told for w in g.counted_weapons if w.launched and not w.part]
    return bool(launched) and all(w.part for w in launched) and bool(totals) and \
        sum(w.launched.value for w in launched if w.launched) <= max(totals)


def _restates(w: WeaponHit, told: list[Facts]) -> bool:
    """r13 (dev24 A2): "fired Kinzhals at Lviv. All six Kinzhals hit their targets": the wave
    restated with its size is the told record's, when that record names its family and gave it
    no other launch figure."""
    same = [x for g in told for x in [*g.weapon_types, *g.counted_weapons] if weapon_class(x.type) == weapon_class(w.type)]
    return bool(same) and all(x.launched is None or w.launched is None or x.launched.value == w.launched.value for x in same)
