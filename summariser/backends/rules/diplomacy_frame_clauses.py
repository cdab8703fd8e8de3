"""A fronted temporal clause naming a gathering told before (dev33 class D3b): "While the envoys were
meeting in Vienna, drones struck Odesa again", "As the ministers gathered in Oslo, the Kremlin
announced …". The clause is the background of the main clause and points back at the session the
article has told; it is no event of its own, and its place is that session's venue when the session
was told without one."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...records import Diplomacy, DiplomacyStatus, Location
from ...sentences import Sentence

# "As|While|When <the people> (were) met|meeting|gathered|convened|talked …," opening the sentence; a
# comma before the verb ("As expected, the ministers met …") leaves the sentence's own event.
_FRAME = re.compile(
    r"[\W_]*(?:As|While|When|Even\s+as|Just\s+as)\s+(?P<who>(?:[\w'’.-]+\s+){0,6}?(?P<head>[a-z]+s))\s+"
    r"(?:were\s+|had\s+|have\s+)?(?:still\s+)?"
    r"(?P<verb>met|meeting|gathered|gathering|convened|convening|conferred|conferring|talked|talking|sat\s+down)\b"
    r"[^,;:.]{0,80},\s+", re.I)

# the people's own words must all be in the session's sentence ("foreign ministers", not "defence ministers")
_DETERMINERS = {"the", "its", "their", "his", "her", "our", "both", "all", "two", "some", "many", "bloc's", "union's"}


def frame_clause(text: str, s: Sentence) -> re.Match[str] | None:
    """The sentence's fronted "As/While/When <people> met …," clause, if any."""
    return _FRAME.match(text, s.start, s.end)


def frame_venue(frame: re.Match[str], found: list[tuple[int, Diplomacy]],
                venue: Callable[[re.Match[str]], Location | None]) -> None:
    """The frame's place goes to the held session told before by the same people ("ministers" in
    both) when that record has no venue; `venue` reads the place after the frame's verb."""
    words = [w for w in re.findall(r"[a-z][\w'’-]*", frame.group("who")) if w not in _DETERMINERS]
    told = next((rec for _, rec in reversed(found) if rec.status is DiplomacyStatus.held and rec.evidence
                 and all(re.search(rf"\b{re.escape(w)}\b", rec.evidence[0].text, re.I) for w in words)), None)
    if told is None or told.location is not None:
        return
    place = venue(frame)
    if place is not None:
        told.location = place
