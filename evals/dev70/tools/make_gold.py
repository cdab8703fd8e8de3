"""Write evals/dev70/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev70, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV70 = ROOT / "evals" / "dev70"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

IZMAIL = loc("Izmail", "Odesa", "Ukraine")
SHABO = loc("Shabo", "Odesa", "Ukraine")
RENI = loc("Reni", "Odesa", "Ukraine")
KYIV = loc("Kyiv", "Kyiv", "Ukraine")
CHERNIHIV = loc("Chernihiv", "Chernihiv", "Ukraine")
HORODNIA = loc("Horodnia", "Chernihiv", "Ukraine")
LVIV = loc("Lviv", "Lviv", "Ukraine")
SEVASTOPOL = loc("Sevastopol", "Crimea", "Ukraine")
SOCHI = loc("Sochi", "Krasnodar", "Russia")
JEDDAH = loc("Jeddah", "Makkah", "Saudi Arabia")
WASHINGTON = loc("Washington", "District of Columbia", "United States")
US = "United States"


# --------------------------------------------------------------------------- xs01
GOLD["xs01_winery_wine_club_letter_izmail_sochi_sep01"] = dict(
    notes="A Bessarabian winery's letter to its wine club members on the harvest and the autumn boxes (Friday 1 "
          "September 2023). Coded: Russian drones on the port of Izmail 'In the early hours of Wednesday 2 August' (day, "
          "rule 11; plural, no figure: uncounted, rule 9; the governor's 'no one had been hurt' is a nil told with an "
          "injury word: injured 0 only, killed stays null, rule 6; the place is named in the sentence before, 'Izmail, on "
          "the Danube', quoted with it); 'overnight into Monday' (27-28 August, range, rule 11) 'a single drone hit a "
          "neighbouring vineyard outside Shabo' (a counted one: launched 1, rule 9; 'Nobody was injured': injured 0 only, "
          "rule 6); President Erdoğan 'due in Sochi on Monday for talks with Vladimir Putin' (4 September: talks, planned, "
          "rules 14 and 16; Turkey and Russia, rule 15). Optional: 'Russia walked out of the grain deal on 17 July' "
          "(background, rule 17: agreement, cancelled). Not coded: Moscow's repeated readiness to rejoin the deal 'when "
          "its own demands are satisfied' (a stance, rule 13), the neighbours' hope to reopen the corridor (no event), the "
          "harvest, the barge and the shipping dates, the box prices.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], day("2023-08-02", "In the early hours of Wednesday 2 August"),
               [{"type": "drone"}],
               ev("Since Russia walked out of the grain deal on 17 July, the sea route from Odesa has been shut to us as well, and every pallet for our importers in Romania, Moldova and Poland now leaves through Izmail, on the Danube.",
                  "In the early hours of Wednesday 2 August, Russian drones attacked its port and set grain warehouses along the quay on fire.",
                  "The regional governor, Oleh Kiper, said later that morning that no one had been hurt."),
               injured=cnt(0, "no one had been hurt"),
               damage=["grain warehouses along the quay"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [SHABO], night("2023-08-27", "2023-08-28", "overnight into Monday"),
               [{"type": "drone", "launched": cnt(1, "a single drone")}],
               ev("Closer to home, overnight into Monday a single drone hit a neighbouring vineyard outside Shabo and tore out some forty metres of trellis.",
                  "Nobody was injured."),
               injured=cnt(0, "Nobody was injured"), damage=["a vineyard's trellis"]),
    ],
    diplomacy=[
        dip("talks", ["Turkey", "Russia"], day("2023-09-04", "on Monday"), "planned",
            "Talks between President Erdoğan and Vladimir Putin in Sochi, with hopes of reopening the Black Sea corridor for grain ships",
            ev("President Erdoğan is due in Sochi on Monday for talks with Vladimir Putin, and many of our neighbours hope the two will find a way to reopen the corridor for ships."),
            location=SOCHI),
        opt(dip("agreement", ["Russia", "Ukraine"], day("2023-07-17", "on 17 July"), "cancelled",
                "Russia's withdrawal from the Black Sea grain deal, which closed the sea route from Odesa",
                ev("Since Russia walked out of the grain deal on 17 July, the sea route from Odesa has been shut to us as well, and every pallet for our importers in Romania, Moldova and Poland now leaves through Izmail, on the Danube."))),
    ])

# --------------------------------------------------------------------------- xs02
GOLD["xs02_interim_report_note_subsequent_events_izmail_sep28"] = dict(
    notes="A Warsaw-listed grain logistics group's interim report, its note on events after the reporting period (Thursday "
          "28 September 2023). Coded: the Air Force's tally 'that night' (1-2 August, range) of '23 of the 25 Shahed "
          "drones launched ... at the Odesa and Kyiv regions': a tally over several regions stays the country record "
          "(rule 3), Ukraine, drone model Shahed, launched 25, intercepted 23; Izmail 'In the early hours of 2 August 2023' "
          "(day): Russian drones, uncounted, the regional military administration 'reported no casualties' (a nil that "
          "fills both killed 0 and injured 0, rule 6); Izmail 'On the night of 16 August' (15-16 August, range, rule 11): "
          "drones, 'one of the Group's forklift operators' injured (the struck terminal's worker, injured 1); Izmail "
          "'Overnight into 4 September' (3-4 September, range): '17 of the 22 drones it had counted over the Odesa region' "
          "with Izmail the one struck locality of the region named, so the region's tally goes on Izmail's record (rule 3: "
          "launched 22, intercepted 17), 'two people' injured; the talks of the presidents of Turkey and Russia 'On 4 "
          "September' in Sochi (talks, held, rules 14 and 16). Optional: Reni 'attacked several times in July and August' "
          "(a placed background with several attacks in one phrase and no weapon named: kind other, month span, a "
          "debatable reading, rule 5). Not coded: the drone fragments on the Romanian bank (debris, no attack on Romania), "
          "Russia's defence ministry's declaration of 19 July on vessels bound for Ukrainian ports (a threat, rule 13), "
          "the write-off, the insurance claim, the covenant waiver, the dividend.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2023-08-01", "2023-08-02", "that night"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(25, "the 25 Shahed drones"),
                 "intercepted": cnt(23, "23 of the 25")}],
               ev("The Ukrainian Air Force reported that 23 of the 25 Shahed drones launched that night at the Odesa and Kyiv regions had been destroyed."),
               reported_by=["the Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], day("2023-08-02", "In the early hours of 2 August 2023"),
               [{"type": "drone"}],
               ev("In the early hours of 2 August 2023 the port of Izmail, where the Group operates a grain transshipment terminal (segment \"Danube\"), was attacked by Russian drones.",
                  "At the Group's terminal the conveyor gallery and one warehouse were damaged, and approximately 4,100 tonnes of wheat in storage were lost to fire.",
                  "The regional military administration reported no casualties."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["the conveyor gallery and a warehouse of a grain terminal", "about 4,100 tonnes of wheat"],
               reported_by=["the regional military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], night("2023-08-15", "2023-08-16", "On the night of 16 August"),
               [{"type": "drone"}],
               ev("On the night of 16 August a further drone attack on Izmail damaged the roof of the terminal's second warehouse, and one of the Group's forklift operators was injured by flying glass."),
               injured=cnt(1, "one of the Group's forklift operators"), damage=["the roof of a warehouse"]),
        attack("Russia", "Ukraine", "air_drone_strike", [IZMAIL], night("2023-09-03", "2023-09-04", "Overnight into 4 September"),
               [{"type": "drone", "launched": cnt(22, "the 22 drones"), "intercepted": cnt(17, "17 of the 22")}],
               ev("Overnight into 4 September the port was attacked again: the regional military administration said that 17 of the 22 drones it had counted over the Odesa region were shot down, and that two people were injured in Izmail, where a silo belonging to a neighbouring operator was destroyed."),
               injured=cnt(2, "two people"), damage=["a silo"], reported_by=["the regional military administration"]),
        opt(attack("Russia", "Ukraine", "other", [RENI], month("2023-07-01", "2023-08-31", "in July and August"),
                   [],
                   ev("The river port of Reni, where the Group loads barges under a tolling agreement, was also attacked several times in July and August."),
                   damage=["the river port"])),
    ],
    diplomacy=[
        dip("talks", ["Turkey", "Russia"], day("2023-09-04", "On 4 September"), "held",
            "Talks of the presidents of Turkey and Russia in Sochi; no arrangement to revive the Black Sea Grain Initiative announced",
            ev("On 4 September the presidents of Turkey and Russia held talks in Sochi; no arrangement to revive the Black Sea Grain Initiative was announced."),
            location=SOCHI),
    ])

# --------------------------------------------------------------------------- xs03
GOLD["xs03_letting_agent_listing_flat_lypky_kyiv_sep01"] = dict(
    notes="A Kyiv letting agency's listing of a flat to rent, its 'Safety, honestly' section (Friday 1 September 2023). "
          "Coded: Russia's drones and missiles on Kyiv 'In the early hours of Wednesday' (30 August, day, rule 11; "
          "drone_and_missile, rule 8): Popko's 'more than 20 of them' brought down is a combined figure of the two types "
          "over the one place named (rule 3: stays on the city record; rule 9: one weapon of type other, model 'drones "
          "and missiles', intercepted 20 more_than, rule 7, with a drone and a missile entry), no launched figure; the "
          "Sviatoshynskyi and Solomianskyi districts stay on Kyiv's record (rule 1); 'two people' killed and 'another two' "
          "injured; 'late May, when a fragment of a drone shot down over Kyiv broke windows two streets from here' "
          "(background with place and date, required, rule 5: month, May 2023; 'a drone', indefinite, no launched "
          "figure, rule 9). Not coded: the outgoing tenants' night in the basement, the shelter, the flat and the terms.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], day("2023-08-30", "In the early hours of Wednesday"),
               [{"type": "other", "model": "drones and missiles", "intercepted": cnt(20, "more than 20", "more_than")},
                {"type": "drone"}, {"type": "missile"}],
               ev("In the early hours of Wednesday, Russia attacked Kyiv with drones and missiles for close to three hours.",
                  "According to Serhiy Popko, the head of Kyiv's wartime administration, the city's air defence brought down more than 20 of them.",
                  "Debris came down in the Sviatoshynskyi and Solomianskyi districts, where two people were killed and another two were injured."),
               killed=cnt(2, "two people"), injured=cnt(2, "another two"),
               damage=["the Sviatoshynskyi and Solomianskyi districts"], reported_by=["Serhiy Popko"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], month("2023-05-01", "2023-05-31", "late May"),
               [{"type": "drone"}],
               ev("Apart from late May, when a fragment of a drone shot down over Kyiv broke windows two streets from here, the block has come through the war without a scratch."),
               damage=["windows"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xs04
GOLD["xs04_benefit_concert_programme_notes_chernihiv_vienna_aug28"] = dict(
    notes="A Vienna ensemble's programme notes for a benefit concert for Chernihiv's children's music school (Monday 28 "
          "August 2023). Coded: 'on Saturday 19 August' 'a Russian Iskander ballistic missile struck the square outside "
          "Chernihiv's drama theatre' (day; one missile with the indefinite article: no launched figure, rule 9; Iskander "
          "fixes ballistic_missile; 'Seven people' killed, 'more than 140' injured, more_than, rule 7; 'a girl of six' is "
          "a child told one by one: children_killed 1, rule 6; the exhibition of drones is what people came to see, no "
          "weapon); President Zelensky 'on a visit to Sweden that day' (visit, held, rule 14; Sweden and Ukraine, no city "
          "named); 'The next day the Netherlands and Denmark announced that they would give Ukraine F-16 fighter jets' (20 "
          "August: military_aid, held: an aid decision announced, rule 16). Not coded: the damaged music school (the same "
          "strike's damage), Zelensky's words about the square (a reaction, rule 13), the UN's count of more than 9,000 "
          "civilian deaths since February 2022 (a war-wide statistic, no event), the programme and the works.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [CHERNIHIV], day("2023-08-19", "on Saturday 19 August"),
               [{"type": "ballistic_missile", "model": "Iskander"}],
               ev("It changed on Saturday 19 August.",
                  "At about twenty to twelve that morning a Russian Iskander ballistic missile struck the square outside Chernihiv's drama theatre.",
                  "Seven people were killed, among them a girl of six, and more than 140 were injured."),
               killed=cnt(7, "Seven people"), injured=cnt(140, "more than 140", "more_than"),
               children_killed=cnt(1, "a girl of six"),
               damage=["the square outside the drama theatre", "the children's music school"]),
    ],
    diplomacy=[
        dip("visit", ["Sweden", "Ukraine"], day("2023-08-19", "that day"), "held",
            "President Zelensky's visit to Sweden on the day of the missile strike on Chernihiv",
            ev("President Zelensky, who was on a visit to Sweden that day, spoke of a square filled with ordinary people on a Saturday.")),
        dip("military_aid", ["Netherlands", "Denmark", "Ukraine"], day("2023-08-20", "The next day"), "held",
            "The Netherlands and Denmark announce that they will give Ukraine F-16 fighter jets, the first countries to commit them",
            ev("The next day the Netherlands and Denmark announced that they would give Ukraine F-16 fighter jets, the first countries to commit them.")),
    ])

# --------------------------------------------------------------------------- xs05
GOLD["xs05_vet_clinic_notice_pet_owners_chernihiv_aug20"] = dict(
    notes="A Chernihiv veterinary clinic's notice to its clients (Sunday 20 August 2023). Coded: 'Yesterday' (19 August, "
          "day) 'a Russian missile hit the centre of Chernihiv beside the drama theatre' (one missile, indefinite: no "
          "launched figure, rule 9; type missile); the regional military administration's late-evening figures are the "
          "first (rule 6): 'seven dead', 'a six-year-old girl' (children_killed 1), '90' wounded, '12 of whom are "
          "children' (children_injured 12, told as a part of the 90); Chaus's 129 'This morning' is an update, in the "
          "evidence only; 'On the night of 17 August' (16-17 August, range, rule 11) 'a Russian drone struck a dairy farm "
          "outside Horodnia' (indefinite, no launched figure; 'no one was hurt': injured 0 only, rule 6; the 14 cows "
          "killed are no people: killed stays null). Not coded: 'nobody inside was hurt' at the clinic's branch (its "
          "windows broke, but it was not the struck site: a nil of a part of the people, filling nothing, rule 6), the "
          "free care, hours, mobile team and blood bank.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [CHERNIHIV], day("2023-08-19", "Yesterday"),
               [{"type": "missile"}],
               ev("Yesterday, a few minutes before noon, a Russian missile hit the centre of Chernihiv beside the drama theatre, a short walk from our branch on Myru Avenue.",
                  "By late evening the regional military administration was reporting seven dead, including a six-year-old girl, and 90 wounded, 12 of whom are children.",
                  "This morning the head of the administration, Viacheslav Chaus, put the injured at 129."),
               killed=cnt(7, "seven dead"), injured=cnt(90, "90"), children_killed=cnt(1, "a six-year-old girl"),
               children_injured=cnt(12, "12 of whom"),
               damage=["the centre of Chernihiv beside the drama theatre"],
               reported_by=["the regional military administration", "Viacheslav Chaus"]),
        attack("Russia", "Ukraine", "air_drone_strike", [HORODNIA], night("2023-08-16", "2023-08-17", "On the night of 17 August"),
               [{"type": "drone"}],
               ev("On the night of 17 August a Russian drone struck a dairy farm outside Horodnia; no one was hurt, but 14 cows were killed and the milking shed burned down."),
               injured=cnt(0, "no one was hurt"), damage=["a dairy farm", "the milking shed"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xs06
GOLD["xs06_wedding_planner_letter_couples_lviv_sep21"] = dict(
    notes="A Lviv wedding planner's letter to its September and October couples (Thursday 21 September 2023). Coded: "
          "'In the early hours of Tuesday' (19 September, day) 'Russian drones struck a row of warehouses in the "
          "industrial zone on the eastern edge of Lviv' (plural, no figure: uncounted, rule 9; 'A man was killed' is "
          "killed 1, rule 6); the Air Force's national figure 'Across the country that night' (18-19 September, range): "
          "Ukraine's country record (rule 3), '27 of the 30 Shahed drones' (drone, model Shahed, launched 30, "
          "intercepted 27); 'in July, a cruise missile ripped away the upper storeys of an apartment block in the west of "
          "Lviv and ten people died' (background with place, date and count, required, rule 5; month, July 2023, rule "
          "11; indefinite: no launched figure; 'ten people' killed). Not coded: the storeroom and the venues 'not touched' "
          "and 'not damaged' (not struck sites, no figure), Sadovyi's word on humanitarian aid (damage, in the evidence), "
          "the alert rules, the fireworks ban, the trains.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [LVIV], day("2023-09-19", "In the early hours of Tuesday"),
               [{"type": "drone"}],
               ev("In the early hours of Tuesday, Russian drones struck a row of warehouses in the industrial zone on the eastern edge of Lviv.",
                  "A man was killed there, and fires burned well into the afternoon; Mayor Andriy Sadovyi said that one of the buildings had been storing humanitarian aid."),
               killed=cnt(1, "A man"), damage=["a row of warehouses in the industrial zone", "humanitarian aid"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2023-09-18", "2023-09-19", "that night"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(30, "the 30 Shahed drones"),
                 "intercepted": cnt(27, "27 of the 30")}],
               ev("Across the country that night, the Air Force said, 27 of the 30 Shahed drones Russia launched were shot down."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [LVIV], month("2023-07-01", "2023-07-31", "in July"),
               [{"type": "cruise_missile"}],
               ev("Some of you will remember how, in July, a cruise missile ripped away the upper storeys of an apartment block in the west of Lviv and ten people died."),
               killed=cnt(10, "ten people"), damage=["the upper storeys of an apartment block"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xs07
GOLD["xs07_family_zoo_notice_visitors_kyiv_aug30"] = dict(
    notes="A Kyiv family zoo's notice to visitors on its late opening (Wednesday 30 August 2023). Coded: Russia's cruise "
          "missiles and Shahed drones on Kyiv 'Overnight' (29-30 August, range, rule 11; drone_and_missile, no figure for "
          "the city): the city military administration's 'two men' killed and 'a woman' injured (people told one by one, "
          "rule 6) in the Sviatoshynskyi district (a district, on the city's record, rule 1); the Air Force's figures "
          "'Across Ukraine' the same night: Ukraine's country record (rule 3), '28 cruise missiles' with '11 of the "
          "missiles' destroyed and '16 Shahed drones' with '15 of the drones' destroyed (a cruise_missile and a drone "
          "entry, no combined figure, rule 9), dated by the article's 'Overnight'. Not coded: 'None of our animals was "
          "hurt' (animals, no people), the shelter, the café, the tickets.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night("2023-08-29", "2023-08-30", "Overnight"),
               [{"type": "cruise_missile"}, {"type": "drone", "model": "Shahed"}],
               ev("Overnight, Russia attacked Kyiv with cruise missiles and Shahed drones; the alert in our district lasted from about two o'clock until half past five.",
                  "This morning the city military administration reported that two men had been killed and a woman injured in the Sviatoshynskyi district, where debris hit a non-residential building."),
               killed=cnt(2, "two men"), injured=cnt(1, "a woman"),
               damage=["a non-residential building in the Sviatoshynskyi district"],
               reported_by=["the city military administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2023-08-29", "2023-08-30", "Overnight"),
               [{"type": "cruise_missile", "launched": cnt(28, "28 cruise missiles"), "intercepted": cnt(11, "11 of the missiles")},
                {"type": "drone", "model": "Shahed", "launched": cnt(16, "16 Shahed drones"), "intercepted": cnt(15, "15 of the drones")}],
               ev("Overnight, Russia attacked Kyiv with cruise missiles and Shahed drones; the alert in our district lasted from about two o'clock until half past five.",
                  "Across Ukraine, the Air Force counted 28 cruise missiles and 16 Shahed drones, and said that 11 of the missiles and 15 of the drones had been destroyed."),
               reported_by=["the Air Force"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xs08
GOLD["xs08_call_for_papers_black_sea_conference_kyiv_sep15"] = dict(
    notes="A Kyiv school's call for papers for an online conference on the Black Sea (Friday 15 September 2023), its "
          "rationale. Coded: 'In the early hours of 13 September, Ukrainian cruise missiles and uncrewed boats struck the "
          "Sevmorzavod shipyard in Sevastopol' (day; attacker Ukraine, target_country Russia for a strike on Crimea, rules "
          "4 and 12; drone_and_missile: uncrewed boats are drones, rule 9): the Russian military's 'seven of the ten cruise "
          "missiles' (launched 10, intercepted 7) and 'all three boats' destroyed (a drone entry, launched 3, intercepted "
          "3); the governor's '24 people' injured; Kyiv 'on 30 August', debris from the night's attack, 'two people died in "
          "the city that night' (day; no weapon named: kind other, rule 8; killed 2); the talks 'that Saudi Arabia hosted in "
          "Jeddah on 5-6 August' (talks of states' advisers, held, rule 14; Saudi Arabia as host, Ukraine, and China named "
          "among the states, rule 15); Guterres's proposals sent to Lavrov 'At the end of August' (proposal, proposed, "
          "rules 13 and 16: put forward, not accepted; the United Nations and Russia; month). Not coded: 'the summer's "
          "attacks on shipping and grain terminals along the coast and the Danube' (no place, no count, no date: rule 5), "
          "'a summer without a functioning grain corridor' (no event), the conference, its themes and deadlines.",
    attacks=[
        attack("Ukraine", "Russia", "drone_and_missile", [SEVASTOPOL], day("2023-09-13", "In the early hours of 13 September"),
               [{"type": "cruise_missile", "launched": cnt(10, "the ten cruise missiles"), "intercepted": cnt(7, "seven of the ten")},
                {"type": "drone", "launched": cnt(3, "three boats"), "intercepted": cnt(3, "all three boats")}],
               ev("In the early hours of 13 September, Ukrainian cruise missiles and uncrewed boats struck the Sevmorzavod shipyard in Sevastopol, setting fire to a large landing ship and a submarine in dry dock.",
                  "The Russian military claimed its air defences had downed seven of the ten cruise missiles fired and destroyed all three boats; the Russian-installed governor of the city reported 24 people injured."),
               injured=cnt(24, "24 people"),
               damage=["the Sevmorzavod shipyard", "a large landing ship", "a submarine in dry dock"],
               reported_by=["the Russian military", "the Russian-installed governor"]),
        attack("Russia", "Ukraine", "other", [KYIV], day("2023-08-30", "on 30 August"),
               [],
               ev("Our own building in the Solomianskyi district lost most of its windows on 30 August, when debris from the night's attack on Kyiv fell in the courtyard; two people died in the city that night."),
               killed=cnt(2, "two people"), damage=["the windows of a school building in the Solomianskyi district"]),
    ],
    diplomacy=[
        dip("talks", ["Saudi Arabia", "Ukraine", "China"], night("2023-08-05", "2023-08-06", "on 5-6 August"), "held",
            "Talks of national security advisers from about forty states, hosted by Saudi Arabia in Jeddah, on Ukraine's peace formula; Andriy Yermak led Ukraine's delegation, China took part",
            ev("The talks that Saudi Arabia hosted in Jeddah on 5-6 August brought national security advisers from about forty states, China among them, to discuss Ukraine's peace formula; Andriy Yermak led the Ukrainian delegation."),
            location=JEDDAH),
        dip("proposal", ["United Nations", "Russia"], month("2023-08-01", "2023-08-31", "At the end of August"), "proposed",
            "UN Secretary-General António Guterres's proposals to Sergei Lavrov for bringing Russian grain and fertiliser back to world markets in return for a revival of the Black Sea arrangements; not accepted by Moscow",
            ev("At the end of August the UN Secretary-General, António Guterres, sent Sergei Lavrov proposals for bringing Russian grain and fertiliser back to world markets in return for a revival of the Black Sea arrangements; Moscow has not accepted them.")),
    ])

# --------------------------------------------------------------------------- xs09
GOLD["xs09_twinning_association_newsletter_lviv_sep29"] = dict(
    notes="A German town's twinning association's newsletter, English edition (Friday 29 September 2023). Coded: 'In the "
          "early morning of 19 September, drones hit a group of warehouses in an industrial area in the east of Lviv' "
          "(day; no attacker named: Russia, rule 12; uncounted; 'One worker' killed and 'two others' injured, rule 6); the "
          "Bundestag's German-Ukrainian parliamentary friendship group's visit to Lviv planned 'in October' and postponed "
          "with no other date (visit, stalled, dated by the month planned, rules 11 and 16; Germany and Ukraine); President "
          "Zelensky's talks with President Biden at the White House 'on 21 September' (talks, held, rule 14; Ukraine and "
          "the United States); the further military aid package worth $325 million 'the same day' (military_aid, held); "
          "the talks between Presidents Duda and Zelensky 'planned for Tuesday 19 September' and 'called off' (talks, "
          "cancelled, dated by the day planned, rule 11; Poland and Ukraine). Not coded: the visit of the town's mayor and "
          "council delegation to Lviv postponed to the spring (a town council is neither a state nor an organisation in "
          "the codebook's sense, rule 15), the association's convoy, 'none of the goods our association sent' (goods, no "
          "people), the strained relations (a stance, rule 13), the diary dates.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [LVIV], day("2023-09-19", "In the early morning of 19 September"),
               [{"type": "drone"}],
               ev("In the early morning of 19 September, drones hit a group of warehouses in an industrial area in the east of Lviv.",
                  "One worker died and two others were injured, and the fire took most of the day to put out."),
               killed=cnt(1, "One worker"), injured=cnt(2, "two others"),
               damage=["a group of warehouses in an industrial area"]),
    ],
    diplomacy=[
        dip("visit", ["Germany", "Ukraine"], month("2023-10-01", "2023-10-31", "in October"), "stalled",
            "Visit of the Bundestag's German-Ukrainian parliamentary friendship group to Lviv, planned for October and postponed with no new date",
            ev("The Bundestag's German-Ukrainian parliamentary friendship group had also planned a visit to Lviv in October; that trip has been postponed as well, and nobody has proposed another date."),
            location=LVIV),
        dip("talks", ["Ukraine", US], day("2023-09-21", "on 21 September"), "held",
            "Talks between Presidents Zelensky and Biden at the White House",
            ev("In Washington, President Zelensky held talks with President Biden at the White House on 21 September, and the United States announced a further military aid package worth $325 million the same day."),
            location=WASHINGTON),
        dip("military_aid", [US, "Ukraine"], day("2023-09-21", "the same day"), "held",
            "A further US military aid package for Ukraine worth $325 million, announced on the day of the Zelensky-Biden talks",
            ev("In Washington, President Zelensky held talks with President Biden at the White House on 21 September, and the United States announced a further military aid package worth $325 million the same day.")),
        dip("talks", ["Poland", "Ukraine"], day("2023-09-19", "Tuesday 19 September"), "cancelled",
            "Talks between Presidents Duda and Zelensky, called off amid the dispute over Polish restrictions on Ukrainian grain",
            ev("Relations with Ukraine's western neighbour are strained: talks between Presidents Duda and Zelensky planned for Tuesday 19 September were called off amid the dispute over Polish restrictions on Ukrainian grain.")),
    ])

# --------------------------------------------------------------------------- xs10
GOLD["xs10_reenactment_society_battle_day_programme_control_sep08"] = dict(
    notes="Control: an English Civil War re-enactment society's battle-day programme for the siege of a country house in "
          "1644, re-staged on 16-17 September 2023 (Friday 8 September 2023). 'The bombardment', 'the cannonade against "
          "the gatehouse', 'Musket volleys', 'The cavalry charge', 'The breach', '\"Casualties\"' who get up again, 'The "
          "parley' with 'a truce and an exchange of prisoners', a powder flask that 'flared' with 'no one was hurt', 'The "
          "casualty station' and 'Drones are not permitted': a re-enactment of a battle of 1644 told in war words, no "
          "state a party and no event of the war, no attack and no diplomacy (rules 12-13). Nothing is coded.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("izmail-2023-08-02", "Russian drones on the port of Izmail, early on 2 August 2023",
     [("xs01_winery_wine_club_letter_izmail_sochi_sep01", "attack", 0),
      ("xs02_interim_report_note_subsequent_events_izmail_sep28", "attack", 1)]),
    ("chernihiv-2023-08-19", "Russian missile on the square by Chernihiv's drama theatre, 19 August 2023",
     [("xs04_benefit_concert_programme_notes_chernihiv_vienna_aug28", "attack", 0),
      ("xs05_vet_clinic_notice_pet_owners_chernihiv_aug20", "attack", 0)]),
    ("kyiv-2023-08-30", "Russian drones and missiles on Kyiv, night of 29-30 August 2023",
     [("xs03_letting_agent_listing_flat_lypky_kyiv_sep01", "attack", 0),
      ("xs07_family_zoo_notice_visitors_kyiv_aug30", "attack", 0),
      ("xs08_call_for_papers_black_sea_conference_kyiv_sep15", "attack", 1)]),
    ("lviv-2023-09-19", "Russian drones on warehouses in Lviv's industrial zone, early on 19 September 2023",
     [("xs06_wedding_planner_letter_couples_lviv_sep21", "attack", 0),
      ("xs09_twinning_association_newsletter_lviv_sep29", "attack", 0)]),
    ("sochi-2023-09-04", "Talks of the presidents of Turkey and Russia in Sochi, 4 September 2023",
     [("xs01_winery_wine_club_letter_izmail_sochi_sep01", "diplomacy", 0),
      ("xs02_interim_report_note_subsequent_events_izmail_sep28", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev70 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV70 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV70, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
