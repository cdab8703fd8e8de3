"""Write evals/dev41/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev41 on 3 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV41 = ROOT / "evals" / "dev41"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt, week  # noqa: E402


def span(a: str, b: str, text: str) -> dict:
    """An event of several named days ("over three days from 23 May")."""
    return {"start": a, "end": b, "precision": "range", "text": text}


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yp01
N0308 = night("2025-03-07", "2025-03-08", "last night")
GOLD["yp01_kyivledger_live_march8"] = dict(
    notes="Live page (Saturday 8 March 2025), oldest update first. The night's 145 drones (79 shot down) and two "
          "Iskander-M ('the missiles were not intercepted': intercepted 0, an explicit zero, rule 6; the model fixes "
          "the family, rule 9) are the country record (rule 3). Kharkiv 'last night' (the districts stay on the city "
          "record, rule 1; 'At least five' and 'a girl aged 11' are the first figures, the 11:50 'eight' is evidence "
          "only, rules 6 and 7). Zaporizhzhia's afternoon guided bomb (a separate day-time event on 8 March; 'two "
          "people killed' first, 'three dead' later is evidence; the six wounded are the first injured figure; 'a "
          "guided aerial bomb' is not counted, rule 9). Sybiha's call with Faisal bin Farhan 'his Saturday' "
          "(phone_call, held). The Jeddah meeting 'on Tuesday' (talks, planned, 11 March; Saudi Arabia hosts, rule 15). "
          "Optional: the US pause of intelligence sharing 'earlier this week' (an aid decision, rule 14; background, "
          "rule 17). Not coded: 'ready for a constructive conversation' (a stance, rule 13), Rubio and Waltz "
          "'expected to include' (the delegation of the planned talks, not an event of its own), "
          "'Nobody is under the debris' (no nil on a count).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0308,
               [{"type": "drone", "launched": cnt(145, "145"), "intercepted": cnt(79, "79")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two"),
                 "intercepted": cnt(0, "the missiles were not intercepted")}],
               ev("Russia sent 145 attack drones, as well as two Iskander-M missiles, across the border last night, Ukraine's air force says.",
                  "Crews shot down 79 of the drones; the missiles were not intercepted, the statement adds."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], N0308,
               [{"type": "drone"}],
               ev("Mayor Ihor Terekhov wrote on Telegram that drones set fire to an apartment building of five floors and a car repair shop.",
                  "At least five people were hurt, he said, among them a girl aged 11.",
                  "Updated figures from Kharkiv: eight people are now listed as wounded, the regional prosecutors now say."),
               injured=cnt(5, "At least five people", "at_least"), children_injured=cnt(1, "a girl aged 11"),
               damage=["apartment building", "car repair shop"], reported_by=["Ihor Terekhov", "regional prosecutors"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2025-03-08", "shortly after 2pm"), [{"type": "glide_bomb"}],
               ev("Breaking: a guided aerial bomb has struck an industrial area of Zaporizhzhia shortly after 2pm.",
                  "Ivan Fedorov, who heads the regional military administration, reports two people killed and a warehouse destroyed.",
                  "Zaporizhzhia's toll has climbed to three dead, Fedorov says; a further six people were wounded in the afternoon strike."),
               killed=cnt(2, "two people"), injured=cnt(6, "six people"),
               damage=["industrial area", "warehouse"], reported_by=["Ivan Fedorov"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Saudi Arabia"], day("2025-03-08", "his Saturday"), "held",
            "Foreign Minister Andrii Sybiha's call with Saudi Foreign Minister Prince Faisal bin Farhan on arrangements for next week's meeting",
            ev("Foreign Minister Andrii Sybiha spent part of his Saturday on the phone with his Saudi counterpart, Prince Faisal bin Farhan.")),
        dip("talks", ["Ukraine", "United States", "Saudi Arabia"], day("2025-03-11", "on Tuesday"), "planned",
            "A Ukrainian team led by Andriy Yermak, with Sybiha and Umerov, to meet US officials (Rubio, Waltz) in Jeddah",
            ev("A Ukrainian team led by Andriy Yermak, the head of the presidential office, will sit down with American officials in Jeddah on Tuesday, Sybiha confirmed."),
            location=loc("Jeddah", None, "Saudi Arabia")),
        dip("military_aid", ["United States", "Ukraine"], week("2025-03-03", "2025-03-08", "earlier this week"), "held",
            "The US paused intelligence sharing with Ukraine",
            ev("Kyiv hopes the session will restore intelligence sharing, which the US paused earlier this week."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yp02
F0516 = day("2025-05-16", "on Friday")
GOLD["yp02_morningbrief_whatweknow_may17"] = dict(
    notes="Numbered morning roundup (Saturday 17 May 2025). Item 1: the Istanbul talks 'on Friday' (talks, held; "
          "Turkey hosts, rule 15). Item 2: the agreed 1,000-for-1,000 trade (agreement, held, rule 14); the exchange "
          "itself, 'soon' with no date, is optional (planned with no day or place, rule 16). Item 3: the three-way "
          "meeting of Ukrainian, American and Turkish officials 'on Friday morning' (talks, held, rule 14). Item 4: "
          "Trump's calls with Putin and then Zelensky 'on Monday' (two phone_calls, planned, 19 May). Item 5: 112 "
          "'Shahed-type strike drones and decoys' (a combined total: other with the article's words, plus drone and "
          "decoy_drone, rule 9; intercepted 58 shot down + 36 suppressed = 94, rule 3) as the country record; Kherson "
          "(a drone, not counted, rule 9; four wounded including a 15-year-old, rule 6). Optional: the Tirana "
          "gathering of European leaders 'on Friday' (summit, held; background to item 6). Not coded: Medinsky's "
          "'ready to continue contacts', Zelensky 'would meet Putin', sanctions being weighed (stances, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2025-05-16", "2025-05-17", "Overnight"),
               [{"type": "other", "model": "Shahed-type strike drones and decoys",
                 "launched": cnt(112, "112"),
                 "intercepted": cnt(94, "Fifty-eight were shot down and a further 36 were suppressed by electronic warfare")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"}],
               ev("Overnight, Russia fired 112 Shahed-type strike drones and decoys at Ukraine, the air force reported on Saturday morning.",
                  "Fifty-eight were shot down and a further 36 were suppressed by electronic warfare."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kherson", "Kherson", "Ukraine")],
               night("2025-05-16", "2025-05-17", "Overnight"), [{"type": "drone"}],
               ev("In Kherson, a drone dropped explosives on a residential street, wounding four residents, including a 15-year-old, said the head of the regional administration, Oleksandr Prokudin."),
               injured=cnt(4, "four residents"), children_injured=cnt(1, "a 15-year-old"),
               damage=["residential street"], reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "Turkey"], F0516, "held",
            "First direct Russia-Ukraine talks in three years at the Dolmabahce palace, opened by Hakan Fidan; Medinsky led Russia's delegation, Umerov Ukraine's; no ceasefire",
            ev("Russian and Ukrainian delegations met for about ninety minutes on Friday in the Dolmabahce palace in Istanbul, with Turkey's foreign minister, Hakan Fidan, opening the session."),
            location=loc("Istanbul", None, "Turkey")),
        dip("agreement", ["Russia", "Ukraine"], F0516, "held",
            "Both sides agreed to trade 1,000 prisoners of war each",
            ev("The one concrete result: both sides agreed to trade 1,000 prisoners of war each, Umerov told reporters afterwards.")),
        dip("talks", ["Ukraine", "United States", "Turkey"], day("2025-05-16", "on Friday morning"), "held",
            "A three-way meeting of Ukrainian, American and Turkish officials before the main session; Rubio attended",
            ev("Before the main session, Ukrainian, American and Turkish officials held a separate meeting in the same building on Friday morning."),
            location=loc("Istanbul", None, "Turkey")),
        dip("phone_call", ["United States", "Russia"], day("2025-05-19", "on Monday"), "planned",
            "Trump to speak with Putin by telephone",
            ev("Donald Trump wrote that he will talk to Vladimir Putin by telephone on Monday, and afterwards to Volodymyr Zelensky.")),
        dip("phone_call", ["United States", "Ukraine"], day("2025-05-19", "on Monday"), "planned",
            "Trump to speak with Zelensky after his call with Putin",
            ev("Donald Trump wrote that he will talk to Vladimir Putin by telephone on Monday, and afterwards to Volodymyr Zelensky.")),
        dip("prisoner_exchange", ["Russia", "Ukraine"], None, "planned",
            "The agreed exchange of 1,000 prisoners each, 'soon', no date given",
            ev("He gave no date, saying only that it would take place \"soon\"."), optional=True),
        dip("summit", ["European Political Community", "Albania"], F0516, "held",
            "European leaders met in Tirana",
            ev("European leaders who met in Tirana on Friday say they are weighing new sanctions if Moscow keeps refusing an unconditional 30-day truce."),
            location=loc("Tirana", None, "Albania"), optional=True),
    ])

# --------------------------------------------------------------------------- yp03
N0115 = night("2025-01-14", "2025-01-15", "overnight into Wednesday")
GOLD["yp03_gridwatch_energy_strike_jan15"] = dict(
    notes="Energy-sector report (Wednesday 15 January 2025), same night as yp10. Country record (rule 3): '74 drones — "
          "Shahed-type strike drones together with decoys' is a combined total (other, with drone and decoy_drone, "
          "rule 9; 47 shot down + 22 neutralised by electronic warfare = 69 intercepted, rule 3), '43 missiles' split "
          "into 31 cruise (Kh-101 and Kalibr; 26 brought down) and 12 Iskander-M ballistic (four brought down): a split "
          "missile total is a combined total (rule 9; no total intercepted figure is given, so none is summed). The "
          "Lviv and Ivano-Frankivsk regions (named together: one record with two region locations, rule 2; kind from "
          "the wave told just before, rule 8; Naftogaz's 'its workers were unharmed' is a nil for the people of the "
          "struck sites: killed 0 and injured 0, rule 6). Kryvyi Rih (a missile, not counted, rule 9; one worker "
          "injured). The Christmas Day salvo of 'more than 70 missiles and over 100 drones' (background with a count "
          "and a place, rule 5: required, country record, 25 December 2024). Not coded: the outage regions (not "
          "struck), 'the fifth large-scale assault' (no event), the transit contract's expiry (no event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0115,
               [{"type": "other", "model": "strike drones together with decoys", "launched": cnt(74, "74"),
                 "intercepted": cnt(69, "47 were shot down while 22 more were neutralised by electronic warfare")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"},
                {"type": "other", "model": "43 missiles", "launched": cnt(43, "43")},
                {"type": "cruise_missile", "model": "Kh-101 and Kalibr", "launched": cnt(31, "31"),
                 "intercepted": cnt(26, "26")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(12, "12"),
                 "intercepted": cnt(4, "four")}],
               ev("According to the air force, the attack involved 74 drones — Shahed-type strike drones together with decoys of various kinds — and 43 missiles.",
                  "The missile salvo comprised 31 cruise missiles, Kh-101 and Kalibr, and 12 Iskander-M ballistic missiles. Anti-aircraft crews brought down 26 of the cruise missiles and four of the ballistic ones.",
                  "Of the drones, 47 were shot down while 22 more were neutralised by electronic warfare, the force said."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "drone_and_missile",
               [loc("Lviv", "Lviv", "Ukraine", "region"), loc("Ivano-Frankivsk", "Ivano-Frankivsk", "Ukraine", "region")],
               N0115, [{"type": "drone"}, {"type": "missile"}],
               ev("Gas infrastructure in western Ukraine's Lviv and Ivano-Frankivsk regions took the brunt of the strike, energy minister Herman Halushchenko said.",
                  "Naftogaz, the state gas company, said its workers were unharmed."),
               killed=cnt(0, "its workers were unharmed"), injured=cnt(0, "its workers were unharmed"),
               damage=["gas infrastructure"], reported_by=["Herman Halushchenko", "Naftogaz"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")], N0115,
               [{"type": "missile"}],
               ev("In Kryvyi Rih, one worker was injured when a missile slammed into an energy site on the city's southern edge, reported Oleksandr Vilkul, who runs the local military administration.",
                  "Windows were blown out in nearby homes."),
               injured=cnt(1, "one worker"), damage=["energy site", "homes"], reported_by=["Oleksandr Vilkul"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], day("2024-12-25", "a Christmas Day salvo"),
               [{"type": "missile", "launched": cnt(70, "more than 70", "more_than")},
                {"type": "drone", "launched": cnt(100, "over 100", "more_than")}],
               ev("In late December, a Christmas Day salvo of more than 70 missiles and over 100 drones struck thermal power plants and substations across the country."),
               damage=["thermal power plants", "substations"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yp04
N0621 = night("2025-06-20", "2025-06-21", "during the night")
GOLD["yp04_ponticwire_crimea_drones_june21"] = dict(
    notes="Wire story from the Russian defence ministry's side (Saturday 21 June 2025). The 31 Ukrainian drones shot down "
          "over Crimea and the Krasnodar region: a tally over several regions with no struck locality named is the "
          "country record (rule 3), attacker Ukraine, target Russia (rules 4 and 12; intercepted only, no launch "
          "figure). The sea drones on Sevastopol 'before dawn' (a separate attack by another means, told by the "
          "governor; Sevastopol has target_country Russia, rule 12; 'destroyed three sea drones' is intercepted 3, a "
          "sea drone is a drone, rule 9; 'No one was hurt': killed 0 and injured 0, rule 6; Lyubimovka is a locality "
          "of Sevastopol, its damage stays on the city record, rule 1). Izmail: Russian drones 'The night' (one "
          "injured). Not coded: the fleet's move to Novorossiysk 'since 2023' (no event), Peskov's interest in a third "
          "round (a stance, rule 13), Kyiv's position on Crimea (statement).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0621,
               [{"type": "drone", "intercepted": cnt(31, "31")}],
               ev("Russian air defences shot down 31 Ukrainian fixed-wing drones during the night over the Republic of Crimea and the Krasnodar region, Moscow's defence ministry announced on Saturday morning."),
               reported_by=["Russian Ministry of Defence"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Sevastopol", "Sevastopol", "Russia")],
               day("2025-06-21", "before dawn"), [{"type": "drone", "intercepted": cnt(3, "three")}],
               ev("Separately, the Black Sea Fleet repelled an attack by uncrewed boats on Sevastopol before dawn, the city's Russian-installed governor, Mikhail Razvozhayev, wrote on Telegram.",
                  "Sailors and shore units destroyed three sea drones on the approaches to the bay, he said.",
                  "\"No one was hurt. Windows were broken in two private houses in Lyubimovka,\" Razvozhayev wrote."),
               killed=cnt(0, "No one was hurt"), injured=cnt(0, "No one was hurt"),
               damage=["private houses"], reported_by=["Mikhail Razvozhayev"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               night("2025-06-20", "2025-06-21", "The night"), [{"type": "drone"}],
               ev("Russian drones damaged port infrastructure and a warehouse in Izmail, on the Danube, the Odesa regional governor Oleh Kiper said.",
                  "One port employee was injured, he added."),
               injured=cnt(1, "One port employee"), damage=["port infrastructure", "warehouse"],
               reported_by=["Oleh Kiper"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yp05
GOLD["yp05_borderlanddispatch_kursk_aug14"] = dict(
    notes="Kursk-incursion report (Wednesday 14 August 2024). Kurchatov: a Ukrainian drone attack 'early on Wednesday' "
          "(substation; 'Nobody was hurt': killed 0 and injured 0, rule 6). Nekhoteevka: Ukrainian shelling 'on Tuesday "
          "evening' (two civilians wounded, described one by one). Krasnopillia: four guided bombs 'overnight' (bombs "
          "counted as the subject of the hit are launched, rule 9; one killed; the community is coded as a city-level "
          "place). The Doha talks mediated by Qatar that had been due 'later this month' (talks, stalled: postponed "
          "with no new date, dated by the month they were planned for, rules 11 and 16; Qatar mediates and hosts, "
          "rule 15). Not coded: the ground offensive and the advance near Sudzha (rule 5), the evacuation, Tykhyi's "
          "and Moscow's statements (rule 13).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kurchatov", "Kursk", "Russia")],
               day("2024-08-14", "early on Wednesday"), [{"type": "drone"}],
               ev("Alexei Smirnov, the acting governor of the Kursk region, said a Ukrainian drone attack early on Wednesday had damaged a substation in Kurchatov, the town that houses the Kursk nuclear power plant.",
                  "Nobody was hurt, he said, and the plant was operating normally, according to Rosatom."),
               killed=cnt(0, "Nobody was hurt"), injured=cnt(0, "Nobody was hurt"),
               damage=["substation"], reported_by=["Alexei Smirnov"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Nekhoteevka", "Belgorod", "Russia")],
               day("2024-08-13", "on Tuesday evening"), [{"type": "artillery"}],
               ev("In the neighbouring Belgorod region, Vyacheslav Gladkov, the governor, said Ukrainian shelling of the village of Nekhoteevka on Tuesday evening wounded two civilians, a man and a woman."),
               injured=cnt(2, "two civilians"), reported_by=["Vyacheslav Gladkov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Krasnopillia", "Sumy", "Ukraine")],
               night("2024-08-13", "2024-08-14", "overnight"), [{"type": "glide_bomb", "launched": cnt(4, "four")}],
               ev("The Sumy regional administration reported that four guided bombs fell on the Krasnopillia community overnight, released by Russian aircraft, killing one person and damaging a school."),
               killed=cnt(1, "one person"), damage=["school"], reported_by=["Sumy regional administration"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "Qatar"], month("2024-08-01", "2024-08-31", "later this month"), "stalled",
            "Indirect talks mediated by Qatar on a partial halt to strikes on energy infrastructure, postponed with no new date after the Kursk incursion",
            ev("Russian and Ukrainian delegations had been due to travel to Doha later this month for indirect talks, mediated by Qatar, on a partial halt to strikes against energy infrastructure, according to officials familiar with the plans.",
               "That meeting has now been put off indefinitely, the officials said, with no fresh date agreed."),
            location=loc("Doha", None, "Qatar")),
    ])

# --------------------------------------------------------------------------- yp06
N0319 = night("2025-03-18", "2025-03-19", "That night")
GOLD["yp06_atlanticcable_two_readouts_march19"] = dict(
    notes="Two readouts of one call (Wednesday 19 March 2025). The Trump-Putin call 'on Tuesday' (phone_call, held). "
          "The 30-day halt on strikes on energy facilities both readouts say was agreed (agreement, held, rule 14; the "
          "two sides differ on its scope, which goes to the description). The 175-for-175 swap 'on Wednesday' "
          "(prisoner_exchange, planned; the 23 wounded are part of it). Zelensky's call with Trump 'later on "
          "Wednesday' (phone_call, planned). His talks with Stubb in Helsinki on Wednesday (talks, held: told as "
          "following his morning remarks in a same-day article). Optional: the maritime negotiations to 'start "
          "immediately in the Middle East' (no day, no city: planned with no firm date, rule 16). Attacks: 145 drones, "
          "72 shot down (country record, rule 3); Sloviansk (two hospitals and apartment blocks; 'No casualties ... "
          "among patients or medical staff' is a nil for a part of the people the strike could hurt and fills "
          "nothing, rule 6); Ukrainian drones on an oil pumping station in the Krasnodar region 'shortly after the "
          "call' (region record, attacker Ukraine, the Russian ministry's claim). Not coded: the Kremlin's conditions "
          "for a full truce (demands, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N0319,
               [{"type": "drone", "launched": cnt(145, "145"), "intercepted": cnt(72, "72")}],
               ev("That night Russia sent 145 drones into Ukrainian airspace, the air force in Kyiv reported, and 72 of them were shot down."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sloviansk", "Donetsk", "Ukraine")], N0319,
               [{"type": "drone"}],
               ev("In Sloviansk, drones damaged two hospitals and several apartment blocks, Vadym Lyakh, who leads the town's military administration, said."),
               damage=["hospitals", "apartment blocks"], reported_by=["Vadym Lyakh"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Krasnodar", "Krasnodar", "Russia", "region")],
               night("2025-03-18", "2025-03-19", "shortly after the call"), [{"type": "drone"}],
               ev("Moscow's defence ministry in turn alleged that Ukrainian drones had attacked an oil pumping station in the Krasnodar region shortly after the call, and called the strike a provocation."),
               damage=["oil pumping station"], reported_by=["Russian Ministry of Defence"]),
    ],
    diplomacy=[
        dip("phone_call", ["United States", "Russia"], day("2025-03-18", "on Tuesday"), "held",
            "Trump and Putin spoke for more than two hours; the White House and Kremlin readouts differ",
            ev("Donald Trump and Vladimir Putin spoke for more than two hours by telephone on Tuesday, but the summaries released by their offices afterwards read as if they described two different conversations.")),
        dip("agreement", ["United States", "Russia"], day("2025-03-18", "on Tuesday"), "held",
            "A 30-day halt on strikes: an 'energy and infrastructure ceasefire' per the White House, energy facilities only per the Kremlin",
            ev("The White House said the leaders had agreed that the path to peace would begin with an \"energy and infrastructure ceasefire\", and that technical negotiations on a maritime truce in the Black Sea would start immediately in the Middle East.",
               "Putin, it said, had agreed to stop hitting energy facilities, and only those, for 30 days, and had given the army a corresponding order.")),
        dip("prisoner_exchange", ["Russia", "Ukraine"], day("2025-03-19", "on Wednesday"), "planned",
            "Exchange of 175 prisoners each; Russia also to hand over 23 badly wounded Ukrainian soldiers",
            ev("Moscow also said the two sides would swap 175 prisoners each on Wednesday, and that Russia would hand over 23 badly wounded Ukrainian soldiers as a gesture of goodwill.")),
        dip("phone_call", ["Ukraine", "United States"], day("2025-03-19", "later on Wednesday"), "planned",
            "Zelensky to speak with Trump about the details of the Trump-Putin call",
            ev("Zelensky said he would speak with Trump later on Wednesday to learn the details.")),
        dip("talks", ["Ukraine", "Finland"], day("2025-03-19", "on Wednesday morning"), "held",
            "Zelensky's talks with Finnish President Alexander Stubb in Helsinki",
            ev("\"Ukraine has always supported a ceasefire on energy,\" he told reporters in Helsinki on Wednesday morning, before talks with Finland's President Alexander Stubb."),
            location=loc("Helsinki", None, "Finland")),
        dip("talks", ["United States", "Russia"], None, "planned",
            "Technical negotiations on a maritime truce in the Black Sea, to start immediately in the Middle East",
            ev("The White House said the leaders had agreed that the path to peace would begin with an \"energy and infrastructure ceasefire\", and that technical negotiations on a maritime truce in the Black Sea would start immediately in the Middle East."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yp07
T0410 = day("2025-04-10", "on Thursday")
GOLD["yp07_centraleuropean_fiala_kyiv_visit"] = dict(
    notes="A European leader's visit (Thursday 10 April 2025). Fiala's visit to Kyiv 'on Thursday' (visit, held; his "
          "reception by Zelensky and Shmyhal is part of it, rule 14). The package his cabinet 'had approved' (1.2 "
          "billion koruna: military_aid, held, rule 16; undated). The memorandum on joint ammunition production "
          "(agreement, held, rule 14; signed during the visit). Kyiv's drones 'before dawn' (three injured in the "
          "Desnianskyi district; the Darnytskyi debris stays on the city record, rule 1, and its 'without causing "
          "casualties' is a nil for a part of the city and fills nothing, rule 6). Not coded: Prague 'willing to "
          "discuss a role in security guarantees' (a stance, rule 13), 'would also cooperate on training pilots' (no "
          "decision or date), the Patriot request (a demand), the ammunition initiative 'launched in early 2024' (a "
          "standing scheme, no event told), Babiš's intentions (a stance).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kyiv", "Kyiv", "Ukraine")], day("2025-04-10", "before dawn"),
               [{"type": "drone"}],
               ev("Drones hit a non-residential building and parked cars in the Desnianskyi district before dawn, injuring three people, Tymur Tkachenko, the capital's military administrator, said.",
                  "Debris fell in the Darnytskyi district without causing casualties."),
               injured=cnt(3, "three people"), damage=["non-residential building", "parked cars"],
               reported_by=["Tymur Tkachenko"]),
    ],
    diplomacy=[
        dip("visit", ["Czech Republic", "Ukraine"], T0410, "held",
            "Czech Prime Minister Petr Fiala's visit to Kyiv, his fourth; received by Zelensky and Prime Minister Shmyhal",
            ev("Czech Prime Minister Petr Fiala reached Kyiv on Thursday after a night on the train for a visit that his office described as focused on ammunition and reconstruction.",
               "Fiala was received by President Volodymyr Zelensky and later by Prime Minister Denys Shmyhal."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["Czech Republic", "Ukraine"], None, "held",
            "A Czech military assistance package worth 1.2 billion koruna: artillery shells and repair of armoured vehicles",
            ev("At a joint news conference, he announced that his cabinet had approved a new package of military assistance worth 1.2 billion koruna, including artillery shells and repair of armoured vehicles.")),
        dip("agreement", ["Czech Republic", "Ukraine"], T0410, "held",
            "Memorandum on joint production of large-calibre ammunition in Ukraine and the Czech Republic",
            ev("The two governments also concluded a memorandum on making large-calibre ammunition together on Ukrainian and Czech soil, Shmyhal said.")),
    ])

# --------------------------------------------------------------------------- yp08
GOLD["yp08_brusselsledger_18th_package"] = dict(
    notes="EU sanctions package (Friday 18 July 2025). The 18th package adopted 'on Friday' after Slovakia lifted its "
          "veto (sanctions, held; the EU imposes and Russia is targeted, rule 15; the oil price cap, Nord Stream ban, "
          "105 vessels and the Indian refinery go to the description). The 19th package the Commission 'intends to "
          "present' 'in September' (sanctions, planned: firm intent with a month, rule 16). Shmyhal's first call as "
          "defence minister with Pistorius 'on Friday' (phone_call, held; Shmyhal was appointed on 17 July 2025). "
          "Optional: the 17th package 'in May' (background, rule 17). Not coded: Fico's veto and its lifting (a member "
          "state's position inside the decision, no separate event), Kallas's and Sybiha's words, the Kremlin's "
          "reaction (statements, rule 13).",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2025-07-18", "on Friday"), "held",
            "The EU's 18th sanctions package: oil price cap lowered to $47.60, Nord Stream transactions banned, 105 more shadow-fleet ships (444 in total), a Rosneft-owned refinery in India listed",
            ev("The European Union on Friday adopted its 18th round of sanctions on Russia, after Slovakia lifted a veto that had held up the measures for nearly a month.",
               "The package lowers the cap on Russian crude oil to $47.60 a barrel, bans transactions with the Nord Stream pipelines and adds 105 more ships of Russia's shadow fleet, bringing the total to 444.")),
        dip("sanctions", ["European Union", "Russia"], month("2025-09-01", "2025-09-30", "in September"), "planned",
            "The Commission intends to present a 19th sanctions package",
            ev("Brussels officials said the Commission intends to present a 19th package in September.")),
        dip("phone_call", ["Ukraine", "Germany"], day("2025-07-18", "on Friday"), "held",
            "New Ukrainian Defence Minister Denys Shmyhal's call with Boris Pistorius on Patriot deliveries and German funding for long-range drones",
            ev("In Kyiv, Denys Shmyhal, sworn in as defence minister a day earlier after five years as prime minister, held his first phone call in the new post on Friday with his German counterpart, Boris Pistorius.")),
        dip("sanctions", ["European Union", "Russia"], month("2025-05-01", "2025-05-31", "in May"), "held",
            "The EU's 17th package, targeting nearly 200 tankers",
            ev("The EU's previous round, the 17th package, was adopted in May and targeted nearly 200 tankers."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yp09
GOLD["yp09_eastwestreview_explainer_talks"] = dict(
    notes="Explainer (Thursday 12 June 2025) with background talks and strikes. Required: the exchange of prisoners "
          "under 25 'On Wednesday' (prisoner_exchange, held, 11 June: the news of the day); two background strikes "
          "with a count and a place (rule 5): 'the night of 24-25 May', 367 drones and missiles (a combined total, "
          "other with the article's words plus drone and missile, rule 9; country record), and 1 June, 117 drones on "
          "air bases in the Murmansk and Irkutsk regions (attacker Ukraine; two regions named together, one record, "
          "rule 2). Optional background diplomacy (rule 17): Riyadh 18 February (talks; Saudi Arabia hosts), Jeddah 11 "
          "March (talks; Saudi host), the US resumption of aid and intelligence sharing (military_aid, undated), the "
          "30-day ceasefire plan Ukraine accepted and Moscow never did (proposal, proposed), Istanbul 16 May (talks; "
          "Turkey hosts), the 1,000-for-1,000 exchange 'over three days from 23 May', Istanbul 2 June (talks) and its "
          "deal on the wounded, the young and the dead (agreement), Trump's floated meeting with Putin and Zelensky "
          "(summit, proposed). Not coded: 'No date has been set for a third round', Turkey 'willing to host' (a "
          "stance, rule 13), the Kremlin's condition (statement).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2025-05-24", "2025-05-25", "On the night of 24-25 May"),
               [{"type": "other", "model": "drones and missiles", "launched": cnt(367, "367")},
                {"type": "drone"}, {"type": "missile"}],
               ev("On the night of 24-25 May, Russia fired 367 drones and missiles at Ukraine, the largest single attack of the war to that point.")),
        attack("Ukraine", "Russia", "air_drone_strike",
               [loc("Murmansk", "Murmansk", "Russia", "region"), loc("Irkutsk", "Irkutsk", "Russia", "region")],
               day("2025-06-01", "On 1 June"), [{"type": "drone", "launched": cnt(117, "117")}],
               ev("On 1 June, a day before the second round, Ukraine's security service struck air bases in the Murmansk and Irkutsk regions with 117 drones smuggled in on lorries, claiming to have damaged 41 aircraft."),
               damage=["air bases", "aircraft"], reported_by=["Security Service of Ukraine"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Russia", "Saudi Arabia"], day("2025-02-18", "on 18 February"), "held",
            "First high-level US-Russia contact since 2022: Rubio, Waltz and Witkoff with Lavrov and Ushakov; Ukraine absent",
            ev("The first high-level contact between Washington and Moscow since 2022 took place in the Saudi capital on 18 February."),
            location=loc("Riyadh", None, "Saudi Arabia"), optional=True),
        dip("talks", ["United States", "Ukraine", "Saudi Arabia"], day("2025-03-11", "On 11 March"), "held",
            "US and Ukrainian delegations, Ukraine's headed by Andriy Yermak, met in Jeddah",
            ev("On 11 March, US and Ukrainian delegations, the latter headed by Andriy Yermak, met in Jeddah."),
            location=loc("Jeddah", None, "Saudi Arabia"), optional=True),
        dip("military_aid", ["United States", "Ukraine"], None, "held",
            "Washington resumed military aid and intelligence sharing after Jeddah",
            ev("Ukraine signed up to a US plan for a 30-day ceasefire, and Washington resumed military aid and intelligence sharing."),
            optional=True),
        dip("proposal", ["United States", "Ukraine", "Russia"], day("2025-03-11", "On 11 March"), "proposed",
            "A US plan for a 30-day ceasefire, accepted by Ukraine, never accepted by Moscow",
            ev("Ukraine signed up to a US plan for a 30-day ceasefire, and Washington resumed military aid and intelligence sharing.",
               "Moscow never accepted the truce."),
            optional=True),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-05-16", "on 16 May"), "held",
            "First face-to-face Russia-Ukraine talks since 2022; Medinsky and Umerov headed the teams; 1,000-for-1,000 exchange agreed",
            ev("Russia and Ukraine negotiated face to face for the first time since 2022 in Istanbul on 16 May."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("prisoner_exchange", ["Russia", "Ukraine"], span("2025-05-23", "2025-05-25", "over three days from 23 May"), "held",
            "The 1,000-for-1,000 prisoner exchange, carried out over three days",
            ev("They agreed a 1,000-for-1,000 prisoner exchange, which was carried out over three days from 23 May."),
            optional=True),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-06-02", "on 2 June"), "held",
            "Second round of Russia-Ukraine talks in Istanbul; memorandums exchanged",
            ev("A second round, on 2 June, produced memorandums from each side and a deal to return the seriously wounded, the young and the bodies of 6,000 fallen soldiers from each side."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("agreement", ["Russia", "Ukraine"], day("2025-06-02", "on 2 June"), "held",
            "Deal to return the seriously wounded, the young and the bodies of 6,000 fallen soldiers from each side",
            ev("A second round, on 2 June, produced memorandums from each side and a deal to return the seriously wounded, the young and the bodies of 6,000 fallen soldiers from each side."),
            optional=True),
        dip("prisoner_exchange", ["Russia", "Ukraine"], day("2025-06-11", "On Wednesday"), "held",
            "Another stage of the exchange under the Istanbul deal: prisoners under 25, number not given",
            ev("On Wednesday, the two countries swapped another group of prisoners under 25, the coordination headquarters in Kyiv said, without giving the number.")),
        dip("summit", ["United States", "Russia", "Ukraine"], None, "proposed",
            "Trump floated a meeting with Putin and Zelensky",
            ev("Turkey says it is willing to host one, and Trump has floated a meeting with Putin and Zelensky, but the Kremlin says a memorandum must first be agreed."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yp10
N0115b = night("2025-01-14", "2025-01-15", "overnight")
GOLD["yp10_daybook_war_digest_jan15"] = dict(
    notes="Daily digest (Wednesday 15 January 2025), same night as yp03, told with fewer figures. Country record: 43 "
          "missiles (30 downed; no split here, so one missile entry, rule 9) and 74 drones (rule 3). Lviv and "
          "Ivano-Frankivsk (named together: one record, two region locations, rule 2; kind from the wave told just "
          "before, rule 8). Kryvyi Rih (its item gives no time: dated by the digest's night, the only strike it "
          "reports; 'a man' wounded is injured 1, rule 6). Zelensky's visit to Warsaw 'on Wednesday' (visit, held; "
          "the meeting with Tusk is part of it, rule 14). Sybiha's call with Lammy 'on Wednesday' (held). Optional: "
          "the UK-Ukraine century-long partnership 'under negotiation' (agreement, ongoing, undated); the Ramstein "
          "group's meeting 'on 9 January' at the US air base in Germany (meeting; Germany is the host state, rule 15) "
          "and Austin's $500 million package (military_aid; both background, rule 17). Not coded: 146 combat "
          "engagements (ground fighting, rule 5), power cuts (no strike), the Volhynia understanding (part of the "
          "visit, no separate event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0115b,
               [{"type": "missile", "launched": cnt(43, "43"), "intercepted": cnt(30, "30")},
                {"type": "drone", "launched": cnt(74, "74")}],
               ev("Russia struck gas extraction and storage sites overnight, its fourth big assault on the Ukrainian power and gas network this winter.",
                  "The missile count was 43, of which 30 were downed, said Ukraine's air force, which also counted 74 drones launched against the country."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "drone_and_missile",
               [loc("Lviv", "Lviv", "Ukraine", "region"), loc("Ivano-Frankivsk", "Ivano-Frankivsk", "Ukraine", "region")],
               N0115b, [{"type": "drone"}, {"type": "missile"}],
               ev("Regional authorities in Lviv and Ivano-Frankivsk reported hits on gas facilities, without further details."),
               damage=["gas facilities"], reported_by=["regional authorities"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")], N0115b,
               [{"type": "missile"}],
               ev("In the industrial city in central Ukraine, a missile damaged an energy facility and wounded a man, according to local officials."),
               injured=cnt(1, "a man"), damage=["energy facility"], reported_by=["local officials"]),
    ],
    diplomacy=[
        dip("visit", ["Ukraine", "Poland"], day("2025-01-15", "on Wednesday"), "held",
            "Zelensky's visit to Warsaw; he met Prime Minister Donald Tusk",
            ev("President Volodymyr Zelensky was in Warsaw on Wednesday for a visit, two weeks into Poland's six-month presidency of the EU Council.",
               "He met Prime Minister Donald Tusk and said the two had agreed to move past disputes over the Volhynia massacre of 1943."),
            location=loc("Warsaw", None, "Poland")),
        dip("phone_call", ["Ukraine", "United Kingdom"], day("2025-01-15", "on Wednesday"), "held",
            "Sybiha's call with British Foreign Secretary David Lammy on long-term security cooperation",
            ev("Sybiha spoke by phone on Wednesday with Britain's foreign secretary, David Lammy, about long-term security cooperation.")),
        dip("agreement", ["United Kingdom", "Ukraine"], None, "ongoing",
            "A century-long UK-Ukraine partnership agreement under negotiation, close to completion",
            ev("A century-long partnership agreement between Britain and Ukraine has been under negotiation for months; British officials say it is close to completion."),
            optional=True),
        dip("meeting", ["Ukraine Defense Contact Group", "Germany"], day("2025-01-09", "on 9 January"), "held",
            "Defence ministers of the Ramstein group met at the US air base in Germany",
            ev("Defence ministers of the Ramstein group met at the US air base in Germany on 9 January, where Lloyd Austin, in his last meeting as Pentagon chief, announced a package of $500 million."),
            location=loc("Ramstein", None, "Germany"), optional=True),
        dip("military_aid", ["United States", "Ukraine"], day("2025-01-09", "on 9 January"), "held",
            "Lloyd Austin announced a $500 million package",
            ev("Defence ministers of the Ramstein group met at the US air base in Germany on 9 January, where Lloyd Austin, in his last meeting as Pentagon chief, announced a package of $500 million."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yp11
T0218 = day("2025-02-18", "on Tuesday")
GOLD["yp11_gulfcorrespondent_riyadh_talks"] = dict(
    notes="News report (Tuesday 18 February 2025). The US-Russian talks in Riyadh 'on Tuesday' (talks, held; Saudi "
          "Arabia hosts, rule 15). Their agreement to return embassy staff and appoint high-level teams (agreement, "
          "held, rule 14). Zelensky's visit to Ankara, where he held talks with Erdogan (visit, held: the article "
          "calls it a visit and the talks are part of it, rule 14; dated by the day of the report, 'Tuesday'). His trip "
          "to Saudi Arabia moved from Wednesday to '10 March' (visit, planned for the new date, rule 16). Optional: the "
          "Paris emergency meeting of European leaders 'on Monday' (summit, held, 17 February; background, rule 17; "
          "France convenes; Germany and Poland are named among them). Not coded: Erdogan's offer of Turkey 'as a venue "
          "for any future round' (no named talks put to both sides: a stance, rule 13), readiness to send troops (a "
          "stance), Peskov's 'might yet meet' with no date or venue (a stance), 'would not recognise' (a statement).",
    attacks=[],
    diplomacy=[
        dip("talks", ["United States", "Russia", "Saudi Arabia"], T0218, "held",
            "US-Russian talks at Diriyah Palace: Rubio, Waltz and Witkoff with Lavrov and Ushakov, hosted by Faisal bin Farhan and Musaed al-Aiban; Ukraine not present",
            ev("American and Russian officials sat down together in Riyadh on Tuesday for their first substantial talks since the Kremlin sent its army into Ukraine three years ago, and left after four and a half hours saying they had agreed to rebuild their diplomatic ties.",
               "The kingdom's foreign minister, Prince Faisal bin Farhan, and its national security adviser Musaed al-Aiban hosted the meeting."),
            location=loc("Riyadh", None, "Saudi Arabia")),
        dip("agreement", ["United States", "Russia"], T0218, "held",
            "Agreement to return staff to the embassies in Washington and Moscow and to appoint high-level teams to work on ending the war",
            ev("According to the State Department, the two sides agreed to return staff to their embassies in Washington and Moscow and to appoint high-level teams to work on ending the war.")),
        dip("visit", ["Ukraine", "Turkey"], day("2025-02-18", "Tuesday"), "held",
            "Zelensky's visit to Ankara, with talks with Recep Tayyip Erdogan",
            ev("President Volodymyr Zelensky, speaking in Ankara, where he was on a visit and held talks with Recep Tayyip Erdogan, said Kyiv would not recognise any agreement reached without it."),
            location=loc("Ankara", None, "Turkey")),
        dip("visit", ["Ukraine", "Saudi Arabia"], day("2025-03-10", "on 10 March"), "planned",
            "Zelensky's trip to Saudi Arabia, postponed from Wednesday to 10 March",
            ev("Zelensky also postponed a trip to Saudi Arabia that had been planned for Wednesday.",
               "His office said he would now travel to Riyadh on 10 March, so as not to give \"legitimacy\" to Tuesday's meeting."),
            location=loc("Riyadh", None, "Saudi Arabia")),
        dip("summit", ["France", "Germany", "Poland"], day("2025-02-17", "on Monday"), "held",
            "Emergency meeting of European leaders in Paris called by Emmanuel Macron",
            ev("European leaders, who gathered in Paris on Monday for an emergency meeting called by Emmanuel Macron, are worried that they too are being sidelined."),
            location=loc("Paris", None, "France"), optional=True),
    ])

# --------------------------------------------------------------------------- yp12
GOLD["yp12_sportsdesk_lviv_marathon"] = dict(
    notes="Control (Sunday 27 April 2025): a half marathon in Lviv. No record: the veterans' injuries are not a strike, "
          "the athletes 'killed in the war' (more than 500) is no event with a place or date, the air raid plans are "
          "hypothetical, the night race 'in August' is a sports event.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("jeddah-2025-03-11", "US-Ukrainian talks in Jeddah, 11 March 2025 (planned in a live page, held in an explainer)",
     [("yp01_kyivledger_live_march8", "diplomacy", 1), ("yp09_eastwestreview_explainer_talks", "diplomacy", 1)]),
    ("istanbul-2025-05-16", "Russia-Ukraine talks in Istanbul, 16 May 2025",
     [("yp02_morningbrief_whatweknow_may17", "diplomacy", 0), ("yp09_eastwestreview_explainer_talks", "diplomacy", 4)]),
    ("riyadh-2025-02-18", "US-Russian talks in Riyadh, 18 February 2025",
     [("yp11_gulfcorrespondent_riyadh_talks", "diplomacy", 0), ("yp09_eastwestreview_explainer_talks", "diplomacy", 0)]),
    ("ukraine-2025-01-15", "Russia's drone and missile attack on Ukraine's energy sector, night of 14-15 January 2025",
     [("yp03_gridwatch_energy_strike_jan15", "attack", 0), ("yp10_daybook_war_digest_jan15", "attack", 0)]),
    ("lviv-ivano-frankivsk-2025-01-15", "Strikes on gas infrastructure in the Lviv and Ivano-Frankivsk regions, night of 14-15 January 2025",
     [("yp03_gridwatch_energy_strike_jan15", "attack", 1), ("yp10_daybook_war_digest_jan15", "attack", 1)]),
    ("kryvyi-rih-2025-01-15", "A Russian missile on an energy site in Kryvyi Rih, night of 14-15 January 2025",
     [("yp03_gridwatch_energy_strike_jan15", "attack", 2), ("yp10_daybook_war_digest_jan15", "attack", 2)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev41 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV41 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV41, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
