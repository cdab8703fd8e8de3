"""Write evals/dev39/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev39 on 3 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV39 = ROOT / "evals" / "dev39"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week  # noqa: E402

GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yn01
N0926 = night("2023-09-25", "2023-09-26", "overnight")
GOLD["yn01_pivdenpost_odesa_port_night"] = dict(
    notes="Regional news (Tuesday 26 September 2023): drones and Kalibr missiles on Odesa 'overnight' (25-26 September, "
          "rule 11). The region's tally (19 Shaheds and two Kalibrs sent 'towards the region', eleven drones and both "
          "Kalibrs destroyed) goes on Odesa's record: the article names exactly one struck locality in the region "
          "(rule 3). 'Two people died and nine were hurt' is the first figure; the third body and the twelve wounded "
          "are evidence (rule 6); 'a girl aged 15' is told only with the update and is the only child figure "
          "(children_injured 1, rule 6). Kuleba's call with Fidan 'on Tuesday' (phone_call, held). Optional: "
          "Moscow's walking away from the grain deal 'on 17 July' (background, rule 17: agreement, cancelled). Not "
          "coded: 'attacked almost every week' (no count or day, rule 5), the temporary corridor 'announced by "
          "Ukraine in August' (a unilateral route, no event between states), 'nobody was believed to be missing' (no "
          "count), 'asked Ankara to keep pressing' (a demand, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], N0926,
               [{"type": "drone", "model": "Shahed", "launched": cnt(19, "19"), "intercepted": cnt(11, "eleven")},
                {"type": "cruise_missile", "model": "Kalibr", "launched": cnt(2, "two"), "intercepted": cnt(2, "both Kalibrs")}],
               ev("Two people died and nine were hurt when Russian drones and cruise missiles struck the port district of Odesa overnight, Odesa's regional governor, Maksym Marchenko, said on Tuesday morning.",
                  "Marchenko wrote that the enemy sent 19 Shahed drones and two Kalibr missiles towards the region shortly after midnight. Air defence crews destroyed eleven of the drones and both Kalibrs, he said, but the remaining Shaheds got through to the harbour.",
                  "By lunchtime the regional administration had revised its toll. A third body, that of a port security guard, had been pulled from the burnt-out warehouse, and the number of wounded stood at twelve, among them a girl aged 15."),
               killed=cnt(2, "Two people"), injured=cnt(9, "nine"), children_injured=cnt(1, "a girl aged 15"),
               damage=["grain terminal", "passenger terminal building", "four-storey hotel", "flats"],
               reported_by=["Maksym Marchenko"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2023-09-26", "on Tuesday"), "held",
            "Foreign Minister Dmytro Kuleba raised the Odesa strike with Turkey's Hakan Fidan and asked Ankara to press for Russia's return to the grain initiative",
            ev("Foreign Minister Dmytro Kuleba said on Tuesday he had raised the strike in a call with his Turkish counterpart Hakan Fidan, and asked Ankara to keep pressing for the return of Russia to the initiative.")),
        dip("agreement", ["Russia", "Ukraine", "Turkey", "United Nations"], day("2023-07-17", "on 17 July"), "cancelled",
            "Russia walked away from the Black Sea grain deal",
            ev("Since Moscow walked away from the Black Sea grain deal on 17 July, the port cities of Odesa, Chornomorsk and Izmail have been attacked almost every week."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yn02
GOLD["yn02_blackseawire_odesa_terminal"] = dict(
    notes="Wire story (Tuesday 26 September 2023), the same night as yn01: Odesa 'in the early hours of Tuesday' (rule 11: "
          "day 26 September, which the overnight of yn01 spans); the air force's 19 drones and two Kalibrs on 'the Odesa "
          "region', eleven and two shot down, go on Odesa's record (exactly one struck locality named, rule 3; 'a pair' "
          "is two); 'at least two' killed (rule 7), 'nine' injured; the later three and twelve are evidence (rule 6). "
          "Kuleba's call with Fidan 'on Tuesday' (phone_call, held). The Commission's talks with Solskyi 'in Brussels "
          "next week' (talks, planned: firm intent with a place, rule 16; the week of 2-8 October; the EU hosts at its "
          "seat, so no host state, rule 15). Optional: the collapse of the grain arrangement 'in July' (agreement, "
          "cancelled, background), Erdogan's meeting with Putin 'in Sochi on Sept. 4' (talks, held, background, rule 17). "
          "Not coded: the Kremlin's demands (statements, rule 13), Moscow's claim of its own strike (same event, no "
          "figures), the war crimes case (no diplomacy).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")],
               day("2023-09-26", "in the early hours of Tuesday"),
               [{"type": "drone", "launched": cnt(19, "19"), "intercepted": cnt(11, "Eleven drones")},
                {"type": "cruise_missile", "model": "Kalibr", "launched": cnt(2, "a pair"), "intercepted": cnt(2, "the two missiles")}],
               ev("A Russian attack on the southern port of Odesa in the early hours of Tuesday killed at least two people and set a grain terminal ablaze, Ukrainian officials said, in the latest blow to the country's farm exports.",
                  "Ukraine's air force said on Telegram that Russia had launched 19 Iranian-made attack drones and a pair of sea-launched Kalibr cruise missiles at the Odesa region. Eleven drones and the two missiles were shot down, it said. Regional governor Maksym Marchenko put the number of injured at nine.",
                  "Later in the day the toll rose to three killed and twelve wounded, the regional prosecutors said; they opened a war crimes case."),
               killed=cnt(2, "at least two people", "at_least"), injured=cnt(9, "nine"),
               damage=["grain terminal"], reported_by=["Ukrainian Air Force", "Maksym Marchenko"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2023-09-26", "on Tuesday"), "held",
            "Foreign Minister Dmytro Kuleba spoke with Turkey's Hakan Fidan about the attack on Odesa",
            ev("Dmytro Kuleba, the foreign minister, spoke by phone on Tuesday with Turkey's Hakan Fidan about the attack, according to a ministry statement.")),
        dip("talks", ["European Union", "Ukraine"], week("2023-10-02", "2023-10-08", "next week"), "planned",
            "The European Commission to discuss the grain export route with Agriculture Minister Mykola Solskyi in Brussels",
            ev("The European Commission is due to discuss the export route with Ukrainian Agriculture Minister Mykola Solskyi in Brussels next week, a Commission spokesperson said, without giving a date."),
            location=loc("Brussels", None, "Belgium")),
        dip("agreement", ["Russia", "Ukraine", "Turkey", "United Nations"], month("2023-07-01", "2023-07-31", "in July"), "cancelled",
            "The collapse of the UN- and Turkey-brokered grain arrangement",
            ev("Ukraine has been shipping grain through a makeshift route along the western Black Sea coast since the collapse in July of the United Nations and Turkey-brokered arrangement that for a year had guaranteed safe passage to merchant vessels."),
            optional=True),
        dip("talks", ["Turkey", "Russia"], day("2023-09-04", "on Sept. 4"), "held",
            "Erdogan met Putin in Sochi trying to revive the grain deal",
            ev("Turkish President Tayyip Erdogan tried to revive it when he met Vladimir Putin in Sochi on Sept. 4, but the Kremlin repeated its demands over Russian fertiliser and bank payments."),
            location=loc("Sochi", None, "Russia"), optional=True),
    ])

# --------------------------------------------------------------------------- yn03
GOLD["yn03_dniprovisti_rescue_update"] = dict(
    notes="Regional news on a State Emergency Service update (Wednesday 19 April 2023): a Russian missile on a residential "
          "building in Dnipro 'on Tuesday evening' (18 April, rule 11). Counts: the first figures the article gives are "
          "the service's six bodies (one a boy of eleven) and 23 injured, five of them children (rule 6: first in the "
          "text, this is no live blog); Lysak's earlier 'at least two dead and fourteen injured' and 'four dead' are "
          "evidence. The Kh-22 is a `missile` by its model (rule 9); 'the missile' and 'A second Kh-22' are single "
          "weapons told one by one, so no launched figure is coded (rule 9, debatable). Background: the January strike "
          "on the block on Naberezhna Peremohy (a place and a count, rule 5: a required record, 46 killed). Not coded: "
          "the eighteen rescued and the two formerly missing (no toll), rescuers and equipment, the day of mourning.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2023-04-18", "on Tuesday evening"), [{"type": "missile", "model": "Kh-22"}],
               ev("Search and rescue work at the five-storey residential building on Sicheslavska Street, struck by a Russian missile on Tuesday evening, was completed at 14:00 on Wednesday, the State Emergency Service of Ukraine reported.",
                  "In its update the service said that its units had recovered the bodies of six people from under the debris, one of them a boy of eleven. Twenty-three residents were injured, five of them children, and eighteen people were pulled out alive, most of them in the first hours after the strike.",
                  "According to the air force, the missile was a Kh-22 launched from a Tu-22M3 bomber over the Sea of Azov."),
               killed=cnt(6, "six people"), injured=cnt(23, "Twenty-three residents"),
               children_killed=cnt(1, "a boy of eleven"), children_injured=cnt(5, "five of them children"),
               damage=["five-storey residential building"], reported_by=["State Emergency Service of Ukraine", "Serhii Lysak"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               month("2023-01-01", "2023-01-31", "in January"), [{"type": "missile"}],
               ev("The attack came three months after a similar missile brought down a large part of a nine-storey block on Naberezhna Peremohy, killing 46 people in January."),
               killed=cnt(46, "46 people"), damage=["nine-storey block on Naberezhna Peremohy"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yn04
N0919 = night("2023-09-18", "2023-09-19", "in the small hours of Tuesday")
GOLD["yn04_kharkivtoday_night_strike"] = dict(
    notes="City news (Tuesday 19 September 2023): drones and S-300 missiles on Kharkiv 'in the small hours of Tuesday' "
          "(18-19 September: the small hours after a night, coded as the night like an overnight strike, rule 11; the "
          "two districts stay on the city's record, rule 1); 'one man had been killed and four people injured' is the "
          "first figure, the 10:00 and afternoon updates are evidence (rule 6); the 12-year-old boy is told only in the "
          "update and is the only child figure (children_injured 1). Weapons: three S-300 (a `missile` by its model, "
          "rule 9) and 'at least seven' Shahed-136 drones, two downed (rule 7). Kupiansk shelled 'during the day' (its "
          "own record, rule 1; 'A woman of 64' injured). The contact group's meeting at Ramstein Air Base 'on the same "
          "day' (meeting, held; Germany hosts, rule 15). Not coded: 'the villages around it' (no names; on Kupiansk's "
          "record), Umerov taking over from Reznikov (a domestic appointment), Terekhov's hope for air defence (a "
          "stance, rule 13), 'almost daily bombardment' (vague, rule 5). Same events as yn07.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kharkiv", "Kharkiv", "Ukraine")], N0919,
               [{"type": "missile", "model": "S-300", "launched": cnt(3, "three")},
                {"type": "drone", "model": "Shahed-136", "launched": cnt(7, "at least seven", "at_least"), "intercepted": cnt(2, "two")}],
               ev("Russian forces hit Kharkiv with drones and missiles in the small hours of Tuesday, damaging a university building and several warehouses in the Kyivskyi and Shevchenkivskyi districts, the regional and city authorities said.",
                  "At first the regional governor, Oleh Syniehubov, said one man had been killed and four people injured. By 10:00 he had updated the figures: two dead, and eleven wounded, including a 12-year-old boy.",
                  "According to Syniehubov, Russia fired three S-300 missiles and at least seven Shahed-136 drones at the city; air defence units brought down two of the drones on the approaches to Kharkiv."),
               killed=cnt(1, "one man"), injured=cnt(4, "four people"), children_injured=cnt(1, "a 12-year-old boy"),
               damage=["university building", "warehouses", "dormitory"], reported_by=["Oleh Syniehubov", "Ihor Terekhov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kupiansk", "Kharkiv", "Ukraine")],
               day("2023-09-19", "during the day"), [{"type": "artillery"}],
               ev("Elsewhere in the region, Russian artillery shelled Kupiansk and the villages around it during the day. A woman of 64 was wounded there, according to the regional administration."),
               injured=cnt(1, "A woman of 64"), reported_by=["Kharkiv regional administration"]),
    ],
    diplomacy=[
        dip("meeting", ["Ukraine Defense Contact Group", "Ukraine", "Germany"], day("2023-09-19", "on the same day"), "held",
            "Defence chiefs of the countries arming Ukraine met at Ramstein Air Base; Rustem Umerov's first contact group meeting",
            ev("In Germany on the same day, defence chiefs of the countries arming Ukraine were meeting at Ramstein Air Base.",
               "It was the first for Rustem Umerov, who took over the defence ministry from Oleksii Reznikov earlier this month."),
            location=loc("Ramstein Air Base", None, "Germany", "site")),
    ])

# --------------------------------------------------------------------------- yn05
GOLD["yn05_belgorodlenta_shebekino_shelling"] = dict(
    notes="Russian regional news (Saturday 18 February 2023), cross-border shelling told by the Russian governor: Ukraine "
          "shelled Shebekino 'on Saturday morning' (attacker Ukraine, target Russia, rule 4; multiple rocket launchers "
          "are artillery, shelling_artillery, rule 8; 'more than 40 shells' landed are hits, not launches, rule 9); 'a "
          "72-year-old woman' killed, 'two men' wounded first; the teenager of 16 reported in the evening is a later "
          "update (evidence, rule 6), so children_injured stays null. The villages Novaya Tavolzhanka and Murom "
          "'also shelled' (one record with both places, rule 2; 'no casualties': killed 0, injured 0, rule 6). The "
          "defence ministry's four drones intercepted 'over the Belgorod region overnight' (17-18 February): the region's "
          "own record, since the one struck locality named in the region (Shebekino) was hit by another attack in the "
          "morning, not by these drones (rules 3 and 4). Not coded: Peskov's words on talks (a stance, rule 13), "
          "residents leaving (no event).",
    attacks=[
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Shebekino", "Belgorod", "Russia")],
               day("2023-02-18", "on Saturday morning"), [{"type": "artillery"}],
               ev("Ukrainian shelling of the town of Shebekino on Saturday morning killed a 72-year-old woman and wounded two men, Belgorod region governor Vyacheslav Gladkov said.",
                  "According to Gladkov, more than 40 shells from multiple rocket launchers landed on the town between 07:30 and 08:15. A private house burned down, a grocery and a gas pipe were damaged, and power was cut to three streets.",
                  "In the evening he reported a fourth victim: a teenager, 16, who had been treated for a shrapnel wound to the leg at a first-aid post and was sent home."),
               killed=cnt(1, "a 72-year-old woman"), injured=cnt(2, "two men"),
               damage=["private house", "grocery", "gas pipe"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "shelling_artillery",
               [loc("Novaya Tavolzhanka", "Belgorod", "Russia"), loc("Murom", "Belgorod", "Russia")],
               day("2023-02-18", "during the day"), [{"type": "artillery"}],
               ev("The border villages of Novaya Tavolzhanka and Murom were also shelled during the day, Gladkov said, with damage to several houses and a power line but no casualties."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["several houses", "power line"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod", "Russia", "region")],
               night("2023-02-17", "2023-02-18", "overnight"),
               [{"type": "drone", "intercepted": cnt(4, "four")}],
               ev("Separately, Russia's Ministry of Defence said air defence systems had intercepted four Ukrainian drones over the Belgorod region overnight."),
               reported_by=["Russian Ministry of Defence"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yn06
GOLD["yn06_zaporizhinform_grossi_plant"] = dict(
    notes="Regional news (Thursday 15 June 2023): Grossi's visit to the Zaporizhzhia nuclear power plant 'on Thursday' "
          "(visit, held: the visit itself is the event, rule 14; participants the IAEA and Ukraine, whose plant it is; "
          "Russia, which holds the plant and escorted him, is not listed: debatable, rule 15); his talks in Kyiv 'On "
          "Tuesday' with Zelensky and Kuleba (talks, held, 13 June); the IAEA Board of Governors 'due to meet in Vienna in "
          "September' (meeting, planned, rule 16; the IAEA's seat, no host state, rule 15). Attacks: four Shahed drones "
          "on the city of Zaporizhzhia 'overnight' (14-15 June; three downed; 'A 38-year-old night watchman' is the first "
          "figure, the woman cut by glass a later update, rule 6); artillery on Stepnohirsk and Mala Tokmachka 'On "
          "Wednesday' (one record with both places, rule 2; 'a man of 58' killed). Optional: the demilitarisation "
          "proposal 'put to both sides since last year' (proposed, undated background, rule 17). Not coded: the dam's "
          "destruction on 6 June (no attacker or weapon told), 'The visit had been put off by a day' (the visit was "
          "held), Rosatom's words, the IAEA's warnings (statements, rule 13), 'shelling around the facility' (vague).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               night("2023-06-14", "2023-06-15", "overnight"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(4, "four"), "intercepted": cnt(3, "three")}],
               ev("Russian forces launched four Shahed drones at the regional centre overnight, governor Yurii Malashko said; three were downed, and the fourth struck an industrial building in the Komunarskyi district.",
                  "A 38-year-old night watchman was wounded.",
                  "Malashko later said a second person, a woman living next door, had been cut by glass."),
               injured=cnt(1, "A 38-year-old night watchman"), damage=["industrial building"], reported_by=["Yurii Malashko"]),
        attack("Russia", "Ukraine", "shelling_artillery",
               [loc("Stepnohirsk", "Zaporizhzhia", "Ukraine"), loc("Mala Tokmachka", "Zaporizhzhia", "Ukraine")],
               day("2023-06-14", "On Wednesday"), [{"type": "artillery"}],
               ev("On Wednesday, in the south of the region, artillery fire on Stepnohirsk and Mala Tokmachka killed a man of 58, the regional administration said."),
               killed=cnt(1, "a man of 58"), reported_by=["Zaporizhzhia regional administration"]),
    ],
    diplomacy=[
        dip("visit", ["IAEA", "Ukraine"], day("2023-06-15", "on Thursday"), "held",
            "IAEA Director General Rafael Grossi visited the Zaporizhzhia nuclear power plant, crossing the front line near Vasylivka",
            ev("Rafael Grossi, director general of the International Atomic Energy Agency, reached the Zaporizhzhia nuclear power station, which Russian troops seized in March 2022, on Thursday, his third trip there since the agency set up a permanent mission at the site last September."),
            location=loc("Zaporizhzhia nuclear power station", "Zaporizhzhia", "Ukraine", "site")),
        dip("talks", ["IAEA", "Ukraine"], day("2023-06-13", "On Tuesday"), "held",
            "Grossi's talks in Kyiv with President Zelensky and Foreign Minister Kuleba on the plant and its demilitarisation",
            ev("On Tuesday Grossi held talks in Kyiv with Volodymyr Zelensky and with Dmytro Kuleba, the foreign minister."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("meeting", ["IAEA"], month("2023-09-01", "2023-09-30", "in September"), "planned",
            "The IAEA Board of Governors to meet in Vienna; Grossi to report his findings",
            ev("Grossi is expected to report on his findings to the IAEA Board of Governors, which is due to meet in Vienna in September."),
            location=loc("Vienna", None, "Austria")),
        dip("proposal", ["IAEA", "Ukraine", "Russia"], None, "proposed",
            "Grossi's proposal to demilitarise the plant, put to both sides since 2022",
            ev("Zelensky's office said they discussed the situation at the plant and the need to demilitarise it, a proposal the IAEA chief has put to both sides since last year without result."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yn07
N0919d = night("2023-09-18", "2023-09-19", "between dusk and dawn")
GOLD["yn07_ukrinformdesk_day_in_war"] = dict(
    notes="Day-in-the-war digest (Tuesday 19 September 2023), a list of items. Attacks: the night's 24 Shahed-136/131 "
          "drones and three S-300 missiles (country record: the drones downed over three regions, rule 3; 'None of the "
          "missiles was intercepted' is intercepted 0, rule 6); Kharkiv (two killed, eleven injured, 'a boy of 12': "
          "children_injured 1; kind and date taken from the night item just before, which tells the same wave, rule 8); "
          "Kherson's Dniprovskyi district shelled in the morning ('a man aged 70' killed, four wounded; the district "
          "stays on the city, rule 1); Bilopillia and Krasnopillia under mortar and artillery fire (one record with two "
          "places, rule 2; 'One person' wounded; the 41 explosions are hits, not launches, rule 9). Diplomacy: the "
          "contact group's 15th session at Ramstein Air Base (meeting, held; the US chairs, Germany hosts, rule 15); "
          "Denmark's package and Canada's financing of pilot training (military_aid, held: decisions announced, rule "
          "16); the Security Council meeting 'On Wednesday' (meeting, planned, New York); Zelensky 'due in Washington' "
          "'on Thursday' to meet Biden (talks: a trip told by its purpose of meeting, rule 14; planned, rule 16). "
          "Optional: Kyiv's WTO complaint against Poland, Hungary and Slovakia ('would file', no date: kind other, "
          "planned). Not coded: the General Assembly address and Svyrydenko's openness (statement and stance, rule 13), "
          "Prokudin's 87 attacks across the region and the General Staff's 37 clashes (front-wide tallies, rule 5). "
          "Same events as yn04 (Kharkiv, the Ramstein meeting).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0919d,
               [{"type": "drone", "model": "Shahed-136/131", "launched": cnt(24, "24"), "intercepted": cnt(17, "17 drones")},
                {"type": "missile", "model": "S-300", "launched": cnt(3, "three"),
                 "intercepted": cnt(0, "None of the missiles was intercepted")}],
               ev("**Night attack.** Russia sent 24 Shahed-136/131 drones and three S-300 missiles between dusk and dawn, the Air Force reported.",
                  "It said air defence crews downed 17 drones above the Kharkiv, Poltava and Dnipropetrovsk regions. None of the missiles was intercepted."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kharkiv", "Kharkiv", "Ukraine")], N0919d,
               [{"type": "drone"}, {"type": "missile"}],
               ev("**Kharkiv.** Two people were killed and eleven injured in the city, where a university building and warehouses were hit, Oleh Syniehubov reported. Among the wounded is a boy of 12."),
               killed=cnt(2, "Two people"), injured=cnt(11, "eleven"), children_injured=cnt(1, "a boy of 12"),
               damage=["university building", "warehouses"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2023-09-19", "Morning"), [{"type": "artillery"}],
               ev("**Kherson.** Morning shelling hit the Dniprovskyi district of the city and killed a man aged 70; four people were wounded, regional governor Oleksandr Prokudin said."),
               killed=cnt(1, "a man aged 70"), injured=cnt(4, "four people"), reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "shelling_artillery",
               [loc("Bilopillia", "Sumy", "Ukraine"), loc("Krasnopillia", "Sumy", "Ukraine")],
               day("2023-09-19", "throughout the day"), [{"type": "artillery"}],
               ev("**Sumy region.** Border communities of Bilopillia and Krasnopillia came under mortar and artillery fire throughout the day; the regional military administration counted 41 explosions. One person was wounded."),
               injured=cnt(1, "One person"), reported_by=["Sumy regional military administration"]),
    ],
    diplomacy=[
        dip("meeting", ["Ukraine Defense Contact Group", "United States", "Ukraine", "Germany"], day("2023-09-19", "Tuesday, 19 September"), "held",
            "The 15th session of the Ukraine Defense Contact Group at Ramstein Air Base, chaired by Lloyd Austin, Umerov's first",
            ev("**Ramstein.** Allies of the Ukraine Defense Contact Group held their 15th session at Ramstein Air Base in Germany, chaired by U.S. Defense Secretary Lloyd Austin. Defence Minister Rustem Umerov took part for the first time."),
            location=loc("Ramstein Air Base", None, "Germany", "site")),
        dip("military_aid", ["Denmark", "Ukraine"], day("2023-09-19", "Tuesday, 19 September"), "held",
            "Denmark's new military aid package worth 5.8 billion kroner, including air defence ammunition",
            ev("Denmark announced a new military aid package worth 5.8 billion kroner, including air defence ammunition, and Canada said it would finance the training of Ukrainian F-16 pilots.")),
        dip("military_aid", ["Canada", "Ukraine"], day("2023-09-19", "Tuesday, 19 September"), "held",
            "Canada to finance the training of Ukrainian F-16 pilots",
            ev("Denmark announced a new military aid package worth 5.8 billion kroner, including air defence ammunition, and Canada said it would finance the training of Ukrainian F-16 pilots.")),
        dip("meeting", ["UN Security Council", "Ukraine"], day("2023-09-20", "On Wednesday"), "planned",
            "A UN Security Council meeting on Ukraine at which Zelensky is to speak",
            ev("On Wednesday he is to speak at a Security Council meeting on Ukraine, and on Thursday he is due in Washington to meet President Joe Biden and members of Congress."),
            location=loc("New York", None, "United States")),
        dip("talks", ["Ukraine", "United States"], day("2023-09-21", "on Thursday"), "planned",
            "Zelensky to meet President Joe Biden and members of Congress in Washington",
            ev("On Wednesday he is to speak at a Security Council meeting on Ukraine, and on Thursday he is due in Washington to meet President Joe Biden and members of Congress."),
            location=loc("Washington", None, "United States")),
        dip("other", ["Ukraine", "Poland", "Hungary", "Slovakia", "World Trade Organization"], None, "planned",
            "Kyiv to file a WTO complaint over the Polish, Hungarian and Slovak bans on Ukrainian grain imports",
            ev("**Grain.** The dispute with Poland, Hungary and Slovakia over their bans on Ukrainian grain imports continued; Kyiv said it would file a complaint with the World Trade Organization."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yn08
GRAIN = ["Ukraine", "Russia", "Turkey", "United Nations"]
GOLD["yn08_southernreview_grain_explainer"] = dict(
    notes="Explainer (Thursday 20 July 2023) on the Black Sea Grain Initiative. News of the week: Russia's refusal 'on "
          "Monday' to extend it (agreement, cancelled: rejected, rule 16; 17 July); the night after the expiry, 6 Kalibr "
          "missiles and 21 Shahed drones on 'the Odesa region' (no locality named: a region record, rule 3; 17-18 July; "
          "all the Kalibrs and 15 drones shot down); the 'heavier barrage a night later' on Chornomorsk (18-19 July; no "
          "weapon named: kind other, rule 8; place and damage make it a record, rule 5); Putin 'expected to visit Turkey "
          "in August' (visit, planned: attributed intent with a place and a month, rule 16); Guterres's 'new proposal' "
          "sent to Moscow (proposed, rule 13). Background, optional (rule 17): the signing in Istanbul 'on 22 July 2022' "
          "(agreement, held; Turkey and the UN party and host); Moscow's pull-out 'In late October 2022' (agreement, "
          "stalled: paused, rule 16); the roll-overs 'in November', 'in March' and 'again in May' (agreements, held); "
          "Kyiv's letter to the IMO (other, held, undated). The drone attack on the Black Sea Fleet in Sevastopol (late "
          "October 2022) has a place, so it is a required background record (rule 5; attacker Ukraine by rule 12, "
          "target Russia for Crimea). Not coded: the Joint Coordination Centre (an institution), the tonnage, the "
          "parallel memorandum (no event told), Erdoğan's intent to 'raise the issue' (part of the planned visit), "
          "Zelensky's readiness (a stance, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine", "region")],
               night("2023-07-17", "2023-07-18", "On the night after the deal expired"),
               [{"type": "cruise_missile", "model": "Kalibr", "launched": cnt(6, "6"), "intercepted": cnt(6, "all the Kalibrs")},
                {"type": "drone", "model": "Shahed", "launched": cnt(21, "21"), "intercepted": cnt(15, "15")}],
               ev("On the night after the deal expired, Russia fired 6 Kalibr missiles and 21 Shahed drones at the Odesa region; air defence shot down all the Kalibrs and 15 of the drones.")),
        attack("Russia", "Ukraine", "other", [loc("Chornomorsk", "Odesa", "Ukraine")],
               night("2023-07-18", "2023-07-19", "a night later"), [],
               ev("A heavier barrage followed a night later, destroying port infrastructure and 60,000 tonnes of grain in Chornomorsk, the agriculture ministry said."),
               damage=["port infrastructure", "60,000 tonnes of grain"], reported_by=["Ukrainian agriculture ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Sevastopol", None, "Russia")],
               month("2022-10-01", "2022-10-31", "In late October 2022"), [{"type": "drone"}],
               ev("In late October 2022 Moscow pulled out for several days, citing a drone attack on its Black Sea Fleet in Sevastopol; it rejoined after Turkish mediation."),
               damage=["Black Sea Fleet"]),
    ],
    diplomacy=[
        dip("agreement", GRAIN, day("2023-07-17", "on Monday"), "cancelled",
            "Russia refused to extend the Black Sea Grain Initiative",
            ev("Russia's refusal on Monday to extend the Black Sea Grain Initiative has ended, at least for now, the only agreement the two warring sides had managed to reach since the invasion.")),
        dip("visit", ["Russia", "Turkey"], month("2023-08-01", "2023-08-31", "in August"), "planned",
            "Putin expected to visit Turkey; Erdoğan to raise the grain deal with him",
            ev("Erdoğan says he will raise the issue with Vladimir Putin, who is expected to visit Turkey in August.")),
        dip("proposal", ["United Nations", "Russia"], None, "proposed",
            "Guterres sent Moscow a new proposal on the grain deal",
            ev("The UN says Guterres has sent a new proposal to Moscow.")),
        dip("agreement", GRAIN, day("2022-07-22", "on 22 July 2022"), "held",
            "The Black Sea Grain Initiative signed in Istanbul in two parallel documents, at the Dolmabahçe Palace",
            ev("The deal was signed in Istanbul on 22 July 2022 in two parallel documents: Ukraine signed one with Turkey and the United Nations, Russia the other."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("agreement", GRAIN, month("2022-10-01", "2022-10-31", "In late October 2022"), "stalled",
            "Moscow suspended its part in the grain deal for several days, rejoining after Turkish mediation",
            ev("In late October 2022 Moscow pulled out for several days, citing a drone attack on its Black Sea Fleet in Sevastopol; it rejoined after Turkish mediation."),
            optional=True),
        dip("agreement", GRAIN, month("2022-11-01", "2022-11-30", "in November"), "held",
            "The grain deal rolled over for 120 days",
            ev("The deal was then rolled over for 120 days in November and, after a quarrel over its length, for 60 days in March and again in May."),
            optional=True),
        dip("agreement", GRAIN, month("2023-03-01", "2023-03-31", "in March"), "held",
            "The grain deal extended for 60 days",
            ev("The deal was then rolled over for 120 days in November and, after a quarrel over its length, for 60 days in March and again in May."),
            optional=True),
        dip("agreement", GRAIN, month("2023-05-01", "2023-05-31", "in May"), "held",
            "The grain deal extended again for 60 days",
            ev("The deal was then rolled over for 120 days in November and, after a quarrel over its length, for 60 days in March and again in May."),
            optional=True),
        dip("other", ["Ukraine", "International Maritime Organization"], None, "held",
            "Kyiv wrote to the IMO asking for a humanitarian shipping route",
            ev("Kyiv has written to the IMO asking for a humanitarian shipping route, and President Zelensky has said Ukraine is ready to keep exporting without Russia."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yn09
GOLD["yn09_bosphorusagency_istanbul_round"] = dict(
    notes="Wire story (Tuesday 29 March 2022): the Russian-Ukrainian talks in Istanbul 'on Tuesday' (talks, held; "
          "Turkey hosts, rule 15: Erdoğan greeted the delegations at the Dolmabahçe office); Kyiv's written plan of "
          "neutrality for guarantees (proposed, rule 13: a plan tabled). Kharkiv shelled by artillery and Grad rockets "
          "'over the past 24 hours' (28-29 March; 'At least three civilians' killed, seven wounded; 'four dead' by "
          "evening is evidence, rule 6; '48 times' are hits, rule 9; the neighbourhoods stay on the city, rule 1). "
          "Optional: Kuleba's meeting with Lavrov 'in Antalya on 10 March' (talks, held, Turkey hosts; background, rule "
          "17); the delegations 'due to continue their work in an online format' (talks, planned, no date or place). "
          "Not coded: a meeting of the presidents 'could take place once a treaty was ready' (conditional, a stance, "
          "rule 13), Çavuşoğlu 'ready to host' the next round (a stance, rule 13), the guarantor list (content of the "
          "proposal), Medinsky's verdict and Kuleba's red lines (statements).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2022-03-28", "2022-03-29", "over the past 24 hours"), [{"type": "artillery", "model": "Grad"}],
               ev("The regional governor Oleh Syniehubov said Russian artillery and Grad rockets had hit the city 48 times over the past 24 hours.",
                  "At least three civilians were killed in the Saltivka and Piatykhatky neighbourhoods and seven wounded, he said; by evening the regional prosecutor's office was speaking of four dead."),
               killed=cnt(3, "At least three civilians", "at_least"), injured=cnt(7, "seven"),
               reported_by=["Oleh Syniehubov"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2022-03-29", "on Tuesday"), "held",
            "Russian and Ukrainian delegations (Medinsky, Arakhamia) met face to face at the Dolmabahçe office, greeted by Erdoğan",
            ev("ISTANBUL - Russian and Ukrainian negotiators met face to face in Istanbul on Tuesday for the first time in more than two weeks, and Kyiv put forward a written plan under which Ukraine would accept a neutral status in exchange for security guarantees from a group of states.",
               "The talks, held at the Dolmabahçe presidential office on the Bosphorus, lasted about three hours."),
            location=loc("Istanbul", None, "Turkey")),
        dip("proposal", ["Ukraine", "Russia"], day("2022-03-29", "on Tuesday"), "proposed",
            "Ukraine's written plan: neutral status in exchange for security guarantees from guarantor states",
            ev("ISTANBUL - Russian and Ukrainian negotiators met face to face in Istanbul on Tuesday for the first time in more than two weeks, and Kyiv put forward a written plan under which Ukraine would accept a neutral status in exchange for security guarantees from a group of states."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2022-03-10", "on 10 March"), "held",
            "Kuleba met Lavrov in Antalya without result",
            ev("Foreign Minister Dmytro Kuleba, who met his Russian counterpart Sergei Lavrov in Antalya on 10 March without result, said Ukraine would not trade \"people, land or sovereignty\"."),
            location=loc("Antalya", None, "Turkey"), optional=True),
        dip("talks", ["Ukraine", "Russia"], None, "planned",
            "The delegations to continue their work online",
            ev("The delegations are due to continue their work in an online format, Arakhamia said, while Turkish Foreign Minister Mevlüt Çavuşoğlu said Ankara was ready to host the next face-to-face round as well."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yn10
N0204 = night("2023-02-03", "2023-02-04", "On Friday night and Saturday morning")
GOLD["yn10_sumyregionnews_exchange_shelling"] = dict(
    notes="Regional news (Saturday 4 February 2023): the exchange of 116 Ukrainians for 63 Russians 'on Saturday' "
          "(prisoner_exchange, held; the UAE brokered it and is a participant, rule 15); the EU and G7 price caps on "
          "Russian refined products 'on Sunday' (sanctions, planned, 5 February; Russia as target, rule 15). Attacks: "
          "Russian shelling of the Esman, Seredyna-Buda and Velyka Pysarivka communities 'On Friday night and Saturday "
          "morning' (3-4 February): Esman ('a man of 53' killed) and Velyka Pysarivka ('two women' injured, damage) "
          "each carry their own details and get their own records (rule 1; mortars, tube artillery and Grad are one "
          "family, shelling_artillery); Seredyna-Buda, named with nothing of its own, is a record too but optional "
          "(rules 1 and 2 read either way). The drone on a checkpoint near Seredyna-Buda 'On Thursday' (2 February; "
          "'a border guard' injured; 'a Russian drone' gets no launched figure, rule 9). Optional (background, rule 17): "
          "the EU-Ukraine summit in Kyiv 'a day after' reading back to Friday 3 February (summit, held), the crude oil "
          "cap 'in force since December' (sanctions, held). Not coded: the 47th swap as a count of earlier ones, the "
          "thanks to the Emirates (statement), the advice to residents.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Esman", "Sumy", "Ukraine")], N0204,
               [{"type": "artillery"}],
               ev("On Friday night and Saturday morning Russian troops shelled the Esman, Seredyna-Buda and Velyka Pysarivka communities, governor Dmytro Zhyvytskyi reported.",
                  "In Esman a man of 53 was killed by a mortar shell; two women were injured in Velyka Pysarivka, and a farm building and three houses were damaged."),
               killed=cnt(1, "a man of 53"), reported_by=["Dmytro Zhyvytskyi"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Velyka Pysarivka", "Sumy", "Ukraine")], N0204,
               [{"type": "artillery"}],
               ev("On Friday night and Saturday morning Russian troops shelled the Esman, Seredyna-Buda and Velyka Pysarivka communities, governor Dmytro Zhyvytskyi reported.",
                  "In Esman a man of 53 was killed by a mortar shell; two women were injured in Velyka Pysarivka, and a farm building and three houses were damaged."),
               injured=cnt(2, "two women"), damage=["farm building", "three houses"], reported_by=["Dmytro Zhyvytskyi"]),
        dict(attack("Russia", "Ukraine", "shelling_artillery", [loc("Seredyna-Buda", "Sumy", "Ukraine")], N0204,
                    [{"type": "artillery"}],
                    ev("On Friday night and Saturday morning Russian troops shelled the Esman, Seredyna-Buda and Velyka Pysarivka communities, governor Dmytro Zhyvytskyi reported."),
                    reported_by=["Dmytro Zhyvytskyi"]), optional=True),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Seredyna-Buda", "Sumy", "Ukraine")],
               day("2023-02-02", "On Thursday"), [{"type": "drone"}],
               ev("On Thursday a border checkpoint near Seredyna-Buda was bombed by a Russian drone, which wounded a border guard, the State Border Guard Service said."),
               injured=cnt(1, "a border guard"), damage=["border checkpoint"], reported_by=["State Border Guard Service"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2023-02-04", "on Saturday"), "held",
            "116 Ukrainian servicemen exchanged for 63 Russian soldiers, brokered by the United Arab Emirates",
            ev("One hundred and sixteen Ukrainian servicemen returned home on Saturday in a new exchange of prisoners, Andriy Yermak, who heads Zelensky's office, announced.",
               "Russia received 63 of its soldiers in return, its defence ministry confirmed, crediting the United Arab Emirates with brokering the deal.")),
        dip("sanctions", ["European Union", "G7", "Russia"], day("2023-02-05", "on Sunday"), "planned",
            "EU and G7 price caps on Russian diesel and other refined products",
            ev("The EU and the G7 are also due to impose price caps on Russian diesel and other refined products on Sunday, in addition to the cap on crude oil in force since December.")),
        dip("summit", ["European Union", "Ukraine"], day("2023-02-03", "a day after"), "held",
            "EU-Ukraine summit in Kyiv: von der Leyen and Michel met Zelensky",
            ev("The swap came a day after the EU-Ukraine summit in Kyiv, where Ursula von der Leyen and Charles Michel met President Volodymyr Zelensky."),
            location=loc("Kyiv", None, "Ukraine"), optional=True),
        dip("sanctions", ["European Union", "G7", "Russia"], month("2022-12-01", "2022-12-31", "since December"), "held",
            "The price cap on Russian crude oil, in force since December",
            ev("The EU and the G7 are also due to impose price caps on Russian diesel and other refined products on Sunday, in addition to the cap on crude oil in force since December."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yn11
GOLD["yn11_capitalchronicle_sunak_kyiv"] = dict(
    notes="Newspaper (Saturday 19 November 2022): Sunak's visit to Kyiv 'on Saturday' (visit, held; his meeting with "
          "Zelensky is part of it, rule 14); the £50 million air defence package (military_aid, held, announced during "
          "the visit, rule 16); the 'grain from Ukraine' launch summit 'in Kyiv next Saturday' (summit, planned, 26 "
          "November); the renewal of the Black Sea Grain Initiative for 120 days, announced 'on Thursday' (agreement, "
          "held, 17 November: 'two days after'); Cleverly's visit to Kyiv 'on Wednesday' (visit, held, 16 November). "
          "Attacks: artillery on Kherson 'on Saturday' (two killed, five wounded; the districts stay on the city, rule "
          "1); the strike on the heating plant 'Earlier in the week' (its own record: another day, rule 1; a place and "
          "damage, rule 5; no weapon: kind other, rule 8; the week from Monday 14 November, rule 11). Optional: Sunak's "
          "call with Zelensky 'on 26 October' (phone_call, held, background, rule 17); the £3 million for the World Food "
          "Programme (military_aid: the kind names any aid, rule 14; the recipient is the WFP). Not coded: the flowers "
          "and the square (part of the visit), Zelensky's words, 'promised that British support would continue' (a "
          "pledge), Johnson and Truss (no event), Moscow's silence.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2022-11-19", "on Saturday"), [{"type": "artillery"}],
               ev("Artillery shells hit the city centre and the Korabelnyi district on Saturday, killing two people and wounding five others, the regional military administration said later in the day."),
               killed=cnt(2, "two people"), injured=cnt(5, "five others"), reported_by=["Kherson regional military administration"]),
        attack("Russia", "Ukraine", "other", [loc("Kherson", "Kherson", "Ukraine")],
               week("2022-11-14", "2022-11-19", "Earlier in the week"), [],
               ev("Earlier in the week a strike on the city's main heating plant left most homes without heat."),
               damage=["main heating plant"]),
    ],
    diplomacy=[
        dip("visit", ["United Kingdom", "Ukraine"], day("2022-11-19", "on Saturday"), "held",
            "Prime Minister Rishi Sunak's first visit to Kyiv, meeting President Zelensky",
            ev("Rishi Sunak arrived in Kyiv on Saturday on his first trip to Ukraine as prime minister, a post he took up last month, and announced a £50 million package of air defence for the country."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["United Kingdom", "Ukraine"], day("2022-11-19", "on Saturday"), "held",
            "A £50 million air defence package: 125 anti-aircraft guns, anti-drone equipment and dozens of radars",
            ev("Rishi Sunak arrived in Kyiv on Saturday on his first trip to Ukraine as prime minister, a post he took up last month, and announced a £50 million package of air defence for the country.",
               "It comprises 125 anti-aircraft guns, anti-drone equipment aimed at the Iranian-made Shaheds, as well as dozens of radars, Downing Street said.")),
        dip("summit", ["Ukraine"], day("2022-11-26", "next Saturday"), "planned",
            "The launch summit of the 'grain from Ukraine' humanitarian programme in Kyiv",
            ev("He said they had discussed defence, energy and the \"grain from Ukraine\" humanitarian programme, whose launch summit is set to take place in Kyiv next Saturday."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("agreement", ["Ukraine", "Russia", "Turkey", "United Nations"], day("2022-11-17", "on Thursday"), "held",
            "The Black Sea Grain Initiative renewed for a further 120 days, announced by Turkey",
            ev("The visit came two days after the Black Sea Grain Initiative was renewed for a further 120 days, an outcome Ukraine and the United Nations had pressed for and which Turkey announced on Thursday.")),
        dip("visit", ["United Kingdom", "Ukraine"], day("2022-11-16", "on Wednesday"), "held",
            "Foreign Secretary James Cleverly visited Kyiv",
            ev("Foreign Secretary James Cleverly visited Kyiv on Wednesday, when he announced an extra £3 million for the World Food Programme."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("phone_call", ["United Kingdom", "Ukraine"], day("2022-10-26", "on 26 October"), "held",
            "Sunak's first phone call with Zelensky, a day after taking office",
            ev("Sunak had first spoken with Zelensky by phone on 26 October, a day after taking office, and promised that British support would continue."),
            optional=True),
        dip("military_aid", ["United Kingdom", "World Food Programme"], day("2022-11-16", "on Wednesday"), "held",
            "An extra £3 million for the World Food Programme, announced by Cleverly",
            ev("Foreign Secretary James Cleverly visited Kyiv on Wednesday, when he announced an extra £3 million for the World Food Programme."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yn12
GOLD["yn12_slobozhanskyinfo_metro_classrooms"] = dict(
    notes="Control (Monday 4 September 2023): Kharkiv pupils in metro classrooms. Nothing is coded: the classrooms, the "
          "waiting list, the underground school 'designed to withstand the blast of a heavy bomb' (no attack), "
          "'since February 2022' (no event), donations by local businesses and the city budget (no state or "
          "organisation giving aid), the inspection 'in October' (a domestic body's work), online teaching near the "
          "border (no attack told).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("odesa-2023-09-26", "Russian drones and Kalibr missiles on Odesa's port, night of 25-26 September 2023 (regional news and a wire)",
     [("yn01_pivdenpost_odesa_port_night", "attack", 0), ("yn02_blackseawire_odesa_terminal", "attack", 0)]),
    ("kuleba-fidan-2023-09-26", "Kuleba's phone call with Turkey's Fidan, 26 September 2023",
     [("yn01_pivdenpost_odesa_port_night", "diplomacy", 0), ("yn02_blackseawire_odesa_terminal", "diplomacy", 0)]),
    ("grain-deal-end-2023-07-17", "Russia ends the Black Sea Grain Initiative, 17 July 2023",
     [("yn01_pivdenpost_odesa_port_night", "diplomacy", 1), ("yn02_blackseawire_odesa_terminal", "diplomacy", 2),
      ("yn08_southernreview_grain_explainer", "diplomacy", 0)]),
    ("kharkiv-2023-09-19", "Russian drones and S-300 missiles on Kharkiv, night of 18-19 September 2023 (city news and a digest)",
     [("yn04_kharkivtoday_night_strike", "attack", 0), ("yn07_ukrinformdesk_day_in_war", "attack", 1)]),
    ("ramstein-2023-09-19", "The Ukraine Defense Contact Group at Ramstein Air Base, 19 September 2023",
     [("yn04_kharkivtoday_night_strike", "diplomacy", 0), ("yn07_ukrinformdesk_day_in_war", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev39 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV39 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV39, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
