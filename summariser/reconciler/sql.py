"""Blocking and pair scoring as SQL, run in DuckDB (embedded), for the same edges as Python.

The plan is plain SQL over one table of record features (`recs`: one row per record, places
and keys as lists), so it runs unchanged on a bigger DuckDB, and on Spark SQL after renaming
the few list functions (see docs/large-runs.md). It mirrors `blocking.py` and `scoring.py`
exactly, statement for statement: buckets (key, day) with a sliding window over oversized
ones, region buckets that pair only region-level records, the one canonical bucket per pair,
the hard conflicts, and every weight added in the same order (so scores are the same floats
and ties break the same way). `BLOCKING_SQL` and `SCORING_SQL` are the whole plan;
`tests/test_reconcile_sql.py` holds the two engines to the same pairs and clusters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Hashable, Sequence

from .clustering import Edge
from .recs import Rec
from .scoring import _MEETINGS, _NEUTRAL_DIPLOMACY, _RELATED_KINDS, _SOFT_KINDS
from .settings import MAX_SPAN_DAYS, UNDATED_PUB_DAYS, WEIGHTS, WINDOW

if TYPE_CHECKING:
    import pyarrow


def _w(name: str) -> str:
    return f"CAST({WEIGHTS[name]!r} AS DOUBLE)"


def _kinds(pairs: set[frozenset[str]]) -> str:
    """A SQL condition: the pair (a.kind, b.kind) is one of `pairs`."""
    terms = []
    for pair in sorted(tuple(sorted(p)) for p in pairs):
        x, y = pair
        terms.append(f"(a.kind = '{x}' AND b.kind = '{y}') OR (a.kind = '{y}' AND b.kind = '{x}')")
    return "(" + " OR ".join(terms) + ")"


def _in(values: set[str]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in sorted(values)) + ")"


# Buckets: one row per (record, key, day); `n` its size, `p` the record's place in the bucket's
# order (by record for small buckets, by publication date when windowed, as blocking.py does).
BLOCKING_SQL = f"""
WITH keyed AS (SELECT idx, pub, wild_keys, UNNEST(blocks) AS key, days FROM recs),
bucket AS (SELECT idx, pub, wild_keys, key, UNNEST(days) AS day FROM keyed),
sized AS (
  SELECT *, COUNT(*) OVER (PARTITION BY key, day) AS n,
         list_contains(wild_keys, key) AS is_wild,
         COUNT(*) FILTER (WHERE list_contains(wild_keys, key)) OVER (PARTITION BY key, day) AS n_wild
  FROM bucket),
placed AS (
  SELECT *, CASE WHEN n <= {WINDOW} THEN ROW_NUMBER() OVER (PARTITION BY key, day ORDER BY idx)
                 ELSE ROW_NUMBER() OVER (PARTITION BY key, day ORDER BY pub, idx) END AS p
  FROM sized WHERE n > 1),
generated AS (
  -- town, country and party buckets: every pair, or pairs within the window
  SELECT a.idx AS i, b.idx AS j, a.key, a.day FROM placed a JOIN placed b
    ON a.key = b.key AND a.day IS NOT DISTINCT FROM b.day AND b.p > a.p
   AND (a.n <= {WINDOW} OR b.p - a.p < {WINDOW})
  WHERE NOT starts_with(a.key, 'region:')
  UNION ALL
  -- region buckets: each region-level record with the others (both region-level: once, i < j)
  SELECT a.idx AS i, b.idx AS j, a.key, a.day FROM placed a JOIN placed b
    ON a.key = b.key AND a.day IS NOT DISTINCT FROM b.day AND a.idx <> b.idx
   AND (a.n <= {WINDOW} OR abs(b.p - a.p) <= {WINDOW // 2})
  WHERE starts_with(a.key, 'region:') AND a.is_wild AND NOT (b.is_wild AND b.idx < a.idx)
)
SELECT DISTINCT g.i, g.j FROM generated g JOIN recs a ON a.idx = g.i JOIN recs b ON b.idx = g.j
WHERE (g.day IS NULL OR greatest(a.days[1], b.days[1]) = g.day)
  AND (len(a.blocks) = 1 OR len(b.blocks) = 1 OR len(list_intersect(a.blocks, b.blocks)) = 1
       OR g.key = list_min(list_intersect(list_intersect(a.blocks, b.blocks),
                                          list_concat(a.plain_keys, list_concat(a.wild_keys, b.wild_keys)))))
"""

_DATE = f"""
CASE
  WHEN a.start IS NULL AND b.start IS NULL THEN
    CASE WHEN a.pub <> 0 AND b.pub <> 0 AND abs(a.pub - b.pub) > {UNDATED_PUB_DAYS} THEN NULL
         ELSE {_w('both_undated')} END
  WHEN a.start IS NULL THEN
    CASE WHEN a.pub <> 0 AND b.start <= a.pub AND a.pub <= b."end" + 1 THEN {_w('undated_published_then')} END
  WHEN b.start IS NULL THEN
    CASE WHEN b.pub <> 0 AND a.start <= b.pub AND b.pub <= a."end" + 1 THEN {_w('undated_published_then')} END
  WHEN a.start > b."end" OR b.start > a."end" THEN NULL
  WHEN a.night AND b.night AND a.start <> b.start THEN NULL
  WHEN a.start = b.start AND a."end" = b."end" AND a."end" - a.start < {MAX_SPAN_DAYS} THEN {_w('same_day')}
  WHEN a.days[1] IS NULL OR b.days[1] IS NULL THEN {_w('vague_dates')}
  ELSE {_w('overlapping_dates')}
END"""

_PLACE = f"""
CASE
  WHEN len(a.cities) > 0 AND len(b.cities) > 0 THEN
    CASE WHEN len(a.cities) > 1 AND len(b.cities) > 1 AND len(list_intersect(a.cities, b.cities)) > 0
              AND NOT list_has_all(a.cities, b.cities) AND NOT list_has_all(b.cities, a.cities) THEN NULL
         WHEN len(list_intersect(a.cities, b.cities)) > 0 THEN {_w('same_city')} END
  WHEN len(list_intersect(a.admins, b.admins)) > 0 THEN {_w('city_in_region')}
  WHEN len(a.admins) = 0 AND len(b.admins) = 0 AND len(a.cities) = 0 AND len(b.cities) = 0
       AND len(list_intersect(a.countries, b.countries)) > 0
    THEN {_w('same_country_only')}
END"""

_ACTOR = f"""
CASE WHEN coalesce(a.actor, '') = '' OR coalesce(b.actor, '') = '' THEN CAST(0 AS DOUBLE)
     WHEN a.actor = b.actor THEN {_w('same_attacker')} END"""

_ATTACK_KIND = f"""
CASE WHEN a.kind = b.kind THEN CASE WHEN a.kind <> 'other' THEN {_w('same_kind')} ELSE CAST(0 AS DOUBLE) END
     WHEN a.kind = 'other' OR b.kind = 'other' THEN CAST(0 AS DOUBLE)
     WHEN {_kinds(_RELATED_KINDS)} THEN {_w('related_kind')}
     WHEN {_kinds(_SOFT_KINDS)} THEN {_w('different_kind')} END"""

_WEAPONS = f"""
CASE WHEN a.weapons = 0 OR b.weapons = 0 THEN CAST(0 AS DOUBLE)
     WHEN (a.weapons & b.weapons) <> 0 THEN {_w('shared_weapons')} ELSE {_w('different_weapons')} END"""


def _count(name: str) -> str:
    x, y = f"a.{name}", f"b.{name}"
    return f"""
CASE WHEN {x} < 0 OR {y} < 0 THEN CAST(0 AS DOUBLE) WHEN {x} = {y} THEN {_w('same_count')}
     WHEN abs({x} - {y}) <= greatest(CAST(2 AS DOUBLE), 0.5::DOUBLE * greatest({x}, {y})) THEN {_w('close_count')}
     ELSE {_w('far_count')} END"""


_SHARED = "len(list_intersect(a.parts, b.parts))"
_PARTS = f"""
CASE WHEN len(a.parts) = 0 OR len(b.parts) = 0 THEN CAST(0 AS DOUBLE)
     WHEN {_SHARED} = 0 THEN NULL
     WHEN {_SHARED} = len(a.parts) OR {_SHARED} = len(b.parts)
       THEN {_w('participants')} * (1 + 2 * {_SHARED} / (len(a.parts) + len(b.parts) - {_SHARED})) / 3
     ELSE {_w('participants_apart')} END"""

_DIPLOMACY_KIND = f"""
CASE WHEN a.kind = b.kind AND a.kind NOT IN {_in(_NEUTRAL_DIPLOMACY)} THEN {_w('same_meeting_kind')}
     WHEN a.kind IN {_in(_MEETINGS)} AND b.kind IN {_in(_MEETINGS)} THEN {_w('related_meeting_kind')}
     WHEN a.kind <> b.kind AND a.kind NOT IN {_in(_NEUTRAL_DIPLOMACY)}
          AND b.kind NOT IN {_in(_NEUTRAL_DIPLOMACY)} THEN NULL
     ELSE CAST(0 AS DOUBLE) END"""

_PLACE_MET = f"""
CASE WHEN coalesce(a.place, '') = '' OR coalesce(b.place, '') = '' THEN CAST(0 AS DOUBLE) WHEN a.place = b.place THEN {_w('same_place')} END"""

# A NULL anywhere is a hard conflict (NULL + x is NULL); sums keep scoring.py's order.
SCORING_SQL = f"""
SELECT s, i, j FROM (
  SELECT c.i, c.j, CASE
    WHEN a.typ <> b.typ OR a.art = b.art THEN NULL
    WHEN a.typ = 'attack' THEN ({_DATE}) + ((((({_PLACE}) + ({_ACTOR})) + ({_ATTACK_KIND})) + ({_WEAPONS}))
        + (({_count('killed')}) + ({_count('injured')})) + ({_count('launched')}))
    ELSE ({_DATE}) + (((CAST(0 AS DOUBLE) + ({_PARTS})) + ({_DIPLOMACY_KIND})) + ({_PLACE_MET}))
  END AS s
  FROM candidates c JOIN recs a ON a.idx = c.i JOIN recs b ON b.idx = c.j)
WHERE s >= $threshold
"""


def _table(recs: Sequence[Rec]) -> "pyarrow.Table":
    """The features as one Arrow table (lists for sets, sorted so runs are reproducible).

    Records share their small sets (`recs._shared`), so each distinct set is listed once and
    the same list object goes into every row that holds it.
    """
    import pyarrow as pa

    listed: dict[Hashable, list[Any]] = {}

    def as_list(value: Any, prefix: str = "", keep: bool = True) -> list[Any]:
        key = (prefix, keep, value)
        found = listed.get(key)
        if found is None:
            if prefix:
                found = sorted(prefix + v for v in value)
            elif not keep:
                found = [k for k in value if not k.startswith("region:")]
            else:
                found = list(value) if isinstance(value, tuple) else sorted(value)
            listed[key] = found
        return found

    i64, text, texts = pa.int64(), pa.string(), pa.list_(pa.string())
    columns: dict[str, tuple[list[Any], "pyarrow.DataType"]] = {
        "idx": ([r.idx for r in recs], i64), "art": ([r.art for r in recs], i64),
        "typ": ([r.typ for r in recs], text), "start": ([r.start for r in recs], i64),
        "end": ([r.end for r in recs], i64), "pub": ([r.pub for r in recs], i64),
        "night": ([bool(getattr(r, "night", False)) for r in recs], pa.bool_()),
        "kind": ([r.kind for r in recs], text), "actor": ([r.actor for r in recs], text),
        "weapons": ([r.weapons for r in recs], i64), "killed": ([r.killed for r in recs], i64),
        "injured": ([r.injured for r in recs], i64), "launched": ([getattr(r, "launched", -1) for r in recs], i64),
        "place": ([r.place for r in recs], text),
        "cities": ([as_list(r.cities) for r in recs], texts), "admins": ([as_list(r.admins) for r in recs], texts),
        "countries": ([as_list(r.countries) for r in recs], texts),
        "wild_keys": ([as_list(r.wild, "region:") for r in recs], texts),
        "plain_keys": ([as_list(r.blocks, keep=False) for r in recs], texts),
        "parts": ([as_list(r.parts) for r in recs], texts), "blocks": ([as_list(r.blocks) for r in recs], texts),
        "days": ([as_list(r.days) for r in recs], pa.list_(i64)),
    }
    return pa.table({name: pa.array(values, type=kind) for name, (values, kind) in columns.items()})


def write_features(recs: Sequence[Rec], path: str) -> None:
    """The features as Parquet: the `recs` table the SQL plan reads, for another engine."""
    import pyarrow.parquet as pq

    pq.write_table(_table(recs), path)


def duckdb_edges(recs: Sequence[Rec], threshold: float, *, threads: int = 0) -> list[Edge]:
    """Candidate pairs and their scores from DuckDB: the edges `python_edges` gives, sorted."""
    try:
        import duckdb
    except ImportError as exc:  # pragma: no cover - the engine is chosen only when installed
        raise ImportError("--engine duckdb needs duckdb and pyarrow: pip install -e '.[export]' "
                          "in the summariser checkout") from exc
    con = duckdb.connect()
    try:
        if threads:
            con.execute(f"SET threads = {int(threads)}")
        con.execute("SET preserve_insertion_order = false")
        features = _table(recs)  # noqa: F841 - read by name in the SQL below (a replacement scan)
        con.execute("CREATE TABLE recs AS SELECT * FROM features")
        del features
        con.execute(f"CREATE TABLE candidates AS {BLOCKING_SQL}")
        rows = con.execute(SCORING_SQL, {"threshold": threshold}).fetchall()
    finally:
        con.close()
    edges: list[Edge] = [(-s, i, j) for s, i, j in rows]
    edges.sort()
    return edges


def duckdb_pairs(recs: Sequence[Rec]) -> set[tuple[int, int]]:
    """The candidate pairs alone (for tests: the same set as `candidate_pairs`)."""
    import duckdb

    con = duckdb.connect()
    try:
        features = _table(recs)  # noqa: F841 - read by name in the SQL below
        con.execute("CREATE TABLE recs AS SELECT * FROM features")
        return {(i, j) for i, j in con.execute(BLOCKING_SQL).fetchall()}
    finally:
        con.close()
