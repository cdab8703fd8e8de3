"""The actor dictionary's reading of an article, and the people it introduces with a title: the states
behind people, roles and capitals that the diplomacy readers look up sentence by sentence. Moved out of
`participants` (which reads who takes part in an event) when that module passed 400 lines (r31)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from ... import lexicon as lx
from ...knowledge.actors import ActorMention, find_actors


class ArticleActors:
    """The actor dictionary's reading of the whole article (people it introduces with a title are
    learned once and found again by surname), looked up sentence by sentence."""

    def __init__(self, text: str, published: dt.date | None):
        self.mentions: list[ActorMention] = find_actors(text, published)
        self._starts = [a.start for a in self.mentions]
        self._text = text

    def within(self, start: int, end: int) -> list[ActorMention]:
        i, out = bisect_left(self._starts, start), []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def states_within(self, start: int, end: int) -> list[str]:
        """The states named between `start` and `end`, each once, in order (organisations apart), but
        a person's nationality told in an aside (", an Italian cardinal,")."""
        asides = nationality_asides(self._text, start, end)
        return list(dict.fromkeys(a.actor.name for a in self.within(start, end) if a.actor.kind == "state"
                                  and not any(x <= a.start < y for x, y in asides)))


def people_registry(text: str) -> dict[str, str | None]:
    """Surname -> the state a titled person speaks for, where the article says it anywhere
    ("Turkish President X Y", "X Y, the Russian foreign minister"); None when it never does."""
    reg: dict[str, str | None] = {}
    for name, land in titled_people(text, 0, len(text)):
        surname = name.split()[-1]
        if reg.get(surname) is None:
            reg[surname] = land
    return reg


def titled_people(text: str, start: int, end: int) -> list[tuple[str, str | None]]:
    out = []
    for m in lx.TITLED_PERSON_RE.finditer(text, start, end):
        land = lx.canonical_country(m.group("land")) if m.group("land") else None
        out.append((re.sub(r"['’]s$", "", m.group("name")), land))
    for m in lx.LOWER_TITLED_PERSON_RE.finditer(text, start, end):
        out.append((re.sub(r"['’]s$", "", m.group("name")), lx.canonical_country(m.group("land"))))
    for m in lx.PERSON_APPOSITION_RE.finditer(text, start, end):
        words = re.findall(r"[A-Z][\w'’.]+(?:\s+(?:Korea|Arabia|States|Kingdom))?", m.group("role"))
        land = next((c for w in words if (c := lx.canonical_country(re.sub(r"['’]s$", "", w)))), None)
        out.append((m.group("name"), land))
    for m in lx.DELEGATION_LEADER_RE.finditer(text, start, end):  # "a Danish delegation led by X Y" (r26)
        land = lx.canonical_country(m.group("land") or m.group("land2"))
        if land is not None:
            out.append((m.group("name"), land))
    for m in lx.POSSESSIVE_PERSON_RE.finditer(text, start, end):  # "Albania's Edi Rama"
        name = m.group("name")
        if not lx.NOT_A_PERSON.search(name) and lx.lookup(name) is None and not lx.canonical_country(name):
            out.append((name, lx.canonical_country(m.group("land"))))
    return out


# r31: "the Vatican's envoy, an Italian cardinal,": a person's nationality told in an aside, no side
_NATIONALITY_ASIDE = re.compile(r",\s+an?\s+(?-i:[A-Z])[\w-]+\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*,")


def nationality_asides(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of asides telling a person's nationality (", an Italian cardinal,")."""
    return [m.span() for m in _NATIONALITY_ASIDE.finditer(text, lo, hi)]


# r32: an organisation's officer named by the title alone after the article tied it to the organisation ("the
# UN's secretary general ... The secretary general flew on to Kyiv"): that body
_ORG_TITLES = r"(?i:director[- ]general|secretary[- ]general)"
_ORG_TITLE_TOLD = re.compile(rf"(?P<org>{lx.ORG_RE.pattern})['’]s\s+{_ORG_TITLES}\b|\b{_ORG_TITLES}\s+of\s+(?:the\s+)?(?P<org2>{lx.ORG_RE.pattern})")
_TITLE_ALONE = re.compile(rf"\b[Tt]he\s+(?P<title>{_ORG_TITLES})\b(?!\s+of\b)")


def titled_officers(text: str, start: int, end: int) -> list[str]:
    """The organisations whose officer the span names by the title alone, told with the body before it."""
    out = []
    for m in _TITLE_ALONE.finditer(text, start, end):
        told = [t for t in _ORG_TITLE_TOLD.finditer(text, 0, m.start())
                if re.sub(r"[- ]", " ", m.group("title").lower()) in re.sub(r"[- ]", " ", t.group(0).lower())]
        org = lx.canonical_org(told[-1].group("org") or told[-1].group("org2")) if told else None
        if org and org not in out:
            out.append(org)
    return out
