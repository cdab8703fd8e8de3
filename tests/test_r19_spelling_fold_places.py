"""Round 19 (dev36 A5): a small town written in another romanisation (-ia / -ya, i / y) is the town
the gazetteer holds (kept as written); a town told through its community as the object of the hit ("a bomb hit the X
community") is the place hit; a bold run-in region head beside it only says where it lies.
Sentences written for these tests, in several phrasings, with near misses; published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.knowledge import gazetteer

_attacks = AttackProbe()


@pytest.mark.parametrize("written, name", [
    ("Krasnopillia", "Krasnopillya"),
    ("Bilopillya", "Bilopillia"),
    ("Velykomykhaylivka", "Velykomykhailivka"),
])
def test_romanisation_variants_are_one_written_form(written: str, name: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and gazetteer.written_as(written, place)


def test_the_broad_fold_is_not_a_written_form() -> None:
    place = gazetteer.lookup("Kaluga")
    assert place is not None and not gazetteer.written_as("Kaluha", place)


@pytest.mark.parametrize("text, town", [
    ("Two glide bombs fell on Krasnopillia on Sunday, wounding a farmer.", "Krasnopillia"),
    ("**Sumy region.** Two glide bombs fell on Krasnopillia on Sunday, wounding a farmer.", "Krasnopillia"),
    ("**Sumy region.** A guided bomb hit the Krasnopillia community on Sunday, killing a man.", "Krasnopillia"),
    ("Shelling hit the Bilopillya hromada on Sunday, wounding two.", "Bilopillia"),
    ("Shells hit a house in Velykomykhaylivka on Sunday, wounding a man.", "Velykomykhaylivka"),
])
def test_a_variant_spelling_or_a_community_names_the_town(text: str, town: str) -> None:
    a = _attacks.one(text)
    assert [p.name for p in a.locations] == [town]


def test_a_community_that_frames_another_place_stays_a_frame() -> None:
    a = _attacks.one("In the Bilopillia community of the Sumy region, a drone hit a house in Vorozhba on Sunday.")
    assert [p.name for p in a.locations] == ["Vorozhba"]


def test_a_region_head_over_two_cities_names_them() -> None:
    a = _attacks.one("**Sumy region.** Drones hit Sumy and Okhtyrka overnight.")
    assert [p.name for p in a.locations] == ["Sumy", "Okhtyrka"]


def test_a_city_district_adjective_is_no_village_of_a_folded_spelling() -> None:
    attacks = _attacks("Drones hit Kyiv overnight. A block of flats in Solomianskyi and a school in Darnytskyi were "
                       "damaged, and two people were injured.")
    assert all(not any(p.name.startswith("Solomian") for p in a.locations) for a in attacks)
