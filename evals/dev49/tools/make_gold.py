"""Write evals/dev49/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev49, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV49 = ROOT / "evals" / "dev49"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, week, loc, UA, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}


def span(a: str, b: str, text: str) -> dict:
    """A date known only as a span of days ("on Saturday and Sunday", "for the autumn")."""
    return {"start": a, "end": b, "precision": "range", "text": text}


# --------------------------------------------------------------------------- yx01
N0719 = night("2023-07-18", "2023-07-19", "overnight")
GOLD["yx01_meridianwire_odesa_second_night"] = dict(
    notes="Wire story, second update (Wednesday 19 July 2023). Coded: cruise missiles and drones on Odesa 'overnight' "
          "(18-19 July, rule 11; drone_and_missile, rule 8; 'at least 12 people' injured, at_least, rule 7; 'a boy of nine' "
          "is children_injured 1, rule 6); the background strike on Odesa's harbour 'A night earlier' (17-18 July; a place, "
          "so a record of its own, rule 5; 'Russian missiles' uncounted); Mykolaiv 'in the same hours' (18-19 July; 'a missile "
          "struck' is not counted, rule 9; 19 injured; 'five of whom remained in hospital' is no extra count, rule 6). The air "
          "force's figures 'against the south of the country' cover two struck regions (Odesa and Mykolaiv), so they are the "
          "country record (rule 3): '19 Russian missiles of various kinds' split by 'all six Kalibr cruise missiles' is a "
          "combined total, type other (rule 9), with the Kalibr entry (launched 6, intercepted 6, 'all six') and the 32 Shahed "
          "drones, 23 downed. Diplomacy: Moscow 'walked away on Monday from the Black Sea grain arrangement' (agreement, "
          "cancelled, 17 July; optional: background to the strikes, rule 17, and only Russia named). Not coded: the Kremlin's "
          "conditions (a stance), 'retaliation' claim, Washington's and Brussels' condemnation (reactions, rule 13), the UN's "
          "price remark, 'No ship has left'.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], N0719,
               [{"type": "cruise_missile"}, {"type": "drone"}],
               ev("Russian cruise missiles and Iranian-made drones slammed into the port city of Odesa overnight, injuring at least 12 people, among them a boy of nine, and setting grain and oil terminals ablaze, Ukrainian officials said on Wednesday.",
                  "Natalia Humeniuk, speaking for Ukraine's southern military command, told national television that a grain terminal, an administrative building and several warehouses had been hit, and that roughly 60,000 tonnes of grain waiting for export had been destroyed in the fires."),
               injured=cnt(12, "at least 12 people", "at_least"), children_injured=cnt(1, "a boy of nine"),
               damage=["grain and oil terminals", "administrative building", "several warehouses"],
               reported_by=["Natalia Humeniuk, southern military command"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2023-07-17", "2023-07-18", "A night earlier"), [{"type": "missile"}],
               ev("A night earlier, Russian missiles damaged loading equipment and cargo berths in Odesa's harbour, the regional military administration said, and two private houses burned nearby."),
               damage=["loading equipment", "cargo berths", "two private houses"],
               reported_by=["regional military administration"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Mykolaiv", "Mykolaiv", "Ukraine")],
               night("2023-07-18", "2023-07-19", "in the same hours"), [{"type": "missile"}],
               ev("Across the estuary in Mykolaiv, a three-storey residential block and a garage co-operative caught fire after a missile struck in the same hours.",
                  "Governor Vitaliy Kim said 19 people were injured in the city, five of whom remained in hospital by midday."),
               injured=cnt(19, "19 people"), damage=["three-storey residential block", "garage co-operative"],
               reported_by=["Governor Vitaliy Kim"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2023-07-18", "2023-07-19", "during the night"),
               [{"type": "other", "model": "missiles of various kinds", "launched": cnt(19, "19"), "intercepted": cnt(14, "14")},
                {"type": "cruise_missile", "model": "Kalibr", "launched": cnt(6, "six"), "intercepted": cnt(6, "all six")},
                {"type": "drone", "model": "Shahed", "launched": cnt(32, "32"), "intercepted": cnt(23, "23")}],
               ev("The air force in Kyiv counted 19 Russian missiles of various kinds and 32 Shahed drones against the south of the country during the night.",
                  "Gunners and fighter crews downed 23 of the drones and 14 of the missiles, including all six Kalibr cruise missiles fired from the sea, according to its statement on Telegram."),
               reported_by=["air force"]),
    ],
    diplomacy=[
        opt(dip("agreement", ["Russia"], day("2023-07-17", "on Monday"), "cancelled",
                "Russia walked away from the Black Sea grain arrangement (background)",
                ev("It was the second straight night of heavy bombardment for Ukraine's biggest port since Moscow walked away on Monday from the Black Sea grain arrangement, a move that Peskov, speaking for the Kremlin, said would stand until Western countries met Russian conditions."))),
    ])

# --------------------------------------------------------------------------- yx02
GOLD["yx02_continentalnews_odesa_erdogan_call"] = dict(
    notes="Wire story from a second agency, updated (Wednesday 19 July 2023), on the same Odesa night as yx01. Coded: "
          "missiles and drones on Odesa 'through the night to Wednesday' (18-19 July, rule 11; drone_and_missile, rule 8; "
          "this outlet's own first figure, 10 injured, rule 6; 'a child' is one child described, children_injured 1); "
          "Zelenskiy's telephone talk with Erdogan 'on Wednesday afternoon' (phone_call, held, rule 14); the UN Security "
          "Council 'due on Friday to hold a meeting' (meeting, planned, 21 July, rule 16; the United Nations only: Britain "
          "requested it as council chair). Optional: 'Monday's decision by the Kremlin not to extend' the grain arrangement "
          "(agreement, cancelled, background, rule 17). Not coded: the teams 'would stay in daily contact' (no event); "
          "Erdogan 'would raise the matter with' Putin and 'hopes to host' him in August (stances with no date or place, "
          "rule 13); the Russian ministry's warning to ships (a statement, no strike); insurers, futures.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")],
               night("2023-07-18", "2023-07-19", "through the night to Wednesday"), [{"type": "missile"}, {"type": "drone"}],
               ev("Russia struck Odesa with missiles and drones through the night to Wednesday, wounding 10 people including a child and burning through tens of thousands of tonnes of grain at the port, local officials reported.",
                  "Pictures released by the regional administration showed a collapsed warehouse roof and charred conveyor belts.",
                  "A power substation serving the port was also damaged, leaving part of the Prymorskyi district without electricity until late morning."),
               injured=cnt(10, "10 people"), children_injured=cnt(1, "a child"),
               damage=["grain terminal", "warehouse roof", "conveyor belts", "power substation"],
               reported_by=["local officials"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2023-07-19", "on Wednesday afternoon"), "held",
            "Zelenskiy and Turkish President Tayyip Erdogan spoke by telephone about resuming grain exports",
            ev("Zelenskiy told reporters that he had talked by telephone with Turkish President Tayyip Erdogan on Wednesday afternoon and discussed how to resume exports \"despite the Russian blackmail\".")),
        dip("meeting", ["United Nations"], day("2023-07-21", "on Friday"), "planned",
            "UN Security Council meeting on the humanitarian consequences of the collapse of the grain deal, requested by Britain as council chair",
            ev("Separately, the United Nations Security Council is due on Friday to hold a meeting on the humanitarian consequences of the collapse of the grain deal, diplomats in New York said.",
               "Britain, which chairs the council this month, requested the session.")),
        opt(dip("agreement", ["Russia"], day("2023-07-17", "Monday's"), "cancelled",
                "The Kremlin decided not to extend the Black Sea grain arrangement (background)",
                ev("The attacks followed Monday's decision by the Kremlin not to extend the year-old arrangement that let Ukraine ship food from three Black Sea harbours."))),
    ])

# --------------------------------------------------------------------------- yx03
GOLD["yx03_northgatewire_moscow_drones_crimea_depot"] = dict(
    notes="Wire story from Moscow (Monday 24 July 2023). Coded: two Ukrainian drones on Moscow 'in the early hours of "
          "Monday' (attacker Ukraine, rules 4 and 12; day 24 July, rule 11; 'Two Ukrainian drones crashed into' is launched 2, "
          "the subject of the hit, rule 9; 'both' 'suppressed by electronic warfare means' is intercepted 2, rule 3; 'There "
          "were no casualties' is killed 0 and injured 0, rule 6); the background drones over the Kremlin 'In early May' (a "
          "place and a count, so required, rule 5; 'a pair of drones' launched 2; May 2023); the drone attack on an "
          "ammunition depot in the Dzhankoi district 'on Monday morning' (Crimea, target_country Russia, rule 12; the "
          "ministry's '11 drones were shot down or jammed over Crimea overnight' goes on the one struck locality there, rule "
          "3; 'Aksyonov did not report any casualties' is silence, counts null, rule 6). Diplomacy: Putin's talks with "
          "Lukashenko on 'Sunday' in St Petersburg (talks, held, 23 July). Not coded: the Ukrainian official's remark, "
          "Peskov's briefing, the evacuation and rail halt (consequences), Lukashenko's joke, the rouble.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Moscow", "Moscow", "Russia")],
               day("2023-07-24", "in the early hours of Monday"),
               [{"type": "drone", "launched": cnt(2, "Two"), "intercepted": cnt(2, "both")}],
               ev("Two Ukrainian drones crashed into non-residential buildings in Moscow in the early hours of Monday, one of them a few kilometres from the defence ministry, Russian authorities said, in the latest sign that the war is reaching the Russian capital.",
                  "The defence ministry said both unmanned aerial vehicles had been \"suppressed by electronic warfare means\" before they came down.",
                  "There were no casualties, Mayor Sergei Sobyanin wrote on Telegram, adding that the facades of both buildings were slightly damaged."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["office block on Komsomolsky Prospekt", "business centre on Likhachev Avenue", "facades of both buildings"],
               reported_by=["Russian defence ministry", "Mayor Sergei Sobyanin"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Moscow", "Moscow", "Russia")],
               month("2023-05-01", "2023-05-31", "In early May"), [{"type": "drone", "launched": cnt(2, "a pair of drones")}],
               ev("In early May, a pair of drones blew up above the Senate building of the Kremlin in Moscow, an incident Moscow called an attempt on President Vladimir Putin's life."),
               damage=["Senate building of the Kremlin"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Dzhankoi", "Crimea", "Ukraine", "district")],
               day("2023-07-24", "on Monday morning"), [{"type": "drone", "intercepted": cnt(11, "11")}],
               ev("On the Crimean peninsula, which Russia annexed from Ukraine in 2014, an ammunition depot in the Dzhankoi district was hit by a drone attack on Monday morning, the Moscow-installed head of the region, Sergei Aksyonov, said.",
                  "The ministry said 11 drones were shot down or jammed over Crimea overnight."),
               damage=["ammunition depot"], reported_by=["Sergei Aksyonov", "Russian defence ministry"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Belarus"], day("2023-07-23", "Sunday"), "held",
            "Putin held talks with Belarusian President Alexander Lukashenko in St Petersburg and on Kronstadt",
            ev("Putin spent Sunday with Belarusian President Alexander Lukashenko, holding talks with him in St Petersburg and then on the island of Kronstadt, where the two leaders visited a naval cathedral."),
            location=loc("St Petersburg", None, "Russia")),
    ])

# --------------------------------------------------------------------------- yx04
GOLD["yx04_eastbridgepress_reni_kherson_twice"] = dict(
    notes="Wire story, updated (Monday 24 July 2023). Coded: 15 Shahed drones on the Danube port of Reni 'in the night' "
          "(23-24 July; figures clearly for that place, rule 3: launched 15, 'Eleven of them' intercepted; 'seven people' "
          "injured, 'four employees' are part of them, not added, rule 6); two drones on Moscow 'before dawn' (attacker "
          "Ukraine, day 24 July; 'two drones hit' is launched 2, rule 9; 'reported no one hurt' is a nil: injured 0, killed "
          "null, rule 6); Russian artillery on Kherson 'last night' (23-24 July; 'no one was hurt': injured 0); a second "
          "shelling of Kherson 'Shortly after 2 p.m.' (a separate record: rule 1 reads the night and the afternoon as two "
          "attacks; 'A 59-year-old man' killed, 'a woman' wounded). Diplomacy: Romania's foreign ministry summoned Moscow's "
          "charge d'affaires 'on Monday' (diplomatic_protest, held, Bucharest). Optional: 'Moscow abandoned the Black Sea "
          "deal last week' (agreement, cancelled, background, rule 17). Not coded: 'Until Monday neither had been struck' "
          "(no event), Iohannis's words (reaction), Prokudin's appeal, Reznikov's remark on the counteroffensive (ground "
          "fighting, rule 5), wheat prices.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Reni", "Odesa", "Ukraine")],
               night("2023-07-23", "2023-07-24", "in the night"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(15, "15"), "intercepted": cnt(11, "Eleven")}],
               ev("Russia sent 15 Shahed drones against the Ukrainian Danube port of Reni in the night, just across the river from NATO member Romania, damaging grain hangars and wounding seven people, the Odesa regional military administration said on Monday.",
                  "Eleven of them were destroyed by air defences, according to the air force.",
                  "The ones that got through set fire to a hangar holding grain bound for Africa and damaged the administrative building of the port."),
               injured=cnt(7, "seven people"),
               damage=["grain hangars", "administrative building of the port"],
               reported_by=["Odesa regional military administration", "air force"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Moscow", "Moscow", "Russia")],
               day("2023-07-24", "before dawn"), [{"type": "drone", "launched": cnt(2, "two drones")}],
               ev("In Moscow, two drones hit office buildings before dawn in what the Russian defence ministry called a Ukrainian \"terrorist attack\".",
                  "Mayor Sergei Sobyanin reported no one hurt in the capital."),
               injured=cnt(0, "no one hurt"), damage=["office buildings"],
               reported_by=["Russian defence ministry", "Mayor Sergei Sobyanin"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               night("2023-07-23", "2023-07-24", "last night"), [{"type": "artillery"}],
               ev("In the southern city of Kherson, where riverside streets flooded in June are still drying out, Russian artillery on the left bank shelled the city last night.",
                  "In the Dniprovskyi district a grocery and two blocks of flats took hits and no one was hurt, regional governor Oleksandr Prokudin said."),
               injured=cnt(0, "no one was hurt"), damage=["grocery", "two blocks of flats"],
               reported_by=["regional governor Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2023-07-24", "Shortly after 2 p.m."), [{"type": "artillery"}],
               ev("Shortly after 2 p.m., Russian troops shelled Kherson again.",
                  "A 59-year-old man was killed at a bus stop in the Korabelnyi district and a woman was wounded, Prokudin wrote on Telegram."),
               killed=cnt(1, "A 59-year-old man"), injured=cnt(1, "a woman"), damage=["bus stop"],
               reported_by=["Prokudin"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Romania", "Russia"], day("2023-07-24", "on Monday"), "held",
            "Romania's foreign ministry summoned Russia's charge d'affaires over attacks near its border on the Danube",
            ev("In Bucharest, Romania's foreign ministry summoned Moscow's charge d'affaires on Monday over attacks \"in the immediate vicinity\" of its border."),
            location=loc("Bucharest", None, "Romania")),
        opt(dip("agreement", ["Russia"], week("2023-07-17", "2023-07-23", "last week"), "cancelled",
                "Moscow abandoned the Black Sea grain deal (background)",
                ev("Reni and its sister port of Izmail became Ukraine's main outlets for grain after Moscow abandoned the Black Sea deal last week."))),
    ])

# --------------------------------------------------------------------------- yx05
GOLD["yx05_harbourline_jeddah_preview_izmail"] = dict(
    notes="Wire preview (Thursday 3 August 2023). Coded: the Jeddah talks 'on Saturday and Sunday' (talks, planned, 5-6 "
          "August: announced with a date and a place, rule 16; Saudi Arabia hosts, rule 15; the states named as taking part: "
          "Ukraine, the United States, India, Brazil); Russian drones on Izmail 'In the early hours of Wednesday' (2 August, "
          "rule 11; 'No one was killed' is killed 0 only, injured null, rule 6; '21 drones over the Odesa region' go on Izmail, "
          "the one struck locality of the region, rule 3). Optional: the first round 'held in Copenhagen in late June' "
          "(talks, held, background, rule 17; Denmark as host, rule 15). Not coded: Russia 'has not been invited' (no "
          "event), Kyiv 'hopes' for a leaders' summit (stance, rule 13), Peskov's and Kuleba's remarks (stances), China's "
          "silence, Odobescu's 'unacceptable' (reaction), freight rates.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               day("2023-08-02", "In the early hours of Wednesday"), [{"type": "drone", "intercepted": cnt(21, "21")}],
               ev("In the early hours of Wednesday, Russian drones struck grain silos and a passenger terminal in Izmail, a town on the Danube that has become one of the last export routes for Ukrainian farm produce.",
                  "No one was killed, according to the regional administration.",
                  "Air defences brought down 21 drones over the Odesa region in the course of the attack, the military said."),
               killed=cnt(0, "No one was killed"),
               damage=["grain silos", "passenger terminal", "About 40,000 tonnes of grain"],
               reported_by=["Deputy Prime Minister Oleksandr Kubrakov", "regional administration", "military"]),
    ],
    diplomacy=[
        dip("talks", ["Saudi Arabia", "Ukraine", "United States", "India", "Brazil"],
            span("2023-08-05", "2023-08-06", "on Saturday and Sunday"), "planned",
            "Saudi Arabia to host talks on ending the war in Jeddah with national security advisers and officials of about 40 countries; Andriy Yermak to lead Ukraine's delegation, Jake Sullivan expected; Russia not invited",
            ev("Saudi Arabia will host talks on ending the war in Ukraine in the Red Sea city of Jeddah on Saturday and Sunday, bringing together national security advisers and senior officials from about 40 countries, among them the United States, India and Brazil, diplomats familiar with the preparations said on Thursday.",
               "Andriy Yermak, the head of President Volodymyr Zelenskiy's office, will lead Ukraine's delegation, a Ukrainian official said, and U.S. national security adviser Jake Sullivan is expected to take part."),
            location=loc("Jeddah", None, "Saudi Arabia")),
        opt(dip("talks", ["Ukraine", "Denmark"], month("2023-06-01", "2023-06-30", "in late June"), "held",
                "A first round of consultations on the peace formula in Copenhagen, which ended without a statement (background)",
                ev("The Jeddah meeting follows a first, lower-profile round of such consultations held in Copenhagen in late June, which ended without a statement."),
                location=loc("Copenhagen", None, "Denmark"))),
    ])

# --------------------------------------------------------------------------- yx06
GOLD["yx06_gulflevantwire_jeddah_ends_barrage"] = dict(
    notes="Wire story, third update (Sunday 6 August 2023). Coded: the Jeddah talks that 'ended in Jeddah on Sunday' after "
          "'Two days' (talks, held, 5-6 August; Saudi Arabia hosts; Ukraine, the United States and China named by their "
          "officials, rule 15); the night's barrage 'overnight into Sunday' (5-6 August): 40 cruise missiles and 30 Shahed "
          "drones at Ukraine, '30 missiles and 27 drones' destroyed, a nationwide figure, so the country record (rule 3); the "
          "airfield near Starokostiantyniv, 'the main target' of that wave (drone_and_missile, the weapon taken from the "
          "sentence before, rule 8; 'There were no casualties': killed 0, injured 0); 'a Russian guided bomb' on a blood "
          "transfusion centre in Kupiansk 'Later on Sunday' (glide_bomb; the bomb is not counted, rule 9; 'two people' "
          "killed, 'more than 10' wounded, rule 7); the background sea-drone attack on the naval base at Novorossiysk on "
          "'Friday' (4 August; a place, so required, rule 5; attacker Ukraine; sea drones are drone, rule 9); the background "
          "'Wednesday's drone raid on Izmail' (2 August; a place, required, rule 5). Optional: a foreign ministers' meeting "
          "'being planned for the autumn' (talks, planned, no place, no day: a debatable firm intent, rule 16; only Ukraine "
          "named). Not coded: 'consultations should continue' (no event), Yermak's 'very productive', the kingdom's ties "
          "and OPEC+, oil prices.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2023-08-05", "2023-08-06", "overnight into Sunday"),
               [{"type": "cruise_missile", "launched": cnt(40, "40 cruise missiles"), "intercepted": cnt(30, "30 missiles")},
                {"type": "drone", "model": "Shahed", "launched": cnt(30, "30 Shahed drones"), "intercepted": cnt(27, "27 drones")}],
               ev("It fired 40 cruise missiles and 30 Shahed drones at Ukraine overnight into Sunday, and the air force reported that 30 missiles and 27 drones had been destroyed."),
               reported_by=["air force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Starokostiantyniv", "Khmelnytskyi", "Ukraine")],
               night("2023-08-05", "2023-08-06", "overnight into Sunday"), [{"type": "cruise_missile"}, {"type": "drone"}],
               ev("It fired 40 cruise missiles and 30 Shahed drones at Ukraine overnight into Sunday, and the air force reported that 30 missiles and 27 drones had been destroyed.",
                  "A military airfield near the town of Starokostiantyniv in the Khmelnytskyi region was the main target, regional officials said.",
                  "There were no casualties, they added, but did not describe the damage."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["military airfield"], reported_by=["regional officials"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kupiansk", "Kharkiv", "Ukraine")],
               day("2023-08-06", "Later on Sunday"), [{"type": "glide_bomb"}],
               ev("Later on Sunday, a Russian guided bomb hit a blood transfusion centre in Kupiansk in the northeastern Kharkiv region, leaving two people dead and more than 10 wounded, Interior Minister Ihor Klymenko said."),
               killed=cnt(2, "two people"), injured=cnt(10, "more than 10", "more_than"),
               damage=["blood transfusion centre"], reported_by=["Interior Minister Ihor Klymenko"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar", "Russia")],
               day("2023-08-04", "Friday's"), [{"type": "drone"}],
               ev("The Russian defence ministry described its strikes as a response to Friday's Ukrainian sea-drone attack on the naval base at Novorossiysk, where a landing ship was damaged."),
               damage=["naval base", "landing ship"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               day("2023-08-02", "Wednesday's"), [{"type": "drone"}],
               ev("The bombardment came four days after Wednesday's drone raid on Izmail, the river port on the Danube, which damaged some 40,000 tonnes of grain."),
               damage=["some 40,000 tonnes of grain"]),
    ],
    diplomacy=[
        dip("talks", ["Saudi Arabia", "Ukraine", "United States", "China"],
            span("2023-08-05", "2023-08-06", "ended in Jeddah on Sunday"), "held",
            "Two days of talks on a path to peace in Ukraine hosted by Saudi Arabia, with officials from more than 40 countries, among them Andriy Yermak, Jake Sullivan and China's envoy Li Hui; no joint declaration; Russia absent",
            ev("Two days of talks on a path to peace in Ukraine ended in Jeddah on Sunday, with officials from more than 40 countries agreeing that consultations should continue but producing no joint declaration.",
               "The meeting, hosted by Saudi Arabia, brought Ukrainian presidential chief of staff Andriy Yermak together with U.S. national security adviser Jake Sullivan and, for the first time at such a gathering, Beijing's envoy Li Hui."),
            location=loc("Jeddah", None, "Saudi Arabia")),
        opt(dip("talks", ["Ukraine"], span("2023-09-01", "2023-11-30", "for the autumn"), "planned",
                "A meeting of foreign ministers on the peace formula, being planned for the autumn",
                ev("Yermak called the talks \"very productive\" and said a meeting of foreign ministers on the peace formula was being planned for the autumn."))),
    ])

# --------------------------------------------------------------------------- yx07
GOLD["yx07_carpathianpress_lviv_kalibr_vilnius"] = dict(
    notes="Wire story (Thursday 6 July 2023). Coded: Russian cruise missiles on Lviv 'before dawn on Thursday' (day 6 July, "
          "rule 11; 'Ten Kalibr cruise missiles were launched at the Lviv region', 'seven of them were intercepted': the "
          "region's figures go on Lviv, the one struck locality there, rule 3; Kalibr is cruise_missile, rule 9; 'at least "
          "four' killed, at_least, and 32 injured: the first figures, the evening toll of six goes to the evidence only, rule "
          "6); the background strike 'In March' on a village in the Zolochiv district (place and count, required, rule 5; "
          "'a missile strike' uncounted; killed 5). Diplomacy: Zelenskiy's talks in Sofia 'on Thursday' with Prime Minister "
          "Denkov (talks, held); his trip 'due in Prague in the evening to meet President Petr Pavel' (talks, planned: a trip "
          "told by its purpose of meeting, rule 14); the NATO summit in Vilnius 'on Tuesday and Wednesday' (summit, planned, "
          "11-12 July; Lithuania as the state of the city, rule 15; Ukraine invited and expected). Not coded: the promised "
          "'tangible' response, Stoltenberg's expectation, allies' divisions (stances), the Russian ministry's claim, "
          "UNESCO's remark.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Lviv", "Lviv", "Ukraine")],
               day("2023-07-06", "before dawn on Thursday"),
               [{"type": "cruise_missile", "model": "Kalibr", "launched": cnt(10, "Ten"), "intercepted": cnt(7, "seven")}],
               ev("Russian cruise missiles tore the top floors off an apartment building in the western city of Lviv before dawn on Thursday. Officials counted at least four dead and 32 injured, in the deadliest attack on the city's residential areas since the invasion began.",
                  "Ten Kalibr cruise missiles were launched at the Lviv region from the Black Sea and seven of them were intercepted, according to the Ukrainian air force.",
                  "Mayor Andriy Sadovyi said 60 apartments and some 50 cars had been damaged, as well as a university dormitory nearby."),
               killed=cnt(4, "at least four", "at_least"), injured=cnt(32, "32"),
               damage=["apartment building", "60 apartments", "some 50 cars", "university dormitory"],
               reported_by=["Ukrainian air force", "Mayor Andriy Sadovyi"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Zolochiv", "Lviv", "Ukraine", "district")],
               month("2023-03-01", "2023-03-31", "In March"), [{"type": "missile"}],
               ev("In March, a missile strike on a village in the Zolochiv district of the Lviv region killed five people."),
               killed=cnt(5, "five people"), damage=["village"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Bulgaria"], day("2023-07-06", "on Thursday"), "held",
            "Zelenskiy held talks in Sofia with Bulgarian Prime Minister Nikolai Denkov on defence production and NATO",
            ev("President Volodymyr Zelenskiy, who promised a \"tangible\" response, held talks in Sofia on Thursday with Bulgarian Prime Minister Nikolai Denkov on defence production and Ukraine's NATO hopes, and was due in Prague in the evening to meet President Petr Pavel."),
            location=loc("Sofia", None, "Bulgaria")),
        dip("talks", ["Ukraine", "Czech Republic"], day("2023-07-06", "in the evening"), "planned",
            "Zelenskiy due in Prague to meet Czech President Petr Pavel",
            ev("President Volodymyr Zelenskiy, who promised a \"tangible\" response, held talks in Sofia on Thursday with Bulgarian Prime Minister Nikolai Denkov on defence production and Ukraine's NATO hopes, and was due in Prague in the evening to meet President Petr Pavel."),
            location=loc("Prague", None, "Czech Republic")),
        dip("summit", ["NATO", "Lithuania", "Ukraine"], span("2023-07-11", "2023-07-12", "on Tuesday and Wednesday"), "planned",
            "Two-day NATO summit in Vilnius to discuss Ukraine's path to membership; Zelenskiy invited",
            ev("The attack came five days before NATO leaders gather in the Lithuanian capital Vilnius for a two-day summit on Tuesday and Wednesday at which allies are expected to discuss Ukraine's path to membership.",
               "Zelenskiy has been invited, and the alliance's secretary-general Jens Stoltenberg said on Wednesday he expected him to come."),
            location=loc("Vilnius", None, "Lithuania")),
    ])

# --------------------------------------------------------------------------- yx08
GOLD["yx08_vistuladaily_lviv_swap_lutsk"] = dict(
    notes="Newspaper correspondent's report (Friday 7 July 2023). Coded: the Russian missile attack on Lviv 'early on "
          "Thursday' (day 6 July; 'at least five residents' killed, at_least, 'more than 30' injured, more_than, rule 7; "
          "'a retired teacher and her daughter' are among the five, not added, rule 6; 'a Russian missile attack' "
          "uncounted). Diplomacy: the exchange 'On Thursday' of 45 Ukrainian servicemen for 45 Russian prisoners "
          "(prisoner_exchange, held, 6 July); Duda's trip to Lutsk 'on Sunday to hold talks with' Zelenskiy (talks, planned, "
          "9 July: confirmed by the chancellery, a day and a place, rule 16). Optional: 'next week's NATO meeting' (meeting, "
          "planned, week of 10-16 July; scene-setting, rule 17; no place given). Not coded: Polish jets scrambled (no "
          "attack), the grain-import row and ban (no event of the period), Kuleba's words, the memorial service.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Lviv", "Lviv", "Ukraine")],
               day("2023-07-06", "early on Thursday"), [{"type": "missile"}],
               ev("The people of Lviv spent Friday burying neighbours and boarding up windows after a Russian missile attack early on Thursday that killed at least five residents and injured more than 30 in a quiet street of pre-war houses, less than an hour's drive from the Polish frontier.",
                  "The strike, in the Shevchenkivskyi district, brought down the upper storeys of a building where several generations of the same families had lived since the 1930s.",
                  "A student hostel across the road lost every window."),
               killed=cnt(5, "at least five residents", "at_least"), injured=cnt(30, "more than 30", "more_than"),
               damage=["upper storeys of a building", "student hostel"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2023-07-06", "On Thursday"), "held",
            "45 Ukrainian servicemen returned from Russian captivity, swapped for 45 Russian prisoners, announced by Andriy Yermak",
            ev("On Thursday, 45 Ukrainian servicemen came back from Russian captivity, swapped for 45 Russian prisoners, Zelenskiy's chief of staff Andriy Yermak announced.")),
        dip("talks", ["Poland", "Ukraine"], day("2023-07-09", "on Sunday"), "planned",
            "Polish President Andrzej Duda to hold talks with Zelenskiy in Lutsk and attend the Volhynia anniversary ceremonies",
            ev("Attention now turns to Lutsk.",
               "President Andrzej Duda will travel there on Sunday to hold talks with President Volodymyr Zelenskiy and to attend ceremonies for the 80th anniversary of the Volhynia massacres, the chancellery in Warsaw confirmed on Friday."),
            location=loc("Lutsk", "Volyn", "Ukraine")),
        opt(dip("meeting", ["NATO"], week("2023-07-10", "2023-07-16", "next week's"), "planned",
                "NATO meeting next week, where Poland will argue for a path for Ukraine into the alliance (scene-setting)",
                ev("Officials in both capitals said the talks would be dominated by history and by next week's NATO meeting, where Warsaw has promised to argue for a concrete path for Kyiv into the alliance."))),
    ])

# --------------------------------------------------------------------------- yx09
N0624 = night("2023-06-23", "2023-06-24", "overnight into Saturday")
GOLD["yx09_balticledger_week_kyiv_sanctions"] = dict(
    notes="Saturday newspaper's week in review (Saturday 24 June 2023). Coded: 51 cruise missiles at Ukraine 'overnight into "
          "Saturday' with 41 destroyed (country record, rule 3); Kyiv the same night ('more than 20 of them over the capital' "
          "go on the city record, rule 3, intercepted more_than 20; debris on a 24-storey tower; 'At least three people' "
          "killed, 11 injured); the background attack on Kyiv 'that morning' of the African delegation's arrival (16 June; a "
          "place and a count, required, rule 5; '12 missiles' 'six of them Kinzhal' is a missile total split by type: type "
          "other with intercepted 12, Kinzhal as ballistic_missile with intercepted 6, the unnamed rest as missile, rule 9). "
          "Diplomacy: the EU's 11th sanctions package adopted 'on Friday' (sanctions, held, 23 June; EU and Russia, rule 15); "
          "the African leaders' visit to Kyiv 'last Friday' (visit, held, 16 June: 'paid a visit', rule 14); their talks "
          "with Putin in St Petersburg 'on Saturday' (17 June, the Saturday after that Friday, not the publication day; "
          "talks, held); NATO's summit in Vilnius 'on July 11-12' (summit, planned; Lithuania as the state of the city, rule "
          "15). Not coded: 'Neither side moved', Zelenskiy's rejection of a freeze, Poland's and Germany's positions "
          "(stances), markets, the bond auction.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [UA], N0624,
               [{"type": "cruise_missile", "launched": cnt(51, "51"), "intercepted": cnt(41, "41")}],
               ev("Russia launched 51 cruise missiles at Ukraine overnight into Saturday and air defences destroyed 41 of them, the air force said, more than 20 of them over the capital."),
               reported_by=["air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")], N0624,
               [{"type": "cruise_missile", "intercepted": cnt(20, "more than 20", "more_than")}],
               ev("Russia launched 51 cruise missiles at Ukraine overnight into Saturday and air defences destroyed 41 of them, the air force said, more than 20 of them over the capital.",
                  "Falling debris from a missile that had been shot down set a 24-storey residential tower in the Solomianskyi district on fire.",
                  "At least three people were killed there and 11 were injured, said Serhiy Popko, Kyiv's military administrator."),
               killed=cnt(3, "At least three people", "at_least"), injured=cnt(11, "11"),
               damage=["24-storey residential tower in the Solomianskyi district"],
               reported_by=["Serhiy Popko, Kyiv's military administrator"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")],
               day("2023-06-16", "that morning"),
               [{"type": "other", "model": "missiles", "intercepted": cnt(12, "12")},
                {"type": "ballistic_missile", "model": "Kinzhal", "intercepted": cnt(6, "six")},
                {"type": "missile"}],
               ev("The delegation's arrival in Kyiv was greeted by an attack as well.",
                  "Ukraine said it had shot down 12 missiles fired at the capital that morning, six of them Kinzhal hypersonic missiles.")),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2023-06-23", "on Friday"), "held",
            "EU member states adopted the 11th package of sanctions against Russia, aimed at circumvention through third countries",
            ev("In Brussels, the European Union's member states formally adopted an 11th round of Russia sanctions on Friday following weeks of haggling over which Chinese and other foreign firms should be named for helping Moscow get round earlier curbs."),
            location=loc("Brussels", None, "Belgium")),
        dip("visit", ["South Africa", "Senegal", "Zambia", "Comoros", "Ukraine"], day("2023-06-16", "last Friday"), "held",
            "African leaders' delegation led by Cyril Ramaphosa, with the presidents of Senegal, Zambia and the Comoros, visited Kyiv and met Zelenskiy",
            ev("A delegation led by South Africa's President Cyril Ramaphosa, with the presidents of Senegal, Zambia and the Comoros, paid a visit to Kyiv last Friday, where they met Volodymyr Zelenskiy, and went on to St Petersburg on Saturday for talks with Vladimir Putin."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("talks", ["South Africa", "Senegal", "Zambia", "Comoros", "Russia"], day("2023-06-17", "on Saturday"), "held",
            "The African leaders' delegation held talks with Vladimir Putin in St Petersburg",
            ev("A delegation led by South Africa's President Cyril Ramaphosa, with the presidents of Senegal, Zambia and the Comoros, paid a visit to Kyiv last Friday, where they met Volodymyr Zelenskiy, and went on to St Petersburg on Saturday for talks with Vladimir Putin."),
            location=loc("St Petersburg", None, "Russia")),
        dip("summit", ["NATO", "Lithuania"], span("2023-07-11", "2023-07-12", "on July 11-12"), "planned",
            "NATO summit in Vilnius",
            ev("Looking ahead, the allies' attention is on NATO's summit in Vilnius on July 11-12."),
            location=loc("Vilnius", None, "Lithuania")),
    ])

# --------------------------------------------------------------------------- yx10
D1229 = day("2023-12-29", "in the early hours of Friday")
GOLD["yx10_atlaswire_december_barrage"] = dict(
    notes="Wire story, fourth update (Friday 29 December 2023). Coded: the nationwide barrage 'in the early hours of Friday' "
          "(day 29 December, rule 11; country record, rule 3: '122 missiles' and '36 drones' per type, 'Of the 158 missiles "
          "and drones, 114 were destroyed' a combined total, type other, rule 9; 'at least 18 people' killed across the "
          "country is the country record's count, the cities carrying their own); Kyiv ('as missiles and falling debris "
          "struck': missile_strike; 'at least 12' killed, 27 hurt); Dnipro ('missiles damaged'; 'Five people' killed, 20 "
          "injured, 'a girl aged 15' children_injured 1, rule 6); Lviv ('drones and missiles hit': drone_and_missile; 'one "
          "man' killed, '15 people' injured); 'Missiles also struck Odesa, Kharkiv and Zaporizhzhia' (one record, three "
          "places, rule 2); the background shelling of Kherson 'Earlier this month' (place and count, required, rule 5; "
          "'two people' killed; 1-29 December). Diplomacy: Poland's foreign ministry summoned Russia's charge d'affaires "
          "'that day' (diplomatic_protest, held, 29 December); Umerov's phone call with Austin 'on Friday' (phone_call, "
          "held); the Pentagon's $250 million package 'On Wednesday' (military_aid, held, 27 December, rule 16). Not coded: "
          "the object in Polish airspace (no strike on Poland), 'before Congress approves new funding', Biden's appeal "
          "(a demand, rule 13), the Russian ministry's claim, 'nearly every day since' (no event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], D1229,
               [{"type": "other", "model": "missiles and drones", "launched": cnt(158, "158"), "intercepted": cnt(114, "114")},
                {"type": "missile", "launched": cnt(122, "122")},
                {"type": "drone", "launched": cnt(36, "36")}],
               ev("Russia fired 122 missiles and 36 drones at cities across Ukraine in the early hours of Friday, killing at least 18 people in what the air force called the biggest aerial bombardment since the full-scale invasion.",
                  "Of the 158 missiles and drones, 114 were destroyed, air force commander Mykola Oleshchuk said."),
               killed=cnt(18, "at least 18 people", "at_least"),
               reported_by=["air force commander Mykola Oleshchuk"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")], D1229, [{"type": "missile"}],
               ev("In Kyiv, at least 12 people died and 27 were hurt as missiles and falling debris struck a warehouse, a metro station used as a shelter and several apartment blocks, Mayor Vitali Klitschko said.",
                  "A fire engulfed a storage building in the Podilskyi district."),
               killed=cnt(12, "at least 12 people", "at_least"), injured=cnt(27, "27"),
               damage=["warehouse", "metro station used as a shelter", "several apartment blocks", "storage building in the Podilskyi district"],
               reported_by=["Mayor Vitali Klitschko"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")], D1229, [{"type": "missile"}],
               ev("In Dnipro, missiles damaged a maternity hospital, a shopping centre and homes.",
                  "Five people were killed and 20 injured, among them a girl aged 15, regional governor Serhiy Lysak said."),
               killed=cnt(5, "Five people"), injured=cnt(20, "20"), children_injured=cnt(1, "a girl aged 15"),
               damage=["maternity hospital", "shopping centre", "homes"],
               reported_by=["regional governor Serhiy Lysak"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Lviv", "Lviv", "Ukraine")], D1229,
               [{"type": "drone"}, {"type": "missile"}],
               ev("In Lviv in the west, drones and missiles hit a school and a church; one man died and 15 people were injured, according to Mayor Andriy Sadovyi."),
               killed=cnt(1, "one man"), injured=cnt(15, "15 people"), damage=["school", "church"],
               reported_by=["Mayor Andriy Sadovyi"]),
        attack("Russia", "Ukraine", "missile_strike",
               [loc("Odesa", "Odesa", "Ukraine"), loc("Kharkiv", "Kharkiv", "Ukraine"), loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               D1229, [{"type": "missile"}],
               ev("Missiles also struck Odesa, Kharkiv and Zaporizhzhia, officials in those cities said, with casualties still being counted."),
               reported_by=["officials in those cities"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               month("2023-12-01", "2023-12-29", "Earlier this month"), [{"type": "artillery"}],
               ev("Earlier this month Russian shelling killed two people in Kherson, local officials said; Russian guns have hit the city nearly every day since their troops withdrew across the river a year ago."),
               killed=cnt(2, "two people"), reported_by=["local officials"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Poland", "Russia"], day("2023-12-29", "that day"), "held",
            "Poland's foreign ministry summoned Russia's charge d'affaires over an object, most likely a missile, that crossed into Polish airspace",
            ev("Poland, whose eastern border is less than 100 km from Lviv, said an object, most likely a missile, crossed into its airspace for about three minutes before heading back into Ukraine.",
               "The Polish foreign ministry summoned Russia's charge d'affaires that day, demanding an explanation.")),
        dip("phone_call", ["Ukraine", "United States"], day("2023-12-29", "on Friday"), "held",
            "Defence Minister Rustem Umerov and U.S. Defense Secretary Lloyd Austin spoke by phone about air defence needs",
            ev("Defence Minister Rustem Umerov held a phone call with U.S. Defense Secretary Lloyd Austin on Friday about air defence needs.")),
        dip("military_aid", ["United States", "Ukraine"], day("2023-12-27", "On Wednesday"), "held",
            "The Pentagon announced a $250 million arms package for Ukraine, including air defence interceptors and artillery shells",
            ev("On Wednesday the Pentagon announced a $250 million package of arms for Ukraine, including air defence interceptors and artillery shells, the last it can send before Congress approves new funding.")),
    ])

# --------------------------------------------------------------------------- yx11
GOLD["yx11_harbourtowngazette_pothole_offensive_control"] = dict(
    notes="Local newspaper (Saturday 13 May 2023): **control, no record at all.** The war-like words are figurative or "
          "civilian: a council's 'spring offensive' on potholes, crews 'armed with cold asphalt', 'bombarded with "
          "complaints', 'a counteroffensive against a winter that shelled our roads', 'trench warfare' and a van "
          "'ambushed' by a traffic warden (no attack, rules 1 and 5); 'talks' between a transport company and a drivers' "
          "union, an 'agreement' not reached and a threatened 'strike' (labour relations, not diplomacy between states or "
          "organisations of the war, rules 13 and 15); 'Three hundred drones will be launched' for a light show (no attack); "
          "a 'student exchange' with a school in Normandy (no prisoner exchange); a 'truce' and a 'price war' between two "
          "chip shops.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("odesa-2023-07-19", "Russian missiles and drones on Odesa's port, night of 18-19 July 2023 (second night after the grain deal ended)",
     [("yx01_meridianwire_odesa_second_night", "attack", 0), ("yx02_continentalnews_odesa_erdogan_call", "attack", 0)]),
    ("moscow-2023-07-24", "Two Ukrainian drones on office buildings in Moscow, early hours of Monday 24 July 2023",
     [("yx03_northgatewire_moscow_drones_crimea_depot", "attack", 0), ("yx04_eastbridgepress_reni_kherson_twice", "attack", 1)]),
    ("jeddah-talks-2023-08", "The Jeddah talks on peace in Ukraine hosted by Saudi Arabia, 5-6 August 2023 (planned in yx05, held in yx06)",
     [("yx05_harbourline_jeddah_preview_izmail", "diplomacy", 0), ("yx06_gulflevantwire_jeddah_ends_barrage", "diplomacy", 0)]),
    ("izmail-2023-08-02", "Russian drones on Izmail's port and grain silos, early hours of Wednesday 2 August 2023",
     [("yx05_harbourline_jeddah_preview_izmail", "attack", 0), ("yx06_gulflevantwire_jeddah_ends_barrage", "attack", 4)]),
    ("lviv-2023-07-06", "Russian cruise missiles on a residential building in Lviv's Shevchenkivskyi district, before dawn on 6 July 2023",
     [("yx07_carpathianpress_lviv_kalibr_vilnius", "attack", 0), ("yx08_vistuladaily_lviv_swap_lutsk", "attack", 0)]),
    ("vilnius-summit-2023-07", "The NATO summit in Vilnius, 11-12 July 2023 (planned in yx07 and yx09)",
     [("yx07_carpathianpress_lviv_kalibr_vilnius", "diplomacy", 2), ("yx09_balticledger_week_kyiv_sanctions", "diplomacy", 3)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev49 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV49 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV49, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
