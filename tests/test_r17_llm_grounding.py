"""Round 17 (dev31 N1-N4, dev32 A1-A3, A5, B7) on the LLM path: grounding accepts a model's correct
value the article gives in these forms, and still refuses what it does not say. Fresh sentences,
written for these tests (never an evaluation article's).

- N1: a figure "lost to electronic warfare" is jammed, summed with the figure shot down;
- N2: "of which 90 drones and three missiles were downed": each bare part takes the verb after the list;
- N3 / A5: "a pair of" is an exact two;
- N4: "throughout the morning", a bare "the morning", "the previous evening" after a report day;
- A1: one weapon with modifiers as the subject of a hit ("a Russian glide bomb tore through"): launched 1;
- A2: an injury received, suffered, sustained or had ("a pensioner suffered cuts"): injured;
- A3: a minor told by age and a noun of training ("a 16-year-old apprentice"): a child;
- B7: "The visit followed by barely two hours a missile strike": the visit's day; a diplomatic "has just
  spoken" in a live blog: the update's day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.complete import resolve_when
from summariser.grounding.counts import count_support
from summariser.grounding.jamming_sums import jam_pairs
from summariser.numbers import find_numbers
from summariser.records import Qualifier


def _supported(value: int, field: str, text: str) -> bool:
    return bool(count_support(value, field, text, (0, len(text))))


# --------------------------------------------------------------------------- N1: lost to EW

@pytest.mark.parametrize("text,total", [
    ("Of these, 60 were shot down, and 52 more were lost to electronic warfare.", 112),
    ("Gunners downed 40 and 12 more were lost to EW, the command said.", 52),
    ("Of them, 50 were destroyed, while 15 were lost through electronic countermeasures.", 65),
    ("Crews shot down 31 drones and nine were lost as a result of jamming.", 40),
    ("Air defence destroyed 26 drones, and 4 did not reach their targets due to electronic warfare.", 30),
])
def test_lost_to_a_named_electronic_defender_is_jammed(text, total):
    assert [p.total for p in jam_pairs(text, 0, len(text))] == [total]
    assert _supported(total, "weapons[0].intercepted", text)


@pytest.mark.parametrize("text,total", [
    ("Air defence shot down 12 and 9 were lost from radar.", 21),
    ("Air defence shot down 12 and 4 were lost.", 16),
    ("Air defence shot down 12 and 4 were lost, in an area where jamming is common.", 16),
    ("Air defence shot down 12 drones, and 48 were lost on the way; electronic warfare was not used.", 60),
])
def test_lost_with_no_electronic_defender_is_not_summed(text, total):
    assert jam_pairs(text, 0, len(text)) == []
    assert not _supported(total, "weapons[0].intercepted", text)


# --------------------------------------------------------------------------- N2: bare parts

@pytest.mark.parametrize("text,value", [
    ("Russia sent 240 drones and 21 cruise missiles, of which 198 drones and 17 missiles were destroyed.", 198),
    ("Russia sent 240 drones and 21 cruise missiles, of which 198 drones and 17 missiles were destroyed.", 17),
    ("Russia launched 120 drones and 5 missiles, of which 90 drones and three missiles were downed.", 90),
    ("The enemy used 55 Shaheds and 4 Iskanders. Of these, 40 Shaheds and two Iskanders were intercepted.", 40),
    ("Russia launched 20 drones, 9 rockets and 4 glide bombs. Of them, 17 drones, 6 rockets and 2 glide bombs "
     "were shot down.", 6),
])
def test_each_bare_part_takes_the_verb_after_the_list(text, value):
    assert _supported(value, "weapons[0].intercepted", text)


@pytest.mark.parametrize("text,value", [
    ("Russia sent 80 drones and 6 missiles, of which 60 drones hit targets and 4 missiles were downed.", 60),
    ("Russia sent 80 drones and 6 missiles, of which 60 drones were downed and 4 missiles hit targets.", 4),
    ("Russia sent 212 drones and 19 cruise missiles, of which 166 drones and 13 missiles were destroyed.", 212),
])
def test_a_part_with_a_verb_of_its_own_is_no_part_of_the_list(text, value):
    assert not _supported(value, "weapons[0].intercepted", text)


# --------------------------------------------------------------------------- N3 / A5: a pair of

@pytest.mark.parametrize("text,value,qualifier", [
    ("Russia fired a pair of cruise missiles at the port.", 2, Qualifier.exact),
    ("A pair of drones struck the depot before dawn.", 2, Qualifier.exact),
    ("They launched a pair of Kinzhals and 30 drones.", 2, Qualifier.exact),
    ("Dozens of drones flew towards the city.", 24, Qualifier.about),
    ("Hundreds of shells fell on the front line.", 200, Qualifier.about),
    ("Half a dozen rockets hit the outskirts.", 6, Qualifier.about),
])
def test_a_pair_of_is_exact_and_vague_collectives_stay_about(text, value, qualifier):
    first = find_numbers(text, 0, len(text))[0]
    assert (first.value, first.qualifier) == (value, qualifier)


# --------------------------------------------------------------------------- N4: day words

THURSDAY = dt.date(2026, 4, 9)


def _when(words: str, text: str = "", published: dt.date = THURSDAY) -> tuple:
    at = text.find(words) if text else -1
    around = (at, at + len(words)) if at >= 0 else None
    got = resolve_when(words, published, text, around) if around else resolve_when(words, published)
    return got.start, got.end


@pytest.mark.parametrize("words", ["throughout the afternoon", "throughout the morning", "all morning",
                                   "all evening long", "through the afternoon", "the morning", "the evening"])
def test_a_part_of_the_day_with_no_day_is_the_report_day(words):
    assert _when(words) == (THURSDAY, THURSDAY)


@pytest.mark.parametrize("words", ["throughout the war", "throughout the winter of 2023", "the morning after the raid"])
def test_no_part_of_the_day_read_where_none_is_told(words):
    assert _when(words)[0] != THURSDAY


@pytest.mark.parametrize("text,words,day", [
    ("The chancellor said on Wednesday that his call with the Turkish leader the previous evening had gone well.",
     "the previous evening", dt.date(2026, 4, 7)),
    ("Zelensky told reporters on Tuesday he had spoken to Macron the previous evening.",
     "the previous evening", dt.date(2026, 4, 6)),
    ("The envoy said Thursday that talks the day before had been hard.", "the day before", dt.date(2026, 4, 8)),
])
def test_the_previous_evening_counts_back_from_the_day_said_in_its_sentence(text, words, day):
    assert _when(words, text) == (day, day)


# --------------------------------------------------------------------------- A1: one weapon

@pytest.mark.parametrize("text", [
    "A Russian glide bomb tore through a school gym in Kupiansk.",
    "Before dawn an Iranian-designed attack drone crashed into a car park in Lutsk.",
    "A single Kh-59 missile slammed into the rail depot, officials said.",
    "In the afternoon a Ukrainian drone dropped a grenade onto a lorry near Belgorod.",
    "Separately, a guided aerial bomb struck the village of Pisky at about noon.",
    "On Sunday a Ukrainian drone let fall an explosive onto a bus in Horlivka.",
    "An artillery shell landed in the yard of a clinic.",
    "A bomb hit the village.",
])
def test_one_weapon_as_the_subject_of_the_hit_is_launched_one(text):
    assert _supported(1, "weapons[0].launched", text)


@pytest.mark.parametrize("text,field", [
    ("A Russian drone was shot down over the city.", "weapons[0].launched"),
    ("The wreckage of a Russian drone fell on a roof.", "weapons[0].launched"),
    ("A Russian drone factory was hit overnight.", "weapons[0].launched"),
    ("A guided bomb attack hit the city.", "weapons[0].launched"),
    ("A Russian missile alert was declared before a strike hit the city.", "weapons[0].launched"),
    ("A Ukrainian artillery unit hit a depot.", "weapons[0].launched"),
    ("A Russian drone was shot down over the city.", "weapons[0].intercepted"),
])
def test_no_single_weapon_launch_where_none_hit(text, field):
    assert not _supported(1, field, text)


# --------------------------------------------------------------------------- A2: injuries received

@pytest.mark.parametrize("text,value", [
    ("A pensioner suffered cuts to her face when the window blew in.", 1),
    ("Two firefighters sustained burns while tackling the blaze.", 2),
    ("A bus driver, 52, has a concussion and shrapnel in his leg.", 1),
    ("One man received minor cuts from flying glass and was treated at the scene.", 1),
    ("Three workers suffered burns and fractures.", 3),
    ("An elderly man got a broken leg when the roof caved in.", 1),
])
def test_an_injury_received_or_suffered_is_injured(text, value):
    assert _supported(value, "injured", text)


@pytest.mark.parametrize("text,value", [
    ("One building suffered damage.", 1),
    ("One roof sustained cracks.", 1),
    ("Two soldiers received medals.", 2),
    ("The city has suffered one of its worst nights.", 1),
])
def test_no_injury_without_a_bodily_injury_noun(text, value):
    assert not _supported(value, "injured", text)


# --------------------------------------------------------------------------- A3: apprentices

@pytest.mark.parametrize("text,field", [
    ("A shell hit the depot, wounding six, among them a 17-year-old trainee electrician.", "children_injured"),
    ("Drones struck the yard, injuring four, including a 16-year-old apprentice.", "children_injured"),
    ("A missile hit the plant. Two workers died, one of them a 16-year-old intern.", "children_killed"),
    ("A 15-year-old cadet was hurt when debris fell on the school.", "children_injured"),
])
def test_a_minor_told_by_age_and_training_is_a_child(text, field):
    assert _supported(1, field, text)


@pytest.mark.parametrize("text", [
    "Drones struck the yard, injuring four, including a 26-year-old apprentice.",
    "Drones struck the yard, injuring four, including an 18-year-old cadet.",
    "A shell hit a 16-year-old building, injuring a man.",
])
def test_no_child_of_an_adult_or_a_thing(text):
    assert not _supported(1, "children_injured", text)


# --------------------------------------------------------------------------- B7: anchors

TUESDAY = dt.date(2026, 4, 7)
_VISIT = ("The Dutch foreign minister arrived in Kyiv on Tuesday for a two-day trip. "
          "He met his counterpart at noon. ")


@pytest.mark.parametrize("text,words", [
    (_VISIT + "The trip followed by barely three hours a glide bomb attack on Fastiv.", "by barely three hours"),
    (_VISIT + "The visit came just hours after missiles struck a depot in Brovary.", "just hours"),
    (_VISIT + "His arrival was preceded by a few hours by a glide bomb strike on Sumy.", "a few hours"),
])
def test_a_span_of_hours_after_the_anchor_as_subject_is_the_anchors_day(text, words):
    assert _when(words, text, dt.date(2026, 4, 8)) == (TUESDAY, TUESDAY)


@pytest.mark.parametrize("text,words", [
    (_VISIT + "The visit followed months of talks on air defence.", "months"),
    ("Drones struck a depot in Brovary, and the fire burned for a few hours.", "a few hours"),
])
def test_no_anchor_from_a_span_that_follows_no_event_subject(text, words):
    assert _when(words, text, dt.date(2026, 4, 8))[0] != TUESDAY


_BLOG = ("Live: the war on its 1,500th day\n\n"
         "09:10 - Air raid alerts sounded across the east overnight, officials say.\n\n"
         "13:40 - The president writes that he has just talked on the phone to the Polish prime minister. "
         "They discussed Friday's summit, he writes.\n")


def _call_date(when: str, text: str = _BLOG):
    draft = ArticleDraft.model_validate({"diplomacy": [{
        "kind": "phone_call", "participants": ["Ukraine", "Poland"], "when": when,
        "evidence": ["The president writes that he has just talked on the phone to the Polish prime minister."]}]})
    got = draft_to_records(draft, text, published=dt.date(2026, 4, 9))
    return got.diplomacy[0].date


def test_a_diplomatic_present_perfect_in_a_live_blog_is_the_updates_day():
    date = _call_date("has just talked")
    assert date is not None and (date.start, date.end) == (dt.date(2026, 4, 9), dt.date(2026, 4, 9))


def test_no_update_day_outside_a_live_blog():
    text = "The president writes that he has just talked on the phone to the Polish prime minister."
    date = _call_date("has just talked", text)
    assert date is None or date.start is None


# --------------------------------------------------------------------------- N4 on the rules path
# (`cues/diplomacy.yaml` relative_day: the one-line change r17llm made to the rules' cue file)

@pytest.mark.parametrize("text,day", [
    ("Erdogan said on Thursday that his call with Scholz the previous evening had been frank.", dt.date(2026, 3, 4)),
    ("The Polish premier said Friday he had spoken with Zelensky the previous evening.", dt.date(2026, 3, 5)),
    ("Macron said he had spoken by phone with Zelensky the previous afternoon.", dt.date(2026, 3, 6)),
])
def test_rules_date_a_call_the_previous_evening_from_the_day_said(text, day):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from diplomacy_probes import one_record

    rec = one_record(text, published="2026-03-07")
    assert rec.date is not None and (rec.date.start, rec.date.end) == (day, day)
