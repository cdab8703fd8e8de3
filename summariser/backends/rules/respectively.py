"""Figures told in the order of the weapons they belong to: "launched 52 drones and 3 missiles
... shot down 40 and 2, respectively", "of which 40 and 2 respectively were shot down". The i-th
figure is the i-th weapon's, counted in the sentence or in the sentence before."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...numbers import NumberMention
from ...records import WeaponType
from ...sentences import Sentence
from .common import Facts, WeaponHit, count_of

_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*", re.I)
_BEFORE_WORD = re.compile(r"\s*,?\s*")


def respective_run(text: str, s: Sentence, numbers: list[NumberMention]) -> list[NumberMention]:
    """The figures joined by commas and 'and' just before 'respectively', when the sentence says
    they were downed (two at least); else none."""
    rm = _RESPECTIVELY.search(text, s.start, s.end)
    if rm is None:
        return []
    before = [n for n in numbers if n.end <= rm.start()]
    if not before or not _BEFORE_WORD.fullmatch(text, before[-1].end, rm.start()):
        return []
    run = [before[-1]]
    for n in reversed(before[:-1]):
        if not _JOINT.fullmatch(text, n.end, run[0].start):
            break
        run.insert(0, n)
    downed = lx.INTERCEPT_CUES.search(text, max(s.start, run[0].start - 60), s.end)
    return run if len(run) >= 2 and downed else []


def add_respective(text: str, run: list[NumberMention], hits: list[WeaponHit]) -> None:
    """Each figure to the weapon launched in its place; with no such list in the sentence, kept
    for the sentence before (`resolve_respective`)."""
    launched = [w for w in hits if w.launched is not None]
    if len(launched) == len(run):
        for w, n in zip(launched, run):
            w.intercepted = w.intercepted or count_of(text, n)
        return
    hits += [WeaponHit(WeaponType.other, None, intercepted=count_of(text, n), anaphoric=True, respective=i)
             for i, n in enumerate(run)]


def resolve_respective(f: Facts, launched: list[WeaponHit]) -> None:
    """The figures of the sentence take the weapons launched before, in order; none when the
    lists differ in length."""
    own = [w for w in f.counted_weapons if w.respective is not None and w.anaphoric]
    if not own:
        return
    if len(own) != len(launched):
        f.counted_weapons = [w for w in f.counted_weapons if w not in own]
        return
    for w in own:
        src = launched[w.respective or 0]
        w.type, w.model, w.classes, w.anaphoric = src.type, src.model, src.classes, False
