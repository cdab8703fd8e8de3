"""A nil limited to the people of the struck site or vehicle (dev30 A8; codebook rule 6, ruling of
3 December 2026): "there were no casualties among the staff" at a plant struck at night, "none of
the crew was hurt", "no passengers were injured", "the workers on shift escaped unhurt" are that
strike's zero. A nil limited to part of those a strike could hurt ("no children among the injured",
"no casualties among the rescuers", "among the troops") is no site's: its group is other people.

One reader for both paths: the rules emit the strike's zero from `site_nils`
(`backends/rules/site_nils.py`), grounding accepts a model's zero whose nil is limited to the
site's people by `site_group_after` (`grounding/told_zeros.py`) and reads "no passengers were hurt"
as a nil by `SITE_NOUNS` (`grounding/counts.py`). Which field a nil fills stays with each path.
Vocabulary: knowledge/data/cues/casualties.yaml site_people_nouns, nil_harm_both/_killed/_injured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..knowledge import cues

# the nouns of a site's own people: "staff", "crew members", "passengers"
SITE_NOUNS = cues.words_alternation("casualties", "site_people_nouns")
# the people as a group: "the staff", "its crew", "the plant's employees", "the night shift"; r38: two such
# groups joined ("passengers or staff", "the crew and passengers")
_ONE_GROUP = rf"(?:[\w'’-]+\s+)?(?:{SITE_NOUNS})"
SITE_GROUPS = rf"{_ONE_GROUP}(?:,?\s+(?:or|and|nor)\s+(?:the\s+)?{_ONE_GROUP})?"
# r42: one of them after "no" ("no employee", "no staff member"), and whose they are or where, told after
# them ("no employee of the company", "no workers at the plant")
NO_SITE_PERSON = rf"(?:{SITE_NOUNS}|{cues.words_alternation('casualties', 'site_person_nouns')})"
SITE_OWNER = r"(?:\s+(?:of|at|on|in|aboard)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
# (r38: an owner and a number before them: "the ship's 14 sailors", "the mine's 300 workers")
SITE_PEOPLE = rf"(?:(?:the|its|their|his|her)\s+)?(?:[\w-]+['’]s\s+)?(?:[\d,]+\s+)?{SITE_GROUPS}"
# the harm a nil denies, by role (cues/casualties.yaml nil_harm_*, read by grounding/counts.py too):
# "casualties" and "victims" are both roles' words, "deaths" the dead's, "hurt" the injured's
_HARM_BOTH = cues.phrases("casualties", "nil_harm_both")
_HARM_KILLED = cues.phrases("casualties", "nil_harm_killed")
_HARM_INJURED = cues.phrases("casualties", "nil_harm_injured")
_HARM_WORDS = "|".join([*_HARM_BOTH, *_HARM_KILLED, *_HARM_INJURED])


def _harm(k: int) -> str:
    return rf"(?P<h{k}>{_HARM_WORDS})"


def _verb(k: int) -> str:
    return r"(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:\w+ly\s+)?" + _harm(k)


# r22 (dev41 L2): where the people were, between the group and its state ("the staff on the night
# shift", "the crew on board", "the workers at the plant", "the crew of the tanker")
_WHERE = r"(?:(?:on|at|in|of|aboard)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:duty|shift|board|watch|site|plant|station|depot|ship|vessel|tanker|train|bus|facility|terminal|port)\s+)"
# r22 (dev41 L2): the state a nil adjective follows: a verb of coming through ("escaped", "came out",
# "walked away") or a plain copula ("were", "are", "remained", "stayed", "had been"), each with an
# optional adverb, "all"/"both" or "safe and" ("its workers were unharmed", "the crew were all
# unhurt", "staff are safe and uninjured", "the crew was reportedly unscathed")
_NIL_STATE = (r"(?:escaped|came\s+out|walked\s+away|emerged|survived"
              r"|(?:was|were|are|is|remained|remain|stayed|had\s+been|have\s+been|has\s+been)(?:\s+left)?)"
              r"(?:\s+(?:\w+ly|all|both|safe\s+and))*")
# the nil adjectives (one word class: cues/casualties.yaml unhurt_words, read by grounding too)
_UNHURT_WORDS = cues.words_alternation("casualties", "unhurt_words")

# r46 (dev68): where the people were, told as a clause of its own before the nil ("the tenants had gone
# down to the basement and were unhurt", "the crew had taken cover and escaped unhurt"): a few words, no punctuation
_SHELTERED = r"(?:(?:was|were|had)\s+(?:[\w'’-]+\s+){1,5}?and\s+)"
_SITE_NIL = re.compile(
    rf"\bno\s+(?:reported\s+)?{_harm(1)}\s+(?:were\s+reported\s+|was\s+reported\s+)?among\s+{SITE_PEOPLE}\b"
    rf"|\b(?:none|no\s+one|nobody)\s+(?:of|among)\s+{SITE_PEOPLE}\s+{_verb(2)}\b"
    rf"|\bno\s+(?:{SITE_GROUPS}|{NO_SITE_PERSON}){SITE_OWNER}\s+{_verb(3)}\b"
    rf"|\b{SITE_PEOPLE}\s+{_WHERE}?{_SHELTERED}?{_NIL_STATE}\s+"
    rf"(?P<h4>{_UNHURT_WORDS}|without\s+(?:any\s+)?(?:injuries|injury|a\s+scratch)|not\s+(?:hurt|injured|wounded|harmed))\b",
    re.I)
_DEATH = frozenset(w.lower() for w in [*_HARM_BOTH, *_HARM_KILLED])
_INJURY = frozenset(w.lower() for w in [*_HARM_BOTH, *_HARM_INJURED])

# after a nil, the group it is limited to, when that is the site's people: "no casualties among
# staff", "among the plant's employees", "no one on board was hurt" (never "among staff and
# soldiers": a group beyond the site's)
_SITE_GROUP = re.compile(rf"\W*(?:[\w-]+\s+){{0,3}}?(?:among\s+{SITE_PEOPLE}|on\s+board)\b(?!\s+(?:and|or)\b)", re.I)


@dataclass(frozen=True)
class SiteNil:
    """A nil told of the site's people, as a span of the text, and the roles it covers."""

    start: int
    end: int
    killed: bool  # "no casualties", "nobody was killed", "no deaths among the crew"
    injured: bool  # "no casualties", "none of the staff was hurt", "escaped unhurt"


def site_nils(text: str, start: int, end: int) -> Iterator[SiteNil]:
    """The nils of the site's people told in text[start:end], in order."""
    for m in _SITE_NIL.finditer(text, start, end):
        if m.group("h4"):  # a nil adjective ("unharmed", "without a scratch") tells no one hurt: injured only
            yield SiteNil(m.start(), m.end(), False, True)
            continue
        harm = next(g for g in (m.group(f"h{k}") for k in range(1, 4)) if g)
        yield SiteNil(m.start(), m.end(), harm.lower() in _DEATH, harm.lower() in _INJURY)


def site_group_after(text: str, pos: int) -> bool:
    """The words after a nil ending at `pos` limit it to the site's people ("... among the crew")."""
    return _SITE_GROUP.match(text, pos, pos + 60) is not None
