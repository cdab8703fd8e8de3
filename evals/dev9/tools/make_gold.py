"""Write evals/dev9/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV9 = ROOT / "evals" / "dev9"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, year, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- p01
N1003 = night("2026-10-02", "2026-10-03", "overnight")
P01_LEAD = ("KYIV, Oct 3 (Northline) - Russian drones and missiles slammed into Kyiv overnight, killing five people, "
            "among them a 9-year-old boy, and knocking out electricity to hundreds of thousands of homes in the capital "
            "region as night temperatures dipped towards freezing, Ukrainian authorities said on Saturday.")
P01_MOD = ("It also said its air defences had shot down 38 Ukrainian drones above Russian territory in the same night, "
           "eleven of them over the Moscow region.")
GOLD["p01_reuters_kyiv_power_barrage"] = dict(
    notes="Global wire story (Saturday 3 October): the night's nationwide barrage (country record: 496 drones / 452 "
          "down; '41 missiles of various types' / '29 missiles' down as a combined figure of type other, '13 of the "
          "missiles were ballistic' as its own entry); Kyiv (five killed in the lead, 'a 9-year-old boy' among them; "
          "'Twenty-two people' hurt; the toll 'to seven' by evening is evidence only; districts stay on the city "
          "record); a missile on a substation in Obukhiv (no one hurt; the lead's night); Russia's ministry's 38 "
          "Ukrainian drones 'in the same night' (country record Russia); the Zelenskiy-Frederiksen call 'later on "
          "Saturday'; Denmark's Nordic-Baltic defence ministers' meeting in Copenhagen 'on Oct. 12' (planned); 'Last "
          "Sunday' (27 September) 'more than 600 drones and missiles' (background with a date and a count: its own "
          "country record, combined figure of type other). Optional: the Moscow region's share (eleven). Not coded: "
          "Russia's claim of hitting energy facilities (the same night's barrage, no place), outages in three regions "
          "(outages, not strikes), Svyrydenko's quote, the Kremlin's 'open to negotiations' (statement), the campaign "
          "'since late summer' (no count, no place).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1003,
               [{"type": "drone", "launched": cnt(496, "496"), "intercepted": cnt(452, "452")},
                {"type": "ballistic_missile", "launched": cnt(13, "13")},
                {"type": "other", "model": "missiles of various types", "launched": cnt(41, "41"),
                 "intercepted": cnt(29, "29")}],
               ev("Moscow fired 496 drones and 41 missiles of various types at Ukraine, the air force said, adding that 13 of the missiles were ballistic.",
                  "Crews brought down 452 of the drones and 29 missiles, according to its morning summary."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N1003,
               [{"type": "drone"}, {"type": "missile"}],
               ev(P01_LEAD,
                  "In the capital, debris and direct hits damaged three high-rise apartment blocks in the Darnytskyi and Obolonskyi districts, city military administration chief Tymur Tkachenko said. Twenty-two people were hurt.",
                  "By evening, rescuers digging through a collapsed stairwell had found two more bodies, bringing the toll in the city to seven."),
               killed=cnt(5, "five people"), injured=cnt(22, "Twenty-two people"),
               children_killed=cnt(1, "a 9-year-old boy"),
               damage=["high-rise apartment blocks"], reported_by=["Tymur Tkachenko"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Obukhiv", "Kyiv", "Ukraine")], N1003,
               [{"type": "missile"}],
               ev("South of Kyiv, in the town of Obukhiv, a missile hit an electrical substation, regional governor Mykola Kalashnyk said.",
                  "No one was hurt there"),
               damage=["electrical substation"], reported_by=["Mykola Kalashnyk"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-10-02", "2026-10-03", "in the same night"),
               [{"type": "drone", "intercepted": cnt(38, "38")}], ev(P01_MOD),
               reported_by=["Russian defence ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Moscow", "Moscow Oblast", "Russia", "region")],
                   night("2026-10-02", "2026-10-03", "in the same night"),
                   [{"type": "drone", "intercepted": cnt(11, "eleven")}], ev(P01_MOD),
                   reported_by=["Russian defence ministry"])),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2026-09-27", "Last Sunday"),
               [{"type": "drone"}, {"type": "missile"},
                {"type": "other", "model": "drones and missiles", "launched": cnt(600, "more than 600", "more_than")}],
               ev("Last Sunday, it sent more than 600 drones and missiles against Ukraine in what officials described as one of the heaviest assaults since Moscow's troops poured across the border in February 2022.")),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Denmark"], day("2026-10-03", "later on Saturday"), "held",
            "Zelenskiy spoke by phone with Danish Prime Minister Mette Frederiksen about Patriot interceptors",
            ev("President Volodymyr Zelenskiy, who spoke by phone with Danish Prime Minister Mette Frederiksen later on Saturday, pressed partners to speed up deliveries of Patriot interceptors.")),
        dip("meeting", ["Denmark"], day("2026-10-12", "on Oct. 12"), "planned",
            "Denmark hosts Nordic and Baltic defence ministers in Copenhagen on Ukraine's air defence needs",
            ev("Denmark will host defence ministers from the Nordic and Baltic states in Copenhagen on Oct. 12 for a meeting on Ukraine's air defence needs, Frederiksen's office said afterwards."),
            location=loc("Copenhagen", None, "Denmark")),
    ])

# --------------------------------------------------------------------------- p02
GOLD["p02_ap_zaporizhzhia_bombs_rubio"] = dict(
    notes="US wire story (Thursday 24 September): guided aerial bombs on Zaporizhzhia 'on Wednesday' (three dead, 14 "
          "wounded, 'A 16-year-old girl' among them; 'guided aerial bombs' is glide_bomb); artillery on Kherson 'on "
          "Thursday morning' (a woman killed in a district, a trolleybus driver wounded: one city record); Rubio's trip "
          "to Kyiv 'next week' (visit, planned); the Zelenskyy-Erdogan meeting in New York 'on Tuesday' (talks, held). "
          "Optional: the talks Rubio 'plans to hold' in Kyiv (talks, planned, same week). Not coded: the request to "
          "help arrange an exchange and Turkey 'ready to help' (no event), 'prepared to sit down with Vladimir Putin' "
          "(readiness), a village's claimed capture (not an attack on a place), the explainer on the bombs, the "
          "bombing 'almost daily since the spring' (no count).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-09-23", "on Wednesday"), [{"type": "glide_bomb"}],
               ev("ZAPORIZHZHIA, Ukraine (CP) — Russian warplanes dropped guided aerial bombs on an industrial area of Zaporizhzhia on Wednesday, leaving three people dead and 14 wounded, regional officials said, in the latest assault on a city that sits barely 30 kilometers from the front line.",
                  "The bombs struck shortly after 2 p.m., tearing through a warehouse and a municipal bus depot, Gov. Ivan Fedorov said on Telegram.",
                  "A 16-year-old girl, one of the wounded, was in serious condition, he said."),
               killed=cnt(3, "three people"), injured=cnt(14, "14"), children_injured=cnt(1, "A 16-year-old girl"),
               damage=["warehouse", "bus depot"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-09-24", "on Thursday morning"), [{"type": "artillery"}],
               ev("In the southern city of Kherson, Russian artillery fire killed a 67-year-old woman in the Dniprovskyi district on Thursday morning, regional head Oleksandr Prokudin said.",
                  "Another shell hit a trolleybus, wounding its driver."),
               killed=cnt(1, "a 67-year-old woman"), injured=cnt(1, "its driver"),
               damage=["trolleybus"], reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[
        dip("visit", ["United States", "Ukraine"], week("2026-09-28", "2026-10-04", "next week"), "planned",
            "Secretary of State Marco Rubio to travel to Kyiv, his first trip to Ukraine in office",
            ev("U.S. Secretary of State Marco Rubio will travel to Kyiv next week, the State Department announced Thursday."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("talks", ["United States", "Ukraine"], week("2026-09-28", "2026-10-04", "next week"), "planned",
            "Rubio's planned talks with Zelenskyy and Andrii Sybiha on security guarantees",
            ev("It will be his first trip to Ukraine since taking office, and he plans to hold talks with Zelenskyy and Foreign Minister Andrii Sybiha about security guarantees, spokesperson Tammy Bruce told reporters."),
            location=loc("Kyiv", None, "Ukraine"), optional=True),
        dip("talks", ["Ukraine", "Turkey"], day("2026-09-22", "on Tuesday"), "held",
            "Zelenskyy met Recep Tayyip Erdogan at the UN General Assembly in New York",
            ev("The announcement came two days after Zelenskyy met Turkish President Recep Tayyip Erdogan on Tuesday on the sidelines of the U.N. General Assembly in New York."),
            location=loc("New York", None, "United States")),
    ])

# --------------------------------------------------------------------------- p03
N1009 = night("2026-10-08", "2026-10-09", "overnight")
P03_MOD = ("The defence ministry in Moscow said air defences had intercepted 112 drones across nine regions and over "
           "the Black Sea, 34 of them above the Krasnodar region, where the port is located.")
GOLD["p03_afp_novorossiysk_tanker_sanctions"] = dict(
    notes="French-wire story (Friday 9 October), no dateline: Ukrainian drones on the port of Novorossiysk overnight "
          "(a tanker set on fire, 'two sailors' wounded; 'taken to hospital' is the same two); the ministry's 112 "
          "drones intercepted (country record Russia; the lead's 'well over a hundred' is the same figure, not coded "
          "twice); a drone on a car in Klimovo 'on Thursday evening' ('a woman' killed); Russian artillery on Beryslav "
          "'on Friday morning' (two men wounded); the Commission's 21st sanctions package 'proposed' 'on Thursday' "
          "(sanctions, proposed: not adopted); Macron to receive Zelensky 'on Monday' (talks, planned). Optional: the "
          "Krasnodar region's share (34); Zelensky's trip to Paris as a visit. Not coded: Slovakia 'could hold out', "
          "Peskov's 'ready to continue' (statements), the port's earlier attacks 'since the summer' (no count, no "
          "date), the campaign paragraph.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar Krai", "Russia")], N1009,
               [{"type": "drone"}],
               ev("Ukraine attacked the Black Sea port of Novorossiysk with drones overnight, setting a tanker on fire and wounding two sailors, Russian officials said Friday, while Moscow said it had shot down well over a hundred Ukrainian drones.",
                  "Debris from a downed drone fell on a tanker berthed at the Sheskharis terminal and started a blaze that firefighters put out by dawn, the city's emergency headquarters said on Telegram."),
               injured=cnt(2, "two sailors"), damage=["tanker"], reported_by=["the city's emergency headquarters"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1009,
               [{"type": "drone", "intercepted": cnt(112, "112")}], ev(P03_MOD),
               reported_by=["Russian defence ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Krasnodar", "Krasnodar Krai", "Russia", "region")],
                   N1009, [{"type": "drone", "intercepted": cnt(34, "34")}], ev(P03_MOD),
                   reported_by=["Russian defence ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Klimovo", "Bryansk", "Russia")],
               day("2026-10-08", "on Thursday evening"), [{"type": "drone"}],
               ev("In the Bryansk region, which borders Ukraine, governor Alexander Bogomaz said a Ukrainian drone had dropped explosives on a car in the settlement of Klimovo on Thursday evening, killing a woman."),
               killed=cnt(1, "a woman"), damage=["car"], reported_by=["Alexander Bogomaz"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Beryslav", "Kherson", "Ukraine")],
               day("2026-10-09", "on Friday morning"), [{"type": "artillery"}],
               ev("On the other side of the front, Russian artillery pounded the town of Beryslav in Ukraine's Kherson region on Friday morning, wounding two men, the regional administration said."),
               injured=cnt(2, "two men"), reported_by=["the regional administration"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-10-08", "on Thursday"), "proposed",
            "The European Commission proposed a 21st sanctions package on oil revenue and third-country banks; it needs unanimity",
            ev("In Brussels, the European Commission on Thursday proposed a 21st package of sanctions against Russia, aimed at its oil revenue and at banks in third countries that help Moscow evade earlier measures.")),
        dip("talks", ["France", "Ukraine"], day("2026-10-12", "on Monday"), "planned",
            "Macron to receive Zelensky at the Elysee to discuss air defence and immobilised Russian assets",
            ev("French President Emmanuel Macron will receive Ukrainian President Volodymyr Zelensky at the Elysee on Monday to discuss air defence and the use of immobilised Russian assets, the presidency said."),
            location=loc("Paris", None, "France")),
        dip("visit", ["Ukraine", "France"], day("2026-10-12", "on Monday"), "planned",
            "Zelensky's trip to Paris to be received at the Elysee",
            ev("French President Emmanuel Macron will receive Ukrainian President Volodymyr Zelensky at the Elysee on Monday to discuss air defence and the use of immobilised Russian assets, the presidency said."),
            location=loc("Paris", None, "France"), optional=True),
    ])

# --------------------------------------------------------------------------- p04
P04_LEAD = ("Germany will send Ukraine another IRIS-T air defense system and several hundred interceptor missiles worth "
            "€1.2 billion ($1.4 billion), Defense Minister Boris Pistorius announced on Thursday during a visit to Kyiv.")
GOLD["p04_dw_pistorius_kyiv_dnipro"] = dict(
    notes="German broadcaster's story (Thursday 15 October): the IRIS-T package Pistorius 'announced on Thursday' "
          "(military aid, held: a decision announced); his visit to Kyiv (visit, held); two Patriot launchers that "
          "'had already arrived' (military aid, held: delivered; no date given, left null); ballistic missiles on "
          "Dnipro 'in the early hours of Thursday' (four killed, 'a girl of 12' among them, 31 injured; '40' by the "
          "afternoon is evidence only); Russia's summons of the German ambassador 'on Wednesday' (diplomatic "
          "protest); the Ramstein meeting 'set for October 21' (planned). Optional: the meetings with Zelenskyy and "
          "Shmyhal as talks (the article only says 'met'); the €9 billion budgeted for 'next year' (planned military "
          "aid). Not coded: Taurus 'not on the agenda', Merz pressing partners on frozen assets (advocacy, no "
          "event), the Kremlin's warning, Zelenskyy's thanks.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2026-10-15", "in the early hours of Thursday"), [{"type": "ballistic_missile"}],
               ev("Hours before his arrival, ballistic missiles struck Dnipro in the early hours of Thursday, killing four people, among them a girl of 12, and injuring 31, according to regional governor Serhiy Lysak.",
                  "A university building and a shopping center were badly damaged.",
                  "By the afternoon, Lysak said 40 people had been injured."),
               killed=cnt(4, "four people"), children_killed=cnt(1, "a girl of 12"), injured=cnt(31, "31"),
               damage=["university building", "shopping center"], reported_by=["Serhiy Lysak"]),
    ],
    diplomacy=[
        dip("military_aid", ["Germany", "Ukraine"], day("2026-10-15", "on Thursday"), "held",
            "Germany to send another IRIS-T system and several hundred interceptors worth EUR 1.2 billion",
            ev(P04_LEAD)),
        dip("visit", ["Germany", "Ukraine"], day("2026-10-15", "on Thursday"), "held",
            "Defense Minister Boris Pistorius visited Kyiv",
            ev(P04_LEAD), location=loc("Kyiv", None, "Ukraine")),
        dip("talks", ["Germany", "Ukraine"], day("2026-10-15", "on Thursday"), "held",
            "Pistorius met Zelenskyy and Defense Minister Denys Shmyhal in Kyiv",
            ev("Pistorius, who arrived by overnight train, met President Volodymyr Zelenskyy and Ukraine's defense minister, Denys Shmyhal."),
            location=loc("Kyiv", None, "Ukraine"), optional=True),
        dip("military_aid", ["Germany", "Ukraine"], None, "held",
            "Two Patriot launchers promised by Germany in the summer have arrived in Ukraine and are in service",
            ev("He told reporters that two Patriot launchers Berlin promised in the summer had already arrived in Ukraine and were in service.")),
        dip("diplomatic_protest", ["Russia", "Germany"], day("2026-10-14", "on Wednesday"), "held",
            "Russia's Foreign Ministry summoned German Ambassador Alexander Graf Lambsdorff over Berlin's involvement",
            ev("In Moscow, the Russian Foreign Ministry summoned German Ambassador Alexander Graf Lambsdorff on Wednesday to protest what it called Berlin's growing involvement in the conflict.")),
        dip("meeting", ["Ukraine Defense Contact Group"], day("2026-10-21", "October 21"), "planned",
            "The next Ramstein-format meeting of the Ukraine Defense Contact Group",
            ev("The next meeting of the Ukraine Defense Contact Group, known as the Ramstein format, is set for October 21.")),
        dip("military_aid", ["Germany", "Ukraine"], year(2027, "next year"), "planned",
            "Germany has budgeted around EUR 9 billion in military support for Ukraine next year",
            ev("The government in Berlin has budgeted around €9 billion in military support for Ukraine next year, and German companies are building drone and ammunition plants with Ukrainian partners."),
            optional=True),
    ])

# --------------------------------------------------------------------------- p05
P05_LEAD = ("ROME - Foreign Minister Antonio Tajani received his Ukrainian counterpart Andrii Sybiha at the Farnesina on "
            "Wednesday, and the two signed a memorandum to build interceptor drones together, a project Tajani "
            "described as \"a concrete answer to the Russian terror from the sky\".")
GOLD["p05_italian_tajani_sybiha_odesa"] = dict(
    notes="Italian paper's English edition (Thursday 22 October): Tajani-Sybiha talks at the Farnesina 'on Wednesday' "
          "(talks, held); the memorandum on interceptor drones they signed (agreement, held); drones on Odesa 'on the "
          "night of October 20' (two killed, nine injured, 'three of them children'); Italy's summons of the Russian "
          "ambassador 'On Tuesday' (diplomatic protest); Cardinal Zuppi's mission to Moscow 'next month' (visit, "
          "planned; participants the Holy See and Russia). Optional: Sybiha's trip to Rome as a visit; Italy's "
          "thirteenth package that 'would reach Ukraine by the end of the year' (military aid, planned, undated: its "
          "decision is not dated in the article); the recovery conference in Rome 'in July 2025' (background). Not "
          "coded: Meloni's 'ready to contribute' and 'would not send troops' (statements), the opposition's call, the "
          "poll.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-10-19", "2026-10-20", "on the night of October 20"), [{"type": "drone"}],
               ev("Sybiha's visit followed a Russian drone attack on Odesa on the night of October 20, which killed two people and injured nine, three of them children, said Oleh Kiper, who heads the regional military administration.",
                  "Several drones struck residential buildings close to the historic centre, part of which is a UNESCO World Heritage site."),
               killed=cnt(2, "two people"), injured=cnt(9, "nine"), children_injured=cnt(3, "three of them children"),
               damage=["residential buildings"], reported_by=["Oleh Kiper"]),
    ],
    diplomacy=[
        dip("talks", ["Italy", "Ukraine"], day("2026-10-21", "on Wednesday"), "held",
            "Antonio Tajani received Andrii Sybiha at the Farnesina; reconstruction and EU membership discussed",
            ev(P05_LEAD,
               "The meeting, which lasted more than an hour, also covered Ukraine's reconstruction and the path to European Union membership, according to a note from the foreign ministry."),
            location=loc("Rome", None, "Italy")),
        dip("agreement", ["Italy", "Ukraine"], day("2026-10-21", "on Wednesday"), "held",
            "Memorandum on building interceptor drones together, signed by Tajani and Sybiha",
            ev(P05_LEAD), location=loc("Rome", None, "Italy")),
        dip("visit", ["Ukraine", "Italy"], day("2026-10-21", "on Wednesday"), "held",
            "Andrii Sybiha's visit to Rome",
            ev(P05_LEAD), location=loc("Rome", None, "Italy"), optional=True),
        dip("military_aid", ["Italy", "Ukraine"], None, "planned",
            "Italy's thirteenth military aid package, focused on air defence, to reach Ukraine by the end of the year",
            ev("Tajani said Italy's thirteenth military aid package, focused on air defence, would reach Ukraine \"by the end of the year\", although its contents remain classified, as with all previous Italian packages."),
            optional=True),
        dip("diplomatic_protest", ["Italy", "Russia"], day("2026-10-20", "On Tuesday"), "held",
            "Italy's foreign ministry summoned the Russian ambassador over attacks on civilians and cultural heritage",
            ev("On Tuesday the Farnesina summoned the Russian ambassador to express Italy's \"firm condemnation\" of attacks on civilians and cultural heritage, diplomatic sources said.")),
        dip("visit", ["Holy See", "Russia"], month("2026-11-01", "2026-11-30", "next month"), "planned",
            "Cardinal Matteo Zuppi, the Pope's envoy, to travel to Moscow on the return of Ukrainian children",
            ev("The Holy See, meanwhile, announced that Cardinal Matteo Zuppi, the Pope's envoy for Ukraine, will travel to Moscow next month to continue work on the return of Ukrainian children taken to Russia."),
            location=loc("Moscow", None, "Russia")),
        dip("meeting", ["Italy", "Ukraine"], month("2025-07-01", "2025-07-31", "in July 2025"), "held",
            "Conference on Ukraine's recovery hosted by Italy in Rome",
            ev("Italy has hosted two conferences on Ukraine's recovery, the most recent in Rome in July 2025, and Italian companies are among those bidding for contracts to rebuild ports and power plants."),
            location=loc("Rome", None, "Italy"), optional=True),
    ])

# --------------------------------------------------------------------------- p06
N1029 = night("2026-10-28", "2026-10-29", "overnight into Thursday")
GOLD["p06_polish_lviv_kovel_sikorski"] = dict(
    notes="Polish outlet's story (Thursday 29 October): Russia's night on western Ukraine (the lead's 'overnight into "
          "Thursday'): a drone on a factory site in Lviv ('One person' injured; district on the city record); a "
          "missile on railway infrastructure in Kovel ('There were no casualties'); the air force's night figures "
          "(country record: '178 attack drones and decoys' / 151 as a combined figure of type other, with drone and "
          "decoy_drone entries; 'eight Kh-101 cruise missiles', 'all eight' destroyed); Sikorski's summons of "
          "Russia's charge d'affaires 'On Wednesday' (diplomatic protest); Nawrocki to meet Zelensky in Rzeszow 'on "
          "November 6' (talks, planned: the article calls it talks); Poland's 48th package handed over 'Last week' "
          "(military aid, held). Not coded: the scrambled aircraft and air-defence readiness (no attack on Poland), "
          "the sabotage attempt near Lublin (not a strike; no record of its own), Kosiniak-Kamysz's urging of EU "
          "sanctions (a call to act, not an event), the logistics hub paragraph.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Lviv", "Lviv", "Ukraine")], N1029, [{"type": "drone"}],
               ev("In Lviv, some 70 kilometres from the Polish border, a drone struck a factory site in the city's Zaliznychnyi district, mayor Andriy Sadovyi said on Telegram.",
                  "One person was injured."),
               injured=cnt(1, "One person"), damage=["factory site"], reported_by=["Andriy Sadovyi"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kovel", "Volyn", "Ukraine")], N1029, [{"type": "missile"}],
               ev("In the Volyn region, which also borders Poland, a missile hit railway infrastructure in Kovel, a major junction on the route used for freight and passenger trains to Poland, governor Ivan Rudnytskyi said.",
                  "There were no casualties, he added"),
               damage=["railway infrastructure"], reported_by=["Ivan Rudnytskyi"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-10-28", "2026-10-29", "during the night"),
               [{"type": "drone"}, {"type": "decoy_drone"},
                {"type": "other", "model": "attack drones and decoys", "launched": cnt(178, "178"),
                 "intercepted": cnt(151, "151")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(8, "eight"),
                 "intercepted": cnt(8, "all eight")}],
               ev("Ukraine's air force said Russia used 178 attack drones and decoys and eight Kh-101 cruise missiles during the night.",
                  "Of them, 151 drones and all eight missiles were destroyed."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Poland", "Russia"], day("2026-10-28", "On Wednesday"), "held",
            "Radoslaw Sikorski summoned Russia's charge d'affaires over a sabotage attempt on a railway near Lublin",
            ev("On Wednesday, Foreign Minister Radosław Sikorski summoned Russia's chargé d'affaires in Warsaw over what the ministry described as a Russian-organised sabotage attempt on a railway line near Lublin earlier this month.")),
        dip("talks", ["Poland", "Ukraine"], day("2026-11-06", "on November 6"), "planned",
            "Karol Nawrocki to meet Zelensky in Rzeszow on border crossings, trade and Volhynia exhumations",
            ev("President Karol Nawrocki will meet President Volodymyr Zelensky in Rzeszów on November 6, the Chancellery of the President announced.",
               "The talks are to cover border crossings, agricultural trade and the exhumation of victims of the Volhynia massacre."),
            location=loc("Rzeszów", None, "Poland")),
        dip("military_aid", ["Poland", "Ukraine"], week("2026-10-19", "2026-10-25", "Last week"), "held",
            "Poland handed over its 48th military aid package, mainly artillery ammunition and tank spare parts",
            ev("Last week, Poland handed over its 48th military aid package to Ukraine, consisting mainly of artillery ammunition and spare parts for tanks, the Ministry of National Defence said.")),
    ])

# --------------------------------------------------------------------------- p07
D1105 = night("2026-11-04", "2026-11-05", "Over the past day")
P07_LEAD = ("Over the past day, Russian troops struck 14 settlements of the Kharkiv region with artillery, drones and "
            "guided aerial bombs, killing two people and wounding seven, regional governor Oleh Syniehubov reported on "
            "the morning of November 5.")
GOLD["p07_regional_kharkiv_day_valtonen"] = dict(
    notes="Ukrainian regional outlet (Thursday 5 November): the region's day ('14 settlements', mixed weapons: one "
          "region record, kind other, carrying the day's regional toll of two killed and seven wounded as the lead "
          "gives it); shelling of Kurylivka ('a 71-year-old man' died); a guided aerial bomb on Zolochiv ('A 54-year-old "
          "woman' killed); drones on Kharkiv 'On the night of November 5' ('Four people' wounded, 'two children'; 'risen "
          "to six' in the 14:20 update is evidence only; the Kyivskyi district stays on the city record); a drone on "
          "a car near Balakliia 'on Tuesday evening' (3 November; 'a 35-year-old man' wounded); the strike on Kharkiv "
          "'on October 30' with two ballistic missiles (background with date, place and count: its own record; "
          "'struck ... with two' are hits, not a launch figure); Valtonen's visit to Kharkiv 'on Wednesday' (visit, "
          "held). Optional: Finland's €5 million for the heating network (civil aid announced during the visit: kind "
          "other). Not coded: evacuations since October (not an attack), the request for generators, Valtonen's "
          "quote.",
    attacks=[
        attack("Russia", "Ukraine", "other", [loc("Kharkiv", "Kharkiv Oblast", "Ukraine", "region")], D1105,
               [{"type": "artillery"}, {"type": "drone"}, {"type": "glide_bomb"}],
               ev(P07_LEAD), killed=cnt(2, "two people"), injured=cnt(7, "seven"),
               reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kurylivka", "Kharkiv", "Ukraine")], D1105,
               [{"type": "artillery"}],
               ev("In the village of Kurylivka in Kupiansk district, a 71-year-old man died as a result of artillery shelling.",
                  "A private house and a farm building were destroyed."),
               killed=cnt(1, "a 71-year-old man"), damage=["private house", "farm building"],
               reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zolochiv", "Kharkiv", "Ukraine")], D1105,
               [{"type": "glide_bomb"}],
               ev("In the settlement of Zolochiv, the occupiers dropped a guided aerial bomb on a street near the local hospital.",
                  "A 54-year-old woman was killed, and a shop and three cars were damaged."),
               killed=cnt(1, "A 54-year-old woman"), damage=["shop", "cars"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2026-11-04", "2026-11-05", "On the night of November 5"), [{"type": "drone"}],
               ev("On the night of November 5, the enemy attacked Kharkiv with attack drones.",
                  "Four people were wounded in the Kyivskyi district, including two children aged 7 and 12, city mayor Ihor Terekhov said. The strikes damaged a high-rise building, a kindergarten and a dozen cars.",
                  "Terekhov said that the number of injured in Kharkiv had risen to six."),
               injured=cnt(4, "Four people"), children_injured=cnt(2, "two children"),
               damage=["high-rise building", "kindergarten", "cars"], reported_by=["Ihor Terekhov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Balakliia", "Kharkiv", "Ukraine")],
               day("2026-11-03", "on Tuesday evening"), [{"type": "drone"}],
               ev("Earlier in the week, on Tuesday evening, a car on Balakliia's outskirts came under a Russian drone strike, wounding a 35-year-old man, the police of Kharkiv region reported."),
               injured=cnt(1, "a 35-year-old man"), damage=["car"], reported_by=["the police of Kharkiv region"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2026-10-30", "on October 30"), [{"type": "ballistic_missile"}],
               ev("We remind you that on October 30, Russian forces struck Kharkiv with two ballistic missiles, injuring 19 people."),
               injured=cnt(19, "19 people")),
    ],
    diplomacy=[
        dip("visit", ["Finland", "Ukraine"], day("2026-11-04", "on Wednesday"), "held",
            "Finnish Foreign Minister Elina Valtonen visited Kharkiv and met Syniehubov and Terekhov",
            ev("Meanwhile, Kharkiv was visited on Wednesday by Finnish Foreign Minister Elina Valtonen, who met Syniehubov and Terekhov and toured a school that operates in a metro station."),
            location=loc("Kharkiv", None, "Ukraine")),
        dip("other", ["Finland", "Ukraine"], day("2026-11-04", "on Wednesday"), "held",
            "Finland to provide EUR 5 million to repair Kharkiv's heating network",
            ev("During the visit she announced that Finland would provide €5 million to repair the city's heating network before the frost."),
            optional=True),
    ])

# --------------------------------------------------------------------------- p08
N1112 = night("2026-11-11", "2026-11-12", "during the night")
P08_SHARES = ("\"Of them, 27 were intercepted over the Kursk Region, 19 over the Belgorod Region and nine above the "
              "Bryansk Region,\" according to the ministry.")
P08_LEAD = ("MOSCOW, November 12. /RusNews/. Russian air defense systems intercepted and destroyed 63 Ukrainian unmanned "
            "aerial vehicles over the territory of Russian regions during the night, the Defense Ministry of the Russian "
            "Federation said on Thursday.")


def p08_share(region: str, admin1: str, value: int, words: str) -> dict:
    return opt(attack("Ukraine", "Russia", "air_drone_strike", [loc(region, admin1, "Russia", "region")], N1112,
                      [{"type": "drone", "intercepted": cnt(value, words)}], ev(P08_LEAD, P08_SHARES),
                      reported_by=["Russian Defense Ministry"]))


GOLD["p08_russian_agency_lgov_kinzhal"] = dict(
    notes="Russian state agency's story in English (Thursday 12 November), in its own framing ('the Kyiv regime', "
          "'terrorist attack', 'armed formations'): the ministry's 63 Ukrainian UAVs 'during the night' (country "
          "record Russia); a drone on a house in Lgov (no date words of its own: the lead's night; 'a pensioner' "
          "killed, 'her grandson', 'a 14-year-old schoolboy', injured); rocket-launcher fire on Shebekino 'on "
          "Wednesday' (three civilians injured; multiple rocket launchers are artillery); Russia's own overnight strike "
          "on Ukraine's energy facilities with long-range weapons and strike UAVs 'including Kinzhal' (country record "
          "Ukraine, attacker Russia; no counts); the 84-for-84 exchange 'On November 11' mediated by the UAE; "
          "Lavrov-Jaishankar talks in Moscow 'on November 17' (planned). Optional: the Kursk (27), Belgorod (19) and "
          "Bryansk (nine) region shares. Not coded: the Oryol share (no number), the 'upcoming Russian-Indian summit' "
          "(no date), Peskov's 'still favours a political and diplomatic solution' and Zakharova's threat to respond "
          "to EU measures (statements).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1112,
               [{"type": "drone", "intercepted": cnt(63, "63")}], ev(P08_LEAD),
               reported_by=["Russian Defense Ministry"]),
        p08_share("Kursk", "Kursk Oblast", 27, "27"),
        p08_share("Belgorod", "Belgorod Oblast", 19, "19"),
        p08_share("Bryansk", "Bryansk Oblast", 9, "nine"),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Lgov", "Kursk", "Russia")], N1112, [{"type": "drone"}],
               ev("In the Kursk Region, the Kyiv regime carried out another terrorist attack on the town of Lgov, acting governor Alexander Khinshtein wrote on his Telegram channel.",
                  "A drone hit a private house, killing a pensioner and injuring her grandson, a 14-year-old schoolboy, who was taken to a children's hospital in Kursk."),
               killed=cnt(1, "a pensioner"), injured=cnt(1, "her grandson"),
               children_injured=cnt(1, "a 14-year-old schoolboy"), damage=["private house"],
               reported_by=["Alexander Khinshtein"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Shebekino", "Belgorod", "Russia")],
               day("2026-11-11", "on Wednesday"), [{"type": "artillery", "model": "multiple rocket launchers"}],
               ev("In the Belgorod Region, Ukrainian armed formations shelled the town of Shebekino with multiple rocket launchers on Wednesday, injuring three civilians, governor Vyacheslav Gladkov said.",
                  "Two residential houses and a power line were damaged."),
               injured=cnt(3, "three civilians"), damage=["residential houses", "power line"],
               reported_by=["Vyacheslav Gladkov"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-11", "2026-11-12", "overnight"),
               [{"type": "drone"}, {"type": "ballistic_missile", "model": "Kinzhal"}],
               ev("At the same time, Russia's Armed Forces carried out a large-scale overnight strike using long-range high-precision weapons as well as strike UAVs, including Kinzhal hypersonic missiles, against energy facilities supporting the Ukrainian military-industrial complex, the Defense Ministry reported."),
               damage=["energy facilities"], reported_by=["Russian Defense Ministry"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine", "United Arab Emirates"], day("2026-11-11", "On November 11"), "held",
            "84 Russian servicemen returned in exchange for 84 Ukrainian prisoners of war, with UAE mediation",
            ev("On November 11, 84 Russian servicemen were returned from the territory controlled by the Kyiv regime, the ministry said.",
               "In return, 84 prisoners of war of the Ukrainian armed forces were handed over.",
               "The humanitarian mediation was carried out by the United Arab Emirates.")),
        dip("talks", ["Russia", "India"], day("2026-11-17", "on November 17"), "planned",
            "Sergei Lavrov to hold talks with Subrahmanyam Jaishankar in Moscow",
            ev("Russian Foreign Minister Sergei Lavrov will hold talks with his Indian counterpart Subrahmanyam Jaishankar in Moscow on November 17, Foreign Ministry spokeswoman Maria Zakharova told a briefing."),
            location=loc("Moscow", None, "Russia")),
    ])

# --------------------------------------------------------------------------- p09
N1118 = night("2026-11-17", "2026-11-18", "overnight")
P09_MOD = ("Russia's defence ministry claims its air defences downed 41 Ukrainian drones overnight, 16 of which over "
           "the Rostov region.")
GOLD["p09_liveblog_poltava_chornomorsk"] = dict(
    notes="Live blog (Wednesday 18 November), timestamped posts: the night's figures (country record: 214 drones / "
          "187 'shot down or suppressed'; three Iskander-M ballistic missiles, 'None of the missiles were "
          "intercepted': no intercepted figure in gold, the ideal answer writes 0); a missile strike on Poltava "
          "('killed one person and wounded five' at 06:55; 'risen to three' at 08:30 is evidence only; the post's "
          "only date words are its timestamp: gold dates it to the blog's night with the timestamp as text, the "
          "answer leaves `when` null); drones on Chornomorsk (a port worker injured; timestamp only); Russia's "
          "ministry's 41 Ukrainian drones 'overnight' (country record Russia); a drone on an aircraft plant in "
          "Taganrog ('Nobody was hurt'; timestamp only); the Zelensky-Erdogan call 'this morning'; the EU foreign "
          "ministers' meeting in Brussels 'on Wednesday' (meeting, held) and the 21st package they failed to agree "
          "(sanctions, stalled); Norway's NOK 3 billion contribution 'on Wednesday' (military aid, held). Optional: "
          "the Rostov region's share (16); the earlier attack on Poltava's depot 'in the spring' (place, no count, "
          "vague date). Not coded: rail delays, 'no plans' for a Putin-Trump meeting and the 'possible summit in "
          "Budapest' (no event planned), Kallas's quote, the day of mourning.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1118,
               [{"type": "drone", "launched": cnt(214, "214"), "intercepted": cnt(187, "187")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(3, "three")}],
               ev("Russia fired 214 drones overnight, along with three Iskander-M ballistic missiles, the Ukrainian air force says.",
                  "It says 187 drones were shot down or suppressed by electronic warfare.",
                  "None of the missiles were intercepted."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Poltava", "Poltava", "Ukraine")],
               night("2026-11-17", "2026-11-18", "06:55 GMT"), [{"type": "missile"}],
               ev("A missile strike on the city of Poltava has killed one person and wounded five, regional head Volodymyr Kohut says.",
                  "The missiles hit a rail depot and nearby houses, he says.",
                  "The death toll in Poltava has risen to three, Kohut now says."),
               killed=cnt(1, "one person"), injured=cnt(5, "five"), damage=["rail depot", "houses"],
               reported_by=["Volodymyr Kohut"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chornomorsk", "Odesa", "Ukraine")],
               night("2026-11-17", "2026-11-18", "07:15 GMT"), [{"type": "drone"}],
               ev("In the port city of Chornomorsk, south of Odesa, drones damaged a grain storage facility and two vessels, Governor Oleh Kiper reports.",
                  "One person, a port worker, was injured."),
               injured=cnt(1, "One person"), damage=["grain storage facility", "vessels"], reported_by=["Oleh Kiper"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1118,
               [{"type": "drone", "intercepted": cnt(41, "41")}], ev(P09_MOD),
               reported_by=["Russia's defence ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Rostov", "Rostov Oblast", "Russia", "region")], N1118,
                   [{"type": "drone", "intercepted": cnt(16, "16")}], ev(P09_MOD),
                   reported_by=["Russia's defence ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Taganrog", "Rostov", "Russia")],
               night("2026-11-17", "2026-11-18", "10:05 GMT"), [{"type": "drone"}],
               ev("In Taganrog, a drone crashed into the grounds of an aircraft plant, acting regional governor Yuri Slyusar says.",
                  "Nobody was hurt, according to him."),
               damage=["aircraft plant"], reported_by=["Yuri Slyusar"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Poltava", "Poltava", "Ukraine")],
                   month("2026-03-01", "2026-05-31", "in the spring"), [],
                   ev("The city's rail depot, one of the largest in central Ukraine, had been hit in an earlier attack in the spring."),
                   damage=["rail depot"])),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-11-18", "this morning"), "held",
            "Zelensky and Erdogan discussed a new prisoner exchange and Black Sea shipping",
            ev("President Zelensky says he spoke with Turkish President Recep Tayyip Erdogan this morning.")),
        dip("meeting", ["European Union"], day("2026-11-18", "on Wednesday"), "held",
            "EU foreign ministers met in Brussels and failed to agree the 21st sanctions package",
            ev("EU foreign ministers failed to agree on the 21st sanctions package at their meeting in Brussels on Wednesday, as Hungary and Slovakia maintained their objections, diplomats tell us."),
            location=loc("Brussels", None, "Belgium")),
        dip("sanctions", ["European Union", "Russia"], day("2026-11-18", "on Wednesday"), "stalled",
            "The EU's 21st sanctions package blocked by Hungary and Slovakia; back to ambassadors next week",
            ev("EU foreign ministers failed to agree on the 21st sanctions package at their meeting in Brussels on Wednesday, as Hungary and Slovakia maintained their objections, diplomats tell us.",
               "The file goes back to ambassadors next week.")),
        dip("military_aid", ["Norway", "Ukraine"], day("2026-11-18", "on Wednesday"), "held",
            "Norway contributes NOK 3 billion to buy American weapons for Ukraine through NATO's scheme",
            ev("Norway on Wednesday announced a contribution of 3 billion kroner to buy American weapons for Ukraine through NATO's purchasing scheme, its defence minister Tore O. Sandvik said.")),
    ])

# --------------------------------------------------------------------------- p10
GOLD["p10_weekly_roundup_geneva_lula"] = dict(
    notes="Weekly diplomacy roundup (Saturday 21 November): the US-brokered Russian-Ukrainian round 'due to open in "
          "Geneva on Tuesday' and 'cancelled on Monday' (talks, cancelled; dated to Tuesday 17 November); Lula's visit "
          "to Moscow from Wednesday (visit, held) and his talks with Putin 'on Thursday' (talks, held); the 157-for-157 "
          "exchange 'On Friday', mediated by the UAE; the UK's sanctions listing 'On Thursday' (held); Sweden's 20th "
          "package 'on Monday' (military aid, held); the Netherlands' last F-16s that 'had reached Ukraine' (military "
          "aid, held: delivered; the date is that of the statement, the delivery's is not given: left null); "
          "'Monday's missile strike on Ternopil' ('at least 11' killed); NATO foreign ministers 'on December 2-3' "
          "(meeting, planned). Optional: Zelensky 'expected in Madrid on Wednesday' for a visit 'not yet confirmed' "
          "(planned at best); Lula's offer to mediate (proposal). Not coded: the senators' letter urging sanctions "
          "(a call to act), Li Hui's 'stands ready' and Japan 'studying' a price-cap cut (statements), the closing "
          "tally and the expectation that Geneva will be revived.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Ternopil", "Ternopil", "Ukraine")],
               day("2026-11-16", "Monday's"), [{"type": "missile"}],
               ev("The week's diplomacy was shadowed by Monday's missile strike on Ternopil, where at least 11 people died after a Russian missile slammed into an apartment building, according to the State Emergency Service."),
               killed=cnt(11, "at least 11 people", "at_least"), damage=["apartment building"],
               reported_by=["State Emergency Service"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "United States"], day("2026-11-17", "on Tuesday"), "cancelled",
            "US-brokered Russian-Ukrainian round in Geneva called off after Moscow objected to the agenda",
            ev("The US-brokered Russian-Ukrainian negotiating round that was due to open in Geneva on Tuesday was cancelled on Monday, after Moscow objected to the agenda drafted by Washington."),
            location=loc("Geneva", None, "Switzerland")),
        dip("visit", ["Brazil", "Russia"], day("2026-11-18", "on Wednesday"), "held",
            "Lula da Silva's two-day visit to Moscow",
            ev("Brazilian President Luiz Inácio Lula da Silva arrived in Moscow on Wednesday for a two-day visit and held talks with Vladimir Putin in the Kremlin on Thursday."),
            location=loc("Moscow", None, "Russia")),
        dip("talks", ["Brazil", "Russia"], day("2026-11-19", "on Thursday"), "held",
            "Lula held talks with Putin in the Kremlin",
            ev("Brazilian President Luiz Inácio Lula da Silva arrived in Moscow on Wednesday for a two-day visit and held talks with Vladimir Putin in the Kremlin on Thursday."),
            location=loc("Moscow", None, "Russia")),
        dip("proposal", ["Brazil", "Russia"], day("2026-11-19", "on Thursday"), "proposed",
            "Lula offered Brazil's services as a mediator",
            ev("Lula offered Brazil's services as a mediator; the Kremlin said it \"appreciated\" the offer."),
            optional=True),
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-11-20", "On Friday"), "held",
            "157 Ukrainian soldiers and civilians exchanged for 157 Russians, mediated by the UAE",
            ev("On Friday, 157 Ukrainian soldiers and civilians returned home in an exchange for the same number of Russians, Kyiv's prisoner-of-war coordination body said.",
               "The UAE acted as mediator.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-11-19", "On Thursday"), "held",
            "The UK listed 35 companies and 20 shadow-fleet tankers",
            ev("On Thursday the United Kingdom added 35 companies and 20 tankers of the so-called shadow fleet to its sanctions list.")),
        dip("military_aid", ["Sweden", "Ukraine"], day("2026-11-16", "on Monday"), "held",
            "Sweden's 20th military aid package, worth SEK 8 billion",
            ev("Sweden announced its 20th military aid package, worth SEK 8 billion, on Monday.")),
        dip("military_aid", ["Netherlands", "Ukraine"], None, "held",
            "The last of 24 Dutch F-16 fighter jets delivered to Ukraine",
            ev("The Netherlands said on Tuesday that the last of its 24 promised F-16 fighter jets had reached Ukraine.")),
        dip("meeting", ["NATO"], {"start": "2026-12-02", "end": "2026-12-03", "precision": "range",
                                  "text": "on December 2-3"}, "planned",
            "NATO foreign ministers' last meeting of the year in Brussels",
            ev("NATO's foreign ministers gather in Brussels on December 2-3, their last gathering of the year."),
            location=loc("Brussels", None, "Belgium")),
        dip("visit", ["Ukraine", "Spain"], day("2026-11-25", "on Wednesday"), "planned",
            "Zelensky expected in Madrid; the visit not yet confirmed by Spain",
            ev("Zelensky is expected in Madrid on Wednesday for a visit that Spanish officials have not yet confirmed."),
            location=loc("Madrid", None, "Spain"), optional=True),
    ])

# --------------------------------------------------------------------------- p11, p12
GOLD["p11_refugee_protection_figures"] = dict(
    notes="Data story on refugees under EU temporary protection (Thursday 26 November): totals by host country, "
          "shares by sex and age, monthly decisions, returns, employment, housing, a population estimate. No record "
          "at all: no attack on a place on a day or night, no diplomatic event (figures 'published ... on Thursday' "
          "are statistics, not diplomacy).",
    attacks=[], diplomacy=[])

GOLD["p12_basketball_league_sanctions"] = dict(
    notes="Sports business story (Friday 11 September): a league that 'imposed sanctions' on a club, referees who "
          "'voted to strike', talks that 'broke down', 'not attacking the league', 'launched a barrage of "
          "three-pointers', a 'relentless attack', a storm that will 'bombard the coast', a board that 'meets again on "
          "September 18'. No record at all (not war-adjacent).",
    attacks=[], diplomacy=[])


def main() -> None:
    write_gold(DEV9, GOLD)


if __name__ == "__main__":
    main()
