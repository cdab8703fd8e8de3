"""A region's share of a downed total (codebook 3, ruling of 2 December 2026; dev29 A4): "Air
defences destroyed 84 drones over 11 regions, 23 of them over the X region", "downed 58 drones,
including 20 above the Y region", "Of the 90 drones, 25 were shot down over the Z region". The
total stays on the country record (codebook 3); the share goes on the one struck locality of that
region the article tells, or, with none (or two or more), on a record of the region itself, dated by
the total's sentence.

`fold_breakdown_places` already folds such a sentence into the country record; this reads the
share back out of it, after the events are formed. A share with no region named ("most of them
over the south") or of a weapon, not a place ("including 12 Shaheds"), is no regional share. Each
share of a list ("21 over A, 14 over B and 9 over C") is its region's (codebook 3; one figure over
several regions, "41 over the A, B and C regions", stays the country's)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from ... import lexicon as lx
from ...knowledge import cues
from ...numbers import find_numbers
from ...records import Count, LocationLevel, Qualifier
from ...sentences import Sentence, split_sentences
from .common import Facts, PlaceHit, WeaponHit, span_of
from .strike_event import Event, dates_compatible

AIR_OVER = "|".join(sorted(cues.phrases("shares", "air_over"), key=len, reverse=True))  # "in the skies of"
SHARE_NUMBER = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)"
# where a share came down ("11 crashed over the X region", "Seventeen fell over ..."): the verbs
# grounding reads too (cues/shares.yaml fall_verbs)
_FALL = "|".join(sorted(cues.phrases("shares", "fall_verbs"), key=len, reverse=True))
# the words a region is named by (r34: "the Krasnodar Territory", "Krasnodar Krai")
_REGION_WORD = r"(?i:region|oblast|province|territory|krai|kray)"
_SHARE = re.compile(
    r"(?:\b(?:including|among\s+them|of\s+which|of\s+these|and|while|whereas)|[,;:])\s+(?P<n>" + SHARE_NUMBER + r")"
    r"(?:\s+of\s+(?:them|which|these|those))?"
    r"(?:\s+(?:were|was|had\s+been)(?:\s+(?:shot\s+down|downed|destroyed|intercepted|brought\s+down))?|\s+(?:" + _FALL + r"))?"
    r"\s+(?:" + AIR_OVER + r")\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"\s+" + _REGION_WORD + r"\b")


# r17 (dev31 N5): the share told in a sentence of its own right after the total: "Twelve of
# those were brought down above the X region", "Of these, 22 were destroyed above the Y region";
# one told by where it fell needs no "of them" ("Nine crashed over the Z region")
_OWN_SHARE = re.compile(
    r"\s*(?:(?i:of\s+(?:them|these|those)),?\s+)?(?P<n>(?i:" + SHARE_NUMBER + r"))(?P<of>\s+(?i:of\s+(?:them|these|those|the\s+drones)))?"
    r"\s+(?i:(?:were|was|had\s+been)\s+(?:shot\s+down|downed|destroyed|intercepted|brought\s+down)|(?P<fell>" + _FALL + r"))"
    r"\s+(?i:" + AIR_OVER + r")\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+" + _REGION_WORD + r"\b")


# dev32 A7: the first share read as the sentence's own figure, after the total told before it:
# "... downed 52 drones. Per the statement, 23 of the UAVs were brought down above the X region, ..."
_HEAD_SHARE = re.compile(
    r"(?P<n>" + SHARE_NUMBER + r")(?:\s+of\s+(?:them|these|those|the\s+[\w-]+))?"
    r"\s+(?:(?:were|was|had\s+been)\s+(?:shot\s+down|downed|destroyed|intercepted|brought\s+down)\s+)?"
    r"(?:" + AIR_OVER + r")\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+" + _REGION_WORD + r"\b")


# r33: the shares as a labelled list, after a breakdown's colon or in a sentence of their own: "by region as
# follows: A region, 24; B region, 19; C Territory, 14", "A region: 22, B region: 9"
_LABEL_SHARE = re.compile(
    r"(?:[:;,]|\band)\s*(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+" + _REGION_WORD + r""
    r"\s*(?:[,:]|\s[–—-])\s*(?P<n>" + SHARE_NUMBER + r")(?=\s*(?:[;,.]|and\b|$))")


def split_regional_shares(events: list[Event], text: str) -> list[Event]:
    """Give each regional share of a country record's downed total to that region's one struck
    locality, or to a record of the region."""
    out = list(events)
    sents: list[Sentence] | None = None
    for host, f, total in downed_totals(events):
        matches = [(f, m) for m in (*_SHARE.finditer(text, f.sent.start, f.sent.end),
                                    *lx.place_shares(text, f.sent.start, f.sent.end),
                                    *_LABEL_SHARE.finditer(text, f.sent.start, f.sent.end))]
        sents = sents if sents is not None else split_sentences(text)
        i, after = next(((i, t) for i, t in enumerate(sents) if t.start >= f.sent.end), (0, None))
        if after is not None and (lead := _OWN_SHARE.match(text, after.start, after.end)) is not None \
                and (lead.group("of") or lead.group("fell") or text[after.start:lead.start("n")].strip()):
            own = dataclasses.replace(f, sent=after, idx=i)  # the share's own sentence is its evidence
            matches += [(own, m) for m in (lead, *_SHARE.finditer(text, lead.end(), after.end))]
        elif after is not None and (told := lx.place_shares(text, after.start, after.end)
                                    or list(_LABEL_SHARE.finditer(text, after.start, after.end))):
            own = dataclasses.replace(f, sent=after, idx=i)  # "The A region accounted for 23 of them, B for 19"
            matches += [(own, m) for m in told]  # (r33: "The breakdown: A region, 23; B region, 19")
        head = _head_share(text, host, f, total)
        if head is not None:  # the sentence's figure is itself a share of the total told before
            total, matches = head[0], [(f, m) for m in head[1]]
        for g, m in matches:
            share = _share(text, g, total, m)
            if share is not None:
                _place_share(out, host, share, text)
    return out


def downed_totals(events: list[Event]) -> Iterator[tuple[Event, Facts, WeaponHit]]:
    """(country record, sentence facts, figure) of each sentence of a country record that tells one downed total
    and no toll: the totals a region's or a city's share is read against (`city_shares` too)."""
    for host in events:
        if host.country_level is None:
            continue
        for f in list(host.facts):
            downed = [w for w in f.counted_weapons if w.intercepted is not None]
            if len(downed) == 1 and not f.counts:
                yield host, f, downed[0]


def _head_share(text: str, host: Event, f: Facts, own: WeaponHit) -> tuple[WeaponHit, list[re.Match[str]]] | None:
    """The total told in the host's sentence before `f` and the share `f`'s own figure is, or None."""
    ev = own.intercepted.evidence if own.intercepted is not None else None
    m = _HEAD_SHARE.match(text, ev.start, f.sent.end) if ev is not None else None
    before = [w for g in host.facts if g.idx < f.idx for w in g.counted_weapons
              if w.intercepted is not None and w.type is own.type]
    if m is None or len(before) != 1 or own.intercepted is None or before[0].intercepted is None \
            or before[0].intercepted.value <= own.intercepted.value:
        return None
    f.counted_weapons = [w for w in f.counted_weapons if w is not own]  # the share is no figure of the country's
    return before[0], [m, *_SHARE.finditer(text, m.end(), f.sent.end)]


def _share(text: str, f: Facts, total: WeaponHit, m: re.Match[str]) -> Facts | None:
    """The share as a sentence's facts of its own: the region and its downed figure."""
    region = lx.lookup(f"{m.group('name')} region")
    if region is None or region.level is not LocationLevel.region:
        return None
    return share_facts(text, f, total, m, region)


def share_facts(text: str, f: Facts, total: WeaponHit, m: re.Match[str], place: lx.Place) -> Facts | None:
    """A share `m` of the downed `total` as facts of `place` alone (its number in group "n", its name in "name"),
    or None when the figure is no part of the total; read for a region's share and a city's (`city_shares`)."""
    numbers = find_numbers(text, m.start("n"), m.end("n"))
    if not numbers or total.intercepted is None:
        return None
    n = numbers[0]
    if not 0 < n.value < total.intercepted.value:
        return None
    count = Count(value=n.value, qualifier=Qualifier.exact, evidence=span_of(text, n.start, n.end))
    weapon = WeaponHit(type=total.type, model=None, intercepted=count, classes=total.classes)
    return dataclasses.replace(f, places=[PlaceHit(place, m.start("name"), m.end("name"))], districts=[], counts=[],
                               counted_weapons=[weapon], weapon_types=[], damage=[], nationwide=False)


def _night_towns(events: list[Event], host: Event, region: lx.Place) -> tuple[list[Event], bool]:
    """The records of the region's localities struck at the host's time, and whether any of the
    region was struck at another time only."""
    towns = [e for e in events if e.country_level is None and e is not host and e.facts
             and any(p.admin1 == region.admin1 and p.level is not LocationLevel.region for p in e.places)
             and (e.target in (None, region.country))]
    night = any(f.day_part == "night" for f in host.facts)  # a night's tally: a town hit in the day after is another time
    same_night = [e for e in towns if dates_compatible(e.date, host.date)
                  and not (night and e.day_part in ("morning", "afternoon", "evening"))]
    return same_night, bool(towns) and not same_night


def _sole_locality(towns: list[Event], region: lx.Place) -> Event | None:
    """The one record of exactly one struck locality of the region (codebook 3), or None."""
    localities = {p.name for e in towns for p in e.places if p.admin1 == region.admin1 and p.level is not LocationLevel.region}
    return towns[0] if len(towns) == 1 and len(localities) == 1 else None


def fold_region_tallies(events: list[Event]) -> list[Event]:
    """A region's own record that holds interceptions only ("Nine of them were downed over the X region",
    a sentence of its own) goes on the one locality of that region struck the same night (codebook 3,
    r26); with none, or two or more, it stays the region's."""
    out = []
    for e in events:
        region = e.places[0] if e.country_level is None and len(e.places) == 1 else None
        if region is None or region.level is not LocationLevel.region or not _interceptions_only(e):
            out.append(e)
            continue
        towns, _elsewhere = _night_towns(events, e, region)
        town = _sole_locality(towns, region)
        if town is None or any(w.intercepted for g in town.facts for w in g.counted_weapons):
            out.append(e)
            continue
        town.facts.extend(dataclasses.replace(f, places=[]) for f in e.facts)
    return out


def _interceptions_only(e: Event) -> bool:
    """Interceptions and nothing else, each sentence naming the region itself: a total "over the region"
    after a post that names its region is that region's own record (`region_totals`), never folded."""
    return all(not f.counts and not f.damage and f.places for f in e.facts) \
        and any(w.intercepted for f in e.facts for w in f.counted_weapons)


def _place_share(events: list[Event], host: Event, share: Facts, text: str) -> None:
    region = share.places[0].place
    towns, elsewhere = _night_towns(events, host, region)
    if elsewhere:
        return  # a locality of the region struck on another day only: the share stays in the country's total
    # (a strike recalled from months before is no locality of this night, dev31 N5)
    if (town := _sole_locality(towns, region)) is not None:  # codebook 3: exactly one struck locality of the region
        if not any(w.intercepted for g in town.facts for w in g.counted_weapons):
            town.facts.append(dataclasses.replace(share, places=[]))
        return
    own = next((e for e in events if e.country_level is None and region in e.places), None)
    if own is not None:  # the region has a record already
        if _takes_share(own, text) and (own.date is None or dates_compatible(own.date, host.date)):
            own.facts.append(dataclasses.replace(share, places=[]))  # r32: "its head said nobody was hurt": the share joins it
        return
    events.append(Event(places=[region], date=share.date or host.date, attacker=host.attacker,
                        target=host.target or host.country_level or region.country, facts=[share], last_idx=share.idx))


def _takes_share(ev: Event, text: str) -> bool:
    """A region's record that stands for the region's struck place the rules could not name, or tells only a nil
    ("in the X region there were no injuries and no destruction, its head said"; "debris fell on a house in a
    town of the X region"), takes the region's share (codebook 3). One that holds its own downed figure, or a
    strike on a district ("a depot in the Y district of the X region": a part of the region, not its locality),
    keeps the share apart, as the older sets read it (dev3, dev8)."""
    return not any(w.intercepted for f in ev.facts for w in f.counted_weapons) \
        and not any(_DISTRICT.search(text, f.sent.start, f.sent.end) for f in ev.facts)


_DISTRICT = re.compile(r"\b(?-i:[A-Z])[\w'’-]+\s+(?:district|raion)\b", re.I)
