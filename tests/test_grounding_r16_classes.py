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
    # the wave named with its size: a compound, a heading, "of", the means it was carried out with
    ("It was a 90-drone attack on Odesa, the third this week.", (90,)),
    ("Russia's biggest attack yet: 810 drones and 13 missiles, the air force said.", (810, 13)),
    ("The raid - 95 drones and six missiles - lasted five hours.", (95, 6)),
    ("Attack size: 420 drones, 20 missiles.", (420, 20)),
    ("Russia hit Kyiv in a combined attack of 400 drones and 40 missiles.", (400, 40)),
    ("The attack featured 300 drones and 8 Kinzhals.", (300, 8)),
    ("The strike on Zaporizhzhia was carried out with 140 drones and nine missiles.", (140, 9)),
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
    ("The strike on a convoy of 12 missile trucks was filmed from a drone.", 12),
    ("It was a 40-minute attack; no drones were counted.", 40),
    ("The attack on the depot, which stored 500 missiles, was filmed.", 500),
    ("Attack aftermath: 14 drones' debris collected in Brovary.", 14),
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
    ("This night the enemy again attacked Kharkiv with Shahed drones, the mayor wrote.", "This night", NIGHT),
    ("At night-time, a drone hit a grain terminal in Reni.", "At night-time", NIGHT),
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


BREAKDOWN_WHOLES += [  # dev17 A3: a qualified part, a fronted "Of these,", a semicolon, other downing verbs
    ("Russia sent 154 drones, including around 90 Shaheds. Of these, all but 12 were downed.", 142),
    ("The army launched 48 missiles, among them six Kinzhals; air defences stopped all but five.", 43),
    ("Overnight 77 drones were fired, of which 40 were decoys. Crews destroyed all but 9.", 68),
    ("Russia launched 130 drones, including about 80 Shaheds. All but 13 were shot down or suppressed.", 117),
    ("Moscow sent 62 UAVs, some 50 of them Gerans. Of those, all except four were knocked out.", 58),
    ("Russia fired 48 missiles at the west. Air defences repelled 40 of them.", 40),
]


@pytest.mark.parametrize("text, value", BREAKDOWN_WHOLES)
def test_an_exception_of_them_after_a_breakdown_takes_the_head_total(text, value):
    assert _intercepted(value, text)


NOT_THE_HEAD = [  # (text, a value that must not be read, the one that must)
    ("Russia launched 50 drones: 40 Shaheds and ten Gerberas. All but three of the Gerberas were jammed.", 47, 7),
    ("Russia fired 60 drones: 45 Shaheds and 15 Gerberas. Only four of the Gerberas got through.", 56, 11),
    ("Russia fired 90 drones and four missiles at Odesa. All but one of the missiles were shot down.", 93, 3),
    ("Russia launched 90 drones and 40 decoys. All but 12 of the 40 decoys were jammed.", 118, 28),
]


NOT_A_DOWNING = [  # (text, a number no downing verb governs)
    ("All but two regions reported alerts after Russia launched 40 drones.", 38),
    ("Police stopped 3 cars at the checkpoint near the drone factory.", 3),
    ("The attack was stopped after 40 minutes and 3 drones hit the depot.", 3),
    ("Special forces eliminated 40 soldiers near the border, Kyiv claimed.", 40),
]


@pytest.mark.parametrize("text, value", NOT_A_DOWNING)
def test_a_region_count_or_a_stopped_car_is_no_interception(text, value):
    assert not _intercepted(value, text)


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


# --------------------------------------------------------------------------- dev17 A2: venue of a plan

def _participants(text: str, participants: list[str]) -> list[str]:
    record = {"kind": "talks", "status": "planned", "participants": participants, "evidence": [text],
              "description": "talks"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)
    return list(got.diplomacy[0].participants) if got.diplomacy else []


PLANNED_VENUES = [  # (text, the host state)
    ("Talks between Russia and Ukraine planned for Geneva on Monday have been postponed.", "Switzerland"),
    ("The next round of Russia-Ukraine talks was moved to Istanbul, officials said.", "Turkey"),
    ("Russian and Ukrainian envoys are expected to travel to Zurich for the talks.", "Switzerland"),
    ("The Russia-Ukraine consultations, hosted by Jeddah, resume on Friday.", "Saudi Arabia"),
    ("A Russia-Ukraine meeting scheduled for Antalya later this month was confirmed by both sides.", "Turkey"),
    ("The Jeddah format, which brought Russian and Ukrainian envoys together twice, is on hold.", "Saudi Arabia"),
    ("Both delegations said the Istanbul talks between Russia and Ukraine would resume in June.", "Turkey"),
    ("The round between Moscow's and Kyiv's negotiators, slated for Geneva, was called off.", "Switzerland"),
]


@pytest.mark.parametrize("text, host", PLANNED_VENUES)
def test_the_venue_of_a_plan_or_journey_gives_its_host(text, host):
    assert host in _participants(text, ["Russia", "Ukraine", host])


NOT_THE_VENUE = [  # (text, a state that must stay refused)
    ("Talks between Russia and Ukraine planned for Geneva on Monday have been postponed.", "Austria"),
    ("After the round with Russia, the Ukrainian envoy flew home to Lviv.", "Poland"),
    ("Russia and Ukraine traded blame over sanctions for Istanbul's port operators.", "Turkey"),
    ("Russia and Ukraine held talks; the Ukrainian envoy later left for a conference on Istanbul's ports.", "Turkey"),
]


@pytest.mark.parametrize("text, state", NOT_THE_VENUE)
def test_a_city_of_no_planned_venue_gives_no_host(text, state):
    assert state not in _participants(text, ["Russia", "Ukraine", state])


# --------------------------------------------------------------------------- dev17 A4/A5: modified parts

TODAY = (D(2026, 6, 17), D(2026, 6, 17))
DAY_PARTS = [  # (sentence, the model's words)
    ("Shells hit Kupiansk in the late morning, the governor said.", "in the late morning"),
    ("A drone struck a depot in Sumy in the early evening.", "in the early evening"),
    ("In the early afternoon a glide bomb hit a school yard in Kostiantynivka.", "In the early afternoon"),
    ("A missile hit the rail yard in Shepetivka in the mid-afternoon.", "in the mid-afternoon"),
    ("At dusk, two drones hit a fuel depot near Kropyvnytskyi.", "At dusk"),
    ("Towards evening the shelling of Nikopol resumed, the mayor said.", "Towards evening"),
    ("A drone hit a bus in Kherson late morning, killing the driver.", "late morning"),
    ("Shortly after first light, a missile struck the port of Pivdennyi.", "Shortly after first light"),
]


@pytest.mark.parametrize("text, when", DAY_PARTS)
def test_a_modified_day_part_is_the_day(text, when):
    got = _attack(text, when=when)
    assert got.attacks, got.rejected
    assert (got.attacks[0].date.start, got.attacks[0].date.end) == TODAY


def _planned_talks(text: str, when: str):
    record = {"kind": "talks", "status": "planned", "participants": ["Russia", "Ukraine"], "evidence": [text],
              "description": "talks", "when": when}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)
    assert got.diplomacy, got.rejected
    return got.diplomacy[0].date


JULY = (D(2026, 7, 1), D(2026, 7, 31))
MONTH_PARTS = [  # (sentence, the model's words, the month)
    ("Russian and Ukrainian negotiators are set to meet again in Istanbul at the end of July.", "the end of July", JULY),
    ("A new round of Russia-Ukraine talks is slated for the end of July.", "for the end of July", JULY),
    ("Russia and Ukraine agreed to hold talks in Geneva at the beginning of August.", "at the beginning of August",
     (D(2026, 8, 1), D(2026, 8, 31))),
    ("Envoys of Russia and Ukraine were due to reconvene towards the end of July.", "towards the end of July", JULY),
    ("Talks between Russia and Ukraine are pencilled in for July's end, diplomats said.", "July's end", JULY),
    ("Russia and Ukraine will resume talks around the middle of July.", "around the middle of July", JULY),
    ("Russia and Ukraine plan a fresh round of talks before the close of July.", "before the close of July", JULY),
    ("Russian and Ukrainian delegations meet in Doha at the very start of August.", "at the very start of August",
     (D(2026, 8, 1), D(2026, 8, 31))),
]


@pytest.mark.parametrize("text, when, month", MONTH_PARTS)
def test_a_part_of_a_month_is_that_month(text, when, month):
    date = _planned_talks(text, when)
    assert (date.start, date.end) == month


NO_PART = [  # (sentence, words that name no day or month part)
    ("In the early years of the war the plant in Izium was hit often.", "In the early years of the war"),
    ("The morning summary lists 30 drones over Sumy.", "The morning summary"),
    ("Power cuts in Kharkiv will last until the end of the heating season.", "until the end of the heating season"),
]


@pytest.mark.parametrize("text, when", NO_PART)
def test_years_a_summary_s_name_or_a_season_s_end_are_no_part(text, when):
    got = _attack(text, when=when)
    assert not got.attacks or got.attacks[0].date is None or got.attacks[0].date.start is None


# --------------------------------------------------------------------------- dev17 A6: another year

MARCH_PUBLISHED = D(2026, 3, 15)


def _talks_date(text: str, when: str, status: str):
    record = {"kind": "talks", "status": status, "participants": ["Russia", "Ukraine"], "evidence": [text],
              "description": "talks", "when": when}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=MARCH_PUBLISHED)
    return got.diplomacy[0].date if got.diplomacy and got.diplomacy[0].date else None


OTHER_YEAR = [  # (sentence, the model's date, status, the article's day)
    ("A round of Russia-Ukraine talks set for 18 March was scrapped.", "2025-03-18", "cancelled", D(2026, 3, 18)),
    ("Russia and Ukraine signed the grain deal on 12 March in Istanbul.", "12/03/2025", "held", D(2026, 3, 12)),
    ("Russia and Ukraine will meet in Geneva on 22 March.", "22 March 2025", "planned", D(2026, 3, 22)),
    ("Ukrainian and Russian envoys talked by phone on March 9, both sides said.", "2025-03-09", "held", D(2026, 3, 9)),
    ("Talks between Russia and Ukraine in Riyadh, due on 20 March, were postponed.", "March 20, 2025", "cancelled",
     D(2026, 3, 20)),
    ("Russia and Ukraine swapped prisoners on 3 March, the ombudsman said.", "2025-03-03", "held", D(2026, 3, 3)),
]


@pytest.mark.parametrize("text, when, status, day", OTHER_YEAR)
def test_the_article_s_day_in_another_year_is_the_article_s_day(text, when, status, day):
    date = _talks_date(text, when, status)
    assert date is not None and (date.start, date.end) == (day, day)


NOT_THE_DAY = [  # (sentence, a model date of another day, or two years off)
    ("A round of Russia-Ukraine talks set for 18 March was scrapped.", "2026-03-19"),
    ("A round of Russia-Ukraine talks set for 18 March was scrapped.", "2023-03-18"),
    ("Russia and Ukraine will meet in Geneva on 22 March.", "2025-04-22"),
    ("Russia and Ukraine swapped prisoners on 3 March, the ombudsman said.", "2027-03-03"),  # a year still to come
]


@pytest.mark.parametrize("text, when", NOT_THE_DAY)
def test_another_day_or_a_far_year_stays_refused(text, when):
    assert _talks_date(text, when, "planned") is None


# --------------------------------------------------------------------------- dev17 A1: aged persons

AGED_CHILDREN = [  # (text, value, field)
    ("Drones wounded six people in Sumy, a boy of 9 and his 15-year-old cousin among them.", 2, "children_injured"),
    ("The toll in Kherson rose to eleven injured. Two of them are girls aged 6 and 13.", 2, "children_injured"),
    ("Seven people were injured in Odesa, among them a girl, 12, and her brother, 8.", 2, "children_injured"),
    ("Four people were wounded in Kharkiv. One of them is a 16-year-old boy.", 1, "children_injured"),
    ("Three people died in Dnipro after the strike. One of them was a girl aged 11.", 1, "children_killed"),
    ("Nine people were hurt in Chernihiv, including a 10-year-old, a 14-year-old and their mother, 38.", 2,
     "children_injured"),
    ("Shelling killed four people in Nikopol: a man of 60, his wife and their sons aged 7 and 12.", 2, "children_killed"),
    ("Eight residents of Pavlohrad were injured. Three of them are schoolchildren, police said.", 3, "children_injured"),
    ("Five people were wounded in Zolochiv, among whom a girl (6) and a boy (13).", 2, "children_injured"),
    ("Two people died and six were hurt in Irpin, a boy of 9 and a girl of 12 among them.", 2, "children_injured"),
    ("Six people were injured in Bucha. One of them - a 14-year-old boy - is in hospital.", 1, "children_injured"),
    ("Six people were injured in Boryspil. One of them, a 15-year-old girl, was flown to Kyiv.", 1, "children_injured"),
    ("Four people were wounded in Bilopillia - a girl, 11, and her 16-year-old brother - the governor said.", 2,
     "children_injured"),
    ("Shelling of Vovchansk wounded five people, including a girl of nine and her brother, 13.", 2, "children_injured"),
]


@pytest.mark.parametrize("text, value, field", AGED_CHILDREN)
def test_children_told_by_their_ages_or_a_partitive_are_counted(text, value, field):
    assert _kept(value, field, text)


NOT_AGED_CHILDREN = [  # (text, value, field)
    ("A mother of three was among the wounded in Sumy.", 3, "children_injured"),
    ("Five people were injured in Lutsk. One of them was a student of 19.", 1, "children_injured"),
    ("Among the injured in Rivne were two soldiers, one of them 22.", 1, "children_injured"),
    ("Four people were killed in Kupiansk. One of them is a 16-year-old boy.", 1, "children_injured"),
    ("Two people died and six were hurt in Irpin, a boy of 9 and a girl of 12 among them.", 2, "children_killed"),
]


@pytest.mark.parametrize("text, value, field", NOT_AGED_CHILDREN)
def test_adults_a_mother_of_three_or_another_role_are_no_children(text, value, field):
    assert not _kept(value, field, text)


ENTRY_DAY, BLOG_PUBLISHED = D(2026, 4, 2), D(2026, 4, 3)
BLOG = ("Live: war updates\n\nThursday 2 April\n\n**08:10** Drones hit Kharkiv, the mayor said.\n\n"
        "**09:15** The Norwegian foreign minister landed in Kyiv for talks with Ukrainian officials.\n\n"
        "**11:40** Sirens sounded in Lviv as the Danish premier spoke with Zelensky by phone.\n")


def _blog_date(when: str, evidence: str, kind: str = "talks", participants=("Norway", "Ukraine")):
    record = {"kind": kind, "status": "held", "participants": list(participants), "evidence": [evidence],
              "description": "talks", "when": when}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), BLOG, published=BLOG_PUBLISHED)
    return got.diplomacy[0].date if got.diplomacy and got.diplomacy[0].date else None


@pytest.mark.parametrize("when", ["2026-04-02 (overnight)", "2026-04-02", "02/04/2026", "2 April 2026", "April 2, 2026"])
def test_the_stamp_day_of_the_update_dates_its_diplomacy(when):
    date = _blog_date(when, "The Norwegian foreign minister landed in Kyiv for talks with Ukrainian officials.")
    assert date is not None and (date.start, date.end) == (ENTRY_DAY, ENTRY_DAY)


def test_the_stamp_day_dates_a_call_of_another_update():
    date = _blog_date("2026-04-02", "the Danish premier spoke with Zelensky by phone", "phone_call", ("Denmark", "Ukraine"))
    assert date is not None and date.start == ENTRY_DAY


@pytest.mark.parametrize("when", ["2026-04-01", "2026-03-31", "2026-03-30 (overnight)"])
def test_another_day_than_the_update_s_stays_refused(when):
    assert _blog_date(when, "The Norwegian foreign minister landed in Kyiv for talks with Ukrainian officials.") is None
