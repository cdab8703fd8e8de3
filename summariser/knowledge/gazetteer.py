"""The gazetteer: places with their admin hierarchy, ISO codes, coordinates and GeoNames ids.

Data: `data/places.json`, built from GeoNames (CC BY 4.0) and the hand-kept `places_extra.yaml`
by `tools/build_places.py`; country aliases ("US", "Britain") come from the actor dictionary, so
one alias table serves both. `lookup` reads one written form ("Kyiv, Ukraine", "the Odesa
region", "Kharkov"); `find_places` scans a text in one pass; `same_place` and `contains` compare.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional, Union

from . import _data
from ._scan import Token, Trie, case_ok, fold, keys, tokenize
from .translit import broad_keys, translit_keys

# Words that make a name before them a first-level region: "Sumy Oblast", "Kharkiv and Sumy regions".
REGION_WORDS = {"oblast", "oblasts", "region", "regions", "province", "provinces", "krai", "kray", "republic"}
_PLURAL = {"oblasts", "regions", "provinces"}
# Round 15 (dev27 D4): a krai is rendered "Territory" in English ("the Perm Territory", "Krasnodar
# Territory"); the word makes a krai's stem its region, never the city of that name. Other regions
# are not so called, so "Kharkiv territory" stays the town's name and a common noun.
_KRAI_WORDS = {"territory"}
_PLURAL_OF = tuple(f"{w} of " for w in _PLURAL)
# Words allowed between a region's name and its region word: "the Bryansk border region".
REGION_QUALIFIERS = {"border", "frontline", "front", "line", "southern", "northern", "eastern", "western", "central",
                      "southeastern", "northeastern", "southwestern", "northwestern", "neighbouring", "neighboring"}
_CITY_WORDS = {"city", "town", "village", "settlement", "hromada", "township"}
_DISTRICT_WORDS = {"district", "raion", "rayon"}
_LEVEL_RANK = {"country": 0, "region": 1, "city": 2, "site": 2, "district": 3}


@dataclass(frozen=True)
class Place:
    """One place. `admin1` names its first-level region (a region's own name for a region; None
    for a country); `key` is a stable id: "gn:<GeoNames id>", "region:<ISO 3166-2>" or
    "country:<ISO 3166-1>"."""

    key: str
    name: str
    level: str  # city | region | country | district | site
    admin1: Optional[str]
    country: Optional[str]
    country_code: Optional[str]
    iso3166_2: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonames_id: Optional[int] = None
    population: Optional[int] = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    place: Place
    text: str = ""


class _Index:
    """Every place by key, a trie of bare names and a table of region stems."""

    def __init__(self) -> None:
        raw = _data.load("places.json")
        self.not_in_text = {fold(n) for n in raw["not_in_text"]}
        self.by_key: dict[str, Place] = {}
        self.names: Trie[tuple[Place, str]] = Trie()  # values: (place, the form written)
        self.stems: dict[tuple[str, ...], Place] = {}
        self.stem_trie: Trie[tuple[Place, str]] = Trie()
        self.by_admin1: dict[str, Place] = {}
        for p in raw["places"]:
            place = Place(p["key"], p["name"], p["level"], p["admin1"], p["country"], p["country_code"],
                          p["iso3166_2"], p["lat"], p["lon"], p["geonames_id"], p["population"],
                          tuple(p["aliases"]))
            self.by_key[place.key] = place
            if place.admin1 and (place.level == "region" or place.name == place.admin1):
                self.by_admin1.setdefault(place.admin1, place)
            for written in {place.name, *place.aliases}:
                self.names.add(keys(written), (place, written))
            for stem in p.get("stems", ()):
                self.stems.setdefault(keys(stem), place)
                self.stem_trie.add(keys(stem), (place, stem))
        for state in _data.load("actors.yaml")["states"]:  # "US", "Britain": one alias table
            country = self.by_key.get(f"country:{state['code']}")
            if country is None:
                continue
            for written in (state["name"], *state.get("aliases", ())):
                self.names.add(keys(written), (country, written))
        # first names of the people the actor dictionary knows: "Vladimir Putin" is no town
        self.first_names = {keys(n)[0] for person in _data.load("actors.yaml")["people"]
                            for n in (person["name"], *person.get("aliases", ())) if len(keys(n)) > 1}
        self.starts = frozenset(self.names.root) | frozenset(self.stem_trie.root) | REGION_WORDS
        for node_values in self.names.all_values():
            node_values.sort(key=_rank)


def _rank(value: tuple[Place, str]) -> tuple[int, int, bool]:
    place, written = value
    return (_LEVEL_RANK.get(place.level, 4), -(place.population or 0), written != place.name)


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index()


def by_key(key: str) -> Optional[Place]:
    return _index().by_key.get(key)


def country(code: str) -> Optional[Place]:
    """The country-level place for an ISO 3166-1 alpha-2 code."""
    return _index().by_key.get(f"country:{code.upper()}")


def places() -> Iterable[Place]:
    return _index().by_key.values()


def region_by_stem(name: str) -> Optional[Place]:
    """The region a name written before "region"/"Oblast" stands for ("Kharkiv", "Kharkov",
    "the Dnipro"), or a region's own name or alias ("Crimea"); None otherwise."""
    toks = keys(name)
    toks = toks[1:] if toks[:1] == ("the",) else toks
    found = _index().stems.get(toks)
    if found is None:
        found = next((p for p, _ in _index().names.get(toks) if p.level == "region"), None)
    return found


@lru_cache(maxsize=16384)
def region(name: str) -> Optional[Place]:
    """The first-level unit an admin1 string names: "Kharkiv Oblast", "the Kharkiv region" and
    "Kharkiv" (a region named by its centre) are Kharkiv Oblast; "Kyiv" and "Sevastopol" are the
    cities that are units of their own. None when unknown."""
    place = lookup(name)
    if place is not None and (place.level == "region" or place.name == place.admin1):
        return place
    toks = keys(name)
    toks = toks[1:] if toks[:1] == ("the",) else toks
    stem = _index().stems.get(toks)
    if stem is not None:
        return stem
    if place is not None and place.admin1:
        return _index().by_admin1.get(place.admin1)
    return None


# --------------------------------------------------------------------------- one written form

@lru_cache(maxsize=65536)
def lookup(name: str) -> Optional[Place]:
    """The place a written form names, or None: "Kyiv, Ukraine", "Sumy Oblast", "the Odesa region",
    "Kharkov", "Belgorod Oblast, Russia", "city of Kherson". Qualifiers after commas (a region or
    a country) choose among places of one name; "X district" resolves to the town X."""
    parts = [p for p in (s.strip() for s in (name or "").split(",")) if p]
    if not parts:
        return None
    quals = [q for q in (lookup(p) for p in parts[1:]) if q is not None]
    toks = tokenize(parts[0])
    toks = toks[1:] if toks[:1] and toks[0].key == "the" else toks
    found = _head(tuple(t.key for t in toks), quals) or _translit_head(tuple(t.key for t in toks), quals)
    # a name written in capitals ("US") must be so written: "us" is no place
    return found if found is None or len(toks) != 1 or toks[0].key not in _CAPS_ONLY or toks[0].raw.isupper() else None


_CAPS_ONLY = {"us", "usa", "uk", "uae", "eu", "un", "dpr", "lpr"}


def namesakes(place: Place) -> list[Place]:
    """The other places of `place`'s level and country that bear its name ("Zolochiv" of the Lviv
    region and of the Kharkiv region), most populous first."""
    values = _index().names.get(tuple(t.key for t in tokenize(place.name))) or []
    return [p for p, _ in values if p.key != place.key and p.level == place.level
            and p.country_code == place.country_code and p.name == place.name]


@lru_cache(maxsize=1)
def _translit_index() -> dict[tuple[str, ...], list[tuple[Place, str]]]:
    """Every known written form of a town or region, by its transliteration-folded tokens."""
    out: dict[tuple[str, ...], list[tuple[Place, str]]] = {}
    for place in _index().by_key.values():
        if place.level in ("city", "region", "site"):
            for written in {place.name, *place.aliases}:
                out.setdefault(translit_keys(keys(written)), []).append((place, written))
    for values in out.values():
        values.sort(key=_rank)
    return out


def _translit_head(ks: tuple[str, ...], quals: list[Place]) -> Optional[Place]:
    """A town or region written in another romanisation ("Vilnyansk" for "Vilniansk"): only a
    name of five letters or more, so that short words never fold into a place."""
    levels: tuple[str, ...] = ("city", "region", "site")
    if len(ks) > 2 and ks[1] == "of" and ks[0] in REGION_WORDS | _CITY_WORDS:  # "city of X", "region of X"
        levels, ks = (("region",) if ks[0] in REGION_WORDS else ("city", "site")), ks[2:]
    elif len(ks) > 1 and ks[-1] in REGION_WORDS | _CITY_WORDS | _DISTRICT_WORDS:  # "X city", "X Oblast"
        levels, ks = (("region",) if ks[-1] in REGION_WORDS else ("city", "site")), ks[:-1]
    if not ks or sum(len(k) for k in ks) < 5:
        return None
    values = _translit_index().get(translit_keys(ks)) or _broad_index().get(broad_keys(ks), [])
    return _choose([v for v in values if v[0].level in levels], quals)


@lru_cache(maxsize=1)
def _broad_index() -> dict[tuple[str, ...], list[tuple[Place, str]]]:
    """`_translit_index` by the broader fold ("Gostomel" for "Hostomel"), without the keys where it
    would merge places the first fold keeps apart ("Kaluga" / "Kaluha"): those stay unresolved."""
    out: dict[tuple[str, ...], list[tuple[Place, str]]] = {}
    firsts: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for k, values in _translit_index().items():
        b = broad_keys(k)
        out.setdefault(b, []).extend(values)
        firsts.setdefault(b, set()).add(k)
    merged = {b for b, ks in firsts.items() if len(ks) > 1 and _merges(ks)}
    for b in merged:
        del out[b]
    for values in out.values():
        values.sort(key=_rank)
    return out


def _merges(first_keys: set[tuple[str, ...]]) -> bool:
    """Would one broad key over these first-fold keys merge places the first fold keeps apart (no
    one of them names every place the others name)?"""
    groups = [{p.key for p, _ in _translit_index()[k]} for k in first_keys]
    every = set().union(*groups)
    return not any(g == every for g in groups)


def _head(ks: tuple[str, ...], quals: list[Place]) -> Optional[Place]:
    ix = _index()
    want = None
    if len(ks) > 2 and ks[1] == "of" and ks[0] in REGION_WORDS | _CITY_WORDS:
        want, ks = ("region" if ks[0] in REGION_WORDS else "city"), ks[2:]
    elif len(ks) > 1 and ks[-1] in REGION_WORDS and ks not in ix.stems:
        hit = ix.names.get(ks)  # "Kyiv Oblast" is a name itself
        if hit:
            return _choose(hit, quals)
        want, ks = "region", ks[:-1]
    elif len(ks) > 1 and ks[-1] in _CITY_WORDS | _DISTRICT_WORDS:
        want, ks = "city", ks[:-1]
    if want == "region":
        region = ix.stems.get(ks)
        if region is not None:
            return region
        return _choose([v for v in ix.names.get(ks) if v[0].level == "region"], quals)
    hit = [v for v in ix.names.get(ks) if want != "city" or v[0].level != "region"]
    return _choose(hit, quals) or (ix.stems.get(ks) if want is None else None)


def _choose(values: list[tuple[Place, str]], quals: list[Place]) -> Optional[Place]:
    for place, _ in values:
        if all(_fits(place, q) for q in quals):
            return place
    return None


def _fits(place: Place, qualifier: Place) -> bool:
    if qualifier.level == "country":
        return place.country_code == qualifier.country_code
    if qualifier.level == "region":
        return place.admin1 == qualifier.admin1 and place.country_code == qualifier.country_code
    return place.key == qualifier.key


def geocode(name: str, admin1: Optional[str] = None, country: Optional[str] = None,
            level: Optional[str] = None) -> Optional[Place]:
    """The place a record's location means: its name read with its admin1 and country as
    qualifiers ("Bucha" in "Kyiv Oblast", "Ukraine"); `level` "region" or "country" reads the name
    as such. None when unknown or when a known qualifier contradicts every place of that name."""
    if not name or not name.strip():
        return None
    if level == "country":
        found = lookup(name)
        return found if found is not None and found.level == "country" else None
    if level == "region":
        return region(name)
    quals = [q for q in ((region(admin1) if admin1 else None), (lookup(country) if country else None))
             if q is not None]
    parts = [p for p in (s.strip() for s in name.split(",")) if p]
    quals += [q for q in (lookup(p) for p in parts[1:]) if q is not None]
    toks = tokenize(parts[0]) if parts else []
    toks = toks[1:] if toks[:1] and toks[0].key == "the" else toks
    return _head(tuple(t.key for t in toks), quals)


def precision(place: Optional[Place]) -> Optional[int]:
    """ACLED's geo-precision: 1 the town or site itself, 2 a district of it, 3 only the region or
    country; None for no place."""
    if place is None:
        return None
    return {"city": 1, "site": 1, "district": 2}.get(place.level, 3)


# --------------------------------------------------------------------------- comparisons

def _as_place(x: Union[str, Place, None]) -> Optional[Place]:
    return x if isinstance(x, Place) or x is None else lookup(x)


def written_as(name: str, place: Place) -> bool:
    """Is `name` one of the place's written forms, up to the romanisation alternations the first
    transliteration fold removes ("Krasnopillia" / "Krasnopillya", "Velykomykhailivka" /
    "Velykomykhaylivka"): a -ia / -ya ending or an i / y is one spelling of the same name (dev36 A5).
    The broader h / g fold is not applied here: "Kaluha" is not written as "Kaluga"."""
    if name in (place.name, *place.aliases):
        return True
    folded = translit_keys(keys(name))
    return bool(folded) and any(translit_keys(keys(form)) == folded for form in (place.name, *place.aliases))


def same_place(a: Union[str, Place, None], b: Union[str, Place, None]) -> bool:
    """Do two written forms name one place? ("Kharkov" / "Kharkiv, Ukraine": yes; "Kharkiv" /
    "Kharkiv Oblast": no, a city is not its region). Unknown names compare folded."""
    pa, pb = _as_place(a), _as_place(b)
    if pa is not None and pb is not None:
        return pa.key == pb.key
    if isinstance(a, str) and isinstance(b, str):
        return bool(fold(a)) and translit_keys(keys(a)) == translit_keys(keys(b))
    return False


def contains(outer: Union[str, Place, None], inner: Union[str, Place, None]) -> bool:
    """Is `inner` the same place as `outer` or inside it (a town in its region or country)?"""
    po, pi = _as_place(outer), _as_place(inner)
    if po is None or pi is None:
        return False
    if po.key == pi.key:
        return True
    if po.level == "country":
        return pi.country_code == po.country_code
    if po.level == "region":
        return pi.admin1 == po.admin1 and pi.country_code == po.country_code
    return False


# --------------------------------------------------------------------------- a whole text

def find_places(text: str) -> list[PlaceMention]:
    """Every place named in `text`, in order, longest name first, in one pass over its tokens.
    "Sumy Oblast", "the Kharkiv region" and "Kharkiv and Sumy regions" are regions; a bare name
    is the place of that name (the most populous where several share it)."""
    return list(_places_in(text))


# Grounding and the rules' cross-check read the places of the same sentences of one article:
# a text's places are found once while it is among the last few hundred (mentions are frozen).
@lru_cache(maxsize=512)
def _places_in(text: str) -> tuple[PlaceMention, ...]:
    from .spellings import spelling_at  # a town in another romanisation (dev30 B6); it reads this module's index

    ix = _index()
    toks = tokenize(text)
    out: list[PlaceMention] = []
    starts = ix.starts
    i = 0
    while i < len(toks):
        found = _match_at(ix, toks, i) if toks[i].key in starts else spelling_at(text, toks, i)
        if found is not None and found[0] == i + 1 and toks[i].key in ix.first_names and _addressed(text, toks[i]):
            found = None  # '"Vladimir, stop!"': a person spoken to by name, not the town (r44)
        if found is None:
            i += 1
            continue
        end, place = found
        out.append(PlaceMention(toks[i].start, toks[end - 1].end, place, text[toks[i].start:toks[end - 1].end]))
        i = end
    return tuple(_plural_regions(ix, text, out))


# A name spoken to: opening a quotation and followed by a comma or an exclamation ("Vladimir, stop!").
_QUOTE_OPEN = "\"“‘'«"


def _addressed(text: str, tok: Token) -> bool:
    return text[max(0, tok.start - 1):tok.start] in tuple(_QUOTE_OPEN) and text[tok.end:tok.end + 1] in (",", "!")


def _match_at(ix: _Index, toks: list[Token], i: int) -> Optional[tuple[int, Place]]:
    best: Optional[tuple[int, Place]] = None
    for end, values in ix.names.walk(toks, i):
        ok = [v for v in values if case_ok(v[1], toks[i:end], strict=True)]
        if ok and " ".join(t.key for t in toks[i:end]) not in ix.not_in_text:
            best = (end, ok[0][0])
    if best is not None and best[0] == i + 1 and toks[i].key in ix.first_names and i + 1 < len(toks) \
            and toks[i + 1].raw[:1].isupper() and toks[i + 1].start == toks[i].end + 1:
        return None  # a first name before a surname ("Vladimir Putin")
    for end, values in ix.stem_trie.walk(toks, i):  # "Kharkiv Oblast", "the Odesa region"
        word = end
        while word < len(toks) and word - end < 2 and toks[word].key in REGION_QUALIFIERS:
            word += 1  # "the Bryansk border region"
        if word < len(toks) and _region_word(toks[word].key, values[0][0]) and case_ok(values[0][1], toks[i:end], True):
            if best is None or word + 1 >= best[0]:
                best = (word + 1, values[0][0])
    if best is not None or i + 2 >= len(toks):
        return best
    if toks[i].key in REGION_WORDS and toks[i + 1].key == "of":  # "the region of Kharkiv"
        region = ix.stems.get((toks[i + 2].key,))
        if region is not None and case_ok(toks[i + 2].raw, toks[i + 2:i + 3], True):
            return i + 3, region
    return None


def _region_word(key: str, region: Place) -> bool:
    return key in REGION_WORDS or key in _KRAI_WORDS and region.name.endswith(" Krai")


def _plural_regions(ix: _Index, text: str, out: list[PlaceMention]) -> list[PlaceMention]:
    """"Kharkiv, Sumy and Poltava regions" and "the regions of Kharkiv, Sumy and Poltava": a plural
    region word makes every name of the list a region."""
    for k in range(len(out) - 1):
        first = out[k]
        if first.place.level != "region" or not first.text.lower().startswith(_PLURAL_OF):
            continue
        j = k + 1
        while j < len(out) and text[out[j - 1].end:out[j].start].strip(" ,").lower() in {"", "and", "or"}:
            region = ix.stems.get(keys(out[j].text))
            if region is not None and out[j].place.level != "region":
                out[j] = PlaceMention(out[j].start, out[j].end, region, out[j].text)
            j += 1
    for k in range(len(out) - 1, 0, -1):
        last = out[k]
        if last.place.level != "region" or not last.text.lower().endswith(tuple(_PLURAL)):
            continue
        j = k - 1
        while j >= 0 and text[out[j].end:out[j + 1].start].strip(" ,").lower() in {"", "and", "or"}:
            region = ix.stems.get(keys(out[j].text))
            if region is not None and out[j].place.level != "region":
                out[j] = PlaceMention(out[j].start, out[j].end, region, out[j].text)
            j -= 1
    return out
