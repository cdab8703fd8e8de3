"""A combined missile total split by kind after a dash, colon or bracket (atk8): "52 missiles - 40
of them cruise missiles and 12 ballistic", "52 missiles: 40 cruise and 12 ballistic". Each kind
gets its own count, as "including 40 cruise missiles and 12 ballistic missiles" already does. The
kind words live in knowledge/data/cues/weapons.yaml (split_cruise_missile, split_ballistic_missile)."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...numbers import parse_number
from ...records import Count, WeaponType
from .common import Facts, WeaponHit, span_of

_KIND_NAMES = (WeaponType.cruise_missile, WeaponType.ballistic_missile)
_KINDS = [(t, cues.pattern("weapons", f"split_{t.value}")) for t in _KIND_NAMES]
_KIND_WORDS = "|".join(cues.alternation("weapons", f"split_{t.value}") for t in _KIND_NAMES)
_PART = (r"(?P<n{i}>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:of\s+(?:them|which|these)\s+)?(?:(?:were|being)\s+)?"
         rf"(?P<k{{i}}>{_KIND_WORDS})\b(?:\s+(?:missiles?|ones))?")
_SPLIT = re.compile(
    r"\bmissiles?(?:\s+[\w'’]+){0,4}?\s*(?:[-–—:(]|,\s*(?=\S+\s+of\s+(?:them|which)))\s*(?:including\s+|among\s+them\s+)?"
    + _PART.replace("{i}", "1").replace("{{i}}", "1") + r"(?:\s*,\s*|\s+and\s+)" + _PART.replace("{i}", "2").replace("{{i}}", "2"),
    re.I)


def add_missile_split(text: str, f: Facts) -> None:
    """Give each kind of a split missile total its count, unless the sentence already counts it."""
    s = f.sent
    for m in _SPLIT.finditer(text, s.start, s.end):
        for i in (1, 2):
            value = parse_number(m.group(f"n{i}").replace(",", ""))
            kind = next((t for t, rx in _KINDS if rx.fullmatch(m.group(f"k{i}"))), None)
            if value is None or kind is None or any(w.type is kind and w.launched for w in f.counted_weapons):
                continue
            ev = span_of(text, m.start(f"n{i}"), m.end(f"k{i}"))
            f.counted_weapons.append(WeaponHit(kind, None, launched=Count(value=value, evidence=ev)))
