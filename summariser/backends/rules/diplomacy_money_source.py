"""States that only own the money behind a donation (r18, dev33 D1): "a gift of 900 million crowns,
paid partly out of income on immobilised Russian reserves" is the giver's aid to Ukraine, not aid
to Russia. A state named by its assets and nowhere else in the sentence is no side of the aid
(the freezing itself, a sanction, keeps its target). Words in `cues/diplomacy_framing.yaml`."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence
from .article_actors import ArticleActors

_ASSETS_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{cues.alternation('diplomacy_framing', 'money_source_assets')})\b", re.I)


def asset_owners(text: str, s: Sentence, kind: DiplomacyKind, actors: ArticleActors) -> set[str]:
    """The states of the aid sentence named only as owners of assets."""
    if kind is not DiplomacyKind.military_aid:
        return set()
    owners: set[str] = set()
    others: set[str] = set()
    for a in actors.within(s.start, s.end):
        (owners if _ASSETS_AFTER.match(text, a.end) else others).add(a.actor.name)
    return owners - others
