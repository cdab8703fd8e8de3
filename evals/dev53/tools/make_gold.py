"""Write evals/dev53/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles by dev53, before any backend ran on them, following
evals/CODEBOOK.md (rule numbers in each file's notes). Re-running this script overwrites the gold
files: edit labels here, not there. The helpers come through evals/tools/gold_helpers.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV53 = ROOT / "evals" / "dev53"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, attack, dip, opt, write_gold  # noqa: E402


GOLD: dict[str, dict] = {}

NOVO = loc("Novorossiysk", "Krasnodar", "Russia")
ODESA = loc("Odesa", "Odesa", "Ukraine")

# --------------------------------------------------------------------------- xb01
LEAD01 = ("KYIV, May 9 (Meridian Wire) - Ukraine's naval drones struck Novorossiysk, Russia's biggest oil port on the "
          "Black Sea, overnight, setting a pier at its oil terminal on fire and injuring two port workers, Russian "
          "officials said on Saturday.")
AF01 = ("Ukraine's air force said 87 Russian drones had been launched at the country and that air defences had downed "
        "or jammed 71.")
GOLD["xb01_meridianwire_novorossiysk_sea_drones"] = dict(
    notes="Wire story with a dateline (Saturday 9 May 2026). Coded: Ukrainian naval drones on Novorossiysk 'overnight' "
          "(8-9 May, rule 11; attacker Ukraine, target Russia, rule 4; sea drones are `drone`, rule 9, so "
          "air_drone_strike, rule 8; 'Sea Baby' the model; 'six uncrewed boats' destroyed by the Black Sea Fleet is "
          "intercepted 6 with no launched figure, rule 3; 'two port workers' injured); the background strike on "
          "Novorossiysk 'on April 26' ('a drone damaged a pipeline': a place and a past date, required, rule 5; 'a drone' "
          "is not counted, rule 9; attacker Ukraine by rule 12); the air force's '87 Russian drones' 'through the night', "
          "'downed or jammed 71' (country record, rule 3: the figures are for the country; intercepted counts jammed, "
          "rule 3); the drone strike on an energy facility in the Chernihiv region (a region record, no town named, rule "
          "1; the same night, told in the next sentence, rule 11; 'a drone strike' is not counted; the power cut is "
          "damage, and the article says nothing of casualties, so no count, not a zero, rule 6). Not coded: the city "
          "named 'KYIV' in the dateline (the writer's city), 'KYIV' and 'Moscow' as speakers' places, Peskov's words and "
          "'Russia would respond' (a reaction and no event, rule 13), oil prices, the Caspian Pipeline Consortium "
          "terminal (no strike), the closing paragraph on the Black Sea campaign (no place, no date, no count, rule 5).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [NOVO], night("2026-05-08", "2026-05-09", "overnight"),
               [{"type": "drone", "model": "Sea Baby", "intercepted": cnt(6, "six")}],
               ev(LEAD01,
                  "Russia's defence ministry said six uncrewed boats heading for the harbour had been destroyed by the Black Sea Fleet.",
                  "An SBU officer in Kyiv, who asked not to be named, told Meridian Wire that Sea Baby naval drones had been used and that the target was the tanker, which he said was carrying Russian crude for the so-called shadow fleet."),
               injured=cnt(2, "two port workers"), damage=["pier at the oil terminal", "tanker"],
               reported_by=["Russian officials", "Russia's defence ministry", "the city's mayor"]),
        attack("Ukraine", "Russia", "air_drone_strike", [NOVO], day("2026-04-26", "on April 26"), [{"type": "drone"}],
               ev("Novorossiysk was last targeted on April 26, when a drone damaged a pipeline at the same terminal."),
               damage=["pipeline at the oil terminal"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-05-08", "2026-05-09", "through the night"),
               [{"type": "drone", "launched": cnt(87, "87"), "intercepted": cnt(71, "71")}],
               ev("Russia kept up its own air campaign through the night.", AF01),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chernihiv", "Chernihiv", "Ukraine", "region")],
               night("2026-05-08", "2026-05-09", "through the night"), [{"type": "drone"}],
               ev("Russia kept up its own air campaign through the night.",
                  "In the northern Chernihiv region, a drone strike on an energy facility left about 60,000 customers without electricity, the regional power distributor said."),
               damage=["energy facility"], reported_by=["the regional power distributor"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xb02
LEAD02 = ("Russia attacked the port of Odesa overnight on May 13, hitting a bulk carrier that was loading grain and "
          "killing a crew member, the head of Odesa Oblast Military Administration said.")
GOLD["xb02_kyivledger_odesa_port_grain_ship"] = dict(
    notes="Kyiv newspaper story (Wednesday 13 May 2026). Coded: the strike on the port of Odesa 'overnight on May 13' "
          "(12-13 May, rule 11; the Ukrainian usage of a night named by its morning); the governor's figures are for "
          "Odesa alone, so they stay on the city record (rule 3): 'two ballistic Iskander-M missiles' (launched 2, exact; "
          "ballistic by the word and the model, rule 9) and 'up to 30 attack drones' (30, up_to, rule 7): "
          "drone_and_missile, rule 8; 'a crew member' killed 1 (rule 6), 'At least four people' injured (4, at_least, rule "
          "7), the bulk carrier, two grain silos and a warehouse as damage; the Air Force's nationwide figures 'during the "
          "night' (country record, rule 3: '112 drones' and 'five missiles' launched, '89 drones and three missiles' "
          "downed; 'five missiles' has no split by type, so `missile`, rule 9). Not coded: Russia's Defence Ministry's "
          "claim about 'port facilities' in Odesa (the same strike told by the attacker: evidence of the same record, not a "
          "second one), the ship's arrival 'on May 10' (no event), Zelensky's words and request (a reaction and a demand, "
          "rule 13), the corridor, the April export figure, 'unless the attacks on port facilities became more frequent' "
          "(no place, no date, rule 5), the owner's decision to come, Egypt.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [ODESA], night("2026-05-12", "2026-05-13", "overnight on May 13"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two")},
                {"type": "drone", "launched": cnt(30, "up to 30", "up_to")}],
               ev(LEAD02,
                  "\"The occupiers used two ballistic Iskander-M missiles and up to 30 attack drones against the port,\" he wrote on Telegram.",
                  "At least four people were injured, two port workers among them, he said."),
               killed=cnt(1, "a crew member"), injured=cnt(4, "At least four people", "at_least"),
               damage=["bulk carrier loading grain", "two grain silos", "warehouse on the quay"],
               reported_by=["the head of Odesa Oblast Military Administration"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-05-12", "2026-05-13", "during the night"),
               [{"type": "drone", "launched": cnt(112, "112"), "intercepted": cnt(89, "89")},
                {"type": "missile", "launched": cnt(5, "five"), "intercepted": cnt(3, "three")}],
               ev("For Ukraine as a whole, the Air Force counted 112 drones and five missiles launched by Russia during the night.",
                  "Of those, 89 drones and three missiles were downed, mostly over the south and east."),
               reported_by=["the Air Force"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xb03
GOLD["xb03_bosphorustimes_turkey_call_black_sea"] = dict(
    notes="Turkish newspaper story (Monday 11 May 2026). Coded: the phone call in which 'Türkiye's president told his "
          "Russian counterpart' his view 'on Sunday' (phone_call, held, 10 May; told from the Turkish side only, the "
          "Kremlin's account not published: still one call between Turkey and Russia, rules 14 and 15); Ukrainian naval "
          "drones on Novorossiysk 'on the night of 8-9 May' (8-9 May, rule 11; air_drone_strike, rule 9; 'three people' "
          "injured, the article's first figure, 'one more than first reported' left to the evidence, rule 6); Türkiye's "
          "proposal to Kyiv and Moscow that naval experts 'meet in Istanbul', with Ankara to 'host the talks' (talks, "
          "proposed: put to both sides, rule 13; Turkey, Ukraine and Russia, Istanbul, rule 15; no date: the proposal's "
          "own date is not given, 'on Monday' is the day the minister spoke of it). Optional (background, rule 17): the "
          "president's call with Zelensky 'on May 5' (phone_call, held). Not coded: 'ready to contribute to any step' (a "
          "stance, rule 13), Sybiha's 'studying the Turkish idea' (a stance), 'Moscow has not yet responded', the "
          "Montreux Convention and the straits closed 'since February 2022' (a standing policy, no event), insurers, the "
          "opposition's question.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [NOVO], night("2026-05-08", "2026-05-09", "on the night of 8-9 May"),
               [{"type": "drone"}],
               ev("The call followed an attack on the port of Novorossiysk on the night of 8-9 May, when Ukrainian naval drones set a pier of the oil terminal on fire.",
                  "Russian officials said on Sunday that three people had been injured, one more than first reported, after a member of a tanker's crew was treated for burns."),
               injured=cnt(3, "three people"), damage=["pier of the oil terminal"], reported_by=["Russian officials"]),
    ],
    diplomacy=[
        dip("phone_call", ["Turkey", "Russia"], day("2026-05-10", "on Sunday"), "held",
            "Türkiye's president told his Russian counterpart by phone that the war must not endanger merchant shipping in the Black Sea (Turkish readout only)",
            ev("ANKARA - Türkiye's president told his Russian counterpart in a telephone call on Sunday that the war must not be allowed to endanger merchant vessels sailing the Black Sea, the Directorate of Communications said.")),
        dip("talks", ["Turkey", "Ukraine", "Russia"], None, "proposed",
            "Türkiye proposed to Kyiv and Moscow that their naval experts meet in Istanbul, with Ankara hosting, to draw up rules for the safety of merchant ships",
            ev("Speaking in Ankara on Monday, the foreign minister said Türkiye had proposed to Kyiv and Moscow that naval experts from the two countries meet in Istanbul to draw up rules for the safety of merchant ships, and that Ankara would host the talks as soon as both sides agreed."),
            location=loc("Istanbul", None, "Turkey")),
        opt(dip("phone_call", ["Turkey", "Ukraine"], day("2026-05-05", "on May 5"), "held",
                "The Turkish president's earlier call with Zelensky on prisoner exchanges and Black Sea navigation (background)",
                ev("The president last spoke with Ukrainian President Volodymyr Zelensky on May 5, when the two leaders discussed prisoner exchanges and navigation in the Black Sea, his office said at the time."))),
    ])

# --------------------------------------------------------------------------- xb04
GOLD["xb04_northlight_odesa_correspondent_ship_and_blackout"] = dict(
    notes="First-person correspondent's piece from Odesa (Thursday 14 May 2026). Coded: the missiles and drones on the "
          "harbour 'in the early hours of Wednesday' (13 May, day, rule 11; drone_and_missile, no counts, rules 8 and 9; "
          "'seven people' injured: the toll as this article first gives it, rule 6; 'one sailor' killed 1); the drones on "
          "an electrical substation on the western edge of Odesa 'overnight' (13-14 May: the night before publication, a "
          "second record for the same city on another night, rule 1; 'No one was hurt' is injured 0 only, killed stays "
          "null, rule 6; power cut to about 40,000 households as damage). Not coded: 'Wednesday morning' and 'Wednesday "
          "evening' (the correspondent's visits, no new strike), the crane operator's account (the same strike), "
          "'every strike on them' and Moscow's claim (no place-and-date event, rule 5).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [ODESA], day("2026-05-13", "in the early hours of Wednesday"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("Russian missiles and drones had hit the harbour in the early hours of Wednesday, and the ship, which was being loaded with corn, took the worst of it.",
                  "The regional authorities now say seven people were injured in that attack and one sailor, a Syrian man in his forties, was killed."),
               killed=cnt(1, "one sailor"), injured=cnt(7, "seven people"), damage=["bulk carrier being loaded with corn"],
               reported_by=["The regional authorities"]),
        attack("Russia", "Ukraine", "air_drone_strike", [ODESA], night("2026-05-13", "2026-05-14", "overnight"),
               [{"type": "drone"}],
               ev("Then, overnight, it was the city's turn again.",
                  "Drones struck an electrical substation on the western edge of Odesa shortly after midnight, and by dawn around 40,000 households had no power.",
                  "No one was hurt, the city military administration said."),
               injured=cnt(0, "No one was hurt"), damage=["electrical substation"],
               reported_by=["the city military administration"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- xb05
LEAD05 = ("Ukraine and Russia each brought home 205 prisoners of war on Friday in a swap arranged with help from the "
          "Emirates, officials in Kyiv and Moscow said, a day after a separate handover of the bodies of fallen soldiers.")
GOLD["xb05_europress_prisoner_swap_bodies"] = dict(
    notes="News agency story on two exchanges (Friday 15 May 2026). Coded: the exchange of 205 prisoners of war each 'on "
          "Friday' (prisoner_exchange, held, 15 May; Ukraine, Russia and the United Arab Emirates, which helped arrange "
          "it, rule 15); the handover of the dead 'On Thursday' (909 bodies to Ukraine, 41 to Russia: a repatriation of "
          "the dead is a prisoner_exchange, rule 14; held, 14 May; no mediator named for it). Optional (background, rule "
          "17): 'The last prisoner swap' 'on April 24' (175 each). Not coded: the ombudsman's 'preparations for further "
          "exchanges' (no event, no date), the families' gathering, 'Türkiye and Qatar have helped to arrange many of "
          "them' (vague background, no date), 'Direct peace talks have made little progress' (no event), the fighting "
          "along the front (rule 5).",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-05-15", "on Friday"), "held",
            "Ukraine and Russia exchanged 205 prisoners of war each in a swap arranged with help from the UAE",
            ev(LEAD05,
               "Moscow's defence ministry put the number of Russian servicemen freed at 205 as well.",
               "They were taken to Belarus first for medical checks and would then be flown home, it said, thanking the UAE for arranging the swap.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-05-14", "On Thursday"), "held",
            "Repatriation of the dead: Ukraine received 909 bodies and Russia the bodies of 41 of its servicemen",
            ev("On Thursday, Ukraine received 909 bodies that the Russian side says are those of Ukrainian soldiers, the Ukrainian agency that handles prisoner affairs said.",
               "Russia took back the bodies of 41 of its servicemen, according to a Russian lawmaker involved in the process.")),
        opt(dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-04-24", "on April 24"), "held",
                "The previous prisoner swap, 175 captives returned to each side (background)",
                ev("The last prisoner swap between the two countries took place on April 24, when 175 captives were returned to each side."))),
    ])

# --------------------------------------------------------------------------- xb06
LEAD06 = ("ABU DHABI - The United Arab Emirates said on Friday that its mediation had secured the release of 410 captives "
          "held by Russia and Ukraine, in an exchange carried out the same day.")
GOLD["xb06_gulfstandard_uae_mediation_riyadh_cancelled"] = dict(
    notes="Gulf newspaper story made mostly of officials' quotes (Saturday 16 May 2026). Coded: the exchange of 410 "
          "captives 'carried out the same day' as the UAE's statement 'on Friday' (prisoner_exchange, held, 15 May; the "
          "UAE mediated, so it is a participant, rule 15; 205 each); the meeting of Russian and Ukrainian delegations "
          "that Saudi Arabia 'was due to host in Riyadh on May 19' and that 'had been called off' (talks: a meeting of "
          "delegations, rule 14; cancelled, dated by the day planned, rules 11 and 16; Saudi Arabia the host, rule 15). "
          "Not coded: the two commissioners' words and the UAE's thanks (the same exchange), 'The Kingdom remains ready to "
          "support any effort toward peace' and Riyadh's readiness to welcome the delegations again (stances, rule 13), "
          "Peskov's and Sybiha's words (reactions), the Gulf diplomat's remarks.",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["United Arab Emirates", "Russia", "Ukraine"], day("2026-05-15", "on Friday"), "held",
            "UAE-mediated exchange of 410 captives between Russia and Ukraine, 205 released by each side",
            ev(LEAD06, "It said each side had released 205 people.")),
        dip("talks", ["Russia", "Ukraine", "Saudi Arabia"], day("2026-05-19", "on May 19"), "cancelled",
            "Meeting of Russian and Ukrainian delegations that Saudi Arabia was due to host in Riyadh, called off at the request of one of the parties",
            ev("A Saudi foreign ministry official told The Gulf Standard that a meeting of Russian and Ukrainian delegations which the kingdom was due to host in Riyadh on May 19 had been called off.",
               "\"The meeting has been cancelled because one of the two parties asked for this."),
            location=loc("Riyadh", None, "Saudi Arabia")),
    ])

# --------------------------------------------------------------------------- xb07
LEAD07 = ("NEW DELHI: Two Indian seafarers were among six people injured when a Russian missile and drone attack hit a "
          "bulk carrier at Ukraine's Odesa port on Wednesday, the Ministry of External Affairs (MEA) said.")
GOLD["xb07_deccancourier_indian_seafarers_odesa_uk_sanctions"] = dict(
    notes="Indian newspaper story (Thursday 14 May 2026). Coded: the Russian missile and drone attack on a bulk carrier "
          "at Odesa port 'on Wednesday' (13 May, day; drone_and_missile, no counts, rules 8 and 9; 'six people' injured, "
          "the article's first figure, rule 6; 'A Syrian crew member' killed 1); the United Kingdom's sanctions 'on "
          "Tuesday' on 25 more shadow fleet tankers and two ship-management companies (sanctions, held, 12 May; the "
          "United Kingdom and Russia, the state they target, rule 15: the Mumbai firm does not make India a party); the "
          "EU's next round of sanctions 'proposed by the European Commission last month', 'still being negotiated' and "
          "'not been adopted yet' (sanctions, proposed, April 2026, rules 11, 13 and 16; the European Union and Russia). "
          "Not coded: 'Two Indian seafarers' (a part of the injured, no separate count), the MEA's contacts and India's "
          "call for safe shipping (a statement, rule 13), the shipping advisory and the unions' request, the British "
          "government's words (the same listing), Indian purchases of Russian crude and 'Western measures' (no event with "
          "a date).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [ODESA], day("2026-05-13", "on Wednesday"),
               [{"type": "missile"}, {"type": "drone"}],
               ev(LEAD07, "A Syrian crew member was killed in the attack, according to Ukrainian officials."),
               killed=cnt(1, "A Syrian crew member"), injured=cnt(6, "six people"), damage=["bulk carrier"],
               reported_by=["the Ministry of External Affairs", "Ukrainian officials"]),
    ],
    diplomacy=[
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-05-12", "on Tuesday"), "held",
            "The UK sanctioned 25 more tankers of Russia's shadow fleet and two ship-management companies, one registered in Mumbai",
            ev("Separately, the United Kingdom on Tuesday imposed sanctions on 25 more tankers that London counts among the Russian shadow fleet, plus two ship-management companies, including one registered in Mumbai.")),
        dip("sanctions", ["European Union", "Russia"], month("2026-04-01", "2026-04-30", "last month"), "proposed",
            "The EU's next round of sanctions, proposed by the European Commission, still negotiated by the member states and not adopted",
            ev("The EU's own next round of sanctions, proposed by the European Commission last month, is still being negotiated by the 27 member states and has not been adopted yet, an EU diplomat in New Delhi said.")),
    ])

# --------------------------------------------------------------------------- xb08
VISITS08 = ("The Vatican's peace envoy, an Italian cardinal, paid visits to Kyiv on Monday and to Moscow on Wednesday, "
            "carrying lists of Ukrainian children whom Kyiv says were taken to Russia.")
SWAP08 = ("The one concrete result came on Friday, when 205 Ukrainian and 205 Russian prisoners went home in a "
          "UAE-brokered exchange.")
GOLD["xb08_sundaycompass_week_in_review"] = dict(
    notes="Weekly analysis looking back over the week (Sunday 17 May 2026). Coded: Ukrainian sea drones on the oil "
          "terminal at Novorossiysk 'Early on Saturday, May 9' (9 May, day, rule 11; air_drone_strike, rule 9; 'three "
          "people' injured); the Vatican peace envoy's visits 'to Kyiv on Monday' and 'to Moscow on Wednesday' (two "
          "visits: the article calls them visits, rule 14; 11 and 13 May; the Vatican with Ukraine, then with Russia; the "
          "envoy named by role in the description, rule 15); the Russian-Ukrainian talks Saudi Arabia 'was to host in "
          "Riyadh on May 19', 'called off on Friday' (talks, cancelled, dated by the day planned, rule 11; Saudi Arabia the "
          "host, rule 15); the UAE-brokered exchange 'on Friday' of 205 prisoners each (prisoner_exchange, held, 15 May); "
          "the bodies handed over 'On Thursday' (909 to Ukraine, 41 to Russia: prisoner_exchange, rule 14; held, 14 May); "
          "Britain's sanctions on 25 more tankers 'on Tuesday' (sanctions, held, 12 May; United Kingdom and Russia). Not "
          "coded: 'Russia kept hitting power and port infrastructure, Ukraine kept hitting refineries' (no place, no date, "
          "no count, rule 5), 'the hundreds of shadow fleet vessels it has already named' (vague background), 'the "
          "delegations' first round in person since the winter' (vague background, rule 17: no date to code), Kyiv's "
          "asking Europe to go further (a call, rule 13), the Church officials' hope and 'What to watch' (no event).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [NOVO], day("2026-05-09", "Early on Saturday, May 9"),
               [{"type": "drone"}],
               ev("Early on Saturday, May 9, Ukrainian sea drones reached the oil terminal at Novorossiysk and set a pier alight, injuring three people."),
               injured=cnt(3, "three people"), damage=["pier at the oil terminal"]),
    ],
    diplomacy=[
        dip("visit", ["Vatican", "Ukraine"], day("2026-05-11", "on Monday"), "held",
            "The Vatican's peace envoy, an Italian cardinal, visited Kyiv with lists of Ukrainian children Kyiv says were taken to Russia",
            ev(VISITS08), location=loc("Kyiv", None, "Ukraine")),
        dip("visit", ["Vatican", "Russia"], day("2026-05-13", "on Wednesday"), "held",
            "The Vatican's peace envoy, an Italian cardinal, visited Moscow with lists of Ukrainian children Kyiv says were taken to Russia",
            ev(VISITS08), location=loc("Moscow", None, "Russia")),
        dip("talks", ["Russia", "Ukraine", "Saudi Arabia"], day("2026-05-19", "on May 19"), "cancelled",
            "Round of Russian-Ukrainian talks Saudi Arabia was to host in Riyadh, called off with each side blaming the other",
            ev("The round of Russian-Ukrainian talks that Saudi Arabia was to host in Riyadh on May 19 was called off on Friday, with each side blaming the other."),
            location=loc("Riyadh", None, "Saudi Arabia")),
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-05-15", "on Friday"), "held",
            "UAE-brokered exchange in which 205 Ukrainian and 205 Russian prisoners went home",
            ev(SWAP08)),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-05-14", "On Thursday"), "held",
            "Repatriation of the dead: Ukraine received the bodies of 909 fallen soldiers and Russia those of 41",
            ev("On Thursday, Ukraine had received the bodies of 909 fallen soldiers and Russia those of 41.")),
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-05-12", "on Tuesday"), "held",
            "Britain put 25 more shadow fleet tankers under sanctions",
            ev("Britain put 25 more tankers under sanctions on Tuesday, on top of the hundreds of shadow fleet vessels it has already named, and Kyiv keeps asking Europe to go further and faster.")),
    ])

# --------------------------------------------------------------------------- xb09
KOVEL09 = ("1. **Drones hit Kovel station, train to Chełm damaged.** Three Russian drones struck the railway station in "
           "Kovel, in Ukraine's Volyn region, overnight, damaging a passenger train that was due to leave for Chełm at "
           "6:40 a.m.")
GOLD["xb09_vistulacourier_five_things_kovel_station"] = dict(
    notes="Polish outlet's numbered morning briefing (Friday 15 May 2026). Coded: 'Three Russian drones struck the "
          "railway station in Kovel' 'overnight' (14-15 May, rule 11; drones counted as the subject of the hit are "
          "launched, 3, rule 9; 'nobody on the train or at the station was hurt' is the strike's injured 0 only, killed "
          "stays null, rule 6; the station and a passenger train as damage); Poland's defence minister's announcement 'on "
          "Thursday' of a military aid package worth 350 million zlotys ('will give': the decision, held, rule 16; "
          "military_aid, rule 14; 14 May); the Bucharest Nine summit in Warsaw 'on June 2' (summit, planned, rule 16; the "
          "group, Poland as the state of the city, and Ukraine, whose president 'has confirmed that he will attend'); "
          "the Kursk governor's report of Ukrainian drones on Rylsk 'on Thursday evening' (14 May, day; 'A drone hit' is "
          "not counted, rule 9; 'A woman aged 67' injured 1, rule 6; a private house). Optional: Warsaw's summoning of "
          "Russia's chargé d'affaires 'on Friday morning' over the Kovel attack (diplomatic_protest, held, 15 May; a "
          "concrete act between two states, yet a reaction to a strike, rule 13: debatable, as dev52 read its summoning). "
          "Not coded: 'Fourteen Polish citizens had tickets', 'a deliberate provocation' (a reaction), the planned "
          "deliveries 'before the end of June' (part of the aid decision), 'Kyiv rarely responds', Polish Railways' "
          "services and timetables.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kovel", "Volyn", "Ukraine")],
               night("2026-05-14", "2026-05-15", "overnight"), [{"type": "drone", "launched": cnt(3, "Three")}],
               ev(KOVEL09,
                  "Ukrzaliznytsia, the Ukrainian state railway, said nobody on the train or at the station was hurt."),
               injured=cnt(0, "nobody on the train or at the station was hurt"),
               damage=["railway station", "passenger train"], reported_by=["Ukrzaliznytsia"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Rylsk", "Kursk", "Russia")],
               day("2026-05-14", "on Thursday evening"), [{"type": "drone"}],
               ev("Across the border, the Kursk region's governor reported that Ukrainian drones had attacked the Russian town of Rylsk on Thursday evening.",
                  "\"A drone hit a private house. A woman aged 67 has shrapnel wounds and is in hospital,\" he wrote on Telegram."),
               injured=cnt(1, "A woman aged 67"), damage=["private house"], reported_by=["the Kursk region's governor"]),
    ],
    diplomacy=[
        opt(dip("diplomatic_protest", ["Poland", "Russia"], day("2026-05-15", "on Friday morning"), "held",
                "Warsaw summoned the Russian chargé d'affaires over the drone attack on Kovel station",
                ev("Warsaw summoned the chargé d'affaires who heads Moscow's mission in Poland on Friday morning over the Kovel attack, a ministry spokesman said."))),
        dip("military_aid", ["Poland", "Ukraine"], day("2026-05-14", "on Thursday"), "held",
            "Poland's defence minister announced a military aid package worth 350 million zlotys, mostly anti-drone systems and 155mm artillery shells",
            ev("Poland will give Ukraine another military aid package, valued at 350 million zlotys and consisting mostly of anti-drone systems and 155mm artillery shells, the defence minister announced on Thursday.")),
        dip("summit", ["Bucharest Nine", "Poland", "Ukraine"], day("2026-06-02", "on June 2"), "planned",
            "Summit of the Bucharest Nine leaders in Warsaw, with Zelensky confirmed to attend",
            ev("Leaders of the Bucharest Nine, the group of NATO's eastern flank states, will hold a summit in Warsaw on June 2, the Polish president's office announced.",
               "President Volodymyr Zelensky has confirmed that he will attend, and the leaders are expected to discuss air defence along the border and the reconstruction of Ukraine's railways."),
            location=loc("Warsaw", None, "Poland")),
    ])

# --------------------------------------------------------------------------- xb10
GOLD["xb10_straitsbusiness_grocer_cyber_attack_milk_price_war_control"] = dict(
    notes="Business story on a supermarket chain (Tuesday 12 May 2026): **control, no record at all.** The war-like words "
          "are figurative: a 'cyber attack overnight on Sunday', hackers who 'launched the attack', 'a targeted strike on "
          "our systems', 'repelled', 'caught in the crossfire', 'come under fire', 'a knockout blow', forwards who 'shelled "
          "the visitors' goal', a 'drone light show' 'shelved' (no attacker state, no strike of the war, rules 1 and 12); "
          "a 'price war' with 'talks' resumed 'on Tuesday', 'a truce', the Competition Commission's possible 'sanctions' "
          "on a chain, an 'industry summit on May 20' and 'a ceasefire on milk prices' (companies and a regulator, no "
          "states or organisations of the war, rules 13 and 15).",
    attacks=[],
    diplomacy=[])


CLUSTERS = [
    ("novorossiysk-2026-05-09", "Ukrainian naval drones on the oil terminal at Novorossiysk, night of 8-9 May 2026",
     [("xb01_meridianwire_novorossiysk_sea_drones", "attack", 0),
      ("xb03_bosphorustimes_turkey_call_black_sea", "attack", 0),
      ("xb08_sundaycompass_week_in_review", "attack", 0)]),
    ("odesa-port-2026-05-13", "Russian missiles and drones on the port of Odesa and a grain ship, night of 12-13 May 2026",
     [("xb02_kyivledger_odesa_port_grain_ship", "attack", 0),
      ("xb04_northlight_odesa_correspondent_ship_and_blackout", "attack", 0),
      ("xb07_deccancourier_indian_seafarers_odesa_uk_sanctions", "attack", 0)]),
    ("exchange-205-2026-05-15", "Exchange of 205 prisoners each mediated by the UAE, Friday 15 May 2026",
     [("xb05_europress_prisoner_swap_bodies", "diplomacy", 0),
      ("xb06_gulfstandard_uae_mediation_riyadh_cancelled", "diplomacy", 0),
      ("xb08_sundaycompass_week_in_review", "diplomacy", 3)]),
    ("bodies-2026-05-14", "Repatriation of the dead (909 bodies to Ukraine, 41 to Russia), Thursday 14 May 2026",
     [("xb05_europress_prisoner_swap_bodies", "diplomacy", 1),
      ("xb08_sundaycompass_week_in_review", "diplomacy", 4)]),
    ("riyadh-talks-2026-05-19", "Russian-Ukrainian talks Saudi Arabia was to host in Riyadh on 19 May 2026, called off",
     [("xb06_gulfstandard_uae_mediation_riyadh_cancelled", "diplomacy", 1),
      ("xb08_sundaycompass_week_in_review", "diplomacy", 2)]),
    ("uk-sanctions-2026-05-12", "The UK's sanctions on 25 more shadow fleet tankers, Tuesday 12 May 2026",
     [("xb07_deccancourier_indian_seafarers_odesa_uk_sanctions", "diplomacy", 0),
      ("xb08_sundaycompass_week_in_review", "diplomacy", 5)]),
]


def write_clusters() -> None:
    doc = {"schema_version": "1",
           "notes": "Cross-article events of dev53 (codebook: same place, night or day, attacker and kind of activity). "
                    "Every record not listed is its own event; optional records are left out.",
           "clusters": [{"id": cid, "description": desc,
                         "members": [{"article": a, "type": t, "index": i} for a, t, i in members]}
                        for cid, desc, members in CLUSTERS]}
    (DEV53 / "gold" / "clusters.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV53, GOLD)
    write_clusters()


if __name__ == "__main__":
    main()
