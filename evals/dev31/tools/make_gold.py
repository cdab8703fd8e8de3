"""Write evals/dev31/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev31 on 3 December 2026, before any backend ran on
them, following evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script
overwrites the gold files: edit labels here, not there. The helpers come through
evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV31 = ROOT / "evals" / "dev31"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, opt, week  # noqa: E402


def span(a: str, b: str, text: str, precision: str = "range") -> dict:
    """A date known only as a span of days (several rounds of talks, a two-day meeting)."""
    return {"start": a, "end": b, "precision": precision, "text": text}


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yf01
N0415 = night("2025-04-14", "2025-04-15", "overnight")
GOLD["yf01_meridianwire_kyiv_night_rubio"] = dict(
    notes="Wire story (Tuesday 15 April 2025): ballistic missiles and drones on Kyiv 'overnight' (three killed, 14 "
          "wounded, 'two of them children': rule 6; the two children described one by one later are evidence only); the "
          "night's nationwide air-force figures (98 drones / 61, eight Iskander-M / five, four Kh-101 / four: country "
          "record, rule 3; no combined total, so three entries, rule 9); a drone on a warehouse in Bila Tserkva ('nobody "
          "was injured': injured 0, rule 6); Russia's ministry tally of 17 Ukrainian drones over the Kursk and Bryansk "
          "regions (a tally over several regions stays the country record, rule 3; attacker Ukraine, rule 4); "
          "Sybiha-Rubio phone call (phone_call, held). Optional: the US-Ukrainian meeting in Saudi Arabia in March "
          "(background, rule 17). Not coded: the 30-day truce proposal endorsed in March (part of the background "
          "meeting), Peskov 'open to contacts' (stance, rule 13), Russia's condition for a ceasefire (demand), Germany's "
          "and France's condemnation (reaction), Zelensky's Patriot appeal (demand), the UN's monthly civilian toll and "
          "the hours of alerts (no single attack, rule 5), Ukraine's strikes on depots and airfields (no count, no place). "
          "The Kyiv record is the same event as yf02's Kyiv record (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N0415,
               [{"type": "ballistic_missile"}, {"type": "drone"}],
               ev("KYIV, April 15 (Meridian) - Russia hit Kyiv with ballistic missiles and attack drones overnight, killing three people and wounding 14, two of them children, the head of the capital's military administration said on Tuesday",
                  "Tymur Tkachenko said debris and blast waves wrecked the top floors of a block of flats (nine storeys) in Solomianskyi, a kindergarten in Darnytskyi and rows of parked cars near a supermarket on the left bank.",
                  "He said the wounded children, a girl aged 11 and a boy aged 13, were in a stable condition."),
               killed=cnt(3, "three people"), injured=cnt(14, "14"), children_injured=cnt(2, "two of them children"),
               damage=["block of flats", "kindergarten", "parked cars"], reported_by=["Tymur Tkachenko"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0415,
               [{"type": "drone", "launched": cnt(98, "98 drones"), "intercepted": cnt(61, "61 of the drones")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(8, "eight Iskander-M ballistic missiles"),
                 "intercepted": cnt(5, "five of the ballistic missiles")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(4, "four Kh-101 cruise missiles"),
                 "intercepted": cnt(4, "all four cruise missiles")}],
               ev("The Ukrainian military's air command reported that Moscow had fired 98 drones, eight Iskander-M ballistic missiles and, in addition, four Kh-101 cruise missiles at the country overnight.",
                  "Defenders shot down all four cruise missiles, five of the ballistic missiles and 61 of the drones, and the capital had been the main target, its statement added."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bila Tserkva", "Kyiv", "Ukraine")], N0415, [{"type": "drone"}],
               ev("Outside Kyiv, a drone set fire to a logistics warehouse in Bila Tserkva, about 80 km (50 miles) to the south, regional governor Mykola Kalashnyk said.",
                  "Firefighters put out the blaze by dawn and nobody was injured, he said."),
               injured=cnt(0, "nobody was injured"), damage=["logistics warehouse"], reported_by=["Mykola Kalashnyk"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0415,
               [{"type": "drone", "intercepted": cnt(17, "17 Ukrainian drones")}],
               ev("Moscow's military said in a Tuesday morning bulletin that its air defences had destroyed 17 Ukrainian drones overnight over the Kursk and Bryansk regions, without reporting damage."),
               reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "United States"], day("2025-04-15", "on Tuesday"), "held",
            "Foreign Minister Andrii Sybiha briefed Secretary of State Marco Rubio by phone on the night's attack and Kyiv's "
            "position on a ceasefire; they agreed to stay in close contact",
            ev("hours before Kyiv's top diplomat got on the phone to Marco Rubio, the American secretary of state.",
               "Andrii Sybiha, the foreign minister, told reporters he had briefed Rubio by telephone on the consequences of the night's attack and on Kyiv's position ahead of further contacts with Washington on a ceasefire.",
               "\"We discussed the next steps and I underlined that pressure on Moscow must grow,\" Sybiha wrote on X after the call on Tuesday.")),
        opt(dip("talks", ["United States", "Ukraine", "Saudi Arabia"], month("2025-03-01", "2025-03-31", "in March"), "held",
                "Background: US and Ukrainian delegations met in Saudi Arabia in March; Kyiv endorsed a 30-day truce proposal",
                ev("since U.S. and Ukrainian delegations met in Saudi Arabia in March, where Kyiv endorsed a proposal for a 30-day truce."),
                location=loc("Saudi Arabia", None, "Saudi Arabia", "country"))),
    ])

# --------------------------------------------------------------------------- yf02
GOLD["yf02_kyivdispatch_toll_rises_kellogg"] = dict(
    notes="Ukrainian national outlet (Wednesday 16 April 2025), the Kyiv strike retold a day later: the article's first "
          "figures are the updated ones (five dead, 16 wounded, two children: rule 6 takes the first figure this article "
          "gives; the two deaths told one by one are evidence); the eight ballistic missiles of that night with five "
          "downed are the Air Force's nationwide figures and the article names more than one struck place, so they go "
          "on a country record of that night, not Kyiv's (rule 3; lead's ruling on dev31 Gold Q1, as in yf01); Shahed drones on Odesa 'in the early hours of "
          "Wednesday' (one man injured); the night's nationwide 54 drones / 38 downed (country record, rule 3); Kellogg's "
          "visit to Kyiv (visit, held; his meeting with Zelensky and Yermak is part of it, rule 14); the Umerov "
          "delegation's trip to London 'next week' to meet the US, UK and France (talks, planned: a place is named, rule "
          "16). Optional: Kellogg's February trip (background, rule 17). Not coded: the day of mourning and compensation "
          "(no event of the codebook), Zakharova's accusation (reaction), the first-quarter drone comparison (no single "
          "attack, rule 5), the discussion of exchanges and children (topics of the visit, not events). Same event as "
          "yf01's Kyiv record, its country record the same as yf01's (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")],
               night("2025-04-14", "2025-04-15", "on the night of April 15"),
               [{"type": "ballistic_missile"}, {"type": "drone"}],
               ev("Five people are now confirmed dead after the Russian ballistic missile and drone strike that hit Kyiv on the night of April 15, the Kyiv City Military Administration reported on Wednesday morning.",
                  "Sixteen people were wounded, among them two children."),
               killed=cnt(5, "Five people"), injured=cnt(16, "Sixteen people"), children_injured=cnt(2, "two children"),
               reported_by=["Kyiv City Military Administration", "Tymur Tkachenko"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               day("2025-04-16", "in the early hours of Wednesday"), [{"type": "drone", "model": "Shahed"}],
               ev("Russian Shahed-type drones struck Odesa in the early hours of Wednesday, damaging a private house and a gas station in the Prymorskyi district, Odesa Oblast Governor Oleh Kiper said.",
                  "One man, 58, was injured by flying glass and was treated by medics on the spot."),
               injured=cnt(1, "One man"), damage=["private house", "gas station"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2025-04-15", "2025-04-16", "in the night"),
               [{"type": "drone", "launched": cnt(54, "54"), "intercepted": cnt(38, "38")}],
               ev("Russia sent 54 attack drones across the border in the night, the Air Force said.",
                  "Of those, 38 were shot down over the south, centre and east of the country, according to the statement."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [UA], night("2025-04-14", "2025-04-15", "on the night of April 15"),
               [{"type": "ballistic_missile", "launched": cnt(8, "eight ballistic missiles"), "intercepted": cnt(5, "five of them")}],
               ev("In the attack on the night of April 15, Russia fired eight ballistic missiles, and air defense crews downed five of them, according to Tuesday's Air Force figures."),
               reported_by=["Ukrainian Air Force"]),
    ],
    diplomacy=[
        dip("visit", ["United States", "Ukraine"], day("2025-04-16", "on Wednesday"), "held",
            "US special envoy Keith Kellogg's visit to Kyiv; he met President Zelensky and Andriy Yermak",
            ev("U.S. special envoy Keith Kellogg arrived in Kyiv on Wednesday for his second visit to Ukraine since taking the post.",
               "He held a meeting with President Volodymyr Zelensky and the head of the President's Office, Andriy Yermak, and placed flowers by the wall that commemorates killed defenders."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        opt(dip("visit", ["United States", "Ukraine"], month("2025-02-01", "2025-02-28", "in February"), "held",
                "Background: Kellogg's previous three-day trip to Kyiv in February",
                ev("Kellogg's previous trip to Kyiv took place in February, when he spent three days in the capital and met with Zelensky and military commanders."),
                location=loc("Kyiv", "Kyiv", "Ukraine"))),
        dip("talks", ["Ukraine", "United States", "United Kingdom", "France"],
            week("2025-04-21", "2025-04-27", "next week"), "planned",
            "A Ukrainian delegation led by Defense Minister Rustem Umerov to meet US, UK and French representatives in London",
            ev("Yermak said on Wednesday evening that a Ukrainian delegation led by Defense Minister Rustem Umerov would travel to London next week to meet representatives of the U.S., the U.K. and France."),
            location=loc("London", None, "United Kingdom")),
    ])

# --------------------------------------------------------------------------- yf03
N0922 = night("2025-09-21", "2025-09-22", "during the night")
GOLD["yf03_volgaobserver_saratov_drones_lavrov"] = dict(
    notes="Russian independent outlet (Monday 22 September 2025), the set's Russian ministry tally: Ukrainian drones on "
          "the Saratov refinery 'early on Monday' (one guard killed; the ministry's 34 downed over the Saratov region go "
          "on the Saratov record, the only struck locality of that region, rule 3); the ministry's 127 drones over eleven "
          "regions (country record, rule 3; attacker Ukraine, rule 4); nine drones downed on the way to Moscow "
          "(Sobyanin's own tally for the city, rule 3); the refinery's January fire and August strike (background "
          "attacks with a place, rule 5: separate records, month dates); Lavrov's talks with Fidan in Ankara on Thursday "
          "(talks, planned, rule 14). Optional: the three Istanbul rounds since May (background, rule 17). Not coded: the "
          "airport restrictions (no attack), Peskov's words and 'proposals on a settlement' (no concrete event, rule 13), "
          "the petrol export ban (domestic), the estimate of idle capacity (no attack).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov", "Russia")],
               day("2025-09-22", "early on Monday"),
               [{"type": "drone", "intercepted": cnt(34, "Thirty-four of them")}],
               ev("The Saratov oil refinery was burning early on Monday after what the local authorities called a massive Ukrainian drone raid",
                  "Saratov region governor Roman Busargin wrote on Telegram that falling debris had damaged \"an industrial enterprise\" in the city's Zavodskoy district and several residential buildings nearby.",
                  "Thirty-four of them were shot down over the Saratov region, the ministry said, more than over any other."),
               killed=cnt(1, "One person"), damage=["oil refinery", "residential buildings"],
               reported_by=["Roman Busargin", "Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N0922,
               [{"type": "drone", "intercepted": cnt(127, "127 Ukrainian fixed-wing drones")}],
               ev("Russia's Defence Ministry said in its morning summary that air defence units had \"intercepted and destroyed\" 127 Ukrainian fixed-wing drones over eleven regions during the night, from 11 p.m. Moscow time on Sunday until 7 a.m. on Monday."),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Moscow", "Moscow", "Russia")],
               night("2025-09-21", "2025-09-22", "throughout the night"),
               [{"type": "drone", "intercepted": cnt(9, "nine destroyed drones")}],
               ev("Moscow Mayor Sergei Sobyanin reported throughout the night that air defences had repelled drones flying towards the capital.",
                  "By morning he had listed nine destroyed drones."),
               reported_by=["Sergei Sobyanin"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov", "Russia")],
               month("2025-01-01", "2025-01-31", "In January"), [{"type": "drone"}],
               ev("In January, Ukrainian drones caused a fire at the plant"), damage=["oil refinery"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov", "Russia")],
               month("2025-08-01", "2025-08-31", "in August"), [{"type": "drone"}],
               ev("in August a drone strike there killed one worker, according to regional officials at the time."),
               killed=cnt(1, "one worker"), reported_by=["regional officials"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Turkey"], day("2025-09-25", "on Thursday"), "planned",
            "Foreign Minister Sergei Lavrov to hold talks with Turkish Foreign Minister Hakan Fidan in Ankara on the Black "
            "Sea, Syria and the Ukrainian settlement",
            ev("Lavrov, the Russian foreign minister, is also going to Ankara on Thursday, where he is to hold talks with Hakan Fidan, his ministry said.",
               "On the agenda are the Black Sea, Syria and \"the Ukrainian settlement\", Maria Zakharova said at her weekly briefing."),
            location=loc("Ankara", None, "Turkey")),
        opt(dip("talks", ["Russia", "Ukraine", "Turkey"], span("2025-05-01", "2025-09-22", "Since May"), "held",
                "Background: three rounds of direct Russian-Ukrainian negotiations in Istanbul since May",
                ev("Since May, Istanbul has been the venue of three rounds of direct negotiations between Moscow and Kyiv, which produced several large prisoner exchanges but no agreement on a ceasefire."),
                location=loc("Istanbul", None, "Turkey"))),
    ])

# --------------------------------------------------------------------------- yf04
GOLD["yf04_agencefil_istanbul_round_four"] = dict(
    notes="News agency (Wednesday 8 October 2025), led by diplomacy: the fourth round of Russian-Ukrainian talks in "
          "Istanbul (talks, held; Turkey hosts, rule 15); the agreed exchange of 1,200 for 1,200 'in the coming weeks' "
          "(prisoner_exchange, planned: the exchange is the event, agreed with firm intent, rule 16; README); Kyiv's "
          "proposal of a Zelensky-Putin meeting (summit, proposed: put to the other side, rule 13) and Russia's proposal "
          "of three working groups (proposal, proposed; not accepted); glide bombs on Zaporizhzhia (two dead, 'at least "
          "seven', rules 6-7); artillery on Nikopol overnight (one man wounded); a Ukrainian drone on a minibus at "
          "Shebekino (one woman killed; rule 4). Optional: Kyiv's renewed 30-day ceasefire proposal ('once again': a "
          "repeated offer, kind debatable), Witkoff's meeting with Putin in Moscow in August, the three earlier Istanbul "
          "rounds and the first round's 1,000-for-1,000 exchange (background, rule 17). Not coded: the return of 3,000 "
          "bodies (repatriation, no codebook kind; README), Trump's post and threats of sanctions (reaction, threat), "
          "'agreed to keep the channel open and to meet again' with no date (stance, rule 13), Peskov's expectations, "
          "Zelensky's thanks.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2025-10-08", "on Wednesday morning"), [{"type": "glide_bomb"}],
               ev("In the southeastern city of Zaporizhzhia, Russian guided aerial bombs left two people dead and at least seven hurt on Wednesday morning, regional governor Ivan Fedorov said, adding that an industrial site and a dormitory were damaged."),
               killed=cnt(2, "two people"), injured=cnt(7, "at least seven", "at_least"),
               damage=["industrial site", "dormitory"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               night("2025-10-07", "2025-10-08", "Overnight"), [{"type": "artillery"}],
               ev("Overnight, Russian artillery pounded Nikopol, which faces the occupied Zaporizhzhia nuclear plant over the Dnipro, wounding a 67-year-old man, the regional military administration said."),
               injured=cnt(1, "a 67-year-old man"), reported_by=["regional military administration"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod", "Russia")],
               day("2025-10-07", "on Tuesday evening"), [{"type": "drone"}],
               ev("In Russia, the governor of the Belgorod region, Vyacheslav Gladkov, said a woman died on Tuesday evening after a Ukrainian drone slammed into a minibus at the edge of Shebekino."),
               killed=cnt(1, "a woman"), damage=["minibus"], reported_by=["Vyacheslav Gladkov"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2025-10-08", "on Wednesday"), "held",
            "Fourth round of direct Russian-Ukrainian talks at the Ciragan Palace in Istanbul, opened by Hakan Fidan; "
            "Ukraine led by Rustem Umerov, Russia by Vladimir Medinsky; no progress towards a ceasefire",
            ev("ISTANBUL, Oct 8, 2025 (AFP-style) - Russian and Ukrainian negotiators agreed on Wednesday to exchange 1,200 prisoners of war each in the coming weeks, but a fourth round of direct talks in Istanbul ended without progress towards a ceasefire, both delegations said.",
               "The meeting at the Ciragan Palace on the Bosphorus lasted a little over an hour, according to a Turkish diplomatic source.",
               "Hakan Fidan, Turkey's foreign minister, opened the session and urged the two sides to \"turn humanitarian steps into a political path.\""),
            location=loc("Istanbul", None, "Turkey")),
        dip("prisoner_exchange", ["Russia", "Ukraine"], None, "planned",
            "Russia and Ukraine agreed to exchange 1,200 prisoners of war each in the coming weeks",
            ev("Russian and Ukrainian negotiators agreed on Wednesday to exchange 1,200 prisoners of war each in the coming weeks",
               "\"We have agreed on a new exchange, 1,200 for 1,200,\" Medinsky told Russian reporters after the meeting.")),
        dip("summit", ["Ukraine", "Russia"], None, "proposed",
            "Kyiv proposed a meeting between Presidents Zelensky and Putin before the end of the year; no Russian answer",
            ev("Umerov said Kyiv had once again proposed a meeting between Presidents Volodymyr Zelensky and Vladimir Putin before the end of the year",
               "\"The Russian side did not give an answer,\" he told journalists at a hotel on the Asian shore of the city.")),
        opt(dip("proposal", ["Ukraine", "Russia"], None, "proposed",
                "Kyiv again proposed a complete and unconditional ceasefire of at least 30 days",
                ev("as well as a complete and unconditional ceasefire of at least 30 days."))),
        dip("proposal", ["Russia", "Ukraine"], None, "proposed",
            "Russia proposed three working groups (political, military, humanitarian) meeting online between rounds; "
            "Ukraine had not accepted",
            ev("Medinsky said Russia had proposed creating three working groups - on political, military and humanitarian questions - that would meet online between rounds.",
               "Ukraine had not accepted the proposal, he said.")),
        opt(dip("talks", ["United States", "Russia"], month("2025-08-01", "2025-08-31", "in August"), "held",
                "Background: US special envoy Steve Witkoff met Putin in Moscow in August",
                ev("His special envoy Steve Witkoff had met Putin in Moscow in August"),
                location=loc("Moscow", None, "Russia"))),
        opt(dip("talks", ["Russia", "Ukraine", "Turkey"], span("2025-05-01", "2025-07-31", "between May and July"), "held",
                "Background: three previous rounds of Russian-Ukrainian talks in Istanbul between May and July",
                ev("who headed Moscow's team in the three previous rounds held in the city between May and July.",
                   "The talks in Istanbul began in May after a three-year pause in direct negotiations."),
                location=loc("Istanbul", None, "Turkey"))),
        opt(dip("prisoner_exchange", ["Russia", "Ukraine"], None, "held",
                "Background: the first Istanbul round produced an exchange of 1,000 prisoners from each side",
                ev("The first round produced the largest exchange of the war, 1,000 prisoners from each side"))),
    ])

# --------------------------------------------------------------------------- yf05
GOLD["yf05_balticmirror_exchange_185"] = dict(
    notes="Russian-language exile outlet in English (Friday 24 October 2025), led by diplomacy: the 185-for-185 "
          "exchange on Friday (prisoner_exchange, held; the UAE mediated: participant, rule 15; the 20 civilians Moscow "
          "handed over are told as part of the same swap: evidence, not a second record); Ushakov's call with Witkoff "
          "on Thursday (phone_call, held). Attacks: a drone on a car near Razumnoye outside Belgorod 'early on Friday' "
          "(driver killed, passenger wounded: 'suffered shrapnel wounds' says injured, rule 6); a drone on an "
          "administrative building in Lgov on Thursday evening ('Nobody was injured': 0); the ministry's 64 drones over "
          "seven regions (country record, rule 3). Optional: Witkoff to come to Moscow 'in the near future' (no date, a "
          "place: planned by rule 16, but agreed only in Ushakov's words; README), the fourth Istanbul round at the "
          "beginning of October and the talks' resumption in May (background, rule 17). Not coded: Peskov on the "
          "Istanbul agreements (stance), Russia's demands (demand), 'exchange everyone for everyone' (an old formula, "
          "no event), torture reports. The exchange is the same event as yf06's (clusters.json).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Razumnoye", "Belgorod", "Russia")],
               day("2025-10-24", "Early on Friday"), [{"type": "drone"}],
               ev("Early on Friday a Ukrainian drone hit a car close to Razumnoye, a village just outside Belgorod, killing the driver, Governor Vyacheslav Gladkov posted on Telegram.",
                  "A passenger suffered shrapnel wounds and is in hospital."),
               killed=cnt(1, "the driver"), injured=cnt(1, "A passenger"), damage=["car"],
               reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Lgov", "Kursk", "Russia")],
               day("2025-10-23", "on Thursday evening"), [{"type": "drone"}],
               ev("In the neighbouring Kursk region, governor Alexander Khinshtein said that a drone hit an administrative building in the town of Lgov on Thursday evening.",
                  "Nobody was injured, he said."),
               injured=cnt(0, "Nobody was injured"), damage=["administrative building"],
               reported_by=["Alexander Khinshtein"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2025-10-23", "2025-10-24", "overnight"),
               [{"type": "drone", "intercepted": cnt(64, "64 Ukrainian drones")}],
               ev("In Moscow, the military said its air defence units had downed 64 Ukrainian drones overnight over seven regions, most of them over Belgorod and Kursk."),
               reported_by=["Russian military"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine", "United Arab Emirates"], day("2025-10-24", "on Friday"), "held",
            "Russia and Ukraine exchanged 185 prisoners of war each, with UAE mediation; Russia also handed over 20 civilians",
            ev("Russia and Ukraine carried out an exchange of prisoners of war on Friday, each side returning 185 servicemen, the Russian Defence Ministry said.",
               "The ministry thanked the United Arab Emirates for \"humanitarian mediation\".",
               "Moscow also handed over 20 civilians, among them residents of the Kursk region who had been taken to Ukraine during the Ukrainian incursion last year, said Russia's human rights ombudswoman Tatyana Moskalkova.")),
        dip("phone_call", ["Russia", "United States"], day("2025-10-23", "on Thursday"), "held",
            "Putin's aide Yuri Ushakov spoke by phone with US special envoy Steve Witkoff about the Ukrainian settlement",
            ev("Meanwhile the Kremlin confirmed that Yuri Ushakov, who advises Putin on foreign affairs, had spoken by phone with US special envoy Steve Witkoff on Thursday.",
               "According to Ushakov, the conversation touched on \"the Ukrainian settlement and bilateral irritants\"")),
        opt(dip("visit", ["United States", "Russia"], None, "planned",
                "Witkoff to come to Moscow again in the near future; no date named",
                ev("the two agreed that Witkoff would come to Moscow again \"in the near future\".", "Ushakov did not name a date."),
                location=loc("Moscow", None, "Russia"))),
        opt(dip("talks", ["Russia", "Ukraine", "Turkey"], month("2025-10-01", "2025-10-10", "at the beginning of October"), "held",
                "Background: the fourth round of talks in Istanbul, where a 1,200-for-1,200 exchange was agreed",
                ev("It was the first swap since the fourth round of talks in Istanbul at the beginning of October, at which the delegations agreed to trade 1,200 people per side."),
                location=loc("Istanbul", None, "Turkey"))),
        opt(dip("talks", ["Russia", "Ukraine", "Turkey"], month("2025-05-01", "2025-05-31", "in May 2025"), "held",
                "Background: direct negotiations resumed in Istanbul in May 2025",
                ev("Direct negotiations between Moscow and Kyiv resumed in Istanbul in May 2025 at Putin's suggestion."),
                location=loc("Istanbul", None, "Turkey"))),
    ])

# --------------------------------------------------------------------------- yf06
GOLD["yf06_dniprovisti_prisoners_home_dnipro"] = dict(
    notes="Ukrainian regional outlet (Friday 24 October 2025): the 185 returned on Friday (prisoner_exchange, held; the "
          "UAE mediated, rule 15); ballistic missiles and drones on Dnipro 'in the night of 24 October' (23-24 October, "
          "rule 11; three killed, 21 wounded, a girl of 10 and a boy of 16: children_injured 2, rule 6); the night's "
          "nationwide figures (three Iskander-M, none intercepted: explicit 0, rule 6; '87 Shahed and decoy drones' a "
          "combined total with 62 downed, rule 9: country record, rule 3); guided bombs on Kharkiv on Friday afternoon "
          "(five injured); Zelensky-Macron call (phone_call, held); France's Aster missiles 'in the coming weeks' "
          "(military_aid, held: 'would deliver' is the decision, rule 16); Shmyhal to Berlin next Tuesday to meet German "
          "officials (talks, planned, rule 14). Optional: the 1,200-for-1,200 agreement reached in Istanbul earlier this "
          "month and May's 1,000 exchange (background, rule 17). Not coded: the 'next gathering' of the coalition (no "
          "date or place: topic of the call), the total of 5,800 returned (statistic), the weekly rally. The exchange "
          "is the same event as yf05's (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               night("2025-10-23", "2025-10-24", "in the night of 24 October"),
               [{"type": "ballistic_missile"}, {"type": "drone"}],
               ev("Russian forces struck the city with ballistic missiles and drones in the night of 24 October, regional authorities reported.",
                  "Three people were killed and 21 wounded, including a girl of 10 and a boy aged 16.",
                  "The strike damaged a multi-storey residential building, an infrastructure facility and a dozen cars, the regional governor's office said."),
               killed=cnt(3, "Three people"), injured=cnt(21, "21"), children_injured=cnt(2, "a girl of 10 and a boy aged 16"),
               damage=["multi-storey residential building", "infrastructure facility", "cars"],
               reported_by=["regional authorities"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2025-10-23", "2025-10-24", "in the overnight attack"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(3, "three Iskander-M missiles"),
                 "intercepted": cnt(0, "all three missiles got through without being intercepted")},
                {"type": "other", "model": "Shahed and decoy drones", "launched": cnt(87, "87 Shahed and decoy drones"),
                 "intercepted": cnt(62, "62 of the drones")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"}],
               ev("The Air Force said that in total the enemy had used three Iskander-M missiles and 87 Shahed and decoy drones in the overnight attack.",
                  "Air defence units destroyed 62 of the drones; all three missiles got through without being intercepted."),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2025-10-24", "on Friday afternoon"), [{"type": "glide_bomb"}],
               ev("Mayor Ihor Terekhov reported that guided bombs fell on the Industrialnyi district on Friday afternoon, injuring five people."),
               injured=cnt(5, "five people"), reported_by=["Ihor Terekhov"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2025-10-24", "on Friday"), "held",
            "185 Ukrainian soldiers, National Guard members and border guards returned from Russian captivity, first stage "
            "of the 1,200-for-1,200 agreement; the UAE mediated",
            ev("One hundred and eighty-five Ukrainian soldiers, National Guard members and border guards returned home on Friday in the latest exchange of prisoners with Russia, President Volodymyr Zelensky announced.",
               "Ukraine's POW coordination staff described the swap as the first stage of the \"1,200 for 1,200\" agreement reached in Istanbul earlier this month.",
               "He also thanked the Emirates for acting as mediator.")),
        dip("phone_call", ["Ukraine", "France"], day("2025-10-24", "In the evening"), "held",
            "Zelensky and Macron discussed strengthening Ukraine's air defence and the next gathering of the coalition of the willing",
            ev("In the evening Zelensky had a phone conversation with Emmanuel Macron of France.",
               "The two leaders talked about the strengthening of Ukraine's air defence and the next gathering of the \"coalition of the willing\".")),
        dip("military_aid", ["France", "Ukraine"], None, "held",
            "France to deliver additional Aster missiles for Ukraine's SAMP/T systems in the coming weeks",
            ev("Macron said on X that France would deliver additional Aster missiles for the SAMP/T systems \"in the coming weeks\".")),
        dip("talks", ["Ukraine", "Germany"], day("2025-10-28", "next Tuesday"), "planned",
            "Defence Minister Denys Shmyhal to meet German officials in Berlin about financing drone production",
            ev("Zelensky also said that Defence Minister Denys Shmyhal would go to Berlin next Tuesday to meet German officials about the financing of drone production."),
            location=loc("Berlin", None, "Germany")),
        opt(dip("agreement", ["Ukraine", "Russia"], month("2025-10-01", "2025-10-24", "earlier this month"), "held",
                "Background: the 1,200-for-1,200 exchange agreement reached in Istanbul",
                ev("the \"1,200 for 1,200\" agreement reached in Istanbul earlier this month."),
                location=loc("Istanbul", None, "Turkey"))),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia"], month("2025-05-01", "2025-05-31", "in May"), "held",
                "Background: the year's largest exchange in May brought home 1,000 Ukrainians",
                ev("The largest, which took place in May after the first Istanbul talks, brought home 1,000 Ukrainians."))),
    ])

# --------------------------------------------------------------------------- yf07
GOLD["yf07_moskovskyvestnik_putin_trump_call"] = dict(
    notes="Russian pro-government daily (Friday 7 November 2025), the Kremlin's account of a leaders' call: the "
          "Putin-Trump call on Thursday evening (phone_call, held); Lavrov and Rubio to meet in Abu Dhabi 'next week' "
          "(talks, planned: a place and a week, rule 16; the UAE hosts, rule 15); Ukrainian drones on Taganrog on the "
          "night before the call (5-6 November; one man injured: 'injured ... and hospitalised' says injured, rule 6); "
          "the ministry's 48 drones over three regions and the Azov Sea that night (country record, rule 3). Optional "
          "(background, rule 17): the Budapest summit plans 'put off' in October (stalled: no new date, rule 16), the US "
          "sanctions on Rosneft and Lukoil in October, the first call in February, the Anchorage meeting in August; "
          "Putin's invitation to Trump to visit Russia 'at any time' (no date or firm plan; README). Not coded: 'nothing "
          "is excluded' about a new meeting (stance, rule 13), the reports of a new EU package (reports, no decision), "
          "Russia's 'massive strike' on unnamed facilities (no place, no count, rule 5). The call and the Abu Dhabi "
          "talks are the same events as yf08's (clusters.json).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Taganrog", "Rostov", "Russia")],
               night("2025-11-05", "2025-11-06", "On the night before the call"), [{"type": "drone"}],
               ev("On the night before the call, Ukrainian drones attacked Taganrog.",
                  "Yuri Slyusar, who governs the Rostov region, said that a private house and a car service station were damaged in the city, and a man was injured by debris and hospitalised."),
               injured=cnt(1, "a man"), damage=["private house", "car service station"], reported_by=["Yuri Slyusar"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2025-11-05", "2025-11-06", "For that night"),
               [{"type": "drone", "intercepted": cnt(48, "48 Ukrainian unmanned aerial vehicles")}],
               ev("For that night, the Ministry of Defence reported that 48 Ukrainian unmanned aerial vehicles in total were intercepted and destroyed above the Rostov, Voronezh and Belgorod regions and the Azov Sea."),
               reported_by=["Russian Ministry of Defence"]),
    ],
    diplomacy=[
        dip("phone_call", ["Russia", "United States"], day("2025-11-06", "on Thursday evening"), "held",
            "Putin and Trump spoke for about an hour and a half; Putin briefed Trump on the front and the Istanbul "
            "humanitarian track, Trump raised the US sanctions on Rosneft and Lukoil",
            ev("Vladimir Putin and Donald Trump held a telephone conversation on Thursday evening that lasted about an hour and a half, presidential aide Yuri Ushakov told journalists late at night.",
               "Putin informed his American counterpart about the situation on the front line")),
        dip("talks", ["Russia", "United States", "United Arab Emirates"], week("2025-11-10", "2025-11-16", "next week"), "planned",
            "Lavrov and Rubio to meet in Abu Dhabi to work out the parameters of a possible summit",
            ev("The two leaders agreed that Foreign Minister Sergei Lavrov and Secretary of State Marco Rubio would meet in Abu Dhabi next week to \"work out the parameters\" of a possible summit.",
               "The United Arab Emirates confirmed they were ready to receive the two ministers."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
        opt(dip("summit", ["Russia", "United States", "Hungary"], month("2025-10-01", "2025-10-31", "in October"), "stalled",
                "Background: the plans for a Putin-Trump summit in Budapest were put off in October",
                ev("The previous summit plans, for Budapest, were put off in October."),
                location=loc("Budapest", None, "Hungary"))),
        opt(dip("sanctions", ["United States", "Russia"], month("2025-10-01", "2025-10-31", "in October"), "held",
                "Background: US sanctions on Rosneft and Lukoil imposed in October",
                ev("the US sanctions imposed on Rosneft and Lukoil in October"))),
        opt(dip("phone_call", ["Russia", "United States"], month("2025-02-01", "2025-02-28", "in February"), "held",
                "Background: the first Putin-Trump call after Trump's return to the White House",
                ev("The first telephone conversation between Putin and Trump after the US president's return to the White House took place in February."))),
        opt(dip("summit", ["Russia", "United States"], month("2025-08-01", "2025-08-31", "in August"), "held",
                "Background: Putin and Trump met in Anchorage, Alaska, in August",
                ev("met in person in August in Anchorage, Alaska."),
                location=loc("Anchorage", "Alaska", "United States"))),
        opt(dip("visit", ["Russia", "United States"], None, "proposed",
                "Putin invited Trump to visit Russia at any time convenient for him",
                ev("According to him, Putin invited Trump to visit Russia at any time convenient for him."))),
    ])

# --------------------------------------------------------------------------- yf08
GOLD["yf08_atlanticpress_trump_call_kharkiv"] = dict(
    notes="US wire (Friday 7 November 2025), the same call told from Washington: the Trump-Putin call 'the previous "
          "evening' (phone_call, held); Rubio-Lavrov talks in Abu Dhabi 'expected Wednesday' (talks, planned; the UAE "
          "hosts, rule 15); Zelensky and Trump to speak by phone 'over the weekend' (phone_call, planned: a date, rule "
          "16); Starmer-Merz call on Friday (phone_call, held). Attacks: drones on Kharkiv late Wednesday and early "
          "Thursday (nine wounded, a 7-year-old boy); the night's 135 drones (103 'downed or jammed', rule 3) and two "
          "Iskander-M (no intercept figure stated: null, rule 6) on the country record; a drone on a minibus in Kherson "
          "on Thursday morning (driver killed, three passengers wounded). Optional (background, rule 17): the Alaska "
          "meeting in August, the Budapest meeting called off in October (cancelled), the sanctions on Rosneft and "
          "Lukoil. Not coded: Witkoff's briefing of Zelensky (no form: call, meeting? README), the sanctions 'would "
          "remain' (no new decision), the congressional bill (domestic), Peskov on a date (stance). Same call and same "
          "Abu Dhabi talks as yf07 (clusters.json).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2025-11-05", "2025-11-06", "late Wednesday and early Thursday"), [{"type": "drone"}],
               ev("In Kharkiv, Ukraine's second-largest city, Russian drones struck an energy facility and a residential area late Wednesday and early Thursday, wounding nine people, including a 7-year-old boy, regional Gov. Oleh Syniehubov said."),
               injured=cnt(9, "nine people"), children_injured=cnt(1, "a 7-year-old boy"),
               damage=["energy facility", "residential area"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2025-11-05", "2025-11-06", "overnight into Thursday"),
               [{"type": "drone", "launched": cnt(135, "135 drones"), "intercepted": cnt(103, "103 of the drones")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "a pair of Iskander-M ballistic missiles")}],
               ev("Russia fired 135 drones and a pair of Iskander-M ballistic missiles overnight into Thursday, the Ukrainian air force said.",
                  "Air defense and electronic warfare units downed or jammed 103 of the drones, while both missiles struck their targets."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kherson", "Kherson", "Ukraine")],
               day("2025-11-06", "on Thursday morning"), [{"type": "drone"}],
               ev("Further south, in Kherson, a Russian drone struck a minibus on Thursday morning, killing its driver and wounding three passengers, the regional administration said."),
               killed=cnt(1, "its driver"), injured=cnt(3, "three passengers"), damage=["minibus"],
               reported_by=["regional administration"]),
    ],
    diplomacy=[
        dip("phone_call", ["United States", "Russia"], day("2025-11-06", "the previous evening"), "held",
            "Trump's call with Putin, which he called very productive; about 90 minutes by the Kremlin's account",
            ev("WASHINGTON (APS) - President Donald Trump said Friday that his phone conversation with Russian President Vladimir Putin the previous evening had been \"very productive\"",
               "Putin's foreign policy adviser Yuri Ushakov told Russian media that the call had lasted about 90 minutes")),
        dip("talks", ["United States", "Russia", "United Arab Emirates"], day("2025-11-12", "Wednesday"), "planned",
            "Rubio and Lavrov to hold talks in Abu Dhabi to prepare a possible second summit",
            ev("Secretary of State Marco Rubio would sit down with Russia's top diplomat in the United Arab Emirates in the coming days to prepare a possible second summit.",
               "Talks between Rubio and his Russian counterpart, Sergey Lavrov, will take place in Abu Dhabi, the State Department confirmed, without giving a date.",
               "A senior administration official, who was not authorized to describe the private exchange publicly, said the meeting was expected Wednesday."),
            location=loc("Abu Dhabi", None, "United Arab Emirates")),
        dip("phone_call", ["Ukraine", "United States"], week("2025-11-08", "2025-11-09", "over the weekend"), "planned",
            "Zelensky and Trump to speak by phone over the weekend",
            ev("He said he and Trump would speak by phone over the weekend.")),
        dip("phone_call", ["United Kingdom", "Germany"], day("2025-11-07", "Friday"), "held",
            "Starmer and Merz agreed any settlement must be negotiated with Ukraine",
            ev("British Prime Minister Keir Starmer and German Chancellor Friedrich Merz spoke by phone Friday and agreed that \"any settlement must be negotiated with Ukraine, not over its head,\" according to Downing Street.")),
        opt(dip("summit", ["United States", "Russia"], month("2025-08-01", "2025-08-31", "in August"), "held",
                "Background: Trump and Putin met in Alaska in August",
                ev("Trump and Putin met in Alaska in August"), location=loc("Alaska", None, "United States", "region"))),
        opt(dip("summit", ["United States", "Russia", "Hungary"], month("2025-10-01", "2025-10-31", "in October"), "cancelled",
                "Background: Trump called off a planned meeting with Putin in Budapest",
                ev("the U.S. president said in October he had called off a planned meeting in Budapest because he did not want \"a wasted meeting.\""),
                location=loc("Budapest", None, "Hungary"))),
        opt(dip("sanctions", ["United States", "Russia"], None, "held",
                "Background: US sanctions on Rosneft and Lukoil",
                ev("Since then, the administration has imposed sanctions on Rosneft and Lukoil"))),
    ])

# --------------------------------------------------------------------------- yf09
N1119 = night("2025-11-18", "2025-11-19", "Overnight")
GOLD["yf09_europulse_sanctions_package_lviv"] = dict(
    notes="Brussels outlet (Wednesday 19 November 2025), led by a sanctions package: the Commission's draft 20th "
          "package (sanctions, proposed: tabled, not adopted, rule 16; participants the EU and the target, rule 15); the "
          "UK's sanctions on 30 tankers, two firms and four individuals on Wednesday (sanctions, held); Kallas to Kyiv "
          "'next week' for talks with Sybiha (talks, planned: a trip told by its purpose, rule 14). Attacks: drones and "
          "cruise missiles on an energy facility near Stryi (weapons from the sentence before, rule 8; 'No one was "
          "killed or wounded': 0 and 0, rule 6); the night's 212 drones / 176 and 19 Kh-101 / 15 (country record); a "
          "missile on an industrial site in Ternopil ('at least three' injured, rule 7). Optional: the ambassadors' "
          "first discussion on Friday (an organisation's meeting, planned), the 19th package agreed in October, the "
          "December European Council (background, rule 17). Not coded: Zelensky's call to add Rosatom (demand), the "
          "reparations loan and the G7 loan (background plans without a decision told here), Peskov (reaction).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Stryi", "Lviv", "Ukraine")],
               night("2025-11-18", "2025-11-19", "Hours before the announcement"),
               [{"type": "drone"}, {"type": "cruise_missile"}],
               ev("Hours before the announcement, Russian drones and cruise missiles targeted western Ukraine.",
                  "In the Lviv region, an energy facility near the town of Stryi was hit, governor Maksym Kozytskyi said, and parts of the district were left without heating.",
                  "No one was killed or wounded, he said."),
               killed=cnt(0, "No one was killed"), injured=cnt(0, "No one was killed or wounded"),
               damage=["energy facility"], reported_by=["Maksym Kozytskyi"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1119,
               [{"type": "drone", "launched": cnt(212, "212 drones"), "intercepted": cnt(176, "176 drones")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(19, "19 Kh-101 cruise missiles"),
                 "intercepted": cnt(15, "15 missiles")}],
               ev("Overnight, Russia sent 212 drones and 19 Kh-101 cruise missiles, of which 176 drones and 15 missiles were destroyed, the air force reported."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Ternopil", "Ternopil", "Ukraine")],
               night("2025-11-18", "2025-11-19", "Overnight"), [{"type": "missile"}],
               ev("Ternopil was also hit.",
                  "The regional administration reported at least three people injured there when a missile hit industrial premises at the city's edge."),
               injured=cnt(3, "at least three people", "at_least"), damage=["industrial premises"],
               reported_by=["regional administration"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2025-11-19", "on Wednesday"), "proposed",
            "The European Commission presented a draft 20th sanctions package: 120 more shadow-fleet tankers, an earlier "
            "LNG ban, third-country banks, export curbs and 45 companies in China, India and Turkey",
            ev("BRUSSELS - A 20th round of EU sanctions on Russia was put on the table by the European Commission on Wednesday, with proposals to blacklist another 120 shadow-fleet tankers and to move forward the date from which Russian liquefied natural gas is barred.",
               "The proposal was sent to the 27 member states, whose ambassadors are due to begin discussing it on Friday.")),
        opt(dip("meeting", ["European Union"], day("2025-11-21", "on Friday"), "planned",
                "EU ambassadors to begin discussing the 20th package",
                ev("whose ambassadors are due to begin discussing it on Friday."))),
        opt(dip("sanctions", ["European Union", "Russia"], month("2025-10-01", "2025-10-31", "in October"), "held",
                "Background: the 19th package, agreed in October, banned Russian LNG from 2027",
                ev("The 19th package, agreed in October, banned Russian LNG from 2027 and targeted oil traders based in the Gulf and in Hong Kong."))),
        opt(dip("summit", ["European Union"], month("2025-12-01", "2025-12-31", "in mid-December"), "planned",
                "Background: the European Council summit in mid-December",
                ev("She said she hoped the package could be adopted before the European Council summit in mid-December."))),
        dip("sanctions", ["United Kingdom", "Russia"], day("2025-11-19", "on Wednesday"), "held",
            "The UK sanctioned 30 tankers, two Dubai-registered shipping firms and four people linked to Russian military intelligence",
            ev("The Foreign Office in London announced sanctions on Wednesday against 30 tankers, two shipping firms registered in Dubai accused of carrying Russian crude, as well as four individuals linked to the Russian military intelligence service.")),
        dip("talks", ["European Union", "Ukraine"], week("2025-11-24", "2025-11-30", "next week"), "planned",
            "Kaja Kallas to travel to Kyiv for talks with Andrii Sybiha on a reparations loan backed by frozen Russian assets",
            ev("Kallas said she would travel to Kyiv next week for talks with Ukrainian Foreign Minister Andrii Sybiha about a \"reparations loan\" for Ukraine backed by immobilised Russian funds."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
    ])

# --------------------------------------------------------------------------- yf10
GOLD["yf10_kyivbulletin_ramstein_pledges_sumy"] = dict(
    notes="Ukrainian national outlet (Wednesday 20 August 2025), led by an aid package: the Ukraine Defense Contact "
          "Group's meeting at NATO headquarters (meeting, held; hosted by NATO at its seat, rule 15); Germany's two "
          "Patriot systems, the Netherlands' EUR 300 million for interceptor drones, Norway's NOK 1.5 billion for "
          "ammunition, Britain's 350 ASRAAM missiles (military_aid, held, one record per decision, rule 14); Shmyhal's "
          "meeting with Rutte on the sidelines (talks: officials' meeting, rule 14); Shmyhal to Berlin on Thursday for "
          "talks with Pistorius (talks, planned). Attacks: a drone on a block of flats in Sumy (one woman killed, eight "
          "wounded, three children; the second drone on the bus depot stays on the city record, rule 1); glide bombs on "
          "Velykyi Burluk on Tuesday evening (two men killed); 64 'Shahed drones and decoys' / 45 (a combined total, "
          "rule 9: country record). Optional: the Sumy region's day of 112 attacks on 39 settlements (a regional "
          "tally of mixed fire, close to rule 5's front-wide tallies; README), the agreement on drones Ukraine 'expects "
          "to sign' with the US 'in the near future' (no date), the previous meeting on 21 July, the prisoner exchange "
          "'being prepared' with no date. Not coded: Berlin's talks with Washington about buying the systems (ongoing "
          "contacts with no form), Zelensky's earlier offer to buy ten systems (stance), Peskov (reaction).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")],
               day("2025-08-20", "in the early hours of Wednesday"), [{"type": "drone"}],
               ev("In Sumy, a five-storey block of flats was hit by a Russian drone in the early hours of Wednesday, killing a 45-year-old woman and wounding eight people, among them three children, acting city mayor Artem Kobzar reported.",
                  "Another drone hit a bus depot, damaging six buses."),
               killed=cnt(1, "a 45-year-old woman"), injured=cnt(8, "eight people"), children_injured=cnt(3, "three children"),
               damage=["block of flats", "bus depot", "buses"], reported_by=["Artem Kobzar"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Sumy", "Sumy", "Ukraine", "region")],
                   day("2025-08-19", "over the day"),
                   [{"type": "artillery"}, {"type": "drone"}, {"type": "glide_bomb"}],
                   ev("In the Sumy region, Russian forces carried out 112 attacks on 39 settlements over the day, the regional military administration said, with guns, mortars, FPV drones and guided bombs."),
                   reported_by=["regional military administration"])),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Velykyi Burluk", "Kharkiv", "Ukraine")],
               day("2025-08-19", "on Tuesday evening"), [{"type": "glide_bomb"}],
               ev("In Kharkiv Oblast, Russian glide bombs struck the village of Velykyi Burluk on Tuesday evening, governor Oleh Syniehubov said.",
                  "Two men aged 52 and 60 were killed, and a house of culture was destroyed."),
               killed=cnt(2, "Two men"), damage=["house of culture"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2025-08-19", "2025-08-20", "overnight"),
               [{"type": "other", "model": "Shahed drones and decoys", "launched": cnt(64, "64 Shahed drones and decoys"),
                 "intercepted": cnt(45, "45 of them")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"}],
               ev("The Air Force counted 64 Shahed drones and decoys launched by Russia overnight.",
                  "Air defence shot down or suppressed 45 of them; nine hits were recorded in the Sumy and Kharkiv regions."),
               reported_by=["Ukrainian Air Force"]),
    ],
    diplomacy=[
        dip("meeting", ["Ukraine Defense Contact Group", "NATO", "Germany", "United Kingdom", "Ukraine"],
            day("2025-08-20", "on Wednesday"), "held",
            "29th Ramstein-format meeting of the Ukraine Defense Contact Group at NATO headquarters, co-chaired by Pistorius "
            "and Healey, with some 50 countries",
            ev("German Defence Minister Boris Pistorius said on Wednesday when the Ukraine Defense Contact Group gathered at NATO headquarters in Brussels.",
               "Pistorius co-chaired the 29th meeting of the Ramstein-format group with his British counterpart John Healey."),
            location=loc("NATO headquarters", None, "Belgium", "site")),
        dip("military_aid", ["Germany", "Ukraine"], day("2025-08-20", "on Wednesday"), "held",
            "Germany will finance two additional Patriot air defence systems for Ukraine",
            ev("Berlin will finance two additional Patriot systems for Ukraine, German Defence Minister Boris Pistorius said on Wednesday")),
        dip("military_aid", ["Netherlands", "Ukraine"], day("2025-08-20", "on Wednesday"), "held",
            "The Netherlands allocates EUR 300 million for interceptor drone production in Ukraine",
            ev("The Netherlands said it would allocate €300 million for the production of interceptor drones in Ukraine")),
        dip("military_aid", ["Norway", "Ukraine"], day("2025-08-20", "on Wednesday"), "held",
            "Norway commits NOK 1.5 billion for artillery ammunition through the Czech-led initiative",
            ev("Norway committed NOK 1.5 billion to buy artillery ammunition through the Czech-led initiative.")),
        dip("military_aid", ["United Kingdom", "Ukraine"], day("2025-08-20", "on Wednesday"), "held",
            "Britain to deliver 350 additional ASRAAM missiles for Ukraine's air defence over the autumn",
            ev("Britain said it would deliver 350 additional ASRAAM missiles for Ukraine's air defence over the autumn.")),
        dip("talks", ["Ukraine", "NATO"], day("2025-08-20", "on Wednesday"), "held",
            "Defence Minister Denys Shmyhal met NATO Secretary General Mark Rutte on the sidelines",
            ev("Shmyhal also held a separate meeting with NATO Secretary General Mark Rutte on the sidelines, the ministry said."),
            location=loc("NATO headquarters", None, "Belgium", "site")),
        dip("talks", ["Ukraine", "Germany"], day("2025-08-21", "On Thursday"), "planned",
            "Shmyhal to travel to Berlin for talks with Pistorius on joint production of long-range weapons",
            ev("On Thursday, Shmyhal is to travel to Berlin for talks with Pistorius on joint production of long-range weapons, according to his press service."),
            location=loc("Berlin", None, "Germany")),
        opt(dip("agreement", ["Ukraine", "United States"], None, "planned",
                "Ukraine expects to sign a drone agreement with the United States in the near future",
                ev("He said that Ukraine expects to sign an agreement with the United States on drones \"in the near future\"."))),
        opt(dip("meeting", ["Ukraine Defense Contact Group"], day("2025-07-21", "on 21 July"), "held",
                "Background: the previous Ramstein meeting, by video link",
                ev("The previous Ramstein meeting took place on 21 July, by video link."))),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia"], None, "planned",
                "A new prisoner exchange with Russia is being prepared; Ukraine has submitted its lists",
                ev("Meanwhile, Zelensky told reporters that a new prisoner exchange with Russia is being prepared, and that Ukraine had submitted its lists."))),
    ])

# --------------------------------------------------------------------------- yf11
GOLD["yf11_lvivherald_prosthetics_workshop"] = dict(
    notes="Control (Tuesday 20 May 2025): a feature on a prosthetics workshop in Lviv. War-adjacent (soldiers' "
          "amputations, a veteran's story, Invictus Games) with no attack and no diplomacy event: the Dutch hospital's "
          "donated equipment and the European bank's loan for a second centre are not acts between states (rule 13), "
          "the lost leg 'two years ago' has no attack told (rule 5). Nothing is coded.",
    attacks=[],
    diplomacy=[])

# --------------------------------------------------------------------------- yf12
GOLD["yf12_hromadanews_kryvyirih_paris_summit"] = dict(
    notes="Ukrainian national outlet (Wednesday 26 March 2025), a day's roundup: an Iskander-M ballistic missile on "
          "central Kryvyi Rih on Wednesday afternoon ('at least 12' injured, a four-year-old girl: rules 6-7; the model "
          "from the next paragraph, rule 9); artillery on Nikopol (damage only) and on Marhanets (a 63-year-old man "
          "wounded): two localities each with their own details, two records (rule 1); shelling in Kherson (one killed, "
          "three wounded); the night's '117 Shahed attack drones and various types of decoy drones' (a combined total, "
          "rule 9), 72 shot down and 40 'lost to electronic warfare' (electronic warfare is a named defender: intercepted "
          "72 + 40 = 112, rule 3; README); the 7 March missile on a hotel in Kryvyi Rih ('more than 30' injured: a "
          "background attack with a place and a count, rule 5). Diplomacy: the Paris summit of the coalition of the "
          "willing on Thursday (summit, planned; France hosts). Optional: the Kherson region's 48 settlements under "
          "fire over the past day (a regional tally of mixed fire, as yf10's), Zelensky's meeting with Macron on "
          "Wednesday evening (two leaders, not called talks: summit by rule 14's letter, debatable; README), the talks "
          "in Riyadh and what was agreed there (background, rule 17), the EU generators received last week (aid "
          "delivered, background). Not coded: Starmer on operational plans (no event), the Kremlin's Black Sea "
          "condition (demand), Zakharova (reaction), the energy moratorium's violations (no place or count).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               day("2025-03-26", "On Wednesday afternoon"), [{"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("On Wednesday afternoon Russia hit central Kryvyi Rih with a ballistic missile, injuring at least 12 people, Dnipropetrovsk governor Serhii Lysak reported.",
                  "The missile hit an area near a shopping centre and a bus stop, Lysak said.",
                  "According to Oleksandr Vilkul, who runs the city's military administration, the weapon was an Iskander-M."),
               injured=cnt(12, "at least 12 people", "at_least"), children_injured=cnt(1, "a four-year-old girl"),
               damage=["area near a shopping centre", "bus stop"], reported_by=["Serhii Lysak", "Oleksandr Vilkul"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2025-03-26", "throughout the morning"), [{"type": "artillery"}],
               ev("Russian troops shelled Nikopol and the Marhanets community with heavy artillery throughout the morning.",
                  "while in Nikopol a garage, a power line and several private houses were damaged."),
               damage=["garage", "power line", "private houses"], reported_by=["Serhii Lysak"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Marhanets", "Dnipropetrovsk", "Ukraine")],
               day("2025-03-26", "throughout the morning"), [{"type": "artillery"}],
               ev("Russian troops shelled Nikopol and the Marhanets community with heavy artillery throughout the morning.",
                  "A 63-year-old man was wounded in Marhanets, Lysak said"),
               injured=cnt(1, "A 63-year-old man"), reported_by=["Serhii Lysak"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2025-03-26", "on Wednesday"), [{"type": "artillery"}],
               ev("In Kherson, Russian shelling of the Dniprovskyi district killed one person and wounded three others on Wednesday, Kherson regional governor Oleksandr Prokudin said."),
               killed=cnt(1, "one person"), injured=cnt(3, "three others"), reported_by=["Oleksandr Prokudin"]),
        opt(attack("Russia", "Ukraine", "other", [loc("Kherson", "Kherson", "Ukraine", "region")],
                   night("2025-03-25", "2025-03-26", "Over the past day"), [{"type": "artillery"}, {"type": "other"}],
                   ev("Over the past day, 48 settlements of the region came under artillery fire, mortar shelling and air strikes, he said."),
                   reported_by=["Oleksandr Prokudin"])),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2025-03-25", "2025-03-26", "Overnight"),
               [{"type": "other", "model": "Shahed attack drones and decoys",
                 "launched": cnt(117, "117 Shahed attack drones and decoys"),
                 "intercepted": cnt(112, "72 were shot down, and 40 more were lost to electronic warfare")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"}],
               ev("Overnight, Russia attacked Ukraine with 117 Shahed attack drones and decoys of various types, the Air Force reported.",
                  "Of these, 72 were shot down, and 40 more were lost to electronic warfare."),
               reported_by=["Air Force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               day("2025-03-07", "On 7 March"), [{"type": "missile"}],
               ev("On 7 March, a missile strike on a hotel in the city injured more than 30 people, according to local authorities."),
               injured=cnt(30, "more than 30 people", "more_than"), damage=["hotel"], reported_by=["local authorities"]),
    ],
    diplomacy=[
        dip("summit", ["coalition of the willing", "France", "Ukraine", "United Kingdom"], day("2025-03-27", "Thursday"), "planned",
            "Macron hosts a summit of the coalition of the willing in Paris on Ukraine's security after a ceasefire; "
            "Zelensky attends, more than 30 countries invited",
            ev("President Volodymyr Zelensky is travelling to Paris, where French President Emmanuel Macron is hosting a Thursday summit of what is called the \"coalition of the willing\" - countries discussing how to guarantee Ukraine's security after a ceasefire.",
               "More than 30 countries have been invited to the summit, according to French officials."),
            location=loc("Paris", None, "France")),
        opt(dip("summit", ["Ukraine", "France"], day("2025-03-26", "on Wednesday evening"), "planned",
                "Zelensky to meet Macron at the Elysee Palace on the eve of the summit",
                ev("On the eve of the summit, Zelensky is due to meet Macron at the Elysee Palace on Wednesday evening, the French presidency said."),
                location=loc("Paris", None, "France"))),
        opt(dip("talks", ["Ukraine", "United States", "Saudi Arabia"], span("2025-03-23", "2025-03-25", "on Sunday and Tuesday"), "held",
                "Background: technical talks in Riyadh led for Ukraine by Rustem Umerov",
                ev("Defence Minister Rustem Umerov, who led the Ukrainian delegation at the talks in Riyadh on Sunday and Tuesday"),
                location=loc("Riyadh", None, "Saudi Arabia"))),
        opt(dip("agreement", ["Ukraine", "Russia", "United States"], None, "held",
                "Background: safe navigation in the Black Sea and a ban on strikes on energy facilities agreed at the Riyadh talks",
                ev("said the sides had agreed on \"a safe navigation in the Black Sea\" and on a ban on strikes on energy facilities."))),
        opt(dip("military_aid", ["European Union", "Ukraine"], week("2025-03-17", "2025-03-23", "Last week"), "held",
                "Background: a new batch of EU generators for the Dnipropetrovsk region's frontline communities",
                ev("Last week, the Dnipropetrovsk region also received a new batch of generators from the European Union as part of a humanitarian aid programme for frontline communities, the regional administration said."))),
    ])


CLUSTERS = [
    ("kyiv-2025-04-15", "Russian ballistic missiles and drones on Kyiv, night of 14-15 April 2025",
     [("yf01_meridianwire_kyiv_night_rubio", "attack", 0), ("yf02_kyivdispatch_toll_rises_kellogg", "attack", 0)]),
    ("ukraine-2025-04-15", "Russian air attack on Ukraine nationwide, night of 14-15 April 2025 (the Air Force's figures)",
     [("yf01_meridianwire_kyiv_night_rubio", "attack", 1), ("yf02_kyivdispatch_toll_rises_kellogg", "attack", 3)]),
    ("exchange-2025-10-24", "Russia-Ukraine exchange of 185 prisoners each, UAE-mediated, 24 October 2025",
     [("yf05_balticmirror_exchange_185", "diplomacy", 0), ("yf06_dniprovisti_prisoners_home_dnipro", "diplomacy", 0)]),
    ("putin-trump-call-2025-11-06", "Putin-Trump phone call, Thursday 6 November 2025",
     [("yf07_moskovskyvestnik_putin_trump_call", "diplomacy", 0), ("yf08_atlanticpress_trump_call_kharkiv", "diplomacy", 0)]),
    ("abu-dhabi-talks-2025-11", "Planned Lavrov-Rubio talks in Abu Dhabi, week of 10 November 2025",
     [("yf07_moskovskyvestnik_putin_trump_call", "diplomacy", 1), ("yf08_atlanticpress_trump_call_kharkiv", "diplomacy", 1)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev31 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV31 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV31, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
