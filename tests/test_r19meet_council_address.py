"""r19 (dev35 D4 and its LLM twin L1): a person briefing or addressing an organisation's standing
body at its sitting, in person or by video link, is that organisation's meeting (codebook 14);
the rules' meeting phrases and grounding's event check read one vocabulary
(`lexicon.diplomacy.COUNCIL_ADDRESS`). Every sentence is written fresh for these tests."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.grounding.events import describes_event
from summariser.records import DiplomacyKind as K, DiplomacyStatus as S, Span


@pytest.mark.parametrize("text, status, side", [
    ("The agency's director will brief an emergency session of the UN General Assembly on Thursday about the plant.", S.planned, "United Nations"),
    ("Kyiv's foreign minister is to address the OSCE Permanent Council in Vienna next week.", S.planned, "OSCE"),
    ("The IAEA head is due to brief the 15-member UN Security Council on Friday about the inspection.",
     S.planned, "United Nations"),
    ("Moldova's president addressed a special sitting of the UN General Assembly on Tuesday evening.", S.held, "United Nations"),
])
def test_briefing_or_addressing_a_council_is_its_meeting(text, status, side):
    rec = one_record(text)
    assert rec.kind is K.meeting and rec.status is status and side in rec.participants


@pytest.mark.parametrize("text", [
    "Speaking by video link, the Ukrainian president addressed an emergency session of the UN Security Council on Monday.",
    "The Ukrainian president addressed an emergency sitting of the UN Security Council by video link on Monday.",
    "Via video, Ukraine's prime minister briefed a special session of the UN General Assembly on Tuesday.",
])
def test_a_medium_is_how_one_takes_part_not_a_call(text):
    rec = one_record(text)
    assert rec.kind is K.meeting and "United Nations" in rec.participants and "Ukraine" in rec.participants


@pytest.mark.parametrize("text", [
    "Zelensky addressed the nation by video on Sunday evening.",
    "The minister addressed a letter to the UN Security Council on Friday.",
    "The general briefed reporters in Kyiv on Tuesday.",
    "The mayor addressed the city council on Monday about the heating.",
])
def test_near_misses_are_no_gathering(text):
    assert diplomacy_of(text) == []


def test_a_video_call_between_two_leaders_stays_a_call():
    rec = one_record("The Polish and Ukrainian presidents held a video call on Monday.")
    assert rec.kind is K.phone_call


def _span(text: str, part: str) -> Span:
    i = text.index(part)
    return Span(text=part, start=i, end=i + len(part))


@pytest.mark.parametrize("sentence, event", [
    ("The agency chief should brief the Security Council at its Friday sitting on her findings.", True),
    ("Ukraine's envoy will address an emergency meeting of the OSCE Permanent Council on Thursday.", True),
    ("The agency chief will address a letter to the Security Council this week.", False),
    ("The general briefed reporters in the capital on Friday.", False),
])
def test_grounding_reads_a_council_briefing_as_an_event(sentence, event):
    text = "Headline of the day\n\n" + sentence
    assert describes_event([_span(text, sentence)], text) is event
