"""Kinds, statuses and weapon types a model writes in its own words instead of the schema's value:
"Phone call", "HELD", "drone strike", "UAV", "drones". The draft's enums accept only the exact
value, so one such word fails the whole article; read here, the value it names is kept (case,
spaces, hyphens and a plural folded; synonyms from `data/kinds.yaml`). A word that names no value
is returned unchanged, and the schema refuses it as before.

A backend applies it to the draft's enum fields (`written_kind(EnumClass)` as a pydantic
`BeforeValidator`); nothing here is checked against the article, as a kind is the model's
classification of what the text says, not a value the text states.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache
from importlib import resources
from typing import Callable

import yaml


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, dict[str, str]]:
    text = (resources.files(__package__) / "data" / "kinds.yaml").read_text(encoding="utf-8")
    table: dict[str, dict[str, str]] = yaml.safe_load(text)
    return table


def _key(value: str) -> str:
    return re.sub(r"[\s\-/]+", "_", value.strip().strip(".").casefold())


def read_kind(value: object, enum: type[Enum]) -> object:
    """The enum value `value` names, or `value` unchanged."""
    if not isinstance(value, str):
        return value
    members = {str(m.value) for m in enum}
    synonyms = _synonyms().get(enum.__name__, {})
    key = _key(value)
    for candidate in (key, key[:-1] if key.endswith("s") else key, key[:-2] if key.endswith("es") else key):
        if candidate in members:
            return candidate
        if candidate in synonyms:
            return synonyms[candidate]
    return value


def written_kind(enum: type[Enum]) -> Callable[[object], object]:
    """A reader for one enum, for a pydantic `BeforeValidator`."""
    return lambda value: read_kind(value, enum)
