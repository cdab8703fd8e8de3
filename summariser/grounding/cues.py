"""Number roles and cues: which numbers in an article are counts, and of what.

Every number mention (digits, words, "a man") is classed by the noun it counts and given the
role of the nearest cue that governs it ("killed five" is killed=5, "17 drones" is no count),
or the role of the phrase or list it continues. `_context` runs this once per article. People
counted without a numeral ("a man", a family told as a relation) are read in `people`; the cue
words, where they stand and which one governs a number, in `role_cues`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Sequence

from ..knowledge import cues as cue_data
from ..lexicon.actors import ATTRIBUTION_ASIDE
from ..lexicon.weapons import (PARTITIVE_ASIDE, SHARE_OF_WHOLE_BEFORE, in_model_name, model_name_end, weapon_at,
                               without_model_names)
from ..numbers import COUNT_RE, NumberMention, find_numbers
from ..records import Qualifier
from ..sentences import Sentence
from . import vocabulary
from .groups import BOTH, LIST as PEOPLE_LIST, group_mentions
from .brackets import blank_brackets
from .child_ages import told_minor
from .cue_gaps import HARD_STOP as _HARD_STOP, INCLUDING as _INCLUDING, WORD as _WORD
from .fronted_partitives import fronted_partitive_role
from .hit_counts import hits_told_before
from .not_counts import _is_year, _not_a_count
from .people import IMPLIED_DETERMINER, kin_minors, minor, singular_mentions
from .role_cues import _BACK, _FWD, _find_cues, _fits_noun, _role

# --------------------------------------------------------------------------- vocabulary

# The noun a number counts ("17 drones", "five civilians", "30 km") decides what it can be.
_NOUN_CLASS: dict[str, str] = {}
for _cls, _words in {
    "person": "people persons person civilians civilian residents resident men man women woman "
              "others adults adult soldiers soldier troops servicemen serviceman workers worker "
              "employees passengers passenger victims victim individuals citizens police officers "
              "officer rescuers rescuer firefighters medics journalists volunteers pensioners motorist "
              "motorists driver drivers pedestrian pedestrians cyclist cyclists guard guards farmer "
              "farmers nurse nurses doctor doctors teacher teachers "
              "elderly villagers patients staff guests members relatives",
    "child": "children child kids kid minors minor teenagers teenager teens teen boys boy girls "
             "girl babies baby infants infant toddlers toddler schoolchildren pupils students schoolboy schoolboys "
             "schoolgirl schoolgirls schoolchild newborn newborns",
    "weapon": "drones drone uavs uav missiles missile rockets rocket shaheds shahed gerans geran gerberas gerbera "
              "decoys decoy bombs bomb shells shell munitions projectiles "
              # r22 (dev42 L4): "a raid by two helicopters": the aircraft counted as a raid's weapons
              + " ".join(cue_data.phrases("weapons", "counted_aircraft_nouns")) + " "
              "warheads interceptors assets means weapons weapon armaments "
              # model names and weapon adjectives come before the noun: "three Iskander-M ballistic
              # missiles", "four Kh-101 cruise missiles", "a Kinzhal"
              "iskander iskanders kalibr kalibrs kinzhal kinzhals kh lancet lancets atacms tomahawk "
              "tomahawks neptune neptunes oreshnik tochka shadow shadows scalp himars kab kabs fab "
              "ballistic ballistics cruise hypersonic glide guided",
    "unit": "km kilometres kilometers kilometre kilometer miles mile metres meters metre meter "
            "feet ft hours hour minutes minute seconds days day weeks week months month years "
            "year percent per cent million billion trillion tons tonnes kg dollars euros "
            "hryvnias roubles rubles times o'clock am pm gmt utc",
    "object": "buildings building houses house homes home apartments apartment flats blocks "
              "cars car vehicles vehicle trucks schools school hospitals tanks sites facilities "
              "districts regions oblasts villages towns cities settlements substations trains "
              "floors storeys stories ships vessels planes airfields bridges "
              # events: "killed in one attack" counts attacks, not the dead
              "attack attacks strike strikes raid raids wave waves night nights incident incidents "
              "blast blasts explosion explosions occasions rounds "
              # groups and air-defence or aid units: "two couples" are four people, "two Patriot
              # batteries" are no launch
              "couples families households pairs generations batteries systems launchers packages",
}.items():
    for _w in _words.split():
        _NOUN_CLASS[_w] = _cls
_NOUN_CLASS.update({w.split("-")[-1]: "child" for w in vocabulary.words("child_nouns")})  # "pupil", "first-grader"
_CHILD_WORD = re.compile(r"\b(?:" + "|".join(w for w, c in _NOUN_CLASS.items() if c == "child") + r")\b", re.I)
# "14 of them", "40 of the drones", "of which 12", "a boy among them": a part of the number
# before it, same role.
_PARTITIVE_AFTER = re.compile(r"\s+(?:of|among)\s+(?:them|those|these|which|whom|the\s+[\w-]+|its\s+[\w-]+)\b", re.I)
# r18 (dev34-A3): the part told before its partitive: "a girl of 12 is one of them"
_PART_OF_THEM_AFTER = re.compile(r"\s+(?:is|was)\s+(?:also\s+)?(?:one\s+of\s+them|among\s+them)\b", re.I)
# (r39: whole words only: the "is" of "ballistic" is no verb)
_VERBISH = re.compile(r"\b(?:" + _FWD["killed"] + "|" + _BACK["killed"] + r"|were|was|have|had|are|is|been)\b", re.I)
_CASUALTY = ("killed", "injured")
_EVENT_NEXT = re.compile(r"\s+(?:strikes|attacks|hits|raids|impacts)\b", re.I)
# Between a part and its whole: "27 of the 30", "14 out of 16", "22 drones out of 25"
_WHOLE_GAP = re.compile(r"\s+(?:out\s+of|of)\s+(?:the\s+|these\s+|those\s+)?"
                        r"|\s+[a-z-]+\s+(?:out\s+of|of\s+(?:the|these|those))\s+", re.I)

def is_whole_gap(text: str, part_end: int, whole_start: int) -> bool:
    """The words between two numbers make the second the whole the first is part of."""
    return _WHOLE_GAP.fullmatch(text, part_end, whole_start) is not None

# --------------------------------------------------------------------------- per-article analysis


@dataclass(frozen=True)
class _Mention:
    m: NumberMention
    role: str | None  # killed / injured / launched / intercepted, or None (no fitting cue)
    noun: str | None  # person / child / weapon / unit / object, or None
    child: bool  # a child word counts this number ("two children", "two of the dead were children")
    sentence: int
    whole: bool = False  # the whole the number before it is part of ("27 of the 30")


def _analyse_mentions(text: str, sentences: Sequence[Sentence]) -> list[_Mention]:
    cues = _find_cues(text)
    out: list[_Mention] = []
    for si, s in enumerate(sentences):
        raw = _merge_compounds(text, find_numbers(text, s.start, s.end)) + singular_mentions(text, s) \
            + group_mentions(text, s)
        raw.sort(key=lambda m: m.start)
        sent_cues = cues[bisect_left(cues, (s.start,)):bisect_left(cues, (s.end + 1,))]
        previous: _Mention | None = None
        earlier: list[_Mention] = []
        for m in raw:
            if _not_a_count(text, m) or in_model_name(text, m.num_start):
                continue  # r18: "Shahed-136/131": the 131 is the model's, no count
            singular = m.value == 1 and IMPLIED_DETERMINER.match(m.text)
            if singular:  # "a man", "a 9-year-old boy", "a Kh-101", "an Iskander-M"
                words = m.text.split()
                # r14: "a baby of eight months": the person's noun, not the age's unit
                noun = _NOUN_CLASS.get(re.split(r"[\s-]", re.sub(r"\s+of\s+.*$", "", m.text.lower()))[-1]) or \
                    (_NOUN_CLASS.get(words[1].split("-")[0].lower()) if len(words) > 1 else None)
            elif m.value > 1 and PEOPLE_LIST.fullmatch(m.text):
                noun = "person"  # "a husband and wife": the people are the list itself
            else:
                noun = _noun_after(text, m.end, s.end)
            if noun == "unit" or (_is_year(m) and noun not in ("person", "child", "weapon")):
                continue
            if BOTH.fullmatch(m.text) and (noun in ("object", "unit") or re.match(r"\s+[A-Z]", text[m.end:])
                                           and model_name_end(text, m.end, s.end) == m.end
                                           and not _weapon_named_next(text, m.end)):
                continue  # "both Russia and Ukraine", "both buildings": no count of people or weapons ("both Kh-59 missiles" is)
            role = _aside_role(text, m, noun, previous, sent_cues) or _role(text, m, noun, sent_cues)
            if role is None and noun in ("person", "child", None):  # "Nine were hurt. Among them were two children."
                role = fronted_partitive_role(text, s.start, m.start, [(x.m.start, x.role) for x in out if x.role in _CASUALTY
                                                                        and x.noun in ("person", "child", None)])
            whole = (previous is not None and is_whole_gap(text, previous.m.end, m.start)) or \
                SHARE_OF_WHOLE_BEFORE.search(text, max(s.start, m.start - 30), m.start) is not None
            if whole and role != "launched":
                role = None  # "27 of the 30 drones were shot down": the 30 is the whole, not the downed
            if role == "launched" and hits_told_before(text, s.start, m.start):
                role = None  # "hits by 12 drones were recorded": hits, no launch (codebook 9, r15)
            if role is None and previous is not None and previous.role:
                role = _inherited(text[previous.m.end:m.start], _told_of(earlier), noun)
            partitive = _PARTITIVE_AFTER.match(text, m.end) or _PART_OF_THEM_AFTER.match(text, m.end)
            if role is None and partitive and previous is not None and _LIST_JOINT.search(text, previous.m.end, m.start):
                role = _partitive_role(noun, earlier)  # r39: "..., of which 28 were downed, along with seven of the
                # drones": a part is of the whole just downed, not the list's first item
            if role is None:
                role = _list_role(text, m, noun, earlier) or _enclosing_role(m, earlier)
            if role is None and partitive:
                role = _partitive_role(noun, earlier)
            child = told_minor(text, m, noun == "child" or bool(_CHILD_WORD.search(_clause_after(text, m.end, s.end, 5)))
                               or bool(singular and minor(m.text)) or kin_minors(text, m.end), _CHILD_WORD)
            mention = _Mention(m, role, noun, child, si, whole)
            out.append(mention)
            earlier.append(mention)
            previous = mention
        _lend_back(text, out, len(out) - len(earlier))
    return out


# r45 (dev67): a list of weapon counts whose cue follows its last item ("over 60 missiles of several kinds
# and some 70 attack drones were launched"): the first item is the last one's role too
_LIST_ITEM_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?[\w-]+s(?:\s+of\s+(?:various|different|several|all)\s+(?:types|kinds))?"
                            r",?\s+(?:and|as\s+well\s+as|plus)\s+$", re.I)


def _lend_back(text: str, out: list[_Mention], first: int) -> None:
    """Give a weapon count of the sentence (`out[first:]`) with no role the launch or interception
    role of the weapon count right after it in the same list."""
    for i in range(len(out) - 2, first - 1, -1):
        x, y = out[i], out[i + 1]
        if x.role is None and x.noun == "weapon" and y.noun == "weapon" and y.role in ("launched", "intercepted") \
                and _LIST_ITEM_GAP.fullmatch(text, x.m.end, y.m.start):
            out[i] = replace(x, role=y.role)


def _weapon_named_next(text: str, pos: int) -> bool:
    """r21 (dev39 C1): the capitalised word right after "both" is a weapon's name written as a noun
    ("both Kalibrs", "both Iskanders were downed"): a count of two weapons, not "both Russia and Ukraine"."""
    word = re.match(r"\s+([A-Za-z]+)\b", text[pos:pos + 40])
    return word is not None and _NOUN_CLASS.get(word.group(1).lower()) == "weapon"


def _aside_role(text: str, m: NumberMention, noun: str | None, previous: "_Mention | None",
                cues: Sequence[tuple[int, int, str, str]]) -> str | None:
    """A number opening an "including" / "among them" aside takes the role of the count it
    stands in ("killed four, including an infant, and wounded nine": the infant is killed),
    whatever verb follows the aside's closing comma; a cue inside the aside still decides
    ("injuring 12, including two who later died"). None when `m` opens no aside."""
    if previous is None or previous.role is None or noun not in ("person", "child", None):
        return None
    gap = text[previous.m.end:m.start]
    if _HARD_STOP.search(gap) or not re.search(_INCLUDING + r"\s*(?:\w+\s+)?$", gap, re.I):
        return None
    close = re.search(r",|" + _HARD_STOP.pattern, text[m.end:])
    aside_end = m.end + close.start() if close else len(text)
    return _role(text, m, noun, [c for c in cues if c[1] <= aside_end]) or previous.role


def _partitive_role(noun: str | None, earlier: list[_Mention]) -> str | None:
    """ "downed 90 drones over 11 regions, 14 of them over X": the last counted whole it can be
    part of (same noun class, or no noun said)."""
    for p in reversed(earlier):
        if p.role and (noun is None or p.noun in (noun, None) and _fits_noun(p.role, noun) or {p.noun, noun} == {"person", "child"}):
            return p.role
    return None


def _told_of(earlier: list[_Mention]) -> _Mention:
    """The count the last mention stands for: itself, or (r28) the part a whole is told of ("31 of
    38 missiles were brought down, among them all five Kinzhals": the five were brought down)."""
    last = earlier[-1]
    if last.whole and len(earlier) > 1 and earlier[-2].role and earlier[-2].sentence == last.sentence:
        return earlier[-2]
    return last


def _inherited(gap: str, previous: _Mention, noun: str | None) -> str | None:
    """A number takes the previous number's role when it continues the same phrase:
    "killing five, including two children"; "launched 120 drones and six missiles"."""
    if _HARD_STOP.search(gap):
        return None
    if re.search(_INCLUDING + r"\s*(?:\w+\s+)?$", gap, re.I):
        return previous.role
    if len(_WORD.findall(gap)) > 5:
        return None
    if noun is not None and noun == previous.noun and re.search(r"(?:,|\band|\bplus|\bas\s+well\s+as)\s*$", gap):
        return previous.role
    return None


# Between two items of one list: the first item's noun phrase (model names, adjectives),
# optionally an aside ("of which 40 were shot down", "including 70 Shaheds"), then the joint.
_ASIDE = PARTITIVE_ASIDE
# r39: the item may open with "all" or "both" ("brought down 300 of the drones and all eight cruise missiles")
_LIST_JOINT = re.compile(r"(?:,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+plus\s+|,?\s+as\s+well\s+as\s+|,?\s+(?:along|together)\s+with\s+"
                         r"|,?\s+alongside\s+|,?\s+in\s+addition\s+to\s+)(?:(?:all|both)\s+(?:of\s+the\s+)?)?$", re.I)


def _list_role(text: str, m: NumberMention, noun: str | None, earlier: list[_Mention]) -> str | None:
    """A list item takes the role of the list it continues: "fired 87 drones plus three
    Iskander-M ballistic missiles", "fired 40 Shaheds, three Kalibr cruise missiles and a
    Kinzhal", also past an aside ("48 drones, of which 40 were shot down, and four missiles")."""
    if noun not in ("weapon", "person", "child"):
        return None
    for p in reversed(earlier):
        if p.role is None or p.noun != noun and {p.noun, noun} != {"person", "child"}:
            continue
        gap = ATTRIBUTION_ASIDE.sub("", _ASIDE.sub("", blank_brackets(text[p.m.end:m.start])))  # "110 drones (mostly Geran-2) and"
        if _HARD_STOP.search(gap) or not _LIST_JOINT.search(gap):
            continue
        head = without_model_names(_LIST_JOINT.sub("", gap))  # "Kh-101", "Shahed-136/131": names
        if COUNT_RE.search(head) or _VERBISH.search(head) or len(_WORD.findall(head)) > 9:
            continue
        return p.role
    return None


def _enclosing_role(m: NumberMention, earlier: list[_Mention]) -> str | None:
    """A person inside a list of people counted for a role is counted for it too: "killing a cyclist and
    injuring a nurse of 33 and her 8-year-old daughter" (the daughter is injured, whatever the
    clause's other verb)."""
    return next((p.role for p in reversed(earlier) if p.role in _CASUALTY and p.noun in ("person", "child", None)
                 and p.m.start <= m.start and m.end <= p.m.end and (p.m.start, p.m.end) != (m.start, m.end)), None)


# A preposition straight after a number: no noun of its own ("wounding 17 in an attack"); not "of"
_PREPOSITION_NEXT = frozenset("in on at during across near after amid overnight when as".split())
# a conjunction after the first word opens another clause, whose noun is not the number's: "eight
# injured when shells fell", "five hurt as drones struck" count people, not shells or drones
_CLAUSE_NEXT = frozenset("when as after while because before".split())


def _noun_after(text: str, pos: int, end: int) -> str | None:
    """Class of the noun the number counts: first known noun in the next three words
    ("attack"/"strike" before a weapon are modifiers: "700 attack drones"); a weapon model's
    name is no word of the three ("five Sea Baby surface drones", `lexicon.model_name_end`)."""
    modifier: str | None = None
    i, model_end = -1, pos
    for w in re.finditer(r"[A-Za-z%'’]+", text[pos:min(end, pos + 80)]):
        if pos + w.start() < model_end:
            continue
        if (model_end := model_name_end(text, pos + w.start(), end)) > pos + w.start():
            # r18 (dev33-A4, dev34-A1): "four Magura V5 sea drones": the model uses up no word, and
            # is the weapon itself where no noun follows ("20 Kh-59 and 13 Iskander-M")
            modifier = modifier or "weapon"
            continue
        i += 1
        if i >= 4 or _HARD_STOP.search(text[pos:pos + w.start()]) or "," in text[pos:pos + w.start()]:
            break
        word = w.group(0).lower()
        if i == 0 and word in _PREPOSITION_NEXT:
            return modifier
        if (many := _weapon_of_words(text, pos + w.start(), end)) is not None:
            return many  # r20 (dev38 L2a): "57 fixed-wing unmanned aerial vehicles", "three uncrewed boats"
        if i >= 3:
            break  # a fourth word only as the start of a weapon named in several words
        if i > 0 and word in _CLAUSE_NEXT:
            break
        if word in ("attack", "strike", "assault", "kamikaze"):
            modifier = modifier or "object"
            i -= 1  # r19 (dev35 C3): a modifier uses up no word: "five of the attack drones"
            continue
        hyphened = re.match(r"-[A-Za-z]", text[pos + w.end():pos + w.end() + 2]) is not None
        if hyphened and _NOUN_CLASS.get(word) not in ("person", "child", "weapon"):
            continue  # the first half of a compound modifier: "six night-shift workers"
        if _NOUN_CLASS.get(word) == "object" and _person_next(text, pos + w.end(), end):
            continue  # r31: a place or time that says which people: "two night guards", "three school teachers"
        if word in _NOUN_CLASS:  # r15: "17 drone strikes", "five missile attacks" count the strikes
            event = _NOUN_CLASS[word] == "weapon" and _EVENT_NEXT.match(text, pos + w.end())
            return "object" if event else _NOUN_CLASS[word]
        if _VERBISH.fullmatch(word):
            break
    return modifier


def _person_next(text: str, pos: int, end: int) -> bool:
    """The next word is a person's or a child's noun ("night **guards**", "school **teachers**")."""
    nxt = re.match(r"\s+([A-Za-z]+)", text[pos:end])
    return bool(nxt and _NOUN_CLASS.get(nxt.group(1).lower()) in ("person", "child"))


def _weapon_of_words(text: str, pos: int, end: int) -> str | None:
    """'weapon' for a weapon named in several words at `pos`, as the rules read it (lexicon
    `weapon_at`: "unmanned aerial vehicles", "uncrewed surface vessels"), none of whose words the
    noun classes know alone; 'person' when a person noun follows ("20 unmanned aerial vehicle
    operators"). None for a one-word noun, read by its class."""
    found = weapon_at(text, pos, end)
    if found is None or not re.search(r"\S\s+\S", found[0].group(0).strip()):
        return None
    after = re.match(r"\s+([A-Za-z]+)", text[found[0].end():end])
    if after and (_NOUN_CLASS.get(after.group(1).lower()) == "person"
                  or after.group(1).lower() in vocabulary.words("weapon_crew_nouns")):
        return "person"
    return "weapon"


def _clause_after(text: str, pos: int, end: int, words: int) -> str:
    """Up to `words` words after pos, stopping at a clause boundary or another number."""
    tail = text[pos:min(end, pos + 80)]
    stop = re.search(_HARD_STOP.pattern + "|,", tail)
    tail = tail[:stop.start()] if stop else tail
    nxt = COUNT_RE.search(tail)
    tail = tail[:nxt.start()] if nxt else tail
    return " ".join(_WORD.findall(tail)[:words])


def _merge_compounds(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Join "two hundred and fifty" (read as 200 and 50) into 250."""
    out: list[NumberMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev and re.search(r"(?:hundred|thousand)$", prev.text, re.I)
                and re.fullmatch(r"\s+and\s+", text[prev.end:m.start])
                and m.qualifier is Qualifier.exact and m.value < (100 if prev.text.lower().endswith("hundred") else 1000)):
            out[-1] = NumberMention(prev.value + m.value, prev.qualifier, prev.start, m.end, prev.num_start,
                                    text[prev.start:m.end])
        else:
            out.append(m)
    return out
