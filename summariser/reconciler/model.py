"""What the reconciler writes: events, their members, ranges, claims and explain notes."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, Iterable, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from ..records import (Attack, Diplomacy)


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Member(_Out):
    """One extracted record merged into an event (article_id/type/index name it exactly)."""

    article_id: str
    type: str  # "attack" | "diplomacy"
    index: int  # position in that Extraction's attacks / diplomacy list
    source: Optional[str] = None
    published: Optional[dt.date] = None
    path: Optional[str] = None

    @property
    def key(self) -> str:
        return member_key(self.article_id, self.type, self.index)


class Range(_Out):
    """UCDP-style low / best / high of one count across the event's sources."""

    low: int
    best: int
    high: int


class Claim(_Out):
    """What one record said about one field."""

    article_id: str
    index: int
    source: Optional[str] = None
    published: Optional[dt.date] = None
    value: Any = None
    qualifier: Optional[str] = None


class PairNote(_Out):
    """Why two records were merged, or nearly were."""

    a: str  # member keys "article_id/type/index"
    b: str
    score: float
    features: dict[str, float]  # feature -> weight it added; conflicts carry no weight
    conflicts: list[str] = Field(default_factory=list)
    decision: str  # "merged" | "near-miss"
    reason: str = ""


class Event(_Out):
    event_id: str
    type: str
    members: list[Member]
    record: Union[Attack, Diplomacy]
    ranges: dict[str, Range] = Field(default_factory=dict)
    disputed: list[str] = Field(default_factory=list)
    claims: dict[str, list[Claim]] = Field(default_factory=dict)
    num_articles: int
    num_sources: int
    merges: Optional[list[PairNote]] = None  # only with explain=True
    near_misses: Optional[list[PairNote]] = None


def member_key(article_id: str, kind: str, index: int) -> str:
    return f"{article_id}/{kind}/{index}"


def event_id_for(keys: Iterable[str]) -> str:
    """Stable across reruns and input order: a hash of the sorted member keys."""
    return "ev_" + hashlib.sha1("\n".join(sorted(keys)).encode("utf-8")).hexdigest()[:16]
