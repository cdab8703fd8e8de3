"""Place names -> comparable keys: spelling variants folded, a city placed in its region.

The reconciler compares places by key, not by the words an outlet used: "Kharkov",
"Kharkiv" and "Kharkiv city" are one city, and a city resolves to its region (admin1) so
that "Kharkiv region" and "Kharkiv" can be recognised as compatible. The gazetteer here is
deliberately small (regional centres and frequently struck towns of Ukraine and Russia);
the rules backend's gazetteer (`summariser.lexicon.lookup`) is consulted for towns this one
does not know.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

# Transliteration and historical variants -> one spelling (the Ukrainian-government one).
ALIASES = {
    "kiev": "kyiv", "kyyiv": "kyiv", "kharkov": "kharkiv", "odessa": "odesa", "nikolaev": "mykolaiv",
    "nikolayev": "mykolaiv", "mykolayiv": "mykolaiv", "zaporozhye": "zaporizhzhia",
    "zaporizhia": "zaporizhzhia", "zaporozhzhia": "zaporizhzhia", "zaporizhzhya": "zaporizhzhia",
    "zaporizhzhe": "zaporizhzhia", "dnepr": "dnipro", "dnipropetrovsk": "dnipropetrovsk",
    "lvov": "lviv", "lwow": "lviv", "chernigov": "chernihiv", "vinnitsa": "vinnytsia",
    "vinnytsya": "vinnytsia", "zhitomir": "zhytomyr", "lugansk": "luhansk", "rovno": "rivne",
    "kirovograd": "kropyvnytskyi", "kropyvnytskyy": "kropyvnytskyi", "ternopol": "ternopil",
    "khmelnitsky": "khmelnytskyi", "khmelnytskyy": "khmelnytskyi", "cherkassy": "cherkasy",
    "krivoy rog": "kryvyi rih", "kryvyy rih": "kryvyi rih", "uzhgorod": "uzhhorod",
    "ivano frankovsk": "ivano frankivsk", "chernovtsy": "chernivtsi", "lutsk": "lutsk",
    "kramatorsk": "kramatorsk", "slavyansk": "sloviansk", "slovyansk": "sloviansk",
    "bakhmut": "bakhmut", "artemovsk": "bakhmut", "mariupol": "mariupol", "pokrovsk": "pokrovsk",
    "nikopol": "nikopol", "kupyansk": "kupiansk", "izyum": "izium", "mariupol city": "mariupol",
    "bila tserkva": "bila tserkva", "belaya tserkov": "bila tserkva", "brovary": "brovary",
}

# city -> (admin1, country), all keys already normalised
CITIES: dict[str, tuple[str, str]] = {}
_REGION_CENTRES = {
    # Ukraine: admin1 -> cities in it
    "kyiv": ["kyiv"], "kyiv oblast": ["bila tserkva", "brovary", "bucha", "irpin", "boryspil", "fastiv"],
    "kharkiv": ["kharkiv", "kupiansk", "izium", "chuhuiv", "lozova", "balakliia", "zolochiv"],
    "odesa": ["odesa", "izmail", "chornomorsk", "pivdennyi", "bilhorod dnistrovskyi"],
    "mykolaiv": ["mykolaiv", "ochakiv", "voznesensk"], "kherson": ["kherson", "beryslav", "nova kakhovka"],
    "zaporizhzhia": ["zaporizhzhia", "melitopol", "enerhodar", "orikhiv", "huliaipole", "berdiansk"],
    "dnipropetrovsk": ["dnipro", "kryvyi rih", "nikopol", "pavlohrad", "kamianske", "marhanets"],
    "donetsk": ["donetsk", "kramatorsk", "sloviansk", "bakhmut", "pokrovsk", "kostiantynivka",
                "druzhkivka", "mariupol", "horlivka", "myrnohrad", "dobropillia", "lyman"],
    "luhansk": ["luhansk", "sievierodonetsk", "lysychansk"], "sumy": ["sumy", "konotop", "shostka", "okhtyrka"],
    "chernihiv": ["chernihiv", "nizhyn", "pryluky"], "poltava": ["poltava", "kremenchuk", "myrhorod", "lubny"],
    "lviv": ["lviv", "drohobych", "stryi"], "vinnytsia": ["vinnytsia"], "zhytomyr": ["zhytomyr", "korosten"],
    "rivne": ["rivne"], "volyn": ["lutsk", "kovel"], "ternopil": ["ternopil"], "khmelnytskyi": ["khmelnytskyi",
    "starokostiantyniv"], "cherkasy": ["cherkasy", "uman"], "kirovohrad": ["kropyvnytskyi"],
    "ivano frankivsk": ["ivano frankivsk", "burshtyn"], "chernivtsi": ["chernivtsi"], "zakarpattia": ["uzhhorod"],
    "crimea": ["sevastopol", "simferopol", "kerch", "feodosia", "yevpatoria"],
}
_RUSSIA = {
    "moscow": ["moscow"], "moscow oblast": ["podolsk", "khimki", "ramenskoye", "domodedovo"],
    "belgorod": ["belgorod", "shebekino", "valuyki"], "kursk": ["kursk", "sudzha", "rylsk", "lgov"],
    "bryansk": ["bryansk", "klintsy"], "voronezh": ["voronezh"], "rostov": ["rostov on don", "taganrog",
    "novoshakhtinsk", "kamensk shakhtinsky"], "krasnodar": ["krasnodar", "novorossiysk", "tuapse", "sochi",
    "slavyansk na kubani"], "saratov": ["saratov", "engels"], "tatarstan": ["kazan", "yelabuga"],
    "leningrad": ["saint petersburg", "ust luga", "primorsk"], "samara": ["samara", "syzran", "novokuibyshevsk"],
    "ryazan": ["ryazan"], "tula": ["tula"], "kaluga": ["kaluga"], "oryol": ["oryol"], "lipetsk": ["lipetsk"],
    "tver": ["tver", "toropets"], "smolensk": ["smolensk"], "pskov": ["pskov"], "murmansk": ["olenya"],
}
for _admin1, _cities in _REGION_CENTRES.items():
    for _c in _cities:
        CITIES.setdefault(_c, (_admin1, "ukraine"))
for _admin1, _cities in _RUSSIA.items():
    for _c in _cities:
        CITIES.setdefault(_c, (_admin1, "russia"))
REGIONS: dict[str, str] = {a: "ukraine" for a in _REGION_CENTRES} | {a: "russia" for a in _RUSSIA}
REGIONS["kyiv oblast"] = "ukraine"
# Ukrainian oblasts are named after their centre ("Kharkiv Oblast" = admin1 "kharkiv") except
# where the names differ; the capital is its own admin unit, its oblast is "kyiv oblast".
_REGION_NAMES = {"dnipro": "dnipropetrovsk", "kropyvnytskyi": "kirovohrad", "lutsk": "volyn",
                 "uzhhorod": "zakarpattia", "transcarpathia": "zakarpattia", "kuban": "krasnodar",
                 "crimean peninsula": "crimea", "rostov on don": "rostov", "saint petersburg": "leningrad"}
COUNTRIES = {"ukraine", "russia", "belarus", "moldova", "poland", "romania"}
_COUNTRY_ALIASES = {"russian federation": "russia", "the ukraine": "ukraine"}

_REGION_WORDS = re.compile(r"\b(oblast|oblast'|region|province|governorate|krai|kray|republic of|district|raion|"
                           r"rayon|area|outskirts of|suburbs of|city of|the city|city|town of|town|village of|"
                           r"village|the)\b")
_PUNCT = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Place:
    """A resolved place: `city` is None for region- or country-level mentions."""

    city: Optional[str]
    admin1: Optional[str]
    country: Optional[str]


def fold(name: str) -> str:
    """Lower-case ASCII without accents, apostrophes or punctuation; spaces collapsed."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = text.replace("'", "").replace("`", "")
    return _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip()


def normalise(name: str) -> str:
    """A spelling-independent key for a place name ("Kharkov region" -> "kharkiv")."""
    text = fold(name)
    bare = _SPACES.sub(" ", _REGION_WORDS.sub(" ", text)).strip() or text
    return ALIASES.get(bare, bare)


def _is_region_phrase(name: str) -> bool:
    return bool(re.search(r"\b(oblast|region|province|krai|kray|governorate)\b", fold(name)))


@lru_cache(maxsize=65536)
def resolve(name: str, admin1: Optional[str] = None, country: Optional[str] = None,
            level: str = "city") -> Place:
    """Resolve one mention; explicit admin1/country win over the gazetteer's guess."""
    key = normalise(name) if name else ""
    a1 = _region_key(admin1) if admin1 else None
    ctry = _country_key(country) if country else None
    if key in COUNTRIES or _COUNTRY_ALIASES.get(key) or level == "country":
        return Place(None, None, _country_key(name) if name else ctry)
    if level == "region" or _is_region_phrase(name):
        a1 = a1 or _region_key(name)
        return Place(None, a1, ctry or REGIONS.get(a1))
    if level in ("city", "district", "site") and key:
        if key not in CITIES and not a1:
            found = _from_lexicon(name)  # the gazetteer first: its answers are predictable
            if found is not None:
                return found
        g_a1, g_ctry = CITIES.get(key, (None, None))
        a1 = a1 or g_a1
        return Place(key, a1, ctry or g_ctry or (REGIONS.get(a1) if a1 else None))
    return Place(None, a1, ctry)


def _region_key(name: str) -> str:
    key = normalise(name)
    if fold(name).startswith("kyiv") and _is_region_phrase(name) or key == "kyiv oblast":
        return "kyiv oblast"  # the capital is its own admin unit; the oblast around it is not
    return _REGION_NAMES.get(key, key)


def _country_key(name: str) -> str:
    key = normalise(name)
    return _COUNTRY_ALIASES.get(key, key)


def _from_lexicon(name: str) -> Optional[Place]:
    """The rules backend's gazetteer (`summariser.lexicon.lookup`), when it knows the name."""
    lookup = _lexicon()
    if lookup is None or not name:
        return None
    try:
        hit = lookup(name.strip())
    except Exception:  # an optional helper must never break reconciliation
        return None
    if hit is None or not getattr(hit, "admin1", None):
        return None
    country = _country_key(hit.country) if getattr(hit, "country", None) else None
    level = getattr(getattr(hit, "level", None), "value", "city")
    if level in ("region", "country"):
        return Place(None, _region_key(hit.admin1), country)
    return Place(normalise(hit.name), _region_key(hit.admin1), country)


@lru_cache(maxsize=1)
def _lexicon():
    try:
        from . import lexicon
    except ImportError:
        return None
    return getattr(lexicon, "lookup", None)


@lru_cache(maxsize=4096)
def normalise_actor(name: Optional[str]) -> Optional[str]:
    """"Russian forces", "Russia's army" and "Moscow" all mean the state actor Russia."""
    if not name:
        return None
    key = fold(name)
    for token, actor in _ACTOR_TOKENS:
        if token in key.split():
            return actor
    return key


_ACTOR_TOKENS = (("russia", "russia"), ("russian", "russia"), ("russias", "russia"), ("moscow", "russia"),
                 ("kremlin", "russia"), ("ukraine", "ukraine"), ("ukrainian", "ukraine"),
                 ("ukraines", "ukraine"), ("kyiv", "ukraine"), ("kiev", "ukraine"))


_PARTICIPANTS = {
    "us": "united states", "usa": "united states", "u s": "united states", "america": "united states",
    "united states of america": "united states", "washington": "united states", "white house": "united states",
    "uk": "united kingdom", "u k": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "london": "united kingdom", "eu": "european union", "brussels": "european union",
    "moscow": "russia", "kremlin": "russia", "russian federation": "russia", "kyiv": "ukraine", "kiev": "ukraine",
    "paris": "france", "berlin": "germany", "beijing": "china", "ankara": "turkey", "turkiye": "turkey",
    "north atlantic treaty organization": "nato", "united nations": "un", "u n": "un",
}
_DEMONYMS = {"russian": "russia", "ukrainian": "ukraine", "american": "united states", "british": "united kingdom",
             "french": "france", "german": "germany", "chinese": "china", "turkish": "turkey",
             "european": "european union"}


@lru_cache(maxsize=16384)
def normalise_participant(name: str) -> str:
    """One key per party: "the U.S." / "Washington" -> "united states"; "French officials" -> "france"."""
    key = fold(name)
    key = re.sub(r"^the ", "", key)
    if key in _PARTICIPANTS:
        return _PARTICIPANTS[key]
    words = key.split()
    if len(words) > 1 and words[0] in _DEMONYMS and words[-1] in _GROUP_WORDS:
        return _DEMONYMS[words[0]]  # "French officials", "Russian delegation"
    return _DEMONYMS.get(key, key)


_GROUP_WORDS = {"officials", "delegation", "delegations", "government", "negotiators", "side", "forces",
                "military", "leaders", "diplomats", "envoys", "team", "chiefs"}
