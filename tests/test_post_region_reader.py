"""One reader of the region a regional official's post is about (`knowledge/post_region.py`), asked by
the rules (first sentence, a region named with a region word) and grounding (first lines, any region
the gazetteer finds): the one region the opening names, when the article names no other. Sentences
written for these tests."""

from __future__ import annotations

from summariser.knowledge.post_region import opening_lines, post_region, region_keys, regions_named_as_such

GREETED = "Good evening, residents of the Tambov region!\nTonight air defence downed six drones over our region."


def _first_sentence(text: str) -> tuple[int, int]:
    return 0, min(i + 1 for i in (text.find("!"), text.find(".")) if i >= 0)


def test_both_sides_read_the_region_the_opening_names() -> None:
    assert post_region(GREETED, opening_lines(GREETED), region_keys) == "region:RU-TAM"
    place = post_region(GREETED, _first_sentence(GREETED), regions_named_as_such)
    assert place is not None and place.name == "Tambov Oblast"


def test_a_second_region_anywhere_leaves_no_post_region() -> None:
    text = GREETED + " The Penza region also reported drones."
    assert post_region(text, opening_lines(text), region_keys) is None
    assert post_region(text, _first_sentence(text), regions_named_as_such) is None


def test_an_opening_with_no_region_leaves_no_post_region() -> None:
    text = "Air defence downed six drones overnight.\nIn the Tambov region, nobody was hurt."
    assert post_region(text, _first_sentence(text), regions_named_as_such) is None
    assert opening_lines(text, 1) == (0, len("Air defence downed six drones overnight."))
