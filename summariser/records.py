"""Typed records: the public, stable output contract of summariser.

One `Extraction` per article. Every count is a `Count` (value + qualifier), every
record carries `evidence` spans into the cleaned article text (half-open
character offsets, ``text[start:end] == span.text``), and `sources` says, per
field, whether the value came from the LLM, the rules baseline, or both agreeing.

These models are exported as JSON Schema to ``schemas/`` (``summarise schema
--write``); a test fails when the committed files drift from the models.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Iterator, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.1"  # 1.1: support on every value, alignment on spans


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)

    def _repr_html_(self) -> str:  # notebook view
        from .render import record_html

        return record_html(self)


# --------------------------------------------------------------------------- enums


class Qualifier(str, Enum):
    """How a count was stated: "at least five" is (5, at_least), never a bare 5."""

    exact = "exact"
    at_least = "at_least"
    more_than = "more_than"
    about = "about"
    up_to = "up_to"


class Origin(str, Enum):
    """Where a value came from."""

    llm = "llm"
    rules = "rules"
    both = "both"  # the LLM and the rules baseline agreed


class AttackKind(str, Enum):
    """Aligned with ACLED's Explosions/Remote violence sub-event types."""

    air_drone_strike = "air_drone_strike"
    missile_strike = "missile_strike"
    drone_and_missile = "drone_and_missile"
    shelling_artillery = "shelling_artillery"
    glide_bomb = "glide_bomb"
    other = "other"


class WeaponType(str, Enum):
    drone = "drone"
    decoy_drone = "decoy_drone"
    cruise_missile = "cruise_missile"
    ballistic_missile = "ballistic_missile"
    missile = "missile"  # unspecified missile
    glide_bomb = "glide_bomb"
    artillery = "artillery"
    other = "other"


class Support(str, Enum):
    """Why grounding accepted a value (docs/grounding.md)."""

    stated = "stated"  # the number or name is written in the text
    implied = "implied"  # a counted noun phrase ("a woman", "its driver") or an explicit nil ("no one was hurt")
    inferred = "inferred"  # named through its leader, minister, ministry or capital ("the Kremlin" -> Russia)


class Alignment(str, Enum):
    """How an evidence span was matched to the text (langextract's alignment status)."""

    exact = "exact"  # the quote is the text, character for character
    normalised = "normalised"  # equal after case, space, quote and dash folding
    fuzzy = "fuzzy"  # most of the quote's words, in order, within one or two sentences
    elided = "elided"  # a quote cut with "..." whose pieces align in order; the span covers them all
    regrounded = "regrounded"  # no quote aligned: the sentence holding the record's values


class LocationLevel(str, Enum):
    site = "site"
    district = "district"
    city = "city"
    region = "region"
    country = "country"


class DatePrecision(str, Enum):
    day = "day"
    range = "range"  # start/end span more than one day (e.g. an overnight strike)
    week = "week"
    month = "month"
    year = "year"
    unknown = "unknown"  # only the words are known (no publication date to resolve against)


class DiplomacyKind(str, Enum):
    talks = "talks"
    summit = "summit"
    meeting = "meeting"
    visit = "visit"
    phone_call = "phone_call"
    statement = "statement"
    proposal = "proposal"
    agreement = "agreement"
    prisoner_exchange = "prisoner_exchange"
    sanctions = "sanctions"
    military_aid = "military_aid"
    diplomatic_protest = "diplomatic_protest"
    peacekeeping = "peacekeeping"
    other = "other"


class DiplomacyStatus(str, Enum):
    held = "held"
    planned = "planned"
    ongoing = "ongoing"
    proposed = "proposed"
    stalled = "stalled"
    cancelled = "cancelled"


# --------------------------------------------------------------------------- parts


class Span(_Model):
    """A half-open character interval [start, end) of the cleaned article text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    alignment: Optional[Alignment] = None  # set by grounding for evidence a backend quoted

    @model_validator(mode="after")
    def _consistent(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span [{self.start}, {self.end}) has length {self.end - self.start} "
                f"but its text has {len(self.text)} characters"
            )
        return self


class Count(_Model):
    """A reported number with how it was qualified, and where it was read."""

    value: int = Field(ge=0)
    qualifier: Qualifier = Qualifier.exact
    evidence: Optional[Span] = None
    support: Support = Support.stated


class Location(_Model):
    name: str
    admin1: Optional[str] = None  # region / oblast
    country: Optional[str] = None
    level: LocationLevel = LocationLevel.city


class DateSpan(_Model):
    """When: earliest and latest possible dates (UCDP-style), plus the words used."""

    start: Optional[dt.date] = None
    end: Optional[dt.date] = None
    text: Optional[str] = None
    precision: DatePrecision = DatePrecision.unknown

    @model_validator(mode="after")
    def _ordered(self) -> "DateSpan":
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"date end {self.end} is before start {self.start}")
        return self


class Weapon(_Model):
    type: WeaponType
    model: Optional[str] = None  # e.g. "Shahed", "Geran-2", "Iskander-M"
    launched: Optional[Count] = None
    intercepted: Optional[Count] = None

    @model_validator(mode="after")
    def _intercepted_le_launched(self) -> "Weapon":
        if self.launched and self.intercepted and self.intercepted.value > self.launched.value:
            raise ValueError(
                f"intercepted ({self.intercepted.value}) exceeds launched ({self.launched.value})"
            )
        return self


COUNT_FIELDS = ("killed", "injured", "children_killed", "children_injured")


class Attack(_Model):
    """One strike event: a place and a night/day, as an analyst would code it."""

    attacker: Optional[str] = None  # e.g. "Russia"
    target_country: Optional[str] = None  # country attacked, e.g. "Ukraine"
    kind: AttackKind = AttackKind.other
    locations: list[Location] = Field(default_factory=list)
    date: Optional[DateSpan] = None
    weapons: list[Weapon] = Field(default_factory=list)
    killed: Optional[Count] = None
    injured: Optional[Count] = None
    children_killed: Optional[Count] = None
    children_injured: Optional[Count] = None
    damage: list[str] = Field(default_factory=list)  # what was hit
    civilian_targeting: Optional[bool] = None
    reported_by: list[str] = Field(default_factory=list)  # who gave the figures
    evidence: list[Span] = Field(default_factory=list)
    sources: dict[str, Origin] = Field(default_factory=dict)  # field -> where it came from
    # value -> why grounding accepted it, keyed like "attacker", "locations[0]", "date"; counts
    # carry their own (`Count.support`)
    support: dict[str, Support] = Field(default_factory=dict)
    optional: bool = False  # gold only: debatable record, neither rewarded nor punished

    @model_validator(mode="after")
    def _children_le_total(self) -> "Attack":
        for part, whole in (("children_killed", "killed"), ("children_injured", "injured")):
            p, w = getattr(self, part), getattr(self, whole)
            if p and w and p.value > w.value and w.qualifier == Qualifier.exact:
                raise ValueError(f"{part} ({p.value}) exceeds {whole} ({w.value})")
        return self


class Diplomacy(_Model):
    """Talks, calls, summits, visits, exchanges, sanctions, aid."""

    kind: DiplomacyKind = DiplomacyKind.other
    participants: list[str] = Field(default_factory=list)  # countries, organisations, people
    location: Optional[Location] = None
    date: Optional[DateSpan] = None
    status: DiplomacyStatus = DiplomacyStatus.held
    outcome: Optional[str] = None
    description: str = ""
    evidence: list[Span] = Field(default_factory=list)
    sources: dict[str, Origin] = Field(default_factory=dict)
    support: dict[str, Support] = Field(default_factory=dict)  # keyed like "participants[1]", "location"
    optional: bool = False


# --------------------------------------------------------------------------- article level


class ArticleMeta(_Model):
    id: str  # stable hash of the cleaned text
    path: Optional[str] = None
    source: Optional[str] = None  # outlet
    published: Optional[dt.date] = None
    title: Optional[str] = None
    url: Optional[str] = None


class RemovedSpan(_Model):
    """Boilerplate removed by cleaning, with offsets into the raw text."""

    text: str
    start: int
    end: int
    reason: str


class Rejection(_Model):
    """A value a backend proposed that grounding refused."""

    field: str
    value: str
    reason: str
    origin: Origin = Origin.llm


class Usage(_Model):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    retries: int = 0
    cost_usd: Optional[float] = None

    def add(self, other: "Usage") -> "Usage":
        cost = None
        if self.cost_usd is not None or other.cost_usd is not None:
            cost = (self.cost_usd or 0.0) + (other.cost_usd or 0.0)
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            calls=self.calls + other.calls,
            retries=self.retries + other.retries,
            cost_usd=cost,
        )


class Extraction(_Model):
    """Everything summariser says about one article."""

    schema_version: str = SCHEMA_VERSION
    article: ArticleMeta
    summary: str = ""
    attacks: list[Attack] = Field(default_factory=list)
    diplomacy: list[Diplomacy] = Field(default_factory=list)
    backend: str
    model: Optional[str] = None
    prompt_version: Optional[str] = None
    prompt_hash: Optional[str] = None
    usage: Usage = Field(default_factory=Usage)
    elapsed_s: float = 0.0
    warnings: list[str] = Field(default_factory=list)
    rejected: list[Rejection] = Field(default_factory=list)
    removed: list[RemovedSpan] = Field(default_factory=list)
    text: str = ""  # the cleaned article text every span points into

    @model_validator(mode="after")
    def _spans_reproduce_text(self) -> "Extraction":
        for span in iter_spans(self):
            if self.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"evidence span [{span.start}, {span.end}) does not reproduce "
                    f"{span.text!r} in the article text"
                )
        return self


def iter_spans(extraction: Extraction) -> Iterator[Span]:
    """Every evidence span in an extraction (records and the counts inside them)."""
    records: list[Attack | Diplomacy] = [*extraction.attacks, *extraction.diplomacy]
    for rec in records:
        yield from rec.evidence
        for _, count in iter_counts(rec):
            if count.evidence is not None:
                yield count.evidence


def iter_counts(record: Attack | Diplomacy) -> Iterator[tuple[str, Count]]:
    """Every Count in a record, as (field path, Count)."""
    if not isinstance(record, Attack):
        return
    for name in COUNT_FIELDS:
        c = getattr(record, name)
        if c is not None:
            yield name, c
    for i, w in enumerate(record.weapons):
        for name in ("launched", "intercepted"):
            c = getattr(w, name)
            if c is not None:
                yield f"weapons[{i}].{name}", c


SCHEMA_MODELS: dict[str, type[_Model]] = {"extraction": Extraction, "attack": Attack, "diplomacy": Diplomacy}
