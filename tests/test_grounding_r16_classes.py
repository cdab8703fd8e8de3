"""dev16's LLM-path loss classes (round 16), each in general form with fresh sentences written
for this file (several phrasings, places and numbers per class, and negatives that must not change):

- A1: a wave told by a measure of its size ("put the attack at N drones", "the raid was estimated
  at", "the barrage totalled"), and the parts of such a whole ("M missiles, a of them cruise");
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import count_support

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday
D = dt.date


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


def _attack(text: str, published: dt.date = PUBLISHED, **fields):
    record = {"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike",
              "evidence": [fields.pop("evidence", text)], **fields}
    return draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=published)


# --------------------------------------------------------------------------- A1: a wave measured

MEASURED_WAVES = [  # (sentence, the launched counts it gives)
    ("Radar data put the raid at 212 Shahed drones and six Kalibr missiles, three of them downed over the sea.",
     (212, 6)),
    ("Officials estimated the barrage at some 90 drones, most of them aimed at Kharkiv.", (90,)),
    ("The Ukrainian command put Tuesday's assault at 316 drones and 23 missiles, 15 of them cruise and "
     "eight ballistic.", (316, 23, 15, 8)),
    ("The size of the raid on Sumy was put at 64 UAVs by the regional command.", (64,)),
    ("The assault on Dnipro was initially estimated at 35 Geran drones.", (35,)),
    ("Monitors reckoned last night's salvo at nine ballistic missiles.", (9,)),
    ("The general staff pegged the strike at 120 drones, of which 98 were decoys.", (120,)),
    ("The overnight bombardment of Odesa totalled 47 drones and three missiles.", (47, 3)),
    ("The attack numbered about 70 Shaheds, the air force said.", (70,)),
    ("By Kyiv's count, Moscow's onslaught amounted to 300 drones.", (300,)),
    ("How big was the attack? The air force put it at 61 drones and two Iskander-M missiles.", (61, 2)),
    ("Air force: attack estimated at 102 drones, 4 missiles", (102, 4)),
    ("The Russian defence ministry put the Ukrainian drone raid at 57 UAVs, all of them destroyed.", (57,)),
    ("Sunday night's wave included 25 strike drones and a Kinzhal, the military said.", (25, 1)),
    ("Analysts assessed the barrage at 140 weapons, including 12 Kh-101 missiles.", (140, 12)),
]


@pytest.mark.parametrize("text, counts", MEASURED_WAVES)
def test_a_wave_measured_by_its_size_is_a_launch(text, counts):
    for value in counts:
        assert _kept(value, "weapons[0].launched", text), value


NOT_A_MEASURED_WAVE = [  # (sentence, a number that must not be launched)
    ("The mayor put the damage at 40 million hryvnias.", 40),
    ("Regional officials put the toll at nine dead.", 9),
    ("Analysts estimated the cost of the attack at 50 drones' worth of repairs.", 50),
    ("Intelligence put Russia's monthly production at 2,700 drones.", 2700),
    ("A Kyiv think tank put the total stock at about 900 cruise missiles.", 900),
    ("Western officials estimated Moscow's reserve of Iskanders at 400 missiles.", 400),
    ("The ministry put the launchers at a base 300 kilometres away, with 12 missiles each.", 12),
]


@pytest.mark.parametrize("text, value", NOT_A_MEASURED_WAVE)
def test_a_measure_of_anything_but_a_wave_is_no_launch(text, value):
    assert not _kept(value, "weapons[0].launched", text)


def test_a_measured_wave_survives_grounding_whole_with_its_parts():
    text = ("KYIV, June 17. The air force put the overnight attack on the capital at 280 drones and 19 missiles, "
            "11 of them cruise and eight ballistic. Air defences downed 260 drones.")
    weapons = [{"type": "drone", "launched": 280, "intercepted": 260}, {"type": "cruise_missile", "launched": 11},
               {"type": "ballistic_missile", "launched": 8}]
    got = _attack(text, weapons=weapons, evidence=text)
    assert got.attacks, got.rejected
    assert [w.launched.value for w in got.attacks[0].weapons if w.launched] == [280, 11, 8], got.rejected


# --------------------------------------------------------------------------- A2: the register's night

NIGHT = (D(2026, 6, 16), D(2026, 6, 17))
REGISTER_NIGHTS = [  # (sentence, the model's words, the night)
    ("In the course of the past night, 17 UAVs were downed above Crimea, the ministry reported.",
     "In the course of the past night", NIGHT),
    ("Over the course of the night, Shaheds circled over Poltava before two hit a depot.",
     "Over the course of the night", NIGHT),
    ("During the course of the night, duty air defence units intercepted 12 drones over Kursk.",
     "During the course of the night", NIGHT),
    ("In the course of the night, drone debris ignited an oil tank at Novorossiysk.", "in the course of the night", NIGHT),
    ("In the night hours, a drone hit a substation in Kherson.", "In the night hours", NIGHT),
    ("Air defence systems destroyed 44 drones over the Bryansk region in the course of the night, it said.",
     "the course of the night", NIGHT),
    ("In the course of the past 24 hours, 58 drones were shot down over Belgorod.",
     "In the course of the past 24 hours", NIGHT),
    ("Over the course of Tuesday night, three missiles struck the port of Izmail.",
     "Over the course of Tuesday night", NIGHT),
    ("Throughout the night, Geran drones circled over Chernihiv before one hit a school.", "Throughout the night", NIGHT),
    ("During the past night hours, 25 UAVs were intercepted over the Voronezh region.",
     "During the past night hours", NIGHT),
]


@pytest.mark.parametrize("text, when, night", REGISTER_NIGHTS)
def test_the_register_s_night_is_the_night_before_publication(text, when, night):
    got = _attack(text, when=when)
    assert got.attacks, got.rejected
    date = got.attacks[0].date
    assert (date.start, date.end) == night


NOT_THE_NIGHT = [  # (sentence, words that name no night before publication)
    ("She works the night shift at a bakery in Kursk, where a drone hit a car.", "the night shift"),
    ("A drone hit a car near the Night Wolves clubhouse in Sevastopol.", "the Night Wolves clubhouse"),
    ("Over the course of the war, drones have hit the Kharkiv depot many times.", "Over the course of the war"),
    ("In the course of the talks, a drone hit a depot in Sumy.", "In the course of the talks"),
]


@pytest.mark.parametrize("text, when", NOT_THE_NIGHT)
def test_a_night_shift_or_the_course_of_a_war_dates_no_night(text, when):
    got = _attack(text, when=when)
    assert not got.attacks or got.attacks[0].date is None or got.attacks[0].date.start is None


def test_the_night_of_a_date_keeps_its_own_rule():
    got = _attack("On the night of 3 June, in the course of the raid, a drone hit Sumy.", when="the night of 3 June")
    assert (got.attacks[0].date.start, got.attacks[0].date.end) == (D(2026, 6, 2), D(2026, 6, 3))


# --------------------------------------------------------------------------- A3: the head of a breakdown

def _intercepted(value: int, text: str) -> bool:
    return _kept(value, "weapons[0].intercepted", text)


BREAKDOWN_WHOLES = [  # (text, intercepted = the head total less the exception)
    ("Moscow fired 120 aerial targets at Ukraine: 110 drones and ten missiles. Crews destroyed all except 15 of them.", 105),
    ("The air force logged 75 weapons, including 70 Geran drones and five Iskanders. Every one save six was brought down.", 69),
    ("Russia sent 58 drones and missiles, of which 50 were drones. Only three of them got through to Lviv.", 55),
    ("Russia launched 300 drones and missiles overnight: 280 drones, 12 cruise missiles and 8 ballistic missiles. "
     "Air defences shot down all but 21 of them.", 279),
    ("Russia launched 120 weapons at Ukraine: 110 drones and ten missiles, and air defences downed all but 15 of them.", 105),
    ("The enemy sent 96 aerial weapons (88 drones and eight missiles). All except nine of them were destroyed.", 87),
    ("Overnight Russia attacked with 230 means of air attack - 210 Shaheds and 20 missiles. "
     "Mobile fire groups shot down all but 30.", 200),
    ("Russia used 64 weapons, among them 60 drones and four missiles. Only five of them got through.", 59),
    ("Russia fired 140 weapons: 128 drones and 12 missiles. All of them were shot down, the air force said.", 140),
]


@pytest.mark.parametrize("text, value", BREAKDOWN_WHOLES)
def test_an_exception_of_them_after_a_breakdown_takes_the_head_total(text, value):
    assert _intercepted(value, text)


NOT_THE_HEAD = [  # (text, a value that must not be read, the one that must)
    ("Russia launched 50 drones: 40 Shaheds and ten Gerberas. All but three of the Gerberas were jammed.", 47, 7),
    ("Russia fired 60 drones: 45 Shaheds and 15 Gerberas. Only four of the Gerberas got through.", 56, 11),
    ("Russia fired 90 drones and four missiles at Odesa. All but one of the missiles were shot down.", 93, 3),
]


@pytest.mark.parametrize("text, wrong, right", NOT_THE_HEAD)
def test_an_exception_that_names_its_weapon_keeps_that_weapon_s_count(text, wrong, right):
    assert not _intercepted(wrong, text)
    assert _intercepted(right, text)


# --------------------------------------------------------------------------- A4: a nil of "them"

def _weapons(text: str, weapons: list[dict]) -> dict[str, int | None]:
    got = _attack(text, weapons=weapons)
    assert got.attacks, got.rejected
    return {w.type.value: (w.intercepted.value if w.intercepted else None) for w in got.attacks[0].weapons}


DRONES_30 = {"type": "drone", "launched": 30}
NILS_OF_THEM = [  # (text, the record's weapons, the entry the nil belongs to)
    ("Russia sent 30 drones at Khmelnytskyi overnight. Two Kinzhal missiles were aimed at Starokostiantyniv, "
     "and neither of them was intercepted.", [DRONES_30, {"type": "ballistic_missile", "launched": 2}], "ballistic_missile"),
    ("Russia fired four Iskanders at Kryvyi Rih; not one of them was downed, while the 30 drones it also launched were.",
     [DRONES_30, {"type": "ballistic_missile", "launched": 4}], "ballistic_missile"),
    ("Russia launched 30 drones and six cruise missiles at Lutsk. The six cruise missiles flew low and none of those was stopped.",
     [DRONES_30, {"type": "cruise_missile", "launched": 6}], "cruise_missile"),
    ("Russia launched 30 drones at Vinnytsia. Three Kh-101s fired from bombers followed, and none of these was shot down.",
     [DRONES_30, {"type": "cruise_missile", "launched": 3}], "cruise_missile"),
    ("Russia launched five missiles at Kremenchuk. Separately, it sent 30 drones at Poltava, and not one of them was downed.",
     [DRONES_30, {"type": "missile", "launched": 5}], "drone"),
    ("Russia fired two ballistic missiles at Kharkiv overnight and 30 drones at Sumy. Neither of the two was intercepted, "
     "the air force said.", [DRONES_30, {"type": "ballistic_missile", "launched": 2}], None),
    ("Russia sent 30 drones against Odesa. Its navy fired seven Kalibr missiles at the port; none of them was intercepted.",
     [DRONES_30, {"type": "cruise_missile", "launched": 7}], "cruise_missile"),
    ("Russia launched 30 drones toward Zhytomyr. At dawn it fired eight Iskander-M missiles at the airfield, not one of "
     "which was brought down.", [DRONES_30, {"type": "ballistic_missile", "launched": 8}], "ballistic_missile"),
]


@pytest.mark.parametrize("text, weapons, nil", NILS_OF_THEM)
def test_a_nil_of_them_fills_the_weapon_counted_before_it(text, weapons, nil):
    got = _weapons(text, weapons)
    for kind, intercepted in got.items():
        if kind == nil or nil is None and kind != "drone":
            assert intercepted == 0, (kind, got)
        else:
            assert intercepted is None, (kind, got)


NO_NIL_OF_THEM = [  # (text, the record's weapons): a nil of no interception, or of no entry's count
    ("Russia fired 30 drones and two missiles at Kyiv; none of them hit the city centre.",
     [DRONES_30, {"type": "missile", "launched": 2}]),
    ("Russia fired 30 drones and two missiles at Kyiv. Of the 12 Shaheds aimed at Bila Tserkva, not one was downed.",
     [DRONES_30, {"type": "missile", "launched": 2}]),
]


@pytest.mark.parametrize("text, weapons", NO_NIL_OF_THEM)
def test_a_nil_of_no_interception_or_of_another_count_fills_nothing(text, weapons):
    assert set(_weapons(text, weapons).values()) == {None}


NOT_A_WEAPON_NIL = [
    "Drones hit three houses in Irpin, not one of which was destroyed.",
    "None of the 10 buildings in the yard were destroyed.",
    "Shelling hit ten houses in Nikopol. None of the ten was destroyed, but six burned.",
]


@pytest.mark.parametrize("text", NOT_A_WEAPON_NIL)
def test_a_nil_of_houses_is_no_nil_interception(text):
    assert not _intercepted(0, text)
