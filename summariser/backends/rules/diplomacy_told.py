"""The sides and venue of a diplomatic event that the sentence tells without naming them the usual
way (see `diplomacy_sides`): added to what `participants` reads."""

from __future__ import annotations

import re
from typing import Any

from ... import lexicon as lx
from ...records import DiplomacyKind, Location, LocationLevel
from ...sentences import Sentence
from .diplomacy_attributive_venue import attributive_venue
from .diplomacy_nonparties import bystanders
from .diplomacy_venue_anaphor import venue_by_anaphor
from .diplomacy_sides import (REGIONAL_GROUPS, capital_named, first_person_in_event, group_hosts, headquarters_venue, office_chain_sides,
                              org_by_noun, speaker_state, subjectless_post, there_venue)

# Events that happen somewhere (a venue, a headquarters, "there").
_GATHERINGS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.visit,
               DiplomacyKind.agreement, DiplomacyKind.peacekeeping, DiplomacyKind.proposal}

# Money or a package approved: aid only when a giver other than the warring sides is named.
_APPROVAL = re.compile(r"(?:approv|allocat|earmark|set\s+aside|adopt|pass|back|vot|green-?light|sign(?:s|ed)?\s+off)", re.I)
# a sum of money in the aid's cue (dev22 C2): money aid needs a giving state other than the recipient
_SUM = re.compile(rf"(?:{lx.MONEY_AMOUNTS})", re.I)
_HOSTED = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.visit}


def told_sides_and_venue(ctx: Any, s: Sentence, kind: DiplomacyKind, cue: re.Match[str], participants: list[str],
                         location: Location | None) -> tuple[list[str], Location | None]:
    """Add the states of an office chain, an organisation named by its noun and the speaker behind
    "we"; take a headquarters or "there" as the venue.
    `ctx` is the article context of `diplomacy` (text, sents, index, actors())."""
    text, idx = ctx.text, ctx.index.get(s.start, 0)
    sides = list(participants)
    chained = [*office_chain_sides(text, s), *org_by_noun(text, s)]
    others = bystanders(text, s, ctx.actors(), cue) if any(p not in sides for p in chained) else set()
    for p in chained:  # (not "…, as Moldovan officials counted the damage": a clause of its own, round 13)
        if p not in sides and p not in others:
            sides.append(p)
    if first_person_in_event(text, s, cue):
        persons = [(a.start, a.actor.name) for a in ctx.actors().mentions if a.via == "person"]
        me = speaker_state(text, ctx.sents, idx - 1 if subjectless_post(text, s) and idx else idx, persons)
        if me and me not in sides:
            sides.insert(0, me)  # "We met our Greek partners", said Ukraine's minister
    if kind in _GATHERINGS:
        hq = headquarters_venue(text, s, cue)
        if hq:  # another group meeting at an organisation's seat is that group's: the seat is only the venue
            other = any(lx.canonical_org(p) and p != hq[0] for p in sides)
            sides = [p for p in sides if p != hq[0]] + ([] if other else [hq[0]])
            location = location or hq[1]  # "envoys meet at the alliance's headquarters": NATO, in Brussels
        location = location or there_venue(text, ctx.sents, idx, cue)
        if location is None:  # "The venue is Vienna. The ministers meet there" (dev20 C7)
            location = venue_by_anaphor(text, ctx.sents, idx, cue)
            sides = _with_host(sides, location, kind)
        if location is None or location.level is LocationLevel.country:
            capital = capital_named(text, s)  # "met in the Latvian capital"
            location = capital or location
            sides = _with_host(sides, capital, kind)
        if location is None:  # "the Warsaw declaration followed", "the Istanbul track has stalled" (dev22 C4/C5)
            location = attributive_venue(text, ctx.sents, idx, kind)
            sides = _with_host(sides, location, kind)
    if kind is DiplomacyKind.military_aid and set(sides) <= lx.WAR_SIDES and (_APPROVAL.match(cue.group(0)) or _SUM.search(cue.group(0))):
        return [], None  # "the city council approved 20m hryvnias for the Ukrainian army", "a charity donated
        # $2 million to Ukrainian hospitals": a budget or a gift of no state
    if kind in _HOSTED and any(p in REGIONAL_GROUPS for p in sides):
        # a venue named only as a country ("the G7 summit in Canada") leaves a member hosting it a side
        hosted_in = location.country if location and location.level is not LocationLevel.country else None
        hosts = group_hosts(text, s) | ({hosted_in} if hosted_in else set())
        sides = [p for p in sides if p not in hosts or p in REGIONAL_GROUPS]  # the group's meeting, not its host's
    return sides, location


def _with_host(sides: list[str], venue: Location | None, kind: DiplomacyKind) -> list[str]:
    """Talks in Helsinki: Finland is a side (rule 15), not of a group meeting there."""
    host = venue.country if venue else None
    if host and host not in sides and kind in _HOSTED and not any(p in REGIONAL_GROUPS for p in sides):
        return [*sides, host]
    return sides
