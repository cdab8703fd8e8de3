"""The word lists grounding reads as support, from its `data/*.yaml` files (each read once):
`vocabulary.yaml` by default, `journeys.yaml` and `wire_events.yaml` for their modules."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=None)
def _lists(file: str) -> dict[str, list[str]]:
    text = (resources.files(__package__) / "data" / f"{file}.yaml").read_text(encoding="utf-8")
    lists: dict[str, list[str]] = yaml.safe_load(text)
    return lists


@lru_cache(maxsize=None)
def words(name: str, file: str = "vocabulary") -> tuple[str, ...]:
    """A word list of `data/<file>.yaml` by its key."""
    return tuple(_lists(file)[name])


@lru_cache(maxsize=None)
def pattern(name: str, file: str = "vocabulary") -> str:
    """A regex alternation of a word list: "*" matches any ending, spaces any whitespace."""
    alts = []
    for w in sorted(words(name, file), key=len, reverse=True):
        stem = re.escape(w.rstrip("*")).replace(r"\ ", r"\s+")
        alts.append(stem + (r"\w*" if w.endswith("*") else ""))
    return "|".join(alts)
