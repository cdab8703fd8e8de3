"""A first-character guard for a large alternation: the same matches, found sooner.

A pattern like `numbers.COUNT_RE` (a word boundary, then a hundred alternatives: qualifiers,
number words, digits) is tried at every word start of the text, and each try walks the whole
alternation before it fails on most words. `guarded(pattern)` prefixes a lookahead for the
characters a match can begin with, read from the pattern itself (`re._parser`), so a word that
cannot begin a match fails at its first character. Every match of the pattern begins with one
of those characters, so the guarded pattern finds exactly the same matches, groups included;
where the first characters cannot be read (a `.`, a negated class, a scoped flag, a pattern that
can match the empty string) the pattern is returned unchanged.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# the parser `re` itself uses (private modules with no stubs: read as Any)
_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")

_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_Unknown = None  # the first characters cannot be told


def guarded(pattern: str, flags: int = 0) -> str:
    """`pattern` with a lookahead for the characters its matches begin with, or unchanged."""
    if flags & re.VERBOSE:  # a trailing comment would swallow the closing parenthesis
        return pattern
    first = first_characters(pattern, flags)
    if first is None:
        return pattern
    text = f"(?=[{''.join(sorted(first))}])(?:{pattern})"
    try:
        re.compile(text, flags)
    except re.error:  # global inline flags ("(?i)...") must open the pattern
        return pattern
    return text


def first_characters(pattern: str, flags: int = 0) -> set[str] | None:
    """Class items (escaped characters, ranges, `\\d`-style categories) one of which begins
    every match of `pattern`; None when that cannot be read or a match may be empty."""
    first, nullable = _first(_p.parse(pattern, flags))
    return None if first is None or nullable or not first else first


def _first(items: Any) -> tuple[set[str] | None, bool]:
    """(first-character class items, whether the sequence can match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        first, nullable = _first_item(op, av)
        if first is None:
            return _Unknown, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _first_item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        return {_escape(av)}, False
    if op is _c.IN:
        return _class_items(av), False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _first(sub) if not add_flags and not del_flags else (_Unknown, False)
    if op is _c.BRANCH:
        out: set[str] = set()
        nullable = False
        for alternative in av[1]:
            first, empty = _first(alternative)
            if first is None:
                return _Unknown, False
            out |= first
            nullable = nullable or empty
        return out, nullable
    if op in _REPEATS:
        low, high, sub = av
        first, empty = _first(sub)
        return (first, low == 0 or empty) if high != 0 else (set(), True)
    return _Unknown, False  # ANY, NOT_LITERAL, group references, atomic groups...


def _class_items(items: Any) -> set[str] | None:
    out = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(_escape(av))
        elif op is _c.RANGE:
            out.add(f"{_escape(av[0])}-{_escape(av[1])}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # a negated class, or anything else: not told here
            return None
    return out


def _escape(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "-]\\^" else "\\" + chr(code)

