"""What `summarise extract` prints while a batch runs, and the lines that close it.

Records go to standard output in the chosen format (`json` streams one JSON array, so
the output is valid JSON however many articles there are); failures, the summary and
notes go to standard error as plain text: no rich markup or emoji codes are read in
them, and direction-control characters are shown as <U+XXXX>.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.text import Text

from ..terminal import for_terminal

if TYPE_CHECKING:  # the pipeline is imported by the command that runs it
    from ..pipeline import BatchReport, Failure
    from ..records import Extraction


class Printer:
    def __init__(self, fmt: str, stdout: Console, stderr: Console) -> None:
        self.fmt, self.out, self.err = fmt, stdout, stderr
        from ..render import RunTally

        self.failures = 0
        self.tally = RunTally()  # counts only: memory stays flat however long the batch
        self._json_open = False

    def line(self, text: str, style: str | None = None) -> None:
        """One plain line on standard error."""
        self.err.print(Text(for_terminal(text), style=style or ""), soft_wrap=True)

    def failure(self, failure: Failure) -> None:
        self.failures += 1
        self.err.print(Text("error ", style="red") + Text(for_terminal(failure.line)), soft_wrap=True)

    def record(self, ext: Extraction) -> None:
        self.tally.add(ext)
        for w in ext.warnings:  # never a silent empty result for an article we cannot read
            if w.startswith("language:"):
                self.err.print(Text("warning ", style="yellow") + Text(for_terminal(
                    f"{ext.article.path or ext.article.id}: {w}")), soft_wrap=True)
        if self.fmt == "table":
            from ..render import print_extraction

            print_extraction(ext, self.out)
        elif self.fmt == "json":
            click.echo(("[\n" if not self._json_open else ",\n") + ext.model_dump_json(indent=2), nl=False)
            self._json_open = True
        elif self.fmt == "jsonl":
            click.echo(ext.model_dump_json())
        elif self.fmt == "markdown":
            from ..render import to_markdown

            click.echo(to_markdown(ext))

    def close(self) -> None:
        """End what standard output started: `-f json` always prints a whole array."""
        if self.fmt == "json":
            click.echo("\n]" if self._json_open else "[]")
            self._json_open = False
            self.fmt = "closed"

    def summary(self, report: BatchReport, out: str | Path | None, quiet: bool) -> None:
        for note in report.notes:
            if not quiet:
                self.line(f"note: {note}", "yellow")
        if report.skipped and not quiet:
            from ..articles import LoadReport

            self.line(LoadReport(skipped=report.skipped).summary(), "yellow")
        if quiet:
            if self.failures:
                self.line(f"{self.failures} of {self.tally.articles + self.failures} article(s) failed", "red")
            return
        self.line(self._summary_line(report, out))

    def _summary_line(self, report: BatchReport, out: str | Path | None) -> str:
        t = self.tally
        line = f"{t.articles} article(s): {t.attacks} attack(s), {t.diplomacy} diplomacy record(s)"
        if t.tokens:
            line += f", {t.tokens} tokens"
        if t.cost_usd is not None:
            line += f", ~${t.cost_usd:.4f}"
        if report.cached:
            line += f", {report.cached} from cache"
        if out and report.written:
            line += f" → {out}"
        if self.failures:
            line += f"; {self.failures} failed"
        return line

    def interrupted(self, report: BatchReport, out: str | Path | None, resume: bool) -> None:
        where = ""
        if out:
            where = f" (in {out})" if resume else f" (in {out}.part; {out} is unchanged until a run completes)"
        self.line(f"interrupted: {report.written} written, resume with --resume{where}", "red")
