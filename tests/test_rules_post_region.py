"""A regional official's post told by "our region" is the region its opening names (dev21 B3; the
rules' side of dev20 A1): a greeting, a title or a heading names the region, and the place-less
record that says "our region", "the region was attacked" or "over the oblast" is that region's,
whether the region's night opens the post or not. A second region named, or no region in the
opening, leaves the record as it was. Sentences written for these tests; published 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.records import Attack


_attacks = AttackProbe("2026-03-04", grounded=True)


def _figures(a: Attack) -> list[tuple[int | None, int | None]]:
    return [(w.launched and w.launched.value, w.intercepted and w.intercepted.value) for w in a.weapons]


@pytest.mark.parametrize("text, region, figures", [
    ("Dear residents of the Belgorod region! Overnight our region was attacked by 31 drones; 29 were downed.",
     "Belgorod Oblast", [(31, 29)]),
    ("Dear residents of the Kursk region! Last night the enemy attacked our region with 42 drones. Air defence "
     "destroyed all but three of them. In Rylsk, a drone damaged a private house; nobody was hurt.",
     "Kursk Oblast", [(42, 39)]),
    ("Good morning, Kharkiv region! Overnight the enemy attacked our region with 26 Shahed drones; 20 were shot "
     "down.", "Kharkiv Oblast", [(26, 20)]),
    ("Bryansk region governor:\n\nThis night the enemy attacked our oblast with 15 UAVs.", "Bryansk Oblast",
     [(15, None)]),
    ("Sumy Oblast, morning summary.\n\nThe region was attacked by 12 drones during the night; air defence downed "
     "nine of them.", "Sumy Oblast", [(12, 9)]),
    ("Good morning, Lipetsk region. Air defence destroyed 17 UAVs over the oblast overnight.",
     "Lipetsk Oblast", [(None, 17)]),
    ("To the people of the Oryol region: tonight 8 drones attacked our region, 8 were destroyed.",
     "Oryol Oblast", [(8, 8)]),
    ("Dear residents of the Chernihiv region! During the night the enemy attacked our region with 14 "
     "drones, 11 were shot down.", "Chernihiv Oblast", [(14, 11)]),
])
def test_our_region_is_the_region_the_post_opens_with(text: str, region: str,
                                                       figures: list[tuple[int | None, int | None]]) -> None:
    records = {a.locations[0].name if a.locations else None: a for a in _attacks(text)}
    assert region in records, list(records)
    assert _figures(records[region]) == figures


@pytest.mark.parametrize("text", [
    # two regions: "our region" is ambiguous
    "Dear residents of the Belgorod region! Overnight our region was attacked by 31 drones. The Kursk region "
    "governor also reported drones.",
    # no region opens the article: a wire story
    "Air defences shot down 31 drones overnight, the ministry said. Our region is safe, a local official added.",
])
def test_no_post_region_no_region_record(text: str) -> None:
    assert not any(p.name == "Belgorod Oblast" for a in _attacks(text) for p in a.locations)
