"""The gold-label helpers every development set's `tools/make_gold.py` writes its labels with.

The helpers themselves (ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold) are
defined once in `evals/dev/tools/make_gold.py`; this module loads that file by path (evals/ is
not a package) and re-exports them, plus the `week` and `year` dates and the `opt` marker the later sets use, so
evals/dev2, evals/dev3 and evals/dev4 share one definition of the gold format. A set's script
imports it with:

    sys.path.insert(0, str(ROOT / "evals" / "tools"))
    from gold_helpers import ev, cnt, day, night, ...
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_spec = importlib.util.spec_from_file_location("dev_make_gold", ROOT / "evals" / "dev" / "tools" / "make_gold.py")
assert _spec and _spec.loader
_dev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_dev)

ev, cnt, day, night, month, loc = _dev.ev, _dev.cnt, _dev.day, _dev.night, _dev.month, _dev.loc
UA, RU, attack, dip, write_gold = _dev.UA, _dev.RU, _dev.attack, _dev.dip, _dev.write_gold


def week(a: str, b: str, text: str) -> dict:
    """A date known to the week ("earlier this week"): first and last possible day."""
    return {"start": a, "end": b, "precision": "week", "text": text}


def opt(record: dict) -> dict:
    """Mark a record optional (codebook: background events, debatable readings)."""
    return dict(record, optional=True)


def year(y: int, text: str) -> dict:
    """A date known to the year ("last year", "next year")."""
    return {"start": f"{y}-01-01", "end": f"{y}-12-31", "precision": "year", "text": text}


__all__ = ["ROOT", "ev", "cnt", "day", "night", "month", "loc", "UA", "RU", "attack", "dip",
           "write_gold", "week", "year", "opt"]
