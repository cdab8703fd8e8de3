"""`summarise reconcile`: merge records of the same event across articles."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import SummariserError
from .options import GroupedCommand, fail, option, quiet_option

DEFAULT_THRESHOLD = 4.0  # mirrors summariser.reconciler.DEFAULT_THRESHOLD (not imported: keeps --help fast)


@click.command(cls=GroupedCommand, short_help="Merge records of the same event across articles.")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@option("-t", "--threshold", group="input", type=float, default=DEFAULT_THRESHOLD, show_default=True,
        help="Match score needed to merge two records; higher merges less")
@option("-o", "--out", group="output", type=click.Path(dir_okay=False), default="events.jsonl", show_default=True,
        help="JSONL file to write, one reconciled event per line (never one of FILES)")
@option("--explain", group="output", is_flag=True,
        help="Show, for each merge and near-miss, the score and the features that decided it")
@option("-f", "--format", "fmt", group="output", type=click.Choice(["table", "jsonl", "none"]), default="table",
        show_default=True, help="What to print on standard output")
@quiet_option
def reconcile(files, out, threshold, explain, fmt, quiet):
    """Merge the records in extraction JSONL FILES (from `summarise extract`) into events.

    One event per real-world event: every source's claim is kept, counts get a
    low/best/high range, and fields the sources disagree on are marked disputed.
    """
    from rich.console import Console

    from ..output import refuse_overwriting_inputs, written_atomically
    from ..reconciler import load_extractions, reconcile as run_reconcile, write_events

    try:
        if out:
            refuse_overwriting_inputs(out, files)
        events = run_reconcile(load_extractions(files), threshold=threshold, explain=explain)
        if out:
            with written_atomically(out) as tmp:
                write_events(events, tmp)
    except SummariserError as exc:
        raise fail(exc) from exc
    console = Console()
    if fmt == "table":
        print_events(events, console)
    elif fmt == "jsonl":
        for e in events:
            click.echo(e.model_dump_json(exclude_none=True))
    if explain:
        print_explain(events, console)
    if quiet:
        return
    records = sum(len(e.members) for e in events)
    Console(stderr=True).print(f"{records} records from {len({m.article_id for e in events for m in e.members})} "
                               f"articles -> {len(events)} events" + (f"; wrote {out}" if out else ""),
                               highlight=False)


def fmt_range(event, field: str) -> str:
    r = event.ranges.get(field)
    if r is None:
        return ""
    text = str(r.best) if r.low == r.high else f"{r.low}–{r.high} best {r.best}"
    return text + (" ⚑" if field in event.disputed else "")


def _when(event) -> str:
    from ..render import fmt_date

    return fmt_date(event.record.date)


def _what(event) -> tuple[str, str]:
    rec = event.record
    if event.type == "attack":
        return ", ".join(loc.name for loc in rec.locations), rec.kind.value.replace("_", " ")
    where = rec.location.name if rec.location else ""
    return where, f"{rec.kind.value.replace('_', ' ')}: {', '.join(rec.participants)}"


def _sources(event) -> str:
    names = sorted({m.source for m in event.members if m.source})
    unnamed = event.num_sources - len(names)
    label = ", ".join(names) + (f"{' + ' if names else ''}{unnamed} unnamed" if unnamed > 0 else "")
    return f"{event.num_sources}: {label}"


def print_events(events, console) -> None:
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


def member_label(key: str, events) -> str:
    """Short name of a member key: the article's file name when known, else the id prefix."""
    for e in events:
        for m in e.members:
            if m.key == key:
                name = Path(m.path).name if m.path else m.article_id[:12]
                return f"{name}#{m.type[0]}{m.index}"
    return key


def print_explain(events, console) -> None:
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
