"""Grounding: nothing a backend says is accepted unless the cleaned article text supports it.

Every evidence span must reproduce the text (exact, then case/space/quote-insensitive, then a
fuzzy difflib alignment for small paraphrases, as langextract does); every count must be a number
the article states, in or next to the record's evidence, beside a cue that fits the field
("killed five" grounds killed=5, "17 drones" never does); places and participants must be named
in the text. Sentences that address a model ("ignore previous instructions ...") are blanked
before anything is read, so injected text can ground nothing.

The article is analysed once (sentences, number mentions and the cue each number sits beside)
and cached by its text, so grounding a record costs a few dictionary look-ups.
"""

from __future__ import annotations

import difflib
from bisect import bisect_left
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from pydantic import ValidationError

from .numbers import COUNT_RE, NUMBER, NumberMention, find_numbers
from .records import Attack, Count, Diplomacy, Origin, Qualifier, Rejection, Span
from .sentences import Sentence, sentence_at, split_sentences

if TYPE_CHECKING:
    from .articles import Article
    from .backends.base import BackendResult

__all__ = [
    "align", "ground_count", "ground_place", "ground_name", "instruction_like_sentences",
    "check_numbers", "evidence_windows", "enforce",
]

Window = tuple[int, int]

# --------------------------------------------------------------------------- vocabulary

# Which cue role a count field needs.
FIELD_ROLE = {
    "killed": "killed", "children_killed": "killed",
    "injured": "injured", "children_injured": "injured",
    "launched": "launched", "intercepted": "intercepted",
}
CUE_WORDS = {
    "killed": "killed/dead/died",
    "injured": "injured/wounded/hurt",
    "launched": "launched/fired",
    "intercepted": "shot down/intercepted/destroyed",
}

# Cues that govern a number AFTER them ("killing five", "shot down 40", "death toll rose to 12").
_FWD = {
    "killed": r"kill(?:ed|ing|s)?|claim(?:ed|ing)\s+the\s+lives\s+of|took\s+the\s+lives\s+of"
              r"|(?:the\s+)?dead\s+(?:included|include|were|are|number(?:ed)?)",
    "injured": r"injur(?:ed|ing|es)|wound(?:ed|ing|s)?|hurt(?:ing)?|hospitali[sz](?:ed|ing)"
               r"|(?:the\s+)?(?:injured|wounded)\s+(?:included|include|were|are|number(?:ed)?)",
    "launched": r"launch(?:ed|ing|es)?|fir(?:ed|ing)|sen(?:t|ding)|unleash(?:ed|ing)|us(?:ed|ing)"
                r"|(?:attack|strik|struck|hit|target|pound|bombard|shell)\w*\s+(?:[\w'’-]+\s+){0,4}?with",
    "intercepted": r"shot\s+down|shoot(?:ing|s)?\s+down|intercept(?:ed|ing|s)?|destroy(?:ed|ing|s)?"
                   r"|down(?:ed|ing)|neutrali[sz](?:ed|ing)|jamm(?:ed|ing)",
}
# "death toll" may sit a few words further from its number ("the death toll in X rose to 12").
_TOLL = r"(?:death\s+)?toll"
# Cues that govern a number BEFORE them ("five people were killed", "12 injured", "3 dead").
_BACK = {
    "killed": r"killed|dead|died|die|deaths?|fatalities|lives|lost\s+(?:their|his|her)\s+lives"
              r"|fatally\s+\w+|bodies",
    "injured": r"injured|wounded|hurt|hospitali[sz]ed|injuries|taken\s+to\s+hospital",
    "launched": r"launched|fired|sent|used",
    "intercepted": r"shot\s+down|intercepted|destroyed|downed|neutrali[sz]ed|jammed",
}
# Back cues that count weapons only when the number names them: "17 drones targeted the city".
_BACK_WEAPON = r"targeted|attacked|struck|hit|pounded|slammed|rained"

# The noun a number counts ("17 drones", "five civilians", "30 km") decides what it can be.
_NOUN_CLASS: dict[str, str] = {}
for _cls, _words in {
    "person": "people persons person civilians civilian residents resident men man women woman "
              "others adults adult soldiers soldier troops servicemen serviceman workers worker "
              "employees passengers passenger victims victim individuals citizens police officers "
              "officer rescuers rescuer firefighters medics journalists volunteers pensioners "
              "elderly villagers patients staff guests members relatives",
    "child": "children child kids kid minors minor teenagers teenager teens teen boys boy girls "
             "girl babies baby infants infant toddlers toddler schoolchildren pupils students",
    "weapon": "drones drone uavs uav missiles missile rockets rocket shaheds shahed gerans geran "
              "decoys decoy bombs bomb shells shell munitions projectiles aircraft jets "
              "warheads interceptors "
              # model names and weapon adjectives come before the noun: "two Iskander-M ballistic
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
              "blast blasts explosion explosions occasions rounds",
}.items():
    for _w in _words.split():
        _NOUN_CLASS[_w] = _cls

_CHILD_WORD = re.compile(r"\b(?:" + "|".join(w for w, c in _NOUN_CLASS.items() if c == "child") + r")\b", re.I)
# Case-sensitive: "five may have died" is not a date.
_MONTH = re.compile(r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
# "a man was killed", "an 88-year-old woman was injured": a count of one without a numeral.
_ONE = re.compile(
    r"\b(?:a|an)\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\s+|young\s+|elderly\s+|little\s+|local\s+)?"
    r"(man|woman|person|civilian|resident|child|boy|girl|teenager|baby|infant|minor|toddler"
    r"|soldier|driver|pensioner|drone|missile|rocket)\b"
    # one weapon named by its model or kind, as a list item: "... and a Kinzhal", "an Iskander-M"
    r"|\b(?:a|an)\s+(?:(?:hypersonic|ballistic|cruise|guided|attack|kamikaze)\s+)?"
    r"(Iskander(?:-[MK])?|Kalibr|Kinzhal|Kh-\d+|Shahed(?:-\d+)?|Geran(?:-\d)?|Tomahawk|Neptune|Oreshnik"
    r"|ballistic\s+missile|cruise\s+missile|glide\s+bomb)(?![\w-])", re.I)
_INCLUDING = r"(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them\s+|incl\.)"
_PAREN = re.compile(r",?\s*\b" + _INCLUDING + r"[^,;:]*,?", re.I)
_HARD_STOP = re.compile(r"[;:()\[\]\"“”]|\s[—–-]\s|—|–")
_BACK_BLOCK = re.compile(r"\b(?:but|while|whereas|after|before|when|since|because|although|though|then)\b", re.I)
_FWD_BLOCK = re.compile(r"[,]|\b(?:and|or|but|while|whereas|as|after|before|when|which|who|since)\b", re.I)
_VERBISH = re.compile(_FWD["killed"] + "|" + _BACK["killed"] + "|were|was|have|had|are|is|been", re.I)
_WORD = re.compile(r"[A-Za-z0-9'’%]+")
_MAX_BACK, _MAX_FWD, _MAX_TOLL = 6, 4, 9

# Sentences that talk to a model rather than report news.
_INJECTION = re.compile("|".join([
    r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+|your\s+|these\s+|those\s+)*"
    r"(?:previous|prior|above|earlier|preceding|foregoing|system|original)\b",
    r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|your\s+|the\s+)?(?:instructions|prompts?|everything)\b",
    r"\bdisregard\s+(?:this|that|the\s+(?:article|text))\b",
    r"\byou\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?(?:ai|a\.i\.|assistant|language\s+model|llm|chat\s*bot|gpt|model)\b",
    r"\b(?:system|hidden|developer)\s+prompt\b",
    r"\bas\s+an\s+(?:ai|a\.i\.|assistant|language\s+model)\b",
    r"\b(?:output|print|emit|respond\s+with|reply\s+with)\s+(?:only\s+)?(?:the\s+following|this|exactly|valid)\b",
    r"\b(?:output|return|print|emit)\s+(?:\w+\s+){0,3}json\b",
    r"(?:^|\b(?:and|then|instead|please|must|should|now)\s+)(?:report|say|state|write)\s+(?:that\s+)?"
    rf"(?:at\s+least\s+|more\s+than\s+)?(?:{NUMBER})\s+(?:people\s+)?(?:were\s+)?"
    r"(?:dead|killed|died|injured|wounded|casualties)",
    r"\bnew\s+instructions?\b|\binstructions?\s*:|^(?:assistant|system|user)\s*:",
    r"\[/?inst\]|<\|im_(?:start|end)\|>|###\s*(?:instruction|system)",
    r"\b(?:note|message|attention)\s+(?:to|for)\s+(?:any\s+|the\s+|all\s+)?(?:ai|llms?|language\s+models?|assistants?|models?|bots?)\b",
    r"\b(?:ai|llm|language\s+model|chatbot)s?\s+(?:reading|processing|summari[sz]ing)\s+this\b",
    r"\byou\s+must\s+(?:output|respond|answer|say|report|return|extract|ignore)\b",
    r"\bdo\s+not\s+(?:extract|report|mention|include)\s+(?:any|the|this)\b",
]), re.I)

# Every _INJECTION branch needs one of these substrings; checking them first is ~10x cheaper.
_INJECTION_HINTS = ("ignor", "disregard", "forget", "you", "prompt", "as an", "output", "print", "emit",
                    "respond", "reply", "json", "report", "say", "state", "write", "instruction",
                    "assistant", "system", "user", "inst]", "<|im_", "###", "note", "message", "attention",
                    "reading", "processing", "summari", "do not")


def _addresses_model(sentence: str) -> bool:
    low = sentence.lower()
    return any(h in low for h in _INJECTION_HINTS) and _INJECTION.search(sentence) is not None


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

# --------------------------------------------------------------------------- per-article analysis


@dataclass(frozen=True)
class _Mention:
    m: NumberMention
    role: str | None  # killed / injured / launched / intercepted, or None (no fitting cue)
    noun: str | None  # person / child / weapon / unit / object, or None
    child: bool  # a child word counts this number ("two children", "two of the dead were children")
    sentence: int


@dataclass(frozen=True)
class _Context:
    text: str
    grounded: str  # text with instruction-like sentences blanked: only this can ground values
    lower: str  # grounded, lower-cased
    sentences: tuple[Sentence, ...]
    blocked: tuple[Window, ...]
    mentions: tuple[_Mention, ...]
    sent_tokens: tuple[tuple[tuple[str, int, int], ...], ...]  # per sentence: (token, start, end)


@lru_cache(maxsize=64)
def _context(text: str) -> _Context:
    sentences = tuple(split_sentences(text))
    blocked = tuple((s.start, s.end) for s in sentences if _addresses_model(s.text))
    chars = list(text)
    for a, b in blocked:
        chars[a:b] = " " * (b - a)
    grounded = "".join(chars)
    sent_tokens = tuple(tuple((t.group(0).lower(), t.start(), t.end()) for t in _WORD.finditer(text, s.start, s.end))
                        for s in sentences)
    mentions = tuple(_analyse_mentions(grounded, sentences)) if sentences else ()
    return _Context(text, grounded, grounded.lower(), sentences, blocked, mentions, sent_tokens)


def _analyse_mentions(text: str, sentences: Sequence[Sentence]) -> list[_Mention]:
    cues = _find_cues(text)
    out: list[_Mention] = []
    for si, s in enumerate(sentences):
        raw = _merge_compounds(text, find_numbers(text, s.start, s.end)) + _singular_mentions(text, s)
        raw.sort(key=lambda m: m.start)
        sent_cues = cues[bisect_left(cues, (s.start,)):bisect_left(cues, (s.end + 1,))]
        previous: _Mention | None = None
        earlier: list[_Mention] = []
        for m in raw:
            if _not_a_count(text, m):
                continue
            singular = m.value == 1 and re.match(r"an?\s", m.text, re.I)
            if singular:  # "a man", "a 9-year-old boy", "a Kh-101", "an Iskander-M"
                noun = _NOUN_CLASS.get(re.split(r"[\s-]", m.text.lower())[-1]) or \
                    _NOUN_CLASS.get(m.text.split()[1].split("-")[0].lower())
            else:
                noun = _noun_after(text, m.end, s.end)
            if noun == "unit" or (_is_year(m) and noun not in ("person", "child", "weapon")):
                continue
            role = _role(text, m, noun, sent_cues)
            if role is None and previous is not None and previous.role:
                role = _inherited(text[previous.m.end:m.start], previous, noun)
            if role is None:
                role = _list_role(text, m, noun, earlier)
            child = noun == "child" or bool(_CHILD_WORD.search(_clause_after(text, m.end, s.end, 5)))
            mention = _Mention(m, role, noun, child, si)
            out.append(mention)
            earlier.append(mention)
            previous = mention
    return out


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
_ASIDE = re.compile(r",\s*(?:including|of\s+which|of\s+them|among\s+them|incl\.)\b[^,;:]*(?=,)", re.I)
_LIST_JOINT = re.compile(r"(?:,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+plus\s+|\s+as\s+well\s+as\s+|,?\s+along\s+with\s+)$", re.I)


def _list_role(text: str, m: NumberMention, noun: str | None, earlier: list[_Mention]) -> str | None:
    """A list item takes the role of the list it continues: "launched 164 drones and two
    Iskander-M ballistic missiles", "fired 40 Shaheds, three Kalibr cruise missiles and a
    Kinzhal", also past an aside ("48 drones, of which 40 were shot down, and four missiles")."""
    if noun not in ("weapon", "person", "child"):
        return None
    for p in reversed(earlier):
        if p.role is None or p.noun != noun and {p.noun, noun} != {"person", "child"}:
            continue
        gap = _ASIDE.sub("", text[p.m.end:m.start])
        if _HARD_STOP.search(gap) or not _LIST_JOINT.search(gap):
            continue
        head = re.sub(r"[A-Za-z]-\d+\w*", " ", _LIST_JOINT.sub("", gap))  # "Kh-101", "Shahed-136": names
        if COUNT_RE.search(head) or _VERBISH.search(head) or len(_WORD.findall(head)) > 9:
            continue
        return p.role
    return None


def _find_cues(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, role, direction) for every cue word; direction 'fwd', 'back' or 'toll'."""
    cues = []
    for role, pattern in _FWD.items():
        cues += [(c.start(), c.end(), role, "fwd") for c in re.finditer(rf"\b(?:{pattern})\b", text, re.I)]
    cues += [(c.start(), c.end(), "killed", "toll") for c in re.finditer(rf"\b{_TOLL}\b", text, re.I)]
    for role, pattern in _BACK.items():
        cues += [(c.start(), c.end(), role, "back") for c in re.finditer(rf"\b(?:{pattern})\b", text, re.I)]
    cues += [(c.start(), c.end(), "launched", "back_weapon")
             for c in re.finditer(rf"\b(?:{_BACK_WEAPON})\b", text, re.I)]
    cues.sort()
    return cues


def _role(text: str, m: NumberMention, noun: str | None, cues) -> str | None:
    """The role of the nearest cue that governs this number and fits the noun it counts."""
    best: tuple[int, int, str] | None = None
    for start, end, role, direction in cues:
        if not _fits_noun(role, noun):
            continue
        if direction == "back_weapon" and noun != "weapon":
            continue
        if direction in ("back", "back_weapon") and start >= m.end:
            dist = _back_distance(text[m.end:start])
            rank = 0
        elif direction in ("fwd", "toll") and end <= m.start:
            dist = _fwd_distance(text[end:m.start], toll=direction == "toll")
            rank = 1
        else:
            continue
        if dist is not None and (best is None or (dist, rank) < best[:2]):
            best = (dist, rank, role)
    return best[2] if best else None


def _fits_noun(role: str, noun: str | None) -> bool:
    if role in ("killed", "injured"):
        return noun in (None, "person", "child")
    return noun in (None, "weapon")


def _back_distance(gap: str) -> int | None:
    gap = _PAREN.sub(" ", gap)  # "five people, including two children, were killed"
    if _HARD_STOP.search(gap) or _BACK_BLOCK.search(gap) or COUNT_RE.search(gap):
        return None
    n = len(_WORD.findall(gap))
    return n if n <= _MAX_BACK else None


def _fwd_distance(gap: str, toll: bool = False) -> int | None:
    # "the death toll after the strike rose to 12" may hold conjunctions; a verb's object may not.
    block = "," in gap if toll else _FWD_BLOCK.search(gap)
    if block or _HARD_STOP.search(gap) or COUNT_RE.search(gap):
        return None
    n = len(_WORD.findall(gap))
    return n if n <= (_MAX_TOLL if toll else _MAX_FWD) else None


def _noun_after(text: str, pos: int, end: int) -> str | None:
    """Class of the noun the number counts: first known noun in the next three words
    ("attack"/"strike" before a weapon are modifiers: "700 attack drones")."""
    modifier = None
    for i, w in enumerate(re.finditer(r"[A-Za-z%'’]+", text[pos:min(end, pos + 60)])):
        if i >= 3 or _HARD_STOP.search(text[pos:pos + w.start()]) or "," in text[pos:pos + w.start()]:
            break
        word = w.group(0).lower()
        if word in ("attack", "strike", "assault", "kamikaze"):
            modifier = modifier or "object"
            continue
        if word in _NOUN_CLASS:
            return _NOUN_CLASS[word]
        if _VERBISH.fullmatch(word):
            break
    return modifier


def _clause_after(text: str, pos: int, end: int, words: int) -> str:
    """Up to `words` words after pos, stopping at a clause boundary or another number."""
    tail = text[pos:min(end, pos + 80)]
    stop = re.search(_HARD_STOP.pattern + "|,", tail)
    tail = tail[:stop.start()] if stop else tail
    nxt = COUNT_RE.search(tail)
    tail = tail[:nxt.start()] if nxt else tail
    return " ".join(_WORD.findall(tail)[:words])


def _not_a_count(text: str, m: NumberMention) -> bool:
    """Ages, times, dates, model designations, money and percentages are never counts."""
    before, after = text[max(0, m.num_start - 12):m.num_start], text[m.end:m.end + 14]
    if re.match(r"-[A-Za-z]", after) or re.match(r"\s*(?:%|per\s*cent|percent)", after, re.I):
        return True  # "88-year-old", "1,000-kilometre", "nine-storey", "40%"
    if re.search(r"[A-Za-z]-$|[$€£₴]$|\d[:.]$|\bno\.\s*$", before, re.I):
        return True  # "Kh-101", "S-300", "$5", "10:30"
    if re.match(r"(?::\d|\s*(?:a\.m|p\.m|am\b|pm\b|o'clock|gmt|utc|local\s+time|h\b))", after, re.I):
        return True
    if m.value == 1 and re.match(r"\s+of\s+(?:\w+\s+){0,2}?(?:most|many|several|\w+est)\b",
                                 text[m.end:m.end + 40], re.I):
        return True  # "one of its largest attacks"
    if re.search(r"\b(?:aged|age\s+of)\s*$", before, re.I) or re.match(r"\s+years?\s+old", after, re.I):
        return True
    if re.search(rf"\b(?:{_MONTH.pattern})\.?\s*$", before) or re.match(rf"\s*(?:{_MONTH.pattern})\b", after):
        return True  # "March 12", "12 March"
    return False


def _is_year(m: NumberMention) -> bool:
    num = m.text[m.num_start - m.start:]
    return bool(re.fullmatch(r"(?:19|20)\d\d", num))


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


def _singular_mentions(text: str, s: Sentence) -> list[NumberMention]:
    return [NumberMention(1, Qualifier.exact, m.start(), m.end(), m.start(), m.group(0))
            for m in _ONE.finditer(text, s.start, s.end)]


# --------------------------------------------------------------------------- alignment

_CHAR_FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
                            "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
                            "–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-", "\u00a0": " "})


def _normalise(text: str) -> tuple[str, list[int]]:
    """Lower-case, fold quote and dash characters, collapse whitespace; keep a map to offsets."""
    folded = text.translate(_CHAR_FOLD)
    low = folded.lower()
    if len(low) != len(folded):  # a rare character whose lower case is longer: keep its case
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    parts: list[str] = []
    index: list[int] = []
    pos = 0
    for ws in re.finditer(r"\s+", low):
        parts += [low[pos:ws.start()], " "]
        index += range(pos, ws.start() + 1)  # the run of spaces maps to its first character
        pos = ws.end()
    parts.append(low[pos:])
    index += range(pos, len(low))
    return "".join(parts), index


@lru_cache(maxsize=16)
def _normal_form(text: str) -> tuple[str, list[int]]:
    return _normalise(text)


def align(quote: str, text: str, *, near: int | None = None) -> Span | None:
    """A Span of `text` for `quote`: exact, then insensitive, then fuzzy; None if unalignable."""
    if not quote or not quote.strip() or not text:
        return None
    hits = _all_occurrences(text, quote)
    if hits:
        start = _nearest(hits, near)
        return Span(text=quote, start=start, end=start + len(quote))
    ctx = _context(text)
    norm, norm_map = _normal_form(text)
    q = _normalise(quote.strip())[0].strip()
    hits = _all_occurrences(norm, q) if q else []
    if hits:
        i = _nearest([norm_map[h] for h in hits], near)
        j = hits[[norm_map[h] for h in hits].index(i)]
        start, end = norm_map[j], norm_map[j + len(q) - 1] + 1
        return Span(text=text[start:end], start=start, end=end)
    return _fuzzy(quote, ctx, near)


def _all_occurrences(hay: str, needle: str) -> list[int]:
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def _nearest(positions: list[int], near: int | None) -> int:
    return positions[0] if near is None else min(positions, key=lambda p: (abs(p - near), p))


def _fuzzy(quote: str, ctx: _Context, near: int | None, min_coverage: float = 0.75) -> Span | None:
    """difflib blocks of the quote's tokens within a one- or two-sentence window."""
    q = [t.lower() for t in _WORD.findall(quote)]
    if len(q) < 2:
        return None
    qset = set(q)
    # Shortlist windows by shared tokens so a long article costs only a few SequenceMatchers.
    windows = []
    for i in range(len(ctx.sent_tokens)):
        for width in (1, 2):
            toks = [t for k in range(i, min(i + width, len(ctx.sent_tokens))) for t in ctx.sent_tokens[k]]
            overlap = len(qset & {t[0] for t in toks})
            if overlap / len(qset) >= min_coverage * 0.8:
                windows.append((overlap, -width, toks))
    best: tuple[float, int, int, int] | None = None
    for _, _, toks in sorted(windows, key=lambda w: w[:2], reverse=True)[:6]:
        words = [t[0] for t in toks]
        sm = difflib.SequenceMatcher(None, q, words, autojunk=False)
        blocks = [b for b in sm.get_matching_blocks() if b.size]
        matched = sum(b.size for b in blocks)
        coverage = matched / len(q)
        if coverage < min_coverage:
            continue
        first, last = blocks[0].b, blocks[-1].b + blocks[-1].size - 1
        if last - first + 1 > 1.5 * len(q) + 2:  # scattered matches are not a paraphrase
            continue
        start, end = toks[first][1], toks[last][2]
        dist = abs(start - near) if near is not None else 0
        key = (-coverage, dist, start, end)
        if best is None or key < best:
            best = key
    if best is None:
        return None
    start, end = best[2], best[3]
    return Span(text=ctx.text[start:end], start=start, end=end)


# --------------------------------------------------------------------------- grounding checks


def instruction_like_sentences(text: str) -> list[Window]:
    """(start, end) of sentences that address a model rather than report news."""
    return list(_context(text).blocked)


def evidence_windows(spans: Iterable[Span], text: str) -> list[Window]:
    """Character windows covering each evidence span's sentence(s) plus one neighbour each side."""
    sents = _context(text).sentences
    if not sents:
        return []
    out: list[Window] = []
    for sp in spans:
        a = max(0, sentence_at(list(sents), sp.start) - 1)
        b = min(len(sents) - 1, sentence_at(list(sents), max(sp.start, sp.end - 1)) + 1)
        out.append((sents[a].start, sents[b].end))
    out.sort()
    merged: list[Window] = []
    for w in out:
        if merged and w[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], w[1]))
        else:
            merged.append(w)
    return merged


def ground_count(value: int, field: str, text: str, window: Window | Sequence[Window], *,
                 qualifier: Qualifier | None = None, near: int | None = None) -> NumberMention | None:
    """The mention that states `value` beside a cue fitting `field` inside `window`, or None.

    `field` may be a path ("weapons[0].launched"). When several mentions fit, the one with
    `qualifier` wins, then the one nearest `near`, then the first in the text.
    """
    hits = _candidates(value, field, _context(text), _windows(window))
    if not hits:
        return None
    return min(hits, key=lambda m: (qualifier is not None and m.qualifier != qualifier,
                                    abs(m.start - near) if near is not None else 0, m.start))


def _windows(window: Window | Sequence[Window]) -> list[Window]:
    if len(window) == 2 and all(isinstance(x, int) for x in window):
        return [tuple(window)]  # type: ignore[list-item]
    return [tuple(w) for w in window]  # type: ignore[misc]


def _candidates(value: int, field: str, ctx: _Context, windows: list[Window]) -> list[NumberMention]:
    base = field.rsplit(".", 1)[-1]
    role = FIELD_ROLE.get(base)
    if role is None:
        return []
    return [x.m for x in ctx.mentions
            if x.m.value == value and x.role == role and (x.child or not base.startswith("children_"))
            and any(a <= x.m.start and x.m.end <= b for a, b in windows)]


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


def check_numbers(record: Attack | dict, text: str, window: Window | Sequence[Window] | None = None) -> list[str]:
    """Problems with a record's numbers, phrased for an LLM re-ask; [] when all are grounded.

    `window` defaults to the record's evidence windows (the whole text when it has none).
    """
    data = record.model_dump(warnings=False) if isinstance(record, Attack) else dict(record)
    ctx = _context(text)
    if window is None:
        spans = [s for s in (_realign(sp, text) for sp in data.get("evidence") or [])
                 if s and not _in_blocked(s, ctx)]
        windows = evidence_windows(spans, text) or [(0, len(text))]
    else:
        windows = _windows(window)
    problems = []
    for path, raw in _count_items(data):
        value = raw.get("value") if isinstance(raw, dict) else getattr(raw, "value", raw)
        if isinstance(value, int) and not _candidates(value, path, ctx, windows):
            problems.append(_problem(path, value, ctx))
    return problems


def _problem(path: str, value: int, ctx: _Context) -> str:
    base = path.rsplit(".", 1)[-1]
    if not any(x.m.value == value for x in ctx.mentions):
        return (f"{path}={value}: the article never states {value} (as digits or words); "
                f"use a number the article gives or leave {base} null")
    extra = " and a child/children word" if base.startswith("children_") else ""
    cue = CUE_WORDS[FIELD_ROLE[base]]
    return (f"{path}={value} does not appear next to a {cue} cue{extra} in the evidence; "
            f"use the number the article gives for {base} or leave it null")


def _count_items(data: dict) -> list[tuple[str, Any]]:
    items = [(name, data.get(name)) for name in FIELD_ROLE if name not in ("launched", "intercepted")]
    for i, w in enumerate(data.get("weapons") or []):
        if isinstance(w, dict):
            items += [(f"weapons[{i}].{name}", w.get(name)) for name in ("launched", "intercepted")]
    return [(p, v) for p, v in items if v is not None]


def _in_blocked(span: Span, ctx: _Context) -> bool:
    return any(span.start < b and a < span.end for a, b in ctx.blocked)


def _realign(span: Any, text: str) -> Span | None:
    """A span that reproduces the text: as given, or re-aligned from its quoted text."""
    if isinstance(span, Span):
        span = span.model_dump()
    if not isinstance(span, dict) or not isinstance(span.get("text"), str):
        return None
    q, start, end = span["text"], span.get("start"), span.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end and text[start:end] == q and q.strip():
        return Span(text=q, start=start, end=end)
    return align(q, text, near=start if isinstance(start, int) else None)


# --------------------------------------------------------------------------- enforce


def enforce(result: "BackendResult", article: "Article") -> "BackendResult":
    """Keep only what the article supports; every removal is recorded in result.rejected."""
    text = article.text
    ctx = _context(text)
    attacks, diplomacy = [], []
    for kind, records, keep in (("attacks", result.attacks, attacks), ("diplomacy", result.diplomacy, diplomacy)):
        for i, rec in enumerate(records):
            grounded = _enforce_record(rec, f"{kind}[{i}]", ctx, result)
            if grounded is not None:
                keep.append(grounded)
    result.attacks, result.diplomacy = attacks, diplomacy
    return result


def _origin(sources: dict, path: str) -> Origin:
    for key in (path, path.split("[")[0], path.rsplit(".", 1)[-1]):
        if key in sources:
            try:
                return Origin(sources[key])
            except ValueError:
                break
    return Origin.llm


def _reject(result, path: str, value: Any, reason: str, sources: dict) -> None:
    result.rejected.append(Rejection(field=path, value=str(value)[:200], reason=reason, origin=_origin(sources, path)))


def _enforce_record(rec: Attack | Diplomacy, where: str, ctx: _Context, result) -> Attack | Diplomacy | None:
    model = type(rec)
    data = rec.model_dump(warnings=False)
    sources = data.get("sources") or {}
    data["evidence"] = _ground_evidence(data.get("evidence") or [], where, ctx, result, sources)
    if not data["evidence"]:
        _reject(result, where, _describe(data), "no evidence span aligns to the article text "
                "(outside instruction-like sentences)", sources)
        return None
    windows = evidence_windows([Span(**s) for s in data["evidence"]], ctx.text)
    if model is Attack:
        _ground_counts(data, where, ctx, windows, result, sources)
        kept = []
        for j, loc in enumerate(data.get("locations") or []):
            if ground_place(loc["name"], ctx.text):
                kept.append(loc)
            else:
                _reject(result, f"{where}.locations[{j}]", loc["name"], "place not named in the article", sources)
        data["locations"] = kept
        _consistency(data, where, result, sources)
    else:
        kept = []
        for j, name in enumerate(data.get("participants") or []):
            if ground_name(name, ctx.text):
                kept.append(name)
            else:
                _reject(result, f"{where}.participants[{j}]", name, "participant not named in the article", sources)
        data["participants"] = kept
        loc = data.get("location")
        if loc and not ground_place(loc["name"], ctx.text):
            _reject(result, f"{where}.location", loc["name"], "place not named in the article", sources)
            data["location"] = None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        _reject(result, where, _describe(data), f"record invalid after grounding: {exc.errors()[0]['msg']}", sources)
        return None


def _ground_evidence(spans: list, where: str, ctx: _Context, result, sources: dict) -> list[dict]:
    kept: list[dict] = []
    for j, sp in enumerate(spans):
        fixed = _realign(sp, ctx.text)
        quote = sp.get("text") if isinstance(sp, dict) else None
        if fixed is None:
            _reject(result, f"{where}.evidence[{j}]", quote, "evidence does not align to the article text", sources)
            continue
        if _in_blocked(fixed, ctx):
            _reject(result, f"{where}.evidence[{j}]", quote, "evidence lies in an instruction-like sentence", sources)
            continue
        if (fixed.start, fixed.end) != (sp.get("start"), sp.get("end")):
            result.warnings.append(f"{where}.evidence[{j}]: re-aligned to [{fixed.start}, {fixed.end})")
        d = fixed.model_dump()
        if d not in kept:
            kept.append(d)
    return kept


def _ground_counts(data: dict, where: str, ctx: _Context, windows: list[Window], result, sources: dict) -> None:
    for path, raw in _count_items(data):
        holder, key = _holder(data, path)
        count = Count.model_validate(raw) if isinstance(raw, dict) else Count(value=int(raw))
        near = count.evidence.start if count.evidence and ctx.text[count.evidence.start:count.evidence.end] == count.evidence.text else None
        hits = _candidates(count.value, path, ctx, windows)
        if not hits:
            _reject(result, f"{where}.{path}", count.value, _problem(path, count.value, ctx), sources)
            holder[key] = None
            sources.pop(path, None)
            continue
        m = min(hits, key=lambda h: (h.qualifier != count.qualifier, abs(h.start - near) if near is not None else 0, h.start))
        if m.qualifier != count.qualifier:
            result.warnings.append(f"{where}.{path}: qualifier corrected from {count.qualifier.value} to "
                                   f"{m.qualifier.value} as the text says {m.text!r}")
        holder[key] = {"value": count.value, "qualifier": m.qualifier,
                       "evidence": {"text": m.text, "start": m.start, "end": m.end}}


def _holder(data: dict, path: str) -> tuple[dict, str]:
    if "." not in path:
        return data, path
    head, key = path.split(".")
    return data["weapons"][int(head[len("weapons["):-1])], key


def _consistency(data: dict, where: str, result, sources: dict) -> None:
    """Drop the value that breaks a model invariant rather than losing the whole record."""
    for i, w in enumerate(data.get("weapons") or []):
        la, ic = w.get("launched"), w.get("intercepted")
        if la and ic and ic["value"] > la["value"]:
            path = f"weapons[{i}].intercepted"
            _reject(result, f"{where}.{path}", ic["value"], f"intercepted exceeds launched ({la['value']})", sources)
            w["intercepted"] = None
            sources.pop(path, None)
    for part, whole in (("children_killed", "killed"), ("children_injured", "injured")):
        p, t = data.get(part), data.get(whole)
        if p and t and p["value"] > t["value"] and Qualifier(t["qualifier"]) is Qualifier.exact:
            _reject(result, f"{where}.{part}", p["value"], f"{part} exceeds {whole} ({t['value']})", sources)
            data[part] = None
            sources.pop(part, None)


def _describe(data: dict) -> str:
    names = ", ".join(loc["name"] for loc in data.get("locations") or []) or ", ".join(data.get("participants") or [])
    ev = (data.get("evidence") or [{}])[0].get("text", "") if data.get("evidence") else ""
    return (names or data.get("description") or ev or "record")[:200]
