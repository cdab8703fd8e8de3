"""Cue vocabularies as data: the words of war reporting the rules read, from `data/cues/*.yaml`.

Each file holds named vocabularies. A vocabulary is a list of phrases (regular-expression
fragments such as `shot\\s+down` or `launch(?:ed|ing)?`) or a mapping with `phrases` and
`ignore_case` (default true). Code keeps the grammar (what comes before or after a cue); the
files keep the words, so a cue is added by editing a file (see `data/cues/README.md`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Union

from . import _data
from ..regex_guard import guarded

# A vocabulary as its YAML file holds it: a list of phrases, or a mapping with `phrases` and
# `ignore_case` (a group of vocabularies is a mapping of them).
Vocabulary = Union[list[str], dict[str, Any]]


@lru_cache(maxsize=None)
def _file(group: str) -> dict[str, Any]:
    vocabularies: dict[str, Any] = _data.load(f"cues/{group}.yaml")
    return vocabularies


def _entry(group: str, *path: str) -> Vocabulary:
    node: Any = _file(group)  # parsed YAML: mappings down to the vocabulary
    for key in path:
        node = node[key]
    entry: Vocabulary = node
    return entry


def phrases(group: str, *path: str) -> list[str]:
    """The phrases of one vocabulary, in file order."""
    node = _entry(group, *path)
    items = node["phrases"] if isinstance(node, dict) else node
    # a YAML alias to another vocabulary (`- *trade_nouns`) stands for its phrases
    return [p for item in items for p in (item if isinstance(item, list) else [item])]


def alternation(group: str, *path: str) -> str:
    """The phrases joined as one regex alternation (no group around it)."""
    return "|".join(phrases(group, *path))


def words_alternation(group: str, *path: str) -> str:
    """The phrases of a word list (each inflection a phrase of its own) joined longest first, a
    `\\s+` counted as one space: the longest form of a word is tried first ("pounds sterling"
    before "pounds"), as a word list is read (grounding's `vocabulary.pattern`)."""
    return "|".join(sorted(phrases(group, *path), key=lambda p: len(p.replace(r"\s+", " ")), reverse=True))


def plain_alternation(group: str, *path: str) -> str:
    """The phrases of a list of plain words ("air strike", not regex), escaped, a space matching
    any run of spaces, joined longest first."""
    return "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases(group, *path)), key=len, reverse=True))


def pattern(group: str, *path: str) -> re.Pattern[str]:
    """The vocabulary as a word-bounded pattern: \\b(?:a|b|c)\\b."""
    node = _entry(group, *path)
    flags = re.I if not isinstance(node, dict) or node.get("ignore_case", True) else 0
    # with a first-character guard (regex_guard): the same matches, found sooner, since most
    # words of a sentence begin no phrase; it prefixes the whole, so `.pattern` embeds as before.
    # Not where a phrase holds a template slot ("<weapons>", "<state>") its reader fills in later:
    # the guard would be read from the slot's "<", not from the words that fill it.
    text = rf"\b(?:{alternation(group, *path)})\b"
    return re.compile(text if _TEMPLATE_SLOT.search(text) else guarded(text, flags), flags)


_TEMPLATE_SLOT = re.compile(r"(?<![?P])<[a-z_]+>")


def patterns(group: str, *path: str) -> list[tuple[str, re.Pattern[str]]]:
    """An ordered mapping of vocabularies (kinds, statuses) as (name, pattern) pairs."""
    return [(name, pattern(group, *path, name)) for name in _entry(group, *path)]


def regex(group: str, name: str, tail: str = "", *, word_end: bool = True, flags: int = re.I) -> re.Pattern[str]:
    """The vocabulary as a reader writes it into its own grammar: \\b(?:a|b|c)\\b (no closing \\b
    where `word_end` is false) followed by `tail`, compiled with `flags` as given; unlike `pattern`,
    no guard and no case from the file."""
    end = r"\b" if word_end else ""
    return re.compile(rf"\b(?:{alternation(group, name)}){end}{tail}", flags)
