"""Round-15 loss classes of the LLM path, each in general form with fresh sentences and
negatives: a count opening the sentence after a dateline ending in a month (A1), a phone call
told by an irregular verb (A6), a forward relative day the model wrote as a calendar date (A8).
Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import count_support

PUBLISHED = dt.date(2026, 3, 4)  # a Wednesday


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


# --------------------------------------------------------------------------- A1: dateline + count

AFTER_DATELINE = [
    ("LVIV, 4 March. Six people died when a drone struck a bakery in the Sykhiv district.", 6, "killed"),
    ("ODESA, 12 January. Two teenagers were injured when debris hit a sports hall.", 2, "injured"),
    ("SUMY, 30 June. 8 civilians were wounded by shelling on the city's northern edge.", 8, "injured"),
    ("Kherson, 9 November. Three residents were killed by a drone dropping explosives.", 3, "killed"),
    ("DNIPRO, Aug. 21 (Ukrinform). Five people were hurt as a missile hit a car park.", 5, "injured"),
    ("POLTAVA, 2 May. Eleven cadets were injured at the academy.", 11, "injured"),
    ("CHERNIHIV, 17 December. 4 men died under the rubble of a shop.", 4, "killed"),
    ("KRAMATORSK, 1 April.\nSeven people were wounded in a glide-bomb strike.", 7, "injured"),
    ("ZAPORIZHZHIA, 25 Feb. Nine people were wounded in a morning missile attack.", 9, "injured"),
]


@pytest.mark.parametrize("text, value, field", AFTER_DATELINE)
def test_a_count_after_a_dateline_month_is_a_count(text, value, field):
    assert _kept(value, field, text)


STILL_DATES = [
    ("The talks are set for Nov. 12 in Geneva, and 40 people were injured.", 12, "injured"),
    ("Shelling resumed on March 9 and 15 people were wounded.", 9, "injured"),
    ("The strike came on Sept. 8 and wounded 30 people.", 8, "injured"),
    ("By July 14 the toll of injured stood at 50.", 14, "injured"),
]


@pytest.mark.parametrize("text, value, field", STILL_DATES)
def test_a_day_after_a_month_stays_a_date(text, value, field):
    assert not _kept(value, field, text)


# --------------------------------------------------------------------------- A6: a call by "rang"

def _diplomacy(text: str, kind: str = "phone_call", participants=("Netherlands", "Ukraine")):
    record = {"kind": kind, "participants": list(participants), "evidence": [text], "description": "a call"}
    return draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)


def _no_event(got) -> bool:
    return any("describes no diplomatic event" in r.reason for r in got.rejected)


CALL_BY_IRREGULAR_VERB = [
    "The Dutch defence minister rang her Ukrainian counterpart on Tuesday evening.",
    "On Sunday the Dutch premier rang Zelensky to discuss the gas transit deal.",
    "Zelensky says he has rung the Dutch prime minister twice this week.",
    "The Dutch king is ringing the Ukrainian president later today, his office said.",
    "Rutte rang up the Ukrainian leader minutes after the vote.",
    "The Dutch foreign minister dialled Kyiv as soon as the news broke.",
    "After two days of trying, the Dutch envoy finally got through to the Ukrainian foreign minister.",
    "The Dutch premier will ring Kyiv tomorrow morning.",
    "Asked about Ukraine, the Dutch minister said she rings her counterpart in Kyiv every week.",
]


@pytest.mark.parametrize("sentence", CALL_BY_IRREGULAR_VERB)
def test_a_call_told_by_an_irregular_verb_is_an_event(sentence):
    got = _diplomacy(sentence)
    assert got.diplomacy, got.rejected


NOT_A_CALL = [
    "Air-raid sirens rang out across Odesa as Dutch volunteers unloaded their van.",
    "Church bells rang in Lviv for the fallen, Dutch volunteers among the mourners.",
    "The Dutch minister's words rang hollow in Kyiv.",
    "A Dutch volunteer rang the bell at the Ukrainian field hospital.",
    "His words rang true for many Dutch and Ukrainian veterans.",
    "The bell of the Dutch church rang all night for the Ukrainian dead.",
]


@pytest.mark.parametrize("sentence", NOT_A_CALL)
def test_sirens_bells_and_hollow_words_are_no_call(sentence):
    assert _no_event(_diplomacy(sentence))


# --------------------------------------------------------------------------- A8: "tomorrow" as a date

FORWARD_DAYS = [
    ("The Latvian foreign minister flies to Kyiv tomorrow for the donor meeting.", "2026-03-05"),
    ("Tomorrow the prime ministers of Latvia and Ukraine will sign the security pact in Riga.", "2026-03-05"),
    ("The Latvian envoy will be in Kyiv the day after tomorrow for talks on grain.", "2026-03-06"),
    ("Latvia's president is due in Kyiv tomorrow morning for talks with Zelensky.", "2026-03-05"),
    ("Tomorrow's meeting of the Latvian and Ukrainian defence ministers will take place in Riga.", "2026-03-05"),
    ("Talks between Latvia and Ukraine resume in Riga tomorrow, the ministry said.", "2026-03-05"),
    ("- Tomorrow: Latvian and Ukrainian premiers meet in Riga", "2026-03-05"),
    ("Q: When will the Latvian minister visit Kyiv? A: The day after tomorrow.", "2026-03-06"),
]


def _planned(text: str, when: str):
    record = {"kind": "meeting", "status": "planned", "participants": ["Latvia", "Ukraine"], "evidence": [text],
              "description": "talks", "when": when}
    return draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)


@pytest.mark.parametrize("sentence, day", FORWARD_DAYS)
def test_a_calendar_day_for_tomorrow_is_the_articles_tomorrow(sentence, day):
    got = _planned(sentence, day)
    assert got.diplomacy, got.rejected
    assert got.diplomacy[0].date is not None and str(got.diplomacy[0].date.start) == day


WRONG_FORWARD_DAYS = [
    ("The Latvian foreign minister flies to Kyiv tomorrow for the donor meeting.", "2026-03-07"),
    ("The Latvian envoy will be in Kyiv the day after tomorrow for talks on grain.", "2026-03-05"),
    ("The Latvian and Ukrainian ministers met in Riga, and will meet again soon.", "2026-03-05"),
]


@pytest.mark.parametrize("sentence, day", WRONG_FORWARD_DAYS)
def test_a_calendar_day_the_words_do_not_give_stays_refused(sentence, day):
    got = _planned(sentence, day)
    assert not got.diplomacy or got.diplomacy[0].date is None


# --------------------------------------------------------------------------- A2: a verbless launch fragment

FRAGMENTS = [
    ("Russian jets dropped glide bombs on Druzhkivka at noon. Three of them, the mayor says.", 3),
    ("The enemy fired missiles at the port before dawn. Four ballistic missiles, according to the southern command.", 4),
    ("Drones came in over the river after midnight. Twelve Shaheds in all, the governor reports.", 12),
    ("Russia launched cruise missiles at Lviv region overnight. Six Kalibrs, the regional head said.", 6),
    ("Attack drones were launched at Poltava from the north. According to the air force, 17 drones.", 17),
    ("Russian aircraft dropped guided bombs on Kupiansk again. Five guided bombs, police say.", 5),
    ("Moscow fired rockets at Nikopol across the reservoir. Twenty rockets in total — the district head says.", 20),
    ("The army said Russia launched Shahed drones against Sumy. 31 drones, the air force reported.", 31),
]


@pytest.mark.parametrize("text, value", FRAGMENTS)
def test_a_verbless_count_after_a_launch_sentence_is_launched(text, value):
    assert _kept(value, "weapons[0].launched", text)


NO_FRAGMENT = [
    ("Russian jets dropped glide bombs on Druzhkivka. Three ambulances, the mayor says.", 3),
    ("Russian jets dropped glide bombs on the town. Two residents, a doctor says, are in intensive care.", 2),
    ("Russia fired 40 drones at Odesa overnight. Twelve Shaheds, the navy says.", 12),  # the launch is counted
    ("Russian jets dropped glide bombs on the town. Four missiles, according to the southern command.", 4),  # another family
    ("Repairs at the port went on all week. Four ballistic missiles, according to the southern command.", 4),  # no launch
]


@pytest.mark.parametrize("text, value", NO_FRAGMENT)
def test_people_objects_a_counted_launch_or_another_weapon_are_no_fragment_launch(text, value):
    assert not _kept(value, "weapons[0].launched", text)
