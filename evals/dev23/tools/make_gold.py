"""Write evals/dev23/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md (as clarified on 2 December 2026). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV23 = ROOT / "evals" / "dev23"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, year, opt  # noqa: E402

GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- o01
KREM = loc("Kremenchuk", "Poltava", "Ukraine")
GOLD["o01_wire_kremenchuk_flash_erdogan"] = dict(
    notes="Agency flash plus write-through (Tuesday 13 January 2026): ballistic missile and drones on Kremenchuk "
          "overnight (count from the flash: 'at least two people' killed; the afternoon toll of four is evidence "
          "only; 11 wounded, 'two of them children'); the air force's national night (137 drones / 112 down; nine "
          "ballistic missiles, 'all but two of the missiles' down = 7 by difference); Zelenskiy's call with 'the "
          "Turkish president' 'late on Monday' (Ukraine, Turkey). Not coded: the Russian ministry's claim 'In "
          "Moscow' (the same night's wave on Ukraine, already the country record; Moscow is the speaker, not a "
          "target), 'repeated fire since ... February 2022' (vague background), Ankara 'stands ready to host' "
          "(stance).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KREM], night("2026-01-12", "2026-01-13", "overnight"),
               [{"type": "ballistic_missile"}, {"type": "drone"}],
               ev("FLASH - KREMENCHUK, Ukraine, Jan 13 (Stratton) - Russian missiles and drones hit the central Ukrainian city of Kremenchuk overnight, killing at least two people, regional officials said on Tuesday.",
                  "Russia's overnight bombardment of the industrial city of Kremenchuk with missiles and drones wounded 11 people, two of them children, and started a fire beside the city's oil refinery, the governor of the Poltava region said on Tuesday.",
                  "Governor Volodymyr Kohut said a ballistic missile tore through a row of private houses on the city's Kriukiv side shortly after 2 a.m., while drones went for industrial sites on the northern outskirts."),
               killed=cnt(2, "at least two people", "at_least"), injured=cnt(11, "11 people"),
               children_injured=cnt(2, "two of them children"),
               damage=["private houses", "two-storey house"], reported_by=["Volodymyr Kohut"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-01-12", "2026-01-13", "during the night"),
               [{"type": "drone", "launched": cnt(137, "137"), "intercepted": cnt(112, "112")},
                {"type": "ballistic_missile", "launched": cnt(9, "nine"), "intercepted": cnt(7, "all but two")}],
               ev("Across Ukraine, Russia sent 137 drones and nine ballistic missiles during the night, the air force said in its morning statement.",
                  "Air defence units brought down 112 of the drones and all but two of the missiles, it said, without naming the regions the others reached."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-01-12", "late on Monday"), "held",
            "Zelenskiy and Turkish President Tayyip Erdogan discussed Black Sea shipping and prisoner swaps",
            ev("President Volodymyr Zelenskiy, who spoke by telephone with the Turkish president late on Monday, said on Tuesday that the attack showed why Ukraine needed more missile interceptors before the coldest weeks of winter.",
               "He said he and Tayyip Erdogan had discussed protecting cargo ships off Ukraine's coast and the next stage of prisoner swaps.")),
    ])

# --------------------------------------------------------------------------- o02
N0113 = night("2026-01-12", "2026-01-13", "On the night of 13 January")
GOLD["o02_telegram_poltava_governor_kremenchuk"] = dict(
    notes="Governor's Telegram post, translated (13 January 2026): the same Kremenchuk night as o01 (cluster): "
          "'On the night of 13 January' (12-13 January), ballistic missiles and attack UAVs; '2 people killed' "
          "as of 07:30 (the 14:10 update to 4 is evidence only); '11 injured, among them 2 children'; a drone on a "
          "farm building in the Hlobyne community 'during the night' with 'Nobody was injured there' (injured 0). "
          "Not coded: shelters, restoration of heating (no events).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KREM], N0113,
               [{"type": "ballistic_missile"}, {"type": "drone"}],
               ev("On the night of 13 January the enemy attacked the Kremenchuk community with ballistic missiles and attack UAVs.",
                  "2 people killed;",
                  "11 injured, among them 2 children, a girl aged 7 and a boy aged 13."),
               killed=cnt(2, "2 people"), injured=cnt(11, "11 injured"), children_injured=cnt(2, "2 children"),
               damage=["private houses", "kindergarten", "power lines", "cars"], reported_by=["Volodymyr Kohut"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Hlobyne", "Poltava", "Ukraine")],
               night("2026-01-12", "2026-01-13", "during the night"), [{"type": "drone"}],
               ev("Also during the night, a farm building in the Hlobyne community of Kremenchuk district was hit by a drone.",
                  "Nobody was injured there."),
               injured=cnt(0, "Nobody was injured there"), damage=["farm building"], reported_by=["Volodymyr Kohut"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- o03
O03_MOD = ("In Moscow, the Defence Ministry said air defences had \"intercepted and destroyed\" 124 Ukrainian "
           "fixed-wing drones overnight over 12 regions, 41 of them over the Ryazan region and 23 over the Bryansk region.")
N1118 = night("2025-11-17", "2025-11-18", "overnight")
GOLD["o03_russianindie_ryazan_refinery_tokayev"] = dict(
    notes="Exiled Russian outlet in English (Tuesday 18 November 2025): Ukrainian drones on the Ryazan refinery "
          "'early on Tuesday' (three injured, 'a boy of 16'); the Defence Ministry's 124 drones 'overnight' "
          "(country record Russia, intercepted); a drone on a car near Klimovo 'on Monday afternoon' ('the "
          "driver' killed); the Putin-Tokayev call 'on Tuesday' from the Kremlin's readout. Optional: the "
          "ministry's regional shares (Ryazan region 41, Bryansk region 23). Not coded: 'In Moscow' (speaker, "
          "not a target; the airports' suspension is no attack), the autumn refinery statistics (aggregate), "
          "Peskov's 'open to a political and diplomatic settlement' (stance).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Ryazan", "Ryazan Oblast", "Russia")],
               day("2025-11-18", "early on Tuesday"), [{"type": "drone"}],
               ev("A fire broke out at the oil refinery in Ryazan early on Tuesday after what regional governor Pavel Malkov called a \"massive attack\" by Ukrainian drones, with residents posting videos of thick dark smoke drifting over the city's southern industrial zone.",
                  "Malkov said in a Telegram post that wreckage of shot-down drones had come down on the grounds of \"an enterprise\" and on a residential street in the Oktyabrsky district, injuring three people; one of them is a boy of 16."),
               injured=cnt(3, "three people"), children_injured=cnt(1, "a boy of 16"),
               damage=["oil refinery", "residential street"], reported_by=["Pavel Malkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1118,
               [{"type": "drone", "intercepted": cnt(124, "124")}], ev(O03_MOD),
               reported_by=["Russian Defence Ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Ryazan", "Ryazan Oblast", "Russia", "region")], N1118,
                   [{"type": "drone", "intercepted": cnt(41, "41")}], ev(O03_MOD),
                   reported_by=["Russian Defence Ministry"])),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk Oblast", "Russia", "region")], N1118,
                   [{"type": "drone", "intercepted": cnt(23, "23")}], ev(O03_MOD),
                   reported_by=["Russian Defence Ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Klimovo", "Bryansk Oblast", "Russia")],
               day("2025-11-17", "on Monday afternoon"), [{"type": "drone"}],
               ev("In the Bryansk region, Governor Alexander Bogomaz said a drone had struck a car near the village of Klimovo on Monday afternoon, killing the driver."),
               killed=cnt(1, "the driver"), damage=["car"], reported_by=["Alexander Bogomaz"]),
    ],
    diplomacy=[
        dip("phone_call", ["Russia", "Kazakhstan"], day("2025-11-18", "on Tuesday"), "held",
            "Putin and Kazakh President Kassym-Jomart Tokayev discussed oil transit and Ukraine (Kremlin readout)",
            ev("Putin spoke by telephone with Kazakh President Kassym-Jomart Tokayev on Tuesday, the Kremlin said, discussing oil transit through Russian ports and \"the situation around Ukraine.\"")),
    ])

# --------------------------------------------------------------------------- o04
KHM = loc("Khmelnytskyi", "Khmelnytskyi", "Ukraine")
GOLD["o04_broadsheet_khmelnytskyi_two_nights_aid"] = dict(
    notes="British broadsheet (Sunday 8 February 2026): the same city on two consecutive nights, two records: "
          "'from Friday into Saturday' (a 71-year-old woman killed, four neighbours injured) and 'in the early "
          "hours of Sunday' (a school and a boiler house; 'Nobody was killed or injured' = killed 0, injured 0); "
          "the air force's night 'overnight into Sunday': '176 attack and decoy drones' is a combined total (type "
          "other, 176 / 150) with drone and decoy entries, plus two Iskander-M ballistic missiles with 'neither "
          "missile was intercepted' (intercepted 0); Healey's GBP 200m 'on Saturday' (military_aid, held). "
          "Optional: the Ukraine-US security-guarantees text being drafted (agreement, ongoing, no date). Not "
          "coded: the region as 'a regular target' (vague), Zelenskyy's urging on Patriots and turbines "
          "(appeals).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [KHM], night("2026-02-06", "2026-02-07", "from Friday into Saturday"),
               [{"type": "drone"}],
               ev("On the previous night, from Friday into Saturday, a drone hit a five-storey apartment block on the edge of the city, killing a 71-year-old woman and injuring four of her neighbours, regional officials said."),
               killed=cnt(1, "a 71-year-old woman"), injured=cnt(4, "four of her neighbours"),
               damage=["apartment block"], reported_by=["regional officials"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KHM], day("2026-02-08", "in the early hours of Sunday"),
               [{"type": "drone"}],
               ev("Russian drones struck the western Ukrainian city of Khmelnytskyi for a second consecutive night, damaging a school and a heating plant hours after an earlier wave had killed a pensioner, local authorities said on Sunday.",
                  "The city's mayor, Oleksandr Symchyshyn, said the latest attack, in the early hours of Sunday, had blown out the windows of a secondary school and set fire to a boiler house in the south-west of the city.",
                  "Nobody was killed or injured this time, he said, but about 14,000 households were left without heating as the temperature fell to -12C."),
               killed=cnt(0, "Nobody was killed or injured"), injured=cnt(0, "Nobody was killed or injured"),
               damage=["secondary school", "boiler house"], reported_by=["Oleksandr Symchyshyn"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-02-07", "2026-02-08", "overnight into Sunday"),
               [{"type": "other", "model": "attack and decoy drones", "launched": cnt(176, "176"), "intercepted": cnt(150, "150")},
                {"type": "drone"}, {"type": "decoy_drone"},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two Iskander-M"),
                 "intercepted": cnt(0, "neither missile was intercepted")}],
               ev("The air force in Kyiv put the night's total at 176 attack and decoy drones, together with two Iskander-M ballistic missiles, all sent overnight into Sunday.",
                  "Its units shot down or jammed 150 of the drones, the air force said; neither missile was intercepted."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("military_aid", ["United Kingdom", "Ukraine"], day("2026-02-07", "on Saturday"), "held",
            "Defence secretary John Healey: a further GBP 200m for Ukraine's air defence, including interceptor drones",
            ev("In London, the defence secretary, John Healey, said on Saturday that Britain would spend a further £200m on air defence for Ukraine, including interceptor drones to be built jointly with Ukrainian manufacturers.")),
        dip("agreement", ["Ukraine", "United States"], None, "ongoing",
            "A security-guarantees document being drafted by Kyiv and Washington; no signing date",
            ev("The attacks came as officials in Kyiv and Washington traded drafts of a security-guarantees document that both sides describe as close to ready."),
            optional=True),
    ])

# --------------------------------------------------------------------------- o05
GOLD["o05_businesswire_izmail_draft_sanctions"] = dict(
    notes="Business wire, dateline Brussels (Wednesday 11 February 2026): the Commission's draft 20th package "
          "'on Wednesday' (sanctions, proposed: a draft presented, not adopted); Britain's listing 'on Tuesday' "
          "(sanctions, held); Russian drones on Izmail port 'Overnight' ('Nobody was hurt' = injured 0). Not "
          "coded: Brussels (dateline, not attacked), Hungary/Slovakia exemptions and next week's ambassadors "
          "(no event), the ministry's 'more than 60 times since mid-2023' (aggregate), Japan's minister 'urged' "
          "G7 partners (an appeal, not a proposal), market figures.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               night("2026-02-10", "2026-02-11", "Overnight"), [{"type": "drone"}],
               ev("Overnight, Russian drones hit port infrastructure in Izmail in the Odesa region, damaging a grain silo and two berths used by river barges, regional governor Oleh Kiper said.",
                  "Nobody was hurt, he added."),
               injured=cnt(0, "Nobody was hurt"), damage=["grain silo", "berths"], reported_by=["Oleh Kiper"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-02-11", "on Wednesday"), "proposed",
            "The European Commission's draft 20th sanctions package: 43 more tankers, a lower crude price cap",
            ev("The European Commission on Wednesday presented a draft of its 20th round of Russia sanctions, proposing to blacklist another 43 tankers and to cut the ceiling price for Russian seaborne crude, as a drone attack on a Ukrainian Danube port pushed up freight quotes for grain cargoes.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-02-10", "on Tuesday"), "held",
            "Britain added 25 vessels and two Dubai-based oil traders to its Russia sanctions list",
            ev("Britain, which coordinated its move with Brussels, on Tuesday added 25 vessels and two Dubai-based oil traders to its own Russia sanctions list, the Foreign Office said in a statement.")),
    ])

# --------------------------------------------------------------------------- o06
GOLD["o06_broadcaster_kramatorsk_glide_bombs_warsaw"] = dict(
    notes="Broadcaster's website (Thursday 22 October 2026): three glide bombs on Kramatorsk 'on Wednesday "
          "afternoon' ('Five people, two of them children' killed; 'Another 14 people' injured); artillery on "
          "Sloviansk 'overnight' (a 58-year-old man wounded); Sybiha's talks with Sikorski in Warsaw 'on "
          "Wednesday' (talks, Ukraine and Poland, named through roles). Not coded: the glide-bomb explainer, the "
          "UN monitors' nine-month figure (aggregate), Sikorski's 'ready to train' (stance), the Kremlin's "
          "silence.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kramatorsk", "Donetsk", "Ukraine")],
               day("2026-10-21", "on Wednesday afternoon"), [{"type": "glide_bomb", "launched": cnt(3, "three")}],
               ev("Five people, two of them children, have been killed in a Russian glide-bomb strike on the eastern Ukrainian city of Kramatorsk, local officials say.",
                  "Russian aircraft dropped three guided aerial bombs on a residential area near the city centre on Wednesday afternoon, destroying a two-storey house and damaging a covered market, said Oleksandr Honcharenko, who leads the local military administration in Kramatorsk.",
                  "Another 14 people were injured, three of them seriously."),
               killed=cnt(5, "Five people"), children_killed=cnt(2, "two of them children"),
               injured=cnt(14, "Another 14 people"), damage=["two-storey house", "covered market"],
               reported_by=["Oleksandr Honcharenko"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Sloviansk", "Donetsk", "Ukraine")],
               night("2026-10-21", "2026-10-22", "overnight"), [{"type": "artillery"}],
               ev("In nearby Sloviansk, Russian artillery fire overnight wounded a 58-year-old man and brought down power lines, regional governor Vadym Filashkin said on Thursday."),
               injured=cnt(1, "a 58-year-old man"), damage=["power lines"], reported_by=["Vadym Filashkin"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Poland"], day("2026-10-21", "on Wednesday"), "held",
            "Foreign ministers Andrii Sybiha and Radoslaw Sikorski on air defence and border crossings",
            ev("Meanwhile, in Warsaw on Wednesday, Andrii Sybiha, Kyiv's foreign minister, held talks with Poland's top diplomat, Radoslaw Sikorski, about air defence and the reopening of two border crossings."),
            location=loc("Warsaw", None, "Poland")),
    ])

# --------------------------------------------------------------------------- o07
ZAP = loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")
GOLD["o07_regional_zaporizhzhia_overnight_children"] = dict(
    notes="Regional Ukrainian outlet in English (Monday 16 November 2026): missiles and Shahed-type drones on "
          "Zaporizhzhia 'during the night of 16 November' (15-16 November; 17 injured, 'a 15-year-old boy and "
          "his sister' = children_injured 2); the air force's night in words ('sixty-eight drones and four "
          "missiles', 'Fifty-one' down, 'failed to stop any of the four missiles' = intercepted 0); artillery "
          "on Stepnohirsk 'On Sunday afternoon' (a woman killed); Zelensky's call with Norway's prime minister "
          "'on Sunday'. Same Zaporizhzhia night as o08 (cluster). Not coded: 'hit almost every day this month' "
          "(vague), the regional death toll since January (aggregate), Zelensky's request (appeal).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [ZAP], night("2026-11-15", "2026-11-16", "during the night of 16 November"),
               [{"type": "missile"}, {"type": "drone", "model": "Shahed"}],
               ev("Russia attacked Zaporizhzhia with missiles and drones during the night of 16 November, injuring 17 people, regional governor Ivan Fedorov reported on Telegram.",
                  "Among the injured are a 15-year-old boy and his sister, who is nine.",
                  "The enemy used missiles and Shahed-type drones."),
               injured=cnt(17, "17 people"), children_injured=cnt(2, "a 15-year-old boy and his sister"),
               damage=["residential building", "infrastructure facility", "petrol station", "cars"],
               reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-15", "2026-11-16", "overnight"),
               [{"type": "drone", "launched": cnt(68, "sixty-eight"), "intercepted": cnt(51, "Fifty-one")},
                {"type": "missile", "launched": cnt(4, "four missiles"), "intercepted": cnt(0, "failed to stop any of the four missiles")}],
               ev("Nationwide, the Air Force counted sixty-eight drones and four missiles fired at Ukraine overnight.",
                  "Fifty-one drones were destroyed by gunners or jammed.",
                  "Air defences failed to stop any of the four missiles."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Stepnohirsk", "Zaporizhzhia", "Ukraine")],
               day("2026-11-15", "On Sunday afternoon"), [{"type": "artillery"}],
               ev("On Sunday afternoon, Russian artillery shelled the village of Stepnohirsk in the Zaporizhzhia district, killing a 62-year-old woman in her yard, the regional administration added."),
               killed=cnt(1, "a 62-year-old woman"), reported_by=["regional administration"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Norway"], day("2026-11-15", "on Sunday"), "held",
            "Zelensky and Norwegian Prime Minister Jonas Gahr Store on financing air defence interceptors",
            ev("Also on Sunday, President Volodymyr Zelensky talked by phone with Norwegian Prime Minister Jonas Gahr Store.")),
    ])

# --------------------------------------------------------------------------- o08
GOLD["o08_intlwire_exchange_zaporozhye_abudhabi"] = dict(
    notes="International wire, dateline Abu Dhabi (Monday 16 November 2026): a UAE-mediated exchange of 150 for "
          "150 'on Sunday' (prisoner_exchange; the UAE as mediator is a participant); delegations 'due to meet "
          "again in Istanbul on November 24' (talks, planned; Turkey hosts); the Zaporozhye night (Russian "
          "transliteration; same event as o07's first record: cluster; 17 wounded, 'two children'); 'Moscow said' "
          "34 Ukrainian drones downed 'overnight' (country record Russia; Moscow is the speaker). Not coded: Abu "
          "Dhabi (dateline), the UAE's 19 exchanges and 5,000 freed (aggregate), the Kremlin's 'ready to "
          "continue' (stance), the 2024 Kursk captures (no attack), the occupied fifth (background, no event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Zaporozhye", "Zaporizhzhia", "Ukraine")],
               night("2026-11-15", "2026-11-16", "Overnight"), [{"type": "missile"}, {"type": "drone"}],
               ev("Overnight, Russian missiles and drones struck the southern city of Zaporozhye, wounding 17 people including two children, regional authorities said."),
               injured=cnt(17, "17 people"), children_injured=cnt(2, "two children"),
               reported_by=["regional authorities"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-11-15", "2026-11-16", "overnight"),
               [{"type": "drone", "intercepted": cnt(34, "34")}],
               ev("Moscow said 34 Ukrainian drones had been shot down overnight above the south and west of the country."),
               reported_by=["Russia"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine", "United Arab Emirates"], day("2026-11-15", "on Sunday"), "held",
            "150 prisoners of war for 150, mediated by the UAE",
            ev("ABU DHABI, Nov 16, 2026 (ACP) - Ukraine and Russia traded 150 prisoners of war for 150 on Sunday in a swap the Emirates brokered, officials in Kyiv and Moscow said, as Moscow kept up its air strikes on Ukrainian cities.")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-11-24", "on November 24"), "planned",
            "Delegations to meet in Istanbul on a larger 'all for all' exchange",
            ev("A Ukrainian official told ACP that delegations of the two countries were expected to sit down again in Istanbul on November 24 to discuss a larger \"all for all\" exchange."),
            location=loc("Istanbul", None, "Turkey")),
    ])

# --------------------------------------------------------------------------- o09
GOLD["o09_analysis_summit_talks_stalled"] = dict(
    notes="Newspaper diplomacy analysis, leaders by surname only (Friday 27 February 2026): the Rome summit 'on "
          "Thursday' (France, United Kingdom, Germany, Italy, Ukraine: Macron, Starmer, Merz, Meloni, Zelensky); "
          "the third Geneva round 'due in early February', 'postponed ... no new date' (talks, stalled, dated by "
          "the planned month; Switzerland hosts); the Trump-Putin call 'on Monday' (from the Kremlin's account); "
          "Witkoff's visit to Moscow 'last week' (16-22 February). Optional: Merz's government doubling its aid "
          "budget (military_aid, no date). Not coded: the 'readiness to send a reassurance force' and Zelensky's "
          "'open to a meeting' (stances), Tusk's urging on sanctions ('not yet been turned into a proposal').",
    attacks=[],
    diplomacy=[
        dip("summit", ["France", "United Kingdom", "Germany", "Italy", "Ukraine"], day("2026-02-26", "on Thursday"), "held",
            "Macron, Starmer, Merz and Meloni met Zelensky in Rome; joint plan to finance air defence",
            ev("By the time Macron, Starmer, Merz and Meloni sat down with Zelensky in Rome on Thursday, the summit's main message had been drafted for days: Europe would keep paying, and keep planning, whatever happens at the table it does not sit at.",
               "The five leaders signed off on a joint plan to finance air defence through the rest of the winter and restated their readiness to send a reassurance force to Ukraine once fighting stops."),
            location=loc("Rome", None, "Italy")),
        dip("talks", ["United States", "Russia", "Ukraine", "Switzerland"], month("2026-02-01", "2026-02-28", "in early February"), "stalled",
            "Third round of US-brokered Russia-Ukraine negotiations in Geneva postponed with no new date",
            ev("The third round of US-brokered negotiations between Russian and Ukrainian delegations in Geneva, which was due in early February, was postponed on the eve of the meeting and no new date has been set.",
               "the Swiss, who were to host, say only that they remain available."),
            location=loc("Geneva", None, "Switzerland")),
        dip("phone_call", ["United States", "Russia"], day("2026-02-23", "on Monday"), "held",
            "Trump and Putin spoke by phone (Kremlin account): 'possible formats' for resuming the process",
            ev("Trump and Putin had a phone conversation on Monday, according to the Kremlin's account of the conversation, which said the two men \"agreed to keep in contact\" and discussed \"possible formats\" for resuming the process.")),
        dip("visit", ["United States", "Russia"], week("2026-02-16", "2026-02-22", "last week"), "held",
            "US envoy Witkoff spent five hours with Putin in Moscow",
            ev("Witkoff, the US envoy, spent five hours with Putin in Moscow last week on a visit that the Kremlin described as \"useful\" and that Kyiv watched nervously from a distance."),
            location=loc("Moscow", None, "Russia")),
        dip("military_aid", ["Germany", "Ukraine"], None, "held",
            "Merz's government doubled its military aid budget for the year",
            ev("Merz's government has doubled its military aid budget for the year, and Starmer is under pressure to match it."),
            optional=True),
    ])

# --------------------------------------------------------------------------- o10
VIN = loc("Vinnytsia", "Vinnytsia", "Ukraine")
O10_MOD = ("Russia's defence ministry claims 74 Ukrainian drones were intercepted overnight, 29 of them "
           "over the Rostov region and 11 over the Sea of Azov.")
N0414 = night("2026-04-13", "2026-04-14", "overnight")
GOLD["o10_liveblog_taganrog_vinnytsia_summons"] = dict(
    notes="Live blog, oldest update first (Tuesday 14 April 2026): Ukrainian drones on Taganrog 'overnight' ('a "
          "man' injured); the Russian ministry's 74 drones 'overnight' (country record Russia); a missile on "
          "Vinnytsia 'this morning' ('At least three people' killed, the 12:20 toll of five evidence only; 20 "
          "wounded, 'three of them children'); the 10:30 update names it an Iskander-M (ballistic_missile by the "
          "model; 'launched from Crimea': Crimea is no target); the July 2022 cruise-missile strike on Vinnytsia "
          "(background with a count and a place: coded, 'more than 20' killed, 'a four-year-old girl'); Moldova's "
          "summons of the Russian ambassador 'today' (diplomatic_protest); Zelensky's call with 'the Dutch prime "
          "minister' 'this afternoon'. Optional: the Rostov region share (29). Not coded: the Sea of Azov share "
          "(not a place in either country's territory as the article gives it), the drone that crashed in "
          "Moldova (airspace violation, no attack on a place of the war's parties).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Taganrog", "Rostov Oblast", "Russia")], N0414,
               [{"type": "drone"}],
               ev("Ukrainian drones attacked Taganrog overnight, Rostov region governor Yury Slyusar says.",
                  "Falling debris injured a man in his home, and an industrial site on the northern outskirts caught fire."),
               injured=cnt(1, "a man"), damage=["private house", "industrial facility"], reported_by=["Yury Slyusar"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0414,
               [{"type": "drone", "intercepted": cnt(74, "74")}], ev(O10_MOD),
               reported_by=["Russia's defence ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Rostov", "Rostov Oblast", "Russia", "region")], N0414,
                   [{"type": "drone", "intercepted": cnt(29, "29")}], ev(O10_MOD),
                   reported_by=["Russia's defence ministry"])),
        attack("Russia", "Ukraine", "missile_strike", [VIN], day("2026-04-14", "this morning"),
               [{"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("Vinnytsia's city centre was hit by a Russian missile this morning, regional governor Natalia Zabolotna says.",
                  "At least three people were killed; 20 were wounded, three of them children.",
                  "Ukraine's air force says the missile that hit Vinnytsia was an Iskander-M launched from Crimea, and that it had too little time to intercept it."),
               killed=cnt(3, "At least three people", "at_least"), injured=cnt(20, "20"),
               children_injured=cnt(3, "three of them children"), damage=["office building", "cars"],
               reported_by=["Natalia Zabolotna"]),
        attack("Russia", "Ukraine", "missile_strike", [VIN], month("2022-07-01", "2022-07-31", "July 2022"),
               [{"type": "cruise_missile"}],
               ev("Vinnytsia is not often hit, but residents have not forgotten July 2022, when Russian cruise missiles struck the same city centre and killed more than 20 people, among them a four-year-old girl."),
               killed=cnt(20, "more than 20 people", "more_than"), children_killed=cnt(1, "a four-year-old girl")),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Moldova", "Russia"], day("2026-04-14", "today"), "held",
            "Moldova's foreign ministry summoned the Russian ambassador over a drone that crashed in Moldova",
            ev("Moldova's foreign ministry has summoned the Russian ambassador today over a drone that crashed in a field in the north of the country overnight.")),
        dip("phone_call", ["Ukraine", "Netherlands"], day("2026-04-14", "this afternoon"), "held",
            "Zelensky and the Dutch prime minister on air defence for central Ukraine",
            ev("Zelensky says he had a call with the Dutch prime minister this afternoon about air defence for central Ukraine, and \"in particular for cities like Vinnytsia, where there is almost no warning time\".")),
    ])

# --------------------------------------------------------------------------- o11
D1006 = day("2026-10-06", "on Oct. 6")
O11_VISIT = ("Dutch Prime Minister Rob Jetten arrived in Kyiv on Oct. 6 on his first visit to Ukraine since taking "
             "office and announced a military aid package worth 350 million euros, focused on air defense and "
             "interceptor drones.")
GOLD["o11_ukrainianoutlet_cherkasy_visit_aid"] = dict(
    notes="Ukrainian online outlet in English (Tuesday 6 October 2026): Jetten's visit to Kyiv 'on Oct. 6' (visit; "
          "his meetings are part of it) and the 350 million euro package announced there (military_aid, held); "
          "drones on Cherkasy 'overnight on Oct. 6' (seven injured, 'a 4-year-old'); the night's '96 Shahed-type "
          "attack drones and decoys' (combined total, type other, 96 / 71, with drone and decoy entries); the "
          "Japanese prime minister's call with Zelensky 'a day earlier' (5 October; from Tokyo's readout). "
          "Optional: the F-16 deliveries finished 'last year' (background aid). Not coded: the 27 billion euros "
          "since February 2022 (aggregate).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Cherkasy", "Cherkasy", "Ukraine")],
               night("2026-10-05", "2026-10-06", "overnight on Oct. 6"), [{"type": "drone"}],
               ev("Hours before the visit, Russia attacked the central city of Cherkasy with drones overnight on Oct. 6, injuring seven people, including a 4-year-old, Cherkasy Oblast Governor Ihor Taburets reported.",
                  "Drones damaged a dormitory, an administrative building and several garages."),
               injured=cnt(7, "seven people"), children_injured=cnt(1, "a 4-year-old"),
               damage=["dormitory", "administrative building", "garages"], reported_by=["Ihor Taburets"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-10-05", "2026-10-06", "overnight"),
               [{"type": "other", "model": "Shahed-type attack drones and decoys", "launched": cnt(96, "96"),
                 "intercepted": cnt(71, "71")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"}],
               ev("Russia launched 96 Shahed-type attack drones and decoys across Ukraine overnight, the Air Force's morning report said.",
                  "Air defenses downed 71 of them over the country's north, center and east."),
               reported_by=["Ukraine's Air Force"]),
    ],
    diplomacy=[
        dip("visit", ["Netherlands", "Ukraine"], D1006, "held",
            "Dutch Prime Minister Rob Jetten's first visit to Ukraine; met Zelensky and Svyrydenko",
            ev(O11_VISIT, "Jetten met President Volodymyr Zelensky and Prime Minister Yulia Svyrydenko and paid tribute at the memorial wall for fallen soldiers."),
            location=loc("Kyiv", None, "Ukraine")),
        dip("military_aid", ["Netherlands", "Ukraine"], D1006, "held",
            "A 350 million euro package for air defense and interceptor drones",
            ev(O11_VISIT)),
        dip("military_aid", ["Netherlands", "Ukraine"], year(2025, "last year"), "held",
            "The Netherlands finished delivering 24 F-16 jets",
            ev("Since February 2022, the Netherlands has committed more than 27 billion euros in aid to Ukraine, including the 24 F-16 fighter jets it finished delivering last year."),
            optional=True),
        dip("phone_call", ["Japan", "Ukraine"], day("2026-10-05", "a day earlier"), "held",
            "Japan's prime minister and Zelensky: support for Ukraine's energy sector (Tokyo's readout)",
            ev("Separately, Japan's Foreign Ministry said on Oct. 6 that Japan's prime minister had spoken with Zelensky by phone a day earlier, pledging continued support for Ukraine's energy sector through the winter.")),
    ])

# --------------------------------------------------------------------------- o12
GOLD["o12_feature_rail_timetable_control"] = dict(
    notes="Control: a news agency's feature on the railway's winter timetable (9 December 2025). No record: "
          "no attack on a place and day (power cuts, air raid alerts, railway workers killed 'since 2022' are "
          "general or aggregate), no dated diplomatic event; the new timetable 'takes effect on Sunday' is no "
          "diplomacy.",
    attacks=[], diplomacy=[])


def write_clusters() -> None:
    """The two events told in two articles each (codebook: same place, night, attacker, activity)."""
    doc = {"schema_version": "1",
           "notes": "Two cross-article events: the Kremenchuk night of 12-13 January 2026 (o01 wire, o02 governor's "
                    "post) and the Zaporizhzhia night of 15-16 November 2026 (o07 regional outlet, o08 wire spelling "
                    "it Zaporozhye). Not clusters: o07's and o08's other records (a national tally vs Russia's "
                    "interceptions: different attackers); o04's two Khmelnytskyi nights (same article, different "
                    "nights).",
           "clusters": [
               {"id": "kremenchuk-2026-01-13", "description": "Russian ballistic missiles and drones on Kremenchuk, night of 12-13 January 2026",
                "members": [{"article": "o01_wire_kremenchuk_flash_erdogan", "type": "attack", "index": 0},
                            {"article": "o02_telegram_poltava_governor_kremenchuk", "type": "attack", "index": 0}]},
               {"id": "zaporizhzhia-2026-11-16", "description": "Russian missiles and drones on Zaporizhzhia, night of 15-16 November 2026",
                "members": [{"article": "o07_regional_zaporizhzhia_overnight_children", "type": "attack", "index": 0},
                            {"article": "o08_intlwire_exchange_zaporozhye_abudhabi", "type": "attack", "index": 0}]},
           ]}
    (DEV23 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_gold(DEV23, GOLD)
    write_clusters()
