"""Anchoring across formats: a wire dateline (the filing place and day, not the event), a live
blog's time stamp (each update anchors its own sentences), the night words of a post, "between
X on Wednesday and Y on Thursday" (one night), the enemy as its opponent names it, a place named
only in an official's title or a river's name, vague plural quantities, and "over the region"."""

from __future__ import annotations

import re

from ..calendar_days import WD_NAMES
from ..knowledge import cues

_WEEKDAY = r"(?:" + WD_NAMES + r")"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

_DAY = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+(?:19|20)\d{{2}})?"
# "KYIV, March 10 (Agency) - ", "ZAPORIZHZHIA, Ukraine (AP) — ", "LONDON — ": where and when the
# story was filed, written in capitals before a dash at the start of the body.
DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z'’.\-]{2,}(?:\s+[A-Z][A-Z'’.\-]+){0,3}"
    # dev29 A5: the bureaus of a joint dateline, "MOSCOW/KYIV, Oct 19 (Agency) - "
    r"(?:\s*/\s*[A-Z][A-Z'’.\-]{2,}(?:\s+[A-Z][A-Z'’.\-]+){0,2})*"
    rf"(?:,\s+(?:{_DAY}|[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?))?(?:,\s+{_DAY})?"
    r"(?:\s*\([^()\n]{1,40}\))?"
    # atk7: a dateline with no place, only the day and the agency: "Nov 13 (Agency) - "
    rf"|{_DAY}\s*\([^()\n]{{1,40}}\))\s*[-—–]+\s+")
# A live blog's time stamp opening an update: "14:35 ...", "09.10 - ...", "2:15pm GMT", "**15:20**".
# "Updated 16:20 -", "Posted at 09:05:": the stamp may say what it is.
LIVE_STAMP = re.compile(r"\s*(?:\*\*|__)?(?:(?:(?i:last\s+)?(?i:updated?|posted|published)|(?i:update))\s+(?:at\s+)?)?"
                        r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|local\s+time)?"
                        r"\s*(?:\*\*|__)?\s*[-—–:|]?\s")
# A clock time in a sentence ("shortly before 6 a.m.", "at 14:10", "from 10:00 to 15:30"): a time of
# the day the report tells, when the sentence names no other day.
CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?!\w)"
                        r"|\b(?:at|around|about|before|after|until|till|from|to|by|since)\s+(?:about\s+|around\s+)?\d{1,2}[:.]\d{2}\b",
                        re.I)
NIGHT_WORDS = cues.pattern("anchoring", "night_words")
# "Between 21:30 on Sunday and 04:00 on Monday", "from Monday evening to Tuesday morning".
BETWEEN_FRAME = re.compile(r"\b(?:between|from)\b", re.I)
ENEMY_ATTACKER = re.compile(
    rf"\b(?:{cues.alternation('anchoring', 'enemy_words')})(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?"  # r9: "the enemy's last raid"
    rf"(?:{cues.alternation('anchoring', 'enemy_acts')})\b", re.I)
PLACE_TITLE_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{cues.alternation('anchoring', 'title_after')})\b", re.I)
PLACE_FEATURE_AFTER = re.compile(rf"\s+(?:{cues.alternation('anchoring', 'feature_after')})\b", re.I)
# "on Shevchenko Avenue", "Odeska Street": a street, right after the name
PLACE_STREET_AFTER = re.compile(rf"\s+(?:{cues.alternation('anchoring', 'street_after')})\b")
# "the Sea of Azov", "the Gulf of Finland": a water body named after a town, ending right before the name
PLACE_FEATURE_BEFORE = re.compile(rf"\b(?:{cues.alternation('anchoring', 'feature_before')})\s+of\s+(?:the\s+)?$")
# A fronted region frame up to its region's name: "In the X region, ...", "In Russia's X region",
# "In the central X region", "In northern X region" (dev20 B10)
REGION_FRAME_OPENING = re.compile(
    rf"\s*In\s+(?:the\s+|Russia['’]s\s+|Ukraine['’]s\s+)?(?:(?:{cues.alternation('anchoring', 'direction_adjectives')})\s+)?", re.I)
RIVER_NAMED = re.compile(
    rf"\b(?i:{cues.alternation('anchoring', 'river_before')})\s+(?i:the)\s+(?:{cues.alternation('anchoring', 'river_names')})\b"
    rf"(?!['’]?\s*(?i:{cues.alternation('anchoring', 'river_not_after')})\b)")
VAGUE_QUANTITY = re.compile(rf"^(?:{cues.alternation('anchoring', 'vague_quantities')})\b", re.I)
REGION_ANAPHOR = cues.pattern("anchoring", "region_anaphor")
# "eight drones were launched at the site / at the region": the place of the strike told just before (r20, dev37 C2)
AIM_ANAPHOR = cues.pattern("anchoring", "aim_anaphor")
# Where weapons were launched from ("launched from the Kursk region", "from the directions of A,
# B and C", "from launch sites near X", "from Chauda in occupied Crimea"): the cue, then the
# list of names it covers (a name "in" its region is still the origin; r9atk: so is the region of a
# named airfield, "from the Engels airfield in the Saratov region").
LAUNCH_AREA = re.compile(
    rf"\b(?i:{cues.alternation('anchoring', 'launch_area_before')})\s+(?P<area>(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+|-)(?:(?:the|from|in|(?:temporarily\s+)?occupied)\s+)*(?:[A-Z][\w'’-]*|regions?|oblasts?|areas?|provinces?"
    r"|(?:airfields?|air\s*bases?|airbases?)(?:\s+(?:near|in|at|outside)(?=\s+(?:the\s+)?[A-Z]))?)"
    # r16 (dev30 B4): a bracket that places one member of the list, "A, B (occupied Crimea) and C"
    r"|\s*\((?:(?:temporarily\s+)?occupied\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\))*)")
# dev20 B1: a bracket right after a weapon count in a tally holds where the weapons came from, not a
# place hit: "8 Kalibr (Bryansk and Voronezh regions)", "6 Kinzhal (MiG-31K jets over the Tambov region)"
LAUNCH_BRACKET = re.compile(
    r"\b(?i:drones?|UAVs?|decoys?|missiles?|Shaheds?|Gerans?|Gerberas?|Kinzhals?|Kalibrs?|Iskander(?:-[MK])?s?"
    r"|Kh-\d+\w*|bombs?|KABs?)\s*\((?P<area>[^()\n]{1,120})\)")
# "acting mayor Artem Kobzar": a title, a first name that is also a town, then a surname: a person.
PERSON_TITLE_BEFORE = re.compile(rf"\b(?:{cues.alternation('anchoring', 'person_title_before')})\s+$", re.I)
SURNAME_AFTER = re.compile(r"\s+[A-Z][a-z'’-]+(?:[a-z]|\b)(?!\s+(?:region|oblast|district|Oblast|Region))")
# Between two places: a new clause with its own strike verb ("..., while a ballistic missile hit an
# industrial site in X"): X is another locality hit, not one more place of the first strike.
SEPARATE_STRIKE_GAP = re.compile(
    r"(?:,\s*(?:while|whereas|and\s+(?:a|an|another|the)|as)|;|\bwhile|\bwhereas"
    # r29: "a missile killed two in A and drones damaged a ship in B": a clause of its own weapons
    # (never weapons coordinated in one subject: "artillery and drones hit A and B")
    r"|(?<!artillery)(?<!drones)(?<!drone)(?<!missiles)(?<!rockets)(?<!shells)(?<!bombs)(?<!mortars)"
    r"\s+and(?=\s+(?:(?:a|an|\d+|two|three|four|five|several|Russian|Ukrainian)\s+)?(?:[\w-]+\s+)?"
    r"(?:drones?|missiles?|shells?|bombs?|rockets?|shaheds?)\s+(?!and\b|or\b)))\s+(?:[\w'’-]+\s+){0,8}?"
    rf"(?:{cues.alternation('anchoring', 'separate_strike')})\s+(?:[\w'’-]+\s+){{0,8}}?$", re.I)
# "our forces struck", "its troops hit", "said it had struck": the speaker's own side attacked
# ("said it had been hit" is the other way round).
OWN_FORCES_ACT = re.compile(
    rf"\b(?:{cues.alternation('anchoring', 'own_forces')})\s+(?:(?!(?:been|was|were|being)\b)[\w-]+\s+){{0,3}}?"
    rf"(?:{cues.alternation('anchoring', 'own_strike_acts')})\b", re.I)
# A mayor or governor speaking: the figures are for the place they run.
LOCAL_OFFICIAL = cues.pattern("anchoring", "local_officials")
# "fired 65 drones at Ukraine", "used 120 drones against Russia": the country a barrage was aimed at.
# "a large attack ... against defence plants and arms factories of Ukraine", "strikes
# on energy facilities in Ukraine", "struck Ukrainian gas infrastructure": the country a strike
# told without a place was aimed at.
STRIKE_ON_COUNTRY = re.compile(
    r"\b(?:against|on|at)\s+(?:[\w-]+\s+){0,8}?(?:(?:of|in)\s+(?:the\s+)?(?P<country>Ukraine|Russia)\b(?!['’]s)"
    r"|(?P<owner>Ukraine|Russia)['’]s\s+(?:[\w-]+\s+){0,2}?(?:military|defen[cs]e|energy|industr|infrastructure|enterprises"
    r"|facilities|airfields?|ports?|plants?|power|grid|gas|oil|electricity|substations?))"
    # r45 (dev67): "hit substations all over Ukraine", "strikes throughout Russia": the whole country
    r"|\b(?:across|throughout|all\s+over)\s+(?:the\s+whole\s+of\s+)?(?P<across>Ukraine|Russia)\b(?!['’]s)"
    # B8: "its troops struck Ukrainian gas production infrastructure", "hit energy sites serving Ukraine's
    # arms industry": the country as the object's adjective or owner, after the strike verb
    r"|\b(?:struck|hit|attacked|targeted|bombed|pounded|battered|hammered|pummell?ed)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:(?P<adj>Ukrainian|Russian)\s+|(?P<owner2>Ukraine|Russia)['’]s\s+)(?:[\w-]+\s+){0,3}?"
    r"(?:military|defen[cs]e|energy|gas|oil|power|industr|infrastructure|enterprises|facilities|airfields?|ports?|plants?"
    r"|grid|substations?|refiner)")  # r46: "drones and missiles pounded the Ukrainian grid"
# "the Russian armed forces delivered a massive strike": a side's forces striking, named by demonym.
SIDE_FORCES_ACT = re.compile(
    r"\b(?P<side>Russian|Ukrainian)\s+(?:armed\s+forces|forces|military|army|troops|air\s+force|navy)\s+"
    rf"(?:(?!(?:been|was|were|being)\b)[\w-]+\s+){{0,3}}?(?:{cues.alternation('anchoring', 'own_strike_acts')})\b", re.I)
# r46 (dev68): a side's war ministry announcing a strike as its own ("the Russian Defence Ministry claimed a
# massive strike on power plants in Ukraine"): that side struck (a strike of the other side
# it reports names that side: "reported a Ukrainian drone attack", read first as the attacker)
SIDE_ANNOUNCED_STRIKE = re.compile(
    r"\b(?P<side>Russia|Ukraine|Russian|Ukrainian)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ministry|General\s+Staff|armed\s+forces|military|army|navy)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:announced|claimed)\s+(?:what\s+it\s+called\s+)?(?:an?\s+)?[\"“]?(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?)\b", re.I)
SIDE_STRIKING = (SIDE_FORCES_ACT, SIDE_ANNOUNCED_STRIKE)  # the side that struck, by its forces or its ministry
AIMED_AT_COUNTRY = re.compile(r"\b(?:at|against|on|towards|toward|into)\s+(?P<country>Ukraine|Russia)\b(?!['’]s)")
# An accusation names the attacker and its accuser: "Moscow accused Kyiv of striking a market in X"
# (Kyiv attacked; Moscow, only a speaker, is neither attacker nor place).
ACCUSED_OF = re.compile(
    rf"\b(?:{cues.alternation('anchoring', 'accusation_verbs')})\s+(?P<side>(?:the\s+)?[A-Z][\w'’-]+)"
    rf"(?:\s+(?:forces|troops|army|military))?\s+(?:of|for)\s+(?:{cues.alternation('anchoring', 'accused_acts')})\b")
