"""Write evals/dev38/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev38 on 3 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV38 = ROOT / "evals" / "dev38"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt, week  # noqa: E402


def span(a: str, b: str, text: str) -> dict:
    """An event of two named days ("on 24-25 June")."""
    return {"start": a, "end": b, "precision": "range", "text": text}


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- ym01
N0816 = night("2025-08-15", "2025-08-16", "Overnight")
GOLD["ym01_bankovaoffice_stubb_call"] = dict(
    notes="Presidential office readout (Saturday 16 August 2025): Zelensky's call with Stubb 'On Saturday evening' "
          "(phone_call, held); his call with Trump 'earlier on Saturday' (phone_call, held: told inside the readout, not "
          "background); his talks with Trump in Washington on Monday (talks, planned, 18 August: the article calls them "
          "talks, rule 14; a named day and place, rule 16; the United States is both side and host); Finland's 30th "
          "package of 90 million euros (military_aid, held, 'had approved', rule 16; no date); the night's 85 drones "
          "and one Iskander-M, 61 drones neutralised (country record, rule 3; the model fixes the family, rule 9); "
          "drones on an energy facility in the Chernihiv region and on a village of the Sumy region (two region "
          "records, each with its own details, rules 1 and 2; two injured in Sumy). Optional: the meeting of the "
          "American and Russian presidents 'in Alaska on Friday' (background to the call, rule 17). Not coded: "
          "Stubb 'ready to contribute' to guarantees (a stance, rule 13), 'agreed to remain in constant contact' "
          "(no event), Zelensky's demands on pressure and guarantees (statements, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0816,
               [{"type": "drone", "launched": cnt(85, "85"), "intercepted": cnt(61, "61")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(1, "one")}],
               ev("Overnight, the occupiers launched 85 attack drones and one Iskander-M ballistic missile against Ukraine.",
                  "Our air defence forces neutralised 61 of the drones."),
               reported_by=["Office of the President of Ukraine"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chernihiv", "Chernihiv", "Ukraine", "region")], N0816,
               [{"type": "drone"}],
               ev("Drones damaged an energy facility in the Chernihiv region, and in the Sumy region two people were injured in a drone attack on a village."),
               damage=["energy facility"], reported_by=["Office of the President of Ukraine"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine", "region")], N0816,
               [{"type": "drone"}],
               ev("Drones damaged an energy facility in the Chernihiv region, and in the Sumy region two people were injured in a drone attack on a village."),
               injured=cnt(2, "two people"), reported_by=["Office of the President of Ukraine"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Finland"], day("2025-08-16", "On Saturday evening"), "held",
            "Zelensky spoke by phone with Finnish President Alexander Stubb, informed him of his call with Trump and coordinated positions before Washington",
            ev("On Saturday evening the Ukrainian President Volodymyr Zelensky had a phone conversation with Alexander Stubb, the President of Finland.")),
        dip("phone_call", ["Ukraine", "United States"], day("2025-08-16", "earlier on Saturday"), "held",
            "Zelensky's conversation with Donald Trump, more than an hour long",
            ev("The Head of State informed his Finnish counterpart in detail about his conversation with President of the United States Donald Trump, which took place earlier on Saturday and lasted more than an hour, and about the signals Ukraine had received after the meeting of the American and Russian presidents in Alaska on Friday.")),
        dip("talks", ["Ukraine", "United States"], day("2025-08-18", "Monday"), "planned",
            "Zelensky to hold talks with Trump at the White House in Washington",
            ev("The leaders coordinated their positions ahead of Monday, when Volodymyr Zelensky travels to Washington for talks with the American leader in the White House."),
            location=loc("Washington", None, "United States")),
        dip("military_aid", ["Finland", "Ukraine"], None, "held",
            "Finland's 30th defence assistance package for Ukraine, worth 90 million euros, with air defence equipment and ammunition",
            ev("Alexander Stubb confirmed that Finland had approved its 30th package of defence assistance to Ukraine, worth 90 million euros, which includes air defence equipment and ammunition.")),
        dip("summit", ["United States", "Russia"], day("2025-08-15", "on Friday"), "held",
            "The meeting of the American and Russian presidents in Alaska",
            ev("The Head of State informed his Finnish counterpart in detail about his conversation with President of the United States Donald Trump, which took place earlier on Saturday and lasted more than an hour, and about the signals Ukraine had received after the meeting of the American and Russian presidents in Alaska on Friday."),
            location=loc("Alaska", None, "United States", "region"), optional=True),
    ])

# --------------------------------------------------------------------------- ym02
N1022 = night("2025-10-21", "2025-10-22", "on the night of 22 October")
GOLD["ym02_mfaukraine_statement_kyiv_strike"] = dict(
    notes="Foreign ministry statement (Wednesday 22 October 2025): the strike on Kyiv 'on the night of 22 October' (the "
          "night to the 22nd is 21-22 October, rule 11; 'at least four civilians' killed, 19 injured, 'three of them "
          "children', rules 6 and 7; the fifth victim found later is evidence, not the count, rule 6; kind taken from "
          "the sentence just before, which tells the same wave, rule 8; 'None of the diplomatic staff were hurt' is a "
          "nil for a part of the people the strike could hurt and fills nothing, rule 6); the nationwide 'more than 370 "
          "drones and 28 missiles' (country record, rules 3 and 7); Sybiha's call with Rangel 'On Wednesday morning' "
          "(phone_call, held); the UN Security Council's open meeting 'on Friday' at the UN Headquarters (meeting, "
          "planned, 24 October, rule 14; held at the organisation's seat, so no host state, rule 15). Not coded: the "
          "condemnation and the calls on partners (statements, rule 13), the EU's 'next sanctions package' discussed "
          "by the ministers (no decision or date), 'committed to a just peace' (a stance).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N1022,
               [{"type": "drone"}, {"type": "missile"}],
               ev("In Kyiv alone, at least four civilians were killed and 19 injured, three of them children.",
                  "Later in the morning rescuers recovered the body of a fifth victim from the rubble of a residential building in the Dniprovskyi district, the Kyiv City Military Administration reported.",
                  "The blast wave also damaged the consular section of the Embassy of the Portuguese Republic in Kyiv."),
               killed=cnt(4, "at least four civilians", "at_least"), injured=cnt(19, "19"),
               children_injured=cnt(3, "three of them children"),
               damage=["residential building", "consular section of the Portuguese embassy"],
               reported_by=["Foreign Ministry of Ukraine", "Kyiv City Military Administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1022,
               [{"type": "drone", "launched": cnt(370, "more than 370", "more_than")},
                {"type": "missile", "launched": cnt(28, "28")}],
               ev("Ukraine's Foreign Ministry resolutely condemns one more massive combined attack carried out by the Russian Federation against Ukraine on the night of 22 October.",
                  "In total, Russia used more than 370 drones and 28 missiles of various types, aiming primarily at energy facilities and residential neighbourhoods."),
               reported_by=["Foreign Ministry of Ukraine"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Portugal"], day("2025-10-22", "On Wednesday morning"), "held",
            "Foreign Minister Andrii Sybiha spoke with Portugal's Paulo Rangel about the damage to the Portuguese embassy and pressure on Russia",
            ev("On Wednesday morning, Foreign Minister Andrii Sybiha spoke by telephone with Paulo Rangel, Portugal's Minister of State and Foreign Affairs, informing him of the consequences of the attack on the embassy.")),
        dip("meeting", ["UN Security Council", "Ukraine"], day("2025-10-24", "on Friday"), "planned",
            "An open meeting of the UN Security Council, requested by Ukraine, on Russian attacks on civilian energy infrastructure",
            ev("At the request of Ukraine, the UN Security Council will hold an open meeting on the humanitarian consequences of Russian attacks on civilian energy infrastructure on Friday at the UN Headquarters in New York."),
            location=loc("New York", None, "United States")),
    ])

# --------------------------------------------------------------------------- ym03
N1022b = night("2025-10-21", "2025-10-22", "On the night of 22 October")
GOLD["ym03_airforcedaily_morning_october22"] = dict(
    notes="Air force morning report (Wednesday 22 October 2025), same night as ym02 and ym11: the country record with "
          "'372 strike UAVs of the Shahed type and decoy drones' (a combined total: weapon other with the article's "
          "words, plus drone and decoy_drone entries, rule 9; 318 of them downed or suppressed, rule 3) and '28 "
          "missiles' split into four Iskander-M and 24 Kh-101 (a split missile total is a combined total, rule 9; 23 "
          "downed, 21 and two by type); Kyiv ('at least four people were killed there and 19 wounded'; the districts "
          "stay on the city's record, rule 1; kind from the wave told above, rule 8); Kremenchuk (drones, a man "
          "injured); the Kharkiv region (drones on energy infrastructure in two unnamed districts: region record; 'no "
          "casualties were reported there': killed 0, injured 0, rule 6). Not coded: the 'hits by five missiles and 54 "
          "drones' at 14 locations (hits are not launches, rule 9), the launch areas, low-flying drones, outages.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1022b,
               [{"type": "other", "model": "Shahed type and decoy drones",
                 "launched": cnt(372, "372"), "intercepted": cnt(318, "318")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"},
                {"type": "other", "model": "missiles", "launched": cnt(28, "28"), "intercepted": cnt(23, "23")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(4, "four"), "intercepted": cnt(2, "two")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(24, "24"), "intercepted": cnt(21, "21 Kh-101")}],
               ev("On the night of 22 October (from 18:00 on 21 October), the enemy carried out a combined strike on Ukraine, the Air Force Command of the Armed Forces of Ukraine said in its morning report on Wednesday.",
                  "According to the report, Russia launched 372 strike UAVs of the Shahed type and decoy drones from launch areas near Oryol, Kursk, Primorsko-Akhtarsk and Millerovo, together with 28 missiles: four Iskander-M ballistic missiles (launch area: Bryansk region) and 24 Kh-101 cruise missiles released by Tu-95MS bombers flying over the Volgograd region.",
                  "By nine in the morning, air defence had brought down or suppressed 318 of the drones and 23 of the missiles, among them 21 Kh-101 and two Iskander-M, the Air Force said."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N1022b,
               [{"type": "drone"}, {"type": "missile"}],
               ev("Air Force spokesman Yurii Ihnat told the national telethon that Kyiv had borne the brunt of the attack.",
                  "The capital's military administration reported fires in the Dniprovskyi and Darnytskyi districts, where a nine-storey building was partly destroyed; at least four people were killed there and 19 wounded, according to initial figures."),
               killed=cnt(4, "at least four people", "at_least"), injured=cnt(19, "19"),
               damage=["nine-storey building"], reported_by=["Yurii Ihnat", "Kyiv City Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kremenchuk", "Poltava", "Ukraine")], N1022b,
               [{"type": "drone"}],
               ev("In the Poltava region the target was again Kremenchuk.",
                  "Mayor Vitalii Maletskyi said drones hit an industrial enterprise and a man was injured."),
               injured=cnt(1, "a man"), damage=["industrial enterprise"], reported_by=["Vitalii Maletskyi"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine", "region")], N1022b,
               [{"type": "drone"}],
               ev("In the Kharkiv region, Russian drones struck energy infrastructure in two districts, governor Oleh Syniehubov wrote, leaving several thousand customers without power; no casualties were reported there."),
               killed=cnt(0, "no casualties were reported there"), injured=cnt(0, "no casualties were reported there"),
               damage=["energy infrastructure"], reported_by=["Oleh Syniehubov"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ym04
N1113 = night("2025-11-12", "2025-11-13", "overnight")
GOLD["ym04_mildefbulletin_exchange_uavs"] = dict(
    notes="Russian defence ministry bulletin relayed by a wire (Thursday 13 November 2025): the exchange of 84 for 84 "
          "(prisoner_exchange, held, dated by the bulletin's Thursday; the United Arab Emirates as mediator is a "
          "participant, rule 15; Belarus, where the soldiers are treated, is not named as host); the 57 Ukrainian "
          "drones destroyed 'overnight' over three regions (country record Russia, intercepted only, rules 3 and 4); "
          "the Bryansk region's 23 go on Klimovo, the one struck locality the article names in that region (rule 3; "
          "'a drone had struck' gets no launched figure, rule 9; 'no one was hurt': injured 0, rule 6); the Kursk "
          "region's 19 and the Oryol region's 15 are those regions' own records (no locality named, rule 3). Not "
          "coded: Russian strikes 'in 146 areas' (a front-wide tally with no place, rule 5), the offensives near "
          "Kupiansk and Kostiantynivka and the 168 assaults (ground fighting, rule 5), the Kremlin's remark (a "
          "statement). Same exchange as ym09's (clusters.json).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1113,
               [{"type": "drone", "intercepted": cnt(57, "57")}],
               ev("In the same report the ministry said that its duty air defences had intercepted and destroyed 57 Ukrainian fixed-wing unmanned aerial vehicles overnight."),
               reported_by=["Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Klimovo", "Bryansk Oblast", "Russia")], N1113,
               [{"type": "drone", "intercepted": cnt(23, "23")}],
               ev("According to the breakdown, the Bryansk region accounted for 23 of them, the Kursk region for 19 and the Oryol region for 15.",
                  "Alexander Bogomaz, the Bryansk governor, said in a Telegram post that in the village of Klimovo a drone had struck a grain elevator, causing a fire; no one was hurt, he said."),
               injured=cnt(0, "no one was hurt"), damage=["grain elevator"],
               reported_by=["Russian Ministry of Defence", "Alexander Bogomaz"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk Oblast", "Russia", "region")], N1113,
               [{"type": "drone", "intercepted": cnt(19, "19")}],
               ev("According to the breakdown, the Bryansk region accounted for 23 of them, the Kursk region for 19 and the Oryol region for 15."),
               reported_by=["Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Oryol", "Oryol Oblast", "Russia", "region")], N1113,
               [{"type": "drone", "intercepted": cnt(15, "15")}],
               ev("According to the breakdown, the Bryansk region accounted for 23 of them, the Kursk region for 19 and the Oryol region for 15."),
               reported_by=["Russian Ministry of Defence"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine", "United Arab Emirates"], day("2025-11-13", "on Thursday"), "held",
            "84 Russian servicemen returned in exchange for 84 Ukrainian prisoners of war, with the UAE as humanitarian mediator",
            ev("The Russian Ministry of Defence said on Thursday that, following negotiations, 84 Russian servicemen had come back from territory under the control of the Kyiv regime.",
               "Russia gave back 84 captured soldiers of the Armed Forces of Ukraine in exchange, the ministry's daily bulletin said.",
               "The United Arab Emirates acted as humanitarian mediator in the swap, according to the bulletin.")),
    ])

# --------------------------------------------------------------------------- ym05
N0816b = night("2025-08-15", "2025-08-16", "overnight on August 15 to 16")
GOLD["ym05_conflictstudiesdesk_assessment_aug16"] = dict(
    notes="Think-tank daily assessment, a bulleted digest (Saturday 16 August 2025): the Alaska summit 'on August 15' "
          "(summit, held, United States and Russia; the news of the day, not background); Trump's call with Zelensky "
          "'on August 16' (phone_call, held); Zelensky's talks with Trump in Washington 'on August 18' (talks, planned, "
          "rule 16); the night's '85 Shahed-type and decoy drones' and one Iskander-M (country record; a combined total "
          "of two drone types: other with drone and decoy_drone entries, rule 9; 61 downed on the total); drones on "
          "energy infrastructure in Chernihiv Oblast (region record, same night); Ukrainian drones on the Syzran "
          "refinery 'overnight on August 14 to 15' (Ukraine on Russia, rule 4; the governor's one dead). Not coded: "
          "'later briefed several European leaders' (no state named, no form of contact), Peskov on a trilateral "
          "meeting and the assessment of Moscow's intent (statements), 'European leaders prepare their own meeting "
          "with Trump' (no day, place or participants named: not firm, rule 16), advances near Pokrovsk and "
          "Kostiantynivka (ground fighting, rule 5), recruitment bonuses. Same events as ym01's call, planned talks, "
          "country record and Chernihiv record, and ym08's Washington summit and Alaska meeting (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0816b,
               [{"type": "other", "model": "Shahed-type and decoy drones", "launched": cnt(85, "85"), "intercepted": cnt(61, "61")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(1, "one")}],
               ev("Russian forces launched 85 Shahed-type and decoy drones and one Iskander-M ballistic missile overnight on August 15 to 16, according to the Ukrainian air force, which reported that Ukrainian forces downed 61 drones."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chernihiv Oblast", "Chernihiv", "Ukraine", "region")], N0816b,
               [{"type": "drone"}],
               ev("Drone strikes damaged energy infrastructure in Chernihiv Oblast, local officials reported."),
               damage=["energy infrastructure"], reported_by=["local officials"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Syzran", "Samara Oblast", "Russia")],
               night("2025-08-14", "2025-08-15", "overnight on August 14 to 15"), [{"type": "drone"}],
               ev("Ukrainian drones struck the Syzran oil refinery in Samara Oblast overnight on August 14 to 15, according to geolocated footage and the Ukrainian General Staff.",
                  "Vyacheslav Fedorishchev, governor of Samara Oblast, claimed one person was killed."),
               killed=cnt(1, "one person"), damage=["oil refinery"],
               reported_by=["Ukrainian General Staff", "Vyacheslav Fedorishchev"]),
    ],
    diplomacy=[
        dip("summit", ["United States", "Russia"], day("2025-08-15", "on August 15"), "held",
            "Trump and Putin met for about three hours at Joint Base Elmendorf-Richardson in Anchorage; no agreement announced",
            ev("Presidents Donald Trump of the US and Vladimir Putin of Russia met for roughly three hours at Joint Base Elmendorf-Richardson in Anchorage on August 15, their first in-person meeting since 2019.",
               "Neither side announced an agreement."),
            location=loc("Anchorage", "Alaska", "United States")),
        dip("phone_call", ["United States", "Ukraine"], day("2025-08-16", "on August 16"), "held",
            "Trump phoned Zelensky after the Alaska summit",
            ev("Trump phoned Ukrainian President Volodymyr Zelensky on August 16 and later briefed several European leaders.")),
        dip("talks", ["Ukraine", "United States"], day("2025-08-18", "on August 18"), "planned",
            "Zelensky to travel to Washington for talks with Trump",
            ev("Zelensky said afterwards that he would travel to Washington for talks with Trump on August 18."),
            location=loc("Washington", None, "United States")),
    ])

# --------------------------------------------------------------------------- ym06
GOLD["ym06_radanews_sweden_ratification_latvia"] = dict(
    notes="Parliament's news item (Thursday 18 September 2025): the ratification of the Ukrainian-Swedish defence-"
          "industrial agreement 'On 18 September' (agreement, held, rule 14); the official visit of the Saeima's "
          "Speaker Daiga Mieriņa to Kyiv 'On the same day' (visit, held; her meeting with Stefanchuk is part of the "
          "visit, rule 14); the joint meeting of the two parliaments' foreign affairs committees 'in Riga in November' "
          "(a meeting of officials: talks, planned with a place and a month, rules 14 and 16). Optional: the signing "
          "'in Stockholm in June' (background, rule 17). Not coded: Latvia's 0.25 percent of GDP every year and that "
          "it 'would keep this level of assistance in 2026' (a standing policy and a pledge with no decision, rule 13), "
          "the appeal to the parliaments of the world (a statement), the wreath and the tour (part of the visit).",
    attacks=[],
    diplomacy=[
        dip("agreement", ["Ukraine", "Sweden"], day("2025-09-18", "On 18 September"), "held",
            "The Verkhovna Rada ratified the Ukrainian-Swedish agreement on defence-industrial cooperation (joint production of ammunition and unmanned systems)",
            ev("On 18 September, the Verkhovna Rada of Ukraine ratified the Agreement between the Cabinet of Ministers of Ukraine and the Government of the Kingdom of Sweden on cooperation in the defence-industrial sphere.")),
        dip("visit", ["Latvia", "Ukraine"], day("2025-09-18", "On the same day"), "held",
            "Official visit to Kyiv of Saeima Speaker Daiga Mieriņa at the head of a parliamentary delegation; she met Verkhovna Rada Chairman Ruslan Stefanchuk",
            ev("On the same day, Chairman of the Verkhovna Rada Ruslan Stefanchuk welcomed Speaker of the Saeima of the Republic of Latvia Daiga Mieriņa, who arrived in Kyiv on an official visit at the head of a parliamentary delegation."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("talks", ["Ukraine", "Latvia"], month("2025-11-01", "2025-11-30", "in November"), "planned",
            "A joint meeting of the foreign affairs committees of the Ukrainian and Latvian parliaments",
            ev("The speakers agreed to hold a joint meeting of the foreign affairs committees of the two parliaments in Riga in November."),
            location=loc("Riga", None, "Latvia")),
        dip("agreement", ["Ukraine", "Sweden"], month("2025-06-01", "2025-06-30", "in June"), "held",
            "The defence ministers of Ukraine and Sweden signed the defence-industrial agreement in Stockholm",
            ev("The document, signed in Stockholm in June by the defence ministers of the two countries, provides for the joint production of artillery ammunition and unmanned systems, the exchange of technologies and simplified procedures for moving components across borders."),
            location=loc("Stockholm", None, "Sweden"), optional=True),
    ])

# --------------------------------------------------------------------------- ym07
TODAY = day("2025-05-20", "today")
GOLD["ym07_eucouncilpress_17th_package"] = dict(
    notes="EU Council press release (Tuesday 20 May 2025): the 17th package adopted 'today' (sanctions, held: European "
          "Union and Russia, rule 15); the separate listing under the hybrid-threats framework 'today' (sanctions, "
          "held: a decision of its own); the United Kingdom's measures against 100 tankers 'on the same day' (sanctions, "
          "held; told under 'Background' but news of the day); the Commission's proposals for an 18th package 'in "
          "June' (announced with a month: planned, rule 16). Optional: the 16th package 'On 24 February 2025' "
          "(background, rule 17). Not coded: Kallas's quote and the EU's support 'as long as needed' (statements, "
          "rule 13), the publication in the Official Journal (part of the adoption). Firms and vessels of third "
          "countries are not targeted states.",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], TODAY, "held",
            "The Council's 17th package: 189 more shadow-fleet vessels banned from ports and services, 75 individuals and entities listed, 31 entities under tighter export restrictions",
            ev("The Council today adopted a 17th package of economic and individual restrictive measures in view of Russia's continued war of aggression against Ukraine.",
               "With today's decision, a further 189 vessels are subject to a port access ban and a ban on the provision of a broad range of services, bringing the total number of listed ships to 342.")),
        dip("sanctions", ["European Union", "Russia"], TODAY, "held",
            "Restrictive measures under the framework for Russia's hybrid threats on 21 individuals and six entities",
            ev("In parallel, the Council today imposed restrictive measures under its framework for Russia's hybrid threats on 21 individuals and six entities responsible for destabilising actions abroad, including information manipulation and sabotage on EU territory.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2025-05-20", "on the same day as today's decision"), "held",
            "The United Kingdom's own measures against 100 shadow-fleet tankers, coordinated with the EU",
            ev("The United Kingdom announced on the same day as today's decision its own measures against 100 tankers of the shadow fleet, in coordination with the EU.")),
        dip("sanctions", ["European Union", "Russia"], month("2025-06-01", "2025-06-30", "in June"), "planned",
            "The European Commission to present proposals for an 18th package, including a lower oil price ceiling",
            ev("The European Commission has announced that it will present proposals for an 18th package in June, including a reduction of the ceiling on the price of Russian oil.")),
        dip("sanctions", ["European Union", "Russia"], day("2025-02-24", "On 24 February 2025"), "held",
            "The 16th package, including a ban on imports of Russian primary aluminium",
            ev("On 24 February 2025, on the third anniversary of the full-scale invasion, the Council adopted the 16th package, which included a ban on imports of Russian primary aluminium."),
            optional=True),
    ])

# --------------------------------------------------------------------------- ym08
GOLD["ym08_continentalreview_analysis_talks"] = dict(
    notes="Newspaper analysis of negotiations (Thursday 21 August 2025): the White House meeting 'on Monday' 18 August "
          "with Macron, Merz, Starmer and Rutte (the article calls it a summit, rule 14; held; the United States hosts); "
          "Trump's call to Putin during it (phone_call, held, same Monday); the summit between Putin and Zelensky Trump "
          "'had begun arranging', with himself joining later (proposed: put forward, not agreed, rules 13 and 16; "
          "no date); the meeting of British, French and German security advisers with American officials in "
          "Washington 'on Friday' 22 August (talks, planned, rule 16). Optional (background told to set the scene, "
          "rule 17): the Riyadh talks 'On 18 February' (Saudi Arabia as host), the Jeddah talks 'Three weeks later' "
          "(about 11 March; Saudi Arabia, the state of the city, hosts, rule 15), the Istanbul rounds 'on 16 May', in "
          "June and in July (Turkey hosting), the Anchorage meeting 'on 15 August'. Not coded: Lavrov's 'step by step' "
          "and Moscow's rejection of Western troops (statements), the reassurance force that 'would only deploy after "
          "a deal' (no plan set up or tabled here), Putin's hint that Moscow would suit (a stance, rule 13), the "
          "American ceasefire proposal accepted in Jeddah (part of the optional Jeddah talks), the prisoner swaps of "
          "those rounds (no count or date).",
    attacks=[],
    diplomacy=[
        dip("summit", ["United States", "Ukraine", "France", "Germany", "United Kingdom", "NATO"],
            day("2025-08-18", "on Monday"), "held",
            "Zelensky at the White House with Trump, joined by Macron, Merz, Starmer and NATO's Mark Rutte",
            ev("When Volodymyr Zelensky walked into the Oval Office on Monday flanked by Emmanuel Macron, Friedrich Merz, Keir Starmer and NATO's Mark Rutte, it was the most crowded summit of a diplomatic season that began in a Saudi palace in February."),
            location=loc("Washington", None, "United States")),
        dip("phone_call", ["United States", "Russia"], day("2025-08-18", "on Monday"), "held",
            "Trump stepped out of the White House meeting to telephone Putin",
            ev("Halfway through that White House meeting, Donald Trump stepped out to telephone Vladimir Putin.")),
        dip("summit", ["Russia", "Ukraine", "United States"], None, "proposed",
            "A summit between Putin and Zelensky that Trump said he had begun arranging, with Trump joining later; the Kremlin has not agreed",
            ev("Afterwards he announced he had begun arranging a summit between Putin and Zelensky, with himself joining later.",
               "The Kremlin has not agreed to anything.")),
        dip("talks", ["United Kingdom", "France", "Germany", "United States"], day("2025-08-22", "on Friday"), "planned",
            "National security advisers of Britain, France and Germany to meet American officials on security guarantees for Ukraine",
            ev("National security advisers from Britain, France and Germany are due to meet American officials in Washington on Friday to sketch out security guarantees for Ukraine."),
            location=loc("Washington", None, "United States")),
        dip("talks", ["United States", "Russia", "Saudi Arabia"], day("2025-02-18", "On 18 February"), "held",
            "Marco Rubio and Sergei Lavrov led the first high-level US-Russian talks since the invasion, in Riyadh",
            ev("On 18 February, Marco Rubio and Lavrov led the first high-level US-Russian talks since the invasion, in Riyadh, with Saudi Arabia as host."),
            location=loc("Riyadh", None, "Saudi Arabia"), optional=True),
        dip("talks", ["Ukraine", "United States", "Saudi Arabia"], week("2025-03-08", "2025-03-14", "Three weeks later"), "held",
            "In Jeddah Ukrainian officials accepted an American proposal for a 30-day ceasefire",
            ev("Three weeks later, in Jeddah, Ukrainian officials accepted an American proposal for a 30-day ceasefire that Moscow then ignored."),
            location=loc("Jeddah", None, "Saudi Arabia"), optional=True),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-05-16", "on 16 May"), "held",
            "Russian and Ukrainian delegations met face to face in Istanbul, hosted by Turkey's foreign minister Hakan Fidan",
            ev("Russia and Ukraine sat face to face in Istanbul on 16 May, for the first time since 2022, with Turkey's top diplomat, Hakan Fidan, as their host."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("talks", ["Russia", "Ukraine", "Turkey"], month("2025-06-01", "2025-06-30", "in June"), "held",
            "The second round of Russian-Ukrainian talks in Istanbul",
            ev("The delegations met twice more there, in June and July."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("talks", ["Russia", "Ukraine", "Turkey"], month("2025-07-01", "2025-07-31", "July"), "held",
            "The third round of Russian-Ukrainian talks in Istanbul",
            ev("The delegations met twice more there, in June and July."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("summit", ["United States", "Russia"], day("2025-08-15", "on 15 August"), "held",
            "Trump's meeting with Putin in Anchorage ended without a deal",
            ev("Trump's meeting with Putin in Anchorage on 15 August ended without a deal, and Trump dropped his demand for a ceasefire before any settlement."),
            location=loc("Anchorage", "Alaska", "United States"), optional=True),
    ])

# --------------------------------------------------------------------------- ym09
GOLD["ym09_frontlinehumanitarian_prisoner_exchange"] = dict(
    notes="Humanitarian outlet (Thursday 13 November 2025): the exchange of 84 for 84 'on Thursday' (prisoner_exchange, "
          "held; the United Arab Emirates as mediator is a participant, rule 15); the return of bodies 'On Tuesday' "
          "(1,000 to Ukraine, 31 to Russia: an exchange between the two sides of the dead; kind "
          "prisoner_exchange by the ruling of 3 December 2026, evening, rule 14; held; required: a concrete event with identifiable participants, rule 13). Optional: "
          "Lubinets's conversation with Moskalkova 'during the exchange' (officials meeting: talks, held; debatable as "
          "part of the exchange), the Istanbul talks 'this summer' and the 1,000-for-1,000 exchange 'in May' "
          "(background, rule 17). Not coded: 'No date for a further swap' (nothing planned), the thanks to Abu Dhabi "
          "and Zelensky's words (statements), the families waiting (no event).",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2025-11-13", "on Thursday"), "held",
            "84 Ukrainian soldiers returned from Russian captivity for the same number of Russian servicemen, with the UAE as mediator",
            ev("Eighty-four Ukrainian soldiers came home from Russian captivity on Thursday in another exchange of prisoners, President Volodymyr Zelensky announced, sharing pictures of gaunt men draped in blue-and-yellow flags climbing out of buses close to the border with Belarus.",
               "Kyiv released an equal number of Russian soldiers.",
               "Ukraine's Coordination Headquarters for prisoner-of-war issues said the United Arab Emirates had again acted as mediator, and thanked Abu Dhabi for its help.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2025-11-11", "On Tuesday"), "held",
            "Repatriation of the dead: 1,000 bodies returned to Ukraine, 31 bodies of Russian servicemen handed over to Russia",
            ev("The swap came days after the two sides exchanged the remains of the dead.",
               "On Tuesday, 1,000 bodies came back to Ukraine of people that Russia says are Ukrainian soldiers, the headquarters reported, while 31 bodies of Russian servicemen were handed over to Moscow.")),
        dip("talks", ["Ukraine", "Russia"], day("2025-11-13", "during the exchange"), "held",
            "Ombudsman Dmytro Lubinets pressed Tatiana Moskalkova for the release of detained civilians when they met at the border",
            ev("Parliamentary human rights commissioner Dmytro Lubinets said he had pressed for the release of detained civilians in a conversation with his Russian counterpart Tatiana Moskalkova when they met at the border during the exchange."),
            optional=True),
        dip("talks", ["Russia", "Ukraine", "Turkey"], None, "held",
            "Russian and Ukrainian delegations met in Istanbul this summer and agreed a series of exchanges",
            ev("The release follows a series of exchanges agreed when the two countries' delegations sat down together in Istanbul this summer, including the largest of the war, in which 1,000 prisoners from each side went home over three days in May."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("prisoner_exchange", ["Russia", "Ukraine"], month("2025-05-01", "2025-05-31", "in May"), "held",
            "The war's largest exchange: 1,000 prisoners from each side over three days",
            ev("The release follows a series of exchanges agreed when the two countries' delegations sat down together in Istanbul this summer, including the largest of the war, in which 1,000 prisoners from each side went home over three days in May."),
            optional=True),
    ])

# --------------------------------------------------------------------------- ym10
WED = day("2025-06-04", "on Wednesday")
GOLD["ym10_defensepolicyjournal_contact_group"] = dict(
    notes="Defence trade paper (Wednesday 4 June 2025): the 28th Ukraine Defense Contact Group session at NATO "
          "headquarters 'on Wednesday' (meeting of an organisation, held; co-chairs the United Kingdom and Germany; "
          "held at NATO's seat, so NATO hosts, not Belgium, rule 15; Ukraine's minister attends); the British 100,000 "
          "drones, Germany's paying for long-range weapons made in Ukraine and the Netherlands' 300 million euros "
          "(military_aid, held: decisions announced, rule 16; no date of their own); Umerov's talks with Pistorius "
          "'On the sidelines' (talks, held; at NATO's seat, NATO as host, rule 15); the NATO summit in The Hague 'on "
          "24-25 June' (summit, planned; the Netherlands hosts the city, rule 15); Shahed drones on Kharkiv 'Overnight' "
          "(three killed, 17 injured as first figure; the governor's 21 later is evidence, rule 6; districts stay on "
          "the city, rule 1). Not coded: Norway 'still finalising its contribution' (no decision), Hegseth's absence "
          "and Washington's commitment, Rutte's remark and Umerov's quote (statements, rule 13), the five percent "
          "pledge expected at the summit (part of the planned summit).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2025-06-03", "2025-06-04", "Overnight"), [{"type": "drone", "model": "Shahed"}],
               ev("Overnight, Russian Shahed drones struck Kharkiv again, killing three people and injuring 17 in the Slobidskyi and Osnovianskyi districts, Mayor Ihor Terekhov said; by the afternoon the regional governor, Oleh Syniehubov, put the number of injured at 21."),
               killed=cnt(3, "three people"), injured=cnt(17, "17"),
               reported_by=["Ihor Terekhov", "Oleh Syniehubov"]),
    ],
    diplomacy=[
        dip("meeting", ["Ukraine Defense Contact Group", "NATO", "United Kingdom", "Germany", "Ukraine"], WED, "held",
            "28th session of the Ukraine Defense Contact Group, chaired by John Healey and Boris Pistorius, about 50 countries' defence ministers",
            ev("BRUSSELS — Defence ministers from about 50 countries met at NATO headquarters on Wednesday for the 28th session of the Ukraine Defense Contact Group, only the second chaired jointly by Britain's John Healey and Germany's Boris Pistorius, and pledged a fresh round of drones, ammunition and air defence for Kyiv."),
            location=loc("Brussels", None, "Belgium")),
        dip("military_aid", ["United Kingdom", "Ukraine"], None, "held",
            "Britain to deliver 100,000 drones to Ukraine this financial year, financed partly from frozen Russian assets",
            ev("Healey said Britain would deliver 100,000 drones to Ukraine in the current financial year, ten times last year's total, financed partly from the proceeds of frozen Russian assets.")),
        dip("military_aid", ["Germany", "Ukraine"], None, "held",
            "Germany to pay for long-range weapons produced in Ukraine",
            ev("Pistorius announced that Germany would pay for long-range weapons to be produced in Ukraine itself, a step he said would spare Berlin the debate over sending its own Taurus missiles.")),
        dip("military_aid", ["Netherlands", "Ukraine"], None, "held",
            "The Netherlands to provide 300 million euros for Ukrainian-made drones and radar",
            ev("The Netherlands will provide 300 million euros for Ukrainian-made drones and radar, Dutch Defence Minister Ruben Brekelmans told reporters, while Norway's Tore O. Sandvik said Oslo was still finalising its contribution to a joint air defence purchase.")),
        dip("talks", ["Ukraine", "Germany", "NATO"], WED, "held",
            "Rustem Umerov's talks with Boris Pistorius on financing Ukrainian production, on the sidelines of the contact group",
            ev("On the sidelines, Ukrainian Defence Minister Rustem Umerov held separate talks with Pistorius on the financing of Ukrainian production."),
            location=loc("Brussels", None, "Belgium")),
        dip("summit", ["NATO", "Netherlands"], span("2025-06-24", "2025-06-25", "on 24-25 June"), "planned",
            "NATO summit in The Hague, where members are expected to commit to five percent of GDP on defence",
            ev("Allied leaders are due to gather in The Hague on 24-25 June for a NATO summit where members are expected to commit to spending five percent of GDP on defence."),
            location=loc("The Hague", None, "Netherlands")),
    ])

# --------------------------------------------------------------------------- ym11
GOLD["ym11_kremenchukcitynews_refinery_night"] = dict(
    notes="Local news (Wednesday 22 October 2025): drones on an industrial enterprise in Kremenchuk 'overnight' "
          "(21-22 October; 'A man of 47' injured is the first figure, the midday three are evidence, rule 6; 'No one "
          "was killed': killed 0; damage to a kindergarten and houses stays on the city's record, rule 1); the June "
          "2022 missile on the Amstor shopping centre (a background attack with a place and a count is a record of its "
          "own, rule 5; 'more than 20' killed, rule 7; 'a Russian missile' gets no launched figure, rule 9). Not coded: "
          "'the third in a fortnight' (no count or day, rule 5), the missile alarm (no strike), the Air Force's words "
          "on the night (no figures). Same event as ym03's Kremenchuk record (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kremenchuk", "Poltava", "Ukraine")],
               night("2025-10-21", "2025-10-22", "overnight"), [{"type": "drone"}],
               ev("Kremenchuk woke up to the smell of smoke on Wednesday after another Russian attack on the city overnight, the third in a fortnight.",
                  "\"The enemy again attacked an industrial enterprise of the city with drones,\" the head of the Kremenchuk city military administration, Vitalii Maletskyi, wrote on his Telegram channel at 6:40. \"A fire broke out, it is being extinguished. A man of 47 was injured; he is receiving medical help.\"",
                  "By midday, the number of injured had risen to three, Maletskyi said in an update: two workers of the enterprise were treated for smoke inhalation. No one was killed, he added."),
               killed=cnt(0, "No one was killed"), injured=cnt(1, "A man of 47"),
               damage=["industrial enterprise", "kindergarten", "private houses"], reported_by=["Vitalii Maletskyi"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kremenchuk", "Poltava", "Ukraine")],
               month("2022-06-01", "2022-06-30", "In June 2022"), [{"type": "missile"}],
               ev("In June 2022, a Russian missile destroyed the Amstor shopping centre, killing more than 20 people."),
               killed=cnt(20, "more than 20 people", "more_than"), damage=["Amstor shopping centre"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ym12
GOLD["ym12_financeweekly_nbu_key_rate"] = dict(
    notes="Control (Thursday 11 December 2025): a central bank's rate decision. Nothing is coded: the war as a risk, the "
          "cost of repairing the power system (no attack, place or day), 'external financing would continue to arrive' "
          "(an assumption, no donor or decision: rule 13), reserves and cash purchases, the monetary policy committee's "
          "next meeting 'scheduled for 29 January' (a domestic institution's meeting, no event between states).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kyiv-2025-10-22", "Russian drones and missiles on Kyiv, night of 21-22 October 2025 (a foreign ministry statement and an air force report)",
     [("ym02_mfaukraine_statement_kyiv_strike", "attack", 0), ("ym03_airforcedaily_morning_october22", "attack", 1)]),
    ("ukraine-2025-10-22", "Russia's nationwide drone and missile attack on Ukraine, night of 21-22 October 2025",
     [("ym02_mfaukraine_statement_kyiv_strike", "attack", 1), ("ym03_airforcedaily_morning_october22", "attack", 0)]),
    ("kremenchuk-2025-10-22", "Russian drones on an industrial enterprise in Kremenchuk, night of 21-22 October 2025",
     [("ym03_airforcedaily_morning_october22", "attack", 2), ("ym11_kremenchukcitynews_refinery_night", "attack", 0)]),
    ("ukraine-2025-08-16", "Russia's 85 drones and an Iskander-M against Ukraine, night of 15-16 August 2025",
     [("ym01_bankovaoffice_stubb_call", "attack", 0), ("ym05_conflictstudiesdesk_assessment_aug16", "attack", 0)]),
    ("chernihiv-2025-08-16", "Russian drones on energy infrastructure in the Chernihiv region, night of 15-16 August 2025",
     [("ym01_bankovaoffice_stubb_call", "attack", 1), ("ym05_conflictstudiesdesk_assessment_aug16", "attack", 1)]),
    ("trump-zelensky-call-2025-08-16", "Trump's phone call with Zelensky, 16 August 2025",
     [("ym01_bankovaoffice_stubb_call", "diplomacy", 1), ("ym05_conflictstudiesdesk_assessment_aug16", "diplomacy", 1)]),
    ("washington-2025-08-18", "Zelensky's meeting with Trump at the White House, 18 August 2025 (planned in two articles, held in the third)",
     [("ym01_bankovaoffice_stubb_call", "diplomacy", 2), ("ym05_conflictstudiesdesk_assessment_aug16", "diplomacy", 2),
      ("ym08_continentalreview_analysis_talks", "diplomacy", 0)]),
    ("alaska-2025-08-15", "The Trump-Putin meeting in Anchorage, 15 August 2025",
     [("ym01_bankovaoffice_stubb_call", "diplomacy", 4), ("ym05_conflictstudiesdesk_assessment_aug16", "diplomacy", 0),
      ("ym08_continentalreview_analysis_talks", "diplomacy", 9)]),
    ("exchange-2025-11-13", "The 84-for-84 prisoner exchange mediated by the UAE, 13 November 2025 (Russian and Ukrainian accounts)",
     [("ym04_mildefbulletin_exchange_uavs", "diplomacy", 0), ("ym09_frontlinehumanitarian_prisoner_exchange", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev38 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV38 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV38, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
