"""A combined missile total split by kind after a dash, colon or bracket (atk8): "52 missiles - 40
of them cruise missiles and 12 ballistic", "52 missiles: 40 cruise and 12 ballistic". Each kind
gets its own count, as "including 40 cruise missiles and 12 ballistic missiles" already does. The
kind words live in knowledge/data/cues/weapons.yaml (split_cruise_missile, split_ballistic_missile)."""

from __future__ import annotations

import re
from typing import Any

from ... import lexicon as lx
from ...knowledge import cues
from ...numbers import parse_number
from ...records import Count, WeaponType
from .common import Facts, WeaponHit, span_of, weapon_class

_KIND_NAMES = (WeaponType.cruise_missile, WeaponType.ballistic_missile)
_KINDS = [(t, cues.pattern("weapons", f"split_{t.value}")) for t in _KIND_NAMES]
_KIND_WORDS = "|".join(cues.alternation("weapons", f"split_{t.value}") for t in _KIND_NAMES)
_PART = (r"(?P<n{i}>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:of\s+(?:them|which|these)\s+)?(?:(?:were|being)\s+)?"
         rf"(?P<k{{i}}>{_KIND_WORDS})\b(?:\s+(?:missiles?|ones))?")
_SPLIT = re.compile(
    r"\bmissiles?(?:\s+[\w'’]+){0,4}?\s*(?:[-–—:(]|,\s*(?=\S+\s+of\s+(?:them|which)))\s*(?:including\s+|among\s+them\s+)?"
    + _PART.replace("{i}", "1").replace("{{i}}", "1") + r"(?:\s*,\s*|\s+and\s+)" + _PART.replace("{i}", "2").replace("{{i}}", "2"),
    re.I)


# r9: one part of a missile total: "45 missiles, eight of them ballistic", "60 missiles of various
# types, including 12 ballistic ones", "40 missiles, 9 of them hypersonic Kinzhals"
_ONE_PART = re.compile(
    r"\b(?P<total>missiles?(?:\s+of\s+(?:various|different|several)\s+types)?)\s*,\s*(?:"
    r"(?:including|among\s+them)\s+(?P<n1>\d[\d,]*|[a-z]+)\s+(?P<k1>(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"|(?P<n2>\d[\d,]*|[a-z]+)\s+of\s+(?:them|which|these)\s+(?:(?:were|being)\s+)?(?P<k2>(?:[\w-]+\s+){0,2}?[\w-]+))"
    r"(?=\s*(?:[,;.)]|and\b|$))", re.I)
_MISSILE_KINDS = (WeaponType.cruise_missile, WeaponType.ballistic_missile)


def _kind_of_part(text: str, start: int, end: int) -> tuple[WeaponType, str | None] | None:
    """The missile kind a part names: a kind word ("ballistic", "cruise ones") or a model ("Kinzhals")."""
    words = text[start:end]
    kind = next((t for t, rx in _KINDS if rx.search(words)), None)
    if kind is not None:
        return kind, None
    return next(((t, model) for _, t, model in lx.iter_weapons(text, start, end) if t in _MISSILE_KINDS), None)


def _add_one_part(text: str, f: Facts) -> bool:
    """Count the one kind a missile total names as its part; True when a part was added."""
    added = False
    for m in _ONE_PART.finditer(text, f.sent.start, f.sent.end):
        i = 1 if m.group("n1") else 2
        value = parse_number(m.group(f"n{i}").replace(",", ""))
        found = _kind_of_part(text, m.start(f"k{i}"), m.end(f"k{i}"))
        if value is None or found is None or any(w.type is found[0] and w.launched for w in f.counted_weapons):
            continue
        ev = span_of(text, m.start(f"n{i}"), m.end(f"k{i}"))
        f.counted_weapons.append(WeaponHit(found[0], found[1], launched=Count(value=value, evidence=ev),
                                           classes=frozenset({weapon_class(found[0])})))
        added = True
    return added


# r29: the parts told by a copula, each its own clause: "Ten of those were Kh-101s and four were
# Kalibrs", "twelve were Kh-101s; the other four were Kalibrs".
# A part runs from its number to the next clause break; the sentence must tell of the missiles
# ("of the missiles", "of those", or a missile total before the parts).
_COPULA_PART = re.compile(r"\b(?P<n>\d[\d,]*|[a-z]+)\s+"
                          r"(?:of\s+(?:them|the\s+missiles|these|those|which)\s+)?(?:were|was)\s+", re.I)
_PART_END = re.compile(r"\s*(?:[,;.]|\band\b|$)")
_OF_THE_MISSILES = re.compile(r"\bof\s+(?:the\s+missiles|them|those|these)\b|\bmissiles?\b", re.I)


def _add_copula_parts(text: str, f: Facts) -> None:
    s = f.sent
    parts = [m for m in _COPULA_PART.finditer(text, s.start, s.end) if parse_number(m.group("n").replace(",", "")) is not None]
    if not parts or not _OF_THE_MISSILES.search(text, s.start, parts[0].end()):
        return
    for m in parts:
        end = _PART_END.search(text, m.end(), s.end)
        stop = end.start() if end is not None else s.end
        found = next(((t, model) for _, t, model in lx.iter_weapons(text, m.end(), stop) if t in _MISSILE_KINDS), None) \
            or _kind_of_part(text, m.end(), stop)  # the model when told ("Kinzhal hypersonic missiles")
        value = parse_number(m.group("n").replace(",", ""))
        if found is None or value is None or any(w.type is found[0] and w.launched for w in f.counted_weapons):
            continue
        ev = span_of(text, m.start("n"), stop)
        f.counted_weapons.append(WeaponHit(found[0], found[1], launched=Count(value=value, evidence=ev),
                                           classes=frozenset({weapon_class(found[0])})))


def _total_of_mixed_kinds(f: Facts) -> None:
    """A missile total whose parts the sentence counts by kind is a combined total (codebook 9):
    type other, its words as the model, the kinds as their own entries."""
    total = next((w.launched for w in f.counted_weapons if w.type is WeaponType.missile and w.model is None
                  and w.launched), None)
    at = total.evidence.start if total is not None and total.evidence is not None else None
    # the parts told after the total ("four Iskanders and 30 missiles" are two figures, not a part)
    parts = [w.launched.value for w in f.counted_weapons if w.type in _MISSILE_KINDS and w.launched
             and at is not None and w.launched.evidence is not None and w.launched.evidence.start > at]
    if not parts or total is None or sum(parts) > total.value or max(parts) >= total.value:
        return  # no part, or figures that are not parts of the total
    for i, w in enumerate(f.counted_weapons):
        if w.type is WeaponType.missile and w.model is None and (w.launched or w.intercepted):
            f.counted_weapons[i] = WeaponHit(WeaponType.other, "missiles", w.launched, w.intercepted,
                                             classes=frozenset({"missile"}))


def add_missile_split(text: str, f: Facts) -> None:
    """Give each kind of a split missile total its count, unless the sentence already counts it."""
    _add_split(text, f)
    _add_one_part(text, f)
    _add_copula_parts(text, f)
    _total_of_mixed_kinds(f)  # also "12 missiles, including 6 Iskander-M and 6 Kh-101" read by the count rules


def _add_split(text: str, f: Facts) -> bool:
    s, added = f.sent, False
    for m in _SPLIT.finditer(text, s.start, s.end):
        for i in (1, 2):
            value = parse_number(m.group(f"n{i}").replace(",", ""))
            kind = next((t for t, rx in _KINDS if rx.fullmatch(m.group(f"k{i}"))), None)
            if value is None or kind is None or any(w.type is kind and w.launched for w in f.counted_weapons):
                continue
            ev = span_of(text, m.start(f"n{i}"), m.end(f"k{i}"))
            f.counted_weapons.append(WeaponHit(kind, None, launched=Count(value=value, evidence=ev)))
            added = True
    return added


def fold_split_missile_total(weapons: dict[WeaponType, dict[str, Any]], others: dict[str, dict[str, Any]]) -> None:
    """A record's missile total whose kinds a later sentence counts as its parts ("52 missiles ...
    The missiles included six Zircons", dev21 B7) is a combined total (codebook 9): type other,
    "missiles" its words, beside the kinds' own entries. The same rule as `_total_of_mixed_kinds`,
    across sentences."""
    generic = weapons.get(WeaponType.missile)
    total = generic.get("launched") if generic is not None and not generic["model"] else None
    if generic is None or total is None or total.evidence is None:
        return
    parts = [weapons[t]["launched"].value for t in _MISSILE_KINDS if t in weapons and weapons[t].get("launched")
             and weapons[t]["launched"].evidence is not None and weapons[t]["launched"].evidence.start > total.evidence.start]
    if not parts or sum(parts) > total.value or max(parts) >= total.value:
        return
    slot = {"model": "missiles", **{k: v for k, v in generic.items() if k != "model"}}
    if WeaponType.other in weapons:
        others.setdefault("missiles", slot)
    else:
        weapons[WeaponType.other] = slot
    del weapons[WeaponType.missile]
