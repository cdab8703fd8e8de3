"""Round 15 (2 December, evening) place families of the rules engine, tested with sentences written
for these tests (none from seeds/ or evals/), several phrasings each, with near-misses that must
not fire. Published Wednesday 4 March 2026.

- a small town the rules' attack gazetteer lacks, told as where a strike landed ("in / near /
  outside X"), is that town, in its region, from the whole gazetteer;
- a town told with a bearing from a bigger city ("X, west of Y") is X, the namesake in Y's region;
  a village hit beside the raion its debris came down over is the village, in that raion's region;
- a city's own district told alone in a dated strike sentence is the city its paragraph named;
- "the capital" as the subject of a passive strike is the capital of the side struck;
- "the K Territory" is the krai, never the city K.
"""

from __future__ import annotations

import pytest

from probes import AttackProbe, place_names as _places
from summariser.knowledge import gazetteer
from summariser.records import Attack

_attacks = AttackProbe("2026-03-04")


def _located(attacks: list[Attack], town: str) -> set[str | None]:
    """The regions of the records' places that are `town` (in any spelling the gazetteer knows)."""
    return {p.admin1 for a in attacks for p in a.locations if gazetteer.same_place(p.name, town)}


# ------------------------------------------------------------------ B2: small towns struck
@pytest.mark.parametrize("text, town, region", [
    ("A drone slammed into a garage in Haisyn late on Tuesday.", "Haisyn", "Vinnytsia Oblast"),
    ("Overnight, Russian shelling damaged a kindergarten in Bilopillia.", "Bilopillia", "Sumy Oblast"),
    ("Two missiles struck a grain store near Khorol on Monday, wounding a watchman.", "Khorol", "Poltava Oblast"),
    ("A school and four houses were damaged in Krolevets when a glide bomb hit on Tuesday.", "Krolevets", "Sumy Oblast"),
    ("Three drones attacked a rail depot outside Yahotyn before dawn on Tuesday.", "Yahotyn", "Kyiv Oblast"),
    ("Ukrainian drones hit a fuel tank in Starodub on Tuesday night, the governor said.", "Starodub", "Bryansk Oblast"),
    ("Debris from a downed drone fell on a shed on the outskirts of Tulchyn on Monday.", "Tulchyn", "Vinnytsia Oblast"),
    ("Fire broke out at a sawmill in Sarny after it was struck by a drone on 2 March.", "Sarny", "Rivne Oblast"),
])
def test_a_small_town_struck_is_that_town(text: str, town: str, region: str) -> None:
    assert region in _located(_attacks(text), town), [a.locations for a in _attacks(text)]


@pytest.mark.parametrize("text, absent", [
    # the victim's home town, a destination, a town in a title: no place hit
    ("A woman from Haisyn was injured when a drone hit a market in Vinnytsia on Tuesday.", "Haisyn"),
    ("Buses to Krolevets were cancelled on Tuesday after shelling of Sumy.", "Krolevets"),
    ("The mayor of Yahotyn said on Tuesday that drones had hit Boryspil overnight.", "Yahotyn"),
    # no strike told: a town named for a meeting
    ("Volunteers in Khorol gathered warm clothes for displaced families on Tuesday.", "Khorol"),
    # an army's front report: the town is where the fighting is
    ("Russian forces pressed assaults near Bohodukhiv, where artillery hit Ukrainian positions on Tuesday.", "Bohodukhiv"),
    ("Ukrainian units struck an enemy dugout near Tetkino on Tuesday, the brigade said.", "Tetkino"),
])
def test_a_small_town_not_struck_is_no_place(text: str, absent: str) -> None:
    assert absent not in _places(_attacks(text))


# ------------------------------------------------------------------ B1: town beside a bigger city, village beside a raion
@pytest.mark.parametrize("text, town, region", [
    ("A drone hit a power line in Kalynivka, south of Fastiv, on Tuesday night.", "Kalynivka", "Kyiv Oblast"),
    ("Shelling wrecked a shop in Borova, south-east of Kupiansk, on Monday.", "Borova", "Kharkiv Oblast"),
    ("Glide bombs struck a farm in Tsyrkuny, just north of Kharkiv, on Tuesday.", "Tsyrkuny", "Kharkiv Oblast"),
    ("A missile hit a warehouse in Berezan, 60 kilometres east of Kyiv, late on Tuesday.", "Berezan", "Kyiv Oblast"),
    ("Debris of a drone downed over the Bashtanka district set a barn ablaze in Mykolaivka on Tuesday.",
     "Mykolaivka", "Mykolaiv Oblast"),
    ("Fragments of a missile intercepted above the Fastiv district landed on a house in Kalynivka on Monday.",
     "Kalynivka", "Kyiv Oblast"),
])
def test_a_town_named_beside_a_bigger_place_is_that_town(text: str, town: str, region: str) -> None:
    attacks = _attacks(text)
    assert region in _located(attacks, town), [a.locations for a in attacks]
    assert not {"Kyiv", "Kharkiv", "Fastiv", "Kupiansk"} & _places(attacks)


@pytest.mark.parametrize("text, kept, gone", [
    # a known town with a bearing keeps its own reading, the reference city goes
    ("A drone hit a depot in Fastiv, south-west of Kyiv, on Tuesday.", "Fastiv", "Kyiv"),
    # a raion over which nothing hit a locality: no village of it
    ("Air defence worked over the Bashtanka district on Tuesday; no damage was reported.", None, "Mykolaivka"),
    # the small town is only where the reporter stood: the city was hit
    ("Shelling hit Kherson on Tuesday, a reporter in Bilozerka, west of the city, said.", "Kherson", "Bilozerka"),
])
def test_a_bearing_or_raion_near_miss(text: str, kept: str | None, gone: str) -> None:
    names = _places(_attacks(text))
    assert gone not in names and (kept is None or kept in names), names


# ------------------------------------------------------------------ B1: a city's own district told alone
@pytest.mark.parametrize("text, city", [
    ("Kharkiv has been struck almost nightly this month. On Tuesday a drone hit a tram depot in the Saltivskyi "
     "district, injuring three.", "Kharkiv"),
    ("Odesa lies on the Black Sea. Early on Tuesday two drones damaged warehouses in the Prymorskyi district.", "Odesa"),
    ("Kherson was shelled again. On Monday a shell hit a bus stop in the Dniprovskyi district, killing one man.", "Kherson"),
    ("Dnipro is a major industrial city. Late on Tuesday, a missile wrecked a car showroom in the Sobornyi district.",
     "Dnipro"),
    ("Sumy came under attack once more. On 3 March drones struck the Kovpakivskyi district, damaging a clinic.", "Sumy"),
    ("Zaporizhzhia sits close to the front line. A guided bomb hit the Komunarskyi district on Tuesday afternoon.",
     "Zaporizhzhia"),
])
def test_a_city_district_told_alone_is_its_paragraphs_city(text: str, city: str) -> None:
    attacks = _attacks(text)
    assert any(city in _places([a]) and a.date is not None and a.date.start.isoformat() in ("2026-03-02", "2026-03-03")
               for a in attacks), [(a.locations, a.date) for a in attacks]


@pytest.mark.parametrize("text", [
    # a raion named after a town of the region is no district of the city
    "Kharkiv was quiet on Monday. On Tuesday shelling damaged a farm in the Chuhuivskyi district.",
    # a court named after the district: no strike there
    "Kyiv was calm. The Shevchenkivskyi district court on Tuesday jailed a man who filmed air defence at work.",
    # nothing dated: not read
    "Odesa lies on the Black Sea. Drones have often damaged warehouses in the Prymorskyi district.",
])
def test_a_district_that_is_no_city_district_struck_stays_off_the_city(text: str) -> None:
    attacks = _attacks(text)
    assert not any(a.date is not None and a.date.start.day == 3 and "Odesa" in _places([a]) for a in attacks)
    assert not {"Kharkiv", "Kyiv"} & _places(attacks), [a.locations for a in attacks]


# ------------------------------------------------------------------ B3: "the capital" as the subject of a passive
@pytest.mark.parametrize("text, capital", [
    ("Russian missiles hit Lviv on Tuesday. The capital was shelled on Monday, when four people died.", "Kyiv"),
    ("Glide bombs fell on Kherson on Tuesday.\n\nThe capital was last struck this hard on 1 March, when two died.", "Kyiv"),
    ("Drones hit Kursk on Tuesday. The capital had been targeted by thirty drones on Sunday night.", "Moscow"),
    ("Drones struck Odesa on Tuesday. The capital came under fire on Monday night, injuring five.", "Kyiv"),
    ("Shelling killed a man in Nikopol on Tuesday. The capital was attacked by drones on Monday; a clinic lost its roof.",
     "Kyiv"),
    ("Drones hit Bryansk on Tuesday. The Russian capital had been targeted by 18 drones a day earlier.", "Moscow"),
])
def test_the_capital_struck_in_the_passive_is_the_capital(text: str, capital: str) -> None:
    assert capital in _places(_attacks(text)), [a.locations for a in _attacks(text)]


@pytest.mark.parametrize("text", [
    "Shelling hit Kherson on Tuesday. The capital was calm on Monday, and cafes stayed open.",
    "Shelling hit Kherson on Tuesday. The capital's mayor said on Monday that shelters were open.",
    "Shelling hit Sumy on Tuesday. A capital that was bombed for years, Sarajevo, sent aid on Monday.",
])
def test_the_capital_not_struck_is_no_place(text: str) -> None:
    assert "Kyiv" not in _places(_attacks(text))


# ------------------------------------------------------------------ D4: "the K Territory" is the krai
@pytest.mark.parametrize("text, place", [
    ("In the Perm Territory, a drone hit a depot in Chusovoy on Tuesday.", "Chusovoy"),
    ("A drone struck an oil depot in Tikhoretsk in the Krasnodar Territory on Tuesday.", "Tikhoretsk"),
    ("Drones hit a fuel depot in the Krasnodar Territory on Tuesday.", "Krasnodar Krai"),
    ("Drones attacked a refinery in the Stavropol Territory overnight, injuring two workers.", "Stavropol Krai"),
    ("Ukrainian drones were downed over the Krasnodar Territory on Monday, and debris set a barn on fire.",
     "Krasnodar Krai"),
    ("According to the Perm Territory governor, a drone struck a chemical plant in Berezniki on Tuesday.", "Berezniki"),
])
def test_a_territory_is_its_krai_not_its_city(text: str, place: str) -> None:
    names = _places(_attacks(text))
    assert place in names, names
    assert not {"Perm", "Krasnodar", "Stavropol"} & names, names


@pytest.mark.parametrize("text, city", [
    ("A drone hit a tower block in the city of Perm on Tuesday.", "Perm"),
    ("Drones struck Krasnodar on Tuesday, damaging an airport hangar.", "Krasnodar"),
    ("A drone hit a shopping centre in Stavropol on Tuesday.", "Stavropol"),
])
def test_a_krai_centre_named_alone_stays_the_city(text: str, city: str) -> None:
    assert city in _places(_attacks(text))


# ------------------------------------------------------------------ B6: a lead of two towns, the toll told for one
@pytest.mark.parametrize("text, town, other, killed", [
    ("Russian drones and missiles struck Chernihiv and Nizhyn overnight, killing five people in Chernihiv itself "
     "and cutting power in Nizhyn.\n\nIn Chernihiv, a missile hit a hostel, and twenty people were wounded, the mayor said.",
     "Chernihiv", "Nizhyn", 5),
    ("Drones hit Sumy and Shostka on Tuesday, killing two in Sumy and damaging a boiler house in Shostka.\n\n"
     "In Sumy, rescuers pulled a man from the ruins of a house; eight people were injured.", "Sumy", "Shostka", 2),
    ("Missiles pounded Kryvyi Rih and Nikopol overnight, leaving three people dead in Kryvyi Rih.\n\n"
     "In Kryvyi Rih, the blast wrecked a college and a bank, the regional governor said.", "Kryvyi Rih", "Nikopol", 3),
    ("Glide bombs fell on Kherson and Beryslav on Monday, killing one man in Kherson and cutting water in Beryslav.",
     "Kherson", "Beryslav", 1),
    ("Ukrainian drones attacked Belgorod and Shebekino on Tuesday, killing six people in Belgorod, the governor said.",
     "Belgorod", "Shebekino", 6),
    ("Russian missiles hit Zaporizhzhia and Orikhiv on Tuesday, killing seven in the city of Zaporizhzhia.",
     "Zaporizhzhia", "Orikhiv", 7),
])
def test_a_lead_of_two_towns_with_one_towns_toll_is_two_records(text: str, town: str, other: str, killed: int) -> None:
    attacks = _attacks(text)
    own = [a for a in attacks if town in _places([a])]
    assert len(own) == 1 and _places(own) == {town}, [(a.locations, a.killed) for a in attacks]
    assert own[0].killed is not None and own[0].killed.value == killed
    assert other in _places([a for a in attacks if a is not own[0]])


@pytest.mark.parametrize("text", [
    "Drones hit Lviv and Lutsk overnight, killing two people.",
    "Missiles struck Odesa and Izmail on Tuesday, killing four people in the region.",
    "Shelling hit Kherson and Beryslav on Monday; three people were killed.",
])
def test_a_lead_of_two_towns_with_a_shared_toll_stays_one_record(text: str) -> None:
    attacks = _attacks(text)
    assert len(attacks) == 1 and len(attacks[0].locations) == 2, [(a.locations, a.killed) for a in attacks]


# ------------------------------------------------------------------ B3: "the port" / "the harbour" of a port city
@pytest.mark.parametrize("text, city", [
    ("Izmail ships most of the region's grain. On 3 March a drone attack on the port wounded two dockers.", "Izmail"),
    ("Reni lies on the Danube. Overnight, drones hit the port, setting a grain silo on fire.", "Reni"),
    ("Drones hit Kharkiv on Tuesday.\n\nOdesa is the country's biggest port city. On Monday a missile struck the harbour, "
     "injuring three dockers.", "Odesa"),
    ("Chornomorsk is a busy grain hub. Late on Tuesday Russian missiles slammed into the seaport, damaging two cranes.",
     "Chornomorsk"),
    ("Novorossiysk hosts the Black Sea Fleet's ships. Ukrainian sea drones attacked the harbour before dawn on Tuesday.",
     "Novorossiysk"),
    ("Mykolaiv sits on the Southern Bug. On Monday evening a drone struck the port, and a warehouse burned.", "Mykolaiv"),
])
def test_the_port_of_a_port_citys_paragraph_is_that_city(text: str, city: str) -> None:
    assert city in _places(_attacks(text)), [a.locations for a in _attacks(text)]


@pytest.mark.parametrize("text, absent", [
    ("Reni lies on the Danube. Ships wait for days to enter the port.", "Reni"),
    ("Odesa lies on the Black Sea. On Tuesday a drone hit the port of Mykolaiv, burning a warehouse.", "Odesa"),
    ("Izmail lies on the Danube. Its port was busy on Tuesday as barges queued.", "Izmail"),
])
def test_a_port_not_struck_or_named_elsewhere_is_not_the_city(text: str, absent: str) -> None:
    assert absent not in _places(_attacks(text))
