"""dev20's LLM-path loss classes (round 11, r11llm), each in general form with fresh sentences
written for this file (several phrasings, places and numbers per class, and negatives):

- A2: a passive tally header ("The following were spotted by radar units:", "... recorded, as
  follows:") gives its bullets the launch role, and a split after a colon ("14 missiles: 6 Kinzhal
  and 8 Kalibr") inherits its total's role, whatever tally verb gave the total.
"""

from __future__ import annotations

import pytest

from summariser.grounding import count_support


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


# --------------------------------------------------------------------------- A2: passive tally headers

SPOTTED = "The following were spotted by radar units:\n- 210 Geran drones;\n- 14 missiles: 6 Kinzhal and 8 Kalibr."
FOLLOWED = "The following were recorded and followed by air surveillance crews:\n- 95 Shahed drones;\n- 31 missiles."
AS_FOLLOWS = "Overnight attack weapons were recorded, as follows:\n- 120 drones;\n- 9 missiles: 4 Kh-22 and 5 Iskander-M."
DETECTED = "The following were detected by the air force:\n• 77 strike drones\n• 11 cruise missiles"
TALLY_LAUNCHES = [  # (text, launched count)
    (SPOTTED, 210), (SPOTTED, 14), (SPOTTED, 6), (SPOTTED, 8),
    (FOLLOWED, 95), (FOLLOWED, 31),
    (AS_FOLLOWS, 9), (AS_FOLLOWS, 4), (AS_FOLLOWS, 5),
    (DETECTED, 77), (DETECTED, 11),
    ("Radar posts registered 33 missiles: 20 Kh-59 and 13 Iskander-M, the command said.", 20),
    ("Radar posts registered 33 missiles: 20 Kh-59 and 13 Iskander-M, the command said.", 13),
    ("Air defence tracked 40 missiles: 10 Kinzhal and 30 Kalibr overnight.", 30),
]


@pytest.mark.parametrize("text, value", TALLY_LAUNCHES)
def test_a_tally_header_gives_its_items_the_launch(text, value):
    assert _kept(value, "weapons[0].launched", text)


NOT_LAUNCHED = [  # (text, value that is no launch)
    ("The following were destroyed:\n- 80 drones;\n- 6 missiles.", 6),
    ("The following were destroyed:\n- 14 missiles: 6 Kinzhal and 8 Kalibr.", 8),
    ("Radar units spotted and destroyed the following:\n- 25 drones;\n- 3 missiles.", 3),
    ("Crews shot down 40 missiles: 10 Kinzhal and 30 Kalibr.", 30),
    ("The following regions were affected:\n- 12 villages in Sumy;\n- 3 towns.", 3),
    ("Injuries were recorded as follows:\n- 4 adults;\n- 2 children.", 2),
]


@pytest.mark.parametrize("text, value", NOT_LAUNCHED)
def test_a_downing_or_placeless_header_gives_no_launch(text, value):
    assert not _kept(value, "weapons[0].launched", text)


# --------------------------------------------------------------------------- A3: children listed by age

LISTED_CHILDREN = [  # (text, field, children)
    ("Among the wounded were a boy of eight and his 15-year-old cousin, the hospital said.", "children_injured", 2),
    ("Shelling hit Kherson overnight. Among the injured are Olena, a pupil of 7, and her 12-year-old brother.",
     "children_injured", 2),
    ("Among those hurt were a 9-year-old schoolboy and his sister of 14.", "children_injured", 2),
    ("Among the dead were a boy of 10 and his 16-year-old sister, the mayor wrote.", "children_killed", 2),
    ("Among the injured are a woman of 40, a boy of 5 and his 13-year-old sister.", "children_injured", 2),
    ("Among the killed was a girl of six.", "children_killed", 1),
    ("Shelling wounded four people in Kherson, a boy of 11 included.", "children_injured", 1),
    ("Five were hurt in Kherson; a girl of six was among them.", "children_injured", 1),
    ("Three people were injured in Kherson, and the injured included a boy of 13.", "children_injured", 1),
    ("Two residents of Kherson died, a girl of 15 included, the governor said.", "children_killed", 1),
]


@pytest.mark.parametrize("text, field, value", LISTED_CHILDREN)
def test_children_listed_by_age_count_under_a_role_frame(text, field, value):
    assert _kept(value, field, text)


NOT_LISTED_CHILDREN = [  # (text, field, value that must not be read)
    ("Among the wounded were a man of 40 and his 19-year-old son.", "children_injured", 2),
    ("Among the wounded were a man of 40 and his 19-year-old son.", "children_injured", 1),
    ("Among the wounded were a boy of eight and his 15-year-old cousin.", "children_killed", 2),
    ("Among the rescuers were a boy of 16 and his 17-year-old brother.", "children_injured", 2),
    ("A girl of six was among those evacuated from Kherson.", "children_injured", 1),
    ("Four people were wounded in Kherson, a teacher of 45 included.", "children_injured", 1),
    ("Among the injured are Olena, a pupil of 7, and her 12-year-old brother.", "children_injured", 3),
]


@pytest.mark.parametrize("text, field, value", NOT_LISTED_CHILDREN)
def test_adults_or_other_roles_are_no_listed_children(text, field, value):
    assert not _kept(value, field, text)


# --------------------------------------------------------------------------- 3: gaps the rules side reads

FATE_COUNTS = [  # (text, field, value)
    ("The lone missile launched at Odesa struck a warehouse.", "weapons[0].launched", 1),
    ("The single drone launched overnight hit a power line in Sumy.", "weapons[0].launched", 1),
    ("A lone Iskander fired at Dnipro hit an office block.", "weapons[0].launched", 1),
    ("Only a single missile was launched, and it fell near the port.", "weapons[0].launched", 1),
    ("The missiles could not be stopped and hit the port.", "weapons[0].intercepted", 0),
    ("The drones could not be intercepted, the air force said.", "weapons[0].intercepted", 0),
    ("Both Kinzhals couldn't be shot down over the capital.", "weapons[0].intercepted", 0),
    ("None was stopped: all four drones reached the city.", "weapons[0].intercepted", 0),
    ("Two civilians were killed and 8 injured when shells fell on the market.", "injured", 8),
    ("One man was killed and five hurt as drones struck Kharkiv.", "injured", 5),
    ("Four people were killed and 11 wounded after rockets hit a bus stop.", "injured", 11),
]


@pytest.mark.parametrize("text, field, value", FATE_COUNTS)
def test_a_fate_or_a_toll_before_a_clause_grounds_its_count(text, field, value):
    assert _kept(value, field, text)


NOT_FATE_COUNTS = [  # (text, field, value that must not be read)
    ("The lone survivor launched an appeal.", "weapons[0].launched", 1),
    ("The lone missile of the four that reached Kyiv hit a depot.", "weapons[0].launched", 1),
    ("Some of the drones could not be stopped.", "weapons[0].intercepted", 0),
    ("The fire could not be stopped for hours.", "weapons[0].intercepted", 0),
    ("Two civilians were killed and 8 injured when shells fell on the market.", "killed", 8),
    ("Two civilians were killed and 8 injured when shells fell on the market.", "weapons[0].launched", 8),
]


@pytest.mark.parametrize("text, field, value", NOT_FATE_COUNTS)
def test_a_part_of_a_wave_or_another_noun_grounds_no_fate(text, field, value):
    assert not _kept(value, field, text)


# --------------------------------------------------------------------------- A1: the region of a post

def _place_kept(text: str, evidence: str, place: str) -> bool:
    import datetime as dt

    from summariser.backends.drafts_to_records import draft_to_records
    from summariser.backends.llm import ArticleDraft

    draft = ArticleDraft.model_validate({"attacks": [{"kind": "drone", "places": [place], "evidence": [evidence]}]})
    records = draft_to_records(draft, text, published=dt.date(2027, 4, 8)).attacks
    return bool(records) and bool(records[0].locations)


# the region is told only in the post's opening lines, after a title and a date: no lead sentence names it
CALM = "\n\nThe night was restless again. Sirens sounded twice before dawn, and crews stayed on duty.\n\n"
GREETED = ("Daily update from the governor.\nWednesday, 4 March.\nDear residents of the Kursk region!" + CALM
           + "During the entire day, air defence units destroyed 17 drones above the region.")
TITLED = ("Governor's post. Evening summary. Friends in the Belgorod region," + CALM
          + "Throughout the day, duty crews downed 9 UAVs across the oblast.")
OURS = ("Evening report.\nSunday, 8 March.\nTo everyone in the Bryansk region:" + CALM
        + "In the course of the past day air defence intercepted four drones over our region.")
HEADED = ("Morning note. Briefly. ORYOL REGION" + CALM
          + "Drones were shot down over the whole region tonight, the duty service said.")
POST_REGIONS = [  # (text, evidence sentence, place)
    (GREETED, "During the entire day, air defence units destroyed 17 drones above the region.", "Kursk region"),
    (TITLED, "Throughout the day, duty crews downed 9 UAVs across the oblast.", "Belgorod region"),
    (OURS, "In the course of the past day air defence intercepted four drones over our region.", "Bryansk region"),
    (HEADED, "Drones were shot down over the whole region tonight, the duty service said.", "Oryol region"),
]


@pytest.mark.parametrize("text, evidence, place", POST_REGIONS)
def test_the_region_of_a_post_is_the_one_its_opening_names(text, evidence, place):
    assert _place_kept(text, evidence, place)


TWO_REGIONS = GREETED.replace("During the entire day", "Drones were also downed over the Oryol region. During the entire day")
NOT_POST_REGIONS = [  # (text, evidence sentence, place that must not be grounded)
    (GREETED, "During the entire day, air defence units destroyed 17 drones above the region.", "Bryansk region"),
    (TWO_REGIONS, "During the entire day, air defence units destroyed 17 drones above the region.", "Kursk region"),
    (GREETED.replace("above the region", "above Rylsk"), "During the entire day, air defence units destroyed 17 "
     "drones above Rylsk.", "Kursk region"),
    (GREETED.replace("above the region", "above the border"), "During the entire day, air defence units destroyed 17 "
     "drones above the border.", "Kursk region"),
]


@pytest.mark.parametrize("text, evidence, place", NOT_POST_REGIONS)
def test_another_region_or_a_named_town_is_no_post_region(text, evidence, place):
    assert not _place_kept(text, evidence, place)
