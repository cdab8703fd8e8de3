"""A country named by its scope words alone (r47, dev70): "Across the country, the air force
said, 41 of the 48 drones were downed overnight", in a Lviv business's letter that never writes
"Ukraine". The model's country-level place is implied, not invented, when the record's sentences
tell a country-wide scope ("across the country", "nationwide": `place_roles.yaml` country_scope)
and the places around them, else their paragraph's (r48: a Polish border town told further down the letter is
no second country of the scope), else the article's, lie in that one country (support `inferred`)."""

from __future__ import annotations

from typing import Sequence

from ..knowledge import cues
from ..knowledge.gazetteer import PlaceMention, find_places
from .context import Window

_SCOPE = cues.pattern("place_roles", "country_scope")


def country_by_scope(country: str | None, text: str, windows: Sequence[Window]) -> bool:
    """Whether `country` is the one country of a scope the windows tell."""
    if not country or not any(_SCOPE.search(text, a, b) for a, b in windows):
        return False
    near = _states([m for a, b in windows for m in find_places(text[a:b])])
    around = _states([m for a, b in windows for m in find_places(text[_paragraph(text, a, b)])])  # r48: the paragraph's
    return (near or around or _states(find_places(text))) == {country}  # towns before the article's (a border town told later)


def _paragraph(text: str, a: int, b: int) -> slice:
    start = text.rfind("\n\n", 0, a)
    end = text.find("\n\n", b)
    return slice(start + 2 if start >= 0 else 0, end if end >= 0 else len(text))


def _states(mentions: Sequence[PlaceMention]) -> set[str]:
    """The countries of the towns and regions named (a country's own name is the side that acts: "the
    drones Russia launched")."""
    return {m.place.country for m in mentions if m.place.country and m.place.level != "country"}
