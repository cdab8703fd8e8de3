"""Talks whose sides are told as a pair and named nowhere before (r48): "both teams will sit down
in Geneva once more", "direct talks planned for next week will not go ahead". In an article
about a war between two states the pair is the warring sides, beside the venue's host."""

from __future__ import annotations

from ...knowledge import cues
from ...records import DiplomacyKind, Location
from ...sentences import Sentence

_COLLECTIVE = cues.pattern("diplomacy", "warring_collective")
_TALKS = {DiplomacyKind.talks, DiplomacyKind.meeting}


def warring_talks_sides(text: str, s: Sentence, kind: DiplomacyKind, participants: list[str],
                        location: Location | None, war_sides: list[str], named: list[str]) -> list[str]:
    """The participants, with the warring sides added where the sentence tells its talks' sides only
    as a pair, with a venue, and names no state but those and the venue's (`named`: the states the sentence
    names; a third one means the pair may be another: "US and Russian delegations…, the two sides agreed")."""
    if kind not in _TALKS or len(war_sides) != 2 or location is None or not _COLLECTIVE.search(text, s.start, s.end):
        return participants  # (no venue, no gathering told: "both sides escalate amid stalled peace talks")
    venue = location.country
    if any(p not in war_sides and p != venue for p in (*participants, *named)):
        return participants  # a third state in the sentence ("an American proposal, after talks between the two
        # delegations in Jeddah"): the pair may be its own
    hosts = [venue] if venue and venue not in war_sides else []  # talks between others in a city: its state hosts (codebook 15)
    return participants + [x for x in (*war_sides, *hosts) if x not in participants]
