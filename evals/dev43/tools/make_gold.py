"""Write evals/dev43/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev43 on 3 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV43 = ROOT / "evals" / "dev43"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt  # noqa: E402


def span(a: str, b: str, text: str) -> dict:
    """An event of two named days ("two days of talks ... on Sunday")."""
    return {"start": a, "end": b, "precision": "range", "text": text}


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yr01
GOLD["yr01_wkrtnews_pokrovsk_block"] = dict(
    notes="TV website story (Tuesday 8 August 2023), short paragraphs and residents' quotes: two Iskander missiles on "
          "an apartment block in Pokrovsk 'on Monday evening' (7 August; 'Two Russian missiles' as the subject of the "
          "hit is the launched count and 'Both were Iskander missiles' fixes the family, rule 9; killed is the first "
          "figure given, 'five people', and injured '31', rule 6; 'The number of dead rose to seven' and 'at least 67' "
          "are later updates, evidence only); Russian shelling in Kherson 'on Monday' ('a woman of 62' killed, 'Two "
          "other residents' injured, rule 6; shelling_artillery, rule 8). Not coded: Klymenko's claim about the timing "
          "of the second strike and Zelensky's 'brutal terror' (statements), 'The Kremlin did not comment'.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Pokrovsk", "Donetsk", "Ukraine")],
               day("2023-08-07", "on Monday evening"),
               [{"type": "ballistic_missile", "model": "Iskander", "launched": cnt(2, "Two")}],
               ev("Two Russian missiles slammed into the centre of Pokrovsk on Monday evening, Ukrainian officials said.",
                  "At first, five people were reported dead and 31 wounded, according to Pavlo Kyrylenko, the governor of the Donetsk region.",
                  "Both were Iskander missiles, the prosecutor-general's office said."),
               killed=cnt(5, "five people"), injured=cnt(31, "31"),
               damage=["five-storey apartment block", "pharmacy", "café"],
               reported_by=["Pavlo Kyrylenko", "prosecutor-general's office"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2023-08-07", "on Monday"),
               [{"type": "artillery"}],
               ev("In the south, Russian shelling killed a woman of 62 in Kherson on Monday, the regional governor, Oleksandr Prokudin, said.",
                  "Two other residents of the city were injured when shells landed near a bus stop."),
               killed=cnt(1, "a woman of 62"), injured=cnt(2, "Two other residents"),
               reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yr02
GOLD["yr02_thesaturdayledger_grain_war"] = dict(
    notes="Newspaper's weekend analysis (Saturday 5 August 2023) with background strikes: the strike on Odesa 'In the "
          "early hours of 19 July' (six Kalibr missiles, all six downed, and 'more than 30 drones'; the region's "
          "figures go on its one struck locality, Odesa city, rule 3; Kalibr fixes cruise_missile, rule 9; "
          "drone_and_missile, rule 8); drones on the port of Izmail 'Early on Wednesday' (2 August; 'nobody was "
          "killed' is a nil, killed 0, rule 6); the sea-drone attack on the Kerch bridge 'at dawn on 17 July' (attacker "
          "Ukraine, target Russia, Crimea rule 12; 'two sea drones' as the subject of the hit are launched, rule 9; 'a "
          "couple' killed is 2; the daughter 'survived' is no injury count); the Jeddah meeting of security advisers "
          "'on Saturday' (talks, planned, 5 August; Saudi Arabia hosts, rule 15; China and India named). Background "
          "attacks with a place are required (rule 5). Optional: Russia walking away from the grain deal 'on 17 July' "
          "(agreement, cancelled; background, rule 17). Not coded: Erdogan 'hopes to persuade' Putin and 'has talked "
          "of hosting him' with 'No date' (a stance, rule 13), Russia's framing of retaliation (statement).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")],
               day("2023-07-19", "In the early hours of 19 July"),
               [{"type": "cruise_missile", "model": "Kalibr", "launched": cnt(6, "six"), "intercepted": cnt(6, "all six")},
                {"type": "drone", "launched": cnt(30, "more than 30", "more_than")}],
               ev("In the early hours of 19 July, Russia aimed six Kalibr missiles and more than 30 drones at the Odesa region, officials in Kyiv said, damaging grain terminals in Odesa city.",
                  "Air defences brought down all six missiles, the air force claimed, but terminals and storage tanks were left burning."),
               damage=["grain terminals", "storage tanks"], reported_by=["officials in Kyiv", "air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               day("2023-08-02", "Early on Wednesday"),
               [{"type": "drone"}],
               ev("Early on Wednesday, drones hit the river port of Izmail, just across the water from Romania, destroying roughly 40,000 tonnes of wheat and barley that had been destined for buyers in Africa, China and Israel.",
                  "Oleh Kiper, the Odesa regional governor, said that several warehouses and a grain elevator were damaged; nobody was killed."),
               killed=cnt(0, "nobody was killed"),
               damage=["river port", "warehouses", "grain elevator"], reported_by=["Oleh Kiper"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kerch bridge", "Crimea", "Russia", "site")],
               day("2023-07-17", "at dawn on 17 July"),
               [{"type": "drone", "launched": cnt(2, "two sea drones")}],
               ev("Its pretext was the attack on the Kerch bridge at dawn on 17 July, in which two sea drones damaged the road span linking Crimea with Russia and killed a couple from the Belgorod region."),
               killed=cnt(2, "a couple"), damage=["road span"]),
    ],
    diplomacy=[
        dip("talks", ["Saudi Arabia", "Ukraine", "China", "India"], day("2023-08-05", "on Saturday"), "planned",
            "Security advisers from about 40 countries, without Russia, to discuss Kyiv's peace formula in Jeddah; Yermak leads Ukraine's side",
            ev("Security advisers from about 40 countries, including China and India but not Russia, are due to meet in Jeddah on Saturday to discuss Kyiv's peace formula, with Saudi Arabia as host."),
            location=loc("Jeddah", None, "Saudi Arabia")),
        dip("agreement", ["Russia", "Ukraine", "Turkey", "United Nations"], day("2023-07-17", "on 17 July"), "cancelled",
            "Russia walked away from the grain deal brokered by Turkey and the United Nations",
            ev("For almost a year, ships loaded with Ukrainian wheat and maize slipped out of Odesa under a deal brokered by Turkey and the United Nations.",
               "Then, on 17 July, Moscow walked away from it."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yr03
GOLD["yr03_capitolwire_war_at_a_glance"] = dict(
    notes="Day-in-the-war digest (Wednesday 9 August 2023), bulleted: the Pokrovsk strike of 'Monday' (7 August; the "
          "first figure the digest gives is 'nine', rule 6, the 'first killed five' being earlier history in the same "
          "sentence as evidence; 'More than 80' injured, rule 7; Iskander named, no count, rule 9); the Zaporizhzhia "
          "missile strike 'overnight' (8-9 August, rule 11; 'one person' killed, 'at least 16' wounded; 'two Kh-59 "
          "missiles' fired, cruise_missile by model, rule 9); two drones shot down on their way to Moscow 'early on "
          "Wednesday' (attacker Ukraine by the ministry's words, rules 4 and 12; the target named is Moscow, so the "
          "interceptions stay on its record, rule 3; 'There were no reports of casualties' is silence, not a nil, "
          "rule 6); Kuleba's call with Jaishankar 'on Tuesday' (phone_call, held); British sanctions 'on Wednesday' "
          "(held; the UK and the state they target, rule 15). Optional: last weekend's Jeddah consultations (background, "
          "rule 17); the Brics summit in Johannesburg 'this month' with Putin by video (planned; not about the war, "
          "background); drones on Izmail and Reni (background strikes, no date, rule 5). Not coded: Cleverly's words.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Pokrovsk", "Donetsk", "Ukraine")],
               day("2023-08-07", "Monday's"),
               [{"type": "ballistic_missile", "model": "Iskander"}],
               ev("The death toll from Monday's double missile strike on Pokrovsk in eastern Ukraine climbed to nine, Ukrainian officials said, once emergency crews pulled two further bodies out of the damaged block.",
                  "More than 80 people were injured in the attack, which first killed five, according to regional authorities.",
                  "Kyiv says Iskander missiles were used."),
               killed=cnt(9, "nine"), injured=cnt(80, "More than 80", "more_than"),
               damage=["block"], reported_by=["Ukrainian officials", "regional authorities"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               night("2023-08-08", "2023-08-09", "overnight"),
               [{"type": "cruise_missile", "model": "Kh-59", "launched": cnt(2, "two")}],
               ev("A Russian missile strike on Zaporizhzhia overnight killed one person and wounded at least 16, the acting head of the regional administration, Yuri Malashko, said.",
                  "A church and several apartment buildings were damaged in the city; the air force said two Kh-59 missiles had been fired at the city."),
               killed=cnt(1, "one person"), injured=cnt(16, "at least 16", "at_least"),
               damage=["church", "apartment buildings"], reported_by=["Yuri Malashko", "air force"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Moscow", "Moscow", "Russia")],
               day("2023-08-09", "early on Wednesday"),
               [{"type": "drone", "intercepted": cnt(2, "Two drones")}],
               ev("Two drones flying towards Moscow were shot down early on Wednesday, the city's mayor, Sergei Sobyanin, said on Telegram.",
                  "One was destroyed over the Istra district and the second near Kubinka, the Russian defence ministry added, calling the flights a further attempt by \"the Kyiv regime\" to stage a terrorist attack."),
               reported_by=["Sergei Sobyanin", "Russian defence ministry"]),
        opt(attack("Russia", "Ukraine", "air_drone_strike",
                   [loc("Izmail", "Odesa", "Ukraine"), loc("Reni", "Odesa", "Ukraine")], None,
                   [{"type": "drone"}],
                   ev("Ukraine's grain exports via the Danube have fallen sharply since Russian drones struck port facilities in Izmail and Reni, traders said."),
                   damage=["port facilities"])),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "India"], day("2023-08-08", "on Tuesday"), "held",
            "Kuleba spoke with Jaishankar, thanked India for joining the Jeddah consultations; grain supplies to Asia",
            ev("Ukraine's foreign minister, Dmytro Kuleba, had a phone conversation on Tuesday with his Indian counterpart, Subrahmanyam Jaishankar, and thanked India for taking part in last weekend's consultations in Jeddah.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2023-08-09", "on Wednesday"), "held",
            "British sanctions on 22 individuals and companies supplying parts for Russian weapons, including firms in Turkey, the UAE and Slovakia",
            ev("The British government on Wednesday imposed sanctions on 22 individuals and companies it says supply parts for Russian weapons, including firms in Turkey, the United Arab Emirates and Slovakia.")),
        dip("talks", ["Saudi Arabia", "Ukraine", "India"], span("2023-08-05", "2023-08-06", "last weekend's"), "held",
            "The consultations in Jeddah on Ukraine's peace formula, with India taking part",
            ev("Ukraine's foreign minister, Dmytro Kuleba, had a phone conversation on Tuesday with his Indian counterpart, Subrahmanyam Jaishankar, and thanked India for taking part in last weekend's consultations in Jeddah."),
            location=loc("Jeddah", None, "Saudi Arabia"), optional=True),
        dip("summit", ["Brics", "South Africa", "Russia"], month("2023-08-01", "2023-08-31", "this month"), "planned",
            "The Brics summit in Johannesburg; Putin to take part by video link, not in person",
            ev("Vladimir Putin will not travel to the Brics summit in Johannesburg in person this month.",
               "He will take part by video link."),
            location=loc("Johannesburg", None, "South Africa"), optional=True),
    ])

# --------------------------------------------------------------------------- yr04
GOLD["yr04_channelninenews_moscow_drones"] = dict(
    notes="US broadcaster's website, Moscow dateline, told from the Russian side (Sunday 30 July 2023): drones on the "
          "Moscow City towers 'early on Sunday' (attacker Ukraine by the Russian officials' words and rule 12; 'three "
          "drones had been launched'; one shot down and 'The other two' suppressed by electronic warfare sum to 3 "
          "intercepted, rule 3; 'nobody had been killed' is killed 0; 'A security guard ... treated for minor injuries' "
          "is injured 1, rule 6); Ukraine's 25 drones against Crimea 'overnight' (29-30 July; sixteen destroyed and "
          "nine jammed sum to 25, rule 3; Crimea is Russia's as target, rule 12; region record); the two drones over the "
          "Kremlin 'In early May' (background with a count and a place: required, rule 5; attacker by rule 12, Kyiv's "
          "denial notwithstanding; month precision). Optional: the Russia-Africa summit in St Petersburg (background, "
          "no date given, rule 17). Not coded: the 'African peace initiative' it discussed and 'did not reject talks' "
          "(no proposal put, a stance, rule 13), Podolyak's and Peskov's words, Vnukovo's closure.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Moscow", "Moscow", "Russia")],
               day("2023-07-30", "early on Sunday"),
               [{"type": "drone", "launched": cnt(3, "three"),
                 "intercepted": cnt(3, "The other two were suppressed by electronic warfare")}],
               ev("MOSCOW — Two office towers in the Moscow City business district were damaged early on Sunday when drones crashed into them, the city's mayor said, an incident Russian officials described as a Kyiv regime attempt at a terrorist attack.",
                  "Sergei Sobyanin said on Telegram that the facades of two buildings had been \"insignificantly damaged\" and that nobody had been killed. A security guard was later treated for minor injuries, Russian state media reported.",
                  "The Russian defence ministry said three drones had been launched. One was shot down over the Odintsovo district, west of the capital, by air defence forces, it said. The other two were suppressed by electronic warfare and lost control before crashing into the non-residential complex."),
               killed=cnt(0, "nobody had been killed"), injured=cnt(1, "A security guard"),
               damage=["two office towers", "facades of two buildings"],
               reported_by=["Sergei Sobyanin", "Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Crimea", "Crimea", "Russia", "region")],
               night("2023-07-29", "2023-07-30", "overnight"),
               [{"type": "drone", "launched": cnt(25, "25"),
                 "intercepted": cnt(25, "Sixteen were destroyed by air defences and nine more were jammed")}],
               ev("The ministry also said that Ukraine had sent 25 drones against Crimea overnight. Sixteen were destroyed by air defences and nine more were jammed, it said, and there was no damage."),
               reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kremlin", "Moscow", "Russia", "site")],
               month("2023-05-01", "2023-05-31", "In early May"),
               [{"type": "drone", "launched": cnt(2, "two drones")}],
               ev("In early May two drones exploded over the Kremlin, which Moscow described as an attempt on Putin's life; Kyiv denied any role.")),
    ],
    diplomacy=[
        dip("summit", ["Russia", "African Union"], None, "held",
            "The Russia-Africa summit in St Petersburg, which discussed an African peace initiative",
            ev("The incidents came hours after President Vladimir Putin told reporters in St Petersburg that a Russia-Africa summit there had discussed an African peace initiative, and that Russia did not reject talks."),
            location=loc("St Petersburg", None, "Russia"), optional=True),
    ])

# --------------------------------------------------------------------------- yr05
GOLD["yr05_thebritishherald_crimean_bridge"] = dict(
    notes="British newspaper (Monday 17 July 2023), both sides' accounts: the explosion on the Crimean bridge 'in the "
          "early hours' of Monday (attacker Ukraine, target Russia, rule 12; Russia's 'two Ukrainian \"surface "
          "drones\"' and Kyiv's 'naval drones' are one drone entry, launched 2, rule 9; 'two civilians' killed, 'a girl' "
          "wounded: injured 1 and children_injured 1, her age being 14, rule 6); Russia ending its participation in "
          "the Black Sea grain initiative 'Hours after the attack' (agreement, cancelled, rule 14 and 16; Turkey and "
          "the UN as brokers, rule 15). Optional: the October truck bomb on the bridge (background with a place, no "
          "weapon family and no count: rule 5, debatable as a strike; last October is 2022, rule 11). Not coded: "
          "Erdogan 'planned to speak' with 'no call was scheduled' (a stance, rule 13), Peskov's conditions, "
          "Sunak's spokesman's 'deplorable' (statements), Aksyonov's advice.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Crimean bridge", "Crimea", "Russia", "site")],
               day("2023-07-17", "on Monday"),
               [{"type": "drone", "launched": cnt(2, "two Ukrainian \"surface drones\"")}],
               ev("Traffic on the Crimean bridge was halted on Monday after an explosion in the early hours tore through part of the road section, killing two civilians and wounding a girl, the Russian authorities said.",
                  "Moscow's National Anti-Terrorism Committee blamed two Ukrainian \"surface drones\" for the attack, which it said took place at about 3.05am local time.",
                  "By the afternoon, however, a source in the SBU security service told Ukrainian media that the strike had been a joint operation by the SBU and the navy using naval drones."),
               killed=cnt(2, "two civilians"), injured=cnt(1, "a girl"), children_injured=cnt(1, "a girl"),
               damage=["road section"], reported_by=["National Anti-Terrorism Committee", "SBU"]),
        opt(attack("Ukraine", "Russia", "other", [loc("Crimean bridge", "Crimea", "Russia", "site")],
                   month("2022-10-01", "2022-10-31", "in October"),
                   [{"type": "other", "model": "truck bomb"}],
                   ev("It was last hit in October, when a truck bomb brought down part of the roadway and killed several people."),
                   damage=["roadway"])),
    ],
    diplomacy=[
        dip("agreement", ["Russia", "Ukraine", "Turkey", "United Nations"], day("2023-07-17", "Hours after the attack"), "cancelled",
            "Russia ended its participation in the Black Sea grain initiative brokered by Turkey and the UN",
            ev("Hours after the attack, the Kremlin announced that Russia was ending its participation in the Black Sea grain initiative, the deal under which Ukraine has shipped more than 32 million tonnes of food since last summer.")),
    ])

# --------------------------------------------------------------------------- yr06
GOLD["yr06_usbroadcastdesk_hroza_wake"] = dict(
    notes="US broadcaster (Friday 6 October 2023), a village strike with a very high toll: a missile on a café in Hroza "
          "'on Thursday afternoon' during a wake (5 October; 'at least 49' is the first figure, rule 6 and 7; 'rose to "
          "52' is an update, evidence; 'a six-year-old boy' is children_killed 1 and 'Six people' wounded, rule 6; 'A "
          "Russian missile' is not counted, the Iskander named fixes the family, rule 9); two missiles on central "
          "Kharkiv 'shortly after 11pm' the same Thursday ('a ten-year-old boy and his grandmother' killed is 2, "
          "children_killed 1, '28 others' wounded; 'Two missiles' as subject of the hit are launched, rule 9); the "
          "European Political Community gathering in Granada on Thursday (summit, held; Spain hosts, rule 15); "
          "Zelensky's talks with Sánchez on the sidelines (talks, held). Not coded: the appeal to the EU on membership "
          "talks (a demand, rule 13), the UN office sending a team, the 2022 recapture (ground fighting, rule 5), the "
          "Russian ministry's claim of 'military targets' in the Kupiansk direction (no place struck named).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Hroza", "Kharkiv", "Ukraine")],
               day("2023-10-05", "on Thursday afternoon"),
               [{"type": "ballistic_missile", "model": "Iskander"}],
               ev("KYIV, Ukraine — A Russian missile tore through a café in the village of Hroza in north-eastern Ukraine on Thursday afternoon, killing at least 49 people who had gathered for the wake of a local soldier, Ukrainian officials said.",
                  "By Friday morning the number of dead rose to 52, among them a six-year-old boy, according to Oleh Syniehubov, who governs the Kharkiv region. Six people were wounded.",
                  "The interior minister, Ihor Klymenko, said the weapon was an Iskander ballistic missile."),
               killed=cnt(49, "at least 49", "at_least"), injured=cnt(6, "Six people"),
               children_killed=cnt(1, "a six-year-old boy"),
               damage=["café"], reported_by=["Oleh Syniehubov", "Ihor Klymenko"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2023-10-05", "shortly after 11pm"),
               [{"type": "missile", "launched": cnt(2, "Two missiles")}],
               ev("Two missiles struck central Kharkiv shortly after 11pm, killing a ten-year-old boy and his grandmother and wounding 28 others, Kharkiv's mayor, Ihor Terekhov, reported."),
               killed=cnt(2, "a ten-year-old boy and his grandmother"), injured=cnt(28, "28 others"),
               children_killed=cnt(1, "a ten-year-old boy"), reported_by=["Ihor Terekhov"]),
    ],
    diplomacy=[
        dip("summit", ["European Political Community", "Ukraine", "Spain"], day("2023-10-05", "Thursday's"), "held",
            "Zelensky joined more than 40 European leaders at the European Political Community gathering in Granada",
            ev("President Volodymyr Zelensky learned of the Hroza attack in the Spanish city of Granada, where he joined more than 40 European leaders at Thursday's gathering of the European Political Community."),
            location=loc("Granada", None, "Spain")),
        dip("talks", ["Ukraine", "Spain"], day("2023-10-05", "On the sidelines"), "held",
            "Zelensky's talks on air defence with Spanish prime minister Pedro Sánchez on the sidelines in Granada",
            ev("On the sidelines, he held talks on air defence with Pedro Sánchez, Spain's prime minister, and asked the European Union for a firm decision on membership talks by December."),
            location=loc("Granada", None, "Spain")),
    ])

# --------------------------------------------------------------------------- yr07
VILNIUS = loc("Vilnius", None, "Lithuania")
GOLD["yr07_thewashingtonsentinel_vilnius_summit"] = dict(
    notes="US newspaper (Wednesday 12 July 2023), the NATO summit in Vilnius with side meetings: the two-day summit "
          "ending 'on Wednesday' (11-12 July; summit, held; Lithuania hosts, rule 15); the inaugural NATO-Ukraine "
          "Council 'On Wednesday' (meeting, held: an organisation's meeting, rule 14; Vilnius, Lithuania hosts); the G7 "
          "joint declaration with Ukraine 'Later' that day (agreement, held, rule 14); Zelensky's talks with Biden "
          "(talks, held) and his meeting with Sunak (two leaders meeting, not called talks: summit, rule 14; both in "
          "Vilnius, Lithuania as host, rule 15); Britain's 'more than 70' vehicles told at that meeting (military_aid, "
          "held, 'would send', rule 16); Germany's package of nearly 700 million euros and France's SCALP missiles 'On "
          "Tuesday' (two military_aid, held); Erdogan's talks with Kristersson and Stoltenberg 'on Monday evening' "
          "(talks, held; no place stated, so no host); the next summit 'in Washington next July' (summit, planned, July "
          "2024); Shahed drones on Kyiv 'overnight into Wednesday' (15 launched, 'All' 15 shot down, 'a man of 67' "
          "killed and 'a woman' injured, rule 6). Not coded: the summit's wording on the invitation (its outcome, in "
          "the summit's record), Stoltenberg's 'as equals', Zelensky's 'a lot of support'.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kyiv", "Kyiv", "Ukraine")],
               night("2023-07-11", "2023-07-12", "overnight into Wednesday"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(15, "15"), "intercepted": cnt(15, "All")}],
               ev("Russia fired 15 Iranian-made Shahed drones at Kyiv overnight into Wednesday, the city's military administration said.",
                  "All were shot down, but falling debris killed a man of 67 and injured a woman in the Solomianskyi district."),
               killed=cnt(1, "a man of 67"), injured=cnt(1, "a woman"),
               reported_by=["Kyiv city military administration"]),
    ],
    diplomacy=[
        dip("summit", ["NATO", "Lithuania"], span("2023-07-11", "2023-07-12", "two-day summit, which ended on Wednesday"), "held",
            "NATO's two-day summit in Vilnius; Ukraine's future lies in NATO, invitation 'when allies agree and conditions are met'",
            ev("The alliance's two-day summit, which ended on Wednesday, agreed that Ukraine's future lay in NATO but that an invitation would come only \"when allies agree and conditions are met.\""),
            location=VILNIUS),
        dip("meeting", ["NATO", "Ukraine", "Lithuania"], day("2023-07-12", "On Wednesday"), "held",
            "The inaugural meeting of the NATO-Ukraine Council, Zelensky with all 31 allied leaders",
            ev("On Wednesday the inaugural meeting of the NATO-Ukraine Council gave Zelensky a seat at the table with all 31 leaders."),
            location=VILNIUS),
        dip("agreement", ["G7", "Ukraine"], day("2023-07-12", "Later"), "held",
            "G7 joint declaration with Ukraine on long-term security commitments, including fighter jets and training",
            ev("Later, the heads of government of the G7 signed a joint declaration with Ukraine promising long-term security commitments, including modern fighter jets and training.")),
        dip("talks", ["Ukraine", "United States", "Lithuania"], day("2023-07-12", "then"), "held",
            "Zelensky's talks with President Joe Biden in Vilnius",
            ev("Zelensky then sat down with President Joe Biden for talks that both men described as warm."),
            location=VILNIUS),
        dip("summit", ["Ukraine", "United Kingdom", "Lithuania"], day("2023-07-12", "also"), "held",
            "Zelensky met British prime minister Rishi Sunak in Vilnius",
            ev("He also met Rishi Sunak, the British prime minister, who told him Britain would send more than 70 combat and logistics vehicles."),
            location=VILNIUS),
        dip("military_aid", ["United Kingdom", "Ukraine"], day("2023-07-12", "also"), "held",
            "Britain to send more than 70 combat and logistics vehicles",
            ev("He also met Rishi Sunak, the British prime minister, who told him Britain would send more than 70 combat and logistics vehicles.")),
        dip("military_aid", ["Germany", "Ukraine"], day("2023-07-11", "On Tuesday"), "held",
            "German package of nearly 700 million euros, with two more Patriot launchers and 40 Marder vehicles",
            ev("On Tuesday, Germany said it would send Ukraine a package worth nearly €700 million, including two more Patriot launchers and 40 Marder fighting vehicles, and President Emmanuel Macron announced that France would supply long-range SCALP cruise missiles.")),
        dip("military_aid", ["France", "Ukraine"], day("2023-07-11", "On Tuesday"), "held",
            "France to supply long-range SCALP cruise missiles, announced by Macron",
            ev("On Tuesday, Germany said it would send Ukraine a package worth nearly €700 million, including two more Patriot launchers and 40 Marder fighting vehicles, and President Emmanuel Macron announced that France would supply long-range SCALP cruise missiles.")),
        dip("talks", ["Turkey", "Sweden", "NATO"], day("2023-07-10", "on Monday evening"), "held",
            "Erdogan's talks with Ulf Kristersson and Stoltenberg, after which he agreed to send Sweden's membership bid to parliament",
            ev("The gathering was shaped by a surprise on Monday evening, when President Recep Tayyip Erdogan of Turkey agreed, after talks with Sweden's prime minister, Ulf Kristersson, and Stoltenberg, to send Sweden's membership bid to his parliament.")),
        dip("summit", ["NATO", "United States"], month("2024-07-01", "2024-07-31", "next July"), "planned",
            "NATO's next summit in Washington, marking the alliance's 75th anniversary",
            ev("The next summit will be held in Washington next July, marking the alliance's 75th anniversary."),
            location=loc("Washington", None, "United States")),
    ])

# --------------------------------------------------------------------------- yr08
GOLD["yr08_thelondonobserverweekly_jeddah_talks"] = dict(
    notes="British weekly (Sunday 6 August 2023): the Jeddah talks that ended 'on Sunday' (two days: 5-6 August, range; "
          "talks, held; Saudi Arabia chairs and hosts, rule 15; the participants named, eight at most: no Russia); "
          "Russia's 40 missiles and 'some 30' Shahed drones 'Overnight into Sunday', 30 and 27 destroyed (country "
          "record, rule 3; 'some 30' is about, rule 7); the Khmelnytskyi region's airfield near Starokostiantyniv (its "
          "one struck locality, rule 3; the weapons taken from the sentence before, which tells the same wave, rule 8); "
          "the strike on a blood transfusion centre in Kupiansk ('two medical workers' killed; 'injured more' is no "
          "number; kind other, no weapon named, rule 8; dated with the night's words, told in the same sentence). "
          "Optional: the first round 'in Copenhagen in June' (background, rule 17; Denmark hosts). Not coded: 'further "
          "consultations through working groups' with 'no date or venue', the third round 'floated but not agreed' "
          "(no proposer, no date: rule 13), Peskov's and Yermak's words.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA],
               night("2023-08-05", "2023-08-06", "Overnight into Sunday"),
               [{"type": "missile", "launched": cnt(40, "40"), "intercepted": cnt(30, "30")},
                {"type": "drone", "model": "Shahed", "launched": cnt(30, "some 30", "about"), "intercepted": cnt(27, "27")}],
               ev("Overnight into Sunday, Russia launched 40 missiles and some 30 Shahed drones at Ukraine.",
                  "Ukraine's air force claimed to have destroyed 30 of the missiles and 27 of the drones."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Starokostiantyniv", "Khmelnytskyi", "Ukraine")],
               night("2023-08-05", "2023-08-06", "Overnight into Sunday"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("The Khmelnytskyi region in the west came under particular fire, with a military airfield near Starokostiantyniv apparently targeted, regional officials said, while in Kupiansk a Russian strike on a blood transfusion centre killed two medical workers and injured more, the interior ministry said."),
               damage=["military airfield"], reported_by=["regional officials"]),
        attack("Russia", "Ukraine", "other", [loc("Kupiansk", "Kharkiv", "Ukraine")],
               night("2023-08-05", "2023-08-06", "As the delegates met"),
               [],
               ev("The Khmelnytskyi region in the west came under particular fire, with a military airfield near Starokostiantyniv apparently targeted, regional officials said, while in Kupiansk a Russian strike on a blood transfusion centre killed two medical workers and injured more, the interior ministry said."),
               killed=cnt(2, "two medical workers"), damage=["blood transfusion centre"],
               reported_by=["interior ministry"]),
    ],
    diplomacy=[
        dip("talks", ["Saudi Arabia", "Ukraine", "United States", "United Kingdom", "China", "India", "Brazil", "South Africa"],
            span("2023-08-05", "2023-08-06", "on Sunday"), "held",
            "Senior officials from some 40 countries, without Russia, discussed Kyiv's peace formula in Jeddah; Sullivan for the US, Li Hui for China, Yermak for Ukraine; no joint statement",
            ev("Senior officials from some 40 countries wrapped up two days of talks in Jeddah, on Saudi Arabia's Red Sea coast, on Sunday, agreeing to keep discussing a path to peace in Ukraine but reaching no joint statement.",
               "The national security advisers of the United States, Britain, India, Brazil and South Africa were among those who gathered under the chairmanship of Saudi Arabia."),
            location=loc("Jeddah", None, "Saudi Arabia")),
        dip("talks", ["Ukraine", "Denmark"], month("2023-06-01", "2023-06-30", "in June"), "held",
            "A first round of talks on the peace formula in Copenhagen, without China",
            ev("China, which stayed away from a first round held in Copenhagen in June, sent Li Hui, its envoy on Eurasian affairs, a move Ukrainian officials hailed as a diplomatic gain."),
            location=loc("Copenhagen", None, "Denmark"), optional=True),
    ])

# --------------------------------------------------------------------------- yr09
GOLD["yr09_ubcnews_zelensky_washington"] = dict(
    notes="US broadcaster's website (Thursday 21 September 2023): Zelensky's visit to Washington 'on Thursday' (visit, "
          "held; his meetings with senators, McCarthy and Biden are part of it, rule 14); Biden's $325 million package "
          "(military_aid, held, rule 16); the UN Security Council meeting 'On Wednesday' (meeting, held; at the UN in New "
          "York, the organisation's seat: no host state, rule 15); talks with Lula 'at a Manhattan hotel' (talks, held; "
          "the United States hosts by its city, rule 15); the visit to Ottawa 'On Friday' (visit, planned: the article "
          "calls it a visit, rule 14; 22 September); Russia's 43 cruise missiles 'early on Thursday', 36 shot down "
          "(country record, rule 3); shelling in Kherson ('two people' killed, 'four' injured; dated by the sentence "
          "before, the same morning's report). Optional: the first wartime trip 'last December' (background visit, "
          "December 2022, rule 11 and 17). Not coded: the White House's request to Congress for $24 billion (a request "
          "inside one state, no decision), Zelensky's plea and Schumer's quote (statements), ATACMS not included.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [UA], day("2023-09-21", "early on Thursday"),
               [{"type": "cruise_missile", "launched": cnt(43, "43"), "intercepted": cnt(36, "36")}],
               ev("Back home, Russia fired 43 cruise missiles at cities across Ukraine early on Thursday, the air force said, claiming 36 of them were shot down."),
               reported_by=["air force"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2023-09-21", "early on Thursday"),
               [{"type": "artillery"}],
               ev("In the southern city of Kherson, shelling killed two people and injured four, said Oleksandr Prokudin, the regional governor."),
               killed=cnt(2, "two people"), injured=cnt(4, "four"), reported_by=["Oleksandr Prokudin"]),
    ],
    diplomacy=[
        dip("visit", ["Ukraine", "United States"], day("2023-09-21", "on Thursday"), "held",
            "Zelensky's visit to Washington: Capitol Hill meetings with senators and Speaker McCarthy, then the White House with Biden",
            ev("WASHINGTON — President Volodymyr Zelensky went to Capitol Hill on Thursday to plead with sceptical Republicans for continued American support, then travelled to the White House, where President Joe Biden announced a further $325 million in military aid for Ukraine.",
               "This time Zelensky met senators of both parties behind closed doors and then sat down separately with the House speaker, Kevin McCarthy, who had refused his request for a televised address to the chamber."),
            location=loc("Washington", None, "United States")),
        dip("military_aid", ["United States", "Ukraine"], day("2023-09-21", "on Thursday"), "held",
            "A further $325 million US military aid package: artillery rounds, cluster munitions and air defence equipment",
            ev("WASHINGTON — President Volodymyr Zelensky went to Capitol Hill on Thursday to plead with sceptical Republicans for continued American support, then travelled to the White House, where President Joe Biden announced a further $325 million in military aid for Ukraine.",
               "The new package includes artillery rounds, cluster munitions and a second battery of air defence equipment, officials said, though not the long-range ATACMS missiles Kyiv has sought.")),
        dip("meeting", ["UN Security Council", "Ukraine"], day("2023-09-20", "On Wednesday"), "held",
            "Zelensky took part in a meeting of the UN Security Council, with Russia's ambassador Nebenzya present",
            ev("On Wednesday he took part in a meeting of the UN Security Council, where he sat a few seats from Russia's ambassador, Vasily Nebenzya, and later, at a Manhattan hotel, held talks with Brazil's Lula da Silva, their first face-to-face meeting."),
            location=loc("New York", None, "United States")),
        dip("talks", ["Ukraine", "Brazil", "United States"], day("2023-09-20", "On Wednesday"), "held",
            "Zelensky's first face-to-face talks with Brazil's president Lula da Silva, at a Manhattan hotel",
            ev("On Wednesday he took part in a meeting of the UN Security Council, where he sat a few seats from Russia's ambassador, Vasily Nebenzya, and later, at a Manhattan hotel, held talks with Brazil's Lula da Silva, their first face-to-face meeting."),
            location=loc("New York", None, "United States")),
        dip("visit", ["Ukraine", "Canada"], day("2023-09-22", "On Friday"), "planned",
            "Zelensky's first wartime visit to Ottawa, to meet Justin Trudeau and address parliament",
            ev("On Friday he is due to make his first wartime visit to Ottawa, where he will meet the Canadian prime minister, Justin Trudeau, and address parliament."),
            location=loc("Ottawa", None, "Canada")),
        dip("visit", ["Ukraine", "United States"], month("2022-12-01", "2022-12-31", "last December"), "held",
            "Zelensky's first wartime trip to Washington, when he addressed a joint session of Congress",
            ev("It was the Ukrainian leader's second wartime trip to Washington, and a markedly cooler one than his first, last December, when he addressed a joint session of Congress."),
            location=loc("Washington", None, "United States"), optional=True),
    ])

# --------------------------------------------------------------------------- yr10
GOLD["yr10_thedailycourier_sochi_talks"] = dict(
    notes="Newspaper (Monday 4 September 2023): Putin's talks with Erdogan in Sochi 'on Monday' (talks, held; Russia "
          "hosts and is a side); Russia's proposal of a million tonnes of grain to Turkey for processing, with Qatar "
          "paying for deliveries (a deal put to the other side: agreement, proposed, rules 13, 14, 16; rule 14 has no kind proposal); 32 Shahed drones 'Overnight' "
          "at the Odesa and Kyiv regions, 22 destroyed (a tally over two regions is the country record, rule 3); "
          "'Several of them' on the port of Izmail ('Two people' injured; no count of drones, rule 9). Optional: "
          "Fidan's talks with Lavrov in Moscow 'days' before (background, rule 17; no date); Guterres's letter "
          "offering help to Russian exports for a return to the deal (agreement, proposed; undated background); Moscow quitting "
          "the corridor 'in July' (agreement, cancelled; background). Not coded: 'close to agreeing free supplies to "
          "six African states' (no agreement yet, no named state), Erdogan's 'would soon put new proposals' (no "
          "content, no date: a stance, rule 13), Romania's denial, Putin's refusal to return (a stance).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2023-09-03", "2023-09-04", "Overnight"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(32, "32"), "intercepted": cnt(22, "22")}],
               ev("Overnight Russia launched 32 Shahed drones at the Odesa and Kyiv regions, Ukraine's air force said, of which 22 were destroyed."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               night("2023-09-03", "2023-09-04", "Overnight"),
               [{"type": "drone", "model": "Shahed"}],
               ev("Several of them struck the Danube port of Izmail, damaging grain silos, a passenger terminal and farm machinery, according to Oleh Kiper, the Odesa regional governor. Two people were injured."),
               injured=cnt(2, "Two people"),
               damage=["grain silos", "passenger terminal", "farm machinery"], reported_by=["Oleh Kiper"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Turkey"], day("2023-09-04", "on Monday"), "held",
            "Putin and Erdogan held talks at Putin's residence in Sochi; Putin refused to return to the grain deal",
            ev("Vladimir Putin told Recep Tayyip Erdogan on Monday that Russia would not return to the Black Sea grain deal until the West met its demands, dashing Turkish hopes of an early revival of the arrangement.",
               "The two presidents held talks at Putin's residence in the Black Sea resort of Sochi, the first time they had met in person since Erdogan won re-election in May."),
            location=loc("Sochi", None, "Russia")),
        dip("agreement", ["Russia", "Turkey", "Qatar"], day("2023-09-04", "on Monday"), "proposed",
            "Russia proposed sending one million tonnes of grain at a discount to Turkey for processing, with Qatar paying for flour deliveries to the poorest countries",
            ev("Instead, Putin offered an alternative. Russia, he said, was proposing to send one million tonnes of its grain at a discount to Turkey for processing, with Qatar paying for deliveries of the flour to the poorest countries.")),
        dip("talks", ["Turkey", "Russia"], None, "held",
            "Turkish foreign minister Hakan Fidan's talks with Sergei Lavrov in Moscow, days before the Sochi meeting",
            ev("The meeting came days after Hakan Fidan, Turkey's foreign minister, held talks in Moscow with his Russian counterpart, Sergei Lavrov."),
            location=loc("Moscow", None, "Russia"), optional=True),
        dip("agreement", ["United Nations", "Russia"], None, "proposed",
            "Guterres's letter to Lavrov offering help for Russian agricultural exports in exchange for a return to the grain deal",
            ev("The United Nations secretary general, António Guterres, has sent Lavrov a letter offering to help Russian agricultural exports reach world markets in exchange for a return to the deal."),
            optional=True),
        dip("agreement", ["Russia", "Ukraine", "Turkey", "United Nations"], month("2023-07-01", "2023-07-31", "in July"), "cancelled",
            "Moscow quit the Black Sea grain corridor deal",
            ev("Erdogan had travelled to Russia hoping to restore the corridor, which Moscow quit in July."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yr11
GOLD["yr11_northstarradio_uae_exchange"] = dict(
    notes="Public radio website (Sunday 11 June 2023): the exchange of 95 for 95 'on Sunday' (prisoner_exchange, held; "
          "the UAE as go-between is a participant, rule 15); Zelensky's call with Mohamed bin Zayed 'Later on Sunday', "
          "announced by Kyiv only (phone_call, held: one side's account is enough, 'Abu Dhabi did not publish its own "
          "account' does not deny it). Optional: the swap 'last December' that freed an American basketball player for "
          "a Russian arms dealer (background, rule 17; the UAE helped; December 2022, rule 11). Not coded: Lubinets's "
          "request to the Red Cross (a demand, rule 13), 'preparations for another swap' with no date (no event with "
          "a date or firm day), the 2,500 freed since February 2022 (a cumulative tally, no one event).",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2023-06-11", "on Sunday"), "held",
            "95 Ukrainian prisoners of war, including Mariupol defenders and 11 wounded, exchanged for 95 Russian servicemen with UAE mediation",
            ev("Ninety-five Ukrainian prisoners of war came home on Sunday in an exchange with Russia in which the United Arab Emirates acted as go-between, Ukrainian officials said.",
               "Russia received 95 of its servicemen in return, its defence ministry confirmed in a brief statement, thanking the Emirati side for its \"humanitarian mediation\".")),
        dip("phone_call", ["Ukraine", "United Arab Emirates"], day("2023-06-11", "Later on Sunday"), "held",
            "Zelensky called UAE president Mohamed bin Zayed to thank him for the exchange; food security discussed (Kyiv's account only)",
            ev("Later on Sunday, President Volodymyr Zelensky said he had called the Emirati leader, Mohamed bin Zayed, to thank him for the country's role in bringing the men home.",
               "The two also discussed food security, Zelensky wrote.")),
        dip("prisoner_exchange", ["United States", "Russia", "United Arab Emirates"], month("2022-12-01", "2022-12-31", "last December"), "held",
            "The swap that freed an American basketball player held in Russia for a Russian arms dealer, brokered with UAE help",
            ev("The UAE, on good terms with Moscow and Kyiv alike, has quietly helped broker several swaps since February 2022, including one last December that freed an American basketball player held in Russia in return for a Russian arms dealer."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yr12
GOLD["yr12_eveningstandardarts_kyiv_ballet_tour"] = dict(
    notes="Arts page (Tuesday 10 October 2023): control, no record at all. A Kyiv ballet company's British tour "
          "opening 'on 24 November' is a cultural tour, not an event between states; the war appears only as "
          "background (the invasion, rising costs, online lessons in Kharkiv): no attack, no diplomacy (rules 5 and 13).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("pokrovsk-2023-08-07", "Two Iskander missiles on an apartment block in Pokrovsk, evening of 7 August 2023 (a TV website and a digest)",
     [("yr01_wkrtnews_pokrovsk_block", "attack", 0), ("yr03_capitolwire_war_at_a_glance", "attack", 0)]),
    ("crimean-bridge-2023-07-17", "Ukrainian sea drones on the Crimean (Kerch) bridge, 17 July 2023",
     [("yr02_thesaturdayledger_grain_war", "attack", 2), ("yr05_thebritishherald_crimean_bridge", "attack", 0)]),
    ("jeddah-2023-08-05", "The Jeddah meeting of security advisers on Ukraine's peace formula, 5-6 August 2023 (planned in one article, held in two)",
     [("yr02_thesaturdayledger_grain_war", "diplomacy", 0), ("yr03_capitolwire_war_at_a_glance", "diplomacy", 2),
      ("yr08_thelondonobserverweekly_jeddah_talks", "diplomacy", 0)]),
    ("grain-deal-exit-2023-07-17", "Russia's withdrawal from the Black Sea grain initiative, 17 July 2023",
     [("yr02_thesaturdayledger_grain_war", "diplomacy", 1), ("yr05_thebritishherald_crimean_bridge", "diplomacy", 0),
      ("yr10_thedailycourier_sochi_talks", "diplomacy", 4)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev43 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV43 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV43, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
