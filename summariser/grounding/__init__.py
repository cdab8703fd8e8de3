"""Grounding: nothing a backend says is accepted unless the cleaned article text supports it.

Every evidence span must reproduce the text (exact, then case/space/quote-insensitive, then a
fuzzy difflib alignment for small paraphrases, as langextract does); every count must be a number
the article states, in or next to the record's evidence, beside a cue that fits the field
("killed five" grounds killed=5, "17 drones" never does); places and participants must be named
in the text. Sentences that address a model ("ignore previous instructions ...") are blanked
before anything is read, so injected text can ground nothing.

The article is analysed once (sentences, number mentions and the cue each number sits beside)
and cached by its text, so grounding a record costs a few dictionary look-ups.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from pydantic import ValidationError

from ..records import Attack, Count, Diplomacy, Origin, Qualifier, Rejection, Span
from .align import _realign, align
# `_context` is re-exported for tests that inspect its cache (`grounding._context.cache_info()`).
from .context import Window, _Context, _context, _in_blocked, instruction_like_sentences
from .counts import CUE_WORDS, FIELD_ROLE, _candidates, _count_items, _problem, _windows, evidence_windows, ground_count
from .names import ground_name, ground_place

if TYPE_CHECKING:
    from ..articles import Article
    from ..backends.base import BackendResult

__all__ = [
    "align", "ground_count", "ground_place", "ground_name", "instruction_like_sentences",
    "check_numbers", "evidence_windows", "enforce",
]


def check_numbers(record: Attack | dict, text: str, window: Window | Sequence[Window] | None = None) -> list[str]:
    """Problems with a record's numbers, phrased for an LLM re-ask; [] when all are grounded.

    `window` defaults to the record's evidence windows (the whole text when it has none).
    """
    data = record.model_dump(warnings=False) if isinstance(record, Attack) else dict(record)
    ctx = _context(text)
    if window is None:
        spans = [s for s in (_realign(sp, text) for sp in data.get("evidence") or [])
                 if s and not _in_blocked(s, ctx)]
        windows = evidence_windows(spans, text) or [(0, len(text))]
    else:
        windows = _windows(window)
    problems = []
    for path, raw in _count_items(data):
        value = raw.get("value") if isinstance(raw, dict) else getattr(raw, "value", raw)
        if isinstance(value, int) and not _candidates(value, path, ctx, windows):
            problems.append(_problem(path, value, ctx))
    return problems


# --------------------------------------------------------------------------- enforce


def enforce(result: "BackendResult", article: "Article") -> "BackendResult":
    """Keep only what the article supports; every removal is recorded in result.rejected."""
    text = article.text
    ctx = _context(text)
    attacks, diplomacy = [], []
    for kind, records, keep in (("attacks", result.attacks, attacks), ("diplomacy", result.diplomacy, diplomacy)):
        for i, rec in enumerate(records):
            grounded = _enforce_record(rec, f"{kind}[{i}]", ctx, result)
            if grounded is not None:
                keep.append(grounded)
    result.attacks, result.diplomacy = attacks, diplomacy
    return result


def _origin(sources: dict, path: str) -> Origin:
    for key in (path, path.split("[")[0], path.rsplit(".", 1)[-1]):
        if key in sources:
            try:
                return Origin(sources[key])
            except ValueError:
                break
    return Origin.llm


def _reject(result, path: str, value: Any, reason: str, sources: dict) -> None:
    result.rejected.append(Rejection(field=path, value=str(value)[:200], reason=reason, origin=_origin(sources, path)))


def _enforce_record(rec: Attack | Diplomacy, where: str, ctx: _Context, result) -> Attack | Diplomacy | None:
    model = type(rec)
    data = rec.model_dump(warnings=False)
    sources = data.get("sources") or {}
    data["evidence"] = _ground_evidence(data.get("evidence") or [], where, ctx, result, sources)
    if not data["evidence"]:
        _reject(result, where, _describe(data), "no evidence span aligns to the article text "
                "(outside instruction-like sentences)", sources)
        return None
    windows = evidence_windows([Span(**s) for s in data["evidence"]], ctx.text)
    if model is Attack:
        _ground_counts(data, where, ctx, windows, result, sources)
        kept = []
        for j, loc in enumerate(data.get("locations") or []):
            if ground_place(loc["name"], ctx.text):
                kept.append(loc)
            else:
                _reject(result, f"{where}.locations[{j}]", loc["name"], "place not named in the article", sources)
        data["locations"] = kept
        _consistency(data, where, result, sources)
    else:
        kept = []
        for j, name in enumerate(data.get("participants") or []):
            if ground_name(name, ctx.text):
                kept.append(name)
            else:
                _reject(result, f"{where}.participants[{j}]", name, "participant not named in the article", sources)
        data["participants"] = kept
        loc = data.get("location")
        if loc and not ground_place(loc["name"], ctx.text):
            _reject(result, f"{where}.location", loc["name"], "place not named in the article", sources)
            data["location"] = None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        _reject(result, where, _describe(data), f"record invalid after grounding: {exc.errors()[0]['msg']}", sources)
        return None


def _ground_evidence(spans: list, where: str, ctx: _Context, result, sources: dict) -> list[dict]:
    kept: list[dict] = []
    for j, sp in enumerate(spans):
        fixed = _realign(sp, ctx.text)
        quote = sp.get("text") if isinstance(sp, dict) else None
        if fixed is None:
            _reject(result, f"{where}.evidence[{j}]", quote, "evidence does not align to the article text", sources)
            continue
        if _in_blocked(fixed, ctx):
            _reject(result, f"{where}.evidence[{j}]", quote, "evidence lies in an instruction-like sentence", sources)
            continue
        if (fixed.start, fixed.end) != (sp.get("start"), sp.get("end")):
            result.warnings.append(f"{where}.evidence[{j}]: re-aligned to [{fixed.start}, {fixed.end})")
        d = fixed.model_dump()
        if d not in kept:
            kept.append(d)
    return kept


def _ground_counts(data: dict, where: str, ctx: _Context, windows: list[Window], result, sources: dict) -> None:
    for path, raw in _count_items(data):
        holder, key = _holder(data, path)
        count = Count.model_validate(raw) if isinstance(raw, dict) else Count(value=int(raw))
        near = count.evidence.start if count.evidence and ctx.text[count.evidence.start:count.evidence.end] == count.evidence.text else None
        hits = _candidates(count.value, path, ctx, windows)
        if not hits:
            _reject(result, f"{where}.{path}", count.value, _problem(path, count.value, ctx), sources)
            holder[key] = None
            sources.pop(path, None)
            continue
        m = min(hits, key=lambda h: (h.qualifier != count.qualifier, abs(h.start - near) if near is not None else 0, h.start))
        if m.qualifier != count.qualifier:
            result.warnings.append(f"{where}.{path}: qualifier corrected from {count.qualifier.value} to "
                                   f"{m.qualifier.value} as the text says {m.text!r}")
        holder[key] = {"value": count.value, "qualifier": m.qualifier,
                       "evidence": {"text": m.text, "start": m.start, "end": m.end}}


def _holder(data: dict, path: str) -> tuple[dict, str]:
    if "." not in path:
        return data, path
    head, key = path.split(".")
    return data["weapons"][int(head[len("weapons["):-1])], key


def _consistency(data: dict, where: str, result, sources: dict) -> None:
    """Drop the value that breaks a model invariant rather than losing the whole record."""
    for i, w in enumerate(data.get("weapons") or []):
        la, ic = w.get("launched"), w.get("intercepted")
        if la and ic and ic["value"] > la["value"]:
            path = f"weapons[{i}].intercepted"
            _reject(result, f"{where}.{path}", ic["value"], f"intercepted exceeds launched ({la['value']})", sources)
            w["intercepted"] = None
            sources.pop(path, None)
    for part, whole in (("children_killed", "killed"), ("children_injured", "injured")):
        p, t = data.get(part), data.get(whole)
        if p and t and p["value"] > t["value"] and Qualifier(t["qualifier"]) is Qualifier.exact:
            _reject(result, f"{where}.{part}", p["value"], f"{part} exceeds {whole} ({t['value']})", sources)
            data[part] = None
            sources.pop(part, None)


def _describe(data: dict) -> str:
    names = ", ".join(loc["name"] for loc in data.get("locations") or []) or ", ".join(data.get("participants") or [])
    ev = (data.get("evidence") or [{}])[0].get("text", "") if data.get("evidence") else ""
    return (names or data.get("description") or ev or "record")[:200]
