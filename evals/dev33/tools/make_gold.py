"""Write evals/dev33/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev33 on 3 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV33 = ROOT / "evals" / "dev33"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt, week  # noqa: E402


def span(a: str, b: str, text: str) -> dict:
    """A date known to lie between two days that is neither a night nor a week ("before the end of March")."""
    return {"start": a, "end": b, "precision": "range", "text": text}


GOLD: dict[str, dict] = {}
CZ, UKR, US = "Czech Republic", "Ukraine", "United States"

# --------------------------------------------------------------------------- yh01
N0124 = night("2024-01-23", "2024-01-24", "overnight")
GOLD["yh01_continentalwire_kharkiv_kyiv_missiles"] = dict(
    notes="Wire story (Wednesday 24 January 2024): the night's nationwide figures (24 cruise missiles / 18, 20 Shahed "
          "drones / 17; the Kh-101 model names the cruise missiles: country record, rules 3 and 9); four S-300 missiles "
          "on Kharkiv 'shortly after 6 a.m.' (Wednesday: a day; eight wounded, 'a 13-year-old girl'; S-300 is type "
          "missile, rule 9; the two residents not accounted for are no count, rule 6); fragments of a downed cruise "
          "missile on Kyiv's Darnytskyi district (two hurt; the district stays on the city's record, rule 1); the "
          "background strike on Kharkiv 'On the night of 16 January' (17 injured: a count and a place, required, rule 5; "
          "15-16 January, rule 11). Not coded: Zelensky's appeal for air defence (commentary, rule 13), Poland's "
          "aircraft sent up (no attack), the drones' route over the Black Sea and Crimea and the bombers over the "
          "Caspian (launch paths, not places hit), 'a frequent target this winter' (no count, no single event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0124,
               [{"type": "cruise_missile", "model": "Kh-101", "launched": cnt(24, "24"), "intercepted": cnt(18, "18")},
                {"type": "drone", "model": "Shahed", "launched": cnt(20, "20"), "intercepted": cnt(17, "17")}],
               ev("KYIV, Jan 24 (CWS) - Russia attacked Ukraine overnight with 24 cruise missiles and 20 Shahed attack drones, Ukraine's air force reported on Wednesday, adding that its gunners and fighter pilots had destroyed 18 of the missiles and 17 of the drones.",
                  "The Kh-101 missiles were fired from Tu-95MS strategic bombers flying over the Caspian Sea, air force commander Mykola Oleshchuk wrote on Telegram."),
               reported_by=["Ukrainian air force", "Mykola Oleshchuk"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2024-01-24", "shortly after 6 a.m."),
               [{"type": "missile", "model": "S-300", "launched": cnt(4, "four")}],
               ev("The worst damage was in Kharkiv, where four S-300 missiles slammed into residential streets shortly after 6 a.m., regional governor Oleh Syniehubov said.",
                  "Eight people were wounded, among them a 13-year-old girl, and a five-storey apartment block in the Kyivskyi district partly collapsed."),
               injured=cnt(8, "Eight people"), children_injured=cnt(1, "a 13-year-old girl"),
               damage=["apartment block", "residential streets"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")], N0124,
               [{"type": "cruise_missile"}],
               ev("In the capital, fragments of a downed cruise missile fell on the Darnytskyi district, damaging a warehouse and several parked cars, according to Serhiy Popko, who heads Kyiv's military administration.",
                  "Two people were hurt, and one of them needed hospital treatment for shrapnel wounds."),
               injured=cnt(2, "Two people"), damage=["warehouse", "parked cars"], reported_by=["Serhiy Popko"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2024-01-15", "2024-01-16", "On the night of 16 January"), [{"type": "missile"}],
               ev("On the night of 16 January, missiles struck the city centre and a hotel, injuring 17 people, officials said at the time."),
               injured=cnt(17, "17 people"), damage=["city centre", "hotel"], reported_by=["officials"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yh02
T0312 = day("2024-03-12", "on Tuesday")
GOLD["yh02_vltavareview_fiala_kyiv_agreement"] = dict(
    notes="Czech newspaper (Tuesday 12 March 2024), led by diplomacy: Fiala's trip to Kyiv (visit, held; his meeting "
          "with Shmyhal is part of it, rule 14); the ten-year security agreement signed with Zelensky (agreement, held, "
          "rule 14); the first 50,000 rounds of the Czech-led initiative on their way 'before the end of March' (aid "
          "decision announced as made: military_aid, held, rule 16); Shmyhal to come to Prague 'on 2 April' for joint "
          "cabinet consultations (talks, planned: a day and a place, rules 14 and 16). Optional (rule 17, background): "
          "Britain's pact 'in January'; the G7 framework 'last summer'; the US aid bill 'held up in Congress' (an aid "
          "decision stalled, or domestic legislation: debatable). Not coded: the sirens in Kyiv ('no strikes': no "
          "attack), Zelensky's thanks and the rationing of fire (commentary), 'several more European capitals have "
          "followed' (no identified event), Babis's criticism (domestic).",
    attacks=[],
    diplomacy=[
        dip("visit", [CZ, UKR], T0312, "held",
            "Czech Prime Minister Petr Fiala's trip to Kyiv by overnight train; he met Denys Shmyhal and signed a "
            "security agreement with Volodymyr Zelensky",
            ev("Prime Minister Petr Fiala travelled to Kyiv by overnight train on Tuesday and signed a bilateral security agreement with President Volodymyr Zelensky, committing the Czech Republic to support Ukraine's defence and reconstruction for the next ten years.",
               "This was Fiala's third journey to Ukraine since Russia's 2022 invasion."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("agreement", [CZ, UKR], T0312, "held",
            "Ten-year bilateral security agreement signed by Petr Fiala and Volodymyr Zelensky in the Mariinskyi Palace",
            ev("Prime Minister Petr Fiala travelled to Kyiv by overnight train on Tuesday and signed a bilateral security agreement with President Volodymyr Zelensky, committing the Czech Republic to support Ukraine's defence and reconstruction for the next ten years.",
               "The document, signed in the Mariinskyi Palace shortly after noon, is modelled on a framework agreed by the G7 last summer."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("military_aid", [CZ, UKR], span("2024-03-12", "2024-03-31", "before the end of March"), "held",
            "The first 50,000 artillery rounds bought through the Czech-led ammunition initiative, on their way to "
            "Ukraine before the end of March",
            ev("At a joint news conference, Fiala said that the first 50,000 artillery rounds purchased through the Czech-led ammunition initiative would be on their way to Ukraine before the end of March.")),
        dip("talks", [UKR, CZ], day("2024-04-02", "on 2 April"), "planned",
            "Denys Shmyhal to come to Prague for joint consultations of the Czech and Ukrainian cabinets",
            ev("The two governments also agreed that Shmyhal will come to Prague on 2 April for joint consultations of the Czech and Ukrainian cabinets, the first such session since 2021."),
            location=loc("Prague", None, "Czech Republic")),
        dip("agreement", ["United Kingdom", UKR], month("2024-01-01", "2024-01-31", "in January"), "held",
            "Britain signed the first of the bilateral security pacts with Ukraine",
            ev("Britain signed the first of these bilateral pacts in January, and several more European capitals have followed since."),
            optional=True),
        dip("agreement", ["G7"], span("2023-06-01", "2023-08-31", "last summer"), "held",
            "The G7 framework for bilateral security agreements with Ukraine",
            ev("The document, signed in the Mariinskyi Palace shortly after noon, is modelled on a framework agreed by the G7 last summer."),
            optional=True),
        dip("military_aid", [US, UKR], None, "stalled",
            "A large US aid bill for Ukraine held up in Congress for months",
            ev("He avoided direct criticism of the United States, where a large aid bill has been held up in Congress for months."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yh03
GOLD["yh03_eastbridge_dnipro_missile"] = dict(
    notes="Wire story (Friday 19 April 2024): missiles on Dnipro 'on Friday morning' (lead: 'at least four people' dead, "
          "'a 14-year-old boy among them', 25 wounded: rules 6 and 7; the railway employee among the dead is evidence "
          "only); drones on Synelnykove 'Hours earlier' (one woman wounded; dated as the night before, rule 11). "
          "Same Dnipro event as yh04's first record (clusters.json). Not coded: Kuleba's call for seven more Patriot "
          "batteries (a demand, rule 13), Moscow's claim of strikes on 'military and transport facilities' (no place), "
          "'hit it many times since February 2022' and the power generation lost 'since March' (no count, no single "
          "event, rule 5).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2024-04-19", "on Friday morning"), [{"type": "missile"}],
               ev("DNIPRO, April 19 (ENA) - A Russian missile strike on the central Ukrainian city of Dnipro on Friday morning left at least four people dead, a 14-year-old boy among them, and 25 wounded, regional authorities said.",
                  "The missiles hit close to the city's main railway station and damaged a nine-storey residential building, a railway depot and a row of shops, said the Dnipropetrovsk regional governor, Serhiy Lysak."),
               killed=cnt(4, "at least four people", "at_least"), children_killed=cnt(1, "a 14-year-old boy"),
               injured=cnt(25, "25"), damage=["residential building", "railway depot", "shops"],
               reported_by=["Serhiy Lysak"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Synelnykove", "Dnipropetrovsk", "Ukraine")],
               night("2024-04-18", "2024-04-19", "Hours earlier"), [{"type": "drone"}],
               ev("Hours earlier, Russian drones had attacked the town of Synelnykove, east of the city.",
                  "One woman was wounded there and a private house caught fire, Lysak wrote on Telegram."),
               injured=cnt(1, "One woman"), damage=["private house"], reported_by=["Serhiy Lysak"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yh04
GOLD["yh04_dailymeridian_dnipro_toll_rises"] = dict(
    notes="Newspaper (Saturday 20 April 2024), the Dnipro strike retold a day later: 'Friday's' strike with the toll "
          "'rose to seven' (the first figure this article gives is its count, rule 6; 'More than 30' wounded, rule 7; "
          "the boy of 14, children_killed 1); Kuleba's phone call with Blinken 'on Friday evening' (phone_call, held, "
          "rule 14); drones on an infrastructure facility in the Bilhorod-Dnistrovskyi district overnight ('There were "
          "no injuries': injured 0, rule 6; a district, rule 10). Optional: the House 'expected to vote this weekend' "
          "on an aid package (a legislature's vote, not yet an aid decision: debatable). Not coded: the calls for "
          "Patriots and the State Department's 'enduring support' (commentary, rule 13), the day of mourning. Same "
          "Dnipro event as yh03's first record (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2024-04-19", "Friday's"), [{"type": "missile"}],
               ev("The death toll from Friday's Russian missile strike near Dnipro's railway station rose to seven on Saturday, Ukrainian officials said, as rescuers finished clearing the debris of a residential block and two more of the injured died in hospital.",
                  "Among the dead is a 14-year-old boy who had been waiting for a train with his grandmother, according to the regional governor, Serhiy Lysak.",
                  "More than 30 people were wounded, he said, revising upward the previous day's figure as more people came forward for treatment."),
               killed=cnt(7, "seven"), children_killed=cnt(1, "a 14-year-old boy"),
               injured=cnt(30, "More than 30 people", "more_than"),
               damage=["residential block", "railway station"], reported_by=["Ukrainian officials", "Serhiy Lysak"]),
        attack("Russia", "Ukraine", "air_drone_strike",
               [loc("Bilhorod-Dnistrovskyi", "Odesa", "Ukraine", "district")],
               night("2024-04-19", "2024-04-20", "overnight"), [{"type": "drone"}],
               ev("Russia sent drones towards the southern Odesa region, and one of them struck an infrastructure facility in the Bilhorod-Dnistrovskyi district, Governor Oleh Kiper reported early on Saturday.",
                  "There were no injuries, he added."),
               injured=cnt(0, "There were no injuries"), damage=["infrastructure facility"], reported_by=["Oleh Kiper"]),
    ],
    diplomacy=[
        dip("phone_call", [UKR, US], day("2024-04-19", "on Friday evening"), "held",
            "Dmytro Kuleba's phone call with Antony Blinken on Patriot systems and the Dnipro strike",
            ev("Foreign Minister Dmytro Kuleba spoke by phone with the US Secretary of State, Antony Blinken, on Friday evening, and said afterwards that he had asked Washington to help find systems that could be moved to Ukraine quickly from other countries.",
               "A State Department summary said Blinken had \"reaffirmed enduring US support\" and discussed the situation in Dnipro.")),
        dip("military_aid", [US, UKR], span("2024-04-20", "2024-04-21", "this weekend"), "planned",
            "The House of Representatives' expected vote on a long-delayed assistance package for Ukraine, Israel and Taiwan",
            ev("The House of Representatives is expected to vote this weekend on a long-delayed package of assistance for Ukraine, Israel and Taiwan."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yh05
N0525 = night("2024-05-24", "2024-05-25", "overnight")
GOLD["yh05_kubanherald_tuapse_refinery"] = dict(
    notes="Russian regional outlet (Saturday 25 May 2024) quoting Russian officials: Ukrainian drones on the Tuapse "
          "refinery overnight ('Nobody was injured': injured 0, rule 6; attacker by rule 12); the Defence Ministry's 41 "
          "drones over the Krasnodar Territory, Belgorod, Kursk and Crimea (a tally over several regions: country "
          "record Russia, intercepted only, rules 3 and 4); Ukrainian rocket artillery on Shebekino 'on Friday evening' "
          "(three men wounded). Optional: 'a strike in the spring' on the same refinery (a place but no count and a "
          "vague date, rule 5; kind other: the weapon is not said). Not coded: Boiko's warning about filming air "
          "defence, Peskov's comment (commentary), 'Drones have reached it more than once this year' (no count, no "
          "single event).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Tuapse", "Krasnodar Krai", "Russia")], N0525,
               [{"type": "drone"}],
               ev("A fire broke out at the Tuapse oil refinery overnight after an attack by Ukrainian unmanned aerial vehicles, the operational headquarters of the Krasnodar Territory reported on Saturday morning.",
                  "Nobody was injured, the headquarters said."),
               injured=cnt(0, "Nobody was injured"), damage=["oil refinery"],
               reported_by=["Krasnodar Territory operational headquarters"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0525,
               [{"type": "drone", "intercepted": cnt(41, "41")}],
               ev("Russia's Defence Ministry, led since this month by Andrei Belousov, reported that air defence systems on duty had intercepted and destroyed 41 Ukrainian drones overnight over the Krasnodar Territory, the Belgorod and Kursk regions and the Crimean peninsula."),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Shebekino", "Belgorod", "Russia")],
               day("2024-05-24", "on Friday evening"), [{"type": "artillery"}],
               ev("In the Belgorod region, the border town of Shebekino came under fire again on Friday evening.",
                  "Governor Vyacheslav Gladkov said Ukrainian forces had shelled the town with rocket artillery, wounding three men, one of whom was in serious condition with shrapnel injuries to the chest."),
               injured=cnt(3, "three men"), damage=["grocery", "gas main", "family homes"],
               reported_by=["Vyacheslav Gladkov"]),
        opt(attack("Ukraine", "Russia", "other", [loc("Tuapse", "Krasnodar Krai", "Russia")],
                   span("2024-03-01", "2024-05-25", "in the spring"), [],
                   ev("Drones have reached it more than once this year, and production was halted for weeks after a strike in the spring."),
                   damage=["oil refinery"])),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yh06
W0710 = day("2024-07-10", "on Wednesday")
GOLD["yh06_atlanticdesk_nato_washington_summit"] = dict(
    notes="Wire story (Thursday 11 July 2024), led by diplomacy: NATO's summit in Washington 'on Wednesday' (summit, "
          "held; the United States hosts it, rule 15); Biden's announcement that five states would give Ukraine five "
          "strategic air-defence systems (military_aid, held: a decision announced, rule 16); Zelensky's talks with "
          "Starmer 'on the sidelines' (the article calls them talks, rule 14); glide bombs on Kharkiv 'On Wednesday "
          "afternoon' (one killed, eight injured). Optional: Stoltenberg's 40-billion pledge 'close to agreeing' "
          "(proposed, debatable); Orban's trip to Moscow 'last week' (background visit, rule 17); Thursday's session of "
          "the NATO-Ukraine Council (planned, but arguably part of the summit). Not coded: Starmer's 'unwavering' "
          "support and annual aid kept up (a stance, rule 13), the declaration's expected wording, Germany's and the "
          "United States' resistance to an invitation (stances), Tusk's condemnation (reaction).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2024-07-10", "On Wednesday afternoon"), [{"type": "glide_bomb"}],
               ev("On Wednesday afternoon, Russian warplanes hit Kharkiv with guided aerial bombs, killing one person and injuring eight, regional governor Oleh Syniehubov said."),
               killed=cnt(1, "one person"), injured=cnt(8, "eight"), reported_by=["Oleh Syniehubov"]),
    ],
    diplomacy=[
        dip("summit", ["NATO", US, UKR], W0710, "held",
            "NATO's 75th-anniversary summit of the 32 member states' leaders in Washington, with Volodymyr Zelensky "
            "attending",
            ev("WASHINGTON - Leaders of NATO's 32 member states gathered in Washington on Wednesday for a summit marking the alliance's 75th anniversary, with support for Ukraine dominating a day of speeches, bilateral meetings and a working dinner at the White House."),
            location=loc("Washington", None, "United States")),
        dip("military_aid", [US, "Germany", "Netherlands", "Romania", "Italy", UKR], W0710, "held",
            "Joe Biden announced five additional strategic air-defence systems for Ukraine, including Patriot batteries, "
            "from the United States, Germany, the Netherlands, Romania and Italy",
            ev("President Joe Biden opened the meeting at the Walter E. Washington Convention Center by announcing that the United States, Germany, the Netherlands, Romania and Italy would give Ukraine five additional strategic air-defence systems, including Patriot batteries.")),
        dip("talks", [UKR, "United Kingdom"], span("2024-07-09", "2024-07-10", "on the sidelines"), "held",
            "Volodymyr Zelensky's talks with Keir Starmer, joined by David Lammy and John Healey, on the sidelines of the "
            "summit",
            ev("President Volodymyr Zelensky, who arrived on Tuesday, held talks with the new British prime minister, Keir Starmer, on the sidelines.",
               "The two were joined by Foreign Secretary David Lammy and Defence Secretary John Healey."),
            location=loc("Washington", None, "United States")),
        dip("military_aid", ["NATO", UKR], None, "proposed",
            "Jens Stoltenberg said allies were close to agreeing a pledge of at least 40 billion euros in military "
            "assistance for Ukraine over the next year",
            ev("Secretary General Jens Stoltenberg, attending his last summit before handing over to Mark Rutte in October, said allies were close to agreeing a pledge of at least 40 billion euros in military assistance for Ukraine over the next year."),
            optional=True),
        dip("visit", ["Hungary", "Russia"], week("2024-07-01", "2024-07-07", "last week"), "held",
            "Viktor Orban flew to Moscow to meet Vladimir Putin on what he called a peace mission",
            ev("Several leaders privately voiced frustration over Hungarian Prime Minister Viktor Orban, who flew to Moscow last week to meet President Vladimir Putin in what he called a peace mission."),
            location=loc("Moscow", None, "Russia"), optional=True),
        dip("meeting", ["NATO", UKR], day("2024-07-11", "Thursday's"), "planned",
            "Thursday's session of the NATO-Ukraine Council, which Recep Tayyip Erdogan and Emmanuel Macron were due to "
            "attend",
            ev("Turkey's President Recep Tayyip Erdogan and French President Emmanuel Macron were among those due to attend Thursday's session of the NATO-Ukraine Council."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yh07
EXCH = "Exchange of 88 Ukrainian servicemen for 88 Russian servicemen, mediated by the United Arab Emirates"
GOLD["yh07_kyivheraldonline_prisoner_swap_uae"] = dict(
    notes="Ukrainian online outlet (Saturday 21 September 2024), led by diplomacy: the exchange of 88 for 88 'on "
          "Saturday' through Emirati mediation (prisoner_exchange, held; the UAE as mediator is a participant, rule 15); "
          "Zelensky's phone call with Mohamed bin Zayed 'Later on Saturday' (phone_call, held). Not coded: 'work on "
          "the next exchange had already begun' (no date, no identified event: a stance, rule 13), the Emirates' "
          "mediation 'in several exchanges this year' and Turkey's and Qatar's help (no single event), Lubinets's "
          "remark (commentary). Same exchange as yh08's first diplomacy record (clusters.json).",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", [UKR, "Russia", "United Arab Emirates"], day("2024-09-21", "on Saturday"), "held",
            EXCH,
            ev("Eighty-eight Ukrainian servicemen returned home from Russian captivity on Saturday, swapped for Russian captives through Emirati mediation, President Volodymyr Zelensky announced.",
               "Moscow got back an equal number of its own troops, the headquarters said.")),
        dip("phone_call", [UKR, "United Arab Emirates"], day("2024-09-21", "Later on Saturday"), "held",
            "Volodymyr Zelensky's phone call with UAE President Mohamed bin Zayed to thank him and discuss further exchanges",
            ev("Later on Saturday, Zelensky spoke by phone with Emirati President Mohamed bin Zayed to thank him personally and to discuss further exchanges, the presidential office said.")),
    ])

# --------------------------------------------------------------------------- yh08
N0921 = night("2024-09-20", "2024-09-21", "Overnight")
GOLD["yh08_volgadon_exchange_morozovsk"] = dict(
    notes="Russian agency (Saturday 21 September 2024): the exchange of 88 for 88 with the UAE as mediator "
          "(prisoner_exchange, held, rule 15; same event as yh07's, clusters.json); the Defence Ministry's 31 drones "
          "'Overnight' (a tally over several regions: country record Russia, rule 3) split as 17 over the Rostov "
          "region (one struck locality there, Morozovsk: the 17 go on its record, rule 3), nine over the Bryansk "
          "region and five over the Kursk region (no struck locality named in either: each region's own record, rule "
          "3); the attack on the Morozovsky district and Morozovsk ('no casualties': killed 0, injured 0, rule 6; "
          "Kyiv's airfield claim in the evidence). Optional: the exchange 'a week ago' (background, rule 17). Not "
          "coded: Peskov's 'no prerequisites' for talks (a stance, rule 13), Smirnov's 'situation remained difficult' "
          "(no attack), the Kursk incursion 'in August' (ground fighting, rule 5); the General Staff's claim of a hit on the "
          "Morozovsk airfield is no damage of the record (Russian officials name only a fire and detonations; the draft's "
          "three evidence quotes hold the tally, the fire and the nil).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0921,
               [{"type": "drone", "intercepted": cnt(31, "31")}],
               ev("Overnight, the Defence Ministry reported, air defence forces intercepted and destroyed 31 Ukrainian unmanned aerial vehicles: 17 over the Rostov region, nine over the Bryansk region and five over the Kursk region."),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Morozovsk", "Rostov", "Russia")], N0921,
               [{"type": "drone", "intercepted": cnt(17, "17")}],
               ev("Overnight, the Defence Ministry reported, air defence forces intercepted and destroyed 31 Ukrainian unmanned aerial vehicles: 17 over the Rostov region, nine over the Bryansk region and five over the Kursk region.",
                  "A fire broke out after drone debris fell, and detonations followed, he said, and residents of two streets in the town of Morozovsk were moved to temporary accommodation as a precaution.",
                  "Preliminary information showed no casualties, Golubev added."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               reported_by=["Russian Defence Ministry", "Vasily Golubev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk", "Russia", "region")], N0921,
               [{"type": "drone", "intercepted": cnt(9, "nine")}],
               ev("Overnight, the Defence Ministry reported, air defence forces intercepted and destroyed 31 Ukrainian unmanned aerial vehicles: 17 over the Rostov region, nine over the Bryansk region and five over the Kursk region."),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk", "Russia", "region")], N0921,
               [{"type": "drone", "intercepted": cnt(5, "five")}],
               ev("Overnight, the Defence Ministry reported, air defence forces intercepted and destroyed 31 Ukrainian unmanned aerial vehicles: 17 over the Rostov region, nine over the Bryansk region and five over the Kursk region."),
               reported_by=["Russian Defence Ministry"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", UKR, "United Arab Emirates"], day("2024-09-21", "on Saturday"), "held",
            EXCH,
            ev("Eighty-eight Russian servicemen have come back from Ukrainian-held territory, Russia's Defence Ministry reported on Saturday.",
               "In return, Moscow handed over 88 captured Ukrainian soldiers.",
               "The Emirates acted as humanitarian mediator, the ministry said.")),
        dip("prisoner_exchange", ["Russia", UKR, "United Arab Emirates"], week("2024-09-13", "2024-09-15", "a week ago"),
            "held", "The previous exchange of prisoners between Russia and Ukraine, also with the UAE's participation",
            ev("The previous exchange between the two countries took place a week ago, also with the participation of the UAE."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yh09
N1015 = night("2024-10-14", "2024-10-15", "Overnight")
MON = "2024-10-14"
GOLD["yh09_regionsdigest_day_of_strikes"] = dict(
    notes="Ukrainian outlet's morning roundup (Tuesday 15 October 2024) for Monday and the night to Tuesday: the night's "
          "nationwide figures (49 Shahed-type drones / 37; two Iskander-M / 'the missiles were not intercepted': "
          "intercepted 0, rule 6: country record, rule 3); both missiles on Sumy (three injured; 'none of them was "
          "hurt' is limited to the hospital's patients, a part of the people it could hurt: fills nothing, rule 6; "
          "launched 2: the weapons are the subject of the hit, rule 9); shelling of Kupiansk 'throughout Monday' (a "
          "man of 62 killed; the unnamed villages stay on its record); two glide bombs on Zaporizhzhia's Komunarskyi "
          "district 'on Monday evening' (11 injured, 'a girl of 16': a child, rule 6); a drone on a bus in Kherson "
          "(driver and four passengers: injured 5); a shell on Beryslav (a woman of 58 killed); shelling of Pokrovsk "
          "and of Myrnohrad, each with its own toll (two records, rule 1); artillery and kamikaze drones on the Nikopol "
          "district (kind other: artillery and drones mixed, rule 8; 'more than 20 times' are hits, not launches, rule "
          "9; 'no one was hurt': injured 0). Not coded: Kursk (the missiles' launch area, not a place hit), the quiet "
          "nights in Mykolaiv, Odesa and Poltava, Filashkin's evacuation call, Ukrenergo's notice.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1015,
               [{"type": "drone", "model": "Shahed", "launched": cnt(49, "49"), "intercepted": cnt(37, "37")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two"),
                 "intercepted": cnt(0, "the missiles were not intercepted")}],
               ev("Overnight the enemy used 49 Shahed-type drones, the Air Force said in its 9:00 update, and fired two Iskander-M ballistic missiles from launchers across the border in Kursk.",
                  "Air defence units shot down 37 of the drones over eleven regions; the missiles were not intercepted."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Sumy", "Sumy", "Ukraine")], N1015,
               [{"type": "ballistic_missile", "launched": cnt(2, "Both")}],
               ev("Both ballistic missiles hit Sumy at around 2:30, striking the grounds of a city hospital and a nearby filling station, said regional governor Volodymyr Artiukh.",
                  "Three people were injured, including a nurse who was on a night shift."),
               injured=cnt(3, "Three people"), damage=["hospital grounds", "filling station"],
               reported_by=["Volodymyr Artiukh"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kupiansk", "Kharkiv", "Ukraine")],
               day(MON, "throughout Monday"), [{"type": "artillery"}],
               ev("Kupiansk and the surrounding villages were shelled throughout Monday.",
                  "A 62-year-old man was killed in the town when a shell hit his yard, governor Oleh Syniehubov said."),
               killed=cnt(1, "A 62-year-old man"), damage=["yard"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day(MON, "on Monday evening"), [{"type": "glide_bomb", "launched": cnt(2, "Two")}],
               ev("Two guided aerial bombs hit the city's Komunarskyi district on Monday evening, injuring 11 people, a girl of 16 among them, regional head Ivan Fedorov said.",
                  "A kindergarten and four high-rise buildings lost their windows."),
               injured=cnt(11, "11 people"), children_injured=cnt(1, "a girl of 16"),
               damage=["kindergarten", "high-rise buildings"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kherson", "Kherson", "Ukraine")],
               day(MON, "on Monday morning"), [{"type": "drone"}],
               ev("A city bus was hit by explosives dropped from a Russian drone in the Dniprovskyi district on Monday morning, wounding the driver and four passengers, governor Oleksandr Prokudin reported."),
               injured=cnt(5, "the driver and four passengers"), damage=["city bus"], reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Beryslav", "Kherson", "Ukraine")],
               day(MON, "in the afternoon"), [{"type": "artillery"}],
               ev("In Beryslav, upstream on the Dnipro, an artillery shell killed a woman of 58 in the afternoon."),
               killed=cnt(1, "a woman of 58"), reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Pokrovsk", "Donetsk", "Ukraine")],
               day(MON, "on Monday"), [{"type": "artillery"}],
               ev("Russian troops shelled Pokrovsk and Myrnohrad on Monday, said Vadym Filashkin, head of the regional military administration.",
                  "Two civilians were killed in Pokrovsk, and one person was wounded in Myrnohrad."),
               killed=cnt(2, "Two civilians"), reported_by=["Vadym Filashkin"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Myrnohrad", "Donetsk", "Ukraine")],
               day(MON, "on Monday"), [{"type": "artillery"}],
               ev("Russian troops shelled Pokrovsk and Myrnohrad on Monday, said Vadym Filashkin, head of the regional military administration.",
                  "Two civilians were killed in Pokrovsk, and one person was wounded in Myrnohrad."),
               injured=cnt(1, "one person"), reported_by=["Vadym Filashkin"]),
        attack("Russia", "Ukraine", "other", [loc("Nikopol", "Dnipropetrovsk", "Ukraine", "district")],
               day(MON, "during the day"), [{"type": "artillery"}, {"type": "drone"}],
               ev("The Nikopol district was hit with artillery and kamikaze drones more than 20 times during the day, governor Serhiy Lysak wrote.",
                  "A power line and two houses were damaged; no one was hurt."),
               injured=cnt(0, "no one was hurt"), damage=["power line", "houses"], reported_by=["Serhiy Lysak"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yh10
UDCG = "Ukraine Defense Contact Group"
T0613 = day("2024-06-13", "on Thursday")
GOLD["yh10_brusselsdefenceletter_contact_group"] = dict(
    notes="Defence newsletter (Friday 14 June 2024), led by diplomacy: the Ukraine Defense Contact Group's session at "
          "NATO's Brussels headquarters 'on Thursday' (an organisation's meeting: meeting, held; held at NATO's seat, "
          "so NATO hosts it, rule 15; Austin chairs, Umerov attends); Canada's 2,300 CRV7 rocket motors and Denmark's "
          "donation of about 1.3 billion kroner (two aid decisions announced as made: military_aid, held, rules 14 and "
          "16). Optional: the group to 'meet again in the autumn' (planned, vague date, no place); NATO defence "
          "ministers' agreement 'earlier on Thursday' to take over part of the coordination (a meeting's decision, "
          "mentioned in passing); the peace conference in Switzerland and the G7 loan due 'a day before' (scene-setting, "
          "rule 17). Not coded: Umerov's 'more than 3,000 guided bombs' in a month (a front-wide tally, rule 5), "
          "allies 'combing their inventories' (no decision), Austin's word on cross-border use (a stance), the "
          "bilateral meetings 'on the margins' (no participants named).",
    attacks=[],
    diplomacy=[
        dip("meeting", [UDCG, US, UKR, "NATO"], T0613, "held",
            "Session of the Ukraine Defense Contact Group at NATO headquarters chaired by Lloyd Austin with Rustem Umerov",
            ev("Defence ministers and officials of the Ukraine Defense Contact Group, some fifty countries that coordinate weapons deliveries to Kyiv, gathered at NATO's Brussels headquarters on Thursday for the group's 23rd session since the group was formed at Ramstein air base in April 2022.",
               "US Defense Secretary Lloyd Austin chaired the meeting, with Ukraine's defence minister, Rustem Umerov, at his side."),
            location=loc("Brussels", None, "Belgium")),
        dip("military_aid", ["Canada", UKR], T0613, "held",
            "Canada to send 2,300 CRV7 rocket motors from its stocks and funding for drone production in Ukraine (Bill Blair)",
            ev("Canada's defence minister, Bill Blair, said Ottawa would send 2,300 CRV7 rocket motors taken from its own stocks, along with funding for drone production in Ukraine.")),
        dip("military_aid", ["Denmark", UKR], T0613, "held",
            "Denmark's new donation of about 1.3 billion Danish kroner, mostly artillery ammunition and de-mining "
            "equipment (Troels Lund Poulsen)",
            ev("Denmark's Troels Lund Poulsen announced a new donation worth about 1.3 billion Danish kroner, mostly artillery ammunition and de-mining equipment, financed in part from the windfall profits of frozen Russian assets.")),
        dip("meeting", [UDCG], span("2024-09-01", "2024-11-30", "in the autumn"), "planned",
            "The contact group's next meeting",
            ev("Austin said the group would meet again in the autumn and that work on a longer-term structure for the coalition, partly under NATO's roof, would continue."),
            optional=True),
        dip("meeting", ["NATO"], day("2024-06-13", "earlier on Thursday"), "held",
            "NATO defence ministers agreed that NATO would take over part of the coordination of training and deliveries "
            "for Ukraine",
            ev("The alliance's defence ministers had agreed earlier on Thursday that NATO would take over part of the coordination of training and deliveries."),
            optional=True),
        dip("summit", ["Switzerland", UKR], None, "planned",
            "A peace conference in Switzerland",
            ev("The talks came on the eve of a peace conference in Switzerland and a day before the G7 leaders were due to confirm a 50 billion dollar loan to be repaid from the income on immobilised Russian central bank funds."),
            optional=True),
        dip("military_aid", ["G7", UKR], day("2024-06-14", "a day before"), "planned",
            "G7 leaders due to confirm a 50 billion dollar loan for Ukraine repaid from the income on immobilised Russian assets",
            ev("The talks came on the eve of a peace conference in Switzerland and a day before the G7 leaders were due to confirm a 50 billion dollar loan to be repaid from the income on immobilised Russian central bank funds."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yh11
GOLD["yh11_fieldnotes_kharkiv_deminers_harvest"] = dict(
    notes="Control (agricultural weekly, Thursday 22 August 2024): farmers in the Balakliia district waiting for "
          "deminers. No attack and no diplomacy is coded: the occupation 'from the spring of 2022' and the "
          "counteroffensive (ground fighting, rule 5), the tractor that set off an anti-tank mine in 2023 (a mine left "
          "behind, not a strike by either side), the state reimbursement programme (domestic policy, no foreign "
          "participant), Black Sea shipping 'still uncertain' (no event).",
    attacks=[],
    diplomacy=[])

# --------------------------------------------------------------------------- yh12
GOLD["yh12_baltichorizon_sanctions_fidan"] = dict(
    notes="Newspaper (Tuesday 17 December 2024), led by diplomacy: the EU's 15th sanctions package adopted 'on Monday' "
          "(sanctions, held; Russia, the target, is a participant, rule 15); Sybiha's trip to Ankara 'next week' to see "
          "Fidan (an official's trip told by its purpose of meeting: talks, planned, rule 14; the state of the city "
          "hosts); the night's 52 drones / 35 (country record, rule 3); a drone on a port warehouse in Odesa (two "
          "workers hurt; dated by the wave's 'overnight'). Optional: Scholz's phone call with Putin 'on 15 November' "
          "(background, rule 17). Not coded: the 16th package 'work would begin' (intent, nothing tabled: rule 13), "
          "Szijjarto's exemptions (part of the adoption), Turkey as 'a possible venue' (a stance, rule 13) and its role "
          "'in the spring of 2022' (no identified event), Moscow's dismissal (reaction).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2024-12-16", "2024-12-17", "overnight"),
               [{"type": "drone", "launched": cnt(52, "52"), "intercepted": cnt(35, "35")}],
               ev("The Ukrainian air force said on Tuesday that Russia had launched 52 attack drones overnight and that 35 of them had been shot down."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2024-12-16", "2024-12-17", "overnight"), [{"type": "drone"}],
               ev("The Ukrainian air force said on Tuesday that Russia had launched 52 attack drones overnight and that 35 of them had been shot down.",
                  "In Odesa, two workers were hurt and a fire started when a drone hit a port warehouse, regional governor Oleh Kiper said."),
               injured=cnt(2, "two workers"), damage=["port warehouse"], reported_by=["Oleh Kiper"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2024-12-16", "on Monday"), "held",
            "The EU's 15th sanctions package: 52 more shadow-fleet tankers barred, asset freezes and travel bans on 54 "
            "people and 30 entities",
            ev("European Union foreign ministers on Monday formally adopted a 15th package of sanctions against Russia over its war in Ukraine, aimed chiefly at the ageing tankers Moscow relies on to move oil around the Western price cap.",
               "The package, agreed by ambassadors last week after Slovakia dropped its objections, puts 52 more vessels on the blacklist of ships denied access to European harbours and maritime services, for 79 in all."),
            location=loc("Brussels", None, "Belgium")),
        dip("talks", [UKR, "Turkey"], week("2024-12-23", "2024-12-29", "next week"), "planned",
            "Andrii Sybiha to travel to Ankara to meet Hakan Fidan on Black Sea shipping and prisoner swaps",
            ev("Andrii Sybiha, Kyiv's foreign minister, praised the move and announced that he would fly to Ankara next week to see Turkey's Hakan Fidan; shipping in the Black Sea and prisoner swaps will be on the table."),
            location=loc("Ankara", None, "Turkey")),
        dip("phone_call", ["Germany", "Russia"], day("2024-11-15", "on 15 November"), "held",
            "Olaf Scholz's telephone conversation with Vladimir Putin, their first in almost two years",
            ev("Chancellor Olaf Scholz's telephone conversation with Vladimir Putin on 15 November, the first between the two in almost two years, drew sharp criticism from President Volodymyr Zelensky at the time."),
            optional=True),
    ])


CLUSTERS = [
    ("dnipro-2024-04-19", "Russian missile strike near Dnipro's railway station on Friday 19 April 2024",
     [("yh03_eastbridge_dnipro_missile", "attack", 0), ("yh04_dailymeridian_dnipro_toll_rises", "attack", 0)]),
    ("exchange-2024-09-21", "Exchange of 88 for 88 prisoners of war mediated by the UAE, Saturday 21 September 2024",
     [("yh07_kyivheraldonline_prisoner_swap_uae", "diplomacy", 0), ("yh08_volgadon_exchange_morozovsk", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev33 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV33 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV33, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
