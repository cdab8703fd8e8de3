"""Write evals/dev51/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev51, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV51 = ROOT / "evals" / "dev51"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, week, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

N0303 = night("2026-03-02", "2026-03-03", "overnight")
LEAD01 = ("KYIV, March 3 (Meridian Wire) - Russia attacked Ukraine overnight with 176 drones and 14 missiles, killing two "
          "people in Zaporizhzhia and damaging a cargo ship in the port of Odesa, Ukrainian officials said on Tuesday.")

# --------------------------------------------------------------------------- yy01
GOLD["yy01_meridianwire_night_attack_odesa_zaporizhzhia"] = dict(
    notes="Wire story on a night attack (Tuesday 3 March 2026). Coded: the air force's figures for Ukraine 'overnight' "
          "(2-3 March, rule 11; country record, rule 3, the article naming two struck cities; 176 drones launched, 149 "
          "downed; '14 missiles' split by type into 'Six' Iskander-M and 'eight' Kalibr is a combined total, type other, "
          "launched 14, intercepted 'nine', beside the ballistic and cruise entries, rule 9; drone_and_missile, rule 8); "
          "Zaporizhzhia 'shortly after 4 a.m.' (3 March; 'a missile slammed' is not counted, rule 9; 'A man and a woman' "
          "killed 2, 'nine people' wounded, 'a 15-year-old girl' children_injured 1, rule 6); Odesa (drones on the port, "
          "dated by the lead's 'overnight'; 'two of its crew members' injured 2; the bulk carrier and the warehouse as "
          "damage); the background strike on Chornomorsk 'on February 14' (a place and a count, required, rule 5; 'a "
          "missile killed' is not counted, rule 9; 'a dock worker' killed 1); the Russian ministry's '41 Ukrainian drones' "
          "over four regions and the Azov Sea (country record, target Russia, rules 3 and 4). Not coded: Moscow's 'massive "
          "strike' claim (the same night's strikes told by the attacker, no new place or figure), Zelensky's call to tighten "
          "the squeeze on oil revenue and his Telegram words (a demand and a reaction, rule 13), the General Staff's 46 "
          "combat clashes near Pokrovsk and Kostiantynivka (ground fighting, rule 5).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0303,
               [{"type": "drone", "launched": cnt(176, "176"), "intercepted": cnt(149, "149")},
                {"type": "other", "model": "missiles", "launched": cnt(14, "14"), "intercepted": cnt(9, "nine")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(6, "Six")},
                {"type": "cruise_missile", "model": "Kalibr", "launched": cnt(8, "eight")}],
               ev(LEAD01,
                  "The air force said its units had brought down 149 drones and nine missiles.",
                  "Six of the missiles were Iskander-M ballistic missiles and eight were Kalibr cruise missiles fired from ships in the Black Sea, it said, without saying which of them had got through."),
               reported_by=["air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-03-03", "shortly after 4 a.m."), [{"type": "missile"}],
               ev("In Zaporizhzhia, a missile slammed into an industrial zone at the city's southern fringe shortly after 4 a.m.",
                  "A man and a woman died there and nine people were wounded, among them a 15-year-old girl, the regional governor said.",
                  "Several private houses and a car repair workshop were destroyed."),
               killed=cnt(2, "A man and a woman"), injured=cnt(9, "nine people"), children_injured=cnt(1, "a 15-year-old girl"),
               damage=["industrial zone", "several private houses", "car repair workshop"], reported_by=["regional governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")], N0303, [{"type": "drone"}],
               ev(LEAD01,
                  "In Odesa, drones hit port infrastructure and set a grain warehouse ablaze.",
                  "A bulk carrier under the Panamanian flag, taking on corn at one of the berths, was damaged, and two of its crew members, both Egyptian nationals, were injured, the regional military administration reported."),
               injured=cnt(2, "two of its crew members"),
               damage=["port infrastructure", "grain warehouse", "Panamanian-flagged bulk carrier"],
               reported_by=["regional military administration"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Chornomorsk", "Odesa", "Ukraine")],
               day("2026-02-14", "on February 14"), [{"type": "missile"}],
               ev("Odesa's neighbour Chornomorsk was last targeted on February 14, when a missile killed a dock worker at the container terminal there."),
               killed=cnt(1, "a dock worker"), damage=["container terminal"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0303, [{"type": "drone", "intercepted": cnt(41, "41")}],
               ev("The ministry also said its air defence units had destroyed 41 Ukrainian drones overnight above the Belgorod, Kursk, Bryansk and Oryol regions and the Azov Sea."),
               reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yy02
LEAD02 = ("WASHINGTON/MOSCOW (Crossbridge Press) - Presidents Donald Trump and Vladimir Putin talked by telephone for about an "
          "hour and a half on Thursday and agreed that their negotiators would sit down in Abu Dhabi on March 12, officials in "
          "both capitals said.")
N0303B = night("2026-03-02", "2026-03-03", "Tuesday's overnight barrage")
BARRAGE = ("The call followed Tuesday's overnight barrage, in which a missile killed two people in Zaporizhzhia and drones "
           "damaged a ship in Odesa.")
GOLD["yy02_crossbridgepress_trump_putin_call_readouts"] = dict(
    notes="Wire story on a leaders' call with both readouts (Thursday 5 March 2026). Coded: the Trump-Putin call 'on "
          "Thursday' (phone_call, held, rule 14; United States and Russia, rule 15); the negotiators' meeting 'in Abu Dhabi "
          "on March 12' (talks, planned with a date and a place, rule 16; the United Arab Emirates 'will host', rule 15); "
          "Ukraine's chief negotiator 'due in Washington on Monday to meet the special envoy' (talks, planned, 9 March: a trip "
          "told by its purpose of meeting, rule 14); the background strikes of 'Tuesday's overnight barrage' (2-3 March, "
          "rule 11): 'a missile killed two people in Zaporizhzhia' (missile_strike, not counted, rule 9; killed 2) and "
          "'drones damaged a ship in Odesa' (air_drone_strike) - places and a count, so required, rule 5. Optional: 'the "
          "first conversation between the two presidents since late January' (phone_call, held, background, rule 17; month "
          "January 2026). Not coded: the readouts' contents (part of the call), Moscow's demand for guarantees, Zelensky's "
          "'nothing could be settled about Ukraine without Ukraine' and 'We are ready for a real ceasefire' (a demand and a "
          "stance, rule 13), markets.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")], N0303B,
               [{"type": "missile"}], ev(BARRAGE), killed=cnt(2, "two people")),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")], N0303B,
               [{"type": "drone"}], ev(BARRAGE), damage=["a ship"]),
    ],
    diplomacy=[
        dip("phone_call", ["United States", "Russia"], day("2026-03-05", "on Thursday"), "held",
            "Trump and Putin talked by telephone for about 90 minutes; Putin on the front line and Russia's demands, Trump pressing for a halt to strikes on energy infrastructure; negotiators to meet in Abu Dhabi",
            ev(LEAD02,
               "Briefing journalists in Moscow, the Kremlin's foreign policy aide described the conversation as \"frank and businesslike\".")),
        dip("talks", ["United States", "Russia", "United Arab Emirates"], day("2026-03-12", "on March 12"), "planned",
            "US and Russian negotiators, led by the US special envoy and a Kremlin economic adviser, to meet in Abu Dhabi, hosted by the UAE",
            ev(LEAD02,
               "According to both sides, the American team in the Emirati capital will be led by the president's special envoy and the Russian one by a Kremlin adviser on economic affairs.",
               "The United Arab Emirates will host the meeting, the Kremlin aide said."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
        dip("talks", ["Ukraine", "United States"], day("2026-03-09", "on Monday"), "planned",
            "Ukraine's chief negotiator due in Washington to meet the US special envoy",
            ev("Ukraine's chief negotiator is due in Washington on Monday to meet the special envoy, a senior Ukrainian official said."),
            location=loc("Washington", None, "United States")),
        opt(dip("phone_call", ["United States", "Russia"], month("2026-01-01", "2026-01-31", "since late January"), "held",
                "The previous conversation between the two presidents (background)",
                ev("It was the first conversation between the two presidents since late January."))),
    ])

# --------------------------------------------------------------------------- yy03
LEAD03 = ("BRUSSELS, March 5 (North Sea Wire) - NATO defence ministers gathered at the alliance's headquarters on Thursday "
          "heard new pledges of air defence and drone money for Ukraine, as European allies tried to keep weapons moving "
          "while Washington pursues its own channel to Moscow.")
GOLD["yy03_northseawire_nato_ministers_air_defence"] = dict(
    notes="Wire story on a ministers' meeting (Thursday 5 March 2026). Coded: NATO defence ministers 'gathered at the "
          "alliance's headquarters on Thursday' (meeting, held: an organisation's meeting, rule 14; NATO, hosting at its "
          "seat, rule 15; Ukraine's minister 'did not travel to Brussels', so Ukraine is not listed); the Netherlands' '400 "
          "million euros' for interceptor drones (military_aid, held: 'announced' is the decision, rule 16; dated by the "
          "lead's 'on Thursday'); Germany's 'would hand over two additional IRIS-T systems' (military_aid, held, rule 16); "
          "the Ukrainian minister's 'video talks on Thursday with his British and German counterparts' (talks, held, also "
          "by video, rule 14; no place, so no host); the alliance's 'summit in Ankara on July 7-8' (summit, planned, rule "
          "16; NATO and Turkey as the state of the city, rule 15). Not coded: Rutte's words and his urging (stances and "
          "calls, rule 13), the US ambassador's remark on selling weapons (no decision), the ministers' questions, Kyiv's "
          "request for ten Patriot systems (a request, rule 13), the air campaign since the autumn (vague, rule 5), the Dutch "
          "minister's remark on spending (part of the Dutch record).",
    attacks=[],
    diplomacy=[
        dip("meeting", ["NATO"], day("2026-03-05", "on Thursday"), "held",
            "Meeting of NATO defence ministers at the alliance's headquarters, with new pledges of air defence and drone money for Ukraine",
            ev(LEAD03), location=loc("Brussels", None, "Belgium")),
        dip("military_aid", ["Netherlands", "Ukraine"], day("2026-03-05", "on Thursday"), "held",
            "The Netherlands announced 400 million euros to pay Ukrainian factories for interceptor drones",
            ev(LEAD03,
               "The Netherlands announced 400 million euros to pay Ukrainian factories for interceptor drones, its defence minister told reporters on arrival.")),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-03-05", "on Thursday"), "held",
            "Germany to hand over two additional IRIS-T air defence systems, with missiles, before the summer",
            ev(LEAD03,
               "Germany said it would hand over two additional IRIS-T systems, with missiles, before the summer, according to a German government spokesperson.")),
        dip("talks", ["Ukraine", "United Kingdom", "Germany"], day("2026-03-05", "on Thursday"), "held",
            "Ukraine's defence minister held video talks with his British and German counterparts on joint production of long-range drones",
            ev("Ukraine's defence minister, who did not travel to Brussels, held video talks on Thursday with his British and German counterparts on joint production of long-range drones, his ministry said in a statement.")),
        dip("summit", ["NATO", "Turkey"], night("2026-07-07", "2026-07-08", "on July 7-8"), "planned",
            "NATO summit in Ankara, to review progress towards spending 3.5% of economic output on core defence",
            ev("Ministers also discussed preparations for the alliance's summit in Ankara on July 7-8, where leaders are expected to review progress towards spending 3.5% of economic output on core defence."),
            location=loc("Ankara", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- yy04
N0306 = night("2026-03-05", "2026-03-06", "overnight into Friday")
GOLD["yy04_dailyglobe_key_events_day_1472"] = dict(
    notes="'Key events on day 1,472' list (Friday 6 March 2026). Coded: Russian drones on Kharkiv 'overnight into Friday' "
          "(5-6 March, rule 11; 'six people' injured, 'a 10-year-old boy' children_injured 1, rule 6; the Saltivskyi "
          "district stays on the city's record, rule 1); a drone on a farm building in the Synelnykove district 'Overnight' "
          "(a district record, no town named, rule 1; 'a drone' not counted, rule 9; 'Nobody was injured' is injured 0 only, "
          "rule 6); the air force's '88 attack drones', '61 of them' downed or jammed (country record, rule 3: two struck "
          "places named); Ukraine's drones on the Yaroslavl oil processing plant 'overnight into Thursday' (4-5 March; "
          "attacker Ukraine, rule 4). Diplomacy: the presidents' 'phone call' 'on Thursday' (phone_call, held; United States "
          "and Russia); the teams to 'meet in Abu Dhabi next Thursday' (talks, planned, 12 March; the UAE as the state of the "
          "city, rule 15); NATO's defence ministers 'gathered in Brussels on Thursday' (meeting, held, rule 14); the return of "
          "1,000 bodies to Ukraine and 31 to Russia 'On Thursday' (prisoner_exchange: a repatriation of the dead, rule 14; "
          "held). Not coded: 'Russian officials said the attack had been repelled' (the same strike), Moscow's claim of a "
          "village near Kostiantynivka (ground fighting, rule 5), 'Several allies pledged' (no identifiable participants, "
          "rule 13), Zelensky's insistence and Rutte's words (demands and stances, rule 13), Hungary's refusal to support "
          "sanctions unless exempted (a stance), power cuts and the interest rate.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], N0306, [{"type": "drone"}],
               ev("Russian drones struck Kharkiv overnight into Friday, wounding six people, including a 10-year-old boy, the city's mayor said.",
                  "Fires broke out in two apartment blocks in the Saltivskyi district."),
               injured=cnt(6, "six people"), children_injured=cnt(1, "a 10-year-old boy"),
               damage=["two apartment blocks in the Saltivskyi district"], reported_by=["the city's mayor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Synelnykove", "Dnipropetrovsk", "Ukraine", "district")],
               night("2026-03-05", "2026-03-06", "Overnight"), [{"type": "drone"}],
               ev("Overnight, a drone set fire to a farm building in the Dnipropetrovsk region's Synelnykove district.",
                  "Nobody was injured, the regional governor said."),
               injured=cnt(0, "Nobody was injured"), damage=["farm building"], reported_by=["regional governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-03-05", "2026-03-06", "overnight"),
               [{"type": "drone", "launched": cnt(88, "88"), "intercepted": cnt(61, "61")}],
               ev("Russia sent 88 attack drones against Ukraine overnight, the Ukrainian air force reported; 61 of them were downed or neutralised by electronic jamming."),
               reported_by=["Ukrainian air force"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Yaroslavl", "Yaroslavl", "Russia")],
               night("2026-03-04", "2026-03-05", "overnight into Thursday"), [{"type": "drone"}],
               ev("Ukraine's General Staff said long-range drones of its own had hit the oil processing plant in Yaroslavl, some 250km north-east of Moscow, overnight into Thursday, causing a large fire."),
               damage=["oil processing plant"], reported_by=["Ukraine's General Staff"]),
    ],
    diplomacy=[
        dip("phone_call", ["United States", "Russia"], day("2026-03-05", "on Thursday"), "held",
            "The US and Russian presidents held a phone call of about 90 minutes",
            ev("The US and Russian presidents held a phone call of about 90 minutes on Thursday.")),
        dip("talks", ["United States", "Russia", "United Arab Emirates"], day("2026-03-12", "next Thursday"), "planned",
            "The US and Russian negotiating teams to meet in Abu Dhabi",
            ev("The Kremlin said the US and Russian negotiating teams would meet in Abu Dhabi next Thursday."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
        dip("meeting", ["NATO"], day("2026-03-05", "on Thursday"), "held",
            "NATO defence ministers' meeting in Brussels, where several allies pledged air defence support for Ukraine",
            ev("Several allies pledged fresh air defence support for Ukraine as NATO's defence ministers gathered in Brussels on Thursday."),
            location=loc("Brussels", None, "Belgium")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-03-05", "On Thursday"), "held",
            "Repatriation of the dead: 1,000 bodies to Ukraine, 31 bodies to Russia",
            ev("On Thursday 1,000 bodies which Russia says are those of Ukrainian soldiers were repatriated to Ukraine, and Kyiv returned 31 bodies to Russia, the Ukrainian prisoner-of-war headquarters said.")),
    ])

# --------------------------------------------------------------------------- yy05
GOLD["yy05_portsgazette_odessa_bulk_carrier"] = dict(
    notes="Shipping trade paper (Wednesday 4 March 2026) on the same Odesa night as yy01 (spelled 'Odessa' here, rule 10). "
          "Coded: Russian drones on the port of Odessa 'overnight into Tuesday' (2-3 March, rule 11; 'Two crew members' "
          "injured, rule 6; the bulk carrier, its hatch cover and the warehouse as damage); the background drone strike on "
          "a tanker 'at Izmail on the Danube' 'In November' (a place, so required, rule 5; November 2025, the latest November "
          "before a March article, rule 11; 'none of her crew was injured' is the struck ship's nil, injured 0 only, rule "
          "6); Ukrainian sea drones on a tanker at Novorossiysk's Sheskharis terminal 'On Sunday' (1 March; attacker "
          "Ukraine, rule 4; sea drones are `drone`, so air_drone_strike, rules 8 and 9; 'Nobody was injured' is injured 0 "
          "only). Not coded: 'Tuesday's strike' (the same event), war-risk premiums, cargo volumes, shipowners' appeal to "
          "both countries (a call, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odessa", "Odesa", "Ukraine")],
               night("2026-03-02", "2026-03-03", "overnight into Tuesday"), [{"type": "drone"}],
               ev("A Panama-flagged bulk carrier was damaged when Russian drones attacked the port of Odessa overnight into Tuesday, adding to pressure on insurers who cover ships trading through Ukraine's Black Sea corridor.",
                  "The 32,000 dwt vessel, the Aegean Harvest, was loading corn for Egypt at a berth in the port's western section when drones struck a nearby grain warehouse, Ukrainian officials said.",
                  "Two crew members, both Egyptian citizens, suffered burns and cuts and were taken ashore for treatment, the Odessa regional military administration said."),
               injured=cnt(2, "Two crew members"),
               damage=["bulk carrier Aegean Harvest", "grain warehouse", "hatch cover and accommodation block"],
               reported_by=["Odessa regional military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               month("2025-11-01", "2025-11-30", "In November"), [{"type": "drone"}],
               ev("In November, drones hit a Turkish-owned tanker moored at Izmail on the Danube; none of her crew was injured."),
               injured=cnt(0, "none of her crew was injured"), damage=["Turkish-owned tanker"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar", "Russia")],
               day("2026-03-01", "On Sunday"), [{"type": "drone"}],
               ev("On Sunday, Ukrainian sea drones attacked a tanker moored at Novorossiysk's Sheskharis terminal, Russia's largest Black Sea port, local officials said.",
                  "The tanker's hull was lightly damaged above the waterline and loading at the terminal was suspended for several hours.",
                  "Nobody was injured, the port's emergency headquarters said."),
               injured=cnt(0, "Nobody was injured"), damage=["tanker at the Sheskharis terminal"],
               reported_by=["local officials", "the port's emergency headquarters"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yy06
LEAD06 = ("KYIV - Finland's foreign minister stepped off the night train from Poland on Monday for her third visit to Ukraine "
          "as minister and announced 90 million euros of new support for the country's battered energy system and for "
          "humanitarian demining.")
N0309 = night("2026-03-08", "2026-03-09", "during the night")
GOLD["yy06_nordicledger_finnish_minister_kyiv_visit"] = dict(
    notes="Newspaper on a foreign minister's visit (Monday 9 March 2026). Coded: the Finnish foreign minister's 'third visit "
          "to Ukraine' 'on Monday' (visit, held, rule 14: the article calls it a visit, and her meetings with Zelensky and "
          "her counterpart are part of it; Finland and Ukraine, rule 15; Kyiv); the '90 million euros of new support' for "
          "the energy system and demining (military_aid, held: aid of any cargo, 'announced' is the decision, rules 14 and "
          "16); the memorandum the two ministers 'signed' on four schools in the Zhytomyr region (agreement, held, rule 14; "
          "dated by the visit's 'on Monday'); drones on a building in Kyiv's Obolonskyi district 'during the night' (8-9 "
          "March; 'a 67-year-old woman' injured 1, rule 6); the drone on a gas pipeline near Nizhyn in the Chernihiv region "
          "'the same night' (not counted, rule 9; 'There were no casualties there' fills killed 0 and injured 0, rule 6); the "
          "air force's '70 Russian drones', '54 of them' downed or jammed (country record, rule 3: two struck places named). "
          "Optional: the 'Thirty mobile boiler units that the Finnish government paid for in January' (military_aid, held, "
          "background, rule 17; January 2026; their installation in February is no new decision). Not coded: 'Our support "
          "does not have an end date', Finland 'prepared to take part in monitoring any future ceasefire' (stances, rule "
          "13), the ministers' 'would work on joint production' (no event, no date), the call on the EU over frozen assets "
          "(a call, rule 13), '30 defence packages since February 2022' (a tally, no event), the topics Zelensky's office "
          "listed (part of the visit).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kyiv", "Kyiv", "Ukraine")], N0309, [{"type": "drone"}],
               ev("Drones hit a 16-storey residential building in Kyiv's Obolonskyi district during the night, injuring a 67-year-old woman and blowing out windows on several floors, Kyiv's military administration chief said."),
               injured=cnt(1, "a 67-year-old woman"), damage=["16-storey residential building in the Obolonskyi district"],
               reported_by=["Kyiv's military administration chief"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Nizhyn", "Chernihiv", "Ukraine")],
               night("2026-03-08", "2026-03-09", "the same night"), [{"type": "drone"}],
               ev("In the Chernihiv region, a drone damaged a gas distribution pipeline near the town of Nizhyn the same night, leaving several villages without supply.",
                  "There were no casualties there, the regional authorities said."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["gas distribution pipeline"], reported_by=["regional authorities"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-03-08", "2026-03-09", "in the night"),
               [{"type": "drone", "launched": cnt(70, "70"), "intercepted": cnt(54, "54")}],
               ev("The air force counted 70 Russian drones over Ukraine in the night and said 54 of them were downed or jammed."),
               reported_by=["air force"]),
    ],
    diplomacy=[
        dip("visit", ["Finland", "Ukraine"], day("2026-03-09", "on Monday"), "held",
            "Finland's foreign minister visited Kyiv, her third visit to Ukraine as minister, meeting Zelensky and Ukraine's foreign minister",
            ev(LEAD06,
               "The visit began with a briefing at a heating plant in the capital and continued with meetings with President Volodymyr Zelensky and Ukraine's foreign minister."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["Finland", "Ukraine"], day("2026-03-09", "on Monday"), "held",
            "Finland announced 90 million euros of new support for Ukraine's energy system and humanitarian demining",
            ev(LEAD06)),
        dip("agreement", ["Finland", "Ukraine"], day("2026-03-09", "on Monday"), "held",
            "The Finnish and Ukrainian foreign ministers signed a memorandum under which Finland will finance the rebuilding of four schools in the Zhytomyr region",
            ev("The two ministers also signed a memorandum under which Finland will finance the rebuilding of four schools in the Zhytomyr region.")),
        opt(dip("military_aid", ["Finland", "Ukraine"], month("2026-01-01", "2026-01-31", "in January"), "held",
                "Finland paid for thirty mobile boiler units, installed in Sumy and Chernihiv in February (background)",
                ev("Thirty mobile boiler units that the Finnish government paid for in January were installed in Sumy and Chernihiv in February, the ministry in Helsinki said, and another batch is being manufactured."))),
    ])

# --------------------------------------------------------------------------- yy07
N0305 = night("2026-03-04", "2026-03-05", "overnight into Thursday")
MOD07 = ("According to the Russian Defence Ministry, air defence units downed 112 Ukrainian drones over nine regions between "
         "20:00 on Wednesday and 07:00 on Thursday, 34 of them over the Yaroslavl region.")
GOLD["yy07_volgapost_yaroslavl_refinery_moscow_airports"] = dict(
    notes="Moscow-datelined story (Thursday 5 March 2026) on the same Yaroslavl night as yy04. Coded: Ukrainian drones on the "
          "Yaroslavl refinery 'overnight into Thursday' (4-5 March, rule 11; attacker Ukraine, rule 4; 'There were no "
          "casualties' fills killed 0 and injured 0, rule 6; the ministry's '34 of them over the Yaroslavl region' goes on "
          "Yaroslavl, the one struck locality of that region, rule 3); the ministry's '112 Ukrainian drones over nine "
          "regions' (a tally over several regions: the country record, target Russia, rules 3 and 4); the mayor's '19 "
          "drones flying towards the capital' destroyed 'during the night' (an interception Russia reports over a named "
          "city: Moscow's own record, rule 4); the background attack on the Yaroslavl refinery 'last August' (a place, so "
          "required, rule 5; August 2025 by rule 11; 'a drone strike' is not counted, rule 9). Not coded: the airport "
          "restrictions and flight figures (consequences), Peskov's words and 'open to a political settlement' (a reaction "
          "and a stance, rule 13), the ministry's strike 'in response' with no location named (no place, no count, rule 5), "
          "the advance towards Orekhov in the Zaporozhye region and the repelled counterattacks (ground fighting, rule 5).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Yaroslavl", "Yaroslavl", "Russia")], N0305,
               [{"type": "drone", "intercepted": cnt(34, "34")}],
               ev("MOSCOW - Ukrainian drones started a blaze at a Yaroslavl oil refinery overnight into Thursday and forced the temporary closure of Moscow's main airports, stranding thousands of passengers on the morning of the spring school holidays in several regions.",
                  "There were no casualties, he said.",
                  MOD07),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["Yaroslavl oil refinery", "industrial site on Yaroslavl's southern outskirts"],
               reported_by=["Yaroslavl region's governor", "Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU],
               night("2026-03-04", "2026-03-05", "between 20:00 on Wednesday and 07:00 on Thursday"),
               [{"type": "drone", "intercepted": cnt(112, "112")}], ev(MOD07), reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Moscow", "Moscow", "Russia")],
               night("2026-03-04", "2026-03-05", "during the night"), [{"type": "drone", "intercepted": cnt(19, "19")}],
               ev("Moscow's mayor wrote on his Telegram channel that 19 drones flying towards the capital had been destroyed during the night."),
               reported_by=["Moscow's mayor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Yaroslavl", "Yaroslavl", "Russia")],
               month("2025-08-01", "2025-08-31", "last August"), [{"type": "drone"}],
               ev("The Yaroslavl refinery was also attacked last August, when a drone strike halted one of its primary processing units for about two weeks."),
               damage=["Yaroslavl refinery", "primary processing unit"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yy08
LEAD08 = ("ABU DHABI - Ukraine and Russia freed 205 prisoners of war apiece on Friday under an arrangement the United Arab "
          "Emirates helped to broker, the Emirati foreign ministry said; it put the total freed through its good offices at "
          "above 5,000.")
GOLD["yy08_levantdaily_uae_swap_bodies_returned"] = dict(
    notes="Gulf newspaper on a prisoner exchange (Saturday 7 March 2026). Coded: the exchange of 205 prisoners of war each "
          "'on Friday' (prisoner_exchange, held, 6 March; the United Arab Emirates 'helped to broker' it, a participant, rule "
          "15); the repatriation of the dead 'On Thursday', 1,000 bodies to Ukraine and 31 to Russia (prisoner_exchange, "
          "held, 5 March, rule 14: a record of its own, another day and another act); U.S. and Russian officials' 'talks in "
          "the Emirati capital next week' (talks, planned, week of 9-15 March, rule 16; the UAE as the state of the city, rule "
          "15); a Russian glide bomb on Kostiantynivka 'Hours after the exchange' (6 March; 'a Russian glide bomb' is not "
          "counted, rule 9; 'one man' killed, 'three' injured). Optional: 'The previous exchange, in late December' (150 "
          "each, brokered by Abu Dhabi: prisoner_exchange, held, background, rule 17; December 2025). Not coded: the total "
          "'above 5,000' (a tally, no event), the ministry's thanks, 'Swaps remain a rare field of working contact' "
          "(commentary), Ukraine's wish for an 'all for all' exchange (a demand, rule 13), Zelensky's thanks.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kostiantynivka", "Donetsk", "Ukraine")],
               day("2026-03-06", "Hours after the exchange"), [{"type": "glide_bomb"}],
               ev("Hours after the exchange, a Russian glide bomb hit a residential street in Kostiantynivka in the Donetsk region, killing one man and injuring three, the regional governor said."),
               killed=cnt(1, "one man"), injured=cnt(3, "three"), damage=["residential street"],
               reported_by=["regional governor"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-03-06", "on Friday"), "held",
            "Ukraine and Russia freed 205 prisoners of war each in an exchange the UAE helped to broker; soldiers captured in the Kursk region and Mariupol and four civilians among the Ukrainians",
            ev(LEAD08,
               "Russia's defence ministry said the 205 Russian servicemen returned from Ukrainian captivity were in Belarus and would then be taken to Russia for medical treatment and rehabilitation.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-03-05", "On Thursday"), "held",
            "Repatriation of the dead: 1,000 bodies received by Ukraine, 31 bodies handed to Russia",
            ev("A day earlier, the two sides had handled a separate repatriation of the dead.",
               "On Thursday, Ukraine received 1,000 bodies that Moscow said belonged to Ukrainian soldiers, while 31 bodies were handed to the Russian side, Ukraine's prisoner-of-war headquarters reported.")),
        dip("talks", ["United States", "Russia", "United Arab Emirates"], week("2026-03-09", "2026-03-15", "next week"), "planned",
            "U.S. and Russian officials' talks in Abu Dhabi",
            ev("The exchange came as U.S. and Russian officials prepared for talks in the Emirati capital next week."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], month("2025-12-01", "2025-12-31", "in late December"), "held",
                "The previous exchange, 150 prisoners from each side, brokered by the UAE (background)",
                ev("The previous exchange, in late December, freed 150 prisoners from each side and was also brokered by Abu Dhabi."))),
    ])

# --------------------------------------------------------------------------- yy09
GOLD["yy09_capitolledger_abu_dhabi_postponed_sanctions"] = dict(
    notes="Newspaper story on postponed talks and sanctions (Wednesday 11 March 2026). Coded: the U.S.-Russian talks 'that "
          "were to have taken place in Abu Dhabi on Thursday' 'postponed ... without fixing another date' (talks, stalled: "
          "postponed with no new date, rule 16; dated by the day planned, 12 March, rule 11; the UAE as the state of the "
          "city, rule 15); the Treasury's sanctions on 30 tankers, two shipping companies and an insurer 'Later on "
          "Wednesday' (sanctions, held, 11 March; United States and Russia, rule 15); Britain's measures 'on Friday' "
          "(sanctions, planned with a date, rule 16; 13 March). Optional (background, rule 17): 'last week's call between "
          "the two presidents' (phone_call, held, week of 2-8 March); 'Last Friday's exchange of 205 prisoners of war' "
          "(prisoner_exchange, held, 6 March; the UAE arranged it); the sanctions on Rosneft and Lukoil 'imposed last "
          "October' (sanctions, held, October 2025 by rule 11). Not coded: 'by mutual agreement' (the postponement, no "
          "agreement of its own), the sides' positions, contacts to continue 'through working channels' and Peskov's words "
          "(stances, rule 13), Zelensky's call on Europe and Ukraine 'ready to join any talks' (a call and a stance, rule "
          "13), the UAE having 'hosted several rounds' over the past year (vague, no date), the Treasury's licences, "
          "markets.",
    attacks=[],
    diplomacy=[
        dip("talks", ["United States", "Russia", "United Arab Emirates"], day("2026-03-12", "on Thursday"), "stalled",
            "Talks between U.S. and Russian negotiators in Abu Dhabi postponed with no new date after the sides failed to settle the agenda",
            ev("WASHINGTON - Talks between U.S. and Russian negotiators that were to have taken place in Abu Dhabi on Thursday have been postponed, the White House said on Wednesday, without fixing another date."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
        dip("sanctions", ["United States", "Russia"], day("2026-03-11", "Later on Wednesday"), "held",
            "US Treasury sanctions on 30 shadow-fleet tankers, two Russian shipping companies and a Moscow-based insurer",
            ev("Later on Wednesday the Treasury Department imposed sanctions on 30 tankers that it said belonged to Russia's shadow fleet, as well as on two Russian shipping companies and a Moscow-based insurer that covers the vessels.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-03-13", "on Friday"), "planned",
            "Britain to announce its own measures against Russia's shadow fleet",
            ev("Britain will announce its own measures against the shadow fleet on Friday, a Foreign Office spokesperson said.")),
        opt(dip("phone_call", ["United States", "Russia"], week("2026-03-02", "2026-03-08", "last week"), "held",
                "The call between the US and Russian presidents (background)",
                ev("The postponement is a setback for the administration, which had presented the Abu Dhabi meeting as the first step towards a broader agreement after last week's call between the two presidents."))),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-03-06", "Last Friday"), "held",
                "The exchange of 205 prisoners of war from each side, arranged through the UAE (background)",
                ev("Last Friday's exchange of 205 prisoners of war from each side was arranged through the United Arab Emirates, which has hosted several rounds of U.S.-Russian contacts over the past year."))),
        opt(dip("sanctions", ["United States", "Russia"], month("2025-10-01", "2025-10-31", "last October"), "held",
                "US sanctions on Rosneft and Lukoil, Russia's two largest oil producers (background)",
                ev("Washington's sanctions on Russia's two largest oil producers, Rosneft and Lukoil, imposed last October, remain in force, although the Treasury has granted several licences to let buyers wind down contracts."))),
    ])

# --------------------------------------------------------------------------- yy10
GOLD["yy10_midlandscourier_retailer_cyber_attack_control"] = dict(
    notes="Local evening paper on a cyber attack on a retailer (Tuesday 10 March 2026): **control, no record at all.** The "
          "war-like words are civilian: 'a sustained and well-organised attack', criminals who 'launched the assault "
          "overnight into Sunday', 'hit from several directions', 'Our defences stopped the first wave', 'targeting' other "
          "retailers (no attacker state, no strike, rules 1 and 12); the refusal 'to open talks with the group' and 'would "
          "not negotiate' (no states or organisations of the war, rules 13 and 15); a 'price war' and a 'truce with its "
          "suppliers' (no agreement between parties of the war, rule 14); a 'battle' over a superstore; the National Crime "
          "Agency's investigation and the Information Commissioner's enquiries (no diplomacy).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("odesa-port-2026-03-03", "Russian drones on the port of Odesa and a Panama-flagged bulk carrier, night of 2-3 March 2026",
     [("yy01_meridianwire_night_attack_odesa_zaporizhzhia", "attack", 2),
      ("yy02_crossbridgepress_trump_putin_call_readouts", "attack", 1),
      ("yy05_portsgazette_odessa_bulk_carrier", "attack", 0)]),
    ("zaporizhzhia-2026-03-03", "Russian missile on Zaporizhzhia's southern industrial zone, night of 2-3 March 2026 (two killed)",
     [("yy01_meridianwire_night_attack_odesa_zaporizhzhia", "attack", 1),
      ("yy02_crossbridgepress_trump_putin_call_readouts", "attack", 0)]),
    ("trump-putin-call-2026-03-05", "Phone call between Presidents Trump and Putin, Thursday 5 March 2026",
     [("yy02_crossbridgepress_trump_putin_call_readouts", "diplomacy", 0),
      ("yy04_dailyglobe_key_events_day_1472", "diplomacy", 0)]),
    ("abu-dhabi-talks-2026-03-12", "US-Russian negotiators' talks in Abu Dhabi planned for 12 March 2026 (planned in yy02, yy04 and yy08; postponed in yy09)",
     [("yy02_crossbridgepress_trump_putin_call_readouts", "diplomacy", 1),
      ("yy04_dailyglobe_key_events_day_1472", "diplomacy", 1),
      ("yy08_levantdaily_uae_swap_bodies_returned", "diplomacy", 2),
      ("yy09_capitolledger_abu_dhabi_postponed_sanctions", "diplomacy", 0)]),
    ("nato-ministers-2026-03-05", "NATO defence ministers' meeting at the alliance's headquarters in Brussels, 5 March 2026",
     [("yy03_northseawire_nato_ministers_air_defence", "diplomacy", 0),
      ("yy04_dailyglobe_key_events_day_1472", "diplomacy", 2)]),
    ("yaroslavl-2026-03-05", "Ukrainian drones on the Yaroslavl refinery, night of 4-5 March 2026",
     [("yy04_dailyglobe_key_events_day_1472", "attack", 3),
      ("yy07_volgapost_yaroslavl_refinery_moscow_airports", "attack", 0)]),
    ("bodies-2026-03-05", "Repatriation of the dead, 1,000 bodies to Ukraine and 31 to Russia, Thursday 5 March 2026",
     [("yy04_dailyglobe_key_events_day_1472", "diplomacy", 3),
      ("yy08_levantdaily_uae_swap_bodies_returned", "diplomacy", 1)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev51 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV51 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV51, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
