"""Write evals/dev55/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev55, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV55 = ROOT / "evals" / "dev55"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

IZMAIL = loc("Izmail", "Odesa", "Ukraine")
VOLGOGRAD = loc("Volgograd", "Volgograd", "Russia")
ZAPORIZHZHIA = loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")
SEVASTOPOL = loc("Sevastopol", "Crimea", "Ukraine")
ODESA = loc("Odesa", "Odesa", "Ukraine")
KYIV_REGION = loc("Kyiv", "Kyiv Oblast", "Ukraine", "region")
SUMY = loc("Sumy", "Sumy", "Ukraine")
ANKARA = loc("Ankara", None, "Turkey")
ISTANBUL = loc("Istanbul", None, "Turkey")
BRUSSELS = loc("Brussels", None, "Belgium")
ANKARA_SUMMIT = night("2026-07-07", "2026-07-08", "on July 7-8")

# --------------------------------------------------------------------------- xd01
LEAD01 = ("Russian attack drones struck Izmail's river port in Ukraine's Odesa region in the early hours of Wednesday, "
          "setting a grain terminal on fire and damaging a bulk carrier that was taking on cargo at the quay, the "
          "regional governor and the port's administration said.")
GOLD["xd01_danubefreightledger_izmail_grain_terminal"] = dict(
    notes="Shipping trade outlet (Wednesday 24 June 2026). Coded: the Russian drones on Izmail's river port 'in the early "
          "hours of Wednesday' (24 June, day, rule 11; air_drone_strike, drones uncounted; 'Two dock workers' injured 2, "
          "rule 6; the crew's 'none was hurt' is a nil limited to a part of the people the strike could hurt, so it "
          "fills nothing, and the dock workers' figure stands, rule 6; terminal, sheds, conveyor gallery, weighbridge "
          "and the bulk carrier as damage, rule 1); the air force's night figures 'overnight' (23-24 June, range; a "
          "country record, rule 3: '94' drones launched, '71 of them downed or jammed' intercepted 71, 'two Iskander-M "
          "ballistic missiles' launched 2 with no interception figure; drone_and_missile, rules 8 and 9); the background "
          "strike 'On June 9' on the port's fuel storage yard (a place and a date: required, rule 5; 'a drone' uncounted, "
          "rule 9; 'no one was hurt' is injured 0 only, rule 6; attacker Russia by rule 12); Romania's foreign ministry "
          "summoning Russia's ambassador 'on Wednesday afternoon' over the airspace violation (diplomatic_protest, held, "
          "24 June; Romania and Russia, rule 15). Not coded: the drone debris near Plauru and the six minutes in "
          "Romanian airspace (no strike on a Romanian place: the reason for the protest, evidence of it), the Danube "
          "ports' role since the 2022 blockade (no event), the broker's premiums, the foreign minister's appeal to "
          "partners (a call, rule 13), Moscow's silence.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], day("2026-06-24", "in the early hours of Wednesday"),
               [{"type": "drone"}],
               ev(LEAD01,
                  "Two dock workers were injured, one of them seriously, the governor said.",
                  "All 17 of her crew were accounted for and none was hurt, her Istanbul-based manager told the Ledger by telephone."),
               injured=cnt(2, "Two dock workers"),
               damage=["grain terminal", "bulk carrier", "two storage sheds", "conveyor gallery", "weighbridge"],
               reported_by=["the regional governor", "the port's administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-06-23", "2026-06-24", "overnight"),
               [{"type": "drone", "launched": cnt(94, "94"), "intercepted": cnt(71, "71")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two")}],
               ev("Nationwide, the air force said 94 Russian drones had been launched overnight, 71 of them downed or jammed, along with two Iskander-M ballistic missiles."),
               reported_by=["the air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], day("2026-06-09", "On June 9"), [{"type": "drone"}],
               ev("This was the port's second hit of the month.",
                  "On June 9, a drone ignited a fuel storage yard on the edge of the harbour, and no one was hurt."),
               injured=cnt(0, "no one was hurt"), damage=["fuel storage yard"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Romania", "Russia"], day("2026-06-24", "on Wednesday afternoon"), "held",
            "Romania's foreign ministry summoned Russia's ambassador and protested over a drone in Romanian airspace during the raid on Izmail",
            ev("The foreign ministry in Bucharest summoned Russia's ambassador on Wednesday afternoon and delivered a formal protest at what it called a violation of the country's sovereignty.",
               "Romania's defence ministry said drone debris had turned up on Wednesday morning on farmland near Plauru, a Romanian village facing Izmail across the Danube, and that its radars had followed an unmanned aircraft inside Romanian airspace for about six minutes."),
            location=loc("Bucharest", None, "Romania")),
    ])

# --------------------------------------------------------------------------- xd02
NIGHT02 = night("2026-06-20", "2026-06-21", "During the night of 20 to 21 June")
LEAD02 = ("During the night of 20 to 21 June, air defence forces repelled a massive raid by Ukrainian unmanned aerial "
          "vehicles on Volgograd, the governor of the Volgograd region reported.")
BREAKDOWN02 = ("The ministry gave the breakdown by region as follows: Volgograd region, 24; Rostov region, 19; Krasnodar "
               "Territory, 14.")
MOD02 = ("The Russian Ministry of Defence reported that 57 Ukrainian aircraft-type drones had been intercepted and "
         "destroyed by air defences on combat duty between 23:00 on 20 June and 06:30 on 21 June.")
GOLD["xd02_steppemonitor_volgograd_refinery_bulletin"] = dict(
    notes="Translated Russian regional news bulletin (Sunday 21 June 2026). Coded, all dated by the lead's 'During the "
          "night of 20 to 21 June' (20-21 June, range, rule 11; attacker Ukraine, target Russia, rule 4): the Defence "
          "Ministry's '57' drones intercepted over three regions (a tally over several regions is the country record, "
          "rule 3; no launched figure); Volgograd, where wreckage of a downed drone set fire to a process unit of the "
          "refinery in the city's Krasnoarmeysky district (the district stays on the city's record, rule 1; the Volgograd "
          "region's '24' goes on Volgograd, the one struck locality named in the region, rule 3; 'There are no "
          "casualties' fills killed 0 and injured 0, rule 6); the Rostov region's '19' (no struck locality named: the "
          "region's own record, rule 3; its governor's 'no one was hurt' is injured 0 only, rule 6); the Krasnodar "
          "Territory's '14' (the region's own record). Background with a place and a date, required (rule 5): the "
          "refinery 'last hit in February' by a drone strike (February 2026, month). Not coded: the flight restrictions "
          "at Volgograd airport (a consequence, not a place hit), the advice to residents, the summer camps, the "
          "repair estimate.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], NIGHT02,
               [{"type": "drone", "intercepted": cnt(57, "57")}],
               ev(MOD02), reported_by=["The Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [VOLGOGRAD], NIGHT02,
               [{"type": "drone", "intercepted": cnt(24, "24")}],
               ev(LEAD02,
                  "\"The fire was localised by 05:30 and fully put out by 07:15. There are no casualties,\" the governor said.",
                  BREAKDOWN02),
               killed=cnt(0, "There are no casualties"), injured=cnt(0, "There are no casualties"),
               damage=["oil refinery process unit", "windows in several private houses"],
               reported_by=["the governor of the Volgograd region", "The Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Rostov", "Rostov", "Russia", "region")], NIGHT02,
               [{"type": "drone", "intercepted": cnt(19, "19")}],
               ev(BREAKDOWN02,
                  "The governor of the Rostov region wrote that the attack on the region had been repelled and that no one was hurt."),
               injured=cnt(0, "no one was hurt"),
               reported_by=["The Russian Ministry of Defence", "The governor of the Rostov region"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Krasnodar", "Krasnodar", "Russia", "region")], NIGHT02,
               [{"type": "drone", "intercepted": cnt(14, "14")}],
               ev(BREAKDOWN02), reported_by=["The Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [VOLGOGRAD], month("2026-02-01", "2026-02-28", "in February"),
               [{"type": "drone"}],
               ev("It was last hit in February, when a drone strike forced it to stop processing for several days."),
               damage=["refinery"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xd03
LEAD03 = ("On Monday afternoon, three Russian guided bombs fell on Zaporizhzhia, killing three people and injuring 17, "
          "among them a girl of 15, the region's military governor said shortly after 3 p.m.")
GOLD["xd03_dniprovskapravda_zaporizhzhia_three_days"] = dict(
    notes="Local outlet's account of three days in Zaporizhzhia (Thursday 2 July 2026). Each day's strike on the city is "
          "its own record (rule 1: the same city on different days). Coded: the guided bombs 'On Monday afternoon' (29 "
          "June, day, rule 11; glide_bomb; 'three Russian guided bombs fell on Zaporizhzhia': counted weapons as the "
          "subject of the hit are launched, launched 3, rule 9; 'three people' killed and '17' injured, the first "
          "figures, with 'a girl of 15' among the injured, children_injured 1, rule 6; the State Emergency Service's "
          "'five dead and 24 injured' by Tuesday morning is a later update, evidence only, rule 6); the drones on a "
          "substation in the Komunarskyi district 'Overnight into Tuesday' (29-30 June, range; the district stays on the "
          "city's record, rule 1; 'No one was injured' is injured 0 only, rule 6); 'two S-300 missiles' on a "
          "machine-building plant 'On Wednesday morning' (1 July; missile_strike; S-300 names a model of the `missile` "
          "family, rule 9: launched 2; 'a 47-year-old security guard' killed 1, 'six workers' injured 6). Not coded: "
          "the regional military chief's appeal (a call, rule 13), Russia's long use of S-300 missiles on ground targets "
          "(no event), the schools moving underground, the market.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [ZAPORIZHZHIA], day("2026-06-29", "On Monday afternoon"),
               [{"type": "glide_bomb", "launched": cnt(3, "three")}],
               ev(LEAD03,
                  "One bomb landed between two five-storey blocks of flats in the Shevchenkivskyi district; the other two hit a warehouse complex and a petrol station a few hundred metres away.",
                  "By Tuesday morning the toll stood at five dead and 24 injured, after rescuers pulled two more bodies from the collapsed warehouse, the State Emergency Service reported."),
               killed=cnt(3, "three people"), injured=cnt(17, "17"), children_injured=cnt(1, "a girl of 15"),
               damage=["five-storey blocks of flats", "warehouse complex", "petrol station"],
               reported_by=["the region's military governor", "the State Emergency Service"]),
        attack("Russia", "Ukraine", "air_drone_strike", [ZAPORIZHZHIA], night("2026-06-29", "2026-06-30", "Overnight into Tuesday"),
               [{"type": "drone"}],
               ev("Overnight into Tuesday, Russian drones struck an electrical substation in the Komunarskyi district.",
                  "No one was injured, but about 9,000 households lost power for most of the day, and trolleybuses on two routes were replaced by buses."),
               injured=cnt(0, "No one was injured"), damage=["electrical substation"]),
        attack("Russia", "Ukraine", "missile_strike", [ZAPORIZHZHIA], day("2026-07-01", "On Wednesday morning"),
               [{"type": "missile", "model": "S-300", "launched": cnt(2, "two")}],
               ev("On Wednesday morning, two S-300 missiles hit the premises of a machine-building plant on the city's eastern edge, killing a 47-year-old security guard and injuring six workers who were starting their shift.",
                  "The plant's management said a workshop and the administrative building were badly damaged."),
               killed=cnt(1, "a 47-year-old security guard"), injured=cnt(6, "six workers"),
               damage=["machine-building plant", "workshop", "administrative building"],
               reported_by=["The plant's management"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xd04
CALL04 = ("Turkey's President Recep Tayyip Erdogan rang Zelensky on Friday, according to the Turkish presidency, and the "
          "call covered the proposal and the NATO summit that Turkey hosts in Ankara on July 7-8.")
GOLD["xd04_harbourline_qa_black_sea"] = dict(
    notes="Q&A explainer (Sunday 5 July 2026). Coded: Sevastopol 'overnight into Friday' (2-3 July, range, rule 11; "
          "attacker Ukraine, told by the Russian-installed governor; Crimea and Sevastopol have target_country Russia, "
          "rule 12; aerial and sea drones are one `drone` entry, rule 9, with '14' destroyed, intercepted 14, rule 3; 'A "
          "58-year-old man' injured 1); Odesa 'The same night' (2-3 July; Russian drones on port infrastructure; 'Nobody "
          "was killed or injured' fills killed 0 and injured 0, rule 6); the background missile strike on the Black Sea "
          "Fleet's headquarters in Sevastopol 'In September 2023' (a place and a date: required, rule 5; month; the city "
          "is named by the question above it); Turkey's proposal of a moratorium on attacks on ports and merchant ships, "
          "announced 'On Thursday' (2 July) and put to both sides, 'Neither side has accepted it' (proposal, proposed, "
          "rule 13; Turkey, Russia, Ukraine); Erdogan's call to Zelensky 'on Friday' (phone_call, held, 3 July; Turkey, "
          "Ukraine, rule 14); 'the NATO summit that Turkey hosts in Ankara on July 7-8' (summit, planned; NATO and "
          "Turkey, rule 15); the exchange 'On Saturday' of 120 prisoners of war each, with the United Arab Emirates "
          "brokering (prisoner_exchange, held, 4 July; the UAE a participant, rule 15). Optional (background, rule 17): "
          "'a smaller exchange on June 12'. Not coded: the 'week of raids on ports' (no place, no count), the fleet's "
          "move to Novorossiysk (no event), the Montreux Convention, Peskov's 'being studied' (a stance, rule 13), the "
          "ship owners and insurers.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [SEVASTOPOL], night("2026-07-02", "2026-07-03", "overnight into Friday"),
               [{"type": "drone", "intercepted": cnt(14, "14")}],
               ev("Ukrainian forces attacked the city overnight into Friday with aerial and sea drones, according to the Russian-installed governor of Sevastopol.",
                  "Air defence and the Black Sea Fleet destroyed 14 drones, three of them uncrewed boats, he wrote.",
                  "A 58-year-old man was injured by fragments, he said."),
               injured=cnt(1, "A 58-year-old man"), damage=["fuel tank at a harbour facility", "power substation"],
               reported_by=["the Russian-installed governor of Sevastopol"]),
        attack("Russia", "Ukraine", "air_drone_strike", [ODESA], night("2026-07-02", "2026-07-03", "The same night"),
               [{"type": "drone"}],
               ev("The same night, Russian drones hit port infrastructure in Odesa, damaging a grain silo and a civilian vessel moored nearby.",
                  "Nobody was killed or injured, the regional governor said."),
               killed=cnt(0, "Nobody was killed or injured"), injured=cnt(0, "Nobody was killed or injured"),
               damage=["port infrastructure", "grain silo", "civilian vessel"], reported_by=["the regional governor"]),
        attack("Ukraine", "Russia", "missile_strike", [SEVASTOPOL], month("2023-09-01", "2023-09-30", "In September 2023"),
               [{"type": "missile"}],
               ev("In September 2023, a Ukrainian missile strike wrecked the headquarters of the Black Sea Fleet in the city centre."),
               damage=["headquarters of the Black Sea Fleet"]),
    ],
    diplomacy=[
        dip("proposal", ["Turkey", "Russia", "Ukraine"], day("2026-07-02", "On Thursday"), "proposed",
            "Turkey put to Moscow and Kyiv a proposal for a moratorium on attacks against ports and merchant ships in the Black Sea; neither side has accepted it",
            ev("On Thursday, Turkey's foreign ministry said Ankara had put to both Moscow and Kyiv a proposal for a moratorium on attacks against ports and merchant ships in the Black Sea.",
               "Neither side has accepted it.")),
        dip("phone_call", ["Turkey", "Ukraine"], day("2026-07-03", "on Friday"), "held",
            "Erdogan called Zelensky about the Turkish moratorium proposal and the NATO summit in Ankara",
            ev(CALL04)),
        dip("summit", ["NATO", "Turkey"], ANKARA_SUMMIT, "planned",
            "NATO summit that Turkey hosts in Ankara",
            ev(CALL04), location=ANKARA),
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-07-04", "On Saturday"), "held",
            "Ukraine and Russia swapped 120 prisoners of war each, brokered by the UAE",
            ev("On Saturday, Ukraine and Russia swapped 120 prisoners of war each, with the United Arab Emirates brokering the deal, both sides confirmed.")),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-06-12", "on June 12"), "held",
                "A smaller prisoner exchange (background)",
                ev("It followed a smaller exchange on June 12."))),
    ])

# --------------------------------------------------------------------------- xd05
GRID05 = ("Overnight into Sunday, Russia fired more than 180 drones and 22 missiles at Ukraine, aiming mostly at the power "
          "system, according to the air force.")
EU05 = ("At their summit on June 25-26, EU leaders spent most of their time on defence spending and migration, but on "
        "Friday they also agreed to extend the bloc's economic sanctions against Russia for six more months.")
GOLD["xd05_meridianbriefing_sunday_digest_june28"] = dict(
    notes="Newsletter digest of the week (Sunday 28 June 2026). Coded: Volgograd's refinery 'In the small hours of June "
          "21' (21 June, day, rule 11; attacker Ukraine by rule 12; 'no one was hurt' is injured 0 only, rule 6); Izmail "
          "'On Wednesday' (24 June; drones uncounted; 'three port workers' injured 3, this article's own figure, rule 6; "
          "attacker Russia by rule 12); Romania's calling in of Russia's ambassador 'the same day' (diplomatic_protest, "
          "held, 24 June); the EU leaders' summit 'on June 25-26' (summit, held, range; the European Union; no place "
          "written); the extension of the EU's economic sanctions 'on Friday' (sanctions, held, 26 June; European Union "
          "and Russia, rule 15); the air force's night 'Overnight into Sunday' (27-28 June, range; country record, rule "
          "3: 'more than 180' drones, (180, more_than), rule 7, and '22' missiles with no split, `missile`, rule 9; "
          "drone_and_missile); the thermal power station in the Kyiv region 'knocked out by a missile' the same night "
          "(region record, rule 1; 'a missile' uncounted, rule 9; 'its staff were unhurt' is a nil of the struck site's "
          "people, injured 0 only, rule 6); the NATO summit in Ankara 'on July 7-8' (summit, planned; NATO and Turkey, "
          "the state of the city, rule 15). Not coded: the drone campaign 'since early 2024' (no event), 'Gas production "
          "sites and substations in the south and centre' (no place named), the scheduled outages, the prisoner lists "
          "with no date (no event), the asset loan put off, Zelensky's hope to attend (a stance, rule 13).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [VOLGOGRAD], day("2026-06-21", "In the small hours of June 21"),
               [{"type": "drone"}],
               ev("In the small hours of June 21, debris from a drone brought down over Volgograd started a fire at the city's oil refinery, the regional governor said; no one was hurt, and the blaze was out by breakfast time."),
               injured=cnt(0, "no one was hurt"), damage=["oil refinery"], reported_by=["the regional governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], day("2026-06-24", "On Wednesday"), [{"type": "drone"}],
               ev("On Wednesday, drones hit the Danube port of Izmail, injuring three port workers, damaging a freighter and destroying a stock of grain in a terminal shed."),
               injured=cnt(3, "three port workers"), damage=["freighter", "grain in a terminal shed"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-06-27", "2026-06-28", "Overnight into Sunday"),
               [{"type": "drone", "launched": cnt(180, "more than 180", "more_than")},
                {"type": "missile", "launched": cnt(22, "22")}],
               ev(GRID05), reported_by=["the air force"]),
        attack("Russia", "Ukraine", "missile_strike", [KYIV_REGION], night("2026-06-27", "2026-06-28", "Overnight into Sunday"),
               [{"type": "missile"}],
               ev(GRID05, "A thermal power station in the Kyiv region was knocked out by a missile; its staff were unhurt."),
               injured=cnt(0, "its staff were unhurt"), damage=["thermal power station"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Romania", "Russia"], day("2026-06-24", "the same day"), "held",
            "Romania called in Russia's ambassador after drone wreckage was found near Plauru",
            ev("Romania, whose village of Plauru sits across the river, found drone wreckage in a field and called in Russia's ambassador the same day.")),
        dip("summit", ["European Union"], night("2026-06-25", "2026-06-26", "on June 25-26"), "held",
            "EU leaders' summit on defence spending, migration and sanctions", ev(EU05)),
        dip("sanctions", ["European Union", "Russia"], day("2026-06-26", "on Friday"), "held",
            "EU leaders agreed to extend the bloc's economic sanctions against Russia for six more months", ev(EU05)),
        dip("summit", ["NATO", "Turkey"], ANKARA_SUMMIT, "planned", "NATO summit in Ankara",
            ev("NATO leaders gather in Ankara on July 7-8."), location=ANKARA),
    ])

# --------------------------------------------------------------------------- xd06
NIGHT06 = night("2026-06-27", "2026-06-28", "Overnight into 28 June")
GOLD["xd06_gridwatch_energy_ministry_release"] = dict(
    notes="Ministry of Energy press release reproduced by an outlet (Sunday 28 June 2026). Coded, all dated 'Overnight into "
          "28 June' (27-28 June, range, rule 11): the air force's figures (country record, rule 3; drone_and_missile, "
          "rule 8; 'Shahed-type' drones launched 184, intercepted 151; 'Kh-101' cruise missiles launched 14, intercepted "
          "11; 'ballistic Iskander-Ms' launched 8 ('eight'), intercepted 3 ('three'); rule 9, no combined total written); "
          "the Kyiv region's thermal power plant 'as a result of a missile strike' (missile_strike, uncounted; a region "
          "record, no city named, rule 1; 'The station's personnel suffered no casualties' is a nil of the struck site's "
          "people, 'no casualties' filling killed 0 and injured 0, rule 6); the Odesa region's two substations damaged by "
          "'Enemy drones' ('No one was hurt': injured 0 only, rule 6); the Poltava region's Naftogaz gas facility 'hit by "
          "drones and a missile' (drone_and_missile, both uncounted; 'One employee' injured 1). Each region's heading is "
          "quoted for its place. Diplomacy: Japan's grant of USD 48 million approved 'On 26 June' for autotransformers "
          "and gas turbine units (military_aid, held: aid of any cargo, rules 14 and 16); the energy minister's "
          "telephone conversation with the European Commissioner for Energy 'On 27 June' (phone_call, held; Ukraine and "
          "the European Union, rule 15). Not coded: the outage schedules, the call on partners for air defence (a call, "
          "rule 13), the reference paragraph's strikes 'Since the spring of 2024' (no event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], NIGHT06,
               [{"type": "drone", "model": "Shahed", "launched": cnt(184, "184"), "intercepted": cnt(151, "151")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(14, "14"), "intercepted": cnt(11, "11")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(8, "eight"), "intercepted": cnt(3, "three")}],
               ev("Overnight into 28 June, the aggressor state launched yet another combined strike against Ukraine's energy system.",
                  "The enemy used 184 Shahed-type attack drones, 14 Kh-101 cruise missiles and eight ballistic Iskander-Ms, Ukraine's Air Force reports.",
                  "Of these, 151 drones, three ballistic and 11 cruise missiles were neutralised by air defence."),
               reported_by=["Ukraine's Air Force", "the Ministry of Energy"]),
        attack("Russia", "Ukraine", "missile_strike", [KYIV_REGION], NIGHT06, [{"type": "missile"}],
               ev("Kyiv region.",
                  "A thermal power plant sustained damage as a result of a missile strike.",
                  "The station's personnel suffered no casualties."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["thermal power plant", "generating units"], reported_by=["the Ministry of Energy"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine", "region")], NIGHT06,
               [{"type": "drone"}],
               ev("Odesa region.",
                  "Enemy drones damaged two high-voltage substations.",
                  "No one was hurt."),
               injured=cnt(0, "No one was hurt"), damage=["two high-voltage substations"],
               reported_by=["the Ministry of Energy"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Poltava", "Poltava", "Ukraine", "region")], NIGHT06,
               [{"type": "drone"}, {"type": "missile"}],
               ev("Poltava region.",
                  "A gas production facility of the Naftogaz group was hit by drones and a missile.",
                  "One employee received injuries and is receiving medical care."),
               injured=cnt(1, "One employee"), damage=["gas production facility"],
               reported_by=["the Ministry of Energy"]),
    ],
    diplomacy=[
        dip("military_aid", ["Japan", "Ukraine"], day("2026-06-26", "On 26 June"), "held",
            "Japan approved a USD 48 million grant for autotransformers and mobile gas turbine units for Ukraine's power sector",
            ev("On 26 June, the Government of Japan approved a grant of USD 48 million for the purchase of autotransformers and mobile gas turbine units for Ukraine's power sector.")),
        dip("phone_call", ["Ukraine", "European Union"], day("2026-06-27", "On 27 June"), "held",
            "Ukraine's energy minister spoke by phone with the European Commissioner for Energy about protecting energy facilities, equipment and winter gas imports",
            ev("On 27 June, the Minister of Energy held a telephone conversation with the European Commissioner for Energy.",
               "The parties discussed the protection of energy facilities, the supply of equipment and gas imports from the European Union for the winter.")),
    ])

# --------------------------------------------------------------------------- xd07
LEAD07 = ("BRUSSELS - European Union leaders agreed on Friday to keep the bloc's economic sanctions on Russia in place for "
          "another six months, until the end of January 2027, closing a two-day summit in Brussels that was dominated by "
          "defence budgets and the war on the eastern flank.")
GOLD["xd07_balticherald_eu_summit_rollover"] = dict(
    notes="Baltic outlet on the EU leaders' summit (Friday 26 June 2026). Coded: the two-day summit in Brussels 'on "
          "Thursday and Friday' (summit, held, 25-26 June, range; the European Union at its own Council building, rule "
          "15); the rollover of the economic sanctions agreed 'on Friday' (sanctions, held, 26 June; European Union and "
          "Russia, rule 15); Zelensky's call with Ireland's Taoiseach 'On Wednesday evening' (phone_call, held, 24 June; "
          "Ukraine and Ireland, rule 14); 'the NATO summit that Turkey hosts in Ankara on July 7-8' (summit, planned; NATO "
          "and Turkey, the host, rule 15; the allies named as attending are NATO's members). Optional (background, rule "
          "17): the European Council's 'previous regular summit, in March' (summit, held, March 2026). Not coded: no "
          "decision on the asset loan (nothing agreed), the Lithuanian president's and the Estonian prime minister's "
          "calls on LNG and the 'drone wall' (calls, rule 13), Ireland's presidency from July 1 (an institutional "
          "rotation) and its promise (a stance), the Baltic intention to press for an interceptor fund (a stance).",
    attacks=[],
    diplomacy=[
        dip("summit", ["European Union"], night("2026-06-25", "2026-06-26", "on Thursday and Friday"), "held",
            "Two-day EU leaders' summit in Brussels: sanctions rolled over, no decision on an asset-backed loan to Ukraine",
            ev(LEAD07,
               "The summit, held on Thursday and Friday at the Council's Europa building, did not reach a decision on a new loan to Ukraine backed by immobilised Russian central bank assets."),
            location=BRUSSELS),
        dip("sanctions", ["European Union", "Russia"], day("2026-06-26", "on Friday"), "held",
            "EU leaders extended the bloc's economic sanctions on Russia for six months, until the end of January 2027",
            ev(LEAD07,
               "The extension covers the restrictions on Russian banks, energy, technology and transport that are renewed twice a year by unanimity.")),
        dip("phone_call", ["Ukraine", "Ireland"], day("2026-06-24", "On Wednesday evening"), "held",
            "Zelensky spoke by phone with Ireland's Taoiseach about accession talks and the next sanctions package",
            ev("President Volodymyr Zelensky did not come to Brussels this time.",
               "On Wednesday evening he spoke by phone with Ireland's Taoiseach, whose government takes over the rotating presidency of the EU Council on July 1, about accession talks and the next sanctions package, his office said.")),
        dip("summit", ["NATO", "Turkey"], ANKARA_SUMMIT, "planned", "NATO summit that Turkey hosts in Ankara",
            ev("Many of the same leaders will meet again, this time with the United States, Canada, Turkey and Norway, at the NATO summit that Turkey hosts in Ankara on July 7-8."),
            location=ANKARA),
        opt(dip("summit", ["European Union"], month("2026-03-01", "2026-03-31", "in March"), "held",
                "The European Council's previous regular summit endorsed a plan to raise defence spending (background)",
                ev("The European Council's previous regular summit, in March, had endorsed a plan to raise defence spending across the bloc and asked for work on the asset loan to be finished by June."))),
    ])

# --------------------------------------------------------------------------- xd08
GOLD["xd08_crossroadsdaily_key_events_day1597"] = dict(
    notes="Daily 'key events' list (Thursday 9 July 2026). Coded: Sumy 'on Wednesday morning' (8 July, day, rule 11; "
          "Russian drones uncounted; 'two people' killed, '11' injured, 'two children' among them, children_injured 2, "
          "the first figures, rule 6; 'three dead and 14 injured' later, evidence only); the air force's night "
          "'overnight into Wednesday' (7-8 July, range; country record, rule 3: '73' launched, '52 of them' shot down or "
          "jammed, intercepted 52); Kramatorsk 'on Wednesday afternoon' ('A guided aerial bomb' uncounted, rule 9; "
          "glide_bomb; 'four people' injured); Shebekino 'on Wednesday' ('a Ukrainian drone' on a minibus, attacker "
          "Ukraine, target Russia, rule 4; 'five passengers' injured); the NATO summit 'in Ankara on Tuesday and "
          "Wednesday' (summit, held, 7-8 July; NATO, Turkey the state of the city, rule 15, and Ukraine, whose president "
          "'took part in a session'); the talks 'in Istanbul on July 15' announced by Turkey's foreign minister (talks, "
          "planned, rule 16; Ukraine, Russia and Turkey, 'with Turkish officials hosting', rule 15); Germany's 1.3 "
          "billion euro package 'on Wednesday' (military_aid, held, 8 July); Canada's sanctions 'on Wednesday' "
          "(sanctions, held, 8 July; Canada and Russia). Not coded: the earlier round implied by 'the first in more than "
          "four months' (no date, no event told), Peskov's 'not yet formed a position' and the Dutch readiness "
          "(stances, rule 13), Rutte's words and the fund allies did not agree on, the grain export figures.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [SUMY], day("2026-07-08", "on Wednesday morning"),
               [{"type": "drone"}],
               ev("Russian drones struck the centre of Sumy on Wednesday morning, killing two people and injuring 11, including two children, regional officials reported.",
                  "A school building and a trolleybus depot were damaged.",
                  "The toll later rose to three dead and 14 injured."),
               killed=cnt(2, "two people"), injured=cnt(11, "11"), children_injured=cnt(2, "two children"),
               damage=["school building", "trolleybus depot"], reported_by=["regional officials"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-07-07", "2026-07-08", "overnight into Wednesday"),
               [{"type": "drone", "launched": cnt(73, "73"), "intercepted": cnt(52, "52")}],
               ev("Russia sent 73 drones against Ukraine overnight into Wednesday; 52 of them were shot down or electronically jammed, the Ukrainian air force said."),
               reported_by=["the Ukrainian air force"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kramatorsk", "Donetsk", "Ukraine")], day("2026-07-08", "on Wednesday afternoon"),
               [{"type": "glide_bomb"}],
               ev("A guided aerial bomb hit a residential area of Kramatorsk in the Donetsk region on Wednesday afternoon, injuring four people, according to the local military administration."),
               injured=cnt(4, "four people"), damage=["residential area"], reported_by=["the local military administration"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod", "Russia")], day("2026-07-08", "on Wednesday"),
               [{"type": "drone"}],
               ev("Inside Russia, five passengers were hurt when a Ukrainian drone struck their minibus near Shebekino on Wednesday, the Belgorod region's governor wrote."),
               injured=cnt(5, "five passengers"), damage=["minibus"], reported_by=["the Belgorod region's governor"]),
    ],
    diplomacy=[
        dip("summit", ["NATO", "Turkey", "Ukraine"], night("2026-07-07", "2026-07-08", "on Tuesday and Wednesday"), "held",
            "NATO summit in Ankara adopted a declaration on the Russian threat and a joint plan for air defence production; Zelensky took part in a session",
            ev("NATO leaders, who met in Ankara on Tuesday and Wednesday, adopted a declaration that calls Russia \"the most significant and direct threat\" to allied security and commits members to a joint plan for air defence production.",
               "President Volodymyr Zelensky took part in a session with the allied leaders on Wednesday."),
            location=ANKARA),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-07-15", "on July 15"), "planned",
            "New round of talks between Ukrainian and Russian delegations in Istanbul, hosted by Turkey",
            ev("Turkey's foreign minister said delegations from Ukraine and Russia would meet in Istanbul on July 15 for a new round of talks, the first in more than four months, with Turkish officials hosting."),
            location=ISTANBUL),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-07-08", "on Wednesday"), "held",
            "Germany pledged a 1.3 billion euro military aid package with two IRIS-T systems and Patriot ammunition",
            ev("Germany pledged a new military aid package worth 1.3 billion euros on Wednesday, including two IRIS-T air defence systems and ammunition for Patriot batteries, the German chancellor said in Ankara.")),
        dip("sanctions", ["Canada", "Russia"], day("2026-07-08", "on Wednesday"), "held",
            "Canada sanctioned 35 shadow-fleet tankers and 14 people and companies in the Russian oil trade",
            ev("Canada announced sanctions on Wednesday against 35 shadow-fleet tankers carrying Russian crude, as well as 14 people and companies involved in the trade.")),
    ])

# --------------------------------------------------------------------------- xd09
ANKARA09 = ("President Erdogan held talks with President Zelensky yesterday evening at the presidential complex, and "
            "Turkish officials tell me Ukrainian and Russian delegations will sit down in Istanbul next Wednesday for "
            "another round of direct talks.")
GOLD["xd09_eastmarktv_evening_news_transcript"] = dict(
    notes="TV evening news transcript (Wednesday 8 July 2026). Coded: Sumy 'this morning' (8 July, day, rule 11; 'Eight "
          "drones hit the centre': counted weapons as the subject of the hit, launched 8, rule 9; 'at least three' "
          "killed (3, at_least, rule 7; the qualifier is on the dead alone, the wounded in the next sentence); "
          "'Fourteen people' wounded, exact); the background glide-bomb "
          "attack on Zaporizhzhia 'on June 29' ('six people' killed; a place and a date: required, rule 5; attacker "
          "Russia by rule 12); the NATO summit 'yesterday and today' in the Turkish capital (summit, held, 7-8 July, "
          "range; NATO, Turkey, and Ukraine, whose president sat with the allied leaders); Germany's 1.3 billion euros "
          "'This morning' (military_aid, held); Erdogan's talks with Zelensky 'yesterday evening' at the presidential "
          "complex (talks, held, 7 July: reported as talks of their own, rule 14; Turkey and Ukraine); the Istanbul round "
          "'next Wednesday' (talks, planned, 15 July; Ukraine, Russia, Turkey as the state of the city, rule 15). Not "
          "coded: 'ongoing work' by other allies, the Kremlin 'studying' Ankara's ideas (a stance, rule 13), the "
          "memorial, the cycle lane and the football.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [SUMY], day("2026-07-08", "this morning"),
               [{"type": "drone", "launched": cnt(8, "Eight")}],
               ev("Eight drones hit the centre of Sumy this morning, shortly after eight o'clock.",
                  "The regional authorities count at least three dead.",
                  "Fourteen people were wounded."),
               killed=cnt(3, "at least three", "at_least"), injured=cnt(14, "Fourteen people"),
               damage=["school used as a summer day camp"], reported_by=["The regional authorities"]),
        attack("Russia", "Ukraine", "glide_bomb", [ZAPORIZHZHIA], day("2026-06-29", "on June 29"), [{"type": "glide_bomb"}],
               ev("The mayor of Zaporizhzhia today opened a memorial at the warehouse site where a glide-bomb attack on June 29 killed six people."),
               killed=cnt(6, "six people"), damage=["warehouse"]),
    ],
    diplomacy=[
        dip("summit", ["NATO", "Turkey", "Ukraine"], night("2026-07-07", "2026-07-08", "yesterday and today"), "held",
            "NATO summit in Ankara ended with a declaration promising a joint plan for interceptor production; Zelensky joined a session with the allied leaders",
            ev("NATO leaders have ended their summit in Turkey with promises of more air defence for Ukraine and a sharp warning to Moscow.",
               "Ruth, the leaders of the 32 allies have spent yesterday and today in the Turkish capital, and on Ukraine the mood was businesslike rather than dramatic.",
               "President Zelensky sat down with the allied leaders this afternoon for a session of its own."),
            location=ANKARA),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-07-08", "This morning"), "held",
            "Germany's chancellor announced 1.3 billion euros in new military aid, including two more IRIS-T systems",
            ev("This morning Germany's chancellor announced 1.3 billion euros in new military aid, including two more IRIS-T systems.")),
        dip("talks", ["Turkey", "Ukraine"], day("2026-07-07", "yesterday evening"), "held",
            "Erdogan held talks with Zelensky at the presidential complex in Ankara",
            ev(ANKARA09), location=ANKARA),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-07-15", "next Wednesday"), "planned",
            "Ukrainian and Russian delegations to hold another round of direct talks in Istanbul",
            ev(ANKARA09), location=ISTANBUL),
    ])

# --------------------------------------------------------------------------- xd10
GOLD["xd10_riverinacourier_water_hack_price_war_control"] = dict(
    notes="Regional Australian newspaper (Wednesday 1 July 2026): **control, no record at all.** The war-like words are "
          "figurative or civilian: a 'cyber attack' on a water utility blamed on 'a ransomware gang', 'the first shots "
          "of a supermarket price war', 'a counter-offensive on the meat aisle', delivery 'by drone' and 'The drones', "
          "'a truce of sorts' with a neighbour, 'Talks' between a nurses' union and a health district 'in front of a "
          "mediator', a stoppage, 'a water summit' of councils, a mayor 'ready to host', a chess player's 'kingside "
          "attack' and 'the offensive' (no attacker state, no strike of the war, rules 1 and 12; companies, a union, "
          "councils and a club, no states or organisations of the war, rules 13 and 15).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("volgograd-refinery-2026-06-21", "Ukrainian drone debris sets Volgograd's refinery on fire, night of 20-21 June 2026",
     [("xd02_steppemonitor_volgograd_refinery_bulletin", "attack", 1),
      ("xd05_meridianbriefing_sunday_digest_june28", "attack", 0)]),
    ("izmail-port-2026-06-24", "Russian drones on Izmail's river port and grain terminal, early hours of 24 June 2026",
     [("xd01_danubefreightledger_izmail_grain_terminal", "attack", 0),
      ("xd05_meridianbriefing_sunday_digest_june28", "attack", 1)]),
    ("romania-summons-2026-06-24", "Romania summons Russia's ambassador over the drone near Plauru, 24 June 2026",
     [("xd01_danubefreightledger_izmail_grain_terminal", "diplomacy", 0),
      ("xd05_meridianbriefing_sunday_digest_june28", "diplomacy", 0)]),
    ("eu-summit-2026-06-25", "EU leaders' summit in Brussels, 25-26 June 2026",
     [("xd07_balticherald_eu_summit_rollover", "diplomacy", 0),
      ("xd05_meridianbriefing_sunday_digest_june28", "diplomacy", 1)]),
    ("eu-sanctions-rollover-2026-06-26", "EU economic sanctions on Russia extended for six months, 26 June 2026",
     [("xd07_balticherald_eu_summit_rollover", "diplomacy", 1),
      ("xd05_meridianbriefing_sunday_digest_june28", "diplomacy", 2)]),
    ("ukraine-energy-night-2026-06-28", "Russia's drones and missiles against Ukraine's energy system, night of 27-28 June 2026",
     [("xd06_gridwatch_energy_ministry_release", "attack", 0),
      ("xd05_meridianbriefing_sunday_digest_june28", "attack", 2)]),
    ("kyiv-region-tpp-2026-06-28", "Missile strike on a thermal power plant in the Kyiv region, night of 27-28 June 2026",
     [("xd06_gridwatch_energy_ministry_release", "attack", 1),
      ("xd05_meridianbriefing_sunday_digest_june28", "attack", 3)]),
    ("ankara-summit-2026-07-07", "NATO summit hosted by Turkey in Ankara, 7-8 July 2026 (planned, then held)",
     [("xd07_balticherald_eu_summit_rollover", "diplomacy", 3),
      ("xd05_meridianbriefing_sunday_digest_june28", "diplomacy", 3),
      ("xd04_harbourline_qa_black_sea", "diplomacy", 2),
      ("xd08_crossroadsdaily_key_events_day1597", "diplomacy", 0),
      ("xd09_eastmarktv_evening_news_transcript", "diplomacy", 0)]),
    ("zaporizhzhia-glide-2026-06-29", "Russian guided bombs on Zaporizhzhia, afternoon of 29 June 2026",
     [("xd03_dniprovskapravda_zaporizhzhia_three_days", "attack", 0),
      ("xd09_eastmarktv_evening_news_transcript", "attack", 1)]),
    ("sumy-2026-07-08", "Russian drones on the centre of Sumy, morning of 8 July 2026",
     [("xd08_crossroadsdaily_key_events_day1597", "attack", 0),
      ("xd09_eastmarktv_evening_news_transcript", "attack", 0)]),
    ("istanbul-talks-2026-07-15", "Ukrainian-Russian talks in Istanbul planned for 15 July 2026, hosted by Turkey",
     [("xd08_crossroadsdaily_key_events_day1597", "diplomacy", 1),
      ("xd09_eastmarktv_evening_news_transcript", "diplomacy", 3)]),
    ("germany-aid-2026-07-08", "Germany's 1.3 billion euro military aid package announced in Ankara, 8 July 2026",
     [("xd08_crossroadsdaily_key_events_day1597", "diplomacy", 2),
      ("xd09_eastmarktv_evening_news_transcript", "diplomacy", 1)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev55 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV55 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV55, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
