"""An injury told as a stay in hospital with what is in the body, or as what a person is treated
for (dev34-A2): "The tractor driver, 61, is in hospital with shrapnel in his shoulder", "a courier
was taken to hospital with fragments lodged in her back", "a pensioner is being treated for
splinter wounds". Codebook 6: hospitalised counts when the article tells the injury, and the
foreign body in a body part, or a wound noun, tells it. One person (an article, an age aside)
counts 1; a number before the people counts them. Not: "two people are in hospital" (no injury
told), "in hospital with a heart attack" (no war injury), "visiting his wife in hospital".
Vocabulary: cues/hospital_injuries.yaml (the foreign body in a body part read once, by
articles/lodged_injuries), with the injury nouns of cues/casualties.yaml."""

from __future__ import annotations

from functools import partial

from ...articles.lodged_injuries import IN_BODY
from ...knowledge import cues
from ...numbers import NumberMention
from ...sentences import Sentence
from .common import CountHit
from .injuries_had import ONE_OR_THE, injured_told

_alt = partial(cues.alternation, "hospital_injuries")

_WOUND = (rf"(?:(?:{cues.alternation('casualties', 'injury_modifiers')})\s+){{0,2}}"
          rf"(?:{_alt('wound_kinds')}|{cues.alternation('casualties', 'injury_nouns')})\b")
_INJURY = rf"(?:{IN_BODY}|{_WOUND})"
# the verb phrase after the subject: in hospital with the injury, or treated for it
_TOLD = (rf"(?:\s*,\s*(?:aged\s+)?\d{{1,3}}\s*,|\s*,\s*(?:an?|the)\s[^,;:.()]{{1,40}},|\s+(?:of|aged)\s+\d{{1,2}})?\s+(?:(?:also|later|now)\s+)?"
         rf"(?:(?:{_alt('hospital_stays')})\s+with\s+(?:(?:a|an|his|her|their)\s+)?{_INJURY}"
         rf"|(?:{_alt('injury_treated')})\s+(?:(?:a|an|his|her|their)\s+)?{_INJURY})")


def hospital_injuries(text: str, s: Sentence, numbers: list[NumberMention], fields: set[str]) -> list[tuple[int, CountHit]]:
    """The injured told by their stay in hospital with an injury, for the fields the sentence leaves empty."""
    return injured_told(text, s, numbers, fields, _TOLD, articles=ONE_OR_THE)
