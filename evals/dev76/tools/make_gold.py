"""Write evals/dev76/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev76, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV76 = ROOT / "evals" / "dev76"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

UMAN = loc("Uman", "Cherkasy", "Ukraine")
KYIV = loc("Kyiv", "Kyiv", "Ukraine")
ZOLOCHIV = loc("Zolochiv district", "Lviv", "Ukraine", "district")
RZHYSHCHIV = loc("Rzhyshchiv", "Kyiv", "Ukraine")
ZAPORIZHZHIA = loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")
BILA_TSERKVA = loc("Bila Tserkva", "Kyiv", "Ukraine")
SLOVIANSK = loc("Sloviansk", "Donetsk", "Ukraine")
KRAMATORSK = loc("Kramatorsk", "Donetsk", "Ukraine")
DNIPRO = loc("Dnipro", "Dnipropetrovsk", "Ukraine")
SEVASTOPOL = loc("Sevastopol", "Crimea", "Ukraine")
MOSCOW = loc("Moscow", "Moscow", "Russia")
RAMSTEIN = loc("Ramstein", "Rhineland-Palatinate", "Germany")
US = "United States"


# --------------------------------------------------------------------------- xy01
GOLD["xy01_hairdresser_notice_clients_uman_apr30"] = dict(
    notes="An Uman hair salon's notice to its clients on its reopening (Sunday 30 April 2023). Coded: Russian cruise "
          "missiles on Uman 'Early on Friday' (28 April, day, rule 11; plural, no figure for the city: uncounted, rule 9; "
          "cruise_missile): the governor's Friday-evening figures are the first (rule 6): '20 dead', 'three of them "
          "children' (children_killed 3), '18 injured'; Saturday's 23 is an update, not coded; the nine-storey block is "
          "damage. The Air Force's figure 'over the whole country that night' (27-28 April, range): Ukraine's country "
          "record (rule 3), missile_strike, '23 cruise missiles' launched, '21 of them' intercepted. The telephone call of "
          "President Zelensky and Xi Jinping 'from Wednesday' (26 April: phone_call, held, rule 14; Ukraine and China). "
          "Not coded: 'she and her son were unharmed' (the colourist lives next door to the struck block; a nil of two "
          "people outside the struck site fills nothing, rule 6), the hope for the end of the war (no event, rule 13), "
          "the free haircuts, the appointments, the alert routine.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [UMAN], day("2023-04-28", "Early on Friday"),
               [{"type": "cruise_missile"}],
               ev("Early on Friday, a little before four o'clock, Russian cruise missiles struck Uman.",
                  "One of them tore through a nine-storey block of flats ten minutes on foot from the salon, and a whole section of the building fell in.",
                  "By Friday evening the regional governor was speaking of 20 dead, three of them children, and 18 injured."),
               killed=cnt(20, "20 dead"), injured=cnt(18, "18 injured"),
               children_killed=cnt(3, "three of them children"),
               damage=["a section of a nine-storey block of flats"], reported_by=["the regional governor"]),
        attack("Russia", "Ukraine", "missile_strike", [UA], night("2023-04-27", "2023-04-28", "that night"),
               [{"type": "cruise_missile", "launched": cnt(23, "23 cruise missiles"), "intercepted": cnt(21, "21 of them")}],
               ev("The Air Force said that over the whole country that night Russia had launched 23 cruise missiles and that 21 of them had been shot down."),
               reported_by=["the Air Force"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "China"], day("2023-04-26", "Wednesday"), "held",
            "Telephone call between President Zelensky and China's leader Xi Jinping, their first since the full-scale invasion began",
            ev("Several of you asked what we made of the news from Wednesday, when President Zelensky spoke by telephone with China's leader, Xi Jinping, for the first time since the full-scale invasion began.")),
    ])

# --------------------------------------------------------------------------- xy02
GOLD["xy02_plant_nursery_spring_catalogue_uman_apr29"] = dict(
    notes="A family plant nursery's late spring catalogue near Uman (Saturday 29 April 2023), its note 'From the "
          "nursery'. Coded: 'Yesterday, before dawn, a Russian missile brought down part of an apartment block in Uman' "
          "(28 April, day, rule 11; one missile with the indefinite article: no launched figure, rule 9; type missile); "
          "the city council's 'at least 19 people' killed (at_least, rule 7), 'four of them children' (children_killed 4); "
          "'On 9 March, in one night, Russia fired 81 missiles across Ukraine' (background with a count, required, rule 5: "
          "Ukraine's country record, rule 3, missile launched 81; dated as the night of 8-9 March, range, the words 'in "
          "one night' making it a night ending on the 9th, rule 11); the Dutch agriculture minister's visit to Kyiv "
          "'planned for 25 April' and 'put off', 'nobody has named another date' (visit, stalled, dated by the day it was "
          "planned for, rules 11 and 16; the Netherlands and Ukraine). Not coded: the greenhouses without power and the "
          "lost seedlings (the nursery is not a struck site of that night), the seedlings sent to families (no state), "
          "the rootstock programme (it went with the visit; no event of its own), the catalogue.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [UMAN], day("2023-04-28", "Yesterday"),
               [{"type": "missile"}],
               ev("Yesterday, before dawn, a Russian missile brought down part of an apartment block in Uman, fifteen kilometres from our greenhouses.",
                  "As this catalogue goes to the printer, the city council counts at least 19 people dead, four of them children, and the rescuers are still lifting concrete."),
               killed=cnt(19, "at least 19 people", "at_least"), children_killed=cnt(4, "four of them children"),
               damage=["part of an apartment block"], reported_by=["the city council"]),
        attack("Russia", "Ukraine", "missile_strike", [UA], night("2023-03-08", "2023-03-09", "On 9 March"),
               [{"type": "missile", "launched": cnt(81, "81 missiles")}],
               ev("On 9 March, in one night, Russia fired 81 missiles across Ukraine, and for three days the greenhouses stood without power.")),
    ],
    diplomacy=[
        dip("visit", ["Netherlands", "Ukraine"], day("2023-04-25", "25 April"), "stalled",
            "Visit of the Dutch agriculture minister to Kyiv, planned for 25 April, put off at short notice with no new date",
            ev("The Dutch agriculture minister's visit to Kyiv, planned for 25 April, was put off at short notice, and nobody has named another date; with it went the programme of rootstock for small Ukrainian nurseries that we had hoped to join."),
            location=KYIV),
    ])

# --------------------------------------------------------------------------- xy03
GOLD["xy03_bus_company_timetable_change_kyiv_lviv_mar10"] = dict(
    notes="A Kyiv intercity coach company's passenger notice of a timetable change (Friday 10 March 2023). Coded: the Air "
          "Force's figures for the attack 'Overnight into Thursday' (8-9 March, range, rule 11): Ukraine's country record "
          "(rule 3), drone_and_missile (rule 8), '81 missiles' launched with '34 of the missiles' brought down, 'eight "
          "Shahed drones' launched with 'four of the Shaheds' brought down (a missile and a drone entry, no combined "
          "figure, rule 9); Kyiv the same night: 'debris of a downed missile hurt two people in the Holosiivskyi district' "
          "(missile_strike, one missile with the indefinite article: uncounted, rule 9; injured 2; the district stays on "
          "the city record, rule 1); 'In the Lviv region that night, a missile hit houses in a village of the Zolochiv "
          "district and killed five people' (the village is unnamed: the district is the place, level district, rule 10; "
          "killed 5; reported by the regional governor); '10 October, when missiles fell on the centre of Kyiv in the "
          "morning rush hour' (background with a place and date, required, rule 5; 10 October 2022, the latest such day "
          "before publication, rule 11; missiles uncounted). Not coded: the coaches held during the alert, the new "
          "departures, the alert rules, the refunds.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2023-03-08", "2023-03-09", "Overnight into Thursday"),
               [{"type": "missile", "launched": cnt(81, "81 missiles"), "intercepted": cnt(34, "34 of the missiles")},
                {"type": "drone", "model": "Shahed", "launched": cnt(8, "eight Shahed drones"),
                 "intercepted": cnt(4, "four of the Shaheds")}],
               ev("Overnight into Thursday Russia carried out one of the heaviest attacks of the winter.",
                  "According to the Air Force, 81 missiles and eight Shahed drones were fired at Ukraine, and air defence brought down 34 of the missiles and four of the Shaheds."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [KYIV], night("2023-03-08", "2023-03-09", "Overnight into Thursday"),
               [{"type": "missile"}],
               ev("Overnight into Thursday Russia carried out one of the heaviest attacks of the winter.",
                  "In Kyiv, debris of a downed missile hurt two people in the Holosiivskyi district; our depot there was without power until late on Thursday."),
               injured=cnt(2, "two people"), damage=["a coach depot in the Holosiivskyi district left without power"]),
        attack("Russia", "Ukraine", "missile_strike", [ZOLOCHIV], night("2023-03-08", "2023-03-09", "that night"),
               [{"type": "missile"}],
               ev("In the Lviv region that night, a missile hit houses in a village of the Zolochiv district and killed five people, the regional governor said."),
               killed=cnt(5, "five people"), damage=["houses in a village"], reported_by=["the regional governor"]),
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2022-10-10", "10 October"),
               [{"type": "missile"}],
               ev("We also keep in mind 10 October, when missiles fell on the centre of Kyiv in the morning rush hour and the windows of our coach waiting near Shevchenko Park were blown out."),
               damage=["the windows of a coach near Shevchenko Park"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xy04
GOLD["xy04_recycling_centre_notice_residents_zolochiv_mar13"] = dict(
    notes="A Zolochiv district recycling centre's notice to residents on rubble and glass (Monday 13 March 2023). Coded: "
          "'Last Thursday morning a Russian missile destroyed houses in a village of our district' (9 March, day, rule 11; "
          "one missile with the indefinite article: uncounted, rule 9; the village is unnamed and 'our district' is the "
          "Zolochiv district of the notice's heading, quoted with it: level district, rule 10); 'Five people' killed; the "
          "attack 'in which more than 80 missiles were fired across Ukraine' (Ukraine's country record, rule 3: missile "
          "launched 80, more_than, rule 7; dated by the same 'Last Thursday morning'); 'On Friday Poland's government "
          "announced that it would hand over two mobile rubble crushers' (10 March: military_aid, held, an aid decision "
          "announced, rules 14 and 16; Poland and Ukraine). Not coded: the rubble, glass and asbestos rules, the warning "
          "about missile fragments (no event), the opening hours.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ZOLOCHIV], day("2023-03-09", "Last Thursday morning"),
               [{"type": "missile"}],
               ev("Notice to residents of the Zolochiv district",
                  "Last Thursday morning a Russian missile destroyed houses in a village of our district.",
                  "Five people, neighbours on one street, were killed."),
               killed=cnt(5, "Five people"), damage=["houses in a village"]),
        attack("Russia", "Ukraine", "missile_strike", [UA], day("2023-03-09", "Last Thursday morning"),
               [{"type": "missile", "launched": cnt(80, "more than 80 missiles", "more_than")}],
               ev("Last Thursday morning a Russian missile destroyed houses in a village of our district.",
                  "The strike was part of an attack in which more than 80 missiles were fired across Ukraine.")),
    ],
    diplomacy=[
        dip("military_aid", ["Poland", "Ukraine"], day("2023-03-10", "On Friday"), "held",
            "Poland's government announces it will hand over two mobile rubble crushers to the communities hit in the attack of 9 March, one to the Zolochiv district",
            ev("On Friday Poland's government announced that it would hand over two mobile rubble crushers to the communities hit last week, one of them to our district.")),
    ])

# --------------------------------------------------------------------------- xy05
GOLD["xy05_tutoring_centre_notice_parents_rzhyshchiv_kishida_mar23"] = dict(
    notes="A tutoring centre's notice to parents and pupils (Thursday 23 March 2023). Coded: 'Overnight into Wednesday, "
          "Russian Shahed drones struck Rzhyshchiv' (21-22 March, range, rule 11; plural, no figure for the town: "
          "uncounted, rule 9; model Shahed): the Kyiv region military administration's 'four people' killed and 'seven' "
          "injured, the college dormitory and school building as damage; 'Both of them ... are safe' is two former pupils' "
          "nil, filling nothing (rule 6); Russia's '21 Shahed drones against the whole of Ukraine that night' with the Air "
          "Force's '16 of them' destroyed (Ukraine's country record, rule 3, dated 'that night'); Zaporizhzhia 'The same "
          "morning' (22 March, day): Russian missiles uncounted, 'one person' killed, 'at least 25' injured (at_least), 'a "
          "girl of 11' children_injured 1 (rule 6), reported by the city council; Prime Minister Kishida's visit to Kyiv "
          "'on Tuesday' (21 March, visit, held, rule 14; Japan and Ukraine; his flowers in Bucha are part of the visit); "
          "Xi Jinping's talks with Vladimir Putin 'in Moscow, from Monday to Wednesday' (20-22 March, range; talks, held, "
          "as the article calls them, rule 14; China and Russia). Optional: 'Beijing's twelve-point position paper of 24 "
          "February' (background, rule 17: proposal, proposed, rule 13; China with Russia and Ukraine). Not coded: the "
          "lessons online, the practice test moved to 1 April (no event of states), the fees.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [RZHYSHCHIV], night("2023-03-21", "2023-03-22", "Overnight into Wednesday"),
               [{"type": "drone", "model": "Shahed"}],
               ev("Overnight into Wednesday, Russian Shahed drones struck Rzhyshchiv, down the Dnipro from us, hitting a college dormitory and a school building.",
                  "By morning the Kyiv region military administration reported four people killed and seven injured, and the dormitory's rubble was still being searched by rescue teams."),
               killed=cnt(4, "four people"), injured=cnt(7, "seven"),
               damage=["a college dormitory", "a school building"], reported_by=["the Kyiv region military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2023-03-21", "2023-03-22", "that night"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(21, "21 Shahed drones"), "intercepted": cnt(16, "16 of them")}],
               ev("Russia sent 21 Shahed drones against the whole of Ukraine that night, and the Air Force reports 16 of them destroyed."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [ZAPORIZHZHIA], day("2023-03-22", "The same morning"),
               [{"type": "missile"}],
               ev("The same morning, Russian missiles hit two apartment buildings in Zaporizhzhia.",
                  "According to the city council, one person was killed and at least 25 were injured, among them a girl of 11."),
               killed=cnt(1, "one person"), injured=cnt(25, "at least 25", "at_least"),
               children_injured=cnt(1, "a girl of 11"),
               damage=["two apartment buildings"], reported_by=["the city council"]),
    ],
    diplomacy=[
        dip("visit", ["Japan", "Ukraine"], day("2023-03-21", "on Tuesday"), "held",
            "Prime Minister Fumio Kishida's visit to Kyiv, the first by a Japanese head of government since the full-scale invasion; he laid flowers in Bucha",
            ev("Our teacher Mariia asks us to mention that on Tuesday Prime Minister Fumio Kishida came to Kyiv, the first Japanese head of government to visit Ukraine since the full-scale invasion, and that he laid flowers in Bucha."),
            location=KYIV),
        dip("talks", ["China", "Russia"], night("2023-03-20", "2023-03-22", "from Monday to Wednesday"), "held",
            "Talks between Xi Jinping and Vladimir Putin in Moscow",
            ev("The same week Xi Jinping held talks with Vladimir Putin in Moscow, from Monday to Wednesday."),
            location=MOSCOW),
        opt(dip("proposal", ["China", "Russia", "Ukraine"], day("2023-02-24", "24 February"), "proposed",
                "Beijing's twelve-point position paper on the war, met with caution in Kyiv",
                ev("In class we will compare how the Chinese and Ukrainian press wrote about those talks, and about Beijing's twelve-point position paper of 24 February, which Kyiv met with caution."))),
    ])

# --------------------------------------------------------------------------- xy06
GOLD["xy06_scout_troop_newsletter_rzhyshchiv_exchange_mar31"] = dict(
    notes="A scout troop's monthly newsletter to scouts and parents (Friday 31 March 2023). Coded: the exchange of "
          "prisoners 'On 7 March' in which '130 Ukrainian defenders came home' (prisoner_exchange, held, rule 14; Russia "
          "and Ukraine); 'On the night of 22 March, drones struck Rzhyshchiv' (21-22 March, range, rule 11; no attacker "
          "named: Russia, rule 12; uncounted, rule 9): the regional administration's 'eight people' killed (the only "
          "figure the article gives, rule 6), the college dormitory as damage; 'overnight into Sunday a Shahed exploded in "
          "a field outside Bila Tserkva' (25-26 March, range; one drone with the indefinite article: no launched figure, "
          "rule 9; model Shahed; 'No one was hurt': injured 0 only, killed stays null, rule 6). Not coded: 'The family ... "
          "are safe' and the boy 'among the students in that building' (no figure), the hike moved to April and the camp "
          "dates (no event), the collection for Rzhyshchiv, the badges.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [RZHYSHCHIV], night("2023-03-21", "2023-03-22", "On the night of 22 March"),
               [{"type": "drone"}],
               ev("On the night of 22 March, drones struck Rzhyshchiv, the town on the Dnipro where the Falcons patrol camped last July.",
                  "The regional administration now says eight people died when a college dormitory was hit."),
               killed=cnt(8, "eight people"), damage=["a college dormitory"], reported_by=["the regional administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [BILA_TSERKVA], night("2023-03-25", "2023-03-26", "overnight into Sunday"),
               [{"type": "drone", "model": "Shahed"}],
               ev("Closer to home, overnight into Sunday a Shahed exploded in a field outside Bila Tserkva, where the Lynx patrol was meant to hike on Saturday.",
                  "No one was hurt."),
               injured=cnt(0, "No one was hurt"), damage=["a field"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine"], day("2023-03-07", "On 7 March"), "held",
            "Exchange of prisoners with Russia in which 130 Ukrainian defenders returned home",
            ev("On 7 March, in an exchange of prisoners with Russia, 130 Ukrainian defenders came home.")),
    ])

# --------------------------------------------------------------------------- xy07
GOLD["xy07_estate_agent_market_report_sloviansk_kramatorsk_apr20"] = dict(
    notes="A Kramatorsk estate agency's quarterly residential market report (Thursday 20 April 2023). Coded: 'On Friday "
          "afternoon Russian S-300 missiles struck a five-storey block and neighbouring houses in the centre of "
          "Sloviansk' (14 April, day, rule 11; plural, no figure: uncounted, rule 9; S-300 is type missile with its "
          "model, rule 9): the governor's Saturday-morning figures are the first (rule 6): 'at least 11' killed "
          "(at_least, rule 7), 'a two-year-old boy' children_killed 1, '21' injured; 'the toll has since reached 15' is an "
          "update, in the evidence only; 'On 27 March a missile hit Sloviansk near the market' (background with place, "
          "date and counts, required, rule 5; day; indefinite, uncounted; 'two people' killed, '29' injured); Jens "
          "Stoltenberg 'Today' in Kyiv, 'his first visit since the full-scale invasion' (20 April: visit, held, rule 14; "
          "NATO and Ukraine); 'tomorrow the defence ministers of Ukraine's allies meet at the American air base at "
          "Ramstein in Germany' (21 April: a meeting of states' officials is talks, rule 14; planned, rule 16; Ukraine, "
          "the United States, whose base it is, and Germany, the state of the place, rule 15). Not coded: the front near "
          "Bakhmut (ground fighting, rule 5), the prices, rents and sales, the cancelled viewings.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [SLOVIANSK], day("2023-04-14", "On Friday afternoon"),
               [{"type": "missile", "model": "S-300"}],
               ev("On Friday afternoon Russian S-300 missiles struck a five-storey block and neighbouring houses in the centre of Sloviansk.",
                  "By Saturday morning Donetsk's regional governor was reporting at least 11 dead, a two-year-old boy among them, and 21 injured; the toll has since reached 15."),
               killed=cnt(11, "at least 11", "at_least"), injured=cnt(21, "21"),
               children_killed=cnt(1, "a two-year-old boy"),
               damage=["a five-storey block", "neighbouring houses"], reported_by=["Donetsk's regional governor"]),
        attack("Russia", "Ukraine", "missile_strike", [SLOVIANSK], day("2023-03-27", "On 27 March"),
               [{"type": "missile"}],
               ev("On 27 March a missile hit Sloviansk near the market, killing two people and injuring 29, and half of our viewings for April were cancelled within the week."),
               killed=cnt(2, "two people"), injured=cnt(29, "29")),
    ],
    diplomacy=[
        dip("visit", ["NATO", "Ukraine"], day("2023-04-20", "Today"), "held",
            "NATO Secretary General Jens Stoltenberg's visit to Kyiv, his first since the full-scale invasion",
            ev("Today NATO's secretary general, Jens Stoltenberg, is in Kyiv, his first visit since the full-scale invasion, and tomorrow the defence ministers of Ukraine's allies meet at the American air base at Ramstein in Germany."),
            location=KYIV),
        dip("talks", ["Ukraine", US, "Germany"], day("2023-04-21", "tomorrow"), "planned",
            "Meeting of the defence ministers of Ukraine's allies at the US air base at Ramstein in Germany",
            ev("Today NATO's secretary general, Jens Stoltenberg, is in Kyiv, his first visit since the full-scale invasion, and tomorrow the defence ministers of Ukraine's allies meet at the American air base at Ramstein in Germany."),
            location=RAMSTEIN),
    ])

# --------------------------------------------------------------------------- xy08
GOLD["xy08_glazier_notice_customers_sloviansk_apr16"] = dict(
    notes="A Sloviansk glazing workshop's notice to customers (Sunday 16 April 2023). Coded: 'On Friday two Russian "
          "missiles hit the centre of Sloviansk' (14 April, day, rule 11; counted weapons as the subject of the hit, with "
          "no larger figure: launched 2, rule 9; type missile): the city military administration's 'nine dead' and 'more "
          "than 20' injured (more_than, rule 7); 'Yesterday evening a Russian shell struck a block of garages in "
          "Kramatorsk' (15 April, day; shelling_artillery with an artillery entry, one shell with the indefinite article: "
          "uncounted, rule 9; 'nobody was injured': injured 0 only, rule 6). Optional: 'Our city has been shelled on and "
          "off since last spring' (a vague background of many attacks, rule 5; Sloviansk, named in the notice's first "
          "sentence, quoted with it; from spring 2022 to the notice). Not coded: the smashed windows around the building "
          "(damage of Friday's strike), the order of work, the free glazing (a supplier and volunteers, no state), the "
          "prices.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [SLOVIANSK], day("2023-04-14", "On Friday"),
               [{"type": "missile", "launched": cnt(2, "two Russian missiles")}],
               ev("On Friday two Russian missiles hit the centre of Sloviansk.",
                  "The city military administration gave nine dead and more than 20 injured that evening.",
                  "Around the five-storey building that was hit, windows were smashed in every house for several streets."),
               killed=cnt(9, "nine dead"), injured=cnt(20, "more than 20", "more_than"),
               damage=["a five-storey building", "windows for several streets"],
               reported_by=["the city military administration"]),
        attack("Russia", "Ukraine", "shelling_artillery", [KRAMATORSK], day("2023-04-15", "Yesterday evening"),
               [{"type": "artillery"}],
               ev("Yesterday evening a Russian shell struck a block of garages in Kramatorsk; nobody was injured."),
               injured=cnt(0, "nobody was injured"), damage=["a block of garages"]),
        opt(attack("Russia", "Ukraine", "shelling_artillery", [SLOVIANSK], month("2022-03-01", "2023-04-16", "since last spring"),
                   [{"type": "artillery"}],
                   ev("On Friday two Russian missiles hit the centre of Sloviansk.",
                      "Our city has been shelled on and off since last spring, and we have learned to work fast."))),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xy09
GOLD["xy09_beekeepers_association_newsletter_uman_dnipro_apr30"] = dict(
    notes="A regional beekeepers' association's monthly newsletter (Sunday 30 April 2023). Coded: 'On 28 April a Russian "
          "missile strike destroyed part of a residential building' in Uman (day; no weapon count, uncounted, rule 9; "
          "type missile): '23 people' killed, 'six of them children' (children_killed 6); 'The same night in Dnipro, a "
          "missile hit a private house' (27-28 April, range, rule 11; indefinite, uncounted): 'two people' killed, 'her "
          "daughter, aged two' children_killed 1 (rule 6); 'On Saturday morning drones set a fuel depot in Sevastopol on "
          "fire' (29 April, day; no attacker named: a strike on Crimea has Ukraine as attacker and Russia as "
          "target_country, rule 12; uncounted; 'no one had been hurt': injured 0 only, rule 6; reported by Moscow's "
          "appointed governor); 'On 20 April Jens Stoltenberg visited Kyiv ... and met President Zelensky' (visit, held; "
          "the meeting is part of the visit, rule 14; NATO and Ukraine). Not coded: the two members who survived (no "
          "figure beyond the toll), the collection and the honey for the shelter (no state), the chairman's letter to "
          "the Alliance's press office (no event of states), the queues for petrol, the winter losses, varroa, markets.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [UMAN], day("2023-04-28", "On 28 April"),
               [{"type": "missile"}],
               ev("Our association mourns with Uman.",
                  "On 28 April a Russian missile strike destroyed part of a residential building in the city; 23 people were killed, six of them children."),
               killed=cnt(23, "23 people"), children_killed=cnt(6, "six of them children"),
               damage=["part of a residential building"]),
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], night("2023-04-27", "2023-04-28", "The same night"),
               [{"type": "missile"}],
               ev("The same night in Dnipro, a missile hit a private house, and two people died there: a young mother and her daughter, aged two."),
               killed=cnt(2, "two people"), children_killed=cnt(1, "her daughter, aged two"),
               damage=["a private house"]),
        attack("Ukraine", "Russia", "air_drone_strike", [SEVASTOPOL], day("2023-04-29", "On Saturday morning"),
               [{"type": "drone"}],
               ev("On Saturday morning drones set a fuel depot in Sevastopol on fire.",
                  "Moscow's appointed governor in Sevastopol said no one had been hurt."),
               injured=cnt(0, "no one had been hurt"), damage=["a fuel depot"],
               reported_by=["Moscow's appointed governor in Sevastopol"]),
    ],
    diplomacy=[
        dip("visit", ["NATO", "Ukraine"], day("2023-04-20", "On 20 April"), "held",
            "NATO Secretary General Jens Stoltenberg's visit to Kyiv, his first since the full-scale invasion, with a meeting with President Zelensky",
            ev("On 20 April Jens Stoltenberg visited Kyiv, his first visit since the full-scale invasion, and met President Zelensky."),
            location=KYIV),
    ])

# --------------------------------------------------------------------------- xy10
GOLD["xy10_war_memorial_restoration_report_control_apr12"] = dict(
    notes="Control: a conservator's report to an English parish council on the restoration of its war memorial (Wednesday "
          "12 April 2023). 'the names of 23 men of the parish who fell in the Great War', 'seven who died between 1939 "
          "and 1945', 'brothers killed on the same day on the Somme', 'fragments of a German bomb' of October 1940 with "
          "'no one was hurt', the recut names and the rededication with the Royal British Legion: the two world wars and a "
          "monument, no event of the war the codebook codes, no attack and no diplomacy (rules 5, 12, 13). Nothing is "
          "coded.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("uman-2023-04-28", "Russian missiles on an apartment block in Uman, early on 28 April 2023",
     [("xy01_hairdresser_notice_clients_uman_apr30", "attack", 0),
      ("xy02_plant_nursery_spring_catalogue_uman_apr29", "attack", 0),
      ("xy09_beekeepers_association_newsletter_uman_dnipro_apr30", "attack", 0)]),
    ("ukraine-2023-03-09", "Russia's nationwide missile and drone attack on Ukraine, night of 8-9 March 2023",
     [("xy02_plant_nursery_spring_catalogue_uman_apr29", "attack", 1),
      ("xy03_bus_company_timetable_change_kyiv_lviv_mar10", "attack", 0),
      ("xy04_recycling_centre_notice_residents_zolochiv_mar13", "attack", 1)]),
    ("zolochiv-2023-03-09", "Russian missile on houses in a village of the Zolochiv district, Lviv region, 9 March 2023",
     [("xy03_bus_company_timetable_change_kyiv_lviv_mar10", "attack", 2),
      ("xy04_recycling_centre_notice_residents_zolochiv_mar13", "attack", 0)]),
    ("rzhyshchiv-2023-03-22", "Russian drones on a college dormitory in Rzhyshchiv, night of 21-22 March 2023",
     [("xy05_tutoring_centre_notice_parents_rzhyshchiv_kishida_mar23", "attack", 0),
      ("xy06_scout_troop_newsletter_rzhyshchiv_exchange_mar31", "attack", 0)]),
    ("sloviansk-2023-04-14", "Russian missiles on a five-storey block in the centre of Sloviansk, 14 April 2023",
     [("xy07_estate_agent_market_report_sloviansk_kramatorsk_apr20", "attack", 0),
      ("xy08_glazier_notice_customers_sloviansk_apr16", "attack", 0)]),
    ("stoltenberg-kyiv-2023-04-20", "NATO Secretary General Jens Stoltenberg's visit to Kyiv, 20 April 2023",
     [("xy07_estate_agent_market_report_sloviansk_kramatorsk_apr20", "diplomacy", 0),
      ("xy09_beekeepers_association_newsletter_uman_dnipro_apr30", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev76 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV76 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV76, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
