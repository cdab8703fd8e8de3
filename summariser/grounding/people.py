"""People counted without a numeral: one person or weapon named with a determiner ("a man",
"its driver", "an Iskander-M": a count of one, `implied`), a child by age ("a nine-year-old girl"),
kin counted and then aged ("his two nephews, aged 9 and 16"), and a family told as a relation
("a father and his three daughters": 4). Read by `cues` with the numbers of each sentence.
"""

from __future__ import annotations

import re

from ..articles.found_bodies import BODY_AFTER_OWNER
from ..knowledge import cues
from ..lexicon.casualties import PERSON_PLACE_BEFORE_VERB
from ..numbers import NumberMention
from ..records import Qualifier
from ..sentences import Sentence
from . import vocabulary

# One person or weapon named without a numeral: "a man was killed", "an 88-year-old woman was
# injured", "killing a motorist and injuring his passenger", "its driver died". A count of one
# whose support is `implied` (see `IMPLIED_DETERMINER`).
_ONE_PERSON_NOUNS = cues.words_alternation("casualties", "single_person_nouns")  # with every trade (dev30 B11): one list with the rules'
_WEAPON_WORD = (rf"(?:{vocabulary.pattern('weapon_modifiers')}|{vocabulary.pattern('single_weapon_words')}"
                r"|[A-Za-z]{1,8}-\d+[A-Za-z]*)")  # "Kh-59", "Shahed-136", "FAB-500"
_IMPACT_OR_LAUNCH = rf"(?:{vocabulary.pattern('impact_verbs')}|launched|fired|dropped|(?:was|were)\s+(?:fired|launched))"
_SINGLE_WEAPON = (rf"\b(?:a|an)\s+(?:{_WEAPON_WORD}\s+){{0,2}}({vocabulary.pattern('single_weapon_nouns')})(?![\w'’-])"
                  rf"(?!\s+(?:{vocabulary.pattern('single_weapon_compounds')})\b)"
                  rf"(?=(?:,?\s+[\w'’-]+){{0,4}}?,?\s+(?:{_IMPACT_OR_LAUNCH})\b)")
_ONE = re.compile(
    r"\b(?:an?|its|his|her|their|the|our|my|your)\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)s?-old\s+|young\s+|elderly\s+|little\s+"
    r"|local\s+|teenage\s+|female\s+|male\s+)?"
    # up to two words naming the trade or the kind of the person: "a truck driver", "a retired
    # tram driver", "a school pupil"
    r"(?:(?!(?:and|or|of|but|who|was|were|other)\b)[a-z]+\s+){0,2}?"
    # r19 (dev35 C1): "of" only before where the person is from ("a resident of the village of X was killed")
    rf"({_ONE_PERSON_NOUNS})\b(?!['’-])(?!\s+(?:said|told|says)\b)(?!(?!{PERSON_PLACE_BEFORE_VERB})\s+of\b)"
    r"|\b(?:a|an)\s+(drone|missile|rocket)\b"
    # one more person, after one counted: "one was killed and another was injured"
    r"|\banother(?=\s+(?:was|died|had|has|is)\b)"
    rf"|\banother\s+(?:[a-z]+\s+)??({_ONE_PERSON_NOUNS})\b(?!['’-])"
    # one person named by an age alone: "a 45-year-old was killed", "an 81-year-old, who ..."
    # ("injured a 16-year-old in Sumy": a place or time after the age, no noun)
    r"|\b(?:a|an)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)s?-old(?=\s*[,.;]|\s+(?:was|had|has|died|is|who|and|were"
    r"|in|at|on|near|inside|outside|when|while|during|after|overnight|late|early|among)\b)"
    # one weapon named by its model or kind, as a list item: "... and a Kinzhal", "an Iskander-M"
    r"|\b(?:a|an)\s+(?:(?:hypersonic|ballistic|cruise|guided|attack|kamikaze)\s+)?"
    r"(Iskander(?:-[MK])?|Kalibr|Kinzhal|Kh-\d+|Shahed(?:-\d+)?|Geran(?:-\d)?|Tomahawk|Neptune|Oreshnik"
    r"|ballistic\s+missile|cruise\s+missile|glide\s+bomb)(?![\w-])"
    # r17 (dev32-A1): one weapon with up to two words before its noun, as the subject of a verb of
    # impact or launch: "a Russian glide bomb tore through", "a single Kh-59 missile slammed into"
    rf"|{_SINGLE_WEAPON}"
    # r16 (dev30 A5): one person told by the body found, in the possessive: "recovered a woman's body",
    # "an elderly man's remains were found" (`role_cues` reads the body as killed)
    r"|\b(?:an?)\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)s?-old\s+|young\s+|elderly\s+|little\s+"
    r"|local\s+|teenage\s+|female\s+|male\s+)?(?:(?!(?:and|or|of|but|who|was|were|other)\b)[a-z]+\s+){0,2}?"
    rf"(?:{_ONE_PERSON_NOUNS})(?={BODY_AFTER_OWNER})", re.I)
# A person of an age under 18 is a child: "their 14-year-old son", "a nine-year-old girl".
_AGE = re.compile(r"\b(\d+|[a-z]+(?:-[a-z]+)?)-year-old\b", re.I)


# An age told in months, weeks or days ("a 7-month-old baby"): a child whatever the number.
_INFANT_AGE = re.compile(r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:month|week|day)s?-old\b", re.I)


def told_age(word: str) -> bool:
    """The word is an age ("15-year-old", "two-month-old"), not a count of people."""
    return _AGE.fullmatch(word) is not None or _INFANT_AGE.fullmatch(word) is not None


def minor(words: str) -> bool:
    from ..numbers import parse_number

    if _INFANT_AGE.search(words):
        return True
    m = _AGE.search(words)
    age = parse_number(m.group(1)) if m else None
    return age is not None and age < 18


# Kin counted, then aged: "his two nephews, aged 9 and 16", "three grandchildren, ages 4, 7 and 12".
_KIN_AGES = re.compile(rf"\s+(?:[\w'’-]+\s+)?(?:{vocabulary.pattern('kin_nouns')}),?\s*\(?\s*(?:aged|ages)\s+"
                       r"(?P<ages>[\w-]+(?:\s*(?:,|and|&)\s*[\w-]+)*)", re.I)


def kin_minors(text: str, pos: int) -> bool:
    """Relations counted and then given ages are children when every age is under 18 (sons of
    30 and 34 are not); a relation with no ages after it is no child."""
    from ..numbers import parse_number

    m = _KIN_AGES.match(text, pos)
    ages: list[int] = []
    for word in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("ages")) if m else []:
        if (age := parse_number(word)) is None:
            break  # "aged 10 and 15 and their mother": the ages end at "their"
        ages.append(age)
    return bool(ages) and all(a < 18 for a in ages)


# A singular mention that starts with one of these is a count of one by implication.
IMPLIED_DETERMINER = re.compile(r"(?:an?|its|his|her|their|the|another)(?:\s|$)", re.I)

# One person named, not counted, right after a kill or wound verb: "killing Halyna, who ran the
# kiosk", "wounding Serhiy and his son", "killed Petro, a retired tram driver", "among the dead was
# Oksana" (read as killed by `cues`: "died was", "the dead was"). Only a single
# capitalised word that a comma, a full stop, "who" or "and his/her" ends; never a weekday or month.
_NAMED = re.compile(r"(?i:\b(?:kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed))|\bamong\s+(?:those\s+(?:who\s+)?(?:died|were\s+killed"
                    r"|killed)|the\s+(?:dead|killed))\s+(?:was|were))\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\s+)?(?P<name>(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
                    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b))"
                    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=\s*[,.;]|\s*$|\s+who\b|\s+and\s+(?:his|her|their)\b)")
NAMED_PERSON = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def named_mentions(text: str, s: Sentence) -> list[NumberMention]:
    """One person per given name a kill or wound verb takes as its object (`_NAMED`)."""
    return [NumberMention(1, Qualifier.exact, m.start("name"), m.end("name"), m.start("name"), m.group("name"))
            for m in _NAMED.finditer(text, s.start, s.end)]


def singular_mentions(text: str, s: Sentence) -> list[NumberMention]:
    from .child_ages import aged_mentions  # "a boy of seven": `_ONE` leaves a noun before "of" out

    return named_mentions(text, s) + aged_mentions(text, s) + [NumberMention(1, Qualifier.exact, m.start(), m.end(), m.start(), m.group(0))
            for m in _ONE.finditer(text, s.start, s.end)] + _family_mentions(text, s) + [
        NumberMention(2, Qualifier.exact, m.start(), m.end(), m.start(), m.group(0))
        for m in PAIR.finditer(text, s.start, s.end)]




# "a father and his three daughters", "an old couple and their grandson": a family as one count
# (its parts are still read on their own: "her two sons" stays 2).
_AGED = (r"(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)s?-old\s+|young\s+|elderly\s+|little\s+|teenage\s+|adult\s+"
         r"|grown-up\s+|eldest\s+|youngest\s+|older\s+|younger\s+|newborn\s+|infant\s+)?")
_KIN_COUNT = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# the first person may carry an age ("a woman, 38, and her two sons", "a man (61) and his wife"),
# the kin may be joined by "with" ("a mother with her three children") and counted as a part of
# them ("a woman and two of her grandchildren")
_FIRST_AGE = r"(?:\s*,\s*\d{1,3}\s*,|\s*\(\s*\d{1,3}\s*\))?"
_KIN_JOINT = r"\s+(?:and|with|together\s+with|along\s+with)\s+"
_FAMILY = re.compile(
    rf"\b(?:an?|the)\s+{_AGED}(?:(?P<pair>{vocabulary.pattern('family_pair_nouns')})|(?:{_ONE_PERSON_NOUNS})){_FIRST_AGE}"
    rf"{_KIN_JOINT}(?:(?P<part>{_KIN_COUNT})\s+of\s+)?(?:her|his|their)\s+(?:(?P<n>{_KIN_COUNT})\s+)?{_AGED}"
    rf"(?P<kin>{vocabulary.pattern('kin_nouns')})\b(?!['’-])",
    re.I)


def family_counts(text: str) -> frozenset[int]:
    """The sizes of the families `text` tells as relations ("a father and his three daughters": 4), of
    pairs ("an elderly couple", "twin brothers") and groups ("a man and a woman", "both drivers":
    `groups`), for the draft validator, which asks again only for a number the article states in
    no form."""
    from .groups import group_mentions

    whole = Sentence(text=text, start=0, end=len(text))
    return frozenset(m.value for m in _family_mentions(text, whole) + group_mentions(text, whole)) | \
        ({2} if PAIR.search(text) else set())


def _family_mentions(text: str, s: Sentence) -> list[NumberMention]:
    from ..numbers import parse_number

    out = []
    for m in _FAMILY.finditer(text, s.start, s.end):
        plural = m.group("kin").lower().endswith(("s", "children", "twins")) and \
            m.group("kin").lower() not in ("boss",)
        counted = m.group("part") or m.group("n")  # "two of her children": two
        kin = parse_number(counted) if counted else (None if plural else 1)
        if kin is None:
            continue  # "and their children": no count
        first = 2 if m.group("pair") else 1
        out.append(NumberMention(first + kin, Qualifier.exact, m.start(), m.end(), m.start(), m.group(0)))
    return out


# Two people told as a pair, with no numeral: "an elderly couple died", "twin brothers were hurt",
# "the twins". Never "a couple of ..." (a number word), "the couple's home", nor a couple told with
# their kin ("a couple and their son": `_FAMILY`).
PAIR = re.compile(
    rf"\b(?:(?:an?|the)\s+{_AGED}(?:{vocabulary.pattern('family_pair_nouns')})\b(?!['’-])(?!\s+(?:of|and|who)\b)"
    r"|(?:(?:an?|the|two)\s+)?twin\s+(?:brothers|sisters|boys|girls|sons|daughters)\b"
    r"|(?:the|a\s+pair\s+of)\s+(?:\w+\s+)?twins\b)", re.I)