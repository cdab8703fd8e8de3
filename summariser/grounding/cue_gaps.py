"""How far a count stands from the cue word that gives it a role, in words, or None when the
words between them cut the link (a clause boundary, another count, a conjunction).

`cues` ranks every cue that could govern a number by this distance; the asides a gap may hold
("including two children", "– a mother and two daughters –", "aged 9 and 13") are taken out first
because they sit between a count and its verb without breaking the clause.
"""

from __future__ import annotations

import re

from ..articles.clause_asides import PAIRED, without_asides
from ..dates import find_dates
from ..knowledge import cues
from ..lexicon.casualties import PEOPLE_APPOSITION_RE, PERSON_PLACE_TAIL_RE
from ..lexicon.weapons import WEAPON_WORD_ALT, without_model_names
from ..numbers import COUNT_RE, NUMBER_WORD
from .age_asides import without_age_asides

INCLUDING = r"(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them\s+|incl\.)"
# "five people, including two children, were killed"; r39: a part told by its own count first and closed by
# a comma before the verb ("two people, one of them a medic, were killed", "nine, most of them women, were
# hurt"; never "six missiles, three of them downed": the part's own verb)
_PAREN = re.compile(r",?\s*\b" + INCLUDING + r"[^,;:]*,?|,\s*(?:\d[\d,]*|" + NUMBER_WORD
                    + r"|most|many|some|all|both|half)\s+" + INCLUDING + r"[^,;:]*,", re.I)
HARD_STOP = re.compile(r"[;:()\[\]\"“”]|\s[—–-]\s|—|–")
_BACK_BLOCK = re.compile(r"\b(?:but|while|whereas|after|before|when|since|because|although|though|then)\b", re.I)
_FWD_BLOCK = re.compile(r"[,]|\b(?:and|or|but|while|whereas|as|after|before|when|which|who|since)\b", re.I)
WORD = re.compile(r"[A-Za-z0-9'’%\u0400-\u04FF]+")  # Cyrillic words count too: evidence quoted from a Ukrainian or Russian article
_MAX_BACK, _MAX_FWD, _MAX_TOLL = 6, 4, 9
# an "including" aside left open up to the cue, and the auxiliary that makes the cue the count's verb
_OPEN_INCLUDING = re.compile(r",\s*\b" + INCLUDING + r"[^,;:]*$", re.I)
_AUX_END = re.compile(r"\b(?:were|was|had\s+been|have\s+been|has\s+been|are|is|being|got|get)\s*$", re.I)
_PARTITIVE = re.compile(r"^\s*(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+)?\d[\d,]*\b", re.I)
# the whole's noun, then a participle clause describing it up to the auxiliary of the part's verb
_WHOLE_DESCRIBED = re.compile(r"(?<=^\s)(?P<noun>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:(?:that|which)\s+(?:were|had\s+been)\s+)?"
                              r"(?:[a-z]+ed|sent|flown)\s+(?:[\w'’-]+\s+){0,6}?(?=(?:were|was|had\s+been|have\s+been|has\s+been)\s*$)")


# An aside between a count and its verb, set off by a pair of dashes or brackets ("Three members
# of one family – a mother and two daughters – died"; the shared reader's, articles/clause_asides),
# and "of one family": neither is a count.
_ASIDE_PAIR = PAIRED
_ONE_GROUP = re.compile(r"\b(?:of|from)\s+(?:one|a\s+single|the\s+same)\s+(?:family|household)\b", re.I)


# r16 (dev30 A1): a relative clause set off by commas between a person and the verb ("her uncle, who
# had rushed over, was slightly hurt"), holding no count, and the degree adverb before the verb
_RELATIVE = re.compile(r"^(?P<pre>(?:\s*[\w'’-]+){0,2}?)\s*,\s*(?:who|which)\b[^,;:()\"“”]*,\s*", re.I)
_DEGREE = re.compile(r"\b(?:lightly|slightly|badly|seriously|severely|critically|gravely|moderately|also)\s+", re.I)


# r26: a second weapon conjunct of one subject between a count and its verb ("48 Shahed drones and three
# Iskander missiles were launched", "forty drones and all three missiles were destroyed"): one verb governs
# both counts, so the second cuts no link from the first to it
_WEAPON_CONJUNCT = re.compile(
    rf"^\s*(?:[\w'’-]+\s+){{0,2}}?(?:{WEAPON_WORD_ALT})\s*,?\s+(?:and|as\s+well\s+as|plus)\s+(?:(?:all|both)\s+)?(?:the\s+)?"
    rf"(?:\d[\d,]*|{NUMBER_WORD})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{WEAPON_WORD_ALT})", re.I)


def back_distance(gap: str) -> int | None:
    """Words from a count to a cue after it ("five people ... were killed")."""
    rel = _RELATIVE.match(gap)
    if rel is not None and not COUNT_RE.search(rel.group(0)):
        gap = rel.group("pre") + " " + _DEGREE.sub("", gap[rel.end():])
    gap = without_model_names(gap)  # r18 (dev33-A4): "four S-300 missiles slammed into": no second count
    if (joined := _WEAPON_CONJUNCT.match(gap)) is not None:  # r26: "48 drones and three missiles were launched"
        gap = " " + gap[joined.end():]
    gap = re.sub(r"\s[\"“‘]$", " ", gap)  # a quoted cue: 57 drones had been "destroyed"
    gap = _ONE_GROUP.sub(" of family ", _ASIDE_PAIR.sub(" ", gap))
    if (tail := PERSON_PLACE_TAIL_RE.match(gap)) is not None:  # r19 (dev35 C1): "a pensioner| of the hamlet of X in the Y district |was"
        gap = " " + gap[tail.end():]
    gap = PEOPLE_APPOSITION_RE.sub(" ", gap)  # r19 (dev36 C1): "three sailors, citizens of Chile and Peru, were hurt"
    if _OPEN_INCLUDING.search(gap) and not _AUX_END.search(gap):
        return None  # r27: "nine of the rockets, including both Tochkas launched from the coast": the aside's own participle
    gap = _PAREN.sub(" ", gap)  # "five people, including two children, were killed"
    gap = without_age_asides(gap)  # "a woman and her two sons, aged 9 and 13, were hurt"
    if (part := _PARTITIVE.match(gap)) is not None:  # "27 of the 30 drones were shot down": the 30 is the whole,
        # and (r28) what describes it one word ("31 of the 38 missiles launched by Russia overnight had been destroyed")
        gap = " " + _WHOLE_DESCRIBED.sub(" ", gap[part.end():])
    if HARD_STOP.search(gap) or _BACK_BLOCK.search(gap) or COUNT_RE.search(gap):
        return None
    n = len(WORD.findall(gap))
    return n if n <= _MAX_BACK else None


# r18 (dev33-A5): the event a toll is of, between the toll noun and its verb ("the death toll from
# Sunday's Russian drone strike near the bus station rose to six"): one complement, no comma or
# number in it, reads as one word, so the verb and its number stay within reach.
_TOLL_OF = re.compile(r"^\s*(?:from|after|in|of|following)\s+(?:(?!\d)[\w'’-]+\s+){0,8}?"
                      r"(?:strikes?|attacks?|shelling|raids?|bombardments?|bombings?|blasts?|explosions?|barrages?|assaults?)\b", re.I)
# r22 (dev42 L2): the verb that ends a toll's clause, with at most a few words (a day read as one word) and
# "to"/"at" before the number: the toll noun's complement before it ("from the strike on the bus depot in the
# city centre"), however many words up to the rules' reach (lexicon TOLL_BEFORE: 14), reads as one word
_TOLL_VERB = "|".join(cues.phrases("eventhood", "toll_update_verbs") + cues.phrases("casualties", "toll_measure_verbs")
                      + cues.phrases("casualties", "toll_split_verbs"))
_TOLL_TAIL = re.compile(rf"\s(?P<verb>(?:{_TOLL_VERB}))(?:\s+[\w'’-]+){{0,3}}?(?:\s+(?:to|at))?\s*$", re.I)
_MAX_COMPLEMENT = 14
_EVERY_ONE = re.compile(r"\b(?:every|each)\s+one\s+of\b|\ball\s+of\b", re.I)
# r21 (dev39 C1): a first object told by a quantifier with no number, before the counted one ("shot down
# all the cruise missiles and 15 of the drones", "destroyed both Kinzhals and nine drones"): one verb
# governs both objects, so the numberless conjunct cuts no link between the verb and the count after it
_NUMBERLESS_CONJUNCT = re.compile(r"\s*(?:all|both|each|every\s+one)\s+(?:of\s+)?(?:(?:the|these|those|its|their)\s+)?"
                                  r"(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*\s*,?\s+and\s+", re.I)


def _one_word_dates(gap: str) -> str:
    """The gap with each date expression the date reader finds in it (`dates.find_dates`) read as one
    word: a toll's day ("rose on Tuesday evening to", "stood as of 9 May at") is an adverbial, no count."""
    for d in reversed(find_dates(gap)):
        gap = gap[:d.start] + " when " + gap[d.end:]
    return gap


def fwd_distance(gap: str, toll: bool = False) -> int | None:
    """Words from a cue to a count after it ("killed four people", "the toll rose to 12")."""
    gap = without_model_names(re.sub(r"^[\"”’']\s", " ", gap))  # a quoted cue: "intercepted and destroyed" 112
    # r22 (dev42 L2, L3): the asides a clause may hold between a cue and its count, read by the shared
    # reader (articles/clause_asides): "killed – police said on Sunday – four people", "downed, the ministry
    # said, three missiles"; a toll's own relative clause too ("the toll from the strike on the market,
    # where some 300 people were shopping, rose to 14"), never between a verb and its object
    gap = without_asides(gap, relative=toll)
    if _NUMBERLESS_CONJUNCT.fullmatch(gap):
        gap = " "
    gap = _EVERY_ONE.sub(" ", gap)  # "shot down every one of the 12 drones": the 12 are the downed
    # "the death toll after the strike rose to 12" may hold conjunctions; a verb's object may not.
    if toll:
        gap = _TOLL_OF.sub(" of ", gap, count=1)
        gap = _one_word_dates(gap)  # r22 (dev42 L2): "stood on Saturday morning at 52", "had risen by 9 May to 30"
        if (tail := _TOLL_TAIL.search(gap)) is not None and len(WORD.findall(gap[:tail.start()])) <= _MAX_COMPLEMENT \
                and not ("," in gap[:tail.start()] or HARD_STOP.search(gap[:tail.start()]) or COUNT_RE.search(gap[:tail.start()])):
            gap = " of " + gap[tail.start():]
    block = "," in gap if toll else _FWD_BLOCK.search(gap)
    if block or HARD_STOP.search(gap) or COUNT_RE.search(gap):
        return None
    n = len(WORD.findall(gap))
    return n if n <= (_MAX_TOLL if toll else _MAX_FWD) else None

