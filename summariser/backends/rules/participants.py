"""Diplomacy participants and venue: states behind people and roles, topics apart, where it happened."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ... import lexicon as lx
from ...knowledge import cues as _cues
from ...knowledge import views as _kv
from ...records import DiplomacyKind, Location, LocationLevel
from ...sentences import Sentence
from .article_actors import ArticleActors, nationality_asides, titled_officers, titled_people
from .clause_days import cause_clause
from .common import city_location
from .diplomacy_groups import BODY_MEETS, appositive_spans, in_appositive
from .diplomacy_near_venue import near_place, place_name
from .gathering_cities import GATHERING_AFTER, earlier_gathering
from .diplomacy_site_visits import VISITOR_BEFORE_TOWN, visited_town
from .diplomacy_topic_spans import requested_spans


def _nationality_aside(text: str, s: Sentence, m: re.Match[str]) -> bool:
    """A demonym inside an aside telling a person's nationality (", a Swedish diplomat,"): no side (r31)."""
    return any(a <= m.start() < b for a, b in nationality_asides(text, s.start, s.end))


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


# (r14: a passive's agent names the side again: "sanctions were imposed on Monday on 20 tankers by Norway")
_CLAUSE_END = lx.CLAUSE_MARK  # a clause's end: punctuation, a spaced dash
_CLAUSE_STOP = _CLAUSE_END.pattern
_TOPIC_END = re.compile(_CLAUSE_STOP + r"|\s(?:with|between|among|alongside|involving)\s|\s(?:and|as|after|before|while)\s+(?=[A-Z])|"
                        rf"\sby\s+(?=(?:the\s+)?[A-Z])|\s(?=(?:{_cues.alternation('diplomacy', 'relative_host')})\b)")  # r50: "that Norway hosts"


def _topic_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """What the talks are about: from "talks on" / "a call about" / "to discuss" to the end of the
    clause, or to "with" / "between", which name the sides again ("talks on a force with X")."""
    out = []
    for _, rx in lx.DIPLOMACY_CUES:
        for cue in rx.finditer(text, start, end):
            link = lx.TOPIC_LINK.match(text, cue.end(), end)
            if link:
                stop = _TOPIC_END.search(text, link.end(), end)
                out.append((link.end(), stop.start() if stop else end))
    for spoke in lx.DISCUSSED_BEFORE.finditer(text, start, end):  # "and discussed resuming Russian-Ukrainian talks"
        stop = _TOPIC_END.search(text, spoke.end(), end)
        while stop and _event_after_event(text, start, spoke.start(), stop):
            stop = _TOPIC_END.search(text, stop.end(), end)  # "…, discussing new negotiations with Russia"
        out.append((spoke.end(), stop.start() if stop else end))
    for occasion in lx.OCCASION.finditer(text, start, end):  # "met on the sidelines of the NATO summit"
        stop = _TOPIC_END.search(text, occasion.end(), end)
        fronted = stop is not None and stop.group(0) == "," and any(  # "On the margins of the NATO summit, A and B
            rx.search(text, stop.end(), end) for k, rx in lx.DIPLOMACY_CUES if k in _BILATERAL_FORMS)  # met" (r14)
        if not fronted and not any(rx.search(text, start, occasion.start()) for k, rx in lx.DIPLOMACY_CUES if k in lx.EVENT_FORM_KINDS):
            continue  # "spoke to reporters on the sidelines of an EU gathering": that gathering is the event
        out.append((occasion.end(), stop.start() if stop else end))
    out += [(m.start(), end) for m in _TRAILING_DEMAND.finditer(text, start, end)]
    out += [(m.end(), _clause_stop(text, m.end(), end)) for m in _RELATIVE_SPEECH.finditer(text, start, end)]  # r47
    out += requested_spans(text, start, end)
    out += prepared_spans(text, start, end)  # "met ... to prepare the Vilnius summit" (r32)
    return out + _occasions_at(text, start, end) + appositive_spans(text, start, end)


def prepared_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The later gatherings a meeting prepares ("to prepare the summit ..."), each up to its clause's end."""
    spans = []
    for aim in _PREPARED_GATHERING.finditer(text, start, end):
        stop = _CLAUSE_END.search(text, aim.end(), end)
        spans.append((aim.start(), stop.start() if stop else end))
    return spans


_PREPARED_GATHERING = re.compile(rf"\b(?:{_cues.alternation('diplomacy', 'preparing_purpose_open')})", re.I)


# r31: a trailing clause of a demand with its own subject (", while Kyiv again pressed its partners for more"):
# who asks is no side of the event told before it
_TRAILING_DEMAND = re.compile(r",\s+(?:and|while|but|as)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:[\w'’-]+\s+){0,2}?"
                              rf"(?:{_cues.alternation('diplomacy', 'appeal_verbs')})", re.I)

# ", who told journalists Hungary would gladly host a summit with Moscow": what a counterpart said (r47, dev69)
_RELATIVE_SPEECH = re.compile(rf",\s*(?:{_cues.alternation('diplomacy', 'relative_speech')})\b", re.I)


def _clause_stop(text: str, pos: int, end: int) -> int:
    """The end of a relative clause: its closing comma ("Merz, who said X, is to speak with Trump"), else the clause's."""
    stop = re.search(r"[;,]", text[pos:end])
    return pos + stop.start() if stop else end


# the forms of an event two sides hold at a gathering's margins (dev26 C2)
_BILATERAL_FORMS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.phone_call}
_TOPIC_EVENT_BEFORE = re.compile(
    r"\b(?:talks|negotiations|meeting|summit|deal|agreement|truce|ceasefire|exchange|swap|war|conflict|relations|ties|"
    r"dispute|cooperation|trade)\s*$", re.I)


def _event_after_event(text: str, start: int, spoke: int, stop: re.Match[str]) -> bool:
    """"Spoke with Erdogan on Friday, discussing a new round of negotiations with Russia": after an
    event told with its counterpart, "with" right after a discussed event noun names that event's
    other side, a topic, not a side of the call (with no event before, "discussed new talks with
    Macron" names the one spoken to)."""
    return stop.group(0).strip() in ("with", "between") and bool(_TOPIC_EVENT_BEFORE.search(text, spoke, stop.start())) \
        and any(rx.search(text, start, spoke) for k, rx in lx.DIPLOMACY_CUES if k in _MEETING_FORMS)


def _occasions_at(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"will meet Zelensky at the NATO summit": the summit after a meeting, call or talks told
    before it in the sentence is their occasion; its body ("NATO") names no side."""
    summit = next(rx for k, rx in lx.DIPLOMACY_CUES if k is DiplomacyKind.summit)
    out = []
    for m in summit.finditer(text, start, end):
        at = lx.OCCASION_AT_BEFORE.search(text, max(start, m.start() - 50), m.start())
        if at and any((c := rx.search(text, start, end)) and c.start() < at.start()
                      for k, rx in lx.DIPLOMACY_CUES if k in _MEETING_FORMS):
            stop = _TOPIC_END.search(text, m.end(), end)  # "…summit in The Hague": the summit's host too
            out.append((at.start(), stop.start() if stop else end))
    return out


_MEETING_FORMS = {DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.phone_call}


def absent_parties(text: str, s: Sentence, actors: ArticleActors) -> set[str]:
    """States and bodies every mention of which in the sentence is absent: "went ahead without
    Putin", "Orban did not attend", "Trump, who stayed away"; not one "represented by a deputy"
    (the state takes part through someone else)."""
    seen: dict[str, bool] = {}
    for a in actors.within(s.start, s.end):
        after = text[a.end:min(s.end, a.end + 80)]
        gone = bool(lx.ABSENT_BEFORE.search(text, max(s.start, a.start - 40), a.start) or lx.ABSENT_AFTER.match(after)) \
            and not lx.REPRESENTED.search(after)
        seen[a.actor.name] = seen.get(a.actor.name, True) and gone
    return {name for name, gone in seen.items() if gone}


def participants_of(text: str, s: Sentence, people: dict[str, str | None], actors: ArticleActors) -> list[str]:
    """States and organisations (codebook rule 15): a person counts as the state the article or
    the actor dictionary ties them to ("Erdogan", "the Foreign Office"); a country named only as
    the subject of the talks is not a participant."""
    topics = _topic_spans(text, s.start, s.end)
    cause = cause_clause(text, s)
    if cause is not None and lx.ATTACK_WORDS.search(text, cause, s.end):  # (a strike; not "after Britain pledged 100 drones")
        # "The visit came hours after Russia shelled the city": the strike's side, not the visit's (r22, dev41 D7)
        topics.append((cause, s.end))
    out: list[str] = []
    named_gatherings: list[str] = []  # cities naming a gathering: its host only where no side is told

    def add(x: str | None) -> None:
        if x and x not in out:
            out.append(x)

    for name, land in titled_people(text, s.start, s.end):
        add(land or people.get(name.split()[-1]))
    for org in titled_officers(text, s.start, s.end):  # "The secretary general flew on to Kyiv" (r32)
        add(org)
    for surname, land in people.items():
        if land and re.search(rf"\b{re.escape(surname)}\b", s.text):
            add(land)
    for m in lx.COUNTRY_PAIR_RE.finditer(text, s.start, s.end):  # "US-Russia talks": both are sides
        if _inside(topics, m.start()):
            continue  # "discussed resuming Russian-Ukrainian negotiations": the subject, not a side
        for w in (m.group("a"), m.group("b")):
            add(lx.canonical_country(w) or lx.canonical_org(w) or lx.PAIR_FORMS.get(w))
    for m in BODY_MEETS.finditer(text, s.start, s.end):  # r47: "the NATO-Ukraine Council will sit": both its halves
        for part in m.group(0).split()[0].split("-"):
            add(lx.canonical_country(part) or lx.canonical_org(part))
    for m in lx.ACTOR_ADJ_RE.finditer(text, s.start, s.end):
        if _inside(topics, m.start()) or _nationality_aside(text, s, m):
            continue
        for part in re.split(r"\s*(?:,\s*and\b|,|\band\b)\s*", m.group("chain")):  # not the "and" of "Poland"
            add(lx.canonical_country(part))
    for m in _QUALIFIED_DELEGATIONS.finditer(text, s.start, s.end):  # "Russian and Ukrainian technical delegations" (dev34 C4)
        if not _inside(topics, m.start()):
            for part in re.split(r"\s*(?:,\s*and\b|,|\band\b)\s*", m.group("chain")):
                add(lx.canonical_country(part))
    groups = [o.span() for o in lx.ORG_RE.finditer(text, s.start, s.end)]
    filed = _DUAL_DATELINE.match(text, s.start, s.end)
    for m in lx.COUNTRY_NOUN_RE.finditer(text, s.start, s.end):
        word = m.group(0)
        before = text[s.start:m.start()]
        if filed and m.start() < filed.end() and _is_city(word):
            continue  # "Kyiv/Vienna, Feb 19 (Agency)": the bureaus that filed, no side (dev34 C4)
        if _inside(groups, m.start()) and (_is_city(word) or _names_the_group(text, groups, m)) \
                or _is_city(word) and lx.ORGANISATION_AFTER.match(text, m.end(), s.end):  # r45: "The Washington Post"
            continue  # "the Bucharest Nine", "the Ukraine Defence Contact Group": a group or a paper, not its state
        if _inside(topics, m.start()):
            continue  # "talks on a force to aid Ukraine": the subject, not a side
        if _is_city(word) and earlier_gathering(text, m):
            continue  # r49: "their fourth round after Vienna in May": an earlier gathering, no side
        if _is_city(word) and GATHERING_AFTER.match(text, m.end(), s.end):
            named_gatherings.append(word)  # r40: "the Berlin meeting came up": a gathering's name, no side
            continue
        if (word in lx.WORLD_CITIES or word in ("Kyiv", "Moscow")) and re.search(
                r"\b(?:in|on|at|to|over|near|across|against|into)\s+(?:the\s+|central\s+)?$", before) \
                and not _ADDRESSED_TO.search(before):
            continue  # a place here, not a government (but "proposed to Kyiv and Moscow that": the addressee, r31)
        if re.match(r"[-–]", text[m.end():m.end() + 1]) and word in ("US", "U.S.") and \
                re.match(r"[-–]led\b", text[m.end():m.end() + 4]):
            continue
        if lx.TOPIC_BEFORE.search(before[-40:]) or lx.REGISTERED_IN_BEFORE.search(before[-80:]):
            continue  # "to discuss Ukraine", "a ceasefire in Ukraine": the subject, not a side
        if lx.POSSESSIVE_TOPIC_AFTER.match(text, m.end(), s.end):
            continue  # "Iran's nuclear programme": a subject
        if _on_route(text, s, m.start()):
            continue  # "flew to Washington via Dublin", "by car from Moldova": a point on the way
        add(lx.canonical_country(word) or lx.WORLD_CITIES.get(word))
    for m in lx.ORG_RE.finditer(text, s.start, s.end):
        if not _inside(topics, m.start()) and not lx.ORG_AS_TOPIC_AFTER.match(text, m.end(), s.end):
            add(lx.canonical_org(m.group(0)))  # never "Ukraine's NATO hopes": the subject (r27)
    for a in actors.within(s.start, s.end):  # people and institutions, named without their state
        seat = a.via == "capital" and a.actor.kind == "organisation" and _seat_as_actor(text, s, a.start, a.end)
        if (a.via in ("person", "institution") or seat) and not _inside(topics, a.start) \
                and not lx.TOPIC_BEFORE.search(text[max(s.start, a.start - 40):a.start]):
            add(a.actor.name)  # (r14: "Brussels imposed sanctions": the seat stands for the organisation)
        elif a.via == "demonym" and lx.PEOPLE_AS_BROKER.search(text, max(s.start, a.start - 30), min(s.end, a.end + 40)):
            add(a.actor.name)  # r32: "a swap the Emiratis brokered", "mediated by the Qataris": the people for their state
    if not out:  # "The planned Vienna meeting is off": the gathering's own city and its only state
        for word in named_gatherings:
            add(lx.canonical_country(word) or lx.WORLD_CITIES.get(word))
    return out


# the government a proposal or letter is put to, and the capitals listed with it ("proposed to Kyiv and Moscow")
_ADDRESSED_TO = re.compile(rf"\b(?:{_cues.alternation('diplomacy', 'addressed_to_verbs')})\s+to\s+"
                           r"(?:(?-i:[A-Z])[\w'’-]+\s*(?:,|and)\s+)*$", re.I)
_COUNTRY_ALT = "|".join(lx.COUNTRY_NAMES)
_QUALIFIED_DELEGATIONS = re.compile(
    rf"\b(?P<chain>(?:{_COUNTRY_ALT})(?:\s*(?:,|and|,\s+and)\s*(?:{_COUNTRY_ALT}))+)\s+"
    rf"(?:{_cues.alternation('diplomacy_releases', 'delegation_qualifiers')})\s+"
    rf"(?:{_cues.alternation('diplomacy_releases', 'delegation_nouns')})\b")
# a capitalised place name: one word and up to `more` capitalised words after it ("Kyiv", "New York",
# "United Arab Emirates"): one pattern for the datelines, venues and destinations below
_place_name = place_name  # one name pattern for every venue reader (`diplomacy_near_venue` too)


# a dateline of two bureaus opening the sentence: "Kyiv/Vienna, Feb 19 (Agency)", "KYIV/WARSAW –"
_DUAL_DATELINE = re.compile(rf"[\W_]*{_place_name(1)}\s*/\s*{_place_name(1)}"
                            r"(?=\s*(?:,|\(|[-\u2014\u2013]+\s))")
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|on|at|to|over|near|across|from|into|via|outside|around|of)\s+(?:the\s+|central\s+)?|['’]s?\s+)$", re.I)
# the seat as the subject of a finite verb: "Brussels imposed", "Brussels on Tuesday approved", "Brussels
# will send", "Kyiv and Brussels signed" (not "in Brussels", "a Brussels summit", "Brussels-based")
_ACTS_AFTER = re.compile(r"(?:\s+(?:on\s+[A-Z]\w+|also|has|have|had|now|finally|formally|and\s+(?-i:[A-Z])[\w'’-]+),?)*"
                         r"\s+(?!(?:says|said|warns|warned|insists|insisted|argues|argued|claims|claimed|fears|feared|hopes|hoped|believes)\b)"
                         r"(?:(?:will|would|is\s+to|plans\s+to|wants\s+to|has\s+agreed\s+to)\s+[a-z]+|[a-z]+ed|[a-z]+s)\b(?!-)")


def _seat_as_actor(text: str, s: Sentence, start: int, end: int) -> bool:
    """An organisation's seat as a metonym, the subject of a verb ("Brussels imposed sanctions"), not the place
    ("talks in Brussels", "a Brussels-based think tank", r46: "the alliance's Brussels headquarters")."""
    return not _PLACE_BEFORE.search(text, max(s.start, start - 20), start) and bool(_ACTS_AFTER.match(text, end, s.end))


def _names_the_group(text: str, groups: list[tuple[int, int]], m: re.Match[str]) -> bool:
    """The state's name opens a group's name ("the Ukraine Defence Contact Group"), not a pair
    ("NATO-Ukraine")."""
    return any(a == m.start() and text[m.end():m.end() + 1] == " " for a, _ in groups)


def _is_city(word: str) -> bool:
    place = lx.lookup(word)
    return place is not None and place.level is LocationLevel.city


def _on_route(text: str, s: Sentence, pos: int) -> bool:
    """A place on a traveller's way ("via Dublin", "by car from Moldova"): no side and no venue."""
    return bool(lx.ROUTE_BEFORE.search(text, max(s.start, pos - 60), pos))


_DIPLO_CITIES = "|".join(re.escape(n) for n in sorted([*lx.WORLD_CITIES, "Kyiv", "Moscow", "Kiev"], key=len, reverse=True))
# (dev17 class C7: a venue told by the schedule's "for" — "talks planned for Geneva"; r45: "reached Kyiv")
_DIPLO_PLACE = re.compile(rf"\b(?:[Ii]n|[Ii]nto|to|[Aa]t|visit|visits|visited|visiting|reached|reaches|reaching|(?:planned|scheduled|set|slated|due|pencilled\s+in)\s+for)"
                          rf"\s+(?:central\s+|the\s+)?(?P<n>{_DIPLO_CITIES})\b(?!['’]s?\s)")  # r46: "at Kyiv's request": no venue


def diplomacy_location(text: str, s: Sentence, cue: re.Match[str], visited: bool = True,
                       sides: Sequence[str] = ()) -> Location | None:
    """Where: 'meeting in Brussels' (after the cue) before any other 'in X' of the sentence; for a
    visit without a city (`visited`: the event is one that parties travel to), the country visited
    ("a state visit to the UK", "visited Turkey"); a building without its city, the dateline's
    city when its state is one of the `sides` (the host)."""
    m = _venue(_DIPLO_PLACE.match(text, cue.end(), s.end), text, s) \
        or _venue(_DIPLO_PLACE.search(text, cue.end(), min(s.end, cue.end() + 40)), text, s)
    near = None if m else near_place(text, s, cue, lambda x: _venue(x, text, s) is not None) or (_country_venue(text, s, cue) if visited else None)
    if near:
        return near
    own = visited_town(text, _VISIT_TO.search(text, cue.start(), s.end), cue) if visited and not m else None
    if own is not None:
        return own  # r48: "Our twin town in X writes that after the envoy visited Y ...": the town the visit verb names
    aside = _LATER_CIRCUMSTANCE.search(text, cue.end(), s.end)  # ", as allies tried …, while X pursues talks in Y" (r29)
    m = m or next((x for x in _DIPLO_PLACE.finditer(text, s.start, aside.start() if aside else s.end) if _venue(x, text, s)), None)
    seat = _SEAT_VENUE.search(text, s.start, s.end) if visited and not m else None
    if seat and _venue(seat, text, s):  # "met Trump at the White House": in Washington
        place = lx.lookup(_SEATS[seat.group("n")])
        if place:
            return city_location(place)
    building = _BUILDING_VENUE.search(text, s.start, s.end) if visited and not m else None
    if building and not (lx.lookup(building.group("n")) or lx.canonical_country(building.group("n"))):
        filed = _dateline_city(text)  # "hosted them at the Chancellery", filed from BERLIN: in Berlin
        if filed and filed.country in sides:
            return filed
    if not m:
        visit = _VISIT_TO.search(text, s.start, s.end) if visited else None
        land = visit and (lx.canonical_country(visit.group("n")) or lx.canonical_country(visit.group("n").rstrip(".")))
        return Location(name=land, country=land, level=LocationLevel.country) if land else visited_town(text, visit, cue)
    name = m.group("n")
    place = lx.lookup(name)
    if place:
        return city_location(place)
    return Location(name=name, country=lx.WORLD_CITIES.get(name), level=LocationLevel.city)

def _dateline_city(text: str) -> Location | None:
    """The city of the article's dateline ("BERLIN — …" opening a line under the headline), when the
    gazetteer knows it."""
    m = next((d for line in re.finditer(r"^", text[:800], re.M) if (d := lx.DATELINE.match(text, line.start()))), None)
    words = re.match(r"\s*([A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+)*)", m.group(0)) if m else None
    place = lx.lookup(words.group(1).title()) if words else None
    if place is None or place.level is not LocationLevel.city:
        return None
    return city_location(place)


# "at the Chancellery", "at the Elysee Palace": a building named without its city.
_BUILDING_VENUE = re.compile(r"\bat\s+the\s+(?P<n>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)")



# a country right after the cue's "in" ("will meet in Turkey on Monday", "held talks in Norway"): the
# venue at country level when no city is named (r19, dev36 D10f)
_COUNTRY_VENUE = re.compile(rf"(?:(?<=\bin\s)|\s+in\s+)(?:the\s+)?(?P<n>{_place_name(2)})")


def _country_venue(text: str, s: Sentence, cue: re.Match[str]) -> Location | None:
    x = _COUNTRY_VENUE.match(text, cue.end(), s.end)
    if x is None or not _venue(x, text, s):
        return None
    words = x.group("n").split()
    # the country's own name, not a seat or alias ("talks in the Kremlin" is no country venue)
    land = next((c for n in range(len(words), 0, -1) if (c := lx.canonical_country(" ".join(words[:n])))
                 and c == " ".join(words[:n])), None)
    return Location(name=land, country=land, level=LocationLevel.country) if land else None



def seat_states(text: str, s: Sentence) -> list[str]:
    """States whose ministry or office the sentence places in their capital ("summoned to the
    Foreign Ministry in Helsinki"): the host of a summons."""
    out = []
    for m in _DIPLO_PLACE.finditer(text, s.start, s.end):
        if lx.SPEAKER_SEAT_BEFORE.search(text, max(s.start, m.start() - 30), m.start()):
            place = lx.lookup(m.group("n"))
            land = place.country if place else lx.WORLD_CITIES.get(m.group("n"))
            if land and land not in out:
                out.append(land)
    return out


def _venue(m: re.Match[str] | None, text: str, s: Sentence) -> re.Match[str] | None:
    """The match, unless it is the seat of a speaker ("the ministry in Kyiv said")."""
    if m is None:
        return None
    seat = lx.SPEAKER_SEAT_BEFORE.search(text, max(s.start, m.start() - 30), m.start())
    if seat and _MET_OFFICIALS.search(seat.group(0)) and not _REPORTING_AFTER.match(text, m.end(), s.end):
        seat = None  # "met Saudi officials in Miami": the officials met there, not a speaker's seat
    if seat or lx.SPEAKER_PLACE_BEFORE.search(text, max(s.start, m.start() - 40), m.start()):
        return None  # "the ministry in Kyiv said", "speaking in Kyiv": the speaker's seat
    if _WROTE_AFTER.match(text, m.end()):
        return None  # r48: "a sister club in X wrote that ...": where the writer is
    if _on_route(text, s, m.start("n")):
        return None  # "on his way to Washington": not where the event is
    if lx.COMPANY_SEAT_BEFORE.search(text, max(s.start, m.start() - 20), m.start("n")):
        return None  # "shipping managers registered in Dubai": where a target is based, not a venue (r34)
    if _NEGATED_TRIP.search(text, max(s.start, m.start("n") - 50), m.start("n")):
        return None  # "the premier, who could not fly to Oslo, joined by video link": not there (r29)
    if in_appositive(text, s, m.start("n")):
        return None  # "the contact group, which sends aid to Kyiv, met…": the group described
    if _inside(prepared_spans(text, s.start, s.end), m.start("n")):
        return None  # "met in Prague to prepare the summit Romania will host in Bucharest": that summit's (r32)
    return m


_MET_OFFICIALS = re.compile(r"\bofficials\b", re.I)
_LATER_CIRCUMSTANCE = _cues.regex("diplomacy_scope", "later_circumstance")  # its places are its own (r29)
_NEGATED_TRIP = _cues.regex("diplomacy_scope", "negated_trip", word_end=False)  # "could not fly to Oslo" (r29)
# (r31: past the other seats listed with it, "officials in Kyiv and Moscow said")
_REPORTING_AFTER = re.compile(r"(?:\s*(?:,|and)\s+[A-Z][\w'’-]+)*"
                              r"\s*,?\s*(?:(?:have|has|had)\s+)?(?:said|say|says|told|announced|reported|confirmed|stated|added"
                              r"|conced(?:e|es|ed)|admit(?:s|ted)?|acknowledg(?:e|es|ed)|insist(?:s|ed)?)\b")  # r47: "concede privately"
_WROTE_AFTER = re.compile(r"\s+(?:wrote|writes|has\s+written|had\s+written|reports|reported|said|says|told)\b")
_SEATS = _kv.seat_buildings()
_SEAT_VENUE = re.compile(rf"\b(?:at|in|inside|to)\s+(?:the\s+)?(?P<n>{'|'.join(re.escape(n) for n in sorted(_SEATS, key=len, reverse=True))})\b")
# A visit's destination when no city is named: "a state visit to the UK", "visited Turkey".
# (r48: past the visitor named after the noun, "the visit of the Dutch premier to Odesa")
_VISIT_TO = re.compile(r"\b(?:[Vv]isit(?:s|ed|ing)?|[Tt]rip|[Tt]ravell?(?:ed|ing|s)?|arrived|flew|headed)"
                       + VISITOR_BEFORE_TOWN +
                       r"\s+(?:to\s+|in\s+)?(?:the\s+)?(?P<n>[A-Z][\w.]+(?:\s+[A-Z][a-z]+)?)")
