"""`summarise report`: one self-contained HTML page of extractions (and reconciled events)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Optional

import click

from ..errors import InputError, SummariserError
from .options import GroupedCommand, fail, option, quiet_option

if TYPE_CHECKING:
    from ..records import Extraction


@click.command(name="report", cls=GroupedCommand, short_help="Write a self-contained HTML report of records and events.")
@click.argument("extractions", type=click.Path(exists=True, dir_okay=False))
@click.argument("events", required=False, type=click.Path(exists=True, dir_okay=False))
@option("-o", "--out", group="output", type=click.Path(dir_okay=False), default="report.html", show_default=True,
        help="HTML file to write (self-contained: opens offline; never one of the inputs)")
@option("--title", group="output", default="summariser report", show_default=True, help="Page title")
@option("--aggregate", group="output", type=click.Choice(["daily"]), default=None,
        help="Also print and write <out>.daily.csv: launched/intercepted per weapon type and killed/injured per day")
@quiet_option
def report(extractions: str, events: Optional[str], out: str, title: str, aggregate: Optional[str],
           quiet: bool) -> None:
    """Write an HTML report of EXTRACTIONS.jsonl (from `summarise extract`), with the
    events of EVENTS.jsonl (from `summarise reconcile`) on a timeline when given.

    Each article shows its cleaned text with every evidence span highlighted and
    coloured by record; hover or click a record to light up its spans.
    """
    from ..output import refuse_overwriting_inputs, written_atomically
    from ..report import render_extractions_html

    try:
        refuse_overwriting_inputs(out, [extractions, events] if events else [extractions])
        exts = read_extractions(Path(extractions))
        evs = read_events(Path(events)) if events else None
        page = render_extractions_html(exts, evs, title=title)
        with written_atomically(out) as tmp:
            tmp.write_text(page, encoding="utf-8")
    except SummariserError as exc:
        raise fail(exc) from exc
    n_rec = sum(len(e.attacks) + len(e.diplomacy) for e in exts)
    tail = f", {len(evs)} event(s)" if evs is not None else ""
    if not quiet:
        click.echo(f"wrote {out}: {len(exts)} article(s), {n_rec} record(s){tail}", err=True)
    if aggregate == "daily":
        from .export import write_daily

        daily = write_daily(exts, evs, Path(out))
        if not quiet:
            click.echo(f"wrote {daily}", err=True)


def read_extractions(path: Path) -> list[Extraction]:
    from pydantic import ValidationError

    from ..records import Extraction

    out: list[Extraction] = []
    for n, line in _lines(path):
        try:
            out.append(Extraction.model_validate_json(line))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(x) for x in first.get("loc", ())) or "record"
            raise InputError(str(path), f"line {n} is not an Extraction ({where}: {first.get('msg')}); "
                             "pass the JSONL written by `summarise extract --out`") from exc
    return out


def read_events(path: Path) -> list[dict[str, Any]]:
    out = []
    for n, line in _lines(path):
        try:
            ev = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"line {n} is not JSON ({exc.msg}); "
                             "pass the JSONL written by `summarise reconcile --out`") from exc
        if not isinstance(ev, dict):
            raise InputError(str(path), f"line {n} is not an event object; "
                             "pass the JSONL written by `summarise reconcile --out`")
        out.append(ev)
    return out


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read it ({exc}); pass a UTF-8 JSONL file") from exc
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield n, line
