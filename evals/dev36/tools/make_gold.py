"""Write evals/dev36/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev36 on 3 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV36 = ROOT / "evals" / "dev36"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt, week, year  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yk01
GOLD["yk01_zaporizkyikurier_glidebombs_city"] = dict(
    notes="Ukrainian city paper (Tuesday 11 February 2025): three KAB guided bombs on Zaporizhzhia 'on Tuesday morning' "
          "(two killed, nine wounded; the tram driver and the woman with her dog are the same dead told one by one: "
          "evidence only, rule 6; launched 3, rule 9); a drone on Stepnohirsk 'Later in the day' (a 47-year-old man "
          "hurt; 'the drone' is no count). Optional: Fedorov's 'attacks on 11 settlements of the region during the day' "
          "(a region-wide day total, no place or weapon of its own: kind other; rule 2 reading debatable). Not coded: "
          "'a regular target of glide bombs over the winter' (no count, no single event: rule 5), the official's quote, "
          "the council's plywood points, schools online.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2025-02-11", "on Tuesday morning"), [{"type": "glide_bomb", "model": "KAB", "launched": cnt(3, "three")}],
               ev("Russian aircraft killed two people and wounded nine when they dropped three KAB guided bombs on Zaporizhzhia on Tuesday morning, head of the regional military administration Ivan Fedorov said.",
                  "The bombs came down a little after 9 a.m. near a tram depot and a row of five-storey blocks in the Oleksandrivskyi district.",
                  "Rescuers said the blast wave blew out windows in 14 apartment buildings, damaged the depot's roof and set four parked cars on fire."),
               killed=cnt(2, "two people"), injured=cnt(9, "nine"),
               damage=["tram depot", "apartment buildings", "cars"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Stepnohirsk", "Zaporizhzhia", "Ukraine")],
               day("2025-02-11", "Later in the day"), [{"type": "drone"}],
               ev("Later in the day a Russian drone attacked Stepnohirsk, a village on the front line south of the city.",
                  "A 47-year-old man was hurt there when the drone dropped its charge on his yard, the administration said."),
               injured=cnt(1, "A 47-year-old man"), reported_by=["Zaporizhzhia regional military administration"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine", "region")],
                   day("2025-02-11", "during the day"), [],
                   ev("Local authorities recorded attacks on 11 settlements of the region during the day, Fedorov added in his evening summary, without giving a breakdown."),
                   reported_by=["Ivan Fedorov"])),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yk02
GOLD["yk02_pivdennyvisnyk_kherson_bus_korabelnyi"] = dict(
    notes="Ukrainian regional outlet (Thursday 20 March 2025): an FPV drone on a bus in Antonivka 'on Thursday morning' "
          "(the driver killed, two passengers injured; Antonivka is its own settlement on Kherson's edge, so its own "
          "record, rule 1); artillery on Kherson's Korabelnyi district 'through the afternoon' (a woman of 39 wounded, "
          "a man of 82 concussed, told one by one: injured 2, rule 6; the Korabelnyi district stays on the city's record, rule 1). "
          "Not coded: the evacuation (46 people since Monday: no attack, no diplomacy), drones that 'hunt for any moving "
          "vehicle' (no count, no single event: rule 5), the anti-drone nets. Same events as yk10's Antonivka and "
          "Kherson records (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Antonivka", "Kherson", "Ukraine")],
               day("2025-03-20", "on Thursday morning"), [{"type": "drone", "model": "FPV"}],
               ev("A Russian FPV drone hit a municipal bus at a stop in Antonivka, on Kherson's eastern edge, on Thursday morning, regional governor Oleksandr Prokudin said.",
                  "The driver, a 61-year-old man, died of his wounds on the way to hospital.",
                  "Two passengers, women aged 44 and 70, were injured."),
               killed=cnt(1, "The driver, a 61-year-old man"), injured=cnt(2, "Two passengers"),
               damage=["bus"], reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2025-03-20", "through the afternoon"), [{"type": "artillery"}],
               ev("Kherson itself came under artillery fire through the afternoon.",
                  "A woman of 39 was wounded in her courtyard on Ushakova Street; a man of 82 suffered concussion when a shell struck the house next to his.",
                  "Several private homes, a gas pipe and a power line were damaged, and about 300 households in the district lost electricity."),
               injured=cnt(2, "A woman of 39 was wounded in her courtyard on Ushakova Street; a man of 82"),
               damage=["private homes", "gas pipe", "power line"], reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yk03
N0412 = night("2025-04-11", "2025-04-12", "During the night")
GOLD["yk03_belgorodskyvestnik_gladkov_summary"] = dict(
    notes="Russian regional outlet relaying Gladkov's daily roundup (Saturday 12 April 2025): Ukrainian drones on a "
          "substation in Belgorod 'During the night' ('there were no casualties': killed 0, injured 0, rule 6; attacker "
          "Ukraine, rules 4 and 12); a drone on a car near Shebekino 'On Friday afternoon' (the driver wounded); "
          "artillery on Glotovo 'on Friday evening' ('17 shells': launched 17; a woman's barotrauma is an injury); the "
          "defence ministry's 41 drones over three regions (a tally over several regions: country record Russia, "
          "intercepted only, rules 3 and 4). Not coded: compensation for damaged homes. Same events as yk04's Belgorod "
          "substation record (clusters.json).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod Oblast", "Russia")], N0412,
               [{"type": "drone"}],
               ev("Belgorod. During the night the city was attacked by Ukrainian drones.",
                  "According to preliminary information, there were no casualties.",
                  "As a result of the attack a transformer at an electrical substation in the city caught fire; the fire was put out by emergency services."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               damage=["electrical substation", "transformer"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod Oblast", "Russia")],
               day("2025-04-11", "On Friday afternoon"), [{"type": "drone"}],
               ev("On Friday afternoon, a drone attacked a car on the road between Shebekino and the village of Maslova Pristan.",
                  "The driver, a man, suffered shrapnel wounds to his legs and was taken to the Shebekino central hospital, then transferred to the regional clinical hospital in Belgorod."),
               injured=cnt(1, "The driver, a man"), damage=["car"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Glotovo", "Belgorod Oblast", "Russia")],
               day("2025-04-11", "on Friday evening"), [{"type": "artillery", "launched": cnt(17, "17")}],
               ev("The village of Glotovo came under artillery fire on Friday evening: 17 shells were fired.",
                  "A woman received a barotrauma; she was given medical help on the spot.",
                  "One house and a shed next to it were damaged."),
               injured=cnt(1, "A woman"), damage=["house", "shed"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2025-04-11", "2025-04-12", "overnight"),
               [{"type": "drone", "intercepted": cnt(41, "41")}],
               ev("According to the Russian Ministry of Defence, 41 Ukrainian fixed-wing drones were destroyed overnight by air-defence crews above the Voronezh, Belgorod and Kursk regions."),
               reported_by=["Russian Ministry of Defence"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yk04
N0413 = night("2025-04-12", "2025-04-13", "overnight into Sunday")
GOLD["yk04_energomonitor_gas_poltava_belgorod"] = dict(
    notes="Ukrainian energy trade outlet (Monday 14 April 2025): Russian missiles and drones on Naftogaz's gas sites in "
          "the Poltava region 'overnight into Sunday' (no town named: region record, rule 1; 'No workers were injured' "
          "is the site's zero, rule 6); the air force's 67 drones and six missiles that night (country record, rule 3); "
          "the Security Service's drones on a Belgorod substation 'overnight into Saturday' (Ukraine on Russia, rule 4; "
          "'no one was hurt': injured 0); Norway's 1.5 billion kroner for the Energy Support Fund (military_aid, held, "
          "rules 14 and 16; no date given). Not coded: 'the fourth such attack ... since the start of the year' and the "
          "40 percent lost 'since the autumn' (no single event: rule 5), gas imports, storage. Same event as yk03's "
          "Belgorod record (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Poltava", "Poltava", "Ukraine", "region")], N0413,
               [{"type": "missile"}, {"type": "drone"}],
               ev("Ukraine's state energy company Naftogaz said on Monday that Russian missiles and drones had damaged its gas-extraction sites in the Poltava region overnight into Sunday, the fourth such attack on its assets in that region since the start of the year.",
                  "No workers were injured, the company added."),
               injured=cnt(0, "No workers were injured"), damage=["gas production facilities"],
               reported_by=["Naftogaz"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2025-04-12", "2025-04-13", "that night"),
               [{"type": "drone", "launched": cnt(67, "67")}, {"type": "missile", "launched": cnt(6, "six")}],
               ev("The Ukrainian air force counted 67 drones and six missiles fired over the country that night, without saying how many were aimed at gas infrastructure."),
               reported_by=["Ukrainian air force"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod Oblast", "Russia")],
               night("2025-04-11", "2025-04-12", "overnight into Saturday"), [{"type": "drone"}],
               ev("Drones of the Security Service of Ukraine hit a 110-kilovolt substation in Belgorod overnight into Saturday, a source in the agency told EnergoMonitor.",
                  "The Belgorod governor, Vyacheslav Gladkov, confirmed a fire at a power facility in the city and said no one was hurt."),
               injured=cnt(0, "no one was hurt"), damage=["substation"],
               reported_by=["Security Service of Ukraine", "Vyacheslav Gladkov"]),
    ],
    diplomacy=[
        dip("military_aid", ["Norway", "Ukraine"], None, "held",
            "Norway approved a further 1.5 billion kroner for the Ukraine Energy Support Fund, for gas compressors and turbines",
            ev("Energy Minister Herman Halushchenko told a briefing in Kyiv that Norway had approved a further 1.5 billion kroner for the Ukraine Energy Support Fund, to be spent on gas compressors and turbines.")),
    ])

# --------------------------------------------------------------------------- yk05
GOLD["yk05_blackseashipping_pivdennyi_bulker"] = dict(
    notes="Shipping trade item (Thursday 22 May 2025): an Iskander-M ballistic missile at the port of Pivdennyi 'late on "
          "Wednesday' (three crew members and a port worker hurt: injured 4, rule 6; 'Two Iskander-M missiles' fired, "
          "'one of them' shot down: launched 2, intercepted 1, rule 9, the model fixes the family); Shahed drones on "
          "the Danube port of Izmail 'shortly before dawn on Thursday' ('There were no casualties': killed 0, injured 0). "
          "Not coded: war-risk premiums, ships holding at anchor, the corridor's 4,500 ships since August 2023 (no attack).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Pivdennyi", "Odesa", "Ukraine")],
               day("2025-05-21", "late on Wednesday"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "Two"), "intercepted": cnt(1, "one of them")}],
               ev("A Panama-flagged bulk carrier loading grain at the port of Pivdennyi was damaged by a Russian ballistic missile late on Wednesday, Ukrainian authorities said, in the latest attack on the corridor that carries Ukraine's exports through the Black Sea.",
                  "Three crew members, citizens of Egypt and Syria, were injured and taken ashore for treatment; a port worker was also hurt.",
                  "Two Iskander-M missiles had been fired at Pivdennyi, the regional chief Oleh Kiper posted; one of them was shot down over the sea."),
               injured=cnt(4, "Three crew members, citizens of Egypt and Syria, were injured and taken ashore for treatment; a port worker"),
               damage=["bulk carrier"], reported_by=["Dmytro Pletenchuk", "Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               day("2025-05-22", "shortly before dawn on Thursday"), [{"type": "drone", "model": "Shahed"}],
               ev("Hours later, shortly before dawn on Thursday, Shahed drones attacked the Danube port of Izmail.",
                  "Kiper reported a fire at a warehouse storing vegetable oil and damage to an administrative building.",
                  "There were no casualties."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["warehouse", "administrative building"], reported_by=["Oleh Kiper"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yk06
T1021 = day("2025-10-21", "on Tuesday")
GOLD["yk06_nordiceurodesk_frederiksen_kyiv"] = dict(
    notes="European desk (Tuesday 21 October 2025): Frederiksen's visit to Kyiv 'on Tuesday' (visit, held; her talks "
          "with Zelensky are part of it, rule 14); the memorandum on building Ukrainian drones in Denmark (agreement, "
          "held, signed during the visit, rule 14); the 2.1 billion kroner package (military_aid, held, rule 16); "
          "Starmer's coalition-of-the-willing session 'on Friday' (summit, planned, 24 October: coalition of the willing "
          "and the United Kingdom, its chair; rules 14 and 16); EU leaders 'due to discuss in Brussels on Thursday' "
          "(summit, planned, 23 October, European Union). Not coded: Starmer joining by video link (part of the visit, "
          "not reported as talks of its own), Frederiksen pressing for the loan (a demand, rule 13), her visit 'in the "
          "spring' (no date), Denmark's aid 'since 2022' (no single decision), the drone incursions over Danish airports "
          "(no attacker or strike to code).",
    attacks=[],
    diplomacy=[
        dip("visit", ["Denmark", "Ukraine"], T1021, "held",
            "Danish Prime Minister Mette Frederiksen's visit to Kyiv; she met President Volodymyr Zelensky at the Mariinskyi Palace",
            ev("Danish Prime Minister Mette Frederiksen reached Kyiv on Tuesday after a night on the train, her first visit to the Ukrainian capital since the spring."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("agreement", ["Denmark", "Ukraine"], T1021, "held",
            "Frederiksen and Zelensky signed a memorandum under which Ukrainian manufacturers will build long-range drones in Denmark",
            ev("At the Mariinskyi Palace she and President Volodymyr Zelensky signed a memorandum under which Ukrainian manufacturers will build long-range drones in Denmark, with the first line due to open near Vojens next year."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("military_aid", ["Denmark", "Ukraine"], T1021, "held",
            "A Danish package worth 2.1 billion kroner, mostly for artillery ammunition and air-defence interceptors under the Danish model",
            ev("She also announced a new Danish package worth 2.1 billion kroner, most of it to buy artillery ammunition and air-defence interceptors from Ukrainian and European makers under the so-called Danish model.")),
        dip("summit", ["coalition of the willing", "United Kingdom"], day("2025-10-24", "on Friday"), "planned",
            "A coalition-of-the-willing session chaired by British Prime Minister Keir Starmer, about 30 leaders, mostly by video",
            ev("The two leaders were joined by video link from London by British Prime Minister Keir Starmer, who will chair a coalition-of-the-willing session on Friday for countries prepared to back a ceasefire with troops or money.",
               "About 30 leaders are expected to take part, most of them by video; the agenda includes a European force that would deploy to Ukraine once the fighting stops, and long-range weapons.")),
        dip("summit", ["European Union"], day("2025-10-23", "on Thursday"), "planned",
            "EU leaders to discuss a loan to Ukraine backed by frozen Russian assets in Brussels",
            ev("Frederiksen, whose country holds the rotating presidency of the Council of the EU until December, also pressed for the swift approval of a loan to Ukraine backed by frozen Russian assets, a proposal that EU leaders are due to discuss in Brussels on Thursday."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- yk07
GOLD["yk07_tokyoeconomicdaily_sanctions_iwaya"] = dict(
    notes="Japanese business paper (Friday 10 January 2025): the cabinet's sanctions 'on Friday' (sanctions, held: Japan "
          "and Russia, the state targeted, rule 15; the Chinese and Hong Kong traders are firms, not a targeted state); "
          "Iwaya's call with Sybiha 'On Thursday evening' (phone_call, held). Optional: 'The previous round, announced "
          "in December' (background sanctions, rule 17), Sybiha's invitation to Iwaya (a visit put to the other side, "
          "proposed, rule 13; debatable), the first $3 billion of the G7 loan 'In December' (background aid, rule 17). "
          "Not coded: the embassy's 'unfriendly step' (reaction), the $12 billion pledged 'so far' (no single decision), "
          "the trade ministry's review of banks (no decision).",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["Japan", "Russia"], day("2025-01-10", "on Friday"), "held",
            "Japan froze the assets of 11 Russian companies and four trading houses in China and Hong Kong and barred exports to 22 more Russian organisations",
            ev("The Japanese government on Friday approved new sanctions over Russia's war against Ukraine, freezing the assets of 11 Russian companies that make machine tools and drone components, and of four trading houses in China and Hong Kong that it said had shipped Japanese-made electronics to Russian arms producers.",
               "Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference that the measures, adopted at a cabinet meeting in the morning, also bar exports to 22 more Russian organisations.")),
        dip("phone_call", ["Japan", "Ukraine"], day("2025-01-09", "On Thursday evening"), "held",
            "Foreign Minister Takeshi Iwaya spoke by phone with Andrii Sybiha about the sanctions and support for Ukraine's power grid",
            ev("On Thursday evening Foreign Minister Takeshi Iwaya spoke by phone with his Ukrainian counterpart, Andrii Sybiha.",
               "According to the Foreign Ministry, Iwaya told Sybiha of the coming sanctions and the two discussed Japan's support for Ukraine's power grid during the winter.")),
        dip("sanctions", ["Japan", "Russia"], month("2024-12-01", "2024-12-31", "in December"), "held",
            "Japan's previous sanctions round, targeting intermediaries in the United Arab Emirates and Central Asia",
            ev("The previous round, announced in December, targeted intermediaries in the United Arab Emirates and Central Asia."),
            optional=True),
        dip("visit", ["Japan", "Ukraine"], None, "proposed",
            "Sybiha invited Iwaya to visit Kyiv",
            ev("Sybiha invited Iwaya to visit Kyiv."),
            location=loc("Kyiv", "Kyiv", "Ukraine"), optional=True),
        dip("military_aid", ["Japan", "Ukraine"], month("2024-12-01", "2024-12-31", "In December"), "held",
            "Japan transferred the first $3 billion of its share of a G7 loan to Ukraine, repaid from the profits of frozen Russian assets",
            ev("In December Japan transferred the first $3 billion of its share of a G7 loan to Kyiv that is to be repaid from the profits of frozen Russian assets."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yk08
ROME = day("2025-07-11", "on Friday")
GOLD["yk08_reconstructionreview_rome_conference"] = dict(
    notes="Reconstruction trade item (Friday 11 July 2025): the Ukraine Recovery Conference in Rome (summit, held, Italy "
          "hosting and Ukraine, rule 14; dated by its close 'on Friday'); the Commission's €2.3 billion package "
          "(military_aid, held: European Union and Ukraine, rules 14 and 16); Zelensky's meeting with Kellogg 'On the "
          "sidelines' (talks, held: Ukraine, United States and Italy, host of the city, rule 15); Kellogg 'due in Kyiv "
          "next week for further talks' (talks, planned, rules 14 and 16). Optional: the European Flagship Fund set up "
          "with four states (agreement, held; debatable kind), Merz's 'talks with Washington ... under way' (ongoing, no "
          "date; his 'ready to finance' is a stance, rule 13), Kellogg's 'visit to Kyiv in February' and the next "
          "conference 'in Poland in 2026' (background and future, rule 17). Not coded: the €10 billion total pledged by "
          "many donors (no one decision), the $524 billion needs assessment.",
    attacks=[],
    diplomacy=[
        dip("summit", ["Italy", "Ukraine"], ROME, "held",
            "The fourth Ukraine Recovery Conference, hosted by Giorgia Meloni, with about 100 delegations; Zelensky and Shmyhal represented Ukraine",
            ev("ROME — The fourth Ukraine Recovery Conference ended in Rome on Friday with governments, banks and companies pledging more than €10 billion for Ukraine's reconstruction, Italian Prime Minister Giorgia Meloni said as she closed the two-day gathering.",
               "Leaders and ministers from about 100 delegations attended the meeting, hosted by Italy at the La Nuvola convention centre."),
            location=loc("Rome", None, "Italy")),
        dip("military_aid", ["European Union", "Ukraine"], None, "held",
            "Ursula von der Leyen announced a €2.3 billion package of loan guarantees and grants for Ukraine's reconstruction",
            ev("Commission chief Ursula von der Leyen announced a €2.3 billion package of loan guarantees and grants to be channelled through European development banks, designed to draw in up to €10 billion more from private investors.")),
        dip("talks", ["Ukraine", "United States", "Italy"], None, "held",
            "Zelensky met U.S. special envoy Keith Kellogg on the sidelines of the conference",
            ev("On the sidelines, Zelensky met U.S. special envoy Keith Kellogg, their first meeting since the envoy's visit to Kyiv in February."),
            location=loc("Rome", None, "Italy")),
        dip("talks", ["Ukraine", "United States"], week("2025-07-14", "2025-07-20", "next week"), "planned",
            "Keith Kellogg due in Kyiv for further talks",
            ev("Kellogg is due in Kyiv next week for further talks, Ukrainian officials said."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("agreement", ["European Union", "Italy", "France", "Germany", "Poland"], None, "held",
            "A European Flagship Fund for Reconstruction of Ukraine set up with Italy, France, Germany and Poland",
            ev("A new European Flagship Fund for Reconstruction of Ukraine, set up with Italy, France, Germany and Poland, will invest in energy, transport and housing projects."),
            optional=True),
        dip("talks", ["Germany", "United States"], None, "ongoing",
            "Talks between Berlin and Washington on buying additional Patriot systems for Ukraine",
            ev("German Chancellor Friedrich Merz said Berlin was ready to finance additional Patriot air-defence systems and that talks with Washington on their purchase were under way."),
            optional=True),
        dip("visit", ["United States", "Ukraine"], month("2025-02-01", "2025-02-28", "in February"), "held",
            "Keith Kellogg's visit to Kyiv in February",
            ev("On the sidelines, Zelensky met U.S. special envoy Keith Kellogg, their first meeting since the envoy's visit to Kyiv in February."),
            location=loc("Kyiv", "Kyiv", "Ukraine"), optional=True),
        dip("summit", ["Poland", "Ukraine"], year(2026, "in 2026"), "planned",
            "The next Ukraine Recovery Conference, in Poland",
            ev("The next conference will be held in Poland in 2026."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yk09
GOLD["yk09_atomwatch_grossi_znpp_rotation"] = dict(
    notes="Nuclear trade item (Wednesday 17 September 2025): Grossi's talks with Likhachev 'on Tuesday' at the IAEA's "
          "headquarters (talks, held: IAEA and Russia, Rosatom being Russia's state corporation; a meeting at an "
          "organisation's seat is hosted by it, not by Austria, rule 15); Grossi's trip to Kyiv 'next week' to meet "
          "Grynchuk (a trip told by its purpose of meeting: talks, planned, rules 14 and 16). Not coded: the rotation of "
          "the IAEA team (an operation of the agency, no event between states), the line 'disconnected since May' and "
          "'military activity in the area' (no attack with a place, day and attacker), the Kakhovka dam (background "
          "with no attack coded by any rule here), Kyiv's refusal (a stance, rule 13).",
    attacks=[],
    diplomacy=[
        dip("talks", ["International Atomic Energy Agency", "Russia"], day("2025-09-16", "on Tuesday"), "held",
            "IAEA Director General Rafael Grossi and Rosatom head Alexei Likhachev discussed the Zaporizhzhia plant's power supply and cooling pond",
            ev("VIENNA — International Atomic Energy Agency chief Rafael Grossi held talks with Alexei Likhachev, who runs Rosatom, Russia's atomic energy giant, on Tuesday on the margins of the agency's General Conference, the IAEA said, focusing on how electricity reaches the Zaporizhzhia nuclear power plant, held by Russian forces since 2022.",
               "The meeting took place at the agency's headquarters in the Austrian capital."),
            location=loc("Vienna", None, "Austria")),
        dip("talks", ["International Atomic Energy Agency", "Ukraine"], week("2025-09-22", "2025-09-28", "next week"), "planned",
            "Grossi to meet Ukraine's energy minister Svitlana Grynchuk in Kyiv on the plant and the safety of Ukraine's operating stations",
            ev("Grossi told reporters that next week he plans to be in Kyiv to meet Ukraine's energy minister, Svitlana Grynchuk, on the plant and on the safety of Ukraine's operating stations."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
    ])

# --------------------------------------------------------------------------- yk10
N0320 = night("2025-03-19", "2025-03-20", "overnight")
THU = day("2025-03-20", "on Thursday")
GOLD["yk10_kyivdispatch_day_in_war_march20"] = dict(
    notes="A 'day in the war' list (Thursday 20 March 2025): the overnight 171 'attack drones and decoys' / 75 shot down "
          "(country record; a combined total of two types: weapon other with drone and decoy_drone entries, rule 9; the "
          "63 that 'did not reach their targets' are not intercepted, rule 3); drones on Kharkiv overnight (three "
          "injured, 'a girl aged 12'); a guided bomb on the Krasnopillia community in the afternoon (a man of 53 killed; "
          "'A Russian guided bomb' gets no launched figure, rule 9); artillery on Nikopol (a 74-year-old woman; dated by "
          "the list's Thursday); a drone on a bus in Antonivka in the morning and shells on Kherson's Korabelnyi "
          "district later (two records, rule 1; the same events as yk02's); Zelensky's call with Trump 'on Wednesday' "
          "(phone_call, held); the Ukrainian-American meeting in Saudi Arabia 'on Sunday' and the separate U.S.-Russian "
          "talks there (talks, planned, Saudi Arabia hosting, rule 15). Optional: Trump's call with Putin 'a day after' "
          "which Zelensky's came (Tuesday 18 March, background, rule 17). Not coded: the General Staff's 151 combat "
          "clashes (ground fighting, rule 5), the vote on martial law (no diplomacy).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N0320,
               [{"type": "other", "model": "attack drones and decoys", "launched": cnt(171, "171"), "intercepted": cnt(75, "75")},
                {"type": "drone"}, {"type": "decoy_drone"}],
               ev("Russia sent 171 attack drones and decoys against Ukraine, by the air force's count.",
                  "Of those, 75 were shot down; another 63 did not reach their targets."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], N0320,
               [{"type": "drone"}],
               ev("Drones struck the Kyivskyi district of Kharkiv overnight, injuring three people, including a girl aged 12, governor Oleh Syniehubov said.",
                  "A kindergarten and a filling station were damaged."),
               injured=cnt(3, "three people"), children_injured=cnt(1, "a girl aged 12"),
               damage=["kindergarten", "filling station"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Krasnopillia", "Sumy", "Ukraine")],
               day("2025-03-20", "in the afternoon"), [{"type": "glide_bomb"}],
               ev("A Russian guided bomb hit the Krasnopillia community in the afternoon, killing a man of 53, said Volodymyr Artiukh, head of the regional administration."),
               killed=cnt(1, "a man of 53"), reported_by=["Volodymyr Artiukh"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")], THU,
               [{"type": "artillery"}],
               ev("Artillery fire on Nikopol wounded a 74-year-old woman, governor Serhii Lysak reported."),
               injured=cnt(1, "a 74-year-old woman"), reported_by=["Serhii Lysak"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Antonivka", "Kherson", "Ukraine")],
               day("2025-03-20", "In the morning"), [{"type": "drone"}],
               ev("In the morning a Russian drone caught a passenger bus in Antonivka, a settlement on the eastern fringe of Kherson; the driver was killed and two passengers wounded, according to Oleksandr Prokudin."),
               killed=cnt(1, "the driver"), injured=cnt(2, "two passengers"),
               damage=["bus"], reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2025-03-20", "later in the day"), [{"type": "artillery"}],
               ev("Two more residents were hurt when shells fell on the city's Korabelnyi district later in the day."),
               injured=cnt(2, "Two more residents"), reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "United States"], day("2025-03-19", "on Wednesday"), "held",
            "Zelensky's 'positive, very substantive' phone call with Donald Trump",
            ev("President Volodymyr Zelensky said he had had a \"positive, very substantive\" phone call on Wednesday with Donald Trump, the American president, a day after Trump's call with Vladimir Putin.")),
        dip("talks", ["Ukraine", "United States", "Saudi Arabia"], day("2025-03-23", "on Sunday"), "planned",
            "Ukrainian and American delegations to meet in Saudi Arabia to discuss a halt to strikes on energy facilities",
            ev("Ukrainian and American delegations will meet in Saudi Arabia on Sunday to discuss a halt to strikes on energy facilities, Zelensky said; U.S. officials will hold separate talks with a Russian team there."),
            location=loc("Saudi Arabia", None, "Saudi Arabia", "country")),
        dip("talks", ["United States", "Russia", "Saudi Arabia"], day("2025-03-23", "on Sunday"), "planned",
            "Separate talks of U.S. officials with a Russian team in Saudi Arabia",
            ev("U.S. officials will hold separate talks with a Russian team there."),
            location=loc("Saudi Arabia", None, "Saudi Arabia", "country")),
        dip("phone_call", ["United States", "Russia"], day("2025-03-18", "a day after"), "held",
            "Trump's phone call with Vladimir Putin",
            ev("President Volodymyr Zelensky said he had had a \"positive, very substantive\" phone call on Wednesday with Donald Trump, the American president, a day after Trump's call with Vladimir Putin."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yk11
GOLD["yk11_explainerhub_air_raid_alerts"] = dict(
    notes="Explainer (Thursday 14 August 2025) that mentions two past strikes as background, both with a count or a "
          "place and so required (rule 5): 'On the night of 9 July' more than 700 drones at Ukraine (country record, "
          "launched 700 more_than, night 8-9 July, rules 3, 7 and 11); missiles and drones on a building in Kyiv's "
          "Sviatoshynskyi district 'on 31 July' (31 killed). Not coded: Shaheds circling 'for hours', glide bombs on "
          "front-line towns, sirens 'every night' (no count, no place, no single event: rule 5).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2025-07-08", "2025-07-09", "On the night of 9 July"),
               [{"type": "drone", "launched": cnt(700, "more than 700", "more_than")}],
               ev("On the night of 9 July Russia launched more than 700 drones at Ukraine, and most regions were on alert for over six hours.")),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")],
               day("2025-07-31", "on 31 July"), [{"type": "missile"}, {"type": "drone"}],
               ev("When missiles and drones struck a nine-storey building in the Sviatoshynskyi district of Kyiv on 31 July, killing 31 people, warnings had been active for nearly two hours, officials said afterwards."),
               killed=cnt(31, "31 people"), damage=["nine-storey building"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yk12
GOLD["yk12_podillyaagro_honey_cooperative"] = dict(
    notes="Control (Thursday 6 November 2025): an agricultural feature on a beekeepers' cooperative from three frontline "
          "regions. Nothing is coded: displaced beekeepers, uncleared fields, power cuts 'of recent winters' (no attack, "
          "no place or day), a state grant to a cooperative, EU customs data and the revised EU trade quota (no event "
          "between states dated or decided here: background trade policy with no participants' act).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("belgorod-2025-04-12", "Ukrainian drones on a Belgorod substation, night of 11-12 April 2025 (a Russian and a Ukrainian outlet)",
     [("yk03_belgorodskyvestnik_gladkov_summary", "attack", 0), ("yk04_energomonitor_gas_poltava_belgorod", "attack", 2)]),
    ("antonivka-2025-03-20", "A Russian drone on a bus in Antonivka, Kherson, morning of 20 March 2025",
     [("yk02_pivdennyvisnyk_kherson_bus_korabelnyi", "attack", 0), ("yk10_kyivdispatch_day_in_war_march20", "attack", 4)]),
    ("kherson-2025-03-20", "Russian artillery on Kherson's Korabelnyi district, 20 March 2025",
     [("yk02_pivdennyvisnyk_kherson_bus_korabelnyi", "attack", 1), ("yk10_kyivdispatch_day_in_war_march20", "attack", 5)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev36 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV36 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV36, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
