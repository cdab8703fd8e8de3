"""Write evals/dev15/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script), and evals/dev15/gold/clusters.json.

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md (rules 6, 9, 11 and 15 as clarified on 1 December 2026: explicit zeros are coded
0 in gold). Re-running this script overwrites the gold files: edit labels here, not there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV15 = ROOT / "evals" / "dev15"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt  # noqa: E402

GOLD: dict[str, dict] = {}
UAE = "United Arab Emirates"

# --------------------------------------------------------------------------- v01
GOLD["v01_agency_kyiv_night_toll_brief"] = dict(
    notes="Telegraphic agency brief (Wednesday 18 November): a combined missile and drone attack on Kyiv 'overnight on "
          "18 November' (the night 17-18 November): 'Three people' killed (first figure; the 10:40 update to four is "
          "evidence only, rule 6), 14 injured, 'a girl aged 11' (children_injured 1). Districts stay on the city "
          "record. Not coded: the air raid alert. Same event as v03 attack 0 and v07 attack 0 (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")],
               night("2026-11-17", "2026-11-18", "overnight on 18 November"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("Three people were killed and 14 injured in Kyiv as a result of a Russian combined missile and drone attack overnight on 18 November.",
                  "Among the injured is a girl aged 11.",
                  "The number of dead has risen to four."),
               killed=cnt(3, "Three people"), injured=cnt(14, "14 injured"), children_injured=cnt(1, "a girl aged 11"),
               damage=["residential building", "warehouse", "cars"], reported_by=["Tymur Tkachenko"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- v02
DAY1920 = night("2026-11-19", "2026-11-20", "Over the past day")
GOLD["v02_agency_kherson_region_daily_roundup"] = dict(
    notes="Agency brief relaying a regional administration's daily roundup (Friday 20 November), 'Over the past day' "
          "read as Thursday-Friday: artillery on Kherson (a 58-year-old man killed, two women wounded); a drone on a "
          "bus stop in Antonivka ('a man of 40 and his son, 13': injured 2, children_injured 1); a guided aerial "
          "bomb on Bilozerka (three injured); Komyshany, Zymivnyk, Sadove and Tiahynka 'also under fire' with 'No "
          "casualties' (one record with four places, kind other: the roundup names artillery, mortars, drones and "
          "bombs without saying which hit them; killed 0 / injured 0). Not coded: '418 attacks on 36 settlements' "
          "(hits, an aggregate), the regional total of one killed and seven injured (the sum of the places), the "
          "evacuation figures.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")], DAY1920,
               [{"type": "artillery"}],
               ev("Over the past day, Russian forces launched 418 attacks on 36 settlements of the Kherson region, using artillery, mortars, drones and aerial bombs.",
                  "Kherson: artillery shelling of the Dniprovskyi district left a man, 58, dead and two women wounded; a shop and three private houses were damaged."),
               killed=cnt(1, "a man, 58"), injured=cnt(2, "two women"),
               damage=["shop", "private houses"], reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Antonivka", "Kherson", "Ukraine")], DAY1920,
               [{"type": "drone"}],
               ev("Antonivka: a drone dropped explosives on a bus stop, a man of 40 and his son, 13, were injured."),
               injured=cnt(2, "a man of 40 and his son, 13"), children_injured=cnt(1, "his son, 13"),
               damage=["bus stop"], reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Bilozerka", "Kherson", "Ukraine")], DAY1920,
               [{"type": "glide_bomb"}],
               ev("Bilozerka: a guided aerial bomb destroyed the building of the village council; three people received injuries."),
               injured=cnt(3, "three people"), damage=["village council building"], reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "other",
               [loc("Komyshany", "Kherson", "Ukraine"), loc("Zymivnyk", "Kherson", "Ukraine"),
                loc("Sadove", "Kherson", "Ukraine"), loc("Tiahynka", "Kherson", "Ukraine")], DAY1920, [],
               ev("Komyshany, Zymivnyk, Sadove and Tiahynka were also under fire.",
                  "No casualties were recorded there."),
               killed=cnt(0, "No casualties"), injured=cnt(0, "No casualties"), reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- v03
D1118 = day("2026-11-18", "in the early hours of Wednesday, 18 November")
GOLD["v03_explainer_kyiv_strike_what_we_know"] = dict(
    notes="'What we know so far' explainer (Thursday 19 November, updated): Kyiv 'in the early hours of Wednesday, 18 "
          "November' ('at least five' killed in the lead is the article's first figure; 'three' and 'five' later are "
          "evidence only; 19 wounded, 'three are children'); the air force's national figures (476 'aerial weapons' "
          "as a combined figure of type other; 448 Shahed-type drones / 402; '28 missiles' split into 22 Kh-101 and "
          "six Iskander-M, so a combined figure of type other with 19 down, the cruise missiles 'All but two' = 20 "
          "intercepted, the ballistic missiles 'most ... got through' = no number); a drone on a grain store in "
          "Fastiv ('nobody was hurt there': injured 0); drones on Kyiv's Darnytskyi district the night before, "
          "Monday to Tuesday (a second event on the same city, two injured); the Zelensky-Frederiksen call 'on "
          "Wednesday evening'. Not coded: the air force's monthly tallies and 'since ... February 2022' (aggregates), "
          "Moscow as the place the ministry spoke from, Zelensky's appeal for Patriots (a demand).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], D1118,
               [{"type": "drone", "model": "Shahed"}, {"type": "cruise_missile", "model": "Kh-101"},
                {"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("Russia hit Kyiv with one of its heaviest combined attacks of the autumn in the early hours of Wednesday, 18 November, killing at least five people and wounding 19 in the capital.",
                  "By Thursday morning, the Kyiv city military administration put the toll at five, after two more bodies were found under the rubble of the residential block.",
                  "Of the 19 wounded, three are children, the youngest a boy of four."),
               killed=cnt(5, "at least five people", "at_least"), injured=cnt(19, "19"),
               children_injured=cnt(3, "three are children"),
               damage=["residential block", "warehouse", "embassies' windows"],
               reported_by=["Kyiv city military administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-17", "2026-11-18", "overnight"),
               [{"type": "other", "model": "aerial weapons", "launched": cnt(476, "476")},
                {"type": "drone", "model": "Shahed", "launched": cnt(448, "448"), "intercepted": cnt(402, "402")},
                {"type": "other", "model": "missiles", "launched": cnt(28, "28"), "intercepted": cnt(19, "19 missiles")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(22, "22"), "intercepted": cnt(20, "All but two")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(6, "six")}],
               ev("Ukraine's air force says Russia launched 476 aerial weapons at the country overnight: 448 Shahed-type drones and 28 missiles, among them 22 Kh-101 cruise missiles and six Iskander-M ballistic missiles.",
                  "It says 402 drones and 19 missiles were shot down or jammed.",
                  "All but two of the Kh-101s were stopped; most of the ballistic missiles got through."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Fastiv", "Kyiv", "Ukraine")], D1118,
               [{"type": "drone"}],
               ev("Outside the capital, drones set fire to a grain storage facility in the town of Fastiv, southwest of Kyiv; nobody was hurt there, the regional governor said."),
               injured=cnt(0, "nobody was hurt there"), damage=["grain storage facility"],
               reported_by=["the regional governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kyiv", "Kyiv", "Ukraine")],
               night("2026-11-16", "2026-11-17", "On the previous night, from Monday to Tuesday"),
               [{"type": "drone"}],
               ev("On the previous night, from Monday to Tuesday, drones hit the Darnytskyi district across the river on Kyiv's eastern side, injuring two people and damaging a kindergarten, according to the city authorities."),
               injured=cnt(2, "two people"), damage=["kindergarten"], reported_by=["the city authorities"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Denmark"], day("2026-11-18", "on Wednesday evening"), "held",
            "Zelensky and Danish Prime Minister Mette Frederiksen discussed air defence and Danish funding of Ukrainian-made weapons",
            ev("President Volodymyr Zelensky spoke by phone on Wednesday evening with Danish Prime Minister Mette Frederiksen, his office said; they discussed air defence and Denmark's funding of Ukrainian-made weapons.")),
    ])

# --------------------------------------------------------------------------- v04
N1121 = night("2026-11-20", "2026-11-21", "during the night")
V04_SHARES = "Forty-one were brought down above the Bryansk region, 20 above the Kursk region and the rest above the Oryol region, the ministry said on the Telegram messaging app."
GOLD["v04_wire_russia_says_downed_drones"] = dict(
    notes="Wire item with a Moscow dateline (Saturday 21 November): Russia's ministry says 73 Ukrainian drones were "
          "destroyed overnight (country record Russia, intercepted 73); debris on a power line near Klintsy ('There were "
          "no casualties': killed 0, injured 0); a drone fire at an oil depot outside Oryol ('no one was injured'; "
          "Ukraine's general staff claims it). Optional: the Bryansk (41, 'Forty-one') and Kursk (20) regional shares "
          "(the Oryol 'remainder' has no number and no record). Not coded: Moscow (the dateline and speaker, not an "
          "attacked place), the background 'since the summer'.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1121,
               [{"type": "drone", "intercepted": cnt(73, "73")}],
               ev("Russian air defence units destroyed 73 Ukrainian drones above three western regions during the night, Russia's defence ministry announced on Saturday."),
               reported_by=["Russia's defence ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk Oblast", "Russia", "region")], N1121,
                   [{"type": "drone", "intercepted": cnt(41, "Forty-one")}], ev(V04_SHARES),
                   reported_by=["Russia's defence ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk Oblast", "Russia", "region")], N1121,
                   [{"type": "drone", "intercepted": cnt(20, "20")}], ev(V04_SHARES),
                   reported_by=["Russia's defence ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Klintsy", "Bryansk Oblast", "Russia")], N1121,
               [{"type": "drone"}],
               ev("Bryansk regional governor Alexander Bogomaz said falling drone fragments brought down a power line outside Klintsy, leaving several villages without electricity for a few hours.",
                  "There were no casualties, he said."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["power line"], reported_by=["Alexander Bogomaz"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Oryol", "Oryol Oblast", "Russia")], N1121,
               [{"type": "drone"}],
               ev("In the neighbouring Oryol region, governor Andrei Klychkov reported that an oil depot on the outskirts of the regional capital Oryol had caught fire after a drone attack.",
                  "Firefighters had the blaze under control by morning, he said, and no one was injured."),
               injured=cnt(0, "no one was injured"), damage=["oil depot"],
               reported_by=["Andrei Klychkov", "Ukraine's general staff"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- v05
GOLD["v05_analysis_danube_ports_campaign"] = dict(
    notes="Op-ed (Monday 23 November): the fresh strike is drones on Izmail's grain elevators 'Shortly after 2 a.m. on "
          "Monday' (a dock worker killed, 'Two more workers' injured). Background with a place (rule 5): a missile on "
          "a Reni terminal 'Earlier this month' (1-23 November; 'nobody aboard was hurt': injured 0), required. "
          "Optional: 'The first big raids that July and August' of 2023 on the Izmail and Reni ports (places only by "
          "the sentence before, no count). Not coded: 'hundreds of strikes' and the annual export figures "
          "(aggregates), last winter's grid strikes (no place, no count), debris in Romania 'more than a dozen times "
          "since 2023' (aggregate; no attack on a place and day), the call for air defence (a demand).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               day("2026-11-23", "Shortly after 2 a.m. on Monday"), [{"type": "drone"}],
               ev("Shortly after 2 a.m. on Monday, a pack of drones skimmed the Danube delta and found the grain elevators of Izmail.",
                  "By dawn, one elevator was burning, two port cranes were wrecked and a dock worker was dead, according to Oleh Kiper, who governs the Odesa region.",
                  "Two more workers were injured."),
               killed=cnt(1, "a dock worker"), injured=cnt(2, "Two more workers"),
               damage=["grain elevator", "port cranes"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Reni", "Odesa", "Ukraine")],
               month("2026-11-01", "2026-11-23", "Earlier this month"), [{"type": "missile"}],
               ev("Earlier this month, a missile strike on a terminal in Reni damaged a Panama-flagged bulk carrier; nobody aboard was hurt, but two berths were closed for a week."),
               injured=cnt(0, "nobody aboard was hurt"), damage=["terminal", "bulk carrier", "berths"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Izmail", "Odesa", "Ukraine"), loc("Reni", "Odesa", "Ukraine")],
                   month("2023-07-01", "2023-08-31", "that July and August"), [],
                   ev("Since the summer of 2023, when Moscow walked out of the grain deal, Russia has treated the small river ports of Izmail and Reni as if they were military headquarters.",
                      "The first big raids that July and August shocked grain traders; the port authority has since counted hundreds of strikes on port infrastructure in the Odesa region, and insurers now price the Danube route as one of the riskiest in Europe."))),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- v06
GOLD["v06_week_ahead_diplomacy_preview"] = dict(
    notes="'Week ahead' newsletter (Sunday 15 November): the EU's 22nd sanctions package expected in Brussels 'on "
          "Monday' (planned; same event as v09 diplomacy 0); Sybiha's talks with Fidan in Ankara 'on Tuesday' "
          "(planned); the Ukraine Defence Contact Group 'on Wednesday' (meeting, planned); Fico's trip to Moscow planned "
          "'on Thursday' and called off (visit, cancelled, dated by the planned day: rule 11; same event as v09 "
          "diplomacy 4). Optional: Berlin's winter air-defence package it 'is expected to present' (military aid, "
          "planned, no figure); last week's UAE-mediated exchange 'on Wednesday' 11 November (background, rule 17). "
          "Not coded: the nuclear-fuel ban Warsaw 'merely urged' (not tabled), Erdogan 'ready to host' and Peskov's "
          "'open to a conversation' (stances), the possible US-Russia call (nothing scheduled), 'another exchange is "
          "being prepared' (no date, no firm plan), Slovakia lifting its objection, October's drone figure.",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-11-16", "on Monday"), "planned",
            "EU foreign ministers expected to approve the 22nd sanctions package (60 shadow-fleet tankers, two Chinese refineries)",
            ev("EU foreign ministers meet in Brussels on Monday and are expected to give final approval to the bloc's 22nd round of Russia sanctions."),
            location=loc("Brussels", None, "Belgium")),
        dip("talks", ["Ukraine", "Turkey"], day("2026-11-17", "on Tuesday"), "planned",
            "Foreign Minister Andrii Sybiha to hold talks with Hakan Fidan in Ankara (Black Sea shipping, prisoner exchange)",
            ev("Foreign Minister Andrii Sybiha travels to Ankara, where he is due to hold talks on Tuesday with his Turkish counterpart Hakan Fidan."),
            location=loc("Ankara", None, "Turkey")),
        dip("meeting", ["Ukraine Defence Contact Group"], day("2026-11-18", "on Wednesday"), "planned",
            "Defence ministers of the Ukraine Defence Contact Group meet by video link, co-chaired by Britain and Germany",
            ev("Defence ministers of the Ukraine Defence Contact Group convene by video link on Wednesday, co-chaired by Britain and Germany.")),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-11-18", "on Wednesday"), "planned",
            "Berlin expected to present a winter air-defence package at the Ramstein meeting",
            ev("Berlin is expected to present a winter air-defence package; officials would not give a figure."),
            optional=True),
        dip("visit", ["Slovakia", "Russia"], day("2026-11-19", "on Thursday"), "cancelled",
            "Slovak Prime Minister Robert Fico's trip to Moscow for talks with Putin, called off by his office",
            ev("Slovak Prime Minister Robert Fico had planned to fly to Moscow on Thursday for talks with President Vladimir Putin.",
               "His office said on Saturday that the visit had been called off \"for scheduling reasons\"."),
            location=loc("Moscow", None, "Russia")),
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2026-11-11", "on Wednesday"), "held",
            "UAE-mediated swap: 157 Ukrainians home, the same number to Russia",
            ev("Last week's exchange of prisoners, brokered by the United Arab Emirates, brought 157 Ukrainians home on Wednesday; Russia received the same number."),
            optional=True),
    ])

# --------------------------------------------------------------------------- v07
GOLD["v07_embassy_portugal_summons_envoy"] = dict(
    notes="Portuguese outlet, Lisbon dateline (Wednesday 18 November): Portugal's foreign ministry summoned Russia's "
          "ambassador 'on Wednesday' over damage to its Kyiv embassy (diplomatic_protest, held); the Kyiv attack "
          "'overnight' (drones with cruise and ballistic missiles; 'at least four' killed, 14 wounded; same event as "
          "v01 attack 0 and v03 attack 0); Rangel's call with Sybiha (no date words: date null); Portugal's EUR 30 "
          "million in military aid 'would send' (a decision announced: held; no date words: date null). Not coded: "
          "'No embassy staff were hurt' (the city record's casualties are the city's, not the embassy's), the offer "
          "to help repair a school (not military aid, no event put to the other side), the debris on other embassies "
          "(no date, no count), the Left Bloc's urging (a demand), Lisbon as the dateline.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")],
               night("2026-11-17", "2026-11-18", "overnight"),
               [{"type": "drone"}, {"type": "cruise_missile"}, {"type": "ballistic_missile"}],
               ev("Portugal called in Russia's ambassador to its foreign ministry on Wednesday to protest after an overnight Russian attack on Kyiv blew out the windows and part of the facade of the Portuguese embassy in the Ukrainian capital.",
                  "Ukrainian authorities said the attack left at least four people dead and 14 wounded in Kyiv in the attack, which combined drones with cruise and ballistic missiles."),
               killed=cnt(4, "at least four people", "at_least"), injured=cnt(14, "14 wounded"),
               damage=["Portuguese embassy", "residential building", "school"], reported_by=["Ukrainian authorities"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Portugal", "Russia"], day("2026-11-18", "on Wednesday"), "held",
            "Portugal's foreign ministry summoned Russian ambassador Mikhail Kamynin over damage to its Kyiv embassy and handed him a protest note",
            ev("Portugal called in Russia's ambassador to its foreign ministry on Wednesday to protest after an overnight Russian attack on Kyiv blew out the windows and part of the facade of the Portuguese embassy in the Ukrainian capital.",
               "The ambassador, Mikhail Kamynin, was received at the ministry in Lisbon in the early afternoon."),
            location=loc("Lisbon", None, "Portugal")),
        dip("phone_call", ["Portugal", "Ukraine"], None, "held",
            "Foreign Minister Paulo Rangel spoke by phone with Andrii Sybiha to express solidarity",
            ev("Rangel told reporters he had phoned his Ukrainian counterpart, Andrii Sybiha, to express solidarity and had offered to help repair a school damaged in the same attack.")),
        dip("military_aid", ["Portugal", "Ukraine"], None, "held",
            "Portugal to send an additional EUR 30 million in military aid before the end of the year, mostly for the Latvian-led drone coalition",
            ev("He also announced that Portugal would send Ukraine an additional €30 million in military aid before the end of the year, mostly for the drone coalition led by Latvia.")),
    ])

# --------------------------------------------------------------------------- v08
N1126 = night("2026-11-25", "2026-11-26", "overnight")
GOLD["v08_poland_jets_scrambled_drone_debris"] = dict(
    notes="Polish outlet, Warsaw dateline (Thursday 26 November): the air force's national figures 'overnight' (137 "
          "drones / 115 down; four ballistic missiles, 'none of the four missiles was intercepted': intercepted 0); "
          "a ballistic missile on an industrial enterprise in Lutsk (two killed, five injured; the night of the lead); "
          "a drone on an energy facility in the Kovel district ('no casualties there': killed 0, injured 0); damage to a "
          "warehouse in Sokilnyky, weapon not said (kind other; 'Nobody was injured'); Poland's summons of Russia's "
          "charge d'affaires 'on Thursday afternoon'; the NATO ambassadors' meeting 'on Friday' after Poland's Article "
          "4 request (meeting, planned); the call of Ukraine's foreign minister to 'his Polish counterpart' 'on Thursday morning' (sides named only by roles). Not coded: the drone in Polish airspace and its wreckage near Hrubieszow (an "
          "airspace violation, no attack on a place), the scrambled jets, Tusk's words and contacts with Kyiv, 'the "
          "second time this month' and 'several dozen violations' (aggregates).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1126,
               [{"type": "drone", "launched": cnt(137, "137"), "intercepted": cnt(115, "115")},
                {"type": "ballistic_missile", "launched": cnt(4, "four"), "intercepted": cnt(0, "not one of the four missiles")}],
               ev("Across the border, Ukraine's air force counted 137 drones and four ballistic missiles launched overnight.",
                  "Air defence units destroyed 115 drones; not one of the four missiles was intercepted."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Lutsk", "Volyn", "Ukraine")], N1126,
               [{"type": "ballistic_missile"}],
               ev("In Lutsk, in the north-west, a ballistic missile hit an industrial enterprise, killing two employees and injuring five, governor Ivan Rudnytskyi said."),
               killed=cnt(2, "two employees"), injured=cnt(5, "five"), damage=["industrial enterprise"],
               reported_by=["Ivan Rudnytskyi"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kovel district", "Volyn", "Ukraine", "district")], N1126,
               [{"type": "drone"}],
               ev("A drone also struck an energy facility in the Kovel district; there were no casualties there, he added."),
               killed=cnt(0, "there were no casualties there"), injured=cnt(0, "there were no casualties there"),
               damage=["energy facility"], reported_by=["Ivan Rudnytskyi"]),
        attack("Russia", "Ukraine", "other", [loc("Sokilnyky", "Lviv", "Ukraine")], N1126, [],
               ev("In the Lviv region, governor Maksym Kozytskyi reported damage to a warehouse in the village of Sokilnyky on the outskirts of Lviv.",
                  "Nobody was injured."),
               injured=cnt(0, "Nobody was injured"), damage=["warehouse"], reported_by=["Maksym Kozytskyi"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Poland", "Russia"], day("2026-11-26", "on Thursday afternoon"), "held",
            "Poland's foreign ministry summoned Russia's charge d'affaires and handed a protest note over the drone in Polish airspace",
            ev("Foreign Minister Radoslaw Sikorski said Russia's charge d'affaires had been summoned to the ministry in Warsaw on Thursday afternoon and handed a protest note."),
            location=loc("Warsaw", None, "Poland")),
        dip("meeting", ["NATO", "Poland"], day("2026-11-27", "on Friday"), "planned",
            "NATO ambassadors to meet in Brussels for Article 4 consultations requested by Poland",
            ev("Poland has also asked for consultations with allies under Article 4 of the North Atlantic Treaty, and NATO ambassadors will meet in Brussels on Friday to discuss the incident, a ministry spokesman said."),
            location=loc("Brussels", None, "Belgium")),
        dip("phone_call", ["Ukraine", "Poland"], day("2026-11-26", "on Thursday morning"), "held",
            "Ukraine's foreign minister called his Polish counterpart to thank Warsaw for its reaction",
            ev("Ukraine's foreign minister rang his Polish counterpart on Thursday morning to thank Warsaw for its quick reaction, the Polish ministry said.")),
    ])

# --------------------------------------------------------------------------- v09
GOLD["v09_eu_press_conference_transcript"] = dict(
    notes="Press-conference transcript (Brussels, Monday 16 November): the 22nd sanctions package adopted 'today' "
          "(held; same event as v06 diplomacy 0); Russian missiles on Zaporizhzhia 'This morning' (three killed, 'at "
          "least twelve' wounded, 'a girl of eight'); EUR 1.4 billion from windfall profits for Ukraine's air defence "
          "(military aid, held); Fico's cancelled trip to Moscow (visit, cancelled; no date in this article: null; "
          "same event as v06 diplomacy 4); the Commission's draft nuclear-fuel ban put 'on the table at this morning's "
          "session' (sanctions, proposed: tabled, not adopted). Optional: Sybiha's video briefing of the ministers "
          "'this morning' (meeting), his 'visit to Ankara tomorrow' (visit, planned; v06 calls it talks). Not coded: "
          "Kallas's 'open to any "
          "process' (a stance), 'Tens of thousands' of drones this year (an aggregate).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-11-16", "This morning"), [{"type": "missile"}],
               ev("This morning, while we were sitting in this building, Russian missiles struck Zaporizhzhia.",
                  "The governor reports three people killed and at least twelve wounded, among them a girl of eight."),
               killed=cnt(3, "three people"), injured=cnt(12, "at least twelve", "at_least"),
               children_injured=cnt(1, "a girl of eight"), reported_by=["the governor"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-11-16", "today"), "held",
            "EU ministers adopted the 22nd sanctions package: 60 shadow-fleet vessels, two third-country refineries, banks",
            ev("Ministers today adopted the 22nd package of sanctions against Russia."),
            location=loc("Brussels", None, "Belgium")),
        dip("military_aid", ["European Union", "Ukraine"], day("2026-11-16", "today"), "held",
            "EUR 1.4 billion from windfall profits of immobilised Russian assets released for Ukraine's air defence and ammunition",
            ev("Ministers also agreed to release the next tranche from the windfall profits of immobilised Russian assets: 1.4 billion euros that will go to Ukraine for air defence and ammunition before the end of the year.")),
        dip("meeting", ["European Union", "Ukraine"], day("2026-11-16", "this morning"), "held",
            "Foreign Minister Sybiha briefed EU ministers by video",
            ev("Foreign Minister Sybiha joined us by video this morning and briefed us on the situation on the ground and on his visit to Ankara tomorrow."),
            optional=True),
        dip("visit", ["Ukraine", "Turkey"], day("2026-11-17", "tomorrow"), "planned",
            "Sybiha's visit to Ankara",
            ev("Foreign Minister Sybiha joined us by video this morning and briefed us on the situation on the ground and on his visit to Ankara tomorrow."),
            location=loc("Ankara", None, "Turkey"), optional=True),
        dip("visit", ["Slovakia", "Russia"], None, "cancelled",
            "Slovak Prime Minister Robert Fico cancelled his trip to Moscow",
            ev("Prime Minister Fico has cancelled his trip to Moscow."),
            location=loc("Moscow", None, "Russia")),
        dip("sanctions", ["European Union", "Russia"], day("2026-11-16", "at this morning's session"), "proposed",
            "The Commission tabled a draft ban on Russian nuclear fuel imports as a first element of the 23rd package",
            ev("The Commission put a draft ban on the table at this morning's session, as a first element of the next package.")),
    ])

# --------------------------------------------------------------------------- v10
GOLD["v10_tv_script_kramatorsk_glide_bombs"] = dict(
    notes="Local TV news script (Friday 27 November, present tense): guided bombs on central Kramatorsk 'This "
          "afternoon' ('Two heavy bombs' as launched 2; 'Two people' dead, 'Eleven' hurt, 'two teenagers' as "
          "children_injured 2); a drone on a garage cooperative 'Last night' (the night 26-27 November, a second "
          "event on the same city: 'No one was injured then'). Not coded: the evacuation call (a demand), 'more than "
          "eighty thousand people have left' (aggregate), the Sloviansk hub.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kramatorsk", "Donetsk", "Ukraine")],
               day("2026-11-27", "This afternoon"), [{"type": "glide_bomb", "launched": cnt(2, "Two heavy bombs")}],
               ev("This afternoon Russian aircraft drop guided bombs on the city centre. Two people are dead. Eleven are hurt.",
                  "Two heavy bombs, the regional governor says.",
                  "Among the wounded are two teenagers, brothers, fifteen and seventeen."),
               killed=cnt(2, "Two people"), injured=cnt(11, "Eleven"), children_injured=cnt(2, "two teenagers"),
               damage=["apartment blocks", "shops", "pharmacy", "bakery"], reported_by=["the regional governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kramatorsk", "Donetsk", "Ukraine")],
               night("2026-11-26", "2026-11-27", "Last night"), [{"type": "drone"}],
               ev("Last night, a drone hit a garage cooperative on the northern edge of town. No one was injured then."),
               injured=cnt(0, "No one was injured then"), damage=["garage cooperative"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- v11
GOLD["v11_photo_gallery_week_in_pictures"] = dict(
    notes="Photo gallery told in captions (Monday 30 November), places in Russian transliteration (Nikolaev, "
          "Zaporozhye, Chernigov, Odessa, Dnieper): a drone on a Nikolaev apartment block 'overnight' before 24 "
          "November (five injured, 'a seven-year-old girl'); a missile on a Zaporozhye cultural centre 'in the "
          "morning' of 26 November (a security guard killed; injured not given: null); a drone on an Odessa port "
          "conveyor 'on the night of November 29' (rule 11: 28-29 November; 'No casualties': killed 0, injured 0); a "
          "UAE-mediated exchange of 210 for 210 on 28 November; the talks of Ukraine's foreign minister and 'his Finnish counterpart' in Kiev on 27 November (sides named only by roles; the caption's date). Optional: the strike on a civilian convoy in "
          "Zaporozhye 'in the autumn of 2022' (background, place but no count). Not coded: Kherson 'shelled almost "
          "daily' (no date, no count), the captions without an event (2, 4's candle, 8, 10).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Nikolaev", "Mykolaiv", "Ukraine")],
               night("2026-11-23", "2026-11-24", "overnight"), [{"type": "drone"}],
               ev("A firefighter carries a cat from a five-storey block of flats hit by a Russian drone overnight.",
                  "Five residents were injured, a seven-year-old girl among them, according to the regional governor, Vitaliy Kim."),
               injured=cnt(5, "Five residents"), children_injured=cnt(1, "a seven-year-old girl"),
               damage=["apartment building"], reported_by=["Vitaliy Kim"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Zaporozhye", "Zaporizhzhia", "Ukraine")],
               day("2026-11-26", "in the morning"), [{"type": "missile"}],
               ev("Emergency workers search the rubble of a cultural centre destroyed by a Russian missile in the morning.",
                  "The strike killed a security guard; the city council said no one else had been inside."),
               killed=cnt(1, "a security guard"), damage=["cultural centre"], reported_by=["the city council"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Zaporozhye", "Zaporizhzhia", "Ukraine")],
                   month("2022-09-01", "2022-11-30", "in the autumn of 2022"), [],
                   ev("A woman lights a candle at an improvised memorial near the cultural centre, where residents also remember the victims of the strike on a convoy of civilian cars in the autumn of 2022."))),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odessa", "Odesa", "Ukraine")],
               night("2026-11-28", "2026-11-29", "on the night of November 29"), [{"type": "drone"}],
               ev("A port worker inspects a grain conveyor damaged in a drone attack on the night of November 29.",
                  "No casualties were reported, the regional administration said."),
               killed=cnt(0, "No casualties"), injured=cnt(0, "No casualties"),
               damage=["grain conveyor"], reported_by=["the regional administration"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2026-11-28", "November 28, 2026"), "held",
            "UAE-mediated prisoner exchange, 210 for 210",
            ev("Freed Ukrainian servicemen wrapped in national flags step off a bus after a prisoner exchange with Russia, mediated by the United Arab Emirates.",
               "Each side released 210 prisoners, the Ukrainian coordination staff said.")),
        dip("talks", ["Ukraine", "Finland"], day("2026-11-27", "November 27, 2026"), "held",
            "Ukraine's foreign minister and his Finnish counterpart held talks in Kyiv on reconstruction money and winter energy",
            ev("Ukraine's foreign minister and his Finnish counterpart shake hands before their talks in the capital, which dealt with reconstruction money and the winter energy supply."),
            location=loc("Kiev", "Kyiv", "Ukraine")),
    ])

# --------------------------------------------------------------------------- v12
GOLD["v12_control_winter_wheat_demining"] = dict(
    notes="Control (Monday 24 November): an agriculture story touching the war (winter sowing, mined fields, "
          "fertiliser prices, power outages, exports through Odesa, donors funding demining). No attack on a place "
          "and day, no dated diplomatic event: no record. Not coded: Japan and Canada funding demining (ongoing "
          "funding, no decision, not military aid), 'power outages' (no attack).",
    attacks=[], diplomacy=[])


CLUSTERS = {
    "schema_version": "1",
    "notes": "Events told in more than one dev15 article (codebook: same place, night or day, attacker, activity).",
    "clusters": [
        {"id": "kyiv-2026-11-18", "description": "Russian combined drone and missile attack on Kyiv in the night 17-18 November 2026: three then four killed (v01), at least five (v03), at least four (v07)",
         "members": [{"article": "v01_agency_kyiv_night_toll_brief", "type": "attack", "index": 0},
                     {"article": "v03_explainer_kyiv_strike_what_we_know", "type": "attack", "index": 0},
                     {"article": "v07_embassy_portugal_summons_envoy", "type": "attack", "index": 0}]},
        {"id": "eu-sanctions-22-2026-11-16", "description": "The EU's 22nd sanctions package at the Foreign Affairs Council on Monday 16 November 2026: expected (v06), adopted (v09)",
         "members": [{"article": "v06_week_ahead_diplomacy_preview", "type": "diplomacy", "index": 0},
                     {"article": "v09_eu_press_conference_transcript", "type": "diplomacy", "index": 0}]},
        {"id": "fico-moscow-cancelled-2026-11", "description": "Slovak PM Fico's trip to Moscow planned for 19 November 2026, called off (v06, v09)",
         "members": [{"article": "v06_week_ahead_diplomacy_preview", "type": "diplomacy", "index": 4},
                     {"article": "v09_eu_press_conference_transcript", "type": "diplomacy", "index": 4}]},
    ],
}


def main() -> None:
    write_gold(DEV15, GOLD)
    (DEV15 / "gold" / "clusters.json").write_text(json.dumps(CLUSTERS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
