"""Names: places and participants must be named in the text, allowing region words, stems and
close spellings, short forms ("US", "UN", "EU"), demonyms, acronyms, and the written forms the
gazetteer and actor dictionary know (`summariser.knowledge`: the package's one alias table):
"Kyiv, Ukraine", "Sumy Oblast", "Kharkov"; "the Kremlin" -> Russia, "Macron" -> France. A place
its record's sentences do not name may come from the article's title or lead, or be the target
country of a nationwide tally (`place_from_context`)."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from ..language import cyrillic_names
from .context import Window, _context
from .place_aliases import alias_named
from .dateline import dateline_span
from .news_lead import news_lead

if TYPE_CHECKING:
    from ..knowledge import ActorMention, PlaceMention

# Matched with their case: "US" is a country, "us" a pronoun.
_SHORT_FORMS = {"us", "u.s.", "usa", "u.s.a.", "uk", "u.k.", "eu", "e.u.", "un", "u.n.", "uae", "dprk",
                "nato", "iaea", "icrc", "osce"}
_TITLES = {"president", "prime", "minister", "foreign", "defence", "defense", "secretary", "general",
           "chancellor", "king", "pope", "mr", "mrs", "ms", "dr", "envoy", "special", "the", "of",
           "state", "deputy", "chief", "head", "spokesman", "spokeswoman", "senator", "ambassador"}


def _name_in(name: str, grounded: str, lower: str, *, hyphens: bool = True) -> bool:
    """Whole-word match; short forms ("US", "UN", "EU") must match case too, or "us" would do."""
    # the plain substring test first: the pattern only adds word edges to it, and most names
    # looked for in a window are not there at all
    if name.lower() in _SHORT_FORMS:
        return name.upper() in grounded and \
            re.search(r"(?<![\w])" + re.escape(name.upper()) + r"(?![\w])", grounded) is not None
    if name.lower() in lower and re.search(r"(?<![\w])" + re.escape(name.lower()) + r"(?![\w])", lower) is not None:
        return True
    # a name of several words written hyphenated as a modifier ("a coalition-of-the-willing call",
    # "Ramstein-format talks"): the same words (r19, dev36 D6)
    return hyphens and " " in name.strip() and "-" in lower and _name_in(name, grounded, _unhyphenated(lower), hyphens=False)


def _unhyphenated(lower: str) -> str:
    """The text with hyphens between words read as spaces (same length: offsets kept)."""
    return _WORD_HYPHEN.sub(" ", lower)


_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


# "Dnipro (Dnipropetrovsk Oblast, Ukraine)": qualifiers in brackets instead of after commas
_BRACKETED = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<quals>[^()]+)\)$")


def unbracket(name: str) -> str:
    """"Dnipro (Dnipropetrovsk Oblast, Ukraine)" -> "Dnipro, Dnipropetrovsk Oblast, Ukraine": the
    gazetteer reads qualifiers after commas (they must fit the place, or it is not that place)."""
    m = _BRACKETED.match(name.strip())
    return f"{m.group('head')}, {m.group('quals')}" if m else name


def ground_place(name: str, text: str, window: Window | None = None) -> bool:
    """Is the place named in the text (inside `window` when given)? Tolerates "Kharkiv region"
    vs "Kharkiv", possessives and adjective forms ("Kharkivska"), and country demonyms."""
    ctx = _context(text)
    a, b = window or (0, len(text))
    grounded, lower = ctx.grounded[a:b], ctx.lower[a:b]
    name = unbracket(name.strip())
    if not name:
        return False
    if _name_in(name, grounded, lower) or _known_place_in(name, text, (a, b)) or cyrillic_names(name, text[a:b]):
        return True
    core = re.sub(r"\b(?:region|oblast|province|city|district|raion|county|town|village|the|of)\b", " ",
                  name.lower())
    tokens = [t for t in re.findall(r"[\w'-]+", core) if len(t) >= 4]
    if tokens and all(_token_in(t, lower) for t in tokens):
        return not _another_place(name, text, (a, b), tokens[0])
    # "the Dnipro region" names Dnipropetrovsk Oblast: a short form before a region word
    return len(tokens) == 1 and any(
        tokens[0].startswith(w) for w in re.findall(r"([\w'-]{5,})\s+(?:region|oblast|province)\b", lower))


# How many sentences open an article (its title and lead, a dateline's city among them).
_LEAD_SENTENCES = 2


def place_from_context(name: str, text: str, evidence: Sequence[Window], target_country: str | None,
                       title: str | None = None, source: str | None = None) -> bool:
    """A place its record's own sentences do not name, read from the article as a whole:

    - the target country of a nationwide tally ("Russia launched 65 drones overnight; 52 were
      destroyed" says nowhere "at Ukraine"): a country-level place that is the record's target
      country and that the article names somewhere;
    - the place the article is about, named in its title or lead, or the seat its source gives
      ("Harbour Storage, Poltava": a local notice's own town, r50), when the record's sentences
      name no other town or region (only a district of it, or none: "a shell hit a bus stop in
      the central district"). A place another sentence names is never taken this way: a strike
      elsewhere in the text is another strike.
    """
    from ..knowledge import lookup

    name = split_country(name.strip())[0]
    place = lookup(name)
    if place is None:
        return False
    if place.level == "country":
        target = lookup(target_country) if target_country else None
        return target is not None and target.key == place.key and ground_place(name, text)
    sents = _context(text).sentences
    if not sents or not evidence:
        return False
    if place.level == "region":  # "over the region" in a post whose greeting names the region
        from .post_region import region_of_post
        from .region_anaphor import region_told_before

        if region_of_post(place.key, text, evidence) or region_told_before(place.key, text, evidence):
            return True  # or "over the region" after the sentences that named it (dev24 A3)
    if place.level == "city":  # "the city's heating plant" after the sentence that named the city (r21)
        from .region_anaphor import city_told_before

        if city_told_before(place.key, text, evidence):
            return True
    if place.level != "country":  # "its grounds", "their outskirts": the place the sentence before opens on (r22)
        from .region_anaphor import part_told_before, site_told_before

        if part_told_before(name, text, evidence) or site_told_before(place.key, text, evidence):
            return True  # or "the refinery", the facility the paragraph named before with its town (r30)
    lead = news_lead(text, _LEAD_SENTENCES)  # a script's stage lines and greetings are no lead sentences
    if (lead is None or not ground_place(name, text, lead)) and not _title_place(place.key, title) \
            and not _source_seat(place.key, source):
        return False
    # dev30 A4: a feature's dateline city ("SUMY — Olena still keeps the key ...") quoted with the
    # record's sentences is the lead's place, no other place of theirs, when the body names it again
    filed = dateline_span(text)
    if filed is not None and any(a < filed[1] and filed[0] < b for a, b in evidence) \
            and not ground_place(name, text, (filed[1], len(text))):
        return False
    named = [m.place for m in _text_places(text)
             if any(a <= m.start < b for a, b in evidence) and m.place.level not in ("district", "site", "country")
             and not (filed is not None and filed[0] <= m.start < filed[1]) and not not_a_town(text, m)]
    return not named


def _title_place(key: str, title: str | None) -> bool:
    """r21 (dev39 L2): the article's title (its front matter, no part of the text) names this place
    and no other town or region ("Odesa: toll from Tuesday's strike rises to five"): the place the
    article is about, read as the lead's place is."""
    from ..knowledge import find_places

    if not title:
        return False
    found = {m.place.key for m in find_places(title) if m.place.level not in ("district", "site", "country")}
    return found == {key}


def _source_seat(key: str, source: str | None) -> bool:
    """r50 (dev75): the town a source line gives after its body's name, as a seat ("Harbour Storage,
    Poltava (a notice to tenants)", "Vorskla University, Poltava"): the place a local
    notice is about. A town inside an outlet's own name ("Kyiv Courant") is no seat."""
    from ..knowledge import find_places

    if not source or "," not in source:
        return False
    seat = source.split("(")[0].rsplit(",", 1)[1].strip().strip('"')
    found = find_places(seat)
    return len(found) == 1 and found[0].place.key == key and len(seat) == found[0].end - found[0].start \
        and found[0].place.level not in ("district", "site", "country")


def not_a_town(text: str, mention: "PlaceMention") -> bool:
    """A capital written as its government or command ("Kyiv's General Staff reported striking it", "Moscow
    said": `lexicon.capital_as_government`, the rules' reader too), or a town's name inside a water
    body's or a street's ("the Sea of Azov", "Shevchenko Avenue"): no other place of the record's."""
    from .. import lexicon as lx

    grounded = _context(text).grounded
    if lx.PLACE_FEATURE_BEFORE.search(grounded, max(0, mention.start - 20), mention.start) \
            or lx.PLACE_STREET_AFTER.match(grounded, mention.end):
        return True  # "over the Sea of Azov", "on Shevchenko Avenue": a sea or a street, no town (r21)
    if lx.ORGANISATION_AFTER.match(grounded, mention.end):
        return True  # "the Kyiv-based DiXi Group", "the Kyiv School of Economics": a body's seat (r22, dev41 A2)
    sent = next(((s.start, s.end) for s in _context(text).sentences if s.start <= mention.start < s.end), None)
    return sent is not None and lx.capital_as_government(grounded, mention.start, mention.end, *sent)


def _known_place_in(name: str, text: str, window: Window) -> bool:
    """The gazetteer's place for `name` is among the places the text names ("Kharkov" for
    "Kharkiv", "Kyiv, Ukraine" for "Kyiv"); a country also by its demonym ("Ukrainian")."""
    from ..knowledge import lookup

    place = lookup(name)
    if place is None:
        return False
    a, b = window
    if any(a <= m.start and m.end <= b and m.place.key == place.key for m in _text_places(text)):
        return True
    if place.level == "country":
        found = article_actors(text).get(canonical_actor(place.name) or place.name)
        return found is not None and a <= found[1] < b
    # the text's own spelling of it, read through the gazetteer ("Kamenka-Dneprovskaya": `place_aliases`)
    return place.key in _seat_cities(text, (a, b)) or alias_named(place.key, text, (a, b)) \
        or _capital_by_its_state(place.name, text, (a, b))


def _capital_by_its_state(name: str, text: str, window: Window) -> bool:
    """A capital told by its state ("the Ukrainian capital", "Russia's capital"): named, as the rules
    read it (lexicon CAPITAL_ALIASES; r43, dev65; r46: every state's, "a visit to Germany's capital")."""
    from ..lexicon import capital_aliases_of

    a, b = window
    return any(re.search(pat, _context(text).grounded[a:b]) for pat in capital_aliases_of(name))


@lru_cache(maxsize=256)
def _seat_cities(text: str, window: Window) -> frozenset[str]:
    """Gazetteer keys of the capitals whose seat of government the text names ("the White House"
    names Washington as a place)."""
    from ..knowledge import find_actors
    from .complete import _seat_city

    a, b = window
    return frozenset(p.key for m in find_actors(_context(text).grounded[a:b]) if m.via == "capital"
                     and (p := _seat_city(m.text)) is not None)


@lru_cache(maxsize=64)
def _another_place(name: str, text: str, window: Window, token: str) -> bool:
    """Every word the name's stem begins in the window is another known place of the same level
    ("Pokrovsk" for "Pokrov", "Mykolaivka" for "Mykolaiv"): two towns, not one written two ways."""
    from ..knowledge import lookup

    place = lookup(name)
    if place is None:
        return False
    a, b = window
    stem = token[:-1] if len(token) > 5 and token[-1] in "aeiouy" else token
    starts = [a + w.start() for w in re.finditer(r"[\w'-]+", _context(text).lower[a:b])
              if w.group(0).startswith(stem) or (abs(len(w.group(0)) - len(token)) <= 2 and w.group(0)[:2] == token[:2]
                                                  and difflib.SequenceMatcher(None, token, w.group(0)).ratio() >= 0.85)]
    others = [m for m in _text_places(text) if m.place.key != place.key and m.place.level == place.level]
    return bool(starts) and all(any(m.start <= s < m.end for m in others) for s in starts)


@lru_cache(maxsize=64)
def _text_places(text: str) -> tuple[PlaceMention, ...]:
    from ..knowledge import find_places

    return tuple(find_places(_context(text).grounded))


# the same name is grounded in the same window for several fields and records, and again by
# `enforce`: about 2 calls in 3 repeat one already answered (the fuzzy fallback reads every word)
@lru_cache(maxsize=512)
def _token_in(token: str, lower: str) -> bool:
    """A name token appears as a word, a word's stem ("Odesa's", "Kharkivska") or a close spelling."""
    stem = token[:-1] if len(token) > 5 and token[-1] in "aeiouy" else token
    if any(not _district_adjective(lower, m.start(), stem) and not _longer_name(lower, m.start(), stem)
           for m in re.finditer(r"(?<![\w])" + re.escape(stem), lower)):
        return True
    words = {w for w in re.findall(r"[\w'-]+", lower) if abs(len(w) - len(token)) <= 2 and w[:2] == token[:2]}
    return any(difflib.SequenceMatcher(None, token, w).ratio() >= 0.85 for w in words)


# A district named by an adjective of another place ("Kharkiv's Kyivskyi district", "the
# Odeskyi raion"): the word names the district, not that place.
_DISTRICT_AFTER = re.compile(r"\s+(?:district|raion|rayon)\b")


# The most an adjective or possessive adds to a name's stem ("Kharkivska", "Odesa's", "Lvivian"):
# a longer word is another name ("Dnipropetrovsk" does not name Dnipro).
_MAX_ENDING = 5


def _longer_name(lower: str, start: int, stem: str) -> bool:
    word = re.match(r"[\w-]+", lower[start:])
    return word is not None and len(word.group(0)) - len(stem) > _MAX_ENDING


def _district_adjective(lower: str, start: int, stem: str) -> bool:
    """The word at `start` extends the name (no possessive) and names a district."""
    word = re.match(r"[\w'’-]+", lower[start:])
    w = word.group(0) if word else ""
    return len(w) > len(stem) + 1 and not re.search(r"['’]", w) and _DISTRICT_AFTER.match(lower, start + len(w)) is not None


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

# How `knowledge.find_actors` read a mention -> the support it gives: the state's own name, alias
# or demonym states it; a capital, seat, person or institution infers it.
_VIA_SUPPORT = {"name": "stated", "alias": "stated", "demonym": "stated"}


def canonical_actor(name: str | None) -> str | None:
    """The state or organisation a written actor names ("US", "the Kremlin", "Russian forces",
    "President Macron"), from the actor dictionary (`knowledge.resolve_actor`); None when it names
    none. A body of an organisation keeps its own name ("UN Security Council")."""
    if not name or not name.strip():
        return None
    from ..knowledge import resolve_actor
    from .actor_codes import actor_by_code

    actor = resolve_actor(name.strip())
    if actor is None:
        return actor_by_code(name)  # "UA", "TUR": a state by its ISO code
    if actor.kind == "organisation" and actor.via == "institution" or _grouping(name, actor.name):
        written = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        return _spelled_out(written, actor.code) or written
    return actor.name


def _initials(form: str) -> str:
    """"UN Security Council" -> "UNSC": a word in capitals ("UN", "U.N.") gives all its letters."""
    return "".join(re.sub(r"[^A-Z]", "", w) if w.replace(".", "").isupper() else w[0]
                   for w in form.split() if w[:1].isupper())


@lru_cache(maxsize=64)
def _spelled_out(written: str, code: str) -> str | None:
    """The dictionary's spelled-out form of an organisation's body written as its acronym ("UNSC" ->
    "UN Security Council", "UNGA" -> "UN General Assembly"): the form of the same organisation
    whose initials it is, so the body is grounded by its name as articles write it. None when the
    written name is no acronym or no form spells it out."""
    from ..knowledge import _data

    bare = written.replace(".", "")
    if " " in written or not bare.isupper() or len(bare) < 3:
        return None
    forms = [f for e in _data.load("actors.yaml")["organisations"] if e["code"] == code
             for f in e.get("institutions", []) if " " in f]
    return next((f for f in forms if _initials(f) == bare), None)


def _grouping(name: str, actor: str) -> bool:
    """A grouping named after a state or a region ("Ukraine Defense Contact Group", "European
    Political Community") is its own organisation, not that state: its name ends with a word for
    a grouping of states and is more than the actor's own name ("the NATO alliance" is NATO)."""
    from . import vocabulary

    words = re.sub(r"^the\s+", "", name.strip(), flags=re.I).split()
    return (len(words) > 1 and actor.casefold() not in (" ".join(words).casefold(), " ".join(words[:-1]).casefold())
            and re.fullmatch(vocabulary.pattern("grouping_nouns"), words[-1].casefold()) is not None)


@lru_cache(maxsize=64)
def article_actors(text: str, on: dt.date | None = None) -> dict[str, tuple[str, int, int]]:
    """Every state or organisation the (injection-masked) text names, with how: canonical name ->
    (support, start, end). Stated beats inferred (a capital, a seat, a person, an institution). A person
    speaks for the office held `on` the article's date; with no date, for every office held (r50)."""
    from ..knowledge.actors import person_actors

    out: dict[str, tuple[str, int, int]] = {}
    for m in _grounded_actors(text, on):
        how = _VIA_SUPPORT.get(m.via, "inferred")
        names = {m.actor.name}
        if m.actor.kind == "organisation" and m.via == "institution":
            names.add(re.sub(r"^the\s+", "", m.text, flags=re.I))
        for actor in names:
            if actor not in out or out[actor][0] == "inferred" and how == "stated":
                out[actor] = (how, m.start, m.end)
        for held in person_actors(m.actor.person) if m.actor.person and on is None else []:
            out.setdefault(held.name, ("inferred", m.start, m.end))  # r50: no date chooses among a person's roles
    return out


@lru_cache(maxsize=64)
def _grounded_actors(text: str, on: dt.date | None = None) -> tuple["ActorMention", ...]:
    """The actors the article's grounded text names: read once per article (`article_actors`
    and every `introduced_person` look at the same mentions)."""
    from ..knowledge import find_actors

    return tuple(find_actors(_context(text).grounded, on))


@lru_cache(maxsize=64)
def _local_office_states(text: str) -> tuple[str, ...]:
    from ..knowledge.local_offices import local_office_states

    return tuple(local_office_states(_context(text).grounded))


def introduced_person(name: str, text: str) -> str | None:
    """The state of a person the actor dictionary does not know but the article introduces with
    a title next to their state ("Bulgaria's President X", "X, the Japanese foreign minister",
    "Albanian Prime Minister X": `knowledge.find_actors` learns them); matched by full name or
    surname. None when the article never says whose the person is: a state is never guessed."""
    words = [w for w in re.findall(r"[\w'’-]+", name) if w.lower() not in _TITLES]
    if not words or not words[-1][:1].isupper():
        return None
    surname = words[-1].casefold()
    grounded = _context(text).grounded
    for mention in _grounded_actors(text):
        person = mention.actor.person
        if mention.via == "person" and person and person.split()[-1].casefold() == surname:
            return canonical_actor(mention.actor.name) or mention.actor.name
    # "Latvia's Firstname Surname" in a list of leaders: a state's possessive right before the name
    for m in re.finditer(rf"([A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?)['’]s\s+(?:[A-Z][\w'’-]+\s+){{0,2}}{re.escape(words[-1])}\b",
                         grounded):
        state = canonical_actor(m.group(1))
        if state is not None and article_actors(text).get(state, ("",))[0] == "stated":
            return state
    return None


def ground_actor(name: str, text: str, on: dt.date | None = None) -> tuple[str, str] | None:
    """(canonical name, support) for a participant, attacker or target the text names, directly
    (`stated`) or through its leader (the office held `on` the article's date), capital, seat or
    ministry (`inferred`); None when it does not. A name the dictionary cannot resolve is kept as
    written when the text has it."""
    name = name.strip()
    actor = canonical_actor(name)
    if actor is None and (introduced := introduced_person(name, text)) is not None:
        return introduced, "inferred"
    if actor is None:
        return (name, "stated") if name and ground_name(name, text) else None
    found = article_actors(text, on).get(actor)
    if found:
        return actor, found[0]
    if actor in _local_office_states(text):  # "the mayor of Kharkiv and ... signed": Ukraine (r26)
        return actor, "inferred"
    if actor == _spelled_out(re.sub(r"^the\s+", "", name, flags=re.I), actor_code(name)):
        name = actor  # "UNSC": the body is named as the article writes it ("the Security Council")
    return (actor, "stated") if ground_name(name, text) and ground_name(actor, text) else None


def actor_code(name: str) -> str:
    """The dictionary code of the state or organisation a written actor names ("" for none)."""
    from ..knowledge import resolve_actor

    found = resolve_actor(name.strip())
    return found.code if found is not None else ""
