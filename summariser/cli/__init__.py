"""The `summarise` command line: commands that read like sentences.

    summarise extract seeds/ --out records.jsonl
    summarise reconcile records.jsonl --out events.jsonl --explain
    summarise report records.jsonl events.jsonl --out report.html
    summarise eval --backend rules --check evals/baselines/rules.json
    summarise schema --write

Each command lives in its own module and is imported only when it runs, so
`summarise --help` stays fast. Domain errors become CLI errors only here, at the boundary.
"""

from __future__ import annotations

import importlib

import click

from .. import __version__

COMMANDS = {
    "extract": "summariser.cli.extract:extract",
    "schema": "summariser.cli.extract:schema",
    "reconcile": "summariser.cli.reconcile:reconcile",
    "report": "summariser.cli.report:report",
    "eval": "summariser.cli.evaluate:evaluate",
    "export": "summariser.cli.export:export",
    "batch": "summariser.cli.batch:batch",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return list(COMMANDS)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="summarise")
def main():
    """Turn war-news articles into typed, source-grounded records of attacks and diplomacy."""


def run():
    main(prog_name="summarise")
