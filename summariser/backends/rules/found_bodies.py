"""A death told by the body found, the person in the possessive (dev30 A5): "searchers found an
elderly man's body under the porch", "a teenager's body was pulled from the rubble", "rescuers
recovered two workers' bodies". The person is one of the dead (a child's noun: a child too);
only where a word of finding or recovery says the body was found ("the building's body shop",
"the governing body" name no person), and not on a day of its own (unless the
sentence tells the strike too). dev32-A8: the person after the body too ("the body of a pensioner was
carried out of the ruins", "recovered the bodies of two miners"). The words of the
body are read by `articles/found_bodies.py`, for grounding too; the rules ask the find and the day."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...calendar_days import WD_NAMES
from ...articles.found_bodies import BODIES_AFTER_OWNERS, BODY_OF, one_body, one_body_of
from ...knowledge import cues
from ...numbers import NumberMention
from ...records import Count
from ...sentences import Sentence
from .common import CountHit, count_of, span_of

_FOUND = re.compile(rf"\b(?:{cues.alternation('casualties', 'bodies_recovered')}"
                    rf"|{cues.alternation('casualties', 'bodies_found')})\b", re.I)
# a find told on a day of its own is no strike's toll to open a record with (codebook 6: a find is no strike)
_OWN_DAY = re.compile(r"\b(?:" + WD_NAMES + r"|yesterday|today"
                      r"|(?:the\s+)?(?:next|following)\s+(?:day|morning)|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
                      r"|Nov|Dec)[a-z]*)\b")
_STRUCK = re.compile(r"\b(?:hit|struck|strikes?|attacked|shelled|bombed|pounded|slammed)\b", re.I)  # the strike's own sentence
_SINGLE = one_body(cues.alternation('casualties', 'single_person_nouns'))
_PLURAL = re.compile(rf"^(?P<fill>\s+(?:[\w-]+\s+)?(?P<noun>{lx.PERSON_NOUN_ALT})){BODIES_AFTER_OWNERS}", re.I)
# dev32-A8: the person after the body ("the body of an old man was carried out", "recovered the bodies
# of two miners"); never a thing's body ("the body of the drone", "a body of water", "the governing body")
_SINGLE_OF = one_body_of(cues.alternation('casualties', 'single_person_nouns'))
_OF_BEFORE = re.compile(rf"\b(?:{BODY_OF})\s+$", re.I)
_PLURAL_OF = re.compile(rf"^\s+(?:[\w-]+\s+)?(?P<noun>{lx.PERSON_NOUN_ALT})\b(?!['’])", re.I)


def found_bodies(text: str, s: Sentence, numbers: list[NumberMention], fields: set[str]) -> list[tuple[int, CountHit]]:
    """The dead told by their bodies found, for the fields the sentence's tolls leave empty."""
    if not _FOUND.search(text, s.start, s.end) or _OWN_DAY.search(text, s.start, s.end) \
            and not _STRUCK.search(text, s.start, s.end):
        return []
    told: list[tuple[int, Count, str]] = [
        (m.start, count_of(text, m), pm.group("noun")) for m in numbers
        if (pm := _PLURAL.match(text[m.end:s.end])) is not None]
    told += [(m.start, count_of(text, m), pm.group("noun")) for m in numbers
             if _OF_BEFORE.search(text, s.start, m.start) and (pm := _PLURAL_OF.match(text[m.end:s.end])) is not None]
    told += [(sm.start("n"), Count(value=1, evidence=span_of(text, sm.start("n"), sm.end("n"))), sm.group("noun"))
             for sm in _SINGLE_OF.finditer(text, s.start, s.end)]
    told += [(sm.start("n"), Count(value=1, evidence=span_of(text, sm.start("n"), sm.end("n"))), sm.group("noun"))
             for sm in _SINGLE.finditer(text, s.start, s.end)]
    told.sort(key=lambda t: t[0])
    hits: list[tuple[int, CountHit]] = []
    for pos, count, noun in told[:1]:  # one person or group told so: several are rare and read elsewhere
        child = bool(lx.CHILD_RE.match(noun) or re.match(r"(?:teenager|schoolboy|schoolgirl|pupil)$", noun, re.I))
        for name in (["children_killed"] if child else []) + ["killed"]:
            if name not in fields:
                fields.add(name)
                hits.append((pos, CountHit(name, count, True, described=name == "killed" and child)))
    return hits
