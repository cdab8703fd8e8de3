"""Write evals/dev47/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev47 on 4 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV47 = ROOT / "evals" / "dev47"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, year, loc, UA, attack, dip, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}
AIR_FORCE = ["Ukrainian Air Force"]

# --------------------------------------------------------------------------- yv01
N0531 = night("2024-05-30", "2024-05-31", "overnight")
GOLD["yv01_kharkivregiontv_night_drones"] = dict(
    notes="Regional TV site (Friday 31 May 2024) on the night in Kharkiv region, from the governor's Telegram: Shahed "
          "drones on Kharkiv 'overnight' (30-31 May, rule 11; 'at least seven people' injured, 'including two "
          "children', rules 6 and 7; the Kyivskyi district and Poltavskyi Shliakh street stay on the city's record, "
          "rule 1) and on Chuhuiv ('A 58-year-old woman', one injured; 'a drone fell' is not counted, rule 9). The Air "
          "Force's 35 Shaheds and two Kh-59 missiles, 29 drones and 'both missiles' brought down, are the country "
          "record (rule 3; Kh-59 is a cruise missile by its model, rule 9); 'Eleven of the drones' over Kharkiv "
          "region is the region's own record, because the article names two struck localities there, Kharkiv and "
          "Chuhuiv (rule 3). Not coded: the ground offensive opened 'on 10 May' and the General Staff's 12 combat "
          "clashes near Vovchansk (ground fighting and a front tally, rule 5); the sirens and the hotline.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], N0531,
               [{"type": "drone", "model": "Shahed"}],
               ev("Russia attacked Kharkiv and the nearby town of Chuhuiv with Shahed drones overnight, injuring at least seven people in the city, including two children, regional governor Oleh Syniehubov wrote on Telegram on Friday morning.",
                  "In Kharkiv, one of them crashed into the top floors of a Kyivskyi district apartment block of nine storeys, and fire spread across the eighth and ninth floors.",
                  "Another came down next to a furniture warehouse on Poltavskyi Shliakh street, which was still smouldering at dawn."),
               injured=cnt(7, "at least seven people", "at_least"), children_injured=cnt(2, "two children"),
               damage=["nine-storey apartment block in the Kyivskyi district", "furniture warehouse on Poltavskyi Shliakh street",
                       "windows in about forty apartments"],
               reported_by=["regional governor Oleh Syniehubov", "Mayor Ihor Terekhov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chuhuiv", "Kharkiv", "Ukraine")], N0531,
               [{"type": "drone", "model": "Shahed"}],
               ev("Russia attacked Kharkiv and the nearby town of Chuhuiv with Shahed drones overnight, injuring at least seven people in the city, including two children, regional governor Oleh Syniehubov wrote on Telegram on Friday morning.",
                  "In Chuhuiv, roughly 40 kilometres south-east of the regional centre, a drone fell into the yard of a private house.",
                  "A 58-year-old woman was wounded by shrapnel, and two cars and a summer kitchen burned down, said Chuhuiv's military administration chief."),
               injured=cnt(1, "A 58-year-old woman"), damage=["yard of a private house", "two cars", "summer kitchen"],
               reported_by=["Chuhuiv's military administration chief"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2024-05-30", "2024-05-31", "in the night hours"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(35, "35"), "intercepted": cnt(29, "29")},
                {"type": "cruise_missile", "model": "Kh-59", "launched": cnt(2, "two"), "intercepted": cnt(2, "both missiles")}],
               ev("The Air Force said Russia had launched 35 Shahed attack drones and two guided missiles of the Kh-59 type at Ukraine in the night hours.",
                  "Gunners and fighter pilots brought down 29 of the drones and both missiles."),
               reported_by=AIR_FORCE),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine", "region")],
               night("2024-05-30", "2024-05-31", "in the night hours"),
               [{"type": "drone", "intercepted": cnt(11, "Eleven")}],
               ev("Eleven of the drones were destroyed over Kharkiv region, the Air Force added, without saying where the remaining ones had been heading."),
               reported_by=AIR_FORCE),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yv02
N0925 = night("2024-09-24", "2024-09-25", "overnight")
GOLD["yv02_odesaregiontv_kyivskyi_district"] = dict(
    notes="Regional TV site (Wednesday 25 September 2024): drones on Odesa 'overnight' (24-25 September, rule 11; 'at "
          "least five people', 'including a two-year-old boy': children_injured 1, rules 6 and 7; the elderly woman "
          "treated for shock is 'not counted among the injured', so no sixth injury; the Kyivskyi district is a "
          "district of Odesa, not Kyiv, rule 10; 'A drone struck' is not counted, rule 9). The Air Force's 78 drones "
          "and 66 downed are the country record (rule 3); 'Nine of those drones' over Odesa region go on Odesa's "
          "record, the one locality of the region the article names as struck that night (rule 3). Izmail 'On Monday "
          "night' (23-24 September) is a background attack with a place, required (rule 5; 'no one was hurt' is "
          "injured 0, killed null, rule 6). Diplomacy: Zelensky 'is due to present his \"victory plan\" to Joe Biden at "
          "the White House on Thursday' (talks, planned, 26 September; a day and a place, rule 16). Not coded: his "
          "attendance at the UN General Assembly (no event of its own); 'the third attack on the Odesa Oblast this "
          "week' (vague, rule 5); Kiper's advice to residents.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")], N0925,
               [{"type": "drone", "intercepted": cnt(9, "Nine")}],
               ev("Russian forces attacked Odesa with attack drones overnight, injuring at least five people, including a two-year-old boy, regional chief Oleh Kiper said on Wednesday.",
                  "A drone struck the roof of a 16-storey apartment tower in the city's Kyivskyi district shortly before 3 a.m., Kiper wrote on Telegram.",
                  "Nine of those drones fell to air defence over Odesa region, where mobile fire groups and aircraft were working, Yurii Ihnat, the Air Force's spokesman, told the national telethon."),
               injured=cnt(5, "at least five people", "at_least"), children_injured=cnt(1, "a two-year-old boy"),
               damage=["16-storey apartment tower in the Kyivskyi district", "supermarket windows", "twelve cars",
                       "kindergarten windows"],
               reported_by=["regional chief Oleh Kiper", "Air Force spokesman Yurii Ihnat"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N0925,
               [{"type": "drone", "launched": cnt(78, "78"), "intercepted": cnt(66, "66")}],
               ev("Nationwide, Russia sent 78 attack drones against Ukraine overnight from the Primorsko-Akhtarsk and Kursk directions, the Air Force said.",
                  "Air defence downed 66 of them."),
               reported_by=AIR_FORCE),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               night("2024-09-23", "2024-09-24", "On Monday night"), [{"type": "drone"}],
               ev("On Monday night, drones damaged port infrastructure in Izmail, on the Danube, although no one was hurt, according to Kiper's report that morning."),
               injured=cnt(0, "no one was hurt"), damage=["port infrastructure"],
               reported_by=["regional chief Oleh Kiper"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "United States"], day("2024-09-26", "on Thursday"), "planned",
            "Zelensky to present his victory plan to Biden at the White House",
            ev("He is due to present his \"victory plan\" to Joe Biden at the White House on Thursday, and said in New York that stronger air defence for southern cities such as Odesa would be part of the conversation."),
            location=loc("Washington", None, "United States")),
    ])

# --------------------------------------------------------------------------- yv03
GOLD["yv03_radioslobozhanshchyna_evening_bulletin"] = dict(
    notes="Regional radio's evening bulletin (Friday 31 May 2024) of timestamped items, each dated by its own words: "
          "drones on Kharkiv 'in the small hours' (31 May, day, rule 11; 'seven people' exact, 'Two of them are "
          "children'; the 16:35 update to nine is evidence, not the count, rule 6); the Air Force's 'thirty-five "
          "Shahed drones and two Kh-59 missiles', 'twenty-nine drones and both missiles' destroyed (country record, "
          "rules 3 and 9; Kh-59 is a cruise missile); Kupiansk shelled 'Late in the morning' ('A man aged 64' killed, "
          "'a woman of 60' wounded). Diplomacy: the exchange of 75 announced 'At 14:20' (prisoner_exchange, held, 31 "
          "May; the UAE mediated, rule 15); the Ukrainian-Swedish security agreement signed 'In the afternoon' in "
          "Stockholm (agreement, held, rule 14). Not coded: Sweden's commitments (the agreement's content); the "
          "trolleybus, gas and weather items.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2024-05-31", "in the small hours"), [{"type": "drone"}],
               ev("At 07:40, governor Oleh Syniehubov said seven people had been hurt when Russian attack drones struck Kharkiv in the small hours.",
                  "Two of them are children.",
                  "At 16:35, Syniehubov updated the figure for the night attack on Kharkiv: nine people are now listed as injured, after a man, 45, and a woman, 52, asked for medical help in the afternoon."),
               injured=cnt(7, "seven people"), children_injured=cnt(2, "Two of them are children"),
               damage=["residential building in the Kyivskyi district"],
               reported_by=["governor Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0531,
               [{"type": "drone", "model": "Shahed", "launched": cnt(35, "thirty-five"), "intercepted": cnt(29, "twenty-nine")},
                {"type": "cruise_missile", "model": "Kh-59", "launched": cnt(2, "two"), "intercepted": cnt(2, "both missiles")}],
               ev("At 09:15, the Air Force published its figures for the night: thirty-five Shahed drones and two Kh-59 missiles were fired at Ukraine overnight, and twenty-nine drones and both missiles were destroyed."),
               reported_by=AIR_FORCE),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kupiansk", "Kharkiv", "Ukraine")],
               day("2024-05-31", "Late in the morning"), [{"type": "artillery"}],
               ev("Late in the morning, Russian artillery shelled Kupiansk.",
                  "A man aged 64 died outside a grocery shop and a woman of 60 was wounded, the regional prosecutor's office said."),
               killed=cnt(1, "A man aged 64"), injured=cnt(1, "a woman of 60"),
               reported_by=["regional prosecutor's office"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2024-05-31", "At 14:20"), "held",
            "75 Ukrainians, most of them soldiers including defenders of Mariupol and four civilians, returned in an exchange mediated by the UAE",
            ev("At 14:20, President Volodymyr Zelensky announced that 75 Ukrainians were back home after a prisoner exchange with Russia.",
               "The UAE acted as mediator in the swap, said Ukraine's coordination headquarters for prisoner issues, which thanked Abu Dhabi for its help.")),
        dip("agreement", ["Ukraine", "Sweden"], day("2024-05-31", "In the afternoon"), "held",
            "Zelensky and Prime Minister Ulf Kristersson signed a ten-year bilateral security agreement",
            ev("In the afternoon, Zelensky and Swedish Prime Minister Ulf Kristersson signed a ten-year bilateral security agreement in Stockholm."),
            location=loc("Stockholm", None, "Sweden")),
    ])

# --------------------------------------------------------------------------- yv04
GOLD["yv04_mykolaivcitycouncil_danish_memorandum"] = dict(
    notes="City council news page (Tuesday 16 April 2024): the Danish government delegation led by Dan Jørgensen on a "
          "'working visit' to Mykolaiv 'today' (visit, held; the meeting with the mayor is part of the visit, rule 14); "
          "the memorandum on a new water treatment station signed by Senkevych and Jørgensen 'Following the meeting' "
          "(agreement, held, the visit's day, 'today'; rules 14 and 16; the city is Ukraine's side, rule 15); Denmark 'would allocate' an "
          "additional DKK 75 million this year (military_aid, held: an aid decision announced, of any cargo, rules 14 "
          "and 16; no date words of its own). Not coded: the shelter built 'with Danish money last year' and what "
          "'Danish funds have already paid for' (results of earlier aid, no decision told); Denmark's partnership "
          "'since 2022' (a standing role, no event); support that 'would continue for as long as it was needed' "
          "(a stance, rule 13); the loss of the Dnipro pipeline in 2022 (no attack told).",
    attacks=[],
    diplomacy=[
        dip("visit", ["Denmark", "Ukraine"], day("2024-04-16", "today"), "held",
            "Danish government delegation led by Development Cooperation Minister Dan Jørgensen on a working visit to Mykolaiv, received by Mayor Oleksandr Senkevych",
            ev("Mykolaiv Mayor Oleksandr Senkevych today received a delegation of the Danish government led by Dan Jørgensen, Minister for Development Cooperation and Global Climate Policy, who arrived in the city on a working visit."),
            location=loc("Mykolaiv", "Mykolaiv", "Ukraine")),
        dip("agreement", ["Denmark", "Ukraine"], day("2024-04-16", "today"), "held",
            "Memorandum of understanding on a new water treatment station for Mykolaiv, Denmark financing design and the first stage",
            ev("Following the meeting, Oleksandr Senkevych and Dan Jørgensen signed a memorandum of understanding on the construction of a new water treatment station for the city.",
               "Under the memorandum, the Danish side will finance the design work and the first stage of construction, and Mykolaiv Vodokanal will act as the customer."),
            location=loc("Mykolaiv", "Mykolaiv", "Ukraine")),
        dip("military_aid", ["Denmark", "Ukraine"], None, "held",
            "Denmark to allocate an additional DKK 75 million (about EUR 10 million) to Mykolaiv this year for school shelters and heating points",
            ev("Minister Jørgensen also announced that Denmark would allocate an additional 75 million Danish kroner, about 10 million euros, to Mykolaiv this year for school shelters and the renovation of heating points before the winter.")),
    ])

# --------------------------------------------------------------------------- yv05
GOLD["yv05_pivdennakuryer_danish_delegation"] = dict(
    notes="Regional paper (Wednesday 17 April 2024) on the same visit: the Danish delegation 'spent Tuesday in Mykolaiv' "
          "(visit, held, 16 April; the meetings with Kim and Senkevych are part of it, rule 14); the memorandum on the "
          "water treatment station (agreement, held, the visit's day); the 'around €10 million' pledged (military_aid, "
          "held, rules 14 and 16). Optional: 'Denmark chose Mykolaiv as the region it would help rebuild in 2022' "
          "(a background aid decision, rule 17). Attack: 'four Shahed drones' destroyed over Mykolaiv Oblast "
          "'overnight into Tuesday' (15-16 April; the region's record, no struck locality named, rule 3; 'There were no "
          "casualties' fills killed 0 and injured 0, rule 6). Not coded: Copenhagen 'ready to consider' the hospital, "
          "'no decision has been taken' (a stance, rule 13); Danish aid that 'had passed 90 million euros' (a running "
          "total, no decision); the coordination office; the 2022 pipeline loss (no attack told).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Mykolaiv", "Mykolaiv", "Ukraine", "region")],
               night("2024-04-15", "2024-04-16", "overnight into Tuesday"),
               [{"type": "drone", "model": "Shahed", "intercepted": cnt(4, "four")}],
               ev("Air defence destroyed four Shahed drones over Mykolaiv Oblast overnight into Tuesday, Kim said on Telegram in the morning.",
                  "There were no casualties."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               reported_by=["regional governor Vitaliy Kim"]),
    ],
    diplomacy=[
        dip("visit", ["Denmark", "Ukraine"], day("2024-04-16", "Tuesday"), "held",
            "Danish government delegation led by Development Minister Dan Jørgensen in Mykolaiv; met governor Vitaliy Kim and Mayor Oleksandr Senkevych",
            ev("A Danish government delegation led by Development Minister Dan Jørgensen spent Tuesday in Mykolaiv, its first trip to the south in 2024.",
               "In the regional capital, Jørgensen met regional governor Vitaliy Kim, and then Mayor Oleksandr Senkevych."),
            location=loc("Mykolaiv", "Mykolaiv", "Ukraine")),
        dip("agreement", ["Denmark", "Ukraine"], day("2024-04-16", "Tuesday"), "held",
            "Memorandum with the mayor on a new water treatment station, paid for by Denmark",
            ev("With the mayor, he signed a memorandum on the construction of a new water treatment station, which the city has been waiting for since its main pipeline from the Dnipro was cut two years ago.",
               "Denmark will pay for the project and for the first phase of the works."),
            location=loc("Mykolaiv", "Mykolaiv", "Ukraine")),
        dip("military_aid", ["Denmark", "Ukraine"], None, "held",
            "Around EUR 10 million pledged this year for school shelters and heating points in Mykolaiv",
            ev("The minister also pledged around €10 million this year for bomb shelters in schools and for preparing the city's heating points for winter.")),
        dip("military_aid", ["Denmark", "Ukraine"], year(2022, "in 2022"), "held",
            "Denmark chose Mykolaiv as the region it would help rebuild",
            ev("Denmark chose Mykolaiv as the region it would help rebuild in 2022, and its engineers and companies have since worked on water supply, schools and the port."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yv06
GOLD["yv06_siveriaradio_exchange_returnees"] = dict(
    notes="Local radio (Saturday 1 June 2024) on the region's returnees: the exchange 'on Friday' (31 May; "
          "prisoner_exchange, held; 75 for 75; the UAE mediated, rule 15). Optional: the previous exchange 'on 8 "
          "February' (background, rule 17). Attack: Semenivka shelled 'On Friday' with mortars and artillery (31 May; "
          "shelling_artillery, rule 8; 'eleven times' are hits, not launches, rule 9; 'A 70-year-old man' injured). "
          "Not coded: Lubinets's 'ready to continue exchanges \"in any format and at any moment\"' (a stance, rule 13) "
          "and his charge against Moscow (statement); the detention in March 2022 and the capture near Bakhmut in 2023 "
          "(no attack record, rule 5); the 400 still missing.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Semenivka", "Chernihiv", "Ukraine")],
               day("2024-05-31", "On Friday"), [{"type": "artillery"}],
               ev("On Friday, Russian forces shelled the Semenivka community with mortars and artillery eleven times, Chaus said.",
                  "A 70-year-old man was wounded and a shop and two houses were damaged."),
               injured=cnt(1, "A 70-year-old man"), damage=["shop", "two houses"],
               reported_by=["regional governor Viacheslav Chaus"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2024-05-31", "on Friday"), "held",
            "75 Ukrainians, six of them from Chernihiv region, exchanged for 75 Russian prisoners with UAE mediation",
            ev("Six residents of Chernihiv region are among the 75 Ukrainians who returned from Russian captivity on Friday, regional governor Viacheslav Chaus said on Saturday.",
               "The United Arab Emirates mediated Friday's swap, according to Dmytro Lubinets, the Ukrainian parliament's human rights ombudsman.",
               "Ukraine, in turn, released 75 Russian prisoners.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2024-02-08", "on 8 February"), "held",
            "Previous exchange: 100 Ukrainian defenders returned",
            ev("It was the first exchange in almost four months: the previous one took place on 8 February, when 100 Ukrainian defenders came back."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yv07
GOLD["yv07_zaporizhzhiaregiontv_missiles_sanctions"] = dict(
    notes="Regional TV site (Friday 10 May 2024): 'Two Russian missiles' on an industrial enterprise in Zaporizhzhia "
          "'on Thursday afternoon' (9 May; missiles counted as the subject of the hit are launched, rule 9; S-300 is "
          "`missile` by its model; 'a 49-year-old worker' killed, 'four other people' injured). Diplomacy: the "
          "Commission's proposal for a 14th sanctions package sent 'on Wednesday' (8 May; sanctions, proposed: put "
          "forward, not adopted, rules 13 and 16; the EU and its target Russia, rule 15); Zelensky's call with von der "
          "Leyen 'on Thursday' (phone_call, held). Not coded: Fedorov's call to list chip suppliers and the city "
          "council's appeal 'urging Japan and South Korea' (demands, rule 13); 'the haggling to last for weeks'.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2024-05-09", "on Thursday afternoon"),
               [{"type": "missile", "model": "S-300", "launched": cnt(2, "Two")}],
               ev("Two Russian missiles struck an industrial enterprise in Zaporizhzhia on Thursday afternoon, killing a 49-year-old worker and injuring four other people, said Ivan Fedorov, the region's governor.",
                  "The strike, at about 15:30, hit a workshop and the plant's administrative building.",
                  "Preliminary data point to S-300 missiles launched from territory Russia occupies in the south of the region, Fedorov said."),
               killed=cnt(1, "a 49-year-old worker"), injured=cnt(4, "four other people"),
               damage=["industrial enterprise", "workshop", "administrative building"],
               reported_by=["regional governor Ivan Fedorov"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2024-05-08", "on Wednesday"), "proposed",
            "European Commission's proposal for a 14th sanctions package, for the first time targeting Russian LNG reloading and adding third-country firms",
            ev("The European Commission sent EU governments its proposal for a fourteenth package of sanctions on Wednesday, diplomats in Brussels said.",
               "For the first time, it would target Russian liquefied natural gas, banning the reloading of Russian LNG in European ports for shipment to third countries, and it would add dozens of companies in third countries to the blacklist.")),
        dip("phone_call", ["Ukraine", "European Union"], day("2024-05-09", "on Thursday"), "held",
            "Zelensky and Commission President Ursula von der Leyen discussed the sanctions package",
            ev("President Volodymyr Zelensky discussed the package with Ursula von der Leyen, who heads the European Commission, by phone on Thursday, his office said, and asked that it include the makers of machine tools for the Russian arms industry.")),
    ])

# --------------------------------------------------------------------------- yv08
GOLD["yv08_sumypublicradio_funeral"] = dict(
    notes="Local radio (Saturday 16 March 2024) on a funeral: the drone strike on an apartment building in Sumy 'in "
          "the early hours of Wednesday' (13 March, day, rule 11) is the article's attack (rule 5: told with a place "
          "and counts): 'three residents' killed, among them 'a 16-year-old pupil' (children_killed 1, a child under "
          "18, rule 6); '11 people' injured, 'including a seven-year-old boy'; the fourth death on Thursday is a later "
          "update, evidence only (rule 6). The border communities of Krasnopillia and Velyka Pysarivka fired on 'on "
          "Friday' (15 March) with mortars, artillery and FPV drones: one record with two places (rule 2), kind "
          "`other` with artillery and drone (rule 8); '27 times' are hits (rule 9); 'There were no casualties' fills "
          "killed 0 and injured 0 (rule 6). Not coded: the day of mourning, the evacuation and the concert.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")],
               day("2024-03-13", "in the early hours of Wednesday"), [{"type": "drone"}],
               ev("Hundreds of people gathered at the Transfiguration Cathedral in Sumy on Saturday for the funeral of three residents killed when a Russian drone slammed into their apartment building in the early hours of Wednesday.",
                  "Among those laid to rest was Daria, a 16-year-old pupil of the city's gymnasium No. 1, who died together with her grandmother, Valentyna, 71.",
                  "It also injured 11 people, including a seven-year-old boy, regional governor Volodymyr Artiukh said at the time; a fourth person, a woman of 68, died in hospital on Thursday evening."),
               killed=cnt(3, "three residents"), children_killed=cnt(1, "a 16-year-old pupil"),
               injured=cnt(11, "11 people"), children_injured=cnt(1, "a seven-year-old boy"),
               damage=["five-storey apartment building", "112 apartments", "pharmacy", "two shops"],
               reported_by=["regional governor Volodymyr Artiukh"]),
        attack("Russia", "Ukraine", "other",
               [loc("Krasnopillia", "Sumy", "Ukraine"), loc("Velyka Pysarivka", "Sumy", "Ukraine")],
               day("2024-03-15", "on Friday"), [{"type": "artillery"}, {"type": "drone"}],
               ev("The region's border areas, meanwhile, had another heavy day on Friday.",
                  "Russian forces fired on the Krasnopillia and Velyka Pysarivka communities 27 times with mortars, artillery and FPV drones, the regional military administration said.",
                  "There were no casualties, but power lines and several private homes were damaged."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["power lines", "private homes"],
               reported_by=["Sumy regional military administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yv09
N0703 = night("2024-07-02", "2024-07-03", "overnight")
MOD = "Russian Defence Ministry"
GOLD["yv09_belogoryetv_valuyki_substation"] = dict(
    notes="Russian regional TV site (Wednesday 3 July 2024), from the Russian side: a Ukrainian drone on a substation in "
          "Valuyki 'overnight' (2-3 July; 'No one was injured' is injured 0, killed null, rule 6; 'the Kiev regime' is "
          "Ukraine, rule 12; 'A Ukrainian drone struck' is not counted, rule 9). The Defence Ministry's 14 drones over "
          "the Belgorod region go on Valuyki, the one struck locality the article names in that region (rule 3); the "
          "five over the Kursk region are that region's own record (no struck locality; 'there were no casualties' "
          "fills killed 0 and injured 0, rule 6). Diplomacy: Putin's talks with Erdoğan in Astana 'on Wednesday' "
          "(talks, held; Kazakhstan, the state of the city, hosts them, rule 15). Optional: the SCO heads of state "
          "council opening 'on Thursday' (summit, planned, scene-setting, rule 17; Kazakhstan chairs). Not coded: "
          "Erdoğan's 'lay the groundwork' (a stance, rule 13), Gladkov's words, the summer camps.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Valuyki", "Belgorod", "Russia")], N0703,
               [{"type": "drone", "intercepted": cnt(14, "14")}],
               ev("A Ukrainian drone struck an electrical substation in Valuyki overnight, leaving part of the town without power until the morning, Vyacheslav Gladkov, the regional governor, wrote on Telegram on Wednesday.",
                  "No one was injured.",
                  "In its morning summary, the Russian Defence Ministry said air defence forces had destroyed 14 Ukrainian drones over the Belgorod region during the night, and five more over the neighbouring Kursk region."),
               injured=cnt(0, "No one was injured"),
               damage=["electrical substation", "transformer", "substation fence", "windows of a private house"],
               reported_by=["regional governor Vyacheslav Gladkov", MOD]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk", "Russia", "region")],
               night("2024-07-02", "2024-07-03", "during the night"),
               [{"type": "drone", "intercepted": cnt(5, "five")}],
               ev("In its morning summary, the Russian Defence Ministry said air defence forces had destroyed 14 Ukrainian drones over the Belgorod region during the night, and five more over the neighbouring Kursk region.",
                  "Alexei Smirnov, acting head of the Kursk region, said there was no damage and there were no casualties in his region."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               reported_by=[MOD, "acting Kursk region head Alexei Smirnov"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Turkey", "Kazakhstan"], day("2024-07-03", "on Wednesday"), "held",
            "Putin and Erdoğan held talks in Astana on the eve of the SCO summit: trade, Akkuyu and the war in Ukraine",
            ev("In Astana, where the leaders of the Shanghai Cooperation Organisation are gathering for their summit, President Vladimir Putin held talks with Turkish President Recep Tayyip Erdoğan on Wednesday.",
               "The two leaders discussed trade, the Akkuyu nuclear power plant and the conflict in Ukraine, the Kremlin said."),
            location=loc("Astana", None, "Kazakhstan")),
        dip("summit", ["Shanghai Cooperation Organisation", "Kazakhstan"], day("2024-07-04", "on Thursday"), "planned",
            "SCO heads of state council in Astana under Kazakhstan's chairmanship",
            ev("The SCO heads of state council formally opens on Thursday.",
               "Kazakhstan holds the organisation's rotating chairmanship this year."),
            location=loc("Astana", None, "Kazakhstan"), optional=True),
    ])

# --------------------------------------------------------------------------- yv10
GOLD["yv10_dniproregionalradio_morning_bulletin"] = dict(
    notes="Regional radio's morning bulletin (Monday 7 October 2024), items dated by their own words: the Air Force's 87 "
          "Shaheds and two Iskander-M missiles 'overnight' (6-7 October; country record, rule 3; 'Eighty drones' "
          "downed, 'neither missile was intercepted' is intercepted 0, rule 6; Iskander-M is ballistic, rule 9; '14 "
          "regions' are no places); Kryvyi Rih 'on Sunday evening' ('a Russian ballistic missile' not counted, rule 9; "
          "'At least four people' injured, 'a girl aged 12': children_injured 1); Nikopol 'During Sunday' with heavy "
          "artillery and kamikaze drones (kind `other`, rule 8; 'A 66-year-old man' injured). Diplomacy: the Ramstein "
          "leaders' summit 'on Saturday, 12 October' (summit, planned; the United States convenes, Germany is the "
          "state of the place, rule 15); Zelensky's call with Scholz 'on Sunday' (phone_call, held). Not coded: 'Some "
          "fifty countries' of the format (not named); the Zaporizhzhia plant's power lines (no attack told); heating "
          "and weather items.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2024-10-06", "2024-10-07", "overnight"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(87, "87"), "intercepted": cnt(80, "Eighty")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two"),
                 "intercepted": cnt(0, "neither missile")}],
               ev("At 06:50, the Air Force reported that Russia had attacked Ukraine overnight with 87 Shahed drones plus two Iskander-M missiles, both ballistic.",
                  "Eighty drones were brought down across 14 regions, while neither missile was intercepted."),
               reported_by=AIR_FORCE),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               day("2024-10-06", "on Sunday evening"), [{"type": "ballistic_missile"}],
               ev("In Kryvyi Rih, a Russian ballistic missile hit the territory of a car wash on Sunday evening.",
                  "At least four people were injured, among them a girl aged 12, said Oleksandr Vilkul, who leads Kryvyi Rih's military administration.",
                  "An office building and 14 private cars were also damaged."),
               injured=cnt(4, "At least four people", "at_least"), children_injured=cnt(1, "a girl aged 12"),
               damage=["car wash", "office building", "14 private cars"],
               reported_by=["Oleksandr Vilkul, head of Kryvyi Rih's military administration"]),
        attack("Russia", "Ukraine", "other", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2024-10-06", "During Sunday"), [{"type": "artillery"}, {"type": "drone"}],
               ev("During Sunday, Russian forces hit Nikopol with heavy artillery and kamikaze drones, regional governor Serhiy Lysak reported this morning.",
                  "A 66-year-old man was wounded.",
                  "A gas pipeline, a power line and three private houses were damaged."),
               injured=cnt(1, "A 66-year-old man"), damage=["gas pipeline", "power line", "three private houses"],
               reported_by=["regional governor Serhiy Lysak"]),
    ],
    diplomacy=[
        dip("summit", ["Ukraine", "United States", "Germany"], day("2024-10-12", "on Saturday, 12 October"), "planned",
            "Leaders' summit of the Ramstein group convened by Biden at Ramstein Air Base; Zelensky to present his victory plan",
            ev("At 08:10, the president's office confirmed that Volodymyr Zelensky will travel to Germany for the leaders' summit of the Ramstein group, which US President Joe Biden is convening at Ramstein Air Base on Saturday, 12 October.",
               "Zelensky said he would present his victory plan to the partners there."),
            location=loc("Ramstein", None, "Germany")),
        dip("phone_call", ["Ukraine", "Germany"], day("2024-10-06", "on Sunday"), "held",
            "Zelensky and Chancellor Olaf Scholz discussed the Ramstein summit's agenda and more IRIS-T systems",
            ev("Earlier, on Sunday, Zelensky discussed the summit's agenda by phone with German Chancellor Olaf Scholz, the president's office said, as well as the supply of additional IRIS-T systems before winter.")),
    ])

# --------------------------------------------------------------------------- yv11
GOLD["yv11_khersonregiontv_ramstein_called_off"] = dict(
    notes="Regional TV site (Wednesday 9 October 2024): the Ramstein leaders' summit that 'was to be held on Saturday' "
          "'has been called off' (summit, cancelled, dated by the day it was planned for, 12 October, rules 11 and 16; "
          "Germany is the state of the place, rule 15); Zelensky 'will travel to London on Thursday for talks' with "
          "Starmer and Rutte (talks, planned, 10 October; NATO is a participant, rule 15). Attacks: a drone's munition "
          "on a bus in Kherson 'on Wednesday morning' ('the driver, 52, and two female passengers': injured 3, rule "
          "6; 'A Russian drone' not counted, rule 9); artillery on Antonivka 'In the afternoon' ('A 70-year-old "
          "woman' killed). Not coded: Biden's decision to stay in Washington (no event of diplomacy); Prokudin's urging "
          "of partners (a demand, rule 13); drone 'hunting' 'Since the summer' (vague, rule 5); the bus timetable.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kherson", "Kherson", "Ukraine")],
               day("2024-10-09", "on Wednesday morning"), [{"type": "drone"}],
               ev("That danger reached a city bus on Wednesday morning.",
                  "A Russian drone released a munition over a city bus in Kherson's Dniprovskyi district at about 8:15, injuring the driver, 52, and two female passengers, said Roman Mrochko, head of the Kherson city military administration.",
                  "The bus, on route 29, was badly damaged."),
               injured=cnt(3, "the driver, 52, and two female passengers"), damage=["city bus"],
               reported_by=["Roman Mrochko, head of the Kherson city military administration"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Antonivka", "Kherson", "Ukraine")],
               day("2024-10-09", "In the afternoon"), [{"type": "artillery"}],
               ev("In the afternoon, Russian artillery shelled the suburb of Antonivka.",
                  "A 70-year-old woman was killed in her yard, regional governor Oleksandr Prokudin said.",
                  "Two houses and a garage were destroyed by fire."),
               killed=cnt(1, "A 70-year-old woman"), damage=["two houses", "garage"],
               reported_by=["regional governor Oleksandr Prokudin"]),
    ],
    diplomacy=[
        dip("summit", ["Ukraine", "United States", "Germany"], day("2024-10-12", "on Saturday"), "cancelled",
            "Leaders' summit of the Ramstein group at the US base in Ramstein called off after Biden stayed in Washington for Hurricane Milton",
            ev("The leaders' summit of the Ramstein group, which was to be held on Saturday at the American base in Ramstein, Germany, has been called off, German government spokesman Steffen Hebestreit said on Wednesday.",
               "President Volodymyr Zelensky had planned to present his \"victory plan\" to allied leaders at the meeting."),
            location=loc("Ramstein", None, "Germany")),
        dip("talks", ["Ukraine", "United Kingdom", "NATO"], day("2024-10-10", "on Thursday"), "planned",
            "Zelensky to hold talks in London with Prime Minister Keir Starmer and NATO Secretary General Mark Rutte",
            ev("Instead, he will travel to London on Thursday for talks with British Prime Minister Keir Starmer and NATO Secretary General Mark Rutte, his office said."),
            location=loc("London", None, "United Kingdom")),
    ])

# --------------------------------------------------------------------------- yv12
GOLD["yv12_lvivregiontv_derby_and_snow"] = dict(
    notes="Regional TV sport and weather bulletin (Monday 25 November 2024): **control, no record at all.** The war-like "
          "words are figurative: 'an exchange of goals' (no prisoner exchange, rule 14), 'struck first', 'a "
          "counter-attack launched', 'bombarded the Karpaty penalty area', 'fired 14 shots', 'a real siege', a snow "
          "front that 'will hit the Carpathian districts' (no attack, rules 1 and 5); the air raid alert that paused "
          "the match is an alert, not a strike; the sporting director's 'talks' on a player's contract and the "
          "expected 'agreement' are a club's business, not diplomacy between states (rules 13 and 15); the Ukraina "
          "Stadium and the game 'in Kyiv' are venues.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kharkiv-2024-05-31", "Russian drones on Kharkiv, night of 30-31 May 2024 (the Kyivskyi district)",
     [("yv01_kharkivregiontv_night_drones", "attack", 0), ("yv03_radioslobozhanshchyna_evening_bulletin", "attack", 0)]),
    ("ukraine-nationwide-2024-05-31", "Russia's 35 Shaheds and two Kh-59 missiles on Ukraine, night of 30-31 May 2024",
     [("yv01_kharkivregiontv_night_drones", "attack", 2), ("yv03_radioslobozhanshchyna_evening_bulletin", "attack", 1)]),
    ("exchange-2024-05-31", "The 75-for-75 prisoner exchange mediated by the UAE, 31 May 2024",
     [("yv03_radioslobozhanshchyna_evening_bulletin", "diplomacy", 0), ("yv06_siveriaradio_exchange_returnees", "diplomacy", 0)]),
    ("mykolaiv-visit-2024-04-16", "The Danish government delegation's visit to Mykolaiv, 16 April 2024",
     [("yv04_mykolaivcitycouncil_danish_memorandum", "diplomacy", 0), ("yv05_pivdennakuryer_danish_delegation", "diplomacy", 0)]),
    ("mykolaiv-memorandum-2024-04-16", "The Denmark-Mykolaiv memorandum on a new water treatment station, 16 April 2024",
     [("yv04_mykolaivcitycouncil_danish_memorandum", "diplomacy", 1), ("yv05_pivdennakuryer_danish_delegation", "diplomacy", 1)]),
    ("denmark-aid-mykolaiv-2024-04-16", "Denmark's additional aid to Mykolaiv (DKK 75 million, about EUR 10 million) announced during the visit",
     [("yv04_mykolaivcitycouncil_danish_memorandum", "diplomacy", 2), ("yv05_pivdennakuryer_danish_delegation", "diplomacy", 2)]),
    ("ramstein-2024-10-12", "The Ramstein group's leaders' summit at Ramstein Air Base, 12 October 2024 (planned in yv10, called off in yv11)",
     [("yv10_dniproregionalradio_morning_bulletin", "diplomacy", 0), ("yv11_khersonregiontv_ramstein_called_off", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev47 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV47 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV47, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
