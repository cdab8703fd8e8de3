"""Write evals/dev56/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev56, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV56 = ROOT / "evals" / "dev56"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, opt, week, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

DNIPRO = loc("Dnipro", "Dnipropetrovsk", "Ukraine")
KHARKIV = loc("Kharkiv", "Kharkiv", "Ukraine")
ODESA = loc("Odesa", "Odesa", "Ukraine")
TUAPSE = loc("Tuapse", "Krasnodar", "Russia")
ISTANBUL = loc("Istanbul", None, "Turkey")
NIGHT_0716 = ("2026-07-15", "2026-07-16")
NIGHT_0717 = ("2026-07-16", "2026-07-17")

# --------------------------------------------------------------------------- xe01
LEAD01 = ("DNIPRO, Ukraine, July 16 (Kestrel Wire) - 09:52 GMT - Russia pounded Dnipro with cruise missiles and drones "
          "overnight into Thursday; at least four people died and 27 were wounded, three children among them, the "
          "governor of the Dnipropetrovsk region wrote on Telegram.")
GOLD["xe01_kestrelwire_dnipro_update2"] = dict(
    notes="Wire agency's running 'UPDATE 2' story with timestamps (Thursday 16 July 2026). Coded: Dnipro 'overnight into "
          "Thursday' (15-16 July, range, rule 11; cruise missiles and drones, drone_and_missile, rule 8; 'A Kalibr "
          "missile' with the indefinite article is uncounted, rule 9; 'at least four people' killed (4, at_least, rule "
          "7), '27' wounded, 'three children' among the wounded, children_injured 3, the first figures, rule 6; the State "
          "Emergency Service's six dead at 11:40 GMT is a later update, evidence only, rule 6); the air force's night "
          "(country record, rule 3: '286' Shahed-type drones launched, '259' downed; 'nine' Kalibr launched, 'seven' "
          "downed; 'a pair of' Iskander-M launched 2, 'neither of the ballistic missiles was intercepted' an explicit "
          "zero, intercepted 0, rule 6; no combined total written, rule 9); Stryi in the Lviv region 'during the same "
          "night' ('a drone' uncounted; 'Nobody was hurt' is injured 0 only, rule 6); the background strike 'since June "
          "24' on a railway repair workshop in the city (a place and a date: required, rule 5; 'a ballistic missile' "
          "uncounted; 'two employees' killed); Zelensky's phone call with Erdogan 'on Thursday morning' (phone_call, "
          "held, 16 July; Ukraine and Turkey, rule 14). Not coded: Peskov's words (a stance, rule 13), Zelensky's request "
          "that Ankara keep pushing for another round of talks (no date, no place: a call, rule 13), the appeal for "
          "interceptors (a call).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [DNIPRO], night(*NIGHT_0716, "overnight into Thursday"),
               [{"type": "drone"}, {"type": "cruise_missile", "model": "Kalibr"}],
               ev(LEAD01,
                  "A Kalibr missile ripped open the upper storeys of a residential block nine floors high on the city's left bank, and burning debris from drones spread to a municipal bus depot a short walk away, he wrote.",
                  "11:40 GMT - By late morning the State Emergency Service had raised the death toll in Dnipro to six, after search teams recovered two more bodies from the collapsed stairwell."),
               killed=cnt(4, "at least four people", "at_least"), injured=cnt(27, "27"),
               children_injured=cnt(3, "three children"),
               damage=["residential block", "municipal bus depot", "parked cars"],
               reported_by=["the governor of the Dnipropetrovsk region", "the State Emergency Service"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0716, "overnight into Thursday"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(286, "286"), "intercepted": cnt(259, "259")},
                {"type": "cruise_missile", "model": "Kalibr", "launched": cnt(9, "nine"), "intercepted": cnt(7, "seven")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "a pair"),
                 "intercepted": cnt(0, "neither of the ballistic missiles was intercepted")}],
               ev(LEAD01,
                  "Nationally, 286 attack drones of the Shahed type, nine Kalibr cruise missiles and a pair of Iskander-M ballistics were aimed at Ukraine in the dark hours, the morning summary of Ukraine's air force showed.",
                  "Gunners and fighter pilots brought down 259 of the drones and seven of the Kalibrs; neither of the ballistic missiles was intercepted, the summary added."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Stryi", "Lviv", "Ukraine")],
               night(*NIGHT_0716, "during the same night"), [{"type": "drone"}],
               ev("10:37 GMT - Far to the west, a drone left a logistics warehouse near Stryi, in the Lviv region, in flames during the same night.",
                  "Nobody was hurt, the regional governor said, and firefighters had the flames out within three hours."),
               injured=cnt(0, "Nobody was hurt"), damage=["logistics warehouse"], reported_by=["the regional governor"]),
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], day("2026-06-24", "since June 24"),
               [{"type": "ballistic_missile"}],
               ev("It was the deadliest raid on the city since June 24, when a ballistic missile slammed into a railway repair workshop and killed two employees."),
               killed=cnt(2, "two employees"), damage=["railway repair workshop"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-07-16", "on Thursday morning"), "held",
            "Zelensky discussed the night's raid with Erdogan by phone and asked Ankara to keep pushing for another round of direct talks",
            ev("President Volodymyr Zelensky said in an evening video address that he had raised the night's raid with Turkish President Tayyip Erdogan in a phone call on Thursday morning, and that he had asked Ankara to keep pushing for another round of direct talks with Moscow.")),
    ])

# --------------------------------------------------------------------------- xe02
TK1 = ("1. Russian forces carried out one of the summer's largest combined strikes against Ukraine overnight on 15 to 16 "
       "July, launching nearly 300 Geran-2 and decoy drones as well as 11 missiles, according to Ukrainian military figures.")
TK3 = ("3. Ukrainian drones hit the Tuapse oil refinery in Russia's Krasnodar Krai overnight on 16 to 17 July.")
GOLD["xe02_eastgate_daily_assessment_july16"] = dict(
    notes="Think-tank daily assessment with numbered key takeaways (Friday 17 July 2026). Coded: the combined strike "
          "'overnight on 15 to 16 July' (range, rule 11; country record, rule 3; 'nearly 300 Geran-2 and decoy drones' is "
          "a combined total mixing strike and decoy drones, one `other` weapon with the article's words as model, "
          "(300, about), rule 7 and 9, beside a `drone` (Geran-2) and a `decoy_drone` entry; '11 missiles' with no split "
          "is `missile`, launched 11; drone_and_missile); Dnipro 'in the small hours of 16 July' (day; 'A Kalibr cruise "
          "missile' uncounted, missile_strike, this article names no drone on the city; 'six civilians' killed, 'at "
          "least 30' injured (30, at_least)); the Tuapse refinery 'overnight on 16 to 17 July' (attacker Ukraine, rule 4; "
          "'claimed there were no casualties' fills killed 0 and injured 0, rule 6); the Russian Ministry of Defence's "
          "'more than 50' drones shot down over Krasnodar Krai, Rostov Oblast and the Black Sea the same night (a tally "
          "over several regions is the country record, rule 3; (50, more_than)); the talks announced 'on 16 July' for "
          "Istanbul 'on 23 July' (talks, planned, rule 16; Russia, Ukraine and Turkey, the state of the city, rule 15); "
          "Zelensky's phone call with Erdogan 'on 16 July' (phone_call, held). Not coded: ground assaults near Pokrovsk "
          "and Kostiantynivka and the General Staff's front-wide 'some 140 guided bombs' (rule 5), the assessments, "
          "Peskov's words (a stance, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0716, "overnight on 15 to 16 July"),
               [{"type": "other", "model": "Geran-2 and decoy drones", "launched": cnt(300, "nearly 300", "about")},
                {"type": "drone", "model": "Geran-2"}, {"type": "decoy_drone"},
                {"type": "missile", "launched": cnt(11, "11")}],
               ev(TK1), reported_by=["Ukrainian military figures"]),
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], day("2026-07-16", "in the small hours of 16 July"),
               [{"type": "cruise_missile", "model": "Kalibr"}],
               ev("2. A Kalibr cruise missile struck a residential building in Dnipro in the small hours of 16 July, killing six civilians and injuring at least 30, Ukrainian officials reported."),
               killed=cnt(6, "six civilians"), injured=cnt(30, "at least 30", "at_least"),
               damage=["residential building"], reported_by=["Ukrainian officials"]),
        attack("Ukraine", "Russia", "air_drone_strike", [TUAPSE], night(*NIGHT_0717, "overnight on 16 to 17 July"),
               [{"type": "drone"}],
               ev(TK3, "Krasnodar Krai officials said falling debris had set off a blaze and claimed there were no casualties."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["oil refinery"], reported_by=["Krasnodar Krai officials"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*NIGHT_0717, "overnight on 16 to 17 July"),
               [{"type": "drone", "intercepted": cnt(50, "more than 50", "more_than")}],
               ev("The Russian Ministry of Defence claimed that its air defences shot down more than 50 Ukrainian drones over Krasnodar Krai, Rostov Oblast and the Black Sea overnight on 16 to 17 July."),
               reported_by=["The Russian Ministry of Defence"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2026-07-23", "on 23 July"), "planned",
            "Third round of direct Russian-Ukrainian talks in Istanbul, announced by Turkey's foreign ministry",
            ev("4. Turkey's foreign ministry announced on 16 July that Russian and Ukrainian delegations will meet in Istanbul on 23 July for a third round of direct talks."),
            location=ISTANBUL),
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-07-16", "on 16 July"), "held",
            "Zelensky and Erdogan spoke by phone about the strike and the resumption of negotiations",
            ev("President Zelensky and Turkish President Erdogan spoke by phone on 16 July about the strike and about the resumption of negotiations, according to the Ukrainian presidency.")),
    ])

# --------------------------------------------------------------------------- xe03
GOLD["xe03_humanitarianhub_sitrep_no29"] = dict(
    notes="Humanitarian situation report, OCHA style (Monday 20 July 2026, period 13-19 July). Coded: Dnipro 'before dawn "
          "on 16 July' (day, rule 11; 'a missile and drone attack', drone_and_missile, uncounted; 'seven civilians' "
          "killed, 'a boy aged 12' among them, children_killed 1, '41' injured, this article's own figures, rule 6); "
          "Kharkiv 'on the afternoon of 18 July' ('two KAB guided bombs hit': counted weapons as the subject of the hit, "
          "launched 2, rule 9; glide_bomb; 'two civilians' killed, '19' injured, 'an infant' among them, "
          "children_injured 1); Kherson 'on the morning of 17 July' (Russian artillery fire, shelling_artillery; 'a "
          "63-year-old woman' killed 1, 'three men' injured 3); Mykolaiv's water pumping station 'on 14 July' ('A drone' "
          "uncounted; 'caused no casualties' fills killed 0 and injured 0, rule 6); Norway's additional NOK 150 million "
          "in humanitarian aid announced 'On 17 July' (military_aid, held: aid of any cargo, rules 14 and 16; Norway and "
          "Ukraine). Not coded: the highlights (no date), the weekly national tally (no place), damaged health "
          "facilities (no place), convoys, the appeal's funding level.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [DNIPRO], day("2026-07-16", "before dawn on 16 July"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("Civilian casualties. The deadliest single incident of the week took place in Dnipro, where a missile and drone attack before dawn on 16 July killed seven civilians, a boy aged 12 among them, and left 41 others injured, according to the regional authorities."),
               killed=cnt(7, "seven civilians"), children_killed=cnt(1, "a boy aged 12"), injured=cnt(41, "41"),
               damage=["nine-storey residential building"], reported_by=["the regional authorities"]),
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2026-07-18", "on the afternoon of 18 July"),
               [{"type": "glide_bomb", "model": "KAB", "launched": cnt(2, "two")}],
               ev("In Kharkiv, two KAB guided bombs hit the Kyivskyi district on the afternoon of 18 July, killing two civilians and injuring 19, an infant among them, local authorities reported.",
                  "The blast wave shattered the windows of a kindergarten and a polyclinic."),
               killed=cnt(2, "two civilians"), injured=cnt(19, "19"), children_injured=cnt(1, "an infant"),
               damage=["kindergarten windows", "polyclinic windows"], reported_by=["local authorities"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-07-17", "on the morning of 17 July"), [{"type": "artillery"}],
               ev("In Kherson, Russian artillery fire on the Dniprovskyi district on the morning of 17 July killed a 63-year-old woman waiting at a bus stop and wounded three men."),
               killed=cnt(1, "a 63-year-old woman"), injured=cnt(3, "three men")),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Mykolaiv", "Mykolaiv", "Ukraine")], day("2026-07-14", "on 14 July"),
               [{"type": "drone"}],
               ev("Access to services. A drone struck a water pumping station in Mykolaiv on 14 July.",
                  "The strike caused no casualties, but some 60,000 residents had no running water for two days until repair crews restored supply; partners trucked in drinking water to schools and the children's hospital."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"), damage=["water pumping station"]),
    ],
    diplomacy=[
        dip("military_aid", ["Norway", "Ukraine"], day("2026-07-17", "On 17 July"), "held",
            "Norway announced an additional NOK 150 million in humanitarian aid for Ukraine, mostly for winter preparedness and heating repairs",
            ev("On 17 July, the Government of Norway announced an additional NOK 150 million in humanitarian aid for Ukraine, most of it for winter preparedness and repairs of heating systems.")),
    ])

# --------------------------------------------------------------------------- xe04
HQ04 = "\"Overnight, Tuapse came under attack by enemy UAVs."
MOD04 = "\"During the past night, duty air defence systems downed 52 Ukrainian UAVs, 31 of them above the Krasnodar Territory.\""
GOLD["xe04_channelwatch_telegram_roundup_july17"] = dict(
    notes="Translated roundup of Russian Telegram channels (Friday 17 July 2026). Coded, the night being 16-17 July "
          "(range, rule 11; attacker Ukraine, target Russia, rule 4): Tuapse 'Overnight' (UAV fragments set a "
          "processing unit of the refinery on fire; 'Nobody was injured' is injured 0 only, rule 6; the Krasnodar "
          "Territory's '31' goes on Tuapse, the one struck locality named in that region, rule 3, intercepted 31); the "
          "Defence Ministry's '52' downed 'During the past night' (the country record, rule 3 and 4, intercepted 52); "
          "Feodosia 'Overnight', told by the Russian-installed head of Crimea (target_country Russia, rule 12; wreckage "
          "of 'a drone', uncounted; 'Nobody was hurt', injured 0). Novaya Tavolzhanka in the Shebekino district 'This "
          "morning' (17 July, day; 'an FPV drone' uncounted; 'The driver' injured 1). Diplomacy: Peskov's word that the "
          "Russian delegation goes to Istanbul for talks with the Ukrainian side 'on 23 July' (talks, planned; Russia, "
          "Ukraine and Turkey, the host, rule 15). Not coded: the blogger's complaint, the fire put out and loading "
          "continuing (the same strike), the translator's note.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [TUAPSE], night(*NIGHT_0717, "Overnight"),
               [{"type": "drone", "intercepted": cnt(31, "31")}],
               ev(HQ04, "Nobody was injured.", MOD04),
               injured=cnt(0, "Nobody was injured"), damage=["refinery processing unit"],
               reported_by=["operational headquarters of the Krasnodar Territory", "Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*NIGHT_0717, "During the past night"),
               [{"type": "drone", "intercepted": cnt(52, "52")}],
               ev(MOD04), reported_by=["Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Feodosia", "Crimea", "Ukraine")], night(*NIGHT_0717, "Overnight"),
               [{"type": "drone"}],
               ev("\"Overnight, wreckage of a drone shot down over Feodosia damaged the roofs of two private houses.",
                  "Nobody was hurt."),
               injured=cnt(0, "Nobody was hurt"), damage=["roofs of two private houses"],
               reported_by=["Russian-installed head of Crimea"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novaya Tavolzhanka", "Belgorod", "Russia")],
               day("2026-07-17", "This morning"), [{"type": "drone"}],
               ev("\"This morning in the village of Novaya Tavolzhanka, Shebekino district, an FPV drone hit a civilian car.",
                  "The driver, a man, suffered fragment wounds to both legs; an ambulance brought him to the district hospital."),
               injured=cnt(1, "The driver"), damage=["civilian car"], reported_by=["governor of the Belgorod region"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2026-07-23", "on 23 July"), "planned",
            "The Russian delegation to go to Istanbul for the next round of direct talks with the Ukrainian side, Peskov said",
            ev("\"The Russian delegation will go to Istanbul for the next round of direct talks with the Ukrainian side on 23 July."),
            location=ISTANBUL),
    ])

# --------------------------------------------------------------------------- xe05
CALL05 = "On 23 July 2026, the Minister of Foreign Affairs of Ukraine spoke by telephone with his Japanese counterpart."
GOLD["xe05_mfa_readout_call_with_japan"] = dict(
    notes="Foreign ministry readout of a call (Friday 24 July 2026). Coded: the Russian missile strike on Odesa 'on the "
          "night of 22 July' (21-22 July, range, the usage of official reports, rule 11; 'Three Iskander-M missiles "
          "struck': counted weapons as the subject of the hit, launched 3, ballistic_missile by the model, rule 9; "
          "'three civilians' killed, '15' injured); the call itself 'On 23 July 2026' (phone_call, held; Ukraine and "
          "Japan); Japan's new package adopted 'on 21 July' (sanctions, held; Japan and Russia, rule 15); the third "
          "round of direct talks 'held in Istanbul the same day' (talks, held, 23 July; Ukraine, Russia and Turkey, "
          "thanked for hosting, rule 15); Japan's USD 30 million for humanitarian demining approved 'on 22 July' "
          "(military_aid, held, rules 14 and 16); the Ukrainian minister's visit to Tokyo agreed for 'September' "
          "(visit, planned, month; Ukraine and Japan). Not coded: the call on partners for air defence and the "
          "sanctions-pressure line (calls, rule 13), the Recovery Conference and the G7 (no event told), the invitation "
          "to companies, the reference paragraph's total since February 2022 (no single event).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ODESA], night("2026-07-21", "2026-07-22", "on the night of 22 July"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(3, "Three")}],
               ev("The Minister briefed his Japanese colleague on the Russian missile strike against Odesa carried out on the night of 22 July.",
                  "Three Iskander-M missiles struck the port district of the city, killing three civilians and injuring 15.",
                  "A passenger terminal, a warehouse of humanitarian grain and a hotel were damaged."),
               killed=cnt(3, "three civilians"), injured=cnt(15, "15"),
               damage=["passenger terminal", "warehouse of humanitarian grain", "hotel"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Japan"], day("2026-07-23", "On 23 July 2026"), "held",
            "Ukraine's foreign minister spoke by phone with Japan's foreign minister about sanctions, the Odesa strike, the Istanbul talks and demining aid",
            ev(CALL05)),
        dip("sanctions", ["Japan", "Russia"], day("2026-07-21", "on 21 July"), "held",
            "Japan adopted a package freezing the assets of 44 individuals and entities and widening its ban on exports of dual-use goods to Russia",
            ev("The Minister expressed gratitude to the Government of Japan for the new package of restrictive measures against Russia adopted on 21 July, which freezes the assets of 44 individuals and entities, among them suppliers of machine tools to the Russian defence industry, and widens the ban on exports of dual-use goods.")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-07-23", "the same day"), "held",
            "Third round of direct Ukrainian-Russian talks held in Istanbul, hosted by Turkey",
            ev(CALL05,
               "The parties discussed the outcome of the third round of direct Ukrainian-Russian talks held in Istanbul the same day.",
               "The Minister noted that the Ukrainian delegation had put humanitarian issues first, including a large swap of captured servicemen and the return of deported children, and that Ukraine was grateful to the Republic of Türkiye for hosting the meeting."),
            location=ISTANBUL),
        dip("military_aid", ["Japan", "Ukraine"], day("2026-07-22", "on 22 July"), "held",
            "Japan approved USD 30 million for humanitarian demining in Ukraine through JICA",
            ev("The Japanese Minister said that on 22 July his Government had approved USD 30 million for humanitarian demining in Ukraine, to be delivered through the Japan International Cooperation Agency, including equipment for clearing farmland in the Kharkiv and Kherson regions.")),
        dip("visit", ["Ukraine", "Japan"], month("2026-09-01", "2026-09-30", "in September"), "planned",
            "Ukraine's foreign minister to visit Tokyo for political consultations and the bilateral economic council",
            ev("The ministers agreed that the Minister of Foreign Affairs of Ukraine will visit Tokyo in September for political consultations and a meeting of the bilateral economic council."),
            location=loc("Tokyo", None, "Japan")),
    ])

# --------------------------------------------------------------------------- xe06
GOLD["xe06_complianceledger_sanctions_tracker_week30"] = dict(
    notes="Weekly sanctions tracker (Monday 27 July 2026, week of 20-26 July). Coded, each entry's heading date as its "
          "date (day, rule 11) and each listing a held `sanctions` record of the imposing state or organisation and "
          "Russia (rules 14 and 15): Japan 'Tuesday, 21 July' (38 individuals and six entities, 29 dual-use items); "
          "Canada 'Wednesday, 22 July' (17 shadow-fleet tankers, four managers); the United Kingdom 'Thursday, 23 July' "
          "(40 tankers, two traders, an insurer); the European Union 'Friday, 24 July' (120 more vessels, a lower price "
          "cap, 11 third-country banks). Not coded: 'no new designations' by the United States and its 'remain under "
          "review' (no event; a stance, rule 13), Slovakia's lifted objection (part of the EU's adoption), the watch list "
          "(expectations and intentions: stances), the dates on which measures take effect.",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["Japan", "Russia"], day("2026-07-21", "Tuesday, 21 July"), "held",
            "Japan froze the assets of 38 individuals and six entities and added 29 dual-use items to its export ban on Russia",
            ev("**Japan - Tuesday, 21 July.** Tokyo froze the assets of 38 individuals and six entities, most of them Russian and Central Asian suppliers of machine tools and electronic components, and added 29 items to its list of dual-use goods that may not be exported to Russia.")),
        dip("sanctions", ["Canada", "Russia"], day("2026-07-22", "Wednesday, 22 July"), "held",
            "Canada listed 17 shadow-fleet tankers and four shipping managers",
            ev("**Canada - Wednesday, 22 July.** Ottawa listed 17 tankers of Russia's shadow fleet under its special economic measures regulations, along with four shipping managers registered in Dubai and Hong Kong.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-07-23", "Thursday, 23 July"), "held",
            "The UK designated 40 more shadow-fleet tankers, two Dubai-based oil traders and a Russian insurer",
            ev("**United Kingdom - Thursday, 23 July.** London designated 40 more shadow-fleet tankers, two Dubai-based oil traders and a Russian insurer that had been covering ship-to-ship transfers off the Greek coast.")),
        dip("sanctions", ["European Union", "Russia"], day("2026-07-24", "Friday, 24 July"), "held",
            "The EU Council adopted a new sanctions package: 120 more vessels, a lower crude price cap, 11 third-country banks",
            ev("**European Union - Friday, 24 July.** The Council formally approved its latest round of Russia sanctions after Slovakia lifted its objection late on Thursday.",
               "It bans transactions with 120 more vessels, bringing the EU's list to more than 660 ships, lowers the price cap on Russian crude and adds 11 banks in third countries to the transaction ban.")),
    ])

# --------------------------------------------------------------------------- xe07
LEAD07 = ("On Thursday Ukraine and Russia traded 250 prisoners of war apiece under an Emirati-brokered deal, Ukraine's "
          "coordination headquarters for prisoners announced.")
GOLD["xe07_northernstar_prisoner_swap_corrected"] = dict(
    notes="Newspaper story with a correction appended (Friday 31 July 2026). Coded: the exchange 'On Thursday' (30 July, "
          "day; prisoner_exchange, held; Ukraine, Russia and the United Arab Emirates, which brokered it, rule 15; the "
          "correction's '205' is the wrong figure the article withdrew, and an exchange has no count field anyway); "
          "Zelensky's phone call with the UAE's president 'On Thursday evening' (phone_call, held; Ukraine and the "
          "United Arab Emirates); the Grad rockets on Nikopol 'On Thursday morning' (shelling_artillery, MLRS being "
          "artillery, model Grad, uncounted; 'a man of 71' killed 1, 'two women' injured 2; the Dnipropetrovsk region "
          "by the correction). Optional (background, rule 17): the direct talks in Istanbul 'last week' at which the swap "
          "was agreed (talks, held, week of 20-26 July; Ukraine, Russia, Turkey). Not coded: the battle for Mariupol in "
          "2022 (ground fighting, rule 5), Zelensky's readiness for an all-for-all exchange (a stance, rule 13), the "
          "Kremlin's silence, the 1,900 still held.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-07-30", "On Thursday morning"), [{"type": "artillery", "model": "Grad"}],
               ev("On Thursday morning, hours before the buses reached the border, Russian forces fired Grad multiple rocket launchers at Nikopol, killing a man of 71 and wounding two women, the regional governor said.",
                  "The shells also damaged a gas pipeline and a row of market stalls."),
               killed=cnt(1, "a man of 71"), injured=cnt(2, "two women"),
               damage=["gas pipeline", "market stalls"], reported_by=["the regional governor"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-07-30", "On Thursday"), "held",
            "Ukraine and Russia exchanged 250 prisoners of war each in a swap brokered by the UAE",
            ev(LEAD07)),
        dip("phone_call", ["Ukraine", "United Arab Emirates"], day("2026-07-30", "On Thursday evening"), "held",
            "Zelensky thanked the UAE's president by phone for mediating the exchange",
            ev("On Thursday evening President Volodymyr Zelensky thanked the president of the United Arab Emirates in a phone call for what he called \"patient and discreet\" mediation, his office said.")),
        opt(dip("talks", ["Ukraine", "Russia", "Turkey"], week("2026-07-20", "2026-07-26", "last week"), "held",
                "Direct talks in Istanbul at which the swap was agreed (background)",
                ev("Negotiators agreed the swap at the direct talks in Istanbul last week, and officials on both sides had said a list was being finalised."),
                location=ISTANBUL)),
    ])

# --------------------------------------------------------------------------- xe08
GOLD["xe08_lensdesk_kharkiv_photo_essay"] = dict(
    notes="Photo essay with numbered captions (Monday 3 August 2026); every place is Kharkiv, named in the introduction "
          "(each district stays on the city's record, rule 1). Coded: Picture 1, the Kyivskyi district 'on 18 July' "
          "('two guided bombs struck': launched 2, rule 9; glide_bomb; 'Two people' killed, '16' hurt, this article's "
          "own figures, rule 6); Picture 3, the printing house's warehouse 'that Tuesday afternoon' (28 July, day; 'A "
          "KAB-500 glide bomb' uncounted; 'nobody was injured' is injured 0 only, rule 6); Picture 5, Saltivka 'in the "
          "small hours of 1 August' ('a Shahed kamikaze drone' uncounted; 'Three residents' killed, 'a girl of 13' among "
          "them, children_killed 1, 'nine' injured); Picture 9, the regional administration building 'hit by a missile "
          "in March 2022' (background with a place and a date: required, rule 5; month). Diplomacy: Germany's foreign "
          "minister's one-day visit to Kharkiv 'on 1 August' (visit, held; Germany and Ukraine; the meeting with the "
          "mayor is part of the visit, rule 14). Not coded: the nightly shelter count, the field kitchen, the school "
          "taught underground since 2023 (no strike told), the promise of generators (a promise inside the visit, no "
          "aid decision).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2026-07-18", "on 18 July"),
               [{"type": "glide_bomb", "launched": cnt(2, "two")}],
               ev("**Picture 1.** A rescuer carries a child's bicycle out of a courtyard in the Kyivskyi district on 18 July, minutes after two guided bombs struck nearby.",
                  "Two people died there and 16 were hurt, city officials said at the time."),
               killed=cnt(2, "Two people"), injured=cnt(16, "16"), reported_by=["city officials"]),
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2026-07-28", "that Tuesday afternoon"),
               [{"type": "glide_bomb", "model": "KAB-500"}],
               ev("**Picture 3.** Staff of a printing house stack damaged school textbooks in the yard on 28 July.",
                  "A KAB-500 glide bomb hit the plant's warehouse that Tuesday afternoon; nobody was injured, because the shift had ended an hour earlier."),
               injured=cnt(0, "nobody was injured"), damage=["printing house warehouse", "school textbooks"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KHARKIV], day("2026-08-01", "in the small hours of 1 August"),
               [{"type": "drone", "model": "Shahed"}],
               ev("**Picture 5.** Firefighters on an extended ladder at a 16-storey block in Saltivka in the small hours of 1 August, after a Shahed kamikaze drone crashed into its upper floors.",
                  "Three residents were killed, a girl of 13 among them, and nine were injured, the regional governor said."),
               killed=cnt(3, "Three residents"), children_killed=cnt(1, "a girl of 13"), injured=cnt(9, "nine"),
               damage=["16-storey block"], reported_by=["the regional governor"]),
        attack("Russia", "Ukraine", "missile_strike", [KHARKIV], month("2022-03-01", "2022-03-31", "in March 2022"),
               [{"type": "missile"}],
               ev("**Picture 9.** The sunset over Freedom Square, from the roof of the regional administration building, which was itself hit by a missile in March 2022 and is still being repaired."),
               damage=["regional administration building"]),
    ],
    diplomacy=[
        dip("visit", ["Germany", "Ukraine"], day("2026-08-01", "on 1 August"), "held",
            "Germany's foreign minister made a one-day visit to Kharkiv, laid flowers at the Saltivka block and met the mayor",
            ev("**Picture 6.** Germany's foreign minister lays flowers outside the Saltivka block on 1 August, during a one-day visit to Kharkiv.",
               "At the city hall he met the mayor and promised German help with generators and the repair of Kharkiv's district heating network ahead of the cold months."),
            location=KHARKIV),
    ])

# --------------------------------------------------------------------------- xe09
MIN09 = ("That attack, carried out with Iskander ballistic missiles against the port of Odesa, killed four civilians, one "
         "of them a dock crane operator, and damaged a grain warehouse that Australia helped to stock through the World "
         "Food Programme.")
LIST09 = ("Those listings follow the European Union's new package, adopted on 24 July, and the United Kingdom's "
          "designation of 40 tankers the day before that.")
GOLD["xe09_canberrahansard_question_time_ukraine"] = dict(
    notes="Parliamentary question time, Australia's House of Representatives (Tuesday 4 August 2026). Coded: the missile "
          "strike on Odesa 'on the night of 21 to 22 July' (range, rule 11; 'Iskander ballistic missiles' uncounted, "
          "missile_strike; 'four civilians' killed, this article's figure, rule 6); Australia's listing of 27 vessels "
          "and three companies 'On Monday' (3 August; sanctions, held; Australia and Russia); the EU's package 'adopted "
          "on 24 July' and the UK's designation of 40 tankers 'the day before that' (23 July; sanctions, held, each "
          "with Russia, rule 15); the exchange 'last Thursday' (30 July; prisoner_exchange, held; Ukraine, Russia and "
          "the United Arab Emirates, its mediator, rule 15); the $95 million package approved 'today' (military_aid, "
          "held, rule 16; Australia and Ukraine); the coalition of the willing's leaders' meeting in Rome 'on 10 "
          "September' (summit, planned, rule 14; the coalition of the willing and Italy, the state of the city, rule "
          "15). Not coded: the questions' framing, the condemnation, the Prime Minister's intention to take part (a "
          "stance inside the planned summit), 'our position ... has not changed'.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ODESA], night("2026-07-21", "2026-07-22", "on the night of 21 to 22 July"),
               [{"type": "ballistic_missile", "model": "Iskander"}],
               ev("Can the minister update the House on the government's response to Russia's continuing attacks on Ukrainian cities, including the missile strike on Odesa on the night of 21 to 22 July?",
                  MIN09),
               killed=cnt(4, "four civilians"), damage=["grain warehouse"],
               reported_by=["THE MINISTER FOR FOREIGN AFFAIRS"]),
    ],
    diplomacy=[
        dip("sanctions", ["Australia", "Russia"], day("2026-08-03", "On Monday"), "held",
            "Australia listed 27 further shadow-fleet vessels and three companies managing them",
            ev("On Monday, I listed 27 further vessels of Russia's shadow fleet and three companies that manage them under our autonomous sanctions framework.")),
        dip("sanctions", ["European Union", "Russia"], day("2026-07-24", "on 24 July"), "held",
            "The EU adopted a new sanctions package", ev(LIST09)),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-07-23", "the day before that"), "held",
            "The UK designated 40 tankers", ev(LIST09)),
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-07-30", "last Thursday"), "held",
            "Ukraine and Russia exchanged 500 prisoners, mediated by the UAE",
            ev("Given that Ukraine and Russia exchanged 500 prisoners last Thursday, does the government accept that negotiations are now the main track, and what is Australia doing to support them?",
               "I welcome the exchange last Thursday, and I acknowledge the role of the United Arab Emirates in mediating it.")),
        dip("military_aid", ["Australia", "Ukraine"], day("2026-08-04", "today"), "held",
            "Australia's defence minister approved a further $95 million package with 30 Bushmaster vehicles and drone-detection equipment",
            ev("That is why I can inform the House that today the Minister for Defence has approved a further $95 million package for Ukraine, including 30 more Bushmaster protected vehicles and drone-detection equipment.")),
        dip("summit", ["coalition of the willing", "Italy"], day("2026-09-10", "on 10 September"), "planned",
            "Leaders of the coalition of the willing to meet in Rome",
            ev("Will Australia be represented when coalition of the willing leaders gather in Rome on 10 September?"),
            location=loc("Rome", None, "Italy")),
    ])

# --------------------------------------------------------------------------- xe10
GOLD["xe10_shorelinegazette_jellyfish_lightning_control"] = dict(
    notes="Local coastal newspaper (Saturday 8 August 2026): **control, no record at all.** The war-like words are "
          "figurative or name non-war events: a jellyfish 'invasion', a 'lightning strike' on a church spire with "
          "'Nobody was hurt' (a storm, no attacker), a 'bidding war' and a 'bombshell', 'Negotiations' over mooring "
          "fees that 'collapsed' and a return 'to the table' (not states), honeybee 'drones', a football 'blitz', a "
          "'30-yard missile' and 'a full-scale assault' on a goalkeeper, a fell race to 'the summit', and 'the only "
          "casualties' a twisted ankle and a lost shoe.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("ukraine-night-2026-07-16", "Russia's drones and missiles against Ukraine, night of 15-16 July 2026 (country figures)",
     [("xe01_kestrelwire_dnipro_update2", "attack", 1),
      ("xe02_eastgate_daily_assessment_july16", "attack", 0)]),
    ("dnipro-2026-07-16", "Russian missile (and drone) strike on a residential block in Dnipro, night of 15-16 July 2026",
     [("xe01_kestrelwire_dnipro_update2", "attack", 0),
      ("xe02_eastgate_daily_assessment_july16", "attack", 1),
      ("xe03_humanitarianhub_sitrep_no29", "attack", 0)]),
    ("zelensky-erdogan-call-2026-07-16", "Zelensky's phone call with Erdogan, 16 July 2026",
     [("xe01_kestrelwire_dnipro_update2", "diplomacy", 0),
      ("xe02_eastgate_daily_assessment_july16", "diplomacy", 1)]),
    ("tuapse-refinery-2026-07-17", "Ukrainian drones set Tuapse's refinery on fire, night of 16-17 July 2026",
     [("xe02_eastgate_daily_assessment_july16", "attack", 2),
      ("xe04_channelwatch_telegram_roundup_july17", "attack", 0)]),
    ("russia-mod-tally-2026-07-17", "Russian Defence Ministry's tally of Ukrainian drones downed, night of 16-17 July 2026",
     [("xe02_eastgate_daily_assessment_july16", "attack", 3),
      ("xe04_channelwatch_telegram_roundup_july17", "attack", 1)]),
    ("istanbul-talks-2026-07-23", "Third round of direct Russian-Ukrainian talks in Istanbul, 23 July 2026 (planned, then held)",
     [("xe02_eastgate_daily_assessment_july16", "diplomacy", 0),
      ("xe04_channelwatch_telegram_roundup_july17", "diplomacy", 0),
      ("xe05_mfa_readout_call_with_japan", "diplomacy", 2)]),
    ("kharkiv-glide-2026-07-18", "Russian guided bombs on Kharkiv's Kyivskyi district, 18 July 2026",
     [("xe03_humanitarianhub_sitrep_no29", "attack", 1),
      ("xe08_lensdesk_kharkiv_photo_essay", "attack", 0)]),
    ("odesa-iskander-2026-07-22", "Russian Iskander missiles on Odesa's port district, night of 21-22 July 2026",
     [("xe05_mfa_readout_call_with_japan", "attack", 0),
      ("xe09_canberrahansard_question_time_ukraine", "attack", 0)]),
    ("japan-sanctions-2026-07-21", "Japan's new sanctions package against Russia, 21 July 2026",
     [("xe05_mfa_readout_call_with_japan", "diplomacy", 1),
      ("xe06_complianceledger_sanctions_tracker_week30", "diplomacy", 0)]),
    ("uk-sanctions-2026-07-23", "UK designation of 40 shadow-fleet tankers, 23 July 2026",
     [("xe06_complianceledger_sanctions_tracker_week30", "diplomacy", 2),
      ("xe09_canberrahansard_question_time_ukraine", "diplomacy", 2)]),
    ("eu-package-2026-07-24", "EU sanctions package against Russia adopted, 24 July 2026",
     [("xe06_complianceledger_sanctions_tracker_week30", "diplomacy", 3),
      ("xe09_canberrahansard_question_time_ukraine", "diplomacy", 1)]),
    ("prisoner-exchange-2026-07-30", "UAE-brokered exchange of 250 prisoners of war each, 30 July 2026",
     [("xe07_northernstar_prisoner_swap_corrected", "diplomacy", 0),
      ("xe09_canberrahansard_question_time_ukraine", "diplomacy", 3)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev56 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV56 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV56, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
