"""Round-15 class A3: the place a broadcast script or transcript is about, named after its stage
lines and greetings, is the place of a strike its later sentences tell without naming a town
("at the far end of town", "in the centre of the town"). A strike whose sentence names another
town, or an ordinary story whose lead names no place, is not given that place. Every sentence
is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.news_lead import opener

PUBLISHED = dt.date(2026, 9, 3)


def _attack(text: str, quote: str, place: str):
    record = {"kind": "shelling", "places": [place], "evidence": [quote]}
    return draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=PUBLISHED)


def _place(got) -> str | None:
    return got.attacks[0].locations[0].name if got.attacks and got.attacks[0].locations else None


SCRIPTS = [
    ("[PRESENTER]\nGood morning.\nOur top story is from Pokrovsk.\nPower is still out in two districts.\n"
     "Overnight a drone hit a bus depot at the far end of town.", "Overnight a drone hit a bus depot at the far end of town.",
     "Pokrovsk"),
    ("[STUDIO] Hello and welcome.\n\nWe begin in Nikopol.\nThe river crossing closed at noon.\n"
     "A shell landed near the market in the centre of town; two men were hurt.",
     "A shell landed near the market in the centre of town; two men were hurt.", "Nikopol"),
    ("ANCHOR: Good evening, thanks for joining us.\nREPORTER: Tonight we are in Kherson.\nThe streets are empty.\n"
     "Just before six a mortar round struck a kiosk on the edge of the town.",
     "Just before six a mortar round struck a kiosk on the edge of the town.", "Kherson"),
    ("(LIVE)\nGood evening from Sumy.\nSirens sounded twice this afternoon.\nA guided bomb fell on a school yard in the north of town.",
     "A guided bomb fell on a school yard in the north of town.", "Sumy"),
    ("[MUSIC]\n[ANCHOR ON CAMERA]\nWelcome back.\nIn Zaporizhzhia, people queued for water all day.\n"
     "Officials said repairs would take a week.\nAt dawn a missile hit an industrial site on the city's edge.",
     "At dawn a missile hit an industrial site on the city's edge.", "Zaporizhzhia"),
    ("HOST: Hi everyone, you're listening to the morning briefing.\nOur correspondent is in Kramatorsk.\n"
     "Residents swept glass from the pavements.\nOvernight a glide bomb struck a block of flats downtown.",
     "Overnight a glide bomb struck a block of flats downtown.", "Kramatorsk"),
    ("[VT]\nGood afternoon, I'm Olena Bondar.\nWe start in Kupiansk.\nEvacuation buses left at nine.\n"
     "A drone then hit a petrol station near the bridge.", "A drone then hit a petrol station near the bridge.", "Kupiansk"),
    ("[OPENING TITLES]\nGood evening.\nThis is the news from Izium.\nThe market reopened on Monday.\n"
     "Late on Tuesday a shell hit a garage in the western part of town.",
     "Late on Tuesday a shell hit a garage in the western part of town.", "Izium"),
]


@pytest.mark.parametrize("text, quote, place", SCRIPTS)
def test_a_scripts_place_after_its_openers_places_a_strike_told_without_a_town(text, quote, place):
    assert _place(_attack(text, quote, place)) == place


NOT_THIS_PLACE = [
    # another town named in the strike's own sentence
    ("[STUDIO] Hello and welcome.\nWe begin in Nikopol.\nThe river crossing closed at noon.\n"
     "In Marhanets, a shell struck a workshop at the edge of town.", "In Marhanets, a shell struck a workshop at the edge of town.",
     "Nikopol"),
    # an ordinary story: the lead names no place, the place comes later in another strike's sentence
    ("Power cuts spread across the east on Tuesday.\nRepair crews worked through the night.\n"
     "Officials in Pokrovsk said water was back.\nSchools stay shut this week.\nBread prices rose again.\n"
     "A drone hit a bus depot at the far end of town.",
     "A drone hit a bus depot at the far end of town.", "Pokrovsk"),
]


@pytest.mark.parametrize("text, quote, place", NOT_THIS_PLACE)
def test_another_town_or_a_story_without_a_lead_place_gives_no_place(text, quote, place):
    assert _place(_attack(text, quote, place)) != place


@pytest.mark.parametrize("line, told", [
    ("[PRESENTER]", False), ("Good evening and welcome.", False), ("ANCHOR: Welcome back.", False),
    ("Good evening from Kherson.", False), ("We begin in Nikopol.", True),
    ("Hello residents of Sumy: a shell hit the market, three people were hurt and the bridge is closed.", True),
    ("This morning a drone hit a depot.", True),
])
def test_an_opener_is_a_stage_line_or_a_short_greeting(line, told):
    assert opener(line) is (not told)
