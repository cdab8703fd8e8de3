"""Weapon models as models write them: "Kalibr cruise missiles", "Iskander-M ballistic missile",
"Geran-2" where the article says "Shahed". A model is grounded when its name (the words before
the weapon class words of `vocabulary.yaml` `weapon_class_words`) or another name of the same
weapon (`weapon_model_aliases`, true equivalences only) is named in the article; a model the
article names in no form ("Kh-101" for a text that only says "cruise missiles") is not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from . import vocabulary
from .context import _context


@lru_cache(maxsize=1)
def _groups() -> tuple[frozenset[str], ...]:
    text = (resources.files(__package__) / "data" / "vocabulary.yaml").read_text(encoding="utf-8")
    return tuple(frozenset(n.casefold() for n in group) for group in yaml.safe_load(text)["weapon_model_aliases"])


@lru_cache(maxsize=1)
def _class_tail() -> re.Pattern[str]:
    return re.compile(rf"(?:[\s-]+(?:{vocabulary.pattern('weapon_class_words')}))+$", re.I)


def model_core(model: str) -> str:
    """"Kalibr cruise missiles" -> "Kalibr"; a name that is only class words stays as it is."""
    core = _class_tail().sub("", model.strip())
    return core or model.strip()


def _named(name: str, lower: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name.casefold())}(?![\w])", lower) is not None


def ground_model(model: str, text: str) -> bool:
    """Is the weapon model (or another name of the same weapon) named in the text?"""
    core = model_core(model)
    if len(core) < 3 or not core[0].isupper() and not core[0].isdigit():
        return False  # a designator ("Kalibr", "3M-14"), not class words alone ("cruise missiles")
    lower = _context(text).lower
    names = {core.casefold()}.union(*[g for g in _groups() if core.casefold() in g])
    return any(_named(n, lower) for n in names)
