"""An injury told as what the person has, received or was left with (dev32-A2): "a courier has
burn wounds", "a pensioner suffered cuts to her face", "three guards received fractures", "a nurse
was left with a concussion". Only a noun of bodily injury after a verb of having: never "the
building suffered damage", "soldiers received medals", "a man who had been wounded in 2023".

One reading of the words for both paths: the rules count the person before it as injured
(`backends/rules/injuries_had.py`: one person, or a number before the people, as the subject),
grounding reads it as the injured cue after a person (`lexicon/casualties.py` INJURY_TOLD_AFTER,
which `grounding/role_cues.py` and the rules' casualty readers take). Who may be so told and what
may stand between the person and the verb stays with each path.
Vocabulary: knowledge/data/cues/casualties.yaml injury_having, injury_modifiers, injury_nouns.
"""

from __future__ import annotations

import re

from ..knowledge import cues

# the verb of having: "received", "suffered", "has", "was left with"
HAVING = cues.words_alternation("casualties", "injury_having")
# "minor", "severe", "shrapnel", "second-degree"
MODIFIERS = cues.words_alternation("casualties", "injury_modifiers")
# the injury: "wounds", "a concussion", "a broken arm"
INJURY_NOUNS = cues.words_alternation("casualties", "injury_nouns")
# the injury had: "suffered minor and deep cuts", "has a concussion", "sustained shrapnel wounds",
# "received a barotrauma";
# "suffered a severe concussion", "received a serious head injury": the article before the modifiers
INJURY_HAD = (rf"(?:{HAVING})\s+(?:an?\s+(?=(?:{MODIFIERS})\s))?(?:(?:{MODIFIERS})\s+(?:and\s+)?){{0,3}}"
              rf"(?:{INJURY_NOUNS})")

_INJURY_HAD = re.compile(rf"(?:{INJURY_HAD})\b", re.I)


def injury_had_at(text: str, pos: int, end: int | None = None) -> re.Match[str] | None:
    """The injury had told at text[pos] ("received burns ..."), if one is."""
    return _INJURY_HAD.match(text, pos, len(text) if end is None else end)
