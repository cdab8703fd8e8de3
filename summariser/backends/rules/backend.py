"""The rules backend: article -> sentences -> facts -> events -> records."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .war_era import of_this_war
from ... import lexicon as lx
from ...language import language_warning
from ...records import Attack, DatePrecision, DateSpan
from ...sentences import Sentence, split_sentences
from ..base import BackendResult
from .attacks import build_attack
from .namesakes import local_namesakes
from .city_parts import told_as_cities
from .common import QUOTED, quotes_in
from .diplomacy import find_diplomacy
from .enemy import article_voice, home_country
from .events import Event, segment_events
from .facts import sentence_facts
from .aftermath import lend_barrage_weapons
from .place_frame_carry import carry_district_city, carry_paragraph_city, carry_region_frame
from .ranked_places import carry_ranked_place
from .lead_day import date_under_paragraph_leads
from .toll_increments import drop_unplaced_finds
from .places import remembering_places, sentence_places
from .reporting_period import header_dated, report_day, sentence_period, summary_period
from .sections import headline_city, sole_city, title_city, lend_section, main_region, sections, towns_over_heads
from .region_homonyms import homonyms_into_main_region
from .city_sentence_day import date_by_city_sentence
from .summary import lead_summary, title_lines
from .own_claims import join_own_claims
from .place_roles import without_witness_towns
from .summary_lists import drop_summary_lists
from .several_nights import place_nights_under_lead
from .listed_localities import split_listed_localities
from .announced_strikes import fold_announcements
from .listed_strikes import split_listed_strikes
from .heading_reference import heading_into_located_place
from .post_region import place_post_region
from .post_streams import clock_posts, post_stream, stamp_lines, stream_day
from .region_totals import split_region_totals
from .regional_shares import fold_region_tallies, split_regional_shares
from .city_shares import split_city_shares
from .event_folds import aggregate_lead_into_towns, town_lead_into_towns
from .strike_tallies import drop_tally_events
from .debris_tally_weapons import lend_tally_weapons
from .found_debris import lend_forensic_models
from .lead_weapons import lend_lead_weapons
from .entry_weapons import lend_entry_weapons, own_paragraph_weapons
from .event_moments import date_by_named_event
from .wider_tolls import drop_wider_later_tolls, lend_wave_to_country_toll
from .told_before import borrow_told_attack, date_from_attack_before
from .told_nils import fill_told_nils
from .interview_answers import read_answers
from .anaphoric_days import date_day_anaphors, date_night_anaphors, date_scene_shifts, date_weekday_anaphors
from .anaphora import resolve_anaphora
from .weapon_anaphora import inherit_anaphoric_weapons, inherit_article_bombs, inherit_pronoun_weapons
from .blog_order import newest_first, oldest_update_first
from .superseded import keep_first_figures
from .known_tolls import drop_unanchored_known_tolls

if TYPE_CHECKING:
    from ...articles import Article
    from ...config import Config


class RulesBackend:
    """Deterministic, no-LLM extractor; the baseline and the fallback that works anywhere."""

    name = "rules"
    model = None
    prompt_version = None
    prompt_hash = None

    def __init__(self, config: Config | None = None):
        self.config = config

    def identity(self) -> dict[str, str]:
        return {"backend": "rules"}

    def extract(self, article: Article) -> BackendResult:
        text = article.text
        foreign = language_warning(text)
        if foreign:  # English cue words find nothing true in another language: say so, extract nothing
            return BackendResult(summary=lead_summary(split_sentences(text)), attacks=[], diplomacy=[],
                                 warnings=[foreign])
        sents = split_sentences(text)
        war = bool(lx.WAR_GATE.search(text))
        warnings: list[str] = []
        attacks = self._attacks(article, sents, war, warnings)
        titles = title_lines(text, sents)
        diplomacy = find_diplomacy(text, sents, article.published, war, frozenset(titles), article.source)
        attacks, diplomacy = of_this_war(text, attacks, diplomacy)  # "the raid of June 1944": history (r41)
        return BackendResult(summary=lead_summary(sents), attacks=attacks, diplomacy=diplomacy, warnings=warnings)

    def attacks(self, article: Article) -> list[Attack]:
        """Only the attack records `extract` finds (the LLM path's cross-check needs no more)."""
        if language_warning(article.text):
            return []
        sents = split_sentences(article.text)
        return of_this_war(article.text, self._attacks(article, sents, bool(lx.WAR_GATE.search(article.text)), []), [])[0]

    def _attacks(self, article: Article, sents: list[Sentence], war: bool, warnings: list[str]) -> list[Attack]:
        text = article.text
        quotes = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
        with remembering_places(text):  # the home country reads the places sentence_facts found
            told = [p for s in sents for p in sentence_places(text, s)] if war else []
            heads = sections(text, sents, article.published, main_region(told)) if war else []
            # "update as of 08:00, 4 March"; own_day: "summary for 9 December" (r40)
            as_of, own_day = report_day(text, sents, article.published) if war else (None, False)
            facts = [lend_section(part, heads[i]) for i, s in enumerate(sents)
                     for part in sentence_facts(text, s, i, heads[i].day or as_of or article.published,
                                                quotes_in(quotes, s))] if war else []
            home = home_country(told) if war else None
            homonyms_into_main_region(text, facts, main_region(told))  # "Zelenodolsk" of the article's region (r51)
        towns_over_heads(text, facts, heads)  # "Y district. Mortars hit X. A man was wounded.": X's toll
        for f in facts:  # "During the reporting period, artillery struck X": the summary's day
            if f.date is None or as_of is not None and header_dated(text, f.sent, f.date, sents, article.published):
                f.date = sentence_period(text, f.sent, heads[f.idx].day or as_of or article.published,
                                         headed=as_of is not None or heads[f.idx].day is not None, own_day=own_day) or f.date
        drop_summary_lists(text, facts)  # "Key takeaways: - ...": the body tells each event (dev19 B3)
        keep_first_figures(facts, newest_first(text))  # "Initially, four were reported dead" told first: the first figure (r20)
        drop_unanchored_known_tolls(facts)  # "12 aid workers are known to have been killed": a tally, no strike (dev19)
        carry_region_frame(text, facts)  # "In the X region, ... Separately, a drone hit a shop in Y": Y of X (r14, dev26 B3)
        carry_paragraph_city(text, facts)  # "Odesa lies far from the front. In May drones hit a depot in the city" (r14)
        date_by_city_sentence(text, facts, sents, article.published)  # "... reach Sumy on Friday. The town was shelled" (r51)
        carry_ranked_place(text, facts)  # "The hardest hit was X. A bomb fell on the village" (r18, dev34-B2)
        carry_district_city(text, facts)  # "Dnipro ... On 3 May a drone hit the Sobornyi district": Dnipro (r15)
        date_under_paragraph_leads(text, facts)  # "The district came under fire once more at night. In X, a drone ..." (r16)
        read_answers(text, facts, article.published)  # an interview's answer: its question's day, "here" = the interviewee's city (r15)
        resolve_anaphora(facts)
        inherit_anaphoric_weapons(text, facts)  # "a guided bomb hit X ... a second bomb hit Y" (dev20 B11)
        inherit_article_bombs(text, facts)  # "guided bombs hit X on Saturday ... in February a bomb hit a school" (r21)
        inherit_pronoun_weapons(text, facts)  # "FPV drones hunt cars here. One of them hit a minibus in X" (dev30 B8)
        borrow_told_attack(text, facts)  # "... of the overnight assault on Ukraine. Some 450 drones were used."
        date_from_attack_before(facts)  # "Point 2. Damage from the raid of 3 to 4 May. / Missiles had hit the depot ..." (r40)
        join_own_claims(text, facts)  # "... the governor said. Kyiv's General Staff said its drones hit the depot." (dev16 B2)
        date_by_named_event(text, facts, article.published)  # "shortly before the talks opened, a drone hit X" (dev18 B10)
        drop_wider_later_tolls(text, facts)  # "... killing three in X. Later, seven were reported killed across the X region" (r19)
        place_nights_under_lead(facts)  # "X was hit two nights in a row. On the night of 1 May, a missile ..." (dev18 B5)
        date_night_anaphors(facts, text, article.published)  # "during the same night": the main night, not a recalled day (r14)
        date_weekday_anaphors(facts, text, article.published)  # "on 24 July ... that Friday evening": 24 July (r34)
        date_scene_shifts(facts, text, article.published)  # "Elsewhere, ..." after a recalled strike: the story's day (r14)
        titles = title_lines(text, sents)
        attacks: list[Attack] = []
        lead = (headline_city(text, sents, titles) or sole_city(without_witness_towns(facts, told_as_cities(text, told), text))
                or title_city(article.title, told)) if war else None
        voice = article_voice(text, sents) if any(f.enemy and not f.target_hint for f in facts) else None
        stamps = stamp_lines(text, sents) if war else []  # "**01:52**" lines of a post stream (dev30 B1)
        clock_posts(facts, stamps)
        with post_stream(stamps if not newest_first(text) else []):  # a post reads on from the one above it
            events = segment_events([f for f in facts if f.idx not in titles], war, home, lead, voice)
        events = fold_announcements(events, text)  # "X also came under attack. Bombs fell on X in the afternoon" (r17)
        events = split_listed_localities(events)  # "blasts in A and B ... In B, a plant burned": B's own record (dev18 B6)
        events = split_listed_strikes(events)  # "shelled A and B. One hurt in B, while in A houses burned": two records (dev31 A10)
        events = heading_into_located_place(events, text)  # "Drone over Y" heading "X, a village outside Y" (dev31 A3)
        place_post_region(events, text, sents)  # "Dear residents of the X region! ... our region was attacked" (dev21 B3)
        events = aggregate_lead_into_towns(events)  # "drones targeted the A and B regions" + a city of each (r15)
        events = town_lead_into_towns(events)  # "drones attacked a refinery in A and a depot near B" + each town (r47)
        events = split_region_totals(events, text)  # "A ... B ... In all, 16 drones were downed over the region" (dev19 B6)
        events = split_regional_shares(events, text)  # "downed 84 drones, 23 of them over the X region" (codebook 3)
        events = split_city_shares(events, text)  # "counted 45 downed, 14 of them over Lviv": the city's (r50)
        events = fold_region_tallies(events)  # "Nine of them fell over the X region." on its one struck town (r26)
        events = drop_tally_events(events, text)  # "the X district was shelled 45 times in 24 hours" (dev19 B3)
        events = drop_unplaced_finds(events, text)  # "Two more bodies were found on Tuesday": no record of its own (r14)
        lend_lead_weapons(events, facts)  # "Overnight Russia attacked with drones ... In Rivne, a plant burned" (dev18 B6)
        lend_wave_to_country_toll(events)  # "... a missile attack, which hit X. 40 were killed across the country" (r21)
        lend_entry_weapons(events, facts, text)  # "**11:20** 45 drones were downed ... A depot caught fire in X" (dev21 B10)
        own_paragraph_weapons(events, text)  # "Drones and missiles pounded the south ... In Odesa, a ballistic missile hit" (r14)
        lend_tally_weapons(events, facts, text)  # "12 drones were downed over the X region ... Falling debris hit Y" (dev32-A7)
        lend_forensic_models(events, facts, text)  # "... a missile hit X. Investigators recovered fragments of a Kh-101" (r19)
        period = summary_period(text, as_of, own_day) if war else None
        date_day_anaphors(events, facts, text)  # "on the same day", "that night": the day told before (dev16 B10)
        day = stream_day(facts, stamps)  # "posted throughout Friday, 13 November": the posts' day (dev30 B1)
        for ev in events:
            ev.date = ev.date or period  # an undated strike of a summary "as of D" on its reporting period
            _date_by_clock(ev, [heads[f.idx].day or day or article.published for f in ev.facts if f.clock] if war else [])
            ev.facts = oldest_update_first(ev.facts, text)  # a newest-first blog: the earliest update's figures (dev19 B9)
            rec = build_attack(ev, text, warnings)
            if rec is not None:
                attacks.append(rec)
        # after building: a nil is read from the record's own and following sentences (dev16 B5)
        attacks = fill_told_nils(lend_barrage_weapons(attacks), text, sents, facts)
        attacks = local_namesakes(attacks, text)  # "Zolochiv" near Kharkiv is the Kharkiv region's (r38b)
        # "five missiles hit X" under "fired 40 missiles" is no launch of X's: grounding.enforce drops it
        # (grounding/hit_counts.py), after grounding, so that a figure it refuses overrides nothing (r15)
        return attacks


def _date_by_clock(ev: Event, days: list[dt.date | None]) -> None:
    """An event nothing dates but a clock time ("shortly before 6 a.m. a bomb hit X"): the day of
    the report (its live-blog entry's, else publication). Read last, so a night or a day told
    in the sentences around it wins."""
    day = next((d for d in days if d is not None), None)
    if ev.date is None and day is not None:
        ev.date = DateSpan(start=day, end=day, text=None, precision=DatePrecision.day)
