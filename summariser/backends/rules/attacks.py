"""Attack records built from grouped events."""

from __future__ import annotations

import re
from typing import Any

from ... import lexicon as lx
from ...knowledge import cues
from ...records import Attack, AttackKind, Location, Origin, Weapon, WeaponType
from .common import WeaponHit, span_of, weapon_class
from .events import Event, contributes
from .eventhood import STRIKE_NAMED
from .weapon_split import fold_split_missile_total


def build_attack(ev: Event, text: str, warnings: list[str]) -> Attack | None:
    rec: dict[str, Any] = {  # the keyword arguments of the Attack being built
        "weapons": [], "damage": [], "reported_by": [], "evidence": []}
    sources: dict[str, Origin] = {}
    weapons: dict[WeaponType, dict[str, Any]] = {}
    others: dict[str, dict[str, Any]] = {}  # a second combined total ("138 drones and decoys" inside "145 targets")
    classes: set[str] = set()
    mixed = False  # guns and another weapon family told together in one sentence (codebook 8)
    civilian = False
    report_date = None
    described: set[str] = set()  # fields whose figure so far is read from children described (r13)
    identified = False  # a precise missile type says which the missiles counted before were (r15)
    for f in ev.facts:
        if not (contributes(f) or f.places or f.country_strike or f.hospitalised or f.headline_city):
            continue
        rec["evidence"].append(span_of(text, f.sent.start, f.sent.end))
        report_date = report_date or f.report_date
        for h in f.counts:
            if h.field not in rec or h.field in described and not h.described:
                rec[h.field] = h.count  # a stated figure wins over one read from the children told
                described.discard(h.field)
                if h.described:
                    described.add(h.field)
            elif f.update and h.count.value != rec[h.field].value:
                warnings.append(f"rules: later figure {h.field}={h.count.value} ({h.count.evidence.text if h.count.evidence else h.count.value!r}) not "
                                f"used; the record keeps the first figure {rec[h.field].value}")
            civilian = civilian or h.civilian
        general = f.background and not f.has_numbers  # "has repeatedly targeted ...": the war, not this strike
        typed = list(f.counted_weapons)
        if not f.quote and not general and not f.hypothetical:
            typed += f.weapon_types
        identified = identified or (any(w.type in _PRECISE for w in typed) and _IDENTIFIED.search(f.sent.text) is not None)
        # "two missiles hit the depot" in a record that names the missile precisely: those missiles (r15)
        identified = identified or any(w.by_hit and w.type is WeaponType.missile and w.model is None for w in typed)
        mixed = mixed or _guns_with_another_family(typed)
        for w in typed:
            slot = _slot(weapons, others, w.type, w.model)
            slot["model"] = slot["model"] or w.model
            classes |= set(w.classes)
            for name in ("launched", "intercepted"):
                if getattr(w, name) is not None and name not in slot:
                    slot[name] = getattr(w, name)
        if not general:
            for d in f.damage:
                if d not in rec["damage"]:
                    rec["damage"].append(d)
        for r in f.reporters:
            if r.lower() not in {x.lower() for x in rec["reported_by"]}:
                rec["reported_by"].append(r)
    if not rec["evidence"]:
        return None
    has_count = any(k in rec for k in ("killed", "injured", "children_killed", "children_injured")) or any(
        "launched" in s or "intercepted" in s for s in weapons.values())
    if not has_count and not rec["damage"] and not ev.places:
        return None
    _fold_generic_missile(weapons, others, identified)
    fold_split_missile_total(weapons, others)
    _fold_drone_intercepts(weapons, others)
    for wtype, slot in weapons.items():
        launched, intercepted = slot.get("launched"), slot.get("intercepted")
        if launched and intercepted and intercepted.value > launched.value:
            warnings.append(f"rules: dropped intercepted {intercepted.value} > launched {launched.value} ({wtype.value})")
            intercepted = None
        rec["weapons"].append(Weapon(type=wtype, model=slot["model"], launched=launched, intercepted=intercepted))
    for slot in others.values():
        rec["weapons"].append(Weapon(type=WeaponType.other, model=slot["model"], launched=slot.get("launched"),
                                     intercepted=slot.get("intercepted")))
    rec["kind"] = _kind(classes, next((weapon_class(t) for t in weapons), None), mixed)
    rec["locations"] = [Location(name=p.name, admin1=p.admin1, country=p.country, level=p.level) for p in ev.places]
    rec["target_country"] = ev.target or next((p.country for p in ev.places if p.country), None)
    # CODEBOOK rule 12 (ruling of 2 December 2026; dev16 B11, dev17 B10): with no attacker named,
    # the attacker is the target's opponent in the war, whatever sides the rest of the article
    # names and whatever its dateline (the event's own attacker, when told, says otherwise)
    attacker = ev.attacker
    if attacker is None and rec["target_country"] in lx.OPPONENT:
        attacker = lx.OPPONENT[rec["target_country"]]
    rec["attacker"] = attacker
    rec["date"] = ev.date if ev.date is not None else report_date
    if rec["date"] is None and not rec["weapons"] and not has_count \
            and not any(_STRIKE_TOLD.search(span.text) for span in rec["evidence"]):
        return None  # r50: "projections of a burning Moscow" in a programme note: burning words, no day, weapon, toll or strike
    if civilian or any(lx.CIVILIAN_DAMAGE.search(d) for d in rec["damage"]) or any(
            lx.CIVILIAN_VICTIMS.search(f.sent.text) and f.counts for f in ev.facts):
        rec["civilian_targeting"] = True
    for name in ("attacker", "target_country", "date", "civilian_targeting", "killed", "injured",
                 "children_killed", "children_injured"):
        if rec.get(name) is not None:
            sources[name] = Origin.rules
    for name in ("weapons", "damage", "reported_by", "locations"):
        if rec.get(name):
            sources[name] = Origin.rules
    if classes:
        sources["kind"] = Origin.rules
    # children counts cannot exceed an exact total: keep the total, drop the odd one
    for part, whole in (("children_killed", "killed"), ("children_injured", "injured")):
        pc, wc = rec.get(part), rec.get(whole)
        if pc and wc and wc.qualifier.value == "exact" and pc.value > wc.value:
            warnings.append(f"rules: dropped {part} {pc.value} > {whole} {wc.value}")
            rec.pop(part)
            sources.pop(part, None)
    return Attack(**rec, sources=sources)


def _slot(weapons: dict[WeaponType, dict[str, Any]], others: dict[str, dict[str, Any]], wtype: WeaponType,
          model: str | None) -> dict[str, Any]:
    """The entry a weapon mention fills: one per type, except combined totals of type other, one
    per wording ("145 means of air attack" and "138 drones and decoys" are two totals; "145 means
    of air attack" and "114 targets" are one)."""
    first = weapons.get(WeaponType.other)
    if wtype is WeaponType.other and first is not None and model and first["model"] and not _one_total(model, first["model"]):
        # dev20 B1: "210 Geran-type attack UAVs and decoys" ... "190 Geran-type UAVs and decoys": one drone total
        told = next((k for k in others if _one_total(k, model)), model)
        return others.setdefault(told, {"model": model})
    return weapons.setdefault(wtype, {"model": None})


def _one_total(a: str, b: str) -> bool:
    """Whether two wordings of combined totals name one total: the same words, two aggregate nouns
    ("145 targets" ... "114 enemy targets"), or two mixes of strike drones and decoys."""
    return a == b or all(lx.AGGREGATE_WEAPON.fullmatch(m) for m in (a, b)) or all(
        _DRONE_MIX.search(m) and not lx.AGGREGATE_WEAPON.search(m) for m in (a, b))


_DRONE_MIX = re.compile(r"\b(?:decoys?|imitators?|Gerberas?)\b", re.I)
_DRONE_WORDS = re.compile(r"\b(?:drones?|UAVs?|decoys?|imitators?|Shaheds?|Gerans?|Gerberas?)\b", re.I)


def _fold_drone_intercepts(weapons: dict[WeaponType, dict[str, Any]], others: dict[str, dict[str, Any]]) -> None:
    """"120 drones (Shahed, Gerbera) ... 100 drones were shot down": the drones downed are of the
    combined total of strike and decoy drones launched (codebook rule 9, ruling D4), not a second,
    launch-less drone figure (dev18 B7). Under a grand total ("95 means of air attack, namely: ...
    80 Shahed and decoy drones") the drone total is the second combined total (dev19 B10)."""
    mixed, drone = weapons.get(WeaponType.other), weapons.get(WeaponType.drone)
    if mixed is not None and mixed["model"] and lx.AGGREGATE_WEAPON.fullmatch(mixed["model"]):
        mixed = next((o for o in others.values() if "launched" in o and "intercepted" not in o), mixed)
    if mixed is not None and mixed["model"] and not _DRONE_WORDS.search(mixed["model"]):
        # r13 (dev24 D4): "37 missiles ... and 180 strike drones and decoys": the drones downed are of
        # the combined total that names drones, not of the missiles' total told first
        mixed = next((o for o in others.values() if o["model"] and _DRONE_WORDS.search(o["model"])), mixed)
    if mixed is None or drone is None or "launched" not in mixed or "launched" in drone or "intercepted" not in drone \
            or WeaponType.decoy_drone not in weapons:
        return
    if "intercepted" not in mixed:
        mixed["intercepted"] = drone.pop("intercepted")
    elif mixed["intercepted"].value == drone["intercepted"].value:
        drone.pop("intercepted")  # "downed 190 UAVs, namely: - 190 Geran UAVs and decoys": told twice (dev20 B1)


_PRECISE = (WeaponType.cruise_missile, WeaponType.ballistic_missile)
# "these were Kh-101 cruise missiles": the missiles counted before, named precisely (r15)
_IDENTIFIED = re.compile(rf"\b(?:{cues.alternation('weapons', 'weapon_identified_as')})"
                         r"(?:[\w-]+\s+){0,3}?(?:cruise|ballistic)\s+missiles\b", re.I)


def _fold_generic_missile(weapons: dict[WeaponType, dict[str, Any]], others: dict[str, dict[str, Any]],
                          identified: bool = False) -> None:
    """"Missiles" said of a missile type already named precisely are that type: without figures
    the generic entry goes; said again after the one precise type ("six cruise missiles ... four
    missiles were downed") its figures fill that entry's gaps. A generic total told first ("11
    missiles", later "two cruise missiles"), or next to two precise types, stays a total of its own,
    unless the precise type is told as what they were ("three missiles hit X ... all of them were Kinzhal
    ballistic missiles") or the generic ones are the missiles that hit the record's place ("two
    missiles hit a depot" where the record names one precise type): `identified`, r15.
    The same figure told again as "missiles" ("three Iskander-M missiles ... 3 missiles were
    launched") is that entry, not a second one."""
    generic = weapons.get(WeaponType.missile)
    precise = [t for t in (WeaponType.cruise_missile, WeaponType.ballistic_missile) if t in weapons]
    if generic is None or not precise:
        return
    # the split missile total may stand beside a drone total of type other (dev20 B1)
    mixed = next((o for o in [weapons.get(WeaponType.other), *others.values()] if o and o["model"] == "missiles"),
                 weapons.get(WeaponType.other))
    if mixed is not None and mixed["model"] == "missiles" and "launched" not in generic:
        # "45 missiles, eight of them ballistic ... 31 missiles were downed": the combined total's (r9)
        if "intercepted" in generic and "intercepted" not in mixed:
            mixed["intercepted"] = generic["intercepted"]
        del weapons[WeaponType.missile]
        return
    if len(generic) == 1:  # only "model": no figure of its own
        del weapons[WeaponType.missile]
        return
    order = list(weapons)
    if len(precise) != 1 or (order.index(WeaponType.missile) < order.index(precise[0]) and not identified):
        return
    target = weapons[precise[0]]
    if any(k in generic and k in target and generic[k].value != target[k].value for k in ("launched", "intercepted")) or \
            generic["model"] and generic["model"] != target["model"]:
        return  # two figures of one kind, or a missile named by its own model (Kh-22): not the same weapon
    for k in ("launched", "intercepted"):
        if k in generic and k not in target:
            target[k] = generic[k]
    del weapons[WeaponType.missile]


# a strike told in words, not only its fire ("the governor reported two strikes on infrastructure", r50)
_STRIKE_TOLD = re.compile(rf"{STRIKE_NAMED.pattern}|\b(?:struck|shelled|bombed|attacked|targeted)\b", re.I)


def _kind(classes: set[str], first: str | None = None, mixed: bool = False) -> AttackKind:
    if len(classes & {"drone", "missile", "glide_bomb", "artillery"}) >= 3 or mixed:
        # a day's mix ("artillery, mortars, drones and bombs"), or guns told with another family in one
        # sentence ("pounded with mortars and FPV drones"): no kind covers it (r9 A9; codebook 8, ruling
        # of 3 December 2026)
        return AttackKind.other
    if classes == {"artillery", "drone"} and first == "artillery":
        # r3: guns told in one sentence, drones in another: the first-named weapon decides
        return AttackKind.shelling_artillery
    if "drone" in classes and "missile" in classes:
        return AttackKind.drone_and_missile
    if "drone" in classes:
        return AttackKind.air_drone_strike
    if "missile" in classes:
        return AttackKind.missile_strike
    if "glide_bomb" in classes:
        return AttackKind.glide_bomb
    if "artillery" in classes:
        return AttackKind.shelling_artillery
    return AttackKind.other


def _guns_with_another_family(typed: list[WeaponHit]) -> bool:
    """One sentence tells guns and another weapon family used together ("shelled with artillery and
    kamikaze drones"); a sentence of weapons shot down is air defence's tally ("drones and HIMARS
    rockets were downed"), not guns fired."""
    families = {c for w in typed for c in w.classes if c in _FAMILIES}
    downed = any(w.intercepted for w in typed)  # an air-defence tally ("41 drones and four rockets downed")
    return "artillery" in families and not downed and len(families) >= 2


_FAMILIES = frozenset({"drone", "missile", "glide_bomb", "artillery"})
