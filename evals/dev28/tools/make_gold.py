"""Write evals/dev28/gold/*.json (and gold/clusters.json) from the compact labels below (quotes only;
offsets come from evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV28 = ROOT / "evals" / "dev28"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, year, opt  # noqa: E402


def span(a: str, b: str, precision: str, text: str) -> dict:
    """A date known only as a span of days ("over the weekend", "in spring 2025")."""
    return {"start": a, "end": b, "precision": precision, "text": text}


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yc01
N0506 = night("2026-05-05", "2026-05-06", "overnight")
GOLD["yc01_wire_odesa_port_night"] = dict(
    notes="Wire story (Wednesday 6 May): drones and ballistic missiles on Odesa overnight ('Two people' killed, "
          "'eleven' wounded, 'A girl of 12' among them: children_injured 1; warehouse, apartment block, power lines "
          "damaged; rule 1); the night's national figures (118 drones / 97 downed; four Iskander-M, 'Of the four missiles, "
          "none was brought down': intercepted 0 as an explicit zero, rules 3, 6, 9) on a country record; the "
          "background drone on a school in Odesa 'on April 28' (place and date: coded, rule 5; 'nobody was hurt': "
          "injured 0, rule 6). Not coded: Russia's claim of strikes on 'energy infrastructure facilities' (no place, "
          "no count), the port's suspended loading, Zelensky's appeal for interceptors (demand, rule 13), the grain "
          "arrangement of 2023 (no attack, no dated event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], N0506,
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("Two people were killed and eleven wounded when Russian drones and ballistic missiles slammed into Odesa, Ukraine's biggest seaport, overnight, damaging a port warehouse, a nine-storey apartment block and overhead power lines, Oleh Kiper, governor of the surrounding region, said on Wednesday.",
                  "A girl of 12, one of the wounded, was pulled from the rubble of a collapsed balcony and taken to hospital in a serious condition, Kiper said in a video posted on Telegram."),
               killed=cnt(2, "Two people"), injured=cnt(11, "eleven"), children_injured=cnt(1, "A girl of 12"),
               damage=["port warehouse", "apartment block", "power lines"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-05-05", "2026-05-06", "during the night"),
               [{"type": "drone", "launched": cnt(118, "118"), "intercepted": cnt(97, "97")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(4, "four"),
                 "intercepted": cnt(0, "none was brought down")}],
               ev("Nationwide, Russia used 118 attack drones plus four ballistic Iskander-M missiles during the night, according to a morning tally from Ukraine's air force.",
                  "Air defence units destroyed or jammed 97 of the drones.",
                  "Of the four missiles, none was brought down, the air force added, giving no reason."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")], day("2026-04-28", "on April 28"),
               [{"type": "drone"}],
               ev("Odesa was last hit on April 28, when a single drone damaged a school gymnasium in the Kyivskyi district; nobody was hurt that time."),
               injured=cnt(0, "nobody was hurt"), damage=["school gymnasium"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yc02
GOLD["yc02_ukrainianoutlet_odesa_tajani"] = dict(
    notes="Ukrainian online outlet (Wednesday 6 May, update at 16:10): the night's attack on Odesa (first figure "
          "here 'three' killed, 'Twelve people' wounded, rule 6; Shahed-type drones and ballistic missiles; the same "
          "event as yc01's, clusters.json); drone debris on a house in Nova Nekrasivka 'Late on Tuesday evening' "
          "('nobody was injured': injured 0); the background drone on an Odesa school 'On April 28' (same event as "
          "yc01's background record) and missiles on Chornomorsk 'On the night of April 19' (one killed, four "
          "injured; rule 5); Tajani's visit to Odesa on Wednesday (visit, held; his sit-down with Sybiha is part of "
          "it, rule 14) and the 45 million euros he announced (military_aid, held, rule 16). Optional: the planned "
          "Kyiv leg on Thursday (could be read as the same visit), the Rome reconstruction conference of July last "
          "year (background, rule 17). Not coded: Sybiha's call on partners about frozen assets (demand, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-05-05", "2026-05-06", "night-time"),
               [{"type": "drone", "model": "Shahed"}, {"type": "ballistic_missile"}],
               ev("The number of people killed in the night-time Russian attack on Odesa has risen to three, regional chief Oleh Kiper reported at 16:10.",
                  "Twelve people are now listed as wounded.",
                  "A warehouse on the territory of the port, a high-rise residential building and a power line were damaged; several cars burned out in a courtyard in Peresyp."),
               killed=cnt(3, "three"), injured=cnt(12, "Twelve people"),
               damage=["port warehouse", "residential building", "power line", "cars"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Nova Nekrasivka", "Odesa", "Ukraine")],
               day("2026-05-05", "Late on Tuesday evening"), [{"type": "drone"}],
               ev("Late on Tuesday evening, falling fragments of a drone shot down over the Izmail district set a family home alight in Nova Nekrasivka.",
                  "The blaze was put out quickly and nobody was injured, the district administration reported."),
               injured=cnt(0, "nobody was injured"), damage=["private house"], reported_by=["Izmail district administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")], day("2026-04-28", "On April 28"),
               [{"type": "drone"}],
               ev("On April 28, a Russian drone damaged the gym of a school in the Kyivskyi district."),
               damage=["school gym"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Chornomorsk", "Odesa", "Ukraine")],
               night("2026-04-18", "2026-04-19", "On the night of April 19"), [{"type": "missile"}],
               ev("On the night of April 19, missiles hit a grain terminal in the neighbouring port of Chornomorsk, killing one worker and injuring four."),
               killed=cnt(1, "one worker"), injured=cnt(4, "four"), damage=["grain terminal"]),
    ],
    diplomacy=[
        dip("visit", ["Italy", "Ukraine"], day("2026-05-06", "on Wednesday morning"), "held",
            "Italian Foreign Minister Antonio Tajani's unannounced visit to Odesa; he met Andrii Sybiha",
            ev("Italy's foreign minister Antonio Tajani arrived in Odesa on Wednesday morning on an unannounced visit, only a few hours after the attack.",
               "He laid flowers at the port gates and then sat down with Ukraine's foreign minister Andrii Sybiha at the regional administration building."),
            location=loc("Odesa", "Odesa", "Ukraine")),
        dip("military_aid", ["Italy", "Ukraine"], day("2026-05-06", "on Wednesday morning"), "held",
            "Italy to hand over a further 45 million euros to rebuild Ukraine's energy facilities, including two mobile gas turbines for Odesa",
            ev("At a joint press conference, Tajani announced that Rome would hand over a further 45 million euros to rebuild Ukraine's damaged energy facilities, including two mobile gas turbines for Odesa.")),
        dip("visit", ["Italy", "Ukraine"], day("2026-05-07", "on Thursday"), "planned",
            "Tajani expected in Kyiv, a meeting with Zelensky planned",
            ev("Tajani is expected to continue to Kyiv on Thursday, where a meeting with President Volodymyr Zelensky is planned, the Italian embassy said."),
            location=loc("Kyiv", "Kyiv", "Ukraine"), optional=True),
        dip("meeting", ["Italy", "Ukraine"], month("2025-07-01", "2025-07-31", "in July last year"), "held",
            "The reconstruction conference Rome hosted",
            ev("Sybiha thanked Italy and said the two ministers had also discussed Italy's role in the reconstruction conference that Rome hosted in July last year."),
            location=loc("Rome", None, "Italy"), optional=True),
    ])

# --------------------------------------------------------------------------- yc03
YC03_MOD = ("Russia's defence ministry said on Thursday morning that air defences had destroyed 63 Ukrainian drones over "
            "the Kursk, Bryansk, Belgorod and Oryol regions during the night.")
GOLD["yc03_russianregional_belgorod_border_villages"] = dict(
    notes="Russian regional outlet in English (Thursday 13 August): Ukrainian shelling of Murom 'on Wednesday "
          "afternoon' (a 71-year-old woman wounded; houses, a shop, a gas pipeline damaged; attacker by rule 12); a "
          "drone on a tractor near Zhuravlevka 'early on Thursday' ('no one was hurt': injured 0, rule 6); artillery "
          "on Tetkino 'overnight' (two men injured); the ministry's 63 drones destroyed over four regions 'during "
          "the night' (a tally over several regions: one country record, rule 3; the same event as yc10's, "
          "clusters.json). Not coded: the year's regional toll (46 killed, more than 400 wounded: a statistic, no "
          "one attack), compensation claims, a deputy's remark.",
    attacks=[
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Murom", "Belgorod Oblast", "Russia")],
               day("2026-08-12", "on Wednesday afternoon"), [{"type": "artillery"}],
               ev("A 71-year-old woman tending her vegetable patch was wounded on Wednesday afternoon when Ukrainian artillery hit Murom, a village of the Shebekino district, according to a Telegram post by Belgorod governor Vyacheslav Gladkov.",
                  "According to Gladkov, shell fragments damaged three private houses, a grocery and a gas main in Murom, which lies about two kilometres from the border."),
               injured=cnt(1, "A 71-year-old woman"), damage=["private houses", "grocery", "gas main"],
               reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Zhuravlevka", "Belgorod Oblast", "Russia")],
               day("2026-08-13", "early on Thursday"), [{"type": "drone"}],
               ev("In the neighbouring Grayvoron district, a drone released a small bomb over a tractor near the village of Zhuravlevka early on Thursday.",
                  "The driver managed to jump out before the blast, and no one was hurt, the governor said."),
               injured=cnt(0, "no one was hurt"), damage=["tractor"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Tetkino", "Kursk Oblast", "Russia")],
               night("2026-08-12", "2026-08-13", "overnight"), [{"type": "artillery"}],
               ev("Governor Alexander Khinshtein said the village of Tetkino in the Glushkovo district had been hit by artillery twice overnight; two men were injured and eight homes and a school canteen lost their windows and roofs."),
               injured=cnt(2, "two men"), damage=["homes", "school canteen"], reported_by=["Alexander Khinshtein"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-08-12", "2026-08-13", "during the night"),
               [{"type": "drone", "intercepted": cnt(63, "63")}], ev(YC03_MOD),
               reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yc10
GOLD["yc10_statement_russian_mod_daily"] = dict(
    notes="Translated daily statement of Russia's defence ministry (13 August): the 63 'aircraft-type unmanned aerial "
          "vehicles' destroyed 'During the past night' over four regions (country record Russia, rules 3 and 4; the "
          "same event as yc03's, clusters.json); the Iskander-M strike on a storage site near Ochakiv 'In the "
          "morning of 12 August' (attack in Ukraine with a place: rule 5's last clause; 'Up to 30 enemy personnel "
          "... eliminated' is not coded as killed: 'eliminated' mixes killed and wounded, and the 'sea drone' means "
          "are targets, not weapons launched). Optional: the day's air-defence tally (four JDAM bombs, one HIMARS "
          "shell, 311 drones) with no place and no side of the line (rule 4 against rule 5's front-wide tallies). "
          "Not coded: strikes 'in 147 districts' (no place), the groups of forces' gains and the enemy's losses "
          "(ground fighting, rule 5), the cumulative totals since 2022.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-08-12", "2026-08-13", "During the past night"),
               [{"type": "drone", "intercepted": cnt(63, "63")}],
               ev("During the past night, the Kyiv regime attempted to carry out terrorist attacks with aircraft-type drones against facilities inside Russia.",
                  "Air defence means on combat duty destroyed 63 Ukrainian unmanned aerial vehicles above the Kursk, Bryansk, Belgorod and Oryol regions."),
               reported_by=["Russian defence ministry"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Ochakiv", "Mykolaiv", "Ukraine")],
               day("2026-08-12", "In the morning of 12 August"), [{"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("In the morning of 12 August, a strike by the Iskander-M operational-tactical missile system destroyed a storage site for unmanned boats of the Ukrainian armed forces near the settlement of Ochakiv, Mykolaiv region."),
               damage=["storage site for unmanned boats"], reported_by=["Russian defence ministry"]),
        opt(attack("Ukraine", "Russia", "other", [RU], night("2026-08-12", "2026-08-13", "In the course of the day"),
                   [{"type": "glide_bomb", "model": "JDAM", "intercepted": cnt(4, "four")},
                    {"type": "other", "model": "HIMARS", "intercepted": cnt(1, "one")},
                    {"type": "drone", "intercepted": cnt(311, "311")}],
                   ev("In the course of the day, air defence means also shot down four guided aerial bombs of the JDAM type, one HIMARS multiple-launch rocket system shell and 311 fixed-wing unmanned aerial vehicles."),
                   reported_by=["Russian defence ministry"])),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yc04
ISTANBUL = loc("Istanbul", None, "Turkey")
GOLD["yc04_broadcaster_witkoff_shuttle_istanbul"] = dict(
    notes="US broadcaster's website (Thursday 12 November): Witkoff's talks with Putin in Moscow 'on Monday' and with "
          "Zelenskyy in Kyiv 'on Wednesday' (two talks records, the article calls both talks, rule 14); the next "
          "round of direct Russian-Ukrainian negotiations Turkey was to host in Istanbul 'on Nov. 17', put off with "
          "no new date (stalled, dated by the day planned for, Turkey a participant as host: rules 11, 15, 16; the "
          "same event as yc05's, clusters.json); Russian drones on Kyiv 'overnight into Tuesday' (seven injured, "
          "'a 15-year-old boy': children_injured 1). Optional: the three Istanbul rounds 'last year' (background, "
          "rule 17). Not coded: Trump's remarks and his unsaid call (stances), senators' conditional vote plan "
          "(domestic, no date), Ukraine's reply (reaction), sirens with no strike.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kyiv", "Kyiv", "Ukraine")],
               night("2026-11-09", "2026-11-10", "overnight into Tuesday"), [{"type": "drone"}],
               ev("Russian drones struck the Darnytskyi and Dniprovskyi districts overnight into Tuesday, injuring seven people, including a 15-year-old boy, and setting fire to a supermarket and two apartment buildings, said Tymur Tkachenko, the head of Kyiv's military administration."),
               injured=cnt(7, "seven people"), children_injured=cnt(1, "a 15-year-old boy"),
               damage=["supermarket", "apartment buildings"], reported_by=["Tymur Tkachenko"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Russia"], day("2026-11-09", "on Monday"), "held",
            "Special envoy Steve Witkoff's talks with Vladimir Putin and Yuri Ushakov at the Kremlin",
            ev("Witkoff held nearly five hours of talks with Vladimir Putin on Monday in the Kremlin, joined by Putin's foreign policy aide Yuri Ushakov, according to a readout from the Russian side."),
            location=loc("Moscow", None, "Russia")),
        dip("talks", ["United States", "Ukraine"], day("2026-11-11", "on Wednesday"), "held",
            "Witkoff's talks with Volodymyr Zelenskyy and his chief of staff in Kyiv",
            ev("He then flew to Kyiv via Rzeszów, Poland, and held talks with Ukrainian President Volodymyr Zelenskyy and his chief of staff on Wednesday."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2026-11-17", "on Nov. 17"), "stalled",
            "The next round of direct Russian-Ukrainian negotiations in Istanbul, put off with no new date",
            ev("The Kremlin spokesman, however, told reporters in Moscow on Wednesday that the next round of direct Russian-Ukrainian negotiations, which Turkey had been due to host in Istanbul on Nov. 17, \"will not take place on that date.\"",
               "No new date has been set, he added, blaming \"Kyiv's refusal to discuss realities on the ground.\""),
            location=ISTANBUL),
        dip("talks", ["Russia", "Ukraine", "Turkey"], year(2025, "last year"), "held",
            "The three rounds of direct talks held in Istanbul",
            ev("The three rounds of direct talks held in Istanbul last year produced large prisoner exchanges but no movement on a ceasefire."),
            location=ISTANBUL, optional=True),
    ])

# --------------------------------------------------------------------------- yc05
GOLD["yc05_turkishdaily_erdogan_call_istanbul_delay"] = dict(
    notes="Turkish daily in English (Thursday 12 November): the Turkish president's call with Putin 'on Wednesday "
          "evening' (phone_call, held); the Istanbul round 'on Nov. 17' that 'would not be held' with no "
          "alternative date (stalled, Turkey a participant as host: rules 11, 15, 16; the same event as yc04's, "
          "clusters.json); Fidan's trip to Kyiv 'on Monday' for talks with Sybiha (talks, planned: a "
          "minister's trip told by its purpose of meeting, which the article calls a 'trip', not a visit; the visit "
          "optional, rule 14 and its afternoon ruling; relabelled 2 December, evening); Türkiye's written offer to both capitals 'last "
          "week' to host a Putin-Zelenskyy meeting (summit, proposed, rule 13). Optional: the 84-for-84 exchange "
          "'on Oct. 30' and the 2025 Istanbul talks (background, rule 17). Not coded: 'stands ready to host the "
          "parties at any level' (stance, rule 13), the Kremlin's readout topics, an analyst's quote, gas prices, "
          "trade figures.",
    attacks=[],
    diplomacy=[
        dip("phone_call", ["Turkey", "Russia"], day("2026-11-11", "on Wednesday evening"), "held",
            "The Turkish president spoke with Vladimir Putin about the delayed Istanbul round",
            ev("The Turkish president spoke by telephone with Russian President Vladimir Putin on Wednesday evening, hours after Moscow said a round of Russian-Ukrainian negotiations planned for Istanbul next week would not go ahead, the presidency's communications office said.")),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2026-11-17", "on Nov. 17"), "stalled",
            "Round of Russian-Ukrainian negotiations in Istanbul called off for its date, no alternative proposed",
            ev("Preparations at Dolmabahçe Palace, where earlier rounds took place, were halted on Wednesday afternoon after the Kremlin spokesman said the meeting would not be held on Nov. 17.",
               "Diplomatic sources in Ankara said neither delegation had proposed an alternative date."),
            location=ISTANBUL),
        dip("visit", ["Turkey", "Ukraine"], day("2026-11-16", "on Monday"), "planned",
            "Foreign Minister Hakan Fidan to travel to Kyiv for talks with Andrii Sybiha",
            ev("Foreign Minister Hakan Fidan will travel to Kyiv on Monday to hold talks with Andrii Sybiha, Ukraine's top diplomat, the ministry announced on Thursday."),
            location=loc("Kyiv", "Kyiv", "Ukraine"), optional=True),
        dip("talks", ["Turkey", "Ukraine"], day("2026-11-16", "on Monday"), "planned",
            "Fidan's talks with Sybiha in Kyiv",
            ev("Foreign Minister Hakan Fidan will travel to Kyiv on Monday to hold talks with Andrii Sybiha, Ukraine's top diplomat, the ministry announced on Thursday."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("summit", ["Turkey", "Russia", "Ukraine"], week("2026-11-02", "2026-11-08", "last week"), "proposed",
            "Türkiye's written offer to host a Putin-Zelenskyy meeting in Istanbul before the end of the year",
            ev("Officials in Ankara also confirmed that Türkiye had formally offered, in letters delivered to both Moscow and Kyiv last week, to host Putin and Ukrainian President Volodymyr Zelenskyy for a meeting in Istanbul before the end of the year."),
            location=ISTANBUL),
        dip("prisoner_exchange", ["Russia", "Ukraine", "Turkey"], day("2026-10-30", "on Oct. 30"), "held",
            "Turkish-brokered swap of 84 prisoners for 84 on the Belarusian border",
            ev("Istanbul talks in 2025 led to the largest prisoner exchanges of the war, and a Turkish-brokered swap of 84 prisoners for 84 was carried out at a crossing on the Belarus-Ukraine frontier on Oct. 30, according to both sides."),
            optional=True),
        dip("talks", ["Russia", "Ukraine", "Turkey"], year(2025, "in 2025"), "held",
            "Istanbul talks in 2025",
            ev("Istanbul talks in 2025 led to the largest prisoner exchanges of the war, and a Turkish-brokered swap of 84 prisoners for 84 was carried out at a crossing on the Belarus-Ukraine frontier on Oct. 30, according to both sides."),
            location=ISTANBUL, optional=True),
    ])

# --------------------------------------------------------------------------- yc06
N0901 = night("2026-08-31", "2026-09-01", "overnight into Tuesday")
GOLD["yc06_polishportal_drone_charge_summoned"] = dict(
    notes="Polish portal in English (Wednesday 2 September): Poland's summons of Russia's chargé d'affaires 'on "
          "Tuesday' with a note of protest (diplomatic_protest, held); the night's attack on western Ukraine "
          "'overnight into Tuesday': a drone on a warehouse in Lviv ('no one was killed or injured': killed 0 and "
          "injured 0, rule 6), wreckage of a downed drone on a kindergarten and houses in Lutsk (its own city "
          "record, rule 1), the air force's national figures (142 drones / 126, 11 Kh-101 cruise missiles / nine: "
          "country record, rules 3 and 9); Britain's sanctions on 27 tankers and two traders 'on Tuesday' (held); "
          "EU foreign ministers' meeting in Brussels 'on Monday' (meeting, planned). Not coded: the drone that came "
          "down near Hrubieszów (an airspace incident in Poland, no attack on a place there; 'Nobody on the ground "
          "was hurt'), Sikorski's post and the ministry's intention to raise it at NATO (statements, no event), "
          "the next EU package (not yet put forward), a farmer's quote, defence spending.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Lviv", "Lviv", "Ukraine")], N0901, [{"type": "drone"}],
               ev("Across the border, drones and cruise missiles targeted the Lviv and Volyn regions overnight into Tuesday.",
                  "In Lviv, a drone hit a logistics warehouse on the city's northern outskirts and started a fire that burned for several hours; no one was killed or injured, mayor Andriy Sadovyi said."),
               killed=cnt(0, "no one was killed"), injured=cnt(0, "no one was killed or injured"),
               damage=["logistics warehouse"], reported_by=["Andriy Sadovyi"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Lutsk", "Volyn", "Ukraine")], N0901, [{"type": "drone"}],
               ev("In Lutsk, parts of an intercepted drone tore through the roof of a kindergarten and hit two private houses, regional head Ivan Rudnytskyi said."),
               damage=["kindergarten", "private houses"], reported_by=["Ivan Rudnytskyi"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0901,
               [{"type": "drone", "launched": cnt(142, "142"), "intercepted": cnt(126, "126")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(11, "11"), "intercepted": cnt(9, "nine")}],
               ev("Across the border, drones and cruise missiles targeted the Lviv and Volyn regions overnight into Tuesday.",
                  "According to Ukraine's air force, the attack involved 142 drones and 11 Kh-101 cruise missiles, of which 126 drones and nine missiles were shot down or suppressed."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Poland", "Russia"], day("2026-09-01", "on Tuesday"), "held",
            "Poland's foreign ministry summoned Russian chargé d'affaires Georgy Mikhno and handed him a protest note over a drone that came down near Hrubieszów",
            ev("Georgy Mikhno, who heads Russia's embassy in Warsaw as chargé d'affaires, was called in to the Polish foreign ministry on Tuesday and given a formal protest note after a Russian attack drone came down in a cornfield outside Hrubieszów, close to the Ukrainian border, during the night.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-09-01", "on Tuesday"), "held",
            "UK sanctions on 27 oil tankers and two Dubai-based traders",
            ev("Britain on Tuesday announced sanctions on 27 oil tankers and two Dubai-based traders that it said help Russia ship crude around Western price caps.")),
        dip("meeting", ["European Union"], day("2026-09-07", "on Monday"), "planned",
            "EU foreign ministers meet in Brussels with the next sanctions package on the table",
            ev("EU foreign ministers gather in Brussels on Monday, when the bloc's next sanctions package, expected to target Russian liquefied natural gas and more tankers, will be on the table."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- yc07
GOLD["yc07_nordicoutlet_denmark_pledge_kharkiv"] = dict(
    notes="Nordic outlet (Wednesday 7 October): Denmark's 1.6 billion kroner air-defence package announced 'on "
          "Tuesday' (military_aid, held: the decision is the event, rules 14 and 16); Germany's fourth IRIS-T SLM "
          "handed over 'over the weekend' (military_aid, held); Poulsen's meeting with his Swedish, Norwegian and "
          "Finnish counterparts in Oslo 'on Oct. 22' (talks between states' ministers, planned; Norway hosts); "
          "three glide bombs on Kharkiv 'On Monday afternoon' (launched 3; four killed, 'nineteen' wounded, 'two of "
          "them children'); shelling of Kupiansk 'throughout Monday' (a 70-year-old man killed). Not coded: "
          "Denmark's cumulative support (a total, no event), the Ukrainian ministry's thanks (reaction), the finance committee's "
          "expected sign-off (domestic procedure), the opposition's demand.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")], day("2026-10-05", "On Monday afternoon"),
               [{"type": "glide_bomb", "launched": cnt(3, "three")}],
               ev("The pledge came as Kharkiv buried the victims of a glide-bomb attack.",
                  "On Monday afternoon, Russian jets released three guided bombs over the city's Kyivskyi district, killing four people and wounding nineteen, two of them children, according to Mayor Ihor Terekhov.",
                  "One bomb hit the courtyard of a five-storey block, another a bus depot; about 60 windows were shattered in a nearby school."),
               killed=cnt(4, "four people"), injured=cnt(19, "nineteen"), children_injured=cnt(2, "two of them children"),
               damage=["residential block courtyard", "bus depot", "school windows"], reported_by=["Ihor Terekhov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kupiansk", "Kharkiv", "Ukraine")],
               day("2026-10-05", "throughout Monday"), [{"type": "artillery"}],
               ev("Kharkiv regional governor Oleh Syniehubov said separately that Russian artillery had shelled the town of Kupiansk and nearby villages throughout Monday, killing a 70-year-old man."),
               killed=cnt(1, "a 70-year-old man"), reported_by=["Oleh Syniehubov"]),
    ],
    diplomacy=[
        dip("military_aid", ["Denmark", "Ukraine"], day("2026-10-06", "on Tuesday"), "held",
            "Denmark to finance 1.6 billion kroner of air defence equipment (radars, short-range interceptors) made in Ukraine",
            ev("Denmark will finance a further 1.6 billion kroner (about $250 million) of air defence equipment for Ukraine, Defence Minister Troels Lund Poulsen announced on Tuesday, including radars and short-range interceptor missiles to be produced at Ukrainian plants through the Danish financing scheme.")),
        dip("military_aid", ["Germany", "Ukraine"], night("2026-10-03", "2026-10-04", "over the weekend"), "held",
            "A fourth IRIS-T SLM air defence system and missiles handed over to Ukraine",
            ev("In Berlin, the defence ministry confirmed on Tuesday that a fourth IRIS-T SLM air defence system had been handed over to Ukraine over the weekend, together with a batch of missiles.")),
        dip("talks", ["Denmark", "Sweden", "Norway", "Finland"], day("2026-10-22", "on Oct. 22"), "planned",
            "Poulsen to meet his Swedish, Norwegian and Finnish counterparts to coordinate next year's deliveries",
            ev("Poulsen is due to meet his Swedish, Norwegian and Finnish counterparts in Oslo on Oct. 22 to coordinate next year's deliveries, the Danish ministry said."),
            location=loc("Oslo", None, "Norway")),
    ])

# --------------------------------------------------------------------------- yc08
GOLD["yc08_explainer_energy_truce_timeline"] = dict(
    notes="Explainer with a timeline (Thursday 19 November): the Abu Dhabi talks of Russian and Ukrainian delegations "
          "mediated by the UAE and the US, due 'on Friday' and moved to 'December 1' (planned for the new date, "
          "rule 16; the UAE hosts, rule 15); the timeline's attacks, each with a place or a count (rule 5): the "
          "national barrage 'On the night of 3 February' (71 missiles, 360 drones: country record), a missile on "
          "the Ukrainka power plant on 17 March ('Nobody was killed': killed 0; 'two workers' injured), 'fourteen "
          "drones' sent at Kharkiv's CHP-5 'On the night of 9 September' ('at least nine hit': hits, not launches, "
          "rule 9), a cruise missile on Kyiv on 4 November (seven killed, 'a baby girl' among them: children_killed "
          "1, 'twenty-two' injured). Optional (background diplomacy, rule 17): the Geneva meeting of delegations on "
          "23 May, the Ukraine-EU gas memorandum of 2 October, the spring 2025 pledge. Not coded: the draft's "
          "contents (no party tables it), positions of each side (stances), blackouts and damage estimates.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-02-02", "2026-02-03", "On the night of 3 February"),
               [{"type": "drone", "launched": cnt(360, "360")}, {"type": "missile", "launched": cnt(71, "71")}],
               ev("On the night of 3 February, Russia fired 71 missiles and 360 drones at energy sites across Ukraine, the air force said - the largest single attack of the winter."),
               damage=["thermal and hydro plants"], reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Ukrainka", "Kyiv", "Ukraine")], day("2026-03-17", "17 March"),
               [{"type": "missile"}],
               ev("A missile strike put the thermal power plant in Ukrainka, south of Kyiv, out of action for the third time.",
                  "Nobody was killed; two workers were injured, the operator said."),
               killed=cnt(0, "Nobody was killed"), injured=cnt(2, "two workers"),
               damage=["thermal power plant"], reported_by=["the operator"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2026-09-08", "2026-09-09", "On the night of 9 September"),
               [{"type": "drone", "launched": cnt(14, "fourteen")}],
               ev("On the night of 9 September, Russia sent fourteen drones at Kharkiv's CHP-5 heating plant; the city's mayor said at least nine hit the site, leaving about 200,000 people without heat for four days."),
               damage=["CHP-5 heating plant"], reported_by=["the city's mayor"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")], day("2026-11-04", "4 November"),
               [{"type": "cruise_missile"}],
               ev("A cruise missile slammed into an apartment block in Kyiv's Sviatoshynskyi district, killing seven people, including a baby girl, and injuring twenty-two."),
               killed=cnt(7, "seven people"), children_killed=cnt(1, "a baby girl"), injured=cnt(22, "twenty-two"),
               damage=["apartment block"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "United Arab Emirates", "United States"], day("2026-12-01", "December 1"), "planned",
            "Talks of Russian and Ukrainian delegations on an energy strike halt, mediated by the UAE and the US, moved from Friday to 1 December",
            ev("Talks on a mutual halt to strikes on energy facilities were meant to resume in Abu Dhabi on Friday.",
               "On Wednesday the United Arab Emirates, which is mediating alongside the United States, said the meeting of Russian and Ukrainian delegations had been moved to December 1 at the request of both sides."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
        dip("talks", ["Ukraine", "United States", "Switzerland"], day("2026-05-23", "23 May"), "held",
            "Ukrainian and US delegations worked on the text of an energy moratorium in Geneva",
            ev("Ukrainian and American delegations met in Geneva to work on the text of an energy moratorium."),
            location=loc("Geneva", None, "Switzerland"), optional=True),
        dip("agreement", ["Ukraine", "European Union"], day("2026-10-02", "2 October"), "held",
            "Memorandum on storing Ukrainian gas reserves in EU facilities over the winter",
            ev("Ukraine and the European Union signed a memorandum in Brussels on storing Ukrainian gas reserves in EU facilities over the winter."),
            location=loc("Brussels", None, "Belgium"), optional=True),
        dip("agreement", ["Russia", "Ukraine"], span("2025-03-01", "2025-05-31", "month", "in spring 2025"), "held",
            "A similar pledge to halt energy strikes that lasted barely a month",
            ev("A similar pledge in spring 2025 lasted barely a month before both sides accused each other of breaking it."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yc09
GOLD["yc09_opinion_analyst_ceasefire_illusions"] = dict(
    notes="Opinion column by an analyst (Wednesday 22 July): the ballistic missile on a bus station in Kremenchuk "
          "'Last Thursday' (16 July; 'five people' killed) and Ukrainian drones on the Syzran refinery 'Three days "
          "later' (19 July): attacks with a place and a date (rule 5; the Syzran attacker from the article). "
          "Optional (background, rule 17): the national security advisers' meeting in Washington 'on 8 July' "
          "(talks, held) and the EU's sanctions package 'adopted in May'. Not coded: both sides' readiness to talk "
          "(stance, rule 13), the author's three proposals (commentary), Russia's oil revenues.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kremenchuk", "Poltava", "Ukraine")], day("2026-07-16", "Last Thursday"),
               [{"type": "ballistic_missile"}],
               ev("Last Thursday, a Russian ballistic missile struck a bus station in Kremenchuk during the morning rush, killing five people."),
               killed=cnt(5, "five people"), damage=["bus station"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Syzran", "Samara Oblast", "Russia")], day("2026-07-19", "Three days later"),
               [{"type": "drone"}],
               ev("Three days later, Ukrainian drones set fire to a distillation unit at the Syzran refinery on the Volga."),
               damage=["refinery distillation unit"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Ukraine", "United Kingdom", "France", "Germany"], day("2026-07-08", "on 8 July"), "held",
            "National security advisers of the US, Ukraine, Britain, France and Germany met in Washington; no joint statement",
            ev("When the American, Ukrainian, British, French and German national security advisers met in Washington on 8 July, they spent most of a day, by several accounts, arguing over the order of steps: ceasefire first, or guarantees first."),
            location=loc("Washington", None, "United States"), optional=True),
        dip("sanctions", ["European Union", "Russia"], month("2026-05-01", "2026-05-31", "in May"), "held",
            "The EU's latest sanctions package",
            ev("Meanwhile, the European Union's latest package of sanctions, adopted in May, has done little to dent Russia's oil revenues, which rose again in June on higher prices."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yc11, yc12
GOLD["yc11_humanitarian_situation_update_october"] = dict(
    notes="Humanitarian agency's monthly situation update (Wednesday 4 November): one fresh incident, artillery fire "
          "on a water pumping station in Kherson city 'On 2 November' (two workers injured; attacker by rule 12). "
          "Optional: the inter-agency convoy 'On 30 October' (an agencies' delivery of humanitarian aid, not a "
          "state's decision: debatable under rule 14). Not coded: October's and the cumulative civilian tolls "
          "(statistics over a month and a country, no single attack), regional shares, outages, the month's two "
          "damaged aid vehicles (no place, no day), evacuations, distributions, funding.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")], day("2026-11-02", "On 2 November"),
               [{"type": "artillery"}],
               ev("On 2 November, artillery fire struck a water pumping station in the Dniprovskyi district of Kherson city, injuring two maintenance workers and interrupting water supply to an estimated 40,000 residents."),
               injured=cnt(2, "two maintenance workers"), damage=["water pumping station"],
               reported_by=["Joint Relief Coordination Cell"]),
    ],
    diplomacy=[
        dip("military_aid", ["United Nations", "Ukraine"], day("2026-10-30", "On 30 October"), "held",
            "A five-truck inter-agency convoy brought food, hygiene kits and winter clothing to frontline communities of the Donetsk region",
            ev("On 30 October, a five-truck inter-agency convoy brought food, hygiene kits and winter clothing to around 3,000 people in frontline communities of the Donetsk region, including Kostiantynivka and Druzhkivka."),
            optional=True),
    ])

GOLD["yc12_cityweekly_kharkiv_underground_school"] = dict(
    notes="City weekly (Wednesday 11 February), the control: an underground school opening in Kharkiv, with shelters, "
          "air-raid alerts, an artillery-proof shell, explosions heard in basements and 'hit repeatedly since 2022'. "
          "No record at all: no attack on a place on a day or night with a count (rule 5: the city's past shelling "
          "is vague), no diplomatic event (the EU-funded programme is no dated decision).",
    attacks=[], diplomacy=[])

CLUSTERS = [
    ("odesa-2026-05-06", "Russian drones and ballistic missiles on Odesa, night of 5-6 May 2026",
     [("yc01_wire_odesa_port_night", "attack", 0), ("yc02_ukrainianoutlet_odesa_tajani", "attack", 0)]),
    ("odesa-2026-04-28", "A Russian drone on a school in Odesa's Kyivskyi district, 28 April 2026",
     [("yc01_wire_odesa_port_night", "attack", 2), ("yc02_ukrainianoutlet_odesa_tajani", "attack", 2)]),
    ("russia-intercepts-2026-08-13", "Russia's defence ministry: 63 Ukrainian drones destroyed over four regions, night of 12-13 August 2026",
     [("yc03_russianregional_belgorod_border_villages", "attack", 3), ("yc10_statement_russian_mod_daily", "attack", 0)]),
    ("istanbul-round-2026-11-17", "The Istanbul round of Russian-Ukrainian negotiations set for 17 November 2026, put off with no new date",
     [("yc04_broadcaster_witkoff_shuttle_istanbul", "diplomacy", 2), ("yc05_turkishdaily_erdogan_call_istanbul_delay", "diplomacy", 1)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev28 (codebook: same place, night or day, attacker and kind of activity).",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV28 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV28, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
