"""Write evals/dev64/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev64, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV64 = ROOT / "evals" / "dev64"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KYIV = loc("Kyiv", "Kyiv", "Ukraine")
IZMAIL = loc("Izmail", "Odesa", "Ukraine")
BILENKE = loc("Bilenke", "Zaporizhzhia", "Ukraine")
BRYANSK_REGION = loc("Bryansk region", "Bryansk", "Russia", "region")
ISTANBUL = loc("Istanbul", None, "Turkey")
NIGHT_0724 = ("2025-07-23", "2025-07-24")
NIGHT_0729 = ("2025-07-28", "2025-07-29")
NIGHT_0731 = ("2025-07-30", "2025-07-31")
NIGHT_0710 = ("2025-07-09", "2025-07-10")
AUGUST = ("2025-08-01", "2025-08-31")
BY_END_AUG = ("2025-07-23", "2025-08-31")
EU = "European Union"


def by_end_august(text: str) -> dict:
    return {"start": BY_END_AUG[0], "end": BY_END_AUG[1], "precision": "range", "text": text}


# --------------------------------------------------------------------------- xm01
GOLD["xm01_negotiating_delegation_statement_istanbul_jul23"] = dict(
    notes="A negotiating delegation's statement, translated (Ukraine's delegation, Istanbul, Wednesday 23 July 2025). Coded: "
          "the third round of direct talks 'Today' (23 July, held; Ukraine and Russia, Turkey the host, rules 14-15); the new "
          "exchange of 'no fewer than 1,200 persons from each side, to be carried out in August' (prisoner_exchange, planned, "
          "dated to August, rules 14 and 16); the meeting of Zelensky and Putin put forward 'before the end of August' (a "
          "proposal put to the other side: summit, proposed, rule 13; the Russian side 'took the proposal away without giving "
          "an answer': not rejected, so not cancelled, rule 16; dated 23 July - 31 August, range). Optional: the previous "
          "round 'on 2 June' in the same city and the exchanges 'during June' (background, rule 17). Not coded: the demand "
          "on deported children, the list of names handed over as part of the talks, the ceasefire position ('stands by "
          "its offer': a stance repeated, nothing new put forward, rule 13), thanks, 'Further contacts ... are possible' "
          "(a stance, rule 13), the report to the President.",
    attacks=[],
    diplomacy=[
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2025-07-23", "Today"), "held",
            "Third round of direct talks of the Ukrainian delegation (Rustem Umerov) and the Russian delegation at the Ciragan Palace, hosted by Turkey (Hakan Fidan)",
            ev("Today, at the Ciragan Palace in Istanbul, the Delegation of Ukraine, led by Rustem Umerov, who now heads the National Security and Defence Council as its Secretary, met the delegation of the Russian Federation for the third round of direct talks.",
               "The Republic of Türkiye hosted the meeting, and its Minister of Foreign Affairs, Hakan Fidan, opened it with brief remarks."),
            location=ISTANBUL),
        dip("prisoner_exchange", ["Ukraine", "Russia"], month(*AUGUST, "in August"), "planned",
            "Agreed exchange of at least 1,200 prisoners of war from each side",
            ev("The two delegations settled on a further swap of captured servicemen, covering no fewer than 1,200 persons from each side, to be carried out in August.")),
        dip("summit", ["Ukraine", "Russia"], by_end_august("before the end of August"), "proposed",
            "Ukraine's proposal of a personal meeting of President Zelensky and President Putin",
            ev("On the instructions of the President of Ukraine, the Delegation put forward a proposal for a personal meeting between President Volodymyr Zelensky and President Vladimir Putin before the end of August, as the only level at which the key questions of ending the war can be settled.")),
        opt(dip("talks", ["Ukraine", "Russia", "Turkey"], day("2025-06-02", "on 2 June"), "held",
                "The previous round of direct talks in Istanbul",
                ev("The previous round, held in the same city on 2 June, led to the exchanges of young and wounded soldiers carried out during June."),
                location=ISTANBUL)),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia"], month("2025-06-01", "2025-06-30", "during June"), "held",
                "Exchanges of young and wounded soldiers after the June round",
                ev("The previous round, held in the same city on 2 June, led to the exchanges of young and wounded soldiers carried out during June."))),
    ])

# --------------------------------------------------------------------------- xm02
GOLD["xm02_wire_morning_briefing_email_jul24"] = dict(
    notes="A wire's morning briefing email (Thursday 24 July 2025, 06:30 GMT). Coded: Russia's attack on the country 'during the "
          "night' (23-24 July, range, rule 11; 'two Iskander-M ballistic missiles' launched 2, model Iskander-M, and '64 "
          "drones' launched 64, '35 of the drones' shot down or jammed: intercepted 35, rules 3 and 9); Kharkiv 'shortly "
          "before dawn' (24 July, day; 'a drone', uncounted, rule 9; 'two people' injured 2, the mayor's figure); Russia's "
          "country record 'from late Wednesday into Thursday morning' ('39 Ukrainian fixed-wing drones' destroyed: "
          "intercepted 39, rule 4); the Bryansk region the same night ('14 of them': no struck locality named, the region's "
          "own record, rule 3); the Istanbul round 'yesterday' (23 July, held, Turkey the host, rule 15); the swap of 1,200 "
          "prisoners each 'next month' (August, planned, rule 16); Ukraine's pitched meeting of Zelensky and Putin 'before "
          "the end of August' (summit, proposed, rule 13). Optional: Russia's offer to hand back 3,000 bodies (a "
          "repatriation put forward, prisoner_exchange proposed, rules 13-14; dated by the talks of 'yesterday' at which "
          "it was told, debatable); the EU's 18th package 'adopted last Friday' (18 July, background, rule 17). Not coded: "
          "Peskov's 'could only crown an agreement' (a stance, rule 13), the desk's reading, markets, what to watch.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0724, "during the night"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two Iskander-M ballistic missiles")},
                {"type": "drone", "launched": cnt(64, "64 drones"), "intercepted": cnt(35, "35 of the drones")}],
               ev("Russia fired two Iskander-M ballistic missiles and sent 64 drones into Ukraine during the night, according to an early Air Force tally; 35 of the drones were reported shot down or jammed."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], day("2025-07-24", "shortly before dawn"),
               [{"type": "drone"}],
               ev("In Kharkiv, a drone crashed into an apartment building on the Kyivskyi district's north side shortly before dawn, and two people were hurt, according to Mayor Ihor Terekhov."),
               injured=cnt(2, "two people"), damage=["apartment building"], reported_by=["Mayor Ihor Terekhov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*NIGHT_0724, "from late Wednesday into Thursday morning"),
               [{"type": "drone", "intercepted": cnt(39, "39 Ukrainian fixed-wing drones")}],
               ev("The Russian Defence Ministry claimed that Russian air defence units destroyed 39 Ukrainian fixed-wing drones over Russian territory from late Wednesday into Thursday morning, 14 of them over the Bryansk region."),
               reported_by=["the Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [BRYANSK_REGION], night(*NIGHT_0724, "from late Wednesday into Thursday morning"),
               [{"type": "drone", "intercepted": cnt(14, "14 of them")}],
               ev("The Russian Defence Ministry claimed that Russian air defence units destroyed 39 Ukrainian fixed-wing drones over Russian territory from late Wednesday into Thursday morning, 14 of them over the Bryansk region."),
               reported_by=["the Russian Defence Ministry"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-07-23", "yesterday"), "held",
            "Round of Russian-Ukrainian talks of about forty minutes in Istanbul's Ciragan Palace, Turkey hosting",
            ev("Russian and Ukrainian negotiators sat down in Istanbul yesterday for what proved to be a round of roughly forty minutes, with Turkey as host, in the Ciragan Palace."),
            location=ISTANBUL),
        dip("prisoner_exchange", ["Russia", "Ukraine"], month(*AUGUST, "next month"), "planned",
            "Promised swap of 1,200 prisoners of war from each side",
            ev("The only firm outcome was a promise to swap 1,200 prisoners of war from each side next month.")),
        opt(dip("prisoner_exchange", ["Russia", "Ukraine"], day("2025-07-23", "yesterday"), "proposed",
                "Russia's offer, told by Vladimir Medinsky, to hand back the bodies of 3,000 Ukrainian servicemen",
                ev("Vladimir Medinsky, the aide to President Putin who led Moscow's team, told reporters that Russia had also offered to hand back the bodies of 3,000 Ukrainian servicemen."))),
        dip("summit", ["Ukraine", "Russia"], by_end_august("before the end of August"), "proposed",
            "Ukraine's proposal, told by Rustem Umerov, of a meeting of Zelensky and Putin",
            ev("Kyiv's chief negotiator, Rustem Umerov, said Ukraine had pitched a meeting of Zelensky and Putin before the end of August.")),
        opt(dip("sanctions", [EU, "Russia"], day("2025-07-18", "last Friday"), "held",
                "The EU's 18th sanctions package, lowering the price cap on Russian crude to $47.60 a barrel",
                ev("Traders are still digesting the European Union's 18th package of sanctions, adopted last Friday, which pushed the cap on Russian crude down to $47.60 a barrel."))),
    ])

# --------------------------------------------------------------------------- xm03
GOLD["xm03_insurance_adjuster_report_izmail_jul25"] = dict(
    notes="An insurance adjuster's preliminary loss advice to underwriters (Friday 25 July 2025). Coded: Izmail 'Overnight from "
          "21 to 22 July 2025' (21-22 July, range, rule 11; the Odesa Regional Military Administration's '17 attack drones' "
          "directed at the region, launched 17, and '14 of them' shot down, intercepted 14: Izmail is the only struck "
          "locality of the region named, so the region's tally goes on its record, rule 3; 'No employee of the Insured was "
          "injured' is a nil of the struck site's people: injured 0, killed stays null, no death word, rule 6); Izmail 'On 2 "
          "June 2025' (drone debris on the same warehouse yard: background with place and date, required, rule 5; no "
          "casualty figure). Not coded: the damage table and estimates, cover, the 72-hour clause, the reserve.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], night("2025-07-21", "2025-07-22", "Overnight from 21 to 22 July 2025"),
               [{"type": "drone", "launched": cnt(17, "17 attack drones"), "intercepted": cnt(14, "14 of them")}],
               ev("Overnight from 21 to 22 July 2025 the Insured's bonded warehouse No. 3 in the port area of Izmail was damaged when Russian attack drones struck the port.",
                  "According to the Odesa Regional Military Administration, 17 attack drones were directed at the region that night and air defence shot down 14 of them.",
                  "No employee of the Insured was injured; the night shift of six had taken cover in the basement shelter when the air-raid alert sounded at 01:12."),
               injured=cnt(0, "No employee of the Insured was injured"),
               damage=["bonded warehouse No. 3"], reported_by=["the Odesa Regional Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], day("2025-06-02", "On 2 June 2025"),
               [{"type": "drone"}],
               ev("On 2 June 2025 debris from a Russian drone fell on the warehouse yard in Izmail and set fire to pallets; the claim was settled at USD 8,200."),
               damage=["warehouse yard", "pallets"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xm04
GOLD["xm04_rocketry_society_launch_day_report_control_jul27"] = dict(
    notes="Control: an amateur rocketry society's launch-day report (Sunday 27 July 2025) on its flights of Saturday 26 July at "
          "an English farm. Forty-one rockets 'went up', nine launched 'in a single salvo', a filming drone, an 'interceptor' "
          "duration contest, 'cease-fire periods' called by the range safety officer, two rockets 'lost downrange', 'No one "
          "was hurt', 'short talks at the farm gate' and the farmers who 'have agreed to let us return in September': none "
          "of it is an attack or a diplomatic event of the war (no state is a party). No record at all.",
    attacks=[],
    diplomacy=[])

# --------------------------------------------------------------------------- xm05
GOLD["xm05_regional_tv_caption_list_zaporizhzhia_jul29"] = dict(
    notes="A regional TV station's log of on-screen captions (lower thirds), morning and midday news, translated (Zaporizhzhia, "
          "Tuesday 29 July 2025). Coded: the penal colony near Bilenke, Zaporizhzhia region, 'overnight' (28-29 July, range, "
          "rule 11; 'four guided aerial bombs', launched 4, glide_bomb, rules 8-9; the 07:02 captions' '16 people' killed 16 "
          "and 'more than 35' injured (35, more_than): the first figures; the 12:00 and 12:02 updates, 17 and 42, are "
          "evidence, not counts, rule 6); Zaporizhzhia city 'overnight' ('drone struck a garage cooperative', uncounted; 'no "
          "one was hurt': injured 0, killed null, rule 6); Russia's attack on the country 'overnight' ('37 strike drones' "
          "launched and '32 drones' shot down or suppressed, intercepted, rule 3; 'one Iskander-M missile': "
          "ballistic_missile by its model, launched 1, rule 9); Russia's claim of '74 Ukrainian drones downed over Russia "
          "overnight' (Ukraine's country record on Russia, intercepted 74, rule 4). Not coded: Trump's '10 or 12 days' and "
          "the Kremlin's 'has taken note' (a demand and a reaction, rule 13), the prosecutors' case, Zelensky's words, "
          "weather, donors, power engineers.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [BILENKE], night(*NIGHT_0729, "overnight"),
               [{"type": "glide_bomb", "launched": cnt(4, "four guided aerial bombs")}],
               ev("Strike on penal colony near Bilenke: Russian forces dropped four guided aerial bombs overnight - Fedorov",
                  "Regional head: 16 people killed, more than 35 injured at the Bilenkivska colony",
                  "UPDATE: Death toll at Bilenkivska colony rises to 17 - regional prosecutor's office"),
               killed=cnt(16, "16 people"), injured=cnt(35, "more than 35", "more_than"),
               damage=["dining hall", "administrative block", "residential barracks"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")], night(*NIGHT_0729, "overnight"),
               [{"type": "drone"}],
               ev("Zaporizhzhia: drone struck a garage cooperative in Shevchenkivskyi district overnight; no one was hurt - city military administration"),
               injured=cnt(0, "no one was hurt"), damage=["garage cooperative"], reported_by=["city military administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0729, "overnight"),
               [{"type": "drone", "launched": cnt(37, "37 strike drones"), "intercepted": cnt(32, "32 drones")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(1, "one Iskander-M missile")}],
               ev("Air Force: Russia used 37 strike drones and one Iskander-M missile against Ukraine overnight",
                  "Air Force: 32 drones shot down or suppressed"),
               reported_by=["Air Force"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*NIGHT_0729, "overnight"),
               [{"type": "drone", "intercepted": cnt(74, "74 Ukrainian drones")}],
               ev("Russian Defence Ministry claims 74 Ukrainian drones downed over Russia overnight"),
               reported_by=["Russian Defence Ministry"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xm06
GOLD["xm06_press_agency_quotes_of_the_day_jul29"] = dict(
    notes="A press agency's 'quotes of the day' (Tuesday 29 July 2025). Coded: the correctional colony near Bilenke 'Last night' "
          "(28-29 July, range; 'four guided aerial bombs' launched 4, glide_bomb; the governor's 'Seventeen people' killed 17 "
          "and '42 are wounded' injured 42, rule 6); Russia's country record 'Overnight' ('74 Ukrainian fixed-wing UAVs' "
          "intercepted, rule 4); the Bryansk region the same night ('27 of them': no struck locality, the region's own "
          "record, rule 3); the phone conversation of the foreign ministers of Ukraine (Sybiha) and Turkey (Fidan) 'Today' "
          "(29 July, phone_call, held, rule 14). Not coded: Zelensky's 'deliberate strike' (a reaction), Peskov's 'taken "
          "note', Trump's 'ten or twelve days' and Umerov's 'We want ... a real ceasefire, and then a meeting of leaders' "
          "(stances and demands, rule 13), the exchange 'agreed in Istanbul' named only as the call's subject (no date of "
          "its own here), the weather service.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [BILENKE], night(*NIGHT_0729, "Last night"),
               [{"type": "glide_bomb", "launched": cnt(4, "four guided aerial bombs")}],
               ev("Last night the Russians hit the correctional colony near Bilenke with four guided aerial bombs.",
                  "Seventeen people are dead and 42 are wounded."),
               killed=cnt(17, "Seventeen people"), injured=cnt(42, "42 are wounded"),
               damage=["correctional colony"], reported_by=["Ivan Fedorov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*NIGHT_0729, "Overnight"),
               [{"type": "drone", "intercepted": cnt(74, "74 Ukrainian fixed-wing UAVs")}],
               ev("Overnight, our duty air defence crews intercepted and eliminated 74 Ukrainian fixed-wing UAVs in the skies of the Russian Federation, 27 of them over the Bryansk region."),
               reported_by=["Russia's Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [BRYANSK_REGION], night(*NIGHT_0729, "Overnight"),
               [{"type": "drone", "intercepted": cnt(27, "27 of them")}],
               ev("Overnight, our duty air defence crews intercepted and eliminated 74 Ukrainian fixed-wing UAVs in the skies of the Russian Federation, 27 of them over the Bryansk region."),
               reported_by=["Russia's Ministry of Defence"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2025-07-29", "Today"), "held",
            "Phone conversation of Ukraine's foreign minister Andrii Sybiha and Turkey's foreign minister Hakan Fidan on preparing the exchange agreed in Istanbul and Black Sea navigation",
            ev("Today I had a phone conversation with my Turkish colleague, Hakan Fidan.",
               "We discussed the practical steps to prepare the exchange agreed in Istanbul and the security of navigation in the Black Sea.")),
    ])

# --------------------------------------------------------------------------- xm07
GOLD["xm07_ship_tracking_analysis_danube_ports_jul30"] = dict(
    notes="A vessel-tracking analysis of the Danube ports (Wednesday 30 July 2025). Coded: Izmail 'In the early hours of 22 July' "
          "(22 July, day, rule 11; Russian drones, uncounted; 'One port worker' injured 1, rule 6); Reni 'On the night of 27 "
          "July' (26-27 July, range, rule 11; drones, uncounted; 'The regional administration reported no casualties': a nil "
          "stated, 'no casualties' fills killed 0 and injured 0, rule 6). Optional: the EU's 18th package 'of 18 July' "
          "(background, rule 17). Not coded: the AIS counts and queues, the barges moving downstream, listed tankers "
          "switching off transponders, the outlook.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], day("2025-07-22", "In the early hours of 22 July"),
               [{"type": "drone"}],
               ev("In the early hours of 22 July, Russian drones hit Izmail's port, damaging warehouses and a berth used for grain barges.",
                  "One port worker was injured, the Odesa regional administration reported that morning."),
               injured=cnt(1, "One port worker"), damage=["warehouses", "berth"],
               reported_by=["the Odesa regional administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Reni", "Odesa", "Ukraine")], night("2025-07-26", "2025-07-27", "On the night of 27 July"),
               [{"type": "drone"}],
               ev("On the night of 27 July, Russian drones struck port infrastructure in Reni, setting a fuel storage tank on fire.",
                  "The regional administration reported no casualties."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["port infrastructure", "fuel storage tank"], reported_by=["The regional administration"]),
    ],
    diplomacy=[
        opt(dip("sanctions", [EU, "Russia"], day("2025-07-18", "of 18 July"), "held",
                "The EU's 18th sanctions package, adding 105 shadow-fleet tankers to its list",
                ev("The European Union's 18th sanctions package of 18 July added 105 vessels to its list of shadow-fleet tankers."))),
    ])

# --------------------------------------------------------------------------- xm08
GOLD["xm08_kyiv_mourning_decree_translated_jul31"] = dict(
    notes="A city military administration's order declaring a day of mourning, translated (Kyiv, Thursday 31 July 2025). Coded: "
          "Kyiv 'on the night of 31 July 2025' (30-31 July, range, rule 11; 'missiles and attack drones', uncounted: "
          "drone_and_missile, rules 8-9; 'at least 16 persons' killed (16, at_least), 'a six-year-old boy' children_killed 1, "
          "'more than 130 persons' injured (130, more_than), rules 6-7; the districts stay on the city's record, rule 1); the "
          "country 'that night' (the translator's note: '309 drones and eight missiles' launched at the country; missiles "
          "not split by type: missile, rule 9). Not coded: the day of mourning, flags, cancelled events and the other "
          "orders (no event of the war); the 'considerably higher number of dead' of the evening (no figure).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night(*NIGHT_0731, "on the night of 31 July 2025"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("In connection with the massive combined strike by the Russian Federation's armed forces, using missiles and attack drones, against Kyiv on the night of 31 July 2025, as a result of which at least 16 persons died, a six-year-old boy among them, and more than 130 persons were injured"),
               killed=cnt(16, "at least 16 persons", "at_least"), children_killed=cnt(1, "a six-year-old boy"),
               injured=cnt(130, "more than 130 persons", "more_than"),
               damage=["residential buildings", "educational and medical institutions", "civilian infrastructure"],
               reported_by=["Kyiv City Military Administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0731, "that night"),
               [{"type": "drone", "launched": cnt(309, "309 drones")}, {"type": "missile", "launched": cnt(8, "eight missiles")}],
               ev("Ukraine's Air Force counted 309 drones and eight missiles launched at the country that night."),
               reported_by=["Ukraine's Air Force"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xm09
GOLD["xm09_residents_association_notice_sviatoshynskyi_aug02"] = dict(
    notes="A residents' association notice posted in an apartment building, translated (Kyiv, Saturday 2 August 2025). Coded: "
          "Kyiv 'in the early hours of Thursday, 31 July' (31 July, day, rule 11; 'a Russian missile', one missile told "
          "with the indefinite article, uncounted, rule 9: missile_strike; the city's '31 people' killed 31, 'five of them "
          "children' children_killed 5, '159' injured 159, rule 6); Kyiv 'On the night of 10 July' (9-10 July, range; Russia "
          "'attacked Kyiv with drones', uncounted; background with place and date: required, rule 5). Not coded: 'In our own "
          "building nobody was injured' (the missile struck the building next door; a nil of a part of the people the "
          "attack could hurt fills nothing, rule 6), the repairs, the inspection, the general meeting.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2025-07-31", "in the early hours of Thursday, 31 July"),
               [{"type": "missile"}],
               ev("As all of you know, in the early hours of Thursday, 31 July, a Russian missile struck the building next to ours, No. 43, and two of its entrances collapsed.",
                  "The city authorities now report that 31 people were killed in Kyiv in that attack, five of them children, and that 159 were injured."),
               killed=cnt(31, "31 people"), children_killed=cnt(5, "five of them children"), injured=cnt(159, "159"),
               damage=["apartment building No. 43"], reported_by=["The city authorities"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], night(*NIGHT_0710, "On the night of 10 July"),
               [{"type": "drone"}],
               ev("On the night of 10 July, when Russia attacked Kyiv with drones, debris from one of them fell in our courtyard and burned two cars; the compensation forms for that night are still being processed."),
               damage=["two cars"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xm10
GOLD["xm10_newspaper_corrections_and_clarifications_aug02"] = dict(
    notes="A newspaper's corrections-and-clarifications box (Saturday 2 August 2025). A correction states what the paper now "
          "holds to be true: the corrected facts are coded (the misstated ones are not printed). Coded: Kyiv 'overnight from "
          "30 to 31 July' (30-31 July, range; the weapons from the next sentence, which plainly tells the same wave: drones "
          "and Kh-101 cruise missiles, uncounted on the city, rules 3 and 8; '31 dead' killed 31, 'five children' "
          "children_killed 5); the country 'that night' ('309 drones' launched, '288 of the drones' intercepted; 'eight "
          "Kh-101 cruise missiles' launched, 'three of the missiles' intercepted: cruise_missile by its model, rules 3 and 9); "
          "Kyiv 'on 10 July' (the overnight attack: 9-10 July, range; no weapon named: other, rule 8; background with place "
          "and date, required, rule 5); the peace talks 'held in Istanbul on 23 July' (held; Turkey, the state of the city, "
          "a side, rule 15); Germany's decision to deliver two Patriot launchers, said 'on Friday' (1 August; military_aid, "
          "held, rules 14 and 16). Not coded: Lavrov's absence, the book, the obituary, petrol prices.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night(*NIGHT_0731, "overnight from 30 to 31 July"),
               [{"type": "drone"}, {"type": "cruise_missile", "model": "Kh-101"}],
               ev("An article in Friday's paper about Russia's strike on Kyiv overnight from 30 to 31 July misstated the number of weapons Russia launched.",
                  "We also misstated the city's death toll at the time of publication: Kyiv's military administration was then reporting 31 dead, including five children."),
               killed=cnt(31, "31 dead"), children_killed=cnt(5, "five children"),
               reported_by=["Kyiv's military administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0731, "that night"),
               [{"type": "drone", "launched": cnt(309, "309 drones"), "intercepted": cnt(288, "288 of the drones")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(8, "eight Kh-101 cruise missiles"),
                 "intercepted": cnt(3, "three of the missiles")}],
               ev("The figures of Ukraine's Air Force are that Russia launched 309 drones and eight Kh-101 cruise missiles against Ukraine as a whole that night, and 288 of the drones and three of the missiles were shot down or jammed."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "other", [KYIV], night(*NIGHT_0710, "on 10 July"),
               [],
               ev("An article on 11 July said a residential building in Kyiv's Sviatoshynskyi district had been destroyed in the overnight attack on the capital on 10 July.",
                  "The building was damaged, not destroyed, and has since been repaired."),
               damage=["residential building in the Sviatoshynskyi district"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-07-23", "on 23 July"), "held",
            "Peace talks in Istanbul; Russia's delegation led by Vladimir Medinsky",
            ev("A picture caption in our edition of 24 July named Sergei Lavrov as the head of Russia's delegation at the peace talks held in Istanbul on 23 July.",
               "Moscow's team was headed by Vladimir Medinsky, a presidential aide."),
            location=ISTANBUL),
        dip("military_aid", ["Germany", "Ukraine"], day("2025-08-01", "on Friday"), "held",
            "Germany to deliver two Patriot launchers to Ukraine in the coming days, further components later",
            ev("Germany's defence ministry said on Friday that it would deliver two Patriot launchers to Ukraine in the coming days, with further components to follow in the months ahead.")),
    ])


CLUSTERS = [
    ("istanbul-talks-2025-07-23", "Third round of Russian-Ukrainian direct talks in Istanbul, 23 July 2025",
     [("xm01_negotiating_delegation_statement_istanbul_jul23", "diplomacy", 0),
      ("xm02_wire_morning_briefing_email_jul24", "diplomacy", 0),
      ("xm10_newspaper_corrections_and_clarifications_aug02", "diplomacy", 0)]),
    ("exchange-1200-2025-08", "Exchange of 1,200 prisoners of war each agreed in Istanbul for August 2025",
     [("xm01_negotiating_delegation_statement_istanbul_jul23", "diplomacy", 1),
      ("xm02_wire_morning_briefing_email_jul24", "diplomacy", 1)]),
    ("leaders-meeting-proposed-2025-08", "Ukraine's proposal of a Zelensky-Putin meeting before the end of August 2025",
     [("xm01_negotiating_delegation_statement_istanbul_jul23", "diplomacy", 2),
      ("xm02_wire_morning_briefing_email_jul24", "diplomacy", 3)]),
    ("izmail-2025-07-22", "Russian drones on the port of Izmail, night of 21-22 July 2025",
     [("xm03_insurance_adjuster_report_izmail_jul25", "attack", 0),
      ("xm07_ship_tracking_analysis_danube_ports_jul30", "attack", 0)]),
    ("bilenke-colony-2025-07-29", "Russian guided bombs on the penal colony near Bilenke, Zaporizhzhia region, night of 28-29 July 2025",
     [("xm05_regional_tv_caption_list_zaporizhzhia_jul29", "attack", 0),
      ("xm06_press_agency_quotes_of_the_day_jul29", "attack", 0)]),
    ("russia-drones-2025-07-29", "Russia's claim of 74 Ukrainian drones downed over Russia, night of 28-29 July 2025",
     [("xm05_regional_tv_caption_list_zaporizhzhia_jul29", "attack", 3),
      ("xm06_press_agency_quotes_of_the_day_jul29", "attack", 1)]),
    ("kyiv-2025-07-31", "Russian missiles and drones on Kyiv, night of 30-31 July 2025",
     [("xm08_kyiv_mourning_decree_translated_jul31", "attack", 0),
      ("xm09_residents_association_notice_sviatoshynskyi_aug02", "attack", 0),
      ("xm10_newspaper_corrections_and_clarifications_aug02", "attack", 0)]),
    ("ukraine-night-2025-07-31", "Russia's 309 drones and eight missiles against Ukraine, night of 30-31 July 2025",
     [("xm08_kyiv_mourning_decree_translated_jul31", "attack", 1),
      ("xm10_newspaper_corrections_and_clarifications_aug02", "attack", 1)]),
    ("kyiv-2025-07-10", "Russian attack on Kyiv, night of 9-10 July 2025",
     [("xm09_residents_association_notice_sviatoshynskyi_aug02", "attack", 1),
      ("xm10_newspaper_corrections_and_clarifications_aug02", "attack", 2)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev64 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV64 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV64, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
