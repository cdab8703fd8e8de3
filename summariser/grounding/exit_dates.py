"""An exit from an agreement, dated by the exit itself (dev34 class R1).

Status `cancelled` covers two things: a scheduled event called off, dated by the day it was set for
and so read looking ahead (`dates.looking_ahead`: "the summit set for 12 January was called off",
published in December, is the coming January), and an existing agreement a party left, withdrew
from, suspended or tore up, dated by the exit, which lies in the past. Background paragraphs recall
such exits by a day or a month with no year: "Moscow quit the pipeline accord on 3 March", "since
Warsaw suspended its part in the transit scheme in May", "Kyiv withdrew from it on 9 June". A date
an active, past exit verb governs in its own clause is read as written, never a year on.

Not an exit's date: one the verb does not govern ("pulled out of the talks set for March", "quit
the body, which meets in June"), an attributive one ("abandoned the March round"), a passive verb
("the truce was suspended in May": the thing left is its subject, not a party) and "left for".
The verbs are `data/exit_verbs.yaml`.

An exit told as a noun (r21, classes_dev39 D3/L4) dates the same way: "since the collapse in October of the
grain arrangement", "Moscow's refusal in May to roll over the deal", "the expiry of the truce on Sunday".
The nouns are the rules' own (`lexicon.diplomacy` EXIT_NOUNS, from diplomacy_kinds_more.yaml
`agreement_exits`); an end feared or still ahead ("fear the collapse of the truce in May", "ahead of the
deal's expiry on 18 May") is none.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..dates import MON
from ..knowledge import cues
from ..lexicon.diplomacy import EXIT_DETERMINER, EXIT_NOT_BEFORE, EXIT_NOUNS, EXIT_REFUSAL_NOUNS, EXIT_REFUSED_VERBS
from ..records import Span
from . import vocabulary
from .paragraph import sentence_span

_FILE = "exit_verbs"
# How many words may lie between the exit verb and the date words after it ("pulled out of the grain
# corridor deal in July"), and between the date words and the verb after them ("On 3 May the
# government in Warsaw quit ...").
_WORDS_AFTER_VERB = 10
_WORDS_BEFORE_VERB = 6
# A date told as an adverbial of its own clause: a preposition opens it.
_PREPOSITION = r"(?:in|on|since|from|as\s+of|(?:early|late|mid|earlier|later)(?:\s+in)?)"


@lru_cache(maxsize=1)
def _exit_verb() -> re.Pattern[str]:
    verbs = vocabulary.pattern("exit_verbs", _FILE)
    first = vocabulary.pattern("exit_verbs_object_first", _FILE)
    objects = vocabulary.pattern("exit_objects_first", _FILE)
    return re.compile(rf"(?<!\w)(?:(?:{verbs})|(?:{first})(?=\s+(?:{objects})\b))(?!\w)", re.I)


@lru_cache(maxsize=1)
def _exit_noun() -> re.Pattern[str]:
    """A noun of an agreement's end with its determiner ("the collapse", "Russia's refusal"), not one
    feared or ahead."""
    return re.compile(rf"{EXIT_NOT_BEFORE}\b{EXIT_DETERMINER}\s+(?:[\w'’-]+\s+)?(?:(?P<refusal>{EXIT_REFUSAL_NOUNS})|{EXIT_NOUNS})(?!\w)", re.I)


_REFUSED_AFTER = re.compile(rf"\s*,?\s*to\s+(?:{EXIT_REFUSED_VERBS})\b", re.I)


@lru_cache(maxsize=1)
def _breaker() -> re.Pattern[str]:
    words = (f"{vocabulary.pattern('exit_date_breakers', _FILE)}|{vocabulary.pattern('plan_set_words')}"
             f"|{vocabulary.pattern('called_off_verbs')}")
    return re.compile(rf"[,;:()]|\b(?:{words})\b", re.I)


def _passive(text: str, verb_start: int) -> bool:
    """Is the verb at `verb_start` passive ("was suspended", "had been torn up", "is being left")?"""
    passive = vocabulary.pattern("passive_words", _FILE)
    return re.search(rf"\b(?:{passive})\s+(?:\w+ly\s+)?$", text[max(0, verb_start - 30):verb_start], re.I) is not None


def _dates_at(when: str, sentence: str) -> list[re.Match[str]]:
    """The model's date words in the sentence, as an adverbial of a month ("in July", "on 3 March");
    for words the sentence does not hold (a calendar date the model wrote, "2026-07-17"), every
    such adverbial of the sentence without a written year."""
    words = when.strip().rstrip(".")
    if re.search(rf"\b{MON}\b", words, re.I):
        core = r"\s+".join(re.escape(w) for w in words.split())
        found = [m for m in re.finditer(rf"(?<!\w)(?:{_PREPOSITION}\s+)?{core}(?!\w)", sentence, re.I)
                 if re.match(rf"{_PREPOSITION}\s", m.group(0), re.I)]
        if found or re.search(rf"\b{core}\b", sentence, re.I):
            return found
    return [m for m in re.finditer(rf"(?<!\w){_PREPOSITION}\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                                   rf"{MON}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?!\w)(?!,?\s+(?:19|20)\d\d)", sentence, re.I)]


def _governs(before: str, after: str) -> bool:
    """Does an exit verb govern the date between `before` (its clause's words up to the date) and
    `after` (the words from the date's end)?"""
    verbs = list(_exit_verb().finditer(before))
    if verbs and not _passive(before, verbs[-1].start()):
        gap = before[verbs[-1].end():]
        if len(gap.split()) <= _WORDS_AFTER_VERB and not _breaker().search(gap):
            return True
    nouns = list(_exit_noun().finditer(before))
    if nouns:
        noun, gap = nouns[-1], before[nouns[-1].end():]
        # "the collapse in October of the deal"; a refusal only to extend ("refusal in May to roll over the deal")
        refused = noun.group("refusal") is None or _REFUSED_AFTER.match(after) is not None or \
            _REFUSED_AFTER.match(gap) is not None
        if refused and len(gap.split()) <= _WORDS_AFTER_VERB and not _breaker().search(gap):
            return True
    # a fronted date: "On 3 May, Warsaw quit the accord"; only the comma that closes the adverbial
    head = re.sub(r"^\s*(?:this\s+year|of\s+this\s+year)?\s*,?", " ", after)
    verb = _exit_verb().search(head)
    if verb is None or _passive(head, verb.start()):
        return False
    gap = head[:verb.start()]
    return len(gap.split()) <= _WORDS_BEFORE_VERB and not _breaker().search(gap) and not before.strip(" ,")


def past_exit(when: str | None, spans: Sequence[Span], text: str) -> bool:
    """Are the date words a model gave an exit's own day: in one of the evidence's sentences, in the
    clause of an active, past exit verb that governs them?"""
    if not when or not when.strip():
        return False
    for sp in spans:
        first, last = sentence_span(sp.start, text), sentence_span(max(sp.start, sp.end - 1), text)
        lo, hi = min(sp.start, first.start), max(sp.end, last.end)
        sentence = text[lo:hi]
        for m in _dates_at(when, sentence):
            before = re.split(r"[;:]|(?<=[.!?])\s", sentence[:m.start()])[-1]
            if _governs(before, sentence[m.end():]):
                return True
    return False


@lru_cache(maxsize=1)
def _past_verb() -> re.Pattern[str]:
    irregular = cues.alternation("diplomacy_frames", "past_event_verbs") + "|" + vocabulary.pattern("past_irregular_more", _FILE)
    not_verbs = vocabulary.pattern("not_past_ed_words", _FILE)
    return re.compile(rf"\b(?!(?:{not_verbs})\b)(?:[a-z]{{2,}}ed|{irregular})\b", re.I)


@lru_cache(maxsize=1)
def _target_gap() -> re.Pattern[str]:
    """What keeps a past verb from governing a date after it: a clause break (`_breaker`) or a target
    word ("laid out a plan for a round of talks ... in January": the round's month, not the act's)."""
    return re.compile(rf"{_breaker().pattern}|\b(?:for|from|starting|beginning|effective)\b", re.I)


def _past_verbs(clause: str) -> list[re.Match[str]]:
    """The clause's past verbs: "-ed" words no determiner makes an adjective, and irregular past forms."""
    before = re.compile(rf"\b(?:{vocabulary.pattern('not_past_before', _FILE)})\s+$", re.I)
    return [m for m in _past_verb().finditer(clause) if not before.search(clause[:m.start()])]


def _past_governs(before: str, after: str) -> bool:
    """Does a past verb govern the date between `before` and `after` (as `_governs` reads an exit verb):
    the last one before it with a short gap and no break or target word, or, for a date that opens its
    clause ("On 4 February the mediators tabled ..."), the first one after it?"""
    if re.search(rf"(?<!\w)(?:{vocabulary.pattern('future_words', _FILE)})(?!\w)", before + " " + after, re.I):
        return False
    verbs = _past_verbs(before)
    if verbs:
        gap = before[verbs[-1].end():]
        if _EMBEDDED_EVENT.match(gap):
            return False  # "proposed holding a summit in February": the date is the proposed event's
        if len(gap.split()) <= _WORDS_AFTER_VERB and not _target_gap().search(gap):
            return True
    if before.strip(" ,"):
        return False
    head = re.sub(r"^\s*,?", " ", after)
    verbs = _past_verbs(head)
    if not verbs:
        return False
    gap = head[:verbs[0].start()]  # the subject, appositives and all ("US envoys, led by X, met")
    return len(gap.split()) <= 2 * _WORDS_BEFORE_VERB and not re.search(r"\b(?:which|that|who|when|where|while|but)\b", gap, re.I)


# A past verb whose object is an event told by a gerund ("proposed holding", "suggested meeting",
# "offered hosting"): a date after it belongs to that event, not to the verb. -ing words that are
# prepositions or nouns of time are no gerund.
_EMBEDDED_EVENT = re.compile(r"\s+(?!(?:during|following|morning|evening|spring|nothing|something|anything|everything)\b)[a-z]+ing\b")


_CLAUSE_BREAK = re.compile(r"[;:]|(?<=[.!?])[*_\"”’)]*\s")


def told_past(when: str | None, spans: Sequence[Span], text: str) -> bool:
    """Are the date words a model gave for a proposal the day of a past act (r22, classes_dev41 L1): in
    one of the evidence's sentences, or the sentence before the first (where the day is often told,
    "On 11 June the envoys met in Doha. Kyiv signed up to the plan ..."), with no target word before
    them ("a truce from 1 May", "proposed for 12 January") and in a clause told in the past?"""
    if not when or not when.strip() or not spans:
        return False
    target = re.compile(rf"(?<!\w)(?:{vocabulary.pattern('target_date_words', _FILE)})\s+(?:the\s+)?$", re.I)
    first = min(spans, key=lambda sp: sp.start)
    sentences = [sentence_span(max(0, sentence_span(first.start, text).start - 2), text)] + \
        [sentence_span(sp.start, text) for sp in spans]
    for sentence in sentences:
        for m in _dates_at(when, sentence.text):
            words = m.group(0)
            preposition = re.match(rf"{_PREPOSITION}\s", words, re.I)
            if preposition and target.search(preposition.group(0)) or target.search(sentence.text[:m.start()]):
                return False
            # the clause opens after a semicolon, a colon or a heading's full stop ("**Doha, May.** On 2 May ...")
            breaks = [b.end() for b in _CLAUSE_BREAK.finditer(sentence.text, 0, m.start())]
            clause_start = breaks[-1] if breaks else 0
            clause_end = min([i for i in (sentence.text.find(";", m.end()), sentence.text.find(":", m.end())) if i >= 0]
                             or [len(sentence.text)])
            if _past_governs(sentence.text[clause_start:m.start()], sentence.text[m.end():clause_end]):
                return True
    return False
