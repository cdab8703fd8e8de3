"""Write evals/dev8/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV8 = ROOT / "evals" / "dev8"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- n01
N1114 = night("2026-11-13", "2026-11-14", "overnight")
N01_LEAD = ("KYIV, Nov 14 (Northwire) - Russia pounded Kyiv with drones and missiles overnight, killing at least four "
            "people and wounding 25 in an assault that also knocked out power to a western city, Ukrainian officials "
            "said on Saturday.")
GOLD["n01_reuters_kyiv_overnight_toll"] = dict(
    notes="Wire story (Saturday 14 November): the night's nationwide barrage (country record: 470 drones / 402 down; "
          "'38 missiles' / '27 missiles' down as a combined figure of type other, 'six of them ballistic' as its own "
          "entry); Kyiv ('at least four' killed in the lead, 'climbed to seven' later: evidence only; 25 wounded); a "
          "missile on an energy facility in Lviv (no injuries; the lead's night); Russia's ministry's 64 Ukrainian "
          "drones destroyed 'during the night' (country record Russia; 'mostly above the Bryansk and Kursk regions' "
          "gives no shares: no regional record); the Zelenskiy-Macron call 'on Saturday afternoon'. Not coded: "
          "Sybiha's appeal, Peskov's 'open to a negotiated settlement' and unplanned contacts (statements), the "
          "weeks-long campaign (no count, no place).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1114,
               [{"type": "drone", "launched": cnt(470, "470"), "intercepted": cnt(402, "402")},
                {"type": "ballistic_missile", "launched": cnt(6, "six")},
                {"type": "other", "model": "missiles", "launched": cnt(38, "38"), "intercepted": cnt(27, "27")}],
               ev("Russia launched 470 drones and 38 missiles, six of them ballistic, in the attack that lasted about nine hours, Ukraine's air force said in a statement.",
                  "Its units downed 402 drones and 27 missiles, the air force said."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N1114,
               [{"type": "drone"}, {"type": "missile"}],
               ev(N01_LEAD,
                  "By late afternoon, Kyiv mayor Vitali Klitschko said the death toll had climbed to seven."),
               killed=cnt(4, "at least four people", "at_least"), injured=cnt(25, "25"),
               damage=["nine-storey residential building", "kindergarten"], reported_by=["Vitali Klitschko"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Lviv", "Lviv", "Ukraine")], N1114,
               [{"type": "missile"}],
               ev("In the western city of Lviv, a missile struck an energy facility, leaving parts of the city without electricity, mayor Andriy Sadovyi said.",
                  "There were no injuries in Lviv, according to Sadovyi."),
               damage=["energy facility"], reported_by=["Andriy Sadovyi"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-11-13", "2026-11-14", "during the night"),
               [{"type": "drone", "intercepted": cnt(64, "64")}],
               ev("In Moscow, the defence ministry reported that 64 Ukrainian drones had been destroyed over Russian territory during the night, mostly above the Bryansk and Kursk regions."),
               reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "France"], day("2026-11-14", "on Saturday afternoon"), "held",
            "Zelenskiy and Emmanuel Macron spoke by phone about air defence and frozen Russian assets",
            ev("President Volodymyr Zelenskiy spoke by phone with French President Emmanuel Macron on Saturday afternoon, his office said, adding that the two discussed air defence and the use of frozen Russian assets.")),
    ])

# --------------------------------------------------------------------------- n02
GOLD["n02_ap_kharkiv_glide_bombs_merz"] = dict(
    notes="US wire story (Wednesday 7 October): glide bombs on Kharkiv 'on Tuesday' (2 killed, 17 injured, three "
          "children); a glide bomb on Kostiantynivka 'on Wednesday morning' ('one man' killed); drones on Sumy "
          "'Overnight' (one injured); Zelenskyy-Merz talks in Berlin 'on Tuesday'. Not coded: Merz's 'must do more' and "
          "'all options remain on the table', Rutte's condemnation and call (statements), the ministry's claim of a "
          "captured village (not an attack on a place), the explainer on glide bombs.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2026-10-06", "on Tuesday"), [{"type": "glide_bomb"}],
               ev("KHARKIV, Ukraine (CP) — Russian aircraft dropped powerful glide bombs on Ukraine's second-largest city on Tuesday, killing two people and injuring 17 others, including three children, regional officials said.",
                  "The bombs hit a residential area in Kharkiv's Kholodnohirskyi district in the early evening, collapsing part of a five-story building and setting cars ablaze, Kharkiv regional Gov. Oleh Syniehubov said on Telegram."),
               killed=cnt(2, "two people"), injured=cnt(17, "17 others"), children_injured=cnt(3, "three children"),
               damage=["five-story building", "cars"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kostiantynivka", "Donetsk", "Ukraine")],
               day("2026-10-07", "on Wednesday morning"), [{"type": "glide_bomb"}],
               ev("Farther south, a glide bomb struck the center of Kostiantynivka on Wednesday morning, killing one man, the head of the Donetsk regional administration, Vadym Filashkin, said."),
               killed=cnt(1, "one man"), reported_by=["Vadym Filashkin"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")],
               night("2026-10-06", "2026-10-07", "Overnight"), [{"type": "drone"}],
               ev("Overnight, Russian drones also hit the city of Sumy, injuring one person and damaging a school, according to local authorities."),
               injured=cnt(1, "one person"), damage=["school"], reported_by=["local authorities"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Germany"], day("2026-10-06", "on Tuesday"), "held",
            "Zelenskyy and Chancellor Friedrich Merz held talks in Berlin on air defense and long-range weapons",
            ev("The attacks came as President Volodymyr Zelenskyy held talks in Berlin on Tuesday with German Chancellor Friedrich Merz, who said Germany would keep up its support."),
            location=loc("Berlin", None, "Germany")),
    ])

# --------------------------------------------------------------------------- n03
N0919 = night("2026-09-18", "2026-09-19", "overnight")
N03_MOD = ("The Russian defence ministry said that air defence systems had destroyed 121 Ukrainian drones overnight "
           "over 12 regions, including 40 over the Krasnodar region and 23 over the Rostov region.")
GOLD["n03_afp_tikhoretsk_depot_beijing"] = dict(
    notes="French-wire story (Saturday 19 September), Russia as target: drones on an oil depot at Tikhoretsk overnight "
          "(no casualties); the ministry's 121 drones over 12 regions (country record Russia); a drone attack on the "
          "Morozovsky district ('a man' injured; no date words of its own: the lead's night; district record); "
          "Lavrov-Wang Yi talks in Beijing 'on Friday'; Russian shelling of Nikopol 'on Friday' (two women wounded). "
          "Optional: the Krasnodar (40) and Rostov (23) region shares. Not coded: Ukraine's general staff's claim "
          "(the same depot strike), the months-long campaign, Peskov's 'hoped to hold' talks and Kallas's 'could' "
          "adopt sanctions (no event).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Tikhoretsk", "Krasnodar Krai", "Russia")], N0919,
               [{"type": "drone"}],
               ev("An oil depot in southern Russia was set ablaze by Ukrainian drones overnight, local authorities said Saturday, as Moscow reported downing more than a hundred drones over its territory.",
                  "The depot at Tikhoretsk in the Krasnodar region caught fire after it was hit by drone debris, the regional emergency headquarters said on Telegram, adding that around 80 firefighters were working to put out the blaze."),
               damage=["oil depot"], reported_by=["regional emergency headquarters"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0919,
               [{"type": "drone", "intercepted": cnt(121, "121")}],
               ev(N03_MOD), reported_by=["Russian defence ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Krasnodar", "Krasnodar Krai", "Russia", "region")], N0919,
                   [{"type": "drone", "intercepted": cnt(40, "40")}], ev(N03_MOD),
                   reported_by=["Russian defence ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Rostov", "Rostov Oblast", "Russia", "region")], N0919,
                   [{"type": "drone", "intercepted": cnt(23, "23")}], ev(N03_MOD),
                   reported_by=["Russian defence ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Morozovsky district", "Rostov Oblast", "Russia", "district")],
               N0919, [{"type": "drone"}],
               ev("In the neighbouring Rostov region, governor Yuri Slyusar said a drone attack had targeted the Morozovsky district, where a man was injured and several houses were damaged."),
               injured=cnt(1, "a man"), damage=["houses"], reported_by=["Yuri Slyusar"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-09-18", "on Friday"), [{"type": "artillery"}],
               ev("In Ukraine, Russian forces shelled the town of Nikopol on Friday, wounding two women, regional governor Serhiy Lysak said."),
               injured=cnt(2, "two women"), reported_by=["Serhiy Lysak"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "China"], day("2026-09-18", "on Friday"), "held",
            "Sergei Lavrov held talks with Wang Yi in Beijing on Ukraine and the Asia-Pacific",
            ev("Meanwhile, Russian Foreign Minister Sergei Lavrov held talks with his Chinese counterpart Wang Yi in Beijing on Friday, the two ministries said."),
            location=loc("Beijing", None, "China")),
    ])

# --------------------------------------------------------------------------- n04
N0827 = night("2026-08-26", "2026-08-27", "overnight on Aug. 27")
GOLD["n04_kyivindependent_odesa_izmail_ports"] = dict(
    notes="Kyiv English-language outlet (Thursday 27 August): ballistic missiles and drones on port infrastructure in "
          "Odesa overnight (the lead names the oblast, the next paragraph the city's port; 'two people' killed, "
          "'eight' injured in the lead; the third death later: evidence only); drones on Izmail (no casualties; the "
          "lead's night); the Air Force's night figures (95 Shahed-type / 78 down; four Iskander-M ballistic, no "
          "interception said); Russian shelling of Nikopol 'during the day' (a woman wounded); Sybiha's talks with "
          "Toiu in Bucharest 'on Aug. 27'; Romania's summons of Russia's charge d'affaires 'On Aug. 26'. Optional: "
          "Sybiha's trip as a visit. Not coded: drone fragments found in Romania (nothing hit), the 'earlier attack on "
          "Izmail' (no date, no count), Romania's 'ready to consider' and its call on allies (statements).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], N0827,
               [{"type": "ballistic_missile"}, {"type": "drone"}],
               ev("Russian forces attacked port infrastructure in Odesa Oblast with ballistic missiles and drones overnight on Aug. 27, killing two people and injuring eight, Governor Oleh Kiper reported.",
                  "The attack damaged warehouses and a grain terminal at a port in the city of Odesa, as well as several trucks, Kiper wrote on Telegram.",
                  "Later in the day, the regional administration said a third victim, a 51-year-old dock worker, had died in hospital."),
               killed=cnt(2, "two people"), injured=cnt(8, "eight"),
               damage=["warehouses", "grain terminal", "trucks"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")], N0827,
               [{"type": "drone"}],
               ev("In Izmail, a port town on the Danube river, drones damaged grain silos and an administrative building, according to the Izmail city administration.",
                  "No casualties were reported there."),
               damage=["grain silos", "administrative building"], reported_by=["Izmail city administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0827,
               [{"type": "drone", "model": "Shahed", "launched": cnt(95, "95"), "intercepted": cnt(78, "78")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(4, "four")}],
               ev("Across the country, Russian forces sent 95 Shahed-type attack drones plus four Iskander-M ballistic missiles, according to the Air Force, which reported that 78 of the drones were downed."),
               reported_by=["Air Force"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-08-27", "during the day"), [{"type": "artillery"}],
               ev("Separately, Russian troops shelled Nikopol in Dnipropetrovsk Oblast during the day, wounding a woman, 43, and hitting a gas pipeline, Governor Serhii Lysak said."),
               injured=cnt(1, "a woman"), damage=["gas pipeline"], reported_by=["Serhii Lysak"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Romania"], day("2026-08-27", "on Aug. 27"), "held",
            "Andrii Sybiha met Romanian Foreign Minister Oana Toiu in Bucharest on Black Sea security",
            ev("Foreign Minister Andrii Sybiha traveled to Bucharest on Aug. 27, where he met his Romanian counterpart Oana Toiu."),
            location=loc("Bucharest", None, "Romania")),
        dip("visit", ["Ukraine", "Romania"], day("2026-08-27", "on Aug. 27"), "held",
            "Sybiha's trip to Bucharest",
            ev("Foreign Minister Andrii Sybiha traveled to Bucharest on Aug. 27, where he met his Romanian counterpart Oana Toiu."),
            location=loc("Bucharest", None, "Romania"), optional=True),
        dip("diplomatic_protest", ["Romania", "Russia"], day("2026-08-26", "On Aug. 26"), "held",
            "Romania summoned Russia's charge d'affaires over drone fragments found near the Danube",
            ev("On Aug. 26, Romanian diplomats summoned Moscow's charge d'affaires in Bucharest after fragments of a drone were found on Romanian territory near the Danube following an earlier attack on Izmail, Romania's Foreign Ministry said in a statement.")),
    ])

# --------------------------------------------------------------------------- n05
GOLD["n05_guardian_eu_sanctions_assets"] = dict(
    notes="British paper's story (Friday 23 October): the EU's 20th sanctions package 'formally adopted ... on "
          "Thursday' (sanctions, held); the two-day European Council summit in Brussels Zelenskyy attended (summit, "
          "held: its first day is told in the past); the 'reparations loan' that 'remains blocked' (proposal, "
          "stalled; Belgium's objection in the description; no date of its own); the UK's sanctions 'on Wednesday'; a "
          "drone on Zaporizhzhia 'on Wednesday evening' ('a woman' killed, five injured); Starmer hosting the "
          "coalition of the willing 'on Friday' (meeting, planned). Optional: leaders meeting 'again in December'. "
          "Not coded: Peskov's 'built immunity', De Wever's and Zelenskyy's words, analysts.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-10-21", "on Wednesday evening"), [{"type": "drone"}],
               ev("Hours before the summit opened, a Russian drone strike on Zaporizhzhia killed a woman and injured five people, according to the region's governor, Ivan Fedorov.",
                  "The drone hit a car repair shop in the city's Shevchenkivskyi district on Wednesday evening."),
               killed=cnt(1, "a woman"), injured=cnt(5, "five people"), damage=["car repair shop"],
               reported_by=["Ivan Fedorov"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-10-22", "on Thursday"), "held",
            "The EU's 20th sanctions package: 117 shadow-fleet vessels listed, Russian LNG phased out by 2027",
            ev("The 20th package, formally adopted by member states on Thursday, adds 117 vessels of Moscow's so-called shadow fleet to the blacklist and phases out purchases of Russian LNG by 2027, officials said.")),
        dip("summit", ["European Union", "Ukraine"], day("2026-10-22", "on the first day"), "held",
            "Two-day European Council summit in Brussels, attended in person by Zelenskyy",
            ev("The measures were approved on the first day of a two-day European Council summit in Brussels, after Slovakia dropped objections it had raised for more than a month.",
               "Volodymyr Zelenskyy attended the summit in person and urged leaders to make a decision before the end of the year."),
            location=loc("Brussels", None, "Belgium")),
        dip("proposal", ["European Union", "Ukraine"], None, "stalled",
            "The Commission's reparations loan of up to 140bn euros for Ukraine, blocked by Belgium",
            ev("But the proposed \"reparations loan\" of up to 140bn euros, first tabled by the Commission in September, remains blocked.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-10-21", "on Wednesday"), "held",
            "UK sanctions on 90 more tankers and two Chinese refineries buying Russian crude",
            ev("The UK on Wednesday announced sanctions on 90 more tankers and on two Chinese refineries that buy Russian crude, the Foreign Office said.")),
        dip("meeting", ["coalition of the willing", "United Kingdom"], day("2026-10-23", "on Friday"), "planned",
            "Keir Starmer to host the coalition of the willing in London, most leaders by video link",
            ev("Keir Starmer is expected to host the coalition of the willing in London on Friday, Downing Street said."),
            location=loc("London", None, "United Kingdom")),
        dip("summit", ["European Union"], month("2026-12-01", "2026-12-31", "in December"), "planned",
            "EU leaders meet again in December",
            ev("The Commission is expected to present a revised version of the loan before leaders meet again in December."),
            optional=True),
    ])

# --------------------------------------------------------------------------- n06
GOLD["n06_cnn_exchange_witkoff_postponed"] = dict(
    notes="US broadcaster's story (Friday 25 September): an exchange of 146 prisoners each 'on Thursday' mediated by "
          "the UAE (the mediator a participant); Witkoff-Putin talks at the Kremlin 'on Wednesday'; a third round of "
          "direct talks in Istanbul that 'had been scheduled ... on Monday' and 'has been postponed' with no new date "
          "(stalled; dated to the coming Monday, 28 September, the reading of 'had been scheduled' in a story about "
          "what is next); Russian shelling of Kherson 'on Thursday' ('a 72-year-old man' killed, 'Another person' "
          "injured); guided bombs on Balakliia 'on Thursday afternoon' (four injured). Not coded: Zelensky 'hopes to "
          "meet Putin', the Kremlin's conditions, the UAE's count of exchanges (no event), analysts.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-09-24", "on Thursday"), [{"type": "artillery"}],
               ev("Russian shelling killed a 72-year-old man in the southern city of Kherson on Thursday, the regional military administration said.",
                  "Another person was injured in the city's Dniprovskyi district, it said."),
               killed=cnt(1, "a 72-year-old man"), injured=cnt(1, "Another person"),
               reported_by=["regional military administration"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Balakliia", "Kharkiv", "Ukraine")],
               day("2026-09-24", "on Thursday afternoon"), [{"type": "glide_bomb"}],
               ev("Russian forces also struck the town of Balakliia in the Kharkiv region with guided bombs on Thursday afternoon, injuring four people, local officials said."),
               injured=cnt(4, "four people"), reported_by=["local officials"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-09-24", "on Thursday"), "held",
            "146 prisoners of war exchanged each way in a UAE-mediated swap",
            ev("Ukraine and Russia exchanged 146 prisoners of war each on Thursday, in a deal mediated by the United Arab Emirates, even as a planned new round of direct talks between the two sides was put off.")),
        dip("talks", ["United States", "Russia"], day("2026-09-23", "on Wednesday"), "held",
            "US envoy Steve Witkoff met Vladimir Putin at the Kremlin for more than three hours",
            ev("The swap comes a day after US special envoy Steve Witkoff met Russian President Vladimir Putin at the Kremlin on Wednesday, in talks that lasted more than three hours."),
            location=loc("Moscow", None, "Russia")),
        dip("talks", ["Russia", "Ukraine"], day("2026-09-28", "on Monday"), "stalled",
            "A third round of direct Russian-Ukrainian talks in Istanbul, postponed with no new date",
            ev("A third round of direct talks between Russian and Ukrainian delegations, which had been scheduled to take place in Istanbul on Monday, has been postponed, Turkish officials told GNN.",
               "No new date has been set."),
            location=loc("Istanbul", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- n07
GOLD["n07_sky_healey_kyiv_aid_chernihiv"] = dict(
    notes="British broadcaster's story (Thursday 5 November): John Healey's surprise visit to Kyiv 'on Thursday' "
          "(visit, held); the GBP 500m air-defence package he announced there (military aid, held; dated by the "
          "visit's 'on Thursday'); drones on Chernihiv 'Overnight' (three injured); shelling of Velykyi Burluk 'on "
          "Wednesday evening' ('a 60-year-old man' killed); two Patriot systems Germany 'has delivered', 'handed over "
          "in recent days' (military aid, held); the Ramstein group's ministers who 'will gather in Brussels on 19 "
          "November' (meeting, planned). Optional: Healey's meeting with Zelensky and Shmyhal during the visit "
          "(talks); Zelensky's 'more than 1,500 drones' over the past week (a week's tally with a count, no place). "
          "Not coded: 'ready' to lead a reassurance force, 'close the sky', Zakharova's accusations (statements).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chernihiv", "Chernihiv", "Ukraine")],
               night("2026-11-04", "2026-11-05", "Overnight"), [{"type": "drone"}],
               ev("Overnight, Russian drones attacked Chernihiv, injuring three people and damaging an infrastructure facility, Dmytro Bryzhynskyi, Chernihiv's military administrator, said."),
               injured=cnt(3, "three people"), damage=["infrastructure facility"], reported_by=["Dmytro Bryzhynskyi"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Velykyi Burluk", "Kharkiv", "Ukraine")],
               day("2026-11-04", "on Wednesday evening"), [{"type": "artillery"}],
               ev("In the Kharkiv region, shelling killed a 60-year-old man in the village of Velykyi Burluk on Wednesday evening, Governor Oleh Syniehubov said."),
               killed=cnt(1, "a 60-year-old man"), reported_by=["Oleh Syniehubov"]),
        opt(attack("Russia", "Ukraine", "air_drone_strike", [UA], week("2026-10-29", "2026-11-05", "over the past week"),
                   [{"type": "drone", "launched": cnt(1500, "more than 1,500", "more_than")}],
                   ev("Speaking alongside Mr Healey, Mr Zelensky said Russia had launched more than 1,500 drones at Ukraine over the past week and urged allies to \"close the sky\"."),
                   reported_by=["Volodymyr Zelensky"])),
    ],
    diplomacy=[
        dip("visit", ["United Kingdom", "Ukraine"], day("2026-11-05", "on Thursday"), "held",
            "Defence Secretary John Healey's unannounced visit to Kyiv",
            ev("The defence secretary has made a surprise trip to Kyiv, promising £500m of new funding for Ukraine's air defences hours after Russian drones struck the northern city of Chernihiv.",
               "John Healey travelled to the Ukrainian capital by train on Thursday, where he met President Volodymyr Zelensky and his Ukrainian counterpart, Denys Shmyhal."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("talks", ["United Kingdom", "Ukraine"], day("2026-11-05", "on Thursday"), "held",
            "Healey met Zelensky and Defence Minister Denys Shmyhal",
            ev("John Healey travelled to the Ukrainian capital by train on Thursday, where he met President Volodymyr Zelensky and his Ukrainian counterpart, Denys Shmyhal."),
            location=loc("Kyiv", None, "Ukraine"), optional=True),
        dip("military_aid", ["United Kingdom", "Ukraine"], day("2026-11-05", "on Thursday"), "held",
            "GBP 500m package for interceptor drones and spare parts, announced by Healey in Kyiv",
            ev("The package, which Mr Healey announced at a news conference in Kyiv, will pay for thousands of interceptor drones and for spare parts for systems already in use, the Ministry of Defence said.")),
        dip("military_aid", ["Germany", "Ukraine"], week("2026-10-29", "2026-11-05", "in recent days"), "held",
            "Germany delivered two further Patriot systems, Boris Pistorius said",
            ev("Germany, meanwhile, has delivered two further Patriot air defence systems to Ukraine, Defence Minister Boris Pistorius said in Berlin on Thursday.",
               "The systems were handed over in recent days, he said, without giving further details.")),
        dip("meeting", ["Ukraine Defense Contact Group"], day("2026-11-19", "on 19 November"), "planned",
            "Ramstein-format defence ministers' meeting in Brussels",
            ev("Defence ministers of the Ramstein group will gather in Brussels on 19 November, where more air defence pledges are expected."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- n08
GOLD["n08_ukrinform_sumy_border_estonia"] = dict(
    notes="Ukrainian state agency story (Friday 14 August): the region's day ('Over the past day', 87 attacks on 12 "
          "border communities with artillery, mortars, drones and guided bombs: one region record, kind other; the "
          "four communities named under fire stay on it); an FPV drone on a car in Bilopillia ('a 58-year-old man' "
          "killed); two guided bombs on Khotin (damage only; the bombs are hits, not a launch figure); drones on Sumy "
          "'on the night of August 14' (four injured, 'a 12-year-old girl'); a ballistic missile on Shostka 'on August "
          "11' (background with place, date and count: its own record); Zelensky's meeting with Estonia's Kristen "
          "Michal in Kyiv 'On August 13' (talks, held). Optional: Michal's visit itself; Estonia's 0.25% of GDP for "
          "military aid 'next year' (an announced intention). Not coded: Hryhorov's quote, Zelensky's thanks and "
          "'counting on new decisions', Michal's statement.",
    attacks=[
        attack("Russia", "Ukraine", "other", [loc("Sumy", "Sumy Oblast", "Ukraine", "region")],
               night("2026-08-13", "2026-08-14", "Over the past day"),
               [{"type": "artillery"}, {"type": "drone"}, {"type": "glide_bomb"}],
               ev("SUMY, August 14 (UkrNational) - Over the past day, Russian troops carried out 87 attacks on 12 border communities in the Sumy region, using artillery, mortars, drones and guided aerial bombs.",
                  "According to the administration, the Bilopillia, Krasnopillia, Khotin and Velyka Pysarivka communities came under fire."),
               reported_by=["Sumy Regional Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bilopillia", "Sumy", "Ukraine")],
               night("2026-08-13", "2026-08-14", "Over the past day"), [{"type": "drone", "model": "FPV"}],
               ev("In Bilopillia, an enemy FPV drone hit a car, killing a 58-year-old man."),
               killed=cnt(1, "a 58-year-old man"), damage=["car"], reported_by=["Sumy Regional Military Administration"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Khotin", "Sumy", "Ukraine")],
               night("2026-08-13", "2026-08-14", "Over the past day"), [{"type": "glide_bomb"}],
               ev("Khotin community was struck with two guided aerial bombs, damaging private houses and an outbuilding."),
               damage=["private houses", "outbuilding"], reported_by=["Sumy Regional Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")],
               night("2026-08-13", "2026-08-14", "on the night of August 14"), [{"type": "drone"}],
               ev("In addition, on the night of August 14, the enemy attacked Sumy with attack drones.",
                  "Four people were injured, including a 12-year-old girl, regional chief Oleh Hryhorov said."),
               injured=cnt(4, "Four people"), children_injured=cnt(1, "a 12-year-old girl"),
               damage=["apartment buildings", "shop", "cars"], reported_by=["Oleh Hryhorov"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Shostka", "Sumy", "Ukraine")],
               day("2026-08-11", "on August 11"), [{"type": "ballistic_missile"}],
               ev("As UkrNational reported earlier, on August 11 Russian forces struck Shostka with a ballistic missile, injuring nine people."),
               injured=cnt(9, "nine people")),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Estonia"], day("2026-08-13", "On August 13"), "held",
            "Zelensky met Estonian Prime Minister Kristen Michal in Kyiv on air defence, drones and EU accession",
            ev("On August 13, President Volodymyr Zelensky held a meeting in Kyiv with Prime Minister of Estonia Kristen Michal, who arrived in Ukraine on a visit."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("visit", ["Estonia", "Ukraine"], day("2026-08-13", "On August 13"), "held",
            "Kristen Michal's visit to Ukraine, including the Sumy region",
            ev("On August 13, President Volodymyr Zelensky held a meeting in Kyiv with Prime Minister of Estonia Kristen Michal, who arrived in Ukraine on a visit."),
            location=loc("Kyiv", None, "Ukraine"), optional=True),
        dip("military_aid", ["Estonia", "Ukraine"], day("2026-08-13", "On August 13"), "planned",
            "Estonia to allocate 0.25% of GDP to military assistance to Ukraine next year",
            ev("Michal announced that Estonia would allocate 0.25% of its GDP to military assistance to Ukraine next year."),
            optional=True),
    ])

# --------------------------------------------------------------------------- n09
N1017 = night("2026-10-16", "2026-10-17", "On the night of October 17")
GOLD["n09_rbc_energy_poltava_washington"] = dict(
    notes="Ukrainian online outlet's story (Saturday 17 October): the night's combined attack on energy (country "
          "record: 320 drones / 281 neutralised; '52 missiles' / '40 missiles' as a combined figure of type other, "
          "'14 Kinzhal and Iskander-M ballistic missiles' as their own entry; 'Hits ... at 19 locations' are hits, "
          "not launches); a strike on gas production infrastructure in the Poltava region (region record, two "
          "workers injured; weapon not said for it: kind other); a hit on a combined heat and power plant in Kharkiv "
          "(no one killed; weapon not said: kind other); a drone on a bus station in Pavlohrad 'on the evening of "
          "October 16' (1 killed, 6 injured); the previous large attack 'on October 10' (background with a date and a "
          "count: its own country record, 465 drones and 32 missiles); Zelensky's trip to the United States 'next "
          "week' to meet Trump (visit, planned). Optional: the meeting with Trump as talks. Not coded: power outages "
          "in five regions (outages, not strikes), Yermak's 'could receive' Tomahawks, the experts' assessment.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1017,
               [{"type": "drone", "launched": cnt(320, "320"), "intercepted": cnt(281, "281")},
                {"type": "ballistic_missile", "model": "Kinzhal, Iskander-M", "launched": cnt(14, "14")},
                {"type": "other", "model": "missiles of various types", "launched": cnt(52, "52"),
                 "intercepted": cnt(40, "40")}],
               ev("On the night of October 17, Russia carried out another massive combined attack on Ukraine's energy sector.",
                  "The enemy used 320 attack drones and 52 missiles of various types, including 14 Kinzhal and Iskander-M ballistic missiles.",
                  "According to the Air Force, air defence neutralised 281 drones and 40 missiles."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "other", [loc("Poltava", "Poltava Oblast", "Ukraine", "region")], N1017, [],
               ev("In the Poltava region, the enemy struck gas production infrastructure of Naftogaz, the company said.",
                  "Two workers were injured, and the facilities were seriously damaged."),
               injured=cnt(2, "Two workers"), damage=["gas production infrastructure"], reported_by=["Naftogaz"]),
        attack("Russia", "Ukraine", "other", [loc("Kharkiv", "Kharkiv", "Ukraine")], N1017, [],
               ev("In Kharkiv, a combined heat and power plant was hit, mayor Ihor Terekhov said.",
                  "No one was killed."),
               damage=["combined heat and power plant"], reported_by=["Ihor Terekhov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Pavlohrad", "Dnipropetrovsk", "Ukraine")],
               day("2026-10-16", "on the evening of October 16"), [{"type": "drone"}],
               ev("Earlier, on the evening of October 16, a Russian drone hit a bus station in the town of Pavlohrad, Dnipropetrovsk region, killing one person and injuring six, head of the regional administration Serhii Lysak said."),
               killed=cnt(1, "one person"), injured=cnt(6, "six"), damage=["bus station"], reported_by=["Serhii Lysak"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2026-10-10", "on October 10"),
               [{"type": "drone", "launched": cnt(465, "465")}, {"type": "missile", "launched": cnt(32, "32")}],
               ev("Russia's previous large attack on the energy sector took place on October 10, when the enemy launched 465 drones and 32 missiles."),
               damage=["energy sector"]),
    ],
    diplomacy=[
        dip("visit", ["Ukraine", "United States"], week("2026-10-19", "2026-10-25", "next week"), "planned",
            "Zelensky to travel to the United States to meet Donald Trump in the Oval Office",
            ev("According to him, he will travel to the United States next week to meet Donald Trump in the Oval Office."),
            location=loc("Washington", None, "United States")),
        dip("talks", ["Ukraine", "United States"], week("2026-10-19", "2026-10-25", "next week"), "planned",
            "Zelensky's planned meeting with Trump at the White House",
            ev("According to him, he will travel to the United States next week to meet Donald Trump in the Oval Office."),
            location=loc("Washington", None, "United States"), optional=True),
    ])

# --------------------------------------------------------------------------- n10
N1127 = night("2026-11-26", "2026-11-27", "overnight")
GOLD["n10_novaya_belgorod_rylsk_erdogan"] = dict(
    notes="Exiled Russian outlet's story (Friday 27 November): drones on a substation in Belgorod overnight (a guard "
          "injured, 'one person'); the ministry's 88 drones 'intercepted and destroyed' overnight (country record "
          "Russia); a drone on a minibus in Rylsk 'on Thursday' ('the driver' killed; 'Two passengers were "
          "hospitalised' is not injured, codebook rule 6); the Putin-Erdogan call 'On Thursday'; Russia's summons of "
          "Moldova's ambassador 'on Wednesday' (diplomatic protest); the Ukrainian Air Force's 142 drones / 117 down "
          "'overnight' (country record Ukraine); a drone on an apartment tower in Dnipro (three injured; the same "
          "night). Not coded: Turkey 'ready to host' and Peskov's 'could' return to talks (statements), reports of "
          "a US plan, November's count of damaged substations (a month's tally), residents' complaints.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod", "Russia")], N1127,
               [{"type": "drone"}],
               ev("Ukrainian drones struck an electrical substation in Belgorod overnight, leaving parts of the city without power and heating, Governor Vyacheslav Gladkov said on Friday morning.",
                  "According to him, one person was injured: a security guard at the facility suffered shrapnel wounds."),
               injured=cnt(1, "one person"), damage=["electrical substation"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1127,
               [{"type": "drone", "intercepted": cnt(88, "88")}],
               ev("Russia's Ministry of Defence reported that 88 Ukrainian drones had been \"intercepted and destroyed\" overnight, without saying where most of them were shot down."),
               reported_by=["Russia's Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Rylsk", "Kursk", "Russia")],
               day("2026-11-26", "on Thursday"), [{"type": "drone"}],
               ev("In the Kursk region, a Ukrainian drone attacked a minibus in the town of Rylsk on Thursday, killing the driver, acting governor Alexander Khinshtein said."),
               killed=cnt(1, "the driver"), damage=["minibus"], reported_by=["Alexander Khinshtein"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N1127,
               [{"type": "drone", "launched": cnt(142, "142"), "intercepted": cnt(117, "117")}],
               ev("Meanwhile, Russian forces again struck Ukraine overnight.",
                  "The Ukrainian Air Force said Russia had launched 142 drones, of which 117 were shot down."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")], N1127,
               [{"type": "drone"}],
               ev("In Dnipro, three people were injured when a drone crashed into an apartment tower, regional head Serhii Lysak said."),
               injured=cnt(3, "three people"), damage=["apartment tower"], reported_by=["Serhii Lysak"]),
    ],
    diplomacy=[
        dip("phone_call", ["Russia", "Turkey"], day("2026-11-26", "On Thursday"), "held",
            "Putin and Erdogan discussed resuming Russian-Ukrainian negotiations in Istanbul and trade",
            ev("On Thursday, Vladimir Putin had a phone conversation with Turkish President Recep Tayyip Erdogan.")),
        dip("diplomatic_protest", ["Russia", "Moldova"], day("2026-11-25", "on Wednesday"), "held",
            "Russia's Foreign Ministry summoned Moldova's ambassador Lilian Darii over a diplomat's expulsion",
            ev("Russia's Foreign Ministry on Wednesday summoned Moldova's ambassador, Lilian Darii, to protest against the expulsion of a Russian diplomat from Chisinau, the ministry said.")),
    ])

# --------------------------------------------------------------------------- n11, n12
GOLD["n11_analysis_interceptor_economics"] = dict(
    notes="Analysis of the economics of interceptor drones (Friday 30 October): unit costs, daily production, shares of "
          "drones brought down by method in two months, budget shares. No record at all: no attack on a place on a "
          "day or night (monthly shares and 'nights when several hundred drones arrive' are generic), no diplomatic "
          "event (a financing model 'copied by several others' has no date or participants named).",
    attacks=[], diplomacy=[])

GOLD["n12_sport_derby_rail_strike"] = dict(
    notes="Football match report (Monday 9 November): a 'late strike', 'fired a curling shot', 'persistent attack', "
          "'under fire', 'firing line', 'under attack from fans' groups', a rail workers' '24-hour strike', a flare "
          "and a bin 'fire', shares that 'shot up', talks with management and an investor 'in talks'. No record at "
          "all (not war-adjacent).",
    attacks=[], diplomacy=[])


def main() -> None:
    write_gold(DEV8, GOLD)


if __name__ == "__main__":
    main()
