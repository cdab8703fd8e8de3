"""Write evals/dev5/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers (evals/dev/tools/make_gold.py's) come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV5 = ROOT / "evals" / "dev5"

# the label helpers (evals/dev's, shared by every set) come from evals/tools/gold_helpers.py
sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt  # noqa: E402


GOLD: dict[str, dict] = {}

GOLD["j01_wire_roundup_datelines"] = dict(
    notes="Multi-dateline wire roundup (Saturday 3 October): a ballistic missile on Dnipro 'late on Friday' (four "
          "dead, 'at least 17' wounded), a drone on a Kherson bus stop 'on Friday morning' (a woman killed; the "
          "district stays on the city record), a Ukrainian FPV drone on a car near Shebekino 'on Saturday morning' "
          "(two men hurt), NATO defence ministers to meet 'next Thursday' in Brussels (planned; Ukraine's minister "
          "invited, coded as a participant). Not coded: the drones that 'hunt anything that moves' (a habit, no event).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2026-10-02", "late on Friday"), [{"type": "ballistic_missile"}],
               ev("DNIPRO - A Russian ballistic missile slammed into a logistics yard on the eastern outskirts of Dnipro late on Friday, killing four people and wounding at least 17, according to Serhiy Lysak, who runs the region's military administration.",
                  "A fuel tanker parked at the gate burned out and windows were blown in across a nearby housing estate."),
               killed=cnt(4, "four people"), injured=cnt(17, "at least 17", "at_least"),
               damage=["logistics yard", "fuel tanker", "housing estate"], reported_by=["Serhiy Lysak"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-10-02", "on Friday morning"), [{"type": "drone"}],
               ev("KHERSON - A small Russian drone dropped an explosive charge on a bus stop in the Dniprovskyi district of Kherson on Friday morning.",
                  "A 58-year-old woman waiting for a minibus died at the scene, regional governor Oleksandr Prokudin wrote."),
               killed=cnt(1, "A 58-year-old woman"), damage=["bus stop"], reported_by=["Oleksandr Prokudin"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod", "Russia")],
               day("2026-10-03", "on Saturday morning"), [{"type": "drone", "model": "FPV"}],
               ev("BELGOROD - Two men travelling by car near Shebekino were hurt on Saturday morning when a Ukrainian FPV drone struck their vehicle, Belgorod governor Vyacheslav Gladkov reported."),
               injured=cnt(2, "Two men"), damage=["car"], reported_by=["Vyacheslav Gladkov"]),
    ],
    diplomacy=[
        dip("meeting", ["NATO", "Ukraine"], day("2026-10-08", "next Thursday"), "planned",
            "NATO defence ministers to meet at the alliance's headquarters to review interceptor stocks; Ukraine's defence minister invited",
            ev("BRUSSELS - NATO defence ministers will gather at the alliance's headquarters next Thursday to review stocks of air-defence interceptors, a spokesperson said on Saturday.",
               "Ukraine's defence minister has been invited to join part of the session."),
            location=loc("Brussels", None, "Belgium")),
    ])

NIGHT_1009 = night("2026-10-08", "2026-10-09", "overnight on October 8 to 9")
GOLD["j02_thinktank_daily_assessment"] = dict(
    notes="Think-tank daily assessment (Friday 9 October), mostly assessments and claims: the country record of the "
          "night of 8-9 October (88 drones / 71 downed, six Iskander-M / two downed) and the drone hits on gas "
          "facilities in Poltava Oblast (a region record, same night); Ukraine-US talks in Miami on 8 October (held). "
          "Not coded: the early-September record night (no count, no place: vague background), milblogger claims, the "
          "Kremlin's claim and the assessments, ground advances and infiltration (not strikes).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], NIGHT_1009,
               [{"type": "drone", "launched": cnt(88, "88"), "intercepted": cnt(71, "71")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(6, "six"), "intercepted": cnt(2, "two")}],
               ev("Russian forces conducted another combined strike series against Ukraine overnight on October 8 to 9, concentrating on gas production.",
                  "The Ukrainian Air Force reported that Russian forces launched 88 drones and six Iskander-M ballistic missiles, of which Ukrainian forces downed 71 drones and two missiles."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Poltava", "Poltava", "Ukraine", "region")], NIGHT_1009,
               [{"type": "drone"}],
               ev("Drones struck gas production facilities in Poltava Oblast, according to the state energy company, which did not report casualties."),
               damage=["gas production facilities"], reported_by=["state energy company"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "United States"], day("2026-10-08", "on October 8"), "held",
            "Ukrainian and US delegations discussed a framework for a ceasefire in the air and at sea",
            ev("Ukrainian and US delegations held talks in Miami on October 8 on a framework for a ceasefire in the air and at sea, Ukraine's chief negotiator said."),
            location=loc("Miami", None, "United States")),
    ])

GOLD["j03_feature_teacher_kramatorsk"] = dict(
    notes="Human-interest feature (Wednesday 14 October) around one strike: a guided bomb on a school annex in "
          "Kramatorsk 'On Saturday morning' (10 October): 'two people, Marchuk and the school's caretaker' killed, "
          "'five more' wounded with a 13-year-old pupil among them. Not coded: 2022 departures, the funeral and "
          "the memorial (no event of the codebook); 'several dropped on the city in the space of an hour' stays "
          "on the same record.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kramatorsk", "Donetsk", "Ukraine")],
               day("2026-10-10", "On Saturday morning"), [{"type": "glide_bomb"}],
               ev("For thirty years Olena Marchuk taught children in Kramatorsk to play the bandura.",
                  "On Saturday morning a Russian guided aerial bomb hit the annex as Marchuk was tuning instruments before a weekend rehearsal.",
                  "The strike killed two people, Marchuk and the school's caretaker, and wounded five more, among them a 13-year-old pupil who had arrived early, regional governor Vadym Filashkin said."),
               killed=cnt(2, "two people"), injured=cnt(5, "five more"), children_injured=cnt(1, "a 13-year-old pupil"),
               damage=["school annex"], reported_by=["Vadym Filashkin"]),
    ], diplomacy=[])

GOLD["j04_un_mission_october_update"] = dict(
    notes="Monitoring mission's monthly update (Tuesday 10 November): monthly, child, regional and cumulative "
          "civilian casualty statistics and weapon shares only, no strike with a place and a night. **No record at all.**",
    attacks=[], diplomacy=[])

GOLD["j05_factcheck_rzeszow_video"] = dict(
    notes="Fact check (Tuesday 20 October) debunking a claimed missile strike on Rzeszow airport in Poland (no such "
          "strike: not coded). Optional: the drone attack on a warehouse in Zymna Voda near Lviv the footage really "
          "shows ('that night', the night before the 12 October publication; nobody hurt), a background attack with "
          "a place. No required record.",
    attacks=[
        opt(attack("Russia", "Ukraine", "air_drone_strike", [loc("Zymna Voda", "Lviv", "Ukraine")],
                   night("2026-10-11", "2026-10-12", "that night"), [{"type": "drone"}],
                   ev("It shows a warehouse in the Lviv suburb of Zymna Voda after a Russian drone attack that night, in which nobody was hurt, the regional administration said at the time."),
                   damage=["warehouse"], reported_by=["regional administration"])),
    ], diplomacy=[])

GOLD["j06_interview_deputy_minister"] = dict(
    notes="Interview Q&A (Thursday 22 October): talks with Turkish colleagues in Ankara 'last Thursday' (15 October, "
          "held); drones on Chernihiv 'on Monday night' (19-20 October; attacker only implied, coded Russia; eleven "
          "injured, two children); Sweden's two more air-defence systems confirmed 'on Friday' (16 October, held); a "
          "proposed summit of national security advisers in Valletta in February 2027 (Malta would host). Not coded: "
          "Turkey's readiness to host consultations ('Nothing is scheduled'), the appeal for more air defence.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chernihiv", "Chernihiv", "Ukraine")],
               night("2026-10-19", "2026-10-20", "on Monday night"), [{"type": "drone"}],
               ev("Tkach: Frightening. When the drones hit Chernihiv on Monday night, eleven people were injured, including two children."),
               injured=cnt(11, "eleven people"), children_injured=cnt(2, "two children"), reported_by=["Maryna Tkach"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Turkey"], day("2026-10-15", "last Thursday"), "held",
            "Deputy Foreign Minister Maryna Tkach held talks with Turkish colleagues on shipping safety and the grain corridor",
            ev("Maryna Tkach: We held talks with our Turkish colleagues there last Thursday, mostly about shipping safety and the grain corridor."),
            location=loc("Ankara", None, "Turkey")),
        dip("military_aid", ["Sweden", "Ukraine"], day("2026-10-16", "on Friday"), "held",
            "Sweden to send two more air-defence systems with missiles; decision confirmed by Stockholm",
            ev("Sweden agreed this month to send us two more air-defence systems with missiles, and Stockholm confirmed the decision on Friday.")),
        dip("summit", ["Ukraine", "Malta"], month("2027-02-01", "2027-02-28", "in February"), "proposed",
            "Ukraine proposed a summit of national security advisers in Valletta; Malta agreed to host",
            ev("Tkach: We have proposed holding a summit of national security advisers in Valletta in February.",
               "Malta has agreed to host if enough countries take part."),
            location=loc("Valletta", None, "Malta")),
    ])

NIGHT_1025 = night("2026-10-24", "2026-10-25", "Last night")
GOLD["j07_russian_mod_statement"] = dict(
    notes="Russian defence ministry statement in its own idiom (Sunday 25 October): the 'massive strike with "
          "long-range high-precision weapons' on Ukraine 'Last night' (country record, kind other, weapon other; "
          "no place, no count) and the past day's interceptions of Ukrainian weapons (country record Russia: three "
          "Neptune missiles and 117 drones shot down). Not coded: ground fighting and the enemy's losses, strikes on "
          "'deployment points ... in 141 areas' (frontline hits, no place), cumulative totals since 2022. "
          "Corrected (ruling of 2 December 2026, rule 9): Neptune is a `cruise_missile` (was `missile`).",
    attacks=[
        attack("Russia", "Ukraine", "other", [UA], NIGHT_1025,
               [{"type": "other", "model": "long-range high-precision weapons"}],
               ev("Last night, in response to the terrorist attacks of the Kyiv regime against civilian facilities in the Russian Federation, the Russian Armed Forces launched a massive strike with long-range high-precision weapons against enterprises of the military-industrial complex of Ukraine and the energy facilities supporting them.",
                  "All designated targets were hit."),
               damage=["military-industrial enterprises", "energy facilities"], reported_by=["Ministry of Defence of the Russian Federation"]),
        attack("Ukraine", "Russia", "drone_and_missile", [RU], night("2026-10-24", "2026-10-25", "Over the past day"),
               [{"type": "cruise_missile", "model": "Neptune", "intercepted": cnt(3, "three")},
                {"type": "drone", "intercepted": cnt(117, "117")}],
               ev("Over the past day, air defence means shot down three Neptune long-range guided missiles and 117 fixed-wing unmanned aerial vehicles of the Kyiv regime."),
               reported_by=["Ministry of Defence of the Russian Federation"]),
    ], diplomacy=[])

GOLD["j08_finland_aid_release"] = dict(
    notes="Partner ministry's press release (Wednesday 28 October): the 31st aid package approved 'today' (held); "
          "the Nordic-Baltic Eight defence ministers' meeting with Ukraine's minister in Helsinki 'On Monday' (26 "
          "October, held); a memorandum on joint drone production signed 'On Tuesday' (27 October, agreement). "
          "Optional: the 30th package approved 'in August' (background). Not coded: the cumulative total, the "
          "production line expected next spring.",
    attacks=[],
    diplomacy=[
        dip("military_aid", ["Finland", "Ukraine"], day("2026-10-28", "today"), "held",
            "Finland's 31st defence materiel package for Ukraine, worth 148 million euros",
            ev("The Government has today approved Finland's 31st package of defence materiel assistance to Ukraine, worth 148 million euros.")),
        dip("meeting", ["Nordic-Baltic Eight", "Ukraine"], day("2026-10-26", "On Monday"), "held",
            "NB8 defence ministers met their Ukrainian counterpart in Helsinki on winter air defence and procurement",
            ev("On Monday, Helsinki hosted a meeting of the defence ministers of the Nordic-Baltic Eight with their Ukrainian counterpart."),
            location=loc("Helsinki", None, "Finland")),
        dip("agreement", ["Finland", "Ukraine"], day("2026-10-27", "On Tuesday"), "held",
            "memorandum of understanding on joint production of interceptor drones in Finland",
            ev("On Tuesday, Finland and Ukraine put their signatures to a memorandum under which interceptor drones will be built jointly at Finnish plants.")),
        opt(dip("military_aid", ["Finland", "Ukraine"], month("2026-08-01", "2026-08-31", "in August"), "held",
                "Finland's 30th defence materiel package",
                ev("Finland's previous package, the 30th, was approved in August."))),
    ])

NIGHT_1102 = night("2026-11-01", "2026-11-02", "overnight")
GOLD["j09_odesa_rolling_bulletin"] = dict(
    notes="Rolling bulletin with HH:MM entries (Monday 2 November): Izmail port hit by drones overnight (a truck "
          "driver wounded); Odesa's Prymorskyi district, drone on a residential building ('two people were killed "
          "and nine injured'; the later 'risen to three' is evidence); the Air Force's country figures (76 drones / "
          "59, three Kalibr / all three); Sybiha's call with his Romanian counterpart (13:30, Monday). Not coded: "
          "explosions and approaching drones (no new fact), the woman rescued alive.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")], NIGHT_1102,
               [{"type": "drone"}],
               ev("05:40 - Regional governor Oleh Kiper: drones hit port infrastructure in Izmail overnight; a truck driver was wounded by shrapnel and taken to hospital."),
               injured=cnt(1, "a truck driver"), damage=["port infrastructure", "grain warehouse"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")], NIGHT_1102,
               [{"type": "drone"}],
               ev("07:55 - Odesa city military administration: in the Prymorskyi district of Odesa, two people were killed and nine injured when a drone struck a nine-storey residential building.",
                  "11:05 - The death toll in Odesa has risen to three, the city administration says."),
               killed=cnt(2, "two people"), injured=cnt(9, "nine"), damage=["residential building"],
               reported_by=["Odesa city military administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], NIGHT_1102,
               [{"type": "drone", "launched": cnt(76, "76"), "intercepted": cnt(59, "59")},
                {"type": "cruise_missile", "model": "Kalibr", "launched": cnt(3, "three"), "intercepted": cnt(3, "all three")}],
               ev("09:20 - The Air Force says Russia attacked overnight with 76 drones and three Kalibr cruise missiles.",
                  "Air defence destroyed 59 drones and all three missiles."),
               reported_by=["Air Force"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Romania"], day("2026-11-02", "13:30"), "held",
            "Foreign Minister Andrii Sybiha spoke by phone with his Romanian counterpart about drone debris near the border",
            ev("13:30 - Foreign Minister Andrii Sybiha says he spoke by phone with his Romanian counterpart about drone debris falling near the border and the need for more air defence in the Danube area.")),
    ])

GOLD["j10_newsletter_briefs"] = dict(
    notes="Newsletter of numbered short items (Friday 6 November): guided bombs on Kharkiv 'on Thursday afternoon' "
          "(14 wounded; 'Two guided bombs fell' are hits, not launches); 12 Ukrainian drones brought down over the Lipetsk region overnight (a region record, "
          "intercepted only); Canada's sanctions listing 'on Thursday' (held); the Abu Dhabi energy-truce meeting "
          "'pushed back a week, to 13 November' (planned with a new date; the UAE only announced it, not coded as a "
          "participant); Japan's foreign minister 'arrived in Kyiv this morning' (visit, held). Not coded: 'He "
          "reported no damage' (nil), the film festival.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2026-11-05", "on Thursday afternoon"), [{"type": "glide_bomb"}],
               ev("Two guided bombs fell on the Kyivskyi district of Kharkiv on Thursday afternoon, wounding 14 people, Mayor Ihor Terekhov said.",
                  "A shopping centre and a clinic were damaged."),
               injured=cnt(14, "14 people"), damage=["shopping centre", "clinic"], reported_by=["Ihor Terekhov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Lipetsk", "Lipetsk", "Russia", "region")],
               night("2026-11-05", "2026-11-06", "overnight"), [{"type": "drone", "intercepted": cnt(12, "12")}],
               ev("Russia's Lipetsk regional governor Igor Artamonov said 12 Ukrainian drones were brought down over the region overnight."),
               reported_by=["Igor Artamonov"]),
    ],
    diplomacy=[
        dip("sanctions", ["Canada", "Russia"], day("2026-11-05", "on Thursday"), "held",
            "Canada listed 52 entities and 19 people, including shadow-fleet shipping firms",
            ev("Canada added 52 entities and 19 people to its Russia sanctions list on Thursday, among them shipping firms accused of running the shadow fleet.")),
        dip("talks", ["United States", "Ukraine", "Russia"], day("2026-11-13", "to 13 November"), "planned",
            "energy-truce meeting of US, Ukrainian and Russian delegations in Abu Dhabi, postponed by a week",
            ev("The energy-truce meeting of US, Ukrainian and Russian delegations in Abu Dhabi has been pushed back a week, to 13 November, the UAE foreign ministry said."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
        dip("visit", ["Japan", "Ukraine"], day("2026-11-06", "this morning"), "held",
            "Japan's foreign minister on an unannounced trip to Kyiv",
            ev("Japan's foreign minister arrived in Kyiv this morning on an unannounced trip, the ministry in Tokyo said."),
            location=loc("Kyiv", None, "Ukraine")),
    ])

GOLD["j11_cheboksary_russian_sources"] = dict(
    notes="A strike on a Russian city told from Russian sources (Monday 9 November): drones on an enterprise in "
          "Cheboksary 'early on Sunday' (two employees injured); the ministry's 47 drones destroyed 'overnight into "
          "Sunday' (country record). Optional: the nine over the Chuvash Republic (a region share) and the rest "
          "brought down over four regions (aggregate, no count), the same plant hit 'in May' (background). Not "
          "coded: airport restrictions (not places hit), Zakharova's comment, Kyiv's general statement.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Cheboksary", "Chuvashia", "Russia")],
               day("2026-11-08", "early on Sunday"), [{"type": "drone"}],
               ev("CHEBOKSARY - Ukrainian drones attacked an industrial enterprise in Cheboksary early on Sunday, injuring two employees, Chuvashia's head Oleg Nikolayev said on his Telegram channel.",
                  "One of the drones struck a workshop roof and set off a fire that firefighters brought under control within two hours, Nikolayev wrote."),
               injured=cnt(2, "two employees"), damage=["industrial enterprise", "workshop roof"], reported_by=["Oleg Nikolayev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-11-07", "2026-11-08", "overnight into Sunday"),
               [{"type": "drone", "intercepted": cnt(47, "47")}],
               ev("According to the Russian Defence Ministry, on-duty air defences destroyed 47 Ukrainian unmanned aerial vehicles overnight into Sunday, including nine over the Chuvash Republic."),
               reported_by=["Russian Defence Ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Chuvashia", "Chuvashia", "Russia", "region")],
                   night("2026-11-07", "2026-11-08", "overnight into Sunday"), [{"type": "drone", "intercepted": cnt(9, "nine")}],
                   ev("According to the Russian Defence Ministry, on-duty air defences destroyed 47 Ukrainian unmanned aerial vehicles overnight into Sunday, including nine over the Chuvash Republic."),
                   reported_by=["Russian Defence Ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike",
                   [loc("Bryansk", "Bryansk", "Russia", "region"), loc("Kaluga", "Kaluga", "Russia", "region"),
                    loc("Nizhny Novgorod", "Nizhny Novgorod", "Russia", "region"), loc("Moscow", "Moscow", "Russia", "region")],
                   night("2026-11-07", "2026-11-08", "overnight into Sunday"), [{"type": "drone"}],
                   ev("The ministry said the others were brought down over the Bryansk, Kaluga and Nizhny Novgorod regions and the Moscow region."),
                   reported_by=["Russian Defence Ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Cheboksary", "Chuvashia", "Russia")],
                   month("2026-05-01", "2026-05-31", "in May"), [{"type": "drone"}],
                   ev("The same plant was hit by drones in May, when the regional authorities reported no casualties."))),
    ], diplomacy=[])

GOLD["j12_exchange_summit_sanctions"] = dict(
    notes="Wire with three diplomatic threads (Friday 13 November): a swap of 185 for 185 'on Thursday' mediated by "
          "the UAE (held); the US-Russian presidents' meeting in Budapest 'expected later this month', 'put off "
          "indefinitely' with no date (stalled; kind summit, a meeting of leaders); the EU's 21st package adopted 'on "
          "Wednesday' (held); a US Senate bill introduced 'on Tuesday' (sanctions, proposed). Optional: the previous "
          "swap 'on 2 October' (background). Not coded: the White House's comments.",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-11-12", "on Thursday"), "held",
            "Ukraine and Russia each released 185 prisoners of war in a UAE-mediated swap",
            ev("KYIV/BRUSSELS - Ukraine and Russia each freed 185 captured servicemen on Thursday in an exchange that the United Arab Emirates mediated, the Ukrainian coordination headquarters said.")),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-10-02", "on 2 October"), "held",
                "the previous swap freed 84 people from each side",
                ev("The previous swap, on 2 October, had freed 84 people from each side."))),
        dip("summit", ["United States", "Russia"], month("2026-11-01", "2026-11-30", "later this month"), "stalled",
            "meeting of the US and Russian presidents in Budapest put off indefinitely",
            ev("The exchange came as a planned meeting between the US and Russian presidents in Budapest, expected later this month, was put off indefinitely.",
               "\"There is no date and there will not be one until the preparatory work is done,\" Kremlin spokesman Dmitry Peskov told reporters."),
            location=loc("Budapest", None, "Hungary")),
        dip("sanctions", ["European Union", "Russia"], day("2026-11-11", "on Wednesday"), "held",
            "EU ambassadors adopted the 21st sanctions package (tankers, Chinese refineries)",
            ev("In Brussels, EU ambassadors on Wednesday adopted a 21st round of EU sanctions on Russia, targeting another 117 tankers and three Chinese refineries that buy Russian crude.")),
        dip("sanctions", ["United States", "Russia"], day("2026-11-10", "on Tuesday"), "proposed",
            "US senators introduced a bill imposing tariffs on buyers of Russian oil",
            ev("Across the Atlantic, a bipartisan group of US senators on Tuesday introduced a bill that would impose tariffs of up to 500 per cent on countries buying Russian oil.")),
    ])

GOLD["j13_sumy_regional_streets"] = dict(
    notes="Regional outlet with street-level places (Tuesday 17 November): a drone on an apartment block on a street of "
          "Sumy's Kovpakivskyi district 'on Monday' (a 9-year-old girl and her mother injured: 2, one child); "
          "artillery on Yunakivka in the Sumy district 'Earlier on Monday' (a man wounded); a guided bomb on a "
          "supermarket in Sumy 'on Sunday evening' (damage only; another day, so its own record). Not coded: the "
          "tally of 'more than forty attacks' since the start of November.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")],
               day("2026-11-16", "on Monday"), [{"type": "drone"}],
               ev("A Russian drone struck a five-storey apartment block on Pokrovska Street in the Kovpakivskyi district of Sumy at about 20:30 on Monday.",
                  "A 9-year-old girl and her mother were injured and taken to the regional children's hospital, the city military administration said."),
               injured=cnt(2, "A 9-year-old girl and her mother"), children_injured=cnt(1, "A 9-year-old girl"),
               damage=["apartment block"], reported_by=["city military administration"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Yunakivka", "Sumy", "Ukraine")],
               day("2026-11-16", "Earlier on Monday"), [{"type": "artillery"}],
               ev("Earlier on Monday, Russian artillery shelled the village of Yunakivka in the Sumy district.",
                  "A 67-year-old man was wounded in his garden, the regional administration said."),
               injured=cnt(1, "A 67-year-old man"), reported_by=["regional administration"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Sumy", "Sumy", "Ukraine")],
               day("2026-11-15", "on Sunday evening"), [{"type": "glide_bomb"}],
               ev("The attack came a day after a guided aerial bomb damaged a supermarket on Kharkivska Street on Sunday evening."),
               damage=["supermarket", "neighbouring houses"]),
    ], diplomacy=[])

NIGHT_1119 = night("2026-11-18", "2026-11-19", "overnight into Thursday")
GOLD["j14_zhytomyr_words_correction"] = dict(
    notes="Numbers as words and ranges, with a correction (Friday 20 November): drones and missiles on Zhytomyr "
          "'overnight into Thursday' ('two people' killed, 'more than a dozen' wounded: 12 more_than; the "
          "correction from three to two is evidence, the count is the article's own first figure); the country "
          "figures 'that night' ('more than a hundred drones' 100 more_than, 'About eighty' shot down or jammed, "
          "'two ballistic missiles', both hit); Korosten's houses damaged by drone debris the same night. Not coded: "
          "'Dozens of residents were evacuated' (not casualties), 'Nobody there was injured' and 'both missiles hit "
          "their targets' (explicit nils), 'between five and seven' houses (damage, no count field).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Zhytomyr", "Zhytomyr", "Ukraine")], NIGHT_1119,
               [{"type": "drone"}, {"type": "missile"}],
               ev("Russian drones and missiles hit Zhytomyr overnight into Thursday, killing two people and wounding more than a dozen, the regional administration said.",
                  "A drone came down behind a family home in the city's north, killing an elderly couple, the regional head Vitalii Bunechko said.",
                  "The regional administration has corrected its figure to two."),
               killed=cnt(2, "two people"), injured=cnt(12, "more than a dozen", "more_than"),
               damage=["family home", "apartment block"], reported_by=["regional administration", "Vitalii Bunechko"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-18", "2026-11-19", "that night"),
               [{"type": "drone", "launched": cnt(100, "more than a hundred", "more_than"), "intercepted": cnt(80, "About eighty", "about")},
                {"type": "ballistic_missile", "launched": cnt(2, "two")}],
               ev("Russia launched more than a hundred drones and two ballistic missiles at Ukraine that night, the Air Force said.",
                  "About eighty of the drones were downed or electronically jammed; both missiles hit their targets."),
               reported_by=["Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Korosten", "Zhytomyr", "Ukraine")], NIGHT_1119,
               [{"type": "drone"}],
               ev("In Korosten, about 80 kilometres north of Zhytomyr, between five and seven private houses were damaged by drone debris, local officials said."),
               damage=["private houses"], reported_by=["local officials"]),
    ], diplomacy=[])

GOLD["j15_lviv_confectionery_expansion"] = dict(
    notes="Business news with no war content (Tuesday 24 November): a confectioner 'struck a deal' with a Polish "
          "retailer, 'launched' a product line, 'shot' a film; prices, staff and exports. **No record at all.**",
    attacks=[], diplomacy=[])

GOLD["j16_diplomacy_week_calls_summit"] = dict(
    notes="Weekly diplomatic roundup (Saturday 28 November): the Macron-Erdogan call 'on Thursday' (held); the "
          "coalition of the willing summit due in Rome 'on 4 December', 'called off on Friday' (cancelled; Italy the "
          "host); the British-French reassurance-force plan presented 'on Wednesday' (peacekeeping, proposed); "
          "Stubb's state visit to Kyiv 'on Tuesday' with talks (visit and talks, both held); the Ukraine-Russia "
          "maritime technical talks 'remain stalled' (no date; the summer round in Istanbul is told only as its "
          "background and folded into it). Not coded: the leaders' backing of a resumption of talks, the hoped-for "
          "rescheduling 'early next year'.",
    attacks=[],
    diplomacy=[
        dip("phone_call", ["France", "Turkey"], day("2026-11-26", "on Thursday"), "held",
            "Macron and Erdogan spoke about Black Sea security",
            ev("Emmanuel Macron of France and Recep Tayyip Erdogan of Turkey spoke by phone on Thursday about security in the Black Sea, the Elysee said.")),
        dip("summit", ["coalition of the willing", "Italy"], day("2026-12-04", "on 4 December"), "cancelled",
            "the coalition of the willing summit Italy was to host in Rome, called off",
            ev("A summit of the coalition of the willing that Italy had been due to host in Rome on 4 December was called off on Friday."),
            location=loc("Rome", None, "Italy")),
        dip("peacekeeping", ["United Kingdom", "France"], day("2026-11-25", "on Wednesday"), "proposed",
            "British and French defence chiefs presented a plan for a multinational reassurance force for Ukraine after a ceasefire",
            ev("Earlier in the week, on Wednesday, British and French defence chiefs presented allies with a detailed plan for a multinational reassurance force that would deploy to Ukraine after a ceasefire.")),
        dip("visit", ["Finland", "Ukraine"], day("2026-11-24", "on Tuesday"), "held",
            "Finnish President Alexander Stubb's state visit to Kyiv",
            ev("Finnish President Alexander Stubb paid a state visit to Kyiv on Tuesday, his first since his inauguration, and met President Volodymyr Zelensky for talks on air defence and reconstruction."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("talks", ["Finland", "Ukraine"], day("2026-11-24", "on Tuesday"), "held",
            "Stubb and Zelensky held talks on air defence and reconstruction",
            ev("Finnish President Alexander Stubb paid a state visit to Kyiv on Tuesday, his first since his inauguration, and met President Volodymyr Zelensky for talks on air defence and reconstruction."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("talks", ["Ukraine", "Russia"], None, "stalled",
            "technical talks on a maritime ceasefire, last met in Istanbul in the summer, remain stalled",
            ev("Technical talks between Ukraine and Russia on a maritime ceasefire, which last met in Istanbul in the summer, remain stalled, a Turkish diplomat said.",
               "Neither side has proposed a new date."),
            location=loc("Istanbul", None, "Turkey")),
    ])


def main() -> None:
    write_gold(DEV5, GOLD)


if __name__ == "__main__":
    main()
