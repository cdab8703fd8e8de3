"""Attack rules for the failure classes an analyst found on an unseen set (issue 13, section B),
written as concepts of war reporting and tested with sentences written for these tests (none
from seeds/ or evals/), several phrasings each, with negatives that must not change. Published
Wednesday 4 March 2026 unless a test says otherwise."""

from __future__ import annotations

import pytest

from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

PUBLISHED = "2026-03-04"


def _attacks(text: str, published: str = PUBLISHED) -> list[Attack]:
    return RulesBackend(None).extract(make_article(text, published=published)).attacks


def _places(attacks: list[Attack]) -> set[str]:
    return {p.name for a in attacks for p in a.locations}


def _value(count: object) -> int | None:
    return getattr(count, "value", None)


# --------------------------------------------------------------------------- B1: launch origins


@pytest.mark.parametrize("text, origins", [
    ("Russia attacked Ukraine overnight with 120 drones and five missiles, the air force said. The Shaheds were "
     "sent from Shatalovo and Navlya, and from Chauda in occupied Crimea. Air defences shot down 98 drones.",
     {"Crimea"}),
    ("Russia attacked Ukraine with 150 drones overnight, launched from the Bryansk and Kursk regions and from "
     "Hvardiiske in Crimea. Air defences downed 120 of them.", {"Crimea", "Bryansk Oblast", "Kursk Oblast"}),
    ("Four ballistic missiles were launched out of the Belgorod region towards Kharkiv overnight, wounding six "
     "people in the city.", {"Belgorod Oblast"}),
    ("The cruise missiles were released over the Volgograd region; one of them struck a substation in Kovel, "
     "injuring a worker.", {"Volgograd Oblast"}),
    ("Tu-95 bombers launched 12 Kh-101 missiles over the Volgograd and Saratov regions overnight, the air force "
     "said. The missiles hit a power plant in Burshtyn.", {"Volgograd Oblast", "Saratov Oblast"}),
    ("Russia launched 80 drones and seven cruise missiles at Ukraine overnight. Strategic bombers fired the cruise "
     "missiles while flying over the Caspian Sea and the Engels area. A missile hit an energy facility in Lviv, "
     "injuring two.", {"Engels"}),
])
def test_a_launch_origin_or_release_area_is_no_place_hit(text: str, origins: set[str]) -> None:
    attacks = _attacks(text)
    assert not _places(attacks) & origins, _places(attacks)
    assert all(a.attacker == "Russia" and a.target_country == "Ukraine" for a in attacks)


@pytest.mark.parametrize("text, place", [
    ("Four ballistic missiles were launched out of the Belgorod region towards Kharkiv overnight, wounding six "
     "people in the city.", "Kharkiv"),
    ("A missile launched from Belgorod hit a school in Kharkiv on Tuesday, wounding four.", "Kharkiv"),
    ("Russia launched 40 drones over Odesa overnight, damaging port facilities and injuring three people.", "Odesa"),
    ("Drones launched by Ukraine hit an oil depot in the Bryansk region overnight, the governor said.",
     "Bryansk Oblast"),
])
def test_the_place_hit_beside_a_launch_origin_is_kept(text: str, place: str) -> None:
    assert place in _places(_attacks(text))


def test_figures_whose_only_places_are_origins_go_to_the_country_record() -> None:
    text = ("Russia attacked Ukraine with 150 drones overnight, launched from the Bryansk and Kursk regions and "
            "from Hvardiiske in Crimea. Air defences downed 120 of them.")
    (attack,) = _attacks(text)
    assert [p.name for p in attack.locations] == ["Ukraine"]
    assert [(_value(w.launched), _value(w.intercepted)) for w in attack.weapons] == [(150, 120)]
