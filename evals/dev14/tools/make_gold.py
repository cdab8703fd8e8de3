"""Write evals/dev14/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md (as clarified on 1 December 2026). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV14 = ROOT / "evals" / "dev14"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- u01
GOLD["u01_keyevents_day_1724"] = dict(
    notes="Key-events list (Friday 13 November, day 1,724). Coded: drones on Kharkiv during the night (7 injured, "
          "'two of them children'); the air force's national figures (112 drones / 96 down, three Iskander-M "
          "ballistic missiles: country record, drone_and_missile); a glide bomb on Kostiantynivka 'on Thursday "
          "afternoon' (a woman killed); Russia's ministry's 38 Ukrainian drones (country record Russia; the Bryansk "
          "share is 'more than half', no number: no regional record); the UAE-mediated swap of 150 for 150 'on "
          "Thursday' (same event as u08's); the Erdogan-Putin call 'on Thursday' (participants named through 'The "
          "Turkish president'); Sybiha-Sikorski talks in Warsaw 'on Friday'; Norway's decision to pay for two Patriot "
          "systems (military aid, held; Germany, the seller, not a participant). Not coded: Erdogan's 'willing to "
          "host' (stance, rule 13), the Kremlin's 'open to contacts' and 'no date had been fixed' (stance), the "
          "losses since February 2022 and October's glide-bomb count (aggregates), the drone maker's output, the "
          "central bank and the Russian budget (economy).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2026-11-12", "2026-11-13", "during the night"), [{"type": "drone"}],
               ev("Drones hit two apartment buildings and a supermarket in Kharkiv during the night, injuring seven people, two of them children, Mayor Ihor Terekhov said on Telegram."),
               injured=cnt(7, "seven people"), children_injured=cnt(2, "two of them children"),
               damage=["apartment buildings", "supermarket"], reported_by=["Ihor Terekhov"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-12", "2026-11-13", "overnight"),
               [{"type": "drone", "launched": cnt(112, "112"), "intercepted": cnt(96, "96")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(3, "three")}],
               ev("Ukraine's air force reported that Russia sent 112 attack drones at the country overnight, plus three Iskander-M missiles, which it described as ballistic.",
                  "Air defence units shot down or jammed 96 of the drones, it said."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kostiantynivka", "Donetsk", "Ukraine")],
               day("2026-11-12", "on Thursday afternoon"), [{"type": "glide_bomb"}],
               ev("A glide bomb dropped by a Russian jet struck the centre of Kostiantynivka in the Donetsk region on Thursday afternoon, killing a 58-year-old woman, according to regional governor Vadym Filashkin."),
               killed=cnt(1, "a 58-year-old woman"), reported_by=["Vadym Filashkin"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-11-12", "2026-11-13", "during the night"),
               [{"type": "drone", "intercepted": cnt(38, "38")}],
               ev("Russia's Defence Ministry claimed that 38 Ukrainian drones were brought down above Russian territory during the night, more than half of them above the Bryansk region."),
               reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-11-12", "on Thursday"), "held",
            "Ukraine and Russia swapped 150 prisoners of war each, mediated by the UAE",
            ev("Ukraine and Russia carried out a swap of 150 prisoners of war each on Thursday, after mediation by the United Arab Emirates, President Volodymyr Zelenskyy wrote on X.")),
        dip("phone_call", ["Turkey", "Russia"], day("2026-11-12", "on Thursday"), "held",
            "Recep Tayyip Erdogan and Vladimir Putin spoke by phone",
            ev("The Turkish president and Vladimir Putin spoke by phone on Thursday, Ankara said, and Recep Tayyip Erdogan repeated that Turkey was willing to host the next round of direct talks in Istanbul.")),
        dip("talks", ["Ukraine", "Poland"], day("2026-11-13", "on Friday"), "held",
            "Andrii Sybiha met Radoslaw Sikorski on border crossings and air defence coordination",
            ev("Ukraine's foreign minister, Andrii Sybiha, met his Polish counterpart Radoslaw Sikorski in Warsaw on Friday to discuss border crossings and air defence coordination."),
            location=loc("Warsaw", None, "Poland")),
        dip("military_aid", ["Norway", "Ukraine"], day("2026-11-12", "on Thursday"), "held",
            "Norway to pay for two more Patriot air defence systems for Ukraine",
            ev("Norway said on Thursday it would pay for two more Patriot air defence systems for Ukraine, to be bought from Germany's stocks and replaced later by new production.")),
    ])

# --------------------------------------------------------------------------- u02
N1112 = night("2026-11-11", "2026-11-12", "overnight into Thursday")
GOLD["u02_factbox_night_nov_12"] = dict(
    notes="Wire factbox (Thursday 12 November) joining the night of 11-12 November. Coded: the air force's national "
          "figures ('143 aerial weapons' = a combined total of type other; 131 Shahed-type drones / 117 down; eight "
          "Kh-101 / 'all eight' down; four Iskander-M; 'None of the ballistic missiles was intercepted' is an "
          "intercepted 0 in the ideal answer only, as dev10 does); drones on Odesa (two men killed, five wounded); the "
          "drone on Odesa's port 'During the night to Wednesday' (the night of 10-11 November, rule 11: a second "
          "event on the same city, three workers injured); missiles on the Kremenchuk district (no date words of its "
          "own: the lead's night; no casualty figure: same event as u06's record); a ballistic missile on Kryvyi Rih "
          "(six injured, 'a 12-year-old girl'); Ukrainian drones on the Novokuibyshevsk refinery ('Nobody was hurt': "
          "nils in the answer); Russia's ministry's 64 drones (country record Russia); shelling of Graivoron ('a "
          "woman' wounded). Not coded: 'hit repeatedly since the start of the war' (no count, no single event), the "
          "SBU source's detail (evidence only).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1112,
               [{"type": "other", "model": "aerial weapons", "launched": cnt(143, "143")},
                {"type": "drone", "model": "Shahed", "launched": cnt(131, "131"), "intercepted": cnt(117, "117")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(8, "eight"), "intercepted": cnt(8, "all eight")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(4, "four")}],
               ev("Ukraine's air force said 143 aerial weapons were aimed at the country overnight: 131 Shahed-type drones, eight Kh-101 cruise missiles and four Iskander-M ballistic missiles.",
                  "Defences brought down 117 of the drones and all eight of the cruise missiles.",
                  "None of the ballistic missiles was intercepted, according to the statement."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")], N1112, [{"type": "drone"}],
               ev("Drones struck port infrastructure and a residential street in Odesa, killing two men and wounding five other people, regional governor Oleh Kiper said."),
               killed=cnt(2, "two men"), injured=cnt(5, "five other people"),
               damage=["port infrastructure", "residential street"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-11-10", "2026-11-11", "During the night to Wednesday"), [{"type": "drone"}],
               ev("During the night to Wednesday, a drone slammed into a warehouse in the port area, injuring three workers, Kiper said at the time."),
               injured=cnt(3, "three workers"), damage=["warehouse"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kremenchuk district", "Poltava", "Ukraine", "district")], N1112,
               [{"type": "missile"}],
               ev("Missiles hit an energy facility in the Kremenchuk district of the Poltava region, grid operator Ukrenergo said, leaving about 60,000 households without power."),
               damage=["energy facility"], reported_by=["Ukrenergo"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")], N1112,
               [{"type": "ballistic_missile"}],
               ev("A ballistic missile struck an industrial site on the outskirts of Kryvyi Rih, injuring six people, a girl of 12 among them, according to Oleksandr Vilkul, the city's wartime administrator."),
               injured=cnt(6, "six people"), children_injured=cnt(1, "a girl of 12"),
               damage=["industrial site"], reported_by=["Oleksandr Vilkul"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novokuibyshevsk", "Samara Oblast", "Russia")], N1112,
               [{"type": "drone"}],
               ev("A Ukrainian drone attack started a blaze at the Novokuibyshevsk oil refinery in the Samara region of Russia, regional governor Vyacheslav Fedorishchev said.",
                  "Nobody was hurt, he added, and the fire was put out by morning."),
               damage=["oil refinery"], reported_by=["Vyacheslav Fedorishchev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU],
               night("2026-11-11", "2026-11-12", "between 11 p.m. and 7 a.m. Moscow time"),
               [{"type": "drone", "intercepted": cnt(64, "64")}],
               ev("The Russian defence ministry reported 64 Ukrainian drones downed over 11 regions and the Black Sea between 11 p.m. and 7 a.m. Moscow time."),
               reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Graivoron", "Belgorod Oblast", "Russia")], N1112,
               [{"type": "artillery"}],
               ev("Ukrainian shelling of the border town of Graivoron in the Belgorod region wounded a woman, the regional governor said."),
               injured=cnt(1, "a woman"), reported_by=["Belgorod regional governor"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- u03
GOLD["u03_unsc_meeting_zaporizhzhia_veto"] = dict(
    notes="UN Security Council story, dateline NEW YORK (not attacked; Wednesday 18 November). Coded: the missile on "
          "Zaporizhzhia 'on Tuesday morning' (first figure 'three people' is the count, 'a 16-year-old boy' "
          "children_killed 1, 14 wounded; the evening's five is evidence only, rule 6); the council's meeting on "
          "Tuesday (meeting, held); the Danish-Slovenian draft vetoed by Russia (proposal, cancelled: rejected). "
          "Optional: the 'stalled US-brokered contacts' (talks, stalled, no date). Not coded: Nebenzia's 'ready for "
          "negotiations' (stance), 'Moscow said' (speaker, not a place), the speeches and the French call for a "
          "General Assembly debate (reactions), 'the council's fourth on Ukraine since September' and 'several "
          "earlier texts' (aggregates), the energy ministry's capacity estimate.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-11-17", "on Tuesday morning"), [{"type": "missile"}],
               ev("The missile hit a nine-storey building in Zaporizhzhia on Tuesday morning, killing three people, among them a 16-year-old boy, and wounding 14, regional governor Ivan Fedorov said.",
                  "By late evening, rescuers had pulled two more bodies from the rubble and Fedorov put the death toll at five."),
               killed=cnt(3, "three people"), children_killed=cnt(1, "a 16-year-old boy"), injured=cnt(14, "14"),
               damage=["nine-storey building"], reported_by=["Ivan Fedorov"]),
    ],
    diplomacy=[
        dip("meeting", ["United Nations Security Council"], day("2026-11-17", "on Tuesday"), "held",
            "UN Security Council meeting on Ukraine's energy infrastructure, requested by Denmark, France and Britain",
            ev("The meeting, requested by Denmark, France and Britain, was the council's fourth on Ukraine since September."),
            location=loc("New York", None, "United States")),
        dip("proposal", ["Denmark", "Slovenia", "Russia", "United Nations Security Council"], day("2026-11-17", "on Tuesday"), "cancelled",
            "Draft resolution demanding a halt to attacks on Ukraine's energy infrastructure, vetoed by Russia (12 in favour)",
            ev("Russia on Tuesday vetoed a draft resolution at the UN Security Council that would have demanded a halt to attacks on power plants and substations in Ukraine, hours after one of its missiles struck an apartment block in Zaporizhzhia.",
               "The text, drafted by Denmark and Slovenia, won 12 votes in the 15-member council.")),
        dip("talks", ["United States", "Russia", "Ukraine"], None, "stalled",
            "US-brokered contacts between Moscow and Kyiv, stalled",
            ev("He did not comment on the stalled US-brokered contacts between Moscow and Kyiv."), optional=True),
    ])

# --------------------------------------------------------------------------- u04
GOLD["u04_iaea_plant_line_cut"] = dict(
    notes="IAEA statement piece (Friday 30 October). Coded: Grossi's talks with Rosatom's Likhachev in Kaliningrad "
          "'on Wednesday' (held); his talks in Kyiv with Energy Minister Grynchuk 'next week' (planned, week of 2-8 "
          "November); the Board of Governors 'due to meet in Vienna on 18 November' (planned). Optional: the drone on "
          "the training centre 'on Thursday morning' (the IAEA does not attribute it; the Russian-installed "
          "management blames Ukraine, Energoatom calls it staged: attacker Ukraine per the only claim, target "
          "Ukraine, site level; debatable). Not coded: the Dniprovska line cut by 'military activity' (no attacker, "
          "no weapon), 'the twelfth complete loss' (aggregate), the 330-kV line 'damaged in the spring' and the "
          "earlier local ceasefires (vague background), Grossi's 'seeking a similar arrangement' (aim, nothing put).",
    attacks=[
        opt(attack("Ukraine", "Ukraine", "air_drone_strike",
                   [loc("Zaporizhzhia Nuclear Power Plant", "Zaporizhzhia", "Ukraine", "site")],
                   day("2026-10-29", "on Thursday morning"), [{"type": "drone"}],
                   ev("The International Atomic Energy Agency said on Friday that its team at the Zaporizhzhia Nuclear Power Plant had reported a drone strike on the roof of the plant's training centre, just outside the site perimeter, on Thursday morning, and that the facility had again lost its only remaining 750-kilovolt connection to the grid.",
                      "Nobody was injured, and there was no direct impact on nuclear safety, the agency said.",
                      "the Russian-installed management blamed Ukrainian forces"),
                   damage=["training centre roof", "windows"], reported_by=["IAEA"])),
    ],
    diplomacy=[
        dip("talks", ["IAEA", "Russia"], day("2026-10-28", "on Wednesday"), "held",
            "Rafael Grossi met Rosatom head Alexei Likhachev on repairs to the plant's lines",
            ev("Grossi met Alexei Likhachev, the head of Russia's state nuclear corporation Rosatom, in Kaliningrad on Wednesday to discuss the repair work"),
            location=loc("Kaliningrad", "Kaliningrad Oblast", "Russia")),
        dip("talks", ["IAEA", "Ukraine"], week("2026-11-02", "2026-11-08", "next week"), "planned",
            "Grossi to hold talks in Kyiv with Energy Minister Svitlana Grynchuk",
            ev("said he would hold talks in Kyiv with Energy Minister Svitlana Grynchuk next week"),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("meeting", ["IAEA"], day("2026-11-18", "on 18 November"), "planned",
            "IAEA Board of Governors meets in Vienna; the plant's status to be raised",
            ev("The agency's Board of Governors is due to meet in Vienna on 18 November, where Ukraine and several Western members are expected to raise the plant's status."),
            location=loc("Vienna", None, "Austria")),
    ])

# --------------------------------------------------------------------------- u05
GOLD["u05_blacksea_novorossiysk_sea_drones"] = dict(
    notes="Naval piece (Wednesday 28 October): Ukraine's navy claims sea drones hit a patrol ship at Novorossiysk "
          "overnight; Russia's ministry ('Moscow said') says six uncrewed boats were destroyed and denies damage. One "
          "record: attacker Ukraine, target Russia, kind air_drone_strike and a weapon of type drone (sea drones are "
          "drones: codebook 9 as ruled 2 December 2026; relabelled 3 December) with model 'uncrewed boats' and intercepted 6; the mayor's 'no one was hurt' is a nil in the answer. Not "
          "coded: 'several times since 2023' (aggregate), the Turkish official's appeal (reaction), CPC loadings, "
          "Sevastopol history.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar Krai", "Russia")],
               night("2026-10-27", "2026-10-28", "overnight"),
               [{"type": "drone", "model": "uncrewed boats", "intercepted": cnt(6, "six")}],
               ev("Ukraine's navy said on Wednesday that its uncrewed surface vessels had hit a Russian patrol ship moored at the naval base in Novorossiysk overnight, in what would be one of the deepest maritime strikes of the autumn.",
                  "Moscow said its Black Sea Fleet had destroyed six uncrewed boats on the approaches to Novorossiysk during the night, using small arms, helicopters and a patrol craft, and that \"no damage was caused to ships or port facilities.\"",
                  "The city's mayor, Andrei Kravchenko, said windows were shattered in several apartments on the waterfront, but that no one was hurt."),
               damage=["patrol ship", "apartment windows"],
               reported_by=["Ukraine's navy", "Russian defence ministry", "Andrei Kravchenko"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- u06
N1112b = night("2026-11-11", "2026-11-12", "overnight")
GOLD["u06_ukrenergo_kremenchuk_outages"] = dict(
    notes="Operator's statement (Thursday 12 November), the same night as u02. Coded: missiles on a Ukrenergo facility "
          "in the Kremenchuk district overnight (one employee killed, two injured; same event as u02's record); the "
          "air force's national figures (131 drones, 'all but 14' shot down = intercepted 117 with 'all but 14' as "
          "its words; 'twelve missiles' with no split = type missile); drones on a traction substation near Lozova "
          "'during the night' ('No one was injured there': nil in the answer). Not coded: outage schedules by region, "
          "repair crews, delayed trains (consequences), 'more than 200 attacks ... since the start of October' "
          "(aggregate), the minister's appeal.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kremenchuk district", "Poltava", "Ukraine", "district")], N1112b,
               [{"type": "missile"}],
               ev("Ukraine's grid operator Ukrenergo said on Thursday that a Russian missile attack overnight had severely damaged one of its facilities in the Kremenchuk district of the Poltava region, killing one of its employees and injuring two others."),
               killed=cnt(1, "one of its employees"), injured=cnt(2, "two others"),
               damage=["energy facility"], reported_by=["Ukrenergo"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1112b,
               [{"type": "drone", "launched": cnt(131, "131"), "intercepted": cnt(117, "all but 14")},
                {"type": "missile", "launched": cnt(12, "twelve")}],
               ev("Russia used 131 drones and twelve missiles in the overnight attack, according to the air force, which said its units had downed or jammed all but 14 of the drones."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Lozova", "Kharkiv", "Ukraine")],
               night("2026-11-11", "2026-11-12", "during the night"), [{"type": "drone"}],
               ev("State operator Ukrzaliznytsia said drones had struck a traction substation near the town of Lozova in the Kharkiv region during the night, cutting power to an electrified section of line.",
                  "No one was injured there, the company said."),
               damage=["traction substation"], reported_by=["Ukrzaliznytsia"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- u07
N2324 = night("2026-11-23", "2026-11-24", "overnight")
U07_MOD = ('Seventy-three Ukrainian fixed-wing drones were intercepted and destroyed overnight, the Ministry of Defence reported, listing 29 of them above Bryansk region, 21 above the Kursk area, 11 above Belgorod region and the rest brought down over the Oryol and Tula regions and over Crimea.')
GOLD["u07_russian_shebekino_mod_list"] = dict(
    notes="Russian outlet in English (Tuesday 24 November), Russian transliterations (Kharkov, Zaporozhye). Coded: a "
          "drone on a car in Shebekino 'on Monday afternoon' (the driver killed, a passenger injured); debris on Rylsk "
          "'Overnight into Tuesday' (damage; 'There were no casualties': nils in the answer); the ministry's 73 drones "
          "(country record Russia); the ministry's strike with Iskander missiles and Geran drones on energy facilities "
          "'in Kharkov and Zaporozhye' (one record, two cities listed together, rule 2). Optional: the regional shares "
          "(Bryansk 29, 'the Kursk area' 21, Belgorod 11; 'Seventy-three' in words). Not coded: 'almost daily since 2023' and 'more than 40 civilians ... "
          "since January' (aggregates), Peskov's 'ready to continue' (stance), 'Moscow said' (speaker). "
          "Corrected (ruling of 2 December 2026, rule 9): Iskander is a `ballistic_missile` (was `missile`).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod Oblast", "Russia")],
               day("2026-11-23", "On Monday afternoon"), [{"type": "drone"}],
               ev("On Monday afternoon a Ukrainian drone hit a car in Shebekino, killing the driver and injuring a passenger, Belgorod region governor Alexander Shuvaev said."),
               killed=cnt(1, "the driver"), injured=cnt(1, "a passenger"), damage=["car"],
               reported_by=["Alexander Shuvaev"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Rylsk", "Kursk Oblast", "Russia")],
               night("2026-11-23", "2026-11-24", "Overnight into Tuesday"), [{"type": "drone"}],
               ev("Falling wreckage of a drone shot down above Rylsk, in the Kursk region, landed on a residential street, damaging the roofs of three houses and the gym of a secondary school, acting governor Alexander Khinshtein said.",
                  "There were no casualties."),
               damage=["roofs of three houses", "school gym"], reported_by=["Alexander Khinshtein"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N2324,
               [{"type": "drone", "intercepted": cnt(73, "Seventy-three")}], ev(U07_MOD),
               reported_by=["Russian defence ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk Oblast", "Russia", "region")], N2324,
                   [{"type": "drone", "intercepted": cnt(29, "29")}], ev(U07_MOD), reported_by=["Russian defence ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk Oblast", "Russia", "region")], N2324,
                   [{"type": "drone", "intercepted": cnt(21, "21")}], ev(U07_MOD), reported_by=["Russian defence ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod Oblast", "Russia", "region")], N2324,
                   [{"type": "drone", "intercepted": cnt(11, "11")}], ev(U07_MOD), reported_by=["Russian defence ministry"])),
        attack("Russia", "Ukraine", "drone_and_missile",
               [loc("Kharkov", "Kharkiv", "Ukraine"), loc("Zaporozhye", "Zaporizhzhia", "Ukraine")], N2324,
               [{"type": "ballistic_missile", "model": "Iskander"}, {"type": "drone", "model": "Geran"}],
               ev("In its daily summary, the ministry also said Russian forces had carried out a group strike with Iskander missiles and Geran attack drones on energy facilities supplying defence plants in Kharkov and Zaporozhye overnight.",
                  "Ukrainian officials in Kharkov reported explosions and power cuts in two districts but gave no details."),
               damage=["energy facilities"], reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- u08
GOLD["u08_exchange_pows_bodies_uae"] = dict(
    notes="Exchange story (Friday 13 November). Coded: the 150-for-150 swap 'on Thursday' mediated by the UAE (same "
          "event as u01's; Zelenskyy's and Moscow's thanks are evidence of the mediator); the repatriation 'On the "
          "same day' (1,000 bodies for 27, the ICRC as intermediary: prisoner_exchange with the ICRC as participant, "
          "rule 15); the ombudsmen's meeting 'planned for Friday in Minsk' that 'was called off' (cancelled; Belarus "
          "as host). Optional: the Istanbul talks 'in October' (background, rule 17) and the next stage 'expected "
          "before the end of the month' (planned exchange). Not coded: 'the 71st since the full-scale invasion' and "
          "'more than 5,900 people' (aggregates), 'the first swap in nearly five weeks' (no single event).",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-11-12", "on Thursday"), "held",
            "150 prisoners of war exchanged for 150, mediated by the United Arab Emirates",
            ev("Kyiv and Moscow each handed over 150 prisoners of war on Thursday, the first swap in nearly five weeks, in a deal the United Arab Emirates brokered.",
               "I am grateful to the United Arab Emirates for their mediation, which once again made this return possible")),
        dip("prisoner_exchange", ["Ukraine", "Russia", "International Committee of the Red Cross"],
            day("2026-11-12", "On the same day"), "held",
            "Ukraine received 1,000 bodies and handed over the remains of 27 Russian servicemen, with the ICRC as intermediary",
            ev("On the same day, the remains of 1,000 people were brought back to Ukraine, that Moscow says are Ukrainian soldiers, while the remains of 27 Russian servicemen were handed to the Russian side, according to the government body that handles prisoners of war.",
               "The Red Cross's international committee acted as intermediary for the repatriation.")),
        dip("meeting", ["Ukraine", "Russia", "Belarus"], day("2026-11-13", "for Friday"), "cancelled",
            "Meeting of the Ukrainian and Russian human rights commissioners in Minsk, called off",
            ev("A meeting between the two countries' human rights commissioners, planned for Friday in Minsk, was cancelled hours before it was due to start, Ukraine's ombudsman Dmytro Lubinets said, without giving a reason."),
            location=loc("Minsk", None, "Belarus")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], month("2026-10-01", "2026-10-31", "in October"), "held",
            "Istanbul talks where a further exchange of up to 500 each was agreed",
            ev("Both sides agreed during talks in Istanbul in October to a further exchange of up to 500 prisoners each"),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("prisoner_exchange", ["Ukraine", "Russia"], month("2026-11-01", "2026-11-30", "before the end of the month"), "planned",
            "Next stage of the exchange of up to 500 prisoners each",
            ev("Lubinets said the next stage was expected before the end of the month."), optional=True),
    ])

# --------------------------------------------------------------------------- u09
D1116 = day("2026-11-16", "on Monday")
GOLD["u09_eu_ministers_sanctions_assets"] = dict(
    notes="EU ministers' meeting (Tuesday 17 November, dateline BRUSSELS, not attacked). Coded: the 22nd package "
          "adopted 'on Monday' (sanctions, held); the Baltic states' tabled 23rd-package proposal (sanctions, "
          "proposed; no date words of its own: the meeting's Monday); the Dutch 250m euros pledged 'at the meeting' "
          "(military aid, held); Sweden's delivered Archers (military aid, held; no date: null); Sybiha-Szijjarto "
          "talks on the sidelines 'later in the day' (held); Estonia's summons of Russia's charge d'affaires 'on Monday evening' (diplomatic_protest, held; Tallinn is not attacked). Optional: the ministers' meeting itself (meeting, held); "
          "the reparations loan with 'no breakthrough' (proposal, stalled: debatable kind and status). Not coded: the Archers 'promised in the spring' (a clause of "
          "the delivery, no date of its own), ministers 'urged' action on LNG "
          "('no text ... was put forward'), Szijjarto's 'open to' (stance), Slovakia dropping its objections 'last "
          "week' (a member state's position, not an event between parties), Kallas's statements.",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], D1116, "held",
            "EU's 22nd sanctions package adopted: 118 tankers listed, machine-tool export ban tightened",
            ev("European Union foreign ministers on Monday gave final approval to a 22nd round of EU sanctions on Russia, adding 118 tankers to the list of vessels barred from EU ports and tightening a ban on exports of machine tools.")),
        dip("sanctions", ["Estonia", "Latvia", "Lithuania", "European Union", "Russia"], D1116, "proposed",
            "Baltic proposal for a 23rd package closing EU ports to ships that called at Russian ports",
            ev("Estonia, Latvia and Lithuania tabled a joint proposal for a 23rd package that would close EU ports to all ships that have called at Russian ports in the previous six months.")),
        dip("military_aid", ["Netherlands", "Ukraine"], D1116, "held",
            "The Netherlands pledged 250 million euros for Ukrainian drone production",
            ev("On military aid, the Netherlands pledged 250 million euros for Ukrainian drone production at the meeting")),
        dip("military_aid", ["Sweden", "Ukraine"], None, "held",
            "Sweden delivered the last of the Archer howitzers it promised",
            ev("Sweden said the last of the Archer howitzers it promised in the spring had now been delivered")),
        dip("talks", ["Ukraine", "Hungary"], day("2026-11-16", "later in the day"), "held",
            "Andrii Sybiha met Peter Szijjarto on the sidelines, their first meeting since the summer",
            ev("met Hungarian Foreign Minister Peter Szijjarto on the sidelines in person later in the day, their first face-to-face meeting since the summer"),
            location=loc("Brussels", None, "Belgium")),
        dip("diplomatic_protest", ["Estonia", "Russia"], day("2026-11-16", "on Monday evening"), "held",
            "Estonia summoned Russia's charge d'affaires over a border guard boat in Estonian waters on the Narva river",
            ev("In Tallinn, meanwhile, Estonia's foreign ministry called in Russia's charge d'affaires on Monday evening to protest after a Russian border guard boat crossed into Estonian waters on the Narva river.")),
        dip("meeting", ["European Union", "Ukraine"], D1116, "held",
            "EU foreign ministers' meeting, Sybiha joining by video link",
            ev("Ukraine's foreign minister Andrii Sybiha, who joined the ministers by video link for part of the session"),
            location=loc("Brussels", None, "Belgium"), optional=True),
        dip("proposal", ["European Union", "Ukraine", "Belgium"], None, "stalled",
            "Commission plan for a reparations loan of up to 140 billion euros from immobilised Russian assets; no breakthrough",
            ev("There was no breakthrough, however, on the Commission's plan to use immobilised Russian central bank assets as backing for a loan worth as much as 140 billion euros for Ukraine."),
            optional=True),
    ])

# --------------------------------------------------------------------------- u10
GOLD["u10_correction_dnipro_missile"] = dict(
    notes="Broadcaster's story with a correction note (Thursday 5 November). The body carries the corrected figures: a "
          "missile on Dnipro 'on Wednesday evening' ('at least four' killed, 21 injured, 'three children'); artillery "
          "on Nikopol 'Earlier on Wednesday' ('a 47-year-old man' wounded). Not coded: the correction's superseded "
          "figures ('Tuesday night', '12 people', 'two children'), 'a frequent target' (vague background), "
          "Zelenskyy's appeal, residents' quotes.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-04", "on Wednesday evening"), [{"type": "missile"}],
               ev("At least four people were killed and 21 injured, including three children, when a Russian missile struck Dnipro on Wednesday evening, Serhiy Lysak, governor of the Dnipropetrovsk region, said.",
                  "The missile hit a four-storey office building and a car repair shop near the city's central railway station shortly after 7 p.m., Lysak said, setting several cars on fire."),
               killed=cnt(4, "At least four people", "at_least"), injured=cnt(21, "21"),
               children_injured=cnt(3, "three children"),
               damage=["office building", "car repair shop", "cars"], reported_by=["Serhiy Lysak"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-04", "Earlier on Wednesday"), [{"type": "artillery"}],
               ev("Earlier on Wednesday, Russian guns fired on Nikopol, which faces, over the river, the occupied Zaporizhzhia nuclear plant, wounding a 47-year-old man, Lysak said."),
               injured=cnt(1, "a 47-year-old man"), reported_by=["Serhiy Lysak"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- u11
GOLD["u11_feature_sumy_family"] = dict(
    notes="Human-interest feature (Friday 20 November). Coded: the Shahed on a Sumy apartment building 'Nineteen days "
          "ago, in the early hours of a Sunday' (1 November: 20 November less 19 days, a Sunday): an 80-year-old "
          "widow killed, four injured 'among them the couple's sons, aged 7 and 11' (children_injured 2). Not coded: "
          "air raid alerts 'almost every night for months' (vague), the UN's 'more than 700 children' since 2022 "
          "(aggregate).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")],
               day("2026-11-01", "Nineteen days ago, in the early hours of a Sunday"),
               [{"type": "drone", "model": "Shahed"}],
               ev("Nineteen days ago, in the early hours of a Sunday, a Russian Shahed drone struck the five-storey building on Kharkivska Street where Olena, her husband Andrii and their two boys had lived for eleven years.",
                  "It killed their neighbour on the fourth floor, an 80-year-old widow named Halyna, and injured four people, among them the couple's sons, aged 7 and 11, city officials said."),
               killed=cnt(1, "an 80-year-old widow"), injured=cnt(4, "four people"),
               children_injured=cnt(2, "the couple's sons, aged 7 and 11"),
               damage=["five-storey building"], reported_by=["Sumy city military administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- u12
GOLD["u12_review_novel_kharkiv_nights"] = dict(
    notes="Book review (Thursday 19 November) of a novel set in wartime: a flash and a bang, 'Bombardments happen "
          "offstage', 'An exchange of letters', a drone's engine. No record at all: the events are fiction, with no "
          "place and date of a real attack and no diplomatic event.",
    attacks=[], diplomacy=[])


# Same real-world event told in two articles (codebook: "Same event across articles").
CLUSTERS = [
    [("u02_factbox_night_nov_12", "attack", 0), ("u06_ukrenergo_kremenchuk_outages", "attack", 1)],
    [("u02_factbox_night_nov_12", "attack", 3), ("u06_ukrenergo_kremenchuk_outages", "attack", 0)],
    [("u01_keyevents_day_1724", "diplomacy", 0), ("u08_exchange_pows_bodies_uae", "diplomacy", 0)],
]


def write_clusters() -> None:
    doc = {"clusters": [{"members": [{"article": a, "type": t, "index": i} for a, t, i in c]} for c in CLUSTERS]}
    (DEV14 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV14, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
