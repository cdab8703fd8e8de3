"""Write evals/dev29/gold/*.json (and gold/clusters.json) from the compact labels below (quotes only;
offsets come from evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV29 = ROOT / "evals" / "dev29"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- yd01
N0513 = night("2026-05-12", "2026-05-13", "overnight")
GOLD["yd01_tidewater_kryvyirih_missile"] = dict(
    notes="International agency (Wednesday 13 May): a ballistic missile on Kryvyi Rih 'on Tuesday evening' ('at least "
          "seven' killed, 31 wounded, 'four of them children' in the lead; 'nine' by Wednesday morning: evidence only, "
          "rule 6); the air force's 146 drones / 119 'shot down or knocked out by electronic warfare' overnight "
          "(country record, rule 3); a drone on a kindergarten in Kharkiv (the same night's wave, no date words of its "
          "own; 'No one was hurt': injured 0, rule 6); Zelensky's call with Frederiksen 'earlier on Tuesday' (told "
          "from Kyiv's side only); Umerov 'is due in Washington on Thursday for talks' with Witkoff (planned, rule 16). "
          "Not coded: 'hits or falling debris recorded in six regions' (no place), Peskov's door not closed (stance, "
          "rule 13), Zelensky's request for Patriots (demand), 'hit repeatedly' (no count, no date).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               day("2026-05-12", "on Tuesday evening"), [{"type": "ballistic_missile"}],
               ev("KRYVYI RIH, Ukraine, May 13 (Tidewater) - A Russian ballistic missile tore through a housing estate in Kryvyi Rih on Tuesday evening, killing at least seven people and wounding 31, four of them children, local officials said, the heaviest loss of life in President Volodymyr Zelensky's home city since the spring.",
                  "The missile came down between a five-storey block of flats and a row of lock-up garages shortly after 7 p.m., Oleksandr Vilkul, who leads the local military administration, posted on Telegram.",
                  "Rescue teams were still lifting slabs off the stairwell at dawn, and by Wednesday morning Vilkul put the number of dead at nine."),
               killed=cnt(7, "at least seven people", "at_least"), injured=cnt(31, "31"),
               children_injured=cnt(4, "four of them children"),
               damage=["block of flats", "garages"], reported_by=["Oleksandr Vilkul", "local officials"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N0513,
               [{"type": "drone", "launched": cnt(146, "146"), "intercepted": cnt(119, "119")}],
               ev("Ukraine's air force said 146 drones were launched overnight and 119 of them were shot down or knocked out by electronic warfare, with hits or falling debris recorded in six regions."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], N0513,
               [{"type": "drone"}],
               ev("In Kharkiv, a drone smashed into the roof of a kindergarten that was empty at the time, Mayor Ihor Terekhov said.",
                  "No one was hurt."),
               injured=cnt(0, "No one was hurt"), damage=["kindergarten roof"], reported_by=["Ihor Terekhov"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Denmark"], day("2026-05-12", "earlier on Tuesday"), "held",
            "Zelensky and Danish Prime Minister Mette Frederiksen discussed financing for Ukrainian-built long-range drones",
            ev("Zelensky used his evening video address to ask Western partners for more Patriot launchers, and said he had discussed financing for Ukrainian-built long-range drones in a call earlier on Tuesday with Mette Frederiksen, Denmark's prime minister.")),
        dip("talks", ["Ukraine", "United States"], day("2026-05-14", "on Thursday"), "planned",
            "Security council secretary Rustem Umerov to hold talks with US envoy Steve Witkoff in Washington on a ceasefire framework",
            ev("Security council secretary Rustem Umerov is due in Washington on Thursday for talks with U.S. special envoy Steve Witkoff on a ceasefire framework, two Ukrainian officials told Tidewater, speaking on condition of anonymity."),
            location=loc("Washington", None, "United States")),
    ])

# --------------------------------------------------------------------------- yd02
N1019 = night("2026-10-18", "2026-10-19", "overnight")
Y02_MOD = ("Air defence units destroyed 84 Ukrainian drones over 11 regions during the night, 23 of them over the "
           "Volgograd region, Russia's military said.")
GOLD["yd02_atlas_volgograd_refinery"] = dict(
    notes="International agency (Monday 19 October): Ukrainian drones on Volgograd's refinery 'overnight' (two injured, "
          "'a boy aged 12': children_injured 1); Russia's 84 drones destroyed over 11 regions (country record Russia, "
          "rule 4); its '23 of them over the Volgograd region' goes on the Volgograd record (one struck locality in the "
          "region, rule 3); a guided bomb on Zaporizhzhia 'on Sunday afternoon' (five wounded); the Dmitriev-Witkoff "
          "meeting in Miami 'on Saturday' (talks, held, rule 14); Switzerland's offer of Geneva for the two foreign "
          "ministers, passed to both capitals, made 'on Friday' (talks, proposed, Switzerland a participant: rules 13, "
          "15). Not coded: no Putin-Trump call 'on the schedule' (nothing planned), Sybiha's and Zakharova's remarks "
          "(statements), 'targeted several times since last year' (no count, no date), the gasoline export ban "
          "(domestic measure).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Volgograd", "Volgograd Oblast", "Russia")], N1019,
               [{"type": "drone", "intercepted": cnt(23, "23")}],
               ev("MOSCOW/KYIV, Oct 19 (APS) - Ukrainian drones hit Volgograd's oil refinery overnight, sparking a blaze that firefighters needed several hours to bring under control, regional governor Andrei Bocharov said on Monday.",
                  "Falling debris injured two people in the city's Krasnoarmeisky district, among them a boy aged 12, and damaged several private houses, Bocharov said in a statement.",
                  Y02_MOD),
               injured=cnt(2, "two people"), children_injured=cnt(1, "a boy aged 12"),
               damage=["oil refinery", "private houses"], reported_by=["Andrei Bocharov", "Russia's military"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-10-18", "2026-10-19", "during the night"),
               [{"type": "drone", "intercepted": cnt(84, "84")}],
               ev(Y02_MOD), reported_by=["Russia's military"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-10-18", "on Sunday afternoon"), [{"type": "glide_bomb"}],
               ev("In Ukraine, a guided aerial bomb struck an industrial site in Zaporizhzhia on Sunday afternoon, wounding five people, regional governor Ivan Fedorov said."),
               injured=cnt(5, "five people"), damage=["industrial site"], reported_by=["Ivan Fedorov"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "United States"], day("2026-10-17", "on Saturday"), "held",
            "Kremlin envoy Kirill Dmitriev and US special envoy Steve Witkoff met in Miami",
            ev("On the diplomatic front, Kremlin envoy Kirill Dmitriev and U.S. special envoy Steve Witkoff met in Miami on Saturday, Dmitriev's office said, describing the discussion as \"substantive\" but giving no details."),
            location=loc("Miami", None, "United States")),
        dip("talks", ["Switzerland", "Ukraine", "Russia"], day("2026-10-16", "on Friday"), "proposed",
            "Switzerland offered Geneva for a meeting of foreign ministers Sybiha and Lavrov, passed to both capitals",
            ev("Switzerland, meanwhile, has put forward Geneva as the venue for a meeting between Sybiha and Lavrov, the two sides' foreign ministers.",
               "Foreign Minister Ignazio Cassis said on Friday that the proposal had been passed to both Kyiv and Moscow through diplomatic channels and that Bern was waiting for an answer."),
            location=loc("Geneva", None, "Switzerland")),
    ])

# --------------------------------------------------------------------------- yd03
BERLIN_SUMMIT = ["Germany", "Ukraine", "United Kingdom", "France", "Italy", "Poland", "NATO", "European Union"]
GOLD["yd03_rheinwelle_berlin_summit"] = dict(
    notes="European public broadcaster (Friday 26 June): the Berlin summit 'on Thursday' hosted by Merz, leaders named "
          "by role (summit, held; eight participants: the host, Ukraine, the UK, France, Italy, Poland, NATO, the EU; "
          "the unnamed video participants are not listed); Germany's two further IRIS-T systems announced 'on Thursday "
          "evening' (military aid, held: an aid decision announced as made, rule 16); Merz's call with Trump 'on "
          "Wednesday evening' (told from the German side only); the background barrage 'overnight into Wednesday' "
          "('more than 400 drones and missiles': a combined total, type other, with drone and missile entries, rule 9; "
          "coded because it has a count and a place, rule 5). Not coded: Meloni's troops and demining remarks "
          "(stance), Starmer's 'continue to press' (statement), the frozen reserves dispute (no event), Peskov's "
          "dismissal (reaction).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-06-23", "2026-06-24", "overnight into Wednesday"),
               [{"type": "other", "model": "drones and missiles", "launched": cnt(400, "more than 400", "more_than")},
                {"type": "drone"}, {"type": "missile"}],
               ev("The summit followed one of the heaviest barrages in weeks: Russia fired more than 400 drones and missiles at Ukraine overnight into Wednesday, according to Ukrainian officials."),
               reported_by=["Ukrainian officials"]),
    ],
    diplomacy=[
        dip("summit", BERLIN_SUMMIT, day("2026-06-25", "on Thursday"), "held",
            "Summit on air defence and postwar security hosted by Chancellor Merz with Zelensky, Starmer, Macron, Meloni, Tusk, Rutte and von der Leyen",
            ev("European leaders met Ukrainian President Volodymyr Zelensky in Berlin on Thursday for a summit on air defence and Ukraine's postwar security, with German Chancellor Friedrich Merz as host.",
               "Around the table in the Chancellery sat Britain's Keir Starmer, France's Emmanuel Macron, Italy's prime minister, Giorgia Meloni, and Poland's, Donald Tusk, together with NATO Secretary General Mark Rutte and European Commission President Ursula von der Leyen."),
            location=loc("Berlin", None, "Germany")),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-06-25", "on Thursday evening"), "held",
            "Germany to fund two further IRIS-T air-defence systems for Ukraine, about EUR 900 million",
            ev("At the closing press conference on Thursday evening, Merz announced that Germany would fund a further pair of IRIS-T air-defence systems for Ukraine, on top of those already promised, and would send a first one before the winter.",
               "He put the value of the order at around 900 million euros.")),
        dip("phone_call", ["Germany", "United States"], day("2026-06-24", "on Wednesday evening"), "held",
            "Merz briefed Trump on the summit agenda by telephone",
            ev("According to a German government spokesman, Merz spoke by telephone with U.S. President Donald Trump on Wednesday evening to brief him on the agenda.")),
    ])

# --------------------------------------------------------------------------- yd04
GOLD["yd04_vistulacourier_tusk_kharkiv"] = dict(
    notes="Polish national paper (Friday 11 September): Tusk's visit to Kharkiv 'on Thursday' (visit, held; his meetings "
          "with Svyrydenko and Terekhov are part of it, rule 14); a drone on a storage building in Kharkiv 'Early on "
          "Thursday' (three injured); the package Tusk announced (military aid, held, rule 16; dated by the visit); the "
          "summons of Russia's charge d'affaires 'On Wednesday' (diplomatic protest, held); the drone strike on "
          "Vinnytsia 'on Monday night' (the night of 7-8 September; 'two people injured' is the attack's figure: "
          "'Nobody at the consulate was hurt' concerns one building only, so no explicit zero is coded); Zelensky "
          "'expected in Warsaw later this month for a visit' (visit, planned, month). Optional: the Polish repair help "
          "at the heating plant 'last winter' (background aid, no date). Not coded: Bosacki's 'further steps' "
          "(stance), the opposition's criticism, the charities' convoys (no state decision, no date).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")], day("2026-09-10", "Early on Thursday"),
               [{"type": "drone"}],
               ev("Early on Thursday, hours before the delegation arrived, a Russian drone crashed into a storage building in the city's Kyivskyi district, injuring three people, Terekhov said on Telegram."),
               injured=cnt(3, "three people"), damage=["storage building"], reported_by=["Ihor Terekhov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Vinnytsia", "Vinnytsia", "Ukraine")],
               night("2026-09-07", "2026-09-08", "on Monday night"), [{"type": "drone"}],
               ev("On Wednesday, Polish diplomats summoned the Russian charge d'affaires to the ministry in Warsaw and lodged a formal protest against a drone strike on Vinnytsia on Monday night that blew out the windows of a building housing Poland's honorary consulate.",
                  "Ukrainian officials said the same attack left two people injured elsewhere in the city."),
               injured=cnt(2, "two people"), damage=["building housing Poland's honorary consulate"],
               reported_by=["Ukrainian officials"]),
    ],
    diplomacy=[
        dip("visit", ["Poland", "Ukraine"], day("2026-09-10", "on Thursday"), "held",
            "Prime Minister Donald Tusk visited Kharkiv with Ukrainian PM Yulia Svyrydenko and met Mayor Ihor Terekhov",
            ev("Prime Minister Donald Tusk travelled to Kharkiv on Thursday, becoming the first Polish head of government to visit Ukraine's second-largest city since Russia's full-scale invasion began.",
               "In Kharkiv he met Mayor Ihor Terekhov, laid a wreath at a memorial to civilians killed in the shelling, and toured a heating plant that Polish engineers helped to repair last winter."),
            location=loc("Kharkiv", "Kharkiv", "Ukraine")),
        dip("military_aid", ["Poland", "Ukraine"], day("2026-09-10", "on Thursday"), "held",
            "Poland to hand over 120 generators, boiler units and artillery ammunition worth about PLN 350 million",
            ev("Speaking beside Svyrydenko, Tusk announced that Poland would hand over another package of assistance to Kharkiv and the surrounding region: 120 industrial generators, mobile boiler units and ammunition for Ukrainian artillery, worth roughly 350 million zloty in total.")),
        dip("diplomatic_protest", ["Poland", "Russia"], day("2026-09-09", "On Wednesday"), "held",
            "Poland summoned Russia's charge d'affaires over a drone strike that damaged the building of its honorary consulate in Vinnytsia",
            ev("On Wednesday, Polish diplomats summoned the Russian charge d'affaires to the ministry in Warsaw and lodged a formal protest against a drone strike on Vinnytsia on Monday night that blew out the windows of a building housing Poland's honorary consulate."),
            location=loc("Warsaw", None, "Poland")),
        dip("visit", ["Ukraine", "Poland"], month("2026-09-01", "2026-09-30", "later this month"), "planned",
            "Zelensky expected in Warsaw at the invitation of President Karol Nawrocki",
            ev("President Volodymyr Zelensky is expected in Warsaw later this month for a visit at the invitation of President Karol Nawrocki, the presidential palace confirmed on Thursday."),
            location=loc("Warsaw", None, "Poland")),
        dip("military_aid", ["Poland", "Ukraine"], None, "held",
            "Polish engineers helped repair a Kharkiv heating plant last winter",
            ev("In Kharkiv he met Mayor Ihor Terekhov, laid a wreath at a memorial to civilians killed in the shelling, and toured a heating plant that Polish engineers helped to repair last winter."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yd05
SWAP = ["Ukraine", "Russia", "Turkey", "United Arab Emirates"]
GOLD["yd05_bosporusledger_fidan_shuttle"] = dict(
    notes="Turkish outlet on mediation (Wednesday 19 August): Fidan's talks in Kyiv 'on Monday' and with Lavrov in Moscow "
          "'on Tuesday' (two talks records, held: a minister's trip told by its meetings, rule 14); the exchange 'On "
          "Tuesday evening' (252 for 252, mediated by Turkey with the UAE: both participants, rule 15); the next round "
          "of direct talks 'in Istanbul on 2 September' (planned; Turkey hosts, rule 15); Erdogan's call with Putin "
          "'on Sunday' (told from the Turkish side). Optional: the July round at the Ciragan Palace (background, rule "
          "17). Not coded: Erdogan 'ready to host a meeting of the two presidents' (readiness said to one side only, "
          "no meeting put forward: stance, rule 13), Lavrov's demand and Sybiha's reply (statements), a leaders' "
          "meeting Erdogan 'would like to see' (hope).",
    attacks=[],
    diplomacy=[
        dip("talks", ["Turkey", "Ukraine"], day("2026-08-17", "on Monday"), "held",
            "Foreign Minister Hakan Fidan held talks with Zelensky and Foreign Minister Andrii Sybiha in Kyiv",
            ev("Fidan held talks with President Volodymyr Zelensky and Foreign Minister Andrii Sybiha in Kyiv on Monday, according to a statement from the Turkish Foreign Ministry."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("talks", ["Turkey", "Russia"], day("2026-08-18", "on Tuesday"), "held",
            "Fidan held talks with Russian Foreign Minister Sergei Lavrov in Moscow",
            ev("He then flew to Moscow, where on Tuesday he held talks with Russian Foreign Minister Sergei Lavrov that lasted more than three hours."),
            location=loc("Moscow", None, "Russia")),
        dip("prisoner_exchange", SWAP, day("2026-08-18", "On Tuesday evening"), "held",
            "252 Ukrainians (240 servicemen, 12 civilians) exchanged for 252 Russians, mediated by Turkey and the UAE",
            ev("On Tuesday evening, while Fidan was still in the Russian capital, the two sides carried out the exchange.",
               "Ukraine brought home 252 people, 240 servicemen and 12 civilians, and handed over the same number of Russians, Ankara said, adding that the swap had been mediated by Turkey together with the United Arab Emirates.")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], day("2026-09-02", "on 2 September"), "planned",
            "Next round of direct Ukrainian-Russian talks in Istanbul on civilians and the bodies of the fallen",
            ev("He said the next round of direct talks between Ukrainian and Russian delegations would take place in Istanbul on 2 September, focusing on the return of civilians and the bodies of the fallen."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["Ukraine", "Russia", "Turkey"], month("2026-07-01", "2026-07-31", "in July"), "held",
            "The delegations' July round at the Ciragan Palace, where the exchange was agreed in principle",
            ev("The delegations last met at the Ciragan Palace in July, when they agreed on the exchange in principle."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("phone_call", ["Turkey", "Russia"], day("2026-08-16", "on Sunday"), "held",
            "Erdogan and Putin spoke by phone ahead of Fidan's trip",
            ev("President Recep Tayyip Erdogan prepared the ground for the trip in a phone call with Russian President Vladimir Putin on Sunday, the Turkish Communications Directorate said.")),
    ])

# --------------------------------------------------------------------------- yd06
GOLD["yd06_kyivbulletin_exchange_readout"] = dict(
    notes="Presidential-office readout rewritten as news (Tuesday 18 August): the exchange 'on Tuesday' (252 home, 240 "
          "servicemen and 12 civilians, 252 Russians back; Turkey and the UAE mediated: participants, rule 15; the "
          "same event as yd05's); the call with Carney 'On the same day' (told from Kyiv's side only); the US senators "
          "received in Kyiv 'On Monday' (a meeting of officials: talks, rule 14); Russian drones on Odesa's port 'On the "
          "night of 16 August' (15-16 August, rule 11; two killed). Optional: Canada's 'most recent tranche of "
          "financial support' (background aid, no date, rule 17); the week's tally 'In the past seven days alone' "
          "(over 1,100 drones, about 40 missiles: a seven-day total over the country, not one night's attack, "
          "debatable under rule 1). Not coded: the next Ramstein-format gathering (a topic of the call, no date or "
          "place), Zelensky's appeal on oil revenue (demand), new lists for a later swap (no event yet).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")],
               night("2026-08-15", "2026-08-16", "On the night of 16 August"), [{"type": "drone"}],
               ev("On the night of 16 August, Russian drones struck the port infrastructure of Odesa, killing two people; a grain warehouse burned down."),
               killed=cnt(2, "two people"), damage=["port infrastructure", "grain warehouse"],
               reported_by=["Volodymyr Zelensky"]),
        opt(attack("Russia", "Ukraine", "drone_and_missile", [UA], week("2026-08-10", "2026-08-17", "In the past seven days alone"),
                   [{"type": "drone", "launched": cnt(1100, "over 1,100", "more_than")},
                    {"type": "missile", "launched": cnt(40, "about 40", "about")}],
                   ev("In the past seven days alone, according to Zelensky, Russian forces sent over 1,100 strike drones and about 40 missiles of different types against Ukraine."),
                   reported_by=["Volodymyr Zelensky"])),
    ],
    diplomacy=[
        dip("prisoner_exchange", SWAP, day("2026-08-18", "on Tuesday"), "held",
            "252 Ukrainians (240 servicemen, 12 civilians) returned from Russian captivity for 252 Russians; mediated by Turkey and the UAE",
            ev("Two hundred and fifty-two Ukrainians returned home from Russian captivity on Tuesday, President Volodymyr Zelensky announced, and thanked Turkey and the United Arab Emirates, which mediated the swap.",
               "The presidential office said 240 of those freed are soldiers, guardsmen and border guards, and 12 are civilians, some of whom had been held since 2022.",
               "In return, Moscow got back 252 of its own men, the Coordination Headquarters said.")),
        dip("phone_call", ["Ukraine", "Canada"], day("2026-08-18", "On the same day"), "held",
            "Zelensky told Canadian Prime Minister Mark Carney about the exchange and the front",
            ev("On the same day, the President held a phone conversation with Canadian Prime Minister Mark Carney, the Office reported.")),
        dip("talks", ["Ukraine", "United States"], day("2026-08-17", "On Monday"), "held",
            "Zelensky received a US Senate delegation led by Lindsey Graham and Richard Blumenthal; sanctions legislation and air-defence missiles discussed",
            ev("On Monday, Zelensky received in Kyiv a bipartisan delegation of the U.S. Senate led by Senators Lindsey Graham and Richard Blumenthal.",
               "The sides discussed sanctions legislation against Russia and the supply of air-defence missiles."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("military_aid", ["Canada", "Ukraine"], None, "held",
            "Canada's most recent tranche of financial support, for which Zelensky thanked Carney",
            ev("Zelensky informed Carney about the exchange and about the situation at the front, and thanked Canada for the most recent tranche of financial support."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yd07
GOLD["yd07_ledgerline_sanctions_exportcontrols"] = dict(
    notes="Business wire on sanctions and export controls (Friday 6 November): the EU package adopted 'on Thursday' (57 "
          "tankers, machine-tool export limits, 19 third-country firms); Britain's 15 entities and four individuals 'on "
          "Wednesday'; the US Entity List additions (23 companies) 'on Tuesday' (export controls aimed at Russia's "
          "drone supply: sanctions, held). Each lists Russia as target (rule 15). Not coded: Bessent's 'stands ready' "
          "to cut off foreign banks 'if a ceasefire effort stalls' (a conditional threat with nothing adopted or put "
          "forward: rule 13), Russia's promised response (statement), market figures.",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-11-05", "on Thursday"), "held",
            "EU package: 57 tankers added to the port-access ban, wider export limits on CNC machine tools, 19 third-country firms listed",
            ev("BRUSSELS/LONDON, Nov 6 (Ledgerline) - The European Union adopted a fresh set of Russia sanctions on Thursday, adding 57 oil tankers to its port-access ban and widening export restrictions on computer-controlled machine tools and their components, the Council of the EU said.",
               "The package also lists 19 companies in third countries, including eight in China and Hong Kong and four in Turkey, that the bloc says re-exported European-made electronics to Russian defence manufacturers.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-11-04", "on Wednesday"), "held",
            "Britain added 15 entities and four individuals to its Russia sanctions list (microchip distributors, a ship manager)",
            ev("Britain moved on Wednesday, adding 15 entities and four individuals to its Russia sanctions list, among them two Hong Kong distributors of microchips and a Dubai-registered ship manager.")),
        dip("sanctions", ["United States", "Russia"], day("2026-11-03", "on Tuesday"), "held",
            "US Commerce Department put 23 companies from China, Turkey and the UAE on the Entity List for supplying Russian drone makers",
            ev("In Washington, the Commerce Department's Bureau of Industry and Security put 23 companies from China, Turkey and the United Arab Emirates on its Entity List on Tuesday, saying they had shipped navigation modules and servo motors that ended up in Russian attack drones.")),
    ])

# --------------------------------------------------------------------------- yd08
GOLD["yd08_weekinreview_diplomatic_roundup"] = dict(
    notes="Weekly diplomatic roundup with datelines (Sunday 28 June): the Berlin summit 'on Thursday' (same event as "
          "yd03's, same eight participants); 'a German promise of two more IRIS-T systems' (military aid, held; no "
          "date words of its own, dated by the summit: same event as yd03's aid); EU ambassadors 'again failed on "
          "Wednesday' to approve the sanctions package, 'No new date' (sanctions, stalled, dated by the day of the "
          "failed approval: rules 11, 16); Dutch ambulances that 'arrived in Ukraine on Tuesday' (aid delivered, "
          "held); Japan's $450 million 'on Friday' (budget support is aid, rule 14); Li Hui 'expected in Kyiv in July "
          "for talks' (planned, month; the next sentence says 'trip', not 'visit'); NATO foreign ministers 'in Brussels "
          "on Wednesday and Thursday' (meeting, planned; NATO alone, rule 15). Optional: the OSCE review conference "
          "that closed 'on Friday' (an organisation's meeting about security at large; debatable). Not coded: the UN "
          "mission's May casualty figure (a monthly statistic, no attack), the liquefied-gas proposals (part of the "
          "same stalled package).",
    attacks=[],
    diplomacy=[
        dip("summit", BERLIN_SUMMIT, day("2026-06-25", "on Thursday"), "held",
            "Merz hosted Zelensky, Starmer, Macron, Meloni, Tusk, Rutte and von der Leyen in Berlin",
            ev("BERLIN - Chancellor Friedrich Merz hosted Volodymyr Zelensky and a group of European leaders on Thursday.",
               "Keir Starmer, Emmanuel Macron, Giorgia Meloni and Donald Tusk attended in person, as did NATO's Mark Rutte and the Commission's Ursula von der Leyen."),
            location=loc("Berlin", None, "Germany")),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-06-25", "on Thursday"), "held",
            "German promise of two more IRIS-T systems at the Berlin summit",
            ev("The headline result was a German promise of two more IRIS-T systems.")),
        dip("sanctions", ["European Union", "Russia"], day("2026-06-24", "on Wednesday"), "stalled",
            "EU ambassadors failed to approve the next Russia sanctions package after Slovakia withheld approval; no new date",
            ev("BRUSSELS - EU ambassadors again failed on Wednesday to approve the bloc's next Russia sanctions package after Slovakia withheld its approval over gas transit guarantees.",
               "No new date for a vote has been set, diplomats say, and the Danish-drafted proposals on liquefied gas are now expected to slip into the autumn."),
            location=loc("Brussels", None, "Belgium")),
        dip("military_aid", ["Netherlands", "Ukraine"], day("2026-06-23", "on Tuesday"), "held",
            "40 armoured ambulances and two field surgical modules paid for by the Netherlands arrived in Ukraine",
            ev("THE HAGUE - The Dutch defence ministry said 40 armoured ambulances and two field surgical modules paid for by the Netherlands arrived in Ukraine on Tuesday.")),
        dip("military_aid", ["Japan", "Ukraine"], day("2026-06-26", "on Friday"), "held",
            "Japan approved $450 million in budget support through a World Bank trust fund",
            ev("TOKYO - Japan's government approved a further $450 million in budget support for Ukraine on Friday, to be channelled through a World Bank trust fund for paying teachers and doctors.")),
        dip("talks", ["China", "Ukraine"], month("2026-07-01", "2026-07-31", "in July"), "planned",
            "Chinese special envoy Li Hui expected in Kyiv for talks with Ukrainian officials",
            ev("KYIV - China's special envoy for Eurasian affairs, Li Hui, is expected in Kyiv in July for talks with Ukrainian officials, the Ukrainian foreign ministry said on Monday."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("meeting", ["OSCE"], day("2026-06-26", "on Friday"), "held",
            "The OSCE annual security review conference closed without a consensus document",
            ev("VIENNA - The OSCE's annual security review conference closed on Friday without a consensus document for the fourth year running."),
            location=loc("Vienna", None, "Austria"), optional=True),
        dip("meeting", ["NATO"], night("2026-07-01", "2026-07-02", "on Wednesday and Thursday"), "planned",
            "NATO foreign ministers meet in Brussels, air defence for Ukraine on the agenda",
            ev("NEXT WEEK - The alliance's foreign ministers convene in Brussels on Wednesday and Thursday, with air defence for Ukraine high on the agenda."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- yd09
N0319 = night("2026-03-18", "2026-03-19", "Last night")
Y09_NIGHT = ("\"Last night, while we were preparing for this meeting, Russia launched 32 missiles and 210 drones against "
             "Ukraine.")
GOLD["yd09_fjordpost_oslo_ministers_presser"] = dict(
    notes="Press conference of two foreign ministers (Thursday 19 March), facts told inside long quotes: the memorandum "
          "signed in Oslo 'on Thursday' (agreement, held, rule 14); the ministers' talks at the foreign ministry (talks, "
          "held: the article calls Sybiha's stay a 'trip', not a visit, rule 14); Sybiha's call with Rubio 'this "
          "morning' (told from Kyiv's side only); the delegations to meet 'in Jeddah next week' (planned; Saudi Arabia "
          "hosts, rule 15); 'Last night' 32 missiles / 24 destroyed and 210 drones / 180 destroyed (country record, "
          "'32 missiles' with no split is type missile, rule 9); a cruise missile on a warehouse in Lviv (three "
          "injured). Optional: Sybiha's meeting with Prime Minister Store (part of the same talks, or talks of their "
          "own). Not coded: Eide's 'would be willing to offer its services' with 'no such request' (stance, rule 13), "
          "Sybiha's readiness for a partial ceasefire (stance), the reporter's question.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N0319,
               [{"type": "missile", "launched": cnt(32, "32"), "intercepted": cnt(24, "24")},
                {"type": "drone", "launched": cnt(210, "210"), "intercepted": cnt(180, "180")}],
               ev(Y09_NIGHT, "Our air defence destroyed 24 of the missiles and 180 of the drones."),
               reported_by=["Andrii Sybiha"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Lviv", "Lviv", "Ukraine")], N0319,
               [{"type": "cruise_missile"}],
               ev(Y09_NIGHT, "In Lviv, a cruise missile destroyed a warehouse of humanitarian aid, and three people were injured."),
               injured=cnt(3, "three people"), damage=["humanitarian aid warehouse"], reported_by=["Andrii Sybiha"]),
    ],
    diplomacy=[
        dip("agreement", ["Norway", "Ukraine"], day("2026-03-19", "on Thursday"), "held",
            "Memorandum on Norwegian financing of Ukrainian-made interceptor and long-range drones, NOK 3 billion this year",
            ev("OSLO - Norway will finance drone production in Ukraine under an agreement signed in Oslo on Thursday, the foreign ministers of the two countries told a joint news conference after their talks at the foreign ministry.",
               "\"This morning Andrii and I signed a memorandum under which Norway will pay for Ukrainian-made interceptor drones and long-range drones, three billion kroner this year alone."),
            location=loc("Oslo", None, "Norway")),
        dip("talks", ["Norway", "Ukraine"], day("2026-03-19", "on Thursday"), "held",
            "Foreign ministers Espen Barth Eide and Andrii Sybiha held talks in Oslo",
            ev("OSLO - Norway will finance drone production in Ukraine under an agreement signed in Oslo on Thursday, the foreign ministers of the two countries told a joint news conference after their talks at the foreign ministry."),
            location=loc("Oslo", None, "Norway")),
        dip("phone_call", ["Ukraine", "United States"], day("2026-03-19", "this morning"), "held",
            "Sybiha spoke with Secretary of State Marco Rubio",
            ev("I spoke this morning with Secretary of State Marco Rubio, and we agreed that our delegations will meet in Jeddah next week to continue the work on a ceasefire.")),
        dip("talks", ["Ukraine", "United States", "Saudi Arabia"], week("2026-03-23", "2026-03-29", "next week"), "planned",
            "Ukrainian and US delegations to meet in Jeddah on a ceasefire",
            ev("I spoke this morning with Secretary of State Marco Rubio, and we agreed that our delegations will meet in Jeddah next week to continue the work on a ceasefire."),
            location=loc("Jeddah", None, "Saudi Arabia")),
        dip("talks", ["Ukraine", "Norway"], day("2026-03-19", "on Thursday"), "held",
            "Sybiha met Prime Minister Jonas Gahr Store and the parliament's foreign affairs committee",
            ev("Sybiha, on his first trip to Norway since becoming minister, also met Prime Minister Jonas Gahr Store and members of the parliament's foreign affairs committee."),
            location=loc("Oslo", None, "Norway"), optional=True),
    ])

# --------------------------------------------------------------------------- yd10
N1112 = night("2026-11-11", "2026-11-12", "overnight")
GOLD["yd10_daybreak_newsletter_overnight"] = dict(
    notes="Morning newsletter (Thursday 12 November), strikes and talks: the night's 187 drones / 161 down and four "
          "ballistic missiles with 'none of the four was stopped' (country record; intercepted 0 on the missiles, an "
          "explicit zero, rule 6); drone debris in two Kyiv districts (one city record, rule 1; a woman injured); a "
          "ballistic missile on a gas facility in the Poltava region (no city named: region record; 'No casualties "
          "were reported': killed 0, injured 0); Russia's 58 Ukrainian drones overnight (country record Russia) and "
          "'20 above the Moscow region' (no struck locality in that region: the region's own record, rule 3); the "
          "Geneva round 'today' (talks, planned at press time; Switzerland hosts, rule 15); Zelensky's call with "
          "Takaichi 'on Wednesday evening' (Kyiv's side only); Sweden's package 'on Wednesday' (aid, held). The "
          "items carry no date words of their own: the night is the newsletter's 'overnight'. Not coded: 'the third "
          "night in a row' (no count, no place), Zakharova's remarks, the capacity figure, the long read.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1112,
               [{"type": "drone", "launched": cnt(187, "187"), "intercepted": cnt(161, "161")},
                {"type": "ballistic_missile", "launched": cnt(4, "four"), "intercepted": cnt(0, "none of the four was stopped")}],
               ev("**The night in Ukraine.** Russia attacked with 187 drones and four ballistic missiles, the Ukrainian air force said at 8 a.m.",
                  "Air defence took down 161 of the drones. The missiles were another story: none of the four was stopped."),
               reported_by=["Ukrainian air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kyiv", "Kyiv", "Ukraine")], N1112, [{"type": "drone"}],
               ev("**Kyiv.** Drone debris came down in the Solomianskyi and Darnytskyi districts of the capital, starting two fires.",
                  "A 71-year-old woman was injured, according to Tymur Tkachenko, who leads Kyiv's military administration."),
               injured=cnt(1, "A 71-year-old woman"), damage=["two fires"], reported_by=["Tymur Tkachenko"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Poltava", "Poltava", "Ukraine", "region")], N1112,
               [{"type": "ballistic_missile"}],
               ev("**Poltava region.** A ballistic missile hit a gas production facility, regional governor Volodymyr Kohut said.",
                  "No casualties were reported, but output at the site has been halted."),
               killed=cnt(0, "No casualties were reported"), injured=cnt(0, "No casualties were reported"),
               damage=["gas production facility"], reported_by=["Volodymyr Kohut"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1112, [{"type": "drone", "intercepted": cnt(58, "58")}],
               ev("**Russia says.** The Russian defence ministry claimed its air defences shot down 58 Ukrainian drones overnight, including 20 above the Moscow region."),
               reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Moscow", "Moscow Oblast", "Russia", "region")], N1112,
               [{"type": "drone", "intercepted": cnt(20, "20")}],
               ev("**Russia says.** The Russian defence ministry claimed its air defences shot down 58 Ukrainian drones overnight, including 20 above the Moscow region."),
               reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "United States", "Switzerland"], day("2026-11-12", "today"), "planned",
            "Ukrainian and US negotiators (Umerov; Witkoff and Driscoll) meet in Geneva on the ceasefire text",
            ev("**Talks.** Ukrainian and American negotiators sit down in Geneva today for another round on the ceasefire text.",
               "Kyiv's team is led by Rustem Umerov; the U.S. side by envoy Steve Witkoff and Army Secretary Dan Driscoll."),
            location=loc("Geneva", None, "Switzerland")),
        dip("phone_call", ["Ukraine", "Japan"], day("2026-11-11", "on Wednesday evening"), "held",
            "Zelensky spoke with Japanese Prime Minister Sanae Takaichi about energy equipment for the winter",
            ev("**On the phone.** Zelensky said he spoke with Japanese Prime Minister Sanae Takaichi on Wednesday evening about energy equipment for the winter.")),
        dip("military_aid", ["Sweden", "Ukraine"], day("2026-11-11", "on Wednesday"), "held",
            "Sweden approved a SEK 9 billion military package (CV90 ammunition, Archer spare parts)",
            ev("**Aid.** Sweden's government approved a military package worth 9 billion kronor on Wednesday, with CV90 ammunition and Archer artillery spare parts, Defence Minister Pal Jonson said.")),
    ])

# --------------------------------------------------------------------------- yd11
GOLD["yd11_greenfurrow_beekeepers_demined_fields"] = dict(
    notes="Agricultural magazine feature (Tuesday 21 April), the control: beekeepers on demined land, mines and shells, "
          "air-raid alerts 'most days', drone detectors on vans, mobilised members, EU export volume limits, the end of "
          "the occupation of the north in 2022. No record at all: no attack on a place on a day or night, no dated "
          "diplomatic event between states or organisations.",
    attacks=[], diplomacy=[])

# --------------------------------------------------------------------------- yd12
N0513_NIGHT = night("2026-05-12", "2026-05-13", "overnight")
GOLD["yd12_kryvbasnews_toll_mourning"] = dict(
    notes="Ukrainian regional outlet (Wednesday 13 May): the missile on Kryvyi Rih 'on the evening of 12 May' (the same "
          "event as yd01's; this article's first figures: nine killed, 34 injured, 'five of them children'; an "
          "Iskander-M, rule 9); the background strike 'since 21 March, when a missile hit a hotel' (four killed: "
          "count and place, coded, rule 5); a drone on a house in Marhanets 'overnight' (a 47-year-old man injured); "
          "artillery on Nikopol 'during the night' (a strike on a named town, no figures; 'no damage' is no casualty "
          "figure). Not coded: the adults among the dead described one by one (within the nine), the days of mourning, "
          "Vilkul's appeal.",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               day("2026-05-12", "on the evening of 12 May"), [{"type": "ballistic_missile", "model": "Iskander-M"}],
               ev("The number of people killed by the Russian missile that hit the Dovhyntsivskyi district of Kryvyi Rih on the evening of 12 May has risen to nine, Kryvyi Rih's wartime chief Oleksandr Vilkul said on Wednesday morning.",
                  "Thirty-four people were injured, five of them children, he said.",
                  "Vilkul said preliminary information pointed to an Iskander-M fired from the direction of occupied Crimea."),
               killed=cnt(9, "nine"), injured=cnt(34, "Thirty-four people"), children_injured=cnt(5, "five of them children"),
               damage=["five-storey building", "apartment blocks", "pharmacy", "bakery", "cars"],
               reported_by=["Oleksandr Vilkul"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               day("2026-03-21", "21 March"), [{"type": "missile"}],
               ev("It was the deadliest attack on Kryvyi Rih since 21 March, when a missile hit a hotel in the city centre and killed four people."),
               killed=cnt(4, "four people"), damage=["hotel"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Marhanets", "Dnipropetrovsk", "Ukraine")], N0513_NIGHT,
               [{"type": "drone"}],
               ev("The region was attacked again overnight.",
                  "In Marhanets, in the Nikopol district, a Russian drone struck a private house and injured a 47-year-old man, the Dnipropetrovsk regional military administration reported."),
               injured=cnt(1, "a 47-year-old man"), damage=["private house"],
               reported_by=["Dnipropetrovsk regional military administration"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               night("2026-05-12", "2026-05-13", "during the night"), [{"type": "artillery"}],
               ev("Nikopol itself, across the reservoir from the occupied Zaporizhzhia nuclear plant, came under artillery fire several times during the night, but no damage had been recorded by morning, the administration added."),
               reported_by=["Dnipropetrovsk regional military administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- clusters
CLUSTERS = [
    ("kryvyirih-missile-0512", "Russian ballistic missile on Kryvyi Rih, evening of 12 May 2026",
     [("yd01_tidewater_kryvyirih_missile", "attack", 0), ("yd12_kryvbasnews_toll_mourning", "attack", 0)]),
    ("exchange-0818", "Ukraine-Russia exchange of 252 for 252 mediated by Turkey and the UAE, 18 August 2026",
     [("yd05_bosporusledger_fidan_shuttle", "diplomacy", 2), ("yd06_kyivbulletin_exchange_readout", "diplomacy", 0)]),
    ("berlin-summit-0625", "European leaders' summit with Zelensky in Berlin, 25 June 2026",
     [("yd03_rheinwelle_berlin_summit", "diplomacy", 0), ("yd08_weekinreview_diplomatic_roundup", "diplomacy", 0)]),
    ("iris-t-pledge-0625", "Germany's pledge of two further IRIS-T systems at the Berlin summit, 25 June 2026",
     [("yd03_rheinwelle_berlin_summit", "diplomacy", 1), ("yd08_weekinreview_diplomatic_roundup", "diplomacy", 1)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev29 (codebook: same place, day or night, attacker and kind of activity).",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV29 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def check_clusters() -> None:
    for _cid, _desc, members in CLUSTERS:
        for stem, kind, i in members:
            records = GOLD[stem]["attacks" if kind == "attack" else "diplomacy"]
            assert i < len(records), (stem, kind, i)


def main() -> None:
    check_clusters()
    write_gold(DEV29, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
