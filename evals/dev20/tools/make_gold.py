"""Write evals/dev20/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers come through evals/tools/gold_helpers.py, shared by every set. The one cross-article
event (the nationwide night of 17-18 November 2026, told by a wire story and by the air force's
own statement) is written to gold/clusters.json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV20 = ROOT / "evals" / "dev20"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- a01
N1118 = night("2026-11-17", "2026-11-18", "overnight")
GOLD["a01_wire_ternopil_overnight_toll"] = dict(
    notes="Wire story (Wednesday 18 November 2026): a cruise missile and drones on Ternopil overnight ('at least four' "
          "killed in the lead, 'seven' by mid-afternoon: evidence only; 19 wounded, 'three children'); the air force's "
          "nationwide figures (476 drones / 430 down, 48 missiles / 39 down; no split of the missiles, so type missile); a "
          "drone on a minibus in Bilozerka 'on Wednesday morning' (the driver wounded); Zelenskiy's call with 'the "
          "Turkish president' 'on Tuesday evening'. Not coded: 'earlier in the war' (vague background), 'more than 5,000 "
          "... since the start of November' (aggregate), Ankara's repeated offers (no dated event), Kyiv 'ready to send a "
          "delegation' and Moscow 'open to contacts' (stances), the Kremlin's denial. 'Moscow said' is a speaker, not a "
          "place attacked.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Ternopil", "Ternopil", "Ukraine")], N1118,
               [{"type": "cruise_missile"}, {"type": "drone"}],
               ev("Russia pounded the western Ukrainian city of Ternopil with missiles and drones overnight, and regional officials said on Wednesday that at least four people had died and 19 had been hurt, three children among them.",
                  "A cruise missile ripped into the top three storeys of a nine-floor apartment block near the city's bus station shortly after 4 a.m., governor Vyacheslav Negoda said.",
                  "By mid-afternoon the city council said seven people had died, and that two of the injured children were in a serious condition."),
               killed=cnt(4, "at least four people", "at_least"), injured=cnt(19, "19"),
               children_injured=cnt(3, "three children"),
               damage=["apartment building", "furniture factory", "boiler house"],
               reported_by=["Vyacheslav Negoda"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1118,
               [{"type": "drone", "launched": cnt(476, "476"), "intercepted": cnt(430, "430")},
                {"type": "missile", "launched": cnt(48, "48"), "intercepted": cnt(39, "39")}],
               ev("Across the country, Russia launched 476 drones and 48 missiles, Ukraine's air force said.",
                  "Air defence units destroyed 430 of the drones and 39 of the missiles, it added, while the rest struck targets in six regions."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bilozerka", "Kherson", "Ukraine")],
               day("2026-11-18", "on Wednesday morning"), [{"type": "drone"}],
               ev("In the southern Kherson region, a small drone let fall a grenade onto a minibus in the village of Bilozerka on Wednesday morning, wounding the driver, the regional administration said."),
               injured=cnt(1, "the driver"), damage=["minibus"], reported_by=["regional administration"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-11-17", "on Tuesday evening"), "held",
            "Zelenskiy discussed the night's strikes with the Turkish president by phone",
            ev("said he had discussed the night's strikes with the Turkish president in a phone call on Tuesday evening, before the missiles were launched.")),
    ])

# --------------------------------------------------------------------------- a02
GOLD["a02_airforce_statement_night_18_november"] = dict(
    notes="Ukrainian air force statement in English (18 November 2026) on 'the night of 18 November' (17-18 November). "
          "One country record: '524 means of air attack' (combined, type other) with 469 down; '476 attack UAVs of the "
          "Shahed type' (drone, Shahed, 430 down: 'UAVs of various types' read as the same drones); '48 missiles' split into 12 "
          "Iskander-M ballistic (3 down) and 36 Kh-101 cruise "
          "('all 36' down), so the 48 is a combined figure of type other with 39 down. The same night as a01's country "
          "record (clusters.json). Not coded: hits 'at 17 locations' (hits, no place), launch areas (Kursk, Oryol, "
          "Millerovo, Primorsko-Akhtarsk, Bryansk, Voronezh, Saratov regions are launch sites, not targets), 'more "
          "than 5,000 attack UAVs' since the beginning of the month (aggregate).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA],
               night("2026-11-17", "2026-11-18", "On the night of 18 November"),
               [{"type": "other", "model": "means of air attack", "launched": cnt(524, "524"), "intercepted": cnt(469, "469")},
                {"type": "drone", "model": "Shahed", "launched": cnt(476, "476"), "intercepted": cnt(430, "430")},
                {"type": "other", "model": "missiles", "launched": cnt(48, "48"), "intercepted": cnt(39, "39")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(12, "12"), "intercepted": cnt(3, "three")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(36, "36"), "intercepted": cnt(36, "all 36")}],
               ev("On the night of 18 November (from 18:00 on 17 November), the enemy attacked Ukraine with 524 means of air attack.",
                  "48 missiles: 12 Iskander-M ballistic missiles (Bryansk and Voronezh regions) and 36 Kh-101 cruise missiles",
                  "469 targets had been downed or suppressed by air defence: 430 enemy UAVs of various types and 39 missiles, namely all 36 Kh-101 cruise missiles and three Iskander-M ballistic missiles."),
               reported_by=["Ukrainian Air Force Command"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- a03
T1027 = "2026-10-27"
GOLD["a03_telegram_belgorod_governor_post"] = dict(
    notes="Belgorod governor's Telegram post translated (Tuesday 27 October 2026), attacker Ukraine throughout: an FPV "
          "drone on a car in Shebekino 'This morning' (the driver, a man, killed); a drone on a flat's balcony in Belgorod "
          "'in the afternoon' ('Two women' injured); artillery on the village of Murom 'during the day' ('no one was "
          "hurt': injured 0); 23 drones shot down over the region 'Over the whole day' (region record). Not coded: the "
          "compensation and safety advice, the generic 'border villages'.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod Oblast", "Russia")],
               day(T1027, "This morning"), [{"type": "drone", "model": "FPV"}],
               ev("This morning the Armed Forces of Ukraine struck the town of Shebekino with an FPV drone.",
                  "The driver, a man, died of his wounds at the scene before the ambulance arrived."),
               killed=cnt(1, "The driver, a man"), damage=["passenger car"], reported_by=["Belgorod region governor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod Oblast", "Russia")],
               day(T1027, "in the afternoon"), [{"type": "drone"}],
               ev("In Belgorod, in the afternoon, a drone struck the balcony of an apartment building on Shalandina Street. Two women were injured.",
                  "Windows were broken in 14 flats and three cars were damaged."),
               injured=cnt(2, "Two women"), damage=["apartment building", "windows", "cars"],
               reported_by=["Belgorod region governor"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Murom", "Belgorod Oblast", "Russia")],
               day(T1027, "during the day"), [{"type": "artillery"}],
               ev("The village of Murom in the Shebekino district came under artillery fire during the day. Two private homes were hit and a power line was cut. Fortunately, no one was hurt."),
               injured=cnt(0, "no one was hurt"), damage=["private houses", "power line"],
               reported_by=["Belgorod region governor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod Oblast", "Russia", "region")],
               day(T1027, "Over the whole day"), [{"type": "drone", "intercepted": cnt(23, "23")}],
               ev("Over the whole day, our air defence systems shot down 23 Ukrainian drones over the region."),
               reported_by=["Belgorod region governor"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- a04
GOLD["a04_liveblog_odesa_second_night"] = dict(
    notes="Live blog in time order (Friday 23 October 2026): drones on Odesa overnight (first figures 07:05: two killed, "
          "nine injured; three and four dead later: evidence only; 'a girl of seven and her 12-year-old brother' = "
          "children_injured 2); the previous night's strike on Odesa 'During the night to Thursday' (21-22 October: a "
          "second event, 'Nobody was injured' = injured 0); the air force's 137 drones / 118 down (country record); "
          "Moldova summoning Russia's ambassador (no date words but the post's time: date null). Not coded: 'about half "
          "of them over the Odesa region' (no number), Zelensky's call on partners (demand), the damage tally as a "
          "separate event (it is the same night).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-10-22", "2026-10-23", "overnight"), [{"type": "drone"}],
               ev("Russian attack drones struck the city overnight, regional governor Oleh Kiper wrote on Telegram. He put the toll at two dead and nine injured.",
                  "Among the injured are a girl of seven and her 12-year-old brother, Kiper says.",
                  "Four people are now confirmed dead in Odesa."),
               killed=cnt(2, "two dead"), injured=cnt(9, "nine"),
               children_injured=cnt(2, "a girl of seven and her 12-year-old brother"),
               damage=["grain terminal", "residential block", "apartments", "school building"],
               reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-10-21", "2026-10-22", "During the night to Thursday"), [{"type": "drone"}],
               ev("During the night to Thursday, drones hit an energy facility in the city's west, leaving some 30,000 households without power. Nobody was injured in that attack, officials said at the time."),
               injured=cnt(0, "Nobody was injured"), damage=["energy facility"], reported_by=["officials"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-10-22", "2026-10-23", "overnight"),
               [{"type": "drone", "launched": cnt(137, "137"), "intercepted": cnt(118, "118")}],
               ev("The air force says it tracked 137 drones launched at Ukraine overnight, about half of them over the Odesa region. Of those, 118 were downed or jammed."),
               reported_by=["air force"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Moldova", "Russia"], None, "held",
            "Moldova's foreign ministry summoned the Russian ambassador over drone fragments found near Palanca",
            ev("In neighbouring Moldova, the foreign ministry said it had summoned the Russian ambassador after pieces of a Shahed turned up in a field near the border village of Palanca.")),
    ])

# --------------------------------------------------------------------------- a05
N1105 = night("2026-11-04", "2026-11-05", "overnight on November 4 to 5")
GOLD["a05_assessment_volgograd_refinery"] = dict(
    notes="Think-tank daily assessment (5 November 2026): Ukrainian drones on the Volgograd refinery overnight 4-5 "
          "November ('there were no casualties': killed 0, injured 0); the Russian MoD's 85 drones overnight (country "
          "record Russia); its regional shares (31 Volgograd Oblast, 19 Rostov Oblast: optional region records); a "
          "Russian ballistic missile on Kryvyi Rih 'on the afternoon of November 4' (11 injured, 'two children'); the "
          "Witkoff-Umerov meeting in Miami 'on November 8' (talks, planned). Not coded: 'the third strike on the "
          "facility this autumn' and 'more than 160 drone strikes ... since January' (aggregates), the front-wide "
          "combat engagements, glide bombs and kamikaze drones (rule 5), Peskov's 'open to negotiations' (stance).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Volgograd", "Volgograd Oblast", "Russia")], N1105,
               [{"type": "drone"}],
               ev("Ukrainian forces struck the Volgograd oil refinery overnight on November 4 to 5, the third strike on the facility this autumn.",
                  "Geolocated footage published on November 5 shows a large fire at the Volgograd refinery after a Ukrainian drone strike overnight.",
                  "Volgograd Oblast Governor Andrei Bocharov claimed that debris from a downed drone caused the fire and that there were no casualties."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               damage=["oil refinery", "primary processing unit"],
               reported_by=["Andrei Bocharov", "Ukrainian General Staff"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-11-04", "2026-11-05", "overnight"),
               [{"type": "drone", "intercepted": cnt(85, "85")}],
               ev("Russia's Defense Ministry said its forces downed 85 Ukrainian drones overnight, including 31 over Volgograd Oblast.",
                  "The Russian MoD claimed that air defence destroyed 85 Ukrainian drones overnight over eight regions, 31 of them over Volgograd Oblast and 19 over Rostov Oblast."),
               reported_by=["Russian Ministry of Defense"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Volgograd Oblast", "Volgograd Oblast", "Russia", "region")],
                   night("2026-11-04", "2026-11-05", "overnight"), [{"type": "drone", "intercepted": cnt(31, "31")}],
                   ev("The Russian MoD claimed that air defence destroyed 85 Ukrainian drones overnight over eight regions, 31 of them over Volgograd Oblast and 19 over Rostov Oblast."),
                   reported_by=["Russian Ministry of Defense"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Rostov Oblast", "Rostov Oblast", "Russia", "region")],
                   night("2026-11-04", "2026-11-05", "overnight"), [{"type": "drone", "intercepted": cnt(19, "19")}],
                   ev("The Russian MoD claimed that air defence destroyed 85 Ukrainian drones overnight over eight regions, 31 of them over Volgograd Oblast and 19 over Rostov Oblast."),
                   reported_by=["Russian Ministry of Defense"])),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-04", "on the afternoon of November 4"), [{"type": "ballistic_missile"}],
               ev("Russian forces struck Kryvyi Rih with a ballistic missile on the afternoon of November 4, injuring 11 people, including two children, according to Dnipropetrovsk Oblast Military Administration Head Vladyslav Haivanenko."),
               injured=cnt(11, "11 people"), children_injured=cnt(2, "two children"),
               reported_by=["Vladyslav Haivanenko"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Ukraine"], day("2026-11-08", "on November 8"), "planned",
            "US envoy Steve Witkoff to meet Rustem Umerov in Miami",
            ev("US Special Envoy Steve Witkoff is scheduled to meet Ukrainian Security Council Secretary Rustem Umerov in Miami on November 8, according to Ukrainian officials."),
            location=loc("Miami", "Florida", "United States")),
    ])

# --------------------------------------------------------------------------- a06
N1209 = night("2025-12-08", "2025-12-09", "between 11 p.m. Moscow time on Monday and 7 a.m. on Tuesday")
A06_MOD = ("According to the ministry, the Yaroslavl region accounted for 22 of them, the Bryansk region for 17 and the "
           "Kursk region for 11, while the rest fell over the Moscow region and the Black Sea.")
GOLD["a06_russianagency_yaroslavl_kharkov"] = dict(
    notes="Russian state agency in English (Tuesday 9 December 2025), Russian spellings (Kharkov, Zaporozhye, Kiev): "
          "Ukrainian drones on a Yaroslavl refinery 'early on Tuesday' ('There were no casualties': killed 0, injured "
          "0); the ministry's 64 drones overnight (country record Russia) and its regional shares (22 Yaroslavl, 17 "
          "Bryansk, 11 Kursk: optional region records); Russia's own overnight strike with Kinzhal missiles and drones "
          "on energy facilities 'in the Kharkov and Zaporozhye regions' (places in aggregate: one record, two region "
          "locations); Russia's proposal of a next round of direct talks in Istanbul (background, no date: optional). "
          "Not coded: the airport restrictions, Putin's 'no plans' to call Macron and the Kremlin 'does not rule out' "
          "(stances), 'intensified since the summer' (aggregate). The dateline Yaroslavl is also the attacked city. "
          "Corrected (ruling of 2 December 2026, rule 9): Kinzhal is a `ballistic_missile` (was `missile`).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Yaroslavl", "Yaroslavl Oblast", "Russia")],
               day("2025-12-09", "early on Tuesday"), [{"type": "drone"}],
               ev("A fire broke out at an oil refinery on the outskirts of Yaroslavl after a Ukrainian drone attack early on Tuesday, regional governor Mikhail Yevrayev said.",
                  "There were no casualties, he added, and firefighters brought the blaze under control by 8 a.m."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["oil refinery"], reported_by=["Mikhail Yevrayev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1209,
               [{"type": "drone", "intercepted": cnt(64, "64")}],
               ev("The Russian Defence Ministry said that duty air defence crews had knocked out 64 Ukrainian aircraft-type drones between 11 p.m. Moscow time on Monday and 7 a.m. on Tuesday."),
               reported_by=["Russian Defence Ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Yaroslavl", "Yaroslavl Oblast", "Russia", "region")], N1209,
                   [{"type": "drone", "intercepted": cnt(22, "22")}], ev(A06_MOD), reported_by=["Russian Defence Ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk Oblast", "Russia", "region")], N1209,
                   [{"type": "drone", "intercepted": cnt(17, "17")}], ev(A06_MOD), reported_by=["Russian Defence Ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk Oblast", "Russia", "region")], N1209,
                   [{"type": "drone", "intercepted": cnt(11, "11")}], ev(A06_MOD), reported_by=["Russian Defence Ministry"])),
        attack("Russia", "Ukraine", "drone_and_missile",
               [loc("Kharkov", "Kharkiv", "Ukraine", "region"), loc("Zaporozhye", "Zaporizhzhia", "Ukraine", "region")],
               night("2025-12-08", "2025-12-09", "overnight"),
               [{"type": "ballistic_missile", "model": "Kinzhal"}, {"type": "drone"}],
               ev("The ministry also reported that overnight its troops had launched Kinzhal hypersonic missiles and strike drones in a large-scale attack on energy sites serving the Ukrainian military-industrial complex in the Kharkov and Zaporozhye regions.",
                  "The Kharkov regional authorities confirmed power outages in several districts after the night attack."),
               damage=["energy facilities"], reported_by=["Russian Defence Ministry"]),
    ],
    diplomacy=[
        opt(dip("talks", ["Russia", "Ukraine", "Turkey"], None, "proposed",
                "Russia's proposals on a next round of direct talks in Istanbul, awaiting Kyiv's answer",
                ev("Russia was still waiting for a response from Kiev to its proposals on a further round of direct negotiations in Istanbul."),
                location=loc("Istanbul", None, "Turkey"))),
    ])

# --------------------------------------------------------------------------- a07
T0210 = "2026-02-10"
GOLD["a07_wire_nikopol_shelling"] = dict(
    notes="US-style wire (Wednesday 11 February 2026): Russian artillery on Nikopol 'on Tuesday' ('a 68-year-old woman' "
          "killed, 'five other people' wounded, 'a boy of 15' among them); a drone on a bus stop in Marhanets "
          "'Later on Tuesday' ('two men'); a drone on a gas pipeline in Pokrovske (same afternoon by context, 'no one "
          "hurt' = injured 0). Optional: Grossi's planned trip to Kyiv and Moscow 'later this month' (a visit by an "
          "organisation's head for consultations: visit or talks is debatable). Not coded: the daily fire 'almost every "
          "day' and 'more than 1,200 times since the start of the year' (generic, aggregate), explosions heard near the "
          "plant (no attacker, no hit), the German-funded shelters (municipal, not a state decision).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day(T0210, "on Tuesday"), [{"type": "artillery"}],
               ev("Russian artillery pounded the Ukrainian riverside city of Nikopol on Tuesday, killing a 68-year-old woman and wounding five other people, a boy of 15 included, local officials said.",
                  "Shells fell on a market street and a residential neighborhood shortly before noon, Nikopol district chief Yevhen Yevtushenko said."),
               killed=cnt(1, "a 68-year-old woman"), injured=cnt(5, "five other people"),
               children_injured=cnt(1, "a boy of 15"), damage=["market street", "residential neighborhood"],
               reported_by=["Yevhen Yevtushenko"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Marhanets", "Dnipropetrovsk", "Ukraine")],
               day(T0210, "Later on Tuesday"), [{"type": "drone"}],
               ev("Later on Tuesday, two men waiting at a bus stop in the nearby town of Marhanets were wounded when a Russian drone struck it, according to the regional administration."),
               injured=cnt(2, "two men"), damage=["bus stop"], reported_by=["regional administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Pokrovske", "Dnipropetrovsk", "Ukraine")],
               day(T0210, "Later on Tuesday"), [{"type": "drone"}],
               ev("Another drone damaged a gas pipeline in the village of Pokrovske, with no one hurt."),
               injured=cnt(0, "no one hurt"), damage=["gas pipeline"], reported_by=["regional administration"]),
    ],
    diplomacy=[
        opt(dip("visit", ["IAEA", "Ukraine", "Russia"], month("2026-02-01", "2026-02-28", "later this month"), "planned",
                "IAEA chief Rafael Grossi due in Kyiv and Moscow for consultations on a local ceasefire at the Zaporizhzhia plant",
                ev("IAEA chief Rafael Grossi is due to travel to Kyiv and Moscow later this month for consultations on a local ceasefire to allow repairs to the plant's power lines, an IAEA spokesperson said."))),
    ])

# --------------------------------------------------------------------------- a08
T0120 = "2026-01-20"
GOLD["a08_britishpaper_merz_kyiv_visit"] = dict(
    notes="British paper (Tuesday 20 January 2026): Merz's visit to Kyiv 'on Tuesday' (one visit record: the press "
          "conference with Zelenskyy is part of it); Germany's decision to hand over two more Patriot systems (aid, "
          "held); the Zelenskyy-Trump call 'on Monday'; the Ukrainian-American negotiators' meeting in Geneva 'at the "
          "end of the month' (talks, planned; Switzerland hosts, rule 15); Russia's summons of the German ambassador "
          "'last week' (background: optional). Attacks: Russian drones on Zhytomyr overnight (three injured, 'a girl "
          "aged 11'); a missile on a Chernihiv industrial site 'early on Tuesday' ('no casualties': killed 0, "
          "injured 0). Not coded: Zelenskyy's call for frozen assets (demand), Merz 'willing to revisit' and the "
          "Kremlin 'open to dialogue' (stances), the winter campaign in general. Corrected (ruling of 2 December 2026, "
          "rule 15): Switzerland is a participant of the Geneva talks (the host state of the city).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Zhytomyr", "Zhytomyr", "Ukraine")],
               night("2026-01-19", T0120, "overnight"), [{"type": "drone"}],
               ev("Russian drones struck the city of Zhytomyr overnight, injuring three people, one of them a girl aged 11, and damaging a heating plant, the regional governor, Vitalii Bunechko, said."),
               injured=cnt(3, "three people"), children_injured=cnt(1, "a girl aged 11"),
               damage=["heating plant"], reported_by=["Vitalii Bunechko"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Chernihiv", "Chernihiv", "Ukraine")],
               day(T0120, "early on Tuesday"), [{"type": "missile"}],
               ev("In Chernihiv, a missile slammed into a factory compound on the northern edge of the city early on Tuesday. Officials said there were no casualties but did not say what the target had been."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               damage=["industrial site"], reported_by=["Officials"]),
    ],
    diplomacy=[
        dip("visit", ["Germany", "Ukraine"], day(T0120, "on Tuesday"), "held",
            "Chancellor Friedrich Merz, with Boris Pistorius, on an unannounced visit to Kyiv; press conference with Zelenskyy",
            ev("Germany's chancellor, Friedrich Merz, arrived in Kyiv on Tuesday on an unannounced visit,"),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["Germany", "Ukraine"], day(T0120, "on Tuesday"), "held",
            "Germany will hand over two more Patriot air defence systems before the spring",
            ev("pledging that Germany would deliver a further two Patriot batteries to Ukraine before the spring",
               "he said the systems would be paid for from Germany's 2026 budget and delivered \"in weeks, not months\".")),
        dip("phone_call", ["Ukraine", "United States"], day("2026-01-19", "on Monday"), "held",
            "Zelenskyy and Donald Trump discussed air defence and the timetable for the Geneva meeting",
            ev("The visit came a day after Zelenskyy and Donald Trump spoke by phone on Monday, a call both sides described as constructive.")),
        dip("talks", ["Ukraine", "United States", "Switzerland"], month("2026-01-01", "2026-01-31", "at the end of the month"), "planned",
            "Ukrainian and American negotiators to meet in Geneva",
            ev("the timetable for a meeting of Ukrainian and American negotiators in Geneva, which Kyiv says will take place at the end of the month."),
            location=loc("Geneva", None, "Switzerland")),
        opt(dip("diplomatic_protest", ["Russia", "Germany"], week("2026-01-12", "2026-01-18", "last week"), "held",
                "Russia's foreign ministry summoned the German ambassador over Berlin's 'militarisation'",
                ev("Russia's foreign ministry summoned the German ambassador last week over what it called Berlin's \"militarisation\","))),
    ])

# --------------------------------------------------------------------------- a09
GOLD["a09_analysis_talks_surnames"] = dict(
    notes="Newspaper diplomacy analysis (Friday 30 October 2026), leaders by surname only: the Istanbul round 'on 4 "
          "November' (talks, planned; Turkey hosts: participant); Umerov's talks with Fidan in Ankara 'on Tuesday' (27 October, held); the American-Russian meeting in Abu Dhabi planned 'for "
          "Monday' (26 October) and 'called off on Sunday evening' (cancelled, dated by the day it was planned for; the "
          "UAE hosts, rule 15); the EU's 22nd package adopted 'On Wednesday' (sanctions, held); London's proposed G7 "
          "price cap on Russian gas (sanctions, proposed, no date). Optional: the G7 finance ministers' meeting 'next "
          "month' (the proposal's venue, named only in passing). Not coded: Tusk 'urging' a fertiliser ban (urged, no "
          "formal standing), Putin 'ready to meet' and Zelensky 'open to meeting' (stances), Trump and Putin not having "
          "spoken 'since September' (no event), 'more than 5,000 prisoners' since the invasion (aggregate), the "
          "hypothetical 'all for all' exchange, Witkoff flying to Riyadh (travel, no meeting). Corrected (ruling of 2 "
          "December 2026, rule 15): the United Arab Emirates is a participant of the Abu Dhabi meeting (the host state of the city).",
    attacks=[],
    diplomacy=[
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-11-04", "on 4 November"), "planned",
            "Ukrainian and Russian delegations to meet in Istanbul, hosted by Fidan; Umerov to lead Kyiv's team",
            ev("Erdogan's office confirmed on Thursday that Ukrainian and Russian delegations will meet there on 4 November, the first direct round since the summer.",
               "Fidan, who has chaired the previous sessions, will host again."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["Ukraine", "Turkey"], day("2026-10-27", "on Tuesday"), "held",
            "Umerov and Fidan held talks in Ankara on the Istanbul round's format and guest list",
            ev("The ground was prepared in Ankara on Tuesday, when Umerov sat down with Fidan for three hours of talks on the format and the guest list."),
            location=loc("Ankara", None, "Turkey")),
        dip("talks", ["United States", "Russia", "United Arab Emirates"], day("2026-10-26", "for Monday"), "cancelled",
            "A meeting of American and Russian officials on economic cooperation in Abu Dhabi, called off over the agenda",
            ev("A meeting of American and Russian officials on economic cooperation, pencilled in for Monday, was called off on Sunday evening when neither side would accept the other's draft agenda."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
        dip("sanctions", ["European Union", "Russia"], day("2026-10-28", "On Wednesday"), "held",
            "The EU adopted its 22nd sanctions package (118 shadow-fleet tankers, two Chinese refineries)",
            ev("On Wednesday the EU formally adopted its 22nd package, listing another 118 tankers of the shadow fleet and two Chinese refineries.")),
        dip("sanctions", ["United Kingdom", "G7", "Russia"], None, "proposed",
            "The UK proposed a joint G7 price cap on Russian liquefied gas",
            ev("London, meanwhile, proposed a joint G7 cap on the price of Russian liquefied gas, which it will put to partners at a finance ministers' meeting next month.")),
        opt(dip("meeting", ["G7"], month("2026-11-01", "2026-11-30", "next month"), "planned",
                "G7 finance ministers' meeting where the UK will put its gas price cap proposal",
                ev("which it will put to partners at a finance ministers' meeting next month."))),
    ])

# --------------------------------------------------------------------------- a10
T1230 = "2024-12-30"
GOLD["a10_broadcaster_prisoner_swap_kherson"] = dict(
    notes="Broadcaster's website (Monday 30 December 2024): a 150-for-150 prisoner exchange mediated by the UAE (dated "
          "'on Monday' by Zelensky's post; the UAE is a participant); a Russian guided bomb on Kherson's Dniprovskyi "
          "district 'on Monday morning' ('a 47-year-old man' killed, 'four others' injured); a second bomb on Antonivka "
          "(same morning by context; damage only). Optional: the agreement to return bodies 'in January' (an agreement "
          "reached, reported in passing; dated by the return). Not coded: the 11th exchange and 'more than 2,600' "
          "(aggregates), captures at Mariupol and Snake Island (background, not attacks), the families' rally (not "
          "diplomacy), 'shelled almost daily' (generic), no direct talks since 2022, the two sides' positions (stances).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kherson", "Kherson", "Ukraine")],
               day(T1230, "on Monday morning"), [{"type": "glide_bomb"}],
               ev("The exchange came hours after a Russian glide bomb slammed into the Dniprovskyi district of Kherson on Monday morning, killing a 47-year-old man and injuring four others, regional governor Oleksandr Prokudin said."),
               killed=cnt(1, "a 47-year-old man"), injured=cnt(4, "four others"), reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Antonivka", "Kherson", "Ukraine")],
               day(T1230, "on Monday morning"), [{"type": "glide_bomb"}],
               ev("A second bomb damaged a church and several homes in the village of Antonivka on the city's outskirts."),
               damage=["church", "homes"], reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day(T1230, "on Monday"), "held",
            "150 prisoners of war returned by each side in an exchange mediated by the UAE",
            ev("Ukraine and Russia have each handed back 150 prisoners of war in a swap negotiated with help from the United Arab Emirates, the first swap in more than two months.",
               "Ukrainian President Volodymyr Zelensky posted photographs on Monday of the freed men,",
               "Russia's defence ministry confirmed it had received 150 of its servicemen,")),
        opt(dip("agreement", ["Ukraine", "Russia"], month("2025-01-01", "2025-01-31", "in January"), "planned",
                "The two sides agreed to return the bodies of fallen soldiers in January",
                ev("Dmytro Lubinets, said a deal had also been struck to return the bodies of fallen soldiers in January, though he did not give a date."))),
    ])

# --------------------------------------------------------------------------- a11
GOLD["a11_agency_poltava_missile_aid"] = dict(
    notes="French-style agency (Friday 22 November 2024), datelined KYIV, which was not hit ('no strikes were "
          "reported'): a Russian ballistic Iskander on Poltava 'on Thursday evening' (five killed, 17 injured, 'a "
          "teenager' among them; 'the only one' fired, 'No missiles were intercepted': launched 1, intercepted 0 on the "
          "city record, the figures being clearly Poltava's); the night's 74 drones, 'all but four' down (intercepted 70 "
          "by rule 6; country record); the Nordic winter package (aid, held; no date words); Russia's "
          "intermediate-range missile on Dnipro 'earlier this week' (background with a place: coded, week; 'Moscow said' "
          "is the speaker). Not coded: Japan 'considering' export restrictions (no decision, nothing put forward), "
          "Sybiha's urging (demand), 'more than 12,000 missiles' since the invasion (aggregate), Western denunciations.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Poltava", "Poltava", "Ukraine")],
               day("2024-11-21", "on Thursday evening"),
               [{"type": "ballistic_missile", "model": "Iskander", "launched": cnt(1, "the only one"),
                 "intercepted": cnt(0, "No missiles were intercepted")}],
               ev("A Russian ballistic missile struck a residential area of the central Ukrainian city of Poltava on Thursday evening, leaving five people dead and 17 injured, a teenager among them, officials said Friday.",
                  "The missile destroyed a two-storey house and damaged an adjoining school, regional governor Filip Pronin said on Telegram.",
                  "No missiles were intercepted, it said, as the only one fired at Poltava was a ballistic Iskander that air defence could not reach in time."),
               killed=cnt(5, "five people"), injured=cnt(17, "17"), children_injured=cnt(1, "a teenager"),
               damage=["house", "school"], reported_by=["Filip Pronin", "Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2024-11-21", "2024-11-22", "overnight"),
               [{"type": "drone", "launched": cnt(74, "74"), "intercepted": cnt(70, "all but four")}],
               ev("Russia also sent 74 drones at nine regions overnight, and all but four of them were destroyed or jammed, Ukraine's air force reported."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               week("2024-11-18", "2024-11-22", "earlier this week"), [{"type": "missile", "model": "intermediate-range missile"}],
               ev("Moscow said earlier this week that it had used a new intermediate-range missile against the city of Dnipro, a claim confirmed by Ukrainian officials."),
               reported_by=["Moscow", "Ukrainian officials"]),
    ],
    diplomacy=[
        dip("military_aid", ["Sweden", "Denmark", "Norway", "Ukraine"], None, "held",
            "A joint Nordic package of 2.4 billion kroner in winter support (generators, power-plant spare parts)",
            ev("Sweden, Denmark and Norway announced a joint package of 2.4 billion kroner in winter support, including generators and spare parts for power plants",
               "Swedish Defence Minister Pal Jonson said the first deliveries would reach Ukraine before Christmas.")),
    ])

# --------------------------------------------------------------------------- a12
GOLD["a12_culture_lviv_opera_season"] = dict(
    notes="Culture story (1 December 2026): the Lviv opera's premiere interrupted by an air raid alert, soldiers in the "
          "chorus, a wounded tenor, ticket sales, a planned tour of Poland and the Baltic states. No record at all: an "
          "alert is no attack (nothing hit), the opera's bridge to 'blow up' is fiction, the tour is cultural, not "
          "diplomacy between states, and no dated war event is reported.",
    attacks=[], diplomacy=[])

# The nationwide night of 17-18 November 2026: a01's country record and a02's (the air force's own statement).
CLUSTERS = {"clusters": [{"members": [
    {"article": "a01_wire_ternopil_overnight_toll", "type": "attack", "index": 1},
    {"article": "a02_airforce_statement_night_18_november", "type": "attack", "index": 0}]}]}


def main() -> None:
    write_gold(DEV20, GOLD)
    (DEV20 / "gold" / "clusters.json").write_text(json.dumps(CLUSTERS, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
