"""Write evals/dev3/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers (evals/dev/tools/make_gold.py's) come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV3 = ROOT / "evals" / "dev3"

# the label helpers (evals/dev's, shared by every set) come from evals/tools/gold_helpers.py
sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, year  # noqa: E402


GOLD: dict[str, dict] = {}

GOLD["f01_wire_nikopol_shelling"] = dict(
    notes="Two records on Monday 8 June (published Tuesday): the Nikopol shelling (two pensioners killed, four "
          "wounded of whom one girl) and the drone on a car in Marhanets that evening (its driver injured). Not "
          "coded: the ages of the dead (the same two people), the near-daily shelling (background, no count, no "
          "date), Moscow's denial (reaction).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-06-08", "on Monday afternoon"), [{"type": "artillery"}],
               ev("Two pensioners were killed and four people were wounded, a 12-year-old girl among them, when Russian artillery pounded the riverside town of Nikopol on Monday afternoon",
                  "Five private houses, a gas pipeline and a bus shelter were damaged on Monday"),
               killed=cnt(2, "Two pensioners"), injured=cnt(4, "four"), children_injured=cnt(1, "a 12-year-old girl"),
               damage=["private houses", "gas pipeline", "bus shelter"], reported_by=["Serhiy Lysak"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Marhanets", "Dnipropetrovsk", "Ukraine")],
               day("2026-06-08", "Later that evening"), [{"type": "drone"}],
               ev("Later that evening a kamikaze drone hit a car on the outskirts of neighbouring Marhanets, injuring its 45-year-old driver"),
               injured=cnt(1, "its 45-year-old driver"), damage=["car"], reported_by=["local council"]),
    ], diplomacy=[])

PAST_DAY = night("2026-06-22", "2026-06-23", "Over the past day")
GOLD["f02_governor_kharkiv_daily"] = dict(
    notes="Governor's daily post, one bullet per place, all 'over the past day' (posted Tuesday 23 June): "
          "Kharkiv (two guided bombs, 1 killed, 9 injured with a boy), Chuhuiv (a mother and her two sons), "
          "Kivsharivka (a village, artillery), Pisochyn (debris of a downed drone, damage only). The region-wide "
          "'11 settlements' line is an optional region record. Not coded: 'Without casualties' at Pisochyn "
          "(explicit nil), the district named for Kivsharivka (its district, not a separate place hit).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")], PAST_DAY,
               [{"type": "glide_bomb", "launched": cnt(2, "two")}],
               ev("At about 23:40 the enemy hit the Kyivskyi district with two guided aerial bombs",
                  "A 34-year-old man was killed", "Injured: 9 people, including a boy aged 6"),
               killed=cnt(1, "A 34-year-old man"), injured=cnt(9, "9 people"), children_injured=cnt(1, "a boy aged 6"),
               damage=["high-rise building", "shop", "cars"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chuhuiv", "Kharkiv", "Ukraine")], PAST_DAY,
               [{"type": "drone", "model": "Shahed"}],
               ev("A Shahed drone struck a private house", "A mother and her two sons, aged 10 and 15, were injured and taken to hospital"),
               injured=cnt(3, "A mother and her two sons"), children_injured=cnt(2, "her two sons, aged 10 and 15"),
               damage=["private house"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kivsharivka", "Kharkiv", "Ukraine")], PAST_DAY,
               [{"type": "artillery"}],
               ev("As a result of artillery shelling of the village of Kivsharivka, a 52-year-old woman was wounded"),
               injured=cnt(1, "a 52-year-old woman"), reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Pisochyn", "Kharkiv", "Ukraine")], PAST_DAY,
               [{"type": "drone"}],
               ev("Debris of a downed UAV fell in the yard of a private house"),
               damage=["roof", "windows"], reported_by=["Oleh Syniehubov"]),
        dict(attack("Russia", "Ukraine", "other", [loc("Kharkiv", "Kharkiv", "Ukraine", "region")], PAST_DAY, [],
                    ev("Over the past day the occupiers attacked 11 settlements of the region"),
                    reported_by=["Oleh Syniehubov"]), optional=True),
    ], diplomacy=[])

NIGHT_0714 = night("2026-07-13", "2026-07-14", "On the night of 14 July")
GOLD["f03_airforce_night_tally"] = dict(
    notes="Air force tally for the night 13-14 July: one country record with the combined total (other, 318/284), "
          "the mixed drone figure (other, 300/276, plus the types it mixes: Shahed drones and Gerbera/Parody "
          "decoys), Iskander-M 12/3 and Kh-101 six/five. The Lviv region 'bore the brunt' is an optional region "
          "record. City records: Lviv (missile, two injured) and Kovel (drone, energy facility). Not coded: the 14 "
          "drones lost from radar (neither shot down nor launched figure), hits and debris locations (not "
          "launches), the 12,000 households (not casualties).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], NIGHT_0714,
               [{"type": "other", "model": "means of air attack", "launched": cnt(318, "318"), "intercepted": cnt(284, "284")},
                {"type": "other", "model": "Shahed-type attack UAVs and drones of the Gerbera and Parody types",
                 "launched": cnt(300, "300"), "intercepted": cnt(276, "276")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone", "model": "Gerbera"},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(12, "12"), "intercepted": cnt(3, "three")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(6, "six"), "intercepted": cnt(5, "five")}],
               ev("On the night of 14 July (from 18:00 on 13 July), the enemy attacked Ukraine with 318 means of air attack",
                  "They comprised 300 Shahed-type attack UAVs and drones of the Gerbera and Parody types, 12 Iskander-M ballistic missiles and six Kh-101 cruise missiles carried by Tu-95MS strategic bombers",
                  "As of 09:00, air defence had shot down or suppressed 284 targets: 276 drones of various types, five Kh-101 missiles and three Iskander-Ms"),
               reported_by=["Air Force"]),
        dict(attack("Russia", "Ukraine", "other", [loc("Lviv", "Lviv", "Ukraine", "region")], NIGHT_0714, [],
                    ev("The Lviv region bore the brunt of the attack"), reported_by=["Air Force"]), optional=True),
        attack("Russia", "Ukraine", "missile_strike", [loc("Lviv", "Lviv", "Ukraine")],
               night("2026-07-13", "2026-07-14", "overnight"), [{"type": "missile"}],
               ev("In Lviv, a missile struck an industrial facility in the Zaliznychnyi district overnight, injuring two people"),
               injured=cnt(2, "two people"), damage=["industrial facility"], reported_by=["Andriy Sadovyi"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kovel", "Volyn", "Ukraine")], NIGHT_0714,
               [{"type": "drone"}],
               ev("In the Volyn region, a drone hit an energy facility near Kovel, cutting power to some 12,000 households"),
               damage=["energy facility"], reported_by=["regional administration"]),
    ], diplomacy=[])

NIGHT_0720 = night("2026-07-19", "2026-07-20", "overnight")
GOLD["f04_mod_claim_voronezh"] = dict(
    notes="Russian ministry claim quoted by a Western outlet (Monday 20 July): Russia-wide interception total 87 "
          "(country record, attacker Ukraine), three region shares with counts (optional, as shares of the "
          "total), Voronezh city debris (one woman injured), and the General Staff's own claim of a depot hit in "
          "the Novozybkov district (weapon not said: kind other). Not coded: 'the rest' over Belgorod, Oryol and "
          "the Sea of Azov (no count), the closing remark about Moscow's reporting (background).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], NIGHT_0720,
               [{"type": "drone", "intercepted": cnt(87, "87")}],
               ev("Russia's Defence Ministry said on Monday that its air defences had intercepted and destroyed 87 Ukrainian fixed-wing drones overnight"),
               reported_by=["Russian Defence Ministry"]),
        dict(attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk", "Russia", "region")], NIGHT_0720,
                    [{"type": "drone", "intercepted": cnt(31, "31")}],
                    ev("31 of the drones were brought down over the Bryansk region"), reported_by=["Russian Defence Ministry"]), optional=True),
        dict(attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk", "Russia", "region")], NIGHT_0720,
                    [{"type": "drone", "intercepted": cnt(19, "19")}],
                    ev("19 over the Kursk region"), reported_by=["Russian Defence Ministry"]), optional=True),
        dict(attack("Ukraine", "Russia", "air_drone_strike", [loc("Voronezh", "Voronezh", "Russia", "region")], NIGHT_0720,
                    [{"type": "drone", "intercepted": cnt(14, "14")}],
                    ev("14 over the Voronezh region"), reported_by=["Russian Defence Ministry"]), optional=True),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Voronezh", "Voronezh", "Russia")], NIGHT_0720,
               [{"type": "drone"}],
               ev("In the city of Voronezh, fragments of a drone fell on a residential street overnight",
                  "A 39-year-old woman was injured and windows were blown out in several homes"),
               injured=cnt(1, "A 39-year-old woman"), damage=["residential street", "homes"], reported_by=["Alexander Gusev"]),
        attack("Ukraine", "Russia", "other", [loc("Novozybkov", "Bryansk", "Russia", "district")],
               night("2026-07-19", "2026-07-20", "during the night"), [],
               ev("Ukraine's General Staff said separately that its forces had hit a fuel and lubricants depot in the Novozybkov district of the Bryansk region during the night"),
               damage=["fuel and lubricants depot"], reported_by=["General Staff"]),
    ], diplomacy=[])

NIGHT_0805 = night("2026-08-04", "2026-08-05", "overnight")
GOLD["f05_liveblog_odesa_energy"] = dict(
    notes="Live blog, Wednesday 5 August. Odesa energy strike overnight (drones and missiles; first toll one "
          "killed, three injured; the 14:10 update to two goes into the evidence), Izmail port (drone, damage "
          "only), the air force's country figures (65 drones / 52 destroyed, four Kalibr cruise missiles / 'all "
          "four'), and the Zelensky-Erdogan call (held, the blog's day). Not coded: 'Nobody was hurt there' "
          "(explicit nil), the 90,000 customers (not casualties), the possible new swap (discussed, no event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], NIGHT_0805,
               [{"type": "drone"}, {"type": "missile"}],
               ev("Russian forces hit energy infrastructure in Odesa with drones and missiles overnight",
                  "Kiper now says one person was killed and three were injured",
                  "The toll in Odesa has risen to two"),
               killed=cnt(1, "one person"), injured=cnt(3, "three"), damage=["energy infrastructure", "substation"],
               reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")], NIGHT_0805,
               [{"type": "drone"}],
               ev("in Izmail on the Danube, a drone struck port infrastructure overnight and damaged a grain warehouse"),
               damage=["port infrastructure", "grain warehouse"], reported_by=["regional administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], NIGHT_0805,
               [{"type": "drone", "launched": cnt(65, "65"), "intercepted": cnt(52, "52")},
                {"type": "cruise_missile", "model": "Kalibr", "launched": cnt(4, "four"), "intercepted": cnt(4, "all four")}],
               ev("Russia launched 65 drones and four Kalibr cruise missiles from the Black Sea",
                  "Air defence destroyed 52 of the drones and all four missiles"),
               reported_by=["air force"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-08-05", "Wednesday 5 August"), "held",
            "Zelensky and Erdogan spoke by phone about Black Sea shipping and a possible prisoner swap",
            ev("President Volodymyr Zelensky says he has spoken by phone with Turkish President Recep Tayyip Erdogan")),
    ])

GOLD["f06_weekly_roundup"] = dict(
    notes="Weekly digest compiled Saturday 29 August, one section per weekday. Kryvyi Rih ballistic missile "
          "(Monday 24 August: six dead incl. two children, more than 40 wounded); Volgograd refinery (Ukraine, "
          "early Wednesday 26 August) with the ministry's Volgograd region interception figure (overnight into "
          "Wednesday; Volgograd is the one struck locality of its region, so the tally is the city's, codebook rule 3 "
          "as ruled on 2 December 2026; relabelled 3 December 2026, evening); Geneva talks (Thursday 27 August, Ukraine and the US; the European countries are unnamed); "
          "the prisoner swap (Friday 28 August, UAE broker). Optional: the earlier hit on the refinery this month "
          "(no date), Kostiantynivka's near-daily guided bombs this week (no count), the follow-up round "
          "'pencilled in' for mid-September. Not coded: Bocharov's 'no casualties' (explicit nil), the 6,000 "
          "residents (not casualties), three days of mourning.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               day("2026-08-24", "Monday"), [{"type": "ballistic_missile"}],
               ev("A ballistic missile slammed into a busy street in Kryvyi Rih in the middle of the afternoon",
                  "Six people died, two of them children, and more than 40 were wounded"),
               killed=cnt(6, "Six"), children_killed=cnt(2, "two of them children"),
               injured=cnt(40, "more than 40", "more_than"), reported_by=["Oleksandr Vilkul"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Volgograd", "Volgograd", "Russia")],
               day("2026-08-26", "early on Wednesday"), [{"type": "drone", "intercepted": cnt(23, "23")}],
               ev("Ukrainian drones set the Lukoil refinery in Volgograd ablaze early on Wednesday, the second such hit this month",
                  "Russia's defence ministry said 23 drones had been downed over the Volgograd region overnight"),
               damage=["refinery"], reported_by=["Andrei Bocharov", "Russian defence ministry"]),
        dict(attack("Ukraine", "Russia", "air_drone_strike", [loc("Volgograd", "Volgograd", "Russia")],
                    month("2026-08-01", "2026-08-31", "this month"), [{"type": "drone"}],
                    ev("the second such hit this month"), damage=["refinery"]), optional=True),
        dict(attack("Russia", "Ukraine", "glide_bomb", [loc("Kostiantynivka", "Donetsk", "Ukraine")],
                    week("2026-08-24", "2026-08-29", "this week"), [{"type": "glide_bomb"}],
                    ev("Russian guided bombs fell on Kostiantynivka almost every day")), optional=True),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "United States"], day("2026-08-27", "Thursday"), "held",
            "talks of national security advisers on a ceasefire framework; Umerov led Ukraine's delegation",
            ev("National security advisers from Ukraine, the United States and several European countries held talks in Geneva on a draft framework for a ceasefire"),
            location=loc("Geneva", "Geneva", "Switzerland")),
        dip("talks", ["Ukraine", "United States"], month("2026-09-01", "2026-09-30", "mid-September"), "planned",
            "a follow-up round of the Geneva talks",
            ev("A follow-up round is pencilled in for mid-September"), optional=True),
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-08-28", "Friday"), "held",
            "146 prisoners of war each, brokered by the UAE",
            ev("Ukraine and Russia swapped 146 prisoners of war each in a deal brokered by the United Arab Emirates")),
    ])

GOLD["f07_feature_kherson_drones"] = dict(
    notes="Long feature (Tuesday 15 September). The Sunday-morning drone strike on a bus in Kherson (the driver "
          "killed, seven passengers wounded, a 16-year-old girl among them) and the same-day shelling of Bilozerka "
          "(two men wounded). Optional: the guided-bomb strike on the regional administration building in early "
          "August (background, three employees killed). Not coded: the regional drone toll since January (a "
          "statistic), 'we bury someone almost every week' (a quote), the 2022 liberation (history).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-09-13", "on Sunday morning"), [{"type": "drone"}],
               ev("A drone dropped a munition on a city bus as it pulled into a stop in the Dniprovskyi district, killing the driver and wounding seven passengers, among them a 16-year-old girl"),
               killed=cnt(1, "the driver"), injured=cnt(7, "seven passengers"), children_injured=cnt(1, "a 16-year-old girl"),
               damage=["city bus"], reported_by=["Roman Mrochko"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Bilozerka", "Kherson", "Ukraine")],
               day("2026-09-13", "On the same day"), [{"type": "artillery"}],
               ev("On the same day, artillery fire wounded two men in Bilozerka, a small town west of the city"),
               injured=cnt(2, "two men"), reported_by=["Roman Mrochko"]),
        dict(attack("Russia", "Ukraine", "glide_bomb", [loc("Kherson", "Kherson", "Ukraine")],
                    month("2026-08-01", "2026-08-31", "In early August"), [{"type": "glide_bomb"}],
                    ev("In early August, guided bombs struck the regional administration building, killing three employees"),
                    killed=cnt(3, "three employees"), damage=["regional administration building"]), optional=True),
    ], diplomacy=[])

GOLD["f08_factcheck_interceptions"] = dict(
    notes="Fact check built on monthly and yearly statistics only (average launches, a monthly peak, interception "
          "shares by weapon). No night, no place hit, no event: no record at all.",
    attacks=[], diplomacy=[])

GOLD["f09_lviv_festival_alert"] = dict(
    notes="Culture news: an air raid alert delayed a concert; no explosions, no strike, no diplomacy. No record.",
    attacks=[], diplomacy=[])

GOLD["f10_call_readouts"] = dict(
    notes="Two readouts (published Wednesday 17 June): the Zelensky-Macron call on Tuesday; the coalition of the "
          "willing gathering in Paris on 25 June (planned); the Lavrov-Rubio call, dated by the State "
          "Department's confirmation (Tuesday). Not coded: Zelensky's urging (a demand), Washington's openness "
          "'to any format' with no date or venue, the 'possible further contacts' (no event).",
    attacks=[],
    diplomacy=[
        dip("phone_call", ["Ukraine", "France"], day("2026-06-16", "On Tuesday"), "held",
            "Zelensky and Macron spoke by phone about air defence and the coalition meeting",
            ev("On Tuesday, President Volodymyr Zelensky had a telephone conversation with the President of the French Republic, Emmanuel Macron")),
        dip("meeting", ["coalition of the willing"], day("2026-06-25", "on 25 June"), "planned",
            "the coalition of the willing gathering in Paris",
            ev("ahead of the coalition of the willing gathering, which will take place in Paris on 25 June"),
            location=loc("Paris", "Paris", "France")),
        dip("phone_call", ["Russia", "United States"], day("2026-06-16", "on Tuesday"), "held",
            "Lavrov and Rubio held a phone call at the American side's initiative",
            ev("Minister of Foreign Affairs Sergei Lavrov and US Secretary of State Marco Rubio held a telephone conversation at the initiative of the American side",
               "The State Department confirmed that the call took place on Tuesday")),
    ])

GOLD["f11_summit_athens"] = dict(
    notes="Summit report (Tuesday 6 October): the Athens summit on Monday with eight states named through their "
          "leaders (Serbia absent: not a participant); the Greece-Ukraine memorandum signed on the margins; the "
          "next summit in Tirana next year (planned). Not coded: the previous meeting (background, no date or "
          "place), production that 'could begin next spring' (no event), the declaration's contents.",
    attacks=[],
    diplomacy=[
        dip("summit", ["Greece", "Ukraine", "Romania", "Moldova", "Bulgaria", "Croatia", "Albania", "Montenegro"],
            day("2026-10-05", "on Monday"), "held",
            "the fifth Ukraine - South East Europe summit, hosted by Mitsotakis, adopted a joint declaration",
            ev("Leaders from south-eastern Europe gathered in Athens on Monday for the fifth Ukraine - South East Europe summit",
               "Prime Minister Kyriakos Mitsotakis hosted President Volodymyr Zelensky, Romania's Nicusor Dan, Moldova's Maia Sandu, Bulgaria's Rumen Radev, Croatia's Andrej Plenkovic, Albania's Edi Rama and Montenegro's Jakov Milatovic"),
            location=loc("Athens", "Attica", "Greece")),
        dip("agreement", ["Greece", "Ukraine"], day("2026-10-05", "On the margins of the gathering"), "held",
            "Mitsotakis and Zelensky signed a memorandum on joint production of naval drones",
            ev("On the margins of the gathering, Mitsotakis and Zelensky signed a memorandum on the joint production of naval drones in Greek shipyards"),
            location=loc("Athens", "Attica", "Greece")),
        dip("summit", ["Ukraine", "Albania"], year(2027, "next year"), "planned",
            "the next Ukraine - South East Europe summit in Tirana",
            ev("The participants agreed to hold the next summit in Tirana next year"),
            location=loc("Tirana", "Tirana", "Albania")),
    ])

GOLD["f12_visit_and_summons"] = dict(
    notes="Two wire items (Tuesday 13 October): Motegi's one-day visit to Kyiv on Monday and his talks with Sybiha "
          "(coded as visit and talks, as the article names both); Estonia summoning Russia's charge d'affaires "
          "earlier this week (Monday-Tuesday). Not coded: the jets' airspace violation (not an attack), raising it "
          "with NATO partners (intent, no event), Moscow's denial.",
    attacks=[],
    diplomacy=[
        dip("visit", ["Japan", "Ukraine"], day("2026-10-12", "on Monday"), "held",
            "Japanese Foreign Minister Toshimitsu Motegi's one-day visit to Kyiv",
            ev("Japan's Foreign Minister Toshimitsu Motegi paid a one-day visit to Kyiv on Monday"),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("talks", ["Japan", "Ukraine"], day("2026-10-12", "on Monday"), "held",
            "Motegi and Sybiha held talks on reconstruction and demining",
            ev("held talks with his Ukrainian counterpart Andrii Sybiha on reconstruction and demining"),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("diplomatic_protest", ["Estonia", "Russia"], week("2026-10-12", "2026-10-13", "earlier this week"), "held",
            "Estonia summoned Russia's charge d'affaires over an airspace violation by three MiG-31 jets",
            ev("Separately, Tallinn summoned Russia's charge d'affaires earlier this week after three Russian MiG-31 fighter jets entered Estonian airspace near Vaindloo island without permission")),
    ])

GOLD["f13_sanctions_three_ways"] = dict(
    notes="Sanctions in three states of completion (Tuesday 20 October): Britain's listing on Monday (held), the "
          "Commission's draft 21st package last Friday (proposed), Australia's lower price cap from 1 December "
          "(planned). Optional: the price cap the EU and Britain adopted 'in the summer' (background, no date). "
          "Not coded: Zelensky's call on the US (a demand), the Treasury's 'reviewing all options' (no event), the "
          "expected Hungarian and Slovak requests (expectation).",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-10-19", "on Monday"), "held",
            "UK sanctions on 70 shadow-fleet tankers and two Chinese refineries",
            ev("Britain imposed sanctions on Monday on 70 tankers of Russia's so-called shadow fleet and on two refineries in China that process Russian crude")),
        dip("sanctions", ["European Union", "Russia"], day("2026-10-16", "last Friday"), "proposed",
            "the Commission's draft 21st sanctions package (LNG ban, 120 vessels)",
            ev("The European Commission put a draft 21st package of sanctions against Russia before member states last Friday")),
        dip("sanctions", ["Australia", "Russia"], day("2026-12-01", "from 1 December"), "planned",
            "Australia's lower price cap on Russian crude",
            ev("Australia will apply a lower price cap on Russian crude from 1 December")),
        dip("sanctions", ["European Union", "United Kingdom", "Russia"], None, "held",
            "the lower oil price cap adopted by the EU and Britain in the summer",
            ev("bringing it into line with the one the EU and Britain adopted in the summer"), optional=True),
    ])

GOLD["f14_aid_pledged_delivered"] = dict(
    notes="Aid news (Tuesday 27 October): Germany's pledge on Monday (four IRIS-T SLM systems), Denmark's completed "
          "F-16 deliveries (no date given), the contact group's next meeting on 12 November in Brussels (planned). "
          "Optional: Canada's June pledge (background). Not coded: the Netherlands 'expected to unveil' a package "
          "(expectation), Germany's cumulative aid since 2022 (a statistic), the transfer's start in 2024.",
    attacks=[],
    diplomacy=[
        dip("military_aid", ["Germany", "Ukraine"], day("2026-10-26", "on Monday"), "held",
            "Germany pledged four more IRIS-T SLM systems and several hundred missiles",
            ev("Germany will send Ukraine four more IRIS-T SLM air defence systems and several hundred missiles for them, Defence Minister Boris Pistorius announced on Monday")),
        dip("military_aid", ["Denmark", "Ukraine"], None, "held",
            "Denmark delivered the last of its promised F-16 jets",
            ev("Denmark, meanwhile, said it had delivered the last of the F-16 fighter jets it promised Ukraine")),
        dip("military_aid", ["Canada", "Ukraine"], month("2026-06-01", "2026-06-30", "in June"), "held",
            "Canada's June pledge of 400 million Canadian dollars for drones and armoured vehicles",
            ev("Canada's pledge in June of 400 million Canadian dollars for drones and armoured vehicles is still being disbursed"),
            optional=True),
        dip("meeting", ["Ukraine Defense Contact Group", "Ukraine"], day("2026-11-12", "for 12 November"), "planned",
            "the next ministerial session of the Ukraine Defense Contact Group at NATO headquarters",
            ev("The Ukraine Defense Contact Group's next ministerial session is set for 12 November at NATO headquarters in Brussels"),
            location=loc("Brussels", "Brussels", "Belgium")),
    ])

GOLD["f15_exchange_talks_cancelled"] = dict(
    notes="Wire (Friday 24 July): the 205-for-205 exchange on Thursday with Qatar's help; the Istanbul round "
          "'scheduled for next Tuesday' that will not go ahead (cancelled); working-group talks in Abu Dhabi on 3 "
          "August (planned). Optional: the three Istanbul rounds last year (background). Not coded: Peskov's and "
          "Umerov's blame (reactions).",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "Qatar"], day("2026-07-23", "on Thursday"), "held",
            "205 prisoners of war each, brokered with Qatar's help",
            ev("Ukraine and Russia each handed over 205 prisoners of war on Thursday in an exchange brokered with the help of Qatar")),
        dip("talks", ["Russia", "Ukraine"], day("2026-07-28", "next Tuesday"), "cancelled",
            "a new round of direct talks in Istanbul, called off by the Kremlin",
            ev("A new round of direct talks, which had been scheduled for next Tuesday in Istanbul, will not go ahead"),
            location=loc("Istanbul", "Istanbul", "Turkey")),
        dip("talks", ["Russia", "Ukraine"], day("2026-08-03", "on 3 August"), "planned",
            "working-group talks on humanitarian issues in Abu Dhabi",
            ev("Lower-level working groups from both countries will instead hold talks in Abu Dhabi on 3 August on humanitarian issues"),
            location=loc("Abu Dhabi", "Abu Dhabi", "United Arab Emirates")),
        dip("talks", ["Russia", "Ukraine"], year(2025, "last year"), "held",
            "three rounds of direct negotiations in Istanbul",
            ev("The two sides held three rounds of direct negotiations in Istanbul last year"),
            location=loc("Istanbul", "Istanbul", "Turkey"), optional=True),
    ])

NIGHT_0904 = night("2026-09-03", "2026-09-04", "overnight into Friday")
GOLD["f16_wire_belgorod_substation"] = dict(
    notes="Ukrainian drones on Russia (Friday 4 September): Belgorod city substation (one man wounded), the "
          "Novokuibyshevsk refinery in the Samara region (UAVs, damage only), the ministry's Russia-wide total "
          "(112 over 12 regions) and its Belgorod region share (optional). Not coded: 'no casualties' at the "
          "refinery (explicit nil), the SBU source's framing, the tens of thousands without power (not casualties).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod", "Russia")], NIGHT_0904,
               [{"type": "drone"}],
               ev("Ukrainian drones struck an electricity substation in the Russian city of Belgorod overnight into Friday, cutting power to tens of thousands of residents",
                  "One man, a 60-year-old security guard, was wounded by shrapnel"),
               injured=cnt(1, "One man"), damage=["electricity substation"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novokuibyshevsk", "Samara", "Russia")], NIGHT_0904,
               [{"type": "drone"}],
               ev("a refinery in Novokuibyshevsk in the Samara region caught fire after what Governor Vyacheslav Fedorishchev described as an attack by unmanned aerial vehicles"),
               damage=["refinery"], reported_by=["Vyacheslav Fedorishchev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-09-03", "2026-09-04", "during the night"),
               [{"type": "drone", "intercepted": cnt(112, "112")}],
               ev("Air defence units destroyed 112 Ukrainian drones over 12 Russian regions during the night"),
               reported_by=["Russian defence ministry"]),
        dict(attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod", "Russia", "region")],
                    night("2026-09-03", "2026-09-04", "during the night"), [{"type": "drone", "intercepted": cnt(41, "41")}],
                    ev("41 of them over the Belgorod region"), reported_by=["Russian defence ministry"]), optional=True),
    ], diplomacy=[])


def main() -> None:
    write_gold(DEV3, GOLD)


if __name__ == "__main__":
    main()
