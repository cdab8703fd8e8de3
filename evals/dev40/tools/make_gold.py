"""Write evals/dev40/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev40 on 3 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV40 = ROOT / "evals" / "dev40"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt, week, year  # noqa: E402


def span(a: str, b: str, text: str) -> dict:
    """An event of several named days ("22-24 October")."""
    return {"start": a, "end": b, "precision": "range", "text": text}


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yo01
N1203 = night("2024-12-02", "2024-12-03", "During the night")
GOLD["yo01_slobozhanskyitelegram_kharkiv_morning"] = dict(
    notes="Regional military administration's morning summary, translated (Tuesday 3 December 2024): Kharkiv 'During the "
          "night' (2-3 December, rule 11; Shahed-type drones; the Kyivskyi and Saltivskyi districts stay on the city's record, "
          "rule 1; 'At first three residents were reported injured, one of them a girl of 12' is the count, injured 3 and "
          "children_injured 1; the mayor's 'seven people, among them two children' by morning is a later update, evidence "
          "only, rule 6); Kivsharivka in the Kupiansk district 'Around 23:40 on Monday' (artillery, 'A 64-year-old man' "
          "killed, rules 6 and 8); Chuhuiv 'In the early hours of Tuesday' (a guided aerial bomb, told with the indefinite "
          "article: no launched figure, rule 9; 'no one was hurt': injured 0, rule 6). Not coded: the 11 attempts to "
          "advance near Vovchansk and Lyptsi (ground fighting, rule 5), the evacuation of 47 people, the length of the alert.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], N1203,
               [{"type": "drone", "model": "Shahed"}],
               ev("During the night the occupiers struck the city with Shahed-type drones.",
                  "Oleh Syniehubov, head of the regional administration, reported hits in the Kyivskyi and Saltivskyi districts: a five-storey apartment block caught fire, and a warehouse and nine cars were damaged.",
                  "At first three residents were reported injured, one of them a girl of 12."),
               injured=cnt(3, "three residents"), children_injured=cnt(1, "a girl of 12"),
               damage=["five-storey apartment block", "warehouse", "nine cars"],
               reported_by=["Oleh Syniehubov", "Ihor Terekhov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kivsharivka", "Kharkiv", "Ukraine")],
               day("2024-12-02", "Around 23:40 on Monday"),
               [{"type": "artillery"}],
               ev("Around 23:40 on Monday the village of Kivsharivka came under artillery fire.",
                  "A 64-year-old man was killed, and a private house and an outbuilding burned down."),
               killed=cnt(1, "A 64-year-old man"), damage=["private house", "outbuilding"],
               reported_by=["Kharkiv Regional Military Administration"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Chuhuiv", "Kharkiv", "Ukraine")],
               day("2024-12-03", "In the early hours of Tuesday"),
               [{"type": "glide_bomb"}],
               ev("In the early hours of Tuesday the town's outskirts were hit by a guided aerial bomb.",
                  "The blast damaged a gas pipeline and the building of the local council; no one was hurt, according to the head of the town's military administration."),
               injured=cnt(0, "no one was hurt"), damage=["gas pipeline", "local council building"],
               reported_by=["head of the Chuhuiv military administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yo02
N1203b = night("2024-12-02", "2024-12-03", "on the night of 3 December")
GOLD["yo02_airdefencebulletin_morning_dec3"] = dict(
    notes="Air force morning report (Tuesday 3 December 2024), same night as yo01: the country record 'on the night of 3 "
          "December' (the night to the 3rd is 2-3 December, rule 11): 78 Shahed drones 'plus other drone types' (no decoy "
          "named: one drone entry, rule 9), 52 brought down (the 24 'locally lost from radar' and the two that flew to "
          "Belarus are not intercepted, rule 3); 'three missiles' split into two Iskander-M and 'a single Kh-59' (a split "
          "missile total is a combined total: other + ballistic_missile + cruise_missile, the model fixing the family, rule "
          "9; 'None of the missiles was intercepted': 0 on the total, rule 6); Kharkiv (drones, an apartment building on "
          "fire); Shostka in the Sumy region ('a ballistic missile' struck a site near the town: no launched figure, rule 9; "
          "'a 40-year-old worker' injured); the background 'Saturday night' (30 November - 1 December, 112 drones, 76 "
          "destroyed: a count, so required, rule 5). Not coded: Ihnat's remarks, the partners' promise of air defence "
          "(no donor, no decision, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1203b,
               [{"type": "drone", "model": "Shahed", "launched": cnt(78, "78"), "intercepted": cnt(52, "52")},
                {"type": "other", "model": "missiles", "launched": cnt(3, "three"), "intercepted": cnt(0, "None")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two")},
                {"type": "cruise_missile", "model": "Kh-59", "launched": cnt(1, "a single")}],
               ev("Russia attacked Ukraine on the night of 3 December with 78 attack drones and three missiles, Ukraine's Air Force said on Tuesday morning in its regular update on Telegram.",
                  "By type, the enemy used 78 Shahed strike drones plus other drone types, sent from the Kursk, Oryol and Bryansk regions and from Cape Chauda in occupied Crimea, two Iskander-M ballistic missiles, whose launch point was in the Belgorod region, and a single Kh-59 guided missile, the report said.",
                  "Air defence, with mobile teams and jamming units among them, brought down 52 drones over 11 regions."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], N1203b,
               [{"type": "drone"}],
               ev("The heaviest blows fell on Kharkiv, where drones started a fire in an apartment building, and on the Sumy region, where a ballistic missile struck an infrastructure site near the town of Shostka."),
               damage=["apartment building"], reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Shostka", "Sumy", "Ukraine")], N1203b,
               [{"type": "ballistic_missile"}],
               ev("The heaviest blows fell on Kharkiv, where drones started a fire in an apartment building, and on the Sumy region, where a ballistic missile struck an infrastructure site near the town of Shostka.",
                  "Regional officials in Sumy said a 40-year-old worker was injured there."),
               injured=cnt(1, "a 40-year-old worker"), damage=["infrastructure site"],
               reported_by=["Sumy regional officials"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2024-11-30", "2024-12-01", "On Saturday night"),
               [{"type": "drone", "launched": cnt(112, "112"), "intercepted": cnt(76, "76")}],
               ev("On Saturday night Russia had launched 112 drones, of which 76 were destroyed, according to the Air Force."),
               reported_by=["Ukrainian Air Force"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yo03
N0216 = night("2025-02-15", "2025-02-16", "overnight into Sunday")
GOLD["yo03_volgapost_saratov_governor"] = dict(
    notes="Russian regional governor's posts retold (Sunday 16 February 2025), Ukraine as attacker (rule 4): Saratov "
          "'overnight into Sunday' (15-16 February; debris fire at an industrial enterprise; 'Two employees of the "
          "enterprise' injured); Engels the same night (windows blown out, 'no one was hurt': injured 0, rule 6; its own "
          "details, so its own record, rule 1); the Saratov region's 14 downed drones (two struck localities named in the "
          "region, so the tally is the region's own record, rule 3); the defence ministry's 41 downed over Russia "
          "(country record with intercepted, rules 3 and 4); the January strike on the refinery (background with a place, "
          "required, rule 5; month precision). Not coded: the airport restrictions, Engels air base 'repeatedly' targeted "
          "(no count, no date, rule 5).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov", "Russia")], N0216,
               [{"type": "drone"}],
               ev("Falling debris from Ukrainian drones set fire to an industrial site in Saratov overnight into Sunday, the region's governor, Roman Busargin, wrote on his Telegram channel early in the morning.",
                  "Two employees of the enterprise were injured and taken to hospital, Busargin said; their lives were not in danger."),
               injured=cnt(2, "Two employees of the enterprise"), damage=["industrial enterprise", "oil refinery"],
               reported_by=["Roman Busargin"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Engels", "Saratov", "Russia")], N0216,
               [{"type": "drone"}],
               ev("\"The Kyiv regime attempted a massive drone attack on Saratov and Engels during the night.",
                  "He added that windows were blown out in several houses in Engels, across the Volga, where no one was hurt."),
               injured=cnt(0, "no one was hurt"), damage=["houses"], reported_by=["Roman Busargin"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov", "Russia", "region")], N0216,
               [{"type": "drone", "intercepted": cnt(14, "14")}],
               ev("Russia's defence ministry reported that 41 long-range Ukrainian aircraft-type drones had been downed in the night across several regions, 14 of them over the Saratov region."),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0216,
               [{"type": "drone", "intercepted": cnt(41, "41")}],
               ev("Russia's defence ministry reported that 41 long-range Ukrainian aircraft-type drones had been downed in the night across several regions, 14 of them over the Saratov region."),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov", "Russia")],
               month("2025-01-01", "2025-01-31", "In January"),
               [{"type": "drone"}],
               ev("In January, Kyiv's General Staff claimed a hit on it by Ukrainian drones that caused a large fire; Russian officials then reported damage at an unnamed enterprise."),
               damage=["oil refinery"], reported_by=["General Staff of Ukraine"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yo04
GOLD["yo04_kremlinwire_putin_erdogan_call"] = dict(
    notes="Kremlin readout of a call, via a wire monitor (Monday 14 October 2024): Putin's call with Erdogan 'on Monday' "
          "(phone_call, held); their talks 'on the sidelines of the BRICS summit in Kazan next week' (talks, planned: the "
          "article calls them talks, rule 14; dated by the summit's 22-24 October, rule 11; Kazan, Russia is a side); the "
          "BRICS summit 'scheduled for 22-24 October' (summit, planned, Russia hosting, Turkey 'sending its president'); "
          "Lavrov's call with Fidan 'on Saturday' (12 October, phone_call, held; news of the readout's days, so required). "
          "Optional: the exchange of detained persons at Ankara airport 'on 1 August' (background, rule 17; Turkey mediator "
          "and host, rule 15) and the grain corridor deal of July 2022 (background agreement). Not coded: Erdogan's "
          "'prepared to provide a platform' (a stance, rule 13), the gas hub instruction (no event between states), "
          "Russia's withdrawal 'a year later' (undated background, left out), 'confirmed their mutual interest' (a stance).",
    attacks=[],
    diplomacy=[
        dip("phone_call", ["Russia", "Turkey"], day("2024-10-14", "on Monday"), "held",
            "Putin and Erdogan discussed Ukraine, the Middle East and trade by phone at the Turkish side's initiative",
            ev("Russian President Vladimir Putin held a telephone conversation with President of Turkey Recep Tayyip Erdogan on Monday, the Kremlin's press service said in a readout published in the afternoon.")),
        dip("talks", ["Russia", "Turkey"], span("2024-10-22", "2024-10-24", "next week"), "planned",
            "Putin and Erdogan to hold talks on the sidelines of the BRICS summit in Kazan",
            ev("Putin and Erdogan agreed to hold talks on the sidelines of the BRICS summit in Kazan next week, presidential aide Yury Ushakov told reporters later on Monday."),
            location=loc("Kazan", "Tatarstan", "Russia")),
        dip("summit", ["BRICS", "Russia", "Turkey"], span("2024-10-22", "2024-10-24", "22-24 October"), "planned",
            "The BRICS summit in Kazan, hosted by Russia; Turkey sends its president for the first time",
            ev("The summit is scheduled for 22-24 October, and Turkey, which has applied to join the group, is sending its president for the first time."),
            location=loc("Kazan", "Tatarstan", "Russia")),
        dip("phone_call", ["Russia", "Turkey"], day("2024-10-12", "on Saturday"), "held",
            "Foreign ministers Sergei Lavrov and Hakan Fidan spoke about Gaza and the Black Sea",
            ev("Separately, Foreign Minister Sergei Lavrov and his Turkish counterpart Hakan Fidan spoke by phone on Saturday about Gaza and about the Black Sea, the Russian foreign ministry said.")),
        dip("prisoner_exchange", ["Russia", "Turkey"], day("2024-08-01", "on 1 August"), "held",
            "Exchange of detained persons between Russia and Western countries at Ankara airport, with Turkish intelligence taking part",
            ev("Putin thanked his Turkish counterpart for Ankara's help with the exchange of detained persons between Russia and Western countries, which took place at Ankara airport on 1 August with the participation of Turkish intelligence."),
            location=loc("Ankara", None, "Turkey"), optional=True),
        dip("agreement", ["Ukraine", "Russia", "Turkey"], month("2022-07-01", "2022-07-31", "July 2022"), "held",
            "The grain corridor deal mediated by Turkey",
            ev("Ukraine has welcomed past Turkish mediation, including the grain corridor deal of July 2022, from which Russia withdrew a year later."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yo05
KAZAN = loc("Kazan", "Tatarstan", "Russia")
GOLD["yo05_eurasiaobserver_kazan_brics"] = dict(
    notes="Newspaper report from the BRICS summit (Thursday 24 October 2024): the summit hosted by Russia in Kazan, which "
          "'opened on Tuesday' and 'entered its final day on Thursday' (summit, ongoing: under way on the publication day, "
          "rule 16; 22-24 October; the states named as attending, Brazil by video link, rule 15); Putin's talks with Xi "
          "'on Tuesday evening' and with Modi 'earlier that day' (two talks, held, 22 October); his talks with Erdogan 'On "
          "Wednesday' (talks, held, 23 October); Guterres 'scheduled to meet Putin on Thursday afternoon for talks' "
          "(talks, planned, United Nations and Russia); Modi 'expected to travel to Moscow again next year' (visit, "
          "planned: attributed to diplomats with a place named, rule 16; year precision). Optional: Erdogan 'again "
          "offered Istanbul as a venue for peace talks' (an offer told to one side only: a stance or a proposal, rule 13), "
          "the peace summit in Switzerland in June (background, rule 17), the Kazan declaration 'on Wednesday' (a text of "
          "positions some would code as an agreement), the 'Friends of Peace' group launched in September (background). "
          "Not coded: Modi 'stood ready to help' (a stance), Ukraine's criticism of Guterres (a statement).",
    attacks=[],
    diplomacy=[
        dip("summit", ["BRICS", "Russia", "China", "India", "South Africa", "Iran", "United Arab Emirates", "Brazil"],
            span("2024-10-22", "2024-10-24", "on Thursday"), "ongoing",
            "The BRICS leaders' summit hosted by Russia in Kazan with delegations from 36 countries; Lula joined by video link",
            ev("KAZAN — The BRICS leaders' summit hosted by Russia in the Volga city of Kazan entered its final day on Thursday, with delegations from 36 countries and the largest gathering of foreign leaders on Russian soil since the invasion of Ukraine.",
               "Leaders of China, India, South Africa, Iran and the United Arab Emirates attended in person.",
               "Brazil's Luiz Inacio Lula da Silva, who cancelled his trip after a fall at home, joined the sessions by video link."),
            location=KAZAN),
        dip("talks", ["Russia", "China"], day("2024-10-22", "on Tuesday evening"), "held",
            "Putin held talks with Chinese President Xi Jinping in Kazan",
            ev("He held talks with Chinese President Xi Jinping on Tuesday evening, and earlier that day with Indian Prime Minister Narendra Modi, who told him that India supported \"dialogue and diplomacy\" and stood ready to help."),
            location=KAZAN),
        dip("talks", ["Russia", "India"], day("2024-10-22", "earlier that day"), "held",
            "Putin held talks with Indian Prime Minister Narendra Modi in Kazan",
            ev("He held talks with Chinese President Xi Jinping on Tuesday evening, and earlier that day with Indian Prime Minister Narendra Modi, who told him that India supported \"dialogue and diplomacy\" and stood ready to help."),
            location=KAZAN),
        dip("talks", ["Russia", "Turkey"], day("2024-10-23", "On Wednesday"), "held",
            "Putin held talks with Turkish President Recep Tayyip Erdogan in Kazan",
            ev("On Wednesday Putin sat down for talks with Turkish President Recep Tayyip Erdogan, who again offered Istanbul as a venue for peace talks."),
            location=KAZAN),
        dip("talks", ["United Nations", "Russia"], day("2024-10-24", "on Thursday afternoon"), "planned",
            "UN Secretary-General Antonio Guterres to meet Putin for talks in Kazan",
            ev("UN Secretary-General Antonio Guterres, who arrived on Wednesday night, was scheduled to meet Putin on Thursday afternoon for talks, his spokesman confirmed."),
            location=KAZAN),
        dip("visit", ["India", "Russia"], year(2025, "next year"), "planned",
            "Modi expected to travel to Moscow again",
            ev("Diplomats in Kazan said Modi was expected to travel to Moscow again next year."),
            location=loc("Moscow", None, "Russia")),
        dip("proposal", ["Turkey", "Russia", "Ukraine"], day("2024-10-23", "On Wednesday"), "proposed",
            "Erdogan offered Istanbul as a venue for peace talks",
            ev("On Wednesday Putin sat down for talks with Turkish President Recep Tayyip Erdogan, who again offered Istanbul as a venue for peace talks."),
            optional=True),
        dip("summit", ["Switzerland"], month("2024-06-01", "2024-06-30", "in June"), "held",
            "The peace summit in Switzerland, to which Guterres declined an invitation",
            ev("Ukraine's foreign ministry said it was a \"wrong choice\" and noted that Guterres had declined an invitation to the peace summit in Switzerland in June."),
            location=loc("Switzerland", None, "Switzerland", "country"), optional=True),
        dip("agreement", ["BRICS"], day("2024-10-23", "on Wednesday"), "held",
            "The Kazan declaration adopted by the delegations, mentioning Ukraine once",
            ev("Delegations adopted the Kazan declaration on Wednesday."),
            location=KAZAN, optional=True),
        dip("other", ["China", "Brazil"], month("2024-09-01", "2024-09-30", "In September"), "held",
            "China and Brazil launched a group of Friends of Peace with countries of the Global South",
            ev("In September, during the General Assembly week in New York, they launched a group of \"Friends of Peace\" with countries of the Global South."),
            location=loc("New York", None, "United States"), optional=True),
    ])

# --------------------------------------------------------------------------- yo06
GOLD["yo06_beijingbriefing_wangyi_kuleba"] = dict(
    notes="Chinese foreign ministry briefing retold (Wednesday 24 July 2024; Kuleba foreign minister): Wang Yi's talks with "
          "Kuleba 'in Guangzhou on Wednesday' (talks, held: reported as talks of their own, rule 14); Kuleba's 'three-day "
          "visit' from Tuesday (visit, ongoing on the publication day, 23-25 July, rule 16); Wang's call with Lavrov 'on "
          "Monday' (22 July, phone_call, held). Optional: the first peace summit at the Burgenstock resort in June "
          "(background, rule 17), the China-Brazil six-point consensus 'in May' (a plan put forward: proposal, proposed, "
          "background), Wang 'due in Vientiane on Thursday' for ASEAN ministers' meetings (planned, but not about the war). "
          "Not coded: the second peace summit Ukraine 'hopes to hold' (a hope, rule 13), China's position on a conference "
          "'recognised by both' (a stance), Kyiv 'ready to talk to the Russian side' (a stance), the list handed over "
          "(part of the talks).",
    attacks=[],
    diplomacy=[
        dip("talks", ["China", "Ukraine"], day("2024-07-24", "on Wednesday"), "held",
            "Foreign ministers Wang Yi and Dmytro Kuleba held talks in Guangzhou",
            ev("Chinese Foreign Minister Wang Yi held talks with Ukrainian Foreign Minister Dmytro Kuleba in Guangzhou on Wednesday, China's foreign ministry said, on the first visit by Ukraine's top diplomat to China since the full-scale invasion began."),
            location=loc("Guangzhou", "Guangdong", "China")),
        dip("visit", ["Ukraine", "China"], span("2024-07-23", "2024-07-25", "on Tuesday"), "ongoing",
            "Kuleba's three-day visit to China at Wang Yi's invitation",
            ev("Kuleba arrived in the southern city on Tuesday at Wang's invitation for a three-day visit, the ministry's spokeswoman Mao Ning told the regular press briefing."),
            location=loc("Guangzhou", "Guangdong", "China")),
        dip("phone_call", ["China", "Russia"], day("2024-07-22", "on Monday"), "held",
            "Wang Yi's phone conversation with Russian Foreign Minister Sergei Lavrov",
            ev("Before the talks, Wang had a phone conversation on Monday with Sergei Lavrov, Russia's foreign minister, the ministry said, without giving details.")),
        dip("summit", ["Switzerland"], month("2024-06-01", "2024-06-30", "in June"), "held",
            "The first peace summit at the Burgenstock resort, which China did not attend",
            ev("China did not attend the first summit, held at the Burgenstock resort in Switzerland in June."),
            location=loc("Burgenstock", None, "Switzerland"), optional=True),
        dip("proposal", ["China", "Brazil"], month("2024-05-01", "2024-05-31", "in May"), "proposed",
            "China and Brazil's six-point consensus on a political settlement",
            ev("China and Brazil put forward a six-point consensus on a political settlement in May."),
            optional=True),
        dip("meeting", ["China", "ASEAN", "Laos"], day("2024-07-25", "on Thursday"), "planned",
            "Wang Yi at the meetings of ASEAN foreign ministers in Vientiane",
            ev("Wang is due in Vientiane on Thursday for meetings of ASEAN foreign ministers."),
            location=loc("Vientiane", None, "Laos"), optional=True),
    ])

# --------------------------------------------------------------------------- yo07
GOLD["yo07_gulfcurrent_qatar_children"] = dict(
    notes="Gulf outlet on Qatari mediation (Thursday 20 March 2025; Sybiha foreign minister): eleven children returned to "
          "Ukraine 'on Wednesday' (19 March) after Qatari mediation (kind other, held: a return, not an exchange of "
          "prisoners, rule 14; Qatar mediator and, through its embassy in Moscow, host, rule 15); Sybiha 'expected to visit "
          "Doha next Tuesday' (25 March; the article calls it a visit: visit, planned, attributed to a source with a day "
          "and a place, rule 16); the memorandum he is 'to sign' with Qatar (agreement, planned, rules 14 and 16). "
          "Optional: Cardinal Zuppi's mission to Kyiv and Moscow 'in June 2023' (background, rule 17; the Vatican's "
          "envoy). Not coded: 'more than 100 Ukrainian children since ... 2023' (no single event), the ombudsman's "
          "thanks, Qatar's call on the parties and 'stood ready' (statement and stance, rule 13), the deportation figures.",
    attacks=[],
    diplomacy=[
        dip("other", ["Ukraine", "Russia", "Qatar"], day("2025-03-19", "on Wednesday"), "held",
            "Eleven Ukrainian children taken to Russia or occupied territory returned to Ukraine after Qatari mediation",
            ev("DOHA — Eleven Ukrainian children who had been taken to Russia or to occupied territory have been reunited with their families in Ukraine after mediation by Qatar, the Qatari foreign ministry said on Thursday.",
               "The children, aged between four and 17, crossed into Ukraine on Wednesday, the ministry said.",
               "Before the crossing, they had stayed at the residence of Qatar's embassy in Moscow, where Qatari diplomats looked after them and arranged documents.")),
        dip("visit", ["Ukraine", "Qatar"], day("2025-03-25", "next Tuesday"), "planned",
            "Foreign Minister Andrii Sybiha to visit Doha and be received by Qatar's prime minister",
            ev("Foreign Minister Andrii Sybiha is expected to visit Doha next Tuesday, a Ukrainian diplomatic source said, and to sign a memorandum with Qatar on the next stage of the effort.",
               "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, will receive him, the source said."),
            location=loc("Doha", None, "Qatar")),
        dip("agreement", ["Ukraine", "Qatar"], day("2025-03-25", "next Tuesday"), "planned",
            "A memorandum with Qatar on the next stage of returning children",
            ev("Foreign Minister Andrii Sybiha is expected to visit Doha next Tuesday, a Ukrainian diplomatic source said, and to sign a memorandum with Qatar on the next stage of the effort."),
            location=loc("Doha", None, "Qatar")),
        dip("visit", ["Vatican", "Ukraine", "Russia"], month("2023-06-01", "2023-06-30", "in June 2023"), "held",
            "Cardinal Matteo Zuppi, the Pope's envoy, travelled to Kyiv and Moscow on a humanitarian mission focused on the children",
            ev("Pope Francis's envoy, Cardinal Matteo Zuppi, travelled to Kyiv and then Moscow in June 2023 on a humanitarian mission focused on the children."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yo08
WASH = loc("Washington", None, "United States")
GOLD["yo08_alliancejournal_washington_summit"] = dict(
    notes="Trade paper on the NATO summit's communique (Wednesday 10 July 2024; Stoltenberg secretary general): the 40 "
          "billion euro baseline 'said on Wednesday' (military_aid, held: a decision announced as made, rule 16); the "
          "five strategic air defence systems announced 'On Tuesday' by the United States, Germany, Italy, Romania and the "
          "Netherlands (military_aid, held, 9 July); the summit itself, under way in Washington (summit, ongoing, rule 16; "
          "the United States hosts, rule 15); the NATO-Ukraine Council session 'on Thursday' (meeting, planned, rule 14); "
          "Monday's missile attack on Ukrainian cities (8 July; background with a place and a count, required, rule 5): "
          "a country record with 'More than 40 people' killed and a Kyiv record (the Okhmatdyt children's hospital). "
          "Optional: the NATO command in Wiesbaden 'agreed to set up' (an aid decision or an organisation's own step), "
          "Orban's visits to Moscow and Beijing 'in the days before the summit' (background, no date). Not coded: the "
          "'irreversible' wording (a statement), Rutte taking over on 1 October (an office, not an event between states), "
          "Zelensky's need for seven systems (a demand), Hungary's non-participation (a stance).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [UA], day("2024-07-08", "on Monday"),
               [{"type": "missile"}],
               ev("The decisions came two days after a Russian missile attack on Ukrainian cities, which struck the Okhmatdyt children's hospital in Kyiv.",
                  "More than 40 people were killed across the country on Monday, officials said."),
               killed=cnt(40, "More than 40 people", "more_than"), reported_by=["Ukrainian officials"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")], day("2024-07-08", "on Monday"),
               [{"type": "missile"}],
               ev("The decisions came two days after a Russian missile attack on Ukrainian cities, which struck the Okhmatdyt children's hospital in Kyiv."),
               damage=["Okhmatdyt children's hospital"]),
    ],
    diplomacy=[
        dip("military_aid", ["NATO", "Ukraine"], day("2024-07-10", "on Wednesday"), "held",
            "A minimum baseline of 40 billion euros in military funding for Ukraine within the next year, in the summit declaration",
            ev("WASHINGTON — NATO leaders meeting in Washington for the alliance's 75th anniversary summit said on Wednesday they would provide Ukraine with a minimum baseline of 40 billion euros in military funding within the next year, according to the declaration adopted at the summit."),
            location=WASH),
        dip("military_aid", ["United States", "Germany", "Italy", "Romania", "Netherlands", "Ukraine"],
            day("2024-07-09", "On Tuesday"), "held",
            "Five additional Patriot and other strategic air defence systems for Ukraine, announced in a joint statement",
            ev("On Tuesday, in a joint statement, the United States, Germany, Italy, Romania and the Netherlands announced that they would send Ukraine additional Patriot and other strategic air defence systems.",
               "The five systems would be delivered in the coming months, the statement said.")),
        dip("summit", ["NATO", "United States"], day("2024-07-10", "on Wednesday"), "ongoing",
            "NATO's 75th anniversary summit in Washington, Stoltenberg's last as secretary general",
            ev("WASHINGTON — NATO leaders meeting in Washington for the alliance's 75th anniversary summit said on Wednesday they would provide Ukraine with a minimum baseline of 40 billion euros in military funding within the next year, according to the declaration adopted at the summit."),
            location=WASH),
        dip("meeting", ["NATO", "Ukraine"], day("2024-07-11", "on Thursday"), "planned",
            "Zelensky to meet alliance leaders at a session of the NATO-Ukraine Council",
            ev("Volodymyr Zelensky will meet alliance leaders at a session of the NATO-Ukraine Council on Thursday, the last day of the summit."),
            location=WASH),
        dip("military_aid", ["NATO", "Ukraine", "Germany"], None, "held",
            "A NATO command in Wiesbaden to coordinate equipment supplies and training for Ukraine's forces, staffed by around 700",
            ev("Leaders also agreed to set up a NATO command in Wiesbaden, Germany, to coordinate the supply of equipment and training for Ukraine's forces."),
            optional=True),
        dip("visit", ["Hungary", "Russia"], None, "held",
            "Viktor Orban visited Moscow in the days before the summit",
            ev("Hungary's Prime Minister Viktor Orban, who visited Moscow and Beijing in the days before the summit, has said his country will not take part in the new mission."),
            location=loc("Moscow", None, "Russia"), optional=True),
        dip("visit", ["Hungary", "China"], None, "held",
            "Viktor Orban visited Beijing in the days before the summit",
            ev("Hungary's Prime Minister Viktor Orban, who visited Moscow and Beijing in the days before the summit, has said his country will not take part in the new mission."),
            location=loc("Beijing", None, "China"), optional=True),
    ])

# --------------------------------------------------------------------------- yo09
N0216b = night("2025-02-15", "2025-02-16", "Overnight")
GOLD["yo09_frontlinedispatch_day1088"] = dict(
    notes="Day-in-the-war digest with bulleted items (Sunday 16 February 2025): 143 drones 'Overnight' against Ukraine, "
          "95 shot down (country record, rule 3; the 46 'missing from radar' are not intercepted, rule 3); debris damage "
          "in the Kyiv, Odesa and Poltava regions (places in aggregate: one record with three region locations, rule 2); "
          "glide bombs on Zaporizhzhia 'on Saturday afternoon' (15 February; 'at least four' killed, 21 injured); "
          "Ukrainian drones on Saratov 'overnight' (two hurt) and the 41 drones Russia's defence ministry says it shot "
          "down (country record Russia, rule 4); the American-Russian talks in Riyadh 'on Tuesday' (talks, planned: "
          "people familiar with the plans, a day and a place, rule 16; Saudi Arabia hosts, rule 15); Sybiha's meeting "
          "with Wang Yi in Munich 'on Saturday' (talks, held, rule 14; Germany, the state of the city, hosts, rule 15); "
          "Zelensky 'due to visit' the UAE 'on Monday' (visit, planned); Japan's sanctions approved by 'a cabinet "
          "decision on Friday' (sanctions, held, 14 February: the decision is the event, rule 16). Optional: the "
          "Trump-Putin call 'Three days ago' (background, rule 17). Not coded: Zelensky's call for a European army "
          "(a statement), Kyiv 'had not been invited' (a reaction), the Europeans' push for a seat (a demand).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N0216b,
               [{"type": "drone", "launched": cnt(143, "143"), "intercepted": cnt(95, "Ninety-five")}],
               ev("Overnight, 143 Russian drones were sent against Ukraine, according to the Air Force.",
                  "Ninety-five were shot down, and 46 went missing from radar without causing damage."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike",
               [loc("Kyiv", "Kyiv", "Ukraine", "region"), loc("Odesa", "Odesa", "Ukraine", "region"),
                loc("Poltava", "Poltava", "Ukraine", "region")], N0216b,
               [{"type": "drone"}],
               ev("Drone debris damaged houses in the Kyiv, Odesa and Poltava regions."),
               damage=["houses"], reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2025-02-15", "on Saturday afternoon"),
               [{"type": "glide_bomb"}],
               ev("Russian glide bombs hit Zaporizhzhia on Saturday afternoon.",
                  "The regional governor, Ivan Fedorov, said at least four people died and 21 were injured; rescuers were still searching the ruins of a dormitory by night."),
               killed=cnt(4, "at least four people", "at_least"), injured=cnt(21, "21"),
               damage=["dormitory"], reported_by=["Ivan Fedorov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov", "Russia")],
               night("2025-02-15", "2025-02-16", "overnight"),
               [{"type": "drone"}],
               ev("Ukrainian drones attacked Saratov overnight.",
                  "Governor Roman Busargin reported a fire at an enterprise and two people hurt."),
               injured=cnt(2, "two people"), damage=["enterprise"], reported_by=["Roman Busargin"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2025-02-15", "2025-02-16", "overnight"),
               [{"type": "drone", "intercepted": cnt(41, "41")}],
               ev("Russia's defence ministry said 41 drones were shot down across the country."),
               reported_by=["Russian Defence Ministry"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Russia", "Saudi Arabia"], day("2025-02-18", "on Tuesday"), "planned",
            "American and Russian officials, Rubio and Waltz on the US side, to hold talks in Riyadh hosted by Saudi Arabia; Ukraine not invited",
            ev("American and Russian officials will hold talks in Riyadh on Tuesday, according to people familiar with the plans.",
               "Saudi Arabia is hosting."),
            location=loc("Riyadh", None, "Saudi Arabia")),
        dip("talks", ["Ukraine", "China", "Germany"], day("2025-02-15", "on Saturday"), "held",
            "Foreign Minister Andrii Sybiha met China's Wang Yi on the margins of the Munich Security Conference",
            ev("In Munich, Ukrainian Foreign Minister Andrii Sybiha met China's Wang Yi on the margins of the security conference on Saturday."),
            location=loc("Munich", "Bavaria", "Germany")),
        dip("visit", ["Ukraine", "United Arab Emirates"], day("2025-02-17", "on Monday"), "planned",
            "Zelensky due to visit the United Arab Emirates",
            ev("He is due to visit the United Arab Emirates on Monday.")),
        dip("sanctions", ["Japan", "Russia"], day("2025-02-14", "on Friday"), "held",
            "Japan's cabinet approved adding further Russian entities to its sanctions list next week",
            ev("Japan's government said it would add further Russian entities to its sanctions list next week, after a cabinet decision on Friday approved the step.")),
        dip("phone_call", ["United States", "Russia"], day("2025-02-13", "Three days ago"), "held",
            "Trump and Putin talked by telephone for about ninety minutes",
            ev("Three days ago, the American and Russian presidents talked on the telephone for about ninety minutes, after which Trump said negotiations would begin \"immediately\"."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yo10
GOLD["yo10_turtlebaydaily_security_council"] = dict(
    notes="UN correspondent's report (Tuesday 19 November 2024; Sybiha foreign minister, Lammy foreign secretary, "
          "Kyslytsya and Nebenzia ambassadors): the Security Council session 'on Monday' chaired by the United Kingdom "
          "(meeting, held, 18 November, rule 14; at the organisation's seat in New York, so no host state, rule 15); "
          "Lammy's call with Sybiha 'After the session' (phone_call, held, 18 November); the NATO foreign ministers' "
          "gathering 'at the alliance's headquarters in Brussels on 3 and 4 December' (meeting, planned; NATO hosts at its "
          "seat, rule 15); Sunday's attack on Ukraine (17 November; 'about 120 missiles and some 90 drones', 104 and 42 "
          "shot down, 'At least seven' killed nationwide: country record, rules 3 and 7); the missile strike on Sumy 'Late "
          "on Sunday' (11 killed, 'including two children', 84 wounded). Optional: the G20 summit in Rio de Janeiro (a "
          "summit told for its declaration's wording, not about the war's parties). Not coded: Kyslytsya's request "
          "(a demand, rule 13), 'adopted no resolution' (no event), Washington's 'reported decision' on longer-range "
          "missiles (a permission reported unconfirmed, not aid), the Kremlin's reaction.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2024-11-17", "On Sunday"),
               [{"type": "missile", "launched": cnt(120, "about 120", "about"), "intercepted": cnt(104, "104")},
                {"type": "drone", "launched": cnt(90, "some 90", "about"), "intercepted": cnt(42, "42")}],
               ev("On Sunday, Russia fired about 120 missiles and some 90 drones at targets across Ukraine, President Volodymyr Zelensky said; the Air Force later reported that 104 missiles and 42 drones had been shot down.",
                  "At least seven people were killed nationwide, officials said."),
               killed=cnt(7, "At least seven people", "at_least"),
               damage=["power grid"], reported_by=["Volodymyr Zelensky", "Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Sumy", "Sumy", "Ukraine")], day("2024-11-17", "Late on Sunday"),
               [{"type": "missile"}],
               ev("Late on Sunday, a separate missile strike on an apartment building in Sumy killed 11 people, including two children, and wounded 84, according to regional authorities."),
               killed=cnt(11, "11 people"), children_killed=cnt(2, "two children"), injured=cnt(84, "84"),
               damage=["apartment building"], reported_by=["Sumy regional authorities"]),
    ],
    diplomacy=[
        dip("meeting", ["UN Security Council", "United Kingdom", "Russia", "Ukraine"], day("2024-11-18", "on Monday"), "held",
            "Security Council session marking one thousand days of full-scale war, chaired by British Foreign Secretary David Lammy; Nebenzia and Kyslytsya spoke",
            ev("NEW YORK — The Security Council convened on Monday to mark one thousand days of full-scale war in Ukraine, in a session chaired by British Foreign Secretary David Lammy, whose country holds the council presidency this month."),
            location=loc("New York", None, "United States")),
        dip("phone_call", ["United Kingdom", "Ukraine"], day("2024-11-18", "After the session"), "held",
            "Lammy spoke by phone with Ukrainian Foreign Minister Andrii Sybiha",
            ev("After the session, Lammy spoke by phone with Ukrainian Foreign Minister Andrii Sybiha, the British foreign office said.")),
        dip("meeting", ["NATO", "United Kingdom", "Ukraine"], span("2024-12-03", "2024-12-04", "on 3 and 4 December"), "planned",
            "The gathering of NATO foreign ministers at the alliance's headquarters, the first chaired by Mark Rutte; Lammy and Sybiha due to meet there",
            ev("The two are due to meet again at the gathering of NATO foreign ministers at the alliance's headquarters in Brussels on 3 and 4 December, the first chaired by Mark Rutte."),
            location=loc("Brussels", None, "Belgium")),
        dip("summit", ["G20", "Brazil"], day("2024-11-18", "on Monday"), "held",
            "G20 leaders' summit in Rio de Janeiro, whose declaration referred to the war only in general terms",
            ev("In Rio de Janeiro, where G20 leaders were meeting on Monday, the summit's final declaration referred to the war only in general terms."),
            location=loc("Rio de Janeiro", None, "Brazil"), optional=True),
    ])

# --------------------------------------------------------------------------- yo11
GOLD["yo11_zaporizhzhiatoday_dormitory"] = dict(
    notes="City news site (Sunday 16 February 2025; Fedorov head of the regional administration): guided bombs on "
          "Zaporizhzhia 'on Saturday' (15 February): the lead's 'has risen to seven' is the first figure the article gives "
          "(rule 6: the first in the text; this is no live blog), the earlier 'at least four dead and 21 wounded' is told "
          "second, so killed 7 and injured 21 (the only injured figure); 'two teenagers, aged 15 and 17' are "
          "children_injured 2 (rule 6); 'two KAB-500 bombs' hit the city (counted subject of the hit: launched 2, rule 9). "
          "Background: the bomb that damaged a hospital's outpatient building 'In early February', wounding nine "
          "(a count, so required, rule 5; kind glide_bomb from the paragraph's 'guided bombs'). Not coded: the day of "
          "mourning, the shelter, compensation, the investigation, 'almost every week' (no count, no date).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")], day("2025-02-15", "on Saturday"),
               [{"type": "glide_bomb", "model": "KAB-500", "launched": cnt(2, "two")}],
               ev("The number of people killed when guided bombs dropped by Russian aircraft struck Zaporizhzhia on Saturday has risen to seven, regional governor Ivan Fedorov said on Sunday morning, after rescuers worked through the night at a damaged student dormitory.",
                  "The first figures, given on Saturday evening, spoke of at least four dead and 21 wounded.",
                  "According to the regional administration, the city was hit by two KAB-500 bombs at about 15:20."),
               killed=cnt(7, "seven"), injured=cnt(21, "21"), children_injured=cnt(2, "two teenagers"),
               damage=["student dormitory", "office building", "vehicles"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               span("2025-02-01", "2025-02-10", "In early February"),
               [{"type": "glide_bomb"}],
               ev("In early February, a bomb damaged a hospital's outpatient building, wounding nine people."),
               injured=cnt(9, "nine people"), damage=["hospital outpatient building"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yo12
GOLD["yo12_kyivlawreview_constitutional_court"] = dict(
    notes="Legal weekly (Wednesday 28 May 2025): control, no record at all. A Constitutional Court hearing on the "
          "reservists' registry law, the defence ministry's answers, a parliamentary committee's hearings 'in June', the "
          "'next hearing ... scheduled for 10 June', a cyber incident 'last autumn' and complaints to the ombudsman are "
          "domestic legal and parliamentary steps: no strike and no event between states or organisations (rule 13).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kharkiv-2024-12-03", "Russian drones on Kharkiv, night of 2-3 December 2024 (a regional administration summary and an air force report)",
     [("yo01_slobozhanskyitelegram_kharkiv_morning", "attack", 0), ("yo02_airdefencebulletin_morning_dec3", "attack", 1)]),
    ("saratov-2025-02-16", "Ukrainian drones on an industrial enterprise in Saratov, night of 15-16 February 2025",
     [("yo03_volgapost_saratov_governor", "attack", 0), ("yo09_frontlinedispatch_day1088", "attack", 3)]),
    ("russia-2025-02-16", "Ukrainian drones downed over Russia (41, Russian defence ministry), night of 15-16 February 2025",
     [("yo03_volgapost_saratov_governor", "attack", 3), ("yo09_frontlinedispatch_day1088", "attack", 4)]),
    ("zaporizhzhia-2025-02-15", "Russian glide bombs on Zaporizhzhia, 15 February 2025 (a digest's first toll, a city site's revised toll)",
     [("yo09_frontlinedispatch_day1088", "attack", 2), ("yo11_zaporizhzhiatoday_dormitory", "attack", 0)]),
    ("putin-erdogan-kazan-2024-10-23", "Putin's talks with Erdogan in Kazan, 23 October 2024 (planned in a Kremlin readout, held in a summit report)",
     [("yo04_kremlinwire_putin_erdogan_call", "diplomacy", 1), ("yo05_eurasiaobserver_kazan_brics", "diplomacy", 3)]),
    ("brics-kazan-2024-10", "The BRICS summit in Kazan, 22-24 October 2024 (planned, then under way)",
     [("yo04_kremlinwire_putin_erdogan_call", "diplomacy", 2), ("yo05_eurasiaobserver_kazan_brics", "diplomacy", 0)]),
    ("burgenstock-2024-06", "The peace summit in Switzerland (Burgenstock), June 2024 (optional background in both)",
     [("yo05_eurasiaobserver_kazan_brics", "diplomacy", 7), ("yo06_beijingbriefing_wangyi_kuleba", "diplomacy", 3)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev40 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV40 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV40, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
