"""The host of an event between others is one of its participants (CODEBOOK rule 15): talks of
Ukraine and Russia "in Istanbul" have Turkey as a participant, a round "in Geneva" Switzerland.

A participant the article never names as a state is still grounded when the record's own
sentences give a venue ("in Geneva", "at a hotel in Jeddah", "talks planned for Geneva", "the
Riyadh format") the gazetteer places in that state; the support is `inferred`. A venue is a name
after "in", "at" or "hosted by", after "for" / "to" of a plan or a journey, or before an event noun;
the state must be the venue's, so a participant of another state stays refused. Aid given to a city
("sent generators to Kharkiv") has that city's state as its recipient, read the same way (r27).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..knowledge import cues as cue_data
from ..records import DiplomacyKind, Span
from ..sentences import Sentence
from .context import _context
from .dated_items import CALENDAR_DAY

# r21 (dev40 L4): a city's name may hold a lower-case particle ("Rio de Janeiro", "Frankfurt am Main")
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:de|da|do|del|di|am|an|la)\s+)?[A-Z][\w'’-]+){0,2})"
_CITY_OF = r"(?:the\s+(?:[A-Z][\w-]+\s+)?(?:city|capital|resort|town)\s+of\s+)?"
# "in Geneva", "at Jeddah", "in Abu Dhabi", "in the Saudi city of Jeddah"; a plan's venue after
# "for" / "to" ("talks planned for Geneva", "the round was moved to Vienna", "due to travel to Doha
# for the round"); "hosted by Oslo"; a venue named as the event's ("the Riyadh format", "Istanbul talks")
# r15 (dev27 A3): a city visited by name ("toured Zaporizhzhia's hospital", "visited Odesa port"),
# never where someone was born or a stop on the way ("born in Lviv", "a stop in Bucharest"); r34: the noun
# too ("on a brief visit to Poltava", "a trip to Odesa")
_NOT_VENUE = r"(?<!\bborn\s)(?<!\braised\s)(?<!\bstop\s)(?<!\bstopover\s)(?<!\blayover\s)(?<!\btransit\s)"
# A timeline's entry opens on its day(s) and venue ("March 3 – Geneva.", "4 and 9 May — Doha again."):
# the name after the dash is the venue of the entry
_DAYS = rf"(?i:{CALENDAR_DAY.pattern})"
_TIMELINE_DAY = rf"(?:^|(?<=\n))[ \t]*{_DAYS}(?:\s*(?:,|and|&)\s*(?:{_DAYS}|\d{{1,2}}))*"
# the verbs of giving aid, the rules' and grounding's one list (`aid_giving.yaml`), and of delivering it
_GIVING = "|".join((cue_data.words_alternation("aid_giving", "giving_verbs"),
                    r"deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|suppl(?:y|ies|ied|ying)|hand(?:s|ed|ing)?\s+over"))
# the verbs whose receiver may come right after them, before the goods ("gave Kyiv", "sent Sumy")
_GIVING_TO_WHOM = cue_data.words_alternation("aid_giving", "receiver_first_verbs")
# r21 (dev40 L4): a sentence may open on its venue ("In Munich, the two ministers met ...")
_VENUE = re.compile(rf"{_NOT_VENUE}\b(?:[Ii]n|[Aa]t|hosted\s+by)\s+{_CITY_OF}{_NAME}"
                    rf"|\b(?:(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?)(?:\s+to)?|trip\s+to)\s+(?P<visited>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}})"
                    rf"|\b(?:set|planned|scheduled|slated|due|pencilled\s+in|penciled\s+in|moved|relocated|shifted"
                    rf"|switched|transferred|called|expected|invited|travel(?:l?ed|l?ing|s)?|fl(?:y|ew|ying|own)"
                    # r28 (dev50): a journey back or onward ("the negotiators return to Istanbul", "will reconvene in")
                    rf"|return(?:s|ed|ing)?|head(?:s|ed|ing)?|go(?:es|ing)?|went|c[ao]me|comes|coming)"
                    rf"(?:\s+\w+){{0,3}}?\s+(?:for|to)\s+{_CITY_OF}{_NAME.replace('<name>', '<planned>')}"
                    # r49: one word of the event's subject between ("the Bürgenstock peace summit")
                    rf"|(?P<named>[A-Z][\w'’-]+)\s+(?:(?-i:[a-z]+)\s+)?(?:talks|round|format|meeting|process|summit|negotiations|consultations)\b"
                    rf"|{_TIMELINE_DAY}\s*[–—-]\s*{_NAME.replace('<name>', '<dashed>')}"
                    # r27: aid given to a city ("sent 40 generators to Kharkiv", "delivered ambulances to the
                    # city of Odesa"): the city's state receives it (CODEBOOK rule 14); r51: the city right after
                    # the verb ("sent Kherson four excavators", "gave Sumy two ambulances")
                    rf"|\b(?:(?:{_GIVING})\s+(?:[\w'’,-]+\s+){{0,6}}?(?:to|for)\s+|(?:{_GIVING_TO_WHOM})\s+)"
                    rf"{_CITY_OF}(?:the\s+)?{_NAME.replace('<name>', '<recipient>')}")


def host_state(name: str, text: str, spans: Sequence[Span]) -> str | None:
    """The canonical state `name` is, when a venue in the record's sentences lies in it."""
    from .complete import resolve_location
    from .names import canonical_actor

    actor = canonical_actor(name.strip())
    if actor is None:
        return None
    ctx = _context(text)
    for i, s in enumerate(ctx.sentences):
        if not any(s.start < sp.end and sp.start < s.end for sp in spans):
            continue
        # r51: "met Xi there on Thursday": the venue is the one the sentence before names
        lo = ctx.sentences[i - 1].start if i and _THERE.search(ctx.grounded, s.start, s.end) else s.start
        for m in _VENUE.finditer(ctx.grounded, lo, s.end):
            written = (m.group("name") or m.group("planned") or m.group("named") or m.group("visited")
                       or m.group("dashed") or m.group("recipient")).split()
            # the longest run of the words the gazetteer reads ("in Munich Airport" -> Munich)
            for n in range(len(written), 0, -1):
                loc, known = resolve_location(" ".join(written[:n]))
                if known:
                    break
            if known and loc.country == actor:
                return actor
        if _WE_HOSTED.search(ctx.grounded, s.start, s.end) and _title_state(ctx.grounded, ctx.sentences) == actor:
            return actor
    return None


# a venue named by "there" after the verb of the event ("met Xi there", "held talks there"; never
# "there is", "there were")
_THERE = re.compile(r"\b(?:met|meet|meets|meeting|talks|talked|held|signed|gathered|arrived)\b(?:\s+[\w'’-]+){0,4}?\s+there\b"
                    r"(?!\s+(?:is|are|was|were|will|would|has|have|had)\b)", re.I)


# r15 (dev27 A3): an interviewee's venue told in the first person ("their minister came to us",
# "he came here last week"): the city the article's title names ("Poltava's mayor on ...")
_WE_HOSTED = re.compile(r"\b(?:came|come|comes|coming|travelled|traveled)\s+(?:to\s+us|here|to\s+our\s+city)\b"
                        r"|\bvisited\s+us\b", re.I)


def _title_state(text: str, sentences: Sequence[Sentence]) -> str | None:
    """The state of the first place the article's title (its first sentence) names."""
    from ..knowledge import find_places

    if not sentences:
        return None
    found = find_places(text[sentences[0].start:sentences[0].end])
    return found[0].place.country if found else None


def implied_participant(name: str, text: str, spans: Sequence[Span], kind: DiplomacyKind | str | None) -> str | None:
    """A participant the article implies without naming it: the host of the record's venue, or
    the other warring side of a swap of captives (`swap_counterpart`). `kind` as a draft or a
    record's data holds it (the enum or its value)."""
    host = host_state(name, text, spans)
    if host is None and kind is not None and DiplomacyKind(kind) is DiplomacyKind.prisoner_exchange:
        return swap_counterpart(name, text)
    return host


def swap_counterpart(name: str, text: str) -> str | None:
    """r46 (dev68): "a hundred Ukrainian soldiers were freed in Sunday's swap", in an article that names
    Russia nowhere: a prisoner exchange of this war has the other warring side as its counterpart,
    implied, not invented. The article's own side is read from the actors it names (`implied_enemy`)."""
    from ..knowledge.sides import OPPONENT, implied_enemy
    from .names import canonical_actor

    actor = canonical_actor(name)
    return actor if actor in OPPONENT and actor == implied_enemy(text) else None
