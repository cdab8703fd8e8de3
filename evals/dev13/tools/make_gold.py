"""Write evals/dev13/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md (rules 6, 9, 11, 13 and 15 as clarified on 1 December 2026). Re-running this
script overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV13 = ROOT / "evals" / "dev13"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, loc, UA, RU, attack, dip, write_gold, opt  # noqa: E402


GOLD: dict[str, dict] = {}
N1314 = ("2026-01-13", "2026-01-14")
N1617 = ("2026-01-16", "2026-01-17")

# --------------------------------------------------------------------------- t01
GOLD["t01_genstaff_daily_summary_kostiantynivka"] = dict(
    notes="General Staff-style morning summary (Friday 16 January, 'over the past day' = 15-16 January). Coded: "
          "guided aerial bombs on Kostiantynivka and Druzhkivka (rule 2: two towns in one sentence, one record with "
          "two locations; two killed, five wounded 'in the two towns'); MLRS on Nikopol and Marhanets (one record, "
          "two locations, no casualties given). Optional: Ukraine's strike on an ammunition depot near Tokmak "
          "(a military target in occupied territory, results 'being clarified'). Not coded: the cumulative losses "
          "since 2022 (aggregate), the front-wide '3 missile strikes and 58 air strikes, dropping 97 guided aerial "
          "bombs' and '4,310 kamikaze drones' (front-wide daily aggregates tied to no place: hits, not a barrage on a "
          "locality), combat engagements and assaults (ground fighting), the command post (no place).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb",
               [loc("Kostiantynivka", "Donetsk", "Ukraine"), loc("Druzhkivka", "Donetsk", "Ukraine")],
               night("2026-01-15", "2026-01-16", "Over the past day"), [{"type": "glide_bomb"}],
               ev("Guided aerial bombs hit residential areas of Kostiantynivka and Druzhkivka in the Donetsk region during the reporting period, according to the General Staff.",
                  "According to the Donetsk regional military administration, two civilians died and five received injuries in the two towns."),
               killed=cnt(2, "two civilians"), injured=cnt(5, "five"),
               damage=["residential areas"], reported_by=["General Staff", "Donetsk regional military administration"]),
        attack("Russia", "Ukraine", "shelling_artillery",
               [loc("Nikopol", "Dnipropetrovsk", "Ukraine"), loc("Marhanets", "Dnipropetrovsk", "Ukraine")],
               night("2026-01-15", "2026-01-16", "over the past day"),
               [{"type": "artillery", "model": "multiple-launch rocket systems"}],
               ev("Russian multiple-launch rocket systems also struck Nikopol and Marhanets in the Dnipropetrovsk region; the statement gave no information on casualties there."),
               reported_by=["General Staff"]),
        opt(attack("Ukraine", "Russia", "other", [loc("Tokmak", "Zaporizhzhia", "Ukraine")],
                   night("2026-01-15", "2026-01-16", "over the past day"), [],
                   ev("In addition, Ukraine's defence forces hit an ammunition depot of the occupying forces near Tokmak and an enemy command post in the Kupiansk direction; the results are being clarified."),
                   damage=["ammunition depot"], reported_by=["General Staff"])),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- t02
GOLD["t02_dnipro_oma_statement_overnight"] = dict(
    notes="City military administration's statement (Wednesday 14 January, 'Last night' = 13-14 January). Coded: "
          "drones and ballistic missiles on Dnipro, one record for the city (rule 1: four districts and debris falls "
          "go into damage; two killed, 'Eleven residents' injured, 'three children aged 4, 9 and 15'); the Air "
          "Force's national figures as a country record (rule 9: '154 means of air attack' is a combined total, "
          "type other; 'six Iskander-M ballistic missiles' with 'None of the six' intercepted = 0; '148 strike "
          "drones of the Shahed type' with 120 neutralised). Not coded: 'Eight of the injured are in hospital' "
          "(a subset, rule 6), the day of mourning, appeals.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               night(*N1314, "Last night"), [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("Last night the enemy again attacked our city with attack drones and ballistic missiles.",
                  "As of 09:00, two people have been killed: a 58-year-old man and a 61-year-old woman. Eleven residents were injured, among them three children aged 4, 9 and 15.",
                  "Shevchenkivskyi district: a ballistic missile hit the territory of an industrial enterprise."),
               killed=cnt(2, "two people"), injured=cnt(11, "Eleven residents"),
               children_injured=cnt(3, "three children"),
               damage=["industrial enterprise", "warehouse", "private house", "school roof", "cars"],
               reported_by=["Dnipro City Military Administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*N1314, "overnight"),
               [{"type": "other", "model": "means of air attack", "launched": cnt(154, "154")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(6, "six"), "intercepted": cnt(0, "None")},
                {"type": "drone", "model": "Shahed", "launched": cnt(148, "148"), "intercepted": cnt(120, "120")}],
               ev("According to the Ukrainian Air Force, in total the enemy used 154 means of air attack overnight: six Iskander-M ballistic missiles and 148 strike drones of the Shahed type.",
                  "Air defence neutralised 120 drones.",
                  "None of the six ballistic missiles was intercepted."),
               reported_by=["Ukraine's Air Force"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- t03
T03_MOD = ("Russia's defense ministry said in Moscow that its air defenses \"intercepted and destroyed\" 46 Ukrainian "
           "drones overnight. Of those, 20 were over the Kursk region and 11 over the Belgorod region, it said.")
GOLD["t03_liveblog_dnipro_erdogan_call"] = dict(
    notes="Live page in oldest-first order (Wednesday 14 January). Coded: the Dnipro night (13-14 January) with the "
          "first figures (rule 6: 'at least one person' killed, 'seven' wounded at 6:05; two killed and 11 injured "
          "at 7:20 are evidence only; 'three of them children' is the first children figure, so it is coded); "
          "Russia's ministry's 46 drones (country record Russia; Moscow is the speaker, not a place hit); the "
          "Zelensky-Erdogan call 'on Wednesday morning' (the Turkish president named by role first). Optional: the "
          "Kursk (20) and Belgorod (11) regional shares. Not coded: Erdogan's 'ready to host' and Peskov's 'remains "
          "open' (stances, rule 13), the look back ('a frequent target throughout the war': no count, no date).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               night(*N1314, "overnight"), [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("Russia pounded the central Ukrainian city of Dnipro with drones and ballistic missiles overnight, killing at least one person and wounding seven, the city's military administration reported.",
                  "The number of people killed in Dnipro has risen to two, the city administration said, and 11 people are now reported injured, three of them children."),
               killed=cnt(1, "at least one person", "at_least"), injured=cnt(7, "seven"),
               children_injured=cnt(3, "three of them children"),
               damage=["house", "multi-storey building"], reported_by=["Dnipro city military administration"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*N1314, "overnight"),
               [{"type": "drone", "intercepted": cnt(46, "46")}], ev(T03_MOD),
               reported_by=["Russian defense ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk Oblast", "Russia", "region")],
                   night(*N1314, "overnight"), [{"type": "drone", "intercepted": cnt(20, "20")}], ev(T03_MOD),
                   reported_by=["Russian defense ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod Oblast", "Russia", "region")],
                   night(*N1314, "overnight"), [{"type": "drone", "intercepted": cnt(11, "11")}], ev(T03_MOD),
                   reported_by=["Russian defense ministry"])),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-01-14", "on Wednesday morning"), "held",
            "Zelensky and Recep Tayyip Erdogan discussed Black Sea shipping and a new round of prisoner exchanges",
            ev("Ukrainian President Volodymyr Zelensky said he held a phone call with the Turkish president on Wednesday morning, their first conversation this year.",
               "According to Zelensky's office, the leaders talked about keeping Black Sea sea lanes safe for merchant vessels and about whether another swap of captives could be arranged.")),
    ])

# --------------------------------------------------------------------------- t04
T04_MOD = 'The Russian Defence Ministry said in the morning that its air defence crews on duty had shot down 71 Ukrainian fixed-wing drones overnight. It listed the regions: 24 over the Rostov region, 17 over the Samara region, and the rest over the Saratov, Volgograd and Voronezh regions and the Sea of Azov.'
GOLD["t04_indie_russian_drones_syzran_morozovsk"] = dict(
    notes="Independent Russian outlet (Saturday 17 January; 'the night of 17 January' = 16-17 January, rule 11). "
          "Coded: Ukrainian drones on the Syzran refinery (fire; 'nobody was hurt': explicit nil in the ideal "
          "answer); drones on the Morozovsky district (power line damaged by debris; the Astra channel's claim of a "
          "hit on the airfield's fuel storage is evidence of the same record, not a second one); the ministry's 71 "
          "drones as a country record Russia. Optional: the Rostov (24) and Samara (17) regional shares. Not coded: "
          "'targeted dozens of times since the campaign ... began' (aggregate, no date), the train delays.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Syzran", "Samara Oblast", "Russia")],
               night(*N1617, "on the night of 17 January"), [{"type": "drone"}],
               ev("Governor Vyacheslav Fedorishchev wrote on his Telegram channel that the refinery had been \"attacked by enemy UAVs\" on the night of 17 January and that a fire had broken out on the territory of the plant.",
                  "According to the governor, nobody was hurt, and the fire was localised by morning."),
               damage=["oil refinery"], reported_by=["Vyacheslav Fedorishchev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Morozovsky district", "Rostov Oblast", "Russia", "district")],
               night(*N1617, "That same night"), [{"type": "drone"}],
               ev("That same night, drones also flew towards the Morozovsk military airfield in the Rostov region.",
                  "Acting governor Yuri Slyusar said that air defences had repelled an attack on the Morozovsky district and that debris had damaged a power line, leaving two villages without electricity.",
                  "The Telegram channel Astra, citing local residents, claimed that at least one drone had hit the airfield's fuel storage; it was not possible to verify this claim independently."),
               damage=["power line", "airfield fuel storage (claimed)"], reported_by=["Yuri Slyusar", "Astra"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*N1617, "overnight"),
               [{"type": "drone", "intercepted": cnt(71, "71")}], ev(T04_MOD),
               reported_by=["Russian Defence Ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Rostov", "Rostov Oblast", "Russia", "region")],
                   night(*N1617, "overnight"), [{"type": "drone", "intercepted": cnt(24, "24")}], ev(T04_MOD),
                   reported_by=["Russian Defence Ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Samara", "Samara Oblast", "Russia", "region")],
                   night(*N1617, "overnight"), [{"type": "drone", "intercepted": cnt(17, "17")}], ev(T04_MOD),
                   reported_by=["Russian Defence Ministry"])),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- t05
GOLD["t05_markets_gas_poltava_strike"] = dict(
    notes="Markets piece (Thursday 15 January). Coded: Russian missiles on gas production infrastructure in the "
          "Poltava region 'on Wednesday' (region record; 'No one was hurt': explicit nil in the ideal answer). Not "
          "coded: 'a wave of strikes on its production hubs in the autumn' (background, no count, no place), import "
          "volumes, storage levels, prices, the talks on pipeline flows through Turkey (no participants, no date).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Poltava", "Poltava", "Ukraine", "region")],
               day("2026-01-14", "on Wednesday"), [{"type": "missile"}],
               ev("Russian missiles struck production infrastructure in the Poltava region on Wednesday, state energy company Naftogaz said in a statement, without giving details of the extent of the damage or saying how much output had been lost.",
                  "No one was hurt, the company said."),
               damage=["gas production infrastructure"], reported_by=["Naftogaz"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- t06
GOLD["t06_communique_paris_leaders"] = dict(
    notes="Summary of a joint statement (Friday 16 January). Coded: the four leaders' meeting in Paris 'on Thursday' "
          "(summit, held; people named in the description); Germany's two IRIS-T systems (military aid, held: "
          "decided and announced); France's Aster interceptors (military aid, held); the EU's 20th package approved "
          "'on Wednesday' (sanctions, held); the Geneva meeting of national security advisers 'on 23 January' "
          "(talks, planned). Optional: the Commission's proposal to lower the price cap (proposed, no date, "
          "background). Not coded: the call on the US to impose tariffs (urged, not proposed), 'stood ready to "
          "contribute' to a force (stance, rule 13), Zelensky's 'open to a meeting' (stance), Peskov's dismissal "
          "(reaction).",
    attacks=[],
    diplomacy=[
        dip("summit", ["France", "Germany", "United Kingdom", "Ukraine"], day("2026-01-15", "on Thursday"), "held",
            "Macron hosted Merz, Starmer and Zelensky at the Elysee Palace; joint statement on air defence, sanctions and talks",
            ev("PARIS - The leaders of France, Germany, the United Kingdom and Ukraine met at the Elysee Palace on Thursday and afterwards issued a joint statement promising more air defence for Ukraine, tighter pressure on Russia's oil revenue and a new round of security talks later this month."),
            location=loc("Paris", None, "France")),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-01-15", "on Thursday"), "held",
            "Germany to provide two more IRIS-T systems and missiles worth about EUR 1.2 billion",
            ev("Germany will hand Ukraine a further pair of IRIS-T launch systems plus missiles for batteries already deployed, worth about EUR 1.2 billion, the statement said;")),
        dip("military_aid", ["France", "Ukraine"], day("2026-01-15", "on Thursday"), "held",
            "France to send additional Aster interceptors",
            ev("France announced it would send additional Aster interceptors, without giving a number.")),
        dip("sanctions", ["European Union", "Russia"], day("2026-01-14", "on Wednesday"), "held",
            "EU ambassadors approved the 20th sanctions package (40 more shadow-fleet tankers)",
            ev("The leaders welcomed the European Union's 20th sanctions package, which EU ambassadors approved in Brussels on Wednesday and which blacklists 40 more ageing tankers that carry Russian oil outside Western rules.")),
        dip("sanctions", ["European Union", "Russia"], None, "proposed",
            "The European Commission's proposal to lower the oil price cap further",
            ev("said they supported a proposal by the European Commission to lower the oil price cap further"),
            optional=True),
        dip("talks", ["France", "Germany", "United Kingdom", "Ukraine", "United States"], day("2026-01-23", "on 23 January"), "planned",
            "National security advisers of the four countries and the US to work on security guarantees in Geneva",
            ev("National security advisers of the four countries and of the United States will meet in Geneva on 23 January to work on the text of security guarantees, the statement said."),
            location=loc("Geneva", None, "Switzerland")),
    ])

# --------------------------------------------------------------------------- t07
GOLD["t07_interview_foreign_minister_istanbul"] = dict(
    notes="Q&A with Ukraine's foreign minister (interview on Wednesday evening 14 January, published Thursday 15 "
          "January). Coded: his call with his Hungarian counterpart 'on Monday' (phone call, held); the exchange "
          "'On Friday' (9 January) of 157 for 157 mediated by the UAE (prisoner exchange, held); the Istanbul round "
          "'on 28 January' (talks, planned; Turkey hosts); the Slovak prime minister's trip planned for Thursday "
          "(visit, cancelled). Optional: 'Last night it was Dnipro, two people dead' (a strike told in passing, "
          "night 13-14 January). Not coded: 'ready to travel to Washington' (stance), the 'more than USD 60 billion' "
          "since the invasion (aggregate), 'a 21st package that actually bites' (a wish).",
    attacks=[
        opt(attack("Russia", "Ukraine", "other", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
                   night(*N1314, "Last night"), [],
                   ev("Last night it was Dnipro, two people dead, children wounded."),
                   killed=cnt(2, "two people"), reported_by=["Andrii Sybiha"])),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Hungary"], day("2026-01-12", "on Monday"), "held",
            "Andrii Sybiha called Peter Szijjarto about the Hungarian minority and accession clusters",
            ev("Yes, I called Peter Szijjarto on Monday.",
               "We discussed schooling in the Hungarian language in Zakarpattia and, separately, Hungary's position on the accession clusters.")),
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-01-09", "On Friday"), "held",
            "157 Ukrainians returned in an exchange mediated by the UAE; Russia received the same number",
            ev("On Friday we brought home 157 of our people in an exchange with the Russian side, mediated by the United Arab Emirates, and the Russians received the same number.")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-01-28", "on 28 January"), "planned",
            "Ukrainian and Russian delegations to meet again in Istanbul, hosted by Turkey; humanitarian issues first",
            ev("The delegations are due to meet again in Istanbul on 28 January.", "Turkey has confirmed it will host."),
            location=loc("Istanbul", None, "Turkey")),
        dip("visit", ["Slovakia", "Ukraine"], day("2026-01-15", "planned for Thursday"), "cancelled",
            "The Slovak prime minister's trip to Uzhhorod was cancelled",
            ev("There was supposed to be a visit by the Slovak prime minister this week.",
               "His office told us on Tuesday that the trip to Uzhhorod planned for Thursday would not take place."),
            location=loc("Uzhhorod", "Zakarpattia", "Ukraine")),
    ])

# --------------------------------------------------------------------------- t08
GOLD["t08_regional_kherson_shelling_victims"] = dict(
    notes="Regional paper (Tuesday 13 January). Coded: artillery and Grad MLRS on Kherson's Korabelnyi district "
          "'on Monday afternoon' (city record; the two named victims, 'Both were killed'; 'Four more people' "
          "wounded, 'a brother and sister aged 12 and 9' = children_injured 2); a glide bomb on Bilozerka 'on Monday "
          "evening' (a 38-year-old man injured). Not coded: 'more than 40 times' (hits, not launches, rule 9), "
          "'lived under fire since ... November 2022' (no event), December's 'more than 120 civilians' (monthly "
          "aggregate), drones hunting cars (generic).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-01-12", "on Monday afternoon"),
               [{"type": "artillery"}, {"type": "artillery", "model": "Grad"}],
               ev("Both were killed on Monday afternoon when Russian artillery shells landed in the Korabelnyi district of Kherson, the city military administration said.",
                  "In total, the Russian army fired on the city from artillery and Grad multiple-launch rocket systems more than 40 times on Monday, said Roman Mrochko, who leads Kherson's wartime city administration.",
                  "Four more people were wounded, among them a brother and sister aged 12 and 9, who were playing near their apartment block on Perekopska Street."),
               killed=cnt(2, "Both"), injured=cnt(4, "Four more people"),
               children_injured=cnt(2, "a brother and sister aged 12 and 9"),
               reported_by=["Kherson city military administration", "Roman Mrochko"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Bilozerka", "Kherson", "Ukraine")],
               day("2026-01-12", "on Monday evening"), [{"type": "glide_bomb"}],
               ev("A glide bomb struck the village of Bilozerka, west of the city, on Monday evening, injuring a 38-year-old man and destroying the village's post office, the regional administration reported."),
               injured=cnt(1, "a 38-year-old man"), damage=["post office"], reported_by=["Kherson regional administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- t09
GOLD["t09_explainer_week_timeline"] = dict(
    notes="Explainer with a dated timeline (Sunday 18 January). Every timeline line with a place and a day is coded: "
          "Kherson shelling 'Monday, 12 January' (two killed); Dnipro 'Tuesday night into Wednesday' (13-14 January; "
          "drones and Iskander-M; two killed, 11 injured); Dnipro again 'Wednesday night into Thursday' (14-15 "
          "January; a driver injured: a second event, not the same night); Syzran refinery 'Saturday, 17 January'; "
          "the Zelensky-Erdogan call and the EU's 20th package on 14 January; the Paris meeting on 15 January "
          "(summit); the Geneva advisers' meeting 'on Friday, 23 January' and the Istanbul round 'on 28 January' "
          "(talks, planned); the Commission's 21st package put to member states 'on Friday' (sanctions, proposed: "
          "rule 13); the Slovak prime minister's visit (cancelled). Not coded: December's 'more than "
          "5,000' drones and Russia's 'well over 10,000' since 2025 (aggregates), Hungary's threat to block "
          "(threat), 'no plans for a call' (a non-event), 'targeted more often this winter' (no count, no date).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-01-12", "Monday, 12 January"), [{"type": "artillery"}],
               ev("Russian artillery and rocket fire killed two residents of Kherson's Korabelnyi district."),
               killed=cnt(2, "two residents")),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               night(*N1314, "Tuesday night into Wednesday"),
               [{"type": "drone"}, {"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("Drones and Iskander-M missiles struck Dnipro; two people were killed and 11 injured."),
               killed=cnt(2, "two people"), injured=cnt(11, "11")),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               night("2026-01-14", "2026-01-15", "Wednesday night into Thursday"), [{"type": "drone"}],
               ev("Dnipro was targeted again, for the second night running: a drone hit a bus depot in the Industrialnyi district, injuring a driver."),
               injured=cnt(1, "a driver"), damage=["bus depot"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Syzran", "Samara Oblast", "Russia")],
               day("2026-01-17", "Saturday, 17 January"), [{"type": "drone"}],
               ev("Ukrainian drones set the Syzran refinery in Russia's Samara region on fire."),
               damage=["refinery"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-01-14", "Wednesday, 14 January"), "held",
            "Zelensky and the Turkish president discussed Black Sea shipping",
            ev("Zelensky and the Turkish president discussed Black Sea shipping by phone.")),
        dip("sanctions", ["European Union", "Russia"], day("2026-01-14", "Wednesday, 14 January"), "held",
            "EU ambassadors signed off on the 20th sanctions package",
            ev("In Brussels, EU ambassadors signed off on the bloc's 20th sanctions package.")),
        dip("summit", ["France", "Germany", "United Kingdom", "Ukraine"], day("2026-01-15", "Thursday, 15 January"), "held",
            "Macron, Merz, Starmer and Zelensky met in Paris and agreed an air defence package",
            ev("Macron, Merz, Starmer and Zelensky met in Paris and agreed an air defence package."),
            location=loc("Paris", None, "France")),
        dip("talks", ["United States", "Ukraine"], day("2026-01-23", "on Friday, 23 January"), "planned",
            "Security advisers from the US, Ukraine and three European countries to meet in Geneva",
            ev("Security advisers from the US, Ukraine and three European countries are due to meet in Geneva on Friday, 23 January."),
            location=loc("Geneva", None, "Switzerland")),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2026-01-28", "on 28 January"), "planned",
            "Russian and Ukrainian delegations expected in Istanbul; prisoners and deported children first",
            ev("Russian and Ukrainian delegations are expected in Istanbul on 28 January, where prisoners and deported children will top the agenda."),
            location=loc("Istanbul", None, "Turkey")),
        dip("sanctions", ["European Union", "Russia"], day("2026-01-16", "on Friday"), "proposed",
            "The Commission put the 21st sanctions package to member states",
            ev("Hungary has threatened to block the 21st sanctions package, which the Commission put to member states on Friday; ambassadors take it up next week.")),
        dip("visit", ["Slovakia", "Ukraine"], day("2026-01-15", "planned for Thursday"), "cancelled",
            "A visit to western Ukraine by Slovakia's prime minister was called off",
            ev("A visit to western Ukraine by Slovakia's prime minister, planned for Thursday, was called off at short notice.")),
    ])

# --------------------------------------------------------------------------- t10
GOLD["t10_control_kyiv_opera_cold"] = dict(
    notes="Culture piece (Friday 16 January): the opera in the frost, sirens stopping performances 'eleven times' "
          "this season, generators bought 'after the blackouts of previous winters', a tour in April. No record at "
          "all: no attack on a place on a day or night, no dated diplomatic event (the tour is cultural).",
    attacks=[], diplomacy=[])

# --------------------------------------------------------------------------- t11
GOLD["t11_ukrwire_odesa_port_all_but_nine"] = dict(
    notes="Ukrainian agency (Saturday 17 January; 'overnight on Saturday' = 16-17 January). Coded: drones on Odesa's "
          "port (city record; 'No one was killed or injured': explicit nils in the ideal answer; the debris in the "
          "Kyivskyi district goes into damage); drones on a fuel depot in the Izmail district (district record, no "
          "casualty figure: no nil); the Air Force's 'Eighty-seven drones' with 'all but nine' shot down (country "
          "record, intercepted 78); the Commission's draft 21st package presented 'on Friday' (sanctions, proposed: "
          "rule 13). Optional: the night of 9 January on the Odesa region (background with a place and a date, no "
          "count, kind unknown); Lubinets's meeting with the ICRC delegation head 'on Friday' (an ombudsman's "
          "working meeting: debatable as diplomacy). Not coded: 'six locations' (hits, rule 9), 'fifth attack ... "
          "this month' and '14 port facilities' (aggregates), Sybiha's urging (demand).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night(*N1617, "overnight on Saturday"), [{"type": "drone"}],
               ev("Russian attack drones struck port infrastructure in Odesa overnight on Saturday, damaging a grain warehouse and two cranes, the Odesa regional military administration reported in the morning.",
                  "According to the administration, no one was killed or injured.",
                  "Debris of a downed drone also fell in the Kyivskyi district of the city, slightly damaging the facade of a residential building."),
               damage=["port infrastructure", "grain warehouse", "cranes", "residential building facade"],
               reported_by=["Odesa regional military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail district", "Odesa", "Ukraine", "district")],
               night(*N1617, "overnight"), [{"type": "drone"}],
               ev("In the Izmail district on the Danube, drones hit a fuel depot; firefighters were still working there on Saturday morning, the regional administration said."),
               damage=["fuel depot"], reported_by=["Odesa regional military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night(*N1617, "overnight"),
               [{"type": "drone", "launched": cnt(87, "Eighty-seven"), "intercepted": cnt(78, "all but nine")}],
               ev("Eighty-seven drones, most of them Shaheds, were launched at Ukraine overnight, and all but nine were downed or jammed, the Air Force said."),
               reported_by=["Ukraine's Air Force"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Odesa", "Odesa", "Ukraine", "region")],
                   night("2026-01-08", "2026-01-09", "on the night of 9 January"), [],
                   ev("The previous large-scale attack on the Odesa region, on the night of 9 January, left part of the city without electricity for two days."),
                   damage=["power supply"])),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-01-16", "on Friday"), "proposed",
            "The European Commission presented a draft 21st package (third-country banks, more than 30 vessels)",
            ev("Meanwhile, in Brussels, the European Commission on Friday presented member states with a draft 21st sanctions package against Russia, aimed at lenders outside the bloc that help the Kremlin get around existing curbs, as well as more than 30 vessels.")),
        dip("meeting", ["Ukraine", "International Committee of the Red Cross"], day("2026-01-16", "Also on Friday"), "held",
            "Ombudsman Dmytro Lubinets met the ICRC head of delegation on access to Ukrainian POWs",
            ev("Also on Friday, Ukraine's Ombudsman Dmytro Lubinets met the head of the ICRC delegation in Kyiv to discuss access to Ukrainian prisoners of war held in Russia."),
            location=loc("Kyiv", None, "Ukraine"), optional=True),
    ])

# --------------------------------------------------------------------------- t12
T12_MOD = 'On the night of January 18, air defence systems on duty brought down thirty-two Ukrainian fixed-wing drones above several Russian regions, the Russian Defence Ministry said. Thirteen of them fell over the Belgorod region, while nine were hit above Kursk region territory.'
N1718 = ("2026-01-17", "2026-01-18")
GOLD["t12_statewire_belgorod_shebekino_talks"] = dict(
    notes="Russian state-style wire (Sunday 18 January; the MOSCOW dateline is the speaker, not a place hit). Coded: "
          "Ukrainian shelling of Shebekino 'on Saturday' ('A woman' killed, 'two men' wounded); a drone on a tractor "
          "in Nekhoteevka 'on Saturday morning' ('the driver was not hurt': explicit nil in the ideal answer); the "
          "ministry's 'thirty-two' drones 'On the night of January 18' (17-18 January, rule 11; country record "
          "Russia); Putin-Witkoff talks in the Kremlin 'on Friday evening' (talks, held: the article calls them "
          "talks); the summons of Estonia's ambassador 'on Friday' (diplomatic protest, held). Optional: the "
          "Belgorod (13) and Kursk (9) regional shares. Not coded: 'more than 120,000' since the start (aggregate), "
          "Peskov's 'remained ready to continue the dialogue' (stance).",
    attacks=[
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Shebekino", "Belgorod Oblast", "Russia")],
               day("2026-01-17", "on Saturday"), [{"type": "artillery"}],
               ev("A woman was killed and two men were wounded when Ukrainian forces fired artillery at the town of Shebekino in the Belgorod region on Saturday, regional governor Vyacheslav Gladkov said on his Telegram channel.",
                  "According to the governor, the shells hit a private house and a shop on the outskirts of the town in the afternoon."),
               killed=cnt(1, "A woman"), injured=cnt(2, "two men"),
               damage=["private house", "shop", "cars", "gas pipeline"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Nekhoteevka", "Belgorod Oblast", "Russia")],
               day("2026-01-17", "on Saturday morning"), [{"type": "drone"}],
               ev("In addition, a Ukrainian drone released a munition onto a tractor in the village of Nekhoteevka in the Belgorod district on Saturday morning; the driver was not hurt, Gladkov said."),
               damage=["tractor"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*N1718, "On the night of January 18"),
               [{"type": "drone", "intercepted": cnt(32, "thirty-two")}], ev(T12_MOD),
               reported_by=["Russian Defence Ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod Oblast", "Russia", "region")],
                   night(*N1718, "On the night of January 18"), [{"type": "drone", "intercepted": cnt(13, "Thirteen")}],
                   ev(T12_MOD), reported_by=["Russian Defence Ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk Oblast", "Russia", "region")],
                   night(*N1718, "On the night of January 18"), [{"type": "drone", "intercepted": cnt(9, "nine")}],
                   ev(T12_MOD), reported_by=["Russian Defence Ministry"])),
    ],
    diplomacy=[
        dip("talks", ["Russia", "United States"], day("2026-01-16", "on Friday evening"), "held",
            "Putin received US special envoy Steve Witkoff in the Kremlin; about three hours on a settlement and economic ties",
            ev("Meanwhile, President Vladimir Putin received US special envoy Steve Witkoff in the Kremlin on Friday evening.",
               "Their talks lasted about three hours, presidential aide Yuri Ushakov told journalists, adding that the sides discussed \"the whole complex\" of issues related to a Ukrainian settlement as well as prospects for economic cooperation between Russia and the United States."),
            location=loc("Moscow", None, "Russia")),
        dip("diplomatic_protest", ["Russia", "Estonia"], day("2026-01-16", "on Friday"), "held",
            "Russia's foreign ministry summoned Estonia's ambassador over a tanker in the Gulf of Finland",
            ev("Separately, the Russian Foreign Ministry summoned the ambassador of Estonia on Friday over what it called the harassment of a Russian-flagged tanker in the Gulf of Finland.")),
    ])


def main() -> None:
    write_gold(DEV13, GOLD)


if __name__ == "__main__":
    main()
