"""Write evals/dev4/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers (evals/dev/tools/make_gold.py's) come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV4 = ROOT / "evals" / "dev4"

# the label helpers (evals/dev's, shared by every set) come from evals/tools/gold_helpers.py
sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, attack, dip, write_gold, week, opt  # noqa: E402


GOLD: dict[str, dict] = {}

GOLD["g01_wire_zaporizhzhia_correction"] = dict(
    notes="Wire with a correction appended (Tuesday 6 October): guided bombs on Zaporizhzhia on Monday evening (five "
          "dead with a 7-year-old boy, 'more than 20' wounded, later 26: evidence, not the count) and the artillery "
          "strike on Vilniansk that afternoon ('Three members of one family'). Optional: the April attack on the "
          "city (background with a place and a count). Not coded: the grandmother's wounds (inside the 'more than "
          "20'), the correction (a district name, no new fact), the denial.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-10-05", "on Monday evening"), [{"type": "glide_bomb"}],
               ev("Russian aircraft dropped guided bombs on Zaporizhzhia on Monday evening, killing five people, a 7-year-old boy among them, and leaving more than 20 wounded, regional governor Ivan Fedorov said.",
                  "By Tuesday noon the number of wounded stood at 26, of whom four remained in a serious condition, the regional health department said."),
               killed=cnt(5, "five people"), injured=cnt(20, "more than 20", "more_than"),
               children_killed=cnt(1, "a 7-year-old boy"),
               damage=["tram depot", "dormitory"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Vilniansk", "Zaporizhzhia", "Ukraine")],
               day("2026-10-05", "on Monday afternoon"), [{"type": "artillery"}],
               ev("Hours earlier, Russian artillery opened fire on Vilniansk, a small town north of the regional capital.",
                  "Three members of one family - a married couple and the husband's elderly mother - died when a shell struck their home on Monday afternoon, Fedorov said."),
               killed=cnt(3, "Three members of one family"), damage=["home"], reported_by=["Ivan Fedorov"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
                   month("2026-04-01", "2026-04-30", "In April"), [],
                   ev("In April a similar attack on an industrial area of the city killed 12 workers."),
                   killed=cnt(12, "12 workers"))),
    ], diplomacy=[])

GOLD["g02_mod_briefing_transcript"] = dict(
    notes="Briefing transcript with Q&A (Friday 9 October): Ukraine's drone strike on the Afipsky refinery "
          "(Krasnodar region) during the night; the Neptune strike on an ammunition depot in the Lgov district "
          "'Last Saturday' (3 October); Sweden's second batch of Archer howitzers 'earlier this week' (delivered). "
          "Not coded: the Russia-Belarus exercises (not an attack), Russia's claim to have downed every drone (no "
          "count), the next briefing. "
          "Corrected (ruling of 2 December 2026, rule 9): Neptune is a `cruise_missile` (was `missile`).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Afipsky", "Krasnodar", "Russia")],
               night("2026-10-08", "2026-10-09", "during the night"), [{"type": "drone"}],
               ev("Long-range drones of the Unmanned Systems Forces struck the Afipsky oil refinery in the Krasnodar region of the Russian Federation during the night.",
                  "According to our preliminary data, a primary processing unit was set on fire."),
               damage=["oil refinery", "primary processing unit"], reported_by=["Ministry of Defence of Ukraine"]),
        attack("Ukraine", "Russia", "missile_strike", [loc("Lgov", "Kursk", "Russia", "district")],
               day("2026-10-03", "Last Saturday"), [{"type": "cruise_missile", "model": "Neptune"}],
               ev("Last Saturday, our forces hit an ammunition depot near the village of Kromskoi Byk in the Lgov district of the Kursk region, using domestically produced Neptune missiles."),
               damage=["ammunition depot", "storage buildings"], reported_by=["Ministry of Defence of Ukraine"]),
    ],
    diplomacy=[
        dip("military_aid", ["Sweden", "Ukraine"], week("2026-10-05", "2026-10-09", "earlier this week"), "held",
            "the second batch of Archer self-propelled howitzers arrived from Sweden",
            ev("The second batch of Archer self-propelled artillery systems arrived from Sweden earlier this week and is already with the brigades.")),
    ])

NIGHT_1014 = night("2026-10-13", "2026-10-14", "Last night")
GOLD["g03_governor_bryansk_post"] = dict(
    notes="Russian governor's post (Wednesday 14 October), Russia as target: Bryansk city ('Of the 25 drones ... all "
          "but two were neutralised': launched 25, intercepted 23; debris fire at an enterprise), Lomakovka in the "
          "Pogar district (rocket artillery, 'A civilian woman born in 1958' wounded), Klimovo (a drone on a farm "
          "truck, damage only). All in the post on last night. Not coded: 'There were no casualties' and 'The "
          "driver was not hurt' (explicit nils), the regular targeting of the region (background, no event).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk", "Russia")], NIGHT_1014,
               [{"type": "drone", "launched": cnt(25, "25"), "intercepted": cnt(23, "all but two")}],
               ev("Last night the Armed Forces of Ukraine attempted a massive attack on the city of Bryansk using aircraft-type UAVs.",
                  "Of the 25 drones that flew towards the city, all but two were neutralised by air defence units of the Ministry of Defence.",
                  "As a result of the fall of debris, an industrial enterprise in the Sovetsky district caught fire."),
               damage=["industrial enterprise"], reported_by=["Alexander Bogomaz"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Lomakovka", "Bryansk", "Russia")], NIGHT_1014,
               [{"type": "artillery"}],
               ev("The enemy also fired rocket artillery at the village of Lomakovka in the Pogar district.",
                  "A civilian woman born in 1958 was wounded."),
               injured=cnt(1, "A civilian woman"), damage=["residential house", "outbuilding"], reported_by=["Alexander Bogomaz"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Klimovo", "Bryansk", "Russia")], NIGHT_1014,
               [{"type": "drone"}],
               ev("In the settlement of Klimovo, a kamikaze drone struck a cargo vehicle belonging to a local farm."),
               damage=["cargo vehicle"], reported_by=["Alexander Bogomaz"]),
    ], diplomacy=[])

NIGHT_1018 = night("2026-10-17", "2026-10-18", "In the night of 18 October")
GOLD["g04_airforce_morning_tally"] = dict(
    notes="Air force morning report as a list (Sunday 18 October), night 17-18 October: one country record with the "
          "combined total (other, 412/381), the mixed Shahed/decoy figure (other, 370/352, plus the types it mixes), "
          "Kh-101 28/25 and Iskander-M/KN-23 14/4. City records: Ternopil (missile on an energy facility, two "
          "employees with burns) and Shepetivka (drones, industrial site). Not coded: hits by 10 ballistic missiles "
          "and 18 drones and the debris locations (hits, not launches), launch areas, 'nobody was injured' "
          "(explicit nil), people without power (not casualties).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], NIGHT_1018,
               [{"type": "other", "model": "means of air attack", "launched": cnt(412, "412"), "intercepted": cnt(381, "381")},
                {"type": "other", "model": "Shahed strike UAVs and simulator drones",
                 "launched": cnt(370, "370"), "intercepted": cnt(352, "352")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(28, "28"), "intercepted": cnt(25, "25")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(14, "14"), "intercepted": cnt(4, "4")}],
               ev("In the night of 18 October (from 19:00 on 17 October) the enemy struck with 412 means of air attack:",
                  "370 Shahed strike UAVs and simulator drones",
                  "28 Kh-101 air-launched cruise missiles from the Saratov region;",
                  "14 Iskander-M / KN-23 ballistic missiles",
                  "Preliminary results as of 09:30: 381 air targets downed or suppressed, namely:",
                  "352 enemy UAVs of different types;", "25 Kh-101 cruise missiles;",
                  "4 Iskander-M / KN-23 ballistic missiles."),
               reported_by=["Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Ternopil", "Ternopil", "Ukraine")], NIGHT_1018,
               [{"type": "missile"}],
               ev("In Ternopil, regional administration head Vyacheslav Nehoda said a missile hit an energy facility on the city's northern edge at about 05:10.",
                  "Two employees received burn injuries and were hospitalised; a large part of the city is without electricity and water."),
               injured=cnt(2, "Two employees"), damage=["energy facility"], reported_by=["Vyacheslav Nehoda"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Shepetivka", "Khmelnytskyi", "Ukraine")], NIGHT_1018,
               [{"type": "drone"}],
               ev("In the Khmelnytskyi region, drones attacked an industrial site in the Shepetivka community."),
               damage=["industrial site"], reported_by=["regional military administration"]),
    ], diplomacy=[])

NIGHT_1023 = night("2026-10-22", "2026-10-23", "overnight")
GOLD["g05_liveblog_kyiv_reverse"] = dict(
    notes="Live blog, newest entry first, with a summary on top (Friday 23 October): Kyiv (missiles and drones "
          "overnight; the summary's 'At least six' killed and 31 injured are the first figures the article gives, "
          "the later 'climbed to eight' is evidence; the 15-year-old girl is the only child figure), Brovary (drone "
          "on a warehouse complex, one man hurt), the air force's country figures (46 missiles / 40, 231 drones / "
          "205), the Zelensky-Starmer call 'this morning'. Not coded: the alert and explosions entries (no new "
          "fact), the districts (on the Kyiv record), Downing Street's reaffirmed support (reaction).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], NIGHT_1023,
               [{"type": "drone"}, {"type": "missile"}],
               ev("At least six people were killed and 31 injured in Kyiv after Russia fired missiles and drones at the capital overnight, the city authorities say.",
                  "The death toll in Kyiv has climbed to eight, city military administration head Tymur Tkachenko says.",
                  "Among the dead is a 15-year-old girl whose body was recovered from the rubble in the Solomianskyi district."),
               killed=cnt(6, "At least six", "at_least"), injured=cnt(31, "31"), children_killed=cnt(1, "a 15-year-old girl"),
               damage=["residential building"], reported_by=["Tymur Tkachenko", "Vitali Klitschko"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Brovary", "Kyiv", "Ukraine")], NIGHT_1023,
               [{"type": "drone"}],
               ev("In Brovary, just east of Kyiv, a warehouse complex was engulfed in flames after a drone hit, Kyiv regional governor Mykola Kalashnyk says.",
                  "One man was hurt."),
               injured=cnt(1, "One man"), damage=["warehouse complex"], reported_by=["Mykola Kalashnyk"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-10-22", "2026-10-23", "in the overnight attack"),
               [{"type": "missile", "launched": cnt(46, "46"), "intercepted": cnt(40, "40")},
                {"type": "drone", "launched": cnt(231, "231"), "intercepted": cnt(205, "205")}],
               ev("Figures from the air force: Russia launched 46 missiles of different types and 231 strike drones in the overnight attack.",
                  "Air defences neutralised 40 of the missiles and 205 drones, it says."),
               reported_by=["air force"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "United Kingdom"], day("2026-10-23", "this morning"), "held",
            "Zelensky spoke with Keir Starmer about the night in Kyiv, air defence and long-range capabilities",
            ev("Zelensky says he has spoken with UK Prime Minister Keir Starmer this morning.")),
    ])

PAST_24H = night("2026-10-26", "2026-10-27", "for the past 24 hours")
GOLD["g06_daily_roundup_regions"] = dict(
    notes="Daily round-up by region (Tuesday 27 October), all events Monday or the past 24 hours: Shostka (guided "
          "bomb, nine wounded, 'two of them schoolchildren'), Kherson (artillery and mortars, a man killed, a woman "
          "wounded), Pavlohrad (drones late on Monday night, damage only), Marhanets (artillery, a lyceum damaged, "
          "no date words of its own), Kramatorsk (two MLRS rockets: launched 2; one dead, three injured). "
          "Not coded: the month's shelling tally (statistic), the Odesa alert and the quiet Kharkiv night (no "
          "strike), Russia's warning (a threat), 'no victims' (explicit nil). "
          "Relabelled (codebook 9, ruling of 2 December 2026, afternoon): artillery launched 2 (was no figure).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Shostka", "Sumy", "Ukraine")], day("2026-10-26", "on Monday"),
               [{"type": "glide_bomb"}],
               ev("A guided aerial bomb struck the centre of Shostka on Monday, wounding nine people, two of them schoolchildren, according to the regional military administration."),
               injured=cnt(9, "nine people"), children_injured=cnt(2, "two of them schoolchildren"),
               damage=["post office", "shops"], reported_by=["regional military administration"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")], day("2026-10-26", "throughout Monday"),
               [{"type": "artillery"}],
               ev("Russian troops shelled the Dniprovskyi district of Kherson with artillery and mortars throughout Monday.",
                  "A 64-year-old man died at a bus stop and a woman was wounded, regional head Oleksandr Prokudin said."),
               killed=cnt(1, "A 64-year-old man"), injured=cnt(1, "a woman"), reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Pavlohrad", "Dnipropetrovsk", "Ukraine")],
               day("2026-10-26", "late on Monday night"), [{"type": "drone"}],
               ev("Pavlohrad came under drone attack late on Monday night.",
                  "Fires broke out at a private enterprise and in two houses; there were no victims, governor Serhii Lysak said."),
               damage=["private enterprise", "houses"], reported_by=["Serhii Lysak"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Marhanets", "Dnipropetrovsk", "Ukraine")], PAST_24H,
               [{"type": "artillery"}],
               ev("In Marhanets, artillery fire damaged a lyceum."),
               damage=["lyceum"], reported_by=["Serhii Lysak"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kramatorsk", "Donetsk", "Ukraine")], day("2026-10-26", "on Monday morning"),
               [{"type": "artillery", "launched": cnt(2, "two")}],
               ev("Kramatorsk was hit by two rockets from a multiple launch rocket system on Monday morning.",
                  "Police said one person died at the scene and three were injured, while a car dealership was gutted by fire."),
               killed=cnt(1, "one person"), injured=cnt(3, "three"), damage=["car dealership"], reported_by=["police"]),
    ], diplomacy=[])

GOLD["g07_explainer_konotop_train"] = dict(
    notes="Numbered explainer (Friday 6 November): the drone strike on a passenger train at Konotop station on "
          "Thursday morning (first official figure: four dead and 19 wounded; 'Among the dead were' a conductor "
          "and a 10-year-old girl; 'Three other children' wounded; the toll that 'rose to five' is evidence; 'at "
          "least three Shahed-type drones'). Optional: the Shostka train strike 'In October last year' (background "
          "with a place and a count). Not coded: the call to impose sanctions on drone suppliers (a demand), the "
          "railway's cumulative 800 attacks (statistic), the rerouting and the reopening plan.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Konotop", "Sumy", "Ukraine")], day("2026-11-05", "on Thursday morning"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(3, "at least three", "at_least")}],
               ev("Russian drones struck a Kyiv-bound passenger train as it stood at Konotop station on Thursday morning, shortly before it was due to depart.",
                  "The first official figure, given by the Sumy regional administration on Thursday afternoon, was four dead and 19 wounded.",
                  "Among the dead were a conductor and a 10-year-old girl travelling with her mother.",
                  "Three other children were among the wounded.",
                  "The regional administration said the station was attacked with at least three Shahed-type drones."),
               killed=cnt(4, "four dead"), injured=cnt(19, "19"), children_killed=cnt(1, "a 10-year-old girl"),
               children_injured=cnt(3, "Three other children"),
               damage=["passenger train", "station building", "depot"], reported_by=["Sumy regional administration", "Ukrzaliznytsia"]),
        opt(attack("Russia", "Ukraine", "air_drone_strike", [loc("Shostka", "Sumy", "Ukraine")],
                   month("2025-10-01", "2025-10-31", "In October last year"), [{"type": "drone"}],
                   ev("In October last year, a drone strike on a train at Shostka station injured about 30 people."),
                   injured=cnt(30, "about 30", "about"), damage=["train"])),
    ], diplomacy=[])

GOLD["g08_analysis_drone_statistics"] = dict(
    notes="Analysis piece (Tuesday 10 November): monthly launch totals, interception rates and past winters' "
          "barrages without a place or a night. No current event, no place hit: no record at all.",
    attacks=[], diplomacy=[])

GOLD["g09_business_grain_alert"] = dict(
    notes="Business news (Thursday 12 November): a grain trader's results call interrupted by an air raid alert "
          "in Odesa, with no explosions reported. No strike, no diplomacy: no record at all.",
    attacks=[], diplomacy=[])

GOLD["g10_joint_statement_vilnius"] = dict(
    notes="Joint statement (published Friday 13 November): the Lublin Triangle summit in Vilnius on 12 November "
          "(Lithuania, Poland, Ukraine); the EU Council's decision of 10 November to prolong the economic sanctions "
          "(held); the Poland-Ukraine memorandum on interceptor drones signed 'today'; the next meeting in Warsaw "
          "in March 2027 (planned). Optional: the missile attack on Ternopil on 8 November (a condemned past attack "
          "with a place, a date and a count). Not coded: the call for a new sanctions package (a demand), support "
          "for EU membership and the call to open clusters (positions).",
    attacks=[
        opt(attack("Russia", "Ukraine", "missile_strike", [loc("Ternopil", "Ternopil", "Ukraine")],
                   day("2026-11-08", "on 8 November"), [{"type": "missile"}],
                   ev("We strongly condemn the Russian missile attack on Ternopil on 8 November, which took the lives of 11 civilians, including two children."),
                   killed=cnt(11, "11 civilians"), children_killed=cnt(2, "two children"))),
    ],
    diplomacy=[
        dip("summit", ["Lithuania", "Poland", "Ukraine"], day("2026-11-12", "on 12 November 2026"), "held",
            "the Lublin Triangle presidents' summit, which adopted a joint statement",
            ev("The Presidents of the Republic of Lithuania, the Republic of Poland and Ukraine met in Vilnius on 12 November 2026 for the summit of the Lublin Triangle."),
            location=loc("Vilnius", "Vilnius", "Lithuania")),
        dip("sanctions", ["European Union", "Russia"], day("2026-11-10", "of 10 November"), "held",
            "the EU Council prolonged the economic sanctions against Russia for six months",
            ev("We welcome the decision of the Council of the European Union of 10 November to prolong the economic sanctions against the Russian Federation for a further six months.")),
        dip("agreement", ["Poland", "Ukraine"], day("2026-11-12", "today"), "held",
            "the Polish and Ukrainian defence ministers signed a memorandum on joint production of interceptor drones",
            ev("We welcome the memorandum of understanding on co-producing interceptor drones signed today in Vilnius by the Ministers of Defence of Poland and Ukraine."),
            location=loc("Vilnius", "Vilnius", "Lithuania")),
        dip("summit", ["Lithuania", "Poland", "Ukraine"], month("2027-03-01", "2027-03-31", "in March 2027"), "planned",
            "the next Lublin Triangle meeting in Warsaw",
            ev("We agree to hold our next meeting in Warsaw in March 2027."),
            location=loc("Warsaw", "Masovia", "Poland")),
    ])

GOLD["g11_fm_visit_press_conference"] = dict(
    notes="Minister's visit with a press conference (Tuesday 17 November): Wadephul's visit to Kyiv on Monday, his "
          "talks with Sybiha, Germany's further 300 million euros for air defence (an aid decision announced at "
          "the press conference), his talks in Chisinau on Wednesday (planned). Attack: the drone on a Kharkiv "
          "kindergarten 'a day after' (Sunday), 14 injured among them 12 children. Not coded: the reparations-loan "
          "discussion and the Taurus answer (no decision), the mayor's note that the children are out of danger.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], day("2026-11-15", "on a Sunday afternoon"),
               [{"type": "drone"}],
               ev("German Foreign Minister Johann Wadephul arrived in Kyiv by overnight train on Monday for his third visit since taking office, a day after a Russian drone slammed into a kindergarten in Kharkiv, injuring 14 people, among them 12 children.",
                  "Kharkiv mayor Ihor Terekhov said on Sunday that the building's upper floor had collapsed and that all of the injured children had been taken to hospital, none in a life-threatening condition."),
               injured=cnt(14, "14 people"), children_injured=cnt(12, "12 children"), damage=["kindergarten"],
               reported_by=["Ihor Terekhov"]),
    ],
    diplomacy=[
        dip("visit", ["Germany", "Ukraine"], day("2026-11-16", "on Monday"), "held",
            "German Foreign Minister Johann Wadephul's third visit to Kyiv",
            ev("German Foreign Minister Johann Wadephul arrived in Kyiv by overnight train on Monday for his third visit since taking office, a day after a Russian drone slammed into a kindergarten in Kharkiv, injuring 14 people, among them 12 children."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("talks", ["Germany", "Ukraine"], day("2026-11-16", "on Monday"), "held",
            "Wadephul and Sybiha held talks and a joint press conference",
            ev("After two hours of talks with Foreign Minister Andrii Sybiha at the foreign ministry, the two ministers held a joint press conference."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-11-16", "on Monday"), "held",
            "Germany adds a further 300 million euros for Ukraine's air defence this winter",
            ev("\"Germany is increasing its support for Ukraine's air defence by a further 300 million euros this winter,\" Wadephul told reporters.")),
        dip("talks", ["Germany", "Moldova"], day("2026-11-18", "on Wednesday"), "planned",
            "Wadephul's talks with the Moldovan government on energy security in Chisinau",
            ev("Wadephul is due to travel on to Chisinau on Wednesday for talks with the Moldovan government on energy security."),
            location=loc("Chisinau", "Chisinau", "Moldova")),
    ])

GOLD["g12_ambassador_summoned_depot"] = dict(
    notes="Wire (Friday 20 November): the missile strike on a SOCAR fuel depot in Velykodolynske late on Wednesday "
          "(two ballistic missiles hit: launched 2; three workers injured); Azerbaijan summoning the Russian "
          "ambassador on Thursday; the Aliyev-Zelensky call 'Later that day' (Thursday). Not coded: earlier hits "
          "on SOCAR sites (no date, no place), the invitation to visit Kyiv (no date), the airliner crash "
          "(background, not an attack in this war). "
          "Relabelled (codebook 9, ruling of 2 December 2026, afternoon): ballistic_missile launched 2 (was no figure).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Velykodolynske", "Odesa", "Ukraine")],
               day("2026-11-18", "late on Wednesday"), [{"type": "ballistic_missile", "launched": cnt(2, "Two")}],
               ev("The attack took place late on Wednesday in Velykodolynske, a town south-west of Odesa, regional governor Oleh Kiper said.",
                  "Two ballistic missiles hit the site, setting several fuel tanks ablaze and injuring three workers, one of them seriously."),
               injured=cnt(3, "three workers"), damage=["fuel depot", "fuel tanks"], reported_by=["Oleh Kiper"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Azerbaijan", "Russia"], day("2026-11-19", "on Thursday"), "held",
            "Azerbaijan summoned Russian ambassador Mikhail Yevdokimov and handed him a note of protest",
            ev("BAKU, 20 November (Caspian Wire) - Azerbaijan's foreign ministry summoned Russian ambassador Mikhail Yevdokimov on Thursday and handed him a note of protest after Russian missiles struck a fuel depot owned by the state energy company SOCAR in the Odesa region of Ukraine."),
            location=loc("Baku", "Baku", "Azerbaijan")),
        dip("phone_call", ["Azerbaijan", "Ukraine"], day("2026-11-19", "Later that day"), "held",
            "Aliyev and Zelensky discussed the attack by phone",
            ev("Later that day President Ilham Aliyev and Volodymyr Zelensky discussed the attack in a phone call, the Azerbaijani presidency said.")),
    ])

GOLD["g13_sanctions_four_ways"] = dict(
    notes="Sanctions four ways (Tuesday 24 November): Japan's new sanctions on Monday (held); Britain's draft "
          "legislation unveiled last Wednesday (proposed); the EU's renewal of individual sanctions approved last "
          "Thursday (held); the US lifting sanctions on Belaruskali on Friday (held: the decision was taken). Not "
          "coded: the release of political prisoners by Minsk (not an exchange, no date), Sybiha's urging (a "
          "demand), Canada and Australia 'reviewing' (no decision), the parliamentary debate next month.",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["Japan", "Russia"], day("2026-11-23", "on Monday"), "held",
            "Japan froze assets of 41 individuals and 17 companies and banned machine-tool exports to 23 entities",
            ev("Japan's cabinet approved a fresh round of sanctions against Russia on Monday, freezing the assets of 41 individuals and 17 companies linked to the production of military drones and banning exports of machine tools to another 23 Russian entities, chief cabinet secretary Minoru Kihara told reporters in Tokyo.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-11-18", "last Wednesday"), "proposed",
            "British draft legislation to seize assets of those helping tankers evade the price cap",
            ev("In London, the Foreign Office published draft legislation that would allow ministers to seize the assets of people who help Russian oil tankers evade the price cap.",
               "The proposal, unveiled last Wednesday, will be debated in Parliament next month.")),
        dip("sanctions", ["European Union", "Russia"], day("2026-11-19", "last Thursday"), "held",
            "the EU renewed its individual sanctions on Russian officials and oligarchs until 15 March 2027",
            ev("Brussels, meanwhile, quietly extended its list of individual sanctions against Russian officials and oligarchs until 15 March 2027.",
               "EU ambassadors approved the renewal last Thursday without discussion after Slovakia dropped a threat to block it.")),
        dip("sanctions", ["United States", "Belarus"], day("2026-11-20", "on Friday"), "held",
            "the US Treasury lifted sanctions on the Belarusian potash producer Belaruskali",
            ev("In a move that surprised some allies, the US Treasury lifted sanctions on Belarusian potash producer Belaruskali on Friday.")),
    ])

GOLD["g14_aid_pledge_delivery_loan"] = dict(
    notes="Aid news (Wednesday 25 November): Norway's NASAMS financing announced on Tuesday (an aid decision, "
          "held); the Netherlands' completed F-16 transfer, announced over the weekend (held); Japan's loan "
          "agreement signed on Monday (agreement, held); the contact group's in-person meeting on 9 December in "
          "Brussels (planned). Optional: Norway's September announcement (background). Not coded: Spain 'is "
          "expected to announce' (expectation), the group's cumulative 150 billion (statistic).",
    attacks=[],
    diplomacy=[
        dip("military_aid", ["Norway", "Ukraine"], day("2026-11-24", "on Tuesday"), "held",
            "Norway will finance two more NASAMS systems (about 5.5 billion kroner)",
            ev("Norway will finance the purchase of two more NASAMS air defence systems for Ukraine, Defence Minister Tore O. Sandvik said on Tuesday.")),
        dip("military_aid", ["Netherlands", "Ukraine"], night("2026-11-21", "2026-11-22", "over the weekend"), "held",
            "the Netherlands completed the transfer of 18 F-16 jets",
            ev("The Netherlands has completed the transfer of 18 F-16 fighter jets to Ukraine, the Dutch defence ministry said in a statement over the weekend.")),
        dip("agreement", ["Japan", "Ukraine"], day("2026-11-23", "on Monday"), "held",
            "a 3 billion dollar loan repaid from immobilised Russian assets",
            ev("Japan signed an agreement with Ukraine on Monday for a loan of 3 billion dollars to be repaid from the proceeds of immobilised Russian sovereign assets, Ukraine's finance ministry said.")),
        dip("meeting", ["Ukraine Defense Contact Group", "Ukraine"], day("2026-12-09", "on 9 December"), "planned",
            "the Ramstein-format meeting in person at NATO headquarters",
            ev("The Ramstein format, formally the Ukraine Defense Contact Group, is next due to convene on 9 December, this time in person at NATO headquarters in Brussels, its co-chairs said."),
            location=loc("Brussels", "Brussels", "Belgium")),
        opt(dip("military_aid", ["Norway", "Ukraine"], month("2026-09-01", "2026-09-30", "in September"), "held",
                "Norway's 1.5 billion kroner for long-range drones",
                ev("Separately, Norway's ministry recalled that it had announced 1.5 billion kroner for Ukrainian long-range drones in September."))),
    ])

GOLD["g15_bodies_exchange_talks"] = dict(
    notes="Wire (Friday 27 November): the repatriation of bodies on Thursday (1,000 for 31, ICRC mediation); the "
          "Geneva round due on Monday, postponed with no new date (stalled); the experts' talks resumed in Istanbul "
          "on Wednesday (held, Turkish mediation). Optional: the September round in Geneva (background). Not coded: "
          "the unimplemented agreement on wounded prisoners (no new event), Peskov's and Umerov's remarks.",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "International Committee of the Red Cross"],
            day("2026-11-26", "on Thursday"), "held",
            "repatriation of the bodies of 1,000 Ukrainian soldiers and 31 Russian servicemen",
            ev("KYIV, Nov 27 (CPA) - Russia handed over to Ukraine the remains of 1,000 soldiers killed in action on Thursday and took back the bodies of 31 of its own servicemen, Kyiv's headquarters for prisoner-of-war affairs said.",
               "The repatriation took place on the border between Ukraine and Belarus with the mediation of the International Committee of the Red Cross, the headquarters said.")),
        dip("talks", ["Ukraine", "Russia"], day("2026-11-23", "on Monday"), "stalled",
            "a round of political talks in Geneva, postponed with no new date",
            ev("The exchange came as a planned round of political talks between the two countries in Geneva, due to open on Monday, was postponed.",
               "Swiss foreign ministry spokesman Nicolas Bideau said the delegations had asked for more time and that no new date had been agreed."),
            location=loc("Geneva", "Geneva", "Switzerland")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-11-25", "on Wednesday"), "held",
            "military experts resumed talks on a partial ceasefire at sea under Turkish mediation",
            ev("Military experts from Ukraine and Russia resumed talks on a partial ceasefire at sea in Istanbul on Wednesday under Turkish mediation, after a break of almost two months, Turkey's defence ministry said."),
            location=loc("Istanbul", "Istanbul", "Turkey")),
        opt(dip("talks", ["Ukraine", "Russia"], month("2026-09-01", "2026-09-30", "in September"), "held",
                "the previous round of political talks in Geneva",
                ev("The previous round of political talks, held in Geneva in September, ended with an agreement to exchange all severely wounded prisoners, which has yet to be fully implemented."),
                location=loc("Geneva", "Geneva", "Switzerland"))),
    ])

NIGHT_1127 = night("2026-11-26", "2026-11-27", "during the night")
GOLD["g16_call_two_readouts_novorossiysk"] = dict(
    notes="Call told from two sides (Saturday 28 November): the Putin-Trump call on Friday (one event, two "
          "readouts). Attacks by Ukraine: Novorossiysk port hours before the call (naval and aerial drones; first "
          "figure 'Two crew members' injured, the first killed figure 'three dead' in the update), the ministry's "
          "64 drones 'destroyed or suppressed by electronic warfare' over the Krasnodar region and the sea (a "
          "region record: the figure is given for that region, not Russia-wide). Optional: the attack on the same terminal in August (background). Not coded: advisers staying "
          "in touch and a possible meeting (no event).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Novorossiysk", "Krasnodar", "Russia")], night("2026-11-26", "2026-11-27", "Hours before the call"),
               [{"type": "drone"}],
               ev("Hours before the call, Ukrainian naval drones and long-range aerial drones attacked the port of Novorossiysk on the Black Sea.",
                  "A tanker moored at the Sheskharis oil terminal caught fire and part of a berth was destroyed, the regional emergency headquarters said.",
                  "Two crew members were initially reported injured; by Friday evening the toll rose to three dead and seven injured, after bodies were found in the engine room."),
               killed=cnt(3, "three dead"), injured=cnt(2, "Two crew members"), damage=["tanker", "berth", "oil terminal"],
               reported_by=["regional emergency headquarters"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Krasnodar", "Krasnodar", "Russia", "region")], NIGHT_1127,
               [{"type": "drone", "intercepted": cnt(64, "64")}],
               ev("Russia's Defence Ministry said 64 Ukrainian drones had been destroyed or suppressed by electronic warfare over the Krasnodar region and the Black Sea during the night."),
               reported_by=["Russian Defence Ministry"]),
        opt(attack("Ukraine", "Russia", "other", [loc("Novorossiysk", "Krasnodar", "Russia")],
                   month("2026-08-01", "2026-08-31", "in August"), [],
                   ev("Ukraine's navy declined to comment on the operation, which followed a similar attack on the same terminal in August."))),
    ],
    diplomacy=[
        dip("phone_call", ["Russia", "United States"], day("2026-11-27", "on Friday"), "held",
            "Putin and Trump spoke for nearly ninety minutes; Kremlin and White House readouts differ",
            ev("Russian President Vladimir Putin and US President Donald Trump spoke by telephone on Friday for nearly ninety minutes, their first conversation in more than a month, both sides said, though their accounts of the call differed markedly.",
               "According to Kremlin aide Yuri Ushakov, the call took place at Washington's request.")),
    ])


def main() -> None:
    write_gold(DEV4, GOLD)


if __name__ == "__main__":
    main()
