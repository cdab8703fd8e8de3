"""Small towns told as where a strike landed (round 15, dev27 B2; dev28 B1).

The rules' attack gazetteer (`lexicon.GAZETTEER_RE`) holds the regions, the towns marked
`reported` and the towns of 100,000+: a wider list made every namesake of a common word a place.
A town below that size was read only when fronted ("In X, a drone hit ...") or told with its kind
("the village of X"); "A drone hit a house in X overnight" lost its place and the strike fell into
the record before it or was dropped (codebook 1, 10).

Here the whole gazetteer (GeoNames: Ukrainian places of 500+, Russian border towns of 1,000+) is
asked for one narrow form: a sentence that tells a strike or damage, and a locality word before
the name ("in / near / outside / on the outskirts of X", "the village of X"). The name must be
written as the gazetteer writes that town of Ukraine or Russia; where several towns share it, the
one in the region the sentence's reference city lies in ("X, west of Y") or its most populous.
A sentence told by or about an army's formations ("forces", "troops", "units": front reports) is
left to the rules' gazetteer. A name after "from" (a victim's home town), "to" (a train's
destination), in a title, or after a witness or speaker ("a reporter in X", "his family in X") is
not read.
"""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues, gazetteer
from ...knowledge.views import WAR_COUNTRIES
from ...records import LocationLevel
from ...sentences import Sentence
from .common import PlaceHit

# the town's name (one word, or two capitalised: "Velykyi Burluk"), not a region, street or body named after it
_NAME = (r"(?:the\s+(?:village|town|settlement|city|hamlet)\s+of\s+)?"
         r"(?P<name>[A-Z][a-z]\w*(?:[-'’][A-Za-z]\w+)*(?:\s+[A-Z][a-z]\w+)?)"
         r"(?!\w|['’]s\b|\s+(?:[A-Z]|region|oblast|province|district|raion|krai|territory|street|avenue|square|"
         r"city\s+council|military|regional)\b)")
# (r51: "off" a town told with its coast, "sank a patrol boat off Foros, on the Crimean coast")
_LOCALITY = re.compile(r"\b(?:in|near|outside|close\s+to|at\s+the\s+edge\s+of|on\s+the\s+(?:outskirts|edge)\s+of"
                       r"|off(?=\s+[A-Z]\w+,?\s+(?:on|in|near|off)\s+the\s+(?:[\w-]+\s+)?(?:coast|shore|peninsula)))\s+" + _NAME)
# r25: fronted, the bare name ("In X, a drone dropped a grenade on a shed"); "In the village of X" is read
# with its district elsewhere
_FRONTED = re.compile(r"\b(?:In|Near|Outside)\s+(?!the\s)" + _NAME)
# "<dir> of Y", "N km from Y": the reference city that says which namesake is meant (dev28 B1)
_REFERENCE = re.compile(
    r",\s+(?:(?:about|some|around|roughly|nearly|just)\s+)?(?:\d+\s*(?:km|kilomet(?:re|er)s?|miles?)\s+)?"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)\s+"
    r"(?P<ref>[A-Z][\w'’-]+)")
# dev31 A3: the locality's kind in apposition and where it lies: "X, a (small) village just outside Y",
# "X, a hamlet 5 km north of Y": Y only locates X (and says which namesake X is)
_APPOSED_REFERENCE = re.compile(
    r",\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:village|hamlet|settlement|town)\s+[^,.;]{0,40}?"
    r"\b(?:of|from|outside|near|to|beside)\s+(?:the\s+)?(?P<ref>[A-Z][\w'’-]+)")
# dev32 A4: a town told as the object of a strike verb or of "dropped / fired ... on" with no locality
# word: "drones hit X overnight", "artillery pounded X", "dropped two bombs on X", "debris fell on X"
_OBJECT = re.compile(
    r"\b(?:(?:hit|struck|shelled|pounded|bombed|targeted|attacked|battered|rocked|raided)|(?:dropped|fired|launched|rained"
    r"|rain(?:ing|s)?)\b[^.;]{0,60}?\bon|(?:fell|landed|crashed|came\s+down)\s+on"
    # r21 (dev39 A6): a strike told as a noun with its target: "artillery fire on X and Y killed a man",
    # "shelling of X wounded two", "mortar attacks on X"
    r"|(?i:fire|shelling|strikes?|attacks?|airstrikes?|raids?)\s+(?:on|of|against))\s+"
    # the bare name only: "the village of X" and "X village" are read with their district or region elsewhere
    r"(?!the\s)" + _NAME + r"(?!\s+(?:village|town|settlement|hamlet|community|hromada)\b)")

# r32: towns told as the subject of the fire they came under, at the sentence's start: "X and Y came under
# artillery fire", "X was shelled overnight" (the first name; the one after "and" is read as a conjunct)
_SUBJECT_UNDER_FIRE = re.compile(
    _NAME + r"(?=(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:came|comes|come|had\s+come)\s+under\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fire|shelling|attack|bombardment)\b|\s+(?:was|were)\s+(?:again\s+)?(?:shelled|bombed))")

# r18 dev34-B7: a town told with its kind in apposition, as the subject: "X, a village near the border
# in the Y district, came under fire": the village is the place, the apposition only says where it lies
_APPOSED_KIND = re.compile(
    _NAME + r",\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:village|hamlet|settlement|town)\b"
    r"(?=\s*,|\s+\d|\s+(?:near|in|on|of|outside|close|just|about|some|roughly|north|south|east|west|along|by)\b)")

# r19 (dev36 A5): a small town told through its community as the object of the hit: "a bomb hit the X
# community", "shelling of the X hromada" (codebook 10: the community is the locality, named for its seat)
_COMMUNITY = re.compile(
    r"\b(?:hit|struck|shelled|pounded|bombed|targeted|attacked|battered|rocked|raided|shelling\s+of|strikes?\s+on"
    r"|attacks?\s+on|fire\s+on|(?:fell|landed|crashed)\s+(?:on|in))\s+the\s+"
    + _NAME + r"\s+(?:(?:territorial|rural|urban|settlement|village)\s+)?(?:community|hromada)\b")

# r36: a facility named after its small town ("the X air base", "the X oil depot"): the town is where the
# strike fell, as for the rules' gazetteer towns (`facility_city`; cues/strike.yaml facility_after_city)
_FACILITY_TOWN = re.compile(r"\bthe\s+" + _NAME + rf"(?=\s+(?:{cues.alternation('strike', 'facility_after_city')})\b)", re.I)

# "wreckage of a downed drone landed on a barn in X": falling debris is a strike's damage (codebook 1)
_FALLEN = re.compile(r"\b(?:wreckage|fragments|debris|parts)\b[^.;]{0,80}?\b(?:fell|landed|crashed|dropped)\b", re.I)
# "the Bolhrad district": a raion named after its centre town says the region its villages lie in
_RAION = re.compile(r"\b(?P<centre>[A-Z][\w'’-]+)\s+(?:district|raion|community|hromada)\b")


# "a reporter in X", "his family in X": where a witness or speaker stands, not where the strike fell
_WITNESS_BEFORE = re.compile(r"\b(?:reporters?|correspondents?|journalists?|witness(?:es)?|spokes(?:man|woman|person)|officials?"
                             r"|relatives?|family|families|friends?|cousins?|parents?|lives|living|lived|born)\s+$", re.I)


# "Russian forces hit Ukrainian positions near X", "units of the group struck ...": an army's own
# report from the front (codebook 5), where a small town is where the fighting is; such sentences keep
# the reading of the rules' gazetteer alone (measured: reading them added a record no older set wanted)
_FORMATION = re.compile(r"\b(?:troops|forces|units|brigades?|battalions?|regiments?|soldiers|servicemen|army)\b", re.I)
# r42: save where the formation drops or fires air weapons on something not its enemy's positions
_FORMATION_AIR_STRIKE = cues.pattern("strike", "formation_air_strike")


def _tells_strike(text: str, s: Sentence) -> bool:
    if _FORMATION.search(text, s.start, s.end) and not (
            _FORMATION_AIR_STRIKE.search(text, s.start, s.end) and not lx.FRONT_WIDE.search(text, s.start, s.end)):
        return False
    return any(rx.search(text, s.start, s.end) for rx in (lx.ATTACK_WORDS, lx.DAMAGE_CUES, _FALLEN))


def small_towns(text: str, s: Sentence, known: list[PlaceHit]) -> list[PlaceHit]:
    """The towns outside the rules' gazetteer that a strike sentence names as a locality."""
    if not _tells_strike(text, s):
        return []
    out: list[PlaceHit] = []
    for m in (*_LOCALITY.finditer(text, s.start, s.end), *_FRONTED.finditer(text, s.start, s.end),
              *_OBJECT.finditer(text, s.start, s.end), *_FACILITY_TOWN.finditer(text, s.start, s.end),
              *_APPOSED_KIND.finditer(text, s.start, s.end), *_COMMUNITY.finditer(text, s.start, s.end),
              *_subjects(text, s), *_conjuncts(text, s)):
        name = m.group("name")
        if _WITNESS_BEFORE.search(text, max(s.start, m.start() - 30), m.start()):
            continue
        if any(p.start <= m.start("name") < p.end for p in (*known, *out)) or name.lower() in lx.NOT_PLACE_WORDS \
                or lx.lookup(name) is not None or lx.canonical_country(name) or name in lx.WORLD_CITIES:
            continue
        ref = _REFERENCE.match(text, m.end("name"), s.end) or _APPOSED_REFERENCE.match(text, m.end("name"), s.end)
        region = _reference_region(ref)
        town = _town(name, region or _told_region(text, s, known))
        if town is not None and region and town.admin1 != region and (home := _reference_place(ref)) is not None:
            # the namesake the gazetteer holds lies elsewhere: the village is the one beside the reference
            out.append(PlaceHit(lx.Place(name, region, home.country, LocationLevel.city), m.start("name"), m.end("name")))
        elif town is not None and _framed_country(text, s) in (None, town.country_code):
            # a romanisation variant keeps its written form ("Krasnopillia"), as an unknown locality does
            written = town.name if name in (town.name, *town.aliases) else name
            out.append(PlaceHit(lx.Place(written, town.admin1, town.country, LocationLevel.city),
                                m.start("name"), m.end("name")))
    return out


# r21 (dev39 A6): the second town of a pair told as one object ("fire on X and Y", "shelled X and Y")
_AND_NAME = re.compile(r"\s+and\s+" + _NAME)


def _conjuncts(text: str, s: Sentence) -> list[re.Match[str]]:
    """The town after "and" that closes a strike's object whose first town is read ("X and Y")."""
    return [c for m in (*_LOCALITY.finditer(text, s.start, s.end), *_OBJECT.finditer(text, s.start, s.end),
                        *_subjects(text, s)) if (c := _AND_NAME.match(text, m.end("name"), s.end)) is not None]


def _subjects(text: str, s: Sentence) -> list[re.Match[str]]:
    """The town that opens the sentence as the subject of the fire it came under."""
    m = _SUBJECT_UNDER_FIRE.match(text, s.start, s.end)
    return [m] if m is not None else []


# "an oil terminal in western Russia ... The terminal near X": the country the strike was just placed
# in says which namesake is meant; a village of the other war country with that name is not it
_COUNTRY_FRAME = re.compile(r"\b(?:in|inside|across|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
                            r"(?P<country>Russia|Ukraine)\b")


def _framed_country(text: str, s: Sentence) -> str | None:
    """The war country the sentence or the one before it places the strike in ("in southern Russia")."""
    frames = list(_COUNTRY_FRAME.finditer(text, max(0, s.start - 300), s.end))
    return None if not frames else "RU" if frames[-1].group("country") == "Russia" else "UA"


_ADJECTIVAL = re.compile(r"(?:sk|tsk|zk)(?:yi|iy|yy|y|ij|a|e|oi|oy)$", re.I)


def _town(name: str, region: str | None) -> gazetteer.Place | None:
    """The town of Ukraine or Russia written `name` (in `region` where one of that name lies there)."""
    found = gazetteer.lookup(f"{name}, {region}") if region else None
    if found is None or found.admin1 != region:
        found = gazetteer.lookup(name)
    if found is None or found.level != "city" or found.country_code not in WAR_COUNTRIES:
        return None
    if name in (found.name, *found.aliases):
        return found
    # 'Krasnopillia' / 'Krasnopillya' (dev36 A5); never a district's adjective ("Solomianskyi", "Darnytskyi")
    return found if not _ADJECTIVAL.search(name) and gazetteer.written_as(name, found) else None


def _told_region(text: str, s: Sentence, known: list[PlaceHit]) -> str | None:
    """The one region the sentence's other places (or a raion's centre town) lie in."""
    centres = (_town(m.group("centre"), None) for m in _RAION.finditer(text, s.start, s.end))
    regions = {p.admin1 for p in (*(h.place for h in known), *centres) if p is not None and p.admin1}
    return regions.pop() if len(regions) == 1 else None


def _reference_place(m: re.Match[str] | None) -> lx.Place | None:
    """The reference town or region told right after the name ("X, west of Kyiv", "X, a village near Sumy")."""
    if m is None:
        return None
    return lx.lookup(m.group("ref"), "region") or lx.lookup(m.group("ref"))


def _reference_region(m: re.Match[str] | None) -> str | None:
    """The region of the reference told right after the name ("X, west of Kyiv"): Kyiv Oblast."""
    ref = _reference_place(m)
    if ref is None:
        return None
    return ref.name if ref.level is LocationLevel.region else ref.admin1


def war_town(name: str) -> lx.Place | None:
    """The town of Ukraine or Russia the whole gazetteer writes `name` (its most populous namesake),
    as a place of the rules (r18: a town ranked "the hardest hit", ranked_places.py)."""
    town = _town(name, None)
    return None if town is None else lx.Place(town.name, town.admin1, town.country, LocationLevel.city)
