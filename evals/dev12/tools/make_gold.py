"""Write evals/dev12/gold/*.json (and gold/clusters.json) from the compact labels below (quotes only;
offsets come from evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV12 = ROOT / "evals" / "dev12"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- s01
S01_LEAD = ("ODESA, Ukraine, Nov 15, 2026 (EWS) - At least six people, among them a seven-year-old boy, were killed "
            "when Russian missiles and drones slammed into Odesa overnight, setting a cargo terminal and a block of "
            "flats ablaze, Ukrainian officials said on Sunday.")
GOLD["s01_agency_odesa_strike_reactions"] = dict(
    notes="Agency story (Sunday 15 November): missiles and drones on Odesa overnight ('At least six people, among them "
          "a seven-year-old boy' killed; 19 wounded; a ballistic missile on the ferry berth); the air force's night "
          "figures (three Iskander-M, none intercepted: intercepted 0 in the ideal answer only; 74 Shahed-type drones, "
          "61 down) on a country record. Not coded: 'Moscow said' (speaker, not a place attacked), reactions from "
          "Paris, Berlin, Rome (statements; Italy 'stood ready' is a stance), Sikorski's urging on tankers (a demand, "
          "not sanctions), 'more than 300 civilian vessels ... since 2023' (aggregate), Zelensky's appeal, the day of "
          "mourning.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-11-14", "2026-11-15", "overnight"),
               [{"type": "drone", "model": "Shahed"}, {"type": "ballistic_missile", "model": "Iskander-M"}],
               ev(S01_LEAD,
                  "Odesa's regional governor, Oleh Kiper, said 19 people were wounded and that rescuers were still pulling residents from the rubble of a five-storey building in the Kyivskyi district.",
                  "A ballistic missile also damaged the city's main passenger ferry berth, he wrote on social media."),
               killed=cnt(6, "At least six people", "at_least"), children_killed=cnt(1, "a seven-year-old boy"),
               injured=cnt(19, "19 people"),
               damage=["cargo terminal", "block of flats", "five-storey building", "passenger ferry berth"],
               reported_by=["Oleh Kiper", "Ukrainian officials"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-14", "2026-11-15", "during the night"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(3, "three")},
                {"type": "drone", "model": "Shahed", "launched": cnt(74, "74"), "intercepted": cnt(61, "61")}],
               ev("Russia went after the country with three Iskander-M ballistic missiles and 74 Shahed-type drones during the night, the air force reported.",
                  "Crews brought down 61 of the drones, but none of the three missiles was intercepted, the air force added."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- s02
GOLD["s02_independent_kharkiv_toll_rises"] = dict(
    notes="Ukrainian online outlet with timed updates (Wednesday 11 November): ballistic missiles on Kharkiv 'overnight "
          "on Nov. 11' ('at least four' killed in the lead; six at 14:20 and seven at 19:05 are updates, not the "
          "count, and are left out of the evidence for the three-quote limit; 27 injured 'including three "
          "children'); drones on the Kyivskyi district 'On the night of Nov. 9-10' (a second night on the same city: "
          "its own record; two men injured). Optional: the guided bomb on the industrial zone 'Earlier this month' "
          "(background with a place but no count and a vague date). Not coded: 'more than 1,800 civilians' since "
          "February 2022 (aggregate), Zelensky's call on allies (demand), 'Two missiles hit' / 'a third struck' "
          "(a wave told as two hits and a third: its count of three is told by no figure, so no launched count, "
          "kept at codebook 9's ruling of 2 December), the prosecutor's investigation.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2026-11-10", "2026-11-11", "overnight on Nov. 11"),
               [{"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("A Russian missile attack on Kharkiv overnight on Nov. 11 killed at least four people and injured 27, including three children, Mayor Ihor Terekhov said in the morning.",
                  "Two missiles hit an apartment building in the Shevchenkivskyi district shortly after 2 a.m., while a third struck the grounds of a bus depot, Terekhov said.",
                  "Syniehubov said Russia had used Iskander-M ballistic missiles in the attack."),
               killed=cnt(4, "at least four people", "at_least"), injured=cnt(27, "27"),
               children_injured=cnt(3, "three children"),
               damage=["apartment building", "bus depot"], reported_by=["Ihor Terekhov", "Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2026-11-09", "2026-11-10", "On the night of Nov. 9-10"), [{"type": "drone", "model": "Shahed"}],
               ev("On the night of Nov. 9-10, Russia hit the city's Kyivskyi district with Shahed-type drones, injuring two men and damaging a supermarket and several private houses, according to Terekhov."),
               injured=cnt(2, "two men"), damage=["supermarket", "private houses"], reported_by=["Ihor Terekhov"]),
        opt(attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")],
                   month("2026-11-01", "2026-11-11", "Earlier this month"), [{"type": "glide_bomb"}],
                   ev("Earlier this month, a guided bomb attack on the city's industrial zone damaged a power substation."),
                   damage=["power substation"])),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- s03
N1819 = night("2026-11-18", "2026-11-19", "the night of 18-19 November")
GOLD["s03_regional_morning_digest"] = dict(
    notes="Regional outlet's morning digest (Thursday 19 November), one paragraph per oblast for the night of 18-19 "
          "November: the air force's figures in words ('ninety-two attack drones and Gerbera decoys' / "
          "'Sixty-eight': a combined figure of type other with drone and decoy entries; 'hits by 19 drones ... at 11 "
          "locations' are hits, not launches); a drone on a block in Shostka ('A woman and her 12-year-old "
          "daughter'); artillery and FPV drones on Marhanets (a man killed; kind other with both weapons, codebook 8 as ruled "
          "3 December 2026); four guided bombs on Stepnohirsk ('There were no casualties': nils in the answer); shelling of "
          "Kherson (three wounded, 'a 15-year-old boy'); drones on the Chernihiv and Poltava regions in aggregate "
          "(one record, two regions; 'no injuries'). Not coded: the October figure of 'more than 9,000 enemy "
          "attacks' (monthly aggregate), launch sites in Russia (Kursk, Oryol, Primorsko-Akhtarsk are not targets).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-11-18", "2026-11-19", "overnight"),
               [{"type": "other", "model": "attack drones and Gerbera decoys",
                 "launched": cnt(92, "ninety-two"), "intercepted": cnt(68, "Sixty-eight")},
                {"type": "drone"}, {"type": "decoy_drone", "model": "Gerbera"}],
               ev("Ukraine's Air Force said the enemy attacked overnight with ninety-two attack drones and Gerbera decoys, launched from Kursk, Oryol and Primorsko-Akhtarsk.",
                  "Sixty-eight were downed or jammed by electronic warfare units; hits by 19 drones were recorded at 11 locations."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Shostka", "Sumy", "Ukraine")], N1819, [{"type": "drone"}],
               ev("In Shostka, a drone struck a five-storey apartment building at around 01:30.",
                  "A woman and her 12-year-old daughter were injured and taken to hospital, regional governor Oleh Hryhorov said."),
               injured=cnt(2, "A woman and her 12-year-old daughter"), children_injured=cnt(1, "her 12-year-old daughter"),
               damage=["apartment building", "kindergarten"], reported_by=["Oleh Hryhorov"]),
        attack("Russia", "Ukraine", "other", [loc("Marhanets", "Dnipropetrovsk", "Ukraine")],
               night("2026-11-18", "2026-11-19", "throughout the night"), [{"type": "artillery"}, {"type": "drone"}],
               ev("Russian troops pounded Marhanets in the Nikopol district with artillery and FPV drones throughout the night, killing a 58-year-old man, said the region's governor, Serhii Lysak.",
                  "Three private houses and a gas pipeline were damaged."),
               killed=cnt(1, "a 58-year-old man"), damage=["private houses", "gas pipeline"], reported_by=["Serhii Lysak"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Stepnohirsk", "Zaporizhzhia", "Ukraine")],
               night("2026-11-18", "2026-11-19", "after midnight"),
               [{"type": "glide_bomb", "launched": cnt(4, "Four")}],
               ev("Four guided aerial bombs fell on the town of Stepnohirsk after midnight, dropped by Russian aircraft, regional governor Ivan Fedorov reported.",
                  "There were no casualties; an administrative building was destroyed."),
               damage=["administrative building"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               night("2026-11-18", "2026-11-19", "overnight"), [{"type": "artillery"}],
               ev("In Kherson itself, Russian shelling wounded three people overnight: two men aged 45 and 62 and a 15-year-old boy, according to Oleksandr Prokudin, head of the regional administration."),
               injured=cnt(3, "three people"), children_injured=cnt(1, "a 15-year-old boy"), reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "air_drone_strike",
               [loc("Chernihiv", "Chernihiv", "Ukraine", "region"), loc("Poltava", "Poltava", "Ukraine", "region")],
               N1819, [{"type": "drone"}],
               ev("Drones also targeted the Chernihiv and Poltava regions, where local authorities reported damage to farm buildings but no injuries."),
               damage=["farm buildings"], reported_by=["local authorities"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- s04
GOLD["s04_ocha_humanitarian_update"] = dict(
    notes="UN humanitarian update for October (published Friday 6 November): two dated incidents coded: a drone on an "
          "NGO vehicle in Bilozerka 'On 17 October' (two aid workers killed, 'a third' injured) and a missile on "
          "Kryvyi Rih 'On 24 October' (four killed 'including a girl aged 11'; 15 injured, 'among them three "
          "children'). Not coded: the month's 162 killed / 811 injured, 1.4 million with power cuts, 14,000 deaths "
          "since February 2022, the convoys, evacuations and funding figures (aggregates and response, no attack on "
          "a place on a day).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bilozerka", "Kherson", "Ukraine")],
               day("2026-10-17", "On 17 October"), [{"type": "drone"}],
               ev("On 17 October, a drone struck a clearly marked vehicle of a national NGO distributing hygiene kits in Bilozerka, Kherson oblast, killing two aid workers and injuring a third."),
               killed=cnt(2, "two aid workers"), injured=cnt(1, "a third"), damage=["NGO vehicle"],
               reported_by=["OCHA"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               day("2026-10-24", "On 24 October"), [{"type": "missile"}],
               ev("On 24 October, a missile hit a residential area of Kryvyi Rih, Dnipropetrovsk oblast, killing four civilians, including a girl aged 11, and injuring 15 others, among them three children.",
                  "The strike also damaged a school that partners had been using as a distribution point for winterization assistance."),
               killed=cnt(4, "four civilians"), children_killed=cnt(1, "a girl aged 11"),
               injured=cnt(15, "15 others"), children_injured=cnt(3, "three children"),
               damage=["residential area", "school"], reported_by=["OCHA"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- s05
GOLD["s05_presidency_readout"] = dict(
    notes="Presidential office readout (Monday 9 November): a call with 'the Turkish president' (Turkey named through "
          "the role); the Istanbul round of prisoner talks agreed 'on 23 November' (planned; Turkey as host and "
          "mediator); a call with Denmark's prime minister and the DKK 4.2 billion package she announced (military "
          "aid, held); a call with Japan's prime minister; talks in Kyiv with the Finnish foreign minister; the 31st "
          "Finnish package to be sent 'in December' (military aid, planned). Not coded: thanks for Turkey's "
          "'readiness to continue its mediation' and Japan's 'ready to consider further steps' (stances), the call "
          "on Japan over frozen assets and the urging on sanctions (demands), 'ready for a complete halt to strikes' (stance), "
          "the Staff meeting (domestic).",
    attacks=[],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-11-09", "On Monday"), "held",
            "Zelensky and the Turkish president discussed Black Sea navigation and the ports",
            ev("In the morning, the Head of State had a phone conversation with the Turkish president.",
               "The parties discussed safe passage for shipping in the Black Sea and the situation at Ukrainian ports after recent Russian strikes.")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-11-23", "on 23 November"), "planned",
            "A new round of technical talks between Ukrainian and Russian delegations on prisoner exchanges in Istanbul",
            ev("The leaders agreed that a new round of technical talks between the Ukrainian and Russian delegations on the exchange of prisoners would take place in Istanbul on 23 November."),
            location=loc("Istanbul", None, "Turkey")),
        dip("phone_call", ["Ukraine", "Denmark"], day("2026-11-09", "On Monday"), "held",
            "Zelensky spoke with the Prime Minister of Denmark",
            ev("Volodymyr Zelensky then spoke with the Prime Minister of Denmark.")),
        dip("military_aid", ["Denmark", "Ukraine"], day("2026-11-09", "On Monday"), "held",
            "Denmark's DKK 4.2 billion package for long-range drones and artillery produced in Ukraine",
            ev("The Danish side informed him of a new military support package worth DKK 4.2 billion, which will fund the production of long-range drones and artillery in Ukraine through the Danish co-production scheme.")),
        dip("phone_call", ["Ukraine", "Japan"], day("2026-11-09", "On Monday"), "held",
            "Zelensky and the Prime Minister of Japan discussed support for the energy sector and frozen Russian assets",
            ev("In his talk with Japan's Prime Minister, Zelensky expressed gratitude for humanitarian support for the energy sector.")),
        dip("talks", ["Ukraine", "Finland"], day("2026-11-09", "On Monday"), "held",
            "Zelensky met the Finnish foreign minister in Kyiv: air defence, energy protection, EU membership",
            ev("In the afternoon, the President met in Kyiv with the Finnish foreign minister, who was on a working visit.",
               "The talks focused on air defence, the protection of energy facilities before winter and Ukraine's path to EU membership."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("military_aid", ["Finland", "Ukraine"], month("2026-12-01", "2026-12-31", "in December"), "planned",
            "Finland's 31st defence package to be sent in December",
            ev("Finland's minister announced that Helsinki would send its 31st defence package in December.")),
    ])

# --------------------------------------------------------------------------- s06
N2021 = night("2026-11-20", "2026-11-21", "overnight")
S06_MOD = ("\"During the past night, on-duty air defense assets intercepted and destroyed 58 Ukrainian drones: 23 over "
           "the territory of the Bryansk Region, 17 over the Kursk Region, 11 over the Belgorod Region and seven over "
           "the waters of the Sea of Azov,\" the ministry said in a statement on its Telegram channel.")


def _s06_share(region: str, n: int, words: str) -> dict:
    return opt(attack("Ukraine", "Russia", "air_drone_strike", [loc(region, f"{region} Oblast", "Russia", "region")], N2021,
                      [{"type": "drone", "intercepted": cnt(n, words)}], ev(S06_MOD),
                      reported_by=["Russian Defense Ministry"]))


GOLD["s06_state_agency_russian_regions"] = dict(
    notes="Russian state agency in English (Saturday 21 November): the ministry's 58 drones 'overnight' (country "
          "record Russia, intercepted); a drone on a car near Shebekino 'on Saturday morning' (a man wounded); drone "
          "debris on a power line near Rylsk 'overnight' ('There were no casualties': nils in the answer); Lavrov's "
          "talks with Szijjarto in Moscow 'on Friday' (talks, held). Optional: the regional shares (Bryansk 23, "
          "Kursk 17, Belgorod 11; the Sea of Azov share is not a locality and is not coded); the ministry's claimed "
          "'massive strike' on Ukraine overnight (country record Ukraine: no place, no count, a claim). Not coded: "
          "the 'MOSCOW' dateline (speaker) and Peskov's 'had not closed the door' (stance), Szijjarto's 'would continue to oppose' "
          "(stance), reports the Istanbul round 'might be postponed' (no event), 20,000 drones since the beginning "
          "of the year (aggregate).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N2021, [{"type": "drone", "intercepted": cnt(58, "58")}],
               ev("MOSCOW, November 21. /RVN/. Russia's air defenses brought down 58 Ukrainian aircraft-type drones above several regions overnight, according to a Saturday statement by the Russian Defense Ministry."),
               reported_by=["Russian Defense Ministry"]),
        _s06_share("Bryansk", 23, "23"),
        _s06_share("Kursk", 17, "17"),
        _s06_share("Belgorod", 11, "11"),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod Oblast", "Russia")],
               day("2026-11-21", "on Saturday morning"), [{"type": "drone"}],
               ev("A Ukrainian drone struck a passenger car on the outskirts of Shebekino on Saturday morning, according to Belgorod Region Governor Vyacheslav Gladkov.",
                  "Its driver, a man aged 52, suffered shrapnel injuries and was brought to the city hospital."),
               injured=cnt(1, "a man aged 52"), damage=["passenger car"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Rylsk", "Kursk Oblast", "Russia")], N2021, [{"type": "drone"}],
               ev("In the Kursk Region, debris from a downed drone damaged a power line near the town of Rylsk overnight, cutting electricity to several villages, acting governor Alexander Khinshtein wrote.",
                  "There were no casualties, he added."),
               damage=["power line"], reported_by=["Alexander Khinshtein"]),
        opt(attack("Russia", "Ukraine", "drone_and_missile", [UA], N2021, [{"type": "missile"}, {"type": "drone"}],
                   ev("Earlier, the Defense Ministry reported that Russian forces had carried out a massive overnight strike using high-precision long-range arms and strike UAVs against Ukrainian defense plants and the power facilities feeding them."),
                   reported_by=["Russian Defense Ministry"])),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Hungary"], day("2026-11-20", "on Friday"), "held",
            "Lavrov and Peter Szijjarto discussed energy cooperation and a settlement in Ukraine",
            ev("Meanwhile, Russian Foreign Minister Sergei Lavrov on Friday held talks in Moscow with Hungarian Foreign Minister Peter Szijjarto, who arrived on a working visit.",
               "The ministers discussed energy cooperation and the prospects of a settlement in Ukraine."),
            location=loc("Moscow", None, "Russia")),
    ])

# --------------------------------------------------------------------------- s07
S07_ZAP = ("Russian drones hit Zaporizhzhia on Tuesday night and again on Thursday night, damaging an industrial plant "
           "and a row of shops.")
S07_ZAP2 = "Two people were injured in the first attack; the second caused no casualties."
GOLD["s07_newsletter_week_roundup"] = dict(
    notes="Weekly newsletter (Friday 13 November), short items: the Kharkiv missile strike 'overnight on Wednesday' "
          "(the newsletter's own first figures: seven killed, 27 wounded, 'three of the injured are children'; same "
          "event as s02's first record); drones on Zaporizhzhia 'on Tuesday night' (two injured) and 'on Thursday "
          "night' (no casualties: nils in the answer): two nights, two records; the exchange 'On Thursday' (same as "
          "s08's); the Zelensky-Erdogan call 'on Monday' and the Istanbul round set 'for Nov. 23' (same as s05's); "
          "the EU's 22nd package signed off 'on Wednesday' (sanctions, held). Optional: the Nordic-Baltic fertiliser "
          "ban that 'did not make it into the package' (proposed; its states are not named). Not coded: 'The Kremlin "
          "has yet to confirm' (no event), Slovakia lifting its objection (part of the adoption), the KSE and energy "
          "figures (aggregates), the long reads.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2026-11-10", "2026-11-11", "overnight on Wednesday"),
               [{"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("The deadliest strike of the week came overnight on Wednesday, when Iskander-M missiles destroyed part of an apartment block in Kharkiv.",
                  "Seven people were killed and 27 wounded, local officials said; three of the injured are children."),
               killed=cnt(7, "Seven people"), injured=cnt(27, "27"),
               children_injured=cnt(3, "three of the injured are children"),
               damage=["apartment block"], reported_by=["local officials"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               night("2026-11-10", "2026-11-11", "on Tuesday night"), [{"type": "drone"}],
               ev(S07_ZAP, S07_ZAP2), injured=cnt(2, "Two people"), damage=["industrial plant", "shops"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               night("2026-11-12", "2026-11-13", "on Thursday night"), [{"type": "drone"}],
               ev(S07_ZAP, S07_ZAP2)),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-11-12", "On Thursday"), "held",
            "Ukraine and Russia swapped 157 prisoners each, brokered by the UAE",
            ev("On Thursday, Ukraine and Russia swapped 157 prisoners each, with the United Arab Emirates acting as go-between.")),
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-11-09", "on Monday"), "held",
            "Zelensky and Erdogan spoke by phone and agreed on a new Istanbul round",
            ev("Zelensky had a phone call with Recep Tayyip Erdogan, Turkey's president, on Monday, and the two agreed on a new Istanbul round on prisoner issues for Nov. 23.")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-11-23", "for Nov. 23"), "planned",
            "A new Istanbul round on prisoner issues, Russia's attendance unconfirmed",
            ev("Zelensky had a phone call with Recep Tayyip Erdogan, Turkey's president, on Monday, and the two agreed on a new Istanbul round on prisoner issues for Nov. 23.",
               "The Kremlin has yet to confirm that its delegation will attend."),
            location=loc("Istanbul", None, "Turkey")),
        dip("sanctions", ["European Union", "Russia"], day("2026-11-11", "on Wednesday"), "held",
            "EU ambassadors signed off on the 22nd sanctions package: 45 tankers and Chinese refineries",
            ev("EU ambassadors on Wednesday signed off on the EU's 22nd round of Russia sanctions, targeting 45 more tankers and several Chinese refineries.")),
        dip("sanctions", ["European Union", "Russia"], None, "proposed",
            "A Nordic and Baltic proposal to ban Russian fertiliser imports, left out of the package",
            ev("A proposal from the Nordic and Baltic states to ban all Russian fertiliser imports did not make it into the package and will be discussed in the new year."),
            optional=True),
    ])

# --------------------------------------------------------------------------- s08
GOLD["s08_hq_prisoner_exchange"] = dict(
    notes="Coordination headquarters' statement (Thursday 12 November): the exchange 'Today, 12 November' (157 for 157, "
          "UAE mediation: held; the mediator is a participant). Optional: the previous exchange 'on 2 October' "
          "(background event). Not coded: 'the 71st exchange' and 5,843 returned in total (aggregates), Usov's "
          "quote, 'Work on the next stages ... is continuing' (no event).",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-11-12", "Today, 12 November"), "held",
            "157 Ukrainians returned from captivity for 157 Russian servicemen, with UAE mediation",
            ev("Today, 12 November, 157 Ukrainians came home from Russian captivity.",
               "The exchange was made possible with the mediation of the United Arab Emirates.",
               "In return, Ukraine handed over 157 Russian servicemen.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-10-02", "on 2 October"), "held",
            "The previous exchange, in which 185 Ukrainians were freed",
            ev("The previous exchange took place on 2 October, when 185 Ukrainians were freed."), optional=True),
    ])

# --------------------------------------------------------------------------- s09
N2324 = night("2026-11-23", "2026-11-24", "Overnight")
S09_LEAD = ("Overnight, the Russian Federation carried out another combined attack with missiles and drones on the "
            "country's power and gas infrastructure.")
GOLD["s09_energy_ministry_grid"] = dict(
    notes="Energy ministry statement (Tuesday 24 November), 'Overnight': the air force's figures (135 drones / 118 "
          "down; 16 Kh-101 cruise missiles, 'all but two' down = 14) on a country record; gas production "
          "facilities in the Poltava region (its own details: region record); facilities in the Lviv and "
          "Ivano-Frankivsk regions in aggregate (one record, two regions). The regional records take the lead's "
          "'combined attack with missiles and drones' as their kind (drone_and_missile, weapons without counts). 'No one "
          "was killed or injured' gives nils in the answer. Not coded: outage schedules, imports, 'the eighth "
          "massive attack ... since the start of the autumn' and 'more than 300 missiles and 2,500 drones' since "
          "October (aggregates).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N2324,
               [{"type": "drone", "launched": cnt(135, "135"), "intercepted": cnt(118, "118")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(16, "16"), "intercepted": cnt(14, "all but two")}],
               ev(S09_LEAD,
                  "According to the Air Force, Russia launched 135 attack drones and 16 Kh-101 cruise missiles.",
                  "Air defence forces destroyed 118 drones; all but two of the missiles were shot down."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Poltava", "Poltava", "Ukraine", "region")], N2324,
               [{"type": "drone"}, {"type": "missile"}],
               ev(S09_LEAD, "In Poltava oblast, strikes hit gas production sites.",
                  "No one was killed or injured."),
               damage=["gas production sites"], reported_by=["Ministry of Energy"]),
        attack("Russia", "Ukraine", "drone_and_missile",
               [loc("Lviv", "Lviv", "Ukraine", "region"), loc("Ivano-Frankivsk", "Ivano-Frankivsk", "Ukraine", "region")],
               N2324, [{"type": "drone"}, {"type": "missile"}],
               ev(S09_LEAD, "Energy facilities in the Lviv and Ivano-Frankivsk regions were also damaged.",
                  "No one was killed or injured."),
               damage=["energy facilities"], reported_by=["Ministry of Energy"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- s10, s12 (controls)
GOLD["s10_control_football_krakow"] = dict(
    notes="Football report (Friday 27 November): Shakhtar 'striking twice', 'their attack', a 'decisive clash', a "
          "team in exile since 2014, a donation to soldiers' families, a minute's silence. No record at all.",
    attacks=[], diplomacy=[])

GOLD["s12_control_central_bank_rate"] = dict(
    notes="Central bank rate decision (Thursday 26 November): inflation, growth forecasts, 'damage to the energy "
          "system' as a risk, reserves backed by proceeds from immobilised Russian assets, a policy meeting "
          "'scheduled for January 29' (domestic, not diplomacy). No record at all.",
    attacks=[], diplomacy=[])

# --------------------------------------------------------------------------- s11
GOLD["s11_paper_odesa_second_night"] = dict(
    notes="British-style paper (Monday 16 November): the missile strike on Odesa 'in the early hours of Sunday' (same "
          "event as s01's city record; this article's first figures: 'eight' killed, 'Two of the dead were "
          "children', 23 injured); drones on an energy facility in Odesa 'overnight into Monday' (the second night: "
          "its own record; 'Nobody was hurt': nil in the answer); the UK's sanctions on 20 tankers and two traders "
          "announced 'on Monday' (held). Not coded: the resident's quote, the Kremlin's 'ready for a political "
          "solution' (stance), port operations.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Odesa", "Odesa", "Ukraine")],
               day("2026-11-15", "in the early hours of Sunday"), [{"type": "missile"}],
               ev("The toll from the first strike, in the early hours of Sunday, rose to eight on Monday, the regional governor, Oleh Kiper, said.",
                  "Two of the dead were children: a seven-year-old boy and a girl of 14 whose body was recovered from the collapsed stairwell late on Sunday evening.",
                  "Twenty-three people were injured."),
               killed=cnt(8, "eight"), children_killed=cnt(2, "Two of the dead were children"),
               injured=cnt(23, "Twenty-three people"), damage=["housing block", "cargo terminal"],
               reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-11-15", "2026-11-16", "overnight into Monday"), [{"type": "drone"}],
               ev("Then, overnight into Monday, a swarm of drones came in low from the sea.",
                  "Kiper said a drone hit an energy facility in the south of the city, leaving about 40,000 households without heating, while debris fell on a car park near the railway station.",
                  "Nobody was hurt in the second attack, he said."),
               damage=["energy facility", "car park"], reported_by=["Oleh Kiper"]),
    ],
    diplomacy=[
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-11-16", "on Monday"), "held",
            "Britain sanctioned 20 dark-fleet tankers and two Dubai-based traders",
            ev("In London, the foreign secretary said on Monday that the government had added 20 tankers of Russia's so-called dark fleet and two Dubai-based traders to its sanctions list, describing the move as a response to \"a pattern of attacks on civilians in Ukraine's southern ports\".")),
    ])

GOLD = dict(sorted(GOLD.items()))

# Same real-world event told in two articles (codebook: place, night or day, attacker, kind of activity).
CLUSTERS = [
    ("odesa-2026-11-15", "Russian missile strike on Odesa, night of 14-15 November",
     [("s01_agency_odesa_strike_reactions", "attack", 0), ("s11_paper_odesa_second_night", "attack", 0)]),
    ("kharkiv-2026-11-11", "Russian ballistic missiles on Kharkiv, night of 10-11 November",
     [("s02_independent_kharkiv_toll_rises", "attack", 0), ("s07_newsletter_week_roundup", "attack", 0)]),
    ("exchange-2026-11-12", "Prisoner exchange of 157 for 157 with UAE mediation, 12 November",
     [("s08_hq_prisoner_exchange", "diplomacy", 0), ("s07_newsletter_week_roundup", "diplomacy", 0)]),
    ("call-ua-tr-2026-11-09", "Zelensky's call with the Turkish president, 9 November",
     [("s05_presidency_readout", "diplomacy", 0), ("s07_newsletter_week_roundup", "diplomacy", 1)]),
    ("istanbul-2026-11-23", "Istanbul round on prisoner issues planned for 23 November",
     [("s05_presidency_readout", "diplomacy", 1), ("s07_newsletter_week_roundup", "diplomacy", 2)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev12 (evals/CODEBOOK.md, 'Same event across articles'). Not clustered: "
                    "s06's report that the Istanbul round 'might be postponed' (not coded), s01's country record "
                    "(no other article gives that night's figures).",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    for _, _, members in CLUSTERS:
        for a, t, i in members:
            assert i < len(GOLD[a]["attacks" if t == "attack" else "diplomacy"]), (a, t, i)
    (DEV12 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV12, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
