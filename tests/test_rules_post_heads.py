"""A post's places told by the layout rather than by the strike sentence (dev19 B1): a run-in
head ("Bilopillia." / "Trostianets:" opening a paragraph) names the town of the sentences after
it even when the town is small, and is read in the region the post is about when the name is
shared; an opening sentence that sizes up the night for one city ("A restless night for
Kharkiv.", "Dear residents of Poltava, ...") is the place of "the city" and of the strike told
right after it with no place. Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED, grounded=True)


def _by_place(text: str) -> dict[str, int | None]:
    """Each record's first place and its injured count (None when not told)."""
    return {a.locations[0].name if a.locations else "": getattr(a.injured, "value", None) for a in _attacks(text)}


# --------------------------------------------------------------------------- run-in heads

@pytest.mark.parametrize("text, want", [
    ("The head of the Sumy regional administration reported:\n\n"
     "Okhtyrka. At 04:10 a drone struck a garage block, two people were hurt.\n\n"
     "Bilopillia. At 06:00 a guided bomb hit a warehouse; three people were injured.",
     {"Okhtyrka": 2, "Bilopillia": 3}),
    ("Sumy region, overnight summary.\n\n"
     "Konotop: a drone damaged a bakery, one woman was wounded.\n\n"
     "Putyvl: shelling destroyed a barn and injured two men.",
     {"Konotop": 1, "Putyvl": 2}),
    ("Governor of the Kharkiv region on Telegram:\n\n"
     "Kupiansk. Artillery hit a shop, one man was hurt.\n\n"
     "Bohodukhiv. Around 23:00 a drone hit a private house. Four residents were injured.",
     {"Kupiansk": 1, "Bohodukhiv": 4}),
    ("The Belgorod region governor wrote:\n\n"
     "Shebekino. A drone attacked a car, the driver was wounded.\n\n"
     "Grayvoron. At 07:40 an FPV drone struck a tractor. Two farm workers were injured.",
     {"Shebekino": 1, "Grayvoron": 2}),
    ("From the Kursk region governor's channel:\n\n"
     "Rylsk. Debris damaged a roof, one resident was hurt.\n\n"
     "Korenevo. A drone hit a utility vehicle at dawn; five people were injured.",
     {"Rylsk": 1, "Korenevo": 5}),
    ("Bryansk region governor's report:\n\n"
     "Klintsy. A drone struck an oil depot, two workers were wounded.\n\n"
     "Pochep: shelling hit a kindergarten, one guard was injured.",
     {"Klintsy": 2, "Pochep": 1}),
    ("Zaporizhzhia region. Summary of the day.\n\n"
     "Orikhiv. A guided bomb hit a shop; six people were wounded.\n\n"
     "Tokmak. The occupiers report that a drone hit a depot, one man was hurt.",
     {"Orikhiv": 6, "Tokmak": 1}),
    ("Update from the Sumy regional administration.\n\n"
     "Shostka. A drone struck a substation; one worker was injured.\n\n"
     "Trostianets. At 05:30 the enemy dropped a bomb on a farm, two people were wounded.",
     {"Shostka": 1, "Trostyanets": 2}),
])
def test_a_run_in_head_places_its_paragraph_even_for_a_small_town(text: str, want: dict[str, int | None]) -> None:
    assert _by_place(text) == want


def test_a_shared_name_at_a_head_is_read_in_the_posts_region() -> None:
    # a Zolochiv lies in the Lviv region too; a Kharkiv governor's head means his region's town
    text = ("Kharkiv region governor on Telegram:\n\nKupiansk. Artillery hit a shop, one man was hurt.\n\n"
            "Zolochiv. A drone struck a farm building; two people were injured.")
    [zolochiv] = [a for a in _attacks(text) if a.locations[0].name == "Zolochiv"]
    assert zolochiv.locations[0].admin1 == "Kharkiv Oblast"


@pytest.mark.parametrize("text", [
    "Kharkiv. Power has been restored to all districts after yesterday's outage.",
    "Bilopillia. The town council has opened a new heating point for residents.",
    "Thanks.\n\nThe enemy struck Sumy with drones overnight, injuring two people.",
])
def test_a_head_over_no_strike_opens_no_record_of_its_own(text: str) -> None:
    assert {a.locations[0].name for a in _attacks(text) if a.locations} <= {"Sumy"}


# --------------------------------------------------------------------------- a city sized up before its strike

@pytest.mark.parametrize("text, city, injured", [
    ("The night was restless for Kharkiv. The enemy struck the city with drones. Nine people were wounded.\n\n"
     "Drones also hit Chuhuiv, damaging a school.", "Kharkiv", 9),
    ("Dear residents of Poltava, the night was difficult. The enemy attacked the city with a ballistic missile; "
     "seven people were hurt.\n\nIn Myrhorod, debris damaged a roof.", "Poltava", 7),
    ("A sleepless night for Odesa again. Russian drones hit port infrastructure, three people were injured.\n\n"
     "In Izmail, a warehouse caught fire.", "Odesa", 3),
    ("Zaporizhzhia, good morning. The night was loud: the city was attacked by guided bombs, two residents were injured.\n\n"
     "In Orikhiv, shelling damaged a school.", "Zaporizhzhia", 2),
    ("It was a tough night for Dnipro. Around 2 a.m. a missile hit an industrial site. Five workers were hurt.\n\n"
     "In Nikopol, artillery damaged power lines.", "Dnipro", 5),
    ("Another anxious night for Sumy. The enemy struck the city with Shahed drones; one person was injured.\n\n"
     "Shostka also came under fire overnight, a warehouse burned.", "Sumy", 1),
    ("Mykolaiv had a hard night. Shortly after 1 a.m. the city was hit by missiles, injuring four people.\n\n"
     "In Ochakiv, shelling damaged a pier.", "Mykolaiv", 4),
    ("A difficult morning for Kherson. Russian artillery shelled the city's Dniprovskyi district; six people were wounded.\n\n"
     "In Bilozerka, a drone hit a car.", "Kherson", 6),
    # the verdict a paragraph of its own: the place of the paragraph after it
    ("Chernihiv, a hard night again.\n\nAt 01:40 the enemy attacked the city with drones. Two people were injured.\n\n"
     "In Nizhyn, a drone damaged a garage.", "Chernihiv", 2),
    ("Good morning, Kryvyi Rih.\n\nThe occupiers hit an enterprise with a ballistic missile overnight; "
     "eight workers were hurt.\n\nIn Nikopol, shelling damaged a gas pipe.", "Kryvyi Rih", 8),
    ("Dear residents of Kharkiv, the night was hard again. Please stay in shelters during alerts.\n\n"
     "At 02:14 the enemy struck the city with Shahed drones; three people were injured.\n\n"
     "In Zolochiv, a drone hit a barn.", "Kharkiv", 3),
    ("Hold on, Sumy. Around 4 a.m. the enemy dropped guided bombs on the city, wounding five.\n\n"
     "In Okhtyrka, a drone damaged a shop.", "Sumy", 5),
])
def test_a_city_sized_up_at_the_top_is_the_place_of_the_strike_told_next(text: str, city: str, injured: int) -> None:
    records = _by_place(text)
    assert records.get(city) == injured
    assert "" not in records and "Ukraine" not in records


@pytest.mark.parametrize("text", [
    # the opening sentence is about talks in the capital: the strike after it is no strike on Kyiv
    "Zelensky met European leaders in Kyiv on Monday. Overnight, drones hit a substation and injured two people.\n\n"
    "In Sumy, debris damaged a roof.",
    # a city named in passing, not sized up: the toll stays off it
    "Residents who fled Kharkiv returned last month. A drone struck a depot overnight, injuring three.\n\n"
    "In Chuhuiv, a school was damaged.",
])
def test_a_city_named_at_the_top_without_sizing_up_the_night_lends_no_place(text: str) -> None:
    first_city = "Kyiv" if "Kyiv" in text else "Kharkiv"
    assert first_city not in _by_place(text)


# --------------------------------------------------------------------------- "the city" of an entry's opening city

@pytest.mark.parametrize("text, city", [
    ("06:50 - Kharkiv woke to sirens. Drones hit the city before dawn, the mayor said.\n\n"
     "10:30 - The air force reports 90 drones counted nationwide.", "Kharkiv"),
    ("07:15 - Explosions were reported in Odesa's port area earlier. Missiles struck the city around 5 a.m., "
     "officials said.\n\n11:00 - The national grid operator announced outages.", "Odesa"),
    ("08:05 - Power is out in parts of Dnipro. A drone struck the city's energy facility overnight.\n\n"
     "12:40 - Rail services are running with delays.", "Dnipro"),
    ("09:20 - Residents of Sumy spent the night in shelters. Guided bombs hit the town shortly after midnight.\n\n"
     "13:00 - Schools moved online across the country.", "Sumy"),
])
def test_the_city_of_an_entry_is_the_one_city_its_opening_sentence_names(text: str, city: str) -> None:
    [record] = [a for a in _attacks(text) if a.locations and a.locations[0].name == city]
    assert record.weapons, "the weapon sentence about 'the city' joined the entry's city"
