"""Write evals/dev32/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev32 (3 December 2026), before any backend ran on them,
following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the
gold files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV32 = ROOT / "evals" / "dev32"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt, week  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yg01
GOLD["yg01_northeastbulletin_kharkiv_updates"] = dict(
    notes="Breaking item updated twice (Wednesday 11 June 2025): Shahed drones on Kharkiv overnight. Counts are the first "
          "figures the item gives (rule 6): the lead's 'at least three' wounded (at_least, rule 7), the first death ('a "
          "woman', UPDATE 07:40) and the first child ('a girl aged seven'); the later 12 and the 10:15 totals (two dead, 17 "
          "wounded) are evidence only. '15 Shahed-type drones aimed at the city' stays on the city record (one place, rule "
          "3). A guided aerial bomb on Zolochiv 'at about 9 a.m.' (a 58-year-old man hurt; one bomb with the indefinite "
          "article is not counted, rule 9 as ruled 3 December 2026). Not coded: the city's housing money (no event).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2025-06-10", "2025-06-11", "overnight"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(15, "15")}],
               ev("Russian attack drones struck Kharkiv overnight, wounding at least three people and setting fire to a block of flats in the Kyivskyi district, Mayor Ihor Terekhov posted soon after 3 a.m. on Wednesday.",
                  "UPDATE, 07:40: Regional governor Oleh Syniehubov says the body of a woman was pulled from the burning building by rescuers at dawn. The number of wounded has climbed to 12, among them a girl aged seven. Syniehubov counted 15 Shahed-type drones aimed at the city; firefighters are still working on the ninth floor, and a kindergarten and two warehouses were also damaged.",
                  "UPDATE, 10:15: The toll now stands at two dead and 17 wounded, Syniehubov wrote on Telegram, after an elderly man died in hospital."),
               killed=cnt(1, "a woman"), injured=cnt(3, "at least three", "at_least"),
               children_injured=cnt(1, "a girl aged seven"),
               damage=["block of flats", "kindergarten", "warehouses"],
               reported_by=["Ihor Terekhov", "Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zolochiv", "Kharkiv", "Ukraine")],
               day("2025-06-11", "at about 9 a.m."),
               [{"type": "glide_bomb"}],
               ev("Separately, a guided aerial bomb hit the village of Zolochiv north-west of Kharkiv at about 9 a.m., leaving a 58-year-old man hurt and the local post office damaged, he said."),
               injured=cnt(1, "a 58-year-old man"), damage=["post office"], reported_by=["Oleh Syniehubov"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yg02
GOLD["yg02_kyivdesk_liveblog_july22"] = dict(
    notes="Live blog of Tuesday 22 July 2025 (oldest entry first). 07:05: the air force's night (57 drones / 43 'brought "
          "down or jammed', rule 3; two Iskander-M, 'neither missile was stopped': intercepted 0, rule 6): country record. "
          "08:20: a drone on grain storage at Izmail (a port worker wounded: injured 1; one drone with the indefinite article "
          "is not counted, rule 9 as ruled 3 December 2026). 17:10: Russia's ministry's 26 drones over three regions (a tally over several regions "
          "stays the country record, rule 3; 'No damage or casualties were mentioned' is no explicit zero). Diplomacy: the "
          "Istanbul round 'on Wednesday' (talks, planned; Turkey hosts, rule 15); Zelensky's call with Merz (phone_call, "
          "held). Not coded: Peskov's 'expect miracles' (commentary, rule 13), the correspondent's trip.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2025-07-21", "2025-07-22", "overnight"),
               [{"type": "drone", "launched": cnt(57, "57"), "intercepted": cnt(43, "43")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "a pair"),
                 "intercepted": cnt(0, "neither missile was stopped")}],
               ev("07:05 - The Ukrainian air force says overnight Russia sent 57 drones plus a pair of Iskander-M ballistic missiles.",
                  "Air defence crews brought down or jammed 43 of the drones; neither missile was stopped, it adds."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               day("2025-07-22", "in the early hours"), [{"type": "drone"}],
               ev("08:20 - Odesa governor Oleh Kiper reports that a drone slammed into grain storage at the Danube port of Izmail in the early hours.",
                  "A port worker, 44, has shrapnel wounds. Two silos caught fire."),
               injured=cnt(1, "A port worker"), damage=["grain storage", "silos"], reported_by=["Oleh Kiper"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], day("2025-07-22", "between 8 a.m. and 4 p.m."),
               [{"type": "drone", "intercepted": cnt(26, "26")}],
               ev("17:10 - Moscow's defence ministry reports 26 Ukrainian drones downed in the skies of the Oryol, Bryansk and Kursk regions between 8 a.m. and 4 p.m."),
               reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2025-07-23", "on Wednesday"), "planned",
            "A new round of Ukrainian-Russian talks in Istanbul: Rustem Umerov leads Kyiv's team, Vladimir Medinsky Moscow's; "
            "Turkey hosts at Ciragan Palace",
            ev("Defence Minister Rustem Umerov confirms he will lead Kyiv's team to Istanbul for a fresh round with the Russian delegation on Wednesday.",
               "Moscow's side is again to be headed by Vladimir Medinsky, and Turkey will host the session at Ciragan Palace."),
            location=loc("Istanbul", None, "Turkey")),
        dip("phone_call", ["Ukraine", "Germany"], day("2025-07-22", "has just spoken"), "held",
            "Zelensky's phone call with German Chancellor Friedrich Merz on Patriot deliveries and the Istanbul talks",
            ev("14:55 - President Volodymyr Zelensky says he has just spoken by phone with German Chancellor Friedrich Merz.",
               "The two discussed Patriot deliveries and Wednesday's talks, Zelensky writes on X.")),
    ])

# --------------------------------------------------------------------------- yg03
GOLD["yg03_centralpost_kryvyirih_whatweknow"] = dict(
    notes="'What we know' explainer (Wednesday 14 May 2025): an Iskander-M on Kryvyi Rih's bus station 'on Tuesday "
          "evening' (first toll: four dead incl. 'a ten-year-old boy', 31 wounded; Wednesday's two more deaths are evidence "
          "only, rule 6; 'A Russian ballistic missile' is not counted, rule 9 as ruled 3 December 2026; the air force's 'no "
          "chance to intercept' is not coded as an explicit zero); drones on Nikopol 'Later that night' (injured 0, rule 6); "
          "Zelensky's phone call with Macron 'on Thursday' (phone_call, planned, rule 16). Not coded: 'pure terror' "
          "(reaction, rule 13), the mourning and the volunteers' point.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               day("2025-05-13", "on Tuesday evening"),
               [{"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("A Russian ballistic missile hit the area around the central bus station in Kryvyi Rih on Tuesday evening.",
                  "Vilkul put the toll at four dead and 31 wounded late on Tuesday; a ten-year-old boy was among those killed. By Wednesday morning two more people had died, Dnipropetrovsk governor Serhiy Lysak said.",
                  "Ukrainian officials said it was an Iskander-M."),
               killed=cnt(4, "four dead"), injured=cnt(31, "31 wounded"), children_killed=cnt(1, "a ten-year-old boy"),
               damage=["bus station", "kiosks"], reported_by=["Oleksandr Vilkul", "Serhiy Lysak"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               night("2025-05-13", "2025-05-14", "Later that night"), [{"type": "drone"}],
               ev("Later that night Russian drones attacked Nikopol, across the Kakhovka reservoir, damaging a gas pipeline and a farm building.",
                  "No one was hurt there, Lysak said."),
               injured=cnt(0, "No one was hurt"), damage=["gas pipeline", "farm building"], reported_by=["Serhiy Lysak"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "France"], day("2025-05-15", "on Thursday"), "planned",
            "Zelensky's phone call with French President Emmanuel Macron, in which he means to raise air defence for the region",
            ev("President Volodymyr Zelensky called the strike \"pure terror\" and said he would raise air defence for the region when he speaks by phone to Emmanuel Macron of France on Thursday.")),
    ])

# --------------------------------------------------------------------------- yg04
GOLD["yg04_novostifederal_voronezh_mod"] = dict(
    notes="Russian state agency (Sunday 17 August 2025) citing the defence ministry: 46 Ukrainian drones destroyed over four "
          "regions 'during the night' (country record Russia, rule 3 and 4; intercepted only); Voronezh city: falling debris "
          "(one woman cut: injured 1) and the ministry's '19 ... over the Voronezh region' on the city record (a region's "
          "tally with exactly one struck locality of the region, rule 3); Shebekino 'on Saturday afternoon' (a drone's "
          "munition on a car: injured 2; one drone with the indefinite article, not counted, rule 9 as ruled 3 December 2026). The Belgorod region's "
          "15 stays only in the country total: the region's one struck locality was hit on Saturday afternoon, not in the "
          "night the tally counts. The Kursk region's eight and the Rostov region's four, regions with no struck locality "
          "told, are each the region's own record (rule 3: 'with two or more struck localities of the region, or none, it "
          "is the region's own record'; added by the lead's ruling of 3 December 2026). Lavrov-Fidan talks in Moscow 'on Tuesday' (talks, planned). Not coded: the ministry's "
          "'massed strike' on 'Ukrainian defence plants' (no place, no count, rule 5).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2025-08-16", "2025-08-17", "during the night"),
               [{"type": "drone", "intercepted": cnt(46, "46")}],
               ev("Russian air defence units on combat duty knocked out 46 Ukrainian unmanned aerial vehicles of the aircraft type during the night, according to a Sunday statement of the Russian Defence Ministry.",
                  "According to the ministry, 19 of the drones were destroyed over the Voronezh region, 15 over the Belgorod region, eight over the Kursk region and four over the Rostov region."),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Voronezh", "Voronezh", "Russia")],
               night("2025-08-16", "2025-08-17", "during the night"),
               [{"type": "drone", "intercepted": cnt(19, "19")}],
               ev("According to the ministry, 19 of the drones were destroyed over the Voronezh region, 15 over the Belgorod region, eight over the Kursk region and four over the Rostov region.",
                  "Voronezh region governor Alexander Gusev said falling debris damaged the roofs of three private houses and a gas line in the Levoberezhny district of Voronezh.",
                  "One woman received minor cuts from broken glass and was treated on site, he wrote."),
               injured=cnt(1, "One woman"), damage=["private houses", "gas line"], reported_by=["Alexander Gusev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod", "Russia")],
               day("2025-08-16", "on Saturday afternoon"), [{"type": "drone"}],
               ev("In the Belgorod region, on Saturday afternoon a Ukrainian drone let fall a munition onto a passenger car in Shebekino, governor Vyacheslav Gladkov reported.",
                  "Two men were injured and taken to the city hospital."),
               injured=cnt(2, "Two men"), damage=["passenger car"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk", "Russia", "region")],
               night("2025-08-16", "2025-08-17", "during the night"),
               [{"type": "drone", "intercepted": cnt(8, "eight")}],
               ev("According to the ministry, 19 of the drones were destroyed over the Voronezh region, 15 over the Belgorod region, eight over the Kursk region and four over the Rostov region."),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Rostov", "Rostov", "Russia", "region")],
               night("2025-08-16", "2025-08-17", "during the night"),
               [{"type": "drone", "intercepted": cnt(4, "four")}],
               ev("According to the ministry, 19 of the drones were destroyed over the Voronezh region, 15 over the Belgorod region, eight over the Kursk region and four over the Rostov region."),
               reported_by=["Russian Defence Ministry"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Turkey"], day("2025-08-19", "on Tuesday"), "planned",
            "Sergei Lavrov's talks with Turkish Foreign Minister Hakan Fidan on Ukraine and Black Sea navigation",
            ev("Separately, the Russian Foreign Ministry announced that Sergei Lavrov will hold talks in Moscow on Tuesday with Hakan Fidan, Ankara's foreign minister.",
               "The ministers will discuss the situation around Ukraine and Black Sea navigation, spokeswoman Maria Zakharova said."),
            location=loc("Moscow", None, "Russia")),
    ])

# --------------------------------------------------------------------------- yg05
GOLD["yg05_sumyzemlia_hryhorov_telegram"] = dict(
    notes="Ukrainian regional outlet (Sunday 5 October 2025) quoting the governor's Telegram post: Shahed-type drones on Sumy "
          "'during the night' (killed 1, injured 5, 'an 11-year-old girl': children_injured 1); two guided bombs on "
          "Bilopillia 'In the afternoon' (a woman and her son, 15: injured 2, children_injured 1, rule 6; launched 2, rule 9); "
          "artillery on Krasnopillia 'on Saturday evening' ('Nobody was injured': injured 0). Optional: the daily summary's "
          "'96 Russian attacks in 24 hours on 31 settlements' (a region-wide day total, kind other: rule 5's front-wide "
          "tallies are not coded; a reader may code it as the region's record). Not coded: the evacuation buses.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")],
               night("2025-10-04", "2025-10-05", "during the night"), [{"type": "drone", "model": "Shahed"}],
               ev("Russian drones attacked Sumy during the night, killing one person and injuring five, regional governor Oleh Hryhorov reported on Sunday morning.",
                  "\"Last night the enemy hit the city with Shahed-type drones. A 63-year-old man died. Five more are wounded, an 11-year-old girl among them.",
                  "He listed the damage: a high-rise building, a petrol station and a dozen parked cars in Zarichnyi district."),
               killed=cnt(1, "one person"), injured=cnt(5, "five"), children_injured=cnt(1, "an 11-year-old girl"),
               damage=["high-rise building", "petrol station", "cars"], reported_by=["Oleh Hryhorov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Bilopillia", "Sumy", "Ukraine")],
               day("2025-10-05", "In the afternoon"), [{"type": "glide_bomb", "launched": cnt(2, "two guided bombs")}],
               ev("In the afternoon, Hryhorov added that Russian aircraft had dropped two guided bombs on Bilopillia.",
                  "A woman and her teenage son, 15, were injured, he wrote, and the town's cultural centre was destroyed."),
               injured=cnt(2, "A woman and her teenage son, 15,"), children_injured=cnt(1, "her teenage son, 15"),
               damage=["cultural centre"], reported_by=["Oleh Hryhorov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Krasnopillia", "Sumy", "Ukraine")],
               day("2025-10-04", "on Saturday evening"), [{"type": "artillery"}],
               ev("In the Krasnopillia community, Russian artillery shelled the outskirts of the village on Saturday evening.",
                  "Nobody was injured, the governor noted."),
               injured=cnt(0, "Nobody was injured"), reported_by=["Oleh Hryhorov"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Sumy", "Sumy", "Ukraine", "region")],
                   night("2025-10-04", "2025-10-05", "in 24 hours"), [],
                   ev("Overall, the administration's daily summary counted 96 Russian attacks in 24 hours on 31 settlements in the border communities."),
                   reported_by=["Sumy regional military administration"])),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yg06
GOLD["yg06_europeanreview_sybiha_wadephul_presser"] = dict(
    notes="Press-conference report (Tuesday 16 September 2025), two ministers: Wadephul's visit to Kyiv (visit, held; the "
          "joint news conference with Sybiha is part of it, rule 14); Germany's two further IRIS-T systems, 'around 300 "
          "million euros' (military_aid, held: an aid decision announced, rule 16); Sybiha's talks with Rubio in New York "
          "'Next week' (talks, planned, week). A Russian drone raid on Bila Tserkva hours before the visit (two injured); its "
          "date is the night before the Tuesday arrival (range 15-16 September). Not coded: Wadephul on 'any format that "
          "brings a ceasefire' (stance, rule 13), the push for sanctions on oil buyers (a demand), the flowers.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bila Tserkva", "Kyiv", "Ukraine")],
               night("2025-09-15", "2025-09-16", "by only a few hours"), [{"type": "drone"}],
               ev("The trip followed by only a few hours a Russian drone raid on Bila Tserkva, south of Kyiv.",
                  "The regional governor, Mykola Kalashnyk, said two people were injured and an industrial building caught fire."),
               injured=cnt(2, "two people"), damage=["industrial building"], reported_by=["Mykola Kalashnyk"]),
    ],
    diplomacy=[
        dip("visit", ["Germany", "Ukraine"], day("2025-09-16", "on Tuesday"), "held",
            "German Foreign Minister Johann Wadephul's visit to Kyiv, with a joint news conference with Andrii Sybiha",
            ev("Johann Wadephul, Germany's top diplomat, stepped off a night train in Kyiv on Tuesday, his second trip to the Ukrainian capital since taking office, and stood beside Andrii Sybiha at a joint news conference a few hours later."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["Germany", "Ukraine"], day("2025-09-16", "on Tuesday"), "held",
            "Germany to deliver two more IRIS-T launchers with missiles before winter, a package worth around 300 million euros",
            ev("Berlin is to deliver a further pair of IRIS-T launchers with their missiles before winter, Wadephul said, as part of a package worth around 300 million euros.")),
        dip("talks", ["Ukraine", "United States"], week("2025-09-22", "2025-09-28", "Next week"), "planned",
            "Sybiha's talks with US Secretary of State Marco Rubio in New York on the margins of the UN General Assembly",
            ev("Next week, he added, he is to hold talks in New York with Marco Rubio, the American secretary of state, on the margins of the UN General Assembly, to push for sanctions on Russia's oil buyers."),
            location=loc("New York", None, "United States")),
    ])

# --------------------------------------------------------------------------- yg07
GOLD["yg07_marketline_shadowfleet_sanctions"] = dict(
    notes="Business wire (Thursday 2 October 2025): UK sanctions on 70 shadow-fleet tankers and two Moscow oil traders "
          "(sanctions, held; Russia listed as the target, rule 15); the EU's 19th package 'still held up in Brussels' "
          "(sanctions, stalled, rule 16; no date); Ukrainian drones on the Baltic port of Primorsk 'on Sunday' (28 "
          "September; two tanks ablaze; attacker and target by rule 12). Not coded: prices, insurers' shares, the count of "
          "tankers under Western sanctions (no event).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Primorsk", "Leningrad", "Russia")],
               day("2025-09-28", "on Sunday"), [{"type": "drone"}],
               ev("Traders said the move mattered less for prices than the outage at Primorsk, where loadings have been halted since Ukrainian drones struck the Baltic port on Sunday, setting two tanks ablaze according to the Leningrad regional governor."),
               damage=["port", "tanks"], reported_by=["Leningrad regional governor"]),
    ],
    diplomacy=[
        dip("sanctions", ["United Kingdom", "Russia"], day("2025-10-02", "on Thursday"), "held",
            "UK sanctions on 70 tankers of Russia's shadow fleet and two Moscow-based oil traders (asset freeze, port and "
            "insurance bans)",
            ev("LONDON, Oct 2 (MarketLine) - Britain on Thursday imposed sanctions on 70 oil tankers that London links to the Russian shadow fleet, plus two oil traders based in Moscow, in the government's latest bid to squeeze Kremlin energy revenue.",
               "The listings freeze any UK assets of the traders and bar the tankers from British ports and from UK insurance and shipping services.")),
        dip("sanctions", ["European Union", "Russia"], None, "stalled",
            "The EU's 19th sanctions package (phasing out Russian LNG) held up in Brussels; Slovakia withholds approval",
            ev("The European Union's 19th sanctions package, which would phase out Russian LNG imports, is still held up in Brussels.",
               "Diplomats said Slovakia was withholding its approval pending guarantees on energy prices.")),
    ])

# --------------------------------------------------------------------------- yg08
GOLD["yg08_solidaritywatch_aid_pledges"] = dict(
    notes="Aid pledge story (Wednesday 17 September 2025): Germany's two further IRIS-T systems promised 'In Kyiv on "
          "Tuesday' (military_aid, held; the same decision as yg06's, clusters.json); the Netherlands' 250 million euros "
          "for US-made arms through NATO's PURL 'On Wednesday' (military_aid, held; NATO runs the channel and the United "
          "States sells: participants, rule 15). Optional: the Ukraine Defence Contact Group meeting in London 'on 9 "
          "September' (background, rule 17; the United Kingdom hosts, rule 15) and the NATO defence ministers' gathering "
          "'next month' (planned, month; told only as Rutte's deadline). Not coded: Rutte's welcome and call on allies "
          "(reaction, rule 13), Ukraine's need for ten batteries (a demand).",
    attacks=[],
    diplomacy=[
        dip("military_aid", ["Germany", "Ukraine"], day("2025-09-16", "on Tuesday"), "held",
            "Germany promises two further IRIS-T systems with interceptor missiles, about 300 million euros, before the cold season",
            ev("In Kyiv on Tuesday, German Foreign Minister Johann Wadephul promised a further two IRIS-T systems with interceptor missiles, valued at about 300 million euros, to be delivered before the cold season.")),
        dip("military_aid", ["Netherlands", "Ukraine", "NATO", "United States"], day("2025-09-17", "On Wednesday"), "held",
            "The Netherlands contributes 250 million euros to buy US weapons (Patriot interceptors, spare parts) for Ukraine "
            "through NATO's PURL",
            ev("On Wednesday, Dutch Defence Minister Ruben Brekelmans said the Netherlands would contribute 250 million euros toward US-made arms for Kyiv via PURL, the purchasing channel NATO set up this summer.",
               "The money will fund Patriot interceptors and spare parts, he said in The Hague.")),
        opt(dip("meeting", ["Ukraine Defence Contact Group", "United Kingdom"], day("2025-09-09", "on 9 September"), "held",
                "Ukraine Defence Contact Group meeting in London; allies promised further ammunition and drones",
                ev("Both pledges follow the Ukraine Defence Contact Group meeting in London on 9 September, where allies promised further ammunition and drones."),
                location=loc("London", None, "United Kingdom"))),
        opt(dip("meeting", ["NATO"], month("2025-10-01", "2025-10-31", "next month"), "planned",
                "NATO defence ministers' meeting",
                ev("NATO Secretary General Mark Rutte welcomed the Dutch decision and said more allies should join the scheme before the alliance's defence ministers gather next month."))),
    ])

# --------------------------------------------------------------------------- yg09
GOLD["yg09_borderlandtimes_prisoner_swap"] = dict(
    notes="Prisoner-exchange item (Tuesday 10 June 2025): the swap 'on Tuesday' (prisoner_exchange, held; the UAE mediated: "
          "participant, rule 15; no number given). Optional background (rule 17): the Istanbul talks 'on 2 June' (talks, "
          "held; Turkey hosts) and the agreement they produced (agreement, held). Not coded: Medinsky's 'more stages would "
          "follow' (no date, no concrete event), the relatives' vigil.",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2025-06-10", "on Tuesday"), "held",
            "Exchange of prisoners of war, all Ukrainians freed under 25, a stage of the swap agreed in Istanbul; mediated by the UAE",
            ev("Ukraine and Russia exchanged prisoners of war on Tuesday, the latest stage of a swap agreed at the Istanbul talks earlier this month, President Volodymyr Zelensky announced.",
               "Moscow's defence ministry reported receiving the same number of servicemen in return, and that they were being treated in Belarus before being brought to Russia.",
               "It credited the United Arab Emirates with mediation.")),
        opt(dip("talks", ["Ukraine", "Russia", "Turkey"], day("2025-06-02", "on 2 June"), "held",
                "Ukrainian-Russian talks in Istanbul",
                ev("The Istanbul meeting on 2 June produced an agreement to release all severely wounded and young prisoners, and to return the bodies of 6,000 soldiers to each side."),
                location=loc("Istanbul", None, "Turkey"))),
        opt(dip("agreement", ["Ukraine", "Russia"], day("2025-06-02", "on 2 June"), "held",
                "Agreement to release all severely wounded and young prisoners and return 6,000 bodies to each side",
                ev("The Istanbul meeting on 2 June produced an agreement to release all severely wounded and young prisoners, and to return the bodies of 6,000 soldiers to each side."))),
    ])

# --------------------------------------------------------------------------- yg10
GOLD["yg10_morningdispatch_briefing_june11"] = dict(
    notes="Morning newsletter (Wednesday 11 June 2025), bullet points: a Shahed attack on Kharkiv 'in the early hours' "
          "(three wounded as first reported, a woman killed; same event as yg01's Kharkiv record); drones on Odesa "
          "'overnight' (one injured); Russia's ministry's 21 Ukrainian drones over Bryansk and Kursk regions (country "
          "record, rule 3); 'Yesterday's exchange' (prisoner_exchange, held, the UAE mediating; same event as yg09's); "
          "Zelensky due at the G7 summit in Kananaskis 'next week' (summit, planned; Canada hosts). Not coded: 'he hopes to "
          "meet' Trump (stance, rule 13), the deal struck in Istanbul (no date), the school feature.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2025-06-11", "in the early hours"), [{"type": "drone", "model": "Shahed"}],
               ev("A Shahed attack in the early hours set a nine-storey building ablaze.",
                  "Mayor Ihor Terekhov first reported three wounded; by breakfast the governor said a woman had been killed."),
               killed=cnt(1, "a woman"), injured=cnt(3, "three wounded"), damage=["nine-storey building"],
               reported_by=["Ihor Terekhov", "governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2025-06-10", "2025-06-11", "overnight"), [{"type": "drone"}],
               ev("Drones also hit Odesa overnight, damaging a warehouse and power lines in the Peresyp district, with one person injured, Governor Oleh Kiper said."),
               injured=cnt(1, "one person"), damage=["warehouse", "power lines"], reported_by=["Oleh Kiper"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2025-06-10", "2025-06-11", "during the night"),
               [{"type": "drone", "intercepted": cnt(21, "21")}],
               ev("The defence ministry in Moscow said it shot down 21 Ukrainian drones during the night, the bulk above Bryansk and Kursk regions."),
               reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2025-06-10", "Yesterday's"), "held",
            "Exchange bringing home Ukrainians under 25, second stage of the Istanbul deal, mediated by the UAE",
            ev("Yesterday's exchange brought home Ukrainians under 25, in the second stage of the deal struck in Istanbul.",
               "The UAE mediated again.")),
        dip("summit", ["G7", "Ukraine", "Canada"], week("2025-06-16", "2025-06-22", "next week"), "planned",
            "G7 summit in Kananaskis, Canada, which Zelensky is due to attend",
            ev("Zelensky is due at the G7 summit in Kananaskis, Canada, next week, where he hopes to meet President Donald Trump."),
            location=loc("Kananaskis", None, "Canada")),
    ])

# --------------------------------------------------------------------------- yg11
GOLD["yg11_dialoguemagazine_fedorov_interview"] = dict(
    notes="Interview-based story (Monday 24 March 2025): three guided bombs on Zaporizhzhia's industrial district 'last "
          "Thursday' (20 March; two workers killed, nine wounded incl. 'a 16-year-old apprentice': a child, rule 6; launched "
          "3, rule 9); drones on Vilniansk 'overnight into Monday' ('no one was hurt': injured 0). The US-Russian talks in "
          "Riyadh 'on Monday' (talks, ongoing as the interview runs; Saudi Arabia hosts, rule 15). Optional: the US team's "
          "talks with Ukrainian officials 'a day after' reference (23 March, background, rule 17). Not coded: the energy "
          "ceasefire Washington 'is trying to secure' (no event put forward in the article), Fedorov's hopes (stance), the "
          "children moved since January (no attack).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2025-03-20", "last Thursday"), [{"type": "glide_bomb", "launched": cnt(3, "three guided bombs")}],
               ev("He still speaks quietly about last Thursday.",
                  "That afternoon three guided bombs from Russian jets fell on an industrial district of Zaporizhzhia, killing two workers and wounding nine, including a 16-year-old apprentice."),
               killed=cnt(2, "two workers"), injured=cnt(9, "nine"), children_injured=cnt(1, "a 16-year-old apprentice"),
               damage=["industrial district"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Vilniansk", "Zaporizhzhia", "Ukraine")],
               night("2025-03-23", "2025-03-24", "overnight into Monday"), [{"type": "drone"}],
               ev("\"We hear about a pause, and then the drones come anyway,\" he said, adding that Russian drones had hit Vilniansk overnight into Monday, damaging a substation.",
                  "He said no one was hurt there."),
               injured=cnt(0, "no one was hurt"), damage=["substation"], reported_by=["Ivan Fedorov"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Russia", "Saudi Arabia"], day("2025-03-24", "on Monday"), "ongoing",
            "US and Russian delegations meeting in Riyadh",
            ev("American and Russian delegations were meeting in Riyadh on Monday, a day after a US team held separate talks with Ukrainian officials in the Saudi capital."),
            location=loc("Riyadh", None, "Saudi Arabia")),
        opt(dip("talks", ["United States", "Ukraine", "Saudi Arabia"], day("2025-03-23", "a day after"), "held",
                "A US team's separate talks with Ukrainian officials in Riyadh",
                ev("American and Russian delegations were meeting in Riyadh on Monday, a day after a US team held separate talks with Ukrainian officials in the Saudi capital."),
                location=loc("Riyadh", None, "Saudi Arabia"))),
    ])

# --------------------------------------------------------------------------- yg12
GOLD["yg12_homefrontjournal_kharkiv_bakery"] = dict(
    notes="Control (Tuesday 18 February 2025): a Kharkiv bakery reopening, with air-raid alerts, a city programme, "
          "crowdfunding, displaced staff. No record: no strike is told (the first home 'left without windows and a roof' is "
          "no attack with a date, place of strike or count: rule 5) and no diplomacy (rule 13).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kharkiv-2025-06-11", "Russian Shahed drones on Kharkiv, night of 10-11 June 2025",
     [("yg01_northeastbulletin_kharkiv_updates", "attack", 0), ("yg10_morningdispatch_briefing_june11", "attack", 0)]),
    ("exchange-2025-06-10", "Ukraine-Russia prisoner exchange of 10 June 2025, mediated by the UAE",
     [("yg09_borderlandtimes_prisoner_swap", "diplomacy", 0), ("yg10_morningdispatch_briefing_june11", "diplomacy", 0)]),
    ("germany-iris-t-2025-09-16", "Germany's two further IRIS-T systems for Ukraine, announced by Wadephul in Kyiv on 16 September 2025",
     [("yg06_europeanreview_sybiha_wadephul_presser", "diplomacy", 1), ("yg08_solidaritywatch_aid_pledges", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev32 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV32 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV32, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
