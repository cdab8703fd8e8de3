"""One extracted record with its article's metadata (never the article text), the features the
matcher needs from it, and a garbage-collector pause for bulk work."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Generic, Iterator, TypeVar, Union

from ..records import ArticleMeta, Attack, Diplomacy
from .model import member_key
from .recs import Rec, make_attack_rec, make_diplomacy_rec


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of small, acyclic objects are made:
    its generational passes would otherwise rescan them again and again (superlinear)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


Record = Union[Attack, Diplomacy]
R = TypeVar("R", Attack, Diplomacy, Record)


class _Item(Generic[R]):
    """One extracted record with the metadata of the article it came from.

    Holds the `ArticleMeta`, not the `Extraction`: an archive's article texts never stay in
    memory because one of their records is waiting for its event to be built.
    """

    __slots__ = ("article", "kind", "index", "record", "key")
    article: ArticleMeta
    kind: str  # "attack" | "diplomacy"
    index: int  # position in its Extraction's attacks / diplomacy
    record: R
    key: str  # member key "article_id/kind/index"

    def __init__(self, article: ArticleMeta, kind: str, index: int, record: R):
        self.article, self.kind, self.index, self.record = article, kind, index, record
        self.key = member_key(article.id, kind, index)


def features(idx: int, record: Record, article: ArticleMeta, art: int) -> Rec:
    """The matcher's view of one record. Enum values are read as `_value_` (a plain attribute):
    `.value` goes through a descriptor that costs more than the rest of this function."""
    pub, date = article.published, record.date
    start, end = (date.start, date.end) if date else (None, None)
    if isinstance(record, Attack):
        return make_attack_rec(
            idx, art, start=start, end=end, published=pub, attacker=record.attacker, kind=record.kind._value_,
            locations=[(loc.name, loc.admin1, loc.country, loc.level._value_) for loc in record.locations],
            weapons=[w.type._value_ for w in record.weapons],
            killed=record.killed.value if record.killed else None,
            injured=record.injured.value if record.injured else None,
            launched=sum(w.launched.value for w in record.weapons if w.launched) or None,
            night=bool(date and date.precision._value_ == "range"))
    return make_diplomacy_rec(idx, art, start=start, end=end, published=pub, participants=record.participants,
                              kind=record.kind._value_, place=record.location.name if record.location else None)
