"""A call told by an irregular or phrasal verb: "the Dutch minister rang her Ukrainian
counterpart", "has rung the chancellor twice", "dialled the Kremlin", "got through to Zelensky".
The event words' stems (`call*`, `phone*`, `spoke`) cover the regular forms; these need their
object after them: "sirens rang out", "church bells rang in Lviv", "the appeal rang hollow" and
"rang the alarm" name no call (`data/call_verbs.yaml`, read by `events.describes_event`)."""

from __future__ import annotations

from functools import lru_cache

from . import vocabulary


@lru_cache(maxsize=1)
def pattern() -> str:
    """The verb, then a word that is no `not_objects` entry, nor the sentence's end."""
    verbs = vocabulary.pattern("call_verbs", "call_verbs")
    blocked = vocabulary.pattern("not_objects", "call_verbs")
    return rf"(?:{verbs})\s+(?!(?:{blocked})\b)(?=[\w'’])"
