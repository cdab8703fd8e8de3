"""The deterministic baseline: attack and diplomacy records from patterns and lexicons.

No model, no network, milliseconds per article. It reads each sentence for the facts it
states (places, dates, casualty counts next to their cue, weapons with launched/intercepted
counts, damage, who reported), then groups sentences into events the way the codebook
says: one record per attacker, locality and night; nationwide barrage figures on a
country-level record. It is conservative by design: a number becomes a count only when a
fitting cue sits next to it in the same clause, so a reader can trust every value.

Modules, in the order an article flows through them: `sections` (the heads of a post: a
paragraph's place, a section's weekday), `facts` (one sentence's facts, using
`casualties`, `weapons`, `places`, `actors`, `eventhood`), `events` (grouping into events),
`attacks` (records), `participants` and `diplomacy`, `summary`, `backend`.
"""

from .backend import RulesBackend

__all__ = ["RulesBackend"]
