"""Attack rules for the r9 failure classes (A1-A10 of the analyst's class file), written as concepts
of war reporting and tested with sentences written for these tests (none from seeds/ or evals/),
several phrasings each, with negatives that must not change. Published Wednesday 4 March 2026
unless a test says otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, by_place as _by_place, count_value as _value
from summariser.records import Attack, AttackKind, WeaponType

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED)


# --------------------------------------------------------------------------- A1: localities after a region's digest

DIGEST = ("Over the past day, Russian forces shelled 11 settlements of the Sumy region 74 times with artillery, "
          "mortars, FPV drones and guided bombs, the regional administration said. ")


@pytest.mark.parametrize("detail, town, kind", [
    ("In Zarichne the driver of a tractor was hurt by a kamikaze drone.", "Zarichne", AttackKind.air_drone_strike),
    ("In Zarichne, a tractor driver was injured by an FPV drone.", "Zarichne", AttackKind.air_drone_strike),
    ("Lypova Dolyna hromada was hit by two aerial bombs; a barn burned down.", "Lypova Dolyna", AttackKind.glide_bomb),
    ("Guided bombs hit the Velykopysarivka community, damaging a shop.", "Velykopysarivka", AttackKind.glide_bomb),
])
def test_a_locality_after_a_regions_digest_is_its_own_strike_in_that_region(detail: str, town: str,
                                                                             kind: AttackKind) -> None:
    places = _by_place(_attacks(DIGEST + detail))
    assert town in places and "Sumy Oblast" in places
    assert places[town] is not places["Sumy Oblast"]
    assert places[town].kind is kind
    assert next(p for p in places[town].locations if p.name == town).admin1 == "Sumy Oblast"


def test_two_localities_after_a_digest_are_two_records_with_their_own_tolls() -> None:
    text = DIGEST + ("In Zarichne a 58-year-old man was wounded by a drone. "
                     "Bilopillia community was struck by three aerial bombs; a warehouse burned down.")
    places = _by_place(_attacks(text))
    assert _value(places["Zarichne"].injured) == 1
    assert places["Bilopillia"] is not places["Zarichne"]
    assert _value(places["Bilopillia"].injured) is None


@pytest.mark.parametrize("text", [
    "Residents of Hlukhivka community were evacuated last year.",
    "In Zarichne, residents gathered for a memorial concert on Sunday.",
    "In February, the council of Kozacha Lopan community approved a new budget.",
])
def test_a_community_or_an_opening_in_x_without_a_strike_makes_no_record(text: str) -> None:
    assert set(_by_place(_attacks("Russian drones struck Kharkiv overnight, injuring two. " + text))) == {"Kharkiv"}


def test_a_month_that_opens_a_sentence_is_no_place() -> None:
    attacks = _attacks("In March, a Russian drone hit a house in Kharkiv, injuring two.", "2026-06-01")
    assert "March" not in _by_place(attacks)


@pytest.mark.parametrize("sentence, injured", [
    ("A Russian drone hit Sumy. A bus driver was injured.", 1),
    ("A Russian drone hit Sumy, injuring a railway worker.", 1),
    ("A Russian drone hit a car in Sumy. The driver of a lorry was hurt.", 1),
])
def test_one_person_told_by_a_trade_or_a_vehicle_is_one_injured(sentence: str, injured: int) -> None:
    assert _value(_by_place(_attacks(sentence))["Sumy"].injured) == injured


def test_a_town_after_a_region_told_without_a_digest_still_joins_the_region() -> None:
    text = "Russian drones attacked the Sumy region overnight. The village of Zarichne was hit."
    attacks = _attacks(text)
    assert len(attacks) == 1


# --------------------------------------------------------------------------- A9: a digest of mixed weapons


@pytest.mark.parametrize("digest", [
    DIGEST,
    "Over the day the enemy attacked 12 communities of the Zaporizhzhia region 80 times with mortars, "
    "kamikaze drones and guided aerial bombs.",
    "Russian troops hit the Kherson region with artillery, mortars, multiple rocket launchers, drones and "
    "glide bombs 310 times in the past 24 hours.",
])
def test_a_daily_summary_of_three_weapon_classes_is_kind_other(digest: str) -> None:
    regions = [a for a in _attacks(digest) if any(p.level.value == "region" for p in a.locations)]
    assert len(regions) == 1 and regions[0].kind is AttackKind.other


@pytest.mark.parametrize("text, kind", [
    ("Drones and missiles struck Kyiv overnight, injuring four.", AttackKind.drone_and_missile),
    ("Russian forces shelled Kherson with artillery on Tuesday, injuring two.", AttackKind.shelling_artillery),
])
def test_a_mix_an_existing_kind_covers_keeps_it(text: str, kind: AttackKind | None) -> None:
    (attack,) = _attacks(text)
    assert attack.kind is not AttackKind.other
    if kind is not None:
        assert attack.kind is kind


# --------------------------------------------------------------------------- A2: a date told once at the top of the lead


@pytest.mark.parametrize("lead", [
    "On the night of 1 March, Russia launched another large combined attack on the power grid.",
    "During the night of 1 March the enemy again targeted gas production facilities.",
    "Overnight into 2 March, Russian forces struck Ukraine's energy system once more.",
])
def test_a_date_only_lead_dates_the_figures_and_places_that_follow(lead: str) -> None:
    text = lead + (" The enemy used 180 drones and 25 missiles; 150 drones were shot down."
                   " In Poltava, an energy facility was damaged. In Kharkiv, two people were injured.")
    attacks = _attacks(text)
    assert {"Ukraine", "Poltava", "Kharkiv"} <= set(_by_place(attacks))
    for attack in attacks:
        assert attack.date is not None and attack.date.start is not None
        assert dt.date(2026, 2, 28) <= attack.date.start <= dt.date(2026, 3, 2)  # the night to 1 March, or to 2 March


def test_an_undated_lead_leaves_the_following_records_undated() -> None:
    text = ("Russia launched another large combined attack on the power grid. The enemy used 180 drones. "
            "In Poltava, an energy facility was damaged.")
    assert all(a.date is None or a.date.start is None for a in _attacks(text, "2026-03-04"))


def test_a_later_sentence_with_its_own_date_keeps_it() -> None:
    text = ("On the night of 1 March, Russia attacked the power grid again. The enemy used 180 drones. "
            "On 20 February, a missile hit Odesa, killing four.")
    odesa = _by_place(_attacks(text))["Odesa"]
    assert odesa.date is not None and odesa.date.start == dt.date(2026, 2, 20)


def test_a_strike_by_the_other_side_after_the_lead_does_not_take_its_night() -> None:
    text = ("On the night of 1 March, Russia attacked Ukraine's power grid again. "
            "Ukrainian drones meanwhile hit an oil depot in Bryansk, the governor said.")
    bryansk = _by_place(_attacks(text)).get("Bryansk")
    assert bryansk is not None and bryansk.attacker == "Ukraine"
    assert bryansk.date is None or bryansk.date.start is None


# --------------------------------------------------------------------------- A3: a city told by description, a vague lead place


@pytest.mark.parametrize("text, city", [
    ("Russian glide bombs hit the country's second-largest city on Monday, killing three and wounding 12. "
     "The governor said the bombs landed in the Kyivskyi district of Kharkiv.", "Kharkiv"),
    ("A Russian missile slammed into the Black Sea port on Tuesday, killing five. Odesa's governor said a grain "
     "terminal was destroyed.", "Odesa"),
    ("Russian drones attacked the regional capital overnight, injuring three. Three districts of Zaporizhzhia "
     "were hit, the governor said.", "Zaporizhzhia"),
])
def test_a_city_told_by_description_is_one_record_with_the_leads_toll(text: str, city: str) -> None:
    (attack,) = _attacks(text)
    assert [p.name for p in attack.locations] == [city]
    assert _value(attack.killed) or _value(attack.injured)


@pytest.mark.parametrize("text, town", [
    ("Ukrainian drones set a refinery in southern Russia on fire overnight. The plant at Yablonevka burned "
     "for hours.", "Yablonevka"),
    ("Ukrainian drones hit a fuel depot somewhere in the south of Russia overnight. The depot is located in "
     "the town of Kholmskaya in the Krasnodar region, the governor said.", "Kholmskaya"),
    ("Ukrainian long-range drones struck an oil terminal in western Russia overnight. The terminal near Zarechnoye "
     "was ablaze by dawn.", "Zarechnoye"),
])
def test_the_town_of_a_facility_told_after_a_vague_lead_is_the_record_with_the_leads_night(text: str,
                                                                                        town: str) -> None:
    (attack,) = _attacks(text)
    assert [p.name for p in attack.locations] == [town]
    assert attack.attacker == "Ukraine" and attack.target_country == "Russia"
    assert attack.kind is AttackKind.air_drone_strike
    assert attack.date is not None and attack.date.start == dt.date(2026, 3, 3)


@pytest.mark.parametrize("follow", [
    "In Lviv, a warehouse burned.",
    "In Lviv, a warehouse was gutted by fire.",
    "A warehouse in Lviv was set on fire.",
])
def test_a_place_whose_damage_is_told_by_fire_after_a_barrage_keeps_its_record(follow: str) -> None:
    places = _by_place(_attacks("Russia launched 300 drones at Ukraine overnight. " + follow))
    assert set(places) == {"Ukraine", "Lviv"}
    assert places["Lviv"] is not places["Ukraine"]


def test_a_town_in_a_facilitys_name_when_not_hit_there_is_no_place() -> None:
    text = "Russian drones hit Kharkiv overnight, injuring two. Farmers burned stubble in their fields."
    assert set(_by_place(_attacks(text))) == {"Kharkiv"}


# --------------------------------------------------------------------------- A4: a background attack with its own date and figures

UKRAINIAN_LEAD = "Ukrainian drones hit a refinery in Saratov overnight, the General Staff of Ukraine said. "


@pytest.mark.parametrize("background", [
    "Russia's last massive attack, on 12 February, involved 350 drones and 40 missiles.",
    "Moscow's previous large raid on Ukrainian cities came on 12 February, when it launched 350 drones.",
    "The enemy's previous massive attack, on 12 February, involved 350 drones and 40 missiles.",
    "The enemy's last large-scale strike on the grid, on 12 February, comprised 350 drones.",
])
def test_a_recalled_attack_is_the_possessors_or_the_enemys_on_ukraine(background: str) -> None:
    attacks = _attacks(UKRAINIAN_LEAD + background)
    recalled = next(a for a in attacks if a.date is not None and a.date.start == dt.date(2026, 2, 12))
    assert recalled.attacker == "Russia" and recalled.target_country == "Ukraine"
    drones = next(w for w in recalled.weapons if w.type is WeaponType.drone)
    assert _value(drones.launched) == 350
    saratov = _by_place(attacks)["Saratov"]
    assert saratov.attacker == "Ukraine" and saratov.target_country == "Russia"


@pytest.mark.parametrize("text", [
    "Russia's air defence shot down 30 drones overnight.",
    "Russia's air defences downed 30 Ukrainian drones overnight, the defence ministry said.",
])
def test_a_possessive_defender_is_still_the_target(text: str) -> None:
    (attack,) = _attacks(text)
    assert attack.attacker == "Ukraine" and attack.target_country == "Russia"


def test_the_enemy_that_shells_a_ukrainian_town_is_russia() -> None:
    (attack,) = _attacks("The enemy shelled Nikopol again on Sunday, wounding a woman.")
    assert attack.attacker == "Russia" and attack.target_country == "Ukraine"


def test_ukraines_defence_forces_are_the_attacker() -> None:
    text = ("Ukraine's Defence Forces struck an oil depot in Bryansk overnight. Russia's previous attack, on "
            "12 February, involved 350 drones.")
    assert _by_place(_attacks(text))["Bryansk"].attacker == "Ukraine"


# A side named as its opponent's officials name it is that side, also in an article where the
# other side's own strike is told too (then no single attacker of the article fills the gap).
RUSSIAN_MINISTRY = ("Russian forces struck energy facilities across Ukraine overnight, the Defence Ministry in "
                    "Moscow said. ")


@pytest.mark.parametrize("sentence, place", [
    ("In the Bryansk Region, the Kyiv regime attacked the town of Klintsy with drones, injuring a woman, the governor said.",
     "Klintsy"),
    ("The Zelensky regime struck a school in Kursk with drones on Tuesday, wounding a guard, the mayor said.", "Kursk"),
    ("Ukrainian armed formations shelled Shebekino with rocket launchers on Tuesday, injuring two.", "Shebekino"),
    ("Ukrainian militants fired artillery at Valuyki on Tuesday, killing a man, the governor said.", "Valuyki"),
])
def test_a_side_named_in_its_opponents_framing_is_the_attacker(sentence: str, place: str) -> None:
    attacks = _by_place(_attacks(RUSSIAN_MINISTRY + sentence))
    assert attacks[place].attacker == "Ukraine"


@pytest.mark.parametrize("sentence", [
    "Russian occupiers shelled Kherson on Tuesday, wounding a man, the regional governor said.",
    "Russian invaders struck Kherson with drones on Tuesday, the regional governor said.",
])
def test_occupiers_and_invaders_are_russia(sentence: str) -> None:
    text = "Ukrainian drones hit a depot in Belgorod overnight, Kyiv said. " + sentence
    assert _by_place(_attacks(text))["Kherson"].attacker == "Russia"


def test_a_regime_that_is_not_a_side_names_no_attacker() -> None:
    text = RUSSIAN_MINISTRY + "The tax regime changed on Tuesday; drones hit Shebekino, injuring two."
    assert _by_place(_attacks(text))["Shebekino"].attacker != "Russia"


# --------------------------------------------------------------------------- A5: tolls in the next sentence; hospitalised


@pytest.mark.parametrize("follow", [
    "Another resident was wounded in the Korabelnyi district.",
    "One more person was hurt in the same street, the mayor added.",
    "A further civilian was injured nearby.",
    "A second man was injured.",
])
def test_another_person_hurt_in_the_next_sentence_is_one_injured(follow: str) -> None:
    (attack,) = _attacks("Russian shelling killed a pensioner in Kherson on Monday. " + follow)
    assert _value(attack.killed) == 1 and _value(attack.injured) == 1


@pytest.mark.parametrize("follow", [
    "Three passengers were taken to hospital.",
    "Three passengers were hospitalised.",
    "A woman was hospitalised.",
    "Two pensioners were admitted to hospital for observation.",
])
def test_hospitalised_alone_is_not_injured(follow: str) -> None:
    (attack,) = _attacks("A Russian drone hit a minibus in Kherson on Monday, killing the driver. " + follow)
    assert _value(attack.killed) == 1 and attack.injured is None


@pytest.mark.parametrize("follow, injured", [
    ("Two pensioners were hospitalised with shrapnel wounds.", 2),
    ("A woman was hospitalised with burns.", 1),
    ("Three passengers were taken to hospital with injuries.", 3),
    ("Four people were wounded and taken to hospital.", 4),
])
def test_hospitalised_with_an_injury_told_is_injured(follow: str, injured: int) -> None:
    (attack,) = _attacks("A Russian drone hit a minibus in Kherson on Monday, killing the driver. " + follow)
    assert _value(attack.injured) == injured


def test_a_hospital_town_opens_no_record() -> None:
    text = ("A Russian drone hit a minibus in Nikopol on Monday, killing the driver. "
            "Three passengers were taken to hospital in Dnipro.")
    assert set(_by_place(_attacks(text))) == {"Nikopol"}


def test_hospitalised_in_the_town_hit_is_evidence_of_that_strike_without_a_count() -> None:
    text = "A Russian drone hit a minibus in Nikopol on Monday, killing the driver. In Nikopol, three were hospitalised."
    (attack,) = _attacks(text)
    assert attack.injured is None
    assert any("hospitalised" in e.text for e in attack.evidence)


# --------------------------------------------------------------------------- A6: missile sub-counts


def _weapons(attack: Attack) -> dict[WeaponType, tuple[int | None, int | None]]:
    return {w.type: (_value(w.launched), _value(w.intercepted)) for w in attack.weapons}


@pytest.mark.parametrize("sentence, kind, part", [
    ("Russia fired 500 drones and 45 missiles, eight of them ballistic, at Ukraine overnight.",
     WeaponType.ballistic_missile, 8),
    ("Russia launched 45 missiles of various types, including 8 ballistic ones, and 400 drones at Ukraine "
     "overnight.", WeaponType.ballistic_missile, 8),
    ("Russian forces attacked Ukraine overnight with 45 missiles, 8 of them hypersonic Kinzhals.",
     WeaponType.ballistic_missile, 8),
    ("Overnight Russia launched 45 missiles at Ukraine - 37 cruise and eight ballistic.",
     WeaponType.cruise_missile, 37),
])
def test_a_missile_total_with_a_part_by_kind_is_a_combined_total_plus_the_kind(
        sentence: str, kind: WeaponType, part: int) -> None:
    (attack,) = _attacks(sentence)
    weapons = _weapons(attack)
    assert weapons[WeaponType.other][0] == 45
    assert weapons[kind][0] == part
    assert WeaponType.missile not in weapons


def test_the_downed_figure_of_a_mixed_total_stays_on_the_total() -> None:
    (attack,) = _attacks("Russian forces attacked Ukraine overnight. The enemy used 40 missiles, 9 of them "
                         "ballistic; 31 missiles were downed.")
    assert _weapons(attack)[WeaponType.other] == (40, 31)
    assert _weapons(attack)[WeaponType.ballistic_missile] == (9, None)


@pytest.mark.parametrize("sentence, kind", [
    ("Russia launched 30 cruise missiles at Ukraine overnight.", WeaponType.cruise_missile),
    ("Russia launched 30 missiles at Ukraine overnight.", WeaponType.missile),
    ("Russia fired four Iskanders at Ukraine overnight, and 30 missiles, the air force said.", None),
])
def test_a_total_of_one_kind_or_without_parts_stays_as_it_is(sentence: str, kind: WeaponType | None) -> None:
    (attack,) = _attacks(sentence)
    assert WeaponType.other not in _weapons(attack)
    if kind is not None:
        assert _weapons(attack) == {kind: (30, None)}


# --------------------------------------------------------------------------- A7: an interception-only tally for a country


@pytest.mark.parametrize("text", [
    "Russian drones struck Odesa overnight, injuring three. Moscow's military claimed 70 Ukrainian drones were "
    "brought down in the night, giving no regions.",
    "Ukraine attacked Belgorod with 20 drones overnight. The defence ministry said 70 drones were downed across Russia.",
    "Ukraine attacked Belgorod with 20 drones overnight. Russian air defences shot down 70 Ukrainian drones in the night.",
])
def test_a_countrys_interception_tally_is_a_country_record(text: str) -> None:
    russia = _by_place(_attacks(text))["Russia"]
    assert russia.attacker == "Ukraine" and russia.target_country == "Russia"
    assert _weapons(russia)[WeaponType.drone] == (None, 70)


def test_a_downed_part_of_the_launch_just_told_stays_on_its_place() -> None:
    (attack,) = _attacks("Russia attacked Odesa with 20 drones overnight. 15 of them were shot down.")
    assert _weapons(attack)[WeaponType.drone] == (20, 15)


def test_a_tally_over_a_period_is_no_record() -> None:
    assert _attacks("Russia says it has downed 12,000 Ukrainian drones since January.") == []


# --------------------------------------------------------------------------- A8: adjectival districts, speculative asides


@pytest.mark.parametrize("text, district, region", [
    ("Ukrainian drones attacked the Kamensky district of the Rostov region overnight, injuring a man.",
     "Kamensky district", "Rostov Oblast"),
    ("Drones went for the Millerovsky district in the Rostov region on Tuesday, wounding two.",
     "Millerovsky district", "Rostov Oblast"),
    ("Russian shelling hit the Nikopolskyi raion of the Dnipropetrovsk region, injuring a man.",
     "Nikopolskyi raion", "Dnipropetrovsk Oblast"),
])
def test_an_adjectival_district_told_with_its_region_is_the_locality(text: str, district: str, region: str) -> None:
    (attack,) = _attacks(text)
    assert len(attack.locations) == 1
    place = attack.locations[0]
    assert place.level.value == "district" and place.admin1 == region
    assert place.name.split()[0] == district.split()[0]


def test_an_airbase_said_to_lie_near_a_town_names_no_hit() -> None:
    text = ("Ukrainian drones attacked the Kamensky district of the Rostov region overnight, injuring a man. "
            "The governor named no target; an airbase lies close to Kamensk-Shakhtinsky, the district town.")
    assert [p.name for a in _attacks(text) for p in a.locations] == ["Kamensky district"]


@pytest.mark.parametrize("text, city", [
    ("Ukrainian drones hit an airbase near the town of Millerovo overnight.", "Millerovo"),
    ("Russian shelling hit the Shevchenkivskyi district of Kharkiv, injuring a man.", "Kharkiv"),
    ("A drone hit the Kyivskyi district of Odesa overnight, injuring two.", "Odesa"),
])
def test_a_town_hit_and_a_citys_own_district_stay_as_they_are(text: str, city: str) -> None:
    (attack,) = _attacks(text)
    assert [p.name for p in attack.locations] == [city]


# --------------------------------------------------------------------------- A10: economic penalties in the words of a strike

KHARKIV = "Russian drones hit Kharkiv overnight, injuring two. "


@pytest.mark.parametrize("follow", [
    "EU leaders agreed fresh penalties targeting Moscow's energy revenues.",
    "Washington's measures hit Moscow's oil income hard.",
    "The new tariffs target Moscow's exports of fertiliser.",
    "London said the price cap had hit Moscow's war chest.",
])
def test_measures_aimed_at_an_economy_are_no_strike(follow: str) -> None:
    assert set(_by_place(_attacks(KHARKIV + follow))) == {"Kharkiv"}


@pytest.mark.parametrize("follow", [
    "Ukrainian drones targeted an oil terminal near Moscow.",
    "A drone hit a refinery in Moscow, injuring three.",
])
def test_a_strike_near_the_capital_stays_a_strike(follow: str) -> None:
    assert "Moscow" in _by_place(_attacks(KHARKIV + follow))
