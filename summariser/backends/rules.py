"""The deterministic baseline: attack and diplomacy records from patterns and lexicons.

No model, no network, milliseconds per article. It reads each sentence for the facts it
states (places, dates, casualty counts next to their cue, weapons with launched/intercepted
counts, damage, who reported), then groups sentences into events the way the codebook
says: one record per attacker, locality and night; nationwide barrage figures on a
country-level record. It is conservative by design: a number becomes a count only when a
fitting cue sits next to it in the same clause, so a reader can trust every value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import lexicon as lx
from ..dates import DateMention, find_dates
from ..numbers import NumberMention, find_numbers, is_count_like
from ..records import (
    Attack, AttackKind, Count, DatePrecision, DateSpan, Diplomacy, DiplomacyKind, DiplomacyStatus, Location,
    LocationLevel,
    Origin, Qualifier, Span, Weapon, WeaponType,
)
from ..sentences import Sentence, split_sentences
from .base import BackendResult

_DRONES = {WeaponType.drone, WeaponType.decoy_drone}
_MISSILES = {WeaponType.cruise_missile, WeaponType.ballistic_missile, WeaponType.missile}

_AFTER_CASUALTY = re.compile(
    rf"^(?P<fill>(?:\s+{lx.CASUALTY_FILLER}){{0,5}}?)\s+(?P<cue>{lx.KILLED_AFTER}|{lx.INJURED_AFTER})\b", re.I)
_BEFORE_KILLED = re.compile(rf"\b(?:{lx.KILLED_BEFORE})\s+$", re.I)
_BEFORE_INJURED = re.compile(rf"\b(?:{lx.INJURED_BEFORE})\s+$", re.I)
_KILLED_WORD = re.compile(rf"^(?:{lx.KILLED_AFTER}|{lx.KILLED_BEFORE}|dead|killed|victims|fatalities)$", re.I)
_FIRST_NOUN = re.compile(r"[A-Za-z]+")
_CLAUSE_BOUNDARY = re.compile(r"[;:()\u2014\u2013\"“”]|,(?!\s+(?:including|among\s+them))|\s-\s")
_MODIFIERS = re.compile(
    r"\s+(?:Russian|Ukrainian|Iranian(?:-made|-designed)?|Russian-made|North\s+Korean(?:-made)?|enemy|"
    r"attack|strike|kamikaze|combat|long-range|unmanned|explosive|additional|other|various|new|more)(?=\s)")
# "as well as" starts a new list ("250 drones as well as cruise missiles"): not a conjunct.
_CONJUNCT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)")
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|on|at|over|across|near|around|outside|into|to|toward|towards|struck|hit|targeted|attacked|"
    r"battered|pounded|shelled|of|capital|and|city|from)\s+(?:the\s+)?|,\s*|^\s*)$", re.I)
_LOCATIVE_AFTER = re.compile(
    r"^(?:['’]s\s+(?:\w+\s+)?(?:district|districts|residents|outskirts|centre|center|suburbs?)|\s+(?:region|oblast|residents|"
    r"[Mm]ayor|[Gg]overnor|city|was|were|is|endured|suffered|came|has\s+been|district|metro|and|overnight|on|in)\b"
    r"|\s*[,.;])")
_DIPLOMATIC_PLACE_BEFORE = re.compile(
    r"\b(?:arrived\s+in|visit(?:ed|ing|s)?(?:\s+to)?|trip\s+to|talks\s+in|meeting\s+in|summit\s+in|met\s+in|"
    r"held\s+in|travell?ed\s+to|from|negotiations\s+in)\s+(?:the\s+)?$", re.I)
_TITLE_OF_BEFORE = re.compile(r"\b(?:governor|mayor|head|chief)\s+of\s+(?:the\s+)?$", re.I)
_OF_TOTAL_BEFORE = re.compile(r"^\s+(?:out\s+)?of\s+(?:the\s+)?$", re.I)
_LIST_REGIONS_BEFORE = re.compile(r"\b(?:regions|oblasts|provinces)\s+of\s+(?:the\s+)?$", re.I)
_QUOTE_START = re.compile(r"^\s*[\"“‘']")
_QUOTED = re.compile(r"“[^”]{1,1500}”|\"[^\"\n]{1,1500}\"")
_PERSON_WORDS = {*lx.PERSON_NOUNS, "man", "woman", "resident", "pensioner", "driver", "worker"}


# --------------------------------------------------------------------------- sentence facts


@dataclass
class _Place:
    place: lx.Place
    start: int
    end: int


@dataclass
class _CountHit:
    field: str  # killed, injured, children_killed, children_injured
    count: Count
    civilian: bool = False


@dataclass
class _WeaponHit:
    type: WeaponType
    model: str | None
    launched: Count | None = None
    intercepted: Count | None = None
    classes: frozenset = frozenset()  # drone / missile / glide / artillery classes behind it


@dataclass
class _Facts:
    """What one sentence says about an attack."""

    sent: Sentence
    idx: int
    places: list[_Place] = field(default_factory=list)
    districts: list[_Place] = field(default_factory=list)
    nationwide: bool = False
    target_hint: str | None = None
    attacker: str | None = None
    date: DateSpan | None = None
    report_date: DateSpan | None = None
    counts: list[_CountHit] = field(default_factory=list)
    counted_weapons: list[_WeaponHit] = field(default_factory=list)
    weapon_types: list[_WeaponHit] = field(default_factory=list)
    damage: list[str] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    attack_vocab: bool = False
    background: bool = False
    quote: bool = False
    hypothetical: bool = False  # "could strike", "put X within reach": a capability, not a strike
    cumulative: bool = False  # "600 killed since 2022": a tally over a period, not an event
    update: bool = False  # "the toll had risen to six by Tuesday": a later figure for an event told before

    @property
    def has_numbers(self) -> bool:
        return bool(self.counts or any(w.launched or w.intercepted for w in self.counted_weapons))


def _span(text: str, start: int, end: int) -> Span:
    return Span(text=text[start:end], start=start, end=end)


def _count(text: str, m: NumberMention) -> Count:
    return Count(value=m.value, qualifier=m.qualifier, evidence=_span(text, m.start, m.end))


def _casualties(text: str, s: Sentence, numbers: list[NumberMention]) -> tuple[list[_CountHit], set[int]]:
    """Counts of killed / injured (children apart) stated next to their cue."""
    hits: list[tuple[int, _CountHit]] = []
    used: set[int] = set()
    for m in numbers:
        if m.value == 0 or not is_count_like(text, m):
            continue
        before, after = text[s.start:m.start], text[m.end:s.end]
        if lx.NEGATED_BEFORE.search(before[-30:]):
            continue  # "none of the 40 passengers were hurt"
        kind, noun = None, None
        am = _AFTER_CASUALTY.match(after)
        if am:
            kind = "killed" if _KILLED_WORD.match(am.group("cue").split()[0]) or am.group("cue").lower().startswith(
                ("lost", "perish", "died", "dead", "death", "fatal")) else "injured"
            noun = _first_noun(am.group("fill"))
        elif lx.AFTER_VERB_NUMBER_OK.match(after) and (_BEFORE_KILLED.search(before) or _BEFORE_INJURED.search(before)):
            kind = "killed" if _BEFORE_KILLED.search(before) else "injured"
            noun = _first_noun(_own_phrase(after[:40]))  # "wounding 13, including four children": 13 people
        elif lx.TOLL_BEFORE.search(before):
            kind = "killed"
        elif lx.INJURY_TOLL_BEFORE.search(before):
            kind = "injured"
        elif (amb := lx.AMONG_BEFORE.search(before)) and _is_child(_first_noun(after[:30])):
            kind = "killed" if amb.group("cue").lower() in ("dead", "killed", "victims", "fatalities") else "injured"
            noun = _first_noun(after[:30])
        elif (ama := lx.AMONG_AFTER.match(after)):
            kind = "killed" if ama.group("cue").lower() in ("dead", "killed", "victims") else "injured"
            noun = "children"
        elif lx.INCLUDING_CHILDREN.search(before) and _is_child(_first_noun(after[:30])) and hits:
            kind, noun = hits[-1][1].field.replace("children_", ""), "children"
        if kind is None:
            continue
        name = f"children_{kind}" if _is_child(noun) else kind
        civilian = bool(noun and re.match(r"civilian|resident|passenger|pensioner|villager|inhabitant", noun, re.I))
        hits.append((m.start, _CountHit(name, _count(text, m), civilian or name.startswith("children"))))
        used.add(m.start)
    fields = {h.field for _, h in hits}
    singles = [(sm, True) for sm in lx.SINGLE_PERSON.finditer(text, s.start, s.end)]
    singles += [(sm, False) for sm in lx.SINGLE_PERSON_OBJECT.finditer(text, s.start, s.end)]
    for sm, subject in singles:
        if subject and _one_of_several(text[max(s.start, sm.start() - 40):sm.start()]):
            continue  # "a woman and a man dead": one of several, not a count of one
        if re.search(r"^\s+and\s+(?:a|an)\s", text[sm.end("n"):sm.end("n") + 8]):
            continue
        if subject and not re.search(r"(?:was|has\s+been|had\s+been|is|were)\s+\w+$|died$", sm.group(0)):
            continue
        cue = sm.group("cue").lower()
        kind = "killed" if cue in ("killed", "died", "dead", "killing") else "injured"
        name = f"children_{kind}" if _is_child(sm.group("noun")) else kind
        if name in fields or kind in fields:
            continue  # a plural toll in the same sentence says more
        fields.add(name)
        n0, n1 = sm.start("n"), sm.end("n")
        civ = bool(re.match(r"civilian|resident|child|boy|girl|teenager|baby|infant|pensioner", sm.group("noun"), re.I))
        hits.append((n0, _CountHit(name, Count(value=1, evidence=_span(text, n0, n1)), civ)))
    for cm in _INCLUDING_ONE_CHILD.finditer(text, s.start, s.end):
        # "killing four people, including a 12-year-old girl": one of them was a child
        whole = [h for pos, h in hits if pos < cm.start() and not h.field.startswith("children_")]
        if whole and f"children_{whole[-1].field}" not in fields:
            name = f"children_{whole[-1].field}"
            fields.add(name)
            hits.append((cm.start("n"), _CountHit(name, Count(value=1, evidence=_span(text, cm.start("n"), cm.end("n"))),
                                                  True)))
    hits.sort(key=lambda h: h[0])
    return [h for _, h in hits], used


_INCLUDING_ONE_CHILD = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?P<n>(?:a|an|one)\s+(?:\d+-year-old\s+|[a-z]+-year-old\s+"
    r"|young\s+|little\s+|teenage\s+)?(?:child|boy|girl|teenager|baby|infant|toddler|minor)|(?:a|an|one)\s+"
    r"(?:\d+|[a-z]+)-month-old(?:\s+(?:baby|boy|girl|infant|child))?)\b", re.I)


def _own_phrase(after: str) -> str:
    """The words that belong to a number, up to the next comma or list: not an 'including' aside."""
    stop = re.search(r"[,;:()\u2014\u2013]|\s(?:and|including|among)\s", after)
    return after[:stop.start()] if stop else after


def _one_of_several(before: str) -> bool:
    """'a woman and a man', 'a boy, a man': a list of people. 'In the village of X, a man' is not."""
    if re.search(r"\band\s*$", before):
        return True
    m = re.search(r"\b(\w+),\s*$", before)
    return bool(m and (m.group(1).lower() in _PERSON_WORDS or _is_child(m.group(1))))


def _first_noun(fill: str | None) -> str | None:
    for w in _FIRST_NOUN.findall(fill or ""):
        lw = w.lower()
        if lw in lx.PERSON_NOUNS or lx.CHILD_RE.match(lw):
            return lw
    return None


def _is_child(noun: str | None) -> bool:
    return bool(noun and lx.CHILD_RE.match(noun))


def _clause(text: str, s: Sentence, pos: int) -> tuple[int, int]:
    """The clause of the sentence around `pos` (", including ..." stays in its clause)."""
    start, end = s.start, s.end
    for b in _CLAUSE_BOUNDARY.finditer(text, s.start, s.end):
        if b.end() <= pos:
            start = b.end()
        elif b.start() >= pos:
            end = b.start()
            break
    return start, end


def _weapon_phrase(text: str, pos: int, end: int):
    """Weapons written from `pos`: '250 Shahed and decoy drones' -> [(type, model)], phrase end
    (the end of the last weapon word)."""
    found, last_end = [], pos
    while True:
        skipped = ""
        while (mm := _MODIFIERS.match(text, pos, end)):
            pos, skipped = mm.end(), mm.group(0).strip().lower()
        if skipped and (am := re.match(r"\s+and(?=\s)", text[pos:end])):
            pos += am.end()
            if skipped in ("attack", "strike", "kamikaze", "combat"):  # "attack and decoy drones"
                found.append((WeaponType.drone, None, frozenset({"drone"})))
        ws = re.match(r"\s+", text[pos:end])
        p = pos + (ws.end() if ws else 0)
        w = lx.weapon_at(text, p, end)
        if w is None:
            agg = lx.AGGREGATE_WEAPON.match(text, p, end) if not found else None
            if agg:
                found.append((WeaponType.other, None, frozenset({"drone", "missile"})))
                last_end = agg.end()
            break
        m, wtype, model = w
        if wtype is None or lx.WEAPON_AS_MODIFIER.match(text, m.end(), end):
            break
        found.append((wtype, model, frozenset({_class(wtype)})))
        pos = last_end = m.end()
        cj = _CONJUNCT.match(text, pos, end)
        if not cj:
            break
        pos = cj.end() - 1  # keep one space for the modifier/whitespace logic
    return found, last_end


def _class(t: WeaponType) -> str:
    if t in _DRONES:
        return "drone"
    if t in _MISSILES:
        return "missile"
    return t.value


def _combine(found) -> tuple[WeaponType, str | None, frozenset]:
    """One count over several weapon words: same family keeps the first type, mixed is other."""
    classes = frozenset().union(*(c for _, _, c in found))
    model = next((m for _, m, _ in found if m), None)
    if len(classes) > 1:
        return WeaponType.other, None, classes
    types = {t for t, _, _ in found}
    if classes == {"missile"} and len(types) > 1:
        return WeaponType.missile, model, classes
    return found[0][0], model, classes


# "one weapon" written without a numeral, as a list item or right after its verb: "... and a
# Kinzhal", "fired an Iskander-M". The article word is the count; the weapon follows it.
_ONE_WEAPON = re.compile(r"\b(?:a|an)(?=\s+(?:hypersonic\s+|ballistic\s+|cruise\s+|guided\s+|attack\s+)?"
                         r"(?:Iskander|Kalibr|Kinzhal|Kh-\d|Shahed|Geran|Tomahawk|Neptune|Oreshnik|ATACMS"
                         r"|ballistic\s+missile|cruise\s+missile|glide\s+bomb|missile|drone)\b)", re.I)
_VERB_JUST_BEFORE = re.compile(r"\b(?:launched|fired|sent|unleashed|shot\s+down|intercepted|downed|destroyed)\s+$", re.I)
# "downed 36 of the drones": a part of weapons already counted.
_OF_THE = re.compile(r"\s+of\s+(?:the|these|those)(?=\s)", re.I)
# An aside inside a list ("of which 40 were shot down", "including 70 Shaheds") and the joint
# between two items: the list's verb carries over to every item.
_ASIDE = re.compile(r",\s*(?:including|of\s+which|of\s+them|among\s+them)\b[^,;:]*(?=,)", re.I)
_LIST_GAP = r"\s*(?:,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+plus\s+|\s+as\s+well\s+as\s+)"
# A few words may close the first item ("across Ukraine overnight", "at Kyiv"), never a verb.
_LIST_GAP_WORDS = re.compile(rf"(?P<words>(?:\s+[A-Za-z'’-]+){{0,6}}?){_LIST_GAP}", re.I)
_LIST_GAP_VERB = re.compile(rf"{lx.LAUNCH_CUES.pattern}|{lx.INTERCEPT_CUES.pattern}"
                            r"|\b(?:were|was|is|are|had|have|has|killed|injured|wounded|hit|struck)\b", re.I)


# "..., and three missiles hit the city": a new clause with its own verb, not a list item (hits are not launches).
_ITEM_IS_SUBJECT = re.compile(r"\s+(?:also\s+)?(?:hit|hits|struck|slammed|landed|crashed|exploded|fell|damaged|destroyed"
                              r"|killed|injured|wounded|targeted|were|was|had|have|has)\b", re.I)


def _single_weapons(text: str, s: Sentence) -> list[NumberMention]:
    return [NumberMention(1, Qualifier.exact, a.start(), a.end(), a.start(), a.group(0))
            for a in _ONE_WEAPON.finditer(text, s.start, s.end)]


def _one_is_counted(text: str, s: Sentence, m: NumberMention, pend: int, listed: str | None,
                    numbers: list[NumberMention]) -> bool:
    """'a Kinzhal' is a count of one only as a list item ('..., and a Kinzhal') or as the first
    item after the verb ('fired a Kinzhal and 40 drones'); 'a missile hit the building' is not."""
    if listed:
        return True
    if not _VERB_JUST_BEFORE.search(text[max(s.start, m.start - 20):m.start]):
        return False
    following = next((n.start for n in numbers if n.start >= pend), pend)
    return _list_role(text, [(pend, "list")], following) is not None


def _list_role(text: str, items: list[tuple[int, str]], pos: int) -> str | None:
    """The role of the list a weapon count at `pos` continues, if it continues one."""
    if not items:
        return None
    end, role = items[-1]
    gap = _ASIDE.sub("", text[end:pos])
    m = _LIST_GAP_WORDS.fullmatch(gap)  # "55 drones across Ukraine, of which 41 were shot down, and two missiles"
    return role if m and not _LIST_GAP_VERB.search(m.group("words")) else None


def _weapon_counts(text: str, s: Sentence, numbers: list[NumberMention], used: set[int]) -> list[_WeaponHit]:
    """'Russia launched 120 drones', '95 were shot down': counts with the cue that fits.
    Items of one list share its verb: 'fired 40 Shaheds, three Kalibrs and a Kinzhal'."""
    hits: list[_WeaponHit] = []
    items: list[tuple[int, str]] = []  # (end of the weapon phrase, role) of each list item so far
    ones = _single_weapons(text, s)
    singles = {m.start for m in ones}
    mentions = sorted([*numbers, *ones], key=lambda m: m.start)
    for m in mentions:
        if m.start in used or m.value == 0 or not is_count_like(text, m):
            continue
        found, pend = _weapon_phrase(text, m.end, s.end)
        if not found and (ot := _OF_THE.match(text, m.end, s.end)):
            found, pend = _weapon_phrase(text, ot.end(), s.end)  # "downed 36 of the drones"
        c0, c1 = _clause(text, s, m.start)
        if found:
            wtype, model, classes = _combine(found)
            cue = _cue_for(text, c0, c1, m)
            listed = _list_role(text, items, m.start) if not _ITEM_IS_SUBJECT.match(text, pend, s.end) else None
            if listed and not _cue_before(text, c0, m):
                cue = listed
            if m.start in singles and not _one_is_counted(text, s, m, pend, listed, numbers):
                continue
            count = _count(text, m) if m.start not in singles else \
                Count(value=1, evidence=_span(text, m.start, pend))
            part = _part_before(text, numbers, m)
            hit = _WeaponHit(wtype, model, classes=classes)
            if part is not None:
                # "shot down 35 of 49 drones": 49 were launched, 35 intercepted
                hit.launched = count
                if cue == "intercepted" and part.value <= m.value:
                    hit.intercepted = _count(text, part)
            elif cue is not None:
                setattr(hit, cue, count)
                items.append((pend, cue))
            hits.append(hit)
        elif (lx.OF_THEM_INTERCEPTED.match(text[m.end:c1]) or lx.OF_WHICH_BEFORE.search(text[c0:m.start])) and hits \
                and not lx.NOT_INTERCEPTED.search(text[m.end:c1]):
            last = hits[-1]
            hits.append(_WeaponHit(last.type, last.model, intercepted=_count(text, m), classes=last.classes))
    return hits


def _part_before(text: str, numbers: list[NumberMention], m: NumberMention) -> NumberMention | None:
    """The N of 'N of M drones', when the number M is written right after it."""
    prev = [n for n in numbers if n.end <= m.start]
    if prev and _OF_TOTAL_BEFORE.match(text[prev[-1].end:m.start]) and is_count_like(text, prev[-1]):
        return prev[-1]
    return None


def _cue_before(text: str, c0: int, m: NumberMention) -> bool:
    return bool(lx.LAUNCH_CUES.search(text, c0, m.start) or lx.INTERCEPT_CUES.search(text, c0, m.start))


def _cue_for(text: str, c0: int, c1: int, m: NumberMention) -> str | None:
    """'launched' or 'intercepted' from the nearest cue in the clause (before the number first)."""
    best = None
    for rx, name in ((lx.LAUNCH_CUES, "launched"), (lx.INTERCEPT_CUES, "intercepted")):
        for cm in rx.finditer(text, c0, m.start):
            if best is None or cm.start() > best[0]:
                best = (cm.start(), name, cm)
    if best is None:
        for rx, name in ((lx.LAUNCH_CUES, "launched"), (lx.INTERCEPT_CUES, "intercepted")):
            cm = rx.search(text, m.end, c1)
            if cm and (best is None or cm.start() < best[0]):
                best = (cm.start(), name, cm)
    if best is None:
        return None
    lo, hi = sorted((best[0], m.start))
    if best[1] == "intercepted" and lx.NOT_INTERCEPTED.search(text, lo, max(hi, best[2].end())):
        return None
    return best[1]


def _weapon_types(text: str, s: Sentence) -> list[_WeaponHit]:
    out = []
    for m, wtype, model in lx.iter_weapons(text, s.start, s.end):
        out.append(_WeaponHit(wtype, model, classes=frozenset({_class(wtype)})))
    return out


def _places(text: str, s: Sentence) -> tuple[list[_Place], list[_Place]]:
    """Attack places in a sentence (gazetteer first, then 'the city of X' / 'X region')."""
    places: list[_Place] = []
    for pat, name in lx.CAPITAL_ALIASES.items():
        for m in re.finditer(pat, text[s.start:s.end]):
            p = lx.lookup(name)
            places.append(_Place(p, s.start + m.start(), s.start + m.end()))
    for m in lx.GAZETTEER_RE.finditer(text, s.start, s.end):
        name, suffix = m.group("name"), m.group("suffix")
        if any(p.start <= m.start() < p.end for p in places):
            continue
        before = text[s.start:m.start()]
        if lx.ADMIN_BODY_AFTER.match(text, m.end("name")) or _DIPLOMATIC_PLACE_BEFORE.search(before) \
                or _TITLE_OF_BEFORE.search(before):
            continue  # a body, a diplomatic venue or an official's title, not the place hit
        if not suffix and name in lx.METONYMS and not (
                _LOCATIVE_BEFORE.search(before[-30:]) or _LOCATIVE_AFTER.match(text[m.end("name"):m.end("name") + 30])):
            continue  # "Kyiv says", "Moscow denies": the government, not the place
        place = lx.lookup(name, suffix.strip() if suffix else None) or lx.lookup(name)
        if place:
            places.append(_Place(place, m.start(), m.end()))
    places.sort(key=lambda p: p.start)
    _regions_from_lists(text, s, places)
    districts: list[_Place] = []
    for rx, level in lx.FALLBACK_PLACE_RES:
        for m in rx.finditer(text, s.start, s.end):
            nm = m.group("name")
            if nm.lower() in lx.NOT_PLACE_WORDS or lx.lookup(nm) or nm in lx.WORLD_CITIES or lx.canonical_country(nm):
                continue
            if any(p.start <= m.start("name") < p.end for p in places):
                continue
            country = _country_hint(text[max(s.start, m.start() - 30):m.start()])
            p = _Place(lx.Place(nm, None, country, level), m.start("name"), m.end())
            (districts if level is LocationLevel.district else places).append(p)
    places.sort(key=lambda p: p.start)
    return _dedupe_places(places), districts


def _regions_from_lists(text: str, s: Sentence, places: list[_Place]) -> None:
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
        if len(run) > 1 and (plural or _LIST_REGIONS_BEFORE.search(text[s.start:run[0].start])):
            for p in run:
                stem = re.match(r"[\w'’ -]+?(?=(?:['’]s)?(?:\s+(?:border\s+)?(?:regions?|oblasts?))?$)",
                                text[p.start:p.end])
                region = lx.lookup(stem.group(0) if stem else p.place.name, "region")
                if region:
                    p.place = region
        elif len(run) == 1 and _LIST_REGIONS_BEFORE.search(text[s.start:run[0].start]):
            region = lx.lookup(run[0].place.name, "region")
            if region:
                run[0].place = region
        i = j + 1


def _dedupe_places(places: list[_Place]) -> list[_Place]:
    seen, out = set(), []
    for p in places:
        if p.place.name not in seen:
            seen.add(p.place.name)
            out.append(p)
    return out


def _country_hint(before: str) -> str | None:
    m = re.search(r"(Russian|Russia['’]s|Ukrainian|Ukraine['’]s)\s+(?:\w+\s+){0,3}$", before)
    return lx.country_of(m.group(1).replace("’", "'")) if m else None


def _attacker(text: str, s: Sentence) -> str | None:
    found = []
    for rx in (lx.ATTACKER_SUBJ_RE, lx.ATTACKER_ADJ_RE, lx.ATTACKER_BY_RE):
        for m in rx.finditer(text, s.start, s.end):
            who = _actor(m.group("a"))
            if who:
                found.append((m.start(), who))
    return min(found)[1] if found else None


def _actor(words: str) -> str | None:
    w = re.sub(r"^the\s+", "", words.strip().lower())
    first = w.split()[0].replace("’", "'")
    mapping = {"kyiv": "Ukraine", "moscow": "Russia"}
    return mapping.get(first) or lx.country_of(first) or lx.country_of(w)


def _reporters(text: str, s: Sentence) -> list[str]:
    if not lx.ATTRIBUTION.search(text, s.start, s.end):
        return []
    found: list[tuple[int, int, str]] = []
    for rx in lx.REPORTER_RES:
        for m in rx.finditer(text, s.start, s.end):
            name = re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\s+", " ", m.group(0).strip()), flags=re.I)
            if name:
                found.append((m.start(), m.end(), name))
    found.sort(key=lambda f: -(f[1] - f[0]))
    out: list[tuple[int, int, str]] = []
    for f in found:  # the longest of overlapping mentions ("Sumy Governor X" over "Governor X")
        if any(o[0] < f[1] and f[0] < o[1] for o in out):
            continue
        out.append(f)
    return [name for _, _, name in sorted(out)]


def _damage(text: str, s: Sentence) -> list[str]:
    if not lx.DAMAGE_CUES.search(text, s.start, s.end):
        return []
    out = []
    for m in lx.DAMAGE_RE.finditer(text, s.start, s.end):
        term = re.sub(r"\s+", " ", m.group(0).lower())
        if term not in out:
            out.append(term)
    return out


def _sentence_facts(text: str, s: Sentence, idx: int, published: dt.date | None,
                    quotes: list[tuple[int, int]] = ()) -> list[_Facts]:
    """The facts of one sentence; several when it tells two places each with its own toll."""
    f = _Facts(sent=s, idx=idx)
    f.quote = bool(_QUOTE_START.match(s.text))
    f.places, f.districts = _places(text, s)
    f.nationwide = bool(lx.NATIONWIDE_RE.search(text, s.start, s.end))
    tm = lx.TARGET_TERRITORY_RE.search(text, s.start, s.end)
    if tm:
        f.target_hint = lx.country_of(next(g for g in tm.groups() if g))
    f.attacker = _attacker(text, s)
    dates = find_dates(text, s.start, s.end, published)
    f.date = _event_date(dates, text, published)
    f.report_date = next((d.span for d in dates if d.role == "report"), None)
    numbers = find_numbers(text, s.start, s.end)
    f.counts, used = _casualties(text, s, numbers)
    f.counted_weapons = _weapon_counts(text, s, numbers, used)
    f.weapon_types = _weapon_types(text, s)
    f.damage = _damage(text, s)
    f.reporters = _reporters(text, s)
    f.attack_vocab = bool(lx.ATTACK_WORDS.search(text, s.start, s.end) or f.weapon_types)
    f.background = bool(lx.BACKGROUND.search(text, s.start, s.end))
    f.update = bool(lx.TOLL_UPDATE.search(text, s.start, s.end))
    _drop_tallies(text, f)
    _drop_hypothetical_places(text, f)
    _drop_quoted_places(text, f, quotes)
    _fold_region_into_town(text, f)
    return _split_by_place(text, f)


def _clause_has(text: str, s: Sentence, pos: int, marks: list[re.Match]) -> bool:
    c0, c1 = _clause(text, s, pos)
    return any(c0 <= m.start() < c1 for m in marks)


def _lead_clause_mark(text: str, s: Sentence, pos: int, marks: list[re.Match]) -> bool:
    """'Since the start of the invasion, 12,000 ...': a mark in the opening clause covers what follows."""
    c0, c1 = _clause(text, s, s.start)
    return any(c0 <= m.start() < c1 and m.start() < pos for m in marks)


def _drop_tallies(text: str, f: _Facts) -> None:
    """Counts told over a period ("since 2022", "so far this month") are statistics, not an event."""
    s = f.sent
    marks = [m for m in lx.CUMULATIVE.finditer(text, s.start, s.end)
             if not lx.SUPERLATIVE_BEFORE.search(text[max(s.start, m.start() - 80):m.start()])]
    day_dated = f.date is not None and f.date.precision.value in ("day", "range")
    if not day_dated:
        marks += list(lx.UN_MONITORS.finditer(text, s.start, s.end))
    if not marks:
        return

    def tallied(c: Count | None) -> bool:
        pos = c.evidence.start
        return _clause_has(text, s, pos, marks) or _lead_clause_mark(text, s, pos, marks)

    had = f.has_numbers
    f.counts = [h for h in f.counts if not tallied(h.count)]
    f.counted_weapons = [w for w in f.counted_weapons
                         if not ((w.launched or w.intercepted) and tallied(w.launched or w.intercepted))]
    if had and not f.has_numbers or not had and any(_clause_has(text, s, p.start, marks) for p in f.places):
        f.cumulative = True


def _drop_hypothetical_places(text: str, f: _Facts) -> None:
    """'missiles that put Moscow within reach', 'threatened to hit Kyiv': no strike on that place."""
    s = f.sent
    marks = list(lx.HYPOTHETICAL.finditer(text, s.start, s.end))
    if not marks:
        return
    after_ok = bool(f.counts)  # a real toll in the sentence: places outside the mark's clause stand
    f.places = [p for p in f.places if not (_clause_has(text, s, p.start, marks)
                                            or (not after_ok and any(m.start() < p.start for m in marks)))]
    if not f.counts:
        f.hypothetical = True


def _drop_quoted_places(text: str, f: _Facts, quotes: list[tuple[int, int]]) -> None:
    """A place named in quoted speech is a place hit only when the quote reports a strike."""
    inside = [q for q in quotes if q[0] < f.sent.end and f.sent.start < q[1]]
    if not inside:
        return
    f.quote = f.quote or any(q[0] <= f.sent.start + 2 for q in inside)
    keep = []
    for p in f.places:
        q = next((q for q in inside if q[0] <= p.start < q[1]), None)
        if q is None or f.has_numbers or lx.STRIKE_REPORTED.search(text, max(q[0], f.sent.start), min(q[1], f.sent.end)):
            keep.append(p)
    f.places = keep


def _fold_region_into_town(text: str, f: _Facts) -> None:
    """'the village of X in the Y region', 'In the Y region, ... the town of X': one locality, X in Y."""
    regions = [p for p in f.places if p.place.level is LocationLevel.region]
    towns = [p for p in f.places if p.place.level is LocationLevel.city]
    if len(regions) != 1 or not towns:
        return
    r, s = regions[0], f.sent
    lead0, lead1 = _clause(text, s, s.start)
    in_lead = lead0 <= r.start < lead1 and re.fullmatch(r"\s*In\s+(?:the\s+)?", text[lead0:r.start]) \
        and all(t.start >= lead1 for t in towns)
    admin1 = r.place.admin1 or r.place.name
    hosts = [t for t in towns if t.place.admin1 in (None, admin1) and (
        in_lead or re.fullmatch(r",?\s+in\s+(?:the\s+)?(?:neighbou?ring\s+)?", text[t.end:r.start]))]
    if not hosts:
        return
    for t in hosts:
        t.place = lx.Place(t.place.name, admin1, r.place.country or t.place.country, t.place.level)
    f.places = [p for p in f.places if p is not r]


# From a count to the place its own phrase names: "killed a man in the village of A", "injured
# three people in B": a few words (no other number, no new clause) then a locative preposition.
_COUNT_THEN_PLACE = re.compile(
    r"(?:\s+[A-Za-z'’-]+){0,5}?\s+(?:in|at|near|outside|on)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|frontline|front-line)\s+)?"
    r"(?:(?:village|town|city|settlement|community|district|suburb|port\s+city|regional\s+capital)\s+of\s+)?$", re.I)


def _owner(places: list[_Place], text: str, s: Sentence, pos: int, end: int | None = None) -> _Place:
    """The place a fact at `pos` (ending at `end`) belongs to: the place its own phrase names
    right after it, else the one in its clause, else the last named before it."""
    nxt = next((p for p in places if p.start >= (end or pos)), None)
    if end is not None and nxt is not None and _COUNT_THEN_PLACE.fullmatch(text, end, nxt.start):
        return nxt
    c0, c1 = _clause(text, s, pos)
    same = [p for p in places if c0 <= p.start < c1]
    if same:
        return min(same, key=lambda p: abs(p.start - pos))
    before = [p for p in places if p.start < pos]
    return before[-1] if before else places[0]


def _split_by_place(text: str, f: _Facts) -> list[_Facts]:
    """'Two were killed in A, and three injured in the village of B': two localities, two records."""
    if len(f.places) < 2 or not f.counts or _is_list(text, f):
        return [f]
    owners = [_owner(f.places, text, f.sent, h.count.evidence.start, h.count.evidence.end) for h in f.counts]
    distinct = list(dict.fromkeys(id(o) for o in owners))
    if len(distinct) < 2:
        return [f]
    parts: dict[int, _Facts] = {}
    for p in f.places:
        if id(p) in distinct:
            parts[id(p)] = _Facts(**{**f.__dict__, "places": [p], "counts": [], "damage": []})
    for p in f.places:
        if id(p) not in parts:  # a place without its own toll goes with the one told just before it
            host = next((q for q in reversed(f.places) if q.start < p.start and id(q) in parts), None) \
                or next(q for q in f.places if id(q) in parts)
            parts[id(host)].places.append(p)
    for h, o in zip(f.counts, owners):
        parts[id(o)].counts.append(h)
    for m in lx.DAMAGE_RE.finditer(text, f.sent.start, f.sent.end):
        term = re.sub(r"\s+", " ", m.group(0).lower())
        part = parts[id(_owner([q for q in f.places if id(q) in parts], text, f.sent, m.start()))]
        if term in f.damage and term not in part.damage:
            part.damage.append(term)
    out = list(parts.values())
    for extra in out[1:]:
        extra.counted_weapons = []  # barrage figures stay on one part only
    return out


def _is_list(text: str, f: _Facts) -> bool:
    """'the Kharkiv, Sumy and Donetsk regions': places listed together are one record."""
    return all(re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|,?\s+and\s+)(?:the\s+)?(?:\w+\s+)?",
                            text[a.end:b.start]) for a, b in zip(f.places, f.places[1:]))


def _event_date(dates: list[DateMention], text: str = "", published: dt.date | None = None) -> DateSpan | None:
    events = [d for d in dates if d.role == "event" and d.kind not in ("year", "month_year")]
    months = [d.span for d in events if d.kind in ("month", "last_month") and d.span.start]
    if months:
        # "On Easter Sunday in April": the weekday lies in that month, not in the week of publication
        events = [d for d in events if not (d.kind in ("wd", "wd_night", "night_of", "night_into") and d.span.start
                                            and not any(m.start <= d.span.start <= m.end for m in months))]
    if events:
        events.sort(key=lambda d: (d.kind in ("overnight", "today", "this_week"), d.start))
        first = events[0]
        reports = [d for d in dates if d.role == "report" and d.span.start]
        if first.kind == "overnight" and reports:
            day = reports[0].span.start
            return DateSpan(start=day - dt.timedelta(days=1), end=day, text=first.span.text,
                            precision=first.span.precision if first.span.start else "range")
        return first.span
    past = [d for d in dates if d.role == "event" and d.kind in ("year", "month_year") and d.span.start
            and re.match(r"in\s", text[d.start:d.end], re.I) and (published is None or d.span.end < published)]
    if past:
        return past[0].span  # "In 2023, a strike on the city killed 40": an earlier event, not tonight's
    vague = [d for d in dates if d.role == "vague"]
    return vague[0].span if vague else None


# --------------------------------------------------------------------------- events


@dataclass
class _Event:
    places: list[lx.Place]
    country_level: str | None = None  # target country of a nationwide record
    date: DateSpan | None = None
    attacker: str | None = None
    target: str | None = None
    facts: list[_Facts] = field(default_factory=list)
    last_idx: int = -10


def _dates_compatible(a: DateSpan | None, b: DateSpan | None) -> bool:
    if a is None or b is None:
        return True
    if a.start is None or b.start is None:  # words only: same words or nothing
        return (a.text or "").lower() == (b.text or "").lower() or (a.start is None and b.start is None
                                                                  and not _vague(a) and not _vague(b))
    precisions = {a.precision.value, b.precision.value}
    if precisions & {"week", "month", "year"} or precisions == {"range"}:
        return a.start == b.start and a.end == b.end  # two nights sharing a day are two nights
    return a.start <= b.end and b.start <= a.end


def _vague(d: DateSpan) -> bool:
    return bool(re.search(r"ago|earlier|before|after|previous", d.text or "", re.I))


def _target_of(f: _Facts) -> str | None:
    countries = {p.place.country for p in f.places if p.place.country}
    if len(countries) == 1:
        return countries.pop()
    return f.target_hint


def _compatible(ev: _Event, f: _Facts, target: str | None) -> bool:
    if f.attacker and ev.attacker and f.attacker != ev.attacker:
        return False
    if target and ev.target and target != ev.target:
        return False
    return f.update or _dates_compatible(ev.date, f.date)  # an update is dated when the figure changed


_CAPITAL_ANAPHORA = re.compile(r"\b(?:the|our)\s+capital\b(?!\s+[A-Z])|\bcapital['’]s\b|\bthe\s+city\b(?!\s+of)", re.I)


def _contributes(f: _Facts) -> bool:
    """A sentence without a place joins an event only if it adds a fact to it."""
    named_model = any(w.model for w in f.weapon_types) and not (f.quote or f.hypothetical)  # "used Geran-2 drones"
    return bool(f.counts or f.counted_weapons or named_model or (f.damage and not f.background))


def _segment(facts: list[_Facts], war: bool) -> list[_Event]:
    """Group attack sentences into events: (place, night) keys, country-level for totals."""
    events: list[_Event] = []
    last: _Event | None = None
    for f in facts:
        if not war or not (f.attack_vocab or f.counts) or f.cumulative:
            continue
        target = _target_of(f)
        ev = _place_event(events, f, target, last) if f.places else _placeless_event(events, f, target, last)
        if ev is None:
            continue
        if ev.date is None and f.date is not None:
            ev.date = f.date
        ev.attacker = ev.attacker or f.attacker
        ev.target = ev.target or target
        ev.facts.append(f)
        ev.last_idx = f.idx
        last = ev
    return [e for e in events if e.facts]


def _weapon_counted(f: _Facts) -> bool:
    return any(w.launched or w.intercepted for w in f.counted_weapons)


def _place_event(events: list[_Event], f: _Facts, target: str | None, last: _Event | None) -> _Event | None:
    if f.nationwide and _weapon_counted(f):
        # "Russia fired 300 drones at Lviv and four other regions": the barrage total
        country = target or (last.target if last else None) or lx.OPPONENT.get(f.attacker or "")
        return _country_event(events, f, country, last) if country else None
    if f.background and not f.has_numbers:
        return None
    host = next((e for e in reversed(events) if e.country_level is None and e.places
                 and e.places[0].level is LocationLevel.region and f.idx - e.last_idx <= 2), None)
    if host is not None and not f.has_numbers and _compatible(host, f, target) \
            and all(p.place.admin1 is None for p in f.places):
        # "the town of X" right after "the Y region" (X unknown to the gazetteer): a town in Y
        region = host.places[0]
        for p in f.places:
            if p.place.name not in {q.name for q in host.places}:
                host.places.append(lx.Place(p.place.name, region.admin1, region.country, p.place.level))
        return host
    key = [p.place.name for p in f.places]
    ev = next((e for e in events if [p.name for p in e.places] == key and _compatible(e, f, target)), None)
    if ev is None:
        ev = _Event(places=[p.place for p in f.places], date=f.date or (last.date if last else None),
                    attacker=f.attacker, target=target)
        events.append(ev)
    return ev


def _placeless_event(events: list[_Event], f: _Facts, target: str | None, last: _Event | None) -> _Event | None:
    if f.background or not _contributes(f):
        return None
    if f.update and f.counts:
        # "By Tuesday the toll had risen to six": the event whose toll it updates, however far back
        fields = {h.field for h in f.counts}
        host = next((e for e in reversed(events) if any(h.field in fields for g in e.facts for h in g.counts)
                     and _compatible(e, f, target)), None)
        if host is not None:
            return host
    new_time = bool(f.date and _vague(f.date)) or (
        last is not None and not f.update and not _dates_compatible(last.date, f.date))
    if new_time and f.has_numbers and _CAPITAL_ANAPHORA.search(f.sent.text):
        # "In April, a strike on the city centre killed 35": the same city, another day
        city = next((e for e in reversed(events) if e.places and e.country_level is None
                     and e.places[0].level is LocationLevel.city and f.idx - e.last_idx <= 8), None)
        if city is not None and not (f.attacker and city.attacker and f.attacker != city.attacker):
            return _dated_event(events, city.places, f, target or city.target)
    country = target or lx.OPPONENT.get(f.attacker or "") or (last.target if last else None)
    only_intercepts = all(w.intercepted and not w.launched for w in f.counted_weapons if w.launched or w.intercepted)
    if _weapon_counted(f) and not f.counts:
        # "15 of them were shot down" right after "attacked Odesa with 20 drones" stays on Odesa;
        # other barrage figures go to the country-level record of that night.
        if last is not None and not new_time and only_intercepts and f.idx - last.last_idx <= 1 and any(
                w.launched for g in last.facts for w in g.counted_weapons) and _compatible(last, f, target):
            return last
        return _country_event(events, f, country, last) if country else None
    if not new_time:
        if _CAPITAL_ANAPHORA.search(f.sent.text) or f.districts:
            # "the capital's districts", "In the X district": the city event told most recently
            city = next((e for e in reversed(events) if e.places and e.country_level is None
                         and e.places[0].level is LocationLevel.city and f.idx - e.last_idx <= 8
                         and _compatible(e, f, target)), None)
            if city is not None:
                return city
        if last is not None and f.idx - last.last_idx <= 2 and _compatible(last, f, target):
            return last
    if f.has_numbers and country:
        return _country_event(events, f, country, last)
    return None


def _dated_event(events: list[_Event], places: list[lx.Place], f: _Facts, target: str | None) -> _Event:
    """The event at these places on the sentence's own date (a new one unless already told)."""
    key = [p.name for p in places]
    ev = next((e for e in events if [p.name for p in e.places] == key and e.country_level is None
               and e.date is not None and f.date is not None and _dates_compatible(e.date, f.date)), None)
    if ev is None:
        ev = _Event(places=list(places), date=f.date, attacker=f.attacker, target=target)
        events.append(ev)
    return ev


def _country_event(events: list[_Event], f: _Facts, country: str, last: _Event | None) -> _Event:
    date = f.date or (last.date if last else None)
    for e in events:
        if e.country_level == country and _dates_compatible(e.date, date) and \
                not (f.attacker and e.attacker and f.attacker != e.attacker):
            return e
    ev = _Event(places=[lx.Place(country, None, country, LocationLevel.country)], country_level=country,
                date=date, attacker=f.attacker, target=country)
    events.append(ev)
    return ev


# --------------------------------------------------------------------------- records


def _build_attack(ev: _Event, text: str, default_attackers: set[str], warnings: list[str]) -> Attack | None:
    rec: dict = {"weapons": [], "damage": [], "reported_by": [], "evidence": []}
    sources: dict[str, Origin] = {}
    weapons: dict[WeaponType, dict] = {}
    classes: set[str] = set()
    civilian = False
    report_date = None
    for f in ev.facts:
        if not (_contributes(f) or f.places):
            continue
        rec["evidence"].append(_span(text, f.sent.start, f.sent.end))
        report_date = report_date or f.report_date
        for h in f.counts:
            if h.field not in rec:
                rec[h.field] = h.count
            elif f.update and h.count.value != rec[h.field].value:
                warnings.append(f"rules: later figure {h.field}={h.count.value} ({h.count.evidence.text!r}) not "
                                f"used; the record keeps the first figure {rec[h.field].value}")
            civilian = civilian or h.civilian
        general = f.background and not f.has_numbers  # "has repeatedly targeted ...": the war, not this strike
        typed = list(f.counted_weapons)
        if not f.quote and not general and not f.hypothetical:
            typed += f.weapon_types
        for w in typed:
            slot = weapons.setdefault(w.type, {"model": None})
            slot["model"] = slot["model"] or w.model
            classes |= set(w.classes)
            for name in ("launched", "intercepted"):
                if getattr(w, name) is not None and name not in slot:
                    slot[name] = getattr(w, name)
        if not general:
            for d in f.damage:
                if d not in rec["damage"]:
                    rec["damage"].append(d)
        for r in f.reporters:
            if r.lower() not in {x.lower() for x in rec["reported_by"]}:
                rec["reported_by"].append(r)
    if not rec["evidence"]:
        return None
    has_count = any(k in rec for k in ("killed", "injured", "children_killed", "children_injured")) or any(
        "launched" in s or "intercepted" in s for s in weapons.values())
    if not has_count and not rec["damage"] and not ev.places:
        return None
    if weapons.get(WeaponType.missile) and len(weapons[WeaponType.missile]) == 1 and \
            weapons.keys() & {WeaponType.cruise_missile, WeaponType.ballistic_missile}:
        del weapons[WeaponType.missile]  # "missile" said again of a missile already named precisely
    for wtype, slot in weapons.items():
        launched, intercepted = slot.get("launched"), slot.get("intercepted")
        if launched and intercepted and intercepted.value > launched.value:
            warnings.append(f"rules: dropped intercepted {intercepted.value} > launched {launched.value} ({wtype.value})")
            intercepted = None
        rec["weapons"].append(Weapon(type=wtype, model=slot["model"], launched=launched, intercepted=intercepted))
    rec["kind"] = _kind(classes)
    rec["locations"] = [Location(name=p.name, admin1=p.admin1, country=p.country, level=p.level) for p in ev.places]
    rec["target_country"] = ev.target or next((p.country for p in ev.places if p.country), None)
    attacker = ev.attacker
    if attacker is None and rec["target_country"] in lx.OPPONENT:
        guess = lx.OPPONENT[rec["target_country"]]
        attacker = guess if guess in default_attackers else None
    rec["attacker"] = attacker
    rec["date"] = ev.date if ev.date is not None else report_date
    if civilian or any(lx.CIVILIAN_DAMAGE.search(d) for d in rec["damage"]) or any(
            lx.CIVILIAN_VICTIMS.search(f.sent.text) and f.counts for f in ev.facts):
        rec["civilian_targeting"] = True
    for name in ("attacker", "target_country", "date", "civilian_targeting", "killed", "injured",
                 "children_killed", "children_injured"):
        if rec.get(name) is not None:
            sources[name] = Origin.rules
    for name in ("weapons", "damage", "reported_by", "locations"):
        if rec.get(name):
            sources[name] = Origin.rules
    if classes:
        sources["kind"] = Origin.rules
    # children counts cannot exceed an exact total: keep the total, drop the odd one
    for part, whole in (("children_killed", "killed"), ("children_injured", "injured")):
        p, w = rec.get(part), rec.get(whole)
        if p and w and w.qualifier.value == "exact" and p.value > w.value:
            warnings.append(f"rules: dropped {part} {p.value} > {whole} {w.value}")
            rec.pop(part)
            sources.pop(part, None)
    return Attack(**rec, sources=sources)


def _kind(classes: set[str]) -> AttackKind:
    if "drone" in classes and "missile" in classes:
        return AttackKind.drone_and_missile
    if "drone" in classes:
        return AttackKind.air_drone_strike
    if "missile" in classes:
        return AttackKind.missile_strike
    if "glide_bomb" in classes:
        return AttackKind.glide_bomb
    if "artillery" in classes:
        return AttackKind.shelling_artillery
    return AttackKind.other


# --------------------------------------------------------------------------- diplomacy


def _people_registry(text: str) -> dict[str, str | None]:
    """Surname -> the state a titled person speaks for, where the article says it anywhere
    ("Turkish President X Y", "X Y, the Russian foreign minister"); None when it never does."""
    reg: dict[str, str | None] = {}
    for name, land in _titled_people(text, 0, len(text)):
        surname = name.split()[-1]
        if reg.get(surname) is None:
            reg[surname] = land
    return reg


def _titled_people(text: str, start: int, end: int) -> list[tuple[str, str | None]]:
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
    return out


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


_TOPIC_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\s(?:with|between|among|alongside|involving)\s|"
                        r"\s(?:and|as|after|before|while)\s+(?=[A-Z])")


def _topic_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """What the talks are about: from "talks on" / "a call about" / "to discuss" to the end of the
    clause, or to "with" / "between", which name the sides again ("talks on a force with X")."""
    out = []
    for _, rx in lx.DIPLOMACY_CUES:
        for cue in rx.finditer(text, start, end):
            link = lx.TOPIC_LINK.match(text, cue.end(), end)
            if link:
                stop = _TOPIC_END.search(text, link.end(), end)
                out.append((link.end(), stop.start() if stop else end))
    return out


def _participants(text: str, s: Sentence, people: dict[str, str | None]) -> list[str]:
    """States and organisations (codebook rule 15): a person counts as the state the article
    ties them to; a country named only as the subject of the talks is not a participant."""
    topics = _topic_spans(text, s.start, s.end)
    out: list[str] = []

    def add(x: str | None) -> None:
        if x and x not in out:
            out.append(x)

    for name, land in _titled_people(text, s.start, s.end):
        add(land or people.get(name.split()[-1]))
    for surname, land in people.items():
        if land and re.search(rf"\b{re.escape(surname)}\b", s.text):
            add(land)
    for m in lx.COUNTRY_PAIR_RE.finditer(text, s.start, s.end):  # "US-Russia talks": both are sides
        for w in (m.group("a"), m.group("b")):
            add(lx.canonical_country(w) or lx.canonical_org(w))
    for m in lx.ACTOR_ADJ_RE.finditer(text, s.start, s.end):
        for part in re.split(r"\s*(?:,\s*and|,|and)\s*", m.group("chain")):
            add(lx.canonical_country(part))
    for m in lx.COUNTRY_NOUN_RE.finditer(text, s.start, s.end):
        word = m.group(0)
        before = text[s.start:m.start()]
        if _inside(topics, m.start()):
            continue  # "talks on a force to aid Ukraine": the subject, not a side
        if (word in lx.WORLD_CITIES or word in ("Kyiv", "Moscow")) and re.search(
                r"\b(?:in|on|at|to|over|near|across|against|into)\s+(?:the\s+|central\s+)?$", before):
            continue  # a place here, not a government
        if re.match(r"[-–]", text[m.end():m.end() + 1]) and word in ("US", "U.S.") and \
                re.match(r"[-–]led\b", text[m.end():m.end() + 4]):
            continue
        if lx.TOPIC_BEFORE.search(before[-40:]):
            continue  # "to discuss Ukraine", "a ceasefire in Ukraine": the subject, not a side
        if lx.POSSESSIVE_TOPIC_AFTER.match(text, m.end(), s.end):
            continue  # "Iran's nuclear programme": a subject
        add(lx.canonical_country(word) or lx.WORLD_CITIES.get(word))
    for m in lx.ORG_RE.finditer(text, s.start, s.end):
        if not _inside(topics, m.start()):
            add(lx.canonical_org(m.group(0)))
    return out


_DIPLO_CITIES = "|".join(re.escape(n) for n in sorted([*lx.WORLD_CITIES, "Kyiv", "Moscow", "Kiev"], key=len, reverse=True))
_DIPLO_PLACE = re.compile(rf"\b(?:in|to|at|visit|visits|visited|visiting)\s+(?:central\s+|the\s+)?(?P<n>{_DIPLO_CITIES})\b")


def _diplomacy_location(text: str, s: Sentence, cue: re.Match) -> Location | None:
    """Where: 'meeting in Brussels' (after the cue) before any other 'in X' of the sentence; for a
    visit without a city, the country visited ("a state visit to the UK")."""
    m = _DIPLO_PLACE.match(text, cue.end(), s.end) or _DIPLO_PLACE.search(text, cue.end(), min(s.end, cue.end() + 40)) \
        or _DIPLO_PLACE.search(text, s.start, s.end)
    if not m:
        visit = _VISIT_TO.match(text, cue.end(), s.end) if _VISIT_CUE.match(cue.group(0)) else None
        land = visit and (lx.canonical_country(visit.group("n")) or lx.canonical_country(visit.group("n").rstrip(".")))
        return Location(name=land, country=land, level=LocationLevel.country) if land else None
    name = m.group("n")
    place = lx.lookup(name)
    if place:
        return Location(name=place.name, admin1=place.admin1, country=place.country, level=LocationLevel.city)
    return Location(name=name, country=lx.WORLD_CITIES.get(name), level=LocationLevel.city)


_VISIT_CUE = re.compile(r"(?:state\s+|official\s+|surprise\s+)?visit|trip", re.I)
_VISIT_TO = re.compile(r"\s+to\s+(?:the\s+)?(?P<n>[A-Z][\w.]+(?:\s+[A-Z][a-z]+)?)")


def _status(text: str, s: Sentence, cue: re.Match) -> DiplomacyStatus:
    lo, hi = s.start, s.end
    for b in re.finditer(r"[;\u2014\u2013]|\s-\s", text[s.start:s.end]):
        if s.start + b.end() <= cue.start():
            lo = s.start + b.end()
        elif s.start + b.start() >= cue.end():
            hi = s.start + b.start()
            break
    window = text[max(lo, cue.start() - 90):min(hi, cue.end() + 90)]
    for status, rx in lx.STATUS_CUES:
        if rx.search(window):
            return status
    return DiplomacyStatus.held


_CLAUSE_MARK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")


def _sentence_cues(text: str, s: Sentence) -> list[tuple[DiplomacyKind, re.Match]]:
    """The first cue of each kind in the sentence, in the lexicon's order of precedence."""
    out = []
    for kind, rx in lx.DIPLOMACY_CUES:
        m = rx.search(text, s.start, s.end)
        if m:
            out.append((kind, m))
    return out


def _primary(text: str, cues: list[tuple[DiplomacyKind, re.Match]]) -> tuple[DiplomacyKind, re.Match]:
    """The kind that names the event. A peacekeeping force, aid or sanctions that are only what
    talks are about ("talks on a peacekeeping force") leave the event to the talks (rule 14)."""
    kind, m = cues[0]
    if kind in lx.SUBJECT_KINDS:
        for k2, m2 in cues:
            if k2 in lx.EVENT_FORM_KINDS and m2.end() <= m.start() and lx.TOPIC_LINK.match(text, m2.end(), m.start() + 1) \
                    and not _CLAUSE_MARK.search(text, m2.end(), m.start()):
                return k2, m2
    return kind, m


_NEXT = re.compile(r"\b(?:next\s+(?P<unit>week|month)|(?P<tomorrow>tomorrow))\b", re.I)
_NIGHT_KINDS = {"overnight", "night_into", "between", "night_of", "wd_night", "previous_night"}


def _diplomacy_date(text: str, lo: int, hi: int, published: dt.date | None,
                    status: DiplomacyStatus) -> DateSpan | None:
    """A diplomatic event is a day: a night range ("shortly after the overnight attacks") gives
    the day it ends; a weekday of a planned event is the next such day, not the last one."""
    mentions = [d for d in find_dates(text, lo, hi, published) if d.role == "event"]
    if not mentions:
        if status is DiplomacyStatus.planned and published:
            m = _NEXT.search(text, lo, hi)
            if m and m.group("tomorrow"):
                d = published + dt.timedelta(days=1)
                return DateSpan(start=d, end=d, text=m.group(0), precision=DatePrecision.day)
            if m and m.group("unit").lower() == "week":
                monday = published + dt.timedelta(days=7 - published.weekday())
                return DateSpan(start=monday, end=monday + dt.timedelta(days=6), text=m.group(0),
                                precision=DatePrecision.week)
            if m:
                first = dt.date(published.year + (published.month == 12), published.month % 12 + 1, 1)
                last = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1) - dt.timedelta(days=1)
                return DateSpan(start=first, end=last, text=m.group(0), precision=DatePrecision.month)
        return None
    d = mentions[0]
    span = d.span
    if d.kind in _NIGHT_KINDS and span.end:
        return DateSpan(start=span.end, end=span.end, text=span.text, precision=DatePrecision.day)
    if status is DiplomacyStatus.planned and d.kind == "wd" and published and span.start and span.start < published \
            and not re.match(r"last\b", span.text or "", re.I):
        nxt = span.start + dt.timedelta(days=7)
        return DateSpan(start=nxt, end=nxt, text=span.text, precision=span.precision)
    return span


def _war_sides(text: str) -> list[str]:
    """The two states at war in the article, for exchanges that name no side."""
    sides = [side for side, rx in (("Russia", r"\bRussian?\b"), ("Ukraine", r"\bUkrain(?:e|ian)\b"))
             if re.search(rx, text)]
    return sides if len(sides) == 2 else []


def _diplomacy(text: str, sents: list[Sentence], published: dt.date | None, war: bool) -> list[Diplomacy]:
    people = _people_registry(text)
    sides = _war_sides(text) if war else []
    found: list[tuple[int, Diplomacy]] = []
    for idx, s in enumerate(sents):
        cues = _sentence_cues(text, s)
        if not cues:
            continue
        kind, m = _primary(text, cues)
        if lx.COMMENTARY_BEFORE.search(text, s.start, m.start()):
            continue
        participants = _participants(text, s, people)
        location = _diplomacy_location(text, s, m)
        if location and kind in _HOSTED and lx.HOST_CAPITALS.get(location.name) not in (None, *participants):
            participants.append(lx.HOST_CAPITALS[location.name])  # talks in Kyiv: Ukraine is a side
        if kind is DiplomacyKind.prisoner_exchange:
            participants += [x for x in sides if x not in participants]  # an exchange is between the warring sides
        if not participants and location is None and not (kind is DiplomacyKind.prisoner_exchange and war):
            continue  # "amid stalled peace talks": no one to attach it to
        status = _status(text, s, m)
        if kind in (DiplomacyKind.military_aid, DiplomacyKind.sanctions) and status is DiplomacyStatus.proposed \
                and lx.DEMAND_CUES.search(text, max(s.start, m.start() - 90), min(s.end, m.end() + 90)):
            continue  # "Ukraine demands more sanctions": a demand, commentary rather than an event
        desc = s.text if len(s.text) <= 240 else s.text[:237].rsplit(" ", 1)[0] + "…"
        rec = Diplomacy(kind=kind, participants=participants, location=location,
                        date=_diplomacy_date(text, s.start, s.end, published, status), status=status,
                        description=desc, evidence=[_span(text, s.start, s.end)])
        _merge_diplomacy(found, idx, rec)
    out = []
    for _, rec in found:
        sources = {"kind": Origin.rules, "status": Origin.rules, "description": Origin.rules}
        for name in ("participants", "location", "date"):
            if getattr(rec, name):
                sources[name] = Origin.rules
        out.append(rec.model_copy(update={"sources": sources}))
    return out


_HOSTED = {DiplomacyKind.talks, DiplomacyKind.visit, DiplomacyKind.meeting, DiplomacyKind.summit}


def _days_apart(a: DateSpan | None, b: DateSpan | None) -> bool:
    if not (a and b and a.start and b.start and a.end and b.end):
        return False
    return a.end < b.start - dt.timedelta(days=1) or b.end < a.start - dt.timedelta(days=1)


_TALKS_OR_MEETING = {DiplomacyKind.talks, DiplomacyKind.meeting}


def _merge_diplomacy(found: list[tuple[int, Diplomacy]], idx: int, rec: Diplomacy) -> None:
    """Same kind and a shared participant (or adjacent and one side unnamed): one event. "Talks"
    and "the meeting" with a shared side are one event told twice. Records held in different
    places or on different days stay apart."""
    for i, (j, old) in enumerate(found):
        if old.status != rec.status:
            continue
        same_kind = old.kind == rec.kind
        if not same_kind and not ({old.kind, rec.kind} <= _TALKS_OR_MEETING
                                  and set(old.participants) & set(rec.participants)):
            continue
        if old.location and rec.location and old.location.name != rec.location.name:
            continue  # talks in Ankara and talks in Istanbul are two events
        if _days_apart(old.date, rec.date):
            continue  # a call on Monday and a call on Friday
        shared = set(old.participants) & set(rec.participants)
        adjacent = idx - j <= 2
        if shared or adjacent:
            merged = old.model_copy(update={
                "participants": old.participants + [p for p in rec.participants if p not in old.participants],
                "evidence": old.evidence + [e for e in rec.evidence if e not in old.evidence],
                "location": old.location or rec.location,
                "date": old.date or rec.date,
            })
            found[i] = (idx, merged)
            return
    found.append((idx, rec))


# --------------------------------------------------------------------------- summary


def _summary(sents: list[Sentence], limit: int = 400) -> str:
    """The lead: the first one or two full sentences, as written (bullets unmarked)."""
    picked: list[str] = []
    for s in sents:
        t = re.sub(r"^[-•*]\s+", "", s.text).strip()
        if len(t) < 40 or not re.search(r"[.!?…\"”]$", t) or _QUOTE_START.match(t):
            continue
        if picked and len(picked[0]) + len(t) + 1 > limit:
            break
        picked.append(t)
        if len(picked) == 2 or sum(map(len, picked)) > limit // 2:
            break
    if not picked and sents:
        picked = [sents[0].text.strip()]
    out = " ".join(picked)
    return out if len(out) <= limit else out[:limit - 1].rsplit(" ", 1)[0] + "…"


def _title_lines(text: str, sents: list[Sentence]) -> set[int]:
    """Headline lines at the top of the article: whole lines without terminal punctuation
    ("Drones hit A, missiles strike B as C targets D"). A headline squeezes several events into
    one line, so it makes no attack record; the body tells each event in full."""
    out: set[int] = set()
    for i, s in enumerate(sents[:3]):
        line_start = not text[:s.start].strip(" \t") or text[:s.start].rstrip(" \t").endswith("\n")
        line_end = re.match(r"[ \t]*(?:\n|$)", text[s.end:]) is not None
        if not (line_start and line_end) or re.search(r"[.!?…][\"'”’)\]]*$", s.text) or i + 1 >= len(sents):
            break
        out.add(i)
    return out


# --------------------------------------------------------------------------- backend


class RulesBackend:
    """Deterministic, no-LLM extractor; the baseline and the fallback that works anywhere."""

    name = "rules"
    model = None
    prompt_version = None
    prompt_hash = None

    def __init__(self, config=None):
        self.config = config

    def identity(self) -> dict:
        return {"backend": "rules"}

    def extract(self, article) -> BackendResult:
        text = article.text
        sents = split_sentences(text)
        war = bool(lx.WAR_GATE.search(text))
        quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        facts = [part for i, s in enumerate(sents) for part in _sentence_facts(text, s, i, article.published, quotes)] \
            if war else []
        attackers = {f.attacker for f in facts if f.attacker}
        titles = _title_lines(text, sents)
        warnings: list[str] = []
        attacks = []
        for ev in _segment([f for f in facts if f.idx not in titles], war):
            rec = _build_attack(ev, text, attackers, warnings)
            if rec is not None:
                attacks.append(rec)
        diplomacy = _diplomacy(text, sents, article.published, war)
        return BackendResult(summary=_summary(sents), attacks=attacks, diplomacy=diplomacy, warnings=warnings)
