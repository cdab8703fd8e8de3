"""Write evals/dev63/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev63, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV63 = ROOT / "evals" / "dev63"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KHARKIV = loc("Kharkiv", "Kharkiv", "Ukraine")
BILA_TSERKVA = loc("Bila Tserkva", "Kyiv Oblast", "Ukraine")
PIVDENNYI = loc("Pivdennyi", "Odesa", "Ukraine")
BRYANSK_REGION = loc("Bryansk Region", "Bryansk", "Russia", "region")
BUDAPEST = loc("Budapest", None, "Hungary")
LINKOPING = loc("Linkoping", None, "Sweden")
LONDON = loc("London", None, "United Kingdom")
BRUSSELS = loc("Brussels", None, "Belgium")
NIGHT_1022 = ("2025-10-21", "2025-10-22")
NIGHT_1030 = ("2025-10-29", "2025-10-30")
EARLY_NOV = ("2025-11-01", "2025-11-10")
US = "United States"
UK = "United Kingdom"
EU = "European Union"
COW = "coalition of the willing"

# --------------------------------------------------------------------------- xl01
GOLD["xl01_kharkiv_hospital_statement_kindergarten_oct22"] = dict(
    notes="A city hospital's statement on the casualties it admitted (Kharkiv, Wednesday 22 October 2025, 15:40). Coded: "
          "Kharkiv 'This morning' (22 October, day, rule 11; 'a Russian drone' exploded in a kindergarten's playground: one "
          "drone told with the indefinite article, uncounted, rule 9; the Kharkiv Regional Military Administration's 'one "
          "man' killed 1 and 'seven people' injured 7, rule 6); Kharkiv 'on 13 October' (the glide-bomb attack on the "
          "Osnovianskyi district, uncounted; '17 people' injured 17; background with place and date: required, rule 5; the "
          "district stays on the city's record, rule 1; no attacker named: Russia, rule 12). Not coded: the five adults "
          "the hospital admitted and the eleven brought to it on 13 October (hospitalised is not injured, rule 6); 'None "
          "of the children was hurt' is a nil of a part of the people the strike could hurt (a man was killed and others "
          "injured there): it fills nothing, not even children_injured (rule 6); the blood-donor appeal.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [KHARKIV], day("2025-10-22", "This morning"),
               [{"type": "drone"}],
               ev("This morning, shortly after ten o'clock, a Russian drone exploded in the playground of a private kindergarten in the Kholodnohirskyi district of Kharkiv.",
                  "According to the Kharkiv Regional Military Administration, the strike killed one man, the kindergarten's caretaker, and left seven people injured in total."),
               killed=cnt(1, "one man"), injured=cnt(7, "seven people"),
               damage=["private kindergarten"], reported_by=["the Kharkiv Regional Military Administration"]),
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2025-10-13", "on 13 October"),
               [{"type": "glide_bomb"}],
               ev("Earlier this month our surgeons also took part in treating the victims of the glide-bomb attack on the Osnovianskyi district of Kharkiv on 13 October, which injured 17 people; eleven of them were brought to us, and nine have since been discharged."),
               injured=cnt(17, "17 people")),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xl02
GOLD["xl02_russian_defence_ministry_briefing_translated_oct22"] = dict(
    notes="A monitoring desk's translation of the Russian Defence Ministry's summary of Wednesday 22 October 2025 and its "
          "evening message of 21 October. Coded: Bryansk Region 'On the evening of 21 October' (day, rule 11; 'four Storm "
          "Shadow long-range cruise missiles' brought down: cruise_missile, model Storm Shadow, intercepted 4, rules 3-4 and "
          "9; no struck locality of the region is named, so it is the region's own record, rule 3; the attacker, unnamed, "
          "is Ukraine, rule 12); Russia's strike on Ukraine 'Overnight' (21-22 October, range; 'precision missiles of long "
          "range' and 'strike drones', uncounted: drone_and_missile with a missile and a drone entry, rules 8-9; the claim "
          "that every object was hit adds nothing); Russia's country record 'Over the past night' ('33 aircraft-type "
          "Ukrainian UAVs' brought down above the regions of Russia: intercepted 33, rules 3-4); Bryansk Region and Kursk "
          "Region, the same night ('21' and '12' of them: a region's tally with no struck locality named is the region's own "
          "record, rule 3). Not coded: the advance on the Krasnoarmeysk axis and 'up to 460 servicemen' (ground fighting, "
          "rule 5), the engagements 'in 151 areas' (a front-wide tally, rule 5), the translator's notes.",
    attacks=[
        attack("Ukraine", "Russia", "missile_strike", [BRYANSK_REGION], day("2025-10-21", "On the evening of 21 October"),
               [{"type": "cruise_missile", "model": "Storm Shadow",
                 "intercepted": cnt(4, "four Storm Shadow long-range cruise missiles")}],
               ev("On the evening of 21 October, between 18:00 and 20:30 Moscow time, air defence crews on watch brought down four Storm Shadow long-range cruise missiles of British manufacture over the territory of Bryansk Region."),
               reported_by=["the Russian Ministry of Defence"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_1022, "Overnight"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("Overnight, in response to terrorist acts of the Kyiv regime against civilian sites on Russian soil, Russia's Armed Forces inflicted a mass strike, using precision missiles of long range fired from aircraft and ships together with strike drones, on fuel and energy facilities of Ukraine that serve its defence industry."),
               damage=["fuel and energy facilities"], reported_by=["the Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*NIGHT_1022, "Over the past night"),
               [{"type": "drone", "intercepted": cnt(33, "33 aircraft-type Ukrainian UAVs")}],
               ev("Over the past night (23:00 on 21 October to 07:00 on 22 October, Moscow time), air defence crews on watch brought down 33 aircraft-type Ukrainian UAVs above the regions of Russia: 21 over the territory of Bryansk Region and 12 over the territory of Kursk Region."),
               reported_by=["the Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [BRYANSK_REGION], night(*NIGHT_1022, "Over the past night"),
               [{"type": "drone", "intercepted": cnt(21, "21 over the territory of Bryansk Region")}],
               ev("Over the past night (23:00 on 21 October to 07:00 on 22 October, Moscow time), air defence crews on watch brought down 33 aircraft-type Ukrainian UAVs above the regions of Russia: 21 over the territory of Bryansk Region and 12 over the territory of Kursk Region."),
               reported_by=["the Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk Region", "Kursk", "Russia", "region")],
               night(*NIGHT_1022, "Over the past night"),
               [{"type": "drone", "intercepted": cnt(12, "12 over the territory of Kursk Region")}],
               ev("Over the past night (23:00 on 21 October to 07:00 on 22 October, Moscow time), air defence crews on watch brought down 33 aircraft-type Ukrainian UAVs above the regions of Russia: 21 over the territory of Bryansk Region and 12 over the territory of Kursk Region."),
               reported_by=["the Russian Ministry of Defence"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xl03
GOLD["xl03_polish_operational_command_statement_oct30"] = dict(
    notes="A neighbouring country's armed forces operational command statement, in translation (Warsaw, Thursday 30 October "
          "2025, 07:15). Coded: Russia's attack on Ukraine 'Overnight' (29-30 October, range, rule 11; 'more than 650 "
          "drones' (650, more_than) and 'over 50 missiles' (50, more_than), Ukraine's Air Force's figures, launched, rules "
          "3, 7 and 9; the missiles are not split by type: missile); the Lviv region and the Ivano-Frankivsk region 'During "
          "the night' (places told only together: one record with two region locations, rule 2; drones and missiles, "
          "uncounted: drone_and_missile). Not coded: Polish and allied aircraft operating and air defence on readiness (no "
          "attack on Poland; 'Polish airspace was not violated'), the airports' suspension, the appeal to residents.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_1030, "Overnight"),
               [{"type": "drone", "launched": cnt(650, "more than 650 drones", "more_than")},
                {"type": "missile", "launched": cnt(50, "over 50 missiles", "more_than")}],
               ev("Overnight the Russian Federation once more carried out a massive attack on the territory of Ukraine with missiles and attack drones, including on targets lying close to the border of the Republic of Poland.",
                  "The Russian side used more than 650 drones and over 50 missiles against Ukraine during the night, Ukraine's Air Force reports."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile",
               [loc("Lviv region", "Lviv", "Ukraine", "region"), loc("Ivano-Frankivsk region", "Ivano-Frankivsk", "Ukraine", "region")],
               night(*NIGHT_1030, "During the night"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("During the night drones and missiles struck power infrastructure in the Lviv region and in the Ivano-Frankivsk region, a few dozen kilometres from our border."),
               damage=["power infrastructure"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xl04
GOLD["xl04_miners_union_statement_ternivka_oct30"] = dict(
    notes="A miners' trade union's statement (Thursday 30 October 2025). Coded: Ternivka 'On the night of 30 October' (29-30 "
          "October, range, rule 11; 'Russian attack drones', uncounted, on the mine's surface substation; 'No one at the "
          "mine was injured, underground or on the surface' is a nil of the struck site's people: injured 0, killed stays "
          "null (no death word), rule 6); Pavlohrad 'The same night' (drones, uncounted; 'two people' injured 2, the oblast "
          "governor's figure); the Dnipropetrovsk region 'during the night' ('21 drones and one missile' shot down over the "
          "region: two struck localities of the region are named, Ternivka and Pavlohrad, so it is the region's own record, "
          "rule 3: intercepted 21 drones and 1 missile, drone_and_missile); the country 'overnight' ('653 drones and 52 "
          "missiles' launched, '590 drones and 34 missiles' destroyed or suppressed: intercepted, rule 3; the missiles are "
          "not split by type, rule 9). Not coded: the 312 miners raised to the surface (no casualty), the thanks, the "
          "demand on the Ministry of Energy and the call on sister unions to urge their governments (demands and calls, "
          "rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Ternivka", "Dnipropetrovsk", "Ukraine")],
               night(*NIGHT_1030, "On the night of 30 October"),
               [{"type": "drone"}],
               ev("On the night of 30 October, Russian attack drones hit the surface substation of the Zoria mine in Ternivka.",
                  "No one at the mine was injured, underground or on the surface."),
               injured=cnt(0, "No one at the mine was injured"),
               damage=["surface substation of the Zoria mine"], reported_by=["the Miners' Solidarity Union"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Pavlohrad", "Dnipropetrovsk", "Ukraine")],
               night(*NIGHT_1030, "The same night"),
               [{"type": "drone"}],
               ev("The same night, drones hit an industrial enterprise in Pavlohrad and blew out windows in apartment blocks nearby; two people were injured there, as the oblast governor reported."),
               injured=cnt(2, "two people"),
               damage=["industrial enterprise", "windows of apartment blocks"], reported_by=["the oblast governor"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Dnipropetrovsk region", "Dnipropetrovsk", "Ukraine", "region")],
               night(*NIGHT_1030, "during the night"),
               [{"type": "drone", "intercepted": cnt(21, "21 drones")},
                {"type": "missile", "intercepted": cnt(1, "one missile")}],
               ev("In total, air defence forces shot down 21 drones and one missile over the Dnipropetrovsk region during the night.")),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_1030, "overnight"),
               [{"type": "drone", "launched": cnt(653, "653 drones"), "intercepted": cnt(590, "590 drones")},
                {"type": "missile", "launched": cnt(52, "52 missiles"), "intercepted": cnt(34, "34 missiles")}],
               ev("Across Ukraine, the Air Force counted 653 drones and 52 missiles launched overnight; 590 drones and 34 missiles were destroyed or suppressed."),
               reported_by=["the Air Force"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xl05
GOLD["xl05_eparchy_statement_bila_tserkva_church_oct22"] = dict(
    notes="A church eparchy's press statement on a damaged church (Wednesday 22 October 2025, translated). Coded: Bila Tserkva, "
          "Kyiv Oblast, 'on the night to 22 October' (21-22 October, range, rule 11; 'Russian missiles and drones', "
          "uncounted: drone_and_missile, rules 8-9; the Military Administration of Kyiv Oblast's 'a man aged 64' killed 1 "
          "and 'three residents' injured 3, rule 6). Not coded: the memorial service 'on Friday' and the Liturgy in the "
          "parish house (no event of the war), the appeal to the faithful abroad and to heritage organisations (a call, rule "
          "13), the restoration appeal.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [BILA_TSERKVA], night(*NIGHT_1022, "on the night to 22 October"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("With sorrow we inform the faithful that our Church of the Holy Protection in Bila Tserkva was damaged during the enemy's attack on the night to 22 October.",
                  "Russian missiles and drones struck Bila Tserkva that night.",
                  "The Military Administration of Kyiv Oblast reports that a man aged 64 lost his life in the town and three residents were injured."),
               killed=cnt(1, "a man aged 64"), injured=cnt(3, "three residents"),
               damage=["Church of the Holy Protection"], reported_by=["the Military Administration of Kyiv Oblast"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xl06
GOLD["xl06_breaking_news_ticker_oct22"] = dict(
    notes="A newswire's live ticker of short capitalised headlines with a line each (Wednesday 22 October 2025), newest lines "
          "at the top. Coded: Kharkiv 'this morning' (22 October; 'A Russian drone', uncounted, rule 9; the earliest line, "
          "10:52, gives 'one man' killed 1 and 'four people' hurt, injured 4: in a ticker printing its newest line first the "
          "first figure is the earliest in time, and the governor's seven of 14:12 is an update in the evidence, rule 6); "
          "Bila Tserkva, Kyiv Oblast, 'overnight' (21-22 October; missiles and drones, uncounted; 'a man' killed 1); the "
          "country 'overnight' ('405 drones' / '333 drones' and '28 missiles' / '16 missiles' shot down or jammed: "
          "intercepted, rule 3); the US Treasury's sanctions on Rosneft and Lukoil 'today' (22 October; United States and "
          "Russia, the target, rule 15); the Budapest summit of the presidents of the United States and Russia, 'set for "
          "early November' and cancelled (dated by the days it was planned for, 1-10 November, rule 11; Hungary, the "
          "state of the city, hosts: a side, rule 15); the letter of intent on Ukraine buying 100 to 150 Gripen E jets "
          "signed in Linkoping 'this afternoon' (agreement, held, rule 14). Not coded: the Kremlin spokesman's line that "
          "Moscow does not rule a meeting out (a stance, rule 13), the lifted alerts.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [KHARKIV], day("2025-10-22", "this morning"),
               [{"type": "drone"}],
               ev("A Russian drone struck a kindergarten in Kharkiv's Kholodnohirskyi district this morning; one man died and four people are hurt, the mayor says.",
                  "The regional governor now puts the number of injured at the kindergarten at seven."),
               killed=cnt(1, "one man"), injured=cnt(4, "four people"),
               damage=["kindergarten"], reported_by=["the mayor", "the regional governor"]),
        attack("Russia", "Ukraine", "drone_and_missile", [BILA_TSERKVA], night(*NIGHT_1022, "overnight"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("Missiles and drones hit Bila Tserkva overnight and a man was killed, the regional military administration reports; houses and a church were damaged."),
               killed=cnt(1, "a man"), damage=["houses", "a church"],
               reported_by=["the regional military administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_1022, "overnight"),
               [{"type": "drone", "launched": cnt(405, "405 drones"), "intercepted": cnt(333, "333 drones")},
                {"type": "missile", "launched": cnt(28, "28 missiles"), "intercepted": cnt(16, "16 missiles")}],
               ev("Russia sent 405 drones and 28 missiles against Ukraine overnight, says the Air Force; it shot down or jammed 333 drones and 16 missiles."),
               damage=["energy facilities"], reported_by=["the Air Force"]),
    ],
    diplomacy=[
        dip("sanctions", [US, "Russia"], day("2025-10-22", "today"), "held",
            "US Treasury sanctions on Rosneft and Lukoil and dozens of their subsidiaries",
            ev("The US Treasury today put Russia's two biggest oil producers, Rosneft and Lukoil, and dozens of their subsidiaries under sanctions, saying Moscow has not shown serious commitment to a peace process.")),
        dip("summit", [US, "Russia", "Hungary"], night(*EARLY_NOV, "early November"), "cancelled",
            "President Trump cancelled his summit with Putin in Budapest, set for early November",
            ev("President Trump told reporters at the White House that he had cancelled the summit with Putin in Budapest, which had been set for early November, because it did not feel right to him."),
            location=BUDAPEST),
        dip("agreement", ["Ukraine", "Sweden"], day("2025-10-22", "this afternoon"), "held",
            "Letter of intent signed by President Zelensky and Prime Minister Kristersson on Ukraine buying 100 to 150 Gripen E fighter jets",
            ev("In Linkoping this afternoon, President Zelensky and Ulf Kristersson, Sweden's prime minister, put their names to a letter of intent on Ukraine buying 100 to 150 Gripen E fighter jets."),
            location=LINKOPING),
    ])

# --------------------------------------------------------------------------- xl07
GOLD["xl07_think_piece_cancelled_budapest_summit_oct24"] = dict(
    notes="An analysis piece on the cancelled Budapest summit (Friday 24 October 2025). Coded: the country 'The night before "
          "Trump's announcement' (the announcement was on Wednesday 22 October: the night of 21-22 October, range, rule 11; "
          "'more than 400 drones' (400, more_than) and 'nearly 30 missiles' (30, about), launched, rules 7 and 9); the "
          "Budapest summit of Trump and Putin called off 'On Wednesday' and dated by the days it was prepared for, 'early "
          "November' (1-10 November, cancelled, rules 11 and 16; Hungary, the state of the city, a side, rule 15); the US "
          "Treasury's sanctions on Rosneft and Lukoil 'The same Wednesday' (22 October); the EU's nineteenth sanctions "
          "package 'Yesterday' (23 October; the EU and Russia, the target, rule 15); the EU leaders meeting in Brussels "
          "'yesterday' (23 October; a meeting of the leaders of several states: summit, held, rule 14; held at the Union's "
          "seat: the EU, rule 15); the return of 1,000 bodies of Ukrainian fallen and 31 Russian 'On Thursday' (23 "
          "October; a repatriation of the dead: prisoner_exchange, rule 14); the coalition of the willing's leaders' summit "
          "in London 'Today' (24 October, planned; the United Kingdom hosts, Ukraine attends, rule 15). Optional: the phone "
          "call of Trump and Putin 'of last Thursday' (16 October; background, rule 17). Not coded: the Kremlin's 'door "
          "stays open' (a stance, rule 13), 'Had the Budapest summit gone ahead' (a hypothetical), Belgium's request for "
          "guarantees (part of the summit), the closing calls on Europe (rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_1022, "The night before Trump's announcement"),
               [{"type": "drone", "launched": cnt(400, "more than 400 drones", "more_than")},
                {"type": "missile", "launched": cnt(30, "nearly 30 missiles", "about")}],
               ev("The night before Trump's announcement, Russia had sent more than 400 drones and nearly 30 missiles against Ukraine, most of them at power plants and substations."),
               damage=["power plants", "substations"]),
    ],
    diplomacy=[
        opt(dip("phone_call", [US, "Russia"], day("2025-10-16", "last Thursday"), "held",
                "Phone call of President Trump and President Putin, over two hours, that raised a meeting in Budapest",
                ev("The idea of Donald Trump and Vladimir Putin meeting in Budapest grew out of their phone call of last Thursday, which ran for well over two hours and ended with both sides talking up a meeting on Hungarian soil."))),
        dip("summit", [US, "Russia", "Hungary"], night(*EARLY_NOV, "early November"), "cancelled",
            "President Trump called off the Budapest summit with Putin, prepared for early November",
            ev("On Wednesday Trump called off the Budapest summit with Putin, which aides had been preparing for early November."),
            location=BUDAPEST),
        dip("sanctions", [US, "Russia"], day("2025-10-22", "The same Wednesday"), "held",
            "US Treasury sanctions on Rosneft and Lukoil",
            ev("The same Wednesday, the US Treasury placed Rosneft and Lukoil, which between them pump roughly half of Russia's crude, under sanctions.")),
        dip("sanctions", [EU, "Russia"], day("2025-10-23", "Yesterday"), "held",
            "The EU's nineteenth sanctions package against Russia (Russian LNG purchases ended by January 2027, more shadow-fleet tankers listed)",
            ev("Yesterday the European Union adopted its nineteenth package of sanctions against Russia, which ends purchases of Russian LNG by January 2027 and lists more shadow-fleet tankers.")),
        dip("summit", [EU], day("2025-10-23", "yesterday"), "held",
            "EU leaders' meeting in Brussels, which failed to agree on a loan to Ukraine from frozen Russian assets",
            ev("EU leaders, meeting in Brussels yesterday, nonetheless failed to agree on lending Ukraine money raised on frozen Russian assets, after Belgium asked for more guarantees."),
            location=BRUSSELS),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2025-10-23", "On Thursday"), "held",
            "Repatriation of the dead: 1,000 bodies of Ukrainian fallen handed over by Russia, 31 returned to Russia",
            ev("On Thursday, too, Russia handed over 1,000 bodies of Ukrainian fallen and took back 31 of its own.")),
        dip("summit", [COW, UK, "Ukraine"], day("2025-10-24", "Today"), "planned",
            "Leaders' summit of the coalition of the willing in London, hosted by Keir Starmer, President Zelensky expected in person",
            ev("Today the coalition of the willing holds a leaders' summit in London, with Keir Starmer as host and President Zelensky expected in person."),
            location=LONDON),
    ])

# --------------------------------------------------------------------------- xl08
GOLD["xl08_diaspora_weekly_translated_oct26"] = dict(
    notes="A diaspora weekly's overview of the week, translated (Toronto, Sunday 26 October 2025). Coded: Kharkiv 'on "
          "Wednesday' (22 October; 'A Russian drone', uncounted; 'One man' killed 1, 'at least eight people' injured (8, "
          "at_least), rules 6-7; 'The children ... were all in the shelter and unharmed' is a nil of a part of the people: "
          "it fills nothing, rule 6); Seltso, Bryansk Oblast, 'last Tuesday evening' (21 October in a Sunday paper, day, "
          "rule 11; Ukraine on Russia, rule 4; 'Storm Shadow cruise missiles', uncounted: missile_strike; the governor's "
          "claim 'that no one had been hurt' is a nil he states: injured 0 only, rule 6); the letter of intent on Gripen E "
          "fighters signed in Linkoping 'on Wednesday' (agreement, held, rule 14); Washington's sanctions on Rosneft and "
          "Lukoil 'Also on Wednesday' (the United States, rule 15); the EU's 19th sanctions package 'On Thursday' (23 "
          "October); the return of the remains of 1,000 fallen soldiers and of 31 Russian bodies 'On Thursday' "
          "(prisoner_exchange, rule 14); the coalition of the willing's leaders' summit in London 'On Friday' (24 October, "
          "held; the United Kingdom hosts, rule 15). Not coded: the first aircraft 'could arrive within three years' (a "
          "forecast), the parish's collection (a private donation, no state's or organisation's aid decision) and the "
          "rally.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [KHARKIV], day("2025-10-22", "on Wednesday"),
               [{"type": "drone"}],
               ev("A Russian drone struck a private kindergarten in Kharkiv on Wednesday.",
                  "One man, the kindergarten's caretaker, was killed and at least eight people were injured."),
               killed=cnt(1, "One man"), injured=cnt(8, "at least eight people", "at_least"),
               damage=["private kindergarten"]),
        attack("Ukraine", "Russia", "missile_strike", [loc("Seltso", "Bryansk", "Russia")], day("2025-10-21", "last Tuesday evening"),
               [{"type": "cruise_missile", "model": "Storm Shadow"}],
               ev("Ukraine's General Staff reported that last Tuesday evening Ukrainian forces struck the Bryansk Chemical Plant in Seltso, in Russia's Bryansk Oblast, with Storm Shadow cruise missiles.",
                  "The Russian governor of the region claimed that no one had been hurt."),
               injured=cnt(0, "no one had been hurt"),
               damage=["Bryansk Chemical Plant"], reported_by=["Ukraine's General Staff", "the Russian governor of the region"]),
    ],
    diplomacy=[
        dip("agreement", ["Ukraine", "Sweden"], day("2025-10-22", "on Wednesday"), "held",
            "Letter of intent signed by President Zelensky and Prime Minister Kristersson under which Ukraine may buy 100 to 150 Gripen E fighters",
            ev("In Linkoping on Wednesday, President Zelensky and Ulf Kristersson, head of the Swedish government, signed a letter of intent under which Ukraine may buy between 100 and 150 Gripen E fighters."),
            location=LINKOPING),
        dip("sanctions", [US, "Russia"], day("2025-10-22", "Also on Wednesday"), "held",
            "US sanctions on the Russian oil companies Rosneft and Lukoil",
            ev("Also on Wednesday, Washington imposed sanctions on the Russian oil giants Rosneft and Lukoil, the first such step of the new American administration against Moscow.")),
        dip("sanctions", [EU, "Russia"], day("2025-10-23", "On Thursday"), "held",
            "The EU's 19th sanctions package against Russia, with a ban on Russian liquefied gas imports",
            ev("On Thursday the European Union adopted its 19th package of sanctions against Russia; among other measures, it bans imports of Russian liquefied gas.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2025-10-23", "On Thursday"), "held",
            "Repatriation of the dead: the remains of 1,000 Ukrainian soldiers returned, 31 bodies to Russia",
            ev("On Thursday the remains of 1,000 fallen soldiers were returned to Ukraine.",
               "Russia got back 31 bodies, according to Ukraine's prisoner-of-war coordination staff.")),
        dip("summit", [COW, UK, "Ukraine"], day("2025-10-24", "On Friday"), "held",
            "Leaders' summit of the coalition of the willing in London hosted by Keir Starmer, President Zelensky in person",
            ev("On Friday Prime Minister Keir Starmer hosted the coalition of the willing at a leaders' summit in London.",
               "President Zelensky took part in person, and other leaders joined by video link."),
            location=LONDON),
    ])

# --------------------------------------------------------------------------- xl09
GOLD["xl09_grain_exporter_press_release_pivdennyi_nov03"] = dict(
    notes="A grain exporter's press release on a strike on its terminal (Pivdennyi, Monday 3 November 2025). Coded: Pivdennyi "
          "'overnight from 1 to 2 November 2025' (range, rule 11; 'Russian drones'; the Odesa Regional Military "
          "Administration's '26 attack drones' destroyed over the region go on Pivdennyi, the one struck locality of the "
          "region the release names: intercepted 26, rule 3; 'No one at the terminal was injured' is a nil of the struck "
          "site's people: injured 0 only, rule 6); Pivdennyi 'On 17 October' ('a drone hit', uncounted, rule 9; 'without "
          "casualties' fills killed and injured, rule 6; background with place and date: required, rule 5; no attacker "
          "named: Russia, rule 12); the EU's 19th sanctions package 'adopted on 23 October' (the EU and Russia, rule 15). "
          "Not coded: the suspended loading and the force majeure, the call on international partners (rule 13), the "
          "October shipments.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [PIVDENNYI], night("2025-11-01", "2025-11-02", "overnight from 1 to 2 November 2025"),
               [{"type": "drone", "intercepted": cnt(26, "26 attack drones")}],
               ev("Stepova Agro Export (\"SAE\" or \"the Company\"), one of Ukraine's ten largest grain exporters, today reports that its transshipment terminal in the port of Pivdennyi was damaged when Russian drones attacked it overnight from 1 to 2 November 2025.",
                  "No one at the terminal was injured: the night shift of 23 employees had moved down to the shelter minutes after the siren.",
                  "Air defence destroyed 26 attack drones over the region that night, the Odesa Regional Military Administration said."),
               injured=cnt(0, "No one at the terminal was injured"),
               damage=["conveyor gallery", "two silos", "rail unloading station"],
               reported_by=["Stepova Agro Export", "the Odesa Regional Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [PIVDENNYI], day("2025-10-17", "On 17 October"),
               [{"type": "drone"}],
               ev("It was the Pivdennyi terminal's second hit in a little over two weeks.",
                  "On 17 October, a drone hit an empty silo, without casualties."),
               killed=cnt(0, "without casualties"), injured=cnt(0, "without casualties"),
               damage=["empty silo"]),
    ],
    diplomacy=[
        dip("sanctions", [EU, "Russia"], day("2025-10-23", "on 23 October"), "held",
            "The EU's 19th sanctions package, listing further shadow-fleet tankers",
            ev("SAE welcomes the 19th package of EU sanctions, adopted on 23 October, which lists further tankers of the shadow fleet, and calls on international partners to help protect the Black Sea export corridor.")),
    ])

# --------------------------------------------------------------------------- xl10
GOLD["xl10_museum_exhibition_poltava_1944_control_oct28"] = dict(
    notes="Control: a museum's press release (Tuesday 28 October 2025) on an exhibition about the German air raid on the "
          "Poltava airfield on the night of 21-22 June 1944 (Operation Frantic): bombers, 'high-explosive bombs', '43 of "
          "the B-17s had been destroyed', anti-aircraft fire that 'did not bring down a single bomber', 'Two American "
          "airmen and about thirty Soviet soldiers' killed, the Tehran conference and the Allies' talks, all of the Second "
          "World War, between other states, over eighty years ago. No attack and no diplomacy record (rules 1, 12 and 13: "
          "no event of this war). The exhibition's opening on 7 November is no diplomacy.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kharkiv-2025-10-22", "Russian drone on a kindergarten in Kharkiv's Kholodnohirskyi district, morning of 22 October 2025",
     [("xl01_kharkiv_hospital_statement_kindergarten_oct22", "attack", 0),
      ("xl06_breaking_news_ticker_oct22", "attack", 0),
      ("xl08_diaspora_weekly_translated_oct26", "attack", 0)]),
    ("ukraine-night-2025-10-22", "Russia's drones and missiles against Ukraine's energy, night of 21-22 October 2025 (country figures and Russia's claim)",
     [("xl02_russian_defence_ministry_briefing_translated_oct22", "attack", 1),
      ("xl06_breaking_news_ticker_oct22", "attack", 2),
      ("xl07_think_piece_cancelled_budapest_summit_oct24", "attack", 0)]),
    ("bila-tserkva-2025-10-22", "Russian missiles and drones on Bila Tserkva, Kyiv Oblast, night of 21-22 October 2025",
     [("xl05_eparchy_statement_bila_tserkva_church_oct22", "attack", 0),
      ("xl06_breaking_news_ticker_oct22", "attack", 1)]),
    ("bryansk-2025-10-21", "Ukraine's Storm Shadow strike in Bryansk Oblast (Seltso chemical plant), evening of 21 October 2025",
     [("xl02_russian_defence_ministry_briefing_translated_oct22", "attack", 0),
      ("xl08_diaspora_weekly_translated_oct26", "attack", 1)]),
    ("ukraine-night-2025-10-30", "Russia's drones and missiles against Ukraine, night of 29-30 October 2025 (country figures)",
     [("xl03_polish_operational_command_statement_oct30", "attack", 0),
      ("xl04_miners_union_statement_ternivka_oct30", "attack", 3)]),
    ("budapest-summit-cancelled", "The Trump-Putin summit in Budapest planned for early November 2025, cancelled on 22 October",
     [("xl06_breaking_news_ticker_oct22", "diplomacy", 1),
      ("xl07_think_piece_cancelled_budapest_summit_oct24", "diplomacy", 1)]),
    ("us-sanctions-2025-10-22", "US sanctions on Rosneft and Lukoil, 22 October 2025",
     [("xl06_breaking_news_ticker_oct22", "diplomacy", 0),
      ("xl07_think_piece_cancelled_budapest_summit_oct24", "diplomacy", 2),
      ("xl08_diaspora_weekly_translated_oct26", "diplomacy", 1)]),
    ("eu-19th-package-2025-10-23", "The EU's 19th sanctions package against Russia, adopted 23 October 2025",
     [("xl07_think_piece_cancelled_budapest_summit_oct24", "diplomacy", 3),
      ("xl08_diaspora_weekly_translated_oct26", "diplomacy", 2),
      ("xl09_grain_exporter_press_release_pivdennyi_nov03", "diplomacy", 0)]),
    ("gripen-letter-2025-10-22", "Ukraine-Sweden letter of intent on 100-150 Gripen E fighters, Linkoping, 22 October 2025",
     [("xl06_breaking_news_ticker_oct22", "diplomacy", 2),
      ("xl08_diaspora_weekly_translated_oct26", "diplomacy", 0)]),
    ("london-coalition-2025-10-24", "Coalition of the willing leaders' summit in London, 24 October 2025 (planned, held)",
     [("xl07_think_piece_cancelled_budapest_summit_oct24", "diplomacy", 6),
      ("xl08_diaspora_weekly_translated_oct26", "diplomacy", 4)]),
    ("repatriation-2025-10-23", "Repatriation of 1,000 Ukrainian and 31 Russian bodies, 23 October 2025",
     [("xl07_think_piece_cancelled_budapest_summit_oct24", "diplomacy", 5),
      ("xl08_diaspora_weekly_translated_oct26", "diplomacy", 3)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev63 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV63 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV63, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
