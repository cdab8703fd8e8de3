"""Write evals/dev30/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by writer30, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV30 = ROOT / "evals" / "dev30"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- ye01
GOLD["ye01_nikopolpost_shelling_marhanets"] = dict(
    notes="Ukrainian regional outlet (Monday 2 November): artillery on Nikopol 'for most of Sunday' (lead: 'a pensioner' "
          "killed, 'four more residents' wounded; the body tells the same casualties one by one: evidence only, rule 6); "
          "artillery on Marhanets 'on Sunday evening' (a 15-year-old boy and his father: injured 2, children_injured 1, "
          "rules 6 and 1); an FPV drone on a power line in the Pokrovske community 'early on Sunday' ('No one was hurt "
          "there': injured 0, rule 6). Not coded: shelling 'almost every day since the summer of 2022' (no count, no "
          "single event: rule 5), the council's window money (no diplomacy).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-01", "for most of Sunday"), [{"type": "artillery"}],
               ev("Russian artillery pounded Nikopol for most of Sunday, killing a pensioner and leaving four more residents with wounds, the Dnipropetrovsk region's military governor reported on Monday morning.",
                  "A 71-year-old woman who had gone out for bread died at the scene, according to the regional administration.",
                  "City officials counted damage to nine private houses, a pharmacy, two garages and a gas pipeline."),
               killed=cnt(1, "a pensioner"), injured=cnt(4, "four more residents"),
               damage=["private houses", "pharmacy", "garages", "gas pipeline"],
               reported_by=["Dnipropetrovsk regional military administration"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Marhanets", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-01", "on Sunday evening"), [{"type": "artillery"}],
               ev("Marhanets, about 20 kilometres upstream, was also hit.",
                  "Russian guns struck the town twice on Sunday evening, the administration said.",
                  "A 15-year-old boy was wounded in the arm as he cycled home, and his father, who ran to help him, was lightly injured."),
               injured=cnt(2, "A 15-year-old boy was wounded in the arm as he cycled home, and his father"),
               children_injured=cnt(1, "A 15-year-old boy"),
               reported_by=["Dnipropetrovsk regional military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Pokrovske", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-01", "early on Sunday"), [{"type": "drone"}],
               ev("In the Pokrovske community south of Nikopol, an FPV drone hit a power line early on Sunday, leaving two villages without electricity for several hours.",
                  "No one was hurt there, officials said."),
               injured=cnt(0, "No one was hurt"), damage=["power line"], reported_by=["officials"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ye02
N1112 = night("2026-11-11", "2026-11-12", "overnight")
GOLD["ye02_eurasianewswire_odesa_port_valtonen"] = dict(
    notes="Wire story (Thursday 12 November): drones and ballistic missiles on Odesa 'overnight' (two killed, 'an "
          "eight-year-old girl' among them, nine injured; the afternoon's third death is evidence only, rule 6); the "
          "night's nationwide figures (96 drones / 81, four Iskander-M / one: country record, rule 3; 'brought down or "
          "jammed' is intercepted); Valtonen's unannounced visit to Odesa (visit, held; her meetings with Kiper and "
          "Sybiha are part of the visit, rule 14). Not coded: Moscow's 'group strike' claim (no place), Helsinki 'looking "
          "at further support' (stance, rule 13), 'again and again since September' (no count, no single event, rule 5). "
          "Same events as ye08's Odesa region and country records (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], N1112,
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("ODESA, Ukraine, Nov 12 (ENW) - Russian drones and ballistic missiles pummelled Odesa overnight, killing two people, an eight-year-old girl among them, and knocking out power to parts of the Black Sea city, regional governor Oleh Kiper said on Thursday.",
                  "Nine people were injured, Kiper wrote on Telegram.",
                  "In the afternoon Kiper reported that a 67-year-old man had died of his injuries in hospital, raising the death toll to three."),
               killed=cnt(2, "two people"), injured=cnt(9, "Nine people"),
               children_killed=cnt(1, "an eight-year-old girl"),
               damage=["substation", "grain warehouse", "tugboats"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-11", "2026-11-12", "in the course of the night"),
               [{"type": "drone", "launched": cnt(96, "96"), "intercepted": cnt(81, "81")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(4, "four"),
                 "intercepted": cnt(1, "one missile")}],
               ev("Nationwide, the Ukrainian air force counted four Iskander-M ballistic missiles and 96 drones fired by Russia in the course of the night.",
                  "Its gunners and jamming crews brought down or jammed 81 of the drones and one missile."),
               reported_by=["Ukrainian air force"]),
    ],
    diplomacy=[
        dip("visit", ["Finland", "Ukraine"], day("2026-11-12", "Hours after the attack"), "held",
            "Finnish Foreign Minister Elina Valtonen's unannounced visit to Odesa; she saw the damaged substation and met "
            "Oleh Kiper and Andrii Sybiha",
            ev("Hours after the attack, Finland's foreign minister, Elina Valtonen, arrived in Odesa on an unannounced visit.",
               "She was shown the damaged substation and met Kiper and her Ukrainian counterpart, Andrii Sybiha, who had travelled from Kyiv to meet her."),
            location=loc("Odesa", "Odesa", "Ukraine")),
    ])

# --------------------------------------------------------------------------- ye03
N0708 = night("2026-11-07", "2026-11-08", "overnight")
GOLD["ye03_volgavecher_novokuibyshevsk_refinery"] = dict(
    notes="Russian regional outlet (Sunday 8 November) quoting the Samara governor: Ukrainian drones on the "
          "Novokuibyshevsk refinery 'overnight' ('There are no casualties': killed 0, injured 0, rule 6; attacker "
          "Ukraine, rules 4 and 12; Kyiv's claim as evidence); drone wreckage on a house in Syzran (no date words of its "
          "own: the lead's night; two injured); the defence ministry's 64 drones over nine regions (country record "
          "Russia, intercepted only, rules 3 and 4); the same refinery 'in late August' (background with a place: "
          "coded, rule 5, month). Not coded: the airport closure, fuel prices. Same events as ye06's refinery and "
          "Russia-wide records (clusters.json).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novokuibyshevsk", "Samara Oblast", "Russia")], N0708,
               [{"type": "drone"}],
               ev("Drones attacked the Novokuibyshevsk oil refinery overnight, Samara region governor Vyacheslav Fedorishchev said on Sunday, adding that a fire which broke out on the plant's territory had been extinguished by morning.",
                  "\"There are no casualties,\" Fedorishchev posted on Telegram shortly after 6 a.m.",
                  "By the afternoon, the Ukrainian General Staff had taken responsibility for the strike, adding its drones had hit a primary oil-processing unit at Novokuibyshevsk and that the results were being clarified."),
               killed=cnt(0, "There are no casualties"), injured=cnt(0, "There are no casualties"),
               damage=["oil refinery", "oil-processing unit"],
               reported_by=["Vyacheslav Fedorishchev", "Ukrainian General Staff"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Syzran", "Samara Oblast", "Russia")], N0708,
               [{"type": "drone"}],
               ev("In Syzran, about 150 kilometres to the west, wreckage of an intercepted drone crashed onto a private house on Ulyanovskaya Street, the governor said in a later post.",
                  "Two residents of the house, a married couple, suffered injuries and were taken to the city hospital; the roof and a car parked in the yard were damaged."),
               injured=cnt(2, "Two residents"), damage=["private house", "car"],
               reported_by=["Vyacheslav Fedorishchev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-11-07", "2026-11-08", "during the night"),
               [{"type": "drone", "intercepted": cnt(64, "64")}],
               ev("Air-defence crews knocked 64 Ukrainian aircraft-type drones out of the sky above nine regions during the night, according to a statement from the Russian defence ministry."),
               reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novokuibyshevsk", "Samara Oblast", "Russia")],
               month("2026-08-01", "2026-08-31", "in late August"), [{"type": "drone"}],
               ev("It was already targeted in late August, when a drone attack started a fire at the same plant and halted part of its output for about two weeks."),
               damage=["oil refinery"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ye04
GOLD["ye04_capitalledger_lozova_train_grid"] = dict(
    notes="Newspaper of record (Wednesday 18 November): a drone on a passenger train at Lozova station 'on Tuesday "
          "afternoon' (a conductor killed, six wounded, 'a 12-year-old passenger': children_injured 1, rule 6); "
          "missiles and drones on a thermal power plant in the Ivano-Frankivsk region 'Overnight into Wednesday' (no "
          "city named: region record, rule 1; 'There were no casualties': killed 0, injured 0). Not coded: the minister's "
          "blackout schedule, requests for interceptors and European capitals that 'have talked of sending more' (no "
          "decision, no participants: rule 13), 'a routine target' and earlier winters' damage (no count, no place and "
          "day: rule 5).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Lozova", "Kharkiv", "Ukraine")],
               day("2026-11-17", "on Tuesday afternoon"), [{"type": "drone"}],
               ev("KYIV, Ukraine — A Russian drone slammed into a passenger train as it stood at the station in Lozova, in eastern Ukraine, on Tuesday afternoon, killing a conductor and wounding six passengers, a 12-year-old passenger among the wounded, Ukraine's national railway company said.",
                  "The 12-year-old, a girl travelling with her grandmother, was in serious but stable condition, Oleh Syniehubov, the governor of the Kharkiv region, said late Tuesday."),
               killed=cnt(1, "a conductor"), injured=cnt(6, "six passengers"),
               children_injured=cnt(1, "a 12-year-old passenger"),
               damage=["passenger train"], reported_by=["Ukrzaliznytsia", "Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Ivano-Frankivsk", "Ivano-Frankivsk", "Ukraine", "region")],
               night("2026-11-17", "2026-11-18", "Overnight into Wednesday"), [{"type": "missile"}, {"type": "drone"}],
               ev("Overnight into Wednesday, Russian missiles and drones also hit a thermal power plant in the western Ivano-Frankivsk region, the plant's operator said, causing what it called \"significant damage\" to generating equipment.",
                  "There were no casualties among staff, the company said; it did not say how many weapons had been fired at the site."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["thermal power plant"], reported_by=["the plant's operator"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ye05
F13 = day("2026-11-13", "Friday, 13 November")
GOLD["ye05_kharkivmonitor_syniehubov_posts"] = dict(
    notes="A governor's Telegram posts of Friday 13 November, reproduced with times: drones on Kharkiv after midnight "
          "(the Kyivskyi district stays on the city's record, rule 1; 'at least five Shahed-type UAVs' launched; the "
          "01:52 post's 'three people' and 'a boy aged six' are the first injured figures, the 06:30 post's woman the "
          "first death: the 09:15 totals, two dead, seven injured, two children, are later updates and not the counts, rule 6 in time); "
          "artillery on Chuhuiv at about 10:00 (a man of 58 wounded); two guided aerial bombs on Borova ('No "
          "casualties': killed 0, injured 0; launched 2, rule 9). All dated by the intro's day (the posts' clock times "
          "are no dates, rule 11). Not coded: thanks, housing, heating posts.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], F13,
               [{"type": "drone", "model": "Shahed", "launched": cnt(5, "at least five", "at_least")}],
               ev("Kharkiv is under attack by enemy drones.",
                  "As of now, three people have been injured, among them a boy aged six. A five-storey residential building is partially destroyed. Rescuers, police and medics are working at the scene. According to preliminary data, the occupiers struck the city with at least five Shahed-type UAVs.",
                  "Under the rubble of the building in the Kyivskyi district, rescuers have recovered a woman's body."),
               killed=cnt(1, "a woman's body"), injured=cnt(3, "three people"),
               children_injured=cnt(1, "a boy aged six"),
               damage=["residential building", "flats", "kindergarten", "cars"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Chuhuiv", "Kharkiv", "Ukraine")], F13,
               [{"type": "artillery"}],
               ev("Chuhuiv. At about 10:00 the enemy shelled the city with artillery. A man, 58, suffered shrapnel wounds; he is receiving medical care. Two private houses and a shop were damaged."),
               injured=cnt(1, "A man, 58"), damage=["private houses", "shop"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Borova", "Kharkiv", "Ukraine")], F13,
               [{"type": "glide_bomb", "launched": cnt(2, "two")}],
               ev("Russian aircraft dropped two guided aerial bombs on the village of Borova. A warehouse and three houses were damaged. No casualties."),
               killed=cnt(0, "No casualties"), injured=cnt(0, "No casualties"),
               damage=["warehouse", "houses"], reported_by=["Oleh Syniehubov"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ye06
GOLD["ye06_frontlineassessment_november8"] = dict(
    notes="Think-tank daily assessment (8 November), hedged: the Novokuibyshevsk refinery 'overnight on November 7 to "
          "8' ('likely struck', the governor's and the General Staff's claims, geolocated footage: one record, attacker "
          "Ukraine, rule 4); the MoD's 64 drones over nine oblasts (country record Russia, rule 3); Russia's 53 'Shahed "
          "and decoy drones' / 38 on November 7 to 8 (country record Ukraine; a combined total of type other with drone "
          "and decoy entries, rule 9); four glide bombs on Kostiantynivka 'on November 7' (two killed, five wounded). "
          "Not coded: assaults near Pokrovsk, Rodynske, Myrnohrad, Kotlyne, Siversk and Serebryanka, the brigade's '31 "
          "assaults' and 'over 100 guided bombs along the wider front' (ground fighting and front-wide tallies, rule 5). "
          "Same events as ye03's refinery and Russia-wide records (clusters.json).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novokuibyshevsk", "Samara Oblast", "Russia")],
               night("2026-11-07", "2026-11-08", "overnight on November 7 to 8"), [{"type": "drone"}],
               ev("Ukrainian forces likely struck the Novokuibyshevsk oil refinery overnight on November 7 to 8.",
                  "Vyacheslav Fedorishchev, the governor of Samara Oblast, claimed that Russian forces repelled a drone attack on the refinery and that a resulting fire was extinguished.",
                  "The Ukrainian General Staff claimed that Ukrainian drones damaged a primary distillation unit there."),
               damage=["oil refinery", "primary distillation unit"],
               reported_by=["Vyacheslav Fedorishchev", "Ukrainian General Staff"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-11-07", "2026-11-08", "overnight"),
               [{"type": "drone", "intercepted": cnt(64, "64")}],
               ev("The Russian Ministry of Defense (MoD) claimed that Russian air defenses downed 64 Ukrainian drones over nine oblasts overnight."),
               reported_by=["Russian Ministry of Defense"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-11-07", "2026-11-08", "on November 7 to 8"),
               [{"type": "other", "model": "Shahed and decoy drones", "launched": cnt(53, "53"), "intercepted": cnt(38, "38")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"}],
               ev("Russian forces conducted an overnight strike series against Ukraine on November 7 to 8.",
                  "Russian forces launched 53 Shahed and decoy drones, of which Ukrainian forces shot down or suppressed 38, per the Ukrainian Air Force."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kostiantynivka", "Donetsk", "Ukraine")],
               day("2026-11-07", "on November 7"), [{"type": "glide_bomb", "launched": cnt(4, "four")}],
               ev("Russian forces continued glide bomb strikes against Kostiantynivka on November 7.",
                  "Donetsk Oblast Military Administration Head Vadym Filashkin reported that Russian aircraft dropped four glide bombs on the town's northern districts, killing two civilians and wounding five.",
                  "Filashkin stated that the strikes damaged a hospital annex and several high-rise buildings."),
               killed=cnt(2, "two civilians"), injured=cnt(5, "five"),
               damage=["hospital annex", "high-rise buildings"], reported_by=["Vadym Filashkin"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ye07
GOLD["ye07_checkpointua_zhytomyr_sumy_claims"] = dict(
    notes="Fact-check (Friday 20 November): the claimed missile strike on a Zhytomyr maternity hospital on 16 November "
          "is debunked (the footage is a 2022 gas explosion in the Chelyabinsk region): no record, no attack happened; "
          "the drone strike on a Sumy school 'Late on Wednesday, 18 November' is confirmed (two injured, 'a "
          "17-year-old': children_injured 1, rule 6's ruling on ages). Not coded: the gas explosion (no attack), the "
          "invented death tolls of the viral posts.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")],
               day("2026-11-18", "Late on Wednesday, 18 November"), [{"type": "drone", "model": "Shahed"}],
               ev("Late on Wednesday, 18 November, a Shahed-type drone struck the building of a secondary school in Sumy's Zarichnyi district, the Sumy regional military administration reported at the time.",
                  "Two people were injured: the school's 63-year-old night watchman and a 17-year-old who lived in a house across the street."),
               injured=cnt(2, "Two people"), children_injured=cnt(1, "a 17-year-old"),
               damage=["secondary school"], reported_by=["Sumy regional military administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ye08
GOLD["ye08_airforceua_statement_night12"] = dict(
    notes="Air force overnight statement (12 November), 'On the night of 12 November' = 11-12 November (rule 11): "
          "country record with 4 Iskander-M launched / 1 shot down and '96 strike UAVs (Shahed, Gerbera and drones of "
          "other types)' as a combined total of type other (a decoy model in the bracket, rule 9) with drone (Shahed) "
          "and decoy (Gerbera) entries; intercepted 81 = 64 shot down + 17 suppressed by electronic warfare (rule 3); "
          "the hits 'at 6 locations in the Odesa region' as a region record (the city is named only as the attack's "
          "aim; a reader coding Odesa city instead is defensible), hits are not launches (rule 9). Not coded: launch "
          "areas, debris 'at 2 locations', the spokesman's description. Same events as ye02's Odesa and country "
          "records (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-11", "2026-11-12", "On the night of 12 November"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(4, "4"), "intercepted": cnt(1, "1")},
                {"type": "other", "model": "strike UAVs", "launched": cnt(96, "96"),
                 "intercepted": cnt(81, "64 enemy UAVs were shot down and 17 were suppressed by electronic warfare")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone", "model": "Gerbera"}],
               ev("On the night of 12 November (from 18:00 on 11 November), the enemy attacked with:\n\n- 4 Iskander-M ballistic missiles (launch area: Rostov region, Russian Federation);\n- 96 strike UAVs (Shahed, Gerbera and drones of other types), launched from the areas of Millerovo, Kursk, Chauda (occupied Crimea) and Primorsko-Akhtarsk.",
                  "1 Iskander-M ballistic missile was shot down;",
                  "64 enemy UAVs were shot down and 17 were suppressed by electronic warfare means (locationally lost)."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine", "region")],
               night("2026-11-11", "2026-11-12", "On the night of 12 November"),
               [{"type": "ballistic_missile"}, {"type": "drone"}],
               ev("Hits of 3 ballistic missiles and 15 strike UAVs were recorded at 6 locations in the Odesa region, and the fall of downed drones (debris) at 2 locations.",
                  "The attack was aimed chiefly at the city of Odesa and at port and energy facilities of the region."),
               damage=["port facilities", "energy facilities"], reported_by=["Ukrainian Air Force"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ye09
GOLD["ye09_weekendreview_kremenchuk_families"] = dict(
    notes="Feature on victims' families (Saturday 21 November): the background ballistic missile strike on a Kremenchuk "
          "apartment block 'on 4 April' (a place and counts: coded, rule 5; 14 killed, 'three of them children', 'more "
          "than 50' wounded, rule 7); the fresh drone strike on the city's outskirts 'Late on Thursday night' (19-20 "
          "November, range; 'Nobody was hurt': injured 0, rule 6). Not coded: 'a target throughout the war' and the "
          "sirens (no count, no single event: rule 5), the 'April attack' (the same 4 April strike), the association's "
          "meetings and the city's rebuilding promise (no diplomacy).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kremenchuk", "Poltava", "Ukraine")],
               day("2026-04-04", "on 4 April"), [{"type": "ballistic_missile"}],
               ev("KREMENCHUK — Every Sunday, Halyna Moroz takes the 14 bus to the edge of the city and walks the last kilometre to the cemetery, where her daughter and two grandsons are buried side by side.",
                  "They died on 4 April, when a Russian ballistic missile hit a nine-storey apartment block on Peremohy Street shortly before dawn.",
                  "Fourteen people were killed in the strike, three of them children, and more than 50 were wounded, according to figures the regional prosecutor's office released in the weeks that followed."),
               killed=cnt(14, "Fourteen people"), children_killed=cnt(3, "three of them children"),
               injured=cnt(50, "more than 50", "more_than"),
               damage=["apartment block"], reported_by=["regional prosecutor's office"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kremenchuk", "Poltava", "Ukraine")],
               night("2026-11-19", "2026-11-20", "Late on Thursday night"), [{"type": "drone"}],
               ev("Late on Thursday night, as this article was being prepared, Russian drones struck the northern outskirts of the city, setting fire to a garage cooperative and damaging power lines, Kremenchuk's military administration chief said on Friday morning.",
                  "Nobody was hurt, he said."),
               injured=cnt(0, "Nobody was hurt"), damage=["garage cooperative", "power lines"],
               reported_by=["Kremenchuk's military administration chief"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ye10
GOLD["ye10_channelnine_kherson_transcript"] = dict(
    notes="Television transcript (Tuesday 27 October), anchor and correspondent: shelling of Kherson 'today' (the "
          "governor's totals, one killed and four wounded, come first; the man of 62 and the woman in her fifties are "
          "the same casualties told one by one, not added, rule 6); a drone dropping explosives on a car in "
          "Bilozerka 'This afternoon' (two injured); Russia's ministry's 41 Ukrainian drones over seven regions "
          "'overnight' (country record Russia, rules 3 and 4). Not coded: population figures, stoves, 'No damage was "
          "reported' (no casualty statement).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-10-27", "today"), [{"type": "artillery"}],
               ev("We begin in southern Ukraine, where the city of Kherson has spent another day under Russian fire from across the Dnipro River.",
                  "The regional governor, Oleksandr Prokudin, says one person has been killed and four wounded in the city today.",
                  "The man who died was 62; a shell hit the courtyard of his building in the Dniprovskyi district, that's the neighbourhood closest to the river."),
               killed=cnt(1, "one person"), injured=cnt(4, "four"), damage=["residential building"],
               reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bilozerka", "Kherson", "Ukraine")],
               day("2026-10-27", "This afternoon"), [{"type": "drone"}],
               ev("This afternoon, in Bilozerka, just west of the city, one of them dropped explosives on a car, and the two men inside were injured."),
               injured=cnt(2, "the two men inside"), damage=["car"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-10-26", "2026-10-27", "overnight"),
               [{"type": "drone", "intercepted": cnt(41, "41")}],
               ev("Meanwhile, Russia says it, too, came under attack overnight.",
                  "Its defence ministry claimed that air defence systems destroyed 41 Ukrainian drones over seven regions."),
               reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ye11
GOLD["ye11_lvivculture_shelter_theatre"] = dict(
    notes="Control (Monday 16 November): a Lviv theatre that moves its shows into a shelter cellar during air-raid "
          "alerts; sirens, the shelter, veterans, displaced people, mobilised actors, power cuts, a city grant. No "
          "record at all: no attack on a place on a day or night, no diplomatic event (the city's grant is domestic).",
    attacks=[], diplomacy=[])

# --------------------------------------------------------------------------- ye12
GOLD["ye12_dniproline_zaporizhzhia_glidebombs"] = dict(
    notes="Ukrainian national outlet (Sunday 25 October): five guided aerial bombs on Zaporizhzhia 'on Saturday "
          "evening' (three killed, 'a nine-year-old boy' among them; 17 injured, 'a girl aged four and a 13-year-old "
          "boy': children_injured 2; the rescue operation's 'number of dead to five' is evidence only, rule 6; launched "
          "5, rule 9); the Security Service's drones on the Afipsky refinery 'during the night' (Ukraine on Russia, rule "
          "4; 'no one was injured': injured 0). Optional: the governor's regional summary, '468 strikes on 14 "
          "settlements over the past day' (a region-wide day total with no place of its own, kind other: artillery, "
          "drones and rocket launchers; rule 2 reading debatable). Not coded: 'heavy use of glide bombs ... since early "
          "this year' (no count, no single event: rule 5), the officials' framing.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-10-24", "on Saturday evening"), [{"type": "glide_bomb", "launched": cnt(5, "five")}],
               ev("Russian aircraft dropped five guided aerial bombs on Zaporizhzhia on Saturday evening, killing three people, including a nine-year-old boy, and injuring 17, regional governor Ivan Fedorov said.",
                  "Among the injured were a girl aged four and a 13-year-old boy, Fedorov said on Telegram.",
                  "At 07:20 on Sunday the State Emergency Service said it had recovered two more bodies, a woman of 70 and her adult son, bringing the number of dead to five."),
               killed=cnt(3, "three people"), children_killed=cnt(1, "a nine-year-old boy"),
               injured=cnt(17, "17"), children_injured=cnt(2, "a girl aged four and a 13-year-old boy"),
               damage=["dormitory", "bakery", "tyre workshop", "homes"], reported_by=["Ivan Fedorov"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine", "region")],
                   night("2026-10-23", "2026-10-25", "over the past day"),
                   [{"type": "artillery"}, {"type": "drone"}, {"type": "other", "model": "multiple-rocket launchers"}],
                   ev("Across the region, Russian forces launched 468 strikes on 14 settlements over the past day, Fedorov said in his regular evening summary, using artillery, drones and multiple-rocket launchers."),
                   reported_by=["Ivan Fedorov"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Afipsky", "Krasnodar Krai", "Russia")],
               night("2026-10-24", "2026-10-25", "during the night"), [{"type": "drone"}],
               ev("Far to the east, Ukraine's General Staff said on Sunday that drones of the Security Service had struck the Afipsky refinery, in southern Russia's Krasnodar region, during the night.",
                  "The region's operational headquarters confirmed a fire at the plant's territory, which it said was quickly put out, and reported that no one was injured."),
               injured=cnt(0, "no one was injured"), damage=["oil refinery"],
               reported_by=["Ukrainian General Staff", "Krasnodar region operational headquarters"]),
    ],
    diplomacy=[])


CLUSTERS = [
    ("odesa-2026-11-12", "Russian drones and ballistic missiles on Odesa, night of 11-12 November",
     [("ye02_eurasianewswire_odesa_port_valtonen", "attack", 0), ("ye08_airforceua_statement_night12", "attack", 1)]),
    ("ukraine-2026-11-12", "Russia's nationwide drone and missile night of 11-12 November (air force figures)",
     [("ye02_eurasianewswire_odesa_port_valtonen", "attack", 1), ("ye08_airforceua_statement_night12", "attack", 0)]),
    ("novokuibyshevsk-2026-11-08", "Ukrainian drones on the Novokuibyshevsk refinery, night of 7-8 November",
     [("ye03_volgavecher_novokuibyshevsk_refinery", "attack", 0), ("ye06_frontlineassessment_november8", "attack", 0)]),
    ("russia-2026-11-08", "Russia's defence ministry: 64 Ukrainian drones downed over nine regions, night of 7-8 November",
     [("ye03_volgavecher_novokuibyshevsk_refinery", "attack", 2), ("ye06_frontlineassessment_november8", "attack", 1)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev30 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV30 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV30, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
