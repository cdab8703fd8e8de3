"""Counts: a count must be a number the article states, in or next to the record's evidence,
beside a cue that fits the field ("killed five" grounds killed=5, "17 drones" never does)."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from ..numbers import NumberMention
from ..records import Qualifier, Span
from ..sentences import sentence_at
from .context import Window, _Context, _context

# Which cue role a count field needs.
FIELD_ROLE = {
    "killed": "killed", "children_killed": "killed",
    "injured": "injured", "children_injured": "injured",
    "launched": "launched", "intercepted": "intercepted",
}
CUE_WORDS = {
    "killed": "killed/dead/died",
    "injured": "injured/wounded/hurt",
    "launched": "launched/fired",
    "intercepted": "shot down/intercepted/destroyed",
}


def evidence_windows(spans: Iterable[Span], text: str) -> list[Window]:
    """Character windows covering each evidence span's sentence(s) plus one neighbour each side."""
    sents = _context(text).sentences
    if not sents:
        return []
    out: list[Window] = []
    for sp in spans:
        a = max(0, sentence_at(list(sents), sp.start) - 1)
        b = min(len(sents) - 1, sentence_at(list(sents), max(sp.start, sp.end - 1)) + 1)
        out.append((sents[a].start, sents[b].end))
    out.sort()
    merged: list[Window] = []
    for w in out:
        if merged and w[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], w[1]))
        else:
            merged.append(w)
    return merged


def ground_count(value: int, field: str, text: str, window: Window | Sequence[Window], *,
                 qualifier: Qualifier | None = None, near: int | None = None) -> NumberMention | None:
    """The mention that states `value` beside a cue fitting `field` inside `window`, or None.

    `field` may be a path ("weapons[0].launched"). When several mentions fit, the one with
    `qualifier` wins, then the one nearest `near`, then the first in the text.
    """
    hits = _candidates(value, field, _context(text), _windows(window))
    if not hits:
        return None
    return min(hits, key=lambda m: (qualifier is not None and m.qualifier != qualifier,
                                    abs(m.start - near) if near is not None else 0, m.start))


def _windows(window: Window | Sequence[Window]) -> list[Window]:
    if len(window) == 2 and all(isinstance(x, int) for x in window):
        return [tuple(window)]  # type: ignore[list-item]
    return [tuple(w) for w in window]  # type: ignore[misc]


def _candidates(value: int, field: str, ctx: _Context, windows: list[Window]) -> list[NumberMention]:
    base = field.rsplit(".", 1)[-1]
    role = FIELD_ROLE.get(base)
    if role is None:
        return []
    return [x.m for x in ctx.mentions
            if x.m.value == value and x.role == role and (x.child or not base.startswith("children_"))
            and any(a <= x.m.start and x.m.end <= b for a, b in windows)]


def _problem(path: str, value: int, ctx: _Context) -> str:
    base = path.rsplit(".", 1)[-1]
    if not any(x.m.value == value for x in ctx.mentions):
        return (f"{path}={value}: the article never states {value} (as digits or words); "
                f"use a number the article gives or leave {base} null")
    extra = " and a child/children word" if base.startswith("children_") else ""
    cue = CUE_WORDS[FIELD_ROLE[base]]
    return (f"{path}={value} does not appear next to a {cue} cue{extra} in the evidence; "
            f"use the number the article gives for {base} or leave it null")


def _count_items(data: dict) -> list[tuple[str, Any]]:
    items = [(name, data.get(name)) for name in FIELD_ROLE if name not in ("launched", "intercepted")]
    for i, w in enumerate(data.get("weapons") or []):
        if isinstance(w, dict):
            items += [(f"weapons[{i}].{name}", w.get(name)) for name in ("launched", "intercepted")]
    return [(p, v) for p, v in items if v is not None]
