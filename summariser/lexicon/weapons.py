"""Weapons by type and model, and the cues of launches and interceptions ("fired 40 drones",
"shot down 36 of them"), with the parts of a total told by place ("12 of them over X")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..knowledge import cues
from ..knowledge.actors import resolve_actor
from ..knowledge.sides import OPPONENT
from ..numbers import NUMBER_WORD
from ..records import WeaponType
from ..regex_guard import guarded


# --------------------------------------------------------------------------- weapons

# (regex, type, model). type None marks defensive hardware we must not count as a weapon
# used in the attack ("air defence missiles", "interceptors", "Patriot").
WEAPON_TERMS: list[tuple[str, WeaponType | None, str | None]] = [
    (r"air[- ]defen[cs]e\s+(?:missiles?|systems?|interceptors?)|anti-aircraft\s+missiles?"
     r"|interceptor(?:\s+missile)?s?|surface-to-air\s+missiles?|Patriots?(?:\s+(?:systems?|missiles?))?", None, None),
    # r3: "Gerbera decoys", "Gerberas", "imitator drones": a decoy model named with or without its noun
    (r"decoy\s+drones?|decoys|(?:Gerbera|Parody)s?(?:\s+(?:decoy\s+)?(?:drones?|decoys?))?|imitation\s+drones?|dummy\s+drones?"
     r"|imitator\s+drones?|imitators?|drone\s+imitators?|simulator\s+drones?",
     WeaponType.decoy_drone, None),
    # r5atk B11: sea drones before the drone family ("naval drones" is one weapon); codebook 9
    # (ruling of 2 Dec 2026, dev34-B3): surface and underwater drones are of type drone
    (cues.alternation("weapons", "sea_drones"), WeaponType.drone, None),
    # r5atk B11: the gun word family of artillery ("heavy guns", "Russian batteries", "cannon fire")
    (cues.alternation("weapons", "artillery_guns"), WeaponType.artillery, None),
    # r18 (dev34-B6): "troops opened fire on X", "fired on the village": artillery fire on a town
    (cues.alternation("weapons", "fire_on_place"), WeaponType.artillery, None),
    (r"Shahed(?:-\d{3})?(?:-type)?s?(?:\s+(?:attack\s+|kamikaze\s+|strike\s+)?(?:drones?|UAVs?))?", WeaponType.drone, "Shahed"),
    # r10atk2 (dev20 B1): "Geran-type attack UAVs" as "Shahed-type" (the model's family word)
    (r"Geran(?:-\d)?(?:-type)?s?(?:\s+(?:attack\s+|kamikaze\s+|strike\s+)?(?:drones?|UAVs?))?", WeaponType.drone, "Geran"),
    (r"Lancets?(?:\s+drones?)?", WeaponType.drone, "Lancet"),
    (r"(?:attack|kamikaze|strike|combat|long-range|unmanned|suicide|explosive|FPV|first-person-view|aerial)?\s*"
     r"(?:drones?|UAVs?)(?!\s+(?:boats?|vessels?|ships?|craft)\b)|unmanned\s+aerial\s+vehicles?",  # r5atk B11: "drone boats"
     WeaponType.drone, None),
    (r"Iskander(?:-[MK])?s?(?:\s+(?:ballistic\s+|cruise\s+)?missiles?)?", WeaponType.ballistic_missile, "Iskander"),
    (r"Kinzhals?(?:\s+(?:hypersonic\s+|ballistic\s+)?missiles?)?", WeaponType.ballistic_missile, "Kinzhal"),
    # a model's plural is the model ("four Kh-101s", "two S-300s", r27)
    (r"KN-23s?(?:\s+missiles?)?", WeaponType.ballistic_missile, "KN-23"),
    (r"ATACMS(?:\s+missiles?)?", WeaponType.ballistic_missile, "ATACMS"),
    (r"Oreshniks?(?:\s+missiles?)?", WeaponType.ballistic_missile, "Oreshnik"),
    (r"Tochka-Us?(?:\s+missiles?)?", WeaponType.ballistic_missile, "Tochka-U"),
    (r"(?:hypersonic\s+|aeroballistic\s+|short-range\s+|medium-range\s+)?ballistic\s+missiles?|ballistics"
     r"|ballistic(?=\s+(?:and|or)\s+cruise)",
     WeaponType.ballistic_missile, None),
    (r"Kalibrs?(?:\s+(?:cruise\s+)?missiles?)?", WeaponType.cruise_missile, "Kalibr"),
    (r"Kh-(?:101|555|55|59|69)s?(?:\s+(?:cruise\s+)?missiles?)?", WeaponType.cruise_missile, "Kh-"),
    (r"Storm\s+Shadows?(?:\s+(?:cruise\s+)?missiles?)?|SCALPs?(?:\s+missiles?)?", WeaponType.cruise_missile, "Storm Shadow"),
    (r"Tomahawks?(?:\s+(?:cruise\s+)?missiles?)?", WeaponType.cruise_missile, "Tomahawk"),
    (r"(?:Long\s+)?Neptunes?(?:\s+(?:cruise\s+)?missiles?)?", WeaponType.cruise_missile, "Neptune"),
    (r"(?:air-launched\s+|sea-launched\s+|long-range\s+)?cruise\s+missiles?|cruise(?=\s+(?:and|or)\s+ballistic)",
     WeaponType.cruise_missile, None),
    (r"Kh-(?:22|32|31|35|47M2)s?(?:\s+missiles?)?|S-300s?(?:\s+missiles?)?|S-400s?(?:\s+missiles?)?",
     WeaponType.missile, "Kh-"),
    (r"(?:guided\s+)?(?:glide|gliding)[\s-]+bombs?|guided\s+(?:aerial\s+|air\s+)?bombs?|KABs?|FAB-\d{3,4}s?|UMPK"  # (r33: "glide-bomb")
     r"|(?:aerial|aviation|air-dropped)\s+bombs?",  # r9: the front-line idiom for KABs
     WeaponType.glide_bomb, None),
    # rockets of a multiple rocket launcher are artillery, read whole: "MLRS rockets", "Grad rockets"
    (r"(?:multiple[- ]rocket[- ]launch(?:ers?|\s+systems?)|MLRS|Grads?|Uragans?|Smerchs?|Tornado-S|HIMARS)"
     r"(?:\s+(?:rockets?|missiles?|shells?|rounds))?|(?:multiple[- ]launch|MLRS|Grad|Uragan|Smerch)\s+rockets?"
     # r4atk B8: "rocket fire", "rocket artillery", "rocket salvos": the rocket family of artillery
     rf"|rocket[- ](?:{cues.alternation('weapons', 'rocket_artillery_after')})",
     WeaponType.artillery, None),
    # dev17 B4: the Russian MoD register's "(high-)precision (long-range) (sea-based) weapons" and
    # "precision-guided munitions": missiles whose type it does not say
    (r"(?:(?:air|sea|land|ground)-(?:based|launched)\s+)?(?:high-)?precision(?:-guided)?\s+(?:(?:long-range|air-launched"
     r"|sea-launched|(?:air|sea|land|ground)-based)\s+)?(?:weapons?|munitions?|arms)",
     WeaponType.missile, None),
    (r"(?:anti-ship\s+|guided\s+|long-range\s+)?missiles?|rockets?", WeaponType.missile, None),
    (r"multiple[- ]rocket[- ]launch(?:ers?|\s+systems?)|MLRS|Grads?|Uragans?|Smerchs?|Tornado-S|HIMARS"
     r"|artillery(?:\s+(?:shells?|fire|strikes?))?|shelling|shells|(?-i:shell)(?!\s+compan)|shell-?fire|mortars?(?:\s+(?:rounds|shells|fire))?"
     r"|howitzers?|tank\s+fire|shelled", WeaponType.artillery, None),
]
# a weapon's words may be joined by hyphens where it modifies a noun ("a guided-bomb strike", "a
# cruise-missile attack", r43): every space between its words reads a hyphen too
def _hyphened(p: str) -> str:
    return p.replace(r"\s+", r"[\s-]+")


WEAPON_RE = re.compile(r"\b(?:" + "|".join(f"(?P<w{i}>{_hyphened(p)})" for i, (p, _, _) in enumerate(WEAPON_TERMS)) + r")\b", re.I)

# "drone strikes", "missile attack": the weapon word is a modifier, not a counted weapon.
WEAPON_AS_MODIFIER = re.compile(rf"\s*(?:{cues.alternation('weapons', 'weapon_as_modifier')})\b", re.I)

# Aggregates that stand for "drones and missiles" together: "270 targets", "aerial targets".
AGGREGATE_WEAPON = re.compile(
    r"(?:aerial\s+|air\s+|enemy\s+)?(?:targets|objects|means\s+of\s+air\s+attack)\b|air\s+attack\s+(?:means|assets|weapons)\b"
    r"|(?:aerial|air)\s+weapons\b", re.I)  # r9: "a total of 154 aerial weapons"

# Words allowed between a number and its weapon noun: "397 Iranian-made Shahed ... drones".
WEAPON_MODIFIER = re.compile(
    r"(?:\s+(?:Russian|Ukrainian|Iranian(?:-made|-designed)?|Russian-made|North\s+Korean(?:-made)?|enemy|"
    r"attack|strike|kamikaze|combat|long-range|unmanned|explosive|more|and|of\s+them|other|different|"
    r"types\s+of|various|new|additional|[A-Z][\w-]+-type|as\s+well\s+as|,"
    # atk8: a maker's origin: "U.S.-made", "British-supplied", "American", "Western-built"
    r"|[A-Z][\w.]*-(?:made|supplied|built|designed|produced)|American|British|French|German|Western))*\s+$")


def weapon_at(text: str, pos: int, end: int) -> tuple[re.Match[str], WeaponType | None, str | None] | None:
    """The weapon term starting at `pos` (after modifiers), as (match, type, model) or None."""
    m = WEAPON_RE.match(text, pos, end)
    if not m:
        return None
    for i, (_, wtype, model) in enumerate(WEAPON_TERMS):
        if m.group(f"w{i}"):
            return m, _rocket_family(text, m, wtype), _model_name(model, m.group(0))
    return None


# "a drone school", "an FPV drone-training centre", "the missile industry": no weapon used.
WEAPON_AS_INSTITUTION = re.compile(rf"(?:\s+|-)(?:{cues.alternation('weapons', 'weapon_as_institution')})\b", re.I)
# dev19 B11: "a workshop for assembling drones": the weapon is what the site makes (its target)
WEAPON_AS_PRODUCT_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('weapons', 'weapon_as_product_before')})\s+(?:[\w-]+\s+){{0,2}}$", re.I)


def iter_weapons(text: str, start: int, end: int) -> Iterator[tuple[re.Match[str], WeaponType, str | None]]:
    """Every weapon term in text[start:end] as (match, type, model); defensive hardware and an
    institution's trade ("a drone school") skipped."""
    for m in WEAPON_RE.finditer(text, start, end):
        if WEAPON_AS_INSTITUTION.match(text, m.end(), end) or \
                WEAPON_AS_PRODUCT_BEFORE.search(text, max(start, m.start() - 60), m.end() - len(m.group(0).lstrip())):
            continue
        for i, (_, wtype, model) in enumerate(WEAPON_TERMS):
            if m.group(f"w{i}"):
                if (typed := _rocket_family(text, m, wtype)) is not None:
                    yield m, typed, _model_name(model, m.group(0))
                break


# r4atk B8: a bare "rocket(s)" and the words of shelling in the same sentence.
_BARE_ROCKET = re.compile(r"rockets?", re.I)
_SHELLING_CONTEXT = cues.pattern("weapons", "rocket_shelling_context")
_SENTENCE_END = re.compile(r"[.!?;\n]")


def _rocket_family(text: str, m: re.Match[str], wtype: WeaponType | None) -> WeaponType | None:
    """A bare "rocket" is a missile unless its sentence tells shelling ("artillery and rockets",
    "rockets from multiple launchers"): then it is a multiple-launch rocket, artillery."""
    if wtype is not WeaponType.missile or not _BARE_ROCKET.fullmatch(m.group(0)):
        return wtype
    start = max(text.rfind(stop, 0, m.start()) for stop in ".!?;\n") + 1
    after = _SENTENCE_END.search(text, m.end())
    end = after.start() if after else len(text)
    outside = text[start:m.start()] + " " + text[m.end():end]
    return WeaponType.artillery if _SHELLING_CONTEXT.search(outside) else wtype


def _model_name(model: str | None, written: str) -> str | None:
    """The model as written where it carries a variant ("Geran-2", "Kh-101", "Iskander-M")."""
    if model is None:
        return None
    m = re.match(r"(?:Shahed(?:-\d{3})?|Geran(?:-\d)?|Iskander(?:-[MK])?|Kh-\d+(?:M2)?|S-[34]00|Storm\s+Shadow|SCALP"
                 r"|Kalibr|Kinzhal|KN-23|ATACMS|Tomahawk|Neptune|Lancet|Oreshnik|Tochka-U)", written.strip(), re.I)
    if not m:
        return model
    name = re.sub(r"\s+", " ", m.group(0))
    return name[0].upper() + name[1:] if not name.isupper() else name



# --------------------------------------------------------------------------- weapons told one by one

# r19 (dev35 C2; codebook 9: counted weapons as the subjects of their hits): "one drone struck a warehouse
# and a second slammed into a petrol station" is 2, "a rocket landed in the market; another hit the
# depot" is 2, "one shell fell on the school, a second on the clinic and a third on a block of flats" is 3.
# The first weapon is the subject of its hit; each further one ("another", "a second", "one more", with
# or without the noun) has its own hit verb, or the first's verb understood before a preposition. Never
# "another wave/attack" (`anaphoric_weapon_not_after`: another event), nor a weapon first told as downed.
# Grounding supports the value with it (`grounding/derived`). The rules do not count it yet: there a
# count makes the sentence a record of its own, and a generic "a missile ... another" told after a record
# of a precise type (ballistic) then splits from it (dev10, r19): left to the event segmentation.
_OBO_NOUN = cues.alternation("weapons", "one_by_one_weapon_nouns")
_OBO_VERB = cues.alternation("weapons", "one_by_one_hit_verbs")
_OBO_FIRST = re.compile(
    rf"\b(?:one|a|an|the\s+first)\s+(?:(?!(?:and|or|of|was|were)\b)[\w-]+\s+){{0,2}}?(?:{_OBO_NOUN})"
    rf"\s+(?:\w+ly\s+)?(?:{_OBO_VERB})\b", re.I)
_OBO_NEXT = re.compile(
    rf"(?:\s*,\s*and|\s*[,;]|\s+and|\s+while|\s+then)\s+(?:then\s+)?"
    rf"(?:{cues.alternation('weapons', 'anaphoric_weapon_ordinals')})"
    rf"(?:\s+(?:[\w-]+\s+)?(?:{_OBO_NOUN})|\s+one)?(?!\s+(?:{cues.alternation('weapons', 'anaphoric_weapon_not_after')})\b)"
    rf"\s+(?:\w+ly\s+)?(?:(?:{_OBO_VERB})\b|(?:on|onto|into|near|in)\s)", re.I)


def weapons_one_by_one(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, count) of each run of weapons told one by one in text[start:end] (a sentence)."""
    out = []
    pos = start
    while (first := _OBO_FIRST.search(text, pos, end)) is not None:
        n, last = 1, first.end()
        while (nxt := _OBO_NEXT.search(text, last, end)) is not None and not re.search(r"[.!?]\s", text[last:nxt.start()]):
            n, last = n + 1, nxt.end()
        if n >= 2:
            out.append((first.start(), last, n))
        pos = last
    return out


# --------------------------------------------------------------------------- table rows

_ROW_DOWN_VERB = r"(?:downed|shot\s+down|intercepted|destroyed|neutrali[sz]ed|suppressed|jammed)"
# A row of a table told in prose, the weapon opening its line or item, its figure after a colon or
# a dash, its downed share in a bracket or an "of which" clause: "Attack drones - 142 (118 of them
# downed)", "cruise missiles: 12, of which 9 were destroyed" (rules/weapon_labels.py and
# grounding/weapon_rows.py read the row the same way: n1 launched, n2 or n3 intercepted)
WEAPON_ROW = re.compile(
    r"(?:^|(?<=[:;.]\s)|(?<=\n))(?P<w>[A-Za-z][\w-]*(?:\s+[\w-]+){0,4}?)\s*(?::|\s[-\u2013\u2014])\s*"
    r"(?P<n1>\d[\d,]*)(?!\s*[\w%])"
    rf"(?:\s*\(\s*(?P<n2>\d[\d,]*)\s+(?:of\s+them\s+)?(?:were\s+)?{_ROW_DOWN_VERB}\s*\)"
    rf"|\s*,\s*of\s+(?:which|them|these)\s+(?P<n3>\d[\d,]*)\s+(?:were\s+)?{_ROW_DOWN_VERB})", re.I | re.M)


def weapon_rows(text: str, start: int, end: int) -> Iterator[tuple[re.Match[str], WeaponType, str | None]]:
    """Each row of `text[start:end]` whose label ends with a weapon's name, with that weapon."""
    for m in WEAPON_ROW.finditer(text, start, end):
        found = next(iter(iter_weapons(text, m.start("w"), m.end("w"))), None)
        if found is not None and found[0].end() == m.end("w"):
            yield m, found[1], found[2]


# --------------------------------------------------------------------------- launch / interception

# r20 (dev37 C6): an attempt by the counted weapons ("drones tried to reach the city") is a launch too;
# grounding reads the same phrases (grounding/role_cues.py)
LAUNCH_ATTEMPTS = cues.alternation("strike", "launch_attempts")
# "air-launched", "sea-launched", "shoulder-fired": a kind of weapon, never the verb of a launch
LAUNCH_CUES = re.compile(guarded(rf"(?<!-)\b(?:{cues.alternation('strike', 'launch')}|{LAUNCH_ATTEMPTS})\b", re.I), re.I)
INTERCEPT_CUES = cues.pattern("strike", "intercept")
# Counted but NOT intercepted: lost from radar, jammed, "failed to reach their targets".
# atk8: "shot down or jammed", "downed or suppressed by electronic warfare": one figure of weapons
# stopped, intercepted (the jamming joined to a downing by "or", or the means after "by").
# "electronic warfare units neutralised 40": the means as the subject that stopped them is an interception too
# r14 (dev25 D2): the means of an alternative after a downing ("downed 52 of them or diverted them
# with electronic warfare") is an interception too, as after "by"
NOT_INTERCEPTED = re.compile(rf"(?<!\bor\s)(?<!\bby\s)(?<!\bwith\s)(?<!\busing\s)(?<!\bvia\s)(?<!\bthrough\s)"
                             rf"\b(?:{cues.alternation('strike', 'not_intercepted')})\b"
                             r"(?!\s+(?:units?|crews?|teams?|groups?|forces|means|assets)\b)", re.I)
OF_THEM_INTERCEPTED = re.compile(
    r"^\s+(?:of\s+them\s+|of\s+which\s+|of\s+these\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+)?"  # r9: "with 118 downed"
    # (r49: "23 were brought down", "were taken out", "knocked out"; never bare jamming, r14)
    r"(?:successfully\s+)?(?:shot\s+down|intercepted|downed|destroyed|neutrali[sz]ed|suppressed|brought\s+down"
    r"|taken\s+(?:down|out)|knocked\s+out|eliminated"
    rf"|{cues.alternation('strike', 'fall_to_defence')})\b"  # r27: "nine were felled", "12 fell to air defence"
    # (r49: never a thing the weapon wrecked, "one of them wrecked a school gym")
    r"(?!\s+(?:drones?|missiles?|UAVs?|targets|Shaheds?)|\s+(?:a|an|the|its|their|his|her|our|two|three|several|\d+)\s)", re.I)
# A part of weapons counted before: "shot down 36 of them", "36 of these were intercepted".
OF_THEM = re.compile(r"\s+of\s+(?:them|these|those|which)\b", re.I)  # "40 of which air defences downed"
# A part told by place with no verb of its own: "25 were downed, 12 of them over the X region".
BREAKDOWN_AFTER = re.compile(r"\s*,?\s+(?:over|above|in|near|across)\s", re.I)
# Where weapons were downed: "over the X region", "20 over the X region", "of them over".
_AIR_OVER = "|".join(sorted(cues.phrases("shares", "air_over"), key=len, reverse=True))  # r17: "in the skies of"
BREAKDOWN_BEFORE = re.compile(
    rf"\b(?:{_AIR_OVER})\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:regions|oblasts|provinces|territories|republics?)\s+of\s+(?:the\s+)?)?$", re.I)
# ... as a part of a total: "including 18 over", "12 of them over", "most of them were downed over".
PART_OVER_BEFORE = re.compile(
    r"(?:\b(?:including|among\s+them|among\s+which|of\s+them|of\s+which|of\s+these|most|mostly|mainly|majority)\b[^,;:.]{0,30}|(?:^|[,:;]\s*|\band\s+)"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)"
    r"(?:\s+of\s+(?:the|these|those)\s+[\w-]+)?)\s+"
    r"(?:(?:were|was|had\s+been)\s+(?:(?:shot\s+down|downed|destroyed|intercepted)\s+)?)?(?:" + _AIR_OVER + r")\s+(?:the\s+)?"
    r"(?:republic\s+of\s+(?:the\s+)?)?$", re.I)  # "20 of them over the Republic of Crimea"; r21: "Of the 38 downed, 12 were over X"
# r20 (dev38 A2): a region told as the subject of its share of a downed total, then the regions
# after it with the verb gapped: "the A region accounted for 31 of those, B for 17 and C
# for 9", "Bryansk recorded 11 of these". The place verbs are grounding's too (cues/shares.yaml
# place_verbs); "accounted for" takes a bare count, the others need "of them" (never "had 5 dead").
# A share of a toll ("accounted for 30 of the dead", "for half of the casualties") is no such share.
_SHARE_N = r"(?P<n>\d+(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)\b"
_SHARE_OF = r"\s+of\s+(?:them|these|those|the\s+(?:drones|UAVs|missiles|total))\b"
_SHARE_PLACE = (r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                r"(?:\s+(?i:region|oblast|province|krai|republic))?(?:['’]s\s+(?:air\s+defen[cs]es?|crews|units))?")
_SHARE_END = r"(?!\s*(?:%|per\s*cent|percent|(?:of\s+)?(?:the\s+)?(?:dead|killed|deaths|victims|casualties|injur|wounded|toll)))"
PLACE_SHARE = re.compile(
    rf"(?<![\w'’-]){_SHARE_PLACE}\s+(?:(?P<acc>account(?:ed|s|ing)?\s+for)|{cues.alternation('shares', 'place_verbs')})"
    rf"\s+{_SHARE_N}(?P<of>{_SHARE_OF})?(?(of)|(?(acc)|(?!))){_SHARE_END}")
# ... the gapped share after it: ", the B region for 19", "and C for 15"
GAPPED_SHARE = re.compile(rf"\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+){_SHARE_PLACE}\s+for\s+{_SHARE_N}(?:{_SHARE_OF})?{_SHARE_END}"
                          r"(?=\s*(?:[,;.]|and\b|while\b|$))")

def place_shares(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The shares told with the region as subject, "the A region accounted for 31 of those, the B
    region for 19 and C for 15" (PLACE_SHARE, then the gapped ones after it); the rules' regional
    shares and grounding's shares read them."""
    out: list[re.Match[str]] = []
    for m in PLACE_SHARE.finditer(text, start, end):
        out.append(m)
        while (g := GAPPED_SHARE.match(text, out[-1].end(), end)) is not None:
            out.append(g)
    return out


# A share of a number: "half of the 40 drones were shot down" downs 20, not 40; a share told without
# a number over a counted whole ("most of the 20 drones", "nearly all of the 30 Shaheds"): the number
# is the whole, never the share. Grounding reads it so (grounding/cues.py), and the rules take the
# whole as the launch with no interception figure (backends/rules/weapons.py; dev37 C4).
SHARE_OF_WHOLE_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('shares', 'share_of_whole')})\s+of\s+(?:the\s+|these\s+|those\s+)?$", re.I)
# Any weapon named, for telling a strike's clause from another event's (a meeting's cause, an earlier
# event's aside): the weapon terms and bare "bombs".
WEAPON_WORD = re.compile(rf"{WEAPON_RE.pattern}|\bbombs?\b", re.I)
# ... the same words as an alternation with no group names, for a reader that puts it inside a longer
# pattern more than once (grounding/cue_gaps.py: "48 drones and three missiles were launched")
WEAPON_WORD_ALT = r"\b(?:" + "|".join(f"(?:{_hyphened(p)})" for p, _, _ in WEAPON_TERMS) + r")\b|\bbombs?\b"
# A whole weapon class told by a quantifier on its name, no number ("all the cruise missiles", "every one of
# the Iskanders"): the rules (`whole_counts.all_named_downed`) and grounding (`whole_wave`) read it as that
# weapon's launched count downed; a number after the determiner is a count of its own (r21, dev39 C1)
# "every one of the Kalibrs", "each one of them": the "one" of a universal quantifier counts no single weapon
UNIVERSAL_ONE_BEFORE = re.compile(r"\b(?:every|each)\s+(?:single\s+)?$", re.I)
ALL_NAMED = re.compile(r"\b(?:all(?:\s+of)?|every\s+(?:single\s+)?one\s+of|each(?:\s+one)?\s+of)\s+(?P<det>the|these|those)(?=\s+(?!\d)[A-Za-z])", re.I)
OF_WHICH_BEFORE = re.compile(r"(?:of\s+(?:which|them|these)|air\s+defen[cs]es?\s+(?:shot\s+down|intercepted|downed|destroyed))\s*,?\s*$", re.I)
# The side that shoots weapons down is the side attacked: "Ukraine's air force said it downed 62",
# "Russian air defences destroyed 30 drones" (the target of an interception report naming no place).
DEFENDER = re.compile(
    r"\b(?P<side>Ukraine['’]s|Russia['’]s|Ukrainian|Russian)\s+(?:[\w-]+\s+){0,2}?(?i:air\s+force|air\s+defen[cs]es?"
    r"|anti-aircraft|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|mobile\s+fire\s+groups)\b")
# A drone count whose aside says decoys are inside it: "90 drones of various types, including
# imitators" is a combined total of attack drones and decoys (codebook rule 9).
MIXED_DRONES_AFTER = re.compile(
    rf"(?:\s+of\s+(?:{cues.alternation('weapons', 'mixed_types')})\s+types)?\s*,?\s+"
    rf"(?:{cues.alternation('weapons', 'mixed_including')})\s+(?:{cues.alternation('weapons', 'decoy_drones')})\b", re.I)
# r35 (dev57 L3): a whole told as the second object of the verb that downed a counted part, "destroyed
# 40 of the drones and all the Kalibrs", "brought down 90 drones as well as every one of the missiles":
# the clause before the quantifier, from its downing verb to the joining word (grounding reads it too)
_JOINED_PART = re.compile(rf"[^.;:!?]{{0,80}}?\b(?:{INTERCEPT_CUES.pattern})\s+(?:[\w-]+\s+){{0,2}}?(?:\d[\d,]*|{NUMBER_WORD})\b"
                          r"[^.;:!?]{0,50}?\s(?:and|as\s+well\s+as|plus|along\s+with|together\s+with)\s+$", re.I)


# the quantified class as the subject of a verb of its own ("and all the Kalibrs hit the port"): no object
_OWN_VERB_AFTER = re.compile(r"[^.;:,!?]{0,40}?\b(?:hit|hits|struck|reached|landed|exploded|got|were|was|are|is|have|"
                             r"has|had|slipped|evaded|broke|fell|crashed|killed|damaged)\b", re.I)


def joined_to_downed_part(text: str, pos: int, end: int) -> bool:
    """Do the words before `pos` tell a counted part downed and join the quantifier (`pos` to `end`) to
    that verb as its second object?"""
    if _OWN_VERB_AFTER.match(text, end):
        return False
    return any(m.end() == pos for m in [_JOINED_PART.search(text, max(0, pos - 130), pos)] if m is not None)


# Every weapon counted was downed: "25 drones, all of which were destroyed", "all were shot down".
ALL_DOWNED = re.compile(
    rf"(?<!\bnot\s)\b(?:all|both)\s+(?:of\s+(?:{cues.alternation('weapons', 'all_downed_of')})\s+|(?:the\s+)?"
    rf"(?:{cues.alternation('weapons', 'all_downed_nouns')})\s+)?(?:[\w-]+\s+)?"
    rf"(?:{cues.alternation('weapons', 'all_downed_auxiliaries')})\s+(?:(?:{cues.alternation('weapons', 'all_downed_adverbs')})\s+)?"
    rf"(?:{INTERCEPT_CUES.pattern})|(?:{INTERCEPT_CUES.pattern})\s+(?:{cues.alternation('weapons', 'all_downed_after')})\b"
    # r43 (dev65): the defenders as the subject of a relative clause ("all of which the gunners destroyed")
    rf"|(?<!\bnot\s)\b(?:all|both)\s+of\s+which\s+(?:[\w'’-]+\s+){{1,3}}?(?:{INTERCEPT_CUES.pattern})", re.I)
# All but a few downed: "all but six were neutralised", "downed all but five of them" (intercepted
# = the one launch figure minus K; the figure K itself is no interception).
ALL_BUT = re.compile(
    r"\b(?:all|every\s+one|each)\s+(?:of\s+them\s+)?(?:but|except(?:\s+for)?|save)\s+(?P<k>\S+)"
    rf"(?:\s+[\w-]+){{0,5}}?\s+(?:{INTERCEPT_CUES.pattern})"
    # r5atk B5: the active verb before the exception, its means or coordinated verbs between ("shot down
    # or suppressed with electronic warfare all but 14", "brought down every one save five")
    rf"|(?:{INTERCEPT_CUES.pattern})\s+(?:[\w-]+\s+){{0,5}}?(?:all|every\s+one|each)\s+(?:of\s+them\s+)?"
    r"(?:but|except(?:\s+for)?|save)\s+(?P<k2>\S+)"
    # r3: "only four of them got through": the rest were stopped
    rf"|\bonly\s+(?P<k3>\S+)\s+(?:of\s+(?:them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:{cues.alternation('weapons', 'got_through')})\b", re.I)
# A nil interception: "none of the missiles was intercepted", "not one of them was shot down"
# (the noun, when told, says which of the weapons counted; without it, the one weapon counted).
NONE_DOWNED = re.compile(
    # clsatk B14: "Not a single Kinzhal was brought down": the nil told of the weapon itself
    # dev20 B9: "No missiles were intercepted": the nil told with "no" before the weapon
    # r12atk2 (dev22 A4/A5): a bare "none was downed" after a fronted topic ("As for the missiles,"), and a
    # long noun phrase with a reduced relative ("none of the three cruise missiles aimed at Lutsk was stopped")
    r"\b(?:(?:none|not\s+(?:a\s+single\s+)?one)(?:\s+of\s+(?:the|them|these|those|which|its|their))?|not\s+a\s+single|no)\b"
    r"(?P<noun>[^.;:]{0,70}?)"
    rf"\b(?:was|were|could\s+be|had\s+been)\s+(?:successfully\s+)?(?:{cues.alternation('weapons', 'none_downed_verbs')}|{cues.alternation('weapons', 'none_downed_verbs_counted')})\b", re.I)
# A side that speaks of its own interceptions: "Ukraine said it shot down 36 drones", "Moscow
# says its air defences downed 20", "the Kremlin said that its forces intercepted ..." (the
# speaker is resolved through the actor dictionary: a capital stands for its state).
DEFENDING_SPEAKER = re.compile(
    rf"\b(?P<speaker>(?:the\s+)?[A-Z][\w'’-]+)\s+(?:{cues.alternation('weapons', 'defender_says')})\s+(?:that\s+)?"
    rf"(?:it|its)\b(?=[^.;:]{{0,60}}?(?:{INTERCEPT_CUES.pattern}))")


def defending_speaker(text: str, start: int, end: int) -> str | None:
    """The state (a side of the war) that says in text[start:end] it intercepted weapons."""
    for m in DEFENDING_SPEAKER.finditer(text, start, end):
        who = resolve_actor(m.group("speaker"))
        if who is not None and who.kind == "state" and who.name in OPPONENT:
            return who.name
    return None
# Every weapon told as reaching its target: "both missiles hit their targets" (none intercepted).
ALL_HIT = re.compile(
    # r14 (dev26 A2): "every one of the five missiles got through", "every single one of them reached its target"
    r"(?<!\bnot\s)\b(?:both|all|each|(?:every|each)(?:\s+single)?\s+one)\s+(?!but\b|except\b|save\b)"
    r"(?P<noun>(?:of\s+(?:the|them|these|those)\s+)?"
    r"(?:[\w-]+\s+){0,3}?)"
    rf"(?:{cues.alternation('weapons', 'target_hit_phrases')})\b", re.I)


# --------------------------------------------------------------------------- model names

# r18 (dev33-A4, dev34-A1): a weapon model's name between a count and its noun: a known name
# (`weapon_model_names`: "Sea Baby", "Magura") or a short capitalised designator with digits
# ("Kh-59", "S-300", "KN-23"), each with any variant codes after it ("Magura V5", "Lyutyi-2",
# "Shahed-136/131", "Kh-22/32", "Iskander-M"). Its words and digits are neither the count's noun
# nor a second count.
_VARIANT = r"(?:-\d+[A-Za-z0-9]*(?:/\d+[A-Za-z0-9]*)*|-[A-Z]{1,2}\d*\b|/\d+[A-Za-z0-9]*|\s+(?:[A-Z]{1,2}\d+[A-Za-z0-9]*|Mk\s?\d+)\b)"
MODEL_NAME = re.compile(
    rf"\b(?:(?:{cues.alternation('weapons', 'weapon_model_names')})(?![\w])|[A-Z][A-Za-z]{{0,3}}(?=-\d))(?:{_VARIANT})*(?![\w-])")
_DESIGNATOR = re.compile(rf"(?:[A-Z][A-Za-z]{{0,3}}-\d|(?:{cues.alternation('weapons', 'weapon_model_names')})\S*\d)")


def model_name_end(text: str, pos: int, end: int) -> int:
    """The end of a weapon model's name written from `pos` (after spaces), or `pos` when none
    starts there: "Magura V5" in "four Magura V5 sea drones", "S-300" in "two S-300 missiles"."""
    ws = re.match(r"\s*", text[pos:end])
    m = MODEL_NAME.match(text, pos + (ws.end() if ws else 0), end)
    return m.end() if m else pos


def without_model_names(gap: str) -> str:
    """`gap` with every model designator that holds digits ("S-300", "Shahed-136/131",
    "Magura V5") written as one word, so its digits read as no count between a count and its cue."""
    return MODEL_NAME.sub(lambda m: "model" if _DESIGNATOR.match(m.group(0)) or " " in m.group(0) else m.group(0), gap)


def in_model_name(text: str, pos: int) -> bool:
    """Whether a number at `pos` is part of a model's designator ("300" of "S-300", "131" of
    "Shahed-136/131"), not a count of its own."""
    for m in MODEL_NAME.finditer(text, max(0, pos - 40), min(len(text), pos + 20)):
        if m.start() < pos < m.end():
            return True
    return False


# r33: a part told in an aside of its own, with or without its count ("…, 90 of them downed, along with four cruise
# missiles", "…, of which 40 were shot down, and four missiles"): its verb is the part's, so the list's verb carries
# past it (grounding's cues and counts, the rules' weapon lists)
PARTITIVE_ASIDE = re.compile(rf",\s*(?:(?:\d[\d,]*|{NUMBER_WORD}|all|most|many|some|half|none)\s+)?"
                             r"(?:including|of\s+which|of\s+them|of\s+these|of\s+those|among\s+them|incl\.)\b[^,;:]*(?=,)", re.I)


def models_match(x: str | None, y: str | None) -> bool:
    """Whether two model names can be one model ("Shahed" and "Shahed-136", "the Iskanders" of
    "Iskander-M"); an unnamed one can be any."""
    if not x or not y:
        return True
    a, b = x.lower().replace(" ", ""), y.lower().replace(" ", "")
    return a.startswith(b) or b.startswith(a)


# r47 (dev69): "all" right before a count, the count the whole wave ("shot down all 31 missiles", "all 12
# drones launched at the port were destroyed"); one reader for both paths (rules' whole_counts, grounding's
# whole_wave)
# r51: "every one of the 20 Shaheds", "each of the 12 missiles" too
ALL_BEFORE_COUNT = re.compile(r"\b(?:all\s+(?:of\s+)?|(?:every\s+(?:single\s+)?one|each(?:\s+one)?)\s+of\s+)(?:the\s+|these\s+|those\s+)?$", re.I)
# the verb of the whole phrase after its participle: "all 12 drones launched at the port were shot down"
# (within the phrase's own clause: never past a comma to another clause's ", and two were shot down")
_PHRASE_VERB = re.compile(r"[^.;:!?,]{0,80}?\b(?:were|was|had\s+been|have\s+been|got)\s+(?:all\s+)?", re.I)
_CLAUSE_OR_COUNT = re.compile(rf"[.;:,!?]|\b(?:\d[\d,.]*|{NUMBER_WORD})\b", re.I)


def all_downed_around(text: str, start: int, end: int, hi: int, cue: re.Pattern[str]) -> bool:
    """Whether the "all N" count at `start`-`end` was downed whole: the downing verb in the five words
    before "all", in its own clause ("gunners downed all 17 missiles aimed at the city"; never "destroyed
    30 drones; all 14 rockets"), or after the count's phrase ("all 12 drones launched at it were shot down")."""
    before = _CLAUSE_OR_COUNT.split(text[max(0, start - 60):start])[-1]
    verb = _PHRASE_VERB.match(text, end, hi)
    return cue.search(" ".join(before.split()[-5:])) is not None or (
        verb is not None and cue.search(" ".join(text[verb.end():verb.end() + 60].split()[:5])) is not None)
