"""Places hit in a sentence: gazetteer matches in a locative context, region lists, the locality each toll belongs to."""

from __future__ import annotations

import re
from bisect import bisect_right
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

from ... import lexicon as lx
from ...knowledge import cues
from ...records import LocationLevel
from ...sentences import Sentence
from .place_ranges import range_end
from .served_places import framed_title, named_district_after, served_place
from .person_places import not_a_place
from .common import PlaceHit
from .community_places import community_in_district
from .capital import regional_capitals
from .place_small_towns import small_towns
from .facility_city import where_struck, where_struck_places, without_namesakes


# The words live in cues/locative.yaml; the grammar around them stays here.
_LOCATIVE_BEFORE = re.compile(
    rf"(?:\b(?:{cues.alternation('locative', 'before')})\s+(?:the\s+)?|,\s*|^\s*)$", re.I)
# The same words without the bare sentence start or comma: a capital that opens a sentence ("Moscow
# did not comment") is its government unless the words after it make it a place ("Kyiv was hit").
_LOCATIVE_WORD_BEFORE = re.compile(rf"\b(?:{cues.alternation('locative', 'before')})\s+(?:the\s+)?"
                                   rf"(?:(?:{cues.alternation('locative', 'part_adjectives')})\s+)?$", re.I)
_LOCATIVE_AFTER = re.compile(
    # r45: a site the city owns ("Odesa's largest maternity hospital"), two modifiers between at most
    rf"^(?:['’]s\s+(?:[\w'’-]+\s+){{0,2}}?(?:{cues.alternation('locative', 'possessed')}|{cues.alternation('damage', 'terms')})\b"
    rf"|\s+(?:{cues.alternation('locative', 'after')})\b"
    r"|\s*[,.;]|:\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s|an\s)\w*\s*\w*\s*"
    rf"(?:{cues.alternation('locative', 'colon_toll')}))")
_RELATIVE_BEFORE = re.compile(rf"\b(?:{cues.alternation('locative', 'relative_before')})\s+(?:the\s+)?(?:city\s+of\s+)?$", re.I)
# "the Kyiv suburb of Irpin": the city only says where the suburb lies.
_REFERENCE_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{cues.alternation('locative', 'reference_after')})\s", re.I)
# r19 (dev36 A2): "in X, on Y's eastern edge": Y only says where X lies
_EDGE_BEFORE = re.compile(rf"\b(?:{cues.alternation('locative', 'possessive_edge_before')})\s+$", re.I)
_EDGE_AFTER = re.compile(rf"['’]s\s+(?:{cues.alternation('locative', 'possessive_edge_after')})\b", re.I)
_DIPLOMATIC_PLACE_BEFORE = re.compile(
    r"\b(?:arrived\s+in|visit(?:ed|ing|s)?(?:\s+to)?|trip\s+to|talks\s+in|meeting\s+in|summit\s+in|met\s+in|"
    r"held\s+in|travell?ed\s+to|from|negotiations\s+in"
    # r30: a mission's seat ("in touch through their embassies in Warsaw and Kyiv")
    r"|(?:embass(?:y|ies)|consulates?|missions?)\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?in)\s+(?:the\s+)?$", re.I)
# r20 (dev37 C1): "First reports from X:", "Latest from the X region:": the place reported on
_REPORT_HEADING_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('locative', 'report_heading_before')})\s+from\s+(?:the\s+)?$", re.I)
_HEADING_COLON_AFTER = re.compile(r"(?:\s+(?:region|oblast|province|district))?\s*:")
# r4atk B3: "said in Moscow that", "told a briefing in Vinnytsia": the speaker's place, not a place hit.
_SPEAKER_PLACE_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('locative', 'speaker_place_before')})\s+(?:in|from)\s+(?:the\s+)?$", re.I)
# r21 (dev40 A2): "officials in X said a worker was injured there": the toll is told at the place
# named before ("there"), X is where its speakers sit
_OFFICIALS_IN_BEFORE = re.compile(
    r"\b(?:officials?|authorities|administration|governor|mayor|police|spokes(?:man|woman|person)|sources)\s+(?:in|from)\s+(?:the\s+)?$",
    re.I)
# the casualty words are the lexicon's, one list for every toll reader
_THERE_TOLL = re.compile(rf"\b(?:{lx.KILLED_AFTER}|{lx.INJURED_AFTER})\s+there\b", re.I)
# "the governor of the (wider / surrounding / Russia's border) X region": up to two modifiers between;
# dev21 B4: "Governor Vitaliy Kim of the X region", the name between
_TITLE_OF_BEFORE = re.compile(
    r"\b(?:governor|mayor|head|chief|(?:operational|operations|emergency|crisis)\s+(?:headquarters|HQ|staff|cent(?:re|er)))"
    r"(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}\s+of\s+(?:the\s+)?(?:(?:Russian-|Ukrainian-)?(?:occupied|controlled|held)\s+)?"
    r"(?:(?:Russia|Ukraine)['’]s\s+)?(?-i:[a-z][\w-]*\s+){0,2}$", re.I)
TITLE_OF_BEFORE = _TITLE_OF_BEFORE  # read by raions.py too: "the head of the X district" (r18)
# dev31 A9: "X, who governs the Y region, said": the region in a relative clause is the speaker's seat
_GOVERNING_CLAUSE_BEFORE = re.compile(rf"\b(?:{cues.alternation('place_roles', 'governing_clause')})\s+(?:the\s+)?$", re.I)
_LIST_REGIONS_BEFORE = re.compile(r"\b(?:regions|oblasts|provinces)\s+of\s+(?:the\s+)?$", re.I)
# How far back a context pattern looks from a name. Every pattern above spans a few words, so
# a bounded window changes no match and keeps the search linear in the sentence's length
# (scanning the whole prefix for each name made a long sentence quadratic).
_WINDOW = 80


# between two places of one list: "A, B and C", "the A and the B regions"
PLACE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|,?\s+and\s+)(?:the\s+)?")


def window_before(text: str, s: Sentence, pos: int, width: int = _WINDOW) -> str:
    return text[max(s.start, pos - width):pos]


def _river(text: str, s: Sentence, name_end: int) -> bool:
    """A river named after a preposition and "the" ("beyond the Dnipro"), ending where the name ends."""
    return any(r.end() == name_end for r in lx.RIVER_NAMED.finditer(text, max(s.start, name_end - 40), min(s.end, name_end + 40)))


def _covered(hits: list[PlaceHit], pos: int) -> bool:
    """Whether `pos` falls inside one of `hits` (sorted by start, not overlapping): a binary
    search, where a scan of every earlier hit made a sentence with many names quadratic."""
    i = bisect_right(hits, pos, key=lambda h: h.start) - 1
    return i >= 0 and hits[i].start <= pos < hits[i].end


def _attack_places(text: str, s: Sentence) -> tuple[list[PlaceHit], list[PlaceHit]]:
    """Attack places in a sentence (gazetteer first, then 'the city of X' / 'X region')."""
    capitals: list[PlaceHit] = []
    for pat, name in lx.CAPITAL_ALIASES.items():
        capital = lx.lookup(name)
        for cm in re.finditer(pat, text[s.start:s.end]):
            if capital is not None and not _SPEAKER_PLACE_BEFORE.search(window_before(text, s, s.start + cm.start())) \
                    and not _be_unhit(text[s.start + cm.end():s.end]):  # "the capital of Ukraine was quiet"
                capitals.append(PlaceHit(capital, s.start + cm.start(), s.start + cm.end()))
    capitals += [h for h in regional_capitals(text, s.start, s.end) if not _be_unhit(text[h.end:s.end])]
    capitals.sort(key=lambda p: p.start)
    places = list(capitals)
    matched: set[int] = set()  # where the gazetteer's pattern read a name, kept or not
    origin_end = -1  # the end of the last place skipped as an origin, venue or speaker's place
    for m in lx.GAZETTEER_RE.finditer(text, s.start, s.end):
        name, suffix = m.group("name") or "", m.group("suffix")
        matched.add(m.start("name"))
        if _covered(capitals, m.start()):
            continue
        before = window_before(text, s, m.start())
        colon = _HEADING_COLON_AFTER.match(text, m.end()) if _REPORT_HEADING_BEFORE.search(before) else None
        # "Update from X: the governor says two were hurt in Y": no strike told after the heading, X is no place hit
        heading = colon is not None and lx.ATTACK_WORDS.search(text, colon.end(), s.end) is not None
        if (lx.ADMIN_BODY_AFTER.match(text, m.end("name")) or lx.ADMIN_BODY_BEFORE.search(before)
                or _DIPLOMATIC_PLACE_BEFORE.search(before) and not heading
                or _SPEAKER_PLACE_BEFORE.search(before) or PLACE_LIST_GAP.fullmatch(text, origin_end, m.start())
                or _OFFICIALS_IN_BEFORE.search(before) and _THERE_TOLL.search(text, m.end(), s.end)) \
                and not where_struck(text, m.end(), s.end):  # "shipments from X, where drones hit the port" (dev32 B5)
            # a body, a diplomatic venue or a speaker's place, not the place hit; dev21 B1: so is
            # every member of its list ("cranes brought in from A and B", "crews from A, B and C")
            origin_end = m.end()
            continue
        if _TITLE_OF_BEFORE.search(before) or _GOVERNING_CLAUSE_BEFORE.search(before):
            # "the governor of the X region said ...": where the official serves, as "the X governor"
            # is (`_without_titles`): the region of the place the sentence names, else the event's region
            if (titled := lx.lookup(name, suffix.strip() if suffix else None) or lx.lookup(name)) is not None:
                places.append(PlaceHit(titled, m.start(), m.end(), title=True))
            continue
        if not suffix and lx.PERSON_TITLE_BEFORE.search(before[-30:]) and lx.SURNAME_AFTER.match(text, m.end("name")) \
                and not lx.lookup(text[m.end("name"):m.end("name") + 40].split()[0].strip(",.;")):
            continue  # "mayor Artem Kobzar": a first name, not the town it spells
        if not suffix and not_a_place(text, s, m.start("name"), m.end("name")):
            continue  # "Oleg Nikolayev said", "the Kyiv regime": a person or a government, not a town
        if not suffix and lx.ORGANISATION_AFTER.match(text, m.end("name")):
            continue  # "economists from the Lviv Polytechnic Institute": a body named after the city
        if lx.capital_as_government(text, m.start("name"), m.end("name"), s.start, s.end):
            continue  # "Moscow says it shot down...": a government speaking, wherever it stands
        if not suffix and name in lx.METONYMS and not (
                _LOCATIVE_WORD_BEFORE.search(before[-30:]) or _metonym_place_after(text[m.end("name"):m.end("name") + 40])
                or _city_defence(text, s, m.end("name"))):
            continue  # "Kyiv says", "Moscow denies", "Moscow was not interested": the government, not the place
        if not suffix and (lx.PLACE_FEATURE_AFTER.match(text, m.end("name")) or _river(text, s, m.end("name"))):
            continue  # "across the Dnipro (River)": a river, not the city
        if not suffix and (lx.PLACE_STREET_AFTER.match(text, m.end("name")) or range_end(text, s, m.start("name"))):
            continue  # "on Shevchenko Avenue", "in Franko Park"; "town centres from Lviv to Kharkiv" (r25)
        place = lx.lookup(name, suffix.strip() if suffix else None) or lx.lookup(name)
        if place:
            places.append(PlaceHit(place, m.start(), m.end()))
    places.sort(key=lambda p: p.start)
    places = sorted([*places, *small_towns(text, s, places)], key=lambda p: p.start)  # "a drone hit a barn in X" (r15)
    places = sorted([*places, *where_struck_places(text, s, places)], key=lambda p: p.start)  # "X, where drones hit the port"
    _regions_from_lists(text, s, places)
    districts: list[PlaceHit] = [p for p in places if _city_district_name(text, s, p)]
    places = [p for p in places if p not in districts]
    known = sorted(places, key=lambda p: p.start)
    for rx, level in lx.FALLBACK_PLACE_RES:
        for fm in rx.finditer(text, s.start, s.end):
            nm = fm.group("name")
            if nm.lower() in lx.NOT_PLACE_WORDS or nm in lx.WORLD_CITIES or lx.canonical_country(nm):
                continue
            if _covered(known, fm.start("name")):
                continue
            if (spelt := lx.lookup(nm)) is not None:
                # dev16 B1: a known town in a spelling the gazetteer's pattern misses ("Novokuibyshevsk,
                # an industrial town of ..."), told as a locality: that town
                if spelt.level is level is LocationLevel.city and fm.start("name") not in matched:
                    places.append(PlaceHit(spelt, fm.start("name"), fm.end("name")))
                continue
            country = _country_hint(text[max(s.start, fm.start("name") - 30):fm.start("name")])
            hit = PlaceHit(lx.Place(nm, None, country, level), fm.start("name"), fm.end())
            (districts if level is LocationLevel.district else places).append(hit)
    places.sort(key=lambda p: p.start)
    _in_named_district(text, s, places)
    places = community_in_district(text, places, districts)  # "the X community of the Y district": X (dev23 B2)
    launch = [(m.start("area"), m.end("area")) for rx in (lx.LAUNCH_AREA, lx.LAUNCH_BRACKET)
              for m in rx.finditer(text, s.start, s.end)]  # "8 Kalibr (Bryansk region)": the launch area (dev20 B1)
    if launch:  # "launched from the Kursk region": where the weapons came from, not a place hit
        places = [p for p in places if not any(a <= p.start < b for a, b in launch)]
    places = without_namesakes(text, places)  # "the X Chemical Plant in Y": Y (r41)
    return _dedupe_places(_without_references(text, s, _without_titles(text, places))), districts


# "the Kyivskyi and Saltivskyi districts": a city's districts are named by adjectives, which the
# gazetteer may also hold as villages (B11)
_ADJECTIVAL_NAME = re.compile(r"(?:sk|zk|tsk|ck)(?:yi|yy|iy|y|a|e)$")
_DISTRICTS_AFTER = re.compile(r"(?:\s*(?:,|and|,\s*and)\s+(?:the\s+)?[A-Z][\w'’-]+)*\s+(?:districts?|neighbou?rhoods?)\b")


def _city_district_name(text: str, s: Sentence, p: PlaceHit) -> bool:
    """Whether the gazetteer's name at `p` is a city district's ("the Sobornyi district")."""
    return bool(_ADJECTIVAL_NAME.search(text[p.start:p.end])) and _DISTRICTS_AFTER.match(text, p.end, s.end) is not None


_IN_DISTRICT_AFTER = re.compile(r",?\s+in\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+)\s+(?:district|raion|community|hromada)\b")


def _in_named_district(text: str, s: Sentence, places: list[PlaceHit]) -> None:
    """'the village of X in the Sumy district': a district is named after its centre town, so X
    lies in that town's region and country (the gazetteer lacks X)."""
    for p in places:
        dm = _IN_DISTRICT_AFTER.match(text, p.end, s.end)
        centre = lx.lookup(dm.group("name")) if dm and p.place.admin1 is None else None
        if centre is not None and p.place.level is LocationLevel.city:
            p.place = lx.Place(p.place.name, centre.admin1, centre.country, p.place.level)


# dev31 A10: "Outside Lviv, drones burned a depot in X": a fronted "outside <city>," orients the
# reader towards the place hit, told next; the city itself was not hit
_FRONTED_OUTSIDE = re.compile(r"\s*(?:(?:just|farther|further|well)\s+)?(?:outside(?:\s+of)?|beyond|away\s+from)\s+(?:the\s+)?$", re.I)


def _without_references(text: str, s: Sentence, places: list[PlaceHit]) -> list[PlaceHit]:
    """'the village of X, south-west of Kherson': Kherson only says where X lies; dropped when
    another place is named (alone, it is the nearest place the article gives)."""
    refs = [p for p in places if _RELATIVE_BEFORE.search(window_before(text, s, p.start, 60))
            or _REFERENCE_AFTER.match(text, p.end, s.end)
            or (_EDGE_AFTER.match(text, p.end, s.end) and _EDGE_BEFORE.search(window_before(text, s, p.start, 20)))
            or (_FRONTED_OUTSIDE.fullmatch(text, s.start, p.start) and text.startswith(",", p.end))]
    if not refs or len(refs) == len(places):
        return places
    ref = refs[0].place
    if all(p.place.level is LocationLevel.region and (p.place.admin1 or p.place.name) == ref.admin1
           for p in places if p not in refs):
        return places  # "In the X region, ... on the outskirts of Y": the region holds Y, no other place lies near it
    out = [p for p in places if p not in refs]
    for p in out:  # the place lies near the reference: in its region and country when the gazetteer lacks it
        if p.place.country is None and p.place.level is LocationLevel.city:
            p.place = lx.Place(p.place.name, ref.admin1, ref.country, p.place.level)
    return out


_BE = re.compile(r"\s+(?:was|were|is|has\s+been)\b", re.I)
_BE_HIT = re.compile(r"\s+(?:was|were|is|has\s+been)\s+(?:\w+\s+)?(?:hit|struck|attacked|targeted|shelled|bombed|rocked"
                     r"|pounded|under|shaken|damaged|left)\b", re.I)


def _be_unhit(after: str) -> bool:
    """'the Ukrainian capital was quiet', 'is ready to talk': a state of it, no hit on it."""
    return bool(_BE.match(after)) and not _BE_HIT.match(after)


# r49: "Kyiv's air defence destroyed the drones sent against the capital": the capital's own defence, the city
# named again in its sentence ("the city", "the capital"); "Moscow's air defences intercepted 52" is the state's
_CAPITAL_DEFENCE = re.compile(rf"['’]s\s+(?:{cues.alternation('locative', 'capital_defence_after')})\b", re.I)
_CITY_AGAIN = re.compile(r"\bthe\s+(?:city|capital)\b", re.I)


def _city_defence(text: str, s: Sentence, end: int) -> bool:
    return bool(_CAPITAL_DEFENCE.match(text, end)) and _CITY_AGAIN.search(text, end, s.end) is not None


def _metonym_place_after(after: str) -> bool:
    """'Kyiv was hit', 'Kyiv's districts', 'Kyiv overnight': the city. 'Moscow was not interested in
    peace': a capital as its government, a state's view, no place hit."""
    if _BE.match(after):
        return bool(_BE_HIT.match(after))
    return bool(_LOCATIVE_AFTER.match(after))


# dev30 B12: "the X region's military governor", "the Y region's acting head": the seat of the
# official, told in the possessive with the title's modifiers between (not "the X region's
# administration building", which can be hit)
_POSSESSED_TITLE = re.compile(
    r"['’]s\s+(?:(?:military|civil-military|state|regional|acting|deputy|interim|newly\s+appointed)\s+){1,2}"
    r"(?:governor|head|chief|administration|administrator|mayor|spokes(?:man|woman|person))\b"
    r"(?!\s+(?:building|headquarters|offices?|premises|compound))", re.I)


def _without_titles(text: str, places: list[PlaceHit]) -> list[PlaceHit]:
    """'The Bryansk governor said a drone hit the town of X': a place named only in an official's
    title is where the official serves; when the sentence names another place, that one was hit,
    and it lies in the official's region."""
    titled = [p for p in places if p.title or lx.PLACE_TITLE_AFTER.match(text, p.end) or _POSSESSED_TITLE.match(text, p.end)]
    framed = [p for p in places if p not in titled and framed_title(text, p)]
    if framed and (len(framed) < len(places) - len(titled) or named_district_after(text, framed[-1].end)):
        titled += framed  # "In X, regional head Y said drones hit Z": Z was hit; X alone stays the place told
    rest = [p for p in places if p not in titled]
    if not titled or not rest:
        for p in titled:
            p.title = True  # the only place told: the event's region, if one was told (events.py)
            p.place = served_place(text, p)
        return places
    home = titled[0].place
    for p in rest:
        if p.place.admin1 is None and p.place.level is not LocationLevel.region:
            p.place = lx.Place(p.place.name, home.admin1, p.place.country or home.country, p.place.level)
    return rest


def _regions_from_lists(text: str, s: Sentence, places: list[PlaceHit]) -> None:
    """'the regions of A, B and C' / 'A, B and C regions': every member is a region."""
    i = 0
    while i < len(places):
        j = i
        while j + 1 < len(places) and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|,?\s+and\s+)(?:the\s+)?",
                                                   text[places[j].end:places[j + 1].start]):
            j += 1
        run = places[i:j + 1]
        tail = text[run[-1].end:run[-1].end + 30]
        plural = re.match(r"\s*(?:border\s+)?(?:regions|oblasts|provinces)\b", tail) or \
            re.search(r"(?:regions|oblasts)\b", text[run[-1].start:run[-1].end])
        listed = _LIST_REGIONS_BEFORE.search(window_before(text, s, run[0].start))
        if len(run) > 1 and (plural or listed):
            for p in run:
                stem = re.match(r"[\w'’ -]+?(?=(?:['’]s)?(?:\s+(?:border\s+)?(?:regions?|oblasts?))?$)",
                                text[p.start:p.end])
                region = lx.lookup(stem.group(0) if stem else p.place.name, "region")
                if region:
                    p.place = region
        elif len(run) == 1 and listed:
            region = lx.lookup(run[0].place.name, "region")
            if region:
                run[0].place = region
        i = j + 1


def _dedupe_places(places: list[PlaceHit]) -> list[PlaceHit]:
    seen, out = set(), []
    for p in places:
        if p.place.name not in seen:
            seen.add(p.place.name)
            out.append(p)
    return out


_STRIKE_VERB = cues.regex("anchoring", "separate_strike")


def _country_hint(before: str) -> str | None:
    """'the Russian village of X' (Russia); not 'Russian shelling hit the village of X' (the attacker)."""
    m = re.search(r"(Russian|Russia['’]s|Ukrainian|Ukraine['’]s)\s+(?:\w+\s+){0,3}$", before)
    if m and _STRIKE_VERB.search(m.group(0)):
        return None
    return lx.country_of(m.group(1).replace("’", "'")) if m else None


# --------------------------------------------------------------------------- one article's places, found once
# `RulesBackend._attacks` reads every sentence's places twice: for the article's home country and
# sections (`sentence_places`) and in `sentence_facts` (`attack_places`). Within
# `remembering_places(text)` the first search keeps what it found as values (each hit's Place,
# span and title flag, taken before any fold reassigns a hit), and a later call on the same span
# gets fresh hits built from them: the same values a second search would find, in new objects
# the caller may change.
_Kept = tuple[tuple[tuple[lx.Place, int, int, bool], ...], tuple[tuple[lx.Place, int, int, bool], ...]]
_SEEN: ContextVar[tuple[str, dict[tuple[int, int], _Kept]] | None] = ContextVar("rules_places_seen", default=None)


def _frozen(hits: list[PlaceHit]) -> tuple[tuple[lx.Place, int, int, bool], ...]:
    return tuple((h.place, h.start, h.end, h.title) for h in hits)


def _thawed(kept: tuple[tuple[lx.Place, int, int, bool], ...]) -> list[PlaceHit]:
    return [PlaceHit(place, start, end, title) for place, start, end, title in kept]


def attack_places(text: str, s: Sentence) -> tuple[list[PlaceHit], list[PlaceHit]]:
    """Attack places in a sentence (gazetteer first, then 'the city of X' / 'X region')."""
    seen = _SEEN.get()
    if seen is None or seen[0] is not text:
        return _attack_places(text, s)
    kept = seen[1].get((s.start, s.end))
    if kept is None:
        found = _attack_places(text, s)
        seen[1][(s.start, s.end)] = kept = (_frozen(found[0]), _frozen(found[1]))
    return _thawed(kept[0]), _thawed(kept[1])


def sentence_places(text: str, s: Sentence) -> list[lx.Place]:
    """The places `attack_places` finds in `s` (remembered within `remembering_places`)."""
    return [p.place for p in attack_places(text, s)[0]]


@contextmanager
def remembering_places(text: str) -> Iterator[None]:
    """Within this block, `attack_places` on `text` finds each span's places once."""
    token = _SEEN.set((text, {}))
    try:
        yield
    finally:
        _SEEN.reset(token)


def speaker_country(text: str, s: Sentence) -> str | None:
    """The country of the place a statement was made in ("the ministry announced in Moscow that 18
    drones were downed"): the side that reports its own interceptions, when nothing else says."""
    for m in lx.GAZETTEER_RE.finditer(text, s.start, s.end):
        if _SPEAKER_PLACE_BEFORE.search(window_before(text, s, m.start())):
            place = lx.lookup(m.group("name") or "")
            if place is not None and place.country:
                return place.country
    return None
