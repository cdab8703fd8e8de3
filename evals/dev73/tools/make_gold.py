"""Write evals/dev73/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev73, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV73 = ROOT / "evals" / "dev73"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, attack, dip, opt, year, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KHARKIV = loc("Kharkiv", "Kharkiv", "Ukraine")
MEREFA = loc("Merefa", "Kharkiv", "Ukraine")
DERHACHI = loc("Derhachi", "Kharkiv", "Ukraine")
KYIV = loc("Kyiv", "Kyiv", "Ukraine")
BROVARY = loc("Brovary", "Kyiv", "Ukraine")
DNIPRO = loc("Dnipro", "Dnipropetrovsk", "Ukraine")
ODESA = loc("Odesa", "Odesa", "Ukraine")
ODESA_REGION = loc("Odesa", "Odesa", "Ukraine", "region")
ZATOKA = loc("Zatoka", "Odesa", "Ukraine")
CHORNOMORSK = loc("Chornomorsk", "Odesa", "Ukraine")
LVIV_REGION = loc("Lviv", "Lviv", "Ukraine", "region")
SEVASTOPOL = loc("Sevastopol", "Crimea", "Ukraine")
BURGENSTOCK = loc("Bürgenstock", "Nidwalden", "Switzerland")
CHISINAU = loc("Chișinău", "Chișinău", "Moldova")
US = "United States"
UAE = "United Arab Emirates"

SUMMIT_DESC = ("The summit on peace in Ukraine hosted by Switzerland at the Bürgenstock resort above Lake Lucerne "
               "on 15-16 June 2024")


# --------------------------------------------------------------------------- xv01
GOLD["xv01_taxi_app_service_update_kharkiv_epicentr_may26"] = dict(
    notes="A ride-hailing app's service update for its Kharkiv riders and drivers (Sunday 26 May 2024). Coded: "
          "'Yesterday afternoon' (25 May, day, rule 11) 'two Russian guided bombs struck the Epicentr home-improvement "
          "hypermarket in Kharkiv' (glide_bomb, rule 8; two counted weapons as the subject of the hit: launched 2, rule 9); "
          "the governor's 'at least 12 people' killed (at_least, rule 7) and '43' injured, the first figures (rule 6); the "
          "driver 'among the injured' is one of the 43, not an 'also' to add; Merefa 'Overnight' (25-26 May, range): "
          "'Russian drones', uncounted, 'a 56-year-old man' wounded (injured 1, rule 6); 'On Thursday' (23 May) 'Russian "
          "missiles tore through the Factor Druk printing works', a background strike with place, day and count, required "
          "(rule 5), uncounted missiles, 'seven of its workers' killed; its place is Kharkiv of the sentence before, quoted "
          "with it. The peace summit 'that Switzerland is to host at Bürgenstock ... on 15-16 June' (summit, planned, "
          "rules 14 and 16; Switzerland, the host, and Ukraine, rule 15). Not coded: the driver's burns and hospital (part "
          "of the 43), the blocked zones, fares, free rides, the drivers' fund, the traffic in Kyiv and Lviv.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2024-05-25", "Yesterday afternoon"),
               [{"type": "glide_bomb", "launched": cnt(2, "two Russian guided bombs")}],
               ev("Yesterday afternoon two Russian guided bombs struck the Epicentr home-improvement hypermarket in Kharkiv while it was full of Saturday shoppers.",
                  "Late last night the regional governor, Oleh Syniehubov, gave the toll as at least 12 people killed and 43 injured, and rescuers are still working through what is left of the building."),
               killed=cnt(12, "at least 12 people", "at_least"), injured=cnt(43, "43"),
               damage=["the Epicentr home-improvement hypermarket"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [MEREFA], night("2024-05-25", "2024-05-26", "Overnight"),
               [{"type": "drone"}],
               ev("Overnight, Russian drones also reached Merefa, the small town just south of the city, where the regional administration reports that a 56-year-old man was wounded."),
               injured=cnt(1, "a 56-year-old man"), reported_by=["the regional administration"]),
        attack("Russia", "Ukraine", "missile_strike", [KHARKIV], day("2024-05-23", "On Thursday"),
               [{"type": "missile"}],
               ev("This is the second time in three days that Kharkiv has lost so many people at once.",
                  "On Thursday, Russian missiles tore through the Factor Druk printing works on the city's edge, and seven of its workers died there."),
               killed=cnt(7, "seven of its workers"), damage=["the Factor Druk printing works"]),
    ],
    diplomacy=[
        dip("summit", ["Switzerland", "Ukraine"], night("2024-06-15", "2024-06-16", "on 15-16 June"), "planned",
            "The peace summit on Ukraine that Switzerland is to host at Bürgenstock, above Lake Lucerne, on 15-16 June 2024",
            ev("Our Kyiv and Lviv teams expect heavier traffic around hotels and government buildings in mid-June, before the peace summit on Ukraine that Switzerland is to host at Bürgenstock, above Lake Lucerne, on 15-16 June."),
            location=BURGENSTOCK),
    ])

# --------------------------------------------------------------------------- xv02
GOLD["xv02_florist_order_notice_kharkiv_wreaths_may27"] = dict(
    notes="A Kharkiv flower studio's order notice to its customers (Monday 27 May 2024). Coded: 'On Saturday' (25 May, "
          "day) 'two guided aerial bombs from Russian aircraft fell on the Epicentr hypermarket' (glide_bomb; counted: "
          "launched 2, rule 9; 'in Kharkiv'); 'By Saturday evening six people "
          "were reported dead' is the first figure (killed 6, rule 6), the governor's 16 'this morning' an update in the "
          "evidence only; 'more than 40 wounded' the first figure for the injured (more_than, rule 7); Derhachi 'on "
          "Sunday' (26 May, day), 'was shelled' (shelling_artillery, an artillery entry, rule 8; no attacker named: "
          "Russia, rule 12), 'two people were hurt' (injured 2), reported by its military administration; Kharkiv 'Last "
          "night' (26-27 May, range, rule 11): 'a drone', indefinite, no launched figure (rule 9), 'No one was hurt' "
          "(injured 0 only, killed null, rule 6). Not coded: the wreaths, the memorial at the fence, the 'several people "
          "still not found' (no figure), the couriers, the studio's hours.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2024-05-25", "On Saturday"),
               [{"type": "glide_bomb", "launched": cnt(2, "two guided aerial bombs")}],
               ev("On Saturday, two guided aerial bombs from Russian aircraft fell on the Epicentr hypermarket in Kharkiv, the place where many of you buy soil, pots and seedlings for your balconies.",
                  "By Saturday evening six people were reported dead.",
                  "The figure has grown every few hours since then: this morning the regional governor put it at 16, with more than 40 wounded and several people still not found."),
               killed=cnt(6, "six people"), injured=cnt(40, "more than 40", "more_than"),
               damage=["the Epicentr hypermarket"], reported_by=["the regional governor"]),
        attack("Russia", "Ukraine", "shelling_artillery", [DERHACHI], day("2024-05-26", "on Sunday"),
               [{"type": "artillery"}],
               ev("Our couriers are not going to Derhachi this week.",
                  "The town, just north of the city, was shelled on Sunday and two people were hurt there, according to its military administration, and our driver's usual road runs through the worst of it."),
               injured=cnt(2, "two people"), reported_by=["its military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KHARKIV], night("2024-05-26", "2024-05-27", "Last night"),
               [{"type": "drone"}],
               ev("Last night a drone fell into the yard behind our workshop in Kharkiv's Saltivka district and set fire to the neighbours' garage.",
                  "No one was hurt."),
               injured=cnt(0, "No one was hurt"),
               damage=["a garage in the Saltivka district", "the windscreen of a delivery van"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xv03
GOLD["xv03_kindergarten_newsletter_parents_kharkiv_saltivka_may31"] = dict(
    notes="A Kharkiv private kindergarten's newsletter to parents (Friday 31 May 2024). Coded: 'Overnight into Friday' "
          "(30-31 May, range, rule 11) 'two Russian missiles hit a residential block in Kharkiv's Saltivskyi district' "
          "(counted subject of the hit: launched 2, rule 9; the district on the city's record, rule 1); the mayor's "
          "'three people' killed, '16' injured, 'including two children' (children_injured 2, rule 6); the Epicentr "
          "hypermarket 'on Saturday 25 May': 'the guided bombs', uncounted, '19 people' killed (a background strike with "
          "place, day and count, required, rule 5; 'Kharkiv's Epicentr hypermarket'); "
          "the Factor Druk printing works 'on Thursday 23 May' (required background): 'Russian missiles', uncounted, "
          "'seven people' killed and '21' wounded. Optional: 'Since the Russian offensive north of the city began on 10 "
          "May, hardly a day has gone by without guided bombs on Kharkiv' (a placed background of many strikes with no "
          "count, a debatable reading, rule 5; glide_bomb, 10-31 May). Not coded: 'none of them are from our families' "
          "(a nil of a part of the people, filling nothing, rule 6), the offensive itself (ground fighting, rule 5), the "
          "relatives lost (no figure of their own), the camp paid for by a Polish charity (no state or organisation's "
          "aid decision, rule 14), the fees and the psychologist's advice.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KHARKIV], night("2024-05-30", "2024-05-31", "Overnight into Friday"),
               [{"type": "missile", "launched": cnt(2, "two Russian missiles")}],
               ev("Overnight into Friday two Russian missiles hit a residential block in Kharkiv's Saltivskyi district, four streets from our building, and the police have asked us to keep the lane clear while the rubble is searched.",
                  "This morning the city's mayor said that three people had died and 16 were injured, including two children."),
               killed=cnt(3, "three people"), injured=cnt(16, "16"), children_injured=cnt(2, "two children"),
               damage=["a residential block in the Saltivskyi district"], reported_by=["the city's mayor"]),
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2024-05-25", "on Saturday 25 May"),
               [{"type": "glide_bomb"}],
               ev("Two of our families lost relatives at Kharkiv's Epicentr hypermarket, where the guided bombs that fell on Saturday 25 May killed 19 people."),
               killed=cnt(19, "19 people"), damage=["the Epicentr hypermarket"]),
        attack("Russia", "Ukraine", "missile_strike", [KHARKIV], day("2024-05-23", "on Thursday 23 May"),
               [{"type": "missile"}],
               ev("Two days before that, on Thursday 23 May, Russian missiles destroyed the Factor Druk printing works here in Kharkiv, where the picture books in our reading corner were printed; seven people were killed there and 21 were wounded."),
               killed=cnt(7, "seven people"), injured=cnt(21, "21"), damage=["the Factor Druk printing works"]),
        opt(attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], month("2024-05-10", "2024-05-31", "began on 10 May"),
                   [{"type": "glide_bomb"}],
                   ev("Since the Russian offensive north of the city began on 10 May, hardly a day has gone by without guided bombs on Kharkiv, and many of the children now know the sound."))),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xv04
GOLD["xv04_gym_membership_email_kyiv_obolon_brovary_jun19"] = dict(
    notes="A Kyiv gym chain's email to its members (Wednesday 19 June 2024). Coded: Kyiv 'In the early hours of Tuesday' "
          "(18 June, day, rule 11): 'all 11 Shahed drones that Russia had sent against the capital' (the one place named: "
          "the city record, rule 3; drone, model Shahed, launched 11, intercepted 11 'all 11'), the debris in the Obolon "
          "club's car park with 'No one was hurt' (injured 0 only, rule 6), reported by the city military administration; "
          "Brovary 'the same night' (17-18 June, range): 'a drone', indefinite, no launched figure (rule 9), 'a 15-year-old "
          "boy' injured (children_injured 1, a child by rule 6; no total of the injured is given, so injured stays null); "
          "the summit 'At the weekend' (15-16 June, range) at Bürgenstock 'that Switzerland hosted' (summit, held; "
          "Switzerland and Ukraine, rule 15); 'Last Thursday' (13 June) the ten-year security agreement signed by Presidents "
          "Zelensky and Biden (agreement, held, rule 14; Ukraine and the United States). Not coded: the power cuts and "
          "generator hours (no strike told), the freezes for members called up, the boy's recovery, the owner's words.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], day("2024-06-18", "In the early hours of Tuesday"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(11, "11 Shahed drones"),
                 "intercepted": cnt(11, "all 11")}],
               ev("In the early hours of Tuesday, according to the city military administration, Kyiv's air defence destroyed all 11 Shahed drones that Russia had sent against the capital.",
                  "Debris from one of them landed in the car park of our Obolon club and shattered the glass of the entrance.",
                  "No one was hurt."),
               injured=cnt(0, "No one was hurt"), damage=["the glass of a gym's entrance in Obolon"],
               reported_by=["the city military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [BROVARY], night("2024-06-17", "2024-06-18", "the same night"),
               [{"type": "drone"}],
               ev("Members of our Brovary club will already know that the same night a drone crashed into a family's house in Brovary, just east of the capital, and a 15-year-old boy was injured."),
               children_injured=cnt(1, "a 15-year-old boy"), damage=["a family's house"]),
    ],
    diplomacy=[
        dip("summit", ["Switzerland", "Ukraine"], night("2024-06-15", "2024-06-16", "At the weekend"), "held",
            SUMMIT_DESC + ", with delegations from more than 90 countries",
            ev("At the weekend, delegations from more than 90 countries gathered at Bürgenstock, the hotel resort over Lake Lucerne, for the summit on peace in Ukraine that Switzerland hosted."),
            location=BURGENSTOCK),
        dip("agreement", ["Ukraine", US], day("2024-06-13", "Last Thursday"), "held",
            "A ten-year security agreement between Ukraine and the United States, signed by Presidents Zelensky and Biden",
            ev("Last Thursday, Presidents Zelensky and Biden signed a ten-year security agreement between Ukraine and the United States.")),
    ])

# --------------------------------------------------------------------------- xv05
GOLD["xv05_alumni_magazine_class_notes_ma1999_jun28"] = dict(
    notes="A British university alumni magazine's class notes for one year's MA class (Friday 28 June 2024). Coded: the "
          "peace summit 'that Switzerland hosted for Ukraine at the Bürgenstock resort' on 'the weekend of 15-16 June' "
          "(summit, held; Switzerland and Ukraine, rule 15); the exchange 'on Tuesday 25 June' of '90 Ukrainian prisoners "
          "of war' for '90 Russian soldiers, with the United Arab Emirates as go-between' (prisoner_exchange, held, rule "
          "14; the mediator a participant, rule 15); 'on 25 June' the European Union 'formally opened accession "
          "negotiations with Ukraine and Moldova' (talks, held, rule 14); Dnipro 'On the night of 24 June' (23-24 June, "
          "range, rule 11): 'a Russian missile', indefinite, no launched figure (rule 9), 'two of his neighbours' injured; "
          "its place is named in the sentence before, quoted with it; Kharkiv 'On Saturday 22 June': 'a guided bomb' "
          "(glide_bomb, uncounted) 'killed three people' (killed 3), its place named in the sentence before. Not coded: "
          "the reunion planned for 21 September (no state's event), the clinic's appeal, the book, the births and "
          "retirements, the Treaty of Rome joke.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], night("2024-06-23", "2024-06-24", "On the night of 24 June"),
               [{"type": "missile"}],
               ev("Taras Melnyk still runs his physiotherapy clinic in Dnipro.",
                  "On the night of 24 June a Russian missile struck his street, and two of his neighbours were injured; the clinic lost its windows and reopened the next morning with plywood where the glass had been."),
               injured=cnt(2, "two of his neighbours"), damage=["a street", "a physiotherapy clinic's windows"]),
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2024-06-22", "On Saturday 22 June"),
               [{"type": "glide_bomb"}],
               ev("Olha Shevchuk teaches history at the university in Kharkiv.",
                  "On Saturday 22 June a guided bomb hit an apartment block near her home and killed three people."),
               killed=cnt(3, "three people"), damage=["an apartment block"]),
    ],
    diplomacy=[
        dip("summit", ["Switzerland", "Ukraine"], night("2024-06-15", "2024-06-16", "the weekend of 15-16 June"), "held",
            SUMMIT_DESC,
            ev("Anna Keller writes from Bern that she spent the weekend of 15-16 June as one of the interpreters at the peace summit that Switzerland hosted for Ukraine at the Bürgenstock resort."),
            location=BURGENSTOCK),
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2024-06-25", "on Tuesday 25 June"), "held",
            "An exchange of 90 Ukrainian prisoners of war for 90 Russian soldiers, mediated by the United Arab Emirates",
            ev("Marko Petrenko, who has worked for Ukraine's human rights ombudsman since 2019, was at the border crossing on Tuesday 25 June when 90 Ukrainian prisoners of war came home in an exchange for 90 Russian soldiers, with the United Arab Emirates as go-between.")),
        dip("talks", ["European Union", "Ukraine", "Moldova"], day("2024-06-25", "on 25 June"), "held",
            "The European Union formally opens accession negotiations with Ukraine and Moldova",
            ev("Sofia Lindqvist, now with the European Commission, was in the room on 25 June when the European Union formally opened accession negotiations with Ukraine and Moldova.")),
    ])

# --------------------------------------------------------------------------- xv06
GOLD["xv06_campsite_booking_notice_zatoka_odesa_jun11"] = dict(
    notes="A campsite's booking notice for the season, on the spit near Zatoka (Tuesday 11 June 2024). Coded: 'Overnight "
          "into Monday' (9-10 June, range, rule 11) the regional military administration's '17 Shahed drones' and '15 of "
          "them' destroyed over the Odesa region: with two struck localities of the region named (Zatoka and Odesa), the "
          "tally is the region's own record (rule 3: level region, drone model Shahed, launched 17, intercepted 15); "
          "Zatoka the same night: 'Drones that got through', uncounted, 'no one was injured there' (injured 0 only, rule "
          "6), the empty holiday complex as damage; Odesa 'the same night': 'the wreckage of a downed drone' on an office "
          "building, drone uncounted, 'a security guard' hurt (injured 1). Optional: the road bridge at Zatoka 'struck "
          "several times in 2022' (a placed background of several strikes, no weapon and no count: kind other, year, a "
          "debatable reading, rule 5). The talks on the Palanca checkpoint that the Moldovan and Ukrainian border "
          "authorities 'were to' hold 'in Chișinău on 20 June', 'put off, with no other date agreed yet' (talks, stalled: "
          "postponed with no new date, dated by the day planned, rules 11 and 16; Moldova and Ukraine). Not coded: 'The "
          "campsite was not touched' (no struck site), the document check, the beach rules, the refunds.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [ODESA_REGION], night("2024-06-09", "2024-06-10", "Overnight into Monday"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(17, "17 Shahed drones"),
                 "intercepted": cnt(15, "15 of them")}],
               ev("Overnight into Monday, Russia attacked the Odesa region with drones.",
                  "The regional military administration counted 17 Shahed drones and said its air defence destroyed 15 of them."),
               reported_by=["the regional military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [ZATOKA], night("2024-06-09", "2024-06-10", "Overnight into Monday"),
               [{"type": "drone"}],
               ev("Overnight into Monday, Russia attacked the Odesa region with drones.",
                  "Drones that got through hit an empty holiday complex in Zatoka, about eight kilometres along the spit from us, and set it on fire; no one was injured there."),
               injured=cnt(0, "no one was injured"), damage=["an empty holiday complex"]),
        attack("Russia", "Ukraine", "air_drone_strike", [ODESA], night("2024-06-09", "2024-06-10", "the same night"),
               [{"type": "drone"}],
               ev("In Odesa itself, the same night, the wreckage of a downed drone crashed onto an office building, and a security guard was hurt."),
               injured=cnt(1, "a security guard"), damage=["an office building"]),
        opt(attack("Russia", "Ukraine", "other", [ZATOKA], year(2022, "in 2022"),
                   [],
                   ev("The road bridge over the Dniester estuary at Zatoka, struck several times in 2022, is open to cars."),
                   damage=["the road bridge over the Dniester estuary"])),
    ],
    diplomacy=[
        dip("talks", ["Moldova", "Ukraine"], day("2024-06-20", "on 20 June"), "stalled",
            "Talks of the Moldovan and Ukrainian border authorities in Chișinău on a new joint border checkpoint at Palanca, planned for 20 June and postponed with no new date",
            ev("The Moldovan and Ukrainian border authorities were to discuss it at talks in Chișinău on 20 June, but those talks have now been put off, with no other date agreed yet."),
            location=CHISINAU),
    ])

# --------------------------------------------------------------------------- xv07
GOLD["xv07_removal_company_customer_notice_odesa_chornomorsk_jun12"] = dict(
    notes="An Odesa removal company's notice to its customers (Wednesday 12 June 2024). Coded: Odesa 'Overnight into "
          "Monday' (9-10 June, range, rule 11): 'Russian drones', uncounted, debris on the office centre on Fontanska "
          "Road, the city military administration's 'two people' hurt (injured 2); Chornomorsk 'Yesterday evening' (11 "
          "June, day): 'a Russian ballistic missile' (indefinite, no launched figure, rule 9; ballistic_missile), the "
          "regional governor's 'no one was killed' (killed 0 only: a nil told with a death word, rule 6) and 'three port "
          "workers' injured (injured 3); the German government's announcement 'yesterday' (11 June) 'that it will send "
          "Ukraine more equipment to repair its damaged power plants' (military_aid, held: an aid decision announced, "
          "of any cargo, rules 14 and 16; Germany and Ukraine). Not coded: the move rescheduled, the closed road and "
          "storage yard, the families coming home, the safety rules.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [ODESA], night("2024-06-09", "2024-06-10", "Overnight into Monday"),
               [{"type": "drone"}],
               ev("Overnight into Monday, Russian drones attacked Odesa and debris fell on that building, breaking most of the windows on its upper floors.",
                  "The city military administration said two people had been hurt."),
               injured=cnt(2, "two people"), damage=["an office centre on Fontanska Road"],
               reported_by=["the city military administration"]),
        attack("Russia", "Ukraine", "missile_strike", [CHORNOMORSK], day("2024-06-11", "Yesterday evening"),
               [{"type": "ballistic_missile"}],
               ev("Yesterday evening a Russian ballistic missile struck the port area of Chornomorsk, south of the city.",
                  "According to the regional governor, no one was killed, but three port workers were injured."),
               killed=cnt(0, "no one was killed"), injured=cnt(3, "three port workers"),
               damage=["the port area"], reported_by=["the regional governor"]),
    ],
    diplomacy=[
        dip("military_aid", ["Germany", "Ukraine"], day("2024-06-11", "yesterday"), "held",
            "Germany announces that it will send Ukraine more equipment to repair its damaged power plants",
            ev("For them, one piece of good news: the German government announced yesterday that it will send Ukraine more equipment to repair its damaged power plants, which should mean fewer hours without light in the flats we deliver to.")),
    ])

# --------------------------------------------------------------------------- xv08
GOLD["xv08_car_rental_customer_notice_sevastopol_beach_jun25"] = dict(
    notes="A Simferopol car hire firm's notice to its customers (Tuesday 25 June 2024). Coded: Sevastopol 'On Sunday "
          "afternoon' (23 June, day, rule 11): 'Ukraine fired five American-made ATACMS missiles' (attacker Ukraine, "
          "target_country Russia for a strike on Crimea, rules 4 and 12; ATACMS fixes ballistic_missile, rule 9; launched "
          "5), Russia's Defence Ministry's 'four were shot down' (intercepted 4); the governor's 'three people' killed, "
          "'two of them children' (children_killed 2, rule 6), 'more than 100' injured (more_than, rule 7); 'On Monday' "
          "(24 June) the Foreign Ministry in Moscow 'summoned the US ambassador' (diplomatic_protest, held; Russia and "
          "the United States, rule 15). Not coded: the day of mourning, the two customers' cars damaged with 'Both "
          "customers are safe' (a nil of a part of the people, filling nothing, rule 6), the closed beaches, the fuel "
          "queues, the insurance.",
    attacks=[
        attack("Ukraine", "Russia", "missile_strike", [SEVASTOPOL], day("2024-06-23", "On Sunday afternoon"),
               [{"type": "ballistic_missile", "model": "ATACMS",
                 "launched": cnt(5, "five American-made ATACMS missiles"), "intercepted": cnt(4, "four were shot down")}],
               ev("On Sunday afternoon, when the beaches were full, Ukraine fired five American-made ATACMS missiles at Sevastopol, in the account of Russia's Defence Ministry, which said four were shot down and that the warhead of the fifth burst over the beach at Uchkuyevka, scattering fragments over the sand.",
                  "The city's governor, Mikhail Razvozhayev, said that evening that three people had been killed, two of them children, while more than 100 were injured."),
               killed=cnt(3, "three people"), injured=cnt(100, "more than 100", "more_than"),
               children_killed=cnt(2, "two of them children"),
               damage=["the beach at Uchkuyevka"],
               reported_by=["Russia's Defence Ministry", "Mikhail Razvozhayev"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Russia", US], day("2024-06-24", "On Monday"), "held",
            "Russia's Foreign Ministry summons the US ambassador, Lynne Tracy, over the ATACMS strike on Sevastopol",
            ev("On Monday the Foreign Ministry in Moscow summoned the US ambassador, Lynne Tracy, and told her that Washington bore responsibility for the deaths, since the missiles were American.")),
    ])

# --------------------------------------------------------------------------- xv09
GOLD["xv09_language_school_course_notice_kyiv_summer_jun27"] = dict(
    notes="A Kyiv language school's notice on its summer courses (Thursday 27 June 2024). Coded: 'Early on Saturday 22 "
          "June' Russia's '16 missiles and 13 drones' at power plants 'in the Zaporizhzhia and Lviv regions': a tally over "
          "several regions is the country record (rule 3), drone_and_missile with a missile entry (launched 16, "
          "intercepted '12 of the missiles') and a drone entry (launched 13, intercepted 'all 13 drones'), reported by the "
          "Air Force; the Lviv region the same morning: 'a missile hit an energy facility' (no city named: the region's "
          "record, rule 1; indefinite, no launched figure, rule 9), 'no one was injured' (injured 0 only, rule 6); its date "
          "is the sentence before's, quoted with it. 'On Tuesday' (25 June) the exchange of '90 Ukrainian soldiers' for '90 "
          "Russian prisoners', 'a swap the United Arab Emirates helped to arrange' (prisoner_exchange, held; the UAE a "
          "participant as mediator, rule 15); 'the Bürgenstock peace summit on 15-16 June' (summit, held; Switzerland, "
          "named by the place as host, and Ukraine, rule 15). Not coded: the brother's capture near Mariupol in 2022 (no "
          "attack), 'Every such attack' (no event), the power cuts, the timetable, the fees.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2024-06-22", "Early on Saturday 22 June"),
               [{"type": "missile", "launched": cnt(16, "16 missiles"), "intercepted": cnt(12, "12 of the missiles")},
                {"type": "drone", "launched": cnt(13, "13 drones"), "intercepted": cnt(13, "all 13 drones")}],
               ev("Early on Saturday 22 June Russia fired 16 missiles and 13 drones at power plants in the Zaporizhzhia and Lviv regions.",
                  "The Air Force said that 12 of the missiles and all 13 drones were destroyed."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [LVIV_REGION], day("2024-06-22", "Early on Saturday 22 June"),
               [{"type": "missile"}],
               ev("Early on Saturday 22 June Russia fired 16 missiles and 13 drones at power plants in the Zaporizhzhia and Lviv regions.",
                  "In the Lviv region a missile hit an energy facility and started a fire, but no one was injured."),
               injured=cnt(0, "no one was injured"), damage=["an energy facility"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2024-06-25", "On Tuesday"), "held",
            "An exchange of 90 Ukrainian soldiers for 90 Russian prisoners, arranged with the help of the United Arab Emirates",
            ev("On Tuesday he came home, one of 90 Ukrainian soldiers exchanged for 90 Russian prisoners, a swap the United Arab Emirates helped to arrange.")),
        dip("summit", ["Switzerland", "Ukraine"], night("2024-06-15", "2024-06-16", "on 15-16 June"), "held",
            SUMMIT_DESC,
            ev("Several of our graduates now work as interpreters, and two of them were at the Bürgenstock peace summit on 15-16 June."),
            location=BURGENSTOCK),
    ])

# --------------------------------------------------------------------------- xv10
GOLD["xv10_board_game_rulebook_air_defence_control_jun05"] = dict(
    notes="Control: a board-game publisher's rulebook for a cooperative game of air defence set in an invented country "
          "(Wednesday 5 June 2024). Raid cards of drones, cruise and ballistic missiles and decoys 'launched' at invented "
          "cities, interceptor dice that 'shoot down' them, population tokens lost, an example night with '12 drones and 2 "
          "cruise missiles' and '9 of the drones' shot down, 'No one at Brackwater is hurt', a talks phase with Envoy "
          "cards and Exchange tokens: a game's rules told in war words, with no state a party and no event of the war, no "
          "attack and no diplomacy (rules 12-13). Nothing is coded.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kharkiv-2024-05-25", "Russian guided bombs on the Epicentr hypermarket in Kharkiv, 25 May 2024",
     [("xv01_taxi_app_service_update_kharkiv_epicentr_may26", "attack", 0),
      ("xv02_florist_order_notice_kharkiv_wreaths_may27", "attack", 0),
      ("xv03_kindergarten_newsletter_parents_kharkiv_saltivka_may31", "attack", 1)]),
    ("kharkiv-2024-05-23", "Russian missiles on the Factor Druk printing works in Kharkiv, 23 May 2024",
     [("xv01_taxi_app_service_update_kharkiv_epicentr_may26", "attack", 2),
      ("xv03_kindergarten_newsletter_parents_kharkiv_saltivka_may31", "attack", 2)]),
    ("odesa-2024-06-10", "Russian drones on Odesa (debris on an office building), night of 9-10 June 2024",
     [("xv06_campsite_booking_notice_zatoka_odesa_jun11", "attack", 2),
      ("xv07_removal_company_customer_notice_odesa_chornomorsk_jun12", "attack", 0)]),
    ("burgenstock-2024-06-15", "The summit on peace in Ukraine at Bürgenstock, Switzerland, 15-16 June 2024",
     [("xv01_taxi_app_service_update_kharkiv_epicentr_may26", "diplomacy", 0),
      ("xv04_gym_membership_email_kyiv_obolon_brovary_jun19", "diplomacy", 0),
      ("xv05_alumni_magazine_class_notes_ma1999_jun28", "diplomacy", 0),
      ("xv09_language_school_course_notice_kyiv_summer_jun27", "diplomacy", 1)]),
    ("exchange-2024-06-25", "Exchange of 90 for 90 prisoners of war mediated by the UAE, 25 June 2024",
     [("xv05_alumni_magazine_class_notes_ma1999_jun28", "diplomacy", 1),
      ("xv09_language_school_course_notice_kyiv_summer_jun27", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev73 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV73 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV73, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
