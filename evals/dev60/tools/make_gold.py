"""Write evals/dev60/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev60, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV60 = ROOT / "evals" / "dev60"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, week, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KYIV = loc("Kyiv", "Kyiv", "Ukraine")
KHARKIV = loc("Kharkiv", "Kharkiv", "Ukraine")
ZOLOCHIV = loc("Zolochiv", "Kharkiv", "Ukraine")
ODESA = loc("Odesa", "Odesa", "Ukraine")
LVIV = loc("Lviv", "Lviv", "Ukraine")
VOLGOGRAD = loc("Volgograd", "Volgograd", "Russia")
GENEVA = loc("Geneva", None, "Switzerland")
NIGHT_0915 = ("2026-09-14", "2026-09-15")
NIGHT_0925 = ("2026-09-24", "2026-09-25")
UAE = "United Arab Emirates"
UK = "United Kingdom"
IAEA = "International Atomic Energy Agency"
ICRC = "International Committee of the Red Cross"

# --------------------------------------------------------------------------- xi01
GOLD["xi01_zelensky_nightly_video_address_sep15"] = dict(
    notes="President's evening video address, transcript (Tuesday 15 September 2026). Coded: Kharkiv 'Last night' (14-15 "
          "September, range, rule 11; ballistic missiles and Shahed drones, uncounted on the city: drone_and_missile, rules "
          "8-9; the first figures 'at least three people' killed (3, at_least) and '27 wounded', 'two of the wounded are "
          "children' children_injured 2, rules 6-7; the later 'four people are dead' is an update, evidence only, rule 6); "
          "the country 'overnight' (468 drones and 32 missiles launched, 421 drones and 23 missiles brought down, per type, "
          "no combined total, rules 3 and 9); Zolochiv, Kharkiv region, 'This afternoon' (15 September; 'a Russian guided "
          "aerial bomb', one weapon with the indefinite article, not counted, rule 9; 'A man' killed 1, rule 6); the "
          "Volgograd refinery 'Last night' (Ukraine's own drones on Russia, rule 4; uncounted); the call with the President "
          "of Poland 'Today' (phone_call, held); his coming to Kyiv 'on 30 September' (visit, planned: announced with a "
          "day, rule 16). Not coded: the 'strong decisions for that day' (no decision named yet, rule 13), the readiness "
          "for a ceasefire in the sky (a stance, rule 13), the thanks.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KHARKIV], night(*NIGHT_0915, "Last night"),
               [{"type": "drone", "model": "Shahed"}, {"type": "ballistic_missile"}],
               ev("Last night Russia struck Kharkiv with ballistic missiles and Shahed drones, aiming at apartment blocks in the Saltivskyi and Kyivskyi districts and at the railway station.",
                  "By morning we knew of at least three people killed and 27 wounded; two of the wounded are children.",
                  "Just before I recorded this, the mayor told me the toll has grown: four people are dead."),
               killed=cnt(3, "at least three people", "at_least"), injured=cnt(27, "27 wounded"),
               children_injured=cnt(2, "two of the wounded are children"),
               damage=["apartment blocks", "railway station"], reported_by=["the President of Ukraine", "the mayor"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0915, "overnight"),
               [{"type": "drone", "launched": cnt(468, "468 attack drones"), "intercepted": cnt(421, "421 drones")},
                {"type": "missile", "launched": cnt(32, "32 missiles"), "intercepted": cnt(23, "23 missiles")}],
               ev("Overall, overnight, the occupiers sent 468 attack drones and 32 missiles against Ukraine.",
                  "Of those, our Air Force and the mobile fire groups brought down 421 drones and 23 missiles."),
               reported_by=["the President of Ukraine"]),
        attack("Russia", "Ukraine", "glide_bomb", [ZOLOCHIV], day("2026-09-15", "This afternoon"),
               [{"type": "glide_bomb"}],
               ev("This afternoon a Russian guided aerial bomb fell on Zolochiv, a town of the Kharkiv region.",
                  "A man was killed there."),
               killed=cnt(1, "A man"), reported_by=["the President of Ukraine"]),
        attack("Ukraine", "Russia", "air_drone_strike", [VOLGOGRAD], night(*NIGHT_0915, "Last night"),
               [{"type": "drone"}],
               ev("Last night our long-range drones reached the oil refinery in Volgograd."),
               damage=["oil refinery"], reported_by=["the President of Ukraine"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Poland"], day("2026-09-15", "Today"), "held",
            "Zelensky spoke with the President of Poland (air defence, thanks for help to refugees)",
            ev("Today I spoke with the President of Poland.")),
        dip("visit", ["Poland", "Ukraine"], day("2026-09-30", "on 30 September"), "planned",
            "The President of Poland to come to Kyiv on 30 September",
            ev("We agreed that he will come to Kyiv on 30 September, and that there will be strong decisions for that day, on defence and on production together."),
            location=KYIV),
    ])

# --------------------------------------------------------------------------- xi02
GOLD["xi02_kyiv_joint_press_conference_poland_sep30"] = dict(
    notes="Joint press conference transcript of the Presidents of Ukraine and Poland, Kyiv (Wednesday 30 September 2026), "
          "with journalists' questions. Coded: the Polish President's official visit to Kyiv 'Today' (visit, held, rule 14; "
          "the hosts' meetings are part of it); Poland's forty-ninth package approved 'today' (military_aid, held, rules 14 "
          "and 16); the memorandum on building interceptor drones together signed 'today' (agreement, held, rule 14); the "
          "exchange 'On Saturday' (26 September; prisoner_exchange, held; 'The Emirates helped us with this': the United "
          "Arab Emirates as mediator, rule 15); the technical round in Geneva 'next Tuesday' (6 October; talks, planned, "
          "with Switzerland hosting, rules 14-16); Zaporizhzhia 'Last night' (29-30 September, range, rule 11; drones, "
          "uncounted; 'A woman' killed 1, 'five people' injured 5, rule 6). Not coded: Poland's readiness to host a "
          "meeting (a stance, rule 13), the border crossings, 'Polish troops will not be sent' and the logistics offer "
          "for a reassurance force (stances, nothing put to a side with a form or day), the expected answers on an "
          "energy truce, the next exchange lists (no date).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               night("2026-09-29", "2026-09-30", "Last night"), [{"type": "drone"}],
               ev("Last night Russian drones hit an apartment building in Zaporizhzhia.",
                  "A woman was killed and five people were injured, the regional administration reports."),
               killed=cnt(1, "A woman"), injured=cnt(5, "five people"), damage=["apartment building"],
               reported_by=["the regional administration"]),
    ],
    diplomacy=[
        dip("visit", ["Poland", "Ukraine"], day("2026-09-30", "Today"), "held",
            "The President of Poland's official visit to Kyiv, with a joint press conference with Zelensky",
            ev("Today the President of Poland is in Kyiv on an official visit, and it is a visit that brings results."),
            location=KYIV),
        dip("military_aid", ["Poland", "Ukraine"], day("2026-09-30", "today"), "held",
            "Poland's forty-ninth military aid package: air defence missiles, 155 mm shells, armoured vehicles",
            ev("Poland today approved its forty-ninth package of military assistance for Ukraine: air defence missiles, 155-millimetre shells and armoured vehicles.")),
        dip("agreement", ["Ukraine", "Poland"], day("2026-09-30", "today"), "held",
            "Memorandum on Polish and Ukrainian plants building interceptor drones together",
            ev("Second, today we signed a memorandum under which Polish and Ukrainian plants will build interceptor drones together.")),
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2026-09-26", "On Saturday"), "held",
            "185 Ukrainians (soldiers and civilians) returned from Russian captivity for as many Russians, with the Emirates' help",
            ev("On Saturday we brought home 185 of our people from Russian captivity, soldiers and also civilians, and Russia received the same number.",
               "The Emirates helped us with this, as they have many times before.")),
        dip("talks", ["Ukraine", "Russia", "Switzerland"], day("2026-10-06", "next Tuesday"), "planned",
            "Technical round of Ukrainian and Russian negotiators in Geneva, Switzerland hosting",
            ev("As for the talks: next Tuesday our negotiators sit down with Russia's team in Geneva for a technical round, and I thank Switzerland for hosting it."),
            location=GENEVA),
    ])

# --------------------------------------------------------------------------- xi03
GOLD["xi03_correspondent_dispatch_kharkiv_sep16"] = dict(
    notes="War correspondent's first-person dispatch from Kharkiv (Wednesday 16 September 2026). Coded: Kharkiv 'on the "
          "night from Monday to Tuesday' (14-15 September, range, rule 11; Iskander-M ballistic missiles, a named model, "
          "and 'dozens of Shahed drones', no number: drone_and_missile, rules 8-9; 'Four people' killed 4, '31 wounded', "
          "'a girl aged seven and a fifteen-year-old boy' children_injured 2, people described one by one, rule 6); the "
          "country 'that night' (the Air Force's 'nearly 470 drones' (470, about) and 'more than 30 missiles' (30, "
          "more_than) launched, rules 3, 7 and 9); Zolochiv 'On Tuesday afternoon' (15 September; 'a guided bomb', one "
          "weapon with the indefinite article, not counted, rule 9; 'a 68-year-old man' killed 1). Not coded: the "
          "volunteer's words about negotiations, the sirens of the evening (nothing hit).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KHARKIV], night(*NIGHT_0915, "on the night from Monday to Tuesday"),
               [{"type": "drone", "model": "Shahed"}, {"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("Russia hit Kharkiv with Iskander-M ballistic missiles and dozens of Shahed drones on the night from Monday to Tuesday, the heaviest attack on the city since the spring.",
                  "Four people were killed and 31 wounded, the mayor told me on Tuesday evening; among the wounded were a girl aged seven and a fifteen-year-old boy."),
               killed=cnt(4, "Four people"), injured=cnt(31, "31 wounded"),
               children_injured=cnt(2, "a girl aged seven and a fifteen-year-old boy"),
               damage=["nine-floor block"], reported_by=["the mayor"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0915, "that night"),
               [{"type": "drone", "launched": cnt(470, "nearly 470 drones", "about")},
                {"type": "missile", "launched": cnt(30, "more than 30 missiles", "more_than")}],
               ev("Nationally, Ukraine's Air Force counted nearly 470 drones and more than 30 missiles that night."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "glide_bomb", [ZOLOCHIV], day("2026-09-15", "On Tuesday afternoon"),
               [{"type": "glide_bomb"}],
               ev("On Tuesday afternoon, while I was still in Saltivka, a guided bomb fell on Zolochiv, a town close to the border north-west of the city, and killed a 68-year-old man in his garden."),
               killed=cnt(1, "a 68-year-old man")),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xi04
GOLD["xi04_iaea_nuclear_safety_update_sep24"] = dict(
    notes="Nuclear-safety agency's numbered update, press release (Thursday 24 September 2026). Coded: Netishyn, the "
          "Khmelnytskyy plant's satellite town, 'During the night of 21 to 22 September' (range, rule 11; no attacker named: "
          "the target's opponent, Russia, rule 12; 'a drone struck', not counted, rule 9; 'there were no casualties': "
          "killed 0 and injured 0, rule 6); the Director General's consultations with the head of Rosatom, Russia's state "
          "corporation, 'on Monday' (21 September) at the Agency's headquarters in Vienna (talks, held; the Agency hosts at "
          "its seat and is a side already, rule 15); his travel to Kyiv 'next week' to meet senior Ukrainian officials (a "
          "trip told by its purpose of meeting: talks, planned, rules 14 and 16; week 28 September - 4 October). Not "
          "coded: the ZNPP's disconnection on 19 September (cause not known, no strike told), the rotation of the "
          "Agency's experts (no event between sides), the air defence fire heard, the Agency's readiness (a stance).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Netishyn", "Khmelnytskyi", "Ukraine")],
               night("2026-09-21", "2026-09-22", "During the night of 21 to 22 September"), [{"type": "drone"}],
               ev("During the night of 21 to 22 September, a drone struck a building of the transport workshop in Netishyn, the satellite town of the Khmelnytskyy Nuclear Power Plant (KhNPP), about three kilometres from the site, the IAEA team based at the plant was informed.",
                  "The plant told the team that there were no casualties and that no equipment important to nuclear safety had been affected."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               damage=["transport workshop building"], reported_by=["the plant"]),
    ],
    diplomacy=[
        dip("talks", [IAEA, "Russia"], day("2026-09-21", "on Monday"), "held",
            "The IAEA Director General's consultations with the head of Rosatom in Vienna on the ZNPP and its back-up line",
            ev("Director General held consultations on Monday at the Agency's headquarters in Vienna with the Director General of Rosatom, Russia's state nuclear energy corporation, on the situation at the ZNPP, including the restoration of its back-up 330 kV line."),
            location=loc("Vienna", None, "Austria")),
        dip("talks", [IAEA, "Ukraine"], week("2026-09-28", "2026-10-04", "next week"), "planned",
            "The IAEA Director General to travel to Kyiv to meet senior Ukrainian officials on plant safety and substations",
            ev("Director General will travel to Kyiv next week to meet senior Ukrainian officials on the safety of the country's operating plants and on the Agency's assistance programme for the electrical substations they depend on."),
            location=KYIV),
    ])

# --------------------------------------------------------------------------- xi05
GOLD["xi05_icrc_statement_detainee_release_sep27"] = dict(
    notes="Red Cross committee's news release (Sunday 27 September 2026). Coded: the release of 185 prisoners of war by "
          "each side 'Yesterday' (26 September; prisoner_exchange, held; the ICRC as 'neutral intermediary' and the "
          "United Arab Emirates 'as mediator' are sides, rule 15); Kherson 'On Friday' (25 September; shelling of the "
          "ICRC's office: shelling_artillery, no attacker named, Russia, rule 12; 'None of our staff were hurt', a nil "
          "limited to the people of the struck site: injured 0 only, rule 6). Not coded: the visits to prisoners before "
          "the handover, the call on both parties to allow visits (a demand, rule 13), the tracing requests since 2022 "
          "(not an event), the reminder on humanitarian premises.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")], day("2026-09-25", "On Friday"),
               [{"type": "artillery"}],
               ev("On Friday, shelling damaged the ICRC's sub-delegation office in Kherson.",
                  "None of our staff were hurt, but the windows and part of the roof were destroyed."),
               injured=cnt(0, "None of our staff were hurt"), damage=["ICRC sub-delegation office"],
               reported_by=["the ICRC"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine", ICRC, UAE], day("2026-09-26", "Yesterday"), "held",
            "185 prisoners of war returned home by each side, the ICRC as neutral intermediary and the UAE as mediator",
            ev("Yesterday, 185 prisoners of war held by Russia and 185 held by Ukraine went home.",
               "The ICRC acted as a neutral intermediary in the release, which the parties agreed with the United Arab Emirates as mediator.")),
    ])

# --------------------------------------------------------------------------- xi06
GOLD["xi06_black_sea_war_risk_insurance_note_oct02"] = dict(
    notes="Marine war-risk broker's weekly market note (Friday 2 October 2026). Coded: the port of Odesa 'on the night of "
          "24-25 September' (range, rule 11; Russian drones, uncounted, on the bulk carrier Lydia K at her berth; 'None of "
          "the vessel's 21 crew members was hurt', the struck ship's people: injured 0 only, rule 6); Volgograd 'On the "
          "night of 14 to 15 September' told from Russia's side (the governor: Ukrainian drones repelled, debris set the "
          "refinery on fire; Ukraine on Russia, rule 4; 'nobody was hurt': injured 0, rule 6); Russia 'The same night' "
          "(the defence ministry's '75 Ukrainian drones' destroyed over eight regions: a tally over several regions is "
          "Russia's country record, intercepted 75, rules 3-4); the United Kingdom's listing of 70 more shadow-fleet "
          "tankers and two Moscow insurers 'the day before yesterday' (30 September; sanctions, held; the UK and Russia, "
          "rule 15); the round in Geneva 'on Tuesday' (6 October; talks, planned, Switzerland hosting, rules 14-16). Not "
          "coded: premium levels, cover for Russian ports, the P&I clubs' questions, the underwriters' expectations, grain "
          "volumes.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [ODESA], night(*NIGHT_0925, "on the night of 24-25 September"),
               [{"type": "drone"}],
               ev("The move follows the damage to the Panama-flagged bulk carrier Lydia K, struck by Russian drones at her berth in the port of Odesa on the night of 24-25 September.",
                  "None of the vessel's 21 crew members was hurt, the owner told us, but her hatch covers and accommodation block were damaged and she remains alongside for repairs."),
               injured=cnt(0, "None of the vessel's 21 crew members was hurt"), damage=["bulk carrier Lydia K"],
               reported_by=["the owner"]),
        attack("Ukraine", "Russia", "air_drone_strike", [VOLGOGRAD], night(*NIGHT_0915, "On the night of 14 to 15 September"),
               [{"type": "drone"}],
               ev("On the night of 14 to 15 September, according to Volgograd's governor, air defence repelled an attack by Ukrainian drones on the city, and falling debris started a fire at the oil refinery; in his account, nobody was hurt."),
               injured=cnt(0, "nobody was hurt"), damage=["oil refinery"], reported_by=["Volgograd's governor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*NIGHT_0915, "The same night"),
               [{"type": "drone", "intercepted": cnt(75, "75 Ukrainian drones")}],
               ev("The same night, Moscow's defence ministry claimed 75 Ukrainian drones destroyed over eight Russian regions."),
               reported_by=["Moscow's defence ministry"]),
    ],
    diplomacy=[
        dip("sanctions", [UK, "Russia"], day("2026-09-30", "the day before yesterday"), "held",
            "UK sanctions on 70 more shadow-fleet tankers and two Moscow-based marine insurers",
            ev("Sanctions: the UK government the day before yesterday added 70 more shadow-fleet tankers to its sanctions list, together with two marine insurers based in Moscow.")),
        dip("talks", ["Russia", "Ukraine", "Switzerland"], day("2026-10-06", "on Tuesday"), "planned",
            "Round of Russian and Ukrainian negotiators in Geneva, Switzerland hosting",
            ev("Diplomacy watch: Switzerland hosts Russia's and Ukraine's negotiators in Geneva on Tuesday for a planned round."),
            location=GENEVA),
    ])

# --------------------------------------------------------------------------- xi07
GOLD["xi07_g7_foreign_ministers_statement_ukraine_oct08"] = dict(
    notes="G7 foreign ministers' communique (Thursday 8 October 2026). Coded: the ministers' meeting in Paris 'on 7 and 8 "
          "October 2026' (meeting, held: the G7's own ministerial, rule 14; France as the state of the city, rule 15); "
          "Kharkiv 'on the night of 14 to 15 September' (background with place and date: required, rule 5; missiles and "
          "drones, uncounted; 'four civilians' killed 4); the port of Odesa 'In the night of 24-25 September' (background, "
          "required; drones on a merchant vessel); Lviv 'on 4 October' (background, required; 'two people' killed 2); the "
          "exchange 'on 26 September' (185 for 185; prisoner_exchange, held; the United Arab Emirates as mediator, rule 15); "
          "the talks in Geneva 'on 6 October' (talks, held, Switzerland hosting); the United Kingdom's sanctions 'on 30 "
          "September' (sanctions, held; the UK and Russia). Optional: the leaders' Evian Summit 'in June' (scene-setting, "
          "rule 17; summit, held). Not coded: the readiness to impose further costs (a stance, rule 13), the calls for "
          "releases and for children to be brought back (demands), the coordination on energy security (no event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KHARKIV], night(*NIGHT_0915, "on the night of 14 to 15 September"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("Russia's missile and drone attack on Kharkiv on the night of 14 to 15 September killed four civilians."),
               killed=cnt(4, "four civilians"), reported_by=["G7 Foreign Ministers"]),
        attack("Russia", "Ukraine", "air_drone_strike", [ODESA], night(*NIGHT_0925, "In the night of 24-25 September"),
               [{"type": "drone"}],
               ev("In the night of 24-25 September, Russian drones struck a merchant vessel in the port of Odesa, endangering freedom of navigation in the Black Sea."),
               damage=["merchant vessel"]),
        attack("Russia", "Ukraine", "drone_and_missile", [LVIV], day("2026-10-04", "on 4 October"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("The missile and drone attack on Lviv on 4 October killed two people."),
               killed=cnt(2, "two people"), reported_by=["G7 Foreign Ministers"]),
    ],
    diplomacy=[
        dip("meeting", ["G7", "France"], {"start": "2026-10-07", "end": "2026-10-08", "precision": "range",
                                         "text": "on 7 and 8 October 2026"}, "held",
            "G7 foreign ministers (with the EU's High Representative) met in Paris; statement on Ukraine",
            ev("We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America, and the High Representative of the European Union, met in Paris on 7 and 8 October 2026."),
            location=loc("Paris", None, "France")),
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2026-09-26", "on 26 September"), "held",
            "Exchange of 185 prisoners of war for 185, mediated by the UAE",
            ev("We welcome the exchange of 185 prisoners of war for 185 between Ukraine and Russia on 26 September, for which we commend the United Arab Emirates as mediator, and we call for the release of all civilians unlawfully detained, and for every Ukrainian child taken to Russia to be brought back.")),
        dip("talks", ["Ukraine", "Russia", "Switzerland"], day("2026-10-06", "on 6 October"), "held",
            "Talks of the Ukrainian and Russian delegations in Geneva, Switzerland hosting",
            ev("We welcome the talks between the delegations of Ukraine and Russia held in Geneva on 6 October and thank Switzerland for hosting them."),
            location=GENEVA),
        dip("sanctions", [UK, "Russia"], day("2026-09-30", "on 30 September"), "held",
            "UK sanctions on shadow-fleet tankers carrying Russian oil and their insurers",
            ev("We welcome the sanctions the United Kingdom adopted on 30 September against shadow-fleet tankers carrying Russian oil and the insurers that cover them.")),
        opt(dip("summit", ["G7", "France"], month("2026-06-01", "2026-06-30", "in June"), "held",
                "The G7 leaders' Evian Summit, June 2026 (background)",
                ev("Building on the commitments our Leaders made at their Evian Summit in June, we reaffirm that we stand firmly behind Ukraine's sovereignty and its internationally recognised borders."),
                location=loc("Evian", None, "France"))),
    ])

# --------------------------------------------------------------------------- xi08
GOLD["xi08_railway_passenger_notice_konotop_sep22"] = dict(
    notes="Railway operator's passenger notice (Tuesday 22 September 2026). Coded: Konotop station, Sumy region, 'During the "
          "night' (21-22 September, range, rule 11; 'the enemy', Russia, rule 12; drones, uncounted; 'No passengers or "
          "staff were injured', the people of the struck station: injured 0 only, rule 6); Bilopillia station 'Yesterday "
          "afternoon' (21 September; 'an enemy drone attacked', not counted, rule 9; 'The locomotive driver' injured 1); "
          "Kharkiv 'on 15 September' (the drone and missile attack that damaged the Kharkiv-Pasazhyrskyi station: "
          "background with place and date, required, rule 5). Not coded: the train changes, the ticket refunds, the "
          "thanks.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Konotop", "Sumy", "Ukraine")],
               night("2026-09-21", "2026-09-22", "During the night"), [{"type": "drone"}],
               ev("During the night, the enemy attacked the railway station in Konotop, Sumy region, with drones.",
                  "The station building, two platforms and the overhead contact line were damaged.",
                  "No passengers or staff were injured: when the air-raid alarm sounded, everyone at the station had been taken to the shelter."),
               injured=cnt(0, "No passengers or staff were injured"),
               damage=["station building", "two platforms", "overhead contact line"], reported_by=["Ukrainian Railways"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bilopillia", "Sumy", "Ukraine")],
               day("2026-09-21", "Yesterday afternoon"), [{"type": "drone"}],
               ev("Yesterday afternoon, an enemy drone attacked a shunting locomotive at Bilopillia station.",
                  "The locomotive driver was injured and has been taken to hospital; his condition is stable."),
               injured=cnt(1, "The locomotive driver"), damage=["shunting locomotive"], reported_by=["Ukrainian Railways"]),
        attack("Russia", "Ukraine", "drone_and_missile", [KHARKIV], day("2026-09-15", "on 15 September"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("The main hall of Kharkiv-Pasazhyrskyi station, damaged in the drone and missile attack on Kharkiv on 15 September, has fully reopened, and long-distance trains there run on schedule."),
               damage=["Kharkiv-Pasazhyrskyi station main hall"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xi09
GOLD["xi09_football_lviv_derby_postponed_oct05"] = dict(
    notes="Football news story (Monday 5 October 2026): a derby moved after a strike. Coded: Lviv 'early on Sunday' (4 "
          "October, day, rule 11; missiles and drones: drone_and_missile; 'two people' killed 2, 'at least 11' injured "
          "(11, at_least), rules 6-7; the Air Force's 'nine missiles launched at the Lviv region', 'seven' shot down: a "
          "region's tally with exactly one struck locality named there goes on that locality's record, rule 3; no drone "
          "figure). Not coded: nobody at the stadium (no one was in the building; the stadium was not struck), the "
          "training in the dark, the rescheduled fixture, next weekend's fixtures in Kharkiv and Kyiv.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [LVIV], day("2026-10-04", "early on Sunday"),
               [{"type": "drone"},
                {"type": "missile", "launched": cnt(9, "nine missiles"), "intercepted": cnt(7, "seven")}],
               ev("The Premier League's Lviv derby between Karpaty and Rukh, due at Arena Lviv on Sunday evening, has been moved to Tuesday at 17:00 after Russia struck the city with missiles and drones early on Sunday, cutting power to the stadium's district.",
                  "The attack on Lviv early on Sunday cost two people their lives, and at least 11 were hurt, according to the regional governor.",
                  "Of nine missiles launched at the Lviv region, seven were shot down, according to the Air Force, which gave no number for the drones."),
               killed=cnt(2, "two people"), injured=cnt(11, "at least 11", "at_least"),
               damage=["power supply to the stadium's district"], reported_by=["the regional governor", "the Air Force"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xi10
GOLD["xi10_ashdown_courier_letters_control"] = dict(
    notes="Control: a local paper's letters page (Thursday 10 September 2026) with war words used in other senses: a survey "
          "'drone' that 'came down' in a pond with 'No one was hurt', a 'counter-attack' on the parish council, a bin "
          "collectors' 'strike' and the 'Talks' between the council and the union, a 'battlefield' of bags and the foxes' "
          "'raids', a 'community summit' on a hill's 'summit', parking 'sanctions', the 'casualty department', a "
          "'ceasefire' on tickets, a 'house exchange', 'pea-shelling', 'The only casualty', 'a state of siege'. No attack "
          "and no diplomacy record (rules 1 and 13: no state attacker, no state participant).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kharkiv-2026-09-15", "Russian ballistic missiles and drones on Kharkiv, night of 14-15 September 2026",
     [("xi01_zelensky_nightly_video_address_sep15", "attack", 0),
      ("xi03_correspondent_dispatch_kharkiv_sep16", "attack", 0),
      ("xi07_g7_foreign_ministers_statement_ukraine_oct08", "attack", 0),
      ("xi08_railway_passenger_notice_konotop_sep22", "attack", 2)]),
    ("ukraine-night-2026-09-15", "Russia's drones and missiles against Ukraine, night of 14-15 September 2026 (country figures)",
     [("xi01_zelensky_nightly_video_address_sep15", "attack", 1),
      ("xi03_correspondent_dispatch_kharkiv_sep16", "attack", 1)]),
    ("zolochiv-2026-09-15", "Russian guided bomb on Zolochiv, Kharkiv region, afternoon of 15 September 2026",
     [("xi01_zelensky_nightly_video_address_sep15", "attack", 2),
      ("xi03_correspondent_dispatch_kharkiv_sep16", "attack", 2)]),
    ("volgograd-2026-09-15", "Ukrainian drones on the Volgograd refinery, night of 14-15 September 2026",
     [("xi01_zelensky_nightly_video_address_sep15", "attack", 3),
      ("xi06_black_sea_war_risk_insurance_note_oct02", "attack", 1)]),
    ("prisoner-exchange-2026-09-26", "UAE-mediated exchange of 185 prisoners of war each, 26 September 2026",
     [("xi02_kyiv_joint_press_conference_poland_sep30", "diplomacy", 3),
      ("xi05_icrc_statement_detainee_release_sep27", "diplomacy", 0),
      ("xi07_g7_foreign_ministers_statement_ukraine_oct08", "diplomacy", 1)]),
    ("geneva-talks-2026-10-06", "Ukrainian-Russian round in Geneva, Switzerland hosting, 6 October 2026 (planned, then held)",
     [("xi02_kyiv_joint_press_conference_poland_sep30", "diplomacy", 4),
      ("xi06_black_sea_war_risk_insurance_note_oct02", "diplomacy", 1),
      ("xi07_g7_foreign_ministers_statement_ukraine_oct08", "diplomacy", 2)]),
    ("poland-visit-kyiv-2026-09-30", "The Polish President's visit to Kyiv, 30 September 2026 (planned, then held)",
     [("xi01_zelensky_nightly_video_address_sep15", "diplomacy", 1),
      ("xi02_kyiv_joint_press_conference_poland_sep30", "diplomacy", 0)]),
    ("odesa-port-2026-09-25", "Russian drones on a bulk carrier in the port of Odesa, night of 24-25 September 2026",
     [("xi06_black_sea_war_risk_insurance_note_oct02", "attack", 0),
      ("xi07_g7_foreign_ministers_statement_ukraine_oct08", "attack", 1)]),
    ("lviv-2026-10-04", "Russian missiles and drones on Lviv, early on 4 October 2026",
     [("xi07_g7_foreign_ministers_statement_ukraine_oct08", "attack", 2),
      ("xi09_football_lviv_derby_postponed_oct05", "attack", 0)]),
    ("uk-sanctions-2026-09-30", "UK sanctions on shadow-fleet tankers and Moscow insurers, 30 September 2026",
     [("xi06_black_sea_war_risk_insurance_note_oct02", "diplomacy", 0),
      ("xi07_g7_foreign_ministers_statement_ukraine_oct08", "diplomacy", 3)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev60 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV60 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV60, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
