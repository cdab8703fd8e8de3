"""States and organisations a diplomacy sentence names that are no side of its event: the other
side of a settlement still to be reached ("any deal with Moscow"), the organisation whose
official is the sentence's source ("a NATO official said"; a state's official most often speaks
for a side, so states stay), a state that drops its block on a
measure ("dropped its objections to the sanctions") or holds it up ("vetoed the tranche"), and
one named only in a comparison ("unlike the EU"), a state whose drive the event's fate helps or
hurts ("a setback for the US administration's new bid", dev16 class C2), or inside an aside about a side that does not tell
the event ("Britain, which does not follow EU decisions, sanctioned ..."), or the striker in a relative clause
about the aid's target ("substations that Russia keeps bombing", dev20 class C3). A name that also stands elsewhere in the
sentence as a side stays a side. Words in `cues/diplomacy_statements.yaml`."""

from __future__ import annotations

import re
from functools import partial

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_outsiders import outsider
from .diplomacy_relative_measures import relative_status
from .article_actors import ArticleActors


_rx = partial(cues.regex, "diplomacy_statements", word_end=False)


_SETTLEMENT_WITH = _rx("settlement_with", r"\s+(?:the\s+)?$")
_SOURCE_AFTER = re.compile(rf"\s+(?:{cues.alternation('diplomacy_statements', 'source_after')})\b", re.I)
_MEDIATION = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'mediation')})", re.I)
_REPORTS_THAT = re.compile(rf"\s+(?:{cues.alternation('diplomacy_statements', 'reports_that_after')})\b", re.I)
_DROPPED_AFTER = re.compile(
    rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{cues.alternation('diplomacy_statements', 'objection_dropped_after')}"
    rf"|{cues.alternation('diplomacy_statements', 'objection_threatened_after')})\b", re.I)
# a state reacting to a measure whose decision a relative clause tells ("Kyiv welcomed the 20th package, agreed by…")
_REACTED_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{cues.alternation('diplomacy_statements', 'reaction_after')})\b", re.I)
_COMPARED = _rx("comparison_before", r"\s+(?:the\s+)?$")
# what the event produced, told after it: its names are the outcome's, not the event's sides
_OUTCOME_LINK = cues.regex("diplomacy", "outcome_links")
_TIME_AFTER = re.compile(rf",\s*(?:{cues.alternation('diplomacy_statements', 'time_after_clause')})\b", re.I)
# an aside set off by commas: ", which ..." open before the name, its closing comma after it
_ASIDE_OPEN = re.compile(r",\s+(?:which|who|whose)\b[^,;()]*$", re.I)
_ASIDE_CLOSE = re.compile(r"[^,;()]*,")
# a state's drive as a frame of the event's fate: "the US administration's renewed bid for a truce"
_PUSH_AFTER = re.compile(rf"(?:{cues.alternation('diplomacy_wire_families', 'administration_push')})\b", re.I)
# "before the EU summit": a name that only dates the event (dev19 C9)
_ANCHOR_BEFORE = _rx("time_anchor_before", r"\s+(?:the\s+|this\s+week['’]s\s+|next\s+week['’]s\s+|a\s+)?(?:[\w-]+\s+)?$")
_ANCHOR_NOUN = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{cues.alternation('diplomacy_statements', 'time_anchor_nouns')})\b", re.I)
# ", as Russia steps up its air campaign": a state named only in a background clause of time (dev20 C2)
_AS_BEFORE = re.compile(rf"[,;]\s*(?:{cues.alternation('diplomacy_statements', 'background_as_clause')})$", re.I)
_AS_VERB_AFTER = re.compile(rf"(?:['’]s\s+[\w-]+)?\s+(?:[\w'’-]+\s+){{0,1}}?(?:{cues.alternation('diplomacy_statements', 'background_as_verbs')})\b", re.I)
_OWN_CLAUSE_OPEN = re.compile(rf"\b(?:{cues.alternation('diplomacy_statements', 'own_clause_openers')})\s", re.I)
_OWN_CLAUSE_VERB = re.compile(rf"\s(?:{cues.alternation('diplomacy_statements', 'own_clause_verbs')})\b", re.I)
_ONLOOKER_AFTER = re.compile(rf"\s+(?:\w+ly\s+)?(?:{cues.alternation('diplomacy_statements', 'onlooker_verbs')})\b", re.I)
# "a NATO official": the article right before the organisation's name
_SOURCE_BEFORE = re.compile(r"\b(?:an?|one|the|two|three|several)\s+(?:senior\s+|top\s+)?$", re.I)
# what the recipient faces, told in a clause of time before the name (dev22 C3)
_FACING_BEFORE = re.compile(rf"(?:[,;]\s*|\s)(?:as|while|amid|with)\s+(?:[\w'’-]+\s+){{0,3}}?"
                            rf"(?:{cues.alternation('diplomacy_statements', 'background_as_facing_verbs')})\b[^,;()]*$", re.I)
# the state whose institution put out the account of the event, not a side of it (dev21 C6): "the readout,
# issued by the Saudi foreign ministry, said", "according to a statement from the Qatari ministry"
_ISSUED_BY = re.compile(rf"\b(?:{cues.alternation('diplomacy_statements', 'account_nouns')})\b[^.;]{{0,12}}?\b"
                        rf"(?:(?:issued|released|published|put\s+out|circulated|distributed)\s+by|from)\s+(?:the\s+)?$", re.I)
# a state that only names a currency: "C$200 million (about US$145 million)", "2 billion Swiss francs"
# a name that is part of a sum: "US$145 million", "900 million Swiss francs" (dev22 C2); a symbol after a
# space is the sum's only when the name is a currency prefix ("US $5m"), not a recipient ("gave Ukraine €25m")
_CURRENCY_AFTER = re.compile(r"[$€£]\s?\d|\s+(?:dollars?|pounds?|francs?|yen|kron(?:a|e|er|or)|crowns|zlot(?:y|ys|ies))\b", re.I)
_SPACED_SYMBOL_AFTER = re.compile(r"\s[$€£]\s?\d")
_CURRENCY_PREFIX = re.compile(rf"(?:{cues.alternation('diplomacy_statements', 'currency_prefixes')})$")
# a relative clause about what the name strikes: "substations that Russia keeps bombing" (dev20 C3)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|whose(?:\s+[\w-]+){1,3})\s+$", re.I)
_STRIKES_AFTER = re.compile(
    rf"(?:['’]s\s+(?:forces|army|military|troops|drones|missiles))?\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{cues.alternation('diplomacy_nonevents', 'relative_strike_verbs')})\b", re.I)


# "on the border with Hungary": a state named only as a site's neighbour (r13, dev24 C1c)
_GEOGRAPHY_BEFORE = _rx("geography_before", r"\s+(?:the\s+)?$")
# "a Warsaw bank", "a Berlin-based venture fund": a name that only says where a company is (r13, dev24 C3a)
_FIRM_AFTER = re.compile(rf"(?:-based|-registered|-headquartered)?\s+(?:[a-z][\w'’-]*\s+){{0,2}}?"
                         rf"(?:{cues.alternation('diplomacy_statements', 'firm_after')})\b")
# the firm as the other side of talks ("with a Warsaw bank"); firms named as a measure's target stay its target
_FIRM_BEFORE = re.compile(r"\bwith\s+(?:an?|one|the|two|three|several|some)\s+(?:[a-z][\w'’-]*\s+)?$", re.I)


def _placed_only(text: str, s: Sentence, start: int, end: int) -> bool:
    """The name only places a site ("the border with Hungary") or a company ("a Warsaw bank")."""
    if _GEOGRAPHY_BEFORE.search(text, max(s.start, start - 40), start):
        return True
    return bool(_FIRM_BEFORE.search(text, max(s.start, start - 30), start) and _FIRM_AFTER.match(text, end, s.end))


def non_parties(text: str, s: Sentence, actors: ArticleActors, cue: re.Match[str] | None = None) -> set[str]:
    """Names the sentence gives only in positions that make them no side of its event (the event
    of `cue`, when given: names in a clause after it that dates it by another event are not its)."""
    out: set[str] = set()
    kept: set[str] = set()
    dated_by = _TIME_AFTER.search(text, cue.end(), s.end) if cue else None
    outcome = _OUTCOME_LINK.search(text, cue.end(), s.end) if cue else None
    reacted = cue is not None and relative_status(cue) is not None
    dateline = lx.DATELINE.match(text, s.start, s.end)
    terms = lx.PROPOSAL_TERMS.search(text, cue.start(), s.end) if cue else None
    for a in actors.within(s.start, s.end):
        if terms and a.start >= terms.end():
            out.add(a.actor.name)  # "a plan under which X would…, with guarantors that could include A and B" (dev35 D9)
            continue
        if dated_by and a.start >= dated_by.end():
            out.add(a.actor.name)  # "met on Friday, a day after Merz and Trump spoke"
            continue
        if outcome and a.start >= outcome.end():
            out.add(a.actor.name)  # "met in Warsaw and promised a new round of talks with Kyiv" (dev13 C1)
            continue
        settled = _SETTLEMENT_WITH.search(text, max(s.start, a.start - 70), a.start)
        if settled and cue and settled.start() < cue.end() and cue.start() < settled.end():
            settled = None  # "signed an agreement with Ukraine": the event's own agreement names its side
        source = lx.canonical_org(a.actor.name) and (_SOURCE_AFTER.match(text, a.end, s.end) and _SOURCE_BEFORE.search(
            text, max(s.start, a.start - 20), a.start)  # (a state's official speaks for a side)
            or cue is not None and a.end <= cue.start() and _REPORTS_THAT.match(text, a.end, s.end))  # r37
        dropped = _DROPPED_AFTER.match(text, a.end, s.end) or (reacted and _REACTED_AFTER.match(text, a.end, s.end)) \
            or _welcomed_swap(text, s, a.end, a.actor.name, cue)
        compared = _COMPARED.search(text, max(s.start, a.start - 40), a.start)  # "unlike the EU"
        aside = _in_aside(text, s, a.start, a.end, cue)
        pushed = _PUSH_AFTER.match(text, a.end, s.end)  # "a setback for the US administration's new bid"
        striker = _RELATIVE_BEFORE.search(text, max(s.start, a.start - 40), a.start) and _STRIKES_AFTER.match(text, a.end, s.end)
        anchor = _anchored(text, s, a.start, a.end, cue) or (  # "before the EU summit" (dev19 C9)
            bool(_AS_BEFORE.search(text, max(s.start, a.start - 40), a.start)) and bool(_AS_VERB_AFTER.match(text, a.end, s.end)))
        money = _in_a_sum(text, s, a.start, a.end)  # "US$145 million", "900 million Swiss francs" (dev22 C2)
        faced = _FACING_BEFORE.search(text, max(s.start, a.start - 80), a.start)  # "as Kyiv braces for fresh Russian strikes"
        issuer = _ISSUED_BY.search(text, max(s.start, a.start - 60), a.start)  # "the readout, issued by the Saudi ministry" (dev21 C6)
        placed = _placed_only(text, s, a.start, a.end)  # "the border with Hungary", "a Warsaw bank" (r13)
        channel = _aid_channel(text, s, a.start, a.end, cue) or bool(  # "channelled through the Red Cross" (r14, dev26 C8)
            _CHAIRED_BY.search(text, max(s.start, a.start - 80), a.start)  # "the summit, chaired by Italy's premier"
            or _NAMED_AFTER.search(text, max(s.start, a.start - 60), a.start)  # "named after the German city" (dev25 C7b)
            or _regrets_measure(text, s, a.end, cue))  # "Moldova regrets that the sanctions were delayed" (dev26 C8)
        bystander = channel or _bystander(text, s, a.start, a.end, cue) or (  # round 13, dev23 C8
            dateline is not None and a.start < dateline.end())  # "ROME, Italy - ": where the story was filed (r14)
        (out if settled or source or dropped or compared or aside or pushed or striker or anchor or money or faced or issuer
         or placed or bystander or outsider(text, s, a) else kept).add(a.actor.name)  # r16 (dev29 D8)
    return out - kept


# r45 (dev67): "Britain welcomed the exchange of prisoners": a third state reacting to a swap is no side of it
_SWAP_NOUN = re.compile(r"\b(?:exchange|swap|handover|release)", re.I)


def _welcomed_swap(text: str, s: Sentence, end: int, name: str, cue: re.Match[str] | None) -> bool:
    """The name reacts to the prisoner swap its sentence's cue names after it, and is not a warring side."""
    return cue is not None and end <= cue.start() and name not in lx.OPPONENT \
        and _SWAP_NOUN.search(cue.group(0)) is not None and _REACTED_AFTER.match(text, end, s.end) is not None


def bystanders(text: str, s: Sentence, actors: ArticleActors, cue: re.Match[str]) -> set[str]:
    """The states the sentence names only as bystanders of the event of `cue` (see `_bystander`)."""
    marks = [(a.actor.name, _bystander(text, s, a.start, a.end, cue)) for a in actors.within(s.start, s.end)]
    return {n for n, b in marks if b} - {n for n, b in marks if not b}


def _bystander(text: str, s: Sentence, start: int, end: int, cue: re.Match[str] | None) -> bool:
    """After the event, the name only looks on ("a visit that Moscow watched warily") or is the
    subject of a clause of its own ("…, as Moldovan officials counted the damage")."""
    return cue is not None and start > cue.end() and bool(
        _ONLOOKER_AFTER.match(text, end, s.end) or _in_own_clause(text, s, start, end, cue))


def _in_own_clause(text: str, s: Sentence, start: int, end: int, cue: re.Match[str]) -> bool:
    """The name is the subject of a clause of its own after the event ("…, as Moldovan officials
    counted the damage", "while Polish farmers blocked the border") that tells no diplomacy."""
    opener = None
    for opener in _OWN_CLAUSE_OPEN.finditer(text, cue.end(), start):
        pass
    if opener is None or re.search(r"[,;:()]", text[opener.end():start]):
        return False
    stop = re.search(r"[,;:()]|\s[\u2014\u2013-]\s", text[end:s.end])
    hi = end + stop.start() if stop else s.end
    told = {k for k, rx in lx.DIPLOMACY_CUES if rx.search(text, opener.start(), hi)}
    if told and told <= _GATHERINGS and (  # "…, as EU leaders closed their summit in Brussels": the gathering
            (lx.canonical_org(text[start:end]) and _OWN_CLAUSE_VERB.search(text, end, hi))  # only dates the event
            or (_VENUE_IN.search(text, opener.end(), start) and _OWN_CLAUSE_VERB.search(text, opener.end(), start))):
        return True
    return not told and bool(_OWN_CLAUSE_VERB.search(text, end, hi))


_GATHERINGS = {DiplomacyKind.summit, DiplomacyKind.meeting}
_VENUE_IN = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")


def _anchored(text: str, s: Sentence, start: int, end: int, cue: re.Match[str] | None) -> bool:
    """The name stands only in a time anchor ("before the EU summit", "ahead of NATO's meeting")
    that is not the event's own cue."""
    noun = _ANCHOR_NOUN.match(text, end, s.end)
    if noun is None or not _ANCHOR_BEFORE.search(text, max(s.start, start - 40), start):
        return False
    return cue is None or not (start <= cue.start() < noun.end() or cue.start() <= start < cue.end())


def _in_aside(text: str, s: Sentence, start: int, end: int, cue: re.Match[str] | None) -> bool:
    """The name stands inside ", which/who ... ," and the aside tells no event of its own (one that
    does, ", who met Macron on Friday,", names sides)."""
    opened = _ASIDE_OPEN.search(text, s.start, start)
    closed = _ASIDE_CLOSE.match(text, end, s.end)
    if opened is None or closed is None:
        return False
    lo, hi = opened.start(), closed.end()
    if cue is not None and (lo <= cue.start() < hi or cue.start() < lo and _MEDIATION.search(text, lo, hi)):
        return False  # r37: ", which brought 90 soldiers home thanks to Omani mediation,": the event's own broker
    return not any(rx.search(text, lo, hi) for _, rx in lx.DIPLOMACY_CUES)


_CHAIRED_BY = re.compile(rf"(?:{cues.alternation('diplomacy_statements', 'chaired_by_before')})$", re.I)
_NAMED_AFTER = re.compile(rf"\b(?:{cues.alternation('diplomacy_statements', 'naming_aside_before')})$", re.I)
_AID_CUES = {rx for k, rx in lx.DIPLOMACY_CUES if k is DiplomacyKind.military_aid}
_CHANNEL_BEFORE = _rx("aid_channel_before", r"\s+(?:the\s+|a\s+|an\s+)?$")
_FUND_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[\w'’-]+\s+){{0,2}}?(?:{cues.alternation('diplomacy_statements', 'aid_fund_nouns')})\b", re.I)


_REGRET_AFTER = re.compile(rf"(?:['’]s)?(?:\s+[a-z][\w-]*){{0,3}}?\s+(?:{cues.alternation('diplomacy_statements', 'regret_verbs')})\b", re.I)
_MEASURE_CUES = {rx for k, rx in lx.DIPLOMACY_CUES if k in (DiplomacyKind.sanctions, DiplomacyKind.military_aid)}


def _regrets_measure(text: str, s: Sentence, end: int, cue: re.Match[str] | None) -> bool:
    """The name is the subject of a verb of regret whose complement tells the measure of the cue."""
    said = _REGRET_AFTER.match(text, end, s.end)
    return said is not None and cue is not None and cue.re in _MEASURE_CUES and cue.start() >= said.end()


def _aid_channel(text: str, s: Sentence, start: int, end: int, cue: re.Match[str] | None) -> bool:
    """An organisation named only as the channel of aid ("channelled through the Red Cross", "via the
    UN") or as the owner of the fund it goes into ("the NATO trust fund that buys fuel"): no side."""
    if cue is None or cue.re not in _AID_CUES or not lx.canonical_org(text[start:end]):
        return False
    return bool(_CHANNEL_BEFORE.search(text, max(s.start, start - 40), start) or _FUND_AFTER.match(text, end, s.end))


def _in_a_sum(text: str, s: Sentence, start: int, end: int) -> bool:
    """The name is part of a sum of money, not a side."""
    if _CURRENCY_AFTER.match(text, end, s.end):
        return True
    return bool(_SPACED_SYMBOL_AFTER.match(text, end, s.end)) and bool(_CURRENCY_PREFIX.match(text[start:end]))
