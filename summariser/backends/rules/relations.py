"""Casualties named through people rather than counted: "its driver was killed", "a couple in their
seventies", "a woman and her two sons", "the bus driver and two passengers", "a family of four".

Each noun phrase of the list counts one person, two for a pair noun (couple, parents), or the
number written before it; a plural noun without a number ("her children") makes the list
uncountable and nothing is recorded. Children are the phrases whose noun is a child's
(children, baby) or whose kin noun carries a child's age or "young" ("her 9-year-old son").
The vocabularies live in `knowledge/data/cues/casualties.yaml`.
"""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...numbers import find_numbers
from ...records import Count
from ...sentences import Sentence
from .common import CountHit, span_of


_PLURAL = re.compile(r"(?:s|men|people|children|ies)$", re.I)
_CIVILIAN_NOUN = re.compile(r"civilian|resident|passenger|pensioner|villager|neighbou?r|child|kid|bab|infant|"
                            r"toddler|boy|girl|teen|son|daughter|wife|husband|mother|father|grand|couple|parent", re.I)
_ADULT = 18
_PART_AFTER = re.compile(r"\s+among\s+(?:them|whom)\b", re.I)
# the whole a counted noun is part of ("none of the ferry's 30 deckhands", "two of its five staff")
_WHOLE_OF = re.compile(r"(?:\bof\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?(?:[\w-]+['’]s\s+)?|['’]s\s+)$", re.I)
_DEFINITE = re.compile(r"^(?:the|its|his|her|their|our)\s", re.I)
_POSSESSIVE = re.compile(r"^(?:his|her|their|our)\s", re.I)


def _np_count(np: re.Match[str], text: str) -> tuple[int, int, bool] | None:
    """(people, children, civilian) of one noun phrase, or None when it cannot be counted."""
    noun = np.group("noun")
    people = 0
    if np.group("num"):
        nums = find_numbers(text, np.start("num"), np.end("num"))
        if not nums:
            return None
        people = int(nums[0].value)
    ages = _ages(text, np.end("noun"), np.end("noun") + 80)
    if not np.group("num") and lx.PAIR_NOUN.match(noun):
        people = 2
    elif not np.group("num") and _PLURAL.search(noun):
        if not ages:
            return None  # "her sons", "passengers": how many is not said
        people = len(ages)  # "her sons, aged 5 and 8": as many as the ages told (dev18 B8)
    elif not np.group("num"):
        people = 1
    if lx.CHILD_RELATION.fullmatch(noun) or lx.CHILD_MODIFIER.search(text, np.start(), np.start("noun")):
        return people, people, True
    # "her two sons, aged 9 and 14": children by their ages; "his sons, aged 11 and 19": one of two
    minors = sum(a < _ADULT for a in ages) if len(ages) == people else (people if ages and max(ages) < _ADULT else 0)
    return people, minors, bool(_CIVILIAN_NOUN.search(noun))


def _ages(text: str, start: int, end: int) -> list[int]:
    """The ages an aside after a noun tells (", aged 9 and 13,", "(aged 8 and 10)", ", 17")."""
    aside = re.match(lx.AGE_ASIDE, text[start:end], re.I)
    if aside is None:
        return []
    return [int(n.value) for n in find_numbers(aside.group(0))]


def _list_count(text: str, start: int, end: int) -> tuple[int, int, bool, int] | None:
    """(people, children, civilian, phrases) of a list of noun phrases, or None."""
    counted: list[tuple[re.Match[str], tuple[int, int, bool]]] = []
    for np in lx.RELATION_NP_RE.finditer(text, start, end):
        if counted and _apposed(text, counted[-1][0], np):
            continue  # "the watchman, a local man, and ...": the watchman told again
        got = _np_count(np, text)
        if got is None:
            return None
        counted.append((np, got))
    if not counted:
        return None
    if _restated(text, counted):
        head, rest = counted[0][1], [got for _, got in counted[1:]]
        # "two people, a man and a woman": the two, told again one by one (children and civilians from the parts)
        return head[0], sum(g[1] for g in rest), head[2] or any(g[2] for g in rest), len(counted)
    return (sum(g[0] for _, g in counted), sum(g[1] for _, g in counted),
            any(g[2] for _, g in counted), len(counted))


# r15 (dev27 A1): "the guard, a man of 61," / "its driver, a local man,": one person told twice
_APPOSITIVE = re.compile(rf"an?\s+(?:[\w-]+\s+)?(?:{cues.alternation('casualties', 'appositive_person_nouns')})\b", re.I)


def _apposed(text: str, before: re.Match[str], np: re.Match[str]) -> bool:
    """`np` re-describes the definite phrase just before it, set off by commas on both sides."""
    return bool(_DEFINITE.match(before.group(0)) and not before.group("num")
                and re.fullmatch(r"\s*,\s*", text[before.end():np.start()])
                and _APPOSITIVE.match(np.group(0)) and _APPOSITION_END.match(text, np.end()))


# the appositive's close: a comma, or (r32) its age and then a comma or the sentence's end ("its pilot, a
# man aged 39, officials said", "killing the guard, a man of 61.")
_APPOSITION_END = re.compile(r"(?:\s+(?:aged|of)\s+\d{1,3}|\s*,\s*\d{1,3})?\s*(?:,|\.(?!\d)|$)", re.I)


_GENERIC_PEOPLE = re.compile(r"(?:people|persons|civilians|residents|individuals)$", re.I)


def _restated(text: str, counted: list[tuple[re.Match[str], tuple[int, int, bool]]]) -> bool:
    """'N people, <phrases>' where the phrases after the comma add up to N: an apposition that tells
    who the N were ("three people, two men and a woman"), not more people."""
    (first, head), rest = counted[0], counted[1:]
    return bool(rest and first.group("num") and _GENERIC_PEOPLE.search(first.group("noun"))
                and re.match(r"\s*,\s*(?!and\b)", text[first.end():rest[0][0].start()])
                and sum(g[0] for _, g in rest) == head[0])


# r21 (dev39 C3): what follows a list's last item when that item opens the name of the source told
# after the casualty ("hurt a sentry, the Coast Guard press office reported", "the coast guard
# service reported"): up to three more words of the name, then its verb of saying
_REPORTER_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:{lx.ATTRIBUTION.pattern})\b", re.I)


def _without_reporter(text: str, start: int, end: int) -> int:
    """The end of a list of people without its last comma item when that item is the start of the
    source that tells it ("a sentry, the Coast Guard| press office reported": one sentry)."""
    comma = text.rfind(",", start, end)
    if comma < 0 or re.match(r",\s*and\b", text[comma:end]) or not _REPORTER_AFTER.match(text, end):
        return end
    return comma


def _told_by_relation(text: str, start: int, end: int, phrases: int) -> bool:
    """A single phrase counts here only when the plain rules cannot read it: a pair noun, or a
    person named through a definite or possessive word ("its driver", "the bus driver").
    "A man was killed" and "five people were killed" are read by the casualty rules."""
    if phrases > 1:
        return True
    np = lx.RELATION_NP_RE.search(text, start, end)
    if np and np.group("num"):  # "injured her two children": a counted kin noun after a possessive;
        # r51: or one the plain rules do not count ("Two brothers were killed", "three sisters were hurt")
        return bool(_POSSESSIVE.match(np.group(0))) or (np.group("noun").lower() not in lx.PERSON_NOUNS
                                                          and not _WHOLE_OF.search(text, max(0, start - 40), start))
    return bool(np and (lx.PAIR_NOUN.match(np.group("noun")) or _DEFINITE.match(np.group(0))))


def relation_casualties(text: str, s: Sentence) -> list[tuple[int, int, CountHit | None]]:
    """(list start, list end, hit) for each list of people harmed; children as a second hit; hit
    None for a list that cannot be counted ("a woman and her children": not one, not a number)."""
    out: list[tuple[int, int, CountHit | None]] = []
    lists = (lx.RELATION_SUBJECT, lx.RELATION_OBJECT) if lx.RELATION_NOUN_WORD.search(text, s.start, s.end) else ()
    for rx in lists:
        for m in rx.finditer(text, s.start, s.end):
            l0, l1 = m.start("list"), m.end("list")
            l1 = _without_reporter(text, l0, l1)
            if any(a < l1 and l0 < b for a, b, _ in out) or _PART_AFTER.match(text, l1):
                continue  # "wounding four people, a boy among them": the boy is one of the four, no list
            got = _list_count(text, l0, l1)
            if got is None and re.search(r"\s(?:and|,)\s", text[l0:l1]):
                out.append((l0, l1, None))
                continue
            if got is None or not _told_by_relation(text, l0, l1, got[3]):
                continue
            people, children, civilian, _ = got
            cue = m.group("cue").lower()
            kind = "killed" if cue.startswith(("kill", "dead", "died", "claimed", "left")) else "injured"
            ev = span_of(text, l0, l1)
            out.append((l0, l1, CountHit(kind, Count(value=people, evidence=ev), civilian or children > 0)))
            if children:
                out.append((l0, l1, CountHit(f"children_{kind}", Count(value=children, evidence=ev), True)))
    for m in lx.FAMILY_OF.finditer(text, s.start, s.end):
        after = text[m.end():min(s.end, m.end() + 60)]
        before = text[max(s.start, m.start() - 40):m.start()]
        cue = re.search(r"\b(?:killed|died|dead|killing|wounded|injured|hurt|wounding|injuring)\b", before + " " + after)
        nums = find_numbers(text, m.start("num"), m.end("num"))
        if cue and nums and not any(a < m.end() and m.start() < b for a, b, _ in out):
            kind = "killed" if cue.group(0).startswith(("kill", "died", "dead")) else "injured"
            out.append((m.start(), m.end(), CountHit(kind, Count(value=int(nums[0].value),
                                                                   evidence=span_of(text, m.start(), m.end())), True)))
    return out
