"""Grounding: nothing a backend says is accepted unless the cleaned article text supports it,
and every value records why (`records.Support`: stated, implied, inferred).

Every evidence span must reproduce the text (exact, normalised, elided or fuzzy: `align`); every
count must be a number the article states, in or next to the record's evidence, beside a cue that
fits the field ("killed five" grounds killed=5, "17 drones" never does), or a counted noun phrase
or an explicit nil (`counts`); places must be named in the text, participants named directly or
through their leader or capital (`names`); free text may state nothing the article does not
(`free_text`). Sentences that address a model ("ignore previous instructions ...") and reader
comments are blanked before anything is read, so injected text can ground nothing. See
docs/grounding.md.

The article is analysed once (sentences, number mentions and the cue each number sits beside)
and cached by its text, so grounding a record costs a few dictionary look-ups.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, Sequence, TypeVar

from pydantic import ValidationError

from ..records import Attack, Count, Diplomacy, DiplomacyKind, Origin, Qualifier, Rejection, Span, Support
from . import free_text
from .align import _realign, align
from .context import Window, _Context, _in_blocked, instruction_like_sentences
# `_context` is re-exported ("as" says so to type checkers) for the LLM drafts and for tests that
# inspect its cache (`grounding._context.cache_info()`).
from .context import _context as _context
from .people import family_counts
from .counts import CountHit, _count_items, _problem, _windows, count_support, evidence_windows, ground_count
from .hit_counts import drop_hits_under_totals
from .names import ground_actor, ground_name, ground_place, place_from_context

if TYPE_CHECKING:
    import datetime as dt

    from ..articles import Article
    from ..backends.base import BackendResult

# A record as `model_dump()` gives it: grounding edits these dicts, then validates them again.
RecordData = dict[str, Any]
# Where each field's value came from, as `Attack.sources` dumps it (field path -> Origin).
Sources = dict[str, Origin]
_Rec = TypeVar("_Rec", Attack, Diplomacy)

__all__ = [
    "align", "ground_count", "ground_place", "ground_name", "place_from_context", "family_counts", "instruction_like_sentences",
    "check_numbers", "evidence_windows", "enforce", "count_support", "count_problem", "ground_actor", "CountHit",
]


def count_problem(path: str, value: int, text: str) -> str:
    """Why `value` cannot be read for the count at `path`, phrased for a re-ask."""
    return _problem(path, value, _context(text))


def check_numbers(record: Attack | RecordData, text: str, window: Window | Sequence[Window] | None = None) -> list[str]:
    """Problems with a record's numbers, phrased for an LLM re-ask; [] when all are grounded.

    `window` defaults to the record's evidence windows (the whole text when it has none).
    """
    data = record.model_dump(warnings=False) if isinstance(record, Attack) else dict(record)
    ctx = _context(text)
    if window is None:  # noqa: SIM108
        spans = [s for s in (_realign(sp, text) for sp in data.get("evidence") or [])
                 if s and not _in_blocked(s, ctx)]
        windows = evidence_windows(spans, text) or [(0, len(text))]
    else:
        windows = _windows(window)
    problems = []
    for path, raw in _count_items(data):
        value = raw.get("value") if isinstance(raw, dict) else getattr(raw, "value", raw)
        if isinstance(value, int) and not count_support(value, path, text, windows):
            problems.append(_problem(path, value, ctx))
    return problems


# --------------------------------------------------------------------------- enforce

_UNDER_TOTAL = ("weapons counted by their hit under a larger figure for the same wave are hits, "
                "not a launch (codebook 9)")


def enforce(result: BackendResult, article: Article) -> BackendResult:
    """Keep only what the article supports; every removal is recorded in result.rejected."""
    text = article.text
    ctx = replace(_context(text), title=article.title or "")
    attacks = _enforce_all("attacks", result.attacks, ctx, result, article.published)
    for path, count in drop_hits_under_totals(attacks, text):  # "five missiles hit X" under "fired 40" (r15)
        result.rejected.append(Rejection(field=path, value=str(count.value), reason=_UNDER_TOTAL))
    diplomacy = _enforce_all("diplomacy", result.diplomacy, ctx, result, article.published)
    result.attacks, result.diplomacy = attacks, diplomacy
    result.summary = _summary(result, text, ctx.title)
    return result


def _enforce_all(kind: str, records: list[_Rec], ctx: _Context, result: BackendResult,
                 published: dt.date | None) -> list[_Rec]:
    """The records of one kind that survive grounding, in order."""
    kept: list[_Rec] = []
    for i, rec in enumerate(records):
        grounded = _enforce_record(rec, f"{kind}[{i}]", ctx, result, published)
        if grounded is not None:
            kept.append(grounded)
    return kept


def _record_days(result: BackendResult) -> set[dt.date]:
    """The first and last day of each grounded record's date (a night's two days)."""
    spans = [a.date for a in result.attacks if a.date is not None] + [d.date for d in result.diplomacy if d.date is not None]
    return {d for span in spans for d in (span.start, span.end) if d is not None}


def _summary(result: BackendResult, text: str, title: str = "") -> str:
    """The summary's supported sentences; the article's first sentences when none is left."""
    if not result.summary:
        return result.summary
    kept, dropped = free_text.check(result.summary, text, _record_days(result), title)
    for piece, reason in dropped:
        result.rejected.append(Rejection(field="summary", value=piece[:200], reason=reason))
    if not kept:
        kept = free_text.extractive_summary(text)
        result.warnings.append("summary: no sentence was supported by the article; using its first sentences")
    return kept


def _origin(sources: Sources, path: str) -> Origin:
    for key in (path, path.split("[")[0], path.rsplit(".", 1)[-1]):
        if key in sources:
            try:
                return Origin(sources[key])
            except ValueError:
                break
    return Origin.llm


def _reject(result: BackendResult, path: str, value: object, reason: str, sources: Sources) -> None:
    result.rejected.append(Rejection(field=path, value=str(value)[:200], reason=reason, origin=_origin(sources, path)))


def _enforce_record(rec: _Rec, where: str, ctx: _Context, result: BackendResult,
                    published: dt.date | None = None) -> _Rec | None:
    model = type(rec)
    data = rec.model_dump(warnings=False)
    sources: Sources = data.get("sources") or {}
    data["evidence"] = _ground_evidence(data.get("evidence") or [], where, ctx, result, sources)
    if not data["evidence"]:
        _reject(result, where, _describe(data), "no evidence span aligns to the article text "
                "(outside instruction-like sentences)", sources)
        return None
    windows = evidence_windows([Span(**s) for s in data["evidence"]], ctx.text)
    support = data.setdefault("support", {})
    if model is Attack:
        _ground_counts(data, where, ctx, windows, result, sources)
        _ground_places(data, "locations", where, ctx, result, sources, windows)
        for name in ("attacker", "target_country"):
            if data.get(name):  # the rules may name the war's other side without the text saying it
                found = ground_actor(data[name], ctx.text, published)
                data[name] = found[0] if found else data[name]
                support.setdefault(name, Support(found[1]) if found else Support.inferred)
        _consistency(data, where, result, sources)
        for j, w in enumerate(data.get("weapons") or []):  # the backends keep these only as written
            if w.get("model"):
                support.setdefault(f"weapons[{j}].model", Support.stated)
        for name in ("damage", "reported_by"):
            for j in range(len(data.get(name) or [])):
                support.setdefault(f"{name}[{j}]", Support.stated)
    else:
        kept: list[str] = []
        spans = [Span(**e) for e in data["evidence"]]
        for j, name in enumerate(data.get("participants") or []):
            found = ground_actor(name, ctx.text, published) or _hosted(name, ctx.text, spans, data.get("kind"))
            if found is None:
                _reject(result, f"{where}.participants[{j}]", name, "participant not named in the article", sources)
            elif found[0] not in kept:
                support.setdefault(f"participants[{len(kept)}]", Support(found[1]))
                kept.append(found[0])
        data["participants"] = kept
        _ground_places(data, "location", where, ctx, result, sources)
    _complete_date(data, published)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        _reject(result, where, _describe(data), f"record invalid after grounding: {exc.errors()[0]['msg']}", sources)
        return None


def _hosted(name: str, text: str, spans: list[Span], kind: DiplomacyKind | str | None) -> tuple[str, str] | None:
    """The state of a venue in the record's own sentences ("talks in Istanbul": Turkey), or a swap's
    other warring side, as the LLM path grounds them (`hosts.implied_participant`, CODEBOOK rule
    15), support `inferred`."""
    from .hosts import implied_participant

    host = implied_participant(name, text, spans, kind)
    return (host, Support.inferred.value) if host else None


def _ground_places(data: RecordData, key: str, where: str, ctx: _Context, result: BackendResult,
                   sources: Sources, windows: Sequence[tuple[int, int]] = ()) -> None:
    """Keep the places the text names, completed from the gazetteer where a backend left gaps, and a
    country its scope words tell ("across the country" in a letter from Lviv: `scope_country`)."""
    from .complete import resolve_location
    from .scope_country import country_by_scope

    single = key == "location"
    locs = ([data[key]] if data.get(key) else []) if single else list(data.get(key) or [])
    kept: list[dict[str, Any]] = []
    for j, loc in enumerate(locs):
        if not ground_place(loc["name"], ctx.text) and not ground_place(loc["name"], ctx.title) \
                and not (loc.get("level") == "country" and country_by_scope(loc.get("country"), ctx.text, windows)):
            _reject(result, f"{where}.{key}" + ("" if single else f"[{j}]"), loc["name"], "place not named in the article", sources)
            continue
        if not loc.get("country"):
            found, known = resolve_location(loc["name"])
            if known:
                loc = {**loc, "name": found.name, "admin1": found.admin1, "country": found.country,
                       "level": found.level}
        data["support"].setdefault(key if single else f"{key}[{len(kept)}]", Support.stated)
        kept.append(loc)
    data[key] = (kept[0] if kept else None) if single else kept


def _complete_date(data: RecordData, published: dt.date | None) -> None:
    from .complete import resolve_when

    date = data.get("date")
    if date and date.get("text") and date.get("start") is None and published is not None:
        diplomacy = "participants" in data
        planned = diplomacy and str(getattr(data.get("status"), "value", data.get("status"))) == "planned"
        data["date"] = resolve_when(date["text"], published, planned=planned, diplomacy=diplomacy).model_dump()
    if data.get("date"):
        data["support"].setdefault("date", Support.stated)




def _ground_evidence(spans: list[dict[str, Any]], where: str, ctx: _Context, result: BackendResult,
                     sources: Sources) -> list[dict[str, Any]]:
    kept: list[dict[str, Any]] = []
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


def _ground_counts(data: RecordData, where: str, ctx: _Context, windows: list[Window], result: BackendResult,
                   sources: Sources) -> None:
    for path, raw in _count_items(data):
        holder, key = _holder(data, path)
        count = Count.model_validate(raw) if isinstance(raw, dict) else Count(value=int(raw))
        near = count.evidence.start if count.evidence and ctx.text[count.evidence.start:count.evidence.end] == count.evidence.text else None
        hits = [h for h in count_support(count.value, path, ctx.text, windows) if not _in_blocked(h, ctx)]
        if not hits:
            _reject(result, f"{where}.{path}", count.value, _problem(path, count.value, ctx), sources)
            holder[key] = None
            sources.pop(path, None)
            continue
        m = min(hits, key=lambda h: (h.qualifier != count.qualifier, abs(h.start - near) if near is not None else 0, h.start))
        if m.qualifier != count.qualifier:
            result.warnings.append(f"{where}.{path}: qualifier corrected from {count.qualifier.value} to "
                                   f"{m.qualifier.value} as the text says {m.text!r}")
        holder[key] = {"value": count.value, "qualifier": m.qualifier, "support": m.support,
                       "evidence": {"text": m.text, "start": m.start, "end": m.end}}


def _holder(data: RecordData, path: str) -> tuple[dict[str, Any], str]:
    if "." not in path:
        return data, path
    head, key = path.split(".")
    return data["weapons"][int(head[len("weapons["):-1])], key


def _consistency(data: RecordData, where: str, result: BackendResult, sources: Sources) -> None:
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


def _describe(data: RecordData) -> str:
    names = ", ".join(loc["name"] for loc in data.get("locations") or []) or ", ".join(data.get("participants") or [])
    ev = (data.get("evidence") or [{}])[0].get("text", "") if data.get("evidence") else ""
    return (names or data.get("description") or ev or "record")[:200]
