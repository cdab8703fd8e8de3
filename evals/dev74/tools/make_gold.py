"""Write evals/dev74/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev74, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV74 = ROOT / "evals" / "dev74"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KRAMATORSK = loc("Kramatorsk", "Donetsk", "Ukraine")
SLOVIANSK = loc("Sloviansk", "Donetsk", "Ukraine")
DRUZHKIVKA = loc("Druzhkivka", "Donetsk", "Ukraine")
DNIPRO = loc("Dnipro", "Dnipropetrovsk", "Ukraine")
KYIV = loc("Kyiv", "Kyiv", "Ukraine")
ORIKHIV = loc("Orikhiv", "Zaporizhzhia", "Ukraine")
LVIV = loc("Lviv", "Lviv", "Ukraine")
LVIV_REGION = loc("Lviv", "Lviv", "Ukraine", "region")
KERCH = loc("Kerch", "Crimea", "Ukraine")
KHERSON = loc("Kherson", "Kherson", "Ukraine")
ODESA = loc("Odesa", "Odesa", "Ukraine")
MYKOLAIV = loc("Mykolaiv", "Mykolaiv", "Ukraine")
VILNIUS = loc("Vilnius", "Vilnius County", "Lithuania")
PRAGUE = loc("Prague", "Prague", "Czech Republic")
LONDON = loc("London", "England", "United Kingdom")


# --------------------------------------------------------------------------- xw01
GOLD["xw01_hospital_visiting_hours_notice_kramatorsk_jun28"] = dict(
    notes="A Kramatorsk city hospital's notice to relatives on restricted visiting hours (Wednesday 28 June 2023). Coded: "
          "'Yesterday evening' (27 June, day, rule 11) 'two Russian missiles came down on the centre of Kramatorsk' "
          "(missiles counted as the subject of the hit: launched 2, type missile, rule 9); the regional prosecutor's office's "
          "figures 'Shortly after midnight' are the first: 'at least eight people' killed (at_least, rule 7), 'three of them "
          "children' (children_killed 3), '56' injured (rule 6); the pizza restaurant is damage. Sloviansk 'Early this "
          "morning' (28 June, day): shells, no attacker named (Russia, rule 12), shelling_artillery with an artillery entry; "
          "'no one was hurt' is a nil told with an injury word: injured 0 only, killed null (rule 6). 'On 1 February a "
          "missile tore into a block of flats ... in Kramatorsk and killed three residents': a placed, dated, counted "
          "background, required (rule 5), day, 1 February 2023; one missile with the indefinite article, no launched figure "
          "(rule 9); 'three residents' killed 3. Not coded: the 31 wounded the hospital took in (hospitalised, a part of the "
          "injured, rule 6), the rescuers' search, the road closure, the visiting times, shelter and donors.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KRAMATORSK], day("2023-06-27", "Yesterday evening"),
               [{"type": "missile", "launched": cnt(2, "two Russian missiles")}],
               ev("Yesterday evening, at about half past seven, two Russian missiles came down on the centre of Kramatorsk; one of them destroyed a pizza restaurant on the square where young people meet after work.",
                  "Shortly after midnight the regional prosecutor's office said that at least eight people had died, three of them children, and that 56 had been injured."),
               killed=cnt(8, "at least eight", "at_least"), injured=cnt(56, "56"),
               children_killed=cnt(3, "three of them"),
               damage=["a pizza restaurant on the square"], reported_by=["the regional prosecutor's office"]),
        attack("Russia", "Ukraine", "shelling_artillery", [SLOVIANSK], day("2023-06-28", "Early this morning"),
               [{"type": "artillery"}],
               ev("Early this morning shells also landed on the northern outskirts of Sloviansk, close to the road our ambulances use.",
                  "The city's military administration says no one was hurt, but the road was closed for two hours, so some transfers to us will arrive later than planned."),
               injured=cnt(0, "no one was hurt"), reported_by=["the city's military administration"]),
        attack("Russia", "Ukraine", "missile_strike", [KRAMATORSK], day("2023-02-01", "On 1 February"),
               [{"type": "missile"}],
               ev("On 1 February a missile tore into a block of flats on Vasyl Stus Street in Kramatorsk and killed three residents, and many of you will remember the corridors that week."),
               killed=cnt(3, "three residents"), damage=["a block of flats on Vasyl Stus Street"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xw02
GOLD["xw02_student_exchange_programme_letter_vilnius_kyiv_orikhiv_jul14"] = dict(
    notes="A Vilnius academy's international office's letter to its summer exchange students from Ukraine (Friday 14 July "
          "2023). Coded: Kyiv 'Overnight into Thursday' (12-13 July, range, rule 11): 'Russia sent drones at Kyiv', plural, "
          "uncounted (rule 9); the city's military administration's 'a man' killed (killed 1, rule 6); the Air Force's "
          "'all 20 Shahed drones Russia launched at Ukraine during the night': Ukraine's country record (rule 3), drone model "
          "Shahed, launched 20, intercepted 20 ('all 20'), dated 'during the night' (12-13 July); Orikhiv 'On Sunday' (9 "
          "July, day): 'Russian planes hit the town with guided bombs' (glide_bomb, a glide_bomb entry, rule 8), the town "
          "named in the sentence before, quoted with it; 'a woman' killed 1, 'four people' injured 4. The NATO summit 'that "
          "our city hosted on Tuesday and Wednesday' (11-12 July: summit, held, NATO and Lithuania, the host, rules 14-15, in "
          "Vilnius); the NATO-Ukraine Council that 'met there' 'On Wednesday' (12 July: meeting, an organisation's body, "
          "held, NATO and Ukraine, with Lithuania as the state of the city where it met, rule 15); the Lithuanian "
          "government's package of military aid 'During the summit' (military_aid, held: an aid decision announced, rule "
          "16). Not coded: the forty heads of state (no figure of the war), the reopened streets and checkpoints, the "
          "psychologist, the programme's dates, the excursion, the certificates.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], night("2023-07-12", "2023-07-13", "Overnight into Thursday"),
               [{"type": "drone"}],
               ev("Overnight into Thursday Russia sent drones at Kyiv once again.",
                  "Debris fell in two districts, and the city's military administration said that a man had been killed."),
               killed=cnt(1, "a man"), reported_by=["the city's military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2023-07-12", "2023-07-13", "during the night"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(20, "20 Shahed drones"),
                 "intercepted": cnt(20, "all 20")}],
               ev("The Air Force reported that all 20 Shahed drones Russia launched at Ukraine during the night had been shot down."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "glide_bomb", [ORIKHIV], day("2023-07-09", "On Sunday"),
               [{"type": "glide_bomb"}],
               ev("Two of you come from Orikhiv.",
                  "On Sunday Russian planes hit the town with guided bombs; the Zaporizhzhia regional administration reported that a woman had died and four people had been wounded."),
               killed=cnt(1, "a woman"), injured=cnt(4, "four people"),
               reported_by=["the Zaporizhzhia regional administration"]),
    ],
    diplomacy=[
        dip("summit", ["NATO", "Lithuania"], night("2023-07-11", "2023-07-12", "on Tuesday and Wednesday"), "held",
            "The NATO summit in Vilnius, hosted by Lithuania, with some forty heads of state and government",
            ev("As you know, the NATO summit that our city hosted on Tuesday and Wednesday brought forty heads of state and government to Vilnius."),
            location=VILNIUS),
        dip("meeting", ["NATO", "Ukraine", "Lithuania"], day("2023-07-12", "On Wednesday"), "held",
            "The first meeting of the new NATO-Ukraine Council, in Vilnius during the summit, with President Zelensky",
            ev("On Wednesday, for the first time, the new NATO-Ukraine Council met there with President Zelensky at the table, and several of you watched the press conference in the library."),
            location=VILNIUS),
        dip("military_aid", ["Lithuania", "Ukraine"], night("2023-07-11", "2023-07-12", "During the summit"), "held",
            "Lithuania announces a further package of military aid for Ukraine, including two NASAMS launchers",
            ev("During the summit the Lithuanian government also announced a further package of military aid for Ukraine, including two launchers for the NASAMS air-defence system.")),
    ])

# --------------------------------------------------------------------------- xw03
GOLD["xw03_farmers_market_newsletter_odesa_kerch_grain_jul18"] = dict(
    notes="A growers' market near Odesa, its weekly newsletter (Tuesday 18 July 2023). Coded: 'before dawn on Monday' (17 "
          "July, day) 'the road bridge at Kerch was hit': the Russian authorities blamed Ukrainian sea drones (attacker "
          "Ukraine, target_country Russia for a strike on Crimea, rules 4 and 12; sea drones are drones, rule 9: "
          "air_drone_strike, uncounted); 'a married couple' killed 2, 'their 14-year-old daughter' children_injured 1 (rule "
          "6; no total of the injured is given); Kherson 'that morning' (the Saturday the stallholder missed, 15 July, day): "
          "Russian shelling, 'three people' injured, 'a boy of 12' children_injured 1; the place named in its own sentence. "
          "Moscow's pulling out of the Black Sea grain deal 'On Monday' (17 July: agreement, cancelled, rules 14 and 16; "
          "Russia and Ukraine, with Turkey and the United Nations who brokered it, rule 15); Putin 'expected to visit Turkey "
          "in August', said by Turkey's president (visit, planned: attributed, with a place and a month, rule 16; Russia and "
          "Turkey; month, August 2023). Not coded: the prices at the elevators (no event), 'whether that happens, nobody "
          "... can say' (no stance of a state), the traffic stop, the produce, the market rules and the recipe.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [KERCH], day("2023-07-17", "before dawn on Monday"),
               [{"type": "drone"}],
               ev("Hours earlier, before dawn on Monday, the road bridge at Kerch was hit.",
                  "The Russian authorities blamed Ukrainian sea drones and said that a married couple driving across had been killed and their 14-year-old daughter injured."),
               killed=cnt(2, "a married couple"), children_injured=cnt(1, "their 14-year-old daughter"),
               damage=["the road bridge"], reported_by=["the Russian authorities"]),
        attack("Russia", "Ukraine", "shelling_artillery", [KHERSON], day("2023-07-15", "that morning"),
               [{"type": "artillery"}],
               ev("Liudmyla, who sells honey and dried fruit at stall 14, asks us to tell you why she missed Saturday.",
                  "Russian shelling of Kherson that morning injured three people in her district, among them a boy of 12, and she stayed to help her neighbours board up their windows."),
               injured=cnt(3, "three people"), children_injured=cnt(1, "a boy of 12")),
    ],
    diplomacy=[
        dip("agreement", ["Russia", "Ukraine", "Turkey", "United Nations"], day("2023-07-17", "On Monday"), "cancelled",
            "Russia pulls out of the Black Sea grain deal brokered by Turkey and the United Nations",
            ev("On Monday Moscow announced that it was pulling out of the Black Sea grain deal, the arrangement, brokered by Turkey together with the United Nations, that has let ships leave our ports with Ukrainian grain since last summer.")),
        dip("visit", ["Russia", "Turkey"], month("2023-08-01", "2023-08-31", "in August"), "planned",
            "Vladimir Putin's expected visit to Turkey, where the grain deal would be discussed, as Turkey's president said",
            ev("Turkey's president said Vladimir Putin was expected to visit Turkey in August and that the deal would be on the table then; whether that happens, nobody at the market can say.")),
    ])

# --------------------------------------------------------------------------- xw04
GOLD["xw04_orchestra_tour_update_lviv_vilnius_prague_jul07"] = dict(
    notes="A Kraków orchestra's tour office, its third tour update to musicians, families and patrons (Friday 7 July 2023). "
          "Coded: Lviv 'In the early hours of Thursday' (6 July, day, rule 11): 'Russian cruise missiles', plural, "
          "uncounted (rule 9); Kozytskyi's 'at least five' killed (at_least, rule 7) and '34' injured; the building is damage. "
          "The Air Force's 'seven of the ten Kalibr missiles Russia fired at Ukraine that night': a figure for the country, "
          "not for Lviv, so Ukraine's country record (rule 3), 5-6 July (range), cruise_missile (Kalibr fixes the family, rule "
          "9), launched 10, intercepted 7. The NATO summit 'in Vilnius next Tuesday and Wednesday' (11-12 July: summit, "
          "planned, NATO and Lithuania, the state of the city, rules 14-16); President Zelensky's visit to Prague 'on "
          "Thursday' (6 July: visit, held, the Czech Republic and Ukraine). Not coded: the players' night in the shelter, the "
          "concert moved to Sunday and the day of mourning (no war event), the city's confirmation of the concert (no state's "
          "diplomacy), the route, the motorway closure, the per diems.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [LVIV], day("2023-07-06", "In the early hours of Thursday"),
               [{"type": "cruise_missile"}],
               ev("In the early hours of Thursday, Russian cruise missiles struck a residential building in the west of Lviv, about two kilometres from the hotel where the strings were sleeping.",
                  "Maksym Kozytskyi, the governor of the Lviv region, said by midday that the dead numbered at least five and the injured 34; the top floors of the building collapsed."),
               killed=cnt(5, "at least five", "at_least"), injured=cnt(34, "34"),
               damage=["a residential building"], reported_by=["Maksym Kozytskyi"]),
        attack("Russia", "Ukraine", "missile_strike", [UA], night("2023-07-05", "2023-07-06", "that night"),
               [{"type": "cruise_missile", "model": "Kalibr", "launched": cnt(10, "the ten Kalibr missiles"),
                 "intercepted": cnt(7, "seven of the ten")}],
               ev("The Air Force said it had shot down seven of the ten Kalibr missiles Russia fired at Ukraine that night."),
               reported_by=["the Air Force"]),
    ],
    diplomacy=[
        dip("summit", ["NATO", "Lithuania"], night("2023-07-11", "2023-07-12", "next Tuesday and Wednesday"), "planned",
            "The NATO summit in Vilnius, announced for 11-12 July",
            ev("The NATO summit takes place in Vilnius next Tuesday and Wednesday, and our open-air concert in Cathedral Square on Monday 10 July has been confirmed by the city after some days of doubt about security."),
            location=VILNIUS),
        dip("visit", ["Czech Republic", "Ukraine"], day("2023-07-06", "on Thursday"), "held",
            "President Zelensky's visit to Prague",
            ev("The route was chosen weeks ago and has nothing to do with the news, though President Zelensky did visit Prague on Thursday, and the motorway near the castle was closed for part of the afternoon."),
            location=PRAGUE),
    ])

# --------------------------------------------------------------------------- xw05
GOLD["xw05_language_school_notice_dnipro_kramatorsk_jun30"] = dict(
    notes="A Dnipro language school's notice to its students (Friday 30 June 2023). Coded: Kramatorsk 'on Tuesday evening' "
          "(27 June, day): 'Russian Iskander missiles hit a restaurant in the city centre' (plural, uncounted; Iskander fixes "
          "ballistic_missile, rule 9); Kyrylenko's '12 dead' (killed 12), 'four of them children' (children_killed 4), 'more "
          "than 60 people' wounded (more_than, rule 7); 'She and her family are unharmed' is a nil of a part of the people, "
          "filling nothing (rule 6). Dnipro 'overnight into Wednesday' (27-28 June, range): 'six drones flew towards the "
          "city', the one place named (rule 3: launched 6), 'all six' brought down (intercepted 6), 'nobody was injured' "
          "(injured 0 only, rule 6), no attacker named (Russia, rule 12). The European Union's eleventh package of sanctions "
          "against Russia 'Last Friday' (23 June: sanctions, held, the European Union and Russia, rule 15). Optional: the "
          "Ukraine Recovery Conference that 'the United Kingdom and Ukraine held in London on 21 and 22 June' (a conference "
          "of many states, neither a summit of leaders nor talks in the article's words: meeting, held, a debatable reading, "
          "and background, rule 17). Not coded: the lessons moved online, the later start after an alert, the shelter, the "
          "vocabulary, the fees.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KRAMATORSK], day("2023-06-27", "on Tuesday evening"),
               [{"type": "ballistic_missile", "model": "Iskander"}],
               ev("Olena was in Kramatorsk visiting her parents on Tuesday evening, when Russian Iskander missiles hit a restaurant in the city centre, two streets from their home.",
                  "By Thursday the Donetsk regional governor, Pavlo Kyrylenko, was counting 12 dead, four of them children, and said more than 60 people had been wounded."),
               killed=cnt(12, "12 dead"), injured=cnt(60, "more than 60", "more_than"),
               children_killed=cnt(4, "four of them"),
               damage=["a restaurant in the city centre"], reported_by=["Pavlo Kyrylenko"]),
        attack("Russia", "Ukraine", "air_drone_strike", [DNIPRO], night("2023-06-27", "2023-06-28", "overnight into Wednesday"),
               [{"type": "drone", "launched": cnt(6, "six drones"), "intercepted": cnt(6, "all six")}],
               ev("Here in Dnipro, six drones flew towards the city overnight into Wednesday.",
                  "Serhiy Lysak, the regional military administration's head, wrote in the morning that air defence had brought down all six and that nobody was injured."),
               injured=cnt(0, "nobody was injured"), reported_by=["Serhiy Lysak"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2023-06-23", "Last Friday"), "held",
            "The European Union adopts its eleventh package of sanctions against Russia, aimed at circumvention of the earlier ones",
            ev("Last Friday the European Union adopted its eleventh package of sanctions against Russia, aimed above all at companies that help it get round the earlier ones.")),
        opt(dip("meeting", ["United Kingdom", "Ukraine"], night("2023-06-21", "2023-06-22", "on 21 and 22 June"), "held",
                "The Ukraine Recovery Conference held by the United Kingdom and Ukraine in London",
                ev("For background reading we suggest reports from the Ukraine Recovery Conference, which the United Kingdom and Ukraine held in London on 21 and 22 June; pick one article and bring three new words from it."),
                location=LONDON)),
    ])

# --------------------------------------------------------------------------- xw06
GOLD["xw06_volunteer_fire_brigade_newsletter_odesa_mykolaiv_jul25"] = dict(
    notes="A German village's volunteer fire brigade's newsletter, English edition for its partner brigades (Tuesday 25 "
          "July 2023). Coded: Odesa 'On the night of 19 July' (18-19 July, range, rule 11): 'Russian missiles and drones hit "
          "the port' (drone_and_missile with a missile and a drone entry, uncounted, rules 8-9); 'two of their firefighters' "
          "injured 2 (the struck station's crew, rule 6); the grain terminal and the station are damage; the place is the "
          "section's heading 'Odesa.', quoted with the sentence. The Air Force's 'of the 38 missiles and drones launched at "
          "the country that night, 23 had been brought down': Ukraine's country record (rule 3), a combined total of two "
          "types: one weapon of type other, model 'missiles and drones', launched 38, intercepted 23, with a missile and a "
          "drone entry (rule 9). Mykolaiv 'On the night of 20 July' (19-20 July, range): 'A missile set a three-storey "
          "building ... on fire' (indefinite: no launched figure, rule 9; missile_strike); the governor's '18 people' injured "
          "and 'nobody died' (killed 0, rule 6). The German Federal Ministry of the Interior's announcement 'On 12 July' that "
          "it would send another 30 fire engines and rescue equipment to Ukraine's State Emergency Service (military_aid, "
          "held: aid of any cargo, an aid decision announced, rules 14 and 16; Germany and Ukraine). Not coded: 'fought "
          "fires in the city on four nights this month' (no place beyond the city, no dates, no figure: rule 5, vague), the "
          "State Emergency Service's 'more than 80' rescuers killed since February 2022 (a war-wide statistic, no event), "
          "the donated engine, the district association's offer, the fete, the camp and the collection.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [ODESA], night("2023-07-18", "2023-07-19", "On the night of 19 July"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("Odesa. On the night of 19 July our partners of the 4th state fire and rescue unit in the port district were called out to a fire at a grain terminal after Russian missiles and drones hit the port.",
                  "Their own station was damaged by a blast a few minutes later, and two of their firefighters were injured, one of them seriously."),
               injured=cnt(2, "two of their firefighters"), damage=["a grain terminal", "a fire station"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2023-07-18", "2023-07-19", "that night"),
               [{"type": "other", "model": "missiles and drones", "launched": cnt(38, "the 38 missiles and drones"),
                 "intercepted": cnt(23, "23")},
                {"type": "missile"}, {"type": "drone"}],
               ev("The Ukrainian Air Force later said that of the 38 missiles and drones launched at the country that night, 23 had been brought down."),
               reported_by=["the Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [MYKOLAIV], night("2023-07-19", "2023-07-20", "On the night of 20 July"),
               [{"type": "missile"}],
               ev("Mykolaiv. On the night of 20 July it was the turn of our second partner brigade.",
                  "A missile set a three-storey building in the city centre on fire, and the crews worked until dawn.",
                  "The regional governor said 18 people were injured and that nobody died."),
               killed=cnt(0, "nobody died"), injured=cnt(18, "18 people"),
               damage=["a three-storey building in the city centre"], reported_by=["the regional governor"]),
    ],
    diplomacy=[
        dip("military_aid", ["Germany", "Ukraine"], day("2023-07-12", "On 12 July"), "held",
            "Germany's Federal Ministry of the Interior announces another 30 fire engines and rescue equipment for Ukraine's State Emergency Service",
            ev("On 12 July the German Federal Ministry of the Interior announced that it would send another 30 fire engines and a set of rescue equipment to Ukraine's State Emergency Service.")),
    ])

# --------------------------------------------------------------------------- xw07
GOLD["xw07_property_auction_notice_lviv_jul10"] = dict(
    notes="A Lviv property auction house's notice to registered bidders (Monday 10 July 2023). Coded: 'On the night of 6 "
          "July' (5-6 July, range, rule 11) 'Russian Kalibr missiles hit an apartment block in Lviv' (plural, uncounted; "
          "Kalibr fixes cruise_missile, rule 9); 'Ten people' killed; the 'blast wave in March, when a missile killed five "
          "people in a village of the Lviv region' (a placed, dated, counted background, required, rule 5; the village is "
          "unnamed, so the region is the place, level region, rule 1; month, March 2023; indefinite, no launched figure; "
          "'five people' killed). Not coded: the windows of Lot 7's building and of the country house (damage of nearby "
          "buildings, no struck site of their own), the city engineers' inspection, the deposits, the lots, the viewing and "
          "the alert rules.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [LVIV], night("2023-07-05", "2023-07-06", "On the night of 6 July"),
               [{"type": "cruise_missile", "model": "Kalibr"}],
               ev("On the night of 6 July, Russian Kalibr missiles hit an apartment block in Lviv three doors from the building in which the flat stands.",
                  "Ten people were killed in that block."),
               killed=cnt(10, "Ten people"), damage=["an apartment block"]),
        attack("Russia", "Ukraine", "missile_strike", [LVIV_REGION], month("2023-03-01", "2023-03-31", "in March"),
               [{"type": "missile"}],
               ev("The seller asks us to state that the windows replaced in the spring were damaged by the blast wave in March, when a missile killed five people in a village of the Lviv region some twenty kilometres away, and not by any fault of the building."),
               killed=cnt(5, "five people"), damage=["a village"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xw08
GOLD["xw08_cycling_club_ride_calendar_kramatorsk_jul03"] = dict(
    notes="A Kramatorsk amateur cycling club's July ride calendar on its members' channel (Monday 3 July 2023). Coded: "
          "Kramatorsk 'on the evening of 27 June' (day): 'a Russian missile struck the pizzeria' (indefinite: no launched "
          "figure, rule 9; type missile); the regional police's toll '13 dead and 60 injured' is this article's first figure "
          "(rule 6), 'our youngest member, Maksym, 17' is a child among the injured told one by one (children_injured 1, rule "
          "6). Druzhkivka 'on Sunday morning' (2 July, day): 'Russian artillery shelled Druzhkivka' (shelling_artillery, an "
          "artillery entry), 'a man' killed 1. The prisoner exchange 'of 11 June', 'when Ukraine and Russia swapped prisoners "
          "and 95 of our defenders came home' (prisoner_exchange, held, rules 14 and 16; day). Optional: the missile that "
          "'hit a block of flats two streets away' 'in the winter' (a background in the club's town with a vague date and no "
          "figure, rule 5: December 2022 - February 2023). Not coded: the families waiting for news (no event), the rides, "
          "the alert rule, helmets and lights.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KRAMATORSK], day("2023-06-27", "on the evening of 27 June"),
               [{"type": "missile"}],
               ev("We ride for the people who died in Kramatorsk on the evening of 27 June, when a Russian missile struck the pizzeria on the square and the cafés around it.",
                  "According to the regional police the toll now stands at 13 dead and 60 injured.",
                  "Among the injured is our youngest member, Maksym, 17, who is recovering well and sends everyone his thanks."),
               killed=cnt(13, "13 dead"), injured=cnt(60, "60 injured"), children_injured=cnt(1, "Maksym, 17"),
               damage=["the pizzeria on the square and the cafés around it"], reported_by=["the regional police"]),
        attack("Russia", "Ukraine", "shelling_artillery", [DRUZHKIVKA], day("2023-07-02", "on Sunday morning"),
               [{"type": "artillery"}],
               ev("Russian artillery shelled Druzhkivka on Sunday morning and a man was killed on the very street we use to leave town."),
               killed=cnt(1, "a man")),
        opt(attack("Russia", "Ukraine", "missile_strike", [KRAMATORSK], month("2022-12-01", "2023-02-28", "in the winter"),
                   [{"type": "missile"}],
                   ev("The workshop on our usual corner in Kramatorsk is open again: it lost its glass in the winter, when a missile hit a block of flats two streets away, and the owner has only now got new windows."),
                   damage=["a block of flats"])),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2023-06-11", "of 11 June"), "held",
            "Prisoner exchange between Ukraine and Russia in which 95 Ukrainian defenders came home",
            ev("After the exchange of 11 June, when Ukraine and Russia swapped prisoners and 95 of our defenders came home, two families from our street are waiting for news of their sons; the entry fee goes to them.")),
    ])

# --------------------------------------------------------------------------- xw09
GOLD["xw09_dry_cleaner_notice_odesa_jul20"] = dict(
    notes="An Odesa dry cleaner's notice to its customers (Thursday 20 July 2023). Coded: Odesa 'Overnight into Wednesday' "
          "(18-19 July, range, rule 11): 'missiles and drones launched by Russia struck Odesa's port area' "
          "(drone_and_missile, a missile and a drone entry, uncounted, rules 8-9); Kiper's 'eight people' injured; 'None of "
          "our staff was in the building' is no casualty nil (the shop is no struck site, rule 6). 'The night before' (17-18 "
          "July, range): 'drones and missiles also hit Odesa's port' (drone_and_missile), 'a 60-year-old security guard' "
          "injured 1 (rule 6). 'Monday's strike on the Kerch bridge' (17 July, day): a placed, dated background, required "
          "(rule 5); no weapon named (kind other, no weapon entry, rule 8); the attacker is the target's opponent, Ukraine, "
          "target_country Russia for Crimea (rule 12). Not coded: Moscow's 'revenge' (a claim, no event), the closed branch, "
          "the garments, the compensation, the hours, the neighbours and the glazier.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [ODESA], night("2023-07-18", "2023-07-19", "Overnight into Wednesday"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("Overnight into Wednesday, missiles and drones launched by Russia struck Odesa's port area and the streets behind it, and the blast wave blew in the windows of the shop and of the workshop at the back.",
                  "Oleh Kiper, the Odesa region's governor, said eight people had been injured in the city that night."),
               injured=cnt(8, "eight people"), damage=["the port area and the streets behind it"],
               reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "drone_and_missile", [ODESA], night("2023-07-17", "2023-07-18", "The night before"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("It was the second night running.",
                  "The night before, drones and missiles also hit Odesa's port, and a 60-year-old security guard at a grain terminal was wounded."),
               injured=cnt(1, "a 60-year-old security guard"), damage=["the port"]),
        attack("Ukraine", "Russia", "other", [KERCH], day("2023-07-17", "Monday's"),
               [],
               ev("Moscow calls these attacks revenge for Monday's strike on the Kerch bridge."),
               damage=["the Kerch bridge"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xw10
GOLD["xw10_model_railway_club_diorama_description_control_jun14"] = dict(
    notes="Control: an English model railway club's exhibition guide describing its new diorama of an imaginary junction "
          "on one night of an imaginary war in the 1940s (Wednesday 14 June 2023). 'its air raid', 'an anti-aircraft battery "
          "of four guns is firing', 'a bomb crater', 'a shell hole', the fire crew and the stretcher party, 'prisoners', 'the "
          "ambulance train, a troop special', a real locomotive derailed at a trial run with 'no one was hurt', 'After a long "
          "siege of emails' the club and the hall committee 'have agreed a truce', 'in exchange for' help at a fair, and "
          "visitors' 'small drones': a model of an invented war and a club's storage arrangement told in war words, no state "
          "a party and no event of the war (rules 12-13). Nothing is coded.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kramatorsk-2023-06-27", "Russian missiles on the pizza restaurant in the centre of Kramatorsk, evening of 27 June 2023",
     [("xw01_hospital_visiting_hours_notice_kramatorsk_jun28", "attack", 0),
      ("xw05_language_school_notice_dnipro_kramatorsk_jun30", "attack", 0),
      ("xw08_cycling_club_ride_calendar_kramatorsk_jul03", "attack", 0)]),
    ("lviv-2023-07-06", "Russian cruise missiles on an apartment block in the west of Lviv, night of 5-6 July 2023",
     [("xw04_orchestra_tour_update_lviv_vilnius_prague_jul07", "attack", 0),
      ("xw07_property_auction_notice_lviv_jul10", "attack", 0)]),
    ("kerch-2023-07-17", "Ukrainian sea drones on the road bridge at Kerch, before dawn on 17 July 2023",
     [("xw03_farmers_market_newsletter_odesa_kerch_grain_jul18", "attack", 0),
      ("xw09_dry_cleaner_notice_odesa_jul20", "attack", 2)]),
    ("odesa-2023-07-19", "Russian missiles and drones on the port of Odesa, night of 18-19 July 2023",
     [("xw06_volunteer_fire_brigade_newsletter_odesa_mykolaiv_jul25", "attack", 0),
      ("xw09_dry_cleaner_notice_odesa_jul20", "attack", 0)]),
    ("vilnius-summit-2023-07-11", "The NATO summit in Vilnius, 11-12 July 2023",
     [("xw02_student_exchange_programme_letter_vilnius_kyiv_orikhiv_jul14", "diplomacy", 0),
      ("xw04_orchestra_tour_update_lviv_vilnius_prague_jul07", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev74 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV74 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV74, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
