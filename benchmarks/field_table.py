"""Per-field slot scores of two backends side by side (issue 13 item 4: what the local model changes).

    .venv/bin/python benchmarks/field_table.py [--backends rules,local] [--sets seeds,heldout,controls]
                                               [--save DIR | --load DIR] [--markdown]

Every set is extracted with every backend (no cache), aligned to gold with the eval harness's
strict matching, and each field is scored as a slot: on a strictly matched pair a value equal to
gold is a TP, a wrong value is one FP and one FN, a value only gold has is a FN, a value only the
prediction has is a FP; every field of an unmatched prediction is a FP and every field of an
unmatched (required) gold record a FN. Optional gold records and their matches are left out.
The `records` rows count whole records the same way. `--save DIR` keeps the Extractions as JSONL
(`<backend>-<set>.jsonl`) so `--load DIR` can re-score them without running a model.

Only the in-sample sets are listed (`evals/blind/` is measured at integration, never here).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Optional

from common import REPO, add_repo_to_path, console, print_header, print_table

SETS = {"seeds": "evals/gold", "heldout": "evals/heldout/gold", "controls": "evals/controls/gold"}


def _count(rec: Any, name: str) -> Optional[int]:
    c = getattr(rec, name, None)
    return None if c is None else c.value


def _weapon(rec: Any, name: str) -> Optional[tuple]:
    vals = sorted((w.type.value, getattr(w, name).value) for w in rec.weapons if getattr(w, name) is not None)
    return tuple(vals) or None


def _fields() -> dict[str, dict[str, Callable[[Any], Any]]]:
    """field -> getter (None when the record does not state it); equality is decided by `_same`."""
    return {
        "attack": {
            "place": lambda r: r.locations or None,
            "date": lambda r: r.date if r.date and (r.date.start or r.date.end) else None,
            "attacker": lambda r: r.attacker or None,
            "weapons.launched": lambda r: _weapon(r, "launched"),
            "weapons.intercepted": lambda r: _weapon(r, "intercepted"),
            "killed": lambda r: _count(r, "killed"),
            "injured": lambda r: _count(r, "injured"),
            "kind": lambda r: r.kind.value,
        },
        "diplomacy": {
            "kind": lambda r: r.kind.value,
            "status": lambda r: r.status.value,
            "participants": lambda r: r.participants or None,
        },
    }


def _same(rtype: str, name: str, g: Any, p: Any) -> bool:
    from summariser.evaluate.fields import date_within_day, set_f1
    from summariser.evaluate.similarity import norm_actor, norm_place, participants

    if name == "place":
        return set_f1((norm_place(x.name) for x in g), (norm_place(x.name) for x in p)) == 1.0
    if name == "date":
        return bool(date_within_day(g, p))
    if name == "attacker":
        return norm_actor(g) == norm_actor(p)
    if name == "participants":
        return False  # decided on the records below (participants() normalises the whole record)
    return bool(g == p)


def score(golds: list, preds: list) -> Counter:
    """(type, field, tp|fp|fn) tallies over a set, strict alignment."""
    from summariser.evaluate.scores import score_article
    from summariser.evaluate.similarity import participants

    out: Counter = Counter()
    getters = _fields()
    for g, p in zip(golds, preds):
        s = score_article(g, p)
        for rtype, fields in getters.items():
            a = s.alignments[rtype]
            grecs, precs = g.records(rtype), s.pred_records(rtype)
            out[(rtype, "records", "tp")] += a.tp
            out[(rtype, "records", "fp")] += a.fp
            out[(rtype, "records", "fn")] += a.fn
            pairs = [(grecs[m.gold], precs[m.pred]) for m in a.matches if m.gold not in a.optional]
            pairs += [(None, precs[j]) for j in a.unmatched_pred]
            pairs += [(grecs[i], None) for i in a.unmatched_gold if i not in a.optional]
            for gr, pr in pairs:
                for name, get in fields.items():
                    gv = get(gr) if gr is not None else None
                    pv = get(pr) if pr is not None else None
                    if gv is None and pv is None:
                        continue
                    if gv is not None and pv is not None:
                        same = (set(participants(gr)) == set(participants(pr)) if name == "participants"
                                else _same(rtype, name, gv, pv))
                        out[(rtype, name, "tp" if same else "fp")] += 1
                        if not same:
                            out[(rtype, name, "fn")] += 1
                    else:
                        out[(rtype, name, "fn" if pv is None else "fp")] += 1
    return out


def extract_all(backend: str, golds: list) -> tuple[list, float]:
    from summariser import load_config
    from summariser.pipeline import Extractor

    ex = Extractor(load_config(backend=backend, use_cache=False))
    t0 = time.perf_counter()
    preds = []
    for g in golds:
        try:
            preds.append(ex.extract(g.article))
        except Exception as exc:  # noqa: BLE001 - a failed article scores as empty, and is said
            console().print(f"[red]{backend} failed on {g.stem}[/red]: {exc}")
            preds.append(None)
    return preds, time.perf_counter() - t0


def _load_preds(path: Path, golds: list) -> list:
    from summariser.evaluate.runner import read_records

    by_id = read_records(path)
    return [by_id.get(g.article.id) for g in golds]


def _f1(c: Counter, key: tuple) -> str:
    tp, fp, fn = c[key + ("tp",)], c[key + ("fp",)], c[key + ("fn",)]
    if not tp + fp + fn:
        return "0/0/0"
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"{tp}/{fp}/{fn} ({2 * p * r / (p + r) if p + r else 0.0:.2f})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backends", default="rules,local")
    ap.add_argument("--sets", default="seeds,heldout,controls")
    ap.add_argument("--save", type=Path, help="write each backend's Extractions here as JSONL")
    ap.add_argument("--load", type=Path, help="score Extractions saved with --save; runs no backend")
    ap.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    args = ap.parse_args()
    add_repo_to_path()
    from summariser.evaluate.gold import load_gold

    print_header("field_table: per-field TP/FP/FN, strict matching")
    backends, sets = args.backends.split(","), args.sets.split(",")
    tallies: dict[tuple[str, str], Counter] = {}
    for name in sets:
        if "blind" in name or "blind" in SETS.get(name, name):
            raise SystemExit("the blind set is measured at integration only")
        golds = load_gold(REPO / SETS.get(name, name))
        for b in backends:
            if args.load:
                preds = _load_preds(args.load / f"{b}-{name}.jsonl", golds)
            else:
                preds, wall = extract_all(b, golds)
                console().print(f"{b} on {name}: {len(golds)} articles, {wall / len(golds):.2f} s per article")
                if args.save:
                    args.save.mkdir(parents=True, exist_ok=True)
                    with (args.save / f"{b}-{name}.jsonl").open("w", encoding="utf-8") as fh:
                        for p in preds:
                            if p is not None:
                                fh.write(p.model_dump_json() + "\n")
            tallies[(b, name)] = score(golds, preds)
    keys = sorted({k[:2] for c in tallies.values() for k in c}, key=lambda k: (k[0], k[1] != "records", k[1]))
    cols = [f"{b} {s}" for s in sets for b in backends]
    rows = [[f"{t} {f}", *[_f1(tallies[(b, s)], (t, f)) for s in sets for b in backends]] for t, f in keys]
    print_table("TP/FP/FN (F1) per field, strict matching", ["field", *cols], rows)
    if args.markdown:
        print("| field | " + " | ".join(cols) + " |")
        print("|---|" + "---|" * len(cols))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
