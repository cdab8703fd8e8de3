"""Event nouns told as something other than an event (round 20: classes_dev38 D8, D9; classes_dev37
D6, D9). Each is a mention the sentence makes on the way to something else:

- talks as the means of another happening ("thanks to talks brokered by Qatar, 12 children came
  home", "following negotiations, 40 soldiers returned");
- events summed up as what earlier rounds produced ("those talks produced the biggest prisoner
  swaps so far": an aggregate, codebook rule 17);
- a force whose going in is only a condition ("would only deploy after a deal");
- thanks for a contribution given as a habit ("thanked Denmark for giving 1% of its output to
  Kyiv's army every year");
- a supply inside a description of listed parties ("firms that supply Russia with microchips");
- the gathering named in a refusal's reason ("will stay away, since the forum ignored its
  terms");
- gatherings told as a class over a term of office ("informal meetings Poland hosts during its
  presidency").

Only the cue is dropped; the sentence's other cues stay. The words live in
`cues/diplomacy_nonevents.yaml` and `cues/diplomacy_record_guards.yaml` (refusal verbs: diplomacy.yaml
`absent_after`, the one list of staying away)."""

from __future__ import annotations

import re
from functools import partial

from ... import lexicon as lx
from ...calendar_days import MON
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_deliberation import NAMED_DAY
from .diplomacy_modality import clause_start

_ne = partial(cues.alternation, "diplomacy_nonevents")
_guards = partial(cues.alternation, "diplomacy_record_guards")

_GATHERING_KINDS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit}
_OUTCOME_KINDS = {DiplomacyKind.prisoner_exchange, DiplomacyKind.agreement, DiplomacyKind.meeting,
                  DiplomacyKind.summit, DiplomacyKind.visit, DiplomacyKind.phone_call}

# "thanks to talks brokered by Qatar," — the means, then the noun phrase up to its comma
_MEANS = re.compile(rf"\b(?:{_ne('means_before')})\s+(?:(?:the|these|those|their|its|his|her)\s+)?(?:[\w'’-]+\s+){{0,2}}?$", re.I)
# "following negotiations," — a bare noun (no determiner) right after the link
_MEANS_BARE = re.compile(rf"\b(?:{_ne('means_bare_before')})\s+(?:(?-i:[a-z])[\w-]*\s+)?$", re.I)
_MEANS_NOUN = re.compile(rf"(?:[\w-]+\s+){{0,2}}?(?:{_ne('means_nouns')})\b", re.I)
_PLACE_IN_PHRASE = re.compile(r"\b(?:in|at)\s+(?-i:[A-Z])")
# a period word that dates the talks themselves ("on Monday", "last week", "in March")
_PERIOD_IN_PHRASE = re.compile(r"\b(?:last|this|next|earlier|overnight)\b|\b(?:in|on)\s+(?-i:[A-Z])[a-z]+\b")

_OUTCOME_SOURCE = rf"(?:{_ne('outcome_sources')})"
_OUTCOME_BEFORE = re.compile(
    rf"\b(?:{_ne('outcome_determiners')})\s+(?:[\w'’-]+\s+){{0,2}}?{_OUTCOME_SOURCE}\s+(?:[^,.;:]{{0,40}}?\s)??"
    rf"(?:{_ne('outcome_verbs')})\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)

# the event noun itself in the plural ("prisoner swaps"), not a plural after it ("exchange of … prisoners")
_PLURAL_EVENT = re.compile(rf"(?:[\w-]+\s+){{0,2}}?(?:{_ne('outcome_plural_events')})\b", re.I)
_CONDITIONAL_DEPLOYMENT = cues.regex("diplomacy_nonevents", "conditional_deployment", word_end=False)
_SETTING_UP = cues.regex("diplomacy_nonevents", "setting_up_verbs")

_THANKS = re.compile(rf"\b(?:{_ne('thanks_verbs')})\b[^.;]{{0,100}}?\bfor\b", re.I)
_HABIT = cues.regex("diplomacy_nonevents", "habitual_contribution")
_OWN_PERIOD = re.compile(rf"\b(?:(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend)|{MON}|\d{{4}})\b", re.I)
_HOSTING = re.compile(rf"\b(?:{_ne('thanked_hosting')})\b", re.I)

_DESCRIBED = re.compile(rf"\b(?:{_ne('described_parties')})\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_ne('described_links')})\s+"
                        r"(?:(?:also|allegedly|reportedly|still|continue\s+to|help|helped|have|has|had)\s+)?$", re.I)

_REFUSAL = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'absent_after')})\b", re.I)
_REASON = re.compile(rf"(?:,\s*|\s)(?:{_guards('refusal_reason_openers')})\b", re.I)

_TERM = re.compile(rf"(?:{_guards('term_phrases')})\b")
_PLURAL_GATHERINGS = re.compile(rf"(?:{_ne('bare_plural_nouns')})$", re.I)
_COUNTED_BEFORE = re.compile(r"\b(?:a|an|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+)?$", re.I)


def mention_only(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """The cue names its event only as a means, an outcome summed up, a condition, a habit thanked,
    a description, a refusal's reason or a class of gatherings (see the module's docstring)."""
    return _means(text, s, cue, kind) or _outcome_summed(text, s, cue, kind) or _conditional_force(text, s, cue, kind) \
        or _thanked_habit(text, s, cue, kind) or _thanked_hosting(text, s, cue, kind) or _described_supply(text, s, cue, kind) \
        or _refusal_reason(text, s, cue, kind) or _term_class(text, s, cue, kind)


def _means(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"Thanks to talks brokered by Qatar, 12 children returned": the noun phrase of the talks ends at
    a comma and another clause follows; after "following / after" only a bare noun with no place and
    no day of its own ("Following talks in Doha on Monday, the sides swapped 150" stays)."""
    if kind not in _GATHERING_KINDS or not _MEANS_NOUN.match(cue.group(0)):
        return False
    comma = text.find(",", cue.end(), s.end)
    if comma < 0 or comma - cue.end() > 60 or not re.search(r"\w", text[comma:s.end]):
        return False
    phrase = text[cue.start():comma]
    if NAMED_DAY.search(phrase) or _PERIOD_IN_PHRASE.search(phrase):
        return False
    lo = clause_start(text, max(s.start, cue.start() - 60), cue.start())
    if _MEANS.search(text, lo, cue.start()):
        return True
    return bool(_MEANS_BARE.search(text, lo, cue.start())) and not _PLACE_IN_PHRASE.search(phrase)


def _outcome_summed(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"Those talks produced the biggest prisoner swaps so far": plural events as the product of
    earlier rounds, with no day named in the sentence."""
    if kind not in _OUTCOME_KINDS or not _PLURAL_EVENT.match(cue.group(0)) or NAMED_DAY.search(text, s.start, s.end):
        return False
    lo = clause_start(text, max(s.start, cue.start() - 120), cue.start())
    return bool(_OUTCOME_BEFORE.search(text, lo, cue.start()))


def _conditional_force(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"A reassurance force would only deploy after a deal": the force's going in is a condition; a
    setting-up act or a day in the sentence keeps it."""
    if kind is not DiplomacyKind.peacekeeping or NAMED_DAY.search(text, s.start, s.end):
        return False
    if not _CONDITIONAL_DEPLOYMENT.search(text, cue.end(), s.end):
        return False
    return not _SETTING_UP.search(text, s.start, s.end)


def _thanked_habit(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"Thanked Denmark for giving 1% of its output to Kyiv's army every year": the aid thanked for is
    a habit of giving (a frequency word after the thanks), not a decision."""
    if kind is not DiplomacyKind.military_aid:
        return False
    thanks = _governing_thanks(text, s, cue)
    return thanks is not None and bool(_HABIT.search(text, thanks.end(), s.end))


def _governing_thanks(text: str, s: Sentence, cue: re.Match[str]) -> re.Match[str] | None:
    """The last thanks before the cue ("thanked X for ...") whose object the cue stands in: no verb of
    its own between them."""
    thanks = None
    for thanks in _THANKS.finditer(text, max(s.start, cue.start() - 160), cue.start()):
        pass
    return None if thanks is None or lx.OWN_VERB_GAP.search(text, thanks.end(), cue.start()) else thanks


def _thanked_hosting(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"Grateful to Qatar for hosting the talks": the gathering is what the one thanked hosted, brokered
    or organised, credit with no day of its own in the clause ("for hosting Monday's talks" stays)."""
    if kind not in _GATHERING_KINDS:
        return False
    thanks = _governing_thanks(text, s, cue)
    if thanks is None or not _HOSTING.search(text, thanks.end(), cue.start()):
        return False
    end = min([i for i in (text.find(";", cue.end(), s.end), text.find(".", cue.end(), s.end)) if i >= 0] or [s.end])
    return not (NAMED_DAY.search(text, thanks.start(), end) or _OWN_PERIOD.search(text, thanks.start(), end))


def _described_supply(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"Firms that supply Russia with microchips": the supply describes listed parties."""
    if kind is not DiplomacyKind.military_aid:
        return False
    return bool(_DESCRIBED.search(text, max(s.start, cue.start() - 80), cue.start()))


def _refusal_reason(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"Will stay away, since the forum ignored its terms": the gathering inside the reason
    given for a refusal told before it in the sentence."""
    if kind not in _GATHERING_KINDS:
        return False
    refusal = _REFUSAL.search(text, s.start, cue.start())
    if refusal is None:
        return False
    reason = _REASON.search(text, refusal.end(), cue.start())
    return reason is not None and not re.search(r"[;:]", text[reason.end():cue.start()])


def _term_class(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"Informal meetings Poland hosts during its presidency": a plural gathering noun, not counted,
    over a term of office, with no day named."""
    if kind not in _GATHERING_KINDS or not _PLURAL_GATHERINGS.search(cue.group(0)):
        return False
    if _COUNTED_BEFORE.search(text, max(s.start, cue.start() - 30), cue.start()) or NAMED_DAY.search(text, s.start, s.end):
        return False
    return bool(_TERM.search(text, cue.end(), s.end))
