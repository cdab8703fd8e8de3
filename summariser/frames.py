"""Records as pandas DataFrames: the export tables (pandas is an optional extra:
pip install -e '.[pandas]' in the summariser checkout).

    summariser.to_dataframe(records)                       # one row per attack record
    summariser.to_dataframe(records, kind="locations")     # one row per event-location, on the map
    summariser.to_dataframe(records, kind="events", events=events)

The tables are those `summarise export` writes (see summariser/export/columns.py and
docs/analysts.md); records and events may be objects or their JSON dicts. Weapon counts stay one
row per weapon type: nothing here adds launched or intercepted up across types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Optional

from .errors import ConfigError

if TYPE_CHECKING:
    import pandas as pd  # an optional extra (and untyped: its values are Any to mypy)


def kinds() -> tuple[str, ...]:
    from .export.columns import TABLES
    from .export.profiles import PROFILES

    return (*TABLES, *PROFILES)


def to_dataframe(records: Iterable[Any], kind: str = "attacks",
                 events: Optional[Iterable[Any]] = None) -> pd.DataFrame:
    """One table as a DataFrame: attacks (default), locations, weapons, diplomacy, events,
    event_weapons, claims, or the acled / ucdp profiles."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise ConfigError("to_dataframe needs pandas: pip install -e '.[pandas]' in the summariser checkout") from exc
    if kind not in kinds():
        raise ConfigError(f"kind must be one of {', '.join(kinds())}, not {kind!r}")
    from .export import named_tables
    from .export.columns import EVENT_TABLES

    if kind in EVENT_TABLES and events is None:
        raise ConfigError(f"kind={kind!r} needs the reconciled events: to_dataframe(records, kind={kind!r}, "
                          "events=summariser.reconcile(records))")
    profile = kind if kind in ("acled", "ucdp") else None
    cols, rows = named_tables(records, events, profile)[kind]
    return pd.DataFrame(rows, columns=[c[0] for c in cols])
