"""Casualty cues: killed / injured words around a number, tolls, children, and one person named
without a number ("a man was killed")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..articles import told_ages
from ..articles.injuries_had import INJURY_HAD
from ..knowledge import cues
from ..knowledge import views as _kv


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first so "decoy drones" beats "drones"."""
    return "|".join(sorted(words, key=len, reverse=True))


# --------------------------------------------------------------------------- casualties

KILLED_AFTER = cues.alternation("casualties", "killed_after")
# r14: an injury told by what happened to the person ("was hit by shrapnel", "treated for burns")
INJURY_TOLD_AFTER = cues.alternation("casualties", "injury_told_after") + "|" + INJURY_HAD
INJURED_AFTER = cues.alternation("casualties", "injured_after") + "|" + INJURY_TOLD_AFTER
KILLED_BEFORE = cues.alternation("casualties", "killed_before")

def _plural(noun: str) -> str:
    """The plural of a trade noun's phrase: "welder" -> "welders", "lineman" -> "linemen"."""
    return noun[:-3] + "men" if noun.endswith("man") else noun + "es" if re.search(r"(?:s|sh|ch|x)$", noun) \
        else noun + "s"


# dev30 B11: every trade (knowledge/data/cues/casualties.yaml trade_nouns) counts people in the plural too
TRADE_NOUNS = tuple(cues.phrases("casualties", "trade_nouns"))
TRADE_PLURALS = tuple(map(_plural, TRADE_NOUNS))  # one plural form per trade, for every reader ("linemen", "guards")
PERSON_NOUNS = tuple(dict.fromkeys([*cues.phrases("casualties", "person_nouns"), *TRADE_PLURALS]))
CHILD_NOUNS = tuple(cues.phrases("casualties", "child_nouns")) + tuple(cues.phrases("casualties", "school_child_nouns"))
PERSON_NOUN_ALT = _alt(PERSON_NOUNS + CHILD_NOUNS)
CHILD_NOUN_ALT = _alt(CHILD_NOUNS)
CHILD_RE = re.compile(rf"^(?:{_alt(CHILD_NOUNS)})$", re.I)
# r14: "shrapnel hit a passer-by", "flying glass cut two women": the blast's fragments hit people, told
# as the verb's object (never "fragments struck the bus")
INJURY_TOLD_BEFORE = (rf"(?:{cues.alternation('casualties', 'injury_told_before')})(?=\s+(?:a|an|one|another|two|three"
                      rf"|four|five|six|seven|eight|nine|ten|\d+|several)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{_alt(cues.phrases('casualties', 'single_person_nouns'))}|{PERSON_NOUN_ALT})\b)")
INJURED_BEFORE = cues.alternation("casualties", "injured_before") + "|" + INJURY_TOLD_BEFORE

# r19 (dev36 C1): a descriptive apposition between a counted group and its casualty verb, headed by a
# people noun: "Two cyclists, women aged 52 and 67, were hurt", "three sailors, citizens of Chile and Peru,
# were injured", "four guards, both employees of the port, ...", "two medics, men in their fifties, ...".
# It says who the people counted were and counts nothing; a list ("two passengers, a driver and a
# conductor were hurt") is no apposition: the aside is headed by a plural people noun and closed by a
# comma. One reader for both paths: the rules step over it between a count and its cue
# (`backends/rules/casualties`), grounding takes it out of the gap (`grounding/cue_gaps`).
_NOT_MODIFIER_WORD = (r"(?!(?:and|or|but|who|which|that|were|was|are|is|had|have|has|"
                      r"one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|\d+)\b)")
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"  # a country or a town, capitalised
PEOPLE_APPOSITION = (
    r"\s*,\s*(?:(?:all|both|mostly)\s+(?:of\s+them\s+)?"
    r"|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:them|whom)\s+(?:were\s+)?)?"  # "two of them women"
    rf"(?:{_NOT_MODIFIER_WORD}[\w-]+\s+){{0,2}}?(?:{_alt(PERSON_NOUNS + CHILD_NOUNS)})"
    rf"(?:\s+(?:aged\s+)?{told_ages.AGE_RUN}(?:\s+years?\s+old)?"  # "women aged 52 and 67"
    rf"|\s+(?:of|from)\s+{_NAME}(?:(?:\s*,\s*|\s+and\s+){_NAME})*"  # "citizens of Egypt and Syria"
    r"|\s+(?:of|from|at)\s+(?:the|a|one|their|its)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"  # "employees of the port"
    r"|\s+in\s+their\s+(?:\w+ies|teens))?"  # "men in their fifties"
    r"\s*,(?=\s)")
PEOPLE_APPOSITION_RE = re.compile(PEOPLE_APPOSITION, re.I)


# r19 (dev36 C4; codebook 6): a person told as added to a toll already given: "a medic was **also** hurt",
# "**one more** rescuer was cut by glass", "and a guard **as well**". The rules (`backends/rules/one_by_one`)
# and grounding (`grounding/one_by_one`) sum such people with the group figure before them.
ADDED_PERSON = re.compile(rf"\b(?:{cues.alternation('casualties', 'added_person_words')})\b", re.I)
ADDED_PERSON_OTHER_EVENT = re.compile(rf"\b(?:{cues.alternation('casualties', 'added_person_other_event')})\b", re.I)


# Filler allowed between a number and its casualty cue: "five people are dead", "32 were wounded".
CASUALTY_FILLER = (
    r"(?:other|more|civilian|local|elderly|young|adult|were|was|are|is|have|has|had|been|being|reportedly|"
    r"also|later|confirmed|all|of|them|whom|total|in|total,|people|remain|remained|got|seriously|severely|"
    r"critically|lightly|slightly|badly|fatally|mortally|now|so|far|officially|reported|\d+-year-old|"
    + _alt(cues.phrases("casualties", "raising_frames")) + "|"  # dev18 B9: "are believed to have been killed"
    + _alt(PERSON_NOUNS + CHILD_NOUNS)
    # one free word before a person noun: "two **dock** workers", "three **railway** employees"
    + r"|(?!(?:and|or|but|of|in|on|at|by|with|the|a|an)\b)[a-z][\w-]*(?=\s+(?:" + _alt(PERSON_NOUNS) + r")\b)"
    + r")"
)
# What may follow "killed <number>" for the number to be people: "killing three", "injured 60 in".
AFTER_VERB_NUMBER_OK = re.compile(
    rf"(?:\s+(?:other\s+|more\s+|civilian\s+|local\s+|elderly\s+|young\s+)?(?:{_alt(PERSON_NOUNS + CHILD_NOUNS)})\b"
    # r3: one word that says what the people do: "killing two **aid** workers", "wounding three **mine** rescuers"
    rf"|\s+(?!(?:and|or|but|of|in|on|at|by|with|the|a|an)\b)[a-z][\w-]*\s+(?:{_alt(PERSON_NOUNS)})\b"
    r"|\s*[,.;:!?)\u2014\u2013\"”]|\s+(?:and|in|on|at|as|when|after|during|while|including|across|overnight|"
    r"with|from|near|since|according|inside|outside|throughout|earlier|today|yesterday|last|this|more|others)\b"
    # r22 (dev42 C4): a relative clause on the people counted ("wounded 21 who had been queuing", "killing
    # six whom rescuers found later"); "that" only before its clause's verb ("injured 14 that were", never
    # "killed three that day")
    r"|\s+(?:who|whom)\b|\s+that\s+(?:had|have|has|were|was|are|is|would|will|could|lived|worked|stood)\b|\s*$)",
    re.I)
# r3: "the toll ... rose to 11": a toll with no other word before it counts the dead; one noun for the
# rules (TOLL_BEFORE) and grounding's toll cue (`grounding/role_cues`)
TOLL_NOUN = (r"(?:death\s+toll|(?<!injury\s)(?<!casualty\s)(?<!injuries\s)\btoll\b"
             r"|number\s+of\s+(?:dead|deaths|fatalities|victims|people\s+killed))")
# r22 (dev42 C1): the toll given "as" its figure by the one who gives it ("the mayor first gave the death
# toll as nine", "police put the death toll as 11", "which listed the number of victims as five")
_TOLL_GIVEN_AS = (rf"\b(?:{cues.alternation('casualties', 'toll_giving_verbs')})\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
                  rf"(?:(?:initial|first|official|preliminary|latest|provisional|final)\s+)?{TOLL_NOUN}"
                  r"(?:\s+(?:at\s+that\s+point|so\s+far|then|now))?\s+as\s+$")
TOLL_BEFORE = re.compile(
    # atk8: up to 14 words ("The death toll from a Russian missile strike on X on Tuesday has risen to"); r43:
    # 18, the strike's site and the rise's time told too ("The death toll of Monday's missile strike on the
    # rail depot at X rose over the following days to")
    rf"{TOLL_NOUN}(?:\s+[\w'’-]+){{0,18}}?\s+(?:to|at|of|reached|stands\s+at|stood\s+at|is|was)\s+$|{_TOLL_GIVEN_AS}", re.I)
INJURY_TOLL_BEFORE = re.compile(
    r"number\s+of\s+(?:injured|wounded|injuries|people\s+(?:injured|wounded))(?:\s+[\w'’-]+){0,10}?\s+"
    r"(?:to|at|of|reached|stands\s+at|is|was)\s+$", re.I)
# A toll written as a label: "Injured: 9 people", "Killed - two" (a post's list of consequences).
TOLL_LABEL_BEFORE = re.compile(rf"(?:^|[.;!?]\s+)(?P<cue>{KILLED_AFTER}|{INJURED_AFTER})\s*(?::|\s[-—–])\s*$", re.I)
AMONG_BEFORE = re.compile(
    r"among\s+(?:the|those)\s+(?:[\d,]+\s+|\w+\s+)?(?:(?:people|civilians|residents|persons)\s+)?"
    r"(?P<cue>dead|killed|victims|fatalities|wounded|injured|hurt)(?:\s+(?:people|civilians|residents|persons))?"
    r"\s+(?:were|are|was|is)\s+$", re.I)
AMONG_AFTER = re.compile(
    rf"^\s+(?:{_alt(CHILD_NOUNS)})\s+(?:were|are|was|is)\s+among\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){{0,3}}?"
    r"(?P<cue>dead|killed|victims|wounded|injured|hurt)\b", re.I)
# The part of a toll that were children, told after the part's number: "wounding 13, four of them
# children", "13 people were hurt, four of whom were children", "five of them minors".
# "Two of those killed were children", "three of the injured are children": the part names its toll.
# dev16 B9: the part told by a child's age, with or without its noun: "one of them a 9-year-old
# boy", "one of whom was an eight-year-old", "two of them teenagers" (never "a 19-year-old conscript").
_CHILD_AGE = (r"(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
              r"|fifteen|sixteen|seventeen)[- ]years?[- ]old")
# r49: or by an age limit of childhood: "five of them under eighteen", "four under the age of 16"
CHILD_AGE_LIMIT = cues.alternation("casualties", "child_age_limits")
CHILD_AGE_LIMIT_AFTER = re.compile(rf"^\s+(?:{CHILD_AGE_LIMIT})", re.I)
PART_ARE_CHILDREN = re.compile(
    r"^\s+of\s+(?:them|whom|those(?:\s+(?P<toll>killed|injured|wounded|hurt))?"
    r"|the\s+(?P<toll2>dead|injured|wounded|victims))\s*,?\s+(?:(?:were|are|was|is)\s+)?"
    rf"(?:{CHILD_AGE_LIMIT}|"
    rf"(?:an?\s+)?(?:(?:(?:young|small|little|teenage)\s+)?(?:{_alt(CHILD_NOUNS)})\b"
    rf"|{_CHILD_AGE}(?:\s+(?:{_alt(CHILD_NOUNS)})\b|(?=\s*(?:[,.;)]|and\b|$)))))", re.I)
INCLUDING_CHILDREN = re.compile(r"(?:including|among\s+them|of\s+whom|among\s+whom)\s+$", re.I)
# "The dead included two children", "those injured include three children": the toll named first.
TOLL_INCLUDED_BEFORE = re.compile(
    r"\b(?:the|those)\s+(?:people\s+)?(?P<cue>dead|killed|victims|fatalities|wounded|injured|hurt)\s+"
    r"(?:include|included|includes|were|are)\s+$", re.I)
# "A man was killed", "an elderly woman died", "a nurse was wounded": one person, said without a number.
_SINGLE_NOUNS = _alt(cues.phrases("casualties", "single_person_nouns"))
# atk7: a person told only by age ("injured a 16-year-old", "a 70-year-old was killed"): the age is the noun
_AGE_ALONE = rf"\d{{1,2}}-year-old(?![\w-]|\s+(?:{_SINGLE_NOUNS}|{_alt(PERSON_NOUNS + CHILD_NOUNS)})\b)"
# r19 (dev35 C1): where a person is of or from, told between the person and the casualty verb in up to two
# prepositional phrases: "a pensioner of the frontline hamlet of X in the Y district (was killed)", "a farmer in
# the hamlet of X outside Y", "a woman of the village of X near the border", "a pensioner from the
# frontline town of X". Each phrase ends on a place's name (capitalised) or a place noun; no verb, no
# comma. One reader for both paths: the rules' SINGLE_PERSON steps over it, grounding's one-person
# mention may be followed by it (`grounding/people`) and `grounding/cue_gaps` takes it out of the gap.
_PLACE_NOUN = cues.alternation("casualties", "person_place_nouns")
_PLACE_NAME = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"
_PLACE_PP = (rf"\s+(?:of|from|in|near|outside)\s+(?:the\s+)?(?:(?!(?:which|whom|them|these|those|what|its|their)\b)(?-i:[a-z])[\w'’-]+\s+){{0,2}}"
             rf"(?:(?:{_PLACE_NOUN})\s+of\s+)?(?:{_PLACE_NAME}(?:\s+(?:{_PLACE_NOUN}))?|(?:{_PLACE_NOUN}))(?:\s+No\.?\s*\d{{1,4}})?(?![\w'’-])")
PERSON_PLACE_TAIL = rf"(?:{_PLACE_PP}){{1,2}}"
PERSON_PLACE_TAIL_RE = re.compile(PERSON_PLACE_TAIL, re.I)
# ... told before the person's own verb, never a speaker's ("a resident of the village said ...")
PERSON_PLACE_BEFORE_VERB = rf"{PERSON_PLACE_TAIL}(?=\s*,?\s+(?:was|were|has|had|is|died)\b)"
# r9: one lower-case word that says what the person does or drives: "a tractor driver", "a railway worker"
# r31: a nationality may come first ("a Syrian crew member", "an Indian engineer"): the person's, never a count
# (r49: public, read by the rules' one person told with what they were doing, aged_persons)
TRADE_WORD = (rf"(?:(?-i:{_alt(_kv.demonyms())})\s+)?"
              r"(?:(?-i:[a-z][a-z-]+)(?<!\band)(?<!\bor)(?<!\bof)\s+)?")
SINGLE_PERSON = re.compile(
    # (r30: a possessive too, "her husband, a retired teacher, was hurt", "their driver was hurt")
    r"\b(?P<n>(?:a|an|one|another|one\s+more|a\s+further|his|her|their|its|our|my|your)\s+(?:\d+-year-old\s+|elderly\s+|young\s+|teenage\s+|local\s+|civilian\s+)?"
    rf"{TRADE_WORD}(?P<noun>{_SINGLE_NOUNS}|{_AGE_ALONE}))\b"
    r"(?:\s*,\s+(?:a|an|the)\s+[\w'’ -]{1,40}?,)?"  # "one man, a 60-year-old watchman, was hurt"
    rf"(?:{PERSON_PLACE_BEFORE_VERB}"  # r19 (dev35 C1): "of the village of X in the Y region"
    r"|\s+(?:in|from|on|at|near)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?"
    r"(?:\s*,?\s+aged\s+\d{1,3}\s*,?|\s*,\s*\d{1,2}\s*,|\s+of\s+\d{1,2}(?=\s)"
    # r14: an infant's age in months ("a baby of eight months was hurt")
    r"|\s+of\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months?(?:\s+old)?)?"  # "a woman aged 63 died", "a boy of 15 was hurt", "a man, 45, was hurt"
    # (r49: "a woman had died", "a man has died")
    r"\s*,?\s+(?:was|has\s+been|had\s+been|is|were|had|has)?\s*(?:(?:seriously|severely|critically|badly|fatally|lightly|slightly)\s+)?"
    # r41: "a pensioner lost her life" (never her life savings)
    r"(?P<cue>killed|died|dead|perished|lost\s+(?:his|her)\s+life(?![\s-]+(?:savings|insurance|work|story|partner)|['’]s)"
    r"|injured|wounded|hurt"
    # codebook 6: hospitalised counts only with the injury told
    r"|hospitali[sz]ed\s+with\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries|burns|trauma|fractures)"
    # atk8: "a woman sustained shrapnel wounds", "a man suffered burns": one injured
    r"|(?:sustained|suffered|received)\s+(?:(?!fatal|deadly|mortal)[\w-]+\s+)?(?:injuries|wounds|burns|a\s+concussion)"
    rf"|{INJURY_TOLD_AFTER})\b",
    re.I)

# "killing a 68-year-old man", "wounding an elderly woman": one person, verb first.
SINGLE_PERSON_OBJECT = re.compile(
    rf"\b(?P<cue>killing|killed|wounding|wounded|injuring|injured|hurting|{INJURY_TOLD_BEFORE})\s+(?P<n>(?:a|an|one)\s+(?:\d+-year-old\s+|"
    rf"elderly\s+|young\s+|teenage\s+|local\s+)?{TRADE_WORD}(?P<noun>{_SINGLE_NOUNS}|{_AGE_ALONE}))\b"
    r"(?!\s+and\s+(?:a|an|one|two|three|\d+)\s)", re.I)


# People named through a relation or a role ("its driver", "a woman and her two sons", "the bus
# driver and two passengers", "a couple in their seventies"): one noun phrase of such a list.
# r31: every trade, one or many, is such a noun too ("a receptionist and two guests", "two vendors and a
# cook"): the trade list is the one source, as it is for the single and counted readers above
_RELATION_NOUN = _alt([*cues.phrases("casualties", "relation_nouns"),
                       *TRADE_NOUNS, *TRADE_PLURALS])
_PAIR_NOUN = cues.alternation("casualties", "pair_nouns")
CHILD_RELATION = cues.pattern("casualties", "child_relation_nouns")
CHILD_MODIFIER = cues.pattern("casualties", "child_modifiers")
PAIR_NOUN = re.compile(rf"^(?:{_PAIR_NOUN})$", re.I)
_NUMBER_WORD = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)")
_NOT_MODIFIER = (rf"(?!(?:and|or|were|was|is|are|of|in|on|at|the|a|an|who|with|had|have|has|left|leaving|{KILLED_BEFORE}"
                 rf"|{INJURED_BEFORE})\b|{_NUMBER_WORD}\s)")
_DETERMINER = cues.alternation("casualties", "relation_determiners")
# dev18 B8: the ages of the people of a list, told in an aside after their noun: ", aged 9 and 13,",
# ", 17." at the end, "(aged 8 and 10)", ", aged two, five and 11,": transparent between the list
# and its casualty verb; relations.py reads the ages (children are those under 18). The aside is
# the shared reader's (articles/told_ages), as grounding reads it.
AGE_ASIDE = told_ages.AGE_ASIDE
_NP = (
    r"(?:(?:" + _DETERMINER + r")\s+)?(?:{num}\s+)?"
    + "(?:" + _NOT_MODIFIER.replace("{", "{{").replace("}", "}}") + r"[\w'’-]+\s+){{0,2}}?{noun}"
    r"(?:\s+in\s+(?:his|her|their)\s+(?:\w+ies|teens))?(?:" + AGE_ASIDE.replace("{", "{{").replace("}", "}}")
    # r14: an age told straight after the noun, no comma ("a pupil aged 9 and his teacher", "a girl of 12 and her aunt")
    + r"|\s+(?:aged|of)\s+(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen)(?=\s+and\s+(?![\d]|one\b|two\b|three\b)[a-z]|\s*,)" + ")?"
    r"(?:\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:" + cues.alternation("casualties", "relation_of_nouns") + "))?")
RELATION_NP = _NP.format(num=rf"(?P<num>{_NUMBER_WORD})", noun=rf"(?P<noun>{_RELATION_NOUN}|{_PAIR_NOUN})")
_NP_PLAIN = _NP.format(num=_NUMBER_WORD, noun=rf"(?:{_RELATION_NOUN}|{_PAIR_NOUN})")
RELATION_NP_RE = re.compile(rf"\b{RELATION_NP}(?<![^\w)])(?!\w)", re.I)  # may end on an age bracket's ")"
# A list's noun as a whole word: a sentence without one holds no RELATION_SUBJECT or
# RELATION_OBJECT match (each list ends on such a noun, between spaces or commas), so the
# rules test for it first (~20 us against ~150 us for the two list patterns).
RELATION_NOUN_WORD = re.compile(rf"\b(?:{_RELATION_NOUN}|{_PAIR_NOUN})\b(?!['’]s\b)", re.I)  # not "the manager's statement"
RELATION_LIST = rf"{_NP_PLAIN}(?:\s*,\s*{_NP_PLAIN})*(?:\s*,?\s+and\s+{_NP_PLAIN})?"
# The list as the subject of a casualty verb ("its driver was killed") or its object ("killing a
# woman and her two sons").
RELATION_SUBJECT = re.compile(
    rf"\b(?P<list>{RELATION_LIST})(?:\s+(?:{cues.alternation('casualties', 'relation_whereabouts')}))?\s+"
    rf"(?:(?:{cues.alternation('casualties', 'relation_auxiliaries')})\s+)?"
    rf"(?:(?:{cues.alternation('casualties', 'relation_adverbs')})\s+)?"
    rf"(?P<cue>{cues.alternation('casualties', 'relation_cues')})\b", re.I)
RELATION_OBJECT = re.compile(
    rf"\b(?P<cue>{KILLED_BEFORE}|{INJURED_BEFORE})\s+(?P<list>{RELATION_LIST})\b", re.I)
# "a family of four": a count of people written after its noun.
FAMILY_OF = re.compile(rf"\bfamily\s+of\s+(?P<num>{_NUMBER_WORD})\b", re.I)


# codebook 6: "were hospitalised", "taken to hospital" tell the aftermath of a strike, not an injured count
HOSPITALISED = re.compile(r"\b(?:hospitali[sz](?:ed|ing)|in\s+hospital|(?:taken|admitted|rushed)\s+to\s+(?:a\s+|the\s+)?hospital)\b", re.I)



# r40: the youngest of a toll named as one person ("The youngest victim was a girl of 13", "wounding five, the
# youngest a girl aged 9", "The youngest of the dead was a toddler"), up to the person; one reader for the rules
# (backends/rules/children_after_toll) and grounding (grounding/aged_lists), each judging the person itself
YOUNGEST_RE = re.compile(rf"\b(?P<frame>{cues.alternation('casualties', 'youngest_frame')})"
                         rf"(?:{cues.alternation('casualties', 'youngest_link')})", re.I)
_YOUNGEST_ROLES = (("killed", re.compile(r"\b(?:dead|killed)\b", re.I)),
                   ("injured", re.compile(r"\b(?:injured|wounded|hurt|patients?)\b", re.I)))


def youngest_role(frame: str) -> str | None:
    """The toll a "youngest" frame names ("of the dead": killed; "patient": injured), None for a
    neutral one ("casualty", "victim", "of them": the toll told before it)."""
    return next((role for role, noun in _YOUNGEST_ROLES if noun.search(frame)), None)


_CHILD_WORD = re.compile(rf"\b(?:{CHILD_NOUN_ALT})\b", re.I)


def youngest_of_children(text: str, start: int, pos: int) -> bool:
    """The youngest at `pos` is one of children its sentence (from `start`) named before it ("Of the 11 hurt, two
    were children, the youngest a toddler of two"): the children's own count, not one more child."""
    return _CHILD_WORD.search(text, start, pos) is not None
