"""Write evals/dev44/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev44 on 3 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV44 = ROOT / "evals" / "dev44"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, attack, dip, write_gold, opt  # noqa: E402


def span(a: str, b: str, text: str) -> dict:
    """An event of two named days ("two-day summit ... on Sunday")."""
    return {"start": a, "end": b, "precision": "range", "text": text}


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- ys01
D0507 = night("2024-05-06", "2024-05-07", "Over the past day")
ZAP = "Zaporizhzhia"
GOLD["ys01_steppepost_zaporizhzhia_morning"] = dict(
    notes="Regional military administration's Telegram post (Tuesday 7 May 2024), translated: the past day is 6-7 May "
          "(rule 11). One record per community told with its own details (rule 1): Huliaipole (artillery 37 times: hits, "
          "not launches, rule 9; 'A 63-year-old woman' injured, rule 6); Mala Tokmachka ('on Monday afternoon', 6 May; "
          "drone; 'a man of 41' injured; '14 drone attacks' are hits); Orikhiv (four airstrikes with guided bombs: "
          "glide_bomb, hits not launches; 'Nobody was hurt in the town' is the town's nil: injured 0, rule 6). Places "
          "listed only in aggregate make one record each (rule 2): the artillery on Robotyne, Levadne, Novodanylivka, "
          "Mali Shcherbaky, Bilenkove and Stepnohirsk; the multiple rocket launchers on Charivne and Novoandriivka "
          "(rocket artillery: shelling_artillery). Not coded: '348 strikes on 11 settlements' and the 29 reports of "
          "damage (the day's sum of the records above, no further place), the clashes between Robotyne and Verbove "
          "(ground fighting, rule 5), the stalled counteroffensive 'last autumn' (no strike), Zaporizhzhia city 'not "
          "struck', the evacuation appeal.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Huliaipole", ZAP, "Ukraine")], D0507,
               [{"type": "artillery"}],
               ev("Huliaipole was shelled with artillery 37 times.",
                  "A 63-year-old woman was wounded there when a shell landed beside her yard, Fedorov said, and a shop and two homes nearby were damaged."),
               injured=cnt(1, "A 63-year-old woman"), damage=["shop", "two homes"],
               reported_by=["Zaporizhzhia Regional Military Administration", "Ivan Fedorov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Mala Tokmachka", ZAP, "Ukraine")],
               day("2024-05-06", "on Monday afternoon"), [{"type": "drone"}],
               ev("In Mala Tokmachka, a drone dropped explosives on a farm building on Monday afternoon; a man of 41 was wounded and taken to hospital in Orikhiv."),
               injured=cnt(1, "a man of 41"), damage=["farm building"],
               reported_by=["Zaporizhzhia Regional Military Administration"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Orikhiv", ZAP, "Ukraine")], D0507,
               [{"type": "glide_bomb"}],
               ev("Orikhiv itself came under four airstrikes with guided bombs, and a kindergarten building and an administrative building were destroyed.",
                  "Nobody was hurt in the town, according to the administration."),
               injured=cnt(0, "Nobody was hurt"), damage=["kindergarten building", "administrative building"],
               reported_by=["Zaporizhzhia Regional Military Administration"]),
        attack("Russia", "Ukraine", "shelling_artillery",
               [loc(n, ZAP, "Ukraine") for n in ("Robotyne", "Levadne", "Novodanylivka", "Mali Shcherbaky", "Bilenkove", "Stepnohirsk")],
               D0507, [{"type": "artillery"}],
               ev("Artillery also pounded Robotyne, Levadne, Novodanylivka, Mali Shcherbaky, Bilenkove and Stepnohirsk, the post says, without giving separate figures for them."),
               reported_by=["Zaporizhzhia Regional Military Administration"]),
        attack("Russia", "Ukraine", "shelling_artillery",
               [loc("Charivne", ZAP, "Ukraine"), loc("Novoandriivka", ZAP, "Ukraine")], D0507,
               [{"type": "artillery", "model": "multiple rocket launchers"}],
               ev("Multiple rocket launchers were fired at Charivne and Novoandriivka as well."),
               reported_by=["Zaporizhzhia Regional Military Administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ys02
KH = loc("Kharkiv", "Kharkiv", "Ukraine")
GOLD["ys02_slobozhanshchynadaily_kharkiv_kab"] = dict(
    notes="Regional news site (Wednesday 20 March 2024): two guided bombs on Kharkiv 'on Tuesday evening' (19 March, "
          "rule 11; 'two guided aerial bombs' is the launched count, rule 9; 'three people' killed, 'at least 18' "
          "injured first, rules 6 and 7; the mayor's 23 is evidence, not the count; 'a girl aged 12 and a boy aged 15' "
          "are the only children figure, told one by one: children_injured 2; the Kyivskyi and Saltivskyi districts "
          "stay on the city's record, rule 1). The Shahed drones 'on Monday night' (18-19 March) on an energy facility "
          "in Kharkiv: a background attack with a place, required (rule 5). Not coded: how glide bombs work, the "
          "appeal for Patriot systems (statement, rule 13), the day of mourning. Same event as ys07's Kharkiv.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [KH], day("2024-03-19", "on Tuesday evening"),
               [{"type": "glide_bomb", "launched": cnt(2, "two")}],
               ev("Russian jets released two guided aerial bombs over Kharkiv on Tuesday evening, killing three people and wounding at least 18, regional governor Oleh Syniehubov said.",
                  "Mayor Ihor Terekhov said late on Tuesday that the number of wounded had grown to 23, among them a girl aged 12 and a boy aged 15."),
               killed=cnt(3, "three people"), injured=cnt(18, "at least 18", "at_least"),
               children_injured=cnt(2, "a girl aged 12 and a boy aged 15"),
               damage=["printing works", "high-rise blocks", "parked cars"],
               reported_by=["Oleh Syniehubov", "Ihor Terekhov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KH], night("2024-03-18", "2024-03-19", "on Monday night"),
               [{"type": "drone", "model": "Shahed"}],
               ev("The city was also targeted by Shahed drones on Monday night, when an energy facility was damaged and parts of the Nemyshlianskyi district lost power for several hours."),
               damage=["energy facility"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ys03
GOLD["ys03_blacksealedger_odesa_port_vessel"] = dict(
    notes="Maritime outlet (Tuesday 15 October 2024): the strike on Odesa port 'late on Monday' (14 October, rule 11), told "
          "in the passive with no attacker named: Russia by rule 12; an Iskander-M of the air force's account "
          "(ballistic_missile, rule 9; 'a ballistic missile' is not counted; 'No interception was reported' is silence, "
          "null); 'Four crew members' and a port employee 'also hurt': injured 5 (rule 6, summed); 'no one on shore was "
          "killed' is a nil for a part of the people the strike could hurt and fills nothing (rule 6). Sybiha's call "
          "with Panama's Martínez-Acha 'on Tuesday' (phone_call, held). Optional: the three vessels damaged 'in early "
          "October' (a background with a count of damage and only the region's ports as place, rule 5). Not coded: "
          "'agreed to coordinate their response' at the IMO (no event), the corridor's tonnage, insurers.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Odesa", "Odesa", "Ukraine")], day("2024-10-14", "late on Monday"),
               [{"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("A civilian container ship sailing under the flag of Panama was damaged when port infrastructure in Odesa was struck late on Monday, regional officials said.",
                  "Four crew members, citizens of Syria and Egypt, were injured, and a port employee was also hurt.",
                  "According to the Ukrainian Air Force, the port was attacked with a ballistic missile of the Iskander-M type."),
               injured=cnt(5, "Four crew members"), damage=["container ship", "warehouses", "grain loading terminal"],
               reported_by=["Oleh Kiper", "Ukrainian Air Force"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Odesa", "Odesa", "Ukraine", "region")],
                   month("2024-10-01", "2024-10-10", "in early October"), [],
                   ev("Port cities in the region have been hit repeatedly this autumn; in early October three vessels were damaged in less than a week."),
                   damage=["three vessels"])),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Panama"], day("2024-10-15", "on Tuesday"), "held",
            "Foreign Minister Andrii Sybiha spoke with Panama's Javier Martínez-Acha about the injured crew and the damaged vessel",
            ev("Foreign Minister Andrii Sybiha spoke by phone on Tuesday with his Panamanian counterpart Javier Martínez-Acha, the ministry said in a readout.")),
    ])

# --------------------------------------------------------------------------- ys04
SU = "Sumy"
T0702 = day("2024-07-02", "on Tuesday")
GOLD["ys04_borderlandsnews_sumy_tally"] = dict(
    notes="Border-area news (Wednesday 3 July 2024) on the regional administration's evening summary of Tuesday 2 July "
          "(rule 11). One record per community with its own details (rule 1; a village of the community stays on its "
          "record as a district stays on its city's): Krasnopillia (mortars and artillery with drones: kind other, each "
          "family a weapon, rule 8; explosions are hits, not launches, rule 9; the man killed in Riasne: killed 1); "
          "Velyka Pysarivka ('four guided aerial bombs were dropped' near Kozache: glide_bomb, launched 4; a woman "
          "wounded); Esman ('an FPV drone': not counted, rule 9; a man injured). The five communities 'also shelled' "
          "in aggregate make one record (rule 2) with 'no casualties reported in any of them': killed 0, injured 0 "
          "(rule 6). Not coded: the totals of 41 attacks, 162 explosions, one killed and two wounded (the sum of the "
          "records above, no further place), the sabotage groups in June and the exchanges of fire (ground fighting, "
          "rule 5), alerts in Sumy city with no strike.",
    attacks=[
        attack("Russia", "Ukraine", "other", [loc("Krasnopillia", SU, "Ukraine")], T0702,
               [{"type": "artillery"}, {"type": "drone"}],
               ev("Russian troops shelled it with mortars and artillery (46 explosions) and launched drones carrying explosives at its villages (9 explosions).",
                  "In the village of Riasne, a shell landing in his yard killed a 58-year-old man, the administration reported."),
               killed=cnt(1, "a 58-year-old man"), reported_by=["Sumy Regional Military Administration"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Velyka Pysarivka", SU, "Ukraine")], T0702,
               [{"type": "glide_bomb", "launched": cnt(4, "four")}],
               ev("In the Velyka Pysarivka community, four guided aerial bombs were dropped near the village of Kozache; a woman was wounded and a farm was destroyed."),
               injured=cnt(1, "a woman"), damage=["farm"], reported_by=["Sumy Regional Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Esman", SU, "Ukraine")], day("2024-07-02", "in the afternoon"),
               [{"type": "drone", "model": "FPV"}],
               ev("Esman was hit by an FPV drone in the afternoon.", "A man was injured and his car burnt out."),
               injured=cnt(1, "A man"), damage=["car"], reported_by=["Sumy Regional Military Administration"]),
        attack("Russia", "Ukraine", "shelling_artillery",
               [loc(n, SU, "Ukraine") for n in ("Bilopillia", "Khotin", "Yunakivka", "Myropillia", "Seredyna-Buda")],
               T0702, [{"type": "artillery"}],
               ev("The Bilopillia, Khotin, Yunakivka, Myropillia and Seredyna-Buda communities were also shelled, the summary said, with no casualties reported in any of them."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               reported_by=["Sumy Regional Military Administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ys05
DN = loc("Dnipro", "Dnipropetrovsk", "Ukraine")
GOLD["ys05_dniprovoice_missile_tolls"] = dict(
    notes="City news site (Friday 28 June 2024): the night's wave of 'seven missiles: five Kh-101 ... and two "
          "Iskander-M' and 18 Shaheds (country record, rule 3, 'across several regions'; a split missile total is a "
          "combined total: other + cruise + ballistic, rule 9; four Kh-101 and all 18 drones intercepted); Dnipro 'early "
          "on Friday' (missile_strike; 'four people killed and 21 injured' first, the mayor's six dead is an update, not the count, rule "
          "6 (left out of the evidence for the draft's three-quote cap); 'Two of the injured were children'); Marhanets 'on Thursday' (artillery and drones: kind other, rule 8; a "
          "70-year-old man injured). Required background: the April missile on Dnipro's railway station ('more than 20' "
          "injured, a place and a count, rule 5; 'a missile hit' is not counted). Optional: Pokrovske, named in the same "
          "aggregate as Marhanets without its own details (rule 1 against rule 2). Not coded: the mourning, the funding "
          "request, the alert warning.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2024-06-27", "2024-06-28", "overnight"),
               [{"type": "other", "model": "missiles", "launched": cnt(7, "seven")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(5, "five"), "intercepted": cnt(4, "four")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two")},
                {"type": "drone", "model": "Shahed", "launched": cnt(18, "18"), "intercepted": cnt(18, "all 18")}],
               ev("Russia launched seven missiles overnight: five Kh-101 cruise missiles and two Iskander-M ballistic missiles, as well as 18 Shahed drones, Ukraine's Air Force said.",
                  "Its air defence destroyed four of the cruise missiles and all 18 drones across several regions, the Air Force said on Telegram."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [DN], day("2024-06-28", "early on Friday"),
               [{"type": "missile"}],
               ev("Russia struck Dnipro with missiles early on Friday, hitting a five-storey apartment block as well as a logistics company's depot, local authorities said.",
                  "Dnipropetrovsk governor Serhii Lysak first reported four people killed and 21 injured.",
                  "Two of the injured were children, Lysak said."),
               killed=cnt(4, "four people"), injured=cnt(21, "21"), children_injured=cnt(2, "Two of the injured were children"),
               damage=["five-storey apartment block", "logistics company's depot"],
               reported_by=["Serhii Lysak", "Borys Filatov"]),
        attack("Russia", "Ukraine", "other", [loc("Marhanets", "Dnipropetrovsk", "Ukraine")], day("2024-06-27", "on Thursday"),
               [{"type": "artillery"}, {"type": "drone"}],
               ev("In the Nikopol district, across the Dnipro river from Russian-occupied Enerhodar, artillery and drones hit Marhanets and Pokrovske communities on Thursday, Lysak added; a 70-year-old man was injured in Marhanets."),
               injured=cnt(1, "a 70-year-old man"), reported_by=["Serhii Lysak"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Pokrovske", "Dnipropetrovsk", "Ukraine")], day("2024-06-27", "on Thursday"),
                   [{"type": "artillery"}, {"type": "drone"}],
                   ev("In the Nikopol district, across the Dnipro river from Russian-occupied Enerhodar, artillery and drones hit Marhanets and Pokrovske communities on Thursday, Lysak added; a 70-year-old man was injured in Marhanets."),
                   reported_by=["Serhii Lysak"])),
        attack("Russia", "Ukraine", "missile_strike", [DN], month("2024-04-01", "2024-04-30", "In April"),
               [{"type": "missile"}],
               ev("In April, a missile hit the city's railway station and several residential buildings, injuring more than 20 people."),
               injured=cnt(20, "more than 20 people", "more_than"), damage=["railway station", "residential buildings"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ys06
GOLD["ys06_classroomwire_nmt_results"] = dict(
    notes="Control (Friday 12 July 2024): the national multi-subject test's results; no attack and no diplomacy. Not coded: "
          "sessions interrupted during air raid alerts (no strike), test centres abroad, university admissions from 24 "
          "July, the 2025 pilot.",
    attacks=[], diplomacy=[])

# --------------------------------------------------------------------------- ys07
GOLD["ys07_morningdispatch_day_in_war_mar20"] = dict(
    notes="Morning newsletter digest (Wednesday 20 March 2024), one item per heading. Attacks: Kharkiv 'on Tuesday evening' "
          "(19 March; 'a pair of glide bombs' launched 2, rule 9; 'Three people' killed and 18 injured first, 23 later is "
          "evidence, rule 6; 'two of them children' comes only in the update but is the only children figure: "
          "children_injured 2); 17 Shaheds overnight, 13 downed over three regions (a tally over several regions is the country record, "
          "rule 3; night 19-20 March); Kherson 'on Wednesday morning' (artillery, 'two men' injured). Diplomacy: the "
          "contact group's meeting at Ramstein Air Base 'on Tuesday' (meeting, held; Germany hosts as the state of the "
          "place, rule 15; Austin in the chair: United States); Pistorius's 500-million-euro package (military_aid, held, "
          "rule 16; undated, as announced at the meeting); Kuleba's call with Sikorski 'on Tuesday' (phone_call, held); "
          "the intergovernmental consultations in Warsaw 'on March 28' (talks, planned; Poland hosts). Optional: the US "
          "supplemental 'still stuck in Congress' (military_aid, stalled; a pending decision, debatable). Not coded: "
          "Peskov's 'no basis for negotiations' and his reaction to the Swiss conference idea (stance and reaction, rule "
          "13), the farmers' threat, Ukrenergo, the football play-off.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [KH], day("2024-03-19", "on Tuesday evening"),
               [{"type": "glide_bomb", "launched": cnt(2, "a pair")}],
               ev("Three people were killed and 18 injured when Russian planes dropped a pair of glide bombs on the city on Tuesday evening, according to Governor Oleh Syniehubov.",
                  "Later updates put the number of wounded at 23, two of them children aged 12 and 15."),
               killed=cnt(3, "Three people"), injured=cnt(18, "18"), children_injured=cnt(2, "two of them children"),
               damage=["printing plant", "residential courtyard"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2024-03-19", "2024-03-20", "overnight"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(17, "17"), "intercepted": cnt(13, "13")}],
               ev("Russia sent 17 Shahed attack drones against southern Ukraine overnight, the Air Force reported; air defence downed 13 over the Odesa, Mykolaiv and Kherson regions."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2024-03-20", "on Wednesday morning"), [{"type": "artillery"}],
               ev("In Kherson, Russian artillery fire injured two men on Wednesday morning, the city administration said."),
               injured=cnt(2, "two men"), reported_by=["Kherson city administration"]),
    ],
    diplomacy=[
        dip("meeting", ["Ukraine Defense Contact Group", "United States", "Ukraine", "Germany"], day("2024-03-19", "on Tuesday"), "held",
            "Defence ministers of the Ukraine Defense Contact Group met at Ramstein Air Base, chaired by Lloyd Austin, with Rustem Umerov",
            ev("The Ukraine Defense Contact Group's defence ministers gathered at Ramstein Air Base in Germany on Tuesday, with US Defense Secretary Lloyd Austin in the chair and Ukraine's Rustem Umerov in attendance."),
            location=loc("Ramstein Air Base", None, "Germany", "site")),
        dip("military_aid", ["Germany", "Ukraine"], None, "held",
            "Boris Pistorius announced a new German package for Ukraine worth 500 million euros",
            ev("Germany's Boris Pistorius announced a new package worth 500 million euros.")),
        dip("military_aid", ["United States", "Ukraine"], None, "stalled",
            "The American supplemental funding bill for Ukraine remains stuck in Congress",
            ev("Austin conceded that the American supplemental funding bill was still stuck in Congress."), optional=True),
        dip("phone_call", ["Ukraine", "Poland"], day("2024-03-19", "on Tuesday"), "held",
            "Dmytro Kuleba and Radosław Sikorski discussed the Polish farmers' blockade of border crossings",
            ev("Dmytro Kuleba, the foreign minister, had a call on Tuesday with Radosław Sikorski of Poland about the blockade of crossings on the border by Polish farmers.")),
        dip("talks", ["Ukraine", "Poland"], day("2024-03-28", "on March 28"), "planned",
            "Intergovernmental consultations of the Ukrainian and Polish governments, chaired by the prime ministers",
            ev("The two governments will hold intergovernmental consultations in Warsaw on March 28, chaired by the prime ministers, Ukraine's Cabinet said."),
            location=loc("Warsaw", None, "Poland")),
    ])

# --------------------------------------------------------------------------- ys08
GOLD["ys08_continentalbrief_burgenstock_analysis"] = dict(
    notes="Newspaper analysis (Monday 17 June 2024): the Summit on Peace in Ukraine at Bürgenstock, 'two-day' and ending "
          "'on Sunday' (15-16 June, rule 11; summit, held; Switzerland hosts, rule 15; the United States through Harris and "
          "the United Kingdom through Sunak are named participants; the non-signers attended but are named only as "
          "non-signers); Harris's 1.5 billion dollars for energy and humanitarian needs (military_aid of any cargo, held, "
          "rule 14; undated). Optional (background, rule 17, or debatable): the communique endorsed by 80 countries (a "
          "joint text, read as agreement); the G7 meeting in Apulia 'on Thursday' (13 June) and the two security "
          "agreements signed there with the United States and Japan; the British agreement 'concluded in Kyiv in "
          "January'; the second summit organisers 'talked of' (proposed, no host or date); Putin's terms set out 'On "
          "Friday' (a plan put forward, proposal). Not coded: Russia not invited, China declining, Saudi Arabia 'mentioned "
          "as a possible venue' (no offer), the rejection as an ultimatum (reaction, rule 13).",
    attacks=[],
    diplomacy=[
        dip("summit", ["Switzerland", "Ukraine", "United States", "United Kingdom"], span("2024-06-15", "2024-06-16", "two-day"), "held",
            "The Summit on Peace in Ukraine at the Bürgenstock resort, hosted by Swiss President Viola Amherd; 92 states attended, 80 countries and four organisations endorsed the communique",
            ev("The two-day Summit on Peace in Ukraine ended at the Bürgenstock resort above Lake Lucerne on Sunday with a final communique that 80 countries and four organisations endorsed.",
               "Switzerland, whose president Viola Amherd hosted the gathering at Kyiv's request, had invited more than 160 delegations; 92 states came."),
            location=loc("Bürgenstock", None, "Switzerland")),
        dip("military_aid", ["United States", "Ukraine"], None, "held",
            "Vice President Kamala Harris announced 1.5 billion dollars in US assistance for Ukraine's energy sector and humanitarian needs",
            ev("Washington was represented by Vice President Kamala Harris, who announced 1.5 billion dollars in US assistance for Ukraine's energy sector and humanitarian needs.")),
        dip("agreement", ["Switzerland", "Ukraine"], day("2024-06-16", "on Sunday"), "held",
            "The summit's final communique on nuclear safety, navigation and the return of prisoners and children, endorsed by 80 countries and four organisations",
            ev("The two-day Summit on Peace in Ukraine ended at the Bürgenstock resort above Lake Lucerne on Sunday with a final communique that 80 countries and four organisations endorsed."),
            optional=True),
        dip("summit", ["G7", "Ukraine", "Italy"], day("2024-06-13", "on Thursday"), "held",
            "The G7 meeting in Apulia attended by Zelensky",
            ev("At the G7 meeting in Apulia on Thursday, Zelensky signed ten-year security agreements with President Joe Biden and with Japan's prime minister, Fumio Kishida."),
            location=loc("Apulia", None, "Italy", "region"), optional=True),
        dip("agreement", ["Ukraine", "United States"], day("2024-06-13", "on Thursday"), "held",
            "Zelensky and Biden signed a ten-year security agreement",
            ev("At the G7 meeting in Apulia on Thursday, Zelensky signed ten-year security agreements with President Joe Biden and with Japan's prime minister, Fumio Kishida."),
            location=loc("Apulia", None, "Italy", "region"), optional=True),
        dip("agreement", ["Ukraine", "Japan"], day("2024-06-13", "on Thursday"), "held",
            "Zelensky and Fumio Kishida signed a ten-year security agreement",
            ev("At the G7 meeting in Apulia on Thursday, Zelensky signed ten-year security agreements with President Joe Biden and with Japan's prime minister, Fumio Kishida."),
            location=loc("Apulia", None, "Italy", "region"), optional=True),
        dip("agreement", ["United Kingdom", "Ukraine"], month("2024-01-01", "2024-01-31", "in January"), "held",
            "The British-Ukrainian bilateral security agreement concluded in Kyiv",
            ev("Those deals add to the bilateral arrangements that began with the British agreement concluded in Kyiv in January."),
            location=loc("Kyiv", None, "Ukraine"), optional=True),
        dip("summit", ["Ukraine", "Russia"], None, "proposed",
            "A second peace summit at which Russia could be present; no host or date set",
            ev("Organisers talked of a second summit at which Russia could be present, but no host or date has been set."),
            optional=True),
        dip("proposal", ["Russia", "Ukraine"], day("2024-06-14", "On Friday"), "proposed",
            "Vladimir Putin set out terms: Ukrainian withdrawal from four regions and renunciation of NATO membership",
            ev("On Friday, the day before it opened, Vladimir Putin set out his own terms: a full Ukrainian withdrawal from four regions and a renunciation of NATO membership."),
            optional=True),
    ])

# --------------------------------------------------------------------------- ys09
GOLD["ys09_kyivherald_sunak_security_pact"] = dict(
    notes="Kyiv newspaper (Friday 12 January 2024): Sunak's visit to Kyiv 'on Friday' (visit, held; the talks between the "
          "delegations are part of the visit, rule 14); the agreement on security cooperation signed during it "
          "(agreement, held, rule 14); the £2.5 billion for the coming financial year (military_aid, held, rule 16; "
          "undated announcement); Russian shelling of central Kherson 'Earlier on Friday' ('a 67-year-old woman' injured; "
          "a bus damaged). Optional: the NATO summit in Vilnius 'last July' (July 2023, rule 11: a January article, six "
          "months on, takes the latest July before it) where the G7 pledged such commitments; Sunak's trip of November "
          "2022 (visit). Not coded: agreements with Germany and France that 'could be ready within weeks' (hedged, no "
          "date or firm intent, rule 16), the alarms, Zelensky's statements, polls.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")], day("2024-01-12", "Earlier on Friday"),
               [{"type": "artillery"}],
               ev("Earlier on Friday, Russian forces shelled the centre of Kherson, wounding a 67-year-old woman and damaging a bus, the regional administration said."),
               injured=cnt(1, "a 67-year-old woman"), damage=["bus"], reported_by=["Kherson Regional Military Administration"]),
    ],
    diplomacy=[
        dip("visit", ["United Kingdom", "Ukraine"], day("2024-01-12", "on Friday"), "held",
            "Rishi Sunak's unannounced visit to Kyiv, with talks between the delegations and a meeting with soldiers' families",
            ev("British Prime Minister Rishi Sunak made an unannounced trip to Kyiv on Friday and signed a bilateral agreement on security cooperation with President Volodymyr Zelensky, the first such document concluded under last year's G7 declaration."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("agreement", ["United Kingdom", "Ukraine"], day("2024-01-12", "on Friday"), "held",
            "A ten-year bilateral agreement on security cooperation signed by Sunak and Zelensky",
            ev("British Prime Minister Rishi Sunak made an unannounced trip to Kyiv on Friday and signed a bilateral agreement on security cooperation with President Volodymyr Zelensky, the first such document concluded under last year's G7 declaration.",
               "The agreement, valid for ten years, commits the United Kingdom to provide \"swift and sustained\" assistance in the event of future Russian aggression and to help Ukraine build forces able to deter an attack."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["United Kingdom", "Ukraine"], None, "held",
            "Britain raises its military funding for Ukraine to £2.5 billion in the coming financial year, at least £200 million of it for drones",
            ev("Downing Street also said Britain would increase its military funding for Ukraine to £2.5 billion in the coming financial year, up £200 million on each of the previous two years.")),
        dip("summit", ["NATO", "Lithuania"], month("2023-07-01", "2023-07-31", "last July"), "held",
            "The NATO summit in Vilnius where G7 leaders first pledged bilateral security commitments",
            ev("The G7 leaders first pledged such bilateral commitments at the NATO summit in Vilnius last July."),
            location=loc("Vilnius", None, "Lithuania"), optional=True),
        dip("visit", ["United Kingdom", "Ukraine"], month("2022-11-01", "2022-11-30", "in November 2022"), "held",
            "Sunak's previous trip to Kyiv",
            ev("Sunak's previous trip to Kyiv, in November 2022, came weeks after he entered Downing Street."),
            location=loc("Kyiv", None, "Ukraine"), optional=True),
    ])

# --------------------------------------------------------------------------- ys10
GOLD["ys10_alliedforces_ramstein_pledges"] = dict(
    notes="Defence outlet (Tuesday 19 March 2024): the contact group's 20th session at Ramstein Air Base 'on Tuesday' "
          "(meeting, held, rule 14; Germany hosts as the state of the place, rule 15; Austin chairs: United States); "
          "Pistorius's 500-million-euro package (military_aid, held, rule 16; undated); Umerov's talks 'On the sidelines' "
          "with Austin and, separately, with Pistorius (two talks, held, the article's word, rule 14); the next meeting "
          "'planned for April' online (meeting, planned, month, rule 16: announced with a date by an official). "
          "Optional: the US supplemental 'blocked in the House' (military_aid, stalled, debatable), the Czech initiative's "
          "money for 300,000 rounds (an ongoing aid initiative, debatable), the air defence coalition launched (an "
          "agreement of several states, debatable), Austin's call with Umerov 'on Friday' (15 March; background before "
          "the meeting, rule 17). Not coded: 'We will not let Ukraine fail' (statement), shell rationing, Russia's rate "
          "of fire.",
    attacks=[],
    diplomacy=[
        dip("meeting", ["Ukraine Defense Contact Group", "United States", "Ukraine", "Germany"], day("2024-03-19", "on Tuesday"), "held",
            "The 20th session of the Ukraine Defense Contact Group at Ramstein Air Base, chaired by Lloyd Austin, with about 50 countries",
            ev("Defence chiefs from about 50 countries gathered at Ramstein Air Base in south-western Germany on Tuesday for the 20th Ukraine Defense Contact Group session, the first in-person meeting of the format there since last autumn."),
            location=loc("Ramstein Air Base", None, "Germany", "site")),
        dip("military_aid", ["Germany", "Ukraine"], None, "held",
            "Germany's package worth 500 million euros, including 10,000 rounds of large-calibre ammunition from Bundeswehr stocks",
            ev("German Defence Minister Boris Pistorius pledged a package worth 500 million euros, including 10,000 rounds of large-calibre ammunition from Bundeswehr stocks, and said Berlin would deliver the first of the additional Skynex anti-aircraft systems in the summer.")),
        dip("talks", ["Ukraine", "United States"], day("2024-03-19", "On the sidelines"), "held",
            "Rustem Umerov held talks with Lloyd Austin on the sidelines of the contact group",
            ev("On the sidelines, he held talks with Austin and, separately, with Pistorius, his ministry said."),
            location=loc("Ramstein Air Base", None, "Germany", "site")),
        dip("talks", ["Ukraine", "Germany"], day("2024-03-19", "On the sidelines"), "held",
            "Rustem Umerov held talks with Boris Pistorius on the sidelines of the contact group",
            ev("On the sidelines, he held talks with Austin and, separately, with Pistorius, his ministry said."),
            location=loc("Ramstein Air Base", None, "Germany", "site")),
        dip("meeting", ["Ukraine Defense Contact Group"], month("2024-04-01", "2024-04-30", "for April"), "planned",
            "The next contact group meeting, to be held online",
            ev("The next contact group meeting is planned for April and will be held online, a US defence official said.")),
        dip("military_aid", ["United States", "Ukraine"], None, "stalled",
            "The 60-billion-dollar US supplemental request blocked in the House of Representatives",
            ev("Chairing the session, US Defense Secretary Lloyd Austin acknowledged that Washington could no longer carry the same weight while the 60-billion-dollar supplemental request remains blocked in the House of Representatives."),
            optional=True),
        dip("military_aid", ["Czech Republic", "Ukraine"], None, "ongoing",
            "The Czech initiative to buy shells outside Europe has raised money for the first 300,000 rounds",
            ev("The Czech defence minister, Jana Černochová, told participants that the initiative to buy shells outside Europe had raised enough money for the first 300,000 rounds."),
            optional=True),
        dip("agreement", ["Germany", "France", "Ukraine Defense Contact Group"], day("2024-03-19", "on Tuesday"), "held",
            "An air defence capability coalition co-led by Germany and France",
            ev("The allies also launched an air defence capability coalition co-led by Germany and France, one of several so-called coalitions that divide work among donors."),
            optional=True),
        dip("phone_call", ["United States", "Ukraine"], day("2024-03-15", "on Friday"), "held",
            "Austin and Umerov discussed priorities for the Ramstein meeting",
            ev("Before Ramstein, Austin spoke by phone with Umerov on Friday to discuss priorities for the meeting, the Pentagon said."),
            optional=True),
    ])

# --------------------------------------------------------------------------- ys11
GOLD["ys11_humanrightsline_qatar_children_bodies"] = dict(
    notes="Human-rights outlet (Wednesday 24 July 2024): seven children returned from Russia 'on Tuesday' through Qatari "
          "mediation (kind other: a return of civilians is no prisoner exchange, rule 14; held; Qatar a participant as "
          "mediator, rule 15); the repatriation of 250 bodies for 38 'on Tuesday' (prisoner_exchange, rule 14's ruling on "
          "the dead; held); Lubinets's visit to Doha planned for Monday and postponed with no new date (visit, stalled, "
          "rule 16; dated by the day it was planned for, rule 11: the coming Monday, 29 July, as a postponed visit lies "
          "ahead). Optional: the prisoner exchange 'at the end of June' mediated by the UAE (background, rule 17). Not "
          "coded: Al-Khater's 'continue this humanitarian work' (stance, rule 13), the 70 children 'since last year' (no "
          "single event), Kuleba's thanks (statement), the deportation figures.",
    attacks=[],
    diplomacy=[
        dip("other", ["Ukraine", "Russia", "Qatar"], day("2024-07-23", "on Tuesday"), "held",
            "Seven Ukrainian children deported to Russia and occupied territory returned home through Qatari mediation",
            ev("Seven Ukrainian children deported to Russia and to occupied territory have returned home thanks to mediation by Qatar, the ombudsman for human rights, Dmytro Lubinets, announced on Wednesday.",
               "They crossed into Ukraine on Tuesday after travelling through a third country, Lubinets said, and were met by relatives.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2024-07-23", "on Tuesday"), "held",
            "Ukraine received the bodies of 250 fallen soldiers and handed over the bodies of 38 Russian servicemen",
            ev("Separately, the Ukrainian headquarters that handles prisoner-of-war matters reported on Wednesday that 250 bodies of fallen Ukrainian soldiers had been brought back.",
               "The transfer took place on Tuesday, the headquarters said; Ukraine handed over the bodies of 38 Russian servicemen in return.")),
        dip("visit", ["Ukraine", "Qatar"], day("2024-07-29", "for Monday"), "stalled",
            "Dmytro Lubinets's visit to Doha to discuss a list of more than 400 children, postponed with no new date",
            ev("Lubinets also said that a visit to Doha he had planned for Monday was postponed.", "No new date was given."),
            location=loc("Doha", None, "Qatar")),
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], month("2024-06-01", "2024-06-30", "at the end of June"), "held",
            "An exchange in which 90 Ukrainian prisoners came home, mediated by the United Arab Emirates",
            ev("The last exchange of prisoners of war took place at the end of June, when 90 Ukrainians came home in an Emirati-brokered swap."),
            optional=True),
    ])

# --------------------------------------------------------------------------- ys12
GOLD["ys12_vistulaeastreview_poland_grain_talks"] = dict(
    notes="Regional review (Friday 29 March 2024): the intergovernmental consultations in Warsaw 'on Thursday' (28 March; "
          "talks, held; Poland hosts, rule 15); the memorandum on checking agricultural goods (agreement, held, rule 14; "
          "signed at the consultations); the agriculture ministers' meeting in Lublin 'on April 10' (talks, planned, rule "
          "14: officials of two states); Duda's visit to Kyiv 'scheduled for next Tuesday' (2 April), postponed with no "
          "new date (visit, stalled, rule 16; dated by the planned day, rule 11). Optional: the Commission's proposal 'in "
          "January' to prolong duty-free trade (proposal, background, rule 17). Not coded: Poland's grain ban of "
          "September (a trade measure, not coded as diplomacy), the working groups (an outcome of the talks), Tusk's "
          "position and Shmyhal's quote (statements, rule 13), Kyiv's protest over the Medyka spill (reaction), the "
          "blockades.",
    attacks=[],
    diplomacy=[
        dip("talks", ["Poland", "Ukraine"], day("2024-03-28", "on Thursday"), "held",
            "Intergovernmental consultations of Donald Tusk and Denys Shmyhal with ministers of both cabinets; joint working groups on transport and agriculture",
            ev("Polish Prime Minister Donald Tusk and his Ukrainian counterpart Denys Shmyhal held intergovernmental consultations in Warsaw on Thursday, the first such round in more than three years, and agreed to set up joint working groups on transport and agriculture."),
            location=loc("Warsaw", None, "Poland")),
        dip("agreement", ["Poland", "Ukraine"], day("2024-03-28", "on Thursday"), "held",
            "A memorandum on checking agricultural goods at the border at joint points",
            ev("The two sides did sign a memorandum on checking agricultural goods at the border, under which Ukrainian exports bound for third countries will be inspected at joint points.")),
        dip("talks", ["Ukraine", "Poland"], day("2024-04-10", "on April 10"), "planned",
            "Agriculture ministers Mykola Solskyi and Czesław Siekierski to meet to draft a list of products for licensing",
            ev("Agriculture ministers Mykola Solskyi and Czesław Siekierski are due to meet in Lublin on April 10 to draft a list of products for licensing."),
            location=loc("Lublin", None, "Poland")),
        dip("visit", ["Poland", "Ukraine"], day("2024-04-02", "next Tuesday"), "stalled",
            "President Andrzej Duda's planned visit to Kyiv, postponed without a new date",
            ev("A planned visit to Kyiv by President Andrzej Duda, scheduled for next Tuesday, has been postponed, his office said on Friday, without giving reasons or a new date."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("proposal", ["European Union", "Ukraine"], month("2024-01-01", "2024-01-31", "in January"), "proposed",
            "The European Commission proposed to prolong duty-free trade with Ukraine until June 2025, with safeguards",
            ev("The European Commission proposed in January to prolong it until June 2025, with safeguards for sugar, eggs and poultry."),
            optional=True),
    ])


CLUSTERS = [
    ("kharkiv-2024-03-19", "Two glide bombs on Kharkiv, evening of 19 March 2024",
     [("ys02_slobozhanshchynadaily_kharkiv_kab", "attack", 0), ("ys07_morningdispatch_day_in_war_mar20", "attack", 0)]),
    ("ramstein-2024-03-19", "The Ukraine Defense Contact Group at Ramstein Air Base, 19 March 2024",
     [("ys07_morningdispatch_day_in_war_mar20", "diplomacy", 0), ("ys10_alliedforces_ramstein_pledges", "diplomacy", 0)]),
    ("germany-package-2024-03-19", "Germany's 500-million-euro package announced at Ramstein",
     [("ys07_morningdispatch_day_in_war_mar20", "diplomacy", 1), ("ys10_alliedforces_ramstein_pledges", "diplomacy", 1)]),
    ("us-supplemental-stalled-2024-03", "The US supplemental for Ukraine stuck in Congress (optional in both)",
     [("ys07_morningdispatch_day_in_war_mar20", "diplomacy", 2), ("ys10_alliedforces_ramstein_pledges", "diplomacy", 5)]),
    ("warsaw-consultations-2024-03-28", "Polish-Ukrainian intergovernmental consultations in Warsaw, 28 March 2024 (planned in one article, held in the other)",
     [("ys07_morningdispatch_day_in_war_mar20", "diplomacy", 4), ("ys12_vistulaeastreview_poland_grain_talks", "diplomacy", 0)]),
    ("uk-security-agreement-2024-01-12", "The UK-Ukraine agreement on security cooperation signed in Kyiv, 12 January 2024",
     [("ys09_kyivherald_sunak_security_pact", "diplomacy", 1), ("ys08_continentalbrief_burgenstock_analysis", "diplomacy", 6)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev44 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV44 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV44, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
