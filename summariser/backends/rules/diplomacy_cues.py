"""Which diplomacy cues of a sentence name an event: the first cue of each kind that is no mere
topic ("discussed a new swap"), stance ("ready for talks"), prospect, attribution, observer's frame,
press contact, scoped-out clause or appositive."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_arrivals import discussion_on_trip, no_visitor
from .diplomacy_elaboration import asked_about, questioned
from .diplomacy_groups import in_appositive
from .diplomacy_interview import press_contact
from .diplomacy_later_mentions import dated_in_own_phrase
from .diplomacy_modality import clause_start
from .diplomacy_reactions import observed_only
from .diplomacy_relative_measures import relative_proposal
from .diplomacy_scope import scoped_out
from .diplomacy_statements import attribution_only, prospect_only, stance


def sentence_cues(text: str, s: Sentence) -> list[tuple[DiplomacyKind, re.Match[str]]]:
    """The first cue of each kind in the sentence that is no mere topic nor a stance ("ready for
    talks"), in the lexicon's order of precedence."""
    out = []
    for kind, rx in lx.DIPLOMACY_CUES:
        m = _past_demand(text, s, kind, [c for c in rx.finditer(text, s.start, s.end)
                  if (kind in _EVENT_FORMS or not (_discussed(text, s, c) or asked_about(text, s, c))) and not (stance(text, s, relative_proposal(kind, c) or c) and not dated_in_own_phrase(text, c.end(), placed=True))
                  and not (kind in _PROSPECTS and prospect_only(text, s, c)  # "discussed resuming talks"
                           and not dated_in_own_phrase(text, c.end()))  # (r29: "preparations for the summit in X on July 7-8")
                  and not attribution_only(text, s, c)  # "officials familiar with the talks"
                  and not questioned(text, s, c)  # "asked what the contacts would mean" (r30)
                  and not observed_only(text, s, c)  # "traders are watching the talks"
                  and not press_contact(text, s, kind, c)  # "told this newspaper by phone"
                  and not (scoped_out(text, s, c, kind)  # "ready to continue contacts, including talks on X"
                           and not dated_in_own_phrase(text, c.end(), placed=True))  # (r29: "prepared for talks in X next week")
                  and not no_visitor(text, s, kind, c)  # "refugees got off the train in Przemysl"
                  and not discussion_on_trip(text, s, kind, c)  # "flies to Kyiv, where she will discuss X with Y" (r21)
                  and not in_appositive(text, s, c.start())  # "the group, which funds aid, met"
                  and not _day_of_event(text, s, c)])  # "…, the closing day of the forum" (r21)
        if m:
            out.append((kind, m))
    return out


# Kinds that are forms of an event, never only its topic ("discussed aid in a phone call"), and a
# peacekeeping force, which is a plan being set up while it is discussed (codebook rule 13).
_EVENT_FORMS = lx.EVENT_FORM_KINDS | {DiplomacyKind.visit, DiplomacyKind.peacekeeping}
# Events that may be named only as a prospect talked about (a call is the form of the talking itself).
_PROSPECTS = {DiplomacyKind.talks, DiplomacyKind.summit, DiplomacyKind.meeting}


# "on Friday, the closing day of the forum": the noun dates another event (r21, dev40 D3)
_DAY_OF_EVENT = re.compile(rf"(?:{cues.alternation('diplomacy_sequence', 'day_of_event')})$", re.I)
_DAY_OF_EVENT_AFTER = re.compile(cues.alternation("diplomacy_sequence", "day_of_event_after"), re.I)


def _day_of_event(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"On Friday, the closing day of the forum", "on Monday, the talks' second day": the noun dates another event."""
    return bool(_DAY_OF_EVENT.search(text, max(s.start, cue.start() - 60), cue.start())
                or _DAY_OF_EVENT_AFTER.match(text, cue.end(), s.end))


# an aside that goes on naming the topics of the clause before it ("…, including through new sanctions")
_TOPIC_ASIDE = re.compile(rf"\s*(?:{cues.alternation('diplomacy_nonevents', 'topic_aside_openers')})\b", re.I)


def _past_demand(text: str, s: Sentence, kind: DiplomacyKind, found: list[re.Match[str]]) -> re.Match[str] | None:
    """The first cue; for a measure, the first one outside a demand's clause when a later one is
    ("had begged the bloc to ban X, while the Commission's draft listing nine insurers
    was held back": the proposal, r30)."""
    if kind not in (DiplomacyKind.sanctions, DiplomacyKind.military_aid) or len(found) < 2:
        return found[0] if found else None
    return next((c for c in found if not in_demand(text, s, c)), found[0])


_CONTRAST = re.compile(r"(?:,\s*|\s)(?:while|whereas|but|although|though|yet)\s|;", re.I)


def in_demand(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """A demand's words before the cue in its sentence, back to a contrast ("while", "but", ";"): "urged Brussels
    to go further, including a full ban on X" is asked for; "…, while the Commission's proposal to add …" is not."""
    lo = max((b.end() for b in _CONTRAST.finditer(text, s.start, cue.start())), default=s.start)
    return bool(lx.DEMAND_CUES.search(text, max(lo, cue.start() - 90), cue.start()))


def _discussed(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"The two discussed a possible new swap", "exchanged views on sanctions": the event noun is
    what was talked about, in the same clause, with no verb of its own between ("discussed aid
    and then signed a deal" keeps the deal)."""
    lo = clause_start(text, max(s.start, cue.start() - 150), cue.start())
    if lo > s.start and _TOPIC_ASIDE.match(text, lo):  # ", including through a new sanctions package" (r20, dev38 D8)
        lo = clause_start(text, max(s.start, cue.start() - 150), lo - 1)
    verbs = list(lx.DISCUSSED_BEFORE.finditer(text, lo, cue.start()))
    if _ON_AGENDA.match(text, cue.end(), s.end):
        return True  # "with shells and a fresh package of sanctions on their agenda" (r30)
    return bool(verbs) and not lx.OWN_VERB_GAP.search(text, verbs[-1].end(), cue.end())


# the noun named as an item of an agenda after it: "a further sanctions round on its agenda", "high on the agenda"
_ON_AGENDA = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:high|top|first|also)\s+)?(?:on|topping|tops|top\s+of)\s+(?:the|its|their)\s+agenda\b", re.I)
