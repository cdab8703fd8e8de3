"""Round 21 count classes (dev39 C1/C3, dev40 L2/L3/A4), read in fresh sentences on both paths:

- a shoot-down figure told with no digit: "both <weapons>" (two), "all the <weapon>" (that
  weapon's launched count), and a numeral after such a numberless conjunct ("shot down all the
  cruise missiles and 20 of the drones": 20 downed); a launch platform before a model ("a pair of
  sea-launched Kalibr missiles");
- a nil interception told in the record's paragraph outside its quoted sentences (LLM path);
- "a single / a lone <weapon>" as an item of a list under one launch verb (one launched);
- casualties told before the source that reports them, whose name holds a person noun ("wounded a
  guard, the Border Guard press office reported": one, not two);
- a second town told only by its blown-out windows (a strike's damage, rules).

Near misses: "both X and Y" (two kinds, no count), "all the drones were launched from ..." (no
downing), "all the Iskanders hit ..." (no downing), windows smashed in a riot (no war), windows that
only shook.
"""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, attacks_of, by_place, count_value as _v
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.counts import count_support
from summariser.records import Support

_one = AttackProbe().one


def _read(value: int, field: str, text: str) -> list[str]:
    return [h.text for h in count_support(value, field, text, [(0, len(text))])]


# ------------------------------------------------------------------ C1 / L5: grounding (LLM path)

@pytest.mark.parametrize(("text", "value", "field"), [
    ("Moscow sent 14 drones and two Kalibr missiles at Mykolaiv. Gunners destroyed six of the drones and both Kalibrs.",
     2, "weapons[1].intercepted"),
    ("Both Iskanders were brought down over the Dnipro river, the air force said.", 2, "weapons[0].intercepted"),
    ("The air force said it shot down both Kinzhals aimed at the capital before dawn.", 2, "weapons[0].intercepted"),
    ("The fleet fired eight Kalibrs and 30 Shaheds at Izmail; gunners brought down all the Kalibrs and 22 of the Shaheds.",
     8, "weapons[0].intercepted"),
    ("The fleet fired eight Kalibrs and 30 Shaheds at Izmail; gunners brought down all the Kalibrs and 22 of the Shaheds.",
     22, "weapons[1].intercepted"),
    ("The enemy launched five cruise missiles and 40 drones at Lviv. Gunners destroyed all of the cruise missiles "
     "and most of the drones.", 5, "weapons[0].intercepted"),
    ("Russia used 25 drones and three Iskander missiles overnight. All the Iskanders were downed, the command said.",
     3, "weapons[1].intercepted"),
    ("Units destroyed both Kinzhals and nine drones over the capital, the mayor wrote.", 9, "weapons[1].intercepted"),
    ("Late on Sunday the fleet fired a pair of submarine-launched Kalibrs toward Odesa.", 2, "weapons[0].launched"),
])
def test_a_downed_figure_told_without_a_digit_is_read(text: str, value: int, field: str) -> None:
    assert _read(value, field, text)


@pytest.mark.parametrize(("text", "value", "field"), [
    ("Both Russia and Ukraine launched drones overnight, officials said.", 2, "weapons[0].launched"),
    ("Russia fired 40 drones and three Iskander missiles. All the drones were launched from Kursk.",
     40, "weapons[0].intercepted"),
    ("Russia fired 40 drones and three Iskander missiles. All the Iskanders hit the airfield.",
     3, "weapons[1].intercepted"),
    ("Russia fired 40 drones and three Iskander missiles. Air defence destroyed all the Iskanders.",
     40, "weapons[0].intercepted"),
])
def test_near_misses_read_no_downed_figure(text: str, value: int, field: str) -> None:
    assert not _read(value, field, text)


# ------------------------------------------------------------------ C1: rules


def _weapons(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(w.type.value, _v(w.launched), _v(w.intercepted)) for a in attacks_of(text) for w in a.weapons]


@pytest.mark.parametrize(("text", "want"), [
    ("Russia fired two Kalibr missiles and 19 drones at Mykolaiv overnight, the governor said. Air defence destroyed "
     "nine of the drones and both Kalibrs.", ("cruise_missile", 2, 2)),
    ("Russia fired two Iskander missiles at Poltava overnight, the governor said. Air defence shot down both "
     "Iskanders over the suburbs.", ("ballistic_missile", 2, 2)),
    ("Moscow launched 7 Kalibr cruise missiles and 33 Geran drones toward Mykolaiv late on Friday, the mayor wrote; "
     "gunners downed all the Kalibrs and 19 of the Gerans.", ("cruise_missile", 7, 7)),
    ("Moscow launched 7 Kalibr cruise missiles and 33 Geran drones toward Mykolaiv late on Friday, the mayor wrote; "
     "gunners downed all the Kalibrs and 19 of the Gerans.", ("drone", 33, 19)),
    ("Russia launched four cruise missiles and 30 drones at Lviv overnight, the governor said, and all of the cruise "
     "missiles were destroyed.", ("cruise_missile", 4, 4)),
    ("Overnight the navy fired a pair of ship-launched Kalibr missiles and 12 drones toward Izmail, the mayor "
     "wrote.", ("cruise_missile", 2, None)),
    ("Russia launched six air-launched Kh-101 missiles at Lviv overnight, the governor said.", ("cruise_missile", 6, None)),
])
def test_rules_read_a_downed_figure_told_without_a_digit(text: str, want: tuple[str, int, int | None]) -> None:
    assert want in _weapons(text)


def test_all_the_drones_launched_is_no_downed_figure_in_the_rules() -> None:
    text = ("Russia launched four cruise missiles and 30 drones at Lviv overnight, the governor said, and all the drones "
            "were launched from Kursk.")
    assert ("drone", 30, None) in _weapons(text)


def test_both_kinds_is_no_count_in_the_rules() -> None:
    text = ("Russia fired missiles and drones at Poltava overnight, the governor said. Air defence shot down both "
            "drones and missiles.")
    assert all(i is None for _, _, i in _weapons(text))


# ------------------------------------------------------------------ L2: a nil in the record's paragraph (LLM path)

NIL_ARTICLE = (
    "Russia attacked Ukraine overnight with 60 drones and four missiles, the air force said on Monday. "
    "Air defence brought down 41 drones over eight regions. Another 12 were lost from radar. "
    "Not one of the missiles was shot down, the command said.\n\n"
    "In a separate update, the navy said the sea was calm."
)


def _ground(weapons: list[dict], evidence: list[str], text: str = NIL_ARTICLE):
    draft = ArticleDraft.model_validate({"attacks": [{"attacker": "Russia", "target_country": "Ukraine",
                                                      "kind": "drone_and_missile", "places": ["Ukraine"],
                                                      "weapons": weapons, "evidence": evidence}]})
    return draft_to_records(draft, text, published=dt.date(2027, 6, 7))


def test_a_nil_told_later_in_the_paragraph_grounds_a_drafts_zero() -> None:
    got = _ground([{"type": "drone", "launched": 60, "intercepted": 41},
                   {"type": "other", "model": "missiles", "launched": 4, "intercepted": 0}],
                  ["Russia attacked Ukraine overnight with 60 drones and four missiles, the air force said on Monday."])
    drones, missiles = got.attacks[0].weapons
    assert missiles.intercepted is not None and missiles.intercepted.value == 0
    assert missiles.intercepted.support is Support.implied


def test_a_nil_of_the_other_weapon_grounds_no_zero() -> None:
    got = _ground([{"type": "drone", "launched": 60, "intercepted": 0}],
                  ["Russia attacked Ukraine overnight with 60 drones and four missiles, the air force said on Monday."])
    assert got.attacks[0].weapons[0].intercepted is None


def test_a_single_weapon_with_no_name_or_kind_is_no_list_item() -> None:
    assert not _read(1, "weapons[1].launched", "The enemy fired four missiles and a single salvo of rockets at night.")


# ------------------------------------------------------------------ C3: the source's name is no person


@pytest.mark.parametrize("text", [
    "On Friday a customs post near Kupiansk was struck by a drone that wounded a young border guard, the Border "
    "Guard press office reported.",
    "On Friday drones hit a customs post near Kupiansk and injured a border guard, the border guard service "
    "wrote on Telegram.",
    "A fuel depot in Sumy was struck by a missile on Monday that injured a guard, the National Guard said.",
])
def test_a_source_named_with_a_person_noun_is_no_second_person(text: str) -> None:
    assert _v(_one(text).injured) == 1


def test_a_list_of_people_before_the_source_still_counts_each() -> None:
    text = "On Thursday shelling of Kupiansk wounded a driver, a guard and a passenger, the governor said."
    assert _v(_one(text).injured) == 3


# ------------------------------------------------------------------ A4: a town told by its blown-out windows


@pytest.mark.parametrize(("text", "town"), [
    ("A fuel depot in Saratov burned after a Ukrainian drone raid at night, the governor wrote. Two staff were hurt. "
     "In Engels the blast wave blew out the windows of a dozen flats, and nobody was hurt.", "Engels"),
    ("Russian drones hit a warehouse in Sumy overnight, the governor said. Two workers were injured. In Konotop the "
     "shock wave shattered windows in a school; no one was hurt.", "Konotop"),
])
def test_a_town_told_by_blown_out_windows_is_a_record(text: str, town: str) -> None:
    found = by_place(attacks_of(text))
    assert town in found and _v(found[town].injured) == 0


@pytest.mark.parametrize("text", [
    "Russian drones hit a warehouse in Sumy overnight, the governor said. Two workers were injured. Windows were "
    "smashed during a football riot in Konotop last year.",
    "Russian drones hit a warehouse in Sumy overnight, the governor said. Two workers were injured. Windows shook in "
    "Konotop, residents said.",
])
def test_windows_smashed_without_a_strike_or_only_shaken_make_no_record(text: str) -> None:
    assert "Konotop" not in by_place(attacks_of(text))
