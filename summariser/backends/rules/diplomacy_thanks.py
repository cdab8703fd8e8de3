"""Thanks for aid (dev16 class C3). Thanking a donor for its support names aid already told or
given long ago, no event ("thanked Denmark for its steadfast support"); thanking it for a *new*
package that the sentence says was announced, unveiled or approved ("thanked Sweden for a fresh
air-defence package that Stockholm unveiled on Monday", "for the 500 million dollars in drones
its minister announced on Friday") tells the aid decision itself: the thanks are only its frame."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...sentences import Sentence


def new_aid_thanked(text: str, s: Sentence, frame: re.Match[str], cue: re.Match[str]) -> bool:
    """The frame before the cue is a thanks, and what is thanked for is new aid told with its
    announcement (or its amount) in the same sentence."""
    if not _THANKS.match(frame.group(0)):
        return False
    announced = _ANNOUNCED.search(text, cue.end(), s.end) is not None
    fresh = _NEW.search(text, frame.start(), cue.end()) is not None
    amount = _AMOUNT.search(text, frame.start(), min(s.end, cue.end() + 60)) is not None
    return announced or (fresh and amount)


_THANKS = re.compile(r"(?:thank|grateful)", re.I)
_NEW = cues.regex("diplomacy_wire_families", "thanked_aid_new")
_ANNOUNCED = cues.regex("diplomacy_wire_families", "thanked_aid_announced")
_AMOUNT = re.compile(r"(?:[$€£]\s?\d|\b\d[\d.,]*\s*(?:million|billion|bn|m)\b)", re.I)
