"""Reports by Russia's installed officials in occupied Ukraine (atk8).

A Russian-installed mayor or governor who reports shelling or a drone strike on the town he runs
tells of an attack by Ukraine: the speaker stands on the target's side, so the attacker is the other
side. The titles are read in `knowledge/data/cues/occupation.yaml`, and in the roles the actor
dictionary gives named people ("Russian-installed head in Kherson"). "Russian" inside such a title
("the Russian-installed mayor") is no attacker.

r34 (dev56): a post reproduced under a line that names its author ("6.15 am - the Moscow-appointed governor of X:"
above the quoted post) is that author's report too (`installed_post_author`)."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...knowledge.actors import find_actors
from ...sentences import Sentence

_SPEAKER = cues.pattern("occupation", "occupation_speaker")
OCCUPIED_ATTACKER = "Ukraine"  # whom Russia's installed officials report as attacking


def occupation_speakers(text: str, s: Sentence) -> list[tuple[int, int]]:
    """Spans of the sentence that name an official or body installed by Russia in occupied Ukraine."""
    spans = [(m.start(), m.end()) for m in _SPEAKER.finditer(text, s.start, s.end)]
    for a in find_actors(text[s.start:s.end]):
        if a.actor.role and _SPEAKER.search(a.actor.role):
            spans.append((s.start + a.start, s.start + a.end))
    return spans


def without_titles(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the installed officials' titles blanked (offsets kept), so that "Russian" in
    "the Russian-installed mayor" is read as no attacker."""
    out = list(text)
    for a, b in spans:
        out[a:b] = re.sub(r"\S", " ", text[a:b])
    return "".join(out)


# the line heading a reproduced post: short, ending on a colon ("6.15 am - the Moscow-appointed governor of X:")
_HEADER_WORDS = 14
_POST_OPENS = ('"', "“", "«", "„")


def installed_post_author(text: str, s: Sentence) -> bool:
    """The sentence lies in a quoted post whose heading line names an installed official."""
    line_start = text.rfind("\n", 0, s.start) + 1
    if line_start < 2 or not text.startswith(_POST_OPENS, line_start):
        return False
    head_start = text.rfind("\n", 0, line_start - 1) + 1
    head = text[head_start:line_start - 1].strip()
    return head.endswith(":") and len(head.split()) <= _HEADER_WORDS and bool(_SPEAKER.search(head))
