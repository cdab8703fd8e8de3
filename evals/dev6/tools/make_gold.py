"""Write evals/dev6/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers (evals/dev/tools/make_gold.py's) come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV6 = ROOT / "evals" / "dev6"

# the label helpers (evals/dev's, shared by every set) come from evals/tools/gold_helpers.py
sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, year, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- k01
N1017 = night("2026-10-16", "2026-10-17", "overnight")
GOLD["k01_wire_kyiv_barrage_kharkiv_afternoon"] = dict(
    notes="Wire story (Saturday 17 October): the night's nationwide barrage (country record: 476 drones / 441 "
          "down, 31 cruise and 11 ballistic missiles, '30 of the missiles' down as a combined figure of type other); "
          "Kyiv (3 killed, 'at least 19' wounded, a 12-year-old boy; weapon not named in the Kyiv paragraph, taken "
          "from the wave: drone_and_missile); the Lviv region's energy facilities (region record, drones and "
          "missiles, nobody hurt); a ballistic missile on Kharkiv 'Shortly after 2 p.m. on Saturday' (a day strike, "
          "its own record, 2 killed, 14 wounded); the 28 September barrage (optional background with counts); "
          "the Zelenskiy-Merz phone call on Saturday morning (held). Not coded: the Russian ministry's claim (the "
          "same barrage), the appeal for oil restrictions, Ukrenergo's outages, Poland scrambling jets.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1017,
               [{"type": "drone", "launched": cnt(476, "476"), "intercepted": cnt(441, "441")},
                {"type": "cruise_missile", "launched": cnt(31, "31")},
                {"type": "ballistic_missile", "launched": cnt(11, "11")},
                {"type": "other", "model": "missiles", "intercepted": cnt(30, "30")}],
               ev("KYIV, Oct 17 (Meridian Newswire) - Russia pounded Ukraine with hundreds of drones and dozens of missiles overnight, killing three people in the capital and knocking out electricity across parts of the west, Ukrainian officials said on Saturday, hours before a ballistic missile tore into the centre of Kharkiv.",
                  "The air force said Russia had sent 476 drones, 31 cruise missiles and 11 ballistic missiles at the country in the course of the night, and that 441 of the drones and 30 of the missiles had been shot down or disabled by electronic jamming."),
               reported_by=["air force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N1017,
               [{"type": "drone"}, {"type": "missile"}],
               ev("KYIV, Oct 17 (Meridian Newswire) - Russia pounded Ukraine with hundreds of drones and dozens of missiles overnight, killing three people in the capital and knocking out electricity across parts of the west, Ukrainian officials said on Saturday, hours before a ballistic missile tore into the centre of Kharkiv.",
                  "In Kyiv, a direct hit set fire to the top floors of a nine-storey apartment block in the Solomianskyi district, and falling wreckage damaged a kindergarten and dozens of parked cars on the left bank.",
                  "Three people were killed and at least 19 wounded, a 12-year-old boy among them, said Tymur Tkachenko, head of the city's military administration."),
               killed=cnt(3, "three people"), injured=cnt(19, "at least 19", "at_least"),
               children_injured=cnt(1, "a 12-year-old boy"),
               damage=["apartment block", "kindergarten", "parked cars"], reported_by=["Tymur Tkachenko"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Lviv", "Lviv", "Ukraine", "region")], N1017,
               [{"type": "drone"}, {"type": "missile"}],
               ev("In the western Lviv region, drones and missiles struck two energy facilities, leaving about 90,000 households without power, regional governor Maksym Kozytskyi said.",
                  "No one was hurt there, he added."),
               damage=["energy facilities"], reported_by=["Maksym Kozytskyi"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2026-10-17", "Shortly after 2 p.m. on Saturday"), [{"type": "ballistic_missile"}],
               ev("Shortly after 2 p.m. on Saturday, a ballistic missile slammed into a street next to a shopping centre in central Kharkiv, killing two people and wounding 14, Mayor Ihor Terekhov wrote on Telegram."),
               killed=cnt(2, "two people"), injured=cnt(14, "14"),
               damage=["street", "shopping centre"], reported_by=["Ihor Terekhov"]),
        opt(attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-09-27", "2026-09-28", "Sept. 28"),
                   [{"type": "drone", "launched": cnt(590, "more than 590", "more_than")},
                    {"type": "missile", "launched": cnt(48, "48")}],
                   ev("The night's barrage was the heaviest since Sept. 28, when Russia fired more than 590 drones and 48 missiles at Ukraine in a single night."))),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Germany"], day("2026-10-17", "on Saturday morning"), "held",
            "Zelenskiy and Chancellor Friedrich Merz spoke by telephone; Zelenskiy asked for more Patriot systems",
            ev("President Volodymyr Zelenskiy said he had talked to German Chancellor Friedrich Merz by telephone on Saturday morning and asked for additional Patriot systems to protect cities before the winter.")),
    ])

# --------------------------------------------------------------------------- k02
N1005 = night("2026-10-04", "2026-10-05", "Overnight")
GOLD["k02_ap_kostiantynivka_front_line"] = dict(
    notes="US-agency story (Monday 5 October): artillery on Kostiantynivka 'on Monday' (4 killed, 6 wounded); "
          "two guided bombs on Sloviansk 'on Monday evening' (launched 2; 3 injured); the night's country "
          "figures (87 'Shahed and decoy drones', a combined figure of type other, 65 down); a Ukrainian drone on a "
          "minibus in Maslova Pristan, Belgorod region, 'on Monday morning' (5 wounded). Optional: 'the rest hit "
          "targets in the Donetsk, Dnipropetrovsk and Sumy regions' (an aggregate of the same night's hits, no "
          "detail). Not coded: the nightly address's appeal, the Kremlin's openness to talks with conditions (no "
          "event), the claimed capture of two villages (ground fighting). "
          "Relabelled (codebook 9, ruling of 2 December 2026, afternoon): Sloviansk glide_bomb launched 2 (was no figure).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kostiantynivka", "Donetsk", "Ukraine")],
               day("2026-10-05", "on Monday"), [{"type": "artillery"}],
               ev("KRAMATORSK, Ukraine (CP) — Russian artillery pounded the front-line city of Kostiantynivka on Monday, killing four civilians and wounding six near a market in the city centre, the governor of Ukraine's Donetsk region said.",
                  "Vadym Filashkin said the shells landed shortly before noon, when residents who still live in the largely deserted city were queuing for bread and drinking water handed out by volunteers."),
               killed=cnt(4, "four civilians"), injured=cnt(6, "six"), damage=["market"],
               reported_by=["Vadym Filashkin"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Sloviansk", "Donetsk", "Ukraine")],
               day("2026-10-05", "on Monday evening"), [{"type": "glide_bomb", "launched": cnt(2, "two")}],
               ev("In nearby Sloviansk, two guided aerial bombs struck an industrial area on Monday evening, injuring three people and damaging a warehouse and a bus depot, Filashkin said."),
               injured=cnt(3, "three people"), damage=["industrial area", "warehouse", "bus depot"],
               reported_by=["Vadym Filashkin"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N1005,
               [{"type": "other", "model": "Shahed and decoy drones", "launched": cnt(87, "87"),
                 "intercepted": cnt(65, "Sixty-five")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"}],
               ev("Overnight, Russia launched 87 Shahed and decoy drones at Ukraine, the Ukrainian air force said.",
                  "Sixty-five of them were shot down or jammed, while the rest hit targets in the Donetsk, Dnipropetrovsk and Sumy regions, it said, without giving details."),
               reported_by=["Ukrainian air force"]),
        opt(attack("Russia", "Ukraine", "air_drone_strike",
                   [loc("Donetsk", "Donetsk", "Ukraine", "region"), loc("Dnipropetrovsk", "Dnipropetrovsk", "Ukraine", "region"),
                    loc("Sumy", "Sumy", "Ukraine", "region")], N1005, [{"type": "drone"}],
                   ev("Sixty-five of them were shot down or jammed, while the rest hit targets in the Donetsk, Dnipropetrovsk and Sumy regions, it said, without giving details."),
                   reported_by=["Ukrainian air force"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Maslova Pristan", "Belgorod", "Russia")],
               day("2026-10-05", "on Monday morning"), [{"type": "drone"}],
               ev("Across the border, a Ukrainian drone hit a minibus in the village of Maslova Pristan in Russia's Belgorod region on Monday morning, wounding five passengers, regional Gov. Vyacheslav Gladkov said."),
               injured=cnt(5, "five passengers"), damage=["minibus"], reported_by=["Vyacheslav Gladkov"]),
    ], diplomacy=[])

# --------------------------------------------------------------------------- k03
N1025 = night("2026-10-24", "2026-10-25", "between 8:00 pm on Saturday and 7:00 am on Sunday")
NIGHT_K03 = night("2026-10-24", "2026-10-25", "overnight")
GOLD["k03_afp_russia_regions_refinery"] = dict(
    notes="French-agency story from Moscow (Sunday 25 October), Russia as target: the ministry's total of 127 "
          "drones downed over 12 regions in the night (country record Russia, attacker Ukraine); its Bryansk (41) "
          "and Moscow region (23) shares (optional region records); the Volgograd refinery fire 'overnight' (nobody "
          "hurt; the General Staff's confirmation is the same event); a drone on a car in Rylsk 'on Saturday "
          "evening' ('killing its driver': 1 killed); debris in Voronezh (no date words of its own: the night of "
          "the lead; 'a 16-year-old' injured, a child). Not coded: airport restrictions (not places hit), the "
          "campaign since the summer, 'hundreds of drones almost every night' (a habit).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1025,
               [{"type": "drone", "intercepted": cnt(127, "127")}],
               ev("The Russian defence ministry reported that 127 Ukrainian fixed-wing drones had been downed over 12 regions between 8:00 pm on Saturday and 7:00 am on Sunday Moscow time, including 41 over the Bryansk region and 23 over the Moscow region."),
               reported_by=["Russian defence ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk", "Russia", "region")], N1025,
                   [{"type": "drone", "intercepted": cnt(41, "41")}],
                   ev("The Russian defence ministry reported that 127 Ukrainian fixed-wing drones had been downed over 12 regions between 8:00 pm on Saturday and 7:00 am on Sunday Moscow time, including 41 over the Bryansk region and 23 over the Moscow region."),
                   reported_by=["Russian defence ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Moscow Oblast", "Moscow Oblast", "Russia", "region")], N1025,
                   [{"type": "drone", "intercepted": cnt(23, "23")}],
                   ev("The Russian defence ministry reported that 127 Ukrainian fixed-wing drones had been downed over 12 regions between 8:00 pm on Saturday and 7:00 am on Sunday Moscow time, including 41 over the Bryansk region and 23 over the Moscow region."),
                   reported_by=["Russian defence ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Volgograd", "Volgograd", "Russia")], NIGHT_K03,
               [{"type": "drone"}],
               ev("MOSCOW (ANS) - Ukrainian drones set fire to an oil refinery in the southern Russian city of Volgograd overnight, the regional governor said on Sunday, as Moscow reported one of the largest Ukrainian drone assaults in weeks.",
                  "In Volgograd, falling debris sparked a blaze at the refinery, which firefighters had put out by morning, Governor Andrei Bocharov wrote on Telegram.",
                  "He said nobody had been hurt, but did not say whether the plant had stopped processing crude."),
               damage=["oil refinery"], reported_by=["Andrei Bocharov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Rylsk", "Kursk", "Russia")],
               day("2026-10-24", "on Saturday evening"), [{"type": "drone"}],
               ev("In the border town of Rylsk in the Kursk region, a drone dropped explosives on a car on Saturday evening, killing its driver, acting regional governor Alexander Khinshtein said."),
               killed=cnt(1, "its driver"), damage=["car"], reported_by=["Alexander Khinshtein"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Voronezh", "Voronezh", "Russia")], NIGHT_K03,
               [{"type": "drone"}],
               ev("In the city of Voronezh, about 500 kilometres (300 miles) south of Moscow, fragments of a downed drone damaged five private houses and injured a 16-year-old, regional governor Alexander Gusev said."),
               injured=cnt(1, "a 16-year-old"), children_injured=cnt(1, "a 16-year-old"),
               damage=["private houses"], reported_by=["Alexander Gusev"]),
    ], diplomacy=[])

# --------------------------------------------------------------------------- k04
N1105 = night("2026-11-04", "2026-11-05", "overnight on Nov. 5")
GOLD["k04_kyivind_odesa_energy_dnipro"] = dict(
    notes="Kyiv outlet story (Thursday 5 November): the night of 4-5 November on Odesa Oblast: Odesa city (a drone "
          "on a high-rise, 5 injured incl. two children: the lead's figure; 'hospitalized' is the same five), Izmail "
          "port (damage, nobody hurt); the country figures (156 drones / 129 down, three Iskander-M ballistic, none "
          "intercepted: the nil is not coded); drones on energy facilities in Poltava and Sumy oblasts (one aggregate "
          "record, two regions); a ballistic missile on Dnipro 'Later in the day, at around 3:40 p.m.' (its own day "
          "record, 1 killed, 9 injured); the energy minister's phone call with the EU energy commissioner on 5 "
          "November (held). Not coded: Naftogaz's 'more than 20 times in October' (a monthly tally), outages, the "
          "appeal to the support fund, heating points.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")], N1105,
               [{"type": "drone"}],
               ev("Russia attacked energy and port infrastructure in Odesa Oblast overnight on Nov. 5, injuring five people in the city of Odesa, including two children, Governor Oleh Kiper reported.",
                  "A drone hit the ninth floor of a residential high-rise in Odesa's Kyivskyi district, starting a fire that emergency workers brought under control within two hours, Kiper said."),
               injured=cnt(5, "five people"), children_injured=cnt(2, "two children"),
               damage=["residential high-rise"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")], N1105,
               [{"type": "drone"}],
               ev("In the Danube port of Izmail, drones damaged a grain warehouse and two administrative buildings at the port, according to Deputy Prime Minister Oleksii Kuleba.",
                  "Nobody was injured there, he said."),
               damage=["grain warehouse", "administrative buildings"], reported_by=["Oleksii Kuleba"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1105,
               [{"type": "drone", "launched": cnt(156, "156"), "intercepted": cnt(129, "129")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(3, "three")}],
               ev("The Air Force said Russia had used 156 drones and three ballistic missiles of the Iskander-M type in the attack.",
                  "Air defense downed 129 drones, while none of the ballistic missiles were intercepted."),
               reported_by=["Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike",
               [loc("Poltava", "Poltava", "Ukraine", "region"), loc("Sumy", "Sumy", "Ukraine", "region")], N1105,
               [{"type": "drone"}],
               ev("Drones also struck energy facilities in Poltava and Sumy oblasts, the Energy Ministry said, without naming the settlements."),
               damage=["energy facilities"], reported_by=["Energy Ministry"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-05", "Later in the day, at around 3:40 p.m."), [{"type": "ballistic_missile"}],
               ev("Later in the day, at around 3:40 p.m., a Russian ballistic missile hit an industrial enterprise in Dnipro, killing one worker and injuring nine, said Vladyslav Haivanenko, acting head of the Dnipropetrovsk Oblast Military Administration."),
               killed=cnt(1, "one worker"), injured=cnt(9, "nine"), damage=["industrial enterprise"],
               reported_by=["Vladyslav Haivanenko"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "European Union"], day("2026-11-05", "on Nov. 5"), "held",
            "Energy Minister Svitlana Hrynchuk and EU Energy Commissioner Dan Jorgensen discussed urgent deliveries of transformers and gas turbines",
            ev("Energy Minister Svitlana Hrynchuk said she had discussed urgent deliveries of transformers and gas turbines with EU Energy Commissioner Dan Jorgensen in a phone call on Nov. 5.")),
    ])

# --------------------------------------------------------------------------- k05
GOLD["k05_guardian_geneva_talks_zaporizhzhia"] = dict(
    notes="British-paper diplomacy story (Wednesday 11 November): US-Ukraine talks in Geneva 'on Tuesday' (held); "
          "Zelenskyy expected in Washington 'on 20 November' to meet Trump (planned visit); the Putin-Erdogan phone "
          "call 'on Tuesday' (held); the coalition of the willing's video conference 'on Thursday' (planned meeting); "
          "the Istanbul round 'in July' (optional background); drones on Zaporizhzhia 'overnight' (7 injured; '23 "
          "drones' targeted the city, kept on the city record). Not coded: Erdogan's repeated offer to host (no "
          "event), Starmer's and Merz's statements, Zakharova's dismissal, Russia's demand, Zelenskyy's evening remark.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               night("2026-11-10", "2026-11-11", "overnight"),
               [{"type": "drone", "launched": cnt(23, "23")}],
               ev("Russian drones struck Zaporizhzhia overnight, injuring seven people and damaging a school and several high-rise buildings, the regional governor, Ivan Fedorov, said on Wednesday morning.",
                  "Ukraine's air force said the city had been targeted by 23 drones, and that most had been brought down over the outskirts."),
               injured=cnt(7, "seven people"), damage=["school", "high-rise buildings"], reported_by=["Ivan Fedorov"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Ukraine"], day("2026-11-10", "on Tuesday"), "held",
            "US and Ukrainian officials (Umerov, Driscoll) worked through a revised peace framework",
            ev("US and Ukrainian officials met in Geneva on Tuesday to work through a revised version of Washington's peace framework, as European leaders scrambled to make sure they would not be left out of any settlement with Moscow.",
               "The Ukrainian delegation, headed by Rustem Umerov, who runs Kyiv's security council, spent more than six hours with a US team headed by the secretary of the army, Dan Driscoll, according to two officials briefed on the discussions."),
            location=loc("Geneva", None, "Switzerland")),
        dip("visit", ["Ukraine", "United States"], day("2026-11-20", "on 20 November"), "planned",
            "Zelenskyy expected in Washington to meet Donald Trump (date not confirmed by the White House)",
            ev("Volodymyr Zelenskyy is expected to travel to Washington on 20 November to meet Donald Trump, officials in Kyiv said, in what would be the Ukrainian president's fourth visit to the White House this year."),
            location=loc("Washington", None, "United States")),
        dip("phone_call", ["Russia", "Turkey"], day("2026-11-10", "on Tuesday"), "held",
            "Putin and Erdogan discussed the framework by phone",
            ev("The Kremlin said Vladimir Putin and the Turkish president, Recep Tayyip Erdoğan, had discussed the framework by phone on Tuesday.")),
        dip("meeting", ["coalition of the willing"], day("2026-11-12", "on Thursday"), "planned",
            "leaders' video conference of the coalition of the willing, co-chaired by Starmer and Macron",
            ev("The coalition of the willing - the mostly European grouping that has promised to help guarantee any ceasefire - will hold a leaders' video conference on Thursday, Downing Street said.")),
        dip("talks", ["Russia", "Ukraine"], month("2026-07-01", "2026-07-31", "in July"), "held",
            "the last round of direct Russia-Ukraine talks in Istanbul", 
            ev("The last such round, held in Istanbul in July, produced little beyond agreements to swap prisoners and the bodies of fallen soldiers."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
    ])

# --------------------------------------------------------------------------- k06
GOLD["k06_aljazeera_prisoner_swap_kherson"] = dict(
    notes="Gulf broadcaster's story (Friday 23 October): a swap of 246 for 246 brokered by the UAE 'on Friday' (the "
          "mediator is a participant); Zelenskyy's phone call with the UAE president 'on Friday' (held); the previous "
          "swap 'in late August' (optional background); the Istanbul talks 'earlier this year' (optional background); "
          "a drone on a bus in Kherson 'Hours before the exchange' (1 killed: 'a 71-year-old man', 3 wounded). Not "
          "coded: the UAE's 17 exchanges (a tally), the ombudsman's appeal, daily shelling and drones that 'hunt' (a habit).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-10-23", "Hours before the exchange"), [{"type": "drone"}],
               ev("Hours before the exchange, a Russian drone struck a municipal bus in Kherson's Dniprovskyi district, killing a 71-year-old man and wounding three other passengers, the head of the regional military administration, Oleksandr Prokudin, said."),
               killed=cnt(1, "a 71-year-old man"), injured=cnt(3, "three other passengers"), damage=["municipal bus"],
               reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine", "United Arab Emirates"], day("2026-10-23", "on Friday"), "held",
            "246 prisoners of war returned to each side in an exchange brokered by the UAE",
            ev("Russia and Ukraine have each handed over 246 prisoners of war in an exchange brokered by the United Arab Emirates, both sides said, the first such swap in almost two months.",
               "The exchange took place on Friday at the Belarus-Ukraine border, the Ukrainian agency in charge of prisoner issues said.")),
        dip("phone_call", ["Ukraine", "United Arab Emirates"], day("2026-10-23", "on Friday"), "held",
            "Zelenskyy thanked UAE President Mohamed bin Zayed for the mediation",
            ev("He said he had thanked the UAE president, Sheikh Mohamed bin Zayed Al Nahyan, in a phone call on Friday for the country's help.")),
        dip("prisoner_exchange", ["Russia", "Ukraine"], month("2026-08-01", "2026-08-31", "in late August"), "held",
            "the previous exchange, 146 prisoners to each side",
            ev("The previous exchange, in late August, returned 146 prisoners to each side."), optional=True),
        dip("talks", ["Russia", "Ukraine"], year(2026, "earlier this year"), "held",
            "direct peace talks in Istanbul that produced no ceasefire",
            ev("Direct peace talks held in Istanbul earlier this year failed to produce a ceasefire."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
    ])

# --------------------------------------------------------------------------- k07
GOLD["k07_afp_eu_sanctions_envoy_summoned"] = dict(
    notes="French-agency story from Brussels (Thursday 22 October): EU sanctions 'signed off on Wednesday' (held); "
          "British sanctions 'on the same day' (held, 21 October); the EU envoy summoned by Russia's foreign ministry "
          "'on Thursday' (diplomatic protest, held); Fico's visit to Moscow 'moved to December' (planned: a new date). "
          "Not coded: the Commission 'is expected to present proposals' (an expectation), Kallas's and Bessent's "
          "statements, Sybiha's welcome, past packages in general.",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-10-21", "on Wednesday"), "held",
            "EU sanctions on the shadow fleet: 117 more vessels listed, two state oil traders, Central Asian banks",
            ev("BRUSSELS (ANS) - European Union governments signed off on Wednesday on fresh Russia sanctions aimed at the \"shadow fleet\" of ageing tankers that carries its oil, after Slovakia dropped objections that had held up the deal for two weeks.",
               "The package adds 117 vessels to the list of ships barred from EU ports and services, bringing the total to more than 670, and bans transactions with two Russian state-owned oil traders, EU diplomats said.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-10-21", "on the same day"), "held",
            "British sanctions on 90 more shadow-fleet tankers and a Dubai-based shipping manager",
            ev("Britain announced sanctions on the same day against 90 more shadow-fleet tankers and a Dubai-based shipping manager, the Foreign Office in London said.")),
        dip("diplomatic_protest", ["Russia", "European Union"], day("2026-10-22", "on Thursday"), "held",
            "Russia's foreign ministry summoned the head of the EU delegation, Roland Galharague, and protested the sanctions",
            ev("Russia's foreign ministry summoned the head of the EU delegation in Moscow, Roland Galharague, on Thursday to deliver a formal protest, calling the measures illegal and warning of \"retaliatory steps\"."),
            location=loc("Moscow", None, "Russia")),
        dip("visit", ["Slovakia", "Russia"], month("2026-12-01", "2026-12-31", "to December"), "planned",
            "Slovak Prime Minister Robert Fico's visit to Moscow, moved from the end of October to December",
            ev("Separately, the Kremlin said on Thursday that a planned visit to Moscow by Slovak Prime Minister Robert Fico had been moved to December at his request."),
            location=loc("Moscow", None, "Russia")),
    ])

# --------------------------------------------------------------------------- k08
GOLD["k08_reuters_berlin_visit_aid"] = dict(
    notes="Wire story from Berlin (Tuesday 17 November): Germany's 2-billion-euro aid 'on Tuesday' (held decision); "
          "Zelenskiy's one-day visit and his talks with Merz (both held, Berlin); Denmark's 29th package 'on Monday' "
          "(held); the Contact Group's ministerial session in Brussels 'on Dec. 9' (planned); Russian drones on Sumy "
          "'overnight' (2 killed, 11 wounded; a substation). Optional: the agreement to set up a drone joint venture "
          "(told only through Zelenskiy, no detail). Not coded: the Taurus refusal, the Kiel ranking, the tour of capitals.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")],
               night("2026-11-16", "2026-11-17", "overnight"), [{"type": "drone"}],
               ev("Zelenskiy's visit came hours after a Russian drone raid overnight left two people dead and 11 wounded in the northern city of Sumy, regional governor Oleh Hryhorov said.",
                  "Around 40,000 households in the city were left without electricity after a substation was hit."),
               killed=cnt(2, "two people"), injured=cnt(11, "11"), damage=["substation"], reported_by=["Oleh Hryhorov"]),
    ],
    diplomacy=[
        dip("military_aid", ["Germany", "Ukraine"], day("2026-11-17", "on Tuesday"), "held",
            "Germany's further 2 billion euros of military aid, mostly air defence (two IRIS-T systems, interceptors, Ukrainian long-range drones)",
            ev("BERLIN, Nov 17 (Meridian Newswire) - Germany will give Ukraine a further 2 billion euros ($2.3 billion) in military aid, most of it for air defence, Chancellor Friedrich Merz said on Tuesday after talks in Berlin with Ukrainian President Volodymyr Zelenskiy.",
               "The package includes a further two IRIS-T systems, several hundred interceptor missiles and funding for Ukrainian-made long-range drones, Merz told a joint news conference at the chancellery.")),
        dip("talks", ["Germany", "Ukraine"], day("2026-11-17", "on Tuesday"), "held",
            "Merz and Zelenskiy held talks at the chancellery",
            ev("BERLIN, Nov 17 (Meridian Newswire) - Germany will give Ukraine a further 2 billion euros ($2.3 billion) in military aid, most of it for air defence, Chancellor Friedrich Merz said on Tuesday after talks in Berlin with Ukrainian President Volodymyr Zelenskiy."),
            location=loc("Berlin", None, "Germany")),
        dip("visit", ["Ukraine", "Germany"], day("2026-11-17", "on Tuesday morning"), "held",
            "Zelenskiy's one-day visit to Berlin; also met President Steinmeier",
            ev("Zelenskiy arrived in Berlin on Tuesday morning on a one-day visit, his second to the German capital this year, and also met President Frank-Walter Steinmeier and leaders of the main parliamentary groups."),
            location=loc("Berlin", None, "Germany")),
        dip("agreement", ["Germany", "Ukraine"], day("2026-11-17", "on Tuesday"), "held",
            "agreement to set up a joint venture producing drones in Germany",
            ev("The Ukrainian leader thanked Germany and said the two sides had also agreed to set up a joint venture to produce drones on German soil, though he gave no details of its size or timing."),
            optional=True),
        dip("military_aid", ["Denmark", "Ukraine"], day("2026-11-16", "on Monday"), "held",
            "Denmark's 29th aid package, 3.1 billion Danish crowns (ammunition, Danish model production)",
            ev("Denmark on Monday approved its 29th aid package for Ukraine, worth 3.1 billion Danish crowns ($480 million), the Danish defence ministry said in a statement.")),
        dip("meeting", ["Ukraine Defense Contact Group"], day("2026-12-09", "on Dec. 9"), "planned",
            "next ministerial session of the Ukraine Defense Contact Group",
            ev("The Ukraine Defense Contact Group, in which some 50 countries coordinate military help for Kyiv, will hold its next ministerial session in Brussels on Dec. 9, a NATO official said."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- k09
N1125 = night("2026-11-24", "2026-11-25", "overnight into Wednesday")
GOLD["k09_wire_poland_summons_lutsk"] = dict(
    notes="Wire story from Warsaw (Thursday 26 November): Poland's summons of the Russian charge d'affaires 'on "
          "Wednesday' (diplomatic protest, held; no place: the article places the ministry, not the event); the North "
          "Atlantic Council's Article 4 meeting in Brussels 'on Thursday' (held); the night into Wednesday on western "
          "Ukraine: Lutsk (2 injured; '14 of the 19 drones that flew towards the city': launched 19, intercepted 14 on "
          "the city record) and a missile on a gas compressor station near Stryi (no casualties). Optional: the wave "
          "'against the Volyn and Lviv regions' (an aggregate of the same night). Not coded: drones over Poland, one "
          "shot down (an airspace violation, not an attack), last September's incident, Tusk's call, airport closures.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Lutsk", "Volyn", "Ukraine")], N1125,
               [{"type": "drone", "launched": cnt(19, "19"), "intercepted": cnt(14, "14")}],
               ev("The drones were part of a wave that Russia sent overnight into Wednesday against the Volyn and Lviv regions of Ukraine, which border Poland.",
                  "In Lutsk, the capital of the Volyn region, a drone hit the grounds of an industrial plant, injuring two security guards and starting a fire, Mayor Ihor Polishchuk said.",
                  "Air defences destroyed 14 of the 19 drones that flew towards the city, the regional administration said."),
               injured=cnt(2, "two security guards"), damage=["industrial plant"], reported_by=["Ihor Polishchuk"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Stryi", "Lviv", "Ukraine")], N1125,
               [{"type": "missile"}],
               ev("Near the town of Stryi in the Lviv region, a missile damaged a gas compressor station operated by state energy firm Naftogaz, governor Maksym Kozytskyi said.",
                  "There were no casualties, he said."),
               damage=["gas compressor station"], reported_by=["Maksym Kozytskyi"]),
        opt(attack("Russia", "Ukraine", "air_drone_strike",
                   [loc("Volyn", "Volyn", "Ukraine", "region"), loc("Lviv", "Lviv", "Ukraine", "region")], N1125,
                   [{"type": "drone"}],
                   ev("The drones were part of a wave that Russia sent overnight into Wednesday against the Volyn and Lviv regions of Ukraine, which border Poland."))),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Poland", "Russia"], day("2026-11-25", "on Wednesday"), "held",
            "Poland's foreign ministry summoned the Russian charge d'affaires over drones in its airspace; Deputy Foreign Minister Marcin Bosacki handed over a protest note",
            ev("WARSAW, Nov 26 (BWS) - Poland's foreign ministry called in the Russian charge d'affaires on Wednesday after two Russian drones crossed into Polish airspace during an overnight attack on western Ukraine, and NATO ambassadors held emergency consultations at Warsaw's request on Thursday.",
               "Deputy Foreign Minister Marcin Bosacki handed the Russian diplomat a protest note, ministry spokesman Pawel Wronski told reporters.")),
        dip("meeting", ["NATO", "Poland"], day("2026-11-26", "on Thursday"), "held",
            "North Atlantic Council consultations under Article 4 at Poland's request",
            ev("The North Atlantic Council met at Poland's request in Brussels on Thursday under Article 4 of the alliance's founding treaty, which allows members to ask for consultations when they feel threatened, a NATO spokesperson said."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- k10
N1101 = night("2026-10-31", "2026-11-01", "overnight into Sunday")
GOLD["k10_kharkiv_night_drones_afternoon_bomb"] = dict(
    notes="Regional story (Sunday 1 November): Kharkiv twice the same day, two records: 11 Shahed drones 'overnight "
          "into Sunday' (launched 11, kept on the city record; 6 injured, a 4-year-old son among them; districts stay "
          "on the city record) and a guided bomb 'On Sunday afternoon' (1 killed, 4 injured); artillery on "
          "Kivsharivka 'on Sunday morning' (a 62-year-old man killed); the air force's country total 'overnight' (94 "
          "drones, 71 down). Not coded: '14 settlements ... came under fire' over the past day (a tally, no place), "
          "the mayor's appeal, the daily guided bombs (a habit).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], N1101,
               [{"type": "drone", "model": "Shahed", "launched": cnt(11, "11")}],
               ev("KHARKIV - Russia sent 11 Shahed drones against Kharkiv overnight into Sunday, damaging apartment buildings and a tram depot in three districts and injuring six people, Mayor Ihor Terekhov said.",
                  "Among the injured were a 34-year-old woman and her 4-year-old son, who were treated for shock and cuts from broken glass."),
               injured=cnt(6, "six people"), children_injured=cnt(1, "her 4-year-old son"),
               damage=["apartment buildings", "tram depot"], reported_by=["Ihor Terekhov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2026-11-01", "On Sunday afternoon"), [{"type": "glide_bomb"}],
               ev("On Sunday afternoon, a Russian guided aerial bomb hit a sports complex in the Kyivskyi district, killing a woman and injuring four other people, regional governor Oleh Syniehubov said."),
               killed=cnt(1, "a woman"), injured=cnt(4, "four other people"), damage=["sports complex"],
               reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kivsharivka", "Kharkiv", "Ukraine")],
               day("2026-11-01", "on Sunday morning"), [{"type": "artillery"}],
               ev("East of the city, Russian artillery shelled the village of Kivsharivka in the Kupiansk district on Sunday morning, killing a 62-year-old man in his yard, Syniehubov said."),
               killed=cnt(1, "a 62-year-old man"), reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-10-31", "2026-11-01", "overnight"),
               [{"type": "drone", "launched": cnt(94, "94"), "intercepted": cnt(71, "71")}],
               ev("Ukraine's air force said that Russia had launched a total of 94 drones across the country overnight and that 71 of them were shot down."),
               reported_by=["Ukraine's air force"]),
    ], diplomacy=[])

# --------------------------------------------------------------------------- k11
GOLD["k11_wire_budapest_summit_off"] = dict(
    notes="US-agency diplomacy story (Friday 30 October): the Trump-Putin summit in Budapest 'put on hold with no new "
          "date' (stalled, no date; Hungary only offered to host, not a participant); the Rubio-Lavrov phone call 'a "
          "day after' / 'Thursday's call' (held, 29 October); Umerov to travel to Ankara 'next week' for talks with "
          "Turkish officials (planned). Optional: Stubb's proposal of an EU envoy (a proposal told at a conference, "
          "debatable as an event); the Alaska meeting 'in August 2025' (background). Not coded: Orban's offer that "
          "'remains on the table', the December summit's expected discussion, Peskov's remarks, the nightly strikes (no place).",
    attacks=[],
    diplomacy=[
        dip("summit", ["United States", "Russia"], None, "stalled",
            "the planned Trump-Putin summit in Budapest, put on hold with no new date",
            ev("WASHINGTON (CP) — A planned summit in Budapest between Donald Trump and Vladimir Putin of Russia has been put on hold with no new date, White House officials said Friday, a day after Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov spoke by phone."),
            location=loc("Budapest", None, "Hungary")),
        dip("phone_call", ["United States", "Russia"], day("2026-10-29", "a day after"), "held",
            "Rubio and Lavrov discussed the sequence of a possible ceasefire and an all-for-all prisoner exchange",
            ev("WASHINGTON (CP) — A planned summit in Budapest between Donald Trump and Vladimir Putin of Russia has been put on hold with no new date, White House officials said Friday, a day after Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov spoke by phone.",
               "In Thursday's call, which the State Department described as \"frank,\" Rubio and Lavrov discussed the sequence of a possible ceasefire and an exchange of all prisoners of war, according to readouts from both sides.")),
        dip("talks", ["Ukraine", "Turkey"], week("2026-11-02", "2026-11-08", "next week"), "planned",
            "Rustem Umerov to hold talks with Turkish officials on Black Sea shipping",
            ev("Rustem Umerov, the secretary of Ukraine's National Security and Defense Council, will travel to Ankara next week for talks with Turkish officials on keeping Black Sea shipping lanes safe, his office said Friday."),
            location=loc("Ankara", None, "Turkey")),
        dip("proposal", ["Finland", "European Union"], day("2026-10-29", "Thursday"), "proposed",
            "Stubb proposed that the EU appoint a special envoy for negotiations with Russia",
            ev("Finnish President Alexander Stubb proposed Thursday that the European Union appoint a special envoy to speak for the bloc in any negotiations with Russia, telling a conference in Helsinki that Europe \"cannot be a spectator at its own security table.\""),
            optional=True),
        dip("summit", ["United States", "Russia"], month("2025-08-01", "2025-08-31", "in August 2025"), "held",
            "Trump and Putin's last in-person meeting, in Alaska",
            ev("Trump and Putin last met in person in Alaska in August 2025."),
            location=loc("Alaska", None, "United States", "region"), optional=True),
    ])

# --------------------------------------------------------------------------- k12
N1113 = night("2026-11-12", "2026-11-13", "overnight")
GOLD["k12_wire_novorossiysk_zaporizhzhia"] = dict(
    notes="Wire story (Friday 13 November): Ukrainian sea and aerial drones on Novorossiysk 'overnight' (an oil "
          "terminal, 3 crew wounded); the Russian ministry's 44 drones destroyed 'over the Krasnodar region, Crimea and "
          "the Black Sea' (one record with the two land places; the five boats sunk are in its evidence, not coded "
          "as a number); Russian missiles on Zaporizhzhia 'on Thursday evening' (5 killed, 22 wounded; 'three missiles "
          "hit the city': launched 3; Iskander-M); artillery on Nikopol 'on Friday morning' (a 45-year-old "
          "woman wounded). Not coded: the SBU source's claim (the same attack), the year's refinery campaign, oil prices. "
          "Relabelled (codebook 9, ruling of 2 December 2026, afternoon): Zaporizhzhia ballistic_missile launched 3 (was no figure).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar", "Russia")], N1113,
               [{"type": "drone"}],
               ev("Nov 13 (BWS) - Ukrainian sea drones and aerial drones attacked the Russian Black Sea port of Novorossiysk overnight, setting fire to an oil terminal and wounding three crew members of a tanker moored nearby, Russian officials said on Friday.",
                  "The city's mayor, Andrei Kravchenko, declared a state of emergency and said residential buildings near the port had their windows blown out."),
               injured=cnt(3, "three crew members"), damage=["oil terminal", "tanker", "residential buildings"],
               reported_by=["Andrei Kravchenko"]),
        attack("Ukraine", "Russia", "air_drone_strike",
               [loc("Krasnodar", "Krasnodar", "Russia", "region"), loc("Crimea", "Crimea", "Ukraine", "region")], N1113,
               [{"type": "drone", "intercepted": cnt(44, "44")}],
               ev("Russia's defence ministry said 44 Ukrainian drones had been destroyed overnight over the Krasnodar region, Crimea and the Black Sea, and that the navy had sunk five uncrewed boats heading for the port."),
               reported_by=["Russia's defence ministry"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-11-12", "on Thursday evening"), [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(3, "three")}],
               ev("Hours earlier, on Thursday evening, Russian missiles struck Zaporizhzhia in southern Ukraine, killing five people and wounding 22, regional governor Ivan Fedorov said.",
                  "Fedorov said three missiles hit the city. Ukraine's air force said they were Iskander-M ballistic missiles fired from the occupied south of the region."),
               killed=cnt(5, "five people"), injured=cnt(22, "22"), damage=["apartment building"],
               reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-13", "on Friday morning"), [{"type": "artillery"}],
               ev("Across the Dnipro river, Russian artillery shelled the city of Nikopol on Friday morning, wounding a 45-year-old woman and damaging a gas pipeline and several houses, according to Vladyslav Haivanenko, who heads the Dnipropetrovsk region's administration."),
               injured=cnt(1, "a 45-year-old woman"), damage=["gas pipeline", "houses"],
               reported_by=["Vladyslav Haivanenko"]),
    ], diplomacy=[])

# --------------------------------------------------------------------------- k13, k14
GOLD["k13_analysis_economy_winter"] = dict(
    notes="Economic analysis (Friday 20 November): central bank decision, growth and inflation figures, monthly drone "
          "and missile launch totals for October and interception shares, gas production losses, financing needs. "
          "No strike with a place and a night, no diplomatic event. **No record at all** (war-adjacent).",
    attacks=[], diplomacy=[])

GOLD["k14_football_karpaty_metalist"] = dict(
    notes="Football match report (Monday 19 October): 'strike', 'fired a low shot', 'attack', 'launched a shot', "
          "'killer blow', 'kill it off', a red card and a disciplinary decision, Ukrainian city names in club names. "
          "No war content. **No record at all** (not war-adjacent).",
    attacks=[], diplomacy=[])

# --------------------------------------------------------------------------- k15
N1109 = night("2026-11-08", "2026-11-09", "overnight")
GOLD["k15_radio_bulletin_transcript"] = dict(
    notes="Radio news bulletin transcript (Monday 9 November, 07:00 GMT), speakers' labels, numbers spoken as words: "
          "drones on Odesa 'in the early hours of this morning' (2 killed, 8 hurt, one child; the headline's 'Two "
          "people' and the detail 'a couple in their seventies' are the same two); the air force's country figures 'a "
          "hundred and twelve' / 'ninety-one'; Russia's 'sixty-three' drones destroyed 'overnight over southern and "
          "western Russia' (country record Russia); a fuel depot in Tikhoretsk, Krasnodar region (nobody hurt; the "
          "night of the sentence before); Zelensky's visit to Paris and talks with Macron 'this afternoon' (both "
          "planned). Optional: the G7 foreign ministers' meeting in Canada (told only as the occasion of a statement, "
          "no date). Not coded: the G7's call for a ceasefire, protests in Tbilisi, markets.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               day("2026-11-09", "in the early hours of this morning"), [{"type": "drone"}],
               ev("NEWSREADER: Ukrainian officials say two people were killed and eight hurt when Russian drones hit residential streets in Odesa in the early hours of this morning.",
                  "The regional governor says one of the drones hit a four-storey block of flats near the seafront; a couple in their seventies were killed in their flat.",
                  "Eight others were injured, one of them a child."),
               killed=cnt(2, "two people"), injured=cnt(8, "eight"), children_injured=cnt(1, "one of them a child"),
               damage=["block of flats", "residential streets"], reported_by=["regional governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N1109,
               [{"type": "drone", "launched": cnt(112, "a hundred and twelve"), "intercepted": cnt(91, "ninety-one")}],
               ev("Ukraine's air force says that across the country Russia sent in a hundred and twelve drones overnight, and that it brought down ninety-one of them."),
               reported_by=["Ukraine's air force"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1109,
               [{"type": "drone", "intercepted": cnt(63, "sixty-three")}],
               ev("NEWSREADER: Thank you. Russia's defence ministry says its air defences destroyed sixty-three Ukrainian drones overnight over southern and western Russia."),
               reported_by=["Russia's defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Tikhoretsk", "Krasnodar", "Russia")], N1109,
               [{"type": "drone"}],
               ev("In the Krasnodar region, the local authorities say a drone attack set a fuel depot on fire in Tikhoretsk.",
                  "They say nobody was hurt."),
               damage=["fuel depot"], reported_by=["local authorities"]),
    ],
    diplomacy=[
        dip("visit", ["Ukraine", "France"], day("2026-11-09", "later today"), "planned",
            "Zelensky's visit to Paris, hosted by Macron",
            ev("And the French president is to host his Ukrainian counterpart in Paris later today.",
               "It's his third visit to France this year."),
            location=loc("Paris", None, "France")),
        dip("talks", ["Ukraine", "France"], day("2026-11-09", "this afternoon"), "planned",
            "Zelensky and Macron's talks at the Elysee Palace on air defence and weapons financing",
            ev("He's due at the Elysee Palace this afternoon for talks with President Macron, and officials here say air defence and the financing of weapons purchases will top the agenda."),
            location=loc("Paris", None, "France")),
        dip("meeting", ["G7"], None, "held",
            "G7 foreign ministers' meeting in Canada, after which they issued a joint statement",
            ev("In a joint statement issued after a meeting in Canada, the ministers also said they would keep up pressure on Moscow's oil revenues."),
            location=loc("Canada", None, "Canada", "country"), optional=True),
    ])

# --------------------------------------------------------------------------- k16
GOLD["k16_photo_gallery_captions"] = dict(
    notes="Weekly photo gallery (Saturday 10 October), one caption per photo, agency caption style with full dates "
          "('Friday, Oct. 9, 2026') and credits: Chernihiv drone attack told in two captions (one record, 4 injured); "
          "the Danish prime minister's unannounced visit to Kyiv and talks with Zelenskyy (both held, 8 October); a "
          "Ukrainian drone on a car dealership in Belgorod (2 wounded); a guided bomb on Druzhkivka (1 killed, 7 "
          "wounded); a drone on a house in Bilozerka ('An elderly couple': 2 killed). Not coded: a howitzer firing "
          "toward Russian positions (front-line fire, no place hit), a funeral, a blackout, training.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chernihiv", "Chernihiv", "Ukraine")],
               day("2026-10-09", "Friday, Oct. 9, 2026"), [{"type": "drone"}],
               ev("**1.** Emergency workers carry an injured woman out of a five-storey apartment building damaged by a Russian drone attack in Chernihiv, Ukraine, Friday, Oct. 9, 2026.",
                  "Four people were injured in the attack, regional officials said."),
               injured=cnt(4, "Four people"), damage=["apartment building"], reported_by=["regional officials"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod", "Russia")],
               day("2026-10-07", "Wednesday, Oct. 7, 2026"), [{"type": "drone"}],
               ev("**5.** In this photo provided by the Belgorod regional governor's Telegram channel, firefighters work at a burning car dealership after a Ukrainian drone attack in Belgorod, Russia, Wednesday, Oct. 7, 2026.",
                  "Governor Vyacheslav Gladkov said two people were wounded."),
               injured=cnt(2, "two people"), damage=["car dealership"], reported_by=["Vyacheslav Gladkov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Druzhkivka", "Donetsk", "Ukraine")],
               day("2026-10-06", "Tuesday, Oct. 6, 2026"), [{"type": "glide_bomb"}],
               ev("**7.** A man stands next to the crater left by a Russian guided bomb in a residential area of Druzhkivka, Donetsk region, Ukraine, Tuesday, Oct. 6, 2026.",
                  "One person was killed and seven were wounded in the strike, the Donetsk regional prosecutors said."),
               killed=cnt(1, "One person"), injured=cnt(7, "seven"), damage=["residential area"],
               reported_by=["Donetsk regional prosecutors"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bilozerka", "Kherson", "Ukraine")],
               day("2026-10-04", "Sunday, Oct. 4, 2026"), [{"type": "drone"}],
               ev("**10.** Rescuers search the rubble of a house destroyed by a Russian drone attack in the village of Bilozerka, Kherson region, Ukraine, Sunday, Oct. 4, 2026.",
                  "An elderly couple who lived in the house were killed, the regional administration said."),
               killed=cnt(2, "An elderly couple"), damage=["house"], reported_by=["regional administration"]),
    ],
    diplomacy=[
        dip("visit", ["Denmark", "Ukraine"], day("2026-10-08", "Thursday, Oct. 8, 2026"), "held",
            "Danish Prime Minister Mette Frederiksen's unannounced visit to Kyiv",
            ev("**3.** Danish Prime Minister Mette Frederiksen, left, and Ukrainian President Volodymyr Zelenskyy shake hands at the start of their talks in Kyiv, Ukraine, Thursday, Oct. 8, 2026.",
               "Frederiksen arrived in the Ukrainian capital on an unannounced visit."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("talks", ["Denmark", "Ukraine"], day("2026-10-08", "Thursday, Oct. 8, 2026"), "held",
            "Frederiksen and Zelenskyy's talks in Kyiv",
            ev("**3.** Danish Prime Minister Mette Frederiksen, left, and Ukrainian President Volodymyr Zelenskyy shake hands at the start of their talks in Kyiv, Ukraine, Thursday, Oct. 8, 2026."),
            location=loc("Kyiv", None, "Ukraine")),
    ])


def main() -> None:
    write_gold(DEV6, GOLD)


if __name__ == "__main__":
    main()
