"""A second event told in a clause of its own inside one sentence (dev19 class C3, the family of
dev17 C3 and dev18 C5): a coordinated clause with its own subject and plan ("The US envoy is expected
in Kyiv on Friday, and the EU's foreign policy chief is to meet NATO ministers in Brussels") is read
as a sentence of its own, so each clause keeps its own kind, sides, venue and day; and a relative
clause in which a state offers to host the event just named ("…a third round, which Qatar has offered
to host in Doha on 9 March") is that round, proposed (or planned) there. Cues in
`cues/diplomacy_elaboration.yaml`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import partial

from ... import lexicon as lx
from ...dates import find_dates
from ...knowledge import cues
from ...records import DateSpan, Diplomacy, DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence
from .common import span_of
from .diplomacy_dates import diplomacy_date
from .participants import diplomacy_location

Cue = tuple[DiplomacyKind, re.Match[str]]
CuesOf = Callable[[Sentence], list[Cue]]


_alt = partial(cues.alternation, "diplomacy_elaboration")


# ", and <subject of up to eight words> is to / will / is due in": a clause with its own subject and plan
# (r36: "the two countries' legal and medical working groups would gather" is seven)
_OWN_CLAUSE = re.compile(
    rf"(?:{_alt('clause_links')})\s*(?!(?:{_alt('own_subject_not')})\b)(?P<subject>(?:[\w'’.-]+\s+){{1,8}}?)"
    rf"(?:{_alt('future_aux')})\b", re.I)


# "…had been productive and that <subject> would meet …": a second reported clause (r17, dev31 D1)
_REPORTED_CLAUSE = re.compile(
    rf"(?:{cues.alternation('diplomacy', 'reported_clause_links')})\s+(?!(?:{_alt('own_subject_not')})\b)"
    rf"(?P<subject>(?:[\w'’.-]+\s+){{1,6}}?)(?:{_alt('future_aux')})\b", re.I)


# "…, when <the chair> chairs a meeting of <group> in <city> on <day>": a gathering clause of its own
_GATHERING_CLAUSE = re.compile(
    rf"\s(?:{_alt('gathering_clause_openers')})\s+(?P<subject>(?:[\w'’.-]+\s+){{1,4}}?)(?:{_alt('gathering_clause_verbs')})\s+"
    rf"(?:the|an?|this\s+week['’]s|next\s+week['’]s)\s+(?:[\w'’.-]+\s+){{0,4}}?(?:{_alt('gathering_clause_nouns')})\b", re.I)
# "…, the minister said on Wednesday when the contact group gathered at NATO headquarters": the same
# time clause told with an intransitive verb of gathering, its subject a body or a group (r17, dev31 D11)
_GATHERED_CLAUSE = re.compile(
    rf"\s(?:{_alt('gathering_clause_openers')})\s+(?P<subject>(?:the\s+)?(?:[\w'’.-]+\s+){{0,5}}?"
    rf"(?:{cues.alternation('diplomacy', 'gathered_clause_subjects')})\s+)(?:{cues.alternation('diplomacy', 'gathered_clause')})", re.I)
# "…, joined by the British prime minister, who will chair a coalition session on Friday": the person's
# own gathering ahead, told in a relative clause; its clause starts at the person named (r19, dev36 D6)
_WHO_GATHERING = re.compile(
    r"(?P<ante>(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}(?-i:[A-Z])[\w'’.-]*),\s+who\s+(?:will|is\s+to|is\s+due\s+to|is\s+set\s+to|"
    rf"is\s+expected\s+to|plans\s+to)\s+(?:{_alt('who_gathering_verbs')})\s+(?:the|an?)\s+(?:[\w'’.-]+\s+){{0,4}}?"
    rf"(?:{_alt('gathering_clause_nouns')}|call)\b", re.I)
_PRONOUN = re.compile(r"he|she|they|we", re.I)
_SIDES_AGAIN = re.compile(rf"(?:{_alt('sides_again')})", re.I)


def own_clauses(text: str, sents: list[Sentence], titles: frozenset[int],
                cues_of: CuesOf) -> tuple[list[Sentence], frozenset[int], dict[int, Sentence]]:
    """The sentences with each one that tells two events in clauses of their own cut in two (the
    headline lines, `titles`, are kept whole and their indices follow the cut), and the whole
    sentence of each clause by its start (the evidence of both: one sentence telling two acts)."""
    out: list[Sentence] = []
    whole: dict[int, Sentence] = {}
    new_titles: set[int] = set()
    for idx, s in enumerate(sents):
        if idx in titles:
            new_titles.add(len(out))
            out.append(s)
            continue
        cut = _cut(text, s, cues_of) if s.end - s.start > 40 else None
        if cut is None:
            out.append(s)
            continue
        out += [Sentence(s.start, cut[0], text[s.start:cut[0]]), Sentence(cut[1], s.end, text[cut[1]:s.end])]
        whole[s.start] = whole[cut[1]] = s
    return out, frozenset(new_titles), whole


def _cut(text: str, s: Sentence, cues_of: CuesOf) -> tuple[int, int] | None:
    """Where the first clause ends and the next, with its own subject and its own event, begins
    (at its subject: "he will visit…" reads its pronoun as a sentence would), when the clause
    before it tells an event too."""
    for m in [*_OWN_CLAUSE.finditer(text, s.start, s.end), *_REPORTED_CLAUSE.finditer(text, s.start, s.end)]:
        if not any(ch.isupper() for ch in m.group("subject")) and not _SIDES_AGAIN.fullmatch(m.group("subject").strip()):
            continue  # "…, and talks are to resume": no named subject of its own
        first, second = Sentence(s.start, m.start(), text[s.start:m.start()]), Sentence(m.start(), s.end, text[m.start():s.end])
        told = cues_of(first)
        if _PRONOUN.fullmatch(m.group("subject").strip()) and any(k is DiplomacyKind.visit for k, _ in told):
            continue  # "will visit Kyiv on Monday, and he plans to hold talks": what the trip is for (trip readers)
        if told and cues_of(second):
            return m.start(), m.start("subject")
    course = _GATHERING_COURSE.search(text, s.start, s.end)
    if course is not None and cues_of(Sentence(s.start, course.start(), text[s.start:course.start()])) \
            and cues_of(Sentence(_subject_start(course), s.end, text[_subject_start(course):s.end])):
        return course.start(), _subject_start(course)  # "agreed to swap 300 each, but their talks in Doha ended…" (r17)
    return _gathering_clause(text, s, cues_of)


# ", but a fourth round of talks in Doha ended without a truce": a gathering's course told in a clause
# of its own after another act (r17, dev31 D1)
_GATHERING_COURSE = re.compile(cues.alternation("diplomacy", "gathering_course_clause"), re.I)
_CONNECTIVE = re.compile(r",\s+(?:and|but|while|whereas|yet)\s+", re.I)  # before the course clause's subject


def _subject_start(course: re.Match[str]) -> int:
    """Where the course clause's subject begins: after its comma and connective."""
    if "subject" in course.re.groupindex:
        return course.start("subject")
    lead = _CONNECTIVE.match(course.string, course.start())
    return lead.end() if lead is not None else course.start()


def _gathering_clause(text: str, s: Sentence, cues_of: CuesOf) -> tuple[int, int] | None:
    """"Britain will announce aid when Healey chairs a meeting of the contact group in Berlin on
    Friday": the time clause tells a gathering of its own (round 14, class C6); cut at its opener."""
    who = _WHO_GATHERING.search(text, s.start, s.end)
    if who is not None and who.start() - s.start >= 15:
        # (the clause before may tell no event of its own: "…were joined by video by X, who will chair…")
        if cues_of(Sentence(who.start(), s.end, text[who.start():s.end])):
            return who.start(), who.start()
    m = _GATHERING_CLAUSE.search(text, s.start, s.end) or _gathered(text, s.start, s.end)
    if m is None or m.start() - s.start < 15:
        return None
    first, second = Sentence(s.start, m.start(), text[s.start:m.start()]), Sentence(m.start("subject"), s.end, text[m.start("subject"):s.end])
    if cues_of(first) and cues_of(second):
        return m.start(), m.start("subject")
    return None


def _gathered(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """"…, the minister said as the Nordic Defence Group convened in Oslo": a gathering
    clause whose subject names its body ("the group met" names no side: left to the whole sentence)."""
    m = _GATHERED_CLAUSE.search(text, lo, hi)
    return m if m is not None and any(w[:1].isupper() for w in m.group("subject").split()) else None


def gathered_clause_day(text: str, whole: dict[int, Sentence], s: Sentence, published: dt.date | None,
                        kind: DiplomacyKind) -> DateSpan | None:
    """The day of the main clause for the gathering cut from its sentence ("…, the minister said on
    Wednesday when the group gathered at NATO headquarters": the group gathered on Wednesday)."""
    sent = whole.get(s.start)
    if sent is None or sent.start == s.start:
        return None
    opener = _gathered(text, sent.start, sent.end) or _GATHERING_COURSE.search(text, sent.start, sent.end)
    if opener is None or _subject_start(opener) != s.start:
        return None
    told = diplomacy_date(text, sent.start, opener.start(), published, DiplomacyStatus.held, kind)
    if told is not None:
        return told
    said = [d.span for d in find_dates(text, sent.start, opener.start(), published) if d.role == "report" and d.span.start]
    return said[-1] if said else None  # "said on Wednesday when the group gathered": the saying's day


def course_sentence(text: str, whole: dict[int, Sentence], s: Sentence) -> Sentence:
    """The whole sentence of a gathering's course clause cut from it ("agreed on Monday to swap 300
    each, but their talks in Doha ended without a truce"): whether the talks are a mere failure recalled
    is read with the day the sentence gives; any other sentence is itself."""
    sent = whole.get(s.start)
    if sent is None or sent.start == s.start:
        return s
    course = _GATHERING_COURSE.search(text, sent.start, sent.end)
    return sent if course is not None and _subject_start(course) == s.start else s


def time_clause_of_plan(text: str, whole: dict[int, Sentence], s: Sentence) -> bool:
    """`s` is a gathering clause cut from a sentence whose main clause is a plan ("will announce the aid
    when Healey chairs a meeting"): the gathering is still to come too (its verb is a present of time)."""
    sent = whole.get(s.start)
    if sent is None or sent.start == s.start:
        return False
    opener = _GATHERING_CLAUSE.search(text, sent.start, sent.end)
    return opener is not None and _subject_start(opener) == s.start \
        and _PLAN_BEFORE.search(text, sent.start, opener.start()) is not None


def time_clause_day(text: str, whole: dict[int, Sentence], s: Sentence, published: dt.date | None,
                    kind: DiplomacyKind) -> DateSpan | None:
    """The day of the gathering clause cut from `s`'s sentence, for the plan told before it ("will
    unveil a package when the minister attends the group's session on Monday": the aid on Monday too)."""
    sent = whole.get(s.start)
    if sent is None or sent.start != s.start:
        return None
    opener = _GATHERING_CLAUSE.search(text, s.end, sent.end)
    if opener is None or not _PLAN_BEFORE.search(text, s.start, s.end):
        return None
    return diplomacy_date(text, _subject_start(opener), sent.end, published, DiplomacyStatus.planned, kind)


_PLAN_BEFORE = re.compile(rf"\b(?:{_alt('future_aux')})\b", re.I)


_HOST_OFFER = re.compile(
    rf",\s*which\s+(?P<host>(?:[\w'’.-]+\s+){{1,4}}?)(?:(?P<proposed>{_alt('host_offer', 'proposed')})|"
    rf"(?P<planned>{_alt('host_offer', 'planned')}))\s*(?:{_alt('host_verbs')})\b", re.I)
# the event named right before the clause: "a third round of negotiations, which…"
_OFFERED_NOUNS = [(DiplomacyKind(k), re.compile(rf"\b(?:{_alt('host_offer_nouns', k)})\b(?:\s+[\w'’-]+){{0,4}}?\s*$", re.I))
                  for k in ("summit", "meeting", "talks")]
_NOUN_REACH = 60
_SIDES_AFTER_NOUN = re.compile(r"\s+(?:of\s+talks\s+)?(?:between|with)\s", re.I)
_ROUNDS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit}


def host_offer(text: str, s: Sentence, published: dt.date | None,
               states_in: Callable[[int, int], list[str]]) -> Diplomacy | None:
    """", which Qatar has offered to host in Doha on 9 March" right after a round named in the
    sentence: that round, proposed (or planned) by the host, at the venue and day of the clause,
    between the states named before it."""
    m = _HOST_OFFER.search(text, s.start, s.end)
    if m is None:
        return None
    lo = max(s.start, m.start() - _NOUN_REACH)
    named = [(k, n) for k, rx in _OFFERED_NOUNS if (n := rx.search(text, lo, m.start()))]
    if not named:
        return None
    kind, noun = max(named, key=lambda x: x[1].start())  # "a session of consultations": the nearest noun
    clause = Sentence(m.start(), s.end, text[m.start():s.end])
    off = called_off_after(text, m.end(), s.end)  # "…, which Turkey had offered to host, was scrapped" (r14)
    if off is not None and any(rx.search(text, s.start, m.start()) for _, rx in lx.DIPLOMACY_CUES):
        return None  # the round's own record, called off, takes the host as a side (`host_clause`)
    status = off or (DiplomacyStatus.proposed if m.group("proposed") else DiplomacyStatus.planned)
    venue = diplomacy_location(text, clause, m, False)
    word_end = noun.start() + len(noun.group(0).split()[0])
    between = _SIDES_AFTER_NOUN.match(text, word_end, m.start())  # "talks between Armenia and Azerbaijan, which…"
    sides = [*states_in(m.start("host"), m.end("host")), *states_in(s.start, noun.start()),
             *(states_in(word_end, m.start()) if between else []),
             *([venue.country] if venue and venue.country else [])]
    if not sides:
        return None
    date = diplomacy_date(text, m.end(), s.end, published, DiplomacyStatus.planned, kind) if off is None else None
    return Diplomacy(kind=kind, participants=list(dict.fromkeys(sides)), location=venue, date=date, status=status,
                     description=s.text[:240], evidence=[span_of(text, s.start, s.end)])


def host_clause(text: str, s: Sentence, cue: re.Match[str]) -> re.Match[str] | None:
    """", which Kazakhstan had planned to host," right after the cue's round (no other clause mark
    between): the clause, whose host is a side of that round (codebook 15), else None."""
    m = _HOST_OFFER.search(text, cue.end(), s.end)
    return m if m is not None and not re.search(r"[,;:()]", text[cue.end():m.start()]) else None


def called_off_after(text: str, lo: int, hi: int) -> DiplomacyStatus | None:
    """The round's own predicate after the host clause's closing comma: called off (cancelled) or put
    off (stalled), else None."""
    close = text.find(",", lo, hi)
    if close < 0:
        return None
    verb = _OFF_PREDICATE.match(text, close + 1, hi)
    if verb is None:
        return None
    return DiplomacyStatus.cancelled if verb.group("off") else DiplomacyStatus.stalled


_OFF_PREDICATE = re.compile(
    rf"\s*(?:(?:has|have|had|was|were|is|are|been|now|since|also|abruptly|quietly|reportedly|officially|again)\s+)*"
    rf"(?:(?P<off>{cues.alternation('diplomacy_called_off', 'called_off_verbs')})|{cues.alternation('diplomacy_called_off', 'postponed_verbs')})\b"
    rf"(?!\s+(?:from|by)\b)", re.I)


def add_offers(found: list[tuple[int, Diplomacy]], offers: list[tuple[int, Diplomacy]],
               merge: Callable[[list[tuple[int, Diplomacy]], int, Diplomacy], None]) -> None:
    """Each offered round (told at sentence index `idx`) among the records: with the sides of the
    round told before it, in place of the round its own sentence told, else `merge`d."""
    for idx, offered in offers:
        offered = with_round_sides(offered, idx, [x for x in found if x[0] < idx])
        if not place_offer(offered, idx, found) and not _told_already(offered, found):
            merge(found, idx, offered)


def _told_already(offered: Diplomacy, found: list[tuple[int, Diplomacy]]) -> bool:
    """The round a host offers is one the article told already ("talks in Tokyo next month, which
    Japan will host"): nothing new, not even its evidence."""
    return any(r.kind is offered.kind and r.status is not DiplomacyStatus.held and set(r.participants) & set(offered.participants)
               and (r.location is None or offered.location is None or r.location.name == offered.location.name)
               for _, r in found)


def as_told(whole: dict[int, Sentence], text: str, s: Sentence, rec: Diplomacy) -> Diplomacy:
    """A record read from a clause cut from its sentence has that sentence as evidence: two acts of
    one sentence stay two records when merged."""
    told_in = whole.get(s.start)
    return rec if told_in is None else rec.model_copy(update={"evidence": [span_of(text, told_in.start, told_in.end)]})


def place_offer(offered: Diplomacy, idx: int, found: list[tuple[int, Diplomacy]]) -> bool:
    """Put an offered round among the records: it replaces the round its own sentence told at the same
    venue ("The next round is due in Jeddah": the round, offered by its host), else it joins the sides
    of the latest round told up to it when its sentence names only the host. True when it replaced one."""
    same = [i for i, (j, r) in enumerate(found) if j == idx and r.kind is offered.kind and r.status is not DiplomacyStatus.held
            and (r.location is None or offered.location is None or r.location.name == offered.location.name)]
    if same:
        j, told = found[same[0]]
        found[same[0]] = (j, told.model_copy(update={"status": offered.status, "participants": offered.participants,
                                                     "location": offered.location or told.location,
                                                     "date": offered.date or told.date}))
        return True
    return False


def with_round_sides(offered: Diplomacy, idx: int, found: list[tuple[int, Diplomacy]]) -> Diplomacy:
    """An offered round whose sentence names only its host ("The next round, which Turkey offered to
    host…") is between the sides of the latest round told up to it (not that round's own host)."""
    hosts = set(offered.participants)
    told = [(j, r) for j, r in found if j <= idx and r.kind in _ROUNDS]
    if len(hosts) > 2 or not told:
        return offered
    latest = max(told, key=lambda x: x[0])[1]
    venue = latest.location.country if latest.location else None
    sides = [p for p in latest.participants if p != venue and p not in hosts]
    return offered.model_copy(update={"participants": offered.participants + sides}) if sides else offered
