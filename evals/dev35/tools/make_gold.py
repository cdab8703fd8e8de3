"""Write evals/dev35/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev35 on 3 December 2026, before any backend ran on them,
following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the
gold files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV35 = ROOT / "evals" / "dev35"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, attack, dip, write_gold, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yj01
GOLD["yj01_danubewire_sloviansk_station"] = dict(
    notes="Wire story (Tuesday 19 April 2022): a ballistic missile (Tochka-U) on the Sloviansk railway station 'on "
          "Tuesday morning' (lead: 'at least 14' killed, 'two children' among them, 'at least 40' wounded; the "
          "evening's revised 23 dead is evidence only, rule 6; 'A Russian ballistic missile' is one weapon told with the "
          "indefinite article: no launched figure, rule 9; model Tochka-U fixes ballistic_missile); artillery on Avdiivka "
          "'through the night into Tuesday' (one civilian killed). Not coded: Moscow's denial, earlier strikes 'in the "
          "Donbas' (no count, no single event: rule 5), the railway's rerouting. Same event as yj02's Sloviansk record "
          "(clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Sloviansk", "Donetsk", "Ukraine")],
               day("2022-04-19", "on Tuesday morning"), [{"type": "ballistic_missile", "model": "Tochka-U"}],
               ev("SLOVIANSK, Ukraine, April 19 (DW) - A Russian ballistic missile slammed into the railway station in Sloviansk on Tuesday morning as hundreds of civilians waited for an evacuation train to the west, killing at least 14 people, two children among them, and wounding at least 40, Donetsk regional governor Pavlo Kyrylenko said.",
                  "Ukraine's military said the weapon was a Tochka-U.",
                  "By evening the regional administration had revised the count of dead to 23, after several of the wounded died in hospitals in Kramatorsk and Druzhkivka."),
               killed=cnt(14, "at least 14 people", "at_least"), injured=cnt(40, "at least 40", "at_least"),
               children_killed=cnt(2, "two children"),
               damage=["railway station", "minibus", "kiosk"], reported_by=["Pavlo Kyrylenko"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Avdiivka", "Donetsk", "Ukraine")],
               night("2022-04-18", "2022-04-19", "through the night into Tuesday"), [{"type": "artillery"}],
               ev("Separately, the governor reported that Russian artillery had pounded Avdiivka, a town on the southern edge of the front, through the night into Tuesday, killing one civilian and damaging an apartment block and a school gym."),
               killed=cnt(1, "one civilian"), damage=["apartment block", "school gym"],
               reported_by=["Pavlo Kyrylenko"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yj02
GOLD["yj02_kyivcourier_sloviansk_aftermath"] = dict(
    notes="Newspaper (Wednesday 20 April 2022) retelling the Sloviansk station strike a day later: the first figure this "
          "article gives is the revised toll, 23 killed, 'two children' (rule 6: the article's own first figure); '46 "
          "people remain in hospital' is hospitalised, not coded as injured (rule 6); the Tochka-U rocket (model fixes "
          "ballistic_missile, rule 9); shelling of Kostiantynivka 'overnight into Wednesday' (three wounded). The US "
          "$800 million package approved by Biden, announced by Austin 'on Tuesday evening' (military_aid, held: an "
          "aid decision announced as made, rules 14 and 16); the defence ministers' meeting Austin will host at Ramstein 'next Tuesday' (26 April; a meeting of "
          "states' officials is talks, rule 14; planned with a day and a place, rule 16; the United States convenes, "
          "Germany is the state of the place, rule 15; Ukraine is not named as taking part). Not coded: Blinken's help to prosecutors (no event between "
          "states), Kuleba's call to close ports and stop buying gas (a demand, rule 13). Same event as yj01's first "
          "record (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Sloviansk", "Donetsk", "Ukraine")],
               day("2022-04-19", "a day after the attack"), [{"type": "ballistic_missile", "model": "Tochka-U"}],
               ev("The number of people killed when a Russian missile struck the crowded railway station in Sloviansk has risen to 23, including two children, regional officials said on Wednesday, a day after the attack.",
                  "Governor Pavlo Kyrylenko said late on Tuesday that investigators had recovered fragments of a Tochka-U rocket, with the inscription \"for our children\" painted on its tail in Russian."),
               killed=cnt(23, "23"), children_killed=cnt(2, "two children"),
               damage=["railway station"], reported_by=["regional officials", "Pavlo Kyrylenko"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kostiantynivka", "Donetsk", "Ukraine")],
               night("2022-04-19", "2022-04-20", "overnight into Wednesday"), [{"type": "artillery"}],
               ev("Elsewhere in the region, Russian shells hit Kostiantynivka overnight into Wednesday, wounding three people, the regional police said."),
               injured=cnt(3, "three people"), reported_by=["regional police"]),
    ],
    diplomacy=[
        dip("military_aid", ["United States", "Ukraine"], day("2022-04-19", "on Tuesday evening"), "held",
            "US Defence Secretary Lloyd Austin says President Joe Biden approved another $800 million in weapons for "
            "Ukraine (howitzers, artillery ammunition, Switchblade drones)",
            ev("Speaking at the Pentagon on Tuesday evening, US Defence Secretary Lloyd Austin said President Joe Biden had approved another $800 million in weapons for Kyiv, among them howitzers, artillery ammunition and Switchblade drones, and that the first shipments would leave within days.")),
        dip("talks", ["United States", "Germany"], day("2022-04-26", "next Tuesday"), "planned",
            "Lloyd Austin to host defence ministers of about 40 countries at Ramstein air base to coordinate further "
            "deliveries to Ukraine",
            ev("He added that he would host defence ministers from about 40 countries at the Ramstein air base in Germany next Tuesday to coordinate further deliveries."),
            location=loc("Ramstein air base", None, "Germany", "site")),
    ])

# --------------------------------------------------------------------------- yj03
IST = loc("Istanbul", None, "Turkey")
GOLD["yj03_bosphorusherald_istanbul_talks"] = dict(
    notes="Newspaper (Tuesday 29 March 2022), led by diplomacy: the Russian and Ukrainian delegations' talks in the "
          "Dolmabahce Palace 'on Tuesday' (talks, held; Turkey hosts, rule 15); Ukraine's written neutrality proposal "
          "tabled there (proposal, proposed, rule 13: put to the other side). Optional: Erdogan's calls with Putin 'on "
          "Sunday' and with Zelensky 'the following day' (background calls, rule 17). A missile on the Mykolaiv regional "
          "administration 'Hours before the delegations gathered' ('at least seven' killed, 22 wounded; 'a Russian "
          "missile': no launched figure, rule 9). Not coded: Medinsky's promise to scale back near Kyiv and Chernihiv (a "
          "statement of intent, no event put to the other side: rule 13, debatable), Peskov's comment, Crimea's "
          "fifteen years (part of the proposal).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Mykolaiv", "Mykolaiv", "Ukraine")],
               day("2022-03-29", "Hours before the delegations gathered"), [{"type": "missile"}],
               ev("Hours before the delegations gathered, a Russian missile tore through the regional administration building in Mykolaiv, in southern Ukraine, leaving a gaping hole in the middle of the nine-storey block.",
                  "Governor Vitaliy Kim, who was not in his office at the time, said at least seven people had been killed and 22 wounded, and that rescuers were still searching the rubble."),
               killed=cnt(7, "at least seven people", "at_least"), injured=cnt(22, "22"),
               damage=["regional administration building"], reported_by=["Vitaliy Kim"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2022-03-29", "on Tuesday"), "held",
            "Russian and Ukrainian delegations (Vladimir Medinsky, David Arakhamia) negotiate face to face in the "
            "Dolmabahce Palace; Recep Tayyip Erdogan greets them, Mevlut Cavusoglu attends",
            ev("ISTANBUL — Delegations from Russia and Ukraine sat down for their first face-to-face negotiations in more than two weeks on Tuesday, meeting for several hours in the Dolmabahce Palace on the shore of the Bosphorus under the gaze of their Turkish hosts.",
               "President Recep Tayyip Erdogan greeted the two teams before the session began, telling them that the whole world was waiting for good news and that it was in their hands to stop the tragedy."),
            location=IST),
        dip("proposal", ["Ukraine", "Russia"], day("2022-03-29", "on Tuesday"), "proposed",
            "Ukraine's written proposal: a neutral Ukraine outside military blocs in exchange for security guarantees "
            "from a group of states; Crimea's status set aside for fifteen years",
            ev("Ukraine's negotiators, led by David Arakhamia, put forward a written proposal under which Ukraine would become a neutral state, outside any military bloc, in exchange for binding security guarantees from a group of countries that could include the United States, Britain, France, Turkey and Poland."),
            location=IST),
        opt(dip("phone_call", ["Turkey", "Russia"], day("2022-03-27", "on Sunday"), "held",
                "Erdogan's telephone call with Putin to prepare the meeting",
                ev("Erdogan spoke by telephone with Putin on Sunday, and with Zelensky the following day, to prepare the meeting, his office said."))),
        opt(dip("phone_call", ["Turkey", "Ukraine"], day("2022-03-28", "the following day"), "held",
                "Erdogan's telephone call with Zelensky to prepare the meeting",
                ev("Erdogan spoke by telephone with Putin on Sunday, and with Zelensky the following day, to prepare the meeting, his office said."))),
    ])

# --------------------------------------------------------------------------- yj04
GOLD["yj04_levantinepost_grain_deal"] = dict(
    notes="Newspaper (Friday 22 July 2022), led by diplomacy: the grain-corridor agreements signed 'on Friday' in "
          "Istanbul, Kubrakov's and Shoigu's mirror documents with Turkey and the UN (one agreement record, held, "
          "rule 14; Turkey and the United Nations as mediators and hosts are participants, rule 15). Not coded: the "
          "coordination centre 'to open in Istanbul within days' (a clause of the same deal, not an event of its own), "
          "Erdogan's hope for a wider peace (stance, rule 13), Podolyak's warning, Truss's reaction (reactions). The EU's sanctions round agreed 'A "
          "day earlier' (sanctions, held; the EU and Russia, rule 15; required: a dated decision of its own, not "
          "scene-setting for the deal). No attack. Same event as yj05's diplomacy record (clusters.json).",
    attacks=[],
    diplomacy=[
        dip("agreement", ["Russia", "Ukraine", "Turkey", "United Nations"], day("2022-07-22", "on Friday"), "held",
            "Black Sea grain agreements: Oleksandr Kubrakov and Sergei Shoigu sign mirror documents with Turkey and the "
            "UN (Antonio Guterres, Recep Tayyip Erdogan) to reopen Odesa, Chornomorsk and Pivdennyi for 120 days",
            ev("Russia and Ukraine on Friday signed agreements to reopen three Black Sea ports for grain shipments, in a ceremony in Istanbul presided over by UN Secretary-General Antonio Guterres and by Recep Tayyip Erdogan, Turkey's president.",
               "Ukraine's infrastructure minister, Oleksandr Kubrakov, put his name to a document with Turkey and the United Nations, and Russian Defence Minister Sergei Shoigu signed a mirror document a few minutes later in the same hall of the Dolmabahce Palace."),
            location=IST),
        dip("sanctions", ["European Union", "Russia"], day("2022-07-21", "A day earlier"), "held",
            "EU governments agree a further round of sanctions on Russia: a ban on buying Russian gold, Sberbank's "
            "assets frozen",
            ev("A day earlier, European Union governments had agreed a further round of sanctions on Moscow, adding a ban on purchases of Russian gold and freezing the assets of Sberbank.")),
    ])

# --------------------------------------------------------------------------- yj05
GOLD["yj05_portcitygazette_odesa_kalibr"] = dict(
    notes="Local newspaper (Sunday 24 July 2022): four Kalibr cruise missiles on the port of Odesa 'on Saturday "
          "morning' (launched 4, intercepted 2, rule 9: Kalibr is cruise_missile; 'several people were injured, "
          "without giving a number' fills nothing, rule 6); two S-300 missiles on Mykolaiv 'overnight into Sunday' "
          "(counted weapons as the subject of the hit: launched 2, rule 9; S-300 is missile; 'no one was killed': killed "
          "0). The grain deal 'signed on Friday in Istanbul' (agreement, held; required, not background: the article is "
          "about the deal's fate, debatable against rule 17). Not coded: Akar's contacts with Russian officials (no "
          "date, no event told as such), the UN spokesperson's condemnation and Zelensky's words (reactions, rule 13), "
          "Moscow's claim of a destroyed warship (same strike). Same event as yj04's agreement (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Odesa", "Odesa", "Ukraine")],
               day("2022-07-23", "on Saturday morning"),
               [{"type": "cruise_missile", "model": "Kalibr", "launched": cnt(4, "four"),
                 "intercepted": cnt(2, "two of them")}],
               ev("Russian forces fired four Kalibr cruise missiles at the port of Odesa on Saturday morning, less than a day after Moscow signed up to a UN-backed arrangement meant to let Ukrainian grain leave the same harbour.",
                  "Air defence crews brought down two of them; the other pair hit port infrastructure, Ukraine's southern military command said.",
                  "The regional governor, Maksym Marchenko, said several people were injured, without giving a number."),
               damage=["port infrastructure", "quay"],
               reported_by=["Ukraine's southern military command", "Natalia Humeniuk", "Maksym Marchenko"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Mykolaiv", "Mykolaiv", "Ukraine")],
               night("2022-07-23", "2022-07-24", "overnight into Sunday"),
               [{"type": "missile", "model": "S-300", "launched": cnt(2, "two")}],
               ev("In Mykolaiv, governor Vitaliy Kim reported that two Russian S-300 missiles hit the city overnight into Sunday, damaging a warehouse and a filling station; no one was killed."),
               killed=cnt(0, "no one was killed"), damage=["warehouse", "filling station"],
               reported_by=["Vitaliy Kim"]),
    ],
    diplomacy=[
        dip("agreement", ["Russia", "Ukraine", "Turkey", "United Nations"], day("2022-07-22", "on Friday"), "held",
            "The grain deal signed in Istanbul: Russia and Ukraine in separate documents witnessed by Turkey and "
            "Antonio Guterres allow grain ships to sail from Odesa and two other ports",
            ev("It threw doubt over the deal signed on Friday in Istanbul, in which Russia and Ukraine each committed, in separate documents witnessed by Turkey and UN Secretary-General Antonio Guterres, to allow ships carrying grain to sail from Odesa and two other ports."),
            location=IST),
    ])

# --------------------------------------------------------------------------- yj06
ZNPP = loc("Zaporizhzhia nuclear power plant", "Zaporizhzhia", "Ukraine", "site")
GOLD["yj06_continentalledger_zaporizhzhia_iaea"] = dict(
    notes="Newspaper (Friday 2 September 2022): the IAEA mission led by Grossi at the Zaporizhzhia nuclear plant 'on "
          "Thursday' (visit, held; participants IAEA and Ukraine, the plant's country; Russia, which holds the plant, "
          "is not named as a party to the visit: debatable, rule 15); Grossi's Security Council briefing 'in New York on "
          "Tuesday' (meeting, planned: expected with a day and a place, rule 16). Russian mortars on Enerhodar 'from "
          "about 5 a.m. on Thursday' (a woman killed, three wounded; attacker as the governor tells it, Russia, rule 12; "
          "the occupation officials' blame of Ukraine is a counter-claim, debatable); more than 120 Grad rockets on "
          "Nikopol 'overnight' (launched 120 more_than on an artillery entry with model Grad; 'nobody was hurt': "
          "injured 0, rule 6). Not coded: the permanent presence Grossi intends (a stance with no date, rule 13), the "
          "reactor's shutdown (no damage), Zelensky's and Peskov's words.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Enerhodar", "Zaporizhzhia", "Ukraine")],
               day("2022-09-01", "from about 5 a.m. on Thursday"), [{"type": "artillery"}],
               ev("Regional governor Oleksandr Starukh said Russian mortars had fired on Enerhodar, the plant's satellite town, from about 5 a.m. on Thursday, killing a woman and wounding three people, and that a shell had landed near a dormitory where plant workers live."),
               killed=cnt(1, "a woman"), injured=cnt(3, "three people"), reported_by=["Oleksandr Starukh"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               night("2022-09-01", "2022-09-02", "overnight"),
               [{"type": "artillery", "model": "Grad", "launched": cnt(120, "more than 120", "more_than")}],
               ev("Across the Dnipro, Nikopol came under fire again overnight.",
                  "Valentyn Reznichenko, the Dnipropetrovsk governor, said Russian forces fired more than 120 Grad rockets at the town, damaging some 40 homes and a gas line; nobody was hurt."),
               injured=cnt(0, "nobody was hurt"), damage=["homes", "gas line"],
               reported_by=["Valentyn Reznichenko"]),
    ],
    diplomacy=[
        dip("visit", ["IAEA", "Ukraine"], day("2022-09-01", "on Thursday"), "held",
            "IAEA inspection mission of 14, led by Director General Rafael Grossi, at the Zaporizhzhia nuclear power "
            "plant; part of the team stays at the site",
            ev("A team of inspectors from the International Atomic Energy Agency arrived at the Zaporizhzhia nuclear power plant on Thursday, with Rafael Grossi, who heads the Vienna-based agency, at its head, after a journey across the front line that was held up for hours by shelling.",
               "The 14-strong mission spent about four hours inside Europe's largest nuclear plant, which Russian troops have occupied since early March while its Ukrainian staff keep it running."),
            location=ZNPP),
        dip("meeting", ["United Nations", "IAEA"], day("2022-09-06", "on Tuesday"), "planned",
            "Rafael Grossi to brief the UN Security Council on the mission's findings",
            ev("Grossi is expected to brief the UN Security Council in New York on Tuesday on his findings."),
            location=loc("New York", "New York", "United States")),
    ])

# --------------------------------------------------------------------------- yj07
GOLD["yj07_blacksearadio_october10_keypoints"] = dict(
    notes="Numbered list of Monday 10 October 2022's key events (published Tuesday 11 October; every record dated by "
          "the intro's 'on Monday, October 10'): the nationwide wave, '83 missiles' / 43 (no split by type: missile, "
          "rule 9) and '24 Shahed-136 drones' / 13 (country record, rule 3); Kyiv ('at least eight' killed, 24 wounded); "
          "Dnipro (four killed, 19 wounded; 'A missile hit a minibus': no launched figure, rule 9); the Lviv region's "
          "energy facilities (no city named: region record, rule 1; no weapon said for it: kind other, rule 8; 'He "
          "reported no casualties there': killed 0, injured 0, rule 6 - debatable). Biden's call with Zelensky "
          "(phone_call, held); Stoltenberg's call with Kuleba (phone_call, held; NATO and Ukraine); the G7 leaders' "
          "emergency video conference 'on Tuesday' with Zelensky (summit, planned: a meeting of the leaders of "
          "several states, rule 14; Germany holds the presidency but is not named as host). Not coded: Putin's "
          "retaliation claim and warning (statement, rule 13), the energy minister's appeal, the railway's delays.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2022-10-10", "on Monday, October 10"),
               [{"type": "missile", "launched": cnt(83, "83"), "intercepted": cnt(43, "43")},
                {"type": "drone", "model": "Shahed-136", "launched": cnt(24, "24"), "intercepted": cnt(13, "13")}],
               ev("Here is a rundown of what happened on Monday, October 10, the 229th day of the full-scale war.",
                  "1. Russia fired 83 missiles at Ukrainian cities during the Monday morning rush hour, the general staff said, while the air force reported 24 Shahed-136 drones launched from Belarus and the south.",
                  "Air defence destroyed 43 of the missiles and 13 of the drones, according to the air force's spokesman, Yuriy Ihnat."),
               reported_by=["Ukrainian general staff", "Ukrainian air force", "Yuriy Ihnat"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")],
               day("2022-10-10", "on Monday, October 10"), [{"type": "missile"}],
               ev("2. In Kyiv, missiles fell on the Shevchenkivskyi district, on a children's playground in a central park and near the Klitschko footbridge.",
                  "The National Police said at least eight people were killed in the capital and 24 wounded."),
               killed=cnt(8, "at least eight people", "at_least"), injured=cnt(24, "24"),
               damage=["children's playground"], reported_by=["National Police"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2022-10-10", "on Monday, October 10"), [{"type": "missile"}],
               ev("3. In Dnipro, four people were killed and 19 wounded, the regional military administration reported.",
                  "A missile hit a minibus at a crossroads."),
               killed=cnt(4, "four people"), injured=cnt(19, "19"), damage=["minibus"],
               reported_by=["Dnipropetrovsk regional military administration"]),
        attack("Russia", "Ukraine", "other", [loc("Lviv", "Lviv", "Ukraine", "region")],
               day("2022-10-10", "on Monday, October 10"), [],
               ev("4. The Lviv region lost electricity almost entirely after energy facilities were struck, governor Maksym Kozytskyi said.",
                  "He reported no casualties there."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["energy facilities"], reported_by=["Maksym Kozytskyi"]),
    ],
    diplomacy=[
        dip("phone_call", ["United States", "Ukraine"], day("2022-10-10", "on Monday"), "held",
            "Joe Biden's phone call with Volodymyr Zelensky; pledge of continued support including advanced air defence",
            ev("6. President Joe Biden spoke by phone with President Volodymyr Zelensky on Monday and pledged to keep providing Ukraine with the support it needs, including advanced air defence systems, the White House said.")),
        dip("summit", ["G7", "Ukraine"], day("2022-10-11", "on Tuesday"), "planned",
            "Emergency video conference of G7 leaders with Volodymyr Zelensky; Olaf Scholz holds the presidency",
            ev("7. Leaders of the G7 will hold an emergency video conference on Tuesday with Zelensky taking part, the German government said.")),
        dip("phone_call", ["NATO", "Ukraine"], day("2022-10-10", "on Monday, October 10"), "held",
            "Jens Stoltenberg's call with Dmytro Kuleba; he condemns the attacks",
            ev("10. NATO Secretary-General Jens Stoltenberg said he had spoken with Foreign Minister Dmytro Kuleba and condemned the attacks as \"horrific and indiscriminate\".")),
    ])

# --------------------------------------------------------------------------- yj08
GOLD["yj08_northernstandard_power_grid_wave"] = dict(
    notes="Newspaper (Thursday 24 November 2022) on Wednesday 23 November's wave: the air force's 'about 70 cruise "
          "missiles' / 51 and ten drones / five (country record, rules 3 and 7); Kyiv (three killed, 'a 17-year-old "
          "girl': children_killed 1; 'one missile ... and another' are counted weapons as subjects of their hits: "
          "launched 2, rule 9; the later 'seven people ... across the Kyiv region' is a wider, later figure: evidence "
          "only, rule 6, debatable); Kherson's shelling 'on the same day' (four killed, 10 injured); strikes on the "
          "Lviv region's energy system (region record, kind other; the mayor 'did not report any casualties' is no "
          "stated zero, rule 6). The Security Council's emergency session that Zelensky addressed (meeting, held; "
          "United Nations, Ukraine, Russia through its ambassador). Not coded: Moldova's blackout (no strike there), the "
          "nuclear plants' disconnection, Nebenzia's claims (statement).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2022-11-23", "on Wednesday afternoon"),
               [{"type": "cruise_missile", "launched": cnt(70, "about 70", "about"), "intercepted": cnt(51, "51")},
                {"type": "drone", "launched": cnt(10, "Ten drones"), "intercepted": cnt(5, "five")}],
               ev("Millions of Ukrainians spent Thursday without light, heat or running water after a wave of Russian missiles on Wednesday afternoon knocked out power stations across the country and forced all three functioning nuclear plants to disconnect from the grid.",
                  "Ukraine's air force said Russia fired about 70 cruise missiles from the Caspian Sea and the Black Sea, of which 51 were destroyed, along with five of the attack drones it launched.",
                  "Ten drones were sent in all, the air force said."),
               damage=["power stations"], reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")],
               day("2022-11-23", "on Wednesday afternoon"),
               [{"type": "missile", "launched": cnt(2, "one missile demolished a two-storey house in the Holosiivskyi district and another")}],
               ev("In the capital, one missile demolished a two-storey house in the Holosiivskyi district and another hit an apartment block, killing three people, one of them a 17-year-old girl, mayor Vitali Klitschko said.",
                  "Officials said later that seven people had been killed across the Kyiv region, and that debris also fell on a water plant."),
               killed=cnt(3, "three people"), children_killed=cnt(1, "a 17-year-old girl"),
               damage=["house", "apartment block"], reported_by=["Vitali Klitschko"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2022-11-23", "on the same day"), [{"type": "artillery"}],
               ev("The southern city of Kherson, retaken by Ukrainian forces less than two weeks ago, came under heavy Russian artillery fire on the same day.",
                  "Yaroslav Yanushevych, the regional governor, said four people had been killed and 10 injured by the shelling, which hit a residential quarter near the river port."),
               killed=cnt(4, "four people"), injured=cnt(10, "10"), damage=["residential quarter"],
               reported_by=["Yaroslav Yanushevych"]),
        attack("Russia", "Ukraine", "other", [loc("Lviv", "Lviv", "Ukraine", "region")],
               day("2022-11-23", "on Wednesday afternoon"), [],
               ev("In Lviv, the mayor, Andriy Sadovyi, said the whole city had lost power after strikes on the region's energy system, and that trams had stopped."),
               damage=["energy system"], reported_by=["Andriy Sadovyi"]),
    ],
    diplomacy=[
        dip("meeting", ["United Nations", "Ukraine", "Russia"], day("2022-11-23", "Hours after the strikes"), "held",
            "Emergency session of the UN Security Council requested by Kyiv; Volodymyr Zelensky addresses it by video "
            "link, Russia's ambassador Vassily Nebenzia replies",
            ev("Hours after the strikes, President Volodymyr Zelensky addressed the United Nations Security Council by video link at an emergency session requested by Kyiv, and urged members to condemn \"energy terror\".",
               "Russia's ambassador, Vassily Nebenzia, said the strikes were aimed at military targets and blamed Western arms deliveries for the suffering.")),
    ])

# --------------------------------------------------------------------------- yj09
GOLD["yj09_belgorodvesti_border_shelling"] = dict(
    notes="Russian regional outlet (Tuesday 14 June 2022) quoting its governors: Ukrainian shelling of Solokhi 'on "
          "Tuesday afternoon' ('A resident' killed, 'Two more residents' wounded; 'at least a dozen shells fell': "
          "counted weapons as the subject of the hit, launched 12 at_least, rules 7 and 9; attacker Ukraine, rules 4 and "
          "12); two Tochka-U missiles shot down over Belgorod 'Earlier on Tuesday' (intercepted 2; 'there were no "
          "casualties': killed 0, injured 0); mortar fire on Tetkino in the Kursk region 'overnight' ('No one was "
          "hurt': injured 0). Not coded: Zakharova's and Peskov's words (statements), shelters and schools.",
    attacks=[
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Solokhi", "Belgorod Oblast", "Russia")],
               day("2022-06-14", "on Tuesday afternoon"),
               [{"type": "artillery", "launched": cnt(12, "at least a dozen", "at_least")}],
               ev("A resident of the border village of Solokhi in the Belgorod region was killed on Tuesday afternoon when the Ukrainian armed forces shelled the village, governor Vyacheslav Gladkov wrote in his Telegram channel.",
                  "Two more residents suffered shrapnel wounds and were brought to Belgorod's regional clinical hospital.",
                  "According to the governor, at least a dozen shells fell on Solokhi, damaging five private houses, a shop and a power line."),
               killed=cnt(1, "A resident"), injured=cnt(2, "Two more residents"),
               damage=["private houses", "shop", "power line"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "missile_strike", [loc("Belgorod", "Belgorod Oblast", "Russia")],
               day("2022-06-14", "Earlier on Tuesday"),
               [{"type": "ballistic_missile", "model": "Tochka-U", "intercepted": cnt(2, "two")}],
               ev("Earlier on Tuesday, Russian air defence shot down two Tochka-U missiles over Belgorod, Gladkov said.",
                  "Fragments fell on a car park in the north of the city; several cars were damaged, but there were no casualties."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               damage=["cars"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Tetkino", "Kursk Oblast", "Russia")],
               night("2022-06-13", "2022-06-14", "overnight"), [{"type": "artillery"}],
               ev("Kursk region governor Roman Starovoit reported that the border village of Tetkino had come under mortar fire overnight.",
                  "No one was hurt, but a house and a farm building were damaged, he said."),
               injured=cnt(0, "No one was hurt"), damage=["house", "farm building"],
               reported_by=["Roman Starovoit"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yj10
GOLD["yj10_gulfdispatch_prisoner_swap"] = dict(
    notes="Gulf wire (Thursday 22 September 2022), led by diplomacy: the exchange of 215 Ukrainians for 55 Russians "
          "and Medvedchuk 'late on Wednesday' in the Chernihiv region (prisoner_exchange, held; Saudi Arabia and Turkey "
          "mediated: participants, rule 15; the ten foreigners flown to Riyadh are told as 'a separate part of the "
          "deal' and the five commanders staying in Turkey are its terms: one record, debatable). A missile on a "
          "Zaporizhzhia hotel 'on Thursday morning' (one killed, five wounded; 'a Russian missile': no launched "
          "figure, rule 9). Not coded: Truss's welcome (reaction), Putin's mobilisation (domestic), 'the second strike "
          "on the city in a week' (no date or count, rule 5), 'work was continuing on a further exchange' (no event, "
          "rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2022-09-22", "on Thursday morning"), [{"type": "missile"}],
               ev("In Zaporizhzhia, a Russian missile struck a hotel in the city centre on Thursday morning, killing one person and wounding five, regional governor Oleksandr Starukh said."),
               killed=cnt(1, "one person"), injured=cnt(5, "five"), damage=["hotel"],
               reported_by=["Oleksandr Starukh"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "Saudi Arabia", "Turkey"], day("2022-09-21", "late on Wednesday"),
            "held",
            "215 Ukrainians, among them Azovstal commanders, exchanged for 55 Russians and Viktor Medvedchuk, mediated by "
            "Saudi Arabia and Turkey; five commanders to stay in Turkey; ten foreign fighters flown to Riyadh",
            ev("RIYADH/KYIV, Sept 22 — Ukraine and Russia carried out their largest prisoner exchange since the invasion began, with 215 Ukrainians, among them commanders of the defence of the Azovstal steelworks in Mariupol, returned in exchange for 55 Russians and Viktor Medvedchuk, a pro-Kremlin politician charged with treason in Ukraine.",
               "The swap took place late on Wednesday near the border in the Chernihiv region, after mediation by Saudi Arabia and Turkey, officials in both countries said."),
            location=loc("Chernihiv", "Chernihiv", "Ukraine", "region")),
    ])

# --------------------------------------------------------------------------- yj11
GOLD["yj11_albionsunday_sunak_kyiv"] = dict(
    notes="British Sunday paper (20 November 2022): Sunak's unannounced visit to Kyiv 'on Saturday' (visit, held; his "
          "talks with Zelensky are part of it, rule 14); the £50m air defence package promised there (military_aid, "
          "held, rules 14 and 16). Optional: the G7 foreign ministers' meeting in Munster 'earlier this month' that "
          "Cleverly used (background, rule 17; month). Russian artillery on Kherson 'during the day' on Saturday (two "
          "killed, three wounded). Not coded: the £2.3bn 'already committed by Britain this year' (a running total, no "
          "decision), Wallace's delivery timetable (same package), Sunak's conversation with Zelensky about winter "
          "needs (part of the visit).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2022-11-19", "during the day"), [{"type": "artillery"}],
               ev("Regional governor Yaroslav Yanushevych said on Saturday evening that Russian artillery had killed two people and wounded three in the city during the day, and that an electricity substation had been hit."),
               killed=cnt(2, "two people"), injured=cnt(3, "three"), damage=["electricity substation"],
               reported_by=["Yaroslav Yanushevych"]),
    ],
    diplomacy=[
        dip("visit", ["United Kingdom", "Ukraine"], day("2022-11-19", "on Saturday"), "held",
            "Rishi Sunak's first, unannounced visit to Kyiv; wreath at the memorial wall, fire station, talks with "
            "Volodymyr Zelensky",
            ev("Rishi Sunak made an unannounced visit to Kyiv on Saturday, less than four weeks after moving into Downing Street, and promised Ukraine a new £50m package of air defence, including 125 anti-aircraft guns and technology to counter the Iranian-made drones Russia has been using against the power grid.",
               "The prime minister placed a wreath at the wall commemorating fallen soldiers, visited a fire station where crews showed him drone debris, and held talks with President Volodymyr Zelensky in the presidential office."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("military_aid", ["United Kingdom", "Ukraine"], day("2022-11-19", "on Saturday"), "held",
            "A new £50m British air defence package: 125 anti-aircraft guns and counter-drone technology",
            ev("Rishi Sunak made an unannounced visit to Kyiv on Saturday, less than four weeks after moving into Downing Street, and promised Ukraine a new £50m package of air defence, including 125 anti-aircraft guns and technology to counter the Iranian-made drones Russia has been using against the power grid.")),
        opt(dip("meeting", ["G7", "United Kingdom"], month("2022-11-01", "2022-11-20", "earlier this month"), "held",
                "G7 foreign ministers' meeting in Munster, where James Cleverly pressed for winter energy support for Ukraine",
                ev("James Cleverly, the foreign secretary, used a meeting of G7 foreign ministers in Munster earlier this month to press for more winter support for Ukraine's energy system."),
                location=loc("Munster", None, "Germany"))),
    ])

# --------------------------------------------------------------------------- yj12
GOLD["yj12_vistulaweekly_refugee_pupils"] = dict(
    notes="Control (Tuesday 30 August 2022): Ukrainian refugee children starting school in Krakow; a family that left "
          "Kharkiv in March, double curricula, teaching assistants, language courses, municipal money. No record at "
          "all: no attack on a place on a day or night, no diplomatic event (the ministry's rules and the city's "
          "budget are domestic).",
    attacks=[], diplomacy=[])


CLUSTERS = [
    ("sloviansk-2022-04-19", "Russian ballistic missile on the Sloviansk railway station, 19 April 2022",
     [("yj01_danubewire_sloviansk_station", "attack", 0), ("yj02_kyivcourier_sloviansk_aftermath", "attack", 0)]),
    ("grain-deal-2022-07-22", "Black Sea grain agreements signed in Istanbul with Turkey and the UN, 22 July 2022",
     [("yj04_levantinepost_grain_deal", "diplomacy", 0), ("yj05_portcitygazette_odesa_kalibr", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev35 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV35 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV35, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
