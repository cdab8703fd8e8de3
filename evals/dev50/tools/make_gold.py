"""Write evals/dev50/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev50, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV50 = ROOT / "evals" / "dev50"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, week, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}


# --------------------------------------------------------------------------- yz01
GOLD["yz01_presidentoffice_stubb_call_readout"] = dict(
    notes="Presidential call readout (Tuesday 20 January 2026). Coded: the night attack on Kyiv told to the caller "
          "('Overnight', 19-20 January, rule 11; 'Russian missiles and attack drones' is drone_and_missile with a drone and a "
          "missile entry, rules 8 and 9; 'four residents' injured, 'a child' is one child described, children_injured 1, "
          "rule 6; the heat and power station and the districts without heating are damage, rule 1). Diplomacy: the call "
          "itself 'On Tuesday morning' (phone_call, held, rule 14; Ukraine and Finland, rule 15); Finland's thirtieth "
          "defence package 'which the Finnish government approved last week' (military_aid, held: an approved package is "
          "the decision, rule 16; week of 12-18 January); Stubb 'will come to Kyiv in the first week of February' with "
          "'the programme of the visit' being prepared (visit, planned, rule 14: the article calls it a visit; firm intent "
          "with a date, rule 16; 1-7 February). Not coded: 'Ukraine remains ready for any format' and 'pressure on Moscow "
          "must only grow' (stances and demands, rule 13), Stubb's remark on energy resilience (a stance), the needs named "
          "(requests, no decision), the energy ministries staying in contact and Finnish companies' possible role (no "
          "event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")],
               night("2026-01-19", "2026-01-20", "Overnight"), [{"type": "missile"}, {"type": "drone"}],
               ev("The Head of State told his Finnish colleague what the night had cost Kyiv.",
                  "Overnight, Russian missiles and attack drones were aimed at the capital's energy facilities; a heat and power station on the capital's left bank was damaged, and four residents were injured, among them a child.",
                  "As of this morning, more than a thousand apartment buildings in the Darnytskyi and Dniprovskyi districts remained without heating, while the temperature outside stood at minus fourteen."),
               injured=cnt(4, "four residents"), children_injured=cnt(1, "a child"),
               damage=["heat and power station on the left bank", "heating of more than a thousand apartment buildings"],
               reported_by=["President Volodymyr Zelensky"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Finland"], day("2026-01-20", "On Tuesday morning"), "held",
            "Zelensky spoke by telephone with Finnish President Alexander Stubb about the night attack on Kyiv, air defence needs, energy repairs and diplomacy on ending the war",
            ev("On Tuesday morning President Volodymyr Zelensky spoke by telephone with the President of the Republic of Finland, Alexander Stubb.")),
        dip("military_aid", ["Finland", "Ukraine"], week("2026-01-12", "2026-01-18", "last week"), "held",
            "Finland's government approved its thirtieth defence package for Ukraine, with air defence ammunition and mobile generators for hospitals",
            ev("Volodymyr Zelensky thanked Finland for its thirtieth defence package, which the Finnish government approved last week and which contains air defence ammunition as well as mobile generators for hospitals.")),
        dip("visit", ["Finland", "Ukraine"], week("2026-02-01", "2026-02-07", "in the first week of February"), "planned",
            "Finnish President Alexander Stubb to visit Kyiv, with a session on joint drone production and a trip to a restored energy facility",
            ev("The leaders agreed that Alexander Stubb will come to Kyiv in the first week of February.",
               "The offices of the two Presidents are preparing the programme of the visit, which is to include a session on joint production of drones and a trip to one of the restored energy facilities of the capital region."),
            location=loc("Kyiv", None, "Ukraine")),
    ])

# --------------------------------------------------------------------------- yz02
N0312 = night("2026-03-11", "2026-03-12", "overnight into Thursday")
GOLD["yz02_vostokwire_ryazan_refinery_flash"] = dict(
    notes="Agency flash lines followed by the fuller story (Thursday 12 March 2026). Coded: Ukrainian drones on the Ryazan "
          "refinery 'overnight into Thursday' (11-12 March, rule 11; attacker Ukraine, rule 4; 'one worker' injured, rule 6; "
          "'21 over the Ryazan region' goes on Ryazan, the one struck locality of that region, rule 3); the Russian defence "
          "ministry's '94 Ukrainian drones over 11 regions' (a tally over several regions: the country record, target Russia, "
          "rules 3 and 4); the drone on a car near Glinishchevo 'shortly before dawn' (12 March; '30 over the Bryansk region' "
          "goes on it, the one struck locality of that region, rule 3; 'two men' injured; 'a drone struck' is not counted, "
          "rule 9); the background hit on the Ryazan plant 'in late January' (a place, so required, rule 5; month January "
          "2026); Russia's 112 drones against Ukraine 'overnight', '88 were downed or jammed' (the country record, target "
          "Ukraine, rule 3; no place named). The flash lines repeat the story's own events (no extra record). Not coded: the "
          "General Staff's confirmation (same strike), the airport restrictions (a consequence), Peskov's remark and "
          "Moscow's threat to answer (reactions and stances, rule 13).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Ryazan", "Ryazan", "Russia")], N0312,
               [{"type": "drone", "intercepted": cnt(21, "21")}],
               ev("Ukrainian drones set a primary processing unit ablaze at Ryazan's oil refinery overnight into Thursday, the regional governor said, as Kyiv pressed on with its campaign against the fuel industry that pays for Moscow's war.",
                  "Debris from a drone that was brought down injured one worker at the plant, the governor wrote on Telegram.",
                  "The Russian defence ministry reported that air defence crews had destroyed 94 Ukrainian drones over 11 regions between 23:00 Moscow time and 06:00, including 21 over the Ryazan region and 30 over the Bryansk region."),
               injured=cnt(1, "one worker"), damage=["oil refinery", "primary processing unit"],
               reported_by=["regional governor", "Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU],
               night("2026-03-11", "2026-03-12", "between 23:00 Moscow time and 06:00"),
               [{"type": "drone", "intercepted": cnt(94, "94")}],
               ev("The Russian defence ministry reported that air defence crews had destroyed 94 Ukrainian drones over 11 regions between 23:00 Moscow time and 06:00, including 21 over the Ryazan region and 30 over the Bryansk region."),
               reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Glinishchevo", "Bryansk", "Russia")],
               day("2026-03-12", "shortly before dawn"), [{"type": "drone", "intercepted": cnt(30, "30")}],
               ev("In the Bryansk region, shortly before dawn, a drone struck a car on a road near the village of Glinishchevo, wounding two men, the governor of that region reported.",
                  "The Russian defence ministry reported that air defence crews had destroyed 94 Ukrainian drones over 11 regions between 23:00 Moscow time and 06:00, including 21 over the Ryazan region and 30 over the Bryansk region."),
               injured=cnt(2, "two men"), damage=["a car"], reported_by=["governor of the Bryansk region"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Ryazan", "Ryazan", "Russia")],
               month("2026-01-01", "2026-01-31", "in late January"), [{"type": "drone"}],
               ev("The Ryazan plant, among central Russia's biggest with a capacity of about 17 million tonnes of crude a year, was last hit by drones in late January, when a fire burned there for most of a day."),
               damage=["Ryazan plant"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-03-11", "2026-03-12", "overnight"),
               [{"type": "drone", "launched": cnt(112, "112"), "intercepted": cnt(88, "88")}],
               ev("Inside Ukraine, Russia sent 112 drones overnight and 88 were downed or jammed, according to Ukraine's air force."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yz03
GOLD["yz03_weekdaychronicle_analysis_istanbul_dnipro"] = dict(
    notes="Newspaper analysis with fresh news among dated background (Tuesday 14 April 2026). Coded: the round announced "
          "by Turkey's foreign ministry, delegations of Ukraine and Russia with envoys from Washington to 'meet in Istanbul "
          "on Thursday' (talks, planned, 16 April, rule 16; Turkey hosts as the state of the city, rule 15); missiles on "
          "Dnipro 'overnight into Tuesday' (13-14 April; missile_strike, rule 8; 'three people' killed, 22 wounded, 'two "
          "teenagers aged 15 and 16' children_injured 2, rule 6); Ukrainian drones on an oil pumping station near Unecha "
          "'overnight into Monday' (12-13 April; attacker Ukraine, rule 4); the background strike on Sumy 'In April last "
          "year' (a place and a count, required, rule 5; 'two ballistic missiles' launched 2, the subject of the hit, rule 9; "
          "35 killed; month April 2025). Optional: the delegations' last meeting 'in July 2025, in the same city' (talks, "
          "held, background, rule 17; Istanbul, so Turkey hosts). Not coded: 'further swaps' agreed in 2025 (no date, no "
          "figure), Washington's wording, the Kremlin 'remains open' and rules out a ceasefire, Kyiv 'insists' (stances and "
          "demands, rule 13), Erdogan's mediation as policy, the diplomats' forecast of another exchange (a guess, not an "
          "event).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               night("2026-04-13", "2026-04-14", "overnight into Tuesday"), [{"type": "missile"}],
               ev("Missiles struck Dnipro overnight into Tuesday; three people died and 22 were wounded, among them two teenagers aged 15 and 16, the regional governor said.",
                  "A clinic and a tram depot in the city's centre were badly damaged."),
               killed=cnt(3, "three people"), injured=cnt(22, "22"), children_injured=cnt(2, "two teenagers aged 15 and 16"),
               damage=["clinic", "tram depot"], reported_by=["regional governor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Unecha", "Bryansk", "Russia")],
               night("2026-04-12", "2026-04-13", "overnight into Monday"), [{"type": "drone"}],
               ev("Its General Staff said its drones had set fire to an oil pumping station near Unecha in Russia's Bryansk region overnight into Monday, part of a pipeline network that carries crude westwards."),
               damage=["oil pumping station"], reported_by=["Ukraine's General Staff"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Sumy", "Sumy", "Ukraine")],
               month("2025-04-01", "2025-04-30", "In April last year"),
               [{"type": "ballistic_missile", "launched": cnt(2, "two ballistic missiles")}],
               ev("In April last year, two ballistic missiles killed 35 people in the centre of Sumy as residents gathered for a church holiday; Moscow said it had targeted a meeting of officers."),
               killed=cnt(35, "35 people"), damage=["centre of Sumy"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Russia", "United States", "Turkey"], day("2026-04-16", "on Thursday"), "planned",
            "Delegations of Ukraine and Russia, joined by US envoys, to meet in Istanbul, the first round of direct talks this year, announced by Turkey's foreign ministry",
            ev("Turkey's foreign ministry announced that delegations of Ukraine and Russia, joined by envoys from Washington, would meet in Istanbul on Thursday, the first round of direct talks this year."),
            location=loc("Istanbul", None, "Turkey")),
        opt(dip("talks", ["Ukraine", "Russia", "Turkey"], month("2025-07-01", "2025-07-31", "in July 2025"), "held",
                "The Ukrainian and Russian delegations' last meeting in Istanbul (background)",
                ev("The delegations last sat at one table in July 2025, in the same city, and agreed to little beyond further swaps of prisoners and of the remains of the dead."),
                location=loc("Istanbul", None, "Turkey"))),
    ])

# --------------------------------------------------------------------------- yz04
GOLD["yz04_eastlineradio_kharkiv_mayor_interview"] = dict(
    notes="Radio interview (Q&A) with Kharkiv's mayor (Wednesday 8 July 2026). Coded: the drones on Kharkiv 'last night' "
          "(7-8 July, rule 11; '14 Shahed drones' launched 14, rule 9; 'Eleven of them hit' is hits, not interceptions, and "
          "nothing is said to be shot down, so no intercepted figure, rule 9; 'A woman of 74' killed 1, 'Seventeen people' "
          "injured, 'three children' children_injured 3, rule 6; the districts stay on the city record, rule 1); the "
          "background glide bomb 'In May' in the city's Shevchenkivskyi district (a place and counts, required, rule 5; 'a "
          "guided bomb' is not counted, rule 9; 'eight people' injured, 'four of them children'; month May 2026). Diplomacy: "
          "'On Monday the Danish government approved money for two further underground schools in Kharkiv' (military_aid, "
          "held, 6 July: aid of any cargo, budget support included, rule 14; the approval is the decision, rule 16). Not "
          "coded: the mobile fire groups (no strike), pushing aircraft back (a wish), the talks in Istanbul mentioned by the "
          "interviewer with no date (no event of this article), 'I believe in air defence' (a stance, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2026-07-07", "2026-07-08", "last night"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(14, "14")}],
               ev("Mr Terekhov, what happened in Kharkiv last night?",
                  "Between one and four in the morning the Russians sent 14 Shahed drones at the city.",
                  "A woman of 74 was killed in her own flat. Seventeen people were injured, three children among them; the youngest is six."),
               killed=cnt(1, "A woman of 74"), injured=cnt(17, "Seventeen people"), children_injured=cnt(3, "three children"),
               damage=["Saltivskyi and Kyivskyi districts", "dormitory", "pharmacy", "dozens of cars"],
               reported_by=["Mayor Ihor Terekhov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               month("2026-05-01", "2026-05-31", "In May"), [{"type": "glide_bomb"}],
               ev("In May a guided bomb landed next to a playground in the Shevchenkivskyi district and wounded eight people, four of them children."),
               injured=cnt(8, "eight people"), children_injured=cnt(4, "four of them children"),
               damage=["next to a playground in the Shevchenkivskyi district"], reported_by=["Mayor Ihor Terekhov"]),
    ],
    diplomacy=[
        dip("military_aid", ["Denmark", "Ukraine"], day("2026-07-06", "On Monday"), "held",
            "Denmark's government approved money for two further underground schools in Kharkiv",
            ev("On Monday the Danish government approved money for two further underground schools in Kharkiv, and I am grateful to the Danish people for that.")),
    ])

# --------------------------------------------------------------------------- yz05
N0120 = night("2026-01-19", "2026-01-20", "overnight into Tuesday")
GOLD["yz05_capitalcurrent_kyiv_night_what_we_know"] = dict(
    notes="'What we know' fact box (Tuesday 20 January 2026) on the same Kyiv night as yz01. Coded: the air force's figures "
          "for Ukraine 'overnight into Tuesday' (19-20 January; country record, rule 3, the article naming a second struck "
          "place; '156 attack drones', 129 downed; '18 missiles' split by type into 'twelve' Iskander-M and 'six' Kh-101 is a "
          "combined total, type other, launched 18, intercepted 11, beside the ballistic and cruise entries, rule 9); Kyiv "
          "(drones over the Darnytskyi district and ballistic missiles on the plant: drone_and_missile, rule 8; 'Five people' "
          "hurt, 'a 12-year-old girl' children_injured 1, 'Nobody was killed' killed 0, rule 6; kindergarten and roofs as "
          "damage); the Bila Tserkva district of the Kyiv region (drones; 'No one was hurt there' is injured 0 only, rule 6; "
          "dated by the lead's 'overnight into Tuesday'). Diplomacy: Zelensky's 'phone call on Tuesday morning' with Stubb "
          "(phone_call, held). Not coded: Moscow's claim of its targets (the same strike, no new record), the energy "
          "ministry's request to partners (a call for action, rule 13), forecasts and school closures.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0120,
               [{"type": "drone", "launched": cnt(156, "156"), "intercepted": cnt(129, "129")},
                {"type": "other", "model": "missiles", "launched": cnt(18, "18"), "intercepted": cnt(11, "11")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(12, "twelve")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(6, "six")}],
               ev("Russia fired 156 attack drones and 18 missiles at Ukraine, the air force reported; twelve were Iskander-M ballistic missiles and the other six Kh-101 cruise missiles.",
                  "Air defence units brought down 129 of the drones and 11 of those missiles; the capital, the statement said, was the main direction of the attack."),
               reported_by=["air force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N0120,
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("02:10: the first explosions are heard on the left bank; the city military administration reports drones over the Darnytskyi district.",
                  "03:35: a second wave, this time ballistic missiles; a combined heat and power plant is hit.",
                  "Five people were hurt in Kyiv, including a 12-year-old girl, according to the chief of the capital's military administration."),
               killed=cnt(0, "Nobody was killed"), injured=cnt(5, "Five people"), children_injured=cnt(1, "a 12-year-old girl"),
               damage=["combined heat and power plant", "kindergarten in the Desnianskyi district", "roofs of two apartment blocks",
                       "heating of about 1,200 residential buildings"],
               reported_by=["chief of the capital's military administration", "Mayor Vitali Klitschko"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bila Tserkva", "Kyiv", "Ukraine", "district")], N0120,
               [{"type": "drone"}],
               ev("In the Bila Tserkva district south of the capital, drones damaged an electrical substation and set a warehouse on fire.",
                  "No one was hurt there, the regional military administration said."),
               injured=cnt(0, "No one was hurt"), damage=["electrical substation", "warehouse"],
               reported_by=["regional military administration"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Finland"], day("2026-01-20", "on Tuesday morning"), "held",
            "Zelensky described the night attack to Finnish President Alexander Stubb by phone and asked for more interceptors",
            ev("President Volodymyr Zelensky described the night to Finnish President Alexander Stubb in a phone call on Tuesday morning and asked for more interceptors.")),
    ])

# --------------------------------------------------------------------------- yz06
N0708 = night("2026-07-07", "2026-07-08", "overnight into Wednesday")
GOLD["yz06_hromadabroadcast_morning_briefing"] = dict(
    notes="Broadcaster's morning briefing by region (Wednesday 8 July 2026). Coded: the air force's night figures 'overnight "
          "into Wednesday' (7-8 July; country record, rule 3; drones launched 97, 'Seventy-one' downed or jammed, rule 3; "
          "'four Iskander-M ballistic missiles', 'none intercepted' is an explicit zero, intercepted 0, rule 6); Kharkiv "
          "'between about 01:00 and 04:00' (8 July; the mayor's 'first update' is the count, 'a woman' killed 1, '15 people' "
          "injured, 'two children' children_injured 2; the later 17 is evidence only, rule 6); Chornomorsk 'shortly after "
          "03:00' ('A ballistic missile struck' is not counted, rule 9; 'There were no injuries' is injured 0, rule 6); "
          "Krasnopillia in the Sumy region 'during the past day' (7-8 July; shelling_artillery, artillery and mortars one "
          "artillery entry, rule 8; 'a man of 56' injured 1; the eight unnamed communities add no place, rule 2); the Russian "
          "ministry's '38 Ukrainian drones destroyed overnight' over three regions (country record, target Russia, rules 3 "
          "and 4); Belgorod, 'a drone hit a car park' (not counted, rule 9; 'two people' injured; attacker Ukraine, rule "
          "12). Diplomacy: Zelensky's 'phone call' with Japan's prime minister 'On Tuesday evening' (phone_call, held, 7 "
          "July); Ukraine's foreign minister 'due in Warsaw to meet his Polish counterpart' 'Today' (talks, planned: a trip "
          "told by its purpose of meeting, rule 14; 8 July). Not coded: power-cut advice, weather, parliament's vote and the "
          "football squad (no events of the war's diplomacy).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0708,
               [{"type": "drone", "launched": cnt(97, "97"), "intercepted": cnt(71, "Seventy-one")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(4, "four"), "intercepted": cnt(0, "none intercepted")}],
               ev("Russia launched 97 attack drones overnight into Wednesday, plus four Iskander-M ballistic missiles, as stated by the air force at 09:00.",
                  "Seventy-one of the drones were downed or jammed; the four missiles all got through, none intercepted."),
               reported_by=["air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2026-07-08", "between about 01:00 and 04:00"), [{"type": "drone"}],
               ev("Drones hit Kharkiv's Kyivskyi and Saltivskyi districts between about 01:00 and 04:00.",
                  "In his first update at 04:10 the mayor reported a woman killed and 15 people injured, including two children.",
                  "By 08:00 he put the injured at 17. A dormitory and a pharmacy caught fire."),
               killed=cnt(1, "a woman"), injured=cnt(15, "15 people"), children_injured=cnt(2, "two children"),
               damage=["Kyivskyi and Saltivskyi districts", "dormitory", "pharmacy"], reported_by=["the mayor"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Chornomorsk", "Odesa", "Ukraine")],
               day("2026-07-08", "shortly after 03:00"), [{"type": "ballistic_missile"}],
               ev("A ballistic missile struck port infrastructure in Chornomorsk shortly after 03:00, setting a warehouse on fire.",
                  "There were no injuries, according to the regional administration."),
               injured=cnt(0, "There were no injuries"), damage=["port infrastructure", "warehouse"],
               reported_by=["regional administration"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Krasnopillia", "Sumy", "Ukraine")],
               night("2026-07-07", "2026-07-08", "during the past day"), [{"type": "artillery"}],
               ev("Russian artillery and mortars shelled eight communities along the border during the past day, the regional military administration said.",
                  "In Krasnopillia a man of 56 was wounded; a shop was destroyed."),
               injured=cnt(1, "a man of 56"), damage=["a shop"], reported_by=["regional military administration"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-07-07", "2026-07-08", "overnight"),
               [{"type": "drone", "intercepted": cnt(38, "38")}],
               ev("Moscow's defence ministry claimed 38 Ukrainian drones destroyed overnight above the regions of Kursk, Belgorod and Bryansk."),
               reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod", "Russia")],
               night("2026-07-07", "2026-07-08", "overnight"), [{"type": "drone"}],
               ev("In the city of Belgorod a drone hit a car park next to a shopping centre, injuring two people, the regional governor said."),
               injured=cnt(2, "two people"), damage=["car park next to a shopping centre"], reported_by=["regional governor"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Japan"], day("2026-07-07", "On Tuesday evening"), "held",
            "Zelensky held a phone call with Japan's prime minister on repairing power plants and Japan's demining assistance",
            ev("On Tuesday evening Zelensky held a phone call with Japan's prime minister; they discussed the repair of power plants and Japan's demining assistance.")),
        dip("talks", ["Ukraine", "Poland"], day("2026-07-08", "Today"), "planned",
            "Ukraine's foreign minister due in Warsaw to meet his Polish counterpart on border crossings and the harvest",
            ev("Today Ukraine's foreign minister is due in Warsaw to meet his Polish counterpart, with border crossings and the summer harvest on the agenda."),
            location=loc("Warsaw", None, "Poland")),
    ])

# --------------------------------------------------------------------------- yz07
N0313 = night("2026-03-12", "2026-03-13", "overnight into Friday")
GOLD["yz07_northlinebusiness_refineries_gas_output"] = dict(
    notes="Business daily (Friday 13 March 2026) on the same Ryazan strike as yz02. Coded: the Ukrainian drone attack on the "
          "Ryazan refinery 'in the early hours of Thursday' (12 March, rule 11; attacker Ukraine, rule 4; 'One employee' "
          "injured, rule 6); the background 'drone attack in February' on Lukoil's Volgograd refinery (a place, so required, "
          "rule 5; month February 2026); missiles and drones on Naftogaz's gas production facilities in the Poltava region "
          "'overnight into Friday' (12-13 March; region record, rule 1; 'no casualties among its staff' is the struck site's "
          "nil and fills both counts, rule 6); the air force's figures 'Across the country' (country record, rule 3; 84 "
          "drones, '67 of the drones' downed; 'two ballistic missiles', 'both of the missiles' intercepted 2; dated by the "
          "sentence before). Optional: 'Washington's sanctions against Rosneft and Lukoil, imposed last October' (sanctions, "
          "held, background, rule 17; October 2025 by rule 11, 'last October' in a March article). Not coded: the gasoline "
          "export ban (a domestic measure), a possible diesel ban (a guess), markets, imports through Poland and Slovakia.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Ryazan", "Ryazan", "Russia")],
               day("2026-03-12", "in the early hours of Thursday"), [{"type": "drone"}],
               ev("A Ukrainian drone attack in the early hours of Thursday stopped the main crude distillation unit at the Ryazan refinery, two industry sources told Northline, taking out close to a third of the plant's daily runs for what they expect to be at least two weeks.",
                  "One employee was injured, according to the regional authorities."),
               injured=cnt(1, "One employee"), damage=["main crude distillation unit at the Ryazan refinery"],
               reported_by=["two industry sources", "regional authorities"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Volgograd", "Volgograd", "Russia")],
               month("2026-02-01", "2026-02-28", "in February"), [{"type": "drone"}],
               ev("Lukoil's Volgograd refinery has not resumed full processing since a drone attack in February, and traders estimate that between 10% and 15% of Russia's primary refining capacity was offline at some point this month."),
               damage=["Lukoil's Volgograd refinery"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Poltava", "Poltava", "Ukraine", "region")], N0313,
               [{"type": "missile"}, {"type": "drone"}],
               ev("Russia hit back at Ukraine's own fuel supply overnight into Friday.",
                  "Missiles and drones struck gas production facilities of Naftogaz in the Poltava region, the state company said; it reported no casualties among its staff, but some output had been halted."),
               killed=cnt(0, "no casualties among its staff"), injured=cnt(0, "no casualties among its staff"),
               damage=["gas production facilities of Naftogaz"], reported_by=["Naftogaz"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0313,
               [{"type": "drone", "launched": cnt(84, "84"), "intercepted": cnt(67, "67")},
                {"type": "ballistic_missile", "launched": cnt(2, "two"), "intercepted": cnt(2, "both")}],
               ev("Russia hit back at Ukraine's own fuel supply overnight into Friday.",
                  "Across the country, Russia launched 84 drones and two ballistic missiles, Ukraine's air force reported, and air defences shot down 67 of the drones and both of the missiles."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        opt(dip("sanctions", ["United States", "Russia"], month("2025-10-01", "2025-10-31", "last October"), "held",
                "US sanctions against Rosneft and Lukoil (background)",
                ev("The strikes come on top of Washington's sanctions against Rosneft and Lukoil, imposed last October, which pushed Indian and Turkish buyers to cut purchases of Russian crude and widened the discount on Urals."))),
    ])

# --------------------------------------------------------------------------- yz08
GOLD["yz08_bosporuswire_istanbul_round_swap_agreed"] = dict(
    notes="Wire story on a peace-process round (Thursday 16 April 2026). Coded: the talks 'in Istanbul on Thursday' (talks, "
          "held, 16 April; Ukraine, Russia, the United States by its envoys, Turkey as host, rule 15); the exchange of '500 "
          "prisoners of war each next week' (prisoner_exchange, planned: agreed, with a week named, rule 16; week of 20-26 "
          "April; the United Arab Emirates 'will again help to carry out' it: a mediator is a participant, rule 15); the next "
          "round, 'All three delegations will reconvene in Istanbul on May 21' (talks, planned, rule 16; Turkey hosts); Russian "
          "drones on a building in Odesa 'overnight' (15-16 April; 'three residents' injured, 'a 17-year-old boy' "
          "children_injured 1, rule 6); the air force's '58 drones against Ukraine during the night', '41 were downed or "
          "suppressed' (country record, rule 3). Not coded: Russia 'prepared to discuss a ceasefire \"in principle\"', Kyiv "
          "'would keep pressing' for a leaders' meeting, Erdogan's words, Peskov's 'not on the agenda' (stances, demands and "
          "reactions, rule 13); the handing over of lists (part of the talks).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-04-15", "2026-04-16", "overnight"), [{"type": "drone"}],
               ev("Hours before the session opened, Russian drones crashed into a nine-storey building in Odesa overnight, wounding three residents, among them a 17-year-old boy, the regional military administration said.",
                  "A supermarket and several parked cars were also damaged."),
               injured=cnt(3, "three residents"), children_injured=cnt(1, "a 17-year-old boy"),
               damage=["nine-storey building", "supermarket", "several parked cars"],
               reported_by=["regional military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-04-15", "2026-04-16", "during the night"),
               [{"type": "drone", "launched": cnt(58, "58"), "intercepted": cnt(41, "41")}],
               ev("Russia sent 58 drones against Ukraine during the night, and 41 were downed or suppressed, the Ukrainian air force said."),
               reported_by=["Ukrainian air force"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Russia", "United States", "Turkey"], day("2026-04-16", "on Thursday"), "held",
            "Nearly three hours of talks between the Ukrainian and Russian delegations in Istanbul with US envoys at the table and Turkey as host; a 500-for-500 swap and a new round agreed",
            ev("ISTANBUL, April 16 (Bosporus Wire) - Ukrainian and Russian delegations held nearly three hours of talks in Istanbul on Thursday with U.S. envoys at the table and Turkey as host, agreeing to exchange 500 prisoners of war each next week and to return to the city on May 21 for another round, participants said.",
               "The session at the Dolmabahce Palace offices was the first face-to-face meeting of the two delegations in nine months."),
            location=loc("Istanbul", None, "Turkey")),
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], week("2026-04-20", "2026-04-26", "next week"), "planned",
            "Exchange of 500 prisoners of war each agreed at the Istanbul talks, to be carried out with the help of the UAE",
            ev("ISTANBUL, April 16 (Bosporus Wire) - Ukrainian and Russian delegations held nearly three hours of talks in Istanbul on Thursday with U.S. envoys at the table and Turkey as host, agreeing to exchange 500 prisoners of war each next week and to return to the city on May 21 for another round, participants said.",
               "The United Arab Emirates, which has mediated most of the prisoner swaps of the last two years, will again help to carry out next week's exchange, a Ukrainian delegate said, adding that the lists had been handed over during the talks.")),
        dip("talks", ["Ukraine", "Russia", "United States", "Turkey"], day("2026-05-21", "on May 21"), "planned",
            "The three delegations to reconvene in Istanbul for another round",
            ev("All three delegations will reconvene in Istanbul on May 21, the Turkish foreign ministry said in a statement."),
            location=loc("Istanbul", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- yz09
GOLD["yz09_gulfcourier_prisoner_swap_uae_mediation"] = dict(
    notes="Gulf newspaper on a prisoner exchange (Friday 24 April 2026). Coded: the exchange of 500 prisoners of war each "
          "'on Thursday' (prisoner_exchange, held, 23 April; the United Arab Emirates 'brokered' it, a participant, rule "
          "15); the return of 1,000 bodies to Ukraine and 41 to Russia 'A day earlier' (a repatriation of the dead is a "
          "prisoner_exchange, rule 14; held, 22 April, a record of its own: another day and another act); the next round 'on "
          "May 21' in Istanbul (talks, planned, rule 16; Turkey as the state of the city, rule 15); Russian guided bombs on "
          "Kramatorsk 'On Wednesday evening' (glide_bomb, rule 8; not counted, rule 9; 'two people' killed, 'nine' "
          "wounded, 22 April). Optional: the agreement 'at talks in Istanbul' 'a week after' which the swap came (talks, "
          "held, 16 April, background, rule 17); the exchange of 'May last year' (prisoner_exchange, held, background, rule "
          "17; May 2025). Not coded: 'the first since the autumn' and 'more than a dozen exchanges since the start of 2024' "
          "(no date or no event), the UAE 'remained in contact' (a stance), what Kyiv 'wants to discuss' (part of the planned "
          "round's description), the ombudsman's account.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kramatorsk", "Donetsk", "Ukraine")],
               day("2026-04-22", "On Wednesday evening"), [{"type": "glide_bomb"}],
               ev("On Wednesday evening, Russian guided bombs struck Kramatorsk, killing two people and wounding nine, the governor of the Donetsk region said.",
                  "A school building and an apartment block were damaged."),
               killed=cnt(2, "two people"), injured=cnt(9, "nine"), damage=["school building", "apartment block"],
               reported_by=["governor of the Donetsk region"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-04-23", "on Thursday"), "held",
            "Ukraine and Russia exchanged 500 prisoners of war each in a swap brokered by the UAE; 38 Mariupol defenders and 12 civilians among the Ukrainians",
            ev("Ukraine and Russia each handed over 500 prisoners of war on Thursday, in a swap the United Arab Emirates brokered, officials on both sides said, a week after their negotiators agreed on it at talks in Istanbul.",
               "Russia's defence ministry confirmed the return of 500 Russian servicemen, who would undergo medical checks in Moscow.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-04-22", "A day earlier"), "held",
            "Repatriation of the dead: the bodies of 1,000 soldiers returned to Ukraine, 41 bodies handed to Russia",
            ev("A day earlier, the bodies of 1,000 soldiers killed in the war were returned to Ukraine, which handed 41 bodies to Russia, Kyiv's headquarters for prisoner affairs reported.")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-05-21", "on May 21"), "planned",
            "Next round of negotiations in Istanbul, where Kyiv wants to discuss the release of all remaining prisoners and the return of deported children",
            ev("The negotiators return to Istanbul on May 21, when Kyiv wants to discuss the release of all remaining prisoners and the return of deported children."),
            location=loc("Istanbul", None, "Turkey")),
        opt(dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-04-16", "a week after"), "held",
                "The Istanbul talks at which the negotiators agreed on the swap (background)",
                ev("Ukraine and Russia each handed over 500 prisoners of war on Thursday, in a swap the United Arab Emirates brokered, officials on both sides said, a week after their negotiators agreed on it at talks in Istanbul."),
                location=loc("Istanbul", None, "Turkey"))),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia"], month("2025-05-01", "2025-05-31", "May last year"), "held",
                "The exchange of 1,000 prisoners from each side over three days (background)",
                ev("The exchange was the first since the autumn and the largest since May last year, when 1,000 prisoners from each side came home over three days."))),
    ])

# --------------------------------------------------------------------------- yz10
GOLD["yz10_continentalpost_eu_sanctions_package"] = dict(
    notes="Newspaper story on a sanctions package (Friday 23 October 2026). Coded: the EU's package 'formally approved' 'on "
          "Thursday' (sanctions, held, 22 October; the European Union and Russia, rule 15); Britain's measures 'on Friday' "
          "(sanctions, held, 23 October; United Kingdom and Russia); EU leaders 'due to meet in Brussels next Thursday, "
          "October 29, for a summit' (summit, planned, rule 16; the European Union only: a meeting at the organisation's "
          "seat is hosted by it, rule 15); drones on Chernihiv's energy facilities 'overnight into Thursday' (21-22 October; "
          "'No one was injured' is injured 0 only, rule 6). Optional: 'The previous EU package, adopted in July' (sanctions, "
          "held, background, rule 17; July 2026). Not coded: Slovakia's hold-up and its end (no event between the parties of "
          "the war), Kallas's words and 'work on further steps' (a stance, no date), Ukraine's foreign ministry urging a "
          "nuclear-fuel ban (a call for action, rule 13), Moscow's threatened 'measures of its own' (a reaction with no "
          "content), the consultancy's figures.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chernihiv", "Chernihiv", "Ukraine")],
               night("2026-10-21", "2026-10-22", "overnight into Thursday"), [{"type": "drone"}],
               ev("Drones hit energy facilities in Chernihiv overnight into Thursday, cutting electricity to most of the city.",
                  "No one was injured, the regional military administration said, but some districts were expected to stay without power until the weekend."),
               injured=cnt(0, "No one was injured"), damage=["energy facilities"],
               reported_by=["regional military administration"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-10-22", "on Thursday"), "held",
            "The EU's 27 governments approved a new sanctions package: 118 more shadow-fleet tankers barred, three refineries in China and two Central Asian banks listed",
            ev("BRUSSELS - The European Union's 27 governments formally approved fresh sanctions on Russia on Thursday, blacklisting 118 more shadow-fleet tankers from EU ports and services and naming three refineries in China and two Central Asian banks said to have helped Moscow get around earlier measures."),
            location=loc("Brussels", None, "Belgium")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-10-23", "on Friday"), "held",
            "Britain's sanctions against 40 vessels and two Dubai-based traders of Russian crude",
            ev("Britain followed on Friday with its own measures against 40 vessels and two Dubai-based traders of Russian crude, according to a Foreign Office statement.")),
        dip("summit", ["European Union"], day("2026-10-29", "next Thursday, October 29"), "planned",
            "EU leaders' summit in Brussels on Ukraine's financing needs for 2027 and the use of immobilised Russian central bank assets",
            ev("EU leaders are due to meet in Brussels next Thursday, October 29, for a summit where Ukraine's financing needs for 2027 and the use of immobilised Russian central bank assets will again be discussed."),
            location=loc("Brussels", None, "Belgium")),
        opt(dip("sanctions", ["European Union", "Russia"], month("2026-07-01", "2026-07-31", "in July"), "held",
                "The previous EU package, the first to list foreign refineries buying Russian oil (background)",
                ev("The previous EU package, adopted in July, was the first to list foreign refineries buying Russian oil."))),
    ])

# --------------------------------------------------------------------------- yz11
GOLD["yz11_rivertowntimes_derby_control"] = dict(
    notes="Local newspaper's match report (Saturday 14 November 2026): **control, no record at all.** The war-like words "
          "are figurative or civilian: 'launched the offensive', a 'ten-minute blitz', 'under fire', 'bombard the "
          "Castlebridge box', a defence that 'had shot down everything', 'a low missile of a shot', a 'counter-attack' (no "
          "attack, rules 1 and 5); 'Talks between the club and the striker's agent' and a club 'ready to improve its offer' "
          "(no states or organisations of the war, rules 13 and 15); a 'truce of sorts' and a code of conduct signed by "
          "supporters' trusts and the police (no agreement between parties of the war); '200 drones' in a half-time show (no "
          "attack); 'sanctions' by the league, a fine (no state sanctions); a 'student exchange' with a school in Porto (no "
          "prisoner exchange, rule 14).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kyiv-2026-01-20", "Russian missiles and drones on Kyiv's energy facilities, night of 19-20 January 2026",
     [("yz01_presidentoffice_stubb_call_readout", "attack", 0), ("yz05_capitalcurrent_kyiv_night_what_we_know", "attack", 1)]),
    ("zelensky-stubb-call-2026-01-20", "Zelensky's phone call with Finnish President Alexander Stubb, Tuesday morning 20 January 2026",
     [("yz01_presidentoffice_stubb_call_readout", "diplomacy", 0), ("yz05_capitalcurrent_kyiv_night_what_we_know", "diplomacy", 0)]),
    ("ryazan-2026-03-12", "Ukrainian drones on the Ryazan refinery, night of 11-12 March 2026",
     [("yz02_vostokwire_ryazan_refinery_flash", "attack", 0), ("yz07_northlinebusiness_refineries_gas_output", "attack", 0)]),
    ("istanbul-talks-2026-04-16", "Ukrainian-Russian talks in Istanbul with US envoys, hosted by Turkey, 16 April 2026 (planned in yz03, held in yz08)",
     [("yz03_weekdaychronicle_analysis_istanbul_dnipro", "diplomacy", 0), ("yz08_bosporuswire_istanbul_round_swap_agreed", "diplomacy", 0)]),
    ("swap-2026-04-23", "The 500-for-500 prisoner exchange mediated by the UAE (planned for the week of 20 April in yz08, held on 23 April in yz09)",
     [("yz08_bosporuswire_istanbul_round_swap_agreed", "diplomacy", 1), ("yz09_gulfcourier_prisoner_swap_uae_mediation", "diplomacy", 0)]),
    ("istanbul-round-2026-05-21", "The next round of talks in Istanbul, planned for 21 May 2026",
     [("yz08_bosporuswire_istanbul_round_swap_agreed", "diplomacy", 2), ("yz09_gulfcourier_prisoner_swap_uae_mediation", "diplomacy", 2)]),
    ("kharkiv-2026-07-08", "Russian drones on Kharkiv's Kyivskyi and Saltivskyi districts, night of 7-8 July 2026",
     [("yz04_eastlineradio_kharkiv_mayor_interview", "attack", 0), ("yz06_hromadabroadcast_morning_briefing", "attack", 1)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev50 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV50 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV50, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
