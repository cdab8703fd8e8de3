"""Write evals/dev24/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md (as clarified on 2 December 2026). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV24 = ROOT / "evals" / "dev24"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- b01
N0113 = night("2026-01-12", "2026-01-13", "overnight")
GOLD["b01_agency_vinnytsia_overnight_toll"] = dict(
    notes="Agency flash plus write-through (Tuesday 13 January 2026): drones and ballistic missiles on Vinnytsia "
          "overnight ('at least two' killed in the lead: the count; 'four' by early afternoon: evidence only; 17 "
          "wounded, 'among them an 11-year-old girl'); the night's national figures (118 drones / 96 down; three "
          "Iskander-M ballistic missiles, 'none of the three missiles was stopped': intercepted 0; 'Ninety-six' in words); Zelenskiy's "
          "call with 'the Turkish president' 'late on Monday' (held; the side named only by role). Not coded: the "
          "monthly drone statistic (aggregate), the ministry's unnamed 'energy facilities' (no place), Ankara's "
          "earlier rounds of talks (no date, no count: vague background), Zelenskiy's appeal (statement).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Vinnytsia", "Vinnytsia", "Ukraine")], N0113,
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("VINNYTSIA, Ukraine, Jan 13 (HPA) - Russia struck the central Ukrainian city of Vinnytsia overnight with a mix of drones and ballistic missiles, leaving at least two people dead and 17 wounded, among them an 11-year-old girl, regional governor Natalia Zabolotna said on Tuesday.",
                  "Zabolotna said on Telegram that a missile hit a heating station at the northern edge of the city shortly before 4 a.m., while drones damaged a school, a supermarket and several private houses in the Staryi Misto district.",
                  "Early in the afternoon, emergency crews digging through a collapsed house found two more victims, bringing the death toll to four, the State Emergency Service said."),
               killed=cnt(2, "at least two people", "at_least"), injured=cnt(17, "17"),
               children_injured=cnt(1, "an 11-year-old girl"),
               damage=["heating station", "school", "supermarket", "private houses"], reported_by=["Natalia Zabolotna"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0113,
               [{"type": "drone", "launched": cnt(118, "118"), "intercepted": cnt(96, "Ninety-six")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(3, "three"),
                 "intercepted": cnt(0, "none")}],
               ev("Across Ukraine, the air force's morning update listed 118 attack drones launched by Russia and, separately, three Iskander-M ballistic missiles.",
                  "Ninety-six of the drones were brought down or jammed, while none of the three missiles was stopped, it said."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-01-12", "late on Monday"), "held",
            "Zelenskiy spoke with the Turkish president about prisoner releases and Black Sea shipping",
            ev("President Volodymyr Zelenskiy said late on Monday that he had spoken by phone with the Turkish president about prisoner releases and how to keep Black Sea shipping lanes safe.")),
    ])

# --------------------------------------------------------------------------- b02
GOLD["b02_broadcaster_vinnytsia_heating_bilatserkva"] = dict(
    notes="Broadcaster's website (Tuesday 13 January 2026), the same night as b01: Vinnytsia (this article's first "
          "figure is 'Four people' killed; 17 injured; 'a schoolgirl aged 11'; no date words but 'overnight'); a "
          "drone on an industrial building in Bila Tserkva 'in the early hours' ('Nobody was hurt there': injured 0); "
          "the national figures ('96 of the 118 drones', 'All three ballistic missiles reached their targets': "
          "launched 3, intercepted 0 by implication); Moldova's summons of the Russian ambassador 'on Tuesday' "
          "(diplomatic protest). Not coded: the UN's monthly casualty statistic, 'since October' (aggregate/vague), "
          "Moscow's claim about its targets (statement; Moscow is the speaker, not a place hit), Kyiv's requests for "
          "air defence (demand), the drone fragments in Moldova (no attack on Moldova). Clusters: Vinnytsia and the "
          "national figures are b01's events.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Vinnytsia", "Vinnytsia", "Ukraine")],
               night("2026-01-12", "2026-01-13", "overnight"), [{"type": "drone", "model": "Shahed"}, {"type": "ballistic_missile"}],
               ev("Four people have been killed and 17 injured after Russia struck the city of Vinnytsia overnight, Ukrainian officials say, leaving tens of thousands of homes without heating as temperatures plunged well below freezing.",
                  "The regional governor, Natalia Zabolotna, said a ballistic missile hit a combined heat and power plant while Shahed-type drones struck residential streets. Among the injured is a schoolgirl aged 11, who is being treated for shrapnel injuries to her legs."),
               killed=cnt(4, "Four people"), injured=cnt(17, "17"), children_injured=cnt(1, "a schoolgirl aged 11"),
               damage=["combined heat and power plant", "residential streets"], reported_by=["Natalia Zabolotna"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bila Tserkva", "Kyiv", "Ukraine")],
               night("2026-01-12", "2026-01-13", "in the early hours"), [{"type": "drone"}],
               ev("In Bila Tserkva, south of the capital, a drone hit an industrial building in the early hours, starting a fire that took firefighters three hours to put out.",
                  "Nobody was hurt there, according to the head of the Kyiv regional administration, Mykola Kalashnyk."),
               injured=cnt(0, "Nobody was hurt there"), damage=["industrial building"], reported_by=["Mykola Kalashnyk"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-01-12", "2026-01-13", "overnight"),
               [{"type": "drone", "launched": cnt(118, "118"), "intercepted": cnt(96, "96")},
                {"type": "ballistic_missile", "launched": cnt(3, "All three"),
                 "intercepted": cnt(0, "All three ballistic missiles reached their targets")}],
               ev("Nationally, Russia sent 118 drones, of which 96 were downed or diverted by jamming, the Ukrainian air force said. All three ballistic missiles reached their targets."),
               reported_by=["Ukrainian air force"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Moldova", "Russia"], day("2026-01-13", "on Tuesday"), "held",
            "Moldova's foreign ministry summoned the Russian ambassador over drone fragments found near Ocnita",
            ev("Separately, Moldova called Russia's ambassador in to its foreign ministry on Tuesday after drone fragments turned up on farmland outside Ocnita, near the Ukrainian border.")),
    ])

# --------------------------------------------------------------------------- b03
GOLD["b03_regional_cherkasy_two_nights"] = dict(
    notes="Ukrainian regional outlet in English (Thursday 5 February 2026): Cherkasy on two consecutive nights, two "
          "events: the night of 4-5 February (the lead, 'for a second consecutive night': six injured, 'including two "
          "children aged 6 and 13') and 'on 3-4 February' ('at least eight Shahed drones' launched; 'A 47-year-old "
          "security guard' killed; 'two other workers' injured); Lithuania's 35 million euro aid package approved 'on "
          "Wednesday' (held). Not coded: the air-raid alert count since the invasion (aggregate), the mayor's "
          "repair plans, the authorities' appeal.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Cherkasy", "Cherkasy", "Ukraine")],
               night("2026-02-04", "2026-02-05", "for a second consecutive night"), [{"type": "drone"}],
               ev("Russian drones attacked Cherkasy for a second consecutive night, damaging a nine-storey apartment building in the Mytnytsia neighbourhood and injuring six residents, including two children aged 6 and 13, Cherkasy Oblast Military Administration head Ihor Taburets reported on the morning of 5 February.",
                  "According to Taburets, the drones arrived a little after 1:00 and the attack went on for almost two hours."),
               injured=cnt(6, "six residents"), children_injured=cnt(2, "two children aged 6 and 13"),
               damage=["apartment building"], reported_by=["Ihor Taburets"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Cherkasy", "Cherkasy", "Ukraine")],
               night("2026-02-03", "2026-02-04", "on 3-4 February"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(8, "at least eight", "at_least")}],
               ev("The previous night, on 3-4 February, Russian forces targeted the city's river port and a grain elevator with at least eight Shahed drones. A 47-year-old security guard at the port was killed and two other workers were injured."),
               killed=cnt(1, "A 47-year-old security guard"), injured=cnt(2, "two other workers"),
               damage=["river port", "grain elevator"], reported_by=["Ihor Taburets"]),
    ],
    diplomacy=[
        dip("military_aid", ["Lithuania", "Ukraine"], day("2026-02-04", "on Wednesday"), "held",
            "Lithuania approved a 35 million euro package of generators, anti-drone systems and ammunition",
            ev("Meanwhile, the government of Lithuania approved on Wednesday a package of military aid worth 35 million euros that includes generators, anti-drone systems and ammunition for Ukraine, Lithuanian Defence Minister Dovile Sakaliene announced.")),
    ])

# --------------------------------------------------------------------------- b04
N1123 = night("2025-11-22", "2025-11-23", "overnight")
B04_MOD = ("In Moscow, the defence ministry claimed 64 Ukrainian drones destroyed across the country overnight, 11 of "
           "them over the Voronezh region.")
GOLD["b04_russianindie_voronezh_belgorod_dmitriev"] = dict(
    notes="Exiled Russian outlet in English (Sunday 23 November 2025): drone debris on a Voronezh apartment roof "
          "overnight ('a woman and a teenage boy' injured: injured 2; 'The injured boy is 15': children_injured 1); "
          "the ministry's 64 drones 'across the country overnight' (country record Russia; 'said in Moscow': Moscow "
          "is the speaker, not a place hit); drones on a substation in Shebekino 'on Sunday morning' ('One resident' "
          "injured); Dmitriev's trip to Washington 'on Tuesday' (talks, planned; codebook 14, lead's ruling of 2 December). Optional: the Voronezh region share "
          "(11). Not coded: 'at least five explosions' (heard, not launched), 'hit almost daily since the spring' "
          "(vague background), the October drone-incident count (aggregate), Peskov's 'open to any serious "
          "conversation' (stance) and the unreceived framework (no event). Cluster: the country record is b07's.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Voronezh", "Voronezh Oblast", "Russia")], N1123,
               [{"type": "drone"}],
               ev("Falling debris from a Ukrainian drone set fire to the roof of an apartment building in Voronezh overnight, injuring a woman and a teenage boy, regional governor Alexander Gusev said on Sunday, as the neighbouring Belgorod region reported fresh damage to its power grid.",
                  "The injured boy is 15, according to the regional health ministry."),
               injured=cnt(2, "a woman and a teenage boy"), children_injured=cnt(1, "a teenage boy"),
               damage=["roof of an apartment building"], reported_by=["Alexander Gusev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1123,
               [{"type": "drone", "intercepted": cnt(64, "64")}], ev(B04_MOD),
               reported_by=["Russian defence ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Voronezh", "Voronezh Oblast", "Russia", "region")], N1123,
                   [{"type": "drone", "intercepted": cnt(11, "11")}], ev(B04_MOD),
                   reported_by=["Russian defence ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod Oblast", "Russia")],
               day("2025-11-23", "on Sunday morning"), [{"type": "drone"}],
               ev("Next door in the Belgorod region, drones struck an electrical substation in Shebekino, a town right on the border, on Sunday morning, leaving about 8,000 people without power, Governor Vyacheslav Gladkov reported. One resident was hurt and is in hospital with concussion."),
               injured=cnt(1, "One resident"), damage=["electrical substation"], reported_by=["Vyacheslav Gladkov"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "United States"], day("2025-11-25", "on Tuesday"), "planned",
            "Kirill Dmitriev, Putin's special envoy for economic cooperation, to fly to Washington for meetings with the US administration",
            ev("The overnight attacks came as the Kremlin confirmed that Kirill Dmitriev, Vladimir Putin's special envoy for economic cooperation, would fly to Washington on Tuesday for meetings with members of the US administration."),
            location=loc("Washington", None, "United States")),
    ])

# --------------------------------------------------------------------------- b05
GOLD["b05_businesswire_novorossiysk_sanctions"] = dict(
    notes="Business wire (Thursday 19 February 2026): a Ukrainian drone attack on the Sheskharis terminal in "
          "Novorossiysk overnight ('two port employees' injured); the Commission's draft 20th package presented 'on "
          "Wednesday' (sanctions, proposed: a draft put to the member states); Britain's sanctions on 30 tankers 'on "
          "Thursday' (held). Not coded: the senators' call for tariffs (urged, not proposed), export volumes, prices, "
          "the CPC terminal (not hit).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar Krai", "Russia")],
               night("2026-02-18", "2026-02-19", "overnight"), [{"type": "drone"}],
               ev("LONDON/BRUSSELS, Feb 19 (Ledgerpoint) - Crude loadings at the Sheskharis oil terminal in Novorossiysk were suspended on Thursday after a Ukrainian drone attack overnight damaged a berth and a pipeline manifold, two shipping agents and a port source said, sending Brent futures up 1.8% in early trade.",
                  "The Novorossiysk city emergency headquarters said drones were repelled over the port area and that two port employees were injured by debris."),
               injured=cnt(2, "two port employees"), damage=["oil terminal", "berth", "pipeline manifold"],
               reported_by=["Novorossiysk city emergency headquarters"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-02-18", "on Wednesday"), "proposed",
            "The European Commission presented a draft 20th sanctions package (lower price cap, 43 more tankers)",
            ev("The attack came as the European Commission handed member states its draft 20th sanctions package on Wednesday, which would cut the oil price cap again and put another 43 tankers on the EU's port-ban list.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-02-19", "on Thursday"), "held",
            "Britain sanctioned 30 tankers and four shipping management companies",
            ev("Britain, meanwhile, imposed sanctions on Thursday on 30 tankers and four shipping management companies in the United Arab Emirates and Hong Kong that it said helped Moscow move oil above the price cap.")),
    ])

# --------------------------------------------------------------------------- b06
GOLD["b06_broadsheet_kherson_riverbank_shelling"] = dict(
    notes="Broadsheet feature (Saturday 6 December 2025): artillery from across the Dnipro on Kherson 'on Friday' "
          "(three killed, 'a boy of 12' among them; 'Five people' wounded); a drone on a minibus in the village of "
          "Bilozerka 'Later on Friday' (two injured); the IAEA-brokered talks on a local ceasefire that 'have "
          "stalled since October' (stalled, no date). Not coded: the drone-injury count since 2024 (aggregate), a "
          "resident's 'thirty ... a hundred' (generic), Grossi's readiness to travel (stance).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2025-12-05", "on Friday"), [{"type": "artillery"}],
               ev("Russian artillery fired from across the Dnipro killed three people in Kherson on Friday, among them a boy of 12 who was walking home from a music lesson with his grandmother, said Oleksandr Prokudin, who heads the Kherson region's military administration.",
                  "Five people were wounded, including the boy's 63-year-old grandmother, when shells landed on a street of low-rise houses in the Korabelnyi district, a few hundred metres from the river."),
               killed=cnt(3, "three people"), children_killed=cnt(1, "a boy of 12"), injured=cnt(5, "Five people"),
               damage=["low-rise houses"], reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bilozerka", "Kherson", "Ukraine")],
               day("2025-12-05", "Later on Friday"), [{"type": "drone"}],
               ev("Later on Friday a drone dropped an explosive on a minibus in Bilozerka, a village just west of Kherson, injuring the driver and a passenger, Prokudin added."),
               injured=cnt(2, "the driver and a passenger"), damage=["minibus"], reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[
        dip("talks", ["IAEA", "Russia", "Ukraine"], None, "stalled",
            "IAEA-brokered talks on a local ceasefire around the Zaporizhzhia nuclear plant, stalled since October",
            ev("Talks brokered by the International Atomic Energy Agency on a local ceasefire around the Zaporizhzhia nuclear power plant, upstream on the same river, have stalled since October, two diplomats who follow the process said, with Russia refusing to discuss the return of the plant to Ukrainian control.")),
    ])

# --------------------------------------------------------------------------- b07
B07_MOD = ("air defence systems on duty destroyed and intercepted 64 Ukrainian fixed-wing unmanned aerial vehicles: 19 "
           "in the skies over the Belgorod region, 14 over the Republic of Crimea, 11 in the skies over the "
           "Voronezh region, nine over the Republic of Tatarstan, six over the Lipetsk region")
N1123B = night("2025-11-22", "2025-11-23", "During the past night")


def _b07_share(name: str, admin1: str, n: int, quote: str) -> dict:
    return opt(attack("Ukraine", "Russia", "air_drone_strike", [loc(name, admin1, "Russia", "region")], N1123B,
                      [{"type": "drone", "intercepted": cnt(n, quote)}], ev(B07_MOD),
                      reported_by=["Russian defence ministry"]))


GOLD["b07_mod_statement_64_uavs_tatarstan"] = dict(
    notes="Russian defence ministry statement in translation, reported by an English outlet datelined Moscow (Sunday "
          "23 November 2025; Moscow is not hit), the same night as b04: 64 fixed-wing drones 'destroyed and "
          "intercepted' (country record Russia); the ministry's claimed strike with Iskander missiles and Geran drones "
          "on energy facilities 'in the Zaporozhye region' overnight (Russia as attacker, a region record in the "
          "Russian transliteration; the Ukrainian officials' power cuts are its evidence); a drone on an industrial "
          "enterprise in Yelabuga 'early on Sunday' ('nobody was killed or hurt': killed 0, injured 0). Optional: the "
          "five regional shares (Belgorod 19, Crimea 14, Voronezh 11, Tatarstan 9, Lipetsk 6; the Black Sea's five is "
          "no place). Not coded: Alabuga 'attacked ... several times since 2024' (vague background), the airport "
          "restrictions, the year's 30,000 drones (aggregate). Cluster: the country record is b04's.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1123B,
               [{"type": "drone", "intercepted": cnt(64, "64")}],
               ev(B07_MOD), reported_by=["Russian defence ministry"]),
        _b07_share("Belgorod", "Belgorod Oblast", 19, "19"),
        _b07_share("Crimea", "Crimea", 14, "14"),
        _b07_share("Voronezh", "Voronezh Oblast", 11, "11"),
        _b07_share("Tatarstan", "Tatarstan", 9, "nine"),
        _b07_share("Lipetsk", "Lipetsk Oblast", 6, "six"),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Zaporozhye", "Zaporizhzhia", "Ukraine", "region")],
               night("2025-11-22", "2025-11-23", "overnight"),
               [{"type": "ballistic_missile", "model": "Iskander"}, {"type": "drone", "model": "Geran"}],
               ev("\"As retaliation for the Kiev regime's terrorist acts against civilian sites in Russia, Russian forces overnight delivered a massive blow using Iskander missiles and Geran unmanned aircraft against power installations that feed Ukrainian defence plants in the Zaporozhye region.",
                  "Ukrainian officials in the Zaporizhzhia region reported power cuts in several districts after the night's strikes but did not give a casualty figure."),
               damage=["energy facilities"], reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Yelabuga", "Tatarstan", "Russia")],
               day("2025-11-23", "early on Sunday"), [{"type": "drone"}],
               ev("In Tatarstan, regional head Rustam Minnikhanov's press service said a drone had struck the territory of an industrial enterprise in Yelabuga, in the Alabuga special economic zone, early on Sunday. Production was not interrupted, and nobody was killed or hurt, the press service added."),
               killed=cnt(0, "nobody was killed or hurt"), injured=cnt(0, "nobody was killed or hurt"),
               damage=["industrial enterprise"], reported_by=["Rustam Minnikhanov's press service"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- b08
N1027 = night("2026-10-26", "2026-10-27", "overnight")
GOLD["b08_liveblog_ivanofrankivsk_burshtyn_pavel"] = dict(
    notes="Live blog, oldest update first (Tuesday 27 October 2026): missiles and drones on Ivano-Frankivsk overnight "
          "(07:05: 'one person' killed, nine injured, 'three of them children'; the 09:50 second body and the 14:45 "
          "figure of 14 are later updates: evidence only); missiles on the Burshtyn thermal power plant (a town of its "
          "own; no date words: the lead's night; 'no reports of casualties' is no explicit zero); the Air Force's "
          "figures (27 missiles split by type: a combined total of type other, Kh-101 21/19 and Kinzhal 6/2 on their "
          "own entries; '340 Shahed, Gerbera and other drones' / 305: a combined total with a drone and "
          "a decoy entry); Macron's call with Zelensky 'on Tuesday morning' told from the French readout; Pavel's "
          "visit to Uzhhorod 'on Tuesday' (his planned talks with Zelensky are part of the visit); the energy "
          "declaration signed 'on Tuesday afternoon' (agreement, held). Optional: France's radar systems promised in "
          "the call (military aid told only in a readout). Not coded: Ukrenergo's power cuts and tomorrow's outages "
          "(consequences, no attack).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Ivano-Frankivsk", "Ivano-Frankivsk", "Ukraine")], N1027,
               [{"type": "drone"}, {"type": "missile"}],
               ev("Russia attacked Ivano-Frankivsk overnight with missiles and drones, killing one person and injuring nine, three of them children, Ivano-Frankivsk Oblast Military Administration head Svitlana Onyshchuk said. An apartment block and a warehouse in the city's Pasichna district were damaged.",
                  "Rescuers have recovered a second body from the ruins of the apartment block in Ivano-Frankivsk, the State Emergency Service said. The death toll has risen to two.",
                  "According to Onyshchuk, 14 people have now been treated for injuries in Ivano-Frankivsk."),
               killed=cnt(1, "one person"), injured=cnt(9, "nine"), children_injured=cnt(3, "three of them children"),
               damage=["residential building", "warehouse"], reported_by=["Svitlana Onyshchuk"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Burshtyn", "Ivano-Frankivsk", "Ukraine")], N1027,
               [{"type": "missile"}],
               ev("Missiles also struck the Burshtyn thermal power plant, about 30 kilometres north-east of the city, Onyshchuk reported. The plant's operator said one of its generating units was knocked out."),
               damage=["thermal power plant", "generating unit"], reported_by=["Svitlana Onyshchuk"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-10-26", "2026-10-27", "the night's figures"),
               [{"type": "other", "model": "missiles", "launched": cnt(27, "27")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(21, "21"), "intercepted": cnt(19, "19")},
                {"type": "ballistic_missile", "model": "Kinzhal", "launched": cnt(6, "six"), "intercepted": cnt(2, "two")},
                {"type": "other", "model": "Shahed, Gerbera and other drones",
                 "launched": cnt(340, "340"), "intercepted": cnt(305, "305")},
                {"type": "drone", "model": "Shahed"},
                {"type": "decoy_drone", "model": "Gerbera"}],
               ev("The Air Force has published the night's figures. Russia fired 27 missiles - 21 Kh-101 cruise missiles and six Kinzhals - and 340 Shahed, Gerbera and other drones. Air defence downed 19 of the cruise missiles, two Kinzhals and 305 drones."),
               reported_by=["Air Force"]),
    ],
    diplomacy=[
        dip("phone_call", ["France", "Ukraine"], day("2026-10-27", "on Tuesday morning"), "held",
            "Macron and Zelensky spoke by phone; Macron condemned the strikes (Elysee readout)",
            ev("The Elysee has released its readout of a call between French President Emmanuel Macron and Volodymyr Zelensky on Tuesday morning.",
               "According to the French side, Macron condemned the strikes and told Zelensky that France would deliver additional radar systems before the end of the year.")),
        dip("military_aid", ["France", "Ukraine"], day("2026-10-27", "on Tuesday morning"), "held",
            "France to deliver additional radar systems before the end of the year (told in the call)",
            ev("According to the French side, Macron condemned the strikes and told Zelensky that France would deliver additional radar systems before the end of the year."),
            optional=True),
        dip("visit", ["Czech Republic", "Ukraine"], day("2026-10-27", "on Tuesday"), "held",
            "Czech President Petr Pavel's visit to Uzhhorod, with talks with Zelensky and a border crossing",
            ev("Czech President Petr Pavel arrived in Uzhhorod on Tuesday on a visit to Ukraine, his office said.",
               "He is due to hold talks with Zelensky and visit a border crossing with Slovakia, where Czech engineers are helping to expand a rail terminal."),
            location=loc("Uzhhorod", "Zakarpattia", "Ukraine")),
        dip("agreement", ["Czech Republic", "Ukraine"], day("2026-10-27", "on Tuesday afternoon"), "held",
            "Pavel and Zelensky signed a declaration on energy cooperation",
            ev("Pavel and Zelensky signed a declaration on energy cooperation in Uzhhorod on Tuesday afternoon, the presidential office said."),
            location=loc("Uzhhorod", "Zakarpattia", "Ukraine")),
    ])

# --------------------------------------------------------------------------- b09
GOLD["b09_frenchwire_exchange_pavlohrad"] = dict(
    notes="French-wire style (Saturday 7 November 2026): the UAE-mediated exchange of 157 prisoners each 'on Saturday' "
          "(held; the UAE a participant as mediator); 'about 25 Shahed drones' on Pavlohrad 'between midnight and "
          "5:00 am on Saturday' (figures for the one city: on the city record; 'A 16-year-old boy' killed: killed 1 "
          "and children_killed 1; 'seven people' wounded); artillery on the Nikopol district 'over the past day' (26 "
          "hits are not launches; 'an elderly woman' wounded). Optional: the 18 drones shot down 'over the region' "
          "(a region record, debatable beside the city's 25), the previous swap 'in late September' and the "
          "Istanbul meeting 'in July' (background). Not coded: the UAE's 18 exchanges and 5,000 captives (aggregate), "
          "the further exchange being prepared (no date, no firm plan), the US envoy's and Moscow's words (stances), "
          "'most frequently targeted places' (vague).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Pavlohrad", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-07", "between midnight and 5:00 am on Saturday"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(25, "about 25", "about")}],
               ev("In Pavlohrad, in the Dnipropetrovsk region, about 25 Shahed drones attacked the city between midnight and 5:00 am on Saturday, regional governor Serhiy Lysak said. A 16-year-old boy was killed and seven people were wounded, including his mother."),
               killed=cnt(1, "A 16-year-old boy"), children_killed=cnt(1, "A 16-year-old boy"), injured=cnt(7, "seven people"),
               damage=["industrial enterprise", "private homes"], reported_by=["Serhiy Lysak"]),
        opt(attack("Russia", "Ukraine", "air_drone_strike", [loc("Dnipropetrovsk", "Dnipropetrovsk", "Ukraine", "region")],
                   night("2026-11-06", "2026-11-07", "during the night"),
                   [{"type": "drone", "intercepted": cnt(18, "18")}],
                   ev("Lysak said air defence units shot down 18 drones over the region during the night, without specifying how many fell on the city itself."),
                   reported_by=["Serhiy Lysak"])),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol district", "Dnipropetrovsk", "Ukraine", "district")],
               night("2026-11-06", "2026-11-07", "over the past day"), [{"type": "artillery"}],
               ev("Further south, Russian artillery struck the Nikopol district 26 times over the past day, wounding an elderly woman, Lysak added."),
               injured=cnt(1, "an elderly woman"), reported_by=["Serhiy Lysak"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-11-07", "on Saturday"), "held",
            "Ukraine and Russia exchanged 157 prisoners of war each, mediated by the UAE",
            ev("Ukraine and Russia each handed over 157 prisoners of war on Saturday in a swap arranged with the help of the United Arab Emirates, Kyiv and Moscow said, hours after a Russian drone attack on the industrial city of Pavlohrad killed a teenager.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], month("2026-09-01", "2026-09-30", "in late September"), "held",
            "The previous swap returned 205 Ukrainians",
            ev("Dmytro Lubinets, Ukraine's parliamentary commissioner for human rights, said the previous swap, in late September, had returned 205 Ukrainians, and that lists for a further exchange were already being drawn up."),
            optional=True),
        dip("talks", ["Ukraine", "Russia", "Turkey"], month("2026-07-01", "2026-07-31", "in July"), "held",
            "Ukrainian and Russian negotiators last met in Istanbul",
            ev("The exchange was the first since Ukrainian and Russian negotiators last met in Istanbul in July."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
    ])

# --------------------------------------------------------------------------- b10
GOLD["b10_analysis_rome_summit_geneva_off"] = dict(
    notes="Newspaper diplomacy analysis naming leaders by surname only (Friday 17 April 2026): the Rome summit 'on "
          "Thursday' (Meloni, Macron, Starmer, Merz, Zelensky: Italy as host, France, the United Kingdom, Germany, "
          "Ukraine; held); the Witkoff-Umerov meeting with a Russian delegation 'pencilled in for Geneva next week' "
          "and called off (talks, cancelled, dated by the week it was planned for; Switzerland hosts); the Istanbul "
          "channel 'frozen since January' (talks, stalled, no date); Putin's call with Erdogan 'on Tuesday' told from "
          "the Kremlin's readout (held); Zelensky's trip to Berlin 'on Friday morning' (visit, held; the talks with "
          "Merz are part of it). Optional: the January meeting in Istanbul and Zelensky and Merz's last meeting 'in "
          "January' (background). Not coded: the communique's promises, Macron's 'ready to' (stance), Starmer's urging "
          "on frozen assets (demand), Putin's 'prepared to resume' (stance), Zelensky's remark.",
    attacks=[],
    diplomacy=[
        dip("summit", ["Italy", "France", "United Kingdom", "Germany", "Ukraine"], day("2026-04-16", "on Thursday"), "held",
            "Meloni hosted Macron, Starmer, Merz and Zelensky at the Villa Madama; communique on security guarantees",
            ev("The photograph from the Villa Madama on Thursday was meant to project unity: Meloni in the centre, Macron and Starmer at her shoulders, Merz and Zelensky a step to the side, all five smiling for the cameras after a summit that lasted well into the evening.",
               "On the same day the leaders met in Rome, a meeting in Geneva next week between Witkoff, Umerov and a Russian delegation, tentatively agreed only days earlier, was called off."),
            location=loc("Rome", None, "Italy")),
        dip("talks", ["United States", "Ukraine", "Russia", "Switzerland"], week("2026-04-20", "2026-04-26", "next week"), "cancelled",
            "Witkoff and Umerov's meeting with a Russian delegation in Geneva was called off",
            ev("On the same day the leaders met in Rome, a meeting in Geneva next week between Witkoff, Umerov and a Russian delegation, tentatively agreed only days earlier, was called off.",
               "Officials in two European capitals said the American side had concluded there was nothing to discuss while Moscow refused to freeze the front line where it stands."),
            location=loc("Geneva", None, "Switzerland")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], None, "stalled",
            "The Istanbul channel between Ukrainian and Russian negotiators, frozen since January",
            ev("The Istanbul channel, once the only place where Ukrainian and Russian negotiators sat in the same room, has been frozen since January, when the two sides last met there to agree technical questions on prisoner lists."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], month("2026-01-01", "2026-01-31", "in January"), "held",
            "The last meeting in Istanbul, on technical questions of prisoner lists",
            ev("The Istanbul channel, once the only place where Ukrainian and Russian negotiators sat in the same room, has been frozen since January, when the two sides last met there to agree technical questions on prisoner lists."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("phone_call", ["Russia", "Turkey"], day("2026-04-14", "on Tuesday"), "held",
            "Putin and Erdogan spoke by phone (Kremlin readout: 'resume a substantive dialogue')",
            ev("According to the Kremlin's readout, he told Erdogan by telephone on Tuesday that Russia was prepared to \"resume a substantive dialogue\" but that any settlement must \"eliminate the root causes of the conflict\" - the phrase Moscow uses for its demands on Ukraine's neutrality and the size of its army.")),
        dip("visit", ["Ukraine", "Germany"], day("2026-04-17", "on Friday morning"), "held",
            "Zelensky flew from Rome to Berlin to discuss air defence financing with Merz",
            ev("Zelensky flew from Rome to Berlin on Friday morning, where he was due to discuss air defence financing with Merz."),
            location=loc("Berlin", None, "Germany")),
        dip("talks", ["Ukraine", "Germany"], month("2026-01-01", "2026-01-31", "in January"), "held",
            "Zelensky and Merz last met in January",
            ev("The two last met in January."), optional=True),
    ])

# --------------------------------------------------------------------------- b11
N1030 = night("2025-10-29", "2025-10-30", "overnight")
GOLD["b11_uswire_zhytomyr_siblings_dubno"] = dict(
    notes="US wire (Thursday 30 October 2025): a drone on a Zhytomyr apartment building overnight (three killed, 'a "
          "brother and sister aged 8 and 5': children_killed 2; 'Eleven people' wounded); the night's figures (653 "
          "drones, 'all but 31' down: intercepted 622 by difference; 52 missiles, no split: type missile, 41 down); "
          "a drone on a gas compression station near Dubno (no date words of its own: the lead's night; 'No one was "
          "injured': injured 0); Germany's 1.9 billion euro package announced 'on Wednesday' (military aid, held). "
          "Not coded: 'more than 30 attacks' since October and 50,000 drones since 2022 (aggregates), the day of "
          "mourning, Zelenskyy's appeal for Patriots (demand).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Zhytomyr", "Zhytomyr", "Ukraine")], N1030,
               [{"type": "drone"}],
               ev("ZHYTOMYR, Ukraine (ADS) - A Russian drone slammed into an apartment building in the western Ukrainian city of Zhytomyr overnight, killing three people, including a brother and sister aged 8 and 5, local officials said Thursday.",
                  "Eleven people were wounded in the strike, which tore away part of the building's top two floors, Zhytomyr Mayor Serhii Sukhomlyn said."),
               killed=cnt(3, "three people"), children_killed=cnt(2, "a brother and sister aged 8 and 5"),
               injured=cnt(11, "Eleven people"), damage=["apartment building"],
               reported_by=["local officials", "Serhii Sukhomlyn"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1030,
               [{"type": "drone", "launched": cnt(653, "653"), "intercepted": cnt(622, "all but 31")},
                {"type": "missile", "launched": cnt(52, "52"), "intercepted": cnt(41, "41")}],
               ev("Russia fired 653 drones and 52 missiles at the country overnight, by the count of Ukraine's air force. Air defenses downed all but 31 of the drones and 41 of the missiles, it said."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Dubno", "Rivne", "Ukraine")], N1030,
               [{"type": "drone"}],
               ev("In the Rivne region to the northwest, a drone hit a gas compression station near the town of Dubno, causing a fire. No one was injured, regional Gov. Oleksandr Koval said."),
               injured=cnt(0, "No one was injured"), damage=["gas compression station"], reported_by=["Oleksandr Koval"]),
    ],
    diplomacy=[
        dip("military_aid", ["Germany", "Ukraine"], day("2025-10-29", "on Wednesday"), "held",
            "Germany's 1.9 billion euro package with additional IRIS-T launchers and missiles, announced by Pistorius",
            ev("Hours before the attack, Germany announced a new package of military aid worth 1.9 billion euros ($2.2 billion), including additional IRIS-T air defense launchers and missiles.",
               "German Defense Minister Boris Pistorius said on Wednesday in Berlin that the first of the systems would arrive before Christmas.")),
    ])

# --------------------------------------------------------------------------- b12
GOLD["b12_technews_startup_relocates_poltava"] = dict(
    notes="Tech news (Wednesday 10 June 2026): a Poltava language-app start-up moves engineers to Gdansk. No record "
          "at all: power cuts, air raid alerts and 'shelters' are generic (no attack on a place on a day), 'launched a "
          "new version', a funding round and 'talks' with an investor are commercial, the ministry's contacts and "
          "planned rules are domestic policy with no foreign participant.",
    attacks=[], diplomacy=[])


def main() -> None:
    write_gold(DEV24, GOLD)


if __name__ == "__main__":
    main()
