"""Records as pandas DataFrames (pandas is an optional extra: pip install -e '.[pandas]' in the summariser checkout)."""

from __future__ import annotations

from typing import Iterable

from .errors import ConfigError
from .records import Extraction
from .render import fmt_places


def _flat_count(prefix: str, c) -> dict:
    return {prefix: c.value if c else None, f"{prefix}_qualifier": c.qualifier.value if c else None}


def attack_rows(records: Iterable[Extraction]) -> list[dict]:
    rows = []
    for ext in records:
        for i, a in enumerate(ext.attacks):
            row = {
                "article_id": ext.article.id, "source": ext.article.source, "record": i,
                "kind": a.kind.value, "attacker": a.attacker, "target_country": a.target_country,
                "places": fmt_places(a),
                "date_start": a.date.start if a.date else None, "date_end": a.date.end if a.date else None,
                "launched": sum(w.launched.value for w in a.weapons if w.launched) or None,
                "intercepted": sum(w.intercepted.value for w in a.weapons if w.intercepted) or None,
            }
            for name in ("killed", "injured", "children_killed", "children_injured"):
                row.update(_flat_count(name, getattr(a, name)))
            rows.append(row)
    return rows


def diplomacy_rows(records: Iterable[Extraction]) -> list[dict]:
    return [
        {
            "article_id": ext.article.id, "source": ext.article.source, "record": i,
            "kind": d.kind.value, "status": d.status.value, "participants": "; ".join(d.participants),
            "place": d.location.name if d.location else None,
            "date_start": d.date.start if d.date else None, "description": d.description,
        }
        for ext in records for i, d in enumerate(ext.diplomacy)
    ]


def to_dataframe(records: Iterable[Extraction], kind: str = "attacks"):
    """One row per attack (kind="attacks") or diplomacy record (kind="diplomacy")."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise ConfigError("to_dataframe needs pandas: pip install -e '.[pandas]' in the summariser checkout") from exc
    records = list(records)
    if kind == "attacks":
        return pd.DataFrame(attack_rows(records))
    if kind == "diplomacy":
        return pd.DataFrame(diplomacy_rows(records))
    raise ConfigError(f"kind must be 'attacks' or 'diplomacy', not {kind!r}")
