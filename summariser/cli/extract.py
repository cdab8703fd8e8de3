"""`summarise extract` and `summarise schema`.

Nothing is written before the options, the backend and `--out` have been checked;
`--out` is locked for the run and replaced only when the batch ends (see
summariser.output). Exit codes are in cli.options.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import SummariserError
from .options import (EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, GroupedCommand, UsageProblem, backend_options,
                      config_from, fail, option, quiet_option)

DEFAULT_OUT = "records.jsonl"
if TYPE_CHECKING:
    from ..config import Config

STREAMING_FORMATS = ("json", "jsonl")  # records go to standard output: no default --out


@click.command(cls=GroupedCommand, short_help="Extract attacks and diplomacy records from articles.")
@click.argument("paths", nargs=-1, required=True)
@option("--published", group="input",
        help="Publication date YYYY-MM-DD for articles that carry none; relative dates resolve against it")
@backend_options
@option("-o", "--out", group="output", type=click.Path(dir_okay=False),
        help=f"JSON Lines file to write, one Extraction per line  [default: {DEFAULT_OUT}, or none with "
             "-f json/jsonl, whose records go to standard output]")
@option("-f", "--format", "fmt", group="output", type=click.Choice(["table", "json", "jsonl", "markdown", "none"]),
        default="table", show_default=True,
        help="What to print on standard output; json is one JSON array of Extractions")
@option("--resume", group="output", is_flag=True,
        help="Append to --out and skip the articles already in it (a torn last line is moved to OUT.torn)")
@option("--record", "record_dir", group="output", env="record_dir", type=click.Path(file_okay=False),
        help="openai backend: keep each raw model answer (before grounding) in this folder, "
             "for `summarise eval -b replay --answers DIR`")
@option("--dry-run", group="backend", is_flag=True,
        help="Count the tokens of every request and print the expected price (online and batch); send nothing")
@quiet_option
def extract(paths: tuple[str, ...], out: str | None, fmt: str, published: str | None, resume: bool, quiet: bool,
            record_dir: str | None, dry_run: bool, **options: Any) -> None:
    """Extract attacks and diplomacy from the articles in PATHS: files (.txt, .md, .json,
    .jsonl, .html), folders (searched recursively) or - for standard input.

    Each finished article is written to OUT.part at once; when the batch ends OUT.part
    replaces OUT (with --resume, records are appended to OUT itself). A second run on
    the same OUT is refused while the first holds it.

    \b
    Exit status:
      0    every article done
      1    some failed: one line each, naming the article (and the endpoint), and the count
      2    usage or configuration error: nothing run, nothing written
      130  interrupted: what was written is kept; --resume goes on
    """
    if out is None and fmt not in STREAMING_FORMATS:
        out = DEFAULT_OUT
    try:
        config = config_from(published=published, record_dir=record_dir, **options)
        _check_paths(paths)
        if dry_run:  # prices the openai backend's requests, whatever --backend says
            from rich.console import Console

            from ..backends.openai_compat import OpenAIBackend
            from .batch import dry_run_report
            return dry_run_report(paths, config, OpenAIBackend(config), Console(stderr=True), quiet)
    except SummariserError as exc:
        raise fail(exc) from exc
    sys.exit(_run(paths, config, out, fmt, resume, quiet))


def _check_paths(paths: tuple[str, ...]) -> None:
    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        raise UsageProblem(f"no such file or folder: {', '.join(missing)} (nothing was run)")
    if list(paths).count("-") > 1:
        raise UsageProblem("standard input (-) can be given only once")


def _run(paths: tuple[str, ...], config: "Config", out: str | None, fmt: str, resume: bool, quiet: bool) -> int:
    from rich.console import Console

    from ..pipeline import BatchReport, Failure, extract_many
    from .printing import Printer

    report = BatchReport()
    printer = Printer(fmt, Console(emoji=False), Console(stderr=True, emoji=False, highlight=False))
    outcomes = extract_many(paths, config=config, out=out, resume=resume, report=report,
                            progress=not quiet and sys.stderr.isatty())
    try:
        for outcome in outcomes:
            if isinstance(outcome, Failure):
                printer.failure(outcome)
            else:
                printer.record(outcome)
    except KeyboardInterrupt:
        outcomes.close()
        printer.close()
        printer.interrupted(report, out, resume)
        return EXIT_INTERRUPTED
    except SummariserError as exc:
        printer.close()
        raise fail(exc) from exc
    printer.close()
    printer.summary(report, out, quiet)
    return EXIT_FAILED if printer.failures else EXIT_OK


@click.command(cls=GroupedCommand, short_help="Print or check the JSON Schema of the records.")
@option("--write", group="output", is_flag=True, help="Write schemas/*.schema.json from the models")
@option("--check", group="output", is_flag=True, help="Exit 1 if schemas/*.schema.json differ from the models")
@option("--dir", "directory", group="output", type=click.Path(file_okay=False), default="schemas",
        show_default=True, help="Folder of the committed schema files")
@click.argument("name", required=False, type=click.Choice(["extraction", "attack", "diplomacy"]))
@quiet_option
def schema(write: bool, check: bool, directory: str, name: str | None, quiet: bool) -> None:
    """Print the JSON Schema of the records (or write/check the committed copies)."""
    from ..schemas import drifted, export_schemas, schema_json

    if write:
        for path in export_schemas(Path(directory)):
            if not quiet:
                click.echo(f"wrote {path}", err=True)
        return
    if check:
        stale = drifted(Path(directory))
        for path in stale:
            click.echo(f"{path}: differs from the models; run `summarise schema --write`", err=True)
        sys.exit(1 if stale else 0)
    click.echo(schema_json(name or "extraction"))
