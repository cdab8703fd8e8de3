"""Write evals/dev37/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev37 on 3 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV37 = ROOT / "evals" / "dev37"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt, week, year  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yl01
N0419 = night("2024-04-18", "2024-04-19", "overnight")
GOLD["yl01_meridianwire_energy_wave"] = dict(
    notes="Wire agency (Friday 19 April 2024): the air force's nationwide figures for the night, 22 missiles (15 "
          "downed) and 36 Shahed drones (31 downed) (country record, rule 3; per-type figures, rule 9); a missile on "
          "Dnipro (first figure two killed, 14 wounded, 'a girl of 11': children_injured 1; the afternoon's three dead "
          "and 19 hurt are evidence, rule 6; 'A missile' is not counted, rule 9); drones on a substation at Stryi ('no one "
          "was hurt': injured 0, rule 6); the background barrage that wrecked the Trypilska plant 'on 11 April' (a place, "
          "so required, rule 5; a site near Kyiv, kind drone_and_missile). Diplomacy: Zelenskiy's call with Dutch Prime "
          "Minister Rutte 'on Friday' (phone_call, held; Rutte was still Dutch prime minister); Stoltenberg's NATO-Ukraine "
          "Council session 'later on Friday' (meeting, planned: an organisation's meeting, rule 14). Not coded: "
          "Ukrenergo's request for imports and Zelenskiy's plea (requests, rule 13), Berlin 'looking at' its stocks "
          "(stance, rule 13), half the capacity lost 'since the campaign resumed in March' (no single event, rule 5). "
          "Same events as yl03 (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0419,
               [{"type": "missile", "launched": cnt(22, "22"), "intercepted": cnt(15, "15")},
                {"type": "drone", "model": "Shahed", "launched": cnt(36, "36"), "intercepted": cnt(31, "31")}],
               ev("KYIV, April 19 - Russia hurled 22 missiles and 36 Shahed drones at Ukraine overnight, aiming once more at power plants and railway hubs, the Ukrainian air force said on Friday.",
                  "Air defence units brought down 15 of the missiles and 31 of the drones, it said in a morning update."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")], N0419,
               [{"type": "missile"}],
               ev("The heaviest blow fell on Dnipro.",
                  "A missile tore into a railway depot and a five-storey apartment block near the city's central station, killing two people and wounding 14, among them a girl of 11, Governor Serhiy Lysak wrote on Telegram.",
                  "By early afternoon he had revised the toll to three dead and 19 hurt as rescuers dug through a collapsed stairwell."),
               killed=cnt(2, "two people"), injured=cnt(14, "14"), children_injured=cnt(1, "a girl of 11"),
               damage=["railway depot", "apartment block"], reported_by=["Serhiy Lysak"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Stryi", "Lviv", "Ukraine")], N0419,
               [{"type": "drone"}],
               ev("In western Ukraine, drones struck a power substation on the edge of Stryi in the Lviv region.",
                  "Regional governor Maksym Kozytskyi said the fire was out by dawn and no one was hurt, though several villages were briefly cut off from electricity."),
               injured=cnt(0, "no one was hurt"), damage=["power substation"], reported_by=["Maksym Kozytskyi"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Trypilska thermal power plant", "Kyiv", "Ukraine", "site")],
               day("2024-04-11", "on 11 April"), [{"type": "missile"}, {"type": "drone"}],
               ev("Ukraine has lost roughly half its generating capacity since the campaign resumed in March; on 11 April a barrage of missiles and drones wrecked the Trypilska thermal power plant south of Kyiv, the largest producer for the capital region."),
               damage=["Trypilska thermal power plant"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Netherlands"], day("2024-04-19", "on Friday"), "held",
            "Zelenskiy spoke by phone with Dutch Prime Minister Mark Rutte about Patriot batteries and artillery shells",
            ev("President Volodymyr Zelenskiy held a phone call on Friday with Dutch Prime Minister Mark Rutte about Patriot batteries and artillery shells.")),
        dip("meeting", ["NATO", "Ukraine"], day("2024-04-19", "later on Friday"), "planned",
            "NATO Secretary General Jens Stoltenberg to chair a video session of the NATO-Ukraine Council of defence ministers on air defence",
            ev("NATO Secretary General Jens Stoltenberg was due to chair a video session of the NATO-Ukraine Council later on Friday, with defence ministers expected to discuss what air defence allies could spare.")),
    ])

# --------------------------------------------------------------------------- yl02
GOLD["yl02_eastbridge_explainer_burgenstock"] = dict(
    notes="Broadcaster's explainer (Monday 10 June 2024): the peace summit at Bürgenstock on 15-16 June (summit, planned; "
          "Switzerland hosts, Ukraine's formula; rules 14-16); the background glide-bomb strike on Kharkiv's Epicentr "
          "hypermarket 'On 25 May' (a count and a place: required, rule 5; 'a pair of guided bombs' hit: launched 2, rule 9; "
          "the city is named in the sentence before, which is quoted). Optional (background, rule 17): the national "
          "security advisers' rounds in Copenhagen (June 2023), Jeddah (August 2023), Malta (October 2023) and Davos "
          "(January 2024), each talks with the host state; Zelensky and Amherd 'agreeing in Bern the next day' (talks). "
          "Not coded: Russia not invited and China's refusal (no event between states; a refusal to attend is no "
          "cancellation of the summit), Biden's fundraiser and Harris leading the delegation (part of the summit), "
          "the communique being drafted (part of the summit), Kyiv lobbying (rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")], day("2024-05-25", "On 25 May"),
               [{"type": "glide_bomb", "launched": cnt(2, "a pair")}],
               ev("Officials argue that a broad coalition puts pressure on Moscow at a time when its army is advancing near Kharkiv.",
                  "On 25 May a pair of guided bombs hit the Epicentr hardware hypermarket in that city on a Saturday afternoon, killing 19 people; Kyiv cited the strike repeatedly while lobbying for attendance."),
               killed=cnt(19, "19 people"), damage=["Epicentr hardware hypermarket"]),
    ],
    diplomacy=[
        dip("summit", ["Switzerland", "Ukraine"], night("2024-06-15", "2024-06-16", "on Saturday, 15 June"), "planned",
            "Peace summit on Ukraine hosted by Swiss President Viola Amherd at the Bürgenstock resort; about 90 states and organisations confirmed",
            ev("The conference opens on Saturday, 15 June, at the Bürgenstock hotel complex and closes on Sunday.",
               "Swiss President Viola Amherd will host it.",
               "By Monday, Bern said, about 90 states and organisations had confirmed they would send delegations, roughly half of them led by heads of state or government."),
            location=loc("Bürgenstock", "Nidwalden", "Switzerland")),
        dip("talks", ["Ukraine", "Denmark"], month("2023-06-01", "2023-06-30", "in June 2023"), "held",
            "National security advisers' meeting on the peace formula in Copenhagen",
            ev("National security advisers met to discuss the plan in Copenhagen in June 2023, in the Saudi city of Jeddah that August and in Malta in October."),
            location=loc("Copenhagen", None, "Denmark"), optional=True),
        dip("talks", ["Ukraine", "Saudi Arabia"], month("2023-08-01", "2023-08-31", "that August"), "held",
            "National security advisers' meeting on the peace formula in Jeddah",
            ev("National security advisers met to discuss the plan in Copenhagen in June 2023, in the Saudi city of Jeddah that August and in Malta in October."),
            location=loc("Jeddah", None, "Saudi Arabia"), optional=True),
        dip("talks", ["Ukraine", "Malta"], month("2023-10-01", "2023-10-31", "in October"), "held",
            "National security advisers' meeting on the peace formula in Malta",
            ev("National security advisers met to discuss the plan in Copenhagen in June 2023, in the Saudi city of Jeddah that August and in Malta in October."),
            location=loc("Malta", None, "Malta", "country"), optional=True),
        dip("talks", ["Ukraine", "Switzerland"], month("2024-01-01", "2024-01-31", "in January"), "held",
            "Fourth round of national security advisers' talks on the peace formula at Davos",
            ev("A fourth round, at Davos in January, ended with Zelensky and Amherd agreeing in Bern the next day that Switzerland would try to convene leaders."),
            location=loc("Davos", "Graubünden", "Switzerland"), optional=True),
        dip("talks", ["Ukraine", "Switzerland"], month("2024-01-01", "2024-01-31", "the next day"), "held",
            "Zelensky and Amherd agreed in Bern that Switzerland would try to convene a leaders' summit",
            ev("A fourth round, at Davos in January, ended with Zelensky and Amherd agreeing in Bern the next day that Switzerland would try to convene leaders."),
            location=loc("Bern", None, "Switzerland"), optional=True),
    ])

# --------------------------------------------------------------------------- yl03
GOLD["yl03_liveline_live_april19"] = dict(
    notes="Live page, newest entry first (Friday 19 April 2024): the air force's 22 missiles and 36 drones 'overnight' "
          "(country record, launched only, rule 3); Dnipro, first in time the 07:30 entry (two killed, 14 wounded, 'one "
          "of them a child': children_injured 1; the 13:20 update's three dead and 19 in hospital is evidence, rule 6; "
          "'a missile' not counted, rule 9); drones on the Novoshakhtinsk refinery 'in the early hours' (Ukraine on Russia, "
          "rules 4 and 12; 'Nobody was injured': injured 0); Moscow's 50 drones over eight regions (a tally over several "
          "regions: country record Russia, rule 3). Diplomacy: the NATO-Ukraine Council 'this afternoon' (meeting, held); "
          "Kuleba and Blinken 'on Thursday' on Capri (talks, held; Italy as host of the G7 ministers and state of the "
          "city, rule 15). Optional: the G7 foreign ministers' meeting Italy 'is hosting' (meeting, ongoing; the setting "
          "of the talks). Not coded: Stoltenberg's expectation of announcements (stance, rule 13), the aid bill 'stuck "
          "in Congress' (no decision). Same events as yl01 and yl08 (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0419,
               [{"type": "missile", "launched": cnt(22, "22")}, {"type": "drone", "launched": cnt(36, "36")}],
               ev("Ukraine's air force says a combined strike overnight involved 22 missiles and 36 drones."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2024-04-19", "this morning"), [{"type": "missile"}],
               ev("First reports from Dnipro: a missile hit near the central railway station; Governor Lysak says two people were killed and 14 wounded, one of them a child.",
                  "Dnipro update: the number of dead after this morning's missile strike has risen to three, and 19 people are now in hospital, says the region's governor Serhiy Lysak.",
                  "A railway building and an apartment block near the station were hit."),
               killed=cnt(2, "two people"), injured=cnt(14, "14"), children_injured=cnt(1, "one of them a child"),
               damage=["railway building", "apartment block"], reported_by=["Serhiy Lysak"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novoshakhtinsk", "Rostov Oblast", "Russia")],
               day("2024-04-19", "in the early hours"), [{"type": "drone"}],
               ev("Across the border, a fuel storage tank is burning at the Novoshakhtinsk oil refinery in Russia's Rostov region after what Governor Vasily Golubev called \"a massive attack by drones\" in the early hours.",
                  "Nobody was injured, he added."),
               injured=cnt(0, "Nobody was injured"), damage=["Novoshakhtinsk oil refinery", "fuel storage tank"],
               reported_by=["Vasily Golubev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0419,
               [{"type": "drone", "intercepted": cnt(50, "50")}],
               ev("Moscow's defence ministry claims air-defence crews downed 50 Ukrainian drones overnight over eight regions, among them Rostov, Belgorod and Kursk."),
               reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[
        dip("meeting", ["NATO", "Ukraine"], day("2024-04-19", "this afternoon"), "held",
            "NATO-Ukraine Council by video on air defence; Stoltenberg said allies identified systems they could send; Umerov joined from Kyiv",
            ev("Stoltenberg has just spoken to reporters after the NATO-Ukraine Council.",
               "Allies meeting by video this afternoon identified systems they could send, he said, without naming countries: \"I expect new announcements on air defence in the coming days.\"")),
        dip("talks", ["Ukraine", "United States", "Italy"], day("2024-04-18", "on Thursday"), "held",
            "Kuleba met US Secretary of State Antony Blinken on Capri on the sidelines of the G7 foreign ministers' meeting; Patriot deliveries and the US aid bill",
            ev("Foreign Minister Dmytro Kuleba sat down on Thursday with Antony Blinken, the US secretary of state, on Capri, where Italy is hosting G7 foreign ministers, the State Department has confirmed in a readout posted this afternoon.",
               "They discussed Patriot deliveries and the $61bn aid bill still stuck in Congress, it said."),
            location=loc("Capri", "Campania", "Italy")),
        dip("meeting", ["G7", "Italy"], None, "ongoing",
            "G7 foreign ministers' meeting hosted by Italy on Capri",
            ev("Foreign Minister Dmytro Kuleba sat down on Thursday with Antony Blinken, the US secretary of state, on Capri, where Italy is hosting G7 foreign ministers, the State Department has confirmed in a readout posted this afternoon."),
            location=loc("Capri", "Campania", "Italy"), optional=True),
    ])

# --------------------------------------------------------------------------- yl04
N0717 = night("2024-07-16", "2024-07-17", "overnight")
GOLD["yl04_kyivledger_uae_exchange"] = dict(
    notes="Kyiv outlet (Wednesday 17 July 2024): the exchange of 95 for 95 'on Wednesday' (prisoner_exchange, held; the "
          "UAE brokered it, so a participant, rule 15); Russian drones on Sumy 'overnight' (the region's 12 drones with "
          "one struck locality go on the city record, rule 3: launched 12; 'most' destroyed is no number; 'reported no "
          "casualties': killed 0, injured 0, rule 6); Kuleba 'expected in China next week' for talks with Wang Yi (talks, "
          "planned: attributed to the ministry with a place, rule 16). Optional: 'The last, on 25 June' exchange the "
          "Gulf state mediated (background, rule 17); 'the next stage of negotiations was already underway' (talks, "
          "ongoing; participants only implied, no date: debatable). Not coded: 'the fifth swap ... this year' (no single "
          "event), Lubinets's readiness for 'all for all' (stance, rule 13) and his accusation (reaction). Same events as "
          "yl10's Sumy, exchange and Kuleba records (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")], N0717,
               [{"type": "drone", "launched": cnt(12, "12")}],
               ev("The exchange came hours after Russian drones attacked Sumy overnight.",
                  "Governor Volodymyr Artiukh said one drone struck a municipal boiler house in the city and another damaged a shop, while air defence destroyed most of the 12 drones sent against the region.",
                  "The regional administration reported no casualties."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["boiler house", "shop"], reported_by=["Volodymyr Artiukh"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2024-07-17", "on Wednesday"), "held",
            "Ukraine and Russia exchanged 95 prisoners each in a swap brokered by the United Arab Emirates; eleven civilians among the Ukrainians",
            ev("Ninety-five Ukrainian servicemen and women returned home on Wednesday in a prisoner exchange with Russia brokered by the United Arab Emirates, according to President Volodymyr Zelensky.",
               "A few hours later the Russian defence ministry said 95 Russian servicemen had been handed over in return.")),
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2024-06-25", "on 25 June"), "held",
            "The previous UAE-mediated exchange, which brought back 90 Ukrainians",
            ev("It is the fifth swap the Gulf state has mediated this year.",
               "The last, on 25 June, brought back 90 Ukrainians, among them fighters captive ever since the Azovstal siege."),
            optional=True),
        dip("talks", ["Ukraine", "China"], week("2024-07-22", "2024-07-28", "next week"), "planned",
            "Foreign Minister Dmytro Kuleba expected in China for talks with Wang Yi",
            ev("Separately, Foreign Minister Dmytro Kuleba is expected in China next week for talks with his counterpart Wang Yi, the ministry said, the first trip by a Ukrainian foreign minister to Beijing since the invasion.")),
        dip("talks", ["Ukraine", "Russia"], None, "ongoing",
            "Negotiations on the next stage of prisoner exchanges under way",
            ev("The same body said the next stage of negotiations was already underway, without giving details or a date."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yl05
T0917 = day("2024-09-17", "on Tuesday")
GOLD["yl05_wislareview_sikorski_kyiv"] = dict(
    notes="Polish outlet (Tuesday 17 September 2024; Sybiha foreign minister since 5 September): Sikorski 'travelled to "
          "Kyiv on Tuesday for his first meeting with Andrii Sybiha' (a minister's trip told by its purpose of meeting is "
          "talks, rule 14: the article's 'His visit' comes five paragraphs later, not in the sentence or the next); the "
          "memorandum on exhumations (agreement, held, rule 14); the 42nd aid package 'the government had approved' "
          "(military_aid, held, no date, rule 16); Tusk and Shmyhal's consultations 'in Warsaw in October' (talks, planned, "
          "month); Russian drones on Lutsk 'Overnight' (a 43-year-old worker injured). Not coded: shooting down drones "
          "over Ukraine 'being studied' (no decision: stance, rule 13), Polish aircraft scrambled (no strike), the 4.5 "
          "billion euros since 2022 (no single decision), the farmers' blockade (no event between states).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Lutsk", "Volyn", "Ukraine")],
               night("2024-09-16", "2024-09-17", "Overnight"), [{"type": "drone"}],
               ev("Overnight, Russian drones damaged a power installation in Lutsk, the regional administration in Volyn reported; a 43-year-old worker was injured and part of the city lost power for several hours."),
               injured=cnt(1, "a 43-year-old worker"), damage=["power installation"],
               reported_by=["Volyn regional administration"]),
    ],
    diplomacy=[
        dip("talks", ["Poland", "Ukraine"], T0917, "held",
            "Polish Foreign Minister Radosław Sikorski met Ukrainian Foreign Minister Andrii Sybiha in Kyiv",
            ev("Foreign Minister Radosław Sikorski travelled to Kyiv on Tuesday for his first meeting with Andrii Sybiha since the latter replaced Dmytro Kuleba as Ukraine's top diplomat earlier this month.",
               "The two ministers spent three hours together at the foreign ministry on Mykhailivska Square"),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("agreement", ["Poland", "Ukraine"], T0917, "held",
            "Sikorski and Sybiha signed a memorandum on the joint exhumation of victims of the Volhynia massacres",
            ev("The two ministers spent three hours together at the foreign ministry on Mykhailivska Square and signed a memorandum on the joint exhumation of victims of the 1943-45 Volhynia massacres, an issue that has soured relations between Warsaw and Kyiv for years."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("military_aid", ["Poland", "Ukraine"], None, "held",
            "Poland's 42nd military aid package: mostly anti-aircraft ammunition and spare parts for T-72 tanks and Krab howitzers",
            ev("Sikorski also confirmed that the government had approved Poland's 42nd military aid package for Ukraine, comprising mostly anti-aircraft ammunition and spare parts for the T-72 tanks and Krab howitzers already in Ukrainian service.")),
        dip("talks", ["Poland", "Ukraine"], month("2024-10-01", "2024-10-31", "in October"), "planned",
            "Intergovernmental consultations of Prime Ministers Donald Tusk and Denys Shmyhal in Warsaw",
            ev("Prime Minister Donald Tusk and Prime Minister Denys Shmyhal will hold intergovernmental consultations in Warsaw in October, the minister said, the first such session since the farmers' blockade of border crossings last winter."),
            location=loc("Warsaw", None, "Poland")),
    ])

# --------------------------------------------------------------------------- yl06
NEXT_WEEK_0620 = week("2024-06-24", "2024-06-30", "Next week")
GOLD["yl06_balticherald_sanctions14"] = dict(
    notes="Baltic outlet (Thursday 20 June 2024): EU ambassadors 'on Thursday agreed on a 14th package' (sanctions, held: "
          "the decision is the event; European Union and Russia, rule 15); foreign ministers in Luxembourg 'on Monday' to "
          "adopt it (meeting, planned: the EU's own Council meeting, so no host state added, as dev36 coded EU leaders in "
          "Brussels); Lithuania's package 'on Thursday' (military_aid, held); 'Next week' the EU's security commitments "
          "with Zelensky (agreement, planned) and Estonia's and Lithuania's bilateral security agreements 'on the same "
          "occasion' (two agreements, planned: each bilateral; 'expect to sign' with the occasion named is firm intent, "
          "rule 16). Optional: the leaders' meeting in Brussels as a summit of its own; the 13th package 'adopted in "
          "February' (background, rule 17). Not coded: Hungary's and Germany's hold-ups (resolved, part of the agreement's "
          "story), Landsbergis's criticism (reaction), Vilnius 'pushing' for an aluminium ban and his hope for the next "
          "package (demand and stance, rule 13).",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2024-06-20", "on Thursday"), "held",
            "EU ambassadors agreed the 14th sanctions package: first curbs on reloading Russian LNG in EU ports, 116 listings",
            ev("VILNIUS - European Union ambassadors on Thursday agreed on a 14th package of sanctions against Russia, targeting for the first time the reloading of Russian liquefied natural gas in EU ports, diplomats in Brussels said.",
               "The deal, reached after weeks of haggling, also adds 116 people and entities to the bloc's blacklist and bans EU companies from providing services to several Russian LNG projects under construction in the Arctic.")),
        dip("meeting", ["European Union"], day("2024-06-24", "on Monday"), "planned",
            "EU foreign ministers to adopt the 14th package in Luxembourg",
            ev("Ministers are expected to rubber-stamp the measures when EU foreign ministers gather in Luxembourg on Monday."),
            location=loc("Luxembourg", None, "Luxembourg")),
        dip("military_aid", ["Lithuania", "Ukraine"], day("2024-06-20", "on Thursday"), "held",
            "Lithuanian package of ammunition, generators and anti-drone equipment worth about 35 million euros",
            ev("Lithuania on Thursday also sent Ukraine a new package of military support: ammunition, generators and anti-drone equipment worth about 35 million euros, the defence ministry said.")),
        dip("agreement", ["European Union", "Ukraine"], NEXT_WEEK_0620, "planned",
            "EU leaders and Zelensky to sign joint security commitments in Brussels",
            ev("Next week, EU leaders meeting in Brussels are due to sign a joint security commitments document with President Volodymyr Zelensky, setting out the bloc's long-term military, financial and humanitarian support."),
            location=loc("Brussels", None, "Belgium")),
        dip("agreement", ["Estonia", "Ukraine"], NEXT_WEEK_0620, "planned",
            "Estonia to sign a bilateral security agreement with Ukraine",
            ev("Estonia and Lithuania expect to sign their own bilateral security agreements with Kyiv on the same occasion."),
            location=loc("Brussels", None, "Belgium")),
        dip("agreement", ["Lithuania", "Ukraine"], NEXT_WEEK_0620, "planned",
            "Lithuania to sign a bilateral security agreement with Ukraine",
            ev("Estonia and Lithuania expect to sign their own bilateral security agreements with Kyiv on the same occasion."),
            location=loc("Brussels", None, "Belgium")),
        dip("summit", ["European Union"], NEXT_WEEK_0620, "planned",
            "EU leaders' meeting in Brussels",
            ev("Next week, EU leaders meeting in Brussels are due to sign a joint security commitments document with President Volodymyr Zelensky, setting out the bloc's long-term military, financial and humanitarian support."),
            location=loc("Brussels", None, "Belgium"), optional=True),
        dip("sanctions", ["European Union", "Russia"], month("2024-02-01", "2024-02-29", "in February"), "held",
            "The EU's 13th sanctions package, mostly on suppliers of drone components in third countries",
            ev("The 13th package, adopted in February to mark two years of the full-scale war, mostly targeted suppliers of drone components in third countries."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yl07
GOLD["yl07_bosphorusdaily_novorossiysk_grain"] = dict(
    notes="Turkish outlet (Friday 4 August 2023): Ukrainian sea drones on the Novorossiysk naval base 'before dawn on "
          "Friday' (naval drones are drone, rule 9; Russia's 'two uncrewed boats' both destroyed: launched 2, "
          "intercepted 2); Shahed drones on Izmail 'On Wednesday' (the air force's 23 'shot down over the Odesa region', "
          "with Izmail the one struck locality there, go on Izmail's record, rule 3). Diplomacy: Fidan's call with Kuleba "
          "'on Thursday' (phone_call, held); Putin expected 'to visit Turkey later this month' (visit, planned: officials "
          "with a place named, rule 16, although the Kremlin named no date; debatable). Optional: 'two weeks of Russian "
          "attacks on Ukraine's Danube and Odesa ports' since 17 July (a span, not one night: region record, kind other); "
          "the original grain deal Ankara 'brokered ... last July' (agreement, background, rule 17); Moscow quitting it "
          "'on 17 July' (agreement, cancelled, background). Not coded: Erdoğan's promise to raise the corridor (part of the "
          "planned visit), the oil terminal's halt, insurance premiums.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar Krai", "Russia")],
               day("2023-08-04", "before dawn on Friday"),
               [{"type": "drone", "launched": cnt(2, "two"), "intercepted": cnt(2, "both")}],
               ev("ISTANBUL - Ukrainian sea drones attacked Russia's naval base at Novorossiysk before dawn on Friday, damaging a large landing ship, an official at Ukraine's SBU security agency said.",
                  "Russia's defence ministry gave a different account, saying two uncrewed boats had tried to reach the base and both had been destroyed by fire from ships guarding the harbour."),
               damage=["landing ship"], reported_by=["Security Service of Ukraine", "Russian defence ministry"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")], day("2023-08-02", "On Wednesday"),
               [{"type": "drone", "model": "Shahed", "intercepted": cnt(23, "23")}],
               ev("On Wednesday, Shahed drones hit grain silos and a warehouse in the river port of Izmail, across the water from Romania, the Ukrainian military said.",
                  "About 40,000 tonnes of grain bound for Africa, China and Israel were destroyed, and the air force said 23 drones had been shot down over the Odesa region."),
               damage=["grain silos", "warehouse"], reported_by=["Ukrainian military", "Ukrainian air force"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Odesa", "Odesa", "Ukraine", "region")],
                   {"start": "2023-07-17", "end": "2023-08-03", "precision": "range", "text": "since Moscow quit the UN-backed grain arrangement on 17 July"},
                   [],
                   ev("The strike followed two weeks of Russian attacks on Ukraine's Danube and Odesa ports since Moscow quit the UN-backed grain arrangement on 17 July."))),
    ],
    diplomacy=[
        dip("phone_call", ["Turkey", "Ukraine"], day("2023-08-03", "on Thursday"), "held",
            "Turkish Foreign Minister Hakan Fidan and Ukraine's Dmytro Kuleba discussed restoring safe navigation in the Black Sea",
            ev("Foreign Minister Hakan Fidan held a telephone conversation with Ukraine's Dmytro Kuleba on Thursday and discussed \"ways to restore safe navigation\", his ministry said.")),
        dip("visit", ["Russia", "Turkey"], month("2023-08-01", "2023-08-31", "later this month"), "planned",
            "Putin expected by Turkish officials to visit Turkey, where Erdoğan would raise the grain corridor; the Kremlin said no date agreed",
            ev("Erdoğan has promised to raise the corridor with President Vladimir Putin face to face, and officials in Ankara expect Putin to visit Turkey later this month, although the Kremlin said no date had been agreed.")),
        dip("agreement", ["Turkey", "United Nations", "Russia", "Ukraine"], month("2022-07-01", "2022-07-31", "last July"), "held",
            "The Black Sea grain deal brokered by Turkey and the United Nations",
            ev("Ankara, which brokered the original deal with the United Nations last July, is trying to bring Russia back."),
            optional=True),
        dip("agreement", ["Russia", "Turkey", "United Nations", "Ukraine"], day("2023-07-17", "on 17 July"), "cancelled",
            "Russia quit the UN-backed Black Sea grain arrangement",
            ev("The strike followed two weeks of Russian attacks on Ukraine's Danube and Odesa ports since Moscow quit the UN-backed grain arrangement on 17 July."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yl08
GOLD["yl08_ledgermarkets_refinery_oil"] = dict(
    notes="Business desk (Friday 19 April 2024): Ukrainian drones on the Novoshakhtinsk refinery 'overnight' (rules 4 and "
          "12; 'eight drones had been launched': launched 8, a Ukrainian source; 'there were no injuries': injured 0, rule "
          "6); Russia's 50 drones over eight regions 'overnight' (country record Russia, intercepted, rule 3). Diplomacy: "
          "the Commission's draft 14th sanctions package sent to member states (sanctions, proposed: a draft package "
          "presented, rule 13; European Union and Russia; no date). Optional: ambassadors 'expected to start discussing it "
          "next week' (the EU's own meeting, planned). Not coded: the campaign 'since January' (no count or place, rule 5), "
          "US officials urging Kyiv to stop (a demand, rule 13), Moscow's gasoline export ban (a domestic measure). Same "
          "events as yl03's Novoshakhtinsk and defence-ministry records (clusters.json).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novoshakhtinsk", "Rostov Oblast", "Russia")], N0419,
               [{"type": "drone", "launched": cnt(8, "eight")}],
               ev("The governor of the Rostov region, Vasily Golubev, said the Novoshakhtinsk plant, which processes about 5 million tonnes of crude a year and exports most of its output, came under what he called a massive drone attack overnight.",
                  "Fire crews put the blaze out by mid-morning and there were no injuries, he said.",
                  "A person familiar with the operation at Ukraine's military intelligence agency said eight drones had been launched at the site."),
               injured=cnt(0, "there were no injuries"), damage=["Novoshakhtinsk refinery", "storage tank"],
               reported_by=["Vasily Golubev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0419,
               [{"type": "drone", "intercepted": cnt(50, "50")}],
               ev("Russia's defence ministry reported destroying 50 Ukrainian drones over eight regions overnight."),
               reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], None, "proposed",
            "The European Commission's draft 14th sanctions package, barring transshipment of Russian LNG through EU ports",
            ev("The European Commission has sent member states a draft 14th sanctions package that would for the first time target Russian liquefied natural gas, by barring its transshipment through EU ports, according to three diplomats.")),
        dip("meeting", ["European Union"], week("2024-04-22", "2024-04-28", "next week"), "planned",
            "EU ambassadors to start discussing the draft package",
            ev("Ambassadors are expected to start discussing it next week."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yl09
GOLD["yl09_rhinewire_berlin_ramstein"] = dict(
    notes="Wire agency (Friday 11 October 2024; Rutte NATO secretary general since 1 October): Zelensky's stop in Berlin "
          "'on Friday' (visit, held; his talks with Scholz are part of it, rule 14); Scholz's package of about 1.4 billion "
          "euros (military_aid, held; financed with Belgium, Denmark and Norway, all participants); the leaders' meeting "
          "of the Ukraine Defense Contact Group at Ramstein 'on Saturday', 'put off' with 'No new date' (summit, stalled, "
          "dated by the day it was planned for, rules 11 and 16; Germany as the state of the base, rule 15); Biden's "
          "cancelled trip to Germany (visit, cancelled, no date given); NATO defence ministers 'next week' at NATO "
          "headquarters (meeting, planned; NATO hosts at its seat, rule 15; Umerov expected: Ukraine); a ballistic missile "
          "on a container ship in Odesa's port 'on Wednesday evening' (first figure eight killed, 10 injured; the ninth "
          "death on Friday is evidence, rule 6; 'a ... missile' not counted). Optional: Rutte's trip to Kyiv 'on his third "
          "day in office' (background visit, 3 October, rule 17); the budget's four billion euros for next year (a "
          "planned allocation, not a decision to send: debatable). Not coded: the tour of capitals (none named), the "
          "'victory plan' (not put to anyone here), the donor ranking.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Odesa", "Odesa", "Ukraine")], day("2024-10-09", "on Wednesday evening"),
               [{"type": "ballistic_missile"}],
               ev("In Ukraine, a civilian container ship was hit by a Russian ballistic missile in Odesa's port on Wednesday evening, killing eight port workers and injuring 10, regional governor Oleh Kiper said at the time.",
                  "A wounded docker died on Friday, bringing the toll to nine, Kiper said."),
               killed=cnt(8, "eight port workers"), injured=cnt(10, "10"),
               damage=["container ship"], reported_by=["Oleh Kiper"]),
    ],
    diplomacy=[
        dip("visit", ["Ukraine", "Germany"], day("2024-10-11", "on Friday"), "held",
            "Zelensky ended a tour of European capitals in Berlin, meeting Chancellor Olaf Scholz at the chancellery",
            ev("BERLIN, Oct 11 - Chancellor Olaf Scholz promised Ukraine a new military aid package valued at roughly 1.4 billion euros on Friday, as President Volodymyr Zelensky wrapped up a tour of European capitals with a stop in the German capital."),
            location=loc("Berlin", None, "Germany")),
        dip("military_aid", ["Germany", "Ukraine", "Belgium", "Denmark", "Norway"], day("2024-10-11", "on Friday"), "held",
            "German package of about 1.4 billion euros, financed with Belgium, Denmark and Norway: IRIS-T systems, howitzers and drones by the end of the year",
            ev("BERLIN, Oct 11 - Chancellor Olaf Scholz promised Ukraine a new military aid package valued at roughly 1.4 billion euros on Friday, as President Volodymyr Zelensky wrapped up a tour of European capitals with a stop in the German capital.",
               "The package, to be financed jointly with Belgium, Denmark and Norway, includes IRIS-T air-defence systems, self-propelled howitzers and drones, and is to be delivered by the end of the year, Scholz told reporters in the chancellery's courtyard after the two men met for talks.")),
        dip("summit", ["Ukraine Defense Contact Group", "United States", "Germany", "Ukraine"], day("2024-10-12", "on Saturday"), "stalled",
            "Leaders' meeting of the Ukraine Defense Contact Group at Ramstein, to be convened by Biden, put off with no new date",
            ev("Zelensky had hoped to present his \"victory plan\" to Western leaders at Ramstein air base on Saturday, where US President Joe Biden was to convene the first gathering of the Ukraine Defense Contact Group at the level of leaders.",
               "That gathering was put off after Biden cancelled his trip to Germany to deal with Hurricane Milton.",
               "No new date has been set, although German officials said they hoped it could take place before the US election."),
            location=loc("Ramstein", "Rhineland-Palatinate", "Germany", "site")),
        dip("visit", ["United States", "Germany"], None, "cancelled",
            "Biden cancelled his trip to Germany because of Hurricane Milton",
            ev("That gathering was put off after Biden cancelled his trip to Germany to deal with Hurricane Milton.")),
        dip("meeting", ["NATO", "Ukraine"], week("2024-10-14", "2024-10-20", "next week"), "planned",
            "NATO defence ministers' meeting chaired by Secretary General Mark Rutte at NATO headquarters; Ukraine's Rustem Umerov expected",
            ev("Mark Rutte, who took over as NATO secretary general on 1 October, will chair a meeting of alliance defence ministers at NATO headquarters in Brussels next week, where Ukraine's Rustem Umerov is also expected."),
            location=loc("Brussels", None, "Belgium")),
        dip("visit", ["NATO", "Ukraine"], day("2024-10-03", "on his third day in office"), "held",
            "Rutte's trip to Kyiv as NATO secretary general",
            ev("Rutte travelled to Kyiv on his third day in office."),
            location=loc("Kyiv", "Kyiv", "Ukraine"), optional=True),
        dip("military_aid", ["Germany", "Ukraine"], year(2025, "next year"), "planned",
            "Germany's budget for next year foresees four billion euros for Ukraine",
            ev("Its budget for next year foresees four billion euros for Kyiv, half this year's figure, a cut critics in the Greens and the opposition Christian Democrats have attacked."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yl10
GOLD["yl10_nordwave_digest_july17"] = dict(
    notes="Broadcaster's key-events list (Wednesday 17 July 2024): Sumy 'overnight' (the region's 12 Shahed drones, 10 "
          "downed, with the regional capital the one struck locality: on the city record, rule 3; 'with no one injured': "
          "injured 0); a guided bomb on Kharkiv's Saltivskyi district 'around midday' (five injured, 'a boy aged 15': "
          "children_injured 1, rule 6; 'A guided aerial bomb' not counted, rule 9; the district stays on the city, rule 1); "
          "shelling 'on Wednesday' of Toretsk (two killed) and Niu-York (one), one record each (rule 1); Russia's 19 "
          "drones 'overnight' over several regions (country record Russia, rule 3); a drone on a car near Shebekino 'on "
          "Wednesday morning' (a woman wounded; Ukraine as attacker, rule 12). Diplomacy: the 95-for-95 exchange 'on "
          "Wednesday' (prisoner_exchange, held; Abu Dhabi's mediation: the UAE, rule 15); Kuleba to China 'next week' for "
          "talks with Wang Yi (talks, planned); the European Political Community summit at Blenheim Palace 'on Thursday' "
          "hosted by Starmer (summit, planned; the United Kingdom hosts, Zelensky due: Ukraine). Optional: Orban's meeting "
          "with Putin in Moscow 'on 5 July' (background, rule 17); Lammy's £3bn a year (a continuing commitment restated, "
          "no new decision: debatable); Zelensky 'due in the UK on Thursday' as a visit of its own. Not coded: Orban's "
          "letter urging talks (a demand, rule 13), informal meetings Hungary hosts (no date or event), 'day 875'. Same "
          "events as yl04's Sumy, exchange and Kuleba records (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")], N0717,
               [{"type": "drone", "model": "Shahed", "launched": cnt(12, "12"), "intercepted": cnt(10, "10")}],
               ev("Russian drones attacked Sumy overnight.",
                  "The air force counted 12 Shahed drones launched at the region, 10 of which it downed; debris and two hits damaged a boiler house and a shop in the regional capital, with no one injured."),
               injured=cnt(0, "no one injured"), damage=["boiler house", "shop"], reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")], day("2024-07-17", "around midday"),
               [{"type": "glide_bomb"}],
               ev("A guided aerial bomb struck a residential street in Kharkiv's Saltivskyi district around midday, injuring five people, a boy aged 15 among them, Governor Oleh Syniehubov said.",
                  "Two houses were destroyed."),
               injured=cnt(5, "five people"), children_injured=cnt(1, "a boy aged 15"),
               damage=["residential street", "houses"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Toretsk", "Donetsk", "Ukraine")], day("2024-07-17", "on Wednesday"),
               [{"type": "artillery"}],
               ev("In the Donetsk region, shelling on Wednesday killed two civilians in Toretsk and one in the village of Niu-York, Governor Vadym Filashkin reported."),
               killed=cnt(2, "two civilians"), reported_by=["Vadym Filashkin"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Niu-York", "Donetsk", "Ukraine")], day("2024-07-17", "on Wednesday"),
               [{"type": "artillery"}],
               ev("In the Donetsk region, shelling on Wednesday killed two civilians in Toretsk and one in the village of Niu-York, Governor Vadym Filashkin reported."),
               killed=cnt(1, "one"), reported_by=["Vadym Filashkin"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0717,
               [{"type": "drone", "intercepted": cnt(19, "19")}],
               ev("Russia's defence ministry said air defences had destroyed 19 Ukrainian drones overnight, chiefly above the Belgorod, Kursk and Bryansk regions."),
               reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod Oblast", "Russia")],
               day("2024-07-17", "on Wednesday morning"), [{"type": "drone"}],
               ev("Belgorod Governor Vyacheslav Gladkov said a woman was wounded on Wednesday morning when a drone dropped explosives on her car near the town of Shebekino."),
               injured=cnt(1, "a woman"), damage=["car"], reported_by=["Vyacheslav Gladkov"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2024-07-17", "on Wednesday"), "held",
            "Ukraine and Russia each freed 95 prisoners of war in an exchange mediated by the UAE; eleven civilians among the Ukrainians",
            ev("Ukraine and Russia each freed 95 prisoners of war in a new exchange on Wednesday.",
               "Abu Dhabi, credited with several earlier swaps, said its mediation had made this one possible.")),
        dip("talks", ["Ukraine", "China"], week("2024-07-22", "2024-07-28", "next week"), "planned",
            "Foreign Minister Dmytro Kuleba to go to China for talks with Wang Yi on ending the war",
            ev("Foreign Minister Dmytro Kuleba will go to China next week, his spokesman said, for talks with Wang Yi on how to end the war.")),
        dip("summit", ["European Political Community", "United Kingdom", "Ukraine"], day("2024-07-18", "on Thursday"), "planned",
            "European Political Community summit at Blenheim Palace hosted by Prime Minister Keir Starmer; Zelensky due",
            ev("Zelensky is due in the UK on Thursday for the European Political Community summit at Blenheim Palace, hosted by Prime Minister Keir Starmer."),
            location=loc("Blenheim Palace", "Oxfordshire", "United Kingdom", "site")),
        dip("talks", ["Hungary", "Russia"], day("2024-07-05", "on 5 July"), "held",
            "Hungarian Prime Minister Viktor Orban met Vladimir Putin in Moscow on what he called a peace mission",
            ev("Hungarian Prime Minister Viktor Orban, who met Vladimir Putin in Moscow on 5 July on what he called a peace mission, wrote to EU leaders urging them to open talks with Russia."),
            location=loc("Moscow", None, "Russia"), optional=True),
        dip("military_aid", ["United Kingdom", "Ukraine"], None, "held",
            "Foreign Secretary David Lammy said Britain would keep supplying Ukraine with £3bn a year",
            ev("Britain's new foreign secretary, David Lammy, said London would keep supplying Ukraine with £3bn a year \"for as long as it takes\"."),
            optional=True),
        dip("visit", ["Ukraine", "United Kingdom"], day("2024-07-18", "on Thursday"), "planned",
            "Zelensky due in the UK for the European Political Community summit",
            ev("Zelensky is due in the UK on Thursday for the European Political Community summit at Blenheim Palace, hosted by Prime Minister Keir Starmer."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yl11
GOLD["yl11_dniprobusiness_coffee_roaster"] = dict(
    notes="Control (Thursday 5 October 2023): a business feature on a Dnipro coffee roaster. Nothing is coded: sirens "
          "'several times a day' (no attack, place or day of its own), staff leaving in 2022, a state-backed loan, "
          "mobilised baristas, talks with a supermarket chain (firms, not states: rule 15).",
    attacks=[],
    diplomacy=[])

# --------------------------------------------------------------------------- yl12
N1126 = night("2024-11-25", "2024-11-26", "Overnight into Tuesday")
GOLD["yl12_atlanticbroadcast_council_oreshnik"] = dict(
    notes="Broadcaster (Tuesday 26 November 2024; Rutte at NATO, Sybiha foreign minister): the NATO-Ukraine Council of "
          "ambassadors in Brussels 'on Tuesday' (meeting, held; NATO and Ukraine); the Oreshnik strike on Dnipro 'on 21 "
          "November' (a place and a count: required, rule 5; model Oreshnik, a ballistic missile; 'The missile' not "
          "counted; 'Two people were hurt': injured 2); the record wave 'Overnight into Tuesday' (country record: 188 "
          "drones, 76 shot down, the 96 'lost from tracking and did not reach targets' not intercepted, rule 3; four "
          "Iskander-M missiles, ballistic by model, rule 9); drones on Ternopil in that wave ('Nobody was killed': killed "
          "0; 'a man of 62 suffered burns': injured 1); the US package of $275 million 'on Monday' (military_aid, held); "
          "NATO foreign ministers at NATO headquarters 'next week' (meeting, planned; Sybiha due: Ukraine; NATO hosts at "
          "its seat, rule 15). Optional: the aid 'Congress approved in April' (background aid decision, rule 17). Not "
          "coded: Rutte's words to the council and Sybiha's request (statement and demand, rule 13), Trump's promise "
          "(stance), 'did not produce any new pledges'.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")], day("2024-11-21", "on 21 November"),
               [{"type": "ballistic_missile", "model": "Oreshnik"}],
               ev("The missile, which Vladimir Putin later identified as an experimental weapon called Oreshnik, struck an industrial site in Dnipro on 21 November, Ukrainian officials said.",
                  "Two people were hurt."),
               injured=cnt(2, "Two people"), damage=["industrial site"], reported_by=["Ukrainian officials"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1126,
               [{"type": "drone", "launched": cnt(188, "188"), "intercepted": cnt(76, "76")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(4, "four")}],
               ev("Overnight into Tuesday, Moscow sent 188 drones and four Iskander-M missiles toward Ukraine, according to the air force.",
                  "It said 76 of the drones were shot down, while another 96 were lost from tracking and did not reach targets."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Ternopil", "Ternopil", "Ukraine")], N1126,
               [{"type": "drone"}],
               ev("In the western city of Ternopil, drones damaged critical infrastructure and left most residents without power or water, regional officials said.",
                  "Nobody was killed, they said, though a man of 62 suffered burns."),
               killed=cnt(0, "Nobody was killed"), injured=cnt(1, "a man of 62"),
               damage=["critical infrastructure"], reported_by=["Ternopil regional officials"]),
    ],
    diplomacy=[
        dip("meeting", ["NATO", "Ukraine"], day("2024-11-26", "on Tuesday"), "held",
            "Emergency session of the NATO-Ukraine Council at ambassador level, requested by Kyiv after the Oreshnik strike; Rutte spoke, Sybiha joined by video",
            ev("NATO and Ukrainian ambassadors met in Brussels on Tuesday in an emergency session of the NATO-Ukraine Council that Kyiv had requested after Russia fired a new intermediate-range ballistic missile at the city of Dnipro last week."),
            location=loc("Brussels", None, "Belgium")),
        dip("military_aid", ["United States", "Ukraine"], day("2024-11-25", "on Monday"), "held",
            "A $275 million US weapons package with HIMARS rockets and artillery shells from Pentagon stocks",
            ev("Washington, meanwhile, announced on Monday a $275 million weapons package for Ukraine, including rockets for HIMARS launchers and artillery shells, drawn from existing Pentagon stocks.")),
        dip("meeting", ["NATO", "Ukraine"], week("2024-12-02", "2024-12-08", "next week"), "planned",
            "Two-day meeting of NATO foreign ministers at NATO headquarters in Brussels; Sybiha due",
            ev("Sybiha is due back in Brussels next week, when alliance foreign ministers hold a two-day meeting at NATO headquarters on Ukraine and on how to keep American support after January."),
            location=loc("Brussels", None, "Belgium")),
        dip("military_aid", ["United States", "Ukraine"], month("2024-04-01", "2024-04-30", "in April"), "held",
            "The aid for Ukraine Congress approved in April",
            ev("The administration of President Joe Biden has less than two months left to spend the remaining aid Congress approved in April."),
            optional=True),
    ])


CLUSTERS = [
    ("ukraine-wave-2024-04-19", "Russia's 22 missiles and 36 drones on Ukraine, night of 18-19 April 2024 (a wire and a live page)",
     [("yl01_meridianwire_energy_wave", "attack", 0), ("yl03_liveline_live_april19", "attack", 0)]),
    ("dnipro-2024-04-19", "A Russian missile on Dnipro near the central station, 19 April 2024",
     [("yl01_meridianwire_energy_wave", "attack", 1), ("yl03_liveline_live_april19", "attack", 1)]),
    ("nuc-2024-04-19", "The NATO-Ukraine Council on air defence, 19 April 2024 (planned in the wire, held in the live page)",
     [("yl01_meridianwire_energy_wave", "diplomacy", 1), ("yl03_liveline_live_april19", "diplomacy", 0)]),
    ("novoshakhtinsk-2024-04-19", "Ukrainian drones on the Novoshakhtinsk refinery, night of 18-19 April 2024 (a live page and a business desk)",
     [("yl03_liveline_live_april19", "attack", 2), ("yl08_ledgermarkets_refinery_oil", "attack", 0)]),
    ("russia-mod-2024-04-19", "Russia's defence ministry: 50 Ukrainian drones downed over eight regions, night of 18-19 April 2024",
     [("yl03_liveline_live_april19", "attack", 3), ("yl08_ledgermarkets_refinery_oil", "attack", 1)]),
    ("sumy-2024-07-17", "Russian drones on Sumy, night of 16-17 July 2024 (a Kyiv outlet and a key-events list)",
     [("yl04_kyivledger_uae_exchange", "attack", 0), ("yl10_nordwave_digest_july17", "attack", 0)]),
    ("exchange-2024-07-17", "The UAE-mediated exchange of 95 prisoners each, 17 July 2024",
     [("yl04_kyivledger_uae_exchange", "diplomacy", 0), ("yl10_nordwave_digest_july17", "diplomacy", 0)]),
    ("kuleba-china-2024-07", "Kuleba's planned talks with Wang Yi in China, week of 22 July 2024",
     [("yl04_kyivledger_uae_exchange", "diplomacy", 2), ("yl10_nordwave_digest_july17", "diplomacy", 1)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev37 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV37 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV37, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
