"""Write evals/dev54/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev54, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV54 = ROOT / "evals" / "dev54"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KHARKIV = loc("Kharkiv", "Kharkiv", "Ukraine")
LGOV = loc("Lgov", "Kursk", "Russia")
KHERSON = loc("Kherson", "Kherson", "Ukraine")
PAST_DAY = night("2026-06-09", "2026-06-10", "Over the past day")

# --------------------------------------------------------------------------- xc01
LEAD01 = ("KHARKIV, June 3 (Ridgeline Wire) - Russian warplanes dropped two guided aerial bombs on Kharkiv on Wednesday "
          "afternoon, killing at least three people in the Industrialnyi district, the regional governor said.")
GOLD["xc01_ridgelinewire_kharkiv_glide_bombs"] = dict(
    notes="Wire story with a dateline (Wednesday 3 June 2026). Coded: the guided bombs on Kharkiv 'on Wednesday "
          "afternoon' (3 June, day, rule 11; glide_bomb, rule 8; 'two guided aerial bombs' dropped on the city: launched "
          "2, rule 9; 'at least three people' killed (3, at_least, rule 7); '19' wounded, exact: the lead gives the dead "
          "alone under 'at least', the wounded in the next sentence as a bare number; 'a girl aged 14' among them, "
          "children_injured 1, rule 6; the mayor's 'four dead and 26 wounded' by evening is a later update, evidence "
          "only, rule 6); the background strike 'on May 22' on a filling station in the Kyivskyi district ('a glide bomb' "
          "uncounted, rule 9; 'nine people' injured; a place and a past date: required, rule 5; attacker Russia by rule "
          "12). Not coded: the General Staff's '146 guided bombs' dropped along the front 'on Tuesday' (a front-wide "
          "tally, rule 5), the infantry assaults near Kupiansk (ground fighting, rule 5), Zelensky's request to partners "
          "(a call, rule 13), the Russian Defence Ministry's claim of a 'deployment point' in Kharkiv (the same strike "
          "told by the attacker: evidence of nothing new, no second record), 'KABs' (the family's general name, not a "
          "model of these bombs), the day of mourning and the tram routes.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2026-06-03", "on Wednesday afternoon"),
               [{"type": "glide_bomb", "launched": cnt(2, "two")}],
               ev(LEAD01,
                  "He put the number of wounded at 19, a girl aged 14 among them, in a Telegram post.",
                  "By evening the toll had climbed to four dead and 26 wounded, Kharkiv's mayor told reporters at the scene, adding that rescuers were still lifting slabs from a collapsed storehouse behind the depot."),
               killed=cnt(3, "at least three people", "at_least"), injured=cnt(19, "19"),
               children_injured=cnt(1, "a girl aged 14"),
               damage=["tram depot", "small shops", "storehouse", "two tram cars", "nine-storey block"],
               reported_by=["the regional governor", "Kharkiv's mayor"]),
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2026-05-22", "on May 22"), [{"type": "glide_bomb"}],
               ev("The city was last hit by such a weapon on May 22, when a glide bomb struck a filling station in the Kyivskyi district and injured nine people."),
               injured=cnt(9, "nine people"), damage=["filling station"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xc02
LEAD02 = ("Russia's air defences brought down 41 Ukrainian drones overnight over three regions that border Ukraine, the "
          "Defence Ministry in Moscow said on Sunday morning.")
MOD02 = ("Of these, 17 were destroyed above the Bryansk region, 14 above the Kursk region and 10 above the Belgorod "
         "region,\" the ministry's statement read.")
GOLD["xc02_okamonitor_mod_drone_tallies"] = dict(
    notes="Outlet quoting a Russian Defence Ministry briefing (Sunday 7 June 2026). Coded: the ministry's '41 Ukrainian "
          "drones' brought down 'overnight' over three regions (6-7 June, rule 11; a tally over several regions is the "
          "country record, rule 3: attacker Ukraine, target Russia, rule 4; intercepted 41, no launched figure); the "
          "region tallies by rule 3: '17' over the Bryansk region (no struck locality named there: the region's own "
          "record; its governor 'reported no casualties' is a nil, killed 0 and injured 0, rule 6), '14' over the Kursk "
          "region (exactly one struck locality named in the region, Lgov: the tally goes on Lgov's record, with 'two "
          "people' injured; 'a drone had slammed into' is not counted, rule 9), '10' over the Belgorod region (none "
          "named struck: the region's own record; the city of Belgorod's buses are no strike); the background night "
          "'to June 1' with '112 drones' shot down over 12 regions (31 May-1 June, rule 11; a count and a date: required, "
          "rule 5; country record). Not coded: the ministry's formula and the outlet's remarks on it, Ukraine's "
          "statement of its targets, Peskov's words (a reaction, rule 13), the Moscow airports' halt (a consequence of "
          "the background night, not damage of a place hit).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-06-06", "2026-06-07", "overnight"),
               [{"type": "drone", "intercepted": cnt(41, "41")}],
               ev(LEAD02,
                  "\"From 23:00 Moscow time on June 6 until 06:00 on June 7, air defence units on duty intercepted and destroyed 41 Ukrainian fixed-wing unmanned aerial vehicles."),
               reported_by=["the Defence Ministry in Moscow"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk", "Russia", "region")],
               night("2026-06-06", "2026-06-07", "overnight"),
               [{"type": "drone", "intercepted": cnt(17, "17")}],
               ev(MOD02, "The Bryansk region's governor reported no casualties and no damage."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               reported_by=["the Defence Ministry", "The Bryansk region's governor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [LGOV], night("2026-06-06", "2026-06-07", "overnight"),
               [{"type": "drone", "intercepted": cnt(14, "14")}],
               ev(MOD02,
                  "In the Kursk region, the governor wrote that a drone had slammed into a block of flats five storeys high in the town of Lgov, about 70 km west of the regional capital, at around 2 a.m., injuring two people."),
               injured=cnt(2, "two people"), damage=["block of flats", "windows of two neighbouring buildings", "parked car"],
               reported_by=["the Defence Ministry", "the governor of the Kursk region"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod", "Russia", "region")],
               night("2026-06-06", "2026-06-07", "overnight"),
               [{"type": "drone", "intercepted": cnt(10, "10")}],
               ev(MOD02), reported_by=["the Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-05-31", "2026-06-01", "On the night to June 1"),
               [{"type": "drone", "intercepted": cnt(112, "112")}],
               ev("On the night to June 1, the ministry reported that 112 drones had been shot down over 12 regions, and flights at two of Moscow's airports were halted for several hours."),
               reported_by=["the ministry"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xc03
LEAD03 = ("The governor of Russia's Kursk region said on Sunday that three people, including a boy of 16, had been "
          "injured when a Ukrainian drone hit an apartment building in the town of Lgov overnight.")
GOLD["xc03_borderlandbulletin_kursk_governor_lgov"] = dict(
    notes="News site relaying the Kursk governor's posts (Sunday 7 June 2026). Coded: the Ukrainian drone on an apartment "
          "building in Lgov 'overnight' (6-7 June, rule 11; attacker Ukraine, rule 4; 'a Ukrainian drone' uncounted, rule "
          "9; 'three people' injured, the article's first figure, the earlier post's 'two injured' left to the evidence, "
          "rule 6; 'a boy of 16' is a child, children_injured 1, rule 6); Ukrainian artillery on Tyotkino 'in the "
          "afternoon' of the same Sunday ('Later in the day'; shelling_artillery; 'No casualties were reported' is read "
          "as a nil, as 'he reported no casualties' is, not as the silence of a speaker who 'did not report any "
          "casualties': killed 0 and injured 0, 'no casualties' filling both, rule 6); the drone that dropped a charge on "
          "a car near Rylsk 'On Saturday' (6 June; 'a man aged 52' killed 1; attacker Ukraine by rule 12, the post naming "
          "none). Not coded: the ground incursion of August 2024 (ground fighting, no place, rule 5), the governor's "
          "advice and payments, the Kremlin's and Kyiv's words (reactions, rule 13), the farm's suspended deliveries.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [LGOV], night("2026-06-06", "2026-06-07", "overnight"),
               [{"type": "drone"}],
               ev(LEAD03,
                  "\"At about two o'clock in the night an enemy drone crashed into a residential building on Zavodskaya Street,\" the governor posted on Telegram, in a channel that Borderland Bulletin relays in full each day.",
                  "In his first post of the morning, the governor had spoken of two injured; the third, a woman of 70, went to a clinic herself after dawn, the town's administration explained."),
               injured=cnt(3, "three people"), children_injured=cnt(1, "a boy of 16"),
               damage=["apartment building", "windows of about 40 flats"],
               reported_by=["The governor of Russia's Kursk region"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Tyotkino", "Kursk", "Russia")],
               day("2026-06-07", "in the afternoon"), [{"type": "artillery"}],
               ev("Later in the day he reported that Ukrainian artillery had shelled Tyotkino, a village on the border in the Glushkovo district, in the afternoon, damaging a school gymnasium and two houses.",
                  "No casualties were reported."),
               killed=cnt(0, "No casualties were reported"), injured=cnt(0, "No casualties were reported"),
               damage=["school gymnasium", "two houses"], reported_by=["the governor of the Kursk region"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Rylsk", "Kursk", "Russia")], day("2026-06-06", "On Saturday"),
               [{"type": "drone"}],
               ev("On Saturday, a small drone dropped a charge onto a car on the outskirts of Rylsk, killing its driver, a man aged 52, the governor said in a separate post."),
               killed=cnt(1, "a man aged 52"), damage=["car"], reported_by=["the governor of the Kursk region"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xc04
LEAD04 = ("Over the past day, Kherson and a string of settlements along the right bank of the Dnipro came under Russian "
          "attack, the Kherson Regional Military Administration said on Wednesday morning in its daily summary.")
GOLD["xc04_deltanews_kherson_past_day"] = dict(
    notes="Local outlet relaying the regional military administration's daily summary (Wednesday 10 June 2026). 'Over "
          "the past day' is read as the 24 hours before the morning summary, 9-10 June (range, rule 11). Coded, each "
          "place with its own details its own record (rule 1): Kherson, artillery shells on the Korabelnyi district 'on "
          "Tuesday evening' (9 June, day; shelling_artillery; 'a 64-year-old man' killed 1; 'a woman of 58 and her "
          "12-year-old grandson' injured 2, people described one by one, rule 6, of whom children_injured 1); Bilozerka, "
          "'a Russian drone dropped an explosive on a car' (air_drone_strike; 'Its driver, 41' injured 1, burns; dated by "
          "the lead's 'Over the past day'); Tyahynka, 'A guided aerial bomb' (glide_bomb, uncounted, rule 9; a house "
          "destroyed, no casualty word: no count); Stanislav and Darivka, 'came under artillery fire' (two places told "
          "together: one record with two locations, rule 2; 'no one was hurt' is injured 0 only, rule 6); Hola Prystan, a "
          "Ukrainian drone attack 'on Tuesday' told by Russian-installed officials (attacker Ukraine as the article says, "
          "target_country Ukraine: occupied since 2022, rule 12; 'three people' injured). Not coded: the evacuation call, "
          "buses and housing, Kherson 'within range of Russian guns' since November 2022 and the drones that 'hunt single "
          "cars' (no event with a date, rule 5), the nets, the power and water news.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [KHERSON], day("2026-06-09", "on Tuesday evening"),
               [{"type": "artillery"}],
               ev(LEAD04,
                  "In Kherson, artillery shells hit the Korabelnyi district on Tuesday evening, killing a 64-year-old man near his home and injuring a woman of 58 and her 12-year-old grandson."),
               killed=cnt(1, "a 64-year-old man"), injured=cnt(2, "a woman of 58 and her 12-year-old grandson"),
               children_injured=cnt(1, "her 12-year-old grandson"),
               damage=["kindergarten", "pharmacy", "private houses", "gas pipe"],
               reported_by=["the Kherson Regional Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bilozerka", "Kherson", "Ukraine")], PAST_DAY,
               [{"type": "drone"}],
               ev(LEAD04, "In Bilozerka, west of the city, a Russian drone dropped an explosive on a car.",
                  "Its driver, 41, suffered burns to his hands and face and is in hospital."),
               injured=cnt(1, "Its driver, 41"), damage=["car"],
               reported_by=["the Kherson Regional Military Administration"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Tyahynka", "Kherson", "Ukraine")], PAST_DAY,
               [{"type": "glide_bomb"}],
               ev(LEAD04,
                  "A guided aerial bomb struck Tyahynka, upriver near Beryslav, destroying a house whose owners had left the village in the spring."),
               damage=["house", "disused shop"], reported_by=["the Kherson Regional Military Administration"]),
        attack("Russia", "Ukraine", "shelling_artillery",
               [loc("Stanislav", "Kherson", "Ukraine"), loc("Darivka", "Kherson", "Ukraine")], PAST_DAY,
               [{"type": "artillery"}],
               ev(LEAD04,
                  "Stanislav and Darivka came under artillery fire; several homes and an overhead power line were damaged; no one was hurt."),
               injured=cnt(0, "no one was hurt"), damage=["homes", "overhead power line"],
               reported_by=["the Kherson Regional Military Administration"]),
        attack("Ukraine", "Ukraine", "air_drone_strike", [loc("Hola Prystan", "Kherson", "Ukraine")],
               day("2026-06-09", "on Tuesday"), [{"type": "drone"}],
               ev("On the occupied left bank, Russian-installed officials said a Ukrainian drone attack on Tuesday had injured three people at a bus stop in Hola Prystan."),
               injured=cnt(3, "three people"), damage=["bus stop"], reported_by=["Russian-installed officials"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xc05
GOLD["xc05_lindenpost_live_blog_june3"] = dict(
    notes="Live blog with timestamped updates, newest first (Wednesday 3 June 2026). Coded, each dated by its own update's "
          "words: the air force's night tally 'last night' (2-3 June, rule 11; country record, rule 3: '96' drones "
          "launched, '74' shot down or jammed, rule 3; 'two ballistic missiles, both Iskander-M' launched 2, no figure "
          "for the missiles downed; drone_and_missile, rule 8); Dnipro 'last night' ('Two Iskander-M ballistic missiles "
          "hit': counted weapons as the subject of the hit are launched, rule 9; missile_strike; 'five people' injured; "
          "the city's own record beside the country's, rule 3); Nikopol 'this morning' ('Russian artillery and FPV "
          "drones': artillery with drones is `other`, both listed, rule 8; 'a 71-year-old man' injured 1); Kharkiv 'this "
          "afternoon' (glide_bomb; the 16:10 update is the earliest that reports the strike, so its 'Two people' killed "
          "and 'at least 14' injured are the counts, rule 6, and the 18:45 update's four dead and 27 wounded are "
          "evidence; the afternoon update is not dated by the morning's 'last night'); Sybiha's telephone conversation "
          "with Japan's foreign minister 'This morning' (phone_call, held, Ukraine and Japan, rule 14). Not coded: "
          "Peskov's 'remains open' to talks with 'no date or venue' (a stance, rule 13), the sirens 'Overnight' (no "
          "place hit), Nikopol's population, the schools' exams.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-06-02", "2026-06-03", "last night"),
               [{"type": "drone", "launched": cnt(96, "96"), "intercepted": cnt(74, "74")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two")}],
               ev("Russia launched 96 attack drones against Ukraine last night, the air force reports, and two ballistic missiles, both Iskander-M.",
                  "Its morning statement counts 74 drones shot down or jammed, largely in the eastern regions."),
               reported_by=["the air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               night("2026-06-02", "2026-06-03", "last night"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "Two")}],
               ev("Two Iskander-M ballistic missiles hit an industrial enterprise in Dnipro last night, injuring five people, says the head of the regional administration.",
                  "A fire in one of the workshops was put out by morning."),
               injured=cnt(5, "five people"), damage=["industrial enterprise", "workshop"],
               reported_by=["the head of the regional administration"]),
        attack("Russia", "Ukraine", "other", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-06-03", "this morning"), [{"type": "artillery"}, {"type": "drone"}],
               ev("In Nikopol, which faces the Russian-held nuclear station at Enerhodar across the water, Russian artillery and FPV drones hit the town this morning, injuring a 71-year-old man, Dnipropetrovsk's regional governor says.",
                  "A bus depot and a gas pipeline were damaged."),
               injured=cnt(1, "a 71-year-old man"), damage=["bus depot", "gas pipeline"],
               reported_by=["Dnipropetrovsk's regional governor"]),
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2026-06-03", "this afternoon"),
               [{"type": "glide_bomb"}],
               ev("Russian guided aerial bombs struck Kharkiv this afternoon, the regional governor says.",
                  "Two people were killed and at least 14 injured when the bombs came down near a tram depot in the Industrialnyi district, he writes on Telegram.",
                  "Kharkiv's mayor says the number of people killed in this afternoon's bombing has risen to four."),
               killed=cnt(2, "Two people"), injured=cnt(14, "at least 14", "at_least"),
               damage=["area near a tram depot", "storehouse"], reported_by=["the regional governor", "Kharkiv's mayor"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Japan"], day("2026-06-03", "This morning"), "held",
            "Sybiha spoke by telephone with Japan's foreign minister about Japanese funding for mobile power units and demining machines",
            ev("This morning Andrii Sybiha had a telephone conversation with Japan's foreign minister, the Ukrainian ministry says.",
               "They discussed Japanese funding for mobile power units and demining machines, Sybiha writes on X, and he thanked Tokyo for \"steady and practical\" support.")),
    ])

# --------------------------------------------------------------------------- xc06
LEAD06 = ("KYIV - Norway's foreign minister came into Kyiv by train from the Polish border on Thursday morning, while the "
          "capital was still counting the damage from a Russian drone attack, and announced 1.5 billion kroner (about 130 "
          "million euros) in new support for Ukraine's air defence and power grid.")
GOLD["xc06_fjordposten_norway_minister_kyiv"] = dict(
    notes="Norwegian outlet on a foreign minister's visit (Thursday 4 June 2026). Coded: the Russian drone attack on Kyiv "
          "'during the night' (3-4 June, rule 11; debris of downed drones on two districts stays on the city's record, "
          "rule 1; 'two people' injured); the Norwegian foreign minister's visit to Kyiv 'on Thursday morning' (visit, "
          "held, 4 June; his meetings with Sybiha and Zelensky are part of the visit, rule 14); the 1.5 billion kroner "
          "announced the same day for air defence ammunition and power-grid parts (military_aid, held: a decision "
          "announced, rules 14 and 16); Sybiha's trip to Oslo 'on June 18 for talks with his Norwegian counterpart' "
          "(talks, planned: a trip told by its purpose of meeting, with a date, rules 14 and 16). Optional (background, "
          "rule 17): the Norwegian prime minister's visit to Kyiv 'in February' (2026, month). Not coded: 'ready to "
          "consider further packages' (a stance, rule 13), Sybiha pressing Europe on frozen Russian money and Norway's "
          "support for it (a call and a stance), Zelensky's thanks and request, the debate in Oslo.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kyiv", "Kyiv", "Ukraine")],
               night("2026-06-03", "2026-06-04", "during the night"), [{"type": "drone"}],
               ev(LEAD06,
                  "Falling wreckage of drones that were shot down hit the Darnytskyi and Obolonskyi districts during the night, injuring two people and setting fire to cars in a parking lot, the head of Kyiv's city military administration said."),
               injured=cnt(2, "two people"), damage=["cars in a parking lot"],
               reported_by=["the head of Kyiv's city military administration"]),
    ],
    diplomacy=[
        dip("visit", ["Norway", "Ukraine"], day("2026-06-04", "on Thursday morning"), "held",
            "Norway's foreign minister visited Kyiv, meeting Foreign Minister Sybiha and President Zelensky",
            ev(LEAD06,
               "The minister met Andrii Sybiha, his Ukrainian counterpart, at the ministry on Mykhailivska Square and was later received by President Volodymyr Zelensky."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["Norway", "Ukraine"], day("2026-06-04", "on Thursday morning"), "held",
            "Norway announced 1.5 billion kroner for NASAMS ammunition and for transformers, cables and spare parts for damaged power plants",
            ev(LEAD06,
               "About two thirds of the new money will buy ammunition for the NASAMS air defence systems that Norway produces with an American partner, the ministry in Oslo said.")),
        dip("talks", ["Norway", "Ukraine"], day("2026-06-18", "on June 18"), "planned",
            "Sybiha to travel to Oslo for talks with his Norwegian counterpart on energy security and the Black Sea",
            ev("Sybiha said he had accepted an invitation to Oslo and would travel there on June 18 for talks with his Norwegian counterpart on energy security and on the Black Sea."),
            location=loc("Oslo", None, "Norway")),
        opt(dip("visit", ["Norway", "Ukraine"], month("2026-02-01", "2026-02-28", "in February"), "held",
                "Norway's prime minister visited Kyiv and toured a repaired thermal power plant (background)",
                ev("Norway's prime minister last came to Kyiv in February, when he toured a repaired thermal power plant outside the city."),
                location=loc("Kyiv", None, "Ukraine"))),
    ])

# --------------------------------------------------------------------------- xc07
LEAD07 = ("BRUSSELS - NATO defence ministers met on Thursday at the alliance's seat on the edge of Brussels to prepare the "
          "leaders' summit that Turkey will host in Ankara on July 7-8, with air defence for Ukraine and their own stocks "
          "of interceptors at the top of the agenda.")
GOLD["xc07_schumansquare_nato_ministers_eu_sanctions"] = dict(
    notes="Brussels outlet (Thursday 11 June 2026). Coded: the NATO defence ministers' meeting 'on Thursday' at the "
          "alliance's seat in Brussels (meeting: an organisation's meeting, rule 14; held, 11 June; hosted by NATO at its "
          "seat, not by Belgium, rule 15; Ukraine a participant, its defence minister 'took part in the meeting's "
          "afternoon session'); the leaders' summit 'that Turkey will host in Ankara on July 7-8' (summit, planned, rule "
          "16; NATO and Turkey, the host, rule 15; a range of two days); the EU's package of sanctions against Russia "
          "approved 'on Wednesday' (sanctions, held, 10 June; the European Union and Russia, rule 15; firms in third "
          "countries make no state a party); Germany's and the Netherlands' 300 interceptors for Ukraine announced 'On "
          "Thursday' ('would jointly pay': a decision announced, military_aid, held, rules 14 and 16). Not coded: the "
          "Baltic states' and Poland's call for a uranium ban and Finland's call on the United States (calls, 'Neither "
          "step is on the table yet', rule 13), the secretary general's words (a stance), the first summit on Turkish "
          "soil 'in more than two decades' (no date), Turkey's wish for a signal, the draft declaration.",
    attacks=[],
    diplomacy=[
        dip("meeting", ["NATO", "Ukraine"], day("2026-06-11", "on Thursday"), "held",
            "Meeting of NATO defence ministers at the alliance's headquarters to prepare the Ankara summit; Ukraine's defence minister took part in the afternoon session",
            ev(LEAD07,
               "Ukraine's defence minister took part in the meeting's afternoon session, which dealt with drone production and with training Ukrainian crews on Western air defence systems, officials said."),
            location=loc("Brussels", None, "Belgium")),
        dip("summit", ["NATO", "Turkey"], night("2026-07-07", "2026-07-08", "on July 7-8"), "planned",
            "NATO leaders' summit that Turkey will host in Ankara",
            ev(LEAD07), location=loc("Ankara", None, "Turkey")),
        dip("sanctions", ["European Union", "Russia"], day("2026-06-10", "on Wednesday"), "held",
            "The EU adopted its latest sanctions package against Russia: 45 more shadow fleet tankers, two more Russian banks, export curbs on machine tools and drone components",
            ev("The ministers met a day after the European Union adopted its latest package of sanctions against Russia.",
               "EU governments approved it by written procedure on Wednesday, once the last member state holding out had lifted its objection.")),
        dip("military_aid", ["Germany", "Netherlands", "Ukraine"], day("2026-06-11", "On Thursday"), "held",
            "Germany and the Netherlands to pay jointly for 300 air defence interceptors for Ukraine, worth about 900 million euros",
            ev("On Thursday, on the margins of the meeting, Germany and the Netherlands said they would jointly pay for 300 air defence interceptors for Ukraine, to be delivered from the manufacturer's stock by the autumn.")),
    ])

# --------------------------------------------------------------------------- xc08
LEAD08 = ("Ukraine and Russia exchanged 84 prisoners of war each on Tuesday, with mediation from the United Arab Emirates, "
          "according to statements from both capitals.")
IAEA08 = ("A day earlier, in Istanbul, the International Atomic Energy Agency's director general held talks with the head "
          "of Rosatom, Russia's state nuclear corporation, on the situation at the Zaporizhzhia nuclear power plant.")
GOLD["xc08_adriaticagency_exchange_iaea_istanbul"] = dict(
    notes="News agency story (Tuesday 9 June 2026). Coded: the exchange of 84 prisoners of war each 'on Tuesday' "
          "(prisoner_exchange, held, 9 June; Ukraine, Russia and the United Arab Emirates, the mediator, rule 15); the IAEA "
          "director general's talks with the head of Rosatom in Istanbul 'A day earlier' (talks, held, 8 June; the "
          "International Atomic Energy Agency and Russia, and Turkey as the state of the city where talks between others "
          "are held, rule 15); his trip to Kyiv 'on June 16 for talks with Ukraine's energy minister' (talks, planned: a "
          "trip told by its purpose of meeting, with a day and a place, rules 14 and 16). Optional (background, rule 17): "
          "'The previous exchange, 150 for 150, took place in late May' (prisoner_exchange, held, May 2026). Not coded: "
          "the UAE's statement and Russia's thanks (the same exchange), 'lists for another swap were being prepared' (no "
          "date, no event yet), Russia 'still refusing' (a stance), 'no agreement on repairs had been reached' (no "
          "agreement: nothing to code), the agency's view on the second line and Ukraine's and Peskov's words "
          "(stances, rule 13).",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-06-09", "on Tuesday"), "held",
            "Ukraine and Russia exchanged 84 prisoners of war each, with the UAE mediating",
            ev(LEAD08,
               "The Russian Defence Ministry said the 84 Russian servicemen had been taken to Belarus first and would be flown on to Moscow for medical checks.")),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia"], month("2026-05-01", "2026-05-31", "in late May"), "held",
                "The previous exchange, 150 prisoners for 150 (background)",
                ev("The previous exchange, 150 for 150, took place in late May."))),
        dip("talks", ["International Atomic Energy Agency", "Russia", "Turkey"], day("2026-06-08", "A day earlier"), "held",
            "The IAEA director general held talks in Istanbul with the head of Rosatom on the Zaporizhzhia nuclear power plant; no agreement on repairs",
            ev(IAEA08,
               "The IAEA said after Monday's meeting that the talks had been \"frank and technical\" and that no agreement on repairs had been reached."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["International Atomic Energy Agency", "Ukraine"], day("2026-06-16", "on June 16"), "planned",
            "The IAEA director general is due in Kyiv for talks with Ukraine's energy minister",
            ev("The director general is due in Kyiv on June 16 for talks with Ukraine's energy minister, his office said."),
            location=loc("Kyiv", None, "Ukraine")),
    ])

# --------------------------------------------------------------------------- xc09
GOLD["xc09_weekendledger_fortnight_review"] = dict(
    notes="Weekend review of the fortnight (Sunday 14 June 2026). Coded: Kharkiv 'On June 3' ('two guided bombs fell': "
          "launched 2, rule 9; glide_bomb; 'four people' killed and '31' injured, this article's only figures, rule 6); "
          "Kherson 'on Tuesday evening' (9 June; 'a shell' uncounted; shelling_artillery; 'a 64-year-old man' killed 1); "
          "the Defence Ministry's biggest tally 'on the night to June 1' ('112' shot down: a count and a date, required, "
          "rule 5; country record, attacker Ukraine, rules 3 and 4); Norway's foreign minister's visit to Kyiv 'on June 4' "
          "(visit, held) and the 1.5 billion kroner he pledged (military_aid, held: a second event in the same sentence, "
          "rule 14); the exchange 'On Tuesday' of 168 prisoners, 84 each, 'the Emiratis brokered' (prisoner_exchange, "
          "held, 9 June; the UAE a participant, rule 15); the EU package adopted 'On Wednesday' (sanctions, held, 10 "
          "June); the NATO defence ministers' gathering in Brussels 'On Thursday' (meeting, held, 11 June; NATO); 'the "
          "Ankara summit on July 7-8' (summit, planned; NATO and Turkey, the state of the city, rule 15); Sybiha's trip "
          "to Oslo 'on June 18 for talks' (talks, planned). Not coded: the jets released 'from over Russian territory' "
          "(the same strike), the calls to leave the riverside (a call), the tallies of 'most nights' (no date, rule 5), "
          "the Baltic calls for a uranium ban (calls, rule 13), 'the message from the meeting', the Kremlin 'open to "
          "talks' with no date or place (a stance, rule 13), the assaults around Pokrovsk and Kupiansk (ground "
          "fighting, rule 5).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [KHARKIV], day("2026-06-03", "On June 3"),
               [{"type": "glide_bomb", "launched": cnt(2, "two")}],
               ev("On June 3, two guided bombs fell on Kharkiv's Industrialnyi district in the middle of the afternoon, killing four people and injuring 31 near a tram depot."),
               killed=cnt(4, "four people"), injured=cnt(31, "31"), damage=["area near a tram depot"]),
        attack("Russia", "Ukraine", "shelling_artillery", [KHERSON], day("2026-06-09", "on Tuesday evening"),
               [{"type": "artillery"}],
               ev("In Kherson, a shell killed a 64-year-old man outside his home in the Korabelnyi district on Tuesday evening."),
               killed=cnt(1, "a 64-year-old man")),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-05-31", "2026-06-01", "on the night to June 1"),
               [{"type": "drone", "intercepted": cnt(112, "112")}],
               ev("Moscow's Defence Ministry published its tallies of Ukrainian drones every morning.",
                  "The biggest came on the night to June 1, when it said 112 had been shot down; most nights it claimed between 20 and 60."),
               reported_by=["Moscow's Defence Ministry"]),
    ],
    diplomacy=[
        dip("visit", ["Norway", "Ukraine"], day("2026-06-04", "on June 4"), "held",
            "Norway's foreign minister visited Kyiv",
            ev("Norway's foreign minister visited Kyiv on June 4 and pledged 1.5 billion kroner for air defence ammunition and power equipment."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["Norway", "Ukraine"], day("2026-06-04", "on June 4"), "held",
            "Norway pledged 1.5 billion kroner for air defence ammunition and power equipment",
            ev("Norway's foreign minister visited Kyiv on June 4 and pledged 1.5 billion kroner for air defence ammunition and power equipment.")),
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-06-09", "On Tuesday"), "held",
            "Exchange of 168 prisoners of war, 84 from each side, brokered by the UAE",
            ev("On Tuesday, 168 prisoners of war - 84 from each side - went home in a swap the Emiratis brokered, the one piece of Russian-Ukrainian business that still works whatever the state of the front.")),
        dip("sanctions", ["European Union", "Russia"], day("2026-06-10", "On Wednesday"), "held",
            "EU governments adopted their latest sanctions package: 45 shadow fleet tankers banned from EU ports, two more Russian banks cut off",
            ev("On Wednesday, EU governments adopted their latest package, adding 45 shadow-fleet tankers to those banned from EU ports and cutting off two more Russian banks.")),
        dip("meeting", ["NATO"], day("2026-06-11", "On Thursday"), "held",
            "NATO defence ministers met in Brussels to prepare the Ankara summit",
            ev("On Thursday, the alliance's defence ministers gathered in Brussels to prepare the Ankara summit on July 7-8."),
            location=loc("Brussels", None, "Belgium")),
        dip("summit", ["NATO", "Turkey"], night("2026-07-07", "2026-07-08", "on July 7-8"), "planned",
            "NATO summit in Ankara",
            ev("On Thursday, the alliance's defence ministers gathered in Brussels to prepare the Ankara summit on July 7-8."),
            location=loc("Ankara", None, "Turkey")),
        dip("talks", ["Norway", "Ukraine"], day("2026-06-18", "on June 18"), "planned",
            "Sybiha travels to Oslo for talks with his Norwegian counterpart",
            ev("Sybiha travels to Oslo on June 18 for talks with his Norwegian counterpart."),
            location=loc("Oslo", None, "Norway")),
    ])

# --------------------------------------------------------------------------- xc10
GOLD["xc10_prairiegazette_hail_rail_strike_playoffs_control"] = dict(
    notes="Regional Canadian newspaper on a hailstorm, a rail strike and hockey (Tuesday 9 June 2026): **control, no record "
          "at all.** The war-like words are figurative or civilian: 'A barrage of hail', 'like an air strike', 'as if it "
          "had been shelled', 'A second attack of severe weather', surveying 'by drone' and spraying drones, 'caught in "
          "the crossfire', train crews 'on strike', 'Talks' between a railway and a union under 'a federal mediator', 'a "
          "ceasefire of sorts' proposed by the union, farm groups' call for 'a summit' and for 'sanctions', a provincial "
          "government 'ready to host such a meeting', 'the Oilers' attack' and forwards who 'shelled the visiting "
          "goaltender' (no attacker state, no strike of the war, rules 1 and 12; companies, unions and a province, no "
          "states or organisations of the war, rules 13 and 15).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kharkiv-glide-2026-06-03", "Russian guided bombs on Kharkiv's Industrialnyi district, afternoon of 3 June 2026",
     [("xc01_ridgelinewire_kharkiv_glide_bombs", "attack", 0),
      ("xc05_lindenpost_live_blog_june3", "attack", 3),
      ("xc09_weekendledger_fortnight_review", "attack", 0)]),
    ("lgov-2026-06-07", "Ukrainian drone on an apartment block in Lgov, Kursk region, night of 6-7 June 2026",
     [("xc02_okamonitor_mod_drone_tallies", "attack", 2),
      ("xc03_borderlandbulletin_kursk_governor_lgov", "attack", 0)]),
    ("russia-tally-2026-06-01", "The Russian Defence Ministry's 112 Ukrainian drones downed, night of 31 May-1 June 2026",
     [("xc02_okamonitor_mod_drone_tallies", "attack", 4),
      ("xc09_weekendledger_fortnight_review", "attack", 2)]),
    ("kherson-2026-06-09", "Russian shelling of Kherson's Korabelnyi district, evening of 9 June 2026",
     [("xc04_deltanews_kherson_past_day", "attack", 0),
      ("xc09_weekendledger_fortnight_review", "attack", 1)]),
    ("norway-visit-2026-06-04", "Norway's foreign minister's visit to Kyiv, 4 June 2026",
     [("xc06_fjordposten_norway_minister_kyiv", "diplomacy", 0),
      ("xc09_weekendledger_fortnight_review", "diplomacy", 0)]),
    ("norway-aid-2026-06-04", "Norway's 1.5 billion kroner for air defence and power, announced 4 June 2026",
     [("xc06_fjordposten_norway_minister_kyiv", "diplomacy", 1),
      ("xc09_weekendledger_fortnight_review", "diplomacy", 1)]),
    ("oslo-talks-2026-06-18", "Sybiha's talks with his Norwegian counterpart in Oslo, planned for 18 June 2026",
     [("xc06_fjordposten_norway_minister_kyiv", "diplomacy", 2),
      ("xc09_weekendledger_fortnight_review", "diplomacy", 6)]),
    ("exchange-84-2026-06-09", "Exchange of 84 prisoners each mediated by the UAE, Tuesday 9 June 2026",
     [("xc08_adriaticagency_exchange_iaea_istanbul", "diplomacy", 0),
      ("xc09_weekendledger_fortnight_review", "diplomacy", 2)]),
    ("eu-sanctions-2026-06-10", "The EU's sanctions package adopted on Wednesday 10 June 2026",
     [("xc07_schumansquare_nato_ministers_eu_sanctions", "diplomacy", 2),
      ("xc09_weekendledger_fortnight_review", "diplomacy", 3)]),
    ("nato-ministers-2026-06-11", "NATO defence ministers' meeting in Brussels, Thursday 11 June 2026",
     [("xc07_schumansquare_nato_ministers_eu_sanctions", "diplomacy", 0),
      ("xc09_weekendledger_fortnight_review", "diplomacy", 4)]),
    ("ankara-summit-2026-07-07", "NATO summit Turkey is to host in Ankara on 7-8 July 2026",
     [("xc07_schumansquare_nato_ministers_eu_sanctions", "diplomacy", 1),
      ("xc09_weekendledger_fortnight_review", "diplomacy", 5)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev54 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV54 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV54, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
