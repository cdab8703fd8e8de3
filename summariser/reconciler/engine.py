"""Which engine blocks and scores: Python (in process) or SQL in DuckDB (`sql.py`).

Both return the same edges: every candidate pair scoring at or above the threshold, as
(-score, i, j) sorted best first. Clustering (greedy, complete linkage) then runs in Python
on either, since it needs the pairs in order and the features of whole clusters.
"""

from __future__ import annotations

import importlib.util
import os
from typing import Optional, Sequence

from .blocking import candidate_pairs
from .clustering import Edge
from .recs import Rec
from .scoring import score

ENGINES = ("auto", "python", "duckdb")
AUTO_DUCKDB_RECORDS = 200_000  # auto picks DuckDB from here on, when it is installed ...
AUTO_DUCKDB_CORES = 8  # ... and has cores to spread the joins over: on 2 cores it was slower than Python


def duckdb_available() -> bool:
    """DuckDB and pyarrow (the features travel to DuckDB as an Arrow table): the `export` extra."""
    return importlib.util.find_spec("duckdb") is not None and importlib.util.find_spec("pyarrow") is not None


def pick_engine(engine: str, n: int, cores: Optional[int] = None) -> str:
    """The engine `engine` means for `n` records on `cores` cores (default: those this process
    may use). "auto": DuckDB for large inputs on a machine with many cores, when installed."""
    if engine == "auto":
        if cores is None:
            cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        big = n >= AUTO_DUCKDB_RECORDS and cores >= AUTO_DUCKDB_CORES
        return "duckdb" if big and duckdb_available() else "python"
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    return engine


def python_edges(recs: Sequence[Rec], threshold: float) -> list[Edge]:
    edges: list[Edge] = []
    for i, j in candidate_pairs(recs):
        s = score(recs[i], recs[j])
        if s is not None and s >= threshold:
            edges.append((-s, i, j))
    edges.sort()
    return edges


def scored_edges(recs: Sequence[Rec], threshold: float, engine: str = "python") -> tuple[str, list[Edge]]:
    """(engine used, sorted edges) for `recs` (their idx must be their position)."""
    used = pick_engine(engine, len(recs))
    if used == "duckdb":
        from .sql import duckdb_edges

        return used, duckdb_edges(recs, threshold)
    return used, python_edges(recs, threshold)
