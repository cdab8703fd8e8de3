"""Write evals/dev78/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev78, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV78 = ROOT / "evals" / "dev78"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

CHAPLYNE = loc("Chaplyne", "Dnipropetrovsk", "Ukraine")
NIKOPOL = loc("Nikopol", "Dnipropetrovsk", "Ukraine")
DNIPRO = loc("Dnipro", "Dnipropetrovsk", "Ukraine")
KRYVYI_RIH = loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")
MARHANETS = loc("Marhanets", "Dnipropetrovsk", "Ukraine")
ZELENODOLSK = loc("Zelenodolsk", "Dnipropetrovsk", "Ukraine")
KHARKIV = loc("Kharkiv", "Kharkiv", "Ukraine")
ZAPORIZHZHIA = loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")
ODESA = loc("Odesa", "Odesa", "Ukraine")
LVIV = loc("Lviv", "Lviv", "Ukraine")
KYIV = loc("Kyiv", "Kyiv", "Ukraine")
ZHURAVLYOVKA = loc("Zhuravlyovka", "Belgorod", "Russia")
SAMARKAND = loc("Samarkand", "Samarqand", "Uzbekistan")
US = "United States"
UN = "United Nations"


# --------------------------------------------------------------------------- za01
GOLD["za01_cinema_weekly_listings_dnipro_chaplyne_aug26"] = dict(
    notes="A Dnipro cinema's weekly listings, English edition, with a word on the cancelled Wednesday shows (Friday 26 "
          "August 2022). Coded: 'On Wednesday, Independence Day, Russian missiles struck the railway station at "
          "Chaplyne' (24 August, day, rule 11; plural, no figure: uncounted missile, rule 9; the governor's 'the dead numbered 25' "
          "killed, 'two of them children' children_killed 2 and '31 were injured', rule 6, given 'on Thursday': the "
          "strike's date is Wednesday's); Nikopol 'shelled again from across the reservoir overnight' (25-26 August, "
          "range; shelling_artillery with an artillery entry, rule 8; no attacker named: Russia, rule 12; 'a woman of "
          "68' injured 1, rule 6; reported by the district's head); Boris Johnson 'in Kyiv on a visit' 'On Independence "
          "Day itself' (24 August: visit, held, rule 14; the United Kingdom and Ukraine, rule 15; his walk with Zelensky "
          "part of the visit). Not coded: the box-office takings and the town's relief fund (no state), the shelter "
          "rules, the films ('Shadows of Forgotten Ancestors' and the others), the first day of school.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [CHAPLYNE], day("2022-08-24", "On Wednesday"),
               [{"type": "missile"}],
               ev("On Wednesday, Independence Day, Russian missiles struck the railway station at Chaplyne, a small town in the east of our region, and set passenger carriages on fire.",
                  "The regional governor, Valentyn Reznichenko, said on Thursday that the dead numbered 25, two of them children, and that 31 were injured."),
               killed=cnt(25, "the dead numbered 25"), injured=cnt(31, "31 were injured"),
               children_killed=cnt(2, "two of them children"),
               damage=["the railway station", "passenger carriages"], reported_by=["Valentyn Reznichenko"]),
        attack("Russia", "Ukraine", "shelling_artillery", [NIKOPOL], night("2022-08-25", "2022-08-26", "overnight"),
               [{"type": "artillery"}],
               ev("Back in our own region, Nikopol was shelled again from across the reservoir overnight, the district's head wrote this morning; a woman of 68 was wounded by shrapnel while she was in her garden."),
               injured=cnt(1, "a woman of 68"), reported_by=["the district's head"]),
    ],
    diplomacy=[
        dip("visit", ["United Kingdom", "Ukraine"], day("2022-08-24", "On Independence Day itself"), "held",
            "British prime minister Boris Johnson's visit to Kyiv on Ukraine's Independence Day, his third since February, with a walk through the city centre with President Zelensky",
            ev("On Independence Day itself, the British prime minister, Boris Johnson, was in Kyiv on a visit, his third since February, and walked through the city centre with President Zelensky."),
            location=KYIV),
    ])

# --------------------------------------------------------------------------- za02
GOLD["za02_garage_mot_servicing_notice_convoy_vans_chaplyne_aug25"] = dict(
    notes="A Peterborough garage's notice to customers on MOT and servicing bookings, its workshop closed one day for an "
          "aid convoy's vans (Thursday 25 August 2022). Coded: 'Yesterday, on Ukraine's Independence Day, Russian "
          "missiles hit the railway station in the town of Chaplyne' (24 August, day; uncounted missile, rule 9; 'By "
          "last night's count at least 22 people had died' killed 22 at_least and 'about 50 were hurt' injured 50 about, "
          "rules 6 and 7); 'In mid-July' Russian missiles 'close to the Pivdenmash rocket factory' in Dnipro, 'killing "
          "three people' (a placed, dated background, required, rule 5: month, July 2022; the city is named in the "
          "same sentence, 'to Dnipro ... in that city'); the United States' 'close to $3 billion of new military aid' "
          "announced 'Also yesterday' (24 August: military_aid, held, rules 14 and 16). Not coded: the garage's convoy "
          "of three vans with medical supplies and generators (a private collection, no state or organisation of the "
          "codebook, rule 15), the aunt who is safe (one person's nil, not a nil of the strike), MOT times, tyres, the "
          "courtesy car.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [CHAPLYNE], day("2022-08-24", "Yesterday"),
               [{"type": "missile"}],
               ev("Yesterday, on Ukraine's Independence Day, Russian missiles hit the railway station in the town of Chaplyne, where his aunt lives.",
                  "By last night's count at least 22 people had died there and about 50 were hurt."),
               killed=cnt(22, "at least 22 people", "at_least"), injured=cnt(50, "about 50", "about"),
               damage=["the railway station"]),
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], month("2022-07-01", "2022-07-31", "In mid-July"),
               [{"type": "missile"}],
               ev("In mid-July, the week Taras drove the convoy's first van to Dnipro, Russian missiles hit close to the Pivdenmash rocket factory in that city, killing three people."),
               killed=cnt(3, "three people")),
    ],
    diplomacy=[
        dip("military_aid", [US, "Ukraine"], day("2022-08-24", "Also yesterday"), "held",
            "A US military aid package for Ukraine worth close to $3 billion, its largest so far, announced on Ukraine's Independence Day",
            ev("Also yesterday, the United States announced close to $3 billion of new military aid for Ukraine, its largest package so far.")),
    ])

# --------------------------------------------------------------------------- za03
GOLD["za03_dog_walking_service_notice_owners_kharkiv_aug18"] = dict(
    notes="A Kharkiv dog-walking service's message to its clients on this week's routes (Thursday 18 August 2022). "
          "Coded: 'Last night, at about half past ten, a Russian missile hit a three-storey dormitory in Kharkiv's "
          "Saltivskyi district' (the clock time puts it on 17 August: day, rule 11; one missile with the indefinite "
          "article, no launched figure, rule 9; the district stays on the city's record, rule 1; the governor's 'at "
          "least six residents' killed at_least and '16 were injured', rules 6 and 7); 'On Monday a shell came down at the edge "
          "of Shevchenko Garden, in the centre of Kharkiv' (15 August, day; shelling_artillery, one shell uncounted; no "
          "attacker named: Russia, rule 12; 'Nobody was hurt': a nil told with an injury word, injured 0 only, rule 6); "
          "the talks that President Zelensky, the UN Secretary-General and President Erdoğan 'are due to hold ... in Lviv "
          "this afternoon' (18 August: talks, planned, rules 14 and 16; Ukraine, the United Nations and Turkey, rule 15). "
          "Not coded: Yulia and her spaniels 'are fine' (one walker's nil, no nil of the strike, rule 6), the shelters "
          "that admit animals, prices, water bottles, the hope of an end to the sirens (no event, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KHARKIV], day("2022-08-17", "Last night, at about half past ten"),
               [{"type": "missile"}],
               ev("Last night, at about half past ten, a Russian missile hit a three-storey dormitory in Kharkiv's Saltivskyi district, a few blocks from where our evening group meets.",
                  "Oleh Syniehubov, the governor, said this morning that at least six residents were dead and 16 were injured, and the rescuers are still lifting the slabs."),
               killed=cnt(6, "at least six residents", "at_least"), injured=cnt(16, "16 were injured"),
               damage=["a three-storey dormitory in the Saltivskyi district"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [KHARKIV], day("2022-08-15", "On Monday"),
               [{"type": "artillery"}],
               ev("On Monday a shell came down at the edge of Shevchenko Garden, in the centre of Kharkiv, by the path we use at seven o'clock, an hour before our group got there.",
                  "Nobody was hurt."),
               injured=cnt(0, "Nobody was hurt")),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", UN, "Turkey"], day("2022-08-18", "this afternoon"), "planned",
            "Talks of President Zelensky, UN Secretary-General António Guterres and President Erdoğan in Lviv on grain exports and the Zaporizhzhia nuclear plant",
            ev("President Zelensky, the head of the United Nations, António Guterres, and Turkey's President Erdoğan are due to hold talks in Lviv this afternoon, on grain exports and the Zaporizhzhia nuclear plant, so we are told."),
            location=LVIV),
    ])

# --------------------------------------------------------------------------- za04
GOLD["za04_knitting_circle_newsletter_lviv_kharkiv_blankets_aug22"] = dict(
    notes="A Lviv knitting circle's members' newsletter (Monday 22 August 2022). Coded: 'On the evening of 17 August a "
          "Russian missile struck a dormitory in Kharkiv's Saltivka district' (day; uncounted, rule 9); the city "
          "council's 'seven people dead and 17 injured by the next morning' (the first figures, rule 6; 'By Saturday "
          "the toll of dead stood at 13' is an update, evidence only); 'a boy of 11 and his sister, who is nine, "
          "were among the injured' (two children told one by one: children_injured 2, rule 6); the talks of President "
          "Zelensky, President Erdoğan and the UN Secretary-General 'held here in Lviv on Thursday afternoon' (18 "
          "August: talks, held, rule 14; Ukraine, Turkey, the United Nations, rule 15); Guterres's visit to the port of "
          "Odesa 'On Friday' (19 August: visit, held, rule 14: the article calls the trip a visit; the United Nations "
          "and Ukraine). Not coded: Erdoğan's saying that 'Turkey would still gladly host the Ukrainian and Russian "
          "presidents together' (a stance, nothing put to the sides, rule 13), the blankets and the aid hub (no state), "
          "the yarn swap, the library's early closing (no diplomacy), the hat pattern.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KHARKIV], day("2022-08-17", "On the evening of 17 August"),
               [{"type": "missile"}],
               ev("On the evening of 17 August a Russian missile struck a dormitory in Kharkiv's Saltivka district, where many families who had lost their flats were living.",
                  "The city council counted seven people dead and 17 injured by the next morning; a boy of 11 and his sister, who is nine, were among the injured.",
                  "By Saturday the toll of dead stood at 13."),
               killed=cnt(7, "seven people"), injured=cnt(17, "17 injured"),
               children_injured=cnt(2, "a boy of 11 and his sister"),
               damage=["a dormitory in the Saltivka district"], reported_by=["the city council"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Turkey", UN], day("2022-08-18", "on Thursday afternoon"), "held",
            "Talks of President Zelensky, President Erdoğan and UN Secretary-General António Guterres in Lviv on the grain ships and the Zaporizhzhia nuclear plant",
            ev("Those were the talks between President Zelensky, President Erdoğan of Turkey and UN chief António Guterres, which were held here in Lviv on Thursday afternoon and dealt with the grain ships and the nuclear plant at Zaporizhzhia."),
            location=LVIV),
        dip("visit", [UN, "Ukraine"], day("2022-08-19", "On Friday"), "held",
            "UN Secretary-General António Guterres's visit to the port of Odesa to see grain being loaded for export",
            ev("On Friday Mr Guterres went on to Odesa on a visit to the port, to see the grain being loaded for export."),
            location=ODESA),
    ])

# --------------------------------------------------------------------------- za05
GOLD["za05_window_cleaner_notice_customers_zaporizhzhia_sep30"] = dict(
    notes="A Zaporizhzhia window cleaner's notice to customers (Friday 30 September 2022). Coded: 'At about seven this "
          "morning Russian missiles struck a line of cars gathered near the car market on the south-eastern edge of "
          "Zaporizhzhia' (30 September, day; uncounted, rule 9; the governor's 'at least 23 people' killed at_least and "
          "'28 wounded', rules 6 and 7; 'He is unhurt' is one man's nil, filling nothing, rule 6); 'Overnight into "
          "Wednesday two S-300 missiles hit a factory yard in Zaporizhzhia's Zavodskyi district' (27-28 September, "
          "range, rule 11; two missiles counted as the subject of the hit: launched 2, rule 9; S-300 is `missile`, rule "
          "9; 'The night shift was in the shelter and no one was hurt': the struck site's people, injured 0 only, rule "
          "6); the exchange 'of 21 September', 'one of 215 Ukrainians freed that night' (prisoner_exchange, held, rule "
          "14; Ukraine and Russia, no mediator named here); the United States' 'new sanctions today against Russian "
          "officials and against companies that supply its army' (30 September: sanctions, held; the United States and "
          "Russia, the state they target, rule 15). Optional: 'Since the summer Zaporizhzhia has been hit on most nights' "
          "(repeated strikes with a place and no count, a debatable background, rule 5: other, June - September 2022). "
          "Not coded: the Kremlin's ceremony 'to claim four of our regions' (Russia's own act, no second party, rule "
          "13), the cousin taken prisoner 'in the spring' (a capture, no event of the codebook), the boarding of windows, "
          "the prices.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ZAPORIZHZHIA], day("2022-09-30", "At about seven this morning"),
               [{"type": "missile"}],
               ev("At about seven this morning Russian missiles struck a line of cars gathered near the car market on the south-eastern edge of Zaporizhzhia.",
                  "Oleksandr Starukh, the regional governor, said at least 23 people were killed and 28 wounded."),
               killed=cnt(23, "at least 23 people", "at_least"), injured=cnt(28, "28 wounded"),
               damage=["a line of civilian cars near the car market"], reported_by=["Oleksandr Starukh"]),
        attack("Russia", "Ukraine", "missile_strike", [ZAPORIZHZHIA], night("2022-09-27", "2022-09-28", "Overnight into Wednesday"),
               [{"type": "missile", "model": "S-300", "launched": cnt(2, "two S-300 missiles")}],
               ev("Overnight into Wednesday two S-300 missiles hit a factory yard in Zaporizhzhia's Zavodskyi district, not far from the office buildings we clean on Thursdays.",
                  "The night shift was in the shelter and no one was hurt."),
               injured=cnt(0, "no one was hurt"), damage=["a factory yard in the Zavodskyi district"]),
        opt(attack("Russia", "Ukraine", "other", [ZAPORIZHZHIA], month("2022-06-01", "2022-09-30", "Since the summer"),
                   [],
                   ev("Since the summer Zaporizhzhia has been hit on most nights in one district or another, and we have learned to start the rounds after ten, once the night's damage is known."))),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2022-09-21", "21 September"), "held",
            "The prisoner exchange of 21 September in which 215 Ukrainians were freed, among them a marine captured in Mariupol",
            ev("Andriy's cousin, a marine who was taken prisoner in Mariupol in the spring, came home in the exchange of 21 September, one of 215 Ukrainians freed that night.")),
        dip("sanctions", [US, "Russia"], day("2022-09-30", "today"), "held",
            "New US sanctions against Russian officials and companies supplying the Russian army, in answer to the Kremlin's annexation ceremony",
            ev("Across the ocean, the United States announced new sanctions today against Russian officials and against companies that supply its army, in answer to the Kremlin's ceremony this afternoon to claim four of our regions.")),
    ])

# --------------------------------------------------------------------------- za06
GOLD["za06_computer_repair_shop_notice_kharkiv_aug19"] = dict(
    notes="A Kharkiv computer and phone repair shop's notice to customers (Friday 19 August 2022). Coded: 'On Wednesday "
          "evening a Russian missile destroyed a dormitory in the Saltivka district of Kharkiv' (17 August, day; "
          "uncounted, rule 9; the prosecutor's office's 'toll has risen to 12 dead' is this article's first figure: "
          "killed 12, rule 6; '17 people are still in hospital' is no injured figure: hospitalised is not injured, rule "
          "6); 'early this morning three missiles hit the Kyivskyi district of Kharkiv' (19 August, day; counted as the "
          "subject of the hit: launched 3, rule 9; 'a 44-year-old security guard' injured 1); the Belgorod governor's "
          "'Ukrainian shelling had damaged houses in the village of Zhuravlyovka on Thursday and injured two people' "
          "(18 August, day; attacker Ukraine, target_country Russia, rule 4; shelling_artillery; injured 2); the talks "
          "'in Lviv yesterday between President Zelensky, President Erdoğan and the UN's Secretary-General Guterres' (18 August: "
          "talks, held; Ukraine, Turkey, the United Nations). Not coded: the shop's own lost window and power (no struck "
          "site named as such), Dmytro helping the firefighters, the free data recovery, 'The sound carries both ways' "
          "(no event), the parts through Poland (trade, no diplomacy).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KHARKIV], day("2022-08-17", "On Wednesday evening"),
               [{"type": "missile"}],
               ev("On Wednesday evening a Russian missile destroyed a dormitory in the Saltivka district of Kharkiv, where people who had lost their homes were living, three stops from our shop.",
                  "The regional prosecutor's office says the toll has risen to 12 dead; 17 people are still in hospital."),
               killed=cnt(12, "12 dead"),
               damage=["a dormitory in the Saltivka district"], reported_by=["the regional prosecutor's office"]),
        attack("Russia", "Ukraine", "missile_strike", [KHARKIV], day("2022-08-19", "early this morning"),
               [{"type": "missile", "launched": cnt(3, "three missiles")}],
               ev("Then early this morning three missiles hit the Kyivskyi district of Kharkiv.",
                  "A warehouse burned down and a 44-year-old security guard was injured, the city said."),
               injured=cnt(1, "a 44-year-old security guard"),
               damage=["a warehouse in the Kyivskyi district"], reported_by=["the city"]),
        attack("Ukraine", "Russia", "shelling_artillery", [ZHURAVLYOVKA], day("2022-08-18", "on Thursday"),
               [{"type": "artillery"}],
               ev("On the other side of the border, Vyacheslav Gladkov, who governs the Belgorod region on the Russian side, said Ukrainian shelling had damaged houses in the village of Zhuravlyovka on Thursday and injured two people."),
               injured=cnt(2, "two people"), damage=["houses"], reported_by=["Vyacheslav Gladkov"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Turkey", UN], day("2022-08-18", "yesterday"), "held",
            "Talks in Lviv between President Zelensky, President Erdoğan and UN Secretary-General António Guterres",
            ev("Many customers ask us what the talks in Lviv yesterday between President Zelensky, President Erdoğan and the UN's Secretary-General Guterres will mean for Kharkiv."),
            location=LVIV),
    ])

# --------------------------------------------------------------------------- za07
GOLD["za07_carpet_fitter_notice_flooded_homes_kryvyi_rih_sep16"] = dict(
    notes="A Kryvyi Rih carpet and flooring fitter's notice to customers with fittings booked (Friday 16 September "
          "2022). Coded: 'On Wednesday evening Russia fired eight cruise missiles at the dam of the Karachunivske "
          "reservoir and the water works on the western edge of Kryvyi Rih' (14 September, day; launched 8, rule 9; "
          "Vilkul's 'no dead and no injured' fills both: killed 0, injured 0, rule 6); 'Last night two more cruise "
          "missiles hit the Kryvyi Rih water works' (15-16 September, range, rule 11; launched 2; 'a watchman at a "
          "pumping station' injured 1); 'On the night of 13 September Grad rockets fell on the centre of Marhanets' "
          "(the night to the 13th: 12-13 September, range, rule 11; shelling_artillery with an artillery entry, model "
          "Grad; 'three people' injured; reported by the town's military administration); 'the call between Chancellor "
          "Scholz of Germany and Vladimir Putin on Tuesday' (13 September: phone_call, held, rule 14; Germany and "
          "Russia). Not coded: the flood's reach (the same strike's damage), the city's collection point, the fitters' "
          "opinions (no event), the discount.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KRYVYI_RIH], day("2022-09-14", "On Wednesday evening"),
               [{"type": "cruise_missile", "launched": cnt(8, "eight cruise missiles")}],
               ev("On Wednesday evening Russia fired eight cruise missiles at the dam of the Karachunivske reservoir and the water works on the western edge of Kryvyi Rih.",
                  "The dam was breached and the Inhulets rose by more than two metres overnight; by Thursday morning the water had reached houses in the low streets along the river.",
                  "Oleksandr Vilkul, head of Kryvyi Rih's defence council, told residents that there were no dead and no injured."),
               killed=cnt(0, "no dead and no injured"), injured=cnt(0, "no dead and no injured"),
               damage=["the dam of the Karachunivske reservoir", "the water works", "flooded houses along the Inhulets"],
               reported_by=["Oleksandr Vilkul"]),
        attack("Russia", "Ukraine", "missile_strike", [KRYVYI_RIH], night("2022-09-15", "2022-09-16", "Last night"),
               [{"type": "cruise_missile", "launched": cnt(2, "two more cruise missiles")}],
               ev("Last night two more cruise missiles hit the Kryvyi Rih water works, and a watchman at a pumping station was injured by falling concrete."),
               injured=cnt(1, "a watchman at a pumping station"), damage=["the water works"]),
        attack("Russia", "Ukraine", "shelling_artillery", [MARHANETS], night("2022-09-12", "2022-09-13", "On the night of 13 September"),
               [{"type": "artillery", "model": "Grad"}],
               ev("On the night of 13 September Grad rockets fell on the centre of Marhanets and three people were injured, the town's military administration said."),
               injured=cnt(3, "three people"), reported_by=["the town's military administration"]),
    ],
    diplomacy=[
        dip("phone_call", ["Germany", "Russia"], day("2022-09-13", "on Tuesday"), "held",
            "A phone call of an hour and a half between Chancellor Olaf Scholz and Vladimir Putin",
            ev("Several customers mentioned the call between Chancellor Scholz of Germany and Vladimir Putin on Tuesday, which lasted an hour and a half.")),
    ])

# --------------------------------------------------------------------------- za08
GOLD["za08_community_radio_programme_guide_kryvyi_rih_sep17"] = dict(
    notes="A Kryvyi Rih community radio station's programme guide for Monday 19 - Sunday 25 September (Saturday 17 "
          "September 2022). Coded: 'On Wednesday evening seven missiles slammed into the dam and the pumping stations "
          "below it', the Karachunivske dam 'above Kryvyi Rih' of the sentence before (14 September, day; no attacker "
          "named: Russia, rule 12; launched 7, rule 9; '112 houses had water inside' is damage, no casualty figure); "
          "Zelenodolsk, 'where shells fired overnight into Friday hit the outpatient clinic' (15-16 September, range; "
          "shelling_artillery, uncounted; 'Two women were injured; a boy of 15 was also hurt': a group and a person told "
          "'also' hurt are summed, injured 3, and the boy is a child, children_injured 1, rule 6); the summit of the "
          "Shanghai Cooperation Organisation 'in Samarkand on Thursday and Friday' (15-16 September, range: summit, "
          "held, rule 14; the organisation, Uzbekistan the host, rule 15, and Russia, China and India, whose leaders "
          "the guide names there); the visit of Lithuania's foreign minister to Kryvyi Rih 'planned for Monday 19 "
          "September' and 'postponed' with 'no new date yet' (visit, stalled, dated by the day planned, rules 11 and 16; "
          "Lithuania and Ukraine). Optional: 'Vladimir Putin met Xi Jinping there on Thursday' (15 September: a "
          "meeting of two leaders at the summit, talks or part of the summit, a debatable reading, rule 14). Not coded: "
          "Modi's words to Putin (a remark, rule 13), the programmes, the phone-in, the jazz.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KRYVYI_RIH], day("2022-09-14", "On Wednesday evening"),
               [{"type": "missile", "launched": cnt(7, "seven missiles")}],
               ev("The water utility's chief engineer comes in to explain the repairs to the Karachunivske dam above Kryvyi Rih.",
                  "On Wednesday evening seven missiles slammed into the dam and the pumping stations below it, and the Inhulets flooded the low streets; 112 houses had water inside by Thursday."),
               damage=["the Karachunivske dam", "pumping stations", "112 flooded houses"]),
        attack("Russia", "Ukraine", "shelling_artillery", [ZELENODOLSK], night("2022-09-15", "2022-09-16", "overnight into Friday"),
               [{"type": "artillery"}],
               ev("goes to Zelenodolsk, where shells fired overnight into Friday hit the outpatient clinic and the street around it.",
                  "Two women were injured; a boy of 15 was also hurt by broken glass."),
               injured=cnt(3, "Two women were injured; a boy of 15 was also hurt"),
               children_injured=cnt(1, "a boy of 15"),
               damage=["the outpatient clinic and the street around it"]),
    ],
    diplomacy=[
        dip("summit", ["Shanghai Cooperation Organisation", "Uzbekistan", "Russia", "China", "India"],
            night("2022-09-15", "2022-09-16", "on Thursday and Friday"), "held",
            "The summit of the Shanghai Cooperation Organisation in Samarkand, where Vladimir Putin met Xi Jinping and Narendra Modi told Putin that this is not an era of war",
            ev("what the summit of the Shanghai Cooperation Organisation in Samarkand on Thursday and Friday meant for Ukraine.",
               "Vladimir Putin met Xi Jinping there on Thursday, and India's prime minister, Narendra Modi, told him that this is not an era of war."),
            location=SAMARKAND),
        opt(dip("talks", ["Russia", "China", "Uzbekistan"], day("2022-09-15", "on Thursday"), "held",
                "Vladimir Putin's meeting with Xi Jinping at the Samarkand summit",
                ev("Vladimir Putin met Xi Jinping there on Thursday, and India's prime minister, Narendra Modi, told him that this is not an era of war."),
                location=SAMARKAND)),
        dip("visit", ["Lithuania", "Ukraine"], day("2022-09-19", "Monday 19 September"), "stalled",
            "Visit of Lithuania's foreign minister to Kryvyi Rih, planned for 19 September and postponed with no new date",
            ev("We had hoped to broadcast an interview with Lithuania's foreign minister, whose visit to Kryvyi Rih was planned for Monday 19 September.",
               "The embassy told us on Friday that the visit has been postponed and that it has no new date yet."),
            location=KRYVYI_RIH),
    ])

# --------------------------------------------------------------------------- za09
GOLD["za09_locksmith_notice_doors_odesa_drones_sep26"] = dict(
    notes="An Odesa locksmith's notice to customers on emergency call-outs (Monday 26 September 2022). Coded: 'On Friday "
          "morning kamikaze drones struck an office building near the port in Odesa' (23 September, day; uncounted, "
          "rule 9; 'a man who worked on its ground floor' killed 1 and 'his colleague' injured 1, people told one by "
          "one, rule 6); 'overnight into Sunday the same part of Odesa was attacked again' (24-25 September, range): "
          "the Southern Operational Command's 'four of the six drones' shot down over the one place named stay on the "
          "city record (rule 3: launched 6, intercepted 4) and 'there were no casualties' fills both (killed 0, injured "
          "0, rule 6); 'last Wednesday's exchange, when Ukraine got back 215 people in return for 55 Russians and Viktor "
          "Medvedchuk, with Turkey and Saudi Arabia acting as go-betweens' (21 September: prisoner_exchange, held, rule "
          "14; Ukraine, Russia and the two mediators, rule 15). Optional: 'That evening Kyiv announced it was stripping "
          "Iran's ambassador of his accreditation and cutting the staff of the Iranian embassy' (23 September: a "
          "downgrade of relations, no kind the codebook names for it, diplomatic_protest, held; Ukraine and Iran). Not "
          "coded: the apprentice's brother 'taken prisoner in May' (a capture), the call-outs and the doors (the "
          "strikes' damage told by the shop), the prices, the keys.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [ODESA], day("2022-09-23", "On Friday morning"),
               [{"type": "drone"}],
               ev("On Friday morning kamikaze drones struck an office building near the port in Odesa, killing a man who worked on its ground floor; his colleague was injured."),
               killed=cnt(1, "a man"), injured=cnt(1, "his colleague"),
               damage=["an office building near the port"]),
        attack("Russia", "Ukraine", "air_drone_strike", [ODESA], night("2022-09-24", "2022-09-25", "overnight into Sunday"),
               [{"type": "drone", "launched": cnt(6, "the six drones"), "intercepted": cnt(4, "four of the six drones")}],
               ev("Then overnight into Sunday the same part of Odesa was attacked again: the Southern Operational Command said it shot down four of the six drones, and that there were no casualties.",
                  "Two of our call-outs yesterday were in the buildings that lost their doors that night."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               damage=["doors of buildings in the city centre"], reported_by=["the Southern Operational Command"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "Turkey", "Saudi Arabia"], day("2022-09-21", "last Wednesday's"), "held",
            "Prisoner exchange in which Ukraine got back 215 people, among them Azovstal defenders, for 55 Russians and Viktor Medvedchuk, with Turkey and Saudi Arabia as mediators",
            ev("He was one of the defenders of Azovstal, taken prisoner in May, and he came home in last Wednesday's exchange, when Ukraine got back 215 people in return for 55 Russians and Viktor Medvedchuk, with Turkey and Saudi Arabia acting as go-betweens.")),
        opt(dip("diplomatic_protest", ["Ukraine", "Iran"], day("2022-09-23", "That evening"), "held",
                "Ukraine stripped Iran's ambassador of his accreditation and cut the Iranian embassy's staff over the Iranian-made drones",
                ev("That evening Kyiv announced it was stripping Iran's ambassador of his accreditation and cutting the staff of the Iranian embassy, because the drones are made in Iran."))),
    ])

# --------------------------------------------------------------------------- za10
GOLD["za10_military_tattoo_festival_programme_control_aug08"] = dict(
    notes="Control: a seaside town's military tattoo (a music festival of military bands) and its printed evening "
          "programme (Monday 8 August 2022). 'The Castle Gun' firing 'one blank round', 'Massed Pipes and Drums' with "
          "'the drone of two hundred bagpipes', a silent rifle drill 'exchanging rifles', a 'Field Gun Run', a flypast, "
          "'Three hundred lit drones' rising from the harbour wall, a fireworks barge that 'caught fire' in 2019 with "
          "'no one was hurt', the cannon of the 1812 Overture with 'sixteen blank rounds' and 'No personal drones may "
          "be flown': a festival of music and displays told in war words, no state at war a party and no event of the "
          "war, no attack and no diplomacy (rules 12-13). Nothing is coded.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("chaplyne-2022-08-24", "Russian missiles on the railway station at Chaplyne, Dnipropetrovsk region, 24 August 2022",
     [("za01_cinema_weekly_listings_dnipro_chaplyne_aug26", "attack", 0),
      ("za02_garage_mot_servicing_notice_convoy_vans_chaplyne_aug25", "attack", 0)]),
    ("kharkiv-2022-08-17", "Russian missile on a dormitory in Kharkiv's Saltivskyi district, evening of 17 August 2022",
     [("za03_dog_walking_service_notice_owners_kharkiv_aug18", "attack", 0),
      ("za04_knitting_circle_newsletter_lviv_kharkiv_blankets_aug22", "attack", 0),
      ("za06_computer_repair_shop_notice_kharkiv_aug19", "attack", 0)]),
    ("kryvyi-rih-2022-09-14", "Russian missiles on the Karachunivske reservoir dam above Kryvyi Rih, 14 September 2022",
     [("za07_carpet_fitter_notice_flooded_homes_kryvyi_rih_sep16", "attack", 0),
      ("za08_community_radio_programme_guide_kryvyi_rih_sep17", "attack", 0)]),
    ("lviv-talks-2022-08-18", "Talks of Zelensky, Erdoğan and Guterres in Lviv, 18 August 2022",
     [("za03_dog_walking_service_notice_owners_kharkiv_aug18", "diplomacy", 0),
      ("za04_knitting_circle_newsletter_lviv_kharkiv_blankets_aug22", "diplomacy", 0),
      ("za06_computer_repair_shop_notice_kharkiv_aug19", "diplomacy", 0)]),
    ("exchange-2022-09-21", "Prisoner exchange of 21 September 2022 (215 Ukrainians for 55 Russians and Medvedchuk)",
     [("za05_window_cleaner_notice_customers_zaporizhzhia_sep30", "diplomacy", 0),
      ("za09_locksmith_notice_doors_odesa_drones_sep26", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev78 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV78 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV78, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
