"""Round 16: the gazetteer's text scan folds romanisation variants of a town's name (dev30 B6), and a
feature's dateline city quoted with its record's sentences is the lead's place (dev30 A4).

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import place_from_context
from summariser.knowledge import gazetteer
from summariser.knowledge.translit import spelling_key
from summariser.records import Support


def _scan(text: str) -> list[str]:
    return [m.place.name for m in gazetteer.find_places(text)]


# --------------------------------------------------------------------------- B6 spellings

@pytest.mark.parametrize("text, place", [
    ("Drones set the Novokuibyshevsk refinery ablaze overnight.", "Novokuybyshevsk"),   # ui / uy
    ("Ukrainian drones hit the Afipsky oil plant on Tuesday.", "Afipskiy"),             # -sky / -skiy
    ("A fire broke out at the Ilsky refinery after the raid.", "Ilskiy"),
    ("Officials said the Novoshakhtinskiy plant stopped work.", "Novoshakhtinsk"),       # -skiy / -sk
    ("Sirens sounded in Tihoretsk before dawn.", "Tikhoretsk"),                         # kh / h
    ("Shelling hit Marinka again on Monday.", "Maryinka"),                              # y / i
    ("Smoke rose over Harkiv after the strike.", "Kharkiv"),
])
def test_a_romanisation_variant_is_found_in_text(text: str, place: str) -> None:
    assert place in _scan(text)


def test_spelling_key_folds_the_usual_alternations() -> None:
    assert spelling_key("afipsky") == spelling_key("afipskiy") == spelling_key("afipskij")
    assert spelling_key("yevpatoria") == spelling_key("evpatoria")
    assert spelling_key("tikhoretsk") == spelling_key("tihoretsk")
    assert spelling_key("novoshakhtinskiy") == spelling_key("novoshakhtinsk")


@pytest.mark.parametrize("text", [
    "Kremlin envoy Kirill Dmitriev flew to the talks on Monday.",       # a surname after a first name
    "Governor Serhii Lysak said the night was calm.",                  # a first name before a surname
    "Novokuibyshevsk officials declined to comment.",                  # a sentence's first word
    "The Sovetsky district court ruled on Friday.",                    # a city's part
    "Polish and Marina officials met in the hall.",                    # English words
])
def test_a_folded_spelling_is_not_read_from_names_words_or_sentence_starts(text: str) -> None:
    found = _scan(text)
    assert not set(found) & {"Dmitriyev", "Serhiyi", "Novokuybyshevsk", "Sovetsk"}, found


def test_an_exact_name_still_wins() -> None:
    assert _scan("Drones hit Novokuybyshevsk and Syzran overnight.") == ["Novokuybyshevsk", "Syzran"]


# --------------------------------------------------------------------------- A4 a feature's dateline city

FRIDAY = dt.date(2025, 6, 13)
FEATURE = ("SUMY — Olena still keeps the key to the flat she shared with her parents on the fourth floor. "
           "They died in March, when a Russian missile hit the hostel on Soborna Street at night. "
           "Nine people were killed in the strike, two of them children. "
           "Neighbours now meet every Sunday at the library to sort the compensation forms. "
           "Sumy has seen alerts almost every night since.")
FIRST = FEATURE.split(". ")[0] + "."
STRIKE = "They died in March, when a Russian missile hit the hostel on Soborna Street at night."


def _attack(places: list[str], evidence: list[str], text: str):
    draft = ArticleDraft.model_validate({"attacks": [{
        "attacker": "Russia", "target_country": "Ukraine", "kind": "missile_strike", "places": places,
        "evidence": evidence}]})
    return draft_to_records(draft, text, published=FRIDAY)


def test_the_dateline_city_quoted_with_the_strike_is_its_place() -> None:
    out = _attack(["Sumy"], [FIRST, STRIKE], FEATURE)
    assert [loc.name for loc in out.attacks[0].locations] == ["Sumy"]
    assert out.attacks[0].support["locations[0]"] is Support.inferred
    assert out.attacks[0].target_country == "Ukraine"


def test_a_dateline_city_the_body_never_names_again_is_not_taken() -> None:
    text = FEATURE.replace("Sumy has seen alerts", "The town has seen alerts")
    spans = [(0, text.index("Street at night.") + 16)]
    assert not place_from_context("Sumy", text, spans, "Ukraine")


def test_a_dateline_city_is_not_the_place_of_a_strike_that_names_another() -> None:
    text = ("KYIV — Russian drones struck Odesa overnight, setting a warehouse on fire, the governor said. "
            "Kyiv itself had a quiet night.")
    spans = [(0, text.index("said.") + 5)]
    assert not place_from_context("Kyiv", text, spans, "Ukraine")
