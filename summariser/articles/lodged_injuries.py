"""A foreign body of war in a body part: "shrapnel in his shoulder", "fragments lodged in her back",
"a bullet lodged in one thigh". Codebook 6: it tells an injury, so a hospital stay with it counts.
Never "shrapnel in the yard" or "the back of the van" (a place, not a body: no body part, or "of"
after it).

One reading of the words for both paths: the rules count the person in hospital with it
(`backends/rules/hospital_injuries.py`), grounding reads it as the injured cue after "with" or
"has" (`grounding/role_cues.py`). Vocabulary: knowledge/data/cues/hospital_injuries.yaml
foreign_bodies, body_parts.
"""

from __future__ import annotations

from ..knowledge import cues

# "shrapnel", "metal fragments", "a piece of glass", "ball bearings"
FOREIGN_BODIES = cues.alternation("hospital_injuries", "foreign_bodies")
# "shoulder", "back", "thighs"
BODY_PARTS = cues.alternation("hospital_injuries", "body_parts")
# the body part it is told in, after "in his", "to her left", "in one"
IN_BODY = (rf"(?:{FOREIGN_BODIES})\s+(?:(?:lodged|embedded|stuck|still)\s+)*(?:in|to)\s+"
           rf"(?:his|her|their|the|one|both|its|each)\s+(?:[\w-]+\s+)?(?:{BODY_PARTS})\b(?!\s+of\b)")
