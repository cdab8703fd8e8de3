"""Write evals/dev75/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev75, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV75 = ROOT / "evals" / "dev75"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, week, loc, UA, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KYIV = loc("Kyiv", "Kyiv", "Ukraine")
KYIV_REGION = loc("Kyiv region", "Kyiv", "Ukraine", "region")
IF_REGION = loc("Ivano-Frankivsk region", "Ivano-Frankivsk", "Ukraine", "region")
ODESA_REGION = loc("Odesa region", "Odesa", "Ukraine", "region")
KHERSON = loc("Kherson", "Kherson", "Ukraine")
BILOZERKA = loc("Bilozerka", "Kherson", "Ukraine")
DNIPRO = loc("Dnipro", "Dnipropetrovsk", "Ukraine")
ZAPORIZHZHIA = loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")
ORIKHIV = loc("Orikhiv", "Zaporizhzhia", "Ukraine")
HULIAIPOLE = loc("Huliaipole", "Zaporizhzhia", "Ukraine")
LVIV = loc("Lviv", "Lviv", "Ukraine")
WASHINGTON = loc("Washington", "District of Columbia", "United States")
MINSK = loc("Minsk", "Minsk", "Belarus")
US = "United States"
UK = "United Kingdom"
EU = "European Union"


# --------------------------------------------------------------------------- xx01
GOLD["xx01_ski_resort_conditions_report_vorokhta_dec30"] = dict(
    notes="A Carpathian ski area's daily snow and slope conditions report (Friday 30 December 2022). Coded: 'On "
          "Thursday' (29 December, day, rule 11) Russia's '69 cruise missiles' at Ukraine with '54 of them' brought down: "
          "a nationwide figure, the country record (rule 3), cruise_missile, launched 69, intercepted 54, reported by the "
          "Air Force; 'Here in the Ivano-Frankivsk region a missile struck an energy facility the same morning' (29 "
          "December, day): no city named, so the region's own record (rules 1 and 10, level region); one missile with the "
          "indefinite article, no launched figure (rule 9); the governor's 'no one was hurt' is a nil told with an injury "
          "word: injured 0, killed stays null (rule 6); President Zelensky's 'visit to Washington on 21 December' (visit, "
          "held, rule 14; United States and Ukraine). Not coded: the rolling outages ('cutting whole villages off in "
          "turn', no attack), the generators, the thaw forecast for 2 January, the curfew and the cancelled torchlight "
          "descent (no war event), the half-price passes for the displaced.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [UA], day("2022-12-29", "On Thursday"),
               [{"type": "cruise_missile", "launched": cnt(69, "69 cruise missiles"),
                 "intercepted": cnt(54, "54 of them")}],
               ev("On Thursday Russia fired 69 cruise missiles at Ukraine, and the Air Force reported that 54 of them were brought down."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [IF_REGION], day("2022-12-29", "the same morning"),
               [{"type": "missile"}],
               ev("Here in the Ivano-Frankivsk region a missile struck an energy facility the same morning; the governor told residents by midday that no one was hurt, but the grid operator has been cutting whole villages off in turn ever since."),
               injured=cnt(0, "no one was hurt"), damage=["an energy facility"], reported_by=["the governor"]),
    ],
    diplomacy=[
        dip("visit", [US, "Ukraine"], day("2022-12-21", "on 21 December"), "held",
            "President Zelensky's visit to Washington, his first journey abroad since the full-scale invasion",
            ev("Several of our instructors stayed up to watch President Zelensky's visit to Washington on 21 December on the café television, his first journey out of the country since the invasion began."),
            location=WASHINGTON),
    ])

# --------------------------------------------------------------------------- xx02
GOLD["xx02_pet_grooming_salon_notice_kyiv_obolon_dec19"] = dict(
    notes="A Kyiv grooming salon's notice to its clients (Monday 19 December 2022). Coded: 'Early this morning' (19 "
          "December, day, rule 11) Russia's Shahed drones on Kyiv: the city military administration's '23 drones' shot "
          "down over the capital are the one place's figures (rule 3: intercepted 23 on the city record, no launched "
          "figure), drone model Shahed; 'nobody was injured' is injured 0 only (rule 6); the energy facility is damage; "
          "'Friday's missile attack on Kyiv' (16 December, day): a placed, dated background, required (rule 5), "
          "missile_strike, uncounted; Vladimir Putin 'in Minsk today on a visit to Alexander Lukashenko' (visit, held, "
          "rule 14; Russia and Belarus). Not coded: the clients' fear of 'trouble from the north' (no event, rule 13), "
          "the generator, the warm room, the bookings and the bows.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], day("2022-12-19", "Early this morning"),
               [{"type": "drone", "model": "Shahed", "intercepted": cnt(23, "23 drones")}],
               ev("Early this morning Russia again attacked Kyiv with Shahed drones.",
                  "The city military administration says its air defence shot down 23 drones over the capital and that nobody was injured, but an energy facility was hit, and our corner of Obolon has had no electricity since a little before seven."),
               injured=cnt(0, "nobody was injured"), damage=["an energy facility"],
               reported_by=["the city military administration"]),
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2022-12-16", "Friday's"),
               [{"type": "missile"}],
               ev("Since Friday's missile attack on Kyiv, which emptied the taps and the radiators across half of our district, we have kept the back room open as a warm place where owners can wait, charge a phone and drink something hot while the groom is under way."),
               damage=["water and heating across half of a district"]),
    ],
    diplomacy=[
        dip("visit", ["Russia", "Belarus"], day("2022-12-19", "today"), "held",
            "Vladimir Putin's visit to Minsk to see Alexander Lukashenko",
            ev("Several of you asked us this morning about the news that Vladimir Putin is in Minsk today on a visit to Alexander Lukashenko, and whether it means trouble from the north."),
            location=MINSK),
    ])

# --------------------------------------------------------------------------- xx03
GOLD["xx03_launderette_notice_kyiv_lukianivka_dec20"] = dict(
    notes="A Kyiv self-service launderette's notice taped to its door (Tuesday 20 December 2022). Coded: 'yesterday "
          "morning' (19 December, day, rule 11) Russia's '35 Shahed drones over Ukraine' and the Air Force's '30 "
          "destroyed': the country record (rule 3), drone model Shahed, launched 35, intercepted 30; '23 of them over "
          "Kyiv' is the city's own tally, on Kyiv's record (rule 3: intercepted 23, no launched figure), with the energy "
          "infrastructure as damage; 'In the Kyiv region, two people were injured when wreckage fell on private houses in "
          "a village' (no village named: the region's own record, rule 1, level region; the weapon taken from the wave "
          "told just before, rule 8; injured 2); 'Last Friday' (16 December) the EU's ninth package of sanctions on Russia "
          "(sanctions, held, rules 15 and 16). Not coded: the machines, the interrupted cycles, the generator's diesel, the "
          "tariff, the curfew hours.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], day("2022-12-19", "yesterday morning"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(35, "35 Shahed drones"),
                 "intercepted": cnt(30, "30 destroyed")}],
               ev("Why we were closed: yesterday morning Russia sent 35 Shahed drones over Ukraine.",
                  "The Air Force counted 30 destroyed, 23 of them over Kyiv, but some drones still reached energy infrastructure in the city and our street was dark for nineteen hours."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], day("2022-12-19", "yesterday morning"),
               [{"type": "drone", "model": "Shahed", "intercepted": cnt(23, "23 of them")}],
               ev("Why we were closed: yesterday morning Russia sent 35 Shahed drones over Ukraine.",
                  "The Air Force counted 30 destroyed, 23 of them over Kyiv, but some drones still reached energy infrastructure in the city and our street was dark for nineteen hours."),
               damage=["energy infrastructure"], reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV_REGION], day("2022-12-19", "yesterday morning"),
               [{"type": "drone"}],
               ev("In the Kyiv region, two people were injured when wreckage fell on private houses in a village."),
               injured=cnt(2, "two people"), damage=["private houses in a village"]),
    ],
    diplomacy=[
        dip("sanctions", [EU, "Russia"], day("2022-12-16", "Last Friday"), "held",
            "The European Union adopts its ninth package of sanctions on Russia",
            ev("Last Friday the EU adopted its ninth package of sanctions on Russia, but our detergent comes from a factory in Bila Tserkva and the rise is entirely the cost of running the generator, which burns about four litres of diesel an hour.")),
    ])

# --------------------------------------------------------------------------- xx04
GOLD["xx04_housing_association_tenants_newsletter_kherson_family_jan05"] = dict(
    notes="An English housing association's quarterly newsletter to its tenants, its 'Meet your neighbours' piece on a "
          "family from Kherson (Thursday 5 January 2023). Coded: the family's flat in Kherson's Tavriiskyi district "
          "'wrecked by a Russian shell in November' (a placed, dated background, required, rule 5: month, November 2022; "
          "shelling_artillery, uncounted; the city is named in the sentence before, quoted with it); 'On 24 December' "
          "Russian shelling of the centre of Kherson (day): 'ten people' killed and '55' wounded, reported by the regional "
          "administration; 'Her mother was unhurt' is one person's nil and fills nothing (rule 6); 'on New Year's Eve' (31 "
          "December) '140 Ukrainians freed in a prisoner exchange with Russia' (prisoner_exchange, held, rule 14). Not "
          "coded: the cousin's capture at Mariupol 'in the spring' (ground fighting, no strike, rule 5), the months of "
          "occupation and the retaking of the city (no attack), the boilers, bins, football, chess and rents.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [KHERSON], month("2022-11-01", "2022-11-30", "in November"),
               [{"type": "artillery"}],
               ev("Oksana Bondarenko and her sons Maksym and Denys moved into Mill Lane in September, after more than half a year of occupation in Kherson.",
                  "Their old flat in the city's Tavriiskyi district was wrecked by a Russian shell in November, a few weeks after Ukrainian troops had retaken the city."),
               damage=["a flat in the Tavriiskyi district"]),
        attack("Russia", "Ukraine", "shelling_artillery", [KHERSON], day("2022-12-24", "On 24 December"),
               [{"type": "artillery"}],
               ev("Oksana's mother stayed in Kherson.",
                  "On 24 December she was queuing at a chemist's a street away from the central market when Russian shelling struck the city centre; the regional administration said ten people were killed and 55 were wounded that morning."),
               killed=cnt(10, "ten people"), injured=cnt(55, "55"),
               damage=["the city centre"], reported_by=["the regional administration"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2022-12-31", "on New Year's Eve"), "held",
            "A prisoner exchange in which 140 Ukrainians, among them a marine captured at Mariupol, came home from Russia",
            ev("The family had better news on New Year's Eve.",
               "Oksana's cousin, a marine captured at Mariupol in the spring, came home among 140 Ukrainians freed in a prisoner exchange with Russia.")),
    ])

# --------------------------------------------------------------------------- xx05
GOLD["xx05_bike_repair_shop_notice_kherson_dec25"] = dict(
    notes="A Kherson bicycle repair shop's notice on its shutter and page (Sunday 25 December 2022). Coded: 'Yesterday, "
          "just before noon' (24 December, day) Russian shells on the centre of Kherson: the regional military "
          "administration's mid-afternoon 'seven dead' and '35 wounded' are the first figures (rule 6); the evening's ten "
          "dead and 58 in hospital are an update, in the evidence only (and hospitalised is not injured); 'Danylo ... is "
          "not hurt' is one person's nil, filling nothing; 'On Thursday' (22 December) shells on Bilozerka, 'No one was "
          "hurt there': injured 0 only (rule 6). Optional: Kherson shelled 'nearly every day since 11 November, when the "
          "Russian army left the city' (a background series, no count, rule 5: 11 November - 25 December). Diplomacy: 'on Wednesday' (21 December) "
          "President Zelensky 'on a visit to Washington' (visit, held, rule 14); 'the United States promised Ukraine a "
          "Patriot air-defence battery the same day' (military_aid, held: an aid decision announced, rule 16). Not coded: "
          "the fuel shortage and stopped trolleybuses, the spare parts, the free repairs, the hope about the Patriot "
          "reaching Kherson (no event).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [KHERSON], day("2022-12-24", "Yesterday"),
               [{"type": "artillery"}],
               ev("Yesterday, just before noon, Russian shells landed on the centre of Kherson, a few streets from our workshop.",
                  "By mid-afternoon the regional military administration had counted seven dead and 35 wounded; in the evening it said ten people had died, and that 58 were being treated in hospital."),
               killed=cnt(7, "seven dead"), injured=cnt(35, "35 wounded"),
               damage=["the city centre"], reported_by=["the regional military administration"]),
        attack("Russia", "Ukraine", "shelling_artillery", [BILOZERKA], day("2022-12-22", "On Thursday"),
               [{"type": "artillery"}],
               ev("On Thursday shells also fell on Bilozerka, where our mechanic Ihor lives.",
                  "No one was hurt there, although the roof of his garage is gone, and with it most of our stock of spare inner tubes."),
               injured=cnt(0, "No one was hurt"), damage=["a garage roof"]),
        opt(attack("Russia", "Ukraine", "shelling_artillery", [KHERSON],
                   {"start": "2022-11-11", "end": "2022-12-25", "precision": "month",
                    "text": "since 11 November"},
                   [{"type": "artillery"}],
                   ev("Kherson has had shells falling on one district or another nearly every day since 11 November, when the Russian army left the city."))),
    ],
    diplomacy=[
        dip("visit", [US, "Ukraine"], day("2022-12-21", "on Wednesday"), "held",
            "President Zelensky's visit to Washington, his first trip out of Ukraine since the full-scale invasion",
            ev("Some good news that our customers were discussing at the counter: on Wednesday President Zelensky was on a visit to Washington, his first trip out of Ukraine since the full-scale invasion, and the United States promised Ukraine a Patriot air-defence battery the same day."),
            location=WASHINGTON),
        dip("military_aid", [US, "Ukraine"], day("2022-12-21", "the same day"), "held",
            "The United States promises Ukraine a Patriot air-defence battery",
            ev("Some good news that our customers were discussing at the counter: on Wednesday President Zelensky was on a visit to Washington, his first trip out of Ukraine since the full-scale invasion, and the United States promised Ukraine a Patriot air-defence battery the same day.")),
    ])

# --------------------------------------------------------------------------- xx06
GOLD["xx06_self_storage_facility_notice_dnipro_jan16"] = dict(
    notes="A Dnipro self-storage company's notice offering free units to the residents of a struck block (Monday 16 "
          "January 2023). Coded: 'On Saturday afternoon' (14 January, day) 'a Russian Kh-22 missile' on a nine-storey "
          "block on Naberezhna Peremohy in Dnipro (one missile, indefinite: no launched figure, rule 9; Kh-22 is type "
          "missile); the regional military administration's Sunday-evening count: '30 dead', 'two of them children' "
          "(children_killed 2), '73 injured', '13 of them children' (children_injured 13); the residents 'unaccounted for' "
          "are no count; 'on the morning of 29 December' debris of 'a missile that air defence had hit over Dnipro' set a "
          "tyre warehouse on fire (a placed, dated background, required, rule 5; indefinite, uncounted; 'no one was hurt': "
          "injured 0 only, rule 6). Diplomacy: 'On Saturday evening' (14 January) President Zelensky 'spoke by phone with "
          "the British prime minister, Rishi Sunak' (phone_call, held, rule 14) and 'London announced that it would send "
          "Ukraine Challenger 2 tanks' (military_aid, held, rules 15 and 16: London read as the United Kingdom). Not coded: "
          "the free units, vans and boxes, the documents, the access hours.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], day("2023-01-14", "On Saturday afternoon"),
               [{"type": "missile", "model": "Kh-22"}],
               ev("On Saturday afternoon a Russian Kh-22 missile struck a nine-storey apartment block on Naberezhna Peremohy, two kilometres from our site, and brought down a whole section of it from the roof to the ground.",
                  "By Sunday evening the regional military administration had counted 30 dead, two of them children, and 73 injured, 13 of them children."),
               killed=cnt(30, "30 dead"), injured=cnt(73, "73 injured"),
               children_killed=cnt(2, "two of them children"), children_injured=cnt(13, "13 of them children"),
               damage=["a section of a nine-storey apartment block"],
               reported_by=["the regional military administration"]),
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], day("2022-12-29", "on the morning of 29 December"),
               [{"type": "missile"}],
               ev("The nearest call was on the morning of 29 December, when falling pieces of a missile that air defence had hit over Dnipro set a tyre warehouse across the road on fire; no one was hurt, and our fire doors did their job."),
               injured=cnt(0, "no one was hurt"), damage=["a tyre warehouse"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", UK], day("2023-01-14", "On Saturday evening"), "held",
            "Phone call between President Zelensky and the British prime minister, Rishi Sunak",
            ev("On Saturday evening President Zelensky spoke by phone with the British prime minister, Rishi Sunak, and London announced that it would send Ukraine Challenger 2 tanks.")),
        dip("military_aid", [UK, "Ukraine"], day("2023-01-14", "On Saturday evening"), "held",
            "The United Kingdom announces it will send Ukraine Challenger 2 tanks",
            ev("On Saturday evening President Zelensky spoke by phone with the British prime minister, Rishi Sunak, and London announced that it would send Ukraine Challenger 2 tanks.")),
    ])

# --------------------------------------------------------------------------- xx07
GOLD["xx07_garden_centre_newsletter_zaporizhzhia_jan20"] = dict(
    notes="A Zaporizhzhia garden centre's monthly newsletter to its garden club (Friday 20 January 2023). Coded: "
          "'Overnight into Wednesday' (17-18 January, range, rule 11) 'four S-300 missiles struck an industrial site on "
          "the edge of Zaporizhzhia' (counted as the subject of the hit: launched 4, rule 9; S-300 is type missile); the "
          "regional administration's 'no casualties' fills both killed 0 and injured 0 (rule 6); the garden centre's "
          "panes are no struck site; Dnipro 'last Saturday' (14 January, day): 'a Russian missile' tore open the block on "
          "Naberezhna Peremohy (indefinite, uncounted), 'The toll there has reached 45 dead, six of them children' "
          "(killed 45, children_killed 6: the article's first and only figure). Optional: 'Orikhiv and Huliaipole were "
          "shelled every day this week' (places in aggregate, rule 2; a series over several days with no count, a "
          "debatable reading: week, 16-20 January). Diplomacy: the Netherlands' minister for foreign trade's visit to "
          "Zaporizhzhia 'planned for Wednesday 25 January' that 'Her ministry has now called ... off' (visit, cancelled, "
          "dated by the day it was planned for, rules 11 and 16; the Netherlands and Ukraine). Not coded: the seed racks, "
          "the sowing advice, the stopped deliveries of trays, the seed swap, the opening hours and the cellar.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ZAPORIZHZHIA], night("2023-01-17", "2023-01-18", "Overnight into Wednesday"),
               [{"type": "missile", "model": "S-300", "launched": cnt(4, "four S-300 missiles")}],
               ev("Overnight into Wednesday four S-300 missiles struck an industrial site on the edge of Zaporizhzhia, a little over a kilometre from our greenhouses.",
                  "The regional administration reported no casualties."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["an industrial site"], reported_by=["the regional administration"]),
        opt(attack("Russia", "Ukraine", "shelling_artillery", [ORIKHIV, HULIAIPOLE], week("2023-01-16", "2023-01-20", "this week"),
                   [{"type": "artillery"}],
                   ev("Further south, Orikhiv and Huliaipole were shelled every day this week, according to the regional administration, and our supplier of seedling trays in Orikhiv has stopped deliveries until further notice."),
                   reported_by=["the regional administration"])),
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], day("2023-01-14", "last Saturday"),
               [{"type": "missile"}],
               ev("Instead of the usual entry fee, please put whatever you can in the box at the door: everything collected goes to the families of the apartment block on Naberezhna Peremohy in Dnipro, which a Russian missile tore open last Saturday.",
                  "The toll there has reached 45 dead, six of them children."),
               killed=cnt(45, "45 dead"), children_killed=cnt(6, "six of them children"),
               damage=["an apartment block"]),
    ],
    diplomacy=[
        dip("visit", ["Netherlands", "Ukraine"], day("2023-01-25", "Wednesday 25 January"), "cancelled",
            "Visit of the Netherlands' minister for foreign trade to Zaporizhzhia to meet growers and farm co-operatives, called off for security reasons",
            ev("We had hoped to show our Dutch-grown tulip beds to the Netherlands' minister for foreign trade, whose visit to Zaporizhzhia to meet growers and the regional farm co-operatives was planned for Wednesday 25 January.",
               "Her ministry has now called the visit off for security reasons."),
            location=ZAPORIZHZHIA),
    ])

# --------------------------------------------------------------------------- xx08
GOLD["xx08_photography_club_competition_notice_kyiv_jan27"] = dict(
    notes="A Kyiv camera club's notice of its winter competition (Friday 27 January 2023). Coded: 'On Thursday morning' "
          "(26 January, day) 'a Russian missile hit a non-residential building in the Holosiivskyi district of Kyiv' "
          "(indefinite, uncounted, rule 9; the district stays on the city's record, rule 1): 'one man, aged 55' killed 1, "
          "'two people' injured 2, reported by the city military administration; Dnipro 'on 14 January' (day): 'a Kh-22 "
          "missile brought down a section of a nine-storey block there' (indefinite, type missile, model Kh-22): "
          "'Forty-six people' killed, 'six children' children_killed 6 (the article's one figure for the event). "
          "Diplomacy: 'the news on Wednesday that Germany will send Leopard 2 tanks to Ukraine' (25 January: "
          "military_aid, held, rule 16; the permission to other countries is part of the same decision). Not coded: the "
          "ban on publishing air defence and unnamed hit sites (a rule, no event), the jury member's stepping aside, the "
          "competition dates, categories, rules and prizes.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2023-01-26", "On Thursday morning"),
               [{"type": "missile"}],
               ev("On Thursday morning a Russian missile hit a non-residential building in the Holosiivskyi district of Kyiv, and the city military administration said one man, aged 55, was killed and two people were injured."),
               killed=cnt(1, "one man"), injured=cnt(2, "two people"),
               damage=["a non-residential building in the Holosiivskyi district"],
               reported_by=["the city military administration"]),
        attack("Russia", "Ukraine", "missile_strike", [DNIPRO], day("2023-01-14", "on 14 January"),
               [{"type": "missile", "model": "Kh-22"}],
               ev("Our jury member Iryna Savchuk photographed the rescue in Dnipro for a news agency after a Kh-22 missile brought down a section of a nine-storey block there on 14 January.",
                  "Forty-six people died in that building, among them six children."),
               killed=cnt(46, "Forty-six people"), children_killed=cnt(6, "six children"),
               damage=["a section of a nine-storey block"]),
    ],
    diplomacy=[
        dip("military_aid", ["Germany", "Ukraine"], day("2023-01-25", "on Wednesday"), "held",
            "Germany announces it will send Leopard 2 tanks to Ukraine and allow other countries to send theirs",
            ev("Yes, we saw the news on Wednesday that Germany will send Leopard 2 tanks to Ukraine and allow other countries to send theirs.")),
    ])

# --------------------------------------------------------------------------- xx09
GOLD["xx09_piano_tuner_newsletter_lviv_jan30"] = dict(
    notes="A Lviv piano tuner's newsletter to his clients (Monday 30 January 2023). Coded: 'On Thursday' (26 January, "
          "day) Russia's '55 missiles and 24 Shahed drones' at Ukraine, '47 of the missiles and all of the drones' shot "
          "down: the country record (rule 3), drone_and_missile (rule 8), missile launched 55 / intercepted 47 and drone "
          "model Shahed launched 24 / intercepted 24 ('all of the drones'; per-type figures, no combined total, rule 9), "
          "reported by the Air Force; 'A missile killed one man in Kyiv' (the same Thursday, dated by the sentence before; "
          "indefinite, uncounted; killed 1); 'In the Odesa region missiles hit three energy facilities' (no city named: the "
          "region's own record, rule 1; plural, uncounted; the governor's 'nobody there was killed or injured' fills both "
          "killed 0 and injured 0, rule 6). Diplomacy: 'On 11 January' 'the summit of the presidents of Poland, Lithuania "
          "and Ukraine in Lviv' (summit, held, rule 14); 'Kyiv will host an EU-Ukraine summit on Friday' (3 February: "
          "summit, planned, rule 16; the European Union and Ukraine). Not coded: 'Lviv itself was spared this time' (no "
          "attack), the colleague in a shelter, the moved appointments, the orchestra's rehearsals, the care of pianos, "
          "the rounds and prices.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2023-01-26", "On Thursday"),
               [{"type": "missile", "launched": cnt(55, "55 missiles"), "intercepted": cnt(47, "47 of the missiles")},
                {"type": "drone", "model": "Shahed", "launched": cnt(24, "24 Shahed drones"),
                 "intercepted": cnt(24, "all of the drones")}],
               ev("On Thursday Russia launched 55 missiles and 24 Shahed drones at Ukraine, and the Air Force said 47 of the missiles and all of the drones were shot down."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2023-01-26", "On Thursday"),
               [{"type": "missile"}],
               ev("On Thursday Russia launched 55 missiles and 24 Shahed drones at Ukraine, and the Air Force said 47 of the missiles and all of the drones were shot down.",
                  "A missile killed one man in Kyiv, where my colleague at the music academy spent the afternoon in a shelter with his apprentices."),
               killed=cnt(1, "one man")),
        attack("Russia", "Ukraine", "missile_strike", [ODESA_REGION], day("2023-01-26", "On Thursday"),
               [{"type": "missile"}],
               ev("On Thursday Russia launched 55 missiles and 24 Shahed drones at Ukraine, and the Air Force said 47 of the missiles and all of the drones were shot down.",
                  "In the Odesa region missiles hit three energy facilities, though according to the governor nobody there was killed or injured."),
               killed=cnt(0, "nobody there was killed or injured"), injured=cnt(0, "nobody there was killed or injured"),
               damage=["three energy facilities"], reported_by=["the governor"]),
    ],
    diplomacy=[
        dip("summit", ["Poland", "Lithuania", "Ukraine"], day("2023-01-11", "On 11 January"), "held",
            "Summit of the presidents of Poland, Lithuania and Ukraine in Lviv",
            ev("On 11 January I had the honour of preparing the concert grand at the Potocki Palace for the evening after the summit of the presidents of Poland, Lithuania and Ukraine in Lviv."),
            location=LVIV),
        dip("summit", [EU, "Ukraine"], day("2023-02-03", "on Friday"), "planned",
            "EU-Ukraine summit to be hosted in Kyiv",
            ev("Musicians who play for visiting delegations tell me they are busy again: Kyiv will host an EU-Ukraine summit on Friday, and the orchestra there has been rehearsing the European anthem in a cold hall all week."),
            location=KYIV),
    ])

# --------------------------------------------------------------------------- xx10
GOLD["xx10_opera_programme_synopsis_war_and_peace_control_jan12"] = dict(
    notes="Control: an opera company's programme-book synopsis of Prokofiev's War and Peace (Thursday 12 January 2023). "
          "Napoleon's army crossing the Niemen, Borodino, the artillery that 'bombard[s] the Raevsky redoubt', the council "
          "of war at Fili, Moscow abandoned and burning, Pierre 'taken prisoner', partisans who 'free a column of "
          "prisoners', and the recorded cannon by which 'nobody has ever been hurt' belong to the invasion of Russia in "
          "1812 and to a staging, not to the war the codebook codes: no attack and no diplomacy (rules 5, 12 and 13). "
          "Nothing is coded.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("dnipro-2023-01-14", "Russian Kh-22 missile on the apartment block on Naberezhna Peremohy in Dnipro, 14 January 2023",
     [("xx06_self_storage_facility_notice_dnipro_jan16", "attack", 0),
      ("xx07_garden_centre_newsletter_zaporizhzhia_jan20", "attack", 2),
      ("xx08_photography_club_competition_notice_kyiv_jan27", "attack", 1)]),
    ("kyiv-2022-12-19", "Russian Shahed drones on Kyiv, early on 19 December 2022",
     [("xx02_pet_grooming_salon_notice_kyiv_obolon_dec19", "attack", 0),
      ("xx03_launderette_notice_kyiv_lukianivka_dec20", "attack", 1)]),
    ("kherson-2022-12-24", "Russian shelling of the centre of Kherson, 24 December 2022",
     [("xx04_housing_association_tenants_newsletter_kherson_family_jan05", "attack", 1),
      ("xx05_bike_repair_shop_notice_kherson_dec25", "attack", 0)]),
    ("kyiv-2023-01-26", "Russian missile on Kyiv during the barrage of 26 January 2023",
     [("xx08_photography_club_competition_notice_kyiv_jan27", "attack", 0),
      ("xx09_piano_tuner_newsletter_lviv_jan30", "attack", 1)]),
    ("washington-2022-12-21", "President Zelensky's visit to Washington, 21 December 2022",
     [("xx01_ski_resort_conditions_report_vorokhta_dec30", "diplomacy", 0),
      ("xx05_bike_repair_shop_notice_kherson_dec25", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev75 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV75 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV75, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
