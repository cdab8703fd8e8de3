"""A procedural step denied until a later time (r13, dev23 class C7): "EU envoys are not
expected to vote on the draft before next week", "defence ministers will not meet again before June",
"envoys are not due to discuss the package until 20 March". The sentence says when the step will
*not* happen, which is no plan of it (codebook 13/16: a negated expectation). Only future or expected
steps are read: a past "did not meet until Tuesday" tells a meeting on Tuesday. The words live in
`cues/diplomacy_nonevents.yaml`."""

from __future__ import annotations

import re
from functools import partial

from ...knowledge import cues
from ...sentences import Sentence
from .diplomacy_modality import CLAUSE_MARK, clause_start


_alt = partial(cues.alternation, "diplomacy_nonevents")


# "are not expected to", "will not", "won't yet": the denied step, before or inside the cue
_NEGATED = re.compile(rf"\b(?:{_alt('negated_step_before')})\s+(?:yet\s+)?(?:(?:{_alt('negated_step_expectation')})\s+to\s+)?", re.I)
# "… the draft before next week", "… again until June": the time it is put off to, in the cue's clause
_NOT_UNTIL = re.compile(rf"(?:\s+[\w'’-]+){{0,8}}?\s+(?:{_alt('not_until_after')})\b", re.I)
_REACH = 60


def negated_step(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The cue's step is denied in the future, with the time it is put off until after it."""
    lo = clause_start(text, max(s.start, cue.start() - _REACH), cue.start())
    if not _NEGATED.search(text, lo, cue.end()):
        return False
    mark = CLAUSE_MARK.search(text, cue.end(), s.end)
    return bool(_NOT_UNTIL.match(text, cue.end(), mark.start() if mark else s.end))
