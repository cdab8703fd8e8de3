"""Write evals/dev59/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev59, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV59 = ROOT / "evals" / "dev59"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KYIV = loc("Kyiv", "Kyiv", "Ukraine")
DNIPRO = loc("Dnipro", "Dnipropetrovsk", "Ukraine")
ZAPORIZHZHIA = loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")
NOVOROSSIYSK = loc("Novorossiysk", "Krasnodar", "Russia")
SARATOV = loc("Saratov", "Saratov", "Russia")
ISTANBUL = loc("Istanbul", None, "Turkey")
ANKARA = loc("Ankara", None, "Turkey")
ABU_DHABI = loc("Abu Dhabi", None, "United Arab Emirates")
NIGHT_1125 = ("2026-11-24", "2026-11-25")
NIGHT_1111 = ("2026-11-10", "2026-11-11")
NIGHT_1126 = ("2026-11-25", "2026-11-26")
UAE = "United Arab Emirates"
EU = "European Union"

# --------------------------------------------------------------------------- xh01
GOLD["xh01_kremlin_readout_putin_erdogan_call_nov27"] = dict(
    notes="Kremlin-style readout of a telephone conversation (Friday 27 November 2026), the Russian side's wording. Coded: "
          "Novorossiysk 'on the night of 25 to 26 November' (range, rule 11; the 'terrorist attack' of 'the Kyiv regime' is "
          "Ukraine's strike on Russia, rule 4; '31 Ukrainian drones' destroyed on approach to the city: intercepted 31, "
          "rule 3; 'Two employees of the terminal' killed 2, 'seven more people' injured 7, rule 6); the call 'Today' "
          "(phone_call, held; Russia and Turkey); the exchange 'on 21 November' (prisoner_exchange, held; the United Arab "
          "Emirates mediated, rule 15); the consultations of Russian and United States representatives 'held in Abu Dhabi "
          "on 24 November' (talks, held: a meeting of states' representatives, rule 14; the UAE as the state of the city, "
          "rule 15); the next round of direct negotiations in Istanbul 'scheduled for 4 December' (talks, planned, with "
          "Turkey as host, rules 14-16). Not coded: Turkey's readiness to receive the round (a stance, rule 13; the "
          "scheduled round is the event), the gratitude, trade, Akkuyu and gas (topics of the call), the agreement to "
          "continue contacts (a stance).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [NOVOROSSIYSK], night(*NIGHT_1126, "on the night of 25 to 26 November"),
               [{"type": "drone", "intercepted": cnt(31, "31 Ukrainian drones")}],
               ev("Vladimir Putin drew his colleague's attention to the terrorist attack carried out by the Kyiv regime on the night of 25 to 26 November against the civilian oil terminal in Novorossiysk.",
                  "Two employees of the terminal were killed there and seven more people were injured.",
                  "Russian air defence systems destroyed 31 Ukrainian drones on approach to the city, the Russian President noted."),
               killed=cnt(2, "Two employees of the terminal"), injured=cnt(7, "seven more people"),
               damage=["oil terminal"], reported_by=["the Russian President"]),
    ],
    diplomacy=[
        dip("phone_call", ["Russia", "Turkey"], day("2026-11-27", "Today"), "held",
            "Putin and Erdogan spoke by telephone at Ankara's initiative (Ukraine, the exchange, Istanbul talks, trade)",
            ev("Today Vladimir Putin and the Turkish head of state, Recep Tayyip Erdogan, held a telephone conversation.")),
        dip("prisoner_exchange", ["Russia", "Ukraine", UAE], day("2026-11-21", "on 21 November"), "held",
            "Exchange of prisoners of war mediated by the UAE; 250 Russian servicemen returned",
            ev("The Presidents positively assessed the exchange of prisoners of war carried out on 21 November, in which the United Arab Emirates mediated and as a result of which 250 Russian servicemen returned home from territory controlled by Kyiv.")),
        dip("talks", ["Russia", "United States", UAE], day("2026-11-24", "on 24 November"), "held",
            "Consultations of Russian and US representatives in Abu Dhabi",
            ev("Vladimir Putin informed his counterpart of the contacts with the American side, including the consultations of Russian and United States representatives held in Abu Dhabi on 24 November."),
            location=ABU_DHABI),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2026-12-04", "for 4 December"), "planned",
            "Next round of direct Russian-Ukrainian negotiations in Istanbul, hosted by Turkey",
            ev("Recep Tayyip Erdogan confirmed that Turkey is ready to receive in Istanbul a further round of direct negotiations between the Russian and Ukrainian delegations, scheduled for 4 December."),
            location=ISTANBUL),
    ])

# --------------------------------------------------------------------------- xh02
GOLD["xh02_ukrmfa_spokesperson_briefing_dec01"] = dict(
    notes="Foreign-ministry spokesperson's press-briefing transcript (Tuesday 1 December 2026, morning), Q&A. Coded: "
          "Chornomorsk, Odesa region, 'Overnight' (30 November - 1 December, range, rule 11; drones, uncounted; 'a port "
          "worker' injured 1, rule 6); Kharkiv 'on Saturday' (28 November; 'a Russian missile hit', one weapon with the "
          "indefinite article, not counted, rule 9; 'three people' killed 3); Sybiha's phone conversation with Japan's "
          "Foreign Minister 'Yesterday' (30 November; phone_call, held); the EU's twenty-second package expected 'later "
          "today' (sanctions, planned: announced with a day, rule 16; the EU and Russia, rule 15); the delegations' meeting "
          "in Istanbul 'on Friday' (4 December; talks, planned; Turkey hosting, rule 15); the exchange 'on 21 November' "
          "(prisoner_exchange, held; the UAE's help, rule 15); Sybiha to Berlin 'on Thursday' (3 December) to meet his "
          "German counterpart (a trip told by its purpose of meeting: talks, planned, rule 14). Not coded: the work on a "
          "twenty-third package (no event yet), Ukraine's readiness for a ceasefire (a stance, rule 13), the next exchange "
          "lists with no date, the reconstruction conference (agenda).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chornomorsk", "Odesa", "Ukraine")],
               night("2026-11-30", "2026-12-01", "Overnight"), [{"type": "drone"}],
               ev("Overnight, Russian drones again targeted the port of Chornomorsk in the Odesa region; a port worker was injured and a grain storage facility was damaged."),
               injured=cnt(1, "a port worker"), damage=["grain storage facility"], reported_by=["the MFA spokesperson"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], day("2026-11-28", "on Saturday"),
               [{"type": "missile"}],
               ev("I also remind you that on Saturday a Russian missile hit a residential quarter of Kharkiv, killing three people."),
               killed=cnt(3, "three people"), damage=["residential quarter"], reported_by=["the MFA spokesperson"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Japan"], day("2026-11-30", "Yesterday"), "held",
            "Sybiha's phone conversation with Japan's Foreign Minister on winter energy aid and a special tribunal",
            ev("Yesterday Minister Sybiha held a phone conversation with the Foreign Minister of Japan.")),
        dip("sanctions", [EU, "Russia"], day("2026-12-01", "later today"), "planned",
            "EU Council expected to adopt the twenty-second sanctions package against Russia",
            ev("We expect the Council of the European Union to adopt the twenty-second package against Russia later today.")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-12-04", "on Friday"), "planned",
            "Ukrainian and Russian delegations to meet in Istanbul, Turkey hosting",
            ev("Our delegation will meet the Russian delegation in Istanbul on Friday, and we thank Turkey for hosting this round."),
            location=ISTANBUL),
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2026-11-21", "on 21 November"), "held",
            "Exchange that brought 250 Ukrainian defenders home, with Emirati mediation",
            ev("After the exchange on 21 November, which brought 250 of our defenders home thanks to Emirati mediation")),
        dip("talks", ["Ukraine", "Germany"], day("2026-12-03", "on Thursday"), "planned",
            "Sybiha to travel to Berlin to meet his German counterpart (air defence, reconstruction conference)",
            ev("Minister Sybiha will travel to Berlin on Thursday to meet his German counterpart."),
            location=loc("Berlin", None, "Germany")),
    ])

# --------------------------------------------------------------------------- xh03
GOLD["xh03_embassy_kyiv_security_alert_nov25"] = dict(
    notes="Embassy security alert to citizens (Wednesday 25 November 2026). Coded: Kyiv 'Overnight from 24 to 25 November' "
          "(range, rule 11; 'combined missile and drone attack', uncounted on the city: drone_and_missile, rules 8-9; the "
          "military administration's 'at least seven people' killed (7, at_least), 'more than 40' injured (40, "
          "more_than), 'three children among the injured' children_injured 3, rules 6-7); the country 'overnight' (the Air "
          "Force's national figures: 476 drones and 38 missiles launched, 441 of the drones and 29 of the missiles downed or "
          "suppressed, per type, no combined total, rules 3 and 9); Brovary, Kyiv Oblast, 'That night' ('a drone struck', "
          "not counted, rule 9; 'no one was injured': injured 0 only, rule 6); Lviv 'Before dawn' (25 November; missiles, "
          "uncounted: missile_strike; 'there were no casualties': killed 0 and injured 0, rule 6). Not coded: the "
          "advice to citizens, the power and heating cuts, the consular arrangements.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night(*NIGHT_1125, "Overnight from 24 to 25 November"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("Overnight from 24 to 25 November, Russia launched a large combined missile and drone attack on Kyiv.",
                  "The capital's military administration reports that at least seven people were killed and more than 40 were injured, three children among the injured."),
               killed=cnt(7, "at least seven people", "at_least"), injured=cnt(40, "more than 40", "more_than"),
               children_injured=cnt(3, "three children"), damage=["residential buildings"],
               reported_by=["the capital's military administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_1125, "overnight"),
               [{"type": "drone", "launched": cnt(476, "476 drones"), "intercepted": cnt(441, "441 of the drones")},
                {"type": "missile", "launched": cnt(38, "38 missiles"), "intercepted": cnt(29, "29 of the missiles")}],
               ev("Ukraine's Air Force counted 476 drones and 38 missiles launched by Russia against Ukraine overnight; it said 441 of the drones and 29 of the missiles were downed or suppressed."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Brovary", "Kyiv Oblast", "Ukraine")], night(*NIGHT_1125, "That night"),
               [{"type": "drone"}],
               ev("That night, in the Kyiv region, a drone struck a private house in Brovary; no one was injured."),
               injured=cnt(0, "no one was injured"), damage=["private house"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Lviv", "Lviv", "Ukraine")], day("2026-11-25", "Before dawn"),
               [{"type": "missile"}],
               ev("Before dawn, missiles also struck an energy facility on the outskirts of Lviv.",
                  "The regional governor said there were no casualties."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               damage=["energy facility"], reported_by=["The regional governor"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xh04
GOLD["xh04_unhrmmu_civilian_casualties_update_november"] = dict(
    notes="UN human-rights monitoring mission's monthly civilian-casualty update (Friday 4 December 2026). Coded: Dnipro 'In "
          "the early hours of 11 November' (day, rule 11; 'ballistic missiles', uncounted; 'five civilians' killed 5, '23' "
          "injured); Kherson 'On 18 November' ('a short-range drone' dropped explosives, one weapon with the indefinite "
          "article, not counted, rule 9; attacker Russia by rule 12; 'two civilians' killed 2, 'five' injured); Kyiv 'On the "
          "night of 24 to 25 November' (range; missiles and drones: drone_and_missile; 'nine civilians' killed 9, 'a "
          "14-year-old girl' children_killed 1, '46' injured); Zaporizhzhia 'On 29 November' ('two guided aerial bombs' "
          "launched 2, rule 9; 'four civilians' killed 4, '19' injured); the exchange 'on 21 November' (250 each, "
          "prisoner_exchange, held; mediated by the UAE, rule 15). Not coded: the month's totals ('at least 183 civilians' "
          "killed and 1,012 injured across Ukraine in November: many attackers' strikes over a month, not one attacker's "
          "strikes on one locality in one night or day, rule 1), the share of short-range drones, the interviews with "
          "returned prisoners, the heating cuts (no place or day), the reminder to the parties.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], day("2026-11-11", "In the early hours of 11 November"),
               [{"type": "ballistic_missile"}],
               ev("In the early hours of 11 November, ballistic missiles struck an apartment building in Dnipro, killing five civilians and injuring 23."),
               killed=cnt(5, "five civilians"), injured=cnt(23, "23"), damage=["apartment building"], reported_by=["HRMMU"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kherson", "Kherson", "Ukraine")], day("2026-11-18", "On 18 November"),
               [{"type": "drone"}],
               ev("On 18 November, a short-range drone dropped explosives on a minibus in Kherson, killing two civilians and injuring five."),
               killed=cnt(2, "two civilians"), injured=cnt(5, "five"), damage=["minibus"], reported_by=["HRMMU"]),
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night(*NIGHT_1125, "On the night of 24 to 25 November"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("On the night of 24 to 25 November, missiles and drones struck residential buildings in Kyiv, killing nine civilians, including a 14-year-old girl, and injuring 46."),
               killed=cnt(9, "nine civilians"), children_killed=cnt(1, "a 14-year-old girl"), injured=cnt(46, "46"),
               damage=["residential buildings"], reported_by=["HRMMU"]),
        attack("Russia", "Ukraine", "glide_bomb", [ZAPORIZHZHIA], day("2026-11-29", "On 29 November"),
               [{"type": "glide_bomb", "launched": cnt(2, "two guided aerial bombs")}],
               ev("On 29 November, two guided aerial bombs struck near a market in Zaporizhzhia, killing four civilians and injuring 19."),
               killed=cnt(4, "four civilians"), injured=cnt(19, "19"), damage=["market"], reported_by=["HRMMU"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2026-11-21", "on 21 November"), "held",
            "Ukraine and Russia each released 250 prisoners of war, mediated by the UAE",
            ev("HRMMU also notes that on 21 November Ukraine and the Russian Federation each released 250 prisoners of war, in an operation mediated by the United Arab Emirates.")),
    ])

# --------------------------------------------------------------------------- xh05
GOLD["xh05_northline_wire_flash_dnipro_nov11"] = dict(
    notes="Wire flash series with timestamps, then a write-through (Wednesday 11 November 2026). Coded: Dnipro 'overnight' "
          "(10-11 November, range, rule 11; ballistic missiles: missile_strike; the first figure the article gives is the "
          "0318 item's 'at least two' killed (2, at_least), the 0433 item's 'four dead' and the write-through's four are "
          "later updates, rule 6; '17 wounded' injured 17; the Air Force's 'eight Iskander-M ballistic missiles' at the "
          "Dnipropetrovsk region, 'three' shot down, go on Dnipro, the one struck locality of that region: launched 8, "
          "intercepted 3, rule 3); Saratov's refinery 'overnight' (Ukraine, rule 4; drones, uncounted; 'no one hurt': "
          "injured 0 only, rule 6); Russia's Defence Ministry's '57 Ukrainian drones' downed over eight regions "
          "'overnight' (a tally over several regions: the country record, Russia, rule 3); Zelensky 'to visit Ankara on "
          "Friday' (13 November; the flash calls the trip a visit: visit, planned, rule 14; Ukraine and Turkey); the "
          "Netherlands' further EUR 200 million of air-defence ammunition, said 'on Wednesday' (military_aid, held: the "
          "decision announced, rule 16). Not coded: the talks during the visit (part of the visit, rule 14), the possible "
          "new round of negotiations (no date, no place).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], night(*NIGHT_1111, "overnight"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(8, "eight Iskander-M ballistic missiles"),
                 "intercepted": cnt(3, "three")}],
               ev("Russian missile strike on Dnipro overnight kills at least two - governor",
                  "Dnipro: four dead, 17 wounded after missile hits apartment block - governor",
                  "The Air Force said Russia fired eight Iskander-M ballistic missiles at the Dnipropetrovsk region and that three were shot down."),
               killed=cnt(2, "at least two", "at_least"), injured=cnt(17, "17 wounded"), damage=["apartment block"],
               reported_by=["the governor of the Dnipropetrovsk region", "the Air Force"]),
        attack("Ukraine", "Russia", "air_drone_strike", [SARATOV], night(*NIGHT_1111, "overnight"),
               [{"type": "drone"}],
               ev("Ukrainian drones set oil refinery in Russia's Saratov ablaze overnight; no one hurt, governor says",
                  "In Russia, the Saratov governor wrote on Telegram that drone debris had set the city's refinery alight, which was later put out, and that no one had been hurt."),
               injured=cnt(0, "no one hurt"), damage=["oil refinery"], reported_by=["the Saratov governor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*NIGHT_1111, "overnight"),
               [{"type": "drone", "intercepted": cnt(57, "57 Ukrainian drones")}],
               ev("Russian Defence Ministry says 57 Ukrainian drones downed over eight regions overnight"),
               reported_by=["Russian Defence Ministry"]),
    ],
    diplomacy=[
        dip("visit", ["Ukraine", "Turkey"], day("2026-11-13", "on Friday"), "planned",
            "Zelensky to visit Ankara for talks with Erdogan on energy and a possible new round of negotiations",
            ev("Zelensky to visit Ankara on Friday for talks with Erdogan - presidential office"),
            location=ANKARA),
        dip("military_aid", ["Netherlands", "Ukraine"], day("2026-11-11", "on Wednesday"), "held",
            "Netherlands to send a further EUR 200 million of air-defence ammunition",
            ev("Separately, the Dutch defence minister said on Wednesday that the Netherlands would send Ukraine a further 200 million euros of air-defence ammunition.")),
    ])

# --------------------------------------------------------------------------- xh06
GOLD["xh06_dnipro_citymilitary_alert_log_nov10_12"] = dict(
    notes="City air-raid alert log (Thursday 12 November 2026), entries by clock time under night headings. Coded: Dnipro, "
          "'Night of 10 to 11 November' (range, rule 11; 'Ballistic missiles hit', uncounted: missile_strike; the first "
          "casualty figures the log gives, 07:05's 'three people dead' killed 3, '12 injured' injured 12 and 'a boy of 11' "
          "children_injured 1; the 15:30 update's five and 23 are later updates, rule 6; the districts stay on the city's "
          "record, rule 1); Dnipro, 'Night of 11 to 12 November' (a second night, a second record, rule 1; drones shot down "
          "over the Samarskyi district, uncounted; 'No one was hurt': injured 0 only, rule 6). Not coded: the alerts and "
          "all-clears with nothing hit (22:41-23:36), the shelter reminder.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], night(*NIGHT_1111, "Night of 10 to 11 November"),
               [{"type": "ballistic_missile"}],
               ev("Night of 10 to 11 November",
                  "Series of explosions. Ballistic missiles hit an apartment house of nine storeys (Sobornyi district) and a car repair shop in the Novokodatskyi district.",
                  "Confirmed so far: three people dead and 12 injured, among them a boy of 11."),
               killed=cnt(3, "three people dead"), injured=cnt(12, "12 injured"), children_injured=cnt(1, "a boy of 11"),
               damage=["nine-storey apartment house", "car repair shop"], reported_by=["Dnipro City Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [DNIPRO], night("2026-11-11", "2026-11-12", "Night of 11 to 12 November"),
               [{"type": "drone"}],
               ev("Night of 11 to 12 November",
                  "Air defence shot down drones over the Samarskyi district; debris fell on a row of garages. No one was hurt."),
               injured=cnt(0, "No one was hurt"), damage=["garages"], reported_by=["Dnipro City Military Administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xh07
GOLD["xh07_frontlinebrief_podcast_ep112_nov26"] = dict(
    notes="Defence-analyst podcast transcript, two speakers (Thursday 26 November 2026). Coded: Kyiv 'On the night from "
          "Tuesday to Wednesday' (24-25 November, range, rule 11; 'with drones and missiles': drone_and_missile; 'nine "
          "dead' killed 9; 'dozens hurt' is no number, rule 6); the country 'that night' (the Air Force's 'about 480 "
          "drones' and 'nearly 40 missiles', launched, qualifier about, rules 3 and 7); Novorossiysk 'Last night' (25-26 "
          "November; Ukraine, rule 4; aerial and sea drones together: one drone entry, rule 9; 'two workers' killed 2); the "
          "Saratov refinery hit by drones 'on 11 November' (a background strike with a place and a date: required, rule 5); "
          "'Saturday's swap' (21 November; 250 for 250, the Emiratis in the middle: prisoner_exchange, held, rule 15); the "
          "American and Russian envoys in Abu Dhabi 'on Tuesday' (24 November; talks, held; the UAE as the state of the "
          "city, rule 15); the next direct round 'set for 4 December in Istanbul' (talks, planned; the Turks hosting); "
          "Zelensky 'in Ankara on 13 November for a visit with Erdogan' (visit, held). Not coded: the Kremlin's openness to "
          "a leaders' meeting (a stance, rule 13), the ranking of raids, the pattern of refinery strikes.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night(*NIGHT_1125, "On the night from Tuesday to Wednesday"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("On the night from Tuesday to Wednesday the Russians hit Kyiv hard with drones and missiles, and the count I last saw was nine dead in the capital, dozens hurt."),
               killed=cnt(9, "nine dead")),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_1125, "that night"),
               [{"type": "drone", "launched": cnt(480, "about 480 drones", "about")},
                {"type": "missile", "launched": cnt(40, "nearly 40 missiles", "about")}],
               ev("Nationally, the Air Force figure for that night was about 480 drones and nearly 40 missiles, which puts it in the top five raids of the year."),
               reported_by=["the Air Force"]),
        attack("Ukraine", "Russia", "air_drone_strike", [NOVOROSSIYSK], night(*NIGHT_1126, "Last night"),
               [{"type": "drone"}],
               ev("Last night Ukraine went after the oil terminal at Novorossiysk again, with aerial and sea drones together.",
                  "Local officials there say two workers died."),
               killed=cnt(2, "two workers"), damage=["oil terminal"], reported_by=["Local officials"]),
        attack("Ukraine", "Russia", "air_drone_strike", [SARATOV], day("2026-11-11", "on 11 November"),
               [{"type": "drone"}],
               ev("It fits the pattern we've seen since the Saratov refinery was hit by drones on 11 November"),
               damage=["refinery"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2026-11-21", "Saturday's"), "held",
            "Swap of 250 for 250, with the Emiratis mediating",
            ev("Saturday's swap, two hundred and fifty for two hundred and fifty, with the Emiratis in the middle again.")),
        dip("talks", ["United States", "Russia", UAE], day("2026-11-24", "on Tuesday"), "held",
            "American and Russian envoys met in Abu Dhabi",
            ev("And then on Tuesday the American and Russian envoys sat down in Abu Dhabi."),
            location=ABU_DHABI),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-12-04", "for 4 December"), "planned",
            "Next direct round between Kyiv and Moscow in Istanbul, Turkey hosting",
            ev("The next direct round between Kyiv and Moscow is set for 4 December in Istanbul, with the Turks hosting."),
            location=ISTANBUL),
        dip("visit", ["Ukraine", "Turkey"], day("2026-11-13", "on 13 November"), "held",
            "Zelensky's visit to Ankara, with Erdogan",
            ev("Remember Zelensky was in Ankara on 13 November for a visit with Erdogan"),
            location=ANKARA),
    ])

# --------------------------------------------------------------------------- xh08
GOLD["xh08_eucouncil_press_release_22nd_package"] = dict(
    notes="EU Council press release (Tuesday 1 December 2026). Coded: the twenty-second package adopted 'today' "
          "(sanctions, held; the EU and Russia, rule 15); the massive missile and drone attack on Kyiv 'on 25 November' (a "
          "background strike with a place and a date: required, rule 5; drone_and_missile, uncounted; day as written, rule "
          "11); the prolongation of the sectoral economic sanctions 'on 27 November' (sanctions, held: a decision of its "
          "own, codebook 'Same event'); the further EUR 2.3 billion under the Ukraine Facility approved 'today' (budget and "
          "grid support: military_aid, held, rule 14). Optional: the 21st package 'adopted on 20 October 2026' (background, "
          "rule 17). Not coded: the EU's readiness to increase pressure and its support 'as long as needed' (stances, rule "
          "13), the condemnation, the publication of the acts.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], day("2026-11-25", "on 25 November"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("The package comes as Russia continues to target civilians and civilian infrastructure, such as in the massive missile and drone attack on Kyiv on 25 November."),
               reported_by=["Council of the European Union"]),
    ],
    diplomacy=[
        dip("sanctions", [EU, "Russia"], day("2026-12-01", "today"), "held",
            "Twenty-second package: 118 more shadow-fleet vessels, a lower crude price cap, 41 individuals and 29 entities",
            ev("The Council today adopted its twenty-second package of restrictive measures over the invasion Russia began in February 2022.")),
        dip("sanctions", [EU, "Russia"], day("2026-11-27", "on 27 November"), "held",
            "Sectoral economic sanctions on Russia prolonged until 31 July 2027",
            ev("Separately, on 27 November the Council prolonged the EU's economic sanctions targeting specific sectors of the Russian economy until 31 July 2027.")),
        dip("military_aid", [EU, "Ukraine"], day("2026-12-01", "today"), "held",
            "A further EUR 2.3 billion under the Ukraine Facility for the state budget and grid repair",
            ev("The Council also today approved the payment of a further EUR 2.3 billion to Ukraine under the Ukraine Facility, to support the state budget and the repair of the energy grid over the winter.")),
        opt(dip("sanctions", [EU, "Russia"], day("2026-10-20", "on 20 October 2026"), "held",
                "The 21st sanctions package",
                ev("The previous, 21st package was adopted on 20 October 2026."))),
    ])

# --------------------------------------------------------------------------- xh09
GOLD["xh09_zaporizkyvisnyk_market_glide_bombs_nov30"] = dict(
    notes="Regional newspaper story with a dateline (Monday 30 November 2026). Coded: Zaporizhzhia 'on Sunday afternoon' "
          "(29 November; 'Two Russian guided bombs' as the subject of the hit: launched 2, rule 9; 'three people' killed 3, "
          "'16' injured); Stepnohirsk 'Later on Sunday' (artillery: shelling_artillery; 'A 70-year-old woman' injured 1); "
          "Nikopol, Dnipropetrovsk region, 'On Sunday morning' (drones, uncounted; 'there were no casualties': killed 0 "
          "and injured 0, rule 6); the market 'On 6 November' ('a drone injured two vendors': one weapon with the "
          "indefinite article, not counted, rule 9; 'two vendors' injured 2; a background strike with a place and a date: "
          "required, rule 5). Not coded: 'two teenagers' among the injured 'without giving their ages' (a teenager may be "
          "18 or 19: no child count, rule 6), the reopening of the market, the footfall.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [ZAPORIZHZHIA], day("2026-11-29", "on Sunday afternoon"),
               [{"type": "glide_bomb", "launched": cnt(2, "Two Russian guided bombs")}],
               ev("Two Russian guided bombs hit the area around a covered market in Zaporizhzhia's Oleksandrivskyi district on Sunday afternoon, killing three people and injuring 16, the region's military administration head said."),
               killed=cnt(3, "three people"), injured=cnt(16, "16"), damage=["covered market", "several cars"],
               reported_by=["the region's military administration head"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Stepnohirsk", "Zaporizhzhia", "Ukraine")], day("2026-11-29", "Later on Sunday"),
               [{"type": "artillery"}],
               ev("Later on Sunday, Russian artillery shelled Stepnohirsk, a village south of the city close to the front line.",
                  "A 70-year-old woman was wounded in her garden."),
               injured=cnt(1, "A 70-year-old woman")),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")], day("2026-11-29", "On Sunday morning"),
               [{"type": "drone"}],
               ev("On Sunday morning, across the river in the Dnipropetrovsk region, Russian drones struck power lines in Nikopol; there were no casualties, the Dnipropetrovsk governor said."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               damage=["power lines"], reported_by=["the Dnipropetrovsk governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [ZAPORIZHZHIA], day("2026-11-06", "On 6 November"),
               [{"type": "drone"}],
               ev("The market has been a target before.", "On 6 November, a drone injured two vendors at its eastern entrance."),
               injured=cnt(2, "two vendors")),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xh10
GOLD["xh10_wexcombegazette_hospital_drone_deliveries_control"] = dict(
    notes="Control: a local weekly's hospital story (Thursday 19 November 2026) with war words used figuratively or in "
          "other senses: a delivery 'drone' that 'came down hard' with 'No one was hurt', a 'strike' vote, 'talks' between "
          "a union and a trust, a 'ceasefire', 'Casualty', 'heart attack', a 'stroke unit', an 'exchange programme', "
          "'sanctions' by a regulator, a health 'summit' and its 'host', to 'attack the winter backlog'. No attack and no "
          "diplomacy record (rules 1 and 13: no state attacker, no state participant).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("dnipro-2026-11-11", "Russian ballistic missiles on Dnipro, night of 10-11 November 2026",
     [("xh04_unhrmmu_civilian_casualties_update_november", "attack", 0),
      ("xh05_northline_wire_flash_dnipro_nov11", "attack", 0),
      ("xh06_dnipro_citymilitary_alert_log_nov10_12", "attack", 0)]),
    ("kyiv-2026-11-25", "Russian missiles and drones on Kyiv, night of 24-25 November 2026",
     [("xh03_embassy_kyiv_security_alert_nov25", "attack", 0),
      ("xh04_unhrmmu_civilian_casualties_update_november", "attack", 2),
      ("xh07_frontlinebrief_podcast_ep112_nov26", "attack", 0),
      ("xh08_eucouncil_press_release_22nd_package", "attack", 0)]),
    ("ukraine-night-2026-11-25", "Russia's drones and missiles against Ukraine, night of 24-25 November 2026 (country figures)",
     [("xh03_embassy_kyiv_security_alert_nov25", "attack", 1),
      ("xh07_frontlinebrief_podcast_ep112_nov26", "attack", 1)]),
    ("prisoner-exchange-2026-11-21", "UAE-mediated exchange of 250 prisoners each, 21 November 2026",
     [("xh01_kremlin_readout_putin_erdogan_call_nov27", "diplomacy", 1),
      ("xh02_ukrmfa_spokesperson_briefing_dec01", "diplomacy", 3),
      ("xh04_unhrmmu_civilian_casualties_update_november", "diplomacy", 0),
      ("xh07_frontlinebrief_podcast_ep112_nov26", "diplomacy", 0)]),
    ("istanbul-talks-2026-12-04", "Direct Russian-Ukrainian round in Istanbul, Turkey hosting, 4 December 2026 (planned)",
     [("xh01_kremlin_readout_putin_erdogan_call_nov27", "diplomacy", 3),
      ("xh02_ukrmfa_spokesperson_briefing_dec01", "diplomacy", 2),
      ("xh07_frontlinebrief_podcast_ep112_nov26", "diplomacy", 2)]),
    ("eu-package-22", "The EU's twenty-second sanctions package against Russia, 1 December 2026 (expected, then adopted)",
     [("xh02_ukrmfa_spokesperson_briefing_dec01", "diplomacy", 1),
      ("xh08_eucouncil_press_release_22nd_package", "diplomacy", 0)]),
    ("novorossiysk-2026-11-26", "Ukrainian drones on the Novorossiysk oil terminal, night of 25-26 November 2026",
     [("xh01_kremlin_readout_putin_erdogan_call_nov27", "attack", 0),
      ("xh07_frontlinebrief_podcast_ep112_nov26", "attack", 2)]),
    ("saratov-2026-11-11", "Ukrainian drones on the Saratov refinery, night of 10-11 November 2026",
     [("xh05_northline_wire_flash_dnipro_nov11", "attack", 1),
      ("xh07_frontlinebrief_podcast_ep112_nov26", "attack", 3)]),
    ("zelensky-ankara-2026-11-13", "Zelensky's visit to Ankara, 13 November 2026 (planned, then held)",
     [("xh05_northline_wire_flash_dnipro_nov11", "diplomacy", 0),
      ("xh07_frontlinebrief_podcast_ep112_nov26", "diplomacy", 3)]),
    ("zaporizhzhia-market-2026-11-29", "Russian guided bombs near a Zaporizhzhia market, 29 November 2026",
     [("xh04_unhrmmu_civilian_casualties_update_november", "attack", 3),
      ("xh09_zaporizkyvisnyk_market_glide_bombs_nov30", "attack", 0)]),
    ("abu-dhabi-2026-11-24", "Russian and US representatives' consultations in Abu Dhabi, 24 November 2026",
     [("xh01_kremlin_readout_putin_erdogan_call_nov27", "diplomacy", 2),
      ("xh07_frontlinebrief_podcast_ep112_nov26", "diplomacy", 1)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev59 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV59 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV59, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
