"""Places that fold into others once a sentence's places are found: the regions of a barrage's
breakdown ("20 over A, 15 over B") give way to one country-level record, and a region named with
its town ("the village of X in the Y region") is that town's region, not a second locality."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts, clause_at
from .places import PLACE_LIST_GAP, window_before
from .region_frame import sea_theatre
from .region_examples import fold_region_examples
from .region_homonyms import homonyms_into_region


def fold_breakdown_places(text: str, f: Facts) -> None:
    """Places that only say where part of a barrage was downed ("including 18 over the X region",
    "20 over A, 15 over B", "shot down 41 drones over the A, B and C regions") are a breakdown of a
    nationwide figure: the sentence's counts go to one country-level record (codebook rules 3-4),
    not to a record per region. So do the regions of a sentence with no figure that only says
    where weapons were downed ("drones were shot down over the A, B and C regions")."""
    if f.counts or not f.places or fold_region_examples(text, f):
        return  # r18 dev34-B4: "over six regions, including A and B": the country's tally
    if f.again and f.day_part not in (None, "night"):
        return  # "another 14 drones were downed over A and B during the morning": a daytime share of its own (B5)
    s = f.sent
    if _OWN_REGION_TALLY.search(text, s.start, s.end):
        return  # r36: "12 destroyed above her region, nine of those above the X district": a governor's tally, its locality's frame
    downed = lx.INTERCEPT_CUES.search(text, s.start, s.end) or _SHARE_FALL.search(text, s.start, s.end)
    if not any(w.launched or w.intercepted for w in f.counted_weapons) and (len(f.places) < 2 or f.damage or not downed):
        return
    over = [bool(lx.BREAKDOWN_BEFORE.search(window_before(text, s, p.start, 60))) for p in f.places]
    for i in range(1, len(f.places)):  # "over the A, B and C regions": the whole list
        over[i] = over[i] or (over[i - 1] and bool(PLACE_LIST_GAP.fullmatch(text, f.places[i - 1].end, f.places[i].start)))
    parts = [bool(lx.PART_OVER_BEFORE.search(window_before(text, s, p.start, 60))) for p in f.places]
    subjects = [m.span("name") for m in lx.place_shares(text, s.start, s.end)]  # "the A region accounted for 25 of them" (r20)
    for i, p in enumerate(f.places):
        if any(a <= p.start < b for a, b in subjects):
            over[i] = parts[i] = True
    if not all(over) or not (any(parts) or len(f.places) > 1) or (not any(parts) and sea_theatre(text, f)):
        return
    countries = {p.place.country for p in f.places if p.place.country}
    f.target_hint = f.target_hint or (countries.pop() if len(countries) == 1 else None)
    f.places, f.nationwide = [], True


# a regional official's own tally: "over his region", "over the region" (its one locality is the place, codebook 1, 3)
_OWN_REGION_TALLY = re.compile(r"\b(?:over|above|across|in)\s+(?:his|her|their|the)\s+(?:region|oblast|province)\b(?!\s+of\b)", re.I)


# r4atk B4: "13 of them fell over A, 9 were hit above B": a share told by where it came down
_SHARE_FALL = cues.pattern("shares", "fall_verbs")  # the vocabulary grounding/shares.py reads too


# "the X refinery in Russia's Y region", "a plant outside X in the Y region": a few words, then "in"
_IN_ITS_REGION = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:in|of)\s+(?:the\s+|Russia['’]s\s+|Ukraine['’]s\s+)?"
                            r"(?:neighbou?ring\s+|southern\s+|northern\s+|eastern\s+|western\s+)?")


def fold_region_into_town(text: str, f: Facts) -> None:
    """'the village of X in the Y region', 'In the Y region, ... the town of X': one locality, X in Y."""
    regions = [p for p in f.places if p.place.level is LocationLevel.region]
    towns = [p for p in f.places if p.place.level is LocationLevel.city]
    if len(regions) != 1 or not towns:
        return
    r, s = regions[0], f.sent
    homonyms_into_region(text, towns, r.place.admin1 or r.place.name)  # "Samar" in its region, not Samara
    lead0, lead1 = clause_at(text, s, s.start)
    in_lead = lead0 <= r.start < lead1 and lx.REGION_FRAME_OPENING.fullmatch(text[lead0:r.start]) \
        and all(t.start >= lead1 for t in towns)
    admin1 = r.place.admin1 or r.place.name
    hosts = [t for t in towns if t.place.admin1 in (None, admin1) and (
        in_lead or re.fullmatch(r",?\s+(?:in\s+(?:the\s+)?(?:neighbou?ring\s+)?)?", text[t.end:r.start])
        or (t.place.admin1 == admin1 and _IN_ITS_REGION.fullmatch(text, t.end, r.start) is not None))]
    if not hosts:
        return
    for t in hosts:
        t.place = lx.Place(t.place.name, admin1, r.place.country or t.place.country, t.place.level)
    f.places = [p for p in f.places if p is not r]


# r25: "launched 40 drones at the A and B regions": a launch aimed at two regions or more; r49: at the targets
# in them too ("sent 20 missiles and 30 drones at energy sites in the A and B regions")
_AIMED_AT_BEFORE = re.compile(r"\b(?:at|against|toward|towards)\s+(?:(?-i:[a-z][a-z-]*)\s+){0,3}?(?:(?:in|across)\s+)?(?:the\s+)?$",
                              re.I)


def fold_aimed_regions(text: str, f: Facts) -> None:
    """A launch or downed figure aimed at two regions or more and at no town ("launched 40 Shahed drones
    at the A and B regions, of which 31 were destroyed") is the country's record (codebook 3: a tally over
    several regions stays the country record), as `fold_breakdown_places` reads "over the A and B
    regions"; a sentence that counts people (a toll) or names a town keeps its places (codebook 2)."""
    s = f.sent
    if f.counts or len(f.places) < 2 or any(p.place.level is not LocationLevel.region for p in f.places) \
            or not any(w.launched or w.intercepted for w in f.counted_weapons):
        return
    if not _AIMED_AT_BEFORE.search(window_before(text, s, f.places[0].start, 60)):
        return
    if not all(PLACE_LIST_GAP.fullmatch(text, a.end, b.start) for a, b in zip(f.places, f.places[1:])):
        return
    countries = {p.place.country for p in f.places if p.place.country}
    if len(countries) != 1:
        return
    f.target_hint = f.target_hint or countries.pop()
    f.places, f.nationwide = [], True
