"""Write evals/dev58/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev58, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV58 = ROOT / "evals" / "dev58"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, loc, UA, RU, attack, dip, opt, week, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KYIV = loc("Kyiv", "Kyiv", "Ukraine")
FASTIV = loc("Fastiv", "Kyiv Oblast", "Ukraine")
KHARKIV = loc("Kharkiv", "Kharkiv", "Ukraine")
IZMAIL = loc("Izmail", "Odesa", "Ukraine")
BORISOGLEBSK = loc("Borisoglebsk", "Voronezh", "Russia")
ISTANBUL = loc("Istanbul", None, "Turkey")
ANKARA = loc("Ankara", None, "Turkey")
NIGHT_1014 = ("2026-10-13", "2026-10-14")
NIGHT_0923 = ("2026-09-22", "2026-09-23")
UAE = "United Arab Emirates"

# --------------------------------------------------------------------------- xg01
GOLD["xg01_unpress_security_council_ukraine_oct19"] = dict(
    notes="UN Security Council meeting-coverage press release (Monday 19 October 2026). Coded: Kyiv 'during the night of "
          "13 to 14 October' (range, rule 11; 'carried out with drones and missiles', uncounted: drone_and_missile, rule 8; "
          "the Assistant Secretary-General's figures, the first here: 'twelve dead' killed 12, 'a six-year-old girl' "
          "children_killed 1, '51 wounded' injured 51, rule 6); Izmail 'In the early hours of Sunday' (18 October, day; "
          "Russian drones, uncounted; 'two seafarers' injured 2); Grayvoron in the Belgorod region 'on Saturday' (17 "
          "October; told by Russia's representative; 'a Ukrainian drone' hit a bus, one weapon with the indefinite "
          "article, not counted, rule 9; 'two civilians' killed 2; attacker Ukraine, rule 4); the Council's meeting 'this "
          "morning' (meeting, held: an organisation's meeting, rule 14; the Council, Ukraine and Russia, both of which "
          "spoke; place from the dateline); the exchange 'on Friday' (16 October; prisoner_exchange, held; the United Arab "
          "Emirates mediated, rule 15); Denmark's twenty-ninth package approved 'last week' (12-18 October, week; "
          "military_aid, held, rules 14 and 16); Erdogan's call with Putin 'by telephone on Saturday' (17 October; "
          "phone_call, held); the humanitarian working groups in Istanbul 'on Thursday, 22 October' (talks, planned: a "
          "meeting of delegations, rule 14; Turkey facilitating and the state of the city, rule 15). Not coded: the United "
          "States' support for direct negotiations and wish for results (a stance, rule 13), Russia's claim that it "
          "strikes only military targets, Latvia's and China's calls, Turkey's intention to keep facilitating (a stance), "
          "the aid handed out by humanitarian partners (no state or organisation named as giver of a decision).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night(*NIGHT_1014, "during the night of 13 to 14 October"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("The Assistant Secretary-General for Humanitarian Affairs told members that the assault on Kyiv during the night of 13 to 14 October, carried out with drones and missiles, was among the deadliest the capital had endured this year.",
                  "Local authorities now counted twelve dead, a six-year-old girl among them, and 51 wounded."),
               killed=cnt(12, "twelve dead"), children_killed=cnt(1, "a six-year-old girl"), injured=cnt(51, "51 wounded"),
               reported_by=["Local authorities"]),
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], day("2026-10-18", "In the early hours of Sunday"),
               [{"type": "drone"}],
               ev("In the early hours of Sunday, he added, Russian drones had gone after Izmail's Danube port, setting a bulk carrier on fire; two seafarers were injured."),
               injured=cnt(2, "two seafarers"), damage=["bulk carrier"], reported_by=["the representative of Ukraine"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Grayvoron", "Belgorod", "Russia")], day("2026-10-17", "on Saturday"),
               [{"type": "drone"}],
               ev("He told the Council that on Saturday a Ukrainian drone had hit a passenger bus outside the town of Grayvoron in the Belgorod region, killing two civilians."),
               killed=cnt(2, "two civilians"), damage=["passenger bus"], reported_by=["the speaker for the Russian Federation"]),
    ],
    diplomacy=[
        dip("meeting", ["UN Security Council", "Ukraine", "Russia"], day("2026-10-19", "this morning"), "held",
            "Security Council meeting on Ukraine at the request of Ukraine, Denmark, France, Latvia and the United Kingdom, briefed by the Assistant Secretary-General for Humanitarian Affairs",
            ev("NEW YORK - Meeting this morning at the request of Ukraine, Denmark, France, Latvia and the United Kingdom, the Security Council heard a senior United Nations humanitarian official describe a week in which, she said, \"families in cities and river ports alike were given no respite\"."),
            location=loc("New York", None, "United States")),
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2026-10-16", "on Friday"), "held",
            "185 Ukrainian defenders swapped for 185 Russian soldiers, mediated by the UAE",
            ev("He welcomed the 185 Ukrainian defenders who had come home on Friday, swapped for 185 Russian soldiers, and thanked the United Arab Emirates for mediating it.")),
        dip("military_aid", ["Denmark", "Ukraine"], week("2026-10-12", "2026-10-18", "last week"), "held",
            "Denmark's twenty-ninth support package, DKK 1.2 billion, mainly for drones built in Ukraine",
            ev("Denmark's delegate said her Government had last week approved its twenty-ninth package of support for Ukraine, worth 1.2 billion Danish kroner and aimed mainly at drones built in Ukraine.")),
        dip("phone_call", ["Turkey", "Russia"], day("2026-10-17", "on Saturday"), "held",
            "Erdogan and Putin discussed prisoner issues by telephone",
            ev("President Recep Tayyip Erdogan had discussed prisoner issues with President Vladimir Putin by telephone on Saturday, he said")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-10-22", "on Thursday, 22 October"), "planned",
            "Ukrainian and Russian humanitarian working groups to meet in Istanbul, Turkey facilitating",
            ev("Speaking under rule 37, the representative of Turkey said his country would keep facilitating humanitarian contacts.",
               "the Ukrainian and Russian humanitarian working groups would meet in Istanbul on Thursday, 22 October, with Turkey facilitating."),
            location=ISTANBUL),
    ])

# --------------------------------------------------------------------------- xg02
LEAD02 = ("Commercial satellite pictures examined by our team show that at least two Su-34 fighter-bombers were destroyed at "
          "the Borisoglebsk air base, in Russia's Voronezh region, when Ukrainian drones attacked it last week.")
GOLD["xg02_opensourcedesk_borisoglebsk_imagery"] = dict(
    notes="Open-source satellite-imagery analysis (Tuesday 29 September 2026). Coded: the Borisoglebsk air base, Voronezh "
          "region, 'the night of 22-23 September' (the writers' own dating from imagery of 21 and 24 September and the "
          "General Staff's announcement; range, rule 11; attacker Ukraine, rule 4; drones, uncounted launched); the "
          "Voronezh governor's '19 drones' downed over his region go on Borisoglebsk, the one struck locality the article "
          "names in that region (intercepted 19, rule 3); 'there were no casualties' fills killed 0 and injured 0 (rule "
          "6); damage the two Su-34s and the hangar); Russia's Defence Ministry's '75' drones destroyed over seven regions "
          "'on the night of 22 to 23 September' (a tally over several regions: the country record, Russia, rule 3); the "
          "Marinovka airfield in the Volgograd region 'on the night of 1 to 2 September' (a background strike with a place "
          "and a date: required, rule 5; drones, uncounted). Not coded: the General Staff's claim of 'at least three' "
          "aircraft and the image dates (no people or weapons counted), the caveats.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [BORISOGLEBSK], night(*NIGHT_0923, "the night of 22-23 September"),
               [{"type": "drone", "intercepted": cnt(19, "19 drones")}],
               ev(LEAD02, "We therefore place the raid on the night of 22-23 September.",
                  "The Voronezh governor wrote that 19 drones had been downed over his region, most of them over the Borisoglebsk district, and that falling debris damaged a garage; there were no casualties, he added."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               damage=["two Su-34 fighter-bombers", "maintenance hangar", "garage"],
               reported_by=["Open Source Desk", "Ukraine's General Staff", "the Voronezh governor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*NIGHT_0923, "on the night of 22 to 23 September"),
               [{"type": "drone", "intercepted": cnt(75, "75")}],
               ev("According to Russia's Defence Ministry, 75 Ukrainian drones were destroyed over seven regions on the night of 22 to 23 September."),
               reported_by=["Russia's Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Marinovka", "Volgograd", "Russia")],
               night("2026-09-01", "2026-09-02", "on the night of 1 to 2 September"), [{"type": "drone"}],
               ev("The same supplier's archive let us revisit Marinovka airfield in the Volgograd region, which Ukrainian drones struck on the night of 1 to 2 September.",
                  "Pictures from 4 September show the base's fuel storage area blackened, with two of its six above-ground tanks gone."),
               damage=["fuel storage area"], reported_by=["Open Source Desk"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xg03
GOLD["xg03_kharkivprosecutors_glide_bomb_case"] = dict(
    notes="Regional prosecutor's office statement opening a war-crimes case (Saturday 3 October 2026). Coded: Kharkiv 'on "
          "2 October 2026' (day; 'two KAB-250 guided aerial bombs' with UMPK kits: glide_bomb, launched 2, a counted "
          "weapon, rule 9; 'Three civilians' killed 3, 'a 15-year-old boy' children_killed 1, 'Seventeen people' injured "
          "17, 'two girls aged 7 and 10' children_injured 2, rule 6); Chuhuiv 'Earlier that day' (2 October; barrel "
          "artillery: shelling_artillery, rule 8; 'A 64-year-old man' injured 1); the drone attack 'of 19 September' on "
          "Kharkiv's Slobidskyi district (a background strike with a place and a date: required, rule 5; 'four people' "
          "injured 4; the district stays on the city's record, rule 1). Not coded: the legal qualification, the "
          "forensic work, the appeal to witnesses.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2026-10-02", "on 2 October 2026"),
               [{"type": "glide_bomb", "model": "KAB-250", "launched": cnt(2, "two KAB-250 guided aerial bombs")}],
               ev("According to the investigators, on 2 October 2026 at about 15:40 Russian forces dropped two KAB-250 guided aerial bombs, fitted with UMPK glide kits, on the Kyivskyi district of Kharkiv.",
                  "Three civilians died: a woman aged 71, a man aged 45 and a 15-year-old boy.",
                  "Seventeen people were injured, among them two girls aged 7 and 10."),
               killed=cnt(3, "Three civilians"), children_killed=cnt(1, "a 15-year-old boy"),
               injured=cnt(17, "Seventeen people"), children_injured=cnt(2, "two girls aged 7 and 10"),
               damage=["two five-storey residential buildings", "a shop", "11 cars"],
               reported_by=["Kharkiv Regional Prosecutor's Office"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Chuhuiv", "Kharkiv", "Ukraine")], day("2026-10-02", "Earlier that day"),
               [{"type": "artillery"}],
               ev("Earlier that day, at about 09:15, the Russian army shelled Chuhuiv with barrel artillery.",
                  "A 64-year-old man was wounded by shell fragments in his own yard."),
               injured=cnt(1, "A 64-year-old man"), reported_by=["Kharkiv Regional Prosecutor's Office"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KHARKIV], day("2026-09-19", "of 19 September"), [{"type": "drone"}],
               ev("The prosecutors have also joined to these proceedings the materials of the drone attack of 19 September on the Slobidskyi district of Kharkiv, in which four people were injured"),
               injured=cnt(4, "four people"), reported_by=["Kharkiv Regional Prosecutor's Office"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xg04
GOLD["xg04_meridianradio_bulletin_oct14_0800"] = dict(
    notes="Radio news bulletin script with item timings and sound-bite cues (Wednesday 14 October 2026, 08:00). "
          "'overnight' is 13-14 October (range, rule 11). Coded: Kyiv ('drones and missiles', uncounted: "
          "drone_and_missile, rule 8; 'At least six people' killed (6, at_least, rule 7), '23' hurt; the rescuer's "
          "sound bite adds no figure); the Air Force's country figures ('more than 500 drones' (500, more_than) and 'at "
          "least 20 missiles' (20, at_least), no split, `missile`; no interception figure given yet: country record, rule "
          "3); Fastiv in the Kyiv region (admin1 Kyiv Oblast; 'a drone', not counted, rule 9; 'No one was hurt' is "
          "injured 0 only, rule 6); Belgorod 'late on Tuesday' (13 October, day; told by the Russian governor, attacker "
          "Ukraine as he says, rules 4 and 12; 'the driver' injured 1); the foreign minister's trip to Ankara 'tomorrow' "
          "(15 October; talks, planned: a trip told by its purpose of talks, rule 14; Ukraine and Turkey). Not coded: 'the "
          "next prisoner swap' on the agenda (no event told, no date), Peskov's openness to a settlement and Kyiv's "
          "reply (stances, rule 13), the weather.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night(*NIGHT_1014, "overnight"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("Kyiv is counting its dead after Russia attacked the capital overnight with drones and missiles.",
                  "At least six people are dead and 23 are hurt, according to the capital's military administration chief.",
                  "Fires broke out in three districts, and in Darnytskyi a strike tore open a nine-storey apartment block."),
               killed=cnt(6, "At least six people", "at_least"), injured=cnt(23, "23"),
               damage=["nine-storey apartment block"], reported_by=["the capital's military administration chief"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_1014, "overnight"),
               [{"type": "drone", "launched": cnt(500, "more than 500", "more_than")},
                {"type": "missile", "launched": cnt(20, "at least 20", "at_least")}],
               ev("Across Ukraine, the Air Force says Russia launched more than 500 drones and at least 20 missiles."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [FASTIV], night(*NIGHT_1014, "overnight"), [{"type": "drone"}],
               ev("Outside the capital, a drone set a warehouse on fire in Fastiv, in the Kyiv region.",
                  "No one was hurt there, regional officials say."),
               injured=cnt(0, "No one was hurt"), damage=["warehouse"], reported_by=["regional officials"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod", "Russia")], day("2026-10-13", "late on Tuesday"),
               [{"type": "drone"}],
               ev("Over the border, Russia's governor in the Belgorod region says a drone struck a car in Belgorod itself late on Tuesday, wounding the driver.",
                  "He blamed Ukraine."),
               injured=cnt(1, "the driver"), damage=["car"], reported_by=["Russia's governor in the Belgorod region"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Turkey"], day("2026-10-15", "tomorrow"), "planned",
            "Foreign Minister Andrii Sybiha to hold talks in Ankara with his Turkish counterpart (Black Sea shipping, prisoner swap)",
            ev("Foreign Minister Andrii Sybiha flies to Ankara tomorrow for talks with his Turkish counterpart, his ministry says."),
            location=ANKARA),
    ])

# --------------------------------------------------------------------------- xg05
GOLD["xg05_sybiha_thread_ankara_oct15"] = dict(
    notes="A foreign minister's numbered thread of seven posts (Thursday 15 October 2026, from Ankara). Coded: Odesa 'last "
          "night' (14-15 October, range, rule 11; Russian drones, uncounted; 'Three people' injured 3, 'a 9-year-old boy' "
          "children_injured 1, rule 6); the talks with the Turkish counterpart 'Today' in Ankara (talks, held, rule 14); "
          "the joint declaration on mine clearance signed 'today' (agreement, held, rule 14; Ukraine and Turkey, in "
          "Ankara); the humanitarian working groups in Istanbul 'on 22 October' (talks, planned; Turkey facilitating and "
          "the state of the city, rule 15); the phone call with the Danish counterpart 'This morning' (phone_call, held); "
          "Denmark's 29th package approved 'Yesterday' (14 October; military_aid, held, rules 14 and 16); the trip to "
          "Bucharest 'Tomorrow' for talks with the Romanian counterpart (16 October; talks, planned: a trip told by its "
          "purpose, rule 14). Not coded: gratitude for Turkey's 'readiness' (a stance, rule 13), the topics of the talks "
          "(the return of people from captivity is a topic, no exchange is told), the thanks to Denmark.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-10-14", "2026-10-15", "last night"), [{"type": "drone"}],
               ev("Russian drones hit Odesa again last night.", "Three people were injured, including a 9-year-old boy."),
               injured=cnt(3, "Three people"), children_injured=cnt(1, "a 9-year-old boy"),
               reported_by=["Ukraine's foreign minister"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Turkey"], day("2026-10-15", "Today"), "held",
            "Andrii Sybiha's talks in Ankara with his Turkish counterpart on Black Sea navigation, energy and prisoners",
            ev("Today in Ankara I held long, substantive talks with my Turkish counterpart."), location=ANKARA),
        dip("agreement", ["Ukraine", "Turkey"], day("2026-10-15", "today"), "held",
            "Joint declaration on clearing mines from the western Black Sea signed by the Ukrainian and Turkish foreign ministers",
            ev("We also signed a joint declaration today on clearing mines from the western Black Sea."), location=ANKARA),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-10-22", "on 22 October"), "planned",
            "Ukrainian and Russian humanitarian working groups to meet in Istanbul, Turkey facilitating",
            ev("The Ukrainian and Russian humanitarian working groups will meet next in Istanbul on 22 October, with Türkiye facilitating."),
            location=ISTANBUL),
        dip("phone_call", ["Ukraine", "Denmark"], day("2026-10-15", "This morning"), "held",
            "Sybiha's phone call with the Danish foreign minister",
            ev("This morning I also had a phone call with my Danish counterpart.")),
        dip("military_aid", ["Denmark", "Ukraine"], day("2026-10-14", "Yesterday"), "held",
            "Denmark's 29th support package, DKK 1.2 billion, mostly for long-range drones made in Ukraine",
            ev("Yesterday Denmark approved its 29th support package: DKK 1.2 billion, mostly for long-range drones made in Ukraine under the Danish model.")),
        dip("talks", ["Ukraine", "Romania"], day("2026-10-16", "Tomorrow"), "planned",
            "Sybiha to hold talks in Bucharest with his Romanian counterpart on power interconnectors and Danube ports",
            ev("Tomorrow: Bucharest, for talks with my Romanian counterpart on power interconnectors and our Danube ports."),
            location=loc("Bucharest", None, "Romania")),
    ])

# --------------------------------------------------------------------------- xg06
GOLD["xg06_blackseashipping_advisory_odesa_ports"] = dict(
    notes="Maritime security advisory to shipping (Tuesday 20 October 2026). Coded: Reni '16 October' ('a ballistic "
          "missile', not counted, rule 9: missile_strike; 'There were no casualties' fills killed 0 and injured 0, rule "
          "6); Izmail '18 October' ('several drones', no number; 'Two crew members' injured 2, the summary's 'two of its "
          "crew' being the same figure; the district administration's '11 drones' downed over the Izmail district go on "
          "Izmail, the one struck locality there: intercepted 11, rule 3); Odesa 'night of 19/20 October' (range, rule 11; "
          "'a drone' brought down, not counted; 'None of the crew was hurt': the struck tanker's people, injured 0 only, "
          "rule 6); Reni 'since 9 September' (a background strike with a place and a date: required, rule 5; 'a missile', "
          "'one crew member' killed 1). No attacker is named: Russia, rule 12. Not coded: the threat level, the guidance "
          "to masters, the reduced capacity.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Reni", "Odesa", "Ukraine")], day("2026-10-16", "16 October"),
               [{"type": "ballistic_missile"}],
               ev("Reni, 16 October.",
                  "At about 21:10 local time a ballistic missile hit a grain handling terminal on the Danube at Reni, destroying two storage sheds and a conveyor gallery.",
                  "There were no casualties."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["grain handling terminal", "two storage sheds", "conveyor gallery"]),
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], day("2026-10-18", "18 October"),
               [{"type": "drone", "intercepted": cnt(11, "11 drones")}],
               ev("Between 02:00 and 03:00 local time several drones attacked the port of Izmail.",
                  "Two crew members were injured and taken to hospital in Izmail, where they are reported stable.",
                  "According to the district administration, air defence units downed 11 drones over the Izmail district during the night."),
               injured=cnt(2, "Two crew members"), damage=["bulk carrier under the Panama flag"],
               reported_by=["the district administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-10-19", "2026-10-20", "night of 19/20 October"), [{"type": "drone"}],
               ev("Odesa, night of 19/20 October.",
                  "After air defence brought down a drone over the outer roads, its debris fell onto the deck of a product tanker under the Malta flag at anchor off Odesa port.",
                  "None of the crew was hurt."),
               injured=cnt(0, "None of the crew was hurt"), damage=["product tanker's deck piping"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Reni", "Odesa", "Ukraine")], day("2026-09-09", "9 September"),
               [{"type": "missile"}],
               ev("The Reni attack was the first on that terminal since 9 September, when a missile killed one crew member aboard a general cargo ship moored there."),
               killed=cnt(1, "one crew member"), damage=["general cargo ship"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xg07
GOLD["xg07_commons_ministerial_statement_sanctions_oct20"] = dict(
    notes="Ministerial statement in the House of Commons, parliamentary record (Tuesday 20 October 2026). Coded: Kyiv "
          "'Last week' (12-18 October, week, rule 11; 'Russian drones and missiles', uncounted: drone_and_missile, rule 8; "
          "'twelve people' killed 12, 'a six-year-old girl' children_killed 1; a background strike with a place and a "
          "date: required, rule 5); the designation of 64 shadow-fleet tankers and three companies 'This morning' "
          "(sanctions, held; United Kingdom and Russia, the state they target, rule 15); the £140 million for Ukraine's "
          "energy system 'today' (military_aid, held: aid of any cargo, rules 14 and 16); the exchange 'On Friday' (16 "
          "October; prisoner_exchange, held; Ukraine, Russia and the United Arab Emirates, which brokered it, rule 15); "
          "the Foreign Secretary's call with Sybiha 'Yesterday' (19 October; phone_call, held); the Prime Minister's "
          "meeting of coalition-of-the-willing leaders in London 'on 29 October' (summit, planned: leaders of several "
          "states, not called talks, rule 14; the coalition and the United Kingdom as host). Not coded: the readiness to "
          "work on frozen assets (a stance, rule 13), the children's return (a priority, no event), the share of barrels.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], week("2026-10-12", "2026-10-18", "Last week"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("Last week's attack on Kyiv was a stark reminder of what the Ukrainian people face as winter draws in.",
                  "Russian drones and missiles killed twelve people in the capital, a six-year-old girl among them, and wrecked a block of flats in Darnytskyi."),
               killed=cnt(12, "twelve people"), children_killed=cnt(1, "a six-year-old girl"),
               damage=["block of flats in Darnytskyi"], reported_by=["the Minister of State for Europe"]),
    ],
    diplomacy=[
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-10-20", "This morning"), "held",
            "UK designated 64 more shadow-fleet tankers and three companies in third countries that insure, manage and crew them",
            ev("This morning the Government designated 64 further tankers of Russia's shadow fleet, together with three companies in third countries that insure, manage and crew them.")),
        dip("military_aid", ["United Kingdom", "Ukraine"], day("2026-10-20", "today"), "held",
            "£140 million for Ukraine's energy system: substation repairs and mobile generators",
            ev("I can also tell the House that today we are committing £140 million in new support for Ukraine's energy system, to repair substations and to buy mobile generators before the cold sets in.")),
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2026-10-16", "On Friday"), "held",
            "185 Ukrainian defenders came home in an exchange brokered by the UAE",
            ev("On Friday 185 Ukrainian defenders came home; the United Arab Emirates brokered that exchange, and I pay tribute to our Emirati partners for their patient work.")),
        dip("phone_call", ["United Kingdom", "Ukraine"], day("2026-10-19", "Yesterday"), "held",
            "The Foreign Secretary's phone call with Foreign Minister Sybiha on air defence needs",
            ev("Yesterday the Foreign Secretary spoke by telephone with Foreign Minister Sybiha, who set out Ukraine's needs for air defence interceptors before the winter.")),
        dip("summit", ["coalition of the willing", "United Kingdom"], day("2026-10-29", "on 29 October"), "planned",
            "The Prime Minister to host coalition-of-the-willing leaders in London",
            ev("Finally, on 29 October the Prime Minister will welcome coalition-of-the-willing leaders to London to review where its planning stands."),
            location=loc("London", None, "United Kingdom")),
    ])

# --------------------------------------------------------------------------- xg08
WHEN08 = "overnight from Tuesday into Wednesday, Oct. 13-14"
GOLD["xg08_continentalwire_factbox_kyiv_attack_swap"] = dict(
    notes="Wire factbox, bulleted facts (Friday 16 October 2026). Coded: Kyiv 'overnight from Tuesday into Wednesday, Oct. "
          "13-14' (range, rule 11; 'drones and missiles', drone_and_missile; 'at least 11 people' killed (11, at_least, "
          "rule 7), 'a girl of six' children_killed 1, '48' injured); the Air Force's country figures (country record, "
          "rule 3: '503' drones, '15' Kh-101 (cruise_missile) and 'six' Iskander-M (ballistic_missile) launched; '471 of "
          "the drones and missiles combined' downed or jammed is a combined figure, one `other` weapon with the article's "
          "words as model, rule 9; jammed counts, rule 3); Fastiv 'that night' (Kyiv Oblast; 'a drone', not counted; 'No "
          "one was hurt' is injured 0 only, rule 6); the Lviv region 'The same night' (no city named: a region record, "
          "rule 1; 'a missile', not counted: missile_strike; 'There were no casualties' fills killed 0 and injured 0); the "
          "exchange 'On Friday' (16 October; 185 for 185; the United Arab Emirates mediated, rule 15). Optional: the "
          "previous swap 'on Aug. 24' (a background event setting the scene, rule 17). Not coded: the 'all for all' wish "
          "and Moscow's silence (a stance, rule 13), the pressing for interceptors, the alerts' length.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night(*NIGHT_1014, WHEN08),
               [{"type": "drone"}, {"type": "missile"}],
               ev("Russia's drones and missiles hit Kyiv overnight from Tuesday into Wednesday, Oct. 13-14.",
                  "In Kyiv, at least 11 people were killed, a girl of six among them, and 48 were injured, city officials said on Thursday.",
                  "Most of the victims lived in one nine-storey block in Darnytskyi district."),
               killed=cnt(11, "at least 11 people", "at_least"), children_killed=cnt(1, "a girl of six"),
               injured=cnt(48, "48"), damage=["nine-storey block in Darnytskyi district"], reported_by=["city officials"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_1014, WHEN08),
               [{"type": "drone", "launched": cnt(503, "503")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(15, "15")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(6, "six")},
                {"type": "other", "model": "drones and missiles", "intercepted": cnt(471, "471")}],
               ev("Russia fired 503 drones, 15 Kh-101 cruise missiles and, from the north-east, six Iskander-M ballistic missiles, by the count Ukraine's Air Force published.",
                  "Air defences downed or jammed 471 of the drones and missiles combined, it said."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [FASTIV], night(*NIGHT_1014, "that night"), [{"type": "drone"}],
               ev("Also that night a drone hit a warehouse in Fastiv, a town in the Kyiv region.",
                  "No one was hurt, the region's governor said."),
               injured=cnt(0, "No one was hurt"), damage=["warehouse"], reported_by=["the region's governor"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Lviv", "Lviv", "Ukraine", "region")],
               night(*NIGHT_1014, "The same night"), [{"type": "missile"}],
               ev("The same night a missile damaged an energy facility in the Lviv region, in the west.",
                  "There were no casualties, the regional governor said."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["energy facility"], reported_by=["the regional governor"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2026-10-16", "On Friday"), "held",
            "185 Ukrainian soldiers exchanged for 185 Russian servicemen, mediated by the UAE",
            ev("On Friday, 185 Ukrainian soldiers and 185 Russian servicemen were exchanged, Ukraine's coordination headquarters for prisoners of war said.",
               "The United Arab Emirates mediated.")),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-08-24", "on Aug. 24"), "held",
                "The previous swap, 146 for 146",
                ev("The previous swap, of 146 for 146, took place on Aug. 24."))),
    ])

# --------------------------------------------------------------------------- xg09
GOLD["xg09_eastbridgepost_kharkiv_guided_bomb"] = dict(
    notes="News story with a dateline (Friday 2 October 2026). Coded: Kharkiv 'on Friday afternoon' (2 October, day; "
          "'A Russian guided bomb' in the lead is one weapon with the indefinite article, but the mayor's 'two bombs had "
          "been dropped' counts them: glide_bomb, launched 2, rule 9; 'at least two people' killed (2, at_least, rule 7), "
          "'A 15-year-old boy' children_killed 1, '14' wounded); Valuyki in the Belgorod region 'on Friday morning' (told "
          "by the Russian governor; 'a Ukrainian drone', not counted; 'three passengers' injured 3; attacker Ukraine, rule "
          "4); the Borisoglebsk airfield 'Last week' (21-27 September, week, rule 11; a background strike with a place and "
          "a date: required, rule 5; drones, uncounted; the Su-34s as damage); Zelensky's phone call with Erdogan 'on "
          "Thursday' (1 October; phone_call, held). Not coded: Erdogan's renewed offer of 'good offices' (no named event "
          "put to both sides: a stance, rule 13), Zelensky's appeal, the Air Force's front-wide tally of guided bombs for "
          "September (rule 5).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2026-10-02", "on Friday afternoon"),
               [{"type": "glide_bomb", "launched": cnt(2, "two bombs")}],
               ev("A Russian guided bomb smashed into a residential courtyard in Kharkiv on Friday afternoon; at least two people died and 14 were wounded, the regional governor said, as rescue crews worked into the evening at a damaged five-storey building.",
                  "A 15-year-old boy was among the dead, the governor said.",
                  "The city's mayor said two bombs had been dropped on the Kyivskyi district and one of them had landed near a playground."),
               killed=cnt(2, "at least two people", "at_least"), children_killed=cnt(1, "A 15-year-old boy"),
               injured=cnt(14, "14"), damage=["five-storey building"], reported_by=["the regional governor", "the city's mayor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Valuyki", "Belgorod", "Russia")], day("2026-10-02", "on Friday morning"),
               [{"type": "drone"}],
               ev("On the Russian side of the border, Belgorod's regional governor said a Ukrainian drone struck a minibus near the town of Valuyki on Friday morning, injuring three passengers."),
               injured=cnt(3, "three passengers"), damage=["minibus"], reported_by=["Belgorod's regional governor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [BORISOGLEBSK], week("2026-09-21", "2026-09-27", "Last week"),
               [{"type": "drone"}],
               ev("Last week Ukrainian drones hit the Borisoglebsk airfield in Russia's Voronezh region, and the General Staff said several Su-34 jets were struck there."),
               damage=["several Su-34 jets"], reported_by=["the General Staff"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-10-01", "on Thursday"), "held",
            "Zelensky's phone call with Erdogan on Black Sea security and prisoner releases",
            ev("Volodymyr Zelensky, whose phone call with Turkey's President Recep Tayyip Erdogan took place on Thursday, said in his nightly address that Ukraine needed \"more systems, not more sympathy\".",
               "the Turkish presidency said the two leaders discussed Black Sea security and prisoner releases.")),
    ])

# --------------------------------------------------------------------------- xg10
GOLD["xg10_millbrookcourier_rapid_chess_open_control"] = dict(
    notes="Local newspaper's chess report (Sunday 11 October 2026). Control: no record at all. A chess 'attack', "
          "'bombardment' and 'shelter', a 'ceasefire' (a quick draw), 'an exchange of queens', 'Casualties' (seeds "
          "knocked out), a falling banner where 'No one was hurt' (no attacker, no strike: rule 6 needs an attack), "
          "'talks' between a club and a coach (not states, rule 15), 'sanctions' by a county chess association (not a "
          "state or an organisation of states against a state, rule 15), a camera 'drone' and a club that 'hosts' a "
          "simultaneous display.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kyiv-2026-10-14", "Russian drones and missiles on Kyiv, night of 13-14 October 2026",
     [("xg01_unpress_security_council_ukraine_oct19", "attack", 0),
      ("xg04_meridianradio_bulletin_oct14_0800", "attack", 0),
      ("xg07_commons_ministerial_statement_sanctions_oct20", "attack", 0),
      ("xg08_continentalwire_factbox_kyiv_attack_swap", "attack", 0)]),
    ("ukraine-night-2026-10-14", "Russia's drones and missiles against Ukraine, night of 13-14 October 2026 (country figures)",
     [("xg04_meridianradio_bulletin_oct14_0800", "attack", 1),
      ("xg08_continentalwire_factbox_kyiv_attack_swap", "attack", 1)]),
    ("fastiv-2026-10-14", "Drone on a warehouse in Fastiv, Kyiv Oblast, night of 13-14 October 2026 (no one hurt)",
     [("xg04_meridianradio_bulletin_oct14_0800", "attack", 2),
      ("xg08_continentalwire_factbox_kyiv_attack_swap", "attack", 2)]),
    ("prisoner-exchange-2026-10-16", "UAE-mediated exchange of 185 prisoners each, 16 October 2026",
     [("xg01_unpress_security_council_ukraine_oct19", "diplomacy", 1),
      ("xg07_commons_ministerial_statement_sanctions_oct20", "diplomacy", 2),
      ("xg08_continentalwire_factbox_kyiv_attack_swap", "diplomacy", 0)]),
    ("sybiha-ankara-talks-2026-10-15", "Sybiha's talks in Ankara with his Turkish counterpart, 15 October 2026 (planned, then held)",
     [("xg04_meridianradio_bulletin_oct14_0800", "diplomacy", 0),
      ("xg05_sybiha_thread_ankara_oct15", "diplomacy", 0)]),
    ("istanbul-humanitarian-2026-10-22", "Ukrainian and Russian humanitarian working groups in Istanbul, 22 October 2026 (planned)",
     [("xg01_unpress_security_council_ukraine_oct19", "diplomacy", 4),
      ("xg05_sybiha_thread_ankara_oct15", "diplomacy", 2)]),
    ("denmark-package-29", "Denmark's 29th support package for Ukraine, DKK 1.2 billion, approved 14 October 2026",
     [("xg01_unpress_security_council_ukraine_oct19", "diplomacy", 2),
      ("xg05_sybiha_thread_ankara_oct15", "diplomacy", 4)]),
    ("borisoglebsk-2026-09-23", "Ukrainian drones on the Borisoglebsk air base, Voronezh region, night of 22-23 September 2026",
     [("xg02_opensourcedesk_borisoglebsk_imagery", "attack", 0),
      ("xg09_eastbridgepost_kharkiv_guided_bomb", "attack", 2)]),
    ("izmail-2026-10-18", "Russian drones on the port of Izmail, early on 18 October 2026",
     [("xg01_unpress_security_council_ukraine_oct19", "attack", 1),
      ("xg06_blackseashipping_advisory_odesa_ports", "attack", 1)]),
    ("kharkiv-2026-10-02", "Russian guided bombs on Kharkiv's Kyivskyi district, 2 October 2026",
     [("xg03_kharkivprosecutors_glide_bomb_case", "attack", 0),
      ("xg09_eastbridgepost_kharkiv_guided_bomb", "attack", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev58 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV58 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV58, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
