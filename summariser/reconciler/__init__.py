"""Reconcile: one event per real-world event, keeping every source's claim.

    events = summariser.reconcile(extractions, threshold=4.0, explain=True)

Three stages, each linear or bounded per block, so a million records stay cheap:

1. **Blocking.** Every record goes into the buckets (key, day) for each key it has and each
   day of its date range (an overnight strike spans two days and so sits in both). Attack
   keys: each town ("city:kharkiv"), each region ("region:kharkiv"), or the country when
   nothing finer is known; diplomacy keys: each participant. A town meets the other reports
   of that town; a region bucket pairs only records that name the region without a town
   with everything in the region. An undated record is blocked on the day before its
   article's publication and that day; one without any usable date (or with a span longer
   than `MAX_SPAN_DAYS`) goes to an "undated" bucket of its keys and meets only those.
   Oversized groups are compared within a sliding window of `WINDOW` records ordered by
   publication date, so no bucket is quadratic.
2. **Scoring.** Fellegi–Sunter style: each feature adds a fixed weight (`WEIGHTS`), and
   some features are hard conflicts that forbid a merge outright (same article, different
   cities, dates that do not overlap, different attackers, incompatible kinds, disjoint
   participants, different meeting places).
3. **Clustering.** Greedy best-first: candidate pairs at or above the threshold are taken
   from the highest score down; two clusters merge only when every cross pair is
   compatible (no hard conflict) and scores at least half the threshold, and no two
   records come from the same article. So A~B and B~C never pull A and C together unless
   A and C are compatible themselves (no chaining).

Ranges follow one documented policy (see `best_of`): the figure of the latest report
when the reports' publication dates differ (tolls are revised as rescuers finish),
otherwise the lowest figure (ACLED's conservative rule).

Modules: `settings` (threshold, limits, weights), `model` (the output models), `recs` (per-record
features), `blocking`, `scoring`, `clustering`, `events` (building an Event from its members),
`explain`, `io`, `items`; `engine` (Python or DuckDB for blocking and scoring) and `sql` (the
same as SQL); `archive` (files in, events file out, streamed in two passes), `lines` (reading
them), `shape` (a line's records as canonical plain dicts, checked in Rust by pydantic-core),
`strict` (the whole line checked with the models' rules in the same read, pass 1's full
validation), `fastread` (features from those), `firstpass` (the second half of the lines read
by a helper process), `rows`, `build` and `spool` (the second pass: events built from plain
rows, in up to two processes). This module holds the in-memory entry point.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Union

from ..errors import UserError
from ..records import Attack, Extraction
from .blocking import candidate_pairs
from .clustering import cluster, cluster_edges
from .engine import scored_edges
from .events import _event, best_of
from .explain import _attach_notes, explain_pair
from .io import load_extractions, read_events, write_events
from .items import Record, _Item, features, gc_paused
from .model import Claim, Event, Member, PairNote, Range, event_id_for, member_key
from .recs import Rec, make_attack_rec, make_diplomacy_rec
from .scoring import score_pair
from .settings import DEFAULT_THRESHOLD, MAX_SPAN_DAYS, NEAR_MARGIN, WEIGHTS, WINDOW

__all__ = [
    "reconcile", "Event", "Member", "Range", "Claim", "PairNote", "DEFAULT_THRESHOLD", "MAX_SPAN_DAYS",
    "NEAR_MARGIN", "WEIGHTS", "WINDOW", "candidate_pairs", "cluster", "best_of", "explain_pair", "score_pair",
    "load_extractions", "read_events", "write_events", "event_id_for", "member_key", "make_attack_rec",
    "make_diplomacy_rec", "gc_paused",
]


def reconcile(extractions: Iterable[Union[Extraction, dict[str, Any]]], *, threshold: float = DEFAULT_THRESHOLD,
              explain: bool = False, engine: str = "python") -> list[Event]:
    """Merge records that report the same real-world event into Events.

    `extractions`: Extraction objects or dicts parsed from extraction JSONL. Output order:
    by date, then place, then event_id; identical for any input order. `engine`: who blocks
    and scores pairs ("python", "duckdb" or "auto"; the same events either way); `explain`
    always scores in Python, since it needs the near-misses too. For files too large to hold,
    `archive.reconcile_files` streams them.
    """
    if not threshold > 0:
        raise UserError(f"threshold must be a positive number, got {threshold!r}; the default is {DEFAULT_THRESHOLD}")
    exts = [e if isinstance(e, Extraction) else Extraction.model_validate(e) for e in extractions]
    items: list[_Item[Record]] = [_Item(e.article, "attack", i, a) for e in exts for i, a in enumerate(e.attacks)]
    items += [_Item(e.article, "diplomacy", i, d) for e in exts for i, d in enumerate(e.diplomacy)]
    items = list({it.key: it for it in reversed(items)}.values())  # an article given twice counts once
    items.sort(key=lambda it: it.key)  # positions no longer depend on input order
    arts: dict[str, int] = {}
    with gc_paused():
        recs = [features(k, it.record, it.article, arts.setdefault(it.article.id, len(arts)))
                for k, it in enumerate(items)]
        if explain:
            clusters, merges, near = cluster(recs, threshold, explain)
        else:
            clusters, merges, near = cluster_edges(recs, scored_edges(recs, threshold, engine)[1], threshold), [], []
    events = [_event([items[k] for k in sorted(c)]) for c in clusters]
    if explain:
        _attach_notes(events, items, recs, merges, near, threshold)
    events.sort(key=_event_order)
    return events


def _event_order(e: Event) -> tuple[bool, dt.date, str, str]:
    d = e.record.date
    when = (d.start or d.end) if d else None
    return (when is None, when or dt.date.min, _where(e), e.event_id)


def _where(e: Event) -> str:
    rec = e.record
    if isinstance(rec, Attack):
        return ", ".join(loc.name for loc in rec.locations)
    return rec.location.name if rec.location else ""
