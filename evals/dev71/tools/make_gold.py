"""Write evals/dev71/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev71, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV71 = ROOT / "evals" / "dev71"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KYIV = loc("Kyiv", "Kyiv", "Ukraine")
BROVARY = loc("Brovary", "Kyiv", "Ukraine")
CHERNIHIV = loc("Chernihiv", "Chernihiv", "Ukraine")
TERNOPIL_REGION = loc("Ternopil", "Ternopil", "Ukraine", "region")
ORYOL = loc("Oryol", "Oryol", "Russia")
ZAPORIZHZHIA = loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")
DNIPRO = loc("Dnipro", "Dnipropetrovsk", "Ukraine")
KHARKIV = loc("Kharkiv", "Kharkiv", "Ukraine")
KUPIANSK = loc("Kupiansk", "Kharkiv", "Ukraine")
CHUHUIV = loc("Chuhuiv", "Kharkiv", "Ukraine")
PARIS = loc("Paris", "Île-de-France", "France")
LUBLIN = loc("Lublin", "Lublin", "Poland")
MOSCOW = loc("Moscow", "Moscow", "Russia")
BURGENSTOCK = loc("Bürgenstock", "Nidwalden", "Switzerland")
US = "United States"
EU = "European Union"
UAE = "United Arab Emirates"


# --------------------------------------------------------------------------- xt01
GOLD["xt01_pharmacy_notice_customers_pechersk_kyiv_dec20"] = dict(
    notes="A Kyiv pharmacy chain's notice to customers on its Lypska Street pharmacy opening late (Friday 20 December "
          "2024). Coded: Russia's ballistic missiles on Kyiv 'Shortly before seven this morning' (20 December, day, rule "
          "11): the Air Force's 'all five missiles aimed at the capital had been shot down' is a figure clearly for the one "
          "place (rule 3: on the city record), ballistic_missile launched 5, intercepted 5 (rule 9); the Pecherskyi "
          "district stays on Kyiv's record (rule 1); Popko's 'a man' killed (killed 1, rule 6), 'nine people' injured, "
          "'a boy of 15' a child told one by one (children_injured 1, rule 6); 'On the night of 18 December' (17-18 "
          "December, range, rule 11) 'a drone crashed into the warehouse' next to the Brovary branch (one drone with the "
          "indefinite article: no launched figure, rule 9), the regional administration's 'no one had been injured' "
          "(a nil with an injury word only: injured 0, killed null, rule 6). Not coded: the broken shop window (the same "
          "strike's damage in the district, not a struck site of its own), the early shift in the basement (no nil), the "
          "orders, prescriptions, insulin and chat.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2024-12-20", "Shortly before seven this morning"),
               [{"type": "ballistic_missile", "launched": cnt(5, "five missiles"),
                 "intercepted": cnt(5, "all five missiles")}],
               ev("Shortly before seven this morning, Russia fired ballistic missiles at Kyiv.",
                  "The Air Force said that all five missiles aimed at the capital had been shot down, but falling fragments damaged homes, offices and parked cars in the Pecherskyi district, among them the office block opposite our entrance.",
                  "Serhiy Popko, who heads the city military administration, said a man had been killed and nine people injured, one of them a boy of 15."),
               killed=cnt(1, "a man"), injured=cnt(9, "nine people"), children_injured=cnt(1, "a boy of 15"),
               damage=["homes, offices and parked cars in the Pecherskyi district"],
               reported_by=["the Air Force", "Serhiy Popko"]),
        attack("Russia", "Ukraine", "air_drone_strike", [BROVARY], night("2024-12-17", "2024-12-18", "On the night of 18 December"),
               [{"type": "drone"}],
               ev("Our branch in Brovary, on Kyivska Street, is also shut today.",
                  "On the night of 18 December a drone crashed into the warehouse next to it, and the building has been without electricity since.",
                  "The Kyiv regional administration said at the time that no one had been injured."),
               injured=cnt(0, "no one had been injured"), damage=["a warehouse"],
               reported_by=["the Kyiv regional administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xt02
GOLD["xt02_choir_rehearsal_schedule_christmas_kyiv_dec23"] = dict(
    notes="A Kyiv chamber choir's rehearsal schedule for the Christmas season with notes for singers (Monday 23 December "
          "2024). Coded: 'Early on Friday Russia attacked Kyiv with ballistic missiles' (20 December, day, rule 11; "
          "plural, no figure: uncounted, rule 9; the Pecherskyi district stays on the city, rule 1); the city "
          "authorities' 'one person' died (killed 1) and 'thirteen' hurt (injured 13, rule 6); the meeting in Lublin "
          "between the culture ministers of Ukraine and Poland 'postponed to 18 January' (a meeting of states' officials "
          "is talks, rule 14; moved to a new date, so planned for that date, rule 16: 18 January 2025; Poland hosts, rule "
          "15); 'on 7 December President Zelensky held talks with Emmanuel Macron and Donald Trump at the Élysée Palace' "
          "(talks, held; Ukraine, France as host and the United States, rule 15). Not coded: 'Nobody from the choir was "
          "there at that hour' (no injury word and a part of the people: fills nothing, rule 6), the reopening of "
          "Notre-Dame (no event of the war), the choir's concerts, liturgies, carols, tickets and subscriptions.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2024-12-20", "Early on Friday"),
               [{"type": "ballistic_missile"}],
               ev("Early on Friday Russia attacked Kyiv with ballistic missiles, and fragments came down in the Pecherskyi district, two streets from the hall.",
                  "According to the city authorities, one person died and thirteen were hurt."),
               killed=cnt(1, "one person"), injured=cnt(13, "thirteen"),
               damage=["the east windows of a concert hall in the Pecherskyi district"],
               reported_by=["the city authorities"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Poland"], day("2025-01-18", "18 January"), "planned",
            "Meeting of the culture ministers of Ukraine and Poland in Lublin, first set for 14 December 2024 and postponed to 18 January 2025",
            ev("We were to sing in Lublin on Saturday 14 December, at the evening that was to close a meeting there between the culture ministers of Ukraine and Poland.",
               "The ministers' meeting has been postponed to 18 January, and our concert moves with it to the evening of that day."),
            location=LUBLIN),
        dip("talks", ["Ukraine", "France", US], day("2024-12-07", "on 7 December"), "held",
            "Talks of President Zelensky with President Emmanuel Macron and US President-elect Donald Trump at the Élysée Palace in Paris, on the weekend Notre-Dame reopened",
            ev("It was the weekend Notre-Dame reopened: on 7 December President Zelensky held talks with Emmanuel Macron and Donald Trump at the Élysée Palace, and the next morning our small ensemble of twelve sang at the liturgy in the cathedral of Saint Volodymyr the Great."),
            location=PARIS),
    ])

# --------------------------------------------------------------------------- xt03
GOLD["xt03_university_registrar_notice_winter_exams_kyiv_dec27"] = dict(
    notes="A Kyiv university registrar's notice on the winter examination session (Friday 27 December 2024). Coded: Kyiv "
          "'on 20 December' (day, rule 11): 'fragments of Russian ballistic missiles shot down over Kyiv fell on the "
          "Pecherskyi district' (ballistic_missile, uncounted: 'shot down' with no figure fills no intercepted number, "
          "rule 9), 'one person was killed' (killed 1); Chernihiv 'On the night of 24 December' (23-24 December, range, "
          "rule 11): 'a drone struck the courtyard of our student residence' (indefinite, no launched figure, rule 9), "
          "'Nobody was injured' at the struck residence (injured 0 only, rule 6); 'the visit of Chancellor Olaf Scholz "
          "to Kyiv on 2 December' (visit, held, rule 14; Germany and Ukraine) and 'during which he announced further "
          "German military aid worth 650 million euros' (military_aid, held: an aid decision announced, rule 16; dated "
          "by the visit's 'on 2 December'). Not coded: the session's dates, rooms, individual schedules, the exchange "
          "students' return on 3 February (no state's event), power cuts and alerts during examinations.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2024-12-20", "on 20 December"),
               [{"type": "ballistic_missile"}],
               ev("The building's windows were damaged on 20 December, when fragments of Russian ballistic missiles shot down over Kyiv fell on the Pecherskyi district; one person was killed in the attack."),
               killed=cnt(1, "one person"), damage=["the windows of a university building in the Pecherskyi district"]),
        attack("Russia", "Ukraine", "air_drone_strike", [CHERNIHIV], night("2024-12-23", "2024-12-24", "On the night of 24 December"),
               [{"type": "drone"}],
               ev("On the night of 24 December a drone struck the courtyard of our student residence in Chernihiv, breaking windows on three floors and damaging the roof of the canteen.",
                  "Nobody was injured: the residents had gone down to the shelter at the first alert."),
               injured=cnt(0, "Nobody was injured"),
               damage=["a student residence: windows on three floors and the roof of the canteen"]),
    ],
    diplomacy=[
        dip("visit", ["Germany", "Ukraine"], day("2024-12-02", "on 2 December"), "held",
            "Visit of German Chancellor Olaf Scholz to Kyiv",
            ev("The partner universities confirmed this after the visit of Chancellor Olaf Scholz to Kyiv on 2 December, during which he announced further German military aid worth 650 million euros."),
            location=KYIV),
        dip("military_aid", ["Germany", "Ukraine"], day("2024-12-02", "on 2 December"), "held",
            "Further German military aid for Ukraine worth 650 million euros, announced by Chancellor Scholz during his visit to Kyiv",
            ev("The partner universities confirmed this after the visit of Chancellor Olaf Scholz to Kyiv on 2 December, during which he announced further German military aid worth 650 million euros.")),
    ])

# --------------------------------------------------------------------------- xt04
GOLD["xt04_bank_customer_notice_branch_hours_outages_dec17"] = dict(
    notes="A west-Ukrainian savings bank's notice to customers on branch hours during power cuts and on sanctions "
          "(Tuesday 17 December 2024). Coded: the nationwide attack 'On Friday 13 December' (day, rule 11): '94 missiles "
          "and 193 drones against Ukraine' with the Air Force's '81 of the missiles and 80 of the drones' shot down is "
          "Ukraine's country record (rule 3; drone_and_missile, rule 8; a missile entry 94 / 81 and a drone entry 193 / "
          "80, no combined figure, rule 9); 'That morning, in the Ternopil region, missiles struck an energy facility' "
          "(13 December; no city named, so the region is the locality, rule 1; missiles uncounted; 'nobody had been "
          "injured': injured 0 only, rule 6); the Council of the European Union's 15th sanctions package 'On Monday' (16 "
          "December: sanctions, held, rules 14-16; the EU and Russia, the state targeted, rule 15). Optional: 'The US "
          "sanctions imposed on Gazprombank on 21 November' (background, rule 17; the United States and Russia). Not "
          "coded: the region 'still without power on Monday' (a consequence, no second attack), the branch hours, "
          "Invincibility Points, cash machines, the payment checks and the fraud warning.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2024-12-13", "On Friday 13 December"),
               [{"type": "missile", "launched": cnt(94, "94 missiles"), "intercepted": cnt(81, "81 of the missiles")},
                {"type": "drone", "launched": cnt(193, "193 drones"), "intercepted": cnt(80, "80 of the drones")}],
               ev("On Friday 13 December Russia launched 94 missiles and 193 drones against Ukraine, aiming chiefly at generation and the high-voltage network; the Air Force reported that 81 of the missiles and 80 of the drones had been shot down."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [TERNOPIL_REGION], day("2024-12-13", "That morning"),
               [{"type": "missile"}],
               ev("That morning, in the Ternopil region, missiles struck an energy facility, and the regional administration reported that nobody had been injured."),
               injured=cnt(0, "nobody had been injured"), damage=["an energy facility"],
               reported_by=["the regional administration"]),
    ],
    diplomacy=[
        dip("sanctions", [EU, "Russia"], day("2024-12-16", "On Monday"), "held",
            "The Council of the European Union's 15th package of sanctions against Russia, aimed mainly at the tankers Moscow uses to move its oil and at firms helping it get around earlier measures",
            ev("On Monday the Council of the European Union adopted its 15th package of sanctions against Russia, directed above all at the ageing tankers Moscow uses to move its oil, and at firms that help it slip past earlier measures.")),
        opt(dip("sanctions", [US, "Russia"], day("2024-11-21", "on 21 November"), "held",
                "US sanctions imposed on Gazprombank, still in force",
                ev("The US sanctions imposed on Gazprombank on 21 November still apply, and we cannot process payments in which Gazprombank or its subsidiaries take part."))),
    ])

# --------------------------------------------------------------------------- xt05
GOLD["xt05_energy_supplier_bill_insert_grid_december_dec30"] = dict(
    notes="A regional electricity supplier's leaflet enclosed with households' December bills (Monday 30 December 2024). "
          "Coded: 'On 13 December Russia sent 287 missiles and drones against power plants and substations across "
          "Ukraine' (day): Ukraine's country record (rule 3), the combined total is one weapon of type other, model "
          "'missiles and drones', launched 287, with a missile and a drone entry carrying the Air Force's per-type '81 "
          "missiles and 80 drones shot down' (rule 9; drone_and_missile, rule 8); 'on Christmas morning it launched 78 "
          "missiles and 106 drones at the country's power system' (25 December, day; the country named only as 'the "
          "country's', Ukraine's country record, rule 3): missile 78 / 59, drone 106 / 54 ('59 of the missiles and 54 "
          "of the drones were brought down'); 'On the night of 14 December' (13-14 December, range, rule 11) an oil "
          "terminal in Oryol set on fire 'after an attack by Ukrainian drones' (attacker Ukraine, target Russia, rule 4; "
          "uncounted); 'Brussels adopted its 15th round of sanctions on 16 December' (sanctions, held; the EU through its "
          "capital and Russia, whose oil the listed tankers carry, rule 15); Robert Fico 'paid a visit to Moscow on "
          "Sunday 22 December to meet Vladimir Putin' (visit, held, rule 14: the article calls it a visit; Slovakia and "
          "Russia, the host). Not coded: the tariff, Russia's gas transit contract that 'runs out at the end of the year' "
          "(a term ending, no decision or meeting told, rule 13), the outage schedules, payment plans and meter readings.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2024-12-13", "On 13 December"),
               [{"type": "other", "model": "missiles and drones", "launched": cnt(287, "287 missiles and drones")},
                {"type": "missile", "intercepted": cnt(81, "81 missiles")},
                {"type": "drone", "intercepted": cnt(80, "80 drones")}],
               ev("On 13 December Russia sent 287 missiles and drones against power plants and substations across Ukraine; the Air Force counted 81 missiles and 80 drones shot down."),
               damage=["power plants and substations"], reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2024-12-25", "on Christmas morning"),
               [{"type": "missile", "launched": cnt(78, "78 missiles"), "intercepted": cnt(59, "59 of the missiles")},
                {"type": "drone", "launched": cnt(106, "106 drones"), "intercepted": cnt(54, "54 of the drones")}],
               ev("Then on Christmas morning it launched 78 missiles and 106 drones at the country's power system, mainly at thermal generation; 59 of the missiles and 54 of the drones were brought down."),
               damage=["thermal generation"]),
        attack("Ukraine", "Russia", "air_drone_strike", [ORYOL], night("2024-12-13", "2024-12-14", "On the night of 14 December"),
               [{"type": "drone"}],
               ev("On the night of 14 December an oil terminal in Oryol caught fire after an attack by Ukrainian drones, the governor of the Russian region said."),
               damage=["an oil terminal"], reported_by=["the governor of the Russian region"]),
    ],
    diplomacy=[
        dip("sanctions", [EU, "Russia"], day("2024-12-16", "on 16 December"), "held",
            "The EU's 15th round of sanctions, listing dozens of tankers that carry Russian oil around the restrictions",
            ev("Brussels adopted its 15th round of sanctions on 16 December, listing dozens of tankers that carry Russian oil around the restrictions.")),
        dip("visit", ["Slovakia", "Russia"], day("2024-12-22", "on Sunday 22 December"), "held",
            "Visit of Slovak Prime Minister Robert Fico to Moscow to meet Vladimir Putin about gas supplies for Slovakia from January",
            ev("Slovakia's prime minister, Robert Fico, paid a visit to Moscow on Sunday 22 December to meet Vladimir Putin about gas supplies for his country from January."),
            location=MOSCOW),
    ])

# --------------------------------------------------------------------------- xt06
GOLD["xt06_museum_exhibition_labels_year_in_objects_zaporizhzhia_dec19"] = dict(
    notes="A Zaporizhzhia city museum's label texts for an exhibition of objects from 2024, English version (Thursday 19 "
          "December 2024). Coded: 'On 10 December 2024 a Russian missile destroyed the clinic' in the centre of "
          "Zaporizhzhia (day; one missile with the indefinite article, no launched figure, rule 9; 'Ten people' killed, "
          "'more than 20' wounded, more_than, rule 7); 'On 7 November 2024 two guided aerial bombs hit the street' in "
          "Zaporizhzhia's Oleksandrivskyi district (background with place, date and counts, required, rule 5; "
          "glide_bomb, weapons counted as the subject of the hit are launched: 2, rule 9; '33 people' injured, 'five of "
          "them under eighteen' children_injured 5, rule 6); Dnipro '21 November 2024', 'That morning' 'an industrial "
          "plant in Dnipro was struck by a new Russian intermediate-range ballistic missile, which Vladimir Putin later "
          "called Oreshnik' (background with place and date, required, rule 5; ballistic_missile, model Oreshnik, one "
          "told with the indefinite article: no launched figure, rule 9). Optional: the Summit on Peace in Ukraine 'held "
          "at Bürgenstock in Switzerland on 15-16 June 2024' (background, rule 17; summit, held; Switzerland as host and "
          "Ukraine). Not coded: the objects, the underground school, the evacuated village (no strike told), opening "
          "hours and the shelter.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ZAPORIZHZHIA], day("2024-12-10", "On 10 December 2024"),
               [{"type": "missile"}],
               ev("From the reception desk of a private medical clinic in the centre of Zaporizhzhia.",
                  "On 10 December 2024 a Russian missile destroyed the clinic in the middle of the afternoon.",
                  "Ten people were killed and more than 20 wounded."),
               killed=cnt(10, "Ten people"), injured=cnt(20, "more than 20", "more_than"),
               damage=["a private medical clinic"]),
        attack("Russia", "Ukraine", "glide_bomb", [ZAPORIZHZHIA], day("2024-11-07", "On 7 November 2024"),
               [{"type": "glide_bomb", "launched": cnt(2, "two guided aerial bombs")}],
               ev("From a residential street in Zaporizhzhia's Oleksandrivskyi district.",
                  "On 7 November 2024 two guided aerial bombs hit the street during the morning rush hour; the regional administration counted 33 people injured, five of them under eighteen."),
               injured=cnt(33, "33 people"), children_injured=cnt(5, "five of them"),
               damage=["a residential street in the Oleksandrivskyi district"],
               reported_by=["the regional administration"]),
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], day("2024-11-21", "21 November 2024"),
               [{"type": "ballistic_missile", "model": "Oreshnik"}],
               ev("Dnipro, 21 November 2024.",
                  "That morning an industrial plant in Dnipro was struck by a new Russian intermediate-range ballistic missile, which Vladimir Putin later called Oreshnik."),
               damage=["an industrial plant"]),
    ],
    diplomacy=[
        opt(dip("summit", ["Switzerland", "Ukraine"], night("2024-06-15", "2024-06-16", "on 15-16 June 2024"), "held",
                "The Summit on Peace in Ukraine at Bürgenstock, Switzerland",
                ev("Worn by an interpreter from Zaporizhzhia at the Summit on Peace in Ukraine, held at Bürgenstock in Switzerland on 15-16 June 2024."),
                location=BURGENSTOCK)),
    ])

# --------------------------------------------------------------------------- xt07
GOLD["xt07_dental_practice_letter_patients_kharkiv_dec27"] = dict(
    notes="A Kharkiv dental practice's letter to its patients on reopening after the Christmas attack (Friday 27 "
          "December 2024). Coded: 'On Christmas Day, in the morning, Russia fired a series of ballistic missiles at "
          "Kharkiv' (25 December, day, rule 11; uncounted, rule 9); Syniehubov's 'six people' injured; 'overnight into "
          "Thursday' (25-26 December, range, rule 11) 'drones struck a storage depot in Kharkiv's Kyivskyi district' "
          "(uncounted; a second night is a second record, rule 1), Terekhov's 'no one was hurt' (injured 0 only, rule "
          "6); 'On 11 December Viktor Orbán ... spoke to Vladimir Putin by phone' (phone_call, held, rule 14; Hungary "
          "and Russia). Optional: the Christmas ceasefire and large exchange of prisoners he 'put forward', which 'Kyiv "
          "turned ... down' (a proposal put to both sides and rejected: cancelled, rules 13 and 16; a debatable status). "
          "Not coded: the windows of the practice (damage of the same strike, no site of its own), 'the sterilisation "
          "room was not touched' and 'The branch itself was not damaged' (no people), the holiday 'passed as you know' "
          "(no event), appointments, alerts in the chair, the generator and the children's check-ups.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KHARKIV], day("2024-12-25", "On Christmas Day"),
               [{"type": "ballistic_missile"}],
               ev("On Christmas Day, in the morning, Russia fired a series of ballistic missiles at Kharkiv.",
                  "The governor, Oleh Syniehubov, said six people were injured across the city.",
                  "One of the missiles landed in a courtyard on our street, and the blast took out the windows of the waiting room and of surgery 2."),
               injured=cnt(6, "six people"), damage=["a courtyard and the windows of a dental practice"],
               reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KHARKIV], night("2024-12-25", "2024-12-26", "overnight into Thursday"),
               [{"type": "drone"}],
               ev("Then, overnight into Thursday, drones struck a storage depot in Kharkiv's Kyivskyi district, a few blocks from the Saltivka branch.",
                  "The mayor, Ihor Terekhov, wrote on Thursday morning that no one was hurt."),
               injured=cnt(0, "no one was hurt"), damage=["a storage depot in the Kyivskyi district"],
               reported_by=["Ihor Terekhov"]),
    ],
    diplomacy=[
        dip("phone_call", ["Hungary", "Russia"], day("2024-12-11", "On 11 December"), "held",
            "Phone call between Hungarian Prime Minister Viktor Orbán and Vladimir Putin",
            ev("On 11 December Viktor Orbán, the Hungarian prime minister, spoke to Vladimir Putin by phone and put forward a Christmas ceasefire and a large exchange of prisoners; Kyiv turned the idea down, and the holiday passed as you know.")),
        opt(dip("proposal", ["Hungary", "Russia", "Ukraine"], day("2024-12-11", "On 11 December"), "cancelled",
                "Viktor Orbán's proposal of a Christmas ceasefire and a large exchange of prisoners, turned down by Kyiv",
                ev("On 11 December Viktor Orbán, the Hungarian prime minister, spoke to Vladimir Putin by phone and put forward a Christmas ceasefire and a large exchange of prisoners; Kyiv turned the idea down, and the holiday passed as you know."))),
    ])

# --------------------------------------------------------------------------- xt08
GOLD["xt08_driving_school_notice_learners_kharkiv_dec30"] = dict(
    notes="A Kharkiv driving school's notice to learners (Monday 30 December 2024). Coded: 'Russian ballistic missiles "
          "struck Kharkiv on the morning of 25 December' (day; uncounted, rule 9; the Shevchenkivskyi district stays on "
          "the city, rule 1): the city's 'at least seven people' injured (at_least, rule 7), 'a girl of 16' a child "
          "(children_injured 1, rule 6); 'On Saturday' (28 December, day) 'Russian shelling of Kupiansk injured two "
          "people' (shelling_artillery, an artillery weapon, rule 8); 'Today' (30 December) '189 Ukrainians were freed "
          "from Russian captivity in an exchange of prisoners', 'the United Arab Emirates were the mediators' "
          "(prisoner_exchange, held, rule 14; Ukraine, Russia and the UAE as mediator, rule 15). Optional: 'Our Chuhuiv "
          "branch, damaged by shelling in the autumn' (a placed background with a vague season and no count, a "
          "debatable reading, rule 5: shelling_artillery, September-November 2024). Not coded: the retired instructor "
          "'recovering in hospital' (one of the two injured, no further count), Andrii taken prisoner in Mariupol in "
          "2022 (a capture, no attack), the practice route, alerts and power cuts during lessons.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KHARKIV], day("2024-12-25", "on the morning of 25 December"),
               [{"type": "ballistic_missile"}],
               ev("Russian ballistic missiles struck Kharkiv on the morning of 25 December, and the city reported at least seven people injured, a girl of 16 one of them."),
               injured=cnt(7, "at least seven people", "at_least"), children_injured=cnt(1, "a girl of 16"),
               damage=["the road along the tram lines in the Shevchenkivskyi district"], reported_by=["the city"]),
        attack("Russia", "Ukraine", "shelling_artillery", [KUPIANSK], day("2024-12-28", "On Saturday"),
               [{"type": "artillery"}],
               ev("On Saturday, Russian shelling of Kupiansk injured two people, one of them a retired instructor of ours, who is recovering in hospital."),
               injured=cnt(2, "two people")),
        opt(attack("Russia", "Ukraine", "shelling_artillery", [CHUHUIV], month("2024-09-01", "2024-11-30", "in the autumn"),
                   [{"type": "artillery"}],
                   ev("Our Chuhuiv branch, damaged by shelling in the autumn, is still being repaired and will reopen in February."),
                   damage=["a driving school branch"])),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2024-12-30", "Today"), "held",
            "Exchange of prisoners mediated by the United Arab Emirates in which 189 Ukrainians were freed from Russian captivity",
            ev("Today 189 Ukrainians were freed from Russian captivity in an exchange of prisoners; the United Arab Emirates were the mediators once more.")),
    ])

# --------------------------------------------------------------------------- xt09
GOLD["xt09_swimming_pool_notice_members_zaporizhzhia_dec11"] = dict(
    notes="A Zaporizhzhia municipal swimming pool's notice to members and parents (Wednesday 11 December 2024). Coded: "
          "'Yesterday afternoon a Russian missile struck a private clinic' in the centre of Zaporizhzhia (10 December, "
          "day, rule 11; indefinite, no launched figure, rule 9): Fedorov's evening figures are the first (rule 6): 'at "
          "least nine people' killed (at_least, rule 7), 'a child' among them (children_killed 1, rule 6), '19' injured; "
          "'By this morning the death toll stood at ten' is an update, in the evidence only; 'On the night of 8 "
          "December' (7-8 December, range, rule 11) 'drones hit a petrol station in Zaporizhzhia's Zavodskyi district' "
          "(uncounted), 'no one was killed or injured' (a nil with a death and an injury word: killed 0 and injured 0, "
          "rule 6). Not coded: the cracked windows and the empty hall (the same strike's damage nearby, no site of its "
          "own and no nil), the season tickets, the competition on 15 December, the boiler and the showers.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ZAPORIZHZHIA], day("2024-12-10", "Yesterday afternoon"),
               [{"type": "missile"}],
               ev("Yesterday afternoon a Russian missile struck a private clinic two blocks from us, in the centre of Zaporizhzhia.",
                  "The regional governor, Ivan Fedorov, said in the evening that at least nine people had been killed, a child among them, and 19 injured.",
                  "By this morning the death toll stood at ten."),
               killed=cnt(9, "at least nine people", "at_least"), injured=cnt(19, "19"),
               children_killed=cnt(1, "a child"), damage=["a private clinic"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [ZAPORIZHZHIA], night("2024-12-07", "2024-12-08", "On the night of 8 December"),
               [{"type": "drone"}],
               ev("On the night of 8 December drones hit a petrol station in Zaporizhzhia's Zavodskyi district, near the tram depot, and Fedorov reported that no one was killed or injured."),
               killed=cnt(0, "no one was killed or injured"), injured=cnt(0, "no one was killed or injured"),
               damage=["a petrol station in the Zavodskyi district"], reported_by=["Ivan Fedorov"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xt10
GOLD["xt10_theatre_review_henry_v_bristol_control_dec05"] = dict(
    notes="Control: a Bristol arts magazine's review of a stage production of Shakespeare's Henry V (Thursday 5 December "
          "2024). 'The bombardment of Harfleur', 'the cannon', 'the breach', the Governor who 'surrenders', the herald "
          "'asking first for ransom and then for leave to bury the dead', 'the parley scenes', Henry's order to 'kill "
          "his prisoners', 'ten thousand French dead' and 'five and twenty' English, 'the peace at Troyes' and a treaty "
          "'signed at a long table', and 'a low drone from the speakers': a play about a war of 1415 told in war words, "
          "no state a party and no event of the war, no attack and no diplomacy (rules 12-13). Nothing is coded.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("ukraine-2024-12-13", "Russia's nationwide missile and drone attack on Ukraine's energy system, 13 December 2024",
     [("xt04_bank_customer_notice_branch_hours_outages_dec17", "attack", 0),
      ("xt05_energy_supplier_bill_insert_grid_december_dec30", "attack", 0)]),
    ("kyiv-2024-12-20", "Russian ballistic missiles on Kyiv, early on 20 December 2024",
     [("xt01_pharmacy_notice_customers_pechersk_kyiv_dec20", "attack", 0),
      ("xt02_choir_rehearsal_schedule_christmas_kyiv_dec23", "attack", 0),
      ("xt03_university_registrar_notice_winter_exams_kyiv_dec27", "attack", 0)]),
    ("kharkiv-2024-12-25", "Russian ballistic missiles on Kharkiv, the morning of 25 December 2024",
     [("xt07_dental_practice_letter_patients_kharkiv_dec27", "attack", 0),
      ("xt08_driving_school_notice_learners_kharkiv_dec30", "attack", 0)]),
    ("zaporizhzhia-2024-12-10", "Russian missile on a private clinic in Zaporizhzhia, 10 December 2024",
     [("xt09_swimming_pool_notice_members_zaporizhzhia_dec11", "attack", 0),
      ("xt06_museum_exhibition_labels_year_in_objects_zaporizhzhia_dec19", "attack", 0)]),
    ("eu-sanctions-2024-12-16", "The EU's 15th sanctions package against Russia, adopted on 16 December 2024",
     [("xt04_bank_customer_notice_branch_hours_outages_dec17", "diplomacy", 0),
      ("xt05_energy_supplier_bill_insert_grid_december_dec30", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev71 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV71 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV71, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
