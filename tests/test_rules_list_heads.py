"""A post's item headed by a list of communities is its own strike (dev22 B4): "• A, B and C
communities: mortar fire, no casualties" opens a record at those places, with its own nil, instead
of merging into the item before or the region's lead. Posts written for these tests; published on
Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe


_attacks = AttackProbe()


def _places(text: str) -> list[list[str]]:
    return [[loc.name for loc in a.locations] for a in _attacks(text)]


@pytest.mark.parametrize("text, places", [
    ("Over the past day, Russian forces attacked 12 settlements in the Sumy region, the administration said.\n"
     "• Bilopillia community: a drone hit a private house, injuring a woman, 52.\n"
     "• Myropillia, Khotin, Yunakivka and Esman communities: shelling from mortars, nobody hurt.",
     ["Myropillia", "Khotin", "Yunakivka", "Esman"]),
    ("Overnight the enemy struck the Kharkiv region again, the governor said.\n"
     "— Kupiansk: a guided bomb damaged a school, two men were injured.\n"
     "— Balakliia, Shevchenkove and Zolochiv communities: KAB strikes, two houses damaged.",
     ["Balakliia", "Shevchenkove", "Zolochiv"]),
    ("Russian troops attacked the Dnipropetrovsk region overnight, the governor said.\n"
     "▪ Nikopol: artillery hit a power line, a man was wounded.\n"
     "▪ Marhanets and Pokrov communities: FPV drones and artillery, no one hurt.",
     ["Marhanets", "Pokrov"]),
    ("The enemy shelled the Zaporizhzhia region 300 times over the past day, the governor said.\n"
     "* Orikhiv: a shell hit a shop, two people were injured.\n"
     "* Stepnohirsk and Mala Tokmachka hromadas: mortar shelling, no one was hurt.",
     ["Stepnohirsk", "Mala Tokmachka"]),
    ("Russian forces attacked the Kherson region overnight, the regional administration said.\n"
     "- Kherson: a drone hit a bus stop, a man was wounded.\n"
     "- Bilozerka and Stanislav communities: artillery fire, a barn burned down.",
     ["Bilozerka", "Stanislav"]),
    ("Russian forces attacked the Sumy region overnight, the administration said.\n"
     "• Shostka: a drone hit a garage, no one was hurt.\n"
     "• Krolevets and Putyvl: guided bombs, a house damaged.",
     ["Krolevets", "Putyvl"]),
])
def test_list_head_item_is_its_own_record(text: str, places: list[str]) -> None:
    assert places in _places(text)


def test_list_head_item_keeps_its_own_nil() -> None:
    attacks = _attacks(
        "Over the past day, Russian forces attacked 12 settlements in the Sumy region, the administration said.\n"
        "• Bilopillia community: a drone hit a private house, injuring a woman, 52.\n"
        "• Myropillia, Khotin, Yunakivka and Esman communities: shelling from mortars, nobody hurt.")
    first = next(a for a in attacks if [loc.name for loc in a.locations] == ["Bilopillia"])
    assert (first.injured.value if first.injured else None, first.killed) == (1, None)


@pytest.mark.parametrize("text", [
    # no attack in the item
    "Russian forces attacked the Sumy region overnight, the administration said.\n"
    "• Shostka: a drone hit a garage, no one was hurt.\n"
    "• Humanitarian hubs in Bilopillia and Trostianets are open until 18:00.",
    # bare names that are no towns
    "Russian forces attacked the Sumy region overnight, the administration said.\n"
    "• Shostka: a drone hit a garage, no one was hurt.\n"
    "• Police and Rescuers: debris was cleared by noon.",
])
def test_list_heads_that_open_no_record(text: str) -> None:
    places = _places(text)
    assert len(places) == 1 and "Shostka" in places[0]
