"""The `summarise` command line: commands that read like sentences.

    summarise extract seeds/ --out records.jsonl
    summarise reconcile records.jsonl --out events.jsonl --explain
    summarise report records.jsonl events.jsonl --out report.html
    summarise eval --backend rules --check evals/baselines/rules.json
    summarise schema --write
    summarise cache info

Each command lives in its own module and is imported only when it runs, so
`summarise --help` stays fast (the command list uses SHORT_HELP, not the modules).
Domain errors become CLI errors only at this boundary (cli.options.fail); the exit
codes are listed in cli.options.
"""

from __future__ import annotations

import importlib
from typing import Optional

import click

from .. import __version__

COMMANDS = {
    "extract": "summariser.cli.extract:extract",
    "schema": "summariser.cli.extract:schema",
    "reconcile": "summariser.cli.reconcile:reconcile",
    "report": "summariser.cli.report:report",
    "eval": "summariser.cli.evaluate:evaluate",
    "export": "summariser.cli.export:export",
    "cache": "summariser.cli.cache:cache",
    "batch": "summariser.cli.batch:batch",
}

# one line each, whole: `summarise --help` prints these without importing the commands
SHORT_HELP = {
    "extract": "Extract attacks and diplomacy records from articles.",
    "schema": "Print or check the JSON Schema of the records.",
    "reconcile": "Merge records of the same event across articles.",
    "report": "Write a self-contained HTML report of records and events.",
    "eval": "Score a backend against gold labels; gate CI on a baseline.",
    "export": "Write records and events as CSV, GeoJSON, Parquet or DuckDB tables.",
    "cache": "Show or clear the response cache.",
    "batch": "Run a large archive through the OpenAI Batch API.",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, SHORT_HELP.get(name, "")) for name in self.list_commands(ctx)])

    def get_command(self, ctx: click.Context, name: str) -> Optional[click.Command]:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        command = getattr(importlib.import_module(module), attr)
        assert isinstance(command, click.Command), target  # COMMANDS names click commands only
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="summarise")
def main() -> None:
    """Turn war-news articles into typed, source-grounded records of attacks and diplomacy.

    \b
    Exit status of every command:
      0    ok
      1    some articles failed (each named, and the count printed)
      2    usage or configuration error
      130  interrupted (resume with --resume)
    """


def run() -> None:
    main(prog_name="summarise")
