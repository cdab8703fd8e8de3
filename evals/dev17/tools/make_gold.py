"""Write evals/dev17/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV17 = ROOT / "evals" / "dev17"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, opt  # noqa: E402

GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- x01
N0114 = night("2026-01-13", "2026-01-14", "overnight")
GOLD["x01_wire_odesa_port_night_erdogan"] = dict(
    notes="Wire story (Wednesday 14 January 2026): drones and ballistic missiles on Odesa overnight (two killed, nine "
          "wounded, 'a girl of 12 and her seven-year-old brother' = children_injured 2); the air force's night: 88 "
          "drones / 71 downed, six Iskander-M ballistic missiles with 'none ... was intercepted' (explicit zero, "
          "intercepted 0); Zelenskiy's call with 'the Turkish president' (participant named only by role), dated the "
          "day he reported it. Not coded: the port's history since 2023 and 'dozens of civilian vessels' (aggregate, "
          "no date), Turkey's earlier brokering (vague background), the Russian ministry's unnamed 'infrastructure' "
          "claim (no place), 'We count on' (statement). Same event as x08's Odesa record (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], N0114,
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("ODESA, Ukraine, Jan 14 (Northline) - Russian drones and ballistic missiles pounded Odesa on the Black Sea overnight, leaving two people dead and nine wounded, a girl of 12 and her seven-year-old brother among them, regional governor Oleh Kiper said on Wednesday.",
                  "The attack set a grain warehouse in the port ablaze and blew out windows in a nearby hostel for dock workers, Kiper wrote on Telegram."),
               killed=cnt(2, "two people"), injured=cnt(9, "nine"),
               children_injured=cnt(2, "a girl of 12 and her seven-year-old brother"),
               damage=["grain warehouse", "hostel"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-01-13", "2026-01-14", "during the night"),
               [{"type": "drone", "launched": cnt(88, "88"), "intercepted": cnt(71, "71")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(6, "six"),
                 "intercepted": cnt(0, "not one of the ballistic missiles")}],
               ev("Russia launched 88 attack drones at Ukraine during the night, along with six Iskander-M ballistic missiles, the morning summary of Kyiv's air force showed.",
                  "Air defence units downed 71 of the drones; not one of the ballistic missiles was stopped, it said."),
               reported_by=["Ukrainian air force"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-01-14", "Later on Wednesday"), "held",
            "Zelenskiy and the Turkish president discussed Black Sea navigation and prisoner swaps",
            ev("Later on Wednesday, President Volodymyr Zelenskiy said he and the Turkish president had talked by phone about navigation in the Black Sea and about who would be included in future swaps of captives.")),
    ])

# --------------------------------------------------------------------------- x02
GOLD["x02_liveblog_dnipro_night_and_afternoon"] = dict(
    notes="Live blog, oldest update first (Thursday 5 February 2026): drones on Dnipro 'Last night' (4-5 Feb; a woman "
          "killed, 'Four more people' injured as the first figure, six at 10:30 evidence only; 'a 15-year-old boy' = "
          "children_injured 1); the air force's night 'From 18:00 on Wednesday': '112 Shahed-type and decoy drones' / "
          "96 (combined figure of type other, with drone and decoy entries); a ballistic missile on Dnipro 'in the early "
          "afternoon' (a second event the same city: 'at least three' injured first; 'including two children' at 15:20 "
          "is the first children figure; the man who died at 17:45 is the first killed figure); the foreign minister's "
          "talks in Warsaw (held: he 'arrived ... for talks', the talks that day). Optional: the reconstruction "
          "conference 'planned for the spring' (no date, participants unclear). Not coded: the winter's repeated "
          "strikes and the 'thousands of shelling and drone incidents' since the invasion (aggregate).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               night("2026-02-04", "2026-02-05", "Last night"), [{"type": "drone"}],
               ev("Last night Russian drones attacked Dnipro, regional governor Serhii Lysak reported. A 71-year-old woman was killed when a drone hit a private house in the Samarskyi district. Four more people were injured.",
                  "Lysak has updated the toll from the night: the number of injured in Dnipro has risen to six. One of them is a 15-year-old boy, who is in hospital."),
               killed=cnt(1, "A 71-year-old woman"), injured=cnt(4, "Four more people"),
               children_injured=cnt(1, "a 15-year-old boy"),
               damage=["private house", "garages", "petrol station"], reported_by=["Serhii Lysak"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-02-04", "2026-02-05", "From 18:00 on Wednesday"),
               [{"type": "other", "model": "Shahed-type and decoy drones", "launched": cnt(112, "112"),
                 "intercepted": cnt(96, "96")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"}],
               ev("From 18:00 on Wednesday the enemy launched 112 Shahed-type and decoy drones; 96 of them were shot down or suppressed over the north, east and south of the country."),
               reported_by=["air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2026-02-05", "in the early afternoon"), [{"type": "ballistic_missile"}],
               ev("Explosions in Dnipro again. A Russian ballistic missile struck the city in the early afternoon, Lysak said. Preliminary reports speak of at least three people injured near a bus stop on the left bank.",
                  "Lysak: the missile hit an industrial site. The number of injured from the afternoon strike has grown to seven, including two children.",
                  "One of those injured in the afternoon attack, a man of 38, has died in hospital, the city's mayor Borys Filatov said."),
               killed=cnt(1, "a man of 38"), injured=cnt(3, "at least three people", "at_least"),
               children_injured=cnt(2, "two children"),
               damage=["industrial site", "administrative building"], reported_by=["Serhii Lysak", "Borys Filatov"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Poland"], day("2026-02-05", "12:05"), "held",
            "Ukraine's foreign minister in Warsaw for talks with his Polish counterpart on border crossings and reconstruction",
            ev("Meanwhile, Ukraine's foreign minister arrived in Warsaw for talks with his Polish counterpart."),
            location=loc("Warsaw", None, "Poland")),
        dip("meeting", ["Ukraine", "Poland"], None, "planned",
            "A reconstruction conference planned for the spring",
            ev("They are expected to discuss border crossings and the reconstruction conference planned for the spring, the ministry said."),
            optional=True),
    ])

# --------------------------------------------------------------------------- x03
GOLD["x03_kyivindependent_kharkiv_second_night"] = dict(
    notes="Ukrainian English-language outlet (Wednesday 19 November 2025): drones on Kharkiv 'on the night of Nov. "
          "18-19' (14 injured, 'among them three children'); the night before, 'on Nov. 17-18', drones on Kharkiv "
          "(one man killed: a second event on the same city, consecutive nights); a drone on Poltava 'overnight on Nov. "
          "19' ('Nobody was killed' = killed 0; two injured); the nation's 136 drones, 'all but 19' downed "
          "(intercepted 117; 'about 80 Shaheds' is part of the same drones, left in the evidence); talks of Sybiha and "
          "Valtonen in Kyiv (held, dated by 'on Nov. 19'). Not coded: 'Hits were recorded at nine locations' (hits, "
          "not launches), 'more than 1,000 drones ... last year' (aggregate), 'ready to join a new round of talks' "
          "(stance), energy aid discussed (no decision).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2025-11-18", "2025-11-19", "on the night of Nov. 18-19"), [{"type": "drone"}],
               ev("Russian drones struck Kharkiv for the second consecutive night, injuring 14 people, among them three children, Mayor Ihor Terekhov said on Nov. 19.",
                  "The attack on the night of Nov. 18-19 hit a high-rise building and a kindergarten in the Kyivskyi district, Terekhov said."),
               injured=cnt(14, "14 people"), children_injured=cnt(3, "three children"),
               damage=["high-rise building", "kindergarten"], reported_by=["Ihor Terekhov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2025-11-17", "2025-11-18", "on Nov. 17-18"), [{"type": "drone"}],
               ev("A night earlier, on Nov. 17-18, Russian drones had killed one man and damaged a tram depot, according to the regional governor, Oleh Syniehubov."),
               killed=cnt(1, "one man"), damage=["tram depot"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Poltava", "Poltava", "Ukraine")],
               night("2025-11-18", "2025-11-19", "overnight on Nov. 19"), [{"type": "drone"}],
               ev("In Poltava, a drone hit an administrative building and a gas pipeline overnight on Nov. 19. Nobody was killed, the governor of Poltava Oblast, Volodymyr Kohut, said, adding that two people had suffered minor injuries."),
               killed=cnt(0, "Nobody was killed"), injured=cnt(2, "two people"),
               damage=["administrative building", "gas pipeline"], reported_by=["Volodymyr Kohut"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2025-11-18", "2025-11-19", "overnight"),
               [{"type": "drone", "launched": cnt(136, "136"), "intercepted": cnt(117, "all but 19")}],
               ev("Nationwide, Russia launched 136 drones overnight, including about 80 Shaheds, Ukraine's Air Force reported. Of those, air defense downed or suppressed all but 19."),
               reported_by=["Ukraine's Air Force"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Finland"], day("2025-11-19", "on Nov. 19"), "held",
            "Foreign ministers Andrii Sybiha and Elina Valtonen met in Kyiv and discussed energy aid for the winter",
            ev("Sybiha spoke after meeting his Finnish counterpart Elina Valtonen in Kyiv, where the two discussed energy aid for the winter."),
            location=loc("Kyiv", None, "Ukraine")),
    ])

# --------------------------------------------------------------------------- x04
GOLD["x04_britishpaper_nikopol_shelling_aid"] = dict(
    notes="British paper, dateline KYIV (not attacked) (Friday 20 February 2026): artillery on Nikopol 'on Thursday' (a "
          "52-year-old man killed, 'five others' injured, 'a teenage girl' = children_injured 1); the UK defence "
          "secretary's visit to Kyiv the same day (held) and the £200m air defence aid announced there (held: 'would "
          "send'). Optional: Healey's meeting with Shmyhal (talks during the visit). Not coded: shelling 'since the "
          "summer of 2022' (vague background), the population figures, the prime minister's hope to host the "
          "coalition 'in the spring' (stance: hope), the MPs' urging.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-02-19", "on Thursday"), [{"type": "artillery"}],
               ev("KYIV - Russian guns shelled Nikopol, a town on the Dnipro, on Thursday, killing a 52-year-old man and injuring five others, including a teenage girl, in one of the heaviest days of shelling this month, local officials said.",
                  "Serhii Lysak, who heads the regional military administration, said shells had struck a market, a school gym and several homes."),
               killed=cnt(1, "a 52-year-old man"), injured=cnt(5, "five others"),
               children_injured=cnt(1, "a teenage girl"),
               damage=["market", "school gym", "homes"], reported_by=["Serhii Lysak", "local officials"]),
    ],
    diplomacy=[
        dip("visit", ["United Kingdom", "Ukraine"], day("2026-02-19", "on Thursday"), "held",
            "UK defence secretary John Healey's unannounced visit to Kyiv",
            ev("The shelling came as the British defence secretary, John Healey, arrived in Kyiv for an unannounced visit."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["United Kingdom", "Ukraine"], day("2026-02-19", "on Thursday"), "held",
            "A further £200m of air defence missiles and radar equipment, funded in part by interest on frozen Russian assets",
            ev("Healey told reporters that the UK would send a further £200m worth of air defence missiles and radar equipment to Ukraine over the coming months, funded in part by the interest on frozen Russian assets.")),
        dip("talks", ["United Kingdom", "Ukraine"], day("2026-02-19", "on Thursday"), "held",
            "Healey met Denys Shmyhal on the joint long-range drone programme",
            ev("He also met his Ukrainian counterpart, Denys Shmyhal, to discuss the long-range drone programme both countries are developing."),
            optional=True),
    ])

# --------------------------------------------------------------------------- x05
N1209 = night("2025-12-08", "2025-12-09", "overnight")
X05_MOD = ("Speaking in Moscow, the defence ministry put the number of Ukrainian drones its units shot down overnight "
           "at 57, 23 of them over the Belgorod region and 11 over the Voronezh region.")
GOLD["x05_afp_voronezh_belgorod_drones"] = dict(
    notes="French-wire style (Tuesday 9 December 2025): Ukrainian drones on Voronezh overnight (three wounded 'including "
          "a child'; 'a nine-year-old' is the same child); the ministry's 57 drones (country record Russia; 'Speaking in "
          "Moscow' is the speaker's city, not an attacked place); a drone on a car near Razumnoye 'on Tuesday morning' "
          "(the driver); US-Russian talks in Abu Dhabi 'later this week' (planned; the UAE as host). Optional: the "
          "regional shares (23 Belgorod, 11 Voronezh region); the Tambov pumping station Kyiv claimed (no date words, "
          "unverified). Not coded: 'thousands of Ukrainian drones' since January (aggregate), Peskov's 'open to "
          "dialogue' (stance).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Voronezh", "Voronezh Oblast", "Russia")], N1209,
               [{"type": "drone"}],
               ev("Three people, including a child, were wounded when Ukrainian drones struck the southern Russian city of Voronezh overnight, the regional governor said Tuesday, as Moscow said it had downed dozens of drones across the country.",
                  "\"Drone debris fell on the grounds of a private house and in a courtyard of an apartment block,\" Voronezh governor Alexander Gusev said on Telegram, adding that a nine-year-old was among those hurt."),
               injured=cnt(3, "Three people"), children_injured=cnt(1, "a child"),
               damage=["private house", "apartment block courtyard"], reported_by=["Alexander Gusev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1209,
               [{"type": "drone", "intercepted": cnt(57, "57")}], ev(X05_MOD),
               reported_by=["Russia's defence ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod Oblast", "Russia", "region")], N1209,
                   [{"type": "drone", "intercepted": cnt(23, "23")}], ev(X05_MOD),
                   reported_by=["Russia's defence ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Voronezh", "Voronezh Oblast", "Russia", "region")], N1209,
                   [{"type": "drone", "intercepted": cnt(11, "11")}], ev(X05_MOD),
                   reported_by=["Russia's defence ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Razumnoye", "Belgorod Oblast", "Russia")],
               day("2025-12-09", "on Tuesday morning"), [{"type": "drone"}],
               ev("In the Belgorod region, explosives released from a drone hit a car travelling near the village of Razumnoye on Tuesday morning, wounding the driver, governor Vyacheslav Gladkov said."),
               injured=cnt(1, "the driver"), damage=["car"], reported_by=["Vyacheslav Gladkov"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Tambov", "Tambov Oblast", "Russia", "region")], N1209,
                   [{"type": "drone"}],
                   ev("Kyiv's general staff said later that its drones had hit an oil pumping station in the Tambov region, a claim AFP could not independently verify."),
                   damage=["oil pumping station"], reported_by=["Ukraine's general staff"])),
    ],
    diplomacy=[
        dip("talks", ["United States", "Russia", "United Arab Emirates"], week("2025-12-09", "2025-12-14", "later this week"),
            "planned", "US and Russian officials to meet in Abu Dhabi, the first contact in over a month",
            ev("US and Russian officials are due to meet in Abu Dhabi later this week, a source familiar with the preparations told AFP, the first such contact in over a month."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
    ])

# --------------------------------------------------------------------------- x06
N0127 = night("2026-01-26", "2026-01-27", "overnight")
GOLD["x06_wire_russian_mod_zaporozhye_nikolaev"] = dict(
    notes="Wire retelling the Russian defence ministry, dateline MOSCOW (not attacked) (Tuesday 27 January 2026): the "
          "ministry's 'massive strike' with 'long-range precision weapons and drones' on energy sites in the Zaporozhye "
          "and Nikolaev regions overnight (regions named only in aggregate: one record, two region locations, Russian "
          "spellings kept; no counts); its 41 Ukrainian drones destroyed 'from 20:00 to 07:00 Moscow time' (country "
          "record Russia); a drone on a substation in Lgov (no date words of its own: the lead's night; 'No one was hurt' "
          "= injured 0); a drone on a heating plant in Mykolaiv ('no casualties' = killed 0, injured 0); the Istanbul "
          "talks 'pencilled in for the end of January' and postponed (cancelled, dated by the planned time; Turkey as "
          "host). Optional: four HIMARS rockets over the Belgorod region (rockets: weapon typed missile, debatable). "
          "Not coded: 'Bryansk and Kursk regions' with no numbers (where drones were downed), the two villages and "
          "counterattacks (ground fighting), 'steady gains' (commentary), Umerov's 'clear agenda' (statement).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile",
               [loc("Zaporozhye", "Zaporizhzhia", "Ukraine", "region"), loc("Nikolaev", "Mykolaiv", "Ukraine", "region")],
               N0127, [{"type": "missile"}, {"type": "drone"}],
               ev("MOSCOW, Jan 27 (ENW) - Russian forces overnight delivered what the defence ministry on Tuesday called a \"massive strike\", using precision long-range weapons plus drones against energy facilities that supply Ukrainian military plants in the Zaporozhye and Nikolaev regions."),
               damage=["energy facilities"], reported_by=["Russia's defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-01-26", "2026-01-27", "from 20:00 to 07:00 Moscow time"),
               [{"type": "drone", "intercepted": cnt(41, "41")}],
               ev("The ministry also said air defence crews brought down 41 Ukrainian aircraft-type drones from 20:00 to 07:00 Moscow time, the bulk above the Bryansk and Kursk regions, as well as four US-made HIMARS rockets over the Belgorod region."),
               reported_by=["Russia's defence ministry"]),
        opt(attack("Ukraine", "Russia", "missile_strike", [loc("Belgorod", "Belgorod Oblast", "Russia", "region")],
                   night("2026-01-26", "2026-01-27", "from 20:00 to 07:00 Moscow time"),
                   [{"type": "missile", "model": "HIMARS", "intercepted": cnt(4, "four")}],
                   ev("The ministry also said air defence crews brought down 41 Ukrainian aircraft-type drones from 20:00 to 07:00 Moscow time, the bulk above the Bryansk and Kursk regions, as well as four US-made HIMARS rockets over the Belgorod region."),
                   reported_by=["Russia's defence ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Lgov", "Kursk Oblast", "Russia")], N0127, [{"type": "drone"}],
               ev("Kursk governor Alexander Khinshtein said a drone had struck a power substation in the town of Lgov, cutting electricity to part of the town. No one was hurt, he said."),
               injured=cnt(0, "No one was hurt"), damage=["power substation"], reported_by=["Alexander Khinshtein"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Mykolaiv", "Mykolaiv", "Ukraine")], N0127, [{"type": "drone"}],
               ev("In Mykolaiv, the city known in Russian as Nikolaev, the mayor Oleksandr Senkevych said a drone hit a heating plant, leaving several districts without heat as temperatures dropped to minus 12 Celsius. He reported no casualties."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["heating plant"], reported_by=["Oleksandr Senkevych"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "Turkey"], month("2026-01-01", "2026-01-31", "the end of January"), "cancelled",
            "A new round of Russian-Ukrainian talks in Istanbul postponed at Kyiv's request (Yuri Ushakov)",
            ev("Separately, Kremlin aide Yuri Ushakov told reporters that a new round of Russian-Ukrainian talks in Istanbul, pencilled in for the end of January, had been postponed at Kyiv's request."),
            location=loc("Istanbul", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- x07
N0211 = night("2026-02-10", "2026-02-11", "overnight")
GOLD["x07_liveblog_lviv_kryvyi_rih_talks"] = dict(
    notes="British live blog, oldest first (Wednesday 11 February 2026): Lviv's energy facility hit overnight (weapon "
          "from the sentence before, 'with missiles and drones', rule 8; 'no one was injured' = injured 0); the air "
          "force's 14 cruise missiles / 11 and 93 drones / 70 (country record); a missile on a block in Kryvyi Rih "
          "('at least four' killed first, six at 09:30 evidence only; 'a child was among the dead' = children_killed 1; "
          "22 wounded); a drone on a miners' bus in Kryvyi Rih 'this afternoon' (a second event the same city and day: "
          "injured 11; 'No deaths have been reported so far' = killed 0); Witkoff-Dmitriev meeting in Miami 'on "
          "Saturday' (planned); the EU foreign ministers' meeting 'yesterday' (held). Optional: the frozen-assets loan "
          "proposal they failed to agree on (stalled). Not coded: Kallas's 'talks would continue' and Zelenskyy's call "
          "for Patriots (statements).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Lviv", "Lviv", "Ukraine")], N0211,
               [{"type": "drone"}, {"type": "missile"}],
               ev("Russia attacked western and central Ukraine overnight with missiles and drones, officials say. In Lviv, the regional governor Maksym Kozytskyi said a power facility at the edge of the city was hit and no one was injured."),
               injured=cnt(0, "no one was injured"), damage=["energy facility"], reported_by=["Maksym Kozytskyi"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0211,
               [{"type": "cruise_missile", "launched": cnt(14, "14"), "intercepted": cnt(11, "Eleven")},
                {"type": "drone", "launched": cnt(93, "93"), "intercepted": cnt(70, "70")}],
               ev("Ukraine's air force says Russia fired 14 cruise missiles and 93 drones overnight. Eleven of the missiles and 70 of the drones were shot down."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")], N0211,
               [{"type": "missile"}],
               ev("In Kryvyi Rih, President Zelenskyy's home city, a missile destroyed part of a five-storey apartment block, killing at least four people. The city's military chief Oleksandr Vilkul said a child was among the dead. Twenty-two people were wounded.",
                  "Vilkul has raised the Kryvyi Rih toll to six killed."),
               killed=cnt(4, "at least four people", "at_least"), children_killed=cnt(1, "a child"),
               injured=cnt(22, "Twenty-two people"), damage=["apartment block"], reported_by=["Oleksandr Vilkul"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               day("2026-02-11", "this afternoon"), [{"type": "drone"}],
               ev("Breaking: there has been another strike on Kryvyi Rih this afternoon. Vilkul says a drone hit a bus taking miners to a shift, injuring 11. No deaths have been reported so far."),
               killed=cnt(0, "No deaths"), injured=cnt(11, "11"), damage=["bus"], reported_by=["Oleksandr Vilkul"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Russia"], day("2026-02-14", "on Saturday"), "planned",
            "US special envoy Steve Witkoff to meet Kremlin envoy Kirill Dmitriev on a revised draft peace framework",
            ev("Some diplomatic news: the US special envoy Steve Witkoff will meet Kremlin envoy Kirill Dmitriev in Miami on Saturday, the White House has confirmed."),
            location=loc("Miami", None, "United States")),
        dip("meeting", ["European Union"], day("2026-02-10", "yesterday"), "held",
            "EU foreign ministers met in Brussels and failed to agree on using frozen Russian assets for a loan",
            ev("No deal yet among EU foreign ministers on a proposal to use frozen Russian assets for a loan to Ukraine after their meeting in Brussels yesterday; Belgium still objects."),
            location=loc("Brussels", None, "Belgium")),
        dip("proposal", ["European Union", "Ukraine", "Russia"], None, "stalled",
            "A proposal to use frozen Russian assets for a loan to Ukraine, blocked by Belgium",
            ev("No deal yet among EU foreign ministers on a proposal to use frozen Russian assets for a loan to Ukraine after their meeting in Brussels yesterday; Belgium still objects."),
            optional=True),
    ])

# --------------------------------------------------------------------------- x08
GOLD["x08_statement_odesa_oma_night"] = dict(
    notes="Regional military administration statement, terse official style (Wednesday 14 January 2026, 07:45): 'During "
          "the night of 14 January' (13-14 January, rule 11) UAVs and ballistic missiles on Odesa: '2 persons killed', "
          "'8 persons injured, including 2 children' (children_injured 2; hospitalised three is not a separate count). "
          "Same event as x01's Odesa record (clusters.json; a different injured figure, eight against nine). "
          "Optional: debris of a downed UAV on farmland in the Bilhorod-Dnistrovskyi district ('No casualties': killed 0, "
          "injured 0; debris of an intercepted drone, debatable as an attack on a place). Not coded: traffic notes, "
          "advice to residents.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-01-13", "2026-01-14", "During the night of 14 January"),
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("During the night of 14 January the enemy carried out a combined attack on the city of Odesa with strike UAVs and ballistic missiles.",
                  "2 persons killed;", "8 persons injured, including 2 children (born 2013 and 2018);"),
               killed=cnt(2, "2 persons"), injured=cnt(8, "8 persons"), children_injured=cnt(2, "2 children"),
               damage=["warehouse of a port enterprise", "residential building", "dormitory"], reported_by=["Oleh Kiper"]),
        opt(attack("Russia", "Ukraine", "air_drone_strike",
                   [loc("Bilhorod-Dnistrovskyi district", "Odesa", "Ukraine", "district")],
                   night("2026-01-13", "2026-01-14", "During the night of 14 January"), [{"type": "drone"}],
                   ev("In the Bilhorod-Dnistrovskyi district, debris of a downed UAV fell on farmland. No casualties."),
                   killed=cnt(0, "No casualties"), injured=cnt(0, "No casualties"), reported_by=["Oleh Kiper"])),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- x09
GOLD["x09_ap_stubb_visit_trump_call_chernihiv"] = dict(
    notes="US wire, dateline KYIV (not attacked) (Tuesday 4 November 2025): Stubb's visit to Kyiv 'on Tuesday' (held) "
          "and the agreement on joint production of interceptor drones signed there (agreement, held); the Putin-Trump "
          "call 'late Monday' (held; participants named through the Kremlin's readout); drones on Chernihiv overnight "
          "('no one was killed or injured' = killed 0, injured 0); the air force's 67 drones / 52 downed (country "
          "record). Not coded: the advisers' agreement to 'stay in touch' (no event), Zelenskyy's 'ready to meet' "
          "(stance), the grid campaign 'since October' (aggregate, no place or count).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chernihiv", "Chernihiv", "Ukraine")],
               night("2025-11-03", "2025-11-04", "overnight"), [{"type": "drone"}],
               ev("Meanwhile, Russian drones attacked the northern city of Chernihiv overnight, knocking out power to about 40,000 households, regional officials said. Dmytro Bryzhynskyi, who runs the city's wartime administration, said no one was killed or injured."),
               killed=cnt(0, "no one was killed or injured"), injured=cnt(0, "no one was killed or injured"),
               damage=["power supply"], reported_by=["Dmytro Bryzhynskyi", "regional officials"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2025-11-03", "2025-11-04", "overnight"),
               [{"type": "drone", "launched": cnt(67, "Sixty-seven"), "intercepted": cnt(52, "52")}],
               ev("Sixty-seven Russian drones were launched across the country overnight and 52 were shot down, the air force reported."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("visit", ["Finland", "Ukraine"], day("2025-11-04", "on Tuesday"), "held",
            "Finnish President Alexander Stubb visited Kyiv and met Zelenskyy",
            ev("KYIV, Ukraine (AWS) — Finland's president arrived in Kyiv on Tuesday for his first visit since the summer, hours after the Kremlin said Vladimir Putin and U.S. President Donald Trump had held a lengthy phone conversation about the war."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("agreement", ["Finland", "Ukraine"], day("2025-11-04", "on Tuesday"), "held",
            "Stubb and Zelenskyy signed an agreement on joint production of interceptor drones",
            ev("Alexander Stubb met with Ukrainian President Volodymyr Zelenskyy at the presidential office, where the two leaders signed an agreement on joint production of interceptor drones, Zelenskyy's office said.")),
        dip("phone_call", ["Russia", "United States"], day("2025-11-03", "late Monday"), "held",
            "Putin and Trump spoke for nearly two hours about the war",
            ev("The Kremlin's foreign policy aide said the Putin-Trump call took place late Monday and lasted nearly two hours.")),
    ])

# --------------------------------------------------------------------------- x10
GOLD["x10_upravda_exchange_kherson_shelling"] = dict(
    notes="Ukrainian outlet in English (Friday 30 January 2026): the prisoner exchange 'on Friday, 30 January' mediated "
          "by the UAE (participant); shelling of Kherson 'On the same day' (four wounded, 'a 10-year-old girl' = "
          "children_injured 1); a glide bomb on Bilozerka 'in the morning' ('no casualties' = killed 0, injured 0). "
          "Optional: the exchange of 'late November' (background, 120 each). Not coded: 'more than 6,000' freed since "
          "the invasion (aggregate), 'lists ... being agreed' (preparation, no event), the daily summary's 28 "
          "settlements (front-wide tally, no named place).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-01-30", "On the same day"), [{"type": "artillery"}],
               ev("On the same day, Russian forces shelled Kherson, wounding four people, Kherson regional military administration head Oleksandr Prokudin reported. Among the injured were a 10-year-old girl and a woman hit by fragments while she waited for a bus in the Dniprovskyi district."),
               injured=cnt(4, "four people"), children_injured=cnt(1, "a 10-year-old girl"),
               reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Bilozerka", "Kherson", "Ukraine")],
               day("2026-01-30", "in the morning"), [{"type": "glide_bomb"}],
               ev("Russian troops also struck the village of Bilozerka with a glide bomb in the morning, damaging a school and a pharmacy. There were no casualties in Bilozerka, Prokudin said."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["school", "pharmacy"], reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-01-30", "on Friday, 30 January"), "held",
            "157 Ukrainian servicemen and three civilians returned; Russia received the same number; mediated by the UAE",
            ev("Ukraine and Russia swapped prisoners of war on Friday, 30 January, with 157 Ukrainian servicemen and three civilians returning home, President Volodymyr Zelensky announced.",
               "Emirati mediation made the exchange possible, Zelensky wrote on social media, thanking Abu Dhabi for its help.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], month("2025-11-01", "2025-11-30", "late November"), "held",
            "The previous exchange, 120 prisoners on each side",
            ev("It was the first exchange since late November, when 120 prisoners were swapped on each side."),
            optional=True),
    ])

# --------------------------------------------------------------------------- x11
GOLD["x11_brussels_sanctions_envoy_talks"] = dict(
    notes="European outlet, dateline BRUSSELS (not attacked) (Tuesday 24 February 2026): the EU's 20th package adopted "
          "'on Monday' (held); the Commission's tariff proposal not adopted and 'sent back to working level' (sanctions, "
          "stalled); Lithuania summoning the Russian chargé d'affaires 'on Monday' (diplomatic_protest); the Danish and "
          "Swedish prime ministers' visit to Kyiv 'on Tuesday' (held); the Geneva talks planned for 27 February and "
          "called off on Sunday (cancelled, dated by the planned day; Switzerland as host). Optional: the Geneva round "
          "'in January' (background). Not coded: the Polish-Baltic urging on nuclear fuel ('no draft has been "
          "presented'), the exchange of bodies in January (vague), the UN and air-force totals (aggregates), Peskov's "
          "'ready to continue contacts' (stance), the airspace violation (no attack).",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-02-23", "on Monday"), "held",
            "The EU's 20th sanctions package: 90 more shadow-fleet tankers, four Central Asian banks, machine-tool export controls",
            ev("BRUSSELS — European Union ambassadors on Monday approved the 20th EU round of restrictive measures on Russia since the full-scale invasion began, on the eve of the fourth anniversary of the war.")),
        dip("sanctions", ["European Union", "Russia"], None, "stalled",
            "A Commission proposal for tariffs on Russian fertiliser and farm imports, opposed by Hungary and Slovakia",
            ev("A separate proposal by the European Commission to impose tariffs on Russian fertiliser and remaining agricultural imports was not adopted.",
               "Hungary and Slovakia opposed the plan, diplomats said, and it has been sent back to working level.")),
        dip("diplomatic_protest", ["Lithuania", "Russia"], day("2026-02-23", "on Monday"), "held",
            "Lithuania summoned the Russian chargé d'affaires over an airspace violation",
            ev("In Vilnius, the Lithuanian foreign ministry called in Russia's chargé d'affaires on Monday to protest against what it called a \"deliberate violation\" of Lithuanian airspace by a Russian military aircraft over the weekend.")),
        dip("visit", ["Denmark", "Sweden", "Ukraine"], day("2026-02-24", "on Tuesday"), "held",
            "The prime ministers of Denmark and Sweden visited Kyiv to meet Zelensky",
            ev("The prime ministers of Denmark and Sweden travelled to the Ukrainian capital on Tuesday, where they were due to meet Zelensky."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("talks", ["Ukraine", "Russia", "Switzerland"], day("2026-02-27", "on 27 February"), "cancelled",
            "Ukrainian-Russian talks planned for Geneva, called off after Moscow saw 'no basis'",
            ev("Talks between Ukrainian and Russian delegations that had been planned for Geneva on 27 February were called off on Sunday, after Moscow said it saw \"no basis\" for a meeting."),
            location=loc("Geneva", None, "Switzerland")),
        dip("talks", ["Ukraine", "Russia", "Switzerland"], month("2026-01-01", "2026-01-31", "in January"), "held",
            "A previous round in Geneva that produced no agreement",
            ev("A previous round in Geneva in January produced no agreement beyond a small exchange of bodies."),
            location=loc("Geneva", None, "Switzerland"), optional=True),
    ])

# --------------------------------------------------------------------------- x12
GOLD["x12_control_hryvnia_central_bank"] = dict(
    notes="Business daily (Tuesday 16 December 2025), control: the central bank's rate decision, inflation, reserves, "
          "power outages' effect on output, mobilisation and wages, the hryvnia, 'external financing from partners' "
          "(no dated aid decision), the next rate meeting. No record at all (war-adjacent economy).",
    attacks=[], diplomacy=[])

CLUSTERS = {
    "schema_version": "1",
    "notes": "dev17: records that are the same real-world event across articles. Every gold record not listed is its "
             "own cluster. Near-misses that are NOT the same event: x02's two Dnipro strikes (night and afternoon), "
             "x03's two Kharkiv nights, x07's two Kryvyi Rih strikes (each the same article, never one event); x01's "
             "country record and x08 (x08 gives no national figures).",
    "clusters": [
        {"id": "odesa-2026-01-14",
         "description": "Russian drones and ballistic missiles on Odesa overnight 13-14 January 2026: two killed, nine "
                        "wounded (x01, wire) / eight injured (x08, the regional administration's 07:45 statement)",
         "members": [{"article": "x01_wire_odesa_port_night_erdogan", "type": "attack", "index": 0},
                     {"article": "x08_statement_odesa_oma_night", "type": "attack", "index": 0}]},
    ],
}


def main() -> None:
    write_gold(DEV17, GOLD)
    (DEV17 / "gold" / "clusters.json").write_text(json.dumps(CLUSTERS, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")


if __name__ == "__main__":
    main()
