"""Write evals/dev68/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev68, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV68 = ROOT / "evals" / "dev68"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, week, loc, UA, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

MYKOLAIV = loc("Mykolaiv", "Mykolaiv", "Ukraine")
SUMY = loc("Sumy", "Sumy", "Ukraine")
KREMENCHUK = loc("Kremenchuk", "Poltava", "Ukraine")
DNIPRO = loc("Dnipro", "Dnipropetrovsk", "Ukraine")
ODESA = loc("Odesa", "Odesa", "Ukraine")
ODESA_REGION = loc("Odesa region", "Odesa", "Ukraine", "region")
ZAPORIZHZHIA = loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")
BRYANSK_REGION = loc("Bryansk region", "Bryansk", "Russia", "region")
KURSK_REGION = loc("Kursk region", "Kursk", "Russia", "region")
BRUSSELS = loc("Brussels", "Brussels-Capital", "Belgium")
BERLIN = loc("Berlin", "Berlin", "Germany")
RAMSTEIN = loc("Ramstein Air Base", "Rhineland-Palatinate", "Germany", "site")
RIO = loc("Rio de Janeiro", "Rio de Janeiro", "Brazil")
US = "United States"
UAE = "United Arab Emirates"
EU = "European Union"
UDCG = "Ukraine Defense Contact Group"


# --------------------------------------------------------------------------- xq01
GOLD["xq01_mobile_operator_customer_update_grid_nov18"] = dict(
    notes="A mobile network operator's update to its subscribers on the network after Russia's attack on the power system "
          "(Monday 18 November 2024). Coded: the attack 'In the early hours of Sunday' (17 November, day, rule 11) on "
          "'the Ukrainian power system': Zelensky's '120 missiles and 90 drones' and the Air Force's '104 of the missiles' "
          "and '42 of the drones' downed go to Ukraine's country record (rule 3), drone_and_missile with a missile (120 / "
          "104) and a drone (90 / 42) entry, no combined figure given (rule 9); Mykolaiv 'on Sunday morning' ('a drone', "
          "indefinite, no launched figure, rule 9; no attacker named: Russia, rule 12; Vitaliy Kim's 'two people' killed "
          "and 'six' wounded); Sumy 'On Sunday evening' ('a Russian missile', uncounted; the city's late-evening 'ten dead' "
          "and 'two of them children' are the first figures, rule 6; the regional administration's 11 'This morning' is an "
          "update, in the evidence only). Not coded: the share of the operator's sites off the air, the damaged base "
          "stations (no attack of their own), the free calls and the roaming advice.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2024-11-17", "In the early hours of Sunday"),
               [{"type": "missile", "launched": cnt(120, "120 missiles"), "intercepted": cnt(104, "104 of the missiles")},
                {"type": "drone", "launched": cnt(90, "90 drones"), "intercepted": cnt(42, "42 of the drones")}],
               ev("In the early hours of Sunday Russia attacked the Ukrainian power system on a massive scale.",
                  "President Zelensky said that 120 missiles and 90 drones had been used against the country.",
                  "The Air Force says its air defence units downed 104 of the missiles and 42 of the drones."),
               damage=["generating plants", "high-voltage substations"], reported_by=["President Zelensky", "the Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [MYKOLAIV], day("2024-11-17", "on Sunday morning"),
               [{"type": "drone"}],
               ev("In Mykolaiv a drone struck a residential district on Sunday morning.",
                  "Vitaliy Kim, who governs the region, said that two people had been killed and six wounded."),
               killed=cnt(2, "two people"), injured=cnt(6, "six"),
               damage=["a residential district", "a mobile base station on a roof"], reported_by=["Vitaliy Kim"]),
        attack("Russia", "Ukraine", "missile_strike", [SUMY], day("2024-11-17", "On Sunday evening"),
               [{"type": "missile"}],
               ev("On Sunday evening a Russian missile slammed into a nine-storey residential block in central Sumy.",
                  "By late evening the city authorities reported ten dead, two of them children.",
                  "This morning the regional administration's figure was 11 dead."),
               killed=cnt(10, "ten dead"), children_killed=cnt(2, "two of them children"),
               damage=["a nine-storey residential block", "two mobile base stations"], reported_by=["the city authorities"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xq02
GOLD["xq02_district_court_press_summary_kremenchuk_nov29"] = dict(
    notes="A Kremenchuk district court's press summary of a judgment in absentia (Friday 29 November 2024). Coded: the "
          "strike 'On 27 June 2022' on Kremenchuk ('two Kh-22 missiles', counted: launched 2, rule 9; Kh-22 is `missile` "
          "by its model, rule 9; missile_strike; the court's '22 people' killed and '64' wounded; the Amstor shopping "
          "centre and a road-machinery plant as damage); the same regiment's Kh-22 strike 'on 14 January 2023' on an "
          "apartment block in Dnipro, '46 people' killed (a background attack with place, date and count, required, rule "
          "5; 'Kh-22 strike' names the model, no figure); Russia's strike 'on the morning of 28 November' on 'Ukraine's "
          "energy system with missiles and drones' (day; Ukraine's country record, rule 3; drone_and_missile, uncounted; "
          "required: told with its day as the reason the hearing failed). Not coded: the verdict and the sentence, the "
          "Tu-22M3 bombers' launch area over the Kursk region (no attack on it), the request to send the judgment to the "
          "International Criminal Court (a request, no diplomatic event, rule 13), the appeal.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KREMENCHUK], day("2022-06-27", "On 27 June 2022"),
               [{"type": "missile", "model": "Kh-22", "launched": cnt(2, "two Kh-22 missiles")}],
               ev("On 27 June 2022, shortly before four in the afternoon, two Kh-22 missiles fired from Russian Tu-22M3 long-range bombers over the Kursk region struck Kremenchuk.",
                  "One destroyed the Amstor shopping centre, where several hundred shoppers and staff were inside; the other hit the grounds of a road-machinery plant on the far side of the street.",
                  "The court found it established that the strike killed 22 people and wounded 64."),
               killed=cnt(22, "22 people"), injured=cnt(64, "64"),
               damage=["the Amstor shopping centre", "a road-machinery plant"], reported_by=["the court"]),
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], day("2023-01-14", "on 14 January 2023"),
               [{"type": "missile", "model": "Kh-22"}],
               ev("The prosecution also told the court that a separate case, now with investigators, concerns the same regiment's Kh-22 strike on 14 January 2023 on an apartment block in Dnipro, which killed 46 people."),
               killed=cnt(46, "46 people"), damage=["an apartment block"], reported_by=["the prosecution"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2024-11-28", "on the morning of 28 November"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("It could not go ahead: on the morning of 28 November Russia struck Ukraine's energy system with missiles and drones, an air-raid alert covered the Poltava region for several hours, and the court building had no electricity until evening."),
               damage=["the energy system"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xq03
GOLD["xq03_hydromet_weather_bulletin_air_alert_nov28"] = dict(
    notes="A regional hydrometeorological centre's weather bulletin for Kyiv and the Kyiv region with a notice to users on "
          "the missed morning bulletins (Thursday 28 November 2024). Coded: the Air Force's figures for Russia's attack "
          "'overnight and this morning' (27-28 November, range, rule 11) against Ukraine: Ukraine's country record (rule "
          "3), drone_and_missile; '188 means of air attack' is a combined total of two types (one weapon of type other, "
          "model 'means of air attack', launched 188; no combined interception figure is given), '91 missiles' of which "
          "'79 of the missiles' destroyed, '97 drones' of which '35 of the drones' (rule 9); the '62 drones' that "
          "'disappeared from radar without reaching a target' name no defender, so they are not intercepted (rule 3). "
          "Optional: 'the previous large attack on the power system, on 17 November' (a background attack with a date, "
          "no figure, no weapon, the place only implied: kind other, rule 5). Not coded: the alert's times, the power "
          "cuts, the forecast, the hazards.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2024-11-27", "2024-11-28", "overnight and this morning"),
               [{"type": "other", "model": "means of air attack", "launched": cnt(188, "188 means of air attack")},
                {"type": "missile", "launched": cnt(91, "91 missiles"), "intercepted": cnt(79, "79 of the missiles")},
                {"type": "drone", "launched": cnt(97, "97 drones"), "intercepted": cnt(35, "35 of the drones")}],
               ev("According to the Air Force, Russia used 188 means of air attack against Ukraine overnight and this morning: 91 missiles and 97 drones.",
                  "Ukraine's air defence destroyed 79 of the missiles and 35 of the drones, and a further 62 drones disappeared from radar without reaching a target.",
                  "The attack was aimed at energy facilities, and scheduled power cuts are in force in the capital and the region."),
               damage=["energy facilities"], reported_by=["the Air Force"]),
        opt(attack("Russia", "Ukraine", "other", [UA], day("2024-11-17", "on 17 November"),
                   [],
                   ev("Observations have now been interrupted twice in November: the previous large attack on the power system, on 17 November, also delayed our morning bulletin."),
                   damage=["the power system"])),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xq04
GOLD["xq04_arms_control_researcher_newsletter_oreshnik_nov23"] = dict(
    notes="An arms-control researcher's weekly newsletter (Saturday 23 November 2024), eight numbered items. Coded: Olaf "
          "Scholz's telephone call to Vladimir Putin 'On 15 November' (phone_call, held, Germany and Russia, rule 14); "
          "Russia's Defence Ministry's 'massive strike' 'on 17 November' with missiles and attack drones on energy "
          "facilities in Ukraine (day; Ukraine's country record, rule 3; drone_and_missile, uncounted: 'gave no figures'); "
          "'six ATACMS missiles launched by Ukraine' at a facility in the Bryansk region 'On 19 November' (attacker Ukraine, "
          "target Russia, rule 4; no locality named: the region's record, rule 1; ATACMS is a ballistic_missile by its "
          "model, rule 9; launched 6, 'five of them' shot down, intercepted 5; 'with no casualties' fills killed 0 and "
          "injured 0, rule 6); 'a Russian missile struck the Pivdenmash plant in Dnipro' 'On 21 November' (day; one "
          "missile with the indefinite article: no launched figure, rule 9; Putin names it Oreshnik, a ballistic_missile, "
          "rule 9); the US Treasury's sanctions on Gazprombank 'on 21 November' (sanctions, held, the United States and "
          "Russia, the state they target, rule 15); the extraordinary NATO-Ukraine Council session 'due on Tuesday, 26 "
          "November' at the alliance's Brussels headquarters (meeting, planned, rule 16; NATO and Ukraine; held at the "
          "organisation's seat, so no Belgium, rule 15); the G20 summit in Rio de Janeiro 'on 18-19 November' with "
          "Lavrov representing Russia (summit, held; the G20, Russia and Brazil, the state of the city, rule 15). "
          "Optional: the fragments of 'British Storm Shadow missiles in the Kursk region' that Russian military bloggers "
          "said they pictured 'On 20 November' (a claim neither side confirmed: a debatable reading; attacker Ukraine, "
          "cruise_missile by the model, rule 9). Not coded: the updated nuclear doctrine, Putin's warning of further "
          "tests (a stance), the Air Force's first 'intercontinental' reading (the same missile), the leaders' "
          "declaration's wording.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2024-11-17", "on 17 November"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("Two days later, on 17 November, Russia's Defence Ministry announced what it called a \"massive strike\", by precision missiles of long range and by attack drones, on energy facilities in Ukraine that, in its words, served the Ukrainian defence industry.",
                  "The ministry gave no figures of its own, as usual."),
               damage=["energy facilities"], reported_by=["Russia's Defence Ministry"]),
        attack("Ukraine", "Russia", "missile_strike", [BRYANSK_REGION], day("2024-11-19", "On 19 November"),
               [{"type": "ballistic_missile", "model": "ATACMS", "launched": cnt(6, "six ATACMS missiles"),
                 "intercepted": cnt(5, "five of them")}],
               ev("On 19 November, the ministry reported six ATACMS missiles launched by Ukraine at a facility in the Bryansk region.",
                  "It said five of them were shot down, and that debris from the sixth fell on a military facility and caused a fire that was quickly put out, with no casualties."),
               killed=cnt(0, "with no casualties"), injured=cnt(0, "with no casualties"),
               damage=["a military facility"], reported_by=["Russia's Defence Ministry"]),
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], day("2024-11-21", "On 21 November"),
               [{"type": "ballistic_missile", "model": "Oreshnik"}],
               ev("On 21 November, early in the morning, a Russian missile struck the Pivdenmash plant in Dnipro.",
                  "That evening Putin went on television to say it had been a new intermediate-range ballistic missile, which he called Oreshnik, carrying no nuclear warhead, and that further tests would follow \"in combat conditions\"."),
               damage=["the Pivdenmash plant"], reported_by=["Vladimir Putin"]),
        opt(attack("Ukraine", "Russia", "missile_strike", [KURSK_REGION], day("2024-11-20", "On 20 November"),
                   [{"type": "cruise_missile", "model": "Storm Shadow"}],
                   ev("On 20 November Russian military bloggers posted pictures of what they said were fragments of British Storm Shadow missiles in the Kursk region."),
                   reported_by=["Russian military bloggers"])),
    ],
    diplomacy=[
        dip("phone_call", ["Germany", "Russia"], day("2024-11-15", "On 15 November"), "held",
            "Olaf Scholz's telephone call to Vladimir Putin, the first between a German chancellor and Putin in nearly two years; Scholz asked Putin to withdraw and negotiate with Ukraine",
            ev("On 15 November Olaf Scholz telephoned Vladimir Putin, the first conversation between a German chancellor and the Russian president in nearly two years.",
               "Berlin's readout says the chancellor asked Putin to withdraw his forces and to negotiate with Ukraine; the Kremlin's says the initiative came from Germany.")),
        dip("sanctions", [US, "Russia"], day("2024-11-21", "on 21 November"), "held",
            "US Treasury sanctions on Gazprombank",
            ev("Also on 21 November, the US Treasury added Gazprombank to its sanctions list, closing one of the last channels through which Europeans paid for Russian gas.")),
        dip("meeting", ["NATO", "Ukraine"], day("2024-11-26", "on Tuesday, 26 November"), "planned",
            "Extraordinary NATO-Ukraine Council session of NATO ambassadors with Ukrainian officials at NATO headquarters, requested by Kyiv",
            ev("At Kyiv's request, NATO's ambassadors will meet Ukrainian officials in an extraordinary NATO-Ukraine Council session, due on Tuesday, 26 November, at the alliance's Brussels headquarters."),
            location=BRUSSELS),
        dip("summit", ["G20", "Russia", "Brazil"], night("2024-11-18", "2024-11-19", "on 18-19 November"), "held",
            "G20 summit in Rio de Janeiro, Russia represented by Sergei Lavrov",
            ev("For completeness: Sergei Lavrov represented Russia at the G20 summit in Rio de Janeiro on 18-19 November."),
            location=RIO),
    ])

# --------------------------------------------------------------------------- xq05
GOLD["xq05_hotel_notice_to_guests_odesa_port_oct10"] = dict(
    notes="An Odesa hotel's notice to its guests (Thursday 10 October 2024). Coded: Russia's ballistic missile on a "
          "Panama-flagged container ship in the port of Odesa 'Yesterday evening, Wednesday 9 October' (day, rule 11; 'a "
          "ballistic missile', indefinite, no launched figure, rule 9; missile_strike; the military governor's figures "
          "'Shortly before midnight', 'eight people' killed and 'ten' injured, are the first, rule 6; the 15 injured 'This "
          "morning' is an update, in the evidence only); Russian drones that damaged port facilities in the Odesa region "
          "'Early on Monday, 7 October' (a background attack with place and date, required, rule 5; the region's own "
          "record, no locality named, rule 1; plural, no figure: drone uncounted; 'one person' injured). Not coded: 'none "
          "of our guests or staff was hurt' (the hotel was not the struck site: the nil fills nothing, rule 6), the alert's "
          "times, the shelter and the services.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ODESA], day("2024-10-09", "Yesterday evening, Wednesday 9 October"),
               [{"type": "ballistic_missile"}],
               ev("Yesterday evening, Wednesday 9 October, Russia struck the port of Odesa with a ballistic missile.",
                  "Shortly before midnight the region's military governor reported that eight people had been killed, most of them port workers, and that ten had been injured.",
                  "This morning the number of injured was given as 15."),
               killed=cnt(8, "eight people"), injured=cnt(10, "ten"),
               damage=["a Panama-flagged civilian container ship"], reported_by=["the region's military governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [ODESA_REGION], day("2024-10-07", "Early on Monday, 7 October"),
               [{"type": "drone"}],
               ev("Early on Monday, 7 October, Russian drones damaged port facilities in the Odesa region, and the regional administration said one person was injured then."),
               injured=cnt(1, "one person"), damage=["port facilities"], reported_by=["the regional administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xq06
GOLD["xq06_city_council_compensation_notice_sumy_nov19"] = dict(
    notes="Sumy City Council's housing department's notice on applications for compensation for damaged housing (Tuesday "
          "19 November 2024). Coded: 'an enemy missile' on a nine-storey residential building in Sumy 'On the evening of "
          "17 November' (day; the enemy of a Ukrainian city's council is Russia, rule 12; indefinite, no launched figure, "
          "rule 9; the regional administration's figures as of 18 November are the only ones the notice gives, rule 6: "
          "'11 people' killed, 'two children' among them, '84' injured); Russia's missiles and drones 'In the early hours of "
          "the same day' on energy infrastructure 'across Ukraine' (17 November, day; Ukraine's country record, rule 3; "
          "drone_and_missile, uncounted); 'an enemy drone' on a private house in Sumy's Zarichnyi district 'On 18 November' "
          "(day; indefinite, uncounted; 'The occupants ... were not hurt' is a nil of the struck site's people: injured 0 "
          "only, killed stays null, rule 6). Not coded: the restored heating and water 'on the night of 18 November' (no "
          "attack), the compensation procedure, the documents, the temporary accommodation.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [SUMY], day("2024-11-17", "On the evening of 17 November"),
               [{"type": "missile"}],
               ev("On the evening of 17 November, an enemy missile struck a nine-storey residential building on Kharkivska Street in Sumy.",
                  "According to the regional military administration, as of the morning of 18 November, 11 people had been killed, among them two children, and 84 had been injured."),
               killed=cnt(11, "11 people"), injured=cnt(84, "84"), children_killed=cnt(2, "two children"),
               damage=["a nine-storey residential building on Kharkivska Street"],
               reported_by=["the regional military administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2024-11-17", "In the early hours of the same day"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("In the early hours of the same day, Russia launched missiles and drones en masse at energy infrastructure across Ukraine."),
               damage=["energy infrastructure"]),
        attack("Russia", "Ukraine", "air_drone_strike", [SUMY], day("2024-11-18", "On 18 November"),
               [{"type": "drone"}],
               ev("On 18 November, during the day, an enemy drone crashed into a private house in Zarichnyi district of Sumy.",
                  "The occupants were in the cellar and were not hurt."),
               injured=cnt(0, "were not hurt"), damage=["a private house in the Zarichnyi district"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xq07
GOLD["xq07_weekend_news_quiz_oct19"] = dict(
    notes="A weekend supplement's news quiz with its answers (Saturday 19 October 2024); each record's evidence is the "
          "question and the answer that state it. Coded: Zelensky's setting out of the Victory Plan to the EU leaders "
          "'On Thursday' (17 October; a plan put to the other side: proposal, proposed, rule 13; Ukraine and the European "
          "Union) at the European Council summit in Brussels (summit, held, rule 14; the EU and Ukraine; held at the "
          "organisation's own summit, no Belgium, rule 15); the leaders' summit of the Ramstein group due 'on 12 October' "
          "at the US air base at Ramstein, 'postponed; no new date has been set' (stalled, dated by the day planned, rules "
          "11 and 16; the group, the United States, whose president was to chair it, and Germany, the state of the place, "
          "rule 15); Biden's 'one-day visit' to Berlin 'on Friday' (18 October; visit, held; the meeting with Scholz is "
          "part of it, rule 14); the exchange 'On Friday' of 95 (held; the UAE 'brokered the swap', rule 15); the "
          "ballistic missile on a container ship in Odesa 'on the evening of 9 October' ('a ballistic missile', "
          "uncounted, rule 9; no attacker named: Russia, rule 12; 'nine people' killed; 'several more' injured is no "
          "number). Not coded: the presentation to the Verkhovna Rada 'on Wednesday' (no other party), the plan's points, "
          "the crossword setters in Oslo, the Nobel Peace Prize, the cup replay and the bird poll (no state a party to any "
          "war event).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ODESA], day("2024-10-09", "on the evening of 9 October"),
               [{"type": "ballistic_missile"}],
               ev("From further back: a ballistic missile hit a container ship at a berth in Odesa last week.",
                  "The strike on the evening of 9 October killed nine people, most of them port workers, and injured several more."),
               killed=cnt(9, "nine people"), damage=["a container ship"]),
    ],
    diplomacy=[
        dip("summit", [EU, "Ukraine"], day("2024-10-17", "On Thursday"), "held",
            "European Council summit in Brussels, at which Volodymyr Zelensky set out his Victory Plan to the leaders of the 27 member states",
            ev("To Brussels.",
               "On Thursday he set out the Victory Plan to the leaders of all 27 member states at the European Council summit, asking them to back it."),
            location=BRUSSELS),
        dip("proposal", ["Ukraine", EU], day("2024-10-17", "On Thursday"), "proposed",
            "Zelensky's Victory Plan, put to the EU leaders for their backing",
            ev("On Thursday he set out the Victory Plan to the leaders of all 27 member states at the European Council summit, asking them to back it.")),
        dip("summit", [UDCG, US, "Germany"], day("2024-10-12", "on 12 October"), "stalled",
            "First leaders'-level summit of the Ukraine Defense Contact Group at Ramstein, to be chaired by Joe Biden; postponed with no new date after Biden cancelled his trip because of Hurricane Milton",
            ev("A first-ever gathering at leaders' level was due to take place at the US air base at Ramstein on 12 October.",
               "Because Joe Biden cancelled his German trip: Hurricane Milton was bearing down on Florida.",
               "The Ramstein group's summit at leaders' level (formally, the Ukraine Defense Contact Group), which he was to chair, was postponed; no new date has been set."),
            location=RAMSTEIN),
        dip("visit", [US, "Germany"], day("2024-10-18", "on Friday"), "held",
            "Joe Biden's one-day visit to Berlin; met Chancellor Olaf Scholz and received Germany's highest order of merit",
            ev("In Berlin.",
               "Mr Biden made a one-day visit to Germany's capital on Friday, where he met Chancellor Olaf Scholz and received the country's highest order of merit."),
            location=BERLIN),
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2024-10-18", "On Friday"), "held",
            "Exchange in which 95 Ukrainian servicemen, among them defenders of Mariupol, came home; brokered by the UAE",
            ev("On Friday 95 Ukrainian servicemen, among them defenders of Mariupol, returned from captivity, and it was the United Arab Emirates who brokered the swap.")),
    ])

# --------------------------------------------------------------------------- xq08
GOLD["xq08_hosting_status_page_incident_dnipro_nov21"] = dict(
    notes="A cloud-hosting company's status page, its incident history for the Dnipro data hall (Thursday 21 November 2024). "
          "Coded: Russia's attack on Dnipro 'this morning' (21 November, day): the Air Force's 'a ballistic missile' "
          "(indefinite, no launched figure, rule 9) and 'seven Kh-101 cruise missiles' of which 'six of the Kh-101' were "
          "shot down (cruise_missile, model Kh-101, 7 / 6), missile_strike; the regional military administration's 'two "
          "people' injured, an industrial enterprise and a rehabilitation centre damaged; the evening note's Oreshnik "
          "names the same missile (rule 9 would make it a ballistic_missile: it already is). 'None of our staff on site "
          "were hurt' fills nothing: the data hall was not the struck site (rule 6). The earlier incident 'On the night of "
          "25 October' (24-25 October, range, rule 11): 'a drone hit an office building next to our Dnipro site', "
          "indefinite, uncounted; 'There were no injuries' is injured 0 only (rule 6); a background attack with place and "
          "date, required (rule 5). Not coded: the power and fuel figures, the cooling unit, the timestamps of the "
          "entries (no event of their own).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], day("2024-11-21", "this morning"),
               [{"type": "ballistic_missile"},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(7, "seven Kh-101 cruise missiles"),
                 "intercepted": cnt(6, "six of the Kh-101")}],
               ev("Ukraine's Air Force says Russia attacked Dnipro between 05:00 and 07:00 this morning with a ballistic missile launched from the Astrakhan region and seven Kh-101 cruise missiles fired from Tu-95MS bombers; six of the Kh-101 were shot down.",
                  "The Dnipropetrovsk regional military administration reports that the attack on Dnipro this morning hit an industrial enterprise and that two people were injured; a rehabilitation centre for people with disabilities was also damaged."),
               injured=cnt(2, "two people"),
               damage=["an industrial enterprise", "a rehabilitation centre for people with disabilities"],
               reported_by=["Ukraine's Air Force", "the Dnipropetrovsk regional military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [DNIPRO], night("2024-10-24", "2024-10-25", "On the night of 25 October"),
               [{"type": "drone"}],
               ev("On the night of 25 October a drone hit an office building next to our Dnipro site.",
                  "There were no injuries."),
               injured=cnt(0, "There were no injuries"),
               damage=["an office building", "an external cooling unit of the data hall"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xq09
GOLD["xq09_lyceum_parents_newsletter_zaporizhzhia_nov08"] = dict(
    notes="A Zaporizhzhia lyceum director's Friday letter to parents (8 November 2024). Coded: 'Russian guided aerial "
          "bombs' on Zaporizhzhia's Shevchenkivskyi district 'On Thursday morning, 7 November' (day; plural with no "
          "figure: glide_bomb, uncounted, rule 9; Ivan Fedorov's Thursday-evening figures are the first, rule 6: 'at "
          "least four people' killed (at_least, rule 7), 'more than 30' wounded (more_than), 'a boy aged 12' among the "
          "wounded (children_injured 1, a child told one by one, rule 6); the six dead 'Today' is an update, in the "
          "evidence only). Optional: the 60 kW generator the lyceum received 'last week' (28 October - 3 November) under "
          "a joint programme of the Government of Japan and UNDP (aid of any cargo: military_aid, held, rule 14; a "
          "debatable reading, a delivery under a programme rather than a decision told). Not coded: 'bombs have fallen in "
          "our district before this autumn' (no date, no count: rule 5), the Year 10 exchange with a school in Wrocław "
          "postponed (schools, no state a party), the timetable, the reminders.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [ZAPORIZHZHIA], day("2024-11-07", "On Thursday morning, 7 November"),
               [{"type": "glide_bomb"}],
               ev("On Thursday morning, 7 November, Russian guided aerial bombs hit Zaporizhzhia once more.",
                  "Ivan Fedorov, who leads the regional military administration, said on Thursday evening that at least four people were dead and more than 30 wounded; the wounded include a boy aged 12.",
                  "Today the count of the dead stands at six."),
               killed=cnt(4, "at least four people", "at_least"), injured=cnt(30, "more than 30", "more_than"),
               children_injured=cnt(1, "a boy aged 12"),
               damage=["the Shevchenkivskyi district"], reported_by=["Ivan Fedorov"]),
    ],
    diplomacy=[
        opt(dip("military_aid", ["Japan", "United Nations Development Programme", "Ukraine"],
                week("2024-10-28", "2024-11-03", "last week"), "held",
                "A 60 kW generator delivered to the lyceum under a joint programme of the Government of Japan and UNDP for schools in frontline regions",
                ev("Thank you to the Government of Japan and the United Nations Development Programme: last week, under their joint programme for schools in frontline regions, the lyceum received a 60 kW generator, which kept the shelter's lights and ventilation on during Thursday's power cut."))),
    ])

# --------------------------------------------------------------------------- xq10
GOLD["xq10_clinic_immunology_leaflet_control_oct26"] = dict(
    notes="Control: a community clinic's patient leaflet on the immune system (26 October 2024). The body 'under attack', "
          "'invaders', 'border guards', 'The air defence' and 'interceptors', 'the first wave', 'special forces', "
          "antibodies as 'guided missiles', 'Casualties', 'Friendly fire', 'a full-scale offensive' against pollen, 'a "
          "ceasefire', 'Peace talks' and 'a truce' with gut bacteria, 'the drill', 'the real invasion' and 'no one has "
          "been hurt' by the jab: a body's defences told in war words, no state a party, no attack and no diplomacy (rules "
          "12-13). Nothing is coded.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("ukraine-2024-11-17", "Russia's missiles and drones against Ukraine's power system, early 17 November 2024",
     [("xq01_mobile_operator_customer_update_grid_nov18", "attack", 0),
      ("xq04_arms_control_researcher_newsletter_oreshnik_nov23", "attack", 0),
      ("xq06_city_council_compensation_notice_sumy_nov19", "attack", 1)]),
    ("sumy-2024-11-17", "Russian missile on a nine-storey residential building in Sumy, evening of 17 November 2024",
     [("xq01_mobile_operator_customer_update_grid_nov18", "attack", 2),
      ("xq06_city_council_compensation_notice_sumy_nov19", "attack", 0)]),
    ("dnipro-2024-11-21", "Russian intermediate-range ballistic missile (Oreshnik) and Kh-101 missiles on Dnipro, 21 November 2024",
     [("xq04_arms_control_researcher_newsletter_oreshnik_nov23", "attack", 2),
      ("xq08_hosting_status_page_incident_dnipro_nov21", "attack", 0)]),
    ("ukraine-2024-11-28", "Russia's missiles and drones against Ukraine's energy system, night of 27-28 November 2024",
     [("xq02_district_court_press_summary_kremenchuk_nov29", "attack", 2),
      ("xq03_hydromet_weather_bulletin_air_alert_nov28", "attack", 0)]),
    ("odesa-2024-10-09", "Russian ballistic missile on a Panama-flagged container ship in the port of Odesa, 9 October 2024",
     [("xq05_hotel_notice_to_guests_odesa_port_oct10", "attack", 0),
      ("xq07_weekend_news_quiz_oct19", "attack", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev68 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV68 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV68, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
