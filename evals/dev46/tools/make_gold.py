"""Write evals/dev46/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev46 on 4 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV46 = ROOT / "evals" / "dev46"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt, week  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yu01
N0521 = night("2025-05-20", "2025-05-21", "in the course of the night")
MOD01 = ["Russian Defence Ministry"]
GOLD["yu01_gulfhorizon_mod_drones"] = dict(
    notes="Gulf broadcaster on a Russian defence ministry briefing (Wednesday 21 May 2025): 159 Ukrainian drones downed "
          "'in the course of the night' (20-21 May, rule 11) is the country record (Ukraine on Russia, intercepted 159, "
          "rules 3 and 4); the Bryansk region's 'Fifty-two', the Kursk region's 30 and the Oryol region's 24 are region "
          "records of their own (rule 3: no struck locality named in those regions). Optional: the remainder 'spread "
          "across nine further regions, among them Tula, Kaluga and Lipetsk' (an aggregate with no figure of its own, "
          "rule 2; a reader may leave it to the country record); the Istanbul talks 'last Friday' (16 May; background, "
          "rule 17; Turkey hosts, rule 15). Not coded: Lavrov 'open to continuing the Istanbul format', Sybiha's X post, "
          "Saudi Arabia 'stood ready to assist' (stances and statements, rule 13); the swap of a thousand prisoners each "
          "is agreed, not carried out, and is told inside the talks (no date of its own).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0521,
               [{"type": "drone", "intercepted": cnt(159, "159")}],
               ev("Air defence crews downed 159 Ukrainian fixed-wing drones in the course of the night, Russia's defence ministry claimed on Wednesday, in what Moscow described as one of the heaviest such raids in weeks."),
               reported_by=MOD01),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk", "Russia", "region")], N0521,
               [{"type": "drone", "intercepted": cnt(52, "Fifty-two")}],
               ev("Fifty-two of the aircraft were destroyed over the Bryansk region, 30 over the Kursk region and 24 over the Oryol region"),
               reported_by=MOD01),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk", "Russia", "region")], N0521,
               [{"type": "drone", "intercepted": cnt(30, "30")}],
               ev("Fifty-two of the aircraft were destroyed over the Bryansk region, 30 over the Kursk region and 24 over the Oryol region"),
               reported_by=MOD01),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Oryol", "Oryol", "Russia", "region")], N0521,
               [{"type": "drone", "intercepted": cnt(24, "24")}],
               ev("Fifty-two of the aircraft were destroyed over the Bryansk region, 30 over the Kursk region and 24 over the Oryol region"),
               reported_by=MOD01),
        opt(attack("Ukraine", "Russia", "air_drone_strike",
                   [loc("Tula", "Tula", "Russia", "region"), loc("Kaluga", "Kaluga", "Russia", "region"),
                    loc("Lipetsk", "Lipetsk", "Russia", "region")], N0521,
                   [{"type": "drone"}],
                   ev("with the remainder spread across nine further regions, among them Tula, Kaluga and Lipetsk"),
                   reported_by=MOD01)),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-05-16", "last Friday"), "held",
            "First direct Russian-Ukrainian talks in three years, hosted by Turkey in Istanbul; a swap of a thousand prisoners each agreed",
            ev("Russian and Ukrainian delegations met face to face in Istanbul last Friday in their first such encounter in three years, in talks hosted by Turkey that lasted under two hours."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
    ])

# --------------------------------------------------------------------------- yu02
GOLD["yu02_ruswire_belgorod_shebekino"] = dict(
    notes="Russian state wire (Tuesday 10 June 2025) on the Belgorod governor's Telegram: Ukrainian drones on Shebekino "
          "'overnight' (9-10 June, rule 11; 'a woman' killed and 'two men' wounded, rule 6; 'the Kyiv regime' is Ukraine, "
          "rule 12); a drone on a lorry in Belgorod 'on Monday evening' (9 June; the driver is one injured, rule 6; one "
          "drone told with the indefinite article is not counted, rule 9). The first stage of the exchange agreed in "
          "Istanbul 'On Monday' (prisoner_exchange, held, 9 June, required; the number is not given; Belarus is where the "
          "soldiers are treated, not a host, rule 15). Not coded: the August 2024 crossing into the Kursk region "
          "(ground fighting, rule 5); daily shelling since 2023 and the 2023 evacuation (vague background, rule 5); "
          "'further stages would follow' (no date) and 'prepared to hand over the bodies' (readiness, rule 13); the "
          "memorandums 'under study' (statement).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod", "Russia")],
               night("2025-06-09", "2025-06-10", "overnight"), [{"type": "drone"}],
               ev("Ukrainian drones attacking Shebekino overnight killed a woman and left two men wounded, Belgorod Region Governor Vyacheslav Gladkov said on Tuesday.",
                  "one of them was later moved to Belgorod in serious condition"),
               killed=cnt(1, "a woman"), injured=cnt(2, "two men"), damage=["private house"],
               reported_by=["Belgorod Region Governor Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod", "Russia")],
               day("2025-06-09", "on Monday evening"), [{"type": "drone"}],
               ev("Separately, a kamikaze drone hit a parked lorry in the regional centre itself on Monday evening, the governor said.",
                  "A 43-year-old driver suffered a barotrauma and cuts."),
               injured=cnt(1, "A 43-year-old driver"), damage=["parked lorry", "windows in two apartment blocks"],
               reported_by=["Belgorod Region Governor Vyacheslav Gladkov"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine"], day("2025-06-09", "On Monday"), "held",
            "First stage of the exchange agreed at the Istanbul talks: servicemen aged under 25 handed over by both sides",
            ev("On Monday, Russia and Ukraine handed over servicemen aged under 25, the Russian Defence Ministry said, without naming the number.")),
    ])

# --------------------------------------------------------------------------- yu03
GOLD["yu03_bosphorusdaily_exchange_first_stage"] = dict(
    notes="Turkish English-language daily (Tuesday 10 June 2025): the exchange's first stage 'on Monday' (9 June, "
          "prisoner_exchange, held, required); Erdoğan's call with Zelensky 'On Sunday evening' (8 June, phone_call, "
          "held). Optional background (rule 17): the second direct round 'on June 2' in Istanbul, chaired by Fidan "
          "(talks; Turkey hosts, rule 15); the first round 'on May 16', also in Istanbul; the thousand-for-thousand swap "
          "'in late May' (prisoner_exchange, held). Not coded: Fidan's 'would be honoured' to bring the three presidents "
          "together, 'no date had been discussed' (an offer of willingness with nothing put to the sides: a stance, "
          "rule 13); the exchange that 'would continue in several stages' (no date); the agreement reached on 2 June is "
          "told as an outcome of those talks, not coded apart; the memorandums and demands (statements).",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2025-06-09", "on Monday"), "held",
            "First stage of the largest exchange agreed at Istanbul: prisoners of war under 25",
            ev("A first group of young prisoners of war changed sides on Monday as Ukraine and Russia swapped captives, the opening stage of the largest exchange agreed since the war began, both governments confirmed.")),
        dip("phone_call", ["Turkey", "Ukraine"], day("2025-06-08", "On Sunday evening"), "held",
            "Erdoğan's phone call with Zelensky on the exchange and the next round of negotiations",
            ev("On Sunday evening, President Recep Tayyip Erdoğan spoke by phone with Zelensky.")),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-06-02", "on June 2"), "held",
            "Second direct Russian-Ukrainian round at the Çırağan Palace, chaired by Fidan; delegations led by Umerov and Medinsky",
            ev("The swap was the main concrete outcome of the second direct round between the sides, held on June 2 at the Çırağan Palace in Istanbul with Foreign Minister Hakan Fidan in the chair."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-05-16", "on May 16"), "held",
            "First direct round in Istanbul",
            ev("The first direct round, on May 16, also in Istanbul, produced the earlier thousand-for-thousand swap, carried out over three days in late May."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("prisoner_exchange", ["Russia", "Ukraine"], month("2025-05-01", "2025-05-31", "in late May"), "held",
            "Thousand-for-thousand swap carried out over three days",
            ev("The first direct round, on May 16, also in Istanbul, produced the earlier thousand-for-thousand swap, carried out over three days in late May."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yu04
N0219 = night("2025-02-18", "2025-02-19", "Overnight")
GOLD["yu04_panafricanwire_riyadh_talks"] = dict(
    notes="African wire (Wednesday 19 February 2025): US-Russian talks in Riyadh 'on Tuesday' (18 February, talks, held; "
          "Saudi Arabia hosts, rule 15); Zelensky in Ankara 'on Tuesday' on a visit that included talks with Erdoğan (one "
          "visit, rule 14); his trip to Saudi Arabia 'put off until March 10' (visit, planned for the new date, rule 16). "
          "Optional: South Africa's 2023 peace mission to Kyiv and St Petersburg (background, rule 17). Attacks: drones on "
          "Odesa's energy infrastructure 'Overnight' (18-19 February; 'nobody had been injured' is injured 0 only, killed "
          "null, rule 6); the air force's '167 attack drones and decoys' and 95 shot down (country record, a combined "
          "total of drone and decoy, rules 3 and 9); the 63 'lost' from radar with no defender named are not intercepted "
          "(rule 3). Not coded: the agreement to restore embassies and name negotiators (an outcome told inside the "
          "talks), Zelensky's refusal and South Africa's welcome (statements, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")], N0219,
               [{"type": "drone"}],
               ev("Overnight, Russian drones hit energy infrastructure in Odesa, leaving more than 160,000 households without heating and electricity, Oleh Kiper, Odesa's governor, said.",
                  "He reported that nobody had been injured."),
               injured=cnt(0, "nobody had been injured"), damage=["energy infrastructure"],
               reported_by=["Odesa governor Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N0219,
               [{"type": "other", "model": "attack drones and decoys", "launched": cnt(167, "167"),
                 "intercepted": cnt(95, "95")},
                {"type": "drone"}, {"type": "decoy_drone"}],
               ev("The Ukrainian air force counted 167 attack drones and decoys across the country during the night.",
                  "It said 95 were shot down, while another 63 were \"lost\" from radar without causing damage."),
               reported_by=["Ukrainian Air Force"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Russia", "Saudi Arabia"], day("2025-02-18", "on Tuesday"), "held",
            "Rubio, Waltz and Witkoff met Lavrov and Ushakov at the Diriyah Palace; agreed to restore embassies and name negotiators",
            ev("Senior American and Russian officials held more than four hours of talks in the Saudi capital on Tuesday, the first meeting of substance between the two powers in three years of war."),
            location=loc("Riyadh", None, "Saudi Arabia")),
        dip("visit", ["Ukraine", "Turkey"], day("2025-02-18", "on Tuesday"), "held",
            "Zelensky's visit to Ankara, including talks with Erdoğan",
            ev("Zelensky, who was in Ankara on Tuesday on a visit that included talks with President Recep Tayyip Erdoğan, said Kyiv would not accept any outcome decided without it."),
            location=loc("Ankara", None, "Turkey")),
        dip("visit", ["Ukraine", "Saudi Arabia"], day("2025-03-10", "until March 10"), "planned",
            "Zelensky's trip to Saudi Arabia, put off from Wednesday to 10 March",
            ev("He had been due in Saudi Arabia on Wednesday but put the trip off until March 10, his office said, so as not to lend legitimacy to the Riyadh meeting.")),
        dip("visit", ["South Africa", "Ukraine", "Russia"], {"start": "2023-01-01", "end": "2023-12-31", "precision": "year", "text": "in 2023"}, "held",
            "South African president's peace mission to Kyiv and St Petersburg",
            ev("South Africa, whose president led a peace mission to Kyiv and St Petersburg in 2023, welcomed \"any dialogue that reduces suffering\", a foreign ministry spokesperson in Pretoria said."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yu05
N0311 = night("2025-03-10", "2025-03-11", "overnight")
GOLD["yu05_deccanledger_jeddah_ceasefire"] = dict(
    notes="Indian daily (Wednesday 12 March 2025): US-Ukrainian talks in Jeddah 'on Tuesday' (11 March, talks, held; "
          "Saudi Arabia hosts, rule 15); the American proposal of a 30-day ceasefire, accepted by Kyiv and going to Moscow "
          "(proposal, proposed, rules 13 and 16; Russia is the side it is put to); the lifting of the pause and resumed "
          "security assistance (military_aid, held: a decision announced, rule 16; no date of its own); Witkoff 'is "
          "expected to fly to Moscow later this week' to put the plan (talks, planned: a trip told by its purpose, rule "
          "14; a place and sources, rule 16; week 12-16 March). Optional: 'last month's meeting in Riyadh' (background, "
          "rule 17). Attacks (Ukraine on Russia, night of 10-11 March: 'overnight' before Tuesday's talks): 343 drones "
          "over ten regions (country record, rule 3); the Kursk region's 118 (region record); the Moscow region's 87 go "
          "on Vidnoye, the one struck locality named there (rule 3), with 'a man' killed and 'three people' injured. Not "
          "coded: Rubio's 'ball is in their court', New Delhi's welcome (statements); the Oval Office clash (no event "
          "of diplomacy); the airports' suspension.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0311,
               [{"type": "drone", "intercepted": cnt(343, "343")}],
               ev("The Russian defence ministry said 343 drones were destroyed across ten regions overnight, 118 of them over the Kursk region."),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk", "Russia", "region")], N0311,
               [{"type": "drone", "intercepted": cnt(118, "118")}],
               ev("The Russian defence ministry said 343 drones were destroyed across ten regions overnight, 118 of them over the Kursk region."),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Vidnoye", "Moscow Oblast", "Russia")], N0311,
               [{"type": "drone", "intercepted": cnt(87, "87")}],
               ev("Another 87 were brought down over the Moscow region, where one of them crashed into a residential tower in the town of Vidnoye, killing a man and injuring three people, regional governor Andrei Vorobyov said."),
               killed=cnt(1, "a man"), injured=cnt(3, "three people"), damage=["residential tower"],
               reported_by=["Russian Defence Ministry", "Moscow region governor Andrei Vorobyov"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Ukraine", "Saudi Arabia"], day("2025-03-11", "on Tuesday"), "held",
            "Nine hours of US-Ukrainian talks; Ukraine's team led by Yermak with Sybiha and Umerov, the US side by Rubio and Waltz",
            ev("Ukraine has said it is prepared to accept an American proposal for an immediate 30-day ceasefire, after nine hours of talks between the two delegations in the Saudi port city of Jeddah on Tuesday."),
            location=loc("Jeddah", None, "Saudi Arabia")),
        dip("proposal", ["United States", "Ukraine", "Russia"], day("2025-03-11", "on Tuesday"), "proposed",
            "American proposal of an immediate 30-day ceasefire along the whole front, accepted by Ukraine and put to Moscow",
            ev("Ukraine has said it is prepared to accept an American proposal for an immediate 30-day ceasefire, after nine hours of talks between the two delegations in the Saudi port city of Jeddah on Tuesday.",
               "It now goes to Moscow.")),
        dip("military_aid", ["United States", "Ukraine"], None, "held",
            "The US lifts its pause on intelligence sharing and resumes security assistance",
            ev("In return, the United States said it would immediately lift its pause on intelligence sharing and resume security assistance, which had been halted after the clash in the Oval Office at the end of February.")),
        dip("talks", ["United States", "Russia"], week("2025-03-12", "2025-03-16", "later this week"), "planned",
            "Witkoff to put the ceasefire plan to Russian officials in Moscow",
            ev("Steve Witkoff, the White House envoy, is expected to fly to Moscow later this week and put the plan to Russian officials, two sources aware of his travel plans said."),
            location=loc("Moscow", None, "Russia")),
        dip("talks", ["United States", "Russia", "Saudi Arabia"], month("2025-02-01", "2025-02-28", "last month's"), "held",
            "American and Russian diplomats met in Riyadh without Ukraine",
            ev("The Jeddah round followed last month's meeting in Riyadh, where American and Russian diplomats talked without Ukraine in the room."),
            location=loc("Riyadh", None, "Saudi Arabia"), optional=True),
    ])

# --------------------------------------------------------------------------- yu06
N0907 = night("2025-09-06", "2025-09-07", "overnight")
GOLD["yu06_northernchronicle_kyiv_cabinet_fire"] = dict(
    notes="Indian daily (Sunday 7 September 2025): the air force's '823 drones and decoys and 13 missiles', 751 drones "
          "and four missiles 'downed or jammed' (country record; the drone-and-decoy figure is a combined total, rules 3 "
          "and 9; jammed counts as intercepted, rule 3; hits at 37 locations are not launches); Kyiv, the same night "
          "('at least two people, among them a baby' killed: children_killed 1, a person described one by one, rule 6; "
          "15 injured first, 18 later is evidence, rule 6; the government building's roof and upper floors; kind from the "
          "wave told just before, rule 8); drones on Kremenchuk ('No one was hurt there': injured 0, killed null, rule "
          "6). Optional (background, rule 17): the Paris meeting of European leaders 'three days after' (4 September, "
          "summit); Modi's call to Zelensky 'on August 30'. Not coded: Trump's 'not happy' and hint of pressure, "
          "Starmer's 'cowardly', India's line on dialogue (statements and stances, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0907,
               [{"type": "other", "model": "drones and decoys", "launched": cnt(823, "823"),
                 "intercepted": cnt(751, "751")},
                {"type": "drone"}, {"type": "decoy_drone"},
                {"type": "missile", "launched": cnt(13, "13"), "intercepted": cnt(4, "four")}],
               ev("Russia sent 823 drones and decoys and 13 missiles against the country overnight, the air force said.",
                  "Of those, 751 drones and four missiles were downed or jammed, it said, while strikes landed at 37 locations."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N0907,
               [{"type": "drone"}, {"type": "missile"}],
               ev("Smoke rose from the roof of Ukraine's main government building in central Kyiv on Sunday morning after the largest Russian air attack of the war, Prime Minister Yulia Svyrydenko said.",
                  "In the capital, at least two people, among them a baby, were killed and 15 were injured, Tymur Tkachenko, who runs the capital's military administration, said in the morning.",
                  "By the afternoon the injured numbered 18."),
               killed=cnt(2, "at least two people", "at_least"), children_killed=cnt(1, "a baby"),
               injured=cnt(15, "15"),
               damage=["government building (roof and upper floors)", "apartment blocks"],
               reported_by=["Prime Minister Yulia Svyrydenko", "Kyiv City Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kremenchuk", "Poltava", "Ukraine")], N0907,
               [{"type": "drone"}],
               ev("Elsewhere, drones attacked Kremenchuk in the Poltava region, where explosions were heard near an energy facility and several districts lost power.",
                  "No one was hurt there, the city's mayor said."),
               injured=cnt(0, "No one was hurt"), damage=["energy facility"],
               reported_by=["Kremenchuk mayor"]),
    ],
    diplomacy=[
        dip("summit", ["coalition of the willing", "France"], day("2025-09-04", "three days after"), "held",
            "European leaders meeting in Paris; 26 countries committed to a future reassurance force",
            ev("The attack came three days after European leaders meeting in Paris said 26 countries had committed to a future reassurance force for Ukraine."),
            location=loc("Paris", None, "France"), optional=True),
        dip("phone_call", ["India", "Ukraine"], day("2025-08-30", "on August 30"), "held",
            "Modi's phone call with Zelensky",
            ev("Indian officials have repeatedly said they back dialogue and diplomacy as the only way forward, a line Prime Minister Narendra Modi repeated when he spoke to Zelensky by phone on August 30."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yu07
GOLD["yu07_gulfhorizon_kyiv_record_raid"] = dict(
    notes="Gulf broadcaster (Sunday 7 September 2025), the same night as yu06: the country record takes the first drone "
          "figure, 'more than 800' (rule 6: the first figure with its qualifier, rule 7; the air force's 823 is evidence), "
          "751 neutralised; '13 cruise and ballistic missiles' is a missile total mixing two types (rule 9: one `other` "
          "weapon with the combined 13 launched and 4 intercepted, and a cruise and a ballistic entry); Kyiv ('At least "
          "two residents' killed; 'her infant son' is one child killed, rule 6; 'Fifteen people' wounded; the Cabinet "
          "building). Required: the coalition of the willing's meeting 'On Thursday' at the Élysée Palace (4 September, "
          "summit of leaders, rule 14; held; France hosts and takes part, Ukraine present). Not coded: Qatar 'stood "
          "ready' (a mediator's stance, rule 13); the 26 countries' pledges (told inside the summit); Moscow's claim and "
          "denial (statements).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0907,
               [{"type": "drone", "launched": cnt(800, "more than 800", "more_than"), "intercepted": cnt(751, "751")},
                {"type": "other", "model": "cruise and ballistic missiles", "launched": cnt(13, "13"),
                 "intercepted": cnt(4, "4")},
                {"type": "cruise_missile"}, {"type": "ballistic_missile"}],
               ev("Russia fired more than 800 drones at Ukraine overnight into Sunday, the most in a single night since the invasion, setting fire to the building that houses Ukraine's Cabinet of Ministers, officials said.",
                  "The barrage, which also included 13 cruise and ballistic missiles, lasted close to nine hours.",
                  "By the air force's count there were 823 unmanned aerial vehicles and 13 missiles, of which 751 drones and 4 missiles were neutralised."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N0907,
               [{"type": "drone"}, {"type": "missile"}],
               ev("At least two residents of the capital died, the city administration said.",
                  "A mother and her infant son were pulled dead from a collapsed apartment house in the Sviatoshynskyi district.",
                  "Fifteen people were wounded."),
               killed=cnt(2, "At least two residents", "at_least"), children_killed=cnt(1, "her infant son"),
               injured=cnt(15, "Fifteen people"),
               damage=["Cabinet of Ministers building", "apartment house"],
               reported_by=["Kyiv city administration"]),
    ],
    diplomacy=[
        dip("summit", ["coalition of the willing", "France", "Ukraine"], day("2025-09-04", "On Thursday"), "held",
            "Leaders of the coalition of the willing met at the Élysée Palace with Zelensky; 26 countries pledged to join a reassurance force",
            ev("On Thursday, leaders of the European-led coalition of the willing gathered at the Élysée Palace in Paris, with Zelensky present, and French President Emmanuel Macron said afterwards that 26 countries had pledged to take part in a reassurance force once fighting stops."),
            location=loc("Paris", None, "France")),
    ])

# --------------------------------------------------------------------------- yu08
GOLD["yu08_northernchronicle_explainer_talks_timeline"] = dict(
    notes="Indian daily explainer (Wednesday 20 August 2025) with a timeline: the White House meeting 'on Monday' "
          "(18 August; summit, held: leaders of several states not called talks, rule 14; the EU and NATO take part, "
          "rule 15; the United States hosts; Finland is left out only because the draft caps participants at eight); Trump's call to Putin during it (phone_call, held); the meeting of the "
          "Russian and Ukrainian leaders Trump is 'setting up' (summit, proposed, rules 13 and 16: put forward, the "
          "Kremlin has not agreed; the United States arranges it, rule 15); Modi 'is expected to meet Putin' at the SCO "
          "summit in Tianjin 'at the end of the month' (talks, planned: a place named, rule 16; China hosts, rule 15; week "
          "25-31 August). Optional: the trilateral summit to follow (proposed, contingent on the first); the timeline's "
          "Riyadh (18 February, Saudi host), Jeddah (11 March), Istanbul (16 May, 2 June, 23 July; Turkey hosts) and "
          "Anchorage (15 August) (background, rule 17). Not coded: security guarantees 'discussed', Moscow's rejection, "
          "Lavrov's 'road to nowhere', India's support for peace (statements, rule 13); the Jeddah ceasefire proposal and "
          "the Istanbul exchanges are told inside the rounds.",
    attacks=[],
    diplomacy=[
        dip("summit", ["United States", "Ukraine", "United Kingdom", "Germany", "France", "Italy",
                       "European Union", "NATO"], day("2025-08-18", "on Monday"), "held",
            "Zelensky at the White House with Starmer, Merz, Macron, Meloni, Stubb, von der Leyen and Rutte, more than three hours",
            ev("Volodymyr Zelensky did not arrive at the White House by himself on Monday.",
               "Behind him were Keir Starmer, Friedrich Merz, Emmanuel Macron, Giorgia Meloni, Alexander Stubb, Ursula von der Leyen and NATO's Mark Rutte, a line-up few would have predicted in February."),
            location=loc("Washington", None, "United States")),
        dip("phone_call", ["United States", "Russia"], day("2025-08-18", "on Monday"), "held",
            "Trump left the Washington meeting to call Putin",
            ev("The Washington gathering, which ran for more than three hours, paused while Donald Trump left the room to ring Vladimir Putin.")),
        dip("summit", ["Russia", "Ukraine", "United States"], None, "proposed",
            "Talks between Putin and Zelensky that Trump says he is setting up; the Kremlin has not agreed",
            ev("Later the US president said he was now setting up talks between the Russian and Ukrainian leaders, and after those a trilateral summit that he would join.",
               "The Kremlin has not agreed to either.")),
        dip("talks", ["India", "Russia", "China"], week("2025-08-25", "2025-08-31", "at the end of the month"), "planned",
            "Modi expected to meet Putin at the SCO summit in Tianjin",
            ev("Prime Minister Narendra Modi is expected to meet Putin at the Shanghai Cooperation Organisation summit in Tianjin at the end of the month."),
            location=loc("Tianjin", None, "China")),
        dip("summit", ["United States", "Russia", "Ukraine"], None, "proposed",
            "A trilateral summit with Trump after a Putin-Zelensky meeting",
            ev("Later the US president said he was now setting up talks between the Russian and Ukrainian leaders, and after those a trilateral summit that he would join."),
            optional=True),
        dip("talks", ["United States", "Russia", "Saudi Arabia"], day("2025-02-18", "February 18"), "held",
            "Rubio and Lavrov meet in Riyadh; Ukraine not invited",
            ev("February 18 – Riyadh. Marco Rubio and Sergei Lavrov meet in the Saudi capital, the first high-level US-Russian contact since 2022."),
            location=loc("Riyadh", None, "Saudi Arabia"), optional=True),
        dip("talks", ["United States", "Ukraine", "Saudi Arabia"], day("2025-03-11", "March 11"), "held",
            "American and Ukrainian delegations in Jeddah agree on a 30-day ceasefire proposal",
            ev("March 11 – Jeddah. American and Ukrainian delegations, again on Saudi soil, agree on a proposal for a 30-day ceasefire."),
            location=loc("Jeddah", None, "Saudi Arabia"), optional=True),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-05-16", "May 16"), "held",
            "First direct Russian-Ukrainian talks in three years; a thousand-for-thousand exchange agreed",
            ev("May 16 – Istanbul. Russian and Ukrainian negotiators sit at one table for the first time in three years."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-06-02", "June 2"), "held",
            "Second Istanbul round",
            ev("June 2 and July 23 – Istanbul again. Two further rounds bring more exchanges of captives and of bodies but no truce."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-07-23", "July 23"), "held",
            "Third Istanbul round",
            ev("June 2 and July 23 – Istanbul again. Two further rounds bring more exchanges of captives and of bodies but no truce."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("summit", ["United States", "Russia"], day("2025-08-15", "August 15"), "held",
            "Trump receives Putin at a military base in Alaska; no deal",
            ev("August 15 – Anchorage. Trump receives Putin at a military base in Alaska. They talk for nearly three hours; no deal is announced."),
            location=loc("Anchorage", "Alaska", "United States"), optional=True),
    ])

# --------------------------------------------------------------------------- yu09
GOLD["yu09_bosphorusdaily_alaska_summit"] = dict(
    notes="Turkish English-language daily (Saturday 16 August 2025): the Trump-Putin meeting near Anchorage 'on "
          "Friday' (15 August; summit, held, rule 14); Trump's call to Zelensky 'On his flight back to Washington' "
          "(phone_call, held; the night of 15-16 August by Kyiv's clock, a range, rule 11); Zelensky 'would fly to "
          "Washington on Monday for a meeting with Trump' (talks, planned, 18 August: a trip told by its purpose of "
          "meeting, rule 14; the United States is side and host). Optional: Trump's calls with 'several European "
          "leaders' and Rutte (participants unnamed but NATO); Putin's invitation to Moscow (proposed summit, no date, "
          "rule 13). Not coded: Fidan 'remained ready to host talks' and the officials' view of Istanbul (stances, rule "
          "13); the 'three rounds already held in Istanbul this year' (no date or detail, rule 17); European leaders "
          "'weighing whether to join him' (no decision); markets.",
    attacks=[],
    diplomacy=[
        dip("summit", ["United States", "Russia"], day("2025-08-15", "on Friday"), "held",
            "Trump and Putin met for about three hours at a US air base near Anchorage with Rubio, Witkoff, Lavrov and Ushakov; no agreement",
            ev("Donald Trump and Vladimir Putin parted on Friday after their first in-person encounter in six years with warm words but no agreement on ending the war in Ukraine.",
               "The presidents spent roughly three hours together at a US air base outside Anchorage, with Rubio and Witkoff on one side and Lavrov and Ushakov on the other."),
            location=loc("Anchorage", "Alaska", "United States")),
        dip("phone_call", ["United States", "Ukraine"], night("2025-08-15", "2025-08-16", "On his flight back to Washington"), "held",
            "Trump phoned Zelensky after the summit; the call lasted more than an hour",
            ev("On his flight back to Washington, Trump phoned Zelensky, Ukraine's presidency said on Saturday, and later spoke with several European leaders and NATO Secretary General Mark Rutte.",
               "The conversation with Zelensky lasted more than an hour.")),
        dip("talks", ["Ukraine", "United States"], day("2025-08-18", "on Monday"), "planned",
            "Zelensky to meet Trump in Washington",
            ev("Zelensky announced that he would fly to Washington on Monday for a meeting with Trump and discuss \"all of the details regarding ending the killing and the war\"."),
            location=loc("Washington", None, "United States")),
        dip("phone_call", ["United States", "NATO"], night("2025-08-15", "2025-08-16", "later"), "held",
            "Trump's calls with several European leaders and Rutte after the summit",
            ev("On his flight back to Washington, Trump phoned Zelensky, Ukraine's presidency said on Saturday, and later spoke with several European leaders and NATO Secretary General Mark Rutte."),
            optional=True),
        dip("summit", ["Russia", "United States"], None, "proposed",
            "Putin invited Trump to Moscow for their next meeting",
            ev("He invited Trump to Moscow for their next meeting, in English."),
            location=loc("Moscow", None, "Russia"), optional=True),
    ])

# --------------------------------------------------------------------------- yu10
GOLD["yu10_ruswire_kursk_rylsk_lavrov_rubio"] = dict(
    notes="Russian state wire (Thursday 5 June 2025): a drone on a bus in Rylsk 'early on Thursday' ('One civilian' "
          "killed, 'four' injured, rule 6; 'a Ukrainian drone' with the indefinite article is not counted, rule 9; the "
          "'Kyiv regime' is Ukraine, rule 12); 46 drones destroyed 'overnight above the Kursk, Belgorod and Bryansk "
          "regions' with no breakdown (a tally over several regions stays the country record, rule 3; 4-5 June). "
          "Lavrov's call with Rubio 'on Wednesday' (4 June, phone_call, held). Not coded: the August 2024 incursion and "
          "the spring recapture (ground fighting, rule 5); the Istanbul round the ministers discussed (no date, no "
          "detail: told only as a subject of the call); the Holy See 'available' and 'the door stays open', and Peskov's "
          "reply (a mediator's stance with nothing put to the sides, rule 13).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Rylsk", "Kursk", "Russia")],
               day("2025-06-05", "early on Thursday"), [{"type": "drone"}],
               ev("One civilian was killed and four were injured when a Ukrainian drone struck a municipal bus in Rylsk early on Thursday, acting Kursk Region Governor Alexander Khinshtein said."),
               killed=cnt(1, "One civilian"), injured=cnt(4, "four"), damage=["municipal bus"],
               reported_by=["acting Kursk Region Governor Alexander Khinshtein"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2025-06-04", "2025-06-05", "overnight"),
               [{"type": "drone", "intercepted": cnt(46, "46")}],
               ev("Meanwhile, Russian air defences destroyed 46 Ukrainian aircraft-type drones overnight above the Kursk, Belgorod and Bryansk regions, according to the Defence Ministry, which gave no breakdown."),
               reported_by=["Russian Defence Ministry"]),
    ],
    diplomacy=[
        dip("phone_call", ["Russia", "United States"], day("2025-06-04", "on Wednesday"), "held",
            "Lavrov and Rubio discussed the Istanbul round and normalising bilateral relations; the call was initiated by Washington",
            ev("On the diplomatic track, Sergei Lavrov and the US Secretary of State, Marco Rubio, spoke by telephone on Wednesday, the Russian Foreign Ministry said.")),
    ])

# --------------------------------------------------------------------------- yu11
GOLD["yu11_panafricanwire_war_digest_nov20"] = dict(
    notes="African wire's day digest (Wednesday 20 November 2024): a guided aerial bomb on Zaporizhzhia 'in the "
          "afternoon' (glide_bomb; 'two people' killed, 'eleven' wounded first, 14 later is evidence, rule 6; one bomb "
          "with the indefinite article is not counted, rule 9); artillery on Kupiansk 'during the morning' ('three men' "
          "injured); Ukrainian drones on the Bryansk region 'overnight' (19-20 November; '12' destroyed; 'He reported no "
          "casualties' is a nil: killed 0 and injured 0, rule 6); the ATACMS strike 'On Tuesday' on an arsenal in the "
          "Bryansk region (background with a place and a count: required, rule 5; 'five of the six' shot down; ATACMS "
          "is ballistic, rule 9). Diplomacy: Sybiha's call with Lammy (phone_call, held, 20 November); London's further "
          "£35 million for energy repairs (military_aid, held: 'had approved', rule 16; no date of its own). Not coded: "
          "embassy closures (no event between states), Orbán 'willing to act as an intermediary' and 'hoped to talk' (a "
          "stance, rule 13), the nuclear doctrine, Zelensky's aim (statements).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2024-11-20", "in the afternoon"), [{"type": "glide_bomb"}],
               ev("A Russian guided aerial bomb struck a residential neighbourhood of Zaporizhzhia in the afternoon, killing two people and wounding eleven, regional governor Ivan Fedorov said.",
                  "A kindergarten and several shops were damaged.",
                  "Later in the evening Fedorov said the number of wounded had climbed to 14."),
               killed=cnt(2, "two people"), injured=cnt(11, "eleven"), damage=["kindergarten", "shops"],
               reported_by=["Zaporizhzhia governor Ivan Fedorov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kupiansk", "Kharkiv", "Ukraine")],
               day("2024-11-20", "during the morning"), [{"type": "artillery"}],
               ev("In the Kharkiv region, Russian artillery shelled Kupiansk during the morning, injuring three men, among them a utility worker repairing a power line, the regional prosecutor's office said."),
               injured=cnt(3, "three men"), reported_by=["Kharkiv regional prosecutor's office"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk", "Russia", "region")],
               night("2024-11-19", "2024-11-20", "overnight"), [{"type": "drone", "intercepted": cnt(12, "12")}],
               ev("Ukrainian drones attacked the Bryansk region of Russia overnight, governor Alexander Bogomaz said, claiming 12 were destroyed.",
                  "He reported no casualties."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               reported_by=["Bryansk governor Alexander Bogomaz"]),
        attack("Ukraine", "Russia", "missile_strike", [loc("Bryansk", "Bryansk", "Russia", "region")],
               day("2024-11-19", "On Tuesday"),
               [{"type": "ballistic_missile", "model": "ATACMS", "launched": cnt(6, "six"), "intercepted": cnt(5, "five")}],
               ev("On Tuesday, Ukraine for the first time struck Russian territory with US-supplied ATACMS missiles, hitting an arsenal in the Bryansk region, according to Moscow.",
                  "The Russian Defence Ministry said five of the six missiles were shot down and one was damaged."),
               damage=["arsenal"], reported_by=["Russian Defence Ministry"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "United Kingdom"], day("2024-11-20", "on Wednesday"), "held",
            "Sybiha's phone call with Lammy",
            ev("Andrii Sybiha talked by phone with David Lammy, the British foreign secretary, who confirmed that London had approved a further £35 million for Ukraine's energy repairs ahead of the winter.")),
        dip("military_aid", ["United Kingdom", "Ukraine"], None, "held",
            "A further £35 million for Ukraine's energy repairs before winter",
            ev("Andrii Sybiha talked by phone with David Lammy, the British foreign secretary, who confirmed that London had approved a further £35 million for Ukraine's energy repairs ahead of the winter.")),
    ])

# --------------------------------------------------------------------------- yu12
GOLD["yu12_deccanledger_champions_trophy_rain"] = dict(
    notes="Control (Indian daily, Saturday 8 March 2025): a cricket final's weather, venues and tickets. No attack and "
          "no diplomacy record: India's refusal to travel to Pakistan is a sporting arrangement between boards, not an "
          "event between states (rule 13).",
    attacks=[], diplomacy=[])


CLUSTERS = [
    ("exchange-2025-06-09", "First stage of the Istanbul-agreed prisoner exchange, 9 June 2025 (Russian and Turkish outlets)",
     [("yu02_ruswire_belgorod_shebekino", "diplomacy", 0), ("yu03_bosphorusdaily_exchange_first_stage", "diplomacy", 0)]),
    ("kyiv-2025-09-07", "Russian drones and missiles on Kyiv and the Cabinet building, night of 6-7 September 2025",
     [("yu06_northernchronicle_kyiv_cabinet_fire", "attack", 1), ("yu07_gulfhorizon_kyiv_record_raid", "attack", 1)]),
    ("ukraine-2025-09-07", "Russia's record nationwide drone and missile attack, night of 6-7 September 2025",
     [("yu06_northernchronicle_kyiv_cabinet_fire", "attack", 0), ("yu07_gulfhorizon_kyiv_record_raid", "attack", 0)]),
    ("paris-2025-09-04", "The coalition of the willing's leaders in Paris, 4 September 2025",
     [("yu06_northernchronicle_kyiv_cabinet_fire", "diplomacy", 0), ("yu07_gulfhorizon_kyiv_record_raid", "diplomacy", 0)]),
    ("riyadh-2025-02-18", "US-Russian talks in Riyadh, 18 February 2025",
     [("yu04_panafricanwire_riyadh_talks", "diplomacy", 0), ("yu05_deccanledger_jeddah_ceasefire", "diplomacy", 4),
      ("yu08_northernchronicle_explainer_talks_timeline", "diplomacy", 5)]),
    ("jeddah-2025-03-11", "US-Ukrainian talks in Jeddah, 11 March 2025",
     [("yu05_deccanledger_jeddah_ceasefire", "diplomacy", 0), ("yu08_northernchronicle_explainer_talks_timeline", "diplomacy", 6)]),
    ("istanbul-2025-05-16", "First direct Russian-Ukrainian talks in Istanbul, 16 May 2025",
     [("yu01_gulfhorizon_mod_drones", "diplomacy", 0), ("yu03_bosphorusdaily_exchange_first_stage", "diplomacy", 3),
      ("yu08_northernchronicle_explainer_talks_timeline", "diplomacy", 7)]),
    ("istanbul-2025-06-02", "Second Istanbul round, 2 June 2025",
     [("yu03_bosphorusdaily_exchange_first_stage", "diplomacy", 2), ("yu08_northernchronicle_explainer_talks_timeline", "diplomacy", 8)]),
    ("anchorage-2025-08-15", "The Trump-Putin summit near Anchorage, 15 August 2025",
     [("yu08_northernchronicle_explainer_talks_timeline", "diplomacy", 10), ("yu09_bosphorusdaily_alaska_summit", "diplomacy", 0)]),
    ("washington-2025-08-18", "Zelensky's meeting with Trump at the White House, 18 August 2025 (planned in yu09, held with European leaders in yu08)",
     [("yu08_northernchronicle_explainer_talks_timeline", "diplomacy", 0), ("yu09_bosphorusdaily_alaska_summit", "diplomacy", 2)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev46 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV46 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV46, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
