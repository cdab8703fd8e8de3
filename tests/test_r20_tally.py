"""Round 20 (dev37 C2, dev38 A1, A2, A5): tallies and the places they belong to. Fresh sentences.

- C2: a region's or a site's weapon tally told beside the strike on its one locality is that
  locality's figures (codebook 3), not a record of the region or the country.
- A2: a breakdown of a downed total with the region as subject ("the A region accounted for 23 of
  them, B for 19") gives each region its share; a nil report names no place hit.
- A1: a place ranked by "had borne the brunt of the barrage", "took the heaviest blow", "the target
  was again X" takes the strike told about it.
- A5: a dated strike on a landmark right after a sentence about "the city" is the headline city's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, by_place, count_value
from summariser import lexicon as lx
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.records import Attack, LocationLevel

_attacks = AttackProbe("2026-05-09", grounded=True)


def _figures(a: Attack) -> list[tuple[int | None, int | None]]:
    return [(count_value(w.launched), count_value(w.intercepted)) for w in a.weapons if w.launched or w.intercepted]


def _levels(attacks: list[Attack]) -> list[list[LocationLevel]]:
    return [[p.level for p in a.locations] for a in attacks]


# --- C2: the tally of the region or the site told beside the strike on its one town ------------------

@pytest.mark.parametrize("text, town, figures", [
    ("Russian drones set a grain silo in Reni on fire overnight. The air force said it destroyed 17 drones "
     "above the Odesa region.", "Reni", [(None, 17)]),
    ("Shahed drones hit an energy facility in Konotop overnight, the mayor said. According to the air force, "
     "fourteen drones were destroyed above the Sumy region.", "Konotop", [(None, 14)]),
    ("Russian drones struck Chernihiv overnight. The air force counted 20 Shaheds launched at the region and "
     "downed 15.", "Chernihiv", [(20, 15)]),
    ("Drones set an oil depot in Bryansk ablaze overnight. A source in Kyiv said nine drones had been sent at "
     "the depot.", "Bryansk", [(9, None)]),
    ("Naval drones hit a patrol ship in Sevastopol before dawn. Moscow said three sea drones attempted to "
     "strike the base and all three were destroyed by gunfire.", "Sevastopol", [(3, 3)]),  # attempted: launched too
])
def test_a_region_or_site_tally_is_its_one_towns(text: str, town: str, figures: list[tuple[int | None, int | None]]) -> None:
    attacks = _attacks(text)
    assert _figures(by_place(attacks)[town]) == figures
    assert len(attacks) == 1, _levels(attacks)


def test_a_region_total_after_two_towns_stays_the_regions() -> None:
    attacks = _attacks("Drones hit Konotop and Shostka overnight. The air force said 30 drones were downed over "
                       "the Sumy region.")
    assert _figures(by_place(attacks)["Sumy Oblast"]) == [(None, 30)]


def test_a_region_tally_of_another_night_is_no_figure_of_the_town() -> None:
    attacks = _attacks("Russian drones hit a port in Izmail on Tuesday. On Sunday, the air force said, 12 drones "
                       "were destroyed above the Odesa region.")
    assert not _figures(by_place(attacks)["Izmail"])


def test_a_nationwide_tally_does_not_fold_into_one_site() -> None:
    attacks = _attacks("Drones set the refinery in Syzran ablaze overnight, the governor said. Russia's defence "
                       "ministry reported destroying 40 Ukrainian drones over six regions overnight.")
    assert not _figures(by_place(attacks)["Syzran"])
    assert [_figures(a) for a in attacks if _levels([a]) == [[LocationLevel.country]]] == [[(None, 40)]]


# --- A2: the breakdown told with the region as subject ------------------------------------------------

@pytest.mark.parametrize("text, shares", [
    ("Air defences intercepted 61 Ukrainian drones overnight, the ministry said. According to its breakdown, the "
     "Kaluga region accounted for 25 of them, the Tula region for 21 and the Lipetsk region for 15.",
     {"Kaluga Oblast": 25, "Tula Oblast": 21, "Lipetsk Oblast": 15}),
    ("Russian air defences downed 44 Ukrainian drones overnight; the Belgorod region accounted for 30 of them and "
     "Voronezh for 14.", {"Belgorod Oblast": 30, "Voronezh Oblast": 14}),
    ("Russian air defences shot down 32 drones overnight, the ministry reported. The Smolensk region accounted for "
     "20, Tver for 12.", {"Smolensk Oblast": 20, "Tver Oblast": 12}),
])
def test_each_region_as_subject_gets_its_share(text: str, shares: dict[str, int]) -> None:
    attacks = _attacks(text)
    places = by_place(attacks)
    assert {r: _figures(places[r]) for r in shares} == {r: [(None, n)] for r, n in shares.items()}
    [total] = [a for a in attacks if not {p.name for p in a.locations} & set(shares)]
    assert [w for _, w in _figures(total)] == [sum(shares.values())]


def test_a_share_on_the_one_struck_town_of_its_region() -> None:
    attacks = _attacks("Russian air defences destroyed 36 drones overnight. The Bryansk region accounted for 22 of "
                       "those, Kursk for 14. A drone struck a warehouse in Klimovo, in the Bryansk region, "
                       "the governor said.")
    places = by_place(attacks)
    assert _figures(places["Klimovo"]) == [(None, 22)]
    assert _figures(places["Kursk Oblast"]) == [(None, 14)]
    assert "Bryansk Oblast" not in places


@pytest.mark.parametrize("text", [
    "Kursk accounted for 30 of the dead in the region this year, officials said.",
    "Drones accounted for 80% of the losses, the report said.",
    "The Kharkiv region accounted for half of the casualties last month.",
])
def test_a_statistic_is_no_share(text: str) -> None:
    assert not any(m for m in lx.place_shares(text, 0, len(text)))


def test_a_toll_statistic_after_a_downed_total_makes_no_region_record() -> None:
    attacks = _attacks("Russian air defences downed 40 Ukrainian drones overnight, the ministry said. Kursk "
                       "accounted for 30 of the dead in the region this year.")
    assert _levels(attacks) == [[LocationLevel.country]]


@pytest.mark.parametrize("text", [
    "Tambov officials did not report any damage.",
    "The governor of the Lipetsk region has not reported any hits.",
    "Authorities in the Penza region didn't report any damage or casualties.",
])
def test_a_nil_report_makes_no_record(text: str) -> None:
    assert not _attacks(text)
    assert _levels(_attacks("Russian air defences downed 20 Ukrainian drones overnight. " + text)) == [[LocationLevel.country]]


def test_a_nil_beside_a_hit_keeps_the_hit() -> None:
    attacks = _attacks("Drones struck a depot in the Oryol region overnight, but officials did not report any casualties.")
    assert "Oryol Oblast" in by_place(attacks)


def _grounded_intercepted(text: str, value: int, place: str) -> int | None:
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "drone_strike", "places": [place], "weapons": [
        {"type": "drone", "intercepted": value}], "evidence": [text]}]})
    records = draft_to_records(draft, text, published=dt.date(2026, 5, 9)).attacks
    weapon = records[0].weapons[0] if records and records[0].weapons else None
    return weapon.intercepted.value if weapon and weapon.intercepted else None


@pytest.mark.parametrize("text, value, place", [
    ("Russian air defences shot down 32 drones overnight. The Smolensk region accounted for 20, Tver for 12.", 20, "Smolensk"),
    ("Russian air defences shot down 32 drones overnight. The Smolensk region accounted for 20, Tver for 12.", 12, "Tver"),
])
def test_grounding_reads_a_bare_share_told_by_its_region(text: str, value: int, place: str) -> None:
    assert _grounded_intercepted(text, value, place) == value


def test_grounding_refuses_a_toll_statistic_as_a_share() -> None:
    text = "Russian air defences shot down 32 drones overnight. Bryansk accounted for 20 of the dead this year."
    assert _grounded_intercepted(text, 20, "Bryansk") is None


# --- A1: a place ranked by "the brunt" or "the main target" ------------------------------------------

@pytest.mark.parametrize("text, town, killed, injured", [
    ("Russia launched missiles and drones at several regions overnight. Zaporizhzhia had borne the brunt of the "
     "overnight barrage, the governor said. Fires broke out in two neighbourhoods, and three people were killed there.",
     "Zaporizhzhia", 3, None),
    ("Russian drones hit several towns overnight. In the Sumy region the target was again Shostka. The mayor said "
     "drones hit a bakery and a woman was injured.", "Shostka", None, 1),
    ("Drones attacked the south overnight. In the Mykolaiv region the main target was once more Ochakiv. The "
     "governor said two people were wounded when a drone hit a shop.", "Ochakiv", None, 2),
])
def test_the_ranked_place_takes_its_strike(text: str, town: str, killed: int | None, injured: int | None) -> None:
    attacks = _attacks(text)
    a = by_place(attacks)[town]
    assert (count_value(a.killed), count_value(a.injured)) == (killed, injured)


def test_the_brunt_of_a_cost_ranks_no_place() -> None:
    attacks = _attacks("Drones and missiles hit Ukraine overnight. Lviv bore the brunt of the power cuts, officials "
                       "said. Two people were killed in Rivne.")
    assert "Lviv" not in by_place(attacks)
    assert count_value(by_place(attacks)["Rivne"].killed) == 2


# --- A5: a background strike on a landmark of the story's city ---------------------------------------

@pytest.mark.parametrize("text, city, killed", [
    ("Drones hit Pavlohrad overnight, injuring two residents, the mayor said. The town has been shelled many times "
     "since the invasion began. In March 2023, a Russian missile wrecked the central market, killing 11 people.",
     "Pavlohrad", 11),
    ("A missile struck a warehouse in Kremenchuk on Monday, wounding one worker. The city has been a frequent "
     "target. In May 2022, a missile destroyed a shopping centre, killing 20 people.", "Kremenchuk", 20),
])
def test_a_background_landmark_strike_is_the_story_citys(text: str, city: str, killed: int) -> None:
    attacks = _attacks(text)
    assert sorted(count_value(a.killed) or 0 for a in attacks if [p.name for p in a.locations] == [city])[-1] == killed


def test_a_background_strike_after_another_sentence_keeps_no_place() -> None:
    attacks = _attacks("A missile struck a warehouse in Kremenchuk on Monday, wounding one worker. Officials "
                       "elsewhere recalled older attacks. In May 2022, a missile destroyed a shopping centre, "
                       "killing 20 people.")
    assert [count_value(a.killed) for a in attacks if a.locations and a.locations[0].name == "Kremenchuk"] == [None]
