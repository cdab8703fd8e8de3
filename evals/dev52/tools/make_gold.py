"""Write evals/dev52/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev52, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV52 = ROOT / "evals" / "dev52"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, week, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- xa01
GOLD["xa01_harbourline_live_dnipro_kharkiv"] = dict(
    notes="Live blog with timestamped updates, oldest first (Wednesday 8 April 2026). Coded: the air force's tally for "
          "the night 'between Tuesday evening and dawn' (7-8 April, rule 11; country record, rule 3: two struck places "
          "named; '120 drones', 'Of the 120 drones, 97' downed or jammed, rule 3; 'six Iskander-M missiles', 'Four of the "
          "missiles' destroyed: ballistic_missile by the model, rule 9; drone_and_missile, rule 8); Dnipro 'at about 2am' "
          "(8 April, day; 'A missile hit' is not counted, rule 9; 'three residents' killed, 'Fourteen others' hurt, 'two of "
          "the injured are children' children_injured 2, rule 6); Kremenchuk 'in the night' (drones on a fuel tank, 'No one "
          "was hurt': injured 0 only, rule 6); a guided aerial bomb on Kharkiv's Kholodnohirskyi district 'this afternoon' "
          "(glide_bomb; 'a guided aerial bomb' is not counted, rule 9; 'at least one person' injured, at_least: the first "
          "figure in time, the 15:30 update's five goes to the evidence only, rule 6). Optional: the Foreign Office's "
          "summoning of the Russian ambassador (diplomatic_protest, held; a concrete act between two states, but also a "
          "reaction to a strike, rule 13: debatable; its only date words are the post's timestamp). Not coded: the 08:05 "
          "opening (the same night), Peskov's words in Moscow (a reaction; Moscow is the speaker's city, not a place "
          "attacked), Zelensky's request for Patriot interceptors (a demand, rule 13).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-04-07", "2026-04-08", "between Tuesday evening and dawn"),
               [{"type": "drone", "launched": cnt(120, "120"), "intercepted": cnt(97, "97")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(6, "six"), "intercepted": cnt(4, "Four")}],
               ev("Russia sent 120 drones and six Iskander-M missiles, which are ballistic, between Tuesday evening and dawn, it says.",
                  "Of the 120 drones, 97 were shot down or jammed.",
                  "Four of the missiles were destroyed in the air."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2026-04-08", "at about 2am"), [{"type": "missile"}],
               ev("A missile hit a five-storey block of flats close to the main railway station at about 2am, and three residents were killed, the regional military administration's head has told local television.",
                  "Fourteen others were hurt; two of the injured are children, a girl of seven and an 11-year-old boy."),
               killed=cnt(3, "three residents"), injured=cnt(14, "Fourteen others"), children_injured=cnt(2, "two of the injured"),
               damage=["five-storey block of flats"], reported_by=["the regional military administration's head"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kremenchuk", "Poltava", "Ukraine")],
               night("2026-04-07", "2026-04-08", "in the night"), [{"type": "drone"}],
               ev("In Kremenchuk, in the Poltava region, drones set a fuel storage tank alight at an industrial site in the night.",
                  "No one was hurt, the regional governor wrote on Telegram, and the fire was out by sunrise."),
               injured=cnt(0, "No one was hurt"), damage=["fuel storage tank at an industrial site"],
               reported_by=["regional governor"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2026-04-08", "this afternoon"), [{"type": "glide_bomb"}],
               ev("The city's mayor says a guided aerial bomb fell on an industrial site in the Kholodnohirskyi district this afternoon and at least one person was injured.",
                  "The Kharkiv mayor has updated his figure: five people are now in hospital with injuries after the afternoon strike, one of them in serious condition."),
               injured=cnt(1, "at least one person", "at_least"), damage=["industrial site in the Kholodnohirskyi district"],
               reported_by=["the city's mayor"]),
    ],
    diplomacy=[
        opt(dip("diplomatic_protest", ["United Kingdom", "Russia"], day("2026-04-08", "16:55 BST"), "held",
                "The Foreign Office in London summoned the Russian ambassador over the Dnipro strike",
                ev("The Foreign Office in London has summoned the Russian ambassador over the Dnipro strike, a British government spokesperson says, calling the attack on a residential building \"indefensible\"."))),
    ])

# --------------------------------------------------------------------------- xa02
GOLD["xa02_mfaukraine_readout_sybiha_turkey_call"] = dict(
    notes="A foreign ministry's readout of a call (Thursday 9 April 2026). Coded: Sybiha's call with his Turkish "
          "counterpart 'On 9 April' (phone_call, held; Ukraine and Turkey, the Turkish minister named by role, rule 15); "
          "the exchange 'carried out today' with Turkey's 'mediation' (prisoner_exchange, held, 9 April; 84 each; Turkey a "
          "participant, rule 15); Sybiha's 'working visit to Ankara on 15 April' (visit, planned, rule 16: the article "
          "calls the trip a visit, rule 14); the Russian missile attack on Dnipro 'on the night of 8 April' (7-8 April, rule "
          "11; a background strike with a place and counts, required, rule 5; 'four civilians' killed, '14 more' injured, "
          "'two of them children' children_injured 2, rule 6; 'the Russian missile attack' names no count). Optional: the "
          "meeting of the Joint Strategic Planning Group scheduled during the visit (talks, planned: the trip is called a "
          "visit, so the talks in it are optional, rule 14). Not coded: 'repeated Russian strikes on port infrastructure' "
          "(no place, no count, no date, rule 5), the call on partners to increase pressure (a call, rule 13), Turkey's "
          "'readiness to continue providing a platform for negotiations' (a stance, rule 13), the topics discussed (part "
          "of the call), 'agreed to stay in regular contact' (no event).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               night("2026-04-07", "2026-04-08", "on the night of 8 April"), [{"type": "missile"}],
               ev("The Minister informed his Turkish counterpart about the consequences of the Russian missile attack on Dnipro on the night of 8 April, which took the lives of four civilians and injured 14 more, two of them children."),
               killed=cnt(4, "four civilians"), injured=cnt(14, "14 more"), children_injured=cnt(2, "two of them children"),
               damage=["residential building"], reported_by=["Ukraine's Minister for Foreign Affairs"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-04-09", "On 9 April"), "held",
            "Ukraine's foreign minister Andrii Sybiha spoke by telephone with the Turkish foreign minister about the Dnipro strike, the prisoner exchange, Black Sea shipping and his visit to Ankara",
            ev("On 9 April, Ukraine's Minister for Foreign Affairs Andrii Sybiha spoke by telephone with his counterpart from Türkiye.")),
        dip("prisoner_exchange", ["Ukraine", "Russia", "Turkey"], day("2026-04-09", "today"), "held",
            "Exchange of prisoners mediated by Turkey: 84 Ukrainian defenders returned home and 84 Russian servicemen were handed back",
            ev("Andrii Sybiha expressed gratitude to the Turkish side for its mediation in the exchange of prisoners carried out today, as a result of which 84 Ukrainian defenders returned home.",
               "The Coordination Headquarters for prisoners of war reported that 84 Russian servicemen were handed back to Russia.")),
        dip("visit", ["Ukraine", "Turkey"], day("2026-04-15", "on 15 April"), "planned",
            "Sybiha to pay a working visit to Ankara, with a meeting of the Joint Strategic Planning Group at foreign-minister level",
            ev("The parties agreed that Minister Sybiha will pay a working visit to Ankara on 15 April, during which a meeting of the Joint Strategic Planning Group at the level of foreign ministers is scheduled to take place."),
            location=loc("Ankara", None, "Turkey")),
        opt(dip("talks", ["Ukraine", "Turkey"], day("2026-04-15", "on 15 April"), "planned",
                "Meeting of the Ukrainian-Turkish Joint Strategic Planning Group at foreign-minister level during the visit",
                ev("The parties agreed that Minister Sybiha will pay a working visit to Ankara on 15 April, during which a meeting of the Joint Strategic Planning Group at the level of foreign ministers is scheduled to take place."),
                location=loc("Ankara", None, "Turkey"))),
    ])

# --------------------------------------------------------------------------- xa03
N0410 = night("2026-04-09", "2026-04-10", "overnight into Friday")
NIL03 = "Nobody was killed or injured in either place, local officials said."
GOLD["xa03_dailydispatch_what_we_know_day_1507"] = dict(
    notes="'What we know on day N' bullet list (Friday 10 April 2026). Coded: the air force's '64 attack drones' 'overnight "
          "into Friday', '51 of them' brought down (9-10 April; country record, rule 3: two struck places named); a drone on "
          "a substation near Bilhorod-Dnistrovskyi in the Odesa region and another on a warehouse in Bila Tserkva ('in "
          "that wave': dated by the bullet before, rule 11; 'a drone' and 'another' are not counted, rule 9; 'Nobody was "
          "killed or injured in either place' fills killed 0 and injured 0 on both, rule 6); the missile strike on Dnipro "
          "'overnight into Wednesday' (7-8 April; the toll 'has risen to five': the article's first figure, rule 6); "
          "Ukrainian drones on an oil pumping station in Russia's Bryansk region 'overnight' (a region record, no town "
          "named, rule 1; 'there were no casualties' fills both counts, rule 6). Diplomacy: Sybiha's call with Turkey's "
          "foreign minister 'on Thursday' (phone_call, held); the exchange of 84 prisoners each 'on Thursday', Turkey "
          "'mediator' (prisoner_exchange, held; Turkey a participant, rule 15); EU foreign ministers 'due in Brussels for a "
          "meeting on Monday' (meeting, planned, 13 April, rule 16; the EU's own meeting, rule 14). Not coded: Moscow's "
          "claim on Novopavlivka (ground fighting, rule 5), Zelensky's urging (a demand, rule 13), the power line lost at "
          "the Zaporizhzhia plant (no strike), consumer prices.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N0410,
               [{"type": "drone", "launched": cnt(64, "64"), "intercepted": cnt(51, "51")}],
               ev("Russia launched 64 attack drones at Ukraine overnight into Friday, Ukraine's air force said; 51 of them were brought down, most over the east and south of the country."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bilhorod-Dnistrovskyi", "Odesa", "Ukraine")], N0410,
               [{"type": "drone"}],
               ev("Russia launched 64 attack drones at Ukraine overnight into Friday, Ukraine's air force said; 51 of them were brought down, most over the east and south of the country.",
                  "Among the places hit in that wave, a drone damaged a power substation near Bilhorod-Dnistrovskyi in the Odesa region, cutting electricity to about 9,000 households, and another struck a warehouse in Bila Tserkva, south of Kyiv.",
                  NIL03),
               killed=cnt(0, "Nobody was killed or injured"), injured=cnt(0, "Nobody was killed or injured"),
               damage=["power substation"], reported_by=["local officials"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bila Tserkva", "Kyiv", "Ukraine")], N0410,
               [{"type": "drone"}],
               ev("Russia launched 64 attack drones at Ukraine overnight into Friday, Ukraine's air force said; 51 of them were brought down, most over the east and south of the country.",
                  "Among the places hit in that wave, a drone damaged a power substation near Bilhorod-Dnistrovskyi in the Odesa region, cutting electricity to about 9,000 households, and another struck a warehouse in Bila Tserkva, south of Kyiv.",
                  NIL03),
               killed=cnt(0, "Nobody was killed or injured"), injured=cnt(0, "Nobody was killed or injured"),
               damage=["warehouse"], reported_by=["local officials"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               night("2026-04-07", "2026-04-08", "overnight into Wednesday"), [{"type": "missile"}],
               ev("The death toll from the missile strike on an apartment block in Dnipro overnight into Wednesday has risen to five, the regional governor said, after a woman's body was pulled out of the rubble on Thursday evening."),
               killed=cnt(5, "five"), damage=["apartment block"], reported_by=["regional governor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk", "Russia", "region")],
               N0410 | {"text": "overnight"}, [{"type": "drone"}],
               ev("Long-range Ukrainian drones hit an oil pumping station in Russia's Bryansk region overnight, the Ukrainian General Staff said; the regional governor reported that debris started a fire but said there were no casualties."),
               killed=cnt(0, "there were no casualties"), injured=cnt(0, "there were no casualties"),
               damage=["oil pumping station"], reported_by=["Ukrainian General Staff", "regional governor"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-04-09", "on Thursday"), "held",
            "Sybiha and Turkey's foreign minister talked by telephone about the safety of merchant ships in the Black Sea",
            ev("Andrii Sybiha, Ukraine's top diplomat, talked to Turkey's foreign minister by telephone on Thursday, according to a statement from his ministry.")),
        dip("prisoner_exchange", ["Ukraine", "Russia", "Turkey"], day("2026-04-09", "on Thursday"), "held",
            "Ukraine and Russia each handed over 84 prisoners of war, with Turkey as mediator",
            ev("Ukraine and Russia each handed over 84 prisoners of war on Thursday; Turkey acted as mediator in the exchange.")),
        dip("meeting", ["European Union"], day("2026-04-13", "on Monday"), "planned",
            "EU foreign ministers to meet in Brussels, with Ukraine's air defence needs and a new sanctions package on the agenda",
            ev("The EU's foreign ministers are due in Brussels for a meeting on Monday, with Ukraine's air defence needs and a new sanctions package on the agenda, EU diplomats said."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- xa04
GOLD["xa04_riversideherald_nikopol_shelling_three_days"] = dict(
    notes="Regional outlet on one town's shelling over three days (Tuesday 14 April 2026). Coded, one record per day "
          "(rule 1: the same city on different days): Nikopol 'on Saturday morning' (11 April; artillery, "
          "shelling_artillery; 'A man aged 58' killed 1, 'a woman of 61' injured 1, rule 6); Nikopol on Sunday (12 April; "
          "'artillery' and 'first-person-view drones': other, both families listed, rule 8; 'Two people' injured, 'a "
          "15-year-old boy' children_injured 1, rule 6); Nikopol 'On Monday' (13 April; guns and shells, shelling_artillery; "
          "'Nobody was injured': injured 0 only, rule 6); Marhanets 'on Sunday' (12 April; 'a drone dropped explosives' is "
          "not counted, rule 9; 'a woman' injured 1). Not coded: 'the town is shelled almost every day' (no date, rule 5), "
          "the resident's words, the shelters and the convoy due on Wednesday (no state's aid decision, rule 14), the "
          "population figures.",
    attacks=[
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-04-11", "on Saturday morning"), [{"type": "artillery"}],
               ev("The shelling began on Saturday morning, when artillery rounds landed on a street of private houses in the town's eastern part.",
                  "A man aged 58 was killed in his garden and his neighbour, a woman of 61, was wounded, the head of the district military administration said.",
                  "Four houses and a shop were damaged."),
               killed=cnt(1, "A man aged 58"), injured=cnt(1, "a woman of 61"), damage=["four houses", "a shop"],
               reported_by=["the head of the district military administration"]),
        attack("Russia", "Ukraine", "other", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-04-12", "Sunday"), [{"type": "artillery"}, {"type": "drone"}],
               ev("Sunday was the heaviest day.",
                  "Russian forces fired artillery and sent first-person-view drones against the town from early morning until late evening, hitting School No. 7, a bus depot and several blocks of flats.",
                  "Two people were injured: a bus driver who was caught in the depot and a 15-year-old boy who was riding his bicycle home."),
               injured=cnt(2, "Two people"), children_injured=cnt(1, "a 15-year-old boy"),
               damage=["School No. 7", "bus depot", "several blocks of flats"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-04-13", "On Monday"), [{"type": "artillery"}],
               ev("On Monday the guns targeted the riverside neighbourhood closest to the water.",
                  "Shells damaged a water pumping station and a gas pipeline, and parts of the town were left without water for most of the day.",
                  "Nobody was injured, the district administration said."),
               injured=cnt(0, "Nobody was injured"), damage=["water pumping station", "gas pipeline"],
               reported_by=["the district administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Marhanets", "Dnipropetrovsk", "Ukraine")],
               day("2026-04-12", "on Sunday"), [{"type": "drone"}],
               ev("Marhanets, about 20 kilometres upriver, was also hit on Sunday, when a drone dropped explosives on a minibus stop and injured a woman, the regional military administration reported."),
               injured=cnt(1, "a woman"), damage=["minibus stop"], reported_by=["the regional military administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xa05
LEAD05 = ("MOSCOW, April 16. Russian air defence systems intercepted and destroyed 84 fixed-wing Ukrainian unmanned aerial "
          "vehicles over seven Russian regions overnight, according to a statement by the Russian Defence Ministry on Thursday.")
SPLIT05 = ("Of these, 31 were destroyed over the Belgorod Region, and the rest over the Kursk, Bryansk, Voronezh, Oryol, "
           "Lipetsk and Tula regions.")
ISTANBUL05 = ("Separately, Kremlin spokesman Dmitry Peskov told journalists in Moscow that the meeting of Russian, American and "
              "Ukrainian delegations that had been expected in Istanbul on Friday would not be held on that day.")
GOLD["xa05_novayazarya_belgorod_drones_istanbul_talks"] = dict(
    notes="Russian state-media style English story (Thursday 16 April 2026; dateline MOSCOW, the speaker's city). Coded: "
          "the ministry's '84' Ukrainian UAVs destroyed over seven regions 'Between 23:00 Moscow time on April 15 and 07:00 "
          "on April 16' (a tally over several regions: the country record, target Russia, rules 3 and 4); Belgorod "
          "'overnight' (15-16 April; the wreckage of a downed drone; 'Two women' injured; the ministry's '31' over the "
          "Belgorod Region goes on Belgorod, the one struck locality of that region, rule 3); the ministry's own strike "
          "'overnight' with 'Kinzhal hypersonic missiles and attack drones' on gas facilities 'in the Kharkov and Poltava "
          "regions' (places in aggregate: one record, two region locations, rule 2; Kinzhal is ballistic_missile, rule 9; "
          "drone_and_missile, rule 8; spelled 'Kharkov' here, rule 10); the Istanbul meeting of Russian, American and "
          "Ukrainian delegations 'expected ... on Friday' and 'postponed' with 'no new date' (talks, stalled, dated 17 "
          "April, the day planned, rules 11 and 16; Turkey as the state of the city, rule 15). Not coded: 'improved their "
          "tactical position near Konstantinovka' (ground fighting, rule 5), 'the Kiev regime's attacks on Russian regions' "
          "(vague), Peskov's and Lavrov's words (stances, rule 13), 'under Ukrainian fire almost daily' (no date).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU],
               night("2026-04-15", "2026-04-16", "Between 23:00 Moscow time on April 15 and 07:00 on April 16"),
               [{"type": "drone", "intercepted": cnt(84, "84")}],
               ev(LEAD05,
                  "\"Between 23:00 Moscow time on April 15 and 07:00 on April 16, air defence assets on duty intercepted and destroyed 84 fixed-wing UAVs of the Ukrainian armed forces,\" the ministry said in a Telegram post."),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod", "Russia")],
               night("2026-04-15", "2026-04-16", "overnight"), [{"type": "drone", "intercepted": cnt(31, "31")}],
               ev(SPLIT05,
                  "In Belgorod, wreckage of a drone that was shot down fell on the car park of a shopping centre, the Governor of the Belgorod Region said.",
                  "Two women suffered shrapnel wounds and were taken to the regional hospital, and eleven cars were damaged."),
               injured=cnt(2, "Two women"), damage=["car park of a shopping centre", "eleven cars", "nearby residential building"],
               reported_by=["the Governor of the Belgorod Region", "Russian Defence Ministry"]),
        attack("Russia", "Ukraine", "drone_and_missile",
               [loc("Kharkov", "Kharkiv", "Ukraine", "region"), loc("Poltava", "Poltava", "Ukraine", "region")],
               night("2026-04-15", "2026-04-16", "overnight"),
               [{"type": "ballistic_missile", "model": "Kinzhal"}, {"type": "drone"}],
               ev("The ministry also said that Russian forces had overnight delivered a group strike with Kinzhal hypersonic missiles and attack drones on gas production facilities in the Kharkov and Poltava regions that supply Ukrainian defence enterprises."),
               damage=["gas production facilities"], reported_by=["Russian Defence Ministry"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "United States", "Ukraine", "Turkey"], day("2026-04-17", "on Friday"), "stalled",
            "The meeting of Russian, American and Ukrainian delegations expected in Istanbul on Friday postponed with no new date, Peskov said",
            ev(ISTANBUL05, "\"The meeting is being postponed. There is no new date yet,\" Peskov said, adding that contacts with Washington were continuing \"through existing channels\"."),
            location=loc("Istanbul", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- xa06
GOLD["xa06_caldwellinstitute_daily_assessment_apr16"] = dict(
    notes="Think-tank daily assessment (Thursday 16 April 2026). Coded: the EU's sanctions package adopted 'On April 15' "
          "(sanctions, held; European Union and Russia, rule 15); Ukrainian drones on Belgorod City 'overnight on April 15 "
          "to 16' (15-16 April, rule 11; 'two civilians' injured); Peskov's statement that the Istanbul meeting 'planned "
          "... for April 17' is 'being postponed' (talks, stalled: no new date given, rule 16; dated 17 April, rule 11; "
          "Russia, the United States, Ukraine and Turkey as the state of the city, rule 15); Russian artillery and "
          "first-person view drones on Nikopol 'on April 12' (other, both families listed, rule 8; 'two civilians' injured, "
          "'a 15-year-old' children_injured 1, rule 6); Ukrainian drones on the Novokuibyshevsk refinery 'on April 14' "
          "(attacker Ukraine, rule 4); the refinery 'previously struck on March 2' (a background strike with a place and a "
          "date, required, rule 5; no weapon named: other, rule 8; the attacker is the target's opponent, rule 12). Not "
          "coded: offensive operations and the milbloggers' claims (ground fighting, rule 5), the 38 glide bomb strikes "
          "'along the front line' (a front-wide tally, rule 5), 'a three-day shelling campaign' (the days are not named "
          "here), the Institute's assessments (commentary).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Belgorod", "Belgorod", "Russia")],
               night("2026-04-15", "2026-04-16", "overnight on April 15 to 16"), [{"type": "drone"}],
               ev("Ukrainian forces conducted a drone strike against Belgorod City overnight on April 15 to 16.",
                  "Russian sources reported that drone debris wounded two civilians at a shopping centre car park."),
               injured=cnt(2, "two civilians"), damage=["shopping centre car park"], reported_by=["Russian sources"]),
        attack("Russia", "Ukraine", "other", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-04-12", "on April 12"), [{"type": "artillery"}, {"type": "drone"}],
               ev("Russian artillery and first-person view drones struck Nikopol, Dnipropetrovsk Oblast, on April 12, injuring two civilians, including a 15-year-old, and damaging a school and a bus depot, according to local Ukrainian officials."),
               injured=cnt(2, "two civilians"), children_injured=cnt(1, "a 15-year-old"),
               damage=["a school", "a bus depot"], reported_by=["local Ukrainian officials"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novokuibyshevsk", "Samara", "Russia")],
               day("2026-04-14", "on April 14"), [{"type": "drone"}],
               ev("Ukrainian drones struck the Novokuibyshevsk oil refinery in Samara Oblast on April 14, according to the Ukrainian General Staff and footage that the Caldwell Institute geolocated.",
                  "The footage shows a fire at what appears to be a primary distillation unit."),
               damage=["Novokuibyshevsk oil refinery", "primary distillation unit"], reported_by=["Ukrainian General Staff"]),
        attack("Ukraine", "Russia", "other", [loc("Novokuibyshevsk", "Samara", "Russia")],
               day("2026-03-02", "on March 2"), [],
               ev("The refinery was previously struck on March 2, which the Caldwell Institute assessed at the time as part of a systematic Ukrainian campaign against Russian fuel exports."),
               damage=["Novokuibyshevsk oil refinery"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-04-15", "On April 15"), "held",
            "The EU adopted a new sanctions package listing 45 more shadow fleet vessels and banning transactions with three more Russian banks",
            ev("On April 15 the European Union adopted another sanctions package targeting Russia; it lists 45 additional shadow fleet vessels and bans transactions with three more Russian banks.")),
        dip("talks", ["Russia", "United States", "Ukraine", "Turkey"], day("2026-04-17", "for April 17"), "stalled",
            "The meeting of Russian, US and Ukrainian delegations planned in Istanbul for April 17 postponed, Peskov said",
            ev("Kremlin Spokesperson Dmitry Peskov's statement on April 16 that the meeting of Russian, US and Ukrainian delegations planned in Istanbul for April 17 is \"being postponed\" is consistent with the Kremlin's effort to extract concessions from Washington before any trilateral format resumes."),
            location=loc("Istanbul", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- xa07
GOLD["xa07_reliefnetwork_humanitarian_update_march_toll"] = dict(
    notes="Humanitarian agency update (Friday 10 April 2026). Coded: the missile strike on a residential building in "
          "Dnipro 'In the early hours of 8 April' (8 April, day, rule 11; 'a missile struck' is not counted, rule 9; the "
          "highlight's 'four civilians' killed is the first figure, rule 6; '14' injured, 'two children' "
          "children_injured 2); Japan's contribution 'On 6 April' of US$12 million to humanitarian organisations in "
          "Ukraine (military_aid, held: aid of any cargo, 'announced' is the decision, rules 14 and 16). Not coded: the "
          "MONTHLY civilian toll for March 2026 (176 killed, 914 injured, 19 and 97 children, health and education "
          "facilities damaged: an aggregate statistic over many attacks, no attack record, rule 1), 'Cities well behind "
          "the front line have continued to come under attack' and 'repeated attacks on energy infrastructure' (no place, "
          "no date, rule 5), the convoys and health teams (humanitarian work, no diplomacy), the response plan's funding "
          "(no decision by a state).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2026-04-08", "In the early hours of 8 April"), [{"type": "missile"}],
               ev("A missile strike on a residential building in Dnipro killed four civilians, among them a health worker.",
                  "In the early hours of 8 April, a missile struck a five-storey residential building in Dnipro, killing four people and injuring 14, including two children.",
                  "One of those killed was a nurse who worked at the nearby children's hospital, which also sustained damage to its windows and roof."),
               killed=cnt(4, "four civilians"), injured=cnt(14, "14"), children_injured=cnt(2, "two children"),
               damage=["five-storey residential building", "children's hospital"]),
    ],
    diplomacy=[
        dip("military_aid", ["Japan", "Ukraine"], day("2026-04-06", "On 6 April"), "held",
            "Japan announced a contribution of US$12 million to humanitarian organisations in Ukraine, mainly for shelter repairs and mine action",
            ev("On 6 April, the Government of Japan announced a contribution of US$12 million to humanitarian organisations in Ukraine, to be used mainly for shelter repairs and mine action.")),
    ])

# --------------------------------------------------------------------------- xa08
LEAD08 = ("BRUSSELS - European Union foreign ministers meeting in Brussels on Monday pledged faster air defence deliveries to "
          "Ukraine and moved closer to a new round of sanctions, with diplomats saying the last objections to the package "
          "had been resolved.")
GOLD["xa08_continentaltimes_eu_ministers_air_defence_aid"] = dict(
    notes="Newspaper on a ministers' meeting (Tuesday 14 April 2026). Coded: EU foreign ministers 'meeting in Brussels on "
          "Monday' (meeting, held, 13 April: the organisation's meeting, rule 14; the European Union only, rule 15); "
          "Sweden's aid package of '4.2 billion kronor' ('said it would provide': the decision, held, rule 16; dated by the "
          "meeting 'on Monday'); the Netherlands' '150 million euros' for interceptor drones ('committed', held); the "
          "sanctions package 'expected to be formally approved by EU ambassadors on Wednesday, two diplomats said' "
          "(sanctions, planned, 15 April: firm intent with a day, rule 16; European Union and Russia); the delegations of "
          "the United States, Russia and Ukraine 'due to send delegations to Istanbul on Friday', 'with Turkey hosting' "
          "(talks, planned, 17 April; Turkey a participant, rule 15). Optional (background, rule 17): 'their first three-way "
          "meeting since February' (talks, held, February 2026); 'last Thursday's prisoner exchange, mediated by Turkey' "
          "(prisoner_exchange, held, 9 April). Not coded: the ministers' urging of the Commission to propose a fertiliser "
          "ban and its answer that no proposal was being prepared (a call and no proposal, rule 13), 'Europe should have a "
          "seat at the table' and the Polish minister's words (stances), Slovakia's objection (no event), Sybiha's message, "
          "the foreign policy chief's words (commentary), 'Russia's strikes on cities' (no place, no date).",
    attacks=[],
    diplomacy=[
        dip("meeting", ["European Union"], day("2026-04-13", "on Monday"), "held",
            "EU foreign ministers met in Brussels, pledging faster air defence deliveries to Ukraine and discussing a new sanctions package",
            ev(LEAD08), location=loc("Brussels", None, "Belgium")),
        dip("military_aid", ["Sweden", "Ukraine"], day("2026-04-13", "on Monday"), "held",
            "Sweden to provide an aid package worth 4.2 billion kronor (about 380 million euros), including radar systems and short-range air defence missiles",
            ev(LEAD08,
               "Sweden said it would provide an aid package worth 4.2 billion kronor, about 380 million euros, including radar systems and short-range air defence missiles, to be delivered over the coming months.")),
        dip("military_aid", ["Netherlands", "Ukraine"], day("2026-04-13", "on Monday"), "held",
            "The Netherlands committed 150 million euros to buy interceptor drones from Ukrainian manufacturers",
            ev(LEAD08,
               "The Netherlands committed 150 million euros to finance the purchase of interceptor drones from Ukrainian manufacturers, its foreign minister told reporters on arriving.")),
        dip("sanctions", ["European Union", "Russia"], day("2026-04-15", "on Wednesday"), "planned",
            "The EU's sanctions package on Russia's shadow fleet tankers and several banks expected to be formally approved by EU ambassadors",
            ev("The sanctions package, which lists dozens more tankers of Russia's shadow fleet and several banks, is expected to be formally approved by EU ambassadors on Wednesday, two diplomats said.")),
        dip("talks", ["United States", "Russia", "Ukraine", "Turkey"], day("2026-04-17", "on Friday"), "planned",
            "US, Russian and Ukrainian delegations due in Istanbul for a three-way meeting hosted by Turkey",
            ev("The United States, Russia and Ukraine are due to send delegations to Istanbul on Friday for their first three-way meeting since February, with Turkey hosting."),
            location=loc("Istanbul", None, "Turkey")),
        opt(dip("talks", ["United States", "Russia", "Ukraine"], month("2026-02-01", "2026-02-28", "since February"), "held",
                "The previous three-way meeting of the US, Russian and Ukrainian delegations (background)",
                ev("The United States, Russia and Ukraine are due to send delegations to Istanbul on Friday for their first three-way meeting since February, with Turkey hosting."))),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia", "Turkey"], day("2026-04-09", "last Thursday"), "held",
                "The prisoner exchange mediated by Turkey that brought 84 Ukrainians home (background)",
                ev("He thanked the ministers in a message on social media, and noted that last Thursday's prisoner exchange, mediated by Turkey, had brought 84 Ukrainians home."))),
    ])

# --------------------------------------------------------------------------- xa09
LEAD09 = ("The European Union on Wednesday adopted a fresh package of sanctions against Russia, closing EU ports to 45 more "
          "tankers of Russia's shadow fleet and cutting three more Russian banks off from transactions in the bloc, hours "
          "before Moscow said planned talks in Istanbul would not go ahead.")
GOLD["xa09_northgatepost_eu_sanctions_adopted_talks_postponed"] = dict(
    notes="Newspaper story on sanctions adopted and proposed, talks postponed and planned (Thursday 16 April 2026). Coded: "
          "the EU's package adopted 'on Wednesday' (sanctions, held, 15 April; European Union and Russia, rule 15); the "
          "European Commission's proposal to add 12 more Russian regional banks to the transaction ban, 'held back for a "
          "later package' and still 'on the table' (sanctions, proposed: a draft put forward, not agreed, rules 13 and "
          "16; no date given); Britain's 'own listings of shadow fleet vessels next week' (sanctions, planned, week of 20-26 "
          "April, rule 16); the trilateral talks Turkey 'had offered to host in Istanbul on Friday' 'postponed' with 'no new "
          "date' (talks, stalled, dated 17 April, the day planned, rules 11 and 16; United States, Russia, Ukraine and Turkey, "
          "rule 15); U.S. and Ukrainian technical experts to 'meet in Geneva on April 22' (talks, planned; Switzerland 'has "
          "agreed to host', rule 15). Not coded: the Nordic and Baltic countries' urging of an LNG ban (a call, nothing "
          "put forward by the EU, rule 13), the State Department's 'fully committed' and Sybiha's words and call for tariffs "
          "(stances and calls, rule 13), Kyiv's request for observers (a request), Russia's promise to respond (a reaction), "
          "'the first agreed ... since the start of the year' (vague background), oil prices.",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-04-15", "on Wednesday"), "held",
            "The EU adopted a package closing its ports to 45 more shadow fleet tankers, cutting three more Russian banks off from transactions and extending export bans",
            ev(LEAD09,
               "EU ambassadors signed off on the package in Brussels after Slovakia withdrew its last objections.")),
        dip("sanctions", ["European Union", "Russia"], None, "proposed",
            "The European Commission's proposal to add 12 more Russian regional banks to the transaction ban, held back for a later package",
            ev("A group of Nordic and Baltic countries had urged the bloc to stop buying Russian liquefied natural gas from this summer, while the European Commission's proposal to add 12 more Russian regional banks to the transaction ban was held back for a later package.",
               "Both remain on the table, officials said.")),
        dip("sanctions", ["United Kingdom", "Russia"], week("2026-04-20", "2026-04-26", "next week"), "planned",
            "Britain to follow with its own listings of shadow fleet vessels",
            ev("Britain said it would follow with its own listings of shadow fleet vessels next week, a Foreign Office minister told parliament, without giving details.")),
        dip("talks", ["United States", "Russia", "Ukraine", "Turkey"], day("2026-04-17", "on Friday"), "stalled",
            "Trilateral US-Russia-Ukraine talks that Turkey had offered to host in Istanbul postponed with no new date",
            ev("The trilateral talks between the United States, Russia and Ukraine that Turkey had offered to host in Istanbul on Friday have been postponed, Kremlin spokesman Dmitry Peskov said on Thursday, giving no new date."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["United States", "Ukraine", "Switzerland"], day("2026-04-22", "on April 22"), "planned",
            "U.S. and Ukrainian technical experts to meet in Geneva on the text of a possible ceasefire mechanism, hosted by Switzerland",
            ev("Instead, U.S. and Ukrainian technical experts will meet in Geneva on April 22 to work on the text of a possible ceasefire mechanism, a Ukrainian official said.",
               "Switzerland has agreed to host the session."),
            location=loc("Geneva", None, "Switzerland")),
    ])

# --------------------------------------------------------------------------- xa10
GOLD["xa10_valleyecho_bakery_price_war_union_talks_control"] = dict(
    notes="Local paper on a bakery price war, union pay talks and a council row (Sunday 12 April 2026): **control, no "
          "record at all.** The war-like words are figurative: a 'price war', 'The fresh salvo', 'launched ... \"a spring "
          "offensive\"', 'hit back', 'bomb the market', 'a war of attrition', 'a \"counter-attack\"' (no attacker state, no "
          "strike, rules 1 and 12); the union's 'pay talks' broken off and resumed on Thursday, managers who 'proposed "
          "freezing wages', 'a deal could be reached' (a union and a company, no states or organisations of the war, rules "
          "13 and 15); the council factions' 'ceasefire' and 'truce' and the mill sale 'postponed to June' (local politics, "
          "no diplomacy).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("dnipro-2026-04-08", "Russian missile on a five-storey apartment block in Dnipro, night of 7-8 April 2026",
     [("xa01_harbourline_live_dnipro_kharkiv", "attack", 1),
      ("xa02_mfaukraine_readout_sybiha_turkey_call", "attack", 0),
      ("xa03_dailydispatch_what_we_know_day_1507", "attack", 3),
      ("xa07_reliefnetwork_humanitarian_update_march_toll", "attack", 0)]),
    ("sybiha-turkey-call-2026-04-09", "Phone call between Ukraine's foreign minister Sybiha and the Turkish foreign minister, 9 April 2026",
     [("xa02_mfaukraine_readout_sybiha_turkey_call", "diplomacy", 0),
      ("xa03_dailydispatch_what_we_know_day_1507", "diplomacy", 0)]),
    ("exchange-84-2026-04-09", "Exchange of 84 prisoners of war each, mediated by Turkey, 9 April 2026",
     [("xa02_mfaukraine_readout_sybiha_turkey_call", "diplomacy", 1),
      ("xa03_dailydispatch_what_we_know_day_1507", "diplomacy", 1)]),
    ("eu-foreign-ministers-2026-04-13", "EU foreign ministers' meeting in Brussels, Monday 13 April 2026 (planned in xa03, held in xa08)",
     [("xa03_dailydispatch_what_we_know_day_1507", "diplomacy", 2),
      ("xa08_continentaltimes_eu_ministers_air_defence_aid", "diplomacy", 0)]),
    ("nikopol-2026-04-12", "Russian artillery and drones on Nikopol, Sunday 12 April 2026",
     [("xa04_riversideherald_nikopol_shelling_three_days", "attack", 1),
      ("xa06_caldwellinstitute_daily_assessment_apr16", "attack", 1)]),
    ("belgorod-2026-04-16", "Ukrainian drones on Belgorod (a shopping centre car park), night of 15-16 April 2026",
     [("xa05_novayazarya_belgorod_drones_istanbul_talks", "attack", 1),
      ("xa06_caldwellinstitute_daily_assessment_apr16", "attack", 0)]),
    ("istanbul-talks-2026-04-17", "US-Russian-Ukrainian delegations' meeting in Istanbul planned for 17 April 2026 (planned in xa08; postponed with no new date in xa05, xa06, xa09)",
     [("xa05_novayazarya_belgorod_drones_istanbul_talks", "diplomacy", 0),
      ("xa06_caldwellinstitute_daily_assessment_apr16", "diplomacy", 1),
      ("xa08_continentaltimes_eu_ministers_air_defence_aid", "diplomacy", 4),
      ("xa09_northgatepost_eu_sanctions_adopted_talks_postponed", "diplomacy", 3)]),
    ("eu-sanctions-2026-04-15", "The EU's sanctions package adopted on 15 April 2026 (planned in xa08, held in xa06 and xa09)",
     [("xa06_caldwellinstitute_daily_assessment_apr16", "diplomacy", 0),
      ("xa08_continentaltimes_eu_ministers_air_defence_aid", "diplomacy", 3),
      ("xa09_northgatepost_eu_sanctions_adopted_talks_postponed", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev52 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV52 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV52, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
