"""Write evals/dev18/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md (as clarified on 1 December 2026: explicit zeros are coded 0 in the gold).
Re-running this script overwrites the gold files: edit labels here, not there.
The helpers come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV18 = ROOT / "evals" / "dev18"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, year, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- y01
N1110 = night("2026-11-09", "2026-11-10", "overnight")
GOLD["y01_wire_odesa_port_night_turkey_call"] = dict(
    notes="Wire story datelined Kyiv (Tuesday 10 November; Kyiv itself not hit: 'reported no hits'): drones and "
          "ballistic missiles on Odesa overnight (two killed, nine wounded, 'a six-year-old girl'); the air force's "
          "national figures (84 drones / 61 down; three Iskander-M ballistic missiles with 'not one of the three "
          "missiles was stopped' coded intercepted 0); the Zelenskiy-Erdogan call 'on Monday'. Not coded: Turkey "
          "hosting 'earlier rounds' (no date, no place), Moscow's denial (a speaker, not an attacked place), 'a "
          "frequent target since the summer' (vague background).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], N1110,
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("KYIV, Nov 10 (Northline) - Russia struck the Black Sea city of Odesa overnight using drones and ballistic missiles, leaving two people dead and nine wounded, among them a six-year-old girl, the head of the regional administration, Oleh Kiper, said on Tuesday.",
                  "A missile landed near a grain terminal in the port district shortly before 2 a.m., Kiper said, and drone debris set fire to a five-storey residential building and a row of shops nearby."),
               killed=cnt(2, "two people"), injured=cnt(9, "nine"), children_injured=cnt(1, "a six-year-old girl"),
               damage=["grain terminal", "residential building", "shops"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-09", "2026-11-10", "during the night"),
               [{"type": "drone", "launched": cnt(84, "84"), "intercepted": cnt(61, "Sixty-one")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(3, "three"),
                 "intercepted": cnt(0, "not one of the three missiles")}],
               ev("According to Ukraine's air force, Moscow sent 84 attack drones into Ukraine during the night, along with three ballistic missiles, Iskander-Ms.",
                  "Sixty-one of the drones were destroyed by air defence crews; not one of the three missiles was stopped, its morning update added."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-11-09", "on Monday"), "held",
            "Zelenskiy and Erdogan discussed Black Sea shipping security and steps towards a ceasefire",
            ev("President Volodymyr Zelenskiy discussed the security of Black Sea shipping in a phone call with Turkish President Tayyip Erdogan on Monday, according to his office, which said the two leaders had also talked about the next steps towards a ceasefire.")),
    ])

# --------------------------------------------------------------------------- y02
GOLD["y02_britishpaper_odesa_toll_sybiha_ankara"] = dict(
    notes="British paper (Tuesday 10 November), the same Odesa night as y01 (clusters.json): the lead gives the "
          "evening toll 'Four people' before the morning's 'at least two' (rule 6: the first figure the article gives is "
          "the count, so killed 4; 'at least two' is evidence), nine wounded, 'Three of the wounded are children'; "
          "Sybiha's trip to Ankara 'on Thursday' to meet Fidan (talks, planned). Not coded: October's 'more than "
          "5,400' drones and 'every thermal power plant ... since the full-scale invasion' (aggregates), 'strikes on "
          "the region's ports earlier in the autumn' (vague background), Ankara 'ready to discuss' and Peskov's "
          "'remained open' (stances).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], N1110,
               [{"type": "missile"}, {"type": "drone"}],
               ev("Four people are now known to have died after Russian missiles and drones struck Odesa overnight, Ukrainian officials said on Tuesday evening, as rescuers pulled another body from the ruins of a shop beneath a burned apartment block.",
                  "Early on Tuesday the regional governor, Oleh Kiper, had reported at least two people killed and nine wounded.",
                  "Three of the wounded are children, the youngest of them six years old, according to the city's health department."),
               killed=cnt(4, "Four people"), injured=cnt(9, "nine"), children_injured=cnt(3, "Three of the wounded are children"),
               damage=["shop", "apartment block"], reported_by=["Ukrainian officials", "Oleh Kiper"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Turkey"], day("2026-11-12", "on Thursday"), "planned",
            "Foreign minister Andrii Sybiha to meet his Turkish counterpart Hakan Fidan in Ankara",
            ev("Ukraine's foreign minister, Andrii Sybiha, will travel to Ankara on Thursday to meet his Turkish counterpart, Hakan Fidan, his ministry said."),
            location=loc("Ankara", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- y03
N1116 = night("2026-11-15", "2026-11-16", "on the night of 16 November")
GOLD["y03_ukrainianoutlet_kryvyi_rih_two_nights"] = dict(
    notes="Ukrainian outlet (Monday 16 November): Kryvyi Rih on two consecutive nights, two events: a ballistic "
          "missile 'On the night of 15 November' (14-15 November; seven injured, 'a 12-year-old boy and his sister, "
          "aged 15' as children_injured 2) and drones 'on the night of 16 November' (15-16 November; 'no one was "
          "killed or injured': 0 and 0); the air force's 146 aerial targets (combined total of type other; 128 "
          "drones / 117 down, 18 missiles / 11 down) for the night into Monday; artillery on the Nikopol district "
          "'during the day on Sunday' ('No casualties were reported there': killed 0 and injured 0); Zelensky's "
          "meeting with Sweden's defence minister 'on Sunday' (talks). Not coded: 'more than 230 civilians' since "
          "the invasion (aggregate), 'repeatedly in recent weeks' (vague), Sweden 'ready to train' (stance). "
          "Corrected (ruling of 2 December 2026, rule 9): '128 strike drones (Shahed, Gerbera ...)' is a combined total, "
          "an `other` weapon carrying 128 / 117 beside `drone` (Shahed) and `decoy_drone` (Gerbera) entries (was `drone`).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               night("2026-11-14", "2026-11-15", "On the night of 15 November"), [{"type": "ballistic_missile"}],
               ev("On the night of 15 November, a ballistic missile hit the grounds of a vocational college in the Dovhyntsivskyi district.",
                  "Seven people were injured, Vilkul said.",
                  "Among them are a 12-year-old boy and his sister, aged 15, who were sleeping in a hostel next to the college."),
               injured=cnt(7, "Seven people"), children_injured=cnt(2, "a 12-year-old boy and his sister, aged 15"),
               damage=["vocational college", "hostel"], reported_by=["Oleksandr Vilkul"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")], N1116,
               [{"type": "drone", "model": "Shahed"}],
               ev("Then, on the night of 16 November, Shahed-type drones targeted an industrial enterprise on the southern outskirts of the city.",
                  "\"This time no one was killed or injured,\" Vilkul wrote."),
               killed=cnt(0, "no one was killed"), injured=cnt(0, "no one was killed or injured"),
               damage=["industrial enterprise", "warehouse"], reported_by=["Oleksandr Vilkul"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-15", "2026-11-16", "overnight"),
               [{"type": "other", "model": "aerial targets", "launched": cnt(146, "146")},
                {"type": "other", "model": "Shahed, Gerbera and other models",
                 "launched": cnt(128, "128"), "intercepted": cnt(117, "117")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone", "model": "Gerbera"},
                {"type": "missile", "launched": cnt(18, "18"), "intercepted": cnt(11, "11")}],
               ev("According to the Air Force, Russia attacked Ukraine overnight with a total of 146 aerial targets: 128 strike drones (Shahed, Gerbera and other models) plus 18 missiles.",
                  "Air defence neutralised 117 drones and 11 of the missiles."),
               reported_by=["Air Force"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol district", "Dnipropetrovsk", "Ukraine", "district")],
               day("2026-11-15", "during the day on Sunday"), [{"type": "artillery"}],
               ev("The regional governor, Serhii Lysak, added that artillery had also shelled the Nikopol district during the day on Sunday, damaging a gas pipeline and two private houses.",
                  "No casualties were reported there."),
               killed=cnt(0, "No casualties"), injured=cnt(0, "No casualties"),
               damage=["gas pipeline", "private houses"], reported_by=["Serhii Lysak"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Sweden"], day("2026-11-15", "on Sunday"), "held",
            "Zelensky met Swedish defence minister Pål Jonson in Kyiv about buying Gripen fighter jets",
            ev("Meanwhile, in Kyiv, Zelensky met the Swedish defence minister, Pål Jonson, on Sunday to discuss the purchase of Gripen fighter jets, the Office of the President reported."),
            location=loc("Kyiv", None, "Ukraine")),
    ])

# --------------------------------------------------------------------------- y04
N1121 = night("2026-11-20", "2026-11-21", "overnight")
Y04_MOD = "Moscow said 112 Ukrainian drones had been destroyed by its air defences overnight, 38 of them over the Bryansk region and 21 over the Oryol region."
GOLD["y04_exiledoutlet_tatarstan_oryol_drones"] = dict(
    notes="Exiled Russian outlet (Saturday 21 November): Ukrainian drones on the Alabuga zone in Tatarstan 'early on "
          "Saturday' (five injured; place coded as the site); a drone on a fuel depot in Oryol overnight (no casualty "
          "figure: nulls); 'Moscow said' 112 drones shot down overnight (country record Russia; Moscow is the speaker, "
          "not an attacked place). Optional: the Bryansk (38) and Oryol (21) region shares. Not coded: 'dozens of "
          "attacks on oil facilities since January' (aggregate), Peskov's 'willing to continue contacts' (stance), "
          "the General Staff's claim (same Alabuga event, no new record).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Alabuga", "Tatarstan", "Russia", "site")],
               day("2026-11-21", "early on Saturday"), [{"type": "drone"}],
               ev("Ukrainian drones attacked the special economic zone at Alabuga in Tatarstan early on Saturday, injuring five people, the republic's head, Rustam Minnikhanov, said in a short statement that did not describe the damage."),
               injured=cnt(5, "five people"), reported_by=["Rustam Minnikhanov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Oryol", "Oryol Oblast", "Russia")], N1121,
               [{"type": "drone"}],
               ev("In Oryol, some 150 kilometres south of Moscow, Governor Andrei Klychkov said a drone had struck a fuel depot on the city's northern edge overnight, causing a fire that was later brought under control."),
               damage=["fuel depot"], reported_by=["Andrei Klychkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1121,
               [{"type": "drone", "intercepted": cnt(112, "112")}], ev(Y04_MOD),
               reported_by=["Russian Defence Ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk Oblast", "Russia", "region")], N1121,
                   [{"type": "drone", "intercepted": cnt(38, "38")}], ev(Y04_MOD),
                   reported_by=["Russian Defence Ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Oryol", "Oryol Oblast", "Russia", "region")], N1121,
                   [{"type": "drone", "intercepted": cnt(21, "21")}], ev(Y04_MOD),
                   reported_by=["Russian Defence Ministry"])),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- y05
N1124 = night("2026-11-23", "2026-11-24", "overnight")
Y05_MOD = ("MOSCOW, November 24. /Sever/. The Russian Armed Forces overnight delivered a massive strike with long-range "
           "precision weapons, including Kinzhal hypersonic missiles, and attack drones against energy facilities "
           "that keep Ukraine's defense industry running, the Russian Defense Ministry said on Tuesday.")
GOLD["y05_statewire_kharkov_nikolaev_strike"] = dict(
    notes="Russian state wire datelined Moscow (Tuesday 24 November; Moscow not attacked), places in Russian "
          "transliteration: the overnight strike with Kinzhal missiles and drones (the ministry's lead gives the "
          "weapons of the wave) on Kharkov (an energy facility, three injured) and Nikolaev (a fire at an industrial "
          "facility, no casualty figure: nulls), one record per city, no country record (no figures); the ministry's "
          "64 Ukrainian drones 'in the past 24 hours' (country record Russia); Lavrov-Szijjarto talks in Moscow 'on "
          "Wednesday' (planned); Kiev's proposal of a new Istanbul round (proposed; Turkey as host, rule 15; no date). "
          "Not coded: 'ready for talks that take into account the root causes' (stance), 'regularly carried out "
          "strikes' (vague background). Corrected (ruling of 2 December 2026, rule 9): Kinzhal is a "
          "`ballistic_missile` in both city records (was `missile`).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kharkov", "Kharkiv", "Ukraine")], N1124,
               [{"type": "ballistic_missile", "model": "Kinzhal"}, {"type": "drone"}],
               ev(Y05_MOD,
                  "Kharkov Mayor Igor Terekhov wrote on his Telegram channel that a power facility in the city had been damaged and that three people had been injured."),
               injured=cnt(3, "three people"), damage=["power facility"], reported_by=["Igor Terekhov"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Nikolaev", "Mykolaiv", "Ukraine")], N1124,
               [{"type": "ballistic_missile", "model": "Kinzhal"}, {"type": "drone"}],
               ev(Y05_MOD,
                  "In Nikolaev, regional governor Vitaly Kim reported a fire at an industrial facility after the strike but gave no information on casualties."),
               damage=["industrial facility"], reported_by=["Vitaly Kim"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-11-23", "2026-11-24", "in the past 24 hours"),
               [{"type": "drone", "intercepted": cnt(64, "64")}],
               ev("Separately, the ministry said that air defense systems had intercepted and destroyed 64 Ukrainian fixed-wing drones over Russian regions in the past 24 hours."),
               reported_by=["Russian Defense Ministry"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Hungary"], day("2026-11-25", "On Wednesday"), "planned",
            "Lavrov to hold talks with Peter Szijjarto in Moscow on energy and a settlement in Ukraine",
            ev("On Wednesday, Sergey Lavrov, Russia's top diplomat, is to receive Hungary's Peter Szijjarto in Moscow for talks, ministry spokeswoman Maria Zakharova told journalists."),
            location=loc("Moscow", None, "Russia")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], None, "proposed",
            "Kiev proposed a new round of direct negotiations in Istanbul; Moscow says it has no details",
            ev("Zakharova also said that the Russian side had been informed of Kiev's proposal to meet again in Istanbul for direct negotiations but that Moscow had not yet received \"any concrete details.\""),
            location=loc("Istanbul", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- y06
D1122 = day("2026-11-22", "on Sunday")
GOLD["y06_usagency_nikopol_shelling_miami"] = dict(
    notes="US agency (Monday 23 November), datelined Nikopol: artillery and small drones on Nikopol 'on Sunday' (kind "
          "other with both weapons, codebook 8 as ruled 3 December 2026; 'more than 20 shells and several FPV drones hit' are "
          "hits, not launches: no counts; 'a 58-year-old woman' killed, 'her grandson, 8' injured and a child); a "
          "drone on a car in Kherson 'on Sunday morning' ('two men' injured); Witkoff's delegation to meet Ukraine's "
          "team in Miami 'next week' (talks, planned, week). Not coded: '176 combat clashes' (ground fighting, rule "
          "5), 'dozens of residents ... this year' and 'almost daily since' (aggregate, vague), Zelenskyy's "
          "'prepared to work constructively' (stance).",
    attacks=[
        attack("Russia", "Ukraine", "other", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")], D1122,
               [{"type": "artillery"}, {"type": "drone"}],
               ev("NIKOPOL, Ukraine (APS) — Russian artillery and small drones pounded the Ukrainian town of Nikopol on Sunday, killing a 58-year-old woman and wounding her grandson, 8, as they walked home from a market, regional officials said.",
                  "Dnipropetrovsk Gov. Serhii Lysak said more than 20 shells and several FPV drones hit Nikopol over the course of the day, damaging a bus stop, a pharmacy and power lines."),
               killed=cnt(1, "a 58-year-old woman"), injured=cnt(1, "her grandson, 8"),
               children_injured=cnt(1, "her grandson, 8"),
               damage=["bus stop", "pharmacy", "power lines"], reported_by=["Serhii Lysak"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-11-22", "on Sunday morning"), [{"type": "drone"}],
               ev("Downstream, in the city of Kherson, explosives released by a Russian drone struck a car on Sunday morning, injuring two men, the regional military administration said."),
               injured=cnt(2, "two men"), damage=["car"], reported_by=["regional military administration"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Ukraine"], week("2026-11-30", "2026-12-06", "next week"), "planned",
            "A US delegation led by Steve Witkoff to meet Ukraine's negotiating team in Miami on a revised peace framework",
            ev("In Washington, a White House official said a U.S. delegation led by special envoy Steve Witkoff would meet Ukraine's negotiating team in Miami next week to go over a revised draft of a peace framework."),
            location=loc("Miami", None, "United States")),
    ])

# --------------------------------------------------------------------------- y07
N1027 = night("2026-10-26", "2026-10-27", "overnight")
GOLD["y07_afp_taganrog_voronezh_decoys"] = dict(
    notes="French wire style (Tuesday 27 October): Ukrainian drones on an oil terminal near Taganrog overnight ('one "
          "person' injured; the man 'hospitalised with burns' is evidence only); drones on Voronezh ('There are no "
          "casualties': killed 0 and injured 0); Russia's ministry's 77 drones over eight regions (country record "
          "Russia); Russia's 57 'Shahed-type attack drones and decoys' with 'all but eleven' shot down (a combined "
          "total of type other, launched 57 / intercepted 46, with drone and decoy entries); a drone on a gas "
          "company building in the Myrhorod district (no date words of its own: the lead's night; 'Nobody was hurt': "
          "injured 0); Poland's summons of Russia's charge d'affaires 'on Monday'; EU leaders' meeting in Brussels "
          "'on Thursday' (summit, planned). Optional: the Sumy region ('hit targets in the Sumy and Poltava "
          "regions', no detail). Not coded: the drone over Poland 'during a previous night's attack' (an airspace "
          "incursion, no date), 'at least 40 Russian refineries' since the start of the year (aggregate).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Taganrog", "Rostov Oblast", "Russia")], N1027,
               [{"type": "drone"}],
               ev("Ukrainian drones struck an oil terminal near the Russian port of Taganrog overnight, setting fire to a storage tank and injuring one person, the governor of the Rostov region said on Tuesday.",
                  "\"Falling debris damaged the roofs of several private houses in Taganrog,\" Governor Yury Slyusar said on Telegram, adding that one man had been hospitalised with burns and that emergency crews were still at work."),
               injured=cnt(1, "one person"), damage=["oil terminal", "storage tank", "private houses"],
               reported_by=["Yury Slyusar"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Voronezh", "Voronezh Oblast", "Russia")], N1027,
               [{"type": "drone"}],
               ev("Drones also targeted the city of Voronezh, where the regional governor, Alexander Gusev, said fragments had fallen in a residential area, breaking windows in an apartment building.",
                  "\"There are no casualties,\" he said."),
               killed=cnt(0, "There are no casualties"), injured=cnt(0, "There are no casualties"),
               damage=["apartment building"], reported_by=["Alexander Gusev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-10-26", "2026-10-27", "during the night"),
               [{"type": "drone", "intercepted": cnt(77, "77")}],
               ev("The Russian defence ministry reported 77 Ukrainian drones downed over eight regions during the night, without saying how many had been launched."),
               reported_by=["Russian defence ministry"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N1027,
               [{"type": "other", "model": "Shahed-type attack drones and decoys", "launched": cnt(57, "57"),
                 "intercepted": cnt(46, "all but eleven")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"}],
               ev("Russia in turn sent 57 Shahed-type attack drones and decoys into Ukraine overnight; all but eleven were downed, the Ukrainian air force said."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Myrhorod district", "Poltava", "Ukraine", "district")], N1027,
               [{"type": "drone"}],
               ev("In Poltava, regional head Volodymyr Kohut said a drone had damaged an administrative building belonging to a gas production company in the Myrhorod district.",
                  "Nobody was hurt, he said."),
               injured=cnt(0, "Nobody was hurt"), damage=["administrative building"], reported_by=["Volodymyr Kohut"]),
        opt(attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine", "region")], N1027,
                   [{"type": "drone"}],
                   ev("The drones that got through hit targets in the Sumy and Poltava regions, it said, without giving details."),
                   reported_by=["Ukraine's air force"])),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Poland", "Russia"], day("2026-10-26", "on Monday"), "held",
            "Poland summoned Russia's charge d'affaires over a drone incursion into Polish airspace",
            ev("Poland on Monday summoned the Russian charge d'affaires in Warsaw after what it said was a Russian drone crossed into Polish airspace over the Lublin region during a previous night's attack on western Ukraine.")),
        dip("summit", ["European Union"], day("2026-10-29", "on Thursday"), "planned",
            "EU leaders meet in Brussels to discuss funding Ukraine, including a loan backed by frozen Russian assets",
            ev("The overnight exchanges came as European leaders prepared for a meeting in Brussels on Thursday at which they are expected to discuss how to fund Ukraine next year, possibly by lending against immobilised Russian state funds."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- y08
GOLD["y08_broadcaster_merz_kyiv_visit_kremlin_call"] = dict(
    notes="British broadcaster's website (Wednesday 14 October): Merz's visit to Kyiv (visit, held, Wednesday); his "
          "announcement that Germany 'would hand over two more Patriot' systems and pay for drones (military_aid, "
          "held: a decision announced); the Kremlin's readout of Putin's call with Saudi Arabia's crown prince 'on "
          "Tuesday evening'; the air force's 'ninety-two' drones / 'seventy-three' down overnight (numbers in "
          "words; country record). Optional: the Riyadh talks 'last year' (background). Not coded: the crown "
          "prince's 'willing to host' (stance), 'most of them over the Sumy and Chernihiv regions' (no per-region "
          "figure), Kyiv's sirens with 'no damage', the correspondent's analysis.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-10-13", "2026-10-14", "overnight"),
               [{"type": "drone", "launched": cnt(92, "ninety-two"), "intercepted": cnt(73, "seventy-three")}],
               ev("Ukraine's air force later said Russia had launched ninety-two drones at the country overnight, seventy-three of which were shot down or jammed, most of them over the Sumy and Chernihiv regions."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("visit", ["Germany", "Ukraine"], day("2026-10-14", "on Wednesday"), "held",
            "Chancellor Friedrich Merz's unannounced visit to Kyiv, meeting President Zelensky",
            ev("Germany's chancellor, Friedrich Merz, is in Kyiv on a visit that was not announced in advance, having travelled overnight by train from Poland."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-10-14", "on Wednesday"), "held",
            "Germany to hand over two more Patriot systems before year's end and pay for Ukrainian-made long-range drones",
            ev("Speaking alongside President Volodymyr Zelensky on Wednesday, Mr Merz said Berlin would hand over two more Patriot air defence systems to Ukraine before the end of the year, and would pay for a further batch of long-range drones produced in Ukraine.")),
        dip("phone_call", ["Russia", "Saudi Arabia"], day("2026-10-13", "on Tuesday evening"), "held",
            "Putin and Crown Prince Mohammed bin Salman discussed oil markets and Ukraine",
            ev("Meanwhile the Kremlin said that Vladimir Putin had spoken by phone with Saudi Arabia's crown prince, Mohammed bin Salman, on Tuesday evening.")),
        dip("talks", ["Russia", "United States", "Saudi Arabia"], year(2025, "last year"), "held",
            "Russian and American delegations met in Riyadh, hosted by Saudi Arabia",
            ev("Saudi Arabia hosted talks between Russian and American delegations in Riyadh last year."),
            location=loc("Riyadh", None, "Saudi Arabia"), optional=True),
    ])

# --------------------------------------------------------------------------- y09
GOLD["y09_brusselsoutlet_22nd_package_ternopil"] = dict(
    notes="Brussels outlet (Thursday 19 November): the EU's 22nd package adopted 'on Thursday' (sanctions, held); a "
          "missile and drone attack on Ternopil 'in the early hours of Thursday' ('at least 11' killed, 'a "
          "14-year-old' as children_killed 1, 'more than 40' injured); the Commission's LNG phase-out proposed 'last "
          "week' (sanctions, proposed); the Netherlands' 250 million euros 'on Thursday' (military_aid, held); EU "
          "foreign ministers 'on Monday' (meeting, planned). Not coded: eastern states' urging on the price cap (no "
          "proposal tabled), Sybiha's appeal, Slovakia's dropped objections (part of the adoption), 'more than 200 "
          "billion euros' frozen since February 2022 (aggregate).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Ternopil", "Ternopil", "Ukraine")],
               day("2026-11-19", "in the early hours of Thursday"), [{"type": "missile"}, {"type": "drone"}],
               ev("The decision came hours after Russian missiles and drones slammed into the western Ukrainian city of Ternopil, killing at least 11 people, among them a 14-year-old, and injuring more than 40.",
                  "The strike, in the early hours of Thursday, brought down part of a nine-storey apartment block, Ternopil regional governor Vyacheslav Nehoda said."),
               killed=cnt(11, "at least 11 people", "at_least"), injured=cnt(40, "more than 40", "more_than"),
               children_killed=cnt(1, "a 14-year-old"), damage=["apartment block"], reported_by=["Vyacheslav Nehoda"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-11-19", "on Thursday"), "held",
            "EU's 22nd sanctions package: over 100 shadow-fleet vessels and Central Asian banks",
            ev("BRUSSELS - European Union governments adopted a 22nd package of sanctions against Russia on Thursday, targeting more than 100 vessels of the so-called shadow fleet and several Central Asian lenders said to have helped Moscow get round earlier restrictions.")),
        dip("sanctions", ["European Union", "Russia"], week("2026-11-09", "2026-11-15", "last week"), "proposed",
            "The European Commission proposed bringing forward the phase-out of Russian LNG imports to 2027",
            ev("The European Commission proposed last week to bring forward the phase-out of Russian LNG imports to the start of 2027, a plan that still needs the backing of member states and the European Parliament.")),
        dip("military_aid", ["Netherlands", "Ukraine"], day("2026-11-19", "on Thursday"), "held",
            "The Netherlands to give Ukraine a further 250 million euros for drones and ammunition",
            ev("Separately, the Netherlands announced on Thursday that it would give Ukraine a further 250 million euros for drones and ammunition, the Dutch defence ministry said.")),
        dip("meeting", ["European Union"], day("2026-11-23", "on Monday"), "planned",
            "EU foreign ministers meet in Brussels on support for Ukraine and options for the frozen assets",
            ev("EU foreign ministers will meet in Brussels on Monday to discuss further support for Ukraine, with the bloc's foreign policy chief Kaja Kallas expected to present options for using those assets."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- y10
GOLD["y10_gulfoutlet_uae_exchange_istanbul_off"] = dict(
    notes="Gulf outlet datelined Abu Dhabi (Saturday 28 November; not attacked): a UAE-mediated exchange of 157 "
          "prisoners each 'on Friday' (UAE a participant, rule 15); the Istanbul round 'due to open ... on Monday' "
          "and called off (talks, cancelled, dated the planned Monday 30 November, rule 11; Turkey as host); a "
          "guided aerial bomb on a village near Huliaipole 'on Friday afternoon' ('two elderly women'; the village is "
          "unnamed, coded at Huliaipole). Optional: Qatar's meeting in Doha 'in December' (no date, participants "
          "other than Qatar unnamed). Not coded: 'more than 5,000 captives' since the start of the war (aggregate), "
          "Umerov's 'ready to meet' (stance), Mariupol 2022 (background, no event).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Huliaipole", "Zaporizhzhia", "Ukraine")],
               day("2026-11-27", "on Friday afternoon"), [{"type": "glide_bomb"}],
               ev("In the southern region of Zaporizhzhia, a Russian jet's guided bomb hit a village near Huliaipole on Friday afternoon, killing two elderly women, according to regional governor Ivan Fedorov."),
               killed=cnt(2, "two elderly women"), reported_by=["Ivan Fedorov"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-11-27", "on Friday"), "held",
            "Ukraine and Russia exchanged 157 prisoners of war each in a swap mediated by the UAE",
            ev("ABU DHABI - Ukraine and Russia exchanged 157 prisoners of war each on Friday in a swap the Emirates had brokered, officials on both sides said, the first such exchange in more than a month.")),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2026-11-30", "on Monday"), "cancelled",
            "A new round of direct Russia-Ukraine talks in Istanbul was called off, Turkey's foreign ministry said",
            ev("Russian and Ukrainian negotiators were due to begin another round in Istanbul on Monday, but the meeting has been called off, Turkey's foreign ministry said late on Thursday, without giving a reason."),
            location=loc("Istanbul", None, "Turkey")),
        dip("meeting", ["Qatar"], month("2026-12-01", "2026-12-31", "in December"), "planned",
            "Qatar preparing to host a meeting in Doha on returning children taken to Russia",
            ev("Qatar, which has also mediated such returns, said on Friday it was preparing to host a meeting on the issue in Doha in December, but gave no date."),
            location=loc("Doha", None, "Qatar"), optional=True),
    ])

# --------------------------------------------------------------------------- y11
N1129 = night("2026-11-28", "2026-11-29", "overnight into Sunday")
GOLD["y11_wire_geneva_talks_chernihiv"] = dict(
    notes="Wire story datelined Geneva (Monday 30 November; Geneva not attacked): US-Ukraine talks in Geneva 'on "
          "Sunday' (held; Switzerland hosts, rule 15); a joint meeting with Russia in Abu Dhabi "
          "'later this week' (talks, planned, week); drones on Chernihiv 'Hours before the talks began' (the night "
          "into Sunday; first toll 'an elderly man' killed = 1, 'two dead' later is evidence; 'A woman and her two "
          "daughters' injured 3, children_injured 2); the air force's 103 drones and two Kh-59 missiles (80 drones and "
          "'The two missiles' down); Ukrainian shelling of Rylsk 'on Sunday' ('No one was hurt': injured 0). "
          "Optional: the 20-point draft presented 'Earlier this month' (background proposal), the European advisers' "
          "Geneva briefing 'on Monday' (states unnamed). Not coded: the Kremlin's 'ready to listen' and Putin's 'does "
          "not rule out' (stances), 'weeks of shuttle diplomacy' (vague). Corrected (ruling of 2 December 2026): Kh-59 "
          "is a `cruise_missile` (rule 9; was `missile`); Switzerland hosts both Geneva records and the United Arab "
          "Emirates the Abu Dhabi talks (rule 15); the 20-point draft is kind `proposal` (rule 13; was `other`).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chernihiv", "Chernihiv", "Ukraine")], N1129,
               [{"type": "drone"}],
               ev("Hours before the talks began, Russia attacked the northern Ukrainian city of Chernihiv with drones.",
                  "A woman and her two daughters, aged four and 11, were injured when a drone hit their house, and an elderly man was killed in a neighbouring street, the regional governor, Viacheslav Chaus, said.",
                  "The toll was later raised to two dead after a second body was found under the rubble."),
               killed=cnt(1, "an elderly man"), injured=cnt(3, "A woman and her two daughters"),
               children_injured=cnt(2, "her two daughters, aged four and 11"), damage=["house"],
               reported_by=["Viacheslav Chaus"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1129,
               [{"type": "drone", "launched": cnt(103, "103"), "intercepted": cnt(80, "80")},
                {"type": "cruise_missile", "model": "Kh-59", "launched": cnt(2, "two"), "intercepted": cnt(2, "The two missiles")}],
               ev("Across Ukraine, the air force said, Russia used 103 drones and two Kh-59 guided missiles in the attack overnight into Sunday.",
                  "The two missiles and 80 of the drones were shot down."),
               reported_by=["Ukraine's air force"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Rylsk", "Kursk Oblast", "Russia")],
               day("2026-11-29", "on Sunday"), [{"type": "artillery"}],
               ev("Across the border, Kursk governor Alexander Khinshtein said Ukrainian shells had hit a school in Rylsk on Sunday.",
                  "No one was hurt, he said."),
               injured=cnt(0, "No one was hurt"), damage=["school"], reported_by=["Alexander Khinshtein"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Ukraine", "Switzerland"], day("2026-11-29", "on Sunday"), "held",
            "US (Marco Rubio) and Ukrainian delegations discussed a revised peace framework in Geneva",
            ev("GENEVA, Nov 30 (API) - American and Ukrainian delegations held talks in Geneva on Sunday on a revised peace framework, and agreed to meet Russian negotiators together in Abu Dhabi later this week, a senior US official said."),
            location=loc("Geneva", None, "Switzerland")),
        dip("talks", ["United States", "Ukraine", "Russia", "United Arab Emirates"], week("2026-11-30", "2026-12-06", "later this week"), "planned",
            "US and Ukrainian delegations to meet Russian negotiators in Abu Dhabi",
            ev("GENEVA, Nov 30 (API) - American and Ukrainian delegations held talks in Geneva on Sunday on a revised peace framework, and agreed to meet Russian negotiators together in Abu Dhabi later this week, a senior US official said."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
        dip("proposal", ["United States", "Ukraine", "Russia"], month("2026-11-01", "2026-11-30", "Earlier this month"), "proposed",
            "Washington presented a 20-point draft peace plan to both sides",
            ev("Earlier this month, Washington presented a 20-point draft to both sides, which Kyiv and its European allies have since sought to amend."),
            optional=True),
        dip("talks", ["United States", "Switzerland"], day("2026-11-30", "on Monday"), "planned",
            "European national security advisers to be briefed by the US team in Geneva",
            ev("European national security advisers will gather in Geneva on Monday for a briefing from the US team, a European diplomat said."),
            location=loc("Geneva", None, "Switzerland"), optional=True),
    ])

# --------------------------------------------------------------------------- y12
GOLD["y12_control_nbu_rate_hold"] = dict(
    notes="Economy control (Thursday 22 October): the central bank's rate decision, inflation, wages, reserves, "
          "the growth forecast. No record at all: 'air-raid alerts that interrupt work' and grid damage are generic "
          "(no place, no day), the rate meeting 'on December 11' is a central bank's, not a diplomatic event.",
    attacks=[], diplomacy=[])


def main() -> None:
    write_gold(DEV18, GOLD)


if __name__ == "__main__":
    main()
