"""Event nouns that tell no event (dev18 class C2): a state's own sitting body meeting (a central
bank's board, a monetary council, a parliament's committee, a party congress; dev12 C1's cabinet
and Stavka family, `diplomacy_domestic`, told as the subject of the sitting or by "its meeting"),
and an event noun made generic by a quantifier ("each peace offer", "every initiative", "all
proposals"). A foreign side named beside the body ("met the IMF mission", "with his Polish
counterpart") keeps the event."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...calendar_days import WD_NAMES
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_modality import clause_start, told_done_and_dated
from .diplomacy_deliberation import aggregate, undecided
from .diplomacy_communique import communique_content
from .diplomacy_forum import forum_only
from .diplomacy_habitual import habitual_supply
from .diplomacy_aid_totals import accused_aid, aid_total
from .diplomacy_hedged_topic import hedged_topic
from .diplomacy_negated_steps import negated_step
from .diplomacy_not_undertaken import not_undertaken
from .diplomacy_press_contact import press_contact
from .diplomacy_purpose_remark import purpose_remark
from .diplomacy_agenda_topic import agenda_topic
from .diplomacy_prescriptions import prescribed
from .diplomacy_open_ended import open_ended
from .diplomacy_nonevent_mentions import mention_only
from .diplomacy_leisure import leisure_gathering
from .diplomacy_indefinite import indefinite_mention, told_day

_BODY = cues.alternation("diplomacy_nonevents", "sitting_bodies")
_SITTING = cues.alternation("diplomacy_nonevents", "sitting_verbs")
# "the central bank's board will meet", "at its meeting" after the body, within one clause
_BODY_SITS = re.compile(rf"\b(?:{_BODY})\b(?:[^.;:]{{0,80}}?)\b(?:{_SITTING})\b", re.I)
_ITS_MEETING = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting)\b", re.I)
_FOREIGN_SIDE = re.compile(r"\bwith\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?-i:[A-Z])|\bcounterparts?\b|\bvisiting\b"
                           r"|\b(?:IMF|NATO|EU|UN|G7|OSCE|World\s+Bank|delegation|envoys?|mission)\b", re.I)
_QUANTIFIED = re.compile(
    rf"\b(?:{cues.alternation('diplomacy_nonevents', 'generic_quantifiers')})\s+(?:[a-z][\w-]*\s+){{0,2}}?$", re.I)
_KIND_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy_nonevents', 'kind_determiner_before')})$", re.I)
_KIND_AFTER = re.compile(rf"\s+(?:{cues.alternation('diplomacy_nonevents', 'kind_determiner_after')})", re.I)
_BARE_PLURAL = re.compile(rf"\b(?:{cues.alternation('diplomacy_nonevents', 'bare_plural_before')})\s+(?:[a-z][\w-]*\s+)?"
                          rf"(?=(?:{cues.alternation('diplomacy_nonevents', 'bare_plural_nouns')})\b)", re.I)
_GENERIC_SUBJECT = re.compile(rf"\s+(?:{cues.alternation('diplomacy_nonevents', 'generic_subject_predicates')})", re.I)
_CLAUSE_OPENING = re.compile(r"(?:[,;:]\s*|\b(?:and|but)\s+)$")
# (the verb with its object: "needs careful preparation", never the noun of "on its air defence needs")
_NEEDING = re.compile(rf"(?:\s+(?!and\b|but\b)[\w'’-]+){{0,6}}?\s+(?:{cues.alternation('diplomacy_nonevents', 'needing_after')})\b"
                      r"(?=\s+(?!(?:of|and|or|in|on|at|for|to|with|from|by)\b)[a-z])", re.I)
_NEEDED = re.compile(rf"\b(?:{cues.alternation('diplomacy_nonevents', 'needed_before')})\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)
_UNSETTLED = re.compile(rf"\b(?:{cues.alternation('diplomacy_nonevents', 'unsettled_before')})\s+(?:[\w'’-]+\s+){{0,5}}?$", re.I)
_BACKGROUND = cues.regex("diplomacy_nonevents", "background_before")
_DAY = re.compile(r"\b(?:" + WD_NAMES + r"|yesterday|today|tomorrow)\b|\b\d{1,2}\s+[A-Z][a-z]+\b")
_BARE_DEFINITE = re.compile(r"\b(?:the|its|their|that|this\s+week['’]s|(?-i:[A-Z])\w+day['’]s)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting)$", re.I)
_GENERIC_KINDS = {DiplomacyKind.proposal, DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit,
                  DiplomacyKind.visit, DiplomacyKind.phone_call}
_SESSION_KINDS = {DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.summit}


def no_event(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind, lead_in: str) -> bool:
    """The cue names a state body's own sitting or a quantified, generic event (see the docstring);
    `lead_in`: the few sentences before, where "the meeting" may have been introduced ("The central
    bank held its rate. Analysts had expected a hold before the meeting.")."""
    return _own_body_sitting(text, s, kind) or _generic(text, s, cue, kind) or _body_named_again(text, s, cue, kind, lead_in) \
        or _needed_or_unsettled(text, s, cue, kind) or _background(text, s, cue, kind) or _supposed(text, s, cue) \
        or not_undertaken(text, s, cue, kind) or negated_step(text, s, cue) or communique_content(text, s, cue, lead_in) \
        or undecided(text, s, cue) or aggregate(text, s, cue, kind) \
        or habitual_supply(text, s, cue, kind) or aid_total(text, s, cue, kind) or accused_aid(text, s, cue, kind) \
        or forum_only(text, s, cue, kind) \
        or prescribed(text, s, cue, kind) or (kind in _SESSION_KINDS and open_ended(text, s, cue)) \
        or _deal_as_frame(text, s, cue, kind) or _in_terms(text, s, cue, kind) or leisure_gathering(text, s, kind)  # "is weighing sanctions", "a handful of swaps" (dev21 C2); "It supplies drones"; r15


# "under the trade deal", "in line with a pact": a frame preposition, a determiner, up to three modifiers
_DEAL_FRAME = re.compile(rf"\b(?:{cues.alternation('diplomacy_nonevents', 'deal_frame_before')})\s+"
                         r"(?:the|an?|its|their|this|that|[\w'’-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}?$", re.I)


def _deal_as_frame(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"The quota grew under the trade deal agreed this spring": an agreement told done after its
    noun, named as the frame of another predicate and with no day of its own, is a reference to an
    earlier deal, no event (classes_dev36 D8). "Under the deal signed on Friday, …" keeps its day
    and stays (`told_done_and_dated`)."""
    return kind is DiplomacyKind.agreement and bool(_DEAL_FRAME.search(text, max(s.start, cue.start() - 80), cue.start())) \
        and not told_done_and_dated(text, s, cue, None)


_PERIOD_OF = cues.regex("diplomacy_nonevents", "period_of_before", "$", word_end=False)
_PERIOD_KINDS = {DiplomacyKind.talks, DiplomacyKind.meeting}


def _in_terms(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """The cue is inside a plan's terms ("a proposal under which talks would open", "Under the plan,
    the status would be settled in talks") or names a span of time ("for ten years of negotiation"):
    what a plan holds or a period, no event (classes_dev35 D9)."""
    terms = lx.PROPOSAL_TERMS.search(text, s.start, cue.start())
    frame = lx.PROPOSAL_TERMS_FRAME.match(text, s.start, s.end)
    if (terms is not None and terms.end() <= cue.start()) or (frame is not None and frame.end() <= cue.start()):
        return True
    return kind in _PERIOD_KINDS and bool(_PERIOD_OF.search(text, max(s.start, cue.start() - 40), cue.start()))


def without_remarks(text: str, s: Sentence, found: list[tuple[DiplomacyKind, re.Match[str]]],
                    told_before: bool) -> list[tuple[DiplomacyKind, re.Match[str]]]:
    """The sentence's cues less those that talk about events rather than tell one (dev22 C1): a call
    with reporters, a possible round named as a topic, a remark on what the visit told before was
    meant to do, and the mentions of `diplomacy_nonevent_mentions` (a means, an outcome summed up, a
    condition, a habit thanked, a description, a refusal's reason, a class over a term; round 20). The
    sentence's other cues stay ("discussed a possible swap by phone": the call)."""
    met = [c.start() for k, c in found if k in _IN_PERSON]
    return [(k, c) for k, c in found if not (press_contact(text, s, c, k) or hedged_topic(text, s, c)
                                             or purpose_remark(text, s, c, told_before) or agenda_topic(text, s, c)
                                             or mention_only(text, s, c, k)  # "thanks to talks, …" (r20)
                                             or k is DiplomacyKind.phone_call and any(x < c.start() for x in met)
                                             and _unwired(text, s, c))]


# r35 (dev57 R8): "came for a short visit …, and the presidents then spoke for an hour": a talk told
# after a visit or meeting in its sentence, with no word of a phone or a line, is part of that
# encounter, no call ("I spoke with X, and our delegations will meet in Y" keeps its call)
_IN_PERSON = {DiplomacyKind.visit, DiplomacyKind.summit, DiplomacyKind.meeting}
_WIRED = re.compile(r"\b(?:(?:tele)?phon\w*|call\w*|video\w*|line|rang|ring|dial\w*|remotely|online)\b", re.I)


def _unwired(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    return _WIRED.search(text, cue.start(), min(s.end, cue.end() + 40)) is None


_CONDITIONAL = re.compile(rf"\W*(?:(?:but|and|yet)\s+)?(?:{cues.alternation('diplomacy_nonevents', 'conditional_openers')})\b[^,;]*,", re.I)
_CONDITIONAL_INSIDE = re.compile(rf"\b(?:{cues.alternation('diplomacy_nonevents', 'conditional_inside')})\b[^,;]*,", re.I)
_FORECAST_VERB = cues.regex("diplomacy_nonevents", "forecast_verbs")
_ANY_CONDITION = re.compile(rf"\b(?:{cues.alternation('diplomacy_nonevents', 'conditional_inside')}|failing|otherwise)\b", re.I)
_FORECAST = cues.regex("diplomacy_nonevents", "forecast_words")
_FORECAST_BEFORE = cues.regex("diplomacy_nonevents", "forecast_before")


def _supposed(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"If the summit fails, Kyiv expects swaps to continue", "Should talks stall, Moscow foresees more
    exchanges": the event inside a condition, or forecast in the clause after it, or a forecast of
    more of the same ("expects the sides to fall back on prisoner swaps"), is no event (dev19 C9)."""
    if _FORECAST_BEFORE.search(text, max(s.start, cue.start() - 90), cue.start()):
        return True
    if _FORECAST_VERB.search(text, max(s.start, cue.start() - 60), cue.start()) and _ANY_CONDITION.search(text, s.start, s.end):
        return True  # "Expect a fallback to prisoner swaps if the talks stall"
    cond = _CONDITIONAL.match(text, s.start, s.end) or _CONDITIONAL_INSIDE.search(text, s.start, cue.start())
    if cond is None:
        return False
    return cue.start() < cond.end() or bool(_FORECAST.search(text, cond.end(), cue.start()))


def _background(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"Turkey has previously hosted both sides for negotiations": what a side did before, with no
    day of its own, is background (dev18 class C7)."""
    return kind in _GENERIC_KINDS and bool(_BACKGROUND.search(text, max(s.start, cue.start() - 120), cue.end())) \
        and not _DAY.search(text, s.start, s.end)


def _needed_or_unsettled(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"The plan still requires further consultations", "no date has been agreed for a third round",
    "a meeting of the leaders still needs preparation": the event as a need, as needing or with nothing
    settled, no event (dev19 class C1, r41)."""
    if kind not in _GENERIC_KINDS:
        return False
    lo = clause_start(text, max(s.start, cue.start() - 90), cue.start())
    return bool(_NEEDED.search(text, lo, cue.start()) or _UNSETTLED.search(text, max(s.start, cue.start() - 90), cue.start())
                or _NEEDING.match(text, cue.end(), s.end) and not told_day(text, s))


def _body_named_again(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind, lead_in: str) -> bool:
    if kind not in _SESSION_KINDS or not _BARE_DEFINITE.search(text, max(s.start, cue.start() - 40), cue.end()):
        return False
    body = re.search(rf"\b(?:{_BODY})\b", lead_in, re.I)
    return body is not None and not _FOREIGN_SIDE.search(lead_in[body.start():]) and not _FOREIGN_SIDE.search(text, s.start, s.end)


def _own_body_sitting(text: str, s: Sentence, kind: DiplomacyKind) -> bool:
    if kind not in _SESSION_KINDS or _FOREIGN_SIDE.search(text, s.start, s.end):
        return False
    body = _BODY_SITS.search(text, s.start, s.end)
    return body is not None or bool(_ITS_MEETING.search(text, s.start, s.end) and re.search(rf"\b(?:{_BODY})\b", s.text, re.I))


def _generic(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    return kind in _GENERIC_KINDS and bool(_QUANTIFIED.search(text, max(s.start, cue.start() - 40), cue.start())
                                           or _kind_only(text, s, cue) or _bare_plural(text, s, cue)
                                           or _generic_subject(text, s, cue) or indefinite_mention(text, s, cue))


def _generic_subject(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"Negotiations are for the diplomats": the bare noun opening its clause, then a remark on whose
    business such events are (r29); undated."""
    opens = not text[s.start:cue.start()].strip(" \"'“‘*") or _CLAUSE_OPENING.search(text, s.start, cue.start())
    return bool(opens) and bool(_GENERIC_SUBJECT.match(text, cue.end(), s.end)) and not _DAY.search(text, s.start, s.end)


def _bare_plural(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"Moscow's love of summits", "doubts about such visits": the plural noun with no
    determiner after a preposition names the kind, not one event (round 17, dev31 D4)."""
    before = _BARE_PLURAL.search(text, max(s.start, cue.start() - 30), cue.end())
    return before is not None and before.end() == cue.start() and not _DAY.search(text, s.start, s.end)


def _kind_only(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"Such a summit would need careful groundwork": the kind of a proposal told before, undated (round 14)."""
    told = _KIND_BEFORE.search(text, max(s.start, cue.start() - 20), cue.start()) or _KIND_AFTER.match(text, cue.end(), s.end)
    return bool(told) and not _DAY.search(text, s.start, s.end)
