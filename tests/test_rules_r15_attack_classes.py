"""Round 15: attack event-hood and which record a figure belongs to. A night told by what it lacked
("without explosions") or by blasts only felt ("windows shook across the border") is no strike; a
governor's nil "in his region" is that region's, never the zero of the town told before; a
humanitarian agency's toll of thousands is the war's tally; a defence ministry's front-wide summary
("hit manpower and equipment in 140 areas") is no strike and lends no weapon. Sentences written for
these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, by_place, count_value as _value, place_names
from summariser.records import WeaponType

PUBLISHED = "2026-03-04"

_attacks = AttackProbe(PUBLISHED, grounded=True)

_LEAD = "A drone struck a warehouse in Sumy overnight, wounding two guards, the governor said.\n\n"


# --- a night told by what it lacked, blasts only felt: no strike ---------------------------------

@pytest.mark.parametrize("line, town", [
    ("In Poltava, the night passed without explosions for the first time in a week, the mayor said.", "Poltava"),
    ("Odesa spent the night without any blasts, the regional governor wrote on Telegram.", "Odesa"),
    ("The night in Kremenchuk was calm, without explosions or shelling, officials said.", "Kremenchuk"),
    ("Chernihiv went through a second night without a single explosion, according to the city council.", "Chernihiv"),
    ("In the Russian border village of Tyotkino, residents said their windows shook from the explosions.", "Tyotkino"),
    ("Across the border in Belarus, windows rattled in the village of Komarin, local media reported.", "Komarin"),
    ("People in Vovchansk said the ground trembled for hours.", "Vovchansk"),
    ("Blasts could be heard from across the border in Hlukhiv, residents said.", "Hlukhiv"),
])
def test_a_quiet_or_felt_night_is_no_strike(line: str, town: str) -> None:
    records = by_place(_attacks(_LEAD + line))
    assert town not in records
    assert _value(records["Sumy"].injured) == 2


@pytest.mark.parametrize("text, town", [
    ("Windows were blown out by a blast in Zaporizhzhia on Tuesday when a missile struck a market.", "Zaporizhzhia"),
    ("Windows shook across Kharkiv as a missile struck a warehouse, wounding two guards.", "Kharkiv"),
    ("Residents of Belgorod said their windows rattled as missiles struck the city's outskirts, injuring a man.", "Belgorod"),
    ("Explosions were heard in Odesa overnight as drones attacked the port, the governor said.", "Odesa"),
])
def test_a_felt_blast_told_with_a_hit_keeps_its_strike(text: str, town: str) -> None:
    assert town in place_names(_attacks(text))


def test_a_quiet_night_beside_a_struck_town_keeps_that_town() -> None:
    records = by_place(_attacks("Kyiv had a night without explosions, but a drone hit an apartment block in Dnipro, injuring three."))
    assert _value(records["Dnipro"].injured) == 3


# --- a governor's nil for his own region stays off the town told before ---------------------------

@pytest.mark.parametrize("text, town", [
    ("A drone hit a fuel depot near Shebekino in the Belgorod region on Tuesday night, wounding two workers.\n\n"
     "In the Voronezh region, Governor Alexander Gusev said there had been no casualties or damage in his region.", "Shebekino"),
    ("A drone hit a fuel depot near Shebekino in the Belgorod region on Tuesday night, wounding two workers.\n\n"
     "Voronezh Governor Alexander Gusev reported no casualties across his region.", "Shebekino"),
    ("A drone set fire to a barn in Rylsk in the Kursk region overnight, injuring a man.\n\n"
     "The Oryol governor said nobody had been killed in the region.", "Rylsk"),
    ("Drones damaged a substation in Klintsy overnight, wounding an engineer.\n"
     "In the Smolensk region, no one was killed, the regional governor said.", "Klintsy"),
    ("A missile struck a grain terminal in Izmail overnight, injuring three people.\n\n"
     "In the Mykolaiv region there were no casualties, its governor said.", "Izmail"),
    ("Shelling hit a school in Nikopol on Tuesday, wounding a teacher. "
     "In the Zaporizhzhia region, nobody was killed, the regional governor added.", "Nikopol"),
])
def test_a_nil_of_another_region_is_not_the_towns(text: str, town: str) -> None:
    record = by_place(_attacks(text))[town]
    assert record.killed is None
    assert record.injured is not None and _value(record.injured) >= 1


@pytest.mark.parametrize("text, town", [
    ("A drone hit a fuel depot near Shebekino on Tuesday night, wounding two workers. No one was killed, the governor said.", "Shebekino"),
    ("A drone set fire to a barn in Rylsk overnight, injuring a man. Nobody was killed, the Kursk governor said.", "Rylsk"),
    ("A missile struck a grain terminal in Izmail overnight, injuring three people. "
     "There were no deaths in the Odesa region, the governor said.", "Izmail"),
])
def test_a_nil_of_the_towns_own_region_stays_the_towns(text: str, town: str) -> None:
    assert _value(by_place(_attacks(text))[town].killed) == 0


# --- a humanitarian agency's cumulative toll is no attack ------------------------------------------

@pytest.mark.parametrize("line", [
    "The UN said on Tuesday that Russian drones and missiles had killed 15,100 civilians across Ukraine.",
    "The war's verified civilian toll now stands at 15,100 dead, the monitoring mission said.",
    "Russian strikes have killed 14,300 civilians in Ukraine, 720 of them children, UN monitors said on Tuesday.",
    "According to the UN, more than 38,000 civilians have been wounded by Russian shelling and air strikes.",
    "The agency said missile and drone attacks had killed at least 2,140 people in the Kharkiv region, among them 95 children.",
    "Russian attacks killed 1,450 civilians and wounded 6,200 across Ukraine, the human rights mission said in its update.",
])
def test_a_war_sized_toll_is_no_record(line: str) -> None:
    records = _attacks(_LEAD + line)
    assert place_names(records) == {"Sumy"}
    assert records[0].killed is None and _value(records[0].injured) == 2


@pytest.mark.parametrize("text, killed", [
    ("A missile struck a shopping centre in Kremenchuk on Tuesday, killing 21 people.", 21),
    ("Nine people, two of them children, died when a glide bomb hit a clinic in Kostiantynivka on Tuesday.", 9),
    ("Russian missiles struck Dnipro overnight, killing 46 people and wounding 80.", 46),
])
def test_a_strikes_own_toll_stays(text: str, killed: int) -> None:
    assert _value(_attacks.one(text).killed) == killed


# --- a defence ministry's front-wide summary lends no weapon ---------------------------------------

_INTERCEPTS = "Russian air defences destroyed 45 Ukrainian drones overnight, the Russian Defence Ministry said on Wednesday. "


@pytest.mark.parametrize("summary", [
    "Over the past day, Russian aviation, drones, rocket forces and artillery hit fuel depots and troop concentrations in 97 areas.",
    "Its aviation, attack drones, missile troops and artillery struck enemy manpower and equipment in 143 areas, the ministry added.",
    "Operational-tactical aviation and artillery also struck temporary deployment points of Ukrainian units, it said.",
    "Artillery and rocket forces hit concentrations of enemy manpower in one hundred and twelve districts, the ministry said.",
    "Tactical aviation and artillery hit Ukrainian manpower and military equipment in sixty-four areas over the day.",
    "Missile troops and artillery struck clusters of Ukrainian troops in 58 locations.",
])
def test_a_front_wide_summary_lends_no_weapon(summary: str) -> None:
    record = _attacks.one(_INTERCEPTS + summary)
    assert [w.type for w in record.weapons] == [WeaponType.drone]
    assert _value(record.weapons[0].intercepted) == 45


@pytest.mark.parametrize("text, town", [
    ("Russian aviation struck temporary deployment points of Ukrainian troops in Kramatorsk, the ministry said.", "Kramatorsk"),
    ("Russian drones hit residential areas in 12 districts of Kharkiv overnight, injuring five people.", "Kharkiv"),
    ("Artillery shelled enemy manpower and equipment in Kupiansk, wounding two civilians.", "Kupiansk"),
])
def test_a_named_town_in_a_summary_keeps_its_strike(text: str, town: str) -> None:
    assert town in place_names(_attacks(text))


# --- an aggregate lead whose regions each get a city paragraph is no record of its own -------------

@pytest.mark.parametrize("lead, cities", [
    ("Russian drones and missiles targeted the Kharkiv and Sumy regions overnight.",
     "In Kharkiv, a drone struck a residential building, injuring four people.\n\nIn Sumy, a missile hit an industrial facility."),
    ("Overnight, Russia attacked the Odesa and Mykolaiv regions with drones and missiles, officials said on Wednesday.",
     "In Odesa, a drone hit a port warehouse.\n\nIn Mykolaiv, a missile damaged a kindergarten."),
    ("The Dnipropetrovsk and Zaporizhzhia regions came under a combined drone and missile attack overnight.",
     "A missile struck a factory in Dnipro, wounding a guard.\n\nIn Zaporizhzhia, drones hit a substation."),
    ("Russia struck the Poltava and Kyiv regions with drones and missiles during the night.",
     "In Kremenchuk, a drone set a refinery on fire.\n\nA missile hit a warehouse in Bila Tserkva."),
    ("Drones and ballistic missiles were fired at the Chernihiv and Sumy regions overnight, the air force said.",
     "In Chernihiv, two drones hit a boiler house.\n\nIn Shostka, a missile struck a depot, injuring a man."),
    ("Russian forces attacked the Kherson and Mykolaiv regions overnight with drones and missiles.",
     "In Kherson, a drone hit a bus, injuring three people.\n\nA missile struck a grain terminal in Mykolaiv."),
])
def test_an_aggregate_lead_told_city_by_city_is_no_record(lead: str, cities: str) -> None:
    records = _attacks(lead + "\n\n" + cities)
    assert not any(p.level.value == "region" for a in records for p in a.locations), place_names(records)
    assert len(records) == 2


@pytest.mark.parametrize("text", [
    "Russian drones and missiles targeted the Kharkiv and Sumy regions overnight.\n\nIn Kharkiv, a drone struck a "
    "residential building, injuring four people.",
    "Russian drones attacked the Odesa and Mykolaiv regions overnight, injuring five people.\n\nIn Odesa, a drone hit "
    "a port warehouse.\n\nIn Mykolaiv, a drone damaged a kindergarten.",
    "Russia attacked the Odesa and Mykolaiv regions with drones overnight, officials said.",
])
def test_an_aggregate_lead_with_a_region_of_its_own_stays(text: str) -> None:
    records = _attacks(text)
    assert any(p.level.value == "region" for a in records for p in a.locations), place_names(records)


@pytest.mark.parametrize("text", [
    "A drone hit a house in Chuhuiv overnight; there were no casualties.",
    "A drone hit a house in Chuhuiv overnight. There were no casualties, the mayor said.",
    "Shelling damaged a school in Chuhuiv on Tuesday, with no casualties reported.",
])
def test_a_towns_own_nil_stays_its_zero(text: str) -> None:
    record = _attacks.one(text)
    assert _value(record.killed) == 0


# --- a defence ministry named by its seat is the defender of its own interceptions -----------------

_FRONT = "Ukrainian forces pressed on near Pokrovsk, the General Staff in Kyiv said.\n\n"


@pytest.mark.parametrize("line", [
    "In its daily briefing, the ministry in Moscow said air defence means shot down four guided aerial bombs, one HIMARS rocket and 95 drones.",
    "The defence ministry in Moscow reported that its air defences destroyed 61 drones and two Neptune missiles overnight.",
    "Moscow's defence ministry said on Wednesday that 38 drones had been intercepted overnight.",
    "Air defences downed 27 fixed-wing drones and three guided bombs over the past day, the ministry in Moscow reported.",
    "According to the Defence Ministry in Moscow, 44 drones were shot down overnight.",
    "Moscow's ministry reported that duty air defence systems destroyed 19 drones before dawn.",
])
def test_a_ministry_in_moscow_counts_russias_interceptions(line: str) -> None:
    record = _attacks.one(_FRONT + line)
    assert (record.attacker, record.target_country) == ("Ukraine", "Russia")


@pytest.mark.parametrize("line", [
    "The defence ministry in Kyiv said air defences shot down 48 of 60 drones launched overnight.",
    "Ukraine's air force shot down 40 of 52 drones launched by Russia overnight.",
    "Kyiv's defence ministry said 33 drones were intercepted overnight.",
])
def test_a_ministry_in_kyiv_counts_ukraines_interceptions(line: str) -> None:
    record = _attacks.one(_FRONT + line)
    assert (record.attacker, record.target_country) == ("Russia", "Ukraine")


@pytest.mark.parametrize("line", [
    "Air defence destroyed 25 drones in 6 districts, the governor said.",
    "Air defence destroyed 25 drones in 3 districts, the regional administration said.",
    "According to the governor, air defence destroyed 25 drones in 4 districts.",
])
def test_a_regional_digest_counted_by_districts_keeps_its_figure(line: str) -> None:
    text = "Russian drones attacked the Kharkiv region overnight. " + line
    assert [_value(w.intercepted) for a in _attacks(text) for w in a.weapons] == [25]
