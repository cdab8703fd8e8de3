"""Write evals/dev11/gold/*.json from the compact labels below (quotes only; offsets come from
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
DEV11 = ROOT / "evals" / "dev11"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, opt  # noqa: E402


def span(a: str, b: str, text: str) -> dict:
    """A stretch of days given as such ("on 18-19 December")."""
    return {"start": a, "end": b, "precision": "range", "text": text}


GOLD: dict[str, dict] = {}
N1617, N1718, N2021 = ("2026-11-16", "2026-11-17"), ("2026-11-17", "2026-11-18"), ("2026-11-20", "2026-11-21")

# --------------------------------------------------------------------------- r01
R01_TARGETS = "The enemy's main targets were energy facilities in the Lviv and Ivano-Frankivsk regions and the port infrastructure of Odesa."
GOLD["r01_airforce_overnight_tally"] = dict(
    notes="Air Force overnight tally (Tuesday 17 November), numbered lines: the night's country record (410 'means of "
          "air attack' / 371 'targets' as a combined figure of type other; 376 Shahed / 350; 25 Kh-101 / 21; 9 "
          "Iskander-M with 'None of the nine ballistic missiles was intercepted': intercepted 0 in the answer only); "
          "the Lviv and Ivano-Frankivsk regions as one record (places in aggregate, energy facilities); Odesa with its "
          "own details (four killed, 'one of them a girl aged seven', 19 wounded). Not coded: 'Hits ... at 14 "
          "locations' and debris at five (hits, not launches), the UAVs still in the air (no place, no count).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*N1617, "On the night of 17 November"),
               [{"type": "other", "model": "means of air attack", "launched": cnt(410, "410"), "intercepted": cnt(371, "371")},
                {"type": "drone", "model": "Shahed", "launched": cnt(376, "376"), "intercepted": cnt(350, "350")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(25, "25"), "intercepted": cnt(21, "21")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(9, "9")}],
               ev("Radar units detected and tracked 410 means of air attack in total:",
                  "376 strike UAVs of the Shahed type", "As of 09:30, according to preliminary data, 371 targets were shot down or suppressed:"),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile",
               [loc("Lviv", "Lviv", "Ukraine", "region"), loc("Ivano-Frankivsk", "Ivano-Frankivsk", "Ukraine", "region")],
               night(*N1617, "On the night of 17 November"), [{"type": "drone"}, {"type": "missile"}],
               ev(R01_TARGETS), damage=["energy facilities"], reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], night(*N1617, "On the night of 17 November"),
               [{"type": "ballistic_missile"}, {"type": "drone"}],
               ev("In Odesa itself, according to the regional military administration, a ballistic missile and several drones came down on a residential block close to the port.",
                  "Four people were killed, one of them a girl aged seven, and 19 more were wounded."),
               killed=cnt(4, "Four people"), children_killed=cnt(1, "a girl aged seven"), injured=cnt(19, "19 more"),
               damage=["residential block"], reported_by=["regional military administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- r02
R02_SHARES = ("Thirty-eight UAVs were destroyed above the Bryansk region, 27 above the Kursk region, 19 above the Oryol region, "
              "11 above the Moscow region, including four that were flying towards Moscow, and nine above the Tula region.")
R02_NIGHT = night(*N2021, "Over the past night")
MOD = ["Russian Ministry of Defence"]


def r02_share(name: str, admin1: str, value: int, quote: str) -> dict:
    return opt(attack("Ukraine", "Russia", "air_drone_strike", [loc(name, admin1, "Russia", "region")], R02_NIGHT,
                      [{"type": "drone", "intercepted": cnt(value, quote)}], ev(R02_SHARES), reported_by=MOD))


GOLD["r02_mod_daily_release"] = dict(
    notes="Russian Defence Ministry daily release in English (Saturday 21 November): 'one hundred and twelve' Ukrainian "
          "UAVs destroyed 'Over the past night' (country record Russia, number in words); a further 23 over the "
          "Belgorod and Voronezh regions 'From 08:00 to 14:00 Moscow time' (one record, two regions, day); Russia's "
          "own 'massive strike' on Ukraine 'Last night' (country record Ukraine, Kinzhal missiles and drones, no "
          "place). Optional: the regional shares (Bryansk 'Thirty-eight', Kursk 27, Oryol 19, the Moscow region 11, "
          "Tula nine) and the four regions named without a count. Not coded: 'four that were flying towards Moscow' "
          "(inside the Moscow region share), the capture of Novopavlivka (ground fighting, no strike), strikes 'in "
          "147 areas' (no place), the totals since the start of the operation (aggregate), the warnings. "
          "Corrected (ruling of 2 December 2026, rule 9): Kinzhal is a `ballistic_missile` (was `missile`).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], R02_NIGHT,
               [{"type": "drone", "intercepted": cnt(112, "one hundred and twelve")}],
               ev("Over the past night, between 23:00 on 20 November and 07:00 Moscow time on 21 November, on-duty air defence means intercepted and destroyed one hundred and twelve Ukrainian fixed-wing unmanned aerial vehicles."),
               reported_by=MOD),
        r02_share("Bryansk", "Bryansk Oblast", 38, "Thirty-eight"),
        r02_share("Kursk", "Kursk Oblast", 27, "27"),
        r02_share("Oryol", "Oryol Oblast", 19, "19"),
        r02_share("Moscow", "Moscow Oblast", 11, "11"),
        r02_share("Tula", "Tula Oblast", 9, "nine"),
        opt(attack("Ukraine", "Russia", "air_drone_strike",
                   [loc("Kaluga", "Kaluga Oblast", "Russia", "region"), loc("Smolensk", "Smolensk Oblast", "Russia", "region"),
                    loc("Lipetsk", "Lipetsk Oblast", "Russia", "region"), loc("Belgorod", "Belgorod Oblast", "Russia", "region")],
                   R02_NIGHT, [{"type": "drone"}],
                   ev("The remaining drones were brought down over the Kaluga, Smolensk, Lipetsk and Belgorod regions."), reported_by=MOD)),
        attack("Ukraine", "Russia", "air_drone_strike",
               [loc("Belgorod", "Belgorod Oblast", "Russia", "region"), loc("Voronezh", "Voronezh Oblast", "Russia", "region")],
               day("2026-11-21", "From 08:00 to 14:00 Moscow time"), [{"type": "drone", "intercepted": cnt(23, "23")}],
               ev("From 08:00 to 14:00 Moscow time, air defence crews destroyed a further 23 Ukrainian UAVs over the Belgorod and Voronezh regions."),
               reported_by=MOD),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*N2021, "Last night"),
               [{"type": "ballistic_missile", "model": "Kinzhal"}, {"type": "drone"}],
               ev("Last night, Russian troops hit gas extraction sites and energy infrastructure feeding Ukraine's defence industry in a massive combined strike, using Kinzhal hypersonic missiles among other long-range precision weapons, as well as attack unmanned aerial vehicles."),
               damage=["gas extraction sites", "energy infrastructure"], reported_by=MOD),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- r03
SYN = ["Oleh Syniehubov"]
GOLD["r03_governor_telegram_kharkiv"] = dict(
    notes="A Kharkiv governor's Telegram posts through Thursday 19 November (translated, timed): Shahed drones on "
          "Kharkiv 'During the night' (a house and a warehouse; 'no one was injured': injured 0 in the answer); "
          "artillery on the village of Kivsharivka 'In the morning' ('A woman aged 67' killed); a guided bomb on "
          "Zolochiv 'This afternoon' (three wounded, 'a boy of 14'; the 16:55 rise to five is evidence only); drones "
          "on Kharkiv again 'this evening' (a second Kharkiv record: a different attack the same day). Not coded: the "
          "19:30 day summary (11 settlements, one killed, eight wounded: the sum of the posts) and 'more than 260 "
          "guided bombs' since the start of the month (aggregate).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2026-11-18", "2026-11-19", "During the night"), [{"type": "drone", "model": "Shahed"}],
               ev("During the night the enemy attacked Kharkiv with Shahed drones.",
                  "There were hits in the Kyivskyi and Slobidskyi districts: a private house and a warehouse belonging to a logistics company were damaged, and a fire broke out at the warehouse that has now been put out.",
                  "According to preliminary information, no one was injured."),
               damage=["private house", "warehouse"], reported_by=SYN),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kivsharivka", "Kharkiv", "Ukraine")],
               day("2026-11-19", "In the morning"), [{"type": "artillery"}],
               ev("In the morning the village of Kivsharivka came under Russian artillery fire.", "A woman aged 67 was killed in her yard.",
                  "Two homes were damaged, and a power line was brought down."),
               killed=cnt(1, "A woman aged 67"), damage=["homes", "power line"], reported_by=SYN),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zolochiv", "Kharkiv", "Ukraine")], day("2026-11-19", "This afternoon"),
               [{"type": "glide_bomb"}],
               ev("This afternoon Russian aircraft hit Zolochiv with a guided aerial bomb.", "Three people were wounded, among them a boy of 14.",
                  "Update on Zolochiv: the number of wounded has risen to five."),
               injured=cnt(3, "Three people"), children_injured=cnt(1, "a boy of 14"),
               damage=["shop", "cars", "gas pipeline"], reported_by=SYN),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], day("2026-11-19", "this evening"),
               [{"type": "drone"}],
               ev("Kharkiv is under attack again this evening.", "Explosions are being heard in the city: enemy drones are targeting the Nemyshlianskyi district."),
               reported_by=SYN),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- r04
R04_MOSCOW = "Moscow says its air defence units destroyed 64 Ukrainian drones over Russian regions overnight, 22 of them over the Rostov region."
GOLD["r04_liveblog_odesa_kharkiv"] = dict(
    notes="Live blog, latest first (Tuesday 17 November): glide bombs on Kharkiv 'shortly after 3 p.m.' ('At least two' "
          "injured, a school); Moscow's 64 drones 'overnight' (country record Russia; 'Moscow' is the speaker, not a "
          "place hit; the Rostov region's 22 optional); the phone call of 'Ukraine's foreign minister' with 'his "
          "Turkish counterpart' 'this morning'; the night's figures '376 drones and 34 missiles', 'all but 26 of the "
          "drones' (intercepted 350) and '21 of the missiles'; Odesa 'at least four' killed, 'including a "
          "seven-year-old girl', 19 wounded (the 11:15 rise to six is evidence only). Not coded: Fidan's 'stood ready "
          "to host' (stance), energy facilities 'in the west of the country' (no named place), 'one of the heaviest "
          "this month' (no count).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")], day("2026-11-17", "shortly after 3 p.m."),
               [{"type": "glide_bomb"}],
               ev("Russian glide bombs struck the Kholodnohirskyi district of Kharkiv shortly after 3 p.m., Mayor Ihor Terekhov said.",
                  "At least two people were injured and a school building was damaged."),
               injured=cnt(2, "At least two people", "at_least"), damage=["school building"], reported_by=["Ihor Terekhov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*N1617, "overnight"),
               [{"type": "drone", "intercepted": cnt(64, "64")}], ev(R04_MOSCOW), reported_by=["Moscow"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Rostov", "Rostov Oblast", "Russia", "region")], night(*N1617, "overnight"),
                   [{"type": "drone", "intercepted": cnt(22, "22")}], ev(R04_MOSCOW), reported_by=["Moscow"])),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*N1617, "Last night"),
               [{"type": "drone", "launched": cnt(376, "376"), "intercepted": cnt(350, "all but 26")},
                {"type": "missile", "launched": cnt(34, "34"), "intercepted": cnt(21, "21")}],
               ev("Russia fired 376 drones and 34 missiles at Ukraine, the air force says; all but 26 of the drones and 21 of the missiles were brought down."),
               reported_by=["air force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], night(*N1617, "Last night"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("In Odesa, a missile and drone strike on a residential neighbourhood near the port killed at least four people, including a seven-year-old girl, and wounded 19, according to regional officials.",
                  "Odesa's death toll has climbed to six, regional administration chief Oleh Kiper says."),
               killed=cnt(4, "at least four people", "at_least"), children_killed=cnt(1, "a seven-year-old girl"), injured=cnt(19, "19"),
               damage=["residential neighbourhood", "port warehouse"], reported_by=["regional officials", "Oleh Kiper"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-11-17", "this morning"), "held",
            "Ukraine's foreign minister and Turkish Foreign Minister Hakan Fidan discussed the Odesa strike and the next prisoner swap",
            ev("Ukraine's foreign minister had a phone call this morning with his Turkish counterpart, Hakan Fidan, about the Odesa strike and the next prisoner swap, the foreign ministry in Kyiv said.")),
    ])

# --------------------------------------------------------------------------- r05
N1718_ISW = night(*N1718, "on the night of November 17 to 18")
GOLD["r05_thinktank_assessment"] = dict(
    notes="Think-tank daily assessment (Thursday 19 November; key takeaways, then sections): the night of November 17 "
          "to 18 (country record: '142 Shahed-type and decoy drones' as a combined figure of type other with drone "
          "and decoy entries, 118 downed; three Iskander-M); Odesa (three injured, port infrastructure); Ukrainian "
          "drones on Novokuibyshevsk ('there were no casualties': nils in the answer); Russia's MoD's 57 'overnight' "
          "(country record Russia); Witkoff and Dmitriev in Abu Dhabi 'on November 18' (talks, held). Not coded: "
          "'the missiles and 21 drones struck targets in nine locations' (hits), 4,900 drones 'so far in November' and "
          "5,600 in October (aggregates), Peskov's 'remains open' (stance), ground advances near Pokrovsk, Hulyaipole "
          "and Siversk (ground fighting, not strikes), the US-proposed framework (background, no date or status of "
          "its own).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1718_ISW,
               [{"type": "other", "model": "Shahed-type and decoy drones", "launched": cnt(142, "142"), "intercepted": cnt(118, "118")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(3, "three")}],
               ev("According to the Ukrainian Air Force, Russian forces launched 142 Shahed-type and decoy drones as well as three Iskander-M ballistic missiles from Kursk Oblast and occupied Crimea on the night of November 17 to 18.",
                  "Ukrainian forces downed 118 of the drones; the missiles and 21 drones struck targets in nine locations."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], N1718_ISW,
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("Russian forces conducted a combined drone and missile strike against Ukraine on the night of November 17 to 18, hitting port infrastructure in Odesa for the second night running.",
                  "Odesa Oblast Military Administration Head Oleh Kiper reported that the strikes damaged port infrastructure and injured three people in Odesa City."),
               injured=cnt(3, "three people"), damage=["port infrastructure"], reported_by=["Oleh Kiper"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novokuibyshevsk", "Samara Oblast", "Russia")], N1718_ISW,
               [{"type": "drone"}],
               ev("Samara Oblast Governor Vyacheslav Fedorishchev claimed that Ukrainian drones had targeted an \"industrial enterprise\" in Novokuibyshevsk on the night of November 17 to 18 and stated that there were no casualties.",
                  "Geolocated footage published on November 18 shows a fire at the Novokuibyshevsk Oil Refinery."),
               damage=["oil refinery"], reported_by=["Vyacheslav Fedorishchev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*N1718, "overnight"),
               [{"type": "drone", "intercepted": cnt(57, "57")}],
               ev("The Russian Ministry of Defense claimed that Russian forces downed 57 Ukrainian drones over Russia overnight."),
               reported_by=["Russian Ministry of Defense"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Russia"], day("2026-11-18", "on November 18"), "held",
            "US Special Envoy Steve Witkoff met RDIF head Kirill Dmitriev in Abu Dhabi to discuss the US-proposed framework",
            ev("US Special Envoy Steve Witkoff held a meeting with Russian Direct Investment Fund CEO Kirill Dmitriev in Abu Dhabi on November 18.",
               "Witkoff and Dmitriev discussed the US-proposed framework for ending the war during their meeting in Abu Dhabi, according to a source cited by Kremlin-affiliated outlets."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
    ])

# --------------------------------------------------------------------------- r06
GOLD["r06_wire_odesa_swap"] = dict(
    notes="Wire story (Tuesday 17 November): missiles and drones on Odesa 'overnight' (six killed, 'among them a girl "
          "of seven', 'Another 23' wounded: the same event as r01, r04, r11 and r12's background); the night's '410 "
          "drones and missiles' / '371' (combined figure of type other, with drone and missile entries); the Lviv "
          "and Ivano-Frankivsk regions 'also hit' (one record, weapons from the sentence before); the prisoner "
          "exchange 'on Tuesday' (120 each, UAE mediation); Istanbul talks 'pencilled in for next week' that 'will "
          "not go ahead' (cancelled). Not coded: 4,500 drones 'so far this month' (aggregate), 'repeated attack since "
          "the start of the full-scale invasion' (no count, no one event), Russia's ministry's claim of strikes on "
          "'energy facilities' (the same night's strike, told by the other side, no place), Peskov's 'willing to "
          "meet' (stance).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], night(*N1617, "overnight"),
               [{"type": "ballistic_missile"}, {"type": "drone"}],
               ev("KYIV, Nov 17 (Northline) - A Russian missile-and-drone assault on Odesa overnight killed six people, among them a girl of seven, and set a port warehouse ablaze, Ukrainian officials said on Tuesday, hours before Kyiv and Moscow carried out their first prisoner exchange in more than a month.",
                  "Odesa regional governor Oleh Kiper said a ballistic missile slammed into a nine-storey apartment block near the port, while drones hit the warehouse and a power substation.",
                  "Another 23 people were wounded, he said, as rescuers searched the wreckage into the morning."),
               killed=cnt(6, "six people"), children_killed=cnt(1, "a girl of seven"), injured=cnt(23, "Another 23 people"),
               damage=["port warehouse", "apartment block", "power substation"], reported_by=["Oleh Kiper", "Ukrainian officials"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*N1617, "overnight"),
               [{"type": "other", "model": "drones and missiles", "launched": cnt(410, "410"), "intercepted": cnt(371, "371")},
                {"type": "drone"}, {"type": "missile"}],
               ev("Russia sent 410 drones and missiles against Ukraine during the night, and 371 of them were downed, according to the air force."),
               reported_by=["air force"]),
        attack("Russia", "Ukraine", "drone_and_missile",
               [loc("Lviv", "Lviv", "Ukraine", "region"), loc("Ivano-Frankivsk", "Ivano-Frankivsk", "Ukraine", "region")],
               night(*N1617, "overnight"), [{"type": "drone"}, {"type": "missile"}],
               ev("Energy facilities in the western Lviv and Ivano-Frankivsk regions were also hit, forcing emergency power cuts."),
               damage=["energy facilities"], reported_by=["air force"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-11-17", "on Tuesday"), "held",
            "Ukraine and Russia each handed over 120 prisoners of war with the United Arab Emirates acting as go-between",
            ev("Separately, Ukraine and Russia each handed over 120 prisoners of war on Tuesday with the United Arab Emirates acting as go-between, President Volodymyr Zelenskiy said on Telegram.")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], week("2026-11-23", "2026-11-29", "next week"), "cancelled",
            "A round of direct Russian-Ukrainian talks Turkish officials had pencilled in for Istanbul will not go ahead",
            ev("A round of direct talks that Turkish officials had pencilled in for next week in Istanbul will not go ahead, a Turkish diplomatic source told Northline, citing a lack of agreement over the agenda."),
            location=loc("Istanbul", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- r07
GOLD["r07_mfa_readout_poland"] = dict(
    notes="Foreign ministry readouts (Tuesday 24 November), sides named through roles ('the Deputy Prime Minister and "
          "Minister of Foreign Affairs', 'Ukraine's foreign minister', 'the Russian chargé d'affaires'): the phone "
          "call 'On Monday, 23 November'; the 48th military aid package 'approved last week' (held); intergovernmental "
          "consultations in Rzeszów 'on 10 December' (talks, planned); the chargé d'affaires summoned 'On Tuesday, 24 "
          "November' (diplomatic protest, held). No attack: the drone that crashed near Hrubieszów is an airspace "
          "violation ('No one was hurt'), and 'while Russia was attacking western Ukraine' has no place or count. Not "
          "coded: 'ready to keep the logistics hub' and 'open to discussing joint production' (stances), 'the fourth "
          "such incident since September' (aggregate), the warning.",
    attacks=[],
    diplomacy=[
        dip("phone_call", ["Poland", "Ukraine"], day("2026-11-23", "On Monday, 23 November"), "held",
            "Poland's foreign minister and Ukraine's foreign minister discussed Russian strikes on the energy system, winter aid and EU accession",
            ev("On Monday, 23 November, the Deputy Prime Minister and Minister of Foreign Affairs spoke by telephone with Ukraine's foreign minister.")),
        dip("military_aid", ["Poland", "Ukraine"], week("2026-11-16", "2026-11-22", "last week"), "held",
            "Poland's 48th military assistance package (air defence ammunition, generators, artillery spare parts)",
            ev("The Minister briefed his interlocutor on the 48th package of military assistance, which the Council of Ministers approved last week.")),
        dip("talks", ["Poland", "Ukraine"], day("2026-12-10", "on 10 December"), "planned",
            "Polish-Ukrainian intergovernmental consultations with both heads of government",
            ev("The ministers agreed that intergovernmental consultations between Poland and Ukraine will be held in Rzeszów on 10 December, with the participation of the heads of government of both countries."),
            location=loc("Rzeszów", None, "Poland")),
        dip("diplomatic_protest", ["Poland", "Russia"], day("2026-11-24", "On Tuesday, 24 November"), "held",
            "Russia's chargé d'affaires summoned and handed a note of protest over a Russian drone in Polish airspace",
            ev("On Tuesday, 24 November, the Russian chargé d'affaires was summoned to the Ministry of Foreign Affairs, where the Director of the Eastern Department handed him a note of protest over the violation of Polish airspace by a Russian drone.")),
    ])

# --------------------------------------------------------------------------- r08
GOLD["r08_brussels_sanctions_package"] = dict(
    notes="Brussels paper on sanctions (Thursday 26 November): the EU's 22nd package adopted 'on Wednesday' (held); a "
          "23rd package the Commission 'is drafting' and 'intends to put to member states in the second half of "
          "January' (planned); Finland and Sweden's 'joint paper proposing a ban' (proposed); the UK's matching "
          "measures 'on Wednesday' (held); EU leaders' summit 'on 18-19 December' (planned). Not coded: Poland and the "
          "Baltic states 'have urged' a nuclear-fuel ban (a demand, not put forward as a text), Slovakia's 'open to "
          "discussing' (stance), Hungary lifting its hold (part of the adoption), the 2,600 listings since 2022 "
          "(aggregate), the Kremlin's reaction.",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-11-25", "on Wednesday"), "held",
            "The EU's 22nd sanctions package: 118 more tankers listed, machine-tool export curbs, two banks' assets frozen",
            ev("The European Union on Wednesday adopted its 22nd package of sanctions against Russia after Hungary dropped its objections, ending three weeks of haggling that had left diplomats fearing the measures would slip into the new year.")),
        dip("sanctions", ["European Union", "Russia"], month("2027-01-15", "2027-01-31", "in the second half of January"), "planned",
            "The Commission is drafting a 23rd sanctions package to put to member states",
            ev("The European Commission is drafting a 23rd package and intends to put it to member states in the second half of January, a Commission spokesperson said on Thursday.")),
        dip("sanctions", ["Finland", "Sweden", "European Union", "Russia"], None, "proposed",
            "Finland and Sweden tabled a joint paper proposing a ban on Russian fishing vessels calling at EU ports",
            ev("Finland and Sweden have tabled a joint paper proposing a ban on Russian fishing vessels calling at EU ports")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-11-25", "on Wednesday"), "held",
            "The UK sanctioned 30 tankers and a Dubai-based trader",
            ev("The United Kingdom announced its own matching measures on Wednesday, sanctioning 30 tankers and a Dubai-based trader.")),
        dip("summit", ["European Union"], span("2026-12-18", "2026-12-19", "on 18-19 December"), "planned",
            "EU leaders' summit to take stock of sanctions and financing for Ukraine",
            ev("EU leaders are expected to take stock of the sanctions and of financing for Ukraine at their summit in Brussels on 18-19 December."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- r09, r10
GOLD["r09_feature_kherson_bakery"] = dict(
    notes="Weekend feature (Saturday 28 November) about a Kherson bakery; every strike is background. Optional: the "
          "drone that dropped a grenade on a bus stop 'Last spring' and killed a neighbour (a count and a place, but "
          "a season for a date and a street for a place). Not coded: 'shelled almost daily ever since' (no count, "
          "no one event), 'more than 140 civilians' killed by drones in ten months (aggregate), the retreat of "
          "November 2022 (not a strike), the population figures.",
    attacks=[
        opt(attack("Russia", "Ukraine", "air_drone_strike", [loc("Kherson", "Kherson", "Ukraine")],
                   month("2026-03-01", "2026-05-31", "Last spring"), [{"type": "drone"}],
                   ev("Last spring, she says, a drone dropped a grenade on the bus stop at the end of the street, killing Mykola, a retired tram driver who used to buy two rolls every morning."),
                   killed=cnt(1, "Mykola"), reported_by=["Halyna Bondar"])),
    ],
    diplomacy=[])

GOLD["r10_control_football_krakow"] = dict(
    notes="Football report (Friday 27 November): Shakhtar Donetsk's home game in exile; a 'strike', a 'counterattack', "
          "'attacked with courage', a 'decisive clash', contract 'Talks', a fixture 'on 10 December', the war only as "
          "the reason for exile. No record at all (control).",
    attacks=[], diplomacy=[])

# --------------------------------------------------------------------------- r11
GOLD["r11_britishpaper_odesa_grief"] = dict(
    notes="British paper (Tuesday 17 November), the same Odesa night as r01, r04 and r06: a ballistic missile 'in the "
          "early hours' and drones (killed: 'six bodies' with 'a child of seven'; 'Twenty-three people' injured, "
          "'three of them children'); the night's '376 drones and 34 missiles, including nine ballistic missiles that "
          "air defences could not stop' (country record; 34 as a combined figure of type other; intercepted 0 for the "
          "ballistic missiles in the answer only); the foreign secretary's £85m energy support (aid decision, held, "
          "kind military_aid as the codebook's aid kind); the Russian ambassador to be summoned 'on Wednesday' "
          "(diplomatic protest, planned). Not coded: power stations 'in the west of the country' (no named place), "
          "'the second such summons this autumn' (background, no date), the mourning, the grain-export background.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], day("2026-11-17", "in the early hours"),
               [{"type": "ballistic_missile"}, {"type": "drone"}],
               ev("Rescuers in Odesa worked through Tuesday to dig the last of six bodies out of a nine-storey block near the port, after a Russian ballistic missile tore through its middle floors in the early hours and drones set fire to warehouses on the waterfront nearby.",
                  "The dead included a child of seven.",
                  "Twenty-three people were injured in the attack on the Black Sea city, three of them children, according to Oleh Kiper, the head of Odesa's regional military administration."),
               killed=cnt(6, "six bodies"), children_killed=cnt(1, "a child of seven"), injured=cnt(23, "Twenty-three people"),
               children_injured=cnt(3, "three of them children"), damage=["nine-storey block", "warehouses"],
               reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*N1617, "overnight"),
               [{"type": "drone", "launched": cnt(376, "376")},
                {"type": "other", "model": "missiles", "launched": cnt(34, "34")},
                {"type": "ballistic_missile", "launched": cnt(9, "nine")}],
               ev("Odesa was one of several targets in an overnight barrage that Ukraine's air force said involved 376 drones and 34 missiles, including nine ballistic missiles that air defences could not stop."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("military_aid", ["United Kingdom", "Ukraine"], day("2026-11-17", "Tuesday"), "held",
            "The foreign secretary announced GBP 85m in emergency energy support (transformers, generators, heating plants)",
            ev("In London, the foreign secretary condemned what she called \"a deliberate assault on sleeping families\" and announced £85m in emergency energy support for Ukraine, to pay for transformers, generators and the repair of heating plants before the coldest weeks of winter.")),
        dip("diplomatic_protest", ["United Kingdom", "Russia"], day("2026-11-18", "on Wednesday"), "planned",
            "The Foreign Office to summon the Russian ambassador over the Odesa strike",
            ev("The Foreign Office said it would also summon the Russian ambassador on Wednesday to explain the strike, the second such summons this autumn.")),
    ])

# --------------------------------------------------------------------------- r12
R12_NIGHT = night(*N1718, "overnight on 18 November")
GOLD["r12_ukrainianoutlet_odesa_second_night"] = dict(
    notes="Ukrainian outlet (Wednesday 18 November): Odesa hit again 'overnight on 18 November' (drones and a "
          "ballistic missile, 'three people' injured); drones on the Izmail district (no date words of its own: the "
          "lead's night; 'There were no casualties there': nils in the answer); the night's 142 drones / 118 and "
          "'three Iskander-M ballistic missiles' ('not intercepted': 0 in the answer only); the previous night in "
          "Odesa 'On the night of 17 November' (background with a place and counts: coded, required; the same event "
          "as r01/r04/r06/r11's Odesa record; a second Odesa event, one night apart). Not coded: 'attacked more than "
          "90 times' since the start of the year (aggregate), Zelensky's 'ready for a full ceasefire' (stance) and "
          "his appeal for Patriots (demand), the mourning, the grain corridor.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], R12_NIGHT,
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("Russian forces struck Odesa again overnight on 18 November, a day after the deadliest attack on the city this autumn.",
                  "Drones and a ballistic missile hit port infrastructure, injuring three people, Oleh Kiper, who heads the Odesa regional administration, reported on Wednesday morning.",
                  "According to Kiper, a grain storage facility and an administrative building of one of the port operators were damaged."),
               injured=cnt(3, "three people"), damage=["port infrastructure", "grain storage facility", "administrative building"],
               reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail district", "Odesa", "Ukraine", "district")], R12_NIGHT,
               [{"type": "drone"}],
               ev("In the Izmail district of the region, drones damaged a warehouse and two trucks belonging to a transport company.",
                  "There were no casualties there, Kiper said."),
               damage=["warehouse", "trucks"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*N1718, "during the night"),
               [{"type": "drone", "launched": cnt(142, "142"), "intercepted": cnt(118, "118")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(3, "three")}],
               ev("Across the country, the Air Force counted 142 drones and three Iskander-M missiles of the ballistic type during the night.",
                  "Air defence forces shot down or jammed 118 drones; the ballistic missiles were not intercepted."),
               reported_by=["Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], night(*N1617, "On the night of 17 November"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("On the night of 17 November, Russian missiles and drones killed six people in Odesa, including a seven-year-old girl, and injured 23.",
                  "A ballistic missile destroyed the middle section of a nine-storey residential building near the port."),
               killed=cnt(6, "six people"), children_killed=cnt(1, "a seven-year-old girl"), injured=cnt(23, "23"),
               damage=["residential building"]),
    ],
    diplomacy=[])


# --------------------------------------------------------------------------- clusters
# The same real-world event told by several articles (codebook: same place, night or day, attacker and
# kind of activity; never two records of one article). Members are (article, record type, index).
CLUSTERS = [
    # Odesa, the night of 16-17 November (r12 tells it as background)
    [("r01_airforce_overnight_tally", 2), ("r04_liveblog_odesa_kharkiv", 4), ("r06_wire_odesa_swap", 0),
     ("r11_britishpaper_odesa_grief", 0), ("r12_ukrainianoutlet_odesa_second_night", 3)],
    # the nationwide barrage of 16-17 November
    [("r01_airforce_overnight_tally", 0), ("r04_liveblog_odesa_kharkiv", 3), ("r06_wire_odesa_swap", 1),
     ("r11_britishpaper_odesa_grief", 1)],
    # the Lviv and Ivano-Frankivsk regions, 16-17 November
    [("r01_airforce_overnight_tally", 1), ("r06_wire_odesa_swap", 2)],
    # Odesa again, the night of 17-18 November, and that night's nationwide figures
    [("r05_thinktank_assessment", 1), ("r12_ukrainianoutlet_odesa_second_night", 0)],
    [("r05_thinktank_assessment", 0), ("r12_ukrainianoutlet_odesa_second_night", 2)],
]


def write_clusters() -> None:
    body = {"clusters": [{"members": [{"article": stem, "type": "attack", "index": i} for stem, i in members]}
                         for members in CLUSTERS]}
    (DEV11 / "gold" / "clusters.json").write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV11, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
