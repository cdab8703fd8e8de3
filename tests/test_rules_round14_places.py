"""Round 14 (2 December, afternoon) place families of the rules engine, tested with sentences
written for these tests (none from seeds/ or evals/), several phrasings each, with near-misses
that must not fire. Published Wednesday 4 March 2026 unless a test says otherwise.

- a tally over a list of regions that ends on a sea stays the country record (codebook 3);
"""

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


# ------------------------------------------------------------------ a regions tally ending on a sea
@pytest.mark.parametrize("text, n", [
    ("Russia's defence ministry said on Tuesday that air defences destroyed 27 Ukrainian drones over the Kursk, "
     "Oryol and Smolensk regions and over the Sea of Azov.", 27),
    ("Overnight, Russian air defences downed thirty-five Ukrainian drones over the Belgorod, Kursk and Lipetsk "
     "regions, Crimea and the Black Sea, the ministry said.", 35),
    ("Russia's defence ministry said 19 Ukrainian drones were shot down over the Voronezh and Penza regions as well "
     "as over the Caspian Sea overnight.", 19),
    ("Russian air defence crews intercepted 52 Ukrainian drones overnight over the regions of Tambov and Ryazan and "
     "over the Black Sea, the defence ministry said.", 52),
    ("Air defences have destroyed 16 Ukrainian drones over the Tver, Pskov, Novgorod regions and the Baltic Sea, "
     "Russia's defence ministry reported on Tuesday.", 16),
    ("The Russian defence ministry said it had downed 41 Ukrainian drones over Lipetsk, Oryol, Crimea and the Caspian "
     "Sea during the night.", 41),
])
def test_a_regions_tally_ending_on_a_sea_is_the_country_record(text: str, n: int) -> None:
    attacks = _attacks(text)
    assert _places(attacks) == {"Russia"}, [(a.locations) for a in attacks]
    assert [_value(w.intercepted) for a in attacks for w in a.weapons] == [n]


@pytest.mark.parametrize("text", [
    # one region and a sea: that theatre's regional record (atk7)
    "Russian air defences destroyed 30 Ukrainian drones overnight over the Krasnodar region and the Black Sea, "
    "the defence ministry said.",
    "Russia's defence ministry said air defences downed 22 Ukrainian drones overnight over the Rostov region, "
    "Crimea and the Sea of Azov.",
])
def test_one_region_and_a_sea_stay_a_regional_record(text: str) -> None:
    assert "Russia" not in _places(_attacks(text))


def test_a_sea_alone_makes_no_regions_tally() -> None:
    attacks = _attacks("Two Ukrainian naval drones were destroyed in the Black Sea overnight, Russia's defence "
                       "ministry said.")
    assert not any(p.level.value == "region" for a in attacks for p in a.locations)
