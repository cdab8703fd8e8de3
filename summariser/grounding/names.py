"""Names: places and participants must be named in the text, allowing region words, stems and
close spellings, short forms ("US", "UN", "EU"), demonyms and acronyms."""

from __future__ import annotations

import difflib
import re

from functools import lru_cache

from .context import Window, _context

# Countries and bodies that war reporting names by a short form or a demonym.
_ALIASES = [
    {"united states", "u.s.", "us", "u.s.a.", "usa", "america", "american", "americans", "united states of america"},
    {"united kingdom", "uk", "u.k.", "britain", "great britain", "british"},
    {"russia", "russian", "russians", "russian federation"},
    {"ukraine", "ukrainian", "ukrainians"},
    {"european union", "eu", "e.u."},
    {"united nations", "un", "u.n."},
    {"nato", "north atlantic treaty organization", "north atlantic treaty organisation"},
    {"france", "french"}, {"germany", "german", "germans"}, {"china", "chinese"},
    {"turkey", "turkish", "türkiye", "turkiye"}, {"poland", "polish", "poles"},
    {"netherlands", "dutch", "the netherlands", "holland"}, {"switzerland", "swiss"},
    {"spain", "spanish"}, {"sweden", "swedish"}, {"finland", "finnish"}, {"denmark", "danish"},
    {"norway", "norwegian"}, {"belarus", "belarusian"}, {"north korea", "north korean", "dprk"},
    {"south korea", "south korean"}, {"saudi arabia", "saudi"},
    {"united arab emirates", "uae", "emirati"}, {"qatar", "qatari"}, {"israel", "israeli"},
    {"iran", "iranian"}, {"vatican", "holy see"}, {"japan", "japanese"}, {"hungary", "hungarian"},
    {"slovakia", "slovak"}, {"czech republic", "czechia", "czech"}, {"georgia", "georgian"},
    {"iaea", "international atomic energy agency"}, {"icrc", "red cross"},
    {"osce", "organization for security and co-operation in europe"},
]
_ALIAS_OF = {name: group for group in _ALIASES for name in group}
# Matched with their case: "US" is a country, "us" a pronoun.
_SHORT_FORMS = {"us", "u.s.", "usa", "u.s.a.", "uk", "u.k.", "eu", "e.u.", "un", "u.n.", "uae", "dprk",
                "nato", "iaea", "icrc", "osce"}
_TITLES = {"president", "prime", "minister", "foreign", "defence", "defense", "secretary", "general",
           "chancellor", "king", "pope", "mr", "mrs", "ms", "dr", "envoy", "special", "the", "of",
           "state", "deputy", "chief", "head", "spokesman", "spokeswoman", "senator", "ambassador"}


def _name_in(name: str, grounded: str, lower: str) -> bool:
    """Whole-word match; short forms ("US", "UN", "EU") must match case too, or "us" would do."""
    if name.lower() in _SHORT_FORMS:
        return re.search(r"(?<![\w])" + re.escape(name.upper()) + r"(?![\w])", grounded) is not None
    return re.search(r"(?<![\w])" + re.escape(name.lower()) + r"(?![\w])", lower) is not None


def ground_place(name: str, text: str, window: Window | None = None) -> bool:
    """Is the place named in the text (inside `window` when given)? Tolerates "Kharkiv region"
    vs "Kharkiv", possessives and adjective forms ("Kharkivska"), and country demonyms."""
    ctx = _context(text)
    a, b = window or (0, len(text))
    grounded, lower = ctx.grounded[a:b], ctx.lower[a:b]
    name = name.strip()
    if not name:
        return False
    if any(_name_in(n, grounded, lower) for n in {name, *_ALIAS_OF.get(name.lower(), ())}):
        return True
    core = re.sub(r"\b(?:region|oblast|province|city|district|raion|county|town|village|the|of)\b", " ",
                  name.lower())
    tokens = [t for t in re.findall(r"[\w'-]+", core) if len(t) >= 4]
    if tokens and all(_token_in(t, lower) for t in tokens):
        return True
    # "the Dnipro region" names Dnipropetrovsk Oblast: a short form before a region word
    return len(tokens) == 1 and any(
        tokens[0].startswith(w) for w in re.findall(r"([\w'-]{5,})\s+(?:region|oblast|province)\b", lower))


def _token_in(token: str, lower: str) -> bool:
    """A name token appears as a word, a word's stem ("Odesa's", "Kharkivska") or a close spelling."""
    stem = token[:-1] if len(token) > 5 and token[-1] in "aeiouy" else token
    if re.search(r"(?<![\w])" + re.escape(stem), lower):
        return True
    words = {w for w in re.findall(r"[\w'-]+", lower) if abs(len(w) - len(token)) <= 2 and w[:2] == token[:2]}
    return any(difflib.SequenceMatcher(None, token, w).ratio() >= 0.85 for w in words)


def ground_name(name: str, text: str) -> bool:
    """Is the person, organisation or country named in the text (or by its short form/demonym)?"""
    ctx = _context(text)
    name = name.strip()
    if not name:
        return False
    if ground_place(name, text):
        return True
    if name.isupper() and 2 <= len(name) <= 6 and name.upper() in _acronyms(ctx.grounded):
        return True  # "IAEA" for "International Atomic Energy Agency"
    acronym = "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in _TITLES)
    if len(acronym) >= 2 and len(name.split()) >= 2 and re.search(rf"\b{acronym}\b", ctx.grounded):
        return True
    words = [w for w in re.findall(r"[\w'-]+", name) if w.lower() not in _TITLES and len(w) >= 3]
    # A person is named by surname: "Zelensky" grounds "Volodymyr Zelenskyy".
    return bool(words) and words[-1][:1].isupper() and _token_in(words[-1].lower(), ctx.lower)


def _acronyms(text: str) -> set[str]:
    out = set()
    for m in re.finditer(r"(?:[A-Z][a-z]+(?:\s+(?:of|for|and|the)\s+|\s+)){1,6}[A-Z][a-z]+", text):
        out.add("".join(w[0] for w in m.group(0).split() if w[0].isupper()))
    return out


# --------------------------------------------------------------------------- places as written

# "Kyiv, Ukraine", "Sumy (Ukraine)": a place followed by the country it lies in.
_COUNTRY_TAIL = re.compile(r"\s*(?:,\s*|\s\(\s*)(?P<country>[A-Z][\w .'-]+?)\)?\s*$")


def split_country(name: str) -> tuple[str, str | None]:
    """("Kyiv", "Ukraine") for "Kyiv, Ukraine"; (name, None) when no known country follows."""
    m = _COUNTRY_TAIL.search(name)
    if m and canonical_actor(m.group("country")) and name[:m.start()].strip():
        return name[:m.start()].strip(), canonical_actor(m.group("country"))
    return name, None


# --------------------------------------------------------------------------- actors

# Host cities that say where talks are held, not who holds them.
_NOT_A_SEAT = {"Istanbul", "Geneva", "Jeddah", "Anchorage", "Alaska", "Davos", "Rammstein", "Ramstein"}
_SEAT_WORDS = {"washington", "white house", "london", "moscow", "kremlin", "the kremlin", "kyiv", "kiev",
               "paris", "berlin", "warsaw", "ankara", "beijing", "tehran", "pyongyang", "minsk", "downing street",
               "elysee", "élysée"}
_GROUP_TAIL = re.compile(r"\s+(?:forces|army|military|troops|government|officials|authorities|side|delegation"
                         r"|administration|leadership|ministry\s+of\s+\w+|defen[cs]e\s+ministry|foreign\s+ministry"
                         r"|armed\s+forces|air\s+force|navy)$", re.I)


def canonical_actor(name: str | None) -> str | None:
    """The state or organisation a written actor names ("US", "the Kremlin", "Russian forces"),
    or None when it names none we know."""
    if not name or not name.strip():
        return None
    from .. import lexicon as lx

    word = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I)
    word = re.sub(r"['’]s$", "", _GROUP_TAIL.sub("", word))
    for candidate in (word, name.strip()):
        found = lx.canonical_country(candidate) or lx.canonical_org(candidate)
        if found:
            return found
    city = lx.WORLD_CITIES.get(word)
    return city if city and word not in _NOT_A_SEAT else None


@lru_cache(maxsize=64)
def article_actors(text: str) -> dict[str, tuple[str, int, int]]:
    """Every state or organisation the (injection-masked) text names, with how: canonical name ->
    (support, start, end). Stated beats inferred (a capital, a seat, a titled person)."""
    from .. import lexicon as lx

    grounded = _context(text).grounded
    out: dict[str, tuple[str, int, int]] = {}

    def add(actor: str | None, how: str, m: re.Match) -> None:
        if actor and (actor not in out or out[actor][0] == "inferred" and how == "stated"):
            out[actor] = (how, m.start(), m.end())

    for pattern in (*lx.COUNTRY_NAMES, *lx.ORGANISATIONS):
        for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", grounded):
            seat = m.group(0).lower() in _SEAT_WORDS
            add(canonical_actor(m.group(0)), "inferred" if seat else "stated", m)
    for city, land in lx.WORLD_CITIES.items():
        if city not in _NOT_A_SEAT:
            for m in re.finditer(rf"\b{re.escape(city)}\b", grounded):
                add(land, "inferred", m)
    for surname, land in _people(text).items():
        for m in re.finditer(rf"\b{re.escape(surname)}\b", grounded):
            add(land, "inferred", m)
    return out


@lru_cache(maxsize=64)
def _people(text: str) -> dict[str, str]:
    """Surname -> the state the article ties that person to ("Turkish President X Y")."""
    from .. import lexicon as lx

    grounded = _context(text).grounded
    out: dict[str, str] = {}
    for rx in (lx.TITLED_PERSON_RE, lx.LOWER_TITLED_PERSON_RE):
        for m in rx.finditer(grounded):
            land = canonical_actor(m.group("land")) if m.group("land") else None
            if land:
                out.setdefault(re.sub(r"['’]s$", "", m.group("name")).split()[-1], land)
    for m in lx.PERSON_APPOSITION_RE.finditer(grounded):
        words = re.findall(r"[A-Z][\w'’.]+(?:\s+(?:Korea|Arabia|States|Kingdom))?", m.group("role"))
        land = next((c for w in words if (c := canonical_actor(re.sub(r"['’]s$", "", w)))), None)
        if land:
            out.setdefault(m.group("name").split()[-1], land)
    return out


def ground_actor(name: str, text: str) -> tuple[str, str] | None:
    """(canonical name, support) for a participant, attacker or target the text names, directly
    (`stated`) or through its leader, capital or seat (`inferred`); None when it does not.
    A name we cannot resolve to a state or organisation is kept as written when the text has it."""
    name = name.strip()
    actor = canonical_actor(name) or _people(text).get(_surname(name))
    if actor is None:
        return (name, "stated") if name and ground_name(name, text) else None
    found = article_actors(text).get(actor)
    if found:
        return actor, found[0]
    return (actor, "stated") if ground_name(name, text) and canonical_actor(name) else None


def _surname(name: str) -> str:
    words = [w for w in re.findall(r"[\w'’-]+", name) if w.lower() not in _TITLES]
    return words[-1] if words else ""
