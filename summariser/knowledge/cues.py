"""Cue vocabularies as data: the words of war reporting the rules read, from `data/cues/*.yaml`.

Each file holds named vocabularies. A vocabulary is a list of phrases (regular-expression
fragments such as `shot\\s+down` or `launch(?:ed|ing)?`) or a mapping with `phrases` and
`ignore_case` (default true). Code keeps the grammar (what comes before or after a cue); the
files keep the words, so a cue is added by editing a file (see `data/cues/README.md`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Union

from . import _data

Vocabulary = Union[list, dict]


@lru_cache(maxsize=None)
def _file(group: str) -> dict:
    return _data.load(f"cues/{group}.yaml")


def _entry(group: str, *path: str) -> Vocabulary:
    node = _file(group)
    for key in path:
        node = node[key]
    return node


def phrases(group: str, *path: str) -> list[str]:
    """The phrases of one vocabulary, in file order."""
    node = _entry(group, *path)
    return list(node["phrases"] if isinstance(node, dict) else node)


def alternation(group: str, *path: str) -> str:
    """The phrases joined as one regex alternation (no group around it)."""
    return "|".join(phrases(group, *path))


def pattern(group: str, *path: str) -> re.Pattern:
    """The vocabulary as a word-bounded pattern: \\b(?:a|b|c)\\b."""
    node = _entry(group, *path)
    flags = re.I if not isinstance(node, dict) or node.get("ignore_case", True) else 0
    return re.compile(rf"\b(?:{alternation(group, *path)})\b", flags)


def patterns(group: str, *path: str) -> list[tuple[str, re.Pattern]]:
    """An ordered mapping of vocabularies (kinds, statuses) as (name, pattern) pairs."""
    return [(name, pattern(group, *path, name)) for name in _entry(group, *path)]
