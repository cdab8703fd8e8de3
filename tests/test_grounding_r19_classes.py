"""dev19's LLM-path loss classes (round 19), each in general form with fresh sentences written
for this file (several phrasings, places and numbers per class, and negatives that must not change):

- A5 (broadens dev18 A1): a family where only one member is given an age, in any form (", 9 years
  old,", ", aged 9,", "(9)", ", 9,", ", nine years old,"): that member is a child when under 18,
  and the aside is transparent between the family and its casualty cue;
"""

from __future__ import annotations

import pytest

from summariser.grounding import count_support


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


# --------------------------------------------------------------------------- A5: one member aged

ONE_MEMBER_AGED = [  # (sentence, field, count)
    ("A 58-year-old man and his granddaughter, 6 years old, were hurt in Rylsk.", "children_injured", 1),
    ("A 58-year-old man and his granddaughter, 6 years old, were hurt in Rylsk.", "injured", 2),
    ("A 54-year-old man and his daughter, 7 years old, were wounded by glass in Kupiansk.", "children_injured", 1),
    ("An elderly woman and her granddaughter, aged 12, were hurt when the roof collapsed.", "children_injured", 1),
    ("Injured were a 40-year-old mother and her son (5).", "children_injured", 1),
    ("A woman and her nephew, 11, were injured in Shebekino.", "children_injured", 1),
    ("A pensioner and her grandson, aged nine, were wounded when a drone hit the yard.", "children_injured", 1),
    ("A woman and her daughter, 4 years old, were killed in the strike on Hlukhiv.", "children_killed", 1),
    ("A 71-year-old man and his granddaughter, eleven years old, were wounded in Nikopol.", "children_injured", 1),
    ("A driver was killed, and a woman and her son, 8 years old, were hurt in Sumy.", "injured", 2),
    ("A driver was killed, and a woman and her son, 8 years old, were hurt in Sumy.", "children_injured", 1),
]


@pytest.mark.parametrize("text, field, value", ONE_MEMBER_AGED)
def test_a_family_with_one_member_aged_counts_its_child(text, field, value):
    assert _kept(value, field, text)


NOT_A_CHILD_MEMBER = [  # (sentence, field, value that must not be read)
    ("A woman and her son, 23 years old, were injured.", "children_injured", 1),
    ("A man and his son, thirty years old, were wounded in Nikopol.", "children_injured", 1),
    ("A man whose daughter, 8, was at school was injured.", "children_injured", 1),
    ("A 58-year-old man and his granddaughter, 6 years old, were hurt in Rylsk.", "injured", 6),
]


@pytest.mark.parametrize("text, field, value", NOT_A_CHILD_MEMBER)
def test_an_adult_or_absent_member_is_no_child(text, field, value):
    assert not _kept(value, field, text)


# --------------------------------------------------------------------------- A9: a list handed over

def _diplomacy(text: str, kind: str, participants=("Russia", "Ukraine")):
    import datetime as dt

    from summariser.backends.drafts_to_records import draft_to_records
    from summariser.backends.llm import ArticleDraft

    record = {"kind": kind, "participants": list(participants), "evidence": [text], "description": "an event"}
    return draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=dt.date(2026, 5, 6))


def _no_event(got) -> bool:
    return any("describes no diplomatic event" in r.reason for r in got.rejected)


LISTS_HANDED_OVER = [
    "Ukraine's ombudsman passed his Russian counterpart a list of 300 detainees Kyiv wants freed.",
    "Moscow presented Kyiv with a roster of soldiers it seeks to bring home.",
    "The Russian commissioner gave her Ukrainian colleague the names of 41 civilians held in Kursk.",
    "Kyiv has sent Moscow lists of deported children it wants returned.",
    "A register of 1,200 prisoners of war was handed over to the Russian side in Istanbul.",
    "The Ukrainian side handed over a list of captives, Moscow has not replied yet.",
    "Russia forwarded a list of 75 servicemen to the Ukrainian ombudsman's office.",
]


@pytest.mark.parametrize("sentence", LISTS_HANDED_OVER)
def test_a_list_of_people_handed_over_is_an_event(sentence):
    got = _diplomacy(sentence, "prisoner_exchange")
    assert got.diplomacy, got.rejected


NO_LIST_OF_PEOPLE = [
    "The Ukrainian ministry published a list of damaged Russian-built schools.",
    "She handed over the keys of the shelter to volunteers from Russia and Ukraine.",
    "A list of Ukrainian towns hit by Russian drones was read out on television.",
    "Russian bloggers shared the names of Ukrainian villages in a long post.",
]


@pytest.mark.parametrize("sentence", NO_LIST_OF_PEOPLE)
def test_a_list_of_things_is_no_event(sentence):
    assert _no_event(_diplomacy(sentence, "prisoner_exchange"))


LISTS_HANDED_OVER_WIDER = [
    "The Ukrainian commissioner handed Tatiana, her Russian counterpart, a list with the names of 92 women held in Crimea.",
    "Kyiv passed on to Moscow, via the Vatican, a list containing 60 Ukrainian journalists it wants back.",
    "Russia submitted a list of more than 200 wounded Ukrainian prisoners to the Turkish side.",
]


@pytest.mark.parametrize("sentence", LISTS_HANDED_OVER_WIDER)
def test_a_list_of_people_handed_over_past_the_receiver_is_an_event(sentence):
    got = _diplomacy(sentence, "prisoner_exchange")
    assert got.diplomacy, got.rejected


# --------------------------------------------------------------------------- A3: verbless tally items

NEUTRALISED = "By morning, 240 targets had been neutralised:\n- 210 of the 230 Geran drones;\n" \
    "- all but two of the 12 Kalibr missiles;\n- none of the three Kinzhals."
JAMMED = "Shot down or jammed:\n• 180 Shahed-type drones;\n• all but one of the 23 Kh-101 cruise missiles;\n" \
    "• not one of the four Iskander-M ballistic missiles."
TALLY_ITEMS = [  # (text, field, value)
    (NEUTRALISED, "weapons[1].intercepted", 10),
    (NEUTRALISED, "weapons[2].intercepted", 0),
    (JAMMED, "weapons[1].intercepted", 22),
    (JAMMED, "weapons[2].intercepted", 0),
    ("Air defence destroyed or suppressed the following: every one except five of the 40 decoys; not a single "
     "Iskander-K.", "weapons[0].intercepted", 35),
    ("Air defence destroyed or suppressed the following: every one except five of the 40 decoys; not a single "
     "Iskander-K.", "weapons[1].intercepted", 0),
    ("Downed overnight — 58 UAVs; all save one of the nine Kh-59s; no ballistic missiles.", "weapons[1].intercepted", 8),
    ("Downed overnight — 58 UAVs; all save one of the nine Kh-59s; no ballistic missiles.", "weapons[2].intercepted", 0),
    ("Intercepted over Volyn:\n1. all except three of the 31 drones\n2. no missiles", "weapons[0].intercepted", 28),
]


@pytest.mark.parametrize("text, field, value", TALLY_ITEMS)
def test_a_verbless_tally_item_takes_its_headers_role(text, field, value):
    assert _kept(value, field, text)


NOT_TALLY_ITEMS = [  # (text, field, value that must stay unsupported)
    ("Weapons used:\n- 40 drones;\n- none of the usual Kinzhals.", "weapons[0].intercepted", 0),
    ("Weapons used:\n- 40 drones;\n- all but two of the 12 Kalibr missiles.", "weapons[0].intercepted", 10),
    ("Air defence shot down 40 drones:\n- all but two regions reported debris;\n- not one of the shelters was damaged.",
     "weapons[0].intercepted", 0),
    ("By morning, 240 targets had been neutralised:\n- all but two of the 12 Kalibr missiles.", "weapons[0].launched", 10),
    ("Russia launched 50 drones: no missiles were fired.", "weapons[1].intercepted", 0),
    ("Air defence destroyed 40 drones: there were no missiles this time.", "weapons[1].intercepted", 0),
]


@pytest.mark.parametrize("text, field, value", NOT_TALLY_ITEMS)
def test_an_item_under_no_role_or_with_its_own_verb_is_no_tally(text, field, value):
    assert not _kept(value, field, text)


# --------------------------------------------------------------------------- A8: wrapped quotes

ARTICLE_A8 = ("Kharkiv. Around 04:10 an attack drone struck a garage block in the Saltivka district. "
              "Smoke rose over a grain depot in Sumy, the regional administration said. "
              "Debris fell near a school in Poltava. The mayor said: \"Two drones were downed over the city.\"")
WRAPPED_QUOTES = [  # (the model's quote, the article text it must align to)
    ("«Kharkiv. Around 04:10 an attack drone struck a garage block in the Saltivka district.»",
     "Kharkiv. Around 04:10 an attack drone struck a garage block in the Saltivka district."),
    ("“Smoke rose over a grain depot in Sumy, the regional administration said.”",
     "Smoke rose over a grain depot in Sumy, the regional administration said."),
    ("\"'Debris fell near a school in Poltava.'\"", "Debris fell near a school in Poltava."),
    ("„Debris fell near a school in Poltava.“", "Debris fell near a school in Poltava."),
    ("‘Smoke rose over a grain depot in Sumy’", "Smoke rose over a grain depot in Sumy"),
    ("\"Kharkiv. Around 04:10 an attack drone struck a garage block ... in the Saltivka district.\"",
     "Kharkiv. Around 04:10 an attack drone struck a garage block in the Saltivka district."),
]


@pytest.mark.parametrize("quote, expected", WRAPPED_QUOTES)
def test_a_quote_wrapped_in_quotation_marks_aligns_to_its_inside(quote, expected):
    from summariser.grounding.align import align

    span = align(quote, ARTICLE_A8)
    assert span is not None and ARTICLE_A8[span.start:span.end] == expected


def test_a_quote_whose_marks_are_in_the_article_keeps_them():
    from summariser.grounding.align import align

    quote = "\"Two drones were downed over the city.\""
    span = align(quote, ARTICLE_A8)
    assert span is not None and ARTICLE_A8[span.start:span.end] == quote


# --------------------------------------------------------------------------- A4: "Among them" next sentence

FRONTED_PARTITIVES = [  # (text, field, value)
    ("Fourteen residents were wounded. Among them were three teenagers, aged 14, 15 and 17.", "children_injured", 3),
    ("Six people died in the strike on Izium. Of them, one is a boy of twelve.", "children_killed", 1),
    ("Eleven people were injured in Dnipro. Among them are 2 children: a girl of 4 and a boy of 9.",
     "children_injured", 2),
    ("Nine were hurt. Of these, two are children.", "children_injured", 2),
    ("The strike killed seven people. Among them were two children.", "children_killed", 2),
    ("Rescuers said 23 people were hurt in Kremenchuk. Among them, there are at least four minors.",
     "children_injured", 4),
    ("A glide bomb wounded 12 people in Kupiansk. \"Among them are three children,\" the governor wrote.",
     "children_injured", 3),
    ("Eight people were injured overnight. Among these were 5 schoolchildren.", "children_injured", 5),
    ("Four people were killed in Bilhorod. Among the victims is a 15-year-old girl.", "children_killed", 1),
]


@pytest.mark.parametrize("text, field, value", FRONTED_PARTITIVES)
def test_a_sentence_opening_among_them_takes_the_count_before(text, field, value):
    assert _kept(value, field, text)


NOT_FRONTED_PARTITIVES = [  # (text, field, value that must stay unsupported)
    ("Nine were injured. Among those evacuated were two children.", "children_injured", 2),
    ("Among them are two children who study music in Lviv.", "children_injured", 2),
    ("Nine were injured.\n\nAmong them are two children, the mayor said later.", "children_injured", 2),
    ("Nine were injured. The city has many shelters. Among them are two children's hospitals.", "injured", 2),
    ("The strike killed seven people. Among them were two children.", "children_injured", 2),
]


@pytest.mark.parametrize("text, field, value", NOT_FRONTED_PARTITIVES)
def test_no_count_just_before_lends_no_role(text, field, value):
    assert not _kept(value, field, text)


# --------------------------------------------------------------------------- A2: anaphoric years

def _resolved(words: str, text: str):
    import datetime as dt

    from summariser.grounding.complete import resolve_when

    at = text.index(words)
    return resolve_when(words, dt.date(2026, 11, 20), text, (at, at + len(words)))


ANAPHORIC_YEARS = [  # (text, the words, start, end)
    ("Odesa port has been hit many times since 2023; in August of that year a Kalibr destroyed a grain shed.",
     "in August of that year", "2023-08-01", "2023-08-31"),
    ("The bridge was first damaged in 2022. Later that year, a second strike closed it for months.",
     "Later that year", "2022-01-01", "2022-12-31"),
    ("Kherson was shelled daily after its liberation in 2022, and in December of the same year a maternity ward was hit.",
     "in December of the same year", "2022-12-01", "2022-12-31"),
    ("Strikes on the grid began in October 2022. That year's worst came in November, when Kyiv went dark.",
     "That year's worst came in November", "2022-11-01", "2022-11-30"),
    ("The depot at Lozova first burned in 2024. That summer, drones hit it four times.",
     "That summer", "2024-06-01", "2024-08-31"),
    ("Izium was occupied in 2022. The following year, a missile struck its hospital.",
     "The following year", "2023-01-01", "2023-12-31"),
    ("Sumy's stadium was shelled in 2025. The year before, a drone had hit its roof.",
     "The year before", "2024-01-01", "2024-12-31"),
    ("Chernihiv was besieged in 2022; in that same year, in June, a school was struck.",
     "in that same year, in June", "2022-06-01", "2022-06-30"),
    ("The grain terminal has been targeted since 2023, and that July a missile destroyed its silo.",
     "that July", "2023-07-01", "2023-07-31"),
]


@pytest.mark.parametrize("text, words, start, end", ANAPHORIC_YEARS)
def test_an_anaphoric_year_is_the_year_named_before(text, words, start, end):
    got = _resolved(words, text)
    assert (str(got.start), str(got.end)) == (start, end)


def test_an_anaphoric_year_with_no_year_before_is_no_date():
    got = _resolved("in August of that year", "Mariupol fell after a long siege; in August of that year a theatre was hit.")
    assert got.start is None


NOT_ANAPHORIC = [  # (text, words, start): this year and plain dates keep their reading
    ("In June this year, sirens sounded on 28 nights in Kyiv.", "In June this year", "2026-06-01"),
    ("The port was hit in 2023. On 3 May 2026 it was hit again.", "On 3 May 2026", "2026-05-03"),
]


@pytest.mark.parametrize("text, words, start", NOT_ANAPHORIC)
def test_a_year_without_anaphor_keeps_its_reading(text, words, start):
    assert str(_resolved(words, text).start) == start


# --------------------------------------------------------------------------- A7: a region for a city

def _places(text: str, place: str, attacker: str = "Ukraine", target: str = "Russia"):
    import datetime as dt

    from summariser.backends.drafts_to_records import draft_to_records
    from summariser.backends.llm import ArticleDraft

    record = {"attacker": attacker, "target_country": target, "kind": "air_drone_strike", "evidence": [text],
              "places": [place]}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=dt.date(2026, 6, 17))
    return [(loc.name, loc.level.value) for a in got.attacks for loc in a.locations or []]


REGION_FOR_A_CITY = [  # (evidence, the answer's place, the city)
    ("The governor said wreckage hit a warehouse in Voronezh; nobody was hurt.", "Voronezh Oblast, Russia", "Voronezh"),
    ("A drone struck a power substation in Kursk overnight, the governor said.", "Kursk region", "Kursk"),
    ("Belgorod's eastern district was hit by a drone; a man was hurt.", "Belgorod Oblast", "Belgorod"),
    ("Fire broke out at a steel plant in Lipetsk after the attack.", "Lipetsk Oblast, Russia", "Lipetsk"),
]


@pytest.mark.parametrize("text, place, city", REGION_FOR_A_CITY)
def test_a_region_whose_evidence_names_one_city_of_it_is_that_city(text, place, city):
    assert _places(text, place) == [(city, "city")]


def test_a_region_for_a_ukrainian_city_is_that_city():
    assert _places("Russian drones hit a school in Sumy, the mayor said.", "Sumy Oblast", "Russia", "Ukraine") == \
        [("Sumy", "city")]


REGION_STAYS = [  # (evidence, the answer's place)
    ("Eleven drones were downed over the Tula region.", "Tula region"),
    ("Drones attacked the Belgorod region overnight; in Shebekino a car burned.", "Belgorod region"),
    ("Drones launched from Kursk hit a village near the border.", "Kursk Oblast"),
    ("Drones were downed over the Voronezh region, and debris fell in Voronezh and Rossosh.", "Voronezh Oblast"),
]


@pytest.mark.parametrize("text, place", REGION_STAYS)
def test_a_region_named_as_such_or_with_several_cities_stays_the_region(text, place):
    got = _places(text, place)
    assert len(got) == 1 and got[0][1] == "region"


def test_a_region_named_only_in_a_title_does_not_keep_the_region():
    text = "Ryazan region governor Pavel Malkov said debris hit the refinery in Ryazan overnight."
    assert _places(text, "Ryazan Oblast, Russia") == [("Ryazan", "city")]


# --------------------------------------------------------------------------- A6: homonyms and the frame

def _sides_and_places(text: str, place: str, target: str, attacker: str):
    import datetime as dt

    from summariser.backends.drafts_to_records import draft_to_records
    from summariser.backends.llm import ArticleDraft

    record = {"attacker": attacker, "target_country": target, "kind": "air_drone_strike",
              "evidence": [text.split("\n")[-1]], "places": [place]}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=dt.date(2026, 6, 17))
    return [(a.target_country, [(loc.name, loc.admin1, loc.country) for loc in a.locations or []]) for a in got.attacks]


FRAMED_HOMONYMS = [  # (post, village, frame region)
    ("Kursk region.\nIn Ivanovka, a transformer caught fire after a UAV strike.", "Ivanovka", "Kursk Oblast"),
    ("Belgorod region.\nIn the village of Berezovka, a drone damaged a barn.", "Berezovka", "Belgorod Oblast"),
    ("Belgorod region governor: in the village of Berezovka, a drone damaged a barn.", "Berezovka", "Belgorod Oblast"),
    ("Update from the Bryansk region governor\n\nA drone dropped explosives on a car in Ivanovka; the driver is unhurt.",
     "Ivanovka", "Bryansk Oblast"),
]


@pytest.mark.parametrize("text, village, region", FRAMED_HOMONYMS)
def test_a_homonym_against_the_posts_frame_is_the_frames_village(text, village, region):
    assert _sides_and_places(text, village, "Russia", "Ukraine") == [("Russia", [(village, region, "Russia")])]


def test_a_homonym_in_the_answers_own_country_keeps_the_gazetteers_reading():
    got = _sides_and_places("In Ivanivka, Kherson region, a shell hit a school.", "Ivanivka", "Ukraine", "Russia")
    assert got[0][1][0][2] == "Ukraine"


def test_a_big_city_across_the_border_is_not_moved_into_the_frame():
    got = _sides_and_places("Belgorod region.\nRussian missiles struck Dnipro overnight, killing two.", "Dnipro",
                            "Russia", "Ukraine")
    assert all(loc[2] == "Ukraine" for _, locs in got for loc in locs)
