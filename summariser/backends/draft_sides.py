"""An attack draft's sides: attacker and target named in the text (or through a leader or
capital), the target also as the country the places hit lie in, the attacker as the target's
opponent in the war; then the direction is checked against the places (a cross-border strike
hits the target's soil). Part of `drafts_to_records`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import lexicon
from ..grounding.enemy import enemy_named
from ..grounding.names import canonical_actor, ground_actor
from ..knowledge._data import load
from ..records import Origin, Support

if TYPE_CHECKING:
    from .drafts_to_records import _Grounder
    from .llm import AttackDraft

# Regions whose country the two sides dispute: a strike there says nothing about direction
# (`knowledge/data/occupied.yaml`, the one list of territory Russia holds).
CONTESTED = frozenset(str(r) for r in load("occupied.yaml")["contested"])


def _sides(g: "_Grounder", a: "AttackDraft", fields: dict[str, Any], src: dict[str, Origin], sup: dict[str, Support],
           path: str) -> None:
    """Attacker and target: named in the text (or through a leader or capital); the target also
    as the country the places hit lie in, the attacker as the target's opponent in the war.
    Then the direction is checked against the places."""
    countries = {loc.country for loc in fields.get("locations", []) if loc.country}
    target = a.target_country and (canonical_actor(a.target_country) or a.target_country)
    for name in ("target_country", "attacker"):
        raw = getattr(a, name)
        if not raw or not raw.strip():
            continue
        actor = canonical_actor(raw)
        found: tuple[str | None, str] | None
        if name == "target_country" and (actor in countries or _one_country_article(g.text, fields, actor)):
            found = ground_actor(raw, g.text, g.published) or (actor, "inferred")
        elif name == "attacker" and actor and (actor == lexicon.OPPONENT.get(target or "") or enemy_named(actor, g.text)):
            found = ground_actor(raw, g.text, g.published) or (actor, "inferred")
        else:
            found = g.actor(raw, f"{path}.{name}")
        if found:
            fields[name], src[name], sup[name] = found[0], Origin.llm, Support(found[1])
    _direction(g, fields, src, sup, path)


def _one_country_article(text: str, fields: dict[str, Any], actor: str | None) -> bool:
    """A record whose place the gazetteer does not know (a community of a regional post) has the
    target the article's places all lie in, when they lie in one country and that is `actor`
    (dev22 A6): a Kharkiv post's unknown village is in Ukraine; a Russian governor's is in Russia."""
    from ..knowledge.gazetteer import find_places

    locs = fields.get("locations", [])
    if not actor or not locs or all(loc.country for loc in locs):
        return False
    known = {m.place.country for m in find_places(text) if m.place.country}
    return known == {actor}


def _direction(g: "_Grounder", fields: dict[str, Any], src: dict[str, Origin], sup: dict[str, Support], path: str) -> None:
    """A cross-border strike hits the target's soil: attacker and target are swapped when the
    places hit lie in the attacker's country and none in the target's (contested regions,
    whose country the two sides dispute, are not judged)."""
    attacker, target = fields.get("attacker"), fields.get("target_country")
    locs = fields.get("locations", [])
    countries = {loc.country for loc in locs if loc.country}
    if any(loc.admin1 in CONTESTED for loc in locs):
        return
    if attacker and target and attacker != target and attacker in countries and target not in countries:
        for name in ("attacker", "target_country"):
            g.reject(f"{path}.{name}", fields.pop(name), f"attacker and target swapped: the places hit lie in {attacker}")
            src.pop(name, None)
            sup.pop(name, None)
