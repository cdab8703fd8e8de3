"""Write evals/dev21/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md (as clarified on 2 December 2026). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV21 = ROOT / "evals" / "dev21"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- i01
N1112 = night("2026-11-11", "2026-11-12", "overnight")
GOLD["i01_wire_ternopil_lviv_toll_rises"] = dict(
    notes="Agency flash plus write-through (Thursday 12 November 2026): drones and missiles on a Ternopil apartment "
          "block 'before dawn on Thursday' ('at least four' killed is the count; 'seven' by mid-afternoon is evidence "
          "only; 19 hurt 'including three children'; 'a boy of 10' among the dead is the only child-death "
          "figure, coded); cruise missiles on a Lviv power facility (no date words of its own: the night; 'Nobody in "
          "Lviv was killed or injured' coded 0 and 0); the air force's night: 476 drones / 438 down, '41 missiles' / 29 "
          "down split by 'eight Kinzhal' (combined figure of type other plus a ballistic entry with intercepted 0 from "
          "'none of which was intercepted'); Poland's summons of Russia's charge d'affaires 'on Thursday'; the "
          "Zelenskiy-Nawrocki call 'on Wednesday evening'. Not coded: 'months of attacks on Ukraine's power grid' and "
          "'for the second time this week' (no count, no place), Russia's ministry's claim (the same strike told by "
          "the attacker), the drone in Polish airspace (no attack on a place), 'thousands have been killed' "
          "(aggregate since 2022).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Ternopil", "Ternopil", "Ukraine")],
               day("2026-11-12", "before dawn on Thursday"), [{"type": "drone"}, {"type": "missile"}],
               ev("A Russian drone and missile attack tore through a nine-storey residential block in the western Ukrainian city of Ternopil before dawn on Thursday, killing at least four people, the regional governor said, as Moscow pounded energy sites across the country for the second time this week.",
                  "Governor Vyacheslav Nehoda said 19 people had been hurt in Ternopil, including three children, and that rescuers were still pulling rubble from the upper floors of the building.",
                  "By mid-afternoon the death toll stood at seven, the State Emergency Service said, a boy of 10 among them."),
               killed=cnt(4, "at least four people", "at_least"), injured=cnt(19, "19 people"),
               children_killed=cnt(1, "a boy of 10"), children_injured=cnt(3, "three children"),
               damage=["apartment block"], reported_by=["Vyacheslav Nehoda", "State Emergency Service"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Lviv", "Lviv", "Ukraine")], N1112,
               [{"type": "cruise_missile"}],
               ev("In Lviv, about 125 km (78 miles) to the west, cruise missiles struck a power facility at the southern edge of the city, Mayor Andriy Sadovyi said on Telegram.",
                  "Nobody in Lviv was killed or injured, Sadovyi added."),
               killed=cnt(0, "Nobody in Lviv was killed"), injured=cnt(0, "Nobody in Lviv was killed or injured"),
               damage=["power facility"], reported_by=["Andriy Sadovyi"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1112,
               [{"type": "drone", "launched": cnt(476, "476"), "intercepted": cnt(438, "438")},
                {"type": "other", "model": "missiles", "launched": cnt(41, "41"), "intercepted": cnt(29, "29")},
                {"type": "ballistic_missile", "model": "Kinzhal", "launched": cnt(8, "eight"),
                 "intercepted": cnt(0, "none of which was intercepted")}],
               ev("Russia fired 476 drones and 41 missiles overnight, Ukraine's air force said in its morning summary.",
                  "Of those, 438 drones and 29 missiles were shot down or jammed, it said.",
                  "The missiles included eight Kinzhal hypersonic missiles, none of which was intercepted, the statement said."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Poland", "Russia"], day("2026-11-12", "on Thursday"), "held",
            "Poland's foreign ministry summoned Russia's charge d'affaires over a drone in Polish airspace",
            ev("Poland scrambled fighter jets during the attack, and its foreign ministry summoned Russia's top diplomat in Warsaw, its charge d'affaires, on Thursday after what Warsaw said was a drone entering Polish airspace near Hrubieszow for several minutes.")),
        dip("phone_call", ["Ukraine", "Poland"], day("2026-11-11", "on Wednesday evening"), "held",
            "Zelenskiy and Karol Nawrocki discussed air defence deliveries and joint weapons production",
            ev("President Volodymyr Zelenskiy had spoken by phone with Polish President Karol Nawrocki on Wednesday evening, his office said, discussing air defence deliveries and a joint weapons production line.")),
    ])

# --------------------------------------------------------------------------- i02
GOLD["i02_broadsheet_frederiksen_kyiv_ternopil"] = dict(
    notes="Broadsheet, Kyiv dateline (Thursday 12 November 2026; Kyiv is not attacked: 'Kyiv itself was spared'): "
          "the same Ternopil strike as i01 told with this paper's figures ('killed seven people' in the lead; 'The dead numbered seven, two of them "
          "children, and 21 were wounded'; dated by 'shortly after 4am' on the lead's Thursday); the same night's "
          "national figures ('nearly 480 drones and decoys': combined figure of type other with drone and decoy "
          "entries; 'more than 40 missiles' with no split: missile); Frederiksen's visit to Kyiv on Thursday (visit, "
          "held; her sitting down with Zelenskyy is part of it); Denmark's 1.9bn kroner for interceptors (military "
          "aid, held: 'would put' announced as decided). Optional: her trip to Chernihiv 'on Friday' (planned, part "
          "of the same journey). Not coded: 'her fifth trip' (no dates), long-range drone financing 'under "
          "discussion' and 'ready for a ceasefire' (stances), the UN's civilian toll since 2022 (aggregate), the "
          "Danish model (explainer).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Ternopil", "Ternopil", "Ukraine")],
               day("2026-11-12", "shortly after 4am"), [{"type": "drone"}, {"type": "missile"}],
               ev("Mette Frederiksen stepped off the night train from Przemysl in Kyiv on Thursday morning, only hours after a Russian barrage had killed seven people in a block of flats in the western city of Ternopil, more than 400km away.",
                  "Regional officials said the missile and drone wave hit the building shortly after 4am.",
                  "The dead numbered seven, two of them children, and 21 were wounded, according to the emergency service, which brought in cranes from Lviv and Rivne to lift slabs off the stairwells."),
               killed=cnt(7, "killed seven people"), children_killed=cnt(2, "two of them children"),
               injured=cnt(21, "21"), damage=["block of flats"], reported_by=["emergency service"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA],
               night("2026-11-11", "2026-11-12", "only hours after a Russian barrage"),
               [{"type": "other", "model": "drones and decoys", "launched": cnt(480, "nearly 480", "about")},
                {"type": "drone"}, {"type": "decoy_drone"},
                {"type": "missile", "launched": cnt(40, "more than 40", "more_than")}],
               ev("Across the country, Russia sent nearly 480 drones and decoys and more than 40 missiles, Ukraine's air force said, the bulk of them aimed at power plants and substations."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("visit", ["Denmark", "Ukraine"], day("2026-11-12", "on Thursday"), "held",
            "Danish PM Mette Frederiksen visited Kyiv and met Zelenskyy",
            ev("Mette Frederiksen stepped off the night train from Przemysl in Kyiv on Thursday morning, only hours after a Russian barrage had killed seven people in a block of flats in the western city of Ternopil, more than 400km away.",
               "The Danish prime minister, on her fifth trip to Ukraine since the full-scale invasion, laid flowers at the wall of remembrance outside St Michael's monastery before sitting down with Volodymyr Zelenskyy and members of his government at the presidential office on Bankova Street."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["Denmark", "Ukraine"], day("2026-11-12", "Afterwards"), "held",
            "Denmark to put 1.9bn kroner into a fund buying air defence interceptors for Ukraine",
            ev("Afterwards she told reporters that Copenhagen would put 1.9bn kroner (about £220m) into a fund that buys air defence interceptors for Ukraine, with the first deliveries due before Christmas.")),
        dip("visit", ["Denmark", "Ukraine"], day("2026-11-13", "on Friday"), "planned",
            "Frederiksen due to travel on to Chernihiv to visit a school rebuilt with Danish money",
            ev("Frederiksen was due to travel on to Chernihiv on Friday to visit a school rebuilt with Danish money."),
            location=loc("Chernihiv", "Chernihiv", "Ukraine"), optional=True),
    ])

# --------------------------------------------------------------------------- i03
GOLD["i03_regional_odesa_two_nights_port"] = dict(
    notes="Regional Ukrainian outlet (Saturday 17 January 2026): two strikes on Odesa on consecutive nights, two "
          "records. 'on the night of 17 January' (16-17 January): drones on port warehouses, a silo and a house, "
          "five injured, 'a girl aged 11 and her brother, who is six' (children_injured 2); the Southern Defence "
          "Forces' '23 attack drones were shot down over the Odesa region overnight' put on the city record (the "
          "only place that night; debatable). 'just before midnight on Thursday' (15 January): drones and a "
          "ballistic missile, 'No one was hurt' (injured 0). Not coded: December's regional totals (a monthly "
          "aggregate, not one attack), 'almost nightly fire this winter' (no count, no night), grain-corridor "
          "tonnage, Fidan's 'stood ready to host fresh negotiations ... should both sides agree' (stance, nothing put to the sides).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-01-16", "2026-01-17", "on the night of 17 January"),
               [{"type": "drone", "intercepted": cnt(23, "23")}],
               ev("Russian drones struck Odesa again on the night of 17 January, a day after an earlier wave damaged the city's power network, regional governor Oleh Kiper said on Saturday morning.",
                  "Five people were injured. Among them are a girl aged 11 and her brother, who is six; flying glass cut both, and doctors at the children's hospital describe them as stable.",
                  "The Southern Defence Forces said separately that 23 attack drones were shot down over the Odesa region overnight."),
               injured=cnt(5, "Five people"), children_injured=cnt(2, "a girl aged 11 and her brother, who is six"),
               damage=["warehouses", "grain silo", "private house"], reported_by=["Oleh Kiper", "Southern Defence Forces"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")],
               day("2026-01-15", "just before midnight on Thursday"),
               [{"type": "drone"}, {"type": "ballistic_missile", "launched": cnt(1, "a ballistic missile")}],
               ev("The previous night, Russia had attacked Odesa with drones and a ballistic missile.",
                  "The strike, which came just before midnight on Thursday, knocked out power to about 60,000 households and damaged a trolleybus depot.",
                  "No one was hurt in that attack, the city military administration said."),
               injured=cnt(0, "No one was hurt"), damage=["power network", "trolleybus depot"],
               reported_by=["city military administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- i04
I04_MOD = ("The Defense Ministry in Moscow said air defenses had \"intercepted and destroyed\" 87 Ukrainian drones over "
           "11 regions overnight, 31 of them over the Volgograd region.")
N0203 = night("2026-02-02", "2026-02-03", "overnight")
GOLD["i04_russianindie_volgograd_refinery_lavrov_fidan"] = dict(
    notes="Russian independent outlet in English (Tuesday 3 February 2026): Ukrainian drones on the Volgograd refinery "
          "'early on Tuesday' ('There were no casualties': killed 0, injured 0); the ministry's 87 drones over 11 "
          "regions (country record Russia; 'Moscow' is the speaker's city, not a target); an FPV drone on a car in "
          "Murom 'on Monday afternoon' (the driver and 'his 15-year-old son': injured 2, children_injured 1); Lavrov "
          "receiving Fidan in Moscow 'on Monday' (officials' meeting: talks, held). Optional: the Volgograd region's "
          "share (31). Not coded: halts 'since last summer' and refinery strikes 'more than 150 times since January "
          "2024' (aggregates), Peskov's 'open to contacts' (stance), the gasoline export ban (domestic policy).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Volgograd", "Volgograd Oblast", "Russia")],
               day("2026-02-03", "early on Tuesday"), [{"type": "drone"}],
               ev("A fire broke out at the Lukoil refinery in Volgograd early on Tuesday after a Ukrainian drone attack, regional governor Andrei Bocharov said, the latest in a string of strikes on Russia's oil processing industry.",
                  "There were no casualties, he said."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["refinery"], reported_by=["Andrei Bocharov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0203,
               [{"type": "drone", "intercepted": cnt(87, "87")}], ev(I04_MOD),
               reported_by=["Russian Defense Ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Volgograd", "Volgograd Oblast", "Russia", "region")],
                   N0203, [{"type": "drone", "intercepted": cnt(31, "31")}], ev(I04_MOD),
                   reported_by=["Russian Defense Ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Murom", "Belgorod Oblast", "Russia")],
               day("2026-02-02", "on Monday afternoon"), [{"type": "drone", "model": "FPV"}],
               ev("In the Belgorod region, a Ukrainian FPV drone hit a car in the village of Murom on Monday afternoon, wounding the driver and his 15-year-old son, Governor Vyacheslav Gladkov said."),
               injured=cnt(2, "the driver and his 15-year-old son"), children_injured=cnt(1, "his 15-year-old son"),
               damage=["car"], reported_by=["Vyacheslav Gladkov"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Turkey"], day("2026-02-02", "on Monday"), "held",
            "Lavrov received Hakan Fidan in Moscow; they discussed the Black Sea, gas and a settlement in Ukraine",
            ev("On the diplomatic front, Foreign Minister Sergei Lavrov received Turkey's foreign minister, Hakan Fidan, in Moscow on Monday.",
               "The two discussed the Black Sea, gas supplies and \"the prospects for a settlement in Ukraine,\" the Russian Foreign Ministry said in a statement."),
            location=loc("Moscow", None, "Russia")),
    ])

# --------------------------------------------------------------------------- i05
GOLD["i05_businesswire_eu_sanctions_novorossiysk"] = dict(
    notes="Business wire (Friday 23 October 2026): the EU's 22nd package adopted 'on Friday' (sanctions, held); the "
          "UK's asset freezes 'within hours' (sanctions, held); Ukrainian naval drones and 'at least 30 aerial drones' "
          "on Novorossiysk 'in the early hours of Friday' (two port workers injured; the naval drones go on the "
          "drone entry's record, no separate type: debatable); Russia's ministry's 96 drones 'over the Black Sea and "
          "southern regions' (country record Russia, the same night). Not coded: Japan 'is weighing' (no decision), "
          "senators 'urged' tariffs (an appeal), Slovakia dropping its objections (part of the adoption), oil prices, "
          "export revenue (aggregate).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar Krai", "Russia")],
               day("2026-10-23", "in the early hours of Friday"),
               [{"type": "drone", "launched": cnt(30, "at least 30", "at_least")}],
               ev("Russian officials in the Krasnodar region said Ukrainian naval drones and at least 30 aerial drones attacked Novorossiysk in the early hours of Friday.",
                  "A berth and a pipeline were damaged, and two port workers were injured, the city's operational headquarters said on Telegram."),
               injured=cnt(2, "two port workers"), damage=["berth", "pipeline"],
               reported_by=["Novorossiysk operational headquarters"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-10-22", "2026-10-23", "earlier"),
               [{"type": "drone", "intercepted": cnt(96, "96")}],
               ev("Russia's Defense Ministry said earlier that air defenses had downed 96 drones over the Black Sea and southern regions."),
               reported_by=["Russian Defense Ministry"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-10-23", "on Friday"), "held",
            "EU's 22nd package: 118 tankers barred, three regional banks cut off, two Indian refineries and a Dubai trader listed",
            ev("European Union governments adopted a fresh round of sanctions on Russia on Friday, blacklisting 118 more tankers from EU ports and cutting off three more regional banks, as a Ukrainian drone strike halted oil loadings at Russia's biggest Black Sea export hub.",
               "The package, the bloc's 22nd since February 2022, was approved by ambassadors in Brussels after Slovakia dropped its objections overnight, two EU diplomats said.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-10-23", "within hours"), "held",
            "UK asset freezes on 40 individuals and entities tied to Russia's shipping trade",
            ev("The UK followed within hours, announcing asset freezes on 40 individuals and entities tied to Russia's shipping trade.")),
    ])

# --------------------------------------------------------------------------- i06
GOLD["i06_broadcaster_prisoner_swap_uae"] = dict(
    notes="Broadcaster's website (Saturday 18 April 2026): 205-for-205 prisoner exchange 'on Saturday', brokered by "
          "the UAE (participant); the Geneva meeting of negotiators 'pencilled in ... this month', 'postponed without a "
          "new date' (talks, stalled, dated April 2026; Switzerland hosts, the United States brokers); Russian shelling "
          "of Kherson 'Hours before the swap' (a woman of 71 killed, two men wounded). Optional: 'The last "
          "exchange, in early February' (background, 157 each). Not coded: the relatives' rally, 'thousands' in "
          "captivity (aggregate), 'shelled almost daily since' (no count, no night).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-04-18", "Hours before the swap"), [{"type": "artillery"}],
               ev("Hours before the swap, Russian forces shelled the southern city of Kherson, killing a woman of 71 in Dniprovskyi district and wounding two men, the regional governor Oleksandr Prokudin said."),
               killed=cnt(1, "a woman of 71"), injured=cnt(2, "two men"), reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-04-18", "on Saturday"), "held",
            "Ukraine and Russia exchanged 205 prisoners of war each on the Belarusian border, mediated by the UAE",
            ev("Ukraine and Russia have exchanged 205 prisoners of war each, in the first swap between the two sides since February.",
               "The exchange took place on Saturday on the Belarusian border, officials in Kyiv and Moscow said.",
               "The United Arab Emirates, which has brokered many of the previous swaps, said its mediation had made the deal possible.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], month("2026-02-01", "2026-02-28", "in early February"), "held",
            "The previous exchange: 157 prisoners returned by each side",
            ev("The last exchange, in early February, saw 157 prisoners returned by each side."), optional=True),
        dip("talks", ["Ukraine", "Russia", "United States", "Switzerland"], month("2026-04-01", "2026-04-30", "this month"),
            "stalled", "A meeting of negotiators planned for Geneva postponed without a new date",
            ev("Peace talks brokered by Washington have made little progress, and a meeting of negotiators that had been pencilled in for Geneva this month has been postponed without a new date, according to Ukrainian officials."),
            location=loc("Geneva", None, "Switzerland")),
    ])

# --------------------------------------------------------------------------- i07
GOLD["i07_asianwire_nikolaev_orekhov_li_hui"] = dict(
    notes="Asian state wire, Moscow dateline (Wednesday 9 October 2024; Moscow is not attacked), Russian "
          "transliterations (Nikolaev, Zaporozhye, Orekhov, Kiev): Iskander-M missiles and drones on Nikolaev port "
          "'overnight' (the governor's 'two missiles and five drones had hit' are hits, not launches; 'nine other "
          "drones' shot down over the region go on the city record, the only place that night; 'a security guard' "
          "injured 1); Russian artillery on Orekhov 'on Tuesday' ('a man and a woman': killed 2); Li Hui's talks with "
          "Galuzin in Moscow 'on Tuesday' (talks, held). Optional: Li's visit to Kiev 'later this month' (expected, "
          "per sources: planned, debatable). Not coded: '312 attacks in the past 24 hours ... across 11 settlements' "
          "(a regional daily tally of hits, no launches, no one locality), China's stated positions, the war's toll "
          "(aggregate).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Nikolaev", "Mykolaiv", "Ukraine")],
               night("2024-10-08", "2024-10-09", "overnight"),
               [{"type": "ballistic_missile", "model": "Iskander-M"}, {"type": "drone", "intercepted": cnt(9, "nine")}],
               ev("Russian forces struck port infrastructure in the Ukrainian city of Nikolaev overnight with Iskander-M missiles and attack drones, the Russian Defense Ministry said Wednesday.",
                  "Nikolaev regional governor Vitaly Kim said two missiles and five drones had hit a port area and a warehouse, starting a fire, and that a security guard was wounded.",
                  "Air defenses shot down nine other drones over the region, he said."),
               injured=cnt(1, "a security guard"), damage=["port area", "warehouse"],
               reported_by=["Russian Defense Ministry", "Vitaly Kim"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Orekhov", "Zaporizhzhia", "Ukraine")],
               day("2024-10-08", "on Tuesday"), [{"type": "artillery"}],
               ev("Separately, the governor of the Zaporozhye region on the Ukrainian side, Ivan Fedorov, said Russian artillery shelled the frontline town of Orekhov on Tuesday, killing a man and a woman and destroying several houses."),
               killed=cnt(2, "a man and a woman"), damage=["houses"], reported_by=["Ivan Fedorov"]),
    ],
    diplomacy=[
        dip("talks", ["China", "Russia"], day("2024-10-08", "on Tuesday"), "held",
            "China's special representative Li Hui held talks with Deputy Foreign Minister Mikhail Galuzin on the Ukraine crisis",
            ev("Meanwhile, China's Special Representative for Eurasian Affairs Li Hui held talks in Moscow on Tuesday with Russian Deputy Foreign Minister Mikhail Galuzin on the Ukraine crisis, the Russian Foreign Ministry said."),
            location=loc("Moscow", None, "Russia")),
        dip("visit", ["China", "Ukraine"], month("2024-10-01", "2024-10-31", "later this month"), "planned",
            "Li Hui expected to visit Kiev later this month",
            ev("Li is expected to continue his tour with a visit to Kiev later this month, according to diplomatic sources."),
            location=loc("Kiev", None, "Ukraine"), optional=True),
    ])

# --------------------------------------------------------------------------- i08
GOLD["i08_usnewspaper_abu_dhabi_talks_zaporizhzhia"] = dict(
    notes="US newspaper, Abu Dhabi dateline (Friday 20 November 2026): trilateral talks 'on Thursday' hosted by the "
          "Emirati government (talks, held; UAE a participant as host); the next round 'in Geneva on Dec. 2' (planned; "
          "Switzerland hosts); Witkoff's trip to Moscow to meet Putin 'this weekend' that 'was dropped' (visit, "
          "cancelled, dated by the weekend it was planned for); glide bombs on Zaporizhzhia 'Hours before the "
          "delegations sat down' (Thursday; killed 2, injured 16, 'a 4-year-old girl and a 13-year-old boy': "
          "children_injured 2); the air force's '128 attack drones and decoys overnight into Thursday' / 104 "
          "(combined figure of type other with drone and decoy entries). Not coded: 'no missiles were used' (a "
          "weapon the night did not use: no entry), Zelensky's and Peskov's stances, 'six rounds in three cities' "
          "(aggregate, no dates).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-11-19", "Hours before the delegations sat down"), [{"type": "glide_bomb"}],
               ev("Hours before the delegations sat down, Russian glide bombs hit the southern city of Zaporizhzhia, killing two people and wounding 16, among them a 4-year-old girl and a 13-year-old boy, according to the regional governor, Ivan Fedorov.",
                  "A kindergarten and a row of shops were damaged."),
               killed=cnt(2, "two people"), injured=cnt(16, "16"),
               children_injured=cnt(2, "a 4-year-old girl and a 13-year-old boy"),
               damage=["kindergarten", "shops"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA],
               night("2026-11-18", "2026-11-19", "overnight into Thursday"),
               [{"type": "other", "model": "attack drones and decoys", "launched": cnt(128, "128"),
                 "intercepted": cnt(104, "104")},
                {"type": "drone"}, {"type": "decoy_drone"}],
               ev("Russia had launched 128 attack drones and decoys overnight into Thursday, of which 104 were neutralized, Ukraine's air force reported."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Ukraine", "Russia", "United Arab Emirates"], day("2026-11-19", "on Thursday"), "held",
            "Umerov, Kostyukov and Witkoff negotiated for nine hours without agreement on territory or guarantees",
            ev("American, Ukrainian and Russian negotiators spent more than nine hours together in a hotel on the edge of the Emirati capital on Thursday, the longest single session since the Trump administration began pushing for a settlement.",
               "The talks, hosted by the Emirati government, brought together Ukraine's national security secretary, Rustem Umerov, a Russian delegation led by the military intelligence chief, Igor Kostyukov, and the U.S. special envoy, Steve Witkoff."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
        dip("talks", ["United States", "Ukraine", "Russia", "Switzerland"], day("2026-12-02", "on Dec. 2"), "planned",
            "The three delegations to meet again in Geneva",
            ev("Still, the three delegations agreed to meet again in Geneva on Dec. 2, according to a joint readout issued by the Emirati foreign ministry late Thursday."),
            location=loc("Geneva", None, "Switzerland")),
        dip("visit", ["United States", "Russia"],
            {"start": "2026-11-21", "end": "2026-11-22", "precision": "range", "text": "this weekend"}, "cancelled",
            "Witkoff's planned trip to Moscow to meet Putin was dropped",
            ev("A plan for Mr. Witkoff to fly on to Moscow for a meeting with President Vladimir Putin this weekend was dropped, two officials familiar with the schedule said, after the Kremlin signaled that Mr. Putin would not receive him before the Geneva round."),
            location=loc("Moscow", None, "Russia")),
    ])

# --------------------------------------------------------------------------- i09
GOLD["i09_artswire_kharkiv_opera_metro_control"] = dict(
    notes="Arts wire story (Thursday 11 December 2025), the control: an opera premiere in a Kharkiv metro concourse. "
          "No record at all: no attack on a place on a day or night (the hall 'closed to audiences since 2022', "
          "'three winters of blackouts', sirens 'above ground' are generic), no dated diplomatic event (a tour "
          "'planned for the summer' is a cultural tour, conditional on funding; foundations' funding is not state "
          "aid).",
    attacks=[], diplomacy=[])

# --------------------------------------------------------------------------- i10
N0314 = night("2026-03-13", "2026-03-14", "Over the past night")
GOLD["i10_telegram_kursk_governor_rylsk"] = dict(
    notes="A Russian governor's Telegram post, translated (Saturday 14 March 2026): the region's night, 'all but three "
          "of the 42 UAVs' (region record, launched 42, intercepted 39 by difference); a drone on a residential "
          "courtyard in Rylsk (no date words of its own: the night; 'a woman born in 1961 and a boy of 12': injured "
          "2, children_injured 1); a drone on a farm building in Tyotkino 'at around 6 in the morning' ('Nobody was "
          "hurt': injured 0); debris on a garage in Lgov 'Yesterday evening' (13 March; 'There were no casualties': "
          "killed 0, injured 0). Attacker by codebook 12 (the post says 'the enemy'). Not coded: repair help, the "
          "appeal to stay calm.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk Oblast", "Russia", "region")], N0314,
               [{"type": "drone", "launched": cnt(42, "42"), "intercepted": cnt(39, "all but three of the 42 UAVs")}],
               ev("Over the past night the enemy again attacked our region with drones.",
                  "According to the Ministry of Defence, air defence forces destroyed all but three of the 42 UAVs that flew over the territory of the region."),
               reported_by=["Ministry of Defence", "Alexander Khinshtein"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Rylsk", "Kursk Oblast", "Russia")], N0314,
               [{"type": "drone"}],
               ev("In Rylsk, a drone struck the courtyard of a five-storey residential building on Sovetskaya Street.",
                  "Two people were injured: a woman born in 1961 and a boy of 12.",
                  "Windows were blown out in 24 flats, and three cars were damaged."),
               injured=cnt(2, "Two people"), children_injured=cnt(1, "a boy of 12"),
               damage=["residential building", "flats", "cars"], reported_by=["Alexander Khinshtein"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Tyotkino", "Kursk Oblast", "Russia")],
               day("2026-03-14", "at around 6 in the morning"), [{"type": "drone"}],
               ev("In the village of Tyotkino in the Glushkovo district, a kamikaze drone hit a farm building at around 6 in the morning.",
                  "Nobody was hurt."),
               injured=cnt(0, "Nobody was hurt"), damage=["farm building"], reported_by=["Alexander Khinshtein"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Lgov", "Kursk Oblast", "Russia")],
               day("2026-03-13", "Yesterday evening"), [{"type": "drone"}],
               ev("Yesterday evening in the town of Lgov, debris from a downed UAV fell on the roof of a garage.",
                  "There were no casualties."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["garage"], reported_by=["Alexander Khinshtein"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- i11
N1125 = night("2025-11-24", "2025-11-25", "overnight")
I11_MOD = ("**10:30** Air defence units downed 33 Ukrainian drones overnight, twelve "
           "of them over the Rostov region, according to Russia's defence ministry.")
GOLD["i11_liveblog_dnipro_ballistic_rutte"] = dict(
    notes="Live blog, newest first (Tuesday 25 November 2025): a ballistic missile strike on Dnipro 'in the early "
          "hours' (the earliest update, 07:12, gives the counts: one killed, 17 injured, 'a 9-year-old girl'; 13:40's "
          "three dead, 22 injured and 'four of them under 18' are evidence only); the air force's night (2 Iskander-M, "
          "89 Shahed-type drones, 70 downed: country record; 'Both missiles hit Dnipro' gives no intercepted figure "
          "in words, left null); Russia's ministry's 33 drones (country record Russia); a warehouse fire in "
          "Kamensk-Shakhtinsky (the same night, 'no injuries': injured 0); Zelensky's call with Rutte 'this "
          "afternoon'; Putin to receive Orban in Moscow 'on Friday' (visit, planned). Optional: the Rostov region's "
          "twelve. Not coded: October's 'more than 5,000 drones' (a monthly aggregate), thanks for PURL payments "
          "(no dated decision).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2025-11-25", "in the early hours"), [{"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("**07:12** Lysak reports that a ballistic missile strike on Dnipro in the early hours killed one person and injured 17, including a 9-year-old girl.",
                  "**13:40** Dnipro's death toll has risen to three.",
                  "Both missiles hit Dnipro."),
               killed=cnt(1, "one person"), injured=cnt(17, "17"), children_injured=cnt(1, "a 9-year-old girl"),
               damage=["office building", "petrol station"], reported_by=["Serhiy Lysak"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1125,
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "2")},
                {"type": "drone", "model": "Shahed", "launched": cnt(89, "89"), "intercepted": cnt(70, "70")}],
               ev("**08:10** The overnight report from the air force is out.",
                  "Russia used 2 Iskander-M ballistic missiles and 89 Shahed-type drones against Ukraine; air defence downed 70 drones."),
               reported_by=["Ukraine's air force"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1125,
               [{"type": "drone", "intercepted": cnt(33, "33")}], ev(I11_MOD),
               reported_by=["Russian defence ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Rostov", "Rostov Oblast", "Russia", "region")], N1125,
                   [{"type": "drone", "intercepted": cnt(12, "twelve")}], ev(I11_MOD),
                   reported_by=["Russian defence ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kamensk-Shakhtinsky", "Rostov Oblast", "Russia")], N1125,
               [{"type": "drone"}],
               ev("Rostov governor Yury Slyusar says a fire at a warehouse in Kamensk-Shakhtinsky was quickly put out; he reports no injuries."),
               injured=cnt(0, "no injuries"), damage=["warehouse"], reported_by=["Yury Slyusar"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "NATO"], day("2025-11-25", "this afternoon"), "held",
            "Zelensky and NATO Secretary General Mark Rutte discussed PURL contributions and air defence needs",
            ev("**16:05** Zelensky says he spoke by phone with NATO Secretary General Mark Rutte this afternoon.")),
        dip("visit", ["Hungary", "Russia"], day("2025-11-28", "on Friday"), "planned",
            "Putin to receive Hungarian PM Viktor Orban in Moscow",
            ev("**12:15** The Kremlin says Vladimir Putin will receive Hungarian Prime Minister Viktor Orban in Moscow on Friday."),
            location=loc("Moscow", None, "Russia")),
    ])

# --------------------------------------------------------------------------- i12
GOLD["i12_analysis_budapest_shelved_sanctions"] = dict(
    notes="Newspaper diplomacy analysis naming leaders by surname only (Friday 24 October 2025): the Budapest "
          "summit (United States, Russia, Hungary as host) that Trump 'cancelled' 'On Wednesday' (summit, cancelled; "
          "dated by the day planned for, which the article never fixes: null date); the Rubio-Lavrov call 'on "
          "Monday' (20 October); US Treasury sanctions on Rosneft and Lukoil 'Within hours' (22 October); the EU's "
          "19th package adopted 'On Thursday'; the coalition of the willing in London 'on Friday' (planned; leaders "
          "of several states, not called talks: summit, debatable against 'meeting'). Optional (scene-setting, eight "
          "days back): the Trump-Putin call 'on October 16', Zelensky at the White House 'The next day'. Not coded: "
          "Putin's 'remains open to meeting' and Orban's 'remains available' (stances), tariff threats, Putin's "
          "reaction to sanctions.",
    attacks=[],
    diplomacy=[
        dip("phone_call", ["United States", "Russia"], day("2025-10-16", "on October 16"), "held",
            "Trump and Putin spoke for two hours and announced a Budapest meeting",
            ev("After a two-hour telephone conversation on October 16, Trump announced that he and Putin would meet \"within two weeks or so\" in Budapest, and Orbán, delighted to play host, began talking about security arrangements for the motorcade."),
            optional=True),
        dip("visit", ["Ukraine", "United States"], day("2025-10-17", "The next day"), "held",
            "Zelensky at the White House; left without Tomahawks",
            ev("The next day Zelensky sat in the Cabinet Room at the White House hoping to leave with Tomahawks."),
            location=loc("Washington", None, "United States"), optional=True),
        dip("summit", ["United States", "Russia", "Hungary"], None, "cancelled",
            "The planned Trump-Putin meeting in Budapest, cancelled by Trump",
            ev("On Wednesday Trump told reporters he had cancelled the Budapest meeting because \"it didn't feel right\"."),
            location=loc("Budapest", None, "Hungary")),
        dip("phone_call", ["United States", "Russia"], day("2025-10-20", "on Monday"), "held",
            "A preparatory call between Rubio and Lavrov that went badly",
            ev("A preparatory call between Rubio and Lavrov on Monday went badly, with the Russian side insisting on its long-standing demands over the whole of the Donbas.")),
        dip("sanctions", ["United States", "Russia"], day("2025-10-22", "Within hours"), "held",
            "Treasury sanctions on Rosneft and Lukoil",
            ev("Within hours, the Treasury had put Rosneft and Lukoil, Russia's two largest oil companies, on its sanctions list, the first big measures of Trump's second term aimed directly at Moscow's oil revenue.")),
        dip("sanctions", ["European Union", "Russia"], day("2025-10-23", "On Thursday"), "held",
            "The EU's 19th sanctions package: Russian LNG phased out, more shadow-fleet tankers listed",
            ev("On Thursday, European leaders meeting in Brussels formally adopted the EU's 19th sanctions package, which phases out Russian liquefied natural gas imports and lists more shadow-fleet tankers.")),
        dip("summit", ["coalition of the willing", "Ukraine", "United Kingdom"], day("2025-10-24", "on Friday"), "planned",
            "Zelensky flies to London for a coalition of the willing meeting hosted by Starmer",
            ev("Zelensky flies to London on Friday, where Starmer hosts the coalition of the willing and the talk will be of long-range missiles and of how to use frozen Russian assets."),
            location=loc("London", None, "United Kingdom")),
    ])


def main() -> None:
    write_gold(DEV21, GOLD)


if __name__ == "__main__":
    main()
