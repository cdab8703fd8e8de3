"""`summarise eval`: score a backend (or saved Extractions) against a gold folder, gate CI on a
baseline, compare runs."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import click

from ..errors import SummariserError
from .options import GroupedCommand, backend_options, config_from, fail, option, quiet_option

if TYPE_CHECKING:
    from rich.console import Console

    from ..config import Config

Results = dict[str, Any]  # results.json's dict, as summariser.evaluate builds it

DEFAULT_CONTROLS = "evals/controls/gold"


@click.command(name="eval", cls=GroupedCommand)
@backend_options
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False), default="evals/gold", show_default=True,
              help="Any folder of gold files (<stem>.json per article, optional clusters.json)")
@click.option("--controls", "controls_dir", type=click.Path(file_okay=False),
              help=f"Folder of control gold files whose articles must yield no attack record  "
                   f"[default: {DEFAULT_CONTROLS} when it exists]")
@click.option("--no-controls", is_flag=True, help="Do not score a controls folder")
@click.option("--records", "records_path", type=click.Path(dir_okay=False),
              help="Score Extractions already written (JSONL, e.g. from `summarise extract`); runs no backend")
@click.option("--report", "report_dir", type=click.Path(file_okay=False),
              help="Write results.json, report.md (and report.html when available) into this folder")
@click.option("--check", "baseline", type=click.Path(dir_okay=False),
              help="Exit 1 when a headline, field or safety metric falls below this baseline file, or goes missing")
@click.option("--bless", is_flag=True,
              help="Rewrite the baseline (--check FILE, or evals/baselines/<backend>.json) from this run")
@click.option("--tolerance", type=float,
              help="Allowed drop for every gated metric  [default: the baseline's per-metric tolerances]")
@click.option("--resamples", type=click.IntRange(min=0), default=1000, show_default=True,
              help="Bootstrap resamples over articles for the 95 % intervals (seeded); 0 skips the intervals")
@click.option("--compare", nargs=2, type=click.Path(dir_okay=False, exists=True), metavar="OLD NEW",
              help="Compare two results.json (or baseline) files; runs no extraction")
@option("--answers", "answers_dir", group="backend", env="answers_dir", type=click.Path(file_okay=False),
        help="replay backend: folder of recorded or hand-written answers")
@quiet_option
def evaluate(gold_dir: str, controls_dir: Optional[str], no_controls: bool, records_path: Optional[str],
             report_dir: Optional[str], baseline: Optional[str], bless: bool, tolerance: Optional[float],
             resamples: int, compare: Optional[tuple[str, str]], quiet: bool, answers_dir: Optional[str],
             **options: Any) -> None:  # options: backend_options' values, as click parsed them
    """Score a backend on gold articles: records (strict and lenient), fields, safety, clusters.

    \b
    summarise eval --backend rules --report eval-out/
    summarise eval --backend rules --gold evals/heldout/gold
    summarise eval --records preds.jsonl --gold evals/heldout/gold
    summarise eval --backend rules --check evals/baselines/rules.json
    summarise eval --backend rules --check evals/baselines/rules.json --bless
    summarise eval --compare old/results.json new/results.json
    summarise eval --backend replay --answers evals/answers/ideal --check evals/baselines/replay-ideal.json

    Exit status: 0; 1 when --check finds a metric below its baseline or missing, or when the
    reconciler raised.
    """
    from rich.console import Console

    from .. import evaluate as ev

    out = Console()
    if not out.is_terminal:
        out.width = max(out.width, 120)  # logs and pipes: keep intervals on one line
    try:
        if compare:
            diff = ev.compare(ev.load_json(compare[0]), ev.load_json(compare[1]))
            print_compare(diff, out)
            sys.exit(1 if diff["items"]["regressed"] or ev.worse(diff) else 0)
        base = ev.load_json(baseline) if baseline and not bless else None  # fail before a long run
        controls = None if no_controls else (controls_dir or (DEFAULT_CONTROLS if Path(DEFAULT_CONTROLS).is_dir() else None))
        config = None if records_path else config_from(answers_dir=answers_dir, **options)
        results = _run(gold_dir, config, records_path, controls, resamples, quiet)
        print_results(results, out)
        if report_dir:
            for path in ev.write_report(results, report_dir):
                if not quiet:
                    click.echo(f"wrote {path}", err=True)
        _fail_on_reconciler_error(results, bless)
        if bless:
            _bless(results, baseline, tolerance)
        elif base is not None:
            _check(results, base, baseline, tolerance)
    except SummariserError as exc:
        raise fail(exc) from exc


def _run(gold_dir: str, config: Optional[Config], records_path: Optional[str], controls: Optional[str],
         resamples: int, quiet: bool) -> Results:
    from ..evaluate import run_eval

    if quiet:
        return run_eval(gold_dir, config, records=records_path, controls_dir=controls, resamples=resamples)
    from rich.progress import Progress

    with Progress(transient=True, console=_err_console()) as bar:
        task = bar.add_task("scoring articles", total=None)
        return run_eval(gold_dir, config, records=records_path, controls_dir=controls, resamples=resamples,
                        on_start=lambda n: bar.update(task, total=n),
                        progress=lambda stem: bar.update(task, advance=1, description=stem))


def _err_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def _fail_on_reconciler_error(results: Results, bless: bool) -> None:
    clusters = results["metrics"].get("clusters") or {}
    if isinstance(clusters, dict) and clusters.get("error"):
        click.echo(f"error: the reconciler raised ({clusters['error']}); the run fails"
                   + ("; nothing blessed" if bless else ""), err=True)
        sys.exit(1)


def _bless(results: Results, baseline: Optional[str], tolerance: Optional[float]) -> None:
    from ..evaluate import baseline_of

    target = Path(baseline or f"evals/baselines/{results['backend']}.json")
    previous = json.loads(target.read_text(encoding="utf-8")) if target.is_file() else None
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(baseline_of(results, tolerance, previous), indent=2, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    click.echo(f"blessed {target}", err=True)


def _check(results: Results, base: Results, baseline: Optional[str], tolerance: Optional[float]) -> None:
    from ..evaluate import check

    if base.get("backend") and base["backend"] != results["backend"]:
        click.echo(f"warning: {baseline} was blessed for backend {base['backend']!r}, "
                   f"this run used {results['backend']!r}", err=True)
    failures = check(results, base, tolerance)
    for f in failures:
        click.echo(f"REGRESSION {f}", err=True)
    click.echo(f"check against {baseline}: {'FAILED' if failures else 'ok'}", err=True)
    sys.exit(1 if failures else 0)


def print_results(results: Results, console: Console) -> None:
    from rich.table import Table

    from ..evaluate.reports import SHORT_COLUMNS, fmt, record_rows, with_interval

    m = results["metrics"]
    title = f"backend {results['backend']}" + (f" · model {results['model']}" if results.get("model") else "")
    for mode, what in (("strict", "the headline"), ("lenient", "for comparison")):
        t = Table(title=f"Records, {mode} matching, {what} ({title})",
                  caption="value [95 % bootstrap interval over articles]")
        for col in SHORT_COLUMNS[1:]:
            t.add_column(col, justify="left" if col == "type" else "right")
        for row in record_rows(m, mode):
            t.add_row(*row)
        console.print(t)
    ft = Table(title="Fields on strictly matched pairs (gated)")
    for col in ("type", "field", "score", "n"):
        ft.add_column(col, justify="left" if col in ("type", "field") else "right")
    for rtype, fields in m["fields"].items():
        for name, v in fields.items():
            ft.add_row(rtype, name, fmt(v["score"]), str(v["n"]))
    console.print(ft)
    ht = Table(title="Headline (gated by --check)")
    ht.add_column("metric")
    ht.add_column("value [95 % interval]", justify="right")
    for name, v in m["headline"].items():
        ht.add_row(name, with_interval(v, m.get("intervals", {}).get(name)))
    tot = results["totals"]
    ht.add_row("time per article (s)", fmt(tot["elapsed_per_article_s"]))
    ht.add_row("tokens (prompt/completion), calls", f"{tot['prompt_tokens']}/{tot['completion_tokens']}, {tot['calls']}")
    n = max(len(results["articles"]), 1)
    ht.add_row("calls per article (retries and re-asks in all)", f"{tot['calls'] / n:.2f} ({tot['retries']})")
    console.print(ht)
    _print_notes(results, console)


def _print_notes(results: Results, console: Console) -> None:
    m = results["metrics"]
    for line in m["safety"]["unsupported_detail"]:
        console.print(f"[red]unsupported number[/red] {line}", highlight=False)
    controls = m["safety"].get("controls")
    if controls:
        console.print(f"controls ({controls.get('dir')}): {controls['attack_records']} attack record(s) "
                      f"on {controls['articles']} articles that have none", highlight=False)
        for line in controls["detail"]:
            console.print(f"  {line}", highlight=False)
    clusters = m.get("clusters")
    if isinstance(clusters, dict) and clusters.get("skipped"):
        console.print(f"clusters: skipped ({clusters['skipped']})")
    elif isinstance(clusters, dict) and clusters.get("error"):
        console.print(f"[red]clusters: the reconciler raised[/red] ({clusters['error']})")
    for a in results["articles"] + results.get("control_articles", []):
        if a["error"]:
            console.print(f"[red]article failed[/red] {a['article']}: {a['error']}", highlight=False)


def print_compare(diff: Results, console: Console) -> None:
    from rich.table import Table

    from ..evaluate import lower_is_better
    from ..evaluate.reports import fmt

    t = Table(title=f"{diff['old'].get('backend')}@{diff['old'].get('git_revision')} → "
                    f"{diff['new'].get('backend')}@{diff['new'].get('git_revision')}")
    for col in ("metric", "old", "new", "Δ"):
        t.add_column(col, justify="left" if col == "metric" else "right")
    for name, d in diff["metrics"].items():
        delta = d["delta"]
        style = "" if not delta else ("green" if (delta > 0) != lower_is_better(name) else "red")
        t.add_row(name, fmt(d["old"]), fmt(d["new"]), f"[{style}]{fmt(delta)}[/{style}]" if style else fmt(delta))
    console.print(t)
    for kind in ("fixed", "regressed", "still_failing"):
        items = diff["items"][kind]
        console.print(f"[bold]{kind.replace('_', ' ')}[/bold]: {len(items)}")
        for it in items:
            console.print(f"  {it['key']}: {it['old']} → {it['new']}", highlight=False)
