"""What the LLM backends share: the drafts the model fills, the messages, usage metering,
and turning drafts into grounded records (usage metering itself: `metering`).

The LLM never writes offsets or qualifiers: it fills a small *draft* (bounded strings,
integers, verbatim evidence quotes). `draft_to_records` (in `drafts_to_records`) grounds
every value against the article and turns what survives into `records.Attack` / `Diplomacy`
with `sources` set to `llm` — or `both` when the rules backend found the same value (the
cross-check; `Config.cross_check`, `--no-cross-check` turns it off).
"""

from __future__ import annotations

import json
import logging
import re
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Annotated, Any, Callable, Container, Iterator, Optional

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from .. import grounding
from ..blanking import blank_spans
from ..grounding.derived import implied_values
from ..grounding.written import written_count
from ..grounding.written_kinds import written_kind
from ..numbers import find_numbers
from ..prompts import Prompts
from ..records import (
    COUNT_FIELDS, Attack, AttackKind, DiplomacyKind, DiplomacyStatus, Usage,
    WeaponType,
)
from .base import BackendResult

if TYPE_CHECKING:
    from ..articles import Article
    from ..config import Config

Short = Annotated[str, Field(max_length=80)]
Quote = Annotated[str, Field(max_length=400)]


def clipped(limit: int) -> Callable[[object], object]:
    """Free text over its cap cut at the last sentence end within it (else at a word): a summary or a
    description a few words too long is no reason to lose the article's records (r30, dev52: a summary
    of 401 characters failed the whole draft). Only prose the model writes itself; quotes are checked
    against the article as they are."""
    def clip(value: object) -> object:
        if not isinstance(value, str) or len(value) <= limit:
            return value
        cut = value[:limit]
        end = max(cut.rfind(". "), cut.rfind(".\n"))
        if end >= limit // 2:
            return cut[:end + 1]
        return cut[:cut.rfind(" ")].rstrip(" ,;:") if " " in cut else cut
    return clip


# the model's own prose, clipped to its cap (the schema still tells the model the cap)
Summary = Annotated[str, BeforeValidator(clipped(400)), Field(max_length=400)]
Description = Annotated[str, BeforeValidator(clipped(240)), Field(max_length=240)]
Outcome = Annotated[str, BeforeValidator(clipped(160)), Field(max_length=160)]
# a count; one written in words ("at least 5", "5+", "five") is read as its number, and a word for
# no figure ("unknown", "N/A") as none, so that one such word does not fail the whole article
DraftCount = Annotated[Optional[Annotated[int, Field(ge=0)]], BeforeValidator(written_count)]
# an enum value in the model's own words ("Phone call", "HELD", "UAV") is read as the value it names
Kind = Annotated[AttackKind, BeforeValidator(written_kind(AttackKind))]
TalksKind = Annotated[DiplomacyKind, BeforeValidator(written_kind(DiplomacyKind))]
Status = Annotated[DiplomacyStatus, BeforeValidator(written_kind(DiplomacyStatus))]
Weapon = Annotated[WeaponType, BeforeValidator(written_kind(WeaponType))]


# --------------------------------------------------------------------------- drafts


class Draft(BaseModel):
    model_config = ConfigDict(extra="ignore")

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The schema without titles, null defaults or enum docstrings: the model reads it
        on every call (instructor puts it in the system message), so every token counts.
        Built once per class (pydantic takes ~15 ms; instructor asks on every request) and
        kept as JSON text: a fresh copy parsed from it costs ~50 µs, a deepcopy ~3 ms."""
        # instructor may subclass the model per request: key by name and fields, not class
        key = (cls.__module__, cls.__qualname__, tuple(cls.model_fields), args, tuple(sorted(kwargs.items())))
        if key not in _SCHEMAS:
            full = super().model_json_schema(*args, **kwargs)
            # instructor names the tool by the title
            _SCHEMAS[key] = json.dumps({**compact_schema(full), "title": full["title"]})
        schema: dict[str, Any] = json.loads(_SCHEMAS[key])
        return schema


_SCHEMAS: dict[tuple[Any, ...], str] = {}  # the compact schema as JSON text, by class


def compact_schema(node: Any, key: str | None = None) -> Any:
    if isinstance(node, dict):
        drop = {"title"} | ({"description"} if "enum" in node else set())
        if node.get("default", 0) is None or node.get("default") == []:
            drop.add("default")
        return {k: compact_schema(v, k) for k, v in node.items() if k not in drop or key == "properties"}
    if isinstance(node, list):
        return [compact_schema(v) for v in node]
    return node


class WeaponDraft(Draft):
    type: Weapon
    model: Optional[str] = Field(None, max_length=40, description="e.g. Shahed, Iskander-M")
    launched: DraftCount = Field(None)
    intercepted: DraftCount = Field(None, description="shot down or destroyed")


class AttackDraft(Draft):
    attacker: Optional[str] = Field(None, max_length=40, description="country that struck")
    target_country: Optional[str] = Field(None, max_length=40)
    kind: Kind = AttackKind.other
    places: list[Short] = Field(default_factory=list, max_length=6, description="places hit, as written")
    when: Optional[str] = Field(None, max_length=60, description="date words as written")
    weapons: list[WeaponDraft] = Field(default_factory=list, max_length=6)
    killed: DraftCount = Field(None)
    injured: DraftCount = Field(None)
    children_killed: DraftCount = Field(None)
    children_injured: DraftCount = Field(None)
    damage: list[Short] = Field(default_factory=list, max_length=5, description="what was hit")
    civilian_targeting: Optional[bool] = None
    reported_by: list[Short] = Field(default_factory=list, max_length=4)
    evidence: list[Quote] = Field(default_factory=list, max_length=3, description="sentences copied verbatim")


class DiplomacyDraft(Draft):
    kind: TalksKind = DiplomacyKind.other
    participants: list[Short] = Field(default_factory=list, max_length=8)
    place: Optional[str] = Field(None, max_length=60)
    when: Optional[str] = Field(None, max_length=60)
    status: Status = DiplomacyStatus.held
    outcome: Optional[Outcome] = None
    description: Description = ""
    evidence: list[Quote] = Field(default_factory=list, max_length=3)


class ArticleDraft(Draft):
    """What the LLM returns for an article (or a chunk of one)."""

    summary: Summary = ""
    attacks: list[AttackDraft] = Field(default_factory=list, max_length=12)
    diplomacy: list[DiplomacyDraft] = Field(default_factory=list, max_length=12)

    @model_validator(mode="after")
    def _numbers_in_text(self) -> "ArticleDraft":
        """Re-ask (instructor) only when a re-ask can help: a number the article states in
        no form at all. The finer per-field check runs afterwards in `draft_to_records`."""
        stated = ARTICLE_NUMBERS.get()
        if stated is None or not any(v not in NEVER_REASK for a in self.attacks for _, v in draft_numbers(a)):
            return self  # no number a re-ask could be about: the article's numbers are not needed
        errors = reask_problems(self, stated, stated.text)
        if errors:
            raise ValueError("; ".join(errors) + ". Report only numbers the article states; "
                             "leave the field null otherwise.")
        return self


# Values a re-ask cannot improve: 0 comes from a nil phrase ("no one was hurt"), 1 from a
# counted noun phrase ("a woman", "its driver"); neither is written as a number, and
# grounding (not a second paid call) decides whether the text supports them.
NEVER_REASK = frozenset({0, 1})


def reask_problems(draft: "ArticleDraft", numbers: Container[int], text: str | None = None) -> list[str]:
    """The draft validator's verdict: one message per number the article (its `numbers`,
    every value it states as digits or words) does not hold in any form. Empty = no re-ask.
    With the article's `text`, a value grounding reads for its field somewhere in the article
    (a sum: "two women were injured; a boy was also hurt" is 3) is no reason for a re-ask either:
    a second call could only lose it (r51)."""
    return [f"attacks[{i}].{name}={value} does not appear in the article text"
            for i, a in enumerate(draft.attacks) for name, value in draft_numbers(a)
            if value not in numbers and value not in NEVER_REASK
            and not (text and grounding.count_support(value, name, text, (0, len(text))))]


def draft_numbers(a: AttackDraft) -> Iterator[tuple[str, int]]:
    """(field, value) for every number in an attack draft."""
    for name in COUNT_FIELDS:
        if getattr(a, name) is not None:
            yield name, getattr(a, name)
    for i, w in enumerate(a.weapons):
        for name in ("launched", "intercepted"):
            if getattr(w, name) is not None:
                yield f"weapons[{i}].{name}", getattr(w, name)


def stated_values(text: str) -> frozenset[int]:
    """Every number `text` states (digits, words, "a dozen", a family told as a relation: "a
    father and his three daughters"), outside injected instructions."""
    masked = mask_injections(text)
    return _plain_values(masked) | _told_values(masked)


def _plain_values(masked: str) -> frozenset[int]:
    """The numbers written as digits or number words."""
    return frozenset(m.value for m in find_numbers(masked))


def _told_values(masked: str) -> frozenset[int]:
    """The numbers told otherwise: a family as a relation, a figure implied by others."""
    return grounding.family_counts(masked) | implied_values(masked)


# instructor logs an error each time a call runs out of re-asks; we handle that ourselves
# (salvage, or the rules result stands), so keep it off stderr unless the user configures
# logging (a NullHandler stops Python's last-resort printing; records still propagate).
logging.getLogger("instructor").addHandler(logging.NullHandler())

class StatedNumbers:
    """The numbers a text states (`stated_values`), found on first use and kept: a draft
    without a number to check never pays for them, and re-asks reuse them. `value in` reads
    the numbers written as such first and the ones told otherwise (family relations, implied
    figures) only for a value not among them: the same answer as `stated_values`."""

    def __init__(self, text: str):
        self.text = text
        self._masked: str | None = None
        self._plain: frozenset[int] | None = None
        self._told: frozenset[int] | None = None

    def __contains__(self, value: object) -> bool:
        return value in self._plain_values() or value in self._told_values()

    def values(self) -> frozenset[int]:
        """Every number the text states (`stated_values`)."""
        return self._plain_values() | self._told_values()

    def _plain_values(self) -> frozenset[int]:
        if self._plain is None:
            self._masked = mask_injections(self.text)
            self._plain = _plain_values(self._masked)
        return self._plain

    def _told_values(self) -> frozenset[int]:
        if self._told is None:
            self._plain_values()
            assert self._masked is not None
            self._told = _told_values(self._masked)
        return self._told


# The numbers the article states, for the draft validator. Passed through a ContextVar, not
# instructor's `context=`: instructor renders every message as a Jinja template when a context
# is given, so an article containing "{{ 7*7 }}" would reach the model as "49".
ARTICLE_NUMBERS: ContextVar[Optional[StatedNumbers]] = ContextVar("article_numbers", default=None)


@contextmanager
def stated_numbers(text: str) -> Iterator[None]:
    """Within this block, drafts are validated against the numbers `text` states outside
    anything that looks like an injected instruction (found when a draft first needs them)."""
    token = ARTICLE_NUMBERS.set(StatedNumbers(text))
    try:
        yield
    finally:
        ARTICLE_NUMBERS.reset(token)


# --------------------------------------------------------------------------- prompt injection

def injection_spans(text: str) -> list[tuple[int, int]]:
    """Sentences that address the model rather than the reader; never evidence."""
    return grounding.instruction_like_sentences(text)


def mask_injections(text: str) -> str:
    """The text with injected instructions blanked (same length, so offsets hold)."""
    return blank_spans(text, injection_spans(text))


# --------------------------------------------------------------------------- messages


def article_messages(prompts: Prompts, text: str) -> list[dict[str, str]]:
    system = prompts.render("article_system") + "\n\n" + prompts.render("article_examples")
    return [{"role": "system", "content": system},
            {"role": "user", "content": prompts.render("article_user", article=text)}]


# --------------------------------------------------------------------------- usage

# Metering one article's calls lives in `metering`; re-exported here for callers of this module.
from .metering import Meter as Meter  # noqa: E402,F401


# --------------------------------------------------------------------------- grounding

# Drafts become records in `drafts_to_records` (owned with `grounding`); re-exported here.
from .drafts_to_records import Grounded, _Grounder, draft_to_records  # noqa: E402,F401


# Merging duplicate records lives in `merging`; re-exported here for callers of this module.
from .merging import mark_agreement, merge_attacks, merge_diplomacy  # noqa: E402,F401


def ground_drafts(config: "Config", article: "Article", drafts: list[tuple[int, ArticleDraft]], usage: Usage,
                  notes: list[str]) -> BackendResult:
    """Ground every chunk's draft against the whole article, merge duplicates across chunks
    and mark values the rules baseline agrees on: the same for live, cached and replayed
    answers."""
    attacks, diplomacy, rejected, grounding_notes = [], [], [], []
    for start, draft in drafts:
        grounded = draft_to_records(draft, article.text, offset=start, published=article.published,
                                   source=article.source, title=article.title)
        attacks += grounded.attacks
        diplomacy += grounded.diplomacy
        rejected += grounded.rejected
        grounding_notes += grounded.warnings
    attacks = merge_attacks(attacks)
    # the cross-check only relabels sources: with no attack, or with it turned off
    # (--no-cross-check), there is nothing to mark and the rules need not run
    if attacks and cross_checking(config):
        attacks = mark_agreement(attacks, _rules_attacks(config, article))
    summary = " ".join(d.summary for _, d in drafts if d.summary)[:600]
    warnings = list(notes) + grounding_notes
    if rejected:
        warnings.append(f"grounding rejected {len(rejected)} LLM value(s)")
    diplomacy = merge_diplomacy(diplomacy, warnings)
    return BackendResult(summary=summary, attacks=attacks, diplomacy=diplomacy,
                         usage=usage, warnings=warnings, rejected=rejected)


def cross_checking(config: "Config | None") -> bool:
    """Whether the rules cross-check marks agreeing values (`Config.cross_check`, on by default)."""
    return config is None or config.cross_check


def cross_check_identity(config: "Config") -> dict[str, bool]:
    """What the cross-check adds to a backend's cache identity: nothing when it is on (the
    default, so the keys of answers cached before the setting existed still hold), a marker
    when it is off (its Extractions differ: no value is `both`)."""
    return {} if config.cross_check else {"cross_check": False}


def _rules_attacks(config: "Config", article: "Article") -> list[Attack]:
    """The rules baseline's records, to mark values both agree on."""
    from .rules import RulesBackend

    try:
        found: list[Attack] = RulesBackend(config).attacks(article)
        return found
    except Exception:  # the baseline is only a cross-check; never fail the LLM result on it
        return []


def answer_text(completion: Any) -> str | None:
    """The JSON a chat completion carries (tool-call arguments or content, fences removed)."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    calls = getattr(message, "tool_calls", None) or []
    raw = calls[0].function.arguments if calls else (message.content or "")
    fenced = re.search(r"```(?:json)?\s*(.*?)```", raw, re.S)
    return fenced.group(1) if fenced else raw


def salvage(exc: BaseException) -> ArticleDraft | None:
    """When instructor's re-asks are spent, the last answer if it fits the schema and only
    failed the number check: grounding then drops the numbers the article does not state."""
    text = answer_text(getattr(exc, "last_completion", None))
    if not text:
        return None
    try:
        return ArticleDraft.model_validate_json(text)  # no context: schema only
    except ValueError:
        return None
