"""The layout of a post as context for its sentences: paragraphs headed by a place, and sections
headed by a weekday.

A governor's daily post gives one paragraph per locality and names it once, at the head
("• Chuhuiv. A drone struck a house. Two people were injured."); the sentences after the head
name no place but tell what happened there. A weekly digest heads its sections "Monday",
"Wednesday", and a sentence under "Wednesday" that says "overnight" means the night into that
Wednesday, not the night before publication. This module finds those heads; `backend` lends
them to the sentences they govern.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ...calendar_days import WD_NAMES, weekday_under_heads
from ... import lexicon as lx
from ...articles.day_stamps import day_stamp
from ...articles.section_headings import heading_of, plain_heading
from ...knowledge import gazetteer
from ...knowledge.day_parts import clock_hour, part_of_hour
from ...knowledge.views import WAR_COUNTRIES
from ...records import DatePrecision, DateSpan, LocationLevel
from ...sentences import Sentence, split_sentences
from .common import Facts, PlaceHit
from .day_heads import day_head, inline_head_day
from .head_towns import framed_head
from .list_heads import list_head_places, topic_label
from .verdict_heads import CITY_ANAPHOR, stamped_city, verdict_place
from .places import sentence_places

# A list marker opening a line: each item is a paragraph of its own even without a blank line.
_BULLET = r"[•·▪►‣◦*\-–—]"
_PARAGRAPH_BREAK = re.compile(rf"\n[ \t]*\n\s*|\n(?=[ \t]*{_BULLET}\s)")
# A head: a sentence that is only a short name ("• Chuhuiv.", "Kupiansk district:"), or a name
# opening its paragraph followed by a colon ("Kherson: a drone hit ...").
_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
_ADMIN_WORD = r"(?:district|region|oblast|community|hromada|municipality)"
_HEAD_ALONE = re.compile(rf"\s*(?P<bullet>{_BULLET}\s*)?(?P<name>{_NAME})(?:\s+(?P<admin>{_ADMIN_WORD}))?\s*[.:]?\s*$")
_HEAD_COLON = re.compile(rf"\s*(?P<bullet>{_BULLET}\s*)?(?P<name>{_NAME})(?:\s+(?P<admin>{_ADMIN_WORD}))?\s*:\s+\S")
_WEEKDAY_HEAD = re.compile(
    r"\s*(?P<wd>" + WD_NAMES + "|" + WD_NAMES.upper() + r")\b(?:,?\s+[\w ]{1,20})?\s*[.:]?\s*$")
_NOT_A_HEAD = re.compile(
    r"^(?:Update|Updated|Background|Analysis|Context|Summary|Note|Editor|Photo|Video|Live|Latest|Breaking"
    r"|Read|More|Related|Sources?|Correction|Today|Yesterday|Overnight|Morning|Evening|Night)\b")


@dataclass
class Section:
    """What the heads above a sentence say: the place of its paragraph, the day of its section."""

    place: PlaceHit | None = None
    day: dt.date | None = None
    night: DateSpan | None = None  # a head that names a night ("night of 4/5 May"): its day is the morning
    places: list[PlaceHit] = field(default_factory=list)  # a head listing several communities (dev22 B4)
    city: PlaceHit | None = None  # the one city a live-blog entry opens on: what "the city" means in it (dev20 B6)


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs begin (a blank line, or a list item on a new line)."""
    return [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]


def sections(text: str, sents: list[Sentence], published: dt.date | None, region: lx.Place | None) -> list[Section]:
    """One Section per sentence: the place its paragraph is headed by, and the weekday heading above it.

    `region` is the region the post is about (its places' most common region), given to a place a
    bulleted head names that the gazetteer does not know."""
    starts = paragraph_starts(text)
    out: list[Section] = []
    para_place: PlaceHit | None = None
    section_place: PlaceHit | None = None  # a heading line's place, over the paragraphs below it (r5atk B2)
    verdict: PlaceHit | None = None  # "A restless night for Kharkiv.": the place of the next paragraph too (dev19 B1)
    para_city: PlaceHit | None = None
    para_places: list[PlaceHit] = []
    day: dt.date | None = None
    night: DateSpan | None = None
    item_place: PlaceHit | None = None
    item_day: dt.date | None = None  # an inline item head's day, over its own paragraph only (r44)
    para = -1
    heads = _day_heads(text, sents, starts, published)
    for s in sents:
        here = _paragraph_of(starts, s.start)
        first = here != para
        para = here
        if s.start in heads and heads[s.start] is None:
            out.append(Section())  # the document's own date line
            para = -1
            continue
        if (dated := heads.get(s.start)) is not None:
            day, alone, night = dated  # "Monday, 3 November" / "Nov. 4 —": the day of what follows, to the next head
            if alone:
                out.append(Section())
                para = -1
                item_place = _stamped_item_place(text, s)  # "4.2 Kherson, 3 May.": the item's place too
                continue
        if first:
            item_day = inline_head_day(s.text, published)
            wd = _WEEKDAY_HEAD.match(s.text)
            if wd and published is not None and _alone_on_line(text, s):
                day, night = weekday_under_heads(wd.group("wd"), day, published), None
                out.append(Section())
                para = -1  # the weekday line is a head; the next line opens the section's first paragraph
                continue
            told = verdict_place(text, s)
            para_place = _head_place(text, s, region) or item_place or told or verdict
            item_place = None
            verdict = told  # a verdict's city is the place of the paragraph after it too, unless that has a head
            if heading_of(text, s.start, s.end) is not None:
                section_place = para_place  # "KHERSON" alone: the section's place; "ECONOMY": no place
            elif para_place is None:
                para_place = section_place
            para_city = stamped_city(text, s)
            para_places = list_head_places(text, s, region)
        # a day still to come (a week-ahead diary's head) dates no strike: its sentences keep their own reading
        told_day = item_day or (day if day is None or published is None or day <= published else None)
        out.append(Section(place=para_place, day=told_day, night=night, city=para_city, places=para_places))
    return out


def _day_heads(text: str, sents: list[Sentence], starts: list[int],
               published: dt.date | None) -> dict[int, tuple[dt.date, bool, DateSpan | None] | None]:
    """The day heads by sentence start. A document's own date line (a press release's "19 October
    2026" under its number), the only head and the day of publication, heads no section (None): it
    dates the document, not the undated sentences below it, which keep their own reading."""
    if published is None:
        return {}
    heads: dict[int, tuple[dt.date, bool, DateSpan | None] | None] = {}
    para = -1
    for s in sents:
        here = _paragraph_of(starts, s.start)
        if (here != para or _line_start(text, s)) and (dated := day_head(s.text, published)) is not None:
            heads[s.start] = dated
        para = here
    if len(heads) == 1 and next(iter(heads.values())) == (published, True, None):
        return {start: None for start in heads}
    if len(heads) == 1 and _news_dateline(text, *next(iter(heads.items())), published):
        return {start: None for start in heads}  # r37: "KHARKIV, 3 May - ...": the filing day, no section's
    return heads


def _news_dateline(text: str, start: int, head: tuple[dt.date, bool, DateSpan | None] | None, published: dt.date) -> bool:
    """A story's dateline, its only day head: a place, then the day it was filed, then the story's
    first sentence on the same line. Its day dates the copy, not the undated sentences below it."""
    stamp = day_stamp(text, start)
    return stamp is not None and head is not None and stamp.place is not None and not stamp.numbered \
        and not stamp.alone and 0 <= (published - head[0]).days <= 1


def section_date(day: dt.date, text: str) -> DateSpan:
    return DateSpan(start=day, end=day, text=text, precision=DatePrecision.day)


def _paragraph_of(starts: list[int], pos: int) -> int:
    i = 0
    while i + 1 < len(starts) and starts[i + 1] <= pos:
        i += 1
    return i


def _line_start(text: str, s: Sentence) -> bool:
    """The sentence opens a line (a timeline's entries may be lines of one paragraph)."""
    return not text[text.rfind("\n", 0, s.start) + 1:s.start].strip()


def _alone_on_line(text: str, s: Sentence) -> bool:
    line_start = text.rfind("\n", 0, s.start) + 1
    line_end = text.find("\n", s.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return line.strip() == s.text.strip()


def _head_place(text: str, s: Sentence, region: lx.Place | None) -> PlaceHit | None:
    written = plain_heading(s.text)  # "KHERSON", "## BELGOROD REGION": a factbox's heading in capitals
    m = _HEAD_ALONE.match(written) or _HEAD_COLON.match(written)  # the whole sentence a name, or "Name: ..."
    if m is None:
        return _stamped_item_place(text, s)
    if _NOT_A_HEAD.match(m.group("name")):
        return None
    name, admin = m.group("name"), m.group("admin")
    start, end = s.start + m.start("name"), s.start + m.end("admin" if admin else "name")
    known = lx.lookup(name, admin) if admin else framed_head(name, lx.lookup(name), region)
    if known is None and admin and admin.lower() == "district" and (town := framed_head(name, lx.lookup(name), region)):
        known = lx.Place(f"{name} district", town.admin1, town.country, LocationLevel.district)
    if known is not None:
        return PlaceHit(known, start, end) if known.level is not LocationLevel.country else None
    if not m.group("bullet") or region is None or name.lower() in lx.NOT_PLACE_WORDS or lx.canonical_country(name) \
            or topic_label(s.text, m.start("name")) or _capitals_label(name):
        return None  # an unknown name heads a paragraph only as a list item of a post about one region (not a bold topic
        # label, nor a factbox's label in capitals: "* SCALE:", "* TOLL:")
    return PlaceHit(lx.Place(name, region.admin1, region.country, LocationLevel.city), start, end)


def _capitals_label(name: str) -> bool:
    """A label in capitals that names no town of the war's sides ("SCALE", "TOLL", "WEST"); a small
    town written in capitals ("VOVCHANSK:") is still found in the whole gazetteer."""
    if not name.isupper():
        return False
    town = gazetteer.lookup(name.title())
    return town is None or town.country_code not in WAR_COUNTRIES


def _stamped_item_place(text: str, s: Sentence) -> PlaceHit | None:
    """r36: a numbered item opened by its place and day ("4.2 Kherson, 3 May. Around 14:05 shells
    hit the terminal."): the known place heads the item, as a head line's place heads its paragraph."""
    stamp = day_stamp(text, s.start) if _line_start(text, s) else None
    if stamp is None or stamp.place is None or stamp.inline or not stamp.numbered:
        return None  # (a dateline's city, "KYIV, May 3 -", is where the report was filed)
    known = lx.lookup(text[stamp.place[0]:stamp.place[1]].split(",")[0].strip())
    if known is None or known.level is LocationLevel.country:
        return None
    return PlaceHit(known, stamp.place[0], stamp.place[0] + len(known.name))


def main_region(places: list[lx.Place]) -> lx.Place | None:
    """The region most places of the article lie in: the region a governor's post is about."""
    seen: dict[tuple[str, str], int] = {}
    for p in places:
        if p.admin1 and p.country and p.level is not LocationLevel.country:
            seen[(p.admin1, p.country)] = seen.get((p.admin1, p.country), 0) + 1
    if not seen:
        return None
    admin1, country = max(seen, key=lambda k: seen[k])
    return lx.Place(admin1, admin1, country, LocationLevel.region)


def lend_section(f: Facts, section: Section) -> Facts:
    """A sentence that names no place tells of its paragraph's head; one with no date of its own
    happened on the weekday its section is headed by."""
    if section.places and {p.place.name for p in f.places} <= {p.place.name for p in section.places}:
        f.places, f.list_item = list(section.places), True  # "• A, B and C communities: mortar fire": the head's places
    elif not f.places and section.place is not None:
        f.places = [section.place]
    elif not f.places and section.city is not None and CITY_ANAPHOR.search(f.sent.text):
        f.places = [section.city]  # "06:50 - Kharkiv woke to sirens. Drones hit the city": Kharkiv (dev20 B6)
    elif section.place is not None:
        # "the village of X" under the head "Y district": a locality the gazetteer lacks lies where its head does
        head = section.place.place
        for p in f.places:
            if p.place.country is None and p.place.admin1 is None and p.place.level is not LocationLevel.country:
                p.place = lx.Place(p.place.name, head.admin1, head.country, p.place.level)
    if f.date is None and section.night is not None:
        f.date = section.night  # "4.3 Kherson, night of 4/5 May. ... a drone hit a barge": that night
    elif section.night is not None and f.timestamp and _stamped_in_the_night(f, section):
        f.date = section.night  # r37: "00:37 - drones downed ..." under "Night of 4 to 5 May": that night
    elif f.date is None and section.day is not None:
        f.date = section_date(section.day, section.day.strftime("%A"))
    return f




def _stamped_in_the_night(f: Facts, section: Section) -> bool:
    """A log entry stamped with an hour of the night, dated by its stamp to the head's morning."""
    hour = clock_hour(f.sent.text, 0, 8)
    return f.date is not None and f.date.start == f.date.end == section.day and hour is not None \
        and part_of_hour(hour) == "night"


def towns_over_heads(text: str, facts: list[Facts], heads: list[Section]) -> None:
    """Round 14: "Y district. Mortars hit X. A man was wounded. A shop burned.": once a sentence of
    a district-headed paragraph names its struck town, a later sentence of that paragraph that names
    no place tells of that town's strike (the last one told), not of the head: it gives up the lent
    head, so the toll joins the strike before it instead of opening a record on the district."""
    starts = paragraph_starts(text)
    struck: dict[int, int] = {}  # paragraph -> the head it was lent, once a town of it was struck
    for f in facts:
        head = heads[f.idx].place if f.idx < len(heads) else None
        if head is None or head.place.level is not LocationLevel.district:
            continue
        para = _paragraph_of(starts, f.sent.start)
        if _paragraph_of(starts, head.start) != para:
            continue  # a heading over several paragraphs frames them; only a run-in head is given up
        if _names_town(f, head) and f.attack_vocab:
            struck[para] = id(head)
        elif struck.get(para) == id(head) and len(f.places) == 1 and f.places[0] is head:
            f.places = []


def _names_town(f: Facts, head: PlaceHit) -> bool:
    """The sentence names a place of its own below the head's level (a town or village)."""
    return any(p is not head and f.sent.start <= p.start < f.sent.end
               and p.place.level not in (LocationLevel.country, LocationLevel.region, LocationLevel.district)
               for p in f.places)


def headline_city(text: str, sents: list[Sentence], titles: set[int]) -> lx.Place | None:
    """The one city the headline names ("Under the glide bombs of Sloviansk"): the place a
    feature is about. None when the headline names no city or several."""
    return _only_city({place for i in titles for place in sentence_places(text, sents[i])})


def _only_city(found: set[lx.Place]) -> lx.Place | None:
    """The place a headline names when it names one place and that place is a city."""
    cities = [p for p in found if p.level is LocationLevel.city]
    return cities[0] if len(cities) == 1 and len(found) == 1 else None


def title_city(title: str | None, told: list[lx.Place]) -> lx.Place | None:
    """r37: the one city the article's own title names (its front matter, "Alert log: X, 10-12
    May"), where the body (`told`, its places) names no city of the war: the place a city's log or
    bulletin is about, read as the headline's city is."""
    if not title or any(p.level is LocationLevel.city and p.country in lx.OPPONENT for p in told):
        return None
    return _only_city({place for s in split_sentences(title) for place in sentence_places(title, s)})


def sole_city(told: list[lx.Place]) -> lx.Place | None:
    """The one city of the war an article names at all (a feature set in one town that tells its
    strike as "a bomb struck the market"): the place of a toll told with no place of its own.
    None when it names two cities or none."""
    cities = {p.name: p for p in told if p.level is LocationLevel.city and p.country in lx.OPPONENT}
    return next(iter(cities.values())) if len(cities) == 1 else None
