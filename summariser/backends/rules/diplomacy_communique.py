"""What a gathering's written outcome promises (r13, dev24 class C3b): after a summit or meeting is
told, "Their joint declaration pledged a monitoring mission once a truce is agreed" or "The final
communique called for a reassurance force to deploy after any ceasefire" tells that gathering's
content, not a peacekeeping plan, aid or talks of its own (codebook 13/14). The communique must be the
sentence's subject and a gathering must have been told before; a document presented by named states
on a day ("Germany and France presented a plan on Tuesday") stays an event. Words in
`cues/diplomacy_nonevents.yaml`."""

from __future__ import annotations

import re
from functools import partial

from ...knowledge import cues
from ...sentences import Sentence


_alt = partial(cues.alternation, "diplomacy_nonevents")


# the sentence opens with the document as subject, then its promise verb within a few words
_SUBJECT = re.compile(rf"\W*(?:(?:but|and|yet|meanwhile|however)\W+)?(?:{_alt('communique_subject')})\b"
                      rf"(?:\s*,[^,.;]{{1,60}},)?(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_alt('communique_verbs')})\b", re.I)
_GATHERING = re.compile(rf"\b(?:{_alt('gathering_told')})\b", re.I)
_LOOK_BACK = 600  # the gathering is told in the few sentences before


def communique_content(text: str, s: Sentence, cue: re.Match[str], lead_in: str) -> bool:
    """The cue stands in what a gathering's communique, told as the sentence's subject, promises."""
    said = _SUBJECT.match(text, s.start, s.end)
    return said is not None and said.end() <= cue.start() + len(cue.group(0)) \
        and bool(_GATHERING.search(lead_in[-_LOOK_BACK:]))
