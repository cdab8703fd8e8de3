"""Write evals/dev2/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers (evals/dev/tools/make_gold.py's) come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV2 = ROOT / "evals" / "dev2"

# the label helpers (evals/dev's, shared by every set) come from evals/tools/gold_helpers.py
sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

GOLD["e01_wire_odesa_family"] = dict(
    notes="Two records: the Odesa city strike (casualties: a couple and their 14-year-old son = 3 killed, one "
          "child; eight injured) and the nationwide night (air force figures, country record with drones and "
          "ballistic missiles). Not coded: 'the missiles were not intercepted' (explicit nil, not coded, as in the "
          "held-out gold), the two seriously injured (a subset of the eight), 'a frequent target' (background, no "
          "count, no date), Moscow's general denial (reaction).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-04-06", "2026-04-07", "overnight into Tuesday"), [{"type": "drone"}],
               ev("A Russian drone slammed into a five-storey apartment building in Odesa overnight into Tuesday, killing a couple and their 14-year-old son",
                  "Eight other residents were hurt"),
               killed=cnt(3, "a couple and their 14-year-old son"), injured=cnt(8, "Eight"),
               children_killed=cnt(1, "their 14-year-old son"),
               damage=["apartment building", "kindergarten", "pharmacy"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-04-06", "2026-04-07", "during the night"),
               [{"type": "drone", "launched": cnt(80, "80"), "intercepted": cnt(62, "62")},
                {"type": "ballistic_missile", "launched": cnt(2, "two")}],
               ev("Russia sent 80 attack drones and two ballistic missiles against Ukraine during the night",
                  "Of the 80 drones launched, 62 were shot down or lost to electronic jamming"),
               reported_by=["Ukrainian air force"]),
    ], diplomacy=[])

GOLD["e02_ap_kharkiv_glide_bombs"] = dict(
    notes="Two places, two days: the Kharkiv glide-bomb strike on Thursday evening (published Friday) and the "
          "Kupiansk shelling on Friday morning. 'Kharkov' is the Russian spelling of the same city (no second "
          "record). Not coded: the claimed 'temporary deployment point' (a claim about the target), the distance "
          "to the border, 'thousands are dropped every month' (a statistic).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2026-04-09", "on Thursday evening"), [{"type": "glide_bomb", "launched": cnt(4, "four")}],
               ev("Russian warplanes dropped four guided aerial bombs on a residential neighborhood of Kharkiv on Thursday evening, killing five people and wounding at least 23",
                  "Among the dead was a child, a 7-year-old boy"),
               killed=cnt(5, "five"), injured=cnt(23, "at least 23", "at_least"), children_killed=cnt(1, "a child"),
               damage=["residential building", "school", "cars"], reported_by=["Ihor Terekhov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kupiansk", "Kharkiv", "Ukraine")],
               day("2026-04-10", "on Friday morning"), [{"type": "artillery"}],
               ev("artillery fire killed a 76-year-old woman in her garden in Kupiansk on Friday morning"),
               killed=cnt(1, "a 76-year-old woman"), reported_by=["Oleh Syniehubov"]),
    ], diplomacy=[])

GOLD["e03_airforce_overnight_statement"] = dict(
    notes="Air force statement, interceptions given before the launch totals: one country record for the night "
          "12-13 April with the combined total, the cruise-missile figures and the mixed Shahed/imitator figure "
          "(a weapon of type other, plus the types it mixes). The Poltava region as 'main direction' is an optional "
          "region record. Not coded: the launch areas (Saratov region, Kursk, Bryansk, Millerovo, Chauda are where "
          "weapons were fired from, not targets), hits and fragments (not launches).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-04-12", "2026-04-13", "from 19:00 on 12 April"),
               [{"type": "other", "model": "means of air attack", "launched": cnt(99, "99"), "intercepted": cnt(74, "74")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(3, "3"), "intercepted": cnt(2, "2")},
                {"type": "other", "model": "Shahed strike UAVs and imitator drones", "launched": cnt(96, "96"), "intercepted": cnt(72, "72")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"}],
               ev("Air defence destroyed or suppressed 74 enemy targets overnight: 2 Kh-101 cruise missiles and 72 attack UAVs of the Shahed type and imitator drones",
                  "the occupiers used 99 means of air attack against Ukraine",
                  "3 Kh-101 air-launched cruise missiles",
                  "96 Shahed strike UAVs and imitator drones of various types"),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Poltava", "Poltava", "Ukraine", "region")],
               night("2026-04-12", "2026-04-13", "from 19:00 on 12 April"), [{"type": "cruise_missile"}, {"type": "drone"}],
               ev("The main direction of the attack was the Poltava region."), optional=True),
    ], diplomacy=[])

GOLD["e04_mod_russia_briefing"] = dict(
    notes="Russian ministry summary quoted: the country-level interception record for the night 14-15 April "
          "(attacker Ukraine); per-region shares are optional region records (the Black Sea is not a locality). "
          "Liski: debris damage the same night (Ukraine as attacker, Gusev). The ministry's 'group strike' on "
          "Ukrainian industry has no place and no time of its own (optional, country record). 'Kiev regime' is the "
          "actor, not a place. Not coded: 'took more advantageous lines' (ground fighting).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-04-14", "2026-04-15", "Last night"),
               [{"type": "drone", "intercepted": cnt(63, "63")}],
               ev("On-duty air defence assets intercepted and destroyed 63 Ukrainian UAVs"),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod", "Russia", "region")],
               night("2026-04-14", "2026-04-15", "Last night"), [{"type": "drone", "intercepted": cnt(28, "28")}],
               ev("28 over the territory of the Belgorod region"), optional=True),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Voronezh", "Voronezh", "Russia", "region")],
               night("2026-04-14", "2026-04-15", "Last night"), [{"type": "drone", "intercepted": cnt(17, "17")}],
               ev("17 over the Voronezh region"), optional=True),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Rostov", "Rostov", "Russia", "region")],
               night("2026-04-14", "2026-04-15", "Last night"), [{"type": "drone", "intercepted": cnt(11, "11")}],
               ev("11 over the Rostov region"), optional=True),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Liski", "Voronezh", "Russia")],
               night("2026-04-14", "2026-04-15", "overnight"), [{"type": "drone"}],
               ev("falling drone debris had damaged two private homes and a power line in the town of Liski overnight"),
               damage=["private homes", "power line"], reported_by=["Alexander Gusev"]),
        attack("Russia", "Ukraine", "other", [UA], None, [{"type": "drone"}, {"type": "other", "model": "long-range precision weapons"}],
               ev("delivered a group strike with long-range precision weapons and attack drones against enterprises of Ukraine's military-industrial complex"),
               reported_by=["Russian Defence Ministry"], optional=True),
    ], diplomacy=[])

GOLD["e05_governor_sumy_daily"] = dict(
    notes="A governor's daily post (published Saturday 18 April) covering the past 24 hours (17-18 April): one "
          "record per community with its own weapon and consequences (Bilopillia FPV drone, Shostka guided bomb, "
          "Esman shelling). The region-wide '47 attacks on 19 settlements' is an optional region record. Not coded: "
          "'Other communities: no casualties'.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bilopillia", "Sumy", "Ukraine")],
               night("2026-04-17", "2026-04-18", "Over the past 24 hours"), [{"type": "drone", "model": "FPV"}],
               ev("Bilopillia community: an FPV drone struck a civilian car. A 61-year-old man died at the scene."),
               killed=cnt(1, "A 61-year-old man"), damage=["car"], reported_by=["Oleh Hryhorov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Shostka", "Sumy", "Ukraine")],
               night("2026-04-17", "2026-04-18", "Over the past 24 hours"), [{"type": "glide_bomb", "model": "KAB"}],
               ev("Shostka community: a KAB hit the outskirts of the town.",
                  "3 people were wounded, among them a 12-year-old girl."),
               injured=cnt(3, "3"), children_injured=cnt(1, "a 12-year-old girl"), damage=["lyceum", "houses"],
               reported_by=["Oleh Hryhorov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Esman", "Sumy", "Ukraine")],
               night("2026-04-17", "2026-04-18", "Over the past 24 hours"), [{"type": "artillery"}],
               ev("Esman community: artillery shelling. A power line was damaged"),
               damage=["power line"], reported_by=["Oleh Hryhorov"]),
        attack("Russia", "Ukraine", "other", [loc("Sumy", "Sumy", "Ukraine", "region")],
               night("2026-04-17", "2026-04-18", "Over the past 24 hours"), [],
               ev("Over the past 24 hours the enemy carried out 47 attacks on 19 settlements in Sumy region."),
               optional=True),
    ], diplomacy=[])

GOLD["e06_liveblog_kyiv_night"] = dict(
    notes="Live blog of Tuesday 21 April: the Kyiv city record (first toll two killed, 14 injured; the rise to four "
          "is an update, in the evidence), the nationwide air force figures (country record, missiles and drones, "
          "'brought down N missiles and M drones'), Bila Tserkva the same night, and Wadephul's visit (held, the "
          "blog's day). Not coded: the 05:52 blasts report (same Kyiv event), 'two of the injured are in serious "
          "condition' (subset), the expected talks with Sybiha (part of the visit).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")],
               night("2026-04-20", "2026-04-21", "overnight into Tuesday"), [{"type": "missile"}, {"type": "drone"}],
               ev("Russia struck Kyiv with missiles and drones overnight into Tuesday, killing two people and injuring 14",
                  "The death toll in the capital has gone up to four"),
               killed=cnt(2, "two"), injured=cnt(14, "14"), damage=["warehouse", "garages"],
               reported_by=["Tymur Tkachenko"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-04-20", "2026-04-21", "during the night"),
               [{"type": "missile", "launched": cnt(11, "11"), "intercepted": cnt(9, "9")},
                {"type": "drone", "launched": cnt(142, "142"), "intercepted": cnt(118, "118")}],
               ev("Russia fired 11 missiles and 142 drones at Ukraine during the night",
                  "Air defence units brought down 9 missiles and 118 drones"),
               reported_by=["air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bila Tserkva", "Kyiv", "Ukraine")],
               night("2026-04-20", "2026-04-21", "during the night"), [{"type": "drone"}],
               ev("a drone hit an industrial enterprise in Bila Tserkva during the night, injuring a security guard"),
               injured=cnt(1, "a security guard"), damage=["industrial enterprise"], reported_by=["Mykola Kalashnyk"]),
    ],
    diplomacy=[
        dip("visit", ["Germany", "Ukraine"], day("2026-04-21", "Tuesday 21 April"), "held",
            "German foreign minister Johann Wadephul's unannounced visit to Kyiv",
            ev("Johann Wadephul has arrived in Kyiv on an unannounced visit"),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
    ])

GOLD["e07_daily_roundup"] = dict(
    notes="Daily roundup (Friday 24 April). Saratov refinery (Ukraine, night 23-24 April); the Russia-wide "
          "interception claim (country record; 'Moscow's military' is the speaker) with an optional Saratov region "
          "share; the Zaporizhzhia region over the past 24 hours (towns not named: a region record, weapon not "
          "said). Zelensky-Nawrocki talks (held, Thursday, Rzeszow). Not coded: the 163 repelled assaults (ground "
          "fighting), the April drone tally (monthly statistic), Peskov's 'open in principle' with no dates "
          "(no concrete event).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov", "Russia")],
               night("2026-04-23", "2026-04-24", "overnight into Friday"), [{"type": "drone"}],
               ev("Ukrainian long-range drones struck the oil refinery in the Russian city of Saratov overnight into Friday, sparking a fire at a primary processing unit"),
               damage=["oil refinery"], reported_by=["Roman Busargin"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-04-23", "2026-04-24", "in the night"),
               [{"type": "drone", "intercepted": cnt(41, "41")}],
               ev("Moscow's military claimed 41 Ukrainian drones were shot down across seven regions in the night"),
               reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov", "Russia", "region")],
               night("2026-04-23", "2026-04-24", "in the night"), [{"type": "drone", "intercepted": cnt(9, "nine")}],
               ev("including nine above the Saratov region"), optional=True),
        attack("Russia", "Ukraine", "other", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine", "region")],
               night("2026-04-23", "2026-04-24", "in the last 24 hours"), [],
               ev("Russian troops struck 14 towns and villages across Zaporizhzhia province in the last 24 hours, killing two people and wounding five"),
               killed=cnt(2, "two"), injured=cnt(5, "five"), reported_by=["Ivan Fedorov"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Poland"], day("2026-04-23", "on Thursday"), "held",
            "Zelensky and Polish President Karol Nawrocki on grain transit and border crossings",
            ev("Volodymyr Zelensky held talks with Polish President Karol Nawrocki in Rzeszow on Thursday"),
            location=loc("Rzeszow", "Podkarpackie", "Poland")),
    ])

GOLD["e08_explainer_drone_campaign"] = dict(
    notes="Analysis piece made of statistics: yearly and monthly launch totals, interception shares, production "
          "estimates, refinery capacity, interceptor costs are not attacks (no one night/day in one place). The one "
          "dated past strike with a place and a toll (Ternopil, 17 February) is a background attack (rule 5), "
          "optional. No diplomacy.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Ternopil", "Ternopil", "Ukraine")],
               day("2026-02-17", "on 17 February"), [{"type": "drone"}, {"type": "missile"}],
               ev("The deadliest single night of drone and missile attacks this year came on 17 February, when a strike on an apartment building in Ternopil killed 31 people"),
               killed=cnt(31, "31"), damage=["apartment building"], reported_by=["Ukraine's emergency service"],
               optional=True),
    ], diplomacy=[])

GOLD["e09_un_monthly_toll"] = dict(
    notes="No record at all: a monthly civilian toll (April, whole country), its children share, regional shares, "
          "weapon shares and cumulative figures since 2022 are statistics, not events; no dated incident is told. "
          "The statement by the head of the mission is a reaction.",
    attacks=[], diplomacy=[])

GOLD["e10_call_readouts"] = dict(
    notes="No attack. Two calls on Monday 27 April (Putin-Erdogan; Zelensky and Canada's prime minister, named "
          "only by role) and a planned in-person meeting at the NATO summit in Ankara in July. Optional: Turkey's "
          "readiness to host further contacts (vague offer), the NATO summit itself (background). Not coded: "
          "Turkey's intent to keep working on exchanges, the urging on oil revenues (a demand), the Kremlin's "
          "openness to talks with no date.",
    attacks=[],
    diplomacy=[
        dip("phone_call", ["Russia", "Turkey"], day("2026-04-27", "on Monday"), "held",
            "Vladimir Putin and Recep Tayyip Erdogan on Black Sea shipping and a settlement in Ukraine",
            ev("Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke by telephone on Monday")),
        dip("phone_call", ["Ukraine", "Canada"], day("2026-04-27", "The same day"), "held",
            "Volodymyr Zelensky and the prime minister of Canada",
            ev("The same day, Volodymyr Zelensky spoke by phone with the Canadian prime minister")),
        dip("meeting", ["Ukraine", "Canada"], month("2026-07-01", "2026-07-31", "in July"), "planned",
            "Zelensky and Canada's prime minister to meet at the NATO summit",
            ev("We also agreed to meet in person at the NATO summit in Ankara in July"),
            location=loc("Ankara", "Ankara", "Turkey")),
        dip("summit", ["NATO"], month("2026-07-01", "2026-07-31", "in July"), "planned", "NATO summit in Ankara",
            ev("the NATO summit in Ankara in July"), location=loc("Ankara", "Ankara", "Turkey"), optional=True),
        dip("talks", ["Turkey", "Russia", "Ukraine"], None, "proposed", "Turkey ready to provide a venue for further contacts",
            ev("the Turkish side reaffirmed its readiness to provide a venue for further contacts"), optional=True),
    ])

GOLD["e11_summit_yerevan"] = dict(
    notes="No attack. Leaders named only by surname: Pashinyan (Armenia, host), Macron (France), Merz (Germany), "
          "Starmer (United Kingdom), Zelensky (Ukraine), Costa and von der Leyen (European Union), Rutte (NATO), "
          "Frederiksen (Denmark); Azerbaijan attended through its foreign minister; Orban (Hungary) and Aliyev did "
          "not attend. The Starmer-Zelensky drone co-production agreement is its own record (held, same day). "
          "Optional: the next summit in Ireland (planned, no date). Not coded: Frederiksen's call on other leaders "
          "(a demand), the breakfast before the summit (no separate event told).",
    attacks=[],
    diplomacy=[
        dip("summit", ["Armenia", "France", "Germany", "United Kingdom", "Ukraine", "European Union", "NATO", "Denmark", "Azerbaijan"],
            day("2026-05-04", "on Monday"), "held",
            "European Political Community summit hosted by Pashinyan, with Macron, Merz, Starmer, Zelensky, Costa, von der Leyen, Rutte, Frederiksen",
            ev("More than forty European heads of state and government gathered in the Armenian capital on Monday for a summit of the European Political Community",
               "Macron, Merz and Starmer arrived together from an early-morning breakfast with Zelensky, who attended in person"),
            location=loc("Yerevan", "Yerevan", "Armenia")),
        dip("agreement", ["United Kingdom", "Ukraine"], day("2026-05-04", "On the sidelines"), "held",
            "Starmer and Zelensky signed an agreement on joint production of interceptor drones in Britain",
            ev("On the sidelines, Starmer and Zelensky signed an agreement on the joint production of interceptor drones in Britain"),
            location=loc("Yerevan", "Yerevan", "Armenia")),
        dip("summit", ["European Political Community", "Ireland"], None, "planned", "next European Political Community summit in Ireland",
            ev("The next summit of the community is to be held in Ireland in the second half of the year"),
            location=loc("Ireland", None, "Ireland", "country"), optional=True),
    ])

GOLD["e12_minister_visit_ambassador"] = dict(
    notes="No attack. Sybiha's first official visit to India (held, Wednesday 29 April, New Delhi); his meeting with "
          "Jaishankar during it is optional talks (part of the visit). Ukraine summoned Hungary's ambassador "
          "(diplomatic protest, held, Wednesday). Not coded: India's oil purchases and humanitarian aid "
          "(background, no event), Budapest's rejection and threat to respond (reaction), the minority dispute.",
    attacks=[],
    diplomacy=[
        dip("visit", ["Ukraine", "India"], day("2026-04-29", "on Wednesday"), "held",
            "Andrii Sybiha's first official visit to India",
            ev("Ukraine's foreign minister, Andrii Sybiha, arrived in New Delhi on Wednesday for his first official visit to India"),
            location=loc("New Delhi", "Delhi", "India")),
        dip("talks", ["Ukraine", "India"], day("2026-04-29", "on Wednesday"), "held",
            "Sybiha and Subrahmanyam Jaishankar on trade, pharmaceuticals and students",
            ev("Sybiha met his Indian counterpart, Subrahmanyam Jaishankar, for more than two hours"),
            location=loc("New Delhi", "Delhi", "India"), optional=True),
        dip("diplomatic_protest", ["Ukraine", "Hungary"], day("2026-04-29", "on Wednesday"), "held",
            "Ukraine's foreign ministry summoned Hungarian ambassador Antal Heizer over alleged espionage",
            ev("the foreign ministry summoned Hungary's ambassador, Antal Heizer, on Wednesday")),
    ])

GOLD["e13_sanctions_mixed"] = dict(
    notes="No attack. Sanctions adopted (Canada, held, Monday 11 May) vs a draft package presented (EU, proposed, "
          "needs unanimity) vs alignment announced with a date (Switzerland, planned, 1 June) vs an urging "
          "(US senators: a demand, not coded). Not coded: Slovakia's expected demands (speculation), Moscow's "
          "reaction.",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["Canada", "Russia"], day("2026-05-11", "on Monday"), "held",
            "Canadian sanctions on 60 companies, 14 individuals and 22 vessels",
            ev("Canada on Monday imposed sanctions on 60 Russian companies and 14 individuals involved in drone and missile production")),
        dip("sanctions", ["European Union", "Russia"], day("2026-05-11", "on Monday"), "proposed",
            "European Commission presented a draft 22nd sanctions package",
            ev("the European Commission presented a draft of a 22nd sanctions package to member states on Monday")),
        dip("sanctions", ["Switzerland", "Russia"], day("2026-06-01", "on 1 June"), "planned",
            "Switzerland to adopt the latest EU measures against Russian shipping",
            ev("said it would adopt the latest European measures against Russian shipping on 1 June")),
    ])

GOLD["e14_aid_announced_delivered"] = dict(
    notes="No attack: the missiles and drones fired since February 2022 are a cumulative statistic. Sweden's package "
          "announced (held, Wednesday 13 May); Norway's two NASAMS delivered (held; the handover date is not "
          "given, so no date); Norway's February pledge is background (optional); the contact group meeting in "
          "Brussels on 3 June (planned).",
    attacks=[],
    diplomacy=[
        dip("military_aid", ["Sweden", "Ukraine"], day("2026-05-13", "on Wednesday"), "held",
            "Sweden's 21st military support package, 9.2 billion kronor",
            ev("Sweden on Wednesday announced its 21st military support package for Ukraine, worth 9.2 billion kronor")),
        dip("military_aid", ["Norway", "Ukraine"], None, "held",
            "two NASAMS air defence systems handed over and in service",
            ev("two NASAMS air defence systems it had pledged in February had been handed over to Ukraine and were already in service")),
        dip("military_aid", ["Norway", "Ukraine"], month("2026-02-01", "2026-02-28", "in February"), "held",
            "Norway's pledge of two NASAMS systems", ev("it had pledged in February"), optional=True),
        dip("meeting", ["Ukraine Defense Contact Group", "Ukraine"], day("2026-06-03", "on 3 June"), "planned",
            "defence ministers of the Ukraine Defense Contact Group to meet",
            ev("Defence ministers of the Ukraine Defense Contact Group are due to meet in Brussels on 3 June"),
            location=loc("Brussels", "Brussels", "Belgium")),
    ])

GOLD["e15_prisoner_swap_talks_postponed"] = dict(
    notes="No attack. The exchange (held, Friday 15 May, Turkey helped negotiate: a participant). The Istanbul round "
          "'postponed to 2 June' has a new date: planned (Turkey hosts; participants are the two delegations). "
          "Optional: the earlier Istanbul rounds (background). Not coded: the border crossing and the care in "
          "Belarus (details of the exchange).",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "Turkey"], day("2026-05-15", "on Friday"), "held",
            "205 servicemen handed over by each side, Turkey helped negotiate",
            ev("Ukraine and Russia carried out a prisoner exchange on Friday, each side handing over 205 servicemen, in a deal that Turkey's foreign ministry said it had helped to negotiate")),
        dip("talks", ["Russia", "Ukraine"], day("2026-06-02", "to 2 June"), "planned",
            "new round of direct talks in Istanbul, postponed from next week; Ukraine led by Rustem Umerov",
            ev("a new round of direct Russian-Ukrainian talks that was due to take place in Istanbul next week has been postponed to 2 June"),
            location=loc("Istanbul", "Istanbul", "Turkey")),
        dip("talks", ["Russia", "Ukraine"], None, "held", "earlier rounds of talks in Istanbul",
            ev("Earlier rounds in Istanbul produced agreements on prisoner exchanges"),
            location=loc("Istanbul", "Istanbul", "Turkey"), optional=True),
    ])

GOLD["e16_afp_ukraine_drones_russia"] = dict(
    notes="Ukraine as attacker. Novorossiysk (night 18-19 May, two workers injured); the Russia-wide interception "
          "figure (country record) with the Moscow region share as an optional record (Sobyanin); Krasnaya Yaruga on "
          "Monday evening (a day, not the night range; the driver killed). 'Moscow time' and the capital's airports "
          "are not places hit; flight suspensions are not damage.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar", "Russia")],
               night("2026-05-18", "2026-05-19", "overnight into Tuesday"), [{"type": "drone"}],
               ev("damaging an oil terminal in the Black Sea port of Novorossiysk",
                  "In Novorossiysk, drone debris set fire to a storage tank at the Sheskharis oil terminal and injured two workers"),
               injured=cnt(2, "two workers"), damage=["oil terminal", "storage tank", "residential building"],
               reported_by=["Krasnodar region operational headquarters"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-05-18", "2026-05-19", "between 11 pm and 7 am Moscow time"),
               [{"type": "drone", "intercepted": cnt(112, "112")}],
               ev("The Russian military reported destroying 112 Ukrainian drones over 11 regions"),
               reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Moscow", "Moscow", "Russia", "region")],
               night("2026-05-18", "2026-05-19", "between 11 pm and 7 am Moscow time"), [{"type": "drone", "intercepted": cnt(24, "24")}],
               ev("24 were downed over the Moscow region"), reported_by=["Sergei Sobyanin"], optional=True),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Krasnaya Yaruga", "Belgorod", "Russia")],
               day("2026-05-18", "on Monday evening"), [{"type": "drone"}],
               ev("on Monday evening, a Ukrainian drone struck a car in the village of Krasnaya Yaruga in the Belgorod region, killing its driver"),
               killed=cnt(1, "its driver"), damage=["car"], reported_by=["Vyacheslav Gladkov"]),
    ], diplomacy=[])


def main() -> None:
    write_gold(DEV2, GOLD)


if __name__ == "__main__":
    main()
