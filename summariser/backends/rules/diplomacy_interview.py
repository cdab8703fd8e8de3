"""The Q&A interview format (dev13 class C4): bold questions alternating with plain answers, under
an intro that names the interviewee. A question is context, never a record of its own; in the
answers "I / we / our" are the interviewee's state; an answer that opens on the question's event
("It was cancelled", "They were postponed", "Yes, I saw him in Bern on Thursday") tells that event,
its status, day and place read from the answer. The journalists' own contact ("spoke to us by
phone", "in an interview with") is no event. Words in `cues/diplomacy.yaml` (`interview_*`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_modality import clause_start
from .diplomacy_readout import FIRST_PERSON

# a bold line that asks or prompts: "**Did the talks go anywhere?**", "**You met him last week.**"
_QUESTION_LINE = re.compile(r"^[ \t]*\*\*(?P<q>[^*\n]{3,300}?[?.])\*\*[ \t]*$", re.M)
_MIN_QUESTIONS = 2
_SECOND_PERSON = re.compile(r"\b(?:you|your|You|Your)\b")  # "**What about your trip to Kyiv?**"
# the answer's opening that refers to the question's event
_REFERS = re.compile(rf"\W*(?:(?:yes|no|well|indeed|sadly|unfortunately)\W+)*(?:{cues.alternation('diplomacy', 'interview_reference')})\b", re.I)
_JOURNALISTS = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'interview_contact')})", re.I)
_PRESS_CALL = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'press_call')})", re.I)


@dataclass
class Interview:
    """Where the questions are (line spans) and whose state the answers speak for."""
    questions: list[tuple[int, int]] = field(default_factory=list)
    interviewee: str | None = None
    texts: dict[int, str] = field(default_factory=dict)  # question start -> its words
    labels: list[tuple[int, str | None]] = field(default_factory=list)  # a transcript's speaker labels

    def labelled_speaker(self, pos: int) -> str | None:
        """The state of the transcript speaker whose turn holds `pos` (None under a label naming none)."""
        before = [state for start, state in self.labels if start <= pos]
        return before[-1] if before else None

    def question_of(self, pos: int) -> tuple[int, int] | None:
        return next((q for q in self.questions if q[0] <= pos < q[1]), None)

    def answering(self, pos: int) -> tuple[int, int] | None:
        """The question whose answer holds `pos` (the last question before it)."""
        before = [q for q in self.questions if q[1] <= pos]
        return before[-1] if before else None


def question_spans(text: str) -> list[tuple[int, int]]:
    """The question lines of an interview layout (at least two, one of them asking); empty when the
    article is no interview."""
    qs = [(m.start(), m.end()) for m in _QUESTION_LINE.finditer(text)]
    if len(qs) < _MIN_QUESTIONS or not any(text[a:b].rstrip("* \t").endswith("?") for a, b in qs):
        return []
    return qs


def read_interview(text: str, states_in: Callable[[int, int], list[str]]) -> Interview:
    """The interview layout of an article, empty when it is not one."""
    qs = question_spans(text)
    labels = speaker_labels(text, states_in)
    if not qs:
        return Interview(labels=labels)
    intro = states_in(0, qs[0][0])
    return Interview(qs, intro[0] if intro else None, {a: text[a:b] for a, b in qs}, labels)


# r38: a transcript's speaker label opening a line ("PRESIDENT OF POLAND:", "FOREIGN MINISTER (France):",
# "MODERATOR:"): the turn after it, to the next label, is that speaker's
_SPEAKER_LABEL = re.compile(r"^[ \t]*(?-i:[A-Z][A-Z.'’ -]{1,60}[A-Z])(?:[ \t]*\([^)\n]{0,60}\))?[ \t]*:", re.M)


def speaker_labels(text: str, states_in: Callable[[int, int], list[str]]) -> list[tuple[int, str | None]]:
    """Each speaker label's start and the one state it names (None for a moderator, a journalist's
    question or a label naming no state or several); empty unless the article has two labels."""
    found = list(_SPEAKER_LABEL.finditer(text))
    if len(found) < 2:
        return []
    out: list[tuple[int, str | None]] = []
    for m in found:
        states = set(states_in(m.start(), m.end()))
        asks = _LABELLED_QUESTION.match(text, m.start(), m.end())
        out.append((m.start(), states.pop() if len(states) == 1 and not asks else None))
    return out


def _question_text(iv: Interview, q: tuple[int, int]) -> str:
    return iv.texts.get(q[0], "")


def question_lines(iv: Interview, sents: list[Sentence]) -> frozenset[int]:
    """The sentences that are questions: context for the answer, no record of their own."""
    return frozenset(i for i, s in enumerate(sents) if iv.question_of(s.start) is not None)


def journalists_contact(iv: Interview, text: str, s: Sentence) -> bool:
    """The intro's "spoke to us by phone", "told this newspaper": the interview itself, no event."""
    return bool(iv.questions) and s.end <= iv.questions[0][0] and bool(_JOURNALISTS.search(text, s.start, s.end))


def speaker_state(iv: Interview, s: Sentence) -> str | None:
    """The interviewee's state when an answer sentence speaks in the first person, or answers a
    question put to "you" ("**What about your trip to Kyiv?** It was cancelled."); a labelled
    transcript speaker's state when the sentence speaks in the first person."""
    q = iv.answering(s.start)
    if iv.interviewee and q and (FIRST_PERSON.search(s.text) or _SECOND_PERSON.search(_question_text(iv, q))):
        return iv.interviewee
    labelled = iv.labelled_speaker(s.start)  # r38: a transcript's turn, "we signed" under "PRESIDENT OF X:"
    return labelled if labelled and FIRST_PERSON.search(s.text) else None


def answer_to_question(iv: Interview, text: str, sents: list[Sentence], idx: int,
                       cues_of: Callable[[Sentence], list[tuple[DiplomacyKind, re.Match[str]]]]
                       ) -> tuple[DiplomacyKind, re.Match[str], Sentence] | None:
    """The question's event, told by the first answer sentence when it refers to it: (the
    question's kind, the answer's reference as the cue to read, the question sentence)."""
    s = sents[idx]
    q = iv.answering(s.start)
    if q is None or idx == 0 or iv.question_of(sents[idx - 1].start) != q:
        return None
    asked = cues_of(sents[idx - 1])
    ref = _REFERS.match(text, s.start, s.end) if asked else None
    return (asked[0][0], ref, sents[idx - 1]) if ref else None


def press_contact(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str]) -> bool:
    """"Told this newspaper by phone", "speaking to us by video link", "in an interview with Reuters
    by phone": the medium of the journalists' contact, in any format — no call between sides."""
    if kind is not DiplomacyKind.phone_call:
        return False
    lo = clause_start(text, max(s.start, cue.start() - _PRESS_REACH), cue.start())
    # (r29: a press call holds the cue's own words: "the spokesman said on a conference call")
    return bool(_JOURNALISTS.search(text, lo, cue.start()) or _PRESS_CALL.search(text, lo, cue.end()))


_PRESS_REACH = 80


# r37: a journalist's question in a briefing transcript, with its label ("QUESTION (an agency): Is the
# minister's trip to Berlin confirmed?", "Q: Will the talks go ahead?"): the spokesperson's answer tells
# the event, the question only asks about it
_LABELLED_QUESTION = re.compile(r"\s*(?:QUESTION|Question|Q)\b(?:\s*\([^)\n]{0,80}\))?\s*[:.\-–—]")


def labelled_question(s: Sentence) -> bool:
    """A briefing's labelled question, which asks about an event and tells none."""
    return bool(_LABELLED_QUESTION.match(s.text)) and s.text.rstrip(" \t\"”’'*_").endswith("?")
