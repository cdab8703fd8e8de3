"""The visitor's meetings with the hosts told in the sentences right after a visit (r13, dev23 class
C5, dev24 class C1b): "Orpo arrived in Kyiv on Tuesday. He met Zelensky and the prime minister and
laid flowers at a memorial", "She is expected to meet Zelensky and tour the port", "During the trip
he also held meetings with the speaker". Codebook 14: the visitor's meetings with the hosts during a
visit are part of the visit (one `visit` record) unless the article reports them as talks of their
own ("held talks with Zelensky"). A meeting in another city, on another day, or with a state that
is no side of the visit is another event."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus

# What a visitor's programme is told with; talks named as talks are an event of their own (rule 14).
_PROGRAMME_KINDS = {DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.visit}  # "will also visit a checkpoint"
_TALKS_NAMED = cues.regex("diplomacy_visits", "talks_of_their_own")
# the ceremonial steps of a programme: talks told in one list with them are a step too (r19, dev35 D7)
_PROGRAMME_ACT = cues.regex("diplomacy_visits", "programme_acts")
# A visit made, then its programme told as still to come ("is expected to meet", "will tour").
_STATUSES = {(DiplomacyStatus.held, DiplomacyStatus.held), (DiplomacyStatus.held, DiplomacyStatus.planned),
             (DiplomacyStatus.planned, DiplomacyStatus.planned)}


def visitor_meets_hosts(rec: Diplomacy, trip: Diplomacy) -> bool:
    """`rec`, told after the visit `trip`, is the visitor's meeting with its hosts on that trip."""
    if rec.kind not in _PROGRAMME_KINDS or (trip.status, rec.status) not in _STATUSES:
        return False
    if not rec.evidence or rec.evidence[0] in trip.evidence:
        return False
    if rec.status is DiplomacyStatus.held and _TALKS_NAMED.search(rec.evidence[0].text) \
            and not _PROGRAMME_ACT.search(rec.evidence[0].text):
        return False  # "held talks with Zelensky": talks of their own; "is due to hold talks with him", "laid a
        # wreath, toured a plant and held talks with the president": the programme (r19, dev35 D7)
    if rec.location is not None and (trip.location is None or rec.location.name != trip.location.name):
        return False  # "… he will meet Duda in Warsaw": another trip
    if rec.date is not None and (trip.date is None or (rec.date.start, rec.date.end) != (trip.date.start, trip.date.end)):
        return False  # another day's meeting (the same day told in other words is the same day)
    return bool(rec.participants) and set(rec.participants) <= set(trip.participants)


# "was in Kharkiv on Wednesday, where she held talks with the governor": the visit's own sentence
# tells what the visitor did there (round 14, class C2)
_WHERE_THERE = re.compile(r",\s+where\s+(?:[\w'’-]+\s+){1,4}?(?:also\s+)?(?:held|had|met|meets|holds|has|sat\s+down)\b", re.I)


def met_where_visiting(rec: Diplomacy, trip: Diplomacy) -> bool:
    """`rec`, told in the visit's own sentence in a ", where ..." clause, is a meeting of the visit."""
    if rec.kind not in _PROGRAMME_KINDS - {DiplomacyKind.visit} or trip.kind is not DiplomacyKind.visit:
        return False
    if not rec.evidence or rec.evidence[0] not in trip.evidence or not _WHERE_THERE.search(rec.evidence[0].text):
        return False
    if rec.location is not None and (trip.location is None or rec.location.name != trip.location.name):
        return False
    return bool(rec.participants) and set(rec.participants) <= set(trip.participants)
