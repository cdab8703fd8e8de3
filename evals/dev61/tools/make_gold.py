"""Write evals/dev61/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev61, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV61 = ROOT / "evals" / "dev61"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, week, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KYIV = loc("Kyiv", "Kyiv", "Ukraine")
KREMENCHUK = loc("Kremenchuk", "Poltava", "Ukraine")
ZAPORIZHZHIA = loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")
BILA_TSERKVA = loc("Bila Tserkva", "Kyiv Oblast", "Ukraine")
KHERSON = loc("Kherson", "Kherson", "Ukraine")
ISTANBUL = loc("Istanbul", None, "Turkey")
NIGHT_0129 = ("2026-01-28", "2026-01-29")
UAE = "United Arab Emirates"
US = "United States"

# --------------------------------------------------------------------------- xj01
GOLD["xj01_energy_company_exchange_announcement_kremenchuk_jan29"] = dict(
    notes="Energy company's regulatory announcement to the stock exchange (current report, Thursday 29 January 2026). "
          "Coded: the Kremenchuk combined heat and power plant, Poltava region, 'during the night of 28 to 29 January "
          "2026' (range, rule 11; 'Russian missiles and attack drones', uncounted: drone_and_missile, rules 8-9; 'There "
          "were no casualties among the Company's personnel', a nil limited to the people of the struck site: that "
          "strike's zero, and 'no casualties' fills killed and injured, rule 6); the drone attack on Kremenchuk 'on 13 "
          "January' that damaged an auxiliary transformer at the site (background with place and date: required, rule 5; "
          "no attacker named: Russia, rule 12). Not coded: the suspension of generation, the repair estimates, the "
          "insurance and capacity figures (no event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KREMENCHUK],
               night(*NIGHT_0129, "during the night of 28 to 29 January 2026"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("The Management Board of Dnipro Heat and Power S.A. (the \"Company\") announces that its Kremenchuk combined heat and power plant in the Poltava region of Ukraine was hit by Russian missiles and attack drones during the night of 28 to 29 January 2026.",
                  "According to the plant's management, the strike damaged the main turbine hall, one of the two steam boilers and the outdoor switchyard, and set fire to the fuel oil farm; the fire was out by 06:30 local time.",
                  "There were no casualties among the Company's personnel, as the night shift had gone down to the plant's protective shelter when the alert was declared."),
               killed=cnt(0, "There were no casualties among the Company's personnel"),
               injured=cnt(0, "There were no casualties among the Company's personnel"),
               damage=["main turbine hall", "steam boiler", "outdoor switchyard", "fuel oil farm"],
               reported_by=["the Company", "the plant's management"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KREMENCHUK], day("2026-01-13", "on 13 January"),
               [{"type": "drone"}],
               ev("A drone attack on Kremenchuk on 13 January damaged an auxiliary transformer at the site; that unit had been repaired by 24 January."),
               damage=["auxiliary transformer"], reported_by=["the Company"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xj02
GOLD["xj02_mfa_week_ahead_diary_feb01"] = dict(
    notes="A foreign ministry's 'week ahead' press diary for 2-8 February 2026 (issued Sunday 1 February). Every entry is "
          "announced with a day and a place: planned (rule 16). Coded: the Minister's trip to Warsaw 'MONDAY 2 FEBRUARY' "
          "for talks with Poland's foreign minister (a trip told by its purpose of meeting, not called a visit: talks, "
          "rule 14); the official visit of Norway's foreign minister to Kyiv on 'TUESDAY' (3 February; visit, rule 14); "
          "the round in Istanbul 'WEDNESDAY 4 FEBRUARY' (talks of the Ukrainian and Russian delegations, Turkey hosting, "
          "United States mediators: all sides, rule 15); the NATO-Ukraine Council on 'THURSDAY' (5 February) at NATO "
          "headquarters in Brussels (an organisation's meeting, hosted by NATO at its seat, so Belgium is no side, rules "
          "14-15); the coalition of the willing's leaders' summit in Paris 'FRIDAY 6 FEBRUARY', hosted by France (summit, "
          "rules 14-15). Not coded: the weekend's 'stays ready to join whatever format' (a stance, rule 13), the "
          "plant visit within the Norwegian programme (part of the visit).",
    attacks=[],
    diplomacy=[
        dip("talks", ["Ukraine", "Poland"], day("2026-02-02", "MONDAY 2 FEBRUARY"), "planned",
            "Ukraine's foreign minister in Warsaw for talks with Poland's foreign minister (air defence deliveries, border crossings, reconstruction conference)",
            ev("Warsaw. The Minister travels to the Polish capital for talks with the Minister of Foreign Affairs of Poland: air defence deliveries through the Rzeszów hub, border crossings, and this year's reconstruction conference."),
            location=loc("Warsaw", None, "Poland")),
        dip("visit", ["Norway", "Ukraine"], day("2026-02-03", "TUESDAY"), "planned",
            "Official visit of Norway's foreign minister to Kyiv",
            ev("Kyiv. Official visit of the Minister of Foreign Affairs of Norway."),
            location=KYIV),
        dip("talks", ["Ukraine", "Russia", "Turkey", US], day("2026-02-04", "WEDNESDAY 4 FEBRUARY"), "planned",
            "New round of Ukrainian-Russian delegation talks in Istanbul, Turkey hosting, US mediators taking part",
            ev("Istanbul. A new round of Ukrainian-Russian talks at delegation level, hosted by Turkey, with United States mediators taking part."),
            location=ISTANBUL),
        dip("meeting", ["NATO", "Ukraine"], day("2026-02-05", "THURSDAY"), "planned",
            "NATO-Ukraine Council meeting at NATO headquarters on winter air defence and the power grid",
            ev("Brussels. The Minister takes part in a meeting of the NATO-Ukraine Council at NATO headquarters, devoted to air defence over the winter and the protection of the power grid."),
            location=loc("Brussels", None, "Belgium")),
        dip("summit", ["coalition of the willing", "Ukraine", "France"], day("2026-02-06", "FRIDAY 6 FEBRUARY"), "planned",
            "Leaders' summit of the coalition of the willing in Paris, hosted by France; the President of Ukraine attends (security guarantees, ceasefire monitoring)",
            ev("Paris. The President of Ukraine attends the coalition of the willing's leaders' summit, hosted by France; the Minister accompanies him."),
            location=loc("Paris", None, "France")),
    ])

# --------------------------------------------------------------------------- xj03
GOLD["xj03_rescuer_obituary_zaporizhzhia_feb03"] = dict(
    notes="Obituary of a rescuer killed in a repeat strike (Tuesday 3 February 2026). Coded: Zaporizhzhia 'on Thursday 29 "
          "January' (day, rule 11; 'a guided aerial bomb dropped by Russian aircraft', one weapon with the indefinite "
          "article, and the repeat strike told with no weapon count: glide_bomb, uncounted, rule 9; one record for both "
          "strikes on the same site that afternoon, rule 1; 'Three people' killed 3, people then named one by one, and '14 "
          "were injured', rule 6); Zaporizhzhia 'on 8 January' (a Russian missile strike on the city, told in background "
          "with place and date: required, rule 5; 'five people' killed 5 and 'about 20' injured (20, about), rules 6-7). "
          "Not coded: his life, service and funeral.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [ZAPORIZHZHIA], day("2026-01-29", "on Thursday 29 January"),
               [{"type": "glide_bomb"}],
               ev("He was killed on Thursday 29 January in what his colleagues call a \"double tap\": a repeat strike on a place where rescuers are already at work.",
                  "That afternoon a guided aerial bomb dropped by Russian aircraft tore into a furniture warehouse in the city's Shevchenkivskyi district.",
                  "Three people died there that afternoon, Oleksandr and two warehouse workers, and 14 were injured, four of them firefighters from his unit."),
               killed=cnt(3, "Three people"), injured=cnt(14, "14 were injured"), damage=["furniture warehouse"]),
        attack("Russia", "Ukraine", "missile_strike", [ZAPORIZHZHIA], day("2026-01-08", "on 8 January"),
               [{"type": "missile"}],
               ev("Colleagues speak most of his work at the ruins of a five-storey block in the Komunarskyi district on 8 January, after a Russian missile strike on Zaporizhzhia killed five people and injured about 20."),
               killed=cnt(5, "five people"), injured=cnt(20, "about 20", "about"), damage=["five-storey block"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xj04
GOLD["xj04_kaluga_airport_restrictions_notice_jan15"] = dict(
    notes="A Russian regional airport operator's passenger notice on temporary restrictions (Thursday 15 January 2026), "
          "told from Russia's side. Coded: Kaluga 'on the night of 14-15 January' (range, rule 11; Ukraine's drones on "
          "Russia, rule 4; the Governor's 'nine drones' destroyed over the Kaluga Region, the one struck locality named in "
          "it being Kaluga (debris and a fire at an industrial site): the region's tally goes on the city, intercepted 9, "
          "rule 3; 'there were no casualties' fills killed and injured, rule 6); Russia's country record 'overnight' (the "
          "Defence Ministry's '64 Ukrainian drones' destroyed over eight regions: a tally over several regions, "
          "intercepted 64, rules 3-4). Not coded: the flight delays and the diversion, the meal vouchers.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kaluga", "Kaluga", "Russia")],
               night("2026-01-14", "2026-01-15", "on the night of 14-15 January"),
               [{"type": "drone", "intercepted": cnt(9, "nine drones")}],
               ev("According to the Governor of the Kaluga Region, on the night of 14-15 January air defence forces destroyed nine drones over the region.",
                  "Falling debris started a fire at an industrial site in Kaluga; firefighters had the blaze out before dawn.",
                  "According to the Governor, there were no casualties."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               damage=["industrial site"], reported_by=["the Governor of the Kaluga Region"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-01-14", "2026-01-15", "overnight"),
               [{"type": "drone", "intercepted": cnt(64, "64 Ukrainian drones")}],
               ev("Russia's Defence Ministry reported this morning that air defence systems had destroyed 64 Ukrainian drones overnight over eight regions of Russia, the Kaluga Region among them."),
               reported_by=["Russia's Defence Ministry"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xj05
GOLD["xj05_aid_charity_convoy_update_kherson_feb07"] = dict(
    notes="An aid charity's convoy update to supporters (Saturday 7 February 2026). Coded: Chornobaivka, Kherson region, 'On "
          "Friday' (6 February; Russian artillery: shelling_artillery; 'a woman' killed 1 and 'two men' injured 2, rule 6; "
          "the convoy's 'none of our team was hurt' is a nil of a part of the people the shelling could hurt, not of the "
          "struck place: it fills nothing, rule 6); Kherson 'Earlier this week' (a week, Monday 2 - Saturday 7 February, "
          "rule 11; 'a Russian drone hit', not counted, rule 9; 'No one was hurt' injured 0 only, rule 6); Japan's emergency "
          "grant aid announced 'on 28 January' (military_aid, held: an aid decision announced as made, rules 14 and 16). "
          "Optional: the charity's own convoy delivery 'this morning' (aid of any cargo is military_aid, rule 14, but a "
          "charity's delivery is no state's decision: a debatable reading). Not coded: the tenth convoy 'due to leave on "
          "16 February if funds allow' (conditional, a charity's plan), the appeal.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Chornobaivka", "Kherson", "Ukraine")],
               day("2026-02-06", "On Friday"), [{"type": "artillery"}],
               ev("On Friday, Russian artillery shelled Chornobaivka, on the road into Kherson from the north-west, while our trucks were held at a checkpoint in the Mykolaiv region.",
                  "According to the regional administration, a woman died and two men were wounded at a bus stop in the village."),
               killed=cnt(1, "a woman"), injured=cnt(2, "two men"), damage=["bus stop"],
               reported_by=["the regional administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KHERSON], week("2026-02-02", "2026-02-07", "Earlier this week"),
               [{"type": "drone"}],
               ev("Earlier this week a Russian drone hit the warehouse of one of our partners in Kherson's Korabelnyi district, destroying about a third of the stock kept there.",
                  "No one was hurt, as the night guard had gone down to the shelter."),
               injured=cnt(0, "No one was hurt"), damage=["partner's warehouse"]),
    ],
    diplomacy=[
        opt(dip("military_aid", ["Open Hands Relief", "Ukraine"], day("2026-02-07", "this morning"), "held",
                "The charity's ninth winter convoy delivered generators, thermal blankets, hygiene kits and food parcels to Kherson",
                ev("Our ninth winter convoy reached Kherson this morning after two days on the road from Odesa.",
                   "Six trucks unloaded 42 generators, 1,800 thermal blankets, 600 hygiene kits and nine tonnes of food parcels for the city's social services and for two partner groups that run heating points in the Korabelnyi and Dniprovskyi districts."),
                location=KHERSON)),
        dip("military_aid", ["Japan", "Ukraine"], day("2026-01-28", "on 28 January"), "held",
            "Japan's emergency grant aid for Ukraine's winter (part of it funding the convoy's load)",
            ev("Part of this load was paid for from the emergency grant aid for Ukraine's winter that Japan announced on 28 January, which reaches us through a UN agency partner.")),
    ])

# --------------------------------------------------------------------------- xj06
GOLD["xj06_un_general_assembly_speech_ukraine_feb05"] = dict(
    notes="Transcript excerpt of Ukraine's Deputy Foreign Minister at a plenary meeting of the UN General Assembly (Thursday "
          "5 February 2026). Coded: the country 'In the night of 28-29 January' ('more than 350 drones' (350, more_than) and "
          "'34 missiles' launched, per type, rules 3, 7 and 9); Kremenchuk's heat and power plant 'That night' (missiles and "
          "drones: drone_and_missile, uncounted); Kyiv 'the same night' (ballistic missiles and drones; 'three people' "
          "killed 3: this speech's own first figure, rule 6); Zaporizhzhia 'Later that same day' (29 January; 'a guided "
          "bomb', not counted, rule 9; 'Three people' killed 3); the exchange 'On 27 January' with the UAE's mediators "
          "(prisoner_exchange, held; the UAE a side, rule 15); the round in Istanbul 'Yesterday' (4 February; talks, held, "
          "Turkey hosting and the United States mediating, rule 15); the Norwegian foreign minister welcomed in Kyiv 'On "
          "Tuesday' (3 February; visit, held); Japan's decision 'of 28 January' on 100 million dollars of emergency grant "
          "aid (military_aid, held, rules 14 and 16); Canada's sanctions 'of 29 January' on 60 shadow-fleet tankers "
          "(sanctions, held, Russia the target, rule 15). Not coded: the answer on a truce over cities and ports (a "
          "stance, rule 13), the calls on Member States to stop buying oil, close ports and prosecute insurers, and the "
          "call for a tribunal (calls, rule 13), the thanks.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0129, "In the night of 28-29 January"),
               [{"type": "drone", "launched": cnt(350, "more than 350 drones", "more_than")},
                {"type": "missile", "launched": cnt(34, "34 missiles")}],
               ev("In the night of 28-29 January alone, it launched more than 350 drones and 34 missiles against Ukraine."),
               reported_by=["the Deputy Minister for Foreign Affairs of Ukraine"]),
        attack("Russia", "Ukraine", "drone_and_missile", [KREMENCHUK], night(*NIGHT_0129, "That night"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("That night, missiles and drones hit the combined heat and power plant in Kremenchuk, which now gives neither electricity nor heat to a city of two hundred thousand people."),
               damage=["combined heat and power plant"]),
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night(*NIGHT_0129, "the same night"),
               [{"type": "ballistic_missile"}, {"type": "drone"}],
               ev("In Kyiv, the same night, ballistic missiles and drones killed three people and left hundreds of apartment blocks without heating at minus fifteen degrees."),
               killed=cnt(3, "three people"), damage=["heating of hundreds of apartment blocks"]),
        attack("Russia", "Ukraine", "glide_bomb", [ZAPORIZHZHIA], day("2026-01-29", "Later that same day"),
               [{"type": "glide_bomb"}],
               ev("Later that same day, in Zaporizhzhia, Russia dropped a guided bomb on a warehouse and, when firefighters arrived, struck the same place again.",
                  "Three people were killed, among them a rescuer who was pulling the wounded out of the fire."),
               killed=cnt(3, "Three people"), damage=["warehouse"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2026-01-27", "On 27 January"), "held",
            "157 Ukrainian defenders came home from Russian captivity for the same number, with the UAE mediating",
            ev("On 27 January, thanks to mediators from the United Arab Emirates, 157 Ukrainian defenders came home from Russian captivity, and Russia received the same number.")),
        dip("talks", ["Ukraine", "Russia", "Turkey", US], day("2026-02-04", "Yesterday"), "held",
            "Ukrainian and Russian delegations met in Istanbul, Turkey hosting, US mediators present",
            ev("Yesterday our delegation met Russia's delegation in Istanbul, in talks hosted by Turkey with United States mediators present."),
            location=ISTANBUL),
        dip("visit", ["Norway", "Ukraine"], day("2026-02-03", "On Tuesday"), "held",
            "Norway's foreign minister visited Kyiv",
            ev("On Tuesday we welcomed the Foreign Minister of Norway in Kyiv."),
            location=KYIV),
        dip("military_aid", ["Japan", "Ukraine"], day("2026-01-28", "of 28 January"), "held",
            "Japan's 100 million dollars of emergency grant aid for Ukraine's energy system",
            ev("Japan's decision of 28 January to provide 100 million dollars in emergency grant aid for our energy system will help us repair boilers and substations before the next frost.")),
        dip("sanctions", ["Canada", "Russia"], day("2026-01-29", "of 29 January"), "held",
            "Canada's sanctions on 60 tankers of Russia's shadow fleet",
            ev("Canada's sanctions of 29 January against 60 tankers of Russia's shadow fleet show what determined action looks like.")),
    ])

# --------------------------------------------------------------------------- xj07
GOLD["xj07_news_in_brief_column_jan30"] = dict(
    notes="A newspaper's 'In brief' column of six briefs (Friday 30 January 2026). Coded: the country 'on the night of "
          "Wednesday to Thursday' (28-29 January, range, rule 11; per type: 352 drones / 319 downed, 24 Iskander-M "
          "ballistic missiles / nine downed, 10 Kh-101 cruise missiles / 'all 10' downed, no combined total, rules 3 and 9; "
          "the models fix the families, rule 9); Kyiv the same night (ballistic missiles and drones; 'two residents' killed "
          "2, '11 were hurt' injured 11, 'a girl of 12' children_injured 1, rule 6); Kremenchuk's heat and power plant the "
          "same night ('nobody at the plant was hurt', the struck site's people with an injury word: injured 0 only, rule "
          "6); Bila Tserkva, Kyiv Oblast, the same night (drones, uncounted); Zaporizhzhia 'yesterday afternoon' (29 "
          "January; glide bombs, uncounted; the first figures 'At least two people' killed (2, at_least) and '12 were "
          "injured'; the third victim 'Late in the evening' is an update, evidence only, rule 6); the exchange 'On "
          "Tuesday' (27 January; 'Emirati officials had arranged' it: the UAE a side, rule 15); Canada's sanctions 'on "
          "Thursday' (29 January); Japan's pledge 'The day before' (28 January; military_aid, held, rules 14 and 16); the "
          "Istanbul round 'next Wednesday' (4 February; talks, planned, Turkey hosting, 'US mediators', rules 15-16). Not "
          "coded: the outage schedules (no strike), the years in captivity.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0129, "on the night of Wednesday to Thursday"),
               [{"type": "drone", "launched": cnt(352, "352 drones"), "intercepted": cnt(319, "319 of the drones")},
                {"type": "ballistic_missile", "model": "Iskander-M",
                 "launched": cnt(24, "24 Iskander-M ballistic missiles"), "intercepted": cnt(9, "nine of the ballistic missiles")},
                {"type": "cruise_missile", "model": "Kh-101",
                 "launched": cnt(10, "10 Kh-101 cruise missiles"), "intercepted": cnt(10, "all 10 cruise missiles")}],
               ev("Russia fired 352 drones, 24 Iskander-M ballistic missiles and 10 Kh-101 cruise missiles at Ukraine on the night of Wednesday to Thursday, according to the Air Force, whose crews brought down 319 of the drones, nine of the ballistic missiles and all 10 cruise missiles."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night(*NIGHT_0129, "on the night of Wednesday to Thursday"),
               [{"type": "ballistic_missile"}, {"type": "drone"}],
               ev("In Kyiv, where ballistic missiles and drones struck the left bank, two residents died and 11 were hurt, a girl of 12 among the wounded, the city's military administration said."),
               killed=cnt(2, "two residents"), injured=cnt(11, "11 were hurt"), children_injured=cnt(1, "a girl of 12"),
               reported_by=["the city's military administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [KREMENCHUK], night(*NIGHT_0129, "on the night of Wednesday to Thursday"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("Missiles and drones knocked out a combined heat and power plant in Kremenchuk; its owner said nobody at the plant was hurt."),
               injured=cnt(0, "nobody at the plant was hurt"), damage=["combined heat and power plant"],
               reported_by=["the plant's owner"]),
        attack("Russia", "Ukraine", "air_drone_strike", [BILA_TSERKVA], night(*NIGHT_0129, "on the night of Wednesday to Thursday"),
               [{"type": "drone"}],
               ev("In Bila Tserkva, in Kyiv Oblast, drones damaged a lyceum."),
               damage=["lyceum"]),
        attack("Russia", "Ukraine", "glide_bomb", [ZAPORIZHZHIA], day("2026-01-29", "yesterday afternoon"),
               [{"type": "glide_bomb"}],
               ev("Russian forces hit a warehouse in Zaporizhzhia twice yesterday afternoon with guided aerial bombs, the second time while firefighters were tackling the blaze.",
                  "At least two people, one of them a rescuer, were killed and 12 were injured, the regional governor said.",
                  "Late in the evening he said a third victim had died in hospital."),
               killed=cnt(2, "At least two people", "at_least"), injured=cnt(12, "12 were injured"),
               damage=["warehouse"], reported_by=["the regional governor"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2026-01-27", "On Tuesday"), "held",
            "157 captives from each side returned in a swap arranged by Emirati officials",
            ev("On Tuesday, 157 captives from each side returned, in a swap that Emirati officials had arranged between Kyiv and Moscow.")),
        dip("sanctions", ["Canada", "Russia"], day("2026-01-29", "on Thursday"), "held",
            "Canada's sanctions on 60 shadow-fleet tankers carrying Russian crude and 11 firms managing them",
            ev("Canada announced sanctions on Thursday on 60 shadow-fleet tankers hauling Russian crude and on the 11 firms managing them.")),
        dip("military_aid", ["Japan", "Ukraine"], day("2026-01-28", "The day before"), "held",
            "Japan's pledge of 100 million dollars in emergency grant aid to repair Ukraine's power and heating networks",
            ev("Canada announced sanctions on Thursday on 60 shadow-fleet tankers hauling Russian crude and on the 11 firms managing them.",
               "The day before, Japan pledged 100 million dollars in emergency grant aid to repair Ukraine's power and heating networks.")),
        dip("talks", ["Ukraine", "Russia", "Turkey", US], day("2026-02-04", "next Wednesday"), "planned",
            "New round of Ukrainian-Russian delegation talks in Istanbul, Turkey hosting, US mediators present",
            ev("Ukrainian and Russian delegations will meet in Istanbul next Wednesday for a new round of talks hosted by Turkey, with US mediators present, a Ukrainian official said."),
            location=ISTANBUL),
    ])

# --------------------------------------------------------------------------- xj08
GOLD["xj08_moldova_mfa_ambassador_summoned_jan29"] = dict(
    notes="A foreign ministry's statement on summoning an ambassador (Moldova's, Thursday 29 January 2026). Coded: Kyiv 'last "
          "night' (28-29 January, range, rule 11; 'ballistic missiles and drones', uncounted: drone_and_missile; 'at least "
          "two civilians' killed (2, at_least), rules 6-7; the Embassy's damage in `damage`); the summoning of Russia's "
          "Ambassador 'This morning' with a protest note handed over (diplomatic_protest, held: a concrete act between two "
          "states, not mere commentary, rule 13; in Chisinau). Not coded: 'None of the Embassy's staff was injured' (the "
          "Embassy is one building of a city-wide strike: a nil of a part of the people the attack could hurt fills "
          "nothing, rule 6); the call on Russia to stop and the reserved right to further measures (rule 13); the consular "
          "arrangements.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night(*NIGHT_0129, "last night"),
               [{"type": "ballistic_missile"}, {"type": "drone"}],
               ev("This morning the Russian Federation's Ambassador in Chisinau was called in to our Ministry, and the State Secretary delivered to him a protest note concerning last night's massive attack on Kyiv.",
                  "In the course of that attack, in which Russia used ballistic missiles and drones against the Ukrainian capital, a blast wave shattered the windows and damaged the facade and the consular section of the building of the Embassy of the Republic of Moldova in Kyiv.",
                  "According to the Ukrainian authorities, at least two civilians were killed in Kyiv."),
               killed=cnt(2, "at least two civilians", "at_least"),
               damage=["building of the Embassy of the Republic of Moldova"], reported_by=["the Ukrainian authorities"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Moldova", "Russia"], day("2026-01-29", "This morning"), "held",
            "Moldova summoned Russia's ambassador and handed him a protest note over the attack on Kyiv that damaged its embassy",
            ev("This morning the Russian Federation's Ambassador in Chisinau was called in to our Ministry, and the State Secretary delivered to him a protest note concerning last night's massive attack on Kyiv."),
            location=loc("Chisinau", None, "Moldova")),
    ])

# --------------------------------------------------------------------------- xj09
GOLD["xj09_school_closure_notice_bila_tserkva_jan29"] = dict(
    notes="A city education department's school closure notice to parents (Thursday 29 January 2026). Coded: Bila Tserkva, "
          "Kyiv Oblast, 'Overnight into Thursday, 29 January' (28-29 January, range, rule 11; a Russian drone attack; the "
          "Oblast administration's '38 drones' destroyed over Kyiv Oblast, the one struck locality the notice names there "
          "being Bila Tserkva: the region's tally goes on the city, intercepted 38, rule 3; 'No pupils or staff were hurt', "
          "the people of the struck school with an injury word: injured 0 only, rule 6). Not coded: remote lessons, "
          "lunches, the inspection and the belongings (no event).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [BILA_TSERKVA],
               night(*NIGHT_0129, "Overnight into Thursday, 29 January"),
               [{"type": "drone", "intercepted": cnt(38, "38 drones")}],
               ev("Overnight into Thursday, 29 January, the building of Lyceum No. 14 on Levanevskoho Street was damaged during a Russian drone attack on Bila Tserkva.",
                  "No pupils or staff were hurt.",
                  "According to the Kyiv Oblast Military Administration, air defence destroyed 38 drones over Kyiv Oblast during the night."),
               injured=cnt(0, "No pupils or staff were hurt"), damage=["Lyceum No. 14"],
               reported_by=["the Kyiv Oblast Military Administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xj10
GOLD["xj10_strategy_game_review_iron_meridian_control_feb10"] = dict(
    notes="Control: a video-game review (Tuesday 10 February 2026) of a turn-based war strategy game between two invented "
          "states: 'Missile strikes on power stations', 'a swarm of 40 drones', 'shot down 31', 'three in-game civilians "
          "were killed and no one was hurt', 'call a summit, propose a ceasefire, impose sanctions or arrange a prisoner "
          "exchange', 'my ceasefire ... held for exactly one turn', all inside the game. No attack and no diplomacy record "
          "(rules 1, 12 and 13: no real state, no real event).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kremenchuk-chp-2026-01-29", "Russian missiles and drones on the Kremenchuk heat and power plant, night of 28-29 January 2026",
     [("xj01_energy_company_exchange_announcement_kremenchuk_jan29", "attack", 0),
      ("xj06_un_general_assembly_speech_ukraine_feb05", "attack", 1),
      ("xj07_news_in_brief_column_jan30", "attack", 2)]),
    ("ukraine-night-2026-01-29", "Russia's drones and missiles against Ukraine, night of 28-29 January 2026 (country figures)",
     [("xj06_un_general_assembly_speech_ukraine_feb05", "attack", 0),
      ("xj07_news_in_brief_column_jan30", "attack", 0)]),
    ("kyiv-2026-01-29", "Russian ballistic missiles and drones on Kyiv, night of 28-29 January 2026",
     [("xj06_un_general_assembly_speech_ukraine_feb05", "attack", 2),
      ("xj07_news_in_brief_column_jan30", "attack", 1),
      ("xj08_moldova_mfa_ambassador_summoned_jan29", "attack", 0)]),
    ("bila-tserkva-2026-01-29", "Russian drones on Bila Tserkva, Kyiv Oblast (a lyceum damaged), night of 28-29 January 2026",
     [("xj07_news_in_brief_column_jan30", "attack", 3),
      ("xj09_school_closure_notice_bila_tserkva_jan29", "attack", 0)]),
    ("zaporizhzhia-2026-01-29", "Russian repeat glide-bomb strike on a Zaporizhzhia warehouse, afternoon of 29 January 2026",
     [("xj03_rescuer_obituary_zaporizhzhia_feb03", "attack", 0),
      ("xj06_un_general_assembly_speech_ukraine_feb05", "attack", 3),
      ("xj07_news_in_brief_column_jan30", "attack", 4)]),
    ("prisoner-exchange-2026-01-27", "UAE-mediated exchange of 157 prisoners each, 27 January 2026",
     [("xj06_un_general_assembly_speech_ukraine_feb05", "diplomacy", 0),
      ("xj07_news_in_brief_column_jan30", "diplomacy", 0)]),
    ("japan-aid-2026-01-28", "Japan's 100 million dollars of emergency grant aid for Ukraine's energy, 28 January 2026",
     [("xj05_aid_charity_convoy_update_kherson_feb07", "diplomacy", 1),
      ("xj06_un_general_assembly_speech_ukraine_feb05", "diplomacy", 3),
      ("xj07_news_in_brief_column_jan30", "diplomacy", 2)]),
    ("canada-sanctions-2026-01-29", "Canada's sanctions on 60 shadow-fleet tankers, 29 January 2026",
     [("xj06_un_general_assembly_speech_ukraine_feb05", "diplomacy", 4),
      ("xj07_news_in_brief_column_jan30", "diplomacy", 1)]),
    ("istanbul-talks-2026-02-04", "Ukrainian-Russian round in Istanbul, Turkey hosting, US mediators, 4 February 2026 (planned, then held)",
     [("xj02_mfa_week_ahead_diary_feb01", "diplomacy", 2),
      ("xj06_un_general_assembly_speech_ukraine_feb05", "diplomacy", 1),
      ("xj07_news_in_brief_column_jan30", "diplomacy", 3)]),
    ("norway-visit-kyiv-2026-02-03", "Norway's foreign minister in Kyiv, 3 February 2026 (planned, then held)",
     [("xj02_mfa_week_ahead_diary_feb01", "diplomacy", 1),
      ("xj06_un_general_assembly_speech_ukraine_feb05", "diplomacy", 2)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev61 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV61 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV61, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
