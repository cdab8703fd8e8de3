"""Write evals/dev25/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV25 = ROOT / "evals" / "dev25"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- d01
N1022 = night("2026-10-21", "2026-10-22", "overnight")
GOLD["d01_wire_lviv_heating_plant"] = dict(
    notes="Wire story (Thursday 22 October): a cruise missile on Lviv's heat and power plant overnight ('two people' killed in "
          "the lead, six hurt); the air force's national figures (418 drones / 371; '36 missiles' split by type into 29 Kalibr "
          "and seven Iskander-M, so the 36 / 30 is a combined figure of type other with cruise and ballistic entries: "
          "rule 9); drones on a gas station near Burshtyn ('nobody had been injured': injured 0, rule 6); the "
          "background drone attack on Lviv 'On Sept. 28' (count and place: coded, rule 5); the Zelenskiy-Merz call "
          "'on Thursday morning'. Not coded: Poland's scrambled jets (no attack), Ukrenergo's blackouts, Peskov's "
          "'remained open to a negotiated settlement' (stance, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Lviv", "Lviv", "Ukraine")], N1022,
               [{"type": "cruise_missile"}],
               ev("LVIV, Ukraine, Oct 22 (Northgate) - Russian drones and missiles slammed into energy facilities across western Ukraine overnight, killing two people in Lviv and leaving large parts of the region without heating as the first frosts of autumn set in, officials said on Thursday.",
                  "Lviv Mayor Andriy Sadovyi said a cruise missile struck a combined heat and power plant on the southern edge of the city shortly before 5 a.m., and the blast shattered windows in apartment blocks in the Sykhivskyi district.",
                  "Two plant employees were killed and six other people were hurt, he wrote on Telegram."),
               killed=cnt(2, "two people"), injured=cnt(6, "six other people"),
               damage=["combined heat and power plant", "apartment block windows"], reported_by=["Andriy Sadovyi"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1022,
               [{"type": "drone", "launched": cnt(418, "418"), "intercepted": cnt(371, "371")},
                {"type": "other", "model": "missiles", "launched": cnt(36, "36"), "intercepted": cnt(30, "30")},
                {"type": "cruise_missile", "model": "Kalibr", "launched": cnt(29, "29")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(7, "seven")}],
               ev("Russia had sent 418 drones and 36 missiles against Ukraine as a whole, among them 29 Kalibr cruise missiles and seven Iskander-M ballistic missiles, figures from Ukraine's air force showed.",
                  "Air defence crews destroyed or jammed 371 drones and 30 missiles, the force said in a statement posted after daybreak."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Burshtyn", "Ivano-Frankivsk", "Ukraine")], N1022,
               [{"type": "drone"}],
               ev("In the neighbouring Ivano-Frankivsk region, drones set fire to a gas distribution station near the town of Burshtyn.",
                  "Governor Svitlana Onyshchuk said the blaze was out by morning and nobody had been injured."),
               injured=cnt(0, "nobody had been injured"),
               damage=["gas distribution station"], reported_by=["Svitlana Onyshchuk"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Lviv", "Lviv", "Ukraine")], day("2026-09-28", "On Sept. 28"),
               [{"type": "drone"}],
               ev("On Sept. 28 a drone attack on a logistics warehouse in the city killed three workers."),
               killed=cnt(3, "three workers"), damage=["logistics warehouse"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Germany"], day("2026-10-22", "on Thursday morning"), "held",
            "Zelenskiy asked Chancellor Friedrich Merz for additional Patriot launchers",
            ev("President Volodymyr Zelenskiy said he had asked German Chancellor Friedrich Merz for additional Patriot launchers during a phone call on Thursday morning.")),
    ])

# --------------------------------------------------------------------------- d02
GOLD["d02_broadcaster_lviv_kallas"] = dict(
    notes="UK broadcaster's website (Thursday 22 October), the same night as d01: a Russian missile on Lviv's heating "
          "plant 'during the night' ('At least two' dead, seven injured, 'a 15-year-old girl' among them); 'More than "
          "450 drones and missiles' fired at Ukraine overnight (country record; a combined total of type other plus "
          "drone and missile entries, rule 9); Kaja Kallas's visit to Kyiv 'Hours after the strike' (visit, held; her "
          "meeting with Zelensky is part of the visit, rule 14). Optional: the EU's LNG sanctions round that member "
          "states are 'close to agreeing' with no date (proposed; debatable). Not coded: Moscow's silence and the "
          "retaliation framing, 'Ukraine's long-range drone campaign against Russian refineries' (no count, no place, rule 5).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Lviv", "Lviv", "Ukraine")],
               night("2026-10-21", "2026-10-22", "during the night"), [{"type": "missile"}],
               ev("Residents of Lviv spent Thursday queuing for water and charging phones at emergency tents after a Russian missile tore through the city's main heating plant during the night.",
                  "At least two people died and seven were injured in the strike, according to the regional governor, Maksym Kozytskyi.",
                  "Among the injured was a 15-year-old girl who was cut by flying glass in her bedroom several hundred metres away."),
               killed=cnt(2, "At least two people", "at_least"), injured=cnt(7, "seven"),
               children_injured=cnt(1, "a 15-year-old girl"),
               damage=["heating plant"], reported_by=["Maksym Kozytskyi"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-10-21", "2026-10-22", "overnight"),
               [{"type": "other", "model": "drones and missiles", "launched": cnt(450, "More than 450", "more_than")},
                {"type": "drone"}, {"type": "missile"}],
               ev("More than 450 drones and missiles were fired at Ukraine overnight in total, by the air force's count, with energy sites in the west of the country apparently the main target."),
               reported_by=["Ukrainian air force"]),
    ],
    diplomacy=[
        dip("visit", ["European Union", "Ukraine"], day("2026-10-22", "Hours after the strike"), "held",
            "EU foreign policy chief Kaja Kallas came to Kyiv by train and met President Zelensky",
            ev("Hours after the strike, the EU's top diplomat, Kaja Kallas, arrived in Kyiv by train.",
               "She met President Volodymyr Zelensky and said Europe would help Ukraine replace damaged generating equipment before the winter."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("sanctions", ["European Union", "Russia"], None, "proposed",
            "A new EU sanctions round on Russian LNG that member states are close to agreeing, no vote date",
            ev("Kallas also told journalists that EU member states were close to agreeing a new round of sanctions targeting Russian liquefied natural gas, though she gave no date for a vote."),
            optional=True),
    ])

# --------------------------------------------------------------------------- d03
GOLD["d03_regional_nikopol_marhanets"] = dict(
    notes="Regional paper (Friday 6 November): artillery on Nikopol 'on Thursday' ('A 58-year-old woman' killed, "
          "'three men' wounded); a drone on Marhanets's bus depot 'on Thursday evening' ('No one was injured there': "
          "injured 0, rule 6); a guided aerial bomb on Mezhova (Synelnykove district) 'on Thursday afternoon' (two "
          "injured, 'a boy of 16' among them). Not coded: that troops across the reservoir 'can reach almost "
          "every street' (no single event), the advance through Donetsk region (ground fighting, rule 5), gas cuts and "
          "online lessons.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-05", "on Thursday"), [{"type": "artillery"}],
               ev("A 58-year-old woman was killed and three men were wounded when Russian artillery shelled Nikopol on Thursday, the city's mayor, Oleksandr Sayuk, said in a video message to residents.",
                  "Shells landed in the central part of the city from mid-morning until early afternoon, damaging a school gym, two shops, a gas pipeline and at least eleven private houses, Sayuk said."),
               killed=cnt(1, "A 58-year-old woman"), injured=cnt(3, "three men"),
               damage=["school gym", "shops", "gas pipeline", "private houses"], reported_by=["Oleksandr Sayuk"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Marhanets", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-05", "on Thursday evening"), [{"type": "drone"}],
               ev("Upstream in Marhanets, a drone struck a municipal bus depot on Thursday evening, burning out two buses and damaging the roof of a repair shed.",
                  "No one was injured there, the town's military administration reported."),
               injured=cnt(0, "No one was injured there"),
               damage=["bus depot", "buses", "repair shed"], reported_by=["Marhanets military administration"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Mezhova", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-05", "on Thursday afternoon"), [{"type": "glide_bomb"}],
               ev("The region's administration also reported a guided aerial bomb attack on the village of Mezhova, in the Synelnykove district, on Thursday afternoon.",
                  "A farm building was destroyed and two people were injured, among them a boy of 16 who was helping his father with livestock, officials said."),
               injured=cnt(2, "two people"), children_injured=cnt(1, "a boy of 16"),
               damage=["farm building"], reported_by=["Dnipropetrovsk regional administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- d04
D04_SWAP = ("Ukraine and Russia each handed over 146 prisoners of war on Friday, the largest swap since the spring, with "
            "Emirati officials mediating; the deal was settled at the latest round of face-to-face negotiations in "
            "Istanbul.")
GOLD["d04_record_istanbul_swap"] = dict(
    notes="US newspaper of record (Saturday 12 September): the exchange of 146 prisoners each 'on Friday', mediated by "
          "the UAE (participant, rule 15); the fourth round of talks in Istanbul 'on Wednesday' hosted by Turkey "
          "(held); the next round agreed for Istanbul 'in the first half of October' (planned). Optional: the "
          "agreement to set up working groups (agreement, debatable: a step inside the talks), the previous exchange "
          "'on Aug. 14' (background, rule 17). Not coded: Peskov's 'did not exclude a meeting' (stance, rule 13), "
          "captivity estimates and abuse allegations.",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-09-11", "on Friday"), "held",
            "146 prisoners of war exchanged by each side in a UAE-mediated swap",
            ev(D04_SWAP)),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-09-09", "on Wednesday"), "held",
            "Fourth round of direct talks in Istanbul hosted by Hakan Fidan; Umerov and Medinsky led the delegations",
            ev("The exchange followed a fourth round of negotiations in Istanbul on Wednesday, which lasted a little under two hours and was hosted by Turkey's foreign minister, Hakan Fidan."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], month("2026-10-01", "2026-10-15", "in the first half of October"), "planned",
            "Next round of Ukraine-Russia talks in Istanbul",
            ev("But both delegations agreed to meet in Istanbul again in the first half of October, Turkish officials said, and to set up working groups on the return of civilians and on the remains of fallen soldiers."),
            location=loc("Istanbul", None, "Turkey")),
        dip("agreement", ["Ukraine", "Russia"], day("2026-09-09", "on Wednesday"), "held",
            "Agreement to set up working groups on the return of civilians and on soldiers' remains",
            ev("But both delegations agreed to meet in Istanbul again in the first half of October, Turkish officials said, and to set up working groups on the return of civilians and on the remains of fallen soldiers."),
            optional=True),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-08-14", "on Aug. 14"), "held",
            "Previous exchange: 84 Ukrainian soldiers for an equal number of Russians",
            ev("The previous exchange, on Aug. 14, brought home 84 Ukrainian soldiers and an equal number of Russians."),
            optional=True),
    ])

# --------------------------------------------------------------------------- d05
GOLD["d05_agency_defenders_home"] = dict(
    notes="Ukrainian state agency (Friday 11 September), the same exchange as d04: 146 servicemen released 'on 11 "
          "September', the same number handed over, UAE mediation (prisoner exchange, held); drones on an "
          "administrative building in Sumy 'Earlier on Friday' (one killed, four injured, 'a child' among them: "
          "children_injured 1, rule 6); the air force's 87 drones / 63 overnight (country record). Optional: the "
          "Istanbul talks 'earlier this week' where the release was agreed (background, rule 17). Not coded: the lists "
          "handed over (part of those talks), Lubinets's appeal, 'the 71st exchange' (a tally, no event).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")], day("2026-09-11", "Earlier on Friday"),
               [{"type": "drone"}],
               ev("Earlier on Friday, Russian drones struck an administrative building in the centre of Sumy, the regional military administration reported.",
                  "One person was killed and four were injured, among them a child."),
               killed=cnt(1, "One person"), injured=cnt(4, "four"), children_injured=cnt(1, "a child"),
               damage=["administrative building"], reported_by=["Sumy regional military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-09-10", "2026-09-11", "Overnight"),
               [{"type": "drone", "launched": cnt(87, "87"), "intercepted": cnt(63, "63")}],
               ev("Overnight, Russian forces sent 87 attack drones towards Ukrainian territory, the Air Force stated; its crews shot down 63 of them or knocked them off course with electronic warfare."),
               reported_by=["Ukraine's Air Force"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-09-11", "on 11 September"), "held",
            "146 Ukrainian servicemen freed and the same number of Russian prisoners handed over, with UAE mediation",
            ev("Another 146 Ukrainian servicemen were released from Russian captivity on 11 September, President Volodymyr Zelensky announced on his official channels.",
               "\"Our people are home. I thank everyone who worked on this result, and in particular the United Arab Emirates for mediation,\" the head of state wrote.",
               "Ukraine handed over the same number of Russian prisoners, the Coordination Headquarters for POW affairs said in a statement.")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], week("2026-09-07", "2026-09-11", "earlier this week"), "held",
            "Istanbul talks at which the release was agreed; Umerov handed over lists of prisoners",
            ev("The agreement on today's release was reached during the talks in Istanbul earlier this week, said Rustem Umerov, who leads the Ukrainian negotiating team."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
    ])

# --------------------------------------------------------------------------- d06
N1118 = night("2026-11-17", "2026-11-18", "overnight")
D06_MOD = ("According to Russia's defence ministry, 118 Ukrainian fixed-wing drones were shot down overnight over nine "
           "regions, 41 of them above the Krasnodar region.")
GOLD["d06_exiled_novorossiysk_taganrog"] = dict(
    notes="Exiled Russian outlet in English (Wednesday 18 November): Ukrainian drones on the Sheskharis oil terminal at "
          "Novorossiysk overnight (three crew hurt); the ministry's 118 drones over nine regions (country record "
          "Russia, rule 4) with '41 of them above the Krasnodar region', the region of exactly one struck locality, so "
          "the 41 sits on Novorossiysk's record (rule 3); drone debris on a warehouse in Taganrog overnight ('There "
          "were no casualties': killed 0 and injured 0, rule 6); an FPV drone on a car near Shebekino 'The previous "
          "afternoon' (the driver wounded); Lavrov's talks with Fidan in Ankara 'on Friday' (planned). Not coded: "
          "Fidan's 'would be prepared to host' (stance, rule 13), the 'several rounds' Turkey has hosted (no event "
          "or date), residents' complaints, analysts' trend.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar Krai", "Russia")], N1118,
               [{"type": "drone", "intercepted": cnt(41, "41")}],
               ev("A Ukrainian drone raid on Novorossiysk overnight set a berth of the Sheskharis oil terminal ablaze and damaged a tanker tied up beside it, the Krasnodar region's emergency headquarters said on Wednesday morning.",
                  "Three crew members were hurt, according to the statement.",
                  D06_MOD),
               injured=cnt(3, "Three crew members"),
               damage=["oil terminal berth", "tanker"], reported_by=["Krasnodar region emergency headquarters"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1118,
               [{"type": "drone", "intercepted": cnt(118, "118")}],
               ev(D06_MOD), reported_by=["Russia's defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Taganrog", "Rostov Oblast", "Russia")], N1118,
               [{"type": "drone"}],
               ev("In the Rostov region, governor Yuri Slyusar wrote that wreckage of a drone brought down by air defences had landed on a warehouse roof in Taganrog overnight, causing a small fire.",
                  "There were no casualties, he said."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["warehouse roof"], reported_by=["Yuri Slyusar"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod Oblast", "Russia")],
               day("2026-11-17", "The previous afternoon"), [{"type": "drone"}],
               ev("The previous afternoon, a Ukrainian FPV drone struck a car at the edge of Shebekino in the Belgorod region, wounding the driver, governor Vyacheslav Gladkov reported."),
               injured=cnt(1, "the driver"), damage=["car"], reported_by=["Vyacheslav Gladkov"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Turkey"], day("2026-11-20", "on Friday"), "planned",
            "Sergei Lavrov to travel to Ankara for talks with Hakan Fidan on the Black Sea, trade and Ukraine",
            ev("Separately, Russia's foreign ministry announced that Sergei Lavrov would travel to Ankara on Friday for talks with Hakan Fidan, Turkey's foreign minister."),
            location=loc("Ankara", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- d07
D27 = day("2026-08-27", "Thursday 27 August")
GOLD["d07_summary_kharkiv_evening"] = dict(
    notes="Regional military administration's evening summary (Thursday 27 August, as of 18:00): a guided aerial bomb "
          "on Kharkiv's Kyivskyi district 'At 11:20' (four injured, 'a boy aged 12'); artillery and mortars on "
          "Kupiansk (a man of 71 killed); an FPV drone on a car in Pechenihy (the driver wounded); artillery on Borova "
          "('No people were hurt': injured 0, rule 6). All dated by the summary's own day. Optional: drone debris on a "
          "field near Krasnokutsk 'At night' with no damage (debatable whether a record at all). Not coded: the "
          "General Staff's front tallies (19 and 7 attacks, 46 kamikaze drones, 12 guided bombs on positions: ground "
          "fighting and front-wide tallies, rule 5), the day's regional totals (sum of the records above), "
          "evacuation, demining, the power line repair.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")], D27, [{"type": "glide_bomb"}],
               ev("Kharkiv. At 11:20 the occupiers struck the Kyivskyi district of the city with a guided aerial bomb.",
                  "Four people were injured, including a boy aged 12.",
                  "Balconies, windows and eight cars were damaged."),
               injured=cnt(4, "Four people"), children_injured=cnt(1, "a boy aged 12"),
               damage=["residential buildings' courtyard", "balconies", "windows", "cars"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kupiansk", "Kharkiv", "Ukraine")], D27, [{"type": "artillery"}],
               ev("During the day the enemy shelled Kupiansk with artillery and mortars.",
                  "A man aged 71 was killed near his house.",
                  "A shop and a gas pipeline were damaged."),
               killed=cnt(1, "A man aged 71"), damage=["shop", "gas pipeline"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Pechenihy", "Kharkiv", "Ukraine")], D27, [{"type": "drone"}],
               ev("At about 14:00 an enemy FPV drone attacked a car in the village of Pechenihy.",
                  "A 43-year-old driver suffered shrapnel wounds."),
               injured=cnt(1, "A 43-year-old driver"), damage=["car"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Borova", "Kharkiv", "Ukraine")], D27, [{"type": "artillery"}],
               ev("In the afternoon the village of Borova came under artillery fire.",
                  "Three private houses and an outbuilding were damaged.",
                  "No people were hurt."),
               injured=cnt(0, "No people were hurt"), damage=["private houses", "outbuilding"], reported_by=["Oleh Syniehubov"]),
        opt(attack("Russia", "Ukraine", "air_drone_strike", [loc("Krasnokutsk", "Kharkiv", "Ukraine")],
                   night("2026-08-26", "2026-08-27", "At night"), [{"type": "drone"}],
                   ev("At night, debris of a downed enemy drone fell on a field near Krasnokutsk.",
                      "There was no damage."),
                   reported_by=["Oleh Syniehubov"])),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- d08
N0714 = night("2026-07-13", "2026-07-14", "overnight")
D0714 = day("2026-07-14", "Tuesday, 14 July")
GOLD["d08_liveblog_kyiv_stubb"] = dict(
    notes="Live blog of Tuesday 14 July, newest entry first: a ballistic missile on a residential building in Kyiv's "
          "Solomianskyi district at about 4 a.m. (the earliest entry, 07:15, gives 'at least three' killed and 18 "
          "injured: the count, rule 6; the 12:45 update to five dead and 22 treated is evidence only); the air force's "
          "26 missiles / 19 and 290 drones / 246 (country record; 'Hits were recorded at 11 locations' are hits, not "
          "launches, rule 9); drones on Izmail's port overnight (one injured); Russia's ministry's 31 drones over "
          "three regions (country record Russia: a tally over several regions, rule 3); Stubb's visit to Kyiv (visit, "
          "held; the meeting with Zelensky is part of it, rule 14) and the EUR 95 million package he announced "
          "(military aid, held). Not coded: Peskov's 'remains interested' (stance, rule 13), the 06:50 scene-setter.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")], N0714, [{"type": "ballistic_missile"}],
               ev("A ballistic missile that struck a nine-floor apartment block in Kyiv's Solomianskyi district at about 4 a.m. has killed at least three people and injured 18, Tkachenko says.",
                  "Debris also fell in the Darnytskyi district, where a kindergarten was damaged.",
                  "The toll in Kyiv has risen to five dead, Tymur Tkachenko, head of the city military administration, says."),
               killed=cnt(3, "at least three people", "at_least"), injured=cnt(18, "18"),
               damage=["residential building", "kindergarten"], reported_by=["Tymur Tkachenko"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0714,
               [{"type": "missile", "launched": cnt(26, "26"), "intercepted": cnt(19, "19")},
                {"type": "drone", "launched": cnt(290, "290"), "intercepted": cnt(246, "246")}],
               ev("Russia fired 26 missiles and 290 drones overnight.",
                  "Air defence destroyed 19 of the missiles and 246 of the drones."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")], N0714, [{"type": "drone"}],
               ev("Odesa region: Izmail's port facilities and a grain elevator were damaged by drones overnight, governor Oleh Kiper writes.",
                  "One person, a truck driver waiting to unload, was injured."),
               injured=cnt(1, "One person"), damage=["port infrastructure", "grain elevator"], reported_by=["Oleh Kiper"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0714, [{"type": "drone", "intercepted": cnt(31, "31")}],
               ev("Moscow's defence ministry says 31 Ukrainian drones were destroyed overnight above the Kursk, Oryol and Bryansk regions."),
               reported_by=["Russia's defence ministry"]),
    ],
    diplomacy=[
        dip("visit", ["Finland", "Ukraine"], D0714, "held",
            "Finnish President Alexander Stubb in Kyiv, met by Zelensky at the Mariinskyi Palace",
            ev("Finnish President Alexander Stubb is in Kyiv, his office confirms.",
               "He travelled overnight by train and was met by Zelensky at the Mariinskyi Palace."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("military_aid", ["Finland", "Ukraine"], D0714, "held",
            "Finland's 31st package, EUR 95 million, mostly air defence ammunition and mobile fire groups",
            ev("Stubb has announced a new Finnish military aid package worth €95 million, mostly for air defence ammunition and mobile fire groups.")),
    ])

# --------------------------------------------------------------------------- d09
GOLD["d09_rhine_aid_ramstein"] = dict(
    notes="German paper's English edition (Wednesday 10 June): Germany's EUR 1.9 billion package announced 'on "
          "Tuesday' (military aid, held, rule 16); the Ukraine Defence Contact Group at NATO headquarters in Brussels "
          "'on Thursday' (meeting, planned; chaired by Germany and Britain, Ukraine presenting: participants; NATO as "
          "the host of its headquarters, rule 15); Norway's 3 billion kroner for gas 'On Monday' (aid of any cargo, "
          "held, rule 14); Berlin-Kyiv negotiations on a drone joint venture that 'have stalled' (talks, stalled, no "
          "date). Not coded: the Greens' Taurus demand, AfD criticism (reactions), 'Russian strikes last winter' on gas "
          "production (no count, no place, rule 5), Kiel Institute totals.",
    attacks=[],
    diplomacy=[
        dip("military_aid", ["Germany", "Ukraine"], day("2026-06-09", "on Tuesday"), "held",
            "EUR 1.9 billion, mostly air defence: two IRIS-T SLM fire units, missiles, radars, interceptor drones",
            ev("Germany will provide Ukraine with a further €1.9 billion in military support this year, most of it for air defence, Defence Minister Boris Pistorius announced on Tuesday, two days before allied defence ministers meet to coordinate deliveries for the coming winter.",
               "The package includes two additional IRIS-T SLM fire units, several hundred guided missiles for systems already in Ukraine and radar equipment, Pistorius told reporters at the ministry's Bendlerblock headquarters.")),
        dip("meeting", ["Ukraine Defence Contact Group", "Germany", "United Kingdom", "Ukraine", "NATO"],
            day("2026-06-11", "on Thursday"), "planned",
            "Ramstein-format defence ministers' meeting chaired by Pistorius and John Healey",
            ev("The Ukraine Defence Contact Group, often called the Ramstein group after the US air base where it first met, will gather at NATO headquarters in Brussels on Thursday.",
               "Pistorius co-chairs it with Britain's defence secretary, John Healey."),
            location=loc("Brussels", None, "Belgium")),
        dip("military_aid", ["Norway", "Ukraine"], day("2026-06-08", "On Monday"), "held",
            "3 billion kroner to a fund buying gas for Ukraine before the heating season",
            ev("On Monday, Norway said it would contribute 3 billion kroner to a fund that buys gas for Ukraine ahead of the heating season, after Russian strikes last winter knocked out much of the country's domestic gas production.")),
        dip("talks", ["Germany", "Ukraine"], None, "stalled",
            "Negotiations on a joint venture to build long-range strike drones in Germany, stalled over export control and liability",
            ev("Negotiations between Berlin and Kyiv on a joint venture to build long-range strike drones in Germany have stalled over export-control and liability questions, two people involved in the discussions told the Rhine Courier.")),
    ])

# --------------------------------------------------------------------------- d10
GOLD["d10_bosphorus_erdogan_putin_call"] = dict(
    notes="Turkish English-language daily (Wednesday 25 March): the Erdogan-Putin call 'on Tuesday' (held); Erdogan's "
          "proposal, sent in letters to both capitals, for a Putin-Zelensky meeting in Istanbul with Turkey as host "
          "(summit, proposed: put to both sides, rule 13; no date for the meeting); Sybiha's talks with Fidan in "
          "Ankara 'on Friday' ('is due', sources, day and place: planned, rule 16). Optional: the January meeting of "
          "deputy foreign ministers in Istanbul (background, rule 17). Not coded: Ushakov's 'must be well prepared' "
          "(stance), premiums, shipping associations' urging, 'several rounds' hosted (no event or date), drone supply "
          "and sanctions refusal (no decision), the analyst's quote.",
    attacks=[],
    diplomacy=[
        dip("phone_call", ["Turkey", "Russia"], day("2026-03-24", "on Tuesday"), "held",
            "Erdogan and Putin on Black Sea shipping, TurkStream gas and the Akkuyu plant",
            ev("ANKARA — President Recep Tayyip Erdoğan discussed the safety of commercial shipping in the Black Sea with Russian President Vladimir Putin in a telephone call on Tuesday, the Turkish Presidency's Directorate of Communications said.")),
        dip("summit", ["Turkey", "Russia", "Ukraine"], None, "proposed",
            "Erdogan's proposal, sent in letters to Moscow and Kyiv, for a Putin-Zelensky meeting in Istanbul hosted by Turkey",
            ev("Erdoğan also repeated his proposal, set out in letters sent to the Kremlin and to Kyiv earlier this month, for Putin and Ukrainian President Volodymyr Zelensky to meet in Istanbul with Türkiye as host.",
               "Moscow has not formally responded."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["Ukraine", "Turkey"], day("2026-03-27", "on Friday"), "planned",
            "Foreign Minister Andrii Sybiha to hold talks with Hakan Fidan in Ankara",
            ev("Andrii Sybiha, Ukraine's top diplomat, is due in Ankara on Friday for talks with Foreign Minister Hakan Fidan, diplomatic sources said."),
            location=loc("Ankara", None, "Turkey")),
        dip("talks", ["Turkey", "Russia", "Ukraine"], month("2026-01-01", "2026-01-31", "In January"), "held",
            "Deputy foreign ministers of Turkey, Russia and Ukraine on Black Sea navigation in Istanbul, no joint statement",
            ev("In January, Istanbul hosted a meeting of deputy foreign ministers from Türkiye, Russia and Ukraine on navigation in the Black Sea, which ended without a joint statement."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
    ])

# --------------------------------------------------------------------------- d11
GOLD["d11_herald_chernihiv_fields"] = dict(
    notes="Regional feature (Saturday 3 October): demined farmland near Yahidne, the occupation of 2022, a tractor "
          "driver killed by a mine in 2023 (a mine, no strike by anyone), air-raid alerts, shelters, insurers, a "
          "museum of the occupation. No record at all: no attack on a place and day, no diplomatic event (the control "
          "article).",
    attacks=[], diplomacy=[])

# --------------------------------------------------------------------------- d12
GOLD["d12_uswire_izmail_danube"] = dict(
    notes="US wire (Tuesday 14 July), the same night as d08: Russian drones on Izmail's port overnight (a truck driver "
          "wounded); the background drone attack on Izmail 'On July 2' (two port workers wounded: count and place, "
          "rule 5); a ballistic missile on Kyiv ('at least four' killed; no date words of its own: the night of the "
          "article's lead); the air force's '316 missiles and drones' (combined total of type other plus missile and "
          "drone entries, rule 9); Romania's summons of the Russian ambassador 'on Tuesday afternoon'; the "
          "Toiu-Sybiha phone call (no date words: date null). Not coded: drone fragments near Plauru in Romania "
          "('There were no injuries on Romanian territory': an airspace violation, no attack on a place), Sybiha's "
          "'agreed to press NATO allies' (a demand), trade figures, Moscow's line.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               night("2026-07-13", "2026-07-14", "overnight"), [{"type": "drone"}],
               ev("KYIV, Ukraine (CP) — Russian drones struck the Ukrainian river port of Izmail overnight, damaging a grain elevator and berths used by barges that carry Ukrainian corn and wheat along the Danube to Romania's Black Sea port of Constanta, officials said Tuesday.",
                  "A truck driver waiting in the queue to unload was hit by shrapnel, Odesa Gov. Oleh Kiper said.",
                  "He said firefighters spent several hours putting out a blaze in a storage hangar."),
               injured=cnt(1, "A truck driver"), damage=["grain elevator", "berths", "storage hangar"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")], day("2026-07-02", "On July 2"),
               [{"type": "drone"}],
               ev("On July 2, a drone attack on Izmail damaged a ferry terminal and wounded two port workers."),
               injured=cnt(2, "two port workers"), damage=["ferry terminal"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")],
               night("2026-07-13", "2026-07-14", "overnight"), [{"type": "ballistic_missile"}],
               ev("Elsewhere in Ukraine, a ballistic missile hit a residential building in Kyiv, killing at least four people, according to city authorities."),
               killed=cnt(4, "at least four people", "at_least"), damage=["residential building"], reported_by=["city authorities"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-07-13", "2026-07-14", "during the night"),
               [{"type": "other", "model": "missiles and drones", "launched": cnt(316, "316")},
                {"type": "missile"}, {"type": "drone"}],
               ev("In all, Russia sent 316 missiles and drones at Ukrainian targets during the night, according to air force figures."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Romania", "Russia"], day("2026-07-14", "on Tuesday afternoon"), "held",
            "Romania summoned the Russian ambassador over a drone violating its airspace",
            ev("Bucharest summoned the Russian ambassador on Tuesday afternoon to protest what it called a violation of its airspace, the Foreign Ministry said.")),
        dip("phone_call", ["Romania", "Ukraine"], None, "held",
            "Foreign ministers Oana Toiu and Andrii Sybiha discussed the incident",
            ev("Romanian Foreign Minister Oana Țoiu discussed the incident with her Ukrainian counterpart, Andrii Sybiha, by phone, both ministries said.")),
    ])


CLUSTERS = [
    ("lviv-plant-night", "Russian missile on Lviv's heating plant, night of 21-22 October 2026",
     [("d01_wire_lviv_heating_plant", "attack", 0), ("d02_broadcaster_lviv_kallas", "attack", 0)]),
    ("ukraine-night-1022", "Russia's nationwide drone and missile attack, night of 21-22 October 2026",
     [("d01_wire_lviv_heating_plant", "attack", 1), ("d02_broadcaster_lviv_kallas", "attack", 1)]),
    ("swap-0911", "Ukraine-Russia exchange of 146 prisoners each, UAE-mediated, 11 September 2026",
     [("d04_record_istanbul_swap", "diplomacy", 0), ("d05_agency_defenders_home", "diplomacy", 0)]),
    ("istanbul-round-0909", "Ukraine-Russia talks in Istanbul, 9 September 2026",
     [("d04_record_istanbul_swap", "diplomacy", 1), ("d05_agency_defenders_home", "diplomacy", 1)]),
    ("izmail-night-0714", "Russian drones on Izmail's port, night of 13-14 July 2026",
     [("d08_liveblog_kyiv_stubb", "attack", 2), ("d12_uswire_izmail_danube", "attack", 0)]),
    ("kyiv-missile-0714", "Russian ballistic missile on a Kyiv residential building, night of 13-14 July 2026",
     [("d08_liveblog_kyiv_stubb", "attack", 0), ("d12_uswire_izmail_danube", "attack", 2)]),
    ("ukraine-night-0714", "Russia's nationwide missile and drone attack, night of 13-14 July 2026",
     [("d08_liveblog_kyiv_stubb", "attack", 1), ("d12_uswire_izmail_danube", "attack", 3)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Events told in two articles of dev25 (codebook: same place, night or day, attacker and kind of "
                    "activity). The Istanbul round is optional in d05 (background).",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV25 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV25, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
