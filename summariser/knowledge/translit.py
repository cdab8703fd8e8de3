"""A transliteration fold: the written forms of one Ukrainian or Russian name that romanisation
systems spell differently compare equal ("Vilniansk" / "Vilnyansk", "Zelenskyy" / "Zelenskiy",
"Kharkiv" / "Harkiv", "Yuzhne" / "Iuzhne", "Zaporizhzhia" / "Zaporizhzhya").

Applied on folded tokens (`_scan.fold_token`): a run of i/y is one "i" (ny/ni, iy/yi/y, ia/ya),
"kh" is "h", "j" is "i", a doubled letter is one. Used where an exact name misses: the gazetteer's
`lookup` fallback and `same_place` for names it does not know.

`broad_token` folds further for `lookup` only (debts18b), after the first fold has missed: the
Ukrainian "h" is the Russian "g" ("Hostomel" / "Gostomel", "Horishni Plavni" / "Gorishni Plavni",
"Hlukhiv" / "Glukhiv"), a doubled "zhzh" is one ("Zaporizhia"), "ie" is "e". Where that would merge
two places the first fold keeps apart ("Kaluga" / "Kaluha", "Galich" / "Halych"), the gazetteer
keeps them apart (`gazetteer._broad_index`; `tools/fold_collisions.py` counts them).

`spelling_key` folds further for the gazetteer's text scan (dev30 B6): "ye" is "e" ("Yeysk" /
"Eysk"), and a town's adjectival ending is its name ("Afipsky" / "Afipskiy", "Novoshakhtinskiy" /
"Novoshakhtinsk": -sky, -skiy, -skij, -skyi all end in "sk").
"""

from __future__ import annotations

import re
from functools import lru_cache

_RULES = (
    (re.compile(r"kh"), "h"),
    (re.compile(r"j"), "i"),
    (re.compile(r"[iy]+"), "i"),
    (re.compile(r"(\w)\1+"), r"\1"),
)


@lru_cache(maxsize=65536)
def translit_token(key: str) -> str:
    """One folded token with the romanisation alternations removed."""
    for pattern, repl in _RULES:
        key = pattern.sub(repl, key)
    return key


def translit_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A folded name's tokens, each transliteration-folded."""
    return tuple(translit_token(k) for k in keys)


_BROAD_RULES = (
    (re.compile(r"g"), "h"),
    (re.compile(r"zhzh"), "zh"),
    (re.compile(r"ie"), "e"),
)


@lru_cache(maxsize=65536)
def broad_token(key: str) -> str:
    """`translit_token`, then the Ukrainian "h" for the Russian "g", "zhzh" as "zh", "ie" as "e"."""
    key = translit_token(key)
    for pattern, repl in _BROAD_RULES:
        key = pattern.sub(repl, key)
    return key


def broad_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A folded name's tokens, each `broad_token`-folded."""
    return tuple(broad_token(k) for k in keys)


_SCAN_RULES = (
    (re.compile(r"ie"), "e"),
    (re.compile(r"ski$"), "sk"),
)


@lru_cache(maxsize=65536)
def spelling_key(key: str) -> str:
    """One folded token as the scan compares spellings: `translit_token`, then "ye" as "e" and an
    "-sky" ending as "-sk"."""
    key = translit_token(key)
    for pattern, repl in _SCAN_RULES:
        key = pattern.sub(repl, key)
    return key
