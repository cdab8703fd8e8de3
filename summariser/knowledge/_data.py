"""Reading the data files of `knowledge/data/` (cached: each file is read once per process)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def _text(name: str) -> str:
    return (resources.files(__package__) / "data" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """A data file by name: JSON or YAML by its extension."""
    if name.endswith(".json"):
        return json.loads(_text(name))
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(_text(name), Loader=loader)  # noqa: S506 - a safe loader
