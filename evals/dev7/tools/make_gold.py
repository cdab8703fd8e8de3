"""Write evals/dev7/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers (evals/dev/tools/make_gold.py's) come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV7 = ROOT / "evals" / "dev7"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- m01
N1010 = night("2026-10-09", "2026-10-10", "overnight")
M01_LEAD = ("At least six people have been killed in Kyiv after Russia launched one of its biggest combined drone "
            "and missile attacks on Ukraine overnight, officials say.")
GOLD["m01_bbc_kyiv_barrage_rescue"] = dict(
    notes="British-broadcaster online story (Saturday 10 October): the night's nationwide barrage (country record: "
          "523 drones / 481 down; '41 missiles' and '29 missiles' down as a combined figure of type other, with 33 "
          "cruise and 8 ballistic as their own entries); Kyiv ('At least six' killed in the lead, later nine: "
          "evidence only; 34 injured, four children); a drone on Ternopil (two hurt; no date words of its own: the "
          "lead's night); a ballistic missile on Mykolaiv 'on Tuesday' told as background (count and place: its own "
          "record); 17 drones destroyed over the Bryansk region (Ukraine's attack, region record); the Zelensky-Starmer "
          "call 'Later on Saturday'. Optional: substations hit in the Kyiv, Chernihiv and Poltava regions (an "
          "aggregate of the same night, weapon not said). Not coded: Moscow's claim (the same barrage), September's "
          "drone tally (a month, not an event), the Kremlin's 'no meeting was being prepared' (no event), appeals.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1010,
               [{"type": "drone", "launched": cnt(523, "523"), "intercepted": cnt(481, "481")},
                {"type": "cruise_missile", "launched": cnt(33, "33")},
                {"type": "ballistic_missile", "launched": cnt(8, "eight")},
                {"type": "other", "model": "missiles", "launched": cnt(41, "41"), "intercepted": cnt(29, "29")}],
               ev(M01_LEAD,
                  "According to Ukraine's air force, Russia fired 523 drones and 41 missiles - 33 of them cruise missiles and eight ballistic - at targets across the country.",
                  "Air defences brought down 481 drones and 29 missiles, it said."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N1010,
               [{"type": "drone"}, {"type": "missile"}],
               ev(M01_LEAD,
                  "Rescuers were still searching the rubble of a partly collapsed five-storey block in the Darnytskyi district on Saturday afternoon, and by the evening the city's military administration said the number of dead had risen to nine.",
                  "Among the 34 people injured were four children, according to the head of the administration, Tymur Tkachenko."),
               killed=cnt(6, "At least six people", "at_least"), injured=cnt(34, "34 people"),
               children_injured=cnt(4, "four children"), damage=["five-storey block"], reported_by=["Tymur Tkachenko"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Ternopil", "Ternopil", "Ukraine")], N1010,
               [{"type": "drone"}],
               ev("In the western city of Ternopil, a drone hit an industrial site and started a fire that took firefighters several hours to put out.",
                  "Two people were hurt, the regional governor, Vyacheslav Nehoda, said."),
               injured=cnt(2, "Two people"), damage=["industrial site"], reported_by=["Vyacheslav Nehoda"]),
        opt(attack("Russia", "Ukraine", "other",
                   [loc("Kyiv", "Kyiv Oblast", "Ukraine", "region"), loc("Chernihiv", "Chernihiv", "Ukraine", "region"),
                    loc("Poltava", "Poltava", "Ukraine", "region")], N1010, [],
                   ev("The energy ministry said electricity had been cut in parts of the Kyiv, Chernihiv and Poltava regions after strikes on substations."),
                   damage=["substations"], reported_by=["energy ministry"])),
        attack("Russia", "Ukraine", "missile_strike", [loc("Mykolaiv", "Mykolaiv", "Ukraine")],
               day("2026-10-06", "on Tuesday"), [{"type": "ballistic_missile"}],
               ev("The attack came days after a ballistic missile struck a shopping centre in the southern city of Mykolaiv on Tuesday, killing five people."),
               killed=cnt(5, "five people"), damage=["shopping centre"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk", "Russia", "region")],
               night("2026-10-09", "2026-10-10", "during the night"),
               [{"type": "drone", "intercepted": cnt(17, "17")}],
               ev("Inside Russia, Alexander Bogomaz, who governs Russia's Bryansk region, said 17 Ukrainian drones had been destroyed over his region during the night.",
                  "No one was reported hurt."),
               reported_by=["Alexander Bogomaz"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "United Kingdom"], day("2026-10-10", "Later on Saturday"), "held",
            "Zelensky and Prime Minister Keir Starmer spoke by phone; Starmer promised extra help for air defences",
            ev("Later on Saturday, he spoke by phone with UK Prime Minister Sir Keir Starmer, who promised extra help for Ukraine's air defences, according to Downing Street.")),
    ])

# --------------------------------------------------------------------------- m02
GOLD["m02_nyt_zaporizhzhia_glide_bombs"] = dict(
    notes="US-paper story (Wednesday 23 September): guided bombs on Zaporizhzhia 'on Tuesday afternoon' (3 killed, "
          "21 wounded, a 7-year-old girl; no number of bombs given); a guided bomb on Kramatorsk 'late on Tuesday' "
          "(5 injured); the night's country figures (146 drones, 119 down); Sybiha-Sikorski talks in Warsaw 'on "
          "Monday'. Not coded: August's glide-bomb tally (a month), Rubio's 'not ruled out' sanctions and Peskov's "
          "'open to a political settlement' (statements, not events), the school moving online.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-09-22", "on Tuesday afternoon"), [{"type": "glide_bomb"}],
               ev("ZAPORIZHZHIA, Ukraine - Russian warplanes struck a residential neighborhood on the eastern edge of Zaporizhzhia with guided bombs on Tuesday afternoon, killing three people and wounding 21 others, Ukrainian officials said.",
                  "A 7-year-old girl was among the wounded, he said."),
               killed=cnt(3, "three people"), injured=cnt(21, "21 others"),
               children_injured=cnt(1, "A 7-year-old girl"),
               damage=["residential neighborhood", "furniture factory"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kramatorsk", "Donetsk", "Ukraine")],
               day("2026-09-22", "late on Tuesday"), [{"type": "glide_bomb"}],
               ev("Farther east, in Kramatorsk, a guided bomb slammed into the courtyard of an apartment building late on Tuesday, injuring five people, the city's mayor, Oleksandr Honcharenko, said on Wednesday."),
               injured=cnt(5, "five people"), damage=["apartment building"], reported_by=["Oleksandr Honcharenko"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-09-22", "2026-09-23", "Overnight"),
               [{"type": "drone", "launched": cnt(146, "146"), "intercepted": cnt(119, "119")}],
               ev("Overnight, Russia sent 146 attack drones across Ukraine, the Ukrainian Air Force said, adding that 119 of them had been shot down or jammed."),
               reported_by=["Ukrainian Air Force"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Poland"], day("2026-09-21", "on Monday"), "held",
            "Foreign ministers Andrii Sybiha and Radoslaw Sikorski held talks in Warsaw on the power grid",
            ev("Ukraine's foreign minister, Andrii Sybiha, held talks in Warsaw on Monday with his Polish counterpart, Radoslaw Sikorski, on securing Ukraine's power grid for the winter, the Ukrainian Foreign Ministry said."),
            location=loc("Warsaw", None, "Poland")),
    ])

# --------------------------------------------------------------------------- m03
N1108 = night("2026-11-07", "2026-11-08", "overnight")
M03_MOD = ("MOSCOW, November 8. /RusWire/. On-duty air defense systems intercepted and destroyed 93 Ukrainian "
           "aircraft-type unmanned aerial vehicles over nine Russian regions overnight, the Russian Defense Ministry "
           "reported on its Telegram channel on Sunday.")
M03_SHARE = ("According to the ministry, 38 UAVs were downed over the Bryansk Region, 21 over the Ryazan Region and the "
             "remainder over the Kaluga, Oryol, Tula, Smolensk, Lipetsk and Kursk Regions and the Moscow Region.")
GOLD["m03_tass_mod_ryazan_kamenka"] = dict(
    notes="Russian state agency story (Sunday 8 November), Russia as target: the ministry's 93 drones downed over "
          "nine regions overnight (country record Russia, attacker Ukraine); debris on an industrial enterprise in "
          "Ryazan (no casualties; the lead's night); a drone on a house in Razumnoye 'on Sunday morning' ('A woman' "
          "wounded); the Russian-installed governor's report of Ukrainian shelling of Kamenka-Dneprovskaya, an "
          "occupied town of Ukraine's Zaporizhzhia region, 'on Saturday evening' (attacker Ukraine, target country "
          "Ukraine: the town is in Ukraine; 2 wounded); Lavrov-Fidan talks in Moscow 'on November 12' (planned); "
          "Lavrov's call with the Saudi minister 'On Saturday'. Optional: the Bryansk (38) and Ryazan (21) region "
          "shares; the ministry's week of 'six group strikes' on Ukraine (no place; a count of strikes, not of "
          "weapons). Not coded: airport restrictions, Peskov's openness to negotiations, Saudi good offices (no "
          "event).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1108,
               [{"type": "drone", "intercepted": cnt(93, "93")}],
               ev(M03_MOD), reported_by=["Russian Defense Ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk", "Russia", "region")], N1108,
                   [{"type": "drone", "intercepted": cnt(38, "38")}], ev(M03_SHARE),
                   reported_by=["Russian Defense Ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Ryazan", "Ryazan", "Russia", "region")], N1108,
                   [{"type": "drone", "intercepted": cnt(21, "21")}], ev(M03_SHARE),
                   reported_by=["Russian Defense Ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Ryazan", "Ryazan", "Russia")], N1108,
               [{"type": "drone"}],
               ev("Ryazan Region Governor Pavel Malkov wrote on his Telegram channel that fragments of a shot-down UAV had landed on the grounds of an industrial enterprise in Ryazan, sparking a fire.",
                  "\"There were no casualties,\" the governor said, adding that emergency services were working at the scene."),
               damage=["industrial enterprise"], reported_by=["Pavel Malkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Razumnoye", "Belgorod", "Russia")],
               day("2026-11-08", "on Sunday morning"), [{"type": "drone"}],
               ev("Belgorod Region Head Vyacheslav Gladkov reported that a Ukrainian UAV had attacked a private house in the village of Razumnoye on Sunday morning.",
                  "A woman sustained shrapnel wounds and was taken to hospital, he said."),
               injured=cnt(1, "A woman"), damage=["private house"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Ukraine", "shelling_artillery", [loc("Kamenka-Dneprovskaya", "Zaporizhzhia", "Ukraine")],
               day("2026-11-07", "on Saturday evening"), [{"type": "artillery"}],
               ev("In the Zaporozhye Region, Governor Yevgeny Balitsky reported that the Ukrainian armed forces had shelled the town of Kamenka-Dneprovskaya on Saturday evening.",
                  "Two civilians were wounded and a power line was damaged, he said, adding that repair crews had restored electricity to most consumers by morning."),
               injured=cnt(2, "Two civilians"), damage=["power line"], reported_by=["Yevgeny Balitsky"]),
        opt(attack("Russia", "Ukraine", "other", [UA], week("2026-11-01", "2026-11-08", "over the past week"),
                   [{"type": "other", "model": "high-precision weapons"}, {"type": "drone"}],
                   ev("Earlier, the Defense Ministry reported that over the past week Russian forces had carried out six group strikes with high-precision weapons and attack drones against facilities of Ukraine's military-industrial complex and energy infrastructure used in the interests of the Ukrainian army."),
                   reported_by=["Russian Defense Ministry"])),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Turkey"], day("2026-11-12", "on November 12"), "planned",
            "Lavrov will hold talks with Turkish Foreign Minister Hakan Fidan in Moscow",
            ev("Meanwhile, Russian Foreign Minister Sergey Lavrov will hold talks with his Turkish counterpart Hakan Fidan in Moscow on November 12, Foreign Ministry Spokeswoman Maria Zakharova said at a briefing."),
            location=loc("Moscow", None, "Russia")),
        dip("phone_call", ["Russia", "Saudi Arabia"], day("2026-11-07", "On Saturday"), "held",
            "Lavrov's telephone conversation with Saudi Foreign Minister Prince Faisal bin Farhan",
            ev("On Saturday, Lavrov had a telephone conversation with Saudi Foreign Minister Prince Faisal bin Farhan Al Saud.")),
    ])

# --------------------------------------------------------------------------- m04
N1021 = night("2026-10-20", "2026-10-21", "overnight")
M04_LEAD = ("ODESA, October 21 (UkrNews) - Russian invaders attacked port infrastructure in the Odesa region with "
            "drones and missiles overnight, killing one person and injuring three others.")
GOLD["m04_ukrinform_chornomorsk_port_rail"] = dict(
    notes="Ukrainian state agency story (Wednesday 21 October): drones and missiles on Chornomorsk's port overnight "
          "(the lead names the region, the quote the town; 'one person' killed, 'three others' injured in the lead); "
          "drone debris on a building in Odesa (nobody hurt); the air force's night figures (128 Shahed-type, 104 "
          "down; three Iskander-M; two Kalibr, both down); a drone on a locomotive in Synelnykove 'on Tuesday "
          "evening' (the driver injured); a ballistic missile on a ship in Chornomorsk 'on October 14' (background "
          "with place and date: its own record); the Sybiha-Fidan call 'on Tuesday'; Sybiha's visit to Ankara 'next "
          "week' (planned). Not coded: the year's tally of damaged vessels, September cargo figures.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Chornomorsk", "Odesa", "Ukraine")], N1021,
               [{"type": "drone"}, {"type": "missile"}],
               ev(M04_LEAD,
                  "\"The enemy once again targeted the port infrastructure of Chornomorsk. A 46-year-old port employee was killed. Three more people were injured, they are receiving the necessary medical care,\" Kiper wrote."),
               killed=cnt(1, "one person"), injured=cnt(3, "three others"),
               damage=["warehouses", "port equipment", "grain terminal", "trucks"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")], N1021,
               [{"type": "drone"}],
               ev("In Odesa, debris from a downed drone damaged the roof of a high-rise building in the Kyivskyi district.",
                  "No one was injured."),
               damage=["high-rise building"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-10-20", "2026-10-21", "on the night of October 21"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(128, "128"), "intercepted": cnt(104, "104")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(3, "three")},
                {"type": "cruise_missile", "model": "Kalibr", "launched": cnt(2, "two"), "intercepted": cnt(2, "two")}],
               ev("According to Ukraine's Air Force, on the night of October 21 the enemy attacked with 128 Shahed-type strike UAVs, three Iskander-M ballistic missiles and two Kalibr cruise missiles.",
                  "Air defense forces neutralized 104 drones and two cruise missiles."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Synelnykove", "Dnipropetrovsk", "Ukraine")],
               day("2026-10-20", "on Tuesday evening"), [{"type": "drone"}],
               ev("In addition, on Tuesday evening a Russian drone hit a locomotive at the railway station in Synelnykove, Dnipropetrovsk region.",
                  "Ukrzaliznytsia said the train driver was injured and was taken to hospital in moderate condition."),
               injured=cnt(1, "the train driver"), damage=["locomotive"], reported_by=["Ukrzaliznytsia"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Chornomorsk", "Odesa", "Ukraine")],
               day("2026-10-14", "on October 14"), [{"type": "ballistic_missile"}],
               ev("The port of Chornomorsk was also hit on October 14, when a ballistic missile damaged a civilian vessel flying the flag of Panama."),
               damage=["civilian vessel"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-10-20", "on Tuesday"), "held",
            "Sybiha and Turkish Foreign Minister Hakan Fidan spoke by phone on Black Sea navigation and a prisoner exchange",
            ev("Meanwhile, Minister of Foreign Affairs of Ukraine Andrii Sybiha had a phone conversation with Turkish Foreign Minister Hakan Fidan on Tuesday.")),
        dip("visit", ["Ukraine", "Turkey"], week("2026-10-26", "2026-11-01", "next week"), "planned",
            "Sybiha's visit to Ankara",
            ev("He also said that he would pay a visit to Ankara next week."),
            location=loc("Ankara", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- m05
GOLD["m05_upravda_dnipro_toll_rises"] = dict(
    notes="Ukrainian online paper's 'Source / Quote / Details / Background' story (Saturday 14 November): an "
          "Iskander-M ballistic missile on a Dnipro apartment block 'on the evening of 13 November' (the lead's "
          "figure, 12 killed with two children, is the first figure the article gives; 'Initially ... four' and the "
          "rescue updates are evidence only; 43 injured); Shahed drones on Kryvyi Rih 'Overnight on 14 November' "
          "(nobody hurt); a background drone attack on Dnipro 'On 9 November' (7 injured: count and place, its own "
          "record); the Zelensky-Nawrocki call 'on Saturday'. Optional: the spring missile on Dnipro's industrial "
          "district (place, no date or count). Not coded: the October tally for the oblast (a month), Kallas's "
          "condemnation, the day of mourning.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-13", "on the evening of 13 November"),
               [{"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("The number of people killed by a Russian ballistic missile that hit a residential building in Dnipro on the evening of 13 November has risen to 12, including two children.",
                  "According to the State Emergency Service, 43 people were injured, 17 of whom remain in hospital, three in a serious condition.",
                  "Lysak said the strike was carried out with an Iskander-M missile launched from the Rostov region of Russia."),
               killed=cnt(12, "12"), children_killed=cnt(2, "two children"), injured=cnt(43, "43 people"),
               damage=["residential building", "flats", "pharmacy"], reported_by=["Serhii Lysak", "State Emergency Service"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               night("2026-11-13", "2026-11-14", "Overnight on 14 November"), [{"type": "drone", "model": "Shahed"}],
               ev("More details: Overnight on 14 November, Russian forces also attacked Kryvyi Rih with Shahed drones, damaging a petrol station and two private houses.",
                  "No one was hurt, said Oleksandr Vilkul, who heads the city's military administration."),
               damage=["petrol station", "private houses"], reported_by=["Oleksandr Vilkul"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-09", "On 9 November"), [{"type": "drone"}],
               ev("- On 9 November, a Russian drone attack on Dnipro injured seven people and damaged a school."),
               injured=cnt(7, "seven people"), damage=["school"]),
        opt(attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")], None,
                   [{"type": "missile"}],
                   ev("- The last attack on Dnipro with comparable casualties took place in the spring, when a missile hit the city's industrial district."),
                   damage=["industrial district"])),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Poland"], day("2026-11-14", "on Saturday"), "held",
            "Zelensky discussed the Dnipro strike with Polish President Karol Nawrocki by phone",
            ev("President Volodymyr Zelensky said he had discussed the strike on Dnipro with Polish President Karol Nawrocki in a phone call on Saturday.")),
    ])

# --------------------------------------------------------------------------- m06
GOLD["m06_rferl_istanbul_exchange"] = dict(
    notes="US-funded broadcaster's story (Friday 2 October): the 185-for-185 exchange 'on October 2' mediated by the "
          "UAE (the mediator is a participant); the Istanbul talks 'on Wednesday' (30 September; opened by the Turkish "
          "foreign minister, so Turkey is a participant); the next round 'in Istanbul in November' (planned); "
          "Moldova summoning the Russian ambassador 'on Thursday'. Optional: the repatriation of bodies 'on October 1' "
          "(an exchange of remains, a separate day), Russia's memorandum handed over at the talks (a proposal, no "
          "date words of its own). Not coded: the drone that crashed in a Moldovan field (nothing hit, nobody hurt), "
          "readiness for a leaders' meeting, the analyst's view.",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine", "United Arab Emirates"], day("2026-10-02", "on October 2"), "held",
            "Russia and Ukraine each released 185 prisoners of war in a UAE-mediated exchange",
            ev("Russia and Ukraine each released 185 prisoners of war on October 2 in an exchange mediated by the United Arab Emirates, two days after their delegations met in Istanbul for the first direct talks in almost three months.")),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-10-01", "on October 1"), "held",
                "Exchange of soldiers' remains: 1,000 bodies returned to Ukraine, 24 to Russia",
                ev("A day earlier, on October 1, the two sides swapped the remains of soldiers: Kyiv got back 1,000 bodies and returned 24 to Moscow, Kyiv's prisoner-of-war coordination office said."))),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2026-09-30", "on Wednesday"), "held",
            "Direct Russia-Ukraine talks in Istanbul led by Umerov and Medinsky, opened by Hakan Fidan",
            ev("The talks in Istanbul on Wednesday, held at a palace on the Bosporus and opened by Turkish Foreign Minister Hakan Fidan, lasted less than two hours.",
               "The Ukrainian delegation was led by Rustem Umerov, secretary of the National Security and Defense Council; the Russian side by presidential aide Vladimir Medinsky."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["Russia", "Ukraine"], month("2026-11-01", "2026-11-30", "in November"), "planned",
            "The delegations agreed to meet again in Istanbul",
            ev("The delegations agreed to meet again in Istanbul in November, Umerov told reporters."),
            location=loc("Istanbul", None, "Turkey")),
        opt(dip("proposal", ["Russia"], None, "proposed",
                "Medinsky's memorandum setting out Russia's conditions",
                ev("Medinsky said Moscow had handed over a memorandum setting out its conditions, which Kyiv has repeatedly described as unacceptable."))),
        dip("diplomatic_protest", ["Moldova", "Russia"], day("2026-10-01", "on Thursday"), "held",
            "Moldova summoned the Russian ambassador Oleg Ozerov over a drone crash",
            ev("Separately, Moldova's Foreign Ministry on Thursday summoned the Russian ambassador, Oleg Ozerov, after a drone crashed in a field near the northern village of Ocnita.")),
    ])

# --------------------------------------------------------------------------- m07
GOLD["m07_euronews_sanctions_blocked"] = dict(
    notes="European broadcaster's story (Thursday 19 November): Slovakia blocking the EU's 22nd sanctions package at "
          "the ambassadors' meeting 'on Wednesday' (sanctions, stalled; the meeting at which it happened is the same "
          "event); the foreign ministers' meeting 'on 15 December' (planned); Britain's sanctions on 20 tankers 'on "
          "Tuesday' (held); Russian drones on Kharkiv overnight (11 injured). Optional: the Commission's proposal 'in "
          "late October' (background), the ambassadors' retry 'on Friday', Slovakia's June hold-up of the 18th "
          "package (background). Not coded: Fico's and Kallas's statements, Ukraine's appeal, Hungary's 'would not "
          "stand in the way', frozen assets.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2026-11-18", "2026-11-19", "overnight"), [{"type": "drone"}],
               ev("The standoff in Brussels came as Russian drones hit Kharkiv overnight, injuring 11 people, Mayor Ihor Terekhov said.",
                  "They hit a residential area in the city's Shevchenkivskyi district and damaged a clinic, he wrote on Telegram."),
               injured=cnt(11, "11 people"), damage=["residential area", "clinic"], reported_by=["Ihor Terekhov"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-11-18", "on Wednesday"), "stalled",
            "Slovakia blocked the EU's 22nd sanctions package at a meeting of ambassadors",
            ev("Slovakia has blocked the European Union's 22nd package of sanctions against Russia, leaving the bloc's ambassadors without a deal after a tense meeting in Brussels on Wednesday."),
            location=loc("Brussels", None, "Belgium")),
        opt(dip("sanctions", ["European Union", "Russia"], month("2026-10-01", "2026-10-31", "in late October"), "proposed",
                "The European Commission proposed the 22nd package",
                ev("The package, which the European Commission put forward in late October, would add around 120 vessels of Moscow's ageing \"shadow fleet\" to a port-access ban, cut another seven Russian banks off from the SWIFT messaging system and restrict exports of machine tools to Russia and Belarus."))),
        opt(dip("meeting", ["European Union"], day("2026-11-20", "on Friday"), "planned",
                "EU ambassadors will try again to agree the package",
                ev("Ambassadors will try again on Friday, and foreign ministers are due to discuss the package when they meet in Brussels on 15 December."))),
        dip("meeting", ["European Union"], day("2026-12-15", "on 15 December"), "planned",
            "EU foreign ministers' meeting in Brussels to discuss the package",
            ev("Ambassadors will try again on Friday, and foreign ministers are due to discuss the package when they meet in Brussels on 15 December."),
            location=loc("Brussels", None, "Belgium")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-11-17", "on Tuesday"), "held",
            "Britain sanctioned 20 tankers and two Dubai-based shipping companies",
            ev("The United Kingdom, which is not bound by EU decisions, went ahead on Tuesday with its own measures, sanctioning 20 tankers and two Dubai-based shipping companies it accuses of carrying Russian crude above the price cap.")),
        opt(dip("sanctions", ["European Union", "Russia"], month("2026-06-01", "2026-06-30", "In June"), "stalled",
                "Slovakia held up the 18th package for several weeks",
                ev("In June, Slovakia held up the 18th sanctions package for several weeks before dropping its objections in exchange for assurances on gas prices."))),
    ])

# --------------------------------------------------------------------------- m08
GOLD["m08_dw_bundestag_aid_pistorius"] = dict(
    notes="German broadcaster's story (Thursday 26 November): the Bundestag's approval of the 2027 budget with "
          "EUR 11.5 billion of military support 'on Wednesday' (aid approved by a parliament: military_aid, held); "
          "Pistorius's unannounced visit to Kyiv, arriving 'via Poland on Thursday morning' (visit, held) and his "
          "talks with Shmyhal there (talks, held; the visit's day); drones and missiles on the Kyiv region overnight "
          "(region record, energy infrastructure); the Ukraine Defense Contact Group 'on 10 December' in Brussels "
          "(planned). Optional: two IRIS-T systems delivered 'in recent weeks' (no date). Not coded: Merz's budget "
          "speech and Taurus refusal, cumulative aid, polls.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv Oblast", "Ukraine", "region")],
               night("2026-11-25", "2026-11-26", "overnight"), [{"type": "drone"}, {"type": "missile"}],
               ev("The visit came just hours after Russia attacked the Kyiv region overnight with drones and missiles, damaging energy infrastructure and cutting heating to tens of thousands of homes, according to Ukraine's grid operator Ukrenergo."),
               damage=["energy infrastructure"], reported_by=["Ukrenergo"]),
    ],
    diplomacy=[
        dip("military_aid", ["Germany", "Ukraine"], day("2026-11-25", "on Wednesday"), "held",
            "The Bundestag approved the 2027 budget including EUR 11.5 billion in military support for Ukraine",
            ev("Germany's parliament on Wednesday approved the federal budget for 2027, including €11.5 billion in military support for Ukraine, the largest amount any European country has set aside for Kyiv for next year.")),
        dip("visit", ["Germany", "Ukraine"], day("2026-11-26", "on Thursday morning"), "held",
            "Defence Minister Boris Pistorius's unannounced visit to Kyiv, by train via Poland",
            ev("Hours after the vote, German Defense Minister Boris Pistorius travelled to Kyiv on a visit that had not been announced in advance.",
               "He arrived by overnight train via Poland on Thursday morning, as German ministers have done since Russia's all-out invasion began."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("talks", ["Germany", "Ukraine"], day("2026-11-26", "on Thursday morning"), "held",
            "Pistorius and Denys Shmyhal held talks in Kyiv on air defence and joint production",
            ev("In Kyiv, Pistorius held talks with his Ukrainian counterpart, Denys Shmyhal, on air defense and joint weapons production."),
            location=loc("Kyiv", None, "Ukraine")),
        opt(dip("military_aid", ["Germany", "Ukraine"], None, "held",
                "Two more IRIS-T air defence systems delivered to Ukraine",
                ev("He told reporters that two more IRIS-T air defense systems had reached Ukraine in recent weeks and that a further system would follow before the end of the year."))),
        dip("meeting", ["Ukraine Defense Contact Group"], day("2026-12-10", "on 10 December"), "planned",
            "Meeting of the Ukraine Defense Contact Group at NATO headquarters",
            ev("Members of the Ukraine Defense Contact Group, the coalition of about 50 countries that coordinates military aid to Kyiv, are due to meet at NATO headquarters in Brussels on 10 December."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- m09
N0929 = night("2026-09-28", "2026-09-29", "overnight")
GOLD["m09_bloomberg_riyadh_primorsk"] = dict(
    notes="Financial-wire story (Tuesday 29 September): the Witkoff-Dmitriev talks in Riyadh 'on Monday' (held; "
          "'met' in the lead, 'The talks' in the next sentence); the Trump-Putin summit 'penciled in for mid-October' "
          "that 'has been postponed with no new date' (summit, stalled, dated to the month it was meant for); "
          "Ukrainian drones on the Primorsk oil port overnight (nobody injured); the Russian ministry's 61 drones "
          "downed overnight (country record Russia). Not coded: the Commission's draft LNG proposal (not yet "
          "presented), Ukraine's 'not informed' statement, prices and the refining-capacity estimate, the regions "
          "named without figures (the same country record).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Primorsk", "Leningrad", "Russia")], N0929,
               [{"type": "drone"}],
               ev("US special envoy Steve Witkoff and Kremlin investment envoy Kirill Dmitriev met in Riyadh on Monday, the latest attempt by Washington to revive a stalled peace process, while Ukrainian drones set a fuel terminal ablaze at one of Russia's main Baltic oil-export ports.",
                  "Brent crude futures climbed as much as 2.1% to $71.40 a barrel in London after Alexander Drozdenko, governor of the Leningrad region, said drones had attacked the port of Primorsk overnight, causing a fire at a tank farm.",
                  "Nobody was injured and the fire was contained by morning, he said on Telegram."),
               damage=["fuel terminal", "tank farm"], reported_by=["Alexander Drozdenko"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0929,
               [{"type": "drone", "intercepted": cnt(61, "61")}],
               ev("Russia's Defense Ministry said air defenses had shot down 61 Ukrainian drones overnight, including over the Leningrad, Novgorod and Pskov regions."),
               reported_by=["Russia's Defense Ministry"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Russia"], day("2026-09-28", "on Monday"), "held",
            "US envoy Steve Witkoff and Kremlin envoy Kirill Dmitriev met in Riyadh",
            ev("US special envoy Steve Witkoff and Kremlin investment envoy Kirill Dmitriev met in Riyadh on Monday, the latest attempt by Washington to revive a stalled peace process, while Ukrainian drones set a fuel terminal ablaze at one of Russia's main Baltic oil-export ports.",
               "The talks at a government guesthouse in the Saudi capital lasted about five hours, according to people familiar with the matter, who asked not to be identified discussing private conversations."),
            location=loc("Riyadh", None, "Saudi Arabia")),
        dip("summit", ["United States", "Russia"], month("2026-10-01", "2026-10-31", "mid-October"), "stalled",
            "The Trump-Putin summit planned for mid-October was postponed with no new date",
            ev("A summit between Donald Trump and Vladimir Putin that officials had penciled in for mid-October has been postponed with no new date, two of the people said.")),
    ])

# --------------------------------------------------------------------------- m10
M10_LEAD = ("BRUSSELS - National security advisers from the United States, Ukraine, the United Kingdom, France and "
            "Germany met in Geneva on Sunday to go through a new Ukrainian peace framework, in what one European "
            "official described as \"the most serious conversation about an endgame we have had in a year.\"")
GOLD["m10_politico_geneva_summit_cancelled"] = dict(
    notes="Brussels policy outlet's story (Tuesday 3 November), no attack: five states' national security advisers "
          "'met in Geneva on Sunday' (talks, held); Ukraine's revised 19-point plan presented there (proposal); the "
          "EU-Ukraine summit 'due to take place in Kyiv on 12 November' that was 'called off' (cancelled); the "
          "coalition of the willing's video conference 'on Thursday' (planned). Optional: Orban's offer of Budapest "
          "as a venue (an offer other capitals dismissed); the European leaders' meeting 'on 18 December' (in a "
          "'What to watch' clause). Not coded: Macron's 'did not rule out', Tusk's appeal, Peskov's 'seen reports', "
          "the blocked accession talks (no event).",
    attacks=[],
    diplomacy=[
        dip("talks", ["United States", "Ukraine", "United Kingdom", "France", "Germany"], day("2026-11-01", "on Sunday"),
            "held", "National security advisers of five states met in Geneva on a Ukrainian peace framework",
            ev(M10_LEAD), location=loc("Geneva", None, "Switzerland")),
        dip("proposal", ["Ukraine"], day("2026-11-01", "on Sunday"), "proposed",
            "Ukraine's delegation led by Rustem Umerov presented a revised 19-point peace plan",
            ev(M10_LEAD,
               "The Ukrainian delegation, led by Rustem Umerov, presented a revised 19-point plan that would freeze the front line, create a demilitarized zone monitored by international observers and leave the question of occupied territory to future negotiations, according to two people briefed on the meeting."),
            location=loc("Geneva", None, "Switzerland")),
        dip("summit", ["European Union", "Ukraine"], day("2026-11-12", "on 12 November"), "cancelled",
            "The EU-Ukraine summit in Kyiv was called off over security concerns",
            ev("The talks came as Brussels quietly scrapped the EU-Ukraine summit that had been due to take place in Kyiv on 12 November.",
               "Two EU diplomats told Brussels Dispatch the gathering had been called off because of security concerns, after a week of heavy Russian strikes on the Ukrainian capital."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("meeting", ["coalition of the willing"], day("2026-11-05", "on Thursday"), "planned",
            "Video conference of the coalition of the willing's leaders",
            ev("Heads of government in the coalition of the willing, about 30 countries led by France and the U.K. that are preparing to support Ukraine after any cease-fire, will hold a video conference on Thursday, an Elysee official said.")),
        opt(dip("proposal", ["Hungary"], None, "proposed",
                "Orban offered Budapest as a venue for a European channel to Moscow",
                ev("Hungarian Prime Minister Viktor Orban said Europe should open its own channel to Moscow and offered Budapest as a venue, an offer several capitals privately dismissed."))),
        opt(dip("summit", ["European Union"], day("2026-12-18", "on 18 December"), "planned",
                "European leaders' meeting in Brussels",
                ev("What to watch: whether the Geneva framework survives contact with Moscow, and whether Washington presents it to the Kremlin before European leaders meet in Brussels on 18 December."),
                location=loc("Brussels", None, "Belgium"))),
    ])

# --------------------------------------------------------------------------- m11
N1015 = night("2026-10-14", "2026-10-15", "overnight")
GOLD["m11_moscowtimes_saratov_horlivka"] = dict(
    notes="Independent Russian outlet's English story (Thursday 15 October), Russia as target: drones on the Saratov "
          "refinery overnight (2 injured); drone debris on homes in Engels (the same night, its own city); the "
          "ministry's 74 drones over nine regions (country record Russia); the Moscow-installed Donetsk head's claim "
          "of a Ukrainian drone on a minibus in occupied Horlivka 'on Wednesday' (attacker Ukraine, target country "
          "Ukraine: the city is in Ukraine; the driver killed, four wounded); Putin-Prabowo talks in the Kremlin 'on "
          "Wednesday'. Optional: the Saratov region's share (22); the refinery's previous hit 'in August' "
          "(background with a place, no weapon said). Not coded: the General Staff's confirmation (the same event), "
          "fuel prices, airport closures, statements on negotiations.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov", "Russia")], N1015,
               [{"type": "drone"}],
               ev("Ukrainian drones hit a refinery in the Volga River city of Saratov overnight, injuring two people and setting off a large fire, regional Governor Roman Busargin said Thursday."),
               injured=cnt(2, "two people"), damage=["refinery"], reported_by=["Roman Busargin"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Engels", "Saratov", "Russia")], N1015,
               [{"type": "drone"}],
               ev("Debris from downed drones also fell on Engels, across the river, damaging the roofs of several private homes, the governor said."),
               damage=["private homes"], reported_by=["Roman Busargin"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1015,
               [{"type": "drone", "intercepted": cnt(74, "74")}],
               ev("The Defense Ministry said air defense units had downed 74 Ukrainian drones over nine regions overnight, including 22 over the Saratov region."),
               reported_by=["Defense Ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov", "Russia", "region")], N1015,
                   [{"type": "drone", "intercepted": cnt(22, "22")}],
                   ev("The Defense Ministry said air defense units had downed 74 Ukrainian drones over nine regions overnight, including 22 over the Saratov region."),
                   reported_by=["Defense Ministry"])),
        opt(attack("Ukraine", "Russia", "other", [loc("Saratov", "Saratov", "Russia")],
                   month("2026-08-01", "2026-08-31", "in August"), [],
                   ev("It was last hit in August, when a fire burned for nearly two days."), damage=["refinery"])),
        attack("Ukraine", "Ukraine", "air_drone_strike", [loc("Horlivka", "Donetsk", "Ukraine")],
               day("2026-10-14", "on Wednesday"), [{"type": "drone"}],
               ev("Also on Wednesday, the Moscow-installed head of the annexed Donetsk region, Denis Pushilin, accused Ukraine of hitting a minibus with a drone in Horlivka, killing the driver and wounding four passengers."),
               killed=cnt(1, "the driver"), injured=cnt(4, "four passengers"), damage=["minibus"],
               reported_by=["Denis Pushilin"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Indonesia"], day("2026-10-14", "on Wednesday"), "held",
            "Putin held talks in the Kremlin with Indonesian President Prabowo Subianto",
            ev("In Moscow, President Vladimir Putin held talks in the Kremlin on Wednesday with Indonesian President Prabowo Subianto, who was on his second visit to Russia this year."),
            location=loc("Moscow", None, "Russia")),
    ])

# --------------------------------------------------------------------------- m12
GOLD["m12_meduza_belgorod_abu_dhabi"] = dict(
    notes="Exiled Russian outlet's English story (Sunday 22 November) with 'What this means' / 'Why it matters' "
          "sections: Ukrainian missiles on Belgorod 'on Saturday evening' (2 killed, 9 injured; the ministry's eight "
          "ATACMS intercepted 'fired at the city' stay on the city record); a drone on a car near Tyotkino, Kursk "
          "region, 'on Saturday' (two men injured); the Moscow-appointed Kherson governor's claim of Ukrainian "
          "artillery on occupied Oleshky 'on Saturday' (attacker Ukraine, target country Ukraine; a woman killed); "
          "Russian, Ukrainian and US military officials' talks in Abu Dhabi 'on Friday'. Optional: the 2025 energy "
          "truce that collapsed (background, no date). Not coded: 'did not rule out a new round', October's drone "
          "and death tally for the region (a month), 'at least five explosions' (not a launch count). "
          "Corrected (ruling of 2 December 2026, rule 9): ATACMS is a `ballistic_missile` (was `missile`).",
    attacks=[
        attack("Ukraine", "Russia", "missile_strike", [loc("Belgorod", "Belgorod", "Russia")],
               day("2026-11-21", "on Saturday evening"),
               [{"type": "ballistic_missile", "model": "ATACMS", "intercepted": cnt(8, "eight")}],
               ev("Ukrainian missiles hit Belgorod on Saturday evening, killing two people and injuring nine, regional governor Vyacheslav Gladkov reported.",
                  "According to Gladkov, the strike damaged a thermal power plant and several apartment buildings, and parts of the city were left without heating and water overnight.",
                  "The Russian Defense Ministry said it had intercepted eight U.S.-made ATACMS missiles fired at the city but did not comment on the damage in the city."),
               killed=cnt(2, "two people"), injured=cnt(9, "nine"),
               damage=["thermal power plant", "apartment buildings"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Tyotkino", "Kursk", "Russia")],
               day("2026-11-21", "on Saturday"), [{"type": "drone"}],
               ev("Elsewhere in the border area, Kursk region acting governor Alexander Khinshtein said a car had been hit by a Ukrainian drone near the village of Tyotkino on Saturday, injuring two men."),
               injured=cnt(2, "two men"), damage=["car"], reported_by=["Alexander Khinshtein"]),
        attack("Ukraine", "Ukraine", "shelling_artillery", [loc("Oleshky", "Kherson", "Ukraine")],
               day("2026-11-21", "on Saturday"), [{"type": "artillery"}],
               ev("In the part of the Kherson region under Russian control, Moscow-appointed governor Vladimir Saldo said Ukrainian artillery had shelled Oleshky on Saturday, killing a 63-year-old woman."),
               killed=cnt(1, "a 63-year-old woman"), reported_by=["Vladimir Saldo"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "United States"], day("2026-11-20", "on Friday"), "held",
            "Russian, Ukrainian and American military officials held talks in Abu Dhabi on halting energy strikes",
            ev("The attacks came a day after Russian, Ukrainian and American military officials met in Abu Dhabi for talks on a possible halt to strikes on energy infrastructure.",
               "Dmitry Peskov, the Kremlin's spokesman, confirmed that the meeting on Friday had taken place but declined to reveal details, saying only that the talks had been \"businesslike.\""),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
        opt(dip("agreement", ["United States", "Russia", "Ukraine"], None, "cancelled",
                "The US-brokered energy truce of spring 2025 collapsed within weeks",
                ev("The previous attempt at an energy truce, brokered by Washington in the spring of 2025, collapsed within weeks, with both sides accusing each other of violations."))),
    ])

# --------------------------------------------------------------------------- m13, m14: no record
GOLD["m13_data_refugees_temporary_protection"] = dict(
    notes="Data story (Tuesday 27 October), war-adjacent, no record: refugee numbers by country, employment rates, "
          "national benefit rules, survey results, the end date of temporary protection. No attack, no diplomatic "
          "event (national policies are not diplomacy).",
    attacks=[], diplomacy=[])
GOLD["m14_business_antwerp_dock_strike"] = dict(
    notes="Business story (Thursday 17 September), no war content, no record: a dockworkers' strike, 'a frontal "
          "attack on people', rates and shares that 'shot up', a marketing campaign that 'bombed', a general strike "
          "in March.",
    attacks=[], diplomacy=[])

# --------------------------------------------------------------------------- m15
N1129 = night("2026-11-28", "2026-11-29", "overnight")
M15_SUN = ("- Russia attacks Ukraine overnight with 58 drones and six ballistic missiles (Iskander-M), the air force "
           "says; 44 drones are shot down. Damage is reported in the Chernihiv and Zhytomyr regions.")
GOLD["m15_timeline_week_nov23_29"] = dict(
    notes="Weekly timeline, one bold day header per day, present-tense bullets (Sunday 29 November; new format): "
          "drones on Sumy 'Overnight' under Monday 23 November (the night of 22-23; 2 killed, 5 injured); "
          "Zelensky-Nawrocki talks in Warsaw (Tuesday); drones on the Novokuibyshevsk refinery 'Before dawn' "
          "(Wednesday; attacker Ukraine, by the General Staff's confirmation; nobody injured); Norway's NOK 5 billion "
          "package (Thursday; military_aid); artillery on Kherson (Friday; a 71-year-old man killed); the Trump-Putin "
          "call (Saturday); the Sunday night's figures (58 drones, 44 down; six Iskander-M) and damage in the "
          "Chernihiv and Zhytomyr regions (an aggregate record of the same wave); NATO foreign ministers in Brussels "
          "'on 2-3 December' (planned). Each event's date is its day header (the words given). Optional: EU foreign "
          "ministers 'expected to return' to the package 'on 15 December'. Not coded: Peskov's 'studying' (no "
          "event), November's running tally and the week's death count.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")],
               night("2026-11-22", "2026-11-23", "Monday, 23 November"), [{"type": "drone"}],
               ev("- Overnight, Russian drones hit Sumy, killing two people and injuring five, according to regional head Oleh Hryhorov.",
                  "A dormitory and a bakery were damaged."),
               killed=cnt(2, "two people"), injured=cnt(5, "five"), damage=["dormitory", "bakery"],
               reported_by=["Oleh Hryhorov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novokuibyshevsk", "Samara", "Russia")],
               day("2026-11-25", "Wednesday, 25 November"), [{"type": "drone"}],
               ev("- Before dawn, drones strike the Novokuibyshevsk refinery in Russia's Samara region.",
                  "Governor Vyacheslav Fedorishchev reports a fire and says nobody was injured.",
                  "- Ukraine's General Staff confirms the strike in the afternoon."),
               damage=["refinery"], reported_by=["Vyacheslav Fedorishchev"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-11-27", "Friday, 27 November"), [{"type": "artillery"}],
               ev("- Russian artillery shells Kherson in the morning.",
                  "A 71-year-old man is killed in the Dniprovskyi district, the regional military administration reports."),
               killed=cnt(1, "A 71-year-old man"), reported_by=["regional military administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1129,
               [{"type": "drone", "launched": cnt(58, "58"), "intercepted": cnt(44, "44")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(6, "six")}],
               ev(M15_SUN), reported_by=["air force"]),
        attack("Russia", "Ukraine", "drone_and_missile",
               [loc("Chernihiv", "Chernihiv", "Ukraine", "region"), loc("Zhytomyr", "Zhytomyr", "Ukraine", "region")],
               N1129, [{"type": "drone"}, {"type": "ballistic_missile"}], ev(M15_SUN)),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Poland"], day("2026-11-24", "Tuesday, 24 November"), "held",
            "Zelensky held talks in Warsaw with President Karol Nawrocki",
            ev("- President Volodymyr Zelensky holds talks in Warsaw with Polish President Karol Nawrocki on air defence and border crossings."),
            location=loc("Warsaw", None, "Poland")),
        dip("military_aid", ["Norway", "Ukraine"], day("2026-11-26", "Thursday, 26 November"), "held",
            "Norway announced a NOK 5 billion air defence package",
            ev("- Norway announces an additional 5 billion kroner package for Ukraine's air defence, Defence Minister Tore O. Sandvik says in Oslo.")),
        dip("phone_call", ["United States", "Russia"], day("2026-11-28", "Saturday, 28 November"), "held",
            "Trump and Putin spoke by phone for almost two hours",
            ev("- Donald Trump and Vladimir Putin speak by phone for almost two hours, the White House says.")),
        dip("meeting", ["NATO"], night("2026-12-02", "2026-12-03", "on 2-3 December"), "planned",
            "NATO foreign ministers' meeting in Brussels",
            ev("- NATO foreign ministers meet in Brussels on 2-3 December."),
            location=loc("Brussels", None, "Belgium")),
        opt(dip("meeting", ["European Union"], day("2026-12-15", "on 15 December"), "planned",
                "EU foreign ministers expected to return to the blocked sanctions package",
                ev("- The EU's foreign ministers are expected to return to the blocked sanctions package on 15 December."))),
    ])

# --------------------------------------------------------------------------- m16
N1025 = night("2026-10-24", "2026-10-25", "On the night of 25 October")
GOLD["m16_telegram_digest_translated"] = dict(
    notes="Translated digest of officials' Telegram posts, bold author line with a time, then the post in quotes "
          "(Sunday 25 October; new format): drones on Kharkiv's Kyivskyi district (01:12: three injured, the first "
          "figure; 02:40 update: five, among them a 10-year-old boy, evidence, the child counted); a drone on "
          "industrial infrastructure in the Kremenchuk district (03:05, no casualties; a district record); the "
          "Russian ministry's 45 drones over the Belgorod, Kursk and Voronezh regions 'During the past night' (one "
          "record with the three regions, rule 2); Ukrainian shelling of Shebekino 'this morning' (one killed, two "
          "injured); the air force's night figures (97 'strike UAVs' of mixed types: a combined figure of type "
          "other with the Shahed and Gerbera types as their own entries; 81 down; '14 drones ... at 6 locations' are "
          "hits); Zelensky's call with Stubb 'today'. The two Ukrainian city/district records have only the post "
          "time as date words (dated to the digest's night). Not coded: the 'new air defence package' Zelensky "
          "thanks Finland for (no date, no detail), Sybiha's appeal.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2026-10-24", "2026-10-25", "01:12"), [{"type": "drone"}],
               ev("\"Kharkiv. The enemy struck the Kyivskyi district with attack drones. Preliminarily, three people were injured.",
                  "\"Update on Kharkiv: the number of injured has risen to five, among them a 10-year-old boy."),
               injured=cnt(3, "three people"), children_injured=cnt(1, "a 10-year-old boy"),
               damage=["multi-storey building", "cars"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kremenchuk district", "Poltava", "Ukraine", "district")],
               night("2026-10-24", "2026-10-25", "03:05"), [{"type": "drone"}],
               ev("\"Kremenchuk district. A drone attack on industrial infrastructure. A fire broke out, firefighters are at work. No casualties reported so far."),
               damage=["industrial infrastructure"], reported_by=["Volodymyr Kohut"]),
        attack("Ukraine", "Russia", "air_drone_strike",
               [loc("Belgorod", "Belgorod", "Russia", "region"), loc("Kursk", "Kursk", "Russia", "region"),
                loc("Voronezh", "Voronezh", "Russia", "region")],
               night("2026-10-24", "2026-10-25", "During the past night"),
               [{"type": "drone", "intercepted": cnt(45, "45")}],
               ev("\"During the past night, air defence units on duty shot down 45 Ukrainian unmanned aerial vehicles over the territories of the Belgorod, Kursk and Voronezh regions.\""),
               reported_by=["Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Shebekino", "Belgorod", "Russia")],
               day("2026-10-25", "this morning"), [{"type": "artillery"}],
               ev("\"Shebekino came under fire from the Ukrainian armed forces this morning. One civilian was killed, a man. A further two were injured."),
               killed=cnt(1, "One civilian"), injured=cnt(2, "two"), damage=["houses", "shop"],
               reported_by=["Vyacheslav Gladkov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N1025,
               [{"type": "other", "model": "strike UAVs", "launched": cnt(97, "97"), "intercepted": cnt(81, "81")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone", "model": "Gerbera"}],
               ev("\"On the night of 25 October, the enemy attacked with 97 strike UAVs (Shahed type, Gerbera decoys and others) launched from the directions of Kursk, Millerovo and Primorsko-Akhtarsk. As of 08:00, air defence shot down or suppressed 81 of them."),
               reported_by=["Ukraine's Air Force Command"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Finland"], day("2026-10-25", "today"), "held",
            "Zelensky's conversation with President Alexander Stubb",
            ev("\"Had a good conversation today with President of Finland Alexander Stubb.")),
    ])


def main() -> None:
    write_gold(DEV7, GOLD)


if __name__ == "__main__":
    main()
