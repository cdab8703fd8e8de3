"""The CI gate: baselines, `check` against one, `compare` two runs.

Gated metrics are every headline figure plus every field score (`field.<type>.<name>`): a
backend that forces every diplomacy status to "held" fails on `field.diplomacy.status` even
when the record figures hold. A metric in the baseline but absent from the new run fails; so
does a reconciler error and any unsupported number. Tolerances live in the baseline file:
`tolerance` (the default) and `tolerances` (one per metric, which a maintainer may loosen by
hand; re-blessing keeps hand-set values).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from ..errors import UserError, one_line

DETERMINISTIC_BACKENDS = ("rules", "local")  # tolerance 0 by default
DEFAULT_TOLERANCE = 0.02  # for backends whose decoding is not reproducible
LOWER_IS_BETTER_PREFIXES = ("safety.", "failed_articles")
# Kept for importers: the headline names where lower is better.
LOWER_IS_BETTER = ("safety.unsupported_numbers", "safety.records_on_empty_articles",
                   "safety.control_attack_records", "failed_articles")


def lower_is_better(name: str) -> bool:
    return name.startswith(LOWER_IS_BETTER_PREFIXES)


# A results or baseline file: JSON as `summarise eval` writes it.
Results = dict[str, Any]
Item = dict[str, Any]  # one scored item of a results file (key, status, verdict, fields)


def load_json(path: str | Path) -> Results:
    p = Path(path)
    if not p.exists():
        raise UserError(f"{p}: no such file; create it with `summarise eval --backend NAME --check {p} --bless`")
    try:
        data: Results = json.loads(p.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise UserError(f"{p}: not valid JSON ({one_line(exc)})") from exc
    return data


def public(results: Results) -> Results:
    """results without the in-memory scoring objects."""
    return {k: v for k, v in results.items() if not k.startswith("_")}


def gated_metrics(results: Results) -> dict[str, float]:
    """Every figure `check` compares: the headline and the field scores, flat."""
    m = results.get("metrics", {})
    out: dict[str, float] = dict(m.get("headline", {}))
    for rtype, fields in m.get("fields", {}).items():
        for name, v in fields.items():
            if v.get("score") is not None:
                out[f"field.{rtype}.{name}"] = v["score"]
    return out


def default_tolerance(backend: str) -> float:
    return 0.0 if backend in DETERMINISTIC_BACKENDS else DEFAULT_TOLERANCE


def baseline_of(results: Results, tolerance: Optional[float] = None,
                previous: Optional[Results] = None) -> Results:
    """What a baseline keeps: metrics, item verdicts and one tolerance per gated metric,
    without timings (they vary run to run). Per-metric tolerances set by hand in `previous`
    survive a re-bless unless `tolerance` is given."""
    keep = public(results)
    for key in ("articles", "control_articles", "totals", "created"):
        keep.pop(key, None)
    default = default_tolerance(results["backend"]) if tolerance is None else tolerance
    old = (previous or {}).get("tolerances", {}) if tolerance is None else {}
    keep["tolerance"] = default
    keep["tolerances"] = {name: old.get(name, default) for name in sorted(gated_metrics(results))}
    return keep


def check(results: Results, baseline: Results, tolerance: Optional[float] = None) -> list[str]:
    """Every gated metric that fell below the baseline (beyond its tolerance) or went missing,
    a reconciler error, and any unsupported number; empty when all hold."""
    default = baseline.get("tolerance", default_tolerance(results.get("backend", "")))
    tols = baseline.get("tolerances", {})
    new, old = gated_metrics(results), gated_metrics(baseline)
    failures = []
    for name, base in sorted(old.items()):
        if name not in new:
            failures.append(f"{name}: missing from this run (baseline {base})")
            continue
        tol = tolerance if tolerance is not None else tols.get(name, default)
        value = new[name]
        worse = value > base + tol if lower_is_better(name) else value < base - tol
        if worse:
            failures.append(f"{name}: {value} vs baseline {base} (tolerance {tol})")
    clusters = results.get("metrics", {}).get("clusters") or {}
    if isinstance(clusters, dict) and clusters.get("error"):
        failures.append(f"clusters.error: the reconciler failed ({clusters['error']})")
    unsupported = new.get("safety.unsupported_numbers", 0)
    if unsupported > 0 and not any(f.startswith("safety.unsupported") for f in failures):
        failures.append(f"safety.unsupported_numbers: {unsupported} (must be 0)")
    return failures


_RANK = {"pass": 2, "partial": 1, "fail": 0}


def compare(old: Results, new: Results) -> Results:
    """Metric deltas and per-item changes between two results (or baseline) files."""
    oh, nh = gated_metrics(old), gated_metrics(new)
    deltas = {k: {"old": oh.get(k), "new": nh.get(k),
                  "delta": None if oh.get(k) is None or nh.get(k) is None else round(nh[k] - oh[k], 4)}
              for k in sorted(set(oh) | set(nh))}
    oi = {i["key"]: i for i in old.get("items", []) if i["status"] != "ignored"}
    ni = {i["key"]: i for i in new.get("items", []) if i["status"] != "ignored"}
    changes: dict[str, list[dict[str, str]]] = {"fixed": [], "regressed": [], "still_failing": []}
    for key in sorted(set(oi) | set(ni)):
        kind = _change_kind(oi.get(key), ni.get(key))
        if kind:
            changes[kind].append(_change(key, oi.get(key), ni.get(key)))
    return {"metrics": deltas, "items": changes,
            "old": {k: old.get(k) for k in ("backend", "model", "git_revision", "prompt_hash")},
            "new": {k: new.get(k) for k in ("backend", "model", "git_revision", "prompt_hash")}}


def _change_kind(o: Optional[Item], n: Optional[Item]) -> Optional[str]:
    if n is None:  # a spurious record that went away, or a gold record no longer scored
        assert o is not None  # keys come from the union of both sides
        return "fixed" if o["status"] != "pass" else None
    if o is None:
        return "regressed" if n["status"] != "pass" else None
    ro, rn = _RANK[o["status"]], _RANK[n["status"]]
    if rn != ro:
        return "fixed" if rn > ro else "regressed"
    return "still_failing" if rn < 2 else None


def worse(diff: Results) -> bool:
    """Did any metric in a `compare` result move the wrong way?"""
    for name, d in diff["metrics"].items():
        if d["delta"] is not None and ((d["delta"] > 0) if lower_is_better(name) else (d["delta"] < 0)):
            return True
    return False


def _change(key: str, o: Optional[Item], n: Optional[Item]) -> dict[str, str]:
    def brief(i: Optional[Item]) -> str:
        if i is None:
            return "absent"
        wrong = [k for k, v in i.get("fields", {}).items() if v is not None and v < 1 and k != "evidence_iou"]
        verdict: str = i["verdict"]
        return verdict + (f" (wrong: {', '.join(wrong)})" if wrong else "")
    return {"key": key, "old": brief(o), "new": brief(n)}
