"""Diplomacy cues: event kinds and status words, demands and appeals, reported content, topics
(what talks are about) and hosts."""

from __future__ import annotations

import re

from ..calendar_days import MON, WD_NAMES
from ..knowledge import cues
from ..knowledge import views as _kv
from ..records import DiplomacyKind, DiplomacyStatus
from . import milestones
from .actors import COUNTRY_NAMES, COUNTRY_NOUN_ALT, TITLES


# (kind, cue regex). Checked in this order: the first kind that matches names the event.
# "<weapons>" in a phrase stands for the `aid_weapons` vocabulary, "<state>" for a state named by a
# noun (name or capital, case kept: "hands Moldova", never the demonym of "sent Iranian drones").
_WEAPONS = rf"(?:{cues.alternation('diplomacy', 'aid_weapons')}|{cues.alternation('diplomacy', 'aid_weapons_more')})"
_STATE = rf"(?-i:{COUNTRY_NOUN_ALT})\b"
# "<package_cargo>" stands for what an aid package is "of" ("package of defence support"), so that the
# sanctions phrases of a numbered package leave it to aid (r20, dev38 D1): one list, diplomacy.yaml.
_PACKAGE_CARGO = rf"(?:{cues.alternation('diplomacy', 'package_aid_cargo')})"
# "<joint_body>" stands for a standing joint body named by its two sides ("the NATO-Ukraine Council",
# "the EU-Moldova Association Council"); JOINT_BODY reads its sides (r20, dev37 D1).
_JOINT_BODY = (r"(?-i:(?P<jb_a>[A-Z][\w]*)-(?P<jb_b>[A-Z][\w]*)\s+(?:[A-Z][a-z]+\s+){0,2}?"
               rf"(?:{cues.alternation('diplomacy', 'joint_body_nouns')}))\b")
JOINT_BODY = re.compile(_JOINT_BODY)
# "<donor>" stands for a state that gives, named by its demonym or in the possessive ("a Danish pledge
# of", "Germany's promise of", "Oslo's offer of"), case kept (r16, dev29 D1).
_DONOR = "(?-i:(?:{}))(?:['’]s)?(?!\\w)".format("|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(
    {*_kv.pair_forms(), *_kv.country_nouns()}, key=lambda f: (-len(f), f))))
DIPLOMACY_CUES: list[tuple[DiplomacyKind, re.Pattern[str]]] = [
    (DiplomacyKind(k), re.compile(p.pattern.replace("<weapons>", _WEAPONS).replace("<state>", _STATE)
                                  .replace("<donor>", _DONOR).replace("<package_cargo>", _PACKAGE_CARGO), p.flags))
    for k, p in cues.patterns("diplomacy", "kinds")]


def _with_more_phrases(kinds: list[tuple[DiplomacyKind, re.Pattern[str]]]) -> list[tuple[DiplomacyKind, re.Pattern[str]]]:
    """The kinds of diplomacy.yaml, each joined with its phrases in every section of
    diplomacy_kinds_more.yaml (a class's word family kept in one place), precedence unchanged."""
    more: dict[str, list[str]] = {}
    for section in _MORE_KIND_SECTIONS:
        for name, rx in cues.patterns("diplomacy_kinds_more", section):
            more.setdefault(name, []).append(rx.pattern.replace("<state_giver>", _STATE_GIVER)
                                             .replace("<weapons>", _WEAPONS).replace("<state>", _STATE)
                                             .replace("<amount>", _AMOUNT).replace("<city>", _CITY)
                                             .replace("<giving>", _GIVING).replace("<financial>", _FINANCIAL)
                                             .replace("<sum_goods>", _SUM_GOODS).replace("<relief_kit>", _RELIEF_KIT)
                                             .replace("<agreement_exit>", AGREEMENT_EXIT)
                                             .replace("<facility_arrival>", FACILITY_ARRIVAL).replace("<facility>", FACILITIES)
                                             .replace("<package_cargo>", _PACKAGE_CARGO).replace("<donor>", _DONOR)
                                             .replace("<day>", _DAY_OF_MONTH)
                                             .replace("<joint_body>", _JOINT_BODY.replace("?P<jb_a>", "?:").replace("?P<jb_b>", "?:")))
    return [(kind, re.compile("|".join([rx.pattern, *more.get(kind.value, [])]), rx.flags)) for kind, rx in kinds]


# The sections of diplomacy_kinds_more.yaml that add phrases to kinds, one per class or family.
_MORE_KIND_SECTIONS = ("kinds", "more_kinds", "more_kinds_exchange", "more_kinds_meeting", "more_kinds_dev18",
                       "more_kinds_dev19", "more_kinds_giving", "more_kinds_hosted_leaders", "more_kinds_named_tracks",
                       "more_kinds_told_otherwise", "more_kinds_council", "more_kinds_conference", "more_kinds_r20",
                       "more_kinds_r21", "more_kinds_r22_acts", "more_kinds_r26", "more_kinds_r39_dated_acts")
# A calendar day as copy writes it ("4 March", "March 4", "4th of March")
_DAY_OF_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MON}\b|{MON}\s+\d{{1,2}}(?:st|nd|rd|th)?\b)"
# r39: a cue that ends in the day its act was taken ("Spain's decision of 5 March"): the act is done by that day
DATED_ACT_END = re.compile(rf"\bof\s+{_DAY_OF_MONTH}$", re.I)
# A city that hosts negotiations, as named in copy (case kept): "the Istanbul track"
_CITY = rf"(?-i:{'|'.join(re.escape(c) for c in sorted([*_kv.world_cities(), 'Kyiv', 'Moscow'], key=len, reverse=True))})\b"
# A sum of money with its currency ("SEK 500 million", "€20m", "C$200 million", "1 billion crowns"):
# the forms of aid_giving.yaml, with its currency codes and words.
MONEY_AMOUNTS = cues.alternation("aid_giving", "money_amounts") \
    .replace("<currency_codes>", cues.words_alternation("aid_giving", "currency_codes")) \
    .replace("<currency_words>", cues.words_alternation("aid_giving", "currency_words"))
# A sum with a qualifier before it ("a further", "some") and a bracketed conversion after it ("(about $95 million)").
_AMOUNT = rf"(?:(?:an?\s+(?:further|additional|extra|new)|another|some|about|around|nearly|almost|up\s+to)\s+)?(?:{MONEY_AMOUNTS})(?:\s*\([^()]{{1,60}}\))?"
# The giving verbs of aid_giving.yaml, every inflection (grounding reads the same list), and the
# pledging verb the rules read as giving too.
_GIVING = f"{cues.words_alternation('aid_giving', 'giving_verbs')}|{cues.words_alternation('aid_giving', 'giving_verbs_pledging')}" \
    f"|{cues.words_alternation('aid_giving', 'giving_verbs_approving')}"
# What an aid sum is made of besides weapons (loans, grants, guarantees) and the goods a sum is told
# "in" or "worth of" ("$800m in weapons"): aid_giving.yaml `financial_cargo`, `sum_goods` (r19, dev36 D1).
_FINANCIAL = cues.words_alternation("aid_giving", "financial_cargo")
_SUM_GOODS = cues.words_alternation("aid_giving", "sum_goods")
# The civil kit a state hands over as relief (aid_giving.yaml `relief_kit`; r51): "<relief_kit>".
_RELIEF_KIT = cues.words_alternation("aid_giving", "relief_kit")
# The giving state as the subject of a kit phrase (aid_giving.yaml `state_giver`; its "<state>" is filled after it).
_STATE_GIVER = cues.alternation("aid_giving", "state_giver")


# An agreement's end told as a noun (r21, classes_dev39 D3): a noun of ending with the agreement "of" it
# ("the collapse in October of the grain arrangement"), the agreement's own ("the truce's expiry"), or a
# refusal to extend it ("Moscow's refusal in May to roll over the deal"); not an end feared or ahead
# ("fear the collapse of the truce"). diplomacy_kinds_more.yaml `agreement_exits`: the rules read
# AGREEMENT_EXIT as an agreement cancelled, grounding's `exit_dates` reads the nouns as an exit.
EXIT_NOUNS = cues.words_alternation("diplomacy_kinds_more", "agreement_exits", "nouns")
EXIT_REFUSAL_NOUNS = cues.words_alternation("diplomacy_kinds_more", "agreement_exits", "refusal_nouns")
EXIT_REFUSED_VERBS = cues.words_alternation("diplomacy_kinds_more", "agreement_exits", "refused_verbs")
# the words that make the end one feared or still ahead, right before the noun's determiner: one
# fixed-width look-behind per word ("fear the collapse", "ahead of the expiry")
EXIT_NOT_BEFORE = "".join(rf"(?<!\b{w.replace(chr(92) + 's+', ' ')} )"
                          for w in cues.phrases("diplomacy_kinds_more", "agreement_exits", "not_before"))
# the determiner or possessive that opens the noun phrase of the end ("the", "its", "Russia's")
EXIT_DETERMINER = r"(?:the|its|their|this|that|last\s+year['’]s|(?-i:[A-Z])[\w-]*['’]s?)"
_AGREEMENT_NOUN = (rf"(?:(?:{cues.words_alternation('diplomacy_kinds_more', 'agreement_exits', 'agreement_nouns')})"
                   r"|(?-i:[A-Z][\w-]*\s+)*(?-i:Initiative|Agreement|Accord|Deal))\b")
AGREEMENT_EXIT = (
    rf"{EXIT_NOT_BEFORE}\b{EXIT_DETERMINER}\s+(?:[\w-]+\s+)?(?:{EXIT_NOUNS})(?:\s+(?!of\b)[\w.'’-]+){{0,4}}?\s+of\s+"
    rf"(?:the|its|their|this|that|an?)\s+(?:[\w'’,-]+\s+){{0,6}}?{_AGREEMENT_NOUN}"
    rf"|{EXIT_NOT_BEFORE}\b(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{cues.words_alternation('diplomacy_kinds_more', 'agreement_exits', 'agreement_nouns')})['’]s?\s+(?:[\w-]+\s+)?(?:{EXIT_NOUNS})\b"
    rf"|{EXIT_NOT_BEFORE}\b{EXIT_DETERMINER}\s+(?:{EXIT_REFUSAL_NOUNS})(?:\s+(?!to\b)[\w.,'’-]+){{0,4}}?\s+to\s+(?:{EXIT_REFUSED_VERBS})\s+"
    rf"(?:the|its|their|this|that|an?)\s+(?:[\w'’,-]+\s+){{0,6}}?{_AGREEMENT_NOUN}")
# An arrival at a facility ("reached the Rivne nuclear power station"): its verbs and the facilities
# (diplomacy_visits.yaml), read by the visit phrase and by rules/diplomacy_arrivals (r21, classes_dev39 D4).
FACILITY_ARRIVAL = cues.alternation("diplomacy_visits", "facility_arrival_verbs")
FACILITIES = cues.alternation("diplomacy_visits", "facilities")
DIPLOMACY_CUES = _with_more_phrases(DIPLOMACY_CUES)
# A person briefing or addressing an organisation's standing body at its sitting ("will brief the
# Security Council", "addressed an emergency session of the Council"): the rules' meeting phrases
# and grounding's event words read this one vocabulary (r19, dev35 D4).
COUNCIL_ADDRESS = cues.alternation("diplomacy_kinds_more", "more_kinds_council", "meeting")
# A working meeting still to come told by a verb of discussion with a named counterpart and a place or
# a time ("is due to go over the rules with Poland's minister in Gdansk next week"): the rules' talks
# phrase and grounding's event words read this one vocabulary (r21, classes_dev39 D1).
DISCUSSION_AHEAD = cues.alternation("diplomacy_kinds_more", "more_kinds_r21", "talks")
STATUS_CUES: list[tuple[DiplomacyStatus, re.Pattern[str]]] = [(DiplomacyStatus(k), p) for k, p in cues.patterns("diplomacy", "status")]
_MORE_STATUS = dict(cues.patterns("diplomacy_kinds_more", "more_status"))
STATUS_CUES = [(k, re.compile(f"{p.pattern}|{_MORE_STATUS[k.value].pattern}", p.flags) if k.value in _MORE_STATUS else p)
               for k, p in STATUS_CUES]
# A measure still in draft ("unveiled draft legislation that would impose sanctions"): proposed,
# unless the clause says it was adopted ("passed a bill imposing sanctions").
MEASURE_DRAFTED = cues.pattern("diplomacy", "measure_drafted")
MEASURE_ADOPTED = cues.pattern("diplomacy", "measure_adopted")
# "the memorandum signed today": a signing told in the cue is done, unless a modal precedes it.
AGREEMENT_DONE = cues.pattern("diplomacy", "agreement_done")
NOT_YET_DONE_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'not_yet_done_before')})$", re.I)
# "Ukraine demands more sanctions", "urged allies to send aid": a demand, not a decision. Sanctions or
# aid that are only proposed by a demand make no record; "the EU is considering a package" does.
DEMAND_CUES = cues.pattern("diplomacy", "demand")
# A bare appeal governs the event noun: "urged partners to impose new sanctions", "called on allies
# to send more aid", "appealed for talks". PLOVER: an appeal is not an event of the kind appealed for.
DEMANDED_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'appeal_verbs')})\b(?:\s+[\w'’-]+){{0,8}}?\s+(?:to|for)(?:\s+[\w'’-]+){{0,5}}?\s*$",
    re.I)
# Reported content after the event: "told X by phone that France would send…" — its modality is
# not the event's. A relative clause ("talks that will resume") is not cut: a verb follows "that".
COMPLEMENT = re.compile(
    r"\b(?:that|saying|adding|said|says|told\s+(?:reporters|journalists))\s+"
    r"(?!(?:will|would|are|is|was|were|have|has|had|could|should|may|might|must|can|be|that)\b)",
    re.I)
# Kinds that are often only the subject of talks ("talks on a peacekeeping force", "a call about
# military aid"): the event is then the talks, not the subject.
SUBJECT_KINDS = {DiplomacyKind.peacekeeping, DiplomacyKind.military_aid, DiplomacyKind.sanctions,
                 DiplomacyKind.proposal, DiplomacyKind.prisoner_exchange}  # "a call about the next swap"
EVENT_FORM_KINDS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.phone_call}
# What connects an event to its subject: "talks on", "a call about", "met to discuss".
TOPIC_LINK = re.compile(
    r"(?:\s+\w+){0,5}?\s+(?:on|about|over|regarding|concerning|to\s+discuss|discussing|focused\s+on|"
    r"devoted\s+to|aimed\s+at)\s+(?![Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|"
    r"the\s+sidelines|the\s+phone|the\s+telephone)")
# "Iran's nuclear programme", "Ukraine's future": a possessive country with a subject noun is a topic.
POSSESSIVE_TOPIC_AFTER = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:nuclear|programme|program|territory|territories|future|security|sovereignty|borders?|"
    r"economy|energy|airspace|war|invasion|occupation|membership|accession|reconstruction|grain|ports?|"
    r"integrity|neutrality|defen[cs]es?|frontline|front\s+line|cities|infrastructure)\b", re.I)
# r27: an organisation named as what a state hopes to join ("Ukraine's NATO hopes", "its EU bid", "NATO
# membership", "the EU accession path"): the subject of the talks, never a side
ORG_AS_TOPIC_AFTER = re.compile(rf"\s+(?:{cues.alternation('diplomacy', 'org_as_topic_after')})\b", re.I)
# "US-Russia talks", "Russian-Ukrainian talks": both states of a hyphenated pair are sides.
# Every one-word form of a state in the actor dictionary pairs ("Serbian-Kosovar", "Sino-Russian").
PAIR_FORMS = _kv.pair_forms()
_PAIR_WORD = "|".join(re.escape(f) for f in sorted({*PAIR_FORMS, "EU"}, key=lambda f: (-len(f), f)))
COUNTRY_PAIR_RE = re.compile(rf"(?<![\w-])(?P<a>{_PAIR_WORD})[-–](?P<b>{_PAIR_WORD})(?![\w-])")
# Capitals whose government takes part when talks or a visit happen there.
HOST_CAPITALS = _kv.host_capitals()
# "uncertain about continuing military aid", "fears over talks": worry about an event, not one.
COMMENTARY_BEFORE = re.compile(
    r"\b(?:uncertain|unsure|worried|concerned|concerns?|fears?|doubts?|questions?|alarm|sceptical|skeptical)"
    r"\s+(?:about|over|whether|that|of|regarding)\b[^.;]{0,40}$", re.I)
# States and organisations by the ways they are written (regex -> name), from the actor dictionary.

TOPIC_BEFORE = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|on|about|over|regarding|concerning|(?:war|peace|ceasefire|truce|conflict|fighting"
    r"|situation|settlement)\s+in|future\s+of|fate\s+of|security\s+of|to\s+aid|to\s+help|to\s+protect|"
    r"to\s+defend|deployed\s+(?:to|in)|stationed\s+in|address(?:ed|es|ing)?"
    r"|(?:registered|based|flagged|incorporated|headquartered)\s+in|linked\s+to"
    # the beneficiary of what a gathering discusses (class C4): "agree on funding for Ukraine's
    # military", "to keep backing Ukraine" (aid records take their recipient back as its target)
    r"|(?:funding|financing|support|aid|assistance|loans?|money|help)\s+(?:for|to)|(?:keep|keeps|continue|continues)\s+backing"
    r")\s+(?:the\s+)?$", re.I)
# The sides of the event told just before ("the two leaders agreed"), a party joining it ("joined
# by video link"), and the event itself referred to again ("after the meeting").
BOTH_SIDES = cues.pattern("diplomacy", "both_sides")
TEAMS_AS_SIDES = cues.pattern("diplomacy", "teams_as_sides")
REMOTE_ADDRESS = cues.pattern("diplomacy", "remote_address")  # "heard Zelensky by video link" (r22)
JOINED = re.compile(f'{cues.pattern("diplomacy", "joined").pattern}|{cues.pattern("diplomacy", "joined_chairs").pattern}'
                    f'|{REMOTE_ADDRESS.pattern}', re.I)  # (r18: chairs)
EVENT_ANAPHOR_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'event_anaphor_before')})\s+the\s+(?:[A-Z][\w-]+\s+)?$"
    rf"|\b(?:{cues.alternation('diplomacy', 'event_anaphor_evaluation')})\s+(?:the|that|this|their|(?-i:[A-Z])\w+day['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?$", re.I)
# "firms registered in A and B": where a sanctioned target is registered, every country of the list.
REGISTERED_IN_BEFORE = re.compile(
    r"\b(?:registered|based|flagged|incorporated|headquartered)\s+in\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?"
    r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+))*$")
# r34: a company's registration before a place ("managers registered in Dubai"): no venue. Not "based" or
# "headquartered" alone, as REGISTERED_IN_BEFORE has them: "a force headquartered in Paris" is there; r38:
# but a firm's or a trader's seat is ("two insurers based in Moscow", "banks headquartered in Dubai")
COMPANY_SEAT_BEFORE = re.compile(
    r"\b(?:registered|flagged|incorporated|domiciled)\s+in\s+(?:the\s+)?$"
    rf"|\b(?:{cues.alternation('diplomacy', 'company_nouns')})\s+(?:based|headquartered|operating)\s+in\s+(?:the\s+)?$", re.I)
# "the ministry in Kyiv said" (before the venue match "in Kyiv"): the speaker's seat, not the venue.
SPEAKER_SEAT_BEFORE = re.compile(r"\b(?:ministry|office|government|embassy|spokes\w+|officials?)\s+$", re.I)
# An offer or readiness in the event's own clause before the cue: "offered to host talks" is
# proposed, though "to host" alone reads as planned.
PROPOSED_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'proposed_before')})(?:[\w'’-]+\s+){{0,4}}?(?:an?\s+|the\s+|new\s+|fresh\s+)*$",
    re.I)
# Denials and negations of the event: no record ("denied that X had met Y", "no talks were held",
# "have not held direct talks"). A denial verb governs the rest of its clause; a negation only
# the words right before the cue.
DENIAL_VERB = cues.regex("diplomacy", "denial_verbs")
DIPLOMACY_NEGATED_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'negation_before')})\s*(?:(?:any|an?|the|direct|further|new|fresh|formal|"
    rf"official|face-to-face|bilateral|such|more|plans?\s+(?:for|to))\s+)*$", re.I)
# What ought to happen, a condition, and the modal of a hypothetical: "Europe should impose
# sanctions", "would meet Putin only if…": no record.
OBLIGATION = cues.pattern("diplomacy", "obligation")
CONDITIONAL = cues.pattern("diplomacy", "conditional")
HYPOTHETICAL_MODAL = cues.pattern("diplomacy", "hypothetical_modal")
INVERTED_CONDITIONAL = cues.pattern("diplomacy", "inverted_conditional")
# An earlier event recalled before the cue ("since the summit in Alaska"): background, no record.
BACKGROUND_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'background_before')})$", re.I)
# "met on the sidelines of the NATO summit": the summit is the occasion, not the event.
OCCASION = cues.pattern("diplomacy", "occasion")
VENUE_EVENT_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'occasion')}|(?:{cues.alternation('diplomacy', 'occasion_beside')})(?=\s+(?:the|an?|this|that)\s))"
    rf"\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,3}}?$", re.I)
# The preposition before a demonym that names the target or recipient of sanctions or aid.
TARGET_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'target_before')})\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,2}}?$", re.I)
# "had not decided whether to meet Putin": an undecided event, no record.
UNDECIDED_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'undecided_before')})$", re.I)
# Thanks for aid, a warning against it, a call for it, a donor described: no event of its own.
NOT_THE_EVENT_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'not_the_event_before')})\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)
AGGREGATE_SINCE = cues.pattern("diplomacy", "aggregate_since")
# The terms of a plan after its noun ("a proposal under which X would…"), and a sentence of terms
# opened by the plan as its frame ("Under the plan, X would…"; classes_dev35 D9).
PROPOSAL_TERMS = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'proposal_terms')})\b", re.I)
PROPOSAL_TERMS_FRAME = re.compile(rf"\W*(?:{cues.alternation('diplomacy', 'proposal_terms_frame')})\b")
# The same milestone told as a closing apposition (no clause after it: ", her first trip abroad since the vote,
# and later met …" reads on) that measures the event against an earlier one,
# with that one's own day and place: ", their first talks since the minister's stop in Oslo in May",
# ", the first call between them since talks in Berlin in May" (r19, dev36 D3). The apposition runs
# to the sentence's end; the date and place after its "since" are the earlier event's, never the event
# told (its head noun is the event told: "her first visit to the capital since the spring").
MILESTONE_APPOSITION = re.compile(
    rf",\s+(?:(?:the|their|his|her|its|our)\s+)?{milestones.HEAD}"
    rf"{milestones.WORDS_BEFORE_SINCE}\s+(?P<since>since)\b[^;:,]*?[\s.!?\"'’”)]*$", re.I)
HYPOTHETICAL_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'hypothetical_before')})$", re.I)
# A meeting told by its host, when a person or an office follows the verb.
HOST_VERB = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'host_verbs')})\s+", re.I)
GUEST_TITLE = re.compile(rf"(?:{cues.alternation('diplomacy', 'guest_titles')})\b(?!['’])", re.I)  # not "the leaders' decision"
# A party named as absent ("without Trump", "Orban did not attend", "who stayed away"): no side of
# the event; "represented by a deputy" keeps the state, which takes part through someone else.
ABSENT_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'absent_before')})\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,3}}?$", re.I)
ABSENT_AFTER = re.compile(rf"^(?:['’]s)?(?-i:\s+[A-Z][\w'’-]+){{0,4}}\s*(?:,\s*(?:who|which)\s+)?(?:\s*(?:also|himself|herself|itself|again|however|reportedly|notably)\s+)*"
                          rf"\s*(?:{cues.alternation('diplomacy', 'absent_after')})\b", re.I)
REPRESENTED = cues.pattern("diplomacy", "represented")
# "will meet at the G20 summit", "agreed to meet during the EU summit": the summit is the occasion
# of a meeting told before it in the clause, and the summit's body is no side of the meeting.
OCCASION_AT_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'occasion_at')})\s+(?:the|this|next)\s+(?:[\w'’-]+\s+){{0,3}}?$", re.I)
# "Speaking in Kyiv, Zelensky said he had spoken with Trump": the speaker's city, not the venue.
SPEAKER_PLACE_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'speaker_place_before')})\s+$", re.I)
# Aid that reached its recipient: another event than the pledge of it.
AID_DELIVERED = cues.pattern("diplomacy", "aid_delivered")
# Between an event and a place close after it: the place is no venue ("met Merz after strikes in Odesa").
VENUE_GAP_BREAK = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'venue_gap_breaks')})\b|[,;:]", re.I)
# "the two discussed a possible new swap": an event noun that is only what was talked about.
DISCUSSED_BEFORE = cues.regex("diplomacy", "discussed_before")
# A verb between the topic verb and the cue that starts an event of its own ("discussed aid and
# then signed a deal"): the cue is no topic.
OWN_VERB_GAP = re.compile(r"\b(?:and|but|then)\s+(?:then\s+|also\s+|later\s+|later\s+on\s+)?(?!(?:a|an|the|its|their|his|her)\b)[a-z]+ed\b")
# "will send Ukraine four systems": a pledge made now (held), not a plan. The verbs: aid_giving.yaml's
# giving verbs and the rest of the pledging families (delivering, paying, investing).
AID_PLEDGE = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'aid_pledge', 'modals')})\s+(?:(?:also|soon|now|shortly|additionally|jointly)\s+)?"
    rf"(?:{cues.words_alternation('aid_giving', 'giving_verbs')}|{cues.alternation('aid_giving', 'pledge_verbs_more')})\b",
    re.I)
# "via Dublin", "by car from Moldova": a point on a traveller's route, no side and no venue.
ROUTE_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'route_before')})\s+(?:the\s+)?$", re.I)
# "the call took place on Tuesday": the day of an event told before. The noun says which kinds.
ANAPHOR_KINDS: dict[str, frozenset[DiplomacyKind]] = {
    "call": frozenset({DiplomacyKind.phone_call}),
    "conversation": frozenset({DiplomacyKind.phone_call, DiplomacyKind.talks, DiplomacyKind.meeting}),
    "talks": frozenset({DiplomacyKind.talks, DiplomacyKind.meeting}),
    "meeting": frozenset({DiplomacyKind.meeting, DiplomacyKind.talks}),
    "session": frozenset({DiplomacyKind.meeting, DiplomacyKind.talks}),
    "visit": frozenset({DiplomacyKind.visit}),
    "summit": frozenset({DiplomacyKind.summit}),
    "exchange": frozenset({DiplomacyKind.prisoner_exchange}),
    "swap": frozenset({DiplomacyKind.prisoner_exchange}),
}
EVENT_TOOK_PLACE = re.compile(
    r"\b(?:the|that|this|(?:" + WD_NAMES + r")['’]s)\s+"
    rf"(?:phone\s+|telephone\s+|video\s+)?(?P<noun>{'|'.join(ANAPHOR_KINDS)})\s+(?:had\s+|has\s+|have\s+)?"
    rf"(?:{cues.alternation('diplomacy', 'event_took_place')})\b", re.I)
# "on the margins of the gathering": the occasion is an event told before (its place and day).
OCCASION_ANAPHOR = cues.pattern("diplomacy", "occasion_anaphor")
# "Albania's Edi Rama": a person tied to a state by a possessive, with no title. Words that make
# the phrase a body or a thing ("Russia's Central Bank") or a title rule it out.
POSSESSIVE_PERSON_RE = re.compile(
    rf"\b(?P<land>{'|'.join(COUNTRY_NAMES)})['’]s\s+(?P<name>[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ]+)?"
    r"(?:\s+[A-Z][\w'’-]+){1,2})\b(?!\s+[A-Z])")
NOT_A_PERSON = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'not_a_person_words')}|{TITLES})\b", re.I)
# "paid a visit to Kyiv and held talks with…": a visit told as an act of its own, and the talks or
# meeting told as a second act of the same sentence (two events, codebook rule 14).
VISIT_TOLD_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'visit_told_before')})$", re.I)
SECOND_EVENT_LINK = re.compile(rf"(?:{cues.alternation('diplomacy', 'second_event_link')})\b", re.I)
# "Finland's X, Estonia's Y and Lithuania's Z attended": the roster of the gathering just told.
ATTENDED = cues.pattern("diplomacy", "attended")
# "Kyiv summoned the ambassador after Budapest blocked the talks": a clause of circumstance.
CIRCUMSTANCE = cues.pattern("diplomacy", "circumstance")
# "no Russian officials took part", "neither X nor Y attended": a roster of absentees.
NOT_ATTENDING = re.compile(r"\b(?:no|not|never|neither|nor|none)\b|n['’]t\b", re.I)
# "Later that day", "the day before", "the following day": a day told relative to the event just
# told, as (offset in days, pattern).
RELATIVE_DAY: list[tuple[int, re.Pattern[str]]] = [
    ({"same": 0, "before": -1, "after": 1}[k], p) for k, p in cues.patterns("diplomacy", "relative_day")]
WEEKEND = cues.pattern("diplomacy", "weekend")
# "We will hold our next meeting in Vilnius": the parties of a joint statement speaking.
FIRST_PERSON_PLURAL = cues.pattern("diplomacy", "first_person_plural")
# "summoned the ambassador over a strike on Ukraine's Lviv": what the summons was over.
SUMMONS_CONTEXT = cues.pattern("diplomacy", "summons_context")
# "Later that day he spoke with…": a time word before a pronoun subject.
PRONOUN_LEAD = cues.alternation("diplomacy", "pronoun_lead")
# "invited Trump to visit Kyiv": an invitation, not a visit.
INVITATION_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'invitation_before')})\s+$", re.I)
# "The talks had also covered accession negotiations": the topics of an event told before.
TOPIC_SENTENCE = re.compile(
    rf"\W*(?:(?:but|and|however|yet)\W+)?(?:{cues.alternation('diplomacy', 'topic_sentence', 'subject')})\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{cues.alternation('diplomacy', 'topic_sentence', 'verbs')})\b"
    rf"|\W*(?:{cues.alternation('diplomacy', 'topic_sentence', 'agenda')})", re.I)
INVITATION_ACCEPTED = cues.pattern("diplomacy", "invitation_accepted")
# "The ICRC acted as an intermediary": an organisation's part in the exchange just told.
MEDIATION = cues.pattern("diplomacy", "mediation")
# r32: a people named by its plural demonym as the one who brokered ("the Emiratis brokered", "brokered by the
# Qataris"); r38: "the Saudis again serving as intermediaries", "the Turks helped arrange", "with the help of the
# Qataris", "with the Omanis in the middle"
_MEDIATION_ALT = cues.alternation('diplomacy', 'mediation')
PEOPLE_AS_BROKER = re.compile(
    rf"\bthe\s+(?-i:[A-Z])[\w'’-]+s\s+(?:(?:once\s+)?again\s+|also\s+)?(?:had\s+|have\s+|has\s+)?"
    rf"(?:helped(?:\s+to)?\s+(?:arrange|secure|organi[sz]e|{_MEDIATION_ALT})|{_MEDIATION_ALT})"
    rf"|(?:{_MEDIATION_ALT})\s+(?:by\s+)?the\s+(?-i:[A-Z])[\w'’-]+s\b"
    rf"|\bwith\s+the\s+(?-i:[A-Z])[\w'’-]+s\s+(?:{cues.alternation('diplomacy', 'set_between')})"
    # r34 (dev56): "an Emirati-brokered deal", "Qatari-mediated talks"; r37: "thanks to Omani mediation" (not "the Qatari mediators said")
    rf"|\b(?-i:[A-Z])[\w'’]+-(?:{_MEDIATION_ALT})|\b(?-i:[A-Z])[\w'’]+\s+mediation\b"
    # r46: the go-betweens by whom or with whom the event came about ("arranged by Qatari mediators", "with
    # Emirati intermediaries helping"); still not "the Qatari mediators said", who only speak
    rf"|\b(?:by|with|through|via|thanks\s+to)\s+(?:the\s+)?(?-i:[A-Z])[\w'’]+\s+(?:{cues.alternation('diplomacy', 'go_betweens')})\b",
    re.I)
# ", and the two agreed to meet": a clause of its own after the event's.
# A clause's mark: punctuation or a spaced dash (one pattern for every reader of clauses).
CLAUSE_MARK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
NEXT_CLAUSE = re.compile(rf"(?:{cues.alternation('diplomacy', 'next_clause')})", re.I)
# "Hungary approved the renewal last Thursday", after sanctions were named: a sanctions decision.
MEASURE_RENEWAL = cues.pattern("diplomacy", "measure_renewal")
SANCTIONS_NAMED = cues.pattern("diplomacy", "sanctions_named")
# "came by night train, on Monday": a night word before a journey noun is no date.
NIGHT_AS_MODIFIER_AFTER = re.compile(rf"\s+(?:{cues.alternation('diplomacy', 'night_as_modifier_after')})\b", re.I)
# States that arm Russia: their deliveries told without a recipient are not Ukraine's.
RUSSIA_SUPPLIERS = frozenset(cues.phrases("diplomacy", "russia_suppliers"))
# A day before the verb that announces a pledge dates the announcement (probedip, issue 13).
ANNOUNCING = cues.pattern("diplomacy", "announcing_verbs")
# "a call between A and B was not planned": the event denied after its noun (probedip, issue 13).
NEGATED_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,8}}?\s+(?:{cues.alternation('diplomacy', 'negated_after')})\b", re.I)
# "The visit comes after…": the event told before, set in its context (probedip, issue 13).
CONTEXT_SENTENCE = re.compile(
    rf"\W*(?:{cues.alternation('diplomacy', 'topic_sentence', 'subject')})\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{cues.alternation('diplomacy', 'context_sentence')})\b", re.I)
# "Saudi Arabia brokered the meeting": the event just told, named as what a third party brokered.
MEDIATED_ANAPHOR = cues.pattern("diplomacy", "mediated_event_anaphor")
