"""`summarise extract` and `summarise schema`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import SummariserError


def backend_options(fn):
    """Options shared by every command that runs a backend (extract, eval)."""
    opts = [
        click.option("-b", "--backend", help="rules | local | openai | replay | auto  [env: SUMMARISER_BACKEND; default: auto = openai if an endpoint or key is set, else local]"),
        click.option("-m", "--model", help="Model name for the endpoint, or a GGUF path for local  [env: SUMMARISER_MODEL]"),
        click.option("--base-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1  [env: OPENAI_BASE_URL]"),
        click.option("--api-key", help="API key  [env: OPENAI_API_KEY]; never logged or cached"),
        click.option("--mode", type=click.Choice(["auto", "tools", "json", "json_schema", "md_json", "llamacpp"]),
                     help="Request shape for the openai backend  [env: SUMMARISER_MODE; default: auto]"),
        click.option("--max-retries", type=int, help="Re-asks and transient-error retries per call  [default: 2]"),
        click.option("--timeout", type=float, help="Seconds per HTTP request  [default: 120]"),
        click.option("-j", "--concurrency", type=int, help="Articles in flight at once  [env: SUMMARISER_CONCURRENCY; default: 4]"),
        click.option("--no-cache", is_flag=True, help="Do not read or write the response cache"),
        click.option("--cache-dir", type=click.Path(file_okay=False), help="Response cache folder  [env: SUMMARISER_CACHE_DIR; default: ~/.cache/summariser]"),
        click.option("--price-in", type=float, help="USD per million prompt tokens, for a cost estimate"),
        click.option("--price-out", type=float, help="USD per million completion tokens"),
        click.option("--model-path", type=click.Path(dir_okay=False), help="GGUF file for the local backend  [env: SUMMARISER_MODEL_PATH; default: the bundled SmolLM2-135M]"),
        click.option("--threads", type=int, help="CPU threads for the local model  [env: SUMMARISER_THREADS; default: all cores]"),
        click.option("--max-tokens", type=int, help="Completion token limit per call  [default: 4096]"),
        click.option("--temperature", type=float, help="Sampling temperature  [default: 0]"),
        click.option("--seed", type=int, help="Sampling seed  [default: 0]"),
        click.option("--chunk-chars", type=int, help="Split articles longer than this into sentence-aligned chunks  [default: 6000]"),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def config_from(published=None, no_cache=False, **kw):
    from ..config import load_config

    kw = {k: v for k, v in kw.items() if v is not None}
    if no_cache:
        kw["use_cache"] = False
    return load_config(published=published, **kw)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@backend_options
@click.option("-o", "--out", type=click.Path(dir_okay=False), default="records.jsonl", show_default=True,
              help="JSONL file to write, one Extraction per line, each as soon as it is done")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "jsonl", "markdown", "none"]),
              default="table", show_default=True, help="What to print on standard output")
@click.option("--published", help="Publication date YYYY-MM-DD for articles that carry none; relative dates resolve against it")
@click.option("--resume", is_flag=True, help="Append to --out and skip articles already in it")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar")
@click.option("--record", "record_dir", type=click.Path(file_okay=False),
              help="openai backend: keep each raw model answer (before grounding) in this folder, "
                   "for `summarise eval -b replay --answers DIR`  [env: SUMMARISER_RECORD_DIR]")
@click.option("--dry-run", is_flag=True, help="Count the tokens of every request and print the expected price (online and batch); send nothing")
def extract(paths, out, fmt, published, resume, quiet, record_dir, dry_run, **options):
    """Extract attacks and diplomacy from the articles in PATHS (files, folders, or - for stdin).

    Exit status: 0 when every article succeeded, otherwise the number of articles
    that failed (at most 100); each failure is printed as one line naming the file.
    """
    from rich.console import Console
    from rich.markup import escape

    from ..pipeline import Failure, extract_many
    from ..render import RunTally, print_extraction, print_run_summary, to_markdown

    err = Console(stderr=True)
    try:
        config = config_from(published=published, record_dir=record_dir, **options)
        if dry_run:  # prices the openai backend's requests, whatever --backend says
            from .batch import _backend, dry_run_report
            return dry_run_report(paths, config, _backend(config), err, quiet)
        if not resume and out:
            Path(out).write_text("", encoding="utf-8")
        tally, failures = RunTally(), []
        stdout = Console()
        for outcome in extract_many(paths, config=config, out=out, resume=resume,
                                    progress=not quiet and sys.stderr.isatty()):
            if isinstance(outcome, Failure):
                failures.append(outcome)
                err.print(f"[red]error[/red] {escape(outcome.error)}", markup=True, highlight=False, soft_wrap=True)
                continue
            tally.add(outcome)
            for w in outcome.warnings:  # never a silent empty result for an article we cannot read
                if w.startswith("language:"):
                    err.print(f"[yellow]warning[/yellow] {escape(outcome.article.path or outcome.article.id)}: "
                              f"{escape(w)}", markup=True, highlight=False, soft_wrap=True)
            if fmt == "table":
                print_extraction(outcome, stdout)
            elif fmt == "json":
                click.echo(outcome.model_dump_json(indent=2))
            elif fmt == "jsonl":
                click.echo(outcome.model_dump_json())
            elif fmt == "markdown":
                click.echo(to_markdown(outcome))
        print_run_summary(tally, failures, out, err)
    except SummariserError as exc:
        raise click.ClickException(str(exc)) from exc
    sys.exit(min(len(failures), 100))


@click.command()
@click.option("--write", is_flag=True, help="Write schemas/*.schema.json from the models")
@click.option("--check", is_flag=True, help="Exit 1 if schemas/*.schema.json differ from the models")
@click.option("--dir", "directory", type=click.Path(file_okay=False), default="schemas", show_default=True)
@click.argument("name", required=False, type=click.Choice(["extraction", "attack", "diplomacy"]))
def schema(write, check, directory, name):
    """Print the JSON Schema of the records (or write/check the committed copies)."""
    from ..schemas import drifted, export_schemas, schema_json

    if write:
        for path in export_schemas(Path(directory)):
            click.echo(f"wrote {path}")
        return
    if check:
        stale = drifted(Path(directory))
        for path in stale:
            click.echo(f"{path}: differs from the models; run `summarise schema --write`", err=True)
        sys.exit(1 if stale else 0)
    click.echo(schema_json(name or "extraction"))
