"""Places: the gazetteer's views (cities, regions, capitals as metonyms, world cities), fallback
patterns for places it does not know, and damage targets."""

from __future__ import annotations

import re

from ..knowledge import cues
from ..knowledge import views as _kv
from ..records import LocationLevel


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
# every state's ("the Latvian capital", "Germany's capital"): a capital named by its state, for grounding
_ANY_CAPITAL_ALIASES = _kv.capital_aliases(war_only=False)


def capital_aliases_of(city: str) -> list[str]:
    """The patterns that name `city` by its state ("the Ukrainian capital", "Russia's capital")."""
    return [pat for pat, name in _ANY_CAPITAL_ALIASES.items() if name.lower() == city.lower()]

# 'The capital' written alone (atk7; shared by the rules' `capital.py` and grounding's region check, r19 dev35 L2):
# "in the capital", "struck the capital": the capital as the place hit; not "the capital of X"
# (a capital named), "the capital region" or a demonym's capital (lexicon CAPITAL_ALIASES reads those)
BARE_CAPITAL = re.compile(
    r"\b(?:in|on|at|over|across|around|near|outside|struck|hit|targeted|attacked|pounded|battered|shelled|rocked"
    # r29: the weapons' destination ("drones flying towards the capital were destroyed", "on approach to the capital")
    r"|towards|toward|approaching|(?:on\s+(?:the\s+|their\s+)?)?approach(?:es)?\s+to|heading\s+(?:for|to)|en\s+route\s+to)\s+"
    r"(?P<cap>the\s+capital)\b(?!\s+(?:of|city\s+of|region|oblast)\b)"
    # round 15 (dev27 B3): the capital as the subject of a passive strike ("The capital was last
    # shelled this heavily in May", "the capital had been targeted by 20 drones", "came under fire")
    r"|\b(?P<subj>the\s+capital)\s+(?:(?:was|were|is|has\s+been|had\s+been|came|comes|has\s+come)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:hit|struck|shelled|targeted|attacked|pounded|battered|bombed|rocked|under\s+(?:attack|fire)))\b"
    # r35 (dev57 L4): the capital's own toll ("the capital's toll from Tuesday's raid climbed to five")
    r"|\b(?P<poss>the\s+capital)['’]s\s+(?:death\s+toll|toll|dead|casualt(?:y|ies)|injured|wounded)\b",
    re.I)
# A settlement told by anaphor: "the city", "the town", "the city's", and (r20, dev37 A1) the
# demonstratives "that town", "the same city", "that village"; not "the city of X", which names it.
# Shared by the rules' place carry and grounding's `city_anaphor` (r21).
ANAPHOR_DETERMINER = r"(?:the(?:\s+same)?|that)\s+(?:city|town)|(?:that|the\s+same)\s+village"
CITY_ANAPHOR = re.compile(rf"\b(?:{ANAPHOR_DETERMINER})\b(?!\s+of\b)|\b(?:{ANAPHOR_DETERMINER})['’]s\b", re.I)
# r22 (dev42 L1/A3): a place told by a possessive pronoun and one of its parts ("its grounds", "their
# outskirts", "its residential districts", "its cooling towers"): the place the sentence before named
# (`antecedent_scope`). Part nouns only (cues/locative.yaml possessed_parts): "its operator", "its
# forces", "its air defences" name no part of a place. Shared by the rules' place carry
# (`place_frame_carry.city_named_before`) and grounding's context places (`region_anaphor.part_told_before`).
PART_ANAPHOR = re.compile(rf"\b(?:its|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{cues.alternation('locative', 'possessed_parts')})\b",
                          re.I)
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def antecedent_scope(text: str, at: int) -> tuple[int, int]:
    """Where the antecedent of an anaphor at `at` is named: the sentence before the anaphor's (in
    its paragraph), from its start to the start of the anaphor's own sentence; (at, at) when the
    anaphor's sentence opens its paragraph."""
    par = max((m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, at)), default=0)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, par, min(len(text), at + 2)) if m.end() <= at]
    if not stops:
        return at, at
    own = stops[-1]
    return (stops[-2] if len(stops) > 1 else par), own


# Cities met in diplomacy (where talks are held); not attack targets by default.
WORLD_CITIES = _kv.world_cities()
REGION_SUFFIX = r"(?:border\s+|frontline\s+|front-line\s+|southern\s+|northern\s+|eastern\s+|western\s+)?" \
                r"(?:regions?|oblasts?|Oblasts?|Regions?|provinces?|Provinces?|Krai|krai|area)"
# Towns and regions of Ukraine and Russia in a text: `finditer(text, pos, endpos)` with groups
# "name" and "suffix", backed by the gazetteer's one-pass scanner (see knowledge/views.py).
GAZETTEER_RE = _kv.GAZETTEER_RE
# "Kyiv Regional Military Administration", "Kharkiv City Council": bodies, not places.
ADMIN_BODY_AFTER = re.compile(r"\s+(?:Regional|City|Oblast|Military|State)\s+(?:Military\s+)?(?:Administration|Council)", re.I)
# r41: the same bodies named before their seat ("the Military Administration of Kyiv Oblast", "the City
# Council of Sumy"): the seat speaks, it is not hit
ADMIN_BODY_BEFORE = re.compile(r"\b(?:(?:Regional|City|Oblast|Military|State|Civil-Military)\s+)?(?:Military\s+)?"
                               r"(?:Administration|Council)\s+of\s+(?:the\s+)?$")  # capitalised: the office's name, not a building hit
# Fallback for places not in the gazetteer.
FALLBACK_PLACE_RES = [
    (re.compile(r"\b(?:city|town|village|settlement|port|port\s+city|township|hamlet|community|hromada|suburb)\s+of\s+"
                r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"), LocationLevel.city),
    # "near X, a village on the front line", "in X in the Y region": a locality the gazetteer lacks
    (re.compile(r"\b(?:in|near|on)\s+(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?=,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:city|town|village|settlement|port|township|hamlet)\b)"), LocationLevel.city),
    # r22 (dev42 A5): "X, a village on the border, was hit", "said X, a small town near Y, had been shelled":
    # a name the apposition after it tells as a locality (closed by its comma), wherever the name stands
    (re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?=,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:city|town|village|settlement|township|hamlet|port\s+town|spa\s+town)"
                r"(?:\s+(?:on|near|in|of|close\s+to|just|outside|along|across|about|some|by|north|south|east|west|\d)\b"
                r"[^,.;:!?]{0,60})?,)"), LocationLevel.city),
    # r48: "struck a shop in X, near Y", "in X, just outside Y": a locality placed by the town it lies near
    (re.compile(r"\bin\s+(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?=,\s+(?:just\s+|not\s+far\s+from\s+|close\s+to\s+)?"
                r"(?:near|outside)\s+(?:the\s+(?:city|town)\s+of\s+)?(?-i:[A-Z]))"), LocationLevel.city),
    # "hit X, about 80 km north of Y": a locality placed by its distance from a known one
    (re.compile(r"\b(?:in|near|on|at|outside|hit|struck|attacked|shelled|targeted)\s+(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
                r"(?=,?\s+(?:about|some|around|roughly|nearly|just|approximately|only)?\s*\d+\s*(?:km|kilomet|miles?\b))"),
     LocationLevel.city),
    (re.compile(r"\bin\s+(?P<name>[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?)(?=\s+in\s+the\s+[A-Z][\w'’-]+\s+(?:region|oblast)\b)"),
     LocationLevel.city),
    # r3: "in X, Y oblast", "struck X, the Y region": a locality the gazetteer lacks, its region in apposition
    (re.compile(r"\b(?:in|near|on|at|outside|of|hit|struck|shelled|attacked|targeted)\s+"
                r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?=,\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?i:oblast|region|province)\b)"),
     LocationLevel.city),
    # atk7: "shelling of X village in the Y district", "in X town": the kind of locality after its name
    (re.compile(r"\b(?:of|in|on|near|at|outside|hit|struck|shelled|attacked|targeted)\s+(?:the\s+)?"
                r"(?P<name>[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?)\s+(?:village|settlement)\b"), LocationLevel.city),
    # r9: "the depot at X", "a refinery near X": the town a hit facility lies in
    (re.compile(r"\b(?:depot|refinery|plant|terminal|airfield|air\s?base|factory|facility|substation|warehouse|arsenal"
                r"|oil\s+terminal|pumping\s+station)\s+(?:at|near)\s+"
                r"(?P<name>[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?)"), LocationLevel.city),
    # r38: "a locomotive at X station", "near the Y railway station": the town a station is named after
    (re.compile(r"\b(?:at|near|outside)\s+(?:the\s+)?"
                rf"(?!(?:{cues.alternation('places_extra', 'station_generic_words')})\b)"
                r"(?P<name>[A-Z][\w'’]+)\s+(?:railway\s+|train\s+|rail\s+)?station\b"),
     LocationLevel.city),
    # r9: "the X community", "X hromada was hit": a Ukrainian municipality named before its noun
    (re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\s+(?:(?:territorial|rural|urban|village|settlement)\s+)?"
                r"(?:community|hromada)\b"), LocationLevel.city),
    # r26: "the X and Y communities", "the X, Y and Z hromadas": each name before a plural municipality noun
    (re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?=(?:,\s+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)*,?\s+and\s+"
                r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?\s+(?:(?:territorial|rural|urban|village|settlement|border)\s+)?"
                r"(?:communities|hromadas|villages|settlements)\b)"), LocationLevel.city),
    (re.compile(r"(?<=\band\s)(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\s+(?:(?:territorial|rural|urban|village|settlement|border)\s+)?"
                r"(?:communities|hromadas|villages|settlements)\b"), LocationLevel.city),
    # r9: a sentence that opens "In X, ..." / "In X the driver ...": X is where it happened
    (re.compile(r"(?<![\w,;:] )(?<![\w,;:])\bIn\s+(?P<name>[A-Z][a-z][\w'’-]*(?:-[A-Z][\w'’-]+)?)"
                r"(?=\s*,|\s+(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|local|residents?)\s)"),
     LocationLevel.city),
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
    # r9: words that open "In X," without naming a place
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "europe", "asia", "africa", "america", "telegram", "english", "addition", "total", "response", "turn",
    "parliament", "congress", "washington", "brussels", "kremlin", "gaza", "israel", "iran",
    # r22: sentence adverbs before a comma ("Meanwhile, a village near X, ...")
    "meanwhile", "yesterday", "today", "tonight", "overnight", "later", "earlier", "separately", "elsewhere",
    "nearby", "then", "now", "also", "however", "still", "again", "afterwards", "moreover", "further",
    "instead", "since", "there", "here",
}


lookup = _kv.lookup  # (name, suffix=None) -> Place | None

_SPEAKER_VERBS = cues.alternation("eventhood", "speaker_verbs")
# "Moscow on Sunday said", "Kyiv, for its part, said": a short aside between a capital and its verb.
SPEAKER_ASIDE = re.compile(rf"\s*,?\s+(?:{cues.alternation('eventhood', 'speaker_asides')})\s*,?(?=\s)", re.I)
# "the Kyiv School of Economics", "the Moscow Times": a body named after the city, not the city.
ORGANISATION_AFTER = re.compile(
    rf"(?:\s+[A-Z][\w'’-]+){{0,2}}?\s+(?:{cues.alternation('locative', 'organisation_after')})\b"
    # r22 (dev41 A2): "the Kyiv-based DiXi Group", "a Lviv-headquartered institute": where a body sits, never
    # a place hit; but "the Kharkiv-based tractor plant" is a site in that town
    rf"|[-‐](?:based|headquartered|registered)\b(?!\s+(?:[\w'’-]+\s+){{0,2}}?(?i:{cues.alternation('locative', 'facility_nouns')})\b)")
# The surname that speaks: "Kovalenko now says", "..., said Kovalenko" (the official a toll is told by).
SPEAKER_NAME = re.compile(
    rf"\b(?P<name>[A-Z][a-z'’-]{{2,}})\s+(?:(?:now|later|also|then|again)\s+)?(?:{_SPEAKER_VERBS})\b"
    rf"|\b(?:{_SPEAKER_VERBS})\s+(?:[A-Z][a-z'’-]+\s+)?(?P<name2>[A-Z][a-z'’-]{{2,}})\b")
# "In Moscow, the defence ministry said ...": where the speaker sits, not a place hit.
SPEAKER_SEAT_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:ministry|officials?|government|Kremlin|spokes\w+|authorities"
    rf"|military|army|general\s+staff|air\s+force)\s+(?:(?:has|have|had|also|later)\s+)?(?:{_SPEAKER_VERBS})\b", re.I)


# A capital acting as its government or command (`capital_as_government`), the words around it:
# "Kyiv's General Staff claimed", "Moscow's forces" (cues/locative.yaml possessed_actor) ...
POSSESSED_ACTOR = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{cues.alternation('locative', 'possessed_actor')})\b", re.I)
# ... "the Kyiv regime", "the Moscow authorities" (r25): the capital as a word before its government
ATTRIBUTIVE_ACTOR = re.compile(rf"\s+(?:{cues.alternation('anchoring', 'regime_after')})\b", re.I)
# ... "a terrorist attack by Kyiv", "blamed Moscow for" (dev21 B1): the agent of an act; "according
# to Moscow", "as Kyiv tells it" (r25): the source a claim is told by
AGENT_BEFORE = re.compile(r"\b(?:by|blam(?:ed|es|ing)|accus(?:ed|es|ing)|according\s+to|citing|quoting|as\s+told\s+by)\s+$", re.I)


def capital_as_government(text: str, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """Is the capital written at text[start:end] its government, army or command rather than the
    city ("Moscow says it shot down ...", "Kyiv, for its part, said", "In Moscow, the ministry said",
    "Kyiv's General Staff reported striking it", "blamed Moscow for")? One reader for the rules' places
    and grounding's context places (r21: a capital speaking in a record's sentence is no other
    place of it). Only the war's capitals that stand for their governments (`METONYMS`)."""
    from .actors import SPEAKER_AFTER

    if text[start:end] not in METONYMS:
        return False
    aside = SPEAKER_ASIDE.match(text, end, sent_end)
    if SPEAKER_AFTER.match(text, aside.end() if aside else end):
        return True
    opens = re.fullmatch(r"\s*In\s+", text[sent_start:start], re.I) is not None  # "In Moscow, the ministry said"
    if opens and SPEAKER_SEAT_AFTER.match(text, end, sent_end) is not None:
        return True
    return AGENT_BEFORE.search(text[max(sent_start, start - 30):start]) is not None \
        or POSSESSED_ACTOR.match(text, end, sent_end) is not None or ATTRIBUTIVE_ACTOR.match(text, end, sent_end) is not None


# --------------------------------------------------------------------------- damage

DAMAGE_TERMS = cues.phrases("damage", "terms")
DAMAGE_RE = re.compile(r"(?<!non-)\b(?:" + "|".join(DAMAGE_TERMS) + r")\b", re.I)
DAMAGE_CUES = cues.pattern("strike", "damage_cues")
CIVILIAN_DAMAGE = re.compile(
    r"residential|apartment|house|home|school|kindergarten|hospital|clinic|maternity|shop|store|market|cafe"
    r"|restaurant|playground|park|church|dormitor|high-rise|supermarket|civilian", re.I)
CIVILIAN_VICTIMS = re.compile(r"\b(?:civilians?|residents?|children|child|families|pensioners?|passengers?)\b", re.I)
