"""Round 19 (dev35 A6a, dev36 A3): a casualty's journey to treatment ("was taken to hospital in X",
"brought to X's regional hospital", "then transferred to the clinic in Y") names where the wounded
are treated, no place hit. Sentences written for these tests, in several phrasings, with near
misses; published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value
from summariser.articles.hospital_journeys import journey_spans

_attacks = AttackProbe()


def _legs(text: str) -> list[str]:
    return [text[a:b] for a, b in journey_spans(text, 0, len(text))]


@pytest.mark.parametrize("text, leg", [
    ("The driver was taken to hospital in Kharkiv.", "hospital in Kharkiv"),
    ("Both were brought to Kursk's regional hospital.", "Kursk's regional hospital"),
    ("She was flown by helicopter to the burns unit in Dnipro.", "the burns unit in Dnipro"),
    ("They were evacuated to Zaporizhzhia for surgery.", "Zaporizhzhia for surgery"),
])
def test_journey_legs_are_read(text: str, leg: str) -> None:
    assert _legs(text) == [leg]


@pytest.mark.parametrize("text", [
    "A missile hit the hospital in Sumy on Monday.",
    "Residents were evacuated to Poltava after the strike.",  # no treatment: an evacuation
    "A drone struck an ambulance taking a man to hospital in Kherson.",
])
def test_no_journey_to_treatment(text: str) -> None:
    assert _legs(text) == []


@pytest.mark.parametrize("text, place, injured", [
    ("A Russian drone hit a car near Vovchansk on Sunday. The driver was wounded and later taken to "
     "hospital in Kharkiv.", "Vovchansk", 1),
    ("A drone attacked a car near Vovchansk on Sunday. The driver was wounded in the legs and was taken to the "
     "Vovchansk district hospital, then transferred to the regional hospital in Kharkiv.", "Vovchansk", 1),
    ("Shelling hit Nikopol on Sunday, wounding two. Both were evacuated to Dnipro for surgery.", "Nikopol", 2),
    ("Russian shells hit the village of Velykyi Burluk on Sunday. Three residents were wounded and rushed to a "
     "hospital in Kupiansk.", "Velykyi Burluk", 3),
])
def test_the_toll_stays_with_the_strike_and_the_hospital_town_is_no_record(text: str, place: str,
                                                                           injured: int) -> None:
    a = _attacks.one(text)
    assert [p.name for p in a.locations] == [place] and count_value(a.injured) == injured


@pytest.mark.parametrize("text, place", [
    ("A missile hit a hospital in Kharkiv on Sunday, injuring three.", "Kharkiv"),
    ("A drone struck an ambulance taking a man to hospital in Kherson on Sunday.", "Kherson"),
])
def test_a_hit_on_a_hospital_keeps_its_town(text: str, place: str) -> None:
    a = _attacks.one(text)
    assert [p.name for p in a.locations] == [place]
