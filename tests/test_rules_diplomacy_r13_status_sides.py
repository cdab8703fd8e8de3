"""Round 13 (2 December, midday), diplomacy status, dates, sides, kinds and venues: families described by
the dev23 and dev24 analysts (dev23 C2, C3, C4, C8; dev24 C2, C4, C5, C6), each told here in fresh
invented sentences of several phrasings, with near-misses that must not change. Published on a
Wednesday (4 March 2026): "on Tuesday" gone by is 3 March, ahead it is 10 March."""

from __future__ import annotations

import datetime as dt

import pytest
from diplomacy_probes import (day_2026 as _d, diplomacy_of, start_day as _day, wednesday_record as _one,
                              wednesday_records as _recs)

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- dev23 C2: a past event in a time frame
# The event's own verb is past; the modal of the main clause, or of a clause after a colon, tells the
# outcome, not the event: held, its weekday the one gone by.

@pytest.mark.parametrize("text, day", [
    ("By the time Orban and Fico met Zelensky in Bratislava on Tuesday, the declaration had been agreed: "
     "the fund would grow.", _d(3, 3)),
    ("By the time Fiala met Zelensky in Prague on Tuesday, the communique had been agreed: the fund would grow.",
     _d(3, 3)),
    ("By the time the two foreign ministers, Sikorski and Sybiha, met in Warsaw on Sunday, the package had been "
     "approved: it would cover drones.", _d(3, 1)),
    ("Long before Starmer hosted Zelensky in London on Thursday, aides had drafted a plan that would cover the "
     "winter.", _d(2, 26)),
    ("Orban met Zelensky in Budapest on Tuesday: the two would meet again in spring.", _d(3, 3)),
    ("When Macron met Merz in Berlin on Monday, both sides knew the text would need more work.", _d(3, 2)),
    ("Once Erdogan spoke with Putin by phone on Saturday, the Turkish side announced that talks would resume.",
     _d(2, 28)),
    ("The presidents of Latvia and Finland met in Vilnius on Friday knowing the deal would not be signed.",
     _d(2, 27)),
    ("Merz hosted Zelensky in Berlin on Monday, hoping the package would follow soon.", _d(3, 2)),
])
def test_dev23_c2_a_past_event_in_a_time_frame_is_held_on_the_day_gone_by(text, day):
    rec = _one(text)
    assert rec.status is S.held and _day(rec) == day


@pytest.mark.parametrize("text, day", [
    ("By the time Orban and Fico meet Zelensky in Bratislava on Tuesday, the text will be ready.", _d(3, 10)),
    ("When Rutte meets Zelensky in Kyiv on Monday, the alliance will announce more Patriots.", _d(3, 9)),
    ("Rutte will meet Zelensky in Kyiv on Monday: the alliance is expected to announce more Patriots.", _d(3, 9)),
    ("After Tsahkna and Sybiha hold talks in Tallinn on Friday, officials will publish the plan.", _d(3, 6)),
    ("Merz will host Zelensky in Berlin on Monday, hoping the package would follow soon.", _d(3, 9)),
])
def test_dev23_c2_near_misses_an_event_still_to_come_stays_planned(text, day):
    rec = _one(text)
    assert rec.status is S.planned and _day(rec) == day


# ---------------------------------------------------------------- dev23 C3, dev24 C2: the subject's main verb
# An event noun that opens the sentence takes its status from its own main verb, past a long subject
# (a participle "mediated by", a relative clause, asides between commas); a day in an aside about its
# history ("postponed last month", "agreed on Monday") is not its day.

@pytest.mark.parametrize("text, status, span", [
    ("The fifth round of talks between Russia and Ukraine in Istanbul, which had been set for late April, was "
     "put off at the last minute; no new date was given.", S.stalled, (_d(4, 1), _d(4, 30))),
    ("The meeting of Ukrainian and American security advisers, which had been due in Jeddah next week, has "
     "been delayed with no date fixed.", S.stalled, (_d(3, 9), _d(3, 15))),
    ("Talks mediated by Qatar between Russia and Ukraine on returning deported children have been frozen "
     "since January.", S.stalled, None),
    ("Negotiations hosted by Turkey between Moscow and Kyiv on a grain corridor have stalled since the "
     "autumn, diplomats said.", S.stalled, None),
    ("A round of talks between Ukraine and Russia in Geneva next week, provisionally agreed on Monday, was "
     "called off.", S.cancelled, (_d(3, 9), _d(3, 15))),
    ("The talks between Russia and Ukraine, postponed last month, will now open in Istanbul on 3 June.",
     S.planned, (_d(6, 3), _d(6, 3))),
    ("Talks facilitated by Switzerland between Russia and Ukraine on nuclear safety at the plant have been "
     "suspended since the summer.", S.stalled, None),
])
def test_dev23_c3_dev24_c2_status_from_the_subjects_main_verb(text, status, span):
    rec = _one(text)
    assert rec.status is status
    if span is not None:
        assert rec.date is not None and (rec.date.start, rec.date.end) == span


@pytest.mark.parametrize("text, status", [
    ("The round of talks between Russia and Ukraine in Istanbul was not postponed despite the strikes.", S.held),
    ("Talks between Russia and Ukraine brokered by Turkey were held in Istanbul on Monday.", S.held),
    ("Talks between Russia and Ukraine that had stalled since January resumed in Istanbul on Tuesday.", S.held),
    ("Talks between Ukraine and Russia in Riyadh, scheduled for early June, were postponed indefinitely.",
     S.stalled),  # left to the status cues: postponed with no new date (codebook 16)
])
def test_dev23_c3_dev24_c2_near_misses(text, status):
    assert _one(text).status is status


# ---------------------------------------------------------------- dev23 C4: aid told as money spent
# "<donor> will spend <sum> on <cargo> for Ukraine": military aid, held (a pledge made now).

@pytest.mark.parametrize("text, donor", [
    ("Madrid will spend another 300 million euros on drones for Ukraine, the defence minister said on Friday.",
     "Spain"),
    ("Belgium would spend 200 million euros on artillery shells for Ukraine, its defence minister said on Monday.",
     "Belgium"),
    ("Denmark is spending 1.2 billion kroner on Ukrainian-made howitzers for Kyiv's army, its defence minister "
     "said on Sunday.", "Denmark"),
    ("Sweden will spend SEK 400 million on demining equipment for Ukraine, the government said on Monday.",
     "Sweden"),
    ("Japan spent $30 million on generators for Ukraine last week, Tokyo said.", "Japan"),
    ("The Dutch government will spend €250m on long-range drones for the Ukrainian army, it said on Tuesday.",
     "Netherlands"),
])
def test_dev23_c4_money_spent_on_a_cargo_for_ukraine_is_aid(text, donor):
    rec = _one(text)
    assert rec.kind is K.military_aid and rec.status is S.held and {donor, "Ukraine"} <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "Britain will spend £2bn on its own air defence.",
    "Spain could spend more on Ukraine, the minister said.",
    "Britain has spent £12bn on Ukraine since 2022.",
    "Poland will spend 5% of its GDP on defence next year.",
])
def test_dev23_c4_near_misses_spending_at_home_or_in_aggregate_is_no_aid(text):
    assert not [r for r in _recs(text) if r.kind is K.military_aid]


# ---------------------------------------------------------------- dev24 C4: a summons without "summon"

@pytest.mark.parametrize("text, sides", [
    ("Romania called Russia's charge d'affaires in on Wednesday over the drone debris.", {"Romania", "Russia"}),
    ("Lithuania's foreign ministry called the Russian ambassador in on Monday to protest against the airspace "
     "violation.", {"Lithuania", "Russia"}),
    ("Poland invited the Belarusian ambassador for an explanation on Monday.", {"Poland", "Belarus"}),
    ("Moldova invited the Russian ambassador to the foreign ministry for explanations on Tuesday.",
     {"Moldova", "Russia"}),
    ("Estonia handed the Russian envoy a note of protest on Friday.", {"Estonia", "Russia"}),
    ("Finland called the Russian envoy in on Thursday after the drone crossed its border.", {"Finland", "Russia"}),
])
def test_dev24_c4_a_summons_told_without_the_word(text, sides):
    rec = _one(text)
    assert rec.kind is K.diplomatic_protest and rec.status is S.held and sides <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "Poland called on Russia to withdraw its troops.",
    "The ambassador called in to a radio show on Monday.",
    "The mayor called in firefighters on Monday.",
    "Poland invited the Belarusian ambassador to a reception on Monday.",
])
def test_dev24_c4_near_misses_no_summons(text):
    assert not [r for r in _recs(text) if r.kind is K.diplomatic_protest]


# ---------------------------------------------------------------- dev23 C8: participants leaking in
# (a) a state named in a clause of its own after the event ("as", "while"); (b) a state that only looks
# on; (c) "both countries" resolved past a sentence naming a third state only as a place.

@pytest.mark.parametrize("text, sides", [
    ("Canada announced fresh sanctions against Russia on Thursday as Moldovan officials counted the damage from "
     "a drone that crashed near the border.", ["Canada", "Russia"]),
    ("The EU unveiled a new package of sanctions on Russia on Monday, as a Ukrainian grain terminal burned after "
     "a strike.", ["European Union", "Russia"]),
    ("Japan imposed new sanctions on Moscow on Tuesday, while Polish farmers blocked the border.",
     ["Japan", "Russia"]),
    ("Australia added 40 Russian tankers to its sanctions list on Wednesday, while Georgian police detained "
     "protesters in Tbilisi.", ["Australia", "Russia"]),
    ("Macron visited Chisinau on Monday, a visit that Moscow watched warily.", ["France", "Moldova"]),
    ("Rubio met Lavrov in Riyadh on Tuesday as Kyiv looked on.", ["Russia", "United States"]),
])
def test_dev23_c8_a_state_in_a_clause_of_its_own_or_looking_on_is_no_side(text, sides):
    assert sorted(_one(text).participants) == sorted(sides)


@pytest.mark.parametrize("text, sides", [
    ("Ukraine and Russia swapped 90 prisoners each. The Russians were flown to Belarus first. Negotiators from "
     "both countries will meet in Doha on 2 April.", {"Ukraine", "Russia", "Qatar"}),
    ("Ukraine and Russia exchanged 150 prisoners on Sunday. The Ukrainians were first taken to Belarus. The two "
     "countries' delegations will meet in Istanbul on 9 March.", {"Ukraine", "Russia", "Turkey"}),
])
def test_dev23_c8_numbered_sides_skip_a_state_named_only_as_a_place(text, sides):
    talks = [r for r in _recs(text) if r.kind is K.talks]
    assert len(talks) == 1 and set(talks[0].participants) == sides


@pytest.mark.parametrize("text, kept", [
    ("Britain and Canada sanctioned Russian shipping firms on Tuesday, as did Australia.", "Australia"),
    ("Rubio met Lavrov in Riyadh on Tuesday as well as Saudi officials.", "Saudi Arabia"),
    ("Kyiv joined the talks between Washington and Moscow by video link on Monday.", "Ukraine"),
])
def test_dev23_c8_near_misses_a_side_stays(text, kept):
    assert kept in _one(text).participants


# ---------------------------------------------------------------- dev24 C5: dates from the reporting day
# (a) an event in the pluperfect inside what was said on a day: that day (lead's ruling G2); (b) aid
# with no day of its own, then the donor's own official speaking on a day: that day.

@pytest.mark.parametrize("text, day", [
    ("Zelensky said on Thursday evening he had spoken with the Polish president about grain.", _d(2, 26)),
    ("The Kremlin said on Monday that Putin had held a phone call with Erdogan.", _d(3, 2)),
    ("Sybiha said on Tuesday that he had talked by phone with his Estonian counterpart about air defence.",
     _d(3, 3)),
    ("Macron's office said on Sunday that he had spoken with Starmer by phone.", _d(3, 1)),
    ("Norway announced a new aid package worth 2 billion kroner. Its defence minister said on Tuesday in Oslo "
     "that the first deliveries would come in May.", _d(3, 3)),
    ("Sweden unveiled a fresh military aid package for Ukraine worth SEK 1 billion. Swedish Defence Minister Pal "
     "Jonson said on Friday that the air defence systems would arrive by summer.", _d(2, 27)),
])
def test_dev24_c5_the_reporting_day_dates_the_event(text, day):
    assert _day(_one(text)) == day


@pytest.mark.parametrize("text, day", [
    ("Erdogan said on Monday he would call Putin.", None),
    ("Norway announced a new aid package worth 2 billion kroner. Poland's defence minister said on Tuesday that "
     "the first deliveries would come in May.", None),
    ("The Kremlin said on Monday that Putin had spoken with Erdogan on Saturday.", _d(2, 28)),
])
def test_dev24_c5_near_misses_a_plan_another_states_official_or_an_own_day(text, day):
    assert _day(_one(text)) == day


# ---------------------------------------------------------------- dev24 C6: a summit's venue told later

@pytest.mark.parametrize("text, city", [
    ("A summit of Spanish, Portuguese and Ukrainian leaders was held at the Palacio de Liria on Thursday. "
     "Sanchez told reporters after the Madrid summit that the fund would grow.", "Madrid"),
    ("Sanchez hosted a summit with the leaders of Portugal and Ukraine at the Palacio de Liria on Thursday. "
     "After the Madrid summit, Sanchez said the fund would grow.", "Madrid"),
    ("A summit of Spanish, Portuguese and Ukrainian leaders was held at the Palacio de Liria on Thursday. The "
     "fund would grow, Sanchez said on the day the leaders gathered in Madrid.", "Madrid"),
])
def test_dev24_c6_a_summits_city_told_later_is_its_venue(text, city):
    summits = [r for r in _recs(text) if r.kind is K.summit]
    assert summits and summits[0].location is not None and summits[0].location.name == city


def test_dev24_c6_near_miss_another_summit_of_that_city_is_no_venue():
    text = ("A summit of Spanish, Portuguese and Ukrainian leaders was held at the Palacio de Liria on Thursday. "
            "A Madrid summit is planned for next year.")
    held = [r for r in _recs(text) if r.kind is K.summit and r.status is S.held]
    assert len(held) == 1 and held[0].location is None


# A plan called off now, its weekday set by a plan word: the weekday is still ahead, even when it
# comes earlier in the week than the report (published on a Friday: the coming Monday or Tuesday).
_FRIDAY = "2026-05-15"


@pytest.mark.parametrize("text, day", [
    ("Talks between Ukraine and Russia, which had been scheduled to open in Vienna on Monday, have been "
     "postponed, Austrian officials said.", "2026-05-18"),
    ("A meeting of the Polish and Ukrainian foreign ministers set for Tuesday in Lublin has been called off.",
     "2026-05-19"),
    ("Talks between Moldova and Romania due in Chisinau on Monday have been put off, with no new date.",
     "2026-05-18"),
])
def test_a_plan_called_off_now_keeps_its_coming_weekday(text, day):
    recs = diplomacy_of(text, published=_FRIDAY)
    assert len(recs) == 1 and recs[0].status in (S.stalled, S.cancelled)
    assert _day(recs[0]) == dt.date.fromisoformat(day)


@pytest.mark.parametrize("text, day", [
    # called off in the past, or with no plan word: the weekday gone by stays
    ("Talks between Ukraine and Russia in Vienna on Monday were cancelled at the last minute.", "2026-05-11"),
    ("Talks between Ukraine and Russia scheduled for Monday were postponed last week.", "2026-05-11"),
])
def test_a_plan_called_off_in_the_past_keeps_the_weekday_gone_by(text, day):
    recs = diplomacy_of(text, published=_FRIDAY)
    assert len(recs) == 1
    assert _day(recs[0]) == dt.date.fromisoformat(day)


# A currency sign right after the recipient is the sum's, not a reason to drop the recipient; a
# currency prefix glued to the sign ("US$") is still part of the sum.
@pytest.mark.parametrize("text, donor", [
    ("Belgium handed Ukraine €25 million for generators, its foreign minister said on Monday.", "Belgium"),
    ("Norway gave Ukraine $40 million for demining on Monday.", "Norway"),
    ("Denmark sent Ukraine £30m for grid repairs on Tuesday.", "Denmark"),
    ("On Friday Austria granted Ukraine € 12 million in humanitarian aid.", "Austria"),
])
def test_a_recipient_before_a_currency_sign_stays_a_side(text, donor):
    rec = _one(text)
    assert {donor, "Ukraine"} <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "Japan pledged US$145 million to Ukraine for reconstruction on Monday.",
    "Japan pledged US $145 million to Ukraine for reconstruction on Monday.",
])
def test_a_currency_prefix_is_no_side(text):
    assert set(_one(text).participants) == {"Japan", "Ukraine"}
