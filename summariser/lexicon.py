"""The vocabulary of war reporting, as data plus regexes compiled once.

Weapons (with their type and model), casualty / launch / interception cues, attacker
adjectives, a gazetteer of Ukrainian and Russian cities and regions (spelling variants
included), damage targets, reporting bodies, and diplomacy cues with their status words.
Nothing here is specific to one article: it is the language of the genre.
"""

from __future__ import annotations

import re

from .knowledge import cues
from .knowledge import views as _kv
from .records import DiplomacyKind, DiplomacyStatus, LocationLevel, WeaponType


def _alt(words) -> str:
    """A regex alternation, longest first so "decoy drones" beats "drones"."""
    return "|".join(sorted(words, key=len, reverse=True))


# --------------------------------------------------------------------------- weapons

# (regex, type, model). type None marks defensive hardware we must not count as a weapon
# used in the attack ("air defence missiles", "interceptors", "Patriot").
WEAPON_TERMS: list[tuple[str, WeaponType | None, str | None]] = [
    (r"air[- ]defen[cs]e\s+(?:missiles?|systems?|interceptors?)|anti-aircraft\s+missiles?"
     r"|interceptor(?:\s+missile)?s?|surface-to-air\s+missiles?|Patriots?(?:\s+(?:systems?|missiles?))?", None, None),
    (r"decoy\s+drones?|decoys|(?:Gerbera|Parody)\s+(?:decoy\s+)?drones?|imitation\s+drones?|dummy\s+drones?",
     WeaponType.decoy_drone, None),
    (r"Shahed(?:-\d{3})?(?:-type)?s?(?:\s+(?:attack\s+|kamikaze\s+|strike\s+)?drones?)?", WeaponType.drone, "Shahed"),
    (r"Geran(?:-\d)?s?(?:\s+(?:attack\s+|kamikaze\s+)?drones?)?", WeaponType.drone, "Geran"),
    (r"Lancet(?:\s+drones?)?", WeaponType.drone, "Lancet"),
    (r"(?:attack|kamikaze|strike|combat|long-range|unmanned|suicide|explosive|FPV|first-person-view|aerial)?\s*"
     r"(?:drones?|UAVs?)|unmanned\s+aerial\s+vehicles?", WeaponType.drone, None),
    (r"Iskander(?:-[MK])?(?:\s+(?:ballistic\s+|cruise\s+)?missiles?)?", WeaponType.ballistic_missile, "Iskander"),
    (r"Kinzhal(?:\s+(?:hypersonic\s+|ballistic\s+)?missiles?)?", WeaponType.ballistic_missile, "Kinzhal"),
    (r"KN-23(?:\s+missiles?)?", WeaponType.ballistic_missile, "KN-23"),
    (r"ATACMS(?:\s+missiles?)?", WeaponType.ballistic_missile, "ATACMS"),
    (r"Oreshnik(?:\s+missiles?)?", WeaponType.ballistic_missile, "Oreshnik"),
    (r"Tochka-U(?:\s+missiles?)?", WeaponType.ballistic_missile, "Tochka-U"),
    (r"(?:hypersonic\s+|aeroballistic\s+|short-range\s+|medium-range\s+)?ballistic\s+missiles?|ballistics"
     r"|ballistic(?=\s+(?:and|or)\s+cruise)",
     WeaponType.ballistic_missile, None),
    (r"Kalibrs?(?:\s+(?:cruise\s+)?missiles?)?", WeaponType.cruise_missile, "Kalibr"),
    (r"Kh-(?:101|555|55|59|69)(?:\s+(?:cruise\s+)?missiles?)?", WeaponType.cruise_missile, "Kh-"),
    (r"Storm\s+Shadows?(?:\s+(?:cruise\s+)?missiles?)?|SCALP(?:\s+missiles?)?", WeaponType.cruise_missile, "Storm Shadow"),
    (r"Tomahawks?(?:\s+(?:cruise\s+)?missiles?)?", WeaponType.cruise_missile, "Tomahawk"),
    (r"(?:Long\s+)?Neptune(?:\s+(?:cruise\s+)?missiles?)?", WeaponType.cruise_missile, "Neptune"),
    (r"(?:air-launched\s+|sea-launched\s+|long-range\s+)?cruise\s+missiles?|cruise(?=\s+(?:and|or)\s+ballistic)",
     WeaponType.cruise_missile, None),
    (r"Kh-(?:22|32|31|35|47M2)(?:\s+missiles?)?|S-300(?:\s+missiles?)?|S-400(?:\s+missiles?)?",
     WeaponType.missile, "Kh-"),
    (r"(?:guided\s+)?(?:glide|gliding)\s+bombs?|guided\s+aerial\s+bombs?|KABs?|FAB-\d{3,4}s?|UMPK",
     WeaponType.glide_bomb, None),
    (r"(?:anti-ship\s+|guided\s+|long-range\s+)?missiles?|rockets?", WeaponType.missile, None),
    (r"multiple[- ]rocket[- ]launch(?:ers?|\s+systems?)|MLRS|Grads?|Uragans?|Smerchs?|Tornado-S|HIMARS"
     r"|artillery(?:\s+(?:shells?|fire|strikes?))?|shelling|shells|mortars?(?:\s+(?:rounds|shells|fire))?"
     r"|howitzers?|tank\s+fire|shelled", WeaponType.artillery, None),
]
WEAPON_RE = re.compile(r"\b(?:" + "|".join(f"(?P<w{i}>{p})" for i, (p, _, _) in enumerate(WEAPON_TERMS)) + r")\b", re.I)

# "drone strikes", "missile attack": the weapon word is a modifier, not a counted weapon.
WEAPON_AS_MODIFIER = re.compile(
    r"\s*(?:strikes?|attacks?|assaults?|warfare|technology|production|plants?|factor(?:y|ies)|debris|"
    r"operators?|alerts?|threats?|danger|campaigns?|barrages?|wave|raids?|fragments|units?|sites?|"
    r"launchers?|carriers?|programs?|programmes?|makers?)\b", re.I)

# Aggregates that stand for "drones and missiles" together: "270 targets", "aerial targets".
AGGREGATE_WEAPON = re.compile(r"(?:aerial\s+|air\s+|enemy\s+)?(?:targets|objects|means\s+of\s+air\s+attack)\b", re.I)

# Words allowed between a number and its weapon noun: "397 Iranian-made Shahed ... drones".
WEAPON_MODIFIER = re.compile(
    r"(?:\s+(?:Russian|Ukrainian|Iranian(?:-made|-designed)?|Russian-made|North\s+Korean(?:-made)?|enemy|"
    r"attack|strike|kamikaze|combat|long-range|unmanned|explosive|more|and|of\s+them|other|different|"
    r"types\s+of|various|new|additional|[A-Z][\w-]+-type|as\s+well\s+as|,))*\s+$")


def weapon_at(text: str, pos: int, end: int):
    """The weapon term starting at `pos` (after modifiers), as (match, type, model) or None."""
    m = WEAPON_RE.match(text, pos, end)
    if not m:
        return None
    for i, (_, wtype, model) in enumerate(WEAPON_TERMS):
        if m.group(f"w{i}"):
            return m, wtype, _model_name(model, m.group(0))
    return None


def iter_weapons(text: str, start: int, end: int):
    """Every weapon term in text[start:end] as (match, type, model); defensive hardware skipped."""
    for m in WEAPON_RE.finditer(text, start, end):
        for i, (_, wtype, model) in enumerate(WEAPON_TERMS):
            if m.group(f"w{i}"):
                if wtype is not None:
                    yield m, wtype, _model_name(model, m.group(0))
                break


def _model_name(model: str | None, written: str) -> str | None:
    """The model as written where it carries a variant ("Geran-2", "Kh-101", "Iskander-M")."""
    if model is None:
        return None
    m = re.match(r"(?:Shahed(?:-\d{3})?|Geran(?:-\d)?|Iskander(?:-[MK])?|Kh-\w+|S-[34]00|Storm\s+Shadow|SCALP"
                 r"|Kalibr|Kinzhal|KN-23|ATACMS|Tomahawk|Neptune|Lancet|Oreshnik|Tochka-U)", written.strip(), re.I)
    if not m:
        return model
    name = re.sub(r"\s+", " ", m.group(0))
    return name[0].upper() + name[1:] if not name.isupper() else name


# --------------------------------------------------------------------------- attack words

# Words that make a sentence about a strike even when no weapon is named.
ATTACK_WORDS = cues.pattern("strike", "attack_words")
# After a strike word, words that make it no event: "air raid alert", "air strike sirens".
NOT_A_STRIKE_AFTER = re.compile(rf"\s+(?:{cues.alternation('strike', 'not_a_strike_after')})\b", re.I)
# One strike named as a singular event: "a strike on the city centre", "the missile".
SINGLE_STRIKE = re.compile(
    r"\b(?:a|an|one|the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:strike|attack|airstrike|missile|drone|bomb|shell|explosion"
    r"|blast|raid)\b", re.I)
# Article gate: without one of these the article is not war reporting and yields no attacks.
WAR_GATE = cues.pattern("strike", "war_gate")

# Statements about the war in general, not one strike: never attached to an event.
BACKGROUND = cues.pattern("eventhood", "background")

# --------------------------------------------------------------------------- casualties

KILLED_AFTER = cues.alternation("casualties", "killed_after")
INJURED_AFTER = cues.alternation("casualties", "injured_after")
KILLED_BEFORE = cues.alternation("casualties", "killed_before")
INJURED_BEFORE = cues.alternation("casualties", "injured_before")

PERSON_NOUNS = tuple(cues.phrases("casualties", "person_nouns"))
CHILD_NOUNS = tuple(cues.phrases("casualties", "child_nouns"))
CHILD_RE = re.compile(rf"^(?:{_alt(CHILD_NOUNS)})$", re.I)

# Filler allowed between a number and its casualty cue: "five people are dead", "32 were wounded".
CASUALTY_FILLER = (
    r"(?:other|more|civilian|local|elderly|young|adult|were|was|are|is|have|has|had|been|being|reportedly|"
    r"also|later|confirmed|all|of|them|whom|total|in|total,|people|remain|remained|got|seriously|severely|"
    r"critically|lightly|slightly|badly|fatally|mortally|now|so|far|officially|reported|\d+-year-old|"
    + _alt(PERSON_NOUNS + CHILD_NOUNS) + r")"
)
# What may follow "killed <number>" for the number to be people: "killing three", "injured 60 in".
AFTER_VERB_NUMBER_OK = re.compile(
    rf"(?:\s+(?:other\s+|more\s+|civilian\s+|local\s+|elderly\s+|young\s+)?(?:{_alt(PERSON_NOUNS + CHILD_NOUNS)})\b"
    r"|\s*[,.;:!?)\u2014\u2013\"”]|\s+(?:and|in|on|at|as|when|after|during|while|including|across|overnight|"
    r"with|from|near|since|according|inside|outside|throughout|earlier|today|yesterday|last|this|more|others)\b|\s*$)",
    re.I)
TOLL_BEFORE = re.compile(
    r"(?:death\s+toll|number\s+of\s+(?:dead|deaths|fatalities|victims|people\s+killed))"
    r"(?:\s+[\w'’-]+){0,10}?\s+(?:to|at|of|reached|stands\s+at|stood\s+at|is|was)\s+$", re.I)
INJURY_TOLL_BEFORE = re.compile(
    r"number\s+of\s+(?:injured|wounded|injuries|people\s+(?:injured|wounded))(?:\s+\w+){0,3}?\s+"
    r"(?:to|at|of|reached|stands\s+at|is|was)\s+$", re.I)
AMONG_BEFORE = re.compile(
    r"among\s+the\s+(?P<cue>dead|killed|victims|fatalities|wounded|injured|hurt)\s+(?:were|are|was|is)\s+$", re.I)
AMONG_AFTER = re.compile(
    rf"^\s+(?:{_alt(CHILD_NOUNS)})\s+(?:were|are|was|is)\s+among\s+the\s+(?P<cue>dead|killed|victims|wounded|injured|hurt)",
    re.I)
# The part of a toll that were children, told after the part's number: "wounding 13, four of them
# children", "13 people were hurt, four of whom were children", "five of them minors".
PART_ARE_CHILDREN = re.compile(
    rf"^\s+of\s+(?:them|whom|those|the\s+(?:dead|injured|wounded|victims))\s*,?\s+(?:(?:were|are|was|is)\s+)?"
    rf"(?:(?:young|small|little|teenage)\s+)?(?:{_alt(CHILD_NOUNS)})\b", re.I)
INCLUDING_CHILDREN = re.compile(r"(?:including|among\s+them|of\s+whom|among\s+whom)\s+$", re.I)
# "A man was killed", "an elderly woman died": one person, said without a number.
SINGLE_PERSON = re.compile(
    r"\b(?P<n>(?:a|an|one)\s+(?:\d+-year-old\s+|elderly\s+|young\s+|teenage\s+|local\s+|civilian\s+)?"
    r"(?P<noun>man|woman|person|civilian|resident|child|boy|girl|teenager|baby|infant|pensioner|driver|"
    r"volunteer|firefighter|rescuer|police\s+officer|worker))\b"
    r"(?:\s+(?:in|from|on|at|near)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?"
    r"\s+(?:was|has\s+been|had\s+been|is|were)?\s*(?P<cue>killed|died|dead|injured|wounded|hurt|hospitali[sz]ed)\b",
    re.I)

# "killing a 68-year-old man", "wounding an elderly woman": one person, verb first.
SINGLE_PERSON_OBJECT = re.compile(
    r"\b(?P<cue>killing|killed|wounding|wounded|injuring|injured|hurting)\s+(?P<n>(?:a|an|one)\s+(?:\d+-year-old\s+|"
    r"elderly\s+|young\s+|teenage\s+|local\s+)?(?P<noun>man|woman|person|civilian|resident|child|boy|girl|teenager|"
    r"baby|infant|pensioner|driver|volunteer|firefighter|rescuer|police\s+officer|worker))\b"
    r"(?!\s+and\s+(?:a|an|one|two|three|\d+)\s)", re.I)

# --------------------------------------------------------------------------- launch / interception

LAUNCH_CUES = cues.pattern("strike", "launch")
INTERCEPT_CUES = cues.pattern("strike", "intercept")
# Counted but NOT intercepted: lost from radar, jammed, "failed to reach their targets".
NOT_INTERCEPTED = cues.pattern("strike", "not_intercepted")
OF_THEM_INTERCEPTED = re.compile(
    r"^\s+(?:of\s+them\s+|of\s+which\s+|of\s+these\s+)?(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:successfully\s+)?(?:shot\s+down|intercepted|downed|destroyed|neutrali[sz]ed|suppressed)", re.I)
# A part of weapons counted before: "shot down 36 of them", "36 of these were intercepted".
OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.I)
# A part told by place with no verb of its own: "25 were downed, 12 of them over the X region".
BREAKDOWN_AFTER = re.compile(r"\s*,?\s+(?:over|above|in|near|across)\s", re.I)
# Where weapons were downed: "over the X region", "20 over the X region", "of them over".
BREAKDOWN_BEFORE = re.compile(r"\b(?:over|above)\s+(?:the\s+)?$", re.I)
# ... as a part of a total: "including 18 over", "12 of them over", "most of them were downed over".
PART_OVER_BEFORE = re.compile(
    r"(?:\b(?:including|of\s+them|of\s+which|of\s+these|most|mostly|mainly|majority)\b[^,;:.]{0,30}|(?:^|[,:;]\s*|\band\s+)"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty(?:-\w+)?))\s+"
    r"(?:(?:were|was|had\s+been)\s+(?:shot\s+down|downed|destroyed|intercepted)\s+)?(?:over|above)\s+(?:the\s+)?$", re.I)
OF_WHICH_BEFORE = re.compile(r"(?:of\s+(?:which|them|these)|air\s+defen[cs]es?\s+(?:shot\s+down|intercepted|downed|destroyed))\s*,?\s*$", re.I)

# --------------------------------------------------------------------------- actors

# Adjectives and possessives of states, from the actor dictionary (knowledge/data/actors.yaml).
COUNTRY_ADJECTIVES = _kv.country_adjectives()
OPPONENT = {"Russia": "Ukraine", "Ukraine": "Russia"}
_ADJ = r"Russian|Ukrainian|Israeli|Iranian|Belarusian|North\s+Korean"
_SUBJ = r"Russia|Ukraine|Moscow|Kyiv|Israel|Iran|Russian\s+forces|Ukrainian\s+forces|Russian\s+troops|" \
        r"Ukrainian\s+troops|the\s+Russian\s+(?:military|army)|the\s+Ukrainian\s+(?:military|army)|Russia's\s+army|" \
        r"Ukraine's\s+(?:army|military|forces)"
ATTACKER_ADJ_RE = re.compile(
    rf"\b(?P<a>{_ADJ})\s+(?:[\w-]+\s+){{0,2}}?(?:drones?|UAVs?|missiles?|strikes?|attacks?|airstrikes?|"
    r"air\s+strikes?|shelling|bombardments?|barrages?|assaults?|rockets?|Shaheds?|glide\s+bombs?|artillery|"
    r"shells?|bombs?|aircraft|warplanes?)\b")
ATTACKER_SUBJ_RE = re.compile(
    rf"\b(?P<a>{_SUBJ})\s+(?:(?:had|has|have|also|again|then|reportedly|overnight|later)\s+){{0,3}}"
    r"(?:launched|fired|attacked|struck|pounded|shelled|hit|battered|targeted|sent|unleashed|bombarded|carried\s+out)\b")
ATTACKER_BY_RE = re.compile(rf"\bby\s+(?P<a>Russia|Ukraine|Russian\s+forces|Ukrainian\s+forces|{_ADJ}\s+\w+)\b")
TARGET_TERRITORY_RE = re.compile(
    r"\b(?:(?:at|on|against|over|across|into|targeted|targeting|hit|struck|attacked)\s+(?P<t1>Russian|Ukrainian)\s+"
    r"(?:territory|regions|cities|soil|air\s*bases?|airfields?|refiner(?:y|ies)|oil\s+depots?|bases|positions|ports?)"
    r"|across\s+(?P<t2>Ukraine|Russia)|(?:throughout|all\s+over)\s+(?P<t3>Ukraine|Russia))\b")
NATIONWIDE_RE = re.compile(
    r"\b(?:nationwide|countrywide|across\s+the\s+country|throughout\s+the\s+country|across\s+(?:Ukraine|Russia)"
    r"|(?:at|on|against|over|into)\s+(?:Russian|Ukrainian)\s+(?:territory|regions|soil)|in\s+total|in\s+all"
    r"|(?:at|against|on|into)\s+(?:Ukraine|Russia)(?!['’])"
    r"|other\s+(?:regions|cities|oblasts)|several\s+regions|(?:\w+\s+)?regions\s+of\s+the\s+country)\b", re.I)


# A capital speaking for its government: "Moscow says", "Kyiv's defence ministry said".
SPEAKER_AFTER = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}(?:ministry|military|army|forces|government|officials|envoy|spokes\w+|office))?"
    rf"\s+(?:(?:has|have|had|also|later)\s+)?(?:{cues.alternation('eventhood', 'speaker_verbs')})\b", re.I)


def country_of(word: str) -> str | None:
    return COUNTRY_ADJECTIVES.get(re.sub(r"\s+", " ", word.strip().lower()))


# --------------------------------------------------------------------------- gazetteer


# The gazetteer lives in knowledge/data (GeoNames + hand-kept regions and spellings); these are
# its views in the shapes this module has always offered.
Place = _kv.Place
REGIONS: list[tuple[str, str, tuple[str, ...]]] = _kv.regions()  # (admin1, country, stems)
REGION_ONLY = _kv.region_only()  # regions named without "region": "attacks on Crimea", "in Donbas"
CITIES: list[tuple[str, str, str, tuple[str, ...]]] = _kv.cities()  # (canonical, admin1, country, spellings)
# Capitals that also stand for their governments ("Kyiv says", "Moscow denies"): a place only
# in a locative context.
METONYMS = _kv.metonyms()
CAPITAL_ALIASES = _kv.capital_aliases()
# Cities met in diplomacy (where talks are held); not attack targets by default.
WORLD_CITIES = _kv.world_cities()
REGION_SUFFIX = r"(?:border\s+|frontline\s+|front-line\s+|southern\s+|northern\s+|eastern\s+|western\s+)?" \
                r"(?:regions?|oblasts?|Oblasts?|Regions?|provinces?|Provinces?|Krai|krai|area)"
# Towns and regions of Ukraine and Russia in a text: `finditer(text, pos, endpos)` with groups
# "name" and "suffix", backed by the gazetteer's one-pass scanner (see knowledge/views.py).
GAZETTEER_RE = _kv.GAZETTEER_RE
# "Kyiv Regional Military Administration", "Kharkiv City Council": bodies, not places.
ADMIN_BODY_AFTER = re.compile(r"\s+(?:Regional|City|Oblast|Military|State)\s+(?:Military\s+)?(?:Administration|Council)", re.I)
# Fallback for places not in the gazetteer.
FALLBACK_PLACE_RES = [
    (re.compile(r"\b(?:city|town|village|settlement|port|port\s+city|township|hamlet)\s+of\s+"
                r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"), LocationLevel.city),
    (re.compile(r"\b(?:region|oblast|province)\s+of\s+(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"),
     LocationLevel.region),
    (re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?)\s+(?:region|oblast|Oblast|Region|province|Province|Krai)\b"),
     LocationLevel.region),
    (re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?)\s+(?:district|District|raion|neighbou?rhood)\b"),
     LocationLevel.district),
]
NOT_PLACE_WORDS = {
    "the", "this", "that", "russian", "ukrainian", "border", "frontline", "front", "southern", "northern",
    "eastern", "western", "central", "regional", "every", "each", "entire", "whole", "occupied", "a", "one",
    "another", "its", "their", "our", "in", "both", "several", "other", "same", "neighbouring", "neighboring",
    "capital", "city", "state", "european", "belgorod's", "surrounding", "industrial", "residential",
}


lookup = _kv.lookup  # (name, suffix=None) -> Place | None


# --------------------------------------------------------------------------- damage

DAMAGE_TERMS = cues.phrases("damage", "terms")
DAMAGE_RE = re.compile(r"(?<!non-)\b(?:" + "|".join(DAMAGE_TERMS) + r")\b", re.I)
DAMAGE_CUES = cues.pattern("strike", "damage_cues")
CIVILIAN_DAMAGE = re.compile(
    r"residential|apartment|house|home|school|kindergarten|hospital|clinic|maternity|shop|store|market|cafe"
    r"|restaurant|playground|park|church|dormitor|high-rise|supermarket|civilian", re.I)
CIVILIAN_VICTIMS = re.compile(r"\b(?:civilians?|residents?|children|child|families|pensioners?|passengers?)\b", re.I)

# --------------------------------------------------------------------------- who reported

_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){1,2}"
REPORTER_RES = [
    re.compile(rf"\b(?:(?:[A-Z][\w'’-]+\s+)?(?:regional\s+|Regional\s+)?(?:Governor|Mayor|governor|mayor)\s+{_NAME})"),
    re.compile(rf"\b(?:[Gg]overnor|[Mm]ayor|[Hh]ead)\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:region|oblast|Oblast|"
               rf"Region|city))?,\s+{_NAME}"),
    re.compile(rf"\b(?:head\s+of\s+the\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}|{_NAME},\s+head\s+of\s+the\s+"
               rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,4}})"),
    re.compile(r"\b[A-Z][\w'’-]+\s+(?:Regional|City|Oblast)\s+(?:Military\s+)?(?:State\s+)?(?:Administration|Council)"),
    re.compile(r"\b(?:the\s+)?(?:regional|local|Ukrainian|Russian|city|military|emergency)?\s*(?:governor|mayor)\b"),
    re.compile(r"\b(?:(?:Ukraine|Russia)['’]s\s+|Ukrainian\s+|Russian\s+|the\s+)?(?:[Aa]ir\s+[Ff]orce|[Dd]efen[cs]e\s+"
               r"[Mm]inistry|Ministry\s+of\s+Defen[cs]e|General\s+Staff|State\s+Emergency\s+Service|[Ee]mergency\s+"
               r"[Ss]ervices?|[Pp]rosecutor(?:['’]s|\s+[Gg]eneral['’]s)?\s+[Oo]ffice|[Nn]ational\s+[Pp]olice|"
               r"(?:local\s+|regional\s+)?police|(?:local\s+|regional\s+|Ukrainian\s+|Russian\s+)?(?:authorities|officials)"
               r"|(?:Ukraine|Russia)['’]s\s+military|the\s+military|(?:[Rr]egional\s+|[Cc]ity\s+)?[Mm]ilitary\s+[Aa]dministration)\b"),
    re.compile(r"\b(?:AFP|Reuters|Associated\s+Press|AP|TASS|RIA\s+Novosti|Interfax|Ukrinform|Suspilne|BBC|CNN"
               r"|[\w-]+\.(?:ro|ua|ru|com|net|org))\b"),
]
ATTRIBUTION = cues.pattern("strike", "attribution")

# --------------------------------------------------------------------------- diplomacy

# (kind, cue regex). Checked in this order: the first kind that matches names the event.
DIPLOMACY_CUES: list[tuple[DiplomacyKind, re.Pattern]] = [(DiplomacyKind(k), p) for k, p in cues.patterns("diplomacy", "kinds")]
STATUS_CUES: list[tuple[DiplomacyStatus, re.Pattern]] = [(DiplomacyStatus(k), p) for k, p in cues.patterns("diplomacy", "status")]
# "Ukraine demands more sanctions", "urged allies to send aid": a demand, not a decision. Sanctions or
# aid that are only proposed by a demand make no record; "the EU is considering a package" does.
DEMAND_CUES = cues.pattern("diplomacy", "demand")
# A bare appeal governs the event noun: "urged partners to impose new sanctions", "called on allies
# to send more aid", "appealed for talks". PLOVER: an appeal is not an event of the kind appealed for.
DEMANDED_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'appeal_verbs')})\b(?:\s+[\w'’-]+){{0,8}}?\s+(?:to|for)(?:\s+[\w'’-]+){{0,5}}?\s*$",
    re.I)
# Reported content after the event: "told X by phone that France would send…" — its modality is
# not the event's. A relative clause ("talks that will resume") is not cut: a verb follows "that".
COMPLEMENT = re.compile(
    r"\b(?:that|saying|adding|said|says|told\s+(?:reporters|journalists))\s+"
    r"(?!(?:will|would|are|is|was|were|have|has|had|could|should|may|might|must|can|be|that)\b)",
    re.I)
# Kinds that are often only the subject of talks ("talks on a peacekeeping force", "a call about
# military aid"): the event is then the talks, not the subject.
SUBJECT_KINDS = {DiplomacyKind.peacekeeping, DiplomacyKind.military_aid, DiplomacyKind.sanctions,
                 DiplomacyKind.proposal}
EVENT_FORM_KINDS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.phone_call}
# What connects an event to its subject: "talks on", "a call about", "met to discuss".
TOPIC_LINK = re.compile(
    r"(?:\s+\w+){0,3}?\s+(?:on|about|over|regarding|concerning|to\s+discuss|discussing|focused\s+on|"
    r"devoted\s+to|aimed\s+at)\s+(?![Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|"
    r"the\s+sidelines|the\s+phone|the\s+telephone)")
# "Iran's nuclear programme", "Ukraine's future": a possessive country with a subject noun is a topic.
POSSESSIVE_TOPIC_AFTER = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:nuclear|programme|program|territory|territories|future|security|sovereignty|borders?|"
    r"economy|energy|airspace|war|invasion|occupation|membership|accession|reconstruction|grain|ports?|"
    r"integrity|neutrality|defen[cs]es?|frontline|front\s+line|cities|infrastructure)\b", re.I)
# "US-Russia talks", "Russian-Ukrainian talks": both states of a hyphenated pair are sides.
_PAIR_WORD = r"U\.S\.|US|UK|EU|Russia|Russian|Ukraine|Ukrainian|China|Chinese|Turkey|Turkish|France|French|" \
             r"Germany|German|Iran|Iranian|India|Indian|Japan|Japanese|Britain|British|America|American"
COUNTRY_PAIR_RE = re.compile(rf"(?<![\w-])(?P<a>{_PAIR_WORD})[-–](?P<b>{_PAIR_WORD})(?![\w-])")
# Capitals whose government takes part when talks or a visit happen there.
HOST_CAPITALS = _kv.host_capitals()
# "uncertain about continuing military aid", "fears over talks": worry about an event, not one.
COMMENTARY_BEFORE = re.compile(
    r"\b(?:uncertain|unsure|worried|concerned|concerns?|fears?|doubts?|questions?|alarm|sceptical|skeptical)"
    r"\s+(?:about|over|whether|that|of|regarding)\b[^.;]{0,40}$", re.I)
# States and organisations by the ways they are written (regex -> name), from the actor dictionary.
COUNTRY_NAMES = _kv.country_names()
ORGANISATIONS = _kv.organisations()
ACTOR_NOUNS = (r"(?:President|president|leaders?|officials?|delegations?|delegates|government|side|counterparts?|"
               r"Foreign\s+Minister|foreign\s+minister|Defen[cs]e\s+Minister|defen[cs]e\s+minister|negotiators|"
               r"diplomats|envoys?|military\s+chiefs|army\s+chiefs|chiefs|authorities|administration|"
               r"Prime\s+Minister|prime\s+minister|Chancellor|chancellor|Secretary\s+of\s+State|representatives?)")
_COUNTRY_ALT = "|".join(COUNTRY_NAMES)
ACTOR_ADJ_RE = re.compile(rf"\b(?P<chain>(?:{_COUNTRY_ALT})(?:\s*(?:,|and|,\s+and)\s*(?:{_COUNTRY_ALT}))*)\s+{ACTOR_NOUNS}\b")
COUNTRY_NOUN_RE = re.compile(r"(?<![\w-])(?:U\.S\.(?!\w)|(?:" + _kv._alt(_kv.country_nouns()) + r")\b)")
ORG_RE = re.compile(r"\b(?:" + "|".join(ORGANISATIONS) + r")\b")
TITLES = (r"(?:President|Prime\s+Minister|Foreign\s+Minister|Defen[cs]e\s+Minister|Deputy\s+Foreign\s+Minister|"
          r"Chancellor|Secretary\s+of\s+State|Secretary-General|Secretary\s+General|[Ss]pecial\s+[Ee]nvoy|[Ee]nvoy|"
          r"[Ss]pokes(?:person|man|woman)|[Aa]dviser|[Aa]dvisor|Ambassador|Minister|King|Pope|Senator|[Ss]enator|"
          r"Premier|Chief\s+of\s+Staff)")
# "Turkish President X", "Ukraine's President X": `land` names the state the person speaks for.
TITLED_PERSON_RE = re.compile(
    rf"\b(?:(?P<land>{_COUNTRY_ALT}|[A-Z][a-z]+)(?:['’]s)?\s+)?(?:[Dd]eputy\s+)?(?:{TITLES}|president)\s+"
    rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})")
# "X, the Russian foreign minister": titles are often lower case in an apposition.
_APPOSITION_TITLES = (rf"(?:{TITLES}|(?:prime\s+|foreign\s+|defen[cs]e\s+|deputy\s+)?minister|president|chancellor"
                      r"|secretary\s+of\s+state|secretary-general|leader|ambassador|envoy|premier)")
PERSON_APPOSITION_RE = re.compile(
    rf"\b(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+),\s+(?P<role>(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){{0,4}}?"
    rf"{_APPOSITION_TITLES})\b")
# "UK prime minister Keir Starmer", "French president Emmanuel Macron": a lower-case title after a
# country also ties the person to that state.
LOWER_TITLED_PERSON_RE = re.compile(
    rf"\b(?P<land>{'|'.join(COUNTRY_NAMES)})\s+(?:prime\s+minister|president|foreign\s+minister|"
    rf"defen[cs]e\s+minister|chancellor|premier|foreign\s+secretary|secretary\s+of\s+state)\s+"
    rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})")
# A country named only as what the talks are about: "to discuss Ukraine", "a ceasefire in Ukraine".
TOPIC_BEFORE = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|on|about|over|regarding|concerning|(?:war|peace|ceasefire|truce|conflict|fighting"
    r"|situation|settlement)\s+in|future\s+of|fate\s+of|security\s+of|to\s+aid|to\s+help|to\s+protect|"
    r"to\s+defend|deployed\s+(?:to|in)|stationed\s+in|address(?:ed|es|ing)?)\s+(?:the\s+)?$", re.I)


def canonical_country(word: str) -> str | None:
    w = re.sub(r"\s+", " ", word.strip())
    return _COUNTRY_FORMS.get(w) or next((n for pat, n in COUNTRY_NAMES.items() if re.fullmatch(pat, w)), None)


def canonical_org(word: str) -> str | None:
    w = re.sub(r"\s+", " ", word.strip())
    return _ORG_FORMS.get(w) or next((n for pat, n in ORGANISATIONS.items() if re.fullmatch(pat, w)), None)


_COUNTRY_FORMS = _kv.country_forms()
_ORG_FORMS = _kv.organisation_forms()


# --------------------------------------------------------------------------- not an event

# Tallies over a period, not one strike: "600 civilians have been killed since 2022", "so far
# this month", "since the full-scale invasion began", "in total over the war".
# "the deadliest attack since 2022" is a superlative about tonight's strike: see SUPERLATIVE_BEFORE.
_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
CUMULATIVE = re.compile(
    r"\b(?:since\s+(?:(?:late|early|mid-?)\s*)?(?:(?:" + _MONTHS + r")(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d{2})?|(?:19|20)\d{2})"
    r"|since\s+(?:the\s+|Russia['’]s\s+|Moscow['’]s\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|this\s+|"
    r"Russia['’]s\s+|Moscow['’]s\s+)?(?:full-scale\s+|large-scale\s+)?(?:war|invasion|conflict|aggression|year|month|hostilities)"
    r"|since\s+(?:the\s+)?(?:full-scale\s+|large-scale\s+)?(?:invasion|war\s+(?:began|started|broke\s+out))"
    r"|since\s+(?:Russia|Moscow)\s+(?:launched|began|started|invaded)"
    r"|(?<!earlier\s)(?<!later\s)(?:so\s+far\s+)?this\s+year(?!['’]s)|so\s+far\s+(?:this|in)\s+\w+"
    r"|(?:so\s+far\s+)?this\s+month|(?:this|past|last)\s+(?:week|month)\s+alone"
    r"|(?:in\s+total|overall|altogether|in\s+all)\s+(?:over|during|since|throughout|in)\s+(?:the\s+)?(?:war|conflict|invasion|year)"
    r"|(?:over|during|throughout|in)\s+the\s+(?:course\s+of\s+the\s+)?(?:war|conflict|full-scale\s+invasion)\b(?!\s+(?:in|on)\b)"
    r"|(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:weeks|months|years)"
    r"|(?:over|in|during)\s+the\s+(?:first|past|last)\s+(?:half|quarter|\w+\s+months)\s+of"
    r"|on\s+average|per\s+(?:day|night|week|month)"
    r"|(?:monthly|daily|weekly|annual)\s+(?:toll|total|average|figures?|tally))\b", re.I)
# A later figure for a toll already given: "by Wednesday the number of dead had climbed to seven",
# "one of the wounded later died in hospital". Same event as the lead; the first figure stays.
TOLL_UPDATE = re.compile(
    r"\b(?:(?:(?:death|casualty|injury)\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims|casualties|injured"
    r"|wounded|injuries|people\s+(?:killed|injured|wounded|hurt)))\b[^.;!?]{0,80}?\b(?:rose|risen|rising|climbed|increased"
    r"|grew|grown|jumped|went\s+up|gone\s+up|reached|now\s+stands|was\s+revised|has\s+been\s+revised)\b"
    r"|\b(?:later|subsequently|since)\s+died\b|\bdied\s+(?:later\s+)?(?:in|at)\s+(?:the\s+)?hospital\b"
    r"|\bsuccumbed\s+to\s+(?:(?:his|her|their)\s+)?(?:injuries|wounds)\b", re.I)
# A sentence about a toll as a statistic: shares of it, totals by region, bulletins.
STATISTIC = re.compile(
    r"\baccount(?:s|ed|ing)?\s+for\b|\b(?:half|third|quarter|share|majority|proportion|per\s*cent|percent|two\s+in\s+\w+)"
    r"\s+of\s+(?:the\s+|all\s+|those\s+)?(?:[\w-]+\s+)?(?:toll|casualties|deaths|victims|killed|injuries)\b"
    r"|\b(?:monthly|quarterly|annual)\s+(?:bulletin|report|update|casualty)|\btotals?\s+by\s+(?:region|month|oblast)\b", re.I)
# UN monitors mostly publish tallies; such a sentence is one unless it dates a single strike.
UN_MONITORS = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)\s+(?:human\s+rights\s+)?monitor(?:s|ing)\b", re.I)
# "the largest attack since 2022", "the deadliest strike this year": the event itself, compared.
SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:largest|biggest|worst|heaviest|deadliest|bloodiest|highest|strongest|fiercest|greatest|longest|most"
    r"|first|record|only)"
    r"\b(?:\s+[\w'’-]+){0,6}?\s*$", re.I)

# Capability, threat or condition: "missiles that put Moscow within reach", "could strike",
# "threatened to hit", "would be able to target". Places in that clause were not hit.
HYPOTHETICAL = re.compile(
    r"\b(?:(?:could|can|would|might|may|will|shall)(?:\s+(?:not|also|now|soon|potentially|even|then|be\s+able\s+to))*"
    r"\s+(?:strike|hit|target|reach|attack|destroy|bomb|threaten|be\s+used\s+(?:to|against))"
    r"|(?:able|capable|enough)\s+(?:to|of)\s+(?:strik|hit|target|reach|attack|destroy)\w*"
    r"|(?:threat(?:en(?:ed|s|ing)?)?|vow(?:ed|s|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed)?|promis(?:ed|es|ing)|want(?:s|ed)?)"
    r"\s+to\s+(?:strike|hit|attack|target|destroy|bomb|retaliate)"
    r"|within\s+(?:striking\s+)?(?:reach|range)|in(?:to)?\s+(?:striking\s+)?range|out\s+of\s+range|range\s+of\s+(?:up\s+to\s+)?\d"
    r"|if\s+(?:it|they|Russia|Ukraine|Moscow|Kyiv)\s+(?:were\s+to\s+)?(?:strike|strikes|attack|attacks|hit|hits|target))\w*",
    re.I)
# A concrete strike told in quoted speech: the usual cues of a report, not a claim about a place.
STRIKE_REPORTED = cues.pattern("strike", "strike_reported")
# "No one was hurt", "none of the 40 passengers", "not a single person": a negated count.
NEGATED_BEFORE = re.compile(
    r"\b(?:no|not|none\s+of|neither\s+of|without|nobody|zero)\s+(?:the\s+|its\s+|their\s+|a\s+single\s+|any\s+)?$", re.I)
