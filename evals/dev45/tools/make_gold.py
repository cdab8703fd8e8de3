"""Write evals/dev45/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev45 on 4 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV45 = ROOT / "evals" / "dev45"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt  # noqa: E402


def span(a: str, b: str, text: str) -> dict:
    """An event of two named days ("on 23 and 24 June")."""
    return {"start": a, "end": b, "precision": "range", "text": text}


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yt01
GOLD["yt01_northwirereport_kramatorsk_station"] = dict(
    notes="Wire story (Friday 8 April 2022) with a toll revised twice: the Kramatorsk station strike (one city record, "
          "rule 1; the first figures, 'At least 30' killed and 'more than 100' wounded, are the counts, rule 6, the later "
          "39 and 50 are evidence; children_killed from the first child figure, 'four of them children'; a Tochka-U is a "
          "ballistic_missile, rule 9; 'A rocket' with the indefinite article carries no launched count; Russia denies, so "
          "the attacker is the target's opponent, rule 12). Optional: von der Leyen 'in Kyiv on Friday' (a visit told "
          "only as scene, rule 17). Not coded: the Russian denial and the French ministry's statement (reactions, rule 13), "
          "the withdrawal from the Kyiv area (ground movement, rule 5), evacuation trains (no event).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kramatorsk", "Donetsk", "Ukraine")], day("2022-04-08", "early on Friday"),
               [{"type": "ballistic_missile", "model": "Tochka-U"}],
               ev("A rocket exploded outside Kramatorsk's railway terminal early on Friday",
                  "At least 30 people were killed and more than 100 wounded, Ukraine's state railway company said in a first statement shortly after ten in the morning.",
                  "Fragments of a Tochka-U missile lay near the station building"),
               killed=cnt(30, "At least 30", "at_least"), injured=cnt(100, "more than 100", "more_than"),
               children_killed=cnt(4, "four of them children"), damage=["railway station"],
               reported_by=["Ukrainian state railway company", "Pavlo Kyrylenko"]),
    ],
    diplomacy=[
        dip("visit", ["European Union", "Ukraine"], day("2022-04-08", "on Friday"), "held",
            "European Commission President Ursula von der Leyen in Kyiv",
            ev("The European Commission's president, Ursula von der Leyen, who was in Kyiv on Friday, called the attack despicable."),
            location=loc("Kyiv", None, "Ukraine"), optional=True),
    ])

# --------------------------------------------------------------------------- yt02
GOLD["yt02_continentalherald_kramatorsk_johnson"] = dict(
    notes="Newspaper (Saturday 9 April 2022): Johnson's unannounced visit to Kyiv (visit, held; his talks with Zelensky "
          "are part of the visit, rule 14); the new package of 120 armoured vehicles and anti-ship missile systems "
          "(military_aid, held, rule 16; no date in its sentence); the £100 million package 'the day before' (a separate "
          "aid decision, held, 8 April); Nehammer's visit to Kyiv (visit, held) and his trip to Moscow 'on Monday to meet "
          "Vladimir Putin' (talks, planned, 11 April: a trip told by its purpose of meeting, rule 14, confirmed by his "
          "office, rule 16). The Kramatorsk strike of Friday, told again (cluster with yt01): the first figure 'some 30 "
          "dead' is the count (about, rules 6-7), the 52 dead are an update; 'five children' and 'more than a hundred "
          "hurt' are the article's only such figures. Optional: the Istanbul round of 29 March (background, rule 17). "
          "Not coded: video contacts 'continuing' (no event told), Zelensky's demand and Johnson's words (statements), "
          "Johnson's intent to press the G7 (stance, rule 13), the NLAW supplies 'since January' (no decision dated).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kramatorsk", "Donetsk", "Ukraine")], day("2022-04-08", "less than a day after"),
               [{"type": "ballistic_missile", "model": "Tochka-U"}],
               ev("less than a day after a missile killed dozens of people waiting for trains in the eastern city of Kramatorsk",
                  "Ukraine's railway operator had first spoken of some 30 dead on Friday morning; by Saturday regional authorities were reporting 52 dead, among them five children, with more than a hundred hurt.",
                  "A Tochka-U ballistic missile carrying cluster munitions exploded above the station forecourt, investigators said."),
               killed=cnt(30, "some 30 dead", "about"), injured=cnt(100, "more than a hundred hurt", "more_than"),
               children_killed=cnt(5, "five children"), damage=["station forecourt"],
               reported_by=["Ukraine's railway operator", "regional authorities"]),
    ],
    diplomacy=[
        dip("visit", ["United Kingdom", "Ukraine"], day("2022-04-09", "on Saturday"), "held",
            "Prime Minister Boris Johnson's unannounced visit to Kyiv, talks with Zelensky and a walk through the centre",
            ev("Boris Johnson turned up in Kyiv without warning on Saturday",
               "The British prime minister held talks with President Volodymyr Zelensky behind closed doors"),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["United Kingdom", "Ukraine"], None, "held",
            "A further British package: 120 armoured vehicles and new anti-ship missile systems",
            ev("Downing Street said Johnson had set out a further package of military assistance: 120 armoured vehicles and new anti-ship missile systems")),
        dip("military_aid", ["United Kingdom", "Ukraine"], day("2022-04-08", "the day before"), "held",
            "£100 million worth of British equipment",
            ev("on top of £100 million worth of equipment announced the day before")),
        dip("visit", ["Austria", "Ukraine"], day("2022-04-09", "on Saturday"), "held",
            "Austrian Chancellor Karl Nehammer's visit to Kyiv",
            ev("Austria's chancellor, Karl Nehammer, also came to Kyiv on Saturday"), location=loc("Kyiv", None, "Ukraine")),
        dip("talks", ["Austria", "Russia"], day("2022-04-11", "on Monday"), "planned",
            "Nehammer to travel to Moscow to meet Vladimir Putin",
            ev("is due to travel to Moscow on Monday to meet Vladimir Putin, his office confirmed"),
            location=loc("Moscow", None, "Russia")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2022-03-29", "on 29 March"), "held",
            "Ukrainian and Russian delegations met face to face in Istanbul",
            ev("Ukrainian and Russian negotiators have not met face to face since their delegations sat down in Istanbul on 29 March."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
    ])

# --------------------------------------------------------------------------- yt03
GOLD["yt03_meridianwire_mariupol_corridor"] = dict(
    notes="Wire (Sunday 6 March 2022): Sunday's shelling of Mariupol's assembly points (shelling_artillery, rule 8; no "
          "casualty figure for the day: the 1,500 since the start of the siege is a cumulative toll, not this event's, "
          "rule 6); overnight shelling of Balakliia, two killed (rule 1, governor Syniehubov). Diplomacy: the ceasefire for "
          "the corridor 'agreed with the Russian side' (agreement, held: it was reached, whatever became of it, rule 16; "
          "dated by the day it covered); the third round 'set to take place on Monday' (talks, planned, 7 March; no place "
          "told for it, so no host); Macron's call with Putin on Sunday (phone_call, held). Optional: the second round on "
          "Thursday in the Brest region and the first at the Belarusian border on 28 February (background rounds, rule "
          "17; Belarus hosts, rule 15; the agreement in principle on corridors is part of the second round). Not coded: "
          "Saturday's failed arrangement (no separate event told beyond 'had failed'), the Red Cross remark and mutual "
          "accusations (statements, rule 13), Macron's requests (demands).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Mariupol", "Donetsk", "Ukraine")], day("2022-03-06", "on Sunday"),
               [{"type": "artillery"}],
               ev("as artillery fire resumed over the route that was meant to serve as a humanitarian corridor",
                  "Within hours, it said, the convoy could not move because Russian forces were shelling the assembly points."),
               reported_by=["Mariupol city council"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Balakliia", "Kharkiv", "Ukraine")], night("2022-03-05", "2022-03-06", "overnight"),
               [{"type": "artillery"}],
               ev("In the Kharkiv region, governor Oleh Syniehubov said overnight shelling had killed two people in the town of Balakliia."),
               killed=cnt(2, "two people"), reported_by=["Oleh Syniehubov"]),
    ],
    diplomacy=[
        dip("agreement", ["Ukraine", "Russia"], day("2022-03-06", "from 10 a.m. to 9 p.m."), "held",
            "Ceasefire for the Mariupol humanitarian corridor agreed with the Russian side",
            ev("The city council had announced a ceasefire from 10 a.m. to 9 p.m. local time, agreed with the Russian side, so that around 200,000 people could leave by bus and private car towards Zaporizhzhia.")),
        dip("talks", ["Ukraine", "Russia", "Belarus"], day("2022-03-03", "on Thursday"), "held",
            "Second round of talks between the delegations in the Brest region of Belarus; agreed in principle to organise corridors",
            ev("Delegations of the two countries met for a second time on Thursday in the Brest region of Belarus"),
            location=loc("Brest", None, "Belarus", "region"), optional=True),
        dip("talks", ["Ukraine", "Russia", "Belarus"], day("2022-02-28", "on 28 February"), "held",
            "First round of talks at the Belarusian border",
            ev("after a first round at the Belarusian border on 28 February"), optional=True),
        dip("talks", ["Ukraine", "Russia"], day("2022-03-07", "on Monday"), "planned",
            "Third round of Ukrainian-Russian talks",
            ev("A third round is set to take place on Monday, Ukrainian negotiator Mykhailo Podolyak said.")),
        dip("phone_call", ["France", "Russia"], day("2022-03-06", "on Sunday"), "held",
            "Macron's call of almost two hours with Putin on civilians' safe passage and nuclear facilities",
            ev("French President Emmanuel Macron spoke with Vladimir Putin by telephone for almost two hours on Sunday, the Elysee said")),
    ])

# --------------------------------------------------------------------------- yt04
GOLD["yt04_bosporusdaily_istanbul_talks"] = dict(
    notes="Turkish paper (Tuesday 29 March 2022): the Istanbul round at the Dolmabahce Palace (talks, held; Turkey hosts, "
          "rule 15; Erdogan's opening is part of it); Ukraine's written neutrality proposal (proposal, proposed: tabled, "
          "not agreed, rule 13). The Mykolaiv regional administration strike: 'at least seven' killed and 33 injured are "
          "the first figures (rule 6; twelve bodies is an update); 'a missile' is uncounted (rule 9). Optional: the "
          "Antalya meeting of 10 March (background, rule 17, Turkey hosts) and the delegations 'expected to meet again' "
          "with no date (weak intent, rule 16). Not coded: Medinsky's announcement of cutting activity near Kyiv "
          "(a statement), Ukrainian officials' doubts, a ministers' or presidents' meeting that 'could follow' (stance, "
          "rule 13), Turkey's offer as venue in general (stance).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Mykolaiv", "Mykolaiv", "Ukraine")], day("2022-03-29", "in the morning"),
               [{"type": "missile"}],
               ev("In Mykolaiv, a missile blew a hole through the nine-storey regional administration in the morning, as staff were arriving for work.",
                  "Governor Vitaliy Kim said at least seven people had died; by evening rescuers had recovered twelve bodies and 33 people had been injured."),
               killed=cnt(7, "at least seven people", "at_least"), injured=cnt(33, "33 people"),
               damage=["regional administration building"], reported_by=["Vitaliy Kim"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2022-03-29", "on Tuesday"), "held",
            "Russian and Ukrainian delegations met for about three hours at the Dolmabahce Palace, opened by Erdogan",
            ev("For roughly three hours on Tuesday, Russian and Ukrainian delegations sat together at the Dolmabahce Palace, in the first face-to-face round since early March, with Turkish President Recep Tayyip Erdogan opening the meeting."),
            location=loc("Istanbul", None, "Turkey")),
        dip("proposal", ["Ukraine", "Russia"], day("2022-03-29", "on Tuesday"), "proposed",
            "Ukraine's written proposal: neutral, non-nuclear status with guarantor countries; Crimea discussed over fifteen years",
            ev("Ukraine's negotiators put forward a written proposal: Kyiv would adopt a neutral, non-nuclear status and forgo joining military blocs, provided a group of guarantor countries, possibly including Turkey, Britain and the United States, committed to defend it in case of attack.")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2022-03-10", "on 10 March"), "held",
            "Kuleba and Lavrov met in Antalya, brought together by Cavusoglu",
            ev("The ministers Dmytro Kuleba and Sergei Lavrov had failed to make progress when Turkish Foreign Minister Mevlut Cavusoglu brought them together in Antalya on 10 March."),
            location=loc("Antalya", None, "Turkey"), optional=True),
        dip("talks", ["Ukraine", "Russia"], None, "planned",
            "The delegations expected to meet again; no date set",
            ev("The delegations are expected to meet again, Turkish officials said, though no date was set."), optional=True),
    ])

# --------------------------------------------------------------------------- yt05
GOLD["yt05_alpinepost_leaders_train"] = dict(
    notes="Swiss paper (Thursday 16 June 2022): the Kyiv visit of Macron, Scholz and Draghi, joined by Iohannis (one visit, "
          "held; their meeting with Zelensky and the grain discussion are part of it, rule 14); France's six more Caesar "
          "howitzers (military_aid, held: announced, rule 16); the EU summit in Brussels on 23-24 June and the G7 summit "
          "at Schloss Elmau from 26 June (summits, planned, with dates and places). Lysychansk shelled on Wednesday: three "
          "killed, a seven-year-old girl among them (children_killed = 1, rule 6), seven injured. Optional: the "
          "Commission 'expected to recommend' candidate status on Friday (a recommendation, debatable as a proposal). Not "
          "coded: support for candidate status (stance, rule 13), Scholz's phone calls with Putin 'several times' "
          "(no dates, vague background), Sievierodonetsk under control and civilians in Azot (ground fighting, rule 5).",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Lysychansk", "Luhansk", "Ukraine")], day("2022-06-15", "throughout Wednesday"),
               [{"type": "artillery"}],
               ev("Luhansk governor Serhiy Haidai said Russian artillery had pounded Lysychansk throughout Wednesday, killing three people, a girl aged seven among them, and injuring seven."),
               killed=cnt(3, "three people"), children_killed=cnt(1, "a girl aged seven"), injured=cnt(7, "seven"),
               reported_by=["Serhiy Haidai"]),
    ],
    diplomacy=[
        dip("visit", ["France", "Germany", "Italy", "Romania", "Ukraine"], day("2022-06-16", "on Thursday morning"), "held",
            "Macron, Scholz and Draghi, joined by Iohannis, visited Kyiv and Irpin and met Zelensky",
            ev("The leaders of France, Germany and Italy arrived in Kyiv on Thursday morning after an overnight journey by special train from Poland, their first visit to Ukraine since the Russian invasion began.",
               "Emmanuel Macron, Olaf Scholz and Mario Draghi, later joined by Romanian President Klaus Iohannis, toured the ruined suburb of Irpin before meeting President Volodymyr Zelensky at the Mariinsky Palace."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["France", "Ukraine"], None, "held",
            "Six more Caesar self-propelled howitzers from France",
            ev("Macron also announced that France would deliver six more Caesar self-propelled howitzers, in addition to the twelve it has already sent.")),
        dip("summit", ["European Union"], span("2022-06-23", "2022-06-24", "on 23 and 24 June"), "planned",
            "EU leaders' summit in Brussels to take up Ukraine's candidacy",
            ev("European leaders will take up the candidacy question at a summit in Brussels on 23 and 24 June"),
            location=loc("Brussels", None, "Belgium")),
        dip("summit", ["G7", "Germany"], day("2022-06-26", "from 26 June"), "planned",
            "G7 leaders' summit at Schloss Elmau in Bavaria",
            ev("G7 leaders gather at Schloss Elmau in Bavaria from 26 June"),
            location=loc("Schloss Elmau", "Bavaria", "Germany", "site")),
        dip("proposal", ["European Union", "Ukraine"], day("2022-06-17", "on Friday"), "planned",
            "The European Commission expected to recommend candidate status for Ukraine",
            ev("a step the European Commission is expected to recommend on Friday"), optional=True),
    ])

# --------------------------------------------------------------------------- yt06
GOLD["yt06_levantwire_grain_deal"] = dict(
    notes="Wire (Friday 22 July 2022): the grain agreements signed at the Dolmabahce Palace (agreement, held; Ukraine and "
          "Russia signed mirror documents with Turkey and the UN, the mediators and hosts, rule 15: one record, as the "
          "article tells one signing); the parallel Russia-UN memorandum on food and fertiliser (agreement, held: a "
          "different document between different parties). Mykolaiv shelled overnight with multiple rocket launchers "
          "(shelling_artillery, rule 8; four injured; a school and houses damaged; Kim). Optional: the military "
          "delegations' meeting in Istanbul on 13 July (background, rule 17; Turkey hosts). Not coded: the coordination "
          "centre 'will be set up' (a term of the deal), Kyiv's warning and Podolyak's post (statements), markets.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Mykolaiv", "Mykolaiv", "Ukraine")], night("2022-07-21", "2022-07-22", "overnight"),
               [{"type": "artillery"}],
               ev("In Mykolaiv, governor Vitaliy Kim said Russian forces had shelled the city overnight with multiple rocket launchers, injuring four people; a school and several houses were damaged."),
               injured=cnt(4, "four people"), damage=["school", "several houses"], reported_by=["Vitaliy Kim"]),
    ],
    diplomacy=[
        dip("agreement", ["Ukraine", "Russia", "Turkey", "United Nations"], day("2022-07-22", "on Friday"), "held",
            "Ukraine and Russia signed separate agreements with Turkey and the UN to reopen three Black Sea ports to grain exports; Shoigu and Kubrakov signed in the presence of Guterres and Erdogan",
            ev("Ukraine and Russia signed separate agreements with Turkey and the United Nations on Friday that should reopen three Ukrainian Black Sea ports to grain exports, ending a blockade that has pushed up food prices worldwide.",
               "UN Secretary-General Antonio Guterres and Turkish President Recep Tayyip Erdogan attended the ceremony in the Dolmabahce Palace"),
            location=loc("Istanbul", None, "Turkey")),
        dip("agreement", ["Russia", "United Nations"], day("2022-07-22", "on Friday"), "held",
            "Memorandum between Russia and the UN on facilitating Russian food and fertiliser sales",
            ev("A parallel memorandum between Russia and the UN on facilitating Russian food and fertiliser sales was also signed, officials said.")),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2022-07-13", "on 13 July"), "held",
            "Meeting of military delegations in Istanbul, hosted by the Turkish defence ministry",
            ev("The talks leading to the deal began with a meeting of military delegations in Istanbul on 13 July, hosted by the Turkish defence ministry."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
    ])

# --------------------------------------------------------------------------- yt07
GOLD["yt07_gulfcorrespondent_azovstal_exchange"] = dict(
    notes="Gulf paper (Thursday 22 September 2022): the exchange of 215 Ukrainians, Azovstal commanders among them, for 55 "
          "Russians and Medvedchuk on Wednesday night (prisoner_exchange, held; Saudi Arabia and Turkey mediated, rule 15; "
          "the five officers staying in Turkey are a term of it); Kuleba's meeting with Blinken in New York on Wednesday "
          "(talks: a ministers' meeting, rule 14). The Zaporizhzhia hotel strike (S-300 is `missile`, rule 9; one killed, "
          "five injured; 'The S-300 missiles' carry no count). Optional: the ten foreigners flown to Riyadh (a release "
          "mediated by Saudi Arabia, not told as an exchange: debatable kind). Not coded: Truss's thanks (statement), the "
          "mobilisation (no diplomacy), the May surrender (background, no record kind).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")], day("2022-09-22", "early on Thursday"),
               [{"type": "missile", "model": "S-300"}],
               ev("In Zaporizhzhia, regional governor Oleksandr Starukh said Russian missiles had hit a central hotel early on Thursday; one person died and five were wounded",
                  "The S-300 missiles, he said, had been launched from the occupied part of the region."),
               killed=cnt(1, "one person"), injured=cnt(5, "five"), damage=["hotel"], reported_by=["Oleksandr Starukh"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "Saudi Arabia", "Turkey"], day("2022-09-21", "on Wednesday night"), "held",
            "215 Ukrainians, including Azovstal commanders, exchanged for 55 Russians and Viktor Medvedchuk; five officers to stay in Turkey",
            ev("Ukraine has brought home 215 of its people, among them the officers who commanded the Mariupol garrison at the Azovstal plant, in the biggest swap since February, Volodymyr Zelensky announced on Thursday.",
               "The swap took place on Wednesday night, with Saudi Arabia and Turkey acting as mediators.")),
        dip("talks", ["Ukraine", "United States"], day("2022-09-21", "on Wednesday"), "held",
            "Foreign Minister Dmytro Kuleba met Secretary of State Antony Blinken in New York",
            ev("On the sidelines of the annual UN gathering in New York, Foreign Minister Dmytro Kuleba met Secretary of State Antony Blinken on Wednesday."),
            location=loc("New York", None, "United States")),
        dip("prisoner_exchange", ["Russia", "Saudi Arabia"], None, "held",
            "Ten foreign nationals captured fighting for Ukraine flown to Riyadh",
            ev("Separately, ten foreign nationals captured while fighting for Ukraine, five of them British and two American, arrived in the Saudi capital aboard a government jet."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yt08
GOLD["yt08_baltictimes_sixth_package"] = dict(
    notes="Weekly (Friday 3 June 2022): the EU's sixth sanctions package formally adopted on Friday (sanctions, held; "
          "the EU and Russia, rule 15); the leaders' summit in Brussels on Monday night that reached the political deal "
          "(summit, held, 30 May: told as the step before adoption, not scene-setting). Optional: the Commission's "
          "proposal a month earlier (background, rule 17) and the EU ambassadors' meeting on Wednesday (an internal "
          "meeting; debatable as diplomacy). Not coded: Britain's coordination on insurance (intent with no date: "
          "stance, rule 13), Kremlin, Shmyhal and Zelensky remarks (statements), a seventh package not started, the "
          "dropped listing of Kirill (part of the package). No attack.",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2022-06-03", "on Friday"), "held",
            "Sixth package: embargo on seaborne Russian crude and products, Sberbank cut from SWIFT, three broadcasters banned",
            ev("European Union governments formally adopted on Friday a sixth package of sanctions against Russia that bans most imports of Russian oil, a month after the European Commission first proposed it.")),
        dip("summit", ["European Union"], day("2022-05-30", "on Monday night"), "held",
            "EU leaders reached a political deal on the oil embargo at their summit in Brussels",
            ev("Leaders reached a political deal at their summit in Brussels on Monday night."),
            location=loc("Brussels", None, "Belgium")),
        dip("sanctions", ["European Union", "Russia"], None, "proposed",
            "The Commission first proposed the package a month earlier",
            ev("a month after the European Commission first proposed it"), optional=True),
        dip("talks", ["European Union"], day("2022-06-08", "on Wednesday"), "planned",
            "EU ambassadors to meet again",
            ev("EU ambassadors are due to meet again on Wednesday."), optional=True),
    ])

# --------------------------------------------------------------------------- yt09
N_KYIV = day("2022-10-10", "on Monday")
GOLD["yt09_northwirereport_october_barrage"] = dict(
    notes="Wire (Monday 10 October 2022): the nationwide wave (country record, rule 3: 84 cruise missiles, 43 downed; 24 "
          "drones, 13 downed, Shahed-136 as the model of the drone entry, rule 9); Kyiv (missiles, 'at least five' killed "
          "and 12 injured are the first figures, rule 6; the police's eight and 24 are an update); Dnipro (three dead; no "
          "weapon in its sentences: `other`, rule 8); Lviv (energy infrastructure; 'Nobody was killed or injured' fills "
          "both zeros, rule 6). Diplomacy: Zelensky's calls with Macron and with Scholz (two phone_call records, held; no "
          "date words in their sentence); the G7 leaders' online meeting on Tuesday (summit, planned, 11 October; Ukraine "
          "takes part). Optional: Saturday's explosion on the Crimean Bridge (a place, no attacker or count told; "
          "Ukraine by rule 12, Russia as target by its Crimea clause) and Germany's IRIS-T 'would arrive within days' "
          "(delivery of an earlier promise). Not coded: Dnipro hit 'for the second day running' (no place of its own, no "
          "count), Putin's words (statement), school and energy advice.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N_KYIV,
               [{"type": "cruise_missile", "launched": cnt(84, "84"), "intercepted": cnt(43, "Forty-three")},
                {"type": "drone", "model": "Shahed-136", "launched": cnt(24, "24"), "intercepted": cnt(13, "13")}],
               ev("Russia fired 84 cruise missiles and 24 attack drones at Ukraine on Monday, hitting power stations and city centres from Lviv to Kharkiv in the heaviest bombardment in months, Ukrainian officials said.",
                  "Forty-three missiles and 13 drones were brought down by air defence, most of them Iranian-made Shahed-136s, according to the general staff."),
               reported_by=["General Staff of the Armed Forces of Ukraine"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")], day("2022-10-10", "during the morning rush hour"),
               [{"type": "missile"}],
               ev("In Kyiv, missiles landed during the morning rush hour near a children's playground in Shevchenko Park and on a busy intersection.",
                  "Mayor Vitali Klitschko said at least five people had been killed and 12 injured in the capital; the national police later gave a toll of eight dead and 24 wounded."),
               killed=cnt(5, "at least five people", "at_least"), injured=cnt(12, "12"),
               damage=["children's playground in Shevchenko Park", "intersection"], reported_by=["Vitali Klitschko"]),
        attack("Russia", "Ukraine", "other", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")], N_KYIV, [],
               ev("Dnipro was hit for the second day running.",
                  "Regional governor Valentyn Reznichenko said three people had died there, and a bus was burnt out on a main street."),
               killed=cnt(3, "three people"), damage=["bus"], reported_by=["Valentyn Reznichenko"]),
        attack("Russia", "Ukraine", "other", [loc("Lviv", "Lviv", "Ukraine")], N_KYIV, [],
               ev("In Lviv, in the west, strikes on energy infrastructure left parts of the city without electricity or hot water, Mayor Andriy Sadovyi said.",
                  "Nobody was killed or injured there, he added."),
               killed=cnt(0, "Nobody was killed or injured"), injured=cnt(0, "Nobody was killed or injured"),
               damage=["energy infrastructure"], reported_by=["Andriy Sadovyi"]),
        attack("Ukraine", "Russia", "other", [loc("Crimean Bridge", "Crimea", "Ukraine", "site")], day("2022-10-08", "Saturday's"), [],
               ev("Vladimir Putin said the attack was revenge for Saturday's explosion on the Crimean Bridge."), optional=True),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "France"], None, "held",
            "Zelensky's call with Emmanuel Macron on air defence",
            ev("In calls with Emmanuel Macron of France and Germany's Olaf Scholz, Zelensky said, air defence was the first priority.")),
        dip("phone_call", ["Ukraine", "Germany"], None, "held",
            "Zelensky's call with Olaf Scholz on air defence",
            ev("In calls with Emmanuel Macron of France and Germany's Olaf Scholz, Zelensky said, air defence was the first priority.")),
        dip("summit", ["G7", "Ukraine"], day("2022-10-11", "on Tuesday"), "planned",
            "Extraordinary online meeting of G7 leaders, with Zelensky joining; Germany chairs",
            ev("Berlin, which chairs the Group of Seven this year, said the group's leaders would convene an extraordinary online meeting on Tuesday that Zelensky is to join.")),
        dip("military_aid", ["Germany", "Ukraine"], None, "held",
            "The first of four promised IRIS-T air defence systems to arrive within days",
            ev("Germany said the first of four IRIS-T air defence systems it has promised would arrive within days."), optional=True),
    ])

# --------------------------------------------------------------------------- yt10
MON = day("2022-10-17", "On Monday morning")
TUE = day("2022-10-18", "A day later")
TUE_EV = "A day later, missiles and drones struck power facilities in Kyiv, Dnipro and Zhytomyr."
GOLD["yt10_weeklydispatch_week_digest"] = dict(
    notes="Saturday digest (22 October 2022), seven numbered items. Item 1: Kyiv's drone strike on Monday 17 October (four "
          "killed, Klitschko) and the country record of that morning (43 drones launched, 37 downed, Shahed-136; rule 3). "
          "Item 2: Tuesday's strikes on power facilities in three cities, each its own record (rule 1: Kyiv with three "
          "deaths, Zhytomyr with its outage, Dnipro named; drone_and_missile, rule 8). Item 3: EU sanctions on Iran "
          "(sanctions, held, Thursday 20 October). Item 5: Austin's call with Shoigu (phone_call, held, Friday 21 "
          "October). Item 6: Mykolaiv shelled overnight into Saturday (two injured). Not coded: Truss's resignation "
          "(no diplomacy), the 30 percent figure (a cumulative state, rule 5), Tehran's denial (statement), the Kherson "
          "transfers (no record kind).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kyiv", "Kyiv", "Ukraine")], MON, [{"type": "drone"}],
               ev("On Monday morning, explosive drones dived on central Kyiv, one of them hitting a residential building near the main railway station.",
                  "Four people were killed, among them a young couple expecting a baby, Mayor Vitali Klitschko said."),
               killed=cnt(4, "Four people"), damage=["residential building"], reported_by=["Vitali Klitschko"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], MON,
               [{"type": "drone", "model": "Shahed-136", "launched": cnt(43, "43"), "intercepted": cnt(37, "37")}],
               ev("Of 43 drones launched across the country that morning, 37 were downed, the air force reported; most were Shahed-136s supplied by Iran."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], TUE, [{"type": "missile"}, {"type": "drone"}],
               ev(TUE_EV, "Three people died at an energy site in the capital."),
               killed=cnt(3, "Three people"), damage=["energy site"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")], TUE, [{"type": "missile"}, {"type": "drone"}],
               ev(TUE_EV), damage=["power facilities"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Zhytomyr", "Zhytomyr", "Ukraine")], TUE, [{"type": "missile"}, {"type": "drone"}],
               ev(TUE_EV, "Zhytomyr, a city of about 260,000, was left without electricity and water, its mayor said."),
               damage=["power facilities"], reported_by=["mayor of Zhytomyr"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Mykolaiv", "Mykolaiv", "Ukraine")], night("2022-10-21", "2022-10-22", "overnight into Saturday"),
               [{"type": "artillery"}],
               ev("Mykolaiv was shelled again overnight into Saturday.",
                  "Governor Vitaliy Kim said a five-storey building was hit and two people were injured."),
               injured=cnt(2, "two people"), damage=["five-storey building"], reported_by=["Vitaliy Kim"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Iran"], day("2022-10-20", "On Thursday"), "held",
            "EU asset freezes and travel bans on three Iranian generals and a Shahed drone manufacturer",
            ev("On Thursday the European Union imposed asset freezes and travel bans on three Iranian generals and a company that manufactures Shahed drones.")),
        dip("phone_call", ["United States", "Russia"], day("2022-10-21", "on Friday"), "held",
            "US Defense Secretary Lloyd Austin spoke with Sergei Shoigu, the first time since May",
            ev("US Defense Secretary Lloyd Austin spoke on Friday with his Russian counterpart, Sergei Shoigu, for the first time since May, the Pentagon said")),
    ])

# --------------------------------------------------------------------------- yt11
MON31 = day("2022-10-31", "Monday's")
GOLD["yt11_eastreview_analysis_blackouts"] = dict(
    notes="Analysis (Tuesday 1 November 2022) recalling earlier strikes. Monday 31 October: the nationwide wave (country "
          "record, 'more than 50' cruise missiles, 44 downed; rules 3, 7), Kyiv (a hit on left-bank infrastructure; "
          "cruise_missile from the sentence before, rule 8) and Kharkiv (two strikes on critical infrastructure, "
          "Syniehubov). Background with a place and a count: Kyiv on 10 October, eight killed (rule 5; cluster with "
          "yt09, whose first figure differs). The Sevastopol attack of Saturday 29 October told by Russia: 16 drones, "
          "all destroyed (attacker Ukraine, target Russia for Crimea, rule 12; a minesweeper damaged). Diplomacy: Russia "
          "suspending its participation in the grain initiative (agreement, stalled, rule 16); the G7 foreign ministers' "
          "meeting in Munster on Thursday and Friday (talks, planned, 3-4 November, rule 14). Optional: the Crimean "
          "Bridge blast (no attacker or count), the grain initiative signed in Istanbul in July (background, rule 17; "
          "cluster with yt06), the air defence promised by Spain and the United States (no date). Not coded: strikes "
          "on Lviv, Dnipro, Zhytomyr and Burshtyn 'since then' (no night told, rule 5), ships moving and Erdogan's "
          "intent (no event; stance).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [UA], MON31,
               [{"type": "cruise_missile", "launched": cnt(50, "more than 50", "more_than"), "intercepted": cnt(44, "44")}],
               ev("Monday's wave was the latest.",
                  "Russia launched more than 50 cruise missiles, 44 of which were shot down, Ukraine's military said."),
               reported_by=["Ukrainian military"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")], MON31, [{"type": "cruise_missile"}],
               ev("In Kyiv, where 80 percent of consumers were left without water after a hit on infrastructure on the left bank, Klitschko said power cuts would continue."),
               damage=["infrastructure on the left bank"], reported_by=["Vitali Klitschko"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], MON31, [{"type": "cruise_missile"}],
               ev("In Kharkiv, governor Oleh Syniehubov reported two strikes on critical infrastructure."),
               damage=["critical infrastructure"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")], day("2022-10-10", "on 10 October"), [{"type": "missile"}],
               ev("The campaign began on 10 October, when missiles hit the centre of Kyiv during the morning rush hour and killed eight people, two days after the blast on the Crimean Bridge."),
               killed=cnt(8, "eight people")),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Sevastopol", "Crimea", "Ukraine")], day("2022-10-29", "On Saturday"),
               [{"type": "drone", "launched": cnt(16, "16"), "intercepted": cnt(16, "all")}],
               ev("On Saturday Russia said it was suspending its participation in the grain initiative signed in Istanbul in July, after what it described as an attack by 16 drones on its fleet in Sevastopol harbour.",
                  "The Russian defence ministry said all had been destroyed, though a minesweeper was damaged."),
               damage=["minesweeper"], reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "other", [loc("Crimean Bridge", "Crimea", "Ukraine", "site")], day("2022-10-08", "two days after"), [],
               ev("two days after the blast on the Crimean Bridge"), optional=True),
    ],
    diplomacy=[
        dip("agreement", ["Russia", "Ukraine", "Turkey", "United Nations"], day("2022-10-29", "On Saturday"), "stalled",
            "Russia suspended its participation in the Black Sea grain initiative",
            ev("On Saturday Russia said it was suspending its participation in the grain initiative signed in Istanbul in July")),
        dip("talks", ["G7", "Germany"], span("2022-11-03", "2022-11-04", "on Thursday and Friday"), "planned",
            "Meeting of G7 foreign ministers in Munster, with energy aid to Ukraine on the agenda",
            ev("A meeting of G7 foreign ministers is set to take place in Munster, Germany, on Thursday and Friday, with energy aid to Ukraine on the agenda."),
            location=loc("Munster", None, "Germany")),
        dip("agreement", ["Ukraine", "Russia", "Turkey", "United Nations"], month("2022-07-01", "2022-07-31", "in July"), "held",
            "The grain initiative signed in Istanbul",
            ev("the grain initiative signed in Istanbul in July"), location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("military_aid", ["Spain", "United States", "Ukraine"], None, "held",
            "More air defence systems promised by Spain and the United States",
            ev("Spain and the United States have promised more systems."), optional=True),
    ])

# --------------------------------------------------------------------------- yt12
GOLD["yt12_ledgerbusiness_hryvnia_rate"] = dict(
    notes="Control (Thursday 21 July 2022): the central bank's devaluation of the hryvnia's fixed rate, reserves, inflation "
          "and the key rate. No attack and no diplomacy: Western budget support is mentioned as a hope with no donor or "
          "decision (rule 13), company relocations are no record.",
    attacks=[], diplomacy=[])


CLUSTERS = [
    ("kramatorsk-2022-04-08", "The Tochka-U strike on Kramatorsk railway station, 8 April 2022 (wire and newspaper)",
     [("yt01_northwirereport_kramatorsk_station", "attack", 0), ("yt02_continentalherald_kramatorsk_johnson", "attack", 0)]),
    ("kyiv-2022-10-10", "Russian missiles on central Kyiv in the morning rush hour, 10 October 2022 (wire and analysis)",
     [("yt09_northwirereport_october_barrage", "attack", 1), ("yt11_eastreview_analysis_blackouts", "attack", 3)]),
    ("crimean-bridge-2022-10-08", "The explosion on the Crimean Bridge, 8 October 2022 (optional in both)",
     [("yt09_northwirereport_october_barrage", "attack", 4), ("yt11_eastreview_analysis_blackouts", "attack", 5)]),
    ("grain-deal-2022-07-22", "The grain agreements signed in Istanbul, 22 July 2022 (signing story and analysis background)",
     [("yt06_levantwire_grain_deal", "diplomacy", 0), ("yt11_eastreview_analysis_blackouts", "diplomacy", 2)]),
    ("istanbul-talks-2022-03-29", "The Russian-Ukrainian round at the Dolmabahce Palace, 29 March 2022",
     [("yt04_bosporusdaily_istanbul_talks", "diplomacy", 0), ("yt02_continentalherald_kramatorsk_johnson", "diplomacy", 5)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev45 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV45 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV45, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
