"""Write evals/dev19/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md (as clarified on 2 December 2026). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV19 = ROOT / "evals" / "dev19"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- z01
N1110 = night("2026-11-09", "2026-11-10", "overnight")
GOLD["z01_wire_mykolaiv_drones_turkish_call"] = dict(
    notes="Wire story datelined KYIV (Tuesday 10 November; Kyiv is not attacked: 'was not hit'): drones and "
          "ballistic missiles on Mykolaiv overnight ('at least two' killed, nine wounded, 'two children'); the "
          "night's nationwide figures (143 drones / 119 down; four Iskander-M / 'none of the four missiles was "
          "intercepted' = intercepted 0); a drone on a farm building near Shostka (the lead's night; 'no word of "
          "casualties' is no stated zero: null); the call with 'the Turkish president' on Monday evening (role "
          "only). Same event as z03's Mykolaiv record. Not coded: the 4,800 drones since October (aggregate), "
          "'targeted repeatedly over the summer' (no count, no date), the Russian ministry's 'port "
          "infrastructure' (the same strike, no place), Ankara 'ready to host' (stance), a 'possible new round' "
          "of exchanges (not put forward). Corrected (ruling of 2 December 2026, rule 9): '143 drones of the Shahed "
          "and Gerbera types' is a combined total, an `other` weapon carrying 143 / 119 beside `drone` (Shahed) and "
          "`decoy_drone` (Gerbera) entries (was one Shahed `drone` with the counts).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Mykolaiv", "Mykolaiv", "Ukraine")], N1110,
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("Russian attack drones and ballistic missiles struck the southern port city of Mykolaiv overnight, killing at least two people and wounding nine, among them two children, regional governor Vitaliy Kim said on Tuesday.",
                  "Explosions shook the Korabelnyi district shortly after 2 a.m., Kim said. A grain elevator and a block of lock-up garages went up in flames, and blast waves blew out windows in a nine-storey residential block nearby."),
               killed=cnt(2, "at least two people", "at_least"), injured=cnt(9, "nine"),
               children_injured=cnt(2, "two children"),
               damage=["grain elevator", "garages", "residential block"], reported_by=["Vitaliy Kim"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-09", "2026-11-10", "in the night"),
               [{"type": "other", "model": "drones of the Shahed and Gerbera types", "launched": cnt(143, "143"),
                 "intercepted": cnt(119, "119")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone", "model": "Gerbera"},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(4, "four"),
                 "intercepted": cnt(0, "none of the four missiles")}],
               ev("Ukraine's air force said Russia sent 143 drones of the Shahed and Gerbera types and four Iskander-M ballistic missiles against the country in the night.",
                  "Gunners and interceptor crews downed 119 of the drones; none of the four missiles was intercepted, the force added, without saying where each of them landed."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Shostka", "Sumy", "Ukraine")], N1110,
               [{"type": "drone"}],
               ev("In the northern Sumy region, a drone struck a barn belonging to a farm on the outskirts of Shostka, local officials said, but there was no word of casualties."),
               damage=["barn"], reported_by=["local officials"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-11-09", "on Monday evening"), "held",
            "Zelenskiy and the Turkish president discussed Black Sea shipping safety and possible prisoner exchanges",
            ev("Later on Tuesday, President Volodymyr Zelenskiy said he had spoken by phone on Monday evening with the Turkish president, and the two discussed how to keep cargo ships safe on their way through the Black Sea, as well as whether another round of prisoner exchanges could be arranged.")),
    ])

# --------------------------------------------------------------------------- z02
GOLD["z02_paper_kremenchuk_refinery_sanctions"] = dict(
    notes="British-style paper (Friday 13 November): cruise missiles on the Kremenchuk refinery 'in the early hours of "
          "Friday' (three killed, 12 injured; 'Three cruise missiles hit' is the launched count: the only figure for the wave, codebook 9 and its ruling "
          "of 2 December, afternoon; relabelled that evening); "
          "the June 2022 shopping-centre strike in the same city (background with place and count: coded, 'more than "
          "20'); EU sanctions 'formally adopted' on Thursday (held) vs the Commission's LNG phase-out (proposed, no "
          "date). Optional: a drone that 'had come down in a field near Hlobyne' causing no damage (a crash, "
          "debatable as an attack). Not coded: the foreign secretary 'urged' the G7 (urging), 'struck dozens of "
          "times since 2022' (aggregate), Zakharova's promised response and Peskov's 'open to a settlement' "
          "(reaction, stance), Zelensky's thanks and expectation.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kremenchuk", "Poltava", "Ukraine")],
               day("2026-11-13", "in the early hours of Friday"),
               [{"type": "cruise_missile", "launched": cnt(3, "Three")}],
               ev("A Russian missile attack on the central Ukrainian city of Kremenchuk has killed three people and set the city's oil refinery ablaze, in what local officials described as the heaviest strike on the industrial hub this autumn.",
                  "Three cruise missiles hit the refinery and a neighbouring thermal plant in the early hours of Friday, according to the Poltava regional governor, Volodymyr Kohut. Two workers on the night shift and a security guard were killed, and 12 more people were injured."),
               killed=cnt(3, "three people"), injured=cnt(12, "12 more people"),
               damage=["oil refinery", "thermal plant"], reported_by=["Volodymyr Kohut"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kremenchuk", "Poltava", "Ukraine")],
               month("2022-06-01", "2022-06-30", "in June of that year"), [{"type": "missile"}],
               ev("Kremenchuk has been struck dozens of times since 2022; in June of that year a missile hit a crowded shopping centre in the city, killing more than 20 people."),
               killed=cnt(20, "more than 20 people", "more_than"), damage=["shopping centre"]),
        opt(attack("Russia", "Ukraine", "air_drone_strike", [loc("Hlobyne", "Poltava", "Ukraine")],
                   night("2026-11-12", "2026-11-13", "overnight"), [{"type": "drone"}],
                   ev("Kohut said a drone had also come down in a field near Hlobyne overnight, causing no damage."),
                   reported_by=["Volodymyr Kohut"])),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-11-12", "on Thursday"), "held",
            "EU member states adopted a new sanctions package: 41 grey-fleet tankers listed, tighter machine-tool export curbs",
            ev("The strike came hours after EU member states formally adopted a new sanctions package against Russia on Thursday, adding 41 tankers from Moscow's so-called grey fleet to the roster of ships denied entry to EU harbours and tightening curbs on exports of machine tools.")),
        dip("sanctions", ["European Union", "Russia"], None, "proposed",
            "The European Commission proposed phasing out remaining Russian LNG imports a year earlier",
            ev("The European Commission has proposed, separately, to phase out the remaining purchases of Russian LNG twelve months ahead of the current timetable, though that idea faces resistance from at least two capitals and needs further talks among ambassadors.")),
    ])

# --------------------------------------------------------------------------- z03
GOLD["z03_telegram_mykolaiv_governor_post"] = dict(
    notes="Governor's Telegram post, translated (Tuesday 10 November): drones and ballistic missiles on Mykolaiv "
          "'Between 01:50 and 03:20' (two killed, nine injured, two children; the 19:10 update's three dead is "
          "evidence only: rule 6); artillery on the village of Kutsurub 'at about 07:40' ('People were not "
          "injured' = injured 0); an FPV drone on Ochakiv 'at 14:15' (a 45-year-old man injured). Same event as "
          "z01's Mykolaiv record. Not coded: 'Bashtanka and Voznesensk districts: quiet', heating points, advice.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Mykolaiv", "Mykolaiv", "Ukraine")],
               night("2026-11-09", "2026-11-10", "Between 01:50 and 03:20"),
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("Between 01:50 and 03:20 the enemy attacked the city with strike drones and ballistic missiles. Hits were recorded in the Korabelnyi district.",
                  "Two people were killed: a man aged 58 and a woman aged 71.",
                  "Nine people were injured. Among them are two children: a girl, 6 years old, and a boy, 11 years old."),
               killed=cnt(2, "Two people"), injured=cnt(9, "Nine people"), children_injured=cnt(2, "two children"),
               damage=["grain elevator", "garages", "nine-storey building", "private houses", "power line"],
               reported_by=["Vitaliy Kim"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kutsurub", "Mykolaiv", "Ukraine")],
               day("2026-11-10", "at about 07:40"), [{"type": "artillery"}],
               ev("In the Ochakiv community, at about 07:40, the enemy shelled the village of Kutsurub with artillery. A house and an outbuilding were damaged. People were not injured."),
               injured=cnt(0, "People were not injured"), damage=["house", "outbuilding"], reported_by=["Vitaliy Kim"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Ochakiv", "Mykolaiv", "Ukraine")],
               day("2026-11-10", "In the afternoon, at 14:15"), [{"type": "drone", "model": "FPV"}],
               ev("In the afternoon, at 14:15, the enemy hit Ochakiv with an FPV drone. A tractor was burned on a field road. The driver, a 45-year-old man, was injured and taken to hospital."),
               injured=cnt(1, "a 45-year-old man"), damage=["tractor"], reported_by=["Vitaliy Kim"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- z04
N1021 = night("2026-10-20", "2026-10-21", "Tonight")
GOLD["z04_telegram_lipetsk_governor_post"] = dict(
    notes="Russian governor's Telegram post, translated (Wednesday 21 October), Ukrainian drones on the Lipetsk region "
          "'Tonight' (night 20-21 October; no attacker named: Ukraine by rule 12): debris on an enterprise in "
          "Lipetsk (a 34-year-old man wounded; hospitalised and wounded); a drone on a house in Gryazi (a woman "
          "and her 9-year-old grandson injured); a substation in the village of Berezovka ('There were no "
          "casualties' = killed 0, injured 0); the governor's '16 drones were destroyed over the region' (a "
          "region record: the figure is for that region only). Not coded: the 11:20 update's windows (damage of "
          "the Gryazi record), alert times, payments.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Lipetsk", "Lipetsk Oblast", "Russia")], N1021,
               [{"type": "drone"}],
               ev("Lipetsk. At around 02:30, fragments of a shot-down UAV came down at an industrial site in the Pravoberezhny district. A storage building caught fire, the fire has been localised. A 34-year-old man, an employee of the enterprise, received shrapnel wounds."),
               injured=cnt(1, "A 34-year-old man"), damage=["industrial enterprise", "warehouse"],
               reported_by=["Igor Artamonov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Gryazi", "Lipetsk Oblast", "Russia")], N1021,
               [{"type": "drone"}],
               ev("Gryazi. At 03:10, a drone hit a residential house on Oktyabrskaya Street. A 67-year-old woman and her grandson, 9 years old, were injured.",
                  "The house has a damaged roof and broken windows, as well as a car parked nearby."),
               injured=cnt(2, "A 67-year-old woman and her grandson"), children_injured=cnt(1, "her grandson, 9 years old"),
               damage=["residential house", "car"], reported_by=["Igor Artamonov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Berezovka", "Lipetsk Oblast", "Russia")], N1021,
               [{"type": "drone"}],
               ev("Dankovsky district. In the village of Berezovka, an electricity substation was damaged.",
                  "There were no casualties."),
               killed=cnt(0, "There were no casualties"), injured=cnt(0, "There were no casualties"),
               damage=["electricity substation"], reported_by=["Igor Artamonov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Lipetsk", "Lipetsk Oblast", "Russia", "region")], N1021,
               [{"type": "drone", "intercepted": cnt(16, "16")}],
               ev("In total, according to preliminary data, 16 drones were destroyed over the region overnight."),
               reported_by=["Igor Artamonov"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- z05
N1117 = night("2026-11-16", "2026-11-17", "During the night of 17 November")
GOLD["z05_airforce_tally_night_17_november"] = dict(
    notes="Gold corrected on 2 December 2026: the Kyiv oblast record's admin1 is 'Kyiv Oblast', as every other set writes it (analyst19 D1). Air force statement (Tuesday 17 November) on 'the night of 17 November' (16-17 November, rule 11): the "
          "country record carries two combined totals of type other ('471 means of air attack' / '417 targets'; "
          "'438 attack UAVs of the Shahed type and decoy drones' / 395), the Kh-101 (26 launched, 'all but four' = "
          "22 intercepted: rule 6) and the Iskander-M (seven, 'not one of the Iskander-M missiles' = 0); Bila Tserkva "
          "(energy facility, two injured; weapon not stated for it: kind other), Uman (debris, 'No one was hurt' = "
          "injured 0; kind other), Pavlohrad (a ballistic missile; casualties 'being clarified': null). Optional: "
          "the Kyiv region's '120 of them were destroyed over it' (regional share). Not coded: launch areas, 'Hits "
          "... at 13 locations' (hits), Poltava 'no hits recorded', last week's 1,900 drones / 1,100 bombs / 64 "
          "missiles (aggregate).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1117,
               [{"type": "other", "model": "means of air attack", "launched": cnt(471, "471"),
                 "intercepted": cnt(417, "417")},
                {"type": "other", "model": "UAVs of the Shahed type and decoys",
                 "launched": cnt(438, "438"), "intercepted": cnt(395, "395")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(26, "26"),
                 "intercepted": cnt(22, "all but four")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(7, "seven"),
                 "intercepted": cnt(0, "not one of the Iskander-M missiles")}],
               ev("During the night of 17 November (starting at 18:00 on 16 November), Russia used 471 means of air attack against Ukraine, namely:",
                  "According to preliminary data, as of 09:00, 417 targets were shot down or jammed by air defence:",
                  "all but four of the 26 Kh-101s;"),
               reported_by=["Ukraine's air force"]),
        opt(attack("Russia", "Ukraine", "air_drone_strike", [loc("Kyiv", "Kyiv Oblast", "Ukraine", "region")], N1117,
                   [{"type": "drone", "intercepted": cnt(120, "120")}],
                   ev("Kyiv region: most of the attack UAVs were directed at the region, 120 of them were destroyed over it."),
                   reported_by=["Ukraine's air force"])),
        attack("Russia", "Ukraine", "other", [loc("Bila Tserkva", "Kyiv", "Ukraine")], N1117, [],
               ev("In Bila Tserkva, an energy infrastructure facility was damaged, two people were injured."),
               injured=cnt(2, "two people"), damage=["energy infrastructure facility"], reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "other", [loc("Uman", "Cherkasy", "Ukraine")], N1117, [],
               ev("Cherkasy region: in Uman, debris damaged a warehouse and a school building. No one was hurt."),
               injured=cnt(0, "No one was hurt"), damage=["warehouse", "school building"], reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Pavlohrad", "Dnipropetrovsk", "Ukraine")], N1117,
               [{"type": "ballistic_missile"}],
               ev("Dnipropetrovsk region: an industrial plant in Pavlohrad took a direct hit from a ballistic missile. Information on casualties is being clarified."),
               damage=["industrial enterprise"], reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- z06
N1028 = night("2026-10-27", "2026-10-28", "During the past night")
Z06_SHARES = ("According to the ministry, air defences brought down 21 drones above the Bryansk region, 14 above "
              "Smolensk region, 11 above Kaluga region, nine above Ryazan region, six above Tambov region and three "
              "above Oryol region.")


def _share(region: str, oblast: str, value: int, words: str) -> dict:
    """An optional regional share of the ministry's overnight total (as dev10 codes them)."""
    return opt(attack("Ukraine", "Russia", "air_drone_strike", [loc(region, oblast, "Russia", "region")], N1028,
                      [{"type": "drone", "intercepted": cnt(value, words)}], ev(Z06_SHARES),
                      reported_by=["Russian defence ministry"]))


GOLD["z06_russia_mod_release_drones_destroyed"] = dict(
    notes="Russian defence ministry release datelined MOSCOW (Wednesday 28 October; Moscow is only the speaker): "
          "'sixty-four' fixed-wing drones 'intercepted and destroyed' overnight (country record Russia, the first "
          "figure in words); the Ryazan refinery fire from debris ('No one was hurt' = injured 0); a drone on a house "
          "in Vorotynsk (a woman born in 1961 injured; the lead's night). Optional: the six regional shares (Bryansk "
          "21, Smolensk 14, Kaluga 11, Ryazan nine, Tambov six, Oryol three), and Russia's 'group strike' on "
          "Ukrainian industry (no place, no count, no date of its own). Not coded: 94,000 drones since the start "
          "(aggregate), the Kaluga airport restrictions.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1028,
               [{"type": "drone", "intercepted": cnt(64, "sixty-four")}],
               ev("Russia's Defence Ministry reported on Wednesday that its air defences had shot down sixty-four Ukrainian fixed-wing drones overnight.",
                  "\"During the past night, from 20:00 on October 27 to 07:00 Moscow time on October 28, air defence crews on duty downed 64 Ukrainian aircraft-type unmanned aerial vehicles,\" the ministry said in its Telegram channel."),
               reported_by=["Russian defence ministry"]),
        _share("Bryansk", "Bryansk Oblast", 21, "21"),
        _share("Smolensk", "Smolensk Oblast", 14, "14"),
        _share("Kaluga", "Kaluga Oblast", 11, "11"),
        _share("Ryazan", "Ryazan Oblast", 9, "nine"),
        _share("Tambov", "Tambov Oblast", 6, "six"),
        _share("Oryol", "Oryol Oblast", 3, "three"),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Ryazan", "Ryazan Oblast", "Russia")], N1028,
               [{"type": "drone"}],
               ev("Ryazan region governor Pavel Malkov said that pieces of a drone had landed inside the grounds of an oil refinery in Ryazan, causing a fire that was quickly extinguished. No one was hurt, he wrote."),
               injured=cnt(0, "No one was hurt"), damage=["oil refinery"], reported_by=["Pavel Malkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Vorotynsk", "Kaluga Oblast", "Russia")], N1028,
               [{"type": "drone"}],
               ev("In Kaluga region, governor Vladislav Shapsha said a drone crashed into a private home in Vorotynsk village, injuring a woman born in 1961."),
               injured=cnt(1, "a woman born in 1961"), damage=["house"], reported_by=["Vladislav Shapsha"]),
        opt(attack("Russia", "Ukraine", "drone_and_missile", [UA], N1028,
                   [{"type": "missile"}, {"type": "drone"}],
                   ev("The ministry's evening bulletin added that its troops had launched a massed blow with precision-guided long-range munitions and kamikaze drones against Ukrainian defence factories and the power plants feeding them."),
                   reported_by=["Russian defence ministry"])),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- z07
GOLD["z07_thinktank_daily_assessment"] = dict(
    notes="Think-tank daily assessment (Thursday 19 November), hedged: Ukrainian naval and long-range drones on the "
          "Novorossiysk oil terminal 'on the night of November 18 to 19' (Krasnodar's claim of three injured, 'a "
          "15-year-old'); Russia's combined strike on Pavlohrad 'on the afternoon of November 18' (two killed, 11 "
          "injured, 'three children'); four glide bombs on Kramatorsk 'on November 18' (six injured). Optional: the "
          "earlier strikes on Novorossiysk 'in October' and Tuapse 'earlier in November' (plural strikes over "
          "unstated nights, named only to frame the assessment). Not coded: 'since the summer' on Kramatorsk and "
          "Sloviansk and October's 5,600 drones (aggregates), the advances near Pokrovsk, Myrnohrad and Siversk "
          "(ground fighting, rule 5), Peskov's 'ready for negotiations' (stance) and the June 2024 demands.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar Krai", "Russia")],
               night("2026-11-18", "2026-11-19", "on the night of November 18 to 19"), [{"type": "drone"}],
               ev("Ukrainian forces likely struck an oil terminal in Novorossiysk on the night of November 18 to 19, the latest in a series of Ukrainian strikes against Russian oil export infrastructure.",
                  "Ukraine's General Staff reported on November 19 that Ukrainian naval drones and long-range strike drones hit the Sheskharis oil terminal in Novorossiysk overnight, causing a fire at two loading berths.",
                  "Krasnodar Krai authorities claimed that Russian forces repelled the attack and that falling debris injured three people in the city, including a 15-year-old."),
               injured=cnt(3, "three people"), children_injured=cnt(1, "a 15-year-old"),
               damage=["oil terminal", "loading berths"], reported_by=["Ukraine's General Staff", "Krasnodar Krai authorities"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Pavlohrad", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-18", "on the afternoon of November 18"), [{"type": "missile"}, {"type": "drone"}],
               ev("Russian forces conducted a combined missile and drone strike against Pavlohrad on the afternoon of November 18. Dnipropetrovsk Oblast Military Administration Head Serhiy Lysak reported that the strike killed two people and injured 11, including three children."),
               killed=cnt(2, "two people"), injured=cnt(11, "11"), children_injured=cnt(3, "three children"),
               reported_by=["Serhiy Lysak"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kramatorsk", "Donetsk", "Ukraine")],
               day("2026-11-18", "on November 18"), [{"type": "glide_bomb", "launched": cnt(4, "four")}],
               ev("Kramatorsk city authorities reported that Russian forces struck the city with four glide bombs on November 18, injuring six civilians."),
               injured=cnt(6, "six civilians"), reported_by=["Kramatorsk city authorities"]),
        opt(attack("Ukraine", "Russia", "other", [loc("Novorossiysk", "Krasnodar Krai", "Russia")],
                   month("2026-10-01", "2026-10-31", "in October"), [],
                   ev("The Centre previously assessed that Ukrainian strikes on Novorossiysk in October and on Tuapse earlier in November were intended to reduce Russia's oil export revenues."))),
        opt(attack("Ukraine", "Russia", "other", [loc("Tuapse", "Krasnodar Krai", "Russia")],
                   {"start": "2026-11-01", "end": "2026-11-18", "precision": "month", "text": "earlier in November"}, [],
                   ev("The Centre previously assessed that Ukrainian strikes on Novorossiysk in October and on Tuapse earlier in November were intended to reduce Russia's oil export revenues."))),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- z08
N1124 = night("2026-11-23", "2026-11-24", "overnight")
GOLD["z08_liveblog_sloviansk_toll_talks"] = dict(
    notes="Live blog, newest update first (Tuesday 24 November): ballistic missiles and drones on Sloviansk overnight "
          "(the earliest update with figures, 08:15: 'At least three' killed, 17 injured, 'two children'; the 14:10 "
          "five and 21:05 seven are evidence only, rule 6); the drone on Sloviansk's market the night before "
          "(a separate event: consecutive nights); Ukrainian drones on the Taganrog aviation plant (one injured); "
          "Poland's summons of Russia's charge d'affaires (held); Sybiha's meeting with his Turkish counterpart in "
          "Ankara (talks, held); Turkey's offer to host Ukrainian-Russian talks in Istanbul on Dec. 3 (proposed, "
          "dated by the day offered). Optional: Russia's '38 drones over the Rostov Oblast and the Sea of Azov'. "
          "Not coded: drone debris near Hrubieszow (no attack on Poland stated), Peskov's 'studying' (stance), "
          "'more than 40 times' since November (aggregate).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Sloviansk", "Donetsk", "Ukraine")], N1124,
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two")},
                {"type": "drone", "model": "Shahed"}],
               ev("Good morning. Russia struck Sloviansk in Donetsk Oblast overnight, a second night in a row.",
                  "Filashkin says the attack on Sloviansk was carried out with two Iskander-M ballistic missiles and several Shahed drones at around 4 a.m. A five-storey apartment building was partly destroyed. At least three people were killed and 17 injured, including two children, according to the first information.",
                  "The death toll in Sloviansk has risen to seven, Donetsk Oblast Governor Vadym Filashkin said in the evening."),
               killed=cnt(3, "At least three people", "at_least"), injured=cnt(17, "17"),
               children_injured=cnt(2, "two children"), damage=["apartment building"],
               reported_by=["Vadym Filashkin"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sloviansk", "Donetsk", "Ukraine")],
               night("2026-11-22", "2026-11-23", "On the previous night"), [{"type": "drone"}],
               ev("On the previous night, a Russian drone hit the city's central market, injuring four people and setting several kiosks on fire."),
               injured=cnt(4, "four people"), damage=["central market", "kiosks"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Taganrog", "Rostov Oblast", "Russia")], N1124,
               [{"type": "drone"}],
               ev("Ukrainian long-range drones struck the aviation plant in Russia's Taganrog overnight, a source in Ukraine's Security Service told the Dnipro Herald. Rostov Oblast Governor Yury Slyusar said a fire had broken out at \"an industrial site\" in the city and that one person was injured."),
               injured=cnt(1, "one person"), damage=["aviation plant"],
               reported_by=["Security Service of Ukraine", "Yury Slyusar"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Rostov", "Rostov Oblast", "Russia", "region")], N1124,
                   [{"type": "drone", "intercepted": cnt(38, "38")}],
                   ev("Russia's Defense Ministry claimed it shot down 38 drones over the Rostov Oblast and the Sea of Azov."),
                   reported_by=["Russian defence ministry"])),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Poland", "Russia"], day("2026-11-24", "on Tuesday afternoon"), "held",
            "Poland's foreign ministry summoned Russia's charge d'affaires over drone debris near Hrubieszow",
            ev("Poland's Foreign Ministry on Tuesday afternoon summoned Moscow's charge d'affaires to protest after drone debris was found on farmland outside Hrubieszow, close to the border, the ministry's spokesperson said.")),
        dip("talks", ["Ukraine", "Turkey"], day("2026-11-24", "on Tuesday"), "held",
            "Foreign Minister Andrii Sybiha met his Turkish counterpart on Black Sea security and the next round of talks",
            ev("In Ankara on Tuesday, Ukraine's top diplomat Andrii Sybiha held a meeting with the Turkish foreign minister. The ministers discussed Black Sea security and preparations for the next round of talks between Ukrainian and Russian delegations, which Turkey has offered to host in Istanbul on Dec. 3."),
            location=loc("Ankara", None, "Turkey")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-12-03", "on Dec. 3"), "proposed",
            "Turkey offered to host the next round of Ukrainian-Russian delegation talks in Istanbul; Moscow has not confirmed",
            ev("The ministers discussed Black Sea security and preparations for the next round of talks between Ukrainian and Russian delegations, which Turkey has offered to host in Istanbul on Dec. 3.",
               "Moscow has not confirmed whether its delegation will attend."),
            location=loc("Istanbul", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- z09
GOLD["z09_analysis_talks_istanbul_exchange"] = dict(
    notes="Newspaper analysis (Friday 30 October), leaders and envoys by surname only: delegation talks in Istanbul "
          "'on Tuesday' hosted by Turkey (held); the second session 'pencilled in for Thursday', 'postponed, with no "
          "new date' (stalled, dated by the planned day: rules 11 and 16); the exchange of 185 for 185 'on Saturday' "
          "brokered by the UAE (held; the same event as z10's exchange); Trump's call with Putin 'on Monday' (held); "
          "Witkoff 'due in Moscow next week' (visit, planned, week); Zelensky's talks with Merz in Berlin 'on "
          "Wednesday' (held). Optional: Rubio's meeting with 'European foreign ministers' in Brussels on November 6 "
          "(planned; the participants are no named state). Not coded: 'the ninth swap this year' and the Mariupol "
          "prisoners (background without event), the joint statement (no agreement stated), Erdogan 'willing to "
          "host' and Putin 'does not rule out' (stances), the sides' demands, the EU summit (no date, no event).",
    attacks=[],
    diplomacy=[
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-10-27", "on Tuesday"), "held",
            "Delegations led by Umerov and Medinsky met at the Ciragan Palace, hosted by Turkey; under two hours",
            ev("Delegations from Kyiv and Moscow sat down in Istanbul on Tuesday for their first face-to-face session since the summer, a meeting hosted by Turkey at the Ciragan Palace."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-10-29", "for Thursday"), "stalled",
            "The second Istanbul session, planned for Thursday, was postponed with no new date at Russia's request",
            ev("A second session had been pencilled in for Thursday. On Wednesday evening it was postponed, with no new date, after the Russian side asked for \"additional time for consultations\"."),
            location=loc("Istanbul", None, "Turkey")),
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-10-24", "on Saturday"), "held",
            "Ukraine and Russia swapped 185 prisoners of war each on the Belarusian border, brokered by the UAE",
            ev("The one concrete product of the track so far came on Saturday, when Ukraine and Russia swapped 185 prisoners of war each on the Belarusian border, in a swap that the United Arab Emirates had brokered.")),
        dip("phone_call", ["United States", "Russia"], day("2026-10-26", "on Monday"), "held",
            "Trump spoke to Putin by telephone; the Kremlin called it businesslike",
            ev("Trump spoke to Putin by telephone on Monday, the White House said, a call the Kremlin described as \"businesslike\".")),
        dip("visit", ["United States", "Russia"], week("2026-11-02", "2026-11-08", "next week"), "planned",
            "US envoy Witkoff is due in Moscow",
            ev("Witkoff, the US envoy, is due in Moscow next week, and Rubio is to meet European foreign ministers in Brussels on November 6."),
            location=loc("Moscow", None, "Russia")),
        dip("talks", ["United States", "European Union"], day("2026-11-06", "on November 6"), "planned",
            "Rubio to meet European foreign ministers in Brussels",
            ev("Witkoff, the US envoy, is due in Moscow next week, and Rubio is to meet European foreign ministers in Brussels on November 6."),
            location=loc("Brussels", None, "Belgium"), optional=True),
        dip("talks", ["Ukraine", "Germany"], day("2026-10-28", "on Wednesday"), "held",
            "Zelensky and Merz discussed air defence and frozen Russian assets in Berlin",
            ev("Zelensky, for his part, flew to Berlin on Wednesday for talks with Merz about air defences and what to do with immobilised Russian central bank money; the two men agreed on a joint statement but little new money."),
            location=loc("Berlin", None, "Germany")),
    ])

# --------------------------------------------------------------------------- z10
GOLD["z10_state_agency_exchange_kharkov"] = dict(
    notes="Russian state agency in English, datelined MOSCOW (Sunday 25 October), Russian spellings (Kiev, Kharkov, "
          "Zaporozhye): the 185-for-185 exchange mediated by the UAE, announced 'on Saturday evening' (held; the same "
          "event as z09's exchange); Lavrov's call with 'his Turkish counterpart' 'Earlier on Saturday' (held); the "
          "ministry's strike on a drone workshop 'near Kharkov' 'over the past day' (the day before the Sunday "
          "report: 24-25 October; weapon not stated: kind other). Optional: the previous exchange 'on September 14' "
          "(background, 146 each); Moskalkova's new list of civilians handed to Lubinets (a proposal put to the "
          "other side, no date). Not coded: 'deployment points ... in 141 areas' (front-wide tally, rule 5), "
          "Zaporozhye (where prisoners were taken: no attack), Peskov's 'ready to continue' (stance) and 'no "
          "agreements yet' on a date.",
    attacks=[
        attack("Russia", "Ukraine", "other", [loc("Kharkov", "Kharkiv", "Ukraine")],
               night("2026-10-24", "2026-10-25", "over the past day"), [],
               ev("The Defence Ministry also reported on Sunday that over the past day Russian forces had struck a workshop for assembling long-range drones near Kharkov, as well as temporary deployment points of Ukrainian units in 141 areas."),
               damage=["drone assembly workshop"], reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine", "United Arab Emirates"], day("2026-10-24", "on Saturday evening"), "held",
            "185 Russian servicemen returned for 185 Ukrainian prisoners of war, with UAE mediation",
            ev("One hundred and eighty-five Russian servicemen have been returned from territory controlled by the Kiev regime, the Russian Defence Ministry said on Saturday evening. In return, Russia handed over 185 captured Ukrainian servicemen.",
               "\"Humanitarian mediation was provided by the United Arab Emirates,\" the ministry said in a statement.")),
        dip("phone_call", ["Russia", "Turkey"], day("2026-10-24", "Earlier on Saturday"), "held",
            "Lavrov and his Turkish counterpart discussed resuming direct Russian-Ukrainian talks in Istanbul",
            ev("Earlier on Saturday, Russian Foreign Minister Sergei Lavrov held a telephone conversation with his Turkish counterpart at the Turkish side's initiative. The ministers discussed the resumption of direct Russian-Ukrainian talks in Istanbul, the ministry said.")),
        dip("prisoner_exchange", ["Russia", "Ukraine"], day("2026-09-14", "on September 14"), "held",
            "The previous exchange, 146 prisoners for each side",
            ev("The previous exchange took place on September 14, when 146 prisoners were swapped for each side."),
            optional=True),
        dip("prisoner_exchange", ["Russia", "Ukraine"], None, "proposed",
            "Moskalkova handed Lubinets a new list of civilians Moscow wants returned; no reply yet",
            ev("Moskalkova added that she had handed her Ukrainian counterpart, Dmitry Lubinets, a new list of civilians whom Moscow wants back. Kiev has not responded to it yet, she said."),
            optional=True),
    ])

# --------------------------------------------------------------------------- z11
Z11_THU = day("2026-10-15", "on Thursday")
GOLD["z11_news_nikopol_shelling_children"] = dict(
    notes="US-style agency feature datelined NIKOPOL (Friday 16 October): artillery on Nikopol 'on Thursday' (an "
          "elderly man killed, seven wounded, 'three of them children'; the wounded children then described one by "
          "one); kamikaze drones on Marhanets 'on Thursday afternoon' (a 41-year-old woman injured); Pistorius's visit "
          "to Kyiv 'on Thursday' (held) and the two IRIS-T systems Berlin 'would deliver' (military aid, held: "
          "the decision announced). Not coded: the district's 'more than 30 times over the day' with mixed weapons "
          "(a district tally of hits), the plant's occupation since March 2022 and the IAEA's reports (no attack "
          "on a place and day), the stall 'peppered with shrapnel in the summer' (no date), 'long urged' (urging).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")], Z11_THU,
               [{"type": "artillery"}],
               ev("Russian guns shelled Nikopol, a Ukrainian town, on Thursday, killing an elderly man and wounding seven people, three of them children, local officials said, as the town on the Dnipro River endured another day of shelling from Russian positions on the opposite bank.",
                  "A 74-year-old man died when a shell struck his garden. Among the wounded were two brothers, aged 8 and 13, and a 16-year-old girl who was hit by shrapnel at a bus stop."),
               killed=cnt(1, "an elderly man"), injured=cnt(7, "seven people"),
               children_injured=cnt(3, "three of them children"), reported_by=["Serhii Lysak"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Marhanets", "Dnipropetrovsk", "Ukraine")],
               day("2026-10-15", "on Thursday afternoon"), [{"type": "drone"}],
               ev("Russian forces also targeted Marhanets, a few miles upstream, with kamikaze drones on Thursday afternoon, injuring a 41-year-old woman, Lysak said."),
               injured=cnt(1, "a 41-year-old woman"), reported_by=["Serhii Lysak"]),
    ],
    diplomacy=[
        dip("visit", ["Germany", "Ukraine"], Z11_THU, "held", "German defence minister Boris Pistorius visited Kyiv",
            ev("Germany's defense minister, Boris Pistorius, visited Kyiv on Thursday and announced that Berlin would deliver a further two IRIS-T air defense systems to Kyiv by the close of 2026, as part of a package worth 1.2 billion euros."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["Germany", "Ukraine"], Z11_THU, "held",
            "Germany to deliver two more IRIS-T air defence systems before the end of the year, in a 1.2 billion euro package",
            ev("Germany's defense minister, Boris Pistorius, visited Kyiv on Thursday and announced that Berlin would deliver a further two IRIS-T air defense systems to Kyiv by the close of 2026, as part of a package worth 1.2 billion euros.")),
    ])

# --------------------------------------------------------------------------- z12
GOLD["z12_economy_honey_exports_control"] = dict(
    notes="Trade weekly on honey exports (Thursday 5 November): war-adjacent (artillery range, occupation, mined and "
          "burnt fields, power cuts, donors' grants, EU quotas) but no attack on a place and day and no dated "
          "diplomatic event. No record at all.",
    attacks=[], diplomacy=[])


def main() -> None:
    write_gold(DEV19, GOLD)


if __name__ == "__main__":
    main()
