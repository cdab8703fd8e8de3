"""The state a diplomatic measure (sanctions, aid, a ban) is aimed at or given to, read after its cue.
Moved out of `participants` (which reads who takes part in an event) when that module passed 400 lines."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues as _cues
from ...sentences import Sentence
from .article_actors import ArticleActors


def measure_targets(text: str, s: Sentence, cue: re.Match[str], actors: ArticleActors) -> list[str]:
    """The state a measure is aimed at or given to, after the cue: "sanctions against Russian
    banks", "sanctions on Russia" (Russia), "funds the production of Ukrainian howitzers" (Ukraine)
    (a country after "on" is otherwise read as a topic)."""
    out: list[str] = []
    for a in actors.within(cue.start(), s.end):
        if lx.REGISTERED_IN_BEFORE.search(text[max(cue.start(), a.start - 80):a.start]):
            continue  # "a trader incorporated in Cyprus and the Seychelles": where the targets are based (r34)
        if a.via in ("demonym", "name", "alias", "capital") and a.actor.name not in out and (
                a.start < cue.end() or lx.TARGET_BEFORE.search(text, max(cue.start(), a.start - 40), a.start)
                or (out and _COORDINATED.search(text, max(cue.start(), a.start - 16), a.start))):
            out.append(a.actor.name)  # "a ban on Belarusian potash and Russian timber": both targets (dev18 C6)
    for state, rx in _TARGET_PHRASES:  # "against 90 more shadow-fleet tankers": Russia's fleet (r31: within
        # the cue too, "put 20 more shadow-fleet tankers under sanctions")
        if state not in out and rx.search(text, cue.start(), min(s.end, cue.end() + _TARGET_REACH)):
            out.append(state)
    return out


# What a measure targets, named without its state (cue data), and how far after the cue it may stand.
_TARGET_PHRASES = _cues.patterns('diplomacy', 'measure_target_phrases')
_TARGET_REACH = 120
_COORDINATED = re.compile(r"\b(?:and|or|as\s+well\s+as)\s+$")
