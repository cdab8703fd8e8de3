"""The actor dictionary: names, aliases, demonyms, capitals, institutions and people -> a state or
an organisation (ISO 3166-1 alpha-2 code or an organisation id), from `data/actors.yaml`.

`resolve_actor` reads one mention ("Turkey's President Recep Tayyip Erdogan", "the Kremlin",
"U.S. envoy Steve Witkoff"); `find_actors` scans a whole text in one pass and also learns from the
text itself: "X's President Firstname Lastname", "Foreign Minister Firstname Lastname of X" and
"Firstname Lastname, X's foreign minister" bind that person to X for the whole article.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Optional, Union

from ..calendar_days import MONTHS, WEEKDAYS
from . import _data
from ._scan import Token, Trie, case_ok, is_capitalised, keys, tokenize
from .gazetteer import lookup

_NAME_PARTICLES = {"von", "der", "van", "de", "da", "bin", "al", "ibn", "la", "le", "di"}
_MAX_NAME = 4


@dataclass(frozen=True)
class Actor:
    """A state (`code` ISO 3166-1 alpha-2) or organisation (`code` its id: "EU", "NATO", "UN").
    `via` says how the mention was read: name | alias | demonym | capital | institution | person;
    `person` and `role` are set when it was read through a person."""

    code: str
    name: str
    kind: str  # state | organisation
    via: str = "name"
    person: Optional[str] = None
    role: Optional[str] = None


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    actor: Actor
    via: str
    text: str = ""


@dataclass(frozen=True)
class _Person:
    name: str
    roles: tuple[tuple[str, str, Optional[dt.date], Optional[dt.date]], ...]  # (code, role, from, to)


# A dictionary form: what it names (a state or organisation, or a person), how it names it
# (name | alias | demonym | capital | institution | person) and the form as written.
_Form = tuple[Union[Actor, _Person], str, str]


class _Index:
    def __init__(self) -> None:
        raw = _data.load("actors.yaml")
        self.actors: dict[str, Actor] = {}
        self.forms: Trie[_Form] = Trie()
        self.short_forms: dict[str, tuple[tuple[str, ...], ...]] = {}  # code -> "the Commission" forms
        # forms that name their state in lower case too ("a congressional delegation": the US)
        self.any_case: set[str] = set()
        for kind, section in (("state", "states"), ("organisation", "organisations")):
            for e in raw[section]:
                actor = Actor(e["code"], e["name"], kind)
                self.actors[actor.code] = actor
                self._add(actor, "name", [e["name"]])
                self._add(actor, "alias", e.get("aliases", []))
                self._add(actor, "demonym", e.get("demonyms", []))
                self._add(actor, "capital", [*e.get("capitals", []), *e.get("seats", [])])
                self._add(actor, "institution", [*e.get("institutions", []), *e.get("any_case", [])])
                self.any_case.update(e.get("any_case", []))
                if e.get("short_forms"):
                    self.short_forms[actor.code] = tuple(keys(f) for f in e["short_forms"])
        for p in _data.load("places.json")["places"]:  # every other country GeoNames knows
            if p["level"] == "country" and p["country_code"] not in self.actors:
                self.actors[p["country_code"]] = Actor(p["country_code"], p["name"], "state")
                self._add(self.actors[p["country_code"]], "name", [p["name"]])
        # the family name found alone after the full name, where it is not the last word ("Wang Yi": "Wang")
        self.family_names: dict[str, tuple[str, ...]] = {}
        self.people: dict[str, _Person] = {}
        for p in raw["people"]:
            roles = tuple((r["actor"], r["role"], _date(r.get("from")), _date(r.get("to"))) for r in p["roles"])
            if p.get("family_name"):
                self.family_names[p["name"]] = keys(p["family_name"])
            self.people[p["name"]] = _Person(p["name"], roles)
            self._add(self.people[p["name"]], "person", [p["name"], *p.get("aliases", [])])
        self.institutions: Trie[str] = Trie()
        self.institution_keys: set[tuple[str, ...]] = set()
        for noun in [*raw["institution_nouns"], *raw.get("military_unit_nouns", [])]:  # bodies and formations
            self.institutions.add(keys(noun), noun)
            self.institution_keys.add(keys(noun))
        self.titles: Trie[str] = Trie()
        for title in raw["titles"]:
            self.titles.add(keys(title), title)
        self.given_names = {keys(f) for f in raw.get("given_name_forms", [])}
        self.not_given_names = {k for w in raw.get("given_name_not_before", []) for k in keys(w)}

    def _add(self, target: Union[Actor, _Person], via: str, forms: Iterable[str]) -> None:
        for written in forms:
            self.forms.add(keys(written), (target, via, written))


def _date(value: object) -> Optional[dt.date]:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index()


def actor(code: str) -> Optional[Actor]:
    """The dictionary's actor for a code ("UA", "NATO")."""
    return _index().actors.get(code)


def _person_actor(person: _Person, on: Optional[dt.date]) -> Optional[Actor]:
    """The actor a person speaks for on a date: the role held then, else the last one before it,
    else the first; with no date, the latest role."""
    roles = person.roles
    pick = roles[-1]
    if on is not None:
        held = [r for r in roles if (r[2] is None or r[2] <= on) and (r[3] is None or on < r[3])]
        before = [r for r in roles if r[3] is not None and r[3] <= on]
        pick = (held or before or roles[:1])[-1]
    base = _index().actors.get(pick[0])
    if base is None:
        return None
    return replace(base, via="person", person=person.name, role=pick[1])


def person_actors(name: str) -> list[Actor]:
    """Every state or organisation the dictionary's person `name` has spoken for, in the order of their
    roles: read where no date chooses one (r50: "Jens Stoltenberg" is NATO's as well as Norway's)."""
    person = _index().people.get(name)
    found = [_index().actors.get(r[0]) for r in person.roles] if person is not None else []
    return [a for a in dict.fromkeys(found) if a is not None]


def _as_actor(value: _Form, on: Optional[dt.date]) -> Optional[Actor]:
    target, via, _ = value
    if isinstance(target, _Person):
        return _person_actor(target, on)
    return replace(target, via=via)


# --------------------------------------------------------------------------- scanning

def find_actors(text: str, on: Optional[dt.date] = None, *, strict: bool = True) -> list[ActorMention]:
    """Every actor mention in `text`, in order. One pass finds dictionary forms (and extends
    "Ukraine's Air Force" to the institution); a second learns people the text introduces with a
    title next to their state; a third finds those people again wherever the text names them."""
    return list(_actors_in(text, on, strict))


# Grounding and the rules' cross-check read the actors of the same sentences of one article:
# a text's actors are found once while it is among the last few hundred (mentions are frozen).
@lru_cache(maxsize=512)
def _actors_in(text: str, on: Optional[dt.date], strict: bool) -> tuple[ActorMention, ...]:
    ix = _index()
    toks = tokenize(text)
    found: dict[int, tuple[int, Actor]] = {}  # start token -> (end token, actor)
    starts = ix.forms.root
    i = last_end = 0
    while i < len(toks):
        hit = _dictionary_at(ix, toks, i, on, strict) if toks[i].key in starts else None
        if hit is None:
            i += 1
            continue
        start = _institution_before(ix, toks, i, hit)
        if start < i and start >= last_end:  # "the Ministry of Defence of Ukraine"
            hit = (hit[0], replace(hit[1], via="institution"))
        else:
            start = i
        found[start] = hit
        i = last_end = hit[0]
    learned = _learn(ix, text, toks, found)
    if learned.depth:
        _apply_learned(learned, toks, found)
    _short_forms(ix, text, toks, found)
    return tuple(ActorMention(toks[s].start, toks[e - 1].end, a, a.via, text[toks[s].start:toks[e - 1].end])
                 for s, (e, a) in sorted(found.items()))


def _dictionary_at(ix: _Index, toks: list[Token], i: int, on: Optional[dt.date],
                   strict: bool) -> Optional[tuple[int, Actor]]:
    best = None
    for end, values in ix.forms.walk(toks, i):
        for value in values:
            if case_ok(value[2], toks[i:end], strict) or value[2] in ix.any_case:
                found = _as_actor(value, on)
                if found is not None:
                    best = (end, found)
                break
    if best is None or _given_name(ix, toks, i, best[0]):
        return None
    end, found = best
    if found.via != "person":  # "Ukraine's Air Force", "the Russian Defence Ministry"
        more = max((e for e, _ in ix.institutions.walk(toks, end)), default=None)
        if more is not None:
            return more, replace(found, via="institution")
    return best


def _given_name(ix: _Index, toks: list[Token], i: int, end: int) -> bool:
    """"Jordan Bardella said": a state's name that is also a given name, followed at once by a
    capitalised word that is no dictionary form, body, title, place or calendar word, is a person's."""
    if tuple(t.key for t in toks[i:end]) not in ix.given_names or end >= len(toks):
        return False
    nxt = toks[end]
    if toks[end - 1].end + 1 != nxt.start or not nxt.raw[:1].isupper() or nxt.raw.isupper() or nxt.key in ix.not_given_names:
        return False  # ("the NATO-Georgia Commission", "the India Council": a body's name)
    return not (nxt.key in ix.forms.root or nxt.key in ix.institutions.root or nxt.key in ix.titles.root
                or nxt.key in _CALENDAR or lookup(nxt.raw) is not None)


_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)


def _institution_before(ix: _Index, toks: list[Token], i: int, hit: tuple[int, Actor]) -> int:
    """Where "Ministry of Defence of Ukraine" starts, for a state found at token i; i if no noun."""
    if hit[1].via == "person" or i < 2 or toks[i - 1].key != "of":
        return i
    for n in range(min(i - 1, 4), 0, -1):
        if tuple(t.key for t in toks[i - 1 - n:i - 1]) in ix.institution_keys:
            return i - 1 - n
    return i


def _name_run(text: str, toks: list[Token], k: int) -> int:
    """The end of a personal name starting at token k ("Recep Tayyip Erdogan"): capitalised tokens
    (particles such as "von der" inside) joined by spaces or hyphens; k when there is none."""
    j = k
    while j < len(toks) and j - k < _MAX_NAME:
        raw = toks[j].raw
        if not (is_capitalised(raw) or (j > k and raw.lower() in _NAME_PARTICLES)) or raw.isdigit():
            break
        if j > k and text[toks[j - 1].end:toks[j].start] not in (" ", "-", "\u00a0") and not (
                len(toks[j - 1].raw) == 1 and text[toks[j - 1].end:toks[j].start].strip() == "."):
            break
        j += 1
    while j > k and toks[j - 1].raw.lower() in _NAME_PARTICLES:
        j -= 1
    return j


def _title_end(ix: _Index, toks: list[Token], k: int) -> Optional[int]:
    return max((e for e, _ in ix.titles.walk(toks, k)), default=None)


def _learn(ix: _Index, text: str, toks: list[Token], found: dict[int, tuple[int, Actor]]) -> Trie[Actor]:
    """People bound to a state by the text: "<state> <title> Name", "<title> Name of <state>",
    "Name, <state> <title>" / "Name, the <demonym> <title>"; and the surname of a person the
    dictionary found by full name, for the rest of the article."""
    learned: Trie[Actor] = Trie()

    def bind(s: int, e: int, who: Actor, title: str) -> None:
        if e <= s or s in found or who.via == "person":
            return
        name = " ".join(t.raw for t in toks[s:e])
        if lookup(name) is not None:
            return  # "New York, the Russian envoy said": a place, not the person
        bound = replace(who, via="person", person=name, role=title.lower())
        learned.add(tuple(t.key for t in toks[s:e]), bound)
        if e - s > 1:
            learned.add((toks[e - 1].key,), bound)  # the surname alone, later in the article

    for s, (e, who) in sorted(found.items()):
        if who.via == "person" and e - s > 1 and lookup(toks[e - 1].raw) is None:
            # "Rajnath Singh" first, then "Singh" alone; "Wang Yi" first, then "Wang" (family name first)
            family = ix.family_names.get(who.person or "")
            learned.add(family or (toks[e - 1].key,), who)
        t_end = _title_end(ix, toks, e)  # "Turkey's President Recep Tayyip Erdogan"
        if t_end is not None:
            bind(t_end, _name_run(text, toks, t_end), who, text[toks[e].start:toks[t_end - 1].end])
        # "Sergei Lavrov, the Russian foreign minister" / "X, Russia's top diplomat"
        k = s - 1 if s > 0 and toks[s - 1].key == "the" else s
        if t_end is not None and k > 0 and text[toks[k - 1].end:toks[k].start].strip() == ",":
            start = k - 1
            while start > 0 and k - start < _MAX_NAME and _name_run(text, toks, start - 1) == k:
                start -= 1
            if _name_run(text, toks, start) == k and k - start >= 2:  # two words: not "Later, ..."
                bind(start, k, who, text[toks[e].start:toks[t_end - 1].end])
    titles = ix.titles.root
    for k in range(len(toks)):  # "Foreign Minister Sergei Lavrov of Russia"
        t_end = _title_end(ix, toks, k) if toks[k].key in titles else None
        if t_end is None:
            continue
        n_end = _name_run(text, toks, t_end)
        after = n_end + 1 if n_end + 1 < len(toks) and toks[n_end + 1].key == "the" else n_end
        if n_end > t_end and n_end < len(toks) and toks[n_end].key == "of" and after + 1 in found:
            bind(t_end, n_end, found[after + 1][1], text[toks[k].start:toks[t_end - 1].end])
    return learned


def _apply_learned(learned: Trie[Actor], toks: list[Token], found: dict[int, tuple[int, Actor]]) -> None:
    covered: set[int] = set()
    for s, (e, _) in found.items():
        covered.update(range(s, e))
    i = 0
    while i < len(toks):
        best = None
        if toks[i].key in learned.root and i not in covered and is_capitalised(toks[i].raw):
            for end, values in learned.walk(toks, i):
                if not covered.intersection(range(i, end)):
                    best = (end, values[0])
        if best is None:
            i += 1
            continue
        found[i] = best
        i = best[0]


def _short_forms(ix: _Index, text: str, toks: list[Token], found: dict[int, tuple[int, Actor]]) -> None:
    """An organisation's short form ("the Commission" for the EU, `short_forms` in actors.yaml) names
    it only in a text that names the organisation elsewhere ("the European Commission", "EU"), as
    the metonym of that context; and only standing alone after "the", not as the head of a longer
    name ("the Commission of Inquiry", "the Commission for Human Rights", "the Election Commission")."""
    named = {a.code for _, a in found.values() if a.code in ix.short_forms}
    covered = {k for s, (e, _) in found.items() for k in range(s, e)}
    for code in sorted(named):
        for form in ix.short_forms[code]:
            n = len(form)
            for i in range(1, len(toks) - n + 1):
                if toks[i - 1].key != "the" or tuple(t.key for t in toks[i:i + n]) != form \
                        or not all(is_capitalised(t.raw) for t in toks[i:i + n]) or covered.intersection(range(i, i + n)):
                    continue
                nxt = toks[i + n] if i + n < len(toks) else None
                if nxt is not None and not text[toks[i + n - 1].end:nxt.start].strip() \
                        and (nxt.key in _NAME_GOES_ON or is_capitalised(nxt.raw)):
                    continue  # "the Commission of Inquiry", "the Commission President" (a title: its own reader)
                found[i] = (i + n, replace(ix.actors[code], via="institution"))
                covered.update(range(i, i + n))


_NAME_GOES_ON = {"of", "for", "on", "against"}  # "the Commission on Human Rights": another body's name


# --------------------------------------------------------------------------- one mention

@lru_cache(maxsize=16384)
def resolve_actor(mention: str, on: Optional[dt.date] = None) -> Optional[Actor]:
    """The state or organisation one mention stands for, or None: a name ("Ukraine"), an alias
    ("U.S."), a demonym ("Ukrainian officials"), a capital or seat ("the Kremlin"), an institution
    ("the State Department"), a person on date `on` ("President Macron") or a person the mention
    introduces ("Turkey's President Recep Tayyip Erdogan"). The first actor named wins. Countries
    the dictionary lacks resolve through the gazetteer's country names."""
    if not mention or not mention.strip():
        return None
    hits = find_actors(mention, on, strict=False)
    if hits:
        return hits[0].actor
    place = lookup(mention)  # the gazetteer: every country GeoNames knows
    if place is not None and place.level == "country" and place.country_code:
        return _index().actors.get(place.country_code) or Actor(place.country_code, place.name, "state")
    return None
