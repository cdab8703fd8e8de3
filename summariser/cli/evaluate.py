"""`summarise eval`: score a backend against the gold labels, gate CI on a baseline, compare runs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import SummariserError
from .extract import backend_options, config_from


@click.command(name="eval")
@backend_options
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False), default="evals/gold", show_default=True,
              help="Folder of gold files (<stem>.json per article, clusters.json)")
@click.option("--report", "report_dir", type=click.Path(file_okay=False),
              help="Write results.json, report.md (and report.html when available) into this folder")
@click.option("--check", "baseline", type=click.Path(dir_okay=False),
              help="Exit 1 when a headline metric falls below this baseline file")
@click.option("--bless", is_flag=True,
              help="Rewrite the baseline (--check FILE, or evals/baselines/<backend>.json) from this run")
@click.option("--tolerance", type=float,
              help="Allowed drop per headline metric  [default: the baseline's; 0 for rules and local]")
@click.option("--compare", nargs=2, type=click.Path(dir_okay=False, exists=True), metavar="OLD NEW",
              help="Compare two results.json (or baseline) files; runs no extraction")
@click.option("-q", "--quiet", is_flag=True, help="Print only the verdict of --check")
@click.option("--answers", "answers_dir", type=click.Path(file_okay=False),
              help="replay backend: folder of recorded or hand-written answers  [env: SUMMARISER_ANSWERS]")
def evaluate(gold_dir, report_dir, baseline, bless, tolerance, compare, quiet, answers_dir, **options):
    """Run a backend on the gold articles and score it: records, fields, safety, clusters.

    \b
    summarise eval --backend rules --report eval-out/
    summarise eval --backend rules --check evals/baselines/rules.json
    summarise eval --backend rules --check evals/baselines/rules.json --bless
    summarise eval --compare old/results.json new/results.json
    summarise eval --backend replay --answers evals/answers/ideal --check evals/baselines/replay-ideal.json

    Exit status: 0, or 1 when --check finds a metric below its baseline.
    """
    from rich.console import Console

    from .. import evaluate as ev

    out = Console()
    try:
        if compare:
            diff = ev.compare(ev.load_json(compare[0]), ev.load_json(compare[1]))
            print_compare(diff, out)
            sys.exit(1 if diff["items"]["regressed"] or _worse(diff) else 0)
        config = config_from(answers_dir=answers_dir, **options)
        base = ev.load_json(baseline) if baseline and not bless else None  # fail before a long run
        results = ev.run_eval(gold_dir, config)
        if not quiet:
            print_results(results, out)
        if report_dir:
            for path in ev.write_report(results, report_dir):
                click.echo(f"wrote {path}", err=True)
        if bless:
            target = Path(baseline or f"evals/baselines/{results['backend']}.json")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(ev.baseline_of(results, tolerance), indent=2, ensure_ascii=False) + "\n",
                              encoding="utf-8")
            click.echo(f"blessed {target}", err=True)
            return
        if base is not None:
            if base.get("backend") and base["backend"] != results["backend"]:
                click.echo(f"warning: {baseline} was blessed for backend {base['backend']!r}, "
                           f"this run used {results['backend']!r}", err=True)
            failures = ev.check(results, base, tolerance)
            for f in failures:
                click.echo(f"REGRESSION {f}", err=True)
            click.echo(f"check against {baseline}: {'FAILED' if failures else 'ok'}", err=True)
            sys.exit(1 if failures else 0)
    except SummariserError as exc:
        raise click.ClickException(str(exc)) from exc


def _worse(diff: dict) -> bool:
    from ..evaluate import LOWER_IS_BETTER

    for name, d in diff["metrics"].items():
        if d["delta"] is None:
            continue
        if (d["delta"] > 0) if name in LOWER_IS_BETTER else (d["delta"] < 0):
            return True
    return False


def _f(v) -> str:
    if v is None:
        return "–"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def print_results(results: dict, console) -> None:
    from rich.table import Table

    m = results["metrics"]
    title = f"backend {results['backend']}" + (f" · model {results['model']}" if results.get("model") else "")
    t = Table(title=f"Records ({title})")
    for col in ("type", "precision", "recall", "F1", "TP", "FP", "FN"):
        t.add_column(col, justify="left" if col == "type" else "right")
    for rtype, r in m["records"].items():
        t.add_row(rtype, _f(r["precision"]), _f(r["recall"]), _f(r["f1"]), str(r["tp"]), str(r["fp"]), str(r["fn"]))
    console.print(t)
    ft = Table(title="Fields on matched pairs")
    for col in ("type", "field", "score", "n"):
        ft.add_column(col, justify="left" if col in ("type", "field") else "right")
    for rtype, fields in m["fields"].items():
        for name, v in fields.items():
            ft.add_row(rtype, name, _f(v["score"]), str(v["n"]))
    console.print(ft)
    ht = Table(title="Headline (gated by --check)")
    ht.add_column("metric")
    ht.add_column("value", justify="right")
    for name, v in m["headline"].items():
        ht.add_row(name, _f(v))
    tot = results["totals"]
    ht.add_row("time per article (s)", _f(tot["elapsed_per_article_s"]))
    ht.add_row("tokens (prompt/completion), calls", f"{tot['prompt_tokens']}/{tot['completion_tokens']}, {tot['calls']}")
    n = max(len(results["articles"]), 1)
    ht.add_row("calls per article (retries and re-asks in all)", f"{tot['calls'] / n:.2f} ({tot['retries']})")
    console.print(ht)
    clusters = m.get("clusters")
    if isinstance(clusters, dict) and clusters.get("skipped"):
        console.print(f"clusters: skipped ({clusters['skipped']})")
    elif isinstance(clusters, dict) and clusters.get("error"):
        console.print(f"clusters: reconcile failed ({clusters['error']})")
    for a in results["articles"]:
        if a["error"]:
            console.print(f"[red]article failed[/red] {a['article']}: {a['error']}", highlight=False)


def print_compare(diff: dict, console) -> None:
    from rich.table import Table

    t = Table(title=f"{diff['old'].get('backend')}@{diff['old'].get('git_revision')} → "
                    f"{diff['new'].get('backend')}@{diff['new'].get('git_revision')}")
    for col in ("metric", "old", "new", "Δ"):
        t.add_column(col, justify="left" if col == "metric" else "right")
    for name, d in diff["metrics"].items():
        delta = d["delta"]
        style = "" if not delta else ("green" if (delta > 0) != (name.startswith("safety") or name == "failed_articles") else "red")
        t.add_row(name, _f(d["old"]), _f(d["new"]), f"[{style}]{_f(delta)}[/{style}]" if style else _f(delta))
    console.print(t)
    for kind in ("fixed", "regressed", "still_failing"):
        items = diff["items"][kind]
        console.print(f"[bold]{kind.replace('_', ' ')}[/bold]: {len(items)}")
        for it in items:
            console.print(f"  {it['key']}: {it['old']} → {it['new']}", highlight=False)
