"""The cue words that give a number its role: "killing five" is killed, "12 injured" injured,
"fired 40" launched, "shot down 40" intercepted; where they stand in an article (`_find_cues`),
and which one governs a number (`_role`: the nearest that fits the noun the number counts).
The numbers themselves, their nouns and the phrases and lists they continue are read in `cues`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..articles.found_bodies import BODY_AFTER_OWNER, BODY_OF
from ..articles.lodged_injuries import IN_BODY
from ..lexicon.casualties import INJURY_TOLD_AFTER, INJURY_TOLD_BEFORE, TOLL_NOUN
from ..lexicon.weapons import LAUNCH_ATTEMPTS
from ..knowledge import cues as cue_data
from ..numbers import NumberMention
from ..regex_guard import guarded
from . import vocabulary
from .cue_gaps import back_distance, fwd_distance
from .measure_frames import compound_wave_pattern, measure_frame_pattern, weapon_tally_pattern

# --------------------------------------------------------------------------- vocabulary

# Cues that govern a number AFTER them ("killing five", "shot down 40", "death toll rose to 12").
_FWD = {
    "killed": r"kill(?:ed|ing|s)?|claim(?:ed|ing)\s+the\s+lives\s+of|took\s+the\s+lives\s+of|" + BODY_OF
              # the body found before the person, as the rules read it (articles/found_bodies.py)
              + r"|(?:the\s+)?dead\s+(?:included|include|were|are|was|is|number(?:ed)?)|(?:who\s+)?died\s+(?:was|were)",
    "injured": r"injur(?:ed|ing|es)|wound(?:ed|ing|s)?|hurt(?:ing)?|hospitali[sz](?:ed|ing)"
               r"|(?:the\s+)?(?:injured|wounded)\s+(?:included|include|were|are|number(?:ed)?)",
    # every inflection: a live blog tells the night in the present ("Russia fires 40 missiles")
    "launched": r"launch(?:ed|ing|es)?|fir(?:ed|ing|es)|sen(?:t|ding|ds)|unleash(?:ed|ing|es)?|us(?:ed|ing|es)"
                r"|dropp(?:ed|ing)|drops"
                # a launch told by what was attacked "with" (`attack_with_verbs`), never past a carrier
                rf"|(?:{vocabulary.pattern('attack_with_verbs')})\s+"
                rf"(?:(?!(?:{vocabulary.pattern('carrier_words')})\b|(?:{vocabulary.pattern('storage_words')})\s+with\b)"
                r"[\w'’-]+\s+){0,10}?with"  # r13: a long object; a store struck, not one holding weapons
                # the make-up of a wave told after its total: "they comprised 300 drones and 12 missiles"
                r"|compris(?:ed|ing|es)|consist(?:ed|ing|s)?\s+of|(?:was|were)\s+made\s+up\s+of"
                # a wave named by its size: "in a barrage of 40 missiles", "a swarm of 60 drones"
                r"|(?:barrage|salvo|volley|swarm)\s+of"
                # r22 (dev41 L3): a tally naming its weapons ("the rocket count was 52"): `measure_frames`
                + "|" + weapon_tally_pattern(),
    "intercepted": r"shot\s+down|shoot(?:ing|s)?\s+down|(?:brought|bring(?:ing|s)?|took|tak(?:en|ing|es))\s+down"
                   r"|intercept(?:ed|ing|s)?|destroy(?:ed|ing|s)?"
                   r"|down(?:ed|ing|s)|(?:to|could|did|defen[cs]es|forces|units|crews|gunners|groups)\s+down|neutrali[sz](?:ed|ing|es|e)|jamm(?:ed|ing)|jams"
                   r"|suppress(?:ed|ing|es)?"
                   r"|" + vocabulary.pattern("downing_verbs_more")  # "air defences stopped 40 of them"
                   # r16: the particle after the object ("knocked 27 drones out of the sky")
                   + rf"|(?:{vocabulary.pattern('split_downing_verbs')})"
                   rf"(?=\s+(?:[\w'’-]+\s+){{1,5}}?(?:{vocabulary.pattern('split_downing_particles')})\b)",
}
# "death toll" may sit a few words further from its number ("the death toll in X rose to 12").
_TOLL = TOLL_NOUN  # r22: the rules' toll noun (lexicon/casualties), "number of dead" too
# Cues that govern a number BEFORE them ("five people were killed", "12 injured", "3 dead").
_BACK = {
    "killed": r"killed|dead|died|die|perished|deaths?|fatalities|lives|lost\s+(?:their|his|her)\s+lives|lost\s+(?:his|her)\s+life(?![\s-]+(?:savings|insurance|work|story|partner)|['’]s)"
              r"|fatally\s+\w+|bodies"
              # r16: a person in the possessive before the body found ("a woman's body was recovered")
              rf"|{BODY_AFTER_OWNER}",
    "injured": r"injured|wounded|hurt|hospitali[sz]ed|injuries|taken\s+to\s+hospital",
    "launched": r"launched|fired|sent|used|dropped",
    "intercepted": r"shot\s+down|brought\s+down|taken\s+down|intercepted|destroyed|downed|neutrali[sz]ed|jammed|suppressed|"
                   + vocabulary.pattern("downing_verbs_more_after")
                   + "|" + cue_data.words_alternation("strike", "fall_to_defence"),  # r26, one list with the rules'
}
DOWNED_AFTER = _BACK["intercepted"]  # the downing verbs after their number, for readers of parts (`partitives`)
# Back cues that count weapons only when the number names them: "17 drones targeted the city",
# "six bombs came down on the town" (`impact_verbs`), "58 UAVs took part"; and forward ones, an
# air force's tally verbs ("tracked 212 Shaheds").
_BACK_WEAPON = "|".join((vocabulary.pattern("impact_verbs"), vocabulary.pattern("launch_tally_verbs_after"),
                         compound_wave_pattern(),  # "a 90-drone attack"
                         LAUNCH_ATTEMPTS))  # r20: "four drones tried to reach the city" (the rules' phrases)
_FWD_WEAPON = "|".join((vocabulary.pattern("launch_tally_verbs"), vocabulary.pattern("launch_verbs_weapon_only"),
                        measure_frame_pattern()))  # "put the attack at 90 drones": `measure_frames`
_DOWNED_AND = re.compile(rf"\b(?:{_FWD['intercepted']})\s+(?:and|or|&)\s+$", re.I)
# "debris of two drones fell on a house": the wreckage of downed weapons, no launch
_WRECKAGE = re.compile(rf"\b(?:{vocabulary.pattern('wreckage_nouns')})\s+of\s+(?:the\s+)?$", re.I)
# Ukrainian and Russian casualty words, on either side of the number: an English answer may quote
# a non-English article verbatim (the openai path's instruction); they never occur in English text.
for _casualty in ("killed", "injured"):  # not `_role`: that name is the function below
    _FWD[_casualty] += "|" + vocabulary.pattern(f"cyrillic_{_casualty}")
    _BACK[_casualty] += "|" + vocabulary.pattern(f"cyrillic_{_casualty}")
# r14: an injury told by what befell the person, the rules' vocabulary ("a guard was hit by shrapnel",
# "shrapnel hit a passer-by", "two were treated for burns")
_BACK["injured"] += "|" + INJURY_TOLD_AFTER  # with the injury had (articles/injuries_had.py): "four residents have shrapnel wounds"
# r16 (dev30 A6): "leaving four more residents with wounds", "were left with burns"
_BACK["injured"] += rf"|with\s+(?:[\w-]+\s+){{0,2}}?(?:{vocabulary.pattern('injury_nouns_with')})"
_FWD["injured"] += "|" + INJURY_TOLD_BEFORE
# r18 (dev34 A2): a foreign body of war in a body part, after "with" or "has": "the driver, 61, is in
# hospital with shrapnel in his shoulder", "remains in hospital with a shard lodged in her neck", "has
# metal fragments in one leg"; never "shrapnel in the yard", "the back of the van", a heart attack
_BACK["injured"] += rf"|(?:with|has|have|had|having)\s+(?:[\w-]+\s+){{0,3}}?{IN_BODY}"


# r19 (dev35 C3): a relative clause whose subject is the launcher, straight after the weapons counted as a
# part ("as well as seven of the kamikaze drones it sent", "nine of the strike drones Russia fired"): it
# says which weapons, and lends the part no launch of its own
# r28: so does a participle right after the whole ("31 of 38 missiles fired at the country were shot down",
# "two of the drones launched from Kursk", "of the missiles that were launched"): the whole's, never the part's
_LAUNCHER_RELATIVE = re.compile(
    rf"\s+of\s+(?:(?:the|these|those|all\s+the|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{vocabulary.pattern('part_weapon_nouns')})"
    r"\s+(?:(?:that\s+|which\s+)?(?:it|they|(?:the\s+)?enemy|(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:forces|troops|army|military))?)\s+"
    r"(?:had\s+|has\s+)?|(?:that|which)\s+(?:were|had\s+been|have\s+been)\s+)?$", re.I)


@lru_cache(maxsize=None)
def _cue_words(pattern: str) -> re.Pattern[str]:
    """A cue pattern compiled once, with a first-character guard (`regex_guard`: the same
    matches in half the time, since most words of an article can begin no cue)."""
    return re.compile(guarded(pattern, re.I), re.I)


def _find_cues(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, role, direction) for every cue word; direction 'fwd', 'back' or 'toll'."""
    cues = []
    for role, pattern in _FWD.items():
        cues += [(c.start(), c.end(), role, "fwd") for c in _cue_words(rf"\b(?:{pattern})\b").finditer(text)]
    cues += [(c.start(), c.end(), "killed", "toll") for c in _cue_words(rf"\b{_TOLL}\b").finditer(text)]
    for role, pattern in _BACK.items():
        cues += [(c.start(), c.end(), role, "back") for c in _cue_words(rf"\b(?:{pattern})\b").finditer(text)]
    cues += [(c.start(), c.end(), "launched", "back_weapon")
             for c in _cue_words(rf"\b(?:{_BACK_WEAPON})\b").finditer(text)]
    # a tally verb that shares its object with a downing verb ("shot down and registered 40") is no launch
    cues += [(c.start(), c.end(), "launched", "fwd_weapon")
             for c in _cue_words(rf"\b(?:{_FWD_WEAPON})\b").finditer(text)
             if not _DOWNED_AND.search(text, max(0, c.start() - 40), c.start())]
    # "air-launched", "sea-launched": a kind of missile, never a launch (as `lexicon.LAUNCH_CUES`)
    cues = [c for c in cues if not (c[2] == "launched" and c[0] > 0 and text[c[0] - 1] == "-")]
    cues.sort()
    return cues


def _role(text: str, m: NumberMention, noun: str | None,
          cues: Sequence[tuple[int, int, str, str]]) -> str | None:
    """The role of the nearest cue that governs this number and fits the noun it counts."""
    # (at one distance the longer cue is the more specific: "fell to air defence" over "fell", r26)
    best: tuple[int, int, int, str] | None = None
    tally = False  # the best cue is an air force's tally verb ("counts", "recorded")
    for start, end, role, direction in cues:
        if not _fits_noun(role, noun):
            continue
        if direction in ("back_weapon", "fwd_weapon") and noun != "weapon":
            continue
        if direction == "back_weapon" and _WRECKAGE.search(text[max(0, m.start - 30):m.start]):
            continue
        if direction in ("back", "back_weapon") and start >= m.end:
            if role == "launched" and _LAUNCHER_RELATIVE.match(text, m.end, start):
                continue  # r19 (dev35 C3): "five of the drones it launched": the clause describes the drones
            dist = back_distance(text[m.end:start])
            rank = 0
        elif direction in ("fwd", "fwd_weapon", "toll") and end <= m.start:
            dist = fwd_distance(text[end:m.start], toll=direction == "toll")
            rank = 1
        else:
            continue
        if dist is not None and (best is None or (dist, rank, start - end) < best[:3]):
            best = (dist, rank, start - end, role)
            tally = direction == "fwd_weapon"
    if best is not None and tally and _downed_participle(text, m, cues):
        return "intercepted"  # "the air force counts 74 drones shot down": the tally reports, the participle tells
    return best[3] if best else None


# r32: a downing participle right after the weapons counted, no auxiliary between ("74 drones shot down
# or jammed", "40 missiles intercepted over the south")
# (r48: or past the rest of the list it closes, "counted 43 missiles, 9 bombs and 51 drones shot down")
# (no finite verb in an item: "counted 43 missiles and 51 drones, and 40 drones were shot down" keeps the launch)
LIST_WORD = r"(?!(?:were|was|are|is|had|have|has|been)\b)[\w'’-]+"
ITEM_WORDS = rf"\s+(?:{LIST_WORD}\s+){{0,2}}?{LIST_WORD}"  # one to three words of an item's noun phrase
LIST_REST = rf"(?:{ITEM_WORDS}(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d[\d,]*)*"  # the later items, each opened by its count
_NOUN_THEN_PARTICIPLE = re.compile(rf"{LIST_REST}\s+(?:{LIST_WORD}\s+){{0,2}}?$")


def _downed_participle(text: str, m: NumberMention, cues: Sequence[tuple[int, int, str, str]]) -> bool:
    return any(role == "intercepted" and direction == "back" and start >= m.end
               and _NOUN_THEN_PARTICIPLE.fullmatch(text, m.end, start) is not None
               for start, _end, role, direction in cues)


def _fits_noun(role: str, noun: str | None) -> bool:
    if role in ("killed", "injured"):
        return noun in (None, "person", "child")
    return noun in (None, "weapon")
