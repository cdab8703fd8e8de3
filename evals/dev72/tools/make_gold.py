"""Write evals/dev72/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev72, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV72 = ROOT / "evals" / "dev72"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

HROZA = loc("Hroza", "Kharkiv", "Ukraine")
KHARKIV = loc("Kharkiv", "Kharkiv", "Ukraine")
KUPIANSK = loc("Kupiansk", "Kharkiv", "Ukraine")
BALAKLIIA = loc("Balakliia", "Kharkiv", "Ukraine")
KRAMATORSK = loc("Kramatorsk", "Donetsk", "Ukraine")
ODESA = loc("Odesa", "Odesa", "Ukraine")
IZMAIL = loc("Izmail", "Odesa", "Ukraine")
RENI = loc("Reni", "Odesa", "Ukraine")
NIKOPOL = loc("Nikopol", "Dnipropetrovsk", "Ukraine")
KYIV = loc("Kyiv", "Kyiv", "Ukraine")
KHERSON = loc("Kherson", "Kherson", "Ukraine")
BRYANSK_REGION = loc("Bryansk", "Bryansk", "Russia", "region")
GRANADA = loc("Granada", "Andalusia", "Spain")
TULCEA = loc("Tulcea", "Tulcea", "Romania")
BRUSSELS = loc("Brussels", "Brussels-Capital", "Belgium")
COPENHAGEN = loc("Copenhagen", "Capital Region", "Denmark")
JEDDAH = loc("Jeddah", "Makkah", "Saudi Arabia")
EPC = "European Political Community"


# --------------------------------------------------------------------------- xu01
GOLD["xu01_parish_bulletin_panakhyda_hroza_kharkiv_oct08"] = dict(
    notes="A Ukrainian Catholic parish's weekly bulletin in an English town (Sunday 8 October 2023). Coded: 'On Thursday "
          "afternoon a Russian Iskander missile struck the café and village shop in Hroza' (5 October, day, rule 11; one "
          "missile with the indefinite article: no launched figure, rule 9; Iskander fixes ballistic_missile; 'Fifty-one "
          "people' killed, 'an eight-year-old boy' children_killed 1, 'six' injured, rule 6; the 'about sixty people' who "
          "had gathered are no casualty figure); 'the missile on Kramatorsk railway station in April last year' (a "
          "background strike with place and date, required, rule 5; April 2022, month, rule 11; uncounted); 'Early on "
          "Friday' (6 October, day) 'a missile hit a residential street' in Kharkiv ('a grandmother and the ten-year-old "
          "grandson' told one by one: killed 2, children_killed 1, rule 6; 'About thirty people' injured, about, rule 7); "
          "President Zelensky 'in Granada in Spain the same day for the summit of the European Political Community' "
          "(summit, held, 5 October, rules 14 and 16; the European Political Community and Ukraine, Spain as the state of "
          "the city that hosts it, rule 15). Not coded: Zelensky's words on the strike (a reaction, rule 13), the prayer "
          "for prisoners of war 'that the exchanges may begin again' (a hope, no event, rule 13), the panakhyda, the aid "
          "van and the £4,120, the parish council's meeting (no state), the bazaar.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [HROZA], day("2023-10-05", "On Thursday afternoon"),
               [{"type": "ballistic_missile", "model": "Iskander"}],
               ev("On Thursday afternoon a Russian Iskander missile struck the café and village shop in Hroza, near Kupiansk in the Kharkiv region, where about sixty people had gathered for the funeral meal of a soldier who had just been reburied in his home village.",
                  "Fifty-one people were killed, among them an eight-year-old boy, and six were injured."),
               killed=cnt(51, "Fifty-one people"), injured=cnt(6, "six"),
               children_killed=cnt(1, "an eight-year-old boy"),
               damage=["the café and village shop"]),
        attack("Russia", "Ukraine", "missile_strike", [KRAMATORSK], month("2022-04-01", "2022-04-30", "in April last year"),
               [{"type": "missile"}],
               ev("Father Taras reminded us on Thursday evening that no single strike had killed so many civilians since the missile on Kramatorsk railway station in April last year."),
               damage=["the railway station"]),
        attack("Russia", "Ukraine", "missile_strike", [KHARKIV], day("2023-10-06", "Early on Friday"),
               [{"type": "missile"}],
               ev("Early on Friday the war came to Kharkiv itself again: a missile hit a residential street in the city, killing a grandmother and the ten-year-old grandson she was looking after.",
                  "About thirty people were hurt."),
               killed=cnt(2, "a grandmother and the ten-year-old grandson"),
               children_killed=cnt(1, "the ten-year-old grandson"),
               injured=cnt(30, "About thirty people", "about"),
               damage=["a residential street"]),
    ],
    diplomacy=[
        dip("summit", [EPC, "Ukraine", "Spain"], day("2023-10-05", "the same day"), "held",
            "Summit of the European Political Community in Granada, attended by President Zelensky on the day of the Hroza strike",
            ev("President Zelensky, who was in Granada in Spain the same day for the summit of the European Political Community, called the strike a deliberate act of terror in front of the European leaders gathered there."),
            location=GRANADA),
    ])

# --------------------------------------------------------------------------- xu02
GOLD["xu02_radio_amateur_net_log_hroza_kupiansk_oct05"] = dict(
    notes="A Kharkiv radio amateurs' league's log of its evening emergency net (Thursday 5 October 2023), timestamped "
          "entries. Coded: 'A Russian missile hit a café and shop in the village of Hroza at about 13:25 today' (day, rule "
          "11; indefinite, no launched figure, type missile, rule 9): Governor Syniehubov's 'at least 48 people' killed "
          "(at_least, rule 7) and 'six' wounded are the first figures; the 19:31 entry's 49 dead is an update, in the "
          "evidence only (rule 6), but its 'a boy of eight' is the first and only figure for a child: children_killed 1; "
          "Kupiansk ('Station 5 (Olha, Kupiansk): the town itself was shelled this morning', day; shelling_artillery, "
          "rule 8; no attacker named: Russia, rule 12; 'Two people' injured); Balakliia 'overnight' (4-5 October, range): "
          "'a Shahed hit a poultry farm' (indefinite: no launched figure; drone, model Shahed), 'No one hurt' is a nil with "
          "an injury word: injured 0 only (rule 6; the 4,000 birds are no people); the Air Force's tally 'overnight' over "
          "'the Kharkiv, Sumy and Odesa regions' (several regions: Ukraine's country record, rule 3; 31 Shahed drones "
          "launched, '24 of them' destroyed); President Zelensky 'in Granada today for the summit of the European "
          "Political Community' (summit, held, rules 14-16; Spain as host, rule 15). Not coded: his request for more air "
          "defence (a demand, rule 13), the repeater, batteries, masts and the net's own schedule.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [HROZA], day("2023-10-05", "today"),
               [{"type": "missile"}],
               ev("A Russian missile hit a café and shop in the village of Hroza at about 13:25 today, during a memorial meal.",
                  "Governor Oleh Syniehubov says at least 48 people are dead and six are wounded.",
                  "The youngest victim was a boy of eight."),
               killed=cnt(48, "at least 48 people", "at_least"), injured=cnt(6, "six"),
               children_killed=cnt(1, "a boy of eight"),
               damage=["a café and shop"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [KUPIANSK], day("2023-10-05", "this morning"),
               [{"type": "artillery"}],
               ev("Station 5 (Olha, Kupiansk): the town itself was shelled this morning.",
                  "Two people were injured near the central market and a shop burned out."),
               injured=cnt(2, "Two people"), damage=["a shop near the central market"]),
        attack("Russia", "Ukraine", "air_drone_strike", [BALAKLIIA], night("2023-10-04", "2023-10-05", "overnight"),
               [{"type": "drone", "model": "Shahed"}],
               ev("Station 8 (Serhiy, Balakliia): overnight a Shahed hit a poultry farm on the edge of Balakliia.",
                  "No one hurt."),
               injured=cnt(0, "No one hurt"), damage=["a poultry farm", "two sheds"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2023-10-04", "2023-10-05", "overnight"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(31, "31 Shahed drones"),
                 "intercepted": cnt(24, "24 of them")}],
               ev("Net control reads the Air Force morning summary into the log: overnight Russia launched 31 Shahed drones at the Kharkiv, Sumy and Odesa regions, and 24 of them were destroyed."),
               reported_by=["the Air Force"]),
    ],
    diplomacy=[
        dip("summit", [EPC, "Ukraine", "Spain"], day("2023-10-05", "today"), "held",
            "Summit of the European Political Community in Granada; President Zelensky attended and spoke about Hroza",
            ev("Station 7 (Dmytro, Kharkiv) relays from the evening news: President Zelensky is in Granada today for the summit of the European Political Community and spoke there about Hroza."),
            location=GRANADA),
    ])

# --------------------------------------------------------------------------- xu03
GOLD["xu03_translation_agency_glossary_note_odesa_malta_nov17"] = dict(
    notes="A Kyiv translation agency's glossary note to its freelance translators (Friday 17 November 2023); each entry "
          "gives an approved example translated that month, and those examples are the news. Coded: 'On the night of 6 "
          "November Russian missiles struck the historic centre of Odesa' (5-6 November, range, rule 11; plural, "
          "uncounted; 'eight people' injured); 'Overnight into Thursday' (15-16 November, range) 'all 11 Ukrainian drones "
          "that flew over the Bryansk region were destroyed' per Russia's Defence Ministry (attacker Ukraine, target "
          "Russia, rule 4; no struck locality named, so the region's own record, rule 3; launched 11, intercepted 11); "
          "'Russian artillery shelled Nikopol on Monday' (13 November, day; shelling_artillery; 'no one was hurt': "
          "injured 0 only, rule 6); the meeting of national security advisers and diplomats 'in Malta on 28-29 October' "
          "(talks of advisers, held, rule 14; Malta as host and Ukraine, rule 15; range); the European Commission's "
          "12th sanctions package 'On Wednesday' (15 November: sanctions, proposed, rules 13 and 16; the European Union "
          "and Russia, the target, rule 15); David Cameron's 'first visit abroad as Britain's foreign secretary to Kyiv "
          "on Thursday' (16 November: visit, held; the United Kingdom and Ukraine; his meeting with Zelensky is part of "
          "the visit, rule 14). Optional: the earlier meetings 'after Copenhagen in June and Jeddah in August' "
          "(background, rule 17: talks, held, month). Not coded: the museum among the damaged buildings (damage, on the "
          "Odesa record), the terms, rates, deadlines and the advice on 'no victims'.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ODESA], night("2023-11-05", "2023-11-06", "On the night of 6 November"),
               [{"type": "missile"}],
               ev("On the night of 6 November Russian missiles struck the historic centre of Odesa; eight people were injured, and the Odesa Fine Arts Museum was among the buildings damaged."),
               injured=cnt(8, "eight people"), damage=["the historic centre", "the Odesa Fine Arts Museum"]),
        attack("Ukraine", "Russia", "air_drone_strike", [BRYANSK_REGION], night("2023-11-15", "2023-11-16", "Overnight into Thursday"),
               [{"type": "drone", "launched": cnt(11, "11 Ukrainian drones"), "intercepted": cnt(11, "all 11")}],
               ev("Overnight into Thursday, according to Russia's Defence Ministry, all 11 Ukrainian drones that flew over the Bryansk region were destroyed by air defence systems."),
               reported_by=["Russia's Defence Ministry"]),
        attack("Russia", "Ukraine", "shelling_artillery", [NIKOPOL], day("2023-11-13", "on Monday"),
               [{"type": "artillery"}],
               ev("Russian artillery shelled Nikopol on Monday, hitting a gas pipe and a pair of houses in the private sector; no one was hurt."),
               injured=cnt(0, "no one was hurt"), damage=["a gas pipe", "two houses"]),
    ],
    diplomacy=[
        dip("talks", ["Malta", "Ukraine"], night("2023-10-28", "2023-10-29", "on 28-29 October"), "held",
            "Meeting of national security advisers and diplomats from about 65 countries in Malta on Ukraine's peace formula, the third such meeting",
            ev("National security advisers and diplomats from about 65 countries met in Malta on 28-29 October to discuss Ukraine's peace formula, the third such meeting after Copenhagen in June and Jeddah in August.")),
        opt(dip("talks", ["Denmark", "Ukraine"], month("2023-06-01", "2023-06-30", "in June"), "held",
                "The first meeting of national security advisers on Ukraine's peace formula, in Copenhagen",
                ev("National security advisers and diplomats from about 65 countries met in Malta on 28-29 October to discuss Ukraine's peace formula, the third such meeting after Copenhagen in June and Jeddah in August."),
                location=COPENHAGEN)),
        opt(dip("talks", ["Saudi Arabia", "Ukraine"], month("2023-08-01", "2023-08-31", "in August"), "held",
                "The second meeting of national security advisers on Ukraine's peace formula, in Jeddah",
                ev("National security advisers and diplomats from about 65 countries met in Malta on 28-29 October to discuss Ukraine's peace formula, the third such meeting after Copenhagen in June and Jeddah in August."),
                location=JEDDAH)),
        dip("sanctions", ["European Union", "Russia"], day("2023-11-15", "On Wednesday"), "proposed",
            "The European Commission proposes a 12th package of sanctions on Russia, including a ban on importing Russian diamonds",
            ev("On Wednesday the European Commission proposed a 12th sanctions package on Russia, with Russian diamonds among the goods the Union would no longer import.")),
        dip("visit", ["United Kingdom", "Ukraine"], day("2023-11-16", "on Thursday"), "held",
            "David Cameron's first visit abroad as British foreign secretary, to Kyiv, where he met President Zelensky",
            ev("David Cameron paid his first visit abroad as Britain's foreign secretary to Kyiv on Thursday, where he met President Zelensky."),
            location=KYIV),
    ])

# --------------------------------------------------------------------------- xu04
GOLD["xu04_dental_practice_notice_patients_odesa_nov07"] = dict(
    notes="An Odesa dental practice's notice to its patients (Tuesday 7 November 2023). Coded: 'Early on Monday morning "
          "Russian missiles struck the historic centre of Odesa' (6 November, day, rule 11; plural, uncounted, rule 9; the "
          "regional governor's office: 'five people' injured; the museum and residential buildings are damage); 'On the "
          "night of 23 July, when Russian missiles damaged the Transfiguration Cathedral' (22-23 July, range, rule 11; a "
          "background strike with place and date, required, rule 5; uncounted; the place is Odesa of the notice's first "
          "sentence, the cathedral being the city's). Not coded: the practice's broken windows and ceiling (blast damage "
          "three blocks from the struck site, no figure), the free care for broken teeth, the opening times, the alert "
          "routine.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ODESA], day("2023-11-06", "Early on Monday morning"),
               [{"type": "missile"}],
               ev("Early on Monday morning Russian missiles struck the historic centre of Odesa, three blocks from the practice.",
                  "According to the regional governor's office, five people were injured in the city, and the Fine Arts Museum and several residential buildings were damaged."),
               injured=cnt(5, "five people"),
               damage=["the historic centre", "the Fine Arts Museum", "several residential buildings"],
               reported_by=["the regional governor's office"]),
        attack("Russia", "Ukraine", "missile_strike", [ODESA], night("2023-07-22", "2023-07-23", "On the night of 23 July"),
               [{"type": "missile"}],
               ev("Early on Monday morning Russian missiles struck the historic centre of Odesa, three blocks from the practice.",
                  "On the night of 23 July, when Russian missiles damaged the Transfiguration Cathedral, our street door and sign were blown in as well."),
               damage=["the Transfiguration Cathedral"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xu05
GOLD["xu05_ferry_operator_notice_orlivka_isaccea_izmail_oct19"] = dict(
    notes="A Danube ferry operator's service notice for the Orlivka - Isaccea crossing (Thursday 19 October 2023). Coded: "
          "'Overnight into Wednesday Russian drones attacked the Izmail district again' (17-18 October, range, rule 11): "
          "the Odesa region's military administration's '11 of the 13 drones' destroyed over the district, with Izmail the "
          "one struck locality named, go on Izmail's record (rule 3: launched 13, intercepted 11); 'a lorry driver' "
          "injured (injured 1, rule 6); 'on 9 October' 'a drone strike on the port of Reni' (day; a background strike with "
          "place and date, required, rule 5; uncounted; 'no one was injured that time': injured 0 only, rule 6); the talks "
          "of the transport ministries of Romania and Ukraine 'which were to take place in Tulcea on Monday 23 October' and "
          "'have been moved to 6 November' (talks, planned for the new date, rules 11 and 16; Romania, also the host, and "
          "Ukraine, rule 15). Not coded: the Romanian border police's precautionary closure, the suspension, queues, "
          "timetable and fares.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], night("2023-10-17", "2023-10-18", "Overnight into Wednesday"),
               [{"type": "drone", "launched": cnt(13, "the 13 drones"), "intercepted": cnt(11, "11 of the 13")}],
               ev("Overnight into Wednesday Russian drones attacked the Izmail district again.",
                  "The Odesa region's military administration reports that 11 of the 13 drones were destroyed; the others hit port infrastructure in Izmail, where a lorry driver waiting in the port queue was injured."),
               injured=cnt(1, "a lorry driver"), damage=["port infrastructure"],
               reported_by=["the Odesa region's military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [RENI], day("2023-10-09", "on 9 October"),
               [{"type": "drone"}],
               ev("The previous suspension, on 9 October, followed a drone strike on the port of Reni that set its grain elevator on fire; no one was injured that time."),
               injured=cnt(0, "no one was injured"), damage=["the port's grain elevator"]),
    ],
    diplomacy=[
        dip("talks", ["Romania", "Ukraine"], day("2023-11-06", "6 November"), "planned",
            "Talks between the transport ministries of Romania and Ukraine on a second ferry and longer opening hours at the Orlivka - Isaccea crossing, moved from 23 October to 6 November in Tulcea",
            ev("The talks between the transport ministries of Romania and Ukraine on a second ferry and longer opening hours, which were to take place in Tulcea on Monday 23 October, have been moved to 6 November at the Romanian side's request."),
            location=TULCEA),
    ])

# --------------------------------------------------------------------------- xu06
GOLD["xu06_bakery_notice_customers_izmail_oct18"] = dict(
    notes="An Izmail bakery's notice to its customers (Wednesday 18 October 2023). Coded: 'Overnight, drones attacked the "
          "port area of Izmail again' (17-18 October, range, rule 11; no attacker named: Russia, rule 12; plural, "
          "uncounted); the city's press service 'says no one was killed': a nil with a death word only, killed 0, injured "
          "stays null (rule 6); 'since the drones first reached Izmail's port, on 2 August' (the first attack on the port: "
          "a background strike with place and date, required, rule 5; day, 2 August 2023; uncounted). Not coded: the "
          "warehouse fire and the power cut (damage, on the October record), the bread, the volunteer kitchen, the "
          "generator.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], night("2023-10-17", "2023-10-18", "Overnight"),
               [{"type": "drone"}],
               ev("Overnight, drones attacked the port area of Izmail again.",
                  "A grain warehouse two streets from our ovens caught fire, and the electricity on our side of town was off until after six, so the first dough went into the ovens three hours behind.",
                  "The city's press service says no one was killed; the firefighters were still at the warehouse when our bakers walked in."),
               killed=cnt(0, "no one was killed"), damage=["a grain warehouse", "the electricity supply"],
               reported_by=["the city's press service"]),
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], day("2023-08-02", "on 2 August"),
               [{"type": "drone"}],
               ev("We have baked through every attack since the drones first reached Izmail's port, on 2 August, and we mean to keep doing so."),
               damage=["the port"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xu07
GOLD["xu07_coworking_members_email_kyiv_drones_nato_nov27"] = dict(
    notes="A Kyiv coworking space's email to its members (Monday 27 November 2023). Coded: 'In the early hours of "
          "Saturday, Russia sent 75 Shahed drones against Ukraine, most of them at Kyiv' (25 November, day, rule 11): a "
          "nationwide barrage figure, Ukraine's country record (rule 3), drone model Shahed, launched 75, the Air Force's "
          "'74' shot down; Kyiv's record of the same morning (dated by the same sentence): the military administration's "
          "'five people' injured, 'an 11-year-old schoolgirl' children_injured 1 (rule 6), damage in the Solomianskyi "
          "district (on the city's record, rule 1), no figure of its own for the city; the NATO-Ukraine Council 'which "
          "meets at foreign-minister level on Wednesday at NATO's Brussels headquarters with Dmytro Kuleba taking part' "
          "(29 November: meeting, planned, rules 14 and 16; NATO and Ukraine; held at the alliance's seat, so hosted by "
          "NATO, not Belgium, rule 15). Not coded: 'the heaviest drone raid the capital has seen' (a description of the "
          "same attack), the building's power cut and generator, the talks and drinks of the week.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], day("2023-11-25", "In the early hours of Saturday"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(75, "75 Shahed drones"),
                 "intercepted": cnt(74, "74")}],
               ev("In the early hours of Saturday, Russia sent 75 Shahed drones against Ukraine, most of them at Kyiv, the heaviest drone raid the capital has seen in this war; the Air Force said 74 were shot down."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], day("2023-11-25", "In the early hours of Saturday"),
               [{"type": "drone", "model": "Shahed"}],
               ev("In the early hours of Saturday, Russia sent 75 Shahed drones against Ukraine, most of them at Kyiv, the heaviest drone raid the capital has seen in this war; the Air Force said 74 were shot down.",
                  "In the city, the military administration reported five people injured, the youngest an 11-year-old schoolgirl, and damage to homes and a kindergarten in the Solomianskyi district, where falling debris also cut power to several streets."),
               injured=cnt(5, "five people"), children_injured=cnt(1, "an 11-year-old schoolgirl"),
               damage=["homes and a kindergarten in the Solomianskyi district", "power lines"],
               reported_by=["the military administration"]),
    ],
    diplomacy=[
        dip("meeting", ["NATO", "Ukraine"], day("2023-11-29", "on Wednesday"), "planned",
            "The NATO-Ukraine Council at foreign-minister level at NATO headquarters in Brussels, with Ukraine's foreign minister Dmytro Kuleba taking part",
            ev("Wednesday, 17:00: the Security Policy Lab team will put the press conference on the big screen in room 3 after the NATO-Ukraine Council, which meets at foreign-minister level on Wednesday at NATO's Brussels headquarters with Dmytro Kuleba taking part."),
            location=BRUSSELS),
    ])

# --------------------------------------------------------------------------- xu08
GOLD["xu08_bookshop_event_listing_kyiv_nov25"] = dict(
    notes="A Kyiv bookshop's weekly event listing (Saturday 25 November 2023). Coded: 'this morning's attack' on Kyiv (25 "
          "November, day, rule 11; no attacker named: Russia, rule 12): the city military administration's 'more than 70 "
          "drones' brought down over Kyiv (the one place named: on the city record, rule 3; drone, intercepted 70, "
          "more_than, rule 7; no launched figure) and 'at least two people' hurt (at_least); 'on 21 September, when debris "
          "from a missile brought down over Kyiv landed on our street' (a background strike with place and date, required, "
          "rule 5; day; one missile with the indefinite article: no figure, rule 9). Not coded: Holodomor Remembrance Day "
          "and its minute of silence (no event of the war), the postponed launch and the moved reading (the shop's own "
          "events), the translators' evening, the book fair.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], day("2023-11-25", "this morning"),
               [{"type": "drone", "intercepted": cnt(70, "more than 70", "more_than")}],
               ev("After this morning's attack, today's children's reading moves from 11:00 to 15:00 and down to the basement room.",
                  "The city's military administration said this morning that air defence over Kyiv had brought down more than 70 drones and that at least two people had been hurt."),
               injured=cnt(2, "at least two people", "at_least"),
               reported_by=["the city's military administration"]),
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2023-09-21", "on 21 September"),
               [{"type": "missile"}],
               ev("This launch was first set for late September and postponed after our shop windows went on 21 September, when debris from a missile brought down over Kyiv landed on our street."),
               damage=["the bookshop's windows"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xu09
GOLD["xu09_chess_club_newsletter_kyiv_kherson_pistorius_nov30"] = dict(
    notes="A Kyiv chess club's members' newsletter for November (Thursday 30 November 2023). Coded: 'On 25 November Russia "
          "sent 75 Shahed drones at Kyiv; all but one were shot down' (day; the figures are for the one place named, so "
          "they stay on Kyiv's record, rule 3; launched 75, intercepted 74 by difference, rule 6; drone, model Shahed); "
          "'a girl of 11' among the injured (children_injured 1; no figure for all the injured); Kherson 'on Sunday' (26 "
          "November, day): 'a Russian shell hit a bus stop' (shelling_artillery, rule 8; one shell, indefinite: no figure), "
          "'a man was killed and two women were wounded' (killed 1, injured 2, rule 6; 'Oleksandr is unhurt' is one "
          "person's nil, filling nothing); Boris Pistorius 'visited Kyiv on 21 November' (visit, held, rule 14; Germany "
          "and Ukraine) 'and announced new military aid worth 1.3 billion euros' (military_aid, held: an aid decision "
          "announced, rule 16). Optional: 'Kherson has been shelled almost every day since it was freed last November' (a "
          "placed background with many attacks in one phrase and no count, rule 5; 'last November' in a November article "
          "is November 2022, rule 11). Not coded: the chess 'exchange sacrifice' and 'the king's file', the postponed "
          "blitz and the replayed game, the Leipzig club's clocks (no state's aid), the fees.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], day("2023-11-25", "On 25 November"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(75, "75 Shahed drones"),
                 "intercepted": cnt(74, "all but one")}],
               ev("On 25 November Russia sent 75 Shahed drones at Kyiv; all but one were shot down, but debris fell across several districts, and a girl of 11 was among those injured."),
               children_injured=cnt(1, "a girl of 11"), damage=["several districts"]),
        attack("Russia", "Ukraine", "shelling_artillery", [KHERSON], day("2023-11-26", "on Sunday"),
               [{"type": "artillery"}],
               ev("Our Kherson member, Oleksandr, lost on time on board 4 because on Sunday, just before the round began, a Russian shell hit a bus stop near his home in the Dniprovskyi district of Kherson; a man was killed and two women were wounded."),
               killed=cnt(1, "a man"), injured=cnt(2, "two women"),
               damage=["a bus stop in the Dniprovskyi district"]),
        opt(attack("Russia", "Ukraine", "shelling_artillery", [KHERSON],
                   month("2022-11-01", "2023-11-30", "since it was freed last November"),
                   [{"type": "artillery"}],
                   ev("Kherson has been shelled almost every day since it was freed last November, and Oleksandr has now missed three rounds because of it."))),
    ],
    diplomacy=[
        dip("visit", ["Germany", "Ukraine"], day("2023-11-21", "on 21 November"), "held",
            "Visit of Germany's defence minister Boris Pistorius to Kyiv",
            ev("Our partner club in Leipzig wrote after Germany's defence minister, Boris Pistorius, visited Kyiv on 21 November and announced new military aid worth 1.3 billion euros, most of it for air defence."),
            location=KYIV),
        dip("military_aid", ["Germany", "Ukraine"], day("2023-11-21", "on 21 November"), "held",
            "New German military aid for Ukraine worth 1.3 billion euros, most of it for air defence, announced by Boris Pistorius in Kyiv",
            ev("Our partner club in Leipzig wrote after Germany's defence minister, Boris Pistorius, visited Kyiv on 21 November and announced new military aid worth 1.3 billion euros, most of it for air defence.")),
    ])

# --------------------------------------------------------------------------- xu10
GOLD["xu10_local_history_society_lecture_abstract_crimean_war_control_nov14"] = dict(
    notes="Control: an English local history society's abstract of a winter lecture on the siege of Sevastopol in the "
          "Crimean War, 1854-55, through a village gunner's letters (Tuesday 14 November 2023). 'The first great "
          "bombardment' with 'more than a hundred allied guns', 'the Russian earthworks', Balaklava and Inkerman, 'a shell "
          "burst in his battery's magazine' with 'no one was hurt', 'the dead after a sortie', the storming of the "
          "Malakhov redoubt, 'Prisoners were exchanged under a flag of truce' and 'the peace talks that followed in Paris "
          "in 1856': events of a war of 169 years ago, not the war the codebook codes, told in war words with Russia and "
          "Sevastopol named; no attack and no diplomacy (rules 5, 12-13). Nothing is coded.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("hroza-2023-10-05", "Russian missile on the café and shop in Hroza, Kharkiv region, during a wake, 5 October 2023",
     [("xu01_parish_bulletin_panakhyda_hroza_kharkiv_oct08", "attack", 0),
      ("xu02_radio_amateur_net_log_hroza_kupiansk_oct05", "attack", 0)]),
    ("izmail-2023-10-18", "Russian drones on the port of Izmail, night of 17-18 October 2023",
     [("xu05_ferry_operator_notice_orlivka_isaccea_izmail_oct19", "attack", 0),
      ("xu06_bakery_notice_customers_izmail_oct18", "attack", 0)]),
    ("odesa-2023-11-06", "Russian missiles on the historic centre of Odesa, night of 5-6 November 2023",
     [("xu03_translation_agency_glossary_note_odesa_malta_nov17", "attack", 0),
      ("xu04_dental_practice_notice_patients_odesa_nov07", "attack", 0)]),
    ("kyiv-2023-11-25", "Russian Shahed drones on Kyiv, early on 25 November 2023",
     [("xu07_coworking_members_email_kyiv_drones_nato_nov27", "attack", 1),
      ("xu08_bookshop_event_listing_kyiv_nov25", "attack", 0),
      ("xu09_chess_club_newsletter_kyiv_kherson_pistorius_nov30", "attack", 0)]),
    ("granada-2023-10-05", "Summit of the European Political Community in Granada with President Zelensky, 5 October 2023",
     [("xu01_parish_bulletin_panakhyda_hroza_kharkiv_oct08", "diplomacy", 0),
      ("xu02_radio_amateur_net_log_hroza_kupiansk_oct05", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev72 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV72 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV72, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
