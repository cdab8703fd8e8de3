"""Write evals/dev57/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev57, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV57 = ROOT / "evals" / "dev57"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, opt, week, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KYIV = loc("Kyiv", "Kyiv", "Ukraine")
SYZRAN = loc("Syzran", "Samara", "Russia")
CHORNOMORSK = loc("Chornomorsk", "Odesa", "Ukraine")
ZAPORIZHZHIA = loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")
ISTANBUL = loc("Istanbul", None, "Turkey")
ANKARA = loc("Ankara", None, "Turkey")
NIGHT_0820 = ("2026-08-19", "2026-08-20")
NIGHT_0825 = ("2026-08-24", "2026-08-25")
SEPT = ("2026-09-01", "2026-09-30")

# --------------------------------------------------------------------------- xf01
SYZ01 = ("Ukrainian drones went after the oil refinery at Syzran, on the Volga in the Samara region, overnight, the "
         "regional governor wrote on Telegram shortly after 5 a.m. local time.")
NOR01 = ("Norway's prime minister spent the holiday in Kyiv on Monday, walking the parade route with President Volodymyr "
         "Zelensky and visiting a power plant damaged in the spring.")
GOLD["xf01_daybreakdigest_newsletter_aug25"] = dict(
    notes="Morning email newsletter with short bulleted items (Tuesday 25 August 2026). Coded: Syzran 'overnight' (24-25 "
          "August, range, rule 11; attacker Ukraine, rule 4; 'no one was hurt' is injured 0 only, killed stays null, rule "
          "6); Chornomorsk 'late on Sunday' (23 August, day; 'a drone raid', no attacker named, so Russia, rule 12; 'Two "
          "port workers' injured 2); Kyiv 'the night of 19-20 August' (a background strike with a place and a date: "
          "required, rule 5; the toll 'rose to eight', the only figure here, killed 8; no weapon named, kind `other`, rule "
          "8); the exchange 'On Monday' (24 August; prisoner_exchange, held; Ukraine, Russia and the United Arab Emirates, "
          "its mediator, rule 15); the Norwegian prime minister's visit to Kyiv 'on Monday' (visit, held) and the NOK 2 "
          "billion he announced during it (military_aid, held: an aid decision of any cargo, rules 14 and 16); Zelensky's "
          "visit to Ankara 'on Thursday' (27 August; visit, planned: confirmed by his office with a day and a place, rule "
          "16; Ukraine and Turkey); the foreign minister's trip to Warsaw 'On Friday' for a meeting with his Polish "
          "counterpart (28 August; talks, planned: a trip told by its purpose of meeting, rule 14). Not coded: 'at least "
          "the fourth Russian refinery struck this month' (no place, no date), Zelensky's willingness to meet Putin and "
          "the Kremlin's silence (a stance, rule 13), the poll.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [SYZRAN], night(*NIGHT_0825, "overnight"), [{"type": "drone"}],
               ev(SYZ01, "A fire broke out near a crude distillation unit and was contained by dawn; no one was hurt, he said."),
               injured=cnt(0, "no one was hurt"), damage=["crude distillation unit"], reported_by=["the regional governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [CHORNOMORSK], day("2026-08-23", "late on Sunday"), [{"type": "drone"}],
               ev("Port officials in the Odesa region are still counting the damage from a drone raid late on Sunday that set two grain silos on fire.",
                  "Two port workers were injured; one is in intensive care."),
               injured=cnt(2, "Two port workers"), damage=["two grain silos"], reported_by=["Port officials"]),
        attack("Russia", "Ukraine", "other", [KYIV], night(*NIGHT_0820, "the night of 19-20 August"), [],
               ev("The capital's death toll from the night of 19-20 August rose to eight after a 67-year-old woman died in hospital on Monday, the city's military administration said."),
               killed=cnt(8, "eight"), reported_by=["the city's military administration"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-08-24", "On Monday"), "held",
            "146 Ukrainian soldiers returned from Russian captivity in exchange for 146 Russian servicemen, mediated by the UAE",
            ev("On Monday, as Ukraine marked its Independence Day, 146 Ukrainian soldiers crossed back home from Russian captivity in return for 146 Russian servicemen.",
               "The United Arab Emirates mediated, as it has for most swaps this year.")),
        dip("visit", ["Norway", "Ukraine"], day("2026-08-24", "on Monday"), "held",
            "Norway's prime minister spent Independence Day in Kyiv with Zelensky and visited a damaged power plant",
            ev(NOR01), location=KYIV),
        dip("military_aid", ["Norway", "Ukraine"], day("2026-08-24", "on Monday"), "held",
            "Norway announced NOK 2 billion for repairs to Ukraine's gas production and power grid",
            ev(NOR01, "During the visit he announced NOK 2 billion for repairs to Ukraine's gas production and power grid before the heating season.")),
        dip("visit", ["Ukraine", "Turkey"], day("2026-08-27", "on Thursday"), "planned",
            "Zelensky to visit Ankara for a meeting with Erdogan",
            ev("Zelensky will visit Ankara on Thursday for a meeting with President Recep Tayyip Erdogan, his office confirmed."),
            location=ANKARA),
        dip("talks", ["Ukraine", "Poland"], day("2026-08-28", "On Friday"), "planned",
            "Ukraine's foreign minister to meet his Polish counterpart in Warsaw",
            ev("On Friday the Ukrainian foreign minister travels to Warsaw for a meeting with his Polish counterpart; lorry queues at the border and the autumn reconstruction conference are on the table."),
            location=loc("Warsaw", None, "Poland")),
    ])

# --------------------------------------------------------------------------- xf02
LEAD02 = ("The State Emergency Service of Ukraine continues to deal with the consequences of the large-scale Russian drone "
          "and missile attack on the night of 20 August.")
GOLD["xf02_sesukraine_rescue_update_kyiv"] = dict(
    notes="Emergency-service rescue update revised through the day (Thursday 20 August 2026). 'On the night of 20 August' "
          "is 19-20 August (the usage of official reports, rule 11). Coded: Kyiv ('attacked with drones and ballistic "
          "missiles', drone_and_missile, uncounted, rule 8; the 06:40 figures are the first: 'At least three people' "
          "killed (3, at_least, rule 7), '22' injured, 'two children' among the injured, children_injured 2; the 13:00 "
          "and 20:15 figures - five and 31, seven and 39 - are later updates, not coded, rule 6); Bila Tserkva in Kyiv "
          "Oblast (admin1 'Kyiv Oblast'; 'enemy drones', uncounted; 'No one was injured' is injured 0 only, rule 6); the "
          "Air Force's country figures (country record, rule 3: '426' drones launched, '388' of them neutralised; 'six' "
          "Iskander-M launched, 'two' shot down; 'eight' Kh-101 launched, 'every one of the Kh-101s' neutralised, 8; no "
          "combined total is written, rule 9). Not coded: compensation, shelters, psychologists, the reminder.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night(*NIGHT_0820, "on the night of 20 August"),
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev(LEAD02, "Kyiv was attacked with drones and ballistic missiles.",
                  "At least three people have been killed and 22 injured; two children are among the injured."),
               killed=cnt(3, "At least three people", "at_least"), injured=cnt(22, "22"),
               children_injured=cnt(2, "two children"),
               damage=["five-storey residential building", "warehouse complex"],
               reported_by=["State Emergency Service of Ukraine"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bila Tserkva", "Kyiv Oblast", "Ukraine")],
               night(*NIGHT_0820, "on the night of 20 August"), [{"type": "drone"}],
               ev(LEAD02, "In Kyiv Oblast, enemy drones struck the outskirts of Bila Tserkva, where a fire broke out at a storage facility of an agricultural company.",
                  "No one was injured."),
               injured=cnt(0, "No one was injured"), damage=["storage facility of an agricultural company"],
               reported_by=["State Emergency Service of Ukraine"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0820, "Overnight"),
               [{"type": "drone", "launched": cnt(426, "426"), "intercepted": cnt(388, "388")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(6, "six"), "intercepted": cnt(2, "two")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(8, "eight"),
                 "intercepted": cnt(8, "every one of the Kh-101s")}],
               ev("Overnight, the Air Force reports, Russia sent 426 attack drones against the country, together with six Iskander-M ballistic missiles and eight Kh-101 cruise missiles.",
                  "Air defence neutralised 388 of the drones and every one of the Kh-101s; of the ballistic missiles, two out of six were shot down."),
               reported_by=["the Air Force"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xf03
Q03 = "Let's start with the night from Wednesday to Thursday last week."
GOLD["xf03_civicforum_kyiv_mayor_interview"] = dict(
    notes="Interview with Kyiv's mayor, Q&A (Wednesday 26 August 2026). Coded: Kyiv 'the night from Wednesday to Thursday "
          "last week' (19-20 August, range, rule 11; the mayor's own figures: 'eight people' killed, 'a boy of 11' among "
          "them, children_killed 1, '41' wounded, rule 6; drones from the sentence before and 'a ballistic missile', "
          "uncounted: drone_and_missile, rule 8); the country figures the same night ('more than 400 drones' (400, "
          "more_than, rule 7) and '14 missiles' with no split, `missile`: country record, rule 3); the background strike "
          "'On 28 June' on a dormitory in Kyiv's Sviatoshynskyi district (a place and a date: required, rule 5; 'a "
          "missile' uncounted; 'four people' killed); Japan's 24 transformers handed over 'Last week' (17-23 August, "
          "week; military_aid, held: aid of any cargo, rule 14; Japan and Ukraine); the Norwegian prime minister's visit "
          "'On Monday' (24 August; visit, held, rule 14; the plant tour is part of it). Not coded: the shelters, the "
          "appeal for air defence and turbines (a call, rule 13), the talk of another Istanbul round (no event told), "
          "the mayor's hopes.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV],
               night(*NIGHT_0820, "the night from Wednesday to Thursday last week"),
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev(Q03, "In Kyiv eight people died, a boy of 11 among them, and 41 were wounded.",
                  "The worst was in Solomianskyi, where a ballistic missile brought down a whole entrance of a five-storey building."),
               killed=cnt(8, "eight people"), children_killed=cnt(1, "a boy of 11"), injured=cnt(41, "41"),
               damage=["five-storey building"], reported_by=["Kyiv's mayor"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA],
               night(*NIGHT_0820, "the night from Wednesday to Thursday last week"),
               [{"type": "drone", "launched": cnt(400, "more than 400", "more_than")},
                {"type": "missile", "launched": cnt(14, "14")}],
               ev(Q03, "Across Ukraine, Russia sent more than 400 drones and 14 missiles, and a large part of that was aimed at us."),
               reported_by=["Kyiv's mayor"]),
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2026-06-28", "On 28 June"), [{"type": "missile"}],
               ev("On 28 June a missile struck a student dormitory in Kyiv's Sviatoshynskyi district and killed four people, all of them students."),
               killed=cnt(4, "four people"), damage=["student dormitory"], reported_by=["Kyiv's mayor"]),
    ],
    diplomacy=[
        dip("military_aid", ["Japan", "Ukraine"], week("2026-08-17", "2026-08-23", "Last week"), "held",
            "Japan's government handed over 24 high-voltage transformers to Kyiv",
            ev("Last week the Japanese government handed over 24 high-voltage transformers to the city, which will let us reconnect the left bank much faster after a hit.")),
        dip("visit", ["Norway", "Ukraine"], day("2026-08-24", "On Monday"), "held",
            "Norway's prime minister visited Kyiv for Independence Day and toured the Darnytsia heating plant with the mayor",
            ev("On Monday the Norwegian prime minister was here.",
               "He came to the Darnytsia heating plant with me as part of his Independence Day visit."),
            location=KYIV),
    ])

# --------------------------------------------------------------------------- xf04
LEAD04 = ("The Kyiv regime made another attempt overnight to strike civilian infrastructure in the Samara region, targeting "
          "the Syzran oil refinery with fixed-wing drones, Governor of the Samara region reported on his Telegram channel.")
MOD04 = ("According to the Russian Defence Ministry, from 23:00 on 24 August to 07:00 on 25 August, Moscow time, air "
         "defence systems on combat duty intercepted and destroyed 84 Ukrainian aircraft-type drones above nine Russian regions.")
GOLD["xf04_volgainform_state_media_syzran"] = dict(
    notes="Russian state-media style report (Tuesday 25 August 2026), attacks told from Russia's side (attacker Ukraine, "
          "target Russia, rule 4). Coded: Syzran 'overnight' (24-25 August, range, rule 11; 'fixed-wing drones' "
          "uncounted; 'There were no casualties' fills killed 0 and injured 0, rule 6; the Samara region's '23' goes on "
          "Syzran, the one struck locality named in that region, rule 3, intercepted 23); the Defence Ministry's '84' "
          "'from 23:00 on 24 August to 07:00 on 25 August, Moscow time' over nine regions (country record, rule 3, "
          "intercepted 84); Sevastopol 'this morning' (25 August, day), told by the city's Russian-installed governor "
          "(target_country Russia, rule 12; 'six sea drones' destroyed: intercepted 6, sea drones are `drone`, rule 9; "
          "'No one was hurt', injured 0); Shebekino 'on Monday evening' (24 August; barrel artillery, "
          "shelling_artillery; 'a woman' wounded, injured 1). Diplomacy: the exchange 'on 24 August' (146 for 146; "
          "prisoner_exchange, held; Russia, Ukraine and the United Arab Emirates, mediator, rule 15); Putin's phone call "
          "with Erdogan 'on Monday' (24 August; phone_call, held; Russia and Turkey). Not coded: Peskov's words on "
          "Ankara and openness to the Istanbul format (a stance, rule 13), the 19 and 14 drones of the Bryansk and "
          "Rostov regions (no struck place there), the mobile fire groups, 'on several occasions' (no date).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [SYZRAN], night(*NIGHT_0825, "overnight"),
               [{"type": "drone", "intercepted": cnt(23, "23")}],
               ev(LEAD04, "There were no casualties.",
                  "Of them, 23 were brought down over the Samara region; the Bryansk region accounted for 19 and the Rostov region for 14, with the remainder shot down above the Kursk, Oryol, Voronezh, Belgorod, Saratov and Tula regions."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"), damage=["oil refinery"],
               reported_by=["Governor of the Samara region", "Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU],
               night(*NIGHT_0825, "from 23:00 on 24 August to 07:00 on 25 August"),
               [{"type": "drone", "intercepted": cnt(84, "84")}],
               ev(MOD04), reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Sevastopol", "Crimea", "Ukraine")],
               day("2026-08-25", "this morning"), [{"type": "drone", "intercepted": cnt(6, "six")}],
               ev("In Sevastopol, the city's governor said that a Ukrainian attempt to attack the city with uncrewed boats was repelled this morning.",
                  "The Black Sea Fleet and units of the coastal defence destroyed six sea drones before they could reach the bay.",
                  "No one was hurt, no civilian objects were damaged"),
               injured=cnt(0, "No one was hurt"), reported_by=["the city's governor"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Shebekino", "Belgorod", "Russia")],
               day("2026-08-24", "on Monday evening"), [{"type": "artillery"}],
               ev("The Belgorod region again came under fire from the Ukrainian side on Monday evening.",
                  "According to the governor of the region, the Armed Forces of Ukraine shelled Shebekino with barrel artillery; a woman was wounded by shrapnel in her yard and was taken to the city hospital.",
                  "Two private homes were damaged, and part of the street lost power after a line was cut."),
               injured=cnt(1, "a woman"), damage=["two private homes", "power line"],
               reported_by=["the governor of the region"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine", "United Arab Emirates"], day("2026-08-24", "on 24 August"), "held",
            "146 Russian servicemen returned in exchange for 146 Ukrainian prisoners of war, with UAE mediation",
            ev("Earlier, on 24 August, 146 Russian servicemen came home from captivity in Kyiv-held territory, the Russian Defence Ministry reported.",
               "In return, 146 captured members of the Ukrainian armed forces were transferred to the other side.",
               "The United Arab Emirates mediated on humanitarian grounds to bring the servicemen back.")),
        dip("phone_call", ["Russia", "Turkey"], day("2026-08-24", "on Monday"), "held",
            "Putin and Erdogan discussed the situation around Ukraine by telephone at Turkey's initiative",
            ev("He reminded journalists that Vladimir Putin and his Turkish counterpart, Recep Tayyip Erdogan, had discussed the situation around Ukraine by telephone on Monday, at the Turkish side's initiative.")),
    ])

# --------------------------------------------------------------------------- xf05
GOLD["xf05_commoditydesk_oil_wheat_prices"] = dict(
    notes="Business/markets story on oil and wheat prices (Tuesday 25 August 2026). Coded: Syzran 'overnight' (24-25 "
          "August, range, rule 11; attacker Ukraine, rule 4; no casualty figure given); the Russian defence ministry's "
          "'more than 80' drones 'over nine regions during the night' (a tally over several regions is the country "
          "record, rule 3; (80, more_than), rule 7); the Saratov refinery 'On August 11' (a background strike with a "
          "place and a date: required, rule 5; 'a drone attack', no attacker named, so Ukraine, rule 12); Chornomorsk "
          "'late on Sunday' (23 August; Russian drones, uncounted; 'three workers' injured, this article's own figure, "
          "rule 6). Diplomacy: the US Treasury's designations 'on Friday' (21 August; sanctions, held; United States and "
          "Russia, whose crude the traders moved, rule 15). Not coded: prices, insurance premiums, the EU 'weighing' a "
          "lower price cap with no proposal circulated (a stance, rule 13).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [SYZRAN], night(*NIGHT_0825, "overnight"), [{"type": "drone"}],
               ev("Ukrainian drones struck the Rosneft-owned refinery at Syzran, in the Samara region, overnight, setting a primary distillation unit on fire, the regional governor said."),
               damage=["primary distillation unit"], reported_by=["the regional governor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night(*NIGHT_0825, "during the night"),
               [{"type": "drone", "intercepted": cnt(80, "more than 80", "more_than")}],
               ev("Moscow's defence ministry said air defences brought down more than 80 drones over nine regions during the night."),
               reported_by=["Moscow's defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov", "Russia")],
               day("2026-08-11", "On August 11"), [{"type": "drone"}],
               ev("On August 11, a drone attack on the Saratov refinery halted processing there for about a week, traders said, and the plant has only just returned to full runs."),
               damage=["Saratov refinery"]),
        attack("Russia", "Ukraine", "air_drone_strike", [CHORNOMORSK], day("2026-08-23", "late on Sunday"), [{"type": "drone"}],
               ev("On the grain side, Matif wheat for December delivery rose 2.4% to 214.75 euros a tonne after Russian drones hit the grain terminal at Chornomorsk late on Sunday.",
                  "The port authority said two silos holding about 30,000 tonnes of wheat caught fire and three workers were injured."),
               injured=cnt(3, "three workers"), damage=["grain terminal", "two silos"], reported_by=["The port authority"]),
    ],
    diplomacy=[
        dip("sanctions", ["United States", "Russia"], day("2026-08-21", "on Friday"), "held",
            "The US Treasury blacklisted two Hong Kong-registered traders and nine tankers for moving Russian crude above the price cap",
            ev("The U.S. Treasury on Friday blacklisted two Hong Kong-registered traders and nine tankers it said had moved Russian crude above the price cap, its first designations of the kind since June.")),
    ])

# --------------------------------------------------------------------------- xf06
GOLD["xf06_claimcheck_zaporizhzhia_hospital_claim"] = dict(
    notes="Fact-check correcting a viral claim about a strike (Thursday 3 September 2026). Coded: Zaporizhzhia 'on Tuesday "
          "afternoon, 1 September' (day, rule 11; 'Two Iskander-M ballistic missiles struck': counted weapons as the "
          "subject of the hit, launched 2, rule 9; 'One worker' killed, 'six people' injured, the officials' figures); "
          "the strike shown in the recycled video, 'in January 2023' on an apartment block in Dnipro (a background "
          "strike with a place and a date: required, rule 5; month; 'a Russian missile' uncounted). Not coded: the "
          "viral claim itself (a maternity hospital 'flattened', '40' dead: the false claim is not the article's figure "
          "for the strike, which it rates false, so its numbers are not the event's counts, rule 6), 'no one inside the "
          "centre was hurt' (a nil limited to a nearby building's people, not the struck site: fills nothing, rule 6), "
          "the pro-Russian 'staged' caption.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ZAPORIZHZHIA], day("2026-09-01", "on Tuesday afternoon, 1 September"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "Two")}],
               ev("Two Iskander-M ballistic missiles struck an industrial site in the Oleksandrivskyi district of Zaporizhzhia on Tuesday afternoon, 1 September, according to the region's military governor.",
                  "One worker was killed and six people were injured, he said on Telegram a little after 4 p.m."),
               killed=cnt(1, "One worker"), injured=cnt(6, "six people"),
               damage=["industrial site", "windows of a regional perinatal centre"],
               reported_by=["the region's military governor"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               month("2023-01-01", "2023-01-31", "in January 2023"), [{"type": "missile"}],
               ev("A reverse image search of key frames leads to footage first published in January 2023 after a Russian missile tore through a high-rise apartment block in Dnipro."),
               damage=["high-rise apartment block"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xf07
GOLD["xf07_ukrainetimeline_week_aug31_sep6"] = dict(
    notes="Dated chronology of a week, bulleted under day headings (Monday 7 September 2026). Coded: Zaporizhzhia 'that "
          "afternoon' under 'Tuesday, 1 September' (day; 'A missile strike', uncounted, missile_strike; 'a worker' "
          "killed 1, 'seven' injured, this article's figure, rule 6); the night 'Overnight into Thursday' (2-3 "
          "September, range, rule 11; country record, rule 3: 'some 280 drones' (280, about, rule 7), 'eight missiles' "
          "with no split, `missile`; '241 targets' shot down or jammed is a combined interception figure over both "
          "types, one `other` weapon with the article's word as model, rule 9: jammed counts as intercepted, rule 3); "
          "Lviv 'Also overnight' (the same night; 'a drone' uncounted; 'There were no casualties' fills killed 0 and "
          "injured 0, rule 6); Novorossiysk 'during the night of 4 to 5 September' (attacker Ukraine; 'Two people' "
          "injured, told by the city's mayor). Diplomacy: the informal meeting of EU foreign ministers in Dublin 'On "
          "Monday' (31 August; meeting, held, rule 14; the European Union, Ireland, the state of the city, rule 15, and "
          "Ukraine, whose minister joined by video); the repatriation of bodies 'On Thursday afternoon' (3 September; "
          "1,000 for 31; prisoner_exchange, held, rule 14); Germany's EUR 300 million air defence package 'On Friday' (4 "
          "September; military_aid, held); the fourth round of direct talks in Istanbul 'on 10 September' (talks, "
          "planned, announced by Turkey's foreign ministry; Russia, Ukraine and Turkey, rule 15). Not coded: Zelensky's "
          "'intensive diplomatic work' (no event), the combat engagements near Pokrovsk and Huliaipole (ground "
          "fighting, rule 5), Zelensky's hope for the round (a stance, rule 13), the Brussels decision to come (no "
          "event), the viral claim (false), the schools.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ZAPORIZHZHIA], day("2026-09-01", "that afternoon"), [{"type": "missile"}],
               ev("A missile strike on Zaporizhzhia that afternoon killed a worker at an industrial site and injured seven, the regional governor said the next day, revising his first figure."),
               killed=cnt(1, "a worker"), injured=cnt(7, "seven"), damage=["industrial site"],
               reported_by=["the regional governor"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-09-02", "2026-09-03", "Overnight into Thursday"),
               [{"type": "other", "model": "targets", "intercepted": cnt(241, "241")},
                {"type": "drone", "launched": cnt(280, "some 280", "about")},
                {"type": "missile", "launched": cnt(8, "eight")}],
               ev("Overnight into Thursday, Russia sent some 280 drones and eight missiles against Ukraine; the air force put the number shot down or jammed at 241 targets."),
               reported_by=["the air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Lviv", "Lviv", "Ukraine")],
               night("2026-09-02", "2026-09-03", "overnight"), [{"type": "drone"}],
               ev("Also overnight, a drone struck a substation on Lviv's southern fringe, causing a blackout in two districts for several hours.",
                  "There were no casualties, the mayor of Lviv wrote on Telegram."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"), damage=["substation"],
               reported_by=["the mayor of Lviv"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar", "Russia")],
               night("2026-09-04", "2026-09-05", "during the night of 4 to 5 September"), [{"type": "drone"}],
               ev("Ukrainian drones attacked the Sheskharis oil terminal in Novorossiysk during the night of 4 to 5 September.",
                  "Two people were injured by falling debris in a residential area, the mayor of Novorossiysk said; tanker loadings were briefly suspended."),
               injured=cnt(2, "Two people"), damage=["Sheskharis oil terminal"], reported_by=["the mayor of Novorossiysk"]),
    ],
    diplomacy=[
        dip("meeting", ["European Union", "Ireland", "Ukraine"], day("2026-08-31", "On Monday"), "held",
            "Informal meeting of EU foreign ministers in Dublin under the Irish presidency, Ukraine's foreign minister by video; no decision on new sanctions",
            ev("On Monday, EU foreign ministers gathered in Dublin for their informal autumn meeting under the Irish presidency.",
               "Ukraine's foreign minister joined by video link."),
            location=loc("Dublin", None, "Ireland")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-09-03", "On Thursday afternoon"), "held",
            "Repatriation of the dead: 1,000 bodies of Ukrainian soldiers handed to Ukraine, 31 to Russia",
            ev("On Thursday afternoon, the bodies of 1,000 fallen Ukrainian soldiers were handed over to Ukraine at the border with Belarus; Russia received 31 bodies in return, the coordination headquarters said.")),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-09-04", "On Friday"), "held",
            "Germany's defence minister announced a further EUR 300 million air defence package, including IRIS-T missiles",
            ev("On Friday, Germany's defence minister announced a further €300 million package of air defence for Ukraine, including missiles for IRIS-T systems, during a visit to a factory in Bavaria.")),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2026-09-10", "on 10 September"), "planned",
            "Fourth round of direct Russian-Ukrainian talks in Istanbul, announced by Turkey's foreign ministry",
            ev("Turkey's foreign ministry announced that the Russian and Ukrainian delegations would sit down in Istanbul on 10 September for a fourth round of direct talks, the first since July.",
               "The Kremlin confirmed that its delegation would attend."),
            location=ISTANBUL),
    ])

# --------------------------------------------------------------------------- xf08
DATE08 = "Ankara, 27 August 2026"
GOLD["xf08_presidency_joint_statement_ankara"] = dict(
    notes="Joint statement of the presidents of Ukraine and Turkey after a bilateral meeting (Thursday 27 August 2026). "
          "Coded: Zelensky's official visit to Turkey 'on 27 August 2026' (visit, held; the restricted and plenary "
          "meetings are part of it, rule 14; Ukraine and Turkey; Ankara from the dateline); the Memorandum of "
          "Understanding on the safety of merchant navigation in the Black Sea, signed (agreement, held, rule 14; dated "
          "by the dateline '27 August 2026'); the Agreement on defence-industry cooperation, signed (agreement, held, "
          "same date); the fourth round of direct negotiations to be held in Istanbul 'in September 2026' (talks, "
          "planned: 'The Parties agreed', firm intent, rule 16; Ukraine, Russia and Turkey, the state of the city, rule "
          "15; month); the drone attack on Chornomorsk 'on 23 August 2026' (a background strike with a place and a "
          "date: required, rule 5; no attacker named, so Russia, rule 12). Not coded: the reaffirmed commitment (a "
          "stance), Turkey's 'readiness' to keep facilitating exchanges (a stance, rule 13), the instruction to prepare "
          "the next High-Level Strategic Council (no date, no event), the condemnation (a reaction, rule 13), the thanks.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [CHORNOMORSK], day("2026-08-23", "on 23 August 2026"), [{"type": "drone"}],
               ev("The Parties condemned attacks on civilian port infrastructure and merchant vessels in the Black Sea, including the drone attack on the port of Chornomorsk on 23 August 2026, and underlined the importance of freedom of navigation for global food security."),
               damage=["port"]),
    ],
    diplomacy=[
        dip("visit", ["Ukraine", "Turkey"], day("2026-08-27", "on 27 August 2026"), "held",
            "Zelensky's official visit to Turkey at Erdogan's invitation: a restricted meeting and a plenary session with the delegations",
            ev(DATE08,
               "At the invitation of the President of the Republic of Türkiye Recep Tayyip Erdogan, the President of Ukraine Volodymyr Zelensky paid an official visit to the Republic of Türkiye on 27 August 2026."),
            location=ANKARA),
        dip("agreement", ["Ukraine", "Turkey"], day("2026-08-27", "27 August 2026"), "held",
            "Memorandum of Understanding on cooperation in ensuring the safety of merchant navigation in the Black Sea signed",
            ev(DATE08,
               "In the presence of the two Presidents, the Memorandum of Understanding between the Governments of Ukraine and of the Republic of Türkiye on Cooperation in Ensuring the Safety of Merchant Navigation in the Black Sea was signed."),
            location=ANKARA),
        dip("agreement", ["Ukraine", "Turkey"], day("2026-08-27", "27 August 2026"), "held",
            "Agreement on cooperation in the defence industry signed: joint production of uncrewed aerial systems and naval platforms",
            ev(DATE08,
               "The Parties also signed an Agreement on Cooperation in the Field of Defence Industry, which provides for the joint production of uncrewed aerial systems and naval platforms."),
            location=ANKARA),
        dip("talks", ["Ukraine", "Russia", "Turkey"], month(*SEPT, "in September 2026"), "planned",
            "Fourth round of direct Ukrainian-Russian negotiations to be held in Istanbul",
            ev("The Parties agreed that the fourth round of these negotiations will be held in Istanbul in September 2026."),
            location=ISTANBUL),
    ])

# --------------------------------------------------------------------------- xf09
LEAD09 = ("ANKARA - President Volodymyr Zelensky and President Recep Tayyip Erdogan signed a pact on Thursday to make the "
          "Black Sea safer for merchant ships, and the Turkish leader said Istanbul would host a fourth round of direct "
          "Ukrainian-Russian talks next month.")
GOLD["xf09_anatoliancourier_zelensky_erdogan_ankara"] = dict(
    notes="News story about the same meeting (Thursday 27 August 2026). Coded: Odesa 'Early on Thursday' (27 August, day; "
          "Russian drones, uncounted; 'Five people' injured, 'a boy aged 14' among them, children_injured 1, rule 6); "
          "Zelensky's one-day visit to Ankara 'on Thursday morning' (visit, held; the leaders' meeting is part of it, "
          "rule 14); the shipping memorandum signed 'on Thursday' (agreement, held); the defence-industry document "
          "'also signed on Thursday' (agreement, held); the fourth round in Istanbul 'next month' (September, month; "
          "talks, planned: 'We have the agreement of both sides', rule 16; Ukraine, Russia and Turkey, rule 15). "
          "Optional (background set the scene, rule 17): Erdogan's phone call with Putin 'on Monday' (24 August; "
          "phone_call, held) and the last round of talks in Istanbul 'in July' (talks, held; month). Not coded: "
          "Erdogan's gladness to host a Putin-Zelensky meeting 'whenever the conditions mature' and Zelensky's "
          "willingness to meet 'at any level' (stances, rule 13), the three rounds 'since the spring of 2025' (no "
          "date), the help with deported children (no event), the onward trip (no place).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")], day("2026-08-27", "Early on Thursday"),
               [{"type": "drone"}],
               ev("Early on Thursday, hours before Zelensky landed, Russian drones struck Odesa.",
                  "Five people were hurt, one of them a boy aged 14, according to the Odesa regional governor.",
                  "The drones damaged a residential block and a bakery in the Kyivskyi district and set cars alight in a parking lot."),
               injured=cnt(5, "Five people"), children_injured=cnt(1, "a boy aged 14"),
               damage=["residential block", "bakery", "cars"], reported_by=["the Odesa regional governor"]),
    ],
    diplomacy=[
        dip("visit", ["Ukraine", "Turkey"], day("2026-08-27", "on Thursday morning"), "held",
            "Zelensky's one-day visit to Ankara: military honours and more than two hours of talks with Erdogan",
            ev("Zelensky flew in on a one-day visit on Thursday morning and was received with military honours at the presidential complex, where the two leaders spoke for more than two hours, first alone and then with their delegations."),
            location=ANKARA),
        dip("agreement", ["Ukraine", "Turkey"], day("2026-08-27", "on Thursday"), "held",
            "Memorandum on the safety of merchant shipping in the Black Sea signed, setting up a joint working group",
            ev(LEAD09,
               "The memorandum, signed by the two governments in the leaders' presence, creates a joint working group of maritime officials that will share data on threats to merchant ships and coordinate on mine clearance."),
            location=ANKARA),
        dip("agreement", ["Ukraine", "Turkey"], day("2026-08-27", "also signed on Thursday"), "held",
            "Document on joint production of drones and naval platforms by the two defence industries signed",
            ev("A second document, also signed on Thursday, commits the two countries' defence industries to produce drones and naval platforms together, though no figures were given."),
            location=ANKARA),
        dip("talks", ["Ukraine", "Russia", "Turkey"], month(*SEPT, "next month"), "planned",
            "Fourth round of direct Ukrainian-Russian talks to be hosted in Istanbul",
            ev(LEAD09,
               "\"Istanbul will host the fourth round next month. We have the agreement of both sides, and the date will be announced soon,\" Erdogan told a joint news conference."),
            location=ISTANBUL),
        opt(dip("phone_call", ["Turkey", "Russia"], day("2026-08-24", "on Monday"), "held",
                "Erdogan raised the talks with Putin by phone (background)",
                ev("He said he had raised the talks with Russian President Vladimir Putin when they spoke by phone on Monday."))),
        opt(dip("talks", ["Russia", "Ukraine", "Turkey"], month("2026-07-01", "2026-07-31", "in July"), "held",
                "The previous round of direct talks in Istanbul, which agreed a large exchange (background)",
                ev("The last, in July, produced an agreement on a large exchange of prisoners but no progress on a ceasefire."),
                location=ISTANBUL)),
    ])

# --------------------------------------------------------------------------- xf10
GOLD["xf10_harbourtownherald_bus_strike_cricket_control"] = dict(
    notes="Local newspaper (Saturday 12 September 2026): **control, no record at all.** The war-like words are figurative "
          "or name non-war events: a bus drivers' 'strike' ended by 'marathon talks' and 'a fair exchange' (a labour "
          "dispute, not states), 'Nobody wins a strike', 'a war of attrition', 'the shelling the firm took on social "
          "media', 'The summit that broke the deadlock', 'sanctions' against drivers, 'the casualties of the strike', a "
          "council 'attack' and 'a drone of the same old complaints', a kitchen fire with 'Nobody was hurt' (no "
          "attacker), a cricket 'bowling attack', an 'assault' on spinners, 'a clinical strike', 'take no prisoners', "
          "and a festival 'drone light show'.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kyiv-2026-08-20", "Russian drones and missiles on Kyiv, night of 19-20 August 2026",
     [("xf01_daybreakdigest_newsletter_aug25", "attack", 2),
      ("xf02_sesukraine_rescue_update_kyiv", "attack", 0),
      ("xf03_civicforum_kyiv_mayor_interview", "attack", 0)]),
    ("ukraine-night-2026-08-20", "Russia's drones and missiles against Ukraine, night of 19-20 August 2026 (country figures)",
     [("xf02_sesukraine_rescue_update_kyiv", "attack", 2),
      ("xf03_civicforum_kyiv_mayor_interview", "attack", 1)]),
    ("chornomorsk-2026-08-23", "Russian drones on the grain terminal at Chornomorsk, 23 August 2026",
     [("xf01_daybreakdigest_newsletter_aug25", "attack", 1),
      ("xf05_commoditydesk_oil_wheat_prices", "attack", 3),
      ("xf08_presidency_joint_statement_ankara", "attack", 0)]),
    ("syzran-refinery-2026-08-25", "Ukrainian drones set the Syzran refinery on fire, night of 24-25 August 2026",
     [("xf01_daybreakdigest_newsletter_aug25", "attack", 0),
      ("xf04_volgainform_state_media_syzran", "attack", 0),
      ("xf05_commoditydesk_oil_wheat_prices", "attack", 0)]),
    ("russia-mod-tally-2026-08-25", "Russian Defence Ministry's tally of Ukrainian drones over nine regions, night of 24-25 August 2026",
     [("xf04_volgainform_state_media_syzran", "attack", 1),
      ("xf05_commoditydesk_oil_wheat_prices", "attack", 1)]),
    ("prisoner-exchange-2026-08-24", "UAE-mediated exchange of 146 prisoners each, 24 August 2026",
     [("xf01_daybreakdigest_newsletter_aug25", "diplomacy", 0),
      ("xf04_volgainform_state_media_syzran", "diplomacy", 0)]),
    ("norway-pm-kyiv-2026-08-24", "Norway's prime minister's Independence Day visit to Kyiv, 24 August 2026",
     [("xf01_daybreakdigest_newsletter_aug25", "diplomacy", 1),
      ("xf03_civicforum_kyiv_mayor_interview", "diplomacy", 1)]),
    ("zelensky-ankara-2026-08-27", "Zelensky's visit to Ankara and meeting with Erdogan, 27 August 2026 (planned, then held)",
     [("xf01_daybreakdigest_newsletter_aug25", "diplomacy", 3),
      ("xf08_presidency_joint_statement_ankara", "diplomacy", 0),
      ("xf09_anatoliancourier_zelensky_erdogan_ankara", "diplomacy", 0)]),
    ("black-sea-memorandum-2026-08-27", "Ukrainian-Turkish memorandum on merchant shipping safety in the Black Sea, 27 August 2026",
     [("xf08_presidency_joint_statement_ankara", "diplomacy", 1),
      ("xf09_anatoliancourier_zelensky_erdogan_ankara", "diplomacy", 1)]),
    ("defence-industry-agreement-2026-08-27", "Ukrainian-Turkish defence-industry agreement on joint drone and naval production, 27 August 2026",
     [("xf08_presidency_joint_statement_ankara", "diplomacy", 2),
      ("xf09_anatoliancourier_zelensky_erdogan_ankara", "diplomacy", 2)]),
    ("istanbul-round4-2026-09", "Fourth round of direct Russian-Ukrainian talks in Istanbul, September 2026 (planned; 10 September)",
     [("xf07_ukrainetimeline_week_aug31_sep6", "diplomacy", 3),
      ("xf08_presidency_joint_statement_ankara", "diplomacy", 3),
      ("xf09_anatoliancourier_zelensky_erdogan_ankara", "diplomacy", 3)]),
    ("zaporizhzhia-2026-09-01", "Russian missile strike on an industrial site in Zaporizhzhia, 1 September 2026",
     [("xf06_claimcheck_zaporizhzhia_hospital_claim", "attack", 0),
      ("xf07_ukrainetimeline_week_aug31_sep6", "attack", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev57 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV57 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV57, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
