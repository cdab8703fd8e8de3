"""Write evals/dev69/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev69, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV69 = ROOT / "evals" / "dev69"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KHARKIV = loc("Kharkiv", "Kharkiv", "Ukraine")
CHERNIHIV = loc("Chernihiv", "Chernihiv", "Ukraine")
CHERNIHIV_REGION = loc("Chernihiv region", "Chernihiv", "Ukraine", "region")
ZAPORIZHZHIA = loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")
KHMELNYTSKYI_REGION = loc("Khmelnytskyi region", "Khmelnytskyi", "Ukraine", "region")
VINNYTSIA_REGION = loc("Vinnytsia region", "Vinnytsia", "Ukraine", "region")
POLTAVA_REGION = loc("Poltava region", "Poltava", "Ukraine", "region")
KYIV = loc("Kyiv", "Kyiv", "Ukraine")
ODESA = loc("Odesa", "Odesa", "Ukraine")
NIZHNEKAMSK = loc("Nizhnekamsk", "Tatarstan", "Russia")
YELABUGA = loc("Yelabuga", "Tatarstan", "Russia")
RYAZAN = loc("Ryazan", "Ryazan", "Russia")
BURGENSTOCK = loc("Bürgenstock", "Nidwalden", "Switzerland", "site")
BERN = loc("Bern", "Bern", "Switzerland")
ISTANBUL = loc("Istanbul", "Istanbul", "Turkey")
US = "United States"


# --------------------------------------------------------------------------- xr01
GOLD["xr01_recipe_blog_buckwheat_blackout_kharkiv_mar24"] = dict(
    notes="A Kharkiv home-cooking blog's recipe post for a camping stove (Sunday 24 March 2024). Coded: Russia's "
          "missiles and drones on Kharkiv's power plants and substations 'In the early hours of Friday, 22 March' (day, "
          "rule 11; drone_and_missile, uncounted; Terekhov's '15 strikes' are hits, not launches, rule 9; the regional "
          "administration's 'nobody in the city had been killed' is an explicit nil with a death word, killed 0, and 'one "
          "man' injured, rule 6); the president's national figures 'that night' (21-22 March, range): Ukraine's country "
          "record (rule 3), 'more than 60 missiles' (more_than, rule 7) and 'about 90 Shahed drones' (about, model "
          "Shahed), no combined figure; 'On 6 March a Shahed crashed into a five-storey block in the Kyivskyi district of "
          "Kharkiv' (background with place, date and count, required, rule 5; one drone with the indefinite article: no "
          "launched figure, rule 9; 'two people' injured). Not coded: the power cuts and schedules, the trams and water, "
          "the school's plywood windows, the recipe.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KHARKIV], day("2024-03-22", "In the early hours of Friday, 22 March"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("In the early hours of Friday, 22 March, Russia went after Kharkiv's power plants and substations with missiles and drones, and by breakfast every district was dark.",
                  "Our mayor, Ihor Terekhov, counted 15 strikes on the city's energy infrastructure.",
                  "The regional administration said on Friday afternoon that nobody in the city had been killed, and that one man, a power engineer, was injured at a substation."),
               killed=cnt(0, "nobody in the city had been killed"), injured=cnt(1, "one man"),
               damage=["power plants", "substations"], reported_by=["Ihor Terekhov", "the regional administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2024-03-21", "2024-03-22", "that night"),
               [{"type": "missile", "launched": cnt(60, "more than 60 missiles", "more_than")},
                {"type": "drone", "model": "Shahed", "launched": cnt(90, "about 90 Shahed drones", "about")}],
               ev("Across the country, the president said, Russia used more than 60 missiles and about 90 Shahed drones that night, mostly against the power system."),
               damage=["the power system"], reported_by=["the president"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KHARKIV], day("2024-03-06", "On 6 March"),
               [{"type": "drone", "model": "Shahed"}],
               ev("On 6 March a Shahed crashed into a five-storey block in the Kyivskyi district of Kharkiv, and two people were injured; the windows of our old school across the road are still covered with plywood."),
               injured=cnt(2, "two people"), damage=["a five-storey block in the Kyivskyi district"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xr02
GOLD["xr02_library_notice_to_readers_chernihiv_apr18"] = dict(
    notes="Chernihiv City Central Library's notice to readers (Thursday 18 April 2024). Coded: 'three Russian missiles' on "
          "the centre of Chernihiv 'Yesterday morning, Wednesday 17 April' (day; counted as the subject of the hit: "
          "launched 3, rule 9; missile_strike; the regional military administration's head's afternoon figures are the "
          "first, rule 6: '17 people' killed, '61' injured, 'three children' among the injured, children_injured 3; the "
          "council's 18 'This morning' is an update, in the evidence only); 'Last August a missile hit the square in front "
          "of Chernihiv's drama theatre' (month, August 2023: 'last <Month>' further off than two months is the latest "
          "such month, rule 11; background with place, date and count, required, rule 5; 'a missile', indefinite, no "
          "launched figure; 'seven people' killed; the 'exhibition of drones' is what people came to see, no weapon); the "
          "NATO-Ukraine Council 'on Friday' (19 April) at the level of defence ministers by video link (meeting, planned, "
          "rule 16; NATO and Ukraine, rule 15; no place). Not coded: 'none of our readers or staff was hurt' (the library "
          "was not the struck site: the nil fills nothing, rule 6), 'the third time since last summer' (no date, no count, "
          "rule 5), the cracked windows, the cancelled poetry evening and English club (no state a party), the book "
          "collection.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [CHERNIHIV], day("2024-04-17", "Yesterday morning, Wednesday 17 April"),
               [{"type": "missile", "launched": cnt(3, "three Russian missiles")}],
               ev("Yesterday morning, Wednesday 17 April, three Russian missiles struck the centre of Chernihiv, a few streets from our building.",
                  "The regional military administration's head reported in the afternoon that 17 people had been killed and 61 injured, three children among the injured.",
                  "This morning the city council put the number of dead at 18."),
               killed=cnt(17, "17 people"), injured=cnt(61, "61"), children_injured=cnt(3, "three children"),
               damage=["the centre of Chernihiv"], reported_by=["the regional military administration's head"]),
        attack("Russia", "Ukraine", "missile_strike", [CHERNIHIV], month("2023-08-01", "2023-08-31", "Last August"),
               [{"type": "missile"}],
               ev("Last August a missile hit the square in front of Chernihiv's drama theatre, where people had come to see an exhibition of drones, and killed seven people."),
               killed=cnt(7, "seven people"), damage=["the square in front of the drama theatre"]),
    ],
    diplomacy=[
        dip("meeting", ["NATO", "Ukraine"], day("2024-04-19", "on Friday"), "planned",
            "NATO-Ukraine Council at the level of defence ministers, by video link, on air defence for Ukraine, with the Ukrainian president expected to take part",
            ev("We can only pass on what is public: the NATO-Ukraine Council is to meet at the level of defence ministers on Friday, by video link, to discuss air defence for Ukraine, and the President is expected to take part.")),
    ])

# --------------------------------------------------------------------------- xr03
GOLD["xr03_courier_service_notice_energy_attack_mar22"] = dict(
    notes="A parcel delivery company's service notice to customers (Friday 22 March 2024, 16:30). Coded: Russia's attack "
          "on the energy system 'Overnight' (21-22 March, range, rule 11): the Air Force's '151 drones and missiles' with "
          "'92' shot down is a combined total of two types (one weapon of type other, model 'drones and missiles', 151 / "
          "92, rule 9), with per-type figures '88 Shahed attack drones' / '55 of the 88' and '63 missiles' / '37 of the 63' "
          "on a drone (model Shahed) and a missile entry: Ukraine's country record (rule 3); Zaporizhzhia 'shortly after "
          "five this morning' (22 March, day): 'two missiles struck the dam' (the part of the night's 63 missiles that hit: "
          "no launch of its own, rule 9; corrected by the lead after the first run, which the writer had coded as launched "
          "2), 'one man' killed and 'at least eight people' injured (at_least, rule 7), the 12 'This afternoon' an "
          "update (rule 6); 'Overnight, drones and missiles also damaged energy facilities in the Khmelnytskyi, Vinnytsia "
          "and Poltava regions' (places listed only in aggregate: one record with three regions, rule 2; "
          "drone_and_missile, uncounted); Kyiv 'yesterday morning' (21 March, day; background with place, date and "
          "counts, required, rule 5): 'all 31 missiles' brought down (launched 31, intercepted 31), '13 people' injured by "
          "debris. Not coded: the closed branches, the generators in Kharkiv (no strike told there), the damaged sorting "
          "point (damage on the Kyiv record's evidence), storage and payment arrangements.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2024-03-21", "2024-03-22", "Overnight"),
               [{"type": "other", "model": "drones and missiles", "launched": cnt(151, "151 drones and missiles"),
                 "intercepted": cnt(92, "of which 92")},
                {"type": "drone", "model": "Shahed", "launched": cnt(88, "88 Shahed attack drones"),
                 "intercepted": cnt(55, "55 of the 88")},
                {"type": "missile", "launched": cnt(63, "63 missiles"), "intercepted": cnt(37, "37 of the 63")}],
               ev("Overnight Russia carried out one of its heaviest attacks on Ukraine's energy system.",
                  "According to the Air Force, 151 drones and missiles were launched, of which 92 were shot down: 55 of the 88 Shahed attack drones and 37 of the 63 missiles.",
                  "Power plants and substations in several regions were hit, and in many cities electricity is supplied on a schedule today."),
               damage=["power plants", "substations"], reported_by=["the Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [ZAPORIZHZHIA], day("2024-03-22", "shortly after five this morning"),
               [{"type": "missile"}],
               ev("In Zaporizhzhia, two missiles struck the dam of the Dnipro hydroelectric power station shortly after five this morning, and a trolleybus crossing the dam caught fire.",
                  "The regional military administration reported one man dead and at least eight people injured.",
                  "This afternoon it raised the number of injured to 12."),
               killed=cnt(1, "one man"), injured=cnt(8, "at least eight people", "at_least"),
               damage=["the dam of the Dnipro hydroelectric power station", "a trolleybus"],
               reported_by=["the regional military administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [KHMELNYTSKYI_REGION, VINNYTSIA_REGION, POLTAVA_REGION],
               night("2024-03-21", "2024-03-22", "Overnight"),
               [{"type": "drone"}, {"type": "missile"}],
               ev("Overnight, drones and missiles also damaged energy facilities in the Khmelnytskyi, Vinnytsia and Poltava regions."),
               damage=["energy facilities"]),
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2024-03-21", "yesterday morning"),
               [{"type": "missile", "launched": cnt(31, "31 missiles"), "intercepted": cnt(31, "all 31")}],
               ev("This comes a day after yesterday morning's attack on Kyiv, when air defence brought down all 31 missiles fired at the capital.",
                  "Falling debris injured 13 people, and a fragment damaged the roof of our Podil sorting point, which has been closed since Thursday."),
               injured=cnt(13, "13 people"), damage=["the roof of a sorting point in Podil"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xr04
GOLD["xr04_procurement_tender_notice_odesa_repairs_apr01"] = dict(
    notes="A municipal housing enterprise's procurement notice for emergency repairs in Odesa's Kyivskyi district (Monday "
          "1 April 2024), its justification of urgency. Coded: 'On 15 March 2024' (day) 'two ballistic missiles struck a "
          "residential area of Odesa's Kyivskyi district', the second as rescuers arrived (one attack; counted as the "
          "subject of the hit: launched 2, rule 9; no attacker named: Russia, rule 12; the regional military "
          "administration's '21 people' killed and '75' injured, the paramedic and the rescuer among the dead, not added); "
          "'on 2 March a Russian drone struck an apartment building in the same district of Odesa' (background with place, "
          "date and counts, required, rule 5; indefinite, no launched figure, rule 9; '12 people' killed, 'five of them "
          "children', children_killed 5). Not coded: the enterprise, lots, budget and deadlines; the cancelled earlier "
          "notice (a procurement, no state event).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ODESA], day("2024-03-15", "On 15 March 2024"),
               [{"type": "ballistic_missile", "launched": cnt(2, "two ballistic missiles")}],
               ev("On 15 March 2024, shortly before noon, two ballistic missiles struck a residential area of Odesa's Kyivskyi district; the second exploded as firefighters and medics were arriving at the site of the first.",
                  "According to the regional military administration, 21 people were killed, a paramedic and a rescuer among them, and 75 were injured.",
                  "The blast waves broke windows and tore roofing from buildings across several blocks."),
               killed=cnt(21, "21 people"), injured=cnt(75, "75"),
               damage=["a residential area of the Kyivskyi district"], reported_by=["the regional military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [ODESA], day("2024-03-02", "on 2 March"),
               [{"type": "drone"}],
               ev("Seven of the buildings in Annex 1 were already damaged earlier this month: on 2 March a Russian drone struck an apartment building in the same district of Odesa, and the attack killed 12 people, five of them children."),
               killed=cnt(12, "12 people"), children_killed=cnt(5, "five of them children"),
               damage=["an apartment building"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xr05
GOLD["xr05_ngo_job_vacancy_field_coordinator_chernihiv_apr26"] = dict(
    notes="A housing-repair charity's vacancy advertisement for a field coordinator in Chernihiv (Friday 26 April 2024), "
          "its 'context' section. Coded: 'On 17 April Russian missiles struck the centre of Chernihiv' (day; plural, no "
          "figure: uncounted, rule 9; '18 people' killed, the only figure given); 'on Monday a missile broke off the top of "
          "the television tower in Kharkiv' (22 April, day; background with place and date, required, rule 5; 'a "
          "missile', indefinite, uncounted); 'the night of 22 March' (21-22 March, range, rule 11) 'when Russia fired "
          "about 150 missiles and drones' across Ukraine (Ukraine's country record, rule 3; a combined total: one weapon "
          "of type other, model 'missiles and drones', launched 150, about, rules 7 and 9, plus a missile and a drone "
          "entry); the US law 'On Wednesday' (24 April) with 'about $61 billion in support for Ukraine' (military_aid, "
          "held, rule 14 and 16: the decision made); the summit on peace in Ukraine 'at the Bürgenstock resort on 15-16 "
          "June' (summit, planned, rule 16; Switzerland hosting, Ukraine, rule 15); the talks of Ukraine's and Lithuania's "
          "deputy ministers 'which were to be held in Chernihiv on 25 April', 'postponed ... no new date has been set' "
          "(talks, stalled, dated by the day planned, rules 11 and 16). Optional: 'Almost every day this month, Russian "
          "artillery has been shelling villages along the border in the Chernihiv region' (a region, no count, no day: a "
          "vague background, rule 5; shelling_artillery, month). Not coded: 'the attacks that followed' (no date, no "
          "place), Zelensky 'asking world leaders to attend' (a call, rule 13), the charity's work, the job and the "
          "conditions.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [CHERNIHIV], day("2024-04-17", "On 17 April"),
               [{"type": "missile"}],
               ev("On 17 April Russian missiles struck the centre of Chernihiv, and 18 people were killed; dozens of buildings, including a hotel, a university and apartment blocks, were damaged."),
               killed=cnt(18, "18 people"), damage=["a hotel", "a university", "apartment blocks"]),
        opt(attack("Russia", "Ukraine", "shelling_artillery", [CHERNIHIV_REGION], month("2024-04-01", "2024-04-30", "this month"),
                   [{"type": "artillery"}],
                   ev("Almost every day this month, Russian artillery has been shelling villages along the border in the Chernihiv region."),
                   damage=["villages along the border"])),
        attack("Russia", "Ukraine", "missile_strike", [KHARKIV], day("2024-04-22", "on Monday"),
               [{"type": "missile"}],
               ev("Farther east, on Monday a missile broke off the top of the television tower in Kharkiv."),
               damage=["the television tower"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2024-03-21", "2024-03-22", "the night of 22 March"),
               [{"type": "other", "model": "missiles and drones", "launched": cnt(150, "about 150 missiles and drones", "about")},
                {"type": "missile"}, {"type": "drone"}],
               ev("The energy system has not recovered from the night of 22 March, when Russia fired about 150 missiles and drones at power stations and substations all over Ukraine, and from the attacks that followed."),
               damage=["power stations", "substations"]),
    ],
    diplomacy=[
        dip("military_aid", [US, "Ukraine"], day("2024-04-24", "On Wednesday"), "held",
            "US law signed by the US president that includes about $61 billion in support for Ukraine",
            ev("On Wednesday the US president signed a law that includes about $61 billion in support for Ukraine, after months of delay in Congress.")),
        dip("summit", ["Switzerland", "Ukraine"], night("2024-06-15", "2024-06-16", "on 15-16 June"), "planned",
            "Summit on peace in Ukraine at heads-of-state level, hosted by Switzerland at the Bürgenstock resort",
            ev("Switzerland is to host a summit on peace in Ukraine at heads-of-state level at the Bürgenstock resort on 15-16 June, and President Zelensky has been asking world leaders to attend."),
            location=BURGENSTOCK),
        dip("talks", ["Ukraine", "Lithuania"], day("2024-04-25", "on 25 April"), "stalled",
            "Talks between Ukrainian and Lithuanian deputy ministers on rebuilding the Chernihiv region, postponed after the strike with no new date",
            ev("Closer to home, talks between Ukraine's and Lithuania's deputy ministers on rebuilding the region, which were to be held in Chernihiv on 25 April, were postponed after the strike; no new date has been set."),
            location=CHERNIHIV),
    ])

# --------------------------------------------------------------------------- xr06
GOLD["xr06_cantonal_police_traffic_notice_burgenstock_apr25"] = dict(
    notes="A Swiss cantonal police notice to residents and road users on the summit's security arrangements (Thursday 25 "
          "April 2024). Coded: the high-level summit on peace in Ukraine 'on 15 and 16 June 2024 at the Bürgenstock "
          "resort' (summit, planned, rule 16; Switzerland hosting, Ukraine attending, rule 15); the visit to the resort "
          "'planned for that day' (Wednesday 24 April) 'by the foreign ministers of Switzerland and Ukraine', 'called off' "
          "(visit, cancelled, dated by the day planned, rules 11 and 16; the article calls it a visit, rule 14). Optional: "
          "'January, when President Zelensky visited Bern and met the President of the Confederation, Viola Amherd' (a "
          "background event, rule 17; visit, held, month). Not coded: the Federal Council's announcement of 10 April (an "
          "announcement of the summit, not an event between states), the invitations (no state named), the road "
          "closures, permits, airspace rules (the ban on drones is no attack), the information evening moved to 6 May "
          "(residents, no state a party).",
    attacks=[],
    diplomacy=[
        dip("summit", ["Switzerland", "Ukraine"], night("2024-06-15", "2024-06-16", "on 15 and 16 June 2024"), "planned",
            "High-level summit on peace in Ukraine hosted by Switzerland at the Bürgenstock resort; heads of state and government invited; Zelensky to attend",
            ev("On 10 April the Federal Council announced that Switzerland will host a high-level summit on peace in Ukraine on 15 and 16 June 2024 at the Bürgenstock resort.",
               "Heads of state and government from around the world are being invited; the President of Ukraine, Volodymyr Zelensky, has said he will attend."),
            location=BURGENSTOCK),
        opt(dip("visit", ["Ukraine", "Switzerland"], month("2024-01-01", "2024-01-31", "January"), "held",
                "Zelensky's visit to Bern, where he met the President of the Confederation, Viola Amherd; the origin of the decision to organise the summit",
                ev("The decision to organise such a meeting goes back to January, when President Zelensky visited Bern and met the President of the Confederation, Viola Amherd."),
                location=BERN)),
        dip("visit", ["Switzerland", "Ukraine"], day("2024-04-24", "Wednesday 24 April"), "cancelled",
            "Visit of the foreign ministers of Switzerland and Ukraine to the Bürgenstock resort to inspect the summit's preparations, called off at short notice",
            ev("The road closures announced in our release of 19 April for Wednesday 24 April no longer apply.",
               "The visit to the resort planned for that day by the foreign ministers of Switzerland and Ukraine, who were to inspect the preparations together, was called off at short notice."),
            location=BURGENSTOCK),
    ])

# --------------------------------------------------------------------------- xr07
GOLD["xr07_tour_operator_notice_odesa_tours_cancelled_mar16"] = dict(
    notes="An Odesa tour operator's notice to customers on cancelled and postponed tours (Saturday 16 March 2024). Coded: "
          "'Yesterday, Friday 15 March, Russian ballistic missiles hit Odesa in the late morning', with a second strike on "
          "the rescuers (one attack, day; plural, no figure: uncounted, rule 9; the governor's evening figures are the "
          "first, rule 6: 'at least 14 people' killed, at_least, rule 7, and '46' wounded; the 20 'This morning' is an "
          "update, in the evidence only); 'On Wednesday 6 March a missile hit the port area' as Zelensky showed the city to "
          "Mitsotakis (background with place, date and count, required, rule 5; 'a missile', indefinite, uncounted; 'five "
          "people' killed); Mitsotakis's visit to Odesa that day (visit, held; Greece and Ukraine); 'On 8 March President "
          "Zelensky was in Istanbul for talks with President Erdoğan' (the article calls them talks: talks, held, rule 14; "
          "Ukraine and Turkey). Not coded: 'None of our guides or guests were in that part of the city' and 'Neither "
          "leader was hurt' (nils of people who were not the struck site's: they fill nothing, rule 6); Erdoğan's "
          "readiness to host a summit with Russia (a stance, rule 13); the cancelled and postponed tours and the "
          "suspended ferry packages (no state a party).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [ODESA], day("2024-03-15", "Yesterday, Friday 15 March"),
               [{"type": "ballistic_missile"}],
               ev("Yesterday, Friday 15 March, Russian ballistic missiles hit Odesa in the late morning, and a second strike came as the rescue crews arrived.",
                  "By the evening the regional governor was reporting at least 14 people dead and 46 wounded.",
                  "This morning the number of dead stands at 20, and the city has declared a day of mourning."),
               killed=cnt(14, "at least 14 people", "at_least"), injured=cnt(46, "46"),
               reported_by=["the regional governor"]),
        attack("Russia", "Ukraine", "missile_strike", [ODESA], day("2024-03-06", "On Wednesday 6 March"),
               [{"type": "missile"}],
               ev("On Wednesday 6 March a missile hit the port area as President Zelensky was showing the city to the Greek Prime Minister, Kyriakos Mitsotakis, who was visiting Odesa that day; five people were killed."),
               killed=cnt(5, "five people"), damage=["the port area"]),
    ],
    diplomacy=[
        dip("visit", ["Greece", "Ukraine"], day("2024-03-06", "On Wednesday 6 March"), "held",
            "Greek Prime Minister Kyriakos Mitsotakis's visit to Odesa, shown the city by President Zelensky",
            ev("On Wednesday 6 March a missile hit the port area as President Zelensky was showing the city to the Greek Prime Minister, Kyriakos Mitsotakis, who was visiting Odesa that day; five people were killed."),
            location=ODESA),
        dip("talks", ["Ukraine", "Turkey"], day("2024-03-08", "On 8 March"), "held",
            "Talks between Presidents Zelensky and Erdoğan in Istanbul",
            ev("On 8 March President Zelensky was in Istanbul for talks with President Erdoğan, who told reporters Turkey stood ready to host a summit with Russia; we would be glad to sell those packages again one day, but we will not do so before it is safe."),
            location=ISTANBUL),
    ])

# --------------------------------------------------------------------------- xr08
GOLD["xr08_charity_auction_catalogue_kyiv_lots_apr20"] = dict(
    notes="A Kyiv volunteer club's charity auction catalogue (Saturday 20 April 2024), the lots' provenance notes. Coded: "
          "Kyiv 'in the early morning of 21 March' (day): 'Russia launched 31 missiles at Kyiv: two ballistic and 29 Kh-101 "
          "cruise missiles' (a missile total split by type is a combined total: one weapon of type other, model "
          "'missiles', launched 31 with 'All 31' destroyed, intercepted 31; a ballistic_missile entry with 'two "
          "ballistic' and a cruise_missile entry, model Kh-101, with '29 Kh-101 cruise missiles', rule 9; '17 people' "
          "injured by debris); Kyiv 'On the morning of Monday 25 March' (day): 'two Zircon missiles' shot down, 'both' "
          "(Zircon is no model the codebook names: type missile, model Zircon, rule 9; launched 2, intercepted 2; 'Ten "
          "people' hurt); the ten-year agreement on security cooperation signed by Presidents Stubb and Zelensky 'in Kyiv "
          "on 3 April' (agreement, held, rule 14; Finland and Ukraine); Finland's new package of defence aid 'On the same "
          "day' (military_aid, held, rules 14 and 16). Not coded: the auction itself, the other lots (a painting, a farm "
          "week, a dinner), the payment terms.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2024-03-21", "in the early morning of 21 March"),
               [{"type": "other", "model": "missiles", "launched": cnt(31, "31 missiles"), "intercepted": cnt(31, "All 31")},
                {"type": "ballistic_missile", "launched": cnt(2, "two ballistic")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(29, "29 Kh-101 cruise missiles")}],
               ev("The missile was one of those brought down over the capital in the early morning of 21 March, when Russia launched 31 missiles at Kyiv: two ballistic and 29 Kh-101 cruise missiles.",
                  "All 31 were destroyed by air defence, but falling debris injured 17 people and set fire to a kindergarten and several cars."),
               injured=cnt(17, "17 people"), damage=["a kindergarten", "several cars"]),
        attack("Russia", "Ukraine", "missile_strike", [KYIV], day("2024-03-25", "On the morning of Monday 25 March"),
               [{"type": "missile", "model": "Zircon", "launched": cnt(2, "two Zircon missiles"), "intercepted": cnt(2, "both")}],
               ev("On the morning of Monday 25 March, two Zircon missiles were fired at Kyiv from occupied Crimea, and air defence shot down both.",
                  "Ten people were hurt by their debris in the Pecherskyi district."),
               injured=cnt(10, "Ten people")),
    ],
    diplomacy=[
        dip("agreement", ["Finland", "Ukraine"], day("2024-04-03", "on 3 April"), "held",
            "Ten-year agreement on security cooperation between Finland and Ukraine, signed in Kyiv by Presidents Alexander Stubb and Volodymyr Zelensky",
            ev("A press photographer's picture taken in Kyiv on 3 April, when the President of Finland, Alexander Stubb, and President Zelensky signed a ten-year agreement on security cooperation between Finland and Ukraine."),
            location=KYIV),
        dip("military_aid", ["Finland", "Ukraine"], day("2024-04-03", "On the same day"), "held",
            "A new package of Finnish defence aid for Ukraine, announced on the day of the security agreement",
            ev("On the same day Finland announced a new package of defence aid for Ukraine.")),
    ])

# --------------------------------------------------------------------------- xr09
GOLD["xr09_force_majeure_notice_tatarstan_drones_apr03"] = dict(
    notes="A Kazan fuel trader's notice of force majeure to its buyers, in an unofficial English translation (Wednesday 3 "
          "April 2024). Coded, each with its own details (rule 1), both dated 'In the early morning of 2 April 2024' (day): "
          "Nizhnekamsk, where 'one drone hit the primary crude distillation unit' (no attacker named: the target's "
          "opponent, Ukraine, target Russia, rules 4 and 12; a counted one: launched 1, rule 9; the operator's 'none of its "
          "employees was injured' is the struck site's nil with an injury word: injured 0 only, rule 6); Yelabuga, where "
          "'drones struck a hostel' (plural, no figure: uncounted; Minnikhanov's '12 people' injured); and 'the drone "
          "attack on the morning of 13 March on the refinery in Ryazan' (day; background with place and date, required, "
          "rule 5; uncounted). Not coded: the suspension of loading, the contract clauses, the chamber's certificate, the "
          "resumption of deliveries from Ryazan.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [NIZHNEKAMSK], day("2024-04-02", "In the early morning of 2 April 2024"),
               [{"type": "drone", "launched": cnt(1, "one drone")}],
               ev("In the early morning of 2 April 2024, unmanned aerial vehicles attacked two sites in the Republic of Tatarstan, more than 1,000 km from the Ukrainian border: the refining complex in Nizhnekamsk, from which we take the bulk of our products, and the Alabuga special economic zone near Yelabuga.",
                  "At the Nizhnekamsk refinery, one drone hit the primary crude distillation unit, and the fire that followed was put out within hours.",
                  "According to the refinery's operator, none of its employees was injured."),
               injured=cnt(0, "none of its employees was injured"),
               damage=["the primary crude distillation unit of the refinery"], reported_by=["the refinery's operator"]),
        attack("Ukraine", "Russia", "air_drone_strike", [YELABUGA], day("2024-04-02", "In the early morning of 2 April 2024"),
               [{"type": "drone"}],
               ev("In the early morning of 2 April 2024, unmanned aerial vehicles attacked two sites in the Republic of Tatarstan, more than 1,000 km from the Ukrainian border: the refining complex in Nizhnekamsk, from which we take the bulk of our products, and the Alabuga special economic zone near Yelabuga.",
                  "In Yelabuga, drones struck a hostel for students of a college in the special economic zone; the head of the republic, Rustam Minnikhanov, said that 12 people had been injured, none of them seriously."),
               injured=cnt(12, "12 people"), damage=["a hostel for students of a college"], reported_by=["Rustam Minnikhanov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RYAZAN], day("2024-03-13", "on the morning of 13 March"),
               [{"type": "drone"}],
               ev("Our notice No. 4/FM-2024 concerned the drone attack on the morning of 13 March on the refinery in Ryazan, from which we buy diesel for the central regions; deliveries from Ryazan resumed on 25 March."),
               damage=["the refinery"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xr10
GOLD["xr10_town_council_fireworks_display_notice_control_apr29"] = dict(
    notes="Control: an English town council's notice on a Charter Day fireworks display (Monday 29 April 2024). 'The "
          "barrage', '1,400 shells and rockets', 'the first salvo', 'a finale of 300 shots', 'steel mortar tubes', 'the "
          "launch zone' and 'fallout area', 'a stray rocket' that 'landed in a garden' where 'no one was hurt', a display "
          "'postponed' if windy, 'talks' and 'a truce of sorts' with the dog owners, 'drones' banned, 'the invasion of "
          "6,000 spectators' and 'a bombardment of noise': a fireworks display told in war words, no state a party, no "
          "attack and no diplomacy (rules 12-13). Nothing is coded.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("odesa-2024-03-15", "Russian ballistic missiles on a residential area of Odesa, with a second strike on the rescuers, 15 March 2024",
     [("xr04_procurement_tender_notice_odesa_repairs_apr01", "attack", 0),
      ("xr07_tour_operator_notice_odesa_tours_cancelled_mar16", "attack", 0)]),
    ("ukraine-2024-03-22", "Russia's missiles and drones against Ukraine's energy system, night of 21-22 March 2024",
     [("xr01_recipe_blog_buckwheat_blackout_kharkiv_mar24", "attack", 1),
      ("xr03_courier_service_notice_energy_attack_mar22", "attack", 0),
      ("xr05_ngo_job_vacancy_field_coordinator_chernihiv_apr26", "attack", 3)]),
    ("kyiv-2024-03-21", "Russian ballistic and cruise missiles on Kyiv, all shot down, debris injuring people, early on 21 March 2024",
     [("xr03_courier_service_notice_energy_attack_mar22", "attack", 3),
      ("xr08_charity_auction_catalogue_kyiv_lots_apr20", "attack", 0)]),
    ("chernihiv-2024-04-17", "Russian missiles on the centre of Chernihiv, 17 April 2024",
     [("xr02_library_notice_to_readers_chernihiv_apr18", "attack", 0),
      ("xr05_ngo_job_vacancy_field_coordinator_chernihiv_apr26", "attack", 0)]),
    ("burgenstock-2024-06-15", "The summit on peace in Ukraine planned at the Bürgenstock resort, Switzerland, 15-16 June 2024",
     [("xr05_ngo_job_vacancy_field_coordinator_chernihiv_apr26", "diplomacy", 1),
      ("xr06_cantonal_police_traffic_notice_burgenstock_apr25", "diplomacy", 0)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev69 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV69 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV69, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
