"""Human views of records: rich tables in the terminal, Markdown, and a notebook HTML view."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from pydantic import BaseModel

from .records import Attack, Count, DateSpan, Diplomacy, Extraction, Qualifier

if TYPE_CHECKING:
    from rich.console import Console

# how each qualifier is shown before a number, keyed by its value (records and plain dicts alike)
QUALIFIER_SIGNS = {
    Qualifier.exact.value: "", Qualifier.at_least.value: "≥", Qualifier.more_than.value: ">",
    Qualifier.about.value: "~", Qualifier.up_to.value: "≤",
}


def fmt_count(c: Count | None) -> str:
    return "" if c is None else f"{QUALIFIER_SIGNS[c.qualifier.value]}{c.value}"


def fmt_date(d: DateSpan | None) -> str:
    if d is None:
        return ""
    if d.start and d.end and d.end != d.start:
        return f"{d.start}–{d.end}"
    if d.start:
        return str(d.start)
    return d.text or ""


def fmt_places(a: Attack) -> str:
    return ", ".join(loc.name for loc in a.locations)


def fmt_weapons(a: Attack) -> str:
    parts = []
    for w in a.weapons:
        label = w.model or w.type.value.replace("_", " ")
        counts = "/".join(x for x in (fmt_count(w.launched), fmt_count(w.intercepted)) if x)
        parts.append(f"{label} {counts}".strip())
    return "; ".join(parts)


def attack_row(a: Attack) -> list[str]:
    return [
        fmt_date(a.date), fmt_places(a), a.kind.value.replace("_", " "), a.attacker or "",
        fmt_weapons(a), fmt_count(a.killed), fmt_count(a.injured),
    ]


ATTACK_COLUMNS = ["date", "where", "kind", "attacker", "weapons (launched/intercepted)", "killed", "injured"]
DIPLOMACY_COLUMNS = ["date", "kind", "status", "participants", "where", "description"]


def diplomacy_row(d: Diplomacy) -> list[str]:
    return [
        fmt_date(d.date), d.kind.value.replace("_", " "), d.status.value, ", ".join(d.participants),
        d.location.name if d.location else "", d.description,
    ]


def print_extraction(ext: Extraction, console: "Console") -> None:
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    from .terminal import for_terminal

    # article and model text is shown as itself: no markup, no emoji codes, no direction overrides
    title = escape(for_terminal(ext.article.title or ext.article.path or ext.article.id))
    meta = escape(for_terminal(" · ".join(x for x in (ext.article.source, str(ext.article.published or ""),
                                                       ext.backend) if x)))
    console.rule(f"[bold]{title}[/bold]  [dim]{meta}[/dim]")
    if ext.summary:
        console.print(Text(for_terminal(ext.summary)))
    for name, rows, cols in (
        ("Attacks", [attack_row(a) for a in ext.attacks], ATTACK_COLUMNS),
        ("Diplomacy", [diplomacy_row(d) for d in ext.diplomacy], DIPLOMACY_COLUMNS),
    ):
        table = Table(title=f"{name} ({len(rows)})", title_justify="left", show_lines=False)
        for c in cols:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*(Text(for_terminal(c)) for c in r))
        console.print(table)
    if ext.warnings or ext.rejected:
        console.print(f"[yellow]{len(ext.warnings)} warning(s), {len(ext.rejected)} value(s) rejected by grounding[/yellow]")


@dataclass
class RunTally:
    """What a batch summary needs, kept instead of the Extractions so memory stays flat."""

    articles: int = 0
    attacks: int = 0
    diplomacy: int = 0
    tokens: int = 0
    cost_usd: float | None = None

    def add(self, ext: Extraction) -> None:
        self.articles += 1
        self.attacks += len(ext.attacks)
        self.diplomacy += len(ext.diplomacy)
        self.tokens += ext.usage.prompt_tokens + ext.usage.completion_tokens
        if ext.usage.cost_usd is not None:
            self.cost_usd = (self.cost_usd or 0.0) + ext.usage.cost_usd


def to_markdown(ext: Extraction) -> str:
    title = ext.article.title or ext.article.path or ext.article.id
    lines = [f"## {title}", ""]
    if ext.summary:
        lines += [ext.summary, ""]
    lines += _md_table("Attacks", ATTACK_COLUMNS, [attack_row(a) for a in ext.attacks])
    lines += _md_table("Diplomacy", DIPLOMACY_COLUMNS, [diplomacy_row(d) for d in ext.diplomacy])
    return "\n".join(lines)


def _md_table(name: str, cols: list[str], rows: Iterable[list[str]]) -> list[str]:
    rows = list(rows)
    out = [f"### {name} ({len(rows)})", ""]
    if not rows:
        return out + ["_none_", ""]

    def esc(s: str) -> str:
        return s.replace("|", "\\|").replace("\n", " ")

    out.append("| " + " | ".join(cols) + " |")
    out.append("|" + "---|" * len(cols))
    out += ["| " + " | ".join(esc(c) for c in r) + " |" for r in rows]
    return out + [""]


def record_html(obj: BaseModel) -> str:
    """Notebook view of any record: an Extraction renders as in `summarise report`
    (highlighted evidence beside its records); others show their JSON."""
    if isinstance(obj, Extraction):
        from .report import render_extraction_fragment

        return render_extraction_fragment(obj)
    return f"<pre>{html.escape(obj.model_dump_json(indent=2, exclude_none=True))}</pre>"

