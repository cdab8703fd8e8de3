"""Write evals/dev22/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md (as clarified on 2 December 2026). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV22 = ROOT / "evals" / "dev22"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- l01
N0113 = night("2026-01-12", "2026-01-13", "overnight")
GOLD["l01_agency_kryvyirih_ballistic_flash"] = dict(
    notes="Agency flash plus write-through (Tuesday 13 January 2026): a ballistic missile on Kryvyi Rih overnight "
          "(the flash's 'TWO DEAD' and the lead's 'two people, one of them a girl of seven', 17 wounded; the toll "
          "'at four' by mid-afternoon is evidence only, rule 6); the air force's nationwide night (97 drones / "
          "80 down; four Iskander-M / 'Of the missiles, none was intercepted' coded as intercepted 0, rule 6); "
          "Zelenskiy's call with 'the Turkish president' later on Tuesday. Not coded: Erdogan's 'remained ready to "
          "host' (stance, rule 13), the December figure of 'more than 5,000 drones' (a monthly aggregate, not one "
          "night), 'has come under fire many times over the past four years' (no count, no date). Same events as l02's first "
          "two records (gold/clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")], N0113,
               [{"type": "ballistic_missile"}],
               ev("FLASH - RUSSIAN BALLISTIC MISSILE HITS RESIDENTIAL AREA OF KRYVYI RIH OVERNIGHT, TWO DEAD - CITY OFFICIAL",
                  "A Russian ballistic missile tore into a residential neighbourhood of Kryvyi Rih overnight, killing two people, one of them a girl of seven, and wounding 17, Kryvyi Rih's top wartime official, Oleksandr Vilkul, said on Tuesday.",
                  "By mid-afternoon they had recovered two further bodies from a stairwell that had caved in, and Vilkul put the death toll at four."),
               killed=cnt(2, "two people"), children_killed=cnt(1, "a girl of seven"), injured=cnt(17, "17"),
               damage=["apartment blocks", "cars"], reported_by=["Oleksandr Vilkul"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0113,
               [{"type": "drone", "launched": cnt(97, "97"), "intercepted": cnt(80, "80")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(4, "four"),
                 "intercepted": cnt(0, "none")}],
               ev("Overnight Russia sent 97 attack drones against Ukraine, together with four Iskander-M ballistic missiles, as listed in the air force's morning statement.",
                  "Air defence units downed 80 of the drones. Of the missiles, none was intercepted."),
               reported_by=["air force"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-01-13", "later on Tuesday"), "held",
            "Zelenskiy and Erdogan discussed the return of Ukrainian civilians and Black Sea security",
            ev("Zelenskiy spoke later on Tuesday with the Turkish president, Tayyip Erdogan, by phone, thanking him for his help in returning Ukrainian civilians and discussing security in the Black Sea, the presidential office said.")),
    ])

# --------------------------------------------------------------------------- l02
GOLD["l02_broadcaster_kryvyirih_vinnytsia_warsaw"] = dict(
    notes="Broadcaster's website (Tuesday 13 January 2026), the same night as l01: the missile on Kryvyi Rih ('At "
          "least four people have died, a girl aged seven among them'; 'More than 20 others'; the article says only "
          "'missile' for the city, so the weapon is `missile`); the nationwide figures ('80 of 97 drones'; 'not one "
          "of the four ballistic missiles' brought down: intercepted 0); drones on an energy facility in Vinnytsia "
          "(no date words of its own: the lead's night; 'No one was hurt there': injured 0); Sybiha's talks with "
          "his Polish counterpart in Warsaw on Monday (held). Not coded: 'hundreds of civilians have been killed' "
          "since the invasion (aggregate), the Patriot remark (statement).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")], N0113,
               [{"type": "missile"}],
               ev("At least four people have died, a girl aged seven among them, after a Russian missile hit homes in Kryvyi Rih, in central Ukraine, overnight, local officials say.",
                  "More than 20 others were injured, some of them seriously, when the missile came down in a courtyard between apartment buildings, Oleksandr Vilkul, Kryvyi Rih's most senior official, told reporters."),
               killed=cnt(4, "At least four people", "at_least"), children_killed=cnt(1, "a girl aged seven"),
               injured=cnt(20, "More than 20 others", "more_than"),
               damage=["apartment buildings", "cars"], reported_by=["Oleksandr Vilkul"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-01-12", "2026-01-13", "overnight"),
               [{"type": "drone", "launched": cnt(97, "97"), "intercepted": cnt(80, "80")},
                {"type": "ballistic_missile", "launched": cnt(4, "four"), "intercepted": cnt(0, "not one")}],
               ev("The attack was part of a wider overnight assault.",
                  "Ukraine's air force said 80 of 97 drones had been shot down or jammed, while not one of the four ballistic missiles fired at the country was brought down."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Vinnytsia", "Vinnytsia", "Ukraine")], N0113,
               [{"type": "drone"}],
               ev("In Vinnytsia, further west, drones damaged an energy facility and caused power cuts in parts of the city, regional governor Natalia Zabolotna said.",
                  "No one was hurt there, she added."),
               injured=cnt(0, "No one"), damage=["energy facility"], reported_by=["Natalia Zabolotna"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Poland"], day("2026-01-12", "on Monday"), "held",
            "Foreign ministers Andrii Sybiha and Radoslaw Sikorski discussed air defence deliveries and border crossings",
            ev("The strike came as Ukraine's foreign minister, Andrii Sybiha, was in Warsaw, where he met his Polish counterpart, Radoslaw Sikorski, on Monday.",
               "The two men discussed deliveries of air defence equipment and the reopening of border crossings for lorries, the Polish foreign ministry said."),
            location=loc("Warsaw", None, "Poland")),
    ])

# --------------------------------------------------------------------------- l03
DAY0207 = night("2026-02-06", "2026-02-07", "Over the past day")
GOLD["l03_telegram_sumy_border_communities"] = dict(
    notes="Regional governor's Telegram post, translated (Saturday 7 February 2026), on the past day in the Sumy "
          "region's border communities: four guided bombs on Bilopillia (two injured, 'a 15-year-old boy'); "
          "artillery on Krasnopillia (a man killed); FPV drones at Velykopysarivka ('No one was injured': injured "
          "0); mortar and artillery fire on four communities listed together (one record with four places, rule 2; "
          "'no casualties': killed 0, injured 0). Optional: the region-wide '94 explosions ... in 13 communities' "
          "(a tally of hits, not launches, over unnamed communities; a careful analyst may code the region for "
          "the day or leave it to the named records). Not coded: the humanitarian hub, the evacuation appeal.",
    attacks=[
        opt(attack("Russia", "Ukraine", "shelling_artillery", [loc("Sumy region", "Sumy", "Ukraine", "region")], DAY0207,
                   [{"type": "artillery"}],
                   ev("Over the past day, the enemy once again shelled the border communities of Sumy region.",
                      "In total, 94 explosions were recorded in 13 communities."),
                   reported_by=["Oleh Hryhorov"])),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Bilopillia", "Sumy", "Ukraine")], DAY0207,
               [{"type": "glide_bomb", "launched": cnt(4, "four")}],
               ev("Bilopillia community: the occupiers dropped four guided aerial bombs on the town.",
                  "Two people were injured, a 15-year-old boy among them.",
                  "A private house, an outbuilding and a shop were damaged."),
               injured=cnt(2, "Two people"), children_injured=cnt(1, "a 15-year-old boy"),
               damage=["private house", "outbuilding", "shop"], reported_by=["Oleh Hryhorov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Krasnopillia", "Sumy", "Ukraine")], DAY0207,
               [{"type": "artillery"}],
               ev("Krasnopillia community: enemy artillery fire.",
                  "In the village of Krasnopillia a man, 58, was killed."),
               killed=cnt(1, "a man, 58"), reported_by=["Oleh Hryhorov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Velykopysarivka", "Sumy", "Ukraine")], DAY0207,
               [{"type": "drone"}],
               ev("Velykopysarivka community: the enemy attacked with FPV drones.",
                  "A car and a garage burned out.", "No one was injured."),
               injured=cnt(0, "No one"), damage=["car", "garage"], reported_by=["Oleh Hryhorov"]),
        attack("Russia", "Ukraine", "shelling_artillery",
               [loc("Khotin", "Sumy", "Ukraine"), loc("Yunakivka", "Sumy", "Ukraine"),
                loc("Myropillia", "Sumy", "Ukraine"), loc("Esman", "Sumy", "Ukraine")], DAY0207,
               [{"type": "artillery"}],
               ev("Khotin, Yunakivka, Myropillia and Esman communities: mortar and artillery fire, no casualties."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"), reported_by=["Oleh Hryhorov"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- l04
N1118 = night("2026-11-17", "2026-11-18", "overnight")
L04_MOD = ("Russia's defence ministry says air defences destroyed 112 Ukrainian drones overnight over 11 regions, "
           "including 38 over the Rostov region and 21 over the Volgograd region.")
GOLD["l04_liveblog_volgograd_refinery_fidan"] = dict(
    notes="Live blog, newest update first (Wednesday 18 November 2026): drones on the Volgograd refinery overnight "
          "(09:10, 'No one was hurt': injured 0; confirmed by the General Staff at 16:40); drone debris on a house "
          "in Liski (11:30 'a woman' = 1, the earliest update, rule 6; the 12:15 'two people' is evidence only); "
          "Russia's ministry's 112 drones overnight (country record Russia); Russia's 76 drones / 54 down over "
          "Ukraine (country record Ukraine) and the drone on an energy facility in the Poltava region; Fidan's "
          "talks with Lavrov in Moscow 'this afternoon' (held). Optional: the Rostov (38) and Volgograd (21) "
          "region shares. Not coded: Peskov's 'remains open' (stance), the 'possible new round of prisoner swaps' "
          "(no event), the 07:45 scene-setter (no place).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Volgograd", "Volgograd Oblast", "Russia")], N1118,
               [{"type": "drone"}],
               ev("Volgograd Governor Andrei Bocharov says a drone attack on the southern industrial district of the city caused a fire at the refinery.",
                  "No one was hurt, he said, and firefighters had contained the blaze before dawn.",
                  "Ukraine's General Staff has confirmed that its long-range drones struck the Volgograd refinery overnight."),
               injured=cnt(0, "No one"), damage=["refinery"], reported_by=["Andrei Bocharov", "Ukraine's General Staff"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Liski", "Voronezh Oblast", "Russia")], N1118,
               [{"type": "drone"}],
               ev("In the Voronezh region, drone debris fell on a private house in the town of Liski and a woman was injured, Governor Alexander Gusev wrote on Telegram.",
                  "Update from Voronezh: Governor Alexander Gusev now says two people were hurt in Liski, not one as first reported."),
               injured=cnt(1, "a woman"), damage=["private house"], reported_by=["Alexander Gusev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1118,
               [{"type": "drone", "intercepted": cnt(112, "112")}], ev(L04_MOD),
               reported_by=["Russia's defence ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Rostov", "Rostov Oblast", "Russia", "region")], N1118,
                   [{"type": "drone", "intercepted": cnt(38, "38")}], ev(L04_MOD),
                   reported_by=["Russia's defence ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Volgograd", "Volgograd Oblast", "Russia", "region")], N1118,
                   [{"type": "drone", "intercepted": cnt(21, "21")}], ev(L04_MOD),
                   reported_by=["Russia's defence ministry"])),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-11-17", "2026-11-18", "during the night"),
               [{"type": "drone", "launched": cnt(76, "76"), "intercepted": cnt(54, "54")}],
               ev("On the Ukrainian side: the air force counts 76 Russian drones during the night, 54 of which were shot down or suppressed."),
               reported_by=["air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Poltava", "Poltava", "Ukraine", "region")], N1118,
               [{"type": "drone"}],
               ev("In the Poltava region a drone struck an energy facility, cutting electricity to about 8,000 households, regional head Volodymyr Kohut said."),
               damage=["energy facility"], reported_by=["Volodymyr Kohut"]),
    ],
    diplomacy=[
        dip("talks", ["Turkey", "Russia"], day("2026-11-18", "this afternoon"), "held",
            "Foreign ministers Hakan Fidan and Sergei Lavrov discussed Black Sea shipping and humanitarian questions",
            ev("Turkey's foreign minister, Hakan Fidan, held talks with Sergei Lavrov in Moscow this afternoon, Russia's foreign ministry said."),
            location=loc("Moscow", None, "Russia")),
    ])

# --------------------------------------------------------------------------- l05
L05_MOD = "Russia's Defense Ministry said its air defenses brought down 64 Ukrainian drones overnight, 14 of them over the Yaroslavl region."
GOLD["l05_russianindie_yaroslavl_refinery_nikolaev"] = dict(
    notes="Russian independent outlet in English (Wednesday 10 December 2025): drones on the Yaroslavl refinery "
          "'early on Wednesday' ('There were no casualties': killed 0, injured 0); the ministry's 64 drones "
          "overnight (country record Russia); its claim that Iskanders hit a drone workshop in Nikolaev during the "
          "night (attack by Russia on the city as the article spells it; 'Moscow said' is the speaker, not a "
          "place attacked; Iskander is a ballistic missile, rule 9); the Erdogan-Putin call on Tuesday told from "
          "the Turkish readout (held). Optional: the Yaroslavl region share (14). Not coded: Erdogan's 'prepared "
          "to host' and Peskov's 'open to contacts' (stances), the refinery campaign's effect (aggregate).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Yaroslavl", "Yaroslavl Oblast", "Russia")],
               day("2025-12-10", "early on Wednesday"), [{"type": "drone"}],
               ev("Ukrainian drones left the oil refinery in Yaroslavl burning early on Wednesday, regional Governor Mikhail Evraev said, adding to a months-long run of long-range strikes on Russia's energy industry.",
                  "There were no casualties, according to the governor, and crews put the fire out within two hours."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["oil refinery"], reported_by=["Mikhail Evraev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2025-12-09", "2025-12-10", "overnight"),
               [{"type": "drone", "intercepted": cnt(64, "64")}], ev(L05_MOD),
               reported_by=["Russia's Defense Ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Yaroslavl", "Yaroslavl Oblast", "Russia", "region")],
                   night("2025-12-09", "2025-12-10", "overnight"),
                   [{"type": "drone", "intercepted": cnt(14, "14")}], ev(L05_MOD),
                   reported_by=["Russia's Defense Ministry"])),
        attack("Russia", "Ukraine", "missile_strike", [loc("Nikolaev", "Mykolaiv", "Ukraine")],
               night("2025-12-09", "2025-12-10", "during the night"),
               [{"type": "ballistic_missile", "model": "Iskander"}],
               ev("In the same statement, Moscow said its forces had struck a workshop assembling long-range drones in Nikolaev with Iskander missiles during the night."),
               damage=["workshop assembling long-range drones"], reported_by=["Russia's Defense Ministry"]),
    ],
    diplomacy=[
        dip("phone_call", ["Turkey", "Russia"], day("2025-12-09", "on Tuesday"), "held",
            "Erdogan and Putin spoke by phone (trade, gas supplies, Ukraine), per the Turkish and Kremlin readouts",
            ev("Separately, Turkish President Recep Tayyip Erdogan and Vladimir Putin held a phone call on Tuesday, according to a readout released by the Turkish presidency.",
               "The Kremlin's own account of the call, published later that evening, said the two leaders had discussed trade and gas supplies and \"the situation around Ukraine,\" but made no mention of any talks.")),
    ])

# --------------------------------------------------------------------------- l06
GOLD["l06_regional_chernihiv_two_nights_sweden"] = dict(
    notes="Regional Ukrainian outlet (Thursday 6 November 2025): two drone strikes on Chernihiv on consecutive "
          "nights, two records (codebook, clusters): 'overnight on Thursday' (three injured, 'a brother and sister "
          "aged 6 and 11' = children_injured 2) and 'On the night of Nov. 5' (= 4-5 November, rule 11; substation; "
          "'No one was hurt': injured 0); the air force's 128 / 104 drones overnight into Thursday (country "
          "record); Sweden's SEK 1.2 billion for energy equipment announced on Wednesday (aid, held). Not coded: "
          "the council's '1,300 residential buildings' since February 2022 (aggregate), 'regular drone fire this "
          "autumn' (no count, no date), the Swedish prime minister's 'willing to do more' (stance).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chernihiv", "Chernihiv", "Ukraine")],
               night("2025-11-05", "2025-11-06", "overnight on Thursday"), [{"type": "drone"}],
               ev("Russian drones struck Chernihiv overnight on Thursday, a day after an earlier drone raid on the city's grid, damaging an apartment building in the Novozavodskyi district and injuring three people, a brother and sister aged 6 and 11 among them, according to Viacheslav Chaus, who leads the region's military administration.",
                  "A 40-year-old woman was also injured, Chaus said."),
               injured=cnt(3, "three people"), children_injured=cnt(2, "a brother and sister aged 6 and 11"),
               damage=["apartment building"], reported_by=["Viacheslav Chaus"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chernihiv", "Chernihiv", "Ukraine")],
               night("2025-11-04", "2025-11-05", "On the night of Nov. 5"), [{"type": "drone"}],
               ev("On the night of Nov. 5, a drone attack on the city damaged an electrical substation, leaving around 30,000 households in the city without power for most of Wednesday.",
                  "No one was hurt in that strike, the city authorities said."),
               injured=cnt(0, "No one"), damage=["electrical substation"],
               reported_by=["city authorities"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2025-11-05", "2025-11-06", "overnight into Thursday"),
               [{"type": "drone", "launched": cnt(128, "128"), "intercepted": cnt(104, "104")}],
               ev("Across the country, of the 128 drones Russia sent over Ukraine overnight into Thursday, 104 were shot down or suppressed, Ukraine's air force said."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("military_aid", ["Sweden", "Ukraine"], day("2025-11-05", "on Wednesday"), "held",
            "Sweden to provide SEK 1.2 billion for energy equipment (mobile gas turbines, transformers)",
            ev("Meanwhile, Sweden's government said on Wednesday that it will provide Ukraine with SEK 1.2 billion (about $125 million) for energy equipment, including mobile gas turbines and transformers, ahead of the winter.")),
    ])

# --------------------------------------------------------------------------- l07
GOLD["l07_businesswire_tuapse_sanctions_draft"] = dict(
    notes="Business wire (Wednesday 4 February 2026): a Ukrainian drone strike on the Tuapse oil terminal overnight "
          "('there were no casualties': killed 0, injured 0); the Commission's draft 20th package presented on "
          "Wednesday (sanctions, proposed: a draft, rule 13); the UK's sanctions on 35 tankers on Tuesday (held). "
          "Not coded: the Nordic and Baltic ministers' urging (a demand), 'more than 40 times since the start of "
          "last year' (aggregate), 'since a previous attack' (no date, no count), market and export figures.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Tuapse", "Krasnodar Krai", "Russia")],
               night("2026-02-03", "2026-02-04", "overnight"), [{"type": "drone"}],
               ev("Tanker loadings at Russia's Black Sea oil port of Tuapse were suspended on Wednesday after a Ukrainian drone strike overnight set a berth on fire, according to regional authorities and two people familiar with port operations.",
                  "The fire at the terminal, which ships mainly diesel and fuel oil, was extinguished by morning and there were no casualties, the Krasnodar region's operational headquarters said on Telegram.",
                  "Debris also damaged a pipeline and a pump station, it said."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["berth", "pipeline", "pump station"],
               reported_by=["Krasnodar region's operational headquarters"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-02-04", "on Wednesday"), "proposed",
            "The European Commission's draft 20th sanctions package (shadow-fleet port ban, lower price cap)",
            ev("The strike came as the European Commission on Wednesday presented member states with a draft of the bloc's 20th sanctions package, which would add more than 100 vessels of the shadow fleet that carries Russian oil to the vessels shut out of European harbours and lower the price cap on Russian crude, according to a document seen by Ledgerline.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-02-03", "on Tuesday"), "held",
            "UK sanctions on 35 tankers and two Dubai-based traders moving Russian oil",
            ev("The UK on Tuesday imposed sanctions on 35 tankers and two Dubai-based traders it said were helping Russia move oil, the Foreign Office said, bringing the number of ships it has designated to more than 500.")),
    ])

# --------------------------------------------------------------------------- l08
GOLD["l08_broadsheet_sanchez_visit_zhytomyr"] = dict(
    notes="Broadsheet (Tuesday 27 October 2026): Sanchez's visit to Kyiv on Monday (visit, held; his meeting with "
          "Zelenskyy is part of it, rule 14); the EUR 600m he pledged (aid, held); drones on a grain elevator near "
          "Korostyshiv overnight into Monday (a guard killed); Zelenskyy's call with the Japanese prime minister on "
          "Sunday (held). Not coded: Zakharova's remarks (reaction), the EU assets plan (no event), Sanchez's "
          "'open to' more Patriot parts and Zelenskyy's hope to visit Madrid (stances), 'his first visit since the "
          "spring' (vague background).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Korostyshiv", "Zhytomyr", "Ukraine")],
               night("2026-10-25", "2026-10-26", "overnight into Monday"), [{"type": "drone"}],
               ev("Hours before his train pulled in, Russian drones hit a grain elevator on the outskirts of Korostyshiv, in the Zhytomyr region, overnight into Monday, killing a security guard and starting a fire that burned until dawn, the regional administration said."),
               killed=cnt(1, "a security guard"), damage=["grain elevator"], reported_by=["regional administration"]),
    ],
    diplomacy=[
        dip("visit", ["Spain", "Ukraine"], day("2026-10-26", "on Monday"), "held",
            "Spanish prime minister Pedro Sanchez visited Kyiv and met Zelenskyy",
            ev("The Spanish prime minister, Pedro Sánchez, travelled to Kyiv on Monday for his first visit since the spring, pledging €600m in military aid as Ukraine braces for another winter of Russian attacks on its power grid.",
               "Sánchez, who arrived by overnight train, laid a wreath at the wall of remembrance near St Michael's monastery before meeting Volodymyr Zelenskyy in the presidential administration building."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("military_aid", ["Spain", "Ukraine"], day("2026-10-26", "on Monday"), "held",
            "EUR 600m for Hawk and Aspide missiles and spare parts and crew training",
            ev("The Spanish prime minister, Pedro Sánchez, travelled to Kyiv on Monday for his first visit since the spring, pledging €600m in military aid as Ukraine braces for another winter of Russian attacks on its power grid.",
               "The package he announced will pay for spare parts and missiles for the Hawk and Aspide air defence systems Spain has already sent, and for training Ukrainian crews in Spain, the Moncloa said.")),
        dip("phone_call", ["Ukraine", "Japan"], day("2026-10-25", "On Sunday"), "held",
            "Zelenskyy and Sanae Takaichi discussed Japanese funding for energy repairs and frozen Russian assets",
            ev("On Sunday, he had held a telephone conversation with Sanae Takaichi, Japan's prime minister, about Japanese funding for energy repairs and how to put immobilised Russian funds to use, his office said.")),
    ])

# --------------------------------------------------------------------------- l09
GOLD["l09_analysis_copenhagen_summit_istanbul_stall"] = dict(
    notes="Newspaper diplomacy analysis naming leaders by surname only (Saturday 16 May 2026): the Copenhagen "
          "summit on Thursday (summit, held; participants are the states of Frederiksen, Macron, Starmer, Merz, "
          "Tusk and Zelensky, rule 15); the Istanbul talks' fourth round, planned for early May and not held with "
          "'no new date' (talks, stalled, dated by the planned time, rules 11 and 16; Turkey hosts, rule 15); "
          "Witkoff due in Moscow next Thursday to meet Putin (talks, planned: an envoy's meeting, rule 14; a "
          "`visit` reading is debatable); Warsaw's summons of the Russian ambassador on Monday (diplomatic "
          "protest, held). Optional: the March round in Istanbul (background, rule 17). Not coded: Orban's "
          "'ready to host' (stance), Poland's request to Nato (a demand), 'three rounds of talks since the "
          "winter' (aggregate), the prisoner exchange agreed in March (part of the background round).",
    attacks=[],
    diplomacy=[
        dip("summit", ["Denmark", "France", "United Kingdom", "Germany", "Poland", "Ukraine"],
            day("2026-05-14", "on Thursday"), "held",
            "European leaders' summit hosted by Frederiksen at Christiansborg with Macron, Starmer, Merz, Tusk and Zelensky",
            ev("When Frederiksen welcomed her fellow leaders to Christiansborg on Thursday, the staging was meant to convey momentum.",
               "Macron, Starmer, Merz, Tusk and Zelensky sat around one table at the summit for most of the afternoon, and the communiqué they issued spoke of a \"long-term shield\" for Ukraine: money for interceptor drones, a joint air-policing plan for the Black Sea and a promise to keep the frozen-assets loan on course."),
            location=loc("Copenhagen", None, "Denmark")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], month("2026-05-01", "2026-05-31", "early May"), "stalled",
            "The fourth round of the Istanbul talks (Umerov and Medinsky delegations), hosted by Fidan, did not take place; no new date",
            ev("The Istanbul track, on which the Umerov and Medinsky delegations had managed three rounds of talks since the winter, has stalled.",
               "A fourth round, pencilled in for early May, never took place, and officials in Ankara concede privately that no new date has been set."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], month("2026-03-01", "2026-03-31", "in March"), "held",
            "The last round of the Istanbul talks: a further prisoner exchange and return of bodies agreed",
            ev("The last time the two delegations met, in Istanbul in March, they agreed little beyond a further exchange of prisoners and the repatriation of soldiers' remains."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("talks", ["United States", "Russia"], day("2026-05-21", "next Thursday"), "planned",
            "US envoy Witkoff due in Moscow to meet Putin",
            ev("Witkoff is due in Moscow next Thursday to meet Putin, two officials familiar with the schedule say, but European diplomats expect little beyond another exchange of positions."),
            location=loc("Moscow", None, "Russia")),
        dip("diplomatic_protest", ["Poland", "Russia"], day("2026-05-11", "On Monday"), "held",
            "Poland summoned the Russian ambassador over drone debris found near Hrubieszow",
            ev("On Monday, Warsaw summoned the Russian ambassador after debris from a Russian drone was found in a field near Hrubieszów, a few kilometres from the Ukrainian border.")),
    ])

# --------------------------------------------------------------------------- l10
GOLD["l10_agency_kyiv_dateline_exchange_kherson"] = dict(
    notes="Agency copy datelined Kyiv (Saturday 11 April 2026; Kyiv is the dateline and its sirens 'stayed silent "
          "overnight': no record): the 175-for-175 prisoner exchange on Saturday mediated by the UAE (held; the UAE "
          "is a participant, rule 15); Russian artillery on Kherson on Saturday morning (a woman killed, 'four other "
          "people' wounded, 'including a boy of 16'). Not coded: 'more than 70 swaps since February 2022' and 'over "
          "5,000 Ukrainians' (aggregates), Abu Dhabi having 'brokered the majority of this year's swaps' (no event), "
          "Peskov's 'open to further humanitarian steps' (stance), the 'almost constant fire' on the riverside "
          "(no count, no date), marines 'taken prisoner in the south in 2022' (a capture, not a strike).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-04-11", "on Saturday morning"), [{"type": "artillery"}],
               ev("In Kherson, Russian artillery on Saturday morning killed a 68-year-old woman waiting at a tram stop and wounded four other people, including a boy of 16, regional governor Oleksandr Prokudin said.",
                  "Several private houses in the Korabelnyi district, on the riverbank facing the Russian-held left bank, were also damaged."),
               killed=cnt(1, "a 68-year-old woman"), injured=cnt(4, "four other people"),
               children_injured=cnt(1, "a boy of 16"), damage=["private houses"],
               reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-04-11", "on Saturday"), "held",
            "175 servicemen swapped by each side on the eve of Orthodox Easter after UAE mediation",
            ev("KYIV, April 11 (GPA) - On the eve of Orthodox Easter, Ukraine and Russia swapped 175 servicemen apiece on Saturday, officials in both capitals said, crediting the United Arab Emirates with arranging it.")),
    ])

# --------------------------------------------------------------------------- l11
N1128 = night("2024-11-27", "2024-11-28", "overnight into Thursday")
GOLD["l11_wire_lutsk_rivne_energy_allbut"] = dict(
    notes="US wire (Thursday 28 November 2024): the nationwide night overnight into Thursday ('a combined 188 "
          "missiles and drones', one weapon of type other; 'Ninety-one' missiles with 'all but 12' down = 79, "
          "rule 6; 97 drones / 35 destroyed; the 62 'lost' to jamming are not coded as intercepted); a missile "
          "on an energy facility in Lutsk (three wounded); missile debris on a substation and houses in Rivne "
          "('No one was injured': injured 0); the Pentagon's $200 million package on Wednesday (aid, held). Not "
          "coded: DTEK's damaged plants (no place), Putin's Oreshnik threat in Astana (a statement; Astana is "
          "no place attacked), 'the 11th large-scale attack' this year (aggregate), Sybiha's appeal (demand).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1128,
               [{"type": "other", "model": "missiles and drones", "launched": cnt(188, "188")},
                {"type": "missile", "launched": cnt(91, "Ninety-one"), "intercepted": cnt(79, "all but 12")},
                {"type": "drone", "launched": cnt(97, "97"), "intercepted": cnt(35, "35")}],
               ev("Russia fired a combined 188 missiles and drones at Ukraine's power grid overnight into Thursday, Ukrainian officials said, knocking out electricity for more than a million households in the country's west as temperatures fell below freezing.",
                  "Ninety-one of the weapons were missiles, and all but 12 of those were shot down, the Ukrainian air force said.",
                  "Of the 97 drones, 35 were destroyed, while 62 others were \"lost,\" a term the military uses for drones believed to have been diverted by electronic jamming."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Lutsk", "Volyn", "Ukraine")], N1128, [{"type": "missile"}],
               ev("In the northwestern city of Lutsk, a missile struck an energy facility and three people were wounded, Mayor Ihor Polishchuk said."),
               injured=cnt(3, "three people"), damage=["energy facility"], reported_by=["Ihor Polishchuk"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Rivne", "Rivne", "Ukraine")], N1128, [{"type": "missile"}],
               ev("In neighboring Rivne, debris from a downed missile damaged a substation and several houses, regional governor Oleksandr Koval said.",
                  "No one was injured, he said."),
               injured=cnt(0, "No one"), damage=["substation", "houses"], reported_by=["Oleksandr Koval"]),
    ],
    diplomacy=[
        dip("military_aid", ["United States", "Ukraine"], day("2024-11-27", "on Wednesday"), "held",
            "Pentagon package of $200 million (HIMARS ammunition, Stinger missiles) from US stockpiles",
            ev("In Washington, the Pentagon on Wednesday announced a new $200 million package of weapons for Ukraine, including ammunition for HIMARS launchers and Stinger missiles, drawing on existing U.S. stockpiles.")),
    ])

# --------------------------------------------------------------------------- l12
GOLD["l12_weekly_chernihiv_beekeepers_control"] = dict(
    notes="Control, regional weekly feature (Thursday 20 August 2026): beekeepers in the Chernihiv region, mined "
          "fields, honey exports, certification costs, a cooperative in Nizhyn, a grandson on leave. No record at "
          "all: no strike on a place on a day or night, no dated diplomatic event (buyers returning and export "
          "paperwork are commerce).",
    attacks=[], diplomacy=[])


def main() -> None:
    write_gold(DEV22, GOLD)


if __name__ == "__main__":
    main()
