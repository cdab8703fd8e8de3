"""Diplomacy modality and event-hood: the status a cue's clause gives ("will", "offered to",
"called off"), and the mentions that are no event of their own (denials, appeals, obligations,
hypotheticals, an event recalled)."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...calendar_days import MON
from ...dates import find_dates
from ...blanking import blank_spans
from ...knowledge import cues
from ...records import DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence
from .diplomacy_asides import asides_after
from .diplomacy_main_verb import called_off_past_aside
from .diplomacy_relative_host import relative_host_status
from .diplomacy_scope import dated_occasion, own_schedule, request_setting
from .diplomacy_subject_verb import subject_verb_status
from .diplomacy_thanks import new_aid_thanked
from .diplomacy_topic_spans import topic_spans
from .diplomacy_weekday_ahead import weekday_ahead


def event_status(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind | None = None) -> DiplomacyStatus:
    lo, hi = s.start, s.end
    for b in re.finditer(r"[;\u2014\u2013]|\s-\s", text[s.start:s.end]):
        if s.start + b.end() <= cue.start():
            lo = s.start + b.end()
        elif s.start + b.start() >= cue.end():
            hi = s.start + b.start()
            break
    ahead = weekday_ahead(text, s, cue, kind)
    if ahead is not None:
        return ahead  # "is hosting a Thursday summit": the coming Thursday (r17, dev31 D3)
    hosted = relative_host_status(text, s, cue) if kind in lx.EVENT_FORM_KINDS else None
    if hosted is not None:
        return hosted  # "ahead of the conference on Gaza which Egypt will host" (r50)
    main = subject_verb_status(text, s, cue) if kind in lx.EVENT_FORM_KINDS else None
    if main is not None:
        return main  # "Talks mediated by Qatar on <a long topic> have been frozen since March"
    if kind in lx.EVENT_FORM_KINDS and (_called_off_later(text, cue, hi) or called_off_past_aside(text, cue, hi)
                                        or _called_off_next_clause(text, cue, s.end)):
        return DiplomacyStatus.cancelled  # "talks that Turkey had planned for next week … are not going ahead"
    if offer_aside(text, s, cue):
        return DiplomacyStatus.proposed  # "renewed his offer, sent in letters in May, to host talks" (r14)
    lo, hi = _without_reported_content(text, lo, hi, cue)
    hi = _own_clause_end(text, s, cue, hi)
    if _PROPOSING_THAT.search(text, max(s.start, lo - 40), lo):
        return DiplomacyStatus.proposed  # "proposed that the leaders meet in Istanbul"
    but = _BUT.search(text, cue.end(), hi)
    hi = but.start() if but else hi  # "open to talks, but has rejected a ceasefire": two clauses
    nxt = lx.NEXT_CLAUSE.search(text, cue.end(), hi)
    hi = nxt.start() if nxt else hi  # "has spoken with Trump, and the two agreed to meet": two clauses
    aim = _PURPOSE.search(text, cue.end(), hi)
    hi = aim.start() if aim else hi  # "met in a bid to restart frozen negotiations": not the meeting's status
    there = _WHERE_AFTER.search(text, cue.end(), hi)
    hi = there.start() if there else hi  # "flew to Kyiv on Monday, where they were to meet…": the trip's own verb
    use = _RELATIVE_FUTURE.search(text, cue.end(), hi) if kind in _MEASURES else None
    hi = use.start() if use else hi  # "a package which will fund drone production": its use, not its status
    spoke = lx.DISCUSSED_BEFORE.search(text, cue.end(), hi) if kind in lx.EVENT_FORM_KINDS else None
    hi = spoke.start() if spoke else hi  # "met on Monday and talked about a summit later this year"
    if kind is DiplomacyKind.peacekeeping and _PRESENTED.search(
            text, clause_start(text, max(s.start, cue.start() - 120), cue.start()), cue.start()):
        return DiplomacyStatus.held  # "presented a plan for a force that would deploy": the presentation
    if kind is DiplomacyKind.agreement and _AGREEMENT_EXIT.match(cue.group(0)):
        return DiplomacyStatus.cancelled  # "Moscow's refusal in May to roll over the deal" (r21, dev39 D3)
    if kind is DiplomacyKind.agreement and _signed_in_cue(text, s, cue):
        return DiplomacyStatus.held  # "under the memorandum signed today, the two will…"
    if kind in _MEASURES and _drafted(text, s, cue):
        return DiplomacyStatus.proposed  # "unveiled draft legislation that would impose sanctions"
    w0 = max(lo, cue.start() - 90)
    # r30: a relative aside right after the noun is no status of it, and its length no reach ("The package,
    # which names forty vessels and two insurers, is due to be adopted on Friday")
    asides = asides_after(text, cue.end(), hi)
    reach = min(hi, cue.end() + 90 + sum(b - a for a, b in asides))
    others = [sp for sp in others_acts(text, w0, reach) if not sp[0] <= cue.start() < sp[1]] + asides
    if kind in lx.EVENT_FORM_KINDS:  # "talks on how Europe would back a ceasefire", "discussed the upcoming
        others += topic_spans(text, w0, reach, cue)  # summit during a call": the topic's modality (r34)
    window = blank_spans(text, others)[w0:reach]  # (a who-clause holding the cue is the event's own)
    if kind in (DiplomacyKind.sanctions, DiplomacyKind.proposal):  # "suspended sanctions": the decision, not
        # a stall; "a peace plan to the US": the plan's words give no status
        window = window[:cue.start() - w0] + " " * (cue.end() - cue.start()) + window[cue.end() - w0:]
    if (kind is DiplomacyKind.phone_call and request_setting(text, lo, cue)) or dated_occasion(text, s, cue):
        # "urged X to send … in a call", "pressed X to accept a truce at talks in Y on Tuesday" (r31): the request's
        # words are the event's content, not its status
        window = _APPEAL.sub(lambda a: " " * len(a.group(0)), window)
    c_lo = clause_start(text, max(lo, cue.start() - 60), cue.start())
    offer = lx.PROPOSED_BEFORE.search(text, c_lo, cue.start())
    if offer and kind in lx.EVENT_FORM_KINDS and lx.DISCUSSED_BEFORE.search(text, c_lo, offer.start()):
        offer = None  # "discussed a possible swap by phone": the possible swap is the call's topic
    if offer and not any(rx.search(window) for st, rx in lx.STATUS_CUES[:2]):
        if own_schedule(text, s, cue):
            return DiplomacyStatus.planned  # "ready to receive a new round, scheduled for 4 May" (r37)
        return DiplomacyStatus.proposed  # "offered to host talks", "ready to send air defence"
    for status, rx in lx.STATUS_CUES:
        if rx.search(window):
            return status
    # a plan handed over, tabled or presented is put forward, not agreed (codebook 16)
    return DiplomacyStatus.proposed if kind is DiplomacyKind.proposal else DiplomacyStatus.held


_MEASURES = {DiplomacyKind.sanctions, DiplomacyKind.military_aid}
_APPEAL = cues.regex("diplomacy", "appeal_verbs")
_CANCELLED = dict(lx.STATUS_CUES)[DiplomacyStatus.cancelled]
_AGREEMENT_EXIT = re.compile(lx.AGREEMENT_EXIT, re.I)


def _own_clause_end(text: str, s: Sentence, cue: re.Match[str], hi: int) -> int:
    """Where the event's own clause ends for its status (dev23 C2): at a colon after the cue (what
    follows elaborates: "met on Tuesday: the fund would grow"), and at the comma closing a fronted
    time clause whose verb is past ("By the time A met B on Tuesday, the text had been agreed"), and
    before a participle of attitude after a past verb ("met on Friday knowing the deal would fail")."""
    colon = _COLON.search(text, cue.end(), hi)
    hi = colon.start() if colon else hi
    words = cue.group(0).split()
    if not words or not (_PAST_VERB.fullmatch(words[0]) or _PAST_VERB.fullmatch(words[-1])):
        return hi  # (the cue's verb, "met" of "met in", told in the past)
    if _TIME_FRAME.match(text, s.start):
        comma = text.find(",", cue.end(), hi)
        hi = comma if comma >= 0 else hi
    attitude = _ATTITUDE.search(text, cue.end(), hi)  # "met on Friday knowing the deal would not be signed"
    return attitude.start() if attitude else hi


def _called_off_later(text: str, cue: re.Match[str], hi: int) -> bool:
    """The event's own predicate calls it off, however long the description between (class C5):
    "Talks between A and B that C had planned for next Tuesday in D are not going ahead" (no clause
    mark between, so the verb is the event's)."""
    off = _CANCELLED.search(text, cue.end(), hi)
    return off is not None and not CLAUSE_MARK.search(text, cue.end(), off.start())


# r45 (dev67): "Talks in X had been expected in August; Russia called them off", "..., but Moscow called off
# the talks": the next clause calls the event off, naming it by a pronoun or its noun again
_NEXT_CLAUSE_OPEN = re.compile(r"(?:;|,\s*but|\s+but)\s+")
_EVENT_AGAIN = re.compile(r"\b(?:it|them|(?:the|that|those|these)\s+(?:[\w-]+\s+)?(?:talks|meeting|summit|visit|call|round|trip|negotiations))\b", re.I)


def _called_off_next_clause(text: str, cue: re.Match[str], end: int) -> bool:
    """The clause after the event's, opened by "; " or "but", calls it off, naming it again as the object."""
    nxt = _NEXT_CLAUSE_OPEN.search(text, cue.end(), end)
    if nxt is None:
        return False
    stop = text.find(";", nxt.end(), end)  # (an attribution may stand first: "; according to X, Russia called them off")
    words = text[nxt.end():stop if stop >= 0 else end]
    off = _CANCELLED.search(words)  # the event named again as what is called off ("called them off", "called off the
    # talks"), not a subject before the verb ("but it rejected any truce": "it" is a side)
    return off is not None and _EVENT_AGAIN.search(words, off.start(), off.end() + 20) is not None


def _drafted(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """A measure still in draft in the cue's clause ("a bill that would sanction", "draft
    legislation to impose"), with no word of its adoption ("passed a bill imposing")."""
    lo = clause_start(text, max(s.start, cue.start() - 150), cue.start())
    return bool(lx.MEASURE_DRAFTED.search(text, lo, cue.end())) and not lx.MEASURE_ADOPTED.search(text, lo, cue.end())


def _signed_in_cue(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The cue tells the signing as done ("the memorandum signed today", "signed a roadmap"),
    with no modal right before the verb ("will be signed", "is to sign")."""
    done = lx.AGREEMENT_DONE.search(cue.group(0))
    if done is None:
        return False
    at = cue.start() + done.start()
    return not lx.NOT_YET_DONE_BEFORE.search(text, max(s.start, at - 40), at)


def told_done_and_dated(text: str, s: Sentence, cue: re.Match[str], published: dt.date | None) -> bool:
    """The cue names an agreement and tells it done after its noun, with its own day right after
    ("the truce agreed in Cairo on Sunday", "the memorandum the two signed on Monday"): an event
    told as done, whatever the words before it say of its fate ("cast doubt over", "fears for";
    classes_dev35 D2). A signing with a modal ("whether a deal could be signed by Friday") or with
    no day of its own is no such event."""
    done = lx.AGREEMENT_DONE.search(cue.group(0))
    if done is None or done.start() == 0 or not _signed_in_cue(text, s, cue):
        return False
    at = cue.start() + done.end()
    stop = CLAUSE_MARK.search(text, at, s.end)
    hi = min(at + _DONE_DAY_REACH, stop.start() if stop else s.end)
    return any(d.role == "event" for d in find_dates(text, at, hi, published))


# "signed on Friday in Istanbul", "agreed by the two in Cairo on Sunday": the day in the participle's clause.
_DONE_DAY_REACH = 80


def _without_reported_content(text: str, lo: int, hi: int, cue: re.Match[str]) -> tuple[int, int]:
    """Narrow [lo, hi) to the event's own clause: "said that talks would resume" starts at "talks";
    "told X by phone that France would send…" ends before "that" (the modality of what was said)."""
    for c in lx.COMPLEMENT.finditer(text, lo, cue.start()):
        lo = c.end()
    after = lx.COMPLEMENT.search(text, cue.end(), hi)
    return lo, after.start() if after else hi


def clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding `pos` starts, at or after `lo`: after the last clause mark."""
    for b in CLAUSE_MARK.finditer(text, lo, pos):
        lo = b.end()
    return lo


def _clause_end(text: str, pos: int, hi: int) -> int:
    b = CLAUSE_MARK.search(text, pos, hi)
    return b.start() if b else hi


_NEGATED_IN_CUE = re.compile(r"[\w-]+\s+(?:no|never)\s", re.I)
# a new round of the negotiations named again: "a fifth session of those consultations is set for May"
_NEW_ROUND_OF = re.compile(r"\b(?:next|new|another|further|fresh|second|third|fourth|fifth|sixth|seventh|eighth|"
                           r"\d+(?:st|nd|rd|th))\s+(?:round|session)s?\s+of\s+$", re.I)


def _recalled(text: str, near: int, cue: re.Match[str]) -> bool:
    """An earlier event recalled ("since the talks in Istanbul", "those talks"), not a new round of it
    (r35, dev57 R7: "a fifth session of those consultations"), nor one its own words date ("ever since
    the Japanese sanctions of 2 May": that event told, r43)."""
    m = lx.BACKGROUND_BEFORE.search(text, near, cue.start())
    return m is not None and not _NEW_ROUND_OF.search(text, near, m.start()) \
        and not any(d.role == "event" for d in find_dates(text, cue.start(), cue.end()))


_AGENDA_ITEM = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'agenda_item_before')})$", re.I)  # r42
_TITLE_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'title_before')})$", re.I)
# the talks of a title told as an event of their own: "at the talks held in X on 23 July", "at Monday's talks"
_OWN_DAY_AFTER = re.compile(rf"\s+(?:(?:held|in\s+[A-Z][\w'’-]+)\s+)*(?:held\b|on\s+\w|of\s+\d|in\s+(?i:{MON})\b)")


def _in_title(text: str, near: int, cue: re.Match[str]) -> bool:
    """The event named in a person's title ("head of the delegation at the Geneva talks"), told with
    no day of its own (r42)."""
    return _TITLE_BEFORE.search(text, near, cue.start()) is not None and not _OWN_DAY_AFTER.match(text, cue.end())


def not_an_event(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """A denial ("denied that X had met Y"), a negation ("no talks were held"), what ought to
    happen ("Europe should impose sanctions"), a hypothetical ("would meet Putin only if…") and an
    earlier event recalled ("since the talks in Istanbul"): none is an event."""
    lo = clause_start(text, s.start, cue.start())
    near = max(lo, cue.start() - 60)
    if _NEGATED_IN_CUE.match(cue.group(0)) or lx.NEGATED_AFTER.match(text, cue.end(), _clause_end(text, cue.end(), s.end)):
        return True  # "reached no agreement"; "a call between A and B was not planned": the event denied
    if lx.DENIAL_VERB.search(text, lo, cue.start()) or lx.DIPLOMACY_NEGATED_BEFORE.search(text, near, cue.start()) \
            or lx.OBLIGATION.search(text, max(lo, cue.start() - 40), cue.start()) \
            or _recalled(text, near, cue) or _in_title(text, near, cue) \
            or _AGENDA_ITEM.search(text, max(s.start, cue.start() - 80), cue.start()) \
            or lx.UNDECIDED_BEFORE.search(text, near, cue.start()):
        return True
    frame = lx.NOT_THE_EVENT_BEFORE.search(text, max(lo, cue.start() - 80), cue.start())
    if frame and not new_aid_thanked(text, s, frame, cue):
        return True  # "thanked Norway for its military aid", "warned against sending weapons"
    if _OBLIGED_AFTER.match(text, cue.end(), s.end):
        return True  # "weapons deliveries must speed up": what ought to happen to them
    if _PURCHASE_TALKS.match(text, cue.end(), s.end) and _PURCHASE_FRAME.search(text[max(lo, cue.start() - 30):cue.start()]):
        return True  # "Rome is in talks with Seoul over buying shells": a purchase under way (r17)
    opening = lx.INVERTED_CONDITIONAL.match(text, s.start + len(s.text) - len(s.text.lstrip(" \"'“*")))
    if opening is not None and opening.start() <= cue.start() < opening.end():
        return True  # "Had the Vienna round gone ahead, ...": a condition, no event (r41)
    hi = _clause_end(text, cue.end(), s.end)
    modal = lx.HYPOTHETICAL_MODAL.search(text, max(lo, cue.start() - 60), min(hi, cue.end() + 60))
    return bool(modal and (lx.CONDITIONAL.search(text, s.start, s.end)
                           or lx.HYPOTHETICAL_BEFORE.search(text, near, cue.start())))


def demanded(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """'urged partners to impose new sanctions': an appeal for the event, not the event; 'asked Tusk
    for shells in a call on Friday': the call is the request's occasion, an event (round 14)."""
    return bool(lx.DEMANDED_BEFORE.search(text[max(s.start, cue.start() - 120):cue.start()])) \
        and not request_setting(text, s.start, cue) and not dated_occasion(text, s, cue)


# The event noun as the subject of an obligation: "deliveries must speed up", "talks should resume".
_PURCHASE_TALKS = re.compile(cues.alternation("diplomacy", "purchase_talks"), re.I)
_PURCHASE_FRAME = re.compile(cues.alternation("diplomacy", "purchase_talks_before"), re.I)
_OBLIGED_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,4}}?(?:{lx.OBLIGATION.pattern})", lx.OBLIGATION.flags)
_BUT = re.compile(r",?\s+but\s+", re.I)
# a relative clause on what happens at the venue (dev17 class C4): its modality is not the event's
_WHERE_AFTER = re.compile(r",\s+where\s+", re.I)
_PURPOSE = cues.regex("diplomacy", "purpose_after")
_RELATIVE_FUTURE = re.compile(rf"(?:{cues.alternation('diplomacy', 'relative_future_after')})\b", re.I)
_COLON = re.compile(r":(?!\d)")
_TIME_FRAME = re.compile(rf"\s*(?:{cues.alternation('diplomacy_frames', 'time_frame_openers')})\s+(?=(?-i:[A-Z])|the\s)", re.I)
_ATTITUDE = cues.regex("diplomacy_frames", "attitude_participles")
_PAST_VERB = re.compile(rf"(?:\w+ed|{cues.alternation('diplomacy_frames', 'past_event_verbs')})", re.I)
CLAUSE_MARK = lx.CLAUSE_MARK
_OTHERS_ACT = re.compile(cues.alternation("diplomacy_framing", "others_act_openers"), re.I)
_CLAIM_THAT = re.compile(rf"\b(?:{cues.alternation('diplomacy_framing', 'claim_nouns')})\s+that\b", re.I)


def others_acts(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans in [lo, hi) that tell another's act or claim, never the event's status (round 21, dev40
    D8): a relative clause about a person (", who later proposed a new round", ", who cancelled his
    trip,") and the content of a claim after its noun ("the host's claim that sanctions had failed to
    bite"), each up to the next clause mark. Words in `cues/diplomacy_framing.yaml`."""
    spans = []
    for m in list(_OTHERS_ACT.finditer(text, lo, hi)) + list(_CLAIM_THAT.finditer(text, lo, hi)):
        close = CLAUSE_MARK.search(text, m.end(), hi)
        spans.append((m.start(), close.start() if close else hi))
    return spans


def is_pledge(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"Germany will send Ukraine four systems", "said it would provide military aid": aid given
    by a plain future is a pledge made now (held, dated by its announcement); "plans to send" or
    "is considering sending" stay a plan or a proposal."""
    if kind is not DiplomacyKind.military_aid:
        return False
    lo = clause_start(text, max(s.start, cue.start() - 60), cue.start())
    return bool(lx.AID_PLEDGE.search(text, lo, min(s.end, cue.end())) or _GOODS_UNDER_WAY.search(cue.group(0)))


# "the first shells should reach Ukrainian units by May": the goods on their way, a pledge (r18, dev33 D1)
_GOODS_UNDER_WAY = re.compile(rf"\b(?:{cues.alternation('diplomacy_framing', 'aid_goods_under_way')})", re.I)


_HORIZON = re.compile(rf"\b(?:{cues.alternation('aid_giving', 'delivery_horizons')})\b[^,;.:()\u2014\u2013]{{0,50}}", re.I)


def without_delivery_horizons(text: str, lo: int, hi: int) -> str:
    """The text with the delivery horizons of [lo, hi) blanked ("would deliver two launchers before
    the end of May", "to be delivered in 2028"): the dates left are those of the aid decision itself
    (codebook 16: the decision, announced as made, is the event; its deliveries go to the description)."""
    return blank_spans(text, (h.span() for h in _HORIZON.finditer(text, lo, hi)))


_SAID_AFTER = re.compile(rf",\s+(?:[\w'’.-]+\s+){{0,6}}?(?:{lx.ANNOUNCING.pattern}|told)\b", re.I)


def attribution_after(text: str, pos: int, hi: int) -> int:
    """Where a trailing attribution starts after `pos` ("…, its defence minister said in Oslo on
    Monday"), else `hi`: the days after it are the announcement's, not the aid's."""
    said = _SAID_AFTER.search(text, pos, hi)
    return said.start() if said else hi


_OFFER_ASIDE = re.compile(
    rf"\b(?:{cues.alternation('diplomacy_statements', 'offer_nouns')})\s*,\s+(?:first\s+|originally\s+|initially\s+|also\s+)?"
    rf"(?:{cues.alternation('diplomacy_statements', 'offer_aside_verbs')})\b[^,;:()]*,\s+(?:to|for|that|of)\s+(?:[\w'’-]+\s+){{0,5}}?$", re.I)


def offer_aside(text: str, s: Sentence, cue: re.Match[str]) -> tuple[int, int] | None:
    """The aside between commas that tells how and when an offer governing the cue was first made
    ("his offer, made in letters to both capitals on 12 January, to host a summit"): its span, or None."""
    m = _OFFER_ASIDE.search(text, max(s.start, cue.start() - 200), cue.start())
    if m is None:
        return None
    first = text.index(",", m.start())
    return first, text.rindex(",", first, cue.start()) + 1


def invited(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"Invited Trump to visit Kyiv": an invitation to visit is no visit, nor a plan of one;
    "accepted an invitation to visit" is (planned)."""
    if kind is not DiplomacyKind.visit:
        return False
    lo = clause_start(text, max(s.start, cue.start() - 80), cue.start())
    inv = lx.INVITATION_BEFORE.search(text, lo, cue.start())
    return inv is not None and not lx.INVITATION_ACCEPTED.search(text, lo, inv.start() + 1)


_PRESENTED = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'plan_presented')})$", re.I)
_PROPOSING_THAT = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'proposing_that')})\s*$", re.I)
_ASSESSED = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'assessment')})", re.I)
_SUPPORTED = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'support_for_talks')})$", re.I)
# the talks themselves backed ("still supports direct negotiations"): a stance, for a cue that names talks only
_BACKED = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'backed_talks')})$", re.I)
_TALKS_NOUN = re.compile(r"\b(?:talks|negotiations|dialogue|consultations|contacts)\b", re.I)


def judged_not_event(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """An analyst's judgement of what a side will do ("we judge that Minsk is likely to keep
    professing interest in dialogue") and support for talks ("the two ministers endorsed a
    return to negotiations") tell no event: the judgement earlier in the sentence, the support
    right before the cue."""
    if _ASSESSED.search(text, s.start, cue.start()):
        return True
    lo = max(s.start, cue.start() - 120)
    return bool(_SUPPORTED.search(text, lo, cue.start())) \
        or bool(_TALKS_NOUN.match(cue.group(0)) and _BACKED.search(text, lo, cue.start()))
