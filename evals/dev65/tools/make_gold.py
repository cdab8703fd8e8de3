"""Write evals/dev65/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev65, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV65 = ROOT / "evals" / "dev65"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KYIV = loc("Kyiv", "Kyiv", "Ukraine")
ZAPORIZHZHIA = loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")
ENGELS = loc("Engels", "Saratov", "Russia")
LVIV_REGION = loc("Lviv region", "Lviv", "Ukraine", "region")
IF_REGION = loc("Ivano-Frankivsk region", "Ivano-Frankivsk", "Ukraine", "region")
RAMSTEIN = loc("Ramstein Air Base", "Rhineland-Palatinate", "Germany", "site")
NIGHT_0114 = ("2025-01-13", "2025-01-14")
NIGHT_0116 = ("2025-01-15", "2025-01-16")
NIGHT_0101 = ("2024-12-31", "2025-01-01")
EU = "European Union"
UK = "United Kingdom"
US = "United States"


def span(a: str, b: str, text: str) -> dict:
    return {"start": a, "end": b, "precision": "range", "text": text}


# --------------------------------------------------------------------------- xn01
GOLD["xn01_parliamentary_committee_hearing_summary_jan14"] = dict(
    notes="A parliamentary committee's summary of proceedings (hearing of Monday 13 January 2025, published 14 January). "
          "Coded: the Zaporizhzhia strike 'on Wednesday, 8 January' (8 January, day; 'two guided aerial bombs' are the "
          "subject of their fall, launched 2, rule 9; 'thirteen people' killed, the regional authorities' figure, rule 6; "
          "glide_bomb); the Ukraine Defense Contact Group 'convened on Thursday, 9 January, at Ramstein Air Base in Germany' "
          "(meeting of the group, held; the United States chairing, Ukraine attending, Germany the state of the place, "
          "rules 14-15); the American package of 'roughly 500 million dollars' announced there (military_aid, an aid "
          "decision announced, held, rule 16; dated by the meeting's day); the US Treasury's designations 'on Friday, 10 "
          "January' (sanctions, United States and Russia, held, rule 15). Optional: the exchange of prisoners 'of 30 "
          "December', mediated by the UAE (background, rule 17). Not coded: the question on the new administration and "
          "the Minister's reply (a stance, rule 13), the remarks about captured North Korean soldiers ('conditional', 'not "
          "conveyed' to anyone: nothing put to the other side, rule 13), the inauguration on 20 January (not a diplomatic "
          "event between states), the committee's own next hearing.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [ZAPORIZHZHIA], day("2025-01-08", "on Wednesday, 8 January"),
               [{"type": "glide_bomb", "launched": cnt(2, "two guided aerial bombs")}],
               ev("At the suggestion of the Chair, members stood for a minute's silence in memory of the victims of the Russian strike on Zaporizhzhia on Wednesday, 8 January, in which two guided aerial bombs landed among the workshops of an industrial zone and, according to the regional authorities, thirteen people were killed."),
               killed=cnt(13, "thirteen people"), damage=["industrial zone"], reported_by=["the regional authorities"]),
    ],
    diplomacy=[
        dip("meeting", ["Ukraine Defense Contact Group", US, "Ukraine", "Germany"], day("2025-01-09", "on Thursday, 9 January"), "held",
            "Meeting of the Ukraine Defense Contact Group chaired by US Secretary of Defense Lloyd Austin; Ukraine led by Defence Minister Rustem Umerov",
            ev("The Minister informed members that the Ukraine Defense Contact Group had convened on Thursday, 9 January, at Ramstein Air Base in Germany, under the chairmanship of the outgoing US Secretary of Defense, Lloyd Austin, for what was expected to be the last time."),
            location=RAMSTEIN),
        dip("military_aid", [US, "Ukraine"], day("2025-01-09", "on Thursday, 9 January"), "held",
            "Lloyd Austin's announcement of a final US package of about 500 million dollars (air-defence interceptors, F-16 munitions)",
            ev("The Minister informed members that the Ukraine Defense Contact Group had convened on Thursday, 9 January, at Ramstein Air Base in Germany, under the chairmanship of the outgoing US Secretary of Defense, Lloyd Austin, for what was expected to be the last time.",
               "Secretary Austin used the occasion to announce what he called the final American package of the present administration, worth roughly 500 million dollars and consisting mainly of air-defence interceptors and munitions for F-16 aircraft.")),
        dip("sanctions", [US, "Russia"], day("2025-01-10", "on Friday, 10 January"), "held",
            "US Treasury designations of Gazprom Neft, Surgutneftegas, 183 vessels and traders and insurers",
            ev("The head of the sanctions unit took members through the measures the United States Treasury announced on Friday, 10 January, against the Russian oil sector.",
               "Gazprom Neft and Surgutneftegas, two of the biggest producers, were designated, as were 183 vessels, mostly tankers belonging to what is often called the shadow fleet, along with a number of traders and insurers.")),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2024-12-30", "of 30 December"), "held",
                "Prisoner exchange mediated by the UAE; 189 Ukrainians returned",
                ev("The Political Director recalled the exchange of prisoners of 30 December, mediated by the United Arab Emirates, through which 189 Ukrainians returned home."))),
    ])

# --------------------------------------------------------------------------- xn02
GOLD["xn02_think_tank_map_notes_jan17"] = dict(
    notes="A conflict-mapping think tank's weekly map notes (9-16 January 2025, published Friday 17 January). Coded: Russia's "
          "combined attack on the country 'on the morning of Wednesday, 15 January' (day; '43 missiles' launched, no type "
          "split: missile, rule 9; '74 drones'; '30 of the missiles' and '47 of the drones' shot down; the Air Force's "
          "country figures, rule 3); the missiles on gas infrastructure 'in both the Lviv region and the Ivano-Frankivsk "
          "region' (places in aggregate: one record, two regions, rule 2; 'that morning', 15 January; 'no casualties' "
          "fills killed and injured, rule 6; missile_strike, no count on the regions); the guided-bomb strike on "
          "Zaporizhzhia 'on 8 January' (background with place and date, required, rule 5; '13 dead', the only figure "
          "here, rule 6); Russia's claim of '146 drones' destroyed 'For the night of 13 to 14 January' (intercepted 146, "
          "a tally over Russian territory: country record, rules 3-4); Engels 'on 8 January' (drones, background with "
          "place and date, required, rule 5); Engels 'that night' (13-14 January; two industrial enterprises damaged; 'no "
          "one was hurt' is injured 0 only, rule 6; drones by the sentence's own 'Ukrainian drones' and the layer's lead, "
          "rule 8). Diplomacy: the partnership agreement signed in Kyiv 'On Thursday, 16 January' (agreement, held, "
          "rule 14). Not coded: the 41 map points (no weapon count), the method change; the visit is not told as an "
          "event here (only the signing is, rule 14).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2025-01-15", "on the morning of Wednesday, 15 January"),
               [{"type": "missile", "launched": cnt(43, "43 missiles"), "intercepted": cnt(30, "30 of the missiles")},
                {"type": "drone", "launched": cnt(74, "74 drones"), "intercepted": cnt(47, "47 of the drones")}],
               ev("The largest single event was the combined attack on the morning of Wednesday, 15 January.",
                  "Ukraine's Air Force put the Russian total at 43 missiles and 74 drones, and reported 30 of the missiles and 47 of the drones shot down."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [LVIV_REGION, IF_REGION], day("2025-01-15", "that morning"),
               [{"type": "missile"}],
               ev("Most of our points for that morning sit on gas production and storage sites.",
                  "Missiles hit gas infrastructure in both the Lviv region and the Ivano-Frankivsk region; both regional administrations said there were no casualties."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["gas infrastructure", "gas production and storage sites"], reported_by=["the regional administrations"]),
        attack("Russia", "Ukraine", "glide_bomb", [ZAPORIZHZHIA], day("2025-01-08", "on 8 January"),
               [{"type": "glide_bomb"}],
               ev("One late point was moved for Zaporizhzhia.",
                  "The toll of the guided-bomb strike on a factory district of the city on 8 January rose during the week to 13 dead, and the point now sits at the plant's address rather than at the district centre."),
               killed=cnt(13, "13 dead"), damage=["factory district"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*NIGHT_0114, "For the night of 13 to 14 January"),
               [{"type": "drone", "intercepted": cnt(146, "146 drones")}],
               ev("For the night of 13 to 14 January, Russia's Defence Ministry claimed 146 drones destroyed over Russian territory, among the highest nightly figures it has ever published."),
               reported_by=["Russia's Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [ENGELS], day("2025-01-08", "on 8 January"),
               [{"type": "drone"}],
               ev("In Engels, which Ukrainian drones had already hit on 8 January, the governor of the Saratov region, Roman Busargin, said that two industrial enterprises were damaged that night and that no one was hurt.")),
        attack("Ukraine", "Russia", "air_drone_strike", [ENGELS], night(*NIGHT_0114, "that night"),
               [{"type": "drone"}],
               ev("For the night of 13 to 14 January, Russia's Defence Ministry claimed 146 drones destroyed over Russian territory, among the highest nightly figures it has ever published.",
                  "In Engels, which Ukrainian drones had already hit on 8 January, the governor of the Saratov region, Roman Busargin, said that two industrial enterprises were damaged that night and that no one was hurt."),
               injured=cnt(0, "no one was hurt"), damage=["two industrial enterprises"], reported_by=["Roman Busargin"]),
    ],
    diplomacy=[
        dip("agreement", [UK, "Ukraine"], day("2025-01-16", "On Thursday, 16 January"), "held",
            "Keir Starmer and Volodymyr Zelensky sign a 100-year partnership agreement (defence, energy, maritime security)",
            ev("On Thursday, 16 January, Keir Starmer, Britain's prime minister, and Ukraine's president, Volodymyr Zelensky, signed in Kyiv a partnership agreement designed to run for 100 years, with chapters on defence, energy and maritime security."),
            location=KYIV),
    ])

# --------------------------------------------------------------------------- xn03
GOLD["xn03_law_firm_client_alert_oil_sanctions_jan13"] = dict(
    notes="A law firm's client alert on sanctions (Monday 13 January 2025). Coded: OFAC's designations 'On Friday, 10 January "
          "2025' (sanctions, United States and Russia, held, rule 15); the United Kingdom's designation of the same two "
          "producers 'on the same day' (its own event: another state imposing, held; dated 10 January); a 16th EU package "
          "that diplomats 'expect ... to be agreed around 24 February' (sanctions, planned: firm intent attributed to "
          "officials with a day, rule 16); the drones that set fire to the oil depot in Engels 'on 8 January' (a "
          "background attack with place and date, required, rule 5; attacker Ukraine). Optional: the EU's 15th package "
          "'adopted in December' (background, rule 17). Not coded: the general licence to 12 March (part of the "
          "designations), the blocking and 50 percent rules, the recommended steps.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [ENGELS], day("2025-01-08", "on 8 January"),
               [{"type": "drone"}],
               ev("Some market commentators also connect the timing to the pressure on Russian storage and refining: on 8 January an oil depot in Engels, in the Saratov region, was set ablaze by Ukrainian drones; the depot supplies a nearby strategic bomber base."),
               damage=["oil depot"]),
    ],
    diplomacy=[
        dip("sanctions", [US, "Russia"], day("2025-01-10", "On Friday, 10 January 2025"), "held",
            "OFAC designates Gazprom Neft, Surgutneftegas, 183 vessels and more than two dozen service providers, traders and insurers",
            ev("On Friday, 10 January 2025, the Office of Foreign Assets Control (OFAC) of the US Department of the Treasury designated Gazprom Neft and Surgutneftegas, two of the largest Russian oil producers, together with 183 vessels and more than two dozen oilfield service providers, traders and insurers.")),
        dip("sanctions", [UK, "Russia"], day("2025-01-10", "on the same day"), "held",
            "The United Kingdom designates Gazprom Neft and Surgutneftegas",
            ev("The United Kingdom designated the same two producers on the same day.")),
        opt(dip("sanctions", [EU, "Russia"], month("2024-12-01", "2024-12-31", "in December"), "held",
                "The EU's 15th sanctions package, adding 52 vessels to the EU list",
                ev("The measures follow the European Union's 15th sanctions package, adopted in December, which added 52 vessels to the bloc's own list."))),
        dip("sanctions", [EU, "Russia"], day("2025-02-24", "around 24 February"), "planned",
            "A 16th EU sanctions package expected to be agreed on the anniversary of the invasion",
            ev("Diplomats in Brussels expect a 16th package to be agreed around 24 February, three years to the day after Russia's tanks crossed the border.")),
    ])

# --------------------------------------------------------------------------- xn04
GOLD["xn04_blood_centre_donor_appeal_zaporizhzhia_jan09"] = dict(
    notes="A regional blood centre's appeal to donors (Thursday 9 January 2025). Coded: the strike on Zaporizhzhia 'Yesterday "
          "afternoon' (8 January, day, rule 11; 'two guided aerial bombs' hitting a factory site: launched 2, rule 9, "
          "glide_bomb; the governor's first figures '13 people' killed and 'more than 60' wounded, (60, more_than), rules "
          "6-7; 'a 17-year-old boy' among the wounded: children_injured 1, a child under 18, rule 6; the morning's 113 is "
          "an update, in the evidence only, rule 6). Not coded: units of blood issued, donor rules, opening hours, the "
          "shelter advice (removed by cleaning).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [ZAPORIZHZHIA], day("2025-01-08", "Yesterday afternoon"),
               [{"type": "glide_bomb", "launched": cnt(2, "two guided aerial bombs")}],
               ev("Yesterday afternoon, at about 16:20, two guided aerial bombs hit a factory site in Zaporizhzhia.",
                  "The regional governor, Ivan Fedorov, tells us that 13 people were killed and more than 60 were wounded; a 17-year-old boy is one of the wounded.",
                  "By this morning, the administration had raised the number of wounded to 113."),
               killed=cnt(13, "13 people"), injured=cnt(60, "more than 60", "more_than"),
               children_injured=cnt(1, "a 17-year-old boy"), damage=["factory site"], reported_by=["Ivan Fedorov"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xn05
GOLD["xn05_emergencies_ministry_operational_information_engels_jan15"] = dict(
    notes="A Russian emergencies directorate's operational information, translated (15 January 2025). Coded: the attack on "
          "Engels 'on the morning of 8 January 2025' (day; UAVs, attacker Ukraine by the translator's note and rule 12; "
          "'the attack caused no casualties' fills killed and injured, rule 6; the Defence Ministry's '11 UAVs' destroyed "
          "over the Saratov region: the region's tally with exactly one struck locality named goes on Engels, intercepted "
          "11, rule 3); Engels 'On the night of 14 January 2025' (13-14 January, range, rule 11; fragments on two "
          "industrial enterprises; 'No one was injured' is injured 0 only, rule 6). Not coded: the fire's area, the forces "
          "and equipment, the fire's end on 13 January (no new attack), the recommendations.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [ENGELS], day("2025-01-08", "on the morning of 8 January 2025"),
               [{"type": "drone", "intercepted": cnt(11, "11 UAVs")}],
               ev("The fire at the industrial facility in Engels, which broke out on the morning of 8 January 2025 as a result of an attack by unmanned aerial vehicles, was completely eliminated at 09:40 on 13 January.",
                  "According to the Governor of the Saratov Region, Roman Busargin, the attack caused no casualties.",
                  "The Russian Ministry of Defence reports that on the morning of 8 January air defence systems destroyed 11 UAVs over the territory of the Saratov Region."),
               killed=cnt(0, "the attack caused no casualties"), injured=cnt(0, "the attack caused no casualties"),
               damage=["industrial facility"], reported_by=["Roman Busargin", "the Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [ENGELS], night(*NIGHT_0114, "On the night of 14 January 2025"),
               [{"type": "drone"}],
               ev("On the night of 14 January 2025, the city of Engels was again subjected to an attack by UAVs.",
                  "Fragments came down within the grounds of two industrial enterprises, and the resulting fires were localised by 06:15.",
                  "No one was injured, the Governor reported."),
               injured=cnt(0, "No one was injured"), damage=["two industrial enterprises"], reported_by=["the Governor"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xn06
GOLD["xn06_press_pool_report_starmer_kyiv_jan16"] = dict(
    notes="A travelling press pool's reports from the British prime minister's day in Kyiv (Thursday 16 January 2025). Coded: "
          "the Air Force's country figures 'overnight' (15-16 January, range, rule 11; '55 drones' launched, '34 of them' "
          "shot down, rule 3); the drones on Kyiv during the visit (the heading's 'Thursday 16 January', day; drones brought "
          "down on the approaches, uncounted; 'no one was injured' is injured 0 only, rule 6); the visit itself, the event "
          "of the reports (visit, United Kingdom and Ukraine, held, Kyiv, rule 14; the PM is not named, the UK is, in the "
          "partnership sentence and 'the UK would'); the hundred-year partnership signed 'At 15:30' (agreement, held, "
          "rule 14, dated by the heading). Not coded: the wreath, 'play our full part' (a stance, rule 13), the expected "
          "call with the new US president 'very soon' (no day, a hope: rule 13), the inauguration.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night(*NIGHT_0116, "overnight"),
               [{"type": "drone", "launched": cnt(55, "55 drones"), "intercepted": cnt(34, "34 of them")}],
               ev("Context for those filing, from the Ukrainian side: the Air Force said Russia launched 55 drones at Ukraine overnight, and 34 of them were shot down."),
               reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], day("2025-01-16", "Thursday 16 January"),
               [{"type": "drone"}],
               ev("At 13:48, while the PM and President Zelensky were inside the Mariinskyi Palace, air-raid sirens went off across the city and the pool was moved to a basement room with the Ukrainian press officers.",
                  "The Kyiv city military administration said later that air defence had brought down drones on the approaches to the capital and that no one was injured."),
               injured=cnt(0, "no one was injured"), reported_by=["the Kyiv city military administration"]),
    ],
    diplomacy=[
        dip("visit", [UK, "Ukraine"], day("2025-01-16", "Thursday 16 January"), "held",
            "The British Prime Minister's (Keir Starmer's) first visit to Ukraine since taking office",
            ev("The PM arrived in Kyiv by train from Poland at 09:10 local time after an overnight journey.",
               "It is his first trip to Ukraine since he took office in July; the visit was kept under embargo until arrival for security reasons."),
            location=KYIV),
        dip("agreement", [UK, "Ukraine"], day("2025-01-16", "Thursday 16 January"), "held",
            "The PM and President Zelensky sign a hundred-year partnership (defence, energy, science, trade)",
            ev("At 15:30 the two leaders signed what both called a hundred-year partnership between the United Kingdom and Ukraine, covering defence, energy, science and trade."),
            location=KYIV),
    ])

# --------------------------------------------------------------------------- xn07
GOLD["xn07_press_review_what_the_papers_say_jan17"] = dict(
    notes="A media desk's morning press review (Friday 17 January 2025). The facts the papers report are coded. Coded: "
          "Starmer's visit to Kyiv 'yesterday' (visit, held, 16 January, rule 14) and the partnership he signed there "
          "(agreement, held, same date words); the drones flown at the capital during the visit (16 January, day; "
          "uncounted; 'nothing was damaged' is no casualty figure); Russia's attack on Ukraine of 'Wednesday' (15 "
          "January; 'more than 40 missiles', (40, more_than), missile with no type; 'some 70 drones', (70, about), "
          "rule 7; country record, rule 3); the American sanctions 'of last Friday' (10 January, held). Optional: "
          "Keith Kellogg's visit to Kyiv planned for 'early January' and put off until after the inauguration (no new "
          "date: stalled, rule 16; dated by the days it was planned for, rule 11; debatable whether the envoy-designate "
          "of an incoming administration is the United States' visit, so optional). Not coded: editorials, freight "
          "rates and brokers' expectations, the features.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], day("2025-01-16", "yesterday"),
               [{"type": "drone"}],
               ev("The Morning Courier (London) leads on Keir Starmer's visit to Kyiv yesterday and the \"century-long\" partnership he signed there with Volodymyr Zelensky, under a photograph of the two men at the Wall of Remembrance.",
                  "Its sketch writer dwells on the sirens that sent the prime minister's party underground as drones flew at the Ukrainian capital; the city authorities said nothing was damaged.")),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2025-01-15", "Wednesday"),
               [{"type": "missile", "launched": cnt(40, "more than 40 missiles", "more_than")},
                {"type": "drone", "launched": cnt(70, "some 70 drones", "about")}],
               ev("The Kyiv Daily Ledger gives its front page to Wednesday's attack on the gas system: Russia launched more than 40 missiles and some 70 drones at Ukraine, it says, with production sites in the west taking the heaviest blows."),
               reported_by=["The Kyiv Daily Ledger"]),
    ],
    diplomacy=[
        dip("visit", [UK, "Ukraine"], day("2025-01-16", "yesterday"), "held",
            "Keir Starmer's visit to Kyiv",
            ev("The Morning Courier (London) leads on Keir Starmer's visit to Kyiv yesterday and the \"century-long\" partnership he signed there with Volodymyr Zelensky, under a photograph of the two men at the Wall of Remembrance."),
            location=KYIV),
        dip("agreement", [UK, "Ukraine"], day("2025-01-16", "yesterday"), "held",
            "The century-long partnership signed by Keir Starmer and Volodymyr Zelensky in Kyiv",
            ev("The Morning Courier (London) leads on Keir Starmer's visit to Kyiv yesterday and the \"century-long\" partnership he signed there with Volodymyr Zelensky, under a photograph of the two men at the Wall of Remembrance."),
            location=KYIV),
        opt(dip("visit", [US, "Ukraine"], span("2025-01-01", "2025-01-10", "early January"), "stalled",
                "Keith Kellogg's visit to Kyiv as the incoming president's envoy, put off until after the inauguration",
                ev("It notes that the visit to Kyiv which Keith Kellogg, the incoming president's envoy for Ukraine and Russia, had planned for early January was put off until after the new administration takes office, and reads this as a sign that nothing will move before February."),
                location=KYIV)),
        dip("sanctions", [US, "Russia"], day("2025-01-10", "last Friday"), "held",
            "US sanctions against Gazprom Neft, Surgutneftegas and 183 vessels",
            ev("Delovoy Vestnik (Moscow), a business daily, leads on tanker freight rates, which it says have jumped since the American sanctions of last Friday against Gazprom Neft, Surgutneftegas and 183 vessels.")),
    ])

# --------------------------------------------------------------------------- xn08
GOLD["xn08_reference_wiki_kyiv_strikes_january_jan21"] = dict(
    notes="A reference wiki's event page (revision of 21 January 2025). Coded: Kyiv 'In the morning of 1 January' (day; drones "
          "on two buildings of the Pecherskyi district, one record, rule 1; 'two people' killed, 'six' injured, Tkachenko's "
          "count); the country 'overnight into 1 January' (31 December - 1 January, range; '111 drones' launched, '63 of "
          "which' shot down, the Air Force's country figures, rule 3); Kyiv 'On 16 January' (drones engaged on the "
          "approaches; 'No one was injured' is injured 0 only, rule 6); Kyiv 'On the morning of 18 January' ('two "
          "Iskander-M ballistic missiles' fired at the city, launched 2, 'both of which' shot down, intercepted 2, on the "
          "city record as the figures are the city's, rules 3 and 9; missile_strike; 'four' killed and 'three' injured). "
          "Optional: the British prime minister's visit on 16 January, told only as the strike's setting (background, "
          "rule 17). Not coded: the infobox line (no event of its own), the background paragraph (no count, no date, "
          "rule 5), Zelensky's call for air defence (a demand, rule 13), the EU delegation's condemnation (a reaction).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], day("2025-01-01", "In the morning of 1 January"),
               [{"type": "drone"}],
               ev("In the morning of 1 January, Russian drones hit two residential buildings in Kyiv's Pecherskyi district, killing two people and injuring six, by the count of Tymur Tkachenko, the city's military administrator."),
               killed=cnt(2, "two people"), injured=cnt(6, "six"),
               damage=["two residential buildings in Kyiv's Pecherskyi district"], reported_by=["Tymur Tkachenko"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night(*NIGHT_0101, "overnight into 1 January"),
               [{"type": "drone", "launched": cnt(111, "111 drones"), "intercepted": cnt(63, "63 of which")}],
               ev("The Air Force counted 111 drones launched by Russia against Ukraine overnight into 1 January, 63 of which were shot down."),
               reported_by=["The Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], day("2025-01-16", "On 16 January"),
               [{"type": "drone"}],
               ev("On 16 January, during the visit of the British prime minister, Keir Starmer, air-raid sirens sounded in the early afternoon and explosions were heard as air defence engaged drones on the approaches to Kyiv.",
                  "No one was injured."),
               injured=cnt(0, "No one was injured")),
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2025-01-18", "On the morning of 18 January"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two Iskander-M ballistic missiles"),
                 "intercepted": cnt(2, "both of which")}],
               ev("On the morning of 18 January, Russia attacked central Kyiv with two Iskander-M ballistic missiles, both of which air defence shot down.",
                  "Falling debris struck the Shevchenkivskyi district near the Lukianivska metro station, where a water main burst and flooded the street and the station's entrance hall was damaged.",
                  "The dead numbered four and the injured three; Kyiv's mayor, Vitali Klitschko, said the metro station would stay closed for several days."),
               killed=cnt(4, "four"), injured=cnt(3, "three"),
               damage=["Lukianivska metro station entrance hall", "water main"]),
    ],
    diplomacy=[
        opt(dip("visit", [UK, "Ukraine"], day("2025-01-16", "On 16 January"), "held",
                "Keir Starmer's visit to Kyiv, the setting of the 16 January alert",
                ev("On 16 January, during the visit of the British prime minister, Keir Starmer, air-raid sirens sounded in the early afternoon and explosions were heard as air defence engaged drones on the approaches to Kyiv."),
                location=KYIV)),
    ])

# --------------------------------------------------------------------------- xn09
GOLD["xn09_resident_blog_lukianivka_jan19"] = dict(
    notes="A Kyiv resident's personal blog post (Sunday 19 January 2025). Coded: the ballistic missiles on Kyiv 'Yesterday' "
          "(18 January, day; weapon from the next sentence, which plainly tells the same booms, rule 8: ballistic_missile, "
          "uncounted ('two booms' are sounds, not weapons); missile_strike; the administration's midday figures, 'three "
          "people' killed and 'three injured', are the first, the evening's four an update in the evidence, rule 6); "
          "Kyiv 'On New Year's morning' (1 January, day; drones; 'two people' killed in Pechersk, a district on the city's "
          "record, rule 1; background with place, date and count, required, rule 5). Not coded: the inauguration 'On "
          "Monday' and the new president's claim (no diplomatic event), the neighbours, the water and metro.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2025-01-18", "Yesterday"),
               [{"type": "ballistic_missile"}],
               ev("They were ballistic missiles, the Air Force said later, and what fell on us was what remained of them after the interceptors did their work.",
                  "By midday the Kyiv city military administration said three people had been killed and three injured in our district.",
                  "By the evening news the count of the dead had risen to four."),
               killed=cnt(3, "three people"), injured=cnt(3, "three injured"),
               damage=["water main by the Lukianivska metro", "metro pavilion"],
               reported_by=["the Kyiv city military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KYIV], day("2025-01-01", "On New Year's morning"),
               [{"type": "drone"}],
               ev("It is the second time this month.",
                  "On New Year's morning drones killed two people in Pechersk, and I spent the first hours of 2025 in the corridor with a blanket, listening to the neighbours' radio through the wall."),
               killed=cnt(2, "two people")),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xn10
GOLD["xn10_quarry_blasting_notice_control_jan22"] = dict(
    notes="Control: an English quarry company's notice of blasting operations (22 January 2025). 'Blasting', 'charges', "
          "'a salvo', a 'survey drone', sirens and 'all-clear', an 'exclusion zone', 'no one was injured' after a "
          "misfire, a 'truce' agreed 'at talks' with the parish council and 'a bombardment of complaints' are a "
          "company's quarrying and its neighbours: no state is a party, no attack and no diplomacy (rules 12-13). "
          "Nothing is coded.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("zaporizhzhia-2025-01-08", "Russian guided bombs on an industrial area of Zaporizhzhia, 8 January 2025",
     [("xn01_parliamentary_committee_hearing_summary_jan14", "attack", 0),
      ("xn02_think_tank_map_notes_jan17", "attack", 2),
      ("xn04_blood_centre_donor_appeal_zaporizhzhia_jan09", "attack", 0)]),
    ("engels-2025-01-08", "Ukrainian drones on the oil depot in Engels, Saratov region, 8 January 2025",
     [("xn02_think_tank_map_notes_jan17", "attack", 4),
      ("xn03_law_firm_client_alert_oil_sanctions_jan13", "attack", 0),
      ("xn05_emergencies_ministry_operational_information_engels_jan15", "attack", 0)]),
    ("engels-2025-01-14", "Ukrainian drones on Engels, night of 13-14 January 2025",
     [("xn02_think_tank_map_notes_jan17", "attack", 5),
      ("xn05_emergencies_ministry_operational_information_engels_jan15", "attack", 1)]),
    ("ukraine-2025-01-15", "Russia's missiles and drones against Ukraine's gas system, 15 January 2025",
     [("xn02_think_tank_map_notes_jan17", "attack", 0),
      ("xn07_press_review_what_the_papers_say_jan17", "attack", 1)]),
    ("us-sanctions-2025-01-10", "US sanctions on Gazprom Neft, Surgutneftegas and 183 vessels, 10 January 2025",
     [("xn01_parliamentary_committee_hearing_summary_jan14", "diplomacy", 2),
      ("xn03_law_firm_client_alert_oil_sanctions_jan13", "diplomacy", 0),
      ("xn07_press_review_what_the_papers_say_jan17", "diplomacy", 3)]),
    ("starmer-visit-2025-01-16", "Keir Starmer's visit to Kyiv, 16 January 2025",
     [("xn06_press_pool_report_starmer_kyiv_jan16", "diplomacy", 0),
      ("xn07_press_review_what_the_papers_say_jan17", "diplomacy", 0)]),
    ("uk-ukraine-partnership-2025-01-16", "The UK-Ukraine hundred-year partnership signed in Kyiv, 16 January 2025",
     [("xn02_think_tank_map_notes_jan17", "diplomacy", 0),
      ("xn06_press_pool_report_starmer_kyiv_jan16", "diplomacy", 1),
      ("xn07_press_review_what_the_papers_say_jan17", "diplomacy", 1)]),
    ("kyiv-2025-01-16", "Russian drones on Kyiv during Starmer's visit, 16 January 2025",
     [("xn06_press_pool_report_starmer_kyiv_jan16", "attack", 1),
      ("xn07_press_review_what_the_papers_say_jan17", "attack", 0),
      ("xn08_reference_wiki_kyiv_strikes_january_jan21", "attack", 2)]),
    ("kyiv-2025-01-18", "Russian ballistic missiles on central Kyiv, 18 January 2025",
     [("xn08_reference_wiki_kyiv_strikes_january_jan21", "attack", 3),
      ("xn09_resident_blog_lukianivka_jan19", "attack", 0)]),
    ("kyiv-2025-01-01", "Russian drones on Kyiv's Pecherskyi district, 1 January 2025",
     [("xn08_reference_wiki_kyiv_strikes_january_jan21", "attack", 0),
      ("xn09_resident_blog_lukianivka_jan19", "attack", 1)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev65 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV65 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV65, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
