"""Writers: tables to CSV (stdlib csv), Parquet (pyarrow), DuckDB (duckdb) and GeoJSON (stdlib json).

Each takes `{name: (columns, rows)}` and a folder and returns `{path: row count}`. CSV and Parquet
write one file per table, DuckDB one database file with one table each, GeoJSON one
FeatureCollection of the event-locations that have coordinates (a Point each, the row as its
properties). pyarrow and duckdb are optional: a missing one is a one-line error naming the extra.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from types import ModuleType
from typing import Callable

from ..errors import ConfigError
from .columns import Column, Row

Named = dict[str, tuple[list[Column], list[Row]]]
EXTRA = "pip install -e '.[export]'"
_ARROW = {"str": "string", "int": "int64", "float": "float64", "bool": "bool_", "date": "date32"}
_SQL = {"str": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN", "date": "DATE"}
DB_NAME = "summariser.duckdb"
GEOJSON_NAME = "locations.geojson"


def _need(module: str) -> ModuleType:
    try:
        return __import__(module)
    except ImportError as exc:
        raise ConfigError(f"--to {'parquet' if module == 'pyarrow' else module} needs {module}: {EXTRA}") from exc


def write_csv(tables: Named, out: Path) -> dict[Path, int]:
    done: dict[Path, int] = {}
    for name, (cols, rows) in tables.items():
        path = out / f"{name}.csv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=[c[0] for c in cols])
            writer.writeheader()
            writer.writerows({k: _text(v) for k, v in r.items()} for r in rows)
        done[path] = len(rows)
    return done


def _text(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"  # analysts' tools read these; Python's "True" they may not
    return "" if value is None else value


def write_parquet(tables: Named, out: Path) -> dict[Path, int]:
    _need("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    done: dict[Path, int] = {}
    for name, (cols, rows) in tables.items():
        schema = pa.schema([(c, getattr(pa, _ARROW[t])()) for c, t, _ in cols])
        table = pa.Table.from_pylist(rows, schema=schema)
        path = out / f"{name}.parquet"
        pq.write_table(table, path)
        done[path] = len(rows)
    return done


def write_duckdb(tables: Named, out: Path) -> dict[Path, int]:
    duckdb = _need("duckdb")
    path = out / DB_NAME
    path.unlink(missing_ok=True)  # a fresh database: a re-export never appends to old rows
    con = duckdb.connect(str(path))
    try:
        for name, (cols, rows) in tables.items():
            con.execute(f'CREATE TABLE "{name}" (' + ", ".join(f'"{c}" {_SQL[t]}' for c, t, _ in cols) + ")")
            if rows:
                marks = ", ".join("?" for _ in cols)
                con.executemany(f'INSERT INTO "{name}" VALUES ({marks})', [[r[c] for c, _, _ in cols] for r in rows])
    finally:
        con.close()
    return {path: sum(len(rows) for _, rows in tables.values())}


def write_geojson(tables: Named, out: Path) -> dict[Path, int]:
    name = next((n for n in ("acled", "locations") if n in tables), None)
    if name is None:
        raise ConfigError("--to geojson needs the event-locations: use it without --ucdp")
    lat, lon = ("latitude", "longitude") if name == "acled" else ("lat", "lon")
    features = [{"type": "Feature", "id": r.get("event_id_cnty") or f"{r['record_id']}-{r['location_index']}",
                 "geometry": {"type": "Point", "coordinates": [r[lon], r[lat]]},
                 "properties": {k: _json(v) for k, v in r.items()}}
                for r in tables[name][1] if r[lat] is not None and r[lon] is not None]
    path = out / GEOJSON_NAME
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1),
                    encoding="utf-8")
    return {path: len(features)}


def _json(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


WRITERS: dict[str, Callable[[Named, Path], dict[Path, int]]] = {
    "csv": write_csv, "parquet": write_parquet, "duckdb": write_duckdb, "geojson": write_geojson}
