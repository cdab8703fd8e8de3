"""Write evals/dev66/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev66, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV66 = ROOT / "evals" / "dev66"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, loc, UA, RU, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

KRYVYI_RIH = loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")
SUMY = loc("Sumy", "Sumy", "Ukraine")
KHARKIV = loc("Kharkiv", "Kharkiv", "Ukraine")
KYIV = loc("Kyiv", "Kyiv", "Ukraine")
LONDON = loc("London", "England", "United Kingdom")
MOSCOW = loc("Moscow", "Moscow", "Russia")
ST_PETERSBURG = loc("St Petersburg", "St Petersburg", "Russia")
BRUSSELS = loc("Brussels", "Brussels", "Belgium")
NATO_HQ = loc("NATO headquarters", "Brussels", "Belgium", "site")
BASILICA = loc("St Peter's Basilica", None, "Vatican City", "site")
WASHINGTON = loc("Washington", "District of Columbia", "United States")
NIGHT_0424 = ("2025-04-23", "2025-04-24")
EU = "European Union"
UK = "United Kingdom"
US = "United States"
UAE = "United Arab Emirates"
UDCG = "Ukraine Defense Contact Group"
VATICAN = "Vatican City"


def span(a: str, b: str, text: str) -> dict:
    return {"start": a, "end": b, "precision": "range", "text": text}


# --------------------------------------------------------------------------- xo01
GOLD["xo01_residents_forum_thread_kryvyi_rih_apr05"] = dict(
    notes="A city community forum's thread on the missile strike in Kryvyi Rih (posts of 4 April 2025 evening to 5 April "
          "morning, a moderator's summary pinned at the top; published 5 April). Coded: the strike 'of Friday evening, 4 "
          "April' (day, rule 11; the pinned summary gives the day, the posts' timestamps agree); 'an Iskander-M ballistic "
          "missile', one weapon told with the indefinite article, so no launched figure (rule 9), model Iskander-M; "
          "missile_strike. Counts: the thread prints its newest summary first, so the first figure is the earliest in "
          "time (rule 6, the live-blog reading): Vilkul's post of 19:48, 'at least 14' killed (at_least, rule 7), 'six of "
          "them children' (children_killed 6) and 'more than 50' wounded (more_than); Lysak's 16 at 23:35 and the pinned "
          "18 dead / nine children / 61 wounded are updates, not counts. Not coded: the Russian channels' claim of a "
          "'meeting of commanders' (a claim about the same strike, no new event), the president's words (a reaction, "
          "rule 13), the blood appeals, the mourning, the volunteers.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KRYVYI_RIH], day("2025-04-04", "Friday evening, 4 April"),
               [{"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("The missile strike of Friday evening, 4 April, hit a residential neighbourhood of Kryvyi Rih right beside a children's playground and a row of small cafes.",
                  "Vilkul has just posted on his channel: at least 14 killed, six of them children, plus more than 50 wounded.",
                  "Official from the Air Force: it was an Iskander-M ballistic missile, and according to the prosecutors it carried a cluster warhead, which is why the damage is spread over such a big area."),
               killed=cnt(14, "at least 14", "at_least"), injured=cnt(50, "more than 50", "more_than"),
               children_killed=cnt(6, "six of them children"),
               damage=["residential neighbourhood beside a children's playground", "small cafes"], reported_by=["Vilkul"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xo02
GOLD["xo02_crowdfunding_page_sumy_family_apr17"] = dict(
    notes="A crowdfunding campaign page for a wounded woman in Sumy (story of 14 April 2025 and three updates, page as of 17 "
          "April). Coded: the strike on the centre of Sumy 'On Sunday morning, 13 April' (day; 'two Russian Iskander-M "
          "ballistic missiles' struck: launched 2, rule 9, ballistic_missile, model Iskander-M; missile_strike; the regional "
          "military administration's first figures: '34 people' killed, 'two of them children', '117' injured, '15 of "
          "them children', rule 6; the toll of 35 in Update 2 is an update, not the count); the Shahed that hit the "
          "courtyard of the aunt's block 'on 3 April' (background attack with place and date, required, rule 5; 'a Shahed' "
          "with the indefinite article, no launched figure, rule 9; 'nobody was hurt' is injured 0 only, rule 6; the place "
          "is the aunt's street in the centre of Sumy). Not coded: the funeral, the operation, the glaziers, the money.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [SUMY], day("2025-04-13", "On Sunday morning, 13 April"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two Russian Iskander-M ballistic missiles")}],
               ev("On Sunday morning, 13 April, she was on her way to the church near the university with a bunch of pussy willow, as everyone does on Palm Sunday, when two Russian Iskander-M ballistic missiles struck the centre of Sumy, one after the other.",
                  "According to the regional military administration, 34 people lost their lives, two of them children, and 117 were injured, 15 of them children.",
                  "The toll is now 35; a man who had been in intensive care since Sunday died on Tuesday night."),
               killed=cnt(34, "34 people"), injured=cnt(117, "117"),
               children_killed=cnt(2, "two of them children"), children_injured=cnt(15, "15 of them children"),
               damage=["city centre", "a trolleybus", "a residential building facing the square"],
               reported_by=["the regional military administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [SUMY], day("2025-04-03", "on 3 April"),
               [{"type": "drone", "model": "Shahed"}],
               ev("The windows had only just been replaced: a Shahed hit the courtyard of her block on 3 April, and nobody was hurt that time, but every pane on that side went."),
               injured=cnt(0, "nobody was hurt"), damage=["courtyard of a residential block", "windows"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xo03
GOLD["xo03_ngo_coalition_open_letter_eu_apr15"] = dict(
    notes="An open letter of a coalition of civil society organisations to the EU's foreign ministers (15 April 2025). Coded: "
          "Kryvyi Rih 'On the evening of 4 April' (day; 'a Russian ballistic missile', indefinite, no launched figure, rule "
          "9; 'Twenty people' killed, 'nine of them children', 'more than 70' injured, rules 6-7); Sumy 'on the morning of "
          "13 April, Palm Sunday' ('two Iskander-M ballistic missiles' launched 2; '35 people' killed, 'two of them "
          "children', 'more than 110' injured); Kharkiv 'in the early hours of 3 April' (Shahed drones, uncounted; 'five "
          "people' killed); the Ukraine Defense Contact Group's meeting 'at NATO headquarters on 11 April' (meeting, held, "
          "rule 14; the group, its two chairs the United Kingdom and Germany, Ukraine by its defence minister, and NATO, "
          "at whose seat it met, rule 15). Optional: the EU's 16th package 'on 24 February' (background, rule 17). Not "
          "coded: 'the commitments that have been made' (no event told), the four calls on the ministers (demands, rule "
          "13), Russia's claims of military targets.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KRYVYI_RIH], day("2025-04-04", "On the evening of 4 April"),
               [{"type": "ballistic_missile"}],
               ev("On the evening of 4 April, a Russian ballistic missile fitted with a cluster warhead exploded over a residential street of Kryvyi Rih, next to a playground where children were out in the spring air.",
                  "Twenty people were killed, nine of them children, and more than 70 were injured."),
               killed=cnt(20, "Twenty people"), injured=cnt(70, "more than 70", "more_than"),
               children_killed=cnt(9, "nine of them children"), damage=["residential street next to a playground"]),
        attack("Russia", "Ukraine", "missile_strike", [SUMY], day("2025-04-13", "on the morning of 13 April, Palm Sunday"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two Iskander-M ballistic missiles")}],
               ev("Nine days later, on the morning of 13 April, Palm Sunday, two Iskander-M ballistic missiles struck the centre of Sumy as people walked to church, one of them exploding above a crowded street where a trolleybus had stopped.",
                  "The missiles killed 35 people, two of them children, and injured more than 110."),
               killed=cnt(35, "35 people"), injured=cnt(110, "more than 110", "more_than"),
               children_killed=cnt(2, "two of them children"), damage=["city centre", "a trolleybus"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KHARKIV], day("2025-04-03", "in the early hours of 3 April"),
               [{"type": "drone", "model": "Shahed"}],
               ev("In Kharkiv, in the early hours of 3 April, Shahed drones set apartment blocks alight, killing five people."),
               killed=cnt(5, "five people"), damage=["apartment blocks"]),
    ],
    diplomacy=[
        dip("meeting", [UDCG, UK, "Germany", "Ukraine", "NATO"], day("2025-04-11", "on 11 April"), "held",
            "Meeting of the Ukraine Defense Contact Group, chaired for the first time by the United Kingdom and Germany; Ukraine's defence minister Rustem Umerov set out the need for air defence interceptors",
            ev("When the Ukraine Defense Contact Group met at NATO headquarters on 11 April, chaired for the first time by the United Kingdom and Germany, Ukraine's defence minister, Rustem Umerov, told its members in detail how few air defence interceptors his country has left for its cities."),
            location=NATO_HQ),
        opt(dip("sanctions", [EU, "Russia"], day("2025-02-24", "on 24 February"), "held",
                "The EU's 16th package of sanctions against Russia",
                ev("The European Union adopted its 16th package of sanctions on 24 February, marking three years since the full-scale invasion began."))),
    ])

# --------------------------------------------------------------------------- xo04
GOLD["xo04_animal_shelter_supporters_update_kharkiv_apr17"] = dict(
    notes="A Kharkiv animal shelter's newsletter to its supporters (Thursday 17 April 2025). Coded: Russian drones on Kharkiv "
          "'Overnight' (16-17 April, range, rule 11; the mayor's 'at least six Shahed drones' hitting two districts of the "
          "city: launched (6, at_least), rules 7 and 9, model Shahed, two districts on the city's one record, rule 1; the "
          "governor's 'one man' killed and '11 people' injured, rule 6; 'None of our volunteers or animals was hurt' is a "
          "nil of people the strike could hurt who were not at its site (the warehouse two hundred metres away), and the "
          "city has 11 injured: it fills nothing, rule 6); drones on 'the same Kyivskyi district' of Kharkiv 'On the night "
          "of 3 April' (2-3 April, range, rule 11; background with place, date and count, required, rule 5; 'five people' "
          "killed, 'more than 30' hurt). Not coded: the damage to the shelter, the cats, the needs, the adoption day, the "
          "alert drill 'in March' (no attack told).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [KHARKIV], night("2025-04-16", "2025-04-17", "Overnight"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(6, "at least six Shahed drones", "at_least")}],
               ev("Overnight, Russian drones struck Kharkiv again.",
                  "Ihor Terekhov, Kharkiv's mayor, said at least six Shahed drones hit two districts of the city, ours among them.",
                  "In the morning Oleh Syniehubov, who heads the regional military administration, reported that one man had been killed and 11 people injured, among them a woman of 80 whose house stands at the end of our lane."),
               killed=cnt(1, "one man"), injured=cnt(11, "11 people"),
               damage=["a warehouse", "the shelter's windows, dog runs and fence"], reported_by=["Ihor Terekhov", "Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [KHARKIV], night("2025-04-02", "2025-04-03", "On the night of 3 April"),
               [{"type": "drone"}],
               ev("On the night of 3 April, drones hit the same Kyivskyi district, five people were killed and more than 30 hurt, and our neighbours across the road lost their whole top floor."),
               killed=cnt(5, "five people"), injured=cnt(30, "more than 30", "more_than"),
               damage=["Kyivskyi district", "a house's top floor"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xo05
GOLD["xo05_think_tank_panel_rapporteur_summary_apr24"] = dict(
    notes="A think tank's rapporteur's summary of a panel held on the evening of 23 April 2025, finalised with a note on the "
          "morning of 24 April. Coded: the London talks 'on Wednesday' (23 April; talks 'at the level of officials', held, "
          "rule 14: the United States, Ukraine, the United Kingdom, France and Germany, London the place, the UK its "
          "host, rule 15; Rubio's withdrawal is part of the talks' description, no event of its own: the talks went "
          "ahead); the Ukraine Defense Contact Group's session 'in Brussels' 'On 11 April' (meeting, held; the group, "
          "its British and German chairs, the United States by its defence secretary on video, and Belgium, the state "
          "of the city, since the article names no organisation's seat, rule 15); the exchange 'of 19 April' (held; "
          "Ukraine, Russia and the UAE as mediator; the 31-for-15 swap 'in the same operation' is part of it); the note's "
          "attack on Kyiv 'Overnight' (23-24 April, range; missiles and drones, uncounted on the city: "
          "drone_and_missile; the city military administration's 'at least nine people' killed and 'more than 60' "
          "injured, rules 6-7); the Air Force's figures 'for the night' against Ukraine (country record, rule 3: missile "
          "70 / 48, drone 145 / 64). Optional: Witkoff's hours with Putin 'in St Petersburg on 11 April', recalled by a "
          "speaker (earlier talks, background, rule 17); the Easter truce Putin 'declared for 19-20 April' (a unilateral "
          "truce, which the codebook names no kind for: other, held, debatable, so optional). Not coded: the views, the "
          "talk of recognising Crimea (no proposal told), 'any plan which asked Ukraine' (hypothetical), the points of "
          "agreement.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night(*NIGHT_0424, "Overnight"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("As this summary was being finalised, Russia carried out its heaviest attack on Kyiv in months.",
                  "Overnight, missiles and drones hit several districts of the capital, and a residential building in the Sviatoshynskyi district partly collapsed.",
                  "By eight in the morning the city military administration reported at least nine people killed and more than 60 injured."),
               killed=cnt(9, "at least nine people", "at_least"), injured=cnt(60, "more than 60", "more_than"),
               damage=["several districts", "a residential building in the Sviatoshynskyi district"],
               reported_by=["the city military administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0424, "for the night"),
               [{"type": "missile", "launched": cnt(70, "70 missiles"), "intercepted": cnt(48, "48 of the missiles")},
                {"type": "drone", "launched": cnt(145, "145 drones"), "intercepted": cnt(64, "64 of the drones")}],
               ev("The Air Force's tally for the night was that Russia sent 70 missiles and 145 drones against Ukraine, and 48 of the missiles and 64 of the drones were brought down."),
               reported_by=["the Air Force"]),
    ],
    diplomacy=[
        dip("talks", [US, "Ukraine", UK, "France", "Germany"], day("2025-04-23", "on Wednesday"), "held",
            "London talks on ending the war, downgraded from a foreign ministers' meeting to officials after Marco Rubio withdrew; Keith Kellogg for the US, Andriy Yermak, Andrii Sybiha and Rustem Umerov for Ukraine, British, French and German national security advisers",
            ev("Talks that had been billed for more than a week as a meeting of foreign ministers went ahead in London on Wednesday at the level of officials instead: Secretary of State Marco Rubio had withdrawn the day before, and Keith Kellogg led the American side, with Andriy Yermak, Andrii Sybiha and Rustem Umerov for Ukraine and the national security advisers of Britain, France and Germany around the table."),
            location=LONDON),
        dip("meeting", [UDCG, UK, "Germany", US, "Belgium"], day("2025-04-11", "On 11 April"), "held",
            "Session of the Ukraine Defense Contact Group, the first under British and German chairmanship; US defence secretary Pete Hegseth joined by video link",
            ev("On 11 April the Ukraine Defense Contact Group held its session in Brussels, the first under British and German chairmanship, and the US defence secretary, Pete Hegseth, joined only by video link."),
            location=BRUSSELS),
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2025-04-19", "of 19 April"), "held",
            "Exchange mediated by the UAE: 246 prisoners for 246, and 31 wounded Ukrainians for 15 wounded Russians",
            ev("The exchange of 19 April, mediated by the United Arab Emirates, brought 246 prisoners home on each side, and in the same operation 31 wounded Ukrainians were swapped for 15 wounded Russians.")),
        opt(dip("talks", [US, "Russia"], day("2025-04-11", "on 11 April"), "held",
                "Steve Witkoff's talks with Vladimir Putin in St Petersburg (about four and a half hours), recalled by a speaker",
                ev("She reminded the audience that Steve Witkoff had spent about four and a half hours with Vladimir Putin in St Petersburg on 11 April, and that the talk of recognising Crimea as Russian had begun to circulate only afterwards."),
                location=ST_PETERSBURG)),
        opt(dip("other", ["Russia", "Ukraine"], span("2025-04-19", "2025-04-20", "for 19-20 April"), "held",
                "The thirty-hour Easter truce declared by Vladimir Putin, each side accusing the other of breaking it",
                ev("One participant described the thirty-hour Easter truce that Putin declared for 19-20 April, which each side accused the other of breaking hundreds of times, as \"a test that both failed on purpose\"."))),
    ])

# --------------------------------------------------------------------------- xo06
GOLD["xo06_flight_tracking_blog_envoy_jet_apr25"] = dict(
    notes="An aviation tracking blog's post on the US envoy's jet (Friday 25 April 2025, evening). Coded: Steve Witkoff's "
          "talks with Vladimir Putin in the Kremlin, the jet having flown into Russia 'today' (talks, held, rule 14: an "
          "envoy's meeting with a president is a meeting of officials; United States and Russia, Moscow); the Russian "
          "missiles and drones that killed '12 people' in Kyiv 'a day after' which the flight came (24 April, day; "
          "background attack with place, date and count, required, rule 5; drone_and_missile, uncounted); Russia's "
          "Defence Ministry's '28 Ukrainian drones' shot down 'overnight' 'over five regions' (24-25 April, range; a "
          "tally over several regions with no struck locality: Russia's country record, rules 3-4; intercepted 28; the "
          "airport closures are no attack, 'No airfield was hit'). Optional: the log's earlier trips, Witkoff's meeting "
          "with Putin on '13 March' and his talks with Putin in St Petersburg on '11 April' (earlier rounds of talks "
          "told to set today's trip in its series: background, rule 17). Not coded: the routes and timings, Ushakov's "
          "'constructive and useful' (a reaction), the Kremlin's openness to direct talks (a stance, rule 13), the "
          "jet's weekend at Rome Ciampino (no event told).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], day("2025-04-24", "a day after"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("The flight came a day after Russian missiles and drones killed 12 people in Kyiv, the strike that prompted the US president to write \"Vladimir, STOP!\" on his social network."),
               killed=cnt(12, "12 people")),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2025-04-24", "2025-04-25", "overnight"),
               [{"type": "drone", "intercepted": cnt(28, "28 Ukrainian drones")}],
               ev("Vnukovo and Domodedovo were closed to traffic for almost three hours overnight under the \"Carpet\" procedure after Russia's Defence Ministry reported 28 Ukrainian drones shot down over five regions, the Moscow region among them."),
               reported_by=["Russia's Defence Ministry"]),
    ],
    diplomacy=[
        dip("talks", [US, "Russia"], day("2025-04-25", "today"), "held",
            "Steve Witkoff's talks with Vladimir Putin in the Kremlin (about three hours; Yuri Ushakov and Kirill Dmitriev present)",
            ev("For the second time this month, the business jet that has become the unofficial shuttle of US diplomacy with Moscow flew into Russia today.",
               "Russian state channels showed Steve Witkoff, the White House special envoy, arriving at the Kremlin shortly after noon, and later the same channels reported that his talks with Vladimir Putin had lasted about three hours, with the presidential aide Yuri Ushakov and the investment envoy Kirill Dmitriev in the room."),
            location=MOSCOW),
        opt(dip("talks", [US, "Russia"], day("2025-03-13", "13 March"), "held",
                "Steve Witkoff's meeting with Vladimir Putin in Moscow (the first trip of the log)",
                ev("Vnukovo. Witkoff met Putin late in the evening, after an afternoon of waiting; the meeting was not announced in advance."),
                location=MOSCOW)),
        opt(dip("talks", [US, "Russia"], day("2025-04-11", "11 April"), "held",
                "Steve Witkoff's talks with Vladimir Putin in St Petersburg (about four and a half hours)",
                ev("A different destination: the jet landed at Pulkovo in St Petersburg in the morning, and Witkoff held talks with Putin there that ran to about four and a half hours."),
                location=ST_PETERSBURG)),
    ])

# --------------------------------------------------------------------------- xo07
GOLD["xo07_school_current_affairs_worksheet_apr28"] = dict(
    notes="A teachers' association's current-affairs worksheet for pupils of 14-16 (week beginning Monday 28 April 2025; it "
          "covers 21-27 April in dated cards). Coded: Kyiv 'Thursday 24 April', 'In the early hours' (day; missiles and "
          "drones, uncounted: drone_and_missile; 'Twelve people' killed, 'about 90' injured (about, rule 7); 'some of "
          "them children' is no number, rule 6); the Air Force's 'around 215 missiles and drones' fired 'Across the "
          "whole of Ukraine' 'during the night' (23-24 April, range; a combined total of two types: one weapon of type "
          "other, model 'missiles and drones', launched (215, about), with a missile and a drone entry, rule 9; country "
          "record, rule 3); Sumy 'on Palm Sunday, 13 April' ('two ballistic missiles' as the subject of the hit: "
          "launched 2, rule 9; '35 people' killed; background with place, date and count, required, rule 5); the London "
          "talks 'Wednesday 23 April' (talks held by officials after the ministers' meeting was downgraded; Ukraine, the "
          "United States, the United Kingdom, France and Germany, rules 14-15); Witkoff's talks with Putin in the "
          "Kremlin 'Friday 25 April' (talks, held, United States and Russia); Zelensky's and Trump's talks inside St "
          "Peter's Basilica 'Saturday 26 April' (talks, as the card calls them, held; the United States and Ukraine, "
          "and Vatican City, the state where they were held, rule 15). Not coded: the Ukrainian team's refusal to "
          "recognise Crimea (a stance, rule 13), Trump's post (a reaction), 'their fourth meeting this year' (no event "
          "told), the Kremlin adviser's words, Shmyhal's hope that the minerals deal would be signed 'this week' (a "
          "hope, rule 13), the key words and the questions.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], day("2025-04-24", "Thursday 24 April"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("Card 2 - Kyiv, Thursday 24 April.",
                  "In the early hours, Russia attacked Ukraine's capital with missiles and drones.",
                  "Twelve people were killed and about 90 were injured, some of them children, when several buildings were hit, including a block of flats that partly collapsed."),
               killed=cnt(12, "Twelve people"), injured=cnt(90, "about 90", "about"),
               damage=["several buildings", "a block of flats that partly collapsed"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night(*NIGHT_0424, "during the night"),
               [{"type": "other", "model": "missiles and drones", "launched": cnt(215, "around 215 missiles and drones", "about")},
                {"type": "missile"}, {"type": "drone"}],
               ev("Across the whole of Ukraine, the country's Air Force said, Russia had fired around 215 missiles and drones during the night."),
               reported_by=["the country's Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [SUMY], day("2025-04-13", "on Palm Sunday, 13 April"),
               [{"type": "ballistic_missile", "launched": cnt(2, "two ballistic missiles")}],
               ev("earlier in the month, on Palm Sunday, 13 April, two ballistic missiles struck the middle of Sumy, a city near the Russian border, killing 35 people as they walked to church."),
               killed=cnt(35, "35 people"), damage=["city centre"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", US, UK, "France", "Germany"], day("2025-04-23", "Wednesday 23 April"), "held",
            "London talks on ending the war, downgraded to officials after Marco Rubio pulled out",
            ev("Card 1 - London, Wednesday 23 April.",
               "A meeting on ending the war was supposed to bring together the foreign ministers of Ukraine, the United States, Britain, France and Germany.",
               "The meeting was downgraded, and lower-ranking officials from the five countries held talks instead."),
            location=LONDON),
        dip("talks", [US, "Russia"], day("2025-04-25", "Friday 25 April"), "held",
            "Steve Witkoff's three hours of talks with Vladimir Putin in the Kremlin",
            ev("Card 3 - Moscow, Friday 25 April.",
               "Steve Witkoff, whom President Trump has sent as his special envoy, flew to Moscow and held about three hours of talks with President Vladimir Putin in the Kremlin."),
            location=MOSCOW),
        dip("talks", [US, "Ukraine", VATICAN], day("2025-04-26", "Saturday 26 April"), "held",
            "Volodymyr Zelensky and Donald Trump's talks of about 15 minutes inside St Peter's Basilica before Pope Francis's funeral",
            ev("Card 4 - Vatican City, Saturday 26 April.",
               "About an hour before the funeral of Pope Francis, Volodymyr Zelensky and Donald Trump held talks for roughly 15 minutes, sitting on two chairs facing each other inside St Peter's Basilica."),
            location=BASILICA),
    ])

# --------------------------------------------------------------------------- xo08
GOLD["xo08_polling_institute_press_release_apr29"] = dict(
    notes="A polling institute's press release on its April survey (29 April 2025; fieldwork 20-27 April). Coded: the exchange "
          "'On Saturday, 19 April' (held; 246 Ukrainian prisoners home, 'the Emirati mediators having brokered the swap': "
          "Ukraine, Russia, the United Arab Emirates, rule 15); Zelensky's offer to Russia 'On Easter Sunday, 20 April' of "
          "a 30-day halt to long-range strikes on civilian infrastructure (put to the other side: proposal, proposed, rule "
          "13; 'Moscow did not accept' leaves it unagreed, not called off, rule 16); the ballistic missile strike 'near a "
          "playground in Kryvyi Rih on 4 April' (background with place, date and count, required, rule 5; "
          "ballistic_missile, uncounted; '20 people' killed, 'nine of them children'); the strike 'on the centre of Sumy "
          "on Palm Sunday' (background with place and date, required, rule 5; no weapon named: other, no weapon entry, "
          "rule 8; no count). Optional: the Easter truce Putin announced, 'on Saturday, 19 April, "
          "until midnight on Sunday' (a unilateral truce: other, held, debatable). Not coded: the survey's findings, the "
          "General Staff's count of violations (no attack told), the director's words, the method.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [KRYVYI_RIH], day("2025-04-04", "on 4 April"),
               [{"type": "ballistic_missile"}],
               ev("Asked which single event of the war this spring had affected them most, respondents named most often the ballistic missile strike near a playground in Kryvyi Rih on 4 April, which killed 20 people, nine of them children (named by 34%), ahead of the strike on the centre of Sumy on Palm Sunday (29%)."),
               killed=cnt(20, "20 people"), children_killed=cnt(9, "nine of them children"),
               damage=["near a playground"]),
        attack("Russia", "Ukraine", "other", [SUMY], day("2025-04-13", "on Palm Sunday"),
               [],
               ev("Asked which single event of the war this spring had affected them most, respondents named most often the ballistic missile strike near a playground in Kryvyi Rih on 4 April, which killed 20 people, nine of them children (named by 34%), ahead of the strike on the centre of Sumy on Palm Sunday (29%)."),
               damage=["city centre"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", UAE], day("2025-04-19", "On Saturday, 19 April"), "held",
            "Exchange brokered by the UAE: 246 Ukrainian prisoners of war returned",
            ev("On Saturday, 19 April, the day before Easter, 246 Ukrainian prisoners of war returned from captivity, the Emirati mediators having brokered the swap, and the sight of them was still on every channel when the first interviews were held.")),
        dip("proposal", ["Ukraine", "Russia"], day("2025-04-20", "On Easter Sunday, 20 April"), "proposed",
            "Zelensky's offer of a 30-day halt to all strikes by long-range drones and missiles on civilian infrastructure, observed by Ukraine as long as Russia did; not accepted by Moscow",
            ev("On Easter Sunday, 20 April, President Zelensky offered Russia a 30-day halt to all strikes by long-range drones and missiles on civilian infrastructure, and said Ukraine would observe it as long as Russia did; Moscow did not accept.")),
        opt(dip("other", ["Russia", "Ukraine"], span("2025-04-19", "2025-04-20", "on Saturday, 19 April, until midnight on Sunday"), "held",
                "The Easter truce announced by Vladimir Putin; Ukraine's General Staff reported more than 2,900 violations",
                ev("Fieldwork began on Easter Sunday, during the Easter truce that Vladimir Putin had announced the day before, to run from six in the evening on Saturday, 19 April, until midnight on Sunday, Moscow time.",
                   "Ukraine's General Staff reported more than 2,900 violations of it along the front."))),
    ])

# --------------------------------------------------------------------------- xo09
GOLD["xo09_rating_agency_comment_minerals_fund_apr30"] = dict(
    notes="A credit rating agency's sovereign comment on the US-Ukraine fund agreement (30 April 2025, late evening CET; no "
          "rating action). Coded: the agreement establishing the United States-Ukraine Reconstruction Investment Fund, "
          "signed 'on 30 April, in Washington' by Scott Bessent and Yulia Svyrydenko (agreement, held, rule 14); the talks "
          "of Presidents Trump and Zelensky 'inside St Peter's Basilica on 26 April' (told in 'What happened' as a step "
          "of the news, with day and place: required; talks, held; the United States, Ukraine and Vatican City, the state "
          "where they were held, rule 15). Optional: the memorandum of intent 'signed on 17 April' (background, rule 17). "
          "Not coded: the delay to the ceremony (no event of its own), the drafts of February and March (no event told), "
          "the agreement's terms, ratification (no event told with a date), the ratings and the agency's view.",
    attacks=[],
    diplomacy=[
        dip("agreement", [US, "Ukraine"], day("2025-04-30", "on 30 April"), "held",
            "Agreement establishing the United States-Ukraine Reconstruction Investment Fund, signed by Scott Bessent and Yulia Svyrydenko",
            ev("The United States and Ukraine signed on 30 April, in Washington, the agreement establishing the United States-Ukraine Reconstruction Investment Fund.",
               "The document was signed by US Treasury Secretary Scott Bessent and by Ukraine's First Deputy Prime Minister and Minister of Economy, Yulia Svyrydenko, after two months of negotiations that at times looked close to collapse."),
            location=WASHINGTON),
        dip("talks", [US, "Ukraine", VATICAN], day("2025-04-26", "on 26 April"), "held",
            "Brief talks of Presidents Trump and Zelensky inside St Peter's Basilica before the funeral of Pope Francis",
            ev("Presidents Trump and Zelensky held brief talks inside St Peter's Basilica on 26 April, ahead of the funeral of Pope Francis; officials on both sides told us that the remaining political questions on the fund were settled in the days that followed."),
            location=BASILICA),
        opt(dip("agreement", [US, "Ukraine"], day("2025-04-17", "on 17 April"), "held",
                "Memorandum of intent on the fund's structure",
                ev("This built on a memorandum of intent on the fund's structure that the two governments had signed on 17 April."))),
    ])

# --------------------------------------------------------------------------- xo10
GOLD["xo10_astronomy_society_lyrids_report_control_apr26"] = dict(
    notes="Control: an English amateur astronomical society's observing report on the Lyrid meteor shower (26 April 2025). "
          "'a steady bombardment' of meteors, 'a superb fireball', 'debris' that burns up, a neighbour's 'camera drone', "
          "a 'truce' with the cricket club reached 'after talks', an 'eyepiece exchange', a tripod that fell with 'no one "
          "was hurt', 'the summit' of a hill: a society's hobby and its neighbours, no state a party, no attack and no "
          "diplomacy (rules 12-13). Nothing is coded.",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("kryvyi-rih-2025-04-04", "Russian ballistic missile on a residential area of Kryvyi Rih beside a playground, 4 April 2025",
     [("xo01_residents_forum_thread_kryvyi_rih_apr05", "attack", 0),
      ("xo03_ngo_coalition_open_letter_eu_apr15", "attack", 0),
      ("xo08_polling_institute_press_release_apr29", "attack", 0)]),
    ("sumy-2025-04-13", "Russian ballistic missiles on the centre of Sumy, Palm Sunday, 13 April 2025",
     [("xo02_crowdfunding_page_sumy_family_apr17", "attack", 0),
      ("xo03_ngo_coalition_open_letter_eu_apr15", "attack", 1),
      ("xo07_school_current_affairs_worksheet_apr28", "attack", 2),
      ("xo08_polling_institute_press_release_apr29", "attack", 1)]),
    ("kharkiv-2025-04-03", "Russian drones on Kharkiv's Kyivskyi district, night of 2-3 April 2025",
     [("xo03_ngo_coalition_open_letter_eu_apr15", "attack", 2),
      ("xo04_animal_shelter_supporters_update_kharkiv_apr17", "attack", 1)]),
    ("kyiv-2025-04-24", "Russian missiles and drones on Kyiv, night of 23-24 April 2025",
     [("xo05_think_tank_panel_rapporteur_summary_apr24", "attack", 0),
      ("xo06_flight_tracking_blog_envoy_jet_apr25", "attack", 0),
      ("xo07_school_current_affairs_worksheet_apr28", "attack", 0)]),
    ("ukraine-2025-04-24", "Russia's missiles and drones against Ukraine, night of 23-24 April 2025 (the Air Force's figures)",
     [("xo05_think_tank_panel_rapporteur_summary_apr24", "attack", 1),
      ("xo07_school_current_affairs_worksheet_apr28", "attack", 1)]),
    ("london-talks-2025-04-23", "The London talks on ending the war, downgraded to officials, 23 April 2025",
     [("xo05_think_tank_panel_rapporteur_summary_apr24", "diplomacy", 0),
      ("xo07_school_current_affairs_worksheet_apr28", "diplomacy", 0)]),
    ("udcg-2025-04-11", "The Ukraine Defense Contact Group's meeting in Brussels under British and German chairmanship, 11 April 2025",
     [("xo03_ngo_coalition_open_letter_eu_apr15", "diplomacy", 0),
      ("xo05_think_tank_panel_rapporteur_summary_apr24", "diplomacy", 1)]),
    ("exchange-2025-04-19", "The UAE-mediated exchange of prisoners, 19 April 2025",
     [("xo05_think_tank_panel_rapporteur_summary_apr24", "diplomacy", 2),
      ("xo08_polling_institute_press_release_apr29", "diplomacy", 0)]),
    ("witkoff-putin-2025-04-25", "Steve Witkoff's talks with Vladimir Putin in the Kremlin, 25 April 2025",
     [("xo06_flight_tracking_blog_envoy_jet_apr25", "diplomacy", 0),
      ("xo07_school_current_affairs_worksheet_apr28", "diplomacy", 1)]),
    ("zelensky-trump-2025-04-26", "Zelensky's and Trump's talks inside St Peter's Basilica before Pope Francis's funeral, 26 April 2025",
     [("xo07_school_current_affairs_worksheet_apr28", "diplomacy", 2),
      ("xo09_rating_agency_comment_minerals_fund_apr30", "diplomacy", 1)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev66 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV66 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV66, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
