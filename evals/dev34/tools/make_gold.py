"""Write evals/dev34/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev34 on 3 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV34 = ROOT / "evals" / "dev34"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, week, year, loc, UA, RU, attack, dip, write_gold, opt  # noqa: E402,F401


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yi01
GOLD["yi01_belgorodvesti_gladkov_shebekino"] = dict(
    notes="Russian regional outlet's English edition (Friday 15 March 2024) quoting governor Gladkov's Telegram posts: "
          "shelling of Shebekino 'on Friday afternoon' (attacker Ukraine, rules 4 and 12; 'a man' killed, 'Three more "
          "people' injured, 'a girl aged 16' children_injured 1, rule 6; the adults told one by one after are evidence "
          "only); a kamikaze drone on a car near Novaya Tavolzhanka 'Later in the evening' (injured 2); mortar fire on "
          "Kozinka 'Also on Friday' ('there were no casualties': killed 0, injured 0, rule 6; mortar is artillery). "
          "Not coded: 'shelled regularly since the spring of last year' (no count, no single event: rule 5), bus "
          "rerouting, the governor's advice. Shebekino is the same event as yi07's attack 0 (clusters.json).",
    attacks=[
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Shebekino", "Belgorod Oblast", "Russia")],
               day("2024-03-15", "on Friday afternoon"), [{"type": "artillery"}],
               ev("Shebekino came under fire from Ukrainian armed formations on Friday afternoon, leaving one civilian dead and three more wounded, Belgorod Region Governor Vyacheslav Gladkov reported on his Telegram channel.",
                  "\"Shebekino has once again been shelled by the Armed Forces of Ukraine. Unfortunately, a man died on the spot from his wounds. Three more people have wounds; one of them is a girl aged 16.",
                  "According to Gladkov, the shells damaged four private homes, a shop, a gas pipe and three cars on the eastern edge of the town."),
               killed=cnt(1, "a man"), injured=cnt(3, "Three more people"),
               children_injured=cnt(1, "a girl aged 16"),
               damage=["private homes", "shop", "gas pipe", "cars"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novaya Tavolzhanka", "Belgorod Oblast", "Russia")],
               day("2024-03-15", "Later in the evening"), [{"type": "drone"}],
               ev("Later in the evening, a kamikaze drone hit a passenger car near Novaya Tavolzhanka, a village in the same district.",
                  "\"Two men driving to work received shrapnel wounds and were taken to hospital by ambulance crews."),
               injured=cnt(2, "Two men"), damage=["passenger car"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Kozinka", "Belgorod Oblast", "Russia")],
               day("2024-03-15", "Also on Friday"), [{"type": "artillery"}],
               ev("Also on Friday, the village of Kozinka in the Graivoron district was hit by mortar fire, the governor said.",
                  "Mortar rounds damaged several homes and an electricity line; there were no casualties."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               damage=["homes", "electricity line"], reported_by=["Vyacheslav Gladkov"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yi02
GOLD["yi02_odesaregional_izmail_port"] = dict(
    notes="Ukrainian regional desk (Friday 6 October 2023): Shahed drones on Izmail's port 'overnight' (the hromada is "
          "the city's frame; 'Two employees of the port' injured, rule 6); the Air Force's night figures, 24 "
          "Shahed-136/131 launched, 19 destroyed 'over the Odesa, Mykolaiv and Vinnytsia oblasts' (a tally over several "
          "regions: country record, rule 3; Cape Chauda is the launch area, not a place hit). Optional: Russia's "
          "withdrawal from the Black Sea Grain Initiative 'in July' (background, rule 17; agreement, cancelled; same "
          "event as yi06's optional record, clusters.json). Not coded: the port's operation 'As of 08:00', Ihnat's "
          "comment, repeated strikes on the Danube ports (no count, no single event: rule 5), freight costs.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               night("2023-10-05", "2023-10-06", "overnight"), [{"type": "drone", "model": "Shahed"}],
               ev("Izmail's port facilities were hit by Russian attack drones overnight, damaging grain storage facilities and injuring two workers, the head of the Odesa OVA, Oleh Kiper, said on Friday morning.",
                  "The Shahed drones hit a grain elevator, a warehouse and an administrative building in the port area.",
                  "\"Two employees of the port, aged 41 and 57, were injured."),
               injured=cnt(2, "Two employees of the port"),
               damage=["grain elevator", "warehouse", "administrative building"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2023-10-05", "2023-10-06", "on the night of 6 October"),
               [{"type": "drone", "model": "Shahed-136/131", "launched": cnt(24, "24"), "intercepted": cnt(19, "19")}],
               ev("Ukraine's Air Force Command reported that on the night of 6 October the enemy attacked with 24 Shahed-136/131 attack UAVs, launched from the area of Cape Chauda in occupied Crimea.",
                  "Air defence forces destroyed 19 of them over the Odesa, Mykolaiv and Vinnytsia oblasts."),
               reported_by=["Ukrainian Air Force"]),
    ],
    diplomacy=[
        dip("agreement", ["Russia", "Ukraine", "Turkey", "United Nations"], month("2023-07-01", "2023-07-31", "in July"),
            "cancelled", "Russia pulled out of the Black Sea Grain Initiative",
            ev("Izmail lies across the river from Romania, and its port, together with Reni, has become one of the main export routes for Ukrainian grain since Russia pulled out of the Black Sea Grain Initiative in July."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yi03
GOLD["yi03_ukrnational_exchange_uae"] = dict(
    notes="Ukrainian national agency (Tuesday 10 December 2024): the prisoner exchange 'held on Tuesday' (142 for 142, "
          "mediated by the United Arab Emirates: the mediator is a participant, rule 15); Zelensky's call with the UAE "
          "President 'On Tuesday evening' (phone_call, held); Russian shelling of Antonivka 'in the morning' ('a "
          "58-year-old woman' killed, rule 6). Not coded: Lubinets's 'more than 3,900 Ukrainians' freed since February "
          "2022 (an aggregate of many events, rule 13/17), the 'further steps' discussed (no event), Antonivka shelled "
          "'almost daily' (rule 5). The exchange is the same event as yi09's diplomacy 0 (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Antonivka", "Kherson", "Ukraine")],
               day("2024-12-10", "in the morning"), [{"type": "artillery"}],
               ev("Meanwhile, in the Kherson region, Russian troops shelled the village of Antonivka in the morning, killing a 58-year-old woman in the yard of her house, Kherson Oblast Military Administration head Oleksandr Prokudin reported.",
                  "A house and a car were damaged, he said."),
               killed=cnt(1, "a 58-year-old woman"), damage=["house", "car"], reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2024-12-10", "on Tuesday"), "held",
            "Exchange of 142 Ukrainian prisoners, among them two civilians, for the same number of Russian servicemen, mediated by the United Arab Emirates",
            ev("Ukraine has brought 142 of its defenders home from Russian captivity in a prisoner exchange held on Tuesday, Volodymyr Zelensky said.",
               "According to Ukraine's POW coordination headquarters, the Emirati side acted as mediator, which made the swap possible.",
               "Moscow got back an equal number of its own troops.")),
        dip("phone_call", ["Ukraine", "United Arab Emirates"], day("2024-12-10", "On Tuesday evening"), "held",
            "Volodymyr Zelensky's call with UAE President Sheikh Mohamed bin Zayed to thank him for the mediation",
            ev("On Tuesday evening Zelensky reported a call with Sheikh Mohamed bin Zayed, the Emirati President, to thank him for the Emirates' role.")),
    ])

# --------------------------------------------------------------------------- yi04
GOLD["yi04_kyivbusiness_navaldrones_crimea"] = dict(
    notes="Ukrainian business outlet (Tuesday 23 April 2024): four Magura V5 sea drones on a Russian patrol ship near "
          "Chornomorske 'on the night of 23 April' (attacker Ukraine, target Russia: the ship is Russia's; the place is "
          "in occupied Crimea, country Ukraine; sea drones are drone, rule 9; 'hit by four' is launched, rule 9; crew "
          "losses unknown: no count); an Iskander-M ballistic missile on Pivdennyi port 'Hours later' (day of the "
          "publication; 'two port workers' killed, 'eight people' injured). Not coded: the Black Sea Fleet's "
          "redeployment, the shipping corridor's 30 ships (no attack, no diplomacy).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Chornomorske", "Crimea", "Ukraine")],
               night("2024-04-22", "2024-04-23", "on the night of 23 April"),
               [{"type": "drone", "model": "Magura V5", "launched": cnt(4, "four")}],
               ev("Ukrainian naval drones struck a Russian Project 22460 border patrol ship off the western coast of Crimea on the night of 23 April, the spokesman of the Ukrainian Navy, Captain Third Rank Dmytro Pletenchuk, said on Tuesday.",
                  "According to Pletenchuk, the vessel was hit by four Magura V5 sea drones near Chornomorske, a settlement on the Tarkhankut peninsula."),
               damage=["border patrol ship"], reported_by=["Dmytro Pletenchuk"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Pivdennyi", "Odesa", "Ukraine")],
               day("2024-04-23", "Hours later"), [{"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("Hours later, Russia fired an Iskander-M ballistic missile at the port of Pivdennyi in the Odesa region.",
                  "The strike, at about 10:15 Kyiv time, killed two port workers and injured eight people, the region's military governor, Oleh Kiper, said.",
                  "Port warehouses, a grain terminal and several lorries were damaged."),
               killed=cnt(2, "two port workers"), injured=cnt(8, "eight people"),
               damage=["port warehouses", "grain terminal", "lorries"], reported_by=["Oleh Kiper"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yi05
GOLD["yi05_warsawdesk_sikorski_kyiv"] = dict(
    notes="Polish wire desk (Wednesday 15 May 2024): Sikorski's working visit to Kyiv 'on Wednesday' (visit, held; his "
          "meetings with Kuleba and Zelensky are part of it, rule 14); the memorandum on border crossings signed by the "
          "two ministers (agreement, held, rule 14); the air force's night, 10 Kh-101 / 9 and 16 Shahed / 15 (country "
          "record, rule 3; Kh-101 is cruise_missile, rule 9); a cruise missile on an energy facility in the Stryi "
          "district (no city named: the district, rule 1; 'no one was injured': injured 0). Not coded: Warsaw 'ready to "
          "consider training more Ukrainian soldiers' (stance, rule 13), the Polish scramble (no strike), grain and "
          "border disputes 'much of the past year' (no event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2024-05-14", "2024-05-15", "overnight"),
               [{"type": "cruise_missile", "model": "Kh-101", "launched": cnt(10, "10"), "intercepted": cnt(9, "Nine missiles")},
                {"type": "drone", "model": "Shahed", "launched": cnt(16, "16"), "intercepted": cnt(15, "15 drones")}],
               ev("Ukrainian air force data showed that Russia fired 10 Kh-101 cruise missiles from Tu-95MS strategic bombers and launched 16 Shahed attack drones overnight.",
                  "Nine missiles and 15 drones were shot down."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Stryi district", "Lviv", "Ukraine", "district")],
               night("2024-05-14", "2024-05-15", "Overnight"), [{"type": "cruise_missile"}],
               ev("In the Lviv region, a cruise missile struck an energy infrastructure facility in the Stryi district, regional governor Maksym Kozytskyi said.",
                  "A fire broke out but was quickly contained, and no one was injured, he said."),
               injured=cnt(0, "no one was injured"), damage=["energy infrastructure facility"],
               reported_by=["Maksym Kozytskyi"]),
    ],
    diplomacy=[
        dip("visit", ["Poland", "Ukraine"], day("2024-05-15", "on Wednesday"), "held",
            "Polish Foreign Minister Radosław Sikorski's working visit to Kyiv; he met Dmytro Kuleba and was received by Volodymyr Zelensky",
            ev("KYIV/WARSAW – Polish Foreign Minister Radosław Sikorski arrived in Kyiv on Wednesday on a working visit, hours after Russia launched a missile and drone attack on western Ukraine that prompted Poland to scramble its aircraft.",
               "Sikorski met his Ukrainian counterpart Dmytro Kuleba and was received by President Volodymyr Zelensky."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("agreement", ["Poland", "Ukraine"], day("2024-05-15", "on Wednesday"), "held",
            "Sikorski and Kuleba signed a memorandum on the joint development of border crossings",
            ev("At a joint press conference, the two ministers signed a memorandum on the joint development of border crossings, which Kuleba said should cut waiting times for lorries at the frontier \"from days to hours\"."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
    ])

# --------------------------------------------------------------------------- yi06
GOLD["yi06_anatoliancrescent_erdogan_putin_call"] = dict(
    notes="Turkish state-style agency (Saturday 21 October 2023), diplomacy only: the Erdoğan-Putin call 'on Friday' "
          "(phone_call, held; both sides' readouts are one call); Erdoğan's offer to host Russian and Ukrainian technical "
          "delegations in Istanbul, 'conveyed to Kyiv' as well (an offer to host named talks made to both sides: talks, "
          "proposed, rule 13; Turkey hosts, rule 15); Fidan 'expected to travel to Kyiv on Monday for talks' with Kuleba "
          "(a trip told by its purpose: talks, planned, rule 14 and 16). Optional (background, rule 17): Russia's "
          "withdrawal from the grain initiative 'on 17 July this year' (agreement, cancelled; same event as yi02's "
          "optional record), Fidan's talks with Lavrov in Moscow 'in late August'. Not coded: the initiative's brokering "
          "'in July 2022' (named as the deal's origin inside the withdrawal sentence; a reader could add it optional), "
          "Putin's conditions (stance), Peskov's description.",
    attacks=[],
    diplomacy=[
        dip("phone_call", ["Turkey", "Russia"], day("2023-10-20", "on Friday"), "held",
            "Recep Tayyip Erdoğan and Vladimir Putin discussed reviving safe navigation and grain shipments in the Black Sea",
            ev("President Recep Tayyip Erdoğan of Türkiye talked over the revival of safe navigation in the Black Sea during a telephone conversation on Friday with Russian leader Vladimir Putin, according to Türkiye's Communications Directorate.",
               "Moscow's account of the conversation, published by the Kremlin, stated that both presidents had \"exchanged views on the situation around the grain deal\"")),
        dip("talks", ["Turkey", "Russia", "Ukraine"], None, "proposed",
            "Erdoğan offered to host a meeting of Russian and Ukrainian technical delegations in Istanbul on guarantees for commercial vessels; the offer was also conveyed to Kyiv",
            ev("Erdoğan also told Putin that Türkiye was offering to host a meeting of Russian and Ukrainian technical delegations in Istanbul to work out new guarantees for commercial vessels, and that the same proposal had been conveyed to Kyiv."),
            location=loc("Istanbul", "Istanbul", "Turkey")),
        dip("agreement", ["Russia", "Ukraine", "Turkey", "United Nations"], day("2023-07-17", "on 17 July this year"),
            "cancelled", "Russia withdrew from the Black Sea Grain Initiative",
            ev("Russia withdrew on 17 July this year from the Black Sea Grain Initiative, brokered by Türkiye and the United Nations in July 2022, citing the failure to implement the parts of the package dealing with its own exports."),
            optional=True),
        dip("talks", ["Turkey", "Ukraine"], day("2023-10-23", "on Monday"), "planned",
            "Turkish Foreign Minister Hakan Fidan expected in Kyiv for talks with Dmytro Kuleba on the Black Sea shipping corridor and prisoners of war",
            ev("Meanwhile, Turkish Foreign Minister Hakan Fidan is expected to travel to Kyiv on Monday for talks with his Ukrainian counterpart Dmytro Kuleba, diplomatic sources said."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("talks", ["Turkey", "Russia"], month("2023-08-01", "2023-08-31", "in late August"), "held",
            "Hakan Fidan's talks with Sergey Lavrov in Moscow",
            ev("Fidan, who took office in June, held talks with Russian Foreign Minister Sergey Lavrov in Moscow in late August."),
            location=loc("Moscow", None, "Russia"), optional=True),
    ])

# --------------------------------------------------------------------------- yi07
GOLD["yi07_moscowwire_belgorod_kursk_day"] = dict(
    notes="Russian state agency (Saturday 16 March 2024): Ukrainian fire on Shebekino 'on Friday' (one killed, three "
          "injured, 'a teenage girl': children_injured 1, rule 6; same event as yi01's attack 0, clusters.json); mortar "
          "and artillery fire on Tetkino 'on Friday night' (15-16 March, rule 11; '\"No one was hurt\"': injured 0); the "
          "defence ministry's nine drones downed 'above the Bryansk and Kursk regions overnight' (two regions: country "
          "record Russia, intercepted only, rules 3 and 4); the Foreign Ministry's entry ban on 13 Japanese citizens "
          "announced 'on Saturday' (sanctions by Russia on Japan, held, rule 15). Optional: Tokyo's sanctions on Moscow "
          "'earlier this month' (background, rule 17). Not coded: the threat to expand the list (stance), Japan's 2022 "
          "restrictions (vague background: no date beyond the year, a reader may add it optional).",
    attacks=[
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Shebekino", "Belgorod Oblast", "Russia")],
               day("2024-03-15", "on Friday"), [{"type": "artillery"}],
               ev("BELGOROD, March 16. Ukrainian troops opened fire on Shebekino, a border town of the Belgorod Region, on Friday, killing one local resident and injuring three others, including a teenage girl, Governor Vyacheslav Gladkov told reporters.",
                  "\"The town was shelled from across the border. Private houses, a store and vehicles were damaged,\" he said."),
               killed=cnt(1, "one local resident"), injured=cnt(3, "three others"),
               children_injured=cnt(1, "a teenage girl"),
               damage=["private houses", "store", "vehicles"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Tetkino", "Kursk Oblast", "Russia")],
               night("2024-03-15", "2024-03-16", "on Friday night"), [{"type": "artillery"}],
               ev("In the neighbouring Kursk Region, Tetkino, a village on the border in Glushkovo District, came under mortar and artillery fire on Friday night, Governor Roman Starovoit wrote on Telegram.",
                  "A power transmission line and the roof of a school building were damaged.",
                  "\"No one was hurt,\" the governor stated."),
               injured=cnt(0, "No one was hurt"), damage=["power transmission line", "school building"],
               reported_by=["Roman Starovoit"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2024-03-15", "2024-03-16", "overnight"),
               [{"type": "drone", "intercepted": cnt(9, "nine")}],
               ev("Meanwhile, the Russian military reported that duty air defence units downed nine fixed-wing drones launched by Ukraine above the Bryansk and Kursk regions overnight."),
               reported_by=["Russian Defence Ministry"]),
    ],
    diplomacy=[
        dip("sanctions", ["Russia", "Japan"], day("2024-03-16", "on Saturday"), "held",
            "Russia's Foreign Ministry barred entry to 13 Japanese citizens, including lawmakers and professors, in response to Tokyo's sanctions",
            ev("Separately, the Russian Foreign Ministry announced on Saturday that it had barred entry to 13 Japanese citizens, including lawmakers and university professors, in response to the sanctions Tokyo imposed on Moscow earlier this month.")),
        dip("sanctions", ["Japan", "Russia"], month("2024-03-01", "2024-03-16", "earlier this month"), "held",
            "Japan's sanctions on Russia",
            ev("in response to the sanctions Tokyo imposed on Moscow earlier this month"), optional=True),
    ])

# --------------------------------------------------------------------------- yi08
GOLD["yi08_bharatnewsline_grossi_kyiv"] = dict(
    notes="Indian wire desk (Wednesday 19 February 2025): Grossi's talks with Zelensky in Kyiv 'on Tuesday' (the "
          "article calls them talks and never calls the trip a visit: talks, held, rule 14; his meetings with Sybiha "
          "and Energoatom are part of them; participants IAEA and Ukraine); his talks with Likhachev in Moscow 'next "
          "week' (planned with a place named: rule 16; week of 24 February - 2 March; Rosatom is Russia's, participant "
          "Russia); a Russian drone attack on a Brovary substation 'Overnight' ('nobody was injured': injured 0). Not "
          "coded: India's backing of the IAEA's work (stance), the plant's seizure 'in March 2022' and the experts' "
          "presence since September 2022 (background, no diplomacy), the single power line.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Brovary", "Kyiv", "Ukraine")],
               night("2025-02-17", "2025-02-18", "Overnight"), [{"type": "drone"}],
               ev("Overnight, as Grossi's train crossed the country, a Russian drone attack damaged an electricity substation in Brovary, just outside the capital, Kyiv Oblast Governor Ruslan Kravchenko said.",
                  "Air defence units worked over the region for most of the night, and nobody was injured, Kravchenko wrote on Telegram."),
               injured=cnt(0, "nobody was injured"), damage=["electricity substation"],
               reported_by=["Ruslan Kravchenko"]),
    ],
    diplomacy=[
        dip("talks", ["IAEA", "Ukraine"], day("2025-02-18", "on Tuesday"), "held",
            "IAEA Director General Rafael Mariano Grossi's talks with Volodymyr Zelensky on the safety of the Zaporizhzhia nuclear power plant; he also met Andrii Sybiha and Energoatom officials",
            ev("Kyiv/Vienna, Feb 19 (BNI) International Atomic Energy Agency (IAEA) Director General Rafael Mariano Grossi held talks in Kyiv on Tuesday with President Volodymyr Zelensky on the safety of the Russian-controlled Zaporizhzhia nuclear power plant, the agency said.",
               "Grossi, who reached the Ukrainian capital by overnight train, also met Foreign Minister Andrii Sybiha and officials of the state nuclear operator Energoatom, according to an IAEA statement."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("talks", ["IAEA", "Russia"], week("2025-02-24", "2025-03-02", "next week"), "planned",
            "Grossi's planned talks in Moscow with Rosatom head Alexei Likhachev on the Zaporizhzhia plant and the rotation of IAEA experts",
            ev("The IAEA chief said he planned to be in Moscow next week to hold talks with Alexei Likhachev, who runs the Russian nuclear giant Rosatom, on the plant's operation and on the rotation of agency experts across the front line."),
            location=loc("Moscow", None, "Russia")),
    ])

# --------------------------------------------------------------------------- yi09
GOLD["yi09_gulfwire_uae_mediation"] = dict(
    notes="Gulf state wire (Tuesday 10 December 2024), diplomacy only: the UAE-mediated release of 284 captives, 142 "
          "from each side, announced 'today' (prisoner_exchange, held; the mediator is a participant, rule 15; same "
          "event as yi03's diplomacy 0, clusters.json); Sybiha's call to Sheikh Abdullah bin Zayed 'today' (phone_call, "
          "held); Qatar's mediated return of seven Ukrainian children from Russia, said 'on Tuesday' (kind other: a "
          "return of children is none of the named kinds; held; Qatar mediates, rule 15). Not coded: the running total "
          "of 'more than 2,400' captives (aggregate, no single event), the UAE's pledge to continue (stance, rule 13), "
          "'the ninth group' (earlier returns, no date or count of their own).",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["United Arab Emirates", "Russia", "Ukraine"], day("2024-12-10", "today"), "held",
            "UAE-mediated exchange of 284 captives between Russia and Ukraine, 142 from each side",
            ev("ABU DHABI, 10th December, 2024 – The United Arab Emirates has succeeded in a new mediation effort between the Russian Federation and Ukraine, which resulted in the release of 284 captives, 142 from each side, the Ministry of Foreign Affairs announced today.")),
        dip("phone_call", ["United Arab Emirates", "Ukraine"], day("2024-12-10", "today"), "held",
            "UAE Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan received a call from Ukrainian Foreign Minister Andrii Sybiha, who thanked the UAE for the release",
            ev("In a related development, His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received a phone call today from Andrii Sybiha, Minister of Foreign Affairs of Ukraine.")),
        dip("other", ["Qatar", "Russia", "Ukraine"], day("2024-12-10", "on Tuesday"), "held",
            "Seven Ukrainian children returned from Russia to their families through Qatar's mediation, via Doha",
            ev("Separately, the State of Qatar said on Tuesday that seven children from Ukraine were back with their families thanks to its mediation.",
               "Lolwah Al Khater, Minister of State for International Cooperation, said the children travelled from Russia to Doha, where they spent several days with their relatives at a Qatari-run centre before flying on to Ukraine.")),
    ])

# --------------------------------------------------------------------------- yi10
GOLD["yi10_rigaindependent_bryansk_kursk_bodies"] = dict(
    notes="Russian independent outlet in exile (Saturday 14 June 2025): Ukrainian drones on the Unecha oil pumping "
          "station 'on the night of June 14' (13-14 June, rule 11; the governor's 14 drones destroyed 'over the Unecha "
          "district' name one struck locality: intercepted on the Unecha record, rule 3; 'There are no casualties': "
          "killed 0, injured 0; 'at least eight explosions' are hits, not launches, rule 9); the defence ministry's 47 "
          "drones over seven regions (country record Russia, rules 3 and 4); shelling of Rylsk 'on Friday' ('a woman' "
          "killed, 'two people' wounded). Diplomacy: the exchange of bodies 'On Friday' (1,200 for 27: coded "
          "prisoner_exchange, the kind nearest to a repatriation swap; held). Optional: the Istanbul talks 'on June 2' "
          "(background, rule 17; Turkey hosts, rule 15). Not coded: no date for a third round (no event), the Druzhba "
          "pipeline's route.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Unecha", "Bryansk Oblast", "Russia")],
               night("2025-06-13", "2025-06-14", "on the night of June 14"),
               [{"type": "drone", "intercepted": cnt(14, "14")}],
               ev("Ukrainian drones attacked the Unecha oil pumping station in the Bryansk region on the night of June 14, according to local residents and regional Telegram channels.",
                  "\"Units of the Armed Forces destroyed 14 aircraft-type UAVs over the Unecha district. There are no casualties,\" he wrote."),
               killed=cnt(0, "There are no casualties"), injured=cnt(0, "There are no casualties"),
               damage=["oil pumping station"], reported_by=["Alexander Bogomaz"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2025-06-13", "2025-06-14", "overnight"),
               [{"type": "drone", "intercepted": cnt(47, "47")}],
               ev("Russia's Defence Ministry said that 47 Ukrainian drones were shot down over seven regions overnight, among them the Bryansk, Kursk and Oryol regions, as well as over the Sea of Azov."),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Rylsk", "Kursk Oblast", "Russia")],
               day("2025-06-13", "on Friday"), [{"type": "artillery"}],
               ev("In the Kursk region, a woman was killed and two people were wounded when Ukrainian forces shelled Rylsk on Friday, acting governor Alexander Khinshtein said.",
                  "According to Khinshtein, the shells landed on a residential street near the town centre; a shop and two apartment blocks were damaged."),
               killed=cnt(1, "a woman"), injured=cnt(2, "two people"),
               damage=["shop", "apartment blocks"], reported_by=["Alexander Khinshtein"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine"], day("2025-06-13", "On Friday"), "held",
            "Exchange of the bodies of dead soldiers: Ukraine received 1,200 bodies and handed over 27",
            ev("On Friday, Russia and Ukraine also carried out a new exchange of the bodies of dead soldiers: Ukraine received 1,200 bodies and handed over 27, according to presidential aide Vladimir Medinsky, who heads the Russian delegation.")),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-06-02", "on June 2"), "held",
            "Second round of direct Russia-Ukraine talks in Istanbul, which also discussed swaps of severely wounded and young captives",
            ev("The handover was among the few tangible results of the second round of direct talks in Istanbul on June 2, where the delegations also discussed swaps of severely wounded and young captives."),
            location=loc("Istanbul", "Istanbul", "Turkey"), optional=True),
    ])

# --------------------------------------------------------------------------- yi11
GOLD["yi11_deccanwire_students_return"] = dict(
    notes="Control (Indian wire feature, Wednesday 8 November 2023): no attack and no diplomacy record. Not coded: "
          "sirens and basement lectures (no strike), students' return and transfers, the National Medical Commission's "
          "rules and a students' petition (a domestic regulator, no state-to-state event: rule 13).",
    attacks=[], diplomacy=[])

# --------------------------------------------------------------------------- yi12
GOLD["yi12_sumyregional_hromadas_day"] = dict(
    notes="Ukrainian regional public desk (Thursday 17 April 2025) from the oblast administration's morning Telegram "
          "summary: a guided aerial bomb on Velyka Pysarivka 'At about 15:20 on Wednesday' ('A 66-year-old man and his "
          "63-year-old wife': killed 2, rule 6; launched 1 not coded: 'a guided aerial bomb' is the weapon's article, "
          "not a figure); an FPV drone on a car on the outskirts of Bilopillia 'In the evening' (Wednesday; the driver "
          "injured: 1); artillery on Krasnopillia (no time of its own: the summary's 'Over the past day', 16-17 April; "
          "'Two women' injured). Optional: the summary's '96 attacks on 34 settlements in 11 hromadas' (a region-wide "
          "day total with no weapon named, kind other; rule 2 reading debatable, as dev30 read its own). The lead's "
          "'Two civilians were killed and three were injured' sums the places' records: evidence of no record of its "
          "own. Not coded: the evacuation figures, Artiukh's appeal.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Velyka Pysarivka", "Sumy", "Ukraine")],
               day("2025-04-16", "At about 15:20 on Wednesday"), [{"type": "glide_bomb", "model": "KAB"}],
               ev("At about 15:20 on Wednesday, Russian aircraft dropped a guided aerial bomb (KAB) on the settlement.",
                  "\"A 66-year-old man and his 63-year-old wife were killed in their own house. Two more houses and an outbuilding were destroyed,\" the post said."),
               killed=cnt(2, "A 66-year-old man and his 63-year-old wife"),
               damage=["houses", "outbuilding"], reported_by=["Sumy Oblast Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bilopillia", "Sumy", "Ukraine")],
               day("2025-04-16", "In the evening"), [{"type": "drone"}],
               ev("In the evening a Russian FPV drone targeted a civilian car on the outskirts of Bilopillia.",
                  "The driver, a 35-year-old local resident, is in hospital with shrapnel in both arms."),
               injured=cnt(1, "The driver"), damage=["civilian car"], reported_by=["Sumy Oblast Military Administration"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Krasnopillia", "Sumy", "Ukraine")],
               night("2025-04-16", "2025-04-17", "Over the past day"), [{"type": "artillery"}],
               ev("In Krasnopillia, Russian artillery shelled a street of private houses.",
                  "Two women, aged 54 and 71, were injured, while a grocery and a gas main suffered damage, according to the administration."),
               injured=cnt(2, "Two women"), damage=["private houses", "grocery", "gas main"],
               reported_by=["Sumy Oblast Military Administration"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Sumy", "Sumy", "Ukraine", "region")],
                   night("2025-04-16", "2025-04-17", "Over the past day"), [],
                   ev("Over the past day, Russian forces carried out 96 attacks on 34 settlements in 11 hromadas of the Sumy region, the Sumy Oblast Military Administration reported as of 08:00 on Thursday, 17 April."),
                   reported_by=["Sumy Oblast Military Administration"])),
    ],
    diplomacy=[])


CLUSTERS = [
    ("shebekino-2024-03-15", "Ukrainian shelling of Shebekino, Belgorod region, on Friday 15 March 2024",
     [("yi01_belgorodvesti_gladkov_shebekino", "attack", 0), ("yi07_moscowwire_belgorod_kursk_day", "attack", 0)]),
    ("uae-exchange-2024-12-10", "UAE-mediated exchange of 142 for 142 prisoners, 10 December 2024",
     [("yi03_ukrnational_exchange_uae", "diplomacy", 0), ("yi09_gulfwire_uae_mediation", "diplomacy", 0)]),
    ("grain-initiative-exit-2023-07", "Russia's withdrawal from the Black Sea Grain Initiative, July 2023 (optional in both)",
     [("yi02_odesaregional_izmail_port", "diplomacy", 0), ("yi06_anatoliancrescent_erdogan_putin_call", "diplomacy", 2)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev34 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV34 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV34, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
