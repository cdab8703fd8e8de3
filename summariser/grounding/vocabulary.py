"""The word lists grounding reads as support, from `data/vocabulary.yaml` (read once)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """A word list of `data/vocabulary.yaml` by its key."""
    text = (resources.files(__package__) / "data" / "vocabulary.yaml").read_text(encoding="utf-8")
    return tuple(yaml.safe_load(text)[name])


@lru_cache(maxsize=None)
def pattern(name: str) -> str:
    """A regex alternation of a word list: "*" matches any ending, spaces any whitespace."""
    alts = []
    for w in sorted(words(name), key=len, reverse=True):
        stem = re.escape(w.rstrip("*")).replace(r"\ ", r"\s+")
        alts.append(stem + (r"\w*" if w.endswith("*") else ""))
    return "|".join(alts)
