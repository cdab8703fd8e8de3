"""A transliteration fold: the written forms of one Ukrainian or Russian name that romanisation
systems spell differently compare equal ("Vilniansk" / "Vilnyansk", "Zelenskyy" / "Zelenskiy",
"Kharkiv" / "Harkiv", "Yuzhne" / "Iuzhne", "Zaporizhzhia" / "Zaporizhzhya").

Applied on folded tokens (`_scan.fold_token`): a run of i/y is one "i" (ny/ni, iy/yi/y, ia/ya),
"kh" is "h", "j" is "i", a doubled letter is one. Used where an exact name misses: the gazetteer's
`lookup` fallback and `same_place` for names it does not know.
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
