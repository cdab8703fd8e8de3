"""Merging what several LLM calls (or chunks of one article) returned: duplicate attack
records become one (the first wins, later ones fill what it lacks), and values the rules
backend found too are marked `both` in `sources`. Only true duplicates merge: records whose
places differ (a region's share is not its same-named city's strike), whose dates do not overlap
(an earlier hit told in the same sentence as tonight's), whose evidence is apart and whose dates
fall in different parts of a day (overnight, and again in the evening) or whose counts conflict
stay apart. Diplomacy records merge only when one side set contains the other, and every
merge is told in the warnings."""

from __future__ import annotations

from typing import Any

from ..grounding.day_parts import apart_in_the_day
from ..grounding.events import names_event
from ..records import COUNT_FIELDS, Attack, Count, DatePrecision, Diplomacy, Origin


def _names(rec: Attack) -> frozenset[tuple[str, str]]:
    """Each place with its level: "Voronezh" the region and "Voronezh" the city are two places."""
    return frozenset((loc.name.casefold(), loc.level.value) for loc in rec.locations)


# A day or a night is told apart from a week, month or year: "tonight's strike, the second
# this month" dates the earlier hit by its month only.
_FINE = frozenset({DatePrecision.day, DatePrecision.range})


def _dates_apart(a: Attack | Diplomacy, b: Attack | Diplomacy) -> bool:
    """Both records are dated and their spans do not overlap, or one is dated to a day or night
    and the other only to a week, month or year (or by words read to no date): two events, even
    told in one sentence."""
    da, db = a.date, b.date
    if da is None or db is None or not (da.start or da.text) or not (db.start or db.text):
        return False
    if (da.precision in _FINE) != (db.precision in _FINE):
        return True  # date words read to no day ("this month" with no calendar) are not a day
    if da.start is None or db.start is None:
        return False
    return (da.end or da.start) < db.start or (db.end or db.start) < da.start


def _overlaps(a: Attack | Diplomacy, b: Attack | Diplomacy) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a.evidence for y in b.evidence)


def same_event(a: Attack, b: Attack) -> bool:
    """Two records of one event: same places (or none) and overlapping evidence, or the
    same non-empty place set with the same kind."""
    if _names(a) and _names(b) and _names(a) != _names(b):
        return False
    if _counts_differ(a, b) or _dates_apart(a, b):  # "300 drones overnight" and "nearly 500 days earlier"
        return False
    if _overlaps(a, b):
        return True
    # the same place hit overnight and again in the evening: two events, though the dates overlap
    return bool(_names(a)) and _names(a) == _names(b) and a.kind == b.kind and not apart_in_the_day(a.date, b.date)


def _counts_differ(a: Attack, b: Attack) -> bool:
    """Both records give the same count (a toll, or launches of one weapon type) different values."""
    def counts(r: Attack) -> dict[str, int]:
        out = {name: c.value for name, c in ((n, getattr(r, n)) for n in COUNT_FIELDS) if c is not None}
        out |= {f"{w.type.value}.{n}": getattr(w, n).value for w in r.weapons for n in ("launched", "intercepted")
                if getattr(w, n) is not None}
        return out
    ca, cb = counts(a), counts(b)
    return any(ca[k] != cb[k] for k in ca.keys() & cb.keys())


def merge_attacks(records: list[Attack]) -> list[Attack]:
    """Merge duplicates (e.g. from overlapping chunks): the first record wins, later ones
    fill the fields it lacks."""
    out: list[Attack] = []
    for rec in records:
        twin = next((o for o in out if same_event(o, rec)), None)
        if twin is None:
            out.append(rec)
            continue
        out[out.index(twin)] = fill_missing(twin, rec)
    return out


def fill_missing(base: Attack, extra: Attack) -> Attack:
    update: dict[str, Any] = {}
    sources = dict(base.sources)
    for name, origin in extra.sources.items():
        if name not in base.sources and getattr(extra, name) not in (None, []):
            update[name], sources[name] = getattr(extra, name), origin
    evidence = base.evidence + [s for s in extra.evidence if s not in base.evidence]
    return base.model_copy(update={**update, "sources": sources, "evidence": evidence})


def _sides(rec: Diplomacy) -> frozenset[str]:
    return frozenset(" ".join(p.split()).casefold() for p in rec.participants)


def same_diplomacy(a: Diplomacy, b: Diplomacy) -> bool:
    """Two records of one diplomatic event: overlapping evidence, the same kind, dates not apart,
    and one side set containing the other. A chunk that adds the host to the same talks is the
    same event; a sentence that goes on to "separate talks" of one side with another party
    quotes the first event's words but tells a second one."""
    if not (_shares_event_quote(a, b) and a.kind == b.kind and not _dates_apart(a, b)):
        return False
    sa, sb = _sides(a), _sides(b)
    return sa <= sb or sb <= sa


def _shares_event_quote(a: Diplomacy, b: Diplomacy) -> bool:
    """Overlapping evidence that tells the event: two documents signed at one meeting both quote the
    dateline ("Riga, 3 September") beside a sentence of their own, and stay two (r35, dev57 L2)."""
    shared = [(x, y) for x in a.evidence for y in b.evidence if x.start < y.end and y.start < x.end]
    if not shared:
        return False
    own_a = any(all(not (x.start < y.end and y.start < x.end) for y in b.evidence) for x in a.evidence)
    own_b = any(all(not (y.start < x.end and x.start < y.end) for x in a.evidence) for y in b.evidence)
    return not (own_a and own_b) or any(names_event(x.text) or names_event(y.text) for x, y in shared)


def merge_diplomacy(records: list[Diplomacy], notes: list[str] | None = None) -> list[Diplomacy]:
    """Drop later duplicates of an earlier record (the first wins); each drop is told in `notes`."""
    out: list[Diplomacy] = []
    for rec in records:
        twin = next((o for o in out if same_diplomacy(o, rec)), None)
        if twin is None:
            out.append(rec)
        elif notes is not None:
            notes.append(f"merged a duplicate {rec.kind.value} record [{', '.join(rec.participants)}] into "
                         f"[{', '.join(twin.participants)}]")
    return out


def same_value(name: str, a: Any, b: Any) -> bool:
    if isinstance(a, Count) and isinstance(b, Count):
        return a.value == b.value
    if name == "locations":
        return {x.name.casefold() for x in a} == {x.name.casefold() for x in b}
    if name == "weapons":
        return {w.type for w in a} == {w.type for w in b}
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold()
    return bool(a == b)


def mark_agreement(llm: list[Attack], rules: list[Attack]) -> list[Attack]:
    """Set `sources[field] = both` where a rules record of the same event has the same value."""
    out = []
    for rec in llm:
        twin = next((r for r in rules if same_event(rec, r)), None)
        if twin is not None:
            sources = {name: (Origin.both if name in twin.sources and getattr(twin, name) not in (None, [])
                              and same_value(name, getattr(rec, name), getattr(twin, name)) else origin)
                       for name, origin in rec.sources.items()}
            rec = rec.model_copy(update={"sources": sources})
        out.append(rec)
    return out


# --------------------------------------------------------------------------- drafts -> result
