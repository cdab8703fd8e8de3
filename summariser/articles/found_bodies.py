"""A death told by the body found, the person in the possessive (dev30 A5): "searchers found an
elderly man's body under the porch", "a teenager's charred remains were pulled from the rubble",
"rescuers recovered two workers' bodies". Never "body armour", "the building's body shop".

The person after the body too (dev32-A8): "the body of a pensioner was carried out of the ruins",
"recovered the bodies of two miners", "the remains of an elderly man were found" (`BODY_OF`).

One reading of the words for both paths: the rules open a toll with the dead so told
(`backends/rules/found_bodies.py`, which asks a word of finding in the sentence too), grounding
reads a person before `BODY_AFTER_OWNER` as one of the dead (`grounding/people.py` counts the one
person, `grounding/role_cues.py` reads the body as the killed cue) and `BODY_OF` as the killed cue
before the people it counts (`grounding/role_cues.py`). Who may be so told (the nouns
of a person) stays with each path. Vocabulary: knowledge/data/cues/casualties.yaml body_nouns.
"""

from __future__ import annotations

import re

from ..knowledge import cues

# what is left of a person: "body", "remains", "corpse"
BODY_NOUNS = cues.words_alternation("casualties", "body_nouns")
_STATE = r"(?:(?:dead|charred|lifeless)\s+)?"
_NO_PERSON = r"(?!\s+(?:armou?r|shop|parts?|camera|of\s+work))"
# after one person in the possessive: "'s body", "’s charred remains", "'s lifeless body"
BODY_AFTER_OWNER = rf"['’]s\s+{_STATE}(?:{BODY_NOUNS})\b{_NO_PERSON}"
# after people in the plural possessive: "' bodies", "’ dead bodies", "' remains"
BODIES_AFTER_OWNERS = rf"['’]\s+{_STATE}(?:{BODY_NOUNS})\b{_NO_PERSON}"
# before the person: "the body of", "the remains of", "corpses of" (never "a body of water" with a
# person after it: the path asks for the person)
BODY_OF = r"(?:body|bodies|remains|corpses?)\s+of"


def one_body(person_nouns: str) -> re.Pattern[str]:
    """One person told by the body found, with a determiner and up to two words before the noun
    ("a woman's body", "an elderly farm worker's remains"): the person as group `n`, the noun as
    group `noun`; `person_nouns` is the path's alternation of a person's nouns."""
    return re.compile(rf"\b(?P<n>(?:a|an|one|another)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{person_nouns}))"
                      rf"(?={BODY_AFTER_OWNER})", re.I)


def one_body_of(person_nouns: str) -> re.Pattern[str]:
    """One person told after the body found, with a determiner and up to two words before the noun
    ("the body of a pensioner", "the remains of an elderly farm worker"): the person as group `n`,
    the noun as group `noun`; never a person's own ("the body of a man's car")."""
    return re.compile(rf"\b(?:body|remains|corpse)\s+of\s+(?P<n>(?:a|an|one|another)\s+(?:(?!of\b)[\w-]+\s+){{0,2}}?"
                      rf"(?P<noun>{person_nouns}))\b(?!['’])", re.I)
