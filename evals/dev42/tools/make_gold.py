"""Write evals/dev42/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev42 on 3 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV42 = ROOT / "evals" / "dev42"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt  # noqa: E402


def span(a: str, b: str, text: str) -> dict:
    """An event of two or more named days."""
    return {"start": a, "end": b, "precision": "range", "text": text}


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yq01
GOLD["yq01_weserkurier_istanbul_mykolaiv"] = dict(
    notes="German daily, translated (Thursday 31 March 2022): the Istanbul talks 'on Tuesday' in the Dolmabahce palace "
          "(talks, held, 29 March; Turkey hosts and Erdogan greeted the delegations, rule 15); the written Ukrainian "
          "proposal on neutrality tabled there (proposal, proposed, rule 13); Scholz's call with Putin 'on Wednesday' "
          "(phone_call, held); the missile on the Mykolaiv regional administration 'on Tuesday morning' ('at least "
          "twelve' first, twenty later is evidence, rules 6 and 7; '33 people were being treated in hospital' is "
          "hospitalised, not injured, rule 6); Chernihiv under 'artillery and rocket fire' through 'the night to "
          "Thursday' (30-31 March, rule 11; rocket artillery is artillery: shelling_artillery; no figures). Optional: "
          "Bennett's trip to Moscow 'on 5 March' to see Putin (background, rule 17; a trip told by its purpose of "
          "meeting is talks, rule 14). Not coded: Russia's pledge of a 'drastic reduction' (a unilateral statement, "
          "rule 13), 'no date for a further round', Bennett's 'telephone diplomacy' (no call identified), whether "
          "Turkey or Israel will host the next meeting (a stance).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Mykolaiv", "Mykolaiv", "Ukraine")],
               day("2022-03-29", "on Tuesday morning"), [{"type": "missile"}],
               ev("In Mykolaiv, meanwhile, a missile had torn open the nine-storey regional administration building on Tuesday morning, shortly before nine o'clock, when most of the staff had just arrived.",
                  "Governor Vitaliy Kim, whose office lay in the wing that collapsed and who was not in it, initially gave the number of dead as at least twelve; by Wednesday evening rescuers, who were still lifting concrete slabs from the basement, had recovered twenty bodies, and 33 people were being treated in hospital."),
               killed=cnt(12, "at least twelve", "at_least"), damage=["regional administration building"],
               reported_by=["Governor Vitaliy Kim"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Chernihiv", "Chernihiv", "Ukraine")],
               night("2022-03-30", "2022-03-31", "through the whole of the night to Thursday"), [{"type": "artillery"}],
               ev("How little the promise of the Bosphorus was worth was seen in Chernihiv itself, which, as the regional governor Vyacheslav Chaus reported, came under artillery and rocket fire through the whole of the night to Thursday; he gave no casualty figures, saying only that residential streets in the north of the city had burned."),
               damage=["residential streets"], reported_by=["Vyacheslav Chaus"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2022-03-29", "on Tuesday"), "held",
            "Ukrainian and Russian delegations held a little over three hours of talks in Istanbul's Dolmabahce palace, greeted by Erdogan; Medinsky led the Russian side",
            ev("The talks themselves, which the Ukrainian and Russian delegations held for a little over three hours in the Dolmabahçe palace after Recep Tayyip Erdoğan, Turkey's president, had greeted both sides and urged them to agree a ceasefire, produced a written Ukrainian proposal on neutrality with guarantees from third states, but no date for a further round."),
            location=loc("Dolmabahçe palace", None, "Turkey", "site")),
        dip("proposal", ["Ukraine", "Russia"], day("2022-03-29", "on Tuesday"), "proposed",
            "Ukraine's written proposal on neutrality with guarantees from third states, tabled at the Istanbul talks",
            ev("The talks themselves, which the Ukrainian and Russian delegations held for a little over three hours in the Dolmabahçe palace after Recep Tayyip Erdoğan, Turkey's president, had greeted both sides and urged them to agree a ceasefire, produced a written Ukrainian proposal on neutrality with guarantees from third states, but no date for a further round.")),
        dip("phone_call", ["Germany", "Russia"], day("2022-03-30", "on Wednesday"), "held",
            "Chancellor Olaf Scholz spoke with Vladimir Putin for almost an hour (gas payments in roubles, a ceasefire)",
            ev("Chancellor Olaf Scholz (who, according to government spokesman Steffen Hebestreit, spent almost an hour on the line) spoke by telephone with Vladimir Putin on Wednesday; the Kremlin's readout spoke mainly of payment for gas in roubles, Berlin's of a ceasefire.")),
        dip("talks", ["Israel", "Russia"], day("2022-03-05", "on 5 March"), "held",
            "Israeli prime minister Naftali Bennett flew to Moscow to see Putin",
            ev("Israel's prime minister Naftali Bennett, who on 5 March had flown to Moscow to see Putin, has since kept up his telephone diplomacy with both sides; whether Turkey or Israel will host the next meeting, a diplomat in Ankara said, \"depends on the front, not on us\"."),
            location=loc("Moscow", None, "Russia"), optional=True),
    ])

# --------------------------------------------------------------------------- yq02
GOLD["yq02_acp_update_istanbul"] = dict(
    notes="French wire, UPDATE 3 (Tuesday 29 March 2022): the Istanbul round 'on Tuesday' (talks, held; 'hosted by "
          "Turkey', rule 15); Ukraine's proposals 'handed over in writing' (proposal, proposed, rule 13); the missile on "
          "the Mykolaiv regional government building (the lead's 'at least 12' is the article's first figure, rule 6: "
          "the governor's earlier 'seven' is evidence; '22 wounded' is the only injured figure). Optional: Lavrov and "
          "Kuleba in Antalya 'on March 10' (background, rule 17; Turkey hosts, rule 15). Not coded: Moscow's pledge to "
          "scale down (statement), a Putin-Zelenskiy summit that 'might follow when a treaty text was ready' (no date, "
          "conditional: a stance, rule 13), Arakhamia's guarantees mechanism (a demand), Cavusoglu's 'a meeting of the "
          "two ministers could follow' (a stance).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Mykolaiv", "Mykolaiv", "Ukraine")],
               day("2022-03-29", "shortly before 9 a.m."), [{"type": "missile"}],
               ev("ISTANBUL/KYIV, March 29 (ACP) - Ukrainian and Russian negotiators ended a round of face-to-face talks in Istanbul on Tuesday, with Moscow pledging to scale down operations around Kyiv and Chernihiv, while a Russian missile strike on the regional government building in the southern city of Mykolaiv killed at least 12 people, officials said.",
                  "In Mykolaiv, the missile struck the regional administration building shortly before 9 a.m. (0600 GMT).",
                  "Regional governor Vitaliy Kim had earlier said seven people were dead and 22 wounded; emergency services later raised the toll to 12 and said rescue teams were still digging through debris."),
               killed=cnt(12, "at least 12 people", "at_least"), injured=cnt(22, "22 wounded"),
               damage=["regional government building"], reported_by=["Vitaliy Kim", "emergency services"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2022-03-29", "on Tuesday"), "held",
            "Ukrainian and Russian negotiators (Medinsky, Arakhamia) held face-to-face talks in an Ottoman-era palace, opened by Erdogan",
            ev("ISTANBUL/KYIV, March 29 (ACP) - Ukrainian and Russian negotiators ended a round of face-to-face talks in Istanbul on Tuesday, with Moscow pledging to scale down operations around Kyiv and Chernihiv, while a Russian missile strike on the regional government building in the southern city of Mykolaiv killed at least 12 people, officials said.",
               "The Istanbul meeting, hosted by Turkey in an Ottoman-era palace on the Bosphorus, was the first time the two delegations had met in person in about three weeks."),
            location=loc("Istanbul", None, "Turkey")),
        dip("proposal", ["Ukraine", "Russia"], day("2022-03-29", "on Tuesday"), "proposed",
            "Ukraine's written proposals, to be studied and passed to Putin",
            ev("Russian chief negotiator Vladimir Medinsky said Ukraine's proposals, handed over in writing, would be studied and passed to President Vladimir Putin.")),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2022-03-10", "on March 10"), "held",
            "Foreign ministers Sergei Lavrov and Dmytro Kuleba met in Antalya, without progress on a ceasefire",
            ev("Russia's Sergei Lavrov and Ukraine's Dmytro Kuleba, the two foreign ministers, met in the Turkish resort of Antalya on March 10 in the highest-level contact since the invasion began, but made no progress on a ceasefire."),
            location=loc("Antalya", None, "Turkey"), optional=True),
    ])

# --------------------------------------------------------------------------- yq03
GOLD["yq03_tokaishimpo_kramatorsk_sanctions"] = dict(
    notes="Japanese outlet, short item (Saturday 9 April 2022): Japan's decision 'on Friday' to phase out Russian coal and "
          "freeze the assets of 398 more individuals (sanctions, held, Japan and Russia as the target, rule 15); the "
          "Tochka-U on Kramatorsk railway station 'hours' before the decision (8 April; 'at least 39' killed, 'four of "
          "them children', 'more than 100' wounded, rules 6 and 7; the governor's later 50 is evidence; the model fixes "
          "the family, rule 9; 'a missile' is not counted); Japan's additional humanitarian assistance (military_aid, "
          "held: announced as decided, rules 14 and 16; no amount, no date). Not coded: Hayashi's condemnation and "
          "Russia's denial (statements), Sakhalin stakes and trade figures.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kramatorsk", "Donetsk", "Ukraine")],
               day("2022-04-08", "hours after"), [{"type": "ballistic_missile", "model": "Tochka-U"}],
               ev("The decision came hours after a missile slammed into the railway station of Kramatorsk, in eastern Ukraine's Donetsk region, where thousands of residents were waiting for evacuation trains.",
                  "Ukrainian officials said at least 39 people were killed, four of them children, and more than 100 wounded.",
                  "Ukraine's railway operator identified the weapon as a Tochka-U missile carrying cluster munitions."),
               killed=cnt(39, "at least 39 people", "at_least"), injured=cnt(100, "more than 100", "more_than"),
               children_killed=cnt(4, "four of them children"), damage=["railway station"],
               reported_by=["Ukrainian officials", "Pavlo Kyrylenko", "Ukraine's railway operator"]),
    ],
    diplomacy=[
        dip("sanctions", ["Japan", "Russia"], day("2022-04-08", "on Friday"), "held",
            "Japan decided to phase out Russian coal imports and freeze the assets of 398 more individuals, including two daughters of Putin",
            ev("TOKYO - The Japanese government decided on Friday to phase out imports of Russian coal and to freeze the assets of a further 398 individuals, among them two daughters of President Vladimir Putin, Prime Minister Fumio Kishida told reporters at his office in the evening.")),
        dip("military_aid", ["Japan", "Ukraine"], None, "held",
            "Additional Japanese humanitarian assistance to Ukraine and its neighbours, amount not given",
            ev("Kishida also said Japan would provide additional humanitarian assistance to Ukraine and its neighbours, without giving an amount.")),
    ])

# --------------------------------------------------------------------------- yq04
GOLD["yq04_gazetawarszawska_day45_digest"] = dict(
    notes="Polish daily's day-in-the-war digest, translated (Saturday 9 April 2022): Kramatorsk station 'Friday's rocket "
          "strike' (8 April; 'at 52' killed, 'five of them children', rule 6; 'about a hundred' in hospital is not "
          "injured; 'the missile': missile_strike); Russian artillery on Kharkiv 'on Friday' (two killed, six injured; "
          "the northern districts stay on the city record, rule 1); Johnson's unannounced visit to Kyiv 'on Saturday' "
          "(visit, held; the talks with Zelensky are part of it, rule 14) and his promise of armoured vehicles and "
          "anti-ship missiles (military_aid, held, rule 16); von der Leyen's and Borrell's visit to Bucha and Kyiv 'A "
          "day earlier' (visit, held, 8 April; the questionnaire is part of it); the EU's fifth sanctions package 'On "
          "Friday' (sanctions, held); Slovakia's S-300 'announced on Friday' (military_aid, held). Optional: the US "
          "Patriot battery to be stationed in Slovakia (a deployment to an ally, told as the return of the S-300). "
          "Not coded: 2.6 million refugees (no event), the inscription on the missile.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kramatorsk", "Donetsk", "Ukraine")],
               day("2022-04-08", "Friday's"), [{"type": "missile"}],
               ev("The death toll from Friday's rocket strike on the railway station, where some four thousand people, mostly women and children",
                  "had gathered for evacuation trains, stood on Saturday morning at 52, five of them children, the prosecutors of the Donetsk region reported; about a hundred people remain in hospital.",
                  "Fragments of the missile bore the inscription \"for the children\" in Russian."),
               killed=cnt(52, "52"), children_killed=cnt(5, "five of them children"), damage=["railway station"],
               reported_by=["prosecutors of the Donetsk region"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2022-04-08", "on Friday"), [{"type": "artillery"}],
               ev("Russian artillery shelled the northern districts of the city again on Friday; Oleh Synyehubov, who heads the Kharkiv regional administration, said two people were killed and six injured."),
               killed=cnt(2, "two people"), injured=cnt(6, "six"), damage=["northern districts"],
               reported_by=["Oleh Synyehubov"]),
    ],
    diplomacy=[
        dip("visit", ["United Kingdom", "Ukraine"], day("2022-04-09", "on Saturday"), "held",
            "Boris Johnson's unannounced visit to Kyiv: talks with Zelensky and a walk through the city centre",
            ev("British Prime Minister Boris Johnson arrived unannounced in the capital on Saturday and, after talks with President Volodymyr Zelensky, walked with him through the empty city centre; he promised armoured vehicles and anti-ship missiles."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["United Kingdom", "Ukraine"], day("2022-04-09", "on Saturday"), "held",
            "Johnson promised Ukraine armoured vehicles and anti-ship missiles",
            ev("British Prime Minister Boris Johnson arrived unannounced in the capital on Saturday and, after talks with President Volodymyr Zelensky, walked with him through the empty city centre; he promised armoured vehicles and anti-ship missiles.")),
        dip("visit", ["European Union", "Ukraine"], day("2022-04-08", "A day earlier"), "held",
            "Ursula von der Leyen and Josep Borrell visited Bucha and Kyiv; von der Leyen handed Zelensky the candidate-status questionnaire",
            ev("A day earlier Ursula von der Leyen, the President of the European Commission, and Josep Borrell, who heads the EU's diplomacy, had visited Bucha and then Kyiv, where von der Leyen handed Zelensky a questionnaire that opens the path to candidate status."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("sanctions", ["European Union", "Russia"], day("2022-04-08", "On Friday"), "held",
            "The EU's fifth sanctions package: a ban on Russian coal imports from August and EU ports closed to Russian ships",
            ev("On Friday the EU member states formally adopted the fifth package of sanctions against Russia, including a ban on imports of Russian coal from August and the closing of EU ports to Russian ships.")),
        dip("military_aid", ["Slovakia", "Ukraine"], day("2022-04-08", "on Friday"), "held",
            "Slovakia handed over its S-300 air defence system to Ukraine",
            ev("Slovakia has handed over its S-300 air defence system to Ukraine, Prime Minister Eduard Heger announced on Friday, stressing that this did not make his country a party to the conflict; a US Patriot battery will be stationed in Slovakia in return.")),
        dip("military_aid", ["United States", "Slovakia"], None, "planned",
            "A US Patriot battery to be stationed in Slovakia in return for the S-300",
            ev("Slovakia has handed over its S-300 air defence system to Ukraine, Prime Minister Eduard Heger announced on Friday, stressing that this did not make his country a party to the conflict; a US Patriot battery will be stationed in Slovakia in return."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yq05
GOLD["yq05_diariodelsur_kremenchuk_g7"] = dict(
    notes="Spanish daily, translated (Tuesday 28 June 2022): the missile on the Kremenchuk shopping centre 'on Monday "
          "afternoon' ('at least 16' killed and 59 wounded first; the governor's 18 is evidence, rule 6; 'A Russian "
          "missile' is not counted, rule 9); shelling of Lysychansk 'on Monday' (eight killed, 21 wounded); the G7 summit "
          "at Schloss Elmau in its second day (summit, held; Germany hosts, Ukraine took part by video; the oil-price cap "
          "and the pledge are part of it); the NATO summit opening in Madrid 'on Wednesday' (summit, planned, Spain as "
          "host, rule 15); Turkey's memorandum with Finland and Sweden 'on Tuesday evening' (agreement, held, rule 14). "
          "Optional: the EU leaders' decision in Brussels 'last Thursday' on candidate status (background, rule 17). Not "
          "coded: 'abominable' (a reaction), Russia's arms-depot claim, the expected invitation to Finland and Sweden "
          "(part of the planned summit), 'Kyiv hopes' for heavier weapons and Spain's unstated aid (a stance, no decision).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kremenchuk", "Poltava", "Ukraine")],
               day("2022-06-27", "on Monday afternoon"), [{"type": "missile"}],
               ev("A Russian missile tore into a busy shopping centre in Kremenchuk, in central Ukraine, on Monday afternoon, when, according to President Volodymyr Zelensky, more than a thousand people were inside, killing at least 16 and wounding 59, in an attack that the leaders of the Group of Seven, gathered in the Bavarian Alps, described as \"abominable\".",
                  "The governor of the Poltava region, Dmytro Lunin, said on Tuesday morning that the toll had risen to 18 dead and that 36 people were still missing; rescuers worked through the night among the twisted metal of the Amstor centre, which sold groceries and household goods."),
               killed=cnt(16, "at least 16", "at_least"), injured=cnt(59, "59"), damage=["Amstor shopping centre"],
               reported_by=["Volodymyr Zelensky", "Dmytro Lunin"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Lysychansk", "Luhansk", "Ukraine")],
               day("2022-06-27", "on Monday"), [{"type": "artillery"}],
               ev("In the eastern city of Lysychansk, meanwhile, Russian shelling on Monday killed eight people and wounded 21 who had been queuing at a water tank, the Luhansk regional governor Serhiy Haidai said."),
               killed=cnt(8, "eight people"), injured=cnt(21, "21"), reported_by=["Serhiy Haidai"]),
    ],
    diplomacy=[
        dip("summit", ["G7", "Germany", "Ukraine"], span("2022-06-26", "2022-06-27", "entered its second day"), "held",
            "The G7 summit at Schloss Elmau hosted by Olaf Scholz: Zelensky by video, an oil price cap to be explored, support pledged",
            ev("The strike came as the G7 summit at Schloss Elmau, hosted by German Chancellor Olaf Scholz, entered its second day.",
               "The seven leaders, who had heard Zelensky by video link on Monday morning, agreed to look at capping what buyers pay for Russian crude and pledged to stand by Ukraine \"however long it takes\", according to their joint statement."),
            location=loc("Schloss Elmau", None, "Germany", "site")),
        dip("summit", ["NATO", "Spain"], day("2022-06-29", "on Wednesday"), "planned",
            "The NATO summit in Madrid chaired by Jens Stoltenberg, expected to invite Finland and Sweden",
            ev("From Bavaria, most of the leaders travel on to Madrid, where the NATO summit opens on Wednesday under the chairmanship of Secretary General Jens Stoltenberg and with Spain as host."),
            location=loc("Madrid", None, "Spain")),
        dip("agreement", ["Turkey", "Finland", "Sweden"], day("2022-06-28", "on Tuesday evening"), "held",
            "Turkey signed a memorandum with Finland and Sweden lifting its objections to their NATO membership",
            ev("The alliance is expected to invite Finland and Sweden to join, after Turkey on Tuesday evening signed a memorandum with the two Nordic countries that lifts its objections, according to Stoltenberg.")),
        dip("summit", ["European Union", "Ukraine", "Moldova"], day("2022-06-23", "last Thursday"), "held",
            "EU leaders meeting in Brussels granted Ukraine and Moldova candidate status",
            ev("Only last Thursday the EU leaders, meeting in Brussels, granted Ukraine and Moldova the status of candidate countries, a decision that Prime Minister Pedro Sánchez called \"historic\"."),
            location=loc("Brussels", None, "Belgium"), optional=True),
    ])

# --------------------------------------------------------------------------- yq06
GOLD["yq06_gazzettadellevante_nikopol_losses"] = dict(
    notes="Italian daily, translated (Friday 12 August 2022): Grad rockets on Nikopol 'overnight into Friday' (11-12 "
          "August, rule 11; three killed, two wounded; 'About forty rockets fell on the town' are weapons told as the "
          "subject of the hit: launched about 40, rules 7 and 9; rocket artillery is shelling_artillery); the UN "
          "Security Council session in New York 'on Thursday' at Moscow's request (meeting, held; the organisation's "
          "seat, no host state, rule 15; the IAEA briefed it). Optional: the shelling of the Zaporizhzhia plant's grounds "
          "'on Thursday', each side blaming the other (attacker disputed; rule 12's default would be Russia, target "
          "Ukraine for an occupied place). Not coded: the General Staff's cumulative losses tally (statistics since 24 "
          "February, no strike: rule 5), Guterres's call for a demilitarised zone and Grossi's 'ready to go' (a "
          "statement and a stance, rule 13), the population figures.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               night("2022-08-11", "2022-08-12", "overnight into Friday"),
               [{"type": "artillery", "model": "Grad", "launched": cnt(40, "About forty rockets", "about")}],
               ev("Russian forces fired Grad rockets at its residential districts overnight into Friday, killing three people and wounding two more, according to Valentyn Reznichenko, the governor of the Dnipropetrovsk region.",
                  "About forty rockets fell on the town, he wrote, damaging a school, a bus depot and a dozen apartment blocks; gas and water lines were cut."),
               killed=cnt(3, "three people"), injured=cnt(2, "two more"),
               damage=["school", "bus depot", "apartment blocks", "gas and water lines"],
               reported_by=["Valentyn Reznichenko"]),
        opt(attack("Russia", "Ukraine", "shelling_artillery",
                   [loc("Zaporizhzhia nuclear power plant", "Zaporizhzhia", "Ukraine", "site")],
                   day("2022-08-11", "on Thursday"), [{"type": "artillery"}],
                   ev("Each side accuses the other of shelling its grounds: Energoatom said a radiation sensor had been damaged on Thursday, while the Russian-installed administration of the town blamed Ukrainian artillery."),
                   damage=["radiation sensor"], reported_by=["Energoatom"])),
    ],
    diplomacy=[
        dip("meeting", ["UN Security Council", "Russia", "IAEA"], day("2022-08-11", "on Thursday"), "held",
            "The UN Security Council met at Moscow's request on the Zaporizhzhia plant; Grossi briefed by video, Nebenzia accused Kyiv",
            ev("At Moscow's request the UN Security Council held a session in New York on Thursday to discuss the plant.",
               "Rafael Grossi, the head of the UN nuclear watchdog (IAEA), told the members by video that the situation was \"very alarming\" and that his inspectors were ready to go; Ukraine and its allies called for Russian troops to leave, and Russia's envoy Vassily Nebenzia accused Kyiv of \"nuclear blackmail\"."),
            location=loc("New York", None, "United States")),
    ])

# --------------------------------------------------------------------------- yq07
GOLD["yq07_nordiskpressebyra_belgorod_both_sides"] = dict(
    notes="Nordic wire (Monday 4 July 2022), both sides of the border: Belgorod 'early on Sunday' (attacker Ukraine by "
          "Russia's account, target Russia, rules 4 and 12: Kyiv's hint at a Russian air-defence failure is not a claim "
          "of another attacker; 'at least three' killed, four later is evidence; 'four people were in hospital' is not "
          "injured, rule 6; three Tochka-U 'downed': launched 3 and intercepted 3, ballistic by model, rule 9); mortar "
          "rounds on Tetkino in the Kursk region 'on Sunday morning' ('no one was hurt': injured 0, rule 6); Russian "
          "artillery and mortars on four communities of the Sumy region, one named, Esman (one record with the region "
          "and the named place, rule 2; one woman injured); the Belgorod oil depot fire 'in April' after a raid by 'two "
          "Ukrainian helicopters' (a background attack with a place and a count: required, rule 5; kind other). "
          "Optional: the Lugano reconstruction conference opening 'on Monday' (planned; a conference of states, whose "
          "kind the codebook does not name: meeting, Switzerland hosts). Not coded: 'Such shelling ... almost daily' "
          "(vague, rule 5), 'hit repeatedly since April' (vague).",
    attacks=[
        attack("Ukraine", "Russia", "missile_strike", [loc("Belgorod", "Belgorod", "Russia")],
               day("2022-07-03", "early on Sunday"),
               [{"type": "ballistic_missile", "model": "Tochka-U", "launched": cnt(3, "three Tochka-U missiles"), "intercepted": cnt(3, "three Tochka-U missiles")}],
               ev("Explosions shook the Russian border city of Belgorod early on Sunday, killing at least three people and damaging dozens of homes, Russian officials said, while Ukraine's authorities reported cross-border fire on their own villages a few kilometres to the south.",
                  "Governor Vyacheslav Gladkov said 11 apartment buildings and 39 private houses had been damaged, five of them destroyed, and that four people were in hospital.",
                  "Russian air defence units downed, the defence ministry in Moscow said, three Tochka-U missiles with cluster warheads fired by Ukrainian forces at the city, and the debris of one fell on a residential street."),
               killed=cnt(3, "at least three people", "at_least"),
               damage=["apartment buildings", "private houses", "residential street"],
               reported_by=["Vyacheslav Gladkov", "Russian defence ministry"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Tetkino", "Kursk", "Russia")],
               day("2022-07-03", "on Sunday morning"), [{"type": "artillery"}],
               ev("Roman Starovoit, the governor of the neighbouring Kursk region, said Tetkino, a village on the border, had been hit by mortar rounds from the Ukrainian side on Sunday morning.",
                  "A power line was cut; no one was hurt, he added."),
               injured=cnt(0, "no one was hurt"), damage=["power line"], reported_by=["Roman Starovoit"]),
        attack("Russia", "Ukraine", "shelling_artillery",
               [loc("Sumy", "Sumy", "Ukraine", "region"), loc("Esman", "Sumy", "Ukraine")],
               day("2022-07-03", "during the day"), [{"type": "artillery"}],
               ev("On the Ukrainian side of the border, the Sumy regional governor Dmytro Zhyvytskyi said Russian forces had fired artillery and mortars at four communities of the region during the day and that one woman had been injured in Esman."),
               injured=cnt(1, "one woman"), reported_by=["Dmytro Zhyvytskyi"]),
        attack("Ukraine", "Russia", "other", [loc("Belgorod", "Belgorod", "Russia")],
               month("2022-04-01", "2022-04-30", "since April, when"),
               [{"type": "other", "model": "helicopters", "launched": cnt(2, "two")}],
               ev("Belgorod, a city of about 340,000 people some 40 kilometres from the border, has been hit repeatedly since April, when an oil depot there caught fire after what Russia said was a raid by two Ukrainian helicopters."),
               damage=["oil depot"], reported_by=["Russia"]),
    ],
    diplomacy=[
        dip("meeting", ["Switzerland", "Ukraine"], day("2022-07-04", "on Monday"), "planned",
            "An international conference on Ukraine's reconstruction in Lugano, Shmyhal heading Kyiv's delegation",
            ev("The exchange of accusations came on the eve of an international conference on Ukraine's reconstruction, which opens in the Swiss city of Lugano on Monday with Prime Minister Denys Shmyhal at the head of Kyiv's delegation."),
            location=loc("Lugano", None, "Switzerland"), optional=True),
    ])

# --------------------------------------------------------------------------- yq08
N0816 = night("2025-08-15", "2025-08-16", "Overnight")
GOLD["yq08_hanbitnews_alaska_summit"] = dict(
    notes="Korean wire (Saturday 16 August 2025): the Trump-Putin meeting in Anchorage 'on Friday' (summit, held: a meeting "
          "of two states' leaders not called talks, rule 14; the article calls it meeting and encounter); Trump's call "
          "with Zelensky 'On the flight back to Washington' (phone_call, held; the night of 15-16 August); Zelensky's "
          "trip to Washington 'on Monday' to meet Trump at the White House (talks, planned, 18 August: a trip told by its "
          "purpose of meeting, rule 14; a day and a place, rule 16); the night's 85 drones and one ballistic missile, 61 "
          "drones 'shot down or suppressed' (country record, rules 3 and 9); a drone on a farm building in the "
          "Synelnykove district (two men injured; 'a drone' is not counted, rule 9). Optional: Putin's suggestion that "
          "the next meeting be held 'in Moscow' (put to the other side, rule 13, but no date and half in jest). Not "
          "coded: Trump's calls with 'several European leaders' (no participant identified), Seoul's statement, Peskov's "
          "'no date had been set', the dropped lunch, North Korea's troops in Kursk (no strike).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0816,
               [{"type": "drone", "launched": cnt(85, "85"), "intercepted": cnt(61, "61")},
                {"type": "ballistic_missile", "launched": cnt(1, "one ballistic missile")}],
               ev("Overnight the Russian army sent 85 drones and one ballistic missile against Ukraine, its air force said, adding that 61 drones had been shot down or suppressed."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike",
               [loc("Synelnykove district", "Dnipropetrovsk", "Ukraine", "district")], N0816, [{"type": "drone"}],
               ev("A farm building in the Synelnykove district of the Dnipropetrovsk region was hit by a drone and two men were injured, regional head Serhiy Lysak said."),
               injured=cnt(2, "two men"), damage=["farm building"], reported_by=["Serhiy Lysak"]),
    ],
    diplomacy=[
        dip("summit", ["United States", "Russia"], day("2025-08-15", "on Friday"), "held",
            "Trump and Putin met for close to three hours at Joint Base Elmendorf-Richardson with Rubio, Witkoff, Lavrov and Ushakov; no ceasefire",
            ev("SEOUL, Aug. 16 (Hanbit) -- Donald Trump and Vladimir Putin, the American and Russian presidents, ended their first face-to-face meeting in more than six years in Anchorage, Alaska, on Friday without announcing a ceasefire in Ukraine, though both described the encounter as \"productive\".",
               "The two leaders met at Joint Base Elmendorf-Richardson for close to three hours, joined by Secretary of State Marco Rubio, special envoy Steve Witkoff, Foreign Minister Sergei Lavrov and Kremlin aide Yuri Ushakov."),
            location=loc("Anchorage", None, "United States")),
        dip("phone_call", ["United States", "Ukraine"], night("2025-08-15", "2025-08-16", "On the flight back to Washington"), "held",
            "Trump spoke by phone with Zelensky for more than an hour after the Anchorage meeting",
            ev("On the flight back to Washington, Trump spoke by phone with Ukrainian President Volodymyr Zelensky for more than an hour and later with several European leaders, the White House said.")),
        dip("talks", ["Ukraine", "United States"], day("2025-08-18", "on Monday"), "planned",
            "Zelensky to travel to Washington to meet Trump at the White House",
            ev("Zelensky said on Saturday that he would travel to Washington on Monday to meet Trump at the White House."),
            location=loc("Washington", None, "United States")),
        dip("summit", ["Russia", "United States"], None, "proposed",
            "Putin suggested the next meeting with Trump be held in Moscow",
            ev("\"There's no deal until there's a deal,\" Trump told reporters afterwards, while Putin suggested in English that the next meeting be held \"in Moscow\"."),
            location=loc("Moscow", None, "Russia"), optional=True),
    ])

# --------------------------------------------------------------------------- yq09
GOLD["yq09_wochenspiegel_explainer_washington"] = dict(
    notes="German weekly's explainer, translated (Thursday 21 August 2025): the Oval Office meeting 'on Monday' with "
          "Zelensky and seven European leaders (summit, held, 18 August: leaders of several states, not called talks, "
          "rule 14; the six leaders named give eight participants, NATO among them, rule 15; the seventh European leader is not named); Trump's call to Putin 'During Monday's "
          "meeting' (phone_call, held); the Putin-Zelensky meeting Trump 'had begun arranging' (summit, proposed, rule "
          "13; the United States arranges it, rule 15); the coalition of the willing's video meeting 'On Tuesday' "
          "(summit, held, 19 August; co-chaired by Britain and France); Merz's call with Trump 'on Friday', announced by "
          "Berlin and not yet held (phone_call, planned, 22 August, rule 16). Optional (background, rule 17): Istanbul "
          "'In March 2022' (talks, Turkey hosts), Istanbul 'on 16 May 2025' (talks), the Anchorage meeting 'last "
          "Friday' (summit), and the three-way summit 'to be followed' (part of the proposal). Not coded: the thousand-"
          "for-thousand exchange 'agreed' in May (no exchange told as held), Trump's dropped ceasefire demand and "
          "Merz's 'a ceasefire had to come first' (stances), the open questions.",
    attacks=[],
    diplomacy=[
        dip("summit", ["United States", "Ukraine", "Germany", "France", "United Kingdom", "Finland", "Italy", "NATO"],
            day("2025-08-18", "on Monday"), "held",
            "Zelensky in the Oval Office with Trump, joined in the afternoon by seven European leaders, among them Merz, Macron, Starmer, Stubb, Meloni and Rutte",
            ev("The moment Volodymyr Zelensky sat down in the Oval Office on Monday, flanked in the afternoon",
               "by seven European leaders, among them Chancellor Friedrich Merz, President Emmanuel Macron, Prime Minister Keir Starmer, Finland's President Alexander Stubb, Italy's Giorgia Meloni and NATO Secretary General Mark Rutte"),
            location=loc("Oval Office", None, "United States", "site")),
        dip("phone_call", ["United States", "Russia"], day("2025-08-18", "During Monday's meeting"), "held",
            "Trump broke off the meeting to phone Putin, about forty minutes according to Ushakov",
            ev("During Monday's meeting, Trump broke off to phone Putin, a call of about forty minutes according to Kremlin aide Yuri Ushakov.")),
        dip("summit", ["Russia", "Ukraine", "United States"], None, "proposed",
            "A Putin-Zelensky meeting that Trump said he had begun arranging; Moscow confirmed nothing",
            ev("Afterwards he wrote that he had begun arranging a meeting between Putin and Zelensky, to be followed by a three-way summit with himself; Moscow has confirmed nothing.")),
        dip("summit", ["coalition of the willing", "United Kingdom", "France"], day("2025-08-19", "On Tuesday"), "held",
            "The coalition of the willing met by video conference, co-chaired by Starmer and Macron, and tasked military planners to work with the Americans",
            ev("On Tuesday the coalition of the willing, some thirty states under British and French leadership which are preparing security guarantees for Ukraine, met by video conference, co-chaired by Starmer and Macron, and tasked its military planners to work with the Americans.")),
        dip("phone_call", ["Germany", "United States"], day("2025-08-22", "on Friday"), "planned",
            "Merz is to speak again with Trump by telephone, a Berlin government spokesman said",
            ev("Merz, who said after Monday that a ceasefire had to come first, is to speak again with Trump by telephone on Friday, a government spokesman in Berlin said.")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], month("2022-03-01", "2022-03-31", "In March 2022"), "held",
            "Ukrainian and Russian delegations in Istanbul agreed the outlines of a neutrality deal that was never signed",
            ev("In March 2022, in Istanbul, Ukrainian and Russian delegations agreed the outlines of a neutrality deal that was never signed."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2025-05-16", "on 16 May 2025"), "held",
            "The first direct talks since 2022, in Istanbul; a thousand-for-a-thousand prisoner exchange agreed",
            ev("Three years later, on 16 May 2025, the two sides met again in the same city for the first direct talks since then; they agreed on an exchange of a thousand prisoners each and little else."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("summit", ["United States", "Russia"], day("2025-08-15", "last Friday"), "held",
            "Trump's meeting with Putin in Alaska, without a ceasefire",
            ev("Donald Trump's meeting with Vladimir Putin in Alaska last Friday produced no ceasefire, and the American president has since dropped the demand for one in favour of a comprehensive peace agreement."),
            location=loc("Alaska", None, "United States", "region"), optional=True),
        dip("summit", ["United States", "Russia", "Ukraine"], None, "proposed",
            "A three-way summit of Trump, Putin and Zelensky to follow the bilateral meeting",
            ev("Afterwards he wrote that he had begun arranging a meeting between Putin and Zelensky, to be followed by a three-way summit with himself; Moscow has confirmed nothing."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yq10
GOLD["yq10_helsinginvartija_coalition_paris"] = dict(
    notes="Finnish daily, translated (Friday 5 September 2025): the coalition of the willing's meeting at the Elysee "
          "'on Thursday' (summit, held, 4 September: leaders of several states, partly by video, rule 14; France hosts, "
          "rule 15); the 26 states' commitment to deploy a force 'on the day after a ceasefire' (peacekeeping, planned: "
          "a force being set up, rule 14, committed but conditional on a ceasefire, no date); the leaders' call with "
          "Trump 'After the meeting' (phone_call, held); the coalition's defence ministers in London 'in the second half "
          "of September' (talks, planned: a meeting of officials, rule 14; the United Kingdom hosts). Required "
          "background attack (rule 5: a place and a count): drones and missiles on Kyiv 'On 28 August' ('at least 23' "
          "killed, 'four of them children'; the later 25 is evidence, rule 6). Not coded: Zelensky 'expected to speak "
          "with Trump again in the coming days, without naming a date' (no day, no place: rule 16), Finland's possible "
          "contribution 'decided by parliament' (no decision), Zakharova's rejection (a statement).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")],
               day("2025-08-28", "On 28 August"), [{"type": "drone"}, {"type": "missile"}],
               ev("On 28 August Russia struck Kyiv with drones and missiles, killing at least 23 people, four of them children, and damaging the building of the EU delegation in the city centre; the toll later rose to 25."),
               killed=cnt(23, "at least 23 people", "at_least"), children_killed=cnt(4, "four of them children"),
               damage=["building of the EU delegation"]),
    ],
    diplomacy=[
        dip("summit", ["coalition of the willing", "France", "Ukraine", "Denmark", "Finland", "United Kingdom", "Germany"],
            day("2025-09-04", "on Thursday"), "held",
            "The coalition of the willing met at the Elysee, Zelensky, Frederiksen and Stubb in person, Starmer and Merz by video",
            ev("PARIS - Twenty-six states have committed themselves to deploying troops to Ukraine, or to providing a presence on land, at sea or in the air, on the day after a ceasefire, President Emmanuel Macron announced on Thursday evening after the coalition of the willing, as the group calls itself, had met at the Élysée Palace.",
               "Some of the leaders, among them President Volodymyr Zelensky, Denmark's Mette Frederiksen and Finland's President Alexander Stubb, were in Paris in person; others, including Britain's Keir Starmer and Germany's Friedrich Merz, joined by video."),
            location=loc("Paris", None, "France")),
        dip("peacekeeping", ["coalition of the willing", "Ukraine"], None, "planned",
            "Twenty-six states committed to deploy troops or a presence on land, at sea or in the air after a ceasefire, away from the front line",
            ev("PARIS - Twenty-six states have committed themselves to deploying troops to Ukraine, or to providing a presence on land, at sea or in the air, on the day after a ceasefire, President Emmanuel Macron announced on Thursday evening after the coalition of the willing, as the group calls itself, had met at the Élysée Palace.",
               "The force would not be deployed on the front line, Macron stressed, and its aim would be to deter a new Russian attack rather than to fight.")),
        dip("phone_call", ["United States", "Ukraine", "coalition of the willing"], day("2025-09-04", "After the meeting"), "held",
            "The European leaders and Zelensky held a call with Trump, 'long, concrete and constructive' according to Stubb",
            ev("After the meeting, the European leaders and Zelensky held a call with President Donald Trump, which Stubb described to our newspaper as \"long, concrete and constructive\".")),
        dip("talks", ["coalition of the willing", "United Kingdom"], month("2025-09-16", "2025-09-30", "in the second half of September"), "planned",
            "The coalition's defence ministers to meet in London to work out the details",
            ev("Defence ministers of the coalition are to meet in London in the second half of September to work out the details, a French presidential official said."),
            location=loc("London", None, "United Kingdom")),
    ])

# --------------------------------------------------------------------------- yq11
GOLD["yq11_pravovecernik_azovstal_exchange"] = dict(
    notes="Czech daily, translated (Thursday 22 September 2022): the exchange 'late on Wednesday' of 215 Ukrainians for 55 "
          "Russians and Medvedchuk (prisoner_exchange, held, 21 September; Turkey and Saudi Arabia mediated, rule 15); "
          "Kuleba and Lavrov at the Security Council's ministerial session in New York 'on Thursday' (meeting, planned: "
          "'is due', rule 16; the UN's seat, no host state); S-300 missiles on Zaporizhzhia 'at dawn on Thursday' ('at "
          "least one' killed, five injured; S-300 is `missile`, rule 9). Optional: the earlier exchange 'on 29 June' "
          "(background, rule 17) and the arrangement with Erdogan that keeps the five commanders in Turkey (agreement; "
          "part of the exchange's terms). Not coded: the release of ten foreigners flown to Riyadh (told as part of the "
          "swap), 'not expected to speak to each other directly', Zelensky's thanks and Lipavsky's welcome (statements), "
          "the mobilisation.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2022-09-22", "at dawn on Thursday"), [{"type": "missile", "model": "S-300"}],
               ev("Russian missiles struck Zaporizhzhia at dawn on Thursday, hitting a hotel and an infrastructure site; at least one person was killed and five injured, according to Oleksandr Starukh, who heads the region's military administration and said the city had been hit by S-300 missiles."),
               killed=cnt(1, "at least one person", "at_least"), injured=cnt(5, "five"),
               damage=["hotel", "infrastructure site"], reported_by=["Oleksandr Starukh"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "Turkey", "Saudi Arabia"], day("2022-09-21", "late on Wednesday"), "held",
            "215 Ukrainians, among them 108 Azov fighters and five Azovstal commanders, for 55 Russians and Viktor Medvedchuk, mediated by Turkey and Saudi Arabia",
            ev("Two hundred and fifteen Ukrainians, among them 108 fighters of the Azov regiment and the five commanders who had led the last stand at Mariupol's Azovstal plant, returned home in an exchange carried out late on Wednesday, in which Ukraine handed back 55 Russians and Viktor Medvedchuk, the pro-Kremlin politician who had been arrested in April.",
               "The swap, the largest since the invasion began, had been prepared for months with the mediation of Turkey and Saudi Arabia, whose crown prince Mohammed bin Salman also secured the release of ten foreigners, including two US citizens and five British nationals, who were flown to Riyadh.")),
        dip("meeting", ["UN Security Council", "Ukraine", "Russia"], day("2022-09-22", "on Thursday"), "planned",
            "Kuleba and Lavrov at a ministerial session of the UN Security Council on the sidelines of the General Assembly",
            ev("Foreign Minister Dmytro Kuleba is due to face his Russian counterpart Sergei Lavrov on Thursday at a ministerial session of the Security Council, held in New York, on the sidelines of the General Assembly."),
            location=loc("New York", None, "United States")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2022-06-29", "on 29 June"), "held",
            "An earlier exchange in which 95 Azovstal defenders came home",
            ev("Ninety-five of them had already come home in an earlier exchange on 29 June."), optional=True),
        dip("agreement", ["Ukraine", "Turkey", "Russia"], None, "held",
            "The five Azovstal commanders are to remain in Turkey until the fighting ends, under an arrangement agreed with Erdogan",
            ev("Under an arrangement agreed with President Recep Tayyip Erdoğan, the five Azovstal commanders, including Denys Prokopenko, are to remain on Turkish soil until the fighting ends."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yq12
GOLD["yq12_krakowskikurier_court_archivist"] = dict(
    notes="Polish city paper, translated (Friday 14 March 2025): control, no record at all. A court acquits a former "
          "archivist of selling deeds; the Vienna auction of 2018, the flood of 1997, the refugees after the Second World "
          "War, the archive's move and the possible appeal are neither attacks nor diplomacy (rules 1 and 13).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("mykolaiv-2022-03-29", "Russian missile on the Mykolaiv regional administration building, 29 March 2022 (German daily and French wire)",
     [("yq01_weserkurier_istanbul_mykolaiv", "attack", 0), ("yq02_acp_update_istanbul", "attack", 0)]),
    ("istanbul-talks-2022-03-29", "Ukrainian-Russian talks in Istanbul hosted by Turkey, 29 March 2022 (told on the day, two days later, and in a 2025 explainer as 'March 2022')",
     [("yq01_weserkurier_istanbul_mykolaiv", "diplomacy", 0), ("yq02_acp_update_istanbul", "diplomacy", 0),
      ("yq09_wochenspiegel_explainer_washington", "diplomacy", 5)]),
    ("istanbul-proposal-2022-03-29", "Ukraine's written proposal tabled at the Istanbul talks, 29 March 2022",
     [("yq01_weserkurier_istanbul_mykolaiv", "diplomacy", 1), ("yq02_acp_update_istanbul", "diplomacy", 1)]),
    ("kramatorsk-2022-04-08", "The Tochka-U strike on Kramatorsk railway station, 8 April 2022 (Japanese item and Polish digest)",
     [("yq03_tokaishimpo_kramatorsk_sanctions", "attack", 0), ("yq04_gazetawarszawska_day45_digest", "attack", 0)]),
    ("alaska-2025-08-15", "The Trump-Putin meeting in Anchorage, 15 August 2025",
     [("yq08_hanbitnews_alaska_summit", "diplomacy", 0), ("yq09_wochenspiegel_explainer_washington", "diplomacy", 7)]),
    ("washington-2025-08-18", "Zelensky's meeting with Trump at the White House, 18 August 2025 (planned in one article, held with European leaders in the other)",
     [("yq08_hanbitnews_alaska_summit", "diplomacy", 2), ("yq09_wochenspiegel_explainer_washington", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev42 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV42 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV42, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
