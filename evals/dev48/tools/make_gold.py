"""Write evals/dev48/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev48, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV48 = ROOT / "evals" / "dev48"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, week, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}
AIR_FORCE = ["Ukrainian Air Force"]


def span(a: str, b: str, text: str) -> dict:
    """A date known only as a span of days ("within two weeks or so", "over three days from 23 to 25 May")."""
    return {"start": a, "end": b, "precision": "range", "text": text}


# --------------------------------------------------------------------------- yw01
GOLD["yw01_ukraineweek_istanbul_and_danube"] = dict(
    notes="Saturday newsletter (Saturday 17 May 2025), a 'This week' list of items, each dated by its own weekday words "
          "(rule 11): a drone on a city bus in Kherson 'On Monday morning' (12 May; 'A 68-year-old passenger' killed, "
          "'the driver' wounded: people described one by one, rule 6; 'a Russian drone' is not counted, rule 9); drones "
          "on the port of Izmail 'On Tuesday evening' (13 May; 'two port workers' hurt); 'two ballistic missiles' on an "
          "industrial site in Kryvyi Rih 'On Wednesday' (14 May; launched 2, the missiles being the subject of the hit, "
          "rule 9; six injured, 'a girl aged ten': children_injured 1); artillery on Nikopol and Marhanets 'On Thursday' "
          "(15 May; one record with two places, rule 2; 'Nobody was hurt' is injured 0 and killed null, rule 6). "
          "Diplomacy: the delegations' meeting at the Dolmabahçe Palace 'On Friday' (talks, held, 16 May; Turkey hosts, "
          "its foreign minister opened the session, rule 15). Not coded: 'Hopes of a quiet week' (no event); 'their "
          "first direct meeting in more than three years' (a time reference, no event of its own, rule 17); Putin "
          "'who had proposed the format' (the proposal of the talks that were held); the reading list and Eurovision.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kherson", "Kherson", "Ukraine")],
               day("2025-05-12", "On Monday morning"), [{"type": "drone"}],
               ev("On Monday morning, shortly after eight o'clock, a Russian drone released a charge over a city bus in Kherson.",
                  "A 68-year-old passenger died where he sat and the driver was wounded, regional governor Oleksandr Prokudin said."),
               killed=cnt(1, "A 68-year-old passenger"), injured=cnt(1, "the driver"), damage=["city bus"],
               reported_by=["regional governor Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               day("2025-05-13", "On Tuesday evening"), [{"type": "drone"}],
               ev("On Tuesday evening, drones went after the port of Izmail on the Danube.",
                  "They damaged a grain terminal and a bulk carrier moored alongside it, and two port workers were hurt, according to Odesa governor Oleh Kiper."),
               injured=cnt(2, "two port workers"), damage=["grain terminal", "bulk carrier moored alongside it"],
               reported_by=["Odesa governor Oleh Kiper"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               day("2025-05-14", "On Wednesday"), [{"type": "ballistic_missile", "launched": cnt(2, "two")}],
               ev("On Wednesday, two ballistic missiles slammed into an industrial site in Kryvyi Rih around noon, injuring six people, among them a girl aged ten."),
               injured=cnt(6, "six people"), children_injured=cnt(1, "a girl aged ten"),
               damage=["industrial site", "workshop roof"]),
        attack("Russia", "Ukraine", "shelling_artillery",
               [loc("Nikopol", "Dnipropetrovsk", "Ukraine"), loc("Marhanets", "Dnipropetrovsk", "Ukraine")],
               day("2025-05-15", "On Thursday"), [{"type": "artillery"}],
               ev("On Thursday, Russian artillery fired across the Kakhovka reservoir at Nikopol and Marhanets.",
                  "Nobody was hurt, Dnipropetrovsk governor Serhiy Lysak wrote, but a gas pipeline and three houses were damaged."),
               injured=cnt(0, "Nobody was hurt"), damage=["gas pipeline", "three houses"],
               reported_by=["Dnipropetrovsk governor Serhiy Lysak"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2025-05-16", "On Friday"), "held",
            "First direct Ukrainian-Russian talks in more than three years at the Dolmabahçe Palace, delegations led by Rustem Umerov and Vladimir Medinsky, opened by Turkish Foreign Minister Hakan Fidan",
            ev("On Friday, after days of guessing over who would actually turn up, the Kyiv and Moscow delegations took their seats at the Dolmabahçe Palace in Istanbul, their first direct meeting in more than three years.",
               "Defence Minister Rustem Umerov led the Ukrainian side and presidential aide Vladimir Medinsky the Russian one; Turkey's foreign minister, Hakan Fidan, opened the session and stayed in the room."),
            location=loc("Istanbul", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- yw02
GOLD["yw02_conflictexplained_istanbul_questions"] = dict(
    notes="Explainer in questions and answers (Thursday 29 May 2025) on the Istanbul talks. Coded: the talks 'On 16 May' at "
          "the Dolmabahçe Palace (talks, held; Turkey hosts, its foreign minister opened them, rule 15); Zelensky's talks "
          "with Erdoğan in Ankara 'on 15 May' (talks, held: the article calls them talks, rule 14); the exchange of 1,000 "
          "prisoners each, 'agreed at the palace and carried out later, over three days from 23 to 25 May' "
          "(prisoner_exchange, held, dated by when it was carried out, 23-25 May, not by the day it was agreed: the "
          "agreement is part of the talks' outcome, rule 14); the negotiators' meeting in Istanbul 'In late March 2022' "
          "(talks, held, optional background, rule 17); Lavrov's 'proposed a second round in Istanbul on Monday, 2 "
          "June' (talks, proposed: put forward, not agreed, rules 13 and 16; Turkey as the state of the city where they "
          "are proposed, rule 15). Not coded: the promise to set down ceasefire ideas in writing (nothing put forward "
          "yet, rule 13); Umerov's wish to read the memorandum first (a demand); Turkey 'would gladly host a second time' "
          "(a stance, rule 13); the US administration's patience and Rubio's 'could step back' (stances); Zelensky's "
          "readiness to face Putin (stance).",
    attacks=[],
    diplomacy=[
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2025-05-16", "On 16 May"), "held",
            "Ukrainian and Russian delegations, headed by Rustem Umerov and Vladimir Medinsky, met at the Dolmabahçe Palace; Turkish Foreign Minister Hakan Fidan opened the meeting",
            ev("On 16 May, the two delegations met at the Dolmabahçe Palace on the Bosphorus.",
               "Ukraine's team was headed by Defence Minister Rustem Umerov, Russia's by Vladimir Medinsky, a historian and aide to Vladimir Putin.",
               "Turkish Foreign Minister Hakan Fidan opened the meeting, which lasted roughly an hour and a half."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["Ukraine", "Turkey"], day("2025-05-15", "on 15 May"), "held",
            "Zelensky flew to Ankara and held talks with President Recep Tayyip Erdoğan",
            ev("Volodymyr Zelensky flew to Ankara on 15 May and held talks there with Turkey's President Recep Tayyip Erdoğan, saying he would have been ready to face Putin in person."),
            location=loc("Ankara", None, "Turkey")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], span("2025-05-23", "2025-05-25", "over three days from 23 to 25 May"), "held",
            "Exchange of 1,000 prisoners from each side, agreed at the Istanbul talks and carried out over three days, the largest swap of the war so far",
            ev("One concrete thing: an exchange of 1,000 prisoners from each side.",
               "It was agreed at the palace and carried out later, over three days from 23 to 25 May, which made it the largest swap of the war so far.")),
        opt(dip("talks", ["Ukraine", "Russia", "Turkey"], month("2022-03-01", "2022-03-31", "In late March 2022"), "held",
                "Ukrainian and Russian negotiators met in Istanbul's Dolmabahçe Palace and discussed a draft that would have made Ukraine neutral (background)",
                ev("In late March 2022, a month into the invasion, negotiators met in the same palace and discussed a draft that would have made Ukraine neutral."),
                location=loc("Istanbul", None, "Turkey"))),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-06-02", "on Monday, 2 June"), "proposed",
            "Russia proposed a second round of talks with Ukraine in Istanbul, at which Medinsky would hand over a Russian memorandum",
            ev("On Wednesday, Foreign Minister Sergei Lavrov said Moscow had proposed a second round in Istanbul on Monday, 2 June, at which Medinsky would hand over a Russian memorandum."),
            location=loc("Istanbul", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- yw03
N1024 = night("2025-10-23", "2025-10-24", "overnight")
GOLD["yw03_gasgridintelligence_hadiach_plant"] = dict(
    notes="Energy trade weekly (Friday 24 October 2025): Russian drones and a ballistic missile on a Naftogaz "
          "gas-processing facility near Hadiach, Poltava region, 'overnight' (23-24 October, rule 11; kind "
          "drone_and_missile, rule 8; 'a ballistic missile' is not counted, rule 9; 'none of the workers on shift was "
          "injured' is the site's nil, injured 0, killed null, rule 6). The governor's '19 drones over Poltava region' go "
          "on the Hadiach record, the one struck locality of the region the article names (rule 3). The Air Force's 128 "
          "attack drones and 'a single Iskander-M' (ballistic by model, rule 9), '94 were downed or knocked off course "
          "by jamming' (jamming counts as intercepted, rule 3) and 'the missile was not intercepted' (intercepted 0, "
          "rule 6) are the country record (rule 3). Diplomacy: the EU's 19th sanctions package adopted 'on Thursday' "
          "(sanctions, held, 23 October; the EU imposes, Russia is targeted, rule 15). Not coded: storage levels, imports "
          "through Poland and Hungary, the TTF price, Kallas's description of the package, buyers' contracts.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Hadiach", "Poltava", "Ukraine")], N1024,
               [{"type": "drone", "intercepted": cnt(19, "19")}, {"type": "ballistic_missile"}],
               ev("A Naftogaz gas-processing facility near Hadiach in Poltava region was still burning on Friday morning after Russian drones and a ballistic missile hit it overnight, the state energy group said.",
                  "\"Our people had gone down to the shelters when the alert sounded, and none of the workers on shift was injured,\" Naftogaz chief executive Serhii Koretskyi wrote on Facebook.",
                  "Poltava governor Volodymyr Kohut said air defence had brought down 19 drones over Poltava region in the hours of darkness, and that crews from three districts were fighting the fire at the site."),
               injured=cnt(0, "none of the workers on shift was injured"),
               damage=["Naftogaz gas-processing facility", "processing units", "compressor hall"],
               reported_by=["Naftogaz", "Naftogaz chief executive Serhii Koretskyi", "Poltava governor Volodymyr Kohut"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2025-10-23", "2025-10-24", "during the night"),
               [{"type": "drone", "launched": cnt(128, "128"), "intercepted": cnt(94, "94")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(1, "a single"),
                 "intercepted": cnt(0, "the missile was not intercepted")}],
               ev("Across the country, Russia used 128 attack drones and a single Iskander-M, a ballistic missile, during the night, according to Friday's Air Force update.",
                  "Of the drones, 94 were downed or knocked off course by jamming; the missile was not intercepted."),
               reported_by=AIR_FORCE),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2025-10-23", "on Thursday"), "held",
            "EU governments adopted the 19th sanctions package: a ban on Russian LNG imports (long-term contracts ending on 1 January 2027) and 117 more shadow-fleet tankers listed",
            ev("In Brussels, EU governments on Thursday adopted the bloc's 19th sanctions package against Russia.",
               "It bans imports of Russian liquefied natural gas, with short-term contracts ending within six months and long-term ones on 1 January 2027, and puts 117 more shadow-fleet tankers on the list of ships that may not call at European harbours."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- yw04
N0902 = night("2025-09-01", "2025-09-02", "overnight")
GOLD["yw04_ukrainedailydigest_factbox_24_hours"] = dict(
    notes="Evening factbox, 'Key events of the past 24 hours' (Tuesday 2 September 2025), one line per event, each dated by "
          "its own words. Coded: the Air Force's 86 Shahed-type drones 'overnight' (1-2 September), '62 of them were "
          "destroyed or jammed' (country record, rule 3; jammed counts as intercepted); drones on Zaporizhzhia "
          "'overnight' (11 injured, 'three of them children'; 'Fourteen of those drones' over Zaporizhzhia region go on "
          "the city, the one locality of the region struck that night, rule 3); 'four guided aerial bombs' on "
          "Zaporizhzhia's Zavodskyi district 'at about 15:40' (a second record for the city: the night wave and the "
          "afternoon wave are two units of rule 1, told as separate lines; glide_bomb, launched 4, the bombs being the "
          "subject of the hit, rule 9; 'A man' killed, 'four people' injured); a drone on a substation in Shostka "
          "'overnight' ('A 15-year-old boy' cut by glass: injured 1, children_injured 1; 'a drone' not counted, rule 9); "
          "artillery on Kherson's Korabelnyi district in the 'morning' ('reported no casualties' is a nil: killed 0 and "
          "injured 0, rule 6). Not coded: the General Staff's 163 combat clashes (ground fighting, rule 5); Peskov's "
          "'still possible in principle' (stance, rule 13); energy, rail, school and weather lines.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N0902,
               [{"type": "drone", "model": "Shahed", "launched": cnt(86, "86"), "intercepted": cnt(62, "62")}],
               ev("Nationwide, overnight: Russia launched 86 Shahed-type attack drones, the Air Force reported after dawn; 62 of them were destroyed or jammed."),
               reported_by=AIR_FORCE),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")], N0902,
               [{"type": "drone", "intercepted": cnt(14, "Fourteen")}],
               ev("Zaporizhzhia, overnight: drones hit a student dormitory and private houses in two districts of the city.",
                  "Governor Ivan Fedorov said 11 people were injured, three of them children.",
                  "Fourteen of those drones were stopped by air defence above Zaporizhzhia region, he added."),
               injured=cnt(11, "11 people"), children_injured=cnt(3, "three of them children"),
               damage=["student dormitory", "private houses in two districts"],
               reported_by=["Governor Ivan Fedorov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2025-09-02", "at about 15:40"), [{"type": "glide_bomb", "launched": cnt(4, "four")}],
               ev("Zaporizhzhia, afternoon: at about 15:40 four guided aerial bombs from Russian aircraft hit the city's Zavodskyi district.",
                  "A man was killed and four people were injured, Fedorov said; a bus depot and the garages beside it burned."),
               killed=cnt(1, "A man"), injured=cnt(4, "four people"),
               damage=["Zavodskyi district", "bus depot", "garages"], reported_by=["Governor Ivan Fedorov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Shostka", "Sumy", "Ukraine")], N0902,
               [{"type": "drone"}],
               ev("Shostka, Sumy region, overnight: a drone hit an electricity substation, and parts of the town had no power until midday.",
                  "A 15-year-old boy was cut by flying glass, the regional military administration said."),
               injured=cnt(1, "A 15-year-old boy"), children_injured=cnt(1, "A 15-year-old boy"),
               damage=["electricity substation"], reported_by=["Sumy regional military administration"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2025-09-02", "morning"), [{"type": "artillery"}],
               ev("Kherson, morning: Russian artillery shelled the Korabelnyi district.",
                  "Governor Oleksandr Prokudin reported no casualties; two high-rise buildings and a pharmacy were damaged."),
               killed=cnt(0, "reported no casualties"), injured=cnt(0, "reported no casualties"),
               damage=["two high-rise buildings in the Korabelnyi district", "pharmacy"],
               reported_by=["Governor Oleksandr Prokudin"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yw05
GOLD["yw05_eurasiabusinessreview_column_sanctions"] = dict(
    notes="Opinion column (Friday 24 October 2025), mostly argument and statistics: an event-hood test. Coded: the US "
          "Treasury's sanctions on Rosneft and Lukoil 'On Wednesday' (sanctions, held, 22 October; the United States "
          "imposes, Russia is targeted, rule 15); the EU's 19th package 'On Thursday' (sanctions, held, 23 October); "
          "Trump's cancelling of 'the summit with Vladimir Putin in Budapest that was supposed to take place before the "
          "end of October' (summit, cancelled, dated by when it was planned, October 2025, rule 11; Hungary as the "
          "state of the city where it was planned, rule 15). Not coded: 'more than 6,000 drones at Ukraine in July alone' "
          "and the September figure (a month's tally is no night's or day's attack, rule 1; no place); 'Ukrainian cities' "
          "nights in basements, the power plants 'taken apart again one by one' and 'Ukraine's own long-range strikes on "
          "Russian refineries this autumn' (background with no count and no place, rule 5); the columnist's calls on "
          "Brussels, Washington and European governments (demands, rule 13); Peskov's explanations (a reaction); the "
          "oil market.",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["United States", "Russia"], day("2025-10-22", "On Wednesday"), "held",
            "The US Treasury imposed sanctions on Rosneft and Lukoil, Russia's largest oil companies",
            ev("On Wednesday, the US Treasury imposed sanctions on Rosneft and Lukoil, the largest of Russia's oil companies, the first such step of Donald Trump's second term.")),
        dip("sanctions", ["European Union", "Russia"], day("2025-10-23", "On Thursday"), "held",
            "EU governments adopted the 19th sanctions package: Russian LNG phased out by January 2027, more than a hundred shadow-fleet tankers blacklisted",
            ev("On Thursday, EU governments adopted their 19th package, under which Europe stops buying Russian LNG by January 2027 and blacklists more than a hundred shadow-fleet tankers.")),
        dip("summit", ["United States", "Russia", "Hungary"], month("2025-10-01", "2025-10-31", "before the end of October"), "cancelled",
            "Trump cancelled the planned summit with Putin in Budapest",
            ev("The same Wednesday, Trump said he had cancelled the summit with Vladimir Putin in Budapest that was supposed to take place before the end of October, because he saw no point in a meeting that would go nowhere."),
            location=loc("Budapest", None, "Hungary")),
    ])

# --------------------------------------------------------------------------- yw06
GOLD["yw06_northernreliefalliance_convoy_bilozerka"] = dict(
    notes="NGO press release (Friday 6 June 2025): a Russian drone on the NGO's aid convoy near Bilozerka, Kherson region, "
          "'on Thursday morning' (5 June, rule 11): 'two of our drivers' killed; 'Three other colleagues were wounded, one "
          "of them seriously, and a twelve-year-old boy ... was also hurt' gives injured 4 (a group and a person told "
          "'also' hurt are summed, rule 6; 'All four' confirms it) and children_injured 1; 'The grandmother was not "
          "injured' is one person's nil and fills nothing; 'a drone hit the lead vehicle' is not counted (rule 9). The "
          "February shelling of the NGO's warehouse in Kherson's Dniprovskyi district is a background attack with a "
          "place, required (rule 5; 'no one was injured': injured 0, killed null, rule 6; dated to the month, February "
          "2025). Not coded: Kherson's liberation in November 2022; the call to respect international humanitarian law "
          "(a demand, rule 13); the suspension of deliveries (the NGO's own decision, not diplomacy); the UN's rate of "
          "aid workers killed and injured this year (an aggregate, no event, rule 1).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bilozerka", "Kherson", "Ukraine")],
               day("2025-06-05", "on Thursday morning"), [{"type": "drone"}],
               ev("The Northern Relief Alliance is devastated to confirm that two of our drivers were killed on Thursday morning when a Russian drone struck our convoy near Bilozerka, a village a few kilometres west of Kherson.",
                  "At around 09:30, as the trucks slowed at the edge of Bilozerka, a drone hit the lead vehicle.",
                  "Three other colleagues were wounded, one of them seriously, and a twelve-year-old boy who was waiting in line with his grandmother was also hurt by shrapnel."),
               killed=cnt(2, "two of our drivers"),
               injured=cnt(4, "Three other colleagues were wounded, one of them seriously, and a twelve-year-old boy"),
               children_injured=cnt(1, "a twelve-year-old boy"),
               damage=["aid convoy of three marked trucks", "lead truck"],
               reported_by=["Northern Relief Alliance", "Regional governor Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               month("2025-02-01", "2025-02-28", "In February"), [{"type": "artillery"}],
               ev("This is the second time this year that our Kherson team has come under fire.",
                  "In February, shelling damaged our warehouse in the city's Dniprovskyi district; no one was injured on that occasion, and the stock was moved within a week."),
               injured=cnt(0, "no one was injured"), damage=["NGO warehouse in the Dniprovskyi district"],
               reported_by=["Northern Relief Alliance"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yw07
GOLD["yw07_transatlanticbrief_call_and_budapest"] = dict(
    notes="Daily newsletter from Washington (Friday 17 October 2025, morning). Coded: the Trump-Putin call told from "
          "Trump's side, 'on Thursday' (phone_call, held, 16 October; Ushakov's confirmation is evidence); the meeting "
          "in Budapest 'within two weeks or so' (summit, planned: a place and firm intent, rule 16; Hungary hosts, rule "
          "15; dated 17-31 October); senior advisers 'to meet next week' with Rubio leading the American team (talks, "
          "planned, week of 20-26 October; a meeting of officials is talks, rule 14; no venue); Zelensky's talks with "
          "Trump at the White House 'on Friday afternoon' (talks, planned, 17 October: the article calls them talks, "
          "rule 14). Not coded: Orbán's 'only place in Europe' and 'preparations were under way' (Hungary is already a "
          "participant; no event of its own); Putin's warning about Tomahawks and 'worth working on' (stances, rule 13); "
          "Zelensky's planned meetings with executives of companies (not states, rule 15); Trump's 'would rather "
          "Ukraine did not need them' (stance); markets.",
    attacks=[],
    diplomacy=[
        dip("phone_call", ["United States", "Russia"], day("2025-10-16", "on Thursday"), "held",
            "Trump said he had spoken with Putin for more than two hours and called it a very productive conversation; Ushakov confirmed the call",
            ev("President Donald Trump said on Thursday that he had spoken with Vladimir Putin for more than two hours, and called it a very productive conversation.",
               "Putin's adviser Yuri Ushakov confirmed that the conversation had taken place and said it had been Russia's initiative.")),
        dip("summit", ["United States", "Russia", "Hungary"], span("2025-10-17", "2025-10-31", "within two weeks or so"), "planned",
            "Trump and Putin agreed to meet in Budapest, with Hungary's prime minister Viktor Orbán as host",
            ev("In a long post on his own social network, Trump wrote that the two leaders had agreed to meet in Budapest within two weeks or so, with Hungary's prime minister, Viktor Orbán, as their host."),
            location=loc("Budapest", None, "Hungary")),
        dip("talks", ["United States", "Russia"], week("2025-10-20", "2025-10-26", "next week"), "planned",
            "Senior advisers of the US and Russia to meet before the summit, the American team led by Marco Rubio with envoy Steve Witkoff",
            ev("Before any summit, senior advisers of both sides are to meet next week, Trump said, with Secretary of State Marco Rubio leading the American team and special envoy Steve Witkoff beside him.")),
        dip("talks", ["Ukraine", "United States"], day("2025-10-17", "on Friday afternoon"), "planned",
            "Zelensky to hold talks with Trump at the White House",
            ev("Volodymyr Zelensky, who landed at Joint Base Andrews on Thursday evening, will hold talks with the American president at the White House on Friday afternoon."),
            location=loc("Washington", None, "United States")),
    ])

# --------------------------------------------------------------------------- yw08
N0821 = night("2025-08-20", "2025-08-21", "during the night")
MOD_RU = ["Russian Ministry of Defence"]
GOLD["yw08_skyshieldreview_forty_uavs"] = dict(
    notes="Russian specialist outlet in English (Thursday 21 August 2025) on Ukrainian drones over Russian regions, the "
          "ministry's night (20-21 August, rule 11). Attacker Ukraine, target Russia (rule 4). The ministry's 40 "
          "destroyed over three regions are the country record (a tally over several regions, rule 3; no launched "
          "figure: 'How many drones Ukraine sent in total, the ministry did not disclose'). Per region (rule 3): the "
          "Rostov region's 12 go on Novoshakhtinsk, the one struck locality named there (the refinery fire; 'No one was "
          "injured': injured 0, killed null, rule 6); the Bryansk region's 21 are the region's own record, no locality "
          "struck ('There were no casualties or damage': killed 0 and injured 0); the Kursk region's seven go on Rylsk, "
          "the one locality named as hit (the power line; Khinshtein 'did not report any casualties' is silence, counts "
          "null, rule 6). 'The Kiev regime' is the ministry's wording; drones are 'drone' (rule 9). Not coded: the "
          "analysis section's pattern of raids, interception methods, debris and steel mesh (no event, rule 5).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0821,
               [{"type": "drone", "intercepted": cnt(40, "40")}],
               ev("Russian air defence crews intercepted and destroyed 40 fixed-wing drones launched by Ukraine during the night, the Ministry of Defence reported on Thursday morning.",
                  "By the ministry's count, the Bryansk region accounted for 21, the Rostov region for 12 and the Kursk region for seven."),
               reported_by=MOD_RU),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novoshakhtinsk", "Rostov", "Russia")], N0821,
               [{"type": "drone", "intercepted": cnt(12, "12")}],
               ev("By the ministry's count, the Bryansk region accounted for 21, the Rostov region for 12 and the Kursk region for seven.",
                  "In the Rostov region, wreckage of a drone shot down overhead landed inside the Novoshakhtinsk oil refinery and started a fire, acting governor Yury Slyusar wrote on Telegram.",
                  "No one was injured, he said."),
               injured=cnt(0, "No one was injured"), damage=["Novoshakhtinsk oil refinery"],
               reported_by=["acting governor Yury Slyusar", "Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk", "Russia", "region")], N0821,
               [{"type": "drone", "intercepted": cnt(21, "21")}],
               ev("By the ministry's count, the Bryansk region accounted for 21, the Rostov region for 12 and the Kursk region for seven.",
                  "Bryansk region governor Alexander Bogomaz said the drones had been destroyed over four border districts.",
                  "There were no casualties or damage, he wrote."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               reported_by=["Bryansk region governor Alexander Bogomaz", "Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Rylsk", "Kursk", "Russia")], N0821,
               [{"type": "drone", "intercepted": cnt(7, "seven")}],
               ev("By the ministry's count, the Bryansk region accounted for 21, the Rostov region for 12 and the Kursk region for seven.",
                  "Kursk region acting governor Alexander Khinshtein did not report any casualties.",
                  "He said falling fragments had cut a power line outside Rylsk, and several villages around the town went without electricity until the afternoon."),
               damage=["power line outside Rylsk"],
               reported_by=["Kursk region acting governor Alexander Khinshtein", "Russian Ministry of Defence"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yw09
GOLD["yw09_defenceindustryledger_week_in_aid"] = dict(
    notes="Defence-industry trade weekly (Monday 20 October 2025). Coded: Zelensky's 'more than two hours of talks over "
          "lunch' with Trump at the White House 'on Friday' (talks, held, 17 October; no Tomahawk decision, which is no "
          "aid event); the Ukraine Defence Contact Group's session at NATO headquarters on 'Wednesday' (meeting, held, "
          "15 October, optional: scene-setting for the pledges; NATO hosts, rule 15; Britain and Germany chair); "
          "Germany's support 'worth more than €2 billion' (military_aid, held: a pledge announced is the decision, "
          "rule 16); the Netherlands' €90 million towards a PURL package (military_aid, held); the Danish defence "
          "minister's visit to Kyiv 'On Thursday' (visit, held, 16 October; the workshop tour is part of it, rule 14); "
          "the delivery of the last of 18 Bohdana howitzers paid for by Denmark (military_aid, held; no date of its own, "
          "as dev47's yv04 aid); Zelensky 'expected to visit Sweden on Wednesday' (visit, planned, 22 October: "
          "attributed to officials with a day named, rule 16; the article calls it a visit, rule 14). Not coded: "
          "'Several smaller allies hinted' (stance, rule 13); Ukraine's wish for 25 Patriot systems (a demand); industry "
          "news (Saab, Raytheon, Rheinmetall, Fire Point, the Kaunas plant).",
    attacks=[],
    diplomacy=[
        dip("talks", ["Ukraine", "United States"], day("2025-10-17", "on Friday"), "held",
            "Zelensky held more than two hours of talks over lunch with Trump at the White House; no decision on Tomahawk missiles",
            ev("Volodymyr Zelensky left the White House on Friday without the Tomahawk cruise missiles he had flown to Washington to ask for.",
               "After more than two hours of talks over lunch with Donald Trump, the Ukrainian president said the subject had been discussed but no decision taken, and Trump told reporters he would prefer the war to end without them."),
            location=loc("Washington", None, "United States")),
        opt(dip("meeting", ["NATO", "Ukraine", "Germany", "United Kingdom"], day("2025-10-15", "Wednesday's"), "held",
                "Session of the Ukraine Defence Contact Group at NATO headquarters, chaired by Boris Pistorius and John Healey",
                ev("At Wednesday's session of the Ukraine Defence Contact Group at NATO headquarters, which he chaired together with the British defence secretary, John Healey, Germany's Boris Pistorius announced German support worth more than €2 billion, including additional Patriot interceptors, radars and long-range drones."),
                location=loc("Brussels", None, "Belgium"))),
        dip("military_aid", ["Germany", "Ukraine"], day("2025-10-15", "Wednesday's"), "held",
            "Germany announced support worth more than €2 billion, including additional Patriot interceptors, radars and long-range drones",
            ev("At Wednesday's session of the Ukraine Defence Contact Group at NATO headquarters, which he chaired together with the British defence secretary, John Healey, Germany's Boris Pistorius announced German support worth more than €2 billion, including additional Patriot interceptors, radars and long-range drones.",
               "Much of it will be produced in Germany, he said."),
            location=loc("Brussels", None, "Belgium")),
        dip("military_aid", ["Netherlands", "Ukraine"], day("2025-10-15", "Wednesday's"), "held",
            "The Netherlands will pay €90 million towards another PURL package of American weapons for Ukraine",
            ev("At the same session, Ruben Brekelmans, the Dutch defence minister, promised that his country would pay €90 million towards another package of American weapons bought through the Prioritised Ukraine Requirements List, the scheme known as PURL."),
            location=loc("Brussels", None, "Belgium")),
        dip("visit", ["Denmark", "Ukraine"], day("2025-10-16", "On Thursday"), "held",
            "Danish Defence Minister Troels Lund Poulsen visited Kyiv and toured a workshop that assembles artillery barrels",
            ev("On Thursday, Danish Defence Minister Troels Lund Poulsen visited Kyiv, where he toured a workshop that assembles artillery barrels."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["Denmark", "Ukraine"], None, "held",
            "The last of 18 Bohdana self-propelled howitzers paid for by Denmark delivered to Ukrainian units",
            ev("He said the last of 18 Bohdana self-propelled howitzers paid for by Denmark had been delivered to Ukrainian units.")),
        dip("visit", ["Ukraine", "Sweden"], day("2025-10-22", "on Wednesday"), "planned",
            "Zelensky expected to visit Sweden, with a possible order for Gripen E fighters on the agenda",
            ev("Zelensky is expected to visit Sweden on Wednesday, Swedish officials said, and a possible order for Gripen E fighters is on the agenda.")),
    ])

# --------------------------------------------------------------------------- yw10
GOLD["yw10_blackseashippingbrief_izmail_berth"] = dict(
    notes="Shipping newsletter (Wednesday 14 May 2025). Coded: Russian drones on the port of Izmail 'on Tuesday evening' "
          "(13 May, rule 11): the grain berth and the bulk carrier Aria Dawn damaged; 'none of the ship's 19 crew members "
          "was hurt, but two port workers were wounded' gives injured 2 (the crew's nil is part of the toll, the port "
          "workers are the rest, rule 6). Ukrainian naval drones on Novorossiysk 'overnight into Wednesday' (13-14 May; "
          "attacker Ukraine, target Russia, rule 4; naval drones are 'drone', kind air_drone_strike, rules 8 and 9; 'five "
          "uncrewed boats' destroyed: intercepted 5; 'no one was hurt': injured 0, killed null, rule 6). Not coded: "
          "war-risk premiums, April cargo volumes, the Vienna navigation conference (moved to June; no state "
          "participants named), the grain exchange, freight rates.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               day("2025-05-13", "on Tuesday evening"), [{"type": "drone"}],
               ev("Russian drones struck the port of Izmail on the Danube on Tuesday evening, damaging a grain berth and the Panama-flagged bulk carrier Aria Dawn, which was loading sunflower meal for Constanța.",
                  "According to Odesa regional governor Oleh Kiper, none of the ship's 19 crew members was hurt, but two port workers were wounded by shrapnel and needed hospital treatment."),
               injured=cnt(2, "two port workers"),
               damage=["grain berth", "bulk carrier Aria Dawn", "berth's conveyor gallery"],
               reported_by=["Odesa regional governor Oleh Kiper"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar", "Russia")],
               night("2025-05-13", "2025-05-14", "overnight into Wednesday"),
               [{"type": "drone", "intercepted": cnt(5, "five")}],
               ev("On the Russian side of the sea, Ukrainian naval drones tried to reach Novorossiysk overnight into Wednesday.",
                  "The Black Sea Fleet said its ships and helicopters destroyed five uncrewed boats on the approaches to the bay, and city authorities said no one was hurt."),
               injured=cnt(0, "no one was hurt"),
               reported_by=["Black Sea Fleet", "city authorities"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yw11
GOLD["yw11_zaporizhzhiacitydigest_two_attacks"] = dict(
    notes="City evening digest (Wednesday 3 September 2025). Zaporizhzhia 'was attacked twice' on Tuesday: drones "
          "'overnight into Tuesday' (1-2 September, rule 11; 13 injured, 'three of them children'; the two districts "
          "stay on the city's record, rule 1) and guided bombs on the Zavodskyi district 'at about 15:40' (2 September; a "
          "second record: the article tells a night wave and an afternoon wave as two attacks, rule 1's night and day; "
          "'guided bombs' with no count, glide_bomb; 'A 47-year-old worker' killed, 'five people' injured). The funeral "
          "is of 'Mykola and Valentyna Hrytsenko, 74 and 71', killed 'on Saturday' (30 August) by a missile on their "
          "house in the Oleksandrivskyi district: a background attack with a place and a count, required (rule 5; "
          "killed 2, people described one by one, rule 6; 'a missile' is not counted, rule 9). Not coded: the funeral "
          "itself, requests for window film, schools, trams, water and blood donors.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               night("2025-09-01", "2025-09-02", "overnight into Tuesday"), [{"type": "drone"}],
               ev("Good evening. Yesterday Zaporizhzhia was attacked twice, first in the dark and then in the middle of a working afternoon.",
                  "Drones came in from the south-east and hit a student dormitory of the technical university in the Shevchenkivskyi district and several private houses in the Dniprovskyi district.",
                  "By Tuesday evening, 13 people had been registered as injured, three of them children, regional governor Ivan Fedorov said."),
               injured=cnt(13, "13 people"), children_injured=cnt(3, "three of them children"),
               damage=["student dormitory in the Shevchenkivskyi district", "private houses in the Dniprovskyi district"],
               reported_by=["regional governor Ivan Fedorov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2025-09-02", "at about 15:40"), [{"type": "glide_bomb"}],
               ev("Good evening. Yesterday Zaporizhzhia was attacked twice, first in the dark and then in the middle of a working afternoon.",
                  "Russian aircraft dropped guided bombs on the Zavodskyi district, close to the Dnipro embankment.",
                  "A 47-year-old worker of a bus depot was killed at his workplace and five people were injured, among them a mechanic who had been sheltering in an inspection pit."),
               killed=cnt(1, "A 47-year-old worker"), injured=cnt(5, "five people"),
               damage=["bus depot in the Zavodskyi district", "buses", "garages"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2025-08-30", "on Saturday"), [{"type": "missile"}],
               ev("Good evening. Yesterday Zaporizhzhia was attacked twice, first in the dark and then in the middle of a working afternoon.",
                  "On Wednesday morning, relatives and neighbours gathered at the cemetery on Kapustiana street for the funeral of Mykola and Valentyna Hrytsenko, 74 and 71, who were killed on Saturday when a missile hit their house in the Oleksandrivskyi district."),
               killed=cnt(2, "Mykola and Valentyna Hrytsenko, 74 and 71"),
               damage=["house in the Oleksandrivskyi district"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yw12
GOLD["yw12_circuitandcapital_price_war_week"] = dict(
    notes="Technology and finance weekly (Monday 10 November 2025): **control, no record at all.** The war-like words are "
          "figurative or civilian: a 'price war' and its 'opening shots', a monthly pass 'launched', 'a barrage of "
          "questions', analysts who 'fired off' follow-ups, a company 'targeted by short sellers', delivery drones "
          "'launched' whose flights 'reached their targets' (no attack, rules 1 and 5); 'talks with the union', a "
          "threatened 'strike' over pay and an expected 'agreement' at a car plant (labour relations, not diplomacy "
          "between states, rules 13 and 15); a 'summit of CEOs' at Web Summit in Lisbon (no states); the Warsaw stock "
          "'exchange' (no prisoner exchange); a patent 'battle' ending in a 'truce' and a licensing 'deal'.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("izmail-2025-05-13", "Russian drones on the port of Izmail, evening of Tuesday 13 May 2025 (grain terminal and a bulk carrier)",
     [("yw01_ukraineweek_istanbul_and_danube", "attack", 1), ("yw10_blackseashippingbrief_izmail_berth", "attack", 0)]),
    ("istanbul-talks-2025-05-16", "The Ukrainian-Russian talks at the Dolmabahçe Palace in Istanbul, 16 May 2025",
     [("yw01_ukraineweek_istanbul_and_danube", "diplomacy", 0), ("yw02_conflictexplained_istanbul_questions", "diplomacy", 0)]),
    ("zaporizhzhia-night-2025-09-02", "Russian drones on Zaporizhzhia, night of 1-2 September 2025 (a student dormitory and private houses)",
     [("yw04_ukrainedailydigest_factbox_24_hours", "attack", 1), ("yw11_zaporizhzhiacitydigest_two_attacks", "attack", 0)]),
    ("zaporizhzhia-afternoon-2025-09-02", "Russian guided bombs on Zaporizhzhia's Zavodskyi district, about 15:40 on 2 September 2025",
     [("yw04_ukrainedailydigest_factbox_24_hours", "attack", 2), ("yw11_zaporizhzhiacitydigest_two_attacks", "attack", 1)]),
    ("eu-19th-package-2025-10-23", "The EU's 19th sanctions package against Russia, adopted 23 October 2025",
     [("yw03_gasgridintelligence_hadiach_plant", "diplomacy", 0), ("yw05_eurasiabusinessreview_column_sanctions", "diplomacy", 1)]),
    ("budapest-summit-2025-10", "The Trump-Putin summit in Budapest announced on 16 October 2025 (planned in yw07, cancelled in yw05)",
     [("yw07_transatlanticbrief_call_and_budapest", "diplomacy", 1), ("yw05_eurasiabusinessreview_column_sanctions", "diplomacy", 2)]),
    ("white-house-2025-10-17", "Zelensky's talks with Trump at the White House, 17 October 2025 (planned in yw07, held in yw09)",
     [("yw07_transatlanticbrief_call_and_budapest", "diplomacy", 3), ("yw09_defenceindustryledger_week_in_aid", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev48 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV48 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV48, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
