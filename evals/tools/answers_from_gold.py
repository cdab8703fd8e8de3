"""Write a set's ideal answers (`evals/answers/ideal/<stem>.json`) from its located gold.

The ideal answer is what a perfect model returns (`ArticleDraft`, see evals/answers/README.md):
every gold record including the optional ones, places as the article writes them, `when` as the
gold's date words, counts as numbers, evidence as gold's quotes. What the answer convention adds
to gold is the set's own data, passed in by its `tools/make_answers.py`: the summaries, the
explicit nils ("No one was hurt" -> killed 0 / injured 0), the place forms where a bare name would
be another place ("Kyiv region" for the region), and the records whose `when` stays null (their
only date words are a post's timestamp). Shared by dev6, dev7 and dev8.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IDEAL = ROOT / "evals" / "answers" / "ideal"
COUNTS = ("killed", "injured", "children_killed", "children_injured")


@dataclass
class Convention:
    """What a set's answers add to its gold, keyed by article stem (and record index)."""

    summary: dict[str, str]
    place_form: dict[tuple, str] = field(default_factory=dict)  # (stem, record, name) or (stem, name)
    nils: dict[tuple[str, int], dict[str, int]] = field(default_factory=dict)
    null_when: set[tuple[str, int]] = field(default_factory=set)
    # a record whose own sentences do not name its place quotes the sentence that does
    place_quote: dict[tuple[str, int], str] = field(default_factory=dict)
    # intercepted 0 for "none of the missiles were intercepted": (stem, record, weapon)
    nil_intercepted: set[tuple[str, int, int]] = field(default_factory=set)

    def place(self, stem: str, i: int, name: str) -> str:
        return self.place_form.get((stem, i, name)) or self.place_form.get((stem, name), name)


def weapon(w: dict) -> dict:
    out = {"type": w["type"]}
    if w.get("model"):
        out["model"] = w["model"]
    for name in ("launched", "intercepted"):
        if w.get(name):
            out[name] = w[name]["value"]
    return out


def attack(stem: str, i: int, rec: dict, conv: Convention) -> dict:
    when = rec["date"]["text"] if rec.get("date") and (stem, i) not in conv.null_when else None
    out = {"attacker": rec["attacker"], "target_country": rec["target_country"], "kind": rec["kind"],
           "places": [conv.place(stem, i, p["name"]) for p in rec["locations"]],
           "when": when, "weapons": [weapon(w) for w in rec["weapons"]]}
    for j, entry in enumerate(out["weapons"]):
        if (stem, i, j) in conv.nil_intercepted:
            entry["intercepted"] = 0
    for name in COUNTS:
        if rec.get(name):
            out[name] = rec[name]["value"]
    out.update(conv.nils.get((stem, i), {}))
    for name in ("damage", "reported_by"):
        if rec.get(name):
            out[name] = rec[name]
    out["evidence"] = [q["text"] for q in rec["evidence"]]
    if (stem, i) in conv.place_quote:
        out["evidence"].insert(0, conv.place_quote[(stem, i)])
    return out


def diplomacy(rec: dict) -> dict:
    out = {"kind": rec["kind"], "participants": rec["participants"]}
    if rec.get("location"):
        out["place"] = rec["location"]["name"]
    out["when"] = rec["date"]["text"] if rec.get("date") else None
    out.update(status=rec["status"], description=rec["description"],
               evidence=[q["text"] for q in rec["evidence"]])
    return out


def write_answers(set_name: str, stems, conv: Convention) -> None:
    """One answer per article of `evals/<set_name>/gold/` (the located gold: its quotes are the cleaned text's)."""
    for stem in stems:
        body = json.loads((ROOT / "evals" / set_name / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        draft = {"summary": conv.summary[stem],
                 "attacks": [attack(stem, i, r, conv) for i, r in enumerate(body["attacks"])],
                 "diplomacy": [diplomacy(r) for r in body["diplomacy"]]}
        (IDEAL / f"{stem}.json").write_text(json.dumps(draft, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", stem)
