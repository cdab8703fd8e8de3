"""`summarise batch submit|status|collect`: a large run through the OpenAI Batch API.

    summarise batch submit archive.jsonl -b openai -m gpt-4o-mini --out records.jsonl
    summarise batch status --out records.jsonl
    summarise batch collect --out records.jsonl

State lives in `<out>.batch.json` and `<out>.batch.sqlite` (see summariser/batch/manifest.py
and state.py); every command can be re-run after a crash and carries on from it.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING, Any, Callable, Iterator, TypeVar

import click

from ..errors import SummariserError
from .options import backend_options, config_from, quiet_option

if TYPE_CHECKING:
    from rich.console import Console

    from ..articles import Article
    from ..backends.openai_compat import OpenAIBackend
    from ..batch.client import BatchClient
    from ..batch.collect import Collected
    from ..batch.manifest import Manifest
    from ..config import Config

F = TypeVar("F", bound=Callable[..., Any])

OUT = click.option("-o", "--out", type=click.Path(dir_okay=False), default="records.jsonl", show_default=True,
                   help="Records JSONL the batch run fills; its state is <out>.batch.json")
ENDPOINT = [click.option("--base-url", help="Batch API endpoint  [default: the one given to submit]"),
            click.option("--api-key", help="API key  [env: OPENAI_API_KEY]; never logged or stored")]


def _endpoint(fn: F) -> F:
    for opt in reversed(ENDPOINT):
        fn = opt(fn)
    return fn


@click.group()
def batch() -> None:
    """Large runs through the OpenAI Batch API: half the price, results within 24 hours."""


@batch.command()
@click.argument("paths", nargs=-1, required=True)
@backend_options
@OUT
@click.option("--published", help="Publication date YYYY-MM-DD for articles that carry none")
@click.option("--dry-run", is_flag=True, help="Count tokens and print the expected price; send nothing")
@click.option("--max-requests", type=int, default=50_000, show_default=True, help="Requests per batch file")
@click.option("--max-mb", type=float, default=200.0, show_default=True, help="MB per batch file")
@quiet_option
def submit(paths: tuple[str, ...], out: str, published: str | None, dry_run: bool, max_requests: int,
           max_mb: float, quiet: bool, **options: Any) -> None:
    """Write the requests for the articles in PATHS, upload them and start the batches."""
    from ..batch.client import BatchClient
    from ..batch.manifest import Manifest
    from ..batch.submit import new_manifest, start_batches, write_parts

    err = _console()
    manifest: "Manifest | None" = None
    try:
        config = config_from(published=published, **{**options, "backend": "openai"})
        backend = _backend(config)
        if dry_run:
            return dry_run_report(paths, config, backend, err, quiet)
        path = Manifest.path_for(out)
        manifest = Manifest.load(path) if path.exists() else new_manifest(out, config)
        if path.exists():
            if manifest.settings.get("model") != config.model:
                raise click.ClickException(f"{path} is a run for {manifest.settings.get('model')}; "
                                           "choose another --out for a new run")
            err.print(f"resuming the run in {path}" + ("" if manifest.complete else " (writing the rest)"))
        if not manifest.complete:
            with _bar("writing requests", quiet, err) as advance:
                write_parts(manifest, backend, _articles(paths, config, err), max_requests,
                            int(max_mb * 1024 * 1024), advance)
        client = BatchClient(config)
        with _bar("uploading", quiet, err, total=sum(p.count for p in manifest.parts)) as advance:
            start_batches(manifest, client, advance)
        print_parts(manifest, err)
        err.print(f"state: {manifest.path}; check with `summarise batch status --out {out}`")
    except click.ClickException:
        raise
    except (SummariserError, ValueError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    except Exception as exc:  # the openai client's errors: one line, no traceback
        raise click.ClickException(f"{type(exc).__name__}: {exc}") from exc
    finally:
        if manifest is not None:
            manifest.close()


@batch.command()
@OUT
@_endpoint
def status(out: str, base_url: str | None, api_key: str | None) -> None:
    """Show the progress of every batch of the run."""
    from ..batch.submit import refresh

    err = _console()
    manifest, client, _ = _open(out, base_url, api_key)
    try:
        refresh(manifest, client)
    except Exception as exc:
        raise click.ClickException(f"{type(exc).__name__}: {exc}") from exc
    finally:
        manifest.close()
    print_parts(manifest, err)


@batch.command()
@OUT
@_endpoint
@click.option("--workers", type=click.IntRange(min=0), envvar="SUMMARISER_WORKERS",
              help="CPU processes that ground the answers; 0 = ground in this process  "
                   "[default: the cores available, from 200 articles to collect]")
@click.option("--cross-check/--no-cross-check", default=None, envvar="SUMMARISER_CROSS_CHECK",
              help="Mark the values the rules also find as sources 'both'  [default: what submit was given, on]")
@quiet_option
def collect(out: str, base_url: str | None, api_key: str | None, workers: int | None, cross_check: bool | None,
            quiet: bool) -> None:
    """Download finished batches, ground every answer and append the records to --out.

    Safe to run again: nothing is written twice. Exit status 0 when every article of
    every finished batch is in --out, 1 otherwise (the failures are in <out>.batch/failed.jsonl).
    """
    from ..batch.collect import collect as run_collect
    from ..batch.submit import refresh

    err = _console()
    manifest, client, config = _open(out, base_url, api_key)
    config = config.with_(cross_check=cross_check)  # None: as submitted
    try:
        refresh(manifest, client)
        with _bar("collecting", quiet, err, total=sum(p.count for p in manifest.parts)) as advance:
            report = run_collect(manifest, client, _backend(config), advance, workers)
    except (SummariserError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    except Exception as exc:
        raise click.ClickException(f"{type(exc).__name__}: {exc}") from exc
    finally:
        manifest.close()
    print_parts(manifest, err)
    print_failures(report, manifest, err)
    err.print(f"wrote {report.written} record(s) to {out}; {report.skipped} already there; "
              f"{report.pending} batch(es) still running")
    # a malformed line stays listed as a fact about the download; its article counts as failed
    # only until a re-run puts it in --out
    sys.exit(1 if report.failed else 0)


# --------------------------------------------------------------------------- helpers


def dry_run_report(paths: tuple[str, ...], config: "Config", backend: "OpenAIBackend", console: "Console",
                   quiet: bool) -> None:
    from ..batch.cost import estimate, print_estimate

    with _bar("counting tokens", quiet, console) as advance:
        est = estimate(backend, _articles(paths, config, console), advance)
    print_estimate(est, console)


def _backend(config: "Config") -> "OpenAIBackend":
    from ..backends.openai_compat import OpenAIBackend

    return OpenAIBackend(config)


def _open(out: str, base_url: str | None,
          api_key: str | None) -> tuple["Manifest", "BatchClient", "Config"]:
    from ..batch.client import BatchClient
    from ..batch.manifest import Manifest
    from ..config import load_config

    path = Manifest.path_for(out)
    if not path.exists():
        raise click.ClickException(f"no batch run for {out}: {path} does not exist (run `summarise batch submit`)")
    try:
        manifest = Manifest.load(path)
    except (ValueError, OSError, KeyError) as exc:
        raise click.ClickException(f"{path}: cannot read the run's state: {exc}") from exc
    settings = {**manifest.settings, "base_url": base_url or manifest.settings.get("base_url")}
    config = load_config(backend="openai", api_key=api_key,
                         **{k: v for k, v in settings.items() if v is not None})
    return manifest, BatchClient(config), config


def _articles(paths: tuple[str, ...], config: "Config", console: "Console") -> Iterator["Article"]:
    from rich.markup import escape

    from ..articles import load_articles
    from ..errors import InputError

    for item in load_articles(paths, published=config.published):
        if isinstance(item, InputError):
            console.print(f"[red]error[/red] {escape(str(item))}", highlight=False)
        else:
            yield item


def print_parts(manifest: "Manifest", console: "Console") -> None:
    from rich.table import Table

    table = Table(title=f"Batch run {manifest.path}")
    for col in ("part", "batch", "status", "requests", "completed", "failed", "collected"):
        table.add_column(col, justify="right" if col in ("part", "requests", "completed", "failed") else "left")
    for p in manifest.parts:
        table.add_row(str(p.index), p.batch_id or "-", p.status, str(p.count),
                      str(p.counts.get("completed", "-")), str(p.counts.get("failed", "-")),
                      "yes" if p.collected else "no")
    console.print(table)


def print_failures(report: "Collected", manifest: "Manifest", console: "Console") -> None:
    if not report.failures:
        return
    from rich.table import Table

    shown = "" if len(report.shown) == report.failures else f", the first {len(report.shown)}"
    table = Table(title=f"{report.failures} failure(s){shown}")
    table.add_column("article")
    table.add_column("path")
    table.add_column("reason")
    for f in report.shown:
        table.add_row(f.article_id or "-", f.path or "-", f.reason)
    console.print(table)
    failed = manifest.folder / "failed.jsonl"
    console.print(f"re-run them online: summarise extract {failed} --resume --out {manifest.out}")


def _console() -> "Console":
    from rich.console import Console

    return Console(stderr=True)


class _bar:
    """A rich progress bar on stderr (a rate when the total is not known), or nothing."""

    def __init__(self, label: str, quiet: bool, console: "Console", total: int | None = None):
        self.label, self.total, self.console = label, total, console
        self.enabled = not quiet and console.is_terminal

    def __enter__(self) -> Callable[[int], None]:
        if not self.enabled:
            return lambda n: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._p = Progress(TextColumn(self.label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                           console=self.console)
        self._p.start()
        task = self._p.add_task(self.label, total=self.total)
        return lambda n: self._p.advance(task, n)

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.enabled:
            self._p.stop()
