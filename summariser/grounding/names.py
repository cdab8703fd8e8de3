"""Names: places and participants must be named in the text, allowing region words, stems and
close spellings, short forms ("US", "UN", "EU"), demonyms and acronyms."""

from __future__ import annotations

import difflib
import re

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
