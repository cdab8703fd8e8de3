"""Write evals/dev67/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev67, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV67 = ROOT / "evals" / "dev67"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, week, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KOSTIANTYNIVKA = loc("Kostiantynivka", "Donetsk", "Ukraine")
KYIV = loc("Kyiv", "Kyiv", "Ukraine")
KHARKIV = loc("Kharkiv", "Kharkiv", "Ukraine")
POLTAVA = loc("Poltava", "Poltava", "Ukraine")
LVIV = loc("Lviv", "Lviv", "Ukraine")
KURSK = loc("Kursk", "Kursk", "Russia")
ZNPP = loc("Zaporizhzhia nuclear plant", "Zaporizhzhia", "Ukraine", "site")
WARSAW = loc("Warsaw", "Masovian", "Poland")
MOSCOW = loc("Moscow", "Moscow", "Russia")
DOHA = loc("Doha", None, "Qatar")
RAMSTEIN = loc("Ramstein Air Base", "Rhineland-Palatinate", "Germany", "site")
US = "United States"
UK = "United Kingdom"
UAE = "United Arab Emirates"
UDCG = "Ukraine Defense Contact Group"
NIGHT_0826 = ("2024-08-25", "2024-08-26")


# --------------------------------------------------------------------------- xp01
GOLD["xp01_retail_chain_statement_kostiantynivka_aug10"] = dict(
    notes="A supermarket chain's statement to its customers, staff and suppliers on the missile that hit its store in "
          "Kostiantynivka (Saturday 10 August 2024). Coded: the strike 'On Friday, 9 August' (day, rule 11; 'a Russian "
          "missile', one weapon with the indefinite article: missile, no launched figure, rule 9; missile_strike; the "
          "regional head Vadym Filashkin's Friday-evening figures, '12 people' killed and '44' injured, are the first the "
          "statement gives, rule 6; the prosecutors' 14 dead 'this morning' is an update, in the evidence only); Russian "
          "artillery shells in the store's yard 'On the night of 27 July' (26-27 July, range, rule 11; a background "
          "attack with place and date, required, rule 5; shelling_artillery with an artillery weapon, uncounted, rule 8; "
          "'Nobody was hurt' is injured 0 only, killed stays null, rule 6). Not coded: the two cashiers among the dead "
          "(a part of the 12, no new count), the war bloggers' claim of soldiers in the store (a claim about the same "
          "strike, no event), the founder's words, the closure, the payments and the call for air defence (a demand, "
          "rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KOSTIANTYNIVKA], day("2024-08-09", "On Friday, 9 August"),
               [{"type": "missile"}],
               ev("On Friday, 9 August, at about ten past eleven in the morning, a Russian missile hit our store no. 14 on Pivnichna Street in Kostiantynivka, at the hour when the trading floor is busiest.",
                  "By Friday evening Vadym Filashkin, who heads the Donetsk regional military administration, had reported 12 people killed and 44 injured.",
                  "During the night the number grew, and this morning prosecutors in the region put the toll at 14 dead."),
               killed=cnt(12, "12 people"), injured=cnt(44, "44"),
               damage=["supermarket", "post office in the same building"], reported_by=["Vadym Filashkin"]),
        attack("Russia", "Ukraine", "shelling_artillery", [KOSTIANTYNIVKA], night("2024-07-26", "2024-07-27", "On the night of 27 July"),
               [{"type": "artillery"}],
               ev("This was not the first time our Kostiantynivka store had been damaged.",
                  "On the night of 27 July, shells fired by Russian artillery landed in the yard behind the loading bay, blowing out the windows of the warehouse and wrecking a refrigeration unit.",
                  "Nobody was hurt that night, and we opened again three days later."),
               injured=cnt(0, "Nobody was hurt"),
               damage=["the store's yard", "warehouse windows", "a refrigeration unit"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xp02
GOLD["xp02_business_council_member_circular_modi_kyiv_aug26"] = dict(
    notes="A bilateral chamber of commerce's circular to its member companies on the Indian Prime Minister's day in Kyiv "
          "(Monday 26 August 2024). Coded: Narendra Modi's visit to Kyiv 'On Friday, 23 August' (visit, held, rule 14: "
          "the visit is the event and his talks with Zelensky are part of it; India and Ukraine); the four documents "
          "signed in the leaders' presence (one agreement record, held, rule 14); the four BHISHM mobile hospital cubes "
          "handed over (aid of any cargo: military_aid, held, rules 14 and 16); Zelensky's proposal to Modi that India "
          "host the second peace summit (put to the other side: proposal, proposed, rule 13; 'did not say yes or no' "
          "leaves it unagreed, rule 16); the exchange 'On Saturday' (24 August, 115 for 115, mediated by the United Arab "
          "Emirates: Ukraine, Russia and the UAE, rule 15); Russia's attack 'this morning' on power stations and "
          "substations (26 August, day; Zelensky's nationwide figures go to Ukraine's country record, rule 3: 'more "
          "than 100 missiles of various types' (missile, more_than) and 'about 100 Shahed drones' (drone, about, model "
          "Shahed), rules 7 and 9; drone_and_missile); the Russian missile that struck Okhmatdyt 'on 8 July' (a "
          "background attack with place and date, required, rule 5; 'a Russian missile', indefinite, no launched "
          "figure, rule 9). Optional: Modi's talks with Donald Tusk 'in Warsaw on 22 August' and his trip to Moscow 'on "
          "8-9 July' (background, rule 17). Not coded: Modi's words on neutrality and 'an active role' (a stance, rule "
          "13), the exhibition visit (part of the visit), the members' briefing and the Chamber's trade mission "
          "(business, no state a party), the 115 'Russian soldiers' as a count (no attack).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2024-07-08", "on 8 July"),
               [{"type": "missile"}],
               ev("Ukrainian officials had criticised that trip sharply: on 8 July, as the Prime Minister was being received by President Putin, a Russian missile struck Okhmatdyt, Kyiv's main children's hospital."),
               damage=["Okhmatdyt children's hospital"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2024-08-26", "this morning"),
               [{"type": "missile", "launched": cnt(100, "more than 100 missiles", "more_than")},
                {"type": "drone", "model": "Shahed", "launched": cnt(100, "about 100 Shahed drones", "about")}],
               ev("As this circular was being finalised this morning, Russia carried out one of the largest attacks of the war.",
                  "President Zelensky said more than 100 missiles of various types and about 100 Shahed drones had been fired, much of it at power stations and substations in most of Ukraine's regions."),
               damage=["power stations and substations"], reported_by=["President Zelensky"]),
    ],
    diplomacy=[
        dip("visit", ["India", "Ukraine"], day("2024-08-23", "On Friday, 23 August"), "held",
            "Narendra Modi's seven-hour visit to Kyiv, the first by an Indian head of government since 1991; received by Volodymyr Zelensky at the Mariinskyi Palace",
            ev("On Friday, 23 August, Prime Minister Narendra Modi spent about seven hours in Kyiv, the first time an Indian head of government has travelled to Ukraine since it became independent in 1991.",
               "President Volodymyr Zelensky received him at the Mariinskyi Palace."),
            location=KYIV),
        dip("agreement", ["India", "Ukraine"], day("2024-08-23", "On Friday, 23 August"), "held",
            "Four documents signed in Kyiv: agreements on agriculture and the food industry and on medical products regulation, a memorandum on Indian humanitarian grant projects, and a cultural cooperation programme for 2024-2028",
            ev("In the presence of both leaders, the delegations signed four documents: an agreement on cooperation in agriculture and the food industry, an agreement on cooperation in the regulation of medical products, a memorandum on Indian humanitarian grant assistance for high-impact community development projects, and a programme of cultural cooperation for 2024-2028."),
            location=KYIV),
        dip("military_aid", ["India", "Ukraine"], day("2024-08-23", "On Friday, 23 August"), "held",
            "Four BHISHM mobile hospital cubes handed over by Narendra Modi",
            ev("The Prime Minister also handed over four BHISHM mobile hospital cubes, each of them a field hospital packed into portable crates that can treat up to 200 casualties.")),
        dip("proposal", ["Ukraine", "India"], day("2024-08-23", "On Friday, 23 August"), "proposed",
            "Zelensky's proposal to Modi that India host the second peace summit; the Indian side did not commit",
            ev("At his press conference after the talks, President Zelensky said he had proposed to Prime Minister Modi that India host the second peace summit.",
               "The Indian side did not say yes or no.")),
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2024-08-24", "On Saturday"), "held",
            "Independence Day exchange of 115 Ukrainian servicemen for 115 Russian soldiers, mediated by the UAE",
            ev("On Saturday, Ukraine's Independence Day, 115 Ukrainian servicemen came home in an exchange for 115 Russian soldiers that the United Arab Emirates had mediated.")),
        opt(dip("talks", ["India", "Poland"], day("2024-08-22", "on 22 August"), "held",
                "Narendra Modi's talks with Donald Tusk in Warsaw before the journey to Kyiv",
                ev("He came in by train from Poland, where he had held talks with Prime Minister Donald Tusk in Warsaw on 22 August, and left again the same evening by the same route."),
                location=WARSAW)),
        opt(dip("visit", ["India", "Russia"], night("2024-07-08", "2024-07-09", "on 8-9 July"), "held",
                "Narendra Modi's trip to Moscow, received by Vladimir Putin",
                ev("The visit was closely watched in Kyiv because of Mr Modi's trip to Moscow on 8-9 July."),
                location=MOSCOW)),
    ])

# --------------------------------------------------------------------------- xp03
GOLD["xp03_pow_families_association_weekly_message_aug26"] = dict(
    notes="An association of families of prisoners of war's weekly message to its members (Monday 26 August 2024). Coded: "
          "the exchange 'On Saturday, 24 August' (115 for 115, held; 'the Emirates brokered it': Ukraine, Russia and the "
          "United Arab Emirates, rule 15); Russia's attack 'this morning' on energy sites 'across Ukraine' with missiles "
          "and drones (26 August, day; a nationwide attack with no figure and no place named: Ukraine's country record, "
          "rule 3, drone_and_missile with a missile and a drone entry, uncounted, rules 8-9). Optional: the previous "
          "exchange 'on 17 July' (background, rule 17). Not coded: the four relatives among the 115 (a part of the "
          "exchange), the Russian side's conscripts 'taken prisoner in the Kursk region' and the operation there "
          "(ground fighting, rule 5), the Coordination Headquarters' meeting with the board (no state a party) and its "
          "'working toward further exchanges' with no date (a stance, rule 13), the Red Cross's lack of access, the "
          "association's asks (demands, rule 13), the moved online meeting.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2024-08-26", "this morning"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("It did not, because Russia chose this morning to attack energy sites across Ukraine with missiles and drones, and many of you wrote that you had no power, no connection or were sitting in a shelter."),
               damage=["energy sites"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2024-08-24", "On Saturday, 24 August"), "held",
            "Exchange of 115 for 115 brokered by the UAE; National Guard soldiers, border guards, sailors and defenders of Mariupol returned",
            ev("On Saturday, 24 August, Independence Day, 115 of our defenders returned from Russian captivity.",
               "It was a 115-for-115 swap, and the Emirates brokered it, the state's Coordination Headquarters told us.")),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia"], day("2024-07-17", "on 17 July"), "held",
                "The previous exchange, which brought 95 Ukrainians home",
                ev("The previous exchange, on 17 July, brought 95 of our people home."))),
    ])

# --------------------------------------------------------------------------- xp04
GOLD["xp04_theatre_notice_ticket_holders_kharkiv_aug31"] = dict(
    notes="A Kharkiv chamber theatre's notice to ticket holders cancelling the weekend's performances (Saturday 31 August "
          "2024). Coded: Russian guided aerial bombs on Kharkiv's Industrialnyi district 'Yesterday afternoon, Friday 30 "
          "August' (day; glide_bomb, uncounted: the plural names no figure, rule 9; Oleh Syniehubov's figures of the "
          "evening are the first the notice gives, rule 6: 'at least six people' killed (at_least, rule 7), 'a 14-year-old "
          "girl' among them (children_killed 1, a child told one by one, rule 6), 'more than 90' injured (more_than); the "
          "mayor's seven dead and 97 injured 'This morning' are an update, in the evidence only); 'a Russian drone' that "
          "hit the courtyard next to the theatre 'on the night of 22 June' (21-22 June, range, rule 11; a background "
          "attack with place and date, required, rule 5; indefinite, no launched figure, rule 9; 'There were no "
          "casualties' fills killed 0 and injured 0, rule 6). Not coded: the cancelled performances, the Vilnius puppet "
          "company's postponed guest performance (no state a party), the refunds, the artistic director's words.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2024-08-30", "Yesterday afternoon, Friday 30 August"),
               [{"type": "glide_bomb"}],
               ev("Yesterday afternoon, Friday 30 August, Russian guided aerial bombs fell on Kharkiv.",
                  "They hit the Industrialnyi district, two streets from the home of our stage manager: a twelve-storey apartment block was set on fire, and shrapnel swept across a children's playground in the yard, where a 14-year-old girl was killed on a swing.",
                  "Oleh Syniehubov, who leads the Kharkiv regional military administration, reported last night that at least six people had died, the girl among them, and that more than 90 had been injured."),
               killed=cnt(6, "at least six people", "at_least"), injured=cnt(90, "more than 90", "more_than"),
               children_killed=cnt(1, "a 14-year-old girl"),
               damage=["a twelve-storey apartment block in the Industrialnyi district", "a children's playground"],
               reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KHARKIV], night("2024-06-21", "2024-06-22", "on the night of 22 June"),
               [{"type": "drone"}],
               ev("The upper floors of our Kharkiv building were damaged once this summer: on the night of 22 June a Russian drone hit the courtyard next door, and the blast blew out the foyer windows.",
                  "There were no casualties, and the windows were replaced within a fortnight with donations from you, our audience."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["a courtyard", "the theatre's foyer windows"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xp05
GOLD["xp05_data_desk_methodology_box_strikes_chart_sep02"] = dict(
    notes="A newspaper data desk's methodology note beside a chart of Russia's nightly missiles and drones in August 2024 "
          "(2 September 2024). Coded: the night 'of 25 to 26 August' (range, rule 11) against Ukraine, the Air Force's "
          "figures (country record, rule 3): '127 missiles' of which '102 of the missiles' shot down, '109 drones' of "
          "which '99 of the drones', and the combined '236 missiles and drones' with '201' shot down (a combined total "
          "of two types: one weapon of type other, model 'missiles and drones', rule 9); the chart's first version's "
          "'241' (a double count the desk corrected) is no figure of the attack; 'The following night, 26 to 27 August': "
          "'ten missiles' / 'five missiles' and '81 drones' / '60 drones' (country record); the glide bombs on an "
          "apartment block in Kharkiv 'on 30 August', 'seven people' killed (a background attack with place, date and "
          "count, required, rule 5; glide_bomb with an uncounted glide_bomb entry); the indirect talks in Doha 'expected "
          "in August' that Russia 'called them off' (talks, cancelled, dated by the month they were planned for, rules "
          "11 and 16; Ukraine, Russia and Qatar, the mediator and the state of the city, rule 15). Not coded: the F-16s "
          "(no event of their own), the ground fighting in the Kursk region (rule 5), the artillery and short-range "
          "drones left out of the chart (no place, no date), Russia's claims as a series (no event told).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0826, "For the night of 25 to 26 August"),
               [{"type": "other", "model": "missiles and drones", "launched": cnt(236, "236 missiles and drones"),
                 "intercepted": cnt(201, "201")},
                {"type": "missile", "launched": cnt(127, "127 missiles"), "intercepted": cnt(102, "102 of the missiles")},
                {"type": "drone", "launched": cnt(109, "109 drones"), "intercepted": cnt(99, "99 of the drones")}],
               ev("For the night of 25 to 26 August the Air Force's count was 127 missiles and 109 drones launched by Russia against Ukraine, together 236 missiles and drones, of which 201 were shot down: 102 of the missiles and 99 of the drones."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2024-08-26", "2024-08-27", "The following night, 26 to 27 August"),
               [{"type": "missile", "launched": cnt(10, "ten missiles"), "intercepted": cnt(5, "five missiles")},
                {"type": "drone", "launched": cnt(81, "81 drones"), "intercepted": cnt(60, "60 drones")}],
               ev("The following night, 26 to 27 August, the Air Force counted ten missiles and 81 drones aimed at Ukraine, of which five missiles and 60 drones were shot down."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2024-08-30", "on 30 August"),
               [{"type": "glide_bomb"}],
               ev("Guided aerial bombs.",
                  "The Air Force publishes no nightly count of them, so attacks such as the bombing of an apartment block in Kharkiv on 30 August, which killed seven people, do not appear in the chart at all."),
               killed=cnt(7, "seven people"), damage=["an apartment block"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Russia", "Qatar"], month("2024-08-01", "2024-08-31", "in August"), "cancelled",
            "Indirect talks in Doha, mediated by Qatar, on halting strikes on energy infrastructure; called off by Russia after the Kursk incursion, according to The Washington Post",
            ev("Indirect talks in Doha, mediated by Qatar, at which Ukraine and Russia were to discuss halting strikes on each other's energy infrastructure, had been expected in August; according to The Washington Post, Russia called them off after Ukraine's incursion into the Kursk region."),
            location=DOHA),
    ])

# --------------------------------------------------------------------------- xp06
GOLD["xp06_university_rector_letter_students_poltava_sep04"] = dict(
    notes="A Poltava university rector's letter to students and staff (Wednesday 4 September 2024). Coded: the strike on "
          "the Military Institute of Communications and a hospital beside it, 'Yesterday morning, Tuesday 3 September' "
          "(day, rule 11; 'two Russian ballistic missiles' as the subject of the hit: launched 2, rule 9; "
          "missile_strike; the President's figures 'Last night' are the first the letter gives, rule 6: '41 people' "
          "killed, 'more than 180' injured (more_than, rule 7); the regional administration's 51 dead 'This morning' is "
          "an update, in the evidence only; 'Last night' dates the statement, not the strike); the attack on Lviv 'early "
          "this morning' (4 September, day; 'missiles and drones', uncounted: drone_and_missile, rules 8-9; Mayor Andriy "
          "Sadovyi's 'seven people' killed; 'a mother and her three daughters' gives no ages, so no child count, rule "
          "6). Not coded: the university's eleven students and two staff among the wounded (a part of the 180), the "
          "postponed visit of the partner university from Lublin (universities, no state a party), the mourning, the "
          "online teaching and the rector's advice.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [POLTAVA], day("2024-09-03", "Yesterday morning, Tuesday 3 September"),
               [{"type": "ballistic_missile", "launched": cnt(2, "two Russian ballistic missiles")}],
               ev("Yesterday morning, Tuesday 3 September, two Russian ballistic missiles struck the Military Institute of Communications in Poltava and a hospital beside it, barely two minutes after the air-raid alert sounded, while cadets and staff were still running to the shelters.",
                  "Last night the President said that 41 people had been killed and more than 180 injured.",
                  "This morning the figure from the regional military administration was 51 dead."),
               killed=cnt(41, "41 people"), injured=cnt(180, "more than 180", "more_than"),
               damage=["the Military Institute of Communications", "a hospital"], reported_by=["the President"]),
        attack("Russia", "Ukraine", "drone_and_missile", [LVIV], day("2024-09-04", "early this morning"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("And as I write, the news has come that Lviv was attacked early this morning with missiles and drones.",
                  "Mayor Andriy Sadovyi reports seven people killed in the city, among them a mother and her three daughters."),
               killed=cnt(7, "seven people"), reported_by=["Andriy Sadovyi"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xp07
GOLD["xp07_museum_loss_damage_register_entry_lviv_sep09"] = dict(
    notes="A Lviv museum's register of losses and damage, entry 2024/07 (9 September 2024). Coded: the Russian missile "
          "and drone attack on Lviv of '4 September 2024' (day, rule 11; 'Kinzhal missiles and Shahed-type drones', "
          "uncounted: drone_and_missile with a ballistic_missile entry, model Kinzhal, rule 9, and a drone entry, model "
          "Shahed; the city council's figures as of 6 September, 'seven people' killed and '64' injured, rule 6; the "
          "night watchman 'was not hurt' is a nil of the museum's people, and the museum was not the struck site (a "
          "residential building 350 metres away was hit): it fills nothing, rule 6); 'the ballistic missile strike on "
          "Poltava' that the Lviv attack came 'a day after' (3 September; a background attack with place and date, "
          "required, rule 5; ballistic_missile, uncounted); the Russian missile strike on a heat and power plant in Lviv "
          "of '10 October 2022' (earlier entry; background with place and date, required, rule 5; missile, uncounted). "
          "Not coded: the earlier entry of 6 July 2023 (cause not established: no attack told), the report to the "
          "Ministry and the copy to the UNESCO office (no diplomatic event), the damage list and the cost estimate.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [LVIV], day("2024-09-04", "4 September 2024"),
               [{"type": "ballistic_missile", "model": "Kinzhal"}, {"type": "drone", "model": "Shahed"}],
               ev("Date and time: 4 September 2024, between about 05:10 and 05:40; air-raid alert in the city from 04:43 to 07:10.",
                  "Description: Russian missile and drone attack on Lviv. According to the city council, the city was struck by Kinzhal missiles and Shahed-type drones.",
                  "Casualties in the city (city council figures as of 6 September): seven people killed and 64 injured."),
               killed=cnt(7, "seven people"), injured=cnt(64, "64"),
               damage=["a residential building", "the museum's windows, stained glass, ceiling and door"],
               reported_by=["the city council"]),
        attack("Russia", "Ukraine", "missile_strike", [POLTAVA], day("2024-09-03", "a day after"),
               [{"type": "ballistic_missile"}],
               ev("Context: the attack on Lviv came a day after the ballistic missile strike on Poltava.")),
        attack("Russia", "Ukraine", "missile_strike", [LVIV], day("2022-10-10", "10 October 2022"),
               [{"type": "missile"}],
               ev("Entry 2022/03: 10 October 2022, Russian missile strike on a heat and power plant in Lviv; roof tiles displaced and two windows broken by the blast; no objects damaged."),
               damage=["a heat and power plant", "the museum's roof tiles and two windows"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xp08
GOLD["xp08_uk_written_question_answer_energy_sep10"] = dict(
    notes="A UK parliamentary written question (tabled 3 September 2024) and the Foreign Office minister's written answer "
          "(10 September 2024). Coded: Russia's attack 'On 26 August' (day; 'over 200 missiles and drones', a combined "
          "total of two types: one weapon of type other, model 'missiles and drones', (200, more_than), with a missile "
          "and a drone entry, rules 7 and 9; Ukraine's country record, rule 3); the strike 'On 3 September' on the "
          "Military Institute of Communications in Poltava (ballistic missiles, uncounted; 'more than 50 people' killed, "
          "more_than; 'many more' injured is no number, rule 6); the Ukraine Defence Contact Group's gathering 'On 6 "
          "September' at Ramstein Air Base (meeting, held, rule 14; the group, the United Kingdom by its Defence "
          "Secretary, the United States, whose Secretary of Defense hosted it, Ukraine by its president, and Germany, "
          "the state of the place, rule 15); the Foreign Secretary's visit to Kyiv 'this week' with Antony Blinken "
          "(visit, as the answer calls it, planned, rules 14 and 16; dated to the week, Monday 9 to Sunday 15 September; "
          "the United Kingdom, the United States and Ukraine); the exchange of prisoners of war 'on 24 August' (held; the "
          "UAE its mediator, rule 15). Not coded: the £3 billion a year (a standing commitment, no decision told with a "
          "date), the Energy Support Fund (no event told), the condemnation, the call to bring home deported civilians and "
          "children (a stance), sanctions and the ICC in general (no event told), the question itself.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2024-08-26", "On 26 August"),
               [{"type": "other", "model": "missiles and drones", "launched": cnt(200, "over 200 missiles and drones", "more_than")},
                {"type": "missile"}, {"type": "drone"}],
               ev("On 26 August Russia launched one of its largest attacks of the war, with over 200 missiles and drones, many of them aimed at power generation and transmission.",
                  "Ukraine's grid operator was forced to introduce emergency power cuts across much of the country."),
               damage=["power generation and transmission"]),
        attack("Russia", "Ukraine", "missile_strike", [POLTAVA], day("2024-09-03", "On 3 September"),
               [{"type": "ballistic_missile"}],
               ev("On 3 September a Russian strike with ballistic missiles on the Military Institute of Communications in Poltava killed more than 50 people and injured many more."),
               killed=cnt(50, "more than 50 people", "more_than"), damage=["the Military Institute of Communications"]),
    ],
    diplomacy=[
        dip("meeting", [UDCG, UK, US, "Ukraine", "Germany"], day("2024-09-06", "On 6 September"), "held",
            "Ukraine Defence Contact Group at Ramstein Air Base, hosted by US Secretary of Defense Lloyd Austin; attended by the UK Defence Secretary; President Zelensky set out Ukraine's priorities",
            ev("On 6 September the Defence Secretary attended the Ukraine Defence Contact Group's gathering at Ramstein Air Base, Germany, hosted by the US Secretary of Defense, Lloyd Austin, at which President Zelensky set out Ukraine's priorities for the months ahead."),
            location=RAMSTEIN),
        dip("visit", [UK, US, "Ukraine"], week("2024-09-09", "2024-09-15", "this week"), "planned",
            "The Foreign Secretary's visit to Kyiv together with US Secretary of State Antony Blinken, to discuss Ukraine's needs for the winter",
            ev("The Foreign Secretary will visit Kyiv this week together with Antony Blinken, the American Secretary of State, to discuss with the Ukrainian Government its needs for the coming winter, including the protection and repair of its energy infrastructure."),
            location=KYIV),
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2024-08-24", "on 24 August"), "held",
            "Exchange of prisoners of war mediated by the UAE",
            ev("We also welcomed the exchange of prisoners of war on 24 August, for which the UAE was the mediator.")),
    ])

# --------------------------------------------------------------------------- xp09
GOLD["xp09_translation_desk_style_note_sep12"] = dict(
    notes="A news agency English desk's style note for translators and sub-editors (Thursday 12 September 2024), its "
          "examples 'real stories' from the agency's copy of the past five weeks. Coded, each example dated by its own "
          "date words: the strike on a supermarket in Kostiantynivka 'on Friday, 9 August' (no weapon named: other, no "
          "weapon entry, rule 8; 'at least 10 people' killed, at_least, rules 6-7; 'the final toll of 14' is an update, "
          "in the evidence only); Russia's Defence Ministry's '117 Ukrainian drones' destroyed 'over four regions' 'on "
          "the night of 14 August' (13-14 August, range, rule 11; a tally over several regions with no struck locality: "
          "Russia's country record, rules 3-4, intercepted 117); the fragments of 'a Ukrainian missile shot down over the "
          "city of Kursk' 'in the early hours of Sunday, 11 August' (day; Ukraine the attacker, Russia the target, rule 4; "
          "one missile with the indefinite article: no figure, rule 9; '13 people' injured, reported by the acting "
          "governor Alexei Smirnov); Modi's visit to Kyiv 'on Friday, 23 August' (visit, held); Zelensky's proposal that "
          "India host the second peace summit, dated by its example's '23 August' (proposal, proposed, rule 13); the "
          "joint visit of Antony Blinken and David Lammy to Kyiv 'on Wednesday' (11 September; visit, held; the United "
          "States, the United Kingdom and Ukraine); Blinken's '$717 million in US aid' for the energy system and "
          "humanitarian needs (aid announced: military_aid, held, rules 14 and 16); Zelensky at the Ukraine Defense "
          "Contact Group at Ramstein Air Base 'on Friday, 6 September' (meeting, held; the group, Ukraine and Germany, "
          "the state of the place, rule 15). Optional: the fire at a cooling tower of the Zaporizhzhia nuclear plant 'On "
          "Sunday evening, 11 August', which the Russian-installed authorities said a Ukrainian drone started and "
          "Zelensky said Russian troops set (two accounts, the note taking neither: coded as the drone attack the one "
          "side claims, with Ukraine as attacker and, the plant being in a place occupied since 2022, Ukraine as target, "
          "rule 12; a debatable reading). Not coded: the crossing into the Kursk region and the evacuations near Sudzha "
          "(ground fighting, rule 5), the pattern with '[Number]' and '[name]' (a template, no event), the spelling "
          "rules.",
    attacks=[
        attack("Russia", "Ukraine", "other", [KOSTIANTYNIVKA], day("2024-08-09", "on Friday, 9 August"),
               [],
               ev("A Russian strike on a supermarket in Kostiantynivka, in the Donetsk region, on Friday, 9 August killed at least 10 people, the regional governor said.",
                  "(Our later copy gave the final toll of 14."),
               killed=cnt(10, "at least 10 people", "at_least"), damage=["a supermarket"],
               reported_by=["the regional governor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2024-08-13", "2024-08-14", "on the night of 14 August"),
               [{"type": "drone", "intercepted": cnt(117, "117 Ukrainian drones")}],
               ev("According to Russia's Defence Ministry, 117 Ukrainian drones were destroyed by its air defence units over four regions on the night of 14 August, most of them over the Kursk region."),
               reported_by=["Russia's Defence Ministry"]),
        attack("Ukraine", "Russia", "missile_strike", [KURSK], day("2024-08-11", "in the early hours of Sunday, 11 August"),
               [{"type": "missile"}],
               ev("Fragments of a Ukrainian missile shot down over the city of Kursk in the early hours of Sunday, 11 August fell on a nine-storey apartment building, injuring 13 people, according to the region's acting governor, Alexei Smirnov."),
               injured=cnt(13, "13 people"), damage=["a nine-storey apartment building"], reported_by=["Alexei Smirnov"]),
        opt(attack("Ukraine", "Ukraine", "air_drone_strike", [ZNPP], day("2024-08-11", "On Sunday evening, 11 August"),
                   [{"type": "drone"}],
                   ev("On Sunday evening, 11 August, one of the two cooling towers at the Zaporizhzhia nuclear plant, occupied by Russia since March 2022, caught fire.",
                      "The Russian-installed authorities said it was started by a Ukrainian drone; President Zelensky said Russian troops had set it."),
                   damage=["a cooling tower"], reported_by=["the Russian-installed authorities"])),
    ],
    diplomacy=[
        dip("visit", ["India", "Ukraine"], day("2024-08-23", "on Friday, 23 August"), "held",
            "Narendra Modi's visit to Kyiv, the first by an Indian prime minister since Ukraine's independence",
            ev("Indian Prime Minister Narendra Modi visited Kyiv on Friday, 23 August, the first visit by an Indian prime minister since Ukraine's independence."),
            location=KYIV),
        dip("proposal", ["Ukraine", "India"], day("2024-08-23", "23 August"), "proposed",
            "Zelensky's proposal to Modi that India host the second peace summit",
            ev("*Example (23 August):* Zelensky said he had proposed to Modi that India host the second peace summit.")),
        dip("visit", [US, UK, "Ukraine"], day("2024-09-11", "on Wednesday"), "held",
            "Joint visit to Kyiv of US Secretary of State Antony Blinken and British Foreign Secretary David Lammy, by night train from Poland",
            ev("US Secretary of State Antony Blinken and British Foreign Secretary David Lammy reached Kyiv on Wednesday on a night train from Poland for a joint visit, the first of its kind."),
            location=KYIV),
        dip("military_aid", [US, "Ukraine"], day("2024-09-11", "on Wednesday"), "held",
            "$717 million in US aid for Ukraine's energy system and humanitarian needs, announced by Antony Blinken in Kyiv",
            ev("Blinken announced $717 million in US aid for Ukraine's energy system and humanitarian needs.")),
        dip("meeting", [UDCG, "Ukraine", "Germany"], day("2024-09-06", "on Friday, 6 September"), "held",
            "Ukraine Defense Contact Group at Ramstein Air Base, attended by President Zelensky",
            ev("President Zelensky came to Ramstein Air Base, Germany, on Friday, 6 September, to take part in that day's Ukraine Defense Contact Group."),
            location=RAMSTEIN),
    ])

# --------------------------------------------------------------------------- xp10
GOLD["xp10_allotment_society_newsletter_control_sep07"] = dict(
    notes="Control: an English allotment society's September newsletter (7 September 2024). 'The slug offensive', an "
          "'attack' on the brassicas with a 'second wave' 'on the night of the bank holiday', 'Casualties' among the "
          "lettuces, 'this war', the wood pigeons' 'raids' and netting that 'intercepted' them, a 'border dispute' "
          "settled by a 'truce' after 'two rounds of talks' 'brokered by our secretary' and a hoped-for 'ceasefire', a "
          "pump that 'went on strike', 'Nobody was hurt' when it was lifted out, a 'bombshell' and a 'barrage of "
          "complaints' at the show, a 'seed exchange', a committee 'summit' and 'sanctions' for untended plots: a garden "
          "society's season, no state a party, no attack and no diplomacy (rules 12-13). Nothing is coded.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kostiantynivka-2024-08-09", "Russian strike on a supermarket in Kostiantynivka, 9 August 2024",
     [("xp01_retail_chain_statement_kostiantynivka_aug10", "attack", 0),
      ("xp09_translation_desk_style_note_sep12", "attack", 0)]),
    ("ukraine-2024-08-26", "Russia's missiles and drones against Ukraine's energy system, night of 25-26 August 2024",
     [("xp02_business_council_member_circular_modi_kyiv_aug26", "attack", 1),
      ("xp03_pow_families_association_weekly_message_aug26", "attack", 0),
      ("xp05_data_desk_methodology_box_strikes_chart_sep02", "attack", 0),
      ("xp08_uk_written_question_answer_energy_sep10", "attack", 0)]),
    ("kharkiv-2024-08-30", "Russian guided bombs on Kharkiv's Industrialnyi district, 30 August 2024",
     [("xp04_theatre_notice_ticket_holders_kharkiv_aug31", "attack", 0),
      ("xp05_data_desk_methodology_box_strikes_chart_sep02", "attack", 2)]),
    ("poltava-2024-09-03", "Russian ballistic missiles on the Military Institute of Communications in Poltava, 3 September 2024",
     [("xp06_university_rector_letter_students_poltava_sep04", "attack", 0),
      ("xp07_museum_loss_damage_register_entry_lviv_sep09", "attack", 1),
      ("xp08_uk_written_question_answer_energy_sep10", "attack", 1)]),
    ("lviv-2024-09-04", "Russian missiles and drones on Lviv, early 4 September 2024",
     [("xp06_university_rector_letter_students_poltava_sep04", "attack", 1),
      ("xp07_museum_loss_damage_register_entry_lviv_sep09", "attack", 0)]),
    ("modi-kyiv-2024-08-23", "Narendra Modi's visit to Kyiv, 23 August 2024",
     [("xp02_business_council_member_circular_modi_kyiv_aug26", "diplomacy", 0),
      ("xp09_translation_desk_style_note_sep12", "diplomacy", 0)]),
    ("peace-summit-india-2024-08-23", "Zelensky's proposal that India host the second peace summit, 23 August 2024",
     [("xp02_business_council_member_circular_modi_kyiv_aug26", "diplomacy", 3),
      ("xp09_translation_desk_style_note_sep12", "diplomacy", 1)]),
    ("exchange-2024-08-24", "The UAE-mediated exchange of 115 prisoners for 115, 24 August 2024",
     [("xp02_business_council_member_circular_modi_kyiv_aug26", "diplomacy", 4),
      ("xp03_pow_families_association_weekly_message_aug26", "diplomacy", 0),
      ("xp08_uk_written_question_answer_energy_sep10", "diplomacy", 2)]),
    ("udcg-ramstein-2024-09-06", "The Ukraine Defense Contact Group at Ramstein Air Base, attended by Zelensky, 6 September 2024",
     [("xp08_uk_written_question_answer_energy_sep10", "diplomacy", 0),
      ("xp09_translation_desk_style_note_sep12", "diplomacy", 4)]),
    ("blinken-lammy-kyiv-2024-09-11", "Antony Blinken's and David Lammy's joint visit to Kyiv, 11 September 2024 (planned, then held)",
     [("xp08_uk_written_question_answer_energy_sep10", "diplomacy", 1),
      ("xp09_translation_desk_style_note_sep12", "diplomacy", 2)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev67 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV67 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV67, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
