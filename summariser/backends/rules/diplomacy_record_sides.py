"""The sides and venue of one sentence's diplomatic event: the participants the sentence names,
those carried from the sentences before (a pronoun, "the two", a borrowed list), the host of a
gathering, the targets of a measure, the two sides of a summons or an exchange; None when it
names neither a side nor a venue."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...knowledge.local_offices import local_office_states
from ...knowledge.sides import implied_enemy
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus, Location
from ...sentences import Sentence
from .diplomacy_aid_delivery import statement_city
from .diplomacy_arrivals import facility_reached
from .diplomacy_aid_recipient_next import city_recipient
from .diplomacy_article import Article
from .diplomacy_context import envoy_state, pronoun_antecedent, speakers_of_we, summons_seat, summons_sides, with_recipient, with_target
from .diplomacy_council import council_sides
from .diplomacy_dated_by import dated_by_clause_sides
from .diplomacy_exchange import exchange_sides, receiving_city
from .diplomacy_in_person import latest_subject
from .diplomacy_interview import speaker_state
from .diplomacy_mediators import co_mediators
from .diplomacy_money_source import asset_owners
from .diplomacy_merge import BILATERAL, LEAD_PRONOUN, PRONOUN_SUBJECT, THEY_SUBJECT
from .diplomacy_nonparties import non_parties
from .diplomacy_numbered_sides import numbered_sides
from .diplomacy_own_clauses import course_sentence, host_clause
from .diplomacy_readout import acting_first_person, speaks_as_institution
from .diplomacy_proposed_venue import proposed_venue
from .diplomacy_section_dateline import section_venue
from .diplomacy_sides import REGIONAL_GROUPS, quote_opened
from .diplomacy_told import told_sides_and_venue
from .diplomacy_unnamed_measures import package_targets
from .diplomacy_warring_talks import warring_talks_sides
from .measure_targets import measure_targets
from .article_actors import ArticleActors
from .participants import absent_parties, diplomacy_location, participants_of, seat_states


def sides_and_venue(ctx: Article, s: Sentence, kind: DiplomacyKind, m: re.Match[str],
                     found: list[tuple[int, Diplomacy]]) -> tuple[list[str], Location | None] | None:
    """The event's participants (states and organisations) and venue; None when it names neither."""
    text, actors = ctx.text, ctx.actors()
    participants = participants_of(text, s, ctx.people, actors)
    participants += [st for st in local_office_states(text, s.start, s.end) if st not in participants]  # "the mayor of X and ..." (r26)
    if ctx.readout and ctx.readout not in participants and (speaks_as_institution(text, s) or _speaks_first(text, s, m)) \
            and not (kind is DiplomacyKind.sanctions and _THANKED.search(text, s.start, m.start())):
        # "the Minister received the ambassador of Georgia"; not "the Minister thanked X for the bank listings
        # it approved": the thanker is no side of X's sanctions (r34; of aid it is the recipient)
        participants.insert(0, ctx.readout)
    if ctx.author and ctx.author not in participants and _speaks_first(text, s, m):
        participants.insert(0, ctx.author)  # a minister's own post: "Today I held talks with my Turkish counterpart"
    speaker = speaker_state(ctx.interview, s) or _attributed_speaker(ctx, s, m)
    if speaker and speaker not in participants:
        participants.insert(0, speaker)  # an interview's answer: "I called my Latvian counterpart"
    if (kind in BILATERAL or _acts_at_summit(text, s, kind, m)) and PRONOUN_SUBJECT.match(text, s.start, m.start()) and (
            found or LEAD_PRONOUN.match(text, s.start, m.start())) and (
            (named := pronoun_antecedent(actors, ctx.sents, ctx.index.get(s.start, 0))) or found):
        # "Starmer said… He spoke with…" (r33: also with no event told before: "Zelensky stayed in Kyiv. On
        # Thursday evening he phoned …"); else the last event's subject
        subject = [named] if named else latest_subject(max(found, key=lambda x: x[0])[1], actors)
        participants = subject + [p for p in participants if p not in subject]
    elif kind in _MEASURES and set(participants) <= lx.WAR_SIDES and PRONOUN_SUBJECT.match(text, s.start, m.start()):
        named = pronoun_antecedent(actors, ctx.sents, ctx.index.get(s.start, 0))  # "Fiala met Zelensky. He said his
        if named and named not in lx.WAR_SIDES:  # cabinet had approved …": the visitor gives (dev41 D4); none but the
            participants = [named, *participants]  # warring sides named: the pronoun's person is the giver
    elif found and kind in BILATERAL and THEY_SUBJECT.match(text, s.start, m.start()):
        j, latest = max(found, key=lambda x: x[0])  # "They met in Paris": the sides just told
        if ctx.index.get(s.start, 0) - j <= 1:
            participants = latest.participants + [p for p in participants if p not in latest.participants]
    participants += [p for p in ctx.borrowed.get(s.start, []) if p not in participants]  # "approved the renewal"
    whole = course_sentence(text, ctx.whole, s)
    if whole is not s and len(participants) < 2:  # "A and B agreed to swap 300 each, but their talks ended…" (r17)
        participants += [p for p in participants_of(text, Sentence(whole.start, s.start, text[whole.start:s.start]), ctx.people, actors)
                         if p not in participants]
    absent = absent_parties(text, s, actors) | non_parties(text, s, actors, m)  # "any deal with Moscow"
    trailing = dated_by_clause_sides(text, s, m, actors)  # "…, a day after a US team met Ukrainian officials" (r17)
    absent |= trailing | asset_owners(text, s, kind, actors)  # "financed from frozen Russian assets" (r18)
    participants = [p for p in participants if p not in absent]  # "went ahead without Putin"
    if not participants:  # "we will hold our next meeting in Vilnius": the statement's signatories
        participants = speakers_of_we(text, m, ctx.sents, ctx.index.get(s.start, 0),
                                      lambda x: participants_of(text, x, ctx.people, actors))
    if found and len(participants) < 2 and lx.BOTH_SIDES.search(text, s.start, s.end):
        latest = latest_told(found, text)  # "the two leaders agreed": the sides told before (a
        # sentence naming two sides of its own keeps them: "talks between A and B…, officials on both sides said")
        told = [p for p in latest.participants if p not in participants]
        if kind is DiplomacyKind.prisoner_exchange and ctx.sides:
            told = [p for p in told if p in ctx.sides]  # "the two sides agreed to swap 300 each": the warring sides,
            # not the host of the talks told before (r31)
        participants += told
    elif found and len(participants) < 2 and lx.TEAMS_AS_SIDES.search(text, s.start, s.end):
        gathering = next((old for _, old in reversed(found) if old.kind in _TEAM_GATHERINGS
                          and old.status in (DiplomacyStatus.held, DiplomacyStatus.planned)), None)  # not an offer
        if gathering is not None:  # "All three delegations will reconvene…": the talks' sides (r29)
            participants += [p for p in gathering.participants if p not in participants]
    # a call has no venue: a city near it is where someone spoke from
    location = diplomacy_location(text, s, m, kind in _HOSTED, participants) \
        if kind is not DiplomacyKind.phone_call else None
    location = statement_city(text, s, kind, location)  # "In Oslo, the ministry confirmed…": no venue (round 15)
    # "BERLIN - Merz hosted the leaders"; "offered Vienna as a place for talks" (r16, dev29 D10)
    location = location or proposed_venue(text, s, m) or section_venue(text, s, kind, m, participants)
    if location and kind in _HOSTED and lx.HOST_CAPITALS.get(location.name) not in (None, *participants) \
            and not any(p in REGIONAL_GROUPS for p in participants):  # a group meeting in a member's capital
        participants.append(lx.HOST_CAPITALS[location.name])  # talks in Kyiv: Ukraine is a side
    if kind is DiplomacyKind.visit and location and participants == [location.country] \
            and any(a.actor.name == location.country and a.via != "capital" for a in actors.within(s.start, s.end)):
        return None  # "Tusk arrived in Warsaw": no one visits their own country (class D15)
    if kind in _HOST_TAKES_PART and location and location.country and location.country not in participants \
            and not (kind is not DiplomacyKind.visit and any(lx.canonical_org(p) for p in participants)
                     and not _talks_with_a_state_abroad(kind, participants, location)
                     and not _summit_abroad(kind, location, participants)):
        participants.append(location.country)  # "arrived in Berlin on an official visit", "a summit in Tirana",
        # "talks in Istanbul" (the host takes part: codebook rule 15); an organisation's own gathering is its own
    if kind in _MEASURES or kind is DiplomacyKind.diplomatic_protest:  # "sanctions against Russian banks",
        # "howitzers for the Ukrainian army", "expelled a Russian diplomat"
        targets = measure_targets(text, s, m, actors) or (package_targets(  # "approved the 25th package"
            text, ctx.sents, ctx.index.get(s.start, 0), m, lambda x, c: measure_targets(text, x, c, actors))
            if kind is DiplomacyKind.sanctions else [])
        participants += [t for t in targets if t not in participants and t not in absent]
        maker = _maker_adjective(text, s, m) if kind in _MEASURES else None
        participants += [maker] if maker and maker not in participants and maker not in absent else []
    if kind is DiplomacyKind.diplomatic_protest:  # summoned to the ministry in Helsinki: Finland summoned
        hosts = seat_states(text, s) + ([location.country] if location and location.country else [])
        participants += [h for h in hosts if h not in participants]
        participants, location = _summons(ctx, s, m, participants, location)
    participants, location = city_recipient(text, s, kind, m, participants, location)  # "€12m to repair Kharkiv's grid" (r15)
    participants = with_recipient(kind, participants, ctx.war, text)  # "has delivered the first howitzers"
    participants, location = _proposal_recipient(text, kind, m, participants, location)  # "sent a plan to Kyiv" (r21)
    site = facility_reached(text, s, m) if kind is DiplomacyKind.visit else None
    if site is not None:  # "the agency's chief reached the Rivne nuclear plant": a visit to Ukraine (r21, dev39 D4)
        location = site
        participants += [site.country] if site.country and site.country not in participants else []
    if kind is DiplomacyKind.prisoner_exchange:
        participants += [x for x in exchange_sides(text, s) if x not in participants]  # "Ukrainian soldiers came home"
        participants += [x for x in ctx.sides if x not in participants]  # an exchange is between the warring sides
        enemy = implied_enemy(text) if ctx.war else None  # r46: "95 Ukrainian servicemen came home", Russia unnamed
        participants += [enemy] if enemy and enemy not in participants and lx.OPPONENT[enemy] in participants else []
        participants, location = receiving_city(text, s, kind, location, participants)  # "handed back 34 to Moscow"
    participants, location = told_sides_and_venue(ctx, s, kind, m, participants, location)
    participants = warring_talks_sides(text, s, kind, participants, location, ctx.sides,  # "both delegations will meet again"
                                       actors.states_within(s.start, s.end))
    participants = [p for p in participants if p not in trailing]  # (the other event's officials too)
    hosted = host_clause(text, s, m) if kind in _HOSTED or kind is DiplomacyKind.prisoner_exchange else None
    if hosted is not None:  # "talks between A and B, which C had planned to host, were scrapped" (r14, dev26 C8)
        participants += [h for h in actors.states_within(hosted.start("host"), hosted.end("host")) if h not in participants]
    pair = _OWN_PAIR.search(text, max(s.start, m.start() - 30), m.start()) if kind in _HOSTED else None
    if pair is not None:  # "discussed the outcome of direct Ukrainian-Russian talks": the talks' own sides, even
        # where the sentence tells them as another event's topic (r34)
        participants += [p for p in (lx.canonical_country(pair.group(w)) or lx.PAIR_FORMS.get(pair.group(w)) for w in "ab")
                         if p and p not in participants]
    hyphen = _HOSTED_BEFORE.search(text, max(s.start, m.start() - 40), m.start()) if kind in _HOSTED else None
    if hyphen is not None:  # "the Turkish-hosted round between Kyiv and Moscow": Turkey hosts it (r15, dev28 C1)
        participants += [h for h in actors.states_within(hyphen.start(), hyphen.end()) if h not in participants]
    participants = council_sides(text, s, kind, m, participants, actors)  # "met at the request of France"
    participants += [p for p in _joint_body_sides(text, s, kind, m, actors) if p not in participants]
    participants = co_mediators(text, s, kind, participants, actors)  # "Qatar, mediating with Egypt, said…" (round 15)
    participants = with_target(kind, participants, ctx.war, text)  # "added 25 tankers to its sanctions list"
    group = numbered_sides(ctx.sents, ctx.index.get(s.start, 0), lambda x: ctx.actors().states_within(x.start, x.end))
    group = _leaders_of_latest(ctx, s, found, group)
    if group:  # "advisers of the four countries will meet": those states and what the sentence names, nothing carried in
        own = set(ctx.actors().states_within(s.start, s.end)) | ({location.country} if location and location.country else set())
        participants = group + [p for p in participants if p not in group and p in own]
    if not participants and location is None and not (kind is DiplomacyKind.prisoner_exchange and ctx.war):
        return None  # "amid stalled peace talks": no one to attach it to
    if _venue_state_only(text, participants, location, actors, s) and _NONSTATE_PARTIES.search(text, s.start, s.end):
        return None  # r27: "management resumed talks with the union at a plant in X": no state's event
    return participants, location


# r27: the parties of a company's, a union's or a trade fair's talks or summit, who are no states
# (`diplomacy_record_guards.yaml` nonstate_parties)
_NONSTATE_PARTIES = cues.regex("diplomacy_record_guards", "nonstate_parties")


def _venue_state_only(text: str, participants: list[str], location: Location | None, actors: ArticleActors,
                      s: Sentence) -> bool:
    """The only side is the state of the venue, or a state the sentence names only as a place ("at a car
    plant in Slovakia"), and it names no other state or organisation."""
    if len(participants) != 1:
        return False
    named = actors.within(s.start, s.end)
    if any(a.actor.name != participants[0] for a in named):
        return False
    return (location is not None and location.country == participants[0]) or bool(named) and all(
        _AS_PLACE.search(text, max(s.start, a.start - 40), a.start) for a in named)


_AS_PLACE = re.compile(r"\b(?:in|at|near|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)


def _proposal_recipient(text: str, kind: DiplomacyKind, m: re.Match[str], participants: list[str],
                        location: Location | None) -> tuple[list[str], Location | None]:
    """A proposal sent "to" a capital right after its cue ("has sent a new plan to Moscow"): the
    capital's state is the side it was put to, not a venue (r21, classes_dev39 D5)."""
    if kind is not DiplomacyKind.proposal or location is None:
        return participants, location
    state = lx.HOST_CAPITALS.get(location.name)
    if state is None or not re.match(rf"[^,;.!?]*?\bto\s+{re.escape(location.name)}\b", text[m.start():m.end() + 80]):
        return participants, location
    return participants + ([state] if state not in participants else []), None


def _joint_body_sides(text: str, s: Sentence, kind: DiplomacyKind, m: re.Match[str], actors: ArticleActors) -> list[str]:
    """Both sides of a standing joint body whose sitting the cue tells ("an online sitting of the
    EU-Moldova Association Council": the EU and Moldova; r20, dev37 D1); none for another kind or body."""
    if kind not in (DiplomacyKind.meeting, DiplomacyKind.talks):
        return []
    bodies = [b for b in lx.JOINT_BODY.finditer(text, max(s.start, m.start() - 80), min(s.end, m.end() + 60))
              if b.start() <= m.end() + 5 and (b.end() > m.start() or m.start() - b.end() <= 25)]  # the body the
    # cue names, or the subject just before its verb ("the NATO-Ukraine Council met"), not a body told in
    # another clause ("the … Council format was created at the Vilnius summit")
    body = min(bodies, key=lambda b: abs(b.start() - m.start()), default=None)
    if body is None:
        return []
    return [a.actor.name for a in actors.within(body.start(), body.end("jb_b"))
            if a.via in ("name", "alias", "abbreviation", "demonym")]


def _summons(ctx: Article, s: Sentence, m: re.Match[str], participants: list[str],
             location: Location | None) -> tuple[list[str], Location | None]:
    """A summons' two sides (not a state named only in what it was over) and, when the sentence
    names no seat, the summoning state's capital."""
    mentions = [(a.start, a.actor.name) for a in ctx.actors().within(s.start, s.end)]
    first: dict[str, int] = {}
    for pos, name in mentions:
        first.setdefault(name, pos)
    participants = summons_sides(ctx.text, s, m, participants, first)
    return participants, location or summons_seat(participants, envoy_state(ctx.text, m, mentions))


_MEASURES = {DiplomacyKind.sanctions, DiplomacyKind.military_aid}
# r43 (dev65): the maker's adjective right before the measure's cue ("the British sanctions of last Friday")
_ADJECTIVE_BEFORE = re.compile(r"(?P<adj>(?-i:[A-Z])[\w'’.-]+)\s+(?:(?:new|fresh|latest|further|additional)\s+)?$", re.I)


def _maker_adjective(text: str, s: Sentence, m: re.Match[str]) -> str | None:
    """The state whose adjective stands right before a measure's cue; never a side of the war, whose
    adjective may name the target ("Russian sanctions")."""
    adj = _ADJECTIVE_BEFORE.search(text, max(s.start, m.start() - 40), m.start())
    state = lx.canonical_country(adj.group("adj")) if adj else None
    return state if state and state not in lx.WAR_SIDES else None


# a pair of states right before the event's noun ("direct Ukrainian-Russian talks", "the US-Ukraine meeting")
_OWN_PAIR = re.compile(rf"{lx.COUNTRY_PAIR_RE.pattern}\s+(?:[a-z][\w-]*\s+)?$")
_THANKED = re.compile(r"\b(?:thank(?:s|ed|ing)?|grat(?:eful|itude)|appreciat(?:e|es|ed|ion))\b", re.I)
_HOSTED = {DiplomacyKind.talks, DiplomacyKind.visit, DiplomacyKind.meeting, DiplomacyKind.summit}
def _talks_with_a_state_abroad(kind: DiplomacyKind, participants: list[str], location: Location) -> bool:
    """r32: talks between an organisation and a state in a third state's city ("the IAEA's chief held talks with
    Russia's energy minister in Istanbul"): the host takes part, as it does for talks of states; not in a city an
    organisation sits in (Brussels, Vienna: `actors.yaml` seats and headquarters)."""
    return kind is DiplomacyKind.talks and location.name not in lx.ORG_SEAT_CITIES \
        and any(not lx.canonical_org(p) and p != location.country for p in participants)


def with_summit_host(rec: Diplomacy) -> Diplomacy:
    """An organisation's gathering read as a summit only after its sides (`group_leaders_kind`: "NATO leaders met
    in Ankara"): the host state of a city the organisation does not sit in takes part (r33)."""
    loc = rec.location
    if loc is not None and loc.country and loc.country not in rec.participants \
            and _summit_abroad(rec.kind, loc, rec.participants) and any(lx.canonical_org(p) for p in rec.participants):
        rec.participants = [*rec.participants, loc.country]
    return rec


def _summit_abroad(kind: DiplomacyKind, location: Location, sides: list[str]) -> bool:
    """r33: an organisation's summit in a member's city ("NATO leaders met in Ankara"): the state hosts it and
    takes part, as 31 of the 33 such labelled summits read it; not in a city the organisation sits in (r48: that
    organisation; a NATO summit in The Hague, the ICC's seat, is hosted by the Netherlands), nor a regional group's
    meeting in a member's capital (dev5: the group's own)."""
    return kind is DiplomacyKind.summit and not any(location.name in lx.ORG_SEATS.get(p, ()) for p in sides) \
        and not any(p in REGIONAL_GROUPS for p in sides)


# The state whose city hosts a visit, a summit or talks of others takes part in it ("Turkey for talks
# held in Istanbul", codebook rule 15; an organisation's gathering is the organisation's, wherever it meets).
_HOST_TAKES_PART = {DiplomacyKind.visit, DiplomacyKind.summit, DiplomacyKind.talks}


# "the Turkish-hosted round", "a Saudi-brokered session": the state named before the hyphen hosts the event
_HOSTED_BEFORE = re.compile(r"\b(?-i:[A-Z])[\w'’]+-(?:hosted|brokered|mediated)\s+(?:[\w-]+\s+){0,2}$", re.I)


# r45 (dev67): an event told in the past perfect, in a clause that looks back ("flew in from Rome, where she
# had met the Italian premier"): background to the story's event, never the one "both leaders" names
_LOOKED_BACK = re.compile(r"\b(?:where|when|after)\s+(?:[\w'’-]+\s+){1,3}?had\s+(?:already\s+|just\s+)?"
                          r"(?:held|met|spoken|talked|visited|signed|been|hosted|received)\b", re.I)


def latest_told(found: list[tuple[int, Diplomacy]], text: str) -> Diplomacy:
    """The event told last, passing over one told in a looking-back clause when another was told before it."""
    ordered = sorted(found, key=lambda x: x[0])
    foreground = [rec for _, rec in ordered if not any(_LOOKED_BACK.search(e.text) for e in rec.evidence)]
    return foreground[-1] if foreground else ordered[-1][1]


# the gatherings negotiating teams hold (the record "the delegations" of a later sentence names again)
_TEAM_GATHERINGS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit}


# "the two leaders", "both presidents": people, the sides of the leaders' event just told (r17, dev31 D6)
_LEADERS = re.compile(r"\b(?:the|both)\s+(?:two\s+|three\s+)?(?:leaders|presidents|heads\s+of\s+state|prime\s+ministers|premiers)\b", re.I)
_PEOPLE_EVENTS = {DiplomacyKind.phone_call, DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.talks, DiplomacyKind.visit}
_LEADERS_REACH = 5


def _leaders_of_latest(ctx: Article, s: Sentence, found: list[tuple[int, Diplomacy]], group: list[str]) -> list[str]:
    """"Putin and Trump spoke by phone. … The two leaders agreed that …": the states of the leaders'
    event told just before, not those of a sentence between that only names states (a strike by one on
    the other's refineries)."""
    if not group or not found or not _LEADERS.search(ctx.text, s.start, s.end):
        return group
    latest = latest_told(found, ctx.text)
    j = next(i for i, rec in found if rec is latest)
    if latest.kind in _PEOPLE_EVENTS and len(latest.participants) == len(group) \
            and ctx.index.get(s.start, 0) - j <= _LEADERS_REACH:
        return list(latest.participants)
    return group


def _speaks_first(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The event's clause speaks in the first person before its cue, outside a quotation: the publishing
    body's or the author's own act ("today we are committing ...", "I held talks with my counterpart";
    not "…came home, and I pay tribute to our partners", praise after the event)."""
    return _first_person(text, s, cue) and not quote_opened(text, s)


def _first_person(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"I", "we" or "our" acting before the cue, or "with my counterpart" after it."""
    return (acting_first_person(text, s.start, cue.start()) or _OWN_COUNTERPART.match(text, cue.end(), s.end)) is not None


# "talks with my Romanian counterpart": the author's own side, told after the event's noun
_OWN_COUNTERPART = re.compile(r"\s+(?:with|to)\s+(?:my|our)\b")


# r42: a quotation set as its own line with its speaker on the line after it, led by a dash
# ("... with my Polish counterpart." / "- A. B., the Ukrainian foreign minister, in a post"): a
# collection of quotes or a pull quote; the first person inside it is that speaker's state
_ATTRIBUTION_LINE = re.compile(r"\n(?:[ \t]*\n)?[ \t]*[-–—][ \t]*(?P<who>[^\n]{3,160})")


def _attributed_speaker(ctx: Article, s: Sentence, cue: re.Match[str]) -> str | None:
    """The state of the speaker named on the dash line right after the quoted line that holds the
    event told in the first person."""
    text = ctx.text
    if not _first_person(text, s, cue):
        return None
    start, end = text.rfind("\n", 0, s.start) + 1, text.find("\n", s.end)
    quoted = text[start:end].strip() if end >= 0 else ""
    if not (quoted[:1] in "\"“" and quoted[-1:] in "\"”" and len(quoted) > 1):
        return None
    line = _ATTRIBUTION_LINE.match(text, end)
    states = ctx.actors().states_within(line.start("who"), line.end("who")) if line else []
    return states[0] if states else None


# r46 (dev68): "On Thursday she briefed the leaders at the bloc's summit", "he addressed the summit": the pronoun's
# person acts at the gathering named (never "he said the summit would ...": talk of it)
_AT_GATHERING = re.compile(r"\b(?:at|to|addressed|addresses|addressing)\s+(?:the\s+|a\s+|this\s+week['’]s\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
_TALK_OF = re.compile(r"\b(?:said|says|told|tells|warned|hoped|hopes|expects|expected|wants|wanted|called\s+for|urged)\b", re.I)


def _acts_at_summit(text: str, s: Sentence, kind: DiplomacyKind, m: re.Match[str]) -> bool:
    return kind is DiplomacyKind.summit and bool(_AT_GATHERING.search(text, max(s.start, m.start() - 50), m.start())) \
        and not _TALK_OF.search(text, s.start, m.start())
