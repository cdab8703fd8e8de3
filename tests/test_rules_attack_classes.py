"""Attack classes that must hold for war reporting in general, each in several phrasings (wire,
ministry statement, governor post, live blog) with near misses: the enemy named by whoever speaks,
launch areas that are no targets, regional shares of a nationwide interception figure, a
neighbouring claim that stays out of a record, localities hit the same night kept apart,
statistics that are no strikes, a lead and its detail as one record, drones mixed with decoys.
Sentences written for these tests; published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, attacks_of
from summariser.records import Attack, LocationLevel, WeaponType


_attacks = AttackProbe()
_one = _attacks.one


def _country(attacks: list[Attack]) -> Attack:
    """The country record of a night's total (codebook 3: a region's own share is its own record)."""
    [a] = [a for a in attacks if [p.level for p in a.locations] == [LocationLevel.country]]
    return a


def _names(a: Attack) -> list[str]:
    return [p.name for p in a.locations]


def _figures(a: Attack) -> dict[str, tuple[int | None, int | None]]:
    return {w.type.value: (w.launched.value if w.launched else None, w.intercepted.value if w.intercepted else None)
            for w in a.weapons}


# ------------------------------------------------------------------ 2. the enemy, from who speaks

@pytest.mark.parametrize(("text", "attacker", "target"), [
    ("Ukraine's General Staff said the enemy launched 90 drones and two missiles overnight.", "Russia", "Ukraine"),
    ("The aggressor used 70 attack drones overnight, Zelensky said on Telegram.", "Russia", "Ukraine"),
    ("The invaders fired 14 missiles overnight, Ukrainian officials said; 11 were intercepted.", "Russia", "Ukraine"),
    ("Russia's defence ministry said the enemy had launched 25 drones overnight.", "Ukraine", "Russia"),
    ("The occupiers struck a house in the village of Krasnopillia with a drone, wounding two women, the Sumy "
     "regional administration said.", "Russia", "Ukraine"),
    ("Enemy drones attacked the Belgorod region overnight, injuring a man, Governor Vyacheslav Gladkov said.",
     "Ukraine", "Russia"),
])
def test_the_enemy_is_the_other_side_of_the_speaker(text: str, attacker: str, target: str) -> None:
    a = _one(text)
    assert (a.attacker, a.target_country) == (attacker, target)


@pytest.mark.parametrize("text", [
    "A Ukrainian soldier said the enemy had been quiet near the river for a week.",
    "The enemy is preparing a new offensive in the east, Ukraine's commander-in-chief said.",
])
def test_the_enemy_without_a_strike_is_no_attack(text: str) -> None:
    assert _attacks(text) == []


# ------------------------------------------------------------------ 3. launch areas are no targets

@pytest.mark.parametrize("text", [
    "Russia launched 80 drones at Ukraine overnight from the Kursk region and occupied Crimea, the air force said.",
    "Russian forces launched 142 drones at Ukraine overnight from the directions of Kursk, Oryol, Millerovo and "
    "Primorsko-Akhtarsk, the air force said.",
    "Russia sent 50 Shahed drones from launch sites near Primorsko-Akhtarsk and from the Bryansk region "
    "overnight, according to Ukraine's air force.",
    "07:15 The drones flew in from the Belgorod region overnight, the air force said; 40 were launched in total.",
])
def test_launch_areas_are_not_places_hit(text: str) -> None:
    for a in _attacks(text):
        assert not set(_names(a)) & {"Kursk", "Kursk Oblast", "Crimea", "Oryol", "Millerovo", "Primorsko-Akhtarsk",
                                     "Bryansk Oblast", "Belgorod Oblast"}
        assert a.target_country in (None, "Ukraine")


@pytest.mark.parametrize("text", [
    "Russia fired 12 Kalibr missiles from the Black Sea at Odesa on Sunday, the navy said.",
    "Missiles launched from Russian territory hit Kharkiv on Sunday, injuring four people.",
])
def test_the_place_hit_stays_when_a_launch_area_is_named(text: str) -> None:
    assert _names(_one(text))[0] in ("Odesa", "Kharkiv")


# ------------------------------------------------------------------ 4. regional shares of a nationwide figure

@pytest.mark.parametrize("text", [
    "Russia attacked Ukraine with 120 drones overnight. Air defences shot down 95: 18 over the Kyiv region, "
    "12 over the Sumy region and 9 over the Kharkiv region.",
    "Russia launched 120 drones at Ukraine overnight, and 95 were downed, including 18 over the Kyiv region and "
    "12 over the Sumy region, the air force said.",
    "Overnight, the air defence forces destroyed 95 of 120 enemy UAVs: 18 over the Kyiv region, 12 over the "
    "Sumy region and the rest over the Kharkiv region.",
])
def test_a_regional_breakdown_keeps_the_total_on_the_nationwide_record(text: str) -> None:
    a = _country(_attacks(text))
    assert [(p.name, p.level) for p in a.locations] == [("Ukraine", LocationLevel.country)]
    assert _figures(a)["drone"] == (120, 95)


def test_a_regional_breakdown_on_the_russian_side() -> None:
    a = _country(_attacks("Overnight 48 Ukrainian drones were destroyed by Russian air defences, the Russian military reported, "
             "including 20 over the Bryansk region, 15 over the Kursk region and 13 over the Belgorod region."))
    assert (_names(a), a.target_country, _figures(a)["drone"]) == (["Russia"], "Russia", (None, 48))


# ------------------------------------------------------------------ intercepts: count first, "N of them over X", all

@pytest.mark.parametrize(("text", "figures"), [
    ("Air defences downed 36 of the 48 drones Russia launched overnight.", (48, 36)),
    ("Russia attacked with 48 drones overnight. Air defences shot down 36 of them.", (48, 36)),
    ("Overnight, 75 Shahed drones were launched against Ukraine by Russia. The air force said 60 of them were "
     "downed, 20 of them over the Kyiv region.", (75, 60)),
    ("Russia's defence ministry said the enemy had launched 25 drones overnight, all of which were destroyed.",
     (25, 25)),
    ("Ukraine launched 40 drones at Russia overnight; 28 of them were destroyed over the Bryansk region, the "
     "defence ministry in Moscow said.", (40, 28)),
])
def test_intercept_figures_attach_in_any_order(text: str, figures: tuple[int, int]) -> None:
    attacks = _attacks(text)
    assert _figures(_country(attacks) if len(attacks) > 1 else attacks[0])["drone"] == figures


def test_all_downed_needs_one_launch_figure() -> None:
    a = _one("Russia fired 30 drones and four missiles at Ukraine overnight; all of them were shot down, the air force said.")
    assert _figures(a) == {"drone": (30, None), "missile": (4, None)}  # which "all": not guessed


# ------------------------------------------------------------------ 5. a neighbouring claim stays out

@pytest.mark.parametrize("text", [
    "Russian drones struck Kharkiv overnight, injuring three people, Mayor Ihor Terekhov said. Meanwhile, Russia's "
    "defence ministry said its forces had shot down 25 Ukrainian drones over the Belgorod region.",
    "Russian forces attacked Zaporizhzhia overnight, injuring three people, the governor said. In a separate "
    "statement, the Kremlin said Ukraine had attacked the Belgorod region with 25 drones.",
])
def test_another_speakers_claim_is_its_own_record(text: str) -> None:
    ua = next(a for a in _attacks(text) if a.target_country == "Ukraine")
    assert ua.weapons == [] or all(w.launched is None and w.intercepted is None for w in ua.weapons)
    assert ua.injured is not None and ua.injured.value == 3


# ------------------------------------------------------------------ 6. localities hit the same night

@pytest.mark.parametrize("text", [
    "Russian drones struck Kharkiv overnight, injuring five people, Mayor Ihor Terekhov said. In the Sumy region, "
    "a missile hit the town of Shostka, killing two people. In Odesa, drones damaged a warehouse and injured one person.",
    "Russian drones and missiles hit several cities overnight. In Kharkiv, five people were injured. In Shostka, two people were "
    "killed. In Odesa, a warehouse was damaged and one person was injured.",
])
def test_localities_with_their_own_toll_are_separate_records(text: str) -> None:
    tolls = {_names(a)[0]: (a.killed.value if a.killed else None, a.injured.value if a.injured else None)
             for a in _attacks(text)}
    assert tolls == {"Kharkiv": (None, 5), "Shostka": (2, None), "Odesa": (None, 1)}


def test_regions_listed_together_stay_one_record() -> None:
    a = _one("Russian drones attacked the Kharkiv, Sumy and Poltava regions overnight, damaging power lines.")
    assert len(a.locations) == 3


# ------------------------------------------------------------------ 7. statistics are no strikes

@pytest.mark.parametrize("text", [
    "The Zaporizhzhia plant makes 300 drones a day, Ukrainian intelligence said.",
    "Russia now produces about 2,700 Shahed drones a month, Ukrainian military intelligence said.",
    "The plant in Yelabuga can assemble up to 100 Geran drones a day, according to the report.",
    "Russian troops carried out 120 attacks on Ukrainian positions near Pokrovsk over the past day.",
    "There were 180 combat clashes along the front over the past day, the General Staff said.",
    "Ukrainian forces repelled 40 Russian assaults near Pokrovsk, the General Staff said.",
    "Ukraine's air defences intercepted 85% of drones this month, the air force said.",
    "Russia has launched more than 5,000 drones at Ukraine this month, the president said.",
    "Several factories in Kharkiv have been hit since the war began, the mayor said.",
])
def test_statistics_are_no_attack(text: str) -> None:
    assert _attacks("Russia pressed its offensive in the east. " + text) == []


@pytest.mark.parametrize("text", [
    "Ukrainian drones struck a plant in Yelabuga that produces Shahed drones overnight, injuring 12 people.",
    "Russian drones hit an energy facility in Odesa a day after a missile strike on the city, injuring two.",
])
def test_a_strike_told_with_production_words_stays(text: str) -> None:
    assert _one(text).injured is not None


def test_a_share_is_no_intercept_figure() -> None:
    a = _one("Russia launched 100 drones at Ukraine overnight; air defences intercepted 85% of them.")
    assert _figures(a)["drone"] == (100, None)


# ------------------------------------------------------------------ 8. a lead and its detail

@pytest.mark.parametrize("text", [
    "A Russian missile strike on Kryvyi Rih on Sunday killed four people. The missile hit a residential building "
    "in the city centre on Sunday afternoon, killing four people and wounding 11, the mayor said.",
    "A Russian ballistic missile strike on Dnipro killed seven people on Sunday. The Iskander missile hit a "
    "five-storey apartment building in the city's centre early on Sunday, killing seven and wounding 25, regional "
    "head Serhiy Lysak said.",
])
def test_a_lead_and_its_detail_are_one_record(text: str) -> None:
    assert len(_attacks(text)) == 1


# ------------------------------------------------------------------ 9. drones mixed with decoys

@pytest.mark.parametrize(("text", "words", "figures"), [
    ("Russia launched 200 drones and decoys at Ukraine overnight, the air force said. 150 were shot down.",
     "drones and decoys", (200, 150)),
    ("Russia attacked Ukraine overnight with 90 drones of various types, including imitators, the air force said.",
     "drones of various types, including imitators", (90, None)),
    ("Russia launched 120 Shahed drones and decoy drones at Ukraine overnight, the air force said.",
     "Shahed drones and decoy drones", (120, None)),
])
def test_drones_mixed_with_decoys_are_one_weapon_of_type_other(text: str, words: str,
                                                                figures: tuple[int, int | None]) -> None:
    a = _one(text)
    other = next(w for w in a.weapons if w.type is WeaponType.other)
    assert other.model == words
    assert (other.launched.value if other.launched else None,
            other.intercepted.value if other.intercepted else None) == figures


def test_drones_alone_stay_drones() -> None:
    a = _one("Russia launched 90 drones of various types at Ukraine overnight, the air force said.")
    assert _figures(a) == {"drone": (90, None)}


# ------------------------------------------------------------------ 6b. a second strike in its own clause

@pytest.mark.parametrize(("text", "first", "second"), [
    ("Two residents died and 13 were hurt when Russian drones hit a block of flats in Sumy during the night, "
     "officials said, while a ballistic missile hit a factory in Dnipro.", ("Sumy", "drone"), ("Dnipro", "ballistic_missile")),
    ("Russian drones hit Kharkiv overnight, while a missile struck Odesa.", ("Kharkiv", "drone"), ("Odesa", "missile")),
    ("Shelling hit Nikopol on Sunday; a guided bomb struck a school in Kramatorsk.",
     ("Nikopol", "artillery"), ("Kramatorsk", "glide_bomb")),
])
def test_a_second_strike_clause_is_its_own_locality(text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    text = "Russia kept up its air war. " + text
    got = {(_names(a)[0], a.weapons[0].type.value) for a in _attacks(text)}
    assert got == {first, second}


@pytest.mark.parametrize("text", [
    "Russian drones hit Kharkiv and Odesa overnight.",
    "Russian drones and missiles hit Kharkiv, Odesa and Lviv overnight, damaging energy facilities.",
])
def test_places_of_one_strike_clause_stay_together(text: str) -> None:
    assert len(_one(text).locations) >= 2


# ------------------------------------------------------------------ 5b. a later toll, told in the present

@pytest.mark.parametrize("update", [
    "14:05 Kharkiv death toll rises to four",
    "The number of dead in Kharkiv climbs to four, the mayor says.",
])
def test_a_later_toll_in_the_present_tense_stays_off_other_records(update: str) -> None:
    text = ("Russian drones struck Kharkiv overnight, killing two people, the mayor said. The Poltava and Sumy "
            "regions also came under drone attack. " + update)
    regions = next(a for a in _attacks(text) if "Kharkiv" not in _names(a))
    assert regions.killed is None


# ------------------------------------------------------------------ background and consequences

@pytest.mark.parametrize("text", [
    "Since its liberation, Kherson has seen over 600 residents killed by Russian fire, officials say.",
    "The attacks have contributed to fuel shortages in several regions, including Crimea.",
    "Strikes have led to rolling blackouts in the Kharkiv region, the grid operator said.",
])
def test_tallies_and_consequences_are_no_attack(text: str) -> None:
    assert _attacks("Russia pressed its offensive in the east. " + text) == []


@pytest.mark.parametrize("text", [
    "Russian drones hit Sumy overnight, acting mayor Artem Kobzar said, injuring two.",
    "Russian drones hit Sumy overnight, injuring two, said regional governor Oleh Hryhorov.",
])
def test_a_first_name_after_a_title_is_no_place(text: str) -> None:
    assert _names(_one(text)) == ["Sumy"]


def test_two_combined_totals_stay_apart_and_an_aggregate_keeps_its_words() -> None:
    a = _one("The air force said the enemy attacked Ukraine with 120 air attack assets overnight: 6 Kalibr cruise "
             "missiles and 114 Geran strike UAVs and decoys. Air defences neutralised 100 enemy targets.")
    others = {w.model: (w.launched.value if w.launched else None, w.intercepted.value if w.intercepted else None)
              for w in a.weapons if w.type is WeaponType.other}
    assert others == {"air attack assets": (120, 100), "Geran strike UAVs and decoys": (114, None)}


@pytest.mark.parametrize("text", [
    "Russian drones struck Kharkiv overnight, injuring two. Zelensky said the strike showed Moscow was not "
    "serious about a ceasefire.",
    "Russian drones struck Kharkiv overnight, injuring two. The mayor said Moscow is trying to break the city.",
])
def test_a_capital_as_its_government_is_no_place(text: str) -> None:
    assert [_names(a) for a in _attacks(text)] == [["Kharkiv"]]


def test_a_capital_that_was_hit_is_a_place() -> None:
    assert _names(_one("Kyiv was hit by Russian drones overnight, injuring three people.")) == ["Kyiv"]


@pytest.mark.parametrize("second", [
    "Air defences downed 300 of them, including 280 drones and 20 cruise missiles.",
    "According to the air force, air defences brought down 300 of them.",
])
def test_of_them_after_a_total_and_its_breakdown_is_a_part_of_the_total(second: str) -> None:
    a = _one("Russia fired 350 air attack assets at Ukraine overnight: 320 drones and 30 cruise missiles. " + second)
    total = next(w for w in a.weapons if w.type is WeaponType.other)
    assert (total.launched.value if total.launched else None, total.intercepted.value if total.intercepted else None) \
        == (350, 300)


@pytest.mark.parametrize("heading", ["10:40 - Odesa: three dead, 12 injured", "Odesa: 3 killed, 12 wounded"])
def test_a_live_blog_heading_names_its_city(heading: str) -> None:
    text = ("Russia launched 90 drones at Ukraine overnight, the air force said. " + heading + "\n"
            "Rescuers were still searching the rubble.")
    odesa = next(a for a in _attacks(text) if _names(a) == ["Odesa"])
    assert (odesa.killed.value if odesa.killed else None, odesa.injured.value if odesa.injured else None) == (3, 12)
    country = next(a for a in _attacks(text) if _names(a) == ["Ukraine"])
    assert (country.killed, country.injured) == (None, None)


@pytest.mark.parametrize(("text", "published", "night"), [
    ("On the night of 2 March the enemy attacked Ukraine with 80 drones, the air force said.", "2026-03-02",
     ("2026-03-01", "2026-03-02")),
    # "the night of D" is the night to D (CODEBOOK rule 11), whenever the report came out
    ("On the night of 1 March the enemy attacked Ukraine with 80 drones, the air force said.", "2026-03-02",
     ("2026-02-28", "2026-03-01")),
])
def test_a_night_never_ends_after_its_report(text: str, published: str, night: tuple[str, str]) -> None:
    [a] = attacks_of(text, published)
    assert a.date is not None and (str(a.date.start), str(a.date.end)) == night
