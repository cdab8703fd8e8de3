"""Attack rules for the failure classes an analyst found on the unseen set dev18 (issue 13,
section B: B5-B10), written as concepts of war reporting (word families, both orders, other
formats) and tested with sentences written for these tests (none from seeds/ or evals/), several
phrasings each, with negatives that must not change. Published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, attacks_of, count_value as _value
from summariser.records import Attack

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED, grounded=True)


def _places(attack: Attack) -> list[str]:
    return [loc.name for loc in attack.locations]


def _day(attack: Attack) -> str | None:
    """The last day of the record's date (a night ends on it)."""
    date = attack.date
    if date is None:
        return None
    day = date.end or date.start
    return day.isoformat() if day else None


# --------------------------------------------------------------------------- B5: several nights under one lead


@pytest.mark.parametrize("text, nights", [
    ("Russian forces struck Sumy on two consecutive nights, local officials said.\n\n"
     "On the night of 1 March, a missile hit the premises of a vocational college in the Zarichnyi district. "
     "Seven people were injured.\n\nThe next night, Shahed-type drones hit an industrial site in the city, the mayor said.",
     {"2026-03-01": 7, "2026-03-02": None}),
    ("Poltava was attacked two nights in a row.\n\nLate on 27 February a ballistic missile landed on the grounds "
     "of a lyceum. Five people were hurt.\n\nOn the night of 2 March, drones struck a warehouse in the city.",
     {"2026-02-27": 5, "2026-03-02": None}),
    ("Odesa came under attack for a second straight night.\n\nOverto Monday a missile slammed into a student "
     "dormitory, wounding four.\n\nOvernight into Tuesday, drones hit port infrastructure in the city.".replace(
         "Overto", "Overnight into"),
     {"2026-03-02": 4, "2026-03-03": None}),
    ("Russia hit Kharkiv twice within 48 hours.\n\nOn Sunday evening a guided bomb struck a campus in the "
     "Kyivskyi district, injuring 12.\n\nOn Tuesday morning a missile hit a depot, wounding two.",
     {"2026-03-01": 12, "2026-03-03": 2}),
    ("Chernihiv suffered back-to-back nights of drone raids.\n\nOn the night of 28 February, a drone crashed into "
     "a hostel, injuring three students.\n\nOn the night of 2 March, two drones hit a boiler house.",
     {"2026-02-28": 3, "2026-03-02": None}),
    ("Drones targeted Kryvyi Rih for the third night running, the regional governor said.\n\n"
     "On Saturday night a drone struck a gymnasium. Two people were injured.\n\n"
     "On Monday night a missile hit a utility company's office, injuring six.",
     {"2026-03-01": 2, "2026-03-03": 6}),
    ("Ukrainian drones hit Belgorod on three successive nights, the governor said.\n\nOn the night of 26 February "
     "a drone hit a college dormitory. One person was hurt.\n\nOn the night of 1 March, drones struck an "
     "electrical substation, injuring two.",
     {"2026-02-26": 1, "2026-03-01": 2}),
    ("Zaporizhzhia was shelled night after night this week.\n\nOn Sunday night a missile hit a technical college, "
     "wounding eight.\n\nOn Tuesday night drones struck a warehouse on the outskirts.",
     {"2026-03-02": 8, "2026-03-04": None}),
])
def test_a_lead_announcing_several_nights_gives_each_night_a_record_of_its_place(
        text: str, nights: dict[str, int | None]) -> None:
    attacks = _attacks(text)
    (place,) = {p for a in attacks for p in _places(a)}
    assert len(attacks) == len(nights) and place in text.split("\n")[0]
    assert {_day(a): _value(a.injured) for a in attacks} == nights


@pytest.mark.parametrize("text", [
    "Zaporizhzhia was hit overnight; a missile struck a college and two drones hit a garage, injuring two.",
    "A missile hit a lyceum in Sumy overnight, wounding three. Drones also damaged a warehouse in the city.",
    "Kherson was shelled for a second day running on Tuesday. A shell hit a college, injuring a guard.",
])
def test_one_night_or_an_untold_second_night_stays_one_record(text: str) -> None:
    assert len(_attacks(text)) == 1


def test_a_night_told_twenty_four_hours_later_is_the_lead_s_next_night() -> None:
    text = ("Mykolaiv was hit two nights in a row. A missile struck a lyceum in the small hours of 2 March, hurting nine. "
            "Twenty-four hours later drones set a depot ablaze in the city.")
    assert sorted(str(_day(a)) for a in _attacks(text)) == ["2026-03-02", "2026-03-03"]


def test_another_city_told_after_the_lead_ends_its_nights() -> None:
    text = ("Sumy was hit two nights in a row. On the night of 1 March a missile hit a college there, injuring two.\n\n"
            "Separately, on the night of 2 March, drones struck a depot in Poltava, injuring one.")
    by_place = {tuple(_places(a)): _value(a.injured) for a in _attacks(text)}
    assert by_place == {("Sumy",): 2, ("Poltava",): 1}


@pytest.mark.parametrize("phrase", ["a vocational college", "a lyceum", "a student hostel", "a university campus",
                                    "a boarding school", "an educational institution"])
def test_a_strike_on_the_education_family_is_damage_told(phrase: str) -> None:
    (attack,) = _attacks(f"Shelling hit Kherson on Monday. Later a drone struck {phrase}.")
    assert attack.damage


# --------------------------------------------------------------------------- B6: localities listed, then told one by one


def _by_place(attacks: list[Attack]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each record's places -> its weapon types (sorted)."""
    return {tuple(_places(a)): tuple(sorted(w.type.value for w in a.weapons)) for a in attacks}


@pytest.mark.parametrize("text, records", [
    ("Overnight the Russian army sent missiles and drones against the power grid. Blasts were reported in Rivne and Lutsk. "
     "In Lutsk a substation burned.",
     {("Rivne",): ("drone", "missile"), ("Lutsk",): ("drone", "missile")}),
    ("The Russian defence ministry claimed on Tuesday that it had struck energy facilities overnight with cruise missiles and drones. "
     "Explosions were heard in Lviv and Ternopil. Lviv's mayor said two people were injured. "
     "In Ternopil, fire broke out at a logistics facility.",
     {("Lviv",): ("cruise_missile", "drone"), ("Ternopil",): ("cruise_missile", "drone")}),
    ("Shahed drones crossed the region late on Sunday; blasts rocked Poltava and Kremenchuk. In Kremenchuk, debris "
     "fell on a refinery.",
     {("Poltava",): ("drone",), ("Kremenchuk",): ("drone",)}),
    ("Russian missiles were launched at the south overnight. Loud explosions were heard in Odesa and Izmail, officials "
     "said. In Izmail, a grain terminal was damaged. "
     "In Odesa, a warehouse caught fire.",
     {("Odesa",): ("missile",), ("Izmail",): ("missile",)}),
    ("Ukrainian drones attacked overnight and residents reported blasts in Bryansk and Kursk, Russian officials said. "
     "In Kursk, a drone crashed into the roof of a factory.",
     {("Bryansk",): ("drone",), ("Kursk",): ("drone",)}),
    ("Loud blasts rocked Kharkiv, Chuhuiv and Izium before dawn as glide bombs rained down. "
     "In Izium, a bomb destroyed a school.",
     {("Kharkiv", "Chuhuiv"): ("glide_bomb",), ("Izium",): ("glide_bomb",)}),
])
def test_a_listed_locality_told_on_its_own_is_a_record_of_its_own_with_the_list_s_weapons(
        text: str, records: dict[tuple[str, ...], tuple[str, ...]]) -> None:
    assert _by_place(_attacks(text)) == records


def test_a_strike_verb_s_list_stays_one_record_beside_a_place_s_own() -> None:
    """Codebook rule 2: 'drones attacked A and B' is an aggregate; only blasts heard are split."""
    text = "Drones attacked Sumy and Okhtyrka overnight. In Okhtyrka, a drone set a warehouse ablaze."
    assert ("Sumy", "Okhtyrka") in _by_place(_attacks(text))


@pytest.mark.parametrize("text, records", [
    ("Drones attacked Rivne and Lutsk overnight, damaging several houses.", {("Rivne", "Lutsk"): ("drone",)}),
    ("A missile hit Dnipro on Monday. Separately, artillery shelled Nikopol.",
     {("Dnipro",): ("missile",), ("Nikopol",): ("artillery",)}),
])
def test_a_list_with_no_details_of_its_own_stays_one_record(
        text: str, records: dict[tuple[str, ...], tuple[str, ...]]) -> None:
    assert _by_place(_attacks(text)) == records


def test_a_toll_told_with_the_list_stays_with_the_list() -> None:
    text = ("Missiles hit Sumy and Okhtyrka overnight, killing three. In Okhtyrka, a drone later hit a garage on Monday.")
    (listed,) = [a for a in _attacks(text) if "Sumy" in _places(a)]
    assert _value(listed.killed) == 3


@pytest.mark.parametrize("text, records", [
    ("Overnight Russia launched a massive attack with drones and missiles on western Ukraine. In Lutsk, a substation "
     "was hit, the mayor said. Two people were injured. In Rivne, fire broke out at a logistics facility.",
     {("Lutsk",): ("drone", "missile"), ("Rivne",): ("drone", "missile")}),
    ("On the night of 2 March, Russia attacked the energy grid with drones. Two people were injured in Lviv. "
     "A school was damaged in Ternopil. In Khmelnytskyi, a warehouse burned.",
     {("Lviv",): ("drone",), ("Ternopil",): ("drone",), ("Khmelnytskyi",): ("drone",)}),
    ("Ukrainian drones attacked Russian oil facilities overnight, the Russian side said. A refinery was set on fire "
     "in Saratov, the governor said. Separately, in Volgograd a fuel depot burned, the regional head said.",
     {("Saratov",): ("drone",), ("Volgograd",): ("drone",)}),
])
def test_a_locality_of_a_date_only_lead_s_night_takes_the_lead_s_weapons(
        text: str, records: dict[tuple[str, ...], tuple[str, ...]]) -> None:
    assert _by_place(_attacks(text)) == records


@pytest.mark.parametrize("text, place, weapons", [
    ("Overnight Russia attacked the grid with drones. In Lutsk, a missile hit a substation.", "Lutsk", ("missile",)),
    ("Overnight Russia attacked the grid with drones. On Monday afternoon, a fire broke out at a plant in Rivne "
     "after shelling.", "Rivne", ("artillery",)),
    ("Drones attacked Odesa overnight, injuring two. On 1 March, a warehouse in Mykolaiv was damaged in an attack.",
     "Mykolaiv", ()),
])
def test_a_locality_with_its_own_weapon_or_night_keeps_it(text: str, place: str, weapons: tuple[str, ...]) -> None:
    assert _by_place(_attacks(text))[(place,)] == weapons


# --------------------------------------------------------------------------- B7: list items after a bracket (rules side)


def _weapons(text: str) -> set[tuple[str, int | None, int | None]]:
    """The rules' own weapons (before grounding, whose list reader is the LLM path's A2):
    (type, launched, intercepted) of every entry of the article's one record."""
    (attack,) = attacks_of(text, PUBLISHED)
    return {(w.type.value, _value(w.launched), _value(w.intercepted)) for w in attack.weapons}


@pytest.mark.parametrize("text, entry", [
    ("Russia launched overnight: 85 drones (Shahed-type) plus 18 missiles, Ukraine's air force said.", ("missile", 18, None)),
    ("Overnight, the enemy attacked Ukraine with 85 drones (Shahed-type) as well as 6 Iskander-M ballistic missiles.",
     ("ballistic_missile", 6, None)),
    ("Russia attacked Ukraine with 140 attack drones (Shahed, Geran-2) along with 9 cruise missiles overnight.",
     ("cruise_missile", 9, None)),
    ("Overnight the enemy attacked Ukraine with 64 strike drones (Geran-2 and Shahed), 4 Kh-101 cruise missiles "
     "and 2 Iskander-M missiles.", ("ballistic_missile", 2, None)),
    ("The enemy launched 33 missiles (including 8 Iskander-M) and 150 drones at Ukraine overnight.", ("drone", 150, None)),
    ("The enemy launched 33 missiles (including 8 Iskander-M) and 150 drones at Ukraine overnight.",
     ("ballistic_missile", 8, None)),
    ("Russia fired 12 missiles (Kalibr and Kh-101) together with 90 drones at Ukraine overnight.", ("drone", 90, None)),
    ("Russia fired 12 missiles (Kalibr and Kh-101) together with 90 drones at Ukraine overnight.",
     ("cruise_missile", 12, None)),
])
def test_a_list_item_after_a_bracket_keeps_the_list_s_verb(text: str, entry: tuple[str, int | None, int | None]) -> None:
    assert entry in _weapons(text)


@pytest.mark.parametrize("text, total", [
    ("The Ukrainian air force reported that Russia launched overnight: 120 drones (Shahed, Gerbera and other types) plus 18 missiles.",
     ("other", 120, None)),
    ("Overnight the Russians launched 210 drones (Shahed and Gerbera types) plus 9 Iskander-M missiles at Ukraine; "
     "180 drones were shot down.", ("other", 210, 180)),
    ("Russia sent 96 drones (Geran-2, Gerbera) against Ukraine overnight. Air defences downed 70 drones.",
     ("other", 96, 70)),
])
def test_a_bracket_naming_a_decoy_beside_a_strike_drone_makes_a_combined_total(
        text: str, total: tuple[str, int | None, int | None]) -> None:
    weapons = _weapons(text)
    assert total in weapons and {t for t, _, _ in weapons} >= {"other", "drone", "decoy_drone"}


@pytest.mark.parametrize("text, entry", [
    ("Russia attacked Ukraine with 140 attack drones (Shahed, Geran-2) overnight; 120 were shot down.", ("drone", 140, 120)),
    ("Overnight the enemy launched 12 missiles (Kalibr and Iskander-M) at Ukraine.", ("missile", 12, None)),
])
def test_a_bracket_of_strike_models_only_keeps_one_typed_entry(text: str, entry: tuple[str, int | None, int | None]) -> None:
    assert entry in _weapons(text)


# --------------------------------------------------------------------------- B8: a family with an age aside


def _toll(text: str) -> tuple[int | None, int | None]:
    (attack,) = _attacks(text)
    return _value(attack.injured) or _value(attack.killed), _value(attack.children_injured) or _value(attack.children_killed)


@pytest.mark.parametrize("text, toll", [
    ("A drone hit a house in Brovary overnight. A woman and her two sons, aged 9 and 13, were injured.", (3, 2)),
    ("A missile hit Odesa on Monday. A grandmother and her two grandchildren (aged 8 and 10) were injured.", (3, 2)),
    ("A drone hit a car near Nikopol on Monday, wounding a father and his son, 17.", (2, 1)),
    ("A drone hit Zaporizhzhia on Monday. A mother and her two daughters, aged seven and 12, sustained injuries.", (3, 2)),
    ("A drone struck Sumy on Monday. A father and his two sons, aged 11 and 19, were injured.", (3, 1)),
    ("Shelling hit Kherson on Monday, injuring a woman and her three children, aged 2, 5 and 11.", (4, 3)),
    ("A glide bomb struck Kupiansk on Monday. A couple and their daughter, 6, were hurt.", (3, 1)),
    ("A missile hit Kryvyi Rih overnight. A man and his two nephews, aged 14 and 16, were killed.", (3, 2)),
    ("A glide bomb hit Kharkiv on Monday. A man, his wife and their son, aged 15, suffered shrapnel wounds.", (3, 1)),
])
def test_a_family_with_an_age_aside_is_a_count_and_its_minors_children(
        text: str, toll: tuple[int | None, int | None]) -> None:
    assert _toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("A drone hit a house in Irpin overnight. A man and his two sons, aged 20 and 24, were injured.", (3, None)),
    ("A drone hit a house in Irpin overnight. A woman and her sons were injured.", (None, None)),
    ("A drone hit a house in Irpin overnight. A woman, 45, was injured.", (1, None)),
])
def test_adults_or_an_untold_number_are_no_children(text: str, toll: tuple[int | None, int | None]) -> None:
    assert _toll(text) == toll


def test_kin_counted_only_by_their_ages_is_counted_by_the_rules() -> None:
    text = "A missile hit Poltava on Monday. A 40-year-old woman and her sons, aged 5 and 8, were injured."
    (attack,) = attacks_of(text, PUBLISHED)
    assert (_value(attack.injured), _value(attack.children_injured)) == (3, 2)


# --------------------------------------------------------------------------- B9: a raising frame between count and cue


@pytest.mark.parametrize("text, toll", [
    ("A missile hit Bilhorod-Dnistrovskyi on Monday. Six people are now believed to have been killed.", (6, None)),
    ("A missile struck Kremenchuk on Monday. At least 11 are feared dead under the rubble, rescuers said.", (11, None)),
    ("Shelling hit Kupiansk on Monday. Three civilians were confirmed dead.", (3, None)),
    ("A drone hit Sumy on Monday. Four people are thought to have died, officials said.", (4, None)),
    ("A glide bomb struck Kostiantynivka on Monday; two people are thought to have been wounded.", (None, 2)),
    ("A missile hit Odesa on Monday, and at least nine people are reported to have been injured.", (None, 9)),
    ("A drone hit Kherson on Monday. Five residents are presumed dead.", (5, None)),
    ("Missiles hit Dnipro on Monday. Seven people were said to have been killed and 20 others are believed to have "
     "been injured.", (7, 20)),
    ("Drones hit Lozova overnight; eight miners are understood to have been hurt.", (None, 8)),
])
def test_a_raising_frame_between_a_count_and_its_cue_keeps_the_toll(text: str, toll: tuple[int | None, int | None]) -> None:
    (attack,) = _attacks(text)
    assert (_value(attack.killed), _value(attack.injured)) == toll


@pytest.mark.parametrize("text", [
    "A missile hit Zaporizhzhia on Monday. Twenty people are known to have left the village before the strike.",
    "A missile hit Zaporizhzhia on Monday. Officials are not yet known to have counted the dead.",
    "A missile hit Zaporizhzhia on Monday. Ten residents are believed to have been evacuated.",
])
def test_a_raising_frame_without_a_casualty_cue_is_no_toll(text: str) -> None:
    (attack,) = _attacks(text)
    assert (_value(attack.killed), _value(attack.injured)) == (None, None)


# --------------------------------------------------------------------------- B10: a strike dated by another event


@pytest.mark.parametrize("text, day", [
    ("NATO leaders opened a summit in Vilnius on Tuesday.\n\nShortly before the summit opened, drones struck a depot "
     "in Shostka, injuring two.", "2026-03-03"),
    ("Ceasefire talks between the two sides ended in Istanbul on Sunday.\n\nHours after the talks ended, a rocket "
     "slammed into a school in Zolochiv, wounding three.", "2026-03-01"),
    ("The two sides swapped 300 prisoners each on Saturday.\n\nOn the eve of the exchange, shells landed on a market "
     "in Beryslav, killing one.", "2026-02-27"),
    ("Delegations met in Geneva on Sunday for a new round of talks.\n\nHours before the negotiations began, a drone "
     "hit a house in Chernihiv, injuring a woman.", "2026-03-01"),
    ("Minutes after the vote, a missile struck a warehouse in Pavlohrad, wounding four.\n\nParliament held the vote "
     "on Monday.", "2026-03-02"),
    ("Just ahead of Macron's visit, a glide bomb hit an apartment block in Kupiansk, injuring six.\n\n"
     "The French president arrived on his visit on Tuesday.", "2026-03-03"),
    ("Foreign ministers gathered in Riga on Monday for a conference on Ukraine.\n\nAs the conference opened, "
     "Russian drones hit a substation in Konotop.", "2026-03-02"),
    ("Kyiv held a parade on Sunday to mark the anniversary.\n\nHours before the parade, a missile hit a garage "
     "in Bila Tserkva, injuring one.", "2026-03-01"),
])
def test_a_strike_told_from_another_event_takes_that_event_s_day(text: str, day: str) -> None:
    (attack,) = _attacks(text)
    assert _day(attack) == day


@pytest.mark.parametrize("text", [
    "The previous round of talks was held on 20 February.\n\nHours before the talks began, a drone hit a house in Irpin.",
    "Shortly before the summit opened, drones struck a depot in Shostka, injuring two.",
])
def test_no_dated_event_of_its_kind_leaves_the_strike_undated(text: str) -> None:
    (attack,) = _attacks(text)
    assert attack.date is None


def test_a_strike_with_its_own_day_keeps_it() -> None:
    text = ("Delegations met in Geneva on Sunday.\n\nOn Friday, hours before the talks were announced, a drone hit a "
            "house in Chernihiv.")
    (attack,) = _attacks(text)
    assert _day(attack) == "2026-02-27"


@pytest.mark.parametrize("text, total", [
    ("Overnight Russia attacked Ukraine with 97 drones of the Geran-2 and Gerbera types; 81 were shot down.",
     ("other", 97, 81)),
    ("Overnight Russia attacked Ukraine with 88 drones, including Shaheds and Gerberas. Air defences downed 61 drones.",
     ("other", 88, 61)),
    ("Overnight Russia launched 143 UAVs of the Geran type and Gerbera decoys at Ukraine.", ("other", 143, None)),
])
def test_a_decoy_named_beside_a_strike_drone_in_any_word_order_makes_a_combined_total(
        text: str, total: tuple[str, int | None, int | None]) -> None:
    """dev19 D2 ruling: the bracket, 'of the A and B types' and 'including A and B' alike."""
    weapons = _weapons(text)
    assert total in weapons and {t for t, _, _ in weapons} >= {"other", "drone", "decoy_drone"}


def test_a_count_of_strike_drone_models_only_stays_a_drone_count() -> None:
    assert ("drone", 60, 50) in _weapons("Overnight Russia launched 60 drones of the Shahed type at Ukraine; 50 were shot down.")


def _rules_toll(text: str) -> tuple[int | None, int | None]:
    """The rules' own injured / children injured (before grounding, whose kin-age reader is the LLM path's)."""
    (attack,) = attacks_of(text, PUBLISHED)
    return _value(attack.injured), _value(attack.children_injured)


@pytest.mark.parametrize("text, toll", [
    ("A drone hit Kupiansk on Monday. A 54-year-old man and his daughter, 7 years old, were wounded by glass.", (2, 1)),
    ("A glide bomb hit Vovchansk on Monday; an elderly woman and her granddaughter, aged 12, were hurt.", (2, 1)),
    ("A drone hit Kupiansk on Monday. A 71-year-old pensioner and her nephew, 8 years old, were injured.", (2, 1)),
    ("A drone hit Lozova on Monday, injuring a 40-year-old mother and her son (5).", (2, 1)),
    ("A drone hit Balakliia on Monday. A woman and her son, 23 years old, were injured.", (2, None)),
])
def test_one_member_s_age_in_an_aside_decides_that_member_alone(text: str, toll: tuple[int | None, int | None]) -> None:
    """dev19 A5, broadening dev18 B8: the aside may give one member's age, 'N years old' too."""
    assert _rules_toll(text) == toll


# --------------------------------------------------------------------------- dev19 B8: the nil that closes a post's paragraph


@pytest.mark.parametrize("text, toll", [
    ("A drone hit a barn in Horlivka overnight.\nPower lines were cut in Yenakiieve and Debaltseve.\n"
     "Fire crews worked until morning.\nThere were no casualties.", (0, 0)),
    ("A drone hit a barn in Horlivka overnight. Power lines were cut in Yenakiieve and Debaltseve. The blaze was extinguished "
     "before dawn. There were no casualties.", (0, 0)),
    ("Shells hit a garage in Vovchansk on Monday. Gas supply was cut in Chuhuiv and Zolochiv. Crews restored it by "
     "evening. Nobody was hurt.", (None, 0)),
])
def test_a_nil_closing_the_record_s_paragraph_is_the_record_s(text: str, toll: tuple[int | None, int | None]) -> None:
    attacks = [a for a in _attacks(text) if _places(a) in (["Horlivka"], ["Vovchansk"])]
    assert [(_value(a.killed), _value(a.injured)) for a in attacks] == [toll]


def test_a_nil_in_the_next_paragraph_after_other_places_is_not_the_record_s() -> None:
    text = ("A drone hit a barn in Horlivka overnight.\n\nPower lines were cut in Yenakiieve and Debaltseve. The blaze "
            "was extinguished before dawn. Crews worked all day. There were no casualties.")
    (attack,) = [a for a in _attacks(text) if _places(a) == ["Horlivka"]]
    assert (_value(attack.killed), _value(attack.injured)) == (None, None)


# --------------------------------------------------------------------------- dev19 B11: the weapons a struck site makes


def _types(text: str) -> set[str]:
    (attack,) = attacks_of(text, PUBLISHED)
    return {w.type.value for w in attack.weapons}


@pytest.mark.parametrize("text, types", [
    ("Ukrainian forces hit a shop for assembling attack drones in Donetsk overnight.", set()),
    ("Russian forces struck a missile repair plant near Dnipro on Monday.", set()),
    ("A warehouse storing drones in Kramatorsk was hit by a glide bomb on Monday.", {"glide_bomb"}),
    ("A strike hit a facility producing artillery shells in Bryansk on Monday.", set()),
    ("Kyiv said it hit a depot used for the storage of Shahed drones in Donetsk overnight.", set()),
    ("Drones struck a plant near Dnipro on Monday.", {"drone"}),
    ("A missile hit a factory making tractors in Kharkiv on Monday.", {"missile"}),
])
def test_a_weapon_the_struck_site_makes_or_keeps_is_the_target_not_the_weapon(text: str, types: set[str]) -> None:
    assert _types(text) == types
