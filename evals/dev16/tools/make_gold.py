"""Write evals/dev16/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script), and evals/dev16/gold/clusters.json.

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md (as clarified on 1 December 2026: explicit zeros are coded 0, stances are no
events, hosts and mediators are participants, a called-off event is dated by its planned day).
Re-running this script overwrites the gold files: edit labels here, not there. The helpers come
through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV16 = ROOT / "evals" / "dev16"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- w01
N1112 = night("2026-11-11", "2026-11-12", "overnight")
GOLD["w01_wire_kyiv_leftbank_toll"] = dict(
    notes="Wire story (Thursday 12 November): drones and cruise missiles on Kyiv overnight ('at least four' killed in "
          "the lead: the count; 'seven' by late afternoon: evidence only; 19 wounded 'among them three children'); "
          "the night's nationwide figures (438 drones / 401 down; '27 missiles' split into '19 of them Kh-101 cruise "
          "missiles and eight Iskander-M ballistic missiles' is a combined total of type other, 27 / 21, with its own "
          "cruise and ballistic entries); a drone on a warehouse in Bila Tserkva (no date words of its own: the "
          "lead's night; 'Nobody was hurt there': injured 0); the Zelenskiy-Frederiksen call 'on Thursday morning'; "
          "Zelenskiy's talks with Merz in Berlin 'next week' (planned). Not coded: Russia's ministry's claim (the same "
          "night, no place or figure of its own), 'stepped up attacks ... since the autumn' (no count, no place), "
          "the request for interceptor funding (a demand).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N1112,
               [{"type": "drone"}, {"type": "cruise_missile"}],
               ev("KYIV, Nov 12 (Northgate) - Russia pounded Kyiv with drones and cruise missiles overnight, leaving at least four people dead and 19 wounded, among them three children, city officials said on Thursday, as rescuers dug through the wreckage of an apartment block on the capital's left bank.",
                  "In the Darnytskyi district a nine-storey block lost a whole section of its upper floors, and a supermarket and a kindergarten nearby were left without windows.",
                  "Late in the afternoon the toll stood at seven, Tkachenko wrote on Telegram, after emergency crews recovered three more bodies from the ruined block."),
               killed=cnt(4, "at least four people", "at_least"), injured=cnt(19, "19"),
               children_injured=cnt(3, "three children"),
               damage=["apartment block", "supermarket", "kindergarten"], reported_by=["Tymur Tkachenko"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1112,
               [{"type": "drone", "launched": cnt(438, "438"), "intercepted": cnt(401, "401")},
                {"type": "other", "model": "missiles", "launched": cnt(27, "27"), "intercepted": cnt(21, "21")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(19, "19")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(8, "eight")}],
               ev("Figures from Ukraine's air force put the attack at 438 drones and 27 missiles, 19 of them Kh-101 cruise missiles and eight Iskander-M ballistic missiles.",
                  "Air defence units destroyed 401 drones and 21 missiles, the force said in its morning statement."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bila Tserkva", "Kyiv", "Ukraine")], N1112,
               [{"type": "drone"}],
               ev("South of the capital, a drone slammed into a warehouse on the outskirts of Bila Tserkva, Mykola Kalashnyk, governor of the surrounding Kyiv region, said.",
                  "Nobody was hurt there, he added."),
               injured=cnt(0, "Nobody was hurt"), damage=["warehouse"], reported_by=["Mykola Kalashnyk"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Denmark"], day("2026-11-12", "on Thursday morning"), "held",
            "Zelenskiy told Danish Prime Minister Mette Frederiksen about the night's damage and asked for faster interceptor-drone funding",
            ev("President Volodymyr Zelenskiy said he had described the night's damage to Danish Prime Minister Mette Frederiksen in a telephone conversation on Thursday morning and asked Copenhagen to speed up funding for interceptor drones.")),
        dip("talks", ["Ukraine", "Germany"], week("2026-11-16", "2026-11-22", "next week"), "planned",
            "Zelenskiy to hold talks with Chancellor Friedrich Merz in Berlin",
            ev("Zelenskiy is due in Berlin next week for talks with Chancellor Friedrich Merz, his office said."),
            location=loc("Berlin", None, "Germany")),
    ])

# --------------------------------------------------------------------------- w02
N1112B = night("2026-11-11", "2026-11-12", "overnight on Nov. 12")
GOLD["w02_kyivoutlet_kyiv_all_but"] = dict(
    notes="Kyiv English-language outlet (Thursday 12 November), the same night as w01 told later in the day: Kyiv "
          "'overnight on Nov. 12' (six killed, 'including a 12-year-old girl'; 24 injured, 'five of them children'); "
          "the Air Force's total '465 aerial weapons' (combined figure of type other) split into 438 attack drones, "
          "19 Kh-101 and eight Iskander-M, with 'all but 43 of them' shot down or suppressed (intercepted 422 on the "
          "combined figure: a figure the reader computes, debatable); the Zelensky-Frederiksen call 'on the morning "
          "of Nov. 12'. Not coded: Sybiha's call for tighter oil sanctions (a demand), 'In October alone ... more than "
          "5,300 drones' (a monthly aggregate), 'repeatedly targeted ... since February 2022' "
          "(background, no count or date).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N1112B,
               [{"type": "drone"}, {"type": "missile"}],
               ev("Russia struck Kyiv with a mass drone and missile attack overnight on Nov. 12, killing six people, one of them a 12-year-old girl, and injuring 24 others, five of them children, the city authorities reported.",
                  "The heaviest damage was in the Darnytskyi district on the left bank, where a missile tore through a residential high-rise."),
               killed=cnt(6, "six people"), children_killed=cnt(1, "a 12-year-old girl"),
               injured=cnt(24, "24 others"), children_injured=cnt(5, "five of them children"),
               damage=["residential high-rise"], reported_by=["Kyiv city authorities"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1112B,
               [{"type": "other", "model": "aerial weapons", "launched": cnt(465, "465"), "intercepted": cnt(422, "all but 43")},
                {"type": "drone", "launched": cnt(438, "438")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(19, "19")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(8, "eight")}],
               ev("In total, Russia launched 465 aerial weapons against Ukraine in the attack: 438 attack drones, 19 Kh-101 cruise missiles and eight Iskander-M ballistic missiles, the Air Force reported.",
                  "Ukrainian forces shot down or suppressed all but 43 of them."),
               reported_by=["Ukraine's Air Force"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Denmark"], day("2026-11-12", "on the morning of Nov. 12"), "held",
            "Zelensky and Danish Prime Minister Mette Frederiksen discussed the attack and Danish funding of interceptor drones",
            ev("President Volodymyr Zelensky said he had spoken with Danish Prime Minister Mette Frederiksen on the morning of Nov. 12 about the attack and about Denmark's financing of Ukrainian-made interceptor drones.")),
    ])

# --------------------------------------------------------------------------- w03
GOLD["w03_uswire_odesa_second_night"] = dict(
    notes="US wire (Tuesday 17 November), dateline Odesa: two strikes on Odesa on consecutive nights, two records: "
          "drones 'shortly before 2 a.m. Tuesday' (five wounded, 'including a 16-year-old boy'; warehouse, apartment "
          "building) and missiles and drones 'on Sunday night' (two killed; 'three Iskander-M ballistic missiles were "
          "fired at Odesa ... none of them was shot down': launched 3, intercepted 0 on the city record, the figures "
          "being clearly for that place); the air force's '86 Shahed and decoy drones' / 64 'overnight into Tuesday' "
          "(combined figure of type other plus drone and decoy entries); the Dutch aid package announced 'Tuesday' "
          "(military aid, held). Not coded: 'repeated fire this autumn' (no count or date), Zelenskyy's appeal, "
          "Russia's ministry's claim about the Odesa region (the same nights, no figure).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               day("2026-11-17", "shortly before 2 a.m. Tuesday"), [{"type": "drone"}],
               ev("ODESA, Ukraine (CP) — Russian drones hit Odesa for a second consecutive night, setting a port warehouse on fire and wounding five people, including a 16-year-old boy, Ukrainian officials said Tuesday.",
                  "The drones came in from the sea shortly before 2 a.m. Tuesday, Oleh Kiper, the governor of the Odesa region, said on Telegram.",
                  "Debris from another drone damaged a five-story apartment building and several parked cars in the Kyivskyi district."),
               injured=cnt(5, "five people"), children_injured=cnt(1, "a 16-year-old boy"),
               damage=["port warehouse", "apartment building", "parked cars"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-11-15", "2026-11-16", "on Sunday night"),
               [{"type": "drone"}, {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(3, "three"),
                                     "intercepted": cnt(0, "none of them")}],
               ev("The strike followed a heavier attack on Sunday night, when Russia hit the city's port area with missiles and drones, killing two people and damaging a grain carrier flying the Panamanian flag.",
                  "Ukraine's air force said three Iskander-M ballistic missiles were fired at Odesa in that attack, and none of them was shot down."),
               killed=cnt(2, "two people"), damage=["grain carrier"], reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-11-16", "2026-11-17", "overnight into Tuesday"),
               [{"type": "other", "model": "Shahed and decoy drones", "launched": cnt(86, "86"), "intercepted": cnt(64, "64")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"}],
               ev("Across Ukraine, Russia sent 86 Shahed and decoy drones overnight into Tuesday, and 64 of them were downed or jammed, according to the air force."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("military_aid", ["Netherlands", "Ukraine"], day("2026-11-17", "Tuesday"), "held",
            "Dutch package of EUR 250m in air defence ammunition and long-range drones announced by Ruben Brekelmans",
            ev("In Kyiv, President Volodymyr Zelenskyy thanked the Netherlands for a new package of military aid that Dutch Defense Minister Ruben Brekelmans announced Tuesday in The Hague.",
               "The Netherlands will send Ukraine 250 million euros ($290 million) worth of air defense ammunition and long-range drones, Brekelmans told reporters, with the first deliveries expected before the end of the year.")),
    ])

# --------------------------------------------------------------------------- w04
N1024 = night("2026-10-23", "2026-10-24", "in the course of the night")
N1024K = night("2026-10-23", "2026-10-24", "during the night")
W04_MOD = "The ministry said 47 of them fell over the Bryansk region, with the rest downed above the Kursk, Oryol, Kaluga and Tula regions."
GOLD["w04_russianwire_kharkov_uavs"] = dict(
    notes="Russian state wire in English (Saturday 24 October), dateline Moscow (a speaker, not attacked; 'Moscow "
          "said' likewise): the ministry's 112 Ukrainian UAVs shot down 'in the course of the night' (country record Russia, "
          "intercepted 112); debris on a house in Polotnyany Zavod, Kaluga region ('No one was injured': injured 0); "
          "drones on an energy facility in Kharkov 'during the night' (Russian spelling kept; three injured); Lavrov-Wang "
          "talks in Beijing 'on October 29' (planned). Optional: the Bryansk region share (47) and the other four "
          "regions listed in aggregate (no count); Russia's 'massive strike' on unnamed Ukrainian energy facilities "
          "(a country record with no place or figure). Not coded: Peskov's 'still preferred to reach its goals by political and diplomatic means' (stance), the "
          "'tens of thousands' since the start of the operation (aggregate).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1024,
               [{"type": "drone", "intercepted": cnt(112, "112")}],
               ev("MOSCOW, October 24. /Vestnik/. Russian air defence crews shot down 112 Ukrainian unmanned aerial vehicles above several Russian regions in the course of the night, the Russian Defence Ministry reported on Saturday."),
               reported_by=["Russian Defence Ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk Oblast", "Russia", "region")], N1024,
                   [{"type": "drone", "intercepted": cnt(47, "47")}], ev(W04_MOD),
                   reported_by=["Russian Defence Ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike",
                   [loc("Kursk", "Kursk Oblast", "Russia", "region"), loc("Oryol", "Oryol Oblast", "Russia", "region"),
                    loc("Kaluga", "Kaluga Oblast", "Russia", "region"), loc("Tula", "Tula Oblast", "Russia", "region")],
                   N1024, [{"type": "drone"}], ev(W04_MOD), reported_by=["Russian Defence Ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Polotnyany Zavod", "Kaluga Oblast", "Russia")], N1024,
               [{"type": "drone"}],
               ev("In the Kaluga region, fragments of a downed drone fell on the yard of a private home in Polotnyany Zavod, regional governor Vladislav Shapsha said.",
                  "\"No one was injured. The roof and windows of the house were damaged,\" he wrote."),
               injured=cnt(0, "No one was injured"), damage=["private house"], reported_by=["Vladislav Shapsha"]),
        opt(attack("Russia", "Ukraine", "other", [UA], night("2026-10-23", "2026-10-24", "overnight"),
                   [],
                   ev("The Defence Ministry also reported that the Russian armed forces had delivered a massive strike overnight with long-range precision weapons against energy facilities that supply enterprises of the Ukrainian military-industrial complex."),
                   reported_by=["Russian Defence Ministry"])),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkov", "Kharkiv", "Ukraine")], N1024K,
               [{"type": "drone"}],
               ev("In Kharkov, a series of explosions rang out during the night, after which part of the city was left without electricity, Kharkov Mayor Igor Terekhov said on his Telegram channel.",
                  "He said that drones had hit an energy infrastructure facility in the city's Kholodnogorsky district.",
                  "Terekhov said that three people were injured."),
               injured=cnt(3, "three people"), damage=["energy infrastructure facility"], reported_by=["Igor Terekhov"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "China"], day("2026-10-29", "on October 29"), "planned",
            "Sergei Lavrov to hold talks with Wang Yi in Beijing on Ukraine, the UN and high-level contacts",
            ev("Sergei Lavrov is to travel to Beijing on October 29 to confer with China's Foreign Minister Wang Yi, Foreign Ministry spokeswoman Maria Zakharova announced at her weekly briefing."),
            location=loc("Beijing", None, "China")),
    ])

# --------------------------------------------------------------------------- w05
N1102 = night("2026-11-01", "2026-11-02", "overnight")
GOLD["w05_britishbroadcaster_syzran_refinery"] = dict(
    notes="British broadcaster (Monday 2 November): Ukrainian drones on the Syzran refinery overnight (two workers "
          "injured; the governor and Ukraine's General Staff); Russia's ministry's 'Seventy-three' drones over nine "
          "regions (country record Russia, a number in words); a drone on a car near Shebekino 'on Sunday afternoon' "
          "(the driver killed, a passenger wounded); Russia's 96 drones / 70 'Overnight into Monday' (country record "
          "Ukraine) and the strike on an energy facility in the Chernihiv region (region record; the weapon from the "
          "sentence before); Witkoff expected in Moscow 'later this week' to meet Putin (talks, planned: an envoy's "
          "meeting with a head of state; a backend could call it a visit). Not coded: 'Moscow said ... would not "
          "change its position' (a speaker city), Peskov's 'ready to continue' (stance), 'has been targeted before' "
          "and 'rolling blackouts ... since October' (no count, no place or date), Zelensky's address.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Syzran", "Samara Oblast", "Russia")], N1102,
               [{"type": "drone"}],
               ev("A large fire broke out at a refinery in Syzran, a Volga city in Russia's Samara region, after an overnight Ukrainian drone attack, the regional governor has said.",
                  "Two workers were injured and taken to hospital, Samara region governor Vyacheslav Fedorishchev wrote on Telegram early on Monday.",
                  "Ukraine's General Staff confirmed later in the day that its long-range drones had hit the Syzran refinery, describing it as one of the facilities that supply fuel to Russian troops fighting in Ukraine."),
               injured=cnt(2, "Two workers"), damage=["oil refinery"],
               reported_by=["Vyacheslav Fedorishchev", "Ukraine's General Staff"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1102,
               [{"type": "drone", "intercepted": cnt(73, "Seventy-three")}],
               ev("Seventy-three Ukrainian drones were shot down over nine Russian regions overnight, according to Russia's defence ministry, which did not mention the refinery."),
               reported_by=["Russia's defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod Oblast", "Russia")],
               day("2026-11-01", "on Sunday afternoon"), [{"type": "drone"}],
               ev("Separately, the governor of Russia's Belgorod region reported that a Ukrainian drone had slammed into a car close to the border town of Shebekino on Sunday afternoon, killing the driver and wounding a passenger."),
               killed=cnt(1, "the driver"), injured=cnt(1, "a passenger"), damage=["car"],
               reported_by=["Belgorod region governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-11-01", "2026-11-02", "Overnight into Monday"),
               [{"type": "drone", "launched": cnt(96, "96"), "intercepted": cnt(70, "70")}],
               ev("Overnight into Monday, Russia launched 96 drones at Ukraine, 70 of which were intercepted, Ukraine's air force said."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chernihiv", "Chernihiv", "Ukraine", "region")],
               night("2026-11-01", "2026-11-02", "Overnight into Monday"), [{"type": "drone"}],
               ev("A strike on an energy facility in the northern Chernihiv region left about 30,000 homes without power, the regional authorities said."),
               damage=["energy facility"], reported_by=["Chernihiv regional authorities"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Russia"], week("2026-11-02", "2026-11-08", "later this week"), "planned",
            "US special envoy Steve Witkoff expected in Moscow to meet Vladimir Putin",
            ev("The Kremlin also confirmed that US special envoy Steve Witkoff was expected in Moscow later this week to meet President Vladimir Putin."),
            location=loc("Moscow", None, "Russia")),
    ])

# --------------------------------------------------------------------------- w06
GOLD["w06_usdaily_nikopol_dateline_dnipro"] = dict(
    notes="US daily (Friday 20 November), dateline Dnipro (not attacked: the refugees' city): artillery on Nikopol 'on "
          "Thursday' (two men killed; six others injured, 'among them a boy of 11'); a drone on a utility truck in "
          "Marhanets 'Hours later' (three workers wounded: its own record, another town); Grossi's meeting with "
          "Rosatom's Likhachev in Moscow 'On Wednesday' (talks, IAEA and Russia; kind debatable: meeting). Not "
          "coded: 'more than 1,100 times in October' and 'over 60 civilians ... since February 2022' (aggregates), "
          "'almost every day' (generic), the Energy Ministry's criticism and Grossi's 'will keep talking' (statements), "
          "'the shelling ... came from the area of Enerhodar' (the firing position, not a target).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-19", "on Thursday"), [{"type": "artillery"}],
               ev("DNIPRO, Ukraine — Russian artillery shelled the Ukrainian river town of Nikopol on Thursday, killing two men and injuring six other people, among them a boy of 11, regional officials said, in one of the deadliest days for the town this autumn.",
                  "The shells landed in the late morning near a bus station and a row of private houses, Vladyslav Haivanenko, the head of the Dnipropetrovsk regional administration, said on Telegram."),
               killed=cnt(2, "two men"), injured=cnt(6, "six other people"), children_injured=cnt(1, "a boy of 11"),
               damage=["bus", "private houses"], reported_by=["Vladyslav Haivanenko"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Marhanets", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-19", "Hours later"), [{"type": "drone"}],
               ev("Hours later, a Russian drone released a bomb onto a municipal utility truck in the neighboring town of Marhanets, wounding three workers, Haivanenko said."),
               injured=cnt(3, "three workers"), damage=["utility truck"], reported_by=["Vladyslav Haivanenko"]),
    ],
    diplomacy=[
        dip("talks", ["International Atomic Energy Agency", "Russia"], day("2026-11-18", "On Wednesday"), "held",
            "IAEA chief Rafael Grossi met Rosatom head Alexei Likhachev on the safety of the Zaporizhzhia plant's power lines",
            ev("On Wednesday, the agency's director general, Rafael Grossi, sat down in Moscow with Alexei Likhachev, who runs Rosatom, to discuss the safety of the plant's power lines, the agency said in a statement."),
            location=loc("Moscow", None, "Russia")),
    ])

# --------------------------------------------------------------------------- w07
GOLD["w07_frenchwire_ankara_call_istanbul"] = dict(
    notes="French wire (Wednesday 28 October), dateline Ankara, sides named through roles ('The Turkish president', "
          "'the Kremlin', 'Ukraine's foreign minister'): the Erdogan-Putin call 'on Tuesday' (held); Sybiha's talks "
          "with Fidan in Ankara 'On Wednesday' (held); Fidan's proposal of Istanbul talks 'in November' sent to "
          "Moscow (proposed: put to both sides, Turkey a participant as host); drones on port facilities in Izmail "
          "overnight (two truck drivers injured); the air force's 64 drones / 51 'during the night'. Optional: the "
          "first direct talks Turkey hosted after the invasion (background, no date) and 'have not met face to face "
          "for more than a year' (stalled). Not coded: 'stands ready to do its part' / 'prepared to host' in the "
          "call (stance: the put-forward offer is Fidan's), Sybiha's 'open to whatever format', Peskov's 'study "
          "carefully', 'several prisoner swaps' (no count or date), Turkey's refusal to join sanctions.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               night("2026-10-27", "2026-10-28", "overnight"), [{"type": "drone"}],
               ev("Hours before the Ankara meeting, Russian drones struck port facilities in the Danube river town of Izmail overnight, injuring two truck drivers, the Odesa regional governor said.",
                  "A grain silo and several trucks caught fire."),
               injured=cnt(2, "two truck drivers"), damage=["port facilities", "grain silo", "trucks"],
               reported_by=["Odesa regional governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-10-27", "2026-10-28", "during the night"),
               [{"type": "drone", "launched": cnt(64, "64"), "intercepted": cnt(51, "51")}],
               ev("Russia had sent 64 drones against Ukraine during the night, of which 51 were destroyed, the Ukrainian air force reported."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("phone_call", ["Turkey", "Russia"], day("2026-10-27", "on Tuesday"), "held",
            "Recep Tayyip Erdogan and Vladimir Putin discussed a Ukraine settlement, gas supplies and the Akkuyu plant",
            ev("ANKARA (AEM) - The Turkish president told Vladimir Putin in a phone call on Tuesday that Ankara was prepared to host a new round of direct Russia-Ukraine negotiations in Istanbul, his office said, as Ukraine's foreign minister held talks in the Turkish capital on Wednesday.",
               "The Kremlin, in its own readout, said the two leaders had discussed \"the Ukrainian settlement\" as well as gas supplies and the construction of the Akkuyu nuclear power plant that Russia is building on Turkey's Mediterranean coast.")),
        dip("talks", ["Ukraine", "Turkey"], day("2026-10-28", "On Wednesday"), "held",
            "Foreign ministers Andrii Sybiha and Hakan Fidan met in Ankara",
            ev("On Wednesday, Ukrainian Foreign Minister Andrii Sybiha met his Turkish counterpart Hakan Fidan in Ankara."),
            location=loc("Ankara", None, "Turkey")),
        dip("talks", ["Turkey", "Ukraine", "Russia"], month("2026-11-01", "2026-11-30", "in November"), "proposed",
            "Turkey proposed Ukrainian-Russian delegation talks in Istanbul in November, an offer also sent to Moscow",
            ev("According to a Turkish diplomatic source, Fidan formally put forward a proposal for talks in Istanbul between Ukrainian and Russian delegations in November, an offer the source said had been sent to Moscow the same day."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["Turkey", "Russia", "Ukraine"], None, "held",
            "The first direct Russia-Ukraine talks after the full-scale invasion, hosted by Turkey",
            ev("Turkey, a NATO member that has kept working ties with both Moscow and Kyiv, hosted the first direct talks between the warring sides after Russia's full-scale invasion, and has since brokered several prisoner swaps."),
            optional=True),
        dip("talks", ["Russia", "Ukraine"], None, "stalled",
            "Russian and Ukrainian delegations have not met face to face for more than a year",
            ev("The two delegations have not met face to face for more than a year, and Russia's invasion, now in its fifth year, shows no sign of ending."),
            optional=True),
    ])

# --------------------------------------------------------------------------- w08
GOLD["w08_brusselsoutlet_sanctions_package_envoy"] = dict(
    notes="Brussels outlet (Friday 6 November): the EU's 22nd package approved 'on Thursday' (sanctions, held); the "
          "Commission's steel-slab ban 'proposed' 'on Thursday' (sanctions, proposed); a missile attack on energy "
          "facilities near Lviv 'early on Thursday' (one injured); Germany's EUR 1.4bn air defence package 'on "
          "Thursday' (military aid, held); Poland's summons of Russia's charge d'affaires 'on Wednesday' (protest). "
          "Not coded: Sybiha's urging to sanction Rosatom (a demand: merely urged), Hungary's past blocking (no "
          "event), Fico's 'open to discussing' (stance), 'begun work on a 23rd set' (no event yet), the drone that "
          "crashed near Biala Podlaska (an airspace violation, no attack on a place), the 2,500 listings since 2022 "
          "(aggregate).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Lviv", "Lviv", "Ukraine")], day("2026-11-05", "early on Thursday"),
               [{"type": "missile"}],
               ev("The meeting came hours after a Russian missile attack on energy facilities near Lviv early on Thursday.",
                  "Mayor Andriy Sadovyi said a heating plant on the city's southern edge was damaged and that one person was injured."),
               injured=cnt(1, "one person"), damage=["heating plant"], reported_by=["Andriy Sadovyi"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-11-05", "on Thursday"), "held",
            "The EU's 22nd package: 63 shadow-fleet vessels, four banks cut off, export bans on machine tools and chemicals",
            ev("BRUSSELS - European Union foreign ministers signed off on the 22nd package of EU sanctions on Russia on Thursday, adding 63 vessels of Moscow's shadow fleet to those denied entry to EU ports and cutting four more Russian banks off from European payment systems."),
            location=loc("Brussels", None, "Belgium")),
        dip("sanctions", ["European Union", "Russia"], day("2026-11-05", "on Thursday"), "proposed",
            "The European Commission proposed a ban on imports of Russian steel slabs",
            ev("In a separate move, the European Commission on Thursday tabled a proposal to ban all imports of Russian steel slabs, a product that still reaches European mills under a transition period.")),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-11-05", "on Thursday"), "held",
            "Germany's EUR 1.4bn air defence package: two IRIS-T systems and Patriot missiles",
            ev("Germany on Thursday also announced a new air defence package worth about 1.4 billion euros, including two IRIS-T systems and missiles for Patriot launchers already in Ukraine, Boris Pistorius, the defence minister, told reporters in Berlin.")),
        dip("diplomatic_protest", ["Poland", "Russia"], day("2026-11-04", "on Wednesday"), "held",
            "Poland summoned Russia's charge d'affaires over a drone that entered Polish airspace from Belarus",
            ev("Poland, meanwhile, on Wednesday summoned Moscow's chargé d'affaires after a Russian drone flew about 30 kilometres into Polish airspace from Belarus before crashing in a forest near the town of Biała Podlaska.")),
    ])

# --------------------------------------------------------------------------- w09
N1128 = night("2026-11-27", "2026-11-28", "On the night of 27-28 November")
GOLD["w09_ukrainianoutlet_exchange_sumy"] = dict(
    notes="Ukrainian online outlet in English (Saturday 28 November): the exchange of 210 for the same number of "
          "Russian servicemen announced 'on Saturday, 28 November', mediated by the UAE (a participant); Shahed "
          "drones on Sumy 'On the night of 27-28 November' (two injured, 'including a 10-year-old boy'); the Air "
          "Force's 103 UAVs / 88 'that night' (Shahed and Gerbera mixed: a combined total, `other`, with drone and "
          "decoy_drone entries, rule 9; corrected 2 December 2026: first coded `drone`) ('15 drones hit targets in "
          "six locations' are hits, not launches); "
          "artillery on Bilopillia 'During the day on 28 November' ('An elderly woman' killed). Optional: the "
          "previous exchange 'in early October' (background, 185 returned). Not coded: the 72nd exchange and 'more "
          "than 6,000' freed (aggregates), Lubinets's 'all for all' demand and the lists handed over (no date, "
          "procedural), 'preparations for another swap were continuing' (no event yet).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")], N1128,
               [{"type": "drone", "model": "Shahed"}],
               ev("On the night of 27-28 November, Russia attacked Sumy with Shahed drones, the Sumy Oblast Military Administration reported.",
                  "Two people were injured, including a 10-year-old boy, and a private house and a shop in the Zarichnyi district were damaged."),
               injured=cnt(2, "Two people"), children_injured=cnt(1, "a 10-year-old boy"),
               damage=["private house", "shop"], reported_by=["Sumy Oblast Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-11-27", "2026-11-28", "that night"),
               [{"type": "other", "model": "Shahed, Gerbera and other types",
                 "launched": cnt(103, "103"), "intercepted": cnt(88, "88")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone", "model": "Gerbera"}],
               ev("In total, Russia attacked Ukraine that night with 103 strike UAVs of the Shahed, Gerbera and other types, the Air Force said.",
                  "Of these, 88 were neutralised; 15 drones hit targets in six locations."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Bilopillia", "Sumy", "Ukraine")],
               day("2026-11-28", "During the day on 28 November"), [{"type": "artillery"}],
               ev("During the day on 28 November, Russian troops shelled the town of Bilopillia in the Sumy Oblast with artillery.",
                  "An elderly woman was killed, the military administration said."),
               killed=cnt(1, "An elderly woman"), reported_by=["Sumy Oblast Military Administration"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-11-28", "on Saturday, 28 November"), "held",
            "210 Ukrainian soldiers and civilians exchanged for the same number of Russian servicemen, mediated by the UAE",
            ev("Ukraine has brought home 210 of its defenders from Russian captivity, President Volodymyr Zelensky announced on Saturday, 28 November.",
               "Russia received the same number of its servicemen in return, the Russian Ministry of Defence said.",
               "The United Arab Emirates acted as mediator, the Coordination Headquarters added, thanking Abu Dhabi for its help.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], month("2026-10-01", "2026-10-31", "in early October"), "held",
            "The previous exchange, when 185 Ukrainians returned home",
            ev("The previous exchange took place in early October, when 185 Ukrainians returned home."),
            optional=True),
    ])

# --------------------------------------------------------------------------- w10
GOLD["w10_usbroadcaster_abudhabi_called_off"] = dict(
    notes="US broadcaster's website (Thursday 26 November): Russia-Ukraine military talks in Abu Dhabi 'on Friday' "
          "called off (cancelled, dated by the planned Friday; the Emirati hosts a participant); US-Ukrainian talks "
          "in Miami 'on Sunday' (held); Witkoff and Kushner expected in Moscow 'next week' (talks, planned); the "
          "national security advisers of France, Germany, the UK and Ukraine in London 'on Monday' (talks, planned); "
          "a drone on a minibus in Kherson 'on Thursday morning' (the driver killed, four passengers injured); "
          "Russia's one ballistic missile and 72 drones 'Overnight' (58 drones down). Not coded: the energy "
          "ceasefire 'both sides have said they would consider' and Zelenskyy's 'ready to sit down with Putin' and Putin's "
          "'open to a meeting' (stances), the toll of the invasion (aggregate).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kherson", "Kherson", "Ukraine")], day("2026-11-26", "on Thursday morning"),
               [{"type": "drone"}],
               ev("In the southern city of Kherson, a Russian drone attacked a minibus with explosives on Thursday morning, killing the driver and injuring four passengers, according to the regional military administration."),
               killed=cnt(1, "the driver"), injured=cnt(4, "four passengers"), damage=["minibus"],
               reported_by=["Kherson regional military administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-25", "2026-11-26", "Overnight"),
               [{"type": "ballistic_missile", "launched": cnt(1, "one")},
                {"type": "drone", "launched": cnt(72, "72"), "intercepted": cnt(58, "58")}],
               ev("Overnight, Russia launched one ballistic missile and 72 drones at Ukraine; 58 of the drones were shot down, according to the Ukrainian air force."),
               reported_by=["Ukrainian air force"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "United Arab Emirates"], day("2026-11-27", "on Friday"), "cancelled",
            "Russian-Ukrainian military talks in Abu Dhabi on an energy-strike ceasefire, called off when Moscow's delegation would not travel",
            ev("Talks between Russian and Ukrainian military delegations that were set to take place in Abu Dhabi on Friday have been called off, officials from both countries confirmed Thursday, dealing a setback to the Trump administration's latest push to end the war.",
               "A Ukrainian official familiar with the preparations told CEN that Moscow had informed the Emirati hosts on Wednesday evening that its delegation would not travel."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
        dip("talks", ["United States", "Ukraine"], day("2026-11-22", "on Sunday"), "held",
            "US and Ukrainian negotiators (Marco Rubio, Rustem Umerov) reviewed a revised US peace framework in Miami",
            ev("The collapse of the meeting came four days after U.S. and Ukrainian negotiators met in Miami on Sunday to go over a revised version of the American peace framework."),
            location=loc("Miami", None, "United States")),
        dip("talks", ["United States", "Russia"], week("2026-11-30", "2026-12-06", "next week"), "planned",
            "Steve Witkoff and Jared Kushner expected in Moscow to present the revised draft to Vladimir Putin",
            ev("Special envoy Steve Witkoff and Jared Kushner are expected to travel to Moscow next week to present the revised draft to Russian President Vladimir Putin, according to two people familiar with the plans."),
            location=loc("Moscow", None, "Russia")),
        dip("talks", ["France", "Germany", "United Kingdom", "Ukraine"], day("2026-11-30", "on Monday"), "planned",
            "National security advisers of France, Germany and the UK to meet their Ukrainian counterpart in London",
            ev("The national security advisers of France, Germany and the United Kingdom will meet their Ukrainian counterpart in London on Monday, a British government spokesperson said."),
            location=loc("London", None, "United Kingdom")),
    ])

# --------------------------------------------------------------------------- w11, w12
GOLD["w11_exiledrussian_budget_rates_control"] = dict(
    notes="Exiled Russian outlet in English (Friday 30 October): the central bank's rate decision, inflation, the "
          "2027 draft budget's defence share, tax rises, a two-speed war economy, oil and gas revenues. No record at "
          "all: no attack on a place and day, no diplomatic event (a rate meeting and a Duma reading are domestic; "
          "'a possible peace settlement' is no event).",
    attacks=[], diplomacy=[])

N1009 = night("2026-10-08", "2026-10-09", "Later that night")
GOLD["w12_germanbroadcaster_zaporizhzhia_glidebombs"] = dict(
    notes="German broadcaster's English site (Friday 9 October): glide bombs on Zaporizhzhia 'on Thursday evening' "
          "(three killed, 'among them a teenage girl': children_killed 1; 14 wounded); the air force's 109 drones and "
          "three ballistic missiles 'Later that night' ('Eighty-four' drones down in words; 'air defenses failed to "
          "stop any of the missiles': intercepted 0); drones on a pipeline and a farm in the Pavlohrad district overnight ('no "
          "casualties': killed 0, injured 0); Pistorius's visit to Kyiv 'on Thursday' (visit, held) and the two "
          "Patriot systems he promised (military aid, held); Ukrainian shelling of Rylsk 'on Friday morning' ('No "
          "one was hurt': injured 0). Optional: Berlin's financing of long-range drone production (a second aid "
          "decision, no date of its own) and the joint drone production agreement 'in the coming weeks' (planned, "
          "kind agreement by rule 14, ruling of 2 December 2026; first coded `other`). Not coded: the glide-bomb explainer and 'growing frequency this year' (generic), the Taurus "
          "debate ('no decision had been taken').",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-10-08", "on Thursday evening"), [{"type": "glide_bomb"}],
               ev("Russian aircraft dropped guided aerial bombs on the southeastern Ukrainian city of Zaporizhzhia on Thursday evening, killing three people, among them a teenage girl, and wounding 14, regional authorities said.",
                  "The bombs struck a residential area and an industrial site in the city's Shevchenkivskyi district shortly before 8 p.m., according to Ivan Fedorov, head of the Zaporizhzhia regional military administration."),
               killed=cnt(3, "three people"), children_killed=cnt(1, "a teenage girl"), injured=cnt(14, "14"),
               damage=["private houses", "warehouse"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1009,
               [{"type": "drone", "launched": cnt(109, "109"), "intercepted": cnt(84, "Eighty-four")},
                {"type": "ballistic_missile", "launched": cnt(3, "three"), "intercepted": cnt(0, "failed to stop any of the missiles")}],
               ev("Later that night, Russia went on to launch 109 drones and three ballistic missiles across Ukraine, according to a Friday statement from the Ukrainian air force.",
                  "Eighty-four of the drones were shot down; air defenses failed to stop any of the missiles."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Pavlohrad district", "Dnipropetrovsk", "Ukraine", "district")],
               night("2026-10-08", "2026-10-09", "overnight"), [{"type": "drone"}],
               ev("In the Dnipropetrovsk region, drones damaged a gas pipeline and a farm in the Pavlohrad district overnight, the regional administration said, adding that there were no casualties."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"), damage=["gas pipeline", "farm"],
               reported_by=["Dnipropetrovsk regional administration"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Rylsk", "Kursk Oblast", "Russia")],
               day("2026-10-09", "on Friday morning"), [{"type": "artillery"}],
               ev("In Russia, the governor of the Kursk region said Ukrainian shelling had damaged power lines in the border town of Rylsk on Friday morning.",
                  "No one was hurt, he said."),
               injured=cnt(0, "No one was hurt"), damage=["power lines"], reported_by=["Kursk region governor"]),
    ],
    diplomacy=[
        dip("visit", ["Germany", "Ukraine"], day("2026-10-08", "on Thursday"), "held",
            "German Defence Minister Boris Pistorius's unannounced trip to Kyiv; he met Zelenskyy and Denys Shmyhal",
            ev("German Defense Minister Boris Pistorius traveled to Kyiv on Thursday, a trip kept secret until his arrival for security reasons.",
               "He met President Volodymyr Zelenskyy and Defense Minister Denys Shmyhal and promised that Germany would deliver two additional Patriot air defense systems to Ukraine before the year is out."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-10-08", "on Thursday"), "held",
            "Germany to deliver two more Patriot systems to Ukraine before the year is out",
            ev("He met President Volodymyr Zelenskyy and Defense Minister Denys Shmyhal and promised that Germany would deliver two additional Patriot air defense systems to Ukraine before the year is out.")),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-10-08", "on Thursday"), "held",
            "Berlin to finance production of long-range drones in Ukraine",
            ev("Berlin, he said, would also finance the production of long-range drones in Ukraine."),
            optional=True),
        dip("agreement", ["Ukraine", "Germany"], None, "planned",
            "An agreement on joint drone production to be signed in the coming weeks",
            ev("Zelenskyy thanked Germany and said the two countries would sign an agreement on joint drone production \"in the coming weeks.\""),
            optional=True),
    ])

# Same real-world event told by two articles (codebook, last section): w01 and w02 tell one Kyiv night.
CLUSTERS = [
    ("kyiv-2026-11-12", "Kyiv struck overnight 11-12 November 2026 (drones and missiles)",
     [("w01_wire_kyiv_leftbank_toll", "attack", 0), ("w02_kyivoutlet_kyiv_all_but", "attack", 0)]),
    ("ukraine-2026-11-12", "Russia's nationwide drone and missile attack of the night 11-12 November 2026",
     [("w01_wire_kyiv_leftbank_toll", "attack", 1), ("w02_kyivoutlet_kyiv_all_but", "attack", 1)]),
    ("call-ua-dk-2026-11-12", "Zelensky-Frederiksen phone call on the morning of 12 November 2026",
     [("w01_wire_kyiv_leftbank_toll", "diplomacy", 0), ("w02_kyivoutlet_kyiv_all_but", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Events told by more than one dev16 article. Near misses kept apart: w03's two Odesa nights "
                    "(different nights, one article), w05's and w04's country records on Russia (different nights).",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV16 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV16, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
