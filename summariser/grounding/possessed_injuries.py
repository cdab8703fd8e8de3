"""An injury told as what the people counted have (dev34-A3): "four residents have shrapnel
wounds", "three had cuts", "two passers-by received burns". The verb of having and the injury
noun after it are a cue for the injured count before them, so a part singled out of that group
("one of them is a schoolboy of 13") takes the injured role from it. The words are the ones the
rules read for the same concept (`cues/rules_counts.yaml`: injury_having, injury_modifiers,
injury_nouns; `backends/rules/injuries_had`): "soldiers received medals" and "the roof sustained
cracks" hold no injury noun."""

from __future__ import annotations

from ..knowledge import cues

INJURY_HAD = (rf"(?:{cues.alternation('casualties', 'injury_having')})\s+"
              rf"(?:(?:{cues.alternation('casualties', 'injury_modifiers')})\s+){{0,2}}"
              rf"(?:{cues.alternation('casualties', 'injury_nouns')})")
