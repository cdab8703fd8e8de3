"""What a paragraph names holds for its later sentences, and what "the city" refers to (round 14).

A region frame that holds for the rest of its paragraph (dev26 B3). A governor's
paragraph opens "In the Bryansk region, shelling hit Klintsy", then "Separately, a drone struck a
tractor in Pogar, he said": the small town of the second sentence is a town of that region, though
the rules' attack gazetteer (regions, towns marked `reported`, towns of 100,000+) does not hold it
and its sentence names no region. Without the carried frame the strike lost its place and fell to
a country record (codebook 1, 10, 12).

The frame is the one region all the places of the paragraph's last placed sentence lie in. A
sentence of the same paragraph that names no place of its own, tells a strike, and names exactly
one locality ("in / near / outside <Name>", "the village of <Name>") that the full gazetteer holds
as a town of that region takes that town. A name the gazetteer places in no town of the region
(a homonym abroad, a person) is left alone, and a new paragraph drops the frame.

"The city" of a paragraph that named one city before it (dev25 B2): "Odesa lies far from the
front. On 20 February drones set a shipyard in the city on fire" is a strike on Odesa, even when
the sentence naming Odesa tells no strike and another town was struck in the paragraph above;
without it "the city" went to the last struck town of the article (codebook 1, 5). A paragraph that
names no city before the sentence borrows the one city of the paragraph just before (dev29 A1), when
another town was struck before or the sentence's source heads that city ("In Y he met Mayor X. (new
paragraph) ... a drone hit a depot in the city's north, X said")."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues, gazetteer
from ...knowledge.sides import WAR_SIDES
from ...records import LocationLevel
from .city_heads import any_city, last_city, one_city, told_by_city_head
from .common import Facts, PlaceHit
from .region_frame import _LOCALITY_IN_FRAME, gazetteer_in
from .sections import _paragraph_of, paragraph_starts
from .verdict_heads import ANAPHOR_DETERMINER, CITY_ANAPHOR


def carry_region_frame(text: str, facts: list[Facts]) -> None:
    """Give a placeless strike sentence the town of its paragraph's region frame it names."""
    starts = paragraph_starts(text)
    frame: tuple[str, str, int] | None = None  # (admin1, country, paragraph)
    for f in facts:
        par = _paragraph_of(starts, f.sent.start)
        if frame is not None and frame[2] != par:
            frame = None
        if f.places:
            frame = _frame_of(f, par)
            continue
        if frame is None or not _tells_strike(f):
            continue
        town = _town_in_frame(text, f, frame[0], frame[1])
        if town is not None:
            f.places = [town]


def _frame_of(f: Facts, par: int) -> tuple[str, str, int] | None:
    """The one region of the war's sides that every place of the sentence lies in (or is)."""
    if any(p.place.level not in _FRAMED for p in f.places):
        return None
    regions = {(p.place.admin1 or p.place.name, p.place.country) for p in f.places}
    if len(regions) != 1:
        return None
    admin1, country = regions.pop()
    return (admin1, country, par) if admin1 and country in lx.OPPONENT else None


_FRAMED = (LocationLevel.region, LocationLevel.city, LocationLevel.district)


def _tells_strike(f: Facts) -> bool:
    return not (f.background or f.cumulative or f.hypothetical or f.quote) and bool(
        f.weapon_types or f.attack_vocab or f.damage)


def _town_in_frame(text: str, f: Facts, admin1: str, country: str) -> PlaceHit | None:
    found = [m for m in _LOCALITY_IN_FRAME.finditer(text, f.sent.start, f.sent.end)
             if lx.lookup(m.group("name")) is None and gazetteer_in(m.group("name"), admin1)]
    if len(found) != 1:
        return None
    m = found[0]
    return PlaceHit(lx.Place(m.group("name"), admin1, country, LocationLevel.city), m.start("name"), m.end("name"))


# "the city", "the town" (not "the city of X", which names its city); unlike `CITY_ANAPHOR`, "the city's
# mayor" is no strike's place here: a paragraph-wide carry would hand the mayor's words a record
# round 15 (dev27 B3): "the port", "the harbour" of a port city's paragraph are that city as well
_CITY_ANAPHOR = re.compile(rf"\b(?:{ANAPHOR_DETERMINER}|the\s+(?:port|harbou?r|seaport))\b"
                           r"(?!\s+of\b|['’]s\s+(?:mayor|council|administration))", re.I)
_PORT_ANAPHOR = re.compile(r"\bthe\s+(?:port|harbou?r|seaport)\b(?!\s+of\b)", re.I)


def carry_paragraph_city(text: str, facts: list[Facts]) -> None:
    """Give a dated placeless strike sentence saying "the city" the one city its paragraph named
    before it, when another town was struck earlier in the article (the town "the city" went to).
    Undated, or with no other town struck, the sentence is read as before: read this way, such
    sentences opened records on articles with none and lowered older sets' counts (measured).
    A paragraph naming no city: the paragraph before's one city only when the sentence's source heads
    that city (dev29 A1); carried on the other terms too, it had no support in any working set and
    gave one extra record out of sample (round 17)."""
    starts = paragraph_starts(text)
    struck: set[str] = set()
    for f in facts:
        if f.places:
            struck |= {p.place.name for p in f.places if p.place.level is LocationLevel.city}
            continue
        if f.districts or f.date is None or not _tells_strike(f):
            continue
        m = _CITY_ANAPHOR.search(text, f.sent.start, f.sent.end)
        if m is None:
            continue
        city, own = _paragraph_city(text, starts, f.sent.start)
        headed = False
        if not own:
            headed, head_city = told_by_city_head(text, f.sent, starts[max(0, _paragraph_of(starts, f.sent.start) - 1)])
            city = head_city or city
        if city is not None and ((own and struck - {city.name}) or headed):
            f.places = [PlaceHit(city, m.start(), m.end())]


def _paragraph_city(text: str, starts: list[int], pos: int) -> tuple[lx.Place | None, bool]:
    """The one city of the war's sides named in pos's paragraph before pos (and True); where that
    paragraph names no city, the one city of the paragraph just before (and False)."""
    par = _paragraph_of(starts, pos)
    if any_city(text, starts[par], pos):
        return one_city(text, starts[par], pos), True
    if par == 0:
        return None, True
    return one_city(text, starts[par - 1], starts[par]), False


# r20 (dev37 A1): a demonstrative points back to the last town named: "in that town", "the same city"
_DEMONSTRATIVE = re.compile(r"\b(?:that|the\s+same)\s+(?:city|town|village)\b(?!\s+of\b)", re.I)


def city_named_before(f: Facts, before: Facts | None, city_struck: bool = True) -> None:
    """Round 14: "Sumy lies 30 km from the border. In one day in May, 30 bombs fell on the city":
    "the city" of a strike is the one city the sentence before opens on, though that sentence told
    no strike (a city's geography or history), not the last place struck elsewhere in the article.
    Round 20: "that town" / "the same city" is the last town named before it, in its own sentence or
    the one before ("Troops are pushing towards X. On 3 May bombs hit a market in that town")."""
    if not f.places and f.attack_vocab and (d := _DEMONSTRATIVE.search(f.sent.text)) is not None:
        found = last_city(f.sent.text, 0, d.start())
        if found is None and before is not None and before.idx == f.idx - 1:
            found = last_city(before.sent.text, 0, len(before.sent.text))
        if found is not None:
            f.places = [PlaceHit(found[0], f.sent.start + d.start(), f.sent.start + d.end())]
            return
    if _part_of_place_before(f, before) or _city_of_strike_before(f, before) or _site_before(f, before):
        return
    if f.places or before is None or before.idx != f.idx - 1 or before.attack_vocab or before.counts \
            or not f.attack_vocab or (m := CITY_ANAPHOR.search(f.sent.text) or _PORT_ANAPHOR.search(f.sent.text)) is None:
        return
    cities = {p.place.name: p.place for p in before.places if p.place.level is LocationLevel.city and p.place.country}
    opens = any(not before.sent.text[:p.start - before.sent.start].strip(" \"'“‘") for p in before.places)
    # r43: the one place it names, a town of the war, while no strike on a city was told before that "the city"
    # could mean ("One map point was moved for X. A strike on a district of the city ..."), the strike told
    # before the anaphor (not "The train pulled into the city hours after drone raids")
    only = not city_struck and len(before.places) == 1 and before.places[0].place.country in WAR_SIDES \
        and len({n.group("name") for n in lx.GAZETTEER_RE.finditer(before.sent.text)}) == 1 \
        and (lx.ATTACK_WORDS.search(f.sent.text, 0, m.start()) is not None or lx.WEAPON_RE.search(f.sent.text, 0, m.start()) is not None)
    if len(cities) == 1 and (opens or only):  # the city is that sentence's subject: "Sumy lies ...", "Uzhhorod, near X, is ..."
        f.places = [PlaceHit(next(iter(cities.values())), f.sent.start + m.start(), f.sent.start + m.end())]
    elif (town := _one_town_named(before, m)) is not None:
        f.places = [PlaceHit(town, f.sent.start + m.start(), f.sent.start + m.end())]


def _one_town_named(before: Facts, m: re.Match[str]) -> lx.Place | None:
    """r49: "the town" (never "the city") for the one town of the war the sentence before names ("Our couriers
    do not drive to X this week. The town, south of the city, came under fire on Sunday")."""
    if not m.group(0).lower().endswith(("town", "village")) or m.string[:m.start()].strip(" \"'“‘"):
        return None  # the anaphor opens its sentence as its subject ("the town's eastern side" is none)
    names = {name for n in lx.GAZETTEER_RE.finditer(before.sent.text) if (name := n.group("name"))}
    town = lx.lookup(names.pop()) if len(names) == 1 else None
    return town if town is not None and town.level is LocationLevel.city and town.country in WAR_SIDES else None


def _site_before(f: Facts, before: Facts | None) -> bool:
    """r48: "Our branch in X is shut today. Overnight a drone hit the garage behind it", "From
    a café in X. On 3 May a drone wrecked the café": a strike placed only by a pronoun or the
    definite noun of the site the sentence just before (same paragraph, no strike of its own) names in
    its one town, is in that town."""
    if f.places or before is None or before.idx != f.idx - 1 or f.sent.start - before.sent.end > 1 \
            or before.attack_vocab or before.counts or not f.attack_vocab:
        return False
    m = _SITE_PRONOUN.search(f.sent.text) or _site_named_again(f.sent.text, before.sent.text)
    towns = {p.place.name: p.place for p in before.places if p.place.level is LocationLevel.city and p.place.country}
    if m is None or len(towns) != 1 or len(before.places) != 1:
        return False
    f.places = [PlaceHit(next(iter(towns.values())), f.sent.start + m.start(), f.sent.start + m.end())]
    return True


_SITE_PRONOUN = cues.regex("locative", "site_pronoun")
_THE_NOUN = re.compile(r"\b(?:the|that)\s+(?P<noun>(?-i:[a-zà-ÿ])[^\W\d_]{3,})\b")


def _site_named_again(sent: str, before: str) -> re.Match[str] | None:
    """"From the counter of a café in X. On 3 May a drone wrecked the café": the site the sentence
    before introduced (an indefinite noun), named again by its definite noun."""
    for m in _THE_NOUN.finditer(sent):
        if re.search(rf"\b(?:an?|one)\s+(?:[\w'’-]+\s+){{0,3}}?{m.group('noun')}\b", before):
            return m
    return None


def _part_of_place_before(f: Facts, before: Facts | None) -> bool:
    """r22 (dev42 A3): "X lies 5 km from the border. Its eastern outskirts were shelled overnight";
    "... the town of X spent another night in its cellars. Troops fired rockets at its residential
    districts": a strike on a part of a place told by a possessive (`lexicon.PART_ANAPHOR`) is a strike on
    the town the sentence before (same paragraph) names, the last one where it names several (r47). It replaces a region
    of its own sentence that holds that town (a governor's title: "the governor of the Y region"), never
    another place. Grounding reads the same anaphor (`region_anaphor.part_told_before`)."""
    if before is None or before.idx != f.idx - 1 or f.sent.start - before.sent.end > 1 \
            or not (f.attack_vocab or f.weapon_types or f.damage):
        return False  # a blank line between them: another paragraph
    m = lx.PART_ANAPHOR.search(f.sent.text)
    if m is None or any(p.start < f.sent.start + m.start() for p in f.places if p.place.level is not LocationLevel.region):
        return False
    cities = {p.place.name: p.place for p in before.places if p.place.level is LocationLevel.city and p.place.country}
    named = sorted((p for p in before.places if p.place.name in cities), key=lambda p: p.start)
    if not named or len(cities) > 1 and named[0].start - before.sent.start < 25:
        return False  # "The Z plant itself, in X on the opposite bank, ... shelling its grounds": the subject's
    # r47 (dev70): of several, the one named last, none the sentence's subject ("the sea route from Odesa is shut,
    # and every pallet leaves through Izmail. Drones attacked its port": Izmail's)
    city = named[-1].place
    if any(p.place.level is not LocationLevel.region or (p.place.admin1 or p.place.name) != city.admin1 for p in f.places):
        return False
    f.places = [PlaceHit(city, f.sent.start + m.start(), f.sent.start + m.end())]
    return True


def _city_of_strike_before(f: Facts, before: Facts | None) -> bool:
    """r22 (dev42 A3): "Troops fired rockets at X's outskirts overnight. About forty fell on the town,
    he said": a counted barrage that falls on "the town" / "the city", with no day or time of its own,
    right after a strike sentence of the same paragraph whose one place is a town, is that town's (read
    alone, a placeless count of weapons is a nationwide tally; an uncounted placeless sentence joins the
    strike told before it anyway, measured: dev17)."""
    if f.places or not f.counted_weapons or f.date is not None or f.day_part or f.time_of_day or f.timestamp \
            or before is None or before.idx != f.idx - 1 or f.sent.start - before.sent.end > 1 or not before.attack_vocab \
            or (m := CITY_ANAPHOR.search(f.sent.text)) is None:
        return False  # a day or a time of its own: maybe another strike ("the town had burned on 3 February")
    cities = {p.place.name: p.place for p in before.places}
    if len(cities) != 1 or (city := next(iter(cities.values()))).level is not LocationLevel.city or not city.country:
        return False
    f.places = [PlaceHit(city, f.sent.start + m.start(), f.sent.start + m.end())]
    return True


def lead_city_history(f: Facts, before: Facts | None, lead: lx.Place | None) -> None:
    """r20 (dev38 A5): "The city has been shelled for years. In June 2022 a missile wrecked
    its market, killing 20": a dated strike on a landmark with no place of its own, right after a
    sentence that opens on "the city" (or "the town") and names no place: the city the story is
    about, its headline's (codebook 1), not a country-level record. r21: so is the city a history
    sentence (a habit, no strike of its own) opens on by name."""
    if f.places or f.districts or before is None or before.idx != f.idx - 1 or f.date is None \
            or not (f.damage and (f.attack_vocab or f.weapon_types)):
        return
    opening = before.places[0] if before.places and before.cumulative else None
    if opening is not None and opening.place.level is LocationLevel.city and opening.start - before.sent.start <= 2 \
            and len({h.place.name for h in before.places}) == 1:
        # r21 (dev40 A7): "X, close to the front, has come under fire from glide bombs for months. On
        # 2 May one wrecked a clinic": the city whose history the sentence before opens on
        f.places = [PlaceHit(opening.place, opening.start, opening.end)]
        return
    if lead is None or lead.level is not LocationLevel.city or before.places:
        return
    m = CITY_ANAPHOR.match(before.sent.text.lstrip(" \"'“‘"))
    if m is None:
        return
    start = before.sent.start + len(before.sent.text) - len(before.sent.text.lstrip(" \"'“‘")) + m.start()
    f.places = [PlaceHit(lead, start, start + m.end() - m.start())]


def carry_district_city(text: str, facts: list[Facts]) -> None:
    """Round 15 (dev28 B1): "Dnipro has been hit often. On 3 March a drone smashed windows in the
    Shevchenkivskyi district": a dated strike sentence whose only place is a city's own district
    (an adjectival name no raion centre of that region stands behind) is a strike on the one city its
    paragraph named before it; the district stays on that city's record (codebook 1)."""
    starts = paragraph_starts(text)
    struck = {h.place.name for f in facts if _tells_strike(f) for h in f.places}
    for f in facts:
        if f.places or not f.districts or f.date is None or not _tells_strike(f):
            continue
        city, own = _paragraph_city(text, starts, f.sent.start)
        if not own:  # the paragraph before's city: only for its own head's words (dev29 A1)
            headed, head_city = told_by_city_head(text, f.sent, starts[max(0, _paragraph_of(starts, f.sent.start) - 1)])
            city = (head_city or city) if headed and struck else None
        if city is not None and city.name in struck:
            continue  # a city with a strike of its own: the district's day is read against that record
        d = f.districts[0]
        if city is not None and city.admin1 and _city_district(d.place.name, city.admin1) \
                and not _BODY_AFTER.match(text, d.end):
            f.places = [PlaceHit(city, d.start, d.end)]


# "the Shevchenkivskyi district court ruled": a body named after the district, no place hit
_BODY_AFTER = re.compile(r"\s+(?:court|council|administration|police|prosecutor|office|head|chief)", re.I)
_ADJECTIVAL = re.compile(r"(?P<stem>[A-Z][\w'’-]+?)(?:sk|tsk|zk|ck|n)(?:yi|iy|yy|y|ii|i)$")


def _city_district(name: str, admin1: str) -> bool:
    """An adjectival district name ("Shevchenkivskyi", "Sobornyi") that is no raion: no town of
    10,000+ in `admin1` carries its stem ("Chuhuivskyi" is the raion around Chuhuiv)."""
    m = _ADJECTIVAL.fullmatch(name)
    if m is None:
        return False
    stem = m.group("stem")
    for tail in ("", "a", "e", "o", "y", "i", "k", "ka", "ky", "sk", "ske", "skyi"):
        town = gazetteer.lookup(f"{stem}{tail}, {admin1}")
        if town is not None and town.admin1 == admin1 and town.level == "city" and (town.population or 0) >= 10_000 \
                and town.name.startswith(stem):
            return False
    return True


# r37: "That school was shelled once before. A drone hit its gym on 3 May, wounding a guard": a
# site the story told with its city, named again as the subject of a history sentence
_SITE_OPENING = re.compile(rf"[\s\"'“‘]*(?:the|this|that)\s+(?:[\w-]+\s+)?(?P<noun>{cues.alternation('damage', 'terms')})\b", re.I)
_SITE_REACH = 12  # sentences back to the site's first mention
_PLACE_HISTORY = cues.pattern("eventhood", "place_history")


def site_history(f: Facts, before: Facts | None, earlier: list[Facts]) -> None:
    """A dated strike with a toll or damage and no place, right after a sentence that opens on a site
    named before ("That school was shelled once before."): the city of the site's earlier sentence;
    right after a sentence that says its one city was struck before ("It was not the first time the
    store in X had been damaged."): that city (r45)."""
    if f.places or f.districts or before is None or before.idx != f.idx - 1 or f.date is None \
            or not (f.attack_vocab or f.weapon_types):
        return
    cities = {p.place.name: p for p in before.places if p.place.level is LocationLevel.city}
    if len(cities) == 1 and _PLACE_HISTORY.search(before.sent.text) and (f.counts or f.damage or f.weapon_types):
        # r45: "The depot in X has been hit before. On 2 March, rockets landed ..."
        told = next(iter(cities.values()))
        f.places = [PlaceHit(told.place, told.start, told.end)]
        return
    if before.places or not (f.counts or f.damage):
        return
    m = _SITE_OPENING.match(before.sent.text)
    if m is None:
        return
    noun = re.compile(rf"\b{re.escape(m.group('noun'))}\b", re.I)
    for g in reversed(earlier):
        if g.idx < before.idx - _SITE_REACH:
            return
        cities = {p.place.name: p for p in g.places if p.place.level is LocationLevel.city}
        if g.idx < before.idx and noun.search(g.sent.text) and len(cities) == 1:
            f.places = [PlaceHit(next(iter(cities.values())).place, before.sent.start + m.start("noun"),
                                 before.sent.start + m.end("noun"))]
            return
