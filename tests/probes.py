"""What the rules backend codes as attacks in one probe text (shared by the attack probe tests).

A test file binds its article setting once — `_attacks = AttackProbe(PUBLISHED, grounded=True)` —
so that what differs between files (the publication day, grounding or not, a lead framing each
probe) is a parameter said at the top, not another copy of the extraction.
"""

from __future__ import annotations

import datetime as dt

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack, Diplomacy

# Most probes are published on Monday 2 March 2026.
MONDAY = "2026-03-02"


def attacks_of(text: str, published: str = MONDAY, *, grounded: bool = False) -> list[Attack]:
    """The rules' attack records of one article; `grounded` keeps only what grounding keeps, as the
    pipeline does."""
    article = make_article(text, published=published)
    result = RulesBackend(None).extract(article)
    return (grounding.enforce(result, article) if grounded else result).attacks


def diplomacy_of(text: str, published: str = MONDAY) -> list[Diplomacy]:
    """The rules' diplomacy records of one article, as grounding keeps them."""
    article = make_article(text, published=published)
    return grounding.enforce(RulesBackend(None).extract(article), article).diplomacy


class AttackProbe:
    """`attacks_of` bound to one test file's article setting: its publication day, grounding, and
    text set before (`lead`) or after (`tail`) every probe."""

    def __init__(self, published: str = MONDAY, *, grounded: bool = False, lead: str = "", tail: str = ""):
        self.published, self.grounded, self.lead, self.tail = published, grounded, lead, tail

    def __call__(self, text: str, published: str | None = None) -> list[Attack]:
        return attacks_of(self.lead + text + self.tail, published or self.published, grounded=self.grounded)

    def one(self, text: str, published: str | None = None) -> Attack:
        """The probe's only record (the test fails, listing them, where there are more or none)."""
        attacks = self(text, published)
        assert len(attacks) == 1, [([p.name for p in a.locations], a.weapons, a.killed, a.injured) for a in attacks]
        return attacks[0]


def count_value(count: object) -> int | None:
    """A count's value, or None where the record has no count."""
    return getattr(count, "value", None)


def place_names(attacks: list[Attack]) -> set[str]:
    """Every place named by any of the records."""
    return {p.name for a in attacks for p in a.locations}


def by_place(attacks: list[Attack]) -> dict[str, Attack]:
    """Each place named -> the record naming it (the last one, where several do)."""
    return {p.name: a for a in attacks for p in a.locations}


def day_span(attack: Attack) -> tuple[dt.date | None, dt.date | None]:
    """A dated record's first and last day."""
    assert attack.date is not None
    return attack.date.start, attack.date.end


def draft_records(text: str, published: dt.date, **draft: object):
    """What the LLM path keeps of one draft (`ArticleDraft` fields as keywords) once grounded in `text`."""
    from summariser.backends.drafts_to_records import draft_to_records
    from summariser.backends.llm import ArticleDraft

    return draft_to_records(ArticleDraft.model_validate(draft), text, published=published)
