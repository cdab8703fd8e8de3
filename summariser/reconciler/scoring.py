"""Pair scoring, Fellegi–Sunter style: each feature adds a fixed weight (`settings.WEIGHTS`); some
features are hard conflicts that forbid a merge outright.

`score_pair` notes every feature for `--explain`; `score` is the same arithmetic inlined without
the notes (the millions of pairs of an archive), and `score_pair` without notes is `score`."""

from __future__ import annotations

from typing import Optional


from .recs import Rec
from .settings import MAX_SPAN_DAYS, UNDATED_PUB_DAYS, WEIGHTS


_RELATED_KINDS = {frozenset(("drone_and_missile", "air_drone_strike")),
                  frozenset(("drone_and_missile", "missile_strike"))}
_SOFT_KINDS = {frozenset(("air_drone_strike", "missile_strike")), frozenset(("glide_bomb", "missile_strike")),
               frozenset(("glide_bomb", "air_drone_strike")), frozenset(("glide_bomb", "drone_and_missile"))}
_MEETINGS = {"talks", "summit", "meeting", "visit"}
_NEUTRAL_DIPLOMACY = {"other", "statement"}


Feats = Optional[list[tuple[str, float]]]  # explain: every feature as (name, weight), or None


def _note(feats: Feats, name: str, weight: float) -> None:
    if feats is not None:
        feats.append((name, weight))


def _agree(feats: Feats, same: bool, weight: str, same_note: str, conflict: str) -> bool:
    """Note a value both records give: its weight when they agree, a conflict when not."""
    if same:
        _note(feats, same_note, WEIGHTS[weight])
    else:
        _note(feats, f"conflict: {conflict}", 0.0)
    return same


def score_pair(a: Rec, b: Rec, feats: Feats = None) -> Optional[float]:
    """The match score of two records, or None when a hard conflict forbids the merge.

    With `feats` (a list), every feature is appended as (name, weight), conflicts as
    ("conflict: why", 0.0), and scoring goes on past a conflict so the explain view can
    show how close the pair came; the return value is still None for a conflict. Without
    `feats` this is `score(a, b)`, the same arithmetic without the notes.
    """
    if feats is None:
        return score(a, b)
    if a.typ != b.typ:
        return None
    conflict = False
    if a.art == b.art:
        if feats is None:
            return None
        conflict = True
        _note(feats, "conflict: same article", 0.0)
    s, ok = _date_score(a, b, feats)
    if not ok:
        if feats is None:
            return None
        conflict = True
    s2, ok = (_attack_score if a.typ == "attack" else _diplomacy_score)(a, b, feats)
    if not ok:
        conflict = True
    return None if conflict else s + s2


def _night(r: Rec) -> bool:
    """An overnight record: a night range over two consecutive dates (not a week or a span)."""
    return getattr(r, "night", False)


def _date_score(a: Rec, b: Rec, feats: Feats) -> tuple[float, bool]:
    sa, ea, sb, eb = a.start, a.end, b.start, b.end  # start and end are None together (recs._span)
    if sa is None and sb is None:
        if a.pub and b.pub and abs(a.pub - b.pub) > UNDATED_PUB_DAYS:
            _note(feats, f"conflict: undated, published {abs(a.pub - b.pub)} days apart", 0.0)
            return 0.0, False
        _note(feats, "both undated", WEIGHTS["both_undated"])
        return WEIGHTS["both_undated"], True
    if sa is None or ea is None or sb is None or eb is None:
        undated, (first, last) = (a, (sb, eb)) if sa is None else (b, (sa, ea))
        if undated.pub and first is not None and last is not None and first <= undated.pub <= last + 1:
            w = WEIGHTS["undated_published_then"]
            _note(feats, "undated, published on or right after the other's date", w)
            return w, True
        _note(feats, "conflict: undated, published away from the other's date", 0.0)
        return 0.0, False
    if sa > eb or sb > ea:
        _note(feats, f"conflict: dates {abs(sa - sb)} day(s) apart", 0.0)
        return 0.0, False
    if _night(a) and _night(b) and sa != sb:
        # 27-28 and 28-29 share a calendar date but are two nights: two events, not one
        _note(feats, "conflict: two different nights", 0.0)
        return 0.0, False
    if sa == sb and ea == eb:
        name = "same day" if sa == ea else "same dates"
        if ea - sa < MAX_SPAN_DAYS:
            _note(feats, name, WEIGHTS["same_day"])
            return WEIGHTS["same_day"], True
    if a.days[0] is None or b.days[0] is None:
        _note(feats, "vague dates overlap", WEIGHTS["vague_dates"])
        return WEIGHTS["vague_dates"], True
    _note(feats, "overlapping dates", WEIGHTS["overlapping_dates"])
    return WEIGHTS["overlapping_dates"], True


def _attack_score(a: Rec, b: Rec, feats: Feats) -> tuple[float, bool]:
    s, ok = 0.0, True
    if a.cities and b.cities:
        if _crossing_lists(a.cities, b.cities):
            # two round-ups of different towns that share one ("A, B and C" vs "C, D and E") are
            # two reports of different strikes; a shorter list inside a longer one is the same
            ok = False
            _note(feats, "conflict: different lists of places", 0.0)
        elif a.cities & b.cities:
            s += WEIGHTS["same_city"]
            _note(feats, "same city", WEIGHTS["same_city"])
        else:
            ok = False
            _note(feats, "conflict: different cities", 0.0)
    elif a.admins & b.admins:
        s += WEIGHTS["city_in_region"]
        _note(feats, "city within region" if (a.cities or b.cities) else "same region", WEIGHTS["city_in_region"])
    elif not a.admins and not b.admins and not a.cities and not b.cities and a.countries & b.countries:
        s += WEIGHTS["same_country_only"]
        _note(feats, "same country, no finer place", WEIGHTS["same_country_only"])
    else:
        ok = False
        _note(feats, "conflict: no common place" if (a.blocks and b.blocks) else "conflict: place unknown", 0.0)
    if feats is None and not ok:
        return s, False
    if a.actor and b.actor:
        if _agree(feats, a.actor == b.actor, "same_attacker", "same attacker", "different attackers"):
            s += WEIGHTS["same_attacker"]
        else:
            ok = False
    if a.kind == b.kind:
        if a.kind != "other":
            s += WEIGHTS["same_kind"]
            _note(feats, "same kind", WEIGHTS["same_kind"])
    elif a.kind != "other" and b.kind != "other":
        pair = frozenset((a.kind, b.kind))
        if pair in _RELATED_KINDS:
            s += WEIGHTS["related_kind"]
            _note(feats, "related kinds", WEIGHTS["related_kind"])
        elif pair in _SOFT_KINDS:
            s += WEIGHTS["different_kind"]
            _note(feats, "different kinds", WEIGHTS["different_kind"])
        else:
            ok = False
            _note(feats, f"conflict: {a.kind} vs {b.kind}", 0.0)
    if a.weapons and b.weapons:
        w = WEIGHTS["shared_weapons"] if a.weapons & b.weapons else WEIGHTS["different_weapons"]
        s += w
        _note(feats, "shared weapons" if w > 0 else "different weapons", w)
    s += _count_score(a.killed, b.killed, "killed", feats) + _count_score(a.injured, b.injured, "injured", feats)
    s += _count_score(a.launched, b.launched, "launched", feats)
    return s, ok


def _crossing_lists(a: frozenset[str], b: frozenset[str]) -> bool:
    return len(a) > 1 and len(b) > 1 and bool(a & b) and not (a <= b or b <= a)


def _count_score(x: int, y: int, name: str, feats: Feats) -> float:
    """Agreeing counts are a weak signal only: tolls are revised and outlets round."""
    if x < 0 or y < 0:
        return 0.0
    if x == y:
        label, w = f"same {name}", WEIGHTS["same_count"]
    elif abs(x - y) <= max(2, 0.5 * max(x, y)):
        label, w = f"close {name}", WEIGHTS["close_count"]
    else:
        label, w = f"far {name}", WEIGHTS["far_count"]
    _note(feats, label, w)
    return w


def _diplomacy_score(a: Rec, b: Rec, feats: Feats) -> tuple[float, bool]:
    s, ok = 0.0, True
    if a.parts and b.parts:
        shared = len(a.parts & b.parts)
        if not shared:
            ok = False
            _note(feats, "conflict: no shared participants", 0.0)
        elif shared == len(a.parts) or shared == len(b.parts):  # one list names a subset of the other
            w = WEIGHTS["participants"] * (1 + 2 * shared / len(a.parts | b.parts)) / 3
            s += w
            _note(feats, "same participants" if len(a.parts) == len(b.parts) else "participants subset", round(w, 3))
        else:  # each names a party the other does not: US-Russia talks are not US-Ukraine talks
            w = WEIGHTS["participants_apart"]
            s += w
            _note(feats, "each has participants the other lacks", w)
    if a.kind == b.kind and a.kind not in _NEUTRAL_DIPLOMACY:
        s += WEIGHTS["same_meeting_kind"]
        _note(feats, "same kind", WEIGHTS["same_meeting_kind"])
    elif a.kind in _MEETINGS and b.kind in _MEETINGS:
        s += WEIGHTS["related_meeting_kind"]
        _note(feats, "related kinds", WEIGHTS["related_meeting_kind"])
    elif a.kind != b.kind and a.kind not in _NEUTRAL_DIPLOMACY and b.kind not in _NEUTRAL_DIPLOMACY:
        ok = False
        _note(feats, f"conflict: {a.kind} vs {b.kind}", 0.0)
    if a.place and b.place:
        if _agree(feats, a.place == b.place, "same_place", "same place", "different places"):
            s += WEIGHTS["same_place"]
        else:
            ok = False
    return s, ok


def score(a: Rec, b: Rec) -> Optional[float]:
    """`score_pair(a, b)` without the explain notes, for the millions of pairs of an archive:
    the same tests and the same additions in the same order (so the same float to the last
    bit), inlined, returning at the first conflict (half the cost of the noting version)."""
    if a.typ != b.typ or a.art == b.art:
        return None
    w = WEIGHTS
    sa, ea, sb, eb = a.start, a.end, b.start, b.end
    if sa is None and sb is None:
        if a.pub and b.pub and abs(a.pub - b.pub) > UNDATED_PUB_DAYS:
            return None
        d = w["both_undated"]
    elif sa is None or ea is None or sb is None or eb is None:
        undated, first, last = (a, sb, eb) if sa is None else (b, sa, ea)
        if not (undated.pub and first is not None and last is not None and first <= undated.pub <= last + 1):
            return None
        d = w["undated_published_then"]
    elif sa > eb or sb > ea or (sa != sb and _night(a) and _night(b)):
        return None
    elif sa == sb and ea == eb and ea - sa < MAX_SPAN_DAYS:
        d = w["same_day"]
    elif a.days[0] is None or b.days[0] is None:
        d = w["vague_dates"]
    else:
        d = w["overlapping_dates"]
    s = _attack(a, b, w) if a.typ == "attack" else _diplomacy(a, b, w)
    return None if s is None else d + s


def _attack(a: Rec, b: Rec, w: dict[str, float]) -> Optional[float]:
    s = 0.0
    ca, cb = a.cities, b.cities
    if ca and cb:
        if _crossing_lists(ca, cb) or not ca & cb:
            return None
        s += w["same_city"]
    elif a.admins & b.admins:
        s += w["city_in_region"]
    elif not a.admins and not b.admins and not ca and not cb and a.countries & b.countries:
        s += w["same_country_only"]
    else:
        return None
    if a.actor and b.actor:
        if a.actor != b.actor:
            return None
        s += w["same_attacker"]
    ka, kb = a.kind, b.kind
    if ka == kb:
        if ka != "other":
            s += w["same_kind"]
    elif ka != "other" and kb != "other":
        pair = frozenset((ka, kb))
        if pair in _RELATED_KINDS:
            s += w["related_kind"]
        elif pair in _SOFT_KINDS:
            s += w["different_kind"]
        else:
            return None
    if a.weapons and b.weapons:
        s += w["shared_weapons"] if a.weapons & b.weapons else w["different_weapons"]
    s += _count(a.killed, b.killed, w) + _count(a.injured, b.injured, w)
    return s + _count(a.launched, b.launched, w)


def _count(x: int, y: int, w: dict[str, float]) -> float:
    if x < 0 or y < 0:
        return 0.0
    if x == y:
        return w["same_count"]
    # close: apart by at most max(2, half the larger), without the two max() calls
    gap, larger = (x - y, x) if x > y else (y - x, y)
    return w["close_count"] if gap <= 2 or gap <= 0.5 * larger else w["far_count"]


def _diplomacy(a: Rec, b: Rec, w: dict[str, float]) -> Optional[float]:
    s = 0.0
    pa, pb = a.parts, b.parts
    if pa and pb:
        shared = len(pa & pb)
        if not shared:
            return None
        if shared == len(pa) or shared == len(pb):
            s += w["participants"] * (1 + 2 * shared / len(pa | pb)) / 3
        else:
            s += w["participants_apart"]
    ka, kb = a.kind, b.kind
    if ka == kb and ka not in _NEUTRAL_DIPLOMACY:
        s += w["same_meeting_kind"]
    elif ka in _MEETINGS and kb in _MEETINGS:
        s += w["related_meeting_kind"]
    elif ka != kb and ka not in _NEUTRAL_DIPLOMACY and kb not in _NEUTRAL_DIPLOMACY:
        return None
    if a.place and b.place:
        if a.place != b.place:
            return None
        s += w["same_place"]
    return s
