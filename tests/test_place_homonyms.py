"""Place homonyms: a town whose name the gazetteer also holds as an alias of a bigger town
elsewhere ("Samar" is also a spelling of the Russian Samara, "Dubno" of the Russian Dubna) is
the town of that name in the region its record or sentence names, whatever form the region is
written in ("Rivne", "Rivne Oblast", "the Rivne region"). Scorer (`places.resolve`), grounding
(`framed_homonyms`) and rules (`region_towns`). Sentences invented for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import attacks_of
from summariser import places
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft

PUBLISHED = dt.date(2026, 4, 14)


# --------------------------------------------------------------------------- scorer: region in any form

@pytest.mark.parametrize("name, short, full, key", [
    ("Samar", "Dnipropetrovsk", "Dnipropetrovsk Oblast", "samar"),
    ("Dubno", "Rivne", "Rivne Oblast", "dubno"),
    ("Dubno", "Rivne", "the Rivne region", "dubno"),
    ("Kamyanske", "Zaporizhzhia", "Zaporizhzhia Oblast", "kamyanske"),
    ("Sokal", "Lviv", "Lviv region", "sokal"),
    ("Vatutine", "Kharkiv", "Kharkiv Oblast", "vatutine"),
])
def test_a_short_region_name_finds_the_same_town_as_the_full_one(name, short, full, key):
    a, b = places.resolve(name, short), places.resolve(name, full)
    assert a == b and a.city == key and a.country == "ukraine"


@pytest.mark.parametrize("name, admin1, city", [
    ("Kiev", None, "kyiv"), ("Nikolaev", None, "mykolaiv"), ("Samara", None, "samara"),
    ("Samara", "Samara", "samara"), ("Dubna", "Moscow Oblast", "dubna"), ("Kharkov", "Kharkiv", "kharkiv"),
])
def test_transliterations_and_true_primaries_still_fold(name, admin1, city):
    assert places.resolve(name, admin1).city == city


def test_no_region_given_invents_none():
    assert places.resolve("Samara").admin1 == "samara oblast"


# --------------------------------------------------------------------------- grounding: the record's own region

def _grounded(text: str, place: str, attacker="Russia", target="Ukraine"):
    record = {"attacker": attacker, "target_country": target, "kind": "air_drone_strike",
              "places": [place], "evidence": [text]}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=PUBLISHED)
    [attack] = got.attacks
    return attack


TOLD_REGION = [
    ("In the Dnipropetrovsk region, a drone hit a grain store in Samar overnight; nobody was hurt.",
     "Samar", ("Samar", "Dnipropetrovsk Oblast")),
    ("Russian drones set a bakery in Dubno on fire overnight, the head of the Rivne region said.",
     "Dubno", ("Dubno", "Rivne Oblast")),
    ("A Shahed struck the rail yard of Samar, Dnipropetrovsk Oblast, Ukraine's rail company said.",
     "Samar", ("Samar", "Dnipropetrovsk Oblast")),
    ("Shelling damaged a clinic in Kamyanske, in the Zaporizhzhia region, on Sunday.",
     "Kamyanske", ("Kamyanske", "Zaporizhzhia Oblast")),
    ("Two Russian drones were shot down over Dubno in the Rivne region, but debris hit a garage.",
     "Dubno", ("Dubno", "Rivne Oblast")),
    ("The Rivne region's Dubno was attacked by three Russian drones after midnight.",
     "Dubno", ("Dubno", "Rivne Oblast")),
]


@pytest.mark.parametrize("text, place, want", TOLD_REGION)
def test_the_region_the_evidence_names_holds_the_town(text, place, want):
    attack = _grounded(text, place)
    assert [(loc.name, loc.admin1) for loc in attack.locations] == [want]
    assert (attack.attacker, attack.target_country) == ("Russia", "Ukraine")  # no "swapped" refusal


NOT_MOVED = [  # the alias-holder stays where the text frames it, or nothing settles it
    ("Drones struck a fuel depot near Dubna, north of Moscow, the Russian defence ministry said.",
     "Dubna", "Ukraine", "Russia", ("Dubna", "Moscow Oblast")),
    ("Ukrainian drones hit an oil plant in Samara overnight, the governor of the Samara region said.",
     "Samara", "Ukraine", "Russia", ("Samara", "Samara Oblast")),
    ("A drone hit a depot in Korolyov in the Moscow region, Russian officials said.",
     "Korolyov", "Ukraine", "Russia", ("Korolev", "Moscow Oblast")),
    ("Missiles hit Kharkiv as sirens sounded in the Poltava and Sumy regions.",
     "Kharkiv", "Russia", "Ukraine", ("Kharkiv", "Kharkiv Oblast")),
]


@pytest.mark.parametrize("text, place, attacker, target, want", NOT_MOVED)
def test_a_town_its_sentence_frames_otherwise_stays(text, place, attacker, target, want):
    attack = _grounded(text, place, attacker, target)
    assert [(loc.name, loc.admin1) for loc in attack.locations] == [want]


# --------------------------------------------------------------------------- rules: one region in the sentence

def _rules_places(text: str):
    got = attacks_of(text, PUBLISHED.isoformat())
    return [(loc.name, loc.admin1) for a in got for loc in a.locations]


@pytest.mark.parametrize("text, want", [
    ("In the Dnipropetrovsk region, a drone hit a grain store in Samar overnight; nobody was hurt.",
     ("Samar", "Dnipropetrovsk Oblast")),
    ("Shelling damaged a clinic in Kamyanske, Zaporizhzhia region, on Sunday, the governor said.",
     ("Kamyanske", "Zaporizhzhia Oblast")),
    ("In the Rivne region, Russian drones struck a warehouse in Dubno, wounding two workers.",
     ("Dubno", "Rivne Oblast")),
])
def test_rules_take_the_town_of_the_sentences_region(text, want):
    assert _rules_places(text) == [want]


@pytest.mark.parametrize("text, want", [
    ("Ukrainian drones struck a fuel depot near Dubna in the Moscow region overnight.", ("Dubna", "Moscow Oblast")),
    ("A drone hit a shop in Korolyov, in the Moscow region, the governor said.", ("Korolev", "Moscow Oblast")),
])
def test_rules_keep_an_alias_holder_in_its_own_region(text, want):
    assert _rules_places(text) == [want]


# --------------------------------------------------------------------------- grounding: a post's frame region

FRAMED = [  # a Russian official's post: the village is the frame region's, under its own spelling
    ("Belgorod region.\n\nIn Rovenki, a drone hit a car overnight; the driver was hurt, the governor wrote.",
     "Rovenki", "In Rovenki, a drone hit a car overnight", ("Rovenki", "Belgorod Oblast")),
    ("Oryol region, morning update.\n\nA UAV fell on a barn in Znamenka; nobody was hurt.",
     "Znamenka", "A UAV fell on a barn in Znamenka", ("Znamenka", "Oryol Oblast")),
    ("Voronezh region: air defence worked overnight.\n\nDebris damaged two roofs in Ternovka.",
     "Ternovka", "Debris damaged two roofs in Ternovka", ("Ternovka", "Voronezh Oblast")),
]


@pytest.mark.parametrize("text, place, evidence, want", FRAMED)
def test_a_posts_frame_region_keeps_the_written_spelling(text, place, evidence, want):
    record = {"attacker": "Ukraine", "target_country": "Russia", "kind": "air_drone_strike",
              "places": [place], "evidence": [evidence]}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=PUBLISHED)
    assert [(loc.name, loc.admin1) for a in got.attacks for loc in a.locations] == [want]


# --------------------------------------------------------------------------- grounding: the target's own namesake

NAMESAKES = [  # a town named exactly so in the target's country, not the alias-holder elsewhere
    ("Ukrainian drones set two fuel tanks ablaze at the Baltic oil port of Primorsk on Sunday, the "
     "regional governor said.", "Primorsk", "Ukraine", "Russia", ("Primorsk", "Leningrad Oblast")),
    ("Loadings at Primorsk stopped after a drone attack on the terminal overnight, traders said.",
     "Primorsk", "Ukraine", "Russia", ("Primorsk", "Leningrad Oblast")),
    ("Loadings at Primorsk stopped after a drone attack on the terminal overnight, traders said.",
     "city of Primorsk", "Ukraine", "the Russian Federation", ("Primorsk", "Leningrad Oblast")),
    ("A glide bomb hit a school in Prymorsk, in the south, on Monday, officials said.",
     "Prymorsk", "Russia", "Ukraine", ("Prymorsk", "Zaporizhzhia Oblast")),
]


@pytest.mark.parametrize("text, place, attacker, target, want", NAMESAKES)
def test_the_target_countrys_own_namesake(text, place, attacker, target, want):
    attack = _grounded(text, place, attacker, target)
    assert [(loc.name, loc.admin1) for loc in attack.locations] == [want]
