"""A wave told by a measure of its size, as an air force or a ministry sums a night up: "the air
force put the night's attack at 350 drones and 22 missiles", "officials estimated the barrage
at some 90 drones", "the raid was put at 60 UAVs", "the night's wave totalled 55 drones". No launch
verb is said, but the weapons counted after the frame are the ones launched (`cues`, a forward
cue that counts only weapons); the parts of such a whole ("22 missiles, 14 of them cruise")
take its role as any list or partitive does.

Only a frame whose object is the wave counts: "put the damage at 40 million", "estimated the
cost of the attack at ..." measure something else (`measure_blockers` are never crossed), and
a count of people after a frame ("put the toll at nine") is no weapon count anyway.
"""

from __future__ import annotations

from functools import lru_cache

from ..numbers import NUMBER
from . import vocabulary

_WORD = r"[\w'’-]+"
_AUX = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?:\w+ly\s+)?"


@lru_cache(maxsize=None)
def measure_frame_pattern() -> str:
    """A regex alternation (no groups) ending where the measured number may begin."""
    verb, wave = vocabulary.pattern("measure_verbs"), vocabulary.pattern("wave_nouns")
    measure, block = vocabulary.pattern("wave_measure_nouns"), vocabulary.pattern("measure_blockers")
    plain = rf"(?:(?!(?:{block})\b){_WORD}\s+)"  # a determiner or modifier of the wave noun
    measured = rf"(?:(?:the\s+|its\s+|their\s+)?(?:{measure})\s+of\s+)?"  # "put the size of the raid at"
    subject = rf"(?:{wave}|{measure})"  # "the raid was put at", "the total stood at"
    active = (rf"(?:{verb})\s+(?:(?:{vocabulary.pattern('wave_pronouns')})|{measured}{plain}{{0,4}}?(?:{wave}))\b"
              rf"(?:\s+{_WORD}){{0,4}}?\s+at")
    # "the attack was estimated at", and a headline's "attack estimated at"
    passive = rf"{subject}(?:\s+{_WORD}){{0,3}}?\s+(?:{_AUX})?(?:{verb})\s+at"
    sized = rf"{subject}(?:\s+{_WORD}){{0,3}}?\s+(?:{vocabulary.pattern('wave_size_verbs')})"
    # "the biggest attack yet: 810 drones", "Attack size: 420 drones", "the raid - 95 drones and ..."
    headed = rf"{subject}(?:\s+{_WORD}){{0,2}}?\s*(?::|\s[—–-])\s*(?=\w)"  # (ends before a word: `cues` bounds it)
    # "a combined attack of 400 drones" (the wave noun right before "of"); r22 (dev42 L4): its agent,
    # "a raid by two helicopters", "an attack by four Su-34 jets" (weapons only: never "by 200 soldiers")
    # (the count right after "by": never "a raid by police found four drones")
    named = rf"(?:{wave})\s+(?:of|by(?=\s+(?:(?:some|about|around|at\s+least|up\s+to|more\s+than|over)\s+)?(?:{NUMBER})\b))"
    # r13 (dev23 B1): a tally measured with no wave noun: "put the overnight total at 180 drones",
    # "gave the total as 66 drones", "the day's total was 48 drones" (only weapons counted after; r37:
    # "the figure for that night was 480 drones")
    det = r"(?:the|its|their)\s+"
    totals = (rf"(?:{verb})\s+{det}{plain}{{0,2}}?(?:{measure})\s+at|gave\s+{det}{plain}{{0,2}}?(?:{measure})\s+as"
              rf"|(?:{measure})(?:\s+for\s+(?:the|that|this|last)\s+(?:night|day|attack|raid|wave))?\s+(?:was|were|stood\s+at|came\s+to)")
    # r51: the wave in a relative clause of its measurer ("an attack that the air force put at 51
    # missiles"), and a tally whose object is the weapons ("the air force tallied 99 missiles")
    related = rf"(?:{wave})\s+(?:that|which)\s+(?:{_WORD}\s+){{0,5}}?(?:{verb})\s+at"
    tallied = rf"(?:{vocabulary.pattern('tally_object_verbs')})(?=\s+(?:(?:some|about|around|at\s+least|a\s+total\s+of)\s+)?(?:{NUMBER})\b)"
    return f"{active}|{passive}|{sized}|{headed}|{named}|{totals}|{related}|{tallied}"


@lru_cache(maxsize=None)
def compound_wave_pattern() -> str:
    """A cue told after its number by a compound: "a 90-drone attack", "a 12-missile salvo"."""
    weapon, wave = vocabulary.pattern("compound_wave_weapons"), vocabulary.pattern("wave_nouns")
    return rf"-(?:{weapon})\s+(?:{wave})"


@lru_cache(maxsize=None)
def weapon_tally_pattern() -> str:
    """r22 (dev41 L3): a tally that names its weapons itself, the launch figure told as a predicate
    nominal: "the rocket count was 52, of which 40 were stopped", "the drone tally for the night stood
    at 112", "the number of Shaheds launched reached 96", "Total missiles: 40". A regex alternation (no
    groups) ending where the figure may begin; the figure needs no weapon noun of its own (the frame
    names one). Never a count of people ("the death toll was 12": no weapon noun), an interception
    tally ("the interception count was 30": the noun before is no weapon) or a running total
    ("the number of drones launched since January was 9,000": `weapon_tally_periods`)."""
    weapon, tally = vocabulary.pattern("part_weapon_nouns"), vocabulary.pattern("weapon_tally_nouns")
    verb, period = vocabulary.pattern("weapon_tally_verbs"), vocabulary.pattern("weapon_tally_periods")
    gap = rf"(?:\s+(?!(?:{period})\b){_WORD}){{0,4}}?"  # "for the night", "launched overnight"
    told = rf"(?:\s+(?:{verb})\b|\s*:\s*(?=\w))"  # (a colon ends before a word: `cues` bounds it)
    compound = rf"(?:{weapon})\s+(?:{tally}){gap}{told}"  # "the missile count was"
    of_weapons = rf"(?:total\s+)?(?:number|count|tally|total)\s+of\s+(?:{_WORD}\s+){{0,2}}?(?:{weapon}){gap}{told}"
    headed = rf"total\s+(?:{_WORD}\s+)?(?:{weapon})\s*:\s*(?=\w)"  # "Total missiles: 40"
    return f"{compound}|{of_weapons}|{headed}"
