"""Diplomatic events told without an event noun, as wire copy often tells them: a call by its
means or by who talked to whom ("had talked to the chancellor by telephone"), and aid by its
arrival ("two more launchers had reached Ukraine", "the jets were handed over last week") or by
who pays for it ("will foot the bill for 18 howitzers", "is buying four air-defence units"), and a
meeting by a verb of gathering after the officials who meet ("defence ministers gather in Brussels")
or by who sat down with whom ("will sit down with the chancellor", never "with reporters"), and a
talk by a singular noun with an owner and a partner ("her talk with the premier", never "idle talk"),
and talks by contacts or a channel between two sides ("the back channel between Washington and
Moscow", never "open to contacts"), and a proposal by the act of putting a plan forward ("tabled a
six-point roadmap", "a draft was circulated to the delegations", "handed over a list of prisoners"),
and sanctions by the listing verb and what it lists ("designated 40 further tankers").

`pattern()` is one regex alternation that `events.describes_event` reads beside the
vocabulary's event words; the word lists live in `data/wire_events.yaml`. An arrival counts only
after a materiel noun, a few words before it: "the fire reached the roof" names no aid.
"""

from __future__ import annotations

from functools import lru_cache

from . import vocabulary

# How many words may stand between the materiel noun and its verb ("systems had reached",
# "launchers pledged in the spring finally arrived").
_GAP_WORDS = 6


def _alternation(name: str) -> str:
    return vocabulary.pattern(name, "wire_events")


@lru_cache(maxsize=1)
def pattern() -> str:
    """A call told by its means, or materiel then a verb of arrival within a few words."""
    gap = rf"(?:\s+[\w'’-]+){{0,{_GAP_WORDS}}}?"
    arrival = rf"(?:{_alternation('materiel_nouns')}){gap}\s+(?:{_alternation('arrival_verbs')})"
    meeting = rf"(?:{_alternation('meeting_phrases')}){_no_interview()}"
    return (rf"(?:{_alternation('call_phrases')})|(?:{arrival})|(?:{_paid_for(gap)})|(?:{_gathering(gap)})|{meeting}"
            rf"|{_owned_talk()}|{_contacts()}|{_put_forward(gap)}"
            rf"|(?:{_alternation('listing_verbs')})(?:\s+[\w'’,-]+){{0,12}}?\s+(?:{_alternation('listed_targets')})")


def _put_forward(gap: str) -> str:
    """A put-forward verb, then (within a few words) a plan noun: "tabled a six-point roadmap",
    "presented both sides with a draft"; or the plan noun first, the verb in the passive: "a
    framework was circulated to the delegations"."""
    listed = (rf"(?:{_alternation('list_nouns')})\s+(?:of|with|containing|naming)\s+(?:[\w,-]+\s+){{0,4}}?"
              rf"(?:{_alternation('listed_people')})")
    plan = rf"(?:{_alternation('plan_nouns')}|{listed})"
    # the receiver may stand between verb and plan, named with a comma ("handed Lubinets, her
    # counterpart, a list of ..."): a wider gap than the other readers'
    wide = r"(?:\s+[\w'’,-]+){0,9}?"
    return (rf"(?:{_alternation('put_forward_verbs')}){wide}\s+(?:[\w-]+-)?{plan}"
            rf"|{plan}{gap}\s+(?:{_alternation('put_forward_passive')})")


def _contacts() -> str:
    """Contacts, a channel or a track between two sides ("the back channel between Washington and
    Moscow"), or diplomatic contacts with one ("direct contacts with Kyiv")."""
    nouns = _alternation('contact_nouns')
    return (rf"(?:(?:{nouns})\s+(?:{_alternation('contact_between')})"
            rf"|(?:{_alternation('contact_kinds')})\s+(?:{nouns})\s+(?:{_alternation('contact_with')}))")


def _paid_for(gap: str) -> str:
    """A verb of paying, then (within a few words) materiel: "will pay for a further 18 Caesar
    howitzers", "bought four air-defence units"; or in the passive, materiel first: "the drones
    will be paid for by Denmark"."""
    materiel = rf"(?:{_alternation('materiel_nouns')}|{_alternation('paid_materiel_nouns')})"
    return (rf"(?:{_alternation('paying_verbs')}){gap}\s+{materiel}"
            rf"|{materiel}{gap}\s+(?:{_alternation('paid_passive_verbs')})")


def _owned_talk() -> str:
    """A possessive or an article (a name's "'s" too), at most one adjective, a singular talk noun
    and its partner: "the chancellor's brief talk with Erdogan", "their chat with each other"."""
    owner = rf"(?:(?:{_alternation('talk_owners')})|[\w-]+['’]s?)"
    return (rf"{owner}\s+(?:[\w-]+\s+)?(?:{_alternation('talk_nouns')})\s+"
            rf"(?:{_alternation('talk_partners')}){_no_interview()}")


def _no_interview() -> str:
    """Not before the press within three words ("sat down with reporters", "with a TV host")."""
    return rf"(?!(?:\s+with)?(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_alternation('interview_nouns')})\b)"


def _gathering(gap: str) -> str:
    """Officials or a body, then (within a few words) a verb of gathering before a place, a time,
    a purpose or the clause's end: "EU leaders will gather in Copenhagen"."""
    after = rf"(?=\s+(?:{_alternation('gathering_after')})\b|\s*[,.;:]|\s*$)"
    return rf"(?:{_alternation('gathering_subjects')}){gap}\s+(?:{_alternation('gathering_verbs')}){after}{_no_interview()}"
