"""The facts one sentence states about an attack, and the event date among its date mentions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ... import lexicon as lx
from ...articles.place_history import place_history_asides
from ...blanking import blank_spans
from ...dates import DateMention, find_dates, month_with_its_day
from ...knowledge.actors import resolve_actor
from ...numbers import find_numbers
from ...records import DatePrecision, DateSpan
from ...sentences import Sentence
from .actors import find_attacker, find_reporters
from .casualties import find_casualties
from .enemy import own_side, speaker_side, struck_forces_side
from .common import Facts, QUOTE_START
from .front_fighting import drop_front_fighting
from .eventhood import (drop_hypothetical_places, drop_past_background, drop_quoted_places, drop_statistics,
                        drop_tallies, strike_event)
from .capital import add_bare_capital
from .nationwide_tail import nationwide_tail
from .clause_days import cause_clause_date, month_clauses, split_barrage_from_toll, split_by_own_day
from .day_heads import night_under_head
from .day_parts import day_part, repeated
from .district_lists import drop_listed_districts
from .raions import add_adjectival_raions, add_named_raions
from .earlier_event import earlier_event_alone, without_earlier_event
from .consequences import drop_consequences
from .place_roles import drop_unhit_places
from .trends import drop_trends, without_trend_clause
from .found_debris import drop_found_debris
from .ground_combat import drop_ground_combat
from .war_damage import drop_war_damage
from .owned_dates import without_owned_dates
from .diplomatic_aside import without_diplomatic_aside
from .nonstrikes import drop_non_strikes
from .repeat_days import first_and_second, repeat_days
from .sports import drop_sports
from .facility_city import strike_at_facility
from .period_summary import mark_period_summary
from .period_launches import drop_period_launches
from .city_parts import parts_as_cities
from .occupation import OCCUPIED_ATTACKER, installed_post_author, occupation_speakers, without_titles
from .economic_targets import drop_economic_targets
from .talk_of_strikes import drop_talk_of_strikes
from .refuted_claims import drop_refuted_claims
from .accusations import drop_accused_strikes
from .habitual_clauses import drop_habitual_clauses
from .region_qualifier import fold_qualifying_regions
from .superseded import drop_superseded_figures
from .toll_increments import mark_toll_increments
from .subject_tolls import read_subject_tolls
from .region_frame import fold_containing_region, fold_framing_region
from .place_split import split_by_place
from .days_in_turn import split_days_in_turn
from .place_folds import fold_aimed_regions, fold_breakdown_places, fold_region_into_town
from .places import attack_places, speaker_country
from .tally_labels import add_tally_labels
from .weapons import find_weapon_counts, find_weapon_types
from .justification_scope import without_fronted_justification
from .weapon_labels import add_bracketed_downs, add_labelled_weapons, add_weapon_rows
from .weapon_split import add_missile_split


def _damage(text: str, s: Sentence) -> list[str]:
    if not lx.DAMAGE_CUES.search(text, s.start, s.end):
        return []
    out = []
    for m in lx.DAMAGE_RE.finditer(text, s.start, s.end):
        term = re.sub(r"\s+", " ", m.group(0).lower())
        if term not in out:
            out.append(term)
    return out


def sentence_facts(text: str, s: Sentence, idx: int, published: dt.date | None,
                    quotes: Sequence[tuple[int, int]] = ()) -> list[Facts]:
    """The facts of one sentence; several when it tells two places each with its own toll."""
    if lx.EDITOR_NOTE.search(text, s.start, s.end):
        return []  # "Correction: four people died, not five": about the text, no strike
    stamp = bool(lx.LIVE_STAMP.match(text, s.start, s.end))
    s = _without_dateline(text, s)
    text, s = _without_place_history(text, s)
    # a reading per day (r3), per month (r17), or for the place's clause and the country's tally (r51)
    readings = repeat_days(text, s, published) or month_clauses(text, s, published) or nationwide_tail(text, s)
    if readings is not None:
        return [f for t, part in readings for f in _facts(t, part, idx, published, quotes, stamp)]
    if (parts := first_and_second(text, s)) is not None:  # "the first attack ..., the second ...": a reading each
        facts = [(n, f) for n, t, part in parts for f in _facts(t, part, idx, published, quotes, stamp)]
        for n, f in facts:
            f.nth = n
        return [f for _, f in facts]
    text, s = without_trend_clause(text, s, published)  # "X has lost half its output since March; on 2 May ..." (r20)
    text, s = without_fronted_justification(text, s)  # "In response to strikes on X, the army hit Y": Y's
    out = _facts(*without_earlier_event(*without_diplomatic_aside(text, s)), idx, published, quotes, stamp)
    earlier = earlier_event_alone(text, s)
    if earlier is not None:  # "..., a day after a missile strike on Y killed four": Y's strike apart
        out += _facts(*earlier, idx, published, quotes, stamp)
    return out


def _facts(text: str, s: Sentence, idx: int, published: dt.date | None, quotes: Sequence[tuple[int, int]],
           stamp: bool) -> list[Facts]:
    f = Facts(sent=s, idx=idx, timestamp=stamp)
    f.quote = bool(QUOTE_START.match(s.text))
    f.places, f.districts = attack_places(text, s)
    drop_listed_districts(text, f)
    add_named_raions(text, f)
    add_adjectival_raions(text, f)
    f.nationwide = _nationwide(text, s, f)
    occupied = occupation_speakers(text, s)  # "the Russian-installed mayor": no Russian side in the title
    scan = without_titles(text, occupied) if occupied else text
    tm = lx.TARGET_TERRITORY_RE.search(scan, s.start, s.end)
    if tm:
        f.target_hint = lx.country_of(next(g for g in tm.groups() if g))
    else:
        f.target_hint = struck_forces_side(scan, s)  # "sea drones raided the Russian navy's piers" (r21)
    f.attacker = _accused(text, s) or find_attacker(scan, s)
    f.enemy = f.attacker is None and bool(lx.ENEMY_ATTACKER.search(text, s.start, s.end))
    if f.enemy and f.target_hint is None:
        f.target_hint = speaker_side(text, s)  # a Ukrainian official's "enemy" attacks Ukraine
    if (own := lx.OWN_FORCES_ACT.search(text, s.start, s.end)) is not None:
        # "the General Staff said its forces hit X": the speaker's side, whatever side's adjective
        # the target carries ("the Russian ministry said its forces struck Ukrainian drone workshops", r3)
        f.attacker = own_side(text, s, own.start()) or f.attacker
        if f.target_hint is None and not f.places and f.attacker in lx.OPPONENT:
            f.target_hint = lx.OPPONENT[f.attacker]  # a side's own forces strike the other side, not its own soil
    add_bare_capital(text, f)
    # "a man born in 1974" (dev19 B4), "a shed whose tenants had gone abroad in the autumn" (r32): not the strike's
    dates = without_owned_dates(text, find_dates(text, s.start, s.end, published))
    f.date = _event_date(dates, text, published)
    f.date = cause_clause_date(text, s, dates, lambda ds: _event_date(ds, text, published), f.date)  # r20 (dev37 A4)
    f.time_of_day = any(d.kind == "part_of_day" and d.span is f.date for d in dates)
    f.day_part, f.again = day_part(text, s, stamp), repeated(text, s)
    f.report_date = next((d.span for d in dates if d.role == "report"), None)
    f.date = night_under_head(dates, text, s) or _night_between(dates, text, s) or _overnight_on_day(dates, text) \
        or _night_from_eve(dates, text, s) or _night_of_post(f, text, published) or f.date
    f.date = _night_not_yet_ended(f.date, published)
    f.clock = f.date is None and bool(lx.CLOCK_TIME.search(text, s.start, s.end))  # "shortly before 6 a.m." (B5)
    if stamp and f.date is None and published is not None:
        # a live-blog update stamped "14:20" with no day of its own: the day of the blog, never the
        # night an earlier update told; the stamp is a clock time, not words that date the strike
        f.date = DateSpan(start=published, end=published, text=None, precision=DatePrecision.day)
    # atk7: a number inside a date ("overnight on Nov. 5 killed two") is the day, never a count
    numbers = [n for n in find_numbers(text, s.start, s.end)  # r18: nor a model's digits ("Shahed-136/131")
               if not any(d.start <= n.num_start < d.end for d in dates) and not lx.in_model_name(text, n.num_start)]
    f.counts, used = find_casualties(text, s, numbers)
    f.counted_weapons = find_weapon_counts(text, s, numbers, used)
    f.weapon_types = find_weapon_types(text, s)
    parts_as_cities(text, f)  # "a block in Saltivka": Kharkiv (r34)
    add_missile_split(text, f)
    add_labelled_weapons(text, f)
    add_tally_labels(text, f)
    add_bracketed_downs(text, f)
    add_weapon_rows(text, f)
    f.damage = _damage(text, s)
    f.hospitalised = bool(lx.HOSPITALISED.search(text, s.start, s.end))
    if f.target_hint is None and f.counted_weapons and (aim := lx.AIMED_AT_COUNTRY.search(text, s.start, s.end)):
        f.target_hint = aim.group("country")  # "65 drones were launched at Ukraine": the barrage's target
    if f.target_hint is None and f.attacker is None and not f.places and f.counted_weapons \
            and (dm := lx.DEFENDER.search(text, s.start, s.end)) is not None:
        # r20 (dev37 C1): "the nightly raid comprised 30 missiles and 51 drones, Ukraine's air force reported":
        # a side's air force or defence ministry counting a barrage no one in the sentence is said to
        # fire counts the weapons aimed at its own side
        f.target_hint = lx.country_of(dm.group("side").replace("’", "'"))
    if f.target_hint is None and any(w.intercepted for w in f.counted_weapons):
        # "air defence means shot down 48 drones, the ministry said": the side whose defence
        # ministry or air force the report named last
        f.target_hint = _defender(text, s) or speaker_country(text, s)  # "announced in Moscow that 18 were downed"
    f.reporters = find_reporters(text, s)
    f.attack_vocab = strike_event(text, s) or bool(f.weapon_types)
    strike_at_facility(text, f)  # "Video from the Syzran refinery shows flames" (B13)
    if f.attacker is None and (occupied or installed_post_author(text, s)) and (f.attack_vocab or f.counts):
        f.attacker = OCCUPIED_ATTACKER  # Russia's installed official reports a strike on his town: Ukraine's
    f.background = lx.is_background(text, s.start, s.end)
    f.update = bool(lx.TOLL_UPDATE.search(text, s.start, s.end))
    read_subject_tolls(text, f, numbers, used)  # "the number of civilians killed when ... has climbed to 11" (r16)
    drop_tallies(text, f)
    drop_statistics(text, f)
    drop_front_fighting(text, f)
    drop_past_background(text, f, published)
    drop_hypothetical_places(text, f)
    drop_quoted_places(text, f, quotes)
    drop_non_strikes(text, f)
    drop_sports(text, f)
    mark_period_summary(text, f)
    drop_consequences(text, f)
    drop_unhit_places(text, f)  # an alert with nothing hit, the witnesses' town (dev18 B1)
    drop_trends(text, f)  # "has stepped up its raids since the summer": a tally (dev18 B2)
    drop_period_launches(text, f)  # "Last week, the enemy launched 1,200 drones ...": a tally (dev19 B2)
    drop_war_damage(text, f)  # "fields near X remain mined or burnt": no strike (dev19 B3)
    drop_found_debris(text, f)  # "parts of a drone were discovered near X": no strike (dev20 B3)
    drop_ground_combat(text, f)  # "forces continued assaults near X": the front, no strike (dev20 B3)
    drop_talk_of_strikes(text, f)
    drop_refuted_claims(text, f)  # 'Claim: ... Verdict: False', 'no school had been hit' (dev30 B2)
    drop_economic_targets(text, f)
    drop_accused_strikes(text, f)  # "the envoy accused Ukraine of shelling the plant" (r5atk B8)
    drop_habitual_clauses(text, f)  # "Kramatorsk, often hit by glide bombs, ..." (r5atk B7)
    drop_superseded_figures(text, f)
    mark_toll_increments(text, f)  # 'three more bodies were found': an update of the strike told (r13atk)
    _strike_on_country(text, f)
    fold_breakdown_places(text, f)
    fold_aimed_regions(text, f)  # "launched 40 drones at the A and B regions": the country's (r25)
    fold_region_into_town(text, f)
    fold_qualifying_regions(text, f)  # "the X district of the Y region", "the X refinery, Y oblast" (r5atk B10)
    fold_framing_region(text, f)
    fold_containing_region(text, f)  # any region beside its own smaller place is that place's admin1 (dev16 B1)
    # the night's lead that ends on another city's strike of the day: that city apart, on its day
    parts = split_days_in_turn(text, split_by_place(text, f), dates, lambda ds: _event_date(ds, text, published))
    parts = split_by_own_day(text, parts, dates, lambda ds: _event_date(ds, text, published), published)
    return split_barrage_from_toll(text, parts)



def _without_place_history(text: str, s: Sentence) -> tuple[str, Sentence]:
    """'Izium, recaptured by Ukraine in September, was shelled': the place's history is read out
    (offsets kept); who took it and when are not the strike's attacker and date (dev35 A1)."""
    spans = place_history_asides(text, s.start, s.end)
    if not spans:
        return text, s
    masked = blank_spans(text, spans)
    return masked, Sentence(start=s.start, end=s.end, text=masked[s.start:s.end])


def _accused(text: str, s: Sentence) -> str | None:
    """The side an accusation names as the attacker ("Moscow accused Kyiv of striking X"): a state
    of the war, resolved through the actor dictionary (a capital stands for its state)."""
    for m in lx.ACCUSED_OF.finditer(text, s.start, s.end):
        who = resolve_actor(m.group("side"))
        if who is not None and who.kind == "state" and who.name in lx.OPPONENT:
            return who.name
    return None


def _defender(text: str, s: Sentence) -> str | None:
    """The side whose air defence the sentence names, or which says it downed the weapons
    ("Ukraine said it shot down 36"), else the last named in the few sentences before."""
    dm = lx.DEFENDER.search(text, s.start, s.end)
    if dm is None and (seat := _SEATED_MINISTRY.search(text, s.start, s.end)) is not None:
        return _CAPITAL_SIDE[(seat.group("a") or seat.group("b")).lower()]  # r15: "the ministry in Moscow said" (dev28 B3)
    if dm is None and (speaker := lx.defending_speaker(text, s.start, s.end)) is not None:
        return speaker
    dm = dm or _last_defender(text, s.start)
    return lx.country_of(dm.group("side").replace("’", "'")) if dm else None


# a defence ministry named by its seat: "the (defence) ministry in Moscow", "Kyiv's defence ministry"
_CAPITAL_SIDE = {"moscow": "Russia", "kyiv": "Ukraine", "kiev": "Ukraine"}
_SEATED_MINISTRY = re.compile(r"\b(?i:(?:defen[cs]e\s+)?ministry\s+in)\s+(?P<a>Moscow|Kyiv|Kiev)\b"
                              r"|\b(?P<b>Moscow|Kyiv|Kiev)['’]s\s+(?i:(?:defen[cs]e\s+)?ministry)\b")


def _last_defender(text: str, at: int) -> re.Match[str] | None:
    """The last defence ministry or air force of a side named in the few sentences before `at`."""
    found = None
    for found in lx.DEFENDER.finditer(text, max(0, at - 600), at):
        pass
    return found


def _strike_on_country(text: str, f: Facts) -> None:
    """'Its forces carried out a massive strike ... against enterprises of Ukraine': a strike by a
    named side on the other's country with no place told (a country-level record when the article
    tells no other strike of that side: events.py)."""
    s = f.sent
    forces = next((m for rx in lx.SIDE_STRIKING if (m := rx.search(text, s.start, s.end))), None) if f.attacker is None else None
    attacker = f.attacker or (lx.country_of(forces.group("side")) if forces else None)
    if f.places or not attacker or f.hypothetical or f.quote or f.background or f.cumulative or not f.attack_vocab \
            or f.counted_weapons:
        return
    m = lx.STRIKE_ON_COUNTRY.search(text, s.start, s.end)
    country = m and (m.group("country") or m.group("owner") or m.group("owner2") or m.group("across") or lx.country_of(m.group("adj") or ""))
    if country and lx.OPPONENT.get(attacker or "") == country:
        f.target_hint = f.target_hint or country
        f.country_strike = f.target_hint == country
        f.attacker = attacker if f.country_strike else f.attacker


def _without_dateline(text: str, s: Sentence) -> Sentence:
    """'KYIV, March 10 (Agency) - Russian drones struck ...': the dateline says where and when the
    story was filed; the event's place and time are in the words after it."""
    m = lx.DATELINE.match(text, s.start, s.end)
    if m is None or m.end() >= s.end:
        return s
    return Sentence(start=m.end(), end=s.end, text=text[m.end():s.end])


def _night_between(dates: list[DateMention], text: str, s: Sentence) -> DateSpan | None:
    """'Between 21:30 on Sunday and 04:00 on Monday': two consecutive days framed by
    between/from are one night, not the first day."""
    days = [(d, d.span.start) for d in dates if d.role == "event" and d.span.start and d.span.precision.value == "day"]
    for (a, a_day), (b, b_day) in zip(days, days[1:]):
        if a_day and b_day and b_day - a_day == dt.timedelta(days=1) and \
                lx.BETWEEN_FRAME.search(text, max(s.start, a.start - 40), a.start):
            return DateSpan(start=a_day, end=b_day, text=text[a.start:b.end], precision=DatePrecision.range)
    return None


_OVERNIGHT_ON = re.compile(r"\s+(?:on|of)\s+(?:the\s+)?$", re.I)


def _overnight_on_day(dates: list[DateMention], text: str) -> DateSpan | None:
    """'overnight on Nov. 5', 'overnight on Sunday': the night that ends on that day (a wire's
    "overnight" is told in the morning after it), not the day itself."""
    for night, day in zip(dates, dates[1:]):
        if night.kind == "overnight" and day.role == "event" and day.span.start and \
                day.span.precision is DatePrecision.day and _OVERNIGHT_ON.fullmatch(" " + text[night.end:day.start]):
            return DateSpan(start=day.span.start - dt.timedelta(days=1), end=day.span.start,
                            text=text[night.start:day.end], precision=DatePrecision.range)
    return None


def _night_from_eve(dates: list[DateMention], text: str, s: Sentence) -> DateSpan | None:
    """A tally's header 'In the night of 2 March (from 18:00 on 1 March)': the night that began the
    evening before the named day, not the night after it."""
    for night in (d for d in dates if d.kind == "night_of" and d.span.start and d.span.end):
        eve = next((d for d in dates if d.kind in ("dmy", "mdy") and d.span.start is not None and night.span.start
                    and d.span.start == night.span.start - dt.timedelta(days=1)
                    and lx.BETWEEN_FRAME.search(text, max(s.start, d.start - 25), d.start)), None)
        if eve is not None and night.span.start is not None:
            return DateSpan(start=eve.span.start, end=night.span.start, text=text[night.start:eve.end],
                            precision=DatePrecision.range)
    return None


def _night_of_post(f: Facts, text: str, published: dt.date | None) -> DateSpan | None:
    """'The enemy attacked the town at night' in a post with no date of its own (or only 'in the
    evening'): the night that ends on the day of the report, or of publication."""
    if f.date is not None and not f.time_of_day:
        return None
    night = lx.NIGHT_WORDS.search(text, f.sent.start, f.sent.end)
    day = f.report_date.start if f.report_date and f.report_date.start else published
    if night is None or day is None:
        return None
    f.time_of_day = False  # the night, not the evening before it
    return DateSpan(start=day - dt.timedelta(days=1), end=day, text=night.group(0), precision=DatePrecision.range)


def _night_not_yet_ended(d: DateSpan | None, published: dt.date | None) -> DateSpan | None:
    """'On the night of 16 March' in a report of 16 March is the night into the 16th: a report
    cannot tell a night that ends after it was published."""
    if d is None or published is None or d.start is None or d.end is None or d.precision is not DatePrecision.range:
        return d
    if d.start == published and d.end - d.start == dt.timedelta(days=1):
        return DateSpan(start=d.start - dt.timedelta(days=1), end=d.start, text=d.text, precision=d.precision)
    return d


def _within(day: dt.date | None, span: DateSpan) -> bool:
    return day is not None and span.start is not None and span.end is not None and span.start <= day <= span.end


def _before(span: DateSpan, published: dt.date) -> bool:
    return span.end is not None and span.end < published


def _event_date(dates: list[DateMention], text: str = "", published: dt.date | None = None) -> DateSpan | None:
    events = [d for d in dates if d.role == "event" and d.kind not in ("year", "month_year")]
    months = [d.span for d in events if d.kind in ("month", "last_month", "month_last_year") and d.span.start]
    if months:
        # "On Easter Sunday in April": the weekday lies in that month, not in the week of publication
        events = [d for d in events if not (d.kind in ("wd", "wd_night", "night_of", "night_into") and d.span.start
                                            and not any(_within(d.span.start, m) for m in months))]
    if events:
        told = list(events)  # a month gives way to a day of it told beside it (r22, dates.month_with_its_day)
        events.sort(key=lambda d: (d.kind in ("overnight", "today", "this_week", "part_of_day"), month_with_its_day(d, told), d.start))
        first = events[0]
        report_days = [d.span.start for d in dates if d.role == "report" and d.span.start]
        if first.kind == "overnight" and report_days and report_days[0]:
            day = report_days[0]
            return DateSpan(start=day - dt.timedelta(days=1), end=day, text=first.span.text,
                            precision=first.span.precision if first.span.start else DatePrecision.range)
        return first.span
    past = [d for d in dates if d.role == "event" and d.kind in ("year", "month_year") and d.span.start
            and re.match(r"in\s", text[d.start:d.end], re.I) and (published is None or _before(d.span, published))]
    if past:
        return past[0].span  # "In 2023, a strike on the city killed 40": an earlier event, not tonight's
    vague = [d for d in dates if d.role == "vague"]
    return vague[0].span if vague else None


# r40: "In total, 58 drones attacked the X region over the day": a sum told of the one place its sentence
# names is that place's total, not the country's; a share after it ("..., 20 of them over X") keeps the sum
# the country's
_SUM_ONLY = re.compile(r"in\s+(?:total|all)", re.I)
_SHARE = re.compile(r"\b(?:of\s+(?:them|which|these|those)|including)\s+(?:[\w-]+\s+){0,5}?(?:over|in|at|on|against|near|towards?)"
                    r"\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def _nationwide(text: str, s: Sentence, f: Facts) -> bool:
    scopes = [m.group(0) for m in lx.NATIONWIDE_RE.finditer(text, s.start, s.end)]
    # "in total" sums the one place told, or a toll with no weapon counted ("left seven injured in total")
    if scopes and all(_SUM_ONLY.fullmatch(w) for w in scopes) and not _SHARE.search(text, s.start, s.end) \
            and (len({p.place.name for p in f.places}) == 1 or not lx.WEAPON_WORD.search(text, s.start, s.end)):
        return False
    return bool(scopes)
