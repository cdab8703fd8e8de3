"""`summarise export`: records (and reconciled events) as CSV, Parquet, DuckDB or GeoJSON tables."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Sequence

import click

from ..errors import SummariserError

if TYPE_CHECKING:
    from ..records import Extraction


@click.command(name="export")
@click.argument("extractions", type=click.Path(exists=True, dir_okay=False))
@click.argument("events", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--to", "fmt", type=click.Choice(["csv", "parquet", "geojson", "duckdb"]), default="csv",
              show_default=True, help="Format to write (parquet and duckdb need: pip install -e '.[export]')")
@click.option("-o", "--out", type=click.Path(file_okay=False), default="export", show_default=True,
              help="Folder to write the tables into")
@click.option("--acled", "profile", flag_value="acled", help="One table under ACLED's field names and event types")
@click.option("--ucdp", "profile", flag_value="ucdp", help="One table per event with UCDP's best/low/high deaths")
def export(extractions: str, events: Optional[str], fmt: str, out: str, profile: Optional[str]) -> None:
    """Write the records of EXTRACTIONS.jsonl (from `summarise extract`), and the events of
    EVENTS.jsonl (from `summarise reconcile`) when given, as flat tables: one row per
    event-location, weapons, diplomacy, events with low/best/high, claims per source.

    Every place is put on the map through the gazetteer (lat, lon, GeoNames id, ISO codes,
    ACLED geo-precision); docs/analysts.md is the column dictionary.
    """
    from pydantic import ValidationError
    from rich.console import Console
    from rich.table import Table

    from ..export import export as run_export, tables as build_tables
    from .report import read_events, read_extractions

    started = time.perf_counter()
    try:
        exts = read_extractions(Path(extractions))
        evs = read_events(Path(events)) if events else None
        written = run_export(exts, evs, to=fmt, out=out, profile=profile)
        places = build_tables(exts)["locations"]
    except ValidationError as exc:
        raise click.ClickException(f"{events}: not the JSONL written by `summarise reconcile --out` "
                                   f"({exc.errors()[0].get('msg')})") from exc
    except SummariserError as exc:
        raise click.ClickException(str(exc)) from exc
    table = Table("file", "rows", title=f"summarise export --to {fmt}" + (f" --{profile}" if profile else ""))
    for path, rows in written.items():
        table.add_row(str(path), str(rows))
    console = Console()
    console.print(table)
    named = [r for r in places if r["location"]]
    resolved = sum(1 for r in named if r["resolved"])
    share = f"{resolved / len(named):.3f}" if named else "n/a"
    console.print(f"{resolved} of {len(named)} places resolved to coordinates ({share}); "
                  f"{time.perf_counter() - started:.2f}s", highlight=False)


def write_daily(exts: Sequence[Extraction], evs: Optional[Sequence[dict[str, Any]]], out: Path) -> Path:
    """`summarise report --aggregate daily`: the nightly table printed and written beside the
    report as <out stem>.daily.csv; returns that path."""
    from rich.console import Console
    from rich.table import Table

    from ..export.daily import DAILY, daily
    from ..export.writers import write_csv

    rows = daily(exts, evs)
    path = next(iter(write_csv({f"{out.stem}.daily": (DAILY, rows)}, out.parent)))
    shown = [name for name, _, _ in DAILY if any(r[name] is not None for r in rows)] or ["day", "events"]
    table = Table(*(n.replace("_", " ") for n in shown), title="per day" + ("" if evs is not None else
                  " (records not reconciled: a strike two articles report counts twice)"))
    table.columns[0].no_wrap = True  # a date must stay readable in a narrow terminal
    for r in rows:
        table.add_row(*("" if r[n] is None else str(r[n]) for n in shown))
    Console().print(table)
    return path
