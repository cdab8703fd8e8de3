"""Attack rules for the failure classes an analyst found on a third unseen set (issue 13, dev13
section B), written as concepts of war reporting (whole word families, any order, other formats)
and tested with sentences written for these tests (none from seeds/ or evals/), with negatives
that must not change. Published Wednesday 4 March 2026 unless a test says otherwise."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value as _value
from summariser.records import Attack, LocationLevel

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED)


def _only(text: str, published: str = PUBLISHED) -> Attack:
    attacks = _attacks(text, published)
    assert len(attacks) == 1, [(a.kind, [p.name for p in a.locations]) for a in attacks]
    return attacks[0]


def _country(attacks: list[Attack]) -> Attack:
    """The country record of a night's total (codebook 3: a region's own share is its own record)."""
    [a] = [a for a in attacks if [p.level for p in a.locations] == [LocationLevel.country]]
    return a


# --------------------------------------------------------------------------- B8: the rocket family


@pytest.mark.parametrize("text", [
    "Russian forces pounded Nikopol with artillery and rocket fire on Tuesday, wounding two residents.",
    "The enemy fired rockets at Marhanets from multiple launchers on Monday, damaging a school.",
    "Rocket artillery struck Kupiansk on Monday, killing one man.",
    "Two rocket salvos landed in Kherson's Dniprovskyi district overnight, injuring three.",
    "Nikopol came under mortar and rocket attack on Monday; one man was wounded.",
    "Russian troops shelled Beryslav with rockets and mortars on Friday, wounding a woman.",
    "Howitzers and rockets hit Huliaipole on Sunday, wounding an elderly woman.",
    "A rocket volley from Grad launchers hit Kherson on Tuesday, injuring a bus driver.",
    "Orikhiv was under rocket shelling for two hours on Monday, and a pensioner was hurt.",
])
def test_rocket_fire_of_a_shelling_is_artillery(text: str) -> None:
    attack = _only(text)
    assert attack.kind.value == "shelling_artillery"
    assert {w.type.value for w in attack.weapons} == {"artillery"}


@pytest.mark.parametrize("text, kind", [
    ("Russia hit Odesa with a rocket on Monday, injuring five people.", "missile_strike"),
    ("An anti-ship rocket hit the port of Izmail on Monday, injuring two.", "missile_strike"),
    ("A ballistic missile hit Dnipro on Tuesday, killing three.", "missile_strike"),
    ("Drones and a rocket struck Zaporizhzhia overnight, wounding four.", "drone_and_missile"),
])
def test_a_rocket_with_no_shelling_stays_a_missile(text: str, kind: str) -> None:
    assert _only(text).kind.value == kind


# --------------------------------------------------------------------------- B7: a pronoun counts the people named before


@pytest.mark.parametrize("text, field, value", [
    ("A glide bomb hit a shop in Orikhiv on Monday. A saleswoman and a customer were inside; both were injured.",
     "injured", 2),
    ("Russian artillery hit a farm near Beryslav on Sunday. Mykola and Hanna were feeding cattle. Both were killed.",
     "killed", 2),
    ("A drone struck a tractor in the fields outside Nikopol on Monday, where a farmer and his son were working; "
     "the pair were wounded.", "injured", 2),
    ("A missile struck a car in Kherson on Tuesday with a doctor and a nurse inside. Both of them were wounded.",
     "injured", 2),
    ("A Shahed hit a garage in Sumy on Monday where Petro, 61, and his grandson were working. Both were badly wounded.",
     "injured", 2),
    ("A drone hit a minibus in Nikopol on Monday carrying a driver and a medic. Neither was hurt.", "injured", 0),
    ("Shelling hit a bakery in Kupiansk on Friday. Two bakers were on the night shift, and both died.",
     "killed", 2),
    ("A shell hit a house in Kupiansk on Monday. Three sisters lived there. All three were wounded.",
     "injured", 3),
    ("Kherson came under artillery fire on Tuesday. A postman and a pensioner were on the street: both were "
     "killed instantly.", "killed", 2),
])
def test_a_pronoun_subject_counts_the_people_named_before(text: str, field: str, value: int) -> None:
    assert _value(getattr(_only(text), field)) == value


@pytest.mark.parametrize("text, field", [
    ("Russian drones struck two houses in Kherson on Monday. Both were damaged.", "injured"),
    ("A missile hit an apartment block in Dnipro on Tuesday, killing three people. Both missiles were Iskanders.",
     "injured"),
    ("Two missiles hit a depot in Sumy on Monday; both were Iskanders, the governor said.", "killed"),
])
def test_both_of_things_is_no_casualty(text: str, field: str) -> None:
    assert getattr(_only(text), field) is None


# --------------------------------------------------------------------------- B7/A2: children described one by one with ages


@pytest.mark.parametrize("text, field, value", [
    ("Shelling wounded five people in Nikopol on Monday, among them twin brothers aged 8.", "children_injured", 2),
    ("Three residents of Chuhuiv were hurt in a drone strike on Monday, including a mother and her daughter, "
     "aged 41 and 10.", "children_injured", 1),
    ("A missile hit Sumy on Monday, injuring four people, among them a boy and his sister, 13 and 6.",
     "children_injured", 2),
    ("A drone hit a house in Kherson on Tuesday, wounding two people: a sister and brother, 11 and 15.",
     "children_injured", 2),
    ("A drone hit Kharkiv on Monday, wounding four people, including a grandson and granddaughter of the owner, "
     "aged 9 and 11.", "children_injured", 2),
    ("A missile strike on Dnipro on Tuesday killed three people, among them a father and his son, aged 44 and 16.",
     "children_killed", 1),
    ("Russian shelling of Kherson on Monday killed four residents, including a nephew and a niece, aged 5 and 3.",
     "children_killed", 2),
    ("Glide bombs hit Kupiansk on Sunday and wounded six people, among them a grandmother, her grandson and "
     "granddaughter, aged 70, 12 and 9.", "children_injured", 2),
])
def test_children_described_one_by_one_with_ages_are_counted(text: str, field: str, value: int) -> None:
    assert _value(getattr(_only(text), field)) == value


@pytest.mark.parametrize("text", [
    "A glide bomb hit Kupiansk on Monday, injuring two, among them a brother of the mayor, aged 52.",
    "A drone hit Odesa on Monday, wounding three people. Her son and daughter, 30 and 27, were unhurt.",
    "A drone hit Odesa on Monday, wounding three people; her son and daughter, 9 and 7, were unhurt.",
    "Shelling hit Nikopol on Monday, injuring two people, a husband and wife aged 66 and 64.",
])
def test_adults_or_the_unhurt_described_by_age_are_no_children(text: str) -> None:
    attack = _only(text)
    assert attack.children_injured is None and attack.children_killed is None


# --------------------------------------------------------------------------- B1: a staff summary's front-line content

_STAFF_SUMMARY = (
    "General Staff update as of 08:00, 4 March.\n\n"
    "Over the past 24 hours there were 142 combat engagements. The occupiers also launched 61 air strikes and "
    "dropped 120 glide bombs.\n\n"
    "Russian aircraft struck Orikhiv and Huliaipole with guided bombs, wounding two civilians.\n\n"
    "On the Kupiansk axis, the enemy tried to advance 14 times near Petropavlivka.\n\n"
    "In the Lyman sector, 9 enemy attacks were repulsed near Torske and Zarichne.\n\n"
    "Near Siversk the Russians stormed our positions 5 times over the day.")


def test_a_staff_summary_keeps_only_its_strike_on_named_towns() -> None:
    attack = _only(_STAFF_SUMMARY)
    assert {p.name for p in attack.locations} == {"Orikhiv", "Huliaipole"}
    assert _value(attack.injured) == 2


_HEADER = "Operational update as of 08:00, 4 March.\n\n"


@pytest.mark.parametrize("tally", [
    "Over the past day, 167 combat clashes took place. The enemy carried out 58 air strikes, dropping 131 guided "
    "bombs, and used 3,870 kamikaze drones against the positions of our troops and settlements.",
    "In the past 24 hours the Russians used 2,900 kamikaze drones and launched 70 air strikes along the entire "
    "front line.",
    "The occupiers dropped 96 glide bombs and fired 2,100 kamikaze drones at our positions over the day.",
    "There were 120 clashes over the past day.\nThe enemy also carried out 44 air strikes and used 1,700 attack "
    "drones.",
])
def test_a_staff_summary_front_wide_tally_is_no_country_record(tally: str) -> None:
    assert _attacks(_HEADER + tally) == []


_TALLY = ("Over the past day, 167 combat clashes took place. The enemy carried out 58 air strikes, dropping 131 "
          "guided bombs, and used 3,870 kamikaze drones against the positions of our troops and settlements.\n\n")


@pytest.mark.parametrize("sector", [
    "In the Kharkiv direction, the enemy attacked 6 times near Vovchansk and Lyptsi.",
    "On the Kupiansk axis, Russian units tried to advance 14 times near Petropavlivka and Kupiansk.",
    "In the Lyman sector, 9 enemy attacks were repulsed near Lyman and Torske.",
    "In the Pokrovsk direction, our defenders repelled 41 assaults near Pokrovsk and Myrnohrad.",
    "In the Kramatorsk direction, the invaders went on the offensive 8 times near Chasiv Yar.",
    "Units of the missile troops hit an ammunition depot of the occupiers in the Zaporizhzhia direction.",
    "Near Siversk the Russians stormed our positions 5 times.",
])
def test_ground_fighting_and_front_sectors_are_no_attack(sector: str) -> None:
    assert _attacks(_HEADER + _TALLY + sector) == []


@pytest.mark.parametrize("text, place", [
    ("Ukrainian forces repelled 30 assaults in the Pokrovsk direction on Tuesday, the General Staff said, while a "
     "glide bomb hit Kramatorsk, killing one person.", "Kramatorsk"),
    ("Russian troops attacked Kherson with drones 40 times on Tuesday, wounding four people.", "Kherson"),
    ("Glide bombs hit Orikhiv overnight, wounding two.", "Orikhiv"),
    ("Russia fired 70 drones at Ukraine overnight, the air force said; 55 were shot down.", "Ukraine"),
])
def test_strikes_told_near_front_words_stay(text: str, place: str) -> None:
    assert place in {p.name for p in _only(text).locations}


# --------------------------------------------------------------------------- B2: a daily summary's reporting period


def _span(attack: Attack) -> tuple[str | None, str | None]:
    d = attack.date
    return (d.start.isoformat() if d and d.start else None, d.end.isoformat() if d and d.end else None)


@pytest.mark.parametrize("text, published, span", [
    ("Operational update as of 07:00, 3 March. Over the past day, drones hit Kupiansk twice, wounding a man.",
     "2026-03-04", ("2026-03-02", "2026-03-03")),
    ("During the reporting period, artillery struck Huliaipole and Stepnohirsk, wounding two residents.",
     "2026-03-04", ("2026-03-03", "2026-03-04")),
    ("Situation as of 08:00 on 4 March 2026.\n\nOver the past day there were 120 clashes.\n\nRussian aircraft "
     "struck Orikhiv and Huliaipole with guided bombs, wounding two civilians.", "2026-03-04",
     ("2026-03-03", "2026-03-04")),
    ("Summary as of 06:00, 2 March.\n\nIn the last 24 hours, Russian drones hit Sumy, injuring four people.\n\n"
     "A glide bomb hit Kupiansk, killing a man.", "2026-03-04", ("2026-03-01", "2026-03-02")),
    ("Update as of 07:00, 5 March: during the reporting period, the enemy shelled Kherson, wounding three.",
     "2026-03-05", ("2026-03-04", "2026-03-05")),
    ("The morning report, as at 08:00 on 10 March.\n\nThroughout the reporting period the enemy shelled Nikopol; "
     "one woman was wounded.", "2026-03-11", ("2026-03-09", "2026-03-10")),
    ("Front update as of 07:30, 1 March. Over the course of the day, a drone hit a car in Kherson, killing the "
     "driver.", "2026-03-01", ("2026-02-28", "2026-03-01")),
    ("Briefing as of 08:00, 2 March.\n\nOver the past day, 90 clashes took place.\n\nIn Zaporizhzhia, a missile "
     "struck an industrial site, injuring five workers.", "2026-03-02", ("2026-03-01", "2026-03-02")),
])
def test_a_daily_summary_dates_its_strikes_by_its_reporting_period(text: str, published: str,
                                                                   span: tuple[str, str]) -> None:
    attacks = _attacks(text, published)
    assert attacks and all(_span(a) == span for a in attacks), [_span(a) for a in attacks]


@pytest.mark.parametrize("text, published, span", [
    ("Update as of 07:00, 5 March: during the reporting period, the enemy shelled Kherson, wounding three. On "
     "Tuesday, a drone hit Odesa, killing one.", "2026-03-05", ("2026-03-03", "2026-03-03")),
    ("A drone hit Odesa on Monday, killing one, the governor said.", "2026-03-04", ("2026-03-02", "2026-03-02")),
])
def test_a_strike_with_its_own_day_keeps_it(text: str, published: str, span: tuple[str, str]) -> None:
    assert span in [_span(a) for a in _attacks(text, published)]


# --------------------------------------------------------------------------- B3: the speaker's city is no place hit


@pytest.mark.parametrize("text, country", [
    ("The defence ministry, speaking in Moscow, said 33 Ukrainian drones had been destroyed overnight.", "Russia"),
    ("Russia's defence ministry stated in Moscow on Tuesday that air defences had downed 41 Ukrainian drones overnight.",
     "Russia"),
    ("Kyiv's air force told a briefing in Vinnytsia that 40 of the 52 drones were shot down overnight.", "Ukraine"),
    ("The ministry announced in Moscow that 18 drones had been shot down overnight.", "Russia"),
    ("Ukraine's air force, in a statement issued in Kyiv, said it had shot down 60 of 75 drones launched overnight.",
     "Ukraine"),
    ("A Russian general told reporters in Moscow that 27 Ukrainian UAVs were intercepted overnight.", "Russia"),
    ("At a news conference in Kyiv, the air force spokesman said 48 Shaheds were downed overnight.", "Ukraine"),
    ("The ministry's spokesman, who briefed journalists in Moscow, claimed 35 drones were destroyed overnight.",
     "Russia"),
])
def test_an_interception_claim_made_in_a_city_is_a_country_record(text: str, country: str) -> None:
    attack = _only(text)
    assert [p.name for p in attack.locations] == [country]
    assert attack.target_country == country


@pytest.mark.parametrize("text, place", [
    ("In Moscow, wreckage of a shot-down UAV damaged a high-rise overnight.", "Moscow"),
    ("A missile hit Kharkiv on Monday; the mayor said in Kharkiv that three people were killed.", "Kharkiv"),
    ("Drones struck an oil depot in Bryansk overnight, the governor said.", "Bryansk"),
    ("Officials said drones damaged houses in Sumy overnight.", "Sumy"),
    ("The governor wrote on Telegram that drones damaged a house in Sumy overnight.", "Sumy"),
])
def test_a_place_hit_near_a_speech_verb_stays(text: str, place: str) -> None:
    assert place in {p.name for p in _only(text).locations}


# --------------------------------------------------------------------------- B6: national figures after a local paragraph


def _country_record(attacks: list[Attack], country: str) -> Attack:
    found = [a for a in attacks if [p.name for p in a.locations] == [country]]
    assert found, [[p.name for p in a.locations] for a in attacks]
    return found[0]


def _launched(attack: Attack) -> dict[str, int | None]:
    return {w.type.value: _value(w.launched) for w in attack.weapons if w.launched}


@pytest.mark.parametrize("text, country, launched", [
    ("A drone hit a house in the Bucha district overnight, injuring two residents, the governor said.\n\n"
     "Some 112 drones, mostly Gerberas, were sent against Ukraine overnight; 96 were neutralised.",
     "Ukraine", {"drone": 112}),
    ("A Shahed struck a warehouse in Brovary overnight, the mayor said.\n\nAcross the country, 45 drones and two "
     "missiles were aimed at energy sites, according to air command.", "Ukraine", {"drone": 45, "missile": 2}),
    ("A drone damaged a substation in Sumy overnight, officials said.\n\nEighty-four drones, most of them Geran-2s, "
     "were sent toward Ukraine during the night, and 70 were shot down or jammed, the air force said.",
     "Ukraine", {"drone": 84}),
    ("Debris fell on a school in Irpin overnight, injuring a guard.\n\nNinety-one UAVs, mainly Gerans, were fired "
     "at Ukrainian territory during the night, all but seven downed.", "Ukraine", {"drone": 91}),
    ("A drone hit a refinery in Ryazan overnight, the governor said.\n\nSome 60 Ukrainian drones, the majority of "
     "them long-range, were directed against Russia overnight, the ministry said.", "Russia", {"drone": 60}),
    ("Fragments of a drone damaged cars in Kharkiv overnight.\n\nIn all, 130 drones, largely Shaheds, were hurled at Ukraine "
     "overnight, the air force said, and 110 were downed.", "Ukraine", {"drone": 130}),
    ("A missile hit a depot in Kovel overnight, officials said.\n\nFive cruise missiles and 70 drones were aimed "
     "at Ukraine's energy system overnight, the air force said.", "Ukraine", {"cruise_missile": 5, "drone": 70}),
    ("A drone hit a garage in Chernihiv overnight.\n\nAbout 95 drones, many of them decoys, were launched against "
     "Ukraine overnight; 80 were shot down.", "Ukraine", {"drone": 95}),
])
def test_a_national_figure_after_a_local_paragraph_is_the_country_record(
        text: str, country: str, launched: dict[str, int]) -> None:
    attacks = _attacks(text)
    assert launched.items() <= _launched(_country_record(attacks, country)).items()
    local = [a for a in attacks if [p.name for p in a.locations] != [country]]
    assert local and all(not _launched(a) for a in local)


def test_figures_for_one_city_stay_on_it() -> None:
    attack = _only("A drone hit an apartment block in Odesa overnight, wounding three.\n\nEleven drones were "
                   "launched at Odesa; nine were shot down.")
    assert [p.name for p in attack.locations] == ["Odesa"] and _launched(attack) == {"drone": 11}


# --------------------------------------------------------------------------- B5: a raion named after another town is its own place


@pytest.mark.parametrize("text, district, region", [
    ("Ukrainian drones attacked an oil refinery in Volgograd overnight, the governor said. Drones also flew "
     "towards the Millerovo air base.\n\nThat same night, drone debris fell in the Millerovsky district, damaging "
     "a farm building.", "Millerovsky district", "Rostov Oblast"),
    ("Ukrainian drones attacked the Saratov refinery and the Engels airfield overnight. That same night, debris "
     "fell in the Engelssky district.", "Engelssky district", "Saratov Oblast"),
    ("Drones hit a depot in Kursk and the airfield near Rylsk overnight. The same night the Rylsky district also "
     "came under attack.", "Rylsky district", "Kursk Oblast"),
    ("Drones hit a refinery in Novoshakhtinsk overnight. Shebekino was shelled too.\n\nMeanwhile, in the "
     "Shebekinsky district, drones damaged a barn, the governor said.", "Shebekinsky district", "Belgorod Oblast"),
    ("A drone struck a substation in Belgorod overnight. Earlier it had targeted Valuyki. In parallel, drones "
     "attacked the Valuysky district, wounding a man.", "Valuysky district", "Belgorod Oblast"),
    ("Drones attacked a depot in Bryansk overnight; Klintsy was also targeted. Later the Klintsovsky district "
     "reported a drone strike on a farm.", "Klintsovsky district", "Bryansk Oblast"),
    ("Russian drones struck Poltava overnight. Kremenchuk's refinery was hit too. At the same time, in the "
     "Kremenchutskyi district, a drone hit a warehouse.", "Kremenchutskyi district", "Poltava Oblast"),
    ("A drone hit a warehouse in Dnipro overnight. Nikopol was shelled in the morning. In the Nikopolskyi "
     "district, artillery hit a farm.", "Nikopolskyi district", "Dnipropetrovsk Oblast"),
])
def test_an_adjectival_raion_of_a_town_told_before_is_its_own_place(text: str, district: str, region: str) -> None:
    attacks = _attacks(text)
    found = [p for a in attacks for p in a.locations if p.name == district]
    assert found and found[0].admin1 == region, [[p.name for p in a.locations] for a in attacks]
    assert all(len(a.locations) == 1 for a in attacks if district in {p.name for p in a.locations})


@pytest.mark.parametrize("text", [
    "Drones struck Kharkiv overnight. In the Kyivskyi district, a house was damaged.",
    "In Kharkiv, the Kyivskyi and Shevchenkivskyi districts were hit overnight, injuring four people.",
    "A missile hit Odesa on Monday. In the Kyivskyi district, two people were hurt.",
    "Drones struck a plant in Voronezh overnight. In the city's Sovetsky district, windows were blown out.",
    "Drones hit Ryazan overnight; in the Oktyabrsky district a drone struck a warehouse, the governor said.",
])
def test_a_city_district_named_after_a_capital_stays_on_the_city(text: str) -> None:
    assert all("district" not in p.name for a in _attacks(text) for p in a.locations)


def test_an_adjectival_raion_whose_region_is_told_is_its_own_place() -> None:
    attacks = _attacks("Ukrainian drones attacked an oil refinery in Volgograd overnight, the governor said.\n\n"
                       "The Millerovsky district was also attacked that night, the Rostov governor said.")
    assert sorted([p.name for p in a.locations] for a in attacks) == [["Millerovsky district"], ["Volgograd"]]


# --------------------------------------------------------------------------- B4: shares of a downed total told by where they fell


@pytest.mark.parametrize("text, total", [
    ("Russian air defences shot down 41 Ukrainian drones overnight, Moscow reported. Seventeen fell over the "
     "Voronezh region, while nine were hit above the Kursk region.", 41),
    ("Russian air defences shot down 41 Ukrainian drones overnight, the ministry said. 13 drones fell over the "
     "Belgorod region, 9 over the Kursk region.", 41),
    ("The ministry said 52 Ukrainian UAVs were destroyed overnight. Twenty came down over the Kaluga region and 14 "
     "over the Tula region.", 52),
    ("Air defences downed 36 Ukrainian drones overnight, Moscow said; 11 crashed over the Oryol region and 7 over "
     "the Lipetsk region.", 36),
    ("Russia said it intercepted 60 drones during the night. Of those, 25 went down over the Voronezh region and "
     "19 over the Rostov region.", 60),
    ("The defence ministry reported 44 drones neutralised overnight: 20 were hit over the Bryansk region, 12 over "
     "the Smolensk region.", 44),
    ("Russian air defences destroyed 33 Ukrainian drones overnight. Most of them fell over the Kursk and Belgorod "
     "regions.", 33),
    ("Overnight, 27 Ukrainian drones were brought down, the ministry said. Fifteen of them were brought down over "
     "the Ryazan region and six over the Vladimir region.", 27),
])
def test_shares_of_a_downed_total_told_by_where_they_fell_keep_the_country_total(text: str, total: int) -> None:
    attack = _country(_attacks(text))
    assert [p.name for p in attack.locations] == ["Russia"]
    assert [_value(w.intercepted) for w in attack.weapons] == [total]


@pytest.mark.parametrize("text, place", [
    ("Drone debris fell on a house in the Belgorod region overnight, injuring two, the governor said.",
     "Belgorod Oblast"),
    ("A drone was hit above Kursk and fell on a garage overnight, the governor said.", "Kursk"),
])
def test_debris_falling_on_a_place_stays_a_local_record(text: str, place: str) -> None:
    assert [p.name for p in _only(text).locations] == [place]


@pytest.mark.parametrize("text, kind, place", [
    ("Russian forces hit Kherson with MLRS fire on Monday, injuring three.", "shelling_artillery", "Kherson"),
    ("In a video address from Kyiv, the president said 60 drones had been downed overnight.", "air_drone_strike",
     "Ukraine"),
])
def test_more_of_the_families_rocket_artillery_and_a_speaker_place(text: str, kind: str, place: str) -> None:
    attack = _only(text)
    assert attack.kind.value == kind and [p.name for p in attack.locations] == [place]


def test_a_summary_header_with_a_clock_in_words() -> None:
    attack = _only("General Staff report as of 8 a.m. on March 4.\n\nOver the past day, Russian aircraft struck "
                   "Orikhiv with guided bombs, wounding a man.", "2026-03-05")
    assert _span(attack) == ("2026-03-03", "2026-03-04")
