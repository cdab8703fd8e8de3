"""Write evals/dev62/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev62, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV62 = ROOT / "evals" / "dev62"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, week, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

ODESA = loc("Odesa", "Odesa", "Ukraine")
IZMAIL = loc("Izmail", "Odesa", "Ukraine")
KHARKIV = loc("Kharkiv", "Kharkiv", "Ukraine")
BERLIN = loc("Berlin", None, "Germany")
BRUSSELS = loc("Brussels", None, "Belgium")
KYIV = loc("Kyiv", "Kyiv", "Ukraine")
NIGHT_1206 = ("2025-12-05", "2025-12-06")
NIGHT_1210 = ("2025-12-09", "2025-12-10")
US = "United States"
UK = "United Kingdom"
UAE = "United Arab Emirates"
EU = "European Union"

# --------------------------------------------------------------------------- xk01
GOLD["xk01_grid_operator_outage_statement_odesa_dec06"] = dict(
    notes="A regional grid operator's press statement on outages (Saturday 6 December 2025). Coded: Odesa 'Overnight' "
          "(5-6 December, range, rule 11; 'Russian drones and missiles': drone_and_missile, rule 8; the regional military "
          "administration's '38 drones and two missiles' destroyed above the oblast go on Odesa, the one locality of the "
          "oblast the statement names as struck that night: intercepted 38 drones and 2 missiles, rule 3; 'None of our "
          "employees was injured' is a nil of a part of the people the strike could hurt, since the fire spread to a "
          "residential building next to the substation: it fills nothing, rule 6); Chornomorsk 'On the night of 2 "
          "December' (1-2 December, range, rule 11; drones, uncounted; background with place and date: required, rule 5; "
          "'there were no casualties' fills killed and injured, rule 6; no attacker named: Russia, rule 12). Not coded: "
          "the outage figures and schedules, the repair forecast, the appeal to customers (no event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [ODESA], night(*NIGHT_1206, "Overnight"),
               [{"type": "drone", "intercepted": cnt(38, "38 drones")},
                {"type": "missile", "intercepted": cnt(2, "two missiles")}],
               ev("Overnight, Russian drones and missiles went after the power system of Odesa once more.",
                  "Our high-voltage substation in the Peresypskyi district was hit twice, and the overhead line feeding the port area was cut.",
                  "The regional military administration said air defence had destroyed 38 drones and two missiles above the oblast during the night."),
               damage=["high-voltage substation", "overhead line to the port area", "five-storey residential building"],
               reported_by=["the regional grid operator", "the regional military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chornomorsk", "Odesa", "Ukraine")],
               night("2025-12-01", "2025-12-02", "On the night of 2 December"),
               [{"type": "drone"}],
               ev("On the night of 2 December, drones hit a distribution substation in Chornomorsk; there were no casualties, and customers there had power again within 30 hours."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               damage=["distribution substation"], reported_by=["the regional grid operator"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xk02
GOLD["xk02_air_force_morning_tally_dec06"] = dict(
    notes="Ukraine's Air Force morning report, table-like (Saturday 6 December 2025). Coded: the country 'On the night of 6 "
          "December' (the night to the 6th, 5-6 December, range, rule 11; 'the enemy' is Russia, rule 12): the combined "
          "total '659 air attack assets' / '598 targets' downed or jammed is one weapon of type other (rule 9, downed and "
          "jammed together are intercepted, rule 3), and the types it mixes carry their own figures: 612 Shahed-type drones "
          "/ 560, 30 Kh-101 cruise missiles / 27, 17 Iskander-M ballistic missiles / 11 (the models fix the families, rule "
          "9); the night before, 'on the night of 5 December' (4-5 December), '138 drones' / '107' downed or jammed (a "
          "background attack with a count: its own country record, required, rule 5). Not coded: the hits at 17 locations "
          "(hits are not launches, rule 9), the launch areas, the forces engaged, the warning.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_1206, "On the night of 6 December"),
               [{"type": "other", "model": "air attack assets",
                 "launched": cnt(659, "659 air attack assets"), "intercepted": cnt(598, "598 targets")},
                {"type": "drone", "model": "Shahed",
                 "launched": cnt(612, "612 Shahed-type strike drones"), "intercepted": cnt(560, "560 drones")},
                {"type": "cruise_missile", "model": "Kh-101",
                 "launched": cnt(30, "30 Kh-101 air-launched cruise missiles"), "intercepted": cnt(27, "27 cruise missiles")},
                {"type": "ballistic_missile", "model": "Iskander-M",
                 "launched": cnt(17, "17 Iskander-M ballistic missiles"), "intercepted": cnt(11, "11 ballistic missiles")}],
               ev("On the night of 6 December (from 18:00 on 5 December), the enemy carried out a massive combined strike at Ukraine's energy and rail facilities.",
                  "Tracked in total: 659 air attack assets. By type: 612 Shahed-type strike drones; 30 Kh-101 air-launched cruise missiles; 17 Iskander-M ballistic missiles.",
                  "Downed or jammed by electronic warfare (preliminary, 09:00): 598 targets. By type: 560 drones; 27 cruise missiles; 11 ballistic missiles."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2025-12-04", "2025-12-05", "on the night of 5 December"),
               [{"type": "drone", "launched": cnt(138, "138 drones"), "intercepted": cnt(107, "107 were downed or jammed")}],
               ev("For comparison, on the night of 5 December the enemy sent 138 drones against Ukraine; 107 were downed or jammed."),
               reported_by=["the Air Force"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xk03
GOLD["xk03_belgorod_governor_evening_summary_dec09"] = dict(
    notes="A Russian regional governor's evening summary (Belgorod Region, Tuesday 9 December 2025), told from Russia's side: "
          "every strike is Ukraine's on Russia (rule 4). Coded: Belgorod 'This morning' (a munition dropped from a drone, "
          "uncounted; 'The driver', a man of 48, injured 1, rule 6); Shebekino 'In the afternoon' (artillery: "
          "shelling_artillery; 'A woman' killed 1); Dorogoshch, Graivoron district, 'Around midday' (an FPV drone, "
          "uncounted; 'No one was hurt' injured 0 only, rule 6); the Belgorod Region 'over the day' ('58 drones' launched, "
          "'31' shot down: a region's tally with two drone-struck localities of the region named, Belgorod and Dorogoshch, "
          "so it is the region's own record, rule 3); Russia's country record 'overnight' (the Defence Ministry's '47 "
          "Ukrainian fixed-wing drones' brought down over Russia, intercepted 47, rules 3-4; 8-9 December, range, rule 11). "
          "Not coded: the condolences, the evacuation and the appeal to residents.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod", "Russia")], day("2025-12-09", "This morning"),
               [{"type": "drone"}],
               ev("This morning a municipal minibus on Shchorsa Street was hit by a munition dropped from a drone.",
                  "The driver, a man of 48, suffered shrapnel wounds to both arms; he is being treated at City Hospital No. 2, and his condition is stable."),
               injured=cnt(1, "The driver"), damage=["municipal minibus", "two parked cars"],
               reported_by=["the Governor of the Belgorod Region"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Shebekino", "Belgorod", "Russia")], day("2025-12-09", "In the afternoon"),
               [{"type": "artillery"}],
               ev("Shebekino. In the afternoon the town was shelled by artillery.",
                  "A woman died in her own yard on Nagornaya Street."),
               killed=cnt(1, "A woman"), damage=["three houses", "gas pipe"],
               reported_by=["the Governor of the Belgorod Region"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Dorogoshch", "Belgorod", "Russia")], day("2025-12-09", "Around midday"),
               [{"type": "drone"}],
               ev("Graivoron district. Around midday, in the village of Dorogoshch, an FPV drone struck an outbuilding of a farm.",
                  "No one was hurt."),
               injured=cnt(0, "No one was hurt"), damage=["farm outbuilding"],
               reported_by=["the Governor of the Belgorod Region"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod Region", "Belgorod", "Russia", "region")],
               day("2025-12-09", "over the day"),
               [{"type": "drone", "launched": cnt(58, "58 drones"), "intercepted": cnt(31, "31 of them")}],
               ev("In total, 58 drones attacked the Belgorod Region over the day; 31 of them were shot down by air defence above its districts."),
               reported_by=["the Governor of the Belgorod Region"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2025-12-08", "2025-12-09", "overnight"),
               [{"type": "drone", "intercepted": cnt(47, "47 Ukrainian fixed-wing drones")}],
               ev("The Russian Defence Ministry reports that 47 Ukrainian fixed-wing drones were brought down by duty air defence over Russia overnight."),
               reported_by=["the Russian Defence Ministry"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xk04
GOLD["xk04_izmail_port_authority_notice_dec10"] = dict(
    notes="A port authority's numbered notice to port users (Izmail, Wednesday 10 December 2025). Coded: Izmail 'On the night "
          "of 9 to 10 December 2025' (range, rule 11; Russian strike drones; the Odesa Regional Military Administration's "
          "'27 drones' downed over the oblast go on Izmail, the one struck locality of the oblast the notice names: "
          "intercepted 27, rule 3; 'Two port employees' injured 2, rule 6; 'The crew are unharmed' is a nil of the ship's "
          "people only, a part of the people the port strike could hurt: it adds nothing to the injured figure, rule 6); "
          "Izmail 'on 28 November' ('a drone hit', uncounted, rule 9; 'without casualties' fills killed and injured, rule "
          "6; background with place and date: required, rule 5; no attacker named: Russia, rule 12). Not coded: the "
          "suspension of cargo operations, the anchorage queue, the survey.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], night(*NIGHT_1210, "On the night of 9 to 10 December 2025"),
               [{"type": "drone", "intercepted": cnt(27, "27 drones")}],
               ev("On the night of 9 to 10 December 2025, Russian strike drones attacked the port of Izmail.",
                  "Two port employees on night duty received shrapnel wounds and were treated at the scene by paramedics.",
                  "As reported by the Odesa Regional Military Administration, air defence downed 27 drones over the oblast during the night."),
               injured=cnt(2, "Two port employees"),
               damage=["berths 3, 4 and 5", "grain conveyor gallery", "administrative building roof", "bulk carrier VEGA STAR"],
               reported_by=["the Izmail branch of the Ukrainian Sea Ports Authority", "the Odesa Regional Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], day("2025-11-28", "on 28 November"),
               [{"type": "drone"}],
               ev("The port of Izmail has now been attacked twice within two weeks: on 28 November a drone hit the grain terminal at berth 7, without casualties."),
               killed=cnt(0, "without casualties"), injured=cnt(0, "without casualties"),
               damage=["grain terminal at berth 7"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xk05
GOLD["xk05_tv_talk_show_transcript_evening_round_dec11"] = dict(
    notes="Transcript excerpt of a Ukrainian television talk show (Thursday 11 December 2025). Coded: Kharkiv 'this afternoon' "
          "(guided bombs from Russian aircraft, uncounted: glide_bomb, rule 9; the governor's first figure 'five injured' is "
          "the count, the raise to eight an update in the evidence, rule 6; 'a boy of fifteen' children_injured 1); Izmail "
          "'On Tuesday night' (the night of Tuesday to Wednesday, 9-10 December, range, rule 11; drones, uncounted); "
          "Romania's summoning of Russia's chargé d'affaires 'Yesterday' (10 December; diplomatic_protest, held, in "
          "Bucharest, rule 13); the Berlin session of the Ukrainian and US delegations 'on Saturday' (13 December; talks, "
          "planned, announced with a day and a place; the German government hosts: Germany a side, rules 15-16); "
          "Zelensky's phone call with France's President 'on Monday' (8 December; phone_call, held); the exchange 'On 3 "
          "December' (prisoner_exchange, held; no mediator named here). Not coded: the guest's readiness to talk about a "
          "ceasefire along the line 'only with guarantees' (a conditional stance, rule 13), the call for more Patriot "
          "systems (a call, rule 13), the commentary on Bucharest and Paris, the families' wait for the next list.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2025-12-11", "this afternoon"),
               [{"type": "glide_bomb"}],
               ev("We begin in Kharkiv, where Russian aircraft hit the Kyivskyi district with guided bombs this afternoon.",
                  "The regional governor first spoke of five injured; within the last hour he has raised that to eight.",
                  "The youngest casualty is a boy of fifteen."),
               injured=cnt(5, "five injured"), children_injured=cnt(1, "a boy of fifteen"),
               reported_by=["the regional governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], night(*NIGHT_1210, "On Tuesday night"),
               [{"type": "drone"}],
               ev("On Tuesday night drones hit the port of Izmail again, and a foreign-flagged ship was damaged at her berth."),
               damage=["foreign-flagged ship"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Romania", "Russia"], day("2025-12-10", "Yesterday"), "held",
            "Romania summoned Russia's chargé d'affaires in Bucharest over drone debris that fell on the Romanian bank of the Danube",
            ev("Yesterday Romania summoned Moscow's chargé d'affaires to the ministry in Bucharest over drone debris that fell on the Romanian bank of the river."),
            location=loc("Bucharest", None, "Romania")),
        dip("talks", ["Ukraine", US, "Germany"], day("2025-12-13", "on Saturday"), "planned",
            "Talks of the Ukrainian and US delegations in Berlin, hosted by the German government",
            ev("The President's office says the delegations of Ukraine and the United States will sit down in Berlin on Saturday, with the German government acting as host."),
            location=BERLIN),
        dip("phone_call", ["Ukraine", "France"], day("2025-12-08", "on Monday"), "held",
            "Phone call of President Zelensky and President Macron on the Berlin round and air defence",
            ev("There was a phone call on Monday, too: Zelensky and the French President, Emmanuel Macron, talked for almost an hour, and the Elysee says the Berlin round and air defence were covered.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2025-12-03", "On 3 December"), "held",
            "114 Ukrainian defenders returned from Russian captivity in an exchange",
            ev("On 3 December, 114 of our defenders came home from Russian captivity in an exchange, and the families I spoke to on Tuesday are still waiting for a list of the next one.")),
    ])

# --------------------------------------------------------------------------- xk06
GOLD["xk06_futsal_league_statement_kharkiv_postponed_dec12"] = dict(
    notes="A sports league's statement on a postponed match (Friday 12 December 2025). Coded: Kharkiv 'Yesterday afternoon' "
          "(11 December, day, rule 11; 'two guided aerial bombs', counted weapons of the strike: launched 2, rule 9; 'at "
          "least nine people' injured (9, at_least), rules 6-7; 'a boy aged 15' children_injured 1, rule 6; 'No one from our "
          "member clubs was hurt' is a nil of a part of the people the strike could hurt: it fills nothing, rule 6); Kharkiv "
          "'on 17 November' (a drone attack, uncounted; 'about 30 people' injured (30, about), rule 7; background with place "
          "and date: required, rule 5; no attacker named: Russia, rule 12). Not coded: the postponement, tickets, the call "
          "on international bodies to keep Russian clubs out (a call, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2025-12-11", "Yesterday afternoon"),
               [{"type": "glide_bomb", "launched": cnt(2, "two guided aerial bombs")}],
               ev("Yesterday afternoon Russian forces struck the Kyivskyi district of Kharkiv with two guided aerial bombs.",
                  "One of them exploded about 40 metres from the Sokil complex, blowing out the glazing of the main hall and tearing part of the roof above the playing court.",
                  "The Kharkiv Regional Military Administration says the bombing left at least nine people injured, a boy aged 15 among them."),
               injured=cnt(9, "at least nine people", "at_least"), children_injured=cnt(1, "a boy aged 15"),
               damage=["Sokil sports complex"], reported_by=["the Kharkiv Regional Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KHARKIV], day("2025-11-17", "on 17 November"),
               [{"type": "drone"}],
               ev("The hall's roof had been repaired only last month, after a drone attack on Kharkiv on 17 November damaged its facade and injured about 30 people in the surrounding streets."),
               injured=cnt(30, "about 30 people", "about"), damage=["Sokil sports complex facade"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xk07
GOLD["xk07_what_we_know_explainer_berlin_talks_dec10"] = dict(
    notes="A press agency's 'what we know' explainer (Wednesday 10 December 2025). Coded: the country 'on the night to Saturday' "
          "(5-6 December, range, rule 11; 'more than 650 drones and missiles' is a combined total: one weapon of type other, "
          "(650, more_than), with a drone and a missile entry beside it, rules 3, 7 and 9); Izmail 'Overnight into Wednesday' "
          "(9-10 December; drones, uncounted; 'three people' injured 3, the governor's figure, rule 6); the Berlin session "
          "'on Saturday, 13 December' (talks 'expected' per a Ukrainian official, with a day and a place: planned, rule 16; "
          "'Germany will host': a side, rule 15); Zelensky's call with France's President 'On Monday' (8 December; "
          "phone_call, held); the visit of Finland's head of state to Kyiv 'Last week' (1-7 December, week, rule 11; visit, "
          "held); the exchange 'On 3 December' (the UAE mediated: a side, rule 15); Romania's summoning of Moscow's chargé "
          "d'affaires 'On Wednesday' (10 December; diplomatic_protest, held); the United Kingdom's sanctions 'On Tuesday' (9 "
          "December; Russia the target, rule 15); the EU leaders' summit in Brussels 'on 18-19 December' (planned, rule 16). "
          "Optional: the round 'held in Geneva last month', hosted by Switzerland (background talks, rule 17). Not coded: the "
          "Kremlin's openness to contacts (a stance, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_1206, "on the night to Saturday"),
               [{"type": "other", "model": "drones and missiles",
                 "launched": cnt(650, "more than 650 drones and missiles", "more_than")},
                {"type": "drone"}, {"type": "missile"}],
               ev("Russia fired more than 650 drones and missiles at Ukraine on the night to Saturday, aiming mainly at the power grid and railways."),
               damage=["power grid", "railways"]),
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], night(*NIGHT_1210, "Overnight into Wednesday"),
               [{"type": "drone"}],
               ev("Overnight into Wednesday drones again struck the Danube port of Izmail; three people were injured, the regional governor said."),
               injured=cnt(3, "three people"), reported_by=["the regional governor"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", US, "Germany"], day("2025-12-13", "on Saturday, 13 December"), "planned",
            "Talks of the Ukrainian and US delegations in Berlin, Germany hosting",
            ev("Delegations of Ukraine and the United States are expected to meet in Berlin on Saturday, 13 December, a Ukrainian official told the agency.",
               "Germany will host the session."),
            location=BERLIN),
        opt(dip("talks", ["Ukraine", US, "Switzerland"], month("2025-11-01", "2025-11-30", "last month"), "held",
                "The earlier round of Ukrainian-US talks in Geneva, hosted by Switzerland, on the American draft",
                ev("It follows the round held in Geneva last month, hosted by Switzerland, at which the two sides first went through the American draft point by point."),
                location=loc("Geneva", None, "Switzerland"))),
        dip("phone_call", ["Ukraine", "France"], day("2025-12-08", "On Monday"), "held",
            "Phone call of President Zelensky and President Macron on air defence and the Berlin meeting",
            ev("On Monday Zelensky and Emmanuel Macron of France talked by telephone; both offices said air defence and the Berlin meeting came up.")),
        dip("visit", ["Finland", "Ukraine"], week("2025-12-01", "2025-12-07", "Last week"), "held",
            "Visit of Finland's head of state to Kyiv",
            ev("Last week Finland's head of state paid a visit to Kyiv, which his office presented as Nordic backing for the negotiating track."),
            location=KYIV),
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2025-12-03", "On 3 December"), "held",
            "114 Ukrainian prisoners of war exchanged for the same number, mediated by the UAE",
            ev("On 3 December, 114 Ukrainian prisoners of war returned home and Russia got back the same number; the United Arab Emirates mediated the swap.")),
        dip("diplomatic_protest", ["Romania", "Russia"], day("2025-12-10", "On Wednesday"), "held",
            "Romania summoned Russia's chargé d'affaires after drone fragments fell near Plauru",
            ev("On Wednesday Romania summoned Moscow's chargé d'affaires to its foreign ministry, after fragments of a drone came down close to Plauru, on the Romanian bank opposite Izmail.")),
        dip("sanctions", [UK, "Russia"], day("2025-12-09", "On Tuesday"), "held",
            "UK sanctions on 20 shadow-fleet tankers carrying Russian oil and five suppliers of drone components",
            ev("On Tuesday the United Kingdom sanctioned 20 shadow-fleet tankers carrying Russian oil, plus five companies it accuses of selling drone components.")),
        dip("summit", [EU], night("2025-12-18", "2025-12-19", "on 18-19 December"), "planned",
            "European Union leaders' summit in Brussels, expected to take up the use of frozen Russian assets for Ukraine",
            ev("European Union leaders meet in Brussels on 18-19 December for a summit expected to take up the use of frozen Russian assets for Ukraine."),
            location=BRUSSELS),
    ])

# --------------------------------------------------------------------------- xk08
GOLD["xk08_opinion_column_berlin_photographs_dec14"] = dict(
    notes="An opinion column (Sunday 14 December 2025). Coded: Kharkiv 'On Thursday' (11 December; glide bombs, uncounted, "
          "rule 9; 'more than ten people' injured (10, more_than), rules 6-7); the Berlin talks 'Yesterday' (13 December; "
          "held, the German government as host: Germany a side, rule 15); the United Kingdom's sanctions 'of last Tuesday' "
          "(9 December; 'London' is the United Kingdom, Russia the target, rule 15); Sweden's government decision 'on "
          "Monday' (8 December) to pay for 300 generators for Odesa and Kharkiv (military_aid, held, rules 14 and 16); the "
          "EU leaders' gathering in Brussels 'on Thursday' (18 December; summit, planned: a day and a place, rule 16). Not "
          "coded: the Kremlin's readiness for a 'serious conversation' (a stance, rule 13), the calls on Europe, the "
          "conditional 'If Washington walks away' (rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2025-12-11", "On Thursday"),
               [{"type": "glide_bomb"}],
               ev("On Thursday, while the two delegations were still haggling over the agenda, glide bombs tore through a residential quarter of Kharkiv, injuring more than ten people."),
               injured=cnt(10, "more than ten people", "more_than")),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", US, "Germany"], day("2025-12-13", "Yesterday"), "held",
            "Nine hours of talks of the Ukrainian and US negotiators in Berlin on a twenty-point paper, Germany hosting",
            ev("Yesterday in Berlin, with the German government as host, Ukraine's and America's negotiators spent nine hours on a twenty-point paper and came out with a communique about a \"constructive atmosphere\"."),
            location=BERLIN),
        dip("sanctions", [UK, "Russia"], day("2025-12-09", "of last Tuesday"), "held",
            "UK sanctions on 20 tankers moving Russian oil outside the price cap",
            ev("London's sanctions of last Tuesday, aimed at 20 tankers moving Russian oil outside the price cap, hurt the one business that still pays for the missiles.")),
        dip("military_aid", ["Sweden", "Ukraine"], day("2025-12-08", "on Monday"), "held",
            "Sweden's government decision to pay for 300 generators for Odesa and Kharkiv",
            ev("Sweden's government decided on Monday to pay for 300 generators for Odesa and Kharkiv, which will matter more to a pensioner on the ninth floor this January than any paragraph on \"security architecture\".")),
        dip("summit", [EU], day("2025-12-18", "on Thursday"), "planned",
            "EU leaders' summit in Brussels (frozen Russian assets)",
            ev("When EU leaders gather in Brussels on Thursday, they should stop treating the frozen Russian assets as a legal puzzle and start treating them as air defence money."),
            location=BRUSSELS),
    ])

# --------------------------------------------------------------------------- xk09
GOLD["xk09_odesa_executive_committee_minutes_dec09"] = dict(
    notes="Minutes of a city council executive committee meeting (Odesa, Tuesday 9 December 2025, extract). Coded: Odesa 'on "
          "the night of 5 to 6 December 2025' (range, rule 11; 'drones and missiles', uncounted: drone_and_missile; 'four "
          "residents' injured 4 and 'a child of seven' children_injured 1, rule 6; districts stay on the city's record, rule "
          "1); the Government of Sweden's decision 'yesterday' (8 December) to finance 300 generators for Odesa and Kharkiv "
          "(military_aid, held: an aid decision announced as made, rules 14 and 16). Not coded: the reserve fund, the "
          "heating points, the acceptance onto the balance sheet, the appeal to the Cabinet of Ministers (a city's appeal "
          "to its own government, no diplomacy), the votes.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [ODESA], night(*NIGHT_1206, "on the night of 5 to 6 December 2025"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("ITEM 1. On the consequences of the Russian attack on the night of 5 to 6 December 2025.",
                  "HEARD: the director of the department of emergency situations, who reported that drones and missiles had struck energy infrastructure of the city in the Peresypskyi and Khadzhybeiskyi districts; that four residents had been injured, among them a child of seven; and that 41 apartment buildings and 12 private houses had been damaged."),
               injured=cnt(4, "four residents"), children_injured=cnt(1, "a child of seven"),
               damage=["energy infrastructure", "41 apartment buildings", "12 private houses"],
               reported_by=["the director of the department of emergency situations"]),
    ],
    diplomacy=[
        dip("military_aid", ["Sweden", "Ukraine"], day("2025-12-08", "yesterday"), "held",
            "The Government of Sweden's decision to finance 300 generators for Odesa and Kharkiv",
            ev("HEARD: the head of the department of international relations, who informed the members that the Government of Sweden had decided yesterday to finance 300 generators for Odesa and Kharkiv, of which the city expects the first 60 before the end of the month.")),
    ])

# --------------------------------------------------------------------------- xk10
GOLD["xk10_university_war_game_exercise_report_control_dec12"] = dict(
    notes="Control: a university news office's report (Friday 12 December 2025) on a students' crisis war game between two "
          "invented states, Estmark and Norvania: 'a salvo of 24 cruise missiles' at a fictional port, '18 had been "
          "intercepted', 'a swarm of 60 attack drones', 'twelve simulated civilian deaths', talks hosted by the invented "
          "Duchy of Rell, 'a prisoner exchange of 40 for 40', a ceasefire, artillery fire and sanctions, all inside the "
          "exercise. No attack and no diplomacy record (rules 1, 12 and 13: no real state, no real event).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("odesa-2025-12-06", "Russian drones and missiles on Odesa's energy infrastructure, night of 5-6 December 2025",
     [("xk01_grid_operator_outage_statement_odesa_dec06", "attack", 0),
      ("xk09_odesa_executive_committee_minutes_dec09", "attack", 0)]),
    ("ukraine-night-2025-12-06", "Russia's drones and missiles against Ukraine, night of 5-6 December 2025 (country figures)",
     [("xk02_air_force_morning_tally_dec06", "attack", 0),
      ("xk07_what_we_know_explainer_berlin_talks_dec10", "attack", 0)]),
    ("izmail-2025-12-10", "Russian drones on the port of Izmail, night of 9-10 December 2025",
     [("xk04_izmail_port_authority_notice_dec10", "attack", 0),
      ("xk05_tv_talk_show_transcript_evening_round_dec11", "attack", 1),
      ("xk07_what_we_know_explainer_berlin_talks_dec10", "attack", 1)]),
    ("kharkiv-2025-12-11", "Russian glide bombs on Kharkiv's Kyivskyi district, afternoon of 11 December 2025",
     [("xk05_tv_talk_show_transcript_evening_round_dec11", "attack", 0),
      ("xk06_futsal_league_statement_kharkiv_postponed_dec12", "attack", 0),
      ("xk08_opinion_column_berlin_photographs_dec14", "attack", 0)]),
    ("berlin-talks-2025-12-13", "Ukrainian-US talks in Berlin, Germany hosting, 13 December 2025 (planned, planned, held)",
     [("xk05_tv_talk_show_transcript_evening_round_dec11", "diplomacy", 1),
      ("xk07_what_we_know_explainer_berlin_talks_dec10", "diplomacy", 0),
      ("xk08_opinion_column_berlin_photographs_dec14", "diplomacy", 0)]),
    ("prisoner-exchange-2025-12-03", "Exchange of 114 prisoners each, mediated by the UAE, 3 December 2025",
     [("xk05_tv_talk_show_transcript_evening_round_dec11", "diplomacy", 3),
      ("xk07_what_we_know_explainer_berlin_talks_dec10", "diplomacy", 4)]),
    ("zelensky-macron-call-2025-12-08", "Phone call of the Presidents of Ukraine and France, 8 December 2025",
     [("xk05_tv_talk_show_transcript_evening_round_dec11", "diplomacy", 2),
      ("xk07_what_we_know_explainer_berlin_talks_dec10", "diplomacy", 2)]),
    ("romania-summons-2025-12-10", "Romania summons Russia's chargé d'affaires over drone debris near Plauru, 10 December 2025",
     [("xk05_tv_talk_show_transcript_evening_round_dec11", "diplomacy", 0),
      ("xk07_what_we_know_explainer_berlin_talks_dec10", "diplomacy", 5)]),
    ("uk-sanctions-2025-12-09", "United Kingdom sanctions on 20 shadow-fleet tankers, 9 December 2025",
     [("xk07_what_we_know_explainer_berlin_talks_dec10", "diplomacy", 6),
      ("xk08_opinion_column_berlin_photographs_dec14", "diplomacy", 1)]),
    ("sweden-generators-2025-12-08", "Sweden's decision to finance 300 generators for Odesa and Kharkiv, 8 December 2025",
     [("xk08_opinion_column_berlin_photographs_dec14", "diplomacy", 2),
      ("xk09_odesa_executive_committee_minutes_dec09", "diplomacy", 0)]),
    ("eu-summit-2025-12-18", "European Union leaders' summit in Brussels, 18-19 December 2025 (planned)",
     [("xk07_what_we_know_explainer_berlin_talks_dec10", "diplomacy", 7),
      ("xk08_opinion_column_berlin_photographs_dec14", "diplomacy", 3)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev62 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV62 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV62, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
