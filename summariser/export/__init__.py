"""Exports: records and reconciled events as flat tables in the shapes analysts use.

    from summariser.export import export, tables
    written = export(records, events, to="parquet", out="out/", profile="acled")

`tables.py` flattens (one row per event-location, weapons, diplomacy, events, claims);
`geo.py` puts each place on the map through the gazetteer; `columns.py` is the column
dictionary; `profiles.py` re-shapes under ACLED and UCDP names; `writers.py` writes
CSV, Parquet, DuckDB and GeoJSON.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any, Optional, Union

from ..errors import ConfigError
from . import columns
from .columns import Column, Row
from .profiles import PROFILES
from .tables import EventsIn, RecordsIn, build, record_id
from .writers import WRITERS

FORMATS = tuple(WRITERS)

__all__ = ["export", "tables", "named_tables", "record_id", "FORMATS"]


def tables(records: RecordsIn, events: EventsIn = None) -> dict[str, list[Row]]:
    """Every native table as rows (dicts); records and events may be objects or JSON dicts."""
    return build(records, events)


def named_tables(records: RecordsIn, events: EventsIn = None,
                 profile: Optional[str] = None) -> dict[str, tuple[list[Column], list[Row]]]:
    """`{name: (columns, rows)}`: the native tables (the event tables only when `events` is given),
    or the one table of a profile ("acled" | "ucdp")."""
    built = build(records, events)
    if profile:
        if profile not in PROFILES:
            raise ConfigError(f"profile must be one of {', '.join(PROFILES)}, not {profile!r}")
        cols, shape = PROFILES[profile]
        return {profile: (cols, shape(built))}
    return {name: (columns.TABLES[name], rows) for name, rows in built.items()
            if name not in columns.EVENT_TABLES or events is not None}


def export(records: RecordsIn, events: EventsIn = None, *, to: str = "csv",
           out: Union[str, Path] = "export", profile: Optional[str] = None) -> dict[Path, int]:
    """Write the tables in format `to` (csv | parquet | duckdb | geojson) into folder `out`;
    returns each file written with its row count (GeoJSON: features)."""
    if to not in WRITERS:
        raise ConfigError(f"--to must be one of {', '.join(WRITERS)}, not {to!r}")
    named = named_tables(records, events, profile)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    return WRITERS[to](named, folder)


class _CallableModule(types.ModuleType):
    """Importing this package binds `summariser.export` to the package, over the lazy function
    of that name; a callable package keeps `summariser.export(records, ...)` working either way."""

    def __call__(self, *args: Any, **kwargs: Any) -> dict[Path, int]:
        return export(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
