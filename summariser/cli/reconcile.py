"""`summarise reconcile`: merge records of the same event across articles."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

import click

from ..errors import SummariserError
from .options import GroupedCommand, fail, option, quiet_option

if TYPE_CHECKING:
    from rich.console import Console

    from ..reconciler import Event

DEFAULT_THRESHOLD = 4.0  # mirrors summariser.reconciler.DEFAULT_THRESHOLD (not imported: keeps --help fast)


@click.command(cls=GroupedCommand, short_help="Merge records of the same event across articles.")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@option("-t", "--threshold", group="input", type=float, default=DEFAULT_THRESHOLD, show_default=True,
        help="Match score needed to merge two records; higher merges less")
@option("--engine", group="input", type=click.Choice(["auto", "python", "duckdb"]), default="auto",
        show_default=True, help="Who blocks and scores pairs: python, or SQL in DuckDB (same pairs and events); "
                                "auto = duckdb from 200,000 records on 8+ cores when it is installed")
@option("-o", "--out", group="output", type=click.Path(dir_okay=False), default="events.jsonl", show_default=True,
        help="JSONL file to write, one reconciled event per line (never one of FILES)")
@option("--explain", group="output", is_flag=True,
        help="Show, for each merge and near-miss, the score and the features that decided it (holds every "
             "record in memory)")
@option("-f", "--format", "fmt", group="output", type=click.Choice(["table", "jsonl", "none"]), default="table",
        show_default=True, help="What to print on standard output (use none for an archive)")
@quiet_option
def reconcile(files: tuple[str, ...], out: str, threshold: float, engine: str, explain: bool, fmt: str,
              quiet: bool) -> None:
    """Merge the records in extraction JSONL FILES (from `summarise extract`) into events.

    One event per real-world event: every source's claim is kept, counts get a
    low/best/high range, and fields the sources disagree on are marked disputed.
    With --out and without --explain the files are streamed: records are read twice and
    events written as they are built, so memory holds features, not records.
    """
    from rich.console import Console

    from ..output import refuse_overwriting_inputs

    try:
        if out:
            refuse_overwriting_inputs(out, files)
        if out and not explain:
            events: Optional[list[Event]] = None
            records, articles, count = _stream(files, out, threshold, engine, quiet)
        else:
            events = _in_memory(files, out, threshold, engine, explain)
            records = sum(len(e.members) for e in events)
            articles = len({m.article_id for e in events for m in e.members})
            count = len(events)
    except SummariserError as exc:
        raise fail(exc) from exc
    console = Console()
    if fmt != "none" and events is None:
        from ..reconciler import read_events

        events = read_events(out)
    if fmt == "table" and events is not None:
        print_events(events, console)
    elif fmt == "jsonl" and events is not None:
        for e in events:
            click.echo(e.model_dump_json(exclude_none=True))
    if explain and events is not None:
        print_explain(events, console)
    if quiet:
        return
    Console(stderr=True).print(f"{records} records from {articles} articles -> {count} events"
                               + (f"; wrote {out}" if out else ""), highlight=False)


def _in_memory(files: tuple[str, ...], out: str, threshold: float, engine: str, explain: bool) -> list[Event]:
    from ..output import written_atomically
    from ..reconciler import load_extractions, reconcile as run_reconcile, write_events

    events = run_reconcile(load_extractions(files), threshold=threshold, explain=explain, engine=engine)
    if out:
        with written_atomically(out) as tmp:
            write_events(events, tmp)
    return events


def _stream(files: tuple[str, ...], out: str, threshold: float, engine: str, quiet: bool) -> tuple[int, int, int]:
    """The archive path: two streamed passes, a progress bar per stage on standard error."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    from ..output import written_atomically
    from ..reconciler.archive import reconcile_files

    tasks: dict[str, TaskID] = {}
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                  TimeElapsedColumn(), console=Console(stderr=True), disable=quiet, transient=True) as bar:
        def note(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total or 1)
            bar.update(tasks[stage], completed=done, total=total or 1)

        with written_atomically(out) as tmp:
            summary = reconcile_files(files, tmp, threshold=threshold, engine=engine, progress=note)
    return summary.records, summary.articles, summary.events


def fmt_range(event: Event, field: str) -> str:
    r = event.ranges.get(field)
    if r is None:
        return ""
    text = str(r.best) if r.low == r.high else f"{r.low}–{r.high} best {r.best}"
    return text + (" ⚑" if field in event.disputed else "")


def _when(event: Event) -> str:
    from ..render import fmt_date

    return fmt_date(event.record.date)


def _what(event: Event) -> tuple[str, str]:
    from ..records import Attack

    rec = event.record
    if isinstance(rec, Attack):  # event.type == "attack"
        return ", ".join(loc.name for loc in rec.locations), rec.kind.value.replace("_", " ")
    where = rec.location.name if rec.location else ""
    return where, f"{rec.kind.value.replace('_', ' ')}: {', '.join(rec.participants)}"


def _sources(event: Event) -> str:
    names = sorted({m.source for m in event.members if m.source})
    unnamed = event.num_sources - len(names)
    label = ", ".join(names) + (f"{' + ' if names else ''}{unnamed} unnamed" if unnamed > 0 else "")
    return f"{event.num_sources}: {label}"


def print_events(events: list[Event], console: Console) -> None:
    from rich.table import Table

    table = Table(title=f"{len(events)} events (⚑ = sources disagree)", title_justify="left")
    table.add_column("type", no_wrap=True)
    table.add_column("date", no_wrap=True)
    for col in ("where", "kind", "killed", "injured", "sources", "disputed"):
        table.add_column(col)
    for e in events:
        where, kind = _what(e)
        table.add_row(e.type[:3] if e.type == "attack" else "dipl", _when(e), where, kind, fmt_range(e, "killed"),
                      fmt_range(e, "injured"), _sources(e), "⚑ " + ", ".join(e.disputed) if e.disputed else "")
    console.print(table)


def member_label(key: str, events: list[Event]) -> str:
    """Short name of a member key: the article's file name when known, else the id prefix."""
    for e in events:
        for m in e.members:
            if m.key == key:
                name = Path(m.path).name if m.path else m.article_id[:12]
                return f"{name}#{m.type[0]}{m.index}"
    return key


def print_explain(events: list[Event], console: Console) -> None:
    shown = set()
    console.print("[bold]explain[/bold]: merges and near-misses, score = sum of feature weights")
    for e in events:
        for note in (e.merges or []) + (e.near_misses or []):
            ident = (note.a, note.b, note.decision)
            if ident in shown:
                continue
            shown.add(ident)
            feats = ", ".join(f"{name} {w:+g}" for name, w in note.features.items())
            conflicts = "".join(f"; [red]conflict[/red] {c}" for c in note.conflicts)
            colour = "green" if note.decision == "merged" else "yellow"
            console.print(f"[{colour}]{note.decision}[/{colour}] {member_label(note.a, events)} ⇄ "
                          f"{member_label(note.b, events)}  score {note.score:g}: {feats}{conflicts}  "
                          f"→ {note.reason}", highlight=False)
    if not shown:
        console.print("no merges and no near-misses", highlight=False)
